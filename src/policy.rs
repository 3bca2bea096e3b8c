//! The audit policy: which addresses are official, what counts as a
//! violation, which authentication results to trust, and input limits.
//!
//! Every field has a default, so an empty policy file is valid. See the
//! README's "Configuration file" section for the file format.

use serde::{Deserialize, Serialize};

pub use crate::approval::Approval;
use crate::catalog::Category;
use crate::domain::normalize_domain;
use crate::error::{Error, ErrorKind, Result};

/// The audit policy. Build it with [`Policy::default`] (every address under
/// `gov.vn` is official, every category is in scope) and adjust the fields,
/// or read it from TOML with [`Policy::from_toml`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Policy {
    /// Which recipients are official addresses.
    pub official: OfficialPolicy,
    /// Which accounts are violations.
    pub violations: ViolationPolicy,
    /// Which `Authentication-Results` headers are believed.
    pub authentication: AuthenticationPolicy,
    /// Limits on untrusted input.
    pub limits: Limits,
    /// Accounts approved for official use, with a reason and an expiry
    /// (`[[approvals]]`); see [`Report::apply_approvals`](crate::Report::apply_approvals).
    pub approvals: Vec<Approval>,
    /// Accounts at risk and machines: the IP lists to check.
    #[serde(skip_serializing_if = "SecurityPolicy::is_empty")]
    pub security: SecurityPolicy,
}

/// Accounts at risk and machines.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SecurityPolicy {
    /// Files of IP addresses and CIDR blocks (one a line, `#` comments),
    /// such as a national CERT's botnet list. Relative paths are read from
    /// the policy file's folder.
    pub ip_lists: Vec<std::path::PathBuf>,
}

impl SecurityPolicy {
    fn is_empty(&self) -> bool {
        self.ip_lists.is_empty()
    }
}

/// Which recipients are official addresses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OfficialPolicy {
    /// Government suffixes, judged with the Public Suffix List: an address
    /// whose domain is under one of them is official. Default: `["gov.vn"]`.
    pub government_suffixes: Vec<String>,
    /// Extra official domains, each with its subdomains
    /// (e.g. `quangngai.gov.vn`, or a non-gov domain an agency uses).
    pub domains: Vec<String>,
    /// Official addresses never reported (shared or system mailboxes).
    pub ignore_addresses: Vec<String>,
}

impl Default for OfficialPolicy {
    fn default() -> Self {
        OfficialPolicy {
            government_suffixes: vec!["gov.vn".to_string()],
            domains: Vec::new(),
            ignore_addresses: Vec::new(),
        }
    }
}

/// Which accounts are violations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ViolationPolicy {
    /// Categories in scope. Default: all of them, including `unknown`
    /// (a site in no catalog).
    pub categories: Vec<Category>,
    /// Service ids (or, for services in no catalog, registrable domains)
    /// approved for official use: reported, never a violation.
    pub approved_services: Vec<String>,
    /// The lowest confidence that makes a violation: `medium` (the default
    /// and the floor: a low-confidence account is listed "to review", never
    /// as a violation) or `high`.
    pub min_confidence: crate::Confidence,
}

impl Default for ViolationPolicy {
    fn default() -> Self {
        ViolationPolicy {
            categories: Category::ALL.to_vec(),
            approved_services: Vec::new(),
            min_confidence: crate::Confidence::Medium,
        }
    }
}

/// Which `Authentication-Results` headers are believed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AuthenticationPolicy {
    /// authserv-ids (the first field of `Authentication-Results`) of the
    /// receiving servers, e.g. `mail.quangngai.gov.vn`.
    pub trusted_authserv_ids: Vec<String>,
    /// Also trust authserv-ids that are hosts under an official domain
    /// (the government's own mail servers). Default: true.
    pub trust_official_servers: bool,
    /// Mail received before this year carries no DKIM or
    /// `Authentication-Results` as a rule, so lacking them does not make it
    /// suspect (its findings get low confidence). Later mail that claims a
    /// service without them is suspected phishing. Default: 2012.
    pub expected_from_year: i32,
}

impl Default for AuthenticationPolicy {
    fn default() -> Self {
        AuthenticationPolicy {
            trusted_authserv_ids: Vec::new(),
            trust_official_servers: true,
            expected_from_year: 2012,
        }
    }
}

/// Limits on untrusted input. A message over a limit is still counted in the
/// scan summary, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Largest message inspected, in bytes (default 50 MiB). Larger ones are
    /// skipped as `too_large`.
    pub max_message_bytes: usize,
    /// Largest header block, in bytes (default 256 KiB).
    pub max_header_bytes: usize,
    /// Deepest MIME nesting read for text (default 20).
    pub max_mime_depth: usize,
    /// Most MIME parts read for text (default 100).
    pub max_mime_parts: usize,
    /// Most decoded text scanned per message, in bytes (default 256 KiB).
    pub max_text_bytes: usize,
    /// Most findings kept per message (default 32).
    pub max_findings_per_message: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_message_bytes: 50 * 1024 * 1024,
            max_header_bytes: 256 * 1024,
            max_mime_depth: 20,
            max_mime_parts: 100,
            max_text_bytes: 256 * 1024,
            max_findings_per_message: 32,
        }
    }
}

impl Policy {
    /// Reads a policy from TOML text; `origin` names it in errors.
    pub fn from_toml(text: &str, origin: &str) -> Result<Policy> {
        let policy: Policy = toml::from_str(text)
            .map_err(|e| crate::error::toml_error(ErrorKind::Policy, origin, text, e))?;
        policy.normalized(origin)
    }

    /// Reads a policy file (TOML).
    pub fn from_file(path: &std::path::Path) -> Result<Policy> {
        let text = crate::error::read_text_file(path)?;
        let mut policy = Policy::from_toml(&text, &path.display().to_string())?;
        let folder = path.parent().unwrap_or_else(|| std::path::Path::new(""));
        for list in &mut policy.security.ip_lists {
            if list.is_relative() {
                *list = folder.join(&*list);
            }
        }
        Ok(policy)
    }

    /// Checks the policy and puts its domains in normal form (lowercase,
    /// punycode). Called by [`Detector::new`](crate::Detector::new).
    pub(crate) fn normalized(mut self, origin: &str) -> Result<Policy> {
        for list in [
            &mut self.official.government_suffixes,
            &mut self.official.domains,
        ] {
            for entry in list.iter_mut() {
                // A suffix may be a single label (`gov`), which is no host name.
                let candidate = entry.trim().trim_start_matches('.').to_ascii_lowercase();
                let normal = if candidate.contains('.') {
                    normalize_domain(&candidate)
                } else if !candidate.is_empty()
                    && candidate.bytes().all(|b| b.is_ascii_alphanumeric())
                {
                    Some(candidate)
                } else {
                    None
                };
                *entry = normal.ok_or_else(|| {
                    Error::new(
                        ErrorKind::Policy,
                        format!("{origin}: `{entry}` is not a domain"),
                    )
                })?;
            }
        }
        self.refuse_public_suffixes(origin)?;
        for id in self.authentication.trusted_authserv_ids.iter_mut() {
            *id = id.trim().to_ascii_lowercase();
        }
        self.approvals = std::mem::take(&mut self.approvals)
            .into_iter()
            .map(|a| a.normalized(origin))
            .collect::<Result<_>>()?;
        if self.limits.max_message_bytes == 0 || self.limits.max_text_bytes == 0 {
            return Err(Error::new(
                ErrorKind::Policy,
                format!("{origin}: limits must be above zero"),
            ));
        }
        Ok(self)
    }

    /// An official domain that is a public suffix (`com`, `vn`, `com.vn`)
    /// would make everyone's addresses official: refused, unless it is also
    /// listed as a government suffix (where suffixes belong).
    fn refuse_public_suffixes(&self, origin: &str) -> Result<()> {
        if self.official.domains.is_empty() {
            return Ok(());
        }
        let list = crate::domain::Domains::pinned()?;
        let suffixes = &self.official.government_suffixes;
        let refused = self.official.domains.iter().find(|domain| {
            let suffix =
                !domain.contains('.') || list.known_suffix(domain) == Some(domain.as_str());
            suffix && !suffixes.contains(domain)
        });
        match refused {
            Some(domain) => Err(Error::new(
                ErrorKind::Policy,
                format!(
                    "{origin}: official domain `{domain}` is a public suffix: every address \
                     under it would be official; name the agency's own domain \
                     (e.g. quangngai.gov.vn)"
                ),
            )),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_file_is_the_default_policy() -> Result<()> {
        assert_eq!(
            Policy::from_toml("", "p.toml")?,
            Policy::default().normalized("x")?
        );
        Ok(())
    }

    #[test]
    fn reads_and_normalises() -> Result<()> {
        let policy = Policy::from_toml(
            r#"
            [official]
            domains = ["QuangNgai.GOV.VN"]
            [violations]
            categories = ["social", "forum"]
            approved_services = ["github"]
            min_confidence = "medium"
            [authentication]
            trusted_authserv_ids = ["Mail.QuangNgai.gov.vn"]
            [limits]
            max_text_bytes = 1000
            "#,
            "p.toml",
        )?;
        assert_eq!(policy.official.domains, ["quangngai.gov.vn"]);
        assert_eq!(policy.official.government_suffixes, ["gov.vn"]);
        assert_eq!(
            policy.violations.categories,
            [Category::Social, Category::Forum]
        );
        assert_eq!(
            policy.authentication.trusted_authserv_ids,
            ["mail.quangngai.gov.vn"]
        );
        assert_eq!(policy.limits.max_text_bytes, 1000);
        assert_eq!(policy.limits.max_mime_depth, 20);
        Ok(())
    }

    #[test]
    fn errors_name_the_file() {
        for text in [
            "[official]\ndomain = []",
            "[official]\ndomains = [\"a b\"]",
            "x = 1",
        ] {
            let err = Policy::from_toml(text, "p.toml")
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(err.contains("p.toml"), "{err}");
        }
    }
}
