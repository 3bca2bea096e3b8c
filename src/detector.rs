//! The detector: policy + catalog + rules; the per-message verdict.

use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};

use regex::Regex;

use crate::address::{Address, address_texts_in, footer_recipients, verp_recipient};
use crate::auth::{AuthInput, AuthResults, dkim_signing_domain, judge, parse_auth_results};
use crate::catalog::{Catalog, Category, Relay, Service};
use crate::domain::{Domains, is_within};
use crate::error::{Error, ErrorKind, Result};
use crate::message::{Envelope, body_text};
use crate::policy::Policy;
use crate::rules::Rules;
use crate::text::{fold, redact};
use crate::time::rfc3339_from_unix;
use crate::verdict::{
    Authentication, Confidence, EventKind, Finding, FindingKind, MessageInfo, Outcome,
    RecipientSource, ServiceRef, SkipReason, Verdict,
};

/// Recipient headers, in the order their addresses are reported.
const RECIPIENT_HEADERS: [(&str, RecipientSource); 6] = [
    ("To", RecipientSource::To),
    ("Cc", RecipientSource::Cc),
    ("Delivered-To", RecipientSource::DeliveredTo),
    ("X-Original-To", RecipientSource::XOriginalTo),
    ("Envelope-To", RecipientSource::EnvelopeTo),
    ("Resent-To", RecipientSource::ResentTo),
];

/// Headers whose address may be a VERP-encoded bounce address.
const BOUNCE_HEADERS: [&str; 3] = ["Return-Path", "Sender", "Errors-To"];

/// Personal mail providers: mail from them is a person's unless the local
/// part says it is a machine's.
#[rustfmt::skip]
const FREEMAIL: &[&str] = &[
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.com.vn", "ymail.com", "hotmail.com",
    "outlook.com", "live.com", "msn.com", "icloud.com", "me.com", "aol.com", "protonmail.com",
    "proton.me", "zoho.com", "mail.ru", "yandex.ru", "gmx.com", "gmx.de", "qq.com", "163.com",
];

/// Local-part words of machine senders (`notifications`, `ship-confirm` …),
/// matched at the start or end of a local part's alphabetic tokens.
#[rustfmt::skip]
const MACHINE_LOCAL_WORDS: &[&str] = &[
    "notif", "notify", "alert", "security", "account", "verify", "verification", "register",
    "registration", "confirm", "support", "info", "service", "news", "update", "mailer", "admin",
    "system", "order", "billing", "receipt", "welcome", "member", "digest", "message", "robot",
    "forum", "team", "hello", "help", "contact", "customer", "login", "auth", "password",
    "bounce", "ship", "wordpress", "community", "board", "nobody", "reply",
    // Vietnamese: hỗ trợ, thông báo, liên hệ, chăm sóc khách hàng, bảo mật,
    // tài khoản, xác nhận, không trả lời.
    "hotro", "thongbao", "lienhe", "cskh", "baomat", "taikhoan", "xacnhan", "khongtraloi",
];

/// Service ids and names that are ordinary words, never taken as a claim to
/// be that service when they appear in a display name or subject.
#[rustfmt::skip]
const CLAIM_STOPWORDS: &[&str] = &[
    "line", "mega", "grab", "medium", "change", "chess", "steam", "threads", "signal", "notion",
    "booking", "match", "lotus", "mocha", "register", "wordpress", "zoom", "slack", "hinge",
    "box", "apple", "messenger", "discourse", "meetup", "foody", "sendo", "shein", "skype",
];

/// The detector: built once from a policy and a catalog, then asked about
/// messages. It is `Send + Sync`; share one across threads.
#[derive(Debug)]
pub struct Detector {
    policy: Policy,
    catalog: Catalog,
    domains: Domains,
    rules: Rules,
    /// Brand tokens (folded) as one alternation, and token → service index.
    claim_pattern: Option<Regex>,
    claim_services: HashMap<String, usize>,
}

/// An official mailbox that owns an export: every message read from the
/// export was delivered to it, whatever its To: says. Made by
/// [`Detector::owner`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner(Address);

impl Owner {
    /// The normalised address.
    pub fn address(&self) -> String {
        self.0.to_text()
    }
}

/// How the sender of a message is identified.
struct Identity<'c> {
    from_domain: Option<String>,
    /// The catalog service the From domain belongs to.
    service: Option<&'c Service>,
    /// A forum engine that fingerprinted the mail: (engine, board host).
    engine: Option<(&'static str, String)>,
    relay: Option<&'c Relay>,
    machine: bool,
    /// `d=` of every DKIM signature (read once; the authentication judgement
    /// uses them too).
    dkim_domains: Vec<String>,
}

impl Detector {
    /// Builds a detector. Fails when the policy is invalid.
    pub fn new(policy: Policy, catalog: Catalog) -> Result<Detector> {
        let policy = policy.normalized("policy")?;
        let domains = Domains::pinned()?;
        let mut claim_services = HashMap::new();
        for (index, service) in catalog.services().iter().enumerate() {
            for token in [service.id.clone(), fold(&service.name)] {
                let usable = token.len() >= 4
                    && token.bytes().all(|b| b.is_ascii_alphanumeric())
                    && !CLAIM_STOPWORDS.contains(&token.as_str());
                if usable {
                    claim_services.entry(token).or_insert(index);
                }
            }
        }
        let claim_pattern = if claim_services.is_empty() {
            None
        } else {
            let mut tokens: Vec<&str> = claim_services.keys().map(String::as_str).collect();
            tokens.sort_unstable_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
            let pattern = format!(r"\b(?:{})\b", tokens.join("|"));
            Some(Regex::new(&pattern).map_err(|e| {
                Error::new(ErrorKind::Catalog, "service names do not form a pattern").with_source(e)
            })?)
        };
        Ok(Detector {
            policy,
            catalog,
            domains,
            rules: Rules::builtin()?,
            claim_pattern,
            claim_services,
        })
    }

    /// A detector with the default policy (every `gov.vn` address is
    /// official) and the built-in catalog.
    pub fn with_defaults() -> Result<Detector> {
        Detector::new(Policy::default(), Catalog::builtin()?)
    }

    /// The policy in force (normalised).
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The catalog in use.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// True when `address` is an official address under the policy.
    pub fn is_official(&self, address: &str) -> bool {
        Address::parse(address).is_some_and(|a| self.is_official_address(&a))
    }

    /// Validates the owner of an export. Fails when `address` is not an
    /// official address, since nothing could then be reported for it.
    pub fn owner(&self, address: &str) -> Result<Owner> {
        match Address::parse(address) {
            Some(a) if self.is_official_address(&a) => Ok(Owner(a)),
            Some(a) => Err(Error::new(
                ErrorKind::Policy,
                format!(
                    "owner {} is not an official address under the policy",
                    a.to_text()
                ),
            )),
            None => Err(Error::new(
                ErrorKind::Policy,
                format!("owner `{address}` is not a mail address"),
            )),
        }
    }

    /// Inspects one raw message (RFC 5322 bytes, without an mbox `From ` line).
    ///
    /// Never panics and never fails: a message that cannot be read gives a
    /// verdict with [`Outcome::Failed`]. Safe for a mail gateway.
    pub fn inspect(&self, raw: &[u8]) -> Verdict {
        self.inspect_guarded(raw, None)
    }

    /// Like [`inspect`](Self::inspect), for a message known to have been
    /// delivered to `owner` (a message from that person's export).
    pub fn inspect_delivered_to(&self, raw: &[u8], owner: &Owner) -> Verdict {
        self.inspect_guarded(raw, Some(&owner.0))
    }

    pub(crate) fn inspect_unguarded(&self, raw: &[u8]) -> Verdict {
        self.analyse(raw, None)
    }

    fn inspect_guarded(&self, raw: &[u8], owner: Option<&Address>) -> Verdict {
        // The parsers are fuzzed, but a gateway must not lose mail to a bug.
        catch_unwind(AssertUnwindSafe(|| self.analyse(raw, owner))).unwrap_or_else(|_| {
            Verdict::failed(
                "internal error while inspecting (a bug; please report)".into(),
                MessageInfo::default(),
            )
        })
    }

    fn analyse(&self, raw: &[u8], owner: Option<&Address>) -> Verdict {
        let limits = &self.policy.limits;
        if raw.len() > limits.max_message_bytes {
            return Verdict::skipped(SkipReason::TooLarge, MessageInfo::default());
        }
        if raw.iter().all(u8::is_ascii_whitespace) {
            return Verdict::failed("empty message".into(), MessageInfo::default());
        }
        // The header block is bounded before it is parsed, so a message
        // without a blank line costs no more than the limit.
        let header_block = match crate::message::header_block_len(raw, limits.max_header_bytes) {
            Some(len) => raw.get(..len).unwrap_or(raw),
            None => return Verdict::skipped(SkipReason::HeaderTooLarge, MessageInfo::default()),
        };
        let (envelope, _) = match Envelope::parse(header_block) {
            Ok(parsed) => parsed,
            Err(error) => return Verdict::failed(error, MessageInfo::default()),
        };
        if envelope.is_empty() {
            return Verdict::failed("no header fields".into(), MessageInfo::default());
        }
        let from = envelope.from();
        let subject = envelope.first("Subject").unwrap_or_default();
        let info = MessageInfo {
            message_id: envelope
                .first("Message-ID")
                .map(|id| id.trim().trim_matches(|c| c == '<' || c == '>').to_string())
                .filter(|id| !id.is_empty()),
            date: envelope
                .first("Date")
                .and_then(|d| mailparse::dateparse(&d).ok())
                .and_then(rfc3339_from_unix),
            subject: (!subject.trim().is_empty()).then(|| redact(subject.trim())),
            sender: from.as_ref().map(|(_, a)| a.to_text()),
        };
        let folded_subject = fold(&subject);

        if from
            .as_ref()
            .is_some_and(|(_, a)| self.is_official_domain(&a.domain))
        {
            return Verdict::skipped(SkipReason::GovernmentSender, info);
        }
        if self.is_automated_report(&envelope, from.as_ref(), &folded_subject) {
            return Verdict::skipped(SkipReason::AutomatedReport, info);
        }
        let identity = self.identify(&envelope, from.as_ref());
        let mut recipients = self.header_recipients(&envelope);
        if recipients.is_empty() && owner.is_none() && !identity.machine {
            return Verdict::skipped(SkipReason::NoOfficialRecipient, info);
        }
        if envelope.has("List-Post") && identity.service.is_none() && identity.engine.is_none() {
            return Verdict::skipped(SkipReason::MailingList, info);
        }
        let is_reply = self.rules.is_reply(&folded_subject);
        // The service's own names, removed before matching wording.
        let folded_name = identity.service.map(|s| fold(&s.name));
        let service_names: Vec<&str> = identity
            .service
            .map(|s| s.id.as_str())
            .into_iter()
            .chain(folded_name.as_deref())
            .collect();
        let subject_event = if is_reply {
            None
        } else {
            self.rules
                .subject_event(&folded_subject, &service_names)
                .map(|m| m.event)
        };
        let freemail_person = from.as_ref().is_some_and(|(_, a)| {
            FREEMAIL.contains(&a.domain.as_str()) && !is_machine_local(&a.local)
        });
        if freemail_person || (!identity.machine && subject_event.is_none()) {
            return Verdict::skipped(SkipReason::PersonalMail, info);
        }

        let mut signals = Vec::new();
        let header_event = self.rules.header_event(&envelope);
        let newsletter_signals = envelope.has("List-Unsubscribe")
            || envelope.has("List-Id")
            || envelope
                .first("Precedence")
                .is_some_and(|p| p.trim().eq_ignore_ascii_case("bulk"));
        // The text is read for "sent to" footers when no recipient is named,
        // and for wording when headers and subject say nothing; a
        // newsletter's text is never taken as account wording, so it is not
        // decoded for that (newsletters are common and large).
        let needs_body = recipients.is_empty()
            || (subject_event.is_none()
                && (!newsletter_signals || identity.engine.is_some())
                && header_event
                    .as_ref()
                    .is_none_or(|(e, _)| *e == EventKind::ActivityNotification));
        let mut folded_body = None;
        if needs_body {
            match body_text(raw, limits) {
                Ok(body) => {
                    if body.truncated {
                        signals.push("text truncated at limit".to_string());
                    }
                    folded_body = Some(fold(&body.text));
                }
                Err(error) => signals.push(error),
            }
        }
        if recipients.is_empty() {
            for addr in folded_body
                .as_deref()
                .map(footer_recipients)
                .unwrap_or_default()
            {
                if self.is_official_address(&addr) && !recipients.iter().any(|(a, _)| *a == addr) {
                    recipients.push((addr, RecipientSource::Footer));
                }
            }
        }
        // Named recipients hold the account even in someone else's export
        // (a forward, an alias); the owner is credited only when no official
        // recipient is named (lists, Bcc, a personal To).
        if let (true, Some(owner)) = (recipients.is_empty(), owner) {
            recipients.push((owner.clone(), RecipientSource::Owner));
        }
        if recipients.is_empty() {
            return Verdict::skipped(SkipReason::NoOfficialRecipient, info);
        }

        // The event: service headers, then subject, then text.
        let (event, strength) = match (header_event, subject_event) {
            (Some((EventKind::ActivityNotification, signal)), Some(subject))
                if subject != EventKind::Newsletter =>
            {
                signals.push(signal);
                signals.push(format!("subject: {}", subject.as_str()));
                (subject, 3)
            }
            (Some((event, signal)), _) => {
                signals.push(signal);
                (event, 3)
            }
            (None, Some(event)) => {
                signals.push(format!("subject: {}", event.as_str()));
                (event, 2)
            }
            (None, None) => match folded_body
                .as_deref()
                .and_then(|b| self.rules.text_event(b, &service_names))
                .map(|m| m.event)
            {
                Some(event) if !newsletter_signals || identity.engine.is_some() => {
                    signals.push(format!("text: {}", event.as_str()));
                    (event, 1)
                }
                // Forum engines mail members only, so any other mail from
                // one is a member's notification.
                _ if identity.engine.is_some() => {
                    signals.push("forum engine notification".to_string());
                    (EventKind::ActivityNotification, 2)
                }
                _ if newsletter_signals => {
                    signals.push("list headers, no account wording".to_string());
                    (EventKind::Newsletter, 1)
                }
                _ => return self.no_findings(info),
            },
        };
        // A welcome that still asks for activation (phpBB's inactive-account
        // welcome, for one) is a verification: the account awaits it.
        let event = if event == EventKind::AccountCreated {
            let body = folded_body.get_or_insert_with(|| {
                body_text(raw, limits)
                    .map(|b| fold(&b.text))
                    .unwrap_or_default()
            });
            if self
                .rules
                .text_says(EventKind::EmailVerification, body, &service_names)
            {
                signals.push("text: activation pending".to_string());
                EventKind::EmailVerification
            } else {
                event
            }
        } else {
            event
        };

        // Who sent it, and does authentication back that?
        let (auth, auth_signal) = match (&from, &identity.from_domain) {
            (Some(_), Some(domain)) => {
                let input = self.auth_input(&envelope);
                let from_service = identity.service.map(|s| s.id.as_str());
                let same_service = |d: &str| {
                    from_service.is_some()
                        && self.catalog.service_for_host(d).map(|s| s.id.as_str()) == from_service
                };
                judge(
                    &self.domains,
                    domain,
                    &same_service,
                    &AuthInput {
                        trusted_results: &input.0,
                        dkim_domains: &identity.dkim_domains,
                        envelope_domains: &input.1,
                        before_authentication_era: self.before_authentication_era(&envelope),
                    },
                )
            }
            _ => (Authentication::Missing, "no From address".to_string()),
        };
        signals.push(format!("auth: {auth_signal}"));
        if let Some(relay) = identity.relay {
            signals.push(format!("relay: {}", relay.id));
        }

        let claimed =
            self.claimed_service(&envelope, from.as_ref(), &identity, &folded_subject, event);
        let (kind, service, confidence) = if let Some(service) = identity.service {
            let backed = matches!(
                auth,
                Authentication::Verified | Authentication::Signed | Authentication::Legacy
            );
            let kind = match event {
                _ if !backed && event.is_account_evidence() => FindingKind::SuspectedPhishing,
                EventKind::Newsletter | EventKind::Subscription => FindingKind::Newsletter,
                EventKind::Invitation => FindingKind::Invitation,
                _ => FindingKind::Account,
            };
            (kind, self.catalog_ref(service), score(strength, true, auth))
        } else if let Some(claimed) = claimed.filter(|_| event.is_account_evidence()) {
            signals.push(format!(
                "claims {} from {}",
                claimed.id,
                identity.from_domain.as_deref().unwrap_or("?")
            ));
            (
                FindingKind::SuspectedPhishing,
                self.catalog_ref(claimed),
                Confidence::High,
            )
        } else {
            let Some(service) = self.unlisted_ref(&identity) else {
                return self.no_findings(info);
            };
            if !matches!(
                auth,
                Authentication::Verified | Authentication::Signed | Authentication::Legacy
            ) {
                // An unauthenticated sender in no catalog proves nothing.
                return self.no_findings(info);
            }
            let kind = match event {
                EventKind::Newsletter | EventKind::Subscription => FindingKind::Newsletter,
                EventKind::Invitation => FindingKind::Invitation,
                _ => FindingKind::Account,
            };
            let known_engine = identity.engine.is_some();
            (kind, service, score(strength, known_engine, auth))
        };
        if kind == FindingKind::SuspectedPhishing && identity.service.is_some() {
            signals.push("the service's authentication does not back this mail".to_string());
        }
        let violation = kind == FindingKind::Account && self.is_violation(&service, confidence);
        let findings = recipients
            .into_iter()
            .take(limits.max_findings_per_message)
            .map(|(address, found_in)| Finding {
                address: address.to_text(),
                found_in,
                kind,
                service: service.clone(),
                event,
                confidence,
                authentication: auth,
                relay: identity.relay.map(|r| r.id.clone()),
                violation,
                signals: signals.clone(),
            })
            .collect();
        Verdict {
            outcome: Outcome::Inspected,
            message: info,
            findings,
        }
    }

    fn no_findings(&self, info: MessageInfo) -> Verdict {
        Verdict {
            outcome: Outcome::Inspected,
            message: info,
            findings: Vec::new(),
        }
    }

    fn is_violation(&self, service: &ServiceRef, confidence: Confidence) -> bool {
        let rules = &self.policy.violations;
        rules.categories.contains(&service.category)
            && !rules.approved_services.contains(&service.id)
            && confidence >= rules.min_confidence
    }

    fn is_official_address(&self, address: &Address) -> bool {
        if !self.is_official_domain(&address.domain) {
            return false;
        }
        let text = address.to_text();
        !self
            .policy
            .official
            .ignore_addresses
            .iter()
            .any(|ignored| Address::parse(ignored).is_some_and(|i| i.to_text() == text))
    }

    fn is_official_domain(&self, domain: &str) -> bool {
        let official = &self.policy.official;
        if official.domains.iter().any(|d| is_within(domain, d)) {
            return true;
        }
        // A government suffix matches when the PSL's suffix of the domain is
        // under it, or, for a suffix the PSL does not list, on label boundary.
        let known_suffix = self.domains.known_suffix(domain);
        official.government_suffixes.iter().any(|g| {
            known_suffix.is_some_and(|s| is_within(s, g))
                || (is_within(domain, g) && self.domains.known_suffix(g) != Some(g.as_str()))
        })
    }

    fn header_recipients(&self, envelope: &Envelope<'_>) -> Vec<(Address, RecipientSource)> {
        let mut found: Vec<(Address, RecipientSource)> = Vec::new();
        let mut add = |addr: Address, source| {
            // Duplicates (To and Delivered-To) first: the cheaper test.
            if !found.iter().any(|(a, _)| *a == addr) && self.is_official_address(&addr) {
                found.push((addr, source));
            }
        };
        for (name, source) in RECIPIENT_HEADERS {
            for addr in envelope.addresses(name) {
                add(addr, source);
            }
        }
        for name in BOUNCE_HEADERS {
            for value in envelope.all(name) {
                for addr in address_texts_in(&value).filter_map(verp_recipient) {
                    add(addr, RecipientSource::Verp);
                }
            }
        }
        found
    }

    fn is_automated_report(
        &self,
        envelope: &Envelope<'_>,
        from: Option<&(String, Address)>,
        folded_subject: &str,
    ) -> bool {
        let report_type = envelope
            .first("Content-Type")
            .is_some_and(|ct| ct.to_ascii_lowercase().contains("multipart/report"));
        let daemon = from
            .is_some_and(|(_, a)| a.local.starts_with("mailer-daemon") || a.local == "postmaster");
        let auto_replied = envelope
            .first("Auto-Submitted")
            .is_some_and(|v| v.to_ascii_lowercase().contains("auto-replied"))
            || envelope.has("X-Autoreply")
            || envelope.has("X-Autorespond");
        report_type || daemon || auto_replied || self.rules.is_automated_subject(folded_subject)
    }

    fn identify(&self, envelope: &Envelope<'_>, from: Option<&(String, Address)>) -> Identity<'_> {
        let from_domain = from.map(|(_, a)| a.domain.clone());
        let mut relay = None;
        let mut header_service = false;
        for name in envelope.names() {
            if relay.is_none() {
                relay = self.catalog.relay_for_header(name);
            }
            header_service |= self.catalog.service_for_header(name).is_some();
        }
        let dkim_domains: Vec<String> = envelope
            .all("DKIM-Signature")
            .iter()
            .filter_map(|v| dkim_signing_domain(v))
            .collect();
        if relay.is_none() {
            relay = dkim_domains
                .iter()
                .chain(envelope.addresses("Return-Path").iter().map(|a| &a.domain))
                .find_map(|d| self.catalog.relay_for_host(d));
        }
        let service = from_domain
            .as_deref()
            .filter(|d| {
                !FREEMAIL.contains(d) || from.is_some_and(|(_, a)| is_machine_local(&a.local))
            })
            .and_then(|d| self.catalog.service_for_host(d));
        let engine = forum_engine(envelope, from_domain.as_deref());
        let precedence_bulk = envelope.first("Precedence").is_some_and(|p| {
            matches!(
                p.trim().to_ascii_lowercase().as_str(),
                "bulk" | "list" | "junk"
            )
        });
        let auto_generated = envelope
            .first("Auto-Submitted")
            .is_some_and(|v| v.to_ascii_lowercase().contains("auto-generated"));
        let machine = service.is_some()
            || engine.is_some()
            || relay.is_some()
            || header_service
            || precedence_bulk
            || auto_generated
            || envelope.has("List-Unsubscribe")
            || envelope.has("Feedback-ID")
            || from.is_some_and(|(_, a)| is_machine_local(&a.local));
        Identity {
            from_domain,
            service,
            engine,
            relay,
            machine,
            dkim_domains,
        }
    }

    /// (trusted Authentication-Results, envelope and Message-ID domains)
    fn auth_input(&self, envelope: &Envelope<'_>) -> (Vec<AuthResults>, Vec<String>) {
        let auth = &self.policy.authentication;
        let trusted = envelope
            .all("Authentication-Results")
            .iter()
            .filter_map(|v| parse_auth_results(v))
            .filter(|r| {
                auth.trusted_authserv_ids.contains(&r.authserv_id)
                    || (auth.trust_official_servers && self.is_official_domain(&r.authserv_id))
            })
            .collect();
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
        (trusted, envelope_domains)
    }

    /// True when the mail was received (top `Received` header, else `Date`)
    /// before the year from which authentication data is expected.
    fn before_authentication_era(&self, envelope: &Envelope<'_>) -> bool {
        let received = envelope
            .first("Received")
            .and_then(|r| r.rsplit_once(';').map(|(_, date)| date.trim().to_string()))
            .and_then(|date| mailparse::dateparse(&date).ok());
        let sent = || {
            envelope
                .first("Date")
                .and_then(|d| mailparse::dateparse(&d).ok())
        };
        let Some(seconds) = received.or_else(sent) else {
            return false;
        };
        let (year, ..) = crate::time::civil_from_unix(seconds, 0);
        year < i64::from(self.policy.authentication.expected_from_year)
    }

    /// A catalog service that the mail claims to be without being sent from
    /// its domains: by a fingerprint header, the display name, a brand in the
    /// sender's domain, or (for security mail) the subject.
    fn claimed_service(
        &self,
        envelope: &Envelope<'_>,
        from: Option<&(String, Address)>,
        identity: &Identity<'_>,
        folded_subject: &str,
        event: EventKind,
    ) -> Option<&Service> {
        if identity.service.is_some() {
            return None;
        }
        for name in envelope.names() {
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
        if let Some((display, addr)) = from {
            if let Some(service) = find(&fold(display)) {
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
        let security_mail = matches!(
            event,
            EventKind::LoginCode
                | EventKind::PasswordReset
                | EventKind::SecurityAlert
                | EventKind::EmailVerification
        );
        if security_mail {
            return find(folded_subject);
        }
        None
    }

    fn catalog_ref(&self, service: &Service) -> ServiceRef {
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
    fn unlisted_ref(&self, identity: &Identity<'_>) -> Option<ServiceRef> {
        let (host, engine) = match &identity.engine {
            Some((engine, host)) => (host.clone(), Some((*engine).to_string())),
            None => (identity.from_domain.clone()?, None),
        };
        if FREEMAIL.contains(&host.as_str()) || self.catalog.relay_for_host(&host).is_some() {
            return None;
        }
        let org = self.domains.registrable(&host).to_string();
        if let Some(service) = self.catalog.service_for_host(&host) {
            return Some(self.catalog_ref(service));
        }
        Some(ServiceRef {
            id: org.clone(),
            name: org,
            category: if engine.is_some() {
                Category::Forum
            } else {
                Category::Unknown
            },
            in_catalog: false,
            engine,
        })
    }
}

fn score(strength: u8, known_service: bool, auth: Authentication) -> Confidence {
    let auth_points: i8 = match auth {
        Authentication::Verified => 1,
        Authentication::Signed => 0,
        _ => -1,
    };
    let total = i8::try_from(strength).unwrap_or(0) + i8::from(known_service) + auth_points;
    match total {
        t if t >= 4 => Confidence::High,
        3 => Confidence::Medium,
        _ => Confidence::Low,
    }
}

fn is_machine_local(local: &str) -> bool {
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
/// Forum engines recognised by their own headers: (engine, board host).
fn forum_engine(
    envelope: &Envelope<'_>,
    from_domain: Option<&str>,
) -> Option<(&'static str, String)> {
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
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn official_addresses() -> Result<()> {
        let detector = Detector::with_defaults()?;
        assert!(detector.is_official("an.nguyen@stttt.quangngai.gov.vn"));
        assert!(detector.is_official("AN.NGUYEN+fb@QUANGNGAI.GOV.VN"));
        assert!(detector.is_official("x@gov.vn"));
        assert!(!detector.is_official("x@gov.vn.evil.com"));
        assert!(!detector.is_official("x@agov.vn"));
        assert!(!detector.is_official("x@gmail.com"));
        let mut policy = Policy::default();
        policy.official.domains.push("agency.example.org".into());
        policy
            .official
            .ignore_addresses
            .push("noreply@quangngai.gov.vn".into());
        let detector = Detector::new(policy, Catalog::builtin()?)?;
        assert!(detector.is_official("a@hq.agency.example.org"));
        assert!(!detector.is_official("noreply@quangngai.gov.vn"));
        Ok(())
    }

    #[test]
    fn detector_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Detector>();
    }

    #[test]
    fn scores() {
        assert_eq!(score(3, true, Authentication::Verified), Confidence::High);
        assert_eq!(score(2, true, Authentication::Signed), Confidence::Medium);
        assert_eq!(score(2, true, Authentication::Legacy), Confidence::Low);
        assert_eq!(score(1, false, Authentication::Signed), Confidence::Low);
    }
}
