//! Every fixture message is inspected twice (LF and CRLF line endings) and
//! its verdict checked against `fixtures/messages/expected.toml`.

use std::collections::BTreeSet;

use govmail_audit::{EventKind, Finding, FindingKind, Verdict};
use serde::Deserialize;

use crate::common::{detector, fixture, line_ending_variants};

#[derive(Deserialize)]
struct Expected {
    message: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    file: String,
    lang: String,
    expect: String,
    official: Option<String>,
    service: Option<String>,
    event: Option<EventKind>,
    #[allow(dead_code)]
    note: Option<String>,
}

fn expected() -> Vec<Entry> {
    let text = std::fs::read_to_string(fixture("messages/expected.toml")).unwrap();
    toml::from_str::<Expected>(&text).unwrap().message
}

fn kinds(verdict: &Verdict, kind: FindingKind) -> Vec<&Finding> {
    verdict.findings.iter().filter(|f| f.kind == kind).collect()
}

/// What is wrong with `verdict` for `entry`, if anything.
fn check(entry: &Entry, verdict: &Verdict) -> Result<(), String> {
    let for_official = |f: &&Finding| Some(&f.address) == entry.official.as_ref();
    let of_service = |f: &&Finding| Some(&f.service.id) == entry.service.as_ref();
    let accounts = kinds(verdict, FindingKind::Account);
    let phishing = kinds(verdict, FindingKind::SuspectedPhishing);
    let ok = match entry.expect.as_str() {
        "account" => {
            phishing.is_empty()
                && accounts.iter().any(|f| {
                    for_official(f) && of_service(f) && Some(f.event) == entry.event && f.violation
                })
        }
        "phishing" => {
            accounts.is_empty() && phishing.iter().any(|f| for_official(f) && of_service(f))
        }
        "invitation" => {
            accounts.is_empty()
                && phishing.is_empty()
                && kinds(verdict, FindingKind::Invitation)
                    .iter()
                    .any(for_official)
        }
        "newsletter" => {
            accounts.is_empty()
                && phishing.is_empty()
                && kinds(verdict, FindingKind::Newsletter)
                    .iter()
                    .any(for_official)
        }
        "none" => verdict
            .findings
            .iter()
            .all(|f| f.kind == FindingKind::Newsletter),
        other => return Err(format!("unknown expectation `{other}`")),
    };
    if ok {
        Ok(())
    } else {
        let found: Vec<String> = verdict
            .findings
            .iter()
            .map(|f| {
                format!(
                    "{:?} {} {} {:?} {:?} violation={} {:?}",
                    f.kind,
                    f.address,
                    f.service.id,
                    f.event,
                    f.authentication,
                    f.violation,
                    f.signals
                )
            })
            .collect();
        Err(format!(
            "expected {} {:?} {:?} {:?}; got {:?} {found:#?}",
            entry.expect, entry.official, entry.service, entry.event, verdict.outcome
        ))
    }
}

#[test]
fn every_fixture_gets_its_expected_verdict_with_lf_and_crlf() {
    let detector = detector();
    let mut failures = Vec::new();
    let entries = expected();
    for entry in &entries {
        let raw = std::fs::read(fixture(&format!("messages/{}", entry.file))).unwrap();
        for (ending, bytes) in line_ending_variants(&raw) {
            let verdict = detector.inspect(&bytes);
            if let Err(why) = check(entry, &verdict) {
                failures.push(format!("{} ({ending}): {why}", entry.file));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixture runs failed:\n{}",
        failures.len(),
        entries.len() * 2,
        failures.join("\n")
    );
}

#[test]
fn fixtures_cover_what_the_detector_must_handle() {
    let entries = expected();
    let files: BTreeSet<String> = std::fs::read_dir(fixture("messages"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".eml"))
        .collect();
    let listed: BTreeSet<String> = entries.iter().map(|e| e.file.clone()).collect();
    assert_eq!(
        files, listed,
        "every .eml has exactly one expected.toml entry"
    );
    assert!(entries.len() >= 60, "{} fixtures", entries.len());
    let services: BTreeSet<&str> = entries
        .iter()
        .filter_map(|e| e.service.as_deref())
        .collect();
    assert!(services.len() >= 25, "{} services", services.len());
    for lang in ["en", "vi"] {
        assert!(
            entries.iter().filter(|e| e.lang == lang).count() >= 20,
            "{lang}"
        );
    }
    for expect in ["account", "phishing", "invitation", "newsletter", "none"] {
        assert!(entries.iter().any(|e| e.expect == expect), "{expect}");
    }
    for event in EventKind::ALL.iter().filter(|e| e.is_account_evidence()) {
        for lang in ["en", "vi"] {
            let covered = entries
                .iter()
                .any(|e| e.event == Some(*event) && e.lang == lang && e.expect == "account");
            assert!(covered, "{event:?} in {lang}");
        }
    }
}
