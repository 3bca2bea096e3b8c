//! Findings of a mail gateway on their way to the ledger, off the
//! verdict's hot path: [`Spool::submit`] never blocks and never fails;
//! a writer thread appends each verdict with findings to a bounded file
//! on disk, then writes the file's verdicts to the ledger and empties it.
//! While the database is down they wait in the file (up to its bound) and
//! are written when it is back; [`SpoolEvent`]s say so.

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, TrySendError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::Ledger;
use crate::error::{Error, ErrorKind, Result};
use crate::report::Location;
use crate::verdict::Verdict;

/// Where and how a [`Spool`] writes.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct SpoolConfig {
    /// The ledger ([`Ledger::open`]'s target).
    pub ledger: String,
    /// This gateway's site name.
    pub site: String,
    /// The folder of the spool file (`pending.jsonl`), created if missing.
    pub dir: PathBuf,
    /// The most bytes the spool file may hold; verdicts beyond are dropped
    /// and counted ([`SpoolEvent::Full`]). Default 64 MiB.
    pub max_bytes: u64,
    /// How long to wait before trying a database that was down. Default 5 s.
    pub retry: Duration,
}

impl SpoolConfig {
    /// A spool in `dir` for the ledger at `ledger`.
    pub fn new(ledger: impl Into<String>, dir: impl Into<PathBuf>) -> SpoolConfig {
        SpoolConfig {
            ledger: ledger.into(),
            site: "gateway".to_string(),
            dir: dir.into(),
            max_bytes: 64 << 20,
            retry: Duration::from_secs(5),
        }
    }

    /// The same, for site `site`.
    pub fn site(mut self, site: impl Into<String>) -> SpoolConfig {
        self.site = site.into();
        self
    }

    /// The same, with at most `bytes` in the spool file.
    pub fn max_bytes(mut self, bytes: u64) -> SpoolConfig {
        self.max_bytes = bytes;
        self
    }

    /// The same, retrying a database that was down after `retry`.
    pub fn retry(mut self, retry: Duration) -> SpoolConfig {
        self.retry = retry;
        self
    }
}

/// What the spool's writer thread reports (for the gateway's log).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SpoolEvent {
    /// The ledger cannot be written; verdicts wait in the spool.
    LedgerDown {
        /// Why.
        error: String,
        /// Verdicts waiting in the spool.
        pending: u64,
    },
    /// The ledger is written again (after being down).
    LedgerBack {
        /// Verdicts written from the spool.
        written: u64,
    },
    /// The spool file is full: a verdict was dropped (the mail itself
    /// passed). Reported for the first drop and then every hundredth.
    Full {
        /// Verdicts dropped so far.
        dropped: u64,
    },
    /// The spool file could not be written or read.
    SpoolError {
        /// Why.
        error: String,
    },
}

/// Counters shared with the writer thread.
#[derive(Debug, Default)]
struct Counters {
    submitted: AtomicU64,
    written: AtomicU64,
    dropped: AtomicU64,
    pending: AtomicU64,
}

enum Job {
    Verdict(Box<(Location, Verdict)>),
    Flush(SyncSender<()>),
}

/// A gateway's spool to the ledger. Dropping it stops the writer thread
/// after a last attempt to write what waits (what cannot be written stays
/// in the file for the next start).
pub struct Spool {
    sender: Option<SyncSender<Job>>,
    counters: Arc<Counters>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for Spool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Spool")
            .field("counters", &self.counters)
            .finish_non_exhaustive()
    }
}

/// Verdicts queued in memory between the gateway and the writer thread.
const QUEUE: usize = 4096;

impl Spool {
    /// Starts the writer thread. The database need not be up; the spool
    /// folder must be writable. `on_event` hears of the database going down
    /// and coming back, and of a full spool.
    pub fn start(
        config: SpoolConfig,
        on_event: impl Fn(SpoolEvent) + Send + 'static,
    ) -> Result<Spool> {
        std::fs::create_dir_all(&config.dir).map_err(|e| {
            Error::new(
                ErrorKind::Io,
                format!(
                    "{}: cannot create the spool folder: {e}",
                    config.dir.display()
                ),
            )
            .with_source(e)
        })?;
        let (sender, receiver) = std::sync::mpsc::sync_channel(QUEUE);
        let counters = Arc::new(Counters::default());
        let writer = Writer {
            path: config.dir.join("pending.jsonl"),
            counters: counters.clone(),
            on_event: Box::new(on_event),
            ledger: None,
            down_since: None,
            config,
        };
        let thread = std::thread::Builder::new()
            .name("govmail-ledger-spool".to_string())
            .spawn(move || writer.run(receiver))
            .map_err(|e| {
                Error::new(ErrorKind::Internal, "cannot start the spool thread").with_source(e)
            })?;
        Ok(Spool {
            sender: Some(sender),
            counters,
            thread: Some(thread),
        })
    }

    /// Hands a verdict over (only verdicts with findings are kept). Never
    /// blocks: when the in-memory queue is full the verdict is dropped and
    /// counted. Returns false then.
    pub fn submit(&self, location: Location, verdict: &Verdict) -> bool {
        if verdict.findings.is_empty() {
            return true;
        }
        let Some(sender) = &self.sender else {
            return false;
        };
        self.counters.submitted.fetch_add(1, Ordering::Relaxed);
        match sender.try_send(Job::Verdict(Box::new((location, verdict.clone())))) {
            Ok(()) => true,
            Err(TrySendError::Full(_) | TrySendError::Disconnected(_)) => {
                self.counters.dropped.fetch_add(1, Ordering::Relaxed);
                false
            }
        }
    }

    /// Waits up to `timeout` until everything submitted is in the spool
    /// file and an attempt to write it to the ledger was made; returns the
    /// verdicts still waiting in the spool.
    pub fn flush(&self, timeout: Duration) -> u64 {
        if let Some(sender) = &self.sender {
            let (done, wait) = std::sync::mpsc::sync_channel(1);
            if sender.send(Job::Flush(done)).is_ok() {
                let _ = wait.recv_timeout(timeout);
            }
        }
        self.pending()
    }

    /// Verdicts waiting in the spool file.
    pub fn pending(&self) -> u64 {
        self.counters.pending.load(Ordering::Relaxed)
    }

    /// Verdicts written to the ledger since the start.
    pub fn written(&self) -> u64 {
        self.counters.written.load(Ordering::Relaxed)
    }

    /// Verdicts dropped (queue or spool full) since the start.
    pub fn dropped(&self) -> u64 {
        self.counters.dropped.load(Ordering::Relaxed)
    }
}

impl Drop for Spool {
    fn drop(&mut self) {
        self.sender = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

struct Writer {
    config: SpoolConfig,
    path: PathBuf,
    counters: Arc<Counters>,
    on_event: Box<dyn Fn(SpoolEvent) + Send>,
    ledger: Option<Ledger>,
    /// When the ledger was last found down (to wait before retrying).
    down_since: Option<Instant>,
}

impl Writer {
    fn run(mut self, receiver: Receiver<Job>) {
        // What an earlier run left waits first.
        let pending = self.read_spool().map_or(0, |v| v.len() as u64);
        self.counters.pending.store(pending, Ordering::Relaxed);
        loop {
            let wait = if self.counters.pending.load(Ordering::Relaxed) > 0 {
                Duration::from_millis(200)
            } else {
                Duration::from_secs(3600)
            };
            match receiver.recv_timeout(wait) {
                Ok(Job::Verdict(entry)) => {
                    self.append(&entry);
                    // Take whatever else is queued before writing.
                    while let Ok(job) = receiver.try_recv() {
                        match job {
                            Job::Verdict(entry) => self.append(&entry),
                            Job::Flush(done) => {
                                self.drain(true);
                                let _ = done.send(());
                            }
                        }
                    }
                    self.drain(false);
                }
                Ok(Job::Flush(done)) => {
                    self.drain(true);
                    let _ = done.send(());
                }
                Err(RecvTimeoutError::Timeout) => self.drain(false),
                Err(RecvTimeoutError::Disconnected) => {
                    self.drain(true);
                    return;
                }
            }
        }
    }

    fn append(&mut self, entry: &(Location, Verdict)) {
        let mut line = match serde_json::to_vec(entry) {
            Ok(line) => line,
            Err(e) => {
                (self.on_event)(SpoolEvent::SpoolError {
                    error: e.to_string(),
                });
                return;
            }
        };
        line.push(b'\n');
        let size = std::fs::metadata(&self.path).map_or(0, |m| m.len());
        if size + line.len() as u64 > self.config.max_bytes {
            let dropped = self.counters.dropped.fetch_add(1, Ordering::Relaxed) + 1;
            if dropped == 1 || dropped % 100 == 0 {
                (self.on_event)(SpoolEvent::Full { dropped });
            }
            return;
        }
        let written = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .and_then(|mut f| f.write_all(&line));
        match written {
            Ok(()) => {
                self.counters.pending.fetch_add(1, Ordering::Relaxed);
            }
            Err(e) => {
                self.counters.dropped.fetch_add(1, Ordering::Relaxed);
                (self.on_event)(SpoolEvent::SpoolError {
                    error: format!("{}: {e}", self.path.display()),
                });
            }
        }
    }

    fn read_spool(&self) -> Option<Vec<(Location, Verdict)>> {
        let file = std::fs::File::open(&self.path).ok()?;
        let mut entries = Vec::new();
        for (number, line) in std::io::BufReader::new(file).lines().enumerate() {
            let Ok(line) = line else { break };
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str(&line) {
                Ok(entry) => entries.push(entry),
                // A line cut by a crash: said, and passed over.
                Err(e) => (self.on_event)(SpoolEvent::SpoolError {
                    error: format!("{}: line {}: {e}", self.path.display(), number + 1),
                }),
            }
        }
        Some(entries)
    }

    /// Writes the spool to the ledger and empties it; when the ledger is
    /// down, keeps it (and tries again after `retry`, or now if `now`).
    fn drain(&mut self, now: bool) {
        if self.counters.pending.load(Ordering::Relaxed) == 0 {
            return;
        }
        if !now
            && self
                .down_since
                .is_some_and(|at| at.elapsed() < self.config.retry)
        {
            return;
        }
        let Some(entries) = self.read_spool() else {
            self.counters.pending.store(0, Ordering::Relaxed);
            return;
        };
        let count = entries.len() as u64;
        let result = match self.ledger.take() {
            Some(ledger) => Ok(ledger),
            None => {
                Ledger::open(&self.config.ledger).map(|l| l.with_site(self.config.site.clone()))
            }
        }
        .and_then(|mut ledger| {
            let by = format!("milter {}", self.config.site);
            ledger.record_verdicts(&by, entries).map(|_| ledger)
        });
        match result {
            Ok(ledger) => {
                self.ledger = Some(ledger);
                // Verdicts recorded twice (a crash before this) are one
                // finding: the evidence key makes it so.
                if let Err(e) = std::fs::remove_file(&self.path) {
                    (self.on_event)(SpoolEvent::SpoolError {
                        error: format!("{}: {e}", self.path.display()),
                    });
                }
                self.counters.pending.store(0, Ordering::Relaxed);
                self.counters.written.fetch_add(count, Ordering::Relaxed);
                if self.down_since.take().is_some() {
                    (self.on_event)(SpoolEvent::LedgerBack { written: count });
                }
            }
            Err(error) => {
                if self.down_since.is_none() {
                    (self.on_event)(SpoolEvent::LedgerDown {
                        error: error.to_string(),
                        pending: count,
                    });
                }
                self.down_since = Some(Instant::now());
            }
        }
    }
}
