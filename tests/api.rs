//! The public API: policy, catalog overrides, owner attribution, limits and
//! error reporting.

use govmail_audit::report::Location;
use govmail_audit::{
    Catalog, Category, Detector, ErrorKind, EventKind, FindingKind, Outcome, Policy,
    RecipientSource, SkipReason,
};

use crate::common::{detector, fixture};

fn read(name: &str) -> Vec<u8> {
    std::fs::read(fixture(&format!("messages/{name}"))).unwrap()
}

/// A verification mail from a forum that no catalog lists, with its To:
/// replaced by `to`.
fn unlisted_forum_mail(to: &str) -> Vec<u8> {
    format!(
        "Authentication-Results: mail.quangngai.gov.vn; dkim=pass header.d=ban-cay-canh.vn\n\
         From: Ban Cay Canh <noreply@ban-cay-canh.vn>\n\
         To: {to}\n\
         Subject: =?UTF-8?B?WMOhYyBuaOG6rW4gxJHhu4thIGNo4buJIGVtYWlsIGPhu6dhIGLhuqFu?=\n\
         Date: Tue, 7 Jan 2025 10:00:00 +0700\n\
         Message-ID: <a1@ban-cay-canh.vn>\n\n\
         Nhan vao lien ket de kich hoat tai khoan.\n"
    )
    .into_bytes()
}

#[test]
fn unlisted_services_are_named_by_their_registrable_domain() {
    let verdict = detector().inspect(&unlisted_forum_mail("an.nguyen@stttt.quangngai.gov.vn"));
    let finding = &verdict.findings[0];
    assert_eq!(finding.service.id, "ban-cay-canh.vn");
    assert!(!finding.service.in_catalog);
    assert_eq!(finding.service.category, Category::Unknown);
    assert_eq!(finding.event, EventKind::EmailVerification);
    assert!(finding.violation);
}

#[test]
fn user_catalog_entries_name_and_categorise_a_service() {
    let mut catalog = Catalog::builtin().unwrap();
    catalog
        .add_toml(
            "[[service]]\nid = \"bancaycanh\"\nname = \"Bàn Cây Cảnh\"\ncategory = \"forum\"\nwebsites = [\"ban-cay-canh.vn\"]\n",
            "user.toml",
        )
        .unwrap();
    let detector = Detector::new(Policy::default(), catalog).unwrap();
    let verdict = detector.inspect(&unlisted_forum_mail("an.nguyen@stttt.quangngai.gov.vn"));
    assert_eq!(verdict.findings[0].service.id, "bancaycanh");
    assert_eq!(verdict.findings[0].service.category, Category::Forum);
}

#[test]
fn policy_scope_and_approvals_decide_violations() {
    let mut policy = Policy::default();
    policy.violations.categories = vec![Category::Social];
    let detector = Detector::new(policy, Catalog::builtin().unwrap()).unwrap();
    let forum = detector.inspect(&unlisted_forum_mail("an.nguyen@stttt.quangngai.gov.vn"));
    assert_eq!(forum.findings[0].kind, FindingKind::Account);
    assert!(
        !forum.findings[0].violation,
        "unknown category is out of scope"
    );

    let mut policy = Policy::default();
    policy.violations.approved_services = vec!["ban-cay-canh.vn".into()];
    let detector = Detector::new(policy, Catalog::builtin().unwrap()).unwrap();
    let approved = detector.inspect(&unlisted_forum_mail("an.nguyen@stttt.quangngai.gov.vn"));
    assert!(!approved.findings[0].violation);
}

#[test]
fn extra_official_domains_and_ignored_addresses() {
    let mail = unlisted_forum_mail("lan@hq.agency.example.org");
    assert!(detector().inspect(&mail).findings.is_empty());
    let mut policy = Policy::default();
    policy.official.domains = vec!["agency.example.org".into()];
    let detector = Detector::new(policy.clone(), Catalog::builtin().unwrap()).unwrap();
    assert_eq!(
        detector.inspect(&mail).findings[0].address,
        "lan@hq.agency.example.org"
    );
    policy.official.ignore_addresses = vec!["LAN@hq.agency.example.org".into()];
    let detector = Detector::new(policy, Catalog::builtin().unwrap()).unwrap();
    let verdict = detector.inspect(&mail);
    assert!(verdict.findings.is_empty());
    assert_eq!(
        verdict.outcome,
        Outcome::Skipped {
            reason: SkipReason::NoOfficialRecipient
        }
    );
}

#[test]
fn the_owner_is_credited_only_when_no_official_recipient_is_named() {
    let detector = detector();
    let owner = detector
        .owner("Chu.Hop.Thu@STTTT.quangngai.gov.vn")
        .unwrap();
    assert_eq!(owner.address(), "chu.hop.thu@stttt.quangngai.gov.vn");
    let personal_to = unlisted_forum_mail("someone@example.com");
    let verdict = detector.inspect_delivered_to(&personal_to, &owner);
    assert_eq!(
        verdict.findings[0].address,
        "chu.hop.thu@stttt.quangngai.gov.vn"
    );
    assert_eq!(verdict.findings[0].found_in, RecipientSource::Owner);
    let named = unlisted_forum_mail("an.nguyen@stttt.quangngai.gov.vn");
    let verdict = detector.inspect_delivered_to(&named, &owner);
    assert_eq!(verdict.findings.len(), 1);
    assert_eq!(
        verdict.findings[0].address,
        "an.nguyen@stttt.quangngai.gov.vn"
    );
    assert!(detector.owner("someone@gmail.com").is_err());
    assert_eq!(
        detector.owner("not an address").unwrap_err().kind(),
        ErrorKind::Policy
    );
}

#[test]
fn recipients_are_found_in_delivery_headers_verp_and_footers() {
    let detector = detector();
    // A bounce address alone names nobody: something must confirm it.
    let verp_only = read("sachhay24h-welcome-vi.eml");
    assert!(detector.inspect(&verp_only).findings.is_empty());
    let owner = detector.owner("khoa.bv@sotc.quangngai.gov.vn").unwrap();
    let confirmed = detector.inspect_delivered_to(&verp_only, &owner);
    let sources: Vec<_> = confirmed.findings.iter().map(|f| f.found_in).collect();
    assert_eq!(sources, [RecipientSource::Verp]);
    let cases = [
        ("facebook-digest-vi.eml", RecipientSource::Footer),
        ("quora-welcome-en.eml", RecipientSource::DeliveredTo),
        ("telegram-new-login-en.eml", RecipientSource::To),
        ("facebook-code-en.eml", RecipientSource::To),
    ];
    for (file, source) in cases {
        let verdict = detector.inspect(&read(file));
        let sources: Vec<_> = verdict.findings.iter().map(|f| f.found_in).collect();
        assert_eq!(sources, [source], "{file}");
    }
    // A recipient only in Delivered-To / only in a footer.
    let only_delivered =
        b"Authentication-Results: mail.quangngai.gov.vn; dkim=pass header.d=discord.com\n\
        Delivered-To: an.nguyen@stttt.quangngai.gov.vn\nTo: undisclosed-recipients:;\n\
        From: Discord <noreply@discord.com>\nSubject: Verify Email Address for Discord\n\nHi\n";
    let verdict = detector.inspect(only_delivered);
    assert_eq!(verdict.findings[0].found_in, RecipientSource::DeliveredTo);
    let only_footer =
        b"Authentication-Results: mail.quangngai.gov.vn; dkim=pass header.d=discord.com\n\
        To: an.nguyen.1985@gmail.com\nFrom: Discord <noreply@discord.com>\n\
        Subject: Verify Email Address for Discord\n\n\
        Hi\n\nThis email was sent to an.nguyen@stttt.quangngai.gov.vn.\n";
    let verdict = detector.inspect(only_footer);
    assert_eq!(verdict.findings[0].found_in, RecipientSource::Footer);
    assert_eq!(
        verdict.findings[0].address,
        "an.nguyen@stttt.quangngai.gov.vn"
    );
}

#[test]
fn unreadable_messages_are_failed_with_a_reason_and_the_scan_goes_on() {
    let detector = detector();
    for raw in [&b""[..], b"\n\n\n", b"no header here\n"] {
        let verdict = detector.inspect(raw);
        assert!(
            matches!(
                verdict.outcome,
                Outcome::Failed { .. } | Outcome::Skipped { .. }
            ),
            "{raw:?}: {:?}",
            verdict.outcome
        );
    }
    let mut scan = detector.scan();
    scan.add_message(b"", Location::new("x").with_index(1).with_offset(0));
    scan.add_message(&read("facebook-verify-vi.eml"), Location::new("y"));
    let report = scan.finish();
    assert_eq!(report.summary.messages, 2);
    assert_eq!(report.summary.failed, 1);
    assert_eq!(report.problems[0].location.file, "x");
    assert_eq!(report.accounts.len(), 1);
}

#[test]
fn a_missing_file_is_a_problem_naming_it() {
    let detector = detector();
    let mut scan = detector.scan();
    scan.add_path(std::path::Path::new("does/not/exist.mbox"));
    scan.add_path(&fixture("messages/facebook-verify-vi.eml"));
    let report = scan.finish();
    assert_eq!(report.summary.files_unreadable, 1);
    assert!(
        report.problems[0]
            .location
            .file
            .contains("does/not/exist.mbox")
    );
    assert_eq!(report.accounts.len(), 1, "the scan went on");
}

#[test]
fn a_directory_is_read_recursively_in_a_stable_order() {
    let detector = detector();
    let mut scan = detector.scan();
    scan.add_path(&fixture("messages"));
    let report = scan.finish();
    // 92 .eml files; generate.py and expected.toml are passed over.
    assert_eq!(report.summary.messages, 92);
    assert_eq!(report.summary.files_not_mail, 2);
    let s = &report.summary;
    assert_eq!(s.messages, s.inspected + s.skipped_total() + s.failed);
    let mut again = detector.scan();
    again.add_path(&fixture("messages"));
    assert_eq!(again.finish(), report);
}

#[test]
fn policy_and_catalog_files_report_errors_with_their_name() {
    let err = Policy::from_file(std::path::Path::new("missing-policy.toml")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Io);
    assert!(err.to_string().contains("missing-policy.toml"));
    let mut catalog = Catalog::builtin().unwrap();
    let err = catalog
        .add_toml("[[service]]\nid = \"x\"\nname = \"X\"\ncategory = \"social\"\nsenders = [\"facebookmail.com\"]\n", "mine.toml")
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Catalog);
    assert!(err.to_string().contains("mine.toml") && err.to_string().contains("facebookmail.com"));
}

#[test]
fn adversarial_inputs_do_not_panic() {
    let detector = detector();
    let mut deep = String::from(
        "Content-Type: multipart/mixed; boundary=b0\nFrom: noreply@discord.com\nTo: a@quangngai.gov.vn\nSubject: Verify your email\n\n",
    );
    for i in 0..300 {
        deep.push_str(&format!(
            "--b{i}\nContent-Type: multipart/mixed; boundary=b{}\n\n",
            i + 1
        ));
    }
    let inputs: Vec<Vec<u8>> = vec![
        deep.into_bytes(),
        b"From: \xff\xfe <\x00@\x00>\nTo: a@quangngai.gov.vn\nSubject: =?utf-8?B?////?=\n\n\x00\x00".to_vec(),
        b"To: a@quangngai.gov.vn\rFrom: x@discord.com\rSubject: Verify your email\r\r".to_vec(),
        vec![b'A'; 100_000],
        b"Subject:".repeat(10_000),
    ];
    for raw in inputs {
        let _ = detector.inspect(&raw);
    }
}

#[test]
fn a_header_block_over_its_limit_is_skipped_with_the_reason() {
    let mut policy = Policy::default();
    policy.limits.max_header_bytes = 1024;
    let detector = Detector::new(policy, Catalog::builtin().unwrap()).unwrap();
    let mut raw = b"From: Discord <noreply@discord.com>\nTo: a@quangngai.gov.vn\nSubject: Verify Email Address for Discord\n".to_vec();
    for i in 0..100 {
        raw.extend_from_slice(format!("X-Filler-{i}: {}\n", "x".repeat(40)).as_bytes());
    }
    raw.extend_from_slice(b"\nbody\n");
    let verdict = detector.inspect(&raw);
    assert_eq!(
        verdict.outcome,
        Outcome::Skipped {
            reason: SkipReason::HeaderTooLarge
        }
    );
    // No blank line at all and longer than the limit: the same.
    let endless = b"Subject: x\n".repeat(500);
    assert_eq!(
        detector.inspect(&endless).outcome,
        Outcome::Skipped {
            reason: SkipReason::HeaderTooLarge
        }
    );
    // Headers only, under the limit: read as usual.
    let short = b"From: Discord <noreply@discord.com>\nTo: a@quangngai.gov.vn\nSubject: Verify Email Address for Discord\n";
    assert!(matches!(
        detector.inspect(short).outcome,
        Outcome::Inspected
    ));
}

/// A Discord verification mail with extra headers and the given To.
fn discord_verify(to: &str, extra_headers: &str) -> Vec<u8> {
    format!(
        "{extra_headers}Authentication-Results: mail.quangngai.gov.vn; dkim=pass header.d=discord.com\n\
         From: Discord <noreply@discord.com>\n\
         To: {to}\n\
         Subject: Verify Email Address for Discord\n\
         Date: Tue, 7 Jan 2025 10:00:00 +0700\n\
         Message-ID: <v1@discord.com>\n\n\
         Please verify your email address.\n"
    )
    .into_bytes()
}

fn addresses(verdict: &govmail_audit::Verdict) -> Vec<(String, RecipientSource)> {
    verdict
        .findings
        .iter()
        .map(|f| (f.address.clone(), f.found_in))
        .collect()
}

const AN: &str = "an.nguyen@stttt.quangngai.gov.vn";

#[test]
fn a_gmail_auto_forward_is_not_the_forward_targets_account() {
    let detector = detector();
    let owner = detector.owner(AN).unwrap();
    // binh.tran@gmail.com forwards everything to an official mailbox.
    for forward in [
        "X-Forwarded-To: an.nguyen@stttt.quangngai.gov.vn\n\
         X-Forwarded-For: binh.tran@gmail.com an.nguyen@stttt.quangngai.gov.vn\n\
         Delivered-To: an.nguyen@stttt.quangngai.gov.vn\n",
        "Return-Path: <binh.tran+caf_=an.nguyen=stttt.quangngai.gov.vn@gmail.com>\n\
         Delivered-To: an.nguyen@stttt.quangngai.gov.vn\n",
        "Resent-From: binh.tran@gmail.com\nResent-To: an.nguyen@stttt.quangngai.gov.vn\n",
    ] {
        let mail = discord_verify("binh.tran@gmail.com", forward);
        assert!(detector.inspect(&mail).findings.is_empty(), "{forward}");
        let verdict = detector.inspect_delivered_to(&mail, &owner);
        assert!(verdict.findings.is_empty(), "{forward}: {verdict:?}");
    }
    // Forwarded from one official mailbox to another: the original keeps it.
    let mail = discord_verify(
        "lan.dn@sxd.quangngai.gov.vn",
        "X-Forwarded-To: an.nguyen@stttt.quangngai.gov.vn\n\
         Delivered-To: an.nguyen@stttt.quangngai.gov.vn\n",
    );
    assert_eq!(
        addresses(&detector.inspect(&mail)),
        [(
            "lan.dn@sxd.quangngai.gov.vn".to_string(),
            RecipientSource::To
        )]
    );
}

#[test]
fn bounce_addresses_are_used_only_when_confirmed() {
    let detector = detector();
    let mailgun =
        "Return-Path: <bounce+7e3f2a.9c41b0-an.nguyen=stttt.quangngai.gov.vn@mg.discord.com>\n";
    // Alone: dropped, and the signals say so.
    let alone = detector.inspect(&discord_verify("undisclosed-recipients:;", mailgun));
    assert!(alone.findings.is_empty(), "{alone:?}");
    // Confirmed by the owner of the export.
    let owner = detector.owner(AN).unwrap();
    let verdict =
        detector.inspect_delivered_to(&discord_verify("undisclosed-recipients:;", mailgun), &owner);
    assert_eq!(
        addresses(&verdict),
        [(AN.to_string(), RecipientSource::Verp)]
    );
    // Confirmed by the same local part in another header.
    let verdict = detector.inspect(&discord_verify("an.nguyen@quangngai-mail.example", mailgun));
    assert_eq!(
        addresses(&verdict),
        [(AN.to_string(), RecipientSource::Verp)]
    );
    // The id before the address never becomes a person.
    let naive = detector.inspect(&discord_verify(AN, mailgun));
    assert_eq!(addresses(&naive), [(AN.to_string(), RecipientSource::To)]);
    // Formats that encode the sender, not a recipient.
    for sender_encoding in [
        "Return-Path: <SRS0=h3Xa=TT=stttt.quangngai.gov.vn=lan.dn@forwarder.example.com>\n",
        "Return-Path: <prvs=0123456789=lan.dn@stttt.quangngai.gov.vn>\n",
    ] {
        let verdict = detector.inspect(&discord_verify(AN, sender_encoding));
        assert_eq!(
            addresses(&verdict),
            [(AN.to_string(), RecipientSource::To)],
            "{sender_encoding}"
        );
    }
}

#[test]
fn a_trusted_spam_verdict_keeps_a_message_out_of_the_evidence() {
    let detector = detector();
    let trusted = "X-Spam-Flag: YES\n\
        X-Spam-Status: Yes, score=12.4 required=5.0 tests=URIBL_BLACK\n\
        Received: from mx.example.net by mail.quangngai.gov.vn (Postfix) with ESMTP id 1; Tue, 7 Jan 2025 10:00:01 +0700\n";
    let verdict = detector.inspect(&discord_verify(AN, trusted));
    assert_eq!(
        verdict.outcome,
        Outcome::Skipped {
            reason: SkipReason::Spam
        }
    );
    // Written below a hop outside the government's servers: anyone could.
    let untrusted = "Received: from mx.example.net by mail.quangngai.gov.vn (Postfix) with ESMTP id 1; Tue, 7 Jan 2025 10:00:01 +0700\n\
        Received: from relay.example.net by mx.example.net (Postfix) with ESMTP id 2; Tue, 7 Jan 2025 10:00:00 +0700\n\
        X-Spam-Flag: YES\n";
    let verdict = detector.inspect(&discord_verify(AN, untrusted));
    assert_eq!(verdict.findings.len(), 1, "{verdict:?}");
    assert!(verdict.findings[0].violation);
    // A negative verdict changes nothing.
    let clean = "X-Spam-Status: No, score=-1.0 required=5.0\n";
    assert_eq!(
        detector.inspect(&discord_verify(AN, clean)).findings.len(),
        1
    );
}

#[test]
fn low_confidence_accounts_are_to_review_never_violations() {
    let detector = detector();
    let owner = detector.owner(AN).unwrap();
    // An unlisted sender with sign-up wording, addressed to someone else.
    let verdict =
        detector.inspect_delivered_to(&unlisted_forum_mail("someone@example.com"), &owner);
    let finding = &verdict.findings[0];
    assert_eq!(finding.confidence, govmail_audit::Confidence::Low);
    assert!(!finding.violation);
    let mut scan = detector.scan().with_owner(owner);
    scan.add_message(
        &unlisted_forum_mail("someone@example.com"),
        Location::new("m.eml"),
    );
    let report = scan.finish();
    assert!(report.accounts.is_empty());
    assert_eq!(report.to_review.len(), 1);
    assert_eq!(report.summary.to_review, 1);
    assert!(!report.has_violations());
}

#[test]
fn a_service_mailing_from_another_of_its_domains_is_not_phishing() {
    let detector = detector();
    let mail = |from: &str, signed_by: &str| {
        format!(
            "Authentication-Results: mail.quangngai.gov.vn; dkim=pass header.d={signed_by}; spf=pass smtp.mailfrom={signed_by}\n\
             From: Facebook <security@{from}>\n\
             To: {AN}\n\
             Subject: Reset your password\n\
             Date: Tue, 7 Jan 2025 10:00:00 +0700\n\n\
             Someone asked to reset your password.\n"
        )
        .into_bytes()
    };
    // Signed by the service's own domain: its mail, from a domain the
    // catalog does not list.
    let verdict = detector.inspect(&mail("fb-security-notices.example", "facebookmail.com"));
    let finding = &verdict.findings[0];
    assert_eq!(finding.kind, FindingKind::Account, "{verdict:?}");
    assert_eq!(finding.service.id, "facebook");
    // Signed by the look-alike domain itself: phishing.
    let verdict = detector.inspect(&mail(
        "fb-security-notices.example",
        "fb-security-notices.example",
    ));
    assert_eq!(verdict.findings[0].kind, FindingKind::SuspectedPhishing);
}

#[test]
fn an_unlisted_sender_whose_replies_go_to_free_mail_is_only_to_review() {
    let mut mail = b"Reply-To: support.team.2025@gmail.com\n".to_vec();
    mail.extend_from_slice(&unlisted_forum_mail(AN));
    let verdict = detector().inspect(&mail);
    let finding = &verdict.findings[0];
    assert_eq!(finding.confidence, govmail_audit::Confidence::Low);
    assert!(!finding.violation);
    assert!(
        finding
            .signals
            .contains(&govmail_audit::Signal::FreemailReplyTo)
    );
}

#[test]
fn forum_engines_are_known_by_their_bounce_addresses() {
    let detector = detector();
    let digest = |return_path: &str| {
        format!(
            "Return-Path: <{return_path}>\n\
             Authentication-Results: mail.quangngai.gov.vn; dkim=pass header.d=congdong-example.vn\n\
             From: Cong dong <noreply@congdong-example.vn>\n\
             To: {AN}\n\
             Subject: Tin noi bat tuan nay\n\
             Date: Tue, 7 Jan 2025 10:00:00 +0700\n\n\
             Cac chu de noi bat.\n"
        )
        .into_bytes()
    };
    for (return_path, engine) in [
        (
            "noreply+verp-667fb7ace8df1cb5ed256fba1bfe8ca7@congdong-example.vn",
            "discourse",
        ),
        (
            "bounce+4043d886+an.nguyen=stttt.quangngai.gov.vn@congdong-example.vn",
            "xenforo",
        ),
    ] {
        let verdict = detector.inspect(&digest(return_path));
        let finding = &verdict.findings[0];
        assert_eq!(finding.kind, FindingKind::Account, "{verdict:?}");
        assert_eq!(finding.service.engine.as_deref(), Some(engine));
        assert!(finding.violation);
    }
}

#[test]
fn shares_through_a_service_and_bulk_marketing_are_not_accounts() {
    let detector = detector();
    let mail = |from: &str, extra: &str, subject: &str| {
        format!(
            "{extra}Authentication-Results: mail.quangngai.gov.vn; dkim=pass header.d=dropbox.com\n\
             From: {from} <no-reply@dropbox.com>\n\
             To: {AN}\n\
             Subject: {subject}\n\
             Date: Tue, 7 Jan 2025 10:00:00 +0700\n\n\
             Hello.\n"
        )
        .into_bytes()
    };
    let share = detector.inspect(&mail(
        "\"Hai Tran (via Dropbox)\"",
        "",
        "Ban ve thi cong.pdf",
    ));
    assert_eq!(share.findings[0].kind, FindingKind::Invitation, "{share:?}");
    let bulk = detector.inspect(&mail("Dropbox", "Precedence: bulk\n", "Try Dropbox Plus"));
    assert_eq!(bulk.findings[0].kind, FindingKind::Newsletter, "{bulk:?}");
    // The same service's mail to its member, no wording: an account.
    let member = detector.inspect(&mail("Dropbox", "", "Ban ve thi cong.pdf"));
    assert_eq!(member.findings[0].kind, FindingKind::Account, "{member:?}");
}
