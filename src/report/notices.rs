//! Notices: one short letter per person whose official address holds
//! accounts that violate the policy, saying which services, since when, and
//! what to do. Plain text (to paste into a mail) and HTML (to print).

use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::dates::date;
use super::html::Esc;
use super::i18n::{Lang, Text, fill};
use super::{Report, ServiceRecord};
use crate::error::{Error, ErrorKind, Result};

/// Longest file stem written; addresses are at most 254 characters, but
/// some file systems and archivers choke on long names.
const MAX_STEM: usize = 100;
/// Line width of the plain-text notice.
const TEXT_WIDTH: usize = 76;

/// A notice to one person; see [`notices`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Notice {
    /// The official address it is about.
    pub address: String,
    /// The person's name, when a directory gave it.
    pub person: Option<String>,
    /// The person's unit, when a directory gave it.
    pub unit: Option<String>,
    /// A file name without extension made from the address: ASCII letters,
    /// digits, `.`, `_` and `-` only, `@` written `_at_`; unique among the
    /// notices of one report.
    pub file_stem: String,
    /// The notice as plain text (LF line ends).
    pub text: String,
    /// The notice as one self-contained HTML page, ready to print.
    pub html: String,
}

/// One notice per official address with at least one violating account, in
/// address order. A notice lists the violating accounts (service, first and
/// last mail, the first mail's redacted subject), asks the person to move
/// each account to a personal address or delete it, to change the official
/// mailbox's password (at least 8 characters with upper and lower case
/// letters, a digit and a special character) and never to save it in a
/// browser; it also warns of any phishing aimed at the address.
pub fn notices(report: &Report, lang: Lang) -> Vec<Notice> {
    let mut violations: BTreeMap<&str, Vec<&ServiceRecord>> = BTreeMap::new();
    for record in report.accounts.iter().filter(|r| r.violation) {
        violations.entry(&record.address).or_default().push(record);
    }
    let mut stems = HashSet::new();
    violations
        .into_iter()
        .map(|(address, mut records)| {
            records.sort_by(|a, b| {
                (&a.first_seen, &a.service.name).cmp(&(&b.first_seen, &b.service.name))
            });
            let phishing: Vec<&str> = report
                .suspected_phishing
                .iter()
                .filter(|r| r.address == address)
                .map(|r| r.service.name.as_str())
                .collect();
            let mut letter = Letter::new(lang, address, &records, &phishing);
            letter.risks = super::security::risk_lines(&report.security, address, lang == Lang::Vi);
            let mut file_stem = file_stem(address);
            let mut n = 1;
            while !stems.insert(file_stem.clone()) {
                n += 1;
                file_stem = format!("{}-{n}", self::file_stem(address));
            }
            Notice {
                address: address.to_string(),
                person: letter.person.map(str::to_string),
                unit: letter.unit.map(str::to_string),
                file_stem,
                text: letter.text(),
                html: letter.html(),
            }
        })
        .collect()
}

/// Writes each notice of [`notices`] into `dir` (created if missing) as
/// `<file_stem>.txt` (UTF-8 with a byte order mark and CRLF line ends, so
/// Notepad on any Windows shows it right) and `<file_stem>.html`. Returns
/// the files written.
pub fn write_notices(report: &Report, lang: Lang, dir: &Path) -> Result<Vec<PathBuf>> {
    let io_error = |path: &Path, e: std::io::Error| {
        Error::new(ErrorKind::Io, format!("{}: {e}", path.display())).with_source(e)
    };
    std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
    let mut written = Vec::new();
    for notice in notices(report, lang) {
        let text_path = dir.join(format!("{}.txt", notice.file_stem));
        let mut text = b"\xEF\xBB\xBF".to_vec();
        text.extend_from_slice(notice.text.replace('\n', "\r\n").as_bytes());
        std::fs::write(&text_path, text).map_err(|e| io_error(&text_path, e))?;
        written.push(text_path);
        let html_path = dir.join(format!("{}.html", notice.file_stem));
        let mut file = std::fs::File::create(&html_path).map_err(|e| io_error(&html_path, e))?;
        file.write_all(notice.html.as_bytes())
            .map_err(|e| io_error(&html_path, e))?;
        written.push(html_path);
    }
    Ok(written)
}

/// `an.nguyen_at_stttt.quangngai.gov.vn`: safe on every file system, never
/// hidden (no leading dot), never empty.
fn file_stem(address: &str) -> String {
    let mut stem = String::with_capacity(address.len() + 3);
    for c in address.chars() {
        match c {
            '@' => stem.push_str("_at_"),
            c if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') => {
                stem.push(c.to_ascii_lowercase());
            }
            _ => stem.push('_'),
        }
    }
    let stem = stem.trim_start_matches('.');
    let stem: String = stem.chars().take(MAX_STEM).collect();
    if stem.is_empty() {
        "notice".to_string()
    } else {
        stem
    }
}

/// The content of one notice, before it is laid out as text or HTML.
struct Letter<'r> {
    lang: Lang,
    address: &'r str,
    person: Option<&'r str>,
    unit: Option<&'r str>,
    /// One line per violating account.
    services: Vec<String>,
    phishing: Option<String>,
    /// Accounts at risk of this address, each with what to do.
    risks: Vec<String>,
}

impl<'r> Letter<'r> {
    fn new(
        lang: Lang,
        address: &'r str,
        records: &[&'r ServiceRecord],
        phishing: &[&str],
    ) -> Letter<'r> {
        let person = records.iter().find_map(|r| r.person.as_deref());
        let unit = records.iter().find_map(|r| r.unit.as_deref());
        let services = records
            .iter()
            .map(|record| {
                let mut parts = Vec::new();
                if let Some(first) = &record.first_seen {
                    parts.push(fill(
                        lang.text(Text::NoticeSince),
                        &[("date", &date(lang, first))],
                    ));
                }
                if let (Some(first), Some(last)) = (&record.first_seen, &record.last_seen) {
                    if date(lang, first) != date(lang, last) {
                        parts.push(fill(
                            lang.text(Text::NoticeLastSeen),
                            &[("date", &date(lang, last))],
                        ));
                    }
                }
                if let Some(subject) = record
                    .evidence
                    .first()
                    .and_then(|e| e.message.subject.as_deref())
                {
                    parts.push(fill(
                        lang.text(Text::NoticeFirstMail),
                        &[("subject", subject)],
                    ));
                }
                format!(
                    "{} ({}): {}",
                    record.service.name,
                    lang.category(record.service.category),
                    parts.join("; ")
                )
            })
            .collect();
        let phishing = (!phishing.is_empty()).then(|| {
            fill(
                lang.text(Text::NoticePhishing),
                &[("services", &phishing.join(", "))],
            )
        });
        Letter {
            lang,
            address,
            person,
            unit,
            services,
            phishing,
            risks: Vec::new(),
        }
    }

    fn t(&self, key: Text) -> &'static str {
        self.lang.text(key)
    }

    fn salutation(&self) -> String {
        match self.person {
            Some(name) => fill(
                self.t(Text::NoticeTo),
                &[("name", name), ("address", self.address)],
            ),
            None => fill(self.t(Text::NoticeToAddress), &[("address", self.address)]),
        }
    }

    fn actions(&self) -> [&'static str; 3] {
        [
            self.t(Text::NoticeChangeAccounts),
            self.t(Text::NoticeChangePassword),
            self.t(Text::NoticeNoBrowser),
        ]
    }

    fn text(&self) -> String {
        let mut out = String::new();
        // Every line passes the terminal filter: the text file is read
        // with `cat` and `type` too, and subjects come from mail.
        let mut line = |text: &str| {
            out.push_str(&super::sanitize::terminal_text(text));
            out.push('\n');
        };
        line(self.t(Text::NoticeTitle));
        line(self.t(Text::NoticeSubject));
        line("");
        line(&self.salutation());
        if let Some(unit) = self.unit {
            line(&fill(self.t(Text::NoticeUnit), &[("unit", unit)]));
        }
        line("");
        line(&wrap(
            &fill(self.t(Text::NoticeIntro), &[("address", self.address)]),
            "",
        ));
        line("");
        for (i, service) in self.services.iter().enumerate() {
            line(&wrap(&format!("  {}. {service}", i + 1), "     "));
        }
        line("");
        line(self.t(Text::NoticeActions));
        for (i, action) in self.actions().iter().enumerate() {
            line(&wrap(&format!("  {}. {action}", i + 1), "     "));
        }
        line("");
        if let Some(phishing) = &self.phishing {
            line(&wrap(phishing, ""));
            line("");
        }
        for risk in &self.risks {
            line(&wrap(risk, ""));
            line("");
        }
        line(&wrap(self.t(Text::NoticeReportBack), ""));
        out
    }

    fn html(&self) -> String {
        let mut out = format!(
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
             style-src 'unsafe-inline'\">\n<title>{} — {}</title>\n<style>\n{NOTICE_STYLE}</style>\n\
             </head>\n<body>\n<h1>{}</h1>\n<p class=\"subject\">{}</p>\n<p>{}",
            self.lang.code(),
            Esc(self.t(Text::NoticeTitle)),
            Esc(self.address),
            Esc(self.t(Text::NoticeTitle)),
            Esc(self.t(Text::NoticeSubject)),
            Esc(&self.salutation()),
        );
        if let Some(unit) = self.unit {
            out.push_str(&format!(
                "<br>{}",
                Esc(&fill(self.t(Text::NoticeUnit), &[("unit", unit)]))
            ));
        }
        out.push_str(&format!(
            "</p>\n<p>{}</p>\n<ol class=\"services\">\n",
            Esc(&fill(
                self.t(Text::NoticeIntro),
                &[("address", self.address)]
            ))
        ));
        for service in &self.services {
            out.push_str(&format!("<li>{}</li>\n", Esc(service)));
        }
        out.push_str(&format!(
            "</ol>\n<p>{}</p>\n<ol>\n",
            Esc(self.t(Text::NoticeActions))
        ));
        for action in self.actions() {
            out.push_str(&format!("<li>{}</li>\n", Esc(action)));
        }
        out.push_str("</ol>\n");
        if let Some(phishing) = &self.phishing {
            out.push_str(&format!("<p class=\"warn\">{}</p>\n", Esc(phishing)));
        }
        for risk in &self.risks {
            out.push_str(&format!("<p class=\"warn\">{}</p>\n", Esc(risk)));
        }
        out.push_str(&format!(
            "<p>{}</p>\n</body>\n</html>\n",
            Esc(self.t(Text::NoticeReportBack))
        ));
        out
    }
}

const NOTICE_STYLE: &str = "body { max-width: 720px; margin: 32px auto; padding: 0 24px; \
font-family: \"Times New Roman\", \"Liberation Serif\", \"DejaVu Serif\", serif; \
font-size: 16px; line-height: 1.5; color: #111; }\n\
h1 { text-align: center; font-size: 20px; margin-bottom: 0; }\n\
.subject { text-align: center; font-style: italic; margin-top: 2px; }\n\
.services li { margin-bottom: 4px; }\n\
.warn { border-left: 4px solid #8a5300; padding-left: 10px; }\n\
@media print { @page { size: A4; margin: 20mm; } body { margin: 0; max-width: none; } }\n";

/// Wraps `text` at [`TEXT_WIDTH`] characters on spaces; continuation lines
/// start with `indent`.
fn wrap(text: &str, indent: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for (i, word) in text.split(' ').enumerate() {
        let len = word.chars().count();
        if i > 0 && width + 1 + len > TEXT_WIDTH && width > indent.len() {
            out.push('\n');
            out.push_str(indent);
            width = indent.len();
        } else if i > 0 {
            out.push(' ');
            width += 1;
        }
        out.push_str(word);
        width += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_stems_are_safe() {
        assert_eq!(
            file_stem("an.nguyen@stttt.quangngai.gov.vn"),
            "an.nguyen_at_stttt.quangngai.gov.vn"
        );
        assert_eq!(file_stem("../../etc/passwd@x"), "_.._etc_passwd_at_x");
        assert_eq!(file_stem(".hidden@x.vn"), "hidden_at_x.vn");
        assert_eq!(file_stem("ngọc@x.vn"), "ng_c_at_x.vn");
        assert_eq!(file_stem(""), "notice");
        assert_eq!(file_stem(&"a".repeat(300)).len(), MAX_STEM);
    }

    #[test]
    fn wrapping_keeps_words_whole() {
        let text = "word ".repeat(40);
        let wrapped = wrap(text.trim(), "  ");
        assert!(wrapped.lines().all(|l| l.chars().count() <= TEXT_WIDTH));
        assert_eq!(wrapped.split_whitespace().count(), 40);
    }
}
