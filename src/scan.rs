//! Scanning mailboxes: read every message of files, directories and
//! streams, inspect each, and account for all of them in a report.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use crate::detector::{Detector, Owner};
use crate::mailbox::{self, Format, Item};
use crate::report::{Aggregator, Location, Report};
use crate::verdict::{MessageInfo, SkipReason, Verdict};

/// A scan in progress: add inputs, then [`finish`](Scan::finish) for the
/// report. Made by [`Detector::scan`]. Problems with one input (unreadable
/// file, broken message) are recorded in the report and the scan goes on.
pub struct Scan<'d> {
    detector: &'d Detector,
    owner: Option<Owner>,
    aggregator: Aggregator,
    observer: Option<Box<Observer<'d>>>,
}

/// Called with each message's location and verdict, in reading order.
type Observer<'d> = dyn FnMut(&Location, &Verdict) + 'd;

impl std::fmt::Debug for Scan<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scan")
            .field("owner", &self.owner)
            .field("aggregator", &self.aggregator)
            .finish_non_exhaustive()
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
        }
    }
}

impl<'d> Scan<'d> {
    /// Attributes every message to `owner`: the export is that person's
    /// mailbox, so each message was delivered to them whatever its To: says.
    pub fn with_owner(mut self, owner: Owner) -> Self {
        self.owner = Some(owner);
        self
    }

    /// Calls `observer` with every message's location and verdict as the
    /// scan reads it (to explain verdicts, show progress or stream results).
    pub fn with_observer(mut self, observer: impl FnMut(&Location, &Verdict) + 'd) -> Self {
        self.observer = Some(Box::new(observer));
        self
    }

    /// Reads a file (mbox or single message, told apart by content) or a
    /// directory (every mailbox file below it, in a stable order).
    pub fn add_path(&mut self, path: &Path) {
        if path.is_dir() {
            for entry in mailbox::walk(path) {
                match entry {
                    Ok(file) => self.add_file(&file, false),
                    Err((place, error)) => self.aggregator.file_unreadable(
                        file_location(&place),
                        format!("cannot read directory entry: {error}"),
                    ),
                }
            }
        } else {
            self.add_file(path, true);
        }
    }

    fn add_file(&mut self, path: &Path, named_by_user: bool) {
        let name = path.display().to_string();
        match mailbox::open_file(path) {
            Ok((reader, Some(format))) => self.add_stream(&name, reader, format),
            // A file the user named is read as one message even when its
            // start does not look like mail; a directory's stray files are not.
            Ok((reader, None)) if named_by_user => self.add_stream(&name, reader, Format::Eml),
            Ok((_, None)) => self.aggregator.file_not_mail(name),
            Err(error) => self
                .aggregator
                .file_unreadable(file_location(path), format!("cannot read: {error}")),
        }
    }

    /// Reads a stream (standard input, a socket, a decompressor) named
    /// `name` in the report; its format is told from its first bytes.
    pub fn add_reader(&mut self, name: &str, reader: impl Read) {
        let mut reader = BufReader::new(reader);
        let format = match reader.fill_buf() {
            Ok(head) => mailbox::sniff(head).unwrap_or(Format::Eml),
            Err(error) => {
                let location = Location {
                    file: name.to_string(),
                    index: None,
                    offset: Some(0),
                };
                self.aggregator
                    .file_unreadable(location, format!("cannot read: {error}"));
                return;
            }
        };
        self.add_stream(name, reader, format);
    }

    fn add_stream(&mut self, name: &str, reader: impl Read, format: Format) {
        self.aggregator.file_read();
        let limit = self.detector.policy().limits.max_message_bytes;
        let (detector, owner) = (self.detector, self.owner.as_ref());
        let (aggregator, observer) = (&mut self.aggregator, &mut self.observer);
        mailbox::read_messages(reader, format, limit, |item| match item {
            Item::Message {
                bytes,
                index,
                offset,
                oversized,
            } => {
                let location = Location {
                    file: name.to_string(),
                    index: Some(index),
                    offset: Some(offset),
                };
                let verdict = match oversized {
                    Some(_) => Verdict::skipped(SkipReason::TooLarge, MessageInfo::default()),
                    None => inspect(detector, owner, &bytes),
                };
                if let Some(observe) = observer {
                    observe(&location, &verdict);
                }
                aggregator.add(location, verdict);
            }
            Item::ReadError {
                index,
                offset,
                error,
            } => {
                let location = Location {
                    file: name.to_string(),
                    index: Some(index),
                    offset: Some(offset),
                };
                aggregator.file_unreadable(
                    location,
                    format!("read failed, rest of the file not scanned: {error}"),
                );
            }
        });
    }

    /// Inspects one message read elsewhere, recorded at `location`.
    pub fn add_message(&mut self, raw: &[u8], location: Location) {
        let verdict = inspect(self.detector, self.owner.as_ref(), raw);
        if let Some(observe) = &mut self.observer {
            observe(&location, &verdict);
        }
        self.aggregator.add(location, verdict);
    }

    /// Ends the scan and returns the report.
    pub fn finish(self) -> Report {
        self.aggregator.finish(self.owner.map(|o| o.address()))
    }
}

fn inspect(detector: &Detector, owner: Option<&Owner>, raw: &[u8]) -> Verdict {
    match owner {
        Some(owner) => detector.inspect_delivered_to(raw, owner),
        None => detector.inspect(raw),
    }
}

fn file_location(path: &Path) -> Location {
    Location {
        file: path.display().to_string(),
        index: None,
        offset: None,
    }
}
