//! Judgement of account evidence: throw-away senders, list opt-ins, help
//! desk replies, a service's marketing stream, authentication failing on a
//! service's own domain, and wording families (new IP, digests, updated
//! passwords, "sent to" footers). All mail here is invented.

use govmail_audit::{Confidence, FindingKind, Outcome, Signal, SkipReason, Verdict};
use unicode_normalization::UnicodeNormalization;

use crate::common::detector;

const TO: &str = "tran.thi.mai@stttt.quangngai.gov.vn";

/// A mail received by the government server, with the trusted
/// `Authentication-Results` given (`dkim=pass header.d=…` …), From, To,
/// Subject, extra headers and a plain-text body.
fn mail(auth: &str, from: &str, to: &str, subject: &str, extra: &str, body: &str) -> Vec<u8> {
    format!(
        "Delivered-To: {TO}\r\n\
         Authentication-Results: mail.quangngai.gov.vn; {auth}\r\n\
         Received: from out.example.net (out.example.net [198.51.100.7]) by mail.quangngai.gov.vn (Postfix) with ESMTPS id 7F1; Tue, 4 Mar 2025 10:00:00 +0700\r\n\
         From: {from}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: Tue, 4 Mar 2025 10:00:00 +0700\r\n\
         Message-ID: <m1.20250304@example.net>\r\n{extra}MIME-Version: 1.0\r\n\
         Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"
    )
    .into_bytes()
}

fn pass(domain: &str) -> String {
    format!(
        "dkim=pass header.d={domain}; spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}"
    )
}

fn account(verdict: &Verdict) -> Option<(Confidence, String)> {
    verdict
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::Account)
        .map(|f| (f.confidence, f.service.id.clone()))
}

/// Fails unless the verdict holds an account at medium confidence or more.
#[track_caller]
fn assert_counted(verdict: &Verdict) {
    assert!(
        account(verdict).is_some_and(|a| a.0 >= Confidence::Medium),
        "{verdict:?}"
    );
}

/// True when the verdict lists the mail as suspected phishing of `service`.
fn phishing_of(verdict: &Verdict, service: &str) -> bool {
    verdict
        .findings
        .iter()
        .any(|f| f.kind == FindingKind::SuspectedPhishing && f.service.id == service)
}

fn has_signal(verdict: &Verdict, pred: impl Fn(&Signal) -> bool) -> bool {
    verdict.findings.iter().any(|f| f.signals.iter().any(&pred))
}

#[test]
fn throw_away_senders_stay_to_review() {
    // A crypto "welcome" from a .xyz domain: abused TLD and a scam topic.
    let raw = mail(
        &pass("coinboost-vip.xyz"),
        "CoinBoost <welcome@coinboost-vip.xyz>",
        TO,
        "Welcome to CoinBoost - verify your email to claim $50",
        "",
        "Your CoinBoost account has been created.\nVerify email and claim bonus.",
    );
    let verdict = detector().inspect(&raw);
    assert_eq!(
        account(&verdict).map(|a| a.0),
        Some(Confidence::Low),
        "{verdict:?}"
    );
    assert!(has_signal(
        &verdict,
        |s| matches!(s, Signal::AbusedTld { tld } if tld == "xyz")
    ));
    assert!(has_signal(&verdict, |s| matches!(
        s,
        Signal::ScamTopic { .. }
    )));

    // A Vietnamese job scam at an ordinary .com domain: the topic alone.
    let raw = mail(
        &pass("tuyendung-nhanh.com"),
        "Tuyen dung nhanh <hr@tuyendung-nhanh.com>",
        TO,
        "Xác thực email để kích hoạt tài khoản cộng tác viên",
        "",
        "Tài khoản cộng tác viên của bạn đã được tạo.\nViệc nhẹ lương cao, 500k/ngày, không cần kinh nghiệm.",
    );
    let verdict = detector().inspect(&raw);
    assert_eq!(
        account(&verdict).map(|a| a.0),
        Some(Confidence::Low),
        "{verdict:?}"
    );
    assert!(has_signal(&verdict, |s| matches!(
        s,
        Signal::ScamTopic { .. }
    )));

    // The same sign-up from an ordinary site still counts.
    let raw = mail(
        &pass("diendan-caytrong.vn"),
        "Dien dan Cay trong <no-reply@diendan-caytrong.vn>",
        TO,
        "Xác thực email để kích hoạt tài khoản",
        "",
        "Tài khoản của bạn đã được tạo. Vui lòng xác nhận email để bắt đầu thảo luận.",
    );
    let verdict = detector().inspect(&raw);
    assert_eq!(
        account(&verdict).map(|a| a.0),
        Some(Confidence::Medium),
        "{verdict:?}"
    );
}

#[test]
fn lead_magnet_opt_ins_are_not_sign_ups() {
    for (subject, body) in [
        (
            "Xac nhan email de nhan tai lieu mien phi",
            "Hay xac nhan email de chung toi gui bo tai lieu \"Trong rau sach\".",
        ),
        (
            "Confirm your email to receive our free guide",
            "Click below so we can send you the free guide to rainwater tanks.",
        ),
        // A subject that reads like a sign-up; the text names the list.
        (
            "Vui lòng xác nhận đăng ký của bạn",
            "Nhấn nút dưới đây để xác nhận đăng ký nhận bản tin Rau Sạch.",
        ),
    ] {
        let raw = mail(
            &pass("rausach-tips.vn"),
            "Rau Sach Tips <hello@rausach-tips.vn>",
            TO,
            subject,
            "List-Unsubscribe: <https://rausach-tips.vn/u/1>\r\n",
            body,
        );
        let verdict = detector().inspect(&raw);
        assert_eq!(account(&verdict), None, "{subject}: {verdict:?}");
    }
}

#[test]
fn help_desk_acknowledgements_are_replies() {
    for (subject, extra) in [
        (
            "[Yêu cầu #4821] Chúng tôi đã nhận được yêu cầu của bạn",
            "X-Mailer: Zendesk Mailer\r\nAuto-Submitted: auto-generated\r\n",
        ),
        (
            "[Request #90211] Your request was received",
            "X-Mailer: osTicket Mailer\r\n",
        ),
        (
            "Ticket #55123: we are looking into it",
            "Auto-Submitted: auto-replied\r\n",
        ),
    ] {
        let raw = mail(
            &pass("tiki.vn"),
            "Tiki <hotro@tiki.vn>",
            TO,
            subject,
            extra,
            "Cảm ơn bạn đã liên hệ. Thank you for contacting us.",
        );
        let verdict = detector().inspect(&raw);
        assert_eq!(
            verdict.outcome,
            Outcome::Skipped {
                reason: SkipReason::AutomatedReport
            },
            "{subject}"
        );
    }
}

#[test]
fn a_services_marketing_stream_is_a_newsletter() {
    let unsubscribe = "List-Unsubscribe: <https://canva.com/u/1>\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n";
    let raw = mail(
        &pass("canva.com"),
        "Canva <marketing@engage.canva.com>",
        TO,
        "New in Canva: templates for meeting minutes",
        unsubscribe,
        "Make minutes that read well. Explore templates.",
    );
    let verdict = detector().inspect(&raw);
    assert_eq!(account(&verdict), None, "{verdict:?}");
    assert!(
        verdict
            .findings
            .iter()
            .all(|f| f.kind == FindingKind::Newsletter)
    );

    // Account mail from the service's ordinary sender keeps counting.
    let raw = mail(
        &pass("canva.com"),
        "Canva <no-reply@canva.com>",
        TO,
        "Your design was viewed 12 times",
        unsubscribe,
        "Your team's designs this week.",
    );
    let verdict = detector().inspect(&raw);
    assert_counted(&verdict);
}

#[test]
fn a_sites_own_sign_up_wording_in_the_text_counts() {
    // A Rails site's Devise mail: a generic subject, the wording in the
    // text, the confirmation link on the site's own domain.
    let devise = |link: &str, greeting: &str| {
        mail(
            &pass("sachcu.vn"),
            "Sách Cũ <no-reply@sachcu.vn>",
            TO,
            "Confirmation instructions",
            "",
            &format!(
                "{greeting}\nYou can confirm your account email through the link below:\n{link}"
            ),
        )
    };
    let confidence = |raw: &[u8]| account(&detector().inspect(raw)).map(|a| a.0);
    let own = devise(
        "https://sachcu.vn/users/confirmation?confirmation_token=x1",
        "Welcome!",
    );
    assert_eq!(confidence(&own), Some(Confidence::Medium));
    // Vietnamese, naming the recipient instead of linking.
    let named = mail(
        &pass("sachcu.vn"),
        "Sách Cũ <no-reply@sachcu.vn>",
        TO,
        "Hướng dẫn",
        "",
        &format!(
            "Xin chào {TO}!\nBạn có thể xác nhận email tài khoản của mình qua liên kết dưới đây."
        ),
    );
    assert_eq!(confidence(&named), Some(Confidence::Medium));
    // The text names the site by its domain, as Mastodon's does.
    let site = mail(
        &pass("sachcu.vn"),
        "Sách Cũ <no-reply@sachcu.vn>",
        TO,
        "Confirmation instructions",
        "",
        "You have created an account on sachcu.vn with this email address.\n\
         Verify email address: https://track.example.net/c?u=1",
    );
    assert_eq!(confidence(&site), Some(Confidence::Medium));
    // A site's notice greeting its member by a user name made from the
    // address (NodeBB's "Hello nghiath13"), in Vietnamese; the bare local
    // part, as mass mailers greet, does not count.
    let local = TO.split('@').next().unwrap_or_default();
    let greeted = |name: &str| {
        mail(
            &pass("sachcu.vn"),
            "Sách Cũ <no-reply@sachcu.vn>",
            TO,
            "[Sách Cũ] Tin nhắn mới từ \"minhtri\"",
            "",
            &format!("Chào {name}\nBạn có tin nhắn mới từ minhtri."),
        )
    };
    assert_eq!(
        confidence(&greeted(&format!("{local}63"))),
        Some(Confidence::Medium)
    );
    assert_eq!(confidence(&greeted(local)), None);
    // A Moodle account's user name given in the text, anywhere.
    let moodle = mail(
        &pass("sachcu.vn"),
        "Sách Cũ <no-reply@sachcu.vn>",
        TO,
        "New user account",
        "",
        &format!(
            "A new account has been created for you at 'Sách Cũ'.\nusername: {local}87\npassword: x"
        ),
    );
    assert_eq!(confidence(&moodle), Some(Confidence::Medium));
    // A link to another site, no name: the wording alone stays to review.
    let elsewhere = devise("https://track.example.net/c?u=1", "Welcome!");
    assert_eq!(confidence(&elsewhere), Some(Confidence::Low));
}

#[test]
fn a_copy_of_someone_elses_booking_is_no_account() {
    // A colleague books on her own Gmail and puts the official in Cc.
    let booking = |to: &str, cc: &str| {
        mail(
            &pass("agoda.com"),
            "Agoda <no-reply@agoda.com>",
            to,
            "Xác nhận đặt phòng số 81726354",
            &format!("Cc: {cc}\r\n"),
            "Cảm ơn bạn đã đặt phòng với Agoda. Mã đặt phòng: 81726354.",
        )
    };
    let verdict = detector().inspect(&booking("lan.colleague@gmail.com", TO));
    assert_eq!(
        account(&verdict).map(|a| a.0),
        Some(Confidence::Low),
        "{verdict:?}"
    );
    assert!(has_signal(&verdict, |s| matches!(
        s,
        Signal::CopyOfAnothersMail { .. }
    )));
    // The official in To with someone in Cc holds the booking.
    let verdict = detector().inspect(&booking(TO, "lan.colleague@gmail.com"));
    assert_counted(&verdict);
}

#[test]
fn a_service_name_with_a_role_in_the_display_name_is_a_claim() {
    // "Telegram" is also an ordinary word; "Telegram Support" on an
    // unrelated domain, writing of the account, imitates the service.
    let raw = mail(
        &pass("tg-verify-center.net"),
        "Telegram Support <support@tg-verify-center.net>",
        TO,
        "Tài khoản Telegram của bạn sẽ bị khóa",
        "",
        "Chúng tôi nhận được báo cáo vi phạm. Xác minh trong 12 giờ để tránh bị khóa tài khoản.",
    );
    let verdict = detector().inspect(&raw);
    assert_eq!(account(&verdict), None, "{verdict:?}");
    assert!(phishing_of(&verdict, "telegram"), "{verdict:?}");
}

#[test]
fn a_free_mail_providers_signature_does_not_vouch_for_a_claimed_brand() {
    // Outlook.com signs every box's mail; "VPBank CSKH" from one is a lure.
    let raw = mail(
        &pass("outlook.com"),
        "VPBank CSKH <vpbank.cskh.hotro@outlook.com>",
        TO,
        "Xác nhận hoàn phí thường niên thẻ",
        "",
        "Quý khách vui lòng cung cấp số thẻ và mã OTP để được hoàn phí.",
    );
    let verdict = detector().inspect(&raw);
    assert!(phishing_of(&verdict, "vpbank"), "{verdict:?}");
}

#[test]
fn a_reset_for_an_address_without_an_account_is_no_account() {
    let reset = |body: &str| {
        mail(
            &pass("nhomdulieu.vn"),
            "Zulip <noreply@chat.nhomdulieu.vn>",
            TO,
            "Password reset request for Nhóm Dữ liệu",
            "",
            body,
        )
    };
    let unknown = reset(
        "Someone (possibly you) requested a password reset for this address, \
         but you do not have an active account in Nhóm Dữ liệu.",
    );
    assert_eq!(account(&detector().inspect(&unknown)), None);
    // The ordinary reset's conditional footer is no such statement.
    let ordinary = reset(
        "Click https://chat.nhomdulieu.vn/reset/x1 to reset your password. \
         If you don't have an account with us, ignore this email.",
    );
    assert!(account(&detector().inspect(&ordinary)).is_some());
}

#[test]
fn a_sites_wordless_notice_counts_when_it_knows_the_member() {
    let local = TO.split('@').next().unwrap_or_default();
    // Nextcloud's quota notice: web software in X-Mailer, a member's user
    // name, no wording of any event the rules know.
    let notice = |greeting: &str, mailer: &str| {
        mail(
            &pass("cloud-so.vn"),
            "Nextcloud Sở <nextcloud@cloud-so.vn>",
            TO,
            "Dung lượng lưu trữ sắp đầy",
            &format!("X-Mailer: {mailer}\r\n"),
            &format!("Chào {greeting},\nBạn đang dùng 9,6 GB trong hạn mức 10 GB."),
        )
    };
    let member = notice(&format!("{local}25"), "Nextcloud");
    assert_eq!(
        account(&detector().inspect(&member)).map(|a| a.0),
        Some(Confidence::Medium)
    );
    // Without the member's name, or from a person's mail client: nothing.
    assert_eq!(
        account(&detector().inspect(&notice("bạn", "Nextcloud"))),
        None
    );
    let person = notice(&format!("{local}25"), "Microsoft Outlook 16.0");
    assert_eq!(account(&detector().inspect(&person)), None);
    // A parcel or invoice naming its target is a lure's habit: no account.
    let parcel = mail(
        &pass("nongsan-xyz.vn"),
        "Giao hàng <giaohang@nongsan-xyz.vn>",
        TO,
        "Đơn hàng của bạn đang chờ thanh toán phí",
        "X-Mailer: PHPMailer 6.8.1\r\n",
        &format!("Kính gửi {TO}, vui lòng thanh toán phí giao hàng 25.000đ."),
    );
    assert_eq!(account(&detector().inspect(&parcel)), None);
}

#[test]
fn a_trackers_watchers_footer_is_no_newsletter() {
    // Redmine tells watchers they "subscribed" to an issue: its members.
    let raw = mail(
        &pass("duan-so.vn"),
        "Redmine <redmine@duan-so.vn>",
        TO,
        "[Cổng dữ liệu - Lỗi #412] Sai định dạng ngày",
        "X-Redmine-Host: duan-so.vn\r\nX-Redmine-Project: cong-du-lieu\r\nList-Id: <cong-du-lieu.duan-so.vn>\r\n",
        "Issue #412 has been reported by Lê Văn Hùng.\n\
         You have received this notification because you have either subscribed to it, or are involved in it.",
    );
    let verdict = detector().inspect(&raw);
    assert_counted(&verdict);
}

#[test]
fn a_senders_one_word_name_inside_a_phrase_is_set_aside() {
    // "Reset your Grafana password" from a self-hosted Grafana: the
    // display name inside the phrase does not count as words between.
    let raw = mail(
        &pass("giamsat.vn"),
        "Grafana <grafana@giamsat.vn>",
        TO,
        "Reset your Grafana password - Mai",
        "",
        "Copy and paste the following link to reset your password within 2 hours.",
    );
    let verdict = detector().inspect(&raw);
    assert!(
        verdict
            .findings
            .iter()
            .any(|f| f.kind == FindingKind::Account
                && f.event == govmail_audit::EventKind::PasswordReset),
        "{verdict:?}"
    );
    // A descriptive display name keeps its words: a newsletter opt-in.
    let raw = mail(
        &pass("kinhteso.vn"),
        "Bản tin Kinh tế Số <noreply@kinhteso.vn>",
        TO,
        "Xác nhận bạn sẽ theo dõi Bản tin Kinh tế Số",
        "",
        "Vui lòng xác nhận địa chỉ email của bạn. Đã gửi đến {TO}",
    );
    assert_eq!(account(&detector().inspect(&raw)), None);
}

#[test]
fn a_marketing_feedback_id_makes_a_newsletter_even_to_members() {
    // Gmail's CampaignID:CustomerID:MailType:SenderID, the type naming the
    // stream; the footer's "member" does not make promotion a sign-up.
    let members = "You're receiving this email because you're a Canva member.";
    let cases = [
        (
            "Feedback-ID: 4411:newsletter:canva\r\n",
            "New templates this week",
        ),
        (
            "Feedback-ID: mkt:spring-2025:canva\r\n",
            "Ưu đãi Canva Pro: giảm 40%",
        ),
    ];
    for (feedback, subject) in cases {
        let raw = mail(
            &pass("canva.com"),
            "Canva <no-reply@canva.com>",
            TO,
            subject,
            feedback,
            &format!("Explore what's new.\n{members}"),
        );
        let verdict = detector().inspect(&raw);
        assert_eq!(account(&verdict), None, "{feedback}: {verdict:?}");
    }
    // A promotion by its wording, whatever the footer says of members.
    let raw = mail(
        &pass("canva.com"),
        "Canva <no-reply@canva.com>",
        TO,
        "Secret deals on Canva Pro - up to 45% off",
        "List-Unsubscribe: <https://canva.com/u/1>\r\n",
        "Members save more.\nYou received this email because you have an account with Canva.",
    );
    assert_eq!(account(&detector().inspect(&raw)), None);
    // A marketing mailbox writing of a payment: a promotion, not a receipt.
    let raw = mail(
        &pass("canva.com"),
        "Canva <khuyenmai@canva.com>",
        TO,
        "Hoàn tiền 20% khi thanh toán gói Canva Pro bằng thẻ",
        "List-Unsubscribe: <https://canva.com/u/1>\r\n",
        "Ưu đãi dành cho khách hàng tháng 12.",
    );
    assert_eq!(account(&detector().inspect(&raw)), None);
    // A transactional type, or marketing named only by the sender id (the
    // last field), keeps the member's notification an account.
    for feedback in [
        "Feedback-ID: 4411:notification:canva\r\n",
        "Feedback-ID: 4411:notif:newsletter\r\n",
    ] {
        let raw = mail(
            &pass("canva.com"),
            "Canva <no-reply@canva.com>",
            TO,
            "Your design was viewed 12 times",
            feedback,
            &format!("Your team's designs this week.\n{members}"),
        );
        let verdict = detector().inspect(&raw);
        assert!(
            account(&verdict).is_some_and(|a| a.0 >= Confidence::Medium),
            "{feedback}: {verdict:?}"
        );
    }
}

#[test]
fn authentication_failing_on_a_services_domain_is_phishing_unless_forwarded() {
    let failing =
        "dkim=none; spf=fail smtp.mailfrom=mail.shopee.vn; dmarc=fail header.from=shopee.vn";
    let raw = mail(
        failing,
        "Shopee <info@mail.shopee.vn>",
        TO,
        "Ban nhan duoc voucher 500K",
        "",
        "Nhan voucher ngay truoc 23:59.",
    );
    let verdict = detector().inspect(&raw);
    assert!(
        verdict
            .findings
            .iter()
            .any(|f| f.kind == FindingKind::SuspectedPhishing),
        "{verdict:?}"
    );
    // Forwarded on the way: the failure says nothing about the sender.
    let raw = mail(
        failing,
        "Shopee <info@mail.shopee.vn>",
        TO,
        "Ban nhan duoc voucher 500K",
        "Resent-From: ban.mai@example.org\r\nResent-To: tran.thi.mai@stttt.quangngai.gov.vn\r\n",
        "Nhan voucher ngay truoc 23:59.",
    );
    let verdict = detector().inspect(&raw);
    assert!(
        verdict
            .findings
            .iter()
            .all(|f| f.kind != FindingKind::SuspectedPhishing),
        "{verdict:?}"
    );
}

#[test]
fn wording_families_of_outside_sites() {
    // Mastodon-style alert, Moodle-style digest, Keycloak-style event mail.
    let cases = [
        (
            "Ky su Social <notifications@kysu-social.vn>",
            "Your account has been accessed from a new IP address",
            "We've detected a sign-in to your account from a new IP address.",
        ),
        (
            "Hoc truc tuyen <noreply@hoctap.sotttt.vn>",
            "Hoc truc tuyen: forum digest",
            "Announcements\nDeadline extended\nTo change your forum email preferences, go to your forum preferences.",
        ),
        (
            "Cong SSO <sso@dulieuso.com.vn>",
            "Update password",
            "Your password was changed on 01/03/2025. If this was not you, please contact an administrator.",
        ),
    ];
    for (from, subject, body) in cases {
        let domain = from
            .rsplit_once('@')
            .map(|(_, d)| d.trim_end_matches('>'))
            .unwrap();
        let raw = mail(&pass(domain), from, TO, subject, "", body);
        let verdict = detector().inspect(&raw);
        assert_eq!(
            account(&verdict).map(|a| a.0),
            Some(Confidence::Medium),
            "{subject}: {verdict:?}"
        );
    }
}

#[test]
fn a_sent_to_footer_confirms_undisclosed_recipients() {
    let footer = format!("Email này được gửi đến {TO}.");
    let nfd: String = footer.nfd().collect();
    for footer in [footer, nfd, format!("Email nay duoc gui den {TO}.")] {
        let raw = mail(
            &pass("lazada.vn"),
            "Lazada Vietnam <info@mail.lazada.vn>",
            "undisclosed-recipients:;",
            "Danh gia san pham ban da mua",
            "",
            &format!("Ban thay san pham the nao?\n\n{footer}"),
        );
        let verdict = detector().inspect(&raw);
        assert_eq!(
            account(&verdict),
            Some((Confidence::Medium, "lazada".to_string())),
            "{footer}: {verdict:?}"
        );
    }
}
