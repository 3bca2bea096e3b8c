"""The fresh3 split of the evaluation set (see eval/README.md, "The fresh3 split").

Called by generate.py after dev, holdout, fresh and fresh2, from a seed of its
own, so the other splits keep their bytes. Standard library only,
deterministic. It reuses the header and DSN helpers of fresh2.py (read-only)
and adds its own forms: multipart/related bodies with inline images, re-sends
and SRS forwards between official mailboxes, Exim bounces, help-desk
acknowledgements.

Written by a writer who read neither the detector (src/rules, src/detector,
src/catalog, src/bounce.rs, src/auth.rs) nor which messages of the other
splits fail. Sending addresses are the services' own where known; where the
sending domain could not be confirmed the service's website domain is used
and the label's reason says so.
"""

from __future__ import annotations

import base64

import fresh2

FRESH3_SEED = 20261207
SPLIT = "fresh3"

# Officials of this split: units used in no other split.
OFFICIALS = [
    ("Trần Thị Bích Ngọc", "ngocttb@stttt.lamdong.gov.vn"),
    ("Lò Văn Thắng", "lovanthang@sldtbxh.dienbien.gov.vn"),
    ("Quách Minh Trí", "qmtri@camau.gov.vn"),
    ("Thân Thị Hải Yến", "thanhaiyen@sgddt.bacgiang.gov.vn"),
    ("Đinh Công Thuận", "thuan.dc@ubnd.dalat.lamdong.gov.vn"),
    ("Văn phòng Sở Y tế", "vanphong@syt.camau.gov.vn"),
    ("Giàng A Páo", "giangapao@muongnhe.dienbien.gov.vn"),
    ("Nguyễn Hữu Phước", "phuocnh@skhdt.bacgiang.gov.vn"),
]

PERSONAL = [
    "bichngoc.ld88@gmail.com",
    "thangvan.db@yahoo.com",
    "haiyen.bg@outlook.com",
]

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

# Vietnamese services. Sending addresses at the website domain where the
# real sending domain could not be confirmed (the reasons say so).
GHN = svc("Giao Hàng Nhanh", "no-reply@ghn.vn", "ghn.vn", relay="ses-custom")
GHTK = svc("Giao Hàng Tiết Kiệm", "noreply@ghtk.vn", "ghtk.vn", relay="mailgun")
VTPOST = svc("Viettel Post", "cskh@viettelpost.com.vn", "viettelpost.com.vn", mta="mail.viettelpost.com.vn")
SHOPEEPAY = svc("ShopeePay", "no-reply@shopeepay.vn", "shopeepay.vn", relay="sendgrid")
VCB = svc("Vietcombank", "vcbdigibank@vietcombank.com.vn", "vietcombank.com.vn", mta="smtp.vietcombank.com.vn")
TCB = svc("Techcombank", "estatement@techcombank.com.vn", "techcombank.com.vn", relay="ses-custom")
MBBANK = svc("MB Bank", "noreply@mbbank.com.vn", "mbbank.com.vn", mta="mail.mbbank.com.vn")
LOTUSMILES = svc("Lotusmiles - Vietnam Airlines", "lotusmiles@vietnamairlines.com", "vietnamairlines.com",
                 relay="sparkpost")
VIETRAVEL = svc("Vietravel", "booking@vietravel.com", "vietravel.com", relay="mailgun")
VEXERE = svc("Vexere", "noreply@vexere.com", "vexere.com", relay="sendgrid")
LONGCHAU = svc("Nhà thuốc Long Châu", "no-reply@nhathuoclongchau.com.vn", "nhathuoclongchau.com.vn",
               relay="ses-custom")
FAHASA = svc("Fahasa", "no-reply@fahasa.com", "fahasa.com", relay="brevo")
CGV = svc("CGV Cinemas Vietnam", "noreply@cgv.vn", "cgv.vn", relay="ses")
ZINGMP3 = svc("Zing MP3", "no-reply@zingmp3.vn", "zingmp3.vn", mta="mail.zingmp3.vn")
SAPO = svc("Sapo", "no-reply@sapo.vn", "sapo.vn", relay="postmark")
KIOTVIET = svc("KiotViet", "no-reply@kiotviet.vn", "kiotviet.vn", relay="ses-custom")
VIOLET = svc("Thư viện Violet", "webmaster@violet.vn", "violet.vn", mta="mail.violet.vn")
VNEDU = svc("vnEdu", "hotro@vnedu.vn", "vnedu.vn", mta="mail.vnedu.vn")
AHAMOVE = svc("Ahamove", "no-reply@ahamove.com", "ahamove.com", relay="mailgun")
BHX = svc("Bách hóa XANH", "no-reply@bachhoaxanh.com", "bachhoaxanh.com", relay="sendgrid")
VINPEARL = svc("Vinpearl", "reservation@vinpearl.com", "vinpearl.com", relay="ses-custom")
SKYJOY = svc("SkyJoy", "no-reply@skyjoy.vn", "skyjoy.vn", relay="mailjet")
CAREERVIET = svc("CareerViet", "noreply@careerviet.vn", "careerviet.vn", relay="sendgrid")
OLM = svc("OLM.vn", "no-reply@olm.vn", "olm.vn", mta="mail.olm.vn")
SPIDERUM = svc("Spiderum", "no-reply@spiderum.com", "spiderum.com", relay="mailgun")
TINHTE = svc("Tinhte.vn", "noreply@tinhte.vn", "tinhte.vn", mta="mail.tinhte.vn")

# Global services
BOOKING = svc("Booking.com", "noreply@booking.com", "booking.com", mta="mailout-201-r3.booking.com")
AIRBNB = svc("Airbnb", "automated@airbnb.com", "airbnb.com", relay="sendgrid")
TRIPCOM = svc("Trip.com", "noreply@trip.com", "trip.com", relay="ses-custom")
EBAY = svc("eBay", "ebay@ebay.com", "ebay.com", mta="mxphxpool2016.ebay.com")
ALIEXPRESS = svc("AliExpress", "transaction@notice.aliexpress.com", "aliexpress.com", mta="out10-57.mail.alibaba.com")
TEMU = svc("Temu", "noreply@temu.com", "temu.com", relay="ses-custom")
SHEIN = svc("SHEIN", "noreply@shein.com", "shein.com", relay="sparkpost")
YAHOO = svc("Yahoo", "no-reply@cc.yahoo-inc.com", "yahoo.com", mta="sonic305-21.consmr.mail.gq1.yahoo.com",
            dkim="yahoo-inc.com")
PROTON = svc("Proton", "no-reply@proton.me", "proton.me", mta="mail-4316.protonmail.ch")
SNAPCHAT = svc("Snapchat", "no_reply@snapchat.com", "snapchat.com", relay="sendgrid")
BLUESKY = svc("Bluesky", "noreply@bsky.app", "bsky.app", relay="resend")
KHAN = svc("Khan Academy", "no-reply@khanacademy.org", "khanacademy.org", relay="sendgrid")
EDX = svc("edX", "no-reply@edx.org", "edx.org", relay="ses")
UDEMY = svc("Udemy", "no-reply@e.udemymail.com", "udemy.com", relay="sendgrid", dkim="udemymail.com")
CAPCUT = svc("CapCut", "no-reply@capcut.com", "capcut.com", relay="ses-custom")
PSN = svc("PlayStation", "Sony@txn-email.playstation.com", "playstation.com", relay="sparkpost",
          dkim="txn-email.playstation.com")
BATTLENET = svc("Battle.net", "noreply@battle.net", "battle.net", mta="mail-out.battle.net")
DEEPSEEK = svc("DeepSeek", "noreply@deepseek.com", "deepseek.com", relay="ses-custom")
YTPREMIUM = svc("YouTube", "noreply-purchases@youtube.com", "youtube.com", mta="mail-sor-f73.google.com",
                mid="<{alnum22}@google.com>")

# Self-hosted software on invented domains (outside any catalog)
LEMMY = svc("Lemmy Việt", "noreply@lemmy.cauhoiviet.net", "cauhoiviet.net", mta="lemmy.cauhoiviet.net")
PEERTUBE = svc("Kênh Video Giáo dục Mở", "noreply@video.hocmo.edu.vn", "hocmo.edu.vn", mta="video.hocmo.edu.vn")
REDMINE = svc("Redmine", "redmine@pm.phanmemcong.vn", "phanmemcong.vn", mta="pm.phanmemcong.vn")
OPENPROJECT = svc("OpenProject", "openproject@duan.trungtamso.vn", "trungtamso.vn", mta="duan.trungtamso.vn")
FRIENDICA = svc("Mạng Nông dân", "noreply@friendica.nongdanviet.net", "nongdanviet.net",
                mta="friendica.nongdanviet.net")


# ==========================================================================
# Account messages
# ==========================================================================

def accounts() -> None:
    # ---- Vietnamese services ----------------------------------------------
    A(GHN, "delivery-notice", "transaction", "vi", "GHN - Đơn hàng {num12} đang được giao đến bạn",
      ["Chào {name},", "Đơn hàng mã {num12} từ shop Đồ Gia Dụng Minh Khang đang được nhân viên GHN giao đến bạn.",
       "Nhân viên giao hàng: Phạm Văn Tú - 0912 xxx 481", "Vui lòng chuẩn bị {amount}đ tiền thu hộ (COD).",
       "[button]Theo dõi đơn hàng"],
      "GHN delivery notice to the buyer e-mail of a GHN recipient account (website domain ghn.vn; sending "
      "domain not confirmed)", pad_rows=2)
    A(GHTK, "delivery-notice", "transaction", "vi", "[GHTK] Giao hàng thành công đơn S{num8}",
      ["Xin chào {name},", "Đơn hàng S{num8} đã được giao thành công lúc 15:20 ngày {day}.",
       "Người nhận: {name} - Bảo Lộc, Lâm Đồng", "Bạn có thể đánh giá shipper trong ứng dụng GHTK."],
      "GHTK delivered notice (website domain ghtk.vn; sending domain not confirmed)", form="text")
    A(VTPOST, "delivery-notice", "transaction", "vi", "ViettelPost thông báo bưu gửi {num11} đã phát thành công",
      ["Kính gửi Quý khách,", "Tổng công ty Cổ phần Bưu chính Viettel trân trọng thông báo: bưu gửi số hiệu {num11} "
       "đã được phát thành công tới người nhận.", "Tra cứu hành trình tại viettelpost.com.vn hoặc ứng dụng ViettelPost.",
       "Trân trọng cảm ơn Quý khách đã sử dụng dịch vụ."],
      "Viettel Post delivery notice to the customer account e-mail (website domain)", form="html",
      html_tables=True)
    A(SHOPEEPAY, "e-wallet", "transaction", "vi", "ShopeePay: Nạp tiền vào Ví thành công",
      ["Xin chào {user},", "Bạn đã nạp thành công {amount}đ vào Ví ShopeePay từ tài khoản ngân hàng liên kết.",
       "Số dư Ví hiện tại được cập nhật trong ứng dụng Shopee.", "Mã giao dịch: {num16}"],
      "ShopeePay top-up notice (website domain shopeepay.vn)", list_headers=True)
    A(VCB, "bank-notice", "security_alert", "vi", "VCB Digibank - Thông báo đăng nhập trên thiết bị mới",
      ["Kính gửi Quý khách {name},", "Tài khoản VCB Digibank của Quý khách vừa được kích hoạt trên thiết bị iPhone 13 "
       "lúc 08:15 ngày {day}.", "Nếu Quý khách không thực hiện, vui lòng gọi ngay tổng đài 1900 54 54 13.",
       "Vietcombank không bao giờ yêu cầu Quý khách cung cấp mật khẩu, mã OTP qua email hay điện thoại."],
      "Vietcombank digital banking new-device notice (website domain vietcombank.com.vn)", form="related")
    A(TCB, "bank-notice", "transaction", "vi", "Techcombank - Sao kê tài khoản thanh toán tháng 10/2025",
      ["Kính gửi Quý khách hàng,", "Techcombank trân trọng gửi Quý khách Sao kê tài khoản thanh toán số "
       "19{num10} kỳ 01/10/2025 - 31/10/2025.", "Tệp sao kê được bảo vệ bằng mật khẩu là ngày sinh của Quý khách "
       "(ddmmyyyy).", "Đây là email tự động, Quý khách vui lòng không trả lời."],
      "Techcombank monthly e-statement (website domain)")
    A(MBBANK, "bank-notice", "transaction", "vi", "MB thong bao bien dong so du tai khoan",
      ["Kinh gui Quy khach,", "Tai khoan 0{num12} vua thay doi: +{amount} VND luc 10:02 {day}.",
       "Noi dung: CHUYEN TIEN LUONG THANG 11", "So du kha dung duoc hien thi tren ung dung MBBank."],
      "MB Bank balance-change e-mail (written without diacritics as banks do; website domain)",
      vi_form="ascii", form="text")
    A(LOTUSMILES, "loyalty-statement", "notification", "vi", "Lotusmiles: Bảng sao kê dặm tháng 11/2025",
      ["Kính gửi Hội viên {name},", "Số thẻ hội viên: {num10}", "Dặm thưởng hiện có: 12.480 dặm · Hạng thẻ: Titan",
       "Quý khách cần thêm 7.520 dặm xét hạng để đạt hạng Vàng.", "[button]Đăng nhập Lotusmiles"],
      "Lotusmiles monthly miles statement to a member", list_headers=True, form="related")
    A(VIETRAVEL, "booking", "transaction", "vi", "Vietravel xác nhận đặt tour NDSGN{num4} - Đà Lạt - Langbiang 3N2Đ",
      ["Kính chào Quý khách {name},", "Vietravel xác nhận đã nhận thanh toán đặt tour mã booking {pnr}.",
       "Ngày khởi hành: {day} · Số khách: 2 người lớn", "Tổng tiền: {amount}.000 VND",
       "Quý khách có thể quản lý booking tại mục Tài khoản của tôi trên travel.com.vn."],
      "Vietravel tour booking confirmation (website domain)", pad_rows=3)
    A(VEXERE, "booking", "transaction", "vi", "Vé xe của bạn đã được xác nhận - Mã vé {code5}",
      ["Chào {name},", "Nhà xe Thành Bưởi · Đà Lạt → TP.HCM", "Giờ đi: 22:30 {day} · Ghế: A12",
       "Mã vé: {code5} - vui lòng xuất trình khi lên xe.", "[button]Xem vé của tôi"],
      "Vexere bus ticket confirmation (website domain)", list_headers=True)
    A(LONGCHAU, "order", "transaction", "vi", "Long Châu xác nhận đơn hàng #{num10}",
      ["Cảm ơn anh/chị {name} đã mua hàng tại Nhà thuốc Long Châu.", "Đơn hàng #{num10} gồm 3 sản phẩm, "
       "tổng thanh toán {amount}đ.", "Dược sĩ sẽ gọi xác nhận đơn thuốc trong 30 phút."],
      "Long Châu pharmacy order confirmation (website domain)", pad_rows=3)
    A(FAHASA, "order", "transaction", "vi", "Fahasa.com - Thông tin đơn hàng {num9}",
      ["Xin chào {name},", "Fahasa.com đã nhận đơn hàng {num9} của bạn.", "Phương thức thanh toán: Ví ZaloPay",
       "Giao hàng dự kiến: 3-5 ngày làm việc."],
      "Fahasa online bookshop order (website domain; relay Brevo)", form="html", html_tables=True, pad_rows=2)
    A(CGV, "ticket", "transaction", "vi", "CGV - Xác nhận giao dịch đặt vé thành công",
      ["Chào {name},", "Phim: Địa Đạo · Rạp CGV Vincom Cà Mau · Phòng 3", "Suất chiếu: 19:45 {day} · Ghế: F7, F8",
       "Mã đặt vé: {num10}", "Điểm thành viên CGV tích lũy: +45"],
      "CGV cinema ticket booking by a member (website domain)", form="related")
    A(ZINGMP3, "subscription-receipt", "transaction", "vi", "Gói VIP Zing MP3 của bạn sẽ hết hạn sau 3 ngày",
      ["Chào {user},", "Gói Zing MP3 VIP 1 tháng trên tài khoản của bạn sẽ hết hạn vào {day}.",
       "Gia hạn ngay để tiếp tục nghe nhạc chất lượng cao không quảng cáo.", "[button]Gia hạn VIP"],
      "Zing MP3 VIP expiry reminder (website domain)")
    A(SAPO, "signup-wording", "account_created", "vi", "Chào mừng bạn đến với Sapo - Thông tin cửa hàng dùng thử",
      ["Xin chào {name},", "Cửa hàng dùng thử của bạn đã được khởi tạo thành công.",
       "Địa chỉ quản trị: {user}.mysapo.net/admin", "Email đăng nhập: {rcpt}",
       "Thời gian dùng thử: 15 ngày kể từ hôm nay."],
      "Sapo trial store created (website domain; relay Postmark)")
    A(KIOTVIET, "code-in-subject", "login_code", "vi", "KiotViet - Mã xác thực: {code}",
      ["Mã xác thực đăng nhập gian hàng của bạn là {code}.", "Mã có hiệu lực trong 3 phút."],
      "KiotViet login verification code (website domain)", form="text")
    A(VIOLET, "signup-wording", "email_verification", "vi", "Violet.vn: Kích hoạt tài khoản thành viên",
      ["Chào thầy/cô {name},", "Cảm ơn thầy/cô đã đăng ký làm thành viên Thư viện Violet.",
       "Để hoàn tất, vui lòng bấm vào liên kết sau để kích hoạt tài khoản: https://violet.vn/kich-hoat/{hex20}",
       "Ban quản trị Violet"],
      "Violet teachers' library membership activation (website domain)", form="text", cte="8bit")
    A(VNEDU, "password-reset", "password_reset", "vi", "vnEdu - Cấp lại mật khẩu tài khoản",
      ["Kính gửi thầy/cô,", "Hệ thống vnEdu nhận được yêu cầu cấp lại mật khẩu cho tài khoản {user}.",
       "Mật khẩu tạm thời: {alnum8}", "Vui lòng đổi mật khẩu sau khi đăng nhập."],
      "vnEdu (VNPT school management, a company service) password reset (website domain)",
      form="ckeditor")
    A(AHAMOVE, "ride-receipt", "transaction", "vi", "Ahamove - Biên nhận đơn hàng #{alnum8}",
      ["Cảm ơn bạn đã sử dụng Ahamove.", "Dịch vụ: Giao hàng siêu tốc · 6,4 km", "Tổng cước: {amount}đ",
       "Tài xế: Lê Văn Hòa · 49-B1 xxx.xx"],
      "Ahamove delivery receipt (website domain)")
    A(BHX, "order-shipped", "transaction", "vi", "Bách hóa XANH: Đơn hàng đã giao thành công",
      ["Chào anh/chị {name},", "Đơn hàng #{num9} đã được giao thành công.",
       "Cảm ơn anh/chị đã mua sắm tại Bách hóa XANH. Đánh giá đơn hàng để nhận ưu đãi lần sau."],
      "Bách hóa XANH order delivered (website domain)", pad_rows=4)
    A(VINPEARL, "booking", "transaction", "vi", "Xác nhận đặt phòng - Vinpearl Resort & Spa Phú Quốc",
      ["Kính gửi Quý khách {name},", "Mã đặt phòng: VP{num8}", "Nhận phòng: {day} · 2 đêm · Phòng Deluxe Garden View",
       "Quý khách có thể quản lý đặt phòng trong tài khoản Vinpearl của mình."],
      "Vinpearl hotel booking confirmation (website domain)", form="related")
    A(SKYJOY, "loyalty-statement", "notification", "vi", "Bạn vừa được cộng 320 điểm SkyJoy",
      ["Chào {name},", "Chuyến bay VJ{num3} ngày {day} đã được cộng 320 điểm SkyJoy vào tài khoản của bạn.",
       "Tổng điểm hiện có: 1.140 điểm."],
      "SkyJoy loyalty points credited (website domain; relay Mailjet)", list_headers=True)
    A(CAREERVIET, "job-board", "notification", "vi", "CareerViet: 12 việc làm mới phù hợp với hồ sơ của bạn",
      ["Chào {name},", "Dựa trên hồ sơ của bạn, CareerViet gợi ý các việc làm sau:",
       "Chuyên viên Công nghệ thông tin - Lâm Đồng", "Kỹ sư hệ thống - Đà Lạt", "[button]Xem tất cả việc làm"],
      "CareerViet job alert to a candidate account (website domain)", list_headers=True)
    A(OLM, "code-in-subject", "email_verification", "vi", "[OLM] {code} là mã xác nhận email của bạn",
      ["Nhập mã này trên OLM.vn để xác nhận địa chỉ email.", "Nếu bạn không đăng ký, hãy bỏ qua thư này."],
      "OLM learning platform e-mail confirmation code (website domain)")
    A(SPIDERUM, "signup-wording", "email_verification", "vi", "Xác nhận địa chỉ email của bạn trên Spiderum",
      ["Chào {user},", "Bạn vừa tạo tài khoản trên Spiderum. Nhấn nút dưới đây để xác nhận email.",
       "[button]Xác nhận email"], "Spiderum e-mail confirmation (website domain)")
    A(TINHTE, "forum-digest", "activity_notification", "vi", "Có trả lời mới trong chủ đề: Tư vấn mua laptop cho văn phòng",
      ["Chào {user},", "Thành viên hoanglong_92 đã trả lời chủ đề mà bạn đang theo dõi trên Tinhte.vn.",
       "\"Theo mình tầm 15 triệu thì chọn ThinkPad E14 là hợp lý...\"", "[button]Xem bài viết",
       "Bạn nhận được thư này vì đã theo dõi chủ đề. Huỷ theo dõi trong phần Tài khoản."],
      "XenForo-style watched-thread reply from a Vietnamese forum (website domain)", verp="xenforo",
      extra=["X-Mailer: XenForo"])

    # ---- Global services -----------------------------------------------------
    A(BOOKING, "booking", "transaction", "en", "Your booking is confirmed at Dalat Wonder Resort",
      ["Thanks, {name}! Your booking in Da Lat is confirmed.", "Confirmation number: {num10} · PIN: {num4}",
       "Check-in: {day} from 14:00", "[button]Manage booking"],
      "Booking.com reservation confirmation", form="related")
    A(AIRBNB, "booking", "transaction", "en", "Reservation confirmed for Cà Mau",
      ["Pack your bags! You're going to Cà Mau.", "Your host Thuy will be expecting you on {day}.",
       "Confirmation code: HM{code5}", "[button]View itinerary"],
      "Airbnb reservation confirmation to the guest", list_headers=True)
    A(TRIPCOM, "booking", "transaction", "en", "Trip.com Flight Booking Confirmed - Booking No. {num13}",
      ["Dear {name},", "Your flight Ho Chi Minh City - Dien Bien Phu has been issued.",
       "Booking No.: {num13}", "Passengers: 1 adult", "You can view your booking under My Bookings."],
      "Trip.com flight booking (website domain trip.com; sending address not confirmed)", pad_rows=1)
    A(EBAY, "order", "transaction", "en", "Order confirmed: Vintage Vietnamese stamp set 1975",
      ["Hi {name},", "Thanks for your purchase! We'll let you know when the seller ships it.",
       "Order number: {num2}-{num5}-{num5}", "Total: US $24.90"],
      "eBay order confirmation to the buyer")
    A(ALIEXPRESS, "order", "transaction", "en", "Order {num16}: payment successful",
      ["Dear customer,", "Your payment for order {num16} was successful.", "Total: US $8.37",
       "The seller will ship your order within 5 days."],
      "AliExpress payment confirmation from notice.aliexpress.com")
    A(TEMU, "order-shipped", "transaction", "en", "Your package has been delivered",
      ["Hi {user},", "Good news! Your package with 4 items was delivered on {day}.",
       "Rate your items and earn Temu credits.", "[button]View order"],
      "Temu delivery notice (website domain temu.com; sending domain not confirmed)", list_headers=True)
    A(SHEIN, "code-in-subject", "login_code", "en", "{code} is your SHEIN verification code",
      ["Your verification code is {code}. It expires in 10 minutes.",
       "If you did not request this code, please ignore this email."],
      "SHEIN sign-in code (website domain)")
    A(YAHOO, "new-device", "security_alert", "en", "New sign-in to your Yahoo account",
      ["Hi {name},", "We noticed a new sign-in to your Yahoo account {masked} from a new device.",
       "Windows · Chrome · Da Lat, Vietnam", "If this was you, no need to do anything.",
       "[button]Review your recent activity"],
      "Yahoo new sign-in alert from Yahoo's own mail domain yahoo-inc.com")
    A(PROTON, "signup-wording", "account_created", "en", "Welcome to Proton",
      ["Your Proton Account is ready.", "You can now use Proton Mail, Calendar, Drive and VPN with one account.",
       "This recovery address was added to your account: {rcpt}"],
      "Proton welcome to the recovery address (website domain proton.me)")
    A(SNAPCHAT, "code-in-subject", "login_code", "en", "Snapchat Login Verification",
      ["Hi {user},", "Use this code to log in to Snapchat: {code}",
       "If you did not try to log in, please change your password."],
      "Snapchat login code (snapchat.com sender as the service uses it; address form not confirmed)",
      form="text")
    A(BLUESKY, "signup-wording", "email_verification", "en", "Confirm your Bluesky email",
      ["Hi {user}!", "Your email confirmation code is: {code5}-{alnum5}",
       "Enter this code in the Bluesky app to confirm your email."],
      "Bluesky e-mail confirmation code (website domain bsky.app; relay Resend)")
    A(KHAN, "password-reset", "password_reset", "en", "Reset your Khan Academy password",
      ["Hello {name},", "Someone (hopefully you) asked to reset the password for your Khan Academy account.",
       "[button]Set new password", "This link will expire in 24 hours."],
      "Khan Academy password reset (website domain)")
    A(EDX, "signup-wording", "email_verification", "en", "Action required: Activate your edX account",
      ["You're almost there!", "Use the link below to activate your edX account and access the high-quality "
       "courses from world-class institutions.", "[button]Activate your account"],
      "edX account activation (website domain)")
    A(UDEMY, "transaction", "transaction", "en", "Your Udemy receipt",
      ["Thank you for your purchase, {name}!", "Order #{num9}", "Excel for Public Sector Analysts · ₫279,000",
       "Start learning now in My learning."],
      "Udemy course receipt from its mail domain udemymail.com", list_headers=True)
    A(CAPCUT, "code-in-subject", "email_verification", "en", "CapCut verification code: {code}",
      ["Your CapCut verification code is:", "[big]{code}", "This code will expire in 10 minutes."],
      "CapCut sign-up code (website domain)")
    A(PSN, "game-code", "transaction", "en", "Thank You For Your Purchase",
      ["Hi {user},", "Thank you for your purchase from PlayStation Store.", "EA SPORTS FC 25 · ₫1,290,000",
       "Transaction ID: {num10}"], "PlayStation Store purchase receipt from txn-email.playstation.com")
    A(BATTLENET, "new-device", "security_alert", "en", "Battle.net Account Verification",
      ["Greetings!", "We noticed a login attempt from a device we don't recognize.",
       "Please verify it's you with this security code: {code5}", "Blizzard Entertainment"],
      "Battle.net login verification code (website domain)")
    A(DEEPSEEK, "ai-chat", "email_verification", "en", "DeepSeek Verification Code",
      ["Your verification code is: {code}", "The code is valid for 5 minutes.",
       "If this wasn't you, please ignore this email."],
      "DeepSeek sign-up code (website domain)", form="text")
    A(YTPREMIUM, "subscription-receipt", "transaction", "en", "Your YouTube Premium membership receipt",
      ["Thanks for being a YouTube Premium member.", "Individual membership · ₫79,000/month",
       "Next billing date: {day}", "Order number: GPA.{num4}-{num4}-{num4}-{num5}"],
      "YouTube Premium monthly receipt")

    # ---- Self-hosted software on invented domains -------------------------
    A(LEMMY, "outside-catalog-signup", "email_verification", "vi", "Xác minh địa chỉ email của bạn cho lemmy.cauhoiviet.net",
      ["Vui lòng nhấn vào liên kết dưới đây để xác minh địa chỉ email cho tài khoản @{user} trên "
       "lemmy.cauhoiviet.net. Bỏ qua email này nếu tài khoản không phải của bạn.",
       "[button]Xác minh email"],
      "Lemmy instance e-mail verification (invented instance)", form="html")
    A(PEERTUBE, "outside-catalog-signup", "email_verification", "en", "Verify your email on Kênh Video Giáo dục Mở",
      ["Welcome to Kênh Video Giáo dục Mở,", "To start using this PeerTube platform please verify your email: "
       "https://video.hocmo.edu.vn/verify-account/email?userId=42&verificationString={hex32}",
       "If you are not the person who initiated this request, please ignore this email."],
      "PeerTube instance e-mail verification (invented instance)", form="html+text")
    A(REDMINE, "outside-catalog-signup", "account_created", "vi", "Kích hoạt tài khoản Redmine",
      ["Để kích hoạt tài khoản, hãy nhấn vào liên kết:",
       "https://pm.phanmemcong.vn/account/activate?token={hex40}"],
      "Redmine self-registration activation mail (invented host)", form="text", cte="8bit",
      extra=["X-Mailer: Redmine", "X-Redmine-Host: pm.phanmemcong.vn", "X-Redmine-Site: Redmine",
             "X-Auto-Response-Suppress: All", "Auto-Submitted: auto-generated"])
    A(REDMINE, "forum-software-header", "activity_notification", "vi",
      "[Phần mềm một cửa - Lỗi #{num4}] (Mới) Không xuất được báo cáo tháng",
      ["Vấn đề #{num4} đã được tạo bởi Nguyễn Quốc Bảo.", "Trạng thái: Mới · Độ ưu tiên: Cao · Phân công cho: {name}",
       "Không xuất được báo cáo tháng ra Excel khi chọn đơn vị cấp xã."],
      "Redmine issue assigned to the official's account (invented host)", form="html+text",
      extra=["X-Mailer: Redmine", "X-Redmine-Host: pm.phanmemcong.vn", "X-Redmine-Project: motcua",
             "X-Redmine-Issue-Id: {num4}", "X-Redmine-Issue-Assignee: {user}", "Auto-Submitted: auto-generated"])
    A(OPENPROJECT, "outside-catalog-signup", "account_created", "en", "OpenProject - Welcome to Trung tâm Số",
      ["Hello {name},", "An account has been created for you on OpenProject of Trung tâm Số.",
       "Your login is {user}. Please set your password by following this link:",
       "[button]Activate account"],
      "OpenProject account created on an invented instance")
    A(FRIENDICA, "outside-catalog-signup", "account_created", "vi", "Chi tiết đăng ký cho Mạng Nông dân",
      ["Xin chào {name},", "Cảm ơn bạn đã đăng ký tại Mạng Nông dân. Tài khoản của bạn đã được tạo.",
       "Địa chỉ trang: https://friendica.nongdanviet.net", "Tên đăng nhập: {rcpt}",
       "Bạn có thể đổi mật khẩu trong trang \"Cài đặt\" sau khi đăng nhập."],
      "Friendica registration details (invented node)", form="text")

    # ---- Routes between official mailboxes ---------------------------------
    A(SHOPEEPAY, "forward-official", "security_alert", "vi", "ShopeePay: Mật khẩu ví đã được thay đổi",
      ["Mật khẩu ShopeePay của bạn vừa được thay đổi.", "Nếu không phải bạn, hãy liên hệ 19001221."],
      "ShopeePay notice to the official, re-sent (Resent-*) to a colleague's official mailbox",
      resent=True, rcpt_index=3)
    A(AIRBNB, "forward-official", "security_alert", "en", "Your Airbnb password was changed",
      ["Hi {name},", "The password for your Airbnb account was recently changed.",
       "If you didn't make this change, reset your password now."],
      "Airbnb notice to an official, SRS-forwarded by the provincial server to another official mailbox",
      srs_official=True, rcpt_index=4)
    A(TRIPCOM, "undisclosed-footer", "notification", "en", "Rate your stay at Ca Mau Riverside Hotel",
      ["How was your trip?", "Share a review of your stay and earn Trip Coins.", "[button]Write a review"],
      "Trip.com review request to undisclosed-recipients, the address only in Delivered-To and the footer",
      to_header="undisclosed-recipients:;", footer="This email was sent to {rcpt} by Trip.com.", rcpt_index=2)
    A(EDX, "learning-reminder", "notification", "en", "Keep going: you're 40% through Data Analytics for Government",
      ["Hi {name},", "You're making progress! Pick up where you left off in Module 3.", "[button]Resume course"],
      "edX course progress reminder (website domain)", list_headers=True)
    A(KHAN, "weekly-summary", "notification", "vi", "Tóm tắt hoạt động tuần của bạn trên Khan Academy",
      ["Chào {name},", "Tuần này bạn đã học 45 phút và hoàn thành 3 bài tập.",
       "Tiếp tục với chủ đề: Xác suất và thống kê.", "[button]Tiếp tục học"],
      "Khan Academy weekly activity summary in Vietnamese (website domain)", list_headers=True)
    A(BOOKING, "html-entities", "notification", "vi", "Đánh giá kỳ nghỉ của bạn tại Đà Lạt",
      ["Xin chào {name},", "Cảm ơn bạn đã lưu trú tại Dalat Wonder Resort.",
       "Hãy dành 1 phút đánh giá chỗ nghỉ để giúp các khách du lịch khác.", "[button]Viết đánh giá"],
      "Booking.com post-stay review request, HTML with named entities", form="ckeditor")


# ==========================================================================
# Not sign-ups
# ==========================================================================

def nones() -> None:
    # Invitations and shares from people
    N(svc("Minh Châu via WeTransfer", "noreply@wetransfer.com", "wetransfer.com", relay="mandrill"),
      "invitation", "invitation", "en", "Minh Châu sent you Ke hoach truyen thong 2026.zip",
      ["3 files, 214 MB in total · Will be deleted on {day}", "Message: Gửi chị bộ ảnh và kế hoạch nhé.",
       "[button]Get your files"],
      "a person sends files through WeTransfer; the recipient needs no account")
    N(svc("Hoàng Thu Hà (via Google Drive)", "drive-shares-dm-noreply@google.com", "google.com",
          mta="mail-sor-f69.google.com", mid="<{alnum22}-{alnum8}@docs.google.com>"),
      "invitation", "invitation", "vi", "Tài liệu được chia sẻ với bạn: \"Tổng hợp số liệu y tế quý IV\"",
      ["Hoàng Thu Hà đã chia sẻ một bảng tính với bạn", "Nhờ văn phòng rà soát giúp số liệu trước thứ Sáu.",
       "[button]Mở"], "a person shares a Google Sheet")
    N(svc("Miro", "no-reply@miro.com", "miro.com", relay="sendgrid"), "invitation", "invitation", "en",
      "Vu Tuan Anh invited you to the board \"So do quy trinh mot cua\"",
      ["Vu Tuan Anh has invited you to collaborate on a board.", "[button]Join board",
       "You can join with this email address or sign in with Google."],
      "a person invites the official to a Miro board (website domain)")
    N(svc("Padlet", "notifications@padlet.com", "padlet.com", relay="postmark"), "invitation", "invitation", "vi",
      "Cô Lan đã mời bạn cộng tác trên một padlet",
      ["Nguyễn Thị Lan đã mời bạn làm cộng tác viên của padlet \"Sinh hoạt chuyên môn tổ Toán\".",
       "[button]Xem padlet"], "a teacher invites the official to a Padlet (website domain)")
    N(svc("Lê Đức Mạnh", "manh.le@vnpt-camau.com.vn", "vnpt-camau.com.vn", mta="mail.vnpt-camau.com.vn"),
      "invitation", "invitation", "vi", "Lời mời: Họp triển khai Hệ thống hóa đơn điện tử @ Thứ Năm 09:00",
      ["Lê Đức Mạnh mời bạn tham gia cuộc họp Microsoft Teams.", "Thời gian: Thứ Năm 09:00 - 10:30",
       "Tham gia trên máy tính hoặc ứng dụng di động: bấm vào đây để tham gia cuộc họp",
       "ID cuộc họp: 412 556 908 331 · Mật mã: {alnum6}"],
      "a provider's staff sends a Teams meeting invitation with a calendar part", calendar=True,
      extra=["X-Mailer: Microsoft Outlook 16.0"])
    # Opt-ins and newsletters never asked for
    N(svc("Bản tin Chuyển đổi số", "bantin@chuyendoiso-hub.vn", "chuyendoiso-hub.vn", relay="brevo"),
      "double-opt-in", "none", "vi", "Vui lòng xác nhận đăng ký nhận bản tin",
      ["Bạn (hoặc ai đó) vừa đăng ký địa chỉ {rcpt} nhận bản tin hằng tuần của chúng tôi.",
       "[button]Xác nhận đăng ký", "Nếu không phải bạn, hãy bỏ qua email này, bạn sẽ không nhận thêm thư nào."],
      "Brevo double opt-in for a newsletter: not an account")
    N(svc("GovTech Summit Asia", "events@govtechsummit-asia.com", "govtechsummit-asia.com", relay="mailchimp"),
      "newsletter-unsolicited", "newsletter", "en", "Last call: register for GovTech Summit Asia 2026",
      ["Dear Public Sector Leader,", "Join 800 officials in Singapore to discuss digital public services.",
       "[button]Register now", "You are receiving this email as a public sector professional."],
      "event marketing to a scraped official address", list_headers=True)
    # Spam with sign-up wording from unknown domains
    N(svc("Trung tâm Ưu đãi", "thongbao@quatang-tritan.top", "quatang-tritan.top"),
      "spam-signup-unknown", "none", "vi", "Kích hoạt tài khoản để nhận 5.000.000đ tiền thưởng",
      ["Chúc mừng! Tài khoản của bạn đã được tạo.", "Kích hoạt ngay trong 24 giờ để nhận thưởng.",
       "[button]Kích hoạt tài khoản"], "prize spam from an abused TLD, signed by its own domain")
    N(svc("LeadHunter Pro", "growth@leadhunterpro.com", "leadhunterpro.com", relay="sendgrid"),
      "spam-signup-unknown", "none", "en", "Your free trial account is ready",
      ["Hi there,", "We set up a free trial account for your team so you can try our B2B contact database.",
       "[button]Claim your account", "Reply STOP to opt out."],
      "cold-outreach spam from an ordinary .com pretending an account was made")
    N(svc("Crypto Yield", "verify@cryptoyield-app.shop", "cryptoyield-app.shop"),
      "spam-signup-unknown", "none", "en", "Verify your email to unlock your 150 USDT bonus",
      ["Your registration is almost complete.", "[button]Verify email"],
      "crypto spam with verification wording, unauthenticated, abused TLD", auth="none")
    # Bounces of the official's own mail
    N(svc("Mail Delivery System", "MAILER-DAEMON@mail.lamdong.gov.vn", "lamdong.gov.vn"),
      "bounce", "none", "vi", "Undelivered Mail Returned to Sender", [],
      "Postfix bounce of the official's request about a Vietcombank account", dsn="postfix",
      dsn_to="hotro.digibank@vietcombank.com.vn", dsn_subject="V/v hỗ trợ tài khoản VCB Digibank", rcpt_index=0)
    N(svc("Microsoft Outlook", "postmaster@vexere.onmicrosoft.com", "vexere.com"),
      "bounce", "none", "en", "Undeliverable: Yêu cầu hoàn vé xe", [],
      "Exchange Online NDR for the official's own mail about a ticket", dsn="exchange",
      dsn_to="cskh@vexere.com", dsn_subject="Yêu cầu hoàn vé xe", rcpt_index=2)
    N(svc("Mail Delivery System", "Mailer-Daemon@mail.bacgiang.gov.vn", "bacgiang.gov.vn"),
      "bounce", "none", "en", "Mail delivery failed: returning message to sender", [],
      "Exim bounce of the official's own mail asking Udemy for a refund", dsn="exim",
      dsn_to="refund-desk@udemy-support.invalid", dsn_subject="Refund request for my Udemy account", rcpt_index=3)
    # Auto-replies and help desks
    N(svc("Phan Thanh Tùng", "tung.pt@kiotviet.vn", "kiotviet.vn", relay=""),
      "auto-reply", "none", "vi", "Trả lời tự động: Hỗ trợ kích hoạt tài khoản gian hàng",
      ["Cảm ơn anh/chị đã liên hệ. Tôi đang nghỉ phép đến hết ngày {day}.",
       "Mọi yêu cầu hỗ trợ tài khoản vui lòng gọi 1900 6522."],
      "out-of-office reply from a company employee", extra=["Auto-Submitted: auto-replied",
                                                           "X-Auto-Response-Suppress: All"])
    N(svc("Sapo Support", "support@sapo.freshdesk.com", "freshdesk.com", relay=""),
      "help-desk", "none", "vi", "[#{num6}] Yêu cầu hỗ trợ của bạn đã được tiếp nhận",
      ["Xin chào,", "Yêu cầu \"Không đăng nhập được tài khoản quản trị\" đã được tiếp nhận với mã #{num6}.",
       "Nhân viên hỗ trợ sẽ phản hồi trong vòng 24 giờ làm việc."],
      "Freshdesk acknowledgement of a support request, not proof of an account",
      extra=["Auto-Submitted: auto-generated", "X-Mailer: Freshdesk"])
    # Government mail
    N(svc("Quản trị hệ thống iOffice", "qtht@lamdong.gov.vn", "lamdong.gov.vn", mta="mail.lamdong.gov.vn"),
      "internal-gov", "none", "vi", "Thông báo cấp tài khoản hệ thống quản lý văn bản iOffice",
      ["Kính gửi đồng chí,", "Tài khoản iOffice của đồng chí đã được khởi tạo. Tên đăng nhập: {user}",
       "Mật khẩu khởi tạo sẽ được gửi qua tin nhắn. Đề nghị đổi mật khẩu ở lần đăng nhập đầu tiên."],
      "the province's own document system account: government, not an outside service", internal=True,
      rcpt_index=0)
    N(svc("Trung tâm Thông tin", "admin@bacgiang.gov.vn", "bacgiang.gov.vn", mta="mail.bacgiang.gov.vn"),
      "internal-gov", "none", "vi", "Mật khẩu hộp thư công vụ sẽ hết hạn sau 5 ngày",
      ["Hệ thống thư điện tử công vụ tỉnh Bắc Giang thông báo: mật khẩu hộp thư {rcpt} sẽ hết hạn.",
       "Đề nghị đồng chí đăng nhập và đổi mật khẩu."], "the province's mail system notice", internal=True,
      rcpt_index=7)
    # Forwards from personal boxes
    N(svc("Airbnb", "automated@airbnb.com", "airbnb.com", relay="sendgrid"),
      "forward-trap", "transaction", "en", "Reservation reminder: Đà Lạt in 2 days",
      ["Your trip is coming up!", "Check-in: {day}", "[button]View itinerary"],
      "Gmail auto-forward of a personal box's Airbnb mail to the official mailbox", gmail_forward=True)
    N(svc("Ngọc Trần", "bichngoc.ld88@gmail.com", "gmail.com", mta="mail-sor-f41.google.com"),
      "person-forward", "none", "vi", "Fwd: Welcome to Duolingo!",
      ["Chị gửi lại thư này để lưu, em xem giúp chị hướng dẫn nhé.", "---------- Forwarded message ---------",
       "From: Duolingo <hello@duolingo.com>", "Subject: Welcome to Duolingo!",
       "Welcome to Duolingo! Your account is ready."],
      "a person forwards by hand the welcome mail of her private account", rcpt_index=0)
    N(svc("Lò Thị Hoa", "hoalt.dienbien@gmail.com", "gmail.com", mta="mail-sor-f41.google.com"),
      "person-to-person", "none", "vi", "Nhóm Zalo của phòng",
      ["Anh Thắng ơi, em đã tạo nhóm Zalo cho phòng rồi, anh cài Zalo rồi đăng ký tài khoản bằng số điện thoại nhé.",
       "Mã xác nhận Zalo gửi về điện thoại, không phải email đâu ạ."],
      "a colleague writes about signing up to Zalo", rcpt_index=1)
    # Flagged by the government's filter
    N(svc("Vietcombank Rewards", "rewards@vcb-uudai.xyz", "vcb-uudai.xyz"),
      "spam-flagged", "none", "vi", "Xác minh tài khoản để nhận quà tri ân",
      ["Quý khách được chọn nhận quà tri ân.", "Vui lòng xác minh tài khoản trong 24 giờ.", "[button]Xác minh"],
      "spam flagged by the government filter", spam="9.7", auth="none")
    N(svc("Account Center", "noreply@acct-center-mail.net", "acct-center-mail.net"),
      "spam-flagged", "none", "en", "Confirm your registration",
      ["Thank you for registering.", "[button]Confirm registration"],
      "spam with sign-up wording flagged YES by the government filter", spam="12.4")


# ==========================================================================
# Phishing
# ==========================================================================

def phishing() -> None:
    P(svc("Vietcombank", "canhbao@vietcombank-digibank.com", "vietcombank.com.vn"),
      "lookalike-domain", "security_alert", "vi", "VCB Digibank: Tài khoản của Quý khách tạm khóa",
      ["Hệ thống phát hiện đăng nhập bất thường.", "Vui lòng xác thực lại thông tin trong 12 giờ để tránh bị khóa vĩnh viễn.",
       "[button]Xác thực ngay"], "look-alike of Vietcombank, signed by its own domain")
    P(svc("Booking.com", "guest@booking-confirmation-guest.com", "booking.com"),
      "lookalike-domain", "security_alert", "en", "Action needed: your reservation will be cancelled",
      ["Dear guest,", "Your card could not be verified. Confirm your payment details within 24 hours or the property "
       "will cancel your reservation.", "[button]Confirm card"], "Booking.com look-alike payment lure")
    P(svc("GHN Express", "giaohang@ghn-vn-giaohang.top", "ghn.vn"),
      "lookalike-domain", "transaction", "vi", "Đơn hàng của bạn giao không thành công",
      ["Bưu kiện chưa giao được do sai địa chỉ.", "Vui lòng cập nhật địa chỉ và thanh toán phí 15.000đ.",
       "[button]Cập nhật"], "GHN look-alike parcel lure on an abused TLD", auth="none")
    P(svc("Yahoo Mail Support", "alert@mailbox-quota-srv.net", "yahoo.com"),
      "brand-display-name", "security_alert", "en", "Your mailbox is almost full",
      ["Your Yahoo mailbox has reached 98% of its storage.", "Upgrade now to keep receiving mail.",
       "[button]Upgrade storage"], "Yahoo brand in the display name of an unrelated domain")
    P(svc("Airbnb", "info@xyzmarketing-co.com", "airbnb.com"),
      "brand-display-name", "security_alert", "en", "Your Airbnb account has been locked",
      ["We detected unusual activity on your account.", "[button]Unlock your account"],
      "Airbnb brand in the display name of a marketing domain")
    P(svc("CSKH Viettel Post", "viettelpost.cskh24h@gmail.com", "viettelpost.com.vn", mta="mail-sor-f41.google.com"),
      "freemail-brand", "transaction", "vi", "Thông báo phát bưu phẩm thất bại",
      ["Bưu phẩm của Quý khách bị hoàn do không liên lạc được.", "Vui lòng trả lời email này kèm số điện thoại."],
      "Gmail sender claiming Viettel Post")
    P(svc("eBay Security", "ebay.security.team@outlook.com", "ebay.com",
          mta="mail-sg2apc01on2061.outbound.protection.outlook.com"),
      "freemail-brand", "security_alert", "en", "eBay: unusual sign-in activity",
      ["We noticed a sign-in from Lagos, Nigeria.", "If this wasn't you, verify your account now.",
       "[button]Verify account"], "Outlook.com sender claiming eBay")
    P(SHOPEEPAY, "auth-fail", "security_alert", "vi", "ShopeePay: Ví của bạn sẽ bị khóa",
      ["Ví ShopeePay của bạn chưa hoàn tất xác minh danh tính.", "[button]Xác minh ngay"],
      "ShopeePay From address with SPF and DMARC failing in the trusted results", auth="dmarc-fail")
    P(BOOKING, "auth-fail", "security_alert", "en", "Booking.com: confirm your payment method",
      ["Your last payment failed.", "[button]Update payment"],
      "Booking.com From address whose DKIM signature fails", auth="dkim-fail")


# ==========================================================================
# Weak: newsletters and promotions to a subscriber
# ==========================================================================

def weak() -> None:
    W(svc("Vietravel", "newsletter@vietravel.com", "vietravel.com", relay="mailgun"), "newsletter", "newsletter", "vi",
      "Bản tin Vietravel: Tour Tết 2026 đã mở bán",
      ["Tour Tết Bính Ngọ: Nhật Bản, Hàn Quốc, Đà Lạt.", "Quý khách nhận bản tin do đã đăng ký tại travel.com.vn."],
      "Vietravel newsletter to a subscriber (website domain)", list_headers=True, extra=["Precedence: bulk"])
    W(svc("Booking.com", "email.campaign@sg.booking.com", "booking.com", relay="sparkpost"), "promotion", "newsletter", "en",
      "Late Escape Deals: 30% off stays in Vietnam",
      ["Grab a deal before the year ends.", "You're receiving this because you signed up for Booking.com deals."],
      "Booking.com deals mail", list_headers=True)
    W(svc("Fahasa", "khuyenmai@fahasa.com", "fahasa.com", relay="brevo"), "promotion", "newsletter", "vi",
      "Black Friday Fahasa - Giảm đến 50% sách",
      ["Săn sách giá tốt duy nhất 3 ngày.", "Bạn nhận thư này vì đã đăng ký nhận tin khuyến mãi từ Fahasa."],
      "Fahasa promotion (website domain)", list_headers=True, extra=["Precedence: bulk"])
    W(svc("Khan Academy", "hello@khanacademy.org", "khanacademy.org", relay="sendgrid"), "newsletter", "newsletter", "en",
      "What's new at Khan Academy this fall",
      ["New courses, new tools for teachers.", "You are receiving this because you subscribed to Khan Academy news."],
      "Khan Academy newsletter (website domain)", list_headers=True)


accounts()
nones()
phishing()
weak()


# ==========================================================================
# Building the messages
# ==========================================================================

FOOTERS_EN = [
    "This is an automated message sent to {rcpt}. Please don't reply.",
    "You received this email because you have an account with {svc}.",
    "{svc} · Help · Privacy · Email preferences",
    "Copyright © 2025 {svc}. This mailbox is not monitored.",
]
FOOTERS_VI = [
    "Email này được gửi tự động tới {rcpt}, vui lòng không trả lời.",
    "Quý khách nhận được email này vì đã sử dụng dịch vụ của {svc}.",
    "{svc} · Hỗ trợ · Chính sách quyền riêng tư",
    "Bản quyền © 2025 {svc}. Hộp thư này không nhận phản hồi.",
]
NO_FOOTER = {"person-to-person", "person-forward", "auto-reply", "internal-gov", "bounce", "help-desk",
             "invitation"}
VI_FORMS = ["nfc", "ascii", "nfd"]

# A 1x1 transparent PNG: the inline logo of multipart/related bodies.
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")


def layout_tables(page: str) -> str:
    """Wraps the page in the nested layout tables of e-mail builders
    (outlook conditional comments, spacer rows), as heavy HTML-only mail has."""
    head, body = page.split("<body", 1)
    attrs, rest = body.split(">", 1)
    spacer = '<tr><td height="16" style="font-size:0;line-height:0">&nbsp;</td></tr>'
    wrapped = (
        '<!--[if mso]><table role="presentation" width="640" align="center"><tr><td><![endif]-->\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eeeeee">'
        f"{spacer}<tr><td align=\"center\">\n"
        '<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0">'
        f"{spacer}<tr><td>\n" + rest.replace("</body>", "")
    )
    return (head + "<body" + attrs + ">\n" + wrapped.rstrip().removesuffix("</html>")
            + f"\n</td></tr>{spacer}</table>\n</td></tr>{spacer}</table>\n<!--[if mso]></td></tr></table><![endif]-->\n"
            "</body></html>\n")


def exim_dsn(g, m: dict, rcpt: str, rcpt_name: str, date: str, authserv: str) -> bytes:
    """An Exim bounce ("Mail delivery failed: returning message to sender")
    of the official's own mail, with the original message appended."""
    G = g.G
    host = m["svc"]["sender"].split("@")[1]
    dsn_to = m["dsn_to"]
    orig_mid = f"{G.hexs(8)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(4)}-{G.hexs(12)}@{rcpt.split('@')[1]}"
    exim_id = f"1t{G.alnum(4)}-{G.alnum(6)}-{G.alnum(2)}"
    body = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {dsn_to}\n    host lookup did not complete\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <{rcpt}>\n"
        f"Received: from [10.{G.randint(1, 30)}.{G.randint(1, 250)}.{G.randint(1, 250)}] by {host} with esmtpsa\n"
        f"\t(Exim 4.96) id {exim_id}; {date}\n"
        f"From: {g.display(rcpt_name, rcpt)}\nTo: {dsn_to}\n"
        f"Subject: {g.encode_header_text(m['dsn_subject'], 'b')}\n"
        f"Message-ID: <{orig_mid}>\nDate: {date}\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Dear support team,\n\nPlease refund my course purchase; my account e-mail is this address.\n\nRegards.\n"
    )
    lines = [
        "Return-Path: <>",
        f"Delivered-To: {rcpt}",
        fresh2.local_received(authserv, rcpt, date, G),
        f"Received: from mail by {host} with local (Exim 4.96)\r\n\tid {G.alnum(6)}-{G.alnum(6)}-{G.alnum(2)}\r\n"
        f"\tfor {rcpt}; {date}",
        "X-Failed-Recipients: " + dsn_to,
        "Auto-Submitted: auto-replied",
        f"From: Mail Delivery System <{m['svc']['sender']}>",
        f"To: {rcpt}",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        f"Subject: {m['subject']}",
        f"Message-Id: <E1t{G.alnum(4)}-{G.alnum(6)}-{G.alnum(2)}@{host}>",
        f"Date: {date}",
    ]
    return "\r\n".join(lines).encode() + b"\r\n\r\n" + body.replace("\n", "\r\n").encode()


def expand(g) -> list:
    """Builds every fresh3 message: a list of (generate.Spec, bytes)."""
    g.G = g.Gen(FRESH3_SEED)
    G = g.G
    out = []
    counter = 0
    vi_count = 0
    for m in MESSAGES:
        s = dict(m.get("svc_override") or m["svc"])
        if "rcpt_index" in m:
            name, official = OFFICIALS[m["rcpt_index"]]
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
        resent_to = None
        hop = "mail." + ".".join(official.split("@")[1].split(".")[-3:])
        if m.get("resent") or m.get("srs_official"):
            # The service wrote to this official; the unit's server passed the
            # message on to a colleague's official mailbox.
            _, resent_to = OFFICIALS[(OFFICIALS.index((name, official)) + 3) % len(OFFICIALS)]
            delivered, recipients, owner = resent_to, [official, resent_to], resent_to
            if m.get("resent"):
                traits.append("resent")
            else:
                extra_pre.append(f"X-Original-To: {official}")
                traits.append("srs:official")
        personal = None
        if m.get("gmail_forward"):
            personal = [p for p in PERSONAL if p.endswith("@gmail.com")][0]  # +caf_ is Gmail's form
            to_addr, recipients = personal, []
            traits.append("gmail-forward")
        v["rcpt"], v["masked"] = to_addr, g.masked(to_addr)
        fill.v.update(rcpt=to_addr, masked=g.masked(to_addr))
        date, ts = G.date()
        authserv = fresh2.authserv_for(delivered, G)
        subject = fill(m["subject"])
        paras = [fill(p) for p in m["paras"]]
        if lang == "vi":
            subject = g.vi_form(subject, vi)
            paras = [g.vi_form(p, vi) for p in paras]
            traits.append("vi:" + vi)

        if m.get("dsn"):
            if m["dsn"] == "exim":
                raw = exim_dsn(g, m, official, name, date, authserv)
            else:
                _, raw = fresh2.dsn_parts(g, m, official, name, date, authserv)
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
        elif fresh2.person_mid(sender, G):
            rp["message_id"] = fresh2.person_mid(sender, G).strip("<>")
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
        if m.get("resent"):
            return_path = official
        if m.get("srs_official"):
            sl, sd = sender.split("@")
            return_path = f"SRS0={G.alnum(4)}={G.alnum(2).upper()}={sd}={sl}@{official.split('@')[1]}"
        if m.get("alias") == "srs":
            sl, sd = sender.split("@")
            return_path = f"SRS0={G.alnum(4)}={G.alnum(2).upper()}={sd}={sl}@quangngai.gov.vn"
        auth = m.get("auth", "pass")
        dkim_d = s["dkim"] or g.reg(fdom)
        spf_dom = rp["spf_domain"]
        if resent_to:
            # The last hop is the official's own server: SPF is checked against it.
            spf_dom = official.split("@")[1]
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
                                    "HTML_IMAGE_ONLY_16=1.092, URIBL_DBL_SPAM=2.5, RDNS_NONE=0.793, "
                                    "FROM_SUSPICIOUS_NTLD=0.498] autolearn=spam"))
                traits.append("spam-flag")
            lines.append(f"X-Virus-Scanned: amavisd-new at {authserv}")
            lines.append(g.fold("Authentication-Results", fresh2.auth_results(g, authserv, auth, dkim_d, fdom, spf_dom)))
            if resent_to:
                lines.append(f"Received: from {hop} ({hop} [113.160.{G.randint(1, 250)}.{G.randint(1, 250)}])\r\n"
                             f"\tby {authserv} (Postfix) with ESMTPS id {G.alnum(11).upper()}\r\n\tfor <{delivered}>; {date}")
            if m.get("alias") == "srs":
                lines.append(f"Received: from mail.quangngai.gov.vn (mail.quangngai.gov.vn [113.160.{G.randint(1, 250)}.{G.randint(1, 250)}])\r\n"
                             f"\tby {authserv} (Postfix) with ESMTPS id {G.alnum(11).upper()}\r\n\tfor <{delivered}>; {date}")
            lines.append(f"Received: from {rp['host']} ({rp['host']} [{rp['ip']}])\r\n"
                         f"\tby {'mail.quangngai.gov.vn' if m.get('alias') == 'srs' else hop if resent_to else authserv} (Postfix) with ESMTPS id "
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
        if m.get("resent"):
            lines.append(f"Resent-From: {official}")
            lines.append(f"Resent-To: {resent_to}")
            lines.append(f"Resent-Date: {date}")
            lines.append(f"Resent-Message-ID: <{G.hexs(20)}@{official.split('@')[1]}>")
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
            lines.extend(fresh2.list_headers(g, relay, fdom, m["event"]))
            traits.append("list-headers")
        lines.extend(rp["extra"])

        # Body
        if m.get("calendar"):
            form = "html+text"  # the text/calendar part rides in multipart/alternative
        elif m["cause"] in NO_FOOTER or m.get("internal"):
            form = m.get("form") or G.choice(["text", "text", "html+text"])  # people and servers: no logos
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
            if m.get("html_tables"):
                page = layout_tables(page)
                traits.append("html-layout-tables")
            if form == "related":
                page = page.replace("<table role=\"presentation\" width=\"600\"",
                                    '<table role="presentation" width="600"><tr><td><img src="cid:logo@'
                                    + g.reg(fdom) + '" width="120" alt="' + s["name"] + '"></td></tr></table>\n'
                                    + '<table role="presentation" width="600"', 1)
            if form == "related":
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
                chunks.append(base64.encodebytes(PNG).replace(b"\n", b"\r\n"))
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
