//! mbox splitting through the public API: generated mailboxes against a
//! simple oracle (the messages they were built from).

use govmail_audit::Report;
use proptest::prelude::*;

use crate::common::{detector, to_crlf};

/// A small message whose body may hold lines that look like separators.
fn message(index: usize, body_lines: &[String]) -> Vec<u8> {
    let mut m = format!(
        "From: Discord <noreply@discord.com>\nTo: user{index}@stttt.quangngai.gov.vn\n\
         Subject: Verify Email Address for Discord\nDKIM-Signature: v=1; d=discord.com; s=s; b=x\n\
         Message-ID: <m{index}@discord.com>\n\n"
    )
    .into_bytes();
    for line in body_lines {
        m.extend_from_slice(line.as_bytes());
        m.push(b'\n');
    }
    m
}

/// Writes messages as mboxrd: `From ` lines quoted with `>`.
fn mbox(messages: &[Vec<u8>], final_newline: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, m) in messages.iter().enumerate() {
        out.extend_from_slice(
            format!(
                "From noreply@discord.com Mon Jan  6 08:15:{:02} 2025\n",
                i % 60
            )
            .as_bytes(),
        );
        for line in m.split_inclusive(|&b| b == b'\n') {
            let unquoted = line.iter().position(|&b| b != b'>').unwrap_or(line.len());
            if line[unquoted..].starts_with(b"From ") {
                out.push(b'>');
            }
            out.extend_from_slice(line);
        }
        out.push(b'\n');
    }
    if !final_newline {
        while out.last() == Some(&b'\n') {
            out.pop();
        }
    }
    out
}

fn findings(report: &Report) -> Vec<(String, String, String)> {
    let mut all: Vec<_> = report
        .accounts
        .iter()
        .map(|r| {
            (
                r.address.clone(),
                r.service.id.clone(),
                format!("{:?}", r.events),
            )
        })
        .collect();
    all.sort();
    all
}

fn body_line() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z ]{0,20}",
        Just(String::new()),
        Just("From the desk of the director".to_string()),
        Just("From someone Mon Jan  6 08:15:02 2025".to_string()),
        Just(">From quoted Mon Jan  6 08:15:02 2025".to_string()),
        Just(">>From deeper".to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn splitting_matches_scanning_each_message_alone(
        bodies in proptest::collection::vec(proptest::collection::vec(body_line(), 0..6), 1..6),
        crlf in any::<bool>(),
        final_newline in any::<bool>(),
    ) {
        let detector = detector();
        let messages: Vec<Vec<u8>> = bodies.iter().enumerate().map(|(i, b)| message(i, b)).collect();
        let mut file = mbox(&messages, final_newline);
        if crlf {
            file = to_crlf(&file);
        }
        let mut whole = detector.scan();
        whole.add_reader("generated.mbox", &file[..]);
        let whole = whole.finish();

        let mut alone = detector.scan();
        for (i, m) in messages.iter().enumerate() {
            let m = if crlf { to_crlf(m) } else { m.clone() };
            alone.add_message(&m, govmail_audit::report::Location::new(format!("{i}")));
        }
        let alone = alone.finish();
        prop_assert_eq!(whole.summary.messages, messages.len() as u64);
        prop_assert_eq!(findings(&whole), findings(&alone));
        prop_assert_eq!(whole.accounts.len(), messages.len());
    }
}

#[test]
fn prose_from_lines_and_quoting_survive() {
    let text = std::fs::read(crate::common::fixture("mailboxes/sample.mbox")).unwrap();
    let detector = detector();
    let mut scan = detector.scan();
    scan.add_reader("sample.mbox", &text[..]);
    let report = scan.finish();
    assert_eq!(
        report.summary.messages, 14,
        "the unquoted prose `From ` line must not split"
    );
}

#[test]
fn a_message_over_the_size_limit_is_counted_not_lost() {
    let mut policy = govmail_audit::Policy::default();
    policy.limits.max_message_bytes = 300;
    let detector =
        govmail_audit::Detector::new(policy, govmail_audit::Catalog::builtin().unwrap()).unwrap();
    let big = message(1, &["x".repeat(1000)]);
    let small = message(2, &[]);
    let file = mbox(&[big, small], true);
    let mut scan = detector.scan();
    scan.add_reader("sized.mbox", &file[..]);
    let report = scan.finish();
    assert_eq!(report.summary.messages, 2);
    assert_eq!(
        report
            .summary
            .skipped
            .get(&govmail_audit::SkipReason::TooLarge),
        Some(&1)
    );
    assert_eq!(report.accounts.len(), 1);
}
