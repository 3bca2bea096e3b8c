//! Scanning mailboxes: read every message of files, directories and
//! streams, inspect each, and account for all of them in a report.
//!
//! Messages are inspected on all cores: each block of an mbox is split into
//! messages that are inspected in parallel, and the files of a directory are
//! read in parallel. Verdicts are always aggregated in reading order, so the
//! report is the same whatever the number of threads.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use rayon::prelude::*;

use crate::detector::{Detector, Owner};
use crate::error::{Error, ErrorKind, Result};
use crate::mailbox::{self, Format, FoundFile, Origin, RawMessage, ReadLimits, Sink};
use crate::report::{Aggregator, Location, Report};
use crate::verdict::{MessageInfo, SkipReason, Verdict};

/// What an incremental scan is told about mail already read, and told
/// about every message it reads: a ledger implements it (feature
/// `ledger`). Every method has a default that changes nothing.
pub trait ReadLog: Send + Sync {
    /// True to pass over a whole file (a Maildir message already read).
    /// `file` has the path and the Maildir folder.
    fn skip_file(&self, file: &Location) -> bool {
        let _ = file;
        false
    }

    /// For a plain mbox file: where to resume reading, as the byte offset
    /// of a `From ` line and the number of messages before it, when what
    /// precedes it is unchanged since it was read.
    fn resume_mbox(&self, file: &Path) -> Option<(u64, u64)> {
        let _ = file;
        None
    }

    /// True to pass over one message inside an archive (a Zimbra `.tgz`
    /// member already read), before it is inspected.
    fn skip_message(&self, location: &Location) -> bool {
        let _ = location;
        false
    }

    /// Called with every message read and its verdict, from any of the
    /// scan's threads, in no particular order.
    fn read(&self, location: &Location, verdict: &Verdict) {
        let _ = (location, verdict);
    }
}

/// Called with each message's location and verdict, in reading order.
type Observer<'d> = dyn FnMut(&Location, &Verdict) + Send + 'd;

/// A scan in progress: add inputs, then [`finish`](Scan::finish) for the
/// report. Made by [`Detector::scan`]. Problems with one input (unreadable
/// file, broken archive, unparsable message) are recorded in the report and
/// the scan goes on.
pub struct Scan<'d> {
    detector: &'d Detector,
    owner: Option<Owner>,
    aggregator: Aggregator,
    observer: Option<Box<Observer<'d>>>,
    read_log: Option<Arc<dyn ReadLog + 'd>>,
    pool: Option<rayon::ThreadPool>,
    progress: Progress,
    parallel_mbox_min_bytes: u64,
    /// The inputs added so far, by canonical path (to read each file once).
    inputs: Vec<Input>,
}

/// An input path, as given and as canonical path.
struct Input {
    given: PathBuf,
    canonical: PathBuf,
    is_dir: bool,
}

impl std::fmt::Debug for Scan<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scan")
            .field("owner", &self.owner)
            .field("progress", &self.progress)
            .finish_non_exhaustive()
    }
}

/// Live counters of a scan, readable from another thread (for a progress
/// bar). Cloning gives another handle on the same counters.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    bytes: Arc<AtomicU64>,
    messages: Arc<AtomicU64>,
}

impl Progress {
    /// Bytes read from files and streams so far (compressed size for
    /// compressed inputs).
    pub fn bytes_read(&self) -> u64 {
        self.bytes.load(Ordering::Relaxed)
    }

    /// Messages read so far.
    pub fn messages_read(&self) -> u64 {
        self.messages.load(Ordering::Relaxed)
    }
}

impl Detector {
    /// Starts a scan with this detector.
    pub fn scan(&self) -> Scan<'_> {
        Scan {
            detector: self,
            owner: None,
            aggregator: Aggregator::default(),
            observer: None,
            read_log: None,
            pool: None,
            progress: Progress::default(),
            parallel_mbox_min_bytes: PARALLEL_MBOX_MIN_BYTES,
            inputs: Vec::new(),
        }
    }
}

impl<'d> Scan<'d> {
    /// Attributes mail to `owner`: the export is that person's mailbox, so a
    /// message that names no official recipient (mail to a list, Bcc, a
    /// personal To) was delivered to them.
    pub fn with_owner(mut self, owner: Owner) -> Self {
        self.owner = Some(owner);
        self
    }

    /// Calls `observer` with every message's location and verdict, in
    /// reading order (to explain verdicts or stream results). Files are then
    /// read one after the other; messages are still inspected in parallel.
    pub fn with_observer(mut self, observer: impl FnMut(&Location, &Verdict) + Send + 'd) -> Self {
        self.observer = Some(Box::new(observer));
        self
    }

    /// Makes the scan incremental: `log` says which mail an earlier scan
    /// read (passed over and counted as
    /// [`already_read`](crate::report::Summary::already_read)) and hears of
    /// every message read.
    pub fn with_read_log(mut self, log: Arc<dyn ReadLog + 'd>) -> Self {
        self.read_log = Some(log);
        self
    }

    /// Uses `threads` threads (default: one per core), at most four per
    /// core and at least one ([`threads`](Scan::threads) tells): more only adds
    /// memory (each reading thread holds a block and up to one message).
    /// The report does not depend on it.
    pub fn with_threads(mut self, threads: usize) -> Result<Self> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(capped_threads(threads))
            .build()
            .map_err(|e| Error::new(ErrorKind::Internal, "cannot start threads").with_source(e))?;
        self.pool = Some(pool);
        Ok(self)
    }

    /// Reads mbox files of at least `bytes` as several ranges in parallel
    /// (default 64 MiB). For tests of the range splitting.
    #[doc(hidden)]
    pub fn with_parallel_mbox_min_bytes(mut self, bytes: u64) -> Self {
        self.parallel_mbox_min_bytes = bytes;
        self
    }

    /// A handle on the scan's live counters.
    pub fn progress(&self) -> Progress {
        self.progress.clone()
    }

    /// Reads a file (mbox, single message, Zimbra `.tgz`, Takeout `.zip`,
    /// gzip or zstd compressed, told apart by content) or a directory (every
    /// mailbox file below it, Maildir folders included, in a stable order).
    ///
    /// Each file is read once: a path given again, or one inside a folder
    /// already given (or a folder holding a file already given), is not
    /// read again and is listed among the report's problems.
    pub fn add_path(&mut self, path: &Path) {
        let Some(excluded) = self.register_input(path) else {
            return;
        };
        if !path.is_dir() {
            let file = FoundFile {
                path: path.to_path_buf(),
                folder: None,
                companion: false,
            };
            let mut worker = self.worker();
            worker.read_file(&file, true);
            return;
        }
        // Earlier inputs inside this folder are passed over by the walk,
        // each said once.
        let mut excluded = excluded;
        let mut walk = mailbox::walk(path).filter_map(|entry| {
            let file = match entry {
                Ok(file) => file,
                Err((place, error)) => return Some(Walked::Unreadable(place, error)),
            };
            match excluded.iter_mut().find(|e| file.path.starts_with(&e.path)) {
                None => Some(Walked::File(file)),
                Some(earlier) if earlier.said => None,
                Some(earlier) => {
                    earlier.said = true;
                    Some(Walked::Duplicate(
                        earlier.path.clone(),
                        earlier.input.clone(),
                    ))
                }
            }
        });
        if self.observer.is_some() {
            for entry in walk {
                if let Some(file) = self.walked(entry) {
                    self.worker().read_file(&file, false);
                }
            }
            return;
        }
        // Files in parallel, a bounded batch at a time (memory does not grow
        // with the number of files), each into its own aggregator, merged in
        // reading order.
        let batch_files = self.threads() * FILES_PER_THREAD_IN_FLIGHT;
        let mut batch = Vec::with_capacity(batch_files);
        loop {
            batch.clear();
            for entry in walk.by_ref() {
                batch.extend(self.walked(entry));
                if batch.len() == batch_files {
                    break;
                }
            }
            if batch.is_empty() {
                return;
            }
            let shared = self.shared();
            let partial: Vec<Aggregator> = shared.in_pool(|| {
                batch
                    .par_iter()
                    .map(|file| {
                        let mut aggregator = Aggregator::default();
                        shared.worker(&mut aggregator).read_file(file, false);
                        aggregator
                    })
                    .collect()
            });
            for aggregator in partial {
                self.aggregator.merge(aggregator);
            }
        }
    }

    /// Records `path` as an input. `None` when an earlier input covers it
    /// (said in the report); otherwise the earlier inputs inside it, as
    /// paths under `path`, with the name of the input they came from.
    fn register_input(&mut self, path: &Path) -> Option<Vec<EarlierInput>> {
        let Ok(canonical) = path.canonicalize() else {
            // Unreadable: the reader says so.
            return Some(Vec::new());
        };
        let covering = self.inputs.iter().find(|i| {
            i.canonical == canonical || (i.is_dir && canonical.starts_with(&i.canonical))
        });
        if let Some(earlier) = covering {
            let earlier = earlier.given.display().to_string();
            self.aggregator.duplicate(
                Origin::file(path.display().to_string()).at(None, None),
                &earlier,
            );
            return None;
        }
        let is_dir = canonical.is_dir();
        let inside = self
            .inputs
            .iter()
            .filter_map(|i| {
                let relative = i.canonical.strip_prefix(&canonical).ok()?;
                Some(EarlierInput {
                    path: path.join(relative),
                    input: i.given.display().to_string(),
                    said: false,
                })
            })
            .collect();
        self.inputs.push(Input {
            given: path.to_path_buf(),
            canonical,
            is_dir,
        });
        Some(inside)
    }

    /// Records what the walk met; the file to read, if it is one.
    fn walked(&mut self, entry: Walked) -> Option<FoundFile> {
        match entry {
            Walked::File(file) => return Some(file),
            Walked::Unreadable(place, error) => self.aggregator.unreadable(
                Origin::file(place.display().to_string()).at(None, None),
                format!("cannot read directory entry: {error}"),
            ),
            Walked::Duplicate(place, earlier) => self.aggregator.duplicate(
                Origin::file(place.display().to_string()).at(None, None),
                &earlier,
            ),
        }
        None
    }

    /// The threads this scan reads and inspects with.
    pub fn threads(&self) -> usize {
        self.pool.as_ref().map_or_else(
            rayon::current_num_threads,
            rayon::ThreadPool::current_num_threads,
        )
    }

    /// Reads a stream (standard input, a socket, a decompressor) named
    /// `name` in the report; its format is told from its first bytes.
    pub fn add_reader(&mut self, name: &str, reader: impl Read) {
        let origin = Origin::file(name.to_string());
        let mut worker = self.worker();
        worker.input_opened();
        let counted = CountingReader {
            inner: reader,
            counter: &worker.shared.progress.bytes,
        };
        let limits = worker.limits();
        mailbox::read_input(&origin, counted, Some(Format::Eml), limits, &mut worker);
    }

    /// Inspects one message read elsewhere, recorded at `location`.
    pub fn add_message(&mut self, raw: &[u8], location: Location) {
        let mut worker = self.worker();
        worker.messages(vec![RawMessage {
            bytes: raw.into(),
            location,
            oversized: None,
        }]);
    }

    /// Messages fetched from a mail server, inspected in parallel and
    /// recorded in order.
    #[cfg(feature = "imap")]
    pub(crate) fn add_fetched(&mut self, batch: Vec<RawMessage<'static>>) {
        let bytes: usize = batch.iter().map(|m| m.bytes.len()).sum();
        self.progress
            .bytes
            .fetch_add(bytes as u64, Ordering::Relaxed);
        self.worker().messages(batch);
    }

    /// A mail-server folder was read (counted as a file).
    #[cfg(feature = "imap")]
    pub(crate) fn add_folder_read(&mut self) {
        self.aggregator.file_read();
    }

    /// An input (a mail-server account) could not be read.
    #[cfg(feature = "imap")]
    pub(crate) fn add_unreadable(&mut self, location: Location, error: String) {
        self.aggregator.unreadable(location, error);
    }

    /// The policy's limit on one message's size.
    #[cfg(feature = "imap")]
    pub(crate) fn max_message_bytes(&self) -> usize {
        self.detector.policy().limits.max_message_bytes
    }

    /// Ends the scan and returns the report.
    pub fn finish(self) -> Report {
        let mut report = self.aggregator.finish(self.owner.map(|o| o.address()));
        let approvals = &self.detector.policy().approvals;
        if !approvals.is_empty() {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
            report.apply_approvals(approvals, now);
        }
        report
    }

    fn shared(&self) -> Shared<'_, 'd> {
        Shared {
            detector: self.detector,
            owner: self.owner.as_ref(),
            progress: &self.progress,
            pool: self.pool.as_ref(),
            parallel_mbox_min_bytes: self.parallel_mbox_min_bytes,
            read_log: self.read_log.as_deref(),
        }
    }

    fn worker(&mut self) -> Worker<'_, 'd> {
        let shared = Shared {
            detector: self.detector,
            owner: self.owner.as_ref(),
            progress: &self.progress,
            pool: self.pool.as_ref(),
            parallel_mbox_min_bytes: self.parallel_mbox_min_bytes,
            read_log: self.read_log.as_deref(),
        };
        Worker {
            shared,
            aggregator: &mut self.aggregator,
            observer: self.observer.as_deref_mut(),
        }
    }
}

/// An earlier input inside a folder being added.
struct EarlierInput {
    /// Its path under the folder, as the walk spells it.
    path: PathBuf,
    /// The input as given.
    input: String,
    /// True once the report says it was passed over.
    said: bool,
}

/// What the walk of a folder input meets.
enum Walked {
    File(FoundFile),
    Unreadable(PathBuf, std::io::Error),
    /// An earlier input inside the folder (named by the second field).
    Duplicate(PathBuf, String),
}

/// The most threads [`Scan::with_threads`] starts per core.
const MAX_THREADS_PER_CORE: usize = 4;

/// `threads` within 1 ..= [`MAX_THREADS_PER_CORE`] × cores.
fn capped_threads(threads: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    threads.clamp(1, cores.saturating_mul(MAX_THREADS_PER_CORE))
}

/// The total size of the files a scan of `paths` would read (for a
/// progress bar). Unreadable entries count as zero.
pub fn input_size(paths: &[PathBuf]) -> u64 {
    paths
        .iter()
        .map(|path| {
            if path.is_dir() {
                mailbox::walk(path)
                    .flatten()
                    .filter_map(|f| std::fs::metadata(&f.path).ok())
                    .map(|m| m.len())
                    .sum()
            } else {
                std::fs::metadata(path).map_or(0, |m| m.len())
            }
        })
        .sum()
}

/// What every reader of one scan shares.
#[derive(Clone, Copy)]
struct Shared<'a, 'd> {
    detector: &'d Detector,
    owner: Option<&'a Owner>,
    progress: &'a Progress,
    /// The scan's own thread pool, if it has one (else rayon's global one).
    pool: Option<&'a rayon::ThreadPool>,
    parallel_mbox_min_bytes: u64,
    read_log: Option<&'a (dyn ReadLog + 'd)>,
}

impl<'a, 'd> Shared<'a, 'd> {
    /// A reader into its own aggregator, for work done in parallel.
    fn worker<'w>(self, aggregator: &'w mut Aggregator) -> Worker<'w, 'd>
    where
        'a: 'w,
    {
        Worker {
            shared: self,
            aggregator,
            observer: None,
        }
    }

    /// Runs `work` on the scan's thread pool.
    fn in_pool<T: Send>(self, work: impl FnOnce() -> T + Send) -> T {
        match self.pool {
            Some(pool) => pool.install(work),
            None => work(),
        }
    }
}

/// Reads inputs into one aggregator; inspects each batch in parallel.
struct Worker<'a, 'd> {
    shared: Shared<'a, 'd>,
    aggregator: &'a mut Aggregator,
    observer: Option<&'a mut Observer<'d>>,
}

impl Worker<'_, '_> {
    fn limits(&self) -> ReadLimits {
        ReadLimits {
            max_message_bytes: self.shared.detector.policy().limits.max_message_bytes,
        }
    }

    fn read_file(&mut self, file: &FoundFile, named_by_user: bool) {
        let name = file.path.display().to_string();
        let origin = Origin {
            file: name,
            member: None,
            folder: file.folder.clone(),
        };
        if file.companion {
            self.aggregator.not_mail(origin.at(None, None), false);
            return;
        }
        if let Some(log) = self.shared.read_log {
            if log.skip_file(&origin.at(None, None)) {
                self.aggregator.already_read(1);
                return;
            }
            if let Some((offset, before)) = log.resume_mbox(&file.path) {
                if self.resume_mbox(file, &origin, offset, before) {
                    return;
                }
            }
        }
        // A read log hears of each message with its final number, which
        // ranges read in parallel only know once all are read.
        if self.observer.is_none()
            && self.shared.read_log.is_none()
            && self.read_mbox_in_parallel(file, &origin)
        {
            return;
        }
        match mailbox::open_file(&file.path) {
            Ok(reader) => {
                self.input_opened();
                let counted = CountingReader {
                    inner: reader,
                    counter: &self.shared.progress.bytes,
                };
                // A file the user named is read as one message even when its
                // start does not look like mail; a directory's stray files
                // are listed as not mail.
                let fallback = named_by_user.then_some(Format::Eml);
                let limits = self.limits();
                mailbox::read_seekable_input(&origin, counted, fallback, limits, self);
            }
            Err(error) => self
                .aggregator
                .unreadable(origin.at(None, None), format!("cannot read: {error}")),
        }
    }
}

impl Worker<'_, '_> {
    /// Reads a plain mbox from `offset` on, where message number
    /// `before + 1` starts. Returns false (nothing read) when the file is
    /// not a plain mbox or cannot be opened there.
    fn resume_mbox(&mut self, file: &FoundFile, origin: &Origin, offset: u64, before: u64) -> bool {
        use std::io::Seek;
        let Ok(mut handle) = mailbox::open_file(&file.path) else {
            return false;
        };
        let mut head = [0u8; 512];
        let head_len = handle.read(&mut head).unwrap_or(0);
        if mailbox::sniff(head.get(..head_len).unwrap_or_default()) != Some(Format::Mbox)
            || handle.seek(std::io::SeekFrom::Start(offset)).is_err()
        {
            return false;
        }
        self.input_opened();
        self.aggregator.already_read(before);
        let counted = CountingReader {
            inner: handle,
            counter: &self.shared.progress.bytes,
        };
        let limits = self.limits();
        let mut numbered = Renumbered {
            inner: self,
            by: before,
        };
        mailbox::read_mbox_range(origin, counted, offset, limits, &mut numbered);
        true
    }

    /// Reads one large plain mbox as byte ranges that start at separators,
    /// one per thread, and merges their results in file order. Returns
    /// false (nothing read) when the file is not such an mbox.
    fn read_mbox_in_parallel(&mut self, file: &FoundFile, origin: &Origin) -> bool {
        let threads = self
            .shared
            .pool
            .map_or_else(rayon::current_num_threads, |p| p.current_num_threads());
        let size = std::fs::metadata(&file.path).map_or(0, |m| m.len());
        if threads < 2 || size < self.shared.parallel_mbox_min_bytes {
            return false;
        }
        let Ok(mut handle) = mailbox::open_file(&file.path) else {
            return false;
        };
        let mut head = [0u8; 512];
        let head_len = handle.read(&mut head).unwrap_or(0);
        if mailbox::sniff(head.get(..head_len).unwrap_or_default()) != Some(Format::Mbox) {
            return false;
        }
        // Range starts: the first separator after each equal share.
        let ranges = threads as u64 * 2;
        let mut starts = vec![0u64];
        for i in 1..ranges {
            let target = size * i / ranges;
            if let Ok(Some(start)) = mailbox::next_separator(&mut handle, target, size / ranges) {
                if start > starts.last().copied().unwrap_or(0) {
                    starts.push(start);
                }
            }
        }
        starts.push(size);
        let shared = self.shared;
        let limits = self.limits();
        let read_range = |range: &[u64]| {
            let (start, end) = (
                range.first().copied().unwrap_or(0),
                range.get(1).copied().unwrap_or(0),
            );
            let mut aggregator = Aggregator::default();
            let mut worker = shared.worker(&mut aggregator);
            match mailbox::open_file(&file.path).and_then(|mut f| {
                use std::io::Seek;
                f.seek(std::io::SeekFrom::Start(start)).map(|_| f)
            }) {
                Ok(f) => {
                    let counted = CountingReader {
                        inner: f.take(end - start),
                        counter: &shared.progress.bytes,
                    };
                    mailbox::read_mbox_range(origin, counted, start, limits, &mut worker);
                }
                Err(error) => worker.problem(
                    origin.at(None, Some(start)),
                    format!("cannot read: {error}"),
                ),
            }
            aggregator
        };
        let windows: Vec<&[u64]> = starts.windows(2).collect();
        let parts: Vec<Aggregator> =
            shared.in_pool(|| windows.par_iter().map(|w| read_range(w)).collect());
        self.input_opened();
        let mut before = 0;
        for mut part in parts {
            let count = part.messages();
            part.shift_message_numbers(before);
            before += count;
            self.aggregator.merge(part);
        }
        true
    }
}

/// Files of a directory handed to each thread per batch: enough to keep
/// the threads busy, few enough that batches cost little memory.
const FILES_PER_THREAD_IN_FLIGHT: usize = 256;

/// Files at least this large are read by several threads at once.
const PARALLEL_MBOX_MIN_BYTES: u64 = 64 * 1024 * 1024;

impl Sink for Worker<'_, '_> {
    fn messages(&mut self, mut batch: Vec<RawMessage<'_>>) {
        let Shared {
            detector,
            owner,
            read_log,
            ..
        } = self.shared;
        if let Some(log) = read_log {
            let before = batch.len();
            batch.retain(|m| m.location.member.is_none() || !log.skip_message(&m.location));
            self.aggregator.already_read((before - batch.len()) as u64);
        }
        let inspect = |message: &RawMessage<'_>| match message.oversized {
            Some(_) => Verdict::skipped(SkipReason::TooLarge, MessageInfo::default()),
            None => match owner {
                Some(owner) => detector.inspect_delivered_to(&message.bytes, owner),
                None => detector.inspect(&message.bytes),
            },
        };
        let verdicts: Vec<Verdict> = if batch.len() < 2 {
            batch.iter().map(inspect).collect()
        } else {
            self.shared
                .in_pool(|| batch.par_iter().map(inspect).collect())
        };
        self.shared
            .progress
            .messages
            .fetch_add(batch.len() as u64, Ordering::Relaxed);
        for (message, verdict) in batch.into_iter().zip(verdicts) {
            if let Some(log) = read_log {
                log.read(&message.location, &verdict);
            }
            if let Some(observe) = self.observer.as_mut() {
                observe(&message.location, &verdict);
            }
            self.aggregator.add(message.location, verdict);
        }
    }

    fn problem(&mut self, location: Location, error: String) {
        self.aggregator.unreadable(location, error);
    }

    fn not_mail(&mut self, location: Location, listed: bool) {
        self.aggregator.not_mail(location, listed);
    }

    fn input_opened(&mut self) {
        self.aggregator.file_read();
    }
}

/// Passes what a reader finds on with message numbers raised by `by` (an
/// mbox read from where an earlier scan stopped).
struct Renumbered<'w, 'a, 'd> {
    inner: &'w mut Worker<'a, 'd>,
    by: u64,
}

impl Renumbered<'_, '_, '_> {
    fn shift(&self, mut location: Location) -> Location {
        if let Some(index) = location.index.as_mut() {
            *index += self.by;
        }
        location
    }
}

impl Sink for Renumbered<'_, '_, '_> {
    fn messages(&mut self, batch: Vec<RawMessage<'_>>) {
        let batch = batch
            .into_iter()
            .map(|m| RawMessage {
                location: self.shift(m.location),
                ..m
            })
            .collect();
        self.inner.messages(batch);
    }

    fn problem(&mut self, location: Location, error: String) {
        let location = self.shift(location);
        self.inner.problem(location, error);
    }

    fn not_mail(&mut self, location: Location, listed: bool) {
        let location = self.shift(location);
        self.inner.not_mail(location, listed);
    }

    fn input_opened(&mut self) {
        self.inner.input_opened();
    }
}

impl<R: std::io::Seek> std::io::Seek for CountingReader<'_, R> {
    fn seek(&mut self, position: std::io::SeekFrom) -> std::io::Result<u64> {
        self.inner.seek(position)
    }
}

/// Counts the bytes read through it into a shared counter.
struct CountingReader<'c, R> {
    inner: R,
    counter: &'c AtomicU64,
}

impl<R: Read> Read for CountingReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}
