//! A cheap header-only view of a raw message, and its decoded text on demand.

use std::cell::OnceCell;

use mailparse::{MailHeader, MailHeaderMap, ParsedMail};

use crate::address::{Address, addresses_in};
use crate::policy::Limits;
use crate::text::html_to_text;

/// The headers of one message, parsed once, looked up by name.
///
/// Lookups go through lowercase names computed once at parse time, and each
/// header's decoded value is computed at most once: `mailparse`'s own
/// `MailHeaderMap` lookups decode and allocate every header's name on every
/// call, which was most of the cost of judging ordinary mail.
pub(crate) struct Envelope<'a> {
    headers: Vec<MailHeader<'a>>,
    /// Lowercase names, one per header.
    names: Vec<String>,
    /// Decoded values, filled on first use.
    values: Vec<OnceCell<String>>,
}

impl<'a> Envelope<'a> {
    /// Parses the header block. Returns the envelope and the offset of the
    /// body. Fails when the header block cannot be parsed at all.
    pub(crate) fn parse(raw: &'a [u8]) -> Result<(Envelope<'a>, usize), String> {
        let (headers, body_offset) =
            mailparse::parse_headers(raw).map_err(|e| format!("unparsable header block: {e}"))?;
        let names = headers
            .iter()
            .map(|h| h.get_key_ref().to_ascii_lowercase())
            .collect();
        let values = headers.iter().map(|_| OnceCell::new()).collect();
        Ok((
            Envelope {
                headers,
                names,
                values,
            },
            body_offset,
        ))
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.headers.is_empty()
    }

    /// Indices of the headers with this name (ASCII case-insensitive), in order.
    fn indices<'s>(&'s self, name: &'s str) -> impl Iterator<Item = usize> + 's {
        self.names
            .iter()
            .enumerate()
            .filter(move |(_, n)| n.eq_ignore_ascii_case(name))
            .map(|(i, _)| i)
    }

    /// The decoded value of header `index` (as `MailHeader::get_value`).
    fn value(&self, index: usize) -> Option<&str> {
        let header = self.headers.get(index)?;
        let cell = self.values.get(index)?;
        Some(cell.get_or_init(|| header.get_value()).as_str())
    }

    /// The decoded value of the first header with this name.
    pub(crate) fn first(&self, name: &str) -> Option<String> {
        let index = self.indices(name).next()?;
        self.value(index).map(str::to_string)
    }

    /// The decoded value of the first header with this name, borrowed.
    pub(crate) fn first_ref(&self, name: &str) -> Option<&str> {
        let index = self.indices(name).next()?;
        self.value(index)
    }

    /// The decoded values of all headers with this name, in order.
    pub(crate) fn all(&self, name: &str) -> Vec<String> {
        self.indices(name)
            .filter_map(|i| self.value(i).map(str::to_string))
            .collect()
    }

    pub(crate) fn has(&self, name: &str) -> bool {
        self.indices(name).next().is_some()
    }

    /// Lowercase names of all headers, in order.
    pub(crate) fn names(&self) -> impl Iterator<Item = &str> + '_ {
        self.names.iter().map(String::as_str)
    }

    /// Every header as (lowercase name, decoded value), top to bottom; each
    /// value is decoded only when the caller reads it.
    pub(crate) fn fields<'s>(
        &'s self,
    ) -> impl Iterator<Item = (&'s str, impl Fn() -> &'s str + 's)> + 's {
        self.names
            .iter()
            .enumerate()
            .map(move |(i, name)| (name.as_str(), move || self.value(i).unwrap_or_default()))
    }

    /// The addresses of every header with this name (tolerant parsing).
    pub(crate) fn addresses(&self, name: &str) -> Vec<Address> {
        let mut found = Vec::new();
        for index in self.indices(name) {
            for addr in addresses_in(&self.text_for_addresses(index)) {
                if !found.contains(&addr) {
                    found.push(addr);
                }
            }
        }
        found
    }

    /// The first From mailbox: display name (decoded) and address.
    pub(crate) fn from(&self) -> Option<(String, Address)> {
        let index = self.indices("From").next()?;
        let header = self.headers.get(index)?;
        if let Ok(list) = mailparse::addrparse_header(header) {
            for entry in list.iter() {
                if let mailparse::MailAddr::Single(single) = entry {
                    if let Some(addr) = Address::parse(&single.addr) {
                        return Some((single.display_name.clone().unwrap_or_default(), addr));
                    }
                }
            }
        }
        // Tolerant fallback: the display name is what stands before `<`.
        let value = self.value(index)?;
        let addr = addresses_in(value).into_iter().next()?;
        let display = value
            .split_once('<')
            .map(|(name, _)| name.trim().trim_matches('"').to_string())
            .unwrap_or_default();
        Some((display, addr))
    }

    /// Encoded words are decoded only for display; addresses are read from
    /// the raw value so that a decoded comma cannot split an address list
    /// wrongly.
    fn text_for_addresses(&self, index: usize) -> String {
        let Some(header) = self.headers.get(index) else {
            return String::new();
        };
        let raw = String::from_utf8_lossy(header.get_value_raw()).into_owned();
        if raw.contains("=?") {
            // The decoded form may carry an address that was itself encoded.
            format!("{raw} {}", self.value(index).unwrap_or_default())
        } else {
            raw
        }
    }
}

/// The length of the header block (through its blank line), or of the
/// whole message when it has no body; `None` when the header block is
/// longer than `max` bytes.
pub(crate) fn header_block_len(raw: &[u8], max: usize) -> Option<usize> {
    let window = raw.get(..max.saturating_add(4)).unwrap_or(raw);
    let blank = memchr::memchr_iter(b'\n', window).find_map(|i| {
        match (window.get(i + 1), window.get(i + 2)) {
            (Some(b'\n'), _) => Some(i + 2),
            (Some(b'\r'), Some(b'\n')) => Some(i + 3),
            _ => None,
        }
    });
    match blank {
        Some(end) if end <= max.saturating_add(3) => Some(end),
        Some(_) => None,
        None if raw.len() <= max => Some(raw.len()),
        None => None,
    }
}

/// The text of a message, for classification.
pub(crate) struct BodyText {
    /// Decoded text of the text/plain and text/html parts (HTML turned into
    /// text), capped at the decoded-text limit.
    pub(crate) text: String,
    /// True when the cap cut the text.
    pub(crate) truncated: bool,
    /// Parts skipped because they could not be decoded.
    pub(crate) undecodable_parts: usize,
}

/// Decodes the readable text of a message. Attachments are never decoded.
pub(crate) fn body_text(raw: &[u8], limits: &Limits) -> Result<BodyText, String> {
    let parsed =
        mailparse::parse_mail(raw).map_err(|e| format!("unparsable MIME structure: {e}"))?;
    let mut out = BodyText {
        text: String::new(),
        truncated: false,
        undecodable_parts: 0,
    };
    let mut parts_seen = 0usize;
    collect_text(&parsed, 0, limits, &mut parts_seen, &mut out);
    Ok(out)
}

fn collect_text(
    part: &ParsedMail<'_>,
    depth: usize,
    limits: &Limits,
    parts_seen: &mut usize,
    out: &mut BodyText,
) {
    *parts_seen += 1;
    if depth > limits.max_mime_depth || *parts_seen > limits.max_mime_parts {
        out.truncated = true;
        return;
    }
    if out.text.len() >= limits.max_text_bytes {
        out.truncated = true;
        return;
    }
    let mimetype = part.ctype.mimetype.to_ascii_lowercase();
    if mimetype.starts_with("multipart/") {
        // In multipart/alternative the plain part suffices when present.
        let alternative = mimetype == "multipart/alternative";
        let has_plain = alternative
            && part
                .subparts
                .iter()
                .any(|p| p.ctype.mimetype.eq_ignore_ascii_case("text/plain"));
        for sub in &part.subparts {
            if has_plain && sub.ctype.mimetype.eq_ignore_ascii_case("text/html") {
                continue;
            }
            collect_text(sub, depth + 1, limits, parts_seen, out);
        }
        return;
    }
    let is_attachment = part
        .headers
        .get_first_value("Content-Disposition")
        .is_some_and(|d| {
            d.trim_start()
                .to_ascii_lowercase()
                .starts_with("attachment")
        });
    if is_attachment || !(mimetype == "text/plain" || mimetype == "text/html") {
        return;
    }
    match decoded_text(part) {
        Ok(body) => {
            let text = if mimetype == "text/html" {
                html_to_text(&body)
            } else {
                body
            };
            let room = limits.max_text_bytes.saturating_sub(out.text.len());
            if text.len() > room {
                out.truncated = true;
                out.text.push_str(crate::text::prefix(&text, room));
            } else {
                out.text.push_str(&text);
            }
            out.text.push('\n');
        }
        Err(_) => out.undecodable_parts += 1,
    }
}

/// The text of a part, transfer encoding and charset decoded. Quoted-printable
/// is decoded here rather than by `mailparse` (through the
/// `quoted_printable` crate), whose character-by-character decoder was most
/// of the cost of reading a sign-up mail's text.
fn decoded_text(part: &ParsedMail<'_>) -> Result<String, mailparse::MailParseError> {
    match part.get_body_encoded() {
        mailparse::body::Body::QuotedPrintable(encoded) => {
            let bytes = decode_quoted_printable(encoded.get_raw());
            let text = match charset::Charset::for_label(part.ctype.charset.as_bytes()) {
                Some(charset) => charset.decode(&bytes).0.into_owned(),
                None => charset::decode_ascii(&bytes).into_owned(),
            };
            Ok(text)
        }
        _ => part.get_body(),
    }
}

/// Decodes quoted-printable (RFC 2045 §6.7) leniently: `=XX` is the byte XX,
/// `=` at the end of a line (after optional blanks) joins the lines, and
/// anything else (a stray `=`, bad hex, `=` ending the input) is kept as
/// written, as the `quoted_printable` crate's robust mode does.
pub(crate) fn decode_quoted_printable(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len());
    let mut rest = input;
    while let Some(at) = memchr::memchr(b'=', rest) {
        out.extend_from_slice(rest.get(..at).unwrap_or_default());
        let after = rest.get(at + 1..).unwrap_or_default();
        let hex = |i: usize| after.get(i).and_then(|&b| (b as char).to_digit(16));
        if let (Some(high), Some(low)) = (hex(0), hex(1)) {
            // Both digits are below 16, so the byte cannot overflow.
            out.push(u8::try_from(high * 16 + low).unwrap_or_default());
            rest = after.get(2..).unwrap_or_default();
            continue;
        }
        let blanks = after
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        let line_end = match after.get(blanks..) {
            Some([b'\r', b'\n', ..]) => Some(2),
            Some([b'\n', ..]) => Some(1),
            _ => None,
        };
        match line_end {
            // A soft line break: the lines join.
            Some(len) => rest = after.get(blanks + len..).unwrap_or_default(),
            None => {
                out.push(b'=');
                rest = after;
            }
        }
    }
    out.extend_from_slice(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::decode_quoted_printable;
    use proptest::prelude::*;

    #[test]
    fn quoted_printable_cases() {
        let cases: [(&[u8], &[u8]); 7] = [
            (b"x=C3=A1c nh=E1=BA=ADn", "xác nhận".as_bytes()),
            (b"soft=\r\nbreak", b"softbreak"),
            (b"soft= \t\nbreak", b"softbreak"),
            (b"a=3Db", b"a=b"),
            (b"stray = sign", b"stray = sign"),
            (b"bad =ZZ hex", b"bad =ZZ hex"),
            (b"ends with =", b"ends with ="),
        ];
        for (input, expected) in cases {
            assert_eq!(decode_quoted_printable(input), expected);
        }
    }

    proptest! {
        /// Whatever the quoted_printable crate encodes, we decode back.
        #[test]
        fn decodes_what_an_encoder_writes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let encoded = quoted_printable::encode(&bytes);
            prop_assert_eq!(decode_quoted_printable(&encoded), bytes);
        }

        /// Malformed input is kept, never lost: the output is never longer
        /// than the input, and input without `=` comes back unchanged.
        #[test]
        fn lenient_on_anything(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let decoded = decode_quoted_printable(&bytes);
            prop_assert!(decoded.len() <= bytes.len());
            if !bytes.contains(&b'=') {
                prop_assert_eq!(decoded, bytes);
            }
        }
    }
}
