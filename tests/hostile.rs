//! Hostile and careless input: one test per defect of issue 11 ("nothing
//! lost, nothing injected, nothing surprising"). Each failed before its fix.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use govmail_audit::report::{Directory, Format, Lang};
use govmail_audit::{Report, write_report};

use crate::common::{detector, fixture, root, scan_binary};

/// A fresh folder under the target's temporary folder.
fn work_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("hostile")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn sample_mbox() -> Vec<u8> {
    std::fs::read(fixture("mailboxes/sample.mbox")).unwrap()
}

fn scan_path(path: &Path) -> Report {
    let mut scan = detector().scan();
    scan.add_path(path);
    scan.finish()
}

fn render(report: &Report, format: Format) -> String {
    let mut out = Vec::new();
    write_report(report, format, Lang::En, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn run_scan(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(scan_binary())
        .args(args)
        .current_dir(root())
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// A Facebook login-code mail to `to` with `subject` (raw header bytes).
fn facebook_mail(to: &str, subject: &str) -> Vec<u8> {
    format!(
        "From security@facebookmail.com Mon Jan  6 01:15:02 2025\r\n\
         From: Facebook <security@facebookmail.com>\r\n\
         To: {to}\r\n\
         Subject: {subject}\r\n\
         Authentication-Results: mail.quangngai.gov.vn; dkim=pass header.d=facebookmail.com\r\n\
         Date: Mon, 6 Jan 2025 08:15:02 +0700\r\n\
         \r\n\
         Ma xac nhan cua ban la 123456.\r\n"
    )
    .into_bytes()
}

// 1. A truncated compressed export keeps every message that decoded.
#[test]
fn truncated_gzip_keeps_the_messages_that_decoded() {
    let mbox = sample_mbox();
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(&mbox).unwrap();
    let gz = encoder.finish().unwrap();
    let cut = &gz[..gz.len() * 2 / 3];
    // What a decoder gets out of the cut file before it fails.
    let mut decoded = Vec::new();
    let mut decoder = flate2::read::GzDecoder::new(cut);
    let mut buf = [0u8; 512];
    while let Ok(n @ 1..) = std::io::Read::read(&mut decoder, &mut buf) {
        decoded.extend_from_slice(&buf[..n]);
    }
    let in_prefix = {
        let mut scan = detector().scan();
        scan.add_reader("decoded prefix", &decoded[..]);
        scan.finish().summary.messages
    };
    assert!(
        in_prefix >= 3,
        "the cut keeps several messages: {in_prefix}"
    );

    let path = work_dir("gzip").join("cut.mbox.gz");
    std::fs::write(&path, cut).unwrap();
    let report = scan_path(&path);
    assert_eq!(report.summary.messages, in_prefix, "{:?}", report.problems);
    assert_eq!(report.problems.len(), 1, "the cut is reported");
    // Standard input too.
    let mut scan = detector().scan();
    scan.add_reader("-", cut);
    assert_eq!(scan.finish().summary.messages, in_prefix);
}

/// CRC-32 (IEEE), for the hand-made zip below.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A zip as streaming writers make it: flag bit 3, zero sizes and CRC in
/// the local header, the real ones in a data descriptor after the data.
fn zip_with_data_descriptor(name: &str, content: &[u8]) -> Vec<u8> {
    let mut encoder =
        flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(content).unwrap();
    let compressed = encoder.finish().unwrap();
    let (crc, size, csize) = (
        crc32(content),
        content.len() as u32,
        compressed.len() as u32,
    );
    let mut zip = Vec::new();
    let flags: u16 = 1 << 3;
    zip.extend_from_slice(b"PK\x03\x04");
    for v in [20u16, flags, 8, 0, 0] {
        zip.extend_from_slice(&v.to_le_bytes());
    }
    zip.extend_from_slice(&[0; 12]); // crc, sizes: in the descriptor
    zip.extend_from_slice(&(name.len() as u16).to_le_bytes());
    zip.extend_from_slice(&0u16.to_le_bytes());
    zip.extend_from_slice(name.as_bytes());
    zip.extend_from_slice(&compressed);
    zip.extend_from_slice(b"PK\x07\x08");
    for v in [crc, csize, size] {
        zip.extend_from_slice(&v.to_le_bytes());
    }
    let central = zip.len() as u32;
    zip.extend_from_slice(b"PK\x01\x02");
    for v in [20u16, 20, flags, 8, 0, 0] {
        zip.extend_from_slice(&v.to_le_bytes());
    }
    for v in [crc, csize, size] {
        zip.extend_from_slice(&v.to_le_bytes());
    }
    for v in [name.len() as u16, 0, 0, 0, 0] {
        zip.extend_from_slice(&v.to_le_bytes());
    }
    zip.extend_from_slice(&0u32.to_le_bytes()); // external attributes
    zip.extend_from_slice(&0u32.to_le_bytes()); // local header offset
    zip.extend_from_slice(name.as_bytes());
    let central_size = zip.len() as u32 - central;
    zip.extend_from_slice(b"PK\x05\x06");
    for v in [0u16, 0, 1, 1] {
        zip.extend_from_slice(&v.to_le_bytes());
    }
    zip.extend_from_slice(&central_size.to_le_bytes());
    zip.extend_from_slice(&central.to_le_bytes());
    zip.extend_from_slice(&0u16.to_le_bytes());
    zip
}

// 2. Zip members written by streaming writers (data descriptors) are read.
#[test]
fn zip_members_with_data_descriptors_are_read() {
    let mbox = sample_mbox();
    let plain = scan_path(&fixture("mailboxes/sample.mbox"));
    let path = work_dir("zip").join("takeout.zip");
    std::fs::write(&path, zip_with_data_descriptor("Mail/Inbox.mbox", &mbox)).unwrap();
    let report = scan_path(&path);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(report.summary.messages, plain.summary.messages);
    assert_eq!(report.accounts.len(), plain.accounts.len());
    let evidence = &report.accounts[0].evidence[0].location;
    assert_eq!(evidence.member.as_deref(), Some("Mail/Inbox.mbox"));
}

// 3. Terminal escapes from mail or file names are shown, not acted on.
#[test]
fn terminal_escapes_never_reach_the_table() {
    let subject = "Your code \x1b]0;pwned\x07\x1b[2J\u{9b}1A";
    let mail = facebook_mail("an.nguyen@stttt.quangngai.gov.vn", subject);
    let mut scan = detector().scan();
    scan.add_reader("evil\x1b[31m.mbox", &mail[..]);
    let report = scan.finish();
    assert_eq!(report.accounts.len(), 1, "{report:?}");
    let table = render(&report, Format::Table);
    assert!(table.contains("Accounts (1)"), "{table}");
    for control in ['\x1b', '\x07', '\u{9b}', '\r'] {
        assert!(!table.contains(control), "{control:?} in {table:?}");
    }
    assert!(table.contains("\\u{1b}"), "shown visibly: {table}");
}

// 4. No CSV cell starts a formula, whoever wrote it (mail or directory).
#[test]
fn csv_cells_never_start_a_formula() {
    let address = "=cmd|'/Ccalc'!A0@stttt.quangngai.gov.vn";
    let mail = facebook_mail(address, "Your code");
    let mut scan = detector().scan();
    scan.add_reader("-", &mail[..]);
    let mut report = scan.finish();
    assert_eq!(report.accounts.len(), 1, "{report:?}");
    let directory = Directory::from_reader(
        format!("email,full name,unit\n{address},=HYPERLINK(\"http://x\"),@SUM(1)\n").as_bytes(),
        "nhansu.csv",
    )
    .unwrap();
    report.assign_units(&directory);
    let csv = render(&report, Format::Csv);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let mut cells = 0;
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            cells += 1;
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "formula cell {cell:?} in {csv}"
            );
        }
    }
    assert!(cells > 20);
    assert!(csv.contains("'=cmd|"), "{csv}");
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
}

fn wait_with_timeout(mut child: std::process::Child, limit: Duration) -> Option<Output> {
    let started = Instant::now();
    while started.elapsed() < limit {
        if child.try_wait().unwrap().is_some() {
            return Some(child.wait_with_output().unwrap());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    None
}

// 6. `-o` never overwrites an input, and a wrong output fails before the scan.
#[test]
fn output_is_checked_before_the_scan_and_never_overwrites_an_input() {
    let dir = work_dir("output");
    let mailbox = dir.join("mail.mbox");
    std::fs::write(&mailbox, sample_mbox()).unwrap();
    let output = run_scan(&[
        "-q".as_ref(),
        "-o".as_ref(),
        mailbox.as_os_str(),
        mailbox.as_os_str(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        std::fs::read(&mailbox).unwrap(),
        sample_mbox(),
        "input kept"
    );
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("refusing"), "{message}");
    // The same file through another spelling of its path.
    let other = dir.join(".").join("mail.mbox");
    let output = run_scan(&["-o".as_ref(), other.as_os_str(), mailbox.as_os_str()]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(std::fs::read(&mailbox).unwrap(), sample_mbox());

    // Standard input that never ends: a scan that started would hang.
    let child = Command::new(scan_binary())
        .args(["-q", "-o", "/nonexistent-govmail/x.json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let output = wait_with_timeout(child, Duration::from_secs(30))
        .expect("the wrong output path is found before reading the input");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("/nonexistent-govmail"));

    // A good output is written whole, with no temporary file left beside it.
    let report = dir.join("report.json");
    let output = run_scan(&[
        "-q".as_ref(),
        "-f".as_ref(),
        "json".as_ref(),
        "-o".as_ref(),
        report.as_os_str(),
        mailbox.as_os_str(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    assert_eq!(json["summary"]["messages"], 14);
    let names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

// 6b. `-o` to a pipe or a device writes into it, never replaces it with a
// file (renaming a temporary file over `/dev/null` did, run as root), and a
// link to an earlier report stays a link.
#[test]
#[cfg(unix)]
fn output_to_a_pipe_or_through_a_link_keeps_what_is_there() {
    use std::os::unix::fs::FileTypeExt;
    let dir = work_dir("output-kinds");
    let sample = fixture("mailboxes/sample.mbox");

    let fifo = dir.join("report.pipe");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let output = run_scan(&[
        "-q".as_ref(),
        "-f".as_ref(),
        "json".as_ref(),
        "-o".as_ref(),
        fifo.as_os_str(),
        sample.as_os_str(),
    ]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    // Checked before joining: a reader left on a replaced pipe never returns.
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(kind.is_fifo(), "the pipe was replaced: {kind:?}");
    let report = reader.join().unwrap();
    assert!(report.contains("\"schema_version\""), "{report}");

    let real = dir.join("real-report.json");
    std::fs::write(&real, "earlier report").unwrap();
    let link = dir.join("latest.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let output = run_scan(&[
        "-q".as_ref(),
        "-f".as_ref(),
        "json".as_ref(),
        "-o".as_ref(),
        link.as_os_str(),
        sample.as_os_str(),
    ]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(&real)
            .unwrap()
            .contains("\"schema_version\"")
    );
}

// 15. The milter logs every protocol error with the connection's addresses,
// and holds many connections in a bounded number of threads and memory.
#[test]
fn the_milter_logs_protocol_errors_and_holds_connections_in_bounded_threads() {
    use std::io::Read;
    use std::net::{Shutdown, TcpListener, TcpStream};

    fn packet(code: u8, data: &[u8]) -> Vec<u8> {
        let mut out = u32::try_from(data.len() + 1)
            .unwrap()
            .to_be_bytes()
            .to_vec();
        out.push(code);
        out.extend_from_slice(data);
        out
    }
    let optneg = {
        let mut words = Vec::new();
        for word in [6u32, 0x1ff, 0x1f_ffff] {
            words.extend_from_slice(&word.to_be_bytes());
        }
        packet(b'O', &words)
    };
    let connect = packet(b'C', b"mx.example\x004\x30\x39198.51.100.20\0");
    /// Reads one answer packet's command byte; `None` once closed.
    fn answer(stream: &mut TcpStream) -> Option<u8> {
        let mut length = [0u8; 4];
        stream.read_exact(&mut length).ok()?;
        let mut data = vec![0u8; u32::from_be_bytes(length) as usize];
        stream.read_exact(&mut data).ok()?;
        data.first().copied()
    }
    let status = |pid: u32, field: &str| -> u64 {
        std::fs::read_to_string(format!("/proc/{pid}/status"))
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix(field))
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
            .unwrap_or(u64::MAX)
    };

    let dir = work_dir("milter");
    let log = dir.join("verdicts.jsonl");
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let address = format!("127.0.0.1:{port}");
    let mut milter = Command::new(crate::common::example_binary("milter"))
        .args(["--listen", &format!("inet:{address}"), "--workers", "2"])
        .arg("--log")
        .arg(&log)
        .args(["--max-connections", "1000"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let mut probe = loop {
        match TcpStream::connect(&address) {
            Ok(stream) => break stream,
            Err(_) if started.elapsed() < Duration::from_secs(30) => {
                std::thread::sleep(Duration::from_millis(50))
            }
            Err(error) => panic!("the milter did not start: {error}"),
        }
    };
    probe
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();

    // A truncated packet, then the end of the stream.
    let peer = probe.local_addr().unwrap().to_string();
    probe.write_all(&optneg).unwrap();
    probe.write_all(&connect).unwrap();
    assert_eq!(answer(&mut probe), Some(b'O'));
    assert_eq!(answer(&mut probe), Some(b'c'));
    probe.write_all(&packet(b'B', b"cut short")[..7]).unwrap();
    probe.shutdown(Shutdown::Write).unwrap();
    assert_eq!(answer(&mut probe), None);
    // An unknown command.
    let mut other = TcpStream::connect(&address).unwrap();
    other
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    other.write_all(&optneg).unwrap();
    other.write_all(&packet(b'Z', b"")).unwrap();
    other.write_all(&packet(b'Q', b"")).unwrap();
    assert_eq!(answer(&mut other), Some(b'O'));
    assert_eq!(answer(&mut other), None, "closed after QUIT");

    // 500 connections held open, each past option negotiation.
    let mut held = Vec::new();
    for _ in 0..500 {
        let mut stream = TcpStream::connect(&address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        stream.write_all(&optneg).unwrap();
        stream.write_all(&connect).unwrap();
        held.push(stream);
    }
    for stream in &mut held {
        assert_eq!(answer(stream), Some(b'O'));
        assert_eq!(answer(stream), Some(b'c'));
    }
    let threads = status(milter.id(), "Threads:");
    let rss_kib = status(milter.id(), "VmRSS:");
    drop(held);
    let _ = milter.kill();
    let output = milter.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);

    eprintln!(
        "the milter with 500 connections: {threads} threads, {} MiB resident",
        rss_kib >> 10
    );
    // Main, signals, 2 workers: nothing per connection.
    assert!(threads <= 6, "{threads} threads for 500 connections");
    assert!(
        rss_kib < 100 << 10,
        "{} MiB resident for 500 connections",
        rss_kib >> 10
    );
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let errors: Vec<&serde_json::Value> = lines
        .iter()
        .filter(|l| l["action"] == "protocol_error")
        .collect();
    assert_eq!(errors.len(), 2, "{lines:?}");
    assert_eq!(errors[0]["peer"], peer.as_str());
    assert_eq!(errors[0]["client"], "198.51.100.20");
    assert_eq!(
        errors[0]["error"],
        "truncated packet: 7 bytes of 14, then end of stream"
    );
    assert_eq!(errors[1]["error"], "unknown command 'Z' (0x5a), ignored");
    assert!(
        stderr.contains(&format!("protocol error from {peer}")),
        "{stderr}"
    );
}

// 16. A test that cannot run is listed as ignored, never passed unrun.
#[test]
fn tests_that_need_something_installed_are_listed_as_ignored() {
    let list = Command::new(std::env::current_exe().unwrap())
        .args(["--list", "--ignored"])
        .output()
        .unwrap();
    let list = String::from_utf8_lossy(&list.stdout);
    for test in [
        "browser::hostile_strings_stay_text_in_chromium",
        "browser::sorting_and_filtering_work_in_chromium_and_a_screenshot_is_saved",
        "postfix::postfix_end_to_end",
        "corpus::precision_and_recall_over_the_shared_corpus",
    ] {
        assert!(
            list.contains(&format!("{test}: test")),
            "{test} not ignored:\n{list}"
        );
    }
}

/// The scan's peak resident memory in MiB, from its `--stats` line.
#[cfg(target_os = "linux")]
fn peak_mib(args: &[&std::ffi::OsStr]) -> f64 {
    let mut all: Vec<&std::ffi::OsStr> = vec![
        "-q".as_ref(),
        "--stats".as_ref(),
        "-f".as_ref(),
        "json".as_ref(),
    ];
    all.extend_from_slice(args);
    let output = run_scan(&all);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let peak = stderr
        .split("peak memory ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok());
    peak.unwrap_or_else(|| panic!("no peak memory (Linux only) in {stderr}"))
}

/// A policy with a small message limit, so the splitter's own buffer is
/// small and what other buffers hold shows.
#[cfg(target_os = "linux")]
fn small_message_policy(dir: &Path) -> PathBuf {
    let policy = dir.join("policy.toml");
    std::fs::write(&policy, "[limits]\nmax_message_bytes = 1048576\n").unwrap();
    policy
}

// 5a. Memory does not grow with a large mbox's stretches without separators.
#[test]
#[cfg(target_os = "linux")] // peak memory from /proc
fn a_large_mbox_without_separators_reads_in_bounded_memory() {
    let dir = work_dir("memory-mbox");
    let policy = small_message_policy(&dir);
    let small = dir.join("small.mbox");
    std::fs::write(&small, sample_mbox()).unwrap();
    let large = dir.join("large.mbox");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&large).unwrap());
    file.write_all(b"From a@x Mon Jan  6 08:15:02 2025\nSubject: big\n\n")
        .unwrap();
    let line = [b"x".repeat(99), b"\n".to_vec()].concat();
    for _ in 0..(96 << 20) / line.len() {
        file.write_all(&line).unwrap();
    }
    file.write_all(b"\nFrom b@x Mon Jan  6 08:15:03 2025\nSubject: s\n\nhi\n")
        .unwrap();
    drop(file);
    let args = |input: &Path| -> Vec<std::ffi::OsString> {
        vec![
            "--threads".into(),
            "2".into(),
            "-c".into(),
            policy.clone().into(),
            input.into(),
        ]
    };
    let os =
        |v: &[std::ffi::OsString]| peak_mib(&v.iter().map(|a| a.as_os_str()).collect::<Vec<_>>());
    let baseline = os(&args(&small));
    let peak = os(&args(&large));
    std::fs::remove_file(&large).unwrap();
    // Before: the range reader held a quarter of the file (24 MiB here).
    assert!(
        peak - baseline < 16.0,
        "{peak:.1} MiB against {baseline:.1} MiB for a small file"
    );
}

// 5b. Memory does not grow with the number of files in a folder.
#[test]
#[cfg(target_os = "linux")] // peak memory from /proc
fn a_folder_of_many_files_reads_in_bounded_memory() {
    let dir = work_dir("memory-maildir");
    let maildir = dir.join("Maildir");
    for sub in ["cur", "new", "tmp"] {
        std::fs::create_dir_all(maildir.join(sub)).unwrap();
    }
    let one = dir.join("one");
    std::fs::create_dir_all(one.join("cur")).unwrap();
    let message = |i: usize| {
        format!(
            "From: Nguoi Gui <gui{i}@example.com>\r\nTo: an.nguyen@stttt.quangngai.gov.vn\r\n\
             Subject: Bao cao {i}\r\nDate: Mon, 6 Jan 2025 08:15:02 +0700\r\n\r\nKinh gui anh.\r\n"
        )
    };
    std::fs::write(one.join("cur").join("1.eml"), message(0)).unwrap();
    for i in 0..40_000 {
        let name = format!("{}.M{i}P1.mail,S=200:2,S", 1_733_140_000 + i);
        std::fs::write(maildir.join("cur").join(name), message(i)).unwrap();
    }
    let baseline = peak_mib(&["--threads".as_ref(), "2".as_ref(), one.as_os_str()]);
    let peak = peak_mib(&["--threads".as_ref(), "2".as_ref(), maildir.as_os_str()]);
    std::fs::remove_dir_all(&maildir).unwrap();
    // Before: each file's results were held until the end of the scan
    // (about 20 MB more here); now a batch at a time.
    assert!(
        peak - baseline < 8.0,
        "{peak:.1} MiB against {baseline:.1} MiB for one file"
    );
}

// 10. An absurd thread count is capped, not obeyed.
#[test]
fn thread_counts_are_capped() {
    let scan = detector().scan().with_threads(100_000).unwrap();
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    assert_eq!(scan.threads(), cores * 4);
    assert_eq!(detector().scan().with_threads(0).unwrap().threads(), 1);
}

// 8. Configuration errors say file:line:column and show the line.
#[test]
fn configuration_errors_give_line_column_and_the_line() {
    let policy =
        "[official]\ndomains = [\"quangngai.gov.vn\"]\n\n[limits]\nmax_message_bytes = \"big\"\n";
    let error = govmail_audit::Policy::from_toml(policy, "policy.toml").unwrap_err();
    let shown = error.to_string();
    assert!(shown.contains("policy.toml:5:21: "), "{shown}");
    assert!(shown.contains("| max_message_bytes = \"big\""), "{shown}");

    let catalog = "[[service]]\nid = \"x\"\nname = \"X\"\ncategory = \"social_network\"\ndomains = [\"x.example\"\n";
    let mut builtin = govmail_audit::Catalog::builtin().unwrap();
    let error = builtin.add_toml(catalog, "extra.toml").unwrap_err();
    let shown = error.to_string();
    assert!(shown.contains("extra.toml:5:"), "{shown}");
    assert!(shown.contains("| domains = [\"x.example\""), "{shown}");
}

// 9. A public suffix is refused as an official domain.
#[test]
fn public_suffixes_are_refused_as_official_domains() {
    for suffix in ["com", "com.vn", ".vn", "COM"] {
        let mut policy = govmail_audit::Policy::default();
        policy.official.domains.push(suffix.into());
        let error =
            govmail_audit::Detector::new(policy, govmail_audit::Catalog::builtin().unwrap())
                .unwrap_err();
        assert!(
            error.to_string().contains("public suffix"),
            "{suffix}: {error}"
        );
    }
    let mut policy = govmail_audit::Policy::default();
    policy.official.domains.push("agency.example.org".into());
    assert!(
        govmail_audit::Detector::new(policy, govmail_audit::Catalog::builtin().unwrap()).is_ok()
    );
    let output = run_scan(&[
        "--official-domain".as_ref(),
        "com".as_ref(),
        fixture("mailboxes/sample.mbox").as_os_str(),
    ]);
    assert_eq!(output.status.code(), Some(2));
}

// 7. Loading a large staff directory takes linear time.
#[test]
fn a_large_staff_directory_loads_in_linear_time() {
    let rows = |n: usize| {
        let mut csv = String::from("email,họ tên,đơn vị\n");
        for i in 0..n {
            csv.push_str(&format!(
                "can.bo{i}@stttt.quangngai.gov.vn,Cán bộ {i},Phòng {}\n",
                i % 40
            ));
        }
        csv
    };
    let time = |csv: &str| {
        let started = Instant::now();
        let directory = Directory::from_reader(csv.as_bytes(), "nhansu.csv").unwrap();
        (started.elapsed(), directory.len())
    };
    // The smallest of three: parallel tests slow single runs down.
    let small_rows = rows(10_000);
    let (small, small_len) = (0..3).map(|_| time(&small_rows)).min().unwrap();
    let (large, large_len) = time(&rows(80_000));
    assert_eq!((small_len, large_len), (10_000, 80_000));
    eprintln!("staff directory: 10,000 rows {small:?}, 80,000 rows {large:?}");
    // Eight times the rows: about eight times the time, not sixty-four.
    assert!(
        large < small * 24 + Duration::from_millis(200),
        "10,000 rows {small:?}, 80,000 rows {large:?}"
    );
}

// 11. A file given twice, or with its folder, is read once and said so.
#[test]
fn inputs_given_twice_are_read_once_and_listed() {
    let dir = work_dir("twice");
    let folder = dir.join("export");
    std::fs::create_dir_all(&folder).unwrap();
    let mbox = folder.join("inbox.mbox");
    std::fs::write(&mbox, sample_mbox()).unwrap();
    let once = scan_path(&mbox).summary.messages;
    let cases: [&[PathBuf]; 4] = [
        &[mbox.clone(), mbox.clone()],
        &[mbox.clone(), folder.join(".").join("inbox.mbox")],
        &[folder.clone(), mbox.clone()],
        &[mbox, folder],
    ];
    for inputs in cases {
        let mut scan = detector().scan();
        for input in inputs {
            scan.add_path(input);
        }
        let report = scan.finish();
        assert_eq!(report.summary.messages, once, "{inputs:?}");
        assert_eq!(report.summary.duplicate_inputs, 1, "{inputs:?}");
        assert!(
            report
                .problems
                .iter()
                .any(|p| p.error.contains("already read")),
            "{:?}",
            report.problems
        );
        assert_eq!(report.summary.files_unreadable, 0);
    }
}

// 12. Text copied from mail into a report is capped, the cut shown.
#[test]
fn copied_strings_are_capped_with_an_ellipsis() {
    let subject = format!("Facebook: {}", "dài ".repeat(50_000));
    let mail = facebook_mail("an.nguyen@stttt.quangngai.gov.vn", &subject);
    let mut scan = detector().scan();
    scan.add_reader("-", &mail[..]);
    let report = scan.finish();
    assert_eq!(report.accounts.len(), 1, "{report:?}");
    let shown = report.accounts[0].evidence[0]
        .message
        .subject
        .as_deref()
        .unwrap();
    assert_eq!(
        shown.chars().count(),
        govmail_audit::report::MAX_COPIED_CHARS + 1
    );
    assert!(shown.ends_with('…'));
    assert!(render(&report, Format::Json).len() < 20_000);
}

// 13. Bidi controls and zero-width characters are shown, not obeyed.
#[test]
fn bidi_and_zero_width_characters_are_shown_in_reports() {
    let subject = "Mã \u{202E}kooBecaF\u{202C} cho an\u{200B}.nguyen \u{2067}x\u{2069}";
    let mail = facebook_mail("an.nguyen@stttt.quangngai.gov.vn", subject);
    let mut scan = detector().scan();
    scan.add_reader("-", &mail[..]);
    let mut report = scan.finish();
    assert_eq!(report.accounts.len(), 1, "{report:?}");
    // The staff directory reaches the CSV (which has no subjects).
    let directory = Directory::from_reader(
        "email,họ tên,đơn vị\nan.nguyen@stttt.quangngai.gov.vn,An \u{202E}nayugN,Sở\n".as_bytes(),
        "nhansu.csv",
    )
    .unwrap();
    report.assign_units(&directory);
    for format in [Format::Html, Format::Csv, Format::Table] {
        let text = render(&report, format);
        for c in ['\u{202E}', '\u{202C}', '\u{200B}', '\u{2067}', '\u{2069}'] {
            assert!(!text.contains(c), "{format:?}: {c:?} left in");
        }
        assert!(text.contains("[U+202E]"), "{format:?} shows the character");
    }
}

// 14. `--since` reads a bounded amount, whatever file it is given.
#[test]
fn an_endless_since_file_is_refused_after_a_bounded_read() {
    let started = Instant::now();
    let error = Report::from_json_file(Path::new("/dev/zero")).unwrap_err();
    assert!(error.to_string().contains("larger than"), "{error}");
    assert!(started.elapsed() < Duration::from_secs(60));
    let error = Directory::from_reader(std::io::repeat(b'a'), "endless.csv").unwrap_err();
    assert!(error.to_string().contains("larger than"), "{error}");
}

// 17. The package holds what its tests read, and its licences.
#[test]
fn the_package_holds_its_test_fixtures_and_licences() {
    let wanted: Vec<String> = std::fs::read_dir(fixture("fuzz"))
        .unwrap()
        .map(|f| format!("fixtures/fuzz/{}", f.unwrap().file_name().to_string_lossy()))
        .chain(["LICENSE-MIT", "LICENSE-APACHE", "data/LICENSE-MPL-2.0"].map(String::from))
        .collect();
    assert!(wanted.len() > 3);
    let listed: Vec<String> = if root().join("Cargo.toml.orig").is_file() {
        // Run from the unpacked package: what it holds is what was packed.
        wanted
            .iter()
            .filter(|f| root().join(f).is_file())
            .cloned()
            .collect()
    } else {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let output = Command::new(cargo)
            .args(["package", "--list", "--offline", "--allow-dirty"])
            .current_dir(root())
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .map(String::from)
            .collect()
    };
    for file in &wanted {
        assert!(listed.contains(file), "{file} not packaged");
    }
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    assert!(manifest.contains(r#"license = "(MIT OR Apache-2.0) AND MPL-2.0""#));
}

// 18. Help, plurals and exit statuses say what they mean, the same everywhere.
#[test]
fn help_plurals_and_exit_statuses_are_clear_and_consistent() {
    let help = run_scan(&["--help".as_ref()]);
    let help = String::from_utf8_lossy(&help.stdout).into_owned();
    let flat = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    for format in ["Zimbra", "Takeout", "gzip", "Maildir"] {
        assert!(help.contains(format), "--help names {format}: {help}");
    }
    let status = flat(&help);
    let status = &status[status.find("Exit status:").unwrap()..];
    let status = &status[..status.find("not).").unwrap() + 5];
    let readme = flat(&std::fs::read_to_string(root().join("README.md")).unwrap());
    let readme_status = status.replace("Exit status:", "Exit status (the same text as `--help`):");
    assert!(
        readme.contains(&readme_status),
        "README differs from --help: {status}"
    );

    let mut scan = detector().scan();
    scan.add_path(&fixture("mailboxes/sample.mbox"));
    let table = render(&scan.finish(), Format::Table);
    assert!(table.contains("1 file read,"), "{table}");
    assert!(table.contains(" 1 message  "), "{table}");
    assert!(table.contains("#message number @byte offset"), "{table}");
    let ci = std::fs::read_to_string(root().join(".ci/run")).unwrap_or_default();
    assert!(!ci.lines().take(8).any(|l| l.contains("crates.io")), "{ci}");
}
