"""The fresh2 split of the evaluation set (see eval/README.md, "The fresh2 split").

Called by generate.py after dev, holdout and fresh, from a seed of its own, so
the other splits keep their bytes. Standard library only, deterministic.

Written by a writer who read neither the detector (src/rules, src/detector,
src/bounce.rs) nor the catalog nor which messages of the other splits fail.
Every message is modelled on what the service sends: its sending address,
the relay it uses and that relay's bounce address, DKIM d=, Message-ID form,
list headers where the service puts them, the headers of the software that
writes it (phpBB, vBulletin, Gitea, Discourse, Mastodon, WordPress/PHPMailer,
Moodle, Synapse ...), and the receiving government server's
Authentication-Results and Received lines.
"""

from __future__ import annotations

import base64

FRESH2_SEED = 20261203
SPLIT = "fresh2"

# Officials of this split: units and people used in no other split.
OFFICIALS = [
    ("Nguyễn Thị Diệu Linh", "dieulinh.nt@svhttdl.quangngai.gov.vn"),
    ("Lý Văn Tài", "ly.van.tai@tunghia.quangngai.gov.vn"),
    ("Âu Thị Ngân", "authingan@moduc.quangngai.gov.vn"),
    ("Dương Quốc Việt", "duong.quoc.viet@bqlkkt.quangngai.gov.vn"),
    ("La Thành Nhân", "lathanhnhan@skhcn.quangngai.gov.vn"),
    ("Tôn Nữ Minh Thư", "tonnuminhthu@sotttt.kontum.gov.vn"),
    ("Vi Văn Khánh", "vi.van.khanh@most.gov.vn"),
    ("Phòng Hành chính", "hanhchinh@vpubnd.gialai.gov.vn"),
    ("Hà Minh Nhật", "ha.minh.nhat@stp.binhdinh.gov.vn"),
]

# Personal mailboxes of this split (forward traps, person-to-person mail).
PERSONAL = [
    "linhdieu.qn@gmail.com",
    "taily.tn1987@gmail.com",
    "quocviet.dq@yahoo.com",
    "minhthu.kt@outlook.com",
]

MESSAGES: list[dict] = []


def svc(name: str, sender: str, domain: str, relay: str = "", display: str | None = None,
        dkim: str = "", mta: str = "", mid: str = "") -> dict:
    """A sender as it really mails: From address, registrable service domain,
    relay, DKIM d= (default: the From domain's registrable domain), outbound
    host and Message-ID form ({hex}, {alnum}, {num} filled in)."""
    return {"name": name, "sender": sender, "domain": domain, "relay": relay,
            "display": name if display is None else display, "dkim": dkim, "mta": mta, "mid": mid}


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

# Vietnamese services
SHOPEE = svc("Shopee", "info@mail.shopee.vn", "shopee.vn", relay="sendgrid")
LAZADA = svc("Lazada Vietnam", "info@mail.lazada.vn", "lazada.vn", relay="ses-custom")
TIKI = svc("Tiki", "no-reply@tiki.vn", "tiki.vn", relay="sendgrid")
MOMO = svc("Ví MoMo", "no-reply@momo.vn", "momo.vn", relay="ses-custom")
VNPAY = svc("VNPAY", "no-reply@vnpay.vn", "vnpay.vn")
ZALOPAY = svc("ZaloPay", "no-reply@zalopay.vn", "zalopay.vn", relay="ses")
VIETTELMONEY = svc("Viettel Money", "no-reply@viettelmoney.vn", "viettelmoney.vn")
GRAB = svc("Grab", "no-reply@grab.com", "grab.com", relay="sparkpost")
XANHSM = svc("Xanh SM", "noreply@xanhsm.com", "xanhsm.com", relay="ses-custom")
AGODA = svc("Agoda", "no-reply@agoda.com", "agoda.com", mta="mx-out-sg.agoda.com")
TRAVELOKA = svc("Traveloka", "noreply@traveloka.com", "traveloka.com", relay="sendgrid")
FPTSHOP = svc("FPT Shop", "noreply@fptshop.com.vn", "fptshop.com.vn", relay="ses-custom")
TGDD = svc("Thế Giới Di Động", "noreply@thegioididong.com", "thegioididong.com", relay="sendgrid")
MYTV = svc("MyTV", "mytv@vnpt.vn", "mytv.com.vn", dkim="vnpt.vn")
TV360 = svc("TV360", "noreply@tv360.vn", "tv360.vn")
BASEVN = svc("Base.vn", "noreply@base.vn", "base.vn", relay="mailgun")
MISA = svc("MISA", "noreply@misa.com.vn", "misa.com.vn", relay="ses-custom")
TOPCV = svc("TopCV", "noreply@topcv.vn", "topcv.vn", relay="ses-custom")
# Chợ Tốt's site is chotot.com (its help pages); the mail is written from
# chotot.vn as first modelled, and the label names the real service domain.
CHOTOT = svc("Chợ Tốt", "noreply@chotot.vn", "chotot.com", relay="sendgrid")
ZALO_OA = svc("Zalo Official Account", "no-reply@oa.zalo.me", "zalo.me", dkim="zalo.me")
VIBLO = svc("Viblo", "no-reply@viblo.asia", "viblo.asia", relay="ses")
VOZ = svc("VOZ", "noreply@voz.vn", "voz.vn")

# Global services
FB_SEC = svc("Facebook", "security@facebookmail.com", "facebook.com", mta="mx-out.facebook.com",
             mid="<{hex32}@facebookmail.com>")
FB_NOTIF = svc("Facebook", "notification@facebookmail.com", "facebook.com", mta="mx-out.facebook.com",
               mid="<{hex32}@facebookmail.com>")
GOOGLE = svc("Google", "no-reply@accounts.google.com", "google.com", mta="mail-sor-f69.google.com",
             mid="<{alnum22}-{alnum8}@accounts.google.com>")
MSFT = svc("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com", "microsoft.com",
           mta="mail-bn8nam12on2073.outbound.protection.outlook.com",
           mid="<{alnum10}.{num5}.{hex12}@{alnum6}.prod.outlook.com>", dkim="accountprotection.microsoft.com")
APPLE = svc("Apple", "no_reply@email.apple.com", "apple.com", mta="rn2-txn-msbadger05103.apple.com",
            mid="<{hex16}.{num6}@email.apple.com>", dkim="email.apple.com")
TIKTOK = svc("TikTok", "register@account.tiktok.com", "tiktok.com", relay="sendgrid")
TELEGRAM = svc("Telegram", "noreply@telegram.org", "telegram.org", mta="mail.telegram.org")
DISCORD = svc("Discord", "noreply@discord.com", "discord.com", relay="sendgrid")
LINKEDIN_MSG = svc("LinkedIn", "messages-noreply@linkedin.com", "linkedin.com", mta="maild-ea.linkedin.com",
                   mid="<{num10}.{num5}.{num13}@ltx1-app{num4}.prod.linkedin.com>")
LINKEDIN_INV = svc("LinkedIn", "invitations@linkedin.com", "linkedin.com", mta="maild-fb.linkedin.com",
                   mid="<{num10}.{num5}.{num13}@ltx1-app{num4}.prod.linkedin.com>")
XCOM = svc("X", "info@x.com", "x.com", mta="spring-chicken-bc.twitter.com", mid="<{hex16}.{num6}@x.com>")
REDDIT = svc("Reddit", "noreply@redditmail.com", "reddit.com", relay="ses-custom", dkim="redditmail.com")
QUORA = svc("Quora Digest", "digest-noreply@quora.com", "quora.com", relay="ses-custom")
MEDIUM = svc("Medium", "noreply@medium.com", "medium.com", relay="sendgrid")
GITHUB = svc("GitHub", "noreply@github.com", "github.com", mta="out-21.smtp.github.com",
             mid="<{hex12}.{num7}@github.com>")
CANVA = svc("Canva", "no-reply@canva.com", "canva.com", relay="ses-custom")
ZOOM = svc("Zoom", "no-reply@zoom.us", "zoom.us", relay="sendgrid")
STRIPE_OPENAI = svc("OpenAI", "invoice+statements+acct_1HOrSwC6h1nxGoI3@stripe.com", "openai.com",
                    display="OpenAI, LLC", dkim="stripe.com", mta="mail-{alnum6}.stripe.com",
                    mid="<{alnum24}@mail.stripe.com>")
ANTHROPIC = svc("Anthropic", "no-reply-{alnum10}@mail.anthropic.com", "anthropic.com", relay="sendgrid",
                dkim="mail.anthropic.com")
GEMINI = svc("Google Gemini", "gemini-noreply@google.com", "google.com", mta="mail-sor-f73.google.com",
             mid="<{alnum22}@google.com>")
DROPBOX = svc("Dropbox", "no-reply@dropbox.com", "dropbox.com", mta="mailrelay-2.dropbox.com")
NETFLIX = svc("Netflix", "info@account.netflix.com", "netflix.com", relay="sparkpost", dkim="netflix.com")
SPOTIFY = svc("Spotify", "no-reply@spotify.com", "spotify.com", relay="sparkpost")
GRAMMARLY = svc("Grammarly Insights", "info@send.grammarly.com", "grammarly.com", relay="sendgrid")
STRAVA = svc("Strava", "no-reply@strava.com", "strava.com", relay="sparkpost")
INSTAGRAM = svc("Instagram", "security@mail.instagram.com", "instagram.com", mta="mx-out.facebook.com",
                mid="<{hex32}@mail.instagram.com>")
DUOLINGO = svc("Duolingo", "hello@duolingo.com", "duolingo.com", relay="ses")
ADOBE = svc("Adobe", "message@adobe.com", "adobe.com", mta="mail.adobe.com")
SUPABASE = svc("Supabase Auth", "noreply@mail.app.supabase.io", "supabase.io", relay="ses-custom")

# Self-hosted software on invented domains (outside any catalog)
FB_PROJECT = "quanlyvattu-7f3a2.firebaseapp.com"


# ==========================================================================
# Account messages (~95)
# ==========================================================================

def accounts() -> None:
    # ---- Vietnamese services --------------------------------------------
    A(SHOPEE, "order-shipped", "transaction", "vi",
      "Đơn hàng #{order} đã được bàn giao cho đơn vị vận chuyển",
      ["Xin chào {user},", "Đơn hàng #{order} của bạn đã được người bán bàn giao cho SPX Express.",
       "Mã vận đơn: SPXVN0{ref}", "Dự kiến giao: {day}", "[button]Theo dõi đơn hàng"],
      "Shopee shipping notice to the buyer's account e-mail", list_headers=True)
    A(SHOPEE, "password-changed", "security_alert", "vi", "Mật khẩu tài khoản Shopee của bạn đã được thay đổi",
      ["Chào {user},", "Mật khẩu đăng nhập tài khoản Shopee của bạn vừa được thay đổi lúc 21:14 ngày {day}.",
       "Nếu bạn không thực hiện thay đổi này, hãy liên hệ ngay Trung tâm trợ giúp Shopee."],
      "Shopee password changed confirmation")
    A(LAZADA, "order-shipped", "transaction", "vi", "Kiện hàng của bạn đang trên đường giao",
      ["Chào {name},", "Kiện hàng thuộc đơn #{ref} đã rời kho Lazada và đang trên đường đến bạn.",
       "Đơn vị vận chuyển: LEX VN", "[button]Xem chi tiết đơn hàng"],
      "Lazada parcel on its way", list_headers=True)
    A(TIKI, "code-in-subject", "login_code", "vi", "Tiki: {code} là mã OTP đăng nhập của bạn",
      ["Vui lòng không chia sẻ mã này cho bất kỳ ai, kể cả nhân viên Tiki.", "Mã có hiệu lực trong 5 phút."],
      "Tiki login OTP: the code and the word OTP only in the subject", form="text")
    A(MOMO, "e-wallet", "transaction", "vi", "Sao kê Ví MoMo tháng 10/2025",
      ["Kính gửi Quý khách,", "MoMo gửi Quý khách bản sao kê giao dịch Ví MoMo tháng 10/2025 trong tệp đính kèm.",
       "Mật khẩu mở tệp là 6 số cuối số điện thoại đăng ký Ví."],
      "MoMo monthly wallet statement")
    A(VNPAY, "e-wallet", "transaction", "vi", "VNPAY - Biên lai thanh toán hóa đơn tiền điện",
      ["Quý khách đã thanh toán thành công hóa đơn tiền điện kỳ 10/2025.", "Số tiền: {amount} VND",
       "Mã giao dịch: {ref}", "Cảm ơn Quý khách đã sử dụng dịch vụ VNPAY."],
      "VNPAY bill payment receipt")
    A(ZALOPAY, "e-wallet", "security_alert", "vi", "Thông báo đăng nhập ZaloPay trên thiết bị mới",
      ["Tài khoản ZaloPay của bạn vừa được đăng nhập trên thiết bị Samsung SM-A546E.",
       "Thời gian: 07:42 {day}", "Nếu không phải bạn, hãy khóa tài khoản ngay trong ứng dụng."],
      "ZaloPay new-device login notice")
    A(GRAB, "ride-receipt", "transaction", "en", "Your Grab E-Receipt",
      ["Hope you enjoyed your ride!", "GrabCar 4 seats · Quảng Ngãi", "Total paid: ₫{amount}",
       "Booking ID: A-{alnum8}"], "GrabCar e-receipt")
    A(XANHSM, "ride-receipt", "transaction", "vi", "Hóa đơn chuyến đi Xanh SM ngày {day}",
      ["Cảm ơn Quý khách đã lựa chọn Xanh SM.", "Loại xe: Xanh SM Car", "Cước phí: {amount} VND",
       "Tài xế: Nguyễn V. Hậu"], "Xanh SM trip invoice")
    A(AGODA, "booking", "transaction", "en", "Reminder: your stay at Sa Huynh Beach Resort starts in 3 days",
      ["Hi {name},", "Your check-in is on {day}. Booking ID: {ref}",
       "Manage your booking in the Agoda app or on agoda.com."],
      "Agoda pre-stay reminder")
    A(AGODA, "booking", "transaction", "vi", "Xác nhận đặt phòng Agoda số {ref}",
      ["Kính gửi {name},", "Đặt phòng của bạn tại Khách sạn Mường Thanh Quảng Ngãi đã được xác nhận.",
       "Nhận phòng: {day}", "Mã đặt phòng: {ref}"], "Agoda booking confirmation in Vietnamese",
      list_headers=False)
    A(TRAVELOKA, "booking", "transaction", "vi", "E-ticket chuyến bay của bạn - Mã đặt chỗ {pnr}",
      ["Xin chào {name},", "Traveloka đã xuất vé cho chuyến bay Đà Nẵng - TP. Hồ Chí Minh.",
       "Mã đặt chỗ hãng: {pnr}", "Vui lòng có mặt tại sân bay trước giờ khởi hành 90 phút."],
      "Traveloka flight e-ticket")
    A(FPTSHOP, "order-shipped", "transaction", "vi", "FPT Shop xác nhận đơn hàng #{ref}",
      ["Cảm ơn anh/chị đã đặt hàng tại FPT Shop.", "Sản phẩm: Laptop Lenovo IdeaPad Slim 3",
       "Hình thức nhận: Nhận tại cửa hàng 125 Hùng Vương, Quảng Ngãi", "Tổng tiền: {amount}.000₫"],
      "FPT Shop order confirmation", pad_rows=6)
    A(MYTV, "subscription-receipt", "transaction", "vi", "Gói cước MyTV của Quý khách sắp hết hạn",
      ["Kính gửi Quý khách,", "Gói MyTV Nâng cao trên tài khoản {user} sẽ hết hạn vào ngày {day}.",
       "Vui lòng gia hạn để tiếp tục xem các kênh truyền hình."],
      "MyTV (VNPT) subscription expiring; sent from vnpt.vn")
    A(BASEVN, "signup-wording", "account_created", "vi", "Chào mừng bạn đến với Base Account",
      ["Xin chào {name},", "Tài khoản Base của bạn đã được tạo với địa chỉ email {rcpt}.",
       "[button]Đăng nhập Base", "Bạn có thể cài ứng dụng Base trên điện thoại để nhận thông báo."],
      "Base.vn office-suite welcome")
    A(MISA, "signup-wording", "email_verification", "vi", "Kích hoạt tài khoản MISA ID",
      ["Kính gửi Quý khách,", "Cảm ơn Quý khách đã đăng ký MISA ID. Vui lòng bấm nút dưới đây để kích hoạt tài khoản.",
       "[button]Kích hoạt ngay", "Liên kết có hiệu lực trong 24 giờ."], "MISA ID activation")
    A(TOPCV, "job-board", "activity_notification", "vi", "Nhà tuyển dụng vừa xem CV của bạn",
      ["Chào {name},", "Công ty TNHH Tư vấn Xây dựng Miền Trung vừa xem CV \"Chuyên viên quản lý dự án\" của bạn.",
       "[button]Xem chi tiết"], "TopCV profile viewed by an employer", list_headers=True)
    A(CHOTOT, "classified-ad", "activity_notification", "vi", "Tin đăng \"Bán xe Wave Alpha 2019\" đã được duyệt",
      ["Chúc mừng! Tin đăng của bạn đã hiển thị trên Chợ Tốt.", "Mã tin: {ref}",
       "Đẩy tin để tiếp cận nhiều người mua hơn."], "Chợ Tốt listing approved")
    A(ZALO_OA, "unread-messages", "activity_notification", "vi",
      "[Zalo OA] Trang của bạn có 7 tin nhắn chưa đọc",
      ["Official Account \"Trung tâm Văn hóa tỉnh\" có 7 tin nhắn mới chưa được phản hồi.",
       "[button]Mở trang quản trị OA"], "Zalo Official Account admin: unread messages")
    A(VOZ, "forum-software-header", "email_verification", "vi", "Yêu cầu xác nhận tài khoản",
      ["{user}, để hoàn tất đăng ký tài khoản tại VOZ, bạn cần xác nhận địa chỉ email bằng cách nhấn vào liên kết sau:",
       "https://voz.vn/account-confirmation/{user}/email?c={alnum16}", "Cảm ơn,", "VOZ"],
      "XenForo account confirmation (voz.vn), generic subject without the board name",
      form="text", verp="xenforo")

    # ---- Facebook / Meta ---------------------------------------------
    A(FB_SEC, "password-changed", "security_alert", "vi", "Mật khẩu Facebook của bạn đã được thay đổi",
      ["Xin chào {name},", "Mật khẩu tài khoản Facebook của bạn đã được thay đổi vào {day} lúc 22:05.",
       "Nếu bạn đã thực hiện thay đổi này, bạn không cần làm gì thêm.",
       "Nếu không phải bạn, hãy bảo mật tài khoản ngay."],
      "Facebook password changed", extra=["X-Facebook-Notify: password_change; mailid={hex12}",
                                          "X-Mailer: ZuckMail [version 1.00]"])
    A(FB_NOTIF, "unread-messages", "activity_notification", "vi", "Bạn có 9 thông báo mới và 2 tin nhắn",
      ["{name} ơi, có nhiều điều bạn đã bỏ lỡ trên Facebook.", "Hội Cán bộ trẻ Quảng Ngãi và 8 thông báo khác",
       "[button]Xem thông báo"], "Facebook unread notifications reminder",
      extra=["X-Facebook-Notify: engage_digest_email; mailid={hex12}", "X-Mailer: ZuckMail [version 1.00]"],
      list_headers=True)
    A(INSTAGRAM, "code-in-subject", "login_code", "en", "{code} is your Instagram code",
      ["Hi {user},", "Someone tried to log in to your Instagram account. If this was you, enter this code in the app.",
       "[big]{code}"], "Instagram login code",
      extra=["X-Facebook-Notify: ig_login_code; mailid={hex12}", "X-Mailer: ZuckMail [version 1.00]"])

    # ---- Google ---------------------------------------------------------
    A(GOOGLE, "two-factor", "security_alert", "en", "2-Step Verification turned on",
      ["2-Step Verification turned on", "{rcpt}",
       "Your Google Account {rcpt} is now protected with 2-Step Verification.",
       "You received this email to let you know about important changes to your Google Account and services."],
      "Google: 2-Step Verification enabled on a Google Account using the official address")
    A(GOOGLE, "two-factor", "security_alert", "vi", "Đã bật tính năng Xác minh 2 bước",
      ["Tài khoản Google {rcpt} của bạn hiện đã được bảo vệ bằng tính năng Xác minh 2 bước.",
       "Bạn nhận được email này để biết những thay đổi quan trọng đối với Tài khoản Google và dịch vụ của bạn."],
      "Google 2SV enabled, in Vietnamese")
    # ---- Microsoft / Apple ---------------------------------------------
    A(MSFT, "password-changed", "security_alert", "en", "Your Microsoft account password has changed",
      ["Microsoft account", "Your password changed",
       "The password for the Microsoft account {masked} was changed.",
       "If this was you, then you can safely ignore this email."], "Microsoft password changed")
    A(MSFT, "password-changed", "security_alert", "vi", "Mật khẩu tài khoản Microsoft của bạn đã thay đổi",
      ["Tài khoản Microsoft", "Mật khẩu của bạn đã thay đổi",
       "Mật khẩu cho tài khoản Microsoft {masked} đã được thay đổi.",
       "Nếu đây là bạn, bạn có thể bỏ qua email này một cách an toàn."], "Microsoft password changed, Vietnamese")
    A(APPLE, "new-device", "security_alert", "en",
      "Your Apple Account was used to sign in to iCloud via a web browser",
      ["Dear {name},", "Your Apple Account ({rcpt}) was used to sign in to iCloud via a web browser.",
       "Date and Time: {day}, 08:12 ICT", "If the information above looks familiar, you can ignore this message."],
      "Apple sign-in to iCloud notice")
    A(APPLE, "subscription-receipt", "transaction", "vi", "Biên lai của bạn từ Apple.",
      ["Apple Account: {rcpt}", "iCloud+ với 50 GB dung lượng (Hàng tháng)", "Tổng cộng: 19.000 ₫",
       "Gia hạn ngày {day}"], "Apple iCloud+ renewal receipt in Vietnamese", form="html")

    # ---- Messaging / social ------------------------------------------
    A(TIKTOK, "code-in-subject", "email_verification", "vi", "{code} là mã xác minh của bạn",
      ["Mã xác minh", "Để xác minh tài khoản, hãy nhập mã này vào TikTok:", "[big]{code}",
       "Mã xác minh sẽ hết hạn sau 5 phút."], "TikTok verification code")
    A(TELEGRAM, "signup-wording", "login_code", "en", "Telegram login code",
      ["Your login code: {code5}", "Do not give this code to anyone, even if they say they are from Telegram!",
       "This code can be used to log in to your Telegram account. We never ask it for anything else."],
      "Telegram e-mail login code", form="text")
    A(DISCORD, "new-device", "security_alert", "en", "Verify Discord Login from New Location",
      ["Hey {user},", "Someone tried to log into your Discord account from a new location. If this is you, follow the link below to authorize logging in from this location on your account.",
       "IP Address: 113.185.{num2}.{num2}", "Location: Quang Ngai, Vietnam", "[button]Verify Login"],
      "Discord new-location login check")
    A(LINKEDIN_MSG, "unread-messages", "activity_notification", "en", "You have 3 new messages",
      ["{name}, you have 3 new messages", "Hoang Phuc: Chao anh, em gui anh ho so du an...",
       "[button]View messages"], "LinkedIn unread messages",
      extra=["X-LinkedIn-Class: INMAIL", "X-LinkedIn-Template: email_member_message_v2",
             "X-LinkedIn-fbl: s-{hex32}"], list_headers=True)
    A(XCOM, "account-deletion", "notification", "en", "Your account has been deactivated",
      ["@{user}", "Your X account has been deactivated.",
       "If you don't log back in within 30 days, your account will be permanently deleted."],
      "X account deactivation, deletion scheduled")
    A(REDDIT, "social-digest", "activity_notification", "en", "\"Anyone know a good pho place near...\"",
      ["u/{user}, here's what's trending in your communities", "r/VietNam · 412 upvotes",
       "r/dataengineering · 88 comments", "[button]Open Reddit"],
      "Reddit trending digest to a username", list_headers=True)
    A(QUORA, "social-digest", "activity_notification", "en", "Why do some provinces merge their administrative units?",
      ["Top stories for {name}", "Why do some provinces merge their administrative units? · 14 answers",
       "What is the best way to learn Python for data analysis?"],
      "Quora Digest to a member", list_headers=True)
    A(MEDIUM, "magic-link", "login_code", "en", "Sign in to Medium",
      ["Click below to sign in to your Medium account.", "[button]Sign in to Medium",
       "This link will expire in 15 minutes and can only be used once.",
       "If you didn't request this, you can safely ignore this email."], "Medium magic-link sign-in")
    # ---- Developer / productivity --------------------------------------
    A(GITHUB, "new-device", "login_code", "en", "[GitHub] Please verify your device",
      ["Hey {user}!", "A sign in attempt requires further verification because we did not recognize your device. To complete the sign in, enter the verification code on the unrecognized device.",
       "Device: Chrome on Windows", "Verification code: {code}"], "GitHub device verification",
      extra=["X-GitHub-Reason: security", "X-Auto-Response-Suppress: All"])
    A(CANVA, "code-in-subject", "login_code", "vi", "Mã đăng nhập Canva của bạn là {code}",
      ["Nhập mã này để đăng nhập Canva.", "Nếu bạn không yêu cầu mã, bạn có thể bỏ qua email này."],
      "Canva login code, Vietnamese")
    A(STRIPE_OPENAI, "processor-receipt", "transaction", "en", "Your receipt from OpenAI, LLC #2{num3}-{num4}",
      ["Receipt from OpenAI, LLC", "Amount paid $20.00", "ChatGPT Plus Subscription × 1",
       "Questions? Contact OpenAI, LLC at ar@openai.com.", "You're receiving this email because you made a purchase at OpenAI, LLC, which partners with Stripe to provide invoicing and payment processing."],
      "ChatGPT Plus receipt sent by Stripe on behalf of OpenAI (invoice+statements+acct_...@stripe.com)")
    A(ANTHROPIC, "magic-link", "login_code", "en", "Secure link to log in to Claude.ai",
      ["Log in to Claude.ai", "Click the button below to log in to Claude.ai. This link will expire in 1 hour.",
       "[button]Sign in to Claude.ai", "Or sign in using this verification code: {code}",
       "If you didn't try to sign in, you can safely ignore this email."], "Claude magic-link sign-in")
    A(DROPBOX, "storage-full", "notification", "vi", "Dropbox của bạn sắp đầy",
      ["Chào {name},", "Bạn đã dùng 95% dung lượng Dropbox Basic (2 GB).",
       "Khi đầy, tệp sẽ ngừng đồng bộ trên các thiết bị."], "Dropbox storage almost full")
    A(NETFLIX, "new-device", "security_alert", "en", "A new device is using your account",
      ["Hi {name},", "A new device signed in to your Netflix account, {rcpt}.", "Device: Smart TV",
       "Location: Quang Ngai, Vietnam", "If this was you or someone in your household, enjoy watching!"],
      "Netflix new device sign-in")
    A(NETFLIX, "code-in-subject", "login_code", "vi", "Netflix: Mã đăng nhập của bạn",
      ["Nhập mã này để đăng nhập", "[big]{code4}", "Mã này sẽ hết hạn sau 15 phút."],
      "Netflix sign-in code in Vietnamese")
    A(SPOTIFY, "subscription-receipt", "transaction", "en", "Your Spotify Premium receipt",
      ["Thanks for your payment, {name}.", "Premium Individual · ₫59,000", "Next billing date: {day}",
       "Account: {masked}"], "Spotify Premium receipt")
    A(GRAMMARLY, "weekly-summary", "activity_notification", "en", "Your weekly writing update",
      ["Hi {name},", "You were more productive than 72% of Grammarly users last week.",
       "Words checked: 4,318", "Top mistake: missing commas"], "Grammarly weekly writing stats",
      list_headers=True)
    A(STRAVA, "weekly-summary", "activity_notification", "vi", "Tóm tắt hoạt động tuần của bạn",
      ["{name}, đây là tuần của bạn trên Strava", "3 hoạt động · 21,4 km · 2 giờ 05 phút",
       "Bạn đã vượt mục tiêu tuần trước."], "Strava weekly summary in Vietnamese", list_headers=True)
    A(DUOLINGO, "learning-reminder", "activity_notification", "vi", "Chuỗi 47 ngày của bạn sắp bị mất!",
      ["Hi {name}, chỉ cần 5 phút để giữ chuỗi.", "[button]Học ngay"], "Duolingo streak reminder",
      list_headers=True)
    A(ADOBE, "signup-wording", "email_verification", "en", "Verify your email address",
      ["Adobe Account", "Please verify your email address {rcpt} to complete your Adobe account setup.",
       "[button]Verify now"], "Adobe account e-mail verification (brand only in sender and body heading)")
    A(SUPABASE, "magic-link", "email_verification", "en", "Confirm Your Signup",
      ["Confirm your signup", "Follow this link to confirm your user:", "[button]Confirm your mail"],
      "Supabase default signup confirmation (the app using Supabase is not named)", form="html")

    # ---- Firebase-auth app (private suffix firebaseapp.com) --------------
    A(svc("quanlyvattu", f"noreply@{FB_PROJECT}", FB_PROJECT, mta="mail-sor-f97.google.com", dkim=FB_PROJECT,
          mid="<{alnum22}@google.com>"),
      "signup-wording", "email_verification", "en", "Verify your email for quanlyvattu",
      ["Hello,", "Follow this link to verify your email address.", "https://quanlyvattu-7f3a2.firebaseapp.com/__/auth/action?mode=verifyEmail&oobCode={alnum24}",
       "If you didn't ask to verify this address, you can ignore this email.", "Thanks,", "Your quanlyvattu team"],
      "Firebase Auth default verification; firebaseapp.com is a public-suffix-list private suffix",
      form="text")

    # ---- Self-hosted software on invented domains ------------------------
    A(svc("Diễn đàn Thủy lợi Miền Trung", "noreply@thuyloimientrung.vn", "thuyloimientrung.vn"),
      "forum-software-header", "account_created", "vi", "Chào mừng bạn đến với Diễn đàn Thủy lợi Miền Trung",
      ["Xin chào {user},", "Cảm ơn bạn đã đăng ký tại Diễn đàn Thủy lợi Miền Trung.",
       "Tài khoản của bạn đang chờ kích hoạt. Vui lòng nhấn vào liên kết bên dưới:",
       "https://thuyloimientrung.vn/ucp.php?mode=activate&u={num4}&k={alnum10}",
       "Tên đăng nhập: {user}"],
      "phpBB welcome (inactive) with the board's headers", form="text", cte="8bit",
      extra=["X-Mailer: phpBB3", "X-MimeOLE: phpBB3", "X-phpBB-Origin: phpbb://thuyloimientrung.vn",
             "X-MSMail-Priority: Normal", "X-Priority: 3"])
    A(svc("Diễn đàn Thủy lợi Miền Trung", "noreply@thuyloimientrung.vn", "thuyloimientrung.vn"),
      "unread-messages", "activity_notification", "vi", "Có tin nhắn riêng mới",
      ["Xin chào {user},", "Bạn vừa nhận được một tin nhắn riêng mới từ \"kysu_binh\" tại \"Diễn đàn Thủy lợi Miền Trung\" với tiêu đề:",
       "Số liệu mực nước hồ Nước Trong", "Bạn có thể xem tin nhắn tại: https://thuyloimientrung.vn/ucp.php?i=pm&folder=inbox"],
      "phpBB private message notification (only the engine headers name the board's software)",
      form="text", cte="8bit",
      extra=["X-Mailer: phpBB3", "X-MimeOLE: phpBB3", "X-phpBB-Origin: phpbb://thuyloimientrung.vn",
             "X-MSMail-Priority: Normal", "X-Priority: 3"])
    A(svc("Vietnam Surveyors Board", "webmaster@trackdiavn.net", "trackdiavn.net"),
      "forum-software-header", "email_verification", "en",
      "Action Required to Activate Membership for Vietnam Surveyors Board",
      ["Dear {user},", "Thank you for registering at the Vietnam Surveyors Board. Before we can activate your account one last step must be taken to complete your registration.",
       "To complete your registration, please visit this URL:", "https://trackdiavn.net/register.php?a=act&u={num4}&i={num9}",
       "All the best,", "Vietnam Surveyors Board"],
      "vBulletin activation mail", form="text", cte="8bit",
      extra=["X-Mailer: vBulletin Mail via PHP", "X-Priority: 3", "Auto-Submitted: auto-generated"])
    A(svc("Vietnam Surveyors Board", "webmaster@trackdiavn.net", "trackdiavn.net"),
      "undisclosed-footer", "activity_notification", "en", "Vietnam Surveyors Board Daily Digest",
      ["Dear {user},", "The following threads you subscribe to have new posts:", "RTK base station in Mo Duc - 4 new replies",
       "Unsubscribe from these emails in your User Control Panel.", "This email was sent to {rcpt}."],
      "vBulletin daily subscription digest sent with To: undisclosed-recipients; the address only in the footer",
      form="text", cte="8bit", to_header="undisclosed-recipients:;",
      extra=["X-Mailer: vBulletin Mail via PHP", "X-Priority: 3", "Auto-Submitted: auto-generated"])
    A(svc("Cộng đồng GIS Việt", "noreply@congdonggis.vn", "congdonggis.vn"),
      "outside-catalog-signup", "email_verification", "vi", "[Cộng đồng GIS Việt] Xác nhận tài khoản mới của bạn",
      ["Chào mừng bạn đến với Cộng đồng GIS Việt!", "Nhấn vào liên kết sau để xác nhận và kích hoạt tài khoản mới của bạn:",
       "https://congdonggis.vn/u/activate-account/{hex32}",
       "Nếu liên kết không nhấn được, hãy sao chép và dán vào trình duyệt."],
      "Discourse signup confirmation, Vietnamese locale", verp="discourse", form="html+text",
      extra=["X-Auto-Response-Suppress: All"], mid="<{uuid}@congdonggis.vn>")
    A(svc("Cộng đồng GIS Việt", "noreply@congdonggis.vn", "congdonggis.vn"),
      "magic-link", "login_code", "vi", "[Cộng đồng GIS Việt] Đăng nhập bằng liên kết",
      ["Đây là liên kết để đăng nhập tại Cộng đồng GIS Việt:", "https://congdonggis.vn/session/email-login/{hex32}",
       "Nếu bạn không yêu cầu liên kết này, bạn có thể bỏ qua thư này."],
      "Discourse email login link", verp="discourse",
      extra=["X-Auto-Response-Suppress: All"], mid="<{uuid}@congdonggis.vn>")
    A(svc("Cộng đồng GIS Việt", "noreply@congdonggis.vn", "congdonggis.vn"),
      "unread-messages", "activity_notification", "vi", "[Cộng đồng GIS Việt] [PM] Xin file shape ranh giới xã",
      ["tranhuy_gis đã gửi cho bạn một tin nhắn:", "Chào anh, em xin file shape ranh giới các xã sau sáp nhập được không ạ?",
       "Truy cập tin nhắn để trả lời.", "Để hủy nhận các email này, hãy vào tùy chọn của bạn."],
      "Discourse private message notification", verp="discourse",
      extra=["X-Auto-Response-Suppress: All", "Precedence: list",
             "List-ID: <congdonggis.vn>"], mid="<topic/{num4}/{num5}@congdonggis.vn>", list_headers=True)
    A(svc("Trường học trực tuyến VietSkill", "noreply@hoctructuyen.vietskill.vn", "vietskill.vn"),
      "outside-catalog-signup", "email_verification", "vi", "Trường học trực tuyến VietSkill: xác nhận tài khoản",
      ["Chào {name},", "Một tài khoản mới đã được yêu cầu tại 'Trường học trực tuyến VietSkill' sử dụng địa chỉ email của bạn.",
       "Để xác nhận tài khoản mới của bạn, vui lòng truy cập địa chỉ web này:",
       "https://hoctructuyen.vietskill.vn/login/confirm.php?data={alnum16}/{user}",
       "Trong hầu hết các chương trình thư điện tử, địa chỉ này sẽ xuất hiện như một liên kết màu xanh."],
      "Moodle account confirmation (vi language pack)", form="text")
    A(svc("VietSkill Online", "noreply@hoctructuyen.vietskill.vn", "vietskill.vn"),
      "forum-digest", "activity_notification", "en", "VietSkill Online: forum digest",
      ["VietSkill Online", "Excel for Public Administration -> Forums -> Announcements",
       "Week 3 assignment deadline extended", "by Tran Ngoc Anh - {day}",
       "To change your forum email preferences, go to your forum preferences."],
      "Moodle forum digest", form="text")
    A(svc("Nông Sản Việt Shop", "wordpress@nongsanvietshop.vn", "nongsanvietshop.vn"),
      "outside-catalog-signup", "account_created", "en", "Your Nông Sản Việt Shop account has been created!",
      ["Hi {user},", "Thanks for creating an account on Nông Sản Việt Shop. Your username is {user}. You can access your account area to view orders, change your password, and more at: https://nongsanvietshop.vn/my-account/",
       "We look forward to seeing you soon."],
      "WooCommerce new account mail (PHPMailer)", extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"])
    A(svc("Bản tin Kỹ thuật Nông nghiệp", "wordpress@kythuatnongnghiep.net", "kythuatnongnghiep.net"),
      "password-changed", "security_alert", "en", "[Bản tin Kỹ thuật Nông nghiệp] Password Changed",
      ["Hi {user},", "This notice confirms that your password was changed on Bản tin Kỹ thuật Nông nghiệp.",
       "If you did not change your password, please contact the Site Administrator at admin@kythuatnongnghiep.net",
       "This email has been sent to {rcpt}", "Regards,", "All at Bản tin Kỹ thuật Nông nghiệp",
       "https://kythuatnongnghiep.net"],
      "WordPress core password-changed notice", form="text", cte="8bit",
      extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"])
    A(svc("Vật Tư Xây Dựng Online", "support@vattuxaydung.online", "vattuxaydung.online", relay="sendgrid"),
      "outside-catalog-signup", "account_created", "en", "Welcome to Vat Tu Xay Dung Online",
      ["Welcome to Vat Tu Xay Dung Online.", "To sign in to our store, use these values when prompted to log in:",
       "Email: {rcpt}", "Password: Password you set when creating account",
       "When you sign in to your account, you will be able to: proceed through checkout faster, check the status of orders, view past orders."],
      "Magento 2 new customer welcome")
    A(svc("Mạng xã hội Kỹ sư", "notifications@kysu.social", "kysu.social"),
      "new-device", "security_alert", "en", "Your account has been accessed from a new IP address",
      ["A new sign-in", "We've detected a sign-in to your account from a new IP address.",
       "Here are details of the sign-in:", "IP address: 14.186.{num2}.{num2}", "Browser: Firefox on Linux",
       "If this wasn't you, change your password immediately and enable two-factor authentication to keep your account secure."],
      "Mastodon suspicious sign-in notice", mid="<{uuid}@kysu.social>",
      extra=["X-Auto-Response-Suppress: All", "Auto-Submitted: auto-generated"])
    A(svc("Mạng xã hội Kỹ sư", "notifications@kysu.social", "kysu.social"),
      "two-factor", "security_alert", "en", "Mastodon: Two-factor authentication enabled",
      ["Two-factor authentication enabled", "Two-factor authentication has been enabled for your account. A token generated by the paired TOTP app will now be required for logging in.",
       "@{user}@kysu.social"],
      "Mastodon 2FA enabled", mid="<{uuid}@kysu.social>",
      extra=["X-Auto-Response-Suppress: All", "Auto-Submitted: auto-generated"], form="text")
    A(svc("Mạng xã hội Kỹ sư", "notifications@kysu.social", "kysu.social"),
      "signup-wording", "email_verification", "vi", "Mastodon: Xác nhận email cho kysu.social",
      ["Nhấn vào liên kết bên dưới để xác nhận email của bạn.", "Bạn vừa tạo một tài khoản trên kysu.social.",
       "[button]Xác nhận địa chỉ email"], "Mastodon confirmation instructions, Vietnamese locale",
      mid="<{uuid}@kysu.social>", extra=["X-Auto-Response-Suppress: All", "Auto-Submitted: auto-generated"])
    A(svc("Nextcloud Hợp tác", "cloud@hoptackythuat.vn", "hoptackythuat.vn"),
      "signup-wording", "account_created", "en", "Your Nextcloud Hợp tác account was created",
      ["Welcome aboard", "Welcome to your Nextcloud Hợp tác account, you can add, protect, and share your data.",
       "Your username is: {user}", "[button]Set your password", "Install Client"],
      "Nextcloud new-user mail (account created by the instance's admin)",
      extra=["X-Mailer: Nextcloud"])
    A(svc("Git Cơ khí Dung Quất", "gitea@git.cokhidungquat.vn", "cokhidungquat.vn"),
      "forum-software-header", "email_verification", "en", "Please activate your account",
      ["Hi {user}, thanks for registering at Git Cơ khí Dung Quất!",
       "Please click the following link to activate your account within 3 hours:",
       "https://git.cokhidungquat.vn/user/activate?code={hex32}", "© Git Cơ khí Dung Quất"],
      "Gitea account activation (X-Mailer: Gitea)", extra=["X-Mailer: Gitea", "Auto-Submitted: auto-generated",
                                                           "X-Auto-Response-Suppress: All"])
    A(svc("GitLab Dung Quất", "gitlab@git.dungquat-ez.vn", "dungquat-ez.vn"),
      "new-device", "security_alert", "en", "GitLab Dung Quất sign-in from new location",
      ["Hi {name},", "Your GitLab Dung Quất account was signed in to from the following IP address: 171.244.{num2}.{num2}",
       "If you recently signed in and recognize the IP address, you may disregard this email.",
       "If you did not recently sign in, you should immediately change your password."],
      "GitLab (self-managed) unknown sign-in notice", extra=["X-Mailer: GitLab", "Auto-Submitted: auto-generated",
                                                            "X-Auto-Response-Suppress: All"])
    A(svc("matrix.kythuatso.vn", "noreply@matrix.kythuatso.vn", "kythuatso.vn"),
      "signup-wording", "email_verification", "en", "[matrix.kythuatso.vn] Validate your email",
      ["You have asked us to register this email with a new Matrix account.",
       "If this was you, please click the link below to confirm your email address:",
       "https://matrix.kythuatso.vn/_synapse/client/email/submit_token?token={alnum32}",
       "If this was not you, you can safely disregard this email."], "Synapse email validation")
    A(svc("Element", "noreply@matrix.kythuatso.vn", "kythuatso.vn"),
      "unread-messages", "activity_notification", "en", "[Element] You have a message on Element from Khuong Dat",
      ["You have a message on Element from Khuong Dat", "Phòng Dữ liệu", "Khuong Dat: Anh kiểm tra giúp em file báo cáo tuần nhé",
       "You are receiving this email because you have an account on matrix.kythuatso.vn."],
      "Synapse missed-message notification", list_headers=True)
    A(svc("Mattermost Dự án", "no-reply@chat.duantuoitieu.vn", "duantuoitieu.vn"),
      "unread-messages", "activity_notification", "en", "[Mattermost Dự án] New Notification for November 18, 2025",
      ["You have new notifications", "@hoang.nam mentioned you in ~kenh-thi-cong", "Anh Việt ơi, hồ sơ nghiệm thu đợt 2 xong chưa?",
       "[button]View Messages", "To change your notification preferences, log in to your team site and go to Settings > Notifications."],
      "Mattermost batched notification", extra=["Auto-Submitted: auto-generated", "Precedence: bulk"])
    A(svc("VietData SSO", "sso@vietdata.com.vn", "vietdata.com.vn"),
      "signup-wording", "email_verification", "en", "Verify email",
      ["Someone has created a VietData account with this email address. If this was you, click the link below to verify your email address",
       "https://sso.vietdata.com.vn/realms/customers/login-actions/action-token?key={alnum32}",
       "This link will expire within 5 minutes.", "If you didn't create this account, just ignore this message."],
      "Keycloak default e-mail verification", form="html+text")
    A(svc("VietData SSO", "sso@vietdata.com.vn", "vietdata.com.vn"),
      "password-changed", "security_alert", "en", "Update password",
      ["Your password was changed on {day} from 113.160.{num2}.{num2}. If this was not you, please contact an administrator."],
      "Keycloak password-updated event mail, generic subject", form="text")

    # ---- Forms and routes ------------------------------------------------
    A(svc("Tinh tế", "noreply@tinhte.vn", "tinhte.vn"),
      "undisclosed-footer", "activity_notification", "vi", "Có 4 trả lời mới trong chủ đề bạn theo dõi",
      ["Chủ đề: Tư vấn mua laptop cho cơ quan dưới 20 triệu", "thanhdat_hn, minhkhoa và 2 người khác đã trả lời.",
       "Thư này được gửi tới {rcpt} vì bạn theo dõi chủ đề trên."],
      "XenForo watched-thread digest via BCC: To undisclosed, address only in the footer",
      to_header="undisclosed-recipients:;")
    A(LAZADA, "undisclosed-footer", "transaction", "vi", "Đánh giá sản phẩm bạn đã mua",
      ["Bạn thấy sản phẩm \"Ổ cắm điện thông minh\" thế nào?", "[button]Viết đánh giá",
       "Email này được gửi đến {rcpt}."],
      "Lazada review request to a buyer, To: undisclosed-recipients", to_header="undisclosed-recipients:;")
    A(svc("Zoom", "no-reply@zoom.us", "zoom.us", relay="sendgrid"),
      "alias-forward", "account_created", "en", "Please activate your Zoom account",
      ["Hello {rcpt},", "Welcome to Zoom!", "To activate your account please click the button below to verify your email address:",
       "[button]Activate Account"],
      "Zoom activation sent to the official's own alias, delivered by a Postfix virtual alias to the mailbox",
      alias="virtual")
    A(svc("Coursera", "no-reply@t.mail.coursera.org", "coursera.org", relay="sendgrid", dkim="mail.coursera.org"),
      "alias-forward", "activity_notification", "vi", "Tuần này bạn còn 2 bài tập chưa hoàn thành",
      ["Chào {name},", "Khóa học \"Dữ liệu lớn cho khu vực công\" có 2 bài tập đến hạn vào {day}.",
       "[button]Tiếp tục học"],
      "Coursera reminder to the official's alias at the provincial domain, SRS-forwarded by the server's sieve",
      alias="srs")
    A(svc("Canva", "no-reply@canva.com", "canva.com", relay="ses-custom"),
      "alias-forward", "email_verification", "en", "Verify your email",
      ["Hi {name},", "Please verify your email address to finish setting up your Canva account.",
       "[big]{code}", "This code expires in 10 minutes."],
      "Canva verification to the official's alias, X-Original-To the alias", alias="virtual")
    A(svc("Shopee", "info@mail.shopee.vn", "shopee.vn", relay="sendgrid"),
      "account-deletion", "notification", "vi", "Yêu cầu xóa tài khoản Shopee đã được tiếp nhận",
      ["Chào {user},", "Chúng tôi đã nhận được yêu cầu xóa tài khoản Shopee của bạn.",
       "Tài khoản sẽ bị xóa vĩnh viễn sau 30 ngày nếu bạn không đăng nhập lại."],
      "Shopee account deletion scheduled")
    A(svc("Telegram", "noreply@telegram.org", "telegram.org", mta="mail.telegram.org"),
      "account-deletion", "notification", "en", "Telegram account deletion",
      ["Hello,", "We received a request to delete your Telegram account associated with this email.",
       "If you don't log in within 7 days, the account will be deleted along with all messages and contacts."],
      "Telegram deletion request (plain text)", form="text")
    A(svc("Zalo", "no-reply@zalo.me", "zalo.me"),
      "new-device", "security_alert", "vi", "Zalo: Tài khoản của bạn vừa đăng nhập trên máy tính",
      ["Tài khoản Zalo liên kết với email này vừa đăng nhập trên Zalo PC (Windows) lúc 08:03 {day}.",
       "Nếu không phải bạn, hãy đăng xuất khỏi các thiết bị trong Cài đặt > Tài khoản và bảo mật."],
      "Zalo PC login notice to the account e-mail")
    A(svc("Apple", "no_reply@email.apple.com", "apple.com", mta="rn2-txn-msbadger05103.apple.com",
          mid="<{hex16}.{num6}@email.apple.com>", dkim="email.apple.com"),
      "code-in-subject", "email_verification", "vi", "Xác minh địa chỉ email Tài khoản Apple của bạn",
      ["Mã xác minh Tài khoản Apple:", "[big]{code}",
       "Bạn nhận được email này vì địa chỉ {rcpt} được dùng để tạo Tài khoản Apple."],
      "Apple Account e-mail verification code, Vietnamese")
    A(svc("Microsoft", "msa@communication.microsoft.com", "microsoft.com", mta="mail-sn1nam02on2111.outbound.protection.outlook.com",
          dkim="communication.microsoft.com"),
      "weekly-summary", "activity_notification", "en", "Your Microsoft account activity this month",
      ["Hi {name},", "Here's a summary of the sign-ins and security info changes on your Microsoft account {masked} in October.",
       "Sign-ins: 14 · New devices: 1", "[button]Review recent activity"],
      "Microsoft monthly account summary from communication.microsoft.com")
    A(svc("Google Maps", "noreply-local-guides@google.com", "google.com", mta="mail-sor-f73.google.com"),
      "social-digest", "activity_notification", "vi", "Ảnh của bạn đã đạt 10.000 lượt xem",
      ["Chúc mừng {name}!", "Ảnh bạn đăng về \"Bảo tàng Tổng hợp tỉnh Quảng Ngãi\" đã được xem 10.000 lần trên Google Maps.",
       "Tiếp tục đóng góp với tư cách Local Guide."], "Google Maps Local Guides milestone", list_headers=True)
    A(svc("YouTube", "no-reply@youtube.com", "youtube.com", mta="mail-sor-f69.google.com"),
      "new-subscriber", "activity_notification", "vi", "Kênh của bạn vừa có người đăng ký mới",
      ["Chúc mừng! \"Du lịch Mộ Đức\" vừa có người đăng ký mới.", "Hiện kênh có 1.203 người đăng ký."],
      "YouTube new subscriber to the unit's channel")
    A(svc("Agoda", "no-reply@agoda.com", "agoda.com", mta="mx-out-sg.agoda.com"),
      "code-in-subject", "login_code", "en", "Agoda: your sign-in code is {code}",
      ["Use this code to finish signing in.", "It expires in 10 minutes."],
      "Agoda sign-in code, code in the subject", form="text")
    A(svc("ChatGPT", "noreply@tm.openai.com", "openai.com", relay="sendgrid"),
      "ai-chat", "notification", "vi", "ChatGPT - Dữ liệu xuất của bạn đã sẵn sàng",
      ["Dữ liệu xuất ChatGPT của bạn đã sẵn sàng để tải xuống.", "[button]Tải xuống tệp dữ liệu",
       "Liên kết sẽ hết hạn sau 24 giờ."], "ChatGPT data export ready")
    A(svc("Facebook", "notification@facebookmail.com", "facebook.com", mta="mx-out.facebook.com",
          mid="<{hex32}@facebookmail.com>"),
      "page-admin", "activity_notification", "vi", "Trang Văn hóa Mộ Đức có 12 bình luận mới",
      ["Trang Văn hóa Mộ Đức của bạn có 12 bình luận mới và 3 tin nhắn.", "[button]Xem trang"],
      "Facebook page admin notifications",
      extra=["X-Facebook-Notify: page_activity; mailid={hex12}", "X-Mailer: ZuckMail [version 1.00]"],
      list_headers=True)
    A(svc("Kahoot!", "no-reply@kahoot.com", "kahoot.com", relay="sendgrid"),
      "weekly-summary", "activity_notification", "en", "Your kahoot report: Tập huấn ATTT 2025",
      ["Hi {user},", "47 players joined your kahoot \"Tập huấn ATTT 2025\".", "Average score: 78%",
       "[button]Open report"], "Kahoot host report to the account holder")
    A(svc("Notion", "notify@mail.notion.so", "notion.so", relay="ses-custom"),
      "magic-link", "login_code", "en", "Your Notion login code",
      ["Login code: {alnum6}-{alnum6}", "Or click the magic link below to log in:", "[button]Click here to log in",
       "If you didn't try to login, you can safely ignore this email."], "Notion login code and magic link")
    A(svc("Viettel Money", "no-reply@viettelmoney.vn", "viettelmoney.vn"),
      "code-in-subject", "login_code", "vi", "Mã OTP Viettel Money: {code}",
      ["Mã có hiệu lực trong 3 phút. Không cung cấp mã cho bất kỳ ai."],
      "Viettel Money OTP in the subject", form="text")
    A(svc("Discord", "noreply@discord.com", "discord.com", relay="sendgrid"),
      "unread-messages", "activity_notification", "en", "You have 14 unread messages in GIS VN",
      ["Hey {user}, you've got unread messages", "#general · 9 messages", "#ban-do-so · 5 messages",
       "[button]Open Discord"], "Discord unread messages digest", list_headers=True)
    A(svc("LinkedIn", "security-noreply@linkedin.com", "linkedin.com", mta="mailb-dc.linkedin.com",
          mid="<{num10}.{num5}.{num13}@ltx1-app{num4}.prod.linkedin.com>"),
      "password-changed", "security_alert", "vi", "{name}, mật khẩu của bạn đã được thay đổi",
      ["Mật khẩu LinkedIn của bạn đã được thay đổi thành công.",
       "Nếu bạn không thực hiện thay đổi này, hãy đặt lại mật khẩu ngay."],
      "LinkedIn password changed, Vietnamese", extra=["X-LinkedIn-Class: ACCOUNT-SECURITY"])
    A(svc("Gemini", "gemini-noreply@google.com", "google.com", mta="mail-sor-f73.google.com"),
      "ai-chat", "account_created", "vi", "Chào mừng bạn đến với Gemini",
      ["Xin chào {name},", "Bạn đã bắt đầu sử dụng Gemini bằng Tài khoản Google {rcpt}.",
       "Dưới đây là một vài ý tưởng để bắt đầu."], "Gemini welcome to a Google Account")
    A(svc("MISA", "noreply@misa.com.vn", "misa.com.vn", relay="ses-custom"),
      "e-invoice", "transaction", "vi", "Thông báo phát hành hóa đơn điện tử số {num7}",
      ["Kính gửi Quý khách,", "Công ty CP Dịch vụ Viễn thông Miền Trung gửi Quý khách hóa đơn điện tử số {num7}.",
       "Mã tra cứu: {alnum10}", "Tra cứu tại https://www.meinvoice.vn/tra-cuu"],
      "MISA meInvoice e-invoice notice to the buyer's e-mail")


# ==========================================================================
# None (~40)
# ==========================================================================

def nones() -> None:
    # Invitations and shares from people
    N(svc("Slack", "feedback@slack.com", "slack.com"), "invitation", "invitation", "en",
      "Tran Quoc Bao has invited you to work with them in Slack",
      ["Join your team on Slack", "Tran Quoc Bao (bao.tq@duantuoitieu.vn) has invited you to use Slack with them, in a workspace called Du an Tuoi Tieu.",
       "[button]Join Now"], "Slack workspace invitation from a person")
    N(svc("Google Docs", "drive-shares-dm-noreply@google.com", "google.com", display="Phạm Hữu Lộc (qua Google Tài liệu)",
          mta="mail-sor-f69.google.com"), "invitation", "invitation", "vi",
      "Tài liệu được chia sẻ với bạn: \"Kế hoạch lễ hội Tết 2026\"",
      ["Phạm Hữu Lộc đã chia sẻ tài liệu sau:", "Kế hoạch lễ hội Tết 2026", "[button]Mở",
       "Bạn nhận được email này vì Phạm Hữu Lộc đã chia sẻ một tài liệu với bạn từ Google Tài liệu."],
      "Google Docs share from a person")
    N(svc("Google Calendar", "calendar-notification@google.com", "google.com", display="Vo Thanh Son",
          mta="mail-sor-f69.google.com"), "invitation", "invitation", "en",
      "Invitation: Hop giao ban thang 12 @ Thu Dec 4, 2025 2pm - 3:30pm (ICT)",
      ["You have been invited to the following event.", "Hop giao ban thang 12",
       "When: Thursday Dec 4, 2025 2pm – 3:30pm Indochina Time", "Organizer: Vo Thanh Son",
       "Invitation from Google Calendar. You are receiving this email because you are an attendee of the event."],
      "Google Calendar invitation from a person", calendar=True, form="html+text")
    N(svc("Zoom", "no-reply@zoom.us", "zoom.us", relay="sendgrid", display="Nguyen Hoang Long"), "invitation", "invitation", "en",
      "Nguyen Hoang Long is inviting you to a scheduled Zoom meeting",
      ["Topic: Trao doi du an so hoa di tich", "Time: Dec 9, 2025 09:00 AM Bangkok",
       "Join Zoom Meeting", "https://us06web.zoom.us/j/8{num9}?pwd={alnum24}", "Meeting ID: 8{num2} {num4} {num4}"],
      "Zoom meeting invitation from a colleague")
    N(svc("Microsoft Teams", "noreply@email.teams.microsoft.com", "microsoft.com",
          mta="mail-sg2apc01on2098.outbound.protection.outlook.com"), "invitation", "invitation", "en",
      "Hoa Le added you to the team Dong bo du lieu so",
      ["Hoa Le has added you to the team Dong bo du lieu so in Microsoft Teams.", "[button]Open Microsoft Teams"],
      "Teams guest added by a person")
    N(svc("Canva", "no-reply@canva.com", "canva.com", relay="ses-custom"), "invitation", "invitation", "vi",
      "Minh Châu đã mời bạn tham gia nhóm trên Canva",
      ["Minh Châu đã mời bạn tham gia nhóm \"Truyền thông Sở\" trên Canva.", "[button]Tham gia nhóm"],
      "Canva team invitation from a person")
    N(svc("OneDrive", "no-reply@sharepointonline.com", "microsoft.com",
          mta="mail-psaapc01on2061.outbound.protection.outlook.com"), "invitation", "invitation", "vi",
      "Lê Thị Hạnh đã chia sẻ thư mục \"Ho so thau 2025\" với bạn",
      ["Lê Thị Hạnh đã chia sẻ một thư mục với bạn.", "Ho so thau 2025", "[button]Mở"],
      "OneDrive folder share from a person")
    N(GITHUB, "invitation", "invitation", "en",
      "[GitHub] @huyvq has invited you to collaborate on the qn-data/dashboard repository",
      ["@huyvq has invited you to collaborate on the qn-data/dashboard repository",
       "You can accept or decline this invitation. You can also head over to https://github.com/qn-data/dashboard to check out the repository.",
       "This invitation will expire in 7 days."], "GitHub collaborator invitation by a person")
    N(LINKEDIN_INV, "invitation", "invitation", "vi", "Anh Đỗ Hải muốn kết nối",
      ["Đỗ Hải", "Trưởng phòng Kỹ thuật tại Công ty CP Cảng Dung Quất", "[button]Chấp nhận"],
      "LinkedIn connection invitation (sent to non-members too)",
      extra=["X-LinkedIn-Class: INVITE-GUEST", "X-LinkedIn-Template: invite_guest_59"])
    # Double opt-in
    N(svc("Hue Heritage Newsletter", "hueheritage@hueheritage.org", "hueheritage.org", relay="mailchimp"),
      "double-opt-in", "none", "en", "Hue Heritage Newsletter: Please Confirm Subscription",
      ["Yes, subscribe me to this list.", "If you received this email by mistake, simply delete it. You won't be subscribed if you don't click the confirmation link above.",
       "For questions about this list, please contact: hueheritage@hueheritage.org"],
      "Mailchimp double opt-in")
    N(svc("Tạp chí Kinh tế Số", "bantin@kinhteso.vn", "kinhteso.vn", relay="brevo"),
      "double-opt-in", "none", "vi", "Vui lòng xác nhận đăng ký nhận bản tin",
      ["Cảm ơn bạn đã quan tâm đến Tạp chí Kinh tế Số.", "Nhấn nút bên dưới để xác nhận bạn muốn nhận bản tin hàng tuần.",
       "[button]Xác nhận đăng ký"], "Brevo double opt-in, Vietnamese")
    N(svc("Nông nghiệp Xanh", "hello@nongnghiepxanh.info", "nongnghiepxanh.info"),
      "double-opt-in", "none", "vi", "Xác nhận email để nhận tài liệu miễn phí",
      ["Chào bạn,", "Hãy xác nhận email để chúng tôi gửi bộ tài liệu \"Quy trình VietGAP\".", "[button]Xác nhận email"],
      "MailerLite opt-in (lead magnet)", extra=["X-Mailer: MailerLite"], list_headers=True)
    # Newsletters nobody signed up for
    N(svc("Smart Gov Asia", "news@smartgov-asia-summit.com", "smartgov-asia-summit.com", relay="sendgrid"),
      "newsletter-unsolicited", "newsletter", "en", "Last call: Smart Gov Asia Summit 2026 early bird",
      ["Dear Public Sector Leader,", "Join 800 government CIOs in Singapore. Early bird pricing ends Friday.",
       "[button]Register now", "You are receiving this because your address is listed in public government directories."],
      "Event marketing to a scraped address", list_headers=True)
    N(svc("BĐS Miền Trung", "tintuc@bdsmientrung.top", "bdsmientrung.top"),
      "newsletter-unsolicited", "newsletter", "vi", "Bản tin bất động sản tuần: đất nền ven biển Mỹ Khê",
      ["Kính gửi Quý anh/chị,", "Cập nhật bảng giá đất nền mới nhất khu vực ven biển.", "Hotline: 09{num8}"],
      "Unsolicited real-estate bulletin", list_headers=True, auth="none")
    N(svc("EduTech Weekly", "digest@edutechweekly.io", "edutechweekly.io", relay="mailgun"),
      "newsletter-unsolicited", "newsletter", "en", "EduTech Weekly #214: AI tutors in public schools",
      ["This week in EdTech", "AI tutors in public schools", "Funding roundup",
       "You were added by a colleague. Unsubscribe anytime."], "Newsletter added by someone else", list_headers=True)
    # Spam with sign-up wording
    N(svc("VayNhanh247", "no-reply@vaytien-nhanh247.top", "vaytien-nhanh247.top"),
      "spam-signup-unknown", "account_created", "vi", "Tài khoản vay của bạn đã được kích hoạt",
      ["Chúc mừng! Tài khoản của bạn đã được tạo thành công.", "Hạn mức được duyệt: 50.000.000 VND",
       "[button]Nhận tiền ngay"], "Loan spam with account wording, unauthenticated", auth="none")
    N(svc("CryptoMax", "welcome@cryptomax-vip.xyz", "cryptomax-vip.xyz"),
      "spam-signup-unknown", "account_created", "en", "Welcome to CryptoMax - verify your email to claim $50",
      ["Welcome aboard!", "Your CryptoMax account has been created.", "[button]Verify email and claim bonus"],
      "Crypto spam authenticated at a throw-away domain")
    N(svc("Casino Royal VN", "support@royal-vn88.bet", "royal-vn88.bet"),
      "spam-signup-unknown", "email_verification", "vi", "Kich hoat tai khoan de nhan 888K",
      ["Chao ban,", "Tai khoan cua ban da dang ky thanh cong. Kich hoat ngay de nhan 888K tien thuong.",
       "[button]Kich hoat"], "Gambling spam, no diacritics, throw-away domain", vi_form="ascii", auth="none")
    N(svc("JobsHot", "hr@jobshot-tuyendung.online", "jobshot-tuyendung.online"),
      "spam-signup-unknown", "email_verification", "vi", "Xác minh email ứng tuyển của bạn",
      ["Hồ sơ của bạn đã được tạo trên hệ thống JobsHot.", "Mã xác minh: {code}",
       "Việc làm online 500k/ngày, không cần kinh nghiệm."], "Job-scam spam with a code, DKIM at a throw-away domain")
    # Bounces
    N(svc("Mail Delivery System", "MAILER-DAEMON@mail.quangngai.gov.vn", "quangngai.gov.vn"),
      "bounce", "none", "vi", "Undelivered Mail Returned to Sender", [],
      "Postfix DSN of the official's own mail to a service's support address", dsn="postfix",
      dsn_to="hotro@zalo.me", dsn_subject="Đăng ký tài khoản Zalo Official Account cho đơn vị")
    N(svc("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@duantuoitieu.vn", "duantuoitieu.vn"),
      "bounce", "none", "en", "Undeliverable: Facebook account verification for our unit page", [],
      "Exchange Online NDR of the official's own mail", dsn="exchange", dsn_to="truyenthong@duantuoitieu.vn",
      dsn_subject="Facebook account verification for our unit page")
    N(svc("Mail Delivery Subsystem", "mailer-daemon@googlemail.com", "google.com"),
      "bounce", "none", "en", "Delivery Status Notification (Failure)", [],
      "Gmail DSN of the official's own mail", dsn="gmail", dsn_to="daotao@vietskill.vn",
      dsn_subject="Re: Reset password for my Moodle account")
    N(svc("Mail Delivery System", "MAILER-DAEMON@mail.kontum.gov.vn", "kontum.gov.vn"),
      "bounce", "none", "vi", "Undelivered Mail Returned to Sender", [],
      "Zimbra (Postfix) DSN: mailbox full at the recipient", dsn="zimbra", dsn_to="cskh@tiki.vn",
      dsn_subject="Yêu cầu hủy tài khoản Tiki đăng ký nhầm")
    N(svc("MAILER-DAEMON", "MAILER-DAEMON@yahoo.com", "yahoo.com"),
      "bounce", "none", "en", "Failure Notice", [],
      "Yahoo (qmail-style) failure notice of the official's own mail", dsn="yahoo",
      dsn_to="shopee.cskh.vn@yahoo.com", dsn_subject="Xác nhận đăng ký tài khoản Shopee")
    # Auto-replies
    N(svc("Nguyễn Thị Lan", "lan.nguyen@vietdata.com.vn", "vietdata.com.vn",
          mta="mail-sg2apc01on2091.outbound.protection.outlook.com"),
      "auto-reply", "none", "vi", "Automatic reply: Đăng ký tài khoản dùng thử VietData",
      ["Tôi đang đi công tác đến hết ngày 12/12. Trong thời gian này tôi sẽ trả lời email chậm.",
       "Việc gấp xin liên hệ 0236 3{num6}."], "Outlook out-of-office from a person",
      extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
             "X-MS-Exchange-Inbox-Rules-Loop: lan.nguyen@vietdata.com.vn", "In-Reply-To: <{hex16}@moduc.quangngai.gov.vn>"])
    N(svc("Trần Văn Bình", "binh.tv@hoptackythuat.vn", "hoptackythuat.vn"),
      "auto-reply", "none", "vi", "Re: Tạo tài khoản Nextcloud cho cán bộ",
      ["Tôi đang nghỉ phép từ 01/12 đến 05/12.", "Email của anh/chị sẽ được xử lý khi tôi quay lại."],
      "Zimbra vacation reply", extra=["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk"],
      form="text")
    N(svc("Trung tâm hỗ trợ Tiki", "hotro@tiki.vn", "tiki.vn"),
      "auto-reply", "none", "vi", "[Yêu cầu #{num7}] Tiki đã nhận được yêu cầu của bạn",
      ["Cảm ơn bạn đã liên hệ Tiki. Yêu cầu của bạn đã được ghi nhận với mã #{num7}.",
       "Bộ phận Chăm sóc khách hàng sẽ phản hồi trong vòng 24 giờ."],
      "Zendesk acknowledgement of the official's support request",
      extra=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
      mid="<{alnum12}_{hex8}_sprut@zendesk.com>")
    # Internal government mail
    N(svc("Văn phòng Sở VHTTDL", "vanphong@svhttdl.quangngai.gov.vn", "quangngai.gov.vn",
          mta="mail.quangngai.gov.vn"), "internal-gov", "none", "vi",
      "V/v đăng ký tài khoản Zalo OA và Facebook Fanpage cho các đơn vị trực thuộc",
      ["Kính gửi: Các phòng, đơn vị trực thuộc Sở,", "Thực hiện Kế hoạch truyền thông số, đề nghị các đơn vị đăng ký tài khoản Zalo Official Account và Facebook Fanpage bằng email công vụ, báo cáo về Văn phòng trước ngày 15/12.",
       "Trân trọng."], "Government mail asking units to sign up, with sign-up words", internal=True, batv=True)
    N(svc("Hệ thống Quản lý văn bản", "noreply@qlvb.quangngai.gov.vn", "quangngai.gov.vn",
          mta="qlvb.quangngai.gov.vn"), "internal-gov", "account_created", "vi",
      "Tài khoản Hệ thống Quản lý văn bản và điều hành đã được tạo",
      ["Kính gửi đồng chí {name},", "Tài khoản của đồng chí trên Hệ thống Quản lý văn bản và điều hành đã được tạo.",
       "Tên đăng nhập: {user}", "Vui lòng đổi mật khẩu ở lần đăng nhập đầu tiên."],
      "Government system account: not an outside service", internal=True)
    N(svc("Cổng Dịch vụ công quốc gia", "noreply@dichvucong.gov.vn", "dichvucong.gov.vn",
          mta="mail.dichvucong.gov.vn"), "internal-gov", "login_code", "vi",
      "Mã xác thực đăng nhập Cổng Dịch vụ công quốc gia",
      ["Mã xác thực của bạn là: {code}", "Mã có hiệu lực trong 5 phút."],
      "Public-service portal OTP: government, not a sign-up", internal=True)
    N(svc("Hệ thống thư điện tử công vụ", "admin@mail.gialai.gov.vn", "gialai.gov.vn",
          mta="mail.gialai.gov.vn"), "internal-gov", "password_reset", "vi",
      "Thông báo: mật khẩu hộp thư công vụ sắp hết hạn",
      ["Mật khẩu hộp thư {rcpt} sẽ hết hạn sau 5 ngày.", "Vui lòng đổi mật khẩu tại https://mail.gialai.gov.vn."],
      "Government mail system notice", internal=True)
    # Forwards from a private Gmail
    N(svc("Linh Dieu", "linhdieu.qn@gmail.com", "gmail.com", mta="mail-sor-f41.google.com"),
      "person-forward", "none", "vi", "Fwd: Chào mừng bạn đến với Facebook",
      ["Em chuyển chị xem, tài khoản này em tạo bằng Gmail cá nhân nhé.",
       "---------- Forwarded message ---------", "From: Facebook <registration@facebookmail.com>",
       "Subject: Chào mừng bạn đến với Facebook", "To: linhdieu.qn@gmail.com",
       "Chào mừng bạn đến với Facebook. Hãy xác nhận tài khoản của bạn."],
      "Manual forward by a person of her private welcome mail", rcpt_index=0)
    N(svc("Google", "no-reply@accounts.google.com", "google.com", mta="mail-sor-f69.google.com",
          mid="<{alnum22}-{alnum8}@accounts.google.com>"),
      "forward-trap", "security_alert", "en", "Security alert",
      ["A new sign-in on Android", "{rcpt}", "We noticed a new sign-in to your Google Account on an Android device."],
      "Gmail auto-forward from a personal Gmail: the account is the personal one", gmail_forward=True)
    # Spam-flagged by the government filter
    N(svc("Netflix", "account@netflix-member-vn.com", "netflix.com"),
      "spam-flagged", "none", "vi", "Tài khoản của bạn đang bị tạm giữ",
      ["Chúng tôi không thể xử lý thanh toán gói thành viên của bạn.", "[button]Cập nhật thanh toán"],
      "Flagged by the government filter", spam="14.2", auth="none")
    N(svc("Win Prize", "promo@quatang-tri-an.site", "quatang-tri-an.site"),
      "spam-flagged", "account_created", "vi", "Chúc mừng bạn đã đăng ký thành công chương trình tri ân",
      ["Tài khoản nhận quà của bạn đã được tạo.", "Nhấn để nhận iPhone 16."],
      "Prize spam flagged X-Spam-Flag: YES", spam="11.7")
    # Person-to-person
    N(svc("Hoàng Minh Tuấn", "hmtuan.dn@gmail.com", "gmail.com", mta="mail-sor-f41.google.com"),
      "person-to-person", "none", "vi", "Nhờ tạo tài khoản Canva cho phòng",
      ["Chào em,", "Anh đã tạo tài khoản Canva Pro cho phòng bằng email {rcpt}, mật khẩu anh nhắn Zalo nhé.",
       "Em đăng nhập rồi đổi mật khẩu giúp anh."],
      "Person writes about an account (the address only in the body)", form="text")
    N(svc("Kim Yến", "kimyen.ktv@gmail.com", "gmail.com", mta="mail-sor-f41.google.com"),
      "person-to-person", "none", "vi", "Danh sách email đăng ký lớp tập huấn",
      ["Gửi cả nhà,", "Danh sách email đăng ký tài khoản lớp học trực tuyến:",
       "1. {rcpt}", "2. nguyenvana.qn@gmail.com", "Mọi người kiểm tra giúp em."],
      "Mail to a group list where the official address appears only in the body",
      to_header="tap-huan-2025@googlegroups.com", form="text")
    N(svc("Phan Quang Khải", "khai.pq@yahoo.com", "yahoo.com", mta="sonic310-21.consmr.mail.sg3.yahoo.com"),
      "person-to-person", "none", "en", "Re: Zoom account for the workshop",
      ["Hi Viet,", "I already registered the Zoom Pro account with my own address; you only need the meeting link below.",
       "https://us02web.zoom.us/j/8{num9}"], "Person-to-person about Zoom")


# ==========================================================================
# Phishing (~15)
# ==========================================================================

def phishing() -> None:
    P(svc("Facebook", "security@faceb00k-support-center.com", "facebook.com"), "lookalike-domain", "security_alert", "vi",
      "Cảnh báo: Trang của bạn sẽ bị vô hiệu hóa trong 24 giờ",
      ["Trang của bạn đã vi phạm tiêu chuẩn cộng đồng.", "[button]Kháng nghị ngay"],
      "Facebook look-alike domain")
    P(svc("Zalo", "hotro@zalo-xacminh.com", "zalo.me"), "lookalike-domain", "security_alert", "vi",
      "Zalo: Xác minh tài khoản để tránh bị khóa",
      ["Tài khoản Zalo của bạn cần xác minh lại thông tin.", "[button]Xác minh"], "Zalo look-alike domain",
      auth="none")
    P(svc("Microsoft 365", "no-reply@micros0ft-account-security.com", "microsoft.com"), "lookalike-domain",
      "password_reset", "en", "Password expiry notice for {rcpt}",
      ["Your password expires today.", "[button]Keep current password"], "Microsoft look-alike domain")
    P(svc("Netflix", "billing@netfliix-payments.com", "netflix.com"), "lookalike-domain", "transaction", "en",
      "Your payment was declined",
      ["Update your payment details to keep watching.", "[button]Update payment"], "Netflix look-alike domain")
    P(svc("Facebook Security", "admin@khachsanhoanglong.vn", "facebook.com"), "brand-display-name", "security_alert", "en",
      "Your account has been restricted",
      ["We received reports about your page.", "[button]Request review"],
      "Facebook in the display name of an unrelated (compromised) domain")
    P(svc("Shopee Việt Nam", "cskh@thongbao-donhang.online", "shopee.vn"), "brand-display-name", "transaction", "vi",
      "Đơn hàng của bạn bị giữ lại tại kho",
      ["Vui lòng thanh toán phí lưu kho 15.000đ để nhận hàng.", "[button]Thanh toán"],
      "Shopee in the display name of an unrelated domain")
    P(svc("Apple Support", "support@icloud-recovery.help", "apple.com"), "brand-display-name", "security_alert", "vi",
      "ID Apple của bạn đã bị khóa",
      ["Chúng tôi phát hiện hoạt động bất thường.", "[button]Mở khóa"],
      "Apple in the display name of an unrelated domain", vi_form="nfd")
    P(svc("TikTok Shop", "seller@tiktokshop-partner.net", "tiktok.com"), "brand-display-name", "account_created", "en",
      "Welcome to TikTok Shop Seller Center - activate now",
      ["Your seller account is almost ready.", "[button]Activate"], "TikTok Shop in the display name")
    P(svc("Zalo Hỗ trợ", "zalo.hotro.vn@gmail.com", "zalo.me"), "freemail-brand", "security_alert", "vi",
      "Thông báo khóa tài khoản Zalo",
      ["Tài khoản của bạn sẽ bị khóa do vi phạm chính sách.", "Trả lời email này kèm số điện thoại để được hỗ trợ."],
      "Zalo from Gmail")
    P(svc("MoMo CSKH", "momo.cskh2025@outlook.com", "momo.vn"), "freemail-brand", "transaction", "vi",
      "Ví MoMo: Giao dịch hoàn tiền chờ xác nhận",
      ["Bạn có một khoản hoàn tiền 2.500.000 VND.", "[button]Xác nhận hoàn tiền"], "MoMo from Outlook.com")
    P(svc("Meta Business", "metabusiness.appeals@gmail.com", "facebook.com"), "freemail-brand", "security_alert", "en",
      "Meta Business Support: final warning",
      ["Your ad account will be disabled.", "[button]Appeal"], "Meta from Gmail")
    P(svc("Google", "no-reply@accounts.google.com", "google.com"), "auth-fail", "security_alert", "en",
      "Critical security alert", ["Someone has your password", "[button]Check activity"],
      "Google sender with DKIM and DMARC failing", auth="dkim-fail")
    P(svc("Facebook", "security@facebookmail.com", "facebook.com"), "auth-fail", "password_reset", "vi",
      "Yêu cầu đặt lại mật khẩu Facebook", ["Nhấn để đặt lại mật khẩu.", "[button]Đặt lại mật khẩu"],
      "Facebook sender with DMARC failing", auth="dmarc-fail")
    P(svc("Shopee", "info@mail.shopee.vn", "shopee.vn"), "auth-fail", "transaction", "vi",
      "Bạn nhận được voucher 500K", ["Nhận voucher ngay trước 23:59.", "[button]Nhận"],
      "Shopee sender with SPF and DMARC failing", auth="dmarc-fail")
    P(svc("VNPAY", "no-reply@vnpay.vn", "vnpay.vn"), "auth-fail", "login_code", "vi",
      "VNPAY: Mã OTP xác thực giao dịch", ["Mã OTP: {code}", "Không chia sẻ mã.", "[button]Hủy giao dịch"],
      "VNPAY sender, DKIM of another domain, DMARC failing", auth="dkim-other")


# ==========================================================================
# Weak (newsletters and promotions to a subscriber)
# ==========================================================================

def weak() -> None:
    W(svc("Shopee", "news@mail.shopee.vn", "shopee.vn", relay="sendgrid"), "promotion", "newsletter", "vi",
      "12.12 Sale Sinh Nhật - Voucher đến 50%",
      ["Săn deal 0Đ từ 0H.", "[button]Mua ngay", "Bạn nhận được email này vì đã đăng ký nhận tin khuyến mãi từ Shopee."],
      "Shopee promotion", list_headers=True, extra=["Precedence: bulk"])
    W(svc("Lazada", "newsletter@mail.lazada.vn", "lazada.vn", relay="ses-custom"), "promotion", "newsletter", "vi",
      "Deal hot cuối tuần chỉ từ 9K", ["Freeship 0Đ toàn quốc.", "[button]Khám phá"],
      "Lazada promotion", list_headers=True, extra=["Precedence: bulk"])
    W(svc("Agoda", "deals@agoda-emails.com", "agoda.com", relay="sparkpost"), "promotion", "newsletter", "en",
      "Secret deals in Da Nang, up to 35% off",
      ["Hand-picked stays for your next trip.", "You are receiving this email because you subscribed to Agoda deals."],
      "Agoda deals from its marketing domain", list_headers=True, extra=["Precedence: bulk"])
    W(svc("Canva", "marketing@engage.canva.com", "canva.com", relay="sendgrid"), "newsletter", "newsletter", "en",
      "New in Canva: 5 templates for year-end reports",
      ["Design School", "Make year-end reports that shine.", "[button]Explore templates"],
      "Canva newsletter", list_headers=True)
    W(svc("Traveloka", "newsletter@traveloka.com", "traveloka.com", relay="sendgrid"), "promotion", "newsletter", "vi",
      "Vé máy bay Tết từ 699K", ["Đặt sớm giá tốt.", "Bạn nhận email vì đã đăng ký nhận bản tin Traveloka."],
      "Traveloka promotion", list_headers=True, extra=["Precedence: bulk"])
    W(svc("Medium", "noreply@medium.com", "medium.com", relay="sendgrid"), "newsletter", "newsletter", "en",
      "The Medium Newsletter: how we read now",
      ["From the editors", "A note on our reading lists.", "You're receiving this because you're subscribed to The Medium Newsletter."],
      "Medium editors' newsletter", list_headers=True)


accounts()
nones()
phishing()
weak()


# ==========================================================================
# Building the messages
# ==========================================================================

FOOTERS_EN = [
    "You're receiving this email because of your {svc} account.",
    "This message was sent to {rcpt}.",
    "© 2025 {svc}. All rights reserved. Please do not reply to this email.",
    "Privacy Policy · Terms of Service · Help Center",
]
FOOTERS_VI = [
    "Bạn nhận được thư này vì là khách hàng của {svc}.",
    "Thư này được gửi tới {rcpt}.",
    "© 2025 {svc}. Vui lòng không phản hồi thư tự động này.",
    "Chính sách bảo mật · Điều khoản sử dụng · Trợ giúp",
]
NO_FOOTER = {"person-to-person", "person-forward", "auto-reply", "internal-gov", "bounce"}
VI_FORMS = ["nfc", "ascii", "nfd"]


class Filler:
    """Fills {token}s; the same token gives the same value within a message."""

    def __init__(self, G, v: dict) -> None:
        self.G, self.v = G, dict(v)

    def token(self, key: str) -> str:
        if key not in self.v:
            G = self.G
            kind = key.rstrip("0123456789")
            n = int(key[len(kind):] or 0)
            if kind == "num":
                self.v[key] = G.digits(n)
            elif kind == "alnum":
                self.v[key] = G.alnum(n)
            elif kind == "hex":
                self.v[key] = G.hexs(n)
            elif key == "uuid":
                self.v[key] = f"{G.hexs(8)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(12)}"
            else:
                raise KeyError(key)
        return self.v[key]

    def __call__(self, text: str) -> str:
        out, i = [], 0
        while True:
            j = text.find("{", i)
            if j < 0:
                out.append(text[i:])
                return "".join(out)
            k = text.find("}", j)
            key = text[j + 1:k]
            if not key or not all(c.isalnum() for c in key):
                out.append(text[i:j + 1])
                i = j + 1
                continue
            out.append(text[i:j])
            out.append(self.token(key))
            i = k + 1


def authserv_for(rcpt: str, G) -> str:
    dom = rcpt.split("@")[1]
    if dom.endswith("quangngai.gov.vn"):
        return "mail.quangngai.gov.vn" if G.randint(0, 1) else "mx." + dom
    labels = dom.split(".")
    if len(labels) >= 4:
        return "mail." + ".".join(labels[1:])
    return "mx." + dom


def local_received(authserv: str, rcpt: str, date: str, G) -> str:
    if G.randint(0, 1):
        # Zimbra: the MTA hands the message to the mailbox store over LMTP.
        return (f"Received: from {authserv} (LHLO {authserv}) (127.0.0.1) by\r\n"
                f"\t{authserv} with LMTP; {date}")
    return (f"Received: from localhost (localhost [127.0.0.1])\r\n"
            f"\tby {authserv} (Postfix) with ESMTP id {G.alnum(11).upper()}\r\n\tfor <{rcpt}>; {date}")


def auth_results(g, authserv: str, auth: str, dkim_d: str, from_dom: str, spf_dom: str) -> str:
    G = g.G
    org = g.reg(from_dom)
    if auth == "pass":
        return (f"{authserv}; dkim=pass (2048-bit key; unprotected) header.d={dkim_d} header.i=@{dkim_d} "
                f"header.b={G.alnum(8)}; spf=pass (sender SPF authorized) smtp.mailfrom={spf_dom}; "
                f"dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from={org}")
    if auth == "none":
        return (f"{authserv}; dkim=none (no signatures found); spf=none smtp.mailfrom={spf_dom}; "
                f"dmarc=none (p=none dis=none) header.from={org}")
    if auth == "dkim-fail":
        return (f"{authserv}; dkim=fail (2048-bit key; body hash did not verify) header.d={dkim_d} "
                f"header.b={G.alnum(8)}; spf=softfail smtp.mailfrom={spf_dom}; "
                f"dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from={org}")
    if auth == "dmarc-fail":
        return (f"{authserv}; dkim=none (no signatures found); spf=fail (sender IP is not authorized) "
                f"smtp.mailfrom={spf_dom}; dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from={org}")
    if auth == "dkim-other":
        return (f"{authserv}; dkim=pass (1024-bit key) header.d={spf_dom} header.b={G.alnum(8)}; "
                f"spf=pass smtp.mailfrom={spf_dom}; dmarc=fail (p=QUARANTINE dis=QUARANTINE) header.from={org}")
    raise ValueError(auth)


def list_headers(g, relay: str, fdom: str, event: str) -> list[str]:
    G = g.G
    if relay == "sendgrid":
        url = f"https://u{G.digits(8)}.ct.sendgrid.net/lu/unsubscribe?oc=u001.{G.alnum(40)}"
        lu = f"<{url}>"
    elif relay == "mailchimp":
        lu = (f"<https://{fdom.split('.')[0]}.us{G.randint(2, 21)}.list-manage.com/unsubscribe?u={G.hexs(25)}"
              f"&id={G.hexs(10)}>, <mailto:unsubscribe-mc.us{G.randint(2, 21)}_{G.hexs(25)}@mailin1.us2.mcsv.net>")
    else:
        lu = f"<https://{fdom}/unsubscribe/{G.alnum(24)}>, <mailto:unsubscribe-{G.hexs(16)}@{fdom}>"
    out = [f"List-Unsubscribe: {lu}", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]
    if relay not in ("ses", "ses-custom", "resend", "mailchimp"):
        out.append(f"Feedback-ID: {G.digits(5)}:{event.split('_')[0]}:{g.reg(fdom).split('.')[0]}")
    return out


def dsn_parts(g, m: dict, rcpt: str, rcpt_name: str, date: str, authserv: str) -> tuple[list[str], bytes]:
    """Headers and body of a bounce of the official's own mail, in the
    format of the MTA that writes it."""
    G = g.G
    kind = m["dsn"]
    dsn_to = m["dsn_to"]
    orig_subject = g.encode_header_text(m["dsn_subject"], "b")
    orig_mid = f"{G.hexs(8)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(12)}@{rcpt.split('@')[1]}"
    orig_date = G.date()[0]
    orig_headers = (
        f"Return-Path: <{rcpt}>\n"
        f"From: {g.display(rcpt_name, rcpt)}\nTo: <{dsn_to}>\nSubject: {orig_subject}\n"
        f"Date: {orig_date}\nMessage-ID: <{orig_mid}>\nMIME-Version: 1.0\n"
        f"X-Mailer: Zimbra 8.8.15_GA_4508 (ZimbraWebClient - GC120 (Win)/8.8.15_GA_4508)\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n"
    )
    orig_body = "Kính gửi bộ phận hỗ trợ,\n\nĐơn vị chúng tôi cần hỗ trợ về tài khoản như tiêu đề.\n\nTrân trọng.\n"
    sender = m["svc"]["sender"]
    host = sender.split("@")[1]
    queue = G.alnum(10).upper()
    lines: list[str] = []
    boundary = f"{queue}.{G.digits(10)}/{host}"
    if kind in ("postfix", "zimbra"):
        if kind == "postfix":
            remote, code = f"mx.{dsn_to.split('@')[1]}", "550 5.1.1"
            diag = f"550 5.1.1 <{dsn_to}>: Recipient address rejected: User unknown in virtual mailbox table"
        else:
            remote, code = f"mx1.{dsn_to.split('@')[1]}", "552 5.2.2"
            diag = f"552 5.2.2 <{dsn_to}>: Mailbox full, quota exceeded"
        text = (f"This is the mail system at host {host}.\n\n"
                "I'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients. It's attached below.\n\n"
                "For further assistance, please send mail to postmaster.\n\n"
                "If you do so, please include this problem report. You can\n"
                "delete your own text from the attached returned message.\n\n"
                "                   The mail system\n\n"
                f"<{dsn_to}>: host {remote}[203.162.{G.randint(1, 250)}.{G.randint(1, 250)}] said:\n"
                f"    {diag} (in reply to RCPT TO command)\n")
        status = (f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {queue}\n"
                  f"X-Postfix-Sender: rfc822; {rcpt}\nArrival-Date: {orig_date}\n\n"
                  f"Final-Recipient: rfc822; {dsn_to}\nOriginal-Recipient: rfc822;{dsn_to}\n"
                  f"Action: failed\nStatus: {code.split()[1]}\nRemote-MTA: dns; {remote}\n"
                  f"Diagnostic-Code: smtp; {diag}\n")
        lines += [
            "Return-Path: <>",
            f"Delivered-To: {rcpt}",
            local_received(authserv, rcpt, date, G),
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
                 ("message/rfc822" if kind == "postfix" else "text/rfc822-headers",
                  "Content-Description: Undelivered Message\n",
                  orig_headers + ("\n" + orig_body if kind == "postfix" else ""))]
    elif kind == "exchange":
        dom = dsn_to.split("@")[1]
        text = (f"Your message to {dsn_to} couldn't be delivered.\n\n"
                f"{dsn_to.split('@')[0]} wasn't found at {dom}.\n\n"
                f"{rcpt.split('@')[0]}    Office 365    {dsn_to.split('@')[0]}\nAction Required    Recipient\n\n"
                "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist.\n\n"
                f"Diagnostic information for administrators:\n\nGenerating server: SG2PR06MB{G.digits(4)}.apcprd06.prod.outlook.com\n\n"
                f"{dsn_to}\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {dsn_to} not found by SMTP address lookup'\n")
        status = (f"Reporting-MTA: dns;SG2PR06MB{G.digits(4)}.apcprd06.prod.outlook.com\n"
                  f"Received-From-MTA: dns;{authserv}\nArrival-Date: {orig_date}\n\n"
                  f"Final-Recipient: rfc822;{dsn_to}\nAction: failed\nStatus: 5.1.10\n"
                  "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
        ohost = f"mail-sg2apc01on20{G.digits(2)}.outbound.protection.outlook.com"
        lines += [
            "Return-Path: <>",
            f"Delivered-To: {rcpt}",
            local_received(authserv, rcpt, date, G),
            "X-Virus-Scanned: amavisd-new",
            g.fold("Authentication-Results", f"{authserv}; dkim=none; spf=pass (helo) smtp.helo={ohost}; dmarc=none header.from={dom}"),
            f"Received: from {ohost} ({ohost} [40.107.{G.randint(1, 250)}.{G.randint(1, 250)}])\r\n"
            f"\tby {authserv} (Postfix) with ESMTPS id {G.alnum(11).upper()}\r\n\tfor <{rcpt}>; {date}",
            f"From: Microsoft Outlook <{sender}>",
            f"To: <{rcpt}>",
            f"Date: {date}",
            "Content-Type: multipart/report; report-type=delivery-status;\r\n"
            f'\tboundary="{boundary}"',
            "X-MS-Exchange-Message-Is-Ndr:",
            "Content-Language: en-US",
            f"Message-ID: <{G.hexs(8)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(12)}@SG2PR06MB{G.digits(4)}.apcprd06.prod.outlook.com>",
            f"In-Reply-To: <{orig_mid}>",
            f"References: <{orig_mid}>",
            "Subject: " + g.encode_header_text(m["subject"], "b"),
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
        ]
        parts = [("text/plain; charset=us-ascii", "", text), ("message/delivery-status", "", status),
                 ("message/rfc822", "", orig_headers + "\n" + orig_body)]
    elif kind == "gmail":
        text = ("** Address not found **\n\n"
                f"Your message wasn't delivered to {dsn_to} because the address couldn't be found, or is unable to receive mail.\n\n"
                "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
                "The response was:\n\n"
                f"The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser {G.alnum(20)} - gsmtp\n")
        status = (f"Reporting-MTA: dns; googlemail.com\nArrival-Date: {orig_date}\n\n"
                  f"Final-Recipient: rfc822; {dsn_to}\nAction: failed\nStatus: 5.1.1\n"
                  f"Diagnostic-Code: smtp; The email account that you tried to reach does not exist.\n"
                  f"Last-Attempt-Date: {date}\n")
        lines += [
            "Return-Path: <>",
            f"Delivered-To: {rcpt}",
            local_received(authserv, rcpt, date, G),
            g.fold("Authentication-Results", f"{authserv}; dkim=pass (2048-bit key) header.d=googlemail.com "
                   f"header.b={G.alnum(8)}; spf=pass smtp.helo=mail-sor-f69.google.com; dmarc=pass header.from=googlemail.com"),
            f"Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])\r\n"
            f"\tby {authserv} (Postfix) with ESMTPS id {G.alnum(11).upper()}\r\n\tfor <{rcpt}>; {date}",
            g.dkim_header("googlemail.com", "20230601", G.randint(1733000000, 1765000000)),
            "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
            f"To: {rcpt}",
            "Auto-Submitted: auto-replied",
            "Subject: Delivery Status Notification (Failure)",
            f"References: <{orig_mid}>",
            f"In-Reply-To: <{orig_mid}>",
            f"X-Failed-Recipients: {dsn_to}",
            f"Message-ID: <{G.alnum(24)}.{G.digits(6)}@mx.google.com>",
            f"Date: {date}",
            "MIME-Version: 1.0",
            f'Content-Type: multipart/report; boundary="{G.hexs(28)}"; report-type=delivery-status',
        ]
        boundary = lines[-1].split('boundary="')[1].split('"')[0]
        parts = [("text/plain; charset=UTF-8", "", text), ("message/delivery-status", "", status),
                 ("message/rfc822", "", orig_headers + "\n" + orig_body)]
    elif kind == "yahoo":
        text = ("Sorry, we were unable to deliver your message to the following address.\n\n"
                f"<{dsn_to}>:\n554: delivery error: dd Requested mailbox is not available - "
                f"mta{G.digits(4)}.mail.gq1.yahoo.com\n\n--- Below this line is a copy of the message.\n\n"
                + orig_headers + "\n" + orig_body)
        lines += [
            "Return-Path: <>",
            f"Delivered-To: {rcpt}",
            local_received(authserv, rcpt, date, G),
            g.fold("Authentication-Results", f"{authserv}; dkim=none; spf=pass (helo) "
                   f"smtp.helo=sonic{G.digits(3)}-{G.digits(2)}.consmr.mail.gq1.yahoo.com; dmarc=none header.from=yahoo.com"),
            f"Received: from sonic{G.digits(3)}-{G.digits(2)}.consmr.mail.gq1.yahoo.com "
            f"(sonic.consmr.mail.gq1.yahoo.com [98.137.{G.randint(60, 70)}.{G.randint(1, 250)}])\r\n"
            f"\tby {authserv} (Postfix) with ESMTPS id {G.alnum(11).upper()}\r\n\tfor <{rcpt}>; {date}",
            f"Date: {date}",
            "From: MAILER-DAEMON@yahoo.com",
            f"To: {rcpt}",
            "Subject: Failure Notice",
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: 8bit",
        ]
        head = "\r\n".join(lines).encode()
        return lines, head + b"\r\n\r\n" + text.replace("\n", "\r\n").encode()
    else:
        raise ValueError(kind)
    head = "\r\n".join(lines).encode()
    chunks = [head, b"\r\n\r\nThis is a MIME-encapsulated message.\r\n\r\n"]
    for ctype, extra, content in parts:
        chunks.append(f"--{boundary}\r\n{extra.replace(chr(10), chr(13) + chr(10))}Content-Type: {ctype}\r\n\r\n".encode())
        chunks.append(content.replace("\n", "\r\n").encode())
        chunks.append(b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode())
    return lines, b"".join(chunks)


def person_mid(sender: str, G) -> str:
    dom = sender.split("@")[1]
    if dom == "gmail.com":
        return f"<CA+{G.alnum(40)}@mail.gmail.com>"
    if dom.startswith("yahoo"):
        return f"<{G.digits(10)}.{G.digits(7)}.{G.digits(13)}@mail.yahoo.com>"
    return ""


def calendar_part(subject: str, sender: str, rcpt: str, G) -> str:
    uid = f"{G.alnum(26).lower()}@google.com"
    return ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
            "CALSCALE:GREGORIAN\nMETHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:20251204T070000Z\n"
            f"DTEND:20251204T083000Z\nDTSTAMP:20251201T020000Z\nORGANIZER;CN=Vo Thanh Son:mailto:{sender}\n"
            f"UID:{uid}\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE\n"
            f" ;CN={rcpt};X-NUM-GUESTS=0:mailto:{rcpt}\nSUMMARY:{subject}\nSTATUS:CONFIRMED\n"
            "SEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n")


def expand(g) -> list:
    """Builds every fresh2 message: a list of (generate.Spec, bytes)."""
    g.G = g.Gen(FRESH2_SEED)
    G = g.G
    out = []
    counter = 0
    vi_count = 0
    for m in MESSAGES:
        s = dict(m.get("svc_override") or m["svc"])
        if "rcpt_index" in m:
            name, official = OFFICIALS[m["rcpt_index"]]
        elif m.get("alias") or m.get("dsn") == "postfix" or m.get("internal") and "qlvb" in s["sender"]:
            # Aliases and the provincial server's own bounces: Quang Ngai units.
            name, official = OFFICIALS[counter % 5]
            counter += 1
        elif m.get("dsn") == "zimbra":
            name, official = OFFICIALS[5]
        elif m.get("internal") and "gialai" in s["sender"]:
            name, official = OFFICIALS[7]
        elif m.get("internal") and "svhttdl" in s["sender"]:
            name, official = OFFICIALS[0]
        else:
            name, official = OFFICIALS[counter % len(OFFICIALS)]
            counter += 1
        lang = m["lang"]
        vi = m.get("vi_form")
        if lang == "vi" and not vi:
            vi = VI_FORMS[vi_count % 3]
            vi_count += 1
        rcpt_name = name if G.randint(0, 2) else ""
        local, rdom = official.split("@")
        v = g.variables(official, name)
        fill = Filler(G, v)
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
        if m.get("alias") == "virtual":
            parts = g.strip_diacritics(name).lower().split()
            alias = f"{parts[-1]}.{''.join(p[0] for p in parts[:-1])}@{rdom}"
            to_addr, address, recipients, owner = alias, alias, [alias, official], official
            extra_pre.append(f"X-Original-To: {alias}")
            traits.append("alias:virtual")
        elif m.get("alias") == "srs":
            alias = f"{local.replace('.', '')}@quangngai.gov.vn"
            to_addr, address, recipients, owner = alias, alias, [alias, official], official
            extra_pre.append(f"X-Original-To: {alias}")
            traits.append("srs:alias-official")
        personal = None
        if m.get("gmail_forward"):
            personal = PERSONAL[G.randint(0, len(PERSONAL) - 1)]
            to_addr, recipients = personal, []
            traits.append("gmail-forward")
        v["rcpt"], v["masked"] = to_addr, g.masked(to_addr)
        fill.v.update(rcpt=to_addr, masked=g.masked(to_addr))
        date, ts = G.date()
        authserv = authserv_for(delivered, G)
        subject = fill(m["subject"])
        paras = [fill(p) for p in m["paras"]]
        if lang == "vi":
            subject = g.vi_form(subject, vi)
            paras = [g.vi_form(p, vi) for p in paras]
            traits.append("vi:" + vi)

        if m.get("dsn"):
            _, raw = dsn_parts(g, m, official, name, date, authserv)
            traits = [f"dsn:{m['dsn']}"] + traits
            spec.traits = traits
            spec.address, spec.recipients, spec.owner = address, recipients, owner
            spec.slug = g.slugify(f"{s['domain'].split('.')[0]}-{m['cause']}")
            out.append((spec, raw))
            continue

        relay = s["relay"]
        rp = g.relay_parts(spec.svc, to_addr, relay)
        for suffix, net in ((".google.com", "209.85.220"), (".outlook.com", "40.107"), ("facebook.com", "69.171.232"),
                            ("linkedin.com", "108.174.3"), (".apple.com", "17.58.63"), (".gov.vn", "113.160.14")):
            if rp["host"].endswith(suffix):
                parts = net.split(".")
                while len(parts) < 4:
                    parts.append(str(G.randint(1, 250)))
                rp["ip"] = ".".join(parts)
                break
        if s["mid"]:
            rp["message_id"] = fill(s["mid"]).strip("<>")
        elif person_mid(sender, G):
            rp["message_id"] = person_mid(sender, G).strip("<>")
        if m.get("mid"):
            rp["message_id"] = fill(m["mid"]).strip("<>")
        return_path = rp["return_path"]
        if m.get("verp") == "discourse":
            return_path = f"noreply+verp-{G.hexs(32)}@{fdom}"
            traits.append("verp:discourse")
        elif m.get("verp") == "xenforo":
            return_path = f"bounce+{G.hexs(8)}+{to_addr.split('@')[0]}={to_addr.split('@')[1]}@{fdom}"
            traits.append("verp:xenforo")
        if m.get("batv"):
            return_path = f"prvs={G.digits(4)}{G.hexs(6)}={sender}"
            traits.append("batv")
        if m.get("alias") == "srs":
            sl, sd = sender.split("@")
            return_path = f"SRS0={G.alnum(4)}={G.alnum(2).upper()}={sd}={sl}@quangngai.gov.vn"
        auth = m.get("auth", "pass")
        dkim_d = s["dkim"] or g.reg(fdom)
        spf_dom = rp["spf_domain"]
        if auth == "dkim-other":
            spf_dom = f"bulk{G.digits(2)}.sendmail-pro.click"

        lines: list[str] = []
        if personal:
            plocal, pdom = personal.split("@")
            tlocal, tdom = official.split("@")
            lines.append(f"Return-Path: <{plocal}+caf_={tlocal}={tdom}@{pdom}>")
            lines.append(f"Delivered-To: {official}")
            lines.append(local_received(authserv, official, date, G))
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
            lines.append(local_received(authserv, delivered, date, G))
            if m.get("spam"):
                lines.append(f"X-Spam-Flag: YES\r\nX-Spam-Score: {m['spam']}\r\nX-Spam-Level: {'*' * int(float(m['spam']))}")
                lines.append(g.fold("X-Spam-Status",
                                    f"Yes, score={m['spam']} required=5.0 tests=[BAYES_99=3.5, "
                                    "HTML_IMAGE_ONLY_16=1.092, URIBL_DBL_SPAM=2.5, RDNS_NONE=0.793, "
                                    "FROM_SUSPICIOUS_NTLD=0.498] autolearn=spam"))
                traits.append("spam-flag")
            lines.append(f"X-Virus-Scanned: amavisd-new at {authserv}")
            lines.append(g.fold("Authentication-Results", auth_results(g, authserv, auth, dkim_d, fdom, spf_dom)))
            if m.get("alias") == "srs":
                lines.append(f"Received: from mail.quangngai.gov.vn (mail.quangngai.gov.vn [113.160.{G.randint(1, 250)}.{G.randint(1, 250)}])\r\n"
                             f"\tby {authserv} (Postfix) with ESMTPS id {G.alnum(11).upper()}\r\n\tfor <{delivered}>; {date}")
            lines.append(f"Received: from {rp['host']} ({rp['host']} [{rp['ip']}])\r\n"
                         f"\tby {'mail.quangngai.gov.vn' if m.get('alias') == 'srs' else authserv} (Postfix) with ESMTPS id "
                         f"{G.alnum(11).upper()}\r\n\tfor <{to_addr}>; {date}")
        if m.get("internal"):
            lines.append(f"Received: from [10.{G.randint(1, 30)}.{G.randint(1, 250)}.{G.randint(1, 250)}] "
                         f"(unknown [10.{G.randint(1, 30)}.{G.randint(1, 250)}.{G.randint(1, 250)}])\r\n"
                         f"\tby {s['mta'] or 'mail.' + fdom} (Postfix) with ESMTPSA id {G.alnum(11).upper()}; {date}")
        if auth not in ("none", "dmarc-fail"):
            d = spf_dom if auth == "dkim-other" else dkim_d
            lines.append(g.dkim_header(d, G.choice(["s1", "s2", "selector1", "google", "k1", "default", "mx"]), ts))
            if auth == "pass":
                for d2 in rp["dkim_extra"]:
                    lines.append(g.dkim_header(d2, G.choice(["224i4yxa5dv7c2xz3womw6peuasteono", "smtpapi", "mte1"]), ts))
        disp = s["display"]
        lines.append(f"From: {g.display(disp, sender, 'b')}")
        if m.get("to_header"):
            lines.append(f"To: {m['to_header']}")
            if m["to_header"].startswith("undisclosed"):
                traits.append("undisclosed-recipients")
            else:
                traits.append("list-recipient")
        else:
            nm = rcpt_name if to_addr == official else ""
            lines.append(f"To: {g.display(nm, to_addr, 'b')}" if nm else f"To: {to_addr}")
        subj_enc = "b" if G.randint(0, 1) else "q"
        lines.append("Subject: " + g.encode_header_text(subject, subj_enc))
        lines.append(f"Date: {date}")
        lines.append(f"Message-ID: <{rp['message_id']}>")
        lines.append("MIME-Version: 1.0")
        for h in m.get("extra", []):
            lines.append(fill(h))
        if m.get("internal") or (m["cause"] == "auto-reply" and "zimbra" in " ".join(m.get("extra", []))):
            lines.append("X-Mailer: Zimbra 8.8.15_GA_4508 (ZimbraWebClient - GC120 (Win)/8.8.15_GA_4508)")
        if m.get("list_headers"):
            lines.extend(list_headers(g, relay, fdom, m["event"]))
            traits.append("list-headers")
        lines.extend(rp["extra"])

        # Body
        form = m.get("form") or G.choice(["html+text", "html+text", "html", "text"])
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
        for h in (f"relay:{relay}" if relay else "",):
            if h:
                traits.insert(0, h)
        if m.get("x_mailer_trait"):
            traits.append(m["x_mailer_trait"])
        for h in m.get("extra", []):
            if h.startswith("X-Mailer:") or h.startswith("X-phpBB"):
                traits.append("x-mailer:" + h.split(":", 1)[1].strip().split()[0].lower())
                break
        if auth != "pass":
            traits.append("auth:" + auth)
        traits.append("body:" + form)
        traits.append("cte:" + cte)
        if m.get("calendar"):
            traits.append("text-calendar")
        if form == "text":
            body_text = "\n\n".join(p for p in paras) + ("\n\n" + footer if footer else "") + "\n"
            if any(p.startswith(("[button]", "[big]")) for p in paras):
                body_text = g.text_page(paras, footer)
            lines.append("Content-Type: text/plain; charset=UTF-8")
            lines.append(f"Content-Transfer-Encoding: {cte}")
            raw = "\r\n".join(lines).encode() + b"\r\n\r\n" + g.body_bytes(body_text, cte)
        else:
            page = g.html_page(paras, subject, footer, form == "ckeditor", m.get("pad_rows", 0))
            if form in ("html", "ckeditor"):
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
                                 calendar_part(subject, sender, to_addr, G)))
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
