//! The reference mbox reader: line by line, simple enough to trust. The
//! fast splitter in [`super::split`] must agree with it on every input
//! (checked by tests and a fuzz target); production reads use that one.
//!
//! A message starts at a `From ` line that opens the file or follows a
//! blank line, and looks like what mbox writers write (`From sender date`,
//! with a time of day). `>From ` quoting (mboxo and mboxrd) is undone.
//! LF and CRLF files are both read; memory stays bounded by the message size
//! limit whatever the input (a 1 GB line included).

#[cfg(any(test, feature = "fuzzing"))]
use std::io::{self, BufRead};

#[cfg(any(test, feature = "fuzzing"))]
use memchr::memchr;

/// How much of each line is kept to recognise a `From ` separator.
pub(crate) const LINE_HEAD: usize = 256;

#[cfg(any(test, feature = "fuzzing"))]
/// One message split out of an mbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MboxMessage {
    /// The message bytes, without the `From ` line, quoting undone. Empty
    /// when the message was over the size limit.
    pub(crate) bytes: Vec<u8>,
    /// Byte offset of the message's `From ` line in the input.
    pub(crate) offset: u64,
    /// The message's size in the input, when it was over the limit.
    pub(crate) oversized: Option<u64>,
}

#[cfg(any(test, feature = "fuzzing"))]
/// Iterator over the messages of an mbox stream.
pub(crate) struct MboxReader<R> {
    reader: R,
    max_message_bytes: usize,
    /// Bytes consumed so far.
    position: u64,
    /// The message being assembled.
    current: Vec<u8>,
    current_offset: u64,
    current_size: u64,
    current_oversized: bool,
    /// Whether the current message has a line with more than white space.
    current_nonblank: bool,
    line_nonblank: bool,
    started: bool,
    previous_blank: bool,
    finished: bool,
    head: Vec<u8>,
}

#[cfg(any(test, feature = "fuzzing"))]
impl<R: BufRead> MboxReader<R> {
    pub(crate) fn new(reader: R, max_message_bytes: usize) -> Self {
        MboxReader {
            reader,
            max_message_bytes,
            position: 0,
            current: Vec::new(),
            current_offset: 0,
            current_size: 0,
            current_oversized: false,
            current_nonblank: false,
            line_nonblank: false,
            started: false,
            previous_blank: true,
            finished: false,
            head: Vec::with_capacity(LINE_HEAD),
        }
    }

    /// Reads one line into the current message (while under the limit) and
    /// its first bytes into `self.head`. Returns the line length (0 at end).
    fn read_line(&mut self) -> io::Result<u64> {
        self.head.clear();
        self.line_nonblank = false;
        let mut length = 0u64;
        loop {
            let available = match self.reader.fill_buf() {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if available.is_empty() {
                return Ok(length);
            }
            let (take, done) = match memchr(b'\n', available) {
                Some(i) => (i + 1, true),
                None => (available.len(), false),
            };
            let chunk = available.get(..take).unwrap_or(available);
            self.line_nonblank |= chunk.iter().any(|b| !b.is_ascii_whitespace());
            let room = LINE_HEAD.saturating_sub(self.head.len());
            self.head
                .extend_from_slice(chunk.get(..room.min(take)).unwrap_or(chunk));
            if !self.current_oversized {
                // The limit applies to the message as stored (quoting
                // included), like the fast splitter's.
                let stored = self.current_size + length + take as u64;
                if stored > self.max_message_bytes as u64 {
                    // Kept (at most the limit) until the line proves to be
                    // a separator or not; dropped when the message ends.
                    self.current_oversized = true;
                } else {
                    self.current.extend_from_slice(chunk);
                }
            }
            self.reader.consume(take);
            length += take as u64;
            if done {
                return Ok(length);
            }
        }
    }

    fn take_message(&mut self) -> Option<MboxMessage> {
        let size = self.current_size;
        let oversized = self.current_oversized;
        let mut bytes = std::mem::take(&mut self.current);
        let nonblank = std::mem::take(&mut self.current_nonblank);
        self.current_oversized = false;
        self.current_size = 0;
        // Blank text before the first From line is no message, whatever its size.
        if !self.started && !nonblank {
            return None;
        }
        if oversized {
            bytes = Vec::new();
        } else {
            strip_separator_blank_line(&mut bytes);
        }
        Some(MboxMessage {
            bytes,
            offset: self.current_offset,
            oversized: oversized.then_some(size),
        })
    }
}

#[cfg(any(test, feature = "fuzzing"))]
impl<R: BufRead> Iterator for MboxReader<R> {
    type Item = io::Result<MboxMessage>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.finished {
            return None;
        }
        loop {
            let line_start_in_message = self.current.len();
            let oversized_before = self.current_oversized;
            let line_offset = self.position;
            let length = match self.read_line() {
                Ok(length) => length,
                Err(e) => {
                    self.finished = true;
                    return Some(Err(e));
                }
            };
            self.position += length;
            if length == 0 {
                self.finished = true;
                let had_content = self.started || self.current_size > 0;
                if !had_content {
                    return None;
                }
                return self.take_message().map(Ok);
            }
            let opens_input = line_offset == 0 && self.head.starts_with(b"From ");
            if opens_input || (self.previous_blank && is_from_line(&self.head)) {
                // The separator is not part of either message.
                if !oversized_before {
                    self.current.truncate(line_start_in_message);
                }
                self.current_oversized = oversized_before;
                let finished = if self.started || self.current_size > 0 {
                    self.take_message()
                } else {
                    None
                };
                self.started = true;
                self.current_offset = line_offset;
                self.current_size = 0;
                self.previous_blank = false;
                if let Some(message) = finished {
                    return Some(Ok(message));
                }
                continue;
            }
            self.current_size += length;
            self.current_nonblank |= self.line_nonblank;
            self.previous_blank = is_blank(&self.head);
            if !self.current_oversized && is_quoted_from(&self.head) {
                // `>From ` and `>>From ` lose one `>` (mboxrd; mboxo alike).
                self.current.remove(line_start_in_message);
            }
        }
    }
}

#[cfg(any(test, feature = "fuzzing"))]
fn is_blank(line: &[u8]) -> bool {
    line == b"\n" || line == b"\r\n"
}

#[cfg(any(test, feature = "fuzzing"))]
fn is_quoted_from(line: &[u8]) -> bool {
    let unquoted = line.iter().position(|&b| b != b'>').unwrap_or(line.len());
    unquoted > 0
        && line
            .get(unquoted..)
            .is_some_and(|rest| rest.starts_with(b"From "))
}

/// True for an mbox separator line: `From ` then a sender, then a date with
/// a time of day (`From MAILER-DAEMON Fri Jul  8 12:08:34 2011`,
/// `From - Mon Jan  6 08:15:02 2025`). Prose such as "From the desk of the
/// director" is not one.
pub(crate) fn is_from_line(line: &[u8]) -> bool {
    let Some(rest) = line.strip_prefix(b"From ") else {
        return false;
    };
    if rest.first().is_none_or(|b| b.is_ascii_whitespace()) {
        return false;
    }
    rest.windows(5).any(|w| {
        matches!(w, [h1, h2, b':', m1, m2]
            if h1.is_ascii_digit() && h2.is_ascii_digit() && m1.is_ascii_digit() && m2.is_ascii_digit())
    })
}

#[cfg(any(test, feature = "fuzzing"))]
/// Removes the blank line that separates a message from the next `From `.
pub(crate) fn strip_separator_blank_line(bytes: &mut Vec<u8>) {
    if bytes.ends_with(b"\r\n\r\n") {
        bytes.truncate(bytes.len() - 2);
    } else if bytes.ends_with(b"\n\n") {
        bytes.truncate(bytes.len() - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(input: &[u8]) -> Vec<(u64, Vec<u8>)> {
        MboxReader::new(input, 1 << 20)
            .map(|m| m.map(|m| (m.offset, m.bytes)).unwrap_or_default())
            .collect()
    }

    #[test]
    fn splits_lf_and_crlf() {
        let lf = b"From a@x.vn Mon Jan  6 08:15:02 2025\nSubject: one\n\nbody\n>From quoted\n\nFrom b@x.vn Mon Jan  6 08:15:03 2025\nSubject: two\n\nlast";
        let got = split(lf);
        assert_eq!(got.len(), 2);
        assert_eq!(got.first().map(|m| m.0), Some(0));
        assert_eq!(
            got.first().map(|m| m.1.as_slice()),
            Some(&b"Subject: one\n\nbody\nFrom quoted\n"[..])
        );
        assert_eq!(
            got.get(1).map(|m| m.1.as_slice()),
            Some(&b"Subject: two\n\nlast"[..])
        );
        let crlf: Vec<u8> = String::from_utf8_lossy(lf)
            .replace('\n', "\r\n")
            .into_bytes();
        let got = split(&crlf);
        assert_eq!(got.len(), 2);
        assert_eq!(
            got.first().map(|m| m.1.as_slice()),
            Some(&b"Subject: one\r\n\r\nbody\r\nFrom quoted\r\n"[..])
        );
    }

    #[test]
    fn prose_from_lines_do_not_split() {
        let input = b"From a@x.vn Mon Jan  6 08:15:02 2025\nSubject: one\n\npara\nFrom the desk of the director\n\nFrom the desk again\n";
        assert_eq!(split(input).len(), 1);
    }

    #[test]
    fn oversized_messages_are_reported_not_kept() {
        let input = b"From a@x.vn Mon Jan  6 08:15:02 2025\nSubject: big\n\n0123456789012345678901234567890123456789\n\nFrom b@x.vn Mon Jan  6 08:15:03 2025\nS: s\n\nb\n";
        let got: Vec<_> = MboxReader::new(&input[..], 30)
            .filter_map(Result::ok)
            .collect();
        assert_eq!(got.len(), 2);
        assert_eq!(got.first().and_then(|m| m.oversized), Some(56));
        assert_eq!(
            got.get(1).map(|m| m.bytes.as_slice()),
            Some(&b"S: s\n\nb\n"[..])
        );
    }

    #[test]
    fn separator_lines() {
        assert!(is_from_line(
            b"From MAILER-DAEMON Fri Jul  8 12:08:34 2011\n"
        ));
        assert!(is_from_line(b"From - Mon Jan  6 08:15:02 2025\r\n"));
        assert!(!is_from_line(b"From the desk of the director\n"));
        assert!(!is_from_line(b"From: a@b\n"));
        assert!(is_quoted_from(b">>From x"));
        assert!(!is_quoted_from(b"From x"));
    }

    #[test]
    fn empty_and_preamble() {
        assert!(split(b"").is_empty());
        let got = split(b"junk line\n\nFrom a@x.vn Mon Jan  6 08:15:02 2025\nS: s\n\nb\n");
        assert_eq!(got.len(), 2);
        assert_eq!(
            got.first().map(|m| m.1.as_slice()),
            Some(&b"junk line\n"[..])
        );
    }
}
