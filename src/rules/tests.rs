use std::collections::BTreeMap;

use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

use super::*;

fn rules() -> Rules {
    match Rules::builtin() {
        Ok(rules) => rules,
        Err(e) => panic!("built-in rules: {e}"),
    }
}

fn subject(rules: &Rules, text: &str) -> Option<EventKind> {
    rules.subject_event(&fold(text), &[]).map(|m| m.event)
}

fn text(rules: &Rules, body: &str) -> Option<EventKind> {
    rules.text_event(&fold(body), &[]).map(|m| m.event)
}

#[test]
fn builtin_rules_load_and_every_set_compiles() {
    let rules = rules();
    assert!(rules.rules.len() > 40, "{}", rules.rules.len());
    for key in [
        (Place::Subject, Group::Event),
        (Place::Subject, Group::Reply),
        (Place::Subject, Group::Automated),
        (Place::Text, Group::Event),
        (Place::Text, Group::Audience),
    ] {
        assert!(rules.sets.contains_key(&key), "{key:?}");
    }
    let ids: HashSet<&str> = rules.rules.iter().map(|r| &*r.id).collect();
    assert_eq!(ids.len(), rules.rules.len(), "rule ids are unique");
}

#[test]
fn diacritics_nfd_and_case_just_work() {
    let rules = rules();
    let nfd: String = "Đặt lại mật khẩu".nfd().collect();
    for written in [
        "Đặt lại mật khẩu",
        "Dat lai mat khau",
        "ĐẶT LẠI MẬT KHẨU",
        nfd.as_str(),
    ] {
        assert_eq!(
            subject(&rules, written),
            Some(EventKind::PasswordReset),
            "{written}"
        );
    }
    // A user rule written with diacritics matches text without them.
    let mut rules = Rules::builtin().unwrap_or_else(|e| panic!("{e}"));
    let added = rules.add_toml(
        r#"
[[rule]]
id = "user.vi.test"
event = "security_alert"
where = "text"
lang = "vi"
phrases = ["hộp thư công vụ đã đầy"]
"#,
        "user.toml",
    );
    assert!(added.is_ok(), "{added:?}");
    let nfd: String = "Hộp thư công vụ của bạn đã ĐẦY".nfd().collect();
    for body in ["hop thu cong vu da day", nfd.as_str()] {
        let found = rules.text_event(&fold(body), &[]);
        assert_eq!(
            found.as_ref().map(|m| (m.event, &*m.rule)),
            Some((EventKind::SecurityAlert, "user.vi.test")),
            "{body}"
        );
    }
}

#[test]
fn service_names_are_removed_before_matching() {
    let rules = rules();
    let verify = |s: &str, names: &[&str]| rules.subject_event(&fold(s), names).map(|m| m.event);
    // Five words between "confirm" and "email": too many without removal.
    let long = "Confirm your Tinh Tế Forum Việt Nam email address";
    assert_eq!(verify(long, &[]), None);
    assert_eq!(
        verify(long, &["tinh te forum viet nam"]),
        Some(EventKind::EmailVerification)
    );
    assert_eq!(
        verify("Mã xác minh Shopee của bạn", &["shopee"]),
        Some(EventKind::LoginCode)
    );
    // A name is removed on word boundaries only.
    assert_eq!(
        rules.without_names("discordant discord, discord.", &["discord"]),
        "discordant , ."
    );
    // A name that is also a phrase word stays ("booking").
    assert_eq!(
        verify("Your booking is confirmed", &["booking.com", "booking"]),
        Some(EventKind::Transaction)
    );
    // Unfolded names are folded.
    assert_eq!(
        rules.without_names("ma xac minh tiki", &["TIKI"]),
        "ma xac minh "
    );
}

#[test]
fn gap_lets_a_few_words_in_and_no_more() {
    let rules = rules();
    assert_eq!(
        text(&rules, "Please verify your new email address now."),
        Some(EventKind::EmailVerification)
    );
    assert_eq!(
        text(
            &rules,
            "verify that the monthly report and the email list match"
        ),
        None
    );
    // Sentence ends break phrases.
    assert_eq!(text(&rules, "Forgot your password? Log in here."), None);
}

#[test]
fn invitation_beats_verification_by_priority() {
    let rules = rules();
    let found = rules.subject_event(
        &fold("Bình invited you to join Slack, confirm your email to accept"),
        &[],
    );
    assert_eq!(found.map(|m| m.event), Some(EventKind::Invitation));
    let found = rules.subject_event(&fold("Please confirm your subscription"), &[]);
    assert_eq!(found.map(|m| m.event), Some(EventKind::Subscription));
    // A promotion loses to any account wording in the same subject.
    assert_eq!(
        subject(&rules, "Flash sale! Your order #12345 has shipped"),
        Some(EventKind::Transaction)
    );
}

#[test]
fn footers_do_not_classify_a_newsletter() {
    let rules = rules();
    let newsletter = "Tuần này có gì mới: 10 mẹo chụp ảnh đẹp bằng điện thoại. \
        Đọc thêm trên website. Forgot your password? Log in. Sign in. My account. \
        Unsubscribe | Manage preferences | Privacy policy. Quên mật khẩu? Đăng nhập. \
        Đăng ký. Tải ứng dụng. © 2025 Example JSC";
    assert_eq!(text(&rules, newsletter), None);
    for kind in EventKind::ALL {
        assert!(!rules.text_says(kind, &fold(newsletter), &[]), "{kind:?}");
    }
}

#[test]
fn every_event_of_a_text_in_one_scan() {
    let rules = rules();
    let body = fold(
        "Welcome to Forum Việt! Thanks for registering. Please click the link below \
         to activate your account. Your verification code is 482913.",
    );
    let events: Vec<EventKind> = rules
        .text_matches(&body, &[])
        .into_iter()
        .map(|m| m.event)
        .collect();
    assert_eq!(
        events,
        [
            EventKind::LoginCode,
            EventKind::EmailVerification,
            EventKind::AccountCreated
        ]
    );
    assert_eq!(
        rules.text_event(&body, &[]).map(|m| m.event),
        events.first().copied()
    );
    for event in &events {
        assert!(rules.text_says(*event, &body, &[]), "{event:?}");
    }
    assert!(!rules.text_says(EventKind::Transaction, &body, &[]));
}

#[test]
fn audience_from_footers() {
    let rules = rules();
    let audience = |s: &str| rules.audience(&fold(s));
    assert_eq!(
        audience("You received this email because you have an account on Example."),
        Some(Audience::Members)
    );
    assert_eq!(
        audience("Bạn nhận được email này vì bạn đã đăng ký tài khoản tại Tinh tế."),
        Some(Audience::Members)
    );
    assert_eq!(
        audience("This email was sent to @an_nguyen. Manage your notification settings."),
        Some(Audience::Members)
    );
    assert_eq!(
        audience("You are receiving this because you subscribed to our newsletter."),
        Some(Audience::Subscribers)
    );
    assert_eq!(
        audience("Bạn nhận được bản tin này vì đã đăng ký nhận tin từ VnExpress."),
        Some(Audience::Subscribers)
    );
    assert_eq!(
        audience("This email was sent to an.nguyen@stttt.quangngai.gov.vn."),
        None
    );
    assert_eq!(audience("Kính gửi các phòng ban."), None);
}

#[test]
fn replies_and_reports() {
    let rules = rules();
    assert!(rules.is_reply(&fold("Re: Xác nhận lịch họp")));
    assert!(rules.is_reply(&fold("TL: báo cáo")));
    assert!(rules.is_reply(&fold("Chuyển tiếp: Mã xác minh của bạn")));
    assert!(rules.is_reply(&fold("RE[2]: Verify your email")));
    assert!(!rules.is_reply(&fold("Reset your password")));
    assert!(!rules.is_reply(&fold("Reply to watched thread")));
    assert!(rules.is_automated_subject(&fold("Undeliverable: hello")));
    assert!(rules.is_automated_subject(&fold("Report Domain: example.com Submitter: google.com")));
    assert!(rules.is_automated_subject(&fold("Trả lời tự động: nghỉ phép")));
    assert!(!rules.is_automated_subject(&fold("Welcome to Discord")));
}

#[test]
fn body_wording_of_today() {
    let rules = rules();
    assert_eq!(
        text(&rules, "Mã xác nhận của bạn là 123456"),
        Some(EventKind::LoginCode)
    );
    assert_eq!(
        text(&rules, "Please click below to confirm your email address."),
        Some(EventKind::EmailVerification)
    );
    assert_eq!(
        text(&rules, "Forgot your password? Unsubscribe here."),
        None
    );
    assert!(rules.text_says(
        EventKind::EmailVerification,
        &fold("Welcome! Please activate your account with the link below."),
        &[]
    ));
}

#[test]
fn service_type_names() {
    let rules = rules();
    assert_eq!(
        rules.type_event("ig_verify_email_for_recovery"),
        EventKind::EmailVerification
    );
    assert_eq!(rules.type_event("INVITE-GUEST"), EventKind::Invitation);
    assert_eq!(
        rules.type_event("engage_digest_email"),
        EventKind::ActivityNotification
    );
    assert_eq!(
        rules.type_event("email_password_reset_01"),
        EventKind::PasswordReset
    );
    assert_eq!(rules.type_event("login_alert"), EventKind::SecurityAlert);
    assert_eq!(rules.type_event("mention"), EventKind::ActivityNotification);
    assert_eq!(
        rules.type_event("review_requested"),
        EventKind::ActivityNotification
    );
    assert_eq!(rules.type_event("invitation"), EventKind::Invitation);
    assert_eq!(rules.type_event("payment_receipt"), EventKind::Transaction);
    assert_eq!(rules.type_event("fb_promo_weekly"), EventKind::Newsletter);
}

#[test]
fn user_files_replace_remove_and_reprioritise() {
    let mut rules = rules();
    let added = rules.add_toml(
        r#"
[priority]
transaction = 99

[[rule]]
id = "en.newsletter.subject"
enabled = false
where = "subject"

[[rule]]
id = "user.en.gov"
event = "account_created"
where = "subject"
lang = "en"
gap = 0
phrases = ["citizen portal profile ready"]

[[type_name]]
event = "transaction"
words = ["verify_payment"]
first = true
"#,
        "my-rules.toml",
    );
    assert!(added.is_ok(), "{added:?}");
    assert_eq!(
        subject(&rules, "Welcome to our newsletter"),
        Some(EventKind::AccountCreated)
    );
    assert_eq!(
        subject(&rules, "Your citizen portal profile ready"),
        Some(EventKind::AccountCreated)
    );
    // Tight rule: no words between.
    assert_eq!(subject(&rules, "citizen portal new profile ready"), None);
    assert_eq!(
        subject(&rules, "Confirm your email, your order #1234 shipped"),
        Some(EventKind::Transaction)
    );
    assert_eq!(rules.type_event("verify payment"), EventKind::Transaction);
}

#[test]
fn errors_name_the_file_line_and_column() {
    let cases = [
        (
            "[[rule]]\nid = \"x\"\nevent = \"signup\"\nwhere = \"subject\"\nphrases = [\"a\"]\n",
            "bad.toml:3:9",
        ),
        (
            "[[rule]]\nid = \"x\"\nevent = \"login_code\"\nwhere = \"subject\"\nregex = [\n  '(unclosed',\n]\n",
            "bad.toml:6:3",
        ),
        (
            "[[rule]]\nid = \"x\"\nevent = \"login_code\"\nwhere = \"body\"\nphrases = [\"a\"]\n",
            "bad.toml:4:9",
        ),
        ("[[rule]]\nid = \"x\"\nevent = \n", "bad.toml:3:"),
        (
            "[[rule]]\nid = \"x\"\nevent = \"login_code\"\nwhere = \"text\"\nphrases = [\"?!\"]\n",
            "bad.toml:5:12",
        ),
        (
            "[[rule]]\nid = \"x\"\nevent = \"login_code\"\nwhere = \"text\"\n",
            "bad.toml:2:6",
        ),
        (
            "[[rule]]\nid = \"x\"\nevent = \"login_code\"\nwhere = \"text\"\ngap = 9\nphrases = [\"a\"]\n",
            "bad.toml:5:7",
        ),
        ("[priority]\nbogus = 3\n", "bad.toml:2:9"),
        (
            "[[rule]]\nid = \"x\"\nevent = \"login_code\"\nwhere = \"text\"\nphrases = [\"a\"]\ncolour = 1\n",
            "bad.toml:6:",
        ),
    ];
    for (file, position) in cases {
        let mut rules = rules();
        let before = rules.rules.len();
        let error = match rules.add_toml(file, "bad.toml") {
            Ok(()) => panic!("accepted: {file}"),
            Err(error) => error,
        };
        assert_eq!(error.kind(), ErrorKind::Rules);
        let message = error.to_string();
        assert!(message.contains(position), "{message} lacks {position}");
        assert_eq!(rules.rules.len(), before, "nothing changed on error");
    }
}

#[test]
fn phrase_patterns() {
    assert_eq!(
        phrase_pattern("Xác nhận", 0).as_deref(),
        Ok(r"(?-u)\bxac[^a-z0-9?!]+nhan\b")
    );
    assert!(phrase_pattern("", 2).is_err());
    assert!(phrase_pattern("a*b", 2).is_err());
    let rules = rules();
    let mut tight = 0;
    for rule in &rules.rules {
        for pattern in &rule.patterns {
            assert!(pattern.starts_with("(?-u)"), "{pattern}");
            tight += usize::from(!pattern.contains("{0,"));
        }
    }
    assert!(tight > 0);
}

// --- The case table ----------------------------------------------------------

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    cases: Vec<CaseGroup>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseGroup {
    #[serde(rename = "where")]
    place: String,
    lang: String,
    /// An event name, `none`, `reply`, `automated_report` (subjects), or
    /// `members`, `subscribers`, `no_audience`, `scam_topic`,
    /// `no_scam_topic`, `no_account` (texts).
    expect: String,
    #[serde(default)]
    names: Vec<String>,
    lines: Vec<String>,
}

const CASES: &str = include_str!("cases.toml");

/// What the rules say of one line, in the terms of `expect`.
fn verdict_of(rules: &Rules, group: &CaseGroup, line: &str) -> String {
    let names: Vec<&str> = group.names.iter().map(String::as_str).collect();
    let folded = fold(line);
    let event_name = |found: Option<RuleMatch>| {
        found.map_or_else(|| "none".to_string(), |m| m.event.as_str().to_string())
    };
    match (group.place.as_str(), group.expect.as_str()) {
        ("subject", expect) => {
            let reply = rules.is_reply(&folded);
            let automated = rules.is_automated_subject(&folded);
            match (reply, automated) {
                (true, true) => "reply+automated_report".to_string(),
                (true, false) => "reply".to_string(),
                (false, true) => "automated_report".to_string(),
                (false, false) if matches!(expect, "reply" | "automated_report") => {
                    "neither reply nor automated_report".to_string()
                }
                (false, false) => event_name(rules.subject_event(&folded, &names)),
            }
        }
        ("text", "no_account" | "account_possible") => {
            if rules.says_no_account(&folded) {
                "no_account".to_string()
            } else {
                "account_possible".to_string()
            }
        }
        ("text", "scam_topic" | "no_scam_topic") => match rules.scam_topic(&folded) {
            Some(_) => "scam_topic".to_string(),
            None => "no_scam_topic".to_string(),
        },
        ("text", "members" | "subscribers" | "no_audience") => match rules.audience(&folded) {
            Some(Audience::Members) => "members".to_string(),
            Some(Audience::Subscribers) => "subscribers".to_string(),
            None => "no_audience".to_string(),
        },
        ("text", _) => event_name(rules.text_event(&folded, &names)),
        (other, _) => format!("unknown place {other}"),
    }
}

/// Every line of `cases.toml`, as written and in NFD and upper case, gives
/// its expected answer; all failures are listed, not just the first.
#[test]
fn case_table() {
    let file: CaseFile = match toml::from_str(CASES) {
        Ok(file) => file,
        Err(e) => panic!("cases.toml: {e}"),
    };
    let rules = rules();
    let mut failures = Vec::new();
    let mut counts: BTreeMap<(String, String, String), usize> = BTreeMap::new();
    let mut total = 0;
    for group in &file.cases {
        let known = group.expect == "none"
            || event_named(&group.expect).is_some()
            || matches!(
                group.expect.as_str(),
                "reply"
                    | "automated_report"
                    | "members"
                    | "subscribers"
                    | "no_audience"
                    | "scam_topic"
                    | "no_scam_topic"
                    | "no_account"
                    | "account_possible"
            );
        assert!(known, "cases.toml: unknown expectation {}", group.expect);
        assert!(matches!(group.lang.as_str(), "en" | "vi"), "{}", group.lang);
        for line in &group.lines {
            total += 1;
            *counts
                .entry((
                    group.lang.clone(),
                    group.place.clone(),
                    group.expect.clone(),
                ))
                .or_default() += 1;
            let nfd: String = line.nfd().collect();
            let upper = line.to_uppercase();
            for (form, variant) in [("", line.as_str()), (" (NFD)", &nfd), (" (upper)", &upper)] {
                let got = verdict_of(&rules, group, variant);
                if got != group.expect {
                    failures.push(format!(
                        "{} {} {:?}{form}: expected {}, got {got}",
                        group.lang, group.place, line, group.expect
                    ));
                    break;
                }
            }
        }
    }
    let mut summary = String::new();
    for ((lang, place, expect), count) in &counts {
        summary.push_str(&format!("  {lang} {place:7} {expect:22} {count}\n"));
    }
    eprintln!("case table: {total} lines\n{summary}");
    assert!(
        failures.is_empty(),
        "{} of {total} lines fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(total >= 400, "the case table has {total} lines");
}

/// Vietnamese in CKEditor HTML (named entities) reads as wording.
#[test]
fn ckeditor_html_reads_as_wording() {
    let rules = rules();
    let html = "<p>Vui l&ograve;ng nh&#7845;p v&agrave;o li&ecirc;n k&#7871;t \
        &#273;&#7875; x&aacute;c nh&#7853;n &#273;&#7883;a ch&#7881; email v&agrave; \
        k&iacute;ch ho&#7841;t t&agrave;i kho&#7843;n.</p>";
    let folded = fold(&crate::text::html_to_text(html));
    assert_eq!(
        rules.text_event(&folded, &[]).map(|m| m.event),
        Some(EventKind::EmailVerification),
        "{folded}"
    );
}
