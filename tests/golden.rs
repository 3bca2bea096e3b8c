//! Golden reports: the fixture mailbox scanned in every output format,
//! compared byte for byte with `fixtures/golden/`. Set `GOVMAIL_BLESS=1` to
//! rewrite the expected files after a deliberate change; on a mismatch the
//! actual output is written beside the expected file as `*.actual`.

use std::path::Path;

use govmail_audit::report::{Format, Lang};
use govmail_audit::{Catalog, Detector, Policy, Report, write_report};

use crate::common::{detector, fixture, line_ending_variants};

pub(crate) fn scan_sample(detector: &Detector, bytes: &[u8], owner: Option<&str>) -> Report {
    let mut scan = detector.scan();
    if let Some(owner) = owner {
        scan = scan.with_owner(detector.owner(owner).unwrap());
    }
    scan.add_reader("sample.mbox", bytes);
    scan.finish()
}

pub(crate) fn render(report: &Report, format: Format, lang: Lang) -> String {
    let mut out = Vec::new();
    write_report(report, format, lang, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

pub(crate) fn assert_golden(name: &str, actual: &str) {
    let path = fixture(&format!("golden/{name}"));
    if std::env::var_os("GOVMAIL_BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected != actual {
        let actual_path = path.with_extension(format!(
            "{}.actual",
            path.extension().and_then(|e| e.to_str()).unwrap_or("")
        ));
        std::fs::write(&actual_path, actual).unwrap();
        panic!(
            "{} differs from the golden file; actual output written to {}",
            name,
            display(&actual_path)
        );
    }
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

fn without_offsets(mut report: Report) -> Report {
    for record in report
        .accounts
        .iter_mut()
        .chain(&mut report.suspected_phishing)
        .chain(&mut report.invitations)
        .chain(&mut report.newsletters)
    {
        for evidence in &mut record.evidence {
            evidence.location.offset = None;
        }
    }
    report
}

#[test]
fn sample_mailbox_in_every_format() {
    let bytes = std::fs::read(fixture("mailboxes/sample.mbox")).unwrap();
    let report = scan_sample(detector(), &bytes, None);
    assert_golden("sample.json", &render(&report, Format::Json, Lang::En));
    assert_golden(
        "sample.jsonl",
        &render(&report, Format::JsonLines, Lang::En),
    );
    assert_golden("sample.csv", &render(&report, Format::Csv, Lang::En));
    assert_golden("sample.vi.csv", &render(&report, Format::Csv, Lang::Vi));
    assert_golden("sample.txt", &render(&report, Format::Table, Lang::En));
    assert_golden("sample.vi.txt", &render(&report, Format::Table, Lang::Vi));
}

#[test]
fn sample_mailbox_gives_the_same_findings_with_lf_and_crlf() {
    let bytes = std::fs::read(fixture("mailboxes/sample.mbox")).unwrap();
    let detector = detector();
    let [(_, lf), (_, crlf)] = line_ending_variants(&bytes);
    let lf_report = without_offsets(scan_sample(detector, &lf, None));
    let crlf_report = without_offsets(scan_sample(detector, &crlf, None));
    assert_eq!(lf_report, crlf_report);
    assert_eq!(lf_report.summary.messages, 14);
}

#[test]
fn sample_mailbox_under_a_provincial_policy_with_an_owner() {
    let bytes = std::fs::read(fixture("mailboxes/sample.mbox")).unwrap();
    let policy = Policy::from_file(&fixture("policies/quangngai.toml")).unwrap();
    let detector = Detector::new(policy, Catalog::builtin().unwrap()).unwrap();
    let report = scan_sample(&detector, &bytes, Some("an.nguyen@stttt.quangngai.gov.vn"));
    // GitHub and LinkedIn are approved: reported, not violations.
    let approved: Vec<_> = report
        .accounts
        .iter()
        .filter(|r| ["github", "linkedin"].contains(&r.service.id.as_str()))
        .collect();
    assert!(!approved.is_empty() && approved.iter().all(|r| !r.violation));
    assert_golden(
        "sample-owner-policy.json",
        &render(&report, Format::Json, Lang::En),
    );
}
