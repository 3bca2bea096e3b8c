//! The HTML report: one self-contained page for heads of units.
//!
//! Everything is inside the file (style, script, charts as inline SVG), and
//! a Content-Security-Policy forbids every network load, so the page opens
//! from a USB stick on an office PC and leaks nothing when it does. Every
//! string that came from mail or from the user passes through [`Esc`].

mod charts;

use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, Write};

use super::dates::{date, date_time};
use super::i18n::{Lang, Text, fill};
use super::{Evidence, Report, ServiceRecord};
use crate::verdict::Confidence;

mod index;
pub(crate) use index::write_index;

const STYLE: &str = include_str!("report.css");
const SCRIPT: &str = include_str!("report.js");

/// No network, no plug-ins, no forms: only the page's own style and script
/// run, and nothing is fetched even if a string slipped through escaping.
/// Set in the head, cleared by the page's script at the end of the body:
/// while the class is on, the account tables are not rendered, so Chromium
/// lays each out once instead of again at every pause in parsing (a table
/// of 2,000 rows: about 1.0 s to 0.7 s, `tests/browser.rs`). Without
/// script the class is never set and the tables show as they are parsed.
const MARK_PARSING: &str = "document.documentElement.classList.add(\"parsing\");";

const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; \
     script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/// Text escaped for HTML content and quoted attribute values. Control
/// characters (which HTML forbids) become spaces.
pub(crate) struct Esc<'a>(pub(crate) &'a str);

impl fmt::Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write as _;
        for c in self.0.chars() {
            match c {
                '&' => f.write_str("&amp;")?,
                '<' => f.write_str("&lt;")?,
                '>' => f.write_str("&gt;")?,
                '"' => f.write_str("&quot;")?,
                '\'' => f.write_str("&#39;")?,
                c if c.is_control() && c != '\n' && c != '\t' => f.write_char(' ')?,
                // Bidi controls and zero-width characters from mail are
                // shown, not obeyed (they could reverse or hide text).
                c if crate::report::sanitize::is_invisible_format(c) => {
                    f.write_str(&crate::report::sanitize::shown_format_char(c))?;
                }
                c => f.write_char(c)?,
            }
        }
        Ok(())
    }
}

/// `12.345` (vi) or `12,345` (en).
pub(crate) fn number(lang: Lang, n: u64) -> String {
    let digits = n.to_string();
    let separator = match lang {
        Lang::Vi => '.',
        Lang::En => ',',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

/// The accounts of one unit, its people in order.
struct Unit<'r> {
    name: &'r str,
    /// False when the unit is the mail domain (no directory entry).
    from_directory: bool,
    accounts: Vec<&'r ServiceRecord>,
}

impl Unit<'_> {
    fn people(&self) -> usize {
        let mut addresses: Vec<&str> = self.accounts.iter().map(|r| r.address.as_str()).collect();
        addresses.sort_unstable();
        addresses.dedup();
        addresses.len()
    }

    fn violations(&self) -> usize {
        self.accounts.iter().filter(|r| r.violation).count()
    }
}

/// Accounts grouped by unit, units in alphabetical order (what a reader
/// looks for is their own unit), people by name then address.
fn units<'r>(accounts: impl IntoIterator<Item = &'r ServiceRecord>) -> Vec<Unit<'r>> {
    let mut groups: BTreeMap<(String, &str, bool), Vec<&ServiceRecord>> = BTreeMap::new();
    for record in accounts {
        let name = record.unit_or_domain();
        let key = (crate::text::fold(name), name, record.unit.is_some());
        groups.entry(key).or_default().push(record);
    }
    groups
        .into_iter()
        .map(|((_, name, from_directory), mut accounts)| {
            accounts.sort_by(|a, b| {
                let who = |r: &ServiceRecord| {
                    r.person
                        .as_deref()
                        .map(crate::text::fold)
                        .unwrap_or_default()
                };
                (who(a), &a.address, &a.service.name).cmp(&(who(b), &b.address, &b.service.name))
            });
            Unit {
                name,
                from_directory,
                accounts,
            }
        })
        .collect()
}

pub(crate) fn write_html(report: &Report, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    // Approved accounts are listed with their unit, marked allowed.
    let units = units(report.accounts.iter().chain(&report.approved));
    let with_people = report
        .accounts
        .iter()
        .chain(&report.suspected_phishing)
        .any(|r| r.person.is_some());
    let page = Page {
        report,
        lang,
        with_people,
        with_change: report.comparison.is_some(),
        with_standing: report
            .accounts
            .iter()
            .chain(&report.approved)
            .any(|r| r.standing.is_some()),
    };
    page.head(out)?;
    page.header(out)?;
    writeln!(out, "<main>")?;
    page.summary(out, &units)?;
    page.units(out, &units)?;
    page.phishing(out)?;
    page.security(out)?;
    page.to_review(out)?;
    page.no_longer_seen(out)?;
    page.other_mail(out)?;
    page.problems(out)?;
    writeln!(out, "</main>")?;
    page.footer(out)?;
    writeln!(out, "<output id=\"selftest\" hidden></output>")?;
    writeln!(out, "<script>\n{SCRIPT}</script>\n</body>\n</html>")
}

struct Page<'r> {
    report: &'r Report,
    lang: Lang,
    /// A directory named someone: show a name column.
    with_people: bool,
    /// Compared with an earlier audit: show a change column.
    with_change: bool,
    /// From a ledger or with approvals: show a status column.
    with_standing: bool,
}

impl Page<'_> {
    fn t(&self, key: Text) -> &'static str {
        self.lang.text(key)
    }

    fn head(&self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(
            out,
            "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"{CONTENT_SECURITY_POLICY}\">\n\
             <meta name=\"generator\" content=\"{generator}\">\n\
             <title>{title}</title>\n<style>\n{STYLE}</style>\n\
             <script>{MARK_PARSING}</script>\n</head>",
            lang = self.lang.code(),
            generator = Esc(&self.report.generator),
            title = Esc(self.t(Text::ReportTitle)),
        )
    }

    fn header(&self, out: &mut dyn Write) -> io::Result<()> {
        let lang = self.lang;
        writeln!(
            out,
            "<body>\n<header>\n<h1>{}</h1>\n<p class=\"subtitle\">{}</p>",
            Esc(self.t(Text::ReportTitle)),
            Esc(self.t(Text::ReportSubtitle))
        )?;
        let mut facts: Vec<String> = Vec::new();
        if let Some(owner) = &self.report.owner {
            facts.push(format!("{}: {}", Esc(self.t(Text::Owner)), Esc(owner)));
        }
        let dates = self
            .report
            .accounts
            .iter()
            .chain(&self.report.suspected_phishing)
            .flat_map(|r| [&r.first_seen, &r.last_seen])
            .flatten();
        if let (Some(first), Some(last)) = (dates.clone().min(), dates.max()) {
            facts.push(format!(
                "{}: {} {} {}",
                Esc(self.t(Text::EvidencePeriod)),
                Esc(&date(lang, first)),
                Esc(self.t(Text::DateRangeTo)),
                Esc(&date(lang, last))
            ));
        }
        if let Some(comparison) = &self.report.comparison {
            facts.push(format!(
                "{}: {}",
                Esc(self.t(Text::ComparedWith)),
                Esc(&comparison.previous)
            ));
        }
        if !facts.is_empty() {
            writeln!(out, "<p class=\"facts\">{}</p>", facts.join(" · "))?;
        }
        writeln!(out, "</header>")
    }

    fn summary(&self, out: &mut dyn Write, units: &[Unit<'_>]) -> io::Result<()> {
        let lang = self.lang;
        let s = &self.report.summary;
        writeln!(
            out,
            "<section id=\"summary\">\n<h2>{}</h2>\n<div class=\"cards\">",
            Esc(self.t(Text::Summary))
        )?;
        let details = fill(
            self.t(Text::ScanDetails),
            &[
                ("inspected", &number(lang, s.inspected)),
                ("skipped", &number(lang, s.skipped_total())),
                ("failed", &number(lang, s.failed)),
            ],
        );
        let mut cards: Vec<(&str, u64, Text, &str, Option<String>)> = vec![
            ("files", s.files, Text::MailboxesScanned, "", None),
            (
                "messages",
                s.messages,
                Text::MessagesScanned,
                "",
                Some(details),
            ),
            (
                "official_addresses",
                s.official_addresses,
                Text::AddressesWithAccounts,
                "",
                None,
            ),
            ("accounts", s.accounts, Text::AccountsFound, "", None),
            (
                "violations",
                s.violations,
                Text::ViolationsFound,
                "bad",
                None,
            ),
            (
                "suspected_phishing",
                s.suspected_phishing,
                Text::PhishingFound,
                "warn",
                None,
            ),
        ];
        if let Some(comparison) = &self.report.comparison {
            cards.push((
                "new_accounts",
                comparison.new_accounts,
                Text::NewSincePrevious,
                "",
                None,
            ));
            cards.push((
                "no_longer_seen",
                comparison.no_longer_seen.len() as u64,
                Text::NoLongerSeenCount,
                "",
                None,
            ));
        }
        for (key, count, label, class, detail) in cards {
            let class = if count > 0 && !class.is_empty() {
                format!("card {class}")
            } else {
                "card".to_string()
            };
            write!(
                out,
                "<div class=\"{class}\"><span class=\"num\" data-count=\"{key}\">{}</span>\
                 <span class=\"label\">{}</span>",
                number(lang, count),
                Esc(self.t(label))
            )?;
            if let Some(detail) = detail {
                write!(out, "<span class=\"detail\">{}</span>", Esc(&detail))?;
            }
            writeln!(out, "</div>")?;
        }
        writeln!(out, "</div>")?;
        if !self.report.accounts.is_empty() {
            charts::write_charts(out, self.report, units, lang)?;
        }
        writeln!(out, "</section>")
    }

    fn controls(&self, out: &mut dyn Write, units: &[Unit<'_>]) -> io::Result<()> {
        writeln!(
            out,
            "<div class=\"controls\">\n<label>{} <input type=\"search\" id=\"filter\" \
             placeholder=\"{}\" autocomplete=\"off\"></label>",
            Esc(self.t(Text::Filter)),
            Esc(self.t(Text::FilterPlaceholder))
        )?;
        write!(
            out,
            "<label>{} <select id=\"unit-filter\"><option value=\"\">{}</option>",
            Esc(self.t(Text::Unit)),
            Esc(self.t(Text::AllUnits))
        )?;
        for unit in units {
            write!(
                out,
                "<option value=\"{name}\">{name}</option>",
                name = Esc(unit.name)
            )?;
        }
        writeln!(
            out,
            "</select></label>\n<label><input type=\"checkbox\" id=\"violations-only\"> {}</label>\n\
             <span class=\"shown\">{} <output id=\"rows-shown\"></output></span>\n\
             <span class=\"hint\">{}</span>\n</div>\n<p id=\"no-match\" hidden>{}</p>",
            Esc(self.t(Text::ViolationsOnly)),
            Esc(self.t(Text::RowsShown)),
            Esc(self.t(Text::SortHint)),
            Esc(self.t(Text::NoRowsMatch))
        )
    }

    /// A sortable table heading; `key` names the column for the script.
    fn th(&self, out: &mut dyn Write, key: &str, label: Text) -> io::Result<()> {
        write!(
            out,
            "<th data-key=\"{key}\"><button type=\"button\">{}</button></th>",
            Esc(self.t(label))
        )
    }

    fn units(&self, out: &mut dyn Write, units: &[Unit<'_>]) -> io::Result<()> {
        writeln!(
            out,
            "<section id=\"units\">\n<h2>{}</h2>",
            Esc(self.t(Text::UnitsHeading))
        )?;
        if units.is_empty() {
            writeln!(
                out,
                "<p class=\"empty\">{}</p>\n</section>",
                Esc(self.t(Text::NoAccounts))
            )?;
            return Ok(());
        }
        self.controls(out, units)?;
        let mut account_number = 0;
        for unit in units {
            write!(
                out,
                "<section class=\"unit\" data-unit=\"{}\">\n<h3>{}",
                Esc(unit.name),
                Esc(unit.name)
            )?;
            if !unit.from_directory {
                write!(out, " <small>({})</small>", Esc(self.t(Text::ByMailDomain)))?;
            }
            let counts = fill(
                self.t(Text::UnitCounts),
                &[
                    ("people", &number(self.lang, unit.people() as u64)),
                    ("accounts", &number(self.lang, unit.accounts.len() as u64)),
                    ("violations", &number(self.lang, unit.violations() as u64)),
                ],
            );
            writeln!(out, "</h3>\n<p class=\"unit-counts\">{}</p>", Esc(&counts))?;
            write!(
                out,
                "<table class=\"sortable filterable accounts\">\n<thead><tr>"
            )?;
            if self.with_people {
                self.th(out, "person", Text::Person)?;
            }
            for (key, label) in [
                ("address", Text::Address),
                ("service", Text::Service),
                ("events", Text::Events),
                ("first_seen", Text::FirstSeen),
                ("last_seen", Text::LastSeen),
                ("messages", Text::MessageCount),
                ("confidence", Text::Confidence),
                ("status", Text::Status),
            ] {
                self.th(out, key, label)?;
            }
            if self.with_change {
                self.th(out, "change", Text::Change)?;
            }
            if self.with_standing {
                self.th(out, "standing", Text::Standing)?;
            }
            writeln!(out, "</tr></thead>\n<tbody>")?;
            let first_number = account_number;
            for record in &unit.accounts {
                account_number += 1;
                self.account_row(out, record, unit.name, account_number)?;
            }
            writeln!(
                out,
                "</tbody>\n</table>\n<div class=\"evidence\">\n<h4>{}</h4>",
                Esc(self.t(Text::EvidenceHeading))
            )?;
            for (i, record) in unit.accounts.iter().enumerate() {
                self.evidence(out, record, first_number + i + 1)?;
            }
            writeln!(out, "</div>\n</section>")?;
        }
        writeln!(out, "</section>")
    }

    fn account_row(
        &self,
        out: &mut dyn Write,
        record: &ServiceRecord,
        unit: &str,
        id: usize,
    ) -> io::Result<()> {
        let lang = self.lang;
        write!(
            out,
            "<tr class=\"account{}\" data-account=\"acc-{id}\" data-unit=\"{}\" \
             data-violation=\"{}\" data-address=\"{}\">",
            if record.violation { " violation" } else { "" },
            Esc(unit),
            u8::from(record.violation),
            Esc(&record.address)
        )?;
        if self.with_people {
            write!(
                out,
                "<td>{}</td>",
                Esc(record.person.as_deref().unwrap_or(""))
            )?;
        }
        write!(
            out,
            "<td class=\"addr\"><a href=\"#acc-{id}\">{}</a></td>",
            Esc(&record.address)
        )?;
        self.service_cell(out, record)?;
        write!(out, "<td>{}</td>", Esc(&self.events(record)))?;
        self.date_cell(out, record.first_seen.as_deref())?;
        self.date_cell(out, record.last_seen.as_deref())?;
        write!(
            out,
            "<td class=\"num\" data-sort=\"{}\">{}</td>",
            record.messages,
            number(lang, record.messages)
        )?;
        write!(
            out,
            "<td data-sort=\"{}\">{}</td>",
            confidence_rank(record.confidence),
            Esc(lang.confidence(record.confidence))
        )?;
        if record.violation {
            write!(
                out,
                "<td data-sort=\"1\"><span class=\"badge bad\">{}</span></td>",
                Esc(self.t(Text::StatusViolation))
            )?;
        } else {
            write!(
                out,
                "<td data-sort=\"0\"><span class=\"badge ok\">{}</span></td>",
                Esc(self.t(Text::StatusAllowed))
            )?;
        }
        if self.with_change {
            self.change_cell(out, record)?;
        }
        if self.with_standing {
            let text = record
                .standing
                .as_ref()
                .map(|s| lang.standing_text(s))
                .unwrap_or_default();
            let expired = record.standing.as_ref().is_some_and(|s| s.approval_expired);
            write!(
                out,
                "<td{}>{}</td>",
                if expired {
                    " class=\"approval-expired\""
                } else {
                    ""
                },
                Esc(&text)
            )?;
        }
        writeln!(out, "</tr>")
    }

    fn service_cell(&self, out: &mut dyn Write, record: &ServiceRecord) -> io::Result<()> {
        write!(
            out,
            "<td data-sort=\"{}\">{}<br><small>{}</small></td>",
            Esc(&record.service.name.to_lowercase()),
            Esc(&record.service.name),
            Esc(self.lang.category(record.service.category))
        )
    }

    fn change_cell(&self, out: &mut dyn Write, record: &ServiceRecord) -> io::Result<()> {
        match record.change {
            Some(change) => write!(
                out,
                "<td data-sort=\"{}\"><span class=\"change change-{}\">{}</span></td>",
                change_class(change),
                change_class(change),
                Esc(self.lang.change(change))
            ),
            None => write!(out, "<td></td>"),
        }
    }

    fn date_cell(&self, out: &mut dyn Write, rfc3339: Option<&str>) -> io::Result<()> {
        match rfc3339 {
            Some(d) => write!(
                out,
                "<td class=\"date\" data-sort=\"{}\">{}</td>",
                Esc(d),
                Esc(&date(self.lang, d))
            ),
            None => write!(out, "<td class=\"date\" data-sort=\"\">–</td>"),
        }
    }

    fn events(&self, record: &ServiceRecord) -> String {
        let events: Vec<&str> = record.events.iter().map(|e| self.lang.event(*e)).collect();
        events.join(", ")
    }

    fn evidence(&self, out: &mut dyn Write, record: &ServiceRecord, id: usize) -> io::Result<()> {
        let who = match &record.person {
            Some(person) => format!("{person} <{}>", record.address),
            None => record.address.clone(),
        };
        writeln!(
            out,
            "<article class=\"ev\" id=\"acc-{id}\">\n\
             <h5>{} — {}</h5>",
            Esc(&who),
            Esc(&record.service.name)
        )?;
        self.evidence_table(out, &record.evidence)?;
        let shown = record.evidence.len() as u64;
        if shown < record.messages {
            let note = fill(
                self.t(Text::EvidenceShown),
                &[
                    ("shown", &number(self.lang, shown)),
                    ("total", &number(self.lang, record.messages)),
                ],
            );
            writeln!(out, "<p class=\"note\">{}</p>", Esc(&note))?;
        }
        writeln!(out, "</article>")
    }

    fn evidence_table(&self, out: &mut dyn Write, evidence: &[Evidence]) -> io::Result<()> {
        let lang = self.lang;
        write!(out, "<table class=\"ev-table\"><thead><tr>")?;
        for label in [
            Text::Date,
            Text::Event,
            Text::Subject,
            Text::Sender,
            Text::Authentication,
            Text::Location,
        ] {
            write!(out, "<th>{}</th>", Esc(self.t(label)))?;
        }
        writeln!(out, "</tr></thead>\n<tbody>")?;
        for item in evidence {
            let when = item
                .message
                .date
                .as_deref()
                .map(|d| date_time(lang, d))
                .unwrap_or_else(|| "–".to_string());
            writeln!(
                out,
                "<tr><td class=\"date\">{}</td><td>{}</td><td class=\"subject\">{}</td>\
                 <td class=\"addr\">{}</td><td>{}</td><td class=\"where\">{}</td></tr>",
                Esc(&when),
                Esc(lang.event(item.event)),
                Esc(item.message.subject.as_deref().unwrap_or("")),
                Esc(item.message.sender.as_deref().unwrap_or("")),
                Esc(lang.authentication(item.authentication)),
                Esc(&self.location(&item.location))
            )?;
        }
        writeln!(out, "</tbody></table>")
    }

    /// `sample.mbox, thư số 2, tại byte 2790`.
    fn location(&self, location: &super::Location) -> String {
        let mut text = location.file.clone();
        if let Some(index) = location.index {
            text.push_str(&format!(", {} {index}", self.t(Text::MessageNumber)));
        }
        if let Some(offset) = location.offset {
            text.push_str(&format!(", {} {offset}", self.t(Text::ByteOffset)));
        }
        text
    }

    /// Who a record is about: name and address, and the unit.
    fn who_cells(&self, out: &mut dyn Write, record: &ServiceRecord) -> io::Result<()> {
        match &record.person {
            Some(person) => write!(
                out,
                "<td data-sort=\"{}\">{}<br><span class=\"addr\">{}</span></td>",
                Esc(&crate::text::fold(person)),
                Esc(person),
                Esc(&record.address)
            )?,
            None => write!(out, "<td class=\"addr\">{}</td>", Esc(&record.address))?,
        }
        write!(out, "<td>{}</td>", Esc(record.unit_or_domain()))
    }

    /// A table of records that are not the person's violations, each with
    /// its first evidence inline.
    fn record_table(
        &self,
        out: &mut dyn Write,
        records: &[ServiceRecord],
        service_label: Text,
        with_kind: bool,
    ) -> io::Result<()> {
        let lang = self.lang;
        write!(
            out,
            "<table class=\"sortable filterable records\">\n<thead><tr>"
        )?;
        let who = if self.with_people {
            Text::Person
        } else {
            Text::Address
        };
        self.th(out, "address", who)?;
        self.th(out, "unit", Text::Unit)?;
        if with_kind {
            self.th(out, "kind", Text::Kind)?;
        }
        self.th(out, "service", service_label)?;
        self.th(out, "events", Text::Events)?;
        self.th(out, "first_seen", Text::FirstSeen)?;
        self.th(out, "last_seen", Text::LastSeen)?;
        self.th(out, "messages", Text::MessageCount)?;
        self.th(out, "subject", Text::Subject)?;
        self.th(out, "location", Text::Location)?;
        writeln!(out, "</tr></thead>\n<tbody>")?;
        for record in records {
            write!(
                out,
                "<tr data-unit=\"{}\" data-violation=\"{}\" data-address=\"{}\">",
                Esc(record.unit_or_domain()),
                u8::from(record.violation),
                Esc(&record.address)
            )?;
            self.who_cells(out, record)?;
            if with_kind {
                write!(out, "<td>{}</td>", Esc(lang.kind(record.kind)))?;
            }
            self.service_cell(out, record)?;
            write!(out, "<td>{}</td>", Esc(&self.events(record)))?;
            self.date_cell(out, record.first_seen.as_deref())?;
            self.date_cell(out, record.last_seen.as_deref())?;
            write!(
                out,
                "<td class=\"num\" data-sort=\"{}\">{}</td>",
                record.messages,
                number(lang, record.messages)
            )?;
            let first = record.evidence.first();
            writeln!(
                out,
                "<td class=\"subject\">{}</td><td class=\"where\">{}</td></tr>",
                Esc(first
                    .and_then(|e| e.message.subject.as_deref())
                    .unwrap_or("")),
                Esc(&first
                    .map(|e| self.location(&e.location))
                    .unwrap_or_default())
            )?;
        }
        writeln!(out, "</tbody>\n</table>")
    }

    fn phishing(&self, out: &mut dyn Write) -> io::Result<()> {
        let records = &self.report.suspected_phishing;
        if records.is_empty() {
            return Ok(());
        }
        writeln!(
            out,
            "<section id=\"phishing\">\n<h2>{} ({})</h2>\n<p class=\"explain warn\">{}</p>",
            Esc(self.t(Text::PhishingFound)),
            number(self.lang, records.len() as u64),
            Esc(self.t(Text::PhishingExplain))
        )?;
        self.record_table(out, records, Text::Imitates, false)?;
        writeln!(out, "</section>")
    }

    /// Phishing received per address (with a bar per brand) and accounts
    /// at risk, each with what to do.
    fn security(&self, out: &mut dyn Write) -> io::Result<()> {
        let security = &self.report.security;
        if security.is_empty() {
            return Ok(());
        }
        let vi = self.lang == Lang::Vi;
        writeln!(
            out,
            "<section id=\"security\">\n<h2>{}</h2>",
            if vi {
                "An toàn thông tin"
            } else {
                "Security"
            }
        )?;
        if !security.phishing_by_address.is_empty() {
            // Brands by their names, as the phishing records show them.
            let mut by_brand: BTreeMap<&str, u64> = BTreeMap::new();
            for record in &self.report.suspected_phishing {
                *by_brand.entry(record.service.name.as_str()).or_default() += record.messages;
            }
            let most = by_brand.values().copied().max().unwrap_or(1).max(1);
            writeln!(
                out,
                "<h3>{}</h3>\n<p class=\"explain warn\">{}</p>\n<table class=\"chart\">",
                if vi {
                    "Thư giả mạo theo thương hiệu"
                } else {
                    "Phishing by brand"
                },
                Esc(super::security::phishing_advice(vi))
            )?;
            for (brand, n) in &by_brand {
                writeln!(
                    out,
                    "<tr><th>{}</th><td><span class=\"bar\" style=\"display:inline-block;background:#c0392b;height:0.8em;width:{}%\"></span> {}</td></tr>",
                    Esc(brand),
                    n * 100 / most,
                    number(self.lang, *n)
                )?;
            }
            writeln!(
                out,
                "</table>\n<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
                if vi { "Địa chỉ" } else { "Address" },
                if vi {
                    "Thương hiệu bị giả mạo"
                } else {
                    "Brand imitated"
                },
                if vi { "Số thư" } else { "Messages" }
            )?;
            for record in &self.report.suspected_phishing {
                writeln!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                    Esc(&record.address),
                    Esc(&record.service.name),
                    number(self.lang, record.messages)
                )?;
            }
            writeln!(out, "</tbody></table>")?;
        }
        if !security.machines_on_lists.is_empty() {
            writeln!(
                out,
                "<h3>{}</h3>\n<p class=\"explain warn\">{}</p>\n<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
                if vi {
                    "Máy có thể nhiễm mã độc"
                } else {
                    "Machines that may be infected"
                },
                Esc(super::security::machine_advice(vi)),
                if vi { "Địa chỉ" } else { "Address" },
                if vi {
                    "Địa chỉ IP trong danh sách"
                } else {
                    "Listed IP address"
                },
                if vi { "Số thư" } else { "Messages" }
            )?;
            for machine in &security.machines_on_lists {
                writeln!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                    Esc(&machine.address),
                    Esc(&machine.ip),
                    number(self.lang, machine.messages)
                )?;
            }
            writeln!(out, "</tbody></table>")?;
        }
        if !security.accounts_at_risk.is_empty() {
            writeln!(
                out,
                "<h3>{}</h3>\n<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
                if vi {
                    "Tài khoản có nguy cơ"
                } else {
                    "Accounts at risk"
                },
                if vi { "Địa chỉ" } else { "Address" },
                if vi { "Dịch vụ" } else { "Service" },
                if vi { "Lý do" } else { "Why" },
                if vi {
                    "Việc cần làm"
                } else {
                    "What to do"
                }
            )?;
            for risk in &security.accounts_at_risk {
                let reasons: Vec<&str> = risk
                    .reasons
                    .iter()
                    .map(|r| super::security::reason_label(r, vi))
                    .collect();
                let mut why = reasons.join(", ");
                if let Some(fails) = risk.password_fails.as_ref().filter(|f| !f.is_empty()) {
                    let lacks: Vec<&str> = fails.iter().map(|c| c.describe(vi)).collect();
                    why.push_str(&format!(
                        " ({} {})",
                        if vi {
                            "mật khẩu thiếu:"
                        } else {
                            "password lacks"
                        },
                        lacks.join(", ")
                    ));
                }
                if !risk.logins.is_empty() {
                    why.push_str(&format!(" [{}]", risk.logins.join("; ")));
                }
                let advice: Vec<&str> = risk
                    .reasons
                    .iter()
                    .map(|r| super::security::advice(r, vi))
                    .collect();
                writeln!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    Esc(&risk.address),
                    Esc(&risk.service),
                    Esc(&why),
                    Esc(&advice.join(" "))
                )?;
            }
            writeln!(out, "</tbody></table>")?;
        }
        writeln!(out, "</section>")
    }

    fn no_longer_seen(&self, out: &mut dyn Write) -> io::Result<()> {
        let Some(comparison) = &self.report.comparison else {
            return Ok(());
        };
        writeln!(
            out,
            "<section id=\"no-longer-seen\">\n<h2>{} ({})</h2>\n<p class=\"explain\">{}</p>",
            Esc(self.t(Text::NoLongerSeenCount)),
            number(self.lang, comparison.no_longer_seen.len() as u64),
            Esc(self.t(Text::NoLongerSeenExplain))
        )?;
        if !comparison.no_longer_seen.is_empty() {
            self.record_table(out, &comparison.no_longer_seen, Text::Service, false)?;
        }
        writeln!(out, "</section>")
    }

    fn to_review(&self, out: &mut dyn Write) -> io::Result<()> {
        let records = &self.report.to_review;
        if records.is_empty() {
            return Ok(());
        }
        writeln!(
            out,
            "<section id=\"to-review\">\n<h2>{} ({})</h2>",
            Esc(self.t(Text::ToReview)),
            number(self.lang, records.len() as u64)
        )?;
        self.record_table(out, records, Text::Service, false)?;
        writeln!(out, "</section>")
    }

    fn other_mail(&self, out: &mut dyn Write) -> io::Result<()> {
        let records: Vec<ServiceRecord> = self
            .report
            .invitations
            .iter()
            .chain(&self.report.newsletters)
            .cloned()
            .collect();
        if records.is_empty() {
            return Ok(());
        }
        writeln!(
            out,
            "<section id=\"other-mail\">\n<h2>{} ({})</h2>",
            Esc(self.t(Text::OtherMailHeading)),
            number(self.lang, records.len() as u64)
        )?;
        self.record_table(out, &records, Text::Service, true)?;
        writeln!(out, "</section>")
    }

    fn problems(&self, out: &mut dyn Write) -> io::Result<()> {
        let problems = &self.report.problems;
        if problems.is_empty() {
            return Ok(());
        }
        writeln!(
            out,
            "<section id=\"problems\">\n<h2>{} ({})</h2>\n<table>\n<thead><tr><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
            Esc(self.t(Text::Problems)),
            number(self.lang, problems.len() as u64),
            Esc(self.t(Text::Location)),
            Esc(self.t(Text::Error))
        )?;
        for problem in problems {
            writeln!(
                out,
                "<tr><td class=\"where\">{}</td><td>{}</td></tr>",
                Esc(&self.location(&problem.location)),
                Esc(&problem.error)
            )?;
        }
        writeln!(out, "</tbody>\n</table>\n</section>")
    }

    fn footer(&self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(
            out,
            "<footer>\n<p>{} {}</p>\n<p>{} {} (schema {}).</p>\n</footer>",
            Esc(self.t(Text::TimesNote)),
            Esc(self.t(Text::PrivacyNote)),
            Esc(self.t(Text::MadeBy)),
            Esc(&self.report.generator),
            self.report.schema_version
        )
    }
}

fn confidence_rank(confidence: Confidence) -> u8 {
    match confidence {
        Confidence::Low => 0,
        Confidence::Medium => 1,
        Confidence::High => 2,
    }
}

fn change_class(change: super::Change) -> &'static str {
    match change {
        super::Change::New => "new",
        super::Change::Unchanged => "unchanged",
        super::Change::NoLongerSeen => "gone",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_and_numbers() {
        assert_eq!(
            Esc("<script>alert('x')</script> & \"q\"\u{0}").to_string(),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; "
        );
        assert_eq!(number(Lang::Vi, 1_234_567), "1.234.567");
        assert_eq!(number(Lang::En, 1_234), "1,234");
        assert_eq!(number(Lang::En, 999), "999");
    }
}
