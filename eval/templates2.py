"""The templates2 split of the evaluation set (see eval/README.md, "The templates2 split").

A second split of real e-mail templates of open-source software, from packages
the first templates split did not use: Redmine, Moodle, Zulip, Ory Kratos,
Drupal core, Odoo, Grafana, WooCommerce and Auth.js (NextAuth). Their English
texts and, where the project or its language pack has one, the Vietnamese
translation, rendered with invented values. Called by generate.py after the
templates split, from a seed of its own, so every other split keeps its bytes.
Standard library only, deterministic. Reuses fresh2.py's header helpers and
templates.py's Message-ID forms (both read-only).

Written without reading the detector (src/rules, src/detector, src/catalog,
src/bounce.rs, src/auth.rs, src/classify.rs), the catalog files, nor the
`--misses` output of other splits.

Sources (repository, path, commit of the stored version read). Only the short
template texts are used, as test mail, with their origin named:

- redmine/redmine 890812e49cc60e96c7c252b7dedbd881a4edba55 (GPL-2.0):
  config/locales/en.yml and vi.yml (mail_subject_register, mail_body_register,
  mail_subject_lost_password, mail_body_lost_password(_validity),
  mail_body_account_information, mail_subject_account_activation_request,
  mail_body_account_activation_request, mail_subject_security_notification,
  mail_body_password_updated, twofa_mail_body_security_notification_paired,
  mail_subject_reminder, mail_body_reminder, text_issue_added,
  mail_subject_wiki_content_added, field_login, field_password, label_login,
  ...), app/views/mailer/*.text.erb, app/views/layouts/mailer.text.erb,
  config/settings.yml (emails_footer default), app/models/mailer.rb (X-Mailer:
  Redmine, X-Redmine-Host, X-Redmine-Site, X-Redmine-Project, X-Redmine-Issue-*,
  X-Auto-Response-Suppress: All, Auto-Submitted: auto-generated, List-Id
  `<project.from-address-with-dots>`, Message-ID `redmine.<object>-<id>.<UTC
  timestamp>.<user id>@<mail_from host>`, From display name = app title).
- Moodle: the Vietnamese language pack lang/vi/moodle.php and lang/vi/forum.php
  as copied into nguyenluan/moodledata 984655b123ef524f9f2a5d225062de569fa09d0d
  (a site's moodledata holding the AMOS pack, 2014; not the project's own
  repository): emailconfirmation(subject), newusernewpasswordsubj/text,
  emailpasswordchangeinfo(subject), emailpasswordconfirmation(subject),
  newpasswordtext, welcometocourse(text), digestmailsubject/header. English
  core strings read from verbatim copies found by code search (auth_oauth2's
  confirmaccountemail, identical to core emailconfirmation, in a Totara copy;
  emailresetconfirmation(subject) in a copy of lang/en/moodle.php), not at a
  moodle/moodle commit. Moodle's own headers are not confirmed, so none but
  the PHPMailer Message-ID form are added.
- zulip/zulip templates/zerver/emails (Apache-2.0): account_registered.txt
  (33572e8) and .subject.txt (4aab119), confirm_registration.txt (0056472)
  and .subject.txt (038a928), password_reset.txt (25cdace), notify_new_login.txt
  (0c59837), missed_message.txt (003105f). English only (the Vietnamese
  django.po was not read). The missed-message subject and the invitation text
  are from memory, and say so; "Zulip Account Security" is the From name of
  notify_new_login's signature.
- ory/kratos b86338da04a040247a07f46100a86dcfb3875909 (Apache-2.0):
  courier/template/courier/builtin/templates/{verification,verification_code,
  registration_code,login_code,recovery,recovery_code}/valid/email.subject
  .gotmpl and email.body.plaintext.gotmpl, recovery_code/invalid,
  authenticator_key_added, verifiable_address_changed. English only.
- drupal/drupal core/modules/user/config/install/user.mail.yml at
  1d1fe19702f5dc6894acc45431b1d0c85ab306d7 (GPL-2.0). The mail headers
  (X-Mailer: Drupal, Sender and Return-Path set to the site mail,
  text/plain; format=flowed; delsp=yes, 8Bit) are Drupal's MailManager
  defaults as remembered, not re-read.
- odoo/odoo addons/auth_signup/i18n/vi.po at
  00628c2e4532df6e7e8abea5c8620b7254499a73 (LGPL-3.0): msgids are the English
  templates (mail_template_user_signup_account_created, set_password_email,
  reset_password_email, alert_login_new_device), msgstrs their Vietnamese
  translation where present (the reset-password and new-device bodies are
  untranslated there, so a Vietnamese database sends them with only the
  translated greeting and button). The subjects are from memory. Odoo's
  Message-ID (`<time.random-openerp-<res_id>-<model>@host>`) and bounce alias
  (`bounce+<mail id>-<model>-<res_id>@<domain>`) are as remembered.
- grafana/grafana emails/templates/{signup_started,reset_password,
  welcome_on_signup,invited_to_org}.txt (AGPL-3.0): the stored versions are
  downstream copies under that path (Percona PMM, "Oodle") naming their
  product; Grafana's own product name is put back, which is how Grafana's
  upstream texts read ("Welcome to Grafana, please complete your sign up!",
  "Reset your Grafana password - <name>"). new_user_invite is from memory.
- woocommerce/woocommerce plugins/woocommerce/templates/emails/plain/
  customer-new-account.php at 09040b134f7c83a6ec3faf52eaf1ffb50c50a335
  (GPL-3.0); the default subjects and the reset-password and processing-order
  bodies are from memory. English only (WooCommerce's Vietnamese lives on
  translate.wordpress.org, not read).
- Auth.js / NextAuth's default e-mail provider text ("Sign in to <host>", a
  "Sign in" button, "If you did not request this email you can safely ignore
  it.") from memory of packages/core/src/providers/nodemailer.ts; not re-read.

Headers not confirmed in source are kept to what fresh2 and templates already
used. Sending addresses: the instance's own address on invented domains.
"""

from __future__ import annotations

import html

import fresh2
import templates as T

TEMPLATES2_SEED = 20261223
SPLIT = "templates2"

# Officials of this split: units used in no other split.
OFFICIALS = [
    ("Nông Văn Thắng", "thangnv@sotttt.caobang.gov.vn"),
    ("Bế Thị Hồng Nhung", "nhungbth@ubnd.hoaan.caobang.gov.vn"),
    ("Lò Văn Hùng", "hunglv@sgddt.laichau.gov.vn"),
    ("Tòng Thị Mai", "maitt@sinho.laichau.gov.vn"),
    ("Điểu Minh Trí", "tridm@daknong.gov.vn"),
    ("Y Bhin Niê", "ybhin@stnmt.daknong.gov.vn"),
    ("Hoàng Thị Thu Trang", "tranghtt@skhdt.binhphuoc.gov.vn"),
    ("Đinh Công Tuấn", "tuandc@binhphuoc.gov.vn"),
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


MID_REDMINE = "<redmine.{obj}-{num4}.2025{num10}.{num3}@{host}>"
MID_ODOO = "<17{num8}.{num6}.{num6}-openerp-{num4}-res.users@{host}>"
AUTO = T.AUTO


# ==========================================================================
# Senders (invented instance domains)
# ==========================================================================

REDMINE_VI = svc("Quản lý Dự án Số", "redmine@quanlyduan-so.vn", "quanlyduan-so.vn", mta="redmine.quanlyduan-so.vn")
REDMINE_EN = svc("PhanMemMo Tracker", "tracker@phanmemmo.vn", "phanmemmo.vn", relay="sendgrid")
MOODLE_VI = svc("Học trực tuyến Sao Mai", "noreply@hoctructuyen.ngoaingu-saomai.edu.vn", "ngoaingu-saomai.edu.vn",
                mta="hoctructuyen.ngoaingu-saomai.edu.vn")
MOODLE_EN = svc("Kỹ năng số Academy", "noreply@lms.kynangso-academy.vn", "kynangso-academy.vn", relay="ses-custom")
ZULIP = svc("Zulip", "noreply-{alnum16}@chat.nhomdulieumo.vn", "nhomdulieumo.vn", mta="chat.nhomdulieumo.vn")
ZULIP_SEC = svc("Zulip Account Security", "noreply-{alnum16}@chat.nhomdulieumo.vn", "nhomdulieumo.vn",
                mta="chat.nhomdulieumo.vn")
KRATOS = svc("", "no-reply@id.ketnoicongdong.vn", "ketnoicongdong.vn", relay="ses-custom", display="")
KRATOS2 = svc("Sàn Việc Sạch", "no-reply@auth.sanviecsach.vn", "sanviecsach.vn", mta="auth.sanviecsach.vn")
DRUPAL = svc("Hội Nông dân Số", "noreply@hoinongdanso.vn", "hoinongdanso.vn", mta="web01.hoinongdanso.vn")
DRUPAL2 = svc("Thư viện Ảnh Di sản", "info@thuvienanhdisan.org.vn", "thuvienanhdisan.org.vn", relay="mailgun")
ODOO_VI = svc("Vật tư Hoàng Phát", "info@vattuhoangphat.vn", "vattuhoangphat.vn", mta="erp.vattuhoangphat.vn")
ODOO_EN = svc("Mekong Agri Export", "sales@mekongagri-export.com", "mekongagri-export.com", relay="mailgun")
GRAFANA = svc("Grafana", "grafana@giamsat-hatang.vn", "giamsat-hatang.vn", mta="grafana.giamsat-hatang.vn")
WOO = svc("Đồ Gỗ Mỹ Nghệ Việt", "hotro@dogomynghe-viet.vn", "dogomynghe-viet.vn", mta="dogomynghe-viet.vn")
AUTHJS = svc("Sổ Tay Họp", "no-reply@sotayhop.vn", "sotayhop.vn", relay="resend")


# ==========================================================================
# The messages
# ==========================================================================

def redmine() -> None:
    def hdr(host, site, project=None, extra=()):
        from_addr = "redmine@quanlyduan-so.vn" if host.startswith("redmine.") else "tracker@phanmemmo.vn"
        lid = f"<{project}.{from_addr.replace('@', '.')}>" if project else f"<{from_addr.replace('@', '.')}>"
        h = ["X-Mailer: Redmine", f"X-Redmine-Host: {host}", f"X-Redmine-Site: {site}",
             "X-Auto-Response-Suppress: All", "Auto-Submitted: auto-generated", f"List-Id: {lid}"]
        if project:
            h.append(f"X-Redmine-Project: {project}")
        return h + list(extra)
    vi_host, vi_site = "redmine.quanlyduan-so.vn", "Quản lý Dự án Số"
    en_host, en_site = "support.phanmemmo.vn", "PhanMemMo Tracker"
    foot_en = ("You have received this notification because you have either subscribed to it, or are involved in it.\n"
               "To change your notification preferences, please click here: https://{h}/my/account")
    vi = dict(form="text", mid=MID_REDMINE.replace("{host}", "quanlyduan-so.vn"), extra=hdr(vi_host, vi_site),
              footer="-- \n" + foot_en.replace("{h}", vi_host))
    en = dict(form="html+text", mid=MID_REDMINE.replace("{host}", "phanmemmo.vn"), extra=hdr(en_host, en_site),
              footer="-- \n" + foot_en.replace("{h}", en_host))
    src = "Redmine {k} (redmine 890812e), app/views/mailer/{v}.text.erb"
    A(REDMINE_VI, "signup-wording", "email_verification", "vi", "redmine/register",
      "Quản lý Dự án Số: kích hoạt tài khoản",
      ["Để kích hoạt tài khoản, hãy click chuột vào liên kết sau:",
       f"https://{vi_host}/account/activate?token={{hex40}}"],
      src.format(k="vi.yml mail_subject_register / mail_body_register", v="register") + ", Vietnamese site",
      obj="token", **vi)
    A(REDMINE_EN, "signup-wording", "email_verification", "en", "redmine/register",
      "Your PhanMemMo Tracker account activation",
      ["To activate your account, click on the following link:", f"https://{en_host}/account/activate?token={{hex40}}"],
      src.format(k="en.yml mail_subject_register / mail_body_register", v="register"), obj="token", **en)
    A(REDMINE_VI, "signup-wording", "password_reset", "vi", "redmine/lost_password",
      "Quản lý Dự án Số: mật mã của bạn",
      ["Để đổi mật mã, hãy click chuột vào liên kết sau:", f"https://{vi_host}/account/lost_password?token={{hex40}}",
       "Xin lưu ý rằng bạn chỉ có thể thay đổi mật khẩu một lần bằng cách sử dụng liên kết này.",
       "Đăng nhập: {user}"],
      src.format(k="vi.yml mail_subject_lost_password / mail_body_lost_password(_validity), field_login",
                 v="lost_password"), obj="token", **vi)
    A(REDMINE_VI, "signup-wording", "password_reset", "vi", "redmine/lost_password",
      "Quản lý Dự án Số: mật mã của bạn",
      ["Để đổi mật mã, hãy click chuột vào liên kết sau:", f"https://{vi_host}/account/lost_password?token={{hex40}}",
       "Xin lưu ý rằng bạn chỉ có thể thay đổi mật khẩu một lần bằng cách sử dụng liên kết này.",
       "Đăng nhập: {user}"],
      src.format(k="vi.yml lost_password", v="lost_password") + ", written without diacritics",
      obj="token", vi_form="ascii", **vi)
    A(REDMINE_EN, "signup-wording", "password_reset", "en", "redmine/lost_password",
      "Your PhanMemMo Tracker password",
      ["To change your password, click on the following link:", f"https://{en_host}/account/lost_password?token={{hex40}}",
       "Please be aware that you may change the password only once using this link.", "Login: {user}"],
      src.format(k="en.yml mail_subject_lost_password", v="lost_password"), obj="token", **en)
    A(REDMINE_VI, "signup-wording", "account_created", "vi", "redmine/account_information",
      "Quản lý Dự án Số: kích hoạt tài khoản",
      ["Thông tin về tài khoản:\n* Đăng nhập: {user}\n* Mật khẩu: {alnum12}", f"Đăng nhập: https://{vi_host}/login"],
      src.format(k="vi.yml mail_body_account_information (an administrator created the account and sent its "
                 "details)", v="account_information"), obj="user", **vi)
    A(REDMINE_EN, "signup-wording", "account_created", "en", "redmine/account_information",
      "Your PhanMemMo Tracker account activation",
      ["Your account information:\n* Login: {user}\n* Password: {alnum12}", f"Sign in: https://{en_host}/login"],
      src.format(k="en.yml mail_body_account_information", v="account_information"), obj="user", **en)
    A(REDMINE_VI, "admin-notice", "notification", "vi", "redmine/account_activation_request",
      "Quản lý Dự án Số: Yêu cầu chứng thực tài khoản",
      ["Người dùng (thanhhuong.qlda) mới đăng ký và cần bạn xác nhận:",
       f"https://{vi_host}/users?sort=status%2Cid%3Adesc&status=2"],
      src.format(k="vi.yml mail_subject_account_activation_request", v="account_activation_request") +
      ": sent only to the site's active administrators, so the address holds an admin account",
      obj="user", **vi)
    A(REDMINE_EN, "admin-notice", "notification", "en", "redmine/account_activation_request",
      "PhanMemMo Tracker account activation request",
      ["A new user (minhquan_dev) has registered. The account is pending your approval:",
       f"https://{en_host}/users?sort=status%2Cid%3Adesc&status=2"],
      src.format(k="en.yml mail_subject_account_activation_request", v="account_activation_request") +
      ": sent to the administrators only", obj="user", **en)
    A(REDMINE_VI, "password-changed", "security_alert", "vi", "redmine/security_notification",
      "[Quản lý Dự án Số] Thông báo bảo mật",
      ["Mật khẩu của bạn đã được thay đổi.", f"https://{vi_host}/my/password", "Người dùng: {user}",
       "địa chỉ IP: 113.190.{num2}.{num2}", "Ngày: {day} 08:41"],
      src.format(k="vi.yml mail_subject_security_notification, mail_body_password_updated",
                 v="security_notification") + " (X-Redmine-Sender)", obj="user",
      **dict(vi, extra=hdr(vi_host, vi_site, extra=["X-Redmine-Sender: {user}",
                                                      f"X-Redmine-Url: https://{vi_host}/my/password"])))
    A(REDMINE_EN, "password-changed", "security_alert", "en", "redmine/security_notification",
      "[PhanMemMo Tracker] Security notification",
      ["Your password has been changed.", f"https://{en_host}/my/password", "User: {user}",
       "IP address: 27.64.{num2}.{num2}", "Date: {day} 10:05 PM"],
      src.format(k="en.yml mail_body_password_updated", v="security_notification"), obj="user",
      **dict(en, extra=hdr(en_host, en_site, extra=["X-Redmine-Sender: {user}"])))
    A(REDMINE_VI, "two-factor", "security_alert", "vi", "redmine/security_notification_twofa",
      "[Quản lý Dự án Số] Thông báo bảo mật",
      ["Đã bật xác thực hai yếu tố thành công bằng cách sử dụng Ứng dụng xác thực (TOTP).",
       f"https://{vi_host}/my/account", "Người dùng: {user}", "địa chỉ IP: 14.231.{num2}.{num2}", "Ngày: {day} 15:12"],
      src.format(k="vi.yml twofa_mail_body_security_notification_paired", v="security_notification"),
      obj="user", vi_form="nfd", **vi)
    A(REDMINE_EN, "workspace-notice", "activity_notification", "en", "redmine/reminder",
      "3 issue(s) due in the next 7 days",
      ["3 issue(s) that are assigned to you are due in the next 7 days:",
       "* Cổng dữ liệu mở - Bug #{num4}: Export CSV breaks on Vietnamese headers (Due in 2 days)\n"
       "* Cổng dữ liệu mở - Task #{num4}: Review API rate limits (Due in 5 days)\n"
       "* Ứng dụng Hỏi đáp - Feature #{num4}: SSO with VNeID (Due in 6 days)",
       "View all issues (12 open)", f"https://{en_host}/issues?assigned_to_id=me&set_filter=1&sort=due_date%3Aasc"],
      src.format(k="en.yml mail_subject_reminder / mail_body_reminder", v="reminder") +
      ": sent to the assignee's account", obj="user", **en)
    A(REDMINE_VI, "workspace-notice", "activity_notification", "vi", "redmine/issue_add",
      "[Chuyển đổi số xã - Lỗi #{num4}] (Mới) Lỗi đồng bộ danh mục hành chính",
      ["Vấn đề #{num4} đã được báo cáo bởi Trần Quốc Việt.", "----------------------------------------",
       "Lỗi #{num4}: Lỗi đồng bộ danh mục hành chính",
       f"https://{vi_host}/issues/{{num4}}",
       "* Tác giả: Trần Quốc Việt\n* Trạng thái: Mới\n* Mức ưu tiên: Cao\n* Phân công cho: {name}\n"
       "* Kiểu vấn đề: Lỗi", "Danh mục đơn vị hành chính sau sắp xếp không đồng bộ về phần mềm một cửa."],
      src.format(k="vi.yml text_issue_added and field labels; subject form of Mailer#issue_add", v="issue_add") +
      ": a member's notification about an issue assigned to them", obj="issue",
      **dict(vi, extra=hdr(vi_host, vi_site, "chuyen-doi-so-xa",
                           ["X-Redmine-Issue-Tracker: Lỗi", "X-Redmine-Issue-Id: {num4}",
                            "X-Redmine-Issue-Author: viettq", "X-Redmine-Issue-Assignee: {user}",
                            "X-Redmine-Issue-Priority: Cao", "X-Redmine-Sender: viettq"])))
    A(REDMINE_EN, "workspace-notice", "activity_notification", "en", "redmine/wiki_content_added",
      "[Open Data Portal] 'Deployment_checklist' wiki page has been added",
      ["The 'Deployment_checklist' wiki page has been added by Phạm Gia Huy.",
       f"https://{en_host}/projects/open-data-portal/wiki/Deployment_checklist"],
      src.format(k="en.yml mail_subject_wiki_content_added", v="wiki_content_added") +
      ": sent to project members watching the wiki", obj="wiki_content",
      **dict(en, extra=hdr(en_host, en_site, "open-data-portal", ["X-Redmine-Wiki-Page: Deployment_checklist"])))


def moodle() -> None:
    vi_site = "Học trực tuyến Sao Mai"
    base_vi = "https://hoctructuyen.ngoaingu-saomai.edu.vn"
    base_en = "https://lms.kynangso-academy.vn"
    admin_vi = "Nguyễn Thị Hạnh\nhanh.nt@ngoaingu-saomai.edu.vn"
    kw = dict(form="text", mid=T.MID_PHPMAILER.replace("{host}", "hoctructuyen.ngoaingu-saomai.edu.vn"), footer="")
    kwe = dict(form="text", footer="")
    A(MOODLE_VI, "signup-wording", "email_verification", "vi", "moodle/emailconfirmation",
      f"{vi_site}: xác nhận mở tài khoản",
      ["Xin chào {name},", f"Đã một yêu cầu tạo tài khoản thành viên '{vi_site}'\ncho địa chỉ thư điện tử của bạn.",
       "Để xác nhận tài khoản mới này, xin vui lòng truy cập địa chỉ sau:",
       f"{base_vi}/login/confirm.php?data={{alnum15}}/{{user}}",
       "Thông thường địa chỉ này màu xanh và bạn có thể nhấn chuột để mở ra trong trình duyệt mạng. Nếu không được, "
       "bạn có thể cắt và dán địa chỉ đó vào trong dòng địa chỉ ở đầu cửa sổ trình duyệt.",
       "Nếu bạn cần sự trợ giúp, vui lòng liên lạc với Quản trị viên của hệ thống,\n" + admin_vi],
      "Moodle emailconfirmation / emailconfirmationsubject, Vietnamese pack lang/vi/moodle.php (copy in "
      "nguyenluan/moodledata 984655b)", **kw)
    A(MOODLE_VI, "signup-wording", "email_verification", "vi", "moodle/emailconfirmation",
      f"{vi_site}: xác nhận mở tài khoản",
      ["Xin chào {name},", f"Đã một yêu cầu tạo tài khoản thành viên '{vi_site}'\ncho địa chỉ thư điện tử của bạn.",
       "Để xác nhận tài khoản mới này, xin vui lòng truy cập địa chỉ sau:",
       f"{base_vi}/login/confirm.php?data={{alnum15}}/{{user}}",
       "Nếu bạn cần sự trợ giúp, vui lòng liên lạc với Quản trị viên của hệ thống,\n" + admin_vi],
      "Moodle emailconfirmation, Vietnamese pack (copy in nguyenluan/moodledata 984655b), written without "
      "diacritics", vi_form="ascii", **kw)
    A(MOODLE_EN, "signup-wording", "email_verification", "en", "moodle/emailconfirmation",
      "Kỹ năng số Academy: account confirmation",
      ["Hi {name},", "A new account has been requested at 'Kỹ năng số Academy'\nusing your email address.",
       "To confirm your new account, please go to this web address:",
       f"{base_en}/login/confirm.php?data={{alnum15}}/{{user}}",
       "In most mail programs, this should appear as a blue link\nwhich you can just click on.  If that doesn't work,\n"
       "then cut and paste the address into the address\nline at the top of your web browser window.",
       "If you need help, please contact the site administrator,\nAdmin User"],
      "Moodle emailconfirmation (English core string, read from a verbatim copy in a Totara auth_oauth2 language "
      "file found by code search)", **kwe)
    A(MOODLE_VI, "signup-wording", "account_created", "vi", "moodle/newusernewpasswordtext",
      "Tài khoản thành viên mới",
      ["Xin chào {name},", f"Tài khoản của bạn tại '{vi_site}'\nđã được tạo ra với một mật khẩu tạm thời.",
       "Thông tin đăng nhập hiện thời của bạn là:\n   kí danh: {user}\n   mật khẩu: {alnum10}\n"
       "(bạn sẽ phải đổi lại mật khẩu ở lần truy cập đầu tiên)",
       f"Để bắt đầu sử dụng hệ thống '{vi_site}', hãy đăng nhập tại địa chỉ sau:\n{base_vi}/login/",
       "Thông thường, địa chỉ này màu xanh và có thể nhấn lên để mở ra được trong trình duyệt mạng. Nếu không được, "
       "bạn có thể cắt và dán địa chỉ này vào ô địa chỉ trên đầu cửa sổ trình duyệt.", "Thân ái,\n" + admin_vi],
      "Moodle newusernewpasswordsubj / newusernewpasswordtext, Vietnamese pack (moodledata copy 984655b): an "
      "administrator created the account", **kw)
    A(MOODLE_VI, "signup-wording", "password_reset", "vi", "moodle/emailpasswordchangeinfo",
      f"{vi_site}: Thong tin thay doi mat khau",
      ["Xin chào {name},", f"Có người (nhiều khả năng là bạn) đã yêu cầu gửi lại mật khẩu đăng nhập tài khoản của bạn "
       f"tại '{vi_site}'.", "Để đổi lại mật khẩu, xin vui lòng truy cập địa chỉ sau:",
       f"{base_vi}/login/forgot_password.php", "Nếu cần giúp đỡ, xin vui lòng liên hệ với quản trị viên,\n" + admin_vi],
      "Moodle emailpasswordchangeinfo, Vietnamese pack (moodledata copy 984655b); its subject is written without "
      "diacritics in the pack itself", **kw)
    A(MOODLE_VI, "signup-wording", "password_reset", "vi", "moodle/emailpasswordconfirmation",
      f"{vi_site}: Xac nhan thay doi mat khau",
      ["Xin chào {name},", f"Có người (nhiều khả năng là bạn) đã yêu cầu gửi lại mật khẩu đăng nhập tài khoản của bạn "
       f"tại '{vi_site}'.", "Để xác nhận điều này và sau đó nhận được mật khẩu mới qua điện thư, xin vui lòng truy cập "
       "địa chỉ sau:", f"{base_vi}/login/confirm.php?data={{alnum15}}/{{user}}&p=1",
       "Nếu cần giúp đỡ, xin vui lòng liên hệ với quản trị viên,\n" + admin_vi],
      "Moodle emailpasswordconfirmation(subject), Vietnamese pack (moodledata copy 984655b)", vi_form="nfd", **kw)
    A(MOODLE_VI, "password-changed", "security_alert", "vi", "moodle/newpasswordtext",
      f"{vi_site}: Mật khẩu mới",
      ["Xin chào {name},", f"Mật khẩu truy cập của bạn tại '{vi_site}' đã được tạo lại và thay thế bằng một mật khẩu "
       "tạm thời.", "Thông tin đăng nhập hiện nay của bạn là:\n   kí danh: {user}\n   mật khẩu: {alnum10}",
       f"Xin vui lòng mở trang này ra để đổi lại mật khẩu:\n   {base_vi}/login/change_password.php",
       f"Thân ái,\nBan quản trị '{vi_site}'\n" + admin_vi],
      "Moodle newpasswordtext, Vietnamese pack (moodledata copy 984655b); the subject key (newpasswordsubj?) was "
      "not read, its wording is the writer's", **kw)
    A(MOODLE_EN, "signup-wording", "password_reset", "en", "moodle/emailresetconfirmation",
      "Kỹ năng số Academy: Password reset request",
      ["Hi {name},", "A password reset was requested for your account '{user}' at Kỹ năng số Academy.",
       "To confirm this request, and set a new password for your account, please\ngo to the following web address:",
       f"{base_en}/login/forgot_password.php?token={{alnum32}}",
       "(This link is valid for 30 minutes from the time this reset was first requested)",
       "If this password reset was not requested by you, no action is needed.",
       "If you need help, please contact the site administrator,\nAdmin User"],
      "Moodle emailresetconfirmation(subject) (English, read from a verbatim copy of the core strings found by code "
      "search)", **kwe)
    A(MOODLE_VI, "oss-template", "notification", "vi", "moodle/welcometocourse",
      "Chào mừng bạn đến với Tiếng Anh giao tiếp cho cán bộ - K12",
      ["Chào mừng bạn đến với khoá học Tiếng Anh giao tiếp cho cán bộ - K12!",
       "Để bắt đầu, trước tiên mời bạn sửa lại thông tin cá nhân cho đầy đủ để mọi người trong khoá học đều có thể biết "
       f"đến bạn:\n\n  {base_vi}/user/view.php?id={{num4}}&course={{num3}}"],
      "Moodle welcometocourse / welcometocoursetext (self-enrolment welcome), Vietnamese pack (moodledata copy "
      "984655b): sent to an enrolled user's account", **kw)
    A(MOODLE_VI, "forum-digest", "activity_notification", "vi", "moodle/forum_digest",
      "HTTT-SM: Phân loại diễn đàn",
      [f"Đây là sự tóm tắt các bài viết mới hàng ngày từ  {vi_site} các diễn đàn. Để thay đổi email diễn đàn đẹp hơn, "
       "đi tới Hồ sơ cá nhân.", "Tiếng Anh giao tiếp cho cán bộ - K12 -> Diễn đàn tin tức -> Lịch thi cuối khóa",
       "bởi Nguyễn Thị Hạnh - Thứ Hai, 10 tháng 11 2025, 8:15", "Lịch thi nói cuối khóa đã được cập nhật trên hệ thống.",
       f"Nhìn bài viết này trong ngữ cảnh: {base_vi}/mod/forum/discuss.php?d={{num3}}#p{{num4}}",
       f"Hủy đăng ký tham gia diễn đàn này: {base_vi}/mod/forum/subscribe.php?id={{num3}}"],
      "Moodle forum digest: digestmailsubject, digestmailheader, postincontext, unsubscribe of the Vietnamese "
      "forum.php (moodledata copy 984655b), the site's short name in the subject", **kw)


def zulip() -> None:
    host = "https://chat.nhomdulieumo.vn"
    kw = dict(form="html+text", mid=T.MID_PY.replace("{host}", "chat.nhomdulieumo.vn"), footer="")
    A(ZULIP, "signup-wording", "email_verification", "en", "zulip/confirm_registration",
      "Activate your Zulip account",
      ["Hello there.", "You recently signed up for Zulip. Awesome!", "To complete signup, please click here:",
       f"<{host}/accounts/do_confirm/{{alnum24}}>",
       "Feel free to give us a shout at <hotro@nhomdulieumo.vn> if you have any questions.", "Cheers,\nTeam Zulip"],
      "Zulip confirm_registration.txt (0056472) and .subject.txt (038a928)", **kw)
    A(ZULIP, "signup-wording", "account_created", "en", "zulip/account_registered",
      "Nhóm Dữ liệu Mở on Zulip: Your new account details",
      ["Welcome to Zulip!", "You've joined the Zulip organization Nhóm Dữ liệu Mở.",
       "You will use the following info to log into the Zulip web, mobile and desktop apps (https://zulip.com/apps/):",
       f"* Organization URL: {host}\n\n* Your account email: {{rcpt}}",
       "If you are new to Zulip, check out our Getting started guide (https://zulip.com/help/getting-started-with-zulip)!",
       "If you have any questions, please contact this Zulip server's administrators at hotro@nhomdulieumo.vn."],
      "Zulip account_registered.txt (33572e8) and .subject.txt (4aab119)", **kw)
    A(ZULIP, "signup-wording", "password_reset", "en", "zulip/password_reset",
      "Reset your Zulip password",
      ["Psst. Word on the street is that you need a new password, {rcpt}.",
       "It's all good. Follow the link below and we'll take care of the rest:",
       f"{host}/accounts/password/reset/{{alnum3}}/{{alnum6}}-{{hex32}}/", "Thanks,\nYour friends at Zulip HQ"],
      "Zulip password_reset.txt (25cdace); the subject is the writer's memory of password_reset.subject.txt",
      **kw)
    N(ZULIP, "no-account", "none", "en", "zulip/password_reset_no_account",
      "Reset your Zulip password",
      ["Someone (possibly you) requested a password reset email for\n{rcpt} on " + host + ", but\nyou do not have an "
       "active account in " + host + ".", "Thanks,\nYour friends at Zulip HQ"],
      "Zulip password_reset.txt no_account_in_realm branch (25cdace): the server says the address holds NO account "
      "there", **kw)
    A(ZULIP_SEC, "new-device", "security_alert", "en", "zulip/notify_new_login",
      "New login from Chrome on Windows",
      ["Hi,", "This is a notification that a new login to your Zulip account has just occurred.",
       f"Login details:\nServer: {host}\nAccount: {{rcpt}}\nTime: Monday, November 10, 2025 at 9:12 AM ICT\n"
       "Device: Chrome on Windows.\nIP Address: 113.176.{num2}.{num2}",
       "If you do not recognize this login activity, or think your account may have\nbeen compromised, please contact "
       "us immediately at hotro@nhomdulieumo.vn.", "If you recognize this login activity, you can archive this notice.",
       "Thanks,\nZulip Account Security"],
      "Zulip notify_new_login.txt (0c59837); the subject form is the writer's memory", **kw)
    A(ZULIP, "unread-messages", "activity_notification", "en", "zulip/missed_message",
      "DMs with Lưu Thanh Tâm",
      ["Anh xem giúp em bộ dữ liệu đất đai đã chuẩn hoá chưa nhé.",
       "Manage email preferences:", f"{host}/#settings/notifications",
       "Unsubscribe from missed message emails:", f"{host}/accounts/unsubscribe/missed_messages/{{alnum24}}",
       "Reply to this email directly, or view it in Zulip:", f"{host}/#narrow/dm/{{num3}},{{num3}}-dm"],
      "Zulip missed_message.txt (003105f); the DM subject is the writer's memory of email_notifications.py",
      **dict(kw, extra=[f"Reply-To: Zulip <mm{{alnum32}}@chat.nhomdulieumo.vn>"]))
    A(ZULIP, "unread-messages", "activity_notification", "en", "zulip/missed_message_mention",
      "#thong-bao > lịch họp tháng 11",
      ["@**{name}** lịch họp rà soát danh mục dữ liệu dời sang thứ Năm nhé.",
       "You are receiving this email because you were mentioned.", "Manage email preferences:",
       f"{host}/#settings/notifications", "Unsubscribe from missed message emails:",
       f"{host}/accounts/unsubscribe/missed_messages/{{alnum24}}", "Reply to this email directly, or view it in Zulip:",
       f"{host}/#narrow/channel/{{num2}}-thong-bao/topic/l.E1.BB.8Bch.20h.E1.BB.8Dp"],
      "Zulip missed_message.txt mention branch (003105f); stream subject form from memory", **kw)
    N(ZULIP, "invitation", "invitation", "en", "zulip/invitation",
      "Lưu Thanh Tâm invited you to join Nhóm Dữ liệu Mở",
      ["Hi there,", "Lưu Thanh Tâm (tamlt@nhomdulieumo.vn) wants you to join them on Zulip -- the team communication "
       "tool designed for productivity.", "To get started, visit the link below:",
       f"{host}/accounts/do_confirm/{{alnum24}}", "We hope you enjoy using Zulip!"],
      "Zulip invitation e-mail (wording from memory of invitation.txt): an invitation to an address with no account",
      **kw)


def kratos() -> None:
    kw = dict(form="html+text", mid=T.MID_NODEMAILER.replace("{host}", "id.ketnoicongdong.vn"), footer="")
    base = "https://id.ketnoicongdong.vn/self-service"
    src = "Ory Kratos courier/template/courier/builtin/templates/{t} email.subject.gotmpl and email.body.plaintext" \
          ".gotmpl (kratos b86338d)"
    A(KRATOS, "signup-wording", "email_verification", "en", "kratos/verification",
      "Please verify your email address",
      ["Verify your account by opening the following link:",
       f"{base}/verification?flow={{uuid}}&token={{alnum32}}",
       "If this was not you, do nothing. This link expires in 60 minutes."],
      src.format(t="verification/valid") + ": the default link template, From with no display name", **kw)
    A(KRATOS, "code-in-subject", "email_verification", "en", "kratos/verification_code",
      "Use code {code} to verify your account",
      ["Verify your account with the following code:", "[big]{code}", "or clicking the following link:",
       f"{base}/verification?code={{code}}&flow={{uuid}}",
       "If this was not you, do nothing. This code / link expires in 60 minutes."],
      src.format(t="verification_code/valid"), **kw)
    A(KRATOS2, "code-in-subject", "email_verification", "en", "kratos/registration_code",
      "Use code {code} to complete your account registration",
      ["Complete your account registration with the following code:", "[big]{code}",
       "This code expires in 15 minutes."],
      src.format(t="registration_code/valid") + ": a passwordless sign-up code", form="text", footer="",
      mid=T.MID_NODEMAILER.replace("{host}", "auth.sanviecsach.vn"))
    A(KRATOS2, "code-in-subject", "login_code", "en", "kratos/login_code",
      "Use code {code} to log in",
      ["Login to your account with the following code:", "[big]{code}", "It expires in 15 minutes."],
      src.format(t="login_code/valid"), form="text", footer="",
      mid=T.MID_NODEMAILER.replace("{host}", "auth.sanviecsach.vn"))
    A(KRATOS, "signup-wording", "password_reset", "en", "kratos/recovery",
      "Recover access to your account",
      ["Recover access to your account by clicking the following link:",
       f"{base}/recovery?flow={{uuid}}&token={{alnum32}}",
       "If this was not you, do nothing. This link expires in 60 minutes."],
      src.format(t="recovery/valid"), **kw)
    A(KRATOS2, "code-in-subject", "password_reset", "en", "kratos/recovery_code",
      "Use code {code} to recover access to your account",
      ["Recover access to your account by entering the following code:", "[big]{code}",
       "If this was not you, do nothing. This code expires in 15 minutes."],
      src.format(t="recovery_code/valid"), form="text", footer="",
      mid=T.MID_NODEMAILER.replace("{host}", "auth.sanviecsach.vn"))
    N(KRATOS2, "no-account", "none", "en", "kratos/recovery_code_invalid",
      "Account access attempted",
      ["Hi,", "you (or someone else) entered this email address when trying to recover access to an account.",
       "However, this email address is not on our database of registered users and therefore the attempt has failed.",
       "If this was you, check if you signed up using a different address.", "If this was not you, please ignore this "
       "email."],
      src.format(t="recovery_code/invalid") + ": the service says the address holds NO account", form="text",
      footer="", mid=T.MID_NODEMAILER.replace("{host}", "auth.sanviecsach.vn"))
    A(KRATOS, "two-factor", "security_alert", "en", "kratos/authenticator_key_added",
      "A new sign-in method was added to your account",
      ["Hello,", "A new sign-in method (device key) was added to your account. If you did\nthis, no further action is "
       "needed.", "If this wasn't you, secure your account immediately and contact support.",
       "Account ID: {uuid}\nAdded at: 2025-11-{num2}T09:31:07Z"],
      src.format(t="authenticator_key_added"), **kw)
    A(KRATOS, "oss-template", "security_alert", "en", "kratos/verifiable_address_changed",
      "A verifiable address on your account was changed",
      ["Hello,", "A verifiable address (email or phone) on your account was recently\nchanged. If you made this change, "
       "no further action is needed.", "If you did not make this change, please contact support immediately.",
       "Account ID: {uuid}\nChanged at: 2025-11-{num2}T14:02:44Z"],
      src.format(t="verifiable_address_changed") + ", sent to the old address", **kw)


def drupal() -> None:
    hdr = ["Sender: noreply@hoinongdanso.vn", "X-Mailer: Drupal"]
    kw = dict(form="text", footer="", extra=hdr, return_path_sender=True, cte="8bit",
              ctype="text/plain; charset=UTF-8; format=flowed; delsp=yes",
              mid=T.MID_PHPMAILER.replace("{host}", "hoinongdanso.vn"))
    hdr2 = ["Sender: info@thuvienanhdisan.org.vn", "X-Mailer: Drupal"]
    kw2 = dict(form="text", footer="", extra=hdr2, cte="8bit",
               ctype="text/plain; charset=UTF-8; format=flowed; delsp=yes")
    site, url = "Hội Nông dân Số", "hoinongdanso.vn"
    site2, url2 = "Thư viện Ảnh Di sản", "thuvienanhdisan.org.vn"
    sign = f"--  {site} team"
    src = "Drupal core user.mail.yml {k} (drupal 1d1fe19)"
    A(DRUPAL, "signup-wording", "account_created", "en", "drupal/register_no_approval_required",
      "Account details for {user} at " + site,
      ["{user},", f"Thank you for registering at {site}. You may now log in by clicking this link or copying and "
       "pasting it to your browser:", f"https://{url}/user/reset/{{num3}}/17{{num8}}/{{alnum43}}",
       "This link can only be used once to log in and will lead you to a page where you can set your password.",
       f"After setting your password, you will be able to log in at https://{url}/user/login in the future using:",
       "username: {user}\npassword: Your password", sign],
      src.format(k="register_no_approval_required") + ", English site texts, Vietnamese site name", **kw)
    A(DRUPAL2, "signup-wording", "account_created", "en", "drupal/register_admin_created",
      f"An administrator created an account for you at {site2}",
      ["{name},", f"A site administrator at {site2} has created an account for you. You may now log in by clicking "
       "this link or copying and pasting it to your browser:", f"https://{url2}/user/reset/{{num3}}/17{{num8}}/{{alnum43}}",
       "This link can only be used once to log in and will lead you to a page where you can set your password.",
       f"After setting your password, you will be able to log in at https://{url2}/user/login in the future using:",
       "username: {user}\npassword: Your password", f"--  {site2} team"],
      src.format(k="register_admin_created"), **kw2)
    A(DRUPAL, "signup-wording", "password_reset", "en", "drupal/password_reset",
      "Replacement login information for {user} at " + site,
      ["{user},", f"A request to reset the password for your account has been made at {site}.",
       "You may now log in by clicking this link or copying and pasting it to your browser:",
       f"https://{url}/user/reset/{{num3}}/17{{num8}}/{{alnum43}}",
       "This link can only be used once to log in and will lead you to a page where you can set your password. It "
       "expires after one day and nothing will happen if it's not used.", sign],
      src.format(k="password_reset"), **kw)
    A(DRUPAL2, "signup-wording", "password_reset", "en", "drupal/password_reset",
      "Replacement login information for {name} at " + site2,
      ["{name},", f"A request to reset the password for your account has been made at {site2}.",
       "You may now log in by clicking this link or copying and pasting it to your browser:",
       f"https://{url2}/user/reset/{{num3}}/17{{num8}}/{{alnum43}}",
       "This link can only be used once to log in and will lead you to a page where you can set your password. It "
       "expires after one day and nothing will happen if it's not used.", f"--  {site2} team"],
      src.format(k="password_reset") + ", the display name being the official's name", **kw2)
    A(DRUPAL, "signup-wording", "account_created", "en", "drupal/register_pending_approval",
      "Account details for {user} at " + site + " (pending admin approval)",
      ["{user},", f"Thank you for registering at {site}. Your application for an account is currently pending "
       "approval. Once it has been approved, you will receive another email containing information about how to log "
       "in, set your password, and other details.", sign],
      src.format(k="register_pending_approval"), **kw)
    A(DRUPAL, "admin-notice", "notification", "en", "drupal/register_pending_approval_admin",
      "Account details for nongdan_haiphong at " + site + " (pending admin approval)",
      ["nongdan_haiphong has applied for an account.", f"https://{url}/user/{{num3}}/edit"],
      src.format(k="register_pending_approval_admin") + ": sent to the site e-mail (set at install from the first "
      "administrator's), so the official runs the site with an admin account", **kw)
    A(DRUPAL2, "oss-template", "account_created", "en", "drupal/status_activated",
      "Account details for {name} at " + site2 + " (approved)",
      ["{name},", f"Your account at {site2} has been activated.",
       "You may now log in by clicking this link or copying and pasting it into your browser:",
       f"https://{url2}/user/reset/{{num3}}/17{{num8}}/{{alnum43}}",
       "This link can only be used once to log in and will lead you to a page where you can set your password.",
       f"After setting your password, you will be able to log in at https://{url2}/user/login in the future using:",
       "username: {user}\npassword: Your password", f"--  {site2} team"],
      src.format(k="status_activated"), **kw2)
    A(DRUPAL, "oss-template", "security_alert", "en", "drupal/status_blocked",
      "Account details for {user} at " + site + " (blocked)",
      ["{user},", f"Your account on {site} has been blocked.", sign],
      src.format(k="status_blocked"), **kw)
    A(DRUPAL2, "account-deletion", "security_alert", "en", "drupal/cancel_confirm",
      "Account cancellation request for {name} at " + site2,
      ["{name},", f"A request to cancel your account has been made at {site2}.",
       f"You may now cancel your account on {url2} by clicking this link or copying and pasting it into your browser:",
       f"https://{url2}/user/{{num3}}/cancel/confirm/17{{num8}}/{{alnum43}}",
       "NOTE: The cancellation of your account is not reversible.",
       "This link expires in one day and nothing will happen if it is not used.", f"--  {site2} team"],
      src.format(k="cancel_confirm"), **kw2)


def odoo() -> None:
    vi_co, en_co = "Vật tư Hoàng Phát", "Mekong Agri Export"
    vi_base, en_base = "https://erp.vattuhoangphat.vn", "https://mekongagri-export.com"
    kw = dict(form="html", footer="", mid=MID_ODOO.replace("{host}", "erp.vattuhoangphat.vn"),
              return_path="bounce+{num5}-res.users-{num3}@vattuhoangphat.vn")
    kwe = dict(form="html", footer="")
    powered_vi, powered_en = "Cung cấp bởi Odoo", "Powered by Odoo"
    A(ODOO_VI, "signup-wording", "account_created", "vi", "odoo/mail_template_user_signup_account_created",
      f"Chào mừng đến với {vi_co}!",
      ["Tài khoản của bạn", "{name}", "Xin chào {name},", "Tài khoản của bạn đã được tạo thành công!",
       "Email đăng nhập của bạn là {rcpt}", "Để truy cập tài khoản, bạn có thể sử dụng liên kết sau:",
       f"[button]Đi đến tài khoản của tôi|{vi_base}/web/login?auth_login={{rcpt}}", "Xin cảm ơn!",
       f"{vi_co}\n0256 3{{num6}} | info@vattuhoangphat.vn | {vi_base}", powered_vi],
      "Odoo auth_signup mail_template_user_signup_account_created, msgstr of addons/auth_signup/i18n/vi.po "
      "(odoo 00628c2); the subject is the writer's translation of the template's 'Welcome to <company>!' (from "
      "memory)", **kw)
    A(ODOO_EN, "signup-wording", "account_created", "en", "odoo/mail_template_user_signup_account_created",
      f"Welcome to {en_co}!",
      ["Your Account", "{name}", "Dear {name},", "Your account has been successfully created!",
       "Your login is {rcpt}", "To gain access to your account, you can use the following link:",
       f"[button]Go to My Account|{en_base}/web/login?auth_login={{rcpt}}", "Thanks,",
       f"{en_co}\n+84 292 3{{num6}} | sales@mekongagri-export.com | {en_base}", powered_en],
      "Odoo auth_signup mail_template_user_signup_account_created (msgid of vi.po, odoo 00628c2): a customer "
      "signed up on the company's Odoo website shop; subject from memory", **kwe)
    A(ODOO_VI, "signup-wording", "password_reset", "vi", "odoo/reset_password_email",
      "Đặt lại mật khẩu",
      ["Tài khoản của bạn", "{name}", "Thân gửi {name},",
       "A password reset was requested for the Odoo account linked to this email. You may change your password by "
       "following this link which will remain valid during 24 hours:",
       f"[button]Thay đổi mật khẩu|{vi_base}/web/reset_password?token={{alnum20}}",
       "Nếu không muốn, bạn có thể yên tâm bỏ qua email này.", "Xin cảm ơn!", powered_vi],
      "Odoo auth_signup reset_password_email with the vi.po translations (odoo 00628c2): its main sentence has no "
      "Vietnamese msgstr there, so it stays English; the subject is the writer's", **kw)
    A(ODOO_EN, "signup-wording", "password_reset", "en", "odoo/reset_password_email",
      "Password reset",
      ["Your Account", "{name}", "Dear {name},",
       "A password reset was requested for the Odoo account linked to this email. You may change your password by "
       "following this link which will remain valid during 24 hours:",
       f"[button]Change password|{en_base}/web/reset_password?token={{alnum20}}",
       "If you do not expect this, you can safely ignore this email.", "Thanks,", powered_en],
      "Odoo auth_signup reset_password_email (msgids of vi.po, odoo 00628c2); subject from memory", **kwe)
    A(ODOO_VI, "new-device", "security_alert", "vi", "odoo/alert_login_new_device",
      "Kết nối mới vào tài khoản của bạn",
      ["Thân gửi {name},", "A new device was used to sign in to your account.",
       "Here are some details about the connection:",
       "Ngày: {day} 20:14\nĐịa chỉ IP: 171.244.{num2}.{num2}\nTrình duyệt: Chrome\nNền tảng: Windows\n"
       "Vị trí: Hồ Chí Minh, Việt Nam",
       "Nếu không nhận ra, bạn nên đổi mật khẩu ngay qua link này:",
       f"[button]Thay đổi mật khẩu|{vi_base}/web/reset_password?token={{alnum20}}", powered_vi],
      "Odoo auth_signup alert_login_new_device with vi.po (odoo 00628c2): labels and the closing advice are "
      "translated, the opening sentences are not; subject the writer's", vi_form="nfd", **kw)
    N(ODOO_EN, "invitation", "invitation", "en", "odoo/set_password_email",
      f"{en_co} invites you to connect to Odoo",
      ["Welcome to Odoo", "{name}", "Dear {name},",
       f"You have been invited by Lê Hoàng Long of {en_co} to connect on Odoo.",
       f"[button]Accept invitation|{en_base}/web/signup?token={{alnum20}}",
       f"Your Odoo domain is: {en_base}", "Your sign in email is: {rcpt}",
       "Never heard of Odoo? It’s an all-in-one business software loved by 7+ million users. It will considerably "
       "improve your experience at work and increase your productivity.", "Enjoy Odoo!",
       f"--\nThe {en_co} Team", powered_en],
      "Odoo auth_signup set_password_email (msgid of vi.po, odoo 00628c2): an Odoo user invited the address; no "
      "account until accepted; subject from memory", **kwe)


def grafana() -> None:
    base = "https://grafana.giamsat-hatang.vn/"
    kw = dict(form="html+text", footer="Sent by Grafana v11.3.0 © 2025 Grafana Labs",
              mid=T.MID_NODEMAILER.replace("{host}", "grafana.giamsat-hatang.vn"))
    A(GRAFANA, "code-in-subject", "email_verification", "en", "grafana/signup_started",
      "Welcome to Grafana, please complete your sign up!",
      ["Complete the signup", "Copy and paste the email verification code:", "[big]{alnum10}",
       "in the sign up form or use the link below.", f"{base}signup/?email={{rcpt}}&code={{alnum10}}"],
      "Grafana emails/templates/signup_started.txt (stored as a downstream copy naming 'Oodle'; Grafana's name "
      "restored)", **kw)
    A(GRAFANA, "signup-wording", "account_created", "en", "grafana/welcome_on_signup",
      "Welcome to Grafana",
      ["Hi {name},", "Welcome! Ready to start building some beautiful metric and analytic dashboards?",
       "If you are new to Grafana, refer to the Getting started with Grafana guide on "
       "https://grafana.com/docs/grafana/latest/getting-started/getting-started/.",
       "Thank you for joining our community.", "The Grafana team"],
      "Grafana emails/templates/welcome_on_signup.txt (0524cba)", **kw)
    A(GRAFANA, "signup-wording", "password_reset", "en", "grafana/reset_password",
      "Reset your Grafana password - {name}",
      ["Hi {name},", "Copy and paste the following link directly in your browser to reset your password within 2 hours.",
       f"{base}user/password/reset?code={{alnum60}}"],
      "Grafana emails/templates/reset_password.txt (stored as a Percona PMM copy; Grafana's name restored)", **kw)
    A(GRAFANA, "oss-template", "notification", "en", "grafana/invited_to_org",
      "Trần Minh Đức has added you to the Trung tâm Giám sát organization",
      ["You have been added to Trung tâm Giám sát",
       "Trần Minh Đức has added you to the Trung tâm Giám sát organization in Grafana.",
       "Once logged in, Trung tâm Giám sát will be available in the left side menu, in the dropdown below your "
       "username.", "Log in now:", base],
      "Grafana emails/templates/invited_to_org.txt (stored as a Percona PMM copy; Grafana's name restored): sent "
      "when an existing user is added to an organization, so the address already holds an account", **kw)
    N(GRAFANA, "invitation", "invitation", "en", "grafana/new_user_invite",
      "Trần Minh Đức has invited you to join Grafana",
      ["You're invited to join Trung tâm Giám sát",
       "You've been invited to join the Trung tâm Giám sát organization by Trần Minh Đức. To accept your invitation "
       "and join the team, please click the link below:", f"[button]Accept Invitation|{base}invite/{{alnum20}}",
       f"You can also copy/paste this link into your browser directly: {base}invite/{{alnum20}}"],
      "Grafana new_user_invite (wording from memory): an invitation to an address with no account yet", **kw)


def woocommerce() -> None:
    site = "Đồ Gỗ Mỹ Nghệ Việt"
    base = "https://dogomynghe-viet.vn"
    hdr = ["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]
    kw = dict(form="html+text", mid=T.MID_PHPMAILER.replace("{host}", "dogomynghe-viet.vn"), extra=hdr,
              footer=f"{site} — Built with WooCommerce")
    A(WOO, "signup-wording", "account_created", "en", "woocommerce/customer-new-account",
      f"Your {site} account has been created!",
      [f"Welcome to {site}", "Hi {user},",
       f"Thanks for creating an account on {site}. Your username is {{user}}. You can access your account area to "
       f"view orders, change your password, and more at: {base}/my-account/",
       "To set your password, visit the following address:",
       f"{base}/my-account/lost-password/?action=newaccount&key={{alnum20}}&login={{user}}",
       "We look forward to seeing you soon."],
      "WooCommerce templates/emails/plain/customer-new-account.php (woocommerce 09040b1); the default subject and "
      "heading are from memory", **kw)
    A(WOO, "signup-wording", "password_reset", "en", "woocommerce/customer-reset-password",
      f"Password Reset Request for {site}",
      ["Password Reset Request", "Hi {user},",
       f"Someone has requested a new password for the following account on {site}:", "Username: {user}",
       "If you didn't make this request, just ignore this email. If you'd like to proceed:",
       f"[button]Click here to reset your password|{base}/my-account/lost-password/?key={{alnum20}}&id={{num3}}",
       "Thanks for reading."],
      "WooCommerce customer-reset-password (wording from memory, not re-read)", **kw)
    A(WOO, "order-shipped", "transaction", "en", "woocommerce/customer-processing-order",
      f"Your {site} order has been received!",
      ["Thank you for your order", "Hi {name},",
       "Just to let you know — we've received your order #{num4}, and it is now being processed:",
       "[Order #{num4}] (November 12, 2025)", "Bình hoa gỗ hương khắc tay × 1  1.850.000₫",
       "Subtotal: 1.850.000₫\nShipping: 45.000₫ via Giao hàng tiết kiệm\nPayment method: Direct bank transfer\n"
       "Total: 1.895.000₫", "Thanks for using dogomynghe-viet.vn!"],
      "WooCommerce customer-processing-order (wording from memory, not re-read)", **kw)


def authjs() -> None:
    A(AUTHJS, "magic-link", "login_code", "en", "authjs/email_signin",
      "Sign in to sotayhop.vn",
      ["Sign in to sotayhop.vn", "[button]Sign in|https://sotayhop.vn/api/auth/callback/resend?callbackUrl="
       "https%3A%2F%2Fsotayhop.vn%2Fdashboard&token={hex64}&email={rcpt}",
       "If you did not request this email you can safely ignore it."],
      "Auth.js (NextAuth) default e-mail provider html/text (from memory of providers/nodemailer.ts), sent "
      "through Resend", form="html+text", footer="")



# A third Redmine on another instance, and second renderings of templates on other instances or in other forms.
REDMINE3 = svc("Cổng Hỗ trợ Kỹ thuật", "hotro@kythuat-mienbac.vn", "kythuat-mienbac.vn", relay="mailgun")
MOODLE_VI2 = svc("E-learning Cao đẳng Nghề Biên Hòa", "elearning@cdnbienhoa.edu.vn", "cdnbienhoa.edu.vn",
                 mta="elearning.cdnbienhoa.edu.vn")
ODOO_VI2 = svc("Nội thất Gỗ Thông Xanh", "cskh@noithatgothongxanh.vn", "noithatgothongxanh.vn", relay="ses-custom")
KRATOS3 = svc("Thẻ Thành viên Sách", "no-reply@accounts.thethanhviensach.vn", "thethanhviensach.vn",
              mta="accounts.thethanhviensach.vn")
ZULIP2 = svc("Zulip", "noreply@zulip.lienminh-hoptacxa.vn", "lienminh-hoptacxa.vn", relay="sendgrid")


def second_batch() -> None:
    h3, s3 = "support.kythuat-mienbac.vn", "Cổng Hỗ trợ Kỹ thuật"
    rh = ["X-Mailer: Redmine", f"X-Redmine-Host: {h3}", f"X-Redmine-Site: {s3}", "X-Auto-Response-Suppress: All",
          "Auto-Submitted: auto-generated", "List-Id: <hotro.kythuat-mienbac.vn>"]
    foot = ("-- \nYou have received this notification because you have either subscribed to it, or are involved in it."
            f"\nTo change your notification preferences, please click here: https://{h3}/my/account")
    rk = dict(form="text", extra=rh, footer=foot)
    src = "Redmine {k} (redmine 890812e)"
    A(REDMINE3, "signup-wording", "email_verification", "vi", "redmine/register",
      f"{s3}: kích hoạt tài khoản",
      ["Để kích hoạt tài khoản, hãy click chuột vào liên kết sau:", f"https://{h3}/account/activate?token={{hex40}}"],
      src.format(k="vi.yml register, decomposed (NFD) text, via Mailgun"), vi_form="nfd", **rk)
    A(REDMINE3, "signup-wording", "password_reset", "vi", "redmine/lost_password",
      f"{s3}: mật mã của bạn",
      ["Để đổi mật mã, hãy click chuột vào liên kết sau:", f"https://{h3}/account/lost_password?token={{hex40}}",
       "Xin lưu ý rằng bạn chỉ có thể thay đổi mật khẩu một lần bằng cách sử dụng liên kết này.", "Đăng nhập: {user}"],
      src.format(k="vi.yml lost_password, via Mailgun"), **rk)
    A(REDMINE3, "workspace-notice", "activity_notification", "vi", "redmine/issue_edit",
      "[Hạ tầng mạng - Hỗ trợ #{num4}] (Đang xử lý) Mất kết nối VPN tới trung tâm dữ liệu tỉnh",
      ["Vấn đề #{num4} đã được cập nhật bởi Vũ Đình Khôi.", "Trạng thái đã thay đổi từ Mới thành Đang xử lý",
       "Đã kiểm tra cấu hình tường lửa, đang chờ nhà mạng xác nhận.", "----------------------------------------",
       "Hỗ trợ #{num4}: Mất kết nối VPN tới trung tâm dữ liệu tỉnh", f"https://{h3}/issues/{{num4}}#change-{{num5}}",
       "* Tác giả: {name}\n* Trạng thái: Đang xử lý\n* Mức ưu tiên: Khẩn cấp\n* Phân công cho: Vũ Đình Khôi"],
      src.format(k="vi.yml text_issue_updated and field labels; Mailer#issue_edit subject form") +
      ": the official reported the issue and is notified as its author", obj="journal",
      **dict(rk, extra=rh + ["X-Redmine-Project: ha-tang-mang", "X-Redmine-Issue-Id: {num4}",
                             "X-Redmine-Issue-Author: {user}", "X-Redmine-Sender: khoivd"]))
    A(REDMINE3, "workspace-notice", "notification", "vi", "redmine/news_added",
      "[Hạ tầng mạng] Tin tức: Lịch bảo trì hệ thống thư điện tử ngày 22/11",
      ["Lịch bảo trì hệ thống thư điện tử ngày 22/11", f"https://{h3}/news/{{num2}}", "Vũ Đình Khôi",
       "Hệ thống sẽ tạm ngừng từ 22h00 đến 23h30 để nâng cấp."],
      src.format(k="label_news, app/views/mailer/news_added.text.erb") + ": sent to members of the project",
      obj="news", **dict(rk, extra=rh + ["X-Redmine-Project: ha-tang-mang"]))
    A(REDMINE3, "two-factor", "security_alert", "vi", "redmine/security_notification_backup_codes",
      f"[{s3}] Thông báo bảo mật",
      ["Đã tạo mã dự phòng xác thực hai yếu tố mới.", f"https://{h3}/my/account", "Người dùng: {user}",
       "địa chỉ IP: 42.118.{num2}.{num2}", "Ngày: {day} 09:03"],
      src.format(k="vi.yml twofa_mail_body_backup_codes_generated"), vi_form="ascii", **rk)
    A(REDMINE3, "two-factor", "security_alert", "vi", "redmine/security_notification_twofa_off",
      f"[{s3}] Thông báo bảo mật",
      ["Xác thực hai yếu tố bị vô hiệu hóa cho tài khoản của bạn.", f"https://{h3}/my/account", "Người dùng: {user}",
       "địa chỉ IP: 42.118.{num2}.{num2}", "Ngày: {day} 17:40"],
      src.format(k="vi.yml twofa_mail_body_security_notification_unpaired"), **rk)

    mv = dict(form="text", footer="", mid=T.MID_PHPMAILER.replace("{host}", "elearning.cdnbienhoa.edu.vn"))
    site2, base2 = "E-learning Cao đẳng Nghề Biên Hòa", "https://elearning.cdnbienhoa.edu.vn"
    admin2 = "Quản trị hệ thống\nadmin@cdnbienhoa.edu.vn"
    msrc = "Moodle {k}, Vietnamese pack lang/vi/moodle.php (copy in nguyenluan/moodledata 984655b)"
    A(MOODLE_VI2, "signup-wording", "email_verification", "vi", "moodle/emailconfirmation",
      f"{site2}: xác nhận mở tài khoản",
      ["Xin chào {name},", f"Đã một yêu cầu tạo tài khoản thành viên '{site2}'\ncho địa chỉ thư điện tử của bạn.",
       "Để xác nhận tài khoản mới này, xin vui lòng truy cập địa chỉ sau:",
       f"{base2}/login/confirm.php?data={{alnum15}}/{{user}}",
       "Thông thường địa chỉ này màu xanh và bạn có thể nhấn chuột để mở ra trong trình duyệt mạng. Nếu không được, "
       "bạn có thể cắt và dán địa chỉ đó vào trong dòng địa chỉ ở đầu cửa sổ trình duyệt.",
       "Nếu bạn cần sự trợ giúp, vui lòng liên lạc với Quản trị viên của hệ thống,\n" + admin2],
      msrc.format(k="emailconfirmation") + ", decomposed (NFD) text", vi_form="nfd", **mv)
    A(MOODLE_VI2, "signup-wording", "account_created", "vi", "moodle/newusernewpasswordtext",
      "Tài khoản thành viên mới",
      ["Xin chào {name},", f"Tài khoản của bạn tại '{site2}'\nđã được tạo ra với một mật khẩu tạm thời.",
       "Thông tin đăng nhập hiện thời của bạn là:\n   kí danh: {user}\n   mật khẩu: {alnum10}\n"
       "(bạn sẽ phải đổi lại mật khẩu ở lần truy cập đầu tiên)",
       f"Để bắt đầu sử dụng hệ thống '{site2}', hãy đăng nhập tại địa chỉ sau:\n{base2}/login/",
       "Thân ái,\n" + admin2],
      msrc.format(k="newusernewpasswordsubj / newusernewpasswordtext") + ", written without diacritics",
      vi_form="ascii", **mv)
    A(MOODLE_VI2, "oss-template", "notification", "vi", "moodle/welcometocourse",
      "Chào mừng bạn đến với Bồi dưỡng kỹ năng số cho công chức xã",
      ["Chào mừng bạn đến với khoá học Bồi dưỡng kỹ năng số cho công chức xã!",
       "Để bắt đầu, trước tiên mời bạn sửa lại thông tin cá nhân cho đầy đủ để mọi người trong khoá học đều có thể biết "
       f"đến bạn:\n\n  {base2}/user/view.php?id={{num4}}&course={{num3}}"],
      msrc.format(k="welcometocourse / welcometocoursetext"), **mv)

    kw3 = dict(form="html+text", footer="", mid=T.MID_NODEMAILER.replace("{host}", "accounts.thethanhviensach.vn"))
    ksrc = "Ory Kratos {t} (kratos b86338d), on another instance with a display name"
    A(KRATOS3, "code-in-subject", "email_verification", "en", "kratos/verification_code",
      "Use code {code} to verify your account",
      ["Verify your account with the following code:", "[big]{code}", "or clicking the following link:",
       "https://accounts.thethanhviensach.vn/verification?code={code}&flow={uuid}",
       "If this was not you, do nothing. This code / link expires in 60 minutes."], ksrc.format(t="verification_code"),
      **kw3)
    A(KRATOS3, "code-in-subject", "login_code", "en", "kratos/login_code",
      "Use code {code} to log in",
      ["Login to your account with the following code:", "[big]{code}", "It expires in 15 minutes."],
      ksrc.format(t="login_code"), **kw3)
    A(KRATOS3, "signup-wording", "password_reset", "en", "kratos/recovery",
      "Recover access to your account",
      ["Recover access to your account by clicking the following link:",
       "https://accounts.thethanhviensach.vn/self-service/recovery?flow={uuid}&token={alnum32}",
       "If this was not you, do nothing. This link expires in 60 minutes."], ksrc.format(t="recovery"), **kw3)

    okw = dict(form="html", footer="")
    osite, obase = "Nội thất Gỗ Thông Xanh", "https://noithatgothongxanh.vn"
    A(ODOO_VI2, "signup-wording", "account_created", "vi", "odoo/mail_template_user_signup_account_created",
      f"Chào mừng đến với {osite}!",
      ["Tài khoản của bạn", "{name}", "Xin chào {name},", "Tài khoản của bạn đã được tạo thành công!",
       "Email đăng nhập của bạn là {rcpt}", "Để truy cập tài khoản, bạn có thể sử dụng liên kết sau:",
       f"[button]Đi đến tài khoản của tôi|{obase}/web/login?auth_login={{rcpt}}", "Xin cảm ơn!",
       "Cung cấp bởi Odoo"],
      "Odoo mail_template_user_signup_account_created, vi.po msgstr (odoo 00628c2), written without diacritics, "
      "via Amazon SES; subject the writer's", vi_form="ascii", **okw)
    A(ODOO_VI2, "signup-wording", "password_reset", "vi", "odoo/reset_password_email",
      "Đặt lại mật khẩu",
      ["Tài khoản của bạn", "{name}", "Thân gửi {name},",
       "A password reset was requested for the Odoo account linked to this email. You may change your password by "
       "following this link which will remain valid during 24 hours:",
       f"[button]Thay đổi mật khẩu|{obase}/web/reset_password?token={{alnum20}}",
       "Nếu không muốn, bạn có thể yên tâm bỏ qua email này.", "Xin cảm ơn!", "Cung cấp bởi Odoo"],
      "Odoo reset_password_email with the vi.po translations (odoo 00628c2), via Amazon SES; subject the writer's",
      **okw)

    zkw = dict(form="html+text", footer="")
    zh = "https://zulip.lienminh-hoptacxa.vn"
    A(ZULIP2, "signup-wording", "email_verification", "en", "zulip/confirm_registration",
      "Activate your Zulip account",
      ["Hello there.", "You recently signed up for Zulip. Awesome!", "To complete signup, please click here:",
       f"<{zh}/accounts/do_confirm/{{alnum24}}>",
       "Feel free to give us a shout at <hotro@lienminh-hoptacxa.vn> if you have any questions.", "Cheers,\nTeam Zulip"],
      "Zulip confirm_registration (0056472 / 038a928) on an instance sending through SendGrid", **zkw)
    A(ZULIP2, "signup-wording", "account_created", "en", "zulip/account_registered",
      "Liên minh HTX on Zulip: Your new account details",
      ["Welcome to Zulip!", "You've joined the Zulip organization Liên minh HTX.",
       "You will use the following info to log into the Zulip web, mobile and desktop apps (https://zulip.com/apps/):",
       f"* Organization URL: {zh}\n\n* Your account email: {{rcpt}}",
       "If you have any questions, please contact this Zulip server's administrators at hotro@lienminh-hoptacxa.vn."],
      "Zulip account_registered (33572e8 / 4aab119) via SendGrid", **zkw)

    dkw = dict(form="text", footer="", extra=["Sender: noreply@hoinongdanso.vn", "X-Mailer: Drupal"],
               return_path_sender=True, cte="8bit", ctype="text/plain; charset=UTF-8; format=flowed; delsp=yes",
               mid=T.MID_PHPMAILER.replace("{host}", "hoinongdanso.vn"))
    A(DRUPAL, "oss-template", "security_alert", "en", "drupal/status_canceled",
      "Account details for {user} at Hội Nông dân Số (canceled)",
      ["{user},", "Your account on Hội Nông dân Số has been canceled.", "--  Hội Nông dân Số team"],
      "Drupal core user.mail.yml status_canceled (drupal 1d1fe19): the (former) account holder is told", **dkw)
    A(GRAFANA, "signup-wording", "password_reset", "en", "grafana/reset_password",
      "Reset your Grafana password - {user}",
      ["Hi {user},", "Copy and paste the following link directly in your browser to reset your password within 2 hours.",
       "https://grafana.giamsat-hatang.vn/user/password/reset?code={alnum60}"],
      "Grafana reset_password.txt (Grafana's name restored), the login as name", form="text", footer="")
    A(AUTHJS, "magic-link", "login_code", "en", "authjs/email_signin",
      "Sign in to sotayhop.vn",
      ["Sign in to sotayhop.vn", "https://sotayhop.vn/api/auth/callback/resend?callbackUrl=https%3A%2F%2Fsotayhop.vn"
       "&token={hex64}&email={rcpt}"],
      "Auth.js default e-mail provider, its plain-text part only (from memory)", form="text", footer="")

redmine()
moodle()
zulip()
kratos()
drupal()
odoo()
grafana()
woocommerce()
authjs()
second_batch()


# ==========================================================================
# Building the messages
# ==========================================================================

def html_page(paragraphs: list[str], title: str, footer: str) -> str:
    """A plain transactional layout whose buttons carry the software's own link."""
    esc = lambda s: html.escape(s, quote=False).replace("\n", "<br>\n")  # noqa: E731
    parts = ["<!DOCTYPE html>", '<html><head><meta charset="utf-8"><meta name="viewport" '
             'content="width=device-width">', f"<title>{html.escape(title, quote=False)}</title></head>",
             '<body style="margin:0;padding:0;background:#f5f5f5">',
             '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">',
             '<table role="presentation" width="590" style="background:#ffffff;font-family:Verdana,Arial,sans-serif;'
             'color:#454748">']
    for p in paragraphs:
        if p.startswith("[button]"):
            label, _, url = p[len("[button]"):].partition("|")
            url = url or "#"
            parts.append(f'<tr><td style="padding:16px 24px"><a href="{html.escape(url)}" style="background:#875A7B;'
                         f'color:#fff;padding:8px 16px;border-radius:5px;text-decoration:none">{esc(label)}</a>'
                         "</td></tr>")
        elif p.startswith("[big]"):
            parts.append('<tr><td style="padding:12px 24px;font-size:26px;letter-spacing:4px"><b>'
                         f"{esc(p[len('[big]'):])}</b></td></tr>")
        elif p.startswith(("http://", "https://", "<http")):
            u = p.strip("<>")
            parts.append(f'<tr><td style="padding:8px 24px;font-size:13px"><a href="{html.escape(u)}">{esc(u)}</a>'
                         "</td></tr>")
        else:
            parts.append(f'<tr><td style="padding:8px 24px;font-size:13px">{esc(p)}</td></tr>')
    if footer:
        parts.append(f'<tr><td style="padding:16px 24px;font-size:11px;color:#888">{esc(footer)}</td></tr>')
    parts.append("</table></td></tr></table></body></html>")
    return "\n".join(parts) + "\n"


def text_page(paragraphs: list[str], footer: str) -> str:
    out = []
    for p in paragraphs:
        if p.startswith("[button]"):
            label, _, url = p[len("[button]"):].partition("|")
            out.append(f"{label}: {url}" if url else label)
        elif p.startswith("[big]"):
            out.append(p[len("[big]"):])
        else:
            out.append(p)
    if footer:
        out.append(footer)
    return "\n\n".join(out) + "\n"


def expand(g) -> list:
    """Builds every templates2 message: a list of (generate.Spec, bytes)."""
    g.G = g.Gen(TEMPLATES2_SEED)
    G = g.G
    out = []
    counter = 0
    for m in MESSAGES:
        s = dict(m["svc"])
        name, official = OFFICIALS[counter % len(OFFICIALS)]
        counter += 1
        lang = m["lang"]
        vi = m.get("vi_form", "nfc") if lang == "vi" else None
        rcpt_name = name if G.randint(0, 2) else ""
        v = g.variables(official, name)
        fill = fresh2.Filler(G, v)
        fill.v["obj"] = m.get("obj", "user")
        sender = fill(s["sender"])
        fdom = sender.split("@")[1]
        host = s["mta"] or fdom
        fill.v["host"] = host
        traits: list[str] = [f"template:{m['template']}"]
        spec = g.Spec(svc=g.Svc(name=s["name"] or s["domain"], sender=sender, domain=s["domain"],
                                display=s["display"], dkim=s["dkim"], relay=s["relay"], mta=s["mta"]),
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
        if m.get("mid") and not relay:
            rp["message_id"] = fill(m["mid"]).strip("<>")
        return_path = rp["return_path"]
        if m.get("return_path_sender"):
            return_path = sender
        if m.get("return_path") and not relay:
            return_path = fill(m["return_path"])
        dkim_d = s["dkim"] or g.reg(fdom)
        spf_dom = rp["spf_domain"]
        if m.get("return_path") and not relay:
            spf_dom = return_path.split("@")[1]

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
        extra = [fill(h) for h in m.get("extra", [])]
        for h in extra:
            hname, hval = h.split(": ", 1)
            if not hval.isascii():
                hval = g.encode_header_text(hval, "b")
            lines.append(g.fold(hname, hval) if len(h) > 76 and " " in hval else f"{hname}: {hval}")
        lines.extend(rp["extra"])
        if any(h.startswith(("List-Unsubscribe:", "List-Id:")) for h in extra):
            traits.append("list-headers")
        for h in extra:
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
            lines.append("Content-Type: " + m.get("ctype", "text/plain; charset=UTF-8"))
            lines.append(f"Content-Transfer-Encoding: {cte}")
            raw = "\r\n".join(lines).encode() + b"\r\n\r\n" + g.body_bytes(text_page(paras, footer), cte)
        else:
            page = html_page(paras, subject, footer)
            if form == "html":
                lines.append("Content-Type: text/html; charset=UTF-8")
                lines.append(f"Content-Transfer-Encoding: {cte}")
                raw = "\r\n".join(lines).encode() + b"\r\n\r\n" + g.body_bytes(page, cte)
            else:
                boundary = f"----=_Part_{G.digits(6)}_{G.digits(9)}.{G.digits(13)}"
                lines.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
                chunks = ["\r\n".join(lines).encode(), b"\r\n\r\n"]
                for ctype, content in (("text/plain; charset=UTF-8", text_page(paras, footer)),
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
