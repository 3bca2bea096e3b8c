//! Phase 2: who sent the mail. The catalog service of the From domain, the
//! relay that carried it, a forum engine that fingerprints it, whether a
//! machine sent it, and what authentication backs the From domain.

use super::Detector;
use super::facts::HeaderFacts;
use crate::auth::{AuthInput, AuthResults, judge, parse_auth_results};
use crate::catalog::{Category, Relay, Service};
use crate::text::fold;
use crate::verdict::{Authentication, ServiceRef};

/// The sender of one message.
pub(super) struct Sender<'c> {
    /// The catalog service the From domain belongs to.
    pub(super) service: Option<&'c Service>,
    /// A forum engine that fingerprinted the mail: (engine, board host).
    pub(super) engine: Option<(&'static str, String)>,
    pub(super) relay: Option<&'c Relay>,
    /// Sent by a machine (a service, a relay, bulk or generated mail, a
    /// machine-like local part), not typed by a person.
    pub(super) machine: bool,
    /// Sent from a free-mail provider's domain (Gmail, Outlook.com …).
    pub(super) freemail: bool,
    /// …and from a person's box there (no machine-like local part).
    pub(super) freemail_person: bool,
}

/// What backs the sender's identity.
pub(super) struct SenderAuthentication {
    pub(super) status: Authentication,
    pub(super) detail: String,
}

impl Detector {
    pub(super) fn identify_sender<'c>(&'c self, facts: &HeaderFacts<'_>) -> Sender<'c> {
        let envelope = &facts.envelope;
        let from_domain = facts.sender_domain();
        let machine_local = facts
            .from
            .as_ref()
            .is_some_and(|(_, a)| is_machine_local(&a.local));
        let mut relay = None;
        let mut header_service = false;
        for name in envelope.names() {
            if relay.is_none() {
                relay = self.catalog.relay_for_header(name);
            }
            header_service |= self.catalog.service_for_header(name).is_some();
        }
        if relay.is_none() {
            relay = facts
                .dkim_domains
                .iter()
                .chain(envelope.addresses("Return-Path").iter().map(|a| &a.domain))
                .find_map(|d| self.catalog.relay_for_host(d));
        }
        // Anyone can open a free-mail box named `security-noreply`: mail from
        // one is never the provider's own (providers send account mail from
        // their own domains), so a brand it claims makes it phishing.
        let freemail = from_domain.is_some_and(|d| self.is_freemail(d));
        let service = from_domain
            .filter(|_| !freemail)
            .and_then(|d| self.catalog.service_for_host(d));
        let engine = forum_engine(facts);
        let machine = service.is_some()
            || engine.is_some()
            || relay.is_some()
            || header_service
            || facts.bulk_or_generated
            || facts.list_headers
            || machine_local;
        Sender {
            service,
            engine,
            relay,
            machine,
            freemail,
            freemail_person: freemail && !machine_local,
        }
    }

    /// Judges what backs the From domain: trusted `Authentication-Results`,
    /// aligned DKIM signatures, or for old mail an aligned envelope.
    pub(super) fn authenticate(
        &self,
        facts: &HeaderFacts<'_>,
        sender: &Sender<'_>,
    ) -> SenderAuthentication {
        let Some(from_domain) = facts.sender_domain() else {
            return SenderAuthentication {
                status: Authentication::Missing,
                detail: "no From address".to_string(),
            };
        };
        let envelope = &facts.envelope;
        let trusted = self.trusted_auth_results(facts);
        let mut envelope_domains: Vec<String> = envelope
            .addresses("Return-Path")
            .into_iter()
            .map(|a| a.domain)
            .collect();
        if let Some(id) = envelope.first("Message-ID") {
            let id = id.trim().trim_end_matches('>');
            if let Some(domain) = id
                .rsplit_once('@')
                .and_then(|(_, d)| crate::domain::normalize_domain(d))
            {
                envelope_domains.push(domain);
            }
        }
        let from_service = sender.service.map(|s| s.id.as_str());
        let same_service = |d: &str| {
            from_service.is_some()
                && self.catalog.service_for_host(d).map(|s| s.id.as_str()) == from_service
        };
        let (status, detail) = judge(
            &self.domains,
            from_domain,
            &same_service,
            &AuthInput {
                trusted_results: &trusted,
                dkim_domains: &facts.dkim_domains,
                envelope_domains: &envelope_domains,
                before_authentication_era: self.before_authentication_era(facts),
            },
        );
        SenderAuthentication { status, detail }
    }

    /// The `Authentication-Results` headers written by servers the policy
    /// trusts (a receiving server strips those that claim its own id).
    fn trusted_auth_results(&self, facts: &HeaderFacts<'_>) -> Vec<AuthResults> {
        facts
            .envelope
            .all("Authentication-Results")
            .iter()
            .filter_map(|v| parse_auth_results(v))
            .filter(|r| {
                self.official
                    .is_trusted_server(&self.domains, &r.authserv_id)
            })
            .collect()
    }

    /// A catalog service whose own domain signed the mail, as a trusted
    /// server verified (`dkim=pass header.d=<a domain of the service>`),
    /// though the From domain is in no catalog: the service's mail from
    /// another of its own domains. Nobody else can make that signature pass.
    pub(super) fn service_by_verified_signature(
        &self,
        facts: &HeaderFacts<'_>,
    ) -> Option<(&Service, String)> {
        self.trusted_auth_results(facts)
            .into_iter()
            .flat_map(|r| r.results)
            .filter(|r| r.method == "dkim" && r.result == "pass")
            .flat_map(|r| r.domains)
            .find_map(|d| {
                self.catalog
                    .service_for_host(&d)
                    .map(|service| (service, format!("dkim=pass header.d={d}")))
            })
    }

    /// True when the mail was received (top `Received` header, else `Date`)
    /// before the year from which authentication data is expected.
    pub(super) fn before_authentication_era(&self, facts: &HeaderFacts<'_>) -> bool {
        let received = facts
            .envelope
            .first("Received")
            .and_then(|r| r.rsplit_once(';').map(|(_, date)| date.trim().to_string()))
            .and_then(|date| mailparse::dateparse(&date).ok());
        let Some(seconds) = received.or(facts.date) else {
            return false;
        };
        let (year, ..) = crate::time::civil_from_unix(seconds, 0);
        year < i64::from(self.policy.authentication.expected_from_year)
    }

    /// A catalog service that the mail claims to be without being sent from
    /// its domains: by a fingerprint header, the display name, a brand in the
    /// sender's domain, or (for security mail) the subject.
    pub(super) fn claimed_service(
        &self,
        facts: &HeaderFacts<'_>,
        sender: &Sender<'_>,
        security_mail: bool,
    ) -> Option<&Service> {
        if sender.service.is_some() {
            return None;
        }
        for name in facts.envelope.names() {
            if let Some(service) = self.catalog.service_for_header(name) {
                return Some(service);
            }
        }
        let pattern = self.claim_pattern.as_ref()?;
        let find = |text: &str| {
            pattern
                .find(text)
                .and_then(|m| self.claim_services.get(m.as_str()))
                .and_then(|&i| self.catalog.services().get(i))
        };
        if let Some((display, addr)) = &facts.from {
            let display = fold(display);
            let exact = self
                .service_names
                .get(display.trim())
                .and_then(|&i| self.catalog.services().get(i));
            if let Some(service) = exact.or_else(|| find(&display)) {
                return Some(service);
            }
            let org = self
                .domains
                .registrable(&addr.domain)
                .replace(['-', '.'], " ");
            if let Some(service) = find(&org) {
                return Some(service);
            }
        }
        if security_mail {
            return find(&facts.folded_subject);
        }
        None
    }

    pub(super) fn catalog_ref(&self, service: &Service) -> ServiceRef {
        ServiceRef {
            id: service.id.clone(),
            name: service.name.clone(),
            category: service.category,
            in_catalog: true,
            engine: None,
        }
    }

    /// A service in no catalog, named by the registrable domain of its board
    /// (forum engines) or of the From address.
    pub(super) fn unlisted_ref(
        &self,
        facts: &HeaderFacts<'_>,
        sender: &Sender<'_>,
    ) -> Option<ServiceRef> {
        let (host, engine) = match &sender.engine {
            Some((engine, host)) => (host.clone(), Some((*engine).to_string())),
            None => (facts.sender_domain()?.to_string(), None),
        };
        if self.is_freemail(&host) || self.catalog.relay_for_host(&host).is_some() {
            return None;
        }
        if let Some(service) = self.catalog.service_for_host(&host) {
            return Some(self.catalog_ref(service));
        }
        let org = self.domains.registrable(&host).to_string();
        Some(ServiceRef {
            id: org.clone(),
            name: org,
            category: engine.as_deref().map_or(Category::Unknown, engine_category),
            in_catalog: false,
            engine,
        })
    }

    /// A personal mail provider's domain (or a subdomain of one).
    pub(super) fn is_freemail(&self, domain: &str) -> bool {
        self.catalog.is_freemail(domain)
    }
}

/// Local-part words of machine senders (`notifications`, `ship-confirm` …),
/// matched at the start or end of a local part's alphabetic tokens.
#[rustfmt::skip]
const MACHINE_LOCAL_WORDS: &[&str] = &[
    "notif", "notify", "alert", "security", "account", "verify", "verification", "register",
    "registration", "confirm", "support", "info", "service", "news", "update", "mailer", "admin",
    "system", "order", "billing", "receipt", "welcome", "member", "digest", "message", "robot",
    "forum", "team", "hello", "help", "contact", "customer", "login", "auth", "password",
    "bounce", "ship", "wordpress", "community", "board", "nobody", "reply", "booking", "trip",
    "ride", "wallet", "payment", "invoice", "promo", "marketing", "care", "otp",
    // Vietnamese: hỗ trợ, thông báo, liên hệ, chăm sóc khách hàng, bảo mật,
    // tài khoản, xác nhận, không trả lời.
    "hotro", "thongbao", "lienhe", "cskh", "baomat", "taikhoan", "xacnhan", "khongtraloi",
];

pub(super) fn is_machine_local(local: &str) -> bool {
    const PHRASES: [&str; 4] = ["noreply", "no-reply", "donotreply", "do-not-reply"];
    if PHRASES.iter().any(|p| local.contains(p)) {
        return true;
    }
    local
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|token| token.len() >= 3)
        .any(|token| {
            MACHINE_LOCAL_WORDS
                .iter()
                .any(|w| token.starts_with(w) || token.ends_with(w))
        })
}

/// Forum engines and issue trackers recognised by their own headers:
/// (engine, site host).
fn forum_engine(facts: &HeaderFacts<'_>) -> Option<(&'static str, String)> {
    let envelope = &facts.envelope;
    let from_domain = facts.sender_domain();
    if let Some(origin) = envelope.first("X-phpBB-Origin") {
        let host = origin
            .trim()
            .trim_start_matches("phpbb://")
            .split(['/', ':'])
            .next()
            .and_then(crate::domain::normalize_domain);
        if let Some(host) = host.or_else(|| from_domain.map(str::to_string)) {
            return Some(("phpbb", host));
        }
    }
    let from_host = from_domain?.to_string();
    let mailer = envelope
        .first("X-Mailer")
        .unwrap_or_default()
        .to_ascii_lowercase();
    for (needle, engine) in [
        ("phpbb", "phpbb"),
        ("mybb", "mybb"),
        ("vbulletin", "vbulletin"),
        ("xenforo", "xenforo"),
        ("smf", "smf"),
        ("discourse", "discourse"),
    ] {
        if mailer.contains(needle) {
            return Some((engine, from_host));
        }
    }
    let topic_id = |name: &str| {
        envelope
            .first(name)
            .is_some_and(|v| v.trim_start().trim_start_matches('<').starts_with("topic/"))
    };
    let discourse_header = envelope.names().any(|n| n.starts_with("x-discourse-"));
    if discourse_header || topic_id("Message-ID") || topic_id("References") {
        return Some(("discourse", from_host));
    }
    // Bounce addresses in the VERP formats of forum engines: Discourse's
    // `<local>+verp-<key>@<forum>`, XenForo's `<bounce>+<hmac>+<user>=<domain>@<forum>`
    // (from the board's own domain).
    // Read raw: normalising an address drops its `+…` part.
    let return_paths = envelope.all("Return-Path");
    for text in return_paths
        .iter()
        .flat_map(|v| crate::address::address_texts_in(v))
    {
        let Some((local, domain)) = text.rsplit_once('@') else {
            continue;
        };
        let domain = domain.to_ascii_lowercase();
        let own_board = crate::domain::is_within(&domain, &from_host)
            || crate::domain::is_within(&from_host, &domain);
        if DISCOURSE_VERP.is_match(&local.to_ascii_lowercase()) {
            return Some(("discourse", from_host));
        }
        let signed_verp = crate::bounce::decode(text)
            .is_some_and(|b| b.format == crate::bounce::BounceFormat::SignedVerp);
        if signed_verp && own_board {
            return Some(("xenforo", from_host));
        }
    }
    // Self-hosted issue trackers, which also mail their registered users
    // only.
    for (prefix, engine) in [
        ("x-bugzilla-", "bugzilla"),
        ("x-redmine-", "redmine"),
        ("x-gitea-", "gitea"),
        ("x-jira-fingerprint", "jira"),
        ("x-mantis", "mantisbt"),
    ] {
        if envelope.names().any(|n| n.starts_with(prefix)) {
            return Some((engine, from_host));
        }
    }
    None
}

/// Discourse's VERP return path: `<local>+verp-<32 hex>`.
static DISCOURSE_VERP: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| crate::text::constant_regex(r"\+verp-[0-9a-f]{32}$"));

/// The category of a site recognised by its engine.
pub(super) fn engine_category(engine: &str) -> Category {
    match engine {
        "bugzilla" | "redmine" | "gitea" | "jira" | "mantisbt" => Category::Developer,
        _ => Category::Forum,
    }
}
