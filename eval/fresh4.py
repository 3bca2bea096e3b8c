"""The fresh4 split of the evaluation set (see eval/README.md, "The fresh4 split").

Called by generate.py after dev, holdout, fresh, fresh2 and fresh3, from a seed
of its own, so the other splits keep their bytes. Standard library only,
deterministic. It reuses the header, DSN and body helpers of fresh2.py and
fresh3.py (read-only) and adds its own forms: more relays (Salesforce
Marketing Cloud, Braze, Customer.io, Iterable, Klaviyo, ZeptoMail, Alibaba
DirectMail, Tencent, Google Groups), more bounce formats (qmail, Sendmail,
Outlook.com, a Postfix postmaster copy, a bounce quoting a forwarded welcome
mail), sub-addressed recipients (`local+tag@`), mail to several officials of
which one holds the account, re-sends from a personal mailbox and long
threads.

Written by a writer who read neither the detector (src/rules, src/detector,
src/catalog, src/bounce.rs, src/auth.rs, src/classify.rs) nor which messages of
the other splits fail. Sending addresses are the services' own where known;
where the sending domain could not be confirmed the service's website domain is
used and the label's reason says so.
"""

from __future__ import annotations

import base64

import fresh2
import fresh3

FRESH4_SEED = 20261215
SPLIT = "fresh4"

# Officials of this split: units (and provinces) used in no other split.
OFFICIALS = [
    ("Hoàng Thị Mai Anh", "maianh.ht@stttt.hagiang.gov.vn"),
    ("Chế Văn Lợi", "chevanloi@sct.ninhthuan.gov.vn"),
    ("Nguyễn Thị Bảo Trâm", "tramntb@sldtbxh.bentre.gov.vn"),
    ("Lâm Quốc Cường", "lqcuong@ubnd.soctrang.gov.vn"),
    ("Trương Văn Hiếu", "hieutv@skhcn.quangtri.gov.vn"),
    ("Văn thư UBND tỉnh", "vanthu@vpubnd.hagiang.gov.vn"),
    ("Thạch Sô Phal", "thachsophal@tranhde.soctrang.gov.vn"),
    ("Đoàn Minh Khoa", "khoadm@sgtvt.bentre.gov.vn"),
    ("Bùi Thu Trang", "trangbt@stc.ninhthuan.gov.vn"),
]

PERSONAL = [
    "maianh.hg92@gmail.com",
    "chevanloi.nt@yahoo.com",
    "baotram.bt@outlook.com",
]

# The receiving servers of this split's provinces (names used in no other split).
AUTHSERV = {
    "hagiang.gov.vn": "mail.hagiang.gov.vn",
    "ninhthuan.gov.vn": "mailgw.ninhthuan.gov.vn",
    "bentre.gov.vn": "mx01.bentre.gov.vn",
    "soctrang.gov.vn": "smtp-gw.soctrang.gov.vn",
    "quangtri.gov.vn": "mail.quangtri.gov.vn",
}

MESSAGES: list[dict] = []
svc = fresh2.svc


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


# ==========================================================================
# Senders
# ==========================================================================

# Vietnamese services (website domains where the sending domain could not be
# confirmed; the reasons say so).
TIKTOKSHOP = svc("TikTok Shop Seller Center", "no-reply@seller-vn.tiktok.com", "tiktok.com", relay="ses-custom")
LAZADA_SC = svc("Lazada Seller Center", "no-reply@sellercenter.lazada.vn", "lazada.vn", relay="exacttarget")
VINID = svc("VinID", "noreply@vinid.net", "vinid.net", relay="mailgun")
ZALOPAY = svc("ZaloPay", "no-reply@zalopay.vn", "zalopay.vn", relay="ses")
MOMO = svc("Ví MoMo", "no-reply@momo.vn", "momo.vn", relay="ses-custom")
VTMONEY = svc("Viettel Money", "no-reply@viettelmoney.vn", "viettelmoney.vn", mta="mail.viettelmoney.vn")
SHOPEEFOOD = svc("ShopeeFood", "noreply@shopeefood.vn", "shopeefood.vn", relay="sendgrid")
GRABFOOD = svc("Grab", "no-reply@grab.com", "grab.com", relay="sparkpost")
ZNEWS = svc("Znews", "noreply@znews.vn", "znews.vn", mta="mail.znews.vn")
KENH14 = svc("Kenh14", "noreply@kenh14.vn", "kenh14.vn", relay="zeptomail")
OTOFUN = svc("OTOFUN", "noreply@otofun.net", "otofun.net", mta="mail.otofun.net")
DMX = svc("Điện máy XANH", "no-reply@dienmayxanh.com", "dienmayxanh.com", relay="sendgrid")
CELLPHONES = svc("CellphoneS", "noreply@cellphones.com.vn", "cellphones.com.vn", relay="brevo")
REMITANO = svc("Remitano", "no-reply@remitano.com", "remitano.com", relay="mailgun")
VEXERE = svc("Vexere", "noreply@vexere.com", "vexere.com", relay="sendgrid")
NGUOIDUATIN = svc("Báo Người Đưa Tin", "noreply@nguoiduatin.vn", "nguoiduatin.vn", mta="mail.nguoiduatin.vn")
HOCMAI24 = svc("24h", "noreply@24h.com.vn", "24h.com.vn", mta="mail.24h.com.vn")

# Global services
REDDIT = svc("Reddit", "noreply@redditmail.com", "reddit.com", relay="ses-custom", dkim="redditmail.com")
QUORA = svc("Quora", "noreply@quora.com", "quora.com", relay="ses-custom")
STACKEX = svc("Stack Exchange", "do-not-reply@stackexchange.email", "stackexchange.com", relay="sendgrid",
              dkim="stackexchange.email")
DISCORD = svc("Discord", "noreply@discord.com", "discord.com", relay="sendgrid")
TINDER = svc("Tinder", "noreply@tinder.com", "tinder.com", relay="braze")
BUMBLE = svc("Bumble", "hello@bumble.com", "bumble.com", relay="iterable")
MFP = svc("MyFitnessPal", "no-reply@myfitnesspal.com", "myfitnesspal.com", relay="braze")
GARMIN = svc("Garmin Connect", "noreply@garmin.com", "garmin.com", relay="exacttarget")
BYBIT = svc("Bybit", "notifications@bybit.com", "bybit.com", relay="ses-custom")
COINBASE = svc("Coinbase", "no-reply@coinbase.com", "coinbase.com", relay="customerio")
UDACITY = svc("Udacity", "support@udacity.com", "udacity.com", relay="iterable")
CODECADEMY = svc("Codecademy", "hello@codecademy.com", "codecademy.com", relay="customerio")
VERCEL = svc("Vercel", "notifications@vercel.com", "vercel.com", relay="resend")
NETLIFY = svc("Netlify", "team@netlify.com", "netlify.com", relay="mailgun")
HEROKU = svc("Heroku", "noreply@heroku.com", "heroku.com", relay="exacttarget")
DIGITALOCEAN = svc("DigitalOcean", "support@digitalocean.com", "digitalocean.com", relay="mailgun")
CLOUDFLARE = svc("Cloudflare", "noreply@notify.cloudflare.com", "cloudflare.com", relay="sendgrid")
POSTMAN = svc("Postman", "no-reply@postman.com", "postman.com", relay="sendgrid")
REPLIT = svc("Replit", "contact@replit.com", "replit.com", relay="customerio")
MIDJOURNEY = svc("Midjourney", "invoice+statements+acct_1LnvQ8Kq9rXy2Zp4@stripe.com", "midjourney.com",
                 display="Midjourney Inc", dkim="stripe.com", mta="mail-{alnum6}.stripe.com",
                 mid="<{alnum24}@mail.stripe.com>")
XAI = svc("Grok", "noreply@x.ai", "x.ai", relay="resend")
MSCOPILOT = svc("Microsoft", "microsoft-noreply@microsoft.com", "microsoft.com",
                mta="mail-sn1nam02on2071.outbound.protection.outlook.com",
                mid="<{alnum10}.{num5}.{hex12}@{alnum6}.prod.outlook.com>")
GITHUB = svc("GitHub", "noreply@github.com", "github.com", mta="out-28.smtp.github.com",
             mid="<{hex12}.{num7}@github.com>")
ZOOM = svc("Zoom", "no-reply@zoom.us", "zoom.us", relay="sendgrid")
CALENDLY = svc("Calendly", "notifications@calendly.com", "calendly.com", relay="sendgrid")
ASANA = svc("Asana", "no-reply@asana.com", "asana.com", relay="sparkpost")
CLICKUP = svc("ClickUp", "notifications@tasks.clickup.com", "clickup.com", relay="ses-custom")
MONDAY = svc("monday.com", "notify@monday.com", "monday.com", relay="sendgrid")
NETFLIX = svc("Netflix", "info@account.netflix.com", "netflix.com", relay="sparkpost", dkim="netflix.com")
SPOTIFY = svc("Spotify", "no-reply@spotify.com", "spotify.com", relay="sparkpost")
APPLE = svc("Apple", "no_reply@email.apple.com", "apple.com", mta="rn2-txn-msbadger07102.apple.com",
            mid="<{hex16}.{num6}@email.apple.com>", dkim="email.apple.com")
EXPEDIA = svc("Expedia", "expedia@eg.expedia.com", "expedia.com", relay="exacttarget", dkim="eg.expedia.com")
XIAOMI = svc("Xiaomi Account", "noreply@account.xiaomi.com", "xiaomi.com", relay="aliyun")
WETV = svc("WeTV", "noreply@wetv.vip", "wetv.vip", relay="tencent")
TEMU = svc("Temu", "temu@eu.temuemail.com", "temu.com", relay="klaviyo", dkim="temuemail.com")

# Self-hosted software and groups on invented domains (outside any catalog)
GGROUP = "gis-mekong@googlegroups.com"


# ==========================================================================
# Account messages
# ==========================================================================

def accounts() -> None:
    # ---- Vietnamese services ----------------------------------------------
    A(TIKTOKSHOP, "seller-notice", "activity_notification", "vi", "Bạn có 3 đơn hàng mới cần xử lý",
      ["Xin chào nhà bán hàng {user},", "Cửa hàng Đặc sản Hà Giang của bạn có 3 đơn hàng mới đang chờ xác nhận.",
       "Vui lòng đóng gói và bàn giao cho đơn vị vận chuyển trước 23:59 ngày {day} để tránh bị tính tỷ lệ giao trễ.",
       "[button]Đi tới Trung tâm Người bán"],
      "TikTok Shop Seller Center order notice to a seller account (website host seller-vn.tiktok.com; "
      "sending address not confirmed)", list_headers=True)
    A(LAZADA_SC, "seller-notice", "notification", "vi", "Lazada Seller Center: 2 sản phẩm của bạn đã được duyệt",
      ["Chào {name},", "Các sản phẩm sau đã vượt qua kiểm duyệt chất lượng và đang hiển thị trên Lazada:",
       "Trà Shan Tuyết cổ thụ 200g · Mật ong bạc hà 500ml", "Quản lý sản phẩm tại Lazada Seller Center."],
      "Lazada seller-centre product approval (website host sellercenter.lazada.vn; Salesforce Marketing "
      "Cloud relay; sending address not confirmed)", form="html", html_tables=True)
    A(VINID, "loyalty-statement", "notification", "vi", "VinID: Bạn vừa được cộng 1.250 điểm",
      ["Chào {name},", "Giao dịch tại WinMart Bến Tre ngày {day} đã được tích 1.250 điểm VinID.",
       "Tổng điểm hiện có: 8.430 điểm. Điểm có hạn sử dụng đến 31/12/2025."],
      "VinID loyalty points credited (website domain vinid.net)", form="related")
    A(ZALOPAY, "e-wallet", "transaction", "vi", "ZaloPay nhắc bạn thanh toán hóa đơn tiền nước kỳ 11/2025",
      ["Chào bạn,", "Hóa đơn tiền nước mã khách hàng PN{num8} kỳ 11/2025: {amount}đ, hạn thanh toán {day}.",
       "Thanh toán ngay trên ZaloPay để được hoàn 5.000đ.", "[button]Thanh toán"],
      "ZaloPay bill reminder for a saved bill (website domain)")
    A(MOMO, "e-wallet", "transaction", "vi", "Hóa đơn Internet FPT tháng 11 đã sẵn sàng",
      ["Kính gửi Quý khách,", "Hóa đơn Internet FPT của hợp đồng SGH{num6} đã có số tiền {amount}đ.",
       "Quý khách đã bật Thanh toán tự động trên Ví MoMo, hóa đơn sẽ được trừ vào ngày {day}."],
      "MoMo auto-pay bill notice (website domain)", list_headers=True)
    A(VTMONEY, "e-wallet", "transaction", "vi", "Viettel Money - Giao dich chuyen tien thanh cong",
      ["Quy khach da chuyen thanh cong {amount} VND den so tai khoan 0{num9} (Vietinbank).",
       "Ma giao dich: VTM{num12}", "Thoi gian: 14:22 {day}", "Cam on Quy khach da su dung Viettel Money."],
      "Viettel Money transfer notice, written without diacritics (website domain)", vi_form="ascii", form="text")
    A(SHOPEEFOOD, "order-shipped", "transaction", "vi", "ShopeeFood - Đơn hàng #{num12} đã giao thành công",
      ["Cảm ơn bạn đã đặt món trên ShopeeFood!", "Quán: Cơm Tấm Bà Ba - Bến Tre", "Tổng thanh toán: {amount}đ (ShopeePay)",
       "Đánh giá món ăn để nhận Xu."],
      "ShopeeFood delivered order (website domain shopeefood.vn)", pad_rows=2)
    A(GRABFOOD, "ride-receipt", "transaction", "en", "Your GrabFood E-Receipt",
      ["Hope you enjoyed your food!", "Order from: Bánh Xèo Cô Mười, Sóc Trăng", "Total paid: ₫{amount}",
       "Booking ID: A-{alnum10}", "Paid by: GrabPay Wallet"], "GrabFood e-receipt to the eater's account")
    A(ZNEWS, "news-comment", "activity_notification", "vi", "Bình luận của bạn trên Znews đã được duyệt",
      ["Chào {user},", "Bình luận của bạn tại bài viết \"Hà Giang đón 2 triệu lượt khách\" đã được hiển thị.",
       "3 người đã thích bình luận của bạn.", "[button]Xem bình luận"],
      "Znews comment approved and liked (website domain znews.vn)")
    A(KENH14, "reply-notification", "activity_notification", "vi", "Có người vừa trả lời bình luận của bạn",
      ["Xin chào {user},", "Thành viên minhthu_2k đã trả lời bình luận của bạn trong bài \"Top quán cà phê view "
       "núi\":", "\"Chuẩn luôn bạn ơi, mình cũng mê quán này!\"", "[button]Trả lời"],
      "Kenh14 reply to the member's comment (website domain; ZeptoMail relay)")
    A(OTOFUN, "forum-digest", "activity_notification", "vi", "Có bài trả lời mới trong chủ đề: Đường lên Lũng Cú mùa này",
      ["{user},", "phuotthu_hg đã trả lời chủ đề mà bạn theo dõi tại OTOFUN.",
       "Chủ đề này có thể có thêm các bài trả lời khác. Bạn sẽ không nhận thêm thông báo cho đến khi đọc chủ đề.",
       "[button]Xem chủ đề", "Huỷ theo dõi chủ đề này"],
      "XenForo watched-thread alert from a Vietnamese car forum (website domain otofun.net)", verp="xenforo",
      form="text")
    A(DMX, "order", "transaction", "vi", "Điện máy XANH xác nhận đơn hàng #{num8}",
      ["Cảm ơn anh/chị {name} đã đặt hàng tại Điện máy XANH.", "Sản phẩm: Máy lọc nước RO Kangaroo 10 lõi",
       "Giao và lắp đặt tại: Phan Rang - Tháp Chàm, Ninh Thuận", "Tổng tiền: {amount}.000₫ · Thanh toán khi nhận hàng"],
      "Điện máy XANH order confirmation (website domain)", form="html", html_tables=True, pad_rows=1)
    A(CELLPHONES, "order-shipped", "transaction", "vi", "CellphoneS - Đơn hàng của bạn đang được giao",
      ["Xin chào {name},", "Đơn hàng #{num9} (Samsung Galaxy A36) đã được bàn giao cho đơn vị vận chuyển.",
       "Mã vận đơn: GHN{alnum8}", "[button]Theo dõi đơn hàng"],
      "CellphoneS shipping notice (website domain; relay Brevo)", list_headers=True)
    A(REMITANO, "signup-wording", "email_verification", "vi", "Remitano - Xác minh địa chỉ email",
      ["Chào bạn,", "Cảm ơn bạn đã đăng ký Remitano.", "Mã xác minh email của bạn là: {code}",
       "Vì lý do bảo mật, không chia sẻ mã này với bất kỳ ai."],
      "Remitano (crypto exchange) e-mail verification code (website domain)")
    A(VEXERE, "booking", "notification", "vi", "Nhắc lịch: chuyến xe Sóc Trăng → Cần Thơ khởi hành ngày mai",
      ["Chào {name},", "Nhà xe Phương Trang · Giờ đi: 06:30 {day} · Ghế: B05",
       "Vui lòng có mặt tại bến trước 15 phút và xuất trình mã vé {code5}."],
      "Vexere departure reminder (website domain)", form="related")
    A(HOCMAI24, "signup-wording", "password_reset", "vi", "24h.com.vn - Yêu cầu đặt lại mật khẩu",
      ["Chào bạn,", "Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản thành viên 24h của bạn.",
       "Bấm vào liên kết sau để đặt mật khẩu mới (hiệu lực 30 phút): https://id.24h.com.vn/reset?t={hex32}",
       "Nếu bạn không yêu cầu, vui lòng bỏ qua email này."],
      "24h news site member password reset (website domain)", form="ckeditor")
    A(NGUOIDUATIN, "news-comment", "activity_notification", "vi", "Bình luận của bạn đã nhận được 12 lượt thích",
      ["Chào {user},", "Bình luận của bạn trong bài \"Giá xăng giảm lần thứ ba liên tiếp\" đã nhận được 12 lượt thích.",
       "[button]Xem bài viết"], "a news site's comment-liked notice (website domain)")

    # ---- Social, forums, Q&A --------------------------------------------
    A(REDDIT, "reply-notification", "activity_notification", "en", "u/mekong_rider replied to your post in r/VietNam",
      ["u/mekong_rider replied to your post", "\"Ha Giang loop in December: is it too cold?\"",
       "\"Bring a proper jacket, the passes get to 5°C at night.\"", "[button]Reply",
       "You're receiving this because you're subscribed to replies on your posts."],
      "Reddit reply to the member's post", list_headers=True)
    A(QUORA, "reply-notification", "activity_notification", "en", "Trần Hưng answered your question",
      ["Trần Hưng answered: What is the best way to digitise paper archives in a small office?",
       "\"Start with a retention schedule, then scan only what you must keep...\"", "[button]Read answer"],
      "Quora answer to the member's question (sending address at the website domain)")
    A(STACKEX, "reply-notification", "activity_notification", "en", "New answer to your question on Super User",
      ["{user}, you have a new answer", "Why does Outlook keep asking for my password with a Zimbra account?",
       "1 new answer · view it in your inbox", "[button]View answer"],
      "Stack Exchange inbox notification (stackexchange.email as the network sends)")
    A(DISCORD, "password-reset", "password_reset", "en", "Password Reset Request for Discord",
      ["Hey {user},", "Your Discord password can be reset by clicking the button below. If you did not request a "
       "new password, please ignore this email.", "[button]Reset Password"], "Discord password reset")
    A(TINDER, "signup-wording", "email_verification", "en", "Confirm your email address",
      ["Hi {name},", "Thanks for adding your email to Tinder. Tap below to confirm it's you.",
       "[button]Confirm email", "This link expires in 24 hours."],
      "Tinder e-mail confirmation (website domain tinder.com; Braze relay; sending domain not confirmed)",
      form="related")
    A(BUMBLE, "unread-messages", "activity_notification", "en", "You have a new match waiting",
      ["{name}, someone new matched with you on Bumble!", "You have 24 hours to make the first move.",
       "[button]Open Bumble"], "Bumble new-match reminder (website domain; Iterable relay)", list_headers=True)
    A(MFP, "weekly-summary", "notification", "en", "Your weekly MyFitnessPal progress report",
      ["Nice work this week, {name}!", "Days logged: 5 of 7 · Average calories: 1,820",
       "Weight change: -0.4 kg", "[button]See full report"],
      "MyFitnessPal weekly report (website domain; Braze relay)", list_headers=True)
    A(GARMIN, "weekly-summary", "notification", "en", "Your Weekly Garmin Connect Report",
      ["Here's how your week went, {user}.", "Steps: 58,204 · Intensity minutes: 165 · Sleep: 6h 48m avg",
       "[button]View in Garmin Connect"],
      "Garmin Connect weekly report (website domain; Salesforce Marketing Cloud relay)", form="html", html_tables=True)

    # ---- Crypto and finance -------------------------------------------
    A(BYBIT, "code-in-subject", "login_code", "en", "[Bybit] Login Verification Code: {code}",
      ["Dear Bybit user,", "You are logging in from a new device. Your verification code is {code}.",
       "The code is valid for 5 minutes. Never share it with anyone."],
      "Bybit login code (website domain)", form="text")
    A(COINBASE, "new-device", "security_alert", "en", "New sign-in to your Coinbase account",
      ["We noticed a new sign-in to your Coinbase account.", "Device: Chrome on Windows · Location: Bến Tre, Vietnam",
       "If this was you, you can ignore this email. If not, lock your account now.", "[button]Lock my account"],
      "Coinbase new sign-in (Customer.io relay form)")

    # ---- Learning -----------------------------------------------------
    A(UDACITY, "signup-wording", "account_created", "en", "Welcome to Udacity, {name}!",
      ["Your Udacity account is ready.", "Start with a free course or explore Nanodegree programs built with industry "
       "leaders.", "[button]Start learning"], "Udacity welcome (Iterable relay)", list_headers=True)
    A(CODECADEMY, "learning-reminder", "notification", "en", "Keep your 4-day streak going",
      ["{name}, you're on a roll!", "Pick up Learn SQL where you left off: Lesson 6 · Aggregate Functions.",
       "[button]Resume learning"], "Codecademy streak reminder (Customer.io relay)", list_headers=True)

    # ---- Developer and cloud --------------------------------------------
    A(VERCEL, "workspace-notice", "activity_notification", "en", "Failed production deployment on team 'stttt-hagiang'",
      ["There was an error deploying cong-thong-tin to the production environment on stttt-hagiang.",
       "Commit: fix: dieu chinh menu (a1b2c3d) by {user}", "[button]Inspect Deployment",
       "You are receiving this email because you have enabled notifications for failed deployments."],
      "Vercel failed-deployment notice to a team member (Resend relay)")
    A(VERCEL, "code-in-subject", "login_code", "en", "Vercel Sign-in Verification",
      ["To complete your sign in, use the code below:", "[big]{code}",
       "If you didn't attempt to sign in, you can safely ignore this email."], "Vercel sign-in code")
    A(NETLIFY, "signup-wording", "email_verification", "en", "Please verify your email address",
      ["Welcome to Netlify!", "Please confirm your email address to finish setting up your account.",
       "[button]Verify email"], "Netlify e-mail verification with a generic subject")
    A(HEROKU, "two-factor", "security_alert", "en", "Heroku: Multi-factor authentication enabled",
      ["Hi {name},", "Multi-factor authentication (MFA) was enabled on your Heroku account {rcpt}.",
       "If you did not make this change, contact Heroku Support immediately."],
      "Heroku MFA enabled (Salesforce Marketing Cloud relay form)", form="text")
    A(DIGITALOCEAN, "subscription-receipt", "transaction", "en", "[DigitalOcean] Your 2025-11 invoice is available",
      ["Hello,", "Your invoice for November 2025 is now available. Amount: $12.00",
       "We'll charge your payment method on file.", "[button]View invoice"], "DigitalOcean monthly invoice")
    A(DIGITALOCEAN, "workspace-notice", "notification", "en", "Droplet ubuntu-s-1vcpu-sgp1 is using 95% CPU",
      ["Your alert policy \"CPU above 90%\" was triggered.", "Droplet: ubuntu-s-1vcpu-1gb-sgp1-01",
       "Current value: 95.2% for 5 minutes", "[button]View graphs"], "DigitalOcean monitoring alert")
    A(CLOUDFLARE, "signup-wording", "email_verification", "en", "[Cloudflare]: Please verify your email address",
      ["Thanks for signing up for Cloudflare!", "Please verify your email address by clicking the link below:",
       "https://dash.cloudflare.com/email-verification?token={hex40}",
       "If you did not sign up for Cloudflare, please ignore this email."],
      "Cloudflare e-mail verification from notify.cloudflare.com", form="text")
    A(POSTMAN, "storage-full", "notification", "en", "You've used 90% of your monthly mock server calls",
      ["Hi {name},", "Your team has used 900 of 1,000 mock server calls included in the Free plan this month.",
       "[button]Upgrade plan"], "Postman usage limit notice (website domain; sending domain not confirmed)",
      list_headers=True)
    A(REPLIT, "password-reset", "password_reset", "en", "Reset your Replit password",
      ["Hi @{user},", "We received a request to reset your password.", "[button]Reset password",
       "If you didn't request this, you can ignore this email."],
      "Replit password reset (website domain; Customer.io relay form)")
    A(MIDJOURNEY, "processor-receipt", "transaction", "en", "Your receipt from Midjourney Inc #2{num3}-{num4}",
      ["Receipt from Midjourney Inc", "Amount paid $10.00", "Basic Plan × 1 (monthly)",
       "You're receiving this email because you made a purchase at Midjourney Inc, which partners with Stripe to "
       "provide invoicing and payment processing."],
      "Midjourney subscription receipt sent by Stripe for the merchant")
    A(XAI, "ai-chat", "login_code", "en", "Your Grok login code",
      ["Use this code to sign in to Grok:", "[big]{code5}", "This code expires in 10 minutes."],
      "Grok (xAI) sign-in code from x.ai (website domain)")
    A(MSCOPILOT, "subscription-receipt", "transaction", "vi", "Cảm ơn bạn đã đăng ký Microsoft Copilot Pro",
      ["Tài khoản Microsoft: {masked}", "Copilot Pro · 489.000 ₫/tháng", "Ngày gia hạn tiếp theo: {day}",
       "Bạn có thể hủy bất kỳ lúc nào trong trang Dịch vụ & đăng ký."], "Microsoft Copilot Pro subscription receipt")
    A(GITHUB, "signup-wording", "notification", "en", "[GitHub] GitHub Copilot Free is now enabled",
      ["Hi @{user},", "You now have access to GitHub Copilot Free: 2,000 code completions and 50 chat messages each "
       "month.", "[button]Start using Copilot"], "GitHub Copilot enabled on the user's account",
      extra=["X-GitHub-Reason: account", "X-Auto-Response-Suppress: All"])

    # ---- Productivity ---------------------------------------------------
    A(ZOOM, "workspace-notice", "notification", "vi", "Bản ghi trên đám mây hiện có sẵn",
      ["Xin chào {name},", "Bản ghi trên đám mây cho cuộc họp \"Giao ban tuần Sở Công Thương\" hiện có sẵn.",
       "Ngày: {day} · Thời lượng: 1 giờ 12 phút", "[button]Xem bản ghi"],
      "Zoom cloud recording ready, sent to the meeting host")
    A(CALENDLY, "workspace-notice", "activity_notification", "en", "New Event: Lê Hoàng Nam - 30 Minute Meeting",
      ["Hi {name},", "A new event has been scheduled.", "Event Type: 30 Minute Meeting",
       "Invitee: Lê Hoàng Nam", "Event Date/Time: 09:00 - Thursday, {day} (Indochina Time)",
       "[button]View event in Calendly"], "Calendly new booking on the host's scheduling page")
    A(ASANA, "workspace-notice", "notification", "en", "Tasks due soon in My Tasks",
      ["Hi {name},", "You have 4 tasks due this week:", "Chuẩn bị báo cáo quý IV · due Friday",
       "Rà soát hồ sơ thầu · due Thursday", "[button]Open My Tasks"], "Asana due-soon digest to the task owner")
    A(CLICKUP, "unread-messages", "activity_notification", "en", "You have 6 unread notifications",
      ["Hi {name}, here's what you missed in ClickUp.", "3 comments · 2 assigned tasks · 1 status change",
       "[button]Open Inbox"], "ClickUp unread notifications digest (website domain)")
    A(MONDAY, "subscription-receipt", "notification", "en", "Your monday.com trial ends in 3 days",
      ["Hi {name},", "Your free trial of monday work management for the account \"sgtvt-bentre\" ends on {day}.",
       "Choose a plan to keep your boards and automations.", "[button]Choose a plan"],
      "monday.com trial ending")

    # ---- Streaming and subscriptions -------------------------------------
    A(NETFLIX, "new-device", "security_alert", "en", "A new device is using your account",
      ["Hi {name},", "A new device signed in to your Netflix account.", "Device: Android TV · Location: Sóc Trăng",
       "If this was you or someone in your household, enjoy! If not, change your password."],
      "Netflix new device sign-in")
    A(NETFLIX, "subscription-receipt", "transaction", "vi", "Thanh toán của bạn đã được xử lý",
      ["Xin chào {name},", "Cảm ơn bạn. Chúng tôi đã nhận thanh toán cho gói Cơ bản: 108.000 ₫.",
       "Ngày thanh toán tiếp theo: {day}"], "Netflix payment receipt in Vietnamese", form="html", html_tables=True)
    A(SPOTIFY, "subscription-receipt", "transaction", "en", "Your Spotify Premium receipt",
      ["Thanks for your payment, {name}.", "Premium Individual · ₫59,000", "Next payment: {day}",
       "Order ID: {num10}"], "Spotify Premium monthly receipt")
    A(APPLE, "subscription-receipt", "transaction", "en", "Your Apple Music trial is ending soon",
      ["Dear {name},", "Your free trial of Apple Music will end on {day}. Your subscription will automatically renew "
       "at ₫65,000/month unless you cancel at least 24 hours before.", "Apple Account: {rcpt}"],
      "Apple Music trial ending (renewal notice)")
    A(WETV, "subscription-receipt", "transaction", "vi", "WeTV VIP của bạn đã được kích hoạt",
      ["Xin chào {user},", "Bạn đã mua thành công gói WeTV VIP 1 tháng.", "Hiệu lực đến: {day}",
       "Mã đơn hàng: {num16}"], "WeTV (Tencent) VIP purchase (website domain wetv.vip; Tencent relay form)")
    A(XIAOMI, "code-in-subject", "email_verification", "en", "Xiaomi Account verification code: {code}",
      ["Your verification code is {code}.", "You are binding this email to your Xiaomi Account. The code is valid for "
       "10 minutes."], "Xiaomi Account e-mail binding code (Alibaba DirectMail relay form; sending address not "
       "confirmed)", form="text")

    # ---- Travel -----------------------------------------------------------
    A(EXPEDIA, "booking", "transaction", "en", "Expedia travel confirmation - Dec 12 - (Itinerary # 7{num12})",
      ["Thanks for booking with Expedia, {name}!", "Hotel: Sai Gon Phu Quoc Resort · 2 nights",
       "Itinerary # 7{num12}", "[button]Manage your trip"], "Expedia hotel itinerary", form="html", html_tables=True)

    # ---- Forms: sub-addresses, several official recipients, routes ---------
    A(svc("Shopee", "info@mail.shopee.vn", "shopee.vn", relay="sendgrid"), "plus-address", "transaction", "vi",
      "Xác nhận đơn hàng #{order}",
      ["Cảm ơn bạn đã mua sắm tại Shopee!", "Đơn hàng #{order} đã được đặt thành công.", "Tổng thanh toán: ₫{amount}"],
      "Shopee order to the official's sub-address (local+tag@), delivered to the mailbox: the mailbox holds "
      "the account", plus="shopee", list_headers=True)
    A(svc("Notion", "notify@mail.notion.so", "notion.so", relay="ses-custom"), "plus-address", "login_code", "en",
      "Your Notion signup code is {code}",
      ["Enter this temporary code to continue:", "[big]{code}", "If you didn't try to sign up, you can ignore this."],
      "Notion code to a sub-address; the Return-Path is SES and does not carry it", plus="notion")
    A(EXPEDIA, "several-recipients", "transaction", "en", "Your trip to Da Lat is confirmed",
      ["Hi {name},", "Your flight and hotel to Da Lat are booked.", "Itinerary # 7{num12} · Travellers: 2",
       "A copy of this confirmation was sent to the traveller you added."],
      "Expedia itinerary To: the official who booked, Cc: a colleague travelling with her; this copy is in the "
      "colleague's mailbox: only the booker holds the account", cc_index=8, deliver_cc=True, rcpt_index=2)
    A(svc("Agoda", "no-reply@agoda.com", "agoda.com", mta="mx-out-sg.agoda.com"), "several-recipients",
      "transaction", "vi", "Xác nhận đặt phòng số {ref} - Khách sạn Mường Thanh Hà Giang",
      ["Kính gửi {name},", "Đặt phòng của bạn đã được xác nhận. Nhận phòng: {day}",
       "Khách lưu trú: Văn thư UBND tỉnh (2 phòng)", "Bản sao thư xác nhận đã được gửi tới địa chỉ bạn bổ sung."],
      "Agoda confirmation To: the booker and Cc: the unit's clerical mailbox (this copy is the booker's)",
      cc_index=5, rcpt_index=0)
    A(SPOTIFY, "forward-official", "security_alert", "en", "Your Spotify password has been changed",
      ["Hi {name},", "Your Spotify password was just changed.", "If you didn't do this, reset your password right away."],
      "Spotify notice to an official, re-sent (Resent-*) by her to a colleague's official mailbox",
      resent=True, rcpt_index=1)
    A(REDDIT, "forward-official", "email_verification", "en", "Verify your Reddit email address",
      ["Hi u/{user},", "Please verify your email address to finish setting up your Reddit account.",
       "[button]Verify Email Address"],
      "Reddit verification to an official, SRS-forwarded by the provincial server to another official mailbox",
      srs_official=True, rcpt_index=4)
    A(COINBASE, "undisclosed-footer", "notification", "en", "Your monthly Coinbase statement is ready",
      ["Your account statement for November 2025 is available in Coinbase.", "[button]View statement"],
      "Coinbase statement to undisclosed-recipients, the address only in Delivered-To and the footer",
      to_header="undisclosed-recipients:;", footer="This email was sent to {rcpt}. Coinbase, Inc.", rcpt_index=6)
    A(TINDER, "code-in-subject", "login_code", "vi", "{code} là mã đăng nhập Tinder của bạn",
      ["Nhập mã này để đăng nhập Tinder.", "Không chia sẻ mã này với bất kỳ ai."],
      "Tinder login code in Vietnamese (website domain)")
    A(CLOUDFLARE, "new-device", "security_alert", "vi", "[Cloudflare]: Đăng nhập mới vào tài khoản của bạn",
      ["Tài khoản Cloudflare {rcpt} vừa được đăng nhập từ một địa chỉ IP mới.", "IP: 113.161.{num2}.{num2} · Việt Nam",
       "Nếu không phải bạn, hãy đổi mật khẩu và bật xác thực hai yếu tố."], "Cloudflare new sign-in, Vietnamese")
    A(GITHUB, "html-entities", "notification", "vi", "[GitHub] Mã thông báo truy cập cá nhân sắp hết hạn",
      ["Xin chào @{user},", "Mã thông báo truy cập cá nhân \"deploy-cong-ttdt\" của bạn sẽ hết hạn vào {day}.",
       "[button]Tạo lại mã thông báo"], "GitHub token expiry, HTML with named entities", form="ckeditor",
      extra=["X-GitHub-Reason: security"])
    A(svc("Lazada Vietnam", "info@mail.lazada.vn", "lazada.vn", relay="ses-custom"), "account-deletion",
      "notification", "vi", "Yêu cầu xóa tài khoản Lazada của bạn đã được tiếp nhận",
      ["Chào {name},", "Chúng tôi đã nhận được yêu cầu xóa tài khoản Lazada của bạn.",
       "Tài khoản sẽ bị xóa vĩnh viễn sau 14 ngày. Đăng nhập lại trong thời gian này để hủy yêu cầu."],
      "Lazada account deletion requested")
    A(svc("Temu", "temu@eu.temuemail.com", "temu.com", relay="klaviyo", dkim="temuemail.com"), "own-other-domain",
      "transaction", "en", "Your Temu order has shipped",
      ["Hi {user},", "Your order PO-211-{num14} has shipped.", "Carrier: J&T Express · Tracking: {alnum12}",
       "[button]Track package"],
      "Temu shipping notice from its mail domain temuemail.com (as Temu's mail is seen sent; Klaviyo-style relay "
      "form; not confirmed)")
    A(svc("Trello", "do-not-reply@trello.com", "trello.com", relay="sparkpost"), "storage-full", "notification",
      "vi", "Không gian làm việc của bạn đã đạt giới hạn 10 bảng",
      ["Xin chào {name},", "Không gian làm việc \"Phòng Kế hoạch Tài chính\" đã dùng hết 10 bảng của gói Free.",
       "Nâng cấp lên Standard để tạo thêm bảng."], "Trello board limit on a workspace the official owns")
    A(svc("Duolingo", "hello@duolingo.com", "duolingo.com", relay="ses"), "weekly-summary", "notification", "vi",
      "Tổng kết tuần của bạn: 1.240 KN",
      ["{name} ơi, tuần này bạn đã học 6 ngày!", "Kinh nghiệm: 1.240 KN · Giải đấu: Hồng Ngọc, hạng 4",
       "[button]Tiếp tục học"], "Duolingo weekly summary in Vietnamese", list_headers=True)
    A(svc("Telegram", "noreply@telegram.org", "telegram.org", mta="mail.telegram.org"), "two-factor",
      "security_alert", "en", "Telegram Two-Step Verification",
      ["Hello,", "Use this code to confirm your recovery email for Telegram Two-Step Verification: {code}",
       "If you didn't request this, please ignore this email."],
      "Telegram recovery e-mail for two-step verification", form="text")
    A(svc("Quizlet", "team@quizlet.com", "quizlet.com", relay="braze"), "learning-reminder", "notification", "vi",
      "Học phần \"Từ vựng TOEIC 600\" đang chờ bạn",
      ["Chào {user},", "Bạn đã học được 45% học phần. Chỉ cần 10 phút để ôn lại các thuật ngữ khó.",
       "[button]Tiếp tục ôn tập"], "Quizlet study reminder (Braze relay form)")
    A(svc("Bamboo Airways", "bambooclub@bambooairways.com", "bambooairways.com", relay="exacttarget"),
      "loyalty-statement", "notification", "vi", "Bamboo Club: Cập nhật điểm thưởng tháng 11",
      ["Kính gửi Hội viên {name},", "Điểm thưởng hiện có: 3.420 · Hạng: Silver",
       "Chuyến bay QH{num3} ngày {day} đã được cộng 620 điểm."],
      "Bamboo Club points statement (website domain; Salesforce Marketing Cloud relay form)", form="related")


# ==========================================================================
# Not sign-ups
# ==========================================================================

def nones() -> None:
    # Invitations and shares from people
    N(svc("Vercel", "notifications@vercel.com", "vercel.com", relay="resend"), "invitation", "invitation", "en",
      "Join stttt-hagiang on Vercel",
      ["Phạm Đức Anh (phamducanh@stttt.hagiang.gov.vn) has invited you to join the stttt-hagiang team on Vercel.",
       "[button]Join Team", "If you were not expecting this invitation, you can ignore this email."],
      "a colleague invites the official to a Vercel team")
    N(svc("Asana", "no-reply@asana.com", "asana.com", relay="sparkpost"), "invitation", "invitation", "vi",
      "Trịnh Hồng Nhung đã mời bạn cộng tác trong Asana",
      ["Trịnh Hồng Nhung đã mời bạn tham gia dự án \"Chuyển đổi số Sở Tài chính 2026\".", "[button]Chấp nhận lời mời"],
      "a colleague invites the official to an Asana project")
    N(CALENDLY, "invitation", "invitation", "en", "Confirmed: 30 Minute Meeting with Lê Thanh Tâm",
      ["Hi {name},", "Your meeting with Lê Thanh Tâm has been scheduled.", "Thursday, {day} · 14:00 - 14:30",
       "Need to make changes to this event? Reschedule or Cancel"],
      "the official booked a slot on someone else's Calendly page: invitees need no account", calendar=True)
    N(svc("Spotify", "no-reply@spotify.com", "spotify.com", relay="sparkpost"), "invitation", "invitation", "vi",
      "Bạn được mời tham gia Premium Family",
      ["Nguyễn Văn Tùng đã mời bạn tham gia gói Premium Family của họ.", "[button]Chấp nhận lời mời",
       "Lời mời hết hạn sau 7 ngày."], "a relative invites the official to a Spotify family plan")
    N(svc("ClickUp", "notifications@tasks.clickup.com", "clickup.com", relay="ses-custom"), "invitation",
      "invitation", "en", "Nguyen Thanh Binh invited you to join the workspace \"So KHCN Quang Tri\"",
      ["Nguyen Thanh Binh invited you to collaborate in ClickUp.", "[button]Join Workspace"],
      "a colleague invites the official to a ClickUp workspace")
    N(svc("Zoom", "no-reply@zoom.us", "zoom.us", relay="sendgrid"), "invitation", "invitation", "vi",
      "Lời mời tham gia cuộc họp Zoom: Tập huấn phần mềm một cửa",
      ["Sở Thông tin và Truyền thông đang mời bạn tham gia cuộc họp Zoom đã lên lịch.",
       "ID cuộc họp: 845 {num4} {num4} · Mật mã: {alnum6}", "[button]Tham gia cuộc họp"],
      "a meeting host invites the official through Zoom")
    N(svc("Expedia", "expedia@eg.expedia.com", "expedia.com", relay="exacttarget", dkim="eg.expedia.com"),
      "invitation", "invitation", "en", "Đỗ Thị Hạnh shared a trip with you",
      ["Đỗ Thị Hạnh shared the itinerary \"Hội nghị Cần Thơ\" with you.", "Dec 12 - Dec 14 · 1 hotel",
       "[button]View trip"], "a colleague shares her Expedia itinerary")
    # Opt-ins, mailing lists, newsletters never asked for
    N(svc("Blog Làm Vườn", "hello@blog-lamvuon.vn", "blog-lamvuon.vn", relay="mailchimp"), "double-opt-in", "none",
      "vi", "Vui lòng xác nhận đăng ký của bạn",
      ["Chỉ còn một bước nữa!", "Nhấn nút dưới đây để xác nhận đăng ký nhận bản tin Blog Làm Vườn.",
       "[button]Có, đăng ký cho tôi", "Nếu bạn nhận được thư này do nhầm lẫn, hãy xóa nó đi."],
      "Mailchimp double opt-in for a gardening blog newsletter")
    N(svc("Google Groups", "gis-mekong+noreply@googlegroups.com", "googlegroups.com", mta="mail-sor-f69.google.com",
          mid="<{alnum22}@google.com>"), "double-opt-in", "none", "en",
      "Join request confirmation for gis-mekong",
      ["Please confirm your request to join the group gis-mekong (GIS Mekong Delta practitioners).",
       "[button]Confirm my request", "If you did not request to join, ignore this message."],
      "Google Groups join confirmation for a discussion list")
    N(svc("GIS Mekong", GGROUP, "googlegroups.com", relay="google-groups"), "mailing-list", "newsletter", "en",
      "Abridged summary of gis-mekong@googlegroups.com - 4 updates in 2 topics",
      ["gis-mekong@googlegroups.com", "Topic: QGIS plugin for land parcels - 3 updates",
       "Topic: Sentinel-2 imagery for Soc Trang - 1 update",
       "You received this digest because you're subscribed to updates for this group."],
      "Google Groups digest of a discussion list the official is subscribed to: a list, not an account",
      rcpt_index=6)
    N(svc("SaaS Growth Weekly", "news@saasgrowth-weekly.com", "saasgrowth-weekly.com", relay="klaviyo"),
      "newsletter-unsolicited", "newsletter", "en", "5 tools every public office should try in 2026",
      ["Hi there,", "This week: AI note-takers, e-signature, and a free CRM for government teams.",
       "[button]Read more", "You're receiving this because your address is listed on a public directory."],
      "newsletter to an address taken from a public directory (Klaviyo relay form)", list_headers=True)
    N(svc("Diễn đàn Chuyển đổi số Việt Nam", "sukien@vietnam-digitalforum.vn", "vietnam-digitalforum.vn",
          relay="zeptomail"), "newsletter-unsolicited", "newsletter", "vi",
      "Thư mời tham dự Diễn đàn Chuyển đổi số 2026 - Đăng ký tài khoản đại biểu",
      ["Kính gửi Quý đại biểu,", "Ban tổ chức trân trọng kính mời Quý vị đăng ký tài khoản đại biểu để tham dự.",
       "[button]Đăng ký ngay", "Quý vị nhận thư này vì là cán bộ phụ trách CNTT."],
      "event marketing with account wording to a scraped official address")
    N(svc("RankBoost SEO", "audit@rankboost-seo.io", "rankboost-seo.io", relay="sendgrid"), "spam-signup-unknown",
      "none", "en", "We created a free audit account for your website",
      ["Hello webmaster,", "Your free SEO audit account for your .gov.vn website has been created.",
       "[button]Log in to see 47 issues", "Not interested? Just reply \"no\"."],
      "cold outreach claiming an account was made, from an unknown domain with DKIM pass")
    N(svc("Club Vàng 888", "thongbao@clubvang888.vip", "clubvang888.vip"), "spam-signup-unknown", "none", "vi",
      "Tài khoản của bạn đã được tạo - Nhận ngay 888K",
      ["Chúc mừng! Tài khoản thành viên của bạn đã được tạo thành công.", "Đăng nhập trong 24h để nhận 888K tiền thưởng.",
       "[button]Nhận thưởng"], "casino spam with account-created wording, signed by its own throw-away domain")
    N(svc("CoinDrop", "no-reply@coindrop-rewards.io", "coindrop-rewards.io", relay="mailgun"),
      "spam-signup-unknown", "none", "en", "Your account has been created, claim your bonus",
      ["Welcome aboard!", "Your wallet account has been created. Verify your email to claim 200 USDT.",
       "[button]Verify & claim"], "crypto bonus spam via Mailgun from an unknown domain")
    # Bounces of the official's own mail, in several MTAs' formats
    N(svc("Mail Delivery System", "MAILER-DAEMON@mail.hagiang.gov.vn", "hagiang.gov.vn"), "bounce", "none", "vi",
      "Undelivered Mail Returned to Sender", [],
      "Postfix bounce of the official's hand forward of her Netflix welcome mail to a mistyped colleague address: "
      "the quoted welcome names her, but this message is a bounce", dsn="postfix-fwd",
      dsn_to="phamducanh@stttt.hagiang.gov.vm", dsn_subject="Fwd: Welcome to Netflix", rcpt_index=0)
    N(svc("qmail", "MAILER-DAEMON@mail.ninhthuan.gov.vn", "ninhthuan.gov.vn"), "bounce", "none", "en", "failure notice", [],
      "qmail failure notice of the official's mail to a provider about an account", dsn="qmail",
      dsn_to="hotro@vinid.net.vn", dsn_subject="Khôi phục tài khoản VinID", rcpt_index=1)
    N(svc("Mail Delivery Subsystem", "MAILER-DAEMON@relay.soctrang.gov.vn", "soctrang.gov.vn"), "bounce", "none", "en",
      "Returned mail: see transcript for details", [],
      "Sendmail bounce of the official's request to close a ClickUp account", dsn="sendmail",
      dsn_to="support@clickup-help.vn", dsn_subject="Request to delete my ClickUp account", rcpt_index=3)
    N(svc("Microsoft Outlook", "postmaster@outlook.com", "outlook.com"), "bounce", "none", "en",
      "Undeliverable: Tài khoản Netflix của phòng", [],
      "Outlook.com NDR for the official's mail about a shared Netflix account", dsn="outlookcom",
      dsn_to="doanminhkhoa.bt@outlook.com", dsn_subject="Tài khoản Netflix của phòng", rcpt_index=7)
    N(svc("Mail Delivery Subsystem", "mailer-daemon@googlemail.com", "googlemail.com"), "bounce", "none", "vi",
      "Delivery Status Notification (Failure)", [],
      "Gmail bounce of the official's mail asking a vendor to reset a Vercel account", dsn="gmail",
      dsn_to="vercel.support.vn@gmail.com", dsn_subject="Nhờ hỗ trợ đặt lại tài khoản Vercel", rcpt_index=4)
    N(svc("Microsoft Outlook", "postmaster@remitano.onmicrosoft.com", "remitano.com"), "bounce", "none", "en",
      "Undeliverable: Xác minh tài khoản Remitano", [],
      "Exchange Online NDR of the official's mail about an exchange account", dsn="exchange",
      dsn_to="kyc@remitano.com", dsn_subject="Xác minh tài khoản Remitano", rcpt_index=8)
    N(svc("Mail Delivery System", "MAILER-DAEMON@mailgw.ninhthuan.gov.vn", "ninhthuan.gov.vn"), "bounce", "none",
      "en", "Postmaster Copy: Undelivered Mail", [],
      "Postfix postmaster copy (headers only) of a Netflix welcome sent to an address that does not exist at the "
      "unit: the named address never received it; only the postmaster did", dsn="postmaster-copy",
      dsn_to="chevanloi2@sct.ninhthuan.gov.vn", dsn_subject="Welcome to Netflix", rcpt_index=1, postmaster=True)
    N(svc("Mail Delivery System", "Mailer-Daemon@smtp-gw.soctrang.gov.vn", "soctrang.gov.vn"), "bounce", "none", "vi",
      "Mail delivery failed: returning message to sender", [],
      "Exim bounce of the official's mail asking Bybit to unlock an account", dsn="exim",
      dsn_to="support@bybit-vn.invalid", dsn_subject="Mở khóa tài khoản Bybit", rcpt_index=6)
    # Auto-replies, help desks
    N(svc("Lý Minh Châu", "chau.lm@cellphones.com.vn", "cellphones.com.vn", relay=""), "auto-reply", "none", "en",
      "Automatic reply: Tài khoản Smember của đơn vị",
      ["I am out of the office until {day} with limited access to email.",
       "For account and order support, please contact cskh@cellphones.com.vn."],
      "Outlook out-of-office reply from a company employee",
      extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: chau.lm@cellphones.com.vn"])
    N(svc("Cloudflare Support", "support@cloudflare.zendesk.com", "zendesk.com", relay=""), "help-desk", "none", "en",
      "[Cloudflare Support] Re: Cannot verify domain ownership [#{num7}]",
      ["##- Please type your reply above this line -##", "Your request ({num7}) has been received and is being "
       "reviewed by our support staff.", "To add additional comments, reply to this email."],
      "Zendesk acknowledgement of the official's own support request",
      extra=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"])
    # Government mail
    N(svc("Hệ thống Thuế điện tử", "thuedientu@gdt.gov.vn", "gdt.gov.vn", mta="mail.gdt.gov.vn"), "internal-gov",
      "none", "vi", "Thông báo mật khẩu tài khoản giao dịch thuế điện tử",
      ["Kính gửi: Đơn vị sử dụng ngân sách,", "Tài khoản giao dịch thuế điện tử của đơn vị đã được cấp.",
       "Tên đăng nhập: {num10} · Mật khẩu được gửi trong thư này, đề nghị đổi mật khẩu ở lần đăng nhập đầu."],
      "the state tax portal's account notice to a budget unit: government, not a private service",
      internal=True, rcpt_index=8)
    N(svc("Văn phòng UBND tỉnh Hà Giang", "vanphong@hagiang.gov.vn", "hagiang.gov.vn", mta="mail.hagiang.gov.vn"),
      "internal-gov", "none", "vi", "V/v đăng ký tài khoản Hệ thống thông tin báo cáo",
      ["Kính gửi các sở, ban, ngành,", "Đề nghị các đơn vị đăng ký tài khoản trên Hệ thống thông tin báo cáo "
       "của tỉnh và xác nhận email trước ngày {day}.", "Sau khi đăng ký, hệ thống sẽ gửi mã xác nhận qua email công vụ."],
      "a provincial office asks units to sign up to a state reporting system", internal=True, rcpt_index=5)
    N(svc("Trung tâm Hội nghị truyền hình", "hop-truc-tuyen@bentre.gov.vn", "bentre.gov.vn", mta="mx01.bentre.gov.vn"),
      "internal-gov", "none", "en", "Your account on the province's video conference system",
      ["Dear colleague,", "An account has been created for you on the provincial video conference system.",
       "Username: {user} · Please change your password after the first sign-in."],
      "the province's own video-conference system account, in English", internal=True, rcpt_index=7)
    # People writing about services; long threads; forwards
    N(svc("Phạm Đức Anh", "phamducanh@stttt.hagiang.gov.vn", "hagiang.gov.vn", mta="mail.hagiang.gov.vn"),
      "person-to-person", "none", "vi", "Re: Re: Re: Tài khoản Vercel cho cổng thông tin",
      ["Chị Mai Anh ơi, em đã tạo team rồi, chị kiểm tra email mời nhé.",
       "> Vào ngày 12/11, Hoàng Thị Mai Anh viết:", "> Em tạo tài khoản Vercel bằng email công vụ được không?",
       ">> Vào ngày 11/11, Phạm Đức Anh viết:", ">> Chị đăng ký tài khoản, xác minh email rồi gửi em mã xác nhận nhé.",
       ">>> Vào ngày 10/11, Hoàng Thị Mai Anh viết:", ">>> Welcome to Vercel! Please verify your email address..."],
      "a long thread between colleagues about signing up to Vercel, quoting sign-up words", internal=True,
      rcpt_index=0, extra=["In-Reply-To: <{hex16}@stttt.hagiang.gov.vn>",
                           "References: <{hex16}@stttt.hagiang.gov.vn> <{hex12}@stttt.hagiang.gov.vn>"])
    N(svc("Khoa Đoàn", "khoadoan.84@gmail.com", "gmail.com", mta="mail-sor-f41.google.com"), "person-to-person",
      "none", "vi", "Mật khẩu Netflix",
      ["Anh Khoa gửi em mật khẩu Netflix nhà anh, đăng nhập xong nhớ đừng đổi mật khẩu nhé.",
       "Nếu Netflix gửi mã xác minh thiết bị thì nhắn anh."], "a friend writes about sharing a Netflix account",
      rcpt_index=7)
    N(svc("Bảo Trâm", "baotram.bt@outlook.com", "outlook.com",
          mta="mail-sg2apc01on2063.outbound.protection.outlook.com"), "person-forward", "none", "vi",
      "Fwd: Welcome to Spotify",
      ["Chị lưu lại thư này vào hộp thư cơ quan.", "________________________________",
       "From: Spotify <no-reply@spotify.com>", "Subject: Welcome to Spotify",
       "Your Spotify account is ready. Log in with baotram.bt@outlook.com."],
      "the official forwards by hand from her personal Outlook.com the welcome mail of her private account",
      rcpt_index=2)
    N(svc("Tinder", "noreply@tinder.com", "tinder.com", relay="braze"), "forward-trap", "login_code", "en",
      "Your Tinder login code",
      ["Your code is {code}.", "It expires in 10 minutes."],
      "Gmail auto-forward of a personal box's Tinder mail to the official mailbox", gmail_forward=True)
    N(svc("Coinbase", "no-reply@coinbase.com", "coinbase.com", relay="customerio"), "forward-trap", "security_alert",
      "en", "New sign-in to your Coinbase account",
      ["We noticed a new sign-in to your Coinbase account.", "If this was you, you can ignore this email."],
      "a personal Yahoo mailbox re-sends (Resent-*) its Coinbase mail to the official mailbox", personal_resent=True,
      rcpt_index=1)
    # Flagged by the government's filter
    N(svc("Netflix Support", "billing@netflix-renew-vn.top", "netflix-renew-vn.top"), "spam-flagged", "none", "vi",
      "Tài khoản của bạn đã được tạo lại - xác nhận thanh toán",
      ["Tài khoản Netflix của bạn đã được kích hoạt lại.", "Vui lòng xác nhận phương thức thanh toán.",
       "[button]Xác nhận"], "lure flagged YES by the government filter", spam="11.2", auth="none")
    N(svc("Welcome Team", "welcome@signup-bonus-center.net", "signup-bonus-center.net"), "spam-flagged", "none",
      "en", "Welcome! Your account is ready",
      ["Your account has been created.", "Log in now to receive your welcome gift.", "[button]Log in"],
      "spam with welcome wording flagged by the government filter", spam="8.6")


# ==========================================================================
# Phishing
# ==========================================================================

def phishing() -> None:
    P(svc("Netflix", "info@netflix-account-billing.com", "netflix.com", relay="sendgrid"), "lookalike-domain",
      "security_alert", "en", "Your membership is on hold",
      ["We're having some trouble with your current billing information.", "Update your payment details within 48 "
       "hours to keep watching.", "[button]Update account"], "Netflix look-alike billing lure, signed by its own domain")
    P(svc("Vercel", "security@vercel-deploy-alerts.app", "vercel.com"), "lookalike-domain", "security_alert", "en",
      "Action required: verify your Vercel account",
      ["Your deployments are paused until you verify your account.", "[button]Verify now"],
      "Vercel look-alike on a new TLD")
    P(svc("ZaloPay", "hoantien@zalopay-hoantien.top", "zalopay.vn"), "lookalike-domain", "transaction", "vi",
      "ZaloPay: Bạn có khoản hoàn tiền 1.500.000đ chưa nhận",
      ["Giao dịch của bạn đủ điều kiện hoàn tiền.", "Đăng nhập để nhận tiền trong 24 giờ.", "[button]Nhận hoàn tiền"],
      "ZaloPay look-alike refund lure, unauthenticated", auth="none")
    P(svc("Coinbase", "no-reply@coinbase-secure-login.co", "coinbase.com"), "lookalike-domain", "security_alert",
      "en", "Unusual withdrawal attempt blocked",
      ["We blocked a withdrawal of 0.42 BTC.", "If this wasn't you, secure your account immediately.",
       "[button]Secure account"], "Coinbase look-alike")
    P(svc("Ví MoMo", "uudai@momo-uudai.vip", "momo.vn"), "lookalike-domain", "transaction", "vi",
      "MoMo tri an khach hang - nhan 500.000d",
      ["Quy khach duoc chon nhan qua tri an.", "Dang nhap vi de nhan qua.", "[button]Nhan qua"],
      "MoMo look-alike written without diacritics", vi_form="ascii")
    P(svc("Cloudflare", "alerts@mailer.hosting-offers.xyz", "cloudflare.com"), "brand-display-name",
      "security_alert", "en", "Your domain will be suspended",
      ["Your domain's DNS records failed verification.", "[button]Verify DNS"],
      "Cloudflare in the display name of an unrelated domain")
    P(svc("Telegram Support", "support@tg-verify-center.net", "telegram.org"), "brand-display-name",
      "security_alert", "vi", "Tài khoản Telegram của bạn sẽ bị xóa",
      ["Chúng tôi nhận được báo cáo vi phạm từ tài khoản của bạn.", "Xác minh trong 12 giờ để tránh bị xóa.",
       "[button]Xác minh"], "Telegram in the display name of an unrelated domain")
    P(svc("Spotify", "promo@promo-mailer.net", "spotify.com", relay="mailgun"), "brand-display-name", "transaction",
      "en", "Your Premium payment failed",
      ["We couldn't process your payment.", "[button]Update payment"], "Spotify in the display name of a bulk mailer")
    P(svc("Spotify", "no-reply@spotify.com", "spotify.com"), "auth-fail", "security_alert", "en",
      "Your account has been suspended",
      ["We detected unusual activity.", "[button]Restore access"],
      "spotify.com From with SPF and DMARC failing in the trusted results", auth="dmarc-fail")
    P(svc("Netflix", "info@account.netflix.com", "netflix.com"), "auth-fail", "security_alert", "vi",
      "Xác minh lại thông tin thanh toán Netflix",
      ["Thanh toán gần nhất không thành công.", "[button]Cập nhật"],
      "netflix.com From whose DKIM fails", auth="dkim-fail")
    P(svc("ZaloPay", "no-reply@zalopay.vn", "zalopay.vn"), "auth-fail", "security_alert", "vi",
      "ZaloPay: Tài khoản của bạn bị tạm khóa",
      ["Tài khoản ZaloPay của bạn bị tạm khóa do chưa xác thực.", "[button]Xác thực ngay"],
      "zalopay.vn From signed by another domain, DMARC failing", auth="dkim-other")
    P(svc("DigitalOcean Billing", "digitalocean.billing.team@gmail.com", "digitalocean.com",
          mta="mail-sor-f41.google.com"), "freemail-brand", "transaction", "en", "Invoice overdue - droplets will be destroyed",
      ["Your invoice is overdue.", "Reply with your card details to avoid data loss."], "Gmail sender claiming DigitalOcean")
    P(svc("Lazada Seller Support", "lazada.seller.hotro@gmail.com", "lazada.vn", mta="mail-sor-f41.google.com"),
      "freemail-brand", "notification", "vi", "Gian hàng của bạn bị tạm khóa",
      ["Gian hàng vi phạm chính sách.", "Gửi CCCD và mật khẩu để mở khóa."], "Gmail sender claiming Lazada Seller Center")
    P(svc("Coinbase Support", "coinbase.support.desk@outlook.com", "coinbase.com",
          mta="mail-sg2apc01on2061.outbound.protection.outlook.com"), "freemail-brand", "security_alert", "en",
      "Case #48213: account verification",
      ["Your account is restricted.", "Reply with your recovery phrase to restore it."], "Outlook.com sender claiming Coinbase")
    P(svc("Microsoft 365", "ketoan@congtyminhphat.vn", "microsoft.com", mta="mail.congtyminhphat.vn"),
      "compromised-domain", "security_alert", "vi", "Mật khẩu hộp thư của bạn hết hạn hôm nay",
      ["Mật khẩu Microsoft 365 của bạn hết hạn hôm nay.", "Giữ mật khẩu hiện tại tại đây.", "[button]Giữ mật khẩu"],
      "a small company's real-looking domain, DKIM passing, sends a Microsoft 365 lure (compromised account)")
    P(svc("Expedia", "reservations@hoangphuc-travel.com.vn", "expedia.com", mta="mail.hoangphuc-travel.com.vn"),
      "compromised-domain", "transaction", "en", "Expedia: your reservation requires confirmation",
      ["Your hotel reservation will be cancelled unless you confirm your card.", "[button]Confirm reservation"],
      "a travel agency's real-looking domain, DKIM passing, sends an Expedia lure")


# ==========================================================================
# Weak: newsletters and promotions to a subscriber
# ==========================================================================

def weak() -> None:
    W(svc("Netflix", "info@mailer.netflix.com", "netflix.com", relay="sparkpost", dkim="netflix.com"), "newsletter",
      "newsletter", "en", "New on Netflix this week",
      ["Top picks for you: 3 new series and a documentary.", "[button]Watch now",
       "You're receiving this email because you're a Netflix member. Unsubscribe from these emails."],
      "Netflix what's-new mail to a member", list_headers=True)
    W(svc("Spotify", "no-reply@spotify.com", "spotify.com", relay="sparkpost"), "promotion", "newsletter", "vi",
      "Premium 3 tháng chỉ 59.000đ",
      ["Ưu đãi có hạn cho người dùng Free.", "[button]Dùng thử Premium",
       "Bạn nhận được email này vì đã đăng ký nhận ưu đãi từ Spotify."], "Spotify promotion", list_headers=True)
    W(svc("Temu", "temu@eu.temuemail.com", "temu.com", relay="klaviyo", dkim="temuemail.com"), "promotion",
      "newsletter", "en", "Your $100 coupon bundle expires tonight",
      ["Lightning deals up to 90% off.", "[button]Shop now", "Unsubscribe · You are subscribed to Temu promotions."],
      "Temu promotion from temuemail.com", list_headers=True, extra=["Precedence: bulk"])
    W(svc("Expedia", "expedia@ex.expediamail.com", "expedia.com", relay="exacttarget", dkim="expediamail.com"),
      "promotion", "newsletter", "en", "Member Prices: save 10% or more on hotels",
      ["Sign in to see Member Prices on thousands of hotels.", "[button]Explore deals",
       "You are receiving this email because you subscribed to Expedia deals."],
      "Expedia deals mail from its marketing domain expediamail.com", list_headers=True)
    W(svc("Udacity", "news@udacity.com", "udacity.com", relay="iterable"), "newsletter", "newsletter", "en",
      "The AI skills employers want in 2026",
      ["Our latest report on in-demand skills.", "[button]Read the report", "Manage your email preferences."],
      "Udacity newsletter", list_headers=True)
    W(svc("Kenh14", "bantin@kenh14.vn", "kenh14.vn", relay="zeptomail"), "newsletter", "newsletter", "vi",
      "Bản tin Kenh14 sáng nay",
      ["5 câu chuyện nổi bật nhất hôm nay.", "[button]Đọc ngay", "Bạn nhận bản tin vì đã đăng ký trên Kenh14."],
      "Kenh14 morning newsletter (website domain)", list_headers=True)
    W(svc("Cloudflare", "noreply@notify.cloudflare.com", "cloudflare.com", relay="sendgrid"), "newsletter",
      "newsletter", "en", "Cloudflare Product Digest - November",
      ["New: free SSL for more domains, Workers updates.", "[button]Read the digest",
       "You're receiving this because you opted in to product updates."], "Cloudflare product newsletter",
      list_headers=True)
    W(svc("Grab", "no-reply@grab.com", "grab.com", relay="sparkpost"), "promotion", "newsletter", "vi",
      "GrabFood giảm 50% cuối tuần",
      ["Giảm 50% tối đa 40K cho đơn từ 100K.", "Bạn nhận email này vì đã đồng ý nhận tin khuyến mãi từ Grab."],
      "GrabFood promotion", list_headers=True, extra=["Precedence: bulk"])
    W(svc("Coinbase", "no-reply@coinbase.com", "coinbase.com", relay="customerio"), "newsletter", "newsletter", "en",
      "Coinbase Bytes: the week in crypto",
      ["Bitcoin, ETFs and what's next.", "[button]Read Bytes", "Unsubscribe from Coinbase Bytes."],
      "Coinbase weekly newsletter", list_headers=True)
    W(svc("Điện máy XANH", "khuyenmai@dienmayxanh.com", "dienmayxanh.com", relay="sendgrid"), "promotion",
      "newsletter", "vi", "Sale cuối năm - Máy lạnh giảm đến 40%",
      ["Chỉ 3 ngày, trả góp 0%.", "Quý khách nhận thư vì đã đăng ký nhận khuyến mãi."],
      "Điện máy XANH promotion (website domain)", list_headers=True)


accounts()
nones()
phishing()
weak()


# ==========================================================================
# Relays new to this split
# ==========================================================================

def relay_parts(g, s, to_addr: str, kind: str) -> dict:
    """The relay's bounce address, outbound host, Message-ID and headers, for
    the relays this split adds; the others come from generate.py."""
    G = g.G
    local, rdom = to_addr.split("@")
    fdom = s.sender.split("@")[1]
    base = g.reg(fdom)
    r: dict = {"extra": [], "dkim_extra": []}
    if kind == "exacttarget":
        # Salesforce Marketing Cloud: bounce-<mid>_HTML-<job>-<list>-<batch>-<sub>@bounce.<sending domain>.
        bdom = f"bounce.{fdom}" if fdom.count(".") >= 2 else f"bounce.email.{base}"
        job = G.digits(9)
        r["return_path"] = f"bounce-{G.digits(5)}_HTML-{job}-{G.digits(7)}-{G.digits(7)}-{G.randint(1, 999)}@{bdom}"
        r["host"] = f"mta{G.randint(2, 9)}.email.{base}"
        r["ip"] = f"13.111.{G.randint(1, 250)}.{G.randint(1, 250)}"
        r["message_id"] = f"{G.hexs(8)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(12)}@atl1s07mta{G.digits(4)}.xt.local"
        r["spf_domain"] = bdom
        r["extra"] += [f"x-job: {G.digits(6)}_{job}", "X-SFMC-Stack: 7"]
    elif kind == "braze":
        # Braze sends through SparkPost with the brand's own bounce domain.
        bdom = f"bounce.mail.{base}"
        r["return_path"] = f"msprvs1={G.alnum(14)}=bounces-{G.digits(6)}@{bdom}"
        r["host"] = f"mta-{G.randint(10, 99)}-{G.randint(100, 250)}.sparkpostmail.com"
        r["ip"] = f"192.174.{G.randint(80, 95)}.{G.randint(1, 250)}"
        r["message_id"] = f"{G.hexs(8)}.{G.hexs(8)}.{G.hexs(4)}@mail.{base}"
        r["spf_domain"] = bdom
        r["extra"].append(f"X-MSFBL: {G.b64(60)}")
    elif kind == "iterable":
        bdom = f"bounces.{base}"
        r["return_path"] = f"msprvs1={G.alnum(14)}=bounces-{G.digits(6)}@{bdom}"
        r["host"] = f"mta-{G.randint(10, 99)}-{G.randint(100, 250)}.sparkpostmail.com"
        r["ip"] = f"192.174.{G.randint(80, 95)}.{G.randint(1, 250)}"
        r["message_id"] = f"{G.hexs(32)}@links.iterable.com"
        r["spf_domain"] = bdom
        r["extra"] += [f"X-MSFBL: {G.b64(60)}", f"X-Iterable-Campaign-Id: {G.digits(7)}"]
    elif kind == "customerio":
        r["return_path"] = f"bounces+{G.alnum(20)}@customeriomail.com"
        r["host"] = f"mta{G.randint(10, 60)}.customeriomail.com"
        r["ip"] = f"136.143.{G.randint(160, 190)}.{G.randint(1, 250)}"
        r["message_id"] = f"{G.alnum(24)}@{fdom}"
        r["spf_domain"] = "customeriomail.com"
        r["dkim_extra"] = ["customeriomail.com"]
    elif kind == "klaviyo":
        r["return_path"] = f"bounces+{G.digits(6)}-{G.hexs(8)}@send.klaviyomail.com"
        r["host"] = f"mta{G.randint(1, 40)}.send.klaviyomail.com"
        r["ip"] = f"168.245.{G.randint(1, 250)}.{G.randint(1, 250)}"
        r["message_id"] = f"{G.alnum(26)}@klaviyomail.com"
        r["spf_domain"] = "send.klaviyomail.com"
        r["dkim_extra"] = ["klaviyomail.com"]
        r["extra"].append(f"X-Kmail-Relay-Message-Id: {G.alnum(26)}")
    elif kind == "zeptomail":
        # ZeptoMail: a bounce address prefix@subdomain chosen by the customer.
        bdom = f"bounce-zem.{base}"
        r["return_path"] = f"{G.hexs(24)}@{bdom}"
        r["host"] = f"sender4-zm-{G.randint(10, 99)}.zoho.com"
        r["ip"] = f"136.143.{G.randint(180, 190)}.{G.randint(1, 250)}"
        r["message_id"] = f"2d6f.{G.hexs(16)}.m1.{G.hexs(32)}.{G.hexs(10)}@zeptomail.com"
        r["spf_domain"] = bdom
        r["extra"].append("X-ZohoMailClient: External")
    elif kind == "aliyun":
        r["return_path"] = s.sender
        r["host"] = f"out198-{G.randint(1, 250)}.mail.aliyun.com"
        r["ip"] = f"115.124.{G.randint(20, 30)}.{G.randint(1, 250)}"
        r["message_id"] = f"{G.digits(13)}.{G.alnum(12)}@{fdom}"
        r["spf_domain"] = fdom
        r["extra"].append("X-Alimail-AntiSpam: AC=CONTINUE;BC=0.07;CM=1;WS=0")
    elif kind == "tencent":
        r["return_path"] = s.sender
        r["host"] = f"smtpbg{G.randint(150, 160)}.qq.com"
        r["ip"] = f"203.205.{G.randint(190, 250)}.{G.randint(1, 250)}"
        r["message_id"] = f"tencent_{G.hexs(32).upper()}@{fdom}"
        r["spf_domain"] = fdom
        r["extra"].append(f"X-QQ-SSF: {G.hexs(16).upper()}")
    elif kind == "google-groups":
        # A message to a Google group: the group's VERP bounce address, list headers.
        grp = s.sender.split("@")[0]
        r["return_path"] = f"{grp}+bnc{G.alnum(60)}@googlegroups.com"
        r["host"] = f"mail-sor-f{G.randint(40, 80)}.google.com"
        r["ip"] = f"209.85.220.{G.randint(40, 80)}"
        r["message_id"] = f"{G.alnum(22)}@google.com"
        r["spf_domain"] = "googlegroups.com"
        r["dkim_extra"] = []
        r["extra"] += [f"X-Original-Sender: {s.sender}", "Precedence: list",
                       f"Mailing-list: list {s.sender}; contact {grp}+owners@googlegroups.com",
                       f"List-ID: <{grp}.googlegroups.com>",
                       f"List-Post: <https://groups.google.com/group/{grp}/post>, <mailto:{s.sender}>",
                       f"List-Help: <https://groups.google.com/support/>, <mailto:{grp}+help@googlegroups.com>",
                       f"List-Unsubscribe: <mailto:googlegroups-manage+{G.digits(12)}+unsubscribe@googlegroups.com>, "
                       f"<https://groups.google.com/group/{grp}/subscribe>"]
    else:
        return g.relay_parts(s, to_addr, kind)
    return r


# ==========================================================================
# Bounce formats new to this split
# ==========================================================================

def orig_message(g, m: dict, rcpt: str, rcpt_name: str, date: str) -> str:
    """The official's own message, as the bounce quotes it."""
    G = g.G
    mid = f"{G.hexs(8)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(12)}@{rcpt.split('@')[1]}"
    head = (f"Return-Path: <{rcpt}>\nFrom: {g.display(rcpt_name, rcpt)}\nTo: <{m['dsn_to']}>\n"
            f"Subject: {g.encode_header_text(m['dsn_subject'], 'b')}\nDate: {date}\nMessage-ID: <{mid}>\n"
            "MIME-Version: 1.0\nX-Mailer: Zimbra 8.8.15_GA_4508 (ZimbraWebClient - GC120 (Win)/8.8.15_GA_4508)\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n")
    if m["dsn"] == "postfix-fwd":
        body = ("Anh Đức Anh xem giúp em thư này nhé.\n\n---------- Forwarded message ---------\n"
                "From: Netflix <info@account.netflix.com>\n"
                f"To: {rcpt}\nSubject: Welcome to Netflix\n\n"
                "Welcome to Netflix, Mai Anh! Your account is ready.\n"
                f"Your membership: Basic. Account email: {rcpt}\nStart watching now.\n")
    else:
        body = ("Kính gửi bộ phận hỗ trợ,\n\nĐơn vị chúng tôi đề nghị hỗ trợ về tài khoản như tiêu đề; "
                "email đăng ký tài khoản là địa chỉ này.\n\nTrân trọng.\n")
    return head + "\n" + body


def dsn4(g, m: dict, rcpt: str, rcpt_name: str, date: str, authserv: str) -> bytes:
    G = g.G
    kind = m["dsn"]
    dsn_to = m["dsn_to"]
    sender = m["svc"]["sender"]
    host = sender.split("@")[1]
    orig_date = G.date()[0]
    if kind == "postmaster-copy":
        # Postfix notify_classes=bounce: the postmaster gets the headers of a
        # message that could not be delivered to a local address that does not exist.
        queue = G.alnum(10).upper()
        nf_mid = f"{G.hexs(8)}.{G.hexs(8)}.{G.hexs(4)}@mail.netflix.com"
        status = (f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {queue}\n"
                  f"X-Postfix-Sender: rfc822; msprvs1={G.alnum(14)}=bounces-{G.digits(6)}@sparkpostmail1.com\n"
                  f"Arrival-Date: {orig_date}\n\nFinal-Recipient: rfc822; {dsn_to}\nOriginal-Recipient: rfc822;{dsn_to}\n"
                  "Action: failed\nStatus: 5.1.1\n"
                  f"Diagnostic-Code: X-Postfix; unknown user: \"{dsn_to.split('@')[0]}\"\n")
        text = (f"This is the mail system at host {host}.\n\n"
                "Enclosed is the message delivery report that you requested.\n\n"
                "                   The mail system\n\n"
                f"<{dsn_to}>: unknown user: \"{dsn_to.split('@')[0]}\"\n")
        headers = (f"Received: from mta-41-172.sparkpostmail.com (mta-41-172.sparkpostmail.com [192.174.90.172])\n"
                   f"\tby {host} (Postfix) with ESMTPS id {queue}\n\tfor <{dsn_to}>; {orig_date}\n"
                   f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=netflix.com; s=s1; "
                   f"h=From:To:Subject; bh={G.b64(32)}; b={G.b64(64)}\n"
                   f"From: Netflix <info@account.netflix.com>\nTo: {dsn_to}\n"
                   f"Subject: {m['dsn_subject']}\nDate: {orig_date}\nMessage-ID: <{nf_mid}>\n"
                   "MIME-Version: 1.0\nContent-Type: text/html; charset=UTF-8\n")
        boundary = f"{queue}.{G.digits(10)}/{host}"
        lines = [
            "Return-Path: <>",
            f"Delivered-To: {rcpt}",
            fresh2.local_received(authserv, rcpt, date, G),
            f"Received: by {host} (Postfix)\r\n\tid {G.alnum(10).upper()}; {date}",
            f"Date: {date}",
            f"From: MAILER-DAEMON@{host} (Mail Delivery System)",
            f"Subject: {m['subject']}",
            f"To: {rcpt}",
            "Auto-Submitted: auto-generated",
            "MIME-Version: 1.0",
            f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{boundary}"',
            "Content-Transfer-Encoding: 8bit",
            f"Message-Id: <{G.digits(14)}.{G.alnum(10).upper()}@{host}>",
        ]
        parts = [("text/plain; charset=us-ascii", "Content-Description: Notification\n", text),
                 ("message/delivery-status", "Content-Description: Delivery report\n", status),
                 ("text/rfc822-headers", "Content-Description: Undelivered Message Headers\n", headers)]
        return _multipart(lines, boundary, parts)
    orig = orig_message(g, m, rcpt, rcpt_name, orig_date)
    if kind == "postfix-fwd":
        queue = G.alnum(10).upper()
        dom = dsn_to.split("@")[1]
        text = (f"This is the mail system at host {host}.\n\n"
                "I'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients. It's attached below.\n\n"
                "For further assistance, please send mail to postmaster.\n\n"
                "If you do so, please include this problem report. You can\n"
                "delete your own text from the attached returned message.\n\n"
                "                   The mail system\n\n"
                f"<{dsn_to}>: Host or domain name not found. Name service error for\n"
                f"    name={dom} type=MX: Host not found, try again\n")
        status = (f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {queue}\n"
                  f"X-Postfix-Sender: rfc822; {rcpt}\nArrival-Date: {orig_date}\n\n"
                  f"Final-Recipient: rfc822; {dsn_to}\nOriginal-Recipient: rfc822;{dsn_to}\n"
                  "Action: failed\nStatus: 5.4.4\n"
                  f"Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name={dom} "
                  "type=MX: Host not found, try again\n")
        boundary = f"{queue}.{G.digits(10)}/{host}"
        lines = [
            "Return-Path: <>",
            f"Delivered-To: {rcpt}",
            fresh2.local_received(authserv, rcpt, date, G),
            f"Received: by {host} (Postfix)\r\n\tid {queue}; {date}",
            f"Date: {date}",
            f"From: MAILER-DAEMON@{host} (Mail Delivery System)",
            "Subject: Undelivered Mail Returned to Sender",
            f"To: {rcpt}",
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
            f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{boundary}"',
            "Content-Transfer-Encoding: 8bit",
            f"Message-Id: <{G.digits(14)}.{queue}@{host}>",
        ]
        parts = [("text/plain; charset=us-ascii", "Content-Description: Notification\n", text),
                 ("message/delivery-status", "Content-Description: Delivery report\n", status),
                 ("message/rfc822", "Content-Description: Undelivered Message\n", orig)]
        return _multipart(lines, boundary, parts)
    if kind == "qmail":
        # qmail-send's QSBMF failure notice, text only, the message appended.
        text = (f"Hi. This is the qmail-send program at {host}.\n"
                "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                f"<{dsn_to}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
                "--- Below this line is a copy of the message.\n\n" + orig)
        lines = [
            "Return-Path: <>",
            f"Delivered-To: {rcpt}",
            fresh2.local_received(authserv, rcpt, date, G),
            g.fold("Authentication-Results", f"{authserv}; dkim=none; spf=pass (helo) smtp.helo={host}; "
                   f"dmarc=none header.from={host}"),
            f"Received: from {host} ({host} [203.162.{G.randint(1, 250)}.{G.randint(1, 250)}])\r\n"
            f"\tby {authserv} (Postfix) with ESMTP id {G.alnum(11).upper()}\r\n\tfor <{rcpt}>; {date}",
            f"Received: (qmail {G.digits(5)} invoked for bounce); {date}",
            f"Date: {date}",
            f"From: {sender}",
            f"To: {rcpt}",
            "Subject: failure notice",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: 8bit",
        ]
        return "\r\n".join(lines).encode() + b"\r\n\r\n" + text.replace("\n", "\r\n").encode()
    if kind == "sendmail":
        qid = f"5A{G.alnum(2).upper()}{G.digits(6)}"
        text = ("The original message was received at " + orig_date + "\n"
                f"from [10.{G.randint(1, 30)}.{G.randint(1, 250)}.{G.randint(1, 250)}]\n\n"
                "   ----- The following addresses had permanent fatal errors -----\n"
                f"<{dsn_to}>\n    (reason: 550 5.1.1 <{dsn_to}>... User unknown)\n\n"
                "   ----- Transcript of session follows -----\n"
                f"... while talking to mx.{dsn_to.split('@')[1]}.:\n>>> DATA\n"
                f"<<< 550 5.1.1 <{dsn_to}>... User unknown\n550 5.1.1 <{dsn_to}>... User unknown\n")
        status = (f"Reporting-MTA: dns; {host}\nReceived-From-MTA: DNS; [10.1.1.5]\nArrival-Date: {orig_date}\n\n"
                  f"Final-Recipient: RFC822; {dsn_to}\nAction: failed\nStatus: 5.1.1\n"
                  f"Remote-MTA: DNS; mx.{dsn_to.split('@')[1]}\nDiagnostic-Code: SMTP; 550 5.1.1 <{dsn_to}>... User unknown\n"
                  f"Last-Attempt-Date: {date}\n")
        boundary = f"{qid}.{G.digits(10)}/{host}"
        lines = [
            "Return-Path: <>",
            f"Delivered-To: {rcpt}",
            fresh2.local_received(authserv, rcpt, date, G),
            f"Received: from localhost (localhost)\r\n\tby {host} (8.15.2/8.15.2) id {qid};\r\n\t{date}",
            f"Date: {date}",
            f"From: Mail Delivery Subsystem <{sender}>",
            f"Message-Id: <{G.digits(12)}.{qid}@{host}>",
            f"To: <{rcpt}>",
            "MIME-Version: 1.0",
            f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{boundary}"',
            f"Subject: {m['subject']}",
            "Auto-Submitted: auto-generated (failure)",
        ]
        parts = [("text/plain", "", text), ("message/delivery-status", "", status), ("message/rfc822", "", orig)]
        return _multipart(lines, boundary, parts)
    if kind == "outlookcom":
        gen = f"PUZP{G.digits(3)}MB{G.digits(4)}.APCP{G.digits(3)}.PROD.OUTLOOK.COM"
        text = (f"Your message to {dsn_to} couldn't be delivered.\n\n"
                f"{dsn_to.split('@')[0]} wasn't found at outlook.com.\n\n"
                f"{rcpt.split('@')[0]}    Office 365    {dsn_to.split('@')[0]}\nAction Required    Recipient\n\n"
                "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist.\n\n"
                f"Diagnostic information for administrators:\n\nGenerating server: {gen}\n\n{dsn_to}\n"
                f"Remote Server returned '550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). "
                f"[{gen}]'\n")
        status = (f"Reporting-MTA: dns;{gen}\nReceived-From-MTA: dns;{authserv}\nArrival-Date: {orig_date}\n\n"
                  f"Final-Recipient: rfc822;{dsn_to}\nAction: failed\nStatus: 5.5.0\n"
                  "Diagnostic-Code: smtp;550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302)\n")
        ohost = f"mail-psaapc01olkn20{G.digits(2)}.outbound.protection.outlook.com"
        boundary = f"_{G.hexs(8)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(12)}_"
        lines = [
            "Return-Path: <>",
            f"Delivered-To: {rcpt}",
            fresh2.local_received(authserv, rcpt, date, G),
            g.fold("Authentication-Results", f"{authserv}; dkim=none; spf=pass (helo) smtp.helo={ohost}; "
                   "dmarc=none header.from=outlook.com"),
            f"Received: from {ohost} ({ohost} [40.92.{G.randint(1, 250)}.{G.randint(1, 250)}])\r\n"
            f"\tby {authserv} (Postfix) with ESMTPS id {G.alnum(11).upper()}\r\n\tfor <{rcpt}>; {date}",
            f"From: {g.display('Microsoft Outlook', sender)}",
            f"To: <{rcpt}>",
            f"Date: {date}",
            f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{boundary}"',
            "X-MS-Exchange-Message-Is-Ndr:",
            "Content-Language: en-US",
            f"Message-ID: <{G.hexs(8)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(12)}@{gen.lower()}>",
            "Subject: " + g.encode_header_text(m["subject"], "b"),
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
        ]
        parts = [("text/plain; charset=us-ascii", "", text), ("message/delivery-status", "", status),
                 ("message/rfc822", "", orig)]
        return _multipart(lines, boundary, parts)
    raise ValueError(kind)


def _multipart(lines: list[str], boundary: str, parts: list) -> bytes:
    chunks = ["\r\n".join(lines).encode(), b"\r\n\r\nThis is a MIME-encapsulated message.\r\n\r\n"]
    for ctype, extra, content in parts:
        chunks.append(f"--{boundary}\r\n{extra.replace(chr(10), chr(13) + chr(10))}Content-Type: {ctype}\r\n\r\n".encode())
        chunks.append(content.replace("\n", "\r\n").encode())
        chunks.append(b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks)


# ==========================================================================
# Building the messages
# ==========================================================================

FOOTERS_EN = [
    "You are receiving this email at {rcpt} because of your {svc} account settings.",
    "{svc} · Terms · Privacy · Help Center",
    "This mailbox is not monitored. Sent by {svc} to {rcpt}.",
    "© 2025 {svc}. All rights reserved.",
]
FOOTERS_VI = [
    "Thư này được gửi đến {rcpt} theo cài đặt thông báo tài khoản {svc} của bạn.",
    "{svc} · Điều khoản · Quyền riêng tư · Trung tâm trợ giúp",
    "Vui lòng không trả lời thư này. {svc} gửi tới {rcpt}.",
    "© 2025 {svc}. Bảo lưu mọi quyền.",
]
NO_FOOTER = {"person-to-person", "person-forward", "auto-reply", "internal-gov", "bounce", "help-desk",
             "invitation"}
VI_FORMS = ["nfc", "ascii", "nfd"]


def authserv_for(rcpt: str) -> str:
    dom = rcpt.split("@")[1]
    prov = ".".join(dom.split(".")[-3:])
    return AUTHSERV[prov]


def expand(g) -> list:
    """Builds every fresh4 message: a list of (generate.Spec, bytes)."""
    g.G = g.Gen(FRESH4_SEED)
    G = g.G
    out = []
    counter = 0
    vi_count = 0
    for m in MESSAGES:
        s = dict(m["svc"])
        if "rcpt_index" in m:
            idx = m["rcpt_index"]
        else:
            idx = counter % len(OFFICIALS)
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
        fill = fresh2.Filler(G, v)
        s["sender"] = fill(s["sender"])
        sender = s["sender"]
        fdom = sender.split("@")[1]
        traits: list[str] = []
        spec = g.Spec(svc=g.Svc(name=s["name"], sender=sender, domain=s["domain"], display=s["display"],
                                dkim=s["dkim"], relay=s["relay"], mta=fill(s["mta"]) if s["mta"] else ""),
                      expect=m["expect"], cause=m["cause"], event=m["event"], lang=lang,
                      subject=m["subject"], paragraphs=[], reason=m["reason"], split=SPLIT)
        spec.rcpt = official
        address, recipients, owner = official, [official], None
        to_addr = official            # the address the service wrote to
        delivered = official          # the mailbox the government server delivered to
        extra_pre: list[str] = []     # headers the receiving side adds above the sender's
        cc_addr = None
        if m.get("plus"):
            to_addr = f"{local}+{m['plus']}@{rdom}"
            # Label correction by the lead: a `+tag` is the same mailbox, and
            # the project reports mailboxes (README, "Sub-addresses"), so the
            # mailbox holds the account; the tagged form stays a recipient.
            address, recipients, owner = official, [to_addr, official], official
            extra_pre.append(f"X-Original-To: {to_addr}")
            traits.append("subaddress")
        if "cc_index" in m:
            cc_addr = OFFICIALS[m["cc_index"]][1]
            recipients = [official, cc_addr]
            traits.append("cc-official")
            if m.get("deliver_cc"):
                delivered, owner = cc_addr, cc_addr
        resent_to = None
        hop = "mail." + ".".join(official.split("@")[1].split(".")[-3:])
        if m.get("resent") or m.get("srs_official"):
            _, resent_to = OFFICIALS[(idx + 3) % len(OFFICIALS)]
            delivered, recipients, owner = resent_to, [official, resent_to], resent_to
            if m.get("resent"):
                traits.append("resent")
            else:
                extra_pre.append(f"X-Original-To: {official}")
                traits.append("srs:official")
        if m.get("postmaster"):
            pm = f"postmaster@{rdom}"
            address, recipients, delivered = pm, [pm], pm
        personal = None
        if m.get("gmail_forward"):
            personal = PERSONAL[0]
            to_addr, recipients = personal, []
            traits.append("gmail-forward")
        presend = None
        if m.get("personal_resent"):
            presend = PERSONAL[1]
            to_addr, recipients = presend, []
            traits.append("resent-personal")
        v["rcpt"], v["masked"] = to_addr, g.masked(to_addr)
        fill.v.update(rcpt=to_addr, masked=g.masked(to_addr))
        date, ts = G.date()
        authserv = authserv_for(delivered)
        subject = fill(m["subject"])
        paras = [fill(p) for p in m["paras"]]
        if lang == "vi":
            subject = g.vi_form(subject, vi)
            paras = [g.vi_form(p, vi) for p in paras]
            traits.append("vi:" + vi)

        if m.get("dsn"):
            if m["dsn"] == "exim":
                raw = fresh3.exim_dsn(g, m, official, name, date, authserv)
            elif m["dsn"] in ("exchange", "gmail"):
                _, raw = fresh2.dsn_parts(g, m, official, name, date, authserv)
            else:
                raw = dsn4(g, m, delivered, name, date, authserv)
            traits = [f"dsn:{m['dsn']}"] + traits
            spec.traits = traits
            spec.address, spec.recipients, spec.owner = address, recipients, owner
            spec.slug = g.slugify(f"{s['domain'].split('.')[0]}-{m['cause']}")
            out.append((spec, raw))
            continue

        relay = s["relay"]
        rp = relay_parts(g, spec.svc, to_addr, relay)
        for suffix, net in ((".google.com", "209.85.220"), (".outlook.com", "40.107"), (".apple.com", "17.58.63"),
                            (".gov.vn", "113.160.14")):
            if rp["host"].endswith(suffix):
                parts = net.split(".")
                while len(parts) < 4:
                    parts.append(str(G.randint(1, 250)))
                rp["ip"] = ".".join(parts)
                break
        if s["mid"]:
            rp["message_id"] = fill(s["mid"]).strip("<>")
        elif fresh2.person_mid(sender, G):
            rp["message_id"] = fresh2.person_mid(sender, G).strip("<>")
        return_path = rp["return_path"]
        if m.get("verp") == "xenforo":
            return_path = f"bounce+{G.hexs(8)}+{to_addr.split('@')[0]}={to_addr.split('@')[1]}@{fdom}"
            traits.append("verp:xenforo")
        if m.get("resent"):
            return_path = official
        if m.get("srs_official"):
            sl, sd = sender.split("@")
            return_path = f"SRS0={G.alnum(4)}={G.alnum(2).upper()}={sd}={sl}@{official.split('@')[1]}"
        if presend:
            return_path = presend
        auth = m.get("auth", "pass")
        dkim_d = s["dkim"] or g.reg(fdom)
        spf_dom = rp["spf_domain"]
        if resent_to or presend:
            spf_dom = official.split("@")[1] if resent_to else "yahoo.com"
        if auth == "dkim-other":
            spf_dom = f"bulk{G.digits(2)}.sendmail-pro.click"

        lines: list[str] = []
        if personal:
            plocal, pdom = personal.split("@")
            tlocal, tdom = official.split("@")
            lines.append(f"Return-Path: <{plocal}+caf_={tlocal}={tdom}@{pdom}>")
            lines.append(f"Delivered-To: {official}")
            lines.append(fresh2.local_received(authserv, official, date, G))
            lines.append(g.fold("Authentication-Results",
                                f"{authserv}; dkim=pass header.d={dkim_d} header.s=20230601; spf=pass "
                                f"smtp.mailfrom={pdom}; dmarc=pass (p=REJECT dis=NONE) header.from={g.reg(fdom)}; "
                                f"arc=pass (i=1 spf=pass dkim=pass dmarc=pass fromdomain={g.reg(fdom)})"))
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
            if m.get("spam"):
                lines.append(f"X-Spam-Flag: YES\r\nX-Spam-Score: {m['spam']}\r\nX-Spam-Level: {'*' * int(float(m['spam']))}")
                lines.append(g.fold("X-Spam-Status",
                                    f"Yes, score={m['spam']} required=5.0 tests=[BAYES_99=3.5, "
                                    "URIBL_ABUSE_SURBL=1.948, RCVD_IN_SBL_CSS=3.335, "
                                    "FROM_SUSPICIOUS_NTLD_FP=1.999] autolearn=spam"))
                traits.append("spam-flag")
            lines.append(f"X-Virus-Scanned: amavisd-new at {authserv}")
            if presend:
                lines.append(g.fold("Authentication-Results",
                                    f"{authserv}; dkim=pass (2048-bit key) header.d=yahoo.com header.b={G.alnum(8)}; "
                                    f"spf=pass smtp.mailfrom=yahoo.com; dmarc=fail (p=REJECT dis=NONE) "
                                    f"header.from={g.reg(fdom)}"))
                lines.append(f"Received: from sonic{G.digits(3)}-{G.digits(2)}.consmr.mail.sg3.yahoo.com "
                             f"(sonic.consmr.mail.sg3.yahoo.com [106.10.{G.randint(240, 250)}.{G.randint(1, 250)}])\r\n"
                             f"\tby {authserv} (Postfix) with ESMTPS id {G.alnum(11).upper()}\r\n\tfor <{official}>; {date}")
            else:
                lines.append(g.fold("Authentication-Results",
                                    fresh2.auth_results(g, authserv, auth, dkim_d, fdom, spf_dom)))
            if resent_to:
                lines.append(f"Received: from {hop} ({hop} [113.160.{G.randint(1, 250)}.{G.randint(1, 250)}])\r\n"
                             f"\tby {authserv} (Postfix) with ESMTPS id {G.alnum(11).upper()}\r\n\tfor <{delivered}>; {date}")
            by = hop if resent_to else ("mx.mail.yahoo.com" if presend else authserv)
            lines.append(f"Received: from {rp['host']} ({rp['host']} [{rp['ip']}])\r\n"
                         f"\tby {by} (Postfix) with ESMTPS id "
                         f"{G.alnum(11).upper()}\r\n\tfor <{to_addr}>; {date}")
        if m.get("internal"):
            lines.append(f"Received: from [10.{G.randint(1, 30)}.{G.randint(1, 250)}.{G.randint(1, 250)}] "
                         f"(unknown [10.{G.randint(1, 30)}.{G.randint(1, 250)}.{G.randint(1, 250)}])\r\n"
                         f"\tby {s['mta'] or 'mail.' + fdom} (Postfix) with ESMTPSA id {G.alnum(11).upper()}; {date}")
        if auth not in ("none", "dmarc-fail"):
            d = spf_dom if auth == "dkim-other" else dkim_d
            lines.append(g.dkim_header(d, G.choice(["s1", "s2", "selector1", "k1", "default", "mx", "pic"]), ts))
            if auth == "pass":
                for d2 in rp["dkim_extra"]:
                    lines.append(g.dkim_header(d2, G.choice(["224i4yxa5dv7c2xz3womw6peuasteono", "smtpapi", "mte1"]), ts))
        lines.append(f"From: {g.display(s['display'], sender, 'b')}")
        if m.get("to_header"):
            lines.append(f"To: {m['to_header']}")
            traits.append("undisclosed-recipients")
        else:
            nm = rcpt_name if to_addr == official else ""
            lines.append(f"To: {g.display(nm, to_addr, 'b')}" if nm else f"To: {to_addr}")
        if cc_addr:
            lines.append(f"Cc: {cc_addr}")
        if m.get("resent"):
            lines.append(f"Resent-From: {official}")
            lines.append(f"Resent-To: {resent_to}")
            lines.append(f"Resent-Date: {date}")
            lines.append(f"Resent-Message-ID: <{G.hexs(20)}@{official.split('@')[1]}>")
        if presend:
            lines.append(f"Resent-From: {presend}")
            lines.append(f"Resent-To: {official}")
            lines.append(f"Resent-Date: {date}")
            lines.append(f"Resent-Message-ID: <{G.digits(10)}.{G.digits(7)}@mail.yahoo.com>")
        subj_enc = "b" if G.randint(0, 1) else "q"
        lines.append("Subject: " + g.encode_header_text(subject, subj_enc))
        lines.append(f"Date: {date}")
        lines.append(f"Message-ID: <{rp['message_id']}>")
        lines.append("MIME-Version: 1.0")
        for h in m.get("extra", []):
            lines.append(fill(h))
        if m.get("internal"):
            lines.append("X-Mailer: Zimbra 8.8.15_GA_4508 (ZimbraWebClient - GC120 (Win)/8.8.15_GA_4508)")
        if m.get("list_headers") and relay != "google-groups":
            lines.extend(fresh2.list_headers(g, relay, fdom, m["event"]))
            traits.append("list-headers")
        lines.extend(rp["extra"])

        # Body
        if m.get("calendar"):
            form = "html+text"
        elif m["cause"] in NO_FOOTER or m.get("internal"):
            form = m.get("form") or G.choice(["text", "text", "html+text"])
        else:
            form = m.get("form") or G.choice(["html+text", "html+text", "html", "text", "related"])
        cte = m.get("cte") or G.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])
        if m.get("footer") is not None:
            footer = fill(m["footer"])
        elif m["cause"] in NO_FOOTER or m.get("internal"):
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
        for h in m.get("extra", []):
            if h.startswith("X-Mailer:"):
                traits.append("x-mailer:" + h.split(":", 1)[1].strip().split()[0].lower())
                break
        if auth != "pass":
            traits.append("auth:" + auth)
        traits.append("body:" + form)
        traits.append("cte:" + cte)
        if m.get("calendar"):
            traits.append("text-calendar")
        if form == "text":
            body_text = "\n\n".join(paras) + ("\n\n" + footer if footer else "") + "\n"
            if any(p.startswith(("[button]", "[big]")) for p in paras):
                body_text = g.text_page(paras, footer)
            lines.append("Content-Type: text/plain; charset=UTF-8")
            lines.append(f"Content-Transfer-Encoding: {cte}")
            raw = "\r\n".join(lines).encode() + b"\r\n\r\n" + g.body_bytes(body_text, cte)
        else:
            page = g.html_page(paras, subject, footer, form == "ckeditor", m.get("pad_rows", 0))
            if m.get("html_tables"):
                page = fresh3.layout_tables(page)
                traits.append("html-layout-tables")
            if form == "related":
                page = page.replace("<table role=\"presentation\" width=\"600\"",
                                    '<table role="presentation" width="600"><tr><td><img src="cid:logo@'
                                    + g.reg(fdom) + '" width="120" alt="' + s["name"] + '"></td></tr></table>\n'
                                    + '<table role="presentation" width="600"', 1)
                outer = f"=_alt_{G.hexs(24)}"
                inner = f"=_rel_{G.hexs(24)}"
                lines.append(f'Content-Type: multipart/alternative; boundary="{outer}"')
                chunks = ["\r\n".join(lines).encode(), b"\r\n\r\n"]
                chunks.append(f"--{outer}\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                              f"Content-Transfer-Encoding: {cte}\r\n\r\n".encode())
                chunks.append(g.body_bytes(g.text_page(paras, footer), cte))
                chunks.append(f"\r\n--{outer}\r\nContent-Type: multipart/related; boundary=\"{inner}\"; "
                              f"type=\"text/html\"\r\n\r\n".encode())
                chunks.append(f"--{inner}\r\nContent-Type: text/html; charset=UTF-8\r\n"
                              f"Content-Transfer-Encoding: {cte}\r\n\r\n".encode())
                chunks.append(g.body_bytes(page, cte))
                chunks.append(f"\r\n--{inner}\r\nContent-Type: image/png; name=\"logo.png\"\r\n"
                              "Content-Transfer-Encoding: base64\r\n"
                              f"Content-ID: <logo@{g.reg(fdom)}>\r\n"
                              "Content-Disposition: inline; filename=\"logo.png\"\r\n\r\n".encode())
                chunks.append(base64.encodebytes(fresh3.PNG).replace(b"\n", b"\r\n"))
                chunks.append(f"--{inner}--\r\n\r\n--{outer}--\r\n".encode())
                raw = b"".join(chunks)
                traits.append("inline-image")
            elif form in ("html", "ckeditor"):
                lines.append("Content-Type: text/html; charset=UTF-8")
                lines.append(f"Content-Transfer-Encoding: {cte}")
                raw = "\r\n".join(lines).encode() + b"\r\n\r\n" + g.body_bytes(page, cte)
            else:
                boundary = f"=_{G.hexs(32)}"
                lines.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
                chunks = ["\r\n".join(lines).encode(), b"\r\n\r\n"]
                alts = [("text/plain; charset=UTF-8", g.text_page(paras, footer)), ("text/html; charset=UTF-8", page)]
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
