//! Top-level domains heavily abused by throw-away senders
//! (`abused_tlds.toml`, with its sources).

use std::collections::HashSet;
use std::sync::LazyLock;

use serde::Deserialize;

const BUILTIN_ABUSED_TLDS: &str = include_str!("abused_tlds.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AbusedTlds {
    tlds: Vec<String>,
}

static ABUSED_TLDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    // The file is built in and checked by a test: an unreadable one only
    // empties the list.
    toml::from_str::<AbusedTlds>(BUILTIN_ABUSED_TLDS)
        .map(|file| {
            file.tlds
                .into_iter()
                .map(|t| t.trim().trim_start_matches('.').to_ascii_lowercase())
                .collect()
        })
        .unwrap_or_default()
});

/// True when `domain` (a host or registrable domain, any case, with or
/// without a trailing dot) is under one of the most abused top-level
/// domains.
pub(crate) fn is_abused_tld(domain: &str) -> bool {
    let domain = domain.trim().trim_end_matches('.');
    let tld = domain.rsplit('.').next().unwrap_or(domain);
    !tld.is_empty() && ABUSED_TLDS.contains(&tld.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_loads_and_matches_by_last_label() {
        assert!(toml::from_str::<AbusedTlds>(BUILTIN_ABUSED_TLDS).is_ok());
        assert!(ABUSED_TLDS.len() >= 20, "{}", ABUSED_TLDS.len());
        assert!(is_abused_tld("cryptomax-vip.xyz"));
        assert!(is_abused_tld("mail.Viec-Lam.ONLINE."));
        assert!(is_abused_tld("top"));
        assert!(!is_abused_tld("shopee.vn"));
        assert!(!is_abused_tld("example.com"));
        assert!(!is_abused_tld("xyz.com.vn"));
        assert!(!is_abused_tld(""));
    }
}
