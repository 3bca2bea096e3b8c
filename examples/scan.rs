//! govmail-audit scan: the command-line scanner, a thin layer over the
//! library. Run `cargo run --release --example scan -- --help`.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use clap::Parser;
use govmail_audit::report::{Directory, Format, Lang, write_notices};
use govmail_audit::{Report, write_report};

#[path = "common/detector_sources.rs"]
mod detector_sources;
use detector_sources::DetectorSources;
#[path = "common/mail_server.rs"]
mod mail_server;
use mail_server::MailServerOptions;
#[path = "common/siem.rs"]
mod siem;
use siem::SiemOptions;
#[path = "common/unit_pages.rs"]
mod unit_pages;
use unit_pages::UnitPagesOptions;
#[path = "common/send_notices.rs"]
mod send_notices;
use send_notices::SendNoticesOptions;

/// Exit status when no account violates the policy.
const EXIT_CLEAN: u8 = 0;
/// Exit status when at least one account violates the policy.
const EXIT_VIOLATIONS: u8 = 1;
/// Exit status for a usage error, a bad policy or catalog, an output that
/// cannot be written, or an input not read in full.
const EXIT_ERROR: u8 = 2;

/// The exit statuses, as the help and the README say them (one text).
macro_rules! exit_status_text {
    () => {
        "Exit status: 0 no account violates the policy; 1 violations found; 2 error:
bad arguments, policy or catalog, an output that cannot be written, or an
input not read in full (unreadable, or broken off midway: what was read is
still reported, and the problems list says what was not)."
    };
}

const LONG_HELP_FOOTER: &str = concat!(
    exit_status_text!(),
    "

Hướng dẫn (tiếng Việt):
  Quét hộp thư xuất ra (mbox, .eml, thư mục) để tìm địa chỉ thư công vụ
  (mặc định: mọi địa chỉ thuộc gov.vn) đã dùng để đăng ký mạng xã hội, diễn đàn,
  trang công cộng. Báo cáo từng địa chỉ, dịch vụ, loại sự kiện và bằng chứng.
  Lời mời, bản tin, thư nội bộ và thư giả mạo không bị tính là đăng ký.
  Ví dụ:  scan --lang vi hopthu.mbox
          scan --owner an.nguyen@stttt.quangngai.gov.vn --format csv -o ketqua.csv xuat/
          scan --format html -o baocao.html --directory nhansu.csv --notices thongbao/ xuat/
          scan --format json -o thang2.json --since thang1.json xuat/
  Báo cáo HTML và thông báo mặc định bằng tiếng Việt (--lang en: tiếng Anh).
  Mã thoát: 0 không vi phạm, 1 có vi phạm, 2 lỗi (tham số, chính sách, danh mục,
  tệp kết quả không ghi được, hoặc có đầu vào không đọc được trọn vẹn)."
);

/// Find official (gov.vn) mail addresses used to sign up for social
/// networks, forums and public sites, from the mail those services send.
#[derive(Parser, Debug)]
#[command(
    name = "govmail-audit",
    version,
    after_long_help = LONG_HELP_FOOTER,
    after_help = concat!(exit_status_text!(), "\nUse --help for more, including Vietnamese (tiếng Việt).")
)]
pub(crate) struct Args {
    /// Mailbox files of any supported format, told apart by content (mbox,
    /// single messages, Zimbra .tgz, Google Takeout .zip, gzip or zstd
    /// compressed), directories (Maildir, Thunderbird; read recursively, in
    /// a stable order), or `-` for standard input. A file given twice is
    /// read once.
    #[arg(required_unless_present = "imap", value_name = "INPUT")]
    inputs: Vec<PathBuf>,

    /// Output format: table (for people), html (one page for heads of
    /// units), json, jsonl or csv.
    #[arg(short, long, default_value = "table", value_parser = parse_format)]
    format: Format,

    /// Write the report to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    /// Language of the report and notices: en or vi. Default: vi for html
    /// and notices, en for the other formats.
    #[arg(long, value_parser = parse_lang)]
    lang: Option<Lang>,

    /// Staff directory (CSV: address, full name, unit; header in English or
    /// Vietnamese; `,` or `;`): reports name people and group by unit.
    /// Without it, units are the addresses' mail domains.
    #[arg(long, value_name = "FILE")]
    directory: Option<PathBuf>,

    /// Write one notice per person with violations into DIR (text and
    /// HTML): which services, since when, what to do.
    #[arg(long, value_name = "DIR")]
    notices: Option<PathBuf>,

    /// An earlier JSON report of the same mailboxes: mark accounts new
    /// since then, and list those no longer seen.
    #[arg(long, value_name = "FILE")]
    since: Option<PathBuf>,

    #[command(flatten)]
    sources: DetectorSources,

    #[command(flatten)]
    mail_server: MailServerOptions,

    #[command(flatten)]
    siem: SiemOptions,

    #[command(flatten)]
    unit_pages: UnitPagesOptions,

    #[command(flatten)]
    send_notices: SendNoticesOptions,

    /// The export is this official mailbox's: a message that names no
    /// official recipient (mail to a list, Bcc, a personal To) is credited
    /// to it.
    #[arg(long, value_name = "ADDRESS")]
    owner: Option<String>,

    /// Explain every message: write its verdict (status, findings, signals)
    /// as one JSON line on standard error.
    #[arg(long)]
    explain: bool,

    /// Threads to use (default: one per core; at most 4 per core). Results
    /// do not depend on it.
    #[arg(long, value_name = "N")]
    threads: Option<usize>,

    /// Print timing, throughput and peak memory on standard error.
    #[arg(long)]
    stats: bool,

    /// Print nothing on standard error but errors (no progress bar).
    #[arg(short, long)]
    quiet: bool,
}

fn parse_format(name: &str) -> Result<Format, String> {
    Format::parse(name)
        .ok_or_else(|| format!("unknown format `{name}` (table, html, json, jsonl, csv)"))
}

fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::parse(code).ok_or_else(|| format!("unknown language `{code}` (en, vi)"))
}

pub(crate) fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            eprintln!("govmail-audit: {message}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn run(args: &Args) -> Result<u8, String> {
    // The output is checked before anything is read, so a wrong path costs
    // no scan time and a report never overwrites what it was made from.
    let output = args
        .output
        .as_deref()
        .map(|path| Output::prepare(path, &files_read(args)))
        .transpose()?;
    if let Some(dir) = &args.notices {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let detector = args.sources.build()?;
    // Read the side files before the scan, so a mistake in them costs no
    // scan time.
    let directory = match &args.directory {
        Some(path) => Some(Directory::from_file(path).map_err(|e| e.to_string())?),
        None => None,
    };
    let previous = match &args.since {
        Some(path) => Some(Report::from_json_file(path).map_err(|e| e.to_string())?),
        None => None,
    };
    let mut mail_server = args.mail_server.load()?;
    let sender = args.send_notices.load()?;

    let started = Instant::now();
    let mut scan = detector.scan();
    if let Some(threads) = args.threads {
        scan = scan.with_threads(threads).map_err(|e| e.to_string())?;
        if scan.threads() != threads && !args.quiet {
            eprintln!(
                "govmail-audit: --threads {threads}: using {} (at most 4 per core)",
                scan.threads()
            );
        }
    }
    if args.explain {
        scan = scan.with_observer(|location, verdict| {
            let line = serde_json::json!({ "location": location, "verdict": verdict });
            eprintln!("{line}");
        });
    }
    if let Some(owner) = &args.owner {
        scan = scan.with_owner(detector.owner(owner).map_err(|e| e.to_string())?);
    }
    let progress = scan.progress();
    let show_progress = !args.quiet && !args.explain && io::stderr().is_terminal();
    let done = AtomicBool::new(false);
    let report = std::thread::scope(|scope| {
        if show_progress {
            let total = govmail_audit::input_size(&args.inputs);
            let (progress, done) = (&progress, &done);
            scope.spawn(move || progress_bar(progress, total, done));
        }
        for input in &args.inputs {
            if input.as_os_str() == "-" {
                scan.add_reader("-", io::stdin().lock());
            } else {
                scan.add_path(input);
            }
        }
        mail_server.read_into(&mut scan);
        done.store(true, Ordering::Relaxed);
        scan.finish()
    });
    let mut report = report;
    if let (Some(previous), Some(path)) = (&previous, &args.since) {
        report.compare_with(previous, &path.display().to_string());
    }
    if let (Some(directory), Some(path)) = (&directory, &args.directory) {
        report.assign_units(directory);
        if !args.quiet && !directory.ignored_lines().is_empty() {
            eprintln!(
                "govmail-audit: {}: lines without an address, passed over: {:?}",
                path.display(),
                directory.ignored_lines()
            );
        }
    }

    let written = match &output {
        Some(output) => output.write(|out| emit(&report, args, out)),
        None => emit(&report, args, &mut BufWriter::new(io::stdout().lock())),
    };
    match written {
        // A closed pipe (`| head`) is not worth a message.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => {}
        Err(error) => return Err(format!("writing the report: {error}")),
        Ok(()) => {}
    }
    mail_server.save_state()?;
    if let Some(units) = args.unit_pages.write(&report, args.lang)? {
        if !args.quiet {
            eprintln!("govmail-audit: {units} unit pages and index.html written");
        }
    }
    if let Some(sender) = &sender {
        let line = sender.send(
            &report,
            args.lang.unwrap_or(Lang::Vi),
            args.send_notices.send,
        )?;
        if !args.quiet {
            eprintln!("govmail-audit: {line}");
        }
    }
    let sent = args.siem.send(&report)?;
    if sent > 0 && !args.quiet {
        eprintln!("govmail-audit: {sent} records sent to syslog");
    }
    if let Some(dir) = &args.notices {
        let lang = args.lang.unwrap_or(Lang::Vi);
        let written = write_notices(&report, lang, dir).map_err(|e| e.to_string())?;
        if !args.quiet {
            eprintln!(
                "govmail-audit: {} written to {}",
                counted(written.len() as u64 / 2, "notice"),
                dir.display()
            );
        }
    }
    let summary = &report.summary;
    if args.stats {
        let elapsed = started.elapsed().as_secs_f64().max(1e-9);
        let megabytes = progress.bytes_read() as f64 / (1024.0 * 1024.0);
        eprintln!(
            "govmail-audit: read {megabytes:.1} MiB and {} messages in {elapsed:.2} s: {:.0} MiB/s, {:.0} messages/s; peak memory {}",
            summary.messages,
            megabytes / elapsed,
            summary.messages as f64 / elapsed,
            peak_memory().unwrap_or_else(|| "unknown".into())
        );
    }
    if !args.quiet && (args.output.is_some() || !io::stdout().is_terminal()) {
        eprintln!(
            "govmail-audit: {} in {}; {}, {}, {}",
            counted(summary.messages, "message"),
            counted(summary.files, "file"),
            counted(summary.accounts, "account"),
            counted(summary.violations, "violation"),
            counted(report.problems.len() as u64, "problem"),
        );
    }
    if summary.files_unreadable > 0 {
        return Ok(EXIT_ERROR);
    }
    Ok(if report.has_violations() {
        EXIT_VIOLATIONS
    } else {
        EXIT_CLEAN
    })
}

/// Every file the command reads: inputs, staff directory, earlier report,
/// policy and catalogs (none of them may be the output).
fn files_read(args: &Args) -> Vec<&Path> {
    let sources = &args.sources;
    args.inputs
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .chain(&args.directory)
        .chain(&args.since)
        .chain(&sources.config)
        .chain(&sources.catalog)
        .map(PathBuf::as_path)
        .collect()
}

/// The report file: checked before the scan, written to a temporary file
/// beside it and renamed over it at the end, so a failed or interrupted
/// run leaves any earlier report whole. A device, pipe or socket
/// (`/dev/null`, `/dev/stdout`, a FIFO) is written in place: renaming over
/// it would put a plain file where the device was.
struct Output {
    path: PathBuf,
    /// `None`: written in place.
    temporary: Option<PathBuf>,
}

impl Output {
    /// Refuses an output that is a folder or one of the files `reads`, and
    /// checks that its folder takes a new file.
    fn prepare(path: &Path, reads: &[&Path]) -> Result<Output, String> {
        let shown = path.display();
        // Followed through links: what would be written is what matters.
        let existing = std::fs::metadata(path).ok();
        if existing.as_ref().is_some_and(std::fs::Metadata::is_dir) {
            return Err(format!("{shown}: the output is a folder; name a file"));
        }
        if existing.as_ref().is_some_and(|m| !m.is_file()) {
            // Not opened yet: opening a pipe waits for its reader.
            return Ok(Output {
                path: path.to_path_buf(),
                temporary: None,
            });
        }
        // An existing report is replaced where it really is (a link to it
        // stays a link).
        let target = match path.canonicalize() {
            Ok(real) => real,
            Err(_) => {
                let name = path
                    .file_name()
                    .ok_or_else(|| format!("{shown}: the output must name a file"))?;
                let parent = match path.parent() {
                    Some(parent) if !parent.as_os_str().is_empty() => parent,
                    _ => Path::new("."),
                };
                let folder = parent.canonicalize().map_err(|e| {
                    format!("{shown}: cannot write there: {}: {e}", parent.display())
                })?;
                folder.join(name)
            }
        };
        if let Some(input) = reads
            .iter()
            .find(|read| read.canonicalize().is_ok_and(|r| r == target))
        {
            return Err(format!(
                "{shown}: refusing to write the report over {}, which this command reads",
                input.display()
            ));
        }
        let (Some(folder), Some(name)) = (target.parent(), target.file_name()) else {
            return Err(format!("{shown}: the output must name a file"));
        };
        let mut temporary_name = std::ffi::OsString::from(".");
        temporary_name.push(name);
        temporary_name.push(format!(".{}.tmp", std::process::id()));
        let temporary = folder.join(temporary_name);
        // Created and removed now: the folder takes files (a full disk or
        // a read-only folder shows up before the scan, not after it).
        File::create(&temporary)
            .and_then(|_| std::fs::remove_file(&temporary))
            .map_err(|e| format!("{shown}: cannot write there: {e}"))?;
        Ok(Output {
            path: target,
            temporary: Some(temporary),
        })
    }

    /// Writes through `write` into the temporary file, then renames it (or
    /// into the device itself).
    fn write(&self, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
        let result = match &self.temporary {
            None => std::fs::OpenOptions::new()
                .write(true)
                .open(&self.path)
                .and_then(|file| {
                    let mut out = BufWriter::new(file);
                    write(&mut out)?;
                    out.flush()
                }),
            Some(temporary) => {
                let result = File::create(temporary).and_then(|file| {
                    let mut out = BufWriter::new(file);
                    write(&mut out)?;
                    out.into_inner()
                        .map_err(io::IntoInnerError::into_error)?
                        .sync_all()?;
                    std::fs::rename(temporary, &self.path)
                });
                if result.is_err() {
                    let _ = std::fs::remove_file(temporary);
                }
                result
            }
        };
        result.map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", self.path.display())))
    }
}

/// "1 file", "2 files".
fn counted(count: u64, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

fn emit(report: &Report, args: &Args, out: &mut dyn Write) -> io::Result<()> {
    let lang = args.lang.unwrap_or(args.format.default_lang());
    write_report(report, args.format, lang, out).map_err(|e| {
        let broken_pipe = std::error::Error::source(&e)
            .and_then(|s| s.downcast_ref::<io::Error>())
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe);
        let kind = if broken_pipe {
            io::ErrorKind::BrokenPipe
        } else {
            io::ErrorKind::Other
        };
        io::Error::new(kind, e.to_string())
    })?;
    out.flush()
}

/// A progress bar on standard error (files' bytes, rate, time left) until
/// `done`.
fn progress_bar(progress: &govmail_audit::Progress, total: u64, done: &AtomicBool) {
    let bar = indicatif::ProgressBar::new(total);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} {bytes}/{total_bytes} {bar:30} {binary_bytes_per_sec} eta {eta} {msg}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    while !done.load(Ordering::Relaxed) {
        bar.set_position(progress.bytes_read().min(total.max(1)));
        bar.set_message(format!("{} messages", progress.messages_read()));
        std::thread::sleep(Duration::from_millis(100));
    }
    bar.finish_and_clear();
}

/// The process's peak resident memory, where the system tells it (Linux).
fn peak_memory() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(format!("{:.1} MiB", kib as f64 / 1024.0))
}
