//! The HTML report in a real browser: headless Chromium (Debian's
//! `chromium` package) loads the page with JavaScript on and the network
//! unused, the page's own `#selftest` sorts and filters and reports PASS or
//! FAIL with any script errors, and a screenshot is saved for people to
//! look at. Needs Chromium, so ignored by a plain `cargo test`; `.ci/run`
//! installs it and runs them with `cargo test -- --include-ignored`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use govmail_audit::Report;
use govmail_audit::report::{Format, Lang};

use crate::golden::render;
use crate::reports::{hostile_report, sample_with_units};

/// A headless run that takes longer has hung (a cold start takes ~2 s).
const TIMEOUT: Duration = Duration::from_secs(120);

pub(crate) fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| ["chromium", "chromium-browser"].map(|name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// Chromium, or a failure that says how to install it (the tests that
/// need it are `#[ignore]`d, so only `--include-ignored` gets here).
pub(crate) fn require_chromium() -> PathBuf {
    chromium().unwrap_or_else(|| {
        panic!("chromium is not installed (Debian: apt-get install chromium; .ci/run does)")
    })
}

pub(crate) fn work_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("browser")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs Chromium headless on `url` with `extra` arguments. Every feature
/// that would reach the network is off: the page itself can load nothing
/// (its Content-Security-Policy), and Chromium must not try either.
fn run_chromium(chromium: &Path, dir: &Path, extra: &[&str], url: &str) -> Output {
    let profile = dir.join("profile");
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read the pipes on threads so a chatty Chromium cannot block on them.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut buffer = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut buffer).unwrap();
        buffer
    });
    let err = std::thread::spawn(move || {
        let mut buffer = Vec::new();
        std::io::Read::read_to_end(&mut stderr, &mut buffer).unwrap();
        buffer
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            panic!("chromium did not finish within {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    Output {
        status,
        stdout: out.join().unwrap(),
        stderr: err.join().unwrap(),
    }
}

fn file_url(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// Loads the page with `#selftest` and returns the dumped DOM, having
/// checked the page's verdict and Chromium's log.
pub(crate) fn selftest(chromium: &Path, dir: &Path, page: &Path) -> String {
    let output = run_chromium(
        chromium,
        dir,
        &["--dump-dom"],
        &format!("{}#selftest", file_url(page)),
    );
    let dom = String::from_utf8_lossy(&output.stdout).into_owned();
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "chromium failed ({}):\n{log}",
        output.status
    );
    let start = dom
        .find("<output id=\"selftest\">")
        .unwrap_or_else(|| panic!("no self-test result in the DOM:\n{dom}\n{log}"));
    let verdict = &dom[start..dom[start..].find("</output>").unwrap() + start];
    assert!(
        verdict.contains(">PASS ") && verdict.contains("\"errors\":[]"),
        "{verdict}"
    );
    // Script errors Chromium logged, should the page's own hook miss one.
    for line in log.lines() {
        assert!(
            !(line.contains("CONSOLE") && (line.contains("Uncaught") || line.contains("Error"))),
            "console error: {line}"
        );
        assert!(
            !line.contains("Refused to"),
            "Content-Security-Policy blocked something: {line}"
        );
    }
    dom
}

pub(crate) fn write_page(dir: &Path, name: &str, report: &Report, lang: Lang) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, render(report, Format::Html, lang)).unwrap();
    path
}

#[test]
#[ignore = "needs chromium (.ci/run installs it; cargo test -- --include-ignored)"]
fn sorting_and_filtering_work_in_chromium_and_a_screenshot_is_saved() {
    let chromium = require_chromium();
    let dir = work_dir("report");
    let report = sample_with_units();
    for (lang, name) in [(Lang::Vi, "report.vi.html"), (Lang::En, "report.en.html")] {
        let page = write_page(&dir, name, &report, lang);
        let dom = selftest(&chromium, &dir, &page);
        // The script ran: it filled the count of rows shown.
        assert!(
            dom.contains("<output id=\"rows-shown\">11</output>"),
            "{lang:?}"
        );
    }

    let page = dir.join("report.vi.html");
    let screenshot = dir.join("report.vi.png");
    let output = run_chromium(
        &chromium,
        &dir,
        &[
            &format!("--screenshot={}", screenshot.display()),
            "--window-size=1280,1600",
            "--hide-scrollbars",
        ],
        &file_url(&page),
    );
    assert!(output.status.success());
    let png = std::fs::read(&screenshot).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    assert!(
        png.len() > 20_000,
        "a blank screenshot ({} bytes)",
        png.len()
    );
    let _ = writeln!(
        std::io::stderr(),
        "screenshot of the Vietnamese report: {}",
        screenshot.display()
    );
}

#[test]
#[ignore = "needs chromium (.ci/run installs it; cargo test -- --include-ignored)"]
fn hostile_strings_stay_text_in_chromium() {
    let chromium = require_chromium();
    let dir = work_dir("hostile");
    let page = write_page(&dir, "hostile.html", &hostile_report(), Lang::Vi);
    let dom = selftest(&chromium, &dir, &page);
    // The serialised DOM escapes text again: the markup is text, not nodes.
    assert!(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(dom.contains("&lt;img src=x onerror=alert(2)&gt;"));
    assert!(!dom.contains("<script>alert") && !dom.contains("<img"));
}

/// A province of several units, the largest with `2_000` accounts, built
/// from the sample's records with invented addresses and people.
fn province(units: &[(&str, usize)]) -> Report {
    let sample = sample_with_units();
    let mut report = sample.clone();
    report.accounts.clear();
    for (u, (unit, count)) in units.iter().enumerate() {
        for i in 0..*count {
            let mut record = sample.accounts[i % sample.accounts.len()].clone();
            record.address = format!("canbo{u}.{i}@quangngai.gov.vn");
            record.person = Some(format!("Nguyễn Văn Bình {u}.{i}"));
            record.unit = Some((*unit).to_string());
            report.accounts.push(record);
        }
    }
    report.summary.accounts = report.accounts.len() as u64;
    report.summary.violations = report.accounts.iter().filter(|r| r.violation).count() as u64;
    report
}

/// The page's text alone, in one preformatted block, timed the same way:
/// the baseline that says how fast this Chromium on this machine lays out
/// that much text at this moment.
fn plain_text_baseline(page: &Path) -> String {
    let html = std::fs::read_to_string(page).unwrap();
    let body = html.split("<body").nth(1).unwrap_or(&html);
    let body = body.split("<script>").next().unwrap_or(body);
    let mut text = String::with_capacity(body.len());
    let mut in_tag = true; // what is left of `<body …>` comes first
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n\
         <pre>{text}</pre>\n<output id=\"selftest\" hidden></output>\n<script>\n\
         var loadMs = document.body.offsetHeight >= 0 ? Math.round(performance.now()) : -1;\n\
         var result = document.getElementById(\"selftest\");\n\
         result.hidden = false;\n\
         result.textContent = \"PASS \" + JSON.stringify({{ errors: [], loadMs: loadMs }});\n\
         </script>\n</body></html>\n"
    )
}

fn load_ms(dom: &str) -> u64 {
    dom.split("\"loadMs\":")
        .nth(1)
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|digits| digits.parse().ok())
        .unwrap_or_else(|| panic!("no loadMs in the self-test result"))
}

/// How much longer than its own text in a plain block the unit page may
/// take to lay out. Measured here (2 cores), best of three each: 4.3 to 5.0
/// idle, 3.8 to 5.6 beside three busy loops; single loads while `.ci/run`
/// ran other browsers and servers, 2.5 to 5.5. The limit catches a layout
/// that grows faster than the page (the whole province's page, ten times
/// the size, took 26 s), not the 30% that laying the tables out once saved.
const MAX_RATIO_TO_PLAIN_TEXT: f64 = 8.0;

/// The target on an idle machine; reported, not asserted, since a
/// shared CI machine's load moves every absolute time.
const TARGET_MS: u64 = 2_000;

#[test]
#[ignore = "needs chromium (.ci/run installs it; cargo test -- --include-ignored)"]
fn a_unit_page_of_2000_accounts_loads_in_chromium_within_a_ratio_of_its_plain_text() {
    let chromium = require_chromium();
    let dir = work_dir("unit-pages");
    let report = province(&[
        ("Sở Xây dựng", 2_000),
        ("Sở Tài chính", 500),
        ("Văn phòng UBND tỉnh", 300),
    ]);
    let pages = govmail_audit::report::write_unit_pages(&report, Lang::Vi, &dir).unwrap();
    let largest = pages.iter().find(|p| p.accounts == 2_000).unwrap();
    let page = dir.join(&largest.file);
    let bytes = std::fs::metadata(&page).unwrap().len();
    let baseline = dir.join("baseline.plain-text.html");
    std::fs::write(&baseline, plain_text_baseline(&page)).unwrap();

    // Each load's own measure (navigation to laid-out page), the page and
    // its baseline in turn, best of three to six each: the test binary runs
    // other browsers and a Postfix meanwhile, and the machine has its own
    // load; alternating lets both see the same conditions.
    let (mut best_page, mut best_baseline) = (u64::MAX, u64::MAX);
    // At least three rounds: one load of each is a single sample of the
    // machine's load at that moment (CI runs measured 2.5 to 5.5 so).
    for round in 1..=6 {
        let dom = selftest(&chromium, &dir, &page);
        assert!(dom.contains("\"rows\":2000"), "every account is a row");
        best_page = best_page.min(load_ms(&dom));
        best_baseline = best_baseline.min(load_ms(&selftest(&chromium, &dir, &baseline)));
        if round >= 3
            && (best_page as f64) <= MAX_RATIO_TO_PLAIN_TEXT * best_baseline as f64
            && best_page < TARGET_MS
        {
            break;
        }
    }
    let ratio = best_page as f64 / best_baseline.max(1) as f64;
    let _ = writeln!(
        std::io::stderr(),
        "unit page of 2,000 accounts: {:.1} MB, laid out {best_page} ms after navigation \
         ({} the {TARGET_MS} ms target); its text alone in a plain block: {best_baseline} ms; \
         ratio {ratio:.2} (at most {MAX_RATIO_TO_PLAIN_TEXT})",
        bytes as f64 / 1e6,
        if best_page < TARGET_MS {
            "within"
        } else {
            "OVER"
        },
    );
    assert!(
        ratio <= MAX_RATIO_TO_PLAIN_TEXT,
        "the unit page took {best_page} ms to load, {ratio:.2} times its text alone ({best_baseline} ms)"
    );

    // The index links every unit's page.
    let index = run_chromium(
        &chromium,
        &dir,
        &["--dump-dom"],
        &file_url(&dir.join("index.html")),
    );
    let index = String::from_utf8_lossy(&index.stdout);
    for page in &pages {
        assert!(index.contains(&page.file), "{}", page.file);
    }
}
