//! Neutralising text from mail before it reaches a terminal or a
//! spreadsheet. Subjects, addresses, file names and directory cells come
//! from strangers: written raw, an escape sequence can rewrite what the
//! reader sees on the terminal, and a cell that starts with `=` runs as a
//! formula in Excel. Each output kind has one mechanism applied to all it
//! writes, so a new field cannot forget it.

use std::borrow::Cow;
use std::io::{self, Write};

/// Characters that make a spreadsheet read a cell as a formula (OWASP's
/// list: `=`, `+`, `-`, `@`, tab and carriage return).
const FORMULA_PREFIXES: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Characters that change how the text around them is shown while being
/// invisible themselves: bidirectional controls (which can reverse an
/// address or a subject on screen, as in "Trojan Source") and zero-width
/// characters (which hide inside an address). Zero-width joiners, which
/// emoji and some scripts need, are kept.
pub(crate) fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// `[U+202E]`: how an invisible format character is shown.
pub(crate) fn shown_format_char(c: char) -> String {
    format!("[U+{:04X}]", u32::from(c))
}

/// `text` with invisible format characters shown as `[U+XXXX]`.
pub(crate) fn show_invisible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_invisible_format) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_invisible_format(c) {
            out.push_str(&shown_format_char(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A CSV cell that a spreadsheet shows as text: a cell starting with a
/// formula prefix gets a leading `'`, which Excel and LibreOffice treat as
/// "text follows" (and hide); invisible format characters are shown.
pub(crate) fn csv_cell(cell: &str) -> Cow<'_, str> {
    let cell = show_invisible(cell);
    if cell.starts_with(FORMULA_PREFIXES) {
        Cow::Owned(format!("'{cell}"))
    } else {
        cell
    }
}

/// True for characters a terminal acts on instead of showing: C0 controls
/// but line feed, DEL, and C1 controls (U+0080–U+009F; some terminals take
/// U+009B as CSI).
fn is_terminal_control(c: char) -> bool {
    (c.is_control() && c != '\n') || c == '\u{7f}'
}

/// `text` with every terminal control character shown as `\u{..}` instead
/// of acted on (line feeds kept), and invisible format characters shown.
pub(crate) fn terminal_text(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| is_terminal_control(c) || is_invisible_format(c))
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_terminal_control(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else if is_invisible_format(c) {
            out.push_str(&shown_format_char(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A writer for terminal text: everything written through it passes
/// [`terminal_text`], whatever field it came from. Bytes that are not
/// UTF-8 are shown as U+FFFD; a character split across two writes is
/// joined first.
pub(crate) struct TerminalSafe<W: Write> {
    inner: W,
    /// The start of a UTF-8 character whose end has not been written yet.
    pending: Vec<u8>,
}

impl<W: Write> TerminalSafe<W> {
    pub(crate) fn new(inner: W) -> Self {
        TerminalSafe {
            inner,
            pending: Vec::new(),
        }
    }
}

impl<W: Write> Write for TerminalSafe<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let bytes = std::mem::take(&mut self.pending);
        let (text, rest) = match std::str::from_utf8(&bytes) {
            Ok(text) => (Cow::Borrowed(text), &[][..]),
            Err(error) => {
                let valid = error.valid_up_to();
                match error.error_len() {
                    // An incomplete character at the end: wait for the rest.
                    None => (
                        String::from_utf8_lossy(bytes.get(..valid).unwrap_or_default()),
                        bytes.get(valid..).unwrap_or_default(),
                    ),
                    Some(_) => (String::from_utf8_lossy(&bytes), &[][..]),
                }
            }
        };
        self.inner.write_all(terminal_text(&text).as_bytes())?;
        self.pending = rest.to_vec();
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            let rest = std::mem::take(&mut self.pending);
            self.inner
                .write_all(String::from_utf8_lossy(&rest).as_bytes())?;
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_prefixes_become_text() {
        assert_eq!(
            csv_cell("=cmd|'/Ccalc'!A0@x.gov.vn"),
            "'=cmd|'/Ccalc'!A0@x.gov.vn"
        );
        assert_eq!(csv_cell("@SUM(1)"), "'@SUM(1)");
        assert_eq!(csv_cell("\tx"), "'\tx");
        assert_eq!(csv_cell("an@x.gov.vn"), "an@x.gov.vn");
        assert_eq!(csv_cell(""), "");
    }

    #[test]
    fn terminal_controls_are_shown_not_acted_on() {
        assert_eq!(terminal_text("a\x1b]0;t\x07b\n"), "a\\u{1b}]0;t\\u{7}b\n");
        assert_eq!(terminal_text("\u{9b}2J\r"), "\\u{9b}2J\\u{d}");
        assert_eq!(terminal_text("Thư mới"), "Thư mới");
    }

    #[test]
    fn split_characters_are_joined() {
        let mut out = TerminalSafe::new(Vec::new());
        let text = "ư\u{9b}".as_bytes();
        for byte in text {
            out.write_all(std::slice::from_ref(byte))
                .unwrap_or_default();
        }
        out.flush().unwrap_or_default();
        assert_eq!(out.inner, "ư\\u{9b}".as_bytes());
    }
}
