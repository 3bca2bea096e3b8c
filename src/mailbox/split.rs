//! The fast mbox splitter: reads large blocks, finds separators with a
//! vectorised substring search and hands out messages as slices of its
//! buffer, a block's worth at a time, so most bytes are never copied.
//!
//! The rules are those of [`super::mbox::MboxReader`], the line-by-line
//! reader kept as the reference that tests compare this one against: a
//! message starts at a `From ` line that opens the input or follows a blank
//! line and looks like what mbox writers write; `>From ` quoting is undone
//! (the only case that copies a message). In addition a `Content-Length`
//! header (mboxcl, mboxcl2) is trusted when a separator stands exactly where
//! it points, so unquoted `From ` lines in such bodies do not split.

use std::borrow::Cow;
use std::io::{self, Read};

use memchr::memmem;

use super::mbox::{LINE_HEAD, is_from_line};

/// Bytes read from the input at a time.
const BLOCK: usize = 4 * 1024 * 1024;

/// What is kept before the search point of a message cut for size, so the
/// blank line before a separator is still seen.
const OVERSIZED_TAIL: usize = 16;

/// One message split out of an mbox: borrowed from the splitter's buffer
/// unless `>From ` quoting had to be undone.
#[derive(Debug)]
pub(crate) struct Piece<'a> {
    /// The message bytes (empty when over the size limit).
    pub(crate) bytes: Cow<'a, [u8]>,
    /// Message number in the input, from 1.
    pub(crate) index: u64,
    /// Byte offset of its `From ` line (or of the input's start).
    pub(crate) offset: u64,
    /// Its size, when it was over the size limit.
    pub(crate) oversized: Option<u64>,
}

/// A message found in the buffer, before it is handed out.
struct Span {
    from: usize,
    to: usize,
    offset: u64,
    index: u64,
    /// Bytes already dropped from a message over the size limit.
    dropped: Option<u64>,
}

/// The state of a split in progress.
struct Splitter {
    buf: Vec<u8>,
    /// Input offset of `buf[0]`.
    base: u64,
    /// Start of the current message's content in `buf`.
    message_start: usize,
    /// Input offset of the current message's `From ` line.
    message_offset: u64,
    /// True when a `From ` line opened the current message (so it exists
    /// even if empty); false for text before the first `From ` line.
    opened: bool,
    dropped: Option<u64>,
    index: u64,
    /// Where the separator search resumes (the `\n` before a `From `).
    search_from: usize,
    /// True once the current message's Content-Length has been looked at.
    length_checked: bool,
    /// True when text before the first From line, already dropped for
    /// size, had more than white space.
    preamble_nonblank: bool,
}

/// Splits `input` and calls `batch` with the messages found in each block,
/// in order. Returns the number of bytes read, or the read error with the
/// offset reached (the messages before it were delivered).
pub(crate) fn split_mbox<R: Read>(
    mut input: R,
    max_message_bytes: usize,
    mut batch: impl FnMut(Vec<Piece<'_>>),
) -> Result<u64, (io::Error, u64)> {
    let finder = memmem::Finder::new(b"\nFrom ");
    let mut s = Splitter {
        buf: Vec::new(),
        base: 0,
        message_start: 0,
        message_offset: 0,
        opened: false,
        dropped: None,
        index: 1,
        search_from: 0,
        length_checked: false,
        preamble_nonblank: false,
    };
    let mut first_block = true;
    loop {
        let before = s.buf.len();
        // A read error ends the input where it happened, but what was read
        // before it (a truncated `.gz` decodes up to the cut) is split and
        // handed out like any input's last block: every byte that decoded is
        // kept; the caller records the error after the messages.
        let (eof, failure) = match (&mut input).take(BLOCK as u64).read_to_end(&mut s.buf) {
            Ok(0) => (true, None),
            Ok(_) => (false, None),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => (false, None),
            Err(e) => (true, Some(e)),
        };
        if first_block {
            if !eof && s.buf.len() - before < 64 && !s.buf.contains(&b'\n') {
                continue;
            }
            first_block = false;
            s.open_input();
        }
        let mut spans = Vec::new();
        s.find_separators(&finder, eof, max_message_bytes, &mut spans);
        if eof {
            s.close_input(&mut spans);
            emit(&s.buf, spans, max_message_bytes, &mut batch);
            let end = s.base + s.buf.len() as u64;
            return match failure {
                Some(error) => Err((error, end)),
                None => Ok(end),
            };
        }
        emit(&s.buf, spans, max_message_bytes, &mut batch);
        s.compact(max_message_bytes);
    }
}

impl Splitter {
    /// The input's first line: a `From ` line (after any blank lines) opens
    /// the first message; anything else is text before it.
    fn open_input(&mut self) {
        // Skip blank lines ("\n" or "\r\n") before the first From line.
        let mut lead = 0;
        loop {
            let rest = self.buf.get(lead..).unwrap_or_default();
            if rest.starts_with(b"\n") {
                lead += 1;
            } else if rest.starts_with(b"\r\n") {
                lead += 2;
            } else {
                break;
            }
        }
        let rest = self.buf.get(lead..).unwrap_or_default();
        if rest.starts_with(b"From ") {
            let line_end = memchr::memchr(b'\n', rest).map_or(self.buf.len(), |i| lead + i + 1);
            let line = self.buf.get(lead..line_end).unwrap_or_default();
            let line = line.get(..LINE_HEAD).unwrap_or(line);
            if lead == 0 || is_from_line(line) {
                self.message_start = line_end;
                self.message_offset = lead as u64;
                self.opened = true;
            }
        }
        self.search_from = self.message_start.saturating_sub(1);
    }

    fn find_separators(
        &mut self,
        finder: &memmem::Finder<'_>,
        eof: bool,
        max_message_bytes: usize,
        spans: &mut Vec<Span>,
    ) {
        loop {
            if !self.length_checked && self.dropped.is_none() {
                match content_length_end(&self.buf, self.message_start, eof) {
                    LengthCheck::Separator(at) => {
                        self.search_from = self.search_from.max(at.saturating_sub(1));
                        self.length_checked = true;
                    }
                    LengthCheck::None => self.length_checked = true,
                    // Wait for the rest of the message, unless it is too
                    // large to be held anyway.
                    LengthCheck::NeedMore
                        if self.buf.len() - self.message_start <= max_message_bytes =>
                    {
                        return;
                    }
                    LengthCheck::NeedMore => self.length_checked = true,
                }
            }
            let haystack = self.buf.get(self.search_from..).unwrap_or_default();
            let Some(newline) = finder.find(haystack).map(|i| i + self.search_from) else {
                // Resume where a `\nFrom ` could still begin.
                self.search_from = self.buf.len().saturating_sub(5).max(self.search_from);
                return;
            };
            let line_start = newline + 1;
            let after = self.buf.get(line_start..).unwrap_or_default();
            let line_end = match memchr::memchr(b'\n', after) {
                Some(i) => line_start + i + 1,
                None if eof => self.buf.len(),
                None => {
                    self.search_from = newline;
                    return;
                }
            };
            // Like the reference reader, judge a line by its first bytes.
            let line = self.buf.get(line_start..line_end).unwrap_or_default();
            let line = line.get(..LINE_HEAD).unwrap_or(line);
            if self.follows_blank_line(newline) && is_from_line(line) {
                let text = self
                    .buf
                    .get(self.message_start..line_start)
                    .unwrap_or_default();
                // Blank text before the first From line is no message.
                if self.opened
                    || self.preamble_nonblank
                    || !text.iter().all(u8::is_ascii_whitespace)
                {
                    spans.push(Span {
                        from: self.message_start,
                        to: line_start,
                        offset: self.message_offset,
                        index: self.index,
                        dropped: self.dropped,
                    });
                    self.index += 1;
                }
                self.message_start = line_end;
                self.message_offset = self.base + line_start as u64;
                self.opened = true;
                self.dropped = None;
                self.length_checked = false;
                self.search_from = line_end.saturating_sub(1);
            } else {
                self.search_from = line_start;
            }
        }
    }

    /// True when the line ending at `newline` is blank: empty, or a lone CR.
    fn follows_blank_line(&self, newline: usize) -> bool {
        if newline < self.message_start {
            return false;
        }
        // After a cut for size the message start is no line start.
        let at_line_start = |i: usize| i == self.message_start && self.dropped.is_none();
        if at_line_start(newline) {
            return true;
        }
        let Some(before) = newline.checked_sub(1) else {
            return false;
        };
        match self.buf.get(before) {
            Some(b'\n') => true,
            Some(b'\r') => {
                at_line_start(before)
                    || before.checked_sub(1).and_then(|i| self.buf.get(i)) == Some(&b'\n')
            }
            _ => false,
        }
    }

    fn close_input(&mut self, spans: &mut Vec<Span>) {
        let rest = self.buf.get(self.message_start..).unwrap_or_default();
        let preamble_blank =
            !self.opened && !self.preamble_nonblank && rest.iter().all(u8::is_ascii_whitespace);
        if !preamble_blank {
            spans.push(Span {
                from: self.message_start,
                to: self.buf.len(),
                offset: self.message_offset,
                index: self.index,
                dropped: self.dropped,
            });
        }
    }

    /// Drops what has been handed out; cuts a message over the size limit.
    fn compact(&mut self, max_message_bytes: usize) {
        // Bytes before `search_from` certainly belong to the current message;
        // the rest may still turn out to be the next separator.
        let certain = self.search_from.saturating_sub(self.message_start);
        if self.dropped.is_some() || certain > max_message_bytes {
            let keep_from = self
                .search_from
                .saturating_sub(OVERSIZED_TAIL)
                .max(self.message_start);
            let cut = keep_from - self.message_start;
            if !self.opened {
                let dropped_text = self
                    .buf
                    .get(self.message_start..keep_from)
                    .unwrap_or_default();
                self.preamble_nonblank |= dropped_text.iter().any(|b| !b.is_ascii_whitespace());
            }
            // Mid-message from now on: the blank-line test knows the cut
            // point is no line start.
            self.dropped = Some(self.dropped.unwrap_or(0) + cut as u64);
            self.message_start = keep_from;
        }
        let consumed = self.message_start;
        self.buf.drain(..consumed);
        self.base += consumed as u64;
        self.message_start = 0;
        self.search_from = self.search_from.saturating_sub(consumed);
    }
}

/// Turns spans into messages (unquoting, limits) and hands them out.
fn emit(
    buf: &[u8],
    spans: Vec<Span>,
    max_message_bytes: usize,
    batch: &mut impl FnMut(Vec<Piece<'_>>),
) {
    if spans.is_empty() {
        return;
    }
    let pieces = spans
        .into_iter()
        .map(|span| {
            let raw = buf.get(span.from..span.to).unwrap_or_default();
            let size = span.dropped.unwrap_or(0) + raw.len() as u64;
            if span.dropped.is_some() || raw.len() > max_message_bytes {
                return Piece {
                    bytes: Cow::Borrowed(&[]),
                    index: span.index,
                    offset: span.offset,
                    oversized: Some(size),
                };
            }
            Piece {
                bytes: unquote(raw),
                index: span.index,
                offset: span.offset,
                oversized: None,
            }
        })
        .collect();
    batch(pieces);
}

enum LengthCheck {
    /// A separator starts at this index, where Content-Length points.
    Separator(usize),
    /// No usable Content-Length.
    None,
    /// The header block or the body is not all in the buffer yet.
    NeedMore,
}

/// Where the message at `start` ends according to its `Content-Length`.
fn content_length_end(buf: &[u8], start: usize, eof: bool) -> LengthCheck {
    let rest = buf.get(start..).unwrap_or_default();
    // Only the header block is searched: scanning the rest of the buffer
    // for each message would make splitting quadratic.
    let header_end = match blank_line_end(rest) {
        Some(end) => end,
        None if eof || rest.len() > MAX_HEADER_SEARCH => return LengthCheck::None,
        None => return LengthCheck::NeedMore,
    };
    let headers = rest.get(..header_end).unwrap_or_default();
    let length = headers.split(|&b| b == b'\n').find_map(|line| {
        let (name, value) = line.split_at_checked(15)?;
        if !name.eq_ignore_ascii_case(b"content-length:") {
            return None;
        }
        std::str::from_utf8(value)
            .ok()?
            .trim()
            .parse::<usize>()
            .ok()
    });
    let Some(length) = length else {
        return LengthCheck::None;
    };
    let Some(end) = start
        .checked_add(header_end)
        .and_then(|e| e.checked_add(length))
    else {
        return LengthCheck::None;
    };
    let Some(after) = buf.get(end..) else {
        return if eof {
            LengthCheck::None
        } else {
            LengthCheck::NeedMore
        };
    };
    if after.len() < 8 && !eof {
        return LengthCheck::NeedMore;
    }
    let separator = after
        .strip_prefix(b"\r\n")
        .or_else(|| after.strip_prefix(b"\n"))
        .unwrap_or(after);
    if separator.starts_with(b"From ") || (eof && separator.is_empty()) {
        LengthCheck::Separator(buf.len() - separator.len())
    } else {
        LengthCheck::None
    }
}

/// How far into a message its header block is looked for.
const MAX_HEADER_SEARCH: usize = 256 * 1024;

/// The end of the first blank line (`\n\n` or `\n\r\n`) in the first
/// [`MAX_HEADER_SEARCH`] bytes: where the body starts.
fn blank_line_end(text: &[u8]) -> Option<usize> {
    let text = text.get(..MAX_HEADER_SEARCH).unwrap_or(text);
    memchr::memchr_iter(b'\n', text).find_map(|i| match (text.get(i + 1), text.get(i + 2)) {
        (Some(b'\n'), _) => Some(i + 2),
        (Some(b'\r'), Some(b'\n')) => Some(i + 3),
        _ => None,
    })
}

/// Undoes `>From ` quoting (one `>` less) and drops the blank line that
/// separates the message from the next, copying only when quoting is found.
fn unquote(raw: &[u8]) -> Cow<'_, [u8]> {
    let raw = raw.get(..separator_trimmed_len(raw)).unwrap_or(raw);
    let quoted = memmem::find_iter(raw, b">From ").any(|i| {
        let before = raw.get(..i).unwrap_or_default();
        let line_start = before.iter().rposition(|&b| b != b'>').map_or(0, |p| p + 1);
        line_start == 0 || before.get(line_start - 1) == Some(&b'\n')
    });
    if !quoted {
        return Cow::Borrowed(raw);
    }
    let mut out = Vec::with_capacity(raw.len());
    for line in raw.split_inclusive(|&b| b == b'\n') {
        let quotes = line.iter().take_while(|&&b| b == b'>').count();
        let quoted_from = quotes > 0 && line.get(quotes..).is_some_and(|r| r.starts_with(b"From "));
        out.extend_from_slice(if quoted_from {
            line.get(1..).unwrap_or_default()
        } else {
            line
        });
    }
    Cow::Owned(out)
}

/// The length without the blank line that separates it from the next message.
fn separator_trimmed_len(bytes: &[u8]) -> usize {
    if bytes.ends_with(b"\r\n\r\n") {
        bytes.len() - 2
    } else if bytes.ends_with(b"\n\n") {
        bytes.len() - 1
    } else {
        bytes.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mailbox::mbox::{MboxMessage, MboxReader};

    fn fast(input: &[u8], max: usize) -> Vec<MboxMessage> {
        let mut out = Vec::new();
        let result = split_mbox(input, max, |pieces| {
            out.extend(pieces.into_iter().map(|p| MboxMessage {
                bytes: p.bytes.into_owned(),
                offset: p.offset,
                oversized: p.oversized,
            }))
        });
        assert!(result.is_ok());
        out
    }

    fn reference(input: &[u8], max: usize) -> Vec<MboxMessage> {
        MboxReader::new(input, max).filter_map(Result::ok).collect()
    }

    #[test]
    fn agrees_with_the_line_reader_on_edge_cases() {
        let cases: [&[u8]; 12] = [
            b"",
            b"\n\n",
            b"From a@x Mon Jan  6 08:15:02 2025\n",
            b"From a@x Mon Jan  6 08:15:02 2025\nS: 1\n\nbody\n\nFrom b@x Mon Jan  6 08:15:03 2025\nS: 2\n\nb",
            b"From a@x Mon Jan  6 08:15:02 2025\r\nS: 1\r\n\r\nb\r\n>From x\r\n\r\nFrom b@x Mon Jan  6 08:15:03 2025\r\nS: 2\r\n",
            b"junk\n\nFrom a@x Mon Jan  6 08:15:02 2025\nS: 1\n",
            b"\nFrom a@x Mon Jan  6 08:15:02 2025\nS: 1\n",
            b"From a@x Mon Jan  6 08:15:02 2025\n\nFrom b@x Mon Jan  6 08:15:03 2025\n",
            b"From a@x Mon Jan  6 08:15:02 2025\nS: 1\n\nFrom the desk\nFrom b@x Mon Jan  6 08:15:03 2025\n",
            b"From a@x Mon Jan  6 08:15:02 2025\nS: 1\n\n>>From deep\n\nFrom b@x Mon Jan  6 08:15:03 2025",
            b"From - \nS: 1\n\nx\n",
            b"Subject: no mbox\n\nbody\n",
        ];
        for case in cases {
            assert_eq!(
                fast(case, 1 << 20),
                reference(case, 1 << 20),
                "{:?}",
                String::from_utf8_lossy(case)
            );
        }
    }

    #[test]
    fn content_length_keeps_unquoted_from_lines_in_the_body() {
        let input = b"From a@x Mon Jan  6 08:15:02 2025\nContent-Length: 42\nS: 1\n\nline\n\nFrom b@x Mon Jan  6 08:15:03 2025\nx\n\nFrom c@x Mon Jan  6 08:15:04 2025\nS: 2\n\nb\n";
        let got = fast(input, 1 << 20);
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn oversized_messages_are_cut_and_counted() {
        let mut input = b"From a@x Mon Jan  6 08:15:02 2025\nS: 1\n\n".to_vec();
        input.extend(std::iter::repeat_n(b'x', 3 * BLOCK));
        input.extend_from_slice(b"\n\nFrom b@x Mon Jan  6 08:15:03 2025\nS: 2\n\nb\n");
        let got = fast(&input, 1024);
        assert_eq!(got.len(), 2);
        assert_eq!(
            got.first().and_then(|m| m.oversized),
            Some(3 * BLOCK as u64 + 8)
        );
        assert_eq!(
            got.get(1).map(|m| m.bytes.as_slice()),
            Some(&b"S: 2\n\nb\n"[..])
        );
    }
}
