//! Text helpers: diacritic folding for bilingual matching, HTML to text,
//! redaction of secrets.

use std::sync::LazyLock;

use regex::Regex;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Compiles a pattern written in this crate. Every such pattern is compiled
/// by the unit tests, so a failure here is a bug caught before release.
#[allow(clippy::expect_used)]
pub(crate) fn constant_regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("constant pattern compiles")
}

/// The longest start of `text` of at most `max_bytes` bytes that ends on a
/// character boundary.
pub(crate) fn prefix(text: &str, max_bytes: usize) -> &str {
    let mut end = text.len().min(max_bytes);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or_default()
}

/// Folds text for matching: lowercase, Vietnamese (and other) diacritics
/// removed, `đ` as `d`, runs of white space as one space. "Xác nhận",
/// "XÁC NHẬN", its NFD form and "Xac nhan" all fold to "xac nhan".
pub(crate) fn fold(text: &str) -> String {
    // Equivalent to walking `text.nfd()` and dropping combining marks, but
    // one character at a time: NFD's canonical reordering only moves
    // characters of non-zero combining class, all of which are combining
    // marks (a unit test checks every code point) and are dropped here, so
    // the reorder buffer is not needed. ASCII, most of any text, is its own
    // decomposition and is folded a run of bytes at a time.
    let mut folded = Folded {
        out: Vec::with_capacity(text.len()),
        last_space: true,
    };
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let (run, tail) = rest.split_at_checked(ascii).unwrap_or((rest, ""));
        folded.push_ascii(run.as_bytes());
        let mut chars = tail.chars();
        if let Some(c) = chars.next() {
            decompose_canonical(c, |d| folded.push(d));
        }
        rest = chars.as_str();
    }
    let mut out = folded.out;
    if out.last() == Some(&b' ') {
        out.pop();
    }
    // Only whole characters were pushed, so this never fails.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The output of [`fold`], one decomposed character at a time.
struct Folded {
    out: Vec<u8>,
    last_space: bool,
}

impl Folded {
    /// ASCII bytes: white space (as `char::is_whitespace` has it) collapsed
    /// to one space, letters lowercased.
    fn push_ascii(&mut self, run: &[u8]) {
        for &b in run {
            if matches!(b, b'\t'..=b'\r' | b' ') {
                if !self.last_space {
                    self.out.push(b' ');
                    self.last_space = true;
                }
            } else {
                self.last_space = false;
                self.out.push(b.to_ascii_lowercase());
            }
        }
    }

    fn push(&mut self, c: char) {
        if c.is_ascii() {
            self.push_ascii(&[c as u8]);
            return;
        }
        if is_combining_mark(c) {
            return;
        }
        if c.is_whitespace() {
            if !self.last_space {
                self.out.push(b' ');
                self.last_space = true;
            }
            return;
        }
        self.last_space = false;
        let mut buf = [0; 4];
        match c {
            'đ' | 'Đ' => self.out.push(b'd'),
            c => {
                for lower in c.to_lowercase() {
                    self.out
                        .extend_from_slice(lower.encode_utf8(&mut buf).as_bytes());
                }
            }
        }
    }
}

/// Turns HTML into plain text: tags dropped, `<script>`/`<style>` content
/// dropped, block tags as line breaks, character references decoded.
pub(crate) fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        push_decoded(&mut out, rest.get(..lt).unwrap_or(""));
        let after = rest.get(lt + 1..).unwrap_or("");
        let Some(gt) = after.find('>') else {
            rest = "";
            break;
        };
        let tag = after.get(..gt).unwrap_or("");
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .map(|c| c.to_ascii_lowercase())
            .collect();
        rest = after.get(gt + 1..).unwrap_or("");
        if !tag.starts_with('/') && (name == "script" || name == "style" || name == "head") {
            let close = format!("</{name}");
            let lower = rest.to_ascii_lowercase();
            rest = match lower.find(&close) {
                Some(pos) => rest.get(pos..).unwrap_or(""),
                None => "",
            };
            continue;
        }
        if matches!(
            name.as_str(),
            "br" | "p" | "div" | "tr" | "li" | "h1" | "h2" | "h3" | "h4" | "table" | "td" | "title"
        ) {
            out.push('\n');
        }
    }
    push_decoded(&mut out, rest);
    out
}

/// Appends `text` with its character references decoded: all HTML5 named
/// entities and numeric references, by the WHATWG rules (a reference
/// without its `;`, an unknown name or a bad number is handled as browsers
/// do).
fn push_decoded(out: &mut String, text: &str) {
    if text.contains('&') {
        out.push_str(&htmlize::unescape(text));
    } else {
        out.push_str(text);
    }
}

/// Removes what must never reach a report from a subject line: links, codes
/// (`123456`, `FB-12345`, `G-943518`, `849-210`) and long tokens.
pub(crate) fn redact(subject: &str) -> String {
    static LINK: LazyLock<Regex> =
        LazyLock::new(|| constant_regex(r"(?i)\b(?:https?://|www\.)\S+"));
    static CODE: LazyLock<Regex> = LazyLock::new(|| {
        constant_regex(r"\b(?:[A-Za-z]{1,3}-)?\d[\d -]{2,}\d\b|\b[A-Za-z0-9_-]{24,}\b")
    });
    // Most subjects hold nothing to redact: skip the searches when what
    // they need is absent (a link needs `://` or `www.`; a code two digits,
    // `\d` being any Unicode digit, or a 24-character ASCII token).
    let may_link = subject.contains("://") || subject.to_ascii_lowercase().contains("www.");
    let may_code = subject.chars().filter(|c| c.is_numeric()).nth(1).is_some()
        || longest_ascii_token(subject) >= 24;
    if !may_link && !may_code {
        return subject.to_string();
    }
    let without_links = if may_link {
        LINK.replace_all(subject, "[link]")
    } else {
        std::borrow::Cow::Borrowed(subject)
    };
    // `find_iter` rather than a replacement closure: the closure would ask
    // the regex for capture groups, a much slower search.
    let mut redacted = String::with_capacity(without_links.len());
    let mut last = 0;
    for found in CODE.find_iter(&without_links) {
        let matched = found.as_str();
        let digits = matched.chars().filter(char::is_ascii_digit).count();
        redacted.push_str(without_links.get(last..found.start()).unwrap_or_default());
        // Order numbers and dates keep their shape, codes do not; both are
        // hidden because a report must not leak a usable code.
        if digits >= 4 || matched.len() >= 24 {
            redacted.push_str("[redacted]");
        } else {
            redacted.push_str(matched);
        }
        last = found.end();
    }
    redacted.push_str(without_links.get(last..).unwrap_or_default());
    redacted
}

/// The length of the longest run of `[A-Za-z0-9_-]` in `text`.
fn longest_ascii_token(text: &str) -> usize {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .map(str::len)
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prefix_ends_on_a_character_boundary() {
        let text = "Xác nhận";
        // "X" is 1 byte, "á" 2: a cut inside "á" falls back before it.
        assert_eq!(prefix(text, 2), "X");
        assert_eq!(prefix(text, 3), "Xá");
        assert_eq!(prefix(text, 100), text);
        assert_eq!(prefix(text, 0), "");
        for max in 0..=text.len() + 1 {
            let cut = prefix(text, max);
            assert!(cut.len() <= max && text.starts_with(cut));
        }
    }

    /// `fold` as it was written first: over the NFD stream.
    fn fold_reference(text: &str) -> String {
        use unicode_normalization::UnicodeNormalization;
        let mut out = String::with_capacity(text.len());
        let mut last_space = true;
        for c in text.nfd() {
            if is_combining_mark(c) {
                continue;
            }
            if c.is_whitespace() {
                if !last_space {
                    out.push(' ');
                    last_space = true;
                }
                continue;
            }
            last_space = false;
            match c {
                'đ' | 'Đ' => out.push('d'),
                c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
                c => out.extend(c.to_lowercase()),
            }
        }
        if out.ends_with(' ') {
            out.pop();
        }
        out
    }

    /// What makes the one-character-at-a-time `fold` exact: every character
    /// that NFD may reorder (non-zero combining class) is a combining mark.
    #[test]
    fn only_combining_marks_are_reordered() {
        use unicode_normalization::char::canonical_combining_class;
        for c in (0..=0x10_FFFFu32).filter_map(char::from_u32) {
            if canonical_combining_class(c) != 0 {
                assert!(is_combining_mark(c), "{c:?} U+{:04X}", u32::from(c));
            }
        }
    }

    #[test]
    fn folding_agrees_with_the_nfd_stream() {
        use unicode_normalization::UnicodeNormalization;
        let samples = [
            "Xác nhận địa chỉ EMAIL",
            "XÁC  NHẬN\r\n Đăng ký tài khoản",
            "Chào mừng bạn đến với Tinh tế!",
            "한국어 텍스트 가나다",
            "a\u{0301}\u{0323}b \u{0323}\u{0301}c \u{1E09}",
            "ﬁ ǅ İstanbul ΐ ẞ",
            "\u{0345}\u{0301}x\t\u{000B}y\u{00A0}z\u{2003} ",
            "",
            "   ",
        ];
        for sample in samples {
            let nfd: String = sample.nfd().collect();
            let nfc: String = sample.nfc().collect();
            for text in [sample, nfd.as_str(), nfc.as_str()] {
                assert_eq!(fold(text), fold_reference(text), "{text:?}");
            }
        }
        // Every BMP code point, in runs, with marks in between.
        let mut text = String::new();
        for c in (0..=0xFFFFu32).filter_map(char::from_u32) {
            text.push(c);
            if u32::from(c) % 7 == 0 {
                text.push('\u{0301}');
            }
            if u32::from(c) % 64 == 0 {
                assert_eq!(fold(&text), fold_reference(&text));
                text.clear();
            }
        }
    }

    #[test]
    fn folding_is_form_and_case_insensitive() {
        use unicode_normalization::UnicodeNormalization;
        let nfc = "Xác nhận địa chỉ EMAIL";
        let nfd: String = nfc.nfd().collect();
        assert_eq!(fold(nfc), "xac nhan dia chi email");
        assert_eq!(fold(&nfd), "xac nhan dia chi email");
        assert_eq!(fold("XÁC  NHẬN\r\n Đăng"), "xac nhan dang");
    }

    #[test]
    fn html() {
        let text = html_to_text(
            "<html><head><title>t</title><style>p{}</style></head><body><p>Xin ch&agrave;o &amp; <b>ch&#224;o</b>&#x21;</p><script>var a='<p>';</script>end",
        );
        assert!(text.contains("Xin chào & chào!"), "{text}");
        assert!(text.contains("end"));
        assert!(!text.contains("var a"));
        assert_eq!(html_to_text("a < b"), "a ");
    }

    #[test]
    fn html_entities_as_ckeditor_writes_vietnamese() {
        let html = "<p>Vui l&ograve;ng b&acirc;́m v&agrave;o li&ecirc;n k&ecirc;́t \
            &nbsp;&#273;&#7875; x&aacute;c nh&#7853;n &#273;&#7883;a ch&#7881; email v&agrave; \
            k&iacute;ch ho&#7841;t t&agrave;i kho&#7843;n c&#7911;a b&#7841;n.</p>\
            <p>Tr&acirc;n tr&#7885;ng, Ban qu&#7843;n tr&#7883; &ndash; Di&#7877;n &#273;&agrave;n</p>";
        let text = html_to_text(html);
        assert!(
            text.contains("để xác nhận địa chỉ email và kích hoạt tài khoản của bạn."),
            "{text}"
        );
        assert!(
            text.contains("Trân trọng, Ban quản trị – Diễn đàn"),
            "{text}"
        );
        assert_eq!(
            fold(&text),
            "vui long bam vao lien ket de xac nhan dia chi email va kich hoat tai khoan cua ban. \
             tran trong, ban quan tri – dien dan"
        );
        // `&ecirc;`, `&ocirc;`, `&Ocirc;` and `&nbsp;` (a space to `fold`).
        let text = html_to_text("Ti&ecirc;u &#273;&ecirc;\u{300} &Ocirc;ng b&ocirc;");
        assert_eq!(text, "Tiêu đê\u{300} Ông bô");
        assert_eq!(fold(&text), "tieu de ong bo");
        assert_eq!(fold(&html_to_text("a&nbsp;&nbsp;b")), "a b");
    }

    #[test]
    fn malformed_entities_are_decoded_as_browsers_do() {
        // Unknown names, a lone `&`, bad numbers: kept or replaced, never lost.
        assert_eq!(html_to_text("a &bogus; b"), "a &bogus; b");
        assert_eq!(html_to_text("Q&A & more"), "Q&A & more");
        assert_eq!(html_to_text("&#xZZ; &#;"), "&#xZZ; &#;");
        assert_eq!(html_to_text("&#99999999;"), "\u{FFFD}");
        assert_eq!(html_to_text("&#0;"), "\u{FFFD}");
        // Legacy names without `;`, as browsers read them.
        assert_eq!(html_to_text("&amp &lt;b&gt; &copy 2025"), "& <b> © 2025");
        assert_eq!(html_to_text("&notit;"), "¬it;");
        // An unterminated reference at the end.
        assert_eq!(html_to_text("x&aacute"), "xá");
        assert_eq!(html_to_text("x&"), "x&");
    }

    #[test]
    fn redaction() {
        assert_eq!(
            redact("123456 là mã xác nhận Facebook của bạn"),
            "[redacted] là mã xác nhận Facebook của bạn"
        );
        assert_eq!(
            redact("FB-12345 is your Facebook confirmation code"),
            "[redacted] is your Facebook confirmation code"
        );
        assert_eq!(
            redact("Your X confirmation code is 849-210"),
            "Your X confirmation code is [redacted]"
        );
        assert_eq!(
            redact("G-943518 is your Google verification code"),
            "[redacted] is your Google verification code"
        );
        assert_eq!(
            redact("Reset at https://x.com/r?t=abc now"),
            "Reset at [link] now"
        );
        assert_eq!(
            redact("Welcome to Web 2.0 in 2 steps"),
            "Welcome to Web 2.0 in 2 steps"
        );
        // The shortcuts see what the searches see (non-ASCII digits match
        // the code pattern but are not counted as digits: kept, as before).
        assert_eq!(redact("Mã ١٢٣٤٥٦ của bạn"), "Mã ١٢٣٤٥٦ của bạn");
        assert_eq!(redact("See WWW.x.vn/a"), "See [link]");
        assert_eq!(
            redact("token abcdefghijklmnopqrstuvwx end"),
            "token [redacted] end"
        );
        assert_eq!(redact("Re: Hồ sơ số 3"), "Re: Hồ sơ số 3");
        assert_eq!(redact("Order 12 and 34"), "Order 12 and 34");
    }

    /// The shortcuts in `redact` never change its result: compare with the
    /// plain searches on many subjects.
    #[test]
    fn redaction_shortcuts_agree_with_the_searches() {
        let link = constant_regex(r"(?i)\b(?:https?://|www\.)\S+");
        let code = constant_regex(r"\b(?:[A-Za-z]{1,3}-)?\d[\d -]{2,}\d\b|\b[A-Za-z0-9_-]{24,}\b");
        let reference = |subject: &str| -> String {
            let without_links = link.replace_all(subject, "[link]");
            code.replace_all(&without_links, |caps: &regex::Captures<'_>| {
                let matched = caps.get(0).map_or("", |m| m.as_str());
                let digits = matched.chars().filter(char::is_ascii_digit).count();
                if digits >= 4 || matched.len() >= 24 {
                    "[redacted]".to_string()
                } else {
                    matched.to_string()
                }
            })
            .into_owned()
        };
        let pieces = [
            "Re:",
            "Hồ sơ",
            "123",
            "4",
            "456789",
            "FB-12345",
            "849-210",
            "https://x.vn/a?b=1",
            "www.",
            "WwW.a.b",
            "httpſ://a",
            "://",
            "١٢",
            "٣",
            "abcdefghijklmnopqrstuvwxyz",
            "_-",
            "2.0",
            " ",
            "  ",
            "G-9",
            "Xác nhận",
            "mã",
            "-",
            "9 9 9",
            "\u{301}",
        ];
        let mut state = 12345u64;
        for _ in 0..20_000 {
            let mut subject = String::new();
            for _ in 0..(state % 7) {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let i = usize::try_from(state >> 33).unwrap_or(0) % pieces.len();
                subject.push_str(pieces.get(i).copied().unwrap_or(""));
                if state & 1 == 0 {
                    subject.push(' ');
                }
            }
            assert_eq!(redact(&subject), reference(&subject), "{subject:?}");
        }
    }
}
