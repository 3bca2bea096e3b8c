//! Accounts at risk, read from the account's own mail: a password the
//! service sent in clear (checked against the directive's rule, then
//! forgotten).

use super::Detector;
use crate::security::exposed_password;
use crate::signal::Signal;
use crate::verdict::{FindingKind, Verdict};

impl Detector {
    /// Marks the account findings of a mail that holds a password in clear.
    pub(super) fn with_exposed_password(&self, raw: &[u8], mut verdict: Verdict) -> Verdict {
        if !verdict
            .findings
            .iter()
            .any(|f| f.kind == FindingKind::Account)
        {
            return verdict;
        }
        let Ok(body) = crate::message::body_text(raw, &self.policy.limits) else {
            return verdict;
        };
        let subject_fails = verdict
            .message
            .subject
            .as_deref()
            .and_then(exposed_password);
        if subject_fails.is_some() {
            // The subject is shown in reports: it must not carry the password.
            verdict.message.subject = Some("[subject withheld: it holds a password]".into());
        }
        let Some(fails) = subject_fails.or_else(|| exposed_password(&body.text)) else {
            return verdict;
        };
        for finding in &mut verdict.findings {
            if finding.kind == FindingKind::Account {
                finding.signals.push(Signal::PasswordExposed {
                    fails: fails.clone(),
                });
            }
        }
        verdict
    }
}
