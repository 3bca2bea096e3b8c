//! Report writers: a table for people, JSON / JSON Lines / CSV for programs.

use std::io::{self, Write};

use serde::Serialize;

use super::i18n::{Lang, Text};
use super::{Problem, Report, ServiceRecord, Summary};
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
}

impl Format {
    /// Parses `table`, `json`, `jsonl` or `csv`.
    pub fn parse(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "table" | "text" => Some(Format::Table),
            "json" => Some(Format::Json),
            "jsonl" | "json-lines" | "ndjson" => Some(Format::JsonLines),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// Writes `report` to `out` in `format`; `lang` picks the language of the
/// table and of the CSV's human-readable columns.
pub fn write_report(
    report: &Report,
    format: Format,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<()> {
    let result = match format {
        Format::Table => write_table(report, lang, out),
        Format::Json => write_json(report, out),
        Format::JsonLines => write_json_lines(report, out),
        Format::Csv => write_csv(report, lang, out),
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
    SuspectedPhishing(&'a ServiceRecord),
    Invitation(&'a ServiceRecord),
    Newsletter(&'a ServiceRecord),
    Problem(&'a Problem),
    Summary {
        schema_version: u32,
        generator: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        owner: Option<&'a str>,
        #[serde(flatten)]
        summary: &'a Summary,
    },
}

fn write_json_lines(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let records = report
        .accounts
        .iter()
        .map(Line::Account)
        .chain(
            report
                .suspected_phishing
                .iter()
                .map(Line::SuspectedPhishing),
        )
        .chain(report.invitations.iter().map(Line::Invitation))
        .chain(report.newsletters.iter().map(Line::Newsletter))
        .chain(report.problems.iter().map(Line::Problem))
        .chain(std::iter::once(Line::Summary {
            schema_version: report.schema_version,
            generator: &report.generator,
            owner: report.owner.as_deref(),
            summary: &report.summary,
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
    writer.write_record([
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
    ])?;
    let all = report
        .accounts
        .iter()
        .chain(&report.suspected_phishing)
        .chain(&report.invitations)
        .chain(&report.newsletters);
    for record in all {
        let events: Vec<&str> = record.events.iter().map(|e| lang.event(*e)).collect();
        let first = record
            .evidence
            .first()
            .map(|e| e.location.to_string())
            .unwrap_or_default();
        writer.write_record([
            lang.kind(record.kind),
            &record.address,
            &record.service.id,
            &record.service.name,
            lang.category(record.service.category),
            &events.join("; "),
            record.first_seen.as_deref().unwrap_or(""),
            record.last_seen.as_deref().unwrap_or(""),
            &record.messages.to_string(),
            lang.confidence(record.confidence),
            if record.violation { "yes" } else { "no" },
            &first,
        ])?;
    }
    writer.flush()
}

fn write_table(report: &Report, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", lang.text(Text::Title))?;
    if let Some(owner) = &report.owner {
        writeln!(out, "{}: {owner}", lang.text(Text::Owner))?;
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
        (Text::SuspectedPhishing, &report.suspected_phishing),
        (Text::Invitations, &report.invitations),
        (Text::Newsletters, &report.newsletters),
    ] {
        if !records.is_empty() {
            writeln!(out)?;
            writeln!(out, "{} ({})", lang.text(title), records.len())?;
            write_records(records, lang, out)?;
        }
    }
    let s = &report.summary;
    writeln!(out)?;
    writeln!(out, "{}", lang.text(Text::Summary))?;
    writeln!(
        out,
        "  {} {}, {} {}, {} {}",
        s.files,
        lang.text(Text::Files),
        s.files_not_mail,
        lang.text(Text::FilesNotMail),
        s.files_unreadable,
        lang.text(Text::FilesUnreadable)
    )?;
    writeln!(
        out,
        "  {} {}: {} {}, {} {}, {} {}",
        s.messages,
        lang.text(Text::MessagesRead),
        s.inspected,
        lang.text(Text::Inspected),
        s.skipped_total(),
        lang.text(Text::Skipped),
        s.failed,
        lang.text(Text::Failed)
    )?;
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
            writeln!(out, "  {}", record.address)?;
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
        writeln!(
            out,
            "   {mark} {:<22} {:<16} {:<23} {:>3} {:<6} {:<10} {}",
            record.service.name,
            lang.category(record.service.category),
            span,
            record.messages,
            lang.text(Text::Messages),
            lang.confidence(record.confidence),
            status
        )?;
        writeln!(out, "       {}", events.join(", "))?;
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
