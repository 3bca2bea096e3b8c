//! The audit ledger (feature `ledger`): one memory of findings across
//! scans, gateways and time. An embedded SQLite file by default (no
//! server); PostgreSQL when several scanners and milters of a province
//! write to one place. The same schema (versioned migrations applied on
//! open), the same API and the same tests on both.
//!
//! It records audits (when, inputs, policy and catalog versions, counts);
//! every finding with where its evidence lies; a status per account across
//! audits (new, still seen, no longer seen, notified, acknowledged,
//! remediated, approved), each change with when, by whom and why;
//! approvals with a reason and an expiry; and the mail already read per
//! mailbox, so that a re-scan reads only new mail (see [`LedgerReadLog`]).
//!
//! ```no_run
//! # fn main() -> govmail_audit::Result<()> {
//! use govmail_audit::Detector;
//! use govmail_audit::ledger::{AuditInfo, Ledger};
//!
//! let detector = Detector::with_defaults()?;
//! let mut ledger = Ledger::open("audit.db")?;
//! let log = ledger.read_log()?;
//! let mut scan = detector.scan().with_read_log(log.clone());
//! scan.add_path("mail/".as_ref());
//! let report = scan.finish();
//! let recorded = ledger.record_scan(&AuditInfo::new(&detector, &["mail/"]), &report, Some(&log))?;
//! println!("audit {}: {} new findings", recorded.audit, recorded.new_findings);
//! # Ok(()) }
//! ```

mod db;
mod read_log;
mod schema;
mod spool;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::Serialize;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};

use crate::approval::Approval;
use crate::detector::Detector;
use crate::error::{Error, ErrorKind, Result};
use crate::report::{Evidence, Report, ServiceRecord, Standing, Summary};
use crate::verdict::{Confidence, EventKind, FindingKind, ServiceRef};
use db::{Connection, Row};
pub use read_log::LedgerReadLog;
pub use spool::{Spool, SpoolConfig, SpoolEvent};

/// A ledger: a SQLite file or a PostgreSQL database.
#[derive(Debug)]
pub struct Ledger {
    connection: Connection,
    site: String,
}

/// The status of an account across audits.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Status {
    /// Found for the first time by the latest audit that saw it.
    New,
    /// Found again by a later audit.
    StillSeen,
    /// An audit of its mailboxes found no evidence of it any more.
    NoLongerSeen,
    /// The holder was told.
    Notified,
    /// The holder acknowledged.
    Acknowledged,
    /// The holder closed the account or moved it to a personal address.
    Remediated,
    /// A current approval covers it.
    Approved,
}

impl Status {
    /// Every status, in order.
    pub const ALL: [Status; 7] = [
        Status::New,
        Status::StillSeen,
        Status::NoLongerSeen,
        Status::Notified,
        Status::Acknowledged,
        Status::Remediated,
        Status::Approved,
    ];

    /// The name used in the ledger and reports (`still_seen`).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::StillSeen => "still_seen",
            Status::NoLongerSeen => "no_longer_seen",
            Status::Notified => "notified",
            Status::Acknowledged => "acknowledged",
            Status::Remediated => "remediated",
            Status::Approved => "approved",
        }
    }

    /// Reads a status name (`still_seen`, `still-seen`).
    pub fn parse(text: &str) -> Option<Status> {
        let text = text.trim().to_ascii_lowercase().replace('-', "_");
        Status::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// Statuses an account still counts as a violation in.
    fn is_open(self) -> bool {
        matches!(
            self,
            Status::New | Status::StillSeen | Status::Notified | Status::Acknowledged
        )
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

/// What an audit was: recorded with it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AuditInfo {
    /// `scan`, `import` or `milter`.
    pub kind: String,
    /// The paths (or names) read.
    pub inputs: Vec<String>,
    /// When it started (RFC 3339).
    pub started_at: String,
    /// A short hash of the policy in force.
    pub policy_version: String,
    /// The number of services and a short hash of the catalog in force.
    pub catalog_version: String,
    /// Who ran it (recorded as the author of the status changes it makes).
    pub by: String,
    /// The policy file's approvals, recorded in the ledger with the audit.
    pub approvals: Vec<Approval>,
}

impl AuditInfo {
    /// A scan of `inputs` with `detector`, starting now.
    pub fn new(detector: &Detector, inputs: &[impl AsRef<str>]) -> AuditInfo {
        let policy = serde_json::to_string(detector.policy()).unwrap_or_default();
        let mut catalog = Sha256::new();
        for service in detector.catalog().services() {
            catalog.update(service.id.as_bytes());
            catalog.update(b"\0");
            for sender in &service.senders {
                catalog.update(sender.as_bytes());
                catalog.update(b"\0");
            }
        }
        AuditInfo {
            kind: "scan".to_string(),
            inputs: inputs.iter().map(|i| i.as_ref().to_string()).collect(),
            started_at: now_text(),
            policy_version: short_hex(&Sha256::digest(policy.as_bytes())),
            catalog_version: format!(
                "{} services, {}",
                detector.catalog().services().len(),
                short_hex(&catalog.finalize())
            ),
            by: "scan".to_string(),
            approvals: detector.policy().approvals.clone(),
        }
    }

    /// The same audit, run by `by` (a person or a host name).
    pub fn by(mut self, by: impl Into<String>) -> AuditInfo {
        self.by = by.into();
        self
    }
}

/// What recording an audit did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Recorded {
    /// The audit's number in the ledger.
    pub audit: i64,
    /// Findings never recorded before.
    pub new_findings: u64,
    /// Findings the ledger already had (mail read again, or still there).
    pub known_findings: u64,
    /// Accounts seen for the first time.
    pub new_accounts: u64,
    /// Accounts that an audit of their mailboxes no longer found.
    pub no_longer_seen: u64,
}

/// An account as the ledger knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AccountState {
    /// The official address.
    pub address: String,
    /// The service id.
    pub service: String,
    /// Its unit (from a directory), if known.
    pub unit: Option<String>,
    /// Its current status.
    pub status: Status,
    /// True when the policy counts it as a violation and its status is
    /// open (new, still seen, notified, acknowledged) and no current
    /// approval covers it.
    pub violation: bool,
    /// The approval covering it, in words, if any.
    pub approval: Option<String>,
    /// True when its only approvals have expired.
    pub approval_expired: bool,
    /// Findings recorded.
    pub findings: u64,
}

/// How much a ledger holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Counts {
    /// Audits (scans, imports, milter batches).
    pub audits: u64,
    /// Accounts (official address × service).
    pub accounts: u64,
    /// Findings (one message showing an address at a service).
    pub findings: u64,
    /// Approvals not revoked.
    pub approvals: u64,
    /// Named messages recorded as read (Maildir, archive members).
    pub messages_read: u64,
}

/// One audit as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AuditRecord {
    /// Its number.
    pub id: i64,
    /// The site that ran it.
    pub site: String,
    /// `scan`, `import` or `milter`.
    pub kind: String,
    /// When it started and finished (RFC 3339).
    pub started_at: String,
    /// When it finished.
    pub finished_at: String,
    /// Messages read.
    pub messages: u64,
    /// Messages passed over as read before.
    pub already_read: u64,
    /// Findings, and among them the new ones.
    pub findings: u64,
    /// Findings not recorded before.
    pub new_findings: u64,
}

/// One change of an account's status.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct StatusChange {
    /// When (RFC 3339).
    pub at: String,
    /// The status before (none when the account was first recorded).
    pub from: Option<Status>,
    /// The status after.
    pub to: Status,
    /// Who made it: a person, or the audit or approval that caused it.
    pub by: String,
    /// Why.
    pub reason: String,
}

/// Which accounts a ledger report covers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReportQuery {
    /// Only accounts with evidence dated on or after this (RFC 3339 or
    /// `YYYY-MM-DD`).
    pub since: Option<String>,
    /// Only accounts with evidence dated before this.
    pub until: Option<String>,
    /// Only accounts of this unit (a directory unit or a domain).
    pub unit: Option<String>,
}

impl ReportQuery {
    /// Every account.
    pub fn all() -> ReportQuery {
        ReportQuery::default()
    }

    /// Accounts with evidence in `[since, until)`.
    pub fn period(since: Option<String>, until: Option<String>) -> ReportQuery {
        ReportQuery {
            since,
            until,
            unit: None,
        }
    }

    /// The same query for one unit.
    pub fn unit(mut self, unit: impl Into<String>) -> ReportQuery {
        self.unit = Some(unit.into());
        self
    }
}

/// One finding ready to record.
pub(crate) struct FindingRow {
    evidence: Evidence,
    address: String,
    service: ServiceRef,
    kind: FindingKind,
    violation: bool,
}

impl Ledger {
    /// Opens (and creates, or brings up to date) the ledger at `target`:
    /// the path of a SQLite file, or a PostgreSQL connection string
    /// (`postgresql://user@host/db`, `host=/run/postgresql dbname=audit`).
    pub fn open(target: &str) -> Result<Ledger> {
        let mut connection = Connection::open(target)?;
        schema::migrate(&mut connection)?;
        Ok(Ledger {
            connection,
            site: "local".to_string(),
        })
    }

    /// Names this site (an office, a gateway): the mail it records as read
    /// and its findings are kept apart from other sites'. Default `local`.
    pub fn with_site(mut self, site: impl Into<String>) -> Ledger {
        self.site = site.into();
        self
    }

    /// `sqlite` or `postgresql`.
    pub fn backend(&self) -> &'static str {
        match self.connection.backend() {
            db::Backend::Sqlite => "sqlite",
            db::Backend::Postgres => "postgresql",
        }
    }

    /// The schema version of the ledger (the number of migrations applied).
    pub fn schema_version(&mut self) -> Result<i64> {
        Ok(self
            .connection
            .query(
                "SELECT CAST(MAX(version) AS BIGINT) FROM schema_migrations",
                &[],
            )?
            .first()
            .and_then(|r| r.int(0))
            .unwrap_or(0))
    }

    /// What this site has read, for an incremental scan: pass it to
    /// [`Scan::with_read_log`](crate::Scan::with_read_log), then to
    /// [`record_scan`](Ledger::record_scan).
    pub fn read_log(&mut self) -> Result<std::sync::Arc<LedgerReadLog>> {
        let site = self.site.clone();
        let names = self.connection.query(
            "SELECT mailbox, name FROM seen_messages WHERE site = $1",
            &[site.as_str().into()],
        )?;
        let mboxes = self.connection.query(
            "SELECT mailbox, resume_offset, resume_index, prefix_hash FROM mailboxes WHERE site = $1",
            &[site.as_str().into()],
        )?;
        Ok(std::sync::Arc::new(LedgerReadLog::new(
            names
                .iter()
                .map(|r| (r.text_or_empty(0), r.text_or_empty(1)))
                .collect(),
            mboxes
                .iter()
                .filter_map(|r| {
                    Some((
                        r.text_or_empty(0),
                        read_log::MboxMark {
                            offset: u64::try_from(r.int(1)?).ok()?,
                            index: u64::try_from(r.int(2)?).ok()?,
                            hash: r.text(3)?,
                        },
                    ))
                })
                .collect(),
        )))
    }

    /// Records a scan: the audit, its findings, the accounts and their
    /// statuses, and (with the scan's `log`) the mail read, so that the
    /// next scan reads only new mail. Without a log, findings come from
    /// the report's evidence (at most twenty per account).
    pub fn record_scan(
        &mut self,
        audit: &AuditInfo,
        report: &Report,
        log: Option<&LedgerReadLog>,
    ) -> Result<Recorded> {
        let rows = match log {
            Some(log) => log.finding_rows(),
            None => rows_from_report(report),
        };
        let marks = log.map(LedgerReadLog::file_marks).unwrap_or_default();
        let site = self.site.clone();
        self.connection.write(|c| {
            sync_approvals(c, &audit.approvals)?;
            let mut recorder = Recorder::start(c, &site, audit, report, None)?;
            recorder.accounts(report)?;
            recorder.findings(&rows)?;
            if let Some(log) = log {
                recorder.carry(log)?;
                recorder.no_longer_seen(log, &audit.inputs)?;
                recorder.save_read(log, &marks)?;
            }
            recorder.finish_statuses()?;
            recorder.finish()
        })
    }

    /// Records verdicts a gateway gave (kind `milter`, by `by`): their
    /// findings and accounts. Verdicts recorded before are not doubled.
    pub fn record_verdicts(
        &mut self,
        by: &str,
        verdicts: Vec<(crate::report::Location, crate::verdict::Verdict)>,
    ) -> Result<Recorded> {
        let rows: Vec<FindingRow> = verdicts
            .iter()
            .flat_map(|(location, verdict)| rows_from_verdict(location, verdict))
            .collect();
        let inputs: Vec<String> = verdicts.iter().map(|(l, _)| l.file.clone()).collect();
        let mut aggregator = crate::report::Aggregator::default();
        for (location, verdict) in verdicts {
            aggregator.add(location, verdict);
        }
        let report = aggregator.finish(None);
        let audit = AuditInfo {
            kind: "milter".to_string(),
            inputs,
            started_at: now_text(),
            policy_version: String::new(),
            catalog_version: String::new(),
            by: by.to_string(),
            approvals: Vec::new(),
        };
        let site = self.site.clone();
        self.connection.write(|c| {
            let mut recorder = Recorder::start(c, &site, &audit, &report, None)?;
            recorder.accounts(&report)?;
            recorder.findings(&rows)?;
            recorder.finish_statuses()?;
            recorder.finish()
        })
    }

    /// Imports another site's report (JSON, as `write_report` writes it):
    /// its findings and accounts join this ledger under `site`. `key`
    /// identifies the import (a hash of the file): importing the same key
    /// again changes nothing and returns `None`; findings already recorded
    /// are never doubled.
    pub fn import_report(
        &mut self,
        report: &Report,
        site: &str,
        key: &str,
    ) -> Result<Option<Recorded>> {
        let mut audit = AuditInfo {
            kind: "import".to_string(),
            inputs: vec![format!("{site}: {}", report.generator)],
            started_at: now_text(),
            policy_version: String::new(),
            catalog_version: String::new(),
            by: format!("import from {site}"),
            approvals: Vec::new(),
        };
        audit.inputs.extend(report.owner.clone());
        let rows = rows_from_report(report);
        let site = site.to_string();
        let key = key.to_string();
        self.connection.write(|c| {
            let known = c.query(
                "SELECT id FROM audits WHERE import_key = $1",
                &[key.as_str().into()],
            )?;
            if !known.is_empty() {
                return Ok(None);
            }
            let mut recorder = Recorder::start(c, &site, &audit, report, Some(&key))?;
            recorder.accounts(report)?;
            recorder.findings(&rows)?;
            recorder.finish_statuses()?;
            recorder.finish().map(Some)
        })
    }

    /// Records an approval (replacing one of the same scope), by `by`.
    pub fn approve(&mut self, approval: &Approval, by: &str) -> Result<()> {
        let approval = approval.clone().normalized("approval")?;
        self.connection.write(|c| {
            upsert_approval(c, &approval, by)?;
            refresh_approvals(c, unix_now())
        })
    }

    /// How much the ledger holds.
    pub fn counts(&mut self) -> Result<Counts> {
        let rows = self.connection.query(
            "SELECT (SELECT CAST(COUNT(*) AS BIGINT) FROM audits),
                    (SELECT CAST(COUNT(*) AS BIGINT) FROM accounts),
                    (SELECT CAST(COUNT(*) AS BIGINT) FROM findings),
                    (SELECT CAST(COUNT(*) AS BIGINT) FROM approvals WHERE revoked_at IS NULL),
                    (SELECT CAST(COUNT(*) AS BIGINT) FROM seen_messages)",
            &[],
        )?;
        let n = |i| {
            rows.first()
                .and_then(|r| r.int(i))
                .map_or(0, |v| u64::try_from(v).unwrap_or(0))
        };
        Ok(Counts {
            audits: n(0),
            accounts: n(1),
            findings: n(2),
            approvals: n(3),
            messages_read: n(4),
        })
    }

    /// The audits, oldest first.
    pub fn audits(&mut self) -> Result<Vec<AuditRecord>> {
        let rows = self.connection.query(
            "SELECT id, site, kind, started_at, finished_at, messages, already_read, findings, new_findings
             FROM audits ORDER BY id",
            &[],
        )?;
        let n = |r: &Row, i| r.int(i).map_or(0, |v| u64::try_from(v).unwrap_or(0));
        Ok(rows
            .iter()
            .map(|r| AuditRecord {
                id: r.int(0).unwrap_or(0),
                site: r.text_or_empty(1),
                kind: r.text_or_empty(2),
                started_at: r.text_or_empty(3),
                finished_at: r.text_or_empty(4),
                messages: n(r, 5),
                already_read: n(r, 6),
                findings: n(r, 7),
                new_findings: n(r, 8),
            })
            .collect())
    }

    /// Withdraws the approval of the scope of `approval` (its reason and
    /// expiry do not matter); accounts it covered are violations again.
    /// Returns false when no such approval was in force.
    pub fn revoke(&mut self, approval: &Approval, by: &str) -> Result<bool> {
        let scope = Approval {
            reason: "revoked".to_string(),
            expires: None,
            ..approval.clone()
        }
        .normalized("revoke")?;
        let now = now_text();
        self.connection.write(|c| {
            let changed = c.execute(
                "UPDATE approvals SET revoked_at = $4, created_by = created_by || ', revoked by ' || $5
                 WHERE address = $1 AND unit = $2 AND service_id = $3 AND revoked_at IS NULL",
                &[
                    scope.address.clone().unwrap_or_default().into(),
                    scope.unit.clone().unwrap_or_default().into(),
                    scope.service.clone().unwrap_or_default().into(),
                    now.as_str().into(),
                    by.into(),
                ],
            )?;
            refresh_approvals(c, unix_now())?;
            Ok(changed > 0)
        })
    }

    /// The approvals recorded and not revoked.
    pub fn approvals(&mut self) -> Result<Vec<Approval>> {
        load_approvals(&mut self.connection)
    }

    /// Sets an account's status by hand (`notified`, `acknowledged`,
    /// `remediated` …), recording who and why.
    pub fn set_status(
        &mut self,
        address: &str,
        service: &str,
        status: Status,
        by: &str,
        why: &str,
    ) -> Result<()> {
        let address = address.trim().to_lowercase();
        let service = service.trim().to_lowercase();
        self.connection.write(|c| {
            let rows = c.query(
                "SELECT id, status FROM accounts WHERE address = $1 AND service_id = $2",
                &[address.as_str().into(), service.as_str().into()],
            )?;
            let Some(row) = rows.first() else {
                return Err(Error::new(
                    ErrorKind::Ledger,
                    format!("no account of {address} at {service} in the ledger"),
                ));
            };
            let (id, old) = (
                row.int(0).unwrap_or(0),
                row.text(1).and_then(|s| Status::parse(&s)),
            );
            change_status(c, id, old, status, by, why, None)
        })
    }

    /// The accounts, with their status and standing at `now` (seconds since
    /// the Unix epoch), sorted by address and service. `approvals` from the
    /// policy file count with the ledger's own.
    pub fn accounts(&mut self, approvals: &[Approval], now: i64) -> Result<Vec<AccountState>> {
        let now_approvals = {
            let c = &mut self.connection;
            c.write(|c| {
                sync_approvals(c, approvals)?;
                refresh_approvals(c, now)
            })?;
            load_approvals(c)?
        };
        let rows = self.connection.query(
            "SELECT a.address, a.service_id, a.unit, a.status, a.violation,
                    CAST((SELECT COUNT(*) FROM findings f WHERE f.account_id = a.id) AS BIGINT)
             FROM accounts a ORDER BY a.address, a.service_id",
            &[],
        )?;
        Ok(rows
            .iter()
            .map(|r| {
                let address = r.text_or_empty(0);
                let service = r.text_or_empty(1);
                let unit = r.text(2);
                let status = r
                    .text(3)
                    .and_then(|s| Status::parse(&s))
                    .unwrap_or(Status::New);
                let unit_or_domain = unit_or_domain(&address, unit.as_deref());
                let covering: Vec<&Approval> = now_approvals
                    .iter()
                    .filter(|a| a.covers(&address, &service, &unit_or_domain))
                    .collect();
                let current = covering.iter().find(|a| !a.is_expired(now));
                let approval = current.or(covering.first()).map(|a| a.describe());
                AccountState {
                    violation: r.int(4) == Some(1) && status.is_open() && current.is_none(),
                    approval_expired: current.is_none() && !covering.is_empty(),
                    approval,
                    address,
                    service,
                    unit,
                    status,
                    findings: u64::try_from(r.int(5).unwrap_or(0)).unwrap_or(0),
                }
            })
            .collect())
    }

    /// The status changes of one account, oldest first.
    pub fn history(&mut self, address: &str, service: &str) -> Result<Vec<StatusChange>> {
        let rows = self.connection.query(
            "SELECT s.at, s.old_status, s.new_status, s.by_whom, s.reason
             FROM status_changes s JOIN accounts a ON a.id = s.account_id
             WHERE a.address = $1 AND a.service_id = $2 ORDER BY s.id",
            &[
                address.trim().to_lowercase().into(),
                service.trim().to_lowercase().into(),
            ],
        )?;
        Ok(rows
            .iter()
            .map(|r| StatusChange {
                at: r.text_or_empty(0),
                from: r.text(1).and_then(|s| Status::parse(&s)),
                to: r
                    .text(2)
                    .and_then(|s| Status::parse(&s))
                    .unwrap_or(Status::New),
                by: r.text_or_empty(3),
                reason: r.text_or_empty(4),
            })
            .collect())
    }

    /// A report from the ledger, in the scan's [`Report`] shape (so every
    /// writer and format works): the accounts `query` selects with their
    /// status, evidence and approvals at `now`; approved accounts apart;
    /// accounts no longer seen or remediated are listed but are no
    /// violation.
    pub fn report(
        &mut self,
        query: &ReportQuery,
        approvals: &[Approval],
        now: i64,
    ) -> Result<Report> {
        self.report_with(query, approvals, now, Some(20))
    }

    /// Imports a file from another site, told apart by content: a JSON
    /// report (as `write_report` writes it) or another site's SQLite
    /// ledger (every finding of it). Importing the same content again
    /// changes nothing and returns `None`.
    pub fn import_file(&mut self, path: &std::path::Path, site: &str) -> Result<Option<Recorded>> {
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| {
            Error::new(ErrorKind::Io, format!("{name}: cannot read: {e}")).with_source(e)
        })?;
        if bytes.starts_with(b"SQLite format 3\0") {
            let mut other = Ledger::open(&name)?;
            let report = other.report_with(&ReportQuery::all(), &[], unix_now(), None)?;
            let json = serde_json::to_vec(&report).unwrap_or_default();
            let key = format!("ledger:{}", hex(&Sha256::digest(&json)));
            return self.import_report(&report, site, &key);
        }
        let report: Report = serde_json::from_slice(&bytes).map_err(|e| {
            Error::new(
                ErrorKind::Format,
                format!(
                    "{name}: not a JSON report nor a SQLite ledger: line {}, column {}: {e}",
                    e.line(),
                    e.column()
                ),
            )
            .with_source(e)
        })?;
        let key = format!("json:{}", hex(&Sha256::digest(&bytes)));
        self.import_report(&report, site, &key)
    }

    fn report_with(
        &mut self,
        query: &ReportQuery,
        approvals: &[Approval],
        now: i64,
        evidence_kept: Option<usize>,
    ) -> Result<Report> {
        let states: HashMap<(String, String), AccountState> = self
            .accounts(approvals, now)?
            .into_iter()
            .map(|s| ((s.address.clone(), s.service.clone()), s))
            .collect();
        let since = query.since.as_deref().map(day_or_moment);
        let until = query.until.as_deref().map(day_or_moment);
        let rows = self.connection.query(
            "SELECT id, address, service_id, service, unit, person, violation, confidence, first_seen, last_seen
             FROM accounts ORDER BY address, service_id",
            &[],
        )?;
        let mut accounts = Vec::new();
        for r in &rows {
            let (id, address, service_id) = (
                r.int(0).unwrap_or(0),
                r.text_or_empty(1),
                r.text_or_empty(2),
            );
            let service: ServiceRef = match serde_json::from_str(&r.text_or_empty(3)) {
                Ok(s) => s,
                Err(e) => {
                    return Err(Error::new(
                        ErrorKind::Ledger,
                        format!("account {id}: unreadable service: {e}"),
                    ));
                }
            };
            let unit = r.text(4);
            if let Some(wanted) = &query.unit {
                if !unit_or_domain(&address, unit.as_deref()).eq_ignore_ascii_case(wanted) {
                    continue;
                }
            }
            let (first_seen, last_seen) = (r.text(8), r.text(9));
            if since
                .as_deref()
                .is_some_and(|s| last_seen.as_deref().is_none_or(|l| l < s))
                || until
                    .as_deref()
                    .is_some_and(|u| first_seen.as_deref().is_none_or(|f| f >= u))
            {
                continue;
            }
            let findings = self.connection.query(
                "SELECT evidence, event FROM findings WHERE account_id = $1 ORDER BY message_date, id",
                &[id.into()],
            )?;
            let mut evidence: Vec<Evidence> = Vec::new();
            let mut events: BTreeSet<EventKind> = BTreeSet::new();
            for f in &findings {
                if let Some(event) = enum_from::<EventKind>(&f.text_or_empty(1)) {
                    events.insert(event);
                }
                if let Ok(e) = serde_json::from_str(&f.text_or_empty(0)) {
                    evidence.push(e);
                }
            }
            if let Some(kept) = evidence_kept.filter(|k| evidence.len() > *k) {
                evidence.drain(kept / 2..evidence.len() - kept / 2);
            }
            let state = states.get(&(address.clone(), service_id.clone()));
            let status = state.map_or(Status::New, |s| s.status);
            accounts.push(ServiceRecord {
                address,
                service,
                kind: FindingKind::Account,
                events: events.into_iter().collect(),
                first_seen,
                last_seen,
                confidence: enum_from(&r.text_or_empty(7)).unwrap_or(Confidence::Low),
                violation: r.int(6) == Some(1) && (status.is_open() || status == Status::Approved),
                messages: findings.len() as u64,
                evidence,
                person: r.text(5),
                unit,
                change: None,
                standing: Some(Standing::with_status(status.as_str())),
            });
        }
        let audits = self.connection.query(
            "SELECT CAST(COALESCE(SUM(messages), 0) AS BIGINT), CAST(COALESCE(SUM(already_read), 0) AS BIGINT) FROM audits",
            &[],
        )?;
        // Low-confidence accounts are to review, never violations.
        let (to_review, accounts): (Vec<ServiceRecord>, Vec<ServiceRecord>) = accounts
            .into_iter()
            .partition(|r| r.confidence == Confidence::Low);
        let mut report = Report {
            schema_version: crate::report::SCHEMA_VERSION,
            generator: format!("govmail-audit {} (ledger)", env!("CARGO_PKG_VERSION")),
            owner: None,
            summary: Summary {
                messages: audits
                    .first()
                    .and_then(|r| r.int(0))
                    .map_or(0, |n| u64::try_from(n).unwrap_or(0)),
                already_read: audits
                    .first()
                    .and_then(|r| r.int(1))
                    .map_or(0, |n| u64::try_from(n).unwrap_or(0)),
                ..Summary::default()
            },
            to_review,
            accounts,
            approved: Vec::new(),
            suspected_phishing: Vec::new(),
            invitations: Vec::new(),
            newsletters: Vec::new(),
            problems: Vec::new(),
            comparison: None,
            security: Default::default(),
        };
        let all_approvals = self.approvals()?;
        report.apply_approvals(&all_approvals, now);
        report.recount_accounts();
        Ok(report)
    }
}

/// Names of messages read, inserted by one statement.
const SEEN_ROWS_PER_STATEMENT: usize = 500;

/// Writes one audit inside a transaction.
struct Recorder<'c> {
    c: &'c mut Connection,
    site: String,
    audit: i64,
    by: String,
    /// (address, service id) → account id, for the accounts of this audit.
    accounts: HashMap<(String, String), i64>,
    created: HashSet<i64>,
    seen: HashSet<i64>,
    with_new_evidence: HashSet<i64>,
    recorded: Recorded,
}

impl<'c> Recorder<'c> {
    fn start(
        c: &'c mut Connection,
        site: &str,
        audit: &AuditInfo,
        report: &Report,
        import_key: Option<&str>,
    ) -> Result<Recorder<'c>> {
        let inputs = serde_json::to_string(&audit.inputs).unwrap_or_default();
        let rows = c.query(
            "INSERT INTO audits (site, kind, started_at, finished_at, inputs, policy_version, catalog_version,
                generator, messages, already_read, findings, new_findings, accounts, violations, import_key)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, 0, $11, $12, $13) RETURNING id",
            &[
                site.into(),
                audit.kind.as_str().into(),
                audit.started_at.as_str().into(),
                now_text().into(),
                inputs.into(),
                audit.policy_version.as_str().into(),
                audit.catalog_version.as_str().into(),
                report.generator.as_str().into(),
                report.summary.messages.into(),
                report.summary.already_read.into(),
                report.summary.accounts.into(),
                report.summary.violations.into(),
                import_key.into(),
            ],
        )?;
        let id = rows
            .first()
            .and_then(|r| r.int(0))
            .ok_or_else(|| Error::new(ErrorKind::Ledger, "the new audit got no number"))?;
        Ok(Recorder {
            c,
            site: site.to_string(),
            audit: id,
            by: audit.by.clone(),
            accounts: HashMap::new(),
            created: HashSet::new(),
            seen: HashSet::new(),
            with_new_evidence: HashSet::new(),
            recorded: Recorded {
                audit: id,
                ..Recorded::default()
            },
        })
    }

    /// Creates or updates the accounts of the report.
    fn accounts(&mut self, report: &Report) -> Result<()> {
        for record in report.accounts.iter().chain(&report.approved) {
            let id = self.account(record)?;
            self.seen.insert(id);
        }
        Ok(())
    }

    fn account(&mut self, record: &ServiceRecord) -> Result<i64> {
        let key = (record.address.clone(), record.service.id.clone());
        if let Some(id) = self.accounts.get(&key) {
            return Ok(*id);
        }
        let service = serde_json::to_string(&record.service).unwrap_or_default();
        let existing = self.c.query(
            "SELECT id, first_seen, last_seen, confidence FROM accounts WHERE address = $1 AND service_id = $2",
            &[record.address.as_str().into(), record.service.id.as_str().into()],
        )?;
        let id = match existing.first() {
            Some(row) => {
                let id = row.int(0).unwrap_or(0);
                let first = min_text(row.text(1), record.first_seen.clone());
                let last = max_text(row.text(2), record.last_seen.clone());
                let confidence = enum_from::<Confidence>(&row.text_or_empty(3))
                    .map_or(record.confidence, |c| c.max(record.confidence));
                self.c.execute(
                    "UPDATE accounts SET service_name = $2, category = $3, service = $4,
                        unit = COALESCE($5, unit), person = COALESCE($6, person),
                        violation = $7,
                        confidence = $8, first_seen = $9, last_seen = $10, last_audit = $11
                     WHERE id = $1",
                    &[
                        id.into(),
                        record.service.name.as_str().into(),
                        record.service.category.as_str().into(),
                        service.into(),
                        record.unit.clone().into(),
                        record.person.clone().into(),
                        i64::from(
                            record.violation
                                || record
                                    .standing
                                    .as_ref()
                                    .is_some_and(|s| s.approval.is_some()),
                        )
                        .into(),
                        enum_text(&confidence).into(),
                        first.into(),
                        last.into(),
                        self.audit.into(),
                    ],
                )?;
                id
            }
            None => {
                let rows = self.c.query(
                    "INSERT INTO accounts (address, service_id, service_name, category, service, unit, person,
                        status, violation, confidence, first_seen, last_seen, first_audit, last_audit)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, 'new', $8, $9, $10, $11, $12, $12) RETURNING id",
                    &[
                        record.address.as_str().into(),
                        record.service.id.as_str().into(),
                        record.service.name.as_str().into(),
                        record.service.category.as_str().into(),
                        service.into(),
                        record.unit.clone().into(),
                        record.person.clone().into(),
                        i64::from(record.violation || record.standing.as_ref().is_some_and(|s| s.approval.is_some())).into(),
                        enum_text(&record.confidence).into(),
                        record.first_seen.clone().into(),
                        record.last_seen.clone().into(),
                        self.audit.into(),
                    ],
                )?;
                let id = rows.first().and_then(|r| r.int(0)).unwrap_or(0);
                let why = format!("first seen in audit {} ({})", self.audit, self.site);
                let by = self.by.clone();
                insert_change(self.c, id, None, Status::New, &by, &why, Some(self.audit))?;
                self.created.insert(id);
                self.recorded.new_accounts += 1;
                id
            }
        };
        self.accounts.insert(key, id);
        Ok(id)
    }

    /// Records findings; those already known only get this audit's mark.
    fn findings(&mut self, rows: &[FindingRow]) -> Result<()> {
        for row in rows {
            let account = match row.kind {
                FindingKind::Account => self
                    .accounts
                    .get(&(row.address.clone(), row.service.id.clone()))
                    .copied(),
                _ => None,
            };
            let (mailbox, name) = read_log::message_key(&row.evidence.location);
            let key = evidence_key(&self.site, row, &mailbox, name.as_deref());
            let location = &row.evidence.location;
            let inserted = self.c.execute(
                "INSERT INTO findings (evidence_key, site, account_id, address, service_id, service_name, category,
                    kind, event, confidence, violation, evidence, message_date, file, member, folder,
                    message_index, byte_offset, mailbox, message_name, first_audit, last_audit)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $21)
                 ON CONFLICT (evidence_key) DO NOTHING",
                &[
                    key.as_str().into(),
                    self.site.as_str().into(),
                    account.into(),
                    row.address.as_str().into(),
                    row.service.id.as_str().into(),
                    row.service.name.as_str().into(),
                    row.service.category.as_str().into(),
                    enum_text(&row.kind).into(),
                    enum_text(&row.evidence.event).into(),
                    enum_text(&row.evidence.confidence).into(),
                    i64::from(row.violation).into(),
                    serde_json::to_string(&row.evidence).unwrap_or_default().into(),
                    row.evidence.message.date.clone().into(),
                    location.file.as_str().into(),
                    location.member.clone().into(),
                    location.folder.clone().into(),
                    location.index.into(),
                    location.offset.into(),
                    mailbox.as_str().into(),
                    name.into(),
                    self.audit.into(),
                ],
            )?;
            if inserted > 0 {
                self.recorded.new_findings += 1;
                if let Some(id) = account {
                    self.with_new_evidence.insert(id);
                }
            } else {
                self.recorded.known_findings += 1;
                self.c.execute(
                    "UPDATE findings SET last_audit = $2 WHERE evidence_key = $1",
                    &[key.as_str().into(), self.audit.into()],
                )?;
            }
        }
        Ok(())
    }

    /// Findings in mail the scan passed over as already read are still
    /// there: their accounts are still seen.
    fn carry(&mut self, log: &LedgerReadLog) -> Result<()> {
        let passed = log.passed_over();
        for (mailbox, passed) in passed {
            let rows = self.c.query(
                "SELECT id, account_id, message_name, byte_offset FROM findings WHERE site = $1 AND mailbox = $2",
                &[self.site.as_str().into(), mailbox.as_str().into()],
            )?;
            for row in rows {
                let still_there = match (row.text(2), row.int(3)) {
                    (Some(name), _) => passed.names.contains(&name),
                    (None, Some(offset)) => {
                        passed.mbox_offset.is_some_and(|end| offset < end as i64)
                    }
                    (None, None) => false,
                };
                if still_there {
                    self.c.execute(
                        "UPDATE findings SET last_audit = $2 WHERE id = $1",
                        &[row.int(0).into(), self.audit.into()],
                    )?;
                    if let Some(account) = row.int(1) {
                        self.seen.insert(account);
                    }
                }
            }
        }
        Ok(())
    }

    /// Accounts whose evidence lay in the mailboxes this audit covered, and
    /// that it did not see, are no longer seen.
    fn no_longer_seen(&mut self, log: &LedgerReadLog, inputs: &[String]) -> Result<()> {
        let touched = log.touched();
        let rows = self.c.query(
            "SELECT DISTINCT f.account_id, f.mailbox, a.status FROM findings f JOIN accounts a ON a.id = f.account_id
             WHERE f.site = $1 AND a.status IN ('new', 'still_seen')",
            &[self.site.as_str().into()],
        )?;
        let mut gone: BTreeMap<i64, Status> = BTreeMap::new();
        for row in rows {
            let (Some(account), mailbox) = (row.int(0), row.text_or_empty(1)) else {
                continue;
            };
            let covered = touched.contains(&mailbox)
                || inputs.iter().any(|i| mailbox.starts_with(i.as_str()));
            if covered && !self.seen.contains(&account) {
                let status = row
                    .text(2)
                    .and_then(|s| Status::parse(&s))
                    .unwrap_or(Status::New);
                gone.insert(account, status);
            }
        }
        let why = format!(
            "no evidence left in the mailboxes read by audit {}",
            self.audit
        );
        for (account, old) in gone {
            let by = self.by.clone();
            change_status(
                self.c,
                account,
                Some(old),
                Status::NoLongerSeen,
                &by,
                &why,
                Some(self.audit),
            )?;
            self.recorded.no_longer_seen += 1;
        }
        Ok(())
    }

    /// Remembers the mail read, for the next incremental scan.
    fn save_read(&mut self, log: &LedgerReadLog, marks: &read_log::FileMarks) -> Result<()> {
        let singles = &marks.singles;
        // A file of one message changed since: its old signature goes.
        for (file, _) in singles {
            self.c.execute(
                "DELETE FROM seen_messages WHERE site = $1 AND mailbox = $2",
                &[self.site.as_str().into(), file.as_str().into()],
            )?;
        }
        // Many rows per statement: a large Maildir is tens of thousands of
        // names, and one round trip each is slow on PostgreSQL.
        let names: Vec<(String, String)> = log
            .names_read()
            .into_iter()
            .chain(singles.iter().cloned())
            .collect();
        for chunk in names.chunks(SEEN_ROWS_PER_STATEMENT) {
            let rows: Vec<String> = (0..chunk.len())
                .map(|i| format!("($1, ${}, ${}, $2)", 3 + 2 * i, 4 + 2 * i))
                .collect();
            let sql = format!(
                "INSERT INTO seen_messages (site, mailbox, name, audit_id) VALUES {}
                 ON CONFLICT (site, mailbox, name) DO NOTHING",
                rows.join(", ")
            );
            let mut params: Vec<db::Value> = vec![self.site.as_str().into(), self.audit.into()];
            for (mailbox, name) in chunk {
                params.push(mailbox.into());
                params.push(name.into());
            }
            self.c.execute(&sql, &params)?;
        }
        for (mailbox, mark) in &marks.mboxes {
            self.c.execute(
                "INSERT INTO mailboxes (site, mailbox, resume_offset, resume_index, prefix_hash, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (site, mailbox) DO UPDATE SET resume_offset = excluded.resume_offset,
                   resume_index = excluded.resume_index, prefix_hash = excluded.prefix_hash,
                   updated_at = excluded.updated_at",
                &[
                    self.site.as_str().into(),
                    mailbox.as_str().into(),
                    mark.offset.into(),
                    mark.index.into(),
                    mark.hash.as_str().into(),
                    now_text().into(),
                ],
            )?;
        }
        Ok(())
    }

    /// Moves the accounts seen again to "still seen".
    fn finish_statuses(&mut self) -> Result<()> {
        let seen: Vec<i64> = self
            .seen
            .iter()
            .copied()
            .filter(|id| !self.created.contains(id))
            .collect();
        for id in seen {
            let status = self
                .c
                .query("SELECT status FROM accounts WHERE id = $1", &[id.into()])?
                .first()
                .and_then(|r| r.text(0))
                .and_then(|s| Status::parse(&s));
            let reason = match status {
                Some(Status::New) => Some(format!("seen again in audit {}", self.audit)),
                Some(Status::NoLongerSeen) => Some(format!(
                    "seen again in audit {} after it was no longer seen",
                    self.audit
                )),
                Some(Status::Remediated) if self.with_new_evidence.contains(&id) => Some(format!(
                    "new mail after remediation, in audit {}",
                    self.audit
                )),
                _ => None,
            };
            if let Some(reason) = reason {
                let by = self.by.clone();
                change_status(
                    self.c,
                    id,
                    status,
                    Status::StillSeen,
                    &by,
                    &reason,
                    Some(self.audit),
                )?;
            }
            self.c.execute(
                "UPDATE accounts SET last_audit = $2 WHERE id = $1",
                &[id.into(), self.audit.into()],
            )?;
        }
        refresh_approvals(self.c, unix_now())
    }

    fn finish(self) -> Result<Recorded> {
        self.c.execute(
            "UPDATE audits SET finished_at = $2, findings = $3, new_findings = $4 WHERE id = $1",
            &[
                self.audit.into(),
                now_text().into(),
                (self.recorded.new_findings + self.recorded.known_findings).into(),
                self.recorded.new_findings.into(),
            ],
        )?;
        Ok(self.recorded)
    }
}

/// The findings of one verdict, ready to record.
pub(crate) fn rows_from_verdict(
    location: &crate::report::Location,
    verdict: &crate::verdict::Verdict,
) -> Vec<FindingRow> {
    verdict
        .findings
        .iter()
        .map(|finding| FindingRow {
            evidence: Evidence {
                location: location.clone(),
                message: verdict.message.clone(),
                event: finding.event,
                found_in: finding.found_in,
                confidence: finding.confidence,
                authentication: finding.authentication,
                relay: finding.relay.clone(),
                signals: finding.signals.clone(),
            },
            address: finding.address.clone(),
            service: finding.service.clone(),
            kind: finding.kind,
            violation: finding.violation,
        })
        .collect()
}

/// Findings from a report's evidence (an import, or a scan without a log).
fn rows_from_report(report: &Report) -> Vec<FindingRow> {
    report
        .accounts
        .iter()
        .chain(&report.approved)
        .chain(&report.suspected_phishing)
        .chain(&report.invitations)
        .chain(&report.newsletters)
        .flat_map(|record| {
            record.evidence.iter().map(|evidence| FindingRow {
                evidence: evidence.clone(),
                address: record.address.clone(),
                service: record.service.clone(),
                kind: record.kind,
                violation: record.violation,
            })
        })
        .collect()
}

/// A finding's identity: the account, the kind and the message (its
/// Message-ID, else the site and where it lies). The same message read
/// twice, by two scanners, a gateway and a scanner, or from two imports,
/// is one finding.
fn evidence_key(site: &str, row: &FindingRow, mailbox: &str, name: Option<&str>) -> String {
    let mut hash = Sha256::new();
    for part in [&row.address, &row.service.id, &enum_text(&row.kind)] {
        hash.update(part.as_bytes());
        hash.update(b"\0");
    }
    match &row.evidence.message.message_id {
        Some(id) => hash.update(format!("id\0{id}").as_bytes()),
        None => hash.update(
            format!(
                "at\0{site}\0{mailbox}\0{}\0{}",
                name.unwrap_or(""),
                row.evidence.location.offset.unwrap_or(0)
            )
            .as_bytes(),
        ),
    }
    hex(&hash.finalize())
}

fn insert_change(
    c: &mut Connection,
    account: i64,
    from: Option<Status>,
    to: Status,
    by: &str,
    why: &str,
    audit: Option<i64>,
) -> Result<()> {
    c.execute(
        "INSERT INTO status_changes (account_id, at, old_status, new_status, by_whom, reason, audit_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        &[
            account.into(),
            now_text().into(),
            from.map(Status::as_str).into(),
            to.as_str().into(),
            by.into(),
            why.into(),
            audit.into(),
        ],
    )?;
    Ok(())
}

fn change_status(
    c: &mut Connection,
    account: i64,
    from: Option<Status>,
    to: Status,
    by: &str,
    why: &str,
    audit: Option<i64>,
) -> Result<()> {
    if from == Some(to) {
        return Ok(());
    }
    c.execute(
        "UPDATE accounts SET status = $2 WHERE id = $1",
        &[account.into(), to.as_str().into()],
    )?;
    insert_change(c, account, from, to, by, why, audit)
}

fn load_approvals(c: &mut Connection) -> Result<Vec<Approval>> {
    let rows = c.query(
        "SELECT address, unit, service_id, reason, expires FROM approvals WHERE revoked_at IS NULL ORDER BY id",
        &[],
    )?;
    let non_empty = |r: &Row, i: usize| r.text(i).filter(|t| !t.is_empty());
    Ok(rows
        .iter()
        .map(|r| Approval {
            address: non_empty(r, 0),
            unit: non_empty(r, 1),
            service: non_empty(r, 2),
            reason: r.text_or_empty(3),
            expires: r.text(4),
        })
        .collect())
}

/// Records an approval, replacing one of the same scope (and its
/// revocation).
fn upsert_approval(c: &mut Connection, approval: &Approval, by: &str) -> Result<()> {
    c.execute(
        "INSERT INTO approvals (address, unit, service_id, reason, expires, created_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (address, unit, service_id) DO UPDATE SET
           reason = excluded.reason, expires = excluded.expires,
           created_at = excluded.created_at, created_by = excluded.created_by,
           revoked_at = NULL",
        &[
            approval.address.clone().unwrap_or_default().into(),
            approval.unit.clone().unwrap_or_default().into(),
            approval.service.clone().unwrap_or_default().into(),
            approval.reason.as_str().into(),
            approval.expires.clone().into(),
            now_text().into(),
            by.into(),
        ],
    )?;
    Ok(())
}

/// Records the approvals of a policy file: each once, and again only when
/// its reason or expiry changed in the file (so a revocation in the ledger
/// holds until the file changes).
fn sync_approvals(c: &mut Connection, approvals: &[Approval]) -> Result<()> {
    for approval in approvals {
        let rows = c.query(
            "SELECT reason, expires FROM approvals WHERE address = $1 AND unit = $2 AND service_id = $3",
            &[
                approval.address.clone().unwrap_or_default().into(),
                approval.unit.clone().unwrap_or_default().into(),
                approval.service.clone().unwrap_or_default().into(),
            ],
        )?;
        let same = rows.first().is_some_and(|r| {
            r.text(0).as_deref() == Some(approval.reason.as_str()) && r.text(1) == approval.expires
        });
        if !same {
            upsert_approval(c, approval, "policy file")?;
        }
    }
    Ok(())
}

/// Sets "approved" on accounts a current approval covers, and takes it
/// back (recording "approval expired") from those whose approval ended.
fn refresh_approvals(c: &mut Connection, now: i64) -> Result<()> {
    let approvals = load_approvals(c)?;
    let rows = c.query(
        "SELECT id, address, service_id, unit, status FROM accounts",
        &[],
    )?;
    for r in rows {
        let (id, address, service) = (
            r.int(0).unwrap_or(0),
            r.text_or_empty(1),
            r.text_or_empty(2),
        );
        let unit = unit_or_domain(&address, r.text(3).as_deref());
        let status = r
            .text(4)
            .and_then(|s| Status::parse(&s))
            .unwrap_or(Status::New);
        let covering: Vec<&Approval> = approvals
            .iter()
            .filter(|a| a.covers(&address, &service, &unit))
            .collect();
        let current = covering.iter().find(|a| !a.is_expired(now));
        match (current, status) {
            (Some(approval), s) if s != Status::Approved && s != Status::Remediated => {
                change_status(
                    c,
                    id,
                    Some(s),
                    Status::Approved,
                    "approval",
                    &approval.describe(),
                    None,
                )?;
            }
            (None, Status::Approved) => {
                let why = match covering.first() {
                    Some(expired) => format!("approval expired: {}", expired.describe()),
                    None => "approval withdrawn".to_string(),
                };
                change_status(
                    c,
                    id,
                    Some(status),
                    Status::StillSeen,
                    "approval",
                    &why,
                    None,
                )?;
            }
            _ => {}
        }
    }
    Ok(())
}

fn unit_or_domain(address: &str, unit: Option<&str>) -> String {
    match unit {
        Some(unit) => unit.to_string(),
        None => address
            .rsplit_once('@')
            .map_or(address, |(_, d)| d)
            .to_string(),
    }
}

/// `YYYY-MM-DD` as the start of that day (UTC); anything else as given.
fn day_or_moment(text: &str) -> String {
    let text = text.trim();
    if text.len() == 10 {
        format!("{text}T00:00:00Z")
    } else {
        text.to_string()
    }
}

fn min_text(a: Option<String>, b: Option<String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn max_text(a: Option<String>, b: Option<String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

/// A unit enum's serde name (`login_code`).
fn enum_text<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn enum_from<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(text.to_string())).ok()
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn short_hex(bytes: &[u8]) -> String {
    hex(bytes.get(..6).unwrap_or(bytes))
}

/// Seconds since the Unix epoch.
pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

pub(crate) fn now_text() -> String {
    crate::time::rfc3339_from_unix(unix_now()).unwrap_or_default()
}
