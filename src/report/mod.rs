//! Scan reports: every message accounted for, findings aggregated per
//! official address and service, and writers for people and programs.

mod compare;
mod dates;
mod directory;
mod html;
mod i18n;
mod notices;
mod pages;
mod sanitize;
mod security;
mod standing;
mod writers;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use compare::{Change, Comparison, MAX_REPORT_FILE_BYTES};
pub use directory::{Directory, MAX_DIRECTORY_BYTES, Person};
pub use i18n::Lang;
pub use notices::{Notice, notices, write_notices};
pub use pages::{UnitPage, write_unit_pages};
pub use security::{AccountAtRisk, MachineOnList, PhishingReceived, Security};
pub use standing::Standing;
pub use writers::{Format, write_report};

use crate::verdict::{
    Authentication, Confidence, EventKind, Finding, FindingKind, MessageInfo, Outcome,
    RecipientSource, ServiceRef, SkipReason, Verdict,
};

/// The version of the JSON report's schema; raised on any incompatible change.
pub const SCHEMA_VERSION: u32 = 3;

/// Evidence kept per record: the earliest and the latest messages.
const EVIDENCE_KEPT: usize = 20;

/// Where a message was read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Location {
    /// The file (`-` for standard input).
    pub file: String,
    /// The path inside an archive (a Zimbra `.tgz`, a Takeout `.zip`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
    /// The mail folder (Maildir, Zimbra, Takeout label).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub folder: Option<String>,
    /// The message's number in the file (or archive member), from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<u64>,
    /// Byte offset of the message in the file (in the decompressed
    /// archive member, for archives).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
}

impl Location {
    /// A location in `file` (a path, a stream name, `-`), without position.
    pub fn new(file: impl Into<String>) -> Location {
        Location {
            file: file.into(),
            member: None,
            folder: None,
            index: None,
            offset: None,
        }
    }

    /// The same location at message number `index` (from 1).
    pub fn with_index(mut self, index: u64) -> Location {
        self.index = Some(index);
        self
    }

    /// The same location at byte `offset`.
    pub fn with_offset(mut self, offset: u64) -> Location {
        self.offset = Some(offset);
        self
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.file)?;
        if let Some(member) = &self.member {
            write!(f, ":{member}")?;
        }
        if let Some(folder) = &self.folder {
            write!(f, " [{folder}]")?;
        }
        if let Some(index) = self.index {
            write!(f, " #{index}")?;
        }
        if let Some(offset) = self.offset {
            write!(f, " @{offset}")?;
        }
        Ok(())
    }
}

/// One message that shows an official address at a service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Evidence {
    /// Where the message was read.
    pub location: Location,
    /// Its identity (Message-ID, date, redacted subject, sender).
    pub message: MessageInfo,
    /// The event it shows.
    pub event: EventKind,
    /// Where the official address was found in it.
    pub found_in: RecipientSource,
    /// How sure the detector is.
    pub confidence: Confidence,
    /// What backs the sender's identity.
    pub authentication: Authentication,
    /// The relay that carried it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relay: Option<String>,
    /// The signals behind the verdict.
    #[serde(default, deserialize_with = "signals_of_any_version")]
    pub signals: Vec<crate::Signal>,
}

/// One official address × one service × one kind of finding, over all the
/// messages that show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ServiceRecord {
    /// The official address.
    pub address: String,
    /// The service.
    pub service: ServiceRef,
    /// Account, newsletter, invitation or suspected phishing.
    pub kind: FindingKind,
    /// The distinct events seen, in display order.
    pub events: Vec<EventKind>,
    /// Date of the earliest dated message (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_seen: Option<String>,
    /// Date of the latest dated message (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<String>,
    /// The highest confidence among the messages.
    pub confidence: Confidence,
    /// True when the policy counts it as a violation.
    pub violation: bool,
    /// How many messages show it.
    pub messages: u64,
    /// The evidence: all messages, or the earliest and latest ten when more.
    pub evidence: Vec<Evidence>,
    /// The person holding the address, from a [`Directory`] (see
    /// [`Report::assign_units`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    /// The unit (department, office) of the address, from a [`Directory`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// How the account compares with an earlier audit (see
    /// [`Report::compare_with`]); absent when no comparison was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
    /// Its status in the ledger and the approval that covers it, if any
    /// (see [`Report::apply_approvals`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing: Option<Standing>,
}

impl ServiceRecord {
    /// The unit to group the record under: its [`unit`](Self::unit) when a
    /// directory named it, else the domain of the address
    /// (`sxd.quangngai.gov.vn`), which in provincial mail systems usually
    /// stands for one department.
    pub fn unit_or_domain(&self) -> &str {
        match &self.unit {
            Some(unit) => unit,
            None => self
                .address
                .rsplit_once('@')
                .map_or(self.address.as_str(), |(_, domain)| domain),
        }
    }
}

/// A message or file that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Problem {
    /// Where.
    pub location: Location,
    /// Why, in words.
    pub error: String,
}

/// What the scan read and what it did with each message. Every message read
/// is counted exactly once: `messages = inspected + skipped + failed`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Summary {
    /// Files (and streams) read.
    pub files: u64,
    /// Files passed over because they are not mail (see `problems`).
    pub files_not_mail: u64,
    /// Files that could not be read, or broke off (see `problems`).
    pub files_unreadable: u64,
    /// Archive members that are not mail (contacts, calendars, documents).
    #[serde(default)]
    pub archive_members_not_mail: u64,
    /// Inputs given more than once (the same file twice, or a file and a
    /// folder that holds it): read once, each listed in `problems`.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub duplicate_inputs: u64,
    /// Messages read.
    pub messages: u64,
    /// Messages inspected in full.
    pub inspected: u64,
    /// Messages skipped, by reason.
    pub skipped: BTreeMap<SkipReason, u64>,
    /// Messages that could not be parsed (see `problems`).
    pub failed: u64,
    /// Messages passed over because an earlier scan read them (an
    /// incremental scan, see [`ReadLog`](crate::ReadLog)); not in `messages`.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub already_read: u64,
    /// Messages with at least one finding.
    pub messages_with_findings: u64,
    /// Distinct official addresses with an account.
    pub official_addresses: u64,
    /// Account records.
    pub accounts: u64,
    /// Account records that violate the policy.
    pub violations: u64,
    /// Low-confidence account records, to review.
    #[serde(default)]
    pub to_review: u64,
    /// Account records approved for official use (see `approved`).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub approved: u64,
    /// Suspected phishing records.
    pub suspected_phishing: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl Summary {
    /// Messages skipped, all reasons together.
    pub fn skipped_total(&self) -> u64 {
        self.skipped.values().sum()
    }
}

/// The result of a scan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Report {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// `govmail-audit <version>`.
    pub generator: String,
    /// The owner the export was attributed to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// Counts.
    pub summary: Summary,
    /// Accounts of official addresses at services (medium or high
    /// confidence).
    pub accounts: Vec<ServiceRecord>,
    /// Possible accounts found with low confidence: to review, never
    /// violations.
    #[serde(default)]
    pub to_review: Vec<ServiceRecord>,
    /// Accounts approved for official use, reported apart (see
    /// [`Report::apply_approvals`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub approved: Vec<ServiceRecord>,
    /// Mail imitating a service, aimed at official addresses.
    pub suspected_phishing: Vec<ServiceRecord>,
    /// Invitations to official addresses (not evidence of an account).
    pub invitations: Vec<ServiceRecord>,
    /// Newsletters to official addresses (a weak signal).
    pub newsletters: Vec<ServiceRecord>,
    /// Messages and files that could not be read.
    pub problems: Vec<Problem>,
    /// The comparison with an earlier audit, when one was made (see
    /// [`Report::compare_with`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comparison: Option<Comparison>,
    /// Phishing received per official address, accounts at risk and
    /// passwords sent in clear (schema 3).
    #[serde(default, skip_serializing_if = "Security::is_empty")]
    pub security: Security,
}

impl Report {
    /// True when some account violates the policy.
    pub fn has_violations(&self) -> bool {
        self.summary.violations > 0
    }

    /// Every record: accounts, suspected phishing, invitations, newsletters
    /// and, after a comparison, the accounts no longer seen.
    pub(crate) fn records_mut(&mut self) -> impl Iterator<Item = &mut ServiceRecord> {
        let no_longer_seen = self
            .comparison
            .as_mut()
            .map(|c| c.no_longer_seen.iter_mut())
            .into_iter()
            .flatten();
        self.accounts
            .iter_mut()
            .chain(&mut self.to_review)
            .chain(&mut self.approved)
            .chain(&mut self.suspected_phishing)
            .chain(&mut self.invitations)
            .chain(&mut self.newsletters)
            .chain(no_longer_seen)
    }

    /// Names the person and unit of every record whose address the
    /// directory lists; records of other addresses keep what they had.
    /// Reports then group by unit (see [`ServiceRecord::unit_or_domain`])
    /// and show names beside addresses.
    pub fn assign_units(&mut self, directory: &Directory) {
        for record in self.records_mut() {
            if let Some(person) = directory.lookup(&record.address) {
                if person.name.is_some() {
                    record.person.clone_from(&person.name);
                }
                if person.unit.is_some() {
                    record.unit.clone_from(&person.unit);
                }
            }
        }
        let machines = std::mem::take(&mut self.security.machines_on_lists);
        self.security = Security::from_records(
            self.accounts
                .iter()
                .chain(&self.to_review)
                .chain(&self.suspected_phishing),
        );
        self.security.machines_on_lists = machines;
        for machine in &mut self.security.machines_on_lists {
            if let Some(person) = directory.lookup(&machine.address) {
                if person.unit.is_some() {
                    machine.unit.clone_from(&person.unit);
                }
            }
        }
    }
}

/// The longest text copied from mail or archives into a report, in
/// characters (subjects, senders, Message-IDs, archive member and folder
/// names, error texts); longer text is cut and ends with `…`. An RFC 5322
/// line holds at most 998 characters, so real subjects fit.
pub const MAX_COPIED_CHARS: usize = 1000;

/// Cuts `text` to [`MAX_COPIED_CHARS`], marking the cut with `…`.
fn cap_text(text: &mut String) {
    if let Some((cut, _)) = text.char_indices().nth(MAX_COPIED_CHARS) {
        text.truncate(cut);
        text.push('…');
    }
}

/// Caps the names in a location that come from archives.
fn cap_location(location: &mut Location) {
    for text in [&mut location.member, &mut location.folder]
        .into_iter()
        .flatten()
    {
        cap_text(text);
    }
}

/// Builds a report from verdicts, in the order messages were read.
#[derive(Debug, Default)]
pub(crate) struct Aggregator {
    summary: Summary,
    records: BTreeMap<(String, String, FindingKind), ServiceRecord>,
    problems: Vec<Problem>,
}

impl Aggregator {
    pub(crate) fn file_read(&mut self) {
        self.summary.files += 1;
    }

    /// An input that is not mail; listed among the problems unless it is a
    /// known companion file (an index) or an archive member.
    pub(crate) fn not_mail(&mut self, mut location: Location, listed: bool) {
        cap_location(&mut location);
        if location.member.is_some() {
            self.summary.archive_members_not_mail += 1;
        } else {
            self.summary.files_not_mail += 1;
        }
        if listed {
            self.problems.push(Problem {
                location,
                error: "not a mailbox or message; passed over".to_string(),
            });
        }
    }

    /// An input given again (`earlier` names the input that covers it):
    /// not read again, listed so the user knows.
    pub(crate) fn duplicate(&mut self, location: Location, earlier: &str) {
        self.summary.duplicate_inputs += 1;
        self.problems.push(Problem {
            location,
            error: format!("already read as part of input {earlier}; not read again"),
        });
    }

    /// An input, or part of one, that could not be read.
    pub(crate) fn unreadable(&mut self, mut location: Location, mut error: String) {
        cap_location(&mut location);
        cap_text(&mut error);
        self.summary.files_unreadable += 1;
        self.problems.push(Problem { location, error });
    }

    /// Messages passed over as read by an earlier scan.
    pub(crate) fn already_read(&mut self, messages: u64) {
        self.summary.already_read += messages;
    }

    /// Messages read so far.
    pub(crate) fn messages(&self) -> u64 {
        self.summary.messages
    }

    /// Adds `by` to the message numbers of every location this aggregator
    /// recorded (the later ranges of one file read in parallel).
    pub(crate) fn shift_message_numbers(&mut self, by: u64) {
        let shift = |location: &mut Location| {
            if let Some(index) = location.index.as_mut() {
                *index += by;
            }
        };
        for record in self.records.values_mut() {
            record
                .evidence
                .iter_mut()
                .for_each(|e| shift(&mut e.location));
        }
        self.problems
            .iter_mut()
            .for_each(|p| shift(&mut p.location));
    }

    /// Adds what another aggregator saw after what this one saw (files
    /// scanned in parallel are merged in their reading order).
    pub(crate) fn merge(&mut self, other: Aggregator) {
        let (mine, theirs) = (&mut self.summary, other.summary);
        mine.files += theirs.files;
        mine.files_not_mail += theirs.files_not_mail;
        mine.files_unreadable += theirs.files_unreadable;
        mine.archive_members_not_mail += theirs.archive_members_not_mail;
        mine.duplicate_inputs += theirs.duplicate_inputs;
        mine.messages += theirs.messages;
        mine.inspected += theirs.inspected;
        mine.failed += theirs.failed;
        mine.already_read += theirs.already_read;
        mine.messages_with_findings += theirs.messages_with_findings;
        for (reason, count) in theirs.skipped {
            *mine.skipped.entry(reason).or_default() += count;
        }
        for (key, record) in other.records {
            match self.records.get_mut(&key) {
                None => {
                    self.records.insert(key, record);
                }
                Some(existing) => {
                    existing.messages += record.messages;
                    for event in record.events {
                        if !existing.events.contains(&event) {
                            existing.events.push(event);
                        }
                    }
                    existing.events.sort_unstable();
                    existing.first_seen = min_date(existing.first_seen.take(), record.first_seen);
                    existing.last_seen = max_date(existing.last_seen.take(), record.last_seen);
                    existing.confidence = existing.confidence.max(record.confidence);
                    existing.violation |= record.violation;
                    existing.evidence.extend(record.evidence);
                }
            }
        }
        self.problems.extend(other.problems);
    }

    pub(crate) fn add(&mut self, mut location: Location, mut verdict: Verdict) {
        cap_location(&mut location);
        let message = &mut verdict.message;
        for text in [
            &mut message.subject,
            &mut message.sender,
            &mut message.message_id,
            &mut message.date,
        ]
        .into_iter()
        .flatten()
        {
            cap_text(text);
        }
        if let Outcome::Failed { error, .. } = &mut verdict.outcome {
            cap_text(error);
        }
        self.summary.messages += 1;
        match &verdict.outcome {
            Outcome::Inspected => self.summary.inspected += 1,
            Outcome::Skipped { reason } => *self.summary.skipped.entry(*reason).or_default() += 1,
            Outcome::Failed { error, .. } => {
                self.summary.failed += 1;
                self.problems.push(Problem {
                    location: location.clone(),
                    error: error.clone(),
                });
            }
        }
        if !verdict.findings.is_empty() {
            self.summary.messages_with_findings += 1;
        }
        for finding in verdict.findings {
            self.add_finding(&location, &verdict.message, finding);
        }
    }

    fn add_finding(&mut self, location: &Location, message: &MessageInfo, finding: Finding) {
        let key = (
            finding.address.clone(),
            finding.service.id.clone(),
            finding.kind,
        );
        let record = self.records.entry(key).or_insert_with(|| ServiceRecord {
            address: finding.address.clone(),
            service: finding.service.clone(),
            kind: finding.kind,
            events: Vec::new(),
            first_seen: None,
            last_seen: None,
            confidence: finding.confidence,
            violation: false,
            messages: 0,
            evidence: Vec::new(),
            person: None,
            unit: None,
            change: None,
            standing: None,
        });
        record.messages += 1;
        if !record.events.contains(&finding.event) {
            record.events.push(finding.event);
            record.events.sort_unstable();
        }
        record.first_seen = min_date(record.first_seen.take(), message.date.clone());
        record.last_seen = max_date(record.last_seen.take(), message.date.clone());
        record.confidence = record.confidence.max(finding.confidence);
        record.violation |= finding.violation;
        record.evidence.push(Evidence {
            location: location.clone(),
            message: message.clone(),
            event: finding.event,
            found_in: finding.found_in,
            confidence: finding.confidence,
            authentication: finding.authentication,
            relay: finding.relay,
            signals: finding.signals,
        });
    }

    pub(crate) fn finish(self, owner: Option<String>) -> Report {
        let mut summary = self.summary;
        let mut accounts = Vec::new();
        let mut to_review = Vec::new();
        let mut suspected_phishing = Vec::new();
        let mut invitations = Vec::new();
        let mut newsletters = Vec::new();
        let mut machines = Vec::new();
        for (_, mut record) in self.records {
            // Undated evidence sorts first; the sort is stable, so ties keep
            // the order in which messages were read.
            record
                .evidence
                .sort_by(|a, b| a.message.date.cmp(&b.message.date));
            if record.evidence.len() > EVIDENCE_KEPT {
                let half = EVIDENCE_KEPT / 2;
                let tail_start = record.evidence.len() - half;
                record.evidence.drain(half..tail_start);
            }
            match record.kind {
                FindingKind::Account if record.confidence == Confidence::Low => {
                    to_review.push(record);
                }
                FindingKind::Account => accounts.push(record),
                FindingKind::SuspectedPhishing => suspected_phishing.push(record),
                FindingKind::Invitation => invitations.push(record),
                FindingKind::Newsletter => newsletters.push(record),
                FindingKind::SentFromListedAddress => machines.push(record),
            }
        }
        let mut addresses: Vec<&str> = accounts.iter().map(|r| r.address.as_str()).collect();
        addresses.dedup();
        summary.official_addresses = addresses.len() as u64;
        summary.accounts = accounts.len() as u64;
        summary.violations = accounts.iter().filter(|r| r.violation).count() as u64;
        summary.to_review = to_review.len() as u64;
        summary.suspected_phishing = suspected_phishing.len() as u64;
        let mut security =
            Security::from_records(accounts.iter().chain(&to_review).chain(&suspected_phishing));
        security.add_machines(&machines);
        Report {
            security,
            schema_version: SCHEMA_VERSION,
            generator: format!("govmail-audit {}", env!("CARGO_PKG_VERSION")),
            owner,
            summary,
            accounts,
            to_review,
            approved: Vec::new(),
            suspected_phishing,
            invitations,
            newsletters,
            problems: self.problems,
            comparison: None,
        }
    }
}

/// Reads the signals of a report of this or an earlier schema: version 1
/// wrote them as prose, which is dropped (comparisons never read it).
fn signals_of_any_version<'de, D>(deserializer: D) -> Result<Vec<crate::Signal>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum AnySignal {
        Typed(crate::Signal),
        Prose(#[allow(dead_code)] String),
    }
    let signals: Vec<AnySignal> = Vec::deserialize(deserializer)?;
    Ok(signals
        .into_iter()
        .filter_map(|s| match s {
            AnySignal::Typed(signal) => Some(signal),
            AnySignal::Prose(_) => None,
        })
        .collect())
}

fn min_date(a: Option<String>, b: Option<String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn max_date(a: Option<String>, b: Option<String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}
