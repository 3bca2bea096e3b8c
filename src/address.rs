//! Mail addresses: tolerant extraction from header values and text,
//! normalisation (bounce addresses: see `crate::bounce`).

use std::sync::LazyLock;

use regex::Regex;

use crate::domain::normalize_domain;

/// A normalised mail address: local part lowercased with any `+tag` removed,
/// domain lowercased and in ASCII (punycode) form.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Address {
    pub(crate) local: String,
    pub(crate) domain: String,
}

impl Address {
    /// Parses and normalises `user@domain` (surrounding `<>`, quotes and
    /// spaces allowed). Returns `None` when it is not an address.
    pub(crate) fn parse(raw: &str) -> Option<Address> {
        let raw = raw
            .trim()
            .trim_matches(|c: char| matches!(c, '<' | '>' | '"' | '\'' | '(' | ')' | '[' | ']'));
        let (local, domain) = raw.rsplit_once('@')?;
        let local = local.trim_start_matches("mailto:");
        let local = local.split('+').next().unwrap_or(local);
        if local.is_empty()
            || local.len() > 64
            || !local
                .chars()
                .all(|c| c.is_alphanumeric() || "._-=!#$%&'*/?^`{|}~".contains(c))
        {
            return None;
        }
        Some(Address {
            local: local.to_lowercase(),
            domain: normalize_domain(domain)?,
        })
    }

    /// Writes the address as `local@domain`.
    pub(crate) fn to_text(&self) -> String {
        format!("{}@{}", self.local, self.domain)
    }
}

/// Something that looks like an address, inside any text. The domain part
/// stops at characters that cannot be in a host name; Unicode letters are
/// allowed for internationalised domains.
static ADDRESS_IN_TEXT: LazyLock<Regex> =
    LazyLock::new(|| crate::text::constant_regex(r"[\w.!#$%&'*/=?^`{|}~+-]+@[\w-]+(?:\.[\w-]+)+"));

/// The raw text of everything that looks like an address in `text`.
pub(crate) fn address_texts_in(text: &str) -> impl Iterator<Item = &str> {
    ADDRESS_IN_TEXT.find_iter(text).map(|m| m.as_str())
}

/// All addresses found in `text`, in order, normalised, without duplicates.
/// Tolerant: one malformed entry in a list does not hide the others (unlike
/// `mailparse::addrparse`, which fails the whole list).
pub(crate) fn addresses_in(text: &str) -> Vec<Address> {
    let mut found = Vec::new();
    for m in ADDRESS_IN_TEXT.find_iter(text) {
        if let Some(addr) = Address::parse(m.as_str()) {
            if !found.contains(&addr) {
                found.push(addr);
            }
        }
    }
    found
}

/// Addresses named by a "this mail was sent to …" footer, in English or
/// Vietnamese (text already folded by [`crate::text::fold`]).
pub(crate) fn footer_recipients(folded_text: &str) -> Vec<Address> {
    static FOOTER: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::constant_regex(
            r"(?:sent to|delivered to|addressed to|intended for|gui (?:toi|den|cho)|duoc gui (?:toi|den|cho)|gui toi dia chi)\s*(?:dia chi\s*)?:?\s*<?(?:mailto:)?([\w.!#$%&'*/=?^`{|}~+-]+@[\w-]+(?:\.[\w-]+)+)",
        )
    });
    let mut found = Vec::new();
    for caps in FOOTER.captures_iter(folded_text) {
        if let Some(addr) = caps.get(1).and_then(|m| Address::parse(m.as_str())) {
            if !found.contains(&addr) {
                found.push(addr);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addr(s: &str) -> Option<String> {
        Address::parse(s).map(|a| a.to_text())
    }

    #[test]
    fn normalises_case_tags_and_idn() {
        assert_eq!(
            addr("<AN.Nguyen+fb@STTTT.QuangNgai.GOV.VN>"),
            Some("an.nguyen@stttt.quangngai.gov.vn".into())
        );
        assert_eq!(
            addr("x@bộ.gov.vn"),
            Some(format!(
                "x@{}.gov.vn",
                idna::domain_to_ascii("bộ").unwrap_or_default()
            ))
        );
        assert_eq!(addr("no-at-sign"), None);
        assert_eq!(addr("a b@x.vn"), None);
        assert_eq!(addr("@x.vn"), None);
    }

    #[test]
    fn tolerant_list_extraction() {
        let found = addresses_in(
            "bad-address, \"Lê, Châu\" <chau@sxd.quangngai.gov.vn>, =?utf-8?q?x?= <b@x.com>",
        );
        let texts: Vec<_> = found.iter().map(Address::to_text).collect();
        assert_eq!(texts, ["chau@sxd.quangngai.gov.vn", "b@x.com"]);
    }

    #[test]
    fn footers() {
        let found = footer_recipients(
            "email nay duoc gui toi an.nguyen@stttt.quangngai.gov.vn. this message was sent to <b@x.gov.vn>",
        );
        let texts: Vec<_> = found.iter().map(Address::to_text).collect();
        assert_eq!(texts, ["an.nguyen@stttt.quangngai.gov.vn", "b@x.gov.vn"]);
    }
}
