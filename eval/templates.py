"""The templates split of the evaluation set (see eval/README.md, "The templates split").

Mail whose subjects and bodies are the real e-mail templates of open-source
software and frameworks (English texts and, where the project ships one, its
Vietnamese translation), rendered with invented values, so that the detector
is measured on wording it was not written against. Called by generate.py after
fresh3, from a seed of its own, so the other splits keep their bytes. Standard
library only, deterministic. Reuses fresh2.py's header helpers (read-only).

Written without reading the detector (src/rules, src/detector, src/catalog,
src/bounce.rs, src/auth.rs, src/classify.rs) nor which messages of other
splits fail.

Sources (repository, path, commit of the stored snapshot read). Only the short
template texts are used, as test mail, with their origin named; the projects
are under permissive or copyleft licences (MIT, BSD, Apache-2.0, GPL, AGPL):

- pennersr/django-allauth 20f4bded2fd2e12d0d172d1321626a94c17ac97e
  allauth/templates/account/email/{base_message,base_notification,
  email_confirmation_*,password_reset_key_*,login_code_*,password_changed_*,
  unknown_account_*}.txt (MIT; no `vi` locale in allauth/locale, so English).
- heartcombo/devise 7ca7ed9c174525a4d36167441b35af4a0991b6af
  app/views/devise/mailer/*.html.erb, config/locales/en.yml (MIT);
  tigrish/devise-i18n 6bc267898c3873b82a7463925160d5dbf85ee04d
  rails/locales/vi.yml (MIT).
- Laravel-Lang/lang bd286f095bdfa2ec4607994af45f1a9f037de112
  locales/vi/json.json (MIT): the Vietnamese of laravel/framework's
  VerifyEmail and ResetPassword notifications and of Jetstream's team
  invitation mail (the English keys are the framework's own strings).
- supabase/auth bc32168e13fdc928c98b449fc76bc3fdb9a293c5
  internal/mailer/templatemailer/templatemailer.go (MIT): default subjects
  and bodies.
- element-hq/synapse a58ad44eb0ce3cc14153f921206f322e17339dc5
  synapse/res/templates/{registration,password_reset,add_threepid,
  notif_mail}.txt, synapse/config/emailconfig.py (DEFAULT_SUBJECTS),
  synapse/handlers/send_email.py (Auto-Submitted, X-Auto-Response-Suppress)
  (AGPL-3.0).
- phpbb/phpbb 7ca0ec3cca427ae3c2c4c2d5715339bcba302822
  phpBB/language/en/email/{user_welcome,user_welcome_inactive,privmsg_notify,
  topic_notify,user_activate,admin_activate,email_notify}.txt and
  phpBB/phpbb/messenger/method/email.php (X-Mailer, X-MimeOLE,
  X-phpBB-Origin, X-AntiAbuse, Sender) (GPL-2.0). No Vietnamese pack found.
- NodeBB/NodeBB ab329b3b4c4d4cc9717b2938908649382cca2b39
  public/language/{en-GB,vi}/email.json, src/emailer.js (subject
  "[<title>] …", From name "NodeBB", List-Id/List-Unsubscribe/
  List-Unsubscribe-Post on digests and notifications) (GPL-3.0).
- LemmyNet/lemmy-translations f03dfd1a4e73015b564ed230577d2fd8b23974f5
  backend/en.json (AGPL-3.0; the backend has no `vi` file).
- mastodon/mastodon config/locales/devise.en.yml at
  0cca6583ee7debc764ec3afbb33c979caa4b7b1a and devise.vi.yml at
  06942ba4b50728825ae86700a58ac5992b4fdae5 (AGPL-3.0).
- discourse/discourse config/locales/server.vi.yml at
  0154e5a5f4dec74e51d9df7580c210efa07184af (GPL-2.0): set_password,
  welcome_user, digest, user_added_to_group_as_member,
  account_second_factor_disabled, invite_mailer. That file holds only the
  translated keys; the signup and forgot_password texts (absent from it, so a
  Vietnamese forum sends them in English) are server.en.yml's, read from a
  verbatim copy found by code search, not at a Discourse commit.
- keycloak/keycloak themes/src/main/resources/theme/base/email/messages/
  messages_en.properties at 0111c3329505e7bcaf44604443f52e7ace5157ae and
  themes/src/main/resources-community/theme/base/email/messages/
  messages_vi.properties at 0331b942c6265f932aef4b68efc3e4353923d36c
  (Apache-2.0).
- go-gitea/gitea options/locale [mail] keys (MIT), English only
  (locale_vi-VN.ini at 0127fee9e036c9dfa2ee3ae7c96ab90d9b52eaa7 is empty),
  read from a verbatim copy of the keys found by code search; headers
  X-Mailer/X-Gitea-*/Auto-Submitted as fresh2 confirmed them.
- TryGhost/Ghost ghost/i18n/locales/vi/ghost.json at
  0674a0efc17ab13579464dbe68d91c5deaf453bd and newsletter.json at
  2ba1c69b6d95b5413efe9f16fa5805bca1f9716c (MIT; keys are the English
  source strings). The emoji prefixes of the subjects are not confirmed.
- WordPress core wp-includes/pluggable.php wp_new_user_notification()
  (GPL-2.0), read from verbatim copies in plugins found by code search.
- Firebase Authentication default templates (Firebase console), as recorded
  in rs691/bellevueopoly-v2.1 CUSTOM_EMAIL_TEMPLATE_SETUP.md.

Headers not confirmed in source are kept to what fresh2 already used
(Mastodon's and Discourse's Auto-Submitted / X-Auto-Response-Suppress,
Discourse's VERP return path). Sending addresses: the instance's own noreply
on invented domains for self-hosted software; the platform's own for hosted
services (Supabase `noreply@mail.app.supabase.io`, Firebase
`noreply@<project>.firebaseapp.com`).
"""

from __future__ import annotations

import fresh2

TEMPLATES_SEED = 20261215
SPLIT = "templates"

# Officials of this split: units used in no other split.
OFFICIALS = [
    ("Phan Thanh Tùng", "tungpt@sotttt.ninhthuan.gov.vn"),
    ("Đặng Thị Mỹ Linh", "linhdtm@ubnd.phanrang.ninhthuan.gov.vn"),
    ("Hà Văn Sơn", "sonhv@sgddt.yenbai.gov.vn"),
    ("Triệu Thị Lan", "trieulan@vanchan.yenbai.gov.vn"),
    ("Lê Quốc Bảo", "baolq@haugiang.gov.vn"),
    ("Võ Thị Ngọc Hân", "hanvtn@stc.haugiang.gov.vn"),
    ("Nguyễn Minh Khoa", "khoanm@skhcn.tayninh.gov.vn"),
    ("Trần Hữu Nghĩa", "nghiath@tayninh.gov.vn"),
]

MESSAGES: list[dict] = []
svc = fresh2.svc


def add(expect: str, s: dict, cause: str, event: str, lang: str, template: str, subject: str,
        paras: list[str], reason: str, **kw) -> None:
    MESSAGES.append(dict(expect=expect, svc=s, cause=cause, event=event, lang=lang, template=template,
                         subject=subject, paras=paras, reason=reason, **kw))


def A(*a, **kw):
    add("account", *a, **kw)


def N(*a, **kw):
    add("none", *a, **kw)


def W(*a, **kw):
    add("weak", *a, **kw)


# Message-ID forms of the sending software ({tokens} filled per message).
MID_PY = "<{num12}.{num4}.{num19}@{host}>"            # Python email.utils.make_msgid (Django, Synapse)
MID_RAILS = "<{hex13}_{hex12}@{host}.mail>"           # Ruby mail gem (Devise apps, Mastodon, Discourse)
MID_SYMFONY = "<{hex32}@{host}>"                      # Symfony Mailer (Laravel), phpBB
MID_NODEMAILER = "<{uuid}@{host}>"                    # Nodemailer (NodeBB), lettre (Lemmy)
MID_PHPMAILER = "<{alnum32}@{host}>"                  # PHPMailer (WordPress)
MID_JAVAMAIL = "<{num9}.{num2}.{num13}@{host}>"       # JavaMail (Keycloak)
MID_GITEA = "<autogen-{num13}-{hex16}@{host}>"        # Gitea's generated ids
AUTO = ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]


# ==========================================================================
# Senders (invented instance domains; hosted platforms' own senders)
# ==========================================================================

ALLAUTH = svc("Sàn Dữ liệu Mở", "no-reply@sandulieumo.vn", "sandulieumo.vn", mta="web1.sandulieumo.vn",
              display="")
DEVISE_BOOK = svc("Chợ Sách Cũ", "no-reply@chosachcu.vn", "chosachcu.vn", relay="postmark")
DEVISE_DOCS = svc("Kho Tài liệu Kỹ thuật", "khotailieu@khotailieukythuat.vn", "khotailieukythuat.vn",
                  mta="app.khotailieukythuat.vn")
LARAVEL_JOBS = svc("TuyenDungIT", "no-reply@tuyendungit.vn", "tuyendungit.vn", relay="mailgun")
LARAVEL_EDU = svc("Học Liệu Số", "hotro@hoclieuso.vn", "hoclieuso.vn", relay="ses-custom")
SUPABASE = svc("Supabase Auth", "noreply@mail.app.supabase.io", "supabase.io", relay="ses-custom")
FB1 = "sotaydulich-3c91e.firebaseapp.com"
FB2 = "datlichkham-8b2f1.firebaseapp.com"
FIREBASE1 = svc("Sổ tay Du lịch", f"noreply@{FB1}", FB1, mta="mail-sor-f73.google.com", dkim=FB1,
                mid="<000000000000{hex16}@google.com>", display="")
FIREBASE2 = svc("Đặt lịch khám", f"noreply@{FB2}", FB2, mta="mail-sor-f69.google.com", dkim=FB2,
                mid="<000000000000{hex16}@google.com>")
MASTO = svc("Vietcode Social", "notifications@vietcode.social", "vietcode.social", mta="mail.vietcode.social")
MASTO2 = svc("Mạng Xanh", "notifications@m.mangxanh.vn", "mangxanh.vn", relay="mailgun")
DISCOURSE = svc("Hỏi đáp Tin học", "noreply@hoidaptinhoc.vn", "hoidaptinhoc.vn", mta="forum.hoidaptinhoc.vn")
DISCOURSE_EN = svc("Nhiep Anh So Community", "noreply@nhiepanhso.vn", "nhiepanhso.vn", relay="sendgrid")
NODEBB = svc("NodeBB", "no-reply@raspberryviet.vn", "raspberryviet.vn", mta="community.raspberryviet.vn")
NODEBB2 = svc("Lập trình Nhúng", "no-reply@forum.laptrinhnhung.vn", "laptrinhnhung.vn", mta="forum.laptrinhnhung.vn")
PHPBB = svc("Diễn đàn Cây cảnh Việt", "forum@caycanhviet.net", "caycanhviet.net", mta="forum.caycanhviet.net")
SYNAPSE = svc("Element", "noreply@matrix.chatcongdong.vn", "chatcongdong.vn", mta="matrix.chatcongdong.vn")
SYNAPSE_ACCT = svc("matrix.chatcongdong.vn", "noreply@matrix.chatcongdong.vn", "chatcongdong.vn",
                   mta="matrix.chatcongdong.vn", display="")
KEYCLOAK = svc("Học viện Số", "no-reply@id.hocvienso.vn", "hocvienso.vn", mta="id.hocvienso.vn")
KEYCLOAK2 = svc("Dữ liệu Nông sản SSO", "sso@dulieunongsan.vn", "dulieunongsan.vn", relay="ses-custom")
GITEA = svc("Gitea: Cộng đồng Dev", "gitea@git.congdong-dev.vn", "congdong-dev.vn", mta="git.congdong-dev.vn")
GHOST_VI = svc("Bản tin Kinh tế Số", "noreply@bantinkinhteso.vn", "bantinkinhteso.vn", relay="mailgun")
GHOST_EN = svc("Mekong Notes", "noreply@songmekong-notes.net", "songmekong-notes.net", relay="mailgun")
LEMMY = svc("Diễn đàn Mở", "noreply@lemmy.diendanmo.vn", "diendanmo.vn", mta="lemmy.diendanmo.vn")
WORDPRESS = svc("WordPress", "wordpress@nhiepanhphanrang.vn", "nhiepanhphanrang.vn", mta="nhiepanhphanrang.vn")


# ==========================================================================
# The messages
# ==========================================================================

def allauth() -> None:
    s = "[Sàn Dữ liệu Mở] "
    hello = "Hello from Sàn Dữ liệu Mở!"
    bye = "Thank you for using Sàn Dữ liệu Mở!\nsandulieumo.vn"
    kw = dict(form="text", mid=MID_PY, footer="")
    A(ALLAUTH, "signup-wording", "email_verification", "en", "django-allauth/email_confirmation",
      s + "Please Confirm Your Email Address",
      [hello, "You're receiving this email because user {user} has given your email address to register an "
       "account on sandulieumo.vn.", "To confirm this is correct, go to https://sandulieumo.vn/accounts/confirm-email/"
       "{alnum8}:1v{alnum5}:{alnum27}/", bye],
      "django-allauth email_confirmation_message.txt (allauth 20f4bde), English (allauth has no vi locale)", **kw)
    A(ALLAUTH, "code-in-subject", "email_verification", "en", "django-allauth/email_confirmation+code",
      s + "Please Confirm Your Email Address",
      [hello, "You're receiving this email because user {user} has given your email address to register an "
       "account on sandulieumo.vn.", "Your email verification code is listed below. Please enter it in your open "
       "browser window.", "{code5}", bye],
      "django-allauth email_confirmation_message.txt with ACCOUNT_EMAIL_VERIFICATION_BY_CODE (allauth 20f4bde): "
      "the code is in the body only, not in the subject", **kw)
    A(ALLAUTH, "signup-wording", "password_reset", "en", "django-allauth/password_reset_key",
      s + "Password Reset Email",
      [hello, "You're receiving this email because you or someone else has requested a password reset for your "
       "user account.\nIt can be safely ignored if you did not request a password reset. Click the link below to "
       "reset your password.", "https://sandulieumo.vn/accounts/password/reset/key/{alnum3}-{alnum32}/",
       "In case you forgot, your username is {user}.", bye],
      "django-allauth password_reset_key_message.txt (allauth 20f4bde)", **kw)
    A(ALLAUTH, "code-in-subject", "login_code", "en", "django-allauth/login_code",
      s + "Sign-In Code",
      [hello, "Your sign-in code is listed below. Please enter it in your open browser window.", "{code5}",
       "This mail can be safely ignored if you did not initiate this action.", bye],
      "django-allauth login_code_message.txt (allauth 20f4bde): a sign-in code, the key word in the subject",
      **kw)
    A(ALLAUTH, "password-changed", "security_alert", "en", "django-allauth/password_changed",
      s + "Password Changed",
      [hello, "You are receiving this mail because the following change was made to your account:",
       "Your password has been changed.", "If you do not recognize this change then please take proper security "
       "precautions immediately. The change to your account originates from:\n\n- IP address: 113.161.{num2}.{num2}\n"
       "- Browser: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36\n"
       "- Date: 2025-11-{num2} 09:14:52+07:00", bye],
      "django-allauth password_changed_message.txt on base_notification.txt (allauth 20f4bde)", **kw)
    N(ALLAUTH, "no-account", "none", "en", "django-allauth/unknown_account",
      s + "Unknown Account",
      [hello, "You are receiving this email because you, or someone else, tried to access an account with email "
       "{rcpt}. However, we do not have any record of such an account in our database.",
       "This mail can be safely ignored if you did not initiate this action.",
       "If it was you, you can sign up for an account using the link below.", "https://sandulieumo.vn/accounts/signup/",
       bye],
      "django-allauth unknown_account_message.txt (allauth 20f4bde): the site says the address holds NO account "
      "there (someone typed it on the reset form); not evidence of a sign-up", **kw)


def devise() -> None:
    kw = dict(form="html", mid=MID_RAILS)
    A(DEVISE_BOOK, "signup-wording", "email_verification", "en", "devise/confirmation_instructions",
      "Confirmation instructions",
      ["Welcome {rcpt}!", "You can confirm your account email through the link below:", "[button]Confirm my account"],
      "Devise confirmation_instructions.html.erb and en.yml subject (devise 7ca7ed9), a Rails app's default",
      footer="", **kw)
    A(DEVISE_BOOK, "signup-wording", "email_verification", "vi", "devise/confirmation_instructions",
      "Hướng dẫn xác nhận tài khoản",
      ["Chào mừng {rcpt}!", "Bạn có thể xác nhận tài khoản email bằng liên kết dưới đây:",
       "[button]Xác nhận tài khoản"],
      "Devise confirmation_instructions in devise-i18n vi.yml (devise-i18n 6bc2678)", footer="", vi_form="nfc", **kw)
    A(DEVISE_DOCS, "signup-wording", "email_verification", "vi", "devise/confirmation_instructions",
      "Hướng dẫn xác nhận tài khoản",
      ["Chào mừng {rcpt}!", "Bạn có thể xác nhận tài khoản email bằng liên kết dưới đây:",
       "[button]Xác nhận tài khoản"],
      "Devise confirmation_instructions, devise-i18n vi.yml (6bc2678), written without diacritics",
      footer="", vi_form="ascii", **kw)
    A(DEVISE_BOOK, "signup-wording", "password_reset", "en", "devise/reset_password_instructions",
      "Reset password instructions",
      ["Hello {rcpt}!", "Someone has requested a link to change your password. You can do this through the link below.",
       "[button]Change my password", "If you didn't request this, please ignore this email.",
       "Your password won't change until you access the link above and create a new one."],
      "Devise reset_password_instructions.html.erb (devise 7ca7ed9)", footer="", **kw)
    A(DEVISE_DOCS, "signup-wording", "password_reset", "vi", "devise/reset_password_instructions",
      "Hướng dẫn thiết lập lại mật khẩu",
      ["Xin chào {rcpt}!", "Có ai đó yêu cầu liên kết thay đổi mật khẩu, bạn có thể thay đổi mật khẩu bằng liên kết "
       "dưới đây.", "[button]Thay đổi mật khẩu", "Nếu bạn không yêu cầu, vui lòng bỏ qua email này.",
       "Mật khẩu của bạn sẽ không thay đổi cho đến khi bạn ấn vào liên kết trên và tạo mật khẩu mới."],
      "Devise reset_password_instructions, devise-i18n vi.yml (6bc2678)", footer="", vi_form="nfc", **kw)
    A(DEVISE_DOCS, "oss-template", "security_alert", "vi", "devise/unlock_instructions",
      "Hướng dẫn mở khóa tài khoản",
      ["Xin chào {rcpt}!", "Tài khoản của bạn đã bị khoá do vượt quá giới hạn số lần đăng nhập không thành công.",
       "Hãy nhấn vào liên kết dưới đây để mở khoá tài khoản:", "[button]Mở khoá tài khoản"],
      "Devise unlock_instructions, devise-i18n vi.yml (6bc2678): the account was locked after failed sign-ins",
      footer="", vi_form="nfc", **kw)
    A(DEVISE_BOOK, "oss-template", "security_alert", "en", "devise/email_changed",
      "Email Changed",
      ["Hello {rcpt}!", "We're contacting you to notify you that your email is being changed to {user}@gmail.com."],
      "Devise email_changed.html.erb (devise 7ca7ed9): sent to the old address, which holds the account",
      footer="", **kw)
    A(DEVISE_DOCS, "password-changed", "security_alert", "vi", "devise/password_change",
      "Mật khẩu đã được thay đổi. ",
      ["Xin chào {rcpt}!", "Chúng tôi thông báo với bạn là mật khẩu của bạn đã được thay đổi. "],
      "Devise password_change, devise-i18n vi.yml (6bc2678), its trailing spaces kept", footer="", vi_form="nfc",
      **kw)


def laravel() -> None:
    trouble_en = ("If you're having trouble clicking the \"{btn}\" button, copy and paste the URL below\ninto your web "
                  "browser: {url}")
    trouble_vi = ("Nếu bạn gặp vấn đề khi click vào nút \"{btn}\", hãy sao chép dán địa chỉ bên dưới\nvào trình duyệt "
                  "web của bạn: {url}")
    vurl = "https://tuyendungit.vn/email/verify/{num5}/{hex40}?expires={num10}&signature={hex64}"
    A(LARAVEL_JOBS, "signup-wording", "email_verification", "en", "laravel/VerifyEmail",
      "Verify Email Address",
      ["Hello!", "Please click the button below to verify your email address.", "[button]Verify Email Address",
       "If you did not create an account, no further action is required.", "Regards,\nTuyenDungIT",
       trouble_en.replace("{btn}", "Verify Email Address").replace("{url}", vurl)],
      "Laravel VerifyEmail notification (framework strings, keys of Laravel-Lang vi json.json bd286f0)",
      footer="© 2025 TuyenDungIT. All rights reserved.", mid=MID_SYMFONY, form="html+text")
    A(LARAVEL_JOBS, "signup-wording", "email_verification", "vi", "laravel/VerifyEmail",
      "Xác Minh Địa Chỉ Email",
      ["Xin chào!", "Vui lòng click vào nút bên dưới để xác minh địa chỉ email của bạn.",
       "[button]Xác Minh Địa Chỉ Email",
       "Nếu bạn không đăng ký tài khoản này, bạn không cần thực hiện thêm hành động nào.", "Trân trọng,\nTuyenDungIT",
       trouble_vi.replace("{btn}", "Xác Minh Địa Chỉ Email").replace("{url}", vurl)],
      "Laravel VerifyEmail in Laravel-Lang vi json.json (bd286f0)",
      footer="© 2025 TuyenDungIT. Đã đăng kí bản quyền", mid=MID_SYMFONY, form="html+text", vi_form="nfc")
    A(LARAVEL_EDU, "signup-wording", "email_verification", "vi", "laravel/VerifyEmail",
      "Xác Minh Địa Chỉ Email",
      ["Xin chào!", "Vui lòng click vào nút bên dưới để xác minh địa chỉ email của bạn.",
       "[button]Xác Minh Địa Chỉ Email",
       "Nếu bạn không đăng ký tài khoản này, bạn không cần thực hiện thêm hành động nào.", "Trân trọng,\nHọc Liệu Số"],
      "Laravel VerifyEmail in Laravel-Lang vi json.json (bd286f0), decomposed (NFD) text",
      footer="© 2025 Học Liệu Số. Đã đăng kí bản quyền", mid=MID_SYMFONY, form="html", vi_form="nfd")
    rurl = "https://hoclieuso.vn/reset-password/{hex64}?email={rcpt}"
    A(LARAVEL_EDU, "signup-wording", "password_reset", "en", "laravel/ResetPassword",
      "Reset Password Notification",
      ["Hello!", "You are receiving this email because we received a password reset request for your account.",
       "[button]Reset Password", "This password reset link will expire in 60 minutes.",
       "If you did not request a password reset, no further action is required.", "Regards,\nHọc Liệu Số",
       trouble_en.replace("{btn}", "Reset Password").replace("{url}", rurl)],
      "Laravel ResetPassword notification (framework strings)", footer="© 2025 Học Liệu Số. All rights reserved.",
      mid=MID_SYMFONY, form="html+text")
    A(LARAVEL_JOBS, "signup-wording", "password_reset", "vi", "laravel/ResetPassword",
      "Thông Báo Đặt Lại Mật Khẩu",
      ["Xin chào!", "Bạn nhận được email này vì chúng tôi đã nhận được yêu cầu đặt lại mật khẩu cho tài khoản của bạn.",
       "[button]Đặt Lại Mật Khẩu", "Đường dẫn lấy lại mật khẩu sẽ hết hạn trong 60 phút.",
       "Nếu bạn không yêu cầu đặt lại mật khẩu, bạn không cần thực hiện thêm hành động nào.", "Trân trọng,\nTuyenDungIT"],
      "Laravel ResetPassword in Laravel-Lang vi json.json (bd286f0)",
      footer="© 2025 TuyenDungIT. Đã đăng kí bản quyền", mid=MID_SYMFONY, form="html+text", vi_form="nfc")
    N(LARAVEL_EDU, "invitation", "invitation", "en", "jetstream/team-invitation",
      "Team Invitation",
      ["You have been invited to join the Tổ Toán - THPT Chu Văn An team!",
       "If you do not have an account, you may create one by clicking the button below. After creating an account, "
       "you may click the invitation acceptance button in this email to accept the team invitation:",
       "[button]Create Account",
       "If you already have an account, you may accept this invitation by clicking the button below:",
       "[button]Accept Invitation",
       "If you did not expect to receive an invitation to this team, you may discard this email."],
      "Laravel Jetstream team-invitation mail: a team owner invited the address; no account is implied",
      footer="© 2025 Học Liệu Số. All rights reserved.", mid=MID_SYMFONY, form="html+text")
    N(LARAVEL_JOBS, "invitation", "invitation", "vi", "jetstream/team-invitation",
      "Mời Vào Nhóm",
      ["Bạn đã được mời gia nhập vào nhóm Phòng Tuyển dụng Miền Trung!",
       "Nếu bạn đã có tài khoản, bạn có thể chấp nhận lời mời này bằng cách bấm vào nút bên dưới:",
       "[button]Chấp nhận lời mời"],
      "Laravel Jetstream team invitation in Laravel-Lang vi json.json (bd286f0): an invitation, not a sign-up",
      footer="© 2025 TuyenDungIT. Đã đăng kí bản quyền", mid=MID_SYMFONY, form="html", vi_form="nfc")


def supabase() -> None:
    kw = dict(form="html", footer="")
    A(SUPABASE, "signup-wording", "email_verification", "en", "supabase/confirmation",
      "Confirm your email address",
      ["Confirm your email address", "Follow the link below to confirm this email address and finish signing up.",
       "[button]Confirm email address"],
      "Supabase Auth default Confirmation template (supabase/auth bc32168), hosted default sender", **kw)
    A(SUPABASE, "signup-wording", "password_reset", "en", "supabase/recovery",
      "Reset your password",
      ["Reset your password", "We received a request to reset your password. Follow the link below to choose a new one.",
       "[button]Reset password", "If you didn't request this, you can safely ignore this email."],
      "Supabase Auth default Recovery template (bc32168)", **kw)
    A(SUPABASE, "magic-link", "login_code", "en", "supabase/magic_link",
      "Your sign-in link",
      ["Your sign-in link", "Follow the link below to sign in. This link expires shortly and can only be used once.",
       "[button]Sign in"],
      "Supabase Auth default MagicLink template (bc32168)", **kw)
    A(SUPABASE, "code-in-subject", "login_code", "en", "supabase/reauthentication",
      "{code} is your verification code",
      ["Confirm reauthentication", "Enter the code: {code}"],
      "Supabase Auth Reauthentication subject (bc32168); body of the default reauthentication template (not re-read)",
      **kw)
    A(SUPABASE, "password-changed", "security_alert", "en", "supabase/password_changed_notification",
      "Your password was changed",
      ["Your password was changed", "The password for your account was recently changed.",
       "If you didn't make this change, reset your password and contact support immediately."],
      "Supabase Auth PasswordChangedNotification template (bc32168)", **kw)
    N(SUPABASE, "invitation", "invitation", "en", "supabase/invite",
      "You've been invited",
      ["You've been invited", "You've been invited to create an account. Follow the link below to accept.",
       "[button]Accept invitation"],
      "Supabase Auth default Invite template (bc32168): an app's admin invited the address; no account yet", **kw)


def firebase() -> None:
    A(FIREBASE1, "signup-wording", "email_verification", "en", "firebase/verify_email",
      "Verify your email for Sổ tay Du lịch",
      ["Hello,", "Follow this link to verify your email address.",
       f"https://{FB1}/__/auth/action?mode=verifyEmail&oobCode={{alnum48}}&apiKey=AIza{{alnum35}}&lang=vi",
       "If you didn’t ask to verify this address, you can ignore this email.", "Thanks,", "Your Sổ tay Du lịch team"],
      "Firebase Auth default e-mail verification template; the app's project domain is the service",
      form="html", footer="")
    A(FIREBASE2, "signup-wording", "password_reset", "en", "firebase/password_reset",
      "Reset your password for Đặt lịch khám",
      ["Hello,", "Follow this link to reset your Đặt lịch khám password for your {rcpt} account.",
       f"https://{FB2}/__/auth/action?mode=resetPassword&oobCode={{alnum48}}&apiKey=AIza{{alnum35}}&lang=en",
       "If you didn’t ask to reset your password, you can ignore this email.", "Thanks,", "Your Đặt lịch khám team"],
      "Firebase Auth default password-reset template (sender name set by the app)", form="html", footer="")
    A(FIREBASE2, "signup-wording", "email_verification", "en", "firebase/verify_email",
      "Verify your email for Đặt lịch khám",
      ["Hello,", "Follow this link to verify your email address.",
       f"https://{FB2}/__/auth/action?mode=verifyEmail&oobCode={{alnum48}}&apiKey=AIza{{alnum35}}&lang=en",
       "If you didn’t ask to verify this address, you can ignore this email.", "Thanks,", "Your Đặt lịch khám team"],
      "Firebase Auth default e-mail verification template, plain text", form="text", footer="")


def mastodon() -> None:
    kw = dict(mid=MID_RAILS, extra=AUTO)
    manage = "Manage email preferences"
    A(MASTO, "signup-wording", "email_verification", "en", "mastodon/confirmation_instructions",
      "Mastodon: Confirmation instructions for vietcode.social",
      ["Verify email address", "You have created an account on vietcode.social with this email address. You are one "
       "click away from activating it. If this wasn't you, please ignore this email.", "[button]Verify email address",
       "Please also check out the rules of the server and our terms of service."],
      "Mastodon devise.en.yml confirmation_instructions (0cca658)", footer=manage, **kw)
    A(MASTO, "signup-wording", "email_verification", "vi", "mastodon/confirmation_instructions",
      "Mastodon: Xác minh email cho vietcode.social",
      ["Xác minh địa chỉ email", "Bạn đã tạo một tài khoản trên vietcode.social với địa chỉ email này. Chỉ cần một cú "
       "nhấp chuột nữa để kích hoạt nó. Nếu đây không phải là bạn, xin vui lòng bỏ qua email này.",
       "[button]Xác minh địa chỉ email", "Xin đọc kỹ nội quy máy chủ và chính sách bảo mật của chúng tôi."],
      "Mastodon devise.vi.yml confirmation_instructions (06942ba)", footer="", vi_form="nfc", **kw)
    A(MASTO2, "signup-wording", "email_verification", "vi", "mastodon/confirmation_instructions_pending",
      "Mastodon: Xác minh email cho m.mangxanh.vn",
      ["Xác minh địa chỉ email", "Bạn vừa đăng ký m.mangxanh.vn với địa chỉ email này. Chúng tôi chỉ xem xét đơn đăng ký "
       "sau khi bạn xác minh địa chỉ email. Bạn có thể đăng nhập để thay đổi chi tiết hoặc xóa tài khoản của mình, "
       "nhưng bạn không thể sử dụng đầy đủ tính năng cho đến khi tài khoản được xác minh. Nếu bạn bị từ chối, dữ liệu "
       "của bạn sẽ bị xóa, do đó bạn sẽ không cần phải làm gì thêm nữa. Nếu không phải do bạn đăng ký, xin vui lòng bỏ "
       "qua email này.", "[button]Xác minh địa chỉ email"],
      "Mastodon devise.vi.yml explanation_when_pending (06942ba), written without diacritics", footer="",
      vi_form="ascii", **kw)
    A(MASTO2, "signup-wording", "password_reset", "vi", "mastodon/reset_password_instructions",
      "Mastodon: Hướng dẫn đổi lại mật khẩu",
      ["Đổi lại mật khẩu", "Bạn đã yêu cầu mật khẩu mới cho tài khoản của bạn.", "[button]Đổi mật khẩu",
       "Nếu bạn không yêu cầu điều này, xin vui lòng bỏ qua email này. Mật khẩu của bạn sẽ giữ nguyên cho đến khi bạn "
       "truy cập vào liên kết ở trên và tạo một mật khẩu mới."],
      "Mastodon devise.vi.yml reset_password_instructions (06942ba)", footer="", vi_form="nfc", **kw)
    A(MASTO, "password-changed", "security_alert", "en", "mastodon/password_change",
      "Mastodon: Password changed",
      ["Password changed", "The password for your account has been changed.", "If you did not change your password, "
       "it is likely that someone has gained access to your account. Please change your password immediately or "
       "contact the server admin if you're locked out of your account."],
      "Mastodon devise.en.yml password_change (0cca658)", footer=manage, **kw)
    A(MASTO2, "password-changed", "security_alert", "vi", "mastodon/password_change",
      "Mastodon: Mật khẩu đã thay đổi",
      ["Mật khẩu đã được thay đổi", "Mật khẩu tài khoản của bạn đã được thay đổi.", "Nếu bạn không thay đổi mật khẩu "
       "tài khoản của mình, có khả năng ai đó đã truy cập được vào tài khoản của bạn. Hãy thay đổi mật khẩu ngay lập "
       "tức hoặc liên hệ với quản trị viên."],
      "Mastodon devise.vi.yml password_change (06942ba)", footer="", vi_form="nfc", **kw)
    A(MASTO2, "two-factor", "security_alert", "vi", "mastodon/two_factor_enabled",
      "Mastodon: Kích hoạt xác minh 2 bước",
      ["Kích hoạt xác minh 2 bước", "Xác minh hai bước đã được bật cho tài khoản của bạn.",
       "Cần có mã token được tạo bởi ứng dụng TOTP được ghép nối để đăng nhập."],
      "Mastodon devise.vi.yml two_factor_enabled (06942ba)", footer="", vi_form="nfc", **kw)
    A(MASTO, "oss-template", "security_alert", "vi", "mastodon/email_changed",
      "Mastodon: Email đã thay đổi",
      ["Địa chỉ email mới", "Địa chỉ email cho tài khoản của bạn đang được thay đổi thành:", "{user}@yahoo.com",
       "Nếu bạn không thay đổi email của mình, có khả năng ai đó đã truy cập được vào tài khoản của bạn. Hãy thay đổi "
       "mật khẩu ngay lập tức hoặc liên hệ với quản trị viên."],
      "Mastodon devise.vi.yml email_changed (06942ba), sent to the old (official) address", footer="",
      vi_form="nfc", **kw)
    A(MASTO, "two-factor", "security_alert", "en", "mastodon/webauthn_credential_added",
      "Mastodon: New security key",
      ["A new security key has been added", "The following security key has been added to your account",
       "YubiKey 5 NFC"],
      "Mastodon devise.en.yml webauthn_credential.added (0cca658)", footer=manage, **kw)


def discourse() -> None:
    site = "Hỏi đáp Tin học"
    dkw = dict(verp="discourse", extra=AUTO, form="html+text")
    A(DISCOURSE_EN, "outside-catalog-signup", "email_verification", "en", "discourse/signup",
      "[Nhiep Anh So Community] Confirm your new account",
      ["Welcome to Nhiep Anh So Community!", "Click the following link to confirm and activate your new account:",
       "https://community.nhiepanhso.vn/u/activate-account/{hex32}",
       "If the above link is not clickable, try copying and pasting it into the address bar of your web browser."],
      "Discourse server.en.yml user_notifications.signup", mid=MID_RAILS, footer="", **dkw)
    A(DISCOURSE, "outside-catalog-signup", "email_verification", "en", "discourse/signup",
      f"[{site}] Confirm your new account",
      [f"Welcome to {site}!", "Click the following link to confirm and activate your new account:",
       "https://forum.hoidaptinhoc.vn/u/activate-account/{hex32}",
       "If the above link is not clickable, try copying and pasting it into the address bar of your web browser."],
      "Discourse signup on a Vietnamese-locale forum: server.vi.yml (0154e5a) has no signup text, so the English "
      "one is sent", mid=MID_RAILS, footer="", **dkw)
    A(DISCOURSE_EN, "signup-wording", "password_reset", "en", "discourse/forgot_password",
      "[Nhiep Anh So Community] Password reset",
      ["Somebody asked to reset your password on Nhiep Anh So Community.",
       "If it was not you, you can safely ignore this email.", "Click the following link to choose a new password:",
       "https://community.nhiepanhso.vn/u/password-reset/{hex32}"],
      "Discourse server.en.yml user_notifications.forgot_password", mid=MID_RAILS, footer="", **dkw)
    A(DISCOURSE, "signup-wording", "password_reset", "vi", "discourse/set_password",
      f"[{site}] Set Password",
      [f"Ai đó đã yêu cầu thêm mật khẩu vào tài khoản của bạn trên {site}. Ngoài ra, bạn có thể đăng nhập bằng bất kỳ "
       "dịch vụ trực tuyến nào được hỗ trợ (Google, Facebook, v.v.) được liên kết với địa chỉ email đã được xác thực "
       "này.", "Nếu bạn không đưa ra yêu cầu này, bạn có thể yên tâm bỏ qua email này.",
       "Nhấp vào liên kết sau để chọn mật khẩu:", "https://forum.hoidaptinhoc.vn/u/password-reset/{hex32}"],
      "Discourse server.vi.yml set_password body (0154e5a); the subject is not translated there, so the English "
      "one (server.en.yml, not re-read) is sent",
      mid=MID_RAILS, footer="", vi_form="nfc", **dkw)
    A(DISCOURSE, "social-digest", "notification", "vi", "discourse/welcome_user",
      f"[{site}] [PM] Chào mừng đến với {site}!",
      [f"Cảm ơn bạn đã tham gia {site}, và chào mừng bạn!",
       "Bạn có thể tham khảo hướng dẫn cơ bản tại [đây] (https://forum.hoidaptinhoc.vn/guidelines)",
       "Chúc bạn một ngày vui vẽ!",
       "[Ghé thăm Tin nhắn] (https://forum.hoidaptinhoc.vn/t/{num4}) hoặc trả lời email này để trả lời system."],
      "Discourse system_messages.welcome_user in server.vi.yml (0154e5a), e-mailed as a PM notification",
      mid="<topic/{num4}/{num5}@forum.hoidaptinhoc.vn>", footer="Để hủy đăng ký nhận những email này, hãy [click vào "
      "đây] (https://forum.hoidaptinhoc.vn/email/unsubscribe/{hex32}).", vi_form="nfc",
      **dict(dkw, extra=AUTO + ["Precedence: list", "List-ID: <forum-hoidaptinhoc-vn.forum.hoidaptinhoc.vn>"]))
    A(DISCOURSE, "forum-digest", "activity_notification", "vi", "discourse/digest",
      f"[{site}] Summary",
      ["Tóm tắt Hỏi đáp Tin học từ lần cuối truy cập 12/10/2025", "Kể từ lần thăm cuối cùng của bạn",
       "Chủ đề mới: 14 · Thành viên mới: 6", "Những chủ đề phổ biến",
       "Cài đặt máy in mạng cho phòng một cửa - 9 trả lời", "Lỗi chữ ký số khi nộp hồ sơ trực tuyến - 5 trả lời",
       "[button]Đọc Tiếp",
       "Tóm tắt này được gửi từ Hỏi đáp Tin học khi chúng tôi không gặp bạn trong một thời gian. Thay đổi tùy chọn email "
       "hoặc bấm vào đây để hủy đăng ký."],
      "Discourse digest: strings of server.vi.yml (0154e5a); the subject is not translated there, so English",
      mid=MID_RAILS, footer="", vi_form="nfc",
      **dict(dkw, extra=AUTO + ["List-Unsubscribe: <https://forum.hoidaptinhoc.vn/email/unsubscribe/{hex32}>"]))
    A(DISCOURSE, "oss-template", "notification", "vi", "discourse/user_added_to_group_as_member",
      f"[{site}] [PM] Bạn đã được thêm làm thành viên của nhóm ho_tro_ky_thuat",
      ["Bạn đã được thêm làm thành viên của nhóm ho_tro_ky_thuat (https://forum.hoidaptinhoc.vn/g/ho_tro_ky_thuat).",
       "[Ghé thăm Tin nhắn] (https://forum.hoidaptinhoc.vn/t/{num4}) hoặc trả lời email này để trả lời system."],
      "Discourse system_messages.user_added_to_group_as_member (server.vi.yml 0154e5a): a group notice to a member's "
      "account", mid="<topic/{num4}/{num5}@forum.hoidaptinhoc.vn>", footer="", vi_form="ascii", **dkw)
    A(DISCOURSE, "two-factor", "security_alert", "vi", "discourse/account_second_factor_disabled",
      f"[{site}] Đã tắt Xác thực hai yếu tố",
      [f"Xác thực hai yếu tố đã bị vô hiệu hóa trên tài khoản của bạn lúc {site}. Bây giờ bạn có thể đăng nhập chỉ bằng "
       "mật khẩu của mình; một mã xác thực bổ sung không còn cần thiết.",
       "Nếu bạn không chọn tắt xác thực hai yếu tố, ai đó có thể đã xâm phạm tài khoản của bạn.",
       "Nếu bạn có bất kỳ câu hỏi nào, liên hệ với nhân viên thân thiện của chúng tôi."],
      "Discourse account_second_factor_disabled (server.vi.yml 0154e5a)", mid=MID_RAILS, footer="", vi_form="nfc",
      **dkw)
    N(DISCOURSE, "invitation", "invitation", "vi", "discourse/invite_mailer",
      "ngocanh_it đã mời bạn tham gia 'Quy trình sao lưu dữ liệu cho UBND xã' trên forum.hoidaptinhoc.vn",
      ["ngocanh_it đã mời bạn tham gia thảo luận", "> Quy trình sao lưu dữ liệu cho UBND xã",
       "> Mình chia sẻ quy trình sao lưu hằng tuần đang áp dụng, mời anh chị góp ý...", "tại",
       f"> {site} -- Nơi hỏi đáp về tin học văn phòng và hạ tầng mạng", "Để tham gia thảo luận, hãy nhấp vào liên kết "
       "bên dưới:", "https://forum.hoidaptinhoc.vn/invites/{alnum22}"],
      "Discourse invite_mailer (server.vi.yml 0154e5a): a member invited the address to a topic; no account implied",
      mid=MID_RAILS, footer="", vi_form="nfc", **dkw)


def nodebb() -> None:
    host1, host2 = "community.raspberryviet.vn", "forum.laptrinhnhung.vn"
    t1, t2 = "[Raspberry Việt] ", "[Lập trình Nhúng] "

    def unsub(template, host):
        return [f"List-Id: <{template}.{{num4}}.{host}>",
                f"List-Unsubscribe: <https://{host}/email/unsubscribe/eyJ{{alnum60}}>",
                "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]
    kw = dict(mid=MID_NODEMAILER, form="html+text")
    A(NODEBB, "signup-wording", "email_verification", "vi", "nodebb/welcome",
      t1 + "Chào mừng đến với Raspberry Việt",
      ["Chào {user}", "Cảm ơn bạn đã đăng ký với Raspberry Việt!",
       "Để kích hoạt đầy đủ tính năng của tài khoản, chúng tôi cần xác nhận địa chỉ email mà bạn đã đăng ký.",
       "[button]Bấm vào đây để xác nhận địa chỉ email", "Cảm ơn!"],
      "NodeBB welcome e-mail, public/language/vi/email.json (NodeBB ab329b3); From name NodeBB's default",
      footer="", vi_form="nfc", **kw)
    A(NODEBB2, "signup-wording", "email_verification", "en", "nodebb/welcome",
      t2 + "Welcome to Lập trình Nhúng",
      ["Hello {user}", "Thank you for registering with Lập trình Nhúng!",
       "To fully activate your account, we need to verify that you own the email address you registered with.",
       "[button]Click here to confirm your email address", "Thanks!"],
      "NodeBB welcome e-mail, public/language/en-GB/email.json (ab329b3)", footer="", **kw)
    A(NODEBB2, "signup-wording", "email_verification", "vi", "nodebb/verify-email",
      t2 + "Vui lòng xác minh email của bạn",
      ["Chào {user}", "Bạn đã yêu cầu chúng tôi thay đổi hoặc xác nhận địa chỉ email của bạn",
       "Vì lý do bảo mật, chúng tôi chỉ thay đổi hoặc xác nhận địa chỉ email trong hồ sơ khi quyền sở hữu của nó đã được "
       "xác nhận qua email. Nếu bạn không yêu cầu điều này, bạn không cần thực hiện hành động nào.",
       "Sau khi bạn xác nhận địa chỉ email này, chúng tôi sẽ đổi email hiện tại của bạn bằng địa chỉ này ({rcpt}).",
       "[button]Bấm vào đây để xác nhận địa chỉ email", "Cảm ơn!"],
      "NodeBB verify-email (vi email.json ab329b3), written without diacritics", footer="", vi_form="ascii", **kw)
    A(NODEBB, "signup-wording", "password_reset", "vi", "nodebb/reset",
      t1 + "Yêu cầu đặt lại mật khẩu!",
      ["Chào {user}", "Chúng tôi nhận được yêu cầu đặt lại mật khẩu của bạn, có thể bởi vì bạn đã quên nó. Nếu không "
       "đúng như vậy, vui lòng bỏ qua email này.", "Để đặt lại mật khẩu, hãy bấm vào liên kết sau:",
       "[button]Bấm vào đây để đặt lại mật khẩu", "Cảm ơn!"],
      "NodeBB reset (vi email.json ab329b3)", footer="", vi_form="nfc", **kw)
    A(NODEBB2, "signup-wording", "password_reset", "en", "nodebb/reset",
      t2 + "Password Reset Requested!",
      ["Hello {user}", "We received a request to reset your password, possibly because you have forgotten it. If this "
       "is not the case, please ignore this email.", "To continue with the password reset, please click on the "
       "following link:", "[button]Click here to reset your password", "Thanks!"],
      "NodeBB reset (en-GB email.json ab329b3)", footer="", **kw)
    A(NODEBB, "password-changed", "security_alert", "vi", "nodebb/reset_notify",
      t1 + "Đã thay đổi mật khẩu thành công",
      ["Chào {user}", "Chúng tôi thông báo cho bạn rằng vào ngày {day}, bạn đã đổi mật khẩu thành công.",
       "Nếu bạn không cho phép điều này, hãy thông báo ngay cho quản trị viên.", "Cảm ơn!"],
      "NodeBB reset_notify (vi email.json ab329b3)", footer="", vi_form="nfc", **kw)
    A(NODEBB, "forum-digest", "activity_notification", "vi", "nodebb/digest",
      t1 + "Bản tóm tắt cho ngày",
      ["Chào {user}", "Bản Tóm Tắt Hàng Ngày Của Bạn", "Chủ đề mới nhất từ Raspberry Việt",
       "Dựng máy chủ in qua mạng bằng Pi 4", "Cảm biến nhiệt độ DS18B20 đọc sai", "Chủ đề phổ biến từ Raspberry Việt",
       "[button]Bấm vào đây để truy cập Raspberry Việt",
       "Bản tóm tắt này đã được gửi cho bạn theo cài đặt đăng ký của bạn.",
       "Nhấp vào đây để thay đổi các cài đặt đó"],
      "NodeBB digest (vi email.json ab329b3) with the List-* headers src/emailer.js adds", footer="", vi_form="nfc",
      extra=unsub("digest", host1), **kw)
    A(NODEBB2, "forum-digest", "activity_notification", "en", "nodebb/digest",
      t2 + "Digest for week",
      ["Hello {user}", "Your Weekly Digest", "Unread rooms", "#stm32 (4 unread)", "Latest topics from Lập trình Nhúng",
       "FreeRTOS queue overflow on ESP32", "Top topics from Lập trình Nhúng", "[button]Click here to visit Lập trình Nhúng",
       "This digest was sent to you due to your subscription settings.", "Click here to alter those settings"],
      "NodeBB digest (en-GB email.json ab329b3) with its List-* headers", footer="", extra=unsub("digest", host2),
      **kw)
    A(NODEBB, "unread-messages", "activity_notification", "vi", "nodebb/notification-chat",
      t1 + "Tin nhắn mới từ \"minhtri_pi\"",
      ["Chào {user}", "Tin nhắn mới từ \"minhtri_pi\"", "minhtri_pi: Anh gửi giúp em sơ đồ nối dây cảm biến nhé",
       "[button]Bấm vào đây để tiếp tục trò chuyện",
       "Thông báo trò chuyện này đã được gửi cho bạn dựa theo cài đặt đăng ký của bạn."],
      "NodeBB chat notification (vi email.json ab329b3) with its List-* headers", footer="", vi_form="nfc",
      extra=unsub("notification", host1), **kw)
    A(NODEBB2, "oss-template", "security_alert", "en", "nodebb/banned",
      t2 + "You have been banned from Lập trình Nhúng",
      ["Hello {user}", "The user {user} has been banned from Lập trình Nhúng.", "This ban will last until {day}.",
       "This is the reason why you have been banned:", "Repeated advertising in the marketplace category", "Thanks!"],
      "NodeBB banned (en-GB email.json ab329b3): sent to the banned account", footer="", **kw)
    N(NODEBB, "invitation", "invitation", "vi", "nodebb/invitation",
      t1 + "Lời mời từ hoanganh_iot",
      ["Chào", "hoanganh_iot đã mời bạn tham gia Raspberry Việt", "Lời mời của bạn sẽ hết hạn sau 7 ngày.",
       "[button]Bấm vào đây để tạo tài khoản của bạn.", "Cảm ơn!"],
      "NodeBB invitation (vi email.json ab329b3): a member invited the address; no account yet", footer="",
      vi_form="nfc", **kw)


def phpbb() -> None:
    sig = "Thanks, The Management"
    site = "Diễn đàn Cây cảnh Việt"
    board = "https://forum.caycanhviet.net"
    hdr = ["Sender: forum@caycanhviet.net", "X-MSMail-Priority: Normal", "X-Mailer: phpBB", "X-MimeOLE: phpBB",
           "X-phpBB-Origin: phpbb://forum.caycanhviet.net",
           "X-AntiAbuse: Board servername - forum.caycanhviet.net", "X-AntiAbuse: User_id - {num4}",
           "X-AntiAbuse: Username - {user}", "X-AntiAbuse: User IP - 14.241.{num2}.{num2}"]
    kw = dict(form="text", mid=MID_SYMFONY.replace("{host}", "forum.caycanhviet.net"), footer="", extra=hdr,
              return_path_sender=True)
    account_info = f"Please keep this email for your records. Your account information is as follows:\n\n" \
                   f"----------------------------\nUsername: {{user}}\n\nBoard URL: {board}\n----------------------------"
    A(PHPBB, "outside-catalog-signup", "email_verification", "en", "phpbb/user_welcome_inactive",
      f"Welcome to \"{site}\"",
      [f"Welcome to {site} forums", account_info, "Please visit the following link in order to activate your account:",
       f"{board}/ucp.php?mode=activate&u={{num4}}&k={{alnum10}}",
       "Your password has been securely stored in our database and cannot be retrieved. In the event that it is "
       "forgotten, you will be able to reset it using the email address associated with your account.",
       "Thank you for registering.", sig],
      "phpBB user_welcome_inactive.txt (phpbb 7ca0ec3), English language pack on a board with a Vietnamese name",
      **kw)
    plain = "Dien dan Cay canh Viet"
    A(PHPBB, "outside-catalog-signup", "account_created", "en", "phpbb/user_welcome",
      f"Welcome to \"{plain}\"",
      [f"Welcome to {plain} forums", account_info,
       "Your password has been securely stored in our database and cannot be retrieved. In the event that it is "
       "forgotten, you will be able to reset it using the email address associated with your account.",
       "Thank you for registering.", sig],
      "phpBB user_welcome.txt (phpbb 7ca0ec3), the board's name written without diacritics", **kw)
    A(PHPBB, "unread-messages", "activity_notification", "en", "phpbb/privmsg_notify",
      "New private message",
      ["Hello {user},", f"A new private message from \"bonsai_hue\" to your account on \"{site}\" with the following "
       "subject has arrived:\nXin cành mai chiếu thủy", "You can view your new message by clicking on the following link:",
       f"{board}/ucp.php?i=pm&mode=view&p={{num5}}",
       "You have requested that you be notified on this event, remember that you can always choose not to be notified "
       "of new messages by changing the appropriate setting in your profile.", sig],
      "phpBB privmsg_notify.txt (7ca0ec3)", **kw)
    A(PHPBB, "forum-digest", "activity_notification", "en", "phpbb/topic_notify",
      "Reply in \"Cách chăm sóc sanh lá nhỏ mùa mưa\"",
      ["Hello {user},", f"The topic \"Cách chăm sóc sanh lá nhỏ mùa mưa\" received a new reply by thanhtung_bonsai since "
       f"your last visit to \"{site}\". No more emails will be sent until you visit the topic.",
       "If you want to view the newest post click the following link:",
       f"{board}/viewtopic.php?p={{num5}}#p{{num5}}", "If you want to view the topic, click the following link:",
       f"{board}/viewtopic.php?t={{num4}}", "If you want to view the forum, click the following link:",
       f"{board}/viewforum.php?f=12", "If you no longer wish to watch this topic click the following link:",
       f"{board}/viewtopic.php?uid={{num4}}&f=12&t={{num4}}&unwatch=topic", sig],
      "phpBB topic_notify.txt (7ca0ec3) with the List-Unsubscribe header the template sets",
      **dict(kw, extra=hdr + [f"List-Unsubscribe: <{board}/viewtopic.php?uid={{num4}}&f=12&t={{num4}}&unwatch=topic>"]))
    A(PHPBB, "oss-template", "security_alert", "en", "phpbb/user_activate",
      "Reactivate your account",
      ["Hello {user},", f"Your account on \"{site}\" has been deactivated, most likely due to changes made to your "
       "profile. In order to reactivate your account you must click on the link below:",
       f"{board}/ucp.php?mode=activate&u={{num4}}&k={{alnum10}}", sig],
      "phpBB user_activate.txt (7ca0ec3)", **kw)
    A(PHPBB, "admin-notice", "notification", "en", "phpbb/admin_activate",
      "Activate user account",
      ["Hello,", "The account owned by \"lanhoa_2007\" has been deactivated or newly created, you should check the "
       "details of this user (if required) and handle it appropriately.", "Use this link to view the user's profile:",
       f"{board}/memberlist.php?mode=viewprofile&u={{num4}}", "You may activate the account immediately by clicking "
       "on this link:", f"{board}/ucp.php?mode=activate&u={{num4}}&k={{alnum10}}", sig],
      "phpBB admin_activate.txt (7ca0ec3): sent to the board's administrators, i.e. to the e-mail of an admin "
      "account; the official administers the board, so the address holds an account there", **kw)
    N(PHPBB, "invitation", "invitation", "en", "phpbb/email_notify",
      f"\"{site}\" - Email a friend",
      ["Hello Nghĩa,", f"This email was sent from \"{site}\" by hoangmai_bonsai who thought you may be interested in "
       "the following topic:", "Triển lãm sinh vật cảnh Tây Ninh 2025", "You can find it at:",
       f"{board}/viewtopic.php?t={{num4}}", "A message from hoangmai_bonsai may also be included below. Please note "
       "that this message has not been seen or approved by the board administrators. If you wish to complain about "
       "having received this email please contact the board administrator at forum@caycanhviet.net. Please quote the "
       "message headers when contacting this address.", "----------",
       "Anh xem thử, năm nay có khu trưng bày của tỉnh mình."],
      "phpBB email_notify.txt (7ca0ec3): a member e-mails a topic to someone through the board; the recipient needs "
      "no account", rcpt_index=7, **kw)


def synapse() -> None:
    kw = dict(mid=MID_PY.replace("{host}", "matrix.chatcongdong.vn"), extra=AUTO, footer="")
    A(SYNAPSE_ACCT, "signup-wording", "email_verification", "en", "synapse/registration",
      "[matrix.chatcongdong.vn] Validate your email",
      ["Hello there,", "You have asked us to register this email with a new Matrix account. If\nthis was you, please "
       "click the link below to confirm your email address:",
       "https://matrix.chatcongdong.vn/_synapse/client/email/submit_token?token={alnum32}&client_secret={alnum32}&sid={alnum16}",
       "If this was not you, you can safely disregard this email.", "Thank you."],
      "Synapse registration.txt and DEFAULT_SUBJECTS email_validation (synapse a58ad44)", form="html+text", **kw)
    A(SYNAPSE_ACCT, "signup-wording", "password_reset", "en", "synapse/password_reset",
      "[matrix.chatcongdong.vn] Password reset",
      ["A password reset request has been received for your Matrix account. If this\nwas you, please click the link "
       "below to confirm resetting your password:",
       "https://matrix.chatcongdong.vn/_synapse/client/password_reset/email/submit_token?token={alnum32}",
       "If this was not you, DO NOT click the link above and instead contact your\nserver administrator. Thank you."],
      "Synapse password_reset.txt (a58ad44)", form="text", **kw)
    A(SYNAPSE_ACCT, "signup-wording", "email_verification", "en", "synapse/add_threepid",
      "[matrix.chatcongdong.vn] Validate your email",
      ["A request to add an email address to your Matrix account has been received. If this was you,\nplease click "
       "the link below to confirm adding this email:",
       "https://matrix.chatcongdong.vn/_synapse/client/add_threepid/email/submit_token?token={alnum32}",
       "If this was not you, you can safely ignore this email. Thank you."],
      "Synapse add_threepid.txt (a58ad44): the address is being added to an existing account", form="html+text", **kw)
    A(SYNAPSE, "unread-messages", "activity_notification", "en", "synapse/notif_mail",
      "[Element] You have a message on Element from Lâm Quốc Huy...",
      ["Hi {user},", "You have a message on Element from Lâm Quốc Huy...", "Tổ công tác chuyển đổi số",
       "Lâm Quốc Huy (08:42)", "Chiều nay 14h họp trực tuyến, anh vào phòng sớm giúp em.",
       "View Tổ công tác chuyển đổi số at https://app.element.io/#/room/!{alnum18}:matrix.chatcongdong.vn",
       "You can disable these notifications at https://matrix.chatcongdong.vn/_synapse/client/unsubscribe?access_token={alnum40}"],
      "Synapse notif_mail.txt with DEFAULT_SUBJECTS message_from_person (a58ad44), app name Element",
      form="html+text", **kw)
    A(SYNAPSE, "unread-messages", "activity_notification", "en", "synapse/notif_mail_invite",
      "[Element] Lâm Quốc Huy has invited you to join the Phòng Kế hoạch room on Element...",
      ["Hi {user},", "Lâm Quốc Huy has invited you to join the Phòng Kế hoạch room on Element...",
       "View Phòng Kế hoạch at https://app.element.io/#/room/!{alnum18}:matrix.chatcongdong.vn",
       "You can disable these notifications at https://matrix.chatcongdong.vn/_synapse/client/unsubscribe?access_token={alnum40}"],
      "Synapse invite_from_person_to_room notification (a58ad44): sent by the homeserver's e-mail pusher only to a "
      "registered user with notifications on, so unlike an invitation from outside it shows an account",
      form="html+text", **kw)


def keycloak() -> None:
    kw = dict(mid=MID_JAVAMAIL, form="html+text", footer="")
    A(KEYCLOAK, "signup-wording", "email_verification", "vi", "keycloak/emailVerification",
      "xác thực địa chỉ email",
      ["Một ai đó đã tạo một Học viện Số tài khoản với địa chỉ email này. Nếu đó chính là bạn hãy click vào link bên dưới "
       "để xác thực địa chỉ email của bạn",
       "https://id.hocvienso.vn/realms/hocvien/login-actions/action-token?key=eyJ{alnum60}&client_id=portal",
       "link này sẽ hết hiệu lực trong vòng5 phút", "Nếu bạn không phải là người tạo tài khoản này vui lòng bỏ qua tin "
       "nhắn này"],
      "Keycloak emailVerification in messages_vi.properties (keycloak 0331b94), its spacing and case kept",
      vi_form="nfc", **kw)
    A(KEYCLOAK2, "signup-wording", "email_verification", "en", "keycloak/emailVerification",
      "Verify email",
      ["Someone has created a Dữ liệu Nông sản account with this email address. If this was you, click the link below "
       "to verify your email address",
       "https://sso.dulieunongsan.vn/realms/nongsan/login-actions/action-token?key=eyJ{alnum60}&client_id=account",
       "This link will expire within 5 minutes.", "If you didn't create this account, just ignore this message."],
      "Keycloak emailVerification in messages_en.properties (keycloak 0111c33)", **kw)
    A(KEYCLOAK, "signup-wording", "password_reset", "vi", "keycloak/passwordReset",
      "Cài đặt lại mật mã",
      ["Có một ai đó vừa đề nghị thay đổi Học viện Số thông tin đang nhập tài khoản của bạn. nếu đúng là bạn hãy nhấp vào "
       "đường dẫn liên kết bên dưới để thiết lập lại",
       "https://id.hocvienso.vn/realms/hocvien/login-actions/action-token?key=eyJ{alnum60}&client_id=portal",
       "Đường dẫn và mã số sẽ hết hạn trong 30 phút.", "Nếu bạn không muốn cài đặt lại thông tin tài khoản, chỉ cần bỏ "
       "qua tin nhắn này và sẽ không có điều gì bị thay đổi."],
      "Keycloak passwordReset in messages_vi.properties (0331b94)", vi_form="nfc", **kw)
    A(KEYCLOAK2, "signup-wording", "password_reset", "vi", "keycloak/passwordReset",
      "Cài đặt lại mật mã",
      ["Có một ai đó vừa đề nghị thay đổi Dữ liệu Nông sản thông tin đang nhập tài khoản của bạn. nếu đúng là bạn hãy "
       "nhấp vào đường dẫn liên kết bên dưới để thiết lập lại",
       "https://sso.dulieunongsan.vn/realms/nongsan/login-actions/action-token?key=eyJ{alnum60}&client_id=account",
       "Đường dẫn và mã số sẽ hết hạn trong 30 phút.", "Nếu bạn không muốn cài đặt lại thông tin tài khoản, chỉ cần bỏ "
       "qua tin nhắn này và sẽ không có điều gì bị thay đổi."],
      "Keycloak passwordReset in messages_vi.properties (0331b94), written without diacritics", vi_form="ascii", **kw)
    A(KEYCLOAK2, "signup-wording", "password_reset", "en", "keycloak/passwordReset",
      "Reset password",
      ["Someone just requested to change your Dữ liệu Nông sản account's credentials. If this was you, click on the "
       "link below to reset them.",
       "https://sso.dulieunongsan.vn/realms/nongsan/login-actions/action-token?key=eyJ{alnum60}&client_id=account",
       "This link and code will expire within 30 minutes.", "If you don't want to reset your credentials, just ignore "
       "this message and nothing will be changed."],
      "Keycloak passwordReset in messages_en.properties (0111c33)", **kw)
    A(KEYCLOAK, "oss-template", "notification", "vi", "keycloak/executeActions",
      "Cập nhật tài khoản của bạn",
      ["Quản trị viên của bạn vừa đề nghị bạn cập nhật  Học viện Số tài khoản của bạn bằng cách thực hiện các hành động "
       "sau: cập nhật mật mã, xác nhận email. Nhấp vào đường dẫn bên dưới để bắt đầu quá trình này",
       "https://id.hocvienso.vn/realms/hocvien/login-actions/action-token?key=eyJ{alnum60}",
       "Đường dẫn này sẽ hết hạn trong 12 giờ.", "Nếu bạn không biết rằng quản trị viên của bạn đã yêu cầu điều này, chỉ "
       "cần bỏ qua thông báo này và sẽ không có gì thay đổi."],
      "Keycloak executeActions in messages_vi.properties (0331b94): an account an administrator made for the address",
      vi_form="nfc", **kw)
    A(KEYCLOAK2, "new-device", "security_alert", "en", "keycloak/eventLoginError",
      "Login error",
      ["A failed login attempt was detected to your account on {day} 21:07 from 171.224.{num2}.{num2}. If this was "
       "not you, please contact an administrator."],
      "Keycloak eventLoginError in messages_en.properties (0111c33), event-listener mail with a generic subject",
      **dict(kw, form="text"))
    A(KEYCLOAK, "two-factor", "security_alert", "vi", "keycloak/eventUpdateTotp",
      "Cập nhật OTP",
      ["OTP đã được cập nhật cho tài khoản của bạn trên {day} 10:32 từ 113.185.{num2}.{num2}. Nếu đây không phải là "
       "bạn, vui lòng liên hệ với quản trị viên."],
      "Keycloak eventUpdateTotp in messages_vi.properties (0331b94)", vi_form="nfc", **kw)
    N(KEYCLOAK2, "invitation", "invitation", "en", "keycloak/orgInvite",
      "Invitation to join the Hợp tác xã Nông sản Sạch organization",
      ["You were invited to join the \"Hợp tác xã Nông sản Sạch\" organization. Click the link below to join.",
       "https://sso.dulieunongsan.vn/realms/nongsan/login-actions/action-token?key=eyJ{alnum60}",
       "This link will expire within 12 hours.", "If you don't want to join the organization, just ignore this "
       "message."],
      "Keycloak orgInvite in messages_en.properties (0111c33): an organization invitation; no account implied", **kw)


def gitea() -> None:
    base = "https://git.congdong-dev.vn/"
    hdr = ["X-Mailer: Gitea", "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]
    kw = dict(form="html", footer="")
    A(GITEA, "forum-software-header", "email_verification", "en", "gitea/activate_account",
      "Please activate your account",
      ["Hi {user}, thanks for registering at Gitea: Cộng đồng Dev!",
       "Please click the following link to activate your account within 3 hours:",
       base + "user/activate?code={hex40}", "Not working? Try copying and pasting it to your browser."],
      "Gitea mail.activate_account strings (options/locale [mail]) and auth/activate template", mid=MID_GITEA,
      extra=hdr, **kw)
    A(GITEA, "forum-software-header", "email_verification", "en", "gitea/activate_email",
      "Verify your email address",
      ["Hi {user},", "Please click the following link to verify your email address within 3 hours:",
       base + "user/activate_email?code={hex40}&email={rcpt}", "Not working? Try copying and pasting it to your browser."],
      "Gitea mail.activate_email strings and auth/activate_email template", mid=MID_GITEA, extra=hdr, **kw)
    A(GITEA, "signup-wording", "account_created", "en", "gitea/register_notify",
      "Welcome to Gitea: Cộng đồng Dev",
      ["Hi {user},", "This is your registration confirmation email for Gitea: Cộng đồng Dev!",
       "You can now log in via username: {user}.", "If this account has been created for you, please set your password "
       "first.", "Not working? Try copying and pasting it to your browser."],
      "Gitea mail.register_notify strings and auth/register_notify template", mid=MID_GITEA, extra=hdr, **kw)
    A(GITEA, "forum-software-header", "password_reset", "en", "gitea/reset_password",
      "Recover your account",
      ["Hi {user},", "Please click the following link to recover your account within 3 hours:",
       base + "user/recover_account?code={hex40}", "Not working? Try copying and pasting it to your browser."],
      "Gitea mail.reset_password strings and auth/reset_passwd template", mid=MID_GITEA, extra=hdr, **kw)
    A(GITEA, "forum-software-header", "activity_notification", "en", "gitea/issue_assigned",
      "[dulieu-mo/cong-thong-tin] @vuhoang assigned you to issue #42 - Lỗi hiển thị bản đồ hành chính",
      ["@vuhoang assigned you to issue #42 in repository dulieu-mo/cong-thong-tin.",
       "View it on Gitea: Cộng đồng Dev or reply to this email directly"],
      "Gitea mail.issue_assigned.issue (issue/assigned template) with X-Gitea-* headers",
      mid="<dulieu-mo/cong-thong-tin/issues/42@git.congdong-dev.vn>",
      extra=hdr + ["X-Gitea-Reason: assigned", "X-Gitea-Sender: vuhoang", "X-Gitea-Recipient: {user}",
                   "X-Gitea-Repository: cong-thong-tin", "X-Gitea-Repository-Path: dulieu-mo/cong-thong-tin",
                   "X-Gitea-Repository-Link: " + base + "dulieu-mo/cong-thong-tin", "X-Gitea-Issue-ID: 42",
                   "X-Gitea-Issue-Link: " + base + "dulieu-mo/cong-thong-tin/issues/42",
                   "List-ID: dulieu-mo/cong-thong-tin <cong-thong-tin.dulieu-mo.git.congdong-dev.vn>",
                   "List-Archive: <" + base + "dulieu-mo/cong-thong-tin>"], **kw)
    A(GITEA, "forum-software-header", "activity_notification", "en", "gitea/repo_collaborator_added",
      "vuhoang added you to dulieu-mo/bao-cao-thong-ke",
      ["You have been added as a collaborator of repository:", "dulieu-mo/bao-cao-thong-ke",
       "View it on Gitea: Cộng đồng Dev"],
      "Gitea mail.repo.collaborator.added: only an existing user can be made a collaborator", mid=MID_GITEA,
      extra=hdr, **kw)
    N(GITEA, "invitation", "invitation", "en", "gitea/team_invite",
      "vuhoang has invited you to join the dulieu-mo organization",
      ["Hi,", "vuhoang has invited you to join team Owners in organization dulieu-mo.",
       "Please click the following link to join the team:", base + "org/invite/{alnum32}",
       "Note: This invitation was intended for {rcpt}. If you were not expecting this invitation, you can ignore this "
       "email."],
      "Gitea mail.team_invite (an e-mail invitation to a team, possibly to a non-user): not a sign-up", mid=MID_GITEA,
      extra=hdr, **kw)


def ghost() -> None:
    kw = dict(form="html+text")
    A(GHOST_VI, "magic-link", "login_code", "vi", "ghost/signin",
      "🔑 Liên kết đăng nhập an toàn trên Bản tin Kinh tế Số",
      ["Chào mừng trở lại Bản tin Kinh tế Số!", "Chào mừng trở lại! Sử dụng liên kết này để đăng nhập an toàn vào tài "
       "khoản Bản tin Kinh tế Số của bạn:", "[button]Đăng nhập",
       "Để bảo mật, liên kết sẽ hết hạn trong vòng 24 giờ.", "Bạn cũng có thể sao chép và dán URL này vào trình duyệt:",
       "https://bantinkinhteso.vn/members/?token={alnum32}&action=signin",
       "Nếu bạn không thực hiện yêu cầu này, vui lòng bỏ qua email này."],
      "Ghost member sign-in e-mail, ghost/i18n/locales/vi/ghost.json (Ghost 0674a0e)",
      footer="Đã gửi đến {rcpt}", vi_form="nfc", **kw)
    A(GHOST_EN, "magic-link", "login_code", "en", "ghost/signin",
      "🔑 Secure sign in link for Mekong Notes",
      ["Welcome back to Mekong Notes!", "Welcome back! Use this link to securely sign in to your Mekong Notes account:",
       "[button]Sign in", "For your security, the link will expire in 24 hours time.",
       "You can also copy & paste this URL into your browser:",
       "https://songmekong-notes.net/members/?token={alnum32}&action=signin",
       "If you did not make this request, you can safely ignore this email."],
      "Ghost member sign-in e-mail (English source strings of ghost.json)", footer="Sent to {rcpt}", **kw)
    A(GHOST_VI, "signup-wording", "email_verification", "vi", "ghost/signup",
      "🙌 Hoàn tất đăng ký của bạn trên Bản tin Kinh tế Số!",
      ["Chào bạn!", "Nhấn vào liên kết bên dưới để hoàn tất quy trình đăng ký Bản tin Kinh tế Số và tự động đăng nhập:",
       "[button]Xác nhận đăng ký", "Để bảo mật, liên kết sẽ hết hạn trong vòng 24 giờ.",
       "Bạn cũng có thể sao chép và dán URL này vào trình duyệt:",
       "https://bantinkinhteso.vn/members/?token={alnum32}&action=signup",
       "Nếu bạn không thực hiện yêu cầu này, hãy xóa email này. Bạn sẽ không đăng ký và sẽ không tạo tài khoản."],
      "Ghost member sign-up e-mail (vi ghost.json 0674a0e): completes a member account", footer="Đã gửi đến {rcpt}",
      vi_form="nfc", **kw)
    A(GHOST_EN, "signup-wording", "email_verification", "en", "ghost/signup",
      "🙌 Complete your sign up to Mekong Notes!",
      ["Hey there!", "Tap the link below to complete the signup process for Mekong Notes, and be automatically signed in:",
       "[button]Confirm signup", "For your security, the link will expire in 24 hours time.",
       "You can also copy & paste this URL into your browser:",
       "https://songmekong-notes.net/members/?token={alnum32}&action=signup",
       "If you did not make this request, you can simply delete this message. You will not be signed up, and no "
       "account will be created for you."],
      "Ghost member sign-up e-mail (English source strings)", footer="Sent to {rcpt}", **kw)
    N(GHOST_VI, "double-opt-in", "none", "vi", "ghost/subscribe",
      "📫 Xác nhận bạn sẽ theo dõi Bản tin Kinh tế Số",
      ["Chào bạn!", "Còn một bước nữa để theo dõi Bản tin Kinh tế Số — vui lòng xác nhận địa chỉ email của bạn bằng liên "
       "kết này:", "[button]Xác minh email", "Để bảo mật, liên kết sẽ hết hạn trong vòng 24 giờ.",
       "Nếu bạn không thực hiện yêu cầu này, hãy xóa email này. Bạn sẽ không theo dõi."],
      "Ghost subscribe (newsletter opt-in from an embedded form, vi ghost.json 0674a0e): a mailing-list "
      "confirmation, not an account sign-up", footer="Đã gửi đến {rcpt}", vi_form="nfc", **kw)
    N(GHOST_EN, "double-opt-in", "none", "en", "ghost/subscribe",
      "📫 Confirm your subscription to Mekong Notes",
      ["Hey there!", "You're one tap away from subscribing to Mekong Notes — please confirm your email address with this "
       "link:", "[button]Confirm email address", "For your security, the link will expire in 24 hours time.",
       "If you did not make this request, you can simply delete this message. You will not be subscribed."],
      "Ghost subscribe (newsletter opt-in): a mailing-list confirmation", footer="Sent to {rcpt}", **kw)
    W(GHOST_VI, "newsletter", "newsletter", "vi", "ghost/newsletter",
      "Kinh tế số tuần 47: Hóa đơn điện tử và thanh toán không tiền mặt",
      ["Xem bằng trình duyệt", "Kinh tế số tuần 47: Hóa đơn điện tử và thanh toán không tiền mặt", "Viết bởi Ban biên tập",
       "Tuần này: quy định mới về hóa đơn điện tử cho hộ kinh doanh, và số liệu thanh toán qua QR quý III.",
       "[button]Đọc tiếp",
       "Bạn nhận được email này vì bạn là thành viên miễn phí của Bản tin Kinh tế Số. Quản lý tài khoản · Hủy gói"],
      "Ghost newsletter post with the vi newsletter.json footer (2ba1c69): a newsletter to a free member",
      footer="", vi_form="nfc", extra=["List-Unsubscribe: <https://bantinkinhteso.vn/unsubscribe/?uuid={uuid}&key={hex64}>",
                                       "List-Unsubscribe-Post: List-Unsubscribe=One-Click"], **kw)
    W(GHOST_EN, "newsletter", "newsletter", "en", "ghost/newsletter",
      "Rice, river and rain: notes from the delta",
      ["View in browser", "Rice, river and rain: notes from the delta", "By Mai Lan",
       "This week we follow the floating markets of Cái Răng as the rainy season ends.", "[button]Keep reading",
       "You are receiving this because you are a free subscriber to Mekong Notes. Manage subscription · Unsubscribe"],
      "Ghost newsletter post with the English newsletter footer strings: a newsletter to a free member", footer="",
      extra=["List-Unsubscribe: <https://songmekong-notes.net/unsubscribe/?uuid={uuid}&key={hex64}>",
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click"], **kw)


def lemmy() -> None:
    kw = dict(form="html", mid=MID_NODEMAILER, footer="")
    A(LEMMY, "signup-wording", "email_verification", "en", "lemmy/verify_email",
      "Verify your email address for lemmy.diendanmo.vn",
      ["Please click the link below to verify your email address for the account @{user}@lemmy.diendanmo.vn. Ignore "
       "this email if the account isn't yours.", "https://lemmy.diendanmo.vn/verify_email/{uuid}"],
      "Lemmy backend/en.json verify_email (lemmy-translations f03dfd1)", **kw)
    A(LEMMY, "signup-wording", "password_reset", "en", "lemmy/password_reset",
      "Password reset for {user}",
      ["Password Reset Request for {user}", "Click here to reset your password",
       "https://lemmy.diendanmo.vn/password_change/{alnum32}"],
      "Lemmy backend/en.json password_reset (f03dfd1)", **kw)
    A(LEMMY, "unread-messages", "activity_notification", "en", "lemmy/notification_comment_reply",
      "Reply from thanhvan",
      ["Comment reply", "thanhvan replied to \"Bản đồ số cấp xã nên dùng nền nào?\" on \"Hỏi về GIS cho cấp xã\": "
       "Nên dùng nền OSM rồi chồng lớp địa chính lên.", "comment inbox"],
      "Lemmy backend/en.json notification_comment_reply (f03dfd1)", **kw)
    A(LEMMY, "unread-messages", "activity_notification", "en", "lemmy/notification_private_message",
      "Private message from minhkhoa",
      ["Private message", "minhkhoa private messaged you: Anh cho em xin file mẫu báo cáo tháng nhé.", "inbox"],
      "Lemmy backend/en.json notification_private_message (f03dfd1)", **kw)
    A(LEMMY, "oss-template", "account_created", "en", "lemmy/registration_approved",
      "Registration approved for {user}",
      ["Your registration application has been approved. Welcome to lemmy.diendanmo.vn!"],
      "Lemmy backend/en.json registration_approved (f03dfd1)", **kw)
    A(LEMMY, "admin-notice", "notification", "en", "lemmy/new_application",
      "hoangtuan_88 has applied to join lemmy.diendanmo.vn",
      ["Please click the link below to view their application.", "View Applications",
       "https://lemmy.diendanmo.vn/registration_applications"],
      "Lemmy new_application (f03dfd1): sent only to the instance's admins (local users with the admin flag), so the "
      "address holds an admin account there", **kw)


def wordpress() -> None:
    hdr = ["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]
    kw = dict(form="text", mid=MID_PHPMAILER.replace("{host}", "nhiepanhphanrang.vn"), footer="", extra=hdr)
    A(WORDPRESS, "signup-wording", "account_created", "en", "wordpress/new_user_notification",
      "[Hội Nhiếp ảnh Phan Rang] Login Details",
      ["Username: {user}", "To set your password, visit the following address:",
       "https://nhiepanhphanrang.vn/wp-login.php?login={user}&key={alnum20}&action=rp",
       "https://nhiepanhphanrang.vn/wp-login.php"],
      "WordPress wp_new_user_notification() user mail (pluggable.php), English site language; Vietnamese site name",
      **kw)
    A(WORDPRESS, "admin-notice", "notification", "en", "wordpress/new_user_notification_admin",
      "[Hội Nhiếp ảnh Phan Rang] New User Registration",
      ["New user registration on your site Hội Nhiếp ảnh Phan Rang:", "Username: thuhuong_pr",
       "Email: thuhuong.pr@gmail.com"],
      "WordPress wp_new_user_notification() admin mail to the admin_email option, which the installer sets to the "
      "first administrator's e-mail: the official runs the site with an admin account", **kw)
    A(WORDPRESS, "signup-wording", "password_reset", "en", "wordpress/retrieve_password",
      "[Hoi Nhiep anh Phan Rang] Password Reset",
      ["Someone has requested a password reset for the following account:", "Site Name: Hoi Nhiep anh Phan Rang",
       "Username: {user}", "If this was a mistake, ignore this email and nothing will happen.",
       "To reset your password, visit the following address:",
       "https://nhiepanhphanrang.vn/wp-login.php?login={user}&key={alnum20}&action=rp",
       "This password reset request originated from the IP address 27.72.{num2}.{num2}."],
      "WordPress retrieve_password() mail (wp-includes/user.php; wording from memory, not re-read), the site's "
      "name without diacritics", **kw)


allauth()
devise()
laravel()
supabase()
firebase()
mastodon()
discourse()
nodebb()
phpbb()
synapse()
keycloak()
gitea()
ghost()
lemmy()
wordpress()


# ==========================================================================
# Building the messages
# ==========================================================================

def expand(g) -> list:
    """Builds every templates message: a list of (generate.Spec, bytes)."""
    g.G = g.Gen(TEMPLATES_SEED)
    G = g.G
    out = []
    counter = 0
    for m in MESSAGES:
        s = dict(m["svc"])
        if "rcpt_index" in m:
            name, official = OFFICIALS[m["rcpt_index"]]
        else:
            name, official = OFFICIALS[counter % len(OFFICIALS)]
            counter += 1
        lang = m["lang"]
        vi = m.get("vi_form", "nfc") if lang == "vi" else None
        rcpt_name = name if G.randint(0, 2) else ""
        v = g.variables(official, name)
        fill = fresh2.Filler(G, v)
        sender = s["sender"]
        fdom = sender.split("@")[1]
        host = s["mta"] or fdom
        fill.v["host"] = host
        traits: list[str] = [f"template:{m['template']}"]
        spec = g.Spec(svc=g.Svc(name=s["name"], sender=sender, domain=s["domain"], display=s["display"],
                                dkim=s["dkim"], relay=s["relay"], mta=s["mta"]),
                      expect=m["expect"], cause=m["cause"], event=m["event"], lang=lang,
                      subject=m["subject"], paragraphs=[], reason=m["reason"], split=SPLIT)
        spec.rcpt = official
        date, ts = G.date()
        authserv = fresh2.authserv_for(official, G)
        subject = fill(m["subject"])
        paras = [fill(p) for p in m["paras"]]
        footer = fill(m.get("footer", ""))
        if lang == "vi":
            subject = g.vi_form(subject, vi)
            paras = [g.vi_form(p, vi) for p in paras]
            footer = g.vi_form(footer, vi)
            traits.append("vi:" + vi)

        relay = s["relay"]
        rp = g.relay_parts(spec.svc, official, relay)
        if rp["host"].endswith(".google.com"):
            rp["ip"] = f"209.85.220.{G.randint(1, 250)}"
        if s["mid"]:
            rp["message_id"] = fill(s["mid"]).strip("<>")
        elif m.get("mid") and not relay:
            rp["message_id"] = fill(m["mid"]).strip("<>")
        return_path = rp["return_path"]
        if m.get("return_path_sender"):
            return_path = sender  # phpBB sets Return-Path to the board's e-mail
        if m.get("verp") == "discourse":
            return_path = f"noreply+verp-{G.hexs(32)}@{fdom}"
            traits.append("verp:discourse")
        dkim_d = s["dkim"] or g.reg(fdom)
        spf_dom = rp["spf_domain"]

        lines = [f"Return-Path: <{return_path}>", f"Delivered-To: {official}",
                 fresh2.local_received(authserv, official, date, G),
                 f"X-Virus-Scanned: amavisd-new at {authserv}",
                 g.fold("Authentication-Results", fresh2.auth_results(g, authserv, "pass", dkim_d, fdom, spf_dom)),
                 f"Received: from {rp['host']} ({rp['host']} [{rp['ip']}])\r\n"
                 f"\tby {authserv} (Postfix) with ESMTPS id {G.alnum(11).upper()}\r\n\tfor <{official}>; {date}",
                 g.dkim_header(dkim_d, G.choice(["s1", "default", "mail", "k1", "dkim"]), ts)]
        for d2 in rp["dkim_extra"]:
            lines.append(g.dkim_header(d2, G.choice(["224i4yxa5dv7c2xz3womw6peuasteono", "smtpapi", "mte1"]), ts))
        disp = s["display"]
        lines.append(f"From: {g.display(disp, sender, 'b')}" if disp else f"From: {sender}")
        lines.append(f"To: {g.display(rcpt_name, official, 'b')}" if rcpt_name else f"To: {official}")
        lines.append("Subject: " + g.encode_header_text(subject, "b" if G.randint(0, 1) else "q"))
        lines.append(f"Date: {date}")
        lines.append(f"Message-ID: <{rp['message_id']}>")
        lines.append("MIME-Version: 1.0")
        for h in m.get("extra", []):
            lines.append(fill(h))
        lines.extend(rp["extra"])
        if any(h.startswith("List-Unsubscribe:") for h in m.get("extra", [])):
            traits.append("list-headers")
        for h in m.get("extra", []):
            if h.startswith("X-Mailer:"):
                traits.append("x-mailer:" + h.split(":", 1)[1].strip().split()[0].lower())
                break
        if relay:
            traits.insert(1, f"relay:{relay}")

        form = m.get("form") or "html+text"
        cte = m.get("cte") or G.choice(["8bit", "quoted-printable", "quoted-printable", "base64"])
        traits.append("body:" + form)
        traits.append("cte:" + cte)
        if form == "text":
            if any(p.startswith(("[button]", "[big]")) for p in paras):
                body_text = g.text_page(paras, footer)
            else:
                body_text = "\n\n".join(paras) + ("\n\n" + footer if footer else "") + "\n"
            lines.append("Content-Type: text/plain; charset=UTF-8")
            lines.append(f"Content-Transfer-Encoding: {cte}")
            raw = "\r\n".join(lines).encode() + b"\r\n\r\n" + g.body_bytes(body_text, cte)
        else:
            page = g.html_page(paras, subject, footer, False)
            if form == "html":
                lines.append("Content-Type: text/html; charset=UTF-8")
                lines.append(f"Content-Transfer-Encoding: {cte}")
                raw = "\r\n".join(lines).encode() + b"\r\n\r\n" + g.body_bytes(page, cte)
            else:
                boundary = f"--==_mimepart_{G.hexs(13)}_{G.digits(6)}"
                lines.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
                chunks = ["\r\n".join(lines).encode(), b"\r\n\r\n"]
                for ctype, content in (("text/plain; charset=UTF-8", g.text_page(paras, footer)),
                                       ("text/html; charset=UTF-8", page)):
                    chunks.append(f"--{boundary}\r\nContent-Type: {ctype}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
                                  .encode())
                    chunks.append(g.body_bytes(content, cte))
                    chunks.append(b"\r\n")
                chunks.append(f"--{boundary}--\r\n".encode())
                raw = b"".join(chunks)
        spec.traits = traits
        spec.address, spec.recipients, spec.owner = official, [official], None
        spec.slug = g.slugify(f"{m['template'].split('/')[0]}-{m['template'].split('/')[1]}")
        out.append((spec, raw))
    return out
