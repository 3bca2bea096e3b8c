//! Who the sender really is: a service's own name under another public
//! suffix, self-hosted software at an instance's own domain, a payment
//! processor's receipt for a merchant, an app on a platform's shared domain.
//! English and Vietnamese; all mail here is invented.

use govmail_audit::{Confidence, FindingKind, Verdict};

use crate::common::detector;

const TO: &str = "tran.thi.lan@stnmt.quangngai.gov.vn";

/// A mail with the trusted receiving server's results for `auth`, and the
/// given From, Subject, extra headers and HTML body.
fn mail(auth: &str, from: &str, subject: &str, extra: &str, html: &str) -> Vec<u8> {
    format!(
        "Authentication-Results: mail.quangngai.gov.vn; {auth}\r\n\
         Received: from out.example.net (out.example.net [203.0.113.20]) by mail.quangngai.gov.vn (Postfix) with ESMTPS id 7; Tue, 4 Mar 2025 10:00:00 +0700\r\n\
         From: {from}\r\nTo: {TO}\r\nSubject: {subject}\r\nDate: Tue, 4 Mar 2025 10:00:00 +0700\r\n\
         Message-ID: <m1@out.example.net>\r\n{extra}MIME-Version: 1.0\r\n\
         Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{html}\r\n"
    )
    .into_bytes()
}

fn passes(domain: &str) -> String {
    format!(
        "dkim=pass header.d={domain}; spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}"
    )
}

/// The account finding's (service id, engine, confidence); panics without one.
fn account(verdict: &Verdict) -> (String, Option<String>, Confidence) {
    let finding = verdict
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::Account)
        .unwrap_or_else(|| panic!("no account in {verdict:?}"));
    assert_eq!(finding.address, TO);
    (
        finding.service.id.clone(),
        finding.service.engine.clone(),
        finding.confidence,
    )
}

fn is_phishing(verdict: &Verdict) -> bool {
    verdict
        .findings
        .iter()
        .any(|f| f.kind == FindingKind::SuspectedPhishing)
        && verdict
            .findings
            .iter()
            .all(|f| f.kind != FindingKind::Account)
}

#[test]
fn a_service_own_name_under_another_suffix_is_the_service() {
    // English: Coursera (coursera.org) from coursera.vn, authenticated there.
    let verdict = detector().inspect(&mail(
        &passes("coursera.vn"),
        "Coursera <no-reply@coursera.vn>",
        "Please verify your email address",
        "",
        "<p>Welcome to Coursera! Click below to verify your email address.</p>",
    ));
    let (service, _, confidence) = account(&verdict);
    assert_eq!(service, "coursera");
    assert!(confidence >= Confidence::Medium, "{verdict:?}");
    // Vietnamese: Canva (canva.com) from canva.com.vn.
    let verdict = detector().inspect(&mail(
        &passes("canva.com.vn"),
        "Canva <thongbao@canva.com.vn>",
        "Xác nhận địa chỉ email của bạn",
        "",
        "<p>Cảm ơn bạn đã đăng ký Canva. Vui lòng xác nhận địa chỉ email.</p>",
    ));
    assert_eq!(account(&verdict).0, "canva");
}

#[test]
fn the_own_name_elsewhere_stays_phishing_with_any_sign_of_deception() {
    let wording = "<p>Welcome to Coursera! Click below to verify your email address.</p>";
    // A cheap, heavily abused TLD.
    let verdict = detector().inspect(&mail(
        &passes("coursera.xyz"),
        "Coursera <no-reply@coursera.xyz>",
        "Please verify your email address",
        "",
        wording,
    ));
    assert!(is_phishing(&verdict), "{verdict:?}");
    // Replies to free mail.
    let verdict = detector().inspect(&mail(
        &passes("coursera.vn"),
        "Coursera <no-reply@coursera.vn>",
        "Please verify your email address",
        "Reply-To: coursera.help@gmail.com\r\n",
        wording,
    ));
    assert!(is_phishing(&verdict), "{verdict:?}");
    // A link that shows the brand's domain and leads elsewhere.
    let verdict = detector().inspect(&mail(
        &passes("coursera.vn"),
        "Coursera <no-reply@coursera.vn>",
        "Please verify your email address",
        "",
        "<p>Verify your email address at \
         <a href=\"https://login-check.example.top/c\">www.coursera.org</a></p>",
    ));
    assert!(is_phishing(&verdict), "{verdict:?}");
    // Not authenticated at its domain (Vietnamese).
    let verdict = detector().inspect(&mail(
        "dkim=fail header.d=canva.com.vn; spf=softfail smtp.mailfrom=canva.com.vn; dmarc=fail header.from=canva.com.vn",
        "Canva <thongbao@canva.com.vn>",
        "Xác nhận địa chỉ email của bạn",
        "",
        "<p>Vui lòng xác nhận địa chỉ email.</p>",
    ));
    assert!(is_phishing(&verdict), "{verdict:?}");
    // The brand inside a longer name is no own name.
    let verdict = detector().inspect(&mail(
        &passes("coursera-verify.vn"),
        "Coursera <no-reply@coursera-verify.vn>",
        "Please verify your email address",
        "",
        wording,
    ));
    assert!(is_phishing(&verdict), "{verdict:?}");
}

#[test]
fn a_service_name_with_a_mail_word_is_its_mail_domain() {
    // English: Coursera's receipt from a `courseramail.com` of its own.
    let verdict = detector().inspect(&mail(
        &passes("courseramail.com"),
        "Coursera <receipts@courseramail.com>",
        "Your Coursera Plus receipt",
        "",
        "<p>Thanks for your purchase. Your Coursera Plus subscription is active.</p>",
    ));
    assert_eq!(account(&verdict).0, "coursera", "{verdict:?}");
    // Vietnamese, hyphenated.
    let verdict = detector().inspect(&mail(
        &passes("canva-email.com"),
        "Canva <thongbao@canva-email.com>",
        "Xác nhận địa chỉ email của bạn",
        "",
        "<p>Cảm ơn bạn đã đăng ký Canva. Vui lòng xác nhận địa chỉ email.</p>",
    ));
    assert_eq!(account(&verdict).0, "canva", "{verdict:?}");
    // Other words after the name are no mail domain; nor is a deceiving
    // link, nor an abused TLD.
    for (domain, html) in [
        (
            "courserasecure.com",
            "<p>Welcome to Coursera! Verify your email address.</p>",
        ),
        (
            "courseramail.com",
            "<p>Verify your email address at \
             <a href=\"https://login-check.example.top/c\">www.coursera.org</a></p>",
        ),
        (
            "courseramail.xyz",
            "<p>Welcome to Coursera! Verify your email address.</p>",
        ),
    ] {
        let verdict = detector().inspect(&mail(
            &passes(domain),
            &format!("Coursera <no-reply@{domain}>"),
            "Please verify your email address",
            "",
            html,
        ));
        assert!(is_phishing(&verdict), "{domain}: {verdict:?}");
    }
}

#[test]
fn self_hosted_software_is_an_account_at_the_instance() {
    // English: a self-managed GitLab's sign-in notice, with its headers.
    let verdict = detector().inspect(&mail(
        &passes("sokhcn-demo.vn"),
        "GitLab Sở KHCN <gitlab@git.sokhcn-demo.vn>",
        "GitLab Sở KHCN sign-in from new location",
        "X-GitLab-NotificationReason: \r\nAuto-Submitted: auto-generated\r\n",
        "<p>Your account was signed in to from a new location: 198.51.100.7.</p>",
    ));
    let (service, engine, confidence) = account(&verdict);
    assert_eq!(service, "sokhcn-demo.vn");
    assert_eq!(engine.as_deref(), Some("gitlab"));
    assert!(confidence >= Confidence::Medium, "{verdict:?}");
    // Vietnamese: a Mattermost instance's notification.
    let verdict = detector().inspect(&mail(
        &passes("phongcntt-demo.vn"),
        "Mattermost Phòng CNTT <no-reply@chat.phongcntt-demo.vn>",
        "[Mattermost Phòng CNTT] Thông báo mới",
        "Auto-Submitted: auto-generated\r\n",
        "<p>Bạn có tin nhắn mới từ @minh.tuan trong kênh ~ke-hoach.</p>",
    ));
    let (service, engine, _) = account(&verdict);
    assert_eq!(service, "phongcntt-demo.vn");
    assert_eq!(engine.as_deref(), Some("mattermost"));
}

#[test]
fn self_hosted_software_named_by_a_deceiver_stays_phishing() {
    // The brand inside the sender's own domain.
    let verdict = detector().inspect(&mail(
        &passes("gitlab-security-center.com"),
        "GitLab <alerts@gitlab-security-center.com>",
        "GitLab sign-in from new location",
        "",
        "<p>Your account was signed in to from a new location.</p>",
    ));
    assert!(is_phishing(&verdict), "{verdict:?}");
    // Not authenticated at the instance's domain (Vietnamese).
    let verdict = detector().inspect(&mail(
        "dkim=none; spf=fail smtp.mailfrom=chat.phongcntt-demo.vn; dmarc=fail header.from=phongcntt-demo.vn",
        "Mattermost <no-reply@chat.phongcntt-demo.vn>",
        "Xác nhận địa chỉ email Mattermost",
        "",
        "<p>Vui lòng xác nhận địa chỉ email của bạn.</p>",
    ));
    assert!(is_phishing(&verdict), "{verdict:?}");
}

#[test]
fn a_processor_receipt_is_the_merchant_account() {
    let stripe = passes("stripe.com");
    // English: a catalog merchant named in the display name and subject.
    let verdict = detector().inspect(&mail(
        &stripe,
        "\"Canva Pty Ltd\" <invoice+statements+acct_1QxYz2AbCdEf@stripe.com>",
        "Your receipt from Canva Pty Ltd #1044-2231",
        "",
        "<p>Receipt from Canva Pty Ltd. Amount paid $14.99. Canva Pro x 1.</p>",
    ));
    assert_eq!(account(&verdict).0, "canva");
    // Vietnamese: a merchant in no catalog: an account to review under its
    // name, never at Stripe.
    let verdict = detector().inspect(&mail(
        &stripe,
        "\"Xuong Gom Lang Nghe Co., Ltd\" <receipts+acct_1PqRs3TuVwXy@stripe.com>",
        "Biên lai thanh toán của bạn từ Xuong Gom Lang Nghe #2090-1182",
        "",
        "<p>Biên lai từ Xuong Gom Lang Nghe. Số tiền đã thanh toán 450.000 ₫.</p>",
    ));
    let findings: Vec<_> = verdict
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Account)
        .collect();
    assert!(
        !findings.is_empty()
            && findings
                .iter()
                .all(|f| f.service.id == "xuong-gom-lang-nghe" && f.confidence == Confidence::Low),
        "{verdict:?}"
    );
    // Stripe's own mail to a Stripe user stays Stripe's.
    let verdict = detector().inspect(&mail(
        &stripe,
        "Stripe <support@stripe.com>",
        "Verify your email for Stripe",
        "",
        "<p>Please verify your email address to finish setting up your Stripe account.</p>",
    ));
    assert_eq!(account(&verdict).0, "stripe");
}

#[test]
fn an_app_on_a_shared_platform_domain_is_the_project() {
    // English: Firebase Auth's default mail, signed by the platform.
    let verdict = detector().inspect(&mail(
        "dkim=pass header.d=firebaseapp.com; spf=pass smtp.mailfrom=quanlykho-3c9d1.firebaseapp.com; dmarc=pass header.from=firebaseapp.com",
        "quanlykho <noreply@quanlykho-3c9d1.firebaseapp.com>",
        "Verify your email for quanlykho",
        "",
        "<p>Follow this link to verify your email address.</p>",
    ));
    let (service, _, confidence) = account(&verdict);
    assert_eq!(service, "quanlykho-3c9d1.firebaseapp.com");
    assert!(confidence >= Confidence::Medium, "{verdict:?}");
    // Vietnamese, signed by the project's own domain.
    let verdict = detector().inspect(&mail(
        &passes("hocvien-8a2b7.firebaseapp.com"),
        "Học viên <noreply@hocvien-8a2b7.firebaseapp.com>",
        "Xác nhận địa chỉ email của bạn",
        "",
        "<p>Vui lòng xác nhận địa chỉ email để kích hoạt tài khoản.</p>",
    ));
    assert_eq!(account(&verdict).0, "hocvien-8a2b7.firebaseapp.com");
    // A brand claimed from a platform's shared domain is still phishing.
    let verdict = detector().inspect(&mail(
        "dkim=pass header.d=firebaseapp.com; dmarc=pass header.from=firebaseapp.com",
        "Microsoft Outlook <noreply@mailbox-quota-7f2.firebaseapp.com>",
        "Verify your email for your mailbox",
        "",
        "<p>Your mailbox is full. Verify your email address to keep it.</p>",
    ));
    assert!(is_phishing(&verdict), "{verdict:?}");
}

#[test]
fn a_mail_provider_writing_from_its_own_reserved_name_is_the_provider() {
    // Proton's welcome from no-reply@proton.me, its own (free-mail) domain.
    let verdict = detector().inspect(&mail(
        &passes("proton.me"),
        "Proton <no-reply@proton.me>",
        "Welcome to Proton",
        "",
        "<p>Your Proton Account has been created. Keep your recovery phrase safe.</p>",
    ));
    assert_eq!(account(&verdict).0, "proton", "{verdict:?}");

    // Any other box at the same provider is a subscriber's: never the
    // provider's account mail.
    let verdict = detector().inspect(&mail(
        &passes("proton.me"),
        "Proton <proton-security-team@proton.me>",
        "Chào mừng bạn đến với Proton",
        "",
        "<p>Tài khoản Proton của bạn đã được tạo.</p>",
    ));
    assert!(
        verdict
            .findings
            .iter()
            .all(|f| f.kind != FindingKind::Account),
        "{verdict:?}"
    );
}

#[test]
fn a_person_sending_through_a_file_sharing_service_is_not_an_account() {
    // "Name via Service", without parentheses, as WeTransfer names a send.
    let verdict = detector().inspect(&mail(
        &passes("wetransfer.com"),
        "Minh Chau via WeTransfer <noreply@wetransfer.com>",
        "Minh Chau sent you Bao cao quy 3.zip",
        "",
        "<p>Minh Chau sent you some files. Download them before they expire.</p>",
    ));
    assert!(
        verdict
            .findings
            .iter()
            .all(|f| f.kind != FindingKind::Account),
        "{verdict:?}"
    );
}
