//! The example scanner as a user runs it: formats, exit codes, errors.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use crate::common::{fixture, root, scan_binary};

fn scan(args: &[&str]) -> Output {
    Command::new(scan_binary())
        .args(args)
        .current_dir(root())
        .output()
        .expect("run the scan example (built by cargo test)")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn violations_give_exit_status_1_and_a_table() {
    let output = scan(&["fixtures/mailboxes/sample.mbox"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("Accounts (6)"), "{text}");
    assert!(text.contains("an.nguyen@stttt.quangngai.gov.vn"));
    assert!(text.contains("Suspected phishing"));
}

#[test]
fn vietnamese_table() {
    let output = scan(&["--lang", "vi", "fixtures/mailboxes/sample.mbox"]);
    assert!(stdout(&output).contains("Tài khoản (6)"));
}

#[test]
fn clean_input_gives_exit_status_0() {
    let output = scan(&["fixtures/messages/internal-lichhop-vi.eml"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn json_report_has_a_schema_version() {
    let output = scan(&["--format", "json", "fixtures/mailboxes/sample.mbox"]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["schema_version"], 3);
    assert_eq!(report["summary"]["messages"], 14);
}

#[test]
fn csv_to_a_file_opens_in_excel() {
    let dir = std::env::temp_dir().join(format!("govmail-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("report.csv");
    let output = scan(&[
        "-q",
        "--format",
        "csv",
        "-o",
        out.to_str().unwrap(),
        "fixtures/mailboxes/sample.mbox",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).is_empty(), "--quiet: {}", stderr(&output));
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBFkind,address"));
    assert!(bytes.windows(2).any(|w| w == b"\r\n"));
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    assert_eq!(reader.records().count(), 10);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn standard_input_and_owner() {
    let mut child = Command::new(scan_binary())
        .args([
            "--format",
            "jsonl",
            "--owner",
            "chu.hop.thu@stttt.quangngai.gov.vn",
            "-",
        ])
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mail = std::fs::read(fixture("messages/tiktok-welcome-personal-en.eml")).unwrap();
    child.stdin.take().unwrap().write_all(&mail).unwrap();
    let output = child.wait_with_output().unwrap();
    let text = stdout(&output);
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(first["type"], "account");
    assert_eq!(first["address"], "chu.hop.thu@stttt.quangngai.gov.vn");
    let last: serde_json::Value = serde_json::from_str(text.lines().last().unwrap()).unwrap();
    assert_eq!(last["type"], "summary");
    assert_eq!(last["messages"], 1);
}

#[test]
fn errors_name_their_cause_and_give_exit_status_2() {
    let bad_owner = scan(&[
        "--owner",
        "someone@gmail.com",
        "fixtures/mailboxes/sample.mbox",
    ]);
    assert_eq!(bad_owner.status.code(), Some(2));
    assert!(stderr(&bad_owner).contains("not an official address"));

    let bad_config = scan(&[
        "--config",
        "no-such-policy.toml",
        "fixtures/mailboxes/sample.mbox",
    ]);
    assert_eq!(bad_config.status.code(), Some(2));
    assert!(stderr(&bad_config).contains("no-such-policy.toml"));

    let missing_input = scan(&["no-such.mbox", "fixtures/messages/internal-lichhop-vi.eml"]);
    assert_eq!(missing_input.status.code(), Some(2));
    assert!(
        stdout(&missing_input).contains("no-such.mbox"),
        "the report lists the problem"
    );

    let bad_format = scan(&["--format", "xml", "fixtures/mailboxes/sample.mbox"]);
    assert_eq!(bad_format.status.code(), Some(2));
}

#[test]
fn help_explains_exit_status_and_speaks_vietnamese() {
    let output = scan(&["--help"]);
    let text = stdout(&output);
    for needle in [
        "--owner",
        "--format",
        "--config",
        "--catalog",
        "--directory",
        "--notices",
        "--since",
        "Exit status",
        "tiếng Việt",
    ] {
        assert!(text.contains(needle), "{needle} missing from --help");
    }
}

#[test]
fn html_report_directory_notices_and_since() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-units");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("baocao.html");
    let notices = dir.join("thongbao");
    let output = scan(&[
        "--format",
        "html",
        "-o",
        page.to_str().unwrap(),
        "--directory",
        "fixtures/directory/sample-nhansu.csv",
        "--notices",
        notices.to_str().unwrap(),
        "--since",
        "fixtures/reports/sample-previous.json",
        "fixtures/mailboxes/sample.mbox",
    ]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("<html lang=\"vi\">"), "Vietnamese by default");
    assert!(html.contains("Nguyễn Văn An") && html.contains("sample-previous.json"));
    assert!(
        stderr(&output).contains("6 notices written"),
        "{}",
        stderr(&output)
    );
    // The totals row of the directory is named, not silently dropped.
    assert!(stderr(&output).contains("[9]"), "{}", stderr(&output));
    let mut files: Vec<String> = std::fs::read_dir(&notices)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    files.sort();
    assert_eq!(files.len(), 12);
    assert_eq!(files[0], "an.nguyen_at_stttt.quangngai.gov.vn.html");
    let notice = std::fs::read_to_string(notices.join(&files[1])).unwrap();
    assert!(notice.contains("Kính gửi: Ông/Bà Nguyễn Văn An"));

    let english = scan(&[
        "--format",
        "html",
        "--lang",
        "en",
        "fixtures/mailboxes/sample.mbox",
    ]);
    assert!(stdout(&english).contains("<html lang=\"en\">"));
    // The other formats keep English as their default.
    let csv = scan(&["--format", "csv", "fixtures/mailboxes/sample.mbox"]);
    assert!(stdout(&csv).contains("\r\naccount,"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn since_a_report_of_another_schema_is_an_error() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-since");
    std::fs::create_dir_all(&dir).unwrap();
    let future = dir.join("future.json");
    std::fs::write(&future, "{\"schema_version\": 9, \"accounts\": []}").unwrap();
    let output = scan(&[
        "--since",
        future.to_str().unwrap(),
        "fixtures/mailboxes/sample.mbox",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("schema version 9"),
        "{}",
        stderr(&output)
    );
    let bad_directory = scan(&[
        "--directory",
        "Cargo.toml",
        "fixtures/mailboxes/sample.mbox",
    ]);
    assert_eq!(bad_directory.status.code(), Some(2));
    assert!(stderr(&bad_directory).contains("no address column"));
}
