//! Domain names: the pinned Public Suffix List, registrable domains and
//! label-boundary matching.

use publicsuffix::{IcannList, List, Psl};

use crate::error::{Error, ErrorKind, Result};

/// The Public Suffix List shipped with the crate (see `data/README.md` for
/// its date and source). Pinned so that results do not change under users.
const PINNED_LIST: &[u8] = include_bytes!("../data/public_suffix_list.dat");

/// Public Suffix List lookups. Every input must already be a lowercase ASCII
/// host name (see [`normalize_domain`]): the list is case-sensitive.
#[derive(Debug)]
pub(crate) struct Domains {
    list: List,
    /// The same list without its private section: where a platform
    /// (`firebaseapp.com`, `github.io`) lets each customer have its own
    /// registrable domain, this gives the platform's.
    icann: IcannList,
}

impl Domains {
    pub(crate) fn pinned() -> Result<Self> {
        let list = List::from_bytes(PINNED_LIST).map_err(|e| {
            Error::new(ErrorKind::Internal, "the embedded public suffix list").with_source(e)
        })?;
        let icann = IcannList::from_bytes(PINNED_LIST).map_err(|e| {
            Error::new(ErrorKind::Internal, "the embedded public suffix list").with_source(e)
        })?;
        Ok(Domains { list, icann })
    }

    /// The registrable domain of `host` under the list's ICANN section only:
    /// for a customer of a platform listed in the private section
    /// (`project.firebaseapp.com`), the platform's domain (`firebaseapp.com`);
    /// otherwise the same as [`registrable`](Self::registrable).
    pub(crate) fn icann_registrable<'h>(&self, host: &'h str) -> &'h str {
        match self.icann.domain(host.as_bytes()) {
            Some(domain) if domain.suffix().is_known() => {
                let len = domain.as_bytes().len();
                host.get(host.len().saturating_sub(len)..).unwrap_or(host)
            }
            _ => host,
        }
    }

    /// True when `host` belongs to a customer of a platform that the list's
    /// private section splits (`project.firebaseapp.com`, `user.github.io`):
    /// its registrable domain is the customer's, not the platform's.
    pub(crate) fn is_platform_customer(&self, host: &str) -> bool {
        self.registrable(host) != self.icann_registrable(host)
    }

    /// The registrable domain ("eTLD+1") of `host`, or the host itself when it
    /// is a public suffix or has an unknown top-level domain.
    pub(crate) fn registrable<'h>(&self, host: &'h str) -> &'h str {
        match self.list.domain(host.as_bytes()) {
            Some(domain) if domain.suffix().is_known() => {
                let len = domain.as_bytes().len();
                host.get(host.len().saturating_sub(len)..).unwrap_or(host)
            }
            _ => host,
        }
    }

    /// The public suffix of `host` when the list knows it (`is_known()`); the
    /// implicit `*` rule of unknown TLDs is not taken as a suffix.
    pub(crate) fn known_suffix<'h>(&self, host: &'h str) -> Option<&'h str> {
        let suffix = self.list.suffix(host.as_bytes())?;
        if !suffix.is_known() {
            return None;
        }
        let len = suffix.as_bytes().len();
        host.get(host.len().saturating_sub(len)..)
    }
}

/// True when `host` is `parent` or one of its subdomains (label boundary).
pub(crate) fn is_within(host: &str, parent: &str) -> bool {
    if parent.is_empty() {
        return false;
    }
    match host.strip_suffix(parent) {
        Some("") => true,
        Some(rest) => rest.ends_with('.'),
        None => false,
    }
}

/// Lowercases, trims dots and converts an internationalised domain to its
/// ASCII (punycode) form. Returns `None` for something that is not a host name.
pub(crate) fn normalize_domain(raw: &str) -> Option<String> {
    let trimmed = raw.trim().trim_matches('.');
    if trimmed.is_empty() || trimmed.len() > 253 {
        return None;
    }
    let ascii = if trimmed.is_ascii() {
        trimmed.to_ascii_lowercase()
    } else {
        idna::domain_to_ascii(trimmed).ok()?
    };
    let valid = ascii.contains('.')
        && !ascii.contains("..")
        && ascii
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        && ascii
            .split('.')
            .all(|label| !label.is_empty() && label.len() <= 63);
    valid.then_some(ascii)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registrable_domains() -> Result<()> {
        let d = Domains::pinned()?;
        assert_eq!(
            d.registrable("priority.facebookmail.com"),
            "facebookmail.com"
        );
        assert_eq!(d.registrable("sxd.quangngai.gov.vn"), "quangngai.gov.vn");
        assert_eq!(d.registrable("mail.shopee.vn"), "shopee.vn");
        assert_eq!(d.registrable("dantri.com.vn"), "dantri.com.vn");
        assert_eq!(d.registrable("gov.vn"), "gov.vn");
        // A platform's customer under the private section.
        assert_eq!(
            d.registrable("mail.app-1a2b.firebaseapp.com"),
            "app-1a2b.firebaseapp.com"
        );
        assert_eq!(
            d.icann_registrable("mail.app-1a2b.firebaseapp.com"),
            "firebaseapp.com"
        );
        assert!(d.is_platform_customer("app-1a2b.firebaseapp.com"));
        assert!(d.is_platform_customer("someone.github.io"));
        assert!(!d.is_platform_customer("firebaseapp.com"));
        assert!(!d.is_platform_customer("mail.shopee.vn"));
        assert_eq!(d.icann_registrable("mail.shopee.vn"), "shopee.vn");
        assert_eq!(
            d.registrable("foo.example.invalidtld"),
            "foo.example.invalidtld"
        );
        assert_eq!(d.known_suffix("stttt.quangngai.gov.vn"), Some("gov.vn"));
        assert_eq!(d.known_suffix("gov.vn"), Some("gov.vn"));
        assert_eq!(d.known_suffix("gov.vn.evil.com"), Some("com"));
        assert_eq!(d.known_suffix("x.invalidtld"), None);
        Ok(())
    }

    #[test]
    fn label_boundaries() {
        assert!(is_within("a.gov.vn", "gov.vn"));
        assert!(is_within("gov.vn", "gov.vn"));
        assert!(!is_within("agov.vn", "gov.vn"));
        assert!(!is_within("gov.vn.evil.com", "gov.vn"));
        assert!(!is_within("x.vn", ""));
    }

    #[test]
    fn domain_normalisation() {
        assert_eq!(
            normalize_domain("QuangNgai.GOV.VN."),
            Some("quangngai.gov.vn".into())
        );
        assert_eq!(
            normalize_domain("quảngngãi.gov.vn"),
            Some("xn--qungngi-2wa3569d.gov.vn".into())
        );
        assert_eq!(normalize_domain("localhost"), None);
        assert_eq!(normalize_domain("a..b"), None);
        assert_eq!(normalize_domain("a b.vn"), None);
    }
}
