//! govmail-audit ledger: scans recorded in an audit ledger (SQLite file or
//! PostgreSQL), approvals, statuses, reports and imports. A thin layer over
//! `govmail_audit::ledger` (feature `ledger`). Run
//! `cargo run --release --features ledger --example ledger -- --help`.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};
use govmail_audit::ledger::{AuditInfo, Ledger, ReportQuery, Status, unix_now};
use govmail_audit::policy::Approval;
use govmail_audit::report::{Directory, Format, Lang};
use govmail_audit::write_report;

#[path = "common/detector_sources.rs"]
mod detector_sources;
use detector_sources::DetectorSources;

/// Exit status when no open account violates the policy.
const EXIT_CLEAN: u8 = 0;
/// Exit status when some open account violates the policy (scan, report).
const EXIT_VIOLATIONS: u8 = 1;
/// Exit status for an error (arguments, ledger, policy, inputs).
const EXIT_ERROR: u8 = 2;

const LONG_HELP_FOOTER: &str = "\
The ledger is a SQLite file (default govmail-ledger.db, or $GOVMAIL_LEDGER)
or a PostgreSQL connection string (postgresql://user@host/db or
\"host=/run/postgresql dbname=audit\") for several scanners of a province.

Examples:
  ledger scan /srv/zimbra/export/            scan, reading only new mail
  ledger approve --unit sxd.quangngai.gov.vn --service facebook \\
         --reason \"Facebook page of the Department, decision 123/QĐ-SXD\" --until 2026-12-31
  ledger revoke --unit sxd.quangngai.gov.vn --service facebook
  ledger status                              every account and its status
  ledger status an.nguyen@sxd.quangngai.gov.vn facebook --set notified --why \"notice sent\"
  ledger report --format html -o report.html --since 2026-01-01
  ledger import --site district-1 district-1.json

Exit status: 0 no open violation, 1 open violations (scan, report), 2 error.

Hướng dẫn (tiếng Việt):
  Sổ theo dõi rà soát: ghi mọi lần quét, phát hiện, trạng thái từng tài khoản
  (mới, vẫn còn thấy, không còn thấy, đã thông báo, đã xác nhận, đã khắc phục,
  được phê duyệt) kèm thời điểm, người thực hiện và lý do; phê duyệt có lý do
  và thời hạn; lần quét sau chỉ đọc thư mới.
  Ví dụ:  ledger scan xuat/
          ledger approve --unit sxd.quangngai.gov.vn --service facebook \\
                 --reason \"Trang Facebook của Sở, QĐ 123/QĐ-SXD\" --until 2026-12-31
          ledger status --lang vi
          ledger report --format html -o baocao.html
          ledger import --site huyen-1 huyen1.json
  Sổ mặc định là tệp SQLite govmail-ledger.db; dùng PostgreSQL khi nhiều nơi
  cùng ghi. Mã thoát: 0 không vi phạm, 1 có vi phạm, 2 lỗi.";

/// The audit ledger: one memory of findings across scans, gateways and
/// time, with statuses and approvals.
#[derive(Parser, Debug)]
#[command(
    name = "govmail-audit ledger",
    version,
    after_long_help = LONG_HELP_FOOTER,
    after_help = "Use --help for more, including Vietnamese (tiếng Việt)."
)]
struct Args {
    /// The ledger: a SQLite file, or a PostgreSQL connection string.
    /// Default: $GOVMAIL_LEDGER, else govmail-ledger.db.
    #[arg(long, global = true, value_name = "LEDGER")]
    ledger: Option<String>,

    /// This site's name (an office, a gateway), kept with what it reads.
    #[arg(long, global = true, default_value = "local", value_name = "NAME")]
    site: String,

    /// Who acts (recorded with status changes and approvals). Default: $USER.
    #[arg(long, global = true, value_name = "WHO")]
    by: Option<String>,

    /// Language of tables and reports: en or vi.
    #[arg(long, global = true, value_parser = parse_lang)]
    lang: Option<Lang>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Scan mailboxes and record the audit; mail read before is passed
    /// over (Maildir and archive members by name, mbox from where it
    /// stopped when what precedes is unchanged).
    Scan {
        /// Mailbox files or directories.
        #[arg(required = true, value_name = "INPUT")]
        inputs: Vec<PathBuf>,
        /// Read everything again (nothing passed over).
        #[arg(long)]
        full: bool,
        /// Staff directory (CSV) naming people and units.
        #[arg(long, value_name = "FILE")]
        directory: Option<PathBuf>,
        #[command(flatten)]
        sources: DetectorSources,
    },
    /// Approve accounts for official use: an address (optionally at one
    /// service), or a unit at a service.
    Approve {
        /// The official address.
        #[arg(long, value_name = "ADDRESS")]
        address: Option<String>,
        /// The unit (directory unit or mail domain).
        #[arg(long, value_name = "UNIT")]
        unit: Option<String>,
        /// The service id (facebook, zalo, github …).
        #[arg(long, value_name = "SERVICE")]
        service: Option<String>,
        /// Why (a decision number, a purpose).
        #[arg(long, value_name = "TEXT")]
        reason: String,
        /// The last day it holds (YYYY-MM-DD, Vietnam time) or a moment
        /// (YYYY-MM-DDTHH:MM:SSZ). Default: until revoked.
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
    },
    /// Withdraw an approval (named by its scope, as given to approve).
    Revoke {
        /// The official address.
        #[arg(long, value_name = "ADDRESS")]
        address: Option<String>,
        /// The unit.
        #[arg(long, value_name = "UNIT")]
        unit: Option<String>,
        /// The service id.
        #[arg(long, value_name = "SERVICE")]
        service: Option<String>,
    },
    /// List accounts and their status; with ADDRESS and SERVICE, show one
    /// account's history, or change its status with --set.
    Status {
        /// An official address.
        address: Option<String>,
        /// A service id.
        service: Option<String>,
        /// The new status: notified, acknowledged, remediated, still_seen.
        #[arg(long, value_name = "STATUS", value_parser = parse_status, requires = "service")]
        set: Option<Status>,
        /// Why the status changes.
        #[arg(long, value_name = "TEXT", requires = "set")]
        why: Option<String>,
        /// Policy file whose approvals count too.
        #[arg(short, long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// Write a report from the ledger, in any format of the scanner.
    Report {
        /// table, html, json, jsonl or csv.
        #[arg(short, long, default_value = "table", value_parser = parse_format)]
        format: Format,
        /// Write to FILE instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Accounts with evidence on or after this date (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Accounts with evidence before this date.
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// One unit (directory unit or mail domain).
        #[arg(long, value_name = "UNIT")]
        unit: Option<String>,
        /// Policy file whose approvals count too.
        #[arg(short, long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// Import other sites' JSON reports or SQLite ledgers; importing the
    /// same file twice changes nothing.
    Import {
        /// JSON reports or ledger files.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// List the audits recorded.
    Audits,
}

fn parse_format(name: &str) -> Result<Format, String> {
    Format::parse(name)
        .ok_or_else(|| format!("unknown format `{name}` (table, html, json, jsonl, csv)"))
}

fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::parse(code).ok_or_else(|| format!("unknown language `{code}` (en, vi)"))
}

fn parse_status(name: &str) -> Result<Status, String> {
    Status::parse(name).ok_or_else(|| {
        let names: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
        format!("unknown status `{name}` ({})", names.join(", "))
    })
}

fn main() -> ExitCode {
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
    let by = args
        .by
        .clone()
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_else(|| "unknown".to_string());
    let target = args
        .ledger
        .clone()
        .or_else(|| std::env::var("GOVMAIL_LEDGER").ok())
        .unwrap_or_else(|| "govmail-ledger.db".to_string());
    let mut ledger = Ledger::open(&target)
        .map_err(|e| e.to_string())?
        .with_site(args.site.clone());
    let lang = args.lang.unwrap_or(Lang::En);
    let vi = lang == Lang::Vi;
    match &args.command {
        Command::Scan {
            inputs,
            full,
            directory,
            sources,
        } => {
            let detector = sources.build()?;
            let directory = match directory {
                Some(path) => Some(Directory::from_file(path).map_err(|e| e.to_string())?),
                None => None,
            };
            let started = Instant::now();
            let log = ledger.read_log().map_err(|e| e.to_string())?;
            let mut scan = detector.scan();
            if !full {
                scan = scan.with_read_log(log.clone());
            }
            for input in inputs {
                scan.add_path(input);
            }
            let mut report = scan.finish();
            if let Some(directory) = &directory {
                report.assign_units(directory);
            }
            let names: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
            let audit = AuditInfo::new(&detector, &names).by(by);
            let recorded = ledger
                .record_scan(&audit, &report, (!full).then_some(&*log))
                .map_err(|e| e.to_string())?;
            let s = &report.summary;
            if vi {
                eprintln!(
                    "govmail-audit: lần rà soát {}: đọc {} thư ({} thư đã đọc trước đó bỏ qua) trong {:.1} s; {} phát hiện mới, {} tài khoản mới, {} không còn thấy",
                    recorded.audit,
                    s.messages,
                    s.already_read,
                    started.elapsed().as_secs_f64(),
                    recorded.new_findings,
                    recorded.new_accounts,
                    recorded.no_longer_seen
                );
            } else {
                eprintln!(
                    "govmail-audit: audit {}: read {} messages ({} read before, passed over) in {:.1} s; {} new findings, {} new accounts, {} no longer seen",
                    recorded.audit,
                    s.messages,
                    s.already_read,
                    started.elapsed().as_secs_f64(),
                    recorded.new_findings,
                    recorded.new_accounts,
                    recorded.no_longer_seen
                );
            }
            for problem in &report.problems {
                eprintln!("govmail-audit: {}: {}", problem.location, problem.error);
            }
            let open = ledger
                .accounts(&detector.policy().approvals, unix_now())
                .map_err(|e| e.to_string())?
                .iter()
                .any(|a| a.violation);
            if s.files_unreadable > 0 {
                return Ok(EXIT_ERROR);
            }
            Ok(if open { EXIT_VIOLATIONS } else { EXIT_CLEAN })
        }
        Command::Approve {
            address,
            unit,
            service,
            reason,
            until,
        } => {
            let approval = Approval {
                address: address.clone(),
                unit: unit.clone(),
                service: service.clone(),
                reason: reason.clone(),
                expires: until.clone(),
            }
            .normalized("approve")
            .map_err(|e| e.to_string())?;
            ledger.approve(&approval, &by).map_err(|e| e.to_string())?;
            eprintln!(
                "govmail-audit: {}: {}",
                if vi { "đã phê duyệt" } else { "approved" },
                approval.describe()
            );
            Ok(EXIT_CLEAN)
        }
        Command::Revoke {
            address,
            unit,
            service,
        } => {
            let scope = Approval {
                address: address.clone(),
                unit: unit.clone(),
                service: service.clone(),
                reason: "revoked".to_string(),
                expires: None,
            };
            if ledger.revoke(&scope, &by).map_err(|e| e.to_string())? {
                eprintln!(
                    "govmail-audit: {}",
                    if vi {
                        "đã thu hồi phê duyệt"
                    } else {
                        "approval withdrawn"
                    }
                );
                Ok(EXIT_CLEAN)
            } else {
                Err(if vi {
                    "không có phê duyệt nào với phạm vi này".to_string()
                } else {
                    "no approval in force with this scope".to_string()
                })
            }
        }
        Command::Status {
            address,
            service,
            set,
            why,
            config,
        } => {
            let mut out = io::stdout().lock();
            if let (Some(address), Some(service)) = (address, service) {
                if let Some(status) = set {
                    let why = why.clone().unwrap_or_default();
                    ledger
                        .set_status(address, service, *status, &by, &why)
                        .map_err(|e| e.to_string())?;
                }
                let history = ledger
                    .history(address, service)
                    .map_err(|e| e.to_string())?;
                if history.is_empty() {
                    return Err(format!(
                        "no account of {address} at {service} in the ledger"
                    ));
                }
                for change in history {
                    let from = change.from.map_or("-", Status::as_str);
                    writeln!(
                        out,
                        "{}  {from} -> {}  {}: {}",
                        change.at, change.to, change.by, change.reason
                    )
                    .map_err(|e| e.to_string())?;
                }
                return Ok(EXIT_CLEAN);
            }
            let approvals = policy_approvals(config.as_ref())?;
            let accounts = ledger
                .accounts(&approvals, unix_now())
                .map_err(|e| e.to_string())?;
            let header = if vi {
                ("Địa chỉ", "Dịch vụ", "Trạng thái", "Vi phạm", "Thư")
            } else {
                ("Address", "Service", "Status", "Violation", "Messages")
            };
            writeln!(
                out,
                "{:<40} {:<14} {:<15} {:<9} {:>5}",
                header.0, header.1, header.2, header.3, header.4
            )
            .map_err(|e| e.to_string())?;
            for account in &accounts {
                let mut note = String::new();
                if let Some(approval) = &account.approval {
                    let label = match (account.approval_expired, vi) {
                        (true, false) => "approval expired",
                        (true, true) => "phê duyệt đã hết hạn",
                        (false, false) => "approved",
                        (false, true) => "được phê duyệt",
                    };
                    note = format!("  [{label}: {approval}]");
                }
                let violation = match (account.violation, vi) {
                    (true, false) => "yes",
                    (true, true) => "có",
                    (false, false) => "no",
                    (false, true) => "không",
                };
                writeln!(
                    out,
                    "{:<40} {:<14} {:<15} {:<9} {:>5}{note}",
                    account.address,
                    account.service,
                    lang.standing(account.status.as_str()),
                    violation,
                    account.findings
                )
                .map_err(|e| e.to_string())?;
            }
            Ok(EXIT_CLEAN)
        }
        Command::Report {
            format,
            output,
            since,
            until,
            unit,
            config,
        } => {
            let approvals = policy_approvals(config.as_ref())?;
            let mut query = ReportQuery::period(since.clone(), until.clone());
            if let Some(unit) = unit {
                query = query.unit(unit.clone());
            }
            let report = ledger
                .report(&query, &approvals, unix_now())
                .map_err(|e| e.to_string())?;
            let lang = args.lang.unwrap_or(format.default_lang());
            let written = match output {
                Some(path) => {
                    let file =
                        File::create(path).map_err(|e| format!("{}: {e}", path.display()))?;
                    let mut out = BufWriter::new(file);
                    write_report(&report, *format, lang, &mut out)
                        .map_err(|e| e.to_string())
                        .and_then(|()| out.flush().map_err(|e| e.to_string()))
                }
                None => {
                    let mut out = io::stdout().lock();
                    write_report(&report, *format, lang, &mut out).map_err(|e| e.to_string())
                }
            };
            written?;
            Ok(if report.has_violations() {
                EXIT_VIOLATIONS
            } else {
                EXIT_CLEAN
            })
        }
        Command::Import { files } => {
            for file in files {
                let result = ledger
                    .import_file(file, &args.site)
                    .map_err(|e| e.to_string())?;
                match (result, vi) {
                    (Some(r), false) => eprintln!(
                        "govmail-audit: {}: audit {}: {} new findings, {} known, {} new accounts",
                        file.display(),
                        r.audit,
                        r.new_findings,
                        r.known_findings,
                        r.new_accounts
                    ),
                    (Some(r), true) => eprintln!(
                        "govmail-audit: {}: lần {}: {} phát hiện mới, {} đã có, {} tài khoản mới",
                        file.display(),
                        r.audit,
                        r.new_findings,
                        r.known_findings,
                        r.new_accounts
                    ),
                    (None, false) => eprintln!(
                        "govmail-audit: {}: imported before; nothing changed",
                        file.display()
                    ),
                    (None, true) => eprintln!(
                        "govmail-audit: {}: đã nhập trước đó; không thay đổi",
                        file.display()
                    ),
                }
            }
            Ok(EXIT_CLEAN)
        }
        Command::Audits => {
            let mut out = io::stdout().lock();
            for audit in ledger.audits().map_err(|e| e.to_string())? {
                writeln!(
                    out,
                    "{:>5}  {}  {:<12} {:<7} {:>8} read {:>8} passed over {:>6} findings ({} new)",
                    audit.id,
                    audit.started_at,
                    audit.site,
                    audit.kind,
                    audit.messages,
                    audit.already_read,
                    audit.findings,
                    audit.new_findings
                )
                .map_err(|e| e.to_string())?;
            }
            Ok(EXIT_CLEAN)
        }
    }
}

/// The approvals of a policy file, if one is named.
fn policy_approvals(config: Option<&PathBuf>) -> Result<Vec<Approval>, String> {
    match config {
        Some(path) => govmail_audit::Policy::from_file(path)
            .map(|p| p.approvals)
            .map_err(|e| e.to_string()),
        None => Ok(Vec::new()),
    }
}
