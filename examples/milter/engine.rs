//! What the milter does with a whole message: the verdict on a worker
//! thread within a time budget, the header, the hold, the log line; and
//! fail-open on any timeout, overload or internal error.

use std::fs::{File, OpenOptions};
use std::io::{self, LineWriter, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{self, SyncSender, TrySendError};
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use govmail_audit::{Detector, Finding, FindingKind, Outcome, RecipientSource, Verdict};
use serde_json::{Value, json};

use super::protocol::Response;
use super::session::{Abilities, Handler, Held, Message};

/// The header added to inspected mail.
pub(crate) const HEADER: &str = "X-Govmail-Audit";

/// Which messages get the header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum HeaderMode {
    /// Messages with findings: one header per finding (default).
    Findings,
    /// Every inspected message: `none; status=…` when nothing was found.
    All,
    /// Never.
    Off,
}

/// Which verdicts are logged (fail-open events always are).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum LogMode {
    /// Every message (default).
    All,
    /// Messages with findings only.
    Findings,
}

/// Settings fixed at start.
#[derive(Debug, Clone)]
pub(crate) struct Config {
    pub(crate) header: HeaderMode,
    pub(crate) quarantine_phishing: bool,
    pub(crate) envelope_recipients: bool,
    pub(crate) log_verdicts: LogMode,
    pub(crate) time_budget: Duration,
    pub(crate) max_message_bytes: usize,
    /// Most headers added to one message (one per finding).
    pub(crate) max_headers: usize,
    /// Message bytes all connections together may hold in memory (being
    /// received or waiting for their verdict); past it, messages pass
    /// uninspected.
    pub(crate) max_buffered_bytes: usize,
}

/// The shared state of all connections.
pub(crate) struct Engine {
    config: Config,
    detector: RwLock<Arc<Detector>>,
    pool: Pool,
    log: Log,
    /// Message bytes held now, against `config.max_buffered_bytes`.
    buffered: Arc<AtomicUsize>,
    /// Findings on their way to the audit ledger (`--ledger`).
    #[cfg(feature = "ledger")]
    ledger: std::sync::OnceLock<govmail_audit::ledger::Spool>,
}

impl Engine {
    pub(crate) fn new(config: Config, detector: Detector, workers: usize, log: Log) -> Engine {
        Engine {
            config,
            detector: RwLock::new(Arc::new(detector)),
            pool: Pool::new(workers, workers.saturating_mul(64).max(64)),
            log,
            buffered: Arc::new(AtomicUsize::new(0)),
            #[cfg(feature = "ledger")]
            ledger: std::sync::OnceLock::new(),
        }
    }

    /// Sends every verdict with findings to the ledger through `spool`
    /// (off the verdict's path: the spool never blocks).
    #[cfg(feature = "ledger")]
    pub(crate) fn set_ledger(&self, spool: govmail_audit::ledger::Spool) {
        let _ = self.ledger.set(spool);
    }

    /// The detector in force (a reload swaps it; messages being inspected
    /// keep the one they started with).
    fn detector(&self) -> Arc<Detector> {
        Arc::clone(&self.detector.read().unwrap_or_else(PoisonError::into_inner))
    }

    /// Puts a new detector in force.
    pub(crate) fn replace_detector(&self, detector: Detector) {
        *self
            .detector
            .write()
            .unwrap_or_else(PoisonError::into_inner) = Arc::new(detector);
    }

    pub(crate) fn log(&self) -> &Log {
        &self.log
    }

    /// A connection from `peer` closed at once: far too many open.
    pub(crate) fn connection_refused(&self, peer: &str) {
        self.log.write(&json!({
            "time": rfc3339_now(),
            "peer": peer,
            "action": "fail_open",
            "reason": FailOpen::Connections.as_str(),
            "refused": true,
        }));
    }

    /// The responses for a verdict: quarantine first (Postfix holds the
    /// message and still applies the header), then the headers.
    fn decide(&self, verdict: &Verdict, abilities: Abilities) -> (Vec<Response>, &'static str) {
        let mut responses = Vec::new();
        let phishing: Vec<&Finding> = verdict
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::SuspectedPhishing)
            .collect();
        let mut action = "pass";
        if self.config.quarantine_phishing && abilities.quarantine && !phishing.is_empty() {
            let services: Vec<&str> = phishing.iter().map(|f| f.service.id.as_str()).collect();
            responses.push(Response::Quarantine {
                reason: format!(
                    "govmail-audit: suspected phishing imitating {} aimed at an official address",
                    services.join(", ")
                ),
            });
            action = "quarantine";
        }
        if abilities.add_headers {
            let space = if abilities.leading_space { " " } else { "" };
            let values: Vec<String> = match self.config.header {
                HeaderMode::Off => Vec::new(),
                HeaderMode::All if verdict.findings.is_empty() => vec![none_value(verdict)],
                HeaderMode::All | HeaderMode::Findings => verdict
                    .findings
                    .iter()
                    .take(self.config.max_headers)
                    .map(finding_value)
                    .collect(),
            };
            if !values.is_empty() && action == "pass" {
                action = "header";
            }
            responses.extend(values.into_iter().map(|value| Response::AddHeader {
                name: HEADER.to_string(),
                value: format!("{space}{value}"),
            }));
        }
        (responses, action)
    }
}

/// The verdict on a message, once it was handed to a worker.
pub(crate) enum Begun {
    /// Decided without a worker (too large, or no worker free): the
    /// responses, fail-open logged.
    Done(Vec<Response>),
    /// On a worker; its answer reaches the callback given to
    /// [`Engine::begin`], then goes to [`Engine::finish`].
    Pending(Pending),
}

/// A message whose verdict is being made.
pub(crate) struct Pending {
    line: Value,
    started: Instant,
    abilities: Abilities,
    #[cfg(feature = "ledger")]
    ledger_location: govmail_audit::report::Location,
}

/// Where a worker sends its verdict: `None` when it failed. Called once,
/// from the worker's thread (or when the task is dropped unrun).
pub(crate) type Notify = Box<dyn FnOnce(Option<Verdict>) + Send>;

impl Engine {
    /// The time one verdict may take, queueing included.
    pub(crate) fn time_budget(&self) -> Duration {
        self.config.time_budget
    }

    /// Starts the verdict on `message`: `notify` is called with it from a
    /// worker thread, unless the answer is [`Begun::Done`] at once.
    pub(crate) fn begin(
        &self,
        message: Message,
        abilities: Abilities,
        held: Held,
        notify: Notify,
    ) -> Begun {
        let started = Instant::now();
        #[cfg(feature = "ledger")]
        let ledger_location = govmail_audit::report::Location::new(format!(
            "milter:{}",
            message.queue_id.as_deref().unwrap_or("-")
        ));
        let mut line = json!({
            "time": rfc3339_now(),
            "queue_id": message.queue_id,
            "client": message.client,
            "mail_from": message.mail_from,
            "rcpt": message.recipients,
            "size": message.size,
        });
        if message.over_budget {
            extend(
                &mut line,
                json!({"action": "fail_open", "reason": FailOpen::Buffers.as_str(),
                       "limit": self.config.max_buffered_bytes}),
            );
            self.log.write(&line);
            return Begun::Done(Vec::new());
        }
        if message.oversized {
            extend(
                &mut line,
                json!({"action": "pass", "reason": "too_large",
                       "limit": self.config.max_message_bytes}),
            );
            self.log.write(&line);
            return Begun::Done(Vec::new());
        }
        let owners = if self.config.envelope_recipients {
            message.recipients
        } else {
            Vec::new()
        };
        let job = Job {
            detector: self.detector(),
            raw: message.raw,
            owners,
            _held: held,
        };
        let pending = Pending {
            line,
            started,
            abilities,
            #[cfg(feature = "ledger")]
            ledger_location,
        };
        match self.pool.submit(job, notify) {
            Ok(()) => Begun::Pending(pending),
            Err(reason) => Begun::Done(self.finish(pending, Err(reason))),
        }
    }

    /// The responses for a verdict made (or not) in time, and its log line.
    pub(crate) fn finish(
        &self,
        pending: Pending,
        outcome: Result<Verdict, FailOpen>,
    ) -> Vec<Response> {
        let Pending {
            mut line,
            started,
            abilities,
            #[cfg(feature = "ledger")]
            ledger_location,
        } = pending;
        match outcome {
            Ok(verdict) => {
                #[cfg(feature = "ledger")]
                if let Some(spool) = self.ledger.get() {
                    spool.submit(ledger_location, &verdict);
                }
                let (responses, action) = self.decide(&verdict, abilities);
                let wanted =
                    self.config.log_verdicts == LogMode::All || !verdict.findings.is_empty();
                if wanted {
                    let headers = responses
                        .iter()
                        .filter(|r| matches!(r, Response::AddHeader { .. }))
                        .count();
                    // The phishing verdict on its own, for a gateway's rules:
                    // the brand imitated and the address targeted.
                    let phishing: Vec<Value> = verdict
                        .findings
                        .iter()
                        .filter(|f| f.kind == FindingKind::SuspectedPhishing)
                        .map(|f| json!({"address": f.address, "brand": f.service.id}))
                        .collect();
                    extend(
                        &mut line,
                        json!({
                            "action": action,
                            "headers": headers,
                            "elapsed_us": elapsed_us(started),
                            "phishing": phishing,
                            "verdict": verdict,
                        }),
                    );
                    self.log.write(&line);
                }
                responses
            }
            Err(reason) => {
                // Fail open: the message goes on unchanged.
                extend(
                    &mut line,
                    json!({
                        "action": "fail_open",
                        "reason": reason.as_str(),
                        "elapsed_us": elapsed_us(started),
                    }),
                );
                self.log.write(&line);
                Vec::new()
            }
        }
    }

    /// A connection broke the milter protocol (a truncated or oversized
    /// packet, an unknown command, undecodable data): one log line and one
    /// diagnostic, naming the MTA's end of the connection (`peer`) and the
    /// SMTP client it was speaking for, when known.
    pub(crate) fn protocol_error(&self, peer: &str, client: &str, error: &str) {
        eprintln!("govmail-milter: protocol error from {peer} (client {client:?}): {error}");
        self.log.write(&json!({
            "time": rfc3339_now(),
            "action": "protocol_error",
            "peer": peer,
            "client": client,
            "error": error,
        }));
    }
}

impl Handler for Engine {
    /// The verdict, waited for on this thread (the tests' way; the server
    /// uses [`Engine::begin`] and never blocks).
    #[cfg(test)]
    fn end_of_message(&self, message: Message, abilities: Abilities) -> Vec<Response> {
        use std::sync::mpsc::RecvTimeoutError;
        let (send, receive) = mpsc::sync_channel(1);
        let notify: Notify = Box::new(move |verdict| {
            let _ = send.try_send(verdict);
        });
        match self.begin(message, abilities, Held::default(), notify) {
            Begun::Done(responses) => responses,
            Begun::Pending(pending) => {
                let outcome = match receive.recv_timeout(self.config.time_budget) {
                    Ok(Some(verdict)) => Ok(verdict),
                    Ok(None) | Err(RecvTimeoutError::Disconnected) => Err(FailOpen::Internal),
                    Err(RecvTimeoutError::Timeout) => Err(FailOpen::Timeout),
                };
                self.finish(pending, outcome)
            }
        }
    }

    fn max_message_bytes(&self) -> usize {
        self.config.max_message_bytes
    }

    fn hold(&self, held: &mut Held, bytes: usize) -> bool {
        held.take(&self.buffered, self.config.max_buffered_bytes, bytes)
    }

    fn connection_passed(&self, peer: &str, client: &str) {
        self.log.write(&json!({
            "time": rfc3339_now(),
            "peer": peer,
            "client": client,
            "action": "fail_open",
            "reason": FailOpen::Connections.as_str(),
        }));
    }
}

fn extend(line: &mut Value, more: Value) {
    if let (Value::Object(line), Value::Object(more)) = (line, more) {
        line.extend(more);
    }
}

fn elapsed_us(started: Instant) -> u64 {
    u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX)
}

/// `account; address=…; service=…; category=…; event=…; confidence=…; violation=yes`
pub(crate) fn finding_value(finding: &Finding) -> String {
    let kind = match finding.kind {
        FindingKind::Account => "account",
        FindingKind::SuspectedPhishing => "suspected-phishing",
        FindingKind::Invitation => "invitation",
        FindingKind::Newsletter => "newsletter",
        FindingKind::SentFromListedAddress => "sent-from-listed-address",
        _ => "other",
    };
    let confidence = finding.confidence.as_str();
    // What gave phishing away, and what puts an account at risk, by their
    // tags (never a password: signals hold none); before `violation=`, which
    // stays last.
    let tags: Vec<String> = finding
        .signals
        .iter()
        .filter(|s| finding.kind == FindingKind::SuspectedPhishing || s.puts_account_at_risk())
        .filter_map(|s| serde_json::to_value(s).ok())
        .filter_map(|v| v.get("signal").and_then(Value::as_str).map(str::to_string))
        .collect();
    let tags = match (tags.is_empty(), finding.kind) {
        (true, _) => String::new(),
        (false, FindingKind::SuspectedPhishing) => {
            format!("signals={}; ", header_safe(&tags.join(",")))
        }
        (false, _) => format!("at-risk={}; ", header_safe(&tags.join(","))),
    };
    format!(
        "{kind}; address={}; service={}; category={}; event={}; confidence={}; {tags}violation={}",
        header_safe(&finding.address),
        header_safe(&finding.service.id),
        finding.service.category.as_str(),
        finding.event.as_str(),
        confidence,
        if finding.violation { "yes" } else { "no" },
    )
}

/// `none; status=skipped; reason=personal_mail` and the like.
pub(crate) fn none_value(verdict: &Verdict) -> String {
    match &verdict.outcome {
        Outcome::Inspected => "none; status=inspected".to_string(),
        Outcome::Skipped { reason } => format!("none; status=skipped; reason={}", reason.as_str()),
        Outcome::Failed { reason, .. } => {
            format!("none; status=failed; reason={}", reason.as_str())
        }
    }
}

/// Keeps a value on one header line, its parameters apart.
fn header_safe(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || c == ';' || c.is_whitespace() {
                '_'
            } else {
                c
            }
        })
        .collect()
}

/// Why a message was passed on uninspected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FailOpen {
    /// The verdict took longer than the time budget.
    Timeout,
    /// Every worker is busy and the queue is full.
    Overload,
    /// The worker failed (a bug).
    Internal,
    /// More connections than `--max-connections`: the whole SMTP session
    /// goes uninspected (or, past twice that, is refused and Postfix applies
    /// milter_default_action).
    Connections,
    /// All connections together hold `--max-buffered-mib` of messages.
    Buffers,
}

impl FailOpen {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            FailOpen::Timeout => "timeout",
            FailOpen::Overload => "overload",
            FailOpen::Internal => "internal_error",
            FailOpen::Connections => "too_many_connections",
            FailOpen::Buffers => "buffers_full",
        }
    }
}

struct Job {
    detector: Arc<Detector>,
    raw: Vec<u8>,
    owners: Vec<String>,
    /// The message's bytes stay counted until the verdict is made.
    _held: Held,
}

struct Task {
    job: Job,
    reply: Reply,
}

/// A worker's answer, sent exactly once: with the verdict, or with `None`
/// when the worker failed or the task was dropped unrun.
struct Reply(Option<Notify>);

impl Reply {
    fn send(mut self, verdict: Option<Verdict>) {
        if let Some(notify) = self.0.take() {
            notify(verdict);
        }
    }
}

impl Drop for Reply {
    fn drop(&mut self) {
        if let Some(notify) = self.0.take() {
            notify(None);
        }
    }
}

/// Worker threads that run verdicts; a bounded queue in front of them.
struct Pool {
    queue: SyncSender<Task>,
}

impl Pool {
    fn new(workers: usize, queue_length: usize) -> Pool {
        let (queue, tasks) = mpsc::sync_channel::<Task>(queue_length);
        let tasks = Arc::new(Mutex::new(tasks));
        for index in 0..workers.max(1) {
            let tasks = Arc::clone(&tasks);
            let spawned = thread::Builder::new()
                .name(format!("verdict-{index}"))
                // Deeply nested MIME recurses in the parser: room to spare.
                .stack_size(32 << 20)
                .spawn(move || {
                    loop {
                        let task = {
                            let tasks = tasks.lock().unwrap_or_else(PoisonError::into_inner);
                            tasks.recv()
                        };
                        let Ok(Task { job, reply }) = task else {
                            return;
                        };
                        // A panic is a failed verdict: the message passes.
                        let verdict = catch_unwind(AssertUnwindSafe(|| inspect(&job))).ok();
                        reply.send(verdict);
                    }
                });
            if let Err(error) = spawned {
                eprintln!("govmail-milter: cannot start worker {index}: {error}");
            }
        }
        Pool { queue }
    }

    /// Queues a verdict; `Overload` when the queue is full.
    fn submit(&self, job: Job, notify: Notify) -> Result<(), FailOpen> {
        let task = Task {
            job,
            reply: Reply(Some(notify)),
        };
        match self.queue.try_send(task) {
            Ok(()) => Ok(()),
            // Not queued: the caller answers at once, so the callback is
            // disarmed rather than told.
            Err(TrySendError::Full(mut task)) => {
                task.reply.0 = None;
                Err(FailOpen::Overload)
            }
            Err(TrySendError::Disconnected(mut task)) => {
                task.reply.0 = None;
                Err(FailOpen::Internal)
            }
        }
    }
}

/// The verdict; with envelope recipients, official envelope recipients
/// are credited when the headers name no official address (Bcc, lists).
fn inspect(job: &Job) -> Verdict {
    let detector = &job.detector;
    let owners: Vec<_> = job
        .owners
        .iter()
        .filter_map(|address| detector.owner(address).ok())
        .collect();
    let Some((first, others)) = owners.split_first() else {
        return detector.inspect(&job.raw);
    };
    let mut verdict = detector.inspect_delivered_to(&job.raw, first);
    let credited: Vec<Finding> = verdict
        .findings
        .iter()
        .filter(|f| f.found_in == RecipientSource::Owner)
        .cloned()
        .collect();
    let limit = detector.policy().limits.max_findings_per_message;
    for owner in others {
        let address = owner.address();
        if verdict.findings.iter().any(|f| f.address == address) {
            continue;
        }
        for finding in &credited {
            if verdict.findings.len() < limit {
                verdict.findings.push(Finding {
                    address: address.clone(),
                    ..finding.clone()
                });
            }
        }
    }
    verdict
}

/// The JSON Lines log: a file (reopened on SIGHUP, for logrotate) or
/// standard output. A failing log never holds up mail.
pub(crate) struct Log {
    path: Option<PathBuf>,
    out: Mutex<Box<dyn Write + Send>>,
    failing: AtomicBool,
    lines: AtomicU64,
    /// Every line also goes to syslog for a SIEM, when set (`--syslog`).
    syslog: Option<super::siem::SyslogSink>,
}

impl Log {
    /// `None`: standard output.
    pub(crate) fn open(path: Option<PathBuf>) -> io::Result<Log> {
        let out = Self::target(path.as_ref())?;
        Ok(Log {
            path,
            out: Mutex::new(out),
            failing: AtomicBool::new(false),
            lines: AtomicU64::new(0),
            syslog: None,
        })
    }

    /// Sends every line to syslog too.
    pub(crate) fn with_syslog(mut self, sink: super::siem::SyslogSink) -> Log {
        self.syslog = Some(sink);
        self
    }

    fn target(path: Option<&PathBuf>) -> io::Result<Box<dyn Write + Send>> {
        Ok(match path {
            Some(path) => {
                let file: File = OpenOptions::new().create(true).append(true).open(path)?;
                Box::new(LineWriter::new(file))
            }
            None => Box::new(LineWriter::new(io::stdout())),
        })
    }

    /// Opens the file again (after logrotate moved it).
    pub(crate) fn reopen(&self) -> io::Result<()> {
        let out = Self::target(self.path.as_ref())?;
        let mut current = self.out.lock().unwrap_or_else(PoisonError::into_inner);
        let _ = current.flush();
        *current = out;
        Ok(())
    }

    pub(crate) fn write(&self, line: &Value) {
        if let Some(syslog) = &self.syslog {
            syslog.send(line);
        }
        let mut text = line.to_string();
        text.push('\n');
        let written = {
            let mut out = self.out.lock().unwrap_or_else(PoisonError::into_inner);
            out.write_all(text.as_bytes())
        };
        match written {
            Ok(()) => {
                self.lines.fetch_add(1, Ordering::Relaxed);
                if self.failing.swap(false, Ordering::Relaxed) {
                    eprintln!("govmail-milter: log writable again");
                }
            }
            Err(error) => {
                if !self.failing.swap(true, Ordering::Relaxed) {
                    eprintln!("govmail-milter: cannot write the log: {error}");
                }
            }
        }
    }

    pub(crate) fn flush(&self) {
        let _ = self
            .out
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .flush();
    }

    /// Lines written so far.
    pub(crate) fn lines(&self) -> u64 {
        self.lines.load(Ordering::Relaxed)
    }
}

/// The current time as RFC 3339 UTC with milliseconds.
pub(crate) fn rfc3339_now() -> String {
    humantime::format_rfc3339_millis(SystemTime::now()).to_string()
}

#[cfg(test)]
pub(crate) mod tests {
    use std::sync::atomic::AtomicUsize;

    use super::*;

    fn read(path: &std::path::Path) -> String {
        std::fs::read_to_string(path).unwrap_or_default()
    }

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fixtures/messages")
                .join(name),
        )
        .unwrap()
    }

    pub(crate) fn config() -> Config {
        Config {
            header: HeaderMode::Findings,
            quarantine_phishing: false,
            envelope_recipients: false,
            log_verdicts: LogMode::All,
            time_budget: Duration::from_secs(5),
            max_message_bytes: 10 << 20,
            max_headers: 10,
            max_buffered_bytes: 64 << 20,
        }
    }

    pub(crate) fn temp_log(name: &str) -> PathBuf {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let n = COUNT.fetch_add(1, Ordering::Relaxed);
        std::env::temp_dir().join(format!(
            "govmail-milter-{}-{n}-{name}.jsonl",
            std::process::id()
        ))
    }

    fn engine(config: Config, log: &std::path::Path) -> Engine {
        Engine::new(
            config,
            Detector::with_defaults().unwrap(),
            1,
            Log::open(Some(log.to_path_buf())).unwrap(),
        )
    }

    const ALL: Abilities = Abilities {
        leading_space: true,
        add_headers: true,
        quarantine: true,
    };

    fn message(raw: Vec<u8>) -> Message {
        Message {
            queue_id: Some("4ABC".into()),
            client: "127.0.0.1".into(),
            mail_from: Some("x@example.com".into()),
            recipients: vec!["inbox@stttt.quangngai.gov.vn".into()],
            size: raw.len(),
            raw,
            oversized: false,
            over_budget: false,
        }
    }

    #[test]
    fn signup_mail_gets_the_header_and_a_log_line() {
        let log = temp_log("signup");
        let engine = engine(config(), &log);
        let responses = engine.end_of_message(message(fixture("facebook-verify-vi.eml")), ALL);
        assert_eq!(
            responses,
            vec![Response::AddHeader {
                name: HEADER.into(),
                value: " account; address=an.nguyen@stttt.quangngai.gov.vn; service=facebook; \
                        category=social; event=email_verification; confidence=high; violation=yes"
                    .into()
            }]
        );
        engine.log().flush();
        let line: Value = serde_json::from_str(read(&log).trim()).unwrap();
        assert_eq!(line["action"], "header");
        assert_eq!(line["queue_id"], "4ABC");
        assert_eq!(line["verdict"]["findings"][0]["service"]["id"], "facebook");
        assert_eq!(line["rcpt"][0], "inbox@stttt.quangngai.gov.vn");
        let _ = std::fs::remove_file(log);
    }

    #[test]
    fn ordinary_mail_is_left_alone_unless_all_is_asked() {
        let log = temp_log("ordinary");
        let engine = engine(config(), &log);
        let raw = fixture("internal-congvan-vi.eml");
        assert!(engine.end_of_message(message(raw.clone()), ALL).is_empty());
        let all = Engine::new(
            Config {
                header: HeaderMode::All,
                log_verdicts: LogMode::Findings,
                ..config()
            },
            Detector::with_defaults().unwrap(),
            1,
            Log::open(Some(log.clone())).unwrap(),
        );
        let responses = all.end_of_message(message(raw), ALL);
        assert_eq!(
            responses,
            vec![Response::AddHeader {
                name: HEADER.into(),
                value: " none; status=skipped; reason=government_sender".into()
            }]
        );
        engine.log().flush();
        all.log().flush();
        // The first engine logged its verdict; the second logs findings only.
        assert_eq!(read(&log).lines().count(), 1);
        let _ = std::fs::remove_file(log);
    }

    #[test]
    fn phishing_is_held_only_when_asked() {
        let log = temp_log("phish");
        let raw = fixture("phish-facebook-lookalike-en.eml");
        let plain = engine(config(), &log);
        let responses = plain.end_of_message(message(raw.clone()), ALL);
        assert!(
            !responses
                .iter()
                .any(|r| matches!(r, Response::Quarantine { .. }))
        );
        assert!(matches!(responses.first(),
            Some(Response::AddHeader { value, .. }) if value.starts_with(" suspected-phishing; ")
                && value.contains("; signals=")));
        plain.log().flush();
        let line: Value = serde_json::from_str(read(&log).lines().last().unwrap_or("")).unwrap();
        assert_eq!(line["phishing"][0]["brand"], "facebook");
        let holding = engine(
            Config {
                quarantine_phishing: true,
                ..config()
            },
            &log,
        );
        let responses = holding.end_of_message(message(raw.clone()), ALL);
        assert!(matches!(
            responses.first(),
            Some(Response::Quarantine { .. })
        ));
        // An MTA that did not allow quarantine gets the header only.
        let no_hold = Abilities {
            quarantine: false,
            leading_space: false,
            ..ALL
        };
        let responses = holding.end_of_message(message(raw), no_hold);
        assert!(matches!(responses.as_slice(),
            [Response::AddHeader { value, .. }] if value.starts_with("suspected-phishing; ")));
        let _ = std::fs::remove_file(log);
    }

    /// Bytes of messages held now.
    fn buffered(engine: &Engine) -> usize {
        engine.buffered.load(Ordering::Acquire)
    }

    #[test]
    fn messages_are_held_against_one_budget_until_their_verdict() {
        use super::super::protocol::Command;
        use super::super::session::{Session, Step};
        let log = temp_log("budget");
        let mail = fixture("facebook-verify-vi.eml");
        // Room for one message, not two.
        let engine = engine(
            Config {
                max_buffered_bytes: mail.len() * 3 / 2,
                ..config()
            },
            &log,
        );
        let whole = |session: &mut Session<'_, Engine>| {
            session.handle(Command::Mail(vec!["<a@b.example>".into()]));
            session.handle(Command::EndOfHeaders);
            session.handle(Command::Body(mail.clone()));
            session.handle(Command::EndOfMessage(Vec::new()))
        };
        let mut first = Session::new(&engine, false, true, "mta-1".into());
        let mut second = Session::new(&engine, false, true, "mta-2".into());
        let Step::Inspect(message, abilities, held) = whole(&mut first) else {
            panic!("the first message is inspected");
        };
        assert!(!message.over_budget);
        assert!(buffered(&engine) > mail.len());
        // While the first waits for its verdict, the second does not fit.
        let Step::Inspect(over, over_abilities, over_held) = whole(&mut second) else {
            panic!("the second message still gets an answer");
        };
        assert!(over.over_budget && over.raw.is_empty());
        let (send, receive) = mpsc::sync_channel(1);
        let notify: Notify = Box::new(move |verdict| {
            let _ = send.try_send(verdict);
        });
        let Begun::Pending(pending) = engine.begin(message, abilities, held, notify) else {
            panic!("the first goes to a worker");
        };
        let Begun::Done(passed) = engine.begin(over, over_abilities, over_held, Box::new(|_| {}))
        else {
            panic!("the second passes at once");
        };
        assert!(passed.is_empty());
        let verdict = receive.recv_timeout(Duration::from_secs(10)).unwrap();
        engine.finish(pending, verdict.ok_or(FailOpen::Internal));
        // The worker dropped the job: nothing is held any more.
        for _ in 0..100 {
            if buffered(&engine) == 0 {
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        assert_eq!(buffered(&engine), 0);
        engine.log().flush();
        let text = read(&log);
        assert!(text.contains(r#""reason":"buffers_full""#), "{text}");
        let _ = std::fs::remove_file(log);
    }

    #[test]
    fn fail_open_on_timeout_and_when_too_large() {
        let log = temp_log("failopen");
        let engine = engine(
            Config {
                time_budget: Duration::ZERO,
                ..config()
            },
            &log,
        );
        let responses = engine.end_of_message(message(fixture("facebook-verify-vi.eml")), ALL);
        assert!(responses.is_empty());
        let mut big = message(Vec::new());
        big.oversized = true;
        big.size = 99 << 20;
        assert!(engine.end_of_message(big, ALL).is_empty());
        engine.log().flush();
        let text = read(&log);
        let lines: Vec<Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines[0]["action"], "fail_open");
        assert_eq!(lines[0]["reason"], "timeout");
        assert_eq!(lines[1]["action"], "pass");
        assert_eq!(lines[1]["reason"], "too_large");
        let _ = std::fs::remove_file(log);
    }

    #[test]
    fn envelope_recipients_are_credited_when_headers_name_none() {
        // A login code whose To: is not official, Bcc'd to two official boxes.
        let text = "From: Facebook <security@facebookmail.com>\r\n\
To: friend@example.com\r\n\
Subject: 123456 is your Facebook confirmation code\r\n\
Authentication-Results: mail.quangngai.gov.vn; dkim=pass header.d=facebookmail.com\r\n\
Date: Mon, 6 Jan 2025 08:15:02 +0700\r\n\
\r\n\
Your code is 123456.\r\n";
        let job = |owners: Vec<String>| Job {
            detector: Arc::new(Detector::with_defaults().unwrap()),
            raw: text.as_bytes().to_vec(),
            owners,
            _held: Held::default(),
        };
        assert!(inspect(&job(vec![])).findings.is_empty());
        let verdict = inspect(&job(vec![
            "someone@example.com".into(),
            "a@stttt.quangngai.gov.vn".into(),
            "b@sxd.quangngai.gov.vn".into(),
        ]));
        let addresses: Vec<&str> = verdict
            .findings
            .iter()
            .map(|f| f.address.as_str())
            .collect();
        assert_eq!(
            addresses,
            ["a@stttt.quangngai.gov.vn", "b@sxd.quangngai.gov.vn"]
        );
        assert!(verdict.findings.iter().all(|f| f.service.id == "facebook"));
    }

    #[test]
    fn header_values_stay_on_one_line() {
        assert_eq!(header_safe("a b;c\r\nd"), "a_b_c__d");
    }
}
