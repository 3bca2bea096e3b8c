//! Mailbox readers: turn files and streams into raw messages with their
//! location. One module per format; [`open_file`] picks the format from the
//! content, not the name.

mod mbox;

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

pub(crate) use mbox::{MboxReader, is_from_line};

/// Read buffer size: large enough for sequential disk reads.
const READ_BUFFER: usize = 256 * 1024;

/// The formats a file can be read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    /// Many messages separated by `From ` lines.
    Mbox,
    /// One message.
    Eml,
}

/// One message read from an input, or why a message could not be read.
pub(crate) enum Item {
    Message {
        bytes: Vec<u8>,
        index: u64,
        offset: u64,
        /// The size, when the message was over the size limit (bytes empty).
        oversized: Option<u64>,
    },
    /// The input broke off; messages before it were delivered.
    ReadError {
        index: u64,
        offset: u64,
        error: io::Error,
    },
}

/// Guesses the format from the first bytes of an input. `None`: not mail.
pub(crate) fn sniff(head: &[u8]) -> Option<Format> {
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

/// A header field line: a printable name without spaces, then a colon.
fn is_header_field(line: &[u8]) -> bool {
    let Some(colon) = line.iter().position(|&b| b == b':') else {
        return false;
    };
    let name = line.get(..colon).unwrap_or_default();
    !name.is_empty() && name.len() <= 76 && name.iter().all(|&b| b.is_ascii_graphic())
}

/// Reads the messages of one input in `format`, calling `each` for every
/// message (or read error) in order.
pub(crate) fn read_messages<R: Read>(
    reader: R,
    format: Format,
    max_message_bytes: usize,
    mut each: impl FnMut(Item),
) {
    match format {
        Format::Mbox => {
            let mut messages = MboxReader::new(
                BufReader::with_capacity(READ_BUFFER, reader),
                max_message_bytes,
            );
            let mut index = 0u64;
            while let Some(next) = messages.next() {
                index += 1;
                match next {
                    Ok(message) => each(Item::Message {
                        bytes: message.bytes,
                        index,
                        offset: message.offset,
                        oversized: message.oversized,
                    }),
                    Err(error) => each(Item::ReadError {
                        index,
                        offset: messages.position(),
                        error,
                    }),
                }
            }
        }
        Format::Eml => {
            let mut bytes = Vec::new();
            let limit = u64::try_from(max_message_bytes)
                .unwrap_or(u64::MAX)
                .saturating_add(1);
            let mut reader = reader;
            match reader.by_ref().take(limit).read_to_end(&mut bytes) {
                Ok(_) if bytes.len() > max_message_bytes => {
                    let rest = io::copy(&mut reader, &mut io::sink()).unwrap_or(0);
                    each(Item::Message {
                        bytes: Vec::new(),
                        index: 1,
                        offset: 0,
                        oversized: Some(bytes.len() as u64 + rest),
                    });
                }
                Ok(_) => each(Item::Message {
                    bytes,
                    index: 1,
                    offset: 0,
                    oversized: None,
                }),
                Err(error) => each(Item::ReadError {
                    index: 1,
                    offset: bytes.len() as u64,
                    error,
                }),
            }
        }
    }
}

/// Opens a file and guesses its format from its first bytes.
pub(crate) fn open_file(path: &Path) -> io::Result<(BufReader<File>, Option<Format>)> {
    let file = File::open(path)?;
    let mut reader = BufReader::with_capacity(READ_BUFFER, file);
    let format = sniff(reader.fill_buf()?);
    Ok((reader, format))
}

/// Every regular file under `dir`, recursively, in a stable (byte-wise
/// sorted) order. Symbolic links to directories are not followed, so a link
/// loop cannot trap the walk. Unreadable directories are returned as errors.
pub(crate) fn walk(dir: &Path) -> Vec<Result<PathBuf, (PathBuf, io::Error)>> {
    let mut out = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let entries = match std::fs::read_dir(&current) {
            Ok(entries) => entries,
            Err(e) => {
                out.push(Err((current, e)));
                continue;
            }
        };
        let mut files = Vec::new();
        let mut dirs = Vec::new();
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    out.push(Err((current.clone(), e)));
                    continue;
                }
            };
            let path = entry.path();
            match entry.file_type() {
                Ok(t) if t.is_dir() => dirs.push(path),
                Ok(t) if t.is_file() => files.push(path),
                Ok(t) if t.is_symlink() && path.is_file() => files.push(path),
                Ok(_) => {}
                Err(e) => out.push(Err((path, e))),
            }
        }
        files.sort();
        dirs.sort();
        out.extend(files.into_iter().map(Ok));
        // Depth-first, in order: push in reverse so the first pops first.
        pending.extend(dirs.into_iter().rev());
    }
    out
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
    }

    #[test]
    fn eml_over_limit_is_counted() {
        let mut items = Vec::new();
        read_messages(&b"Subject: x\n\n0123456789"[..], Format::Eml, 10, |item| {
            items.push(item)
        });
        assert!(matches!(
            items.as_slice(),
            [Item::Message {
                oversized: Some(22),
                ..
            }]
        ));
    }
}
