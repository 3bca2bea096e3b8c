//! The mail a site has read, for incremental scans: Maildir messages and
//! archive members by name, plain mbox files by the offset of the last
//! message read and hashes of what precedes it.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::Mutex;

use sha2::{Digest, Sha256};

use super::FindingRow;
use crate::report::Location;
use crate::scan::ReadLog;
use crate::verdict::Verdict;

/// Where a plain mbox was read to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MboxMark {
    /// The offset of the last message read (read again next time, so a
    /// message still being appended is never cut).
    pub(crate) offset: u64,
    /// Its number in the file.
    pub(crate) index: u64,
    /// [`prefix_hash`] of the bytes before `offset`.
    pub(crate) hash: String,
}

/// Bytes hashed per sample of an mbox prefix.
const SAMPLE: u64 = 64 * 1024;
/// Samples spread over a prefix, besides its first and last bytes.
const SAMPLES: u64 = 14;

/// A hash of `file`'s first `length` bytes, from samples: the first and
/// last 64 KiB and fourteen blocks spread between, with the length. A
/// mail client that rewrites an mbox (deleting or changing a message)
/// shifts every byte after the change, so the samples after it differ;
/// reading every byte of a large mailbox again would cost what the
/// incremental scan saves.
pub(crate) fn prefix_hash(file: &Path, length: u64) -> std::io::Result<String> {
    let mut handle = std::fs::File::open(file)?;
    if handle.metadata()?.len() < length {
        return Err(std::io::Error::new(
            std::io::ErrorKind::UnexpectedEof,
            "file shorter than recorded",
        ));
    }
    let mut hash = Sha256::new();
    hash.update(length.to_le_bytes());
    let mut starts: Vec<u64> = (0..=SAMPLES + 1)
        .map(|i| (length.saturating_sub(SAMPLE)) * i / (SAMPLES + 1))
        .collect();
    starts.dedup();
    let mut buffer = Vec::with_capacity(SAMPLE as usize);
    let mut covered = 0;
    for start in starts {
        let start = start.max(covered);
        let end = (start + SAMPLE).min(length);
        if end <= start {
            continue;
        }
        handle.seek(SeekFrom::Start(start))?;
        buffer.clear();
        (&mut handle).take(end - start).read_to_end(&mut buffer)?;
        hash.update(&buffer);
        covered = end;
    }
    Ok(super::hex(&hash.finalize()))
}

/// What to remember of the plain files a scan read.
#[derive(Debug, Default)]
pub(crate) struct FileMarks {
    /// Plain mbox files: where to resume.
    pub(crate) mboxes: Vec<(String, MboxMark)>,
    /// Files of one message: their signature.
    pub(crate) singles: Vec<(String, String)>,
}

/// The offset that stands for "the whole file" among passed-over mail.
const WHOLE_FILE: u64 = i64::MAX as u64;

/// A one-message file's signature: its size and time of change.
fn single_signature(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() {
        return None;
    }
    let changed = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    Some(format!(
        "file:{}:{}.{:09}",
        meta.len(),
        changed.as_secs(),
        changed.subsec_nanos()
    ))
}

/// True when the file starts as an mbox does (a `From ` line).
fn starts_with_from_line(path: &Path) -> bool {
    let mut head = [0u8; 5];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|()| &head == b"From ")
}

/// A message's mailbox and name: a Maildir message is its Maildir folder
/// and its unique name (without the flags, which change when it is read);
/// an archive member is the archive and the member (with its number); an
/// mbox message has no name (it is known by its offset).
pub(crate) fn message_key(location: &Location) -> (String, Option<String>) {
    if let Some(member) = &location.member {
        let name = match location.index {
            Some(index) if index > 1 => format!("{member}#{index}"),
            _ => member.clone(),
        };
        return (location.file.clone(), Some(name));
    }
    if location.folder.is_some() {
        let path = Path::new(&location.file);
        let in_maildir = path
            .parent()
            .and_then(|p| p.file_name())
            .is_some_and(|n| n == "cur" || n == "new");
        if let (true, Some(root), Some(name)) = (
            in_maildir,
            path.parent().and_then(Path::parent),
            path.file_name().and_then(|n| n.to_str()),
        ) {
            let unique = name.split(':').next().unwrap_or(name);
            return (root.display().to_string(), Some(unique.to_string()));
        }
    }
    (location.file.clone(), None)
}

/// What an earlier scan read, lent to a new scan ([`ReadLog`]), and what
/// the new scan reads, for [`Ledger::record_scan`](super::Ledger::record_scan).
#[derive(Debug)]
pub struct LedgerReadLog {
    known: HashSet<(String, String)>,
    mboxes: HashMap<String, MboxMark>,
    state: Mutex<Collected>,
}

#[derive(Debug, Default)]
struct Collected {
    passed_over: BTreeMap<String, PassedOver>,
    names_read: Vec<(String, String)>,
    /// Plain files: the last message start seen, and its number.
    mbox_last: HashMap<String, (u64, u64)>,
    touched: BTreeSet<String>,
    findings: Vec<FindingRow>,
}

/// The mail of one mailbox a scan passed over as already read.
#[derive(Debug, Default, Clone)]
pub(crate) struct PassedOver {
    pub(crate) names: HashSet<String>,
    pub(crate) mbox_offset: Option<u64>,
}

impl std::fmt::Debug for FindingRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FindingRow")
            .field("address", &self.address)
            .finish_non_exhaustive()
    }
}

impl LedgerReadLog {
    pub(crate) fn new(
        names: Vec<(String, String)>,
        mboxes: HashMap<String, MboxMark>,
    ) -> LedgerReadLog {
        LedgerReadLog {
            known: names.into_iter().collect(),
            mboxes,
            state: Mutex::new(Collected::default()),
        }
    }

    fn with_state<T>(&self, work: impl FnOnce(&mut Collected) -> T) -> T {
        // A panic elsewhere while the lock was held leaves plain data that
        // is still whole: keep using it.
        let mut guard = self
            .state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        work(&mut guard)
    }

    /// Messages a scan with this log passed over, per mailbox.
    pub(crate) fn passed_over(&self) -> BTreeMap<String, PassedOver> {
        self.with_state(|s| s.passed_over.clone())
    }

    /// Mailboxes read or passed over.
    pub(crate) fn touched(&self) -> BTreeSet<String> {
        self.with_state(|s| s.touched.clone())
    }

    /// Named messages read (Maildir, archive members).
    pub(crate) fn names_read(&self) -> Vec<(String, String)> {
        self.with_state(|s| s.names_read.clone())
    }

    /// The findings of the messages read.
    pub(crate) fn finding_rows(&self) -> Vec<FindingRow> {
        self.with_state(|s| std::mem::take(&mut s.findings))
    }

    /// Where each plain mbox was read to, with the hash of what precedes
    /// (files that cannot be hashed are left out: read in full next time),
    /// and the files of one message with their signature.
    pub(crate) fn file_marks(&self) -> FileMarks {
        let last = self.with_state(|s| s.mbox_last.clone());
        let mut marks = Vec::new();
        let mut singles = Vec::new();
        for (file, (offset, index)) in last {
            let path = Path::new(&file);
            let plain_mbox = starts_with_from_line(path);
            if offset == 0 && index == 1 && !plain_mbox {
                if let Some(signature) = single_signature(path) {
                    singles.push((file, signature));
                }
                continue;
            }
            if !plain_mbox {
                continue;
            }
            if let Ok(hash) = prefix_hash(path, offset) {
                marks.push((
                    file,
                    MboxMark {
                        offset,
                        index,
                        hash,
                    },
                ));
            }
        }
        marks.sort_by(|a, b| a.0.cmp(&b.0));
        singles.sort();
        FileMarks {
            mboxes: marks,
            singles,
        }
    }
}

impl ReadLog for LedgerReadLog {
    fn skip_file(&self, file: &Location) -> bool {
        let (mailbox, name) = message_key(file);
        let Some(name) = name else {
            // A file of one message (an unpacked Zimbra export): known by
            // its path, size and time of change.
            let Some(signature) = single_signature(Path::new(&file.file)) else {
                return false;
            };
            let known = self.known.contains(&(mailbox.clone(), signature));
            if known {
                self.with_state(|s| {
                    s.touched.insert(mailbox.clone());
                    s.passed_over.entry(mailbox).or_default().mbox_offset = Some(WHOLE_FILE);
                });
            }
            return known;
        };
        let known = self.known.contains(&(mailbox.clone(), name.clone()));
        self.with_state(|s| {
            s.touched.insert(mailbox.clone());
            if known {
                s.passed_over.entry(mailbox).or_default().names.insert(name);
            }
        });
        known
    }

    fn resume_mbox(&self, file: &Path) -> Option<(u64, u64)> {
        let key = file.display().to_string();
        let mark = self.mboxes.get(&key)?;
        // Only a plain mbox can be resumed (not a compressed one).
        if !starts_with_from_line(file) || prefix_hash(file, mark.offset).ok()? != mark.hash {
            return None;
        }
        self.with_state(|s| {
            s.touched.insert(key.clone());
            s.passed_over.entry(key).or_default().mbox_offset = Some(mark.offset);
        });
        Some((mark.offset, mark.index.saturating_sub(1)))
    }

    fn skip_message(&self, location: &Location) -> bool {
        let (mailbox, name) = message_key(location);
        let Some(name) = name else {
            return false;
        };
        let known = self.known.contains(&(mailbox.clone(), name.clone()));
        if known {
            self.with_state(|s| {
                s.touched.insert(mailbox.clone());
                s.passed_over.entry(mailbox).or_default().names.insert(name);
            });
        }
        known
    }

    fn read(&self, location: &Location, verdict: &Verdict) {
        let (mailbox, name) = message_key(location);
        let rows = super::rows_from_verdict(location, verdict);
        self.with_state(|s| {
            s.findings.extend(rows);
            match name {
                Some(name) => s.names_read.push((mailbox.clone(), name)),
                None => {
                    if let (Some(offset), Some(index)) = (location.offset, location.index) {
                        let last = s
                            .mbox_last
                            .entry(mailbox.clone())
                            .or_insert((offset, index));
                        if offset > last.0 {
                            *last = (offset, index);
                        }
                    }
                }
            }
            s.touched.insert(mailbox);
        });
    }
}
