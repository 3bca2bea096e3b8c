//! govmail-milter: the detector inside the mail gateway. A milter (the
//! Sendmail 8 mail filter protocol, versions 2 to 6) for Postfix's
//! `smtpd_milters` / `non_smtpd_milters`, and so for Zimbra's MTA.
//!
//! For each message it asks the shared [`Detector`] for the verdict and,
//! by its settings, adds an `X-Govmail-Audit` header, writes one JSON line
//! to a log for a SIEM, and holds suspected phishing aimed at official
//! addresses (SMFIR_QUARANTINE: Postfix's hold queue). It never rejects.
//! On a timeout, an overload or an internal error the message goes on
//! unchanged (fail-open) and the log says why.
//!
//! `SIGHUP` reloads the policy and catalog files and reopens the log;
//! connections are kept. Run `cargo run --release --example milter -- --help`.

#[path = "../common/detector_sources.rs"]
mod detector_sources;
mod engine;
mod protocol;
mod server;
mod session;
mod siem;

use detector_sources::DetectorSources;
use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::UnixListener;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use clap::Parser;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

use engine::{Config, Engine, HeaderMode, Log, LogMode};

/// Run the govmail-audit detector as a milter for Postfix (and Zimbra):
/// mark sign-up mail to official addresses with an X-Govmail-Audit header,
/// log every verdict as JSON, optionally hold suspected phishing.
/// Never rejects; fails open.
#[derive(Parser, Debug)]
#[command(name = "govmail-milter", version)]
pub(crate) struct Args {
    /// Where to listen: inet:HOST:PORT (e.g. inet:127.0.0.1:8899) or
    /// unix:PATH (a socket file, created mode 0660).
    #[arg(
        short,
        long,
        default_value = "inet:127.0.0.1:8899",
        value_name = "SOCKET"
    )]
    listen: String,

    /// Policy file, catalogs and policy additions, as for the scan
    /// example; re-read on SIGHUP.
    #[command(flatten)]
    sources: DetectorSources,

    /// Which messages get the X-Govmail-Audit header.
    #[arg(long, value_enum, default_value = "findings")]
    header: HeaderMode,

    /// Hold (quarantine) suspected phishing aimed at official addresses.
    #[arg(long)]
    quarantine_phishing: bool,

    /// Credit official envelope recipients (RCPT TO) when the headers name
    /// no official address (Bcc, aliases).
    #[arg(long)]
    envelope_recipients: bool,

    /// JSON Lines log of verdicts; `-` for standard output.
    #[arg(long, default_value = "-", value_name = "FILE")]
    log: PathBuf,

    /// Also send every log line to syslog for a SIEM (RFC 5424, facility
    /// local0, JSON with Elastic Common Schema names): udp:HOST:PORT,
    /// tcp:HOST:PORT or unix:PATH (e.g. unix:/dev/log).
    #[arg(long, value_name = "TARGET", value_parser = parse_syslog_target)]
    syslog: Option<govmail_audit::siem::SyslogTarget>,

    /// Which verdicts are logged (fail-open events always are).
    #[arg(long, value_enum, default_value = "all")]
    log_verdicts: LogMode,

    /// Time budget for one verdict, in milliseconds; past it the message
    /// goes on unchanged.
    #[arg(long, default_value_t = 1000, value_name = "MS")]
    time_budget_ms: u64,

    /// Verdict worker threads (default: the number of cores).
    #[arg(long, value_name = "N")]
    workers: Option<usize>,

    /// Connections served in full; past this, connections are accepted
    /// without inspection, and past twice this, closed (Postfix then
    /// applies milter_default_action). All are served from one thread.
    #[arg(long, default_value_t = 512, value_name = "N")]
    max_connections: usize,

    /// Messages larger than this are passed on uninspected (the policy's
    /// limit applies too).
    #[arg(long, default_value_t = 25 << 20, value_name = "BYTES")]
    max_message_bytes: usize,

    /// Message bytes all connections together may hold in memory, in MiB
    /// (received, or waiting for their verdict); past it, messages pass
    /// uninspected and the log says `buffers_full`.
    #[arg(long, default_value_t = 512, value_name = "MIB")]
    max_buffered_mib: usize,

    /// Close a connection silent for this long, in seconds.
    #[arg(long, default_value_t = 900, value_name = "SECONDS")]
    idle_timeout: u64,

    #[cfg(feature = "ledger")]
    #[command(flatten)]
    ledger: LedgerArgs,
}

/// Writing findings to the audit ledger (built with the feature `ledger`).
#[cfg(feature = "ledger")]
#[derive(clap::Args, Debug)]
struct LedgerArgs {
    /// Write findings to this audit ledger (a SQLite file or a PostgreSQL
    /// connection string), off the verdict's path: if it is down, mail
    /// still passes and findings wait in the spool.
    #[arg(long, value_name = "LEDGER")]
    ledger: Option<String>,

    /// The spool folder for findings on their way to the ledger.
    #[arg(long, default_value = "/var/spool/govmail-audit", value_name = "DIR")]
    ledger_spool: PathBuf,

    /// The spool's bound, in MiB; past it findings are dropped (and
    /// counted in the log).
    #[arg(long, default_value_t = 64, value_name = "MIB")]
    ledger_spool_mib: u64,

    /// This gateway's site name in the ledger.
    #[arg(long, default_value = "gateway", value_name = "NAME")]
    ledger_site: String,
}

fn parse_syslog_target(text: &str) -> Result<govmail_audit::siem::SyslogTarget, String> {
    govmail_audit::siem::SyslogTarget::parse(text)
        .ok_or_else(|| format!("`{text}`: expected udp:HOST:PORT, tcp:HOST:PORT or unix:PATH"))
}

pub(crate) fn main() -> ExitCode {
    let args = Args::parse();
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("govmail-milter: {message}");
            ExitCode::from(2)
        }
    }
}

enum Listener {
    Tcp(TcpListener),
    Unix(UnixListener, PathBuf),
}

fn bind(spec: &str) -> Result<Listener, String> {
    if let Some(address) = spec.strip_prefix("inet:") {
        let listener =
            TcpListener::bind(address).map_err(|e| format!("cannot listen on {spec}: {e}"))?;
        Ok(Listener::Tcp(listener))
    } else if let Some(path) = spec.strip_prefix("unix:") {
        let path = PathBuf::from(path);
        // A socket left by an earlier run: remove it, but nothing else.
        if let Ok(meta) = std::fs::symlink_metadata(&path) {
            use std::os::unix::fs::FileTypeExt;
            if meta.file_type().is_socket() {
                std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            } else {
                return Err(format!("{} exists and is not a socket", path.display()));
            }
        }
        let listener =
            UnixListener::bind(&path).map_err(|e| format!("cannot listen on {spec}: {e}"))?;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o660))
            .map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(Listener::Unix(listener, path))
    } else {
        Err(format!(
            "`{spec}`: expected inet:HOST:PORT or unix:PATH (as in Postfix's smtpd_milters)"
        ))
    }
}

fn run(args: Args) -> Result<(), String> {
    let sources = args.sources.clone();
    let detector = sources.build()?;
    let max_message_bytes = args
        .max_message_bytes
        .min(detector.policy().limits.max_message_bytes);
    let log_path = (args.log.as_os_str() != "-").then(|| args.log.clone());
    let mut log = Log::open(log_path).map_err(|e| format!("{}: {e}", args.log.display()))?;
    if let Some(target) = &args.syslog {
        let syslog = govmail_audit::siem::Syslog::connect(target, "govmail-milter")
            .map_err(|e| e.to_string())?;
        log = log.with_syslog(siem::SyslogSink::new(syslog));
    }
    let workers = args.workers.unwrap_or_else(|| {
        thread::available_parallelism()
            .map(usize::from)
            .unwrap_or(2)
    });
    let config = Config {
        header: args.header,
        quarantine_phishing: args.quarantine_phishing,
        envelope_recipients: args.envelope_recipients,
        log_verdicts: args.log_verdicts,
        time_budget: Duration::from_millis(args.time_budget_ms),
        max_message_bytes,
        max_headers: 10,
        max_buffered_bytes: args.max_buffered_mib.saturating_mul(1 << 20),
    };
    let engine = Arc::new(Engine::new(config, detector, workers, log));
    #[cfg(feature = "ledger")]
    if let Some(target) = &args.ledger.ledger {
        use govmail_audit::ledger::{Spool, SpoolConfig, SpoolEvent};
        let config = SpoolConfig::new(target.clone(), args.ledger.ledger_spool.clone())
            .site(args.ledger.ledger_site.clone())
            .max_bytes(args.ledger.ledger_spool_mib << 20);
        let events = Arc::clone(&engine);
        let spool = Spool::start(config, move |event| {
            let line = match &event {
                SpoolEvent::LedgerDown { error, pending } => serde_json::json!({
                    "ledger": "down", "error": error, "pending": pending,
                    "note": "mail passes; findings wait in the spool",
                }),
                SpoolEvent::LedgerBack { written } => {
                    serde_json::json!({"ledger": "back", "written_from_spool": written})
                }
                SpoolEvent::Full { dropped } => {
                    serde_json::json!({"ledger": "spool_full", "dropped": dropped})
                }
                SpoolEvent::SpoolError { error } => {
                    serde_json::json!({"ledger": "spool_error", "error": error})
                }
                _ => serde_json::json!({"ledger": format!("{event:?}")}),
            };
            eprintln!("govmail-milter: ledger: {line}");
            let mut line = line;
            if let Some(fields) = line.as_object_mut() {
                fields.insert("time".into(), engine::rfc3339_now().into());
            }
            events.log().write(&line);
        })
        .map_err(|e| e.to_string())?;
        engine.set_ledger(spool);
    }
    let listener = bind(&args.listen)?;
    let socket_path = match &listener {
        Listener::Unix(_, path) => Some(path.clone()),
        Listener::Tcp(_) => None,
    };
    watch_signals(Arc::clone(&engine), sources, socket_path)?;
    eprintln!(
        "govmail-milter: listening on {} ({workers} workers, budget {} ms, header {:?}, quarantine {})",
        args.listen,
        args.time_budget_ms,
        args.header,
        if args.quarantine_phishing {
            "on"
        } else {
            "off"
        }
    );
    let limits = server::Limits {
        max_connections: args.max_connections.max(1),
        idle: Duration::from_secs(args.idle_timeout.max(1)),
        write_stall: Duration::from_secs(60),
    };
    let listener = match listener {
        Listener::Tcp(listener) => {
            listener
                .set_nonblocking(true)
                .map_err(|e| format!("{}: {e}", args.listen))?;
            server::Listener::Tcp(mio::net::TcpListener::from_std(listener))
        }
        Listener::Unix(listener, _) => {
            listener
                .set_nonblocking(true)
                .map_err(|e| format!("{}: {e}", args.listen))?;
            server::Listener::Unix(mio::net::UnixListener::from_std(listener))
        }
    };
    server::run(listener, &engine, limits).map_err(|e| format!("serving {}: {e}", args.listen))
}

fn watch_signals(
    engine: Arc<Engine>,
    reload: DetectorSources,
    socket_path: Option<PathBuf>,
) -> Result<(), String> {
    let mut signals = Signals::new([SIGHUP, SIGTERM, SIGINT])
        .map_err(|e| format!("cannot watch signals: {e}"))?;
    thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                if signal == SIGHUP {
                    reload_now(&engine, &reload);
                } else {
                    eprintln!(
                        "govmail-milter: stopping ({} log lines written)",
                        engine.log().lines()
                    );
                    engine.log().flush();
                    if let Some(path) = &socket_path {
                        let _ = std::fs::remove_file(path);
                    }
                    std::process::exit(0);
                }
            }
        })
        .map_err(|e| format!("cannot start the signal thread: {e}"))?;
    Ok(())
}

fn reload_now(engine: &Engine, sources: &DetectorSources) {
    if let Err(error) = engine.log().reopen() {
        eprintln!("govmail-milter: reload: cannot reopen the log: {error}");
    }
    match sources.build() {
        Ok(detector) => {
            engine.replace_detector(detector);
            eprintln!("govmail-milter: reloaded the policy and catalogs");
        }
        Err(error) => {
            eprintln!("govmail-milter: reload failed, keeping the previous policy: {error}");
        }
    }
}
