//! Accounts at risk: a password a service sends in clear is flagged with
//! the criteria it fails, and the password itself reaches no output.

use std::process::Command;

use govmail_audit::{FindingKind, PasswordCriterion, Signal};

use crate::common::{detector, root, scan_binary};

/// A password no other text holds, so that finding it anywhere is a leak.
const MARKER: &str = "Qz7mrkPWx41";

/// A forum's welcome mail (English or Vietnamese) that sends the password.
fn welcome(vietnamese: bool, subject_has_password: bool) -> String {
    let (subject, body) = if vietnamese {
        (
            "=?UTF-8?B?Q2jDoG8gbeG7q25nIGLhuqFuIMSR4bq/biB24bubaSBkaeG7hW4gxJHDoG4=?=".to_string(),
            format!(
                "Ch\u{e0}o m\u{1eeb}ng b\u{1ea1}n \u{111}\u{1ebf}n v\u{1edb}i di\u{1ec5}n \u{111}\u{e0}n.\n\
                 T\u{ea}n \u{111}\u{103}ng nh\u{1ead}p: binh.le\n\
                 M\u{1ead}t kh\u{1ea9}u: {MARKER}\n\
                 Nh\u{1ea5}n v\u{e0}o li\u{ea}n k\u{1ebf}t \u{111}\u{1ec3} k\u{ed}ch ho\u{1ea1}t t\u{e0}i kho\u{1ea3}n.\n"
            ),
        )
    } else if subject_has_password {
        (
            format!("Welcome! Your password is {MARKER}"),
            "Welcome to the forum. Please verify your email address.\n".to_string(),
        )
    } else {
        (
            "Welcome to Cay Canh Forum, please verify your email".to_string(),
            format!(
                "Thanks for registering.\nUsername: binh.le\nYour password is: {MARKER}\n\
                 Please verify your email address to activate your account.\n"
            ),
        )
    };
    format!(
        "Authentication-Results: mail.quangngai.gov.vn; dkim=pass header.d=ban-cay-canh.vn\n\
         DKIM-Signature: v=1; a=rsa-sha256; d=ban-cay-canh.vn; s=k1; h=From; bh=x; b=y\n\
         From: Ban Cay Canh <noreply@ban-cay-canh.vn>\n\
         To: le.van.binh@sotttt.quangngai.gov.vn\n\
         Subject: {subject}\n\
         Date: Tue, 7 Jan 2025 10:00:00 +0700\n\
         Message-ID: <pw1@ban-cay-canh.vn>\n\
         X-phpBB-Origin: phpbb://ban-cay-canh.vn\n\
         MIME-Version: 1.0\n\
         Content-Type: text/plain; charset=utf-8\n\
         Content-Transfer-Encoding: 8bit\n\n{body}"
    )
}

fn exposed(raw: &str) -> Option<Vec<PasswordCriterion>> {
    let verdict = detector().inspect(raw.as_bytes());
    let account = verdict
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::Account)
        .unwrap_or_else(|| panic!("no account in {verdict:?}"));
    account.signals.iter().find_map(|s| match s {
        Signal::PasswordExposed { fails } => Some(fails.clone()),
        _ => None,
    })
}

#[test]
fn a_password_in_clear_is_flagged_with_the_criteria_it_fails() {
    // Qz7mrkPWx41: 11 characters, upper, lower, digit; no special character.
    for vietnamese in [false, true] {
        assert_eq!(
            exposed(&welcome(vietnamese, false)),
            Some(vec![PasswordCriterion::SpecialCharacter]),
            "vietnamese: {vietnamese}"
        );
    }
    assert_eq!(
        exposed(&welcome(false, true)),
        Some(vec![PasswordCriterion::SpecialCharacter])
    );
}

#[test]
fn the_password_reaches_no_output() {
    let dir = std::env::temp_dir().join(format!("govmail-password-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("mail")).unwrap();
    for (name, vietnamese, in_subject) in [
        ("en.eml", false, false),
        ("vi.eml", true, false),
        ("subject.eml", false, true),
    ] {
        std::fs::write(dir.join("mail").join(name), welcome(vietnamese, in_subject)).unwrap();
    }
    // A person's mail, no account at all, with the password in its subject:
    // its verdict (in --explain) must withhold the subject too.
    std::fs::write(
        dir.join("mail").join("personal.eml"),
        format!(
            "From: Tran Thi B <tranthib.fake@gmail.com>\nTo: le.van.binh@sotttt.quangngai.gov.vn\n\
             Subject: Mat khau wifi: {MARKER}\nDate: Tue, 7 Jan 2025 10:00:00 +0700\n\n\
             Mật khẩu của bạn là {MARKER}\n"
        ),
    )
    .unwrap();
    let notices = dir.join("notices");
    let mut outputs = Vec::new();
    for format in ["table", "json", "jsonl", "csv", "html"] {
        for lang in ["en", "vi"] {
            let out = Command::new(scan_binary())
                .args(["--explain", "--stats", "--format", format, "--lang", lang])
                .arg("--notices")
                .arg(&notices)
                .arg(dir.join("mail"))
                .current_dir(root())
                .output()
                .expect("run the scan example");
            assert!(
                String::from_utf8_lossy(&out.stdout).contains("ban-cay-canh.vn"),
                "{format}: the account is reported"
            );
            outputs.push((format!("{format} {lang} stdout"), out.stdout));
            outputs.push((format!("{format} {lang} stderr"), out.stderr));
        }
    }
    for entry in std::fs::read_dir(&notices).unwrap() {
        let path = entry.unwrap().path();
        outputs.push((path.display().to_string(), std::fs::read(&path).unwrap()));
    }
    assert!(outputs.len() > 20);
    for (what, bytes) in outputs {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains(MARKER), "the password leaked into {what}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A genuine security mail of `domain` (authenticated by the receiving
/// government server) with a plain-text body.
fn security_mail(from: &str, domain: &str, subject: &str, body: &str) -> String {
    format!(
        "Authentication-Results: mail.quangngai.gov.vn; dkim=pass header.d={domain}; spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}\n\
         DKIM-Signature: v=1; a=rsa-sha256; d={domain}; s=k1; h=From; bh=x; b=y\n\
         From: {from}\n\
         To: le.van.binh@sotttt.quangngai.gov.vn\n\
         Subject: {subject}\n\
         Date: Tue, 7 Jan 2025 10:00:00 +0700\n\
         Message-ID: <sec1@{domain}>\n\
         MIME-Version: 1.0\n\
         Content-Type: text/plain; charset=utf-8\n\
         Content-Transfer-Encoding: 8bit\n\n{body}"
    )
}

fn risk_signals(detector: &govmail_audit::Detector, raw: &str) -> Vec<Signal> {
    let verdict = detector.inspect(raw.as_bytes());
    let account = verdict
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::Account)
        .unwrap_or_else(|| panic!("no account in {verdict:?}"));
    account
        .signals
        .iter()
        .filter(|s| {
            matches!(
                s,
                Signal::LoginDetails { .. }
                    | Signal::LoginFromAbroad { .. }
                    | Signal::LoginFromListedAddress { .. }
                    | Signal::AccountChanged { .. }
            )
        })
        .cloned()
        .collect()
}

#[test]
fn logins_from_abroad_put_the_account_at_risk() {
    let detector = detector();
    // Facebook, English: "near <place>".
    let signals = risk_signals(
        detector,
        &security_mail(
            "Facebook <security@facebookmail.com>",
            "facebookmail.com",
            "New login to Facebook from Chrome on Windows",
            "Hi Binh,\nWe noticed a new login to your account from Chrome on Windows near Lagos, Nigeria.\nIf this was you, you can ignore this message.\n",
        ),
    );
    assert!(
        signals.contains(&Signal::LoginFromAbroad {
            place: "Lagos, Nigeria".into()
        }),
        "{signals:?}"
    );
    assert!(
        signals
            .iter()
            .all(|s| s.puts_account_at_risk() || matches!(s, Signal::LoginDetails { .. }))
    );
    // Zalo, Vietnamese, at home: details read, no risk.
    let signals = risk_signals(
        detector,
        &security_mail(
            "Zalo <noreply@zalo.me>",
            "zalo.me",
            "Cảnh báo đăng nhập tài khoản Zalo",
            "Tài khoản Zalo của bạn vừa đăng nhập trên thiết bị mới.\nThiết bị: iPhone 13\nVị trí: Quảng Ngãi, Việt Nam\nĐịa chỉ IP: 113.160.12.4\n",
        ),
    );
    assert_eq!(
        signals,
        vec![Signal::LoginDetails {
            ip: Some("113.160.12.4".into()),
            place: Some("Quảng Ngãi, Việt Nam".into()),
            device: Some("iPhone 13".into()),
        }]
    );
}

#[test]
fn a_login_from_a_listed_address_puts_the_account_at_risk() {
    let dir = std::env::temp_dir().join(format!("govmail-iplist-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let list = dir.join("botnet.txt");
    std::fs::write(&list, "# CERT list\n203.0.113.0/24\n").unwrap();
    let mut policy = govmail_audit::Policy::default();
    policy.security.ip_lists.push(list);
    let detector =
        govmail_audit::Detector::new(policy, govmail_audit::Catalog::builtin().unwrap()).unwrap();
    let signals = risk_signals(
        &detector,
        &security_mail(
            "Microsoft account team <account-security-noreply@accountprotection.microsoft.com>",
            "accountprotection.microsoft.com",
            "Microsoft account unusual sign-in activity",
            "We detected something unusual about a recent sign-in.\nCountry/region: Việt Nam\nIP address: 203.0.113.77\nPlatform: Windows\nBrowser: Edge\n",
        ),
    );
    assert!(
        signals.contains(&Signal::LoginFromListedAddress {
            ip: "203.0.113.77".into()
        }),
        "{signals:?}"
    );
    assert!(
        !signals
            .iter()
            .any(|s| matches!(s, Signal::LoginFromAbroad { .. }))
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn two_step_verification_turned_off_is_a_risk() {
    let signals = risk_signals(
        detector(),
        &security_mail(
            "Google <no-reply@accounts.google.com>",
            "accounts.google.com",
            "Security alert: 2-Step Verification turned off",
            "2-Step Verification was turned off for le.van.binh@sotttt.quangngai.gov.vn.\nIf you didn't do this, secure your account.\n",
        ),
    );
    let change = Signal::AccountChanged {
        change: "two_step_verification_off".into(),
    };
    assert!(signals.contains(&change), "{signals:?}");
    assert!(change.puts_account_at_risk());
}

#[test]
fn official_mail_sent_from_a_listed_address_marks_the_machine() {
    let dir = std::env::temp_dir().join(format!("govmail-sent-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let list = dir.join("botnet.txt");
    std::fs::write(&list, "198.51.100.23 # seen in a botnet\n").unwrap();
    let mut policy = govmail_audit::Policy::default();
    policy.security.ip_lists.push(list);
    let detector =
        govmail_audit::Detector::new(policy, govmail_audit::Catalog::builtin().unwrap()).unwrap();
    let sent = |originating: &str| {
        format!(
            "Received: from mail.quangngai.gov.vn by mx.example.org; Tue, 7 Jan 2025 10:00:05 +0700\n\
             Received: from [192.168.1.20] (unknown [{originating}]) by mail.quangngai.gov.vn with ESMTPSA; Tue, 7 Jan 2025 10:00:00 +0700\n\
             From: Le Van Binh <le.van.binh@sotttt.quangngai.gov.vn>\n\
             To: doitac@example.org\n\
             Subject: =?UTF-8?B?QsOhbyBjw6FvIHR14bqnbg==?=\n\
             Date: Tue, 7 Jan 2025 10:00:00 +0700\n\
             Message-ID: <sent1@sotttt.quangngai.gov.vn>\n\n\
             Gửi anh báo cáo tuần.\n"
        )
    };
    let verdict = detector.inspect(sent("198.51.100.23").as_bytes());
    let machine = verdict
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::SentFromListedAddress)
        .unwrap_or_else(|| panic!("no machine in {verdict:?}"));
    assert_eq!(machine.address, "le.van.binh@sotttt.quangngai.gov.vn");
    assert_eq!(machine.service.id, "198.51.100.23");
    assert!(!machine.violation);
    // Not listed: skipped as government mail, as before.
    let verdict = detector.inspect(sent("198.51.100.24").as_bytes());
    assert!(verdict.findings.is_empty());
    // The report's security section lists the machine.
    std::fs::write(dir.join("sent.eml"), sent("198.51.100.23")).unwrap();
    let mut scan = detector.scan();
    scan.add_path(&dir.join("sent.eml"));
    let report = scan.finish();
    assert_eq!(report.security.machines_on_lists.len(), 1);
    assert_eq!(report.security.machines_on_lists[0].ip, "198.51.100.23");
    assert!(report.accounts.is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn notices_tell_the_person_what_to_do_about_a_password_sent_in_clear() {
    let dir = std::env::temp_dir().join(format!("govmail-notice-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("welcome.eml");
    std::fs::write(&file, welcome(true, false)).unwrap();
    let mut scan = detector().scan();
    scan.add_path(&file);
    let report = scan.finish();
    let risk = &report.security.accounts_at_risk[0];
    assert_eq!(risk.reasons, vec!["password_exposed"]);
    assert_eq!(
        risk.password_fails,
        Some(vec![PasswordCriterion::SpecialCharacter])
    );
    for (lang, expected) in [
        (govmail_audit::report::Lang::En, "password sent in clear"),
        (govmail_audit::report::Lang::Vi, "mật khẩu gửi dạng rõ"),
    ] {
        let notices = govmail_audit::report::notices(&report, lang);
        assert_eq!(notices.len(), 1);
        assert!(notices[0].text.contains(expected), "{}", notices[0].text);
        assert!(!notices[0].text.contains(MARKER));
        assert!(!notices[0].html.contains(MARKER));
    }
    let _ = std::fs::remove_dir_all(&dir);
}
