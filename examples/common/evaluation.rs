//! Scoring of the evaluation set (`eval/labels.json`, written by
//! `eval/generate.py`), shared by the `evaluate` example and the integration
//! tests. Public library API only; not part of the crate's API.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use govmail_audit::{Catalog, Confidence, Detector, Finding, FindingKind, Verdict};
use serde::Deserialize;

/// One labelled message of the set (see `eval/README.md` for the schema).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Label {
    /// Path of the message, relative to the set's folder.
    pub(crate) file: String,
    /// `dev`, `holdout`, `fresh` or `fresh2`.
    pub(crate) split: String,
    /// `account`, `none`, `phishing` or `weak`.
    pub(crate) expect: String,
    /// The official address that holds the account (or is targeted).
    pub(crate) address: String,
    /// Every official address that genuinely received the message.
    pub(crate) recipients: Vec<String>,
    /// Scan as this official mailbox's export.
    #[serde(default)]
    pub(crate) owner: Option<String>,
    /// Registrable domain of the real (or imitated) service.
    pub(crate) service_domain: String,
    /// Display name of the service.
    pub(crate) service: String,
    /// The event the message shows.
    pub(crate) event: String,
    /// `en` or `vi`.
    pub(crate) lang: String,
    /// Short fixed tag of what makes the message hard.
    pub(crate) cause: String,
    /// One line on why the label is what it is.
    pub(crate) reason: String,
    /// Form of the message (relay, encoding, Vietnamese form ...).
    #[serde(default)]
    pub(crate) traits: Vec<String>,
}

/// The splits of the set.
pub(crate) const SPLITS: [&str; 10] = [
    "dev",
    "holdout",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "templates",
    "templates2",
    "fresh5",
    "fresh6",
];

/// The labels every message of the set can have.
pub(crate) const EXPECTS: [&str; 4] = ["account", "none", "phishing", "weak"];

/// Reads `labels.json` from the set's folder.
pub(crate) fn load_labels(set: &Path) -> Result<Vec<Label>, String> {
    let path = set.join("labels.json");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Checks the labels against the files: every file exists, fields take
/// their allowed values, files are unique. Returns one line per problem.
pub(crate) fn check_labels(set: &Path, labels: &[Label]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for label in labels {
        let mut problem = |what: String| problems.push(format!("{}: {what}", label.file));
        if !seen.insert(label.file.as_str()) {
            problem("listed twice".into());
        }
        if !set.join(&label.file).is_file() {
            problem("file missing".into());
        }
        if !label.file.starts_with(&format!("mail/{}/", label.split)) {
            problem(format!("not under mail/{}/", label.split));
        }
        if !SPLITS.contains(&label.split.as_str()) {
            problem(format!("unknown split {}", label.split));
        }
        if !EXPECTS.contains(&label.expect.as_str()) {
            problem(format!("unknown expect {}", label.expect));
        }
        if !["en", "vi"].contains(&label.lang.as_str()) {
            problem(format!("unknown lang {}", label.lang));
        }
        if label.cause.is_empty() || label.reason.is_empty() || label.service_domain.is_empty() {
            problem("empty cause, reason or service_domain".into());
        }
        let official = |a: &str| a.ends_with(".gov.vn") && a.contains('@');
        if !official(&label.address) {
            problem(format!("address {} is not official", label.address));
        }
        if label.recipients.iter().any(|r| !official(r)) {
            problem("a recipient is not official".into());
        }
        if label.expect == "account" && !label.recipients.contains(&label.address) {
            problem("an account's address must be among the recipients".into());
        }
        if let Some(owner) = &label.owner
            && !label.recipients.contains(owner)
        {
            problem("the owner must be among the recipients".into());
        }
    }
    problems
}

/// The service ids that count as the right service for `service_domain`:
/// catalog services whose websites or senders are that domain or under it,
/// plus the domain itself (a sender in no catalog is reported under its
/// registrable domain).
pub(crate) fn expected_services(catalog: &Catalog, service_domain: &str) -> BTreeSet<String> {
    let domain = service_domain.to_ascii_lowercase();
    let suffix = format!(".{domain}");
    let covers = |d: &String| d.eq_ignore_ascii_case(&domain) || d.ends_with(&suffix);
    let mut ids: BTreeSet<String> = catalog
        .services()
        .iter()
        .filter(|s| s.websites.iter().chain(&s.senders).any(covers))
        .map(|s| s.id.clone())
        .collect();
    ids.insert(domain);
    ids
}

/// What the detector made of one labelled message.
#[derive(Debug, Clone, Default)]
pub(crate) struct Outcome {
    /// Index into the labels.
    pub(crate) label: usize,
    /// An account label found as an Account at medium or high confidence,
    /// for its address and the right service.
    pub(crate) found: bool,
    /// Account findings at medium or high confidence that should not be
    /// there (any on a none/phishing/weak label; the wrong service on an
    /// account label).
    pub(crate) false_accounts: Vec<String>,
    /// Findings whose address is not among the label's recipients.
    pub(crate) invented: Vec<String>,
    /// A phishing label reported as suspected phishing.
    pub(crate) phishing_listed: bool,
    /// Low-confidence Account findings ("to review", never violations).
    pub(crate) to_review: usize,
    /// Every finding, for people reading the misses.
    pub(crate) findings: Vec<String>,
    /// The message could not be read or judged.
    pub(crate) error: Option<String>,
}

fn describe(f: &Finding) -> String {
    format!(
        "{:?} {} {} {:?} {} ({:?})",
        f.kind,
        f.address,
        f.service.id,
        f.confidence,
        f.event.as_str(),
        f.authentication
    )
}

fn medium_or_more(c: Confidence) -> bool {
    c >= Confidence::Medium
}

/// Judges one message against its label.
pub(crate) fn judge(detector: &Detector, set: &Path, index: usize, label: &Label) -> Outcome {
    let mut outcome = Outcome {
        label: index,
        ..Outcome::default()
    };
    let path = set.join(&label.file);
    let raw = match std::fs::read(&path) {
        Ok(raw) => raw,
        Err(e) => {
            outcome.error = Some(format!("cannot read {}: {e}", path.display()));
            return outcome;
        }
    };
    let verdict: Verdict = match &label.owner {
        Some(owner) => match detector.owner(owner) {
            Ok(owner) => detector.inspect_delivered_to(&raw, &owner),
            Err(e) => {
                outcome.error = Some(e.to_string());
                return outcome;
            }
        },
        None => detector.inspect(&raw),
    };
    let expected = expected_services(detector.catalog(), &label.service_domain);
    let recipients: BTreeSet<String> = label
        .recipients
        .iter()
        .map(|r| r.to_ascii_lowercase())
        .collect();
    let address = label.address.to_ascii_lowercase();
    for finding in &verdict.findings {
        let text = describe(finding);
        let finding_address = finding.address.to_ascii_lowercase();
        if !recipients.contains(&finding_address) {
            outcome.invented.push(text.clone());
        }
        if finding.kind == FindingKind::Account {
            if !medium_or_more(finding.confidence) {
                outcome.to_review += 1;
            } else if label.expect == "account" {
                if !expected.contains(&finding.service.id) {
                    outcome.false_accounts.push(text.clone());
                } else if finding_address == address {
                    outcome.found = true;
                }
            } else {
                outcome.false_accounts.push(text.clone());
            }
        }
        if finding.kind == FindingKind::SuspectedPhishing && label.expect == "phishing" {
            outcome.phishing_listed = true;
        }
        outcome.findings.push(text);
    }
    match &verdict.outcome {
        govmail_audit::Outcome::Failed { error, .. } => {
            outcome.error = Some(format!("failed: {error}"))
        }
        govmail_audit::Outcome::Skipped { reason } => {
            outcome
                .findings
                .push(format!("skipped: {}", reason.as_str()));
        }
        _ => {}
    }
    outcome
}

/// Judges every label of `split` (`dev`, `holdout`, `fresh`, `fresh2` or `all`).
pub(crate) fn judge_all(
    detector: &Detector,
    set: &Path,
    labels: &[Label],
    split: &str,
) -> Vec<Outcome> {
    labels
        .iter()
        .enumerate()
        .filter(|(_, l)| split == "all" || l.split == split)
        .map(|(i, l)| judge(detector, set, i, l))
        .collect()
}

/// Counts over a group of messages.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Tally {
    /// Messages in the group.
    pub(crate) messages: u32,
    /// Account labels.
    pub(crate) accounts: u32,
    /// Account labels found (medium+, right address and service).
    pub(crate) found: u32,
    /// Messages with a false account.
    pub(crate) false_accounts: u32,
    /// Messages with an invented address.
    pub(crate) invented: u32,
    /// Phishing labels.
    pub(crate) phishing: u32,
    /// Phishing labels listed as suspected phishing.
    pub(crate) phishing_listed: u32,
    /// Messages with a low-confidence Account finding.
    pub(crate) to_review: u32,
    /// Messages that could not be judged.
    pub(crate) errors: u32,
}

impl Tally {
    fn add(&mut self, label: &Label, outcome: &Outcome) {
        self.messages += 1;
        if label.expect == "account" {
            self.accounts += 1;
            self.found += u32::from(outcome.found);
        }
        if label.expect == "phishing" {
            self.phishing += 1;
            self.phishing_listed += u32::from(outcome.phishing_listed);
        }
        self.false_accounts += u32::from(!outcome.false_accounts.is_empty());
        self.invented += u32::from(!outcome.invented.is_empty());
        self.to_review += u32::from(outcome.to_review > 0);
        self.errors += u32::from(outcome.error.is_some());
    }

    /// Found accounts over account labels (1.0 when there are none).
    pub(crate) fn recall(&self) -> f64 {
        if self.accounts == 0 {
            1.0
        } else {
            f64::from(self.found) / f64::from(self.accounts)
        }
    }

    /// True when the targets hold: recall at least 0.98, no false
    /// account, no invented address, every message judged.
    pub(crate) fn meets_targets(&self) -> bool {
        self.recall() >= 0.98 && self.false_accounts == 0 && self.invented == 0 && self.errors == 0
    }
}

/// Tallies per group: `all`, `expect <e>`, `lang <l>`, `cause <c> <e>`,
/// `trait <t>`.
pub(crate) fn tally(labels: &[Label], outcomes: &[Outcome]) -> BTreeMap<String, Tally> {
    let mut groups: BTreeMap<String, Tally> = BTreeMap::new();
    for outcome in outcomes {
        let Some(label) = labels.get(outcome.label) else {
            continue;
        };
        let keys = [
            "all".to_string(),
            format!("expect {}", label.expect),
            format!("lang {}", label.lang),
            format!("cause {:<26} {}", label.cause, label.expect),
        ];
        let traits = label.traits.iter().map(|t| format!("trait {t}"));
        for key in keys.into_iter().chain(traits) {
            groups.entry(key).or_default().add(label, outcome);
        }
    }
    groups
}

/// The table of one split, for people.
pub(crate) fn render(title: &str, groups: &BTreeMap<String, Tally>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{title}");
    let _ = writeln!(
        out,
        "  {:<42} {:>5} {:>8} {:>6} {:>7} {:>6} {:>9} {:>9} {:>7} {:>7}",
        "group",
        "msgs",
        "accounts",
        "found",
        "recall",
        "false",
        "invented",
        "phishing",
        "listed",
        "review"
    );
    let order = |k: &String| match k.split(' ').next() {
        Some("all") => 0,
        Some("expect") => 1,
        Some("lang") => 2,
        Some("cause") => 3,
        _ => 4,
    };
    let mut keys: Vec<&String> = groups.keys().collect();
    keys.sort_by_key(|k| (order(k), (*k).clone()));
    for key in keys {
        let Some(t) = groups.get(key) else { continue };
        let recall = if t.accounts == 0 {
            "-".to_string()
        } else {
            format!("{:.3}", t.recall())
        };
        let _ = writeln!(
            out,
            "  {:<42} {:>5} {:>8} {:>6} {:>7} {:>6} {:>9} {:>9} {:>7} {:>7}",
            key,
            t.messages,
            t.accounts,
            t.found,
            recall,
            t.false_accounts,
            t.invented,
            t.phishing,
            t.phishing_listed,
            t.to_review
        );
    }
    out
}

/// One line per miss, false account, invented address or error.
pub(crate) fn render_misses(labels: &[Label], outcomes: &[Outcome]) -> String {
    let mut out = String::new();
    for outcome in outcomes {
        let Some(label) = labels.get(outcome.label) else {
            continue;
        };
        let mut what = Vec::new();
        if label.expect == "account" && !outcome.found {
            what.push("MISS".to_string());
        }
        if !outcome.false_accounts.is_empty() {
            what.push("FALSE".to_string());
        }
        if !outcome.invented.is_empty() {
            what.push(format!("INVENTED {}", outcome.invented.join("; ")));
        }
        if let Some(e) = &outcome.error {
            what.push(format!("ERROR {e}"));
        }
        if what.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "{} {} [{} {} {} at {} ({})] {}\n    got: {}",
            what.join(" + "),
            label.file,
            label.expect,
            label.cause,
            label.event,
            label.service,
            label.service_domain,
            label.reason,
            if outcome.findings.is_empty() {
                "nothing".to_string()
            } else {
                outcome.findings.join(" | ")
            }
        );
    }
    out
}

/// A label of the shared real-mail corpus (`../shared/corpus/labels.json`).
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct CorpusLabel {
    /// Path relative to the corpus folder.
    pub(crate) file: String,
    /// `account`, `none`, `phishing`, `maybe` or `any`.
    pub(crate) expect: String,
}

/// Precision and recall over the shared corpus, scanned as `owner`'s export.
pub(crate) fn corpus_report(
    detector: &Detector,
    corpus: &Path,
    owner: &str,
) -> Result<String, String> {
    let path = corpus.join("labels.json");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let labels: Vec<CorpusLabel> =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let owner = detector.owner(owner).map_err(|e| e.to_string())?;
    // expect -> (files, with a medium+ account, with any account)
    let mut tally: BTreeMap<String, (u32, u32, u32)> = BTreeMap::new();
    let mut wrong = Vec::new();
    let mut phishing_disagreements = Vec::new();
    for label in &labels {
        let mut scan = detector.scan().with_owner(owner.clone());
        scan.add_path(&corpus.join(&label.file));
        let report = scan.finish();
        let medium = report.accounts.iter().any(|a| medium_or_more(a.confidence));
        let any = !report.accounts.is_empty();
        let entry = tally.entry(label.expect.clone()).or_default();
        entry.0 += 1;
        entry.1 += u32::from(medium);
        entry.2 += u32::from(any);
        let services = || {
            report
                .accounts
                .iter()
                .map(|a| format!("{} ({:?})", a.service.id, a.confidence))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let listed_phishing = !report.suspected_phishing.is_empty();
        if listed_phishing != (label.expect == "phishing") && label.expect != "maybe" {
            phishing_disagreements.push(format!(
                "  phishing {} on {} (expect {})",
                if listed_phishing {
                    "listed"
                } else {
                    "not listed"
                },
                label.file,
                label.expect
            ));
        }
        match label.expect.as_str() {
            "account" if !medium => {
                wrong.push(format!("  missed   {} (got: {})", label.file, services()))
            }
            "none" | "phishing" if any => {
                wrong.push(format!("  reported {}: {}", label.file, services()))
            }
            _ => {}
        }
    }
    let get = |e: &str| tally.get(e).copied().unwrap_or_default();
    let (accounts, found_medium, found_any) = get("account");
    let mut out = format!(
        "Corpus {} ({} files, owner {}):\n",
        corpus.display(),
        labels.len(),
        owner.address()
    );
    for (expect, (files, medium, any)) in &tally {
        let _ = writeln!(
            out,
            "  expect {expect:<8} {files:>4} files, {medium:>3} with a medium+ account, {any:>3} with any account"
        );
    }
    for (name, found, false_positives) in [
        ("medium+", found_medium, get("none").1 + get("phishing").1),
        (
            "any confidence",
            found_any,
            get("none").2 + get("phishing").2,
        ),
    ] {
        let precision = f64::from(found) / f64::from((found + false_positives).max(1));
        let recall = f64::from(found) / f64::from(accounts.max(1));
        let _ = writeln!(
            out,
            "  {name:<15} precision {precision:.3} ({found}/{}), recall {recall:.3} ({found}/{accounts})",
            found + false_positives
        );
    }
    for line in wrong {
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(
        out,
        "  suspected phishing disagreeing with labels: {}",
        phishing_disagreements.len()
    );
    for line in phishing_disagreements {
        let _ = writeln!(out, "{line}");
    }
    Ok(out)
}

/// Accounts and phishing found in the honeypot mail, scanned as `owner`'s export.
pub(crate) fn phishing_pot_report(
    detector: &Detector,
    pot: &Path,
    owner: &str,
    brand_labels: Option<&Path>,
) -> Result<String, String> {
    // Files that imitate a brand, by `eval/phishing_pot_labels.py`: name -> brand.
    let imitations: BTreeMap<String, String> = match brand_labels.filter(|p| p.is_file()) {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let entries: Vec<serde_json::Value> =
                serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            entries
                .iter()
                .filter_map(|e| {
                    Some((
                        e.get("file")?.as_str()?.to_string(),
                        e.get("brand")?.as_str()?.to_string(),
                    ))
                })
                .collect()
        }
        None => BTreeMap::new(),
    };
    let (mut labelled_listed, mut unlabelled_listed) = (0u32, 0u32);
    let mut label_misses = Vec::new();
    let dir = if pot.join("mail").is_dir() {
        pot.join("mail")
    } else {
        pot.to_path_buf()
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    let owner = detector.owner(owner).map_err(|e| e.to_string())?;
    let (mut medium, mut low, mut phishing, mut messages) = (0u32, 0u32, 0u32, 0u64);
    let mut listed = Vec::new();
    for file in &files {
        let mut scan = detector.scan().with_owner(owner.clone());
        scan.add_path(file);
        let report = scan.finish();
        messages += report.summary.messages;
        phishing += u32::from(!report.suspected_phishing.is_empty());
        let file_name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match (
            imitations.get(&file_name),
            report.suspected_phishing.is_empty(),
        ) {
            (Some(_), false) => labelled_listed += 1,
            (Some(brand), true) => {
                label_misses.push(format!("  not listed {file_name} (imitates {brand})"))
            }
            (None, false) => unlabelled_listed += 1,
            (None, true) => {}
        }
        for account in &report.accounts {
            let subject = account
                .evidence
                .first()
                .and_then(|e| e.message.subject.clone())
                .unwrap_or_default();
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if medium_or_more(account.confidence) {
                medium += 1;
            } else {
                low += 1;
            }
            listed.push(format!(
                "  {:?} {name}: {} ({}) \"{subject}\"",
                account.confidence, account.service.id, account.service.name
            ));
        }
    }
    let mut out = format!(
        "Phishing pot {} ({} files, {messages} messages, owner {}):\n  accounts reported: {medium} at medium+ confidence, {low} low (to review)\n  files listed as suspected phishing: {phishing}\n",
        dir.display(),
        files.len(),
        owner.address()
    );
    if !imitations.is_empty() {
        let _ = writeln!(
            out,
            "  brand imitations (eval/phishing_pot_labels.json): {labelled_listed}/{} listed ({:.3}); {unlabelled_listed} other files listed",
            imitations.len(),
            f64::from(labelled_listed) / imitations.len().max(1) as f64
        );
        for line in label_misses {
            let _ = writeln!(out, "{line}");
        }
    }
    for line in listed {
        let _ = writeln!(out, "{line}");
    }
    Ok(out)
}
