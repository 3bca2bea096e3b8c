//! The ledger's costs on a generated export (feature `ledger`):
//! - recording: a full scan recorded in a new SQLite ledger, next to the
//!   same scan without a ledger (the issue asks for at most 10% more);
//! - incremental: a second scan after 1% new mail, next to the first scan
//!   recorded in the ledger (at most 10% of it).
//!
//! Both for a Maildir store (one file per message) and one mbox file.
//!
//! `cargo bench --features ledger --bench ledger` (size: GOVMAIL_BENCH_MB,
//! default 1024; the store is written once under target/bench-corpus/).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs
)]

// The throughput benchmark's generator; not all of it is used here.
#[allow(dead_code)]
mod corpus;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use govmail_audit::Detector;
use govmail_audit::ledger::{AuditInfo, Ledger};

/// Messages of the generated mix (as the throughput benchmark's corpus):
/// `(name, bytes)`, about `total_bytes` in all.
fn messages(seed: u64, total_bytes: u64) -> impl Iterator<Item = (String, Vec<u8>)> {
    let mut rng = corpus::Rng::new(seed);
    let mut written = 0u64;
    let mut count = 0u64;
    std::iter::from_fn(move || {
        if written >= total_bytes {
            return None;
        }
        let roll = rng.below(1000);
        let kind = if roll < 40 {
            2
        } else if roll < 120 {
            1
        } else {
            0
        };
        let size = match rng.below(1000) {
            0..700 => rng.log_size(2_000, 30_000),
            700..950 => rng.log_size(30_000, 500_000),
            950..995 => rng.log_size(500_000, 3_000_000),
            _ => rng.log_size(3_000_000, 10_000_000),
        };
        let message = corpus::message(&mut rng, kind, size);
        written += message.len() as u64;
        count += 1;
        Some((format!("{seed}{count:07}.bench.host"), message))
    })
}

struct Store {
    maildir: PathBuf,
    mbox: PathBuf,
    /// 1% more mail, to add for the second scan.
    new_mail: Vec<(String, Vec<u8>)>,
    bytes: u64,
}

fn store(megabytes: u64) -> Store {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target/bench-corpus")
        .join(format!("ledger-{megabytes}MB"));
    let maildir = dir.join("Maildir");
    let mbox = dir.join("inbox.mbox");
    let done = dir.join("complete");
    if !done.exists() {
        let started = Instant::now();
        let _ = std::fs::remove_dir_all(&dir);
        for sub in ["cur", "new", "tmp"] {
            std::fs::create_dir_all(maildir.join(sub)).unwrap();
        }
        let mut out = std::io::BufWriter::new(std::fs::File::create(&mbox).unwrap());
        let mut count = 0;
        for (name, message) in messages(1, megabytes << 20) {
            std::fs::write(maildir.join("cur").join(format!("{name}:2,S")), &message).unwrap();
            writeln!(out, "From MAILER-DAEMON Mon Jan  6 08:15:02 2025").unwrap();
            out.write_all(&message).unwrap();
            out.write_all(b"\n").unwrap();
            count += 1;
        }
        out.flush().unwrap();
        std::fs::write(&done, "").unwrap();
        eprintln!("wrote {count} messages twice in {:.1?}", started.elapsed());
    }
    let bytes = std::fs::metadata(&mbox).unwrap().len();
    let new_mail = messages(2, bytes / 100).collect();
    Store {
        maildir,
        mbox,
        new_mail,
        bytes,
    }
}

/// Reads every file under `path` once (a warm page cache for all timings).
fn warm(path: &Path) {
    let mut buf = vec![0u8; 1 << 20];
    let mut files = vec![path.to_path_buf()];
    while let Some(p) = files.pop() {
        if p.is_dir() {
            files.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
        } else {
            let mut f = std::fs::File::open(&p).unwrap();
            while f.read(&mut buf).unwrap() > 0 {}
        }
    }
}

fn best(runs: usize, mut f: impl FnMut() -> Duration) -> Duration {
    (0..runs).map(|_| f()).min().unwrap()
}

fn plain_scan(detector: &Detector, input: &Path) -> Duration {
    let started = Instant::now();
    let mut scan = detector.scan();
    scan.add_path(input);
    let report = scan.finish();
    assert!(report.summary.messages > 0);
    started.elapsed()
}

/// A scan recorded in the ledger at `db`; returns (time, messages read,
/// time spent writing the ledger).
fn ledger_scan(detector: &Detector, input: &Path, db: &Path) -> (Duration, u64, Duration) {
    let started = Instant::now();
    let mut ledger = Ledger::open(&db.display().to_string()).unwrap();
    let log = ledger.read_log().unwrap();
    let mut scan = detector.scan().with_read_log(log.clone());
    scan.add_path(input);
    let report = scan.finish();
    let recording = Instant::now();
    ledger
        .record_scan(
            &AuditInfo::new(detector, &[input.display().to_string()]),
            &report,
            Some(&log),
        )
        .unwrap();
    (
        started.elapsed(),
        report.summary.messages,
        recording.elapsed(),
    )
}

fn main() {
    let megabytes: u64 = std::env::var("GOVMAIL_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1024);
    let store = store(megabytes);
    let detector = Detector::with_defaults().unwrap();
    let work = std::env::temp_dir().join(format!("govmail-ledger-bench-{}", std::process::id()));
    std::fs::create_dir_all(&work).unwrap();
    // This machine is shared: the best of several runs, plain and recorded
    // scans taking turns.
    let runs = 7;
    println!(
        "store: {:.0} MB, {} new messages ({:.1} MB) for the second scan",
        store.bytes as f64 / 1e6,
        store.new_mail.len(),
        store.new_mail.iter().map(|m| m.1.len()).sum::<usize>() as f64 / 1e6
    );
    for (label, input) in [("Maildir", &store.maildir), ("mbox", &store.mbox)] {
        warm(input);
        let (mut plain, mut recorded, mut writing) = (Duration::MAX, Duration::MAX, Duration::MAX);
        for run in 0..runs {
            plain = plain.min(plain_scan(&detector, input));
            let db = work.join(format!("{label}-full-{run}.db"));
            let (elapsed, _, write) = ledger_scan(&detector, input, &db);
            recorded = recorded.min(elapsed);
            writing = writing.min(write);
        }
        // The first scan's ledger, kept to start each second scan from.
        let base = work.join(format!("{label}-base.db"));
        ledger_scan(&detector, input, &base);
        // Add 1% new mail.
        let grown_input = if input.is_dir() {
            for (name, message) in &store.new_mail {
                std::fs::write(input.join("new").join(format!("{name}:2,")), message).unwrap();
            }
            input.clone()
        } else {
            let mut file = std::fs::OpenOptions::new()
                .append(true)
                .open(input)
                .unwrap();
            for (_, message) in &store.new_mail {
                writeln!(file, "From MAILER-DAEMON Tue Jan  7 08:15:02 2025").unwrap();
                file.write_all(message).unwrap();
                file.write_all(b"\n").unwrap();
            }
            input.clone()
        };
        warm(&grown_input);
        let mut read = 0;
        let mut run = 0;
        let second = best(runs, || {
            run += 1;
            let db = work.join(format!("{label}-second-{run}.db"));
            std::fs::copy(&base, &db).unwrap();
            let (elapsed, messages, _) = ledger_scan(&detector, &grown_input, &db);
            read = messages;
            elapsed
        });
        // Put the store back as it was.
        if input.is_dir() {
            for (name, _) in &store.new_mail {
                std::fs::remove_file(input.join("new").join(format!("{name}:2,"))).unwrap();
            }
        } else {
            let file = std::fs::OpenOptions::new().write(true).open(input).unwrap();
            file.set_len(store.bytes).unwrap();
        }
        println!(
            "{label}: scan {:.3} s; scan recorded in a new ledger {:.3} s ({:+.1}%; writing the ledger {:.3} s); \
             second scan after 1% new mail {:.3} s ({:.1}% of the first recorded scan; {read} messages read)",
            plain.as_secs_f64(),
            recorded.as_secs_f64(),
            (recorded.as_secs_f64() / plain.as_secs_f64() - 1.0) * 100.0,
            writing.as_secs_f64(),
            second.as_secs_f64(),
            second.as_secs_f64() / recorded.as_secs_f64() * 100.0,
        );
    }
    let _ = std::fs::remove_dir_all(&work);
}
