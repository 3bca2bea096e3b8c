//! The policy's three uses of "official", each under its own name: which
//! recipients are official addresses, which senders are government senders
//! (never counted), and which servers' authentication and spam verdicts are
//! trusted. Policy lists are normalised once, when the detector is built.

use std::collections::HashSet;

use crate::address::Address;
use crate::domain::{Domains, is_within};
use crate::policy::Policy;

/// Official domains and suffixes of the policy, normalised.
#[derive(Debug)]
pub(super) struct OfficialDomains {
    domains: Vec<String>,
    government_suffixes: Vec<String>,
    /// Official addresses never reported, normalised (`to_text`).
    ignored_addresses: HashSet<String>,
    /// authserv-ids and host names of the receiving servers to trust.
    trusted_servers: HashSet<String>,
    trust_official_servers: bool,
}

impl OfficialDomains {
    pub(super) fn new(policy: &Policy) -> OfficialDomains {
        OfficialDomains {
            domains: policy.official.domains.clone(),
            government_suffixes: policy.official.government_suffixes.clone(),
            ignored_addresses: policy
                .official
                .ignore_addresses
                .iter()
                .filter_map(|a| Address::parse(a))
                .map(|a| a.to_text())
                .collect(),
            trusted_servers: policy
                .authentication
                .trusted_authserv_ids
                .iter()
                .cloned()
                .collect(),
            trust_official_servers: policy.authentication.trust_official_servers,
        }
    }

    /// True when `domain` is official under the policy: one of its domains
    /// (with subdomains), or under a government suffix judged with the
    /// Public Suffix List.
    fn is_official_domain(&self, domains: &Domains, domain: &str) -> bool {
        if self.domains.iter().any(|d| is_within(domain, d)) {
            return true;
        }
        // A government suffix matches when the PSL's suffix of the domain is
        // under it, or, for a suffix the PSL does not list, on label boundary.
        let known_suffix = domains.known_suffix(domain);
        self.government_suffixes.iter().any(|g| {
            known_suffix.is_some_and(|s| is_within(s, g))
                || (is_within(domain, g) && domains.known_suffix(g) != Some(g.as_str()))
        })
    }

    /// An official recipient: an address in an official domain that the
    /// policy does not ignore.
    pub(super) fn is_official_recipient(&self, domains: &Domains, address: &Address) -> bool {
        self.is_official_domain(domains, &address.domain)
            && (self.ignored_addresses.is_empty()
                || !self.ignored_addresses.contains(&address.to_text()))
    }

    /// A government sender: mail from it is never counted.
    pub(super) fn is_government_sender(&self, domains: &Domains, domain: &str) -> bool {
        self.is_official_domain(domains, domain)
    }

    /// A receiving server whose `Authentication-Results` and spam verdicts
    /// are believed: listed in the policy, or (by default) a host under an
    /// official domain, i.e. the government's own mail servers.
    pub(super) fn is_trusted_server(&self, domains: &Domains, host: &str) -> bool {
        self.trusted_servers.contains(host)
            || (self.trust_official_servers && self.is_official_domain(domains, host))
    }
}
