//! Approvals: accounts sanctioned for official use (a department's
//! Facebook page), each with a reason and an optional expiry. They are
//! written in the policy file (`[[approvals]]`) or recorded in the ledger.

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};

/// One approval. Its scope is an address and a service, an address (every
/// service), or a unit and a service; the unit is a directory unit or the
/// domain of the address (see
/// [`ServiceRecord::unit_or_domain`](crate::report::ServiceRecord::unit_or_domain)).
///
/// ```toml
/// [[approvals]]
/// unit = "sxd.quangngai.gov.vn"
/// service = "facebook"
/// reason = "Facebook page of the Department, decision 123/QĐ-SXD"
/// expires = "2026-12-31"
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    /// The official address approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The unit approved (with a service).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The service id approved (or, for a service in no catalog, its
    /// registrable domain).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// Why (a decision number, a purpose).
    pub reason: String,
    /// The last day it holds (`2026-12-31`, through the end of that day in
    /// Vietnam, UTC+7) or an exact moment (`2026-12-31T10:00:00Z`); none:
    /// until revoked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
}

impl Approval {
    /// Checks the scope and the expiry and puts names in normal form
    /// (lowercase address, unit domain and service). `origin` names the
    /// file or command in errors.
    pub fn normalized(mut self, origin: &str) -> Result<Approval> {
        let fail = |what: String| Err(Error::new(ErrorKind::Policy, format!("{origin}: {what}")));
        let clean = |value: Option<String>| {
            value
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        self.address = clean(self.address).map(|a| a.to_lowercase());
        self.unit = clean(self.unit);
        self.service = clean(self.service).map(|s| s.to_lowercase());
        self.reason = self.reason.trim().to_string();
        match (&self.address, &self.unit, &self.service) {
            (Some(_), None, _) | (None, Some(_), Some(_)) => {}
            _ => {
                return fail(
                    "an approval names an address (and maybe a service), or a unit and a service"
                        .to_string(),
                );
            }
        }
        if self.reason.is_empty() {
            return fail("an approval needs a reason".to_string());
        }
        if let Some(expires) = &self.expires {
            if expiry_unix(expires).is_none() {
                return fail(format!(
                    "approval expiry `{expires}` is neither YYYY-MM-DD nor YYYY-MM-DDTHH:MM:SSZ"
                ));
            }
        }
        Ok(self)
    }

    /// True when the approval covers `address` at `service` (an account of
    /// unit `unit`), expired or not.
    pub fn covers(&self, address: &str, service: &str, unit: &str) -> bool {
        let service_ok = self.service.as_deref().is_none_or(|s| s == service);
        let scope_ok = match (&self.address, &self.unit) {
            (Some(a), _) => a.eq_ignore_ascii_case(address),
            (None, Some(u)) => u.eq_ignore_ascii_case(unit),
            (None, None) => false,
        };
        service_ok && scope_ok
    }

    /// True when the approval has expired at `now` (seconds since the Unix
    /// epoch). An unreadable expiry counts as expired.
    pub fn is_expired(&self, now: i64) -> bool {
        match &self.expires {
            None => false,
            Some(text) => expiry_unix(text).is_none_or(|at| at <= now),
        }
    }

    /// The approval in words: its reason and its expiry.
    pub fn describe(&self) -> String {
        match &self.expires {
            Some(expires) => format!("{} (until {expires})", self.reason),
            None => self.reason.clone(),
        }
    }
}

/// The moment an expiry text ends the approval, in seconds since the Unix
/// epoch: a date lasts through its end in Vietnam (UTC+7).
pub(crate) fn expiry_unix(text: &str) -> Option<i64> {
    let text = text.trim();
    if text.len() == 10 {
        let start = crate::time::unix_from_rfc3339(&format!("{text}T00:00:00Z"))?;
        return Some(start + 86_400 - 7 * 3600);
    }
    crate::time::unix_from_rfc3339(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn approval(address: Option<&str>, unit: Option<&str>, service: Option<&str>) -> Approval {
        Approval {
            address: address.map(str::to_string),
            unit: unit.map(str::to_string),
            service: service.map(str::to_string),
            reason: "decision 123/QĐ-SXD".to_string(),
            expires: Some("2026-12-31".to_string()),
        }
    }

    #[test]
    fn scopes_and_expiry() -> Result<()> {
        let unit =
            approval(None, Some("sxd.quangngai.gov.vn"), Some("Facebook")).normalized("p")?;
        assert!(unit.covers("a@sxd.quangngai.gov.vn", "facebook", "sxd.quangngai.gov.vn"));
        assert!(!unit.covers("a@sxd.quangngai.gov.vn", "zalo", "sxd.quangngai.gov.vn"));
        let address = approval(Some("A@X.gov.vn"), None, None).normalized("p")?;
        assert!(address.covers("a@x.gov.vn", "zalo", "x.gov.vn"));
        // 31/12/2026 ends at midnight in Vietnam: 17:00 UTC.
        let end = crate::time::unix_from_rfc3339("2026-12-31T17:00:00Z").unwrap_or_default();
        assert!(!address.is_expired(end - 1));
        assert!(address.is_expired(end));
        for bad in [
            approval(None, Some("u"), None),
            approval(None, None, Some("facebook")),
            Approval {
                expires: Some("31/12/2026".to_string()),
                ..approval(Some("a@x.gov.vn"), None, None)
            },
            Approval {
                reason: " ".to_string(),
                ..approval(Some("a@x.gov.vn"), None, None)
            },
        ] {
            assert!(bad.normalized("p.toml").is_err());
        }
        Ok(())
    }
}
