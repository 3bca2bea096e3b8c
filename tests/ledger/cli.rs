//! The ledger example on the command line (SQLite): scan twice, approve,
//! status, report, import twice.

use std::process::Command;

use crate::common::{example_binary, fixture};

fn run(ledger: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::new(example_binary("ledger"))
        .arg("--ledger")
        .arg(ledger)
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn scan_approve_report_import() {
    let dir = super::temp("cli");
    let ledger = dir.join("audit.db");
    let mbox = fixture("mailboxes/sample.mbox");
    let mbox = mbox.to_str().unwrap();

    let (code, _, err) = run(&ledger, &["scan", mbox]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("audit 1: read 14 messages (0 read before"),
        "{err}"
    );
    let (code, _, err) = run(&ledger, &["--by", "Le Thi Hoa", "scan", mbox]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("read 1 messages (13 read before"), "{err}");

    let (code, _, err) = run(
        &ledger,
        &[
            "approve",
            "--unit",
            "stttt.quangngai.gov.vn",
            "--service",
            "facebook",
            "--reason",
            "Trang Facebook của Sở, QĐ 123/QĐ-STTTT",
            "--until",
            "2099-12-31",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let (code, out, _) = run(&ledger, &["--lang", "vi", "status"]);
    assert_eq!(code, 0);
    let facebook = out
        .lines()
        .find(|l| l.starts_with("an.nguyen@stttt.quangngai.gov.vn") && l.contains("facebook"))
        .unwrap();
    assert!(facebook.contains("được phê duyệt"), "{facebook}");

    let (code, out, _) = run(
        &ledger,
        &[
            "status",
            "an.nguyen@stttt.quangngai.gov.vn",
            "facebook",
            "--set",
            "notified",
            "--why",
            "notice sent",
        ],
    );
    assert_eq!(code, 0);
    assert!(out.contains("-> notified"), "{out}");

    let report = dir.join("report.json");
    let (code, _, err) = run(
        &ledger,
        &["report", "--format", "json", "-o", report.to_str().unwrap()],
    );
    assert_eq!(code, 1, "{err}");
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    assert_eq!(json["approved"].as_array().unwrap().len(), 1);

    // Another office imports the report, twice.
    let other = dir.join("province.db");
    let (code, _, err) = run(
        &other,
        &["import", "--site", "district-1", report.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("new findings"), "{err}");
    let (code, _, err) = run(&other, &["import", report.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("imported before; nothing changed"), "{err}");
    // And a whole ledger.
    let (code, _, err) = run(
        &other,
        &["import", "--site", "district-1", ledger.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains(" 0 new findings"), "{err}");

    let (code, out, _) = run(&ledger, &["--help"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("tiếng Việt") && out.contains("approve"),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
