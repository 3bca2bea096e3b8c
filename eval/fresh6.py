"""The fresh6 split of the evaluation set (see eval/README.md, "The fresh6 split").

Called by generate.py after fresh5, from a seed of its own (20270107), so every
other split keeps its bytes. Standard library only, deterministic. The message
builder is fresh5's (copied, not imported, so that fresh5 keeps its bytes),
with generate.py's relay forms, fresh2's Received/Authentication-Results and
calendar helpers and fresh3's layout tables and inline logo (read-only). It
adds:

- a fourth way a receiving gateway writes its results: rspamd (one
  `Authentication-Results` with dkim/spf/dmarc and the SPF explanation,
  `X-Rspamd-Queue-Id`, `X-Rspamd-Server`, `X-Spamd-Result`, `X-Rspamd-Action`);
- bounces of its own: an Exim bounce (`Mail delivery failed: returning message
  to sender`, `X-Failed-Recipients`, the returned message inline) quoting a
  forwarded welcome mail whose Mailgun VERP Return-Path names the official, and
  a Postfix bounce of mail to a colleague of another unit naming that
  colleague's address in the text;
- sub-addresses (`local+tag@`) delivered to `local@`, Reply-To headers,
  X-Mailer headers of self-hosted software, several official recipients,
  hand forwards between officials.

Written by a writer who read neither the detector (src/rules, src/detector,
src/catalog, src/bounce.rs, src/auth.rs, src/classify.rs) nor which messages of
the other splits fail, nor main's commit messages. Sending addresses are the
services' own where known; where the sending domain could not be confirmed the
service's website domain is used and the label's reason says so. Sources
checked with the search tool: PrestaShop's `guest_to_customer` template ("Your
customer account creation", PrestaShop/emailgenerator), Google's account
notices from `no-reply@accounts.google.com` (a public newsletter archive),
Google Takeout's "Your Google data is ready to download" (help pages), the
Nextcloud activity mail scheduling (`occ activity:send-mails`). From memory and
not confirmed: most Vietnamese sending addresses, Mastodon's "Your archive is
ready for download", MediaWiki's `confirmemail_subject` and watchlist subject,
phpBB's "Topic reply notification", MyBB's "Account Activation at …", SMF's
"Welcome to …", Joomla's "Account Details for … at …", BuddyPress's
"… mentioned you in a status update", Ultimate Member's "Your account at … is
now active", Frappe's "Welcome to …", osTicket's "Support Ticket Opened",
MailPoet's "Confirm your subscription to …", Mailchimp's "Please Confirm
Subscription".
"""

from __future__ import annotations

import base64
import html
import re
import urllib.parse

import fresh2
import fresh3
import fresh4

FRESH6_SEED = 20270107
SPLIT = "fresh6"

# Officials of this split: provinces used in no other split; invented people.
OFFICIALS = [
    ("Vũ Đình Khoa", "khoavd@stttt.thaibinh.gov.vn"),              # 0
    ("Bùi Thị Thu Trang", "trangbtt@sct.tuyenquang.gov.vn"),        # 1
    ("Lâm Quốc Việt", "vietlq@skhdt.kiengiang.gov.vn"),             # 2
    ("Phạm Thị Ngọc Hân", "hanptn@ubnd.phuquoc.kiengiang.gov.vn"),  # 3
    ("Đoàn Văn Lực", "lucdv@sgtvt.haiduong.gov.vn"),                # 4
    ("Hoàng Thị Mai Phương", "phuonghtm@syt.quangbinh.gov.vn"),    # 5
    ("Y Bhim Niê", "ybhim@sldtbxh.daklak.gov.vn"),                  # 6
    ("Nguyễn Hữu Tài", "tainh@stc.hatinh.gov.vn"),                  # 7
    ("Trịnh Thị Hà", "hatt@vpubnd.thaibinh.gov.vn"),                # 8
]
SHARED = "vanthu@sct.tuyenquang.gov.vn"  # a unit mailbox delivered to official 1 by a virtual alias

PERSONAL = [
    "khoa.vudinh.tb@gmail.com",
    "thutrang.tq88@yahoo.com",
    "vietlam.kg@outlook.com",
]

# Receiving servers (names used in no other split) and how each writes its results.
SERVERS = {
    "thaibinh.gov.vn": ("mailhub.thaibinh.gov.vn", "rspamd"),
    "tuyenquang.gov.vn": ("mx-in.tuyenquang.gov.vn", "amavis"),
    "kiengiang.gov.vn": ("mail2.kiengiang.gov.vn", "opendkim"),
    "haiduong.gov.vn": ("relay.haiduong.gov.vn", "combined"),
    "quangbinh.gov.vn": ("mx.quangbinh.gov.vn", "rspamd"),
    "daklak.gov.vn": ("mailgw01.daklak.gov.vn", "amavis"),
    "hatinh.gov.vn": ("esg.hatinh.gov.vn", "opendkim"),
}

MESSAGES: list[dict] = []


def svc(name: str, sender: str, domain: str, relay: str = "", display: str | None = None, dkim: str = "",
        mta: str = "", mid: str = "", web: str = "", rp: str = "", ip: str = "", dkim2: str = "",
        region: str = "ap-southeast-1") -> dict:
    """A sender: From address, the service's registrable domain, relay, DKIM d=,
    outbound host, Message-ID and Return-Path forms, the host its links use."""
    return {"name": name, "sender": sender, "domain": domain, "relay": relay,
            "display": name if display is None else display, "dkim": dkim, "mta": mta, "mid": mid,
            "web": web or ("www." + domain), "rp": rp, "ip": ip, "dkim2": dkim2, "region": region}


def add(expect: str, s: dict, cause: str, event: str, lang: str, subject: str, paras: list[str],
        reason: str, **kw) -> None:
    MESSAGES.append(dict(expect=expect, svc=s, cause=cause, event=event, lang=lang,
                         subject=subject, paras=paras, reason=reason, **kw))


def A(*a, **kw):
    add("account", *a, **kw)


def N(*a, **kw):
    add("none", *a, **kw)


def P(*a, **kw):
    add("phishing", *a, **kw)


def W(*a, **kw):
    add("weak", *a, **kw)


def own(name, sender, web="", display=None, xmailer="", **kw):
    """A self-hosted site sending from its own server (PHPMailer, Postfix on the host)."""
    dom = sender.split("@")[1]
    extra = [f"X-Mailer: {xmailer}"] if xmailer else []
    s = svc(name, sender, ".".join(dom.split(".")[-2:]) if not dom.endswith((".com.vn", ".edu.vn", ".org.vn", ".net.vn"))
            else ".".join(dom.split(".")[-3:]), display=display, mta=kw.pop("mta", "mail." + dom),
            ip=kw.pop("ip", "103.{oct}.{oct2}.{oct}"), web=web or dom, **kw)
    s["xmailer"] = extra
    return s


# ==========================================================================
# Senders
# ==========================================================================

def meta(name, sender, domain, dkim, web):
    return svc(name, sender, domain, dkim=dkim, web=web, mta="69-171-232-{oct}.mail-mxout.facebook.com",
               ip="69.171.232.{oct}", mid="<{hex32}@www.{dom}>".replace("{dom}", domain),
               rp="notification+{alnum10}@" + sender.split("@")[1])


def linkedin(sender, display="LinkedIn"):
    return svc("LinkedIn", sender, "linkedin.com", display=display, dkim="linkedin.com", dkim2="mailb.linkedin.com",
               mta="mailb-dg.linkedin.com", ip="108.174.3.{oct}",
               mid="<{num10}.{num8}.{num13}@lva1-app{num6}.prod.linkedin.com>",
               rp="m-{alnum40}@bounce.linkedin.com", web="www.linkedin.com")


def google(name, sender, display=None, dkim="google.com"):
    return svc(name, sender, "google.com", display=display, dkim=dkim, mta="mail-sor-f{oct2}.google.com",
               ip="209.85.220.{oct2}", mid="<{alnum22}-{alnum12}@google.com>",
               rp="3{alnum20}@gaia.bounces.google.com", web="myaccount.google.com")


# ---- international services, wordings new to the set ----------------------
TAKEOUT = google("Google Takeout", "noreply-takeout@google.com", dkim="google.com")
GACCT = google("Google", "no-reply@accounts.google.com", dkim="accounts.google.com")
GPLAY = google("Google Play", "googleplay-noreply@google.com")
FACEBOOK = meta("Facebook", "notification@facebookmail.com", "facebook.com", "facebookmail.com", "www.facebook.com")
INSTAGRAM = meta("Instagram", "no-reply@mail.instagram.com", "instagram.com", "mail.instagram.com", "www.instagram.com")
LI_NOTIF = linkedin("notifications-noreply@linkedin.com")
LI_MSG = linkedin("messages-noreply@linkedin.com")
GITHUB = svc("GitHub", "noreply@github.com", "github.com", mta="out-{num2}.smtp.github.com", ip="192.30.252.{oct}",
             mid="<{hex32}@github.com>", web="github.com")
DROPBOX = svc("Dropbox", "no-reply@dropbox.com", "dropbox.com", mta="mail-{alnum6}.dropbox.com",
              ip="162.125.{oct}.{oct2}", web="www.dropbox.com")
APPLE = svc("Apple", "no_reply@email.apple.com", "apple.com", dkim="email.apple.com",
            mta="rn-mailsvcp-ppex-lapp{num2}.apple.com", ip="17.179.{oct}.{oct2}", web="reportaproblem.apple.com")
MS365 = svc("Microsoft", "microsoft-noreply@microsoft.com", "microsoft.com",
            mta="mail-southeastasiaazon11011{num3}.outbound.protection.outlook.com", ip="52.101.{oct}.{oct2}",
            web="account.microsoft.com")
STRAVA = svc("Strava", "no-reply@strava.com", "strava.com", relay="sparkpost", web="www.strava.com")
MEDIUM = svc("Medium", "noreply@medium.com", "medium.com", relay="sendgrid", web="medium.com")
AMAZON = svc("Amazon.com", "prime@amazon.com", "amazon.com", relay="ses-custom", web="www.amazon.com",
             region="us-east-1")
PINTEREST = svc("Pinterest", "recommendations@explore.pinterest.com", "pinterest.com", relay="sparkpost",
                dkim="explore.pinterest.com", web="www.pinterest.com")
BOOKING = svc("Booking.com", "noreply@booking.com", "booking.com", mta="mailout-{num3}-r{num2}.booking.com",
              ip="5.57.20.{oct}", web="secure.booking.com")
NOTION = svc("Notion", "notify@mail.notion.so", "notion.so", relay="ses-custom", web="www.notion.so",
             region="us-west-2")
DISCORD = svc("Discord", "noreply@discord.com", "discord.com", relay="sendgrid", web="discord.com")
OPENAI = svc("OpenAI", "noreply@tm.openai.com", "openai.com", relay="sendgrid", dkim="tm.openai.com",
             web="chatgpt.com")
ADOBE = svc("Adobe", "mail@mail.adobe.com", "adobe.com", relay="exacttarget", dkim="mail.adobe.com",
            web="account.adobe.com")
FIGMA = svc("Figma", "notifications@figma.com", "figma.com", relay="sendgrid", web="www.figma.com")
COURSERA = svc("Coursera", "no-reply@m.mail.coursera.org", "coursera.org", relay="sendgrid", web="www.coursera.org")
PAYPAL = svc("PayPal", "service@intl.paypal.com", "paypal.com", dkim="paypal.com",
             mta="mx{num1}.slc.paypal.com", ip="173.0.84.{oct}", web="www.paypal.com")
XCOM = svc("X", "info@x.com", "x.com", mta="spruce-goose-{alnum2}.x.com", ip="199.16.156.{oct}", web="x.com")

# ---- Vietnamese services -----------------------------------------------------
BIDV = svc("BIDV", "ebanking@bidv.com.vn", "bidv.com.vn", mta="mail.bidv.com.vn", ip="113.190.{oct}.{oct2}",
           web="smartbanking.bidv.com.vn")
VIETINBANK = svc("VietinBank", "ipay@vietinbank.vn", "vietinbank.vn", mta="smtp.vietinbank.vn",
                 ip="14.160.{oct}.{oct2}", web="ipay.vietinbank.vn")
ACB = svc("ACB", "acbone@acb.com.vn", "acb.com.vn", relay="ses-custom", web="online.acb.com.vn")
TPBANK = svc("TPBank", "cskh@tpb.com.vn", "tpb.com.vn", relay="sendgrid", web="tpb.vn")
VNPTMONEY = svc("VNPT Money", "noreply@vnptmoney.vn", "vnptmoney.vn", mta="mail.vnptmoney.vn",
                ip="123.30.{oct}.{oct2}", web="vnptmoney.vn")
MYVIETTEL = svc("Viettel Telecom", "myviettel@viettel.com.vn", "viettel.com.vn", mta="mail.viettel.com.vn",
                ip="27.68.{oct}.{oct2}", web="vietteltelecom.vn")
MYVNPT = svc("VNPT", "my.vnpt@vnpt.vn", "vnpt.vn", mta="mail.vnpt.vn", ip="123.25.{oct}.{oct2}", web="my.vnpt.com.vn")
MOBIFONE = svc("MobiFone", "cskh@mobifone.vn", "mobifone.vn", relay="zeptomail", web="www.mobifone.vn")
PHARMACITY = svc("Pharmacity", "no-reply@pharmacity.vn", "pharmacity.vn", relay="ses-custom", web="www.pharmacity.vn")
NGUYENKIM = svc("Nguyễn Kim", "cskh@nguyenkim.com", "nguyenkim.com", relay="sendgrid", web="www.nguyenkim.com")
XANHSM = svc("Xanh SM", "einvoice@xanhsm.com", "xanhsm.com", relay="ses", web="www.xanhsm.com")
LAODONG = svc("Báo Lao Động", "no-reply@laodong.vn", "laodong.vn", relay="mailgun", web="laodong.vn")
BAOMOI = svc("Báo Mới", "noreply@baomoi.com", "baomoi.com", relay="ses-custom", web="baomoi.com")
JOBSGO = svc("JobsGO", "noreply@jobsgo.vn", "jobsgo.vn", relay="sendgrid", web="jobsgo.vn")
UNICA = svc("Unica", "hotro@unica.vn", "unica.vn", relay="mailgun", web="unica.vn")
HOC247 = svc("HOC247", "no-reply@hoc247.net", "hoc247.net", relay="brevo", web="hoc247.net")
GALAXY = svc("Galaxy Cinema", "no-reply@galaxycine.vn", "galaxycine.vn", relay="sendgrid", web="www.galaxycine.vn")
TICKETBOX = svc("Ticketbox", "support@ticketbox.vn", "ticketbox.vn", relay="postmark", web="ticketbox.vn")
EVN = svc("EVN", "cskh@evn.com.vn", "evn.com.vn", mta="mail.evn.com.vn", ip="210.245.{oct}.{oct2}",
          web="cskh.evn.com.vn")
DSVN = svc("Đường sắt Việt Nam", "vetau@dsvn.vn", "dsvn.vn", mta="mail.dsvn.vn", ip="203.162.{oct}.{oct2}",
           web="dsvn.vn")
VINMEC = svc("Vinmec", "noreply@vinmec.com", "vinmec.com", relay="ses-custom", web="www.vinmec.com")
TIKI = svc("Tiki", "no-reply@tiki.vn", "tiki.vn", relay="sendgrid", web="tiki.vn")
SHOPEE = svc("Shopee", "info@mail.shopee.vn", "shopee.vn", relay="sendgrid", web="shopee.vn")


# ==========================================================================
# Account messages
# ==========================================================================

def accounts() -> None:
    # ---- well-known international services: no sign-up words --------------
    A(TAKEOUT, "data-export", "notification", "en", "Your Google data is ready to download",
      ["Your Google data archive, requested on {day}, is ready.", "This archive contains data from: Drive, Mail, "
       "Calendar, Contacts.", "You can download your archive until 7 days from now.",
       "[button]Download your files|https://takeout.google.com/settings/takeout/downloads?j={uuid}&i=0"],
      "Google Takeout archive ready, to the account that asked for it (sending address from memory, not confirmed; "
      "Google's Feedback-ID form)", fbid="google", footer="Google LLC, 1600 Amphitheatre Parkway, Mountain View, "
      "CA 94043, USA. You received this email to let you know about important changes to your Google Account.")
    A(GACCT, "security-checkup", "security_alert", "vi", "Hãy kiểm tra cài đặt bảo mật của bạn",
      ["{rcpt}", "Kiểm tra bảo mật đã tìm thấy 2 đề xuất cho Tài khoản Google của bạn:",
       "Xóa quyền truy cập của 1 ứng dụng bên thứ ba · Thêm số điện thoại khôi phục",
       "[button]Xem đề xuất|https://myaccount.google.com/security-checkup?utm_source=email&rfn={num3}"],
      "Google security-checkup reminder naming the address as the account (no sign-up words)", fbid="google",
      track="google")
    A(GPLAY, "subscription-receipt", "transaction", "en", "Your Google Play Order Receipt from {day}",
      ["Thank you.", "You've made a purchase from Google Play.", "Order number: GPA.33{num2}-{num4}-{num4}-{num5}",
       "YouTube Premium (YouTube) · Monthly · 79.000₫/month", "Payment method: MoMo e-wallet",
       "Account: {rcpt}"], "Google Play subscription receipt naming the account", fbid="google")
    A(FACEBOOK, "anniversary", "activity_notification", "vi", "{name} ơi, bạn có kỷ niệm để xem lại hôm nay",
      ["Chúng tôi nghĩ bạn sẽ muốn xem lại những kỷ niệm này.", "8 năm trước: Bạn đã đăng 12 ảnh vào album "
       "\"Lễ hội Đền Trần 2017\".", "[button]Xem kỷ niệm|https://www.facebook.com/onthisday"],
      "Facebook memories (On this day), ZuckMail header set with a memories mail type", meta="onthisday", track="fb",
      footer="Thư này đã được gửi đến {rcpt}. Nếu không muốn nhận những email này từ Meta trong tương lai, vui lòng "
             "hủy đăng ký. Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025",
      list_headers="fb")
    A(INSTAGRAM, "reaction-notice", "activity_notification", "en", "{user} and 14 others liked your post",
      ["lananh.qb, hoangtu_1990 and 12 others liked your post.", "\"Sáng sớm ở Phong Nha\"",
       "[button]See post|https://www.instagram.com/p/{alnum11}/"],
      "Instagram likes on the member's post", meta="like", track="fb", user_greet=True)
    A(LI_NOTIF, "reaction-notice", "activity_notification", "en", "Your profile was viewed by 6 people",
      ["{name}, see who's looking at your profile.", "A recruiter at an IT Services company · Hanoi",
       "Someone at Sở Giao thông vận tải Hải Dương", "[button]See all views|https://www.linkedin.com/comm/me/profile-views/"],
      "LinkedIn who-viewed-your-profile notice (LinkedIn header set)", li=("WVMP", "wvmp_weekly_digest_01"), track="li",
      footer="This email was intended for {full} (Chuyên viên tại Sở GTVT Hải Dương). Learn why we included this. "
             "© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.", rcpt_index=4)
    A(GITHUB, "workspace-notice", "security_alert", "en", "[GitHub] Your personal access token is about to expire",
      ["Hi @{user},", "We noticed your personal access token \"ioffice-deploy\" with repo scope will expire in 7 days.",
       "If this token is still needed, visit https://github.com/settings/tokens to generate an equivalent.",
       "Thanks,", "The GitHub Team"], "GitHub token-expiry notice to the account owner", form="text", footer="")
    A(DROPBOX, "storage-full", "notification", "vi", "Dropbox của bạn sắp đầy",
      ["Chào {name},", "Bạn đã dùng 1,9 GB trong tổng số 2 GB của Dropbox Basic.",
       "Khi hết dung lượng, tệp sẽ ngừng đồng bộ giữa các thiết bị.",
       "[button]Nâng cấp|https://www.dropbox.com/plans?trigger=nue_quota_{num2}"],
      "Dropbox quota nearly full, Vietnamese wording")
    A(APPLE, "subscription-receipt", "transaction", "en", "Your receipt from Apple.",
      ["Apple ID: {rcpt}", "Billed to: MoMo", "iCloud+ with 50 GB (Monthly) · Renews {day} · 19.000₫",
       "Order ID: M{alnum9} · Document No.: {num12}",
       "[button]Report a Problem|https://reportaproblem.apple.com/?s=6"],
      "Apple receipt naming the Apple ID", form="html", tables=True, footer="Apple Media Services Terms and "
      "Conditions · Privacy Policy · Copyright © 2025 Apple Distribution International Ltd.")
    A(MS365, "subscription-receipt", "notification", "vi", "Gói đăng ký Microsoft 365 Personal của bạn sắp được gia hạn",
      ["Xin chào {full},", "Gói Microsoft 365 Personal của bạn sẽ tự động gia hạn vào {day}.",
       "Số tiền: 1.390.000₫ · Phương thức: Visa ****4412",
       "[button]Quản lý gói đăng ký|https://account.microsoft.com/services?ref=renewalmail"],
      "Microsoft 365 renewal notice (no sign-up words)", rcpt_index=7)
    A(STRAVA, "reaction-notice", "activity_notification", "en", "Trần Minh Quân gave you kudos",
      ["Trần Minh Quân gave you kudos on Morning Run in Đồng Hới.", "10.2 km · 54:12 · 5:19 /km",
       "[button]View activity|https://www.strava.com/activities/{num11}"],
      "Strava kudos on the member's activity (sending domain strava.com, not confirmed)", list_headers="web",
      rcpt_index=5)
    A(MEDIUM, "weekly-summary", "notification", "en", "Your stories this week: 312 views",
      ["Stats for your stories from the last 7 days:", "312 views · 128 reads · 41 claps",
       "Top story: \"Chuyển đổi số ở cấp xã: 5 bài học\"", "[button]See all stats|https://medium.com/me/stats"],
      "Medium weekly stats for the writer's stories (sending domain from memory)", track="sendgrid")
    A(AMAZON, "subscription-receipt", "notification", "en", "Your Amazon Prime membership will renew soon",
      ["Hello {name},", "Your Prime membership will automatically renew on {day} for $14.99.",
       "No action is needed if you want to keep your benefits.",
       "[button]Manage membership|https://www.amazon.com/gp/primecentral?ref_=pe_prime_renewal"],
      "Amazon Prime renewal reminder (sending address from memory; SES with a custom MAIL FROM)", fbid="ses:prime:renewal")
    A(PINTEREST, "reaction-notice", "activity_notification", "vi", "Mọi người đang lưu Ghim của bạn",
      ["Ghim \"Mẫu thiệp Tết thủ công\" của bạn đã được lưu 23 lần tuần này.",
       "[button]Xem thống kê|https://www.pinterest.com/{user}/_analytics/"],
      "Pinterest saves of the member's Pin (sender address from memory)", list_headers="both")
    A(BOOKING, "booking", "transaction", "vi", "{name}, kỳ nghỉ của bạn ở Mường Thanh Luxury Quảng Bình thế nào?",
      ["Cảm ơn bạn đã lưu trú tại Mường Thanh Luxury Quảng Bình từ {day}.", "Đánh giá của bạn giúp những khách "
       "khác lựa chọn chỗ nghỉ.", "[button]Viết đánh giá|https://secure.booking.com/review?bn={num10}&pincode={num4}"],
      "Booking.com review request after a stay (sending domain booking.com)", rcpt_index=5)
    A(NOTION, "data-export", "notification", "en", "Your Notion export is ready",
      ["Your export of the workspace \"Sở KH&ĐT Kiên Giang\" has finished.", "The link will expire in 7 days.",
       "[button]Download export|https://file.notion.so/f/t/{uuid}/Export-{hex8}.zip"],
      "Notion workspace export ready", rcpt_index=2)
    A(DISCORD, "data-export", "notification", "vi", "Gói dữ liệu của bạn đã sẵn sàng",
      ["Chào {user},", "Gói dữ liệu bạn yêu cầu đã sẵn sàng để tải xuống.",
       "[button]Tải xuống|https://click.discord.com/ls/click?upn={b64u90}"],
      "Discord data package ready (Vietnamese)", rcpt_index=6)
    A(OPENAI, "data-export", "notification", "en", "ChatGPT - Your data export is ready",
      ["Your ChatGPT data export is ready.", "Download data export: https://chatgpt.com/backend-api/download/"
       "{uuid}.zip", "This link will expire in 24 hours."],
      "ChatGPT data export ready (OpenAI's transactional domain)", form="text")
    A(ADOBE, "subscription-receipt", "notification", "vi", "Gói Creative Cloud của bạn sẽ được gia hạn",
      ["Xin chào {full},", "Gói Photography (20 GB) của bạn sẽ tự động gia hạn vào {day}.",
       "[button]Quản lý gói|https://account.adobe.com/plans"],
      "Adobe plan renewal (Salesforce Marketing Cloud relay)", track="sfmc", rcpt_index=8)
    A(FIGMA, "reply-notification", "activity_notification", "en", "New comment in \"Cổng DVC - giao diện mobile\"",
      ["Nguyễn Thảo commented on your file:", "\"Nút Nộp hồ sơ nên to hơn ở màn hình nhỏ.\"",
       "[button]Reply|https://www.figma.com/design/{alnum22}?node-id=12-{num3}#{num9}"],
      "Figma comment on a file the member owns", track="sendgrid", rcpt_index=0)
    A(COURSERA, "learning-reminder", "notification", "vi", "Chúc mừng! Bạn đã nhận được chứng chỉ",
      ["Chào {name},", "Bạn đã hoàn thành khóa Google Data Analytics: Foundations.",
       "[button]Xem chứng chỉ|https://www.coursera.org/account/accomplishments/certificate/{alnum12}"],
      "Coursera certificate earned (Vietnamese)", list_headers="sendgrid")
    A(PAYPAL, "e-wallet", "transaction", "en", "Receipt for your payment to Namecheap, Inc.",
      ["Hello {full},", "You sent a payment of $12.98 USD to Namecheap, Inc.", "Transaction ID: {alnum17}",
       "It may take a few moments for this transaction to appear in your account."],
      "PayPal payment receipt", form="html", tables=True, rcpt_index=2)

    # ---- self-hosted and small sites -----------------------------------------
    A(own("Đặc sản Tây Bắc Shop", "no-reply@dacsantaybac.vn", xmailer="PHPMailer 6.8.1 (https://github.com/PHPMailer/"
          "PHPMailer)"), "oss-template", "account_created", "en", "[Đặc sản Tây Bắc Shop] Your guest account has been "
      "transformed into a customer account",
      ["Hi {full},", "Your customer account creation", "Your guest account for Đặc sản Tây Bắc Shop has been "
       "transformed into a customer account.", "E-mail address: {rcpt}",
       "Please be careful when sharing these login details with others.",
       "You can access your customer account on our shop: https://dacsantaybac.vn/my-account"],
      "PrestaShop guest_to_customer template (PrestaShop/emailgenerator templates/core/guest_to_customer.php) on an "
      "invented shop", form="html", tables=True, rcpt_index=1)
    A(own("Sách Cũ Hải Dương", "shop@sachcuhaiduong.com", xmailer="PHPMailer 6.8.1 (https://github.com/PHPMailer/"
          "PHPMailer)"), "signup-wording", "password_reset", "en", "[Sách Cũ Hải Dương] Password query confirmation",
      ["Hi {full},", "You have requested to reset your Sách Cũ Hải Dương login details.",
       "Please note that this will change your current password.", "To confirm this action, please use the following "
       "link: https://sachcuhaiduong.com/password-recovery?token={hex32}&id_customer={num4}&reset_token={hex40}"],
      "PrestaShop password_query mail on an invented shop (subject from memory)", form="html", rcpt_index=4)
    A(svc("Cà phê Buôn Ma", "cskh@caphebuonma.vn", "caphebuonma.vn", dkim="caphebuonma.vn", dkim2="shopifyemail.com",
          mta="mail{num2}.shopifyemail.com", ip="23.227.{oct}.{oct2}", rp="bounces+{num8}@t.shopifyemail.com",
          mid="<{uuid}@caphebuonma.myshopify.com>", web="caphebuonma.vn"), "signup-wording", "account_created", "vi",
      "Xác nhận tài khoản khách hàng",
      ["Chào mừng bạn đến với Cà phê Buôn Ma!", "Bạn đã kích hoạt tài khoản khách hàng. Lần mua hàng tới, hãy "
       "đăng nhập để thanh toán nhanh hơn.", "[button]Ghé cửa hàng|https://caphebuonma.vn/account"],
      "Shopify customer account confirmation of an invented shop with its own authenticated domain (Shopify's "
      "bounce and DKIM as written from memory)", rcpt_index=6)
    A(own("Cổng Nhà cung cấp Minh Khang", "erp@minhkhangsteel.com.vn", web="erp.minhkhangsteel.com.vn"),
      "signup-wording", "account_created", "en", "Welcome to Cổng Nhà cung cấp Minh Khang",
      ["Hello {full},", "A new account has been created for you.", "Your login id is: {rcpt}",
       "Click on the link below to complete your registration and set a new password.",
       "[button]Complete Registration|https://erp.minhkhangsteel.com.vn/update-password?key={alnum32}"],
      "Frappe/ERPNext new-user welcome on an invented supplier portal (from memory)", rcpt_index=4)
    A(own("Nextcloud Sở Công Thương", "nextcloud@cloud.sct-tq.vn", web="cloud.sct-tq.vn",
          xmailer="Nextcloud"), "workspace-notice", "activity_notification", "vi", "Hoạt động tại Nextcloud Sở Công Thương",
      ["Xin chào {full},", "Bạn nhận thư này vì trong ngày qua đã có các hoạt động sau tại Nextcloud Sở Công Thương:",
       "Lê Hồng Sơn đã sửa \"Kế hoạch xúc tiến thương mại 2026.docx\"", "Bạn đã chia sẻ \"Báo cáo quý III\" với "
       "Phòng Quản lý Thương mại", "[button]Xem tất cả hoạt động|https://cloud.sct-tq.vn/apps/activity/"],
      "Nextcloud activity mail (daily) on a department's own instance, run by a contractor on a .vn domain (subject "
      "as the Vietnamese translation writes it, from memory)", rcpt_index=1)
    A(own("Trường Chính trị Hà Tĩnh - E-learning", "noreply@elearning.truongchinhtri-ht.edu.vn",
          web="elearning.truongchinhtri-ht.edu.vn"), "learning-reminder", "notification", "vi",
      "Hoàn thành khóa học: Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên",
      ["Chào {full},", "Bạn đã hoàn thành khóa học \"Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên\".",
       "Xem chi tiết hoàn thành khóa học tại: https://elearning.truongchinhtri-ht.edu.vn/blocks/completionstatus/"
       "details.php?course={num3}"], "Moodle course-completion message from a provincial school's site "
      "(Moodle; not a government domain)", form="text", rcpt_index=7)
    A(own("Hội Kỹ sư Điện", "noreply@diendan.kysudien.vn", web="diendan.kysudien.vn"), "forum-digest",
      "activity_notification", "vi", "[Hội Kỹ sư Điện] Chúc mừng bạn đã đạt cấp độ tin cậy 1",
      ["Chào {user},", "Bạn đã đọc đủ bài viết để được thăng lên cấp độ tin cậy 1: giờ bạn có thể gửi ảnh, tệp đính kèm "
       "và nhiều liên kết hơn.", "[button]Xem tin nhắn|https://diendan.kysudien.vn/t/chuc-mung/{num5}"],
      "Discourse system PM about a trust-level promotion, Discourse VERP", verp="discourse", rcpt_index=0)
    A(own("Diễn đàn Cơ khí Việt", "noreply@cokhiviet.net", xmailer="phpBB3"), "reply-notification",
      "activity_notification", "en", "Topic reply notification - \"Máy tiện CNC cũ: có nên mua?\"",
      ["Hello {user},", "You are receiving this notification because you are watching the topic, \"Máy tiện CNC cũ: có "
       "nên mua?\" at \"Diễn đàn Cơ khí Việt\". This topic has received a reply since your last visit.",
       "https://cokhiviet.net/viewtopic.php?p={num6}#p{num6}",
       "If you no longer wish to watch this topic you can click \"Unsubscribe topic\"."],
      "phpBB topic_notify mail (X-Mailer: phpBB3)", form="text", footer="-- \nThanks, The Management", rcpt_index=4,
      extra=["X-phpBB-Origin: phpbb://cokhiviet.net", "X-MimeOLE: phpBB3"])
    A(own("Diễn đàn Nuôi tôm", "admin@nuoitom.org", xmailer="MyBB"), "signup-wording", "email_verification", "en",
      "Account Activation at Diễn đàn Nuôi tôm",
      ["{user},", "To complete the registration process on Diễn đàn Nuôi tôm, you will need to go to the URL below in "
       "your web browser.", "https://nuoitom.org/member.php?action=activate&uid={num4}&code={alnum10}",
       "If the above link does not work correctly, go to https://nuoitom.org/member.php?action=activate",
       "Thank you,\nDiễn đàn Nuôi tôm Staff"], "MyBB account activation on an invented forum (from memory)",
      form="text", footer="", rcpt_index=2)
    A(own("Câu lạc bộ Cờ tướng Thái Bình", "noreply@cotuongthaibinh.net", xmailer="SMF"), "signup-wording",
      "account_created", "vi", "Chào mừng đến với Câu lạc bộ Cờ tướng Thái Bình",
      ["Cảm ơn bạn đã đăng ký tại Câu lạc bộ Cờ tướng Thái Bình. Tên đăng nhập của bạn là {user}.",
       "Bạn có thể đăng nhập và thay đổi hồ sơ tại: https://cotuongthaibinh.net/index.php?action=profile",
       "Trân trọng,\nĐội ngũ Câu lạc bộ Cờ tướng Thái Bình"],
      "SMF welcome mail in Vietnamese on an invented club forum (from memory)", form="text", footer="", rcpt_index=8)
    A(own("Wiki Dữ liệu Địa phương", "wiki@wiki.dulieudiaphuong.org", xmailer="MediaWiki mailer"),
      "signup-wording", "email_verification", "en", "Wiki Dữ liệu Địa phương email address confirmation",
      ["Someone, probably you, from IP address 113.176.{num2}.{num2}, has registered an account \"{user}\" with this "
       "email address on Wiki Dữ liệu Địa phương.", "To confirm that this account really does belong to you and activate "
       "email features on Wiki Dữ liệu Địa phương, open this link in your browser:",
       "https://wiki.dulieudiaphuong.org/wiki/Special:ConfirmEmail/{hex32}",
       "This confirmation code will expire at 10:14, {day}."],
      "MediaWiki confirmemail text (from memory)", form="text", footer="", rcpt_index=3)
    A(own("Wiki Dữ liệu Địa phương", "wiki@wiki.dulieudiaphuong.org", xmailer="MediaWiki mailer"),
      "workspace-notice", "activity_notification", "en",
      "Wiki Dữ liệu Địa phương page Danh mục dữ liệu mở Kiên Giang has been changed by Thanhtam.kg",
      ["Dear {user},", "The Wiki Dữ liệu Địa phương page Danh mục dữ liệu mở Kiên Giang has been changed on {day} by "
       "Thanhtam.kg, see https://wiki.dulieudiaphuong.org/w/index.php?diff={num5}&oldid={num5} for the current "
       "revision.", "Editor's summary: bổ sung bộ dữ liệu du lịch",
       "To change your email notification settings, visit https://wiki.dulieudiaphuong.org/wiki/Special:Preferences"],
      "MediaWiki watchlist notification to a registered editor (from memory)", form="text",
      footer="-- \nYour friendly Wiki Dữ liệu Địa phương notification system", rcpt_index=3)
    A(own("Hội Du lịch Phong Nha", "website@dulichphongnha.org", xmailer="Joomla! - Open Source Content Management"),
      "signup-wording", "account_created", "en", "Account Details for {full} at Hội Du lịch Phong Nha",
      ["Hello {full},", "Thank you for registering at Hội Du lịch Phong Nha. Your account is created and must be "
       "activated before you can use it.", "To activate the account select the following link or copy-paste it in "
       "your browser:", "https://dulichphongnha.org/index.php?option=com_users&task=registration.activate&token={hex32}",
       "After activation you may login to https://dulichphongnha.org/ using the following username and password:",
       "Username: {user}"], "Joomla registration mail (from memory)", form="text", footer="", rcpt_index=5)
    A(own("Mastodon Việt", "notifications@mastodon.viet.social", web="mastodon.viet.social"), "data-export",
      "notification", "en", "Your archive is ready for download",
      ["Hi {user},", "Your Mastodon backup is ready for download!", "[button]Download archive|https://mastodon."
       "viet.social/settings/export"], "Mastodon backup_ready mail on an invented instance (subject from memory)",
      rcpt_index=0, relay="")
    A(own("CLB Chạy bộ Sông Trà Lý", "noreply@chaybotralt.com", xmailer="WordPress"), "oss-template",
      "account_created", "en", "Your account at CLB Chạy bộ Sông Trà Lý is now active",
      ["Hi {name},", "Thank you for signing up with CLB Chạy bộ Sông Trà Lý! Your account is now active.",
       "To login please visit the following url: https://chaybotralt.com/login/", "Your account e-mail: {rcpt}",
       "Your account username: {user}"], "Ultimate Member account-approved mail on an invented club site (from "
      "memory)", rcpt_index=8)
    A(own("Mạng lưới Kế toán Công", "noreply@ketoancong.net", xmailer="WordPress"), "reply-notification",
      "activity_notification", "vi", "[Mạng lưới Kế toán Công] Phạm Văn Hưng đã nhắc đến bạn trong một cập nhật",
      ["Phạm Văn Hưng đã nhắc đến bạn trong một cập nhật:", "\"@{user} chị xem giúp em mẫu báo cáo quyết toán mới.\"",
       "[button]Trả lời|https://ketoancong.net/members/{user}/activity/{num5}/"],
      "BuddyPress activity-at-message mail in Vietnamese (from memory)", rcpt_index=7)
    A(own("Trường THCS Lê Quý Đôn - Cổng phụ huynh", "thongbao@thcslequydon-db.edu.vn"), "workspace-notice",
      "notification", "vi", "Thông báo kết quả học tập học kỳ I - Hoàng Minh Anh",
      ["Kính gửi Quý phụ huynh {full},", "Nhà trường thông báo kết quả học tập học kỳ I của học sinh Hoàng Minh Anh, "
       "lớp 8A2.", "Đăng nhập tài khoản phụ huynh để xem chi tiết: https://phuhuynh.thcslequydon-db.edu.vn/dang-nhap"],
      "a school's parent portal mails the parent's account (invented school, ASP.NET site)", rcpt_index=5,
      vi_form="ascii")
    A(own("Học viện Nông nghiệp Xanh", "no-reply@hocviennongnghiepxanh.vn", xmailer="WordPress"), "learning-reminder",
      "notification", "vi", "Bạn đã ghi danh khóa học \"Kỹ thuật trồng hồ tiêu bền vững\"",
      ["Chào {user},", "Bạn đã ghi danh thành công khóa học \"Kỹ thuật trồng hồ tiêu bền vững\".",
       "Bắt đầu học tại: https://hocviennongnghiepxanh.vn/courses/ho-tieu-ben-vung/"],
      "LearnPress enrolment mail on an invented WordPress LMS (wording written for this split)", rcpt_index=6)
    A(own("Nextcloud Sở Công Thương", "nextcloud@cloud.sct-tq.vn", web="cloud.sct-tq.vn", xmailer="Nextcloud"),
      "storage-full", "notification", "en", "Your storage on Nextcloud Sở Công Thương is almost full",
      ["Hello {user},", "You are using 9.6 GB of your 10 GB quota.", "Delete files you no longer need or ask your "
       "administrator for more space.", "[button]Open Files|https://cloud.sct-tq.vn/apps/files/"],
      "quota warning from the same Nextcloud instance to the unit mailbox vanthu@, delivered to an official by a "
      "virtual alias: the unit mailbox holds the account", alias=True, rcpt_index=1)

    # ---- Vietnamese services --------------------------------------------------
    A(BIDV, "bank-notice", "notification", "vi", "BIDV - Sao kê tài khoản điện tử tháng 11/2025",
      ["Kính gửi Quý khách {full},", "BIDV trân trọng gửi Quý khách sao kê tài khoản điện tử tháng 11/2025.",
       "Mật khẩu mở tệp: 6 số cuối CCCD của Quý khách.", "Mọi thắc mắc vui lòng liên hệ 1900 9247."],
      "BIDV e-statement (sending domain bidv.com.vn, not confirmed)", form="html", tables=True, rcpt_index=4)
    A(VIETINBANK, "bank-notice", "security_alert", "vi", "VietinBank iPay: Thông báo thay đổi thông tin",
      ["Quý khách đã thay đổi hạn mức chuyển khoản trên VietinBank iPay lúc 10:21 ngày {day}.",
       "Hạn mức mới: 500.000.000 VND/ngày.", "Nếu không phải Quý khách thực hiện, vui lòng gọi 1900 558 868."],
      "VietinBank iPay settings change, no greeting (website domain)", rcpt_index=1)
    A(ACB, "bank-notice", "transaction", "vi", "ACB ONE - Xác nhận giao dịch chuyển tiền thành công",
      ["Kính gửi Quý khách {full},", "Số tiền: 2.350.000 VND · Người nhận: CONG TY DIEN LUC THAI BINH",
       "Nội dung: TT tien dien T11 · Mã giao dịch: FT25{num10}"], "ACB ONE transfer confirmation (website domain; SES)",
      rcpt_index=0)
    A(TPBANK, "bank-notice", "notification", "vi", "TPBank: Thẻ của Quý khách sắp hết hạn",
      ["Kính gửi Quý khách,", "Thẻ TPBank Visa Debit số 4xxx xxxx xxxx {num4} của Quý khách sẽ hết hạn vào 12/2025.",
       "Thẻ mới sẽ được phát hành tự động và gửi đến địa chỉ đăng ký."],
      "TPBank card-expiry notice (sending domain from memory)", rcpt_index=6, vi_form="ascii")
    A(VNPTMONEY, "e-wallet", "transaction", "vi", "VNPT Money: Thanh toán hóa đơn thành công",
      ["Xin chào {full},", "Bạn đã thanh toán hóa đơn Internet FiberVNN tháng 11 qua VNPT Money.",
       "Số tiền: 229.000đ · Mã GD: {num12}"], "VNPT Money bill payment receipt (website domain)", rcpt_index=5)
    A(MYVIETTEL, "e-invoice", "notification", "vi", "Viettel thông báo hóa đơn cước tháng 11/2025",
      ["Kính gửi Quý khách {full},", "Viettel gửi Quý khách hóa đơn điện tử cước dịch vụ tháng 11/2025 cho thuê bao "
       "Internet h004_gftth_{num6}.", "Tổng tiền: 245.000đ. Tra cứu trên ứng dụng My Viettel."],
      "Viettel e-invoice for a subscriber account (sending domain from memory)", rcpt_index=7)
    A(MYVNPT, "code-in-subject", "login_code", "vi", "Mã xác thực đăng nhập My VNPT: {code}",
      ["Mã xác thực của bạn là {code}.", "Mã có hiệu lực trong 3 phút."],
      "My VNPT login code in the subject (sending domain from memory)", form="text", footer="", rcpt_index=3)
    A(MOBIFONE, "subscription-receipt", "notification", "vi", "MobiFone: Gói cước C120N của Quý khách sẽ gia hạn",
      ["Kính gửi Quý khách,", "Gói cước C120N của thuê bao 090xxxx{num3} sẽ được gia hạn tự động vào {day}.",
       "Chi tiết xem tại ứng dụng My MobiFone."], "MobiFone package renewal notice (ZeptoMail; sending domain from "
      "memory)", rcpt_index=2)
    A(PHARMACITY, "order-shipped", "transaction", "vi", "Đơn hàng #{num9} đã được giao thành công",
      ["Chào {name},", "Đơn hàng #{num9} của bạn đã được giao lúc 16:40.", "Bạn được cộng 45 điểm P-Xu vào tài khoản.",
       "[button]Đánh giá đơn hàng|https://www.pharmacity.vn/account/orders"], "Pharmacity order delivered, points "
      "credited (website domain)", track="awstrack", rcpt_index=8)
    A(NGUYENKIM, "order", "transaction", "vi", "Nguyễn Kim - Xác nhận đơn hàng {num8}",
      ["Kính chào Quý khách {full},", "Nguyễn Kim đã nhận đơn hàng {num8}: Máy lọc không khí Sharp FP-J30E.",
       "Thành tiền: 2.790.000đ · Giao hàng: 3 ngày.", "[button]Theo dõi đơn hàng|https://www.nguyenkim.com/"
       "tai-khoan/don-hang"], "Nguyễn Kim order confirmation (website domain)", track="sendgrid", rcpt_index=4,
      vi_form="nfd")
    A(XANHSM, "ride-receipt", "transaction", "vi", "Hóa đơn điện tử chuyến đi Xanh SM",
      ["Kính gửi Quý khách,", "Xanh SM gửi Quý khách hóa đơn điện tử cho chuyến đi ngày {day}.",
       "Từ: Sân bay Phú Quốc · Đến: UBND TP. Phú Quốc · Số tiền: 312.000đ"],
      "Xanh SM e-invoice for a ride (website domain; SES)", rcpt_index=3)
    A(LAODONG, "news-comment", "activity_notification", "vi", "Bình luận của bạn có phản hồi mới",
      ["Chào bạn {user},", "Bình luận của bạn tại bài viết \"Hà Tĩnh hoàn thành 100% thủ tục trực tuyến toàn trình\" "
       "vừa có 2 phản hồi.", "[button]Xem phản hồi|https://laodong.vn/thoi-su/{num7}.ldo#comments"],
      "Báo Lao Động reply notice to a reader account (website domain; Mailgun)", track="mailgun", rcpt_index=7)
    A(BAOMOI, "social-digest", "notification", "vi", "Tin nổi bật từ các chủ đề bạn theo dõi",
      ["Chào {name},", "Chủ đề bạn theo dõi: Chuyển đổi số, Kiên Giang.", "5 tin mới hôm nay.",
       "[button]Đọc ngay|https://baomoi.com/tai-khoan/theo-doi"],
      "Báo Mới digest of topics the member follows (website domain)", rcpt_index=2)
    A(JOBSGO, "job-board", "activity_notification", "vi", "Nhà tuyển dụng đã tải hồ sơ của bạn",
      ["Chào {full},", "Công ty CP Logistics Cảng Hải Phòng đã tải hồ sơ \"Chuyên viên quy hoạch giao thông\" của bạn.",
       "[button]Xem chi tiết|https://jobsgo.vn/ung-vien/ho-so?ref=email"], "JobsGO CV-downloaded notice (website "
      "domain)", rcpt_index=4)
    A(UNICA, "subscription-receipt", "transaction", "vi", "Unica - Kích hoạt khóa học thành công",
      ["Chào {full},", "Khóa học \"Excel ứng dụng trong công việc văn phòng\" đã được kích hoạt vào tài khoản của bạn.",
       "Mã kích hoạt: UNC{alnum8}", "[button]Vào học|https://unica.vn/my-course"],
      "Unica course activated on the buyer's account (website domain; Mailgun)", rcpt_index=6)
    A(HOC247, "learning-reminder", "notification", "vi", "Con bạn chưa làm bài kiểm tra tuần này",
      ["Chào phụ huynh {full},", "Học sinh trong tài khoản của bạn chưa hoàn thành bài kiểm tra Toán 8 tuần 12.",
       "[button]Vào học|https://hoc247.net/tai-khoan/lop-hoc"], "HOC247 weekly reminder to a parent's account (website "
      "domain; Brevo)", rcpt_index=5, vi_form="nfd")
    A(GALAXY, "ticket", "transaction", "vi", "Galaxy Cinema - Vé của bạn",
      ["Mã vé: {code5}", "Phim: Mưa Đỏ (T13) · Rạp Galaxy Thái Bình · Suất 19:30 {day}", "Ghế: F7, F8",
       "Bạn được cộng 2 Stars vào tài khoản thành viên."], "Galaxy Cinema member ticket (website domain)",
      rcpt_index=8, form="related")
    A(TICKETBOX, "ticket", "transaction", "en", "Your Ticketbox order #{num8} is confirmed",
      ["Hi {name},", "Your e-tickets for \"Hò Huế đêm trăng\" are ready in the Ticketbox app under My Tickets.",
       "Order #{num8} · 2 tickets · 600,000 VND"], "Ticketbox e-ticket order (website domain; Postmark)",
      rcpt_index=0)
    A(EVN, "e-invoice", "notification", "vi", "EVN thông báo tiền điện kỳ 1 tháng 11/2025",
      ["Kính gửi khách hàng {full},", "Mã khách hàng: PA13{num9}", "Điện năng tiêu thụ: 312 kWh · Số tiền: 876.540đ",
       "Hạn thanh toán: {day}."], "EVN electricity bill to the e-mail registered on the customer account (website "
      "domain; a state company, not a government domain)", rcpt_index=1, vi_form="ascii")
    A(DSVN, "booking", "transaction", "vi", "Vé tàu điện tử - Mã đặt chỗ {pnr}",
      ["Kính gửi Quý khách,", "Mã đặt chỗ: {pnr} · Tàu SE1 · Đồng Hới - Huế · {day}", "Hành khách: HOANG THI MAI PHUONG",
       "Vui lòng mang giấy tờ tùy thân khi lên tàu."], "Vietnam Railways e-ticket (website domain)", rcpt_index=5)
    A(VINMEC, "booking", "notification", "vi", "Nhắc lịch hẹn khám tại Vinmec Hạ Long",
      ["Kính gửi Quý khách {full},", "Lịch hẹn khám chuyên khoa Tim mạch lúc 08:30 ngày {day} tại Vinmec Hạ Long.",
       "Quản lý lịch hẹn trên ứng dụng MyVinmec."], "Vinmec appointment reminder (website domain)", rcpt_index=4)

    # ---- routes ---------------------------------------------------------------
    A(TIKI, "forward-official", "transaction", "vi", "Tiki: Đơn hàng {num9} đã giao thành công",
      ["Chào {name},", "Đơn hàng {num9} đã được giao thành công.", "[button]Đánh giá sản phẩm|https://tiki.vn/"
       "customer/order/{num9}"], "Tiki order delivered, Resent-* by the official to a colleague's official mailbox "
      "(the first official holds the account)", rcpt_index=0, resent_to=8)
    A(SHOPEE, "forward-official", "transaction", "vi", "Shopee: Xác nhận thanh toán đơn hàng {order}",
      ["Xin chào {user},", "Thanh toán cho đơn hàng {order} đã được xác nhận.", "Tổng: {amount}₫"],
      "Shopee payment confirmation, SRS-forwarded from one official's mailbox to another's in another province",
      rcpt_index=2, srs_to=4)
    A(XCOM, "plus-address", "security_alert", "en", "New login to X from Chrome on Windows",
      ["We noticed a login to your account @{user} from a new device.", "Chrome on Windows · near Hà Tĩnh, Vietnam",
       "If this was you, you can ignore this message."],
      "X login alert to the official's sub-address local+x@, delivered to local@: the mailbox holds the account",
      subaddr="x", rcpt_index=7)
    A(MEDIUM, "undisclosed-footer", "notification", "en", "Your story was added to a publication",
      ["Your story \"Số hóa hồ sơ đất đai: ghi chép từ Phú Quốc\" was added to Chuyển Đổi Số.",
       "[button]View story|https://medium.com/chuyen-doi-so/{hex12}"],
      "Medium notice To: undisclosed-recipients, the address in Delivered-To and in the footer",
      to_header="undisclosed-recipients:;", footer="Sent to {rcpt} by Medium.", rcpt_index=3)
    A(BOOKING, "several-recipients", "transaction", "en", "Booking confirmed: Sun Spa Resort Quảng Bình",
      ["Thanks, {name}! Your booking is confirmed.", "Sun Spa Resort · {day} · 2 rooms", "Confirmation number: {num10}",
       "We've sent a copy to your travel companions."],
      "booking To: the official who booked, Cc: a colleague travelling; scanned in the colleague's mailbox",
      rcpt_index=5, cc=[4], owner_cc=True)


# ==========================================================================
# Not accounts
# ==========================================================================

def nones() -> None:
    # Invitations and shares by colleagues, through services
    N(google("Google Calendar", "calendar-notification@google.com", display="Lê Văn Thịnh", dkim="google.com"),
      "invitation", "invitation", "vi", "Lời mời: Họp thẩm định dự án cảng cá @ Thứ Năm {day} 14:00 - 16:00 "
      "(GMT+07:00) ({rcpt})",
      ["Lê Văn Thịnh đã mời bạn tham gia sự kiện này.", "Họp thẩm định dự án cảng cá", "Tham gia bằng Google Meet: "
       "https://meet.google.com/{alnum3}-{alnum4}-{alnum3}", "Khách mời: thinhlv@skhdt.kiengiang.gov.vn, {rcpt}",
       "Bạn nhận được email này vì bạn là khách mời của sự kiện."],
      "a colleague's Google Calendar invitation with a text/calendar part", calendar=True, rcpt_index=2)
    N(svc("Webex", "messenger@webex.com", "webex.com", mta="sj1-mx{num2}.webex.com", ip="64.68.{oct}.{oct2}",
          display="Trần Quang Huy (via Webex)", web="meetingsapac.webex.com"), "invitation", "invitation", "en",
      "Meeting invitation: ASEAN Smart Transport Working Group",
      ["Trần Quang Huy invites you to join this Webex meeting.", "Meeting number: 2{num3} {num3} {num4}",
       "[button]Join meeting|https://meetingsapac.webex.com/meetingsapac/j.php?MTID=m{hex32}"],
      "a Webex meeting invitation from a person (sender address from memory)", calendar=True, rcpt_index=4)
    N(svc("Doodle", "mailer@doodle.com", "doodle.com", relay="sendgrid", display="Nguyễn Thu Hằng via Doodle",
          web="doodle.com"), "invitation", "invitation", "vi", "Nguyễn Thu Hằng mời bạn bình chọn: Lịch tập huấn CĐS",
      ["Nguyễn Thu Hằng đã tạo một cuộc bình chọn lịch và mời bạn tham gia.", "Lịch tập huấn CĐS tháng 12",
       "[button]Bình chọn|https://doodle.com/meeting/participate/id/{alnum8}"],
      "a Doodle poll from a colleague (sender address from memory)", rcpt_index=8)
    N(svc("Dropbox", "no-reply@dropbox.com", "dropbox.com", mta="mail-{alnum6}.dropbox.com", ip="162.125.{oct}.{oct2}",
          display="Phan Đức Toàn (qua Dropbox)", web="www.dropbox.com"), "invitation", "invitation", "vi",
      "Phan Đức Toàn đã chia sẻ \"Ảnh hiện trường QL5\" với bạn",
      ["Phan Đức Toàn đã mời bạn xem thư mục \"Ảnh hiện trường QL5\".", "[button]Xem thư mục|https://www.dropbox.com/"
       "scl/fo/{alnum22}/{alnum24}?rlkey={alnum25}"], "a Dropbox folder share from a contractor", rcpt_index=4)
    N(svc("Figma", "invites@figma.com", "figma.com", relay="sendgrid", display="Đặng Minh Khôi", web="www.figma.com"),
      "invitation", "invitation", "en", "Đặng Minh Khôi invited you to a file",
      ["Đặng Minh Khôi invited you to edit \"Bản đồ số du lịch Phú Quốc\".", "[button]Open in Figma|https://www.figma."
       "com/design/{alnum22}?invite_token={alnum32}", "Figma is a collaborative design tool."],
      "a Figma file invitation (sending address from memory)", track="sendgrid", rcpt_index=3)
    N(svc("Miro", "no-reply@miro.com", "miro.com", relay="sendgrid", web="miro.com"), "invitation", "invitation", "vi",
      "Vũ Thị Lan mời bạn vào bảng \"Sơ đồ quy trình một cửa\"",
      ["Vũ Thị Lan đã mời bạn cộng tác trên bảng Miro.", "[button]Mở bảng|https://miro.com/welcomeonboard/{b64u60}"],
      "a Miro board invitation", rcpt_index=0)
    N(google("Google Forms", "forms-receipts-noreply@google.com", display="Sở Y tế Quảng Bình (qua Google Biểu mẫu)"),
      "invitation", "invitation", "vi", "Khảo sát mức độ sẵn sàng chuyển đổi số ngành Y tế",
      ["Phòng Nghiệp vụ Y đã mời bạn điền biểu mẫu.", "[button]Điền biểu mẫu|https://docs.google.com/forms/d/e/"
       "{alnum44}/viewform?usp=mail_form_link"], "a Google Forms invitation sent by a department", rcpt_index=5)

    # Newsletters, cold outreach, spam from unknown senders
    N(svc("VietDoc Cloud", "hello@vietdoccloud.com", "vietdoccloud.com", relay="sendgrid", web="vietdoccloud.com"),
      "spam-signup-unknown", "none", "vi", "Tài khoản dùng thử của Sở Công Thương Tuyên Quang đã sẵn sàng",
      ["Kính gửi Quý cơ quan,", "Chúng tôi đã khởi tạo tài khoản dùng thử phần mềm quản lý văn bản cho Sở.",
       "Đăng nhập bằng email này để kích hoạt trong 7 ngày.", "[button]Kích hoạt",
       "Nếu không muốn nhận email, vui lòng trả lời \"HỦY\"."],
      "cold outreach from a .com vendor via SendGrid claiming an account was made for the unit", track="sendgrid",
      rcpt_index=1)
    N(svc("GovTech Connect 2026", "events@govtechconnect.asia", "govtechconnect.asia", relay="mailchimp",
          web="govtechconnect.asia"), "newsletter-unsolicited", "newsletter", "en",
      "Your delegate pass is waiting - GovTech Connect 2026",
      ["Dear Public Sector Leader,", "Claim your complimentary delegate pass for GovTech Connect 2026 in Singapore.",
       "[button]Claim my pass", "You are receiving this because your address is listed in a public directory."],
      "conference marketing through Mailchimp to a scraped address", track="mailchimp", list_headers="mailchimp",
      rcpt_index=2)
    N(svc("Thiết bị Văn phòng Hoàng Gia", "kinhdoanh@thietbihoanggia.com.vn", "thietbihoanggia.com.vn", relay="brevo",
          web="thietbihoanggia.com.vn"), "newsletter-unsolicited", "newsletter", "vi",
      "Báo giá máy photocopy cho cơ quan nhà nước tháng 12",
      ["Kính gửi Quý cơ quan,", "Công ty gửi bảng giá máy photocopy Ricoh, Canon áp dụng cho khối hành chính sự nghiệp.",
       "[button]Xem báo giá"], "a vendor's price-list newsletter from a .com.vn domain through Brevo", rcpt_index=6)
    N(svc("Ví Thưởng", "thongbao@vithuong-online.xyz", "vithuong-online.xyz", web="vithuong-online.xyz"),
      "spam-signup-unknown", "none", "vi", "Tài khoản của bạn đã được cộng 5.000.000đ",
      ["Chúc mừng! Tài khoản của bạn vừa được cộng 5.000.000đ tiền thưởng.", "Đăng nhập để rút tiền trong 24h.",
       "[button]Đăng nhập"], "reward spam with account wording from a throw-away .xyz domain signed by itself",
      rcpt_index=7, vi_form="ascii")
    N(svc("LeadGen Asia", "sarah@leadgen-asia.io", "leadgen-asia.io", relay="mailgun", web="leadgen-asia.io"),
      "spam-signup-unknown", "none", "en", "Quick question about sgtvt.haiduong.gov.vn",
      ["Hi there,", "I set up a free account for your team on our prospecting tool so you can see the 214 leads we found.",
       "Just log in with this email.", "If you're not the right person, reply \"no\" and I won't follow up."],
      "cold outreach via Mailgun with account wording", form="text", footer="", rcpt_index=4)
    N(svc("Mekong Data Insights", "newsletter@mekongdata.vn", "mekongdata.vn", relay="sendgrid", web="mekongdata.vn"),
      "newsletter-unsolicited", "newsletter", "vi", "Bản tin Dữ liệu Mekong - Số 18",
      ["Chào bạn,", "Trong số này: Dữ liệu mở cấp tỉnh và những điều cần biết.", "[button]Đọc bản tin",
       "Bạn nhận được email này vì đã tham dự một hội thảo của chúng tôi."],
      "a newsletter from a .vn firm to an address it collected at an event", list_headers="sendgrid", rcpt_index=3)
    N(svc("Quà tặng Tri ân", "no-reply@quatang-trian.online", "quatang-trian.online", web="quatang-trian.online"),
      "spam-flagged", "none", "vi", "Xác nhận tài khoản nhận quà tri ân khách hàng",
      ["Tài khoản nhận quà của bạn đang chờ xác nhận.", "[button]Xác nhận ngay"],
      "gift spam flagged by the government filter", spam="11.6", auth="none", rcpt_index=6)
    N(svc("Cloud Storage", "support@storage-alerts.net", "storage-alerts.net", relay="sendgrid",
          web="storage-alerts.net"), "spam-flagged", "none", "en", "Welcome! Your 1 TB cloud account is activated",
      ["Welcome aboard! Your account has been activated.", "[button]Sign in"],
      "welcome-worded spam flagged by the government filter (rspamd gateway)", spam="9.3", rcpt_index=0)

    # Double opt-ins
    N(svc("Tạp chí Nông thôn Số", "bantin@nongthonso.vn", "nongthonso.vn", relay="mailchimp", web="nongthonso.vn"),
      "double-opt-in", "none", "en", "Tạp chí Nông thôn Số: Please Confirm Subscription",
      ["Yes, subscribe me to this list.", "[button]Yes, subscribe me to this list.",
       "If you received this email by mistake, simply delete it. You won't be subscribed if you don't click the "
       "confirmation link above."], "Mailchimp double opt-in (subject form from memory)", rcpt_index=6)
    N(own("Blog Du lịch Biển đảo", "wordpress@dulichbiendao.net", xmailer="WordPress"), "double-opt-in", "none", "en",
      "Confirm your subscription to Blog Du lịch Biển đảo",
      ["Hello,", "Please confirm your subscription to our newsletter by clicking the link below:",
       "https://dulichbiendao.net/?mailpoet_page=subscriptions&mailpoet_router&endpoint=subscription&action=confirm"
       "&data={b64u80}", "Thank you,\nThe Team"], "MailPoet confirmation (from memory)", form="text", footer="",
      rcpt_index=3)

    # Bounces of the official's own mail, auto-replies, help desks
    N(svc("Mail Delivery System", "Mailer-Daemon@mailgw01.daklak.gov.vn", "daklak.gov.vn"), "bounce", "none", "en",
      "Mail delivery failed: returning message to sender", [],
      "Exim bounce of the official's forward of his Lazada welcome mail to a mistyped address; the quoted forward "
      "keeps Lazada's SparkPost-style Return-Path and the welcome text", dsn="exim", dsn_to="hoangnam@ldtbxh-daklak.vn",
      dsn_subject="Fwd: Chào mừng bạn đến với Lazada!", rcpt_index=6)
    N(svc("Mail Delivery System", "MAILER-DAEMON@esg.hatinh.gov.vn", "hatinh.gov.vn"), "bounce", "none", "vi",
      "Undelivered Mail Returned to Sender", [],
      "Postfix bounce (mailbox full) of the official's forward of his Shopee welcome mail to a colleague of "
      "another unit; the quoted Return-Path is Mailgun VERP naming the official, the colleague named in the report "
      "did not receive it", dsn="postfix-colleague",
      dsn_to="lamnt@stnmt.hatinh.gov.vn", dsn_subject="Fwd: Chào mừng bạn đến với Shopee", rcpt_index=7)
    N(svc("Phan Thị Yến", "yenpt@snv.quangbinh.gov.vn", "quangbinh.gov.vn", mta="mx.quangbinh.gov.vn"), "auto-reply",
      "none", "vi", "Trả lời tự động: Tài khoản Zoom của Sở",
      ["Tôi đang đi công tác đến ngày {day}.", "Việc gấp xin liên hệ số máy lẻ 203."],
      "an out-of-office reply from an official of another unit quoting a subject about a service account",
      rcpt_index=5, autoreply=True, form="text")
    N(own("Hỗ trợ Kỹ thuật Phần mềm Một cửa", "hotro@motcuadientu.vn", xmailer="osTicket Mailer"), "help-desk", "none",
      "en", "Support Ticket Opened [#{num6}]",
      ["Dear {full},", "A request for support has been created and assigned #{num6}. A representative will follow-up "
       "with you as soon as possible.", "You can view this ticket's progress online here: https://hotro.motcuadientu.vn/"
       "view.php?t={num6}", "If you wish to provide additional comments or information regarding the issue, please "
       "reply to this email."], "osTicket new-ticket auto-response to the official's own request (from memory): "
      "no account", form="text", footer="", rcpt_index=0, extra=["Auto-Submitted: auto-replied", "Precedence: auto_reply"])

    # Internal government mail, forwards between officials, person-to-person
    N(svc("Văn phòng UBND tỉnh Thái Bình", "vanphong@thaibinh.gov.vn", "thaibinh.gov.vn", mta="mailhub.thaibinh.gov.vn",
          web="thaibinh.gov.vn"), "internal-gov", "notification", "vi",
      "V/v đăng ký tài khoản Hệ thống thông tin báo cáo Chính phủ",
      ["Kính gửi các sở, ban, ngành,", "Đề nghị mỗi đơn vị đăng ký 01 tài khoản cán bộ đầu mối trên Hệ thống thông tin "
       "báo cáo và xác thực email công vụ trước ngày {day}.", "Trân trọng."],
      "a provincial office asks units to register accounts: internal government mail with sign-up words",
      internal=True, rcpt_index=8)
    N(svc("Hệ thống Một cửa điện tử", "motcua@haiduong.gov.vn", "haiduong.gov.vn", mta="relay.haiduong.gov.vn",
          web="motcua.haiduong.gov.vn"), "internal-gov", "login_code", "vi", "Mã OTP đăng nhập hệ thống Một cửa: {code}",
      ["Mã OTP của đồng chí là {code}.", "Mã có hiệu lực trong 5 phút."],
      "a provincial government system's login code: internal government mail", internal=True, rcpt_index=4,
      form="text")
    N(svc("Vũ Đình Khoa", "khoavd@stttt.thaibinh.gov.vn", "thaibinh.gov.vn", mta="mailhub.thaibinh.gov.vn"),
      "person-forward", "none", "vi", "Fwd: Chào mừng bạn đến với Canva",
      ["Chị Hà ơi, em chuyển chị thư Canva em vừa đăng ký để chị vào nhóm thiết kế của Sở nhé.",
       "---------- Forwarded message ---------", "From: Canva <no-reply@canva.com>", "To: khoavd@stttt.thaibinh.gov.vn",
       "Subject: Chào mừng bạn đến với Canva", "Tài khoản Canva của bạn đã sẵn sàng. Hãy xác minh email để bắt đầu."],
      "an official forwards by hand his own Canva welcome mail to a colleague: in her mailbox it is no trace of an "
      "account of hers, and he did not receive this copy", internal=True, rcpt_index=8, form="text", footer="")
    N(svc("Lâm Thị Bích", "bichlt.kg@gmail.com", "gmail.com", mta="mail-sor-f41.google.com", dkim="gmail.com",
          mid="<CA+{alnum40}@mail.gmail.com>"), "person-to-person", "none", "vi", "Hỏi về tài khoản Grab for Business",
      ["Anh Việt ơi, bên Sở anh dùng Grab for Business thế nào ạ? Em định đăng ký tài khoản cho phòng em.",
       "Anh gửi em hướng dẫn với nhé. Em cảm ơn."], "a person asks about a service account", rcpt_index=2, form="text",
      footer="")
    N(svc("Bùi Văn Tâm", "tambv@stttt.thaibinh.gov.vn", "thaibinh.gov.vn", mta="mailhub.thaibinh.gov.vn"),
      "person-to-person", "none", "en", "Re: Zalo OA password",
      ["Khoa, I reset the Zalo OA admin password this morning; the new one is in the shared drive.",
       "> Can you check why we cannot log in to the Zalo OA?"], "a colleague writes about a shared service account",
      internal=True, rcpt_index=0, form="text", footer="")

    # Cc'd copies of other people's bookings, forwards from personal boxes
    N(svc("Vietjet Air", "no-reply@vietjetair.com", "vietjetair.com", relay="sendgrid", web="www.vietjetair.com"),
      "cc-only", "transaction", "vi", "Xác nhận đặt chỗ Vietjet - {pnr}",
      ["Kính gửi Quý khách NGUYEN THI THU,", "Mã đặt chỗ: {pnr} · VJ{num3} Hà Nội - Tuy Hòa",
       "Hành khách: NGUYEN THI THU, BUI THI THU TRANG"],
      "someone's Vietjet booking To: her personal address with the official in Cc as fellow passenger",
      to_addr="thuthu.nguyen92@gmail.com", cc_official=True, rcpt_index=1)
    N(svc("Grab", "no-reply@grab.com", "grab.com", relay="sparkpost", web="www.grab.com"), "cc-only", "transaction",
      "en", "Your Grab E-Receipt",
      ["Hope you enjoyed your ride!", "Total paid: 186,000 VND · Profile: Business",
       "Shared with the expense contacts set by the rider."],
      "a colleague's Grab business receipt To: his own address, the official in Cc as the unit's expense contact",
      to_addr="hoangquan.hd@gmail.com", cc_official=True, rcpt_index=4)
    N(svc("Tiki", "no-reply@tiki.vn", "tiki.vn", relay="sendgrid", web="tiki.vn"), "forward-trap", "transaction", "vi",
      "Tiki: Đơn hàng {num9} đã được xác nhận",
      ["Chào {name},", "Đơn hàng {num9} của bạn đã được xác nhận.", "[button]Xem đơn hàng|https://tiki.vn/"
       "sales/order/history"], "Gmail auto-forward from the official's personal mailbox: the account is the personal "
      "one", gmail_forward=True, rcpt_index=0)
    N(svc("Booking.com", "noreply@booking.com", "booking.com", mta="mailout-{num3}-r{num2}.booking.com",
          ip="5.57.20.{oct}", web="secure.booking.com"), "forward-trap", "transaction", "en",
      "Your booking is confirmed at Lotus Hotel Hà Tĩnh",
      ["Thanks, Tài! Your booking in Hà Tĩnh is confirmed.", "Confirmation number: {num10}"],
      "Resent-* from the official's personal Outlook.com mailbox to his official mailbox: the account is the "
      "personal one", resent_personal=2, rcpt_index=7)


# ==========================================================================
# Phishing
# ==========================================================================

def phishing() -> None:
    P(svc("BIDV SmartBanking", "thongbao@bidv-smartbanking.com.vn", "bidv.com.vn", web="bidv-smartbanking.com.vn"),
      "lookalike-domain", "security_alert", "vi", "BIDV: Cập nhật sinh trắc học trước ngày 01/01/2026",
      ["Theo quy định mới, Quý khách cần cập nhật sinh trắc học để tiếp tục sử dụng SmartBanking.",
       "[button]Cập nhật ngay|https://bidv-smartbanking.com.vn/xac-thuc"],
      "BIDV look-alike on a .com.vn domain signed by itself (the biometric-update lure)")
    P(svc("Cổng Dịch vụ công Quốc gia", "hotro@dichvucong-vneid.com", "dichvucong.gov.vn", relay="sendgrid",
          web="dichvucong-vneid.com"), "lookalike-domain", "notification", "vi",
      "Hồ sơ hoàn thuế thu nhập cá nhân của bạn đã được duyệt",
      ["Kính gửi công dân,", "Hồ sơ hoàn thuế TNCN năm 2024 đã được duyệt. Đăng nhập tài khoản VNeID để nhận tiền.",
       "[button]Đăng nhập VNeID|https://dichvucong-vneid.com/dang-nhap"],
      "e-government lure: a look-alike of the national public-service portal via SendGrid")
    P(svc("Microsoft 365", "quota@m365-mailbox-storage.com", "microsoft.com", relay="mailgun",
          web="m365-mailbox-storage.com"), "lookalike-domain", "notification", "en", "Mailbox storage limit reached",
      ["Your mailbox {rcpt} has reached 99% of its storage limit.", "Incoming messages will be rejected.",
       "[button]Increase storage|https://m365-mailbox-storage.com/upgrade?u={rcpt}"],
      "Microsoft quota lure from a look-alike domain via Mailgun")
    P(svc("Tổng cục Thuế", "thongbao@thuedientu-gdt.com", "gdt.gov.vn", web="thuedientu-gdt.com"), "lookalike-domain",
      "notification", "vi", "Thong bao: Ma so thue ca nhan can cap nhat",
      ["Ma so thue cua ban can duoc cap nhat theo CCCD truoc ngay {day}.", "[button]Cap nhat"],
      "tax-authority lure without diacritics on a look-alike .com domain", auth="none", vi_form="ascii")
    P(svc("Vietcombank", "info@vcb-khachhang.com", "vietcombank.com.vn", relay="sendgrid", web="vcb-khachhang.com"),
      "brand-display-name", "security_alert", "vi", "Thông báo: Tài khoản của Quý khách bị tạm khóa",
      ["Tài khoản VCB Digibank của Quý khách bị tạm khóa do đăng nhập sai nhiều lần.", "[button]Mở khóa"],
      "Vietcombank in the display name of an unrelated .com domain via SendGrid")
    P(svc("Google Drive", "share@docsfile-online.net", "google.com", relay="brevo", web="docsfile-online.net"),
      "brand-display-name", "invitation", "vi", "\"Bảng lương tháng 12.xlsx\" đã được chia sẻ với bạn",
      ["Phòng Kế toán đã chia sẻ tệp với bạn.", "[button]Mở|https://docsfile-online.net/view?id={alnum16}"],
      "a Google Drive share imitation from a bulk-mailer domain")
    P(svc("Zalo Official", "cskh@zalo-chinhthuc.site", "zalo.me", web="zalo-chinhthuc.site"), "brand-display-name",
      "security_alert", "vi", "Xác minh tài khoản Zalo để tránh bị khóa",
      ["Tài khoản Zalo của bạn có dấu hiệu bất thường.", "[button]Xác minh"], "Zalo brand on a cheap TLD", auth="none")
    P(svc("PayPal", "service@paypal.com", "paypal.com", web="www.paypal.com"), "auth-fail", "transaction", "en",
      "You have a pending payment of $849.00",
      ["A payment of $849.00 is pending your confirmation.", "[button]Review payment"],
      "paypal.com From with DKIM failing and DMARC rejecting in the trusted results", auth="dmarc-fail")
    P(svc("Lazada", "info@mail.lazada.vn", "lazada.vn", web="www.lazada.vn"), "auth-fail", "transaction", "vi",
      "Bạn được hoàn tiền 1.250.000đ cho đơn hàng bị hủy",
      ["Nhấn vào liên kết để nhận hoàn tiền về thẻ ngân hàng.", "[button]Nhận hoàn tiền"],
      "mail.lazada.vn From whose DKIM fails", auth="dkim-fail")
    P(svc("Hỗ trợ Facebook", "hotro.facebook.vn2025@gmail.com", "facebook.com", mta="mail-sor-f41.google.com",
          dkim="gmail.com", mid="<CA+{alnum40}@mail.gmail.com>"), "freemail-brand", "security_alert", "vi",
      "Trang của bạn sẽ bị vô hiệu hóa trong 24 giờ",
      ["Trang của bạn bị báo cáo vi phạm bản quyền.", "Vui lòng gửi lại email đăng nhập và mật khẩu để kháng nghị."],
      "a Gmail sender claiming Facebook support")
    P(svc("EVN CSKH", "evn.cskh.hoantien@yahoo.com", "evn.com.vn", mta="sonic{num3}-{num2}.consmr.mail.sg3.yahoo.com",
          ip="106.10.{oct}.{oct2}", dkim="yahoo.com", mid="<{num10}.{num7}@mail.yahoo.com>"), "freemail-brand",
      "transaction", "vi", "Hoàn tiền điện do tính sai chỉ số",
      ["Quý khách được hoàn 418.000đ tiền điện tháng 10.", "Vui lòng cung cấp số tài khoản và mã OTP để nhận tiền."],
      "a Yahoo sender claiming EVN customer care")
    P(svc("Microsoft 365", "admin@thcs-tanthanh.edu.vn", "microsoft.com", relay="sendgrid",
          web="thcs-tanthanh.edu.vn"), "compromised-domain", "security_alert", "en", "Password expiry notice",
      ["The password for {rcpt} expires today.", "Keep your current password to avoid losing access.",
       "[button]Keep same password|https://url{num4}.thcs-tanthanh.edu.vn/ls/click?upn={b64u60}"],
      "a school's real .edu.vn domain, DKIM passing through SendGrid, sends a Microsoft password lure",
      track="sendgrid")
    P(svc("Booking.com", "reservations@khachsanbienxanh.com.vn", "booking.com", relay="sendgrid",
          web="khachsanbienxanh.com.vn"), "compromised-domain", "transaction", "en",
      "Guest complaint about your reservation - action required",
      ["A guest has reported an issue with your stay.", "Confirm your card to avoid cancellation of booking {num10}.",
       "[button]View complaint"], "a hotel's real domain with passing authentication sends a Booking.com lure")
    P(svc("Cục Thuế", "thongbao.thue@gmail.com", "gdt.gov.vn", mta="mail-sor-f41.google.com", dkim="gmail.com",
          mid="<CA+{alnum40}@mail.gmail.com>"), "freemail-brand", "notification", "vi",
      "Thông báo quyết toán thuế TNCN năm 2025",
      ["Cơ quan thuế thông báo ông/bà cần hoàn tất quyết toán.", "Tải biểu mẫu tại liên kết đính kèm và đăng nhập "
       "tài khoản thuế điện tử để xác nhận."], "a Gmail sender claiming the tax authority")


# ==========================================================================
# Weak: newsletters and promotions to subscribers
# ==========================================================================

def weak() -> None:
    W(svc("Pharmacity", "khuyenmai@pharmacity.vn", "pharmacity.vn", relay="ses-custom", web="www.pharmacity.vn"),
      "promotion", "newsletter", "vi", "Tuần lễ vàng: giảm 30% vitamin và thực phẩm chức năng",
      ["Ưu đãi đến 30% cho thành viên.", "[button]Mua ngay"], "Pharmacity promotion with a members' footer",
      list_headers="both", footer="Bạn nhận được email này vì bạn có tài khoản tại Pharmacity. Hủy đăng ký nhận tin.")
    W(svc("Galaxy Cinema", "news@galaxycine.vn", "galaxycine.vn", relay="sendgrid", web="www.galaxycine.vn"),
      "newsletter", "newsletter", "vi", "Phim hay tháng 12 tại Galaxy Cinema",
      ["Lịch chiếu phim tháng 12.", "[button]Đặt vé"], "Galaxy Cinema monthly film newsletter", list_headers="sendgrid",
      track="sendgrid")
    W(svc("Booking.com", "email.campaign@sg.booking.com", "booking.com", relay="", mta="mailout-{num3}-r{num2}.booking"
          ".com", ip="5.57.20.{oct}", web="www.booking.com"), "promotion", "newsletter", "en",
      "Genius deals for your next trip, {name}",
      ["Save 10% or more at thousands of properties with Genius.", "[button]See deals"],
      "Booking.com Genius promotion with the account footer", list_headers="web",
      footer="You received this email because you have a Booking.com account. Unsubscribe.")
    W(svc("Medium Daily Digest", "noreply@medium.com", "medium.com", relay="sendgrid", web="medium.com"), "newsletter",
      "newsletter", "en", "Stories for you: The quiet power of public data",
      ["Today's highlights", "The quiet power of public data · 6 min read", "[button]Read more"],
      "Medium Daily Digest of recommended stories", list_headers="sendgrid")
    W(svc("Steam", "noreply@steampowered.com", "steampowered.com", relay="", mta="smtp-{num2}-sea1.steampowered.com",
          ip="208.64.202.{oct}", web="store.steampowered.com"), "promotion", "newsletter", "en",
      "An item on your Steam wishlist is on sale!",
      ["Hi {user},", "Cities: Skylines II is now 50% off.", "[button]View on Steam",
       "You are receiving this email because you have added items to your wishlist."],
      "Steam wishlist sale notice: a promotion", list_headers="web")
    W(svc("Unica", "khuyenmai@unica.vn", "unica.vn", relay="mailgun", web="unica.vn"), "promotion", "newsletter", "vi",
      "Flash sale khóa học chỉ từ 99K",
      ["Hơn 500 khóa học đồng giá 99K trong 48 giờ.", "[button]Săn khóa học"], "Unica course sale",
      list_headers="both", track="mailgun")
    W(svc("ACB", "khuyenmai@acb.com.vn", "acb.com.vn", relay="ses-custom", web="www.acb.com.vn"), "promotion",
      "newsletter", "vi", "Hoàn tiền 20% khi thanh toán bằng thẻ ACB Visa",
      ["Ưu đãi dành cho chủ thẻ ACB tháng 12.", "[button]Xem chi tiết"], "ACB card promotion", list_headers="web",
      vi_form="nfd")
    W(svc("Nguyễn Kim", "khuyenmai@nguyenkim.com", "nguyenkim.com", relay="sendgrid", web="www.nguyenkim.com"),
      "promotion", "newsletter", "vi", "Sale cuối năm: máy lọc nước giảm đến 40%",
      ["Giá sốc cuối năm cho khách hàng thân thiết.", "[button]Mua ngay"], "Nguyễn Kim year-end sale",
      list_headers="sendgrid", footer="Quý khách nhận thư này vì đã có tài khoản tại nguyenkim.com.")
    W(LI_MSG | {"sender": "news@linkedin.com", "display": "LinkedIn Learning"}, "newsletter", "newsletter", "en",
      "New courses picked for you this week",
      ["Based on your skills: Public Policy Analysis, Data Visualization.", "[button]Start learning"],
      "LinkedIn Learning course recommendations", li=("LEARNING", "learning_weekly_recs_01"), list_headers="li")
    W(svc("Strava", "no-reply@strava.com", "strava.com", relay="sparkpost", web="www.strava.com"), "promotion",
      "newsletter", "en", "Join the December Running Challenge",
      ["Run 100 km in December and earn a digital badge.", "[button]Join challenge"],
      "Strava challenge promotion", list_headers="web")


# ==========================================================================
# Building the messages
# ==========================================================================
# The filler, footers, link tracking and renderer are fresh5's, read-only
# (as fresh3 reads fresh2's); only the receiving servers are this split's.
from fresh5 import FOOTERS_EN, FOOTERS_VI, NO_FOOTER, VI_FORMS, Filler, render, tracked  # noqa: E402,F401


def server_for(addr: str) -> tuple[str, str]:
    dom = addr.split("@")[1]
    prov = ".".join(dom.split(".")[-3:])
    return SERVERS[prov]


def auth_lines(g, style: str, authserv: str, auth: str, dkim_d: str, extra_d: list[str], fdom: str, spf_dom: str,
               host: str, ip: str, rp: str) -> list[str]:
    G = g.G
    org = g.reg(fdom)
    if style == "combined" or auth == "dkim-other":
        return [g.fold("Authentication-Results", fresh2.auth_results(g, authserv, auth, dkim_d, fdom, spf_dom))]
    dk, spf, dm = {"pass": ("pass", "pass", "pass"), "none": ("none", "none", "none"),
                   "dkim-fail": ("fail", "softfail", "fail"), "dmarc-fail": ("none", "fail", "fail")}[auth]
    policy = "p=reject dis=none" if dm == "pass" else ("p=reject dis=reject" if dm == "fail" else "p=none dis=none")
    out = []
    if style == "rspamd":
        # rspamd writes one header with every method, the SPF explanation in a comment.
        parts = []
        if dk == "pass":
            parts += [f"dkim=pass header.d={d} header.s=s{G.randint(1, 2)} header.b={G.alnum(8)}"
                      for d in [dkim_d] + extra_d]
        elif dk == "fail":
            parts.append(f"dkim=fail (\"headers rsa verify failed\") header.d={dkim_d} header.s=s1 "
                         f"header.b={G.alnum(8)}")
        else:
            parts.append("dkim=none")
        mf = rp or f"postmaster@{host}"
        if spf == "pass":
            parts.append(f"spf=pass ({authserv}: domain of {mf} designates {ip} as permitted sender) "
                         f"smtp.mailfrom={mf}")
        elif spf == "none":
            parts.append(f"spf=none ({authserv}: domain of {mf} has no SPF policy when checking {ip}) "
                         f"smtp.mailfrom={mf}")
        else:
            parts.append(f"spf={spf} ({authserv}: domain of {mf} does not designate {ip} as permitted sender) "
                         f"smtp.mailfrom={mf}")
        if dm == "pass":
            parts.append(f"dmarc=pass (policy=reject) header.from={org}")
        elif dm == "fail":
            parts.append(f"dmarc=reject reason=\"SPF not aligned (relaxed), DKIM not aligned (relaxed)\" "
                         f"header.from={org} (policy=reject)")
        else:
            parts.append(f"dmarc=none header.from={org}")
        out.append(g.fold("Authentication-Results", f"{authserv}; " + "; ".join(parts)))
        out.append(f"X-Rspamd-Queue-Id: {G.hexs(10).upper()}")
        out.append(f"X-Rspamd-Server: {authserv.split('.')[0]}")
        return out
    if style == "amavis":
        ds = [dkim_d] + extra_d if dk == "pass" else [dkim_d]
        for d in ds:
            if dk == "pass":
                out.append(g.fold("Authentication-Results", f"{authserv} (amavisd-new); dkim=pass (2048-bit key) "
                                  f"header.d={d}"))
            elif dk == "fail":
                out.append(g.fold("Authentication-Results", f"{authserv} (amavisd-new); dkim=fail (2048-bit key) "
                                  f"reason=\"fail (body has been altered)\" header.d={d}"))
        out.append(g.fold("Authentication-Results", f"{authserv}; dmarc={dm} ({policy}) header.from={org}"))
    else:  # OpenDKIM, OpenDMARC and policyd-spf, each its own header
        out.append(g.fold("Authentication-Results", f"{authserv}; dmarc={dm} ({policy}) header.from={org}"))
        if dk == "pass":
            for d in [dkim_d] + extra_d:
                out.append(g.fold("Authentication-Results",
                                  f"{authserv}; dkim=pass (2048-bit key; unprotected) header.d={d} header.i=@{d} "
                                  f"header.a=rsa-sha256 header.s=s{G.randint(1, 2)} header.b={G.alnum(8)}"))
        elif dk == "fail":
            out.append(g.fold("Authentication-Results", f"{authserv}; dkim=fail reason=\"signature verification "
                              f"failed\" (2048-bit key; unprotected) header.d={dkim_d} header.b={G.alnum(8)}"))
        else:
            out.append(f"Authentication-Results: {authserv}; dkim=none")
    spf_word = {"pass": "Pass", "none": "None", "softfail": "Softfail", "fail": "Fail"}[spf]
    out.append(g.fold("Received-SPF", f"{spf_word} (mailfrom) identity=mailfrom; client-ip={ip}; helo={host}; "
                      f"envelope-from={rp or '<>'}; receiver={authserv}"))
    return out


def feedback_id(g, spec: str, s: dict, fill: Filler, lang: str, meta_type: str) -> list[str]:
    G = g.G
    if spec == "none":
        return []
    if spec.startswith("ses:"):
        tags = spec.split(":")[1:]
        return [f"Feedback-ID: {':'.join(tags)}:1.{s['region']}.{G.alnum(43)}=:AmazonSES"]
    if spec == "mailgun":
        return [f"X-Feedback-Id: postmaster@mg.{g.reg(s['sender'].split('@')[1])}::{G.hexs(24)}:mailgun"]
    if spec == "google":
        return [f"Feedback-ID: P-10-0:C{G.digits(8)}:M{G.digits(9)}-{lang}:gamma"]
    if spec == "proton":
        return [f"Feedback-ID: {G.b64(64).rstrip('=')}==:Ext:ProtonMail"]
    if spec == "meta":
        return [f"Feedback-ID: {G.digits(4)}:{meta_type}:Facebook"]
    if spec.startswith("gm:"):
        return ["Feedback-ID: " + fill(spec[3:])]
    raise ValueError(spec)


def list_headers5(g, kind: str, s: dict, rcpt: str) -> list[str]:
    G = g.G
    fdom = s["sender"].split("@")[1]
    if kind == "web":
        lu = f"<https://{s['web']}/email/unsubscribe?u={G.alnum(32)}>"
    elif kind == "sendgrid":
        lu = f"<https://u{G.digits(8)}.ct.sendgrid.net/lu/unsubscribe?oc=u001.{G.alnum(40)}>"
    elif kind == "mailchimp":
        lu = (f"<https://{g.reg(fdom).split('.')[0]}.us{G.randint(2, 21)}.list-manage.com/unsubscribe?u={G.hexs(25)}"
              f"&id={G.hexs(10)}&e={G.hexs(10)}>, <mailto:unsubscribe-mc.us{G.randint(2, 21)}_{G.hexs(25)}@"
              f"unsubscribe.mailchimpapp.net>")
    elif kind == "fb":
        lu = (f"<https://www.facebook.com/o.php?k={G.alnum(20)}&u={G.digits(15)}&mid={G.hexs(13)}&ee="
              f"{urllib.parse.quote(rcpt, safe='')}>")
    elif kind == "li":
        lu = (f"<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_"
              f"{G.alnum(18)}&midToken=AQ{G.alnum(12)}&trk=eml-unsub-0-unsub&eid={G.alnum(6)}-{G.alnum(8)}-{G.alnum(2)}>")
    else:  # both
        lu = f"<mailto:unsubscribe+{G.hexs(20)}@{fdom}>, <https://{s['web']}/unsubscribe/{G.alnum(24)}>"
    out = [f"List-Unsubscribe: {lu}"]
    if kind != "mailchimp" or G.randint(0, 1):
        out.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    return out


def dsn6(g, m: dict, rcpt: str, rcpt_name: str, date: str, authserv: str) -> bytes:
    """Bounces of the official's own mail: Exim (text/plain, the message inline) and Postfix (multipart/report)."""
    G = g.G
    kind, dsn_to = m["dsn"], m["dsn_to"]
    sender = m["svc"]["sender"]
    host = sender.split("@")[1]
    orig_date = G.date()[0]
    local, rdom = rcpt.split("@")
    mid = f"{G.hexs(8)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(12)}@{rdom}"
    head = (f"Return-Path: <{rcpt}>\nFrom: {g.display(rcpt_name, rcpt)}\nTo: <{dsn_to}>\n"
            f"Subject: {g.encode_header_text(m['dsn_subject'], 'b')}\nDate: {orig_date}\nMessage-ID: <{mid}>\n"
            "MIME-Version: 1.0\nUser-Agent: Mozilla Thunderbird\n"
            "Content-Type: text/plain; charset=utf-8; format=flowed\nContent-Transfer-Encoding: 8bit\n")
    if kind == "exim":
        body = ("Nam ơi, anh chuyển thư Lazada để em lấy mã giới thiệu nhé.\n\n"
                "-------- Forwarded Message --------\n"
                f"Return-Path: <msprvs1=20{G.digits(3)}{G.alnum(10)}=bounces-{G.digits(6)}@sparkpostmail{G.digits(1)}.com>\n"
                "From: Lazada <info@mail.lazada.vn>\n"
                f"To: {rcpt}\nSubject: Chào mừng bạn đến với Lazada!\n\n"
                "Chào mừng bạn đến với Lazada! Tài khoản của bạn đã được tạo thành công.\n"
                f"https://www.lazada.vn/customer/account/?spm={G.alnum(20)}\n")
        rhost = dsn_to.split("@")[1]
        text = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n"
                f"  {dsn_to}\n    host mx.{rhost} [103.{G.randint(1, 250)}.{G.randint(1, 250)}.{G.randint(1, 250)}]\n"
                f"    SMTP error from remote mail server after RCPT TO:<{dsn_to}>:\n"
                f"    550 5.1.1 <{dsn_to}>: Recipient address rejected: User unknown in virtual mailbox table\n\n"
                "------ This is a copy of the message, including all the headers. ------\n\n")
        orig = head.replace("Return-Path: <", "Return-path: <") + "\n" + body
        lines = ["Return-Path: <>", f"Delivered-To: {rcpt}", fresh2.local_received(authserv, rcpt, date, G),
                 f"Received: from Debian-exim by {authserv} with local (Exim 4.96)\r\n\tid 1v{G.alnum(5)}-00{G.digits(4)}"
                 f"-{G.alnum(2)}\r\n\tfor {rcpt}; {date}",
                 f"X-Failed-Recipients: {dsn_to}", "Auto-Submitted: auto-replied",
                 f"From: Mail Delivery System <{sender}>", f"To: {rcpt}", f"Subject: {m['subject']}",
                 f"Message-Id: <E1v{G.alnum(5)}-00{G.digits(4)}-{G.alnum(2)}@{authserv}>", f"Date: {date}",
                 "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        return "\r\n".join(lines).encode() + b"\r\n\r\n" + (text + orig).replace("\n", "\r\n").encode()
    # postfix-colleague: mailbox full at a colleague of another unit
    body = ("Anh Lâm ơi, em chuyển anh thư chào mừng Shopee để anh xem phần mã giới thiệu cho Sở.\n\n"
            "-------- Forwarded Message --------\n"
            f"Return-Path: <bounce+{G.hexs(6)}.{G.hexs(6)}-{local}={rdom}@mg.shopee.vn>\n"
            "From: Shopee <info@mail.shopee.vn>\n"
            f"To: {rcpt}\nSubject: Chào mừng bạn đến với Shopee\n\n"
            "Chào mừng bạn đến với Shopee! Xác minh email để nhận voucher thành viên mới.\n"
            f"Tài khoản: {local}{G.randint(10, 99)}\n")
    status, diag = "5.2.2", (f"host mail.hatinh.gov.vn[10.{G.randint(1, 30)}.1.5] said: 552 5.2.2 <{dsn_to}>: "
                              "Mailbox full (in reply to RCPT TO command)")
    orig = head + "\n" + body
    text = (f"This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your message "
            "could not\nbe delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\ndelete your own text from the attached "
            f"returned message.\n\n                   The mail system\n\n<{dsn_to}>: {diag}\n")
    status_part = (f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {G.alnum(10).upper()}\n"
                   f"X-Postfix-Sender: rfc822; {rcpt}\nArrival-Date: {orig_date}\n\n"
                   f"Final-Recipient: rfc822; {dsn_to}\nOriginal-Recipient: rfc822;{dsn_to}\nAction: failed\n"
                   f"Status: {status}\nRemote-MTA: dns; mail.hatinh.gov.vn\nDiagnostic-Code: smtp; 552 5.2.2 "
                   f"<{dsn_to}>: Mailbox full\n")
    queue = G.alnum(10).upper()
    boundary = f"{queue}.{G.digits(10)}/{host}"
    lines = ["Return-Path: <>", f"Delivered-To: {rcpt}", fresh2.local_received(authserv, rcpt, date, G),
             f"Received: by {host} (Postfix)\r\n\tid {queue}; {date}",
             f"Date: {date}", f"From: MAILER-DAEMON@{host} (Mail Delivery System)", f"Subject: {m['subject']}",
             f"To: {rcpt}", "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
             f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{boundary}"',
             "Content-Transfer-Encoding: 8bit", f"Message-Id: <{G.digits(14)}.{queue}@{host}>"]
    parts = [("text/plain; charset=us-ascii", "Content-Description: Notification\n", text),
             ("message/delivery-status", "Content-Description: Delivery report\n", status_part),
             ("message/rfc822", "Content-Description: Undelivered Message\n", orig)]
    chunks = ["\r\n".join(lines).encode(), b"\r\n\r\nThis is a MIME-encapsulated message.\r\n\r\n"]
    for ctype, extra, content in parts:
        chunks.append(f"--{boundary}\r\n{extra.replace(chr(10), chr(13) + chr(10))}Content-Type: {ctype}\r\n"
                      "Content-Transfer-Encoding: 8bit\r\n\r\n".encode())
        chunks.append(content.replace("\n", "\r\n").encode())
        chunks.append(b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks)


def expand(g) -> list:
    """Builds every fresh6 message: a list of (generate.Spec, bytes)."""
    accounts()
    nones()
    phishing()
    weak()
    g.G = g.Gen(FRESH6_SEED)
    G = g.G
    out = []
    counter = 0
    vi_count = 0
    for m in MESSAGES:
        s = dict(m["svc"])
        idx = m["rcpt_index"] if "rcpt_index" in m else counter % len(OFFICIALS)
        if "rcpt_index" not in m:
            counter += 1
        name, official = OFFICIALS[idx]
        lang = m["lang"]
        vi = m.get("vi_form")
        if lang == "vi" and not vi:
            vi = VI_FORMS[vi_count % 3]
            vi_count += 1
        rcpt_name = name if G.randint(0, 2) else ""
        local, rdom = official.split("@")
        v = g.variables(official, name)
        v["full"] = name
        v["local"], v["rdom"] = local, rdom
        fill = Filler(G, v)
        for k in ("sender", "mta", "mid", "rp", "ip", "display"):
            s[k] = fill(s[k]) if s[k] else s[k]
        sender = s["sender"]
        fdom = sender.split("@")[1]
        traits: list[str] = []
        spec = g.Spec(svc=g.Svc(name=s["name"], sender=sender, domain=s["domain"], display=s["display"],
                                dkim=s["dkim"], relay=s["relay"], mta=s["mta"]),
                      expect=m["expect"], cause=m["cause"], event=m["event"], lang=lang,
                      subject=m["subject"], paragraphs=[], reason=m["reason"], split=SPLIT)
        spec.rcpt = official
        address, recipients, owner = official, [official], None
        to_addr, delivered = official, official
        extra_pre: list[str] = []
        cc_line = ""
        if m.get("alias"):
            to_addr, address, recipients, owner = SHARED, SHARED, [SHARED, official], official
            extra_pre.append(f"X-Original-To: {SHARED}")
            traits.append("alias:virtual")
        if m.get("cc"):
            others = [OFFICIALS[i][1] for i in m["cc"]]
            cc_line = ", ".join(others)
            recipients = [official] + others
            if m.get("owner_cc"):
                owner, delivered = others[0], others[0]
            traits.append("cc-official")
        if m.get("to_addr"):
            to_addr = m["to_addr"]
            if m.get("cc_official"):
                cc_line = official
                traits.append("cc-only")
        to_extra = [OFFICIALS[i][1] for i in m.get("to_extra", [])]
        if to_extra:
            recipients = [official] + to_extra
            traits.append("several-official-recipients")
        resent_to = srs_to = None
        if m.get("resent_to") is not None:
            resent_to = OFFICIALS[m["resent_to"]][1]
            recipients, owner, delivered = [official, resent_to], resent_to, resent_to
            traits.append("resent")
        if m.get("srs_to") is not None:
            srs_to = OFFICIALS[m["srs_to"]][1]
            recipients, owner, delivered = [official, srs_to], srs_to, srs_to
            extra_pre.append(f"X-Original-To: {official}")
            traits.append("srs:official")
        if m.get("subaddr"):
            to_addr = f"{local}+{m['subaddr']}@{rdom}"
            recipients, owner = [to_addr, official], official
            traits.append("subaddress")
        personal = None
        if m.get("gmail_forward"):
            personal = PERSONAL[0]
            to_addr, recipients = personal, []
            traits.append("gmail-forward")
        presend = None
        if m.get("resent_personal") is not None:
            presend = PERSONAL[m["resent_personal"]]
            to_addr, recipients = presend, []
            traits.append("resent-personal")
        v.update(rcpt=to_addr, masked=g.masked(to_addr))
        fill.v.update(rcpt=to_addr if not m.get("cc_official") else official, masked=g.masked(to_addr))
        date, ts = G.date()
        authserv, style = server_for(delivered)
        subject = fill(m["subject"])
        paras = [fill(p) for p in m["paras"]]
        if lang == "vi":
            subject = g.vi_form(subject, vi)
            paras = [g.vi_form(p, vi) for p in paras]
            traits.append("vi:" + vi)

        if m.get("dsn"):
            raw = dsn6(g, m, official, name, date, authserv)
            spec.traits = [f"dsn:{m['dsn']}"] + traits
            spec.address, spec.recipients, spec.owner = address, recipients, owner
            spec.slug = g.slugify(f"{g.reg(fdom).split('.')[0]}-{m['cause']}")
            out.append((spec, raw))
            continue

        relay = s["relay"]
        rp = fresh4.relay_parts(g, spec.svc, to_addr, relay)
        if not relay:
            if s["rp"]:
                rp["return_path"] = s["rp"]
            if s["ip"]:
                rp["ip"] = s["ip"]
            if s["mta"]:
                rp["host"] = s["mta"]
        if s["mid"]:
            rp["message_id"] = s["mid"].strip("<>")
        if relay in ("ses", "ses-custom"):
            rp["extra"] = [h.replace("us-east-1", s["region"]) for h in rp["extra"]]
            rp["message_id"] = rp["message_id"].replace("email.amazonses.com", f"{s['region']}.amazonses.com")
            if relay == "ses":
                rp["return_path"] = rp["return_path"].replace("@amazonses.com", f"@{s['region']}.amazonses.com")
                rp["host"] = rp["host"].replace("smtp-out.amazonses.com", f"smtp-out.{s['region']}.amazonses.com")
        return_path = rp["return_path"]
        if m.get("verp") == "xenforo":
            return_path = f"bounce+{G.hexs(8)}+{to_addr.split('@')[0]}={to_addr.split('@')[1]}@{fdom}"
            traits.append("verp:xenforo")
        elif m.get("verp") == "discourse":
            return_path = f"{sender.split('@')[0]}+verp-{G.hexs(32)}@{fdom}"
            traits.append("verp:discourse")
        if presend:
            return_path = presend
        if resent_to:
            return_path = official
        if srs_to:
            sl, sd = sender.split("@")
            return_path = f"SRS0={G.alnum(4)}={G.alnum(2).upper()}={sd}={sl}@{rdom}"
        auth = m.get("auth", "pass")
        dkim_d = s["dkim"] or g.reg(fdom)
        extra_d = [s["dkim2"]] if s["dkim2"] else list(rp["dkim_extra"])
        spf_dom = rp["spf_domain"]
        if auth == "dkim-other":
            spf_dom = f"mailer{G.digits(2)}.bulk-notify.click"

        lines: list[str] = []
        if personal:
            tlocal, tdom = official.split("@")
            lines.append(f"Return-Path: <{personal.split('@')[0]}+caf_={tlocal}={tdom}@gmail.com>")
            lines.append(f"Delivered-To: {official}")
            lines.append(fresh2.local_received(authserv, official, date, G))
            lines.append(g.fold("Authentication-Results",
                                f"{authserv}; dkim=pass header.d={dkim_d}; spf=pass smtp.mailfrom=gmail.com; "
                                f"arc=pass (i=1 spf=pass dkim=pass dmarc=pass fromdomain={g.reg(fdom)}); "
                                f"dmarc=pass header.from={g.reg(fdom)}"))
            lines.append(f"Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])\r\n"
                         f"\tby {authserv} (Postfix) with ESMTPS id {G.alnum(11).upper()}\r\n\tfor <{official}>; {date}")
            lines.append(f"X-Forwarded-To: {official}")
            lines.append(f"X-Forwarded-For: {personal} {official}")
            lines.append(f"Delivered-To: {personal}")
            lines.append(f"Received: from {rp['host']} ({rp['host']} [{rp['ip']}])\r\n"
                         f"\tby mx.google.com with ESMTPS id {G.alnum(10, False)}.{G.digits(3)}\r\n\tfor <{personal}>; {date}")
        else:
            lines.append(f"Return-Path: <{return_path}>")
            lines.append(f"Delivered-To: {delivered}")
            lines.extend(extra_pre)
            lines.append(fresh2.local_received(authserv, delivered, date, G))
            if m.get("spam") and style == "rspamd":
                lines.append(f"X-Spam: Yes\r\nX-Spamd-Bar: {'+' * int(float(m['spam']))}\r\nX-Rspamd-Action: add header")
                lines.append(g.fold("X-Spamd-Result", f"default: False [{m['spam']} / 15.00]; "
                                    "ABUSE_SURBL(5.50)[storage-alerts.net:url]; FROM_NEQ_ENVFROM(0.10)[]; "
                                    "R_DKIM_ALLOW(-0.20)[storage-alerts.net:s=s1]; MIME_GOOD(-0.10)[multipart/alternative]"))
                traits.append("spam-flag")
            elif m.get("spam"):
                lines.append(f"X-Spam-Flag: YES\r\nX-Spam-Score: {m['spam']}\r\nX-Spam-Level: {'*' * int(float(m['spam']))}")
                lines.append(g.fold("X-Spam-Status", f"Yes, score={m['spam']} tagged_above=-10 required=6.2 "
                                    "tests=[BAYES_99=3.5, HTML_MESSAGE=0.001, URIBL_DBL_PHISH=2.5, "
                                    "FROM_SUSPICIOUS_NTLD=0.5] autolearn=spam autolearn_force=no"))
                traits.append("spam-flag")
            elif style == "amavis":
                lines.append("X-Spam-Flag: NO\r\nX-Spam-Score: -0.11\r\nX-Spam-Level: ")
                lines.append(g.fold("X-Spam-Status", "No, score=-0.11 tagged_above=-10 required=6.2 "
                                    "tests=[DKIM_SIGNED=0.1, DKIM_VALID=-0.1, DKIM_VALID_AU=-0.1, HTML_MESSAGE=0.001, "
                                    "SPF_PASS=-0.001] autolearn=ham autolearn_force=no"))
            if style == "amavis":
                lines.append(f"X-Virus-Scanned: amavisd-new at {'.'.join(authserv.split('.')[1:])}")
            if m.get("internal"):
                lines.append(g.fold("Authentication-Results", f"{authserv}; dkim=pass (1024-bit key) "
                                    f"header.d={g.reg(fdom)}; dmarc=pass header.from={g.reg(fdom)}"))
            else:
                lines.extend(auth_lines(g, style, authserv, auth, dkim_d, extra_d if auth == "pass" else [], fdom,
                                        spf_dom, rp["host"], rp["ip"], return_path))
                traits.append("auth-style:" + style)
            if resent_to or srs_to:
                hop = server_for(official)[0]
                lines.append(f"Received: from {hop} ({hop} [113.160.{G.randint(1, 250)}.{G.randint(1, 250)}])\r\n"
                             f"\tby {authserv} (Postfix) with ESMTPS id {G.alnum(11).upper()}\r\n\tfor <{delivered}>; {date}")
            by = server_for(official)[0] if (resent_to or srs_to) else authserv
            if presend:
                ohost = f"mail-sgaapc01olkn20{G.randint(10, 99)}.outbound.protection.outlook.com"
                lines.append(f"Received: from {ohost} ({ohost} [40.92.{G.randint(1, 250)}.{G.randint(1, 250)}])\r\n"
                             f"\tby {authserv} (Postfix) with ESMTPS id {G.alnum(11).upper()}\r\n\tfor <{official}>; {date}")
                by = ohost
            if m.get("internal"):
                lines.append(f"Received: from [10.{G.randint(1, 30)}.{G.randint(1, 250)}.{G.randint(1, 250)}] "
                             f"(unknown)\r\n\tby {s['mta'] or by} (Postfix) with ESMTPSA id {G.alnum(11).upper()}; {date}")
            else:
                lines.append(f"Received: from {rp['host']} ({rp['host']} [{rp['ip']}])\r\n"
                             f"\tby {by} (Postfix) with ESMTPS id {G.alnum(11).upper()}\r\n\tfor <{to_addr}>; {date}")
        if auth not in ("none", "dmarc-fail"):
            d = spf_dom if auth == "dkim-other" else dkim_d
            lines.append(g.dkim_header(d, G.choice(["s1", "s2", "selector1", "k1", "google", "d2048-202308-00"]), ts))
            if auth == "pass":
                for d2 in extra_d:
                    lines.append(g.dkim_header(d2, G.choice(["smtpapi", "224i4yxa5dv7c2xz3womw6peuasteono", "mte1"]), ts))
        lines.append(f"From: {g.display(s['display'], sender, 'b')}")
        if m.get("to_header"):
            lines.append(f"To: {m['to_header']}")
            traits.append("undisclosed-recipients")
        else:
            tos = [to_addr] + to_extra
            nm = rcpt_name if to_addr == official else ""
            first = g.display(nm, to_addr, 'b') if nm else to_addr
            lines.append("To: " + ", ".join([first] + to_extra))
        if cc_line:
            lines.append(f"Cc: {cc_line}")
        if resent_to:
            lines += [f"Resent-From: {official}", f"Resent-To: {resent_to}", f"Resent-Date: {date}",
                      f"Resent-Message-ID: <{G.hexs(20)}@{rdom}>"]
        if presend:
            lines += [f"Resent-From: {presend}", f"Resent-To: {official}", f"Resent-Date: {date}",
                      f"Resent-Message-ID: <{G.alnum(20)}@{presend.split('@')[1]}>"]
        lines.append("Subject: " + g.encode_header_text(subject, "b" if G.randint(0, 1) else "q"))
        lines.append(f"Date: {date}")
        lines.append(f"Message-ID: <{rp['message_id']}>")
        lines.append("MIME-Version: 1.0")
        if m.get("meta"):
            lines += ["X-Priority: 3", "X-Mailer: ZuckMail [version 1.00]", f"X-Facebook-Camp: {m['meta']}",
                      f"X-Facebook-Notify: {m['meta']}; mailid={G.hexs(30)}",
                      f"Errors-To: {return_path}", "X-FACEBOOK-PRIORITY: 0", "X-Auto-Response-Suppress: All"]
            traits.append("meta-headers")
        if m.get("li"):
            lines += [f"X-LinkedIn-Class: {m['li'][0]}", f"X-LinkedIn-Template: {m['li'][1]}",
                      f"X-LinkedIn-fbl: m2-{G.alnum(60).lower()}", f"X-LinkedIn-Id: {G.alnum(6).lower()}-"
                      f"{G.alnum(8).lower()}-{G.alnum(2).lower()}"]
            traits.append("linkedin-headers")
        if m.get("autoreply"):
            lines += ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: bulk"]
        if m.get("mailman"):
            lines += ["X-BeenThere: cds-laocai@lists.laocai.gov.vn", "X-Mailman-Version: 2.1.29",
                      "Precedence: list", "List-Id: <cds-laocai.lists.laocai.gov.vn>",
                      "List-Post: <mailto:cds-laocai@lists.laocai.gov.vn>",
                      "List-Unsubscribe: <http://lists.laocai.gov.vn/mailman/options/cds-laocai>, "
                      "<mailto:cds-laocai-request@lists.laocai.gov.vn?subject=unsubscribe>",
                      f"Errors-To: {return_path}", f"Sender: \"Cds-laocai\" <{return_path}>"]
            traits.append("mailman-verp")
        for h in s.get("xmailer", []) + m.get("extra", []):
            lines.append(fill(h))
        if m.get("internal") and not m.get("mailman"):
            lines.append("X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4546)")
        if m.get("list_headers"):
            lines.extend(list_headers5(g, m["list_headers"], s, to_addr))
            traits.append("list-headers:" + m["list_headers"])
        fb = m.get("fbid")
        if fb is None and m.get("meta"):
            fb = "meta"
        if fb is not None:
            rp["extra"] = [h for h in rp["extra"] if not h.startswith("Feedback-ID")]
            lines.extend(feedback_id(g, fb, s, fill, lang, m.get("meta", "")))
            traits.append("feedback-id:" + fb.split(":")[0])
        elif any(h.startswith("Feedback-ID") for h in rp["extra"]):
            traits.append("feedback-id:relay")
        lines.extend(rp["extra"])

        # Body
        no_footer = m["cause"] in NO_FOOTER or m.get("internal") or m.get("autoreply")
        if m.get("calendar"):
            form = "html+text"
        elif no_footer:
            form = m.get("form") or G.choice(["text", "text", "html+text"])
        else:
            form = m.get("form") or G.choice(["html+text", "html+text", "html", "text", "related"])
        cte = m.get("cte") or G.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])
        if m.get("footer") is not None:
            footer = fill(m["footer"])
        elif no_footer:
            footer = ""
        elif m.get("to_header"):
            footer = f"© 2025 {s['name']}."
        else:
            pool = FOOTERS_VI if lang == "vi" else FOOTERS_EN
            footer = pool[G.randint(0, 3)].format(svc=s["name"], rcpt=to_addr)
        if lang == "vi":
            footer = g.vi_form(footer, vi)
        if relay:
            traits.insert(0, f"relay:{relay}")
        if auth != "pass":
            traits.append("auth:" + auth)
        if m.get("track"):
            traits.append("links:" + m["track"])
        traits.append("body:" + form)
        traits.append("cte:" + cte)
        if m.get("calendar"):
            traits.append("text-calendar")
        page, text = render(g, paras, subject, footer, m, s, to_addr, fill, form == "ckeditor")
        if m.get("tables") and form != "text":
            page = fresh3.layout_tables(page)
            traits.append("html-layout-tables")
        if form == "text":
            lines.append("Content-Type: text/plain; charset=UTF-8")
            lines.append(f"Content-Transfer-Encoding: {cte}")
            raw = "\r\n".join(lines).encode() + b"\r\n\r\n" + g.body_bytes(text, cte)
        elif form in ("html", "ckeditor"):
            lines.append("Content-Type: text/html; charset=UTF-8")
            lines.append(f"Content-Transfer-Encoding: {cte}")
            raw = "\r\n".join(lines).encode() + b"\r\n\r\n" + g.body_bytes(page, cte)
        elif form == "related":
            page = page.replace("<body", "<body><img src=\"cid:logo@" + g.reg(fdom) + "\" width=\"120\" alt=\""
                                + html.escape(s["name"]) + "\"><span hidden", 1)
            outer, inner = f"=_alt_{G.hexs(24)}", f"=_rel_{G.hexs(24)}"
            lines.append(f'Content-Type: multipart/alternative; boundary="{outer}"')
            chunks = ["\r\n".join(lines).encode(), b"\r\n\r\n",
                      f"--{outer}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: {cte}\r\n\r\n".encode(),
                      g.body_bytes(text, cte),
                      f"\r\n--{outer}\r\nContent-Type: multipart/related; boundary=\"{inner}\"; type=\"text/html\"\r\n\r\n".encode(),
                      f"--{inner}\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: {cte}\r\n\r\n".encode(),
                      g.body_bytes(page, cte),
                      (f"\r\n--{inner}\r\nContent-Type: image/png; name=\"logo.png\"\r\nContent-Transfer-Encoding: base64\r\n"
                       f"Content-ID: <logo@{g.reg(fdom)}>\r\nContent-Disposition: inline; filename=\"logo.png\"\r\n\r\n").encode(),
                      base64.encodebytes(fresh3.PNG).replace(b"\n", b"\r\n"),
                      f"--{inner}--\r\n\r\n--{outer}--\r\n".encode()]
            raw = b"".join(chunks)
            traits.append("inline-image")
        else:
            boundary = f"=_{G.hexs(32)}"
            lines.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
            chunks = ["\r\n".join(lines).encode(), b"\r\n\r\n"]
            alts = [("text/plain; charset=UTF-8", text), ("text/html; charset=UTF-8", page)]
            if m.get("calendar"):
                alts.append(("text/calendar; charset=UTF-8; method=REQUEST",
                             fresh2.calendar_part(subject, sender, to_addr, G)))
            for ctype, content in alts:
                chunks.append(f"--{boundary}\r\nContent-Type: {ctype}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n".encode())
                chunks.append(g.body_bytes(content, cte))
                chunks.append(b"\r\n")
            chunks.append(f"--{boundary}--\r\n".encode())
            raw = b"".join(chunks)
        spec.traits = traits
        spec.address, spec.recipients, spec.owner = address, recipients, owner
        spec.slug = g.slugify(f"{g.reg(s['domain']).split('.')[0]}-{m['cause']}")
        out.append((spec, raw))
    return out
