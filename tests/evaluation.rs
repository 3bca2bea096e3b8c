//! The evaluation set in `eval/` (written by `eval/generate.py`), scored by
//! the same code as `cargo run --example evaluate`.

use std::collections::BTreeSet;
use std::path::PathBuf;

use crate::common::{detector, root};

#[allow(dead_code)]
#[path = "../examples/common/evaluation.rs"]
mod scoring;

fn set() -> PathBuf {
    root().join("eval")
}

#[test]
fn the_evaluation_set_is_complete_and_consistent() {
    let labels = scoring::load_labels(&set()).unwrap();
    assert!(labels.len() >= 450, "only {} messages", labels.len());
    let problems = scoring::check_labels(&set(), &labels);
    assert!(
        problems.is_empty(),
        "label problems:\n{}",
        problems.join("\n")
    );

    // Every message on disk is labelled.
    let labelled: BTreeSet<String> = labels.iter().map(|l| l.file.clone()).collect();
    for split in scoring::SPLITS {
        for entry in std::fs::read_dir(set().join("mail").join(split)).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            let file = format!("mail/{split}/{name}");
            assert!(labelled.contains(&file), "{file} has no label");
        }
    }
    // Both splits hold every kind of label in both languages.
    for split in ["dev", "holdout"] {
        for expect in scoring::EXPECTS {
            for lang in ["en", "vi"] {
                assert!(
                    labels
                        .iter()
                        .any(|l| l.split == split && l.expect == expect && l.lang == lang),
                    "no {expect} message in {lang} in {split}"
                );
            }
        }
    }
    let count = |split: &str| labels.iter().filter(|l| l.split == split).count();
    assert!(count("dev") >= 280 && count("holdout") >= 140);
}

#[test]
fn every_message_of_the_set_is_judged() {
    let labels = scoring::load_labels(&set()).unwrap();
    let outcomes = scoring::judge_all(detector(), &set(), &labels, "all");
    assert_eq!(outcomes.len(), labels.len());
    let errors: Vec<String> = outcomes
        .iter()
        .filter_map(|o| {
            o.error
                .as_ref()
                .map(|e| format!("{}: {e}", labels[o.label].file))
        })
        .collect();
    assert!(errors.is_empty(), "not judged:\n{}", errors.join("\n"));
}

#[test]
fn the_detector_meets_the_issue_targets_on_the_evaluation_set() {
    let labels = scoring::load_labels(&set()).unwrap();
    let mut failures = Vec::new();
    for split in ["dev", "holdout"] {
        let outcomes = scoring::judge_all(detector(), &set(), &labels, split);
        let groups = scoring::tally(&labels, &outcomes);
        let all = groups.get("all").copied().unwrap_or_default();
        if !all.meets_targets() {
            failures.push(format!(
                "{}\n{}",
                scoring::render(&format!("split {split}:"), &groups),
                scoring::render_misses(&labels, &outcomes)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "targets (recall >= 0.98, no false account, no invented address) not met:\n{}",
        failures.join("\n")
    );
}
