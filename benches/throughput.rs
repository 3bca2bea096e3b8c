//! Scan throughput on a generated corpus, against baselines timed in the
//! same run: a straightforward full parse of every message with mailparse,
//! and `rg -c` counting one literal in the same file. Figures are ratios,
//! because these machines are noisy.
//!
//! `cargo bench --bench throughput` (corpus size: GOVMAIL_BENCH_MB, default
//! 1024; the corpus is written once under target/bench-corpus/).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs
)]

mod corpus;

use std::io::{BufWriter, Read};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use govmail_audit::Detector;

fn corpus_file(name: &str, megabytes: u64, small: bool) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-corpus");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}-{megabytes}MB.mbox"));
    if !path.exists() {
        let started = Instant::now();
        let partial = path.with_extension("partial");
        let mut out = BufWriter::with_capacity(1 << 20, std::fs::File::create(&partial).unwrap());
        let count = corpus::write_mbox(&mut out, 20_250_101, megabytes << 20, small).unwrap();
        drop(out);
        std::fs::rename(&partial, &path).unwrap();
        eprintln!(
            "wrote {} ({count} messages) in {:.1?}",
            path.display(),
            started.elapsed()
        );
    }
    path
}

/// Reads the file once so every timing starts with a warm page cache.
fn warm(path: &Path) -> u64 {
    let mut file = std::fs::File::open(path).unwrap();
    let mut buf = vec![0u8; 1 << 20];
    let mut total = 0u64;
    loop {
        let n = file.read(&mut buf).unwrap();
        if n == 0 {
            return total;
        }
        total += n as u64;
    }
}

/// The best of `runs` timings.
fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = None;
    let mut last = None;
    for _ in 0..runs {
        let started = Instant::now();
        let value = f();
        let elapsed = started.elapsed();
        best = Some(best.map_or(elapsed, |b: Duration| b.min(elapsed)));
        last = Some(value);
    }
    (best.unwrap(), last.unwrap())
}

fn scan(detector: &Detector, path: &Path, threads: Option<usize>) -> (u64, u64) {
    let mut scan = detector.scan();
    if let Some(threads) = threads {
        scan = scan.with_threads(threads).unwrap();
    }
    scan.add_path(path);
    let report = scan.finish();
    (report.summary.messages, report.summary.accounts)
}

/// The baseline: what a straightforward tool does. Read the file, split at
/// From lines, parse every message fully with mailparse and decode every
/// part's body.
fn mailparse_full_parse(path: &Path) -> u64 {
    let data = std::fs::read(path).unwrap();
    let finder = memchr::memmem::Finder::new(b"\nFrom ");
    let mut starts: Vec<usize> = vec![0];
    starts.extend(finder.find_iter(&data).map(|i| i + 1));
    starts.push(data.len());
    let mut parts = 0u64;
    for window in starts.windows(2) {
        let message = &data[window[0]..window[1]];
        let body_start = message
            .iter()
            .position(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        if let Ok(parsed) = mailparse::parse_mail(&message[body_start..]) {
            for part in parsed.parts() {
                if part.get_body_raw().is_ok() {
                    parts += 1;
                }
            }
        }
    }
    parts
}

fn ripgrep_count(path: &Path) -> Option<Duration> {
    let rg = ["rg", "/usr/bin/rg"]
        .into_iter()
        .find(|c| Command::new(c).arg("--version").output().is_ok())?;
    let (elapsed, ok) = best(3, || {
        Command::new(rg)
            .args(["-c", "--no-mmap", "Message-ID:"])
            .arg(path)
            .output()
            .is_ok_and(|o| o.status.success())
    });
    ok.then_some(elapsed)
}

fn mb_per_s(bytes: u64, elapsed: Duration) -> f64 {
    bytes as f64 / (1 << 20) as f64 / elapsed.as_secs_f64()
}

fn main() {
    let megabytes: u64 = std::env::var("GOVMAIL_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1024);
    let detector = Detector::with_defaults().unwrap();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("govmail-audit throughput benchmark ({cores} cores)");

    let path = corpus_file("mixed", megabytes, false);
    let bytes = warm(&path);
    let (scan_time, (messages, accounts)) = best(3, || scan(&detector, &path, None));
    let (single_time, _) = best(2, || scan(&detector, &path, Some(1)));
    let (parse_time, _) = best(1, || mailparse_full_parse(&path));
    println!(
        "corpus: {} MB, {messages} messages, {accounts} accounts found",
        bytes >> 20
    );
    println!(
        "  govmail-audit scan ({cores} threads): {:>8.1?}  {:>7.0} MB/s  {:>9.0} messages/s",
        scan_time,
        mb_per_s(bytes, scan_time),
        messages as f64 / scan_time.as_secs_f64()
    );
    println!(
        "  govmail-audit scan (1 thread):    {:>8.1?}  {:>7.0} MB/s",
        single_time,
        mb_per_s(bytes, single_time)
    );
    println!(
        "  mailparse full parse (baseline): {:>8.1?}  {:>7.0} MB/s",
        parse_time,
        mb_per_s(bytes, parse_time)
    );
    println!(
        "  ratio: scan is {:.1}x faster than the full mailparse parse (target >= 20x)",
        parse_time.as_secs_f64() / scan_time.as_secs_f64()
    );
    match ripgrep_count(&path) {
        Some(rg) => println!(
            "  rg -c \"Message-ID:\":             {:>8.1?}  {:>7.0} MB/s; scan takes {:.2}x rg's time (target <= 3x)",
            rg,
            mb_per_s(bytes, rg),
            scan_time.as_secs_f64() / rg.as_secs_f64()
        ),
        None => println!("  rg not found: install ripgrep for the rg -c comparison"),
    }

    let small_mb = (megabytes / 4).max(16);
    let small = corpus_file("small", small_mb, true);
    let small_bytes = warm(&small);
    let (small_time, (small_messages, _)) = best(3, || scan(&detector, &small, None));
    println!(
        "small messages: {} MB, {small_messages} messages of about 4 KB",
        small_bytes >> 20
    );
    println!(
        "  govmail-audit scan: {:>8.1?}  {:>9.0} messages/s  {:>7.0} MB/s",
        small_time,
        small_messages as f64 / small_time.as_secs_f64(),
        mb_per_s(small_bytes, small_time)
    );
}
