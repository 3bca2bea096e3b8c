//! Measures the detector on `../shared/corpus`: real messages from other
//! projects' test suites, labelled by a person. Not copied into this
//! repository, so the test is ignored unless asked for:
//! `cargo test --test integration corpus -- --ignored --nocapture`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;

use crate::common::{detector, root};

#[derive(Deserialize)]
struct Label {
    file: String,
    expect: String,
}

fn corpus_dir() -> Option<PathBuf> {
    let dir = root().join("..").join("shared").join("corpus");
    dir.join("labels.json").is_file().then_some(dir)
}

#[test]
#[ignore = "needs ../shared/corpus (real mail, not in the repository)"]
fn precision_and_recall_over_the_shared_corpus() {
    let Some(dir) = corpus_dir() else {
        panic!("../shared/corpus (with labels.json) is not present beside this folder");
    };
    let labels: Vec<Label> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("labels.json")).unwrap()).unwrap();
    let detector = detector();
    let owner = detector
        .owner("chu.hop.thu@stttt.quangngai.gov.vn")
        .unwrap();

    let mut tally: BTreeMap<&str, (u32, u32)> = BTreeMap::new(); // expect → (files, reported as account)
    let mut failures = Vec::new();
    let (mut messages, mut problems) = (0u64, 0usize);
    for label in &labels {
        let path = dir.join(&label.file);
        let mut scan = detector.scan().with_owner(owner.clone());
        scan.add_path(&path);
        let report = scan.finish();
        let accounted = report.summary.messages > 0 || !report.problems.is_empty();
        let s = &report.summary;
        let sums = s.messages == s.inspected + s.skipped_total() + s.failed;
        if !accounted || !sums {
            failures.push(format!("{}: not accounted for in the summary", label.file));
        }
        messages += s.messages;
        problems += report.problems.len();
        let reported = !report.accounts.is_empty();
        let entry = tally.entry(label.expect.as_str()).or_default();
        entry.0 += 1;
        entry.1 += u32::from(reported);
        match label.expect.as_str() {
            "account" if !reported => failures.push(format!("{}: account not found", label.file)),
            "none" | "phishing" if reported => {
                let services: Vec<_> = report
                    .accounts
                    .iter()
                    .map(|a| a.service.id.as_str())
                    .collect();
                failures.push(format!(
                    "{}: reported as a sign-up at {services:?}",
                    label.file
                ));
            }
            _ => {}
        }
    }
    let count = |expect: &str| tally.get(expect).copied().unwrap_or_default();
    let (accounts, found) = count("account");
    let false_positives = count("none").1 + count("phishing").1;
    let precision = f64::from(found) / f64::from((found + false_positives).max(1));
    let recall = f64::from(found) / f64::from(accounts.max(1));
    eprintln!(
        "corpus: {} files, {messages} messages, {problems} problems recorded",
        labels.len()
    );
    for (expect, (files, reported)) in &tally {
        eprintln!("  expect {expect:<8} {files:>3} files, {reported:>3} reported as accounts");
    }
    eprintln!(
        "  precision {:.3} ({found}/{}), recall {:.3} ({found}/{accounts})",
        precision,
        found + false_positives,
        recall
    );
    assert!(
        failures.is_empty(),
        "corpus failures:\n{}",
        failures.join("\n")
    );
}
