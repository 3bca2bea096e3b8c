//! Approvals applied to a report, and the ledger's status of accounts.

use serde::{Deserialize, Serialize};

use super::Report;
use crate::approval::Approval;

/// Where an account stands beyond the scan: its status in the ledger and
/// the approval that covers it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Standing {
    /// The account's status in the ledger (`new`, `still_seen`,
    /// `no_longer_seen`, `notified`, `acknowledged`, `remediated`,
    /// `approved`); absent outside a ledger.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The approval that covers it, in words (reason and expiry).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<String>,
    /// True when its approval has expired: it is counted among the
    /// violations again, marked "approval expired".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approval_expired: bool,
}

impl Standing {
    /// A standing with a ledger status only.
    pub fn with_status(status: impl Into<String>) -> Standing {
        Standing {
            status: Some(status.into()),
            ..Standing::default()
        }
    }
}

impl Report {
    /// Applies approvals at moment `now` (seconds since the Unix epoch):
    /// accounts a current approval covers move to
    /// [`approved`](Report::approved) and are no violation; accounts whose
    /// only approvals have expired stay among the accounts, marked
    /// "approval expired".
    pub fn apply_approvals(&mut self, approvals: &[Approval], now: i64) {
        if approvals.is_empty() {
            return;
        }
        let mut kept = Vec::with_capacity(self.accounts.len());
        for mut record in std::mem::take(&mut self.accounts) {
            let covering: Vec<&Approval> = approvals
                .iter()
                .filter(|a| a.covers(&record.address, &record.service.id, record.unit_or_domain()))
                .collect();
            let current = covering.iter().find(|a| !a.is_expired(now));
            let standing = record.standing.get_or_insert_with(Standing::default);
            match (current, covering.first()) {
                (Some(approval), _) => {
                    standing.approval = Some(approval.describe());
                    standing.approval_expired = false;
                    record.violation = false;
                    self.approved.push(record);
                }
                (None, Some(expired)) => {
                    standing.approval = Some(expired.describe());
                    standing.approval_expired = true;
                    kept.push(record);
                }
                (None, None) => {
                    if *standing == Standing::default() {
                        record.standing = None;
                    }
                    kept.push(record);
                }
            }
        }
        self.accounts = kept;
        self.recount_accounts();
    }

    /// Recomputes the summary's account counts from the lists.
    pub(crate) fn recount_accounts(&mut self) {
        let mut addresses: Vec<&str> = self
            .accounts
            .iter()
            .chain(&self.approved)
            .map(|r| r.address.as_str())
            .collect();
        addresses.sort_unstable();
        addresses.dedup();
        self.summary.official_addresses = addresses.len() as u64;
        self.summary.accounts = (self.accounts.len() + self.approved.len()) as u64;
        self.summary.violations = self.accounts.iter().filter(|r| r.violation).count() as u64;
        self.summary.approved = self.approved.len() as u64;
        self.summary.to_review = self.to_review.len() as u64;
    }
}
