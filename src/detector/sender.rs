//! Phase 2: who sent the mail. The catalog service of the From domain, the
//! relay that carried it, a forum engine that fingerprints it, whether a
//! machine sent it, and what authentication backs the From domain.

use super::Detector;
use super::facts::HeaderFacts;
use crate::auth::{AuthInput, AuthResults, judge, parse_auth_results};
use crate::catalog::{Category, Relay, Service};
use crate::signal::Signal;
use crate::text::fold;
use crate::verdict::{Authentication, ServiceRef};

/// The sender of one message.
pub(super) struct Sender<'c> {
    /// The catalog service the From domain belongs to.
    pub(super) service: Option<&'c Service>,
    /// A forum engine that fingerprinted the mail, or self-hosted software
    /// whose instance sent it: (engine, site host).
    pub(super) engine: Option<(&'c str, String)>,
    pub(super) relay: Option<&'c Relay>,
    /// Sent by a machine (a service, a relay, bulk or generated mail, a
    /// machine-like local part), not typed by a person.
    pub(super) machine: bool,
    /// Sent from a free-mail provider's domain (Gmail, Outlook.com …).
    pub(super) freemail: bool,
    /// …and from a person's box there (no machine-like local part).
    pub(super) freemail_person: bool,
    /// How [`Detector::resolve_sender`] found the service behind the From
    /// domain (a processor's merchant, the service's own name under another
    /// suffix, a self-hosted instance): reported with the finding.
    pub(super) resolved: Option<Signal>,
    /// Self-hosted software (a catalog service) whose instance sent the mail.
    pub(super) hosted_software: Option<&'c Service>,
    /// A merchant in no catalog that a payment processor's receipt names.
    pub(super) unlisted_merchant: Option<String>,
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
        let machine_local = facts.from.as_ref().is_some_and(|(_, a)| {
            is_machine_local(&a.local) || self.local_names_its_site(&a.local, &a.domain)
        });
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
        // their own domains), so a brand it claims makes it phishing. The
        // exception is a provider whose own domain is its mail domain
        // (proton.me) writing from a name it reserves for itself.
        let reserved_local = facts.from.as_ref().is_some_and(|(_, a)| {
            PROVIDER_RESERVED_LOCALS.contains(&a.local.to_ascii_lowercase().as_str())
        });
        let freemail = from_domain.is_some_and(|d| self.is_freemail(d)) && !reserved_local;
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
            || machine_local
            || sent_by_web_software(facts);
        Sender {
            service,
            engine,
            relay,
            machine,
            freemail,
            freemail_person: freemail && !machine_local,
            resolved: None,
            hosted_software: None,
            unlisted_merchant: None,
        }
    }

    /// True when the local part is the site's own name, whole or shortened
    /// (`khotailieu@khotailieukythuat.vn`, `caycanh@caycanh.vn`): the
    /// site's mailbox, not a person's. Free-mail domains are everybody's.
    fn local_names_its_site(&self, local: &str, domain: &str) -> bool {
        if self.is_freemail(domain) {
            return false;
        }
        let org = self.domains.registrable(domain);
        let label = org.split('.').next().unwrap_or_default();
        let local = local.to_ascii_lowercase();
        local.len() >= 5 && label.len() >= 5 && label.starts_with(local.as_str())
    }

    /// Who the sender really is when the From domain alone does not say:
    ///
    /// - a payment processor's receipt (`invoice+statements+acct_…@stripe.com`,
    ///   display name `OpenAI, LLC`): the merchant it names;
    /// - a catalog service's own name under another public suffix
    ///   (`misa.com.vn` for MISA of `misa.vn`), authenticated there;
    /// - software anyone can host (GitLab, Mattermost, Matrix) named by mail
    ///   authenticated at the instance's own domain: that instance.
    ///
    /// The last two only without any sign of deception (see
    /// [`Detector::deceives`]) and, for the service's name elsewhere, not
    /// under a top-level domain most abused by spammers.
    pub(super) fn resolve_sender<'c>(
        &'c self,
        raw: &[u8],
        facts: &HeaderFacts<'_>,
        mut sender: Sender<'c>,
    ) -> Sender<'c> {
        if let Some(processor) = sender.service.filter(|s| s.sends_for_merchants) {
            self.resolve_merchant(facts, processor, &mut sender);
            return sender;
        }
        if sender.service.is_some() || sender.freemail {
            return sender;
        }
        let Some(from_domain) = facts.sender_domain() else {
            return sender;
        };
        let Some(claimed) = self.claimed_service(facts, &sender, true) else {
            return sender;
        };
        let org = self.domains.registrable(from_domain);
        let own_name = self.own_name_elsewhere(claimed, from_domain);
        if !(own_name || claimed.self_hosted)
            || self.domains.is_platform_customer(from_domain)
            || !self.authenticated_at(facts, org)
            || self.deceives(raw, facts, claimed, own_name)
        {
            return sender;
        }
        let org = org.to_string();
        if own_name {
            sender.resolved = Some(Signal::OwnDomainElsewhere {
                service: claimed.id.clone(),
                domain: org,
            });
            sender.service = Some(claimed);
        } else {
            sender.resolved = Some(Signal::SelfHostedSoftware {
                software: claimed.id.clone(),
                domain: org,
            });
            sender.engine = Some((claimed.id.as_str(), from_domain.to_string()));
            sender.hosted_software = Some(claimed);
        }
        sender.machine = true;
        sender
    }

    /// The merchant a payment processor's mail is for: the service its
    /// display name (else its subject) names, resolved against the catalog's
    /// names and aliases. Mail that names only the processor is its own.
    fn resolve_merchant<'c>(
        &'c self,
        facts: &HeaderFacts<'_>,
        processor: &'c Service,
        sender: &mut Sender<'c>,
    ) {
        let display = facts
            .from
            .as_ref()
            .map(|(display, _)| fold(display))
            .unwrap_or_default();
        let merchant_name = strip_legal_form(display.trim());
        let processor_names: Vec<String> = std::iter::once(fold(&processor.name))
            .chain(std::iter::once(processor.id.clone()))
            .chain(processor.aliases.iter().map(|a| fold(a)))
            .collect();
        let names_processor =
            |text: &str| processor_names.iter().any(|name| contains_word(text, name));
        let merchant = self
            .service_in(&display)
            .or_else(|| self.service_in(&facts.folded_subject))
            .filter(|s| s.id != processor.id);
        if let Some(merchant) = merchant {
            sender.resolved = Some(Signal::SentByProcessor {
                processor: processor.id.clone(),
                merchant: merchant.id.clone(),
            });
            sender.service = Some(merchant);
        } else if !merchant_name.is_empty() && !names_processor(&display) {
            sender.resolved = Some(Signal::SentByProcessor {
                processor: processor.id.clone(),
                merchant: merchant_name.to_string(),
            });
            sender.unlisted_merchant = Some(merchant_name.to_string());
        }
    }

    /// The catalog service a folded text names: a whole service name, or a
    /// brand token (id, name, alias) within it.
    fn service_in(&self, folded: &str) -> Option<&Service> {
        let exact = self
            .service_names
            .get(strip_legal_form(folded.trim()))
            .and_then(|&i| self.catalog.services().get(i));
        exact.or_else(|| {
            let found = self.claim_pattern.as_ref()?.find(folded)?;
            self.claim_services
                .get(found.as_str())
                .and_then(|&i| self.catalog.services().get(i))
        })
    }

    /// True when the From domain is the service's own name under another
    /// public suffix: its registrable domain's label (`misa` of
    /// `misa.com.vn`) is the label of one of the service's registrable
    /// catalog domains (`misa.vn`), alone or with a mail word added as big
    /// senders name their mail domains (`udemymail.com`, `redditmail.com`,
    /// `hubspotemail.net`, `discordapp.com`), under a suffix not among the
    /// most abused ones.
    fn own_name_elsewhere(&self, service: &Service, from_domain: &str) -> bool {
        let org = self.domains.registrable(from_domain);
        let Some(suffix) = self.domains.known_suffix(org) else {
            return false;
        };
        let label = org
            .strip_suffix(suffix)
            .and_then(|rest| rest.strip_suffix('.'))
            .unwrap_or_default();
        let tld = suffix.rsplit('.').next().unwrap_or(suffix);
        if label.len() < 4 || label.contains('.') || crate::catalog::is_abused_tld(tld) {
            return false;
        }
        service
            .senders
            .iter()
            .chain(&service.websites)
            .filter(|d| self.domains.registrable(d) == d.as_str())
            .filter_map(|d| {
                let suffix = self.domains.known_suffix(d)?;
                d.strip_suffix(suffix)?.strip_suffix('.')
            })
            .any(|own| own == label || (own.len() >= 4 && is_mail_domain_label(label, own)))
    }

    /// True when a trusted receiving server saw a DKIM signature or DMARC
    /// pass for `org` (the From domain's registrable domain).
    fn authenticated_at(&self, facts: &HeaderFacts<'_>, org: &str) -> bool {
        self.trusted_auth_results(facts)
            .iter()
            .flat_map(|r| &r.results)
            .filter(|r| r.result == "pass" && matches!(r.method.as_str(), "dkim" | "dmarc"))
            .flat_map(|r| &r.domains)
            .any(|d| self.domains.registrable(d) == org)
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
    pub(super) fn trusted_auth_results(&self, facts: &HeaderFacts<'_>) -> Vec<AuthResults> {
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
        if sender.service.is_some() || sender.hosted_software.is_some() {
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
            // The service's whole name, alone or with the role senders
            // add to it ("Telegram Support", "VPBank CSKH"): a claim even
            // when the name is an ordinary word.
            let exact = self
                .service_names
                .get(strip_role_words(display.trim()))
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
        // A relay's own hosts name no service; a customer's project under a
        // platform that is also a relay (`project.firebaseapp.com`) does.
        let relay_host = self.catalog.relay_for_host(&host).is_some()
            && !self.domains.is_platform_customer(&host);
        if self.is_freemail(&host) || relay_host {
            return None;
        }
        if let Some(service) = self.catalog.service_for_host(&host) {
            return Some(self.catalog_ref(service));
        }
        let org = self.domains.registrable(&host).to_string();
        let category = match (&engine, sender.hosted_software) {
            (_, Some(software)) => software.category,
            (Some(engine), None) => engine_category(engine),
            (None, None) => Category::Unknown,
        };
        Some(ServiceRef {
            id: org.clone(),
            name: org,
            category,
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

/// Local parts a mail provider keeps for its own mail: no subscriber can
/// hold them, so mail from them at the provider's domain is the provider's.
const PROVIDER_RESERVED_LOCALS: [&str; 5] = [
    "no-reply",
    "noreply",
    "notify",
    "notification",
    "notifications",
];

/// Mail libraries and web applications that name themselves in
/// `X-Mailer`: what a site's software sends, never a person's mail client.
const WEB_SOFTWARE_MAILERS: [&str; 16] = [
    "phpmailer",
    "wordpress",
    "nextcloud",
    "owncloud",
    "mediawiki",
    "drupal",
    "joomla",
    "moodle",
    "prestashop",
    "magento",
    "opencart",
    "odoo",
    "swiftmailer",
    "symfony mailer",
    "nodemailer",
    "actionmailer",
];

/// True when `X-Mailer` names a mail library or web application.
fn sent_by_web_software(facts: &HeaderFacts<'_>) -> bool {
    facts.envelope.first("X-Mailer").is_some_and(|mailer| {
        let mailer = mailer.to_ascii_lowercase();
        WEB_SOFTWARE_MAILERS
            .iter()
            .any(|name| mailer.contains(name))
    })
}

/// The words services add to their name for a domain that only sends
/// their mail.
const MAIL_DOMAIN_WORDS: &[&str] = &[
    "mail",
    "email",
    "emails",
    "mailer",
    "mails",
    "app",
    "notifications",
    "notify",
];

/// True when `label` is `own` with a mail word after it, joined directly
/// or by a hyphen (`udemymail`, `hubspot-email`).
fn is_mail_domain_label(label: &str, own: &str) -> bool {
    label
        .strip_prefix(own)
        .map(|rest| rest.strip_prefix('-').unwrap_or(rest))
        .is_some_and(|word| MAIL_DOMAIN_WORDS.contains(&word))
}

pub(super) fn is_machine_local(local: &str) -> bool {
    const PHRASES: [&str; 4] = ["noreply", "no-reply", "donotreply", "do-not-reply"];
    if PHRASES.iter().any(|p| local.contains(p)) {
        return true;
    }
    let mut tokens = local.split(|c: char| !c.is_ascii_alphabetic());
    tokens.any(|token| {
        IDENTITY_SYSTEM_LOCALS.contains(&token)
            || (token.len() >= 3
                && MACHINE_LOCAL_WORDS
                    .iter()
                    .any(|w| token.starts_with(w) || token.ends_with(w)))
    })
}

/// Short names of identity and account systems' mailboxes (`sso@`,
/// `iam@`, `id@` …), matched as whole words: as parts of longer words they
/// are names (`idris`, `iamnguyen`).
const IDENTITY_SYSTEM_LOCALS: [&str; 7] = ["sso", "iam", "idp", "id", "mfa", "keycloak", "signin"];

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

/// A display name without the role words senders add after a service's
/// name (`telegram support` → `telegram`), folded text in and out.
fn strip_role_words(folded: &str) -> &str {
    const ROLES: [&str; 16] = [
        "support",
        "support team",
        "team",
        "security",
        "security team",
        "account",
        "accounts",
        "service",
        "customer service",
        "help",
        "helpdesk",
        "notifications",
        "cskh",
        "ho tro",
        "bao mat",
        "cham soc khach hang",
    ];
    let name = folded.trim();
    ROLES
        .iter()
        .find_map(|role| {
            name.strip_suffix(role)
                .filter(|rest| rest.ends_with([' ', '-', '|']))
                .map(|rest| rest.trim_end_matches([' ', '-', '|']))
        })
        .filter(|rest| !rest.is_empty())
        .unwrap_or(name)
}

/// A merchant's name without its legal form (`OpenAI, LLC` → `openai`),
/// folded text in, folded text out.
fn strip_legal_form(folded: &str) -> &str {
    const LEGAL_FORMS: [&str; 14] = [
        "llc",
        "inc",
        "inc.",
        "ltd",
        "ltd.",
        "limited",
        "gmbh",
        "corp",
        "corp.",
        "co.",
        "pte. ltd.",
        "pte ltd",
        "s.a.",
        "jsc",
    ];
    let mut name = folded.trim().trim_end_matches([',', '.', ' ']);
    loop {
        let before = name;
        for form in LEGAL_FORMS {
            if let Some(rest) = name.strip_suffix(form) {
                if rest.ends_with([' ', ',']) {
                    name = rest.trim_end_matches([',', ' ']);
                }
            }
        }
        if name == before {
            return name;
        }
    }
}

/// A merchant in no catalog, named by a processor's receipt: an id made of
/// its folded name (`Acme Studio` → `acme-studio`).
pub(super) fn merchant_ref(name: &str) -> ServiceRef {
    let id = fold(name)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    ServiceRef {
        id,
        name: name.to_string(),
        category: Category::Unknown,
        in_catalog: false,
        engine: None,
    }
}

/// True when `word` (folded) stands as whole words in `text` (folded).
fn contains_word(text: &str, word: &str) -> bool {
    !word.is_empty()
        && text.match_indices(word).any(|(at, _)| {
            let before = text.get(..at).and_then(|t| t.chars().next_back());
            let after = text.get(at + word.len()..).and_then(|t| t.chars().next());
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
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

#[cfg(test)]
mod tests {
    use super::is_machine_local;

    #[test]
    fn machine_local_parts_and_identity_system_names() {
        for machine in [
            "no-reply",
            "sso",
            "iam",
            "id",
            "keycloak-noti",
            "auth.sso",
            "thongbao",
        ] {
            assert!(is_machine_local(machine), "{machine}");
        }
        // Short system names count only as whole words: these are people.
        for person in ["idris.nguyen", "iamtran", "ssomai", "lan.nguyen"] {
            assert!(!is_machine_local(person), "{person}");
        }
    }

    #[test]
    fn a_local_part_naming_its_site_is_the_sites_mailbox() -> crate::Result<()> {
        let detector = crate::Detector::with_defaults()?;
        let names = |local: &str, domain: &str| detector.local_names_its_site(local, domain);
        assert!(names("khotailieu", "khotailieukythuat.vn"));
        assert!(names("KhoTaiLieu", "mail.khotailieukythuat.com.vn"));
        // People, short names, and free mail, where a name is anybody's.
        assert!(!names("lan.nguyen", "khotailieukythuat.vn"));
        assert!(!names("kho", "khotailieukythuat.vn"));
        assert!(!names("gmail", "gmail.com"));
        Ok(())
    }
}
