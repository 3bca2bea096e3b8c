//! Comparing an audit with an earlier one: which accounts are new, which
//! were seen before, which are no longer seen.

use std::collections::HashSet;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{Report, SCHEMA_VERSION, ServiceRecord};
use crate::error::{Error, ErrorKind, Result};

/// How an account compares with an earlier audit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Change {
    /// Not in the earlier audit.
    New,
    /// In the earlier audit too.
    Unchanged,
    /// In the earlier audit, not in this one: the person may have moved the
    /// account to another address or deleted it, or this audit did not read
    /// that mailbox (see [`Comparison::no_longer_seen`]).
    NoLongerSeen,
}

/// The result of [`Report::compare_with`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Comparison {
    /// The earlier audit, as the caller named it (usually its file name).
    pub previous: String,
    /// Accounts in this audit that the earlier one did not have.
    pub new_accounts: u64,
    /// Accounts in both audits.
    pub unchanged_accounts: u64,
    /// Accounts of the earlier audit not seen in this one, as the earlier
    /// audit recorded them, marked [`Change::NoLongerSeen`]. An account is
    /// only seen again if this audit read the mailbox that showed it, so
    /// compare audits of the same mailboxes.
    pub no_longer_seen: Vec<ServiceRecord>,
}

/// The largest earlier report [`Report::from_json_file`] reads (256 MiB,
/// some hundred thousand accounts with their evidence).
pub const MAX_REPORT_FILE_BYTES: u64 = 256 * 1024 * 1024;

impl Report {
    /// Reads a JSON report written by [`write_report`](super::write_report)
    /// with [`Format::Json`](super::Format::Json). `origin` names the input
    /// in errors. A report of a later schema version is refused with an
    /// error that says which.
    pub fn from_json(text: &str, origin: &str) -> Result<Report> {
        let format_error = |message: String| Error::new(ErrorKind::Format, message);
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            format_error(format!("{origin}: not a JSON report: {e}")).with_source(e)
        })?;
        match value.get("schema_version").and_then(|v| v.as_u64()) {
            // Version 1 differs only in its signals (prose), which a
            // comparison does not read.
            Some(version) if (1..=u64::from(SCHEMA_VERSION)).contains(&version) => {}
            Some(version) => {
                return Err(format_error(format!(
                    "{origin}: report schema version {version}; this version of \
                     govmail-audit reads versions 1 to {SCHEMA_VERSION} (scan again, or compare \
                     with a report from the same version)"
                )));
            }
            None => {
                return Err(format_error(format!(
                    "{origin}: not a govmail-audit JSON report (no schema_version); \
                     write one with --format json"
                )));
            }
        }
        serde_json::from_value(value).map_err(|e| {
            format_error(format!("{origin}: not a govmail-audit JSON report: {e}")).with_source(e)
        })
    }

    /// Reads a JSON report file of at most [`MAX_REPORT_FILE_BYTES`]; see
    /// [`from_json`](Self::from_json).
    pub fn from_json_file(path: &Path) -> Result<Report> {
        let bytes = crate::error::read_file_up_to(path, MAX_REPORT_FILE_BYTES)?;
        let text = String::from_utf8_lossy(&bytes);
        Report::from_json(&text, &path.display().to_string())
    }

    /// Marks each account as [`Change::New`] or [`Change::Unchanged`]
    /// against an earlier audit, and lists the earlier accounts not seen
    /// now in [`Report::comparison`]. Accounts are matched by address and
    /// service. `previous_name` names the earlier audit in the reports.
    pub fn compare_with(&mut self, previous: &Report, previous_name: &str) {
        let key = |r: &ServiceRecord| (r.address.clone(), r.service.id.clone());
        let before: HashSet<(String, String)> = previous.accounts.iter().map(key).collect();
        let now: HashSet<(String, String)> = self.accounts.iter().map(key).collect();
        let mut new_accounts = 0;
        let mut unchanged_accounts = 0;
        for account in &mut self.accounts {
            let change = if before.contains(&key(account)) {
                unchanged_accounts += 1;
                Change::Unchanged
            } else {
                new_accounts += 1;
                Change::New
            };
            account.change = Some(change);
        }
        let no_longer_seen = previous
            .accounts
            .iter()
            .filter(|r| !now.contains(&key(r)))
            .map(|r| ServiceRecord {
                change: Some(Change::NoLongerSeen),
                ..r.clone()
            })
            .collect();
        self.comparison = Some(Comparison {
            previous: previous_name.to_string(),
            new_accounts,
            unchanged_accounts,
            no_longer_seen,
        });
    }
}
