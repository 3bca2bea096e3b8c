//! Report writers: a table and an HTML page for people, JSON / JSON Lines /
//! CSV for programs and spreadsheets.

use std::io::{self, Write};

use serde::Serialize;

use super::i18n::{Lang, Text};
use super::{Change, Problem, Report, ServiceRecord, Summary};
use crate::error::{Error, ErrorKind, Result};

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// A plain-text table for the terminal.
    Table,
    /// The whole report as one JSON document (see the README for the schema).
    Json,
    /// One JSON object per line: records, problems, then the summary.
    JsonLines,
    /// One row per record; UTF-8 with BOM and CRLF so Excel reads Vietnamese.
    Csv,
    /// One self-contained HTML page (no network, no external files): a
    /// summary with charts, a table per unit, the evidence, suspected
    /// phishing apart; sortable, filterable, printable.
    Html,
}

impl Format {
    /// Parses `table`, `json`, `jsonl`, `csv` or `html`.
    pub fn parse(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "table" | "text" => Some(Format::Table),
            "json" => Some(Format::Json),
            "jsonl" | "json-lines" | "ndjson" => Some(Format::JsonLines),
            "csv" => Some(Format::Csv),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }

    /// The language to write in when the user chose none: Vietnamese for
    /// the HTML report, which is handed to heads of units; English for the
    /// others, whose readers are auditors and programs.
    pub fn default_lang(self) -> Lang {
        match self {
            Format::Html => Lang::Vi,
            Format::Table | Format::Json | Format::JsonLines | Format::Csv => Lang::En,
        }
    }
}

/// Writes `report` to `out` in `format`; `lang` picks the language of the
/// table, of the HTML page and of the CSV's human-readable columns.
pub fn write_report(
    report: &Report,
    format: Format,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<()> {
    let result = match format {
        Format::Table => {
            // Every byte of the table passes the terminal filter: mail's
            // escape sequences are shown, never acted on.
            let mut safe = super::sanitize::TerminalSafe::new(&mut *out);
            write_table(report, lang, &mut safe).and_then(|()| safe.flush())
        }
        Format::Json => write_json(report, out),
        Format::JsonLines => write_json_lines(report, out),
        Format::Csv => write_csv(report, lang, out),
        Format::Html => super::html::write_html(report, lang, out),
    };
    result.map_err(|e| Error::new(ErrorKind::Io, format!("writing the report: {e}")).with_source(e))
}

fn write_json(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    writeln!(out)
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Line<'a> {
    Account(&'a ServiceRecord),
    ToReview(&'a ServiceRecord),
    SuspectedPhishing(&'a ServiceRecord),
    Invitation(&'a ServiceRecord),
    Newsletter(&'a ServiceRecord),
    NoLongerSeen(&'a ServiceRecord),
    Problem(&'a Problem),
    Security(&'a super::Security),
    Summary {
        schema_version: u32,
        generator: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        owner: Option<&'a str>,
        #[serde(flatten)]
        summary: &'a Summary,
        #[serde(skip_serializing_if = "Option::is_none")]
        comparison: Option<ComparisonCounts<'a>>,
    },
}

/// The comparison on the summary line; its records have lines of their own.
#[derive(Serialize)]
struct ComparisonCounts<'a> {
    previous: &'a str,
    new_accounts: u64,
    unchanged_accounts: u64,
    no_longer_seen: usize,
}

fn write_json_lines(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let records = report
        .accounts
        .iter()
        .map(Line::Account)
        .chain(report.to_review.iter().map(Line::ToReview))
        .chain(
            report
                .suspected_phishing
                .iter()
                .map(Line::SuspectedPhishing),
        )
        .chain(report.invitations.iter().map(Line::Invitation))
        .chain(report.newsletters.iter().map(Line::Newsletter))
        .chain(no_longer_seen(report).iter().map(Line::NoLongerSeen))
        .chain(report.problems.iter().map(Line::Problem))
        .chain(
            Some(&report.security)
                .filter(|s| !s.is_empty())
                .map(Line::Security),
        )
        .chain(std::iter::once(Line::Summary {
            schema_version: report.schema_version,
            generator: &report.generator,
            owner: report.owner.as_deref(),
            summary: &report.summary,
            comparison: report.comparison.as_ref().map(|c| ComparisonCounts {
                previous: &c.previous,
                new_accounts: c.new_accounts,
                unchanged_accounts: c.unchanged_accounts,
                no_longer_seen: c.no_longer_seen.len(),
            }),
        }));
    for line in records {
        serde_json::to_writer(&mut *out, &line)?;
        writeln!(out)?;
    }
    Ok(())
}

fn write_csv(report: &Report, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    // The byte order mark makes Excel read the file as UTF-8.
    out.write_all(b"\xEF\xBB\xBF")?;
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    let all = || {
        report
            .accounts
            .iter()
            .chain(&report.to_review)
            .chain(&report.approved)
            .chain(&report.suspected_phishing)
            .chain(&report.invitations)
            .chain(&report.newsletters)
            .chain(no_longer_seen(report))
    };
    // Columns that only a directory or a comparison fills come only then,
    // so a plain scan keeps the plain layout.
    let with_units = all().any(|r| r.unit.is_some() || r.person.is_some());
    let with_change = report.comparison.is_some();
    let with_standing = all().any(|r| r.standing.is_some());
    let mut header = vec![
        "kind",
        "address",
        "service_id",
        "service",
        "category",
        "events",
        "first_seen",
        "last_seen",
        "messages",
        "confidence",
        "violation",
        "first_evidence",
    ];
    if with_units {
        header.extend(["unit", "person"]);
    }
    if with_change {
        header.push("change");
    }
    if with_standing {
        header.push("standing");
    }
    write_row(&mut writer, &header)?;
    for record in all() {
        let events: Vec<&str> = record.events.iter().map(|e| lang.event(*e)).collect();
        let first = record
            .evidence
            .first()
            .map(|e| e.location.to_string())
            .unwrap_or_default();
        let messages = record.messages.to_string();
        let events = events.join("; ");
        let mut row = vec![
            lang.kind(record.kind),
            &record.address,
            &record.service.id,
            &record.service.name,
            lang.category(record.service.category),
            &events,
            record.first_seen.as_deref().unwrap_or(""),
            record.last_seen.as_deref().unwrap_or(""),
            &messages,
            lang.confidence(record.confidence),
            if record.violation { "yes" } else { "no" },
            &first,
        ];
        if with_units {
            row.push(record.unit.as_deref().unwrap_or(""));
            row.push(record.person.as_deref().unwrap_or(""));
        }
        if with_change {
            row.push(record.change.map_or("", |c| lang.change(c)));
        }
        let standing = record
            .standing
            .as_ref()
            .map(|s| lang.standing_text(s))
            .unwrap_or_default();
        if with_standing {
            row.push(&standing);
        }
        write_row(&mut writer, &row)?;
    }
    write_security_rows(report, lang, &header, &mut writer)?;
    writer.flush()
}

/// Writes one CSV row, every cell neutralised against formula injection
/// (cells come from mail, file names and the staff directory).
fn write_row<W: Write>(writer: &mut csv::Writer<W>, cells: &[&str]) -> io::Result<()> {
    let cells: Vec<_> = cells.iter().map(|c| super::sanitize::csv_cell(c)).collect();
    writer.write_record(cells.iter().map(|c| c.as_bytes()))?;
    Ok(())
}

/// Every record the table lists.
fn all_records(report: &Report) -> impl Iterator<Item = &ServiceRecord> {
    report
        .accounts
        .iter()
        .chain(&report.suspected_phishing)
        .chain(&report.invitations)
        .chain(&report.newsletters)
        .chain(no_longer_seen(report))
}

/// Accounts at risk as rows of their own (kind `account_at_risk`): the
/// reasons in the events column, the password criteria that fail in the
/// evidence column.
fn write_security_rows<W: Write>(
    report: &Report,
    lang: Lang,
    header: &[&str],
    writer: &mut csv::Writer<W>,
) -> io::Result<()> {
    let vietnamese = lang == Lang::Vi;
    for risk in &report.security.accounts_at_risk {
        let lacks = risk
            .password_fails
            .as_ref()
            .map(|fails| {
                fails
                    .iter()
                    .map(|c| c.describe(vietnamese))
                    .collect::<Vec<_>>()
                    .join("; ")
            })
            .unwrap_or_default();
        let reasons = risk.reasons.join("; ");
        let row: Vec<&str> = header
            .iter()
            .map(|column| match *column {
                "kind" => "account_at_risk",
                "address" => risk.address.as_str(),
                "service_id" => risk.service.as_str(),
                "events" => reasons.as_str(),
                "first_evidence" => lacks.as_str(),
                "unit" => risk.unit.as_deref().unwrap_or(""),
                _ => "",
            })
            .collect();
        write_row(writer, &row)?;
    }
    for machine in &report.security.machines_on_lists {
        let messages = machine.messages.to_string();
        let row: Vec<&str> = header
            .iter()
            .map(|column| match *column {
                "kind" => "sent_from_listed_address",
                "address" => machine.address.as_str(),
                "service_id" => machine.ip.as_str(),
                "last_seen" => machine.last_seen.as_deref().unwrap_or(""),
                "messages" => messages.as_str(),
                "unit" => machine.unit.as_deref().unwrap_or(""),
                _ => "",
            })
            .collect();
        write_row(writer, &row)?;
    }
    Ok(())
}

/// The accounts of an earlier audit not seen in this one (none when no
/// comparison was made).
fn no_longer_seen(report: &Report) -> &[ServiceRecord] {
    report
        .comparison
        .as_ref()
        .map_or(&[], |c| c.no_longer_seen.as_slice())
}

fn write_table(report: &Report, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", lang.text(Text::Title))?;
    if let Some(owner) = &report.owner {
        writeln!(out, "{}: {owner}", lang.text(Text::Owner))?;
    }
    if let Some(comparison) = &report.comparison {
        writeln!(
            out,
            "{}: {}",
            lang.text(Text::ComparedWith),
            comparison.previous
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{} ({})",
        lang.text(Text::Accounts),
        report.accounts.len()
    )?;
    if report.accounts.is_empty() {
        writeln!(out, "  {}", lang.text(Text::NoAccounts))?;
    }
    write_records(&report.accounts, lang, out)?;
    for (title, records) in [
        (Text::ToReview, report.to_review.as_slice()),
        (
            Text::SuspectedPhishing,
            report.suspected_phishing.as_slice(),
        ),
        (Text::ApprovedAccounts, &report.approved),
        (Text::Invitations, &report.invitations),
        (Text::Newsletters, &report.newsletters),
        (Text::NoLongerSeen, no_longer_seen(report)),
    ] {
        if !records.is_empty() {
            writeln!(out)?;
            writeln!(out, "{} ({})", lang.text(title), records.len())?;
            write_records(records, lang, out)?;
        }
    }
    super::security::write_text(&report.security, lang == Lang::Vi, out)?;
    let s = &report.summary;
    if all_records(report).any(|r| !r.evidence.is_empty()) {
        writeln!(out)?;
        writeln!(out, "{}", lang.text(Text::LocationLegend))?;
    }
    writeln!(out)?;
    writeln!(out, "{}", lang.text(Text::Summary))?;
    writeln!(
        out,
        "  {} {}, {} {}, {} {}",
        s.files,
        lang.counted(s.files, Text::File, Text::Files),
        s.files_not_mail,
        lang.counted(s.files_not_mail, Text::FileNotMail, Text::FilesNotMail),
        s.files_unreadable,
        lang.counted(
            s.files_unreadable,
            Text::FileUnreadable,
            Text::FilesUnreadable
        )
    )?;
    writeln!(
        out,
        "  {} {}: {} {}, {} {}, {} {}",
        s.messages,
        lang.counted(s.messages, Text::MessageRead, Text::MessagesRead),
        s.inspected,
        lang.text(Text::Inspected),
        s.skipped_total(),
        lang.text(Text::Skipped),
        s.failed,
        lang.text(Text::Failed)
    )?;
    if s.already_read > 0 {
        writeln!(out, "  {} {}", s.already_read, lang.text(Text::AlreadyRead))?;
    }
    for (reason, count) in &s.skipped {
        writeln!(
            out,
            "    {} {count}: {}",
            lang.text(Text::Skipped),
            lang.skip_reason(*reason)
        )?;
    }
    writeln!(
        out,
        "  {} {}, {} {}",
        s.official_addresses,
        lang.text(Text::OfficialAddresses),
        s.violations,
        lang.text(Text::Violations)
    )?;
    if !report.problems.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "{} ({})",
            lang.text(Text::Problems),
            report.problems.len()
        )?;
        for problem in &report.problems {
            writeln!(out, "  {}: {}", problem.location, problem.error)?;
        }
    }
    Ok(())
}

fn write_records(records: &[ServiceRecord], lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let mut last_address = None;
    for record in records {
        if last_address != Some(&record.address) {
            // Name and unit when a directory gave them.
            let who: Vec<&str> = [record.person.as_deref(), record.unit.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            if who.is_empty() {
                writeln!(out, "  {}", record.address)?;
            } else {
                writeln!(out, "  {} ({})", record.address, who.join(", "))?;
            }
            last_address = Some(&record.address);
        }
        let mark = if record.violation { "!" } else { " " };
        let events: Vec<&str> = record.events.iter().map(|e| lang.event(*e)).collect();
        let span = match (&record.first_seen, &record.last_seen) {
            (Some(first), Some(last)) if first != last => {
                format!(
                    "{} … {}",
                    first.get(..10).unwrap_or(first),
                    last.get(..10).unwrap_or(last)
                )
            }
            (Some(first), _) => first.get(..10).unwrap_or(first).to_string(),
            _ => "-".to_string(),
        };
        let status = if record.violation {
            lang.text(Text::Violation)
        } else if record.kind == crate::FindingKind::Account {
            lang.text(Text::Approved)
        } else {
            ""
        };
        // Only new accounts are marked: "seen before" is the quiet default.
        let change = match record.change {
            Some(Change::Unchanged) | None => String::new(),
            Some(change) => format!(" [{}]", lang.change(change)),
        };
        writeln!(
            out,
            "   {mark} {:<22} {:<16} {:<23} {:>3} {:<8} {:<10} {}{}",
            record.service.name,
            lang.category(record.service.category),
            span,
            record.messages,
            lang.counted(record.messages, Text::Message, Text::Messages),
            lang.confidence(record.confidence),
            status,
            change
        )?;
        writeln!(out, "       {}", events.join(", "))?;
        if let Some(standing) = &record.standing {
            writeln!(out, "       [{}]", lang.standing_text(standing))?;
        }
        if let Some(evidence) = record.evidence.first() {
            let subject = evidence.message.subject.as_deref().unwrap_or("");
            writeln!(
                out,
                "       {}: {} \"{}\"",
                lang.text(Text::Evidence),
                evidence.location,
                subject
            )?;
        }
    }
    Ok(())
}
