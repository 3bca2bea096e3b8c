//! Mailbox readers: turn files, directories and streams into raw messages
//! with their location. Formats are told from content, not names: mbox
//! (mboxo, mboxrd, mboxcl, mboxcl2), single messages, Maildir folders,
//! Zimbra `.tgz` exports (tar), Google Takeout `.zip`, and gzip or zstd
//! compression of any of them.

mod archive;
#[cfg(test)]
mod differential;
pub(crate) mod mbox;
mod split;

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::report::Location;

pub(crate) use mbox::is_from_line;

/// How deep compression and archives may nest (a `.tar.gz` is two).
const MAX_NESTING: u32 = 4;

/// Bytes looked at to tell a format.
const SNIFF_BYTES: usize = 512;

/// The formats an input can be read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    /// Many messages separated by `From ` lines.
    Mbox,
    /// One message.
    Eml,
    /// gzip-compressed data (a `.tgz` export, a `.mbox.gz`).
    Gzip,
    /// zstd-compressed data.
    Zstd,
    /// A tar archive (Zimbra exports).
    Tar,
    /// A zip archive (Google Takeout).
    Zip,
}

/// One message read from an input.
#[derive(Debug)]
pub(crate) struct RawMessage<'a> {
    pub(crate) bytes: Cow<'a, [u8]>,
    pub(crate) location: Location,
    /// The size, when the message was over the size limit (bytes empty).
    pub(crate) oversized: Option<u64>,
}

/// Receives what readers find, in reading order.
pub(crate) trait Sink {
    /// A batch of messages, in order.
    fn messages(&mut self, batch: Vec<RawMessage<'_>>);
    /// An input (or a part of one) could not be read; the reader goes on
    /// with what follows when it can.
    fn problem(&mut self, location: Location, error: String);
    /// An input that is not mail; `listed` is false for files known to be
    /// companions of mailboxes (Thunderbird `.msf` indexes).
    fn not_mail(&mut self, location: Location, listed: bool);
    /// A file or stream was opened.
    fn input_opened(&mut self);
}

/// Guesses the format from the first bytes of an input. `None`: not mail.
pub(crate) fn sniff(head: &[u8]) -> Option<Format> {
    if head.starts_with(&[0x1f, 0x8b]) {
        return Some(Format::Gzip);
    }
    if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        return Some(Format::Zstd);
    }
    if head.starts_with(b"PK\x03\x04") {
        return Some(Format::Zip);
    }
    if head.get(257..262) == Some(b"ustar") {
        return Some(Format::Tar);
    }
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let mut lines = head.split(|&b| b == b'\n');
    let first_line = lines.next().unwrap_or(head);
    // Writers that omit the date (`From - `) are still mbox when a header
    // field follows.
    let next_is_field = lines.next().is_some_and(is_header_field);
    if is_from_line(first_line) || (first_line.starts_with(b"From ") && next_is_field) {
        return Some(Format::Mbox);
    }
    let trimmed = first_line.trim_ascii_start();
    is_header_field(trimmed).then_some(Format::Eml)
}

/// A header field line: a name of letters, digits and dashes, a colon, then
/// white space or the end of the line (`BEGIN:VCARD` is a contact card).
fn is_header_field(line: &[u8]) -> bool {
    let Some(colon) = line.iter().position(|&b| b == b':') else {
        return false;
    };
    let name = line.get(..colon).unwrap_or_default();
    let after = line.get(colon + 1).copied();
    !name.is_empty()
        && name.len() <= 76
        && name
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        && matches!(after, None | Some(b' ' | b'\t' | b'\r' | b'\n'))
}

/// Where an input is, for the locations of its messages.
#[derive(Debug, Clone)]
pub(crate) struct Origin {
    /// The file (or `-`).
    pub(crate) file: String,
    /// The path inside an archive.
    pub(crate) member: Option<String>,
    /// The mail folder (Maildir, Zimbra).
    pub(crate) folder: Option<String>,
}

impl Origin {
    pub(crate) fn file(file: String) -> Origin {
        Origin {
            file,
            member: None,
            folder: None,
        }
    }

    pub(crate) fn at(&self, index: Option<u64>, offset: Option<u64>) -> Location {
        Location {
            file: self.file.clone(),
            member: self.member.clone(),
            folder: self.folder.clone(),
            index,
            offset,
        }
    }
}

/// Settings the readers need.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ReadLimits {
    pub(crate) max_message_bytes: usize,
}

/// Reads one input of any format. `fallback` is the format to assume when
/// the content is not recognised (`None`: report it as not mail).
pub(crate) fn read_input(
    origin: &Origin,
    input: impl Read,
    fallback: Option<Format>,
    limits: ReadLimits,
    sink: &mut dyn Sink,
) {
    read_nested(origin, Box::new(input), fallback, limits, sink, 0);
}

/// Reads one input that can seek (a file): like [`read_input`], except
/// that a zip archive is read through its central directory, which also
/// knows the sizes of members written by streaming writers (data
/// descriptors), and of members a stream reader cannot delimit.
pub(crate) fn read_seekable_input<R: Read + io::Seek>(
    origin: &Origin,
    mut input: R,
    fallback: Option<Format>,
    limits: ReadLimits,
    sink: &mut dyn Sink,
) {
    let mut magic = Vec::with_capacity(4);
    let peeked = (&mut input)
        .take(4)
        .read_to_end(&mut magic)
        .and_then(|_| input.seek(io::SeekFrom::Start(0)));
    if let Err(error) = peeked {
        sink.problem(origin.at(None, Some(0)), format!("cannot read: {error}"));
        return;
    }
    if sniff(&magic) == Some(Format::Zip) {
        archive::read_zip_seekable(origin, input, limits, sink, 1);
    } else {
        read_input(origin, input, fallback, limits, sink);
    }
}

fn read_nested(
    origin: &Origin,
    mut input: Box<dyn Read + '_>,
    fallback: Option<Format>,
    limits: ReadLimits,
    sink: &mut dyn Sink,
    depth: u32,
) {
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    let input: Box<dyn Read + '_> =
        match (&mut input).take(SNIFF_BYTES as u64).read_to_end(&mut head) {
            Ok(_) => input,
            Err(error) if head.is_empty() => {
                sink.problem(origin.at(None, Some(0)), format!("cannot read: {error}"));
                return;
            }
            // The few bytes read before the failure are still read, and the
            // failure is reported where the reader meets it.
            Err(error) => Box::new(FailAfter(Some(error))),
        };
    let format = sniff(&head).or(fallback);
    let input = io::Cursor::new(head).chain(input);
    let nested = depth + 1;
    match format {
        // Archive members that are not mail (contacts, calendars) are
        // counted, not listed one by one.
        None => sink.not_mail(origin.at(None, None), origin.member.is_none()),
        Some(_) if nested > MAX_NESTING => sink.problem(
            origin.at(None, None),
            format!("archives or compression nested more than {MAX_NESTING} deep; not read"),
        ),
        Some(Format::Mbox) => read_mbox(origin, input, limits, sink),
        Some(Format::Eml) => read_eml(origin, input, limits, sink),
        Some(Format::Gzip) => {
            let decoder = flate2::read::MultiGzDecoder::new(input);
            read_nested(origin, Box::new(decoder), fallback, limits, sink, nested);
        }
        Some(Format::Zstd) => match ruzstd::decoding::StreamingDecoder::new(input) {
            Ok(decoder) => read_nested(origin, Box::new(decoder), fallback, limits, sink, nested),
            Err(error) => sink.problem(
                origin.at(None, Some(0)),
                format!("corrupt zstd data: {error}"),
            ),
        },
        Some(Format::Tar) => archive::read_tar(origin, input, limits, sink, nested),
        Some(Format::Zip) => archive::read_zip(origin, input, limits, sink, nested),
    }
}

/// A reader that fails once with a stored error, then reads as empty.
struct FailAfter(Option<io::Error>);

impl Read for FailAfter {
    fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
        match self.0.take() {
            Some(error) => Err(error),
            None => Ok(0),
        }
    }
}

fn read_mbox(origin: &Origin, input: impl Read, limits: ReadLimits, sink: &mut dyn Sink) {
    read_mbox_range(origin, input, 0, limits, sink);
}

/// Reads an mbox that starts `base` bytes into its file (a range that
/// starts at a `From ` line, for parallel reading of one large file).
/// Message numbers count from 1 within the range.
pub(crate) fn read_mbox_range(
    origin: &Origin,
    input: impl Read,
    base: u64,
    limits: ReadLimits,
    sink: &mut dyn Sink,
) {
    let result = split::split_mbox(input, limits.max_message_bytes, |pieces| {
        let batch = pieces
            .into_iter()
            .map(|piece| RawMessage {
                location: origin.at(Some(piece.index), Some(base + piece.offset)),
                bytes: piece.bytes,
                oversized: piece.oversized,
            })
            .collect();
        sink.messages(batch);
    });
    if let Err((error, offset)) = result {
        let offset = base + offset;
        sink.problem(
            origin.at(None, Some(offset)),
            format!("read failed at byte {offset}, rest of the input not scanned: {error}"),
        );
    }
}

fn read_eml(origin: &Origin, mut input: impl Read, limits: ReadLimits, sink: &mut dyn Sink) {
    let mut bytes = Vec::new();
    let limit = u64::try_from(limits.max_message_bytes)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    match (&mut input).take(limit).read_to_end(&mut bytes) {
        Ok(_) if bytes.len() > limits.max_message_bytes => {
            let rest = io::copy(&mut input, &mut io::sink()).unwrap_or(0);
            let size = bytes.len() as u64 + rest;
            sink.messages(vec![RawMessage {
                bytes: Cow::Borrowed(&[]),
                location: origin.at(Some(1), Some(0)),
                oversized: Some(size),
            }]);
        }
        Ok(_) => {
            sink.messages(vec![RawMessage {
                bytes: Cow::Owned(bytes),
                location: origin.at(Some(1), Some(0)),
                oversized: None,
            }]);
        }
        Err(error) => {
            // Keep what was read: a cut message is still evidence.
            let read = bytes.len() as u64;
            if !bytes.is_empty() {
                sink.messages(vec![RawMessage {
                    bytes: Cow::Owned(bytes),
                    location: origin.at(Some(1), Some(0)),
                    oversized: None,
                }]);
            }
            sink.problem(
                origin.at(Some(1), Some(read)),
                format!("read failed at byte {read}, message cut there: {error}"),
            );
        }
    }
}

/// The fast splitter's output as owned data (fuzzing and tests).
#[cfg(any(test, feature = "fuzzing"))]
pub(crate) fn split_for_tests(
    input: &[u8],
    max_message_bytes: usize,
) -> Vec<(u64, Vec<u8>, Option<u64>)> {
    let mut out = Vec::new();
    let _ = split::split_mbox(input, max_message_bytes, |pieces| {
        out.extend(
            pieces
                .into_iter()
                .map(|p| (p.offset, p.bytes.into_owned(), p.oversized)),
        );
    });
    out
}

/// The offset of the first mbox separator (`From ` line after a blank
/// line) at or after `from` in `file`, looking at most `window` bytes ahead,
/// a little at a time (a separator is usually a few kilobytes away).
pub(crate) fn next_separator(file: &mut File, from: u64, window: u64) -> io::Result<Option<u64>> {
    use std::io::{Seek, SeekFrom};
    const STEP: u64 = 64 * 1024;
    // Start two bytes early so the blank line before a separator is seen.
    let start = from.saturating_sub(2);
    file.seek(SeekFrom::Start(start))?;
    let finder = memchr::memmem::Finder::new(b"\nFrom ");
    // A sliding buffer: what lies behind the search point is dropped, so
    // the search costs one step of memory however far it looks.
    let mut data = Vec::new();
    let mut data_start = start;
    let mut searched = 0;
    let mut total = 0u64;
    while total < window {
        let before = data.len();
        file.take(STEP.min(window - total)).read_to_end(&mut data)?;
        total += (data.len() - before) as u64;
        let at_end = data.len() == before;
        // Candidates must have their whole line read, except at the end.
        let limit = if at_end {
            data.len()
        } else {
            data.len().saturating_sub(1024)
        };
        for i in finder.find_iter(data.get(searched..limit).unwrap_or_default()) {
            let i = searched + i;
            let blank_before = match i.checked_sub(1).and_then(|j| data.get(j)) {
                Some(b'\n') => true,
                Some(b'\r') => i.checked_sub(2).and_then(|j| data.get(j)) == Some(&b'\n'),
                _ => false,
            };
            let line = data.get(i + 1..).unwrap_or_default();
            let line = line
                .get(..memchr::memchr(b'\n', line).map_or(line.len(), |e| e + 1))
                .unwrap_or(line);
            let line = line.get(..mbox::LINE_HEAD).unwrap_or(line);
            if blank_before && is_from_line(line) {
                return Ok(Some(data_start + i as u64 + 1));
            }
        }
        if at_end {
            break;
        }
        searched = limit.saturating_sub(6).max(searched);
        // Keep two bytes before the search point for the blank-line test.
        let behind = searched.saturating_sub(2);
        data.drain(..behind);
        data_start += behind as u64;
        searched -= behind;
    }
    Ok(None)
}

/// Opens a file for reading.
pub(crate) fn open_file(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// A file found under a directory, with the mail folder it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundFile {
    pub(crate) path: PathBuf,
    /// The Maildir folder (`INBOX`, `Sent`, `Work/Projects`) for files in
    /// a Maildir's `cur/` or `new/`.
    pub(crate) folder: Option<String>,
    /// Thunderbird index files and the like: not mail, not worth listing.
    pub(crate) companion: bool,
}

/// Every regular file under a directory, recursively, in a stable
/// (byte-wise sorted, depth-first) order, found as the walk goes: only the
/// names of the folder being listed are held (packed, about 60 bytes a
/// file), so a folder of millions of messages costs tens of megabytes, not
/// a path object per file. Symbolic links to directories are not followed,
/// so a link loop cannot trap the walk; Maildir `tmp/` folders (mail still
/// being delivered) are passed over.
pub(crate) struct Walk {
    /// Directories still to list, the next on top.
    pending: Vec<PathBuf>,
    /// The files of the directory being walked.
    current: Option<DirFiles>,
    /// Entries of the directory being listed that could not be read.
    errors: std::collections::VecDeque<(PathBuf, io::Error)>,
}

/// The regular files of one directory, names packed into one buffer.
struct DirFiles {
    dir: PathBuf,
    folder: Option<String>,
    names: Vec<u8>,
    /// Each name's end in `names` (its start is the previous end).
    ends: Vec<u32>,
    /// Indices into `ends`, in name order; the walk pops from the back.
    order: Vec<u32>,
}

impl DirFiles {
    fn name(&self, index: u32) -> &[u8] {
        let index = index as usize;
        let start = match index.checked_sub(1) {
            Some(before) => self.ends.get(before).copied().unwrap_or(0),
            None => 0,
        } as usize;
        let end = self.ends.get(index).copied().unwrap_or(0) as usize;
        self.names.get(start..end).unwrap_or_default()
    }
}

/// A file name back from its bytes.
#[cfg(unix)]
fn os_name(bytes: &[u8]) -> std::ffi::OsString {
    <std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(bytes).to_os_string()
}

/// A file name back from its bytes (outside Unix, names that are not
/// Unicode are not kept exactly and then reported as unreadable).
#[cfg(not(unix))]
fn os_name(bytes: &[u8]) -> std::ffi::OsString {
    String::from_utf8_lossy(bytes).into_owned().into()
}

/// Walks `dir`: see [`Walk`].
pub(crate) fn walk(dir: &Path) -> Walk {
    Walk {
        pending: vec![dir.to_path_buf()],
        current: None,
        errors: std::collections::VecDeque::new(),
    }
}

impl Walk {
    /// Lists one directory: its files become `current`, its folders go on
    /// the stack.
    fn list(&mut self, current: PathBuf) {
        let entries = match std::fs::read_dir(&current) {
            Ok(entries) => entries,
            Err(e) => {
                self.errors.push_back((current, e));
                return;
            }
        };
        let mut names = Vec::new();
        let mut ends = Vec::new();
        let mut dirs = Vec::new();
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    self.errors.push_back((current.clone(), e));
                    continue;
                }
            };
            let is_file = match entry.file_type() {
                Ok(t) if t.is_dir() => {
                    dirs.push(entry.path());
                    continue;
                }
                Ok(t) => t.is_file() || (t.is_symlink() && entry.path().is_file()),
                Err(e) => {
                    self.errors.push_back((entry.path(), e));
                    continue;
                }
            };
            let name = entry.file_name();
            let end = u32::try_from(names.len() + name.len());
            match end {
                Ok(end) if is_file => {
                    names.extend_from_slice(name.as_encoded_bytes());
                    ends.push(end);
                }
                Ok(_) => {}
                Err(_) => self.errors.push_back((
                    entry.path(),
                    io::Error::other("more file names in one folder than a walk holds (4 GiB)"),
                )),
            }
        }
        dirs.sort();
        let is_maildir = ["cur", "new"]
            .iter()
            .all(|d| dirs.iter().any(|p| p.ends_with(d)));
        if is_maildir {
            dirs.retain(|p| !p.ends_with("tmp"));
        }
        // Depth-first, in order: push in reverse so the first pops first.
        self.pending.extend(dirs.into_iter().rev());
        let mut files = DirFiles {
            folder: maildir_folder(&current),
            dir: current,
            names,
            order: (0..ends.len() as u32).collect(),
            ends,
        };
        let mut order = std::mem::take(&mut files.order);
        // Reverse order: the walk pops the first name from the back.
        order.sort_unstable_by(|&a, &b| files.name(b).cmp(files.name(a)));
        files.order = order;
        files.names.shrink_to_fit();
        self.current = Some(files);
    }
}

impl Iterator for Walk {
    type Item = Result<FoundFile, (PathBuf, io::Error)>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(error) = self.errors.pop_front() {
                return Some(Err(error));
            }
            if let Some(files) = &mut self.current {
                if let Some(index) = files.order.pop() {
                    let path = files.dir.join(os_name(files.name(index)));
                    let companion = path
                        .extension()
                        .is_some_and(|e| e.eq_ignore_ascii_case("msf"));
                    return Some(Ok(FoundFile {
                        path,
                        folder: files.folder.clone(),
                        companion,
                    }));
                }
                self.current = None;
            }
            let next = self.pending.pop()?;
            self.list(next);
        }
    }
}

/// The Maildir folder of files directly in `dir`, when `dir` is a
/// Maildir's `cur` or `new`: `.Sent` → `Sent`, `.Work.Projects` →
/// `Work/Projects`, the Maildir itself → `INBOX`.
fn maildir_folder(dir: &Path) -> Option<String> {
    let name = dir.file_name()?.to_str()?;
    if name != "cur" && name != "new" {
        return None;
    }
    let maildir = dir.parent()?;
    if !(maildir.join("cur").is_dir() && maildir.join("new").is_dir()) {
        return None;
    }
    let folder = maildir.file_name().and_then(|n| n.to_str()).unwrap_or("");
    Some(match folder.strip_prefix('.') {
        Some(sub) if !sub.is_empty() => sub.replace('.', "/"),
        _ => "INBOX".to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffing() {
        assert_eq!(
            sniff(b"From a@b Mon Jan  6 08:15:02 2025\n"),
            Some(Format::Mbox)
        );
        assert_eq!(sniff(b"Return-Path: <a@b>\n"), Some(Format::Eml));
        assert_eq!(sniff(b"\xEF\xBB\xBFSubject: x\r\n"), Some(Format::Eml));
        assert_eq!(sniff(b"%PDF-1.4\n"), None);
        assert_eq!(sniff(b"hello world: no\n"), None);
        assert_eq!(sniff(b""), None);
        assert_eq!(sniff(b"From - \nReturn-Path: <>\n"), Some(Format::Mbox));
        assert_eq!(sniff(b" From: a <a@b>\n"), Some(Format::Eml));
        assert_eq!(sniff(b"BEGIN:VCARD\nFN:An\n"), None);
        assert_eq!(sniff(b"X-Empty:\r\nSubject: x\r\n"), Some(Format::Eml));
        assert_eq!(sniff(&[0x1f, 0x8b, 8, 0]), Some(Format::Gzip));
        assert_eq!(sniff(&[0x28, 0xb5, 0x2f, 0xfd, 0]), Some(Format::Zstd));
        assert_eq!(sniff(b"PK\x03\x04rest"), Some(Format::Zip));
        let mut tar = vec![0u8; 512];
        tar.get_mut(257..262)
            .unwrap_or_default()
            .copy_from_slice(b"ustar");
        assert_eq!(sniff(&tar), Some(Format::Tar));
    }

    #[test]
    fn maildir_folders() {
        let root = std::env::temp_dir().join(format!("govmail-maildir-{}", std::process::id()));
        for dir in [
            "cur",
            "new",
            "tmp",
            ".Sent/cur",
            ".Sent/new",
            ".Work.Projects/cur",
            ".Work.Projects/new",
        ] {
            std::fs::create_dir_all(root.join(dir)).unwrap_or_default();
        }
        assert_eq!(maildir_folder(&root.join("cur")).as_deref(), Some("INBOX"));
        assert_eq!(
            maildir_folder(&root.join(".Sent/new")).as_deref(),
            Some("Sent")
        );
        assert_eq!(
            maildir_folder(&root.join(".Work.Projects/cur")).as_deref(),
            Some("Work/Projects")
        );
        assert_eq!(maildir_folder(&root.join("tmp")), None);
        std::fs::remove_dir_all(&root).unwrap_or_default();
    }
}
