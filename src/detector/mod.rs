//! The detector: policy + catalog + rules; the per-message verdict.
//!
//! One message goes through the phases of the flow, each in its own module
//! with a named result:
//!
//! 1. [`prefilter`]: header only; government senders, automated reports and
//!    trusted spam verdicts stop here ([`SkipReason`]).
//! 2. [`sender`]: the catalog service, relay, forum engine, and what
//!    authentication backs the From domain.
//! 3. [`recipients`]: the official addresses the message was really sent
//!    to, and how each was found.
//! 4. [`event`]: what the mail shows, from service headers, subject, text.
//! 5. [`finding`]: account, newsletter, invitation or suspected phishing;
//!    confidence; violation.

mod brands;
mod event;
mod exposure;
mod facts;
mod finding;
mod official;
mod phishing;
mod prefilter;
mod recipients;
mod sender;
mod skeleton;

use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};

use regex::Regex;

use crate::address::Address;
use crate::catalog::Catalog;
use crate::domain::Domains;
use crate::error::{Error, ErrorKind, Result};
use crate::message::Envelope;
use crate::policy::Policy;
use crate::rules::Rules;
use crate::text::fold;
use crate::verdict::{FailReason, Finding, MessageInfo, Outcome, SkipReason, Verdict};

use event::MessageText;
use facts::HeaderFacts;
use official::OfficialDomains;

/// The detector: built once from a policy and a catalog, then asked about
/// messages. It is `Send + Sync`; share one across threads.
#[derive(Debug)]
pub struct Detector {
    policy: Policy,
    catalog: Catalog,
    domains: Domains,
    official: OfficialDomains,
    rules: Rules,
    /// Brand tokens (folded) as one alternation, and token → service index.
    claim_pattern: Option<Regex>,
    claim_services: HashMap<String, usize>,
    /// Every service's folded name → service index: a display name that is
    /// exactly a service's name claims it, ordinary word or not.
    service_names: HashMap<String, usize>,
    /// Brands phishing imitates (catalog and extra), for [`phishing`].
    brands: brands::BrandIndex,
    /// Addresses the user listed (botnets, attackers): a login from one puts
    /// an account at risk; official mail sent from one, a machine.
    ip_list: crate::security::IpList,
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

impl Detector {
    /// Builds a detector. Fails when the policy is invalid.
    pub fn new(policy: Policy, catalog: Catalog) -> Result<Detector> {
        let policy = policy.normalized("policy")?;
        let domains = Domains::pinned()?;
        // Brand tokens that claim a service where they appear: its id and
        // name unless they are ordinary words, and its aliases.
        let mut claim_services = HashMap::new();
        for (index, service) in catalog.services().iter().enumerate() {
            let own_names = [service.id.clone(), fold(&service.name)]
                .into_iter()
                .filter(|_| !service.ordinary_word);
            let aliases = service.aliases.iter().map(|a| fold(a));
            for token in own_names.chain(aliases) {
                let usable = token.len() >= 4
                    && token
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'.');
                if usable {
                    claim_services.entry(token).or_insert(index);
                }
            }
        }
        let mut service_names = HashMap::new();
        for (index, service) in catalog.services().iter().enumerate() {
            service_names.entry(fold(&service.name)).or_insert(index);
        }
        let claim_pattern = if claim_services.is_empty() {
            None
        } else {
            let mut tokens: Vec<&str> = claim_services.keys().map(String::as_str).collect();
            tokens.sort_unstable_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
            let escaped: Vec<String> = tokens.iter().map(|t| regex::escape(t)).collect();
            let pattern = format!(r"\b(?:{})\b", escaped.join("|"));
            Some(Regex::new(&pattern).map_err(|e| {
                Error::new(ErrorKind::Catalog, "service names do not form a pattern").with_source(e)
            })?)
        };
        let brands = brands::BrandIndex::new(&catalog)?;
        let mut ip_list = crate::security::IpList::new();
        for path in &policy.security.ip_lists {
            ip_list.add_file(path)?;
        }
        Ok(Detector {
            ip_list,
            brands,
            official: OfficialDomains::new(&policy),
            policy,
            catalog,
            domains,
            rules: Rules::builtin()?,
            claim_pattern,
            claim_services,
            service_names,
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
        Address::parse(address)
            .is_some_and(|a| self.official.is_official_recipient(&self.domains, &a))
    }

    /// Validates the owner of an export. Fails when `address` is not an
    /// official address, since nothing could then be reported for it.
    pub fn owner(&self, address: &str) -> Result<Owner> {
        match Address::parse(address) {
            Some(a) if self.official.is_official_recipient(&self.domains, &a) => Ok(Owner(a)),
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

    #[cfg(feature = "fuzzing")]
    pub(crate) fn inspect_unguarded(&self, raw: &[u8]) -> Verdict {
        self.analyse(raw, None)
    }

    fn inspect_guarded(&self, raw: &[u8], owner: Option<&Address>) -> Verdict {
        // The parsers are fuzzed, but a gateway must not lose mail to a bug.
        catch_unwind(AssertUnwindSafe(|| self.analyse(raw, owner))).unwrap_or_else(|_| {
            Verdict::failed(
                FailReason::Internal,
                "internal error while inspecting (a bug; please report)".into(),
                MessageInfo::default(),
            )
        })
    }

    /// The flow of one message (see the module docs), then phishing on what
    /// it found nothing in.
    fn analyse(&self, raw: &[u8], owner: Option<&Address>) -> Verdict {
        // The header block is read once, the text at most once, for all
        // the passes.
        let facts = match self.read_headers(raw) {
            Ok(facts) => facts,
            Err(verdict) => return *verdict,
        };
        let mut text = MessageText::new(raw, &self.policy.limits);
        let verdict = self.analyse_accounts(raw, &facts, &mut text, owner);
        let verdict = self.with_phishing(raw, &facts, &mut text, owner, verdict);
        let verdict = self.with_account_risk(&mut text, verdict);
        self.with_listed_sender(&facts, verdict)
    }

    fn analyse_accounts(
        &self,
        raw: &[u8],
        facts: &HeaderFacts<'_>,
        text: &mut MessageText<'_>,
        owner: Option<&Address>,
    ) -> Verdict {
        let info = facts.message_info();
        if let Err(reason) = self.prefilter(facts) {
            return Verdict::skipped(reason, info);
        }
        let sender = self.resolve_sender(raw, facts, self.identify_sender(facts));
        let mut recipients = self.header_recipients(facts, owner);
        let subject_events = self.subject_events(facts, &sender);
        let subject_event = subject_events.first().map(|m| m.event);
        if let Err(reason) = self.is_candidate(facts, &sender, &recipients, owner, subject_event) {
            return Verdict::skipped(reason, info);
        }

        let reading = self.read_event(facts, &sender, &subject_events, text);
        if !recipients.addressed_by_sender() {
            text.folded();
        }
        self.complete_recipients(&mut recipients, text.if_read(), owner);
        if recipients.is_empty() {
            return Verdict::skipped(SkipReason::NoOfficialRecipient, info);
        }
        let Some(reading) = reading else {
            return no_findings(info);
        };
        let Some(mut judgement) = self.judge(facts, &sender, &reading, &recipients, text) else {
            return no_findings(info);
        };
        // A processor's receipt for a merchant in no catalog: an account
        // somewhere, under the merchant's name, never the processor's.
        if let Some(merchant) = &sender.unlisted_merchant {
            if judgement.kind != crate::FindingKind::SuspectedPhishing {
                judgement.service = sender::merchant_ref(merchant);
                judgement.confidence = judgement.confidence.min(crate::Confidence::Low);
            }
        }

        let mut signals = reading.signals;
        signals.extend(sender.resolved.iter().cloned());
        signals.extend(text.signals.iter().cloned());
        signals.extend(recipients.signals);
        signals.extend(judgement.signals);
        let violation = judgement.kind == crate::FindingKind::Account
            && self.is_violation(&judgement.service, judgement.confidence);
        let findings = recipients
            .found
            .into_iter()
            .take(self.policy.limits.max_findings_per_message)
            .map(|(address, found_in)| Finding {
                address: address.to_text(),
                found_in,
                kind: judgement.kind,
                service: judgement.service.clone(),
                event: reading.event,
                confidence: judgement.confidence,
                authentication: judgement.authentication,
                relay: sender.relay.map(|r| r.id.clone()),
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

    /// The header block, bounded before it is parsed so that a message
    /// without a blank line costs no more than the limit.
    fn read_headers<'m>(
        &self,
        raw: &'m [u8],
    ) -> std::result::Result<HeaderFacts<'m>, Box<Verdict>> {
        let limits = &self.policy.limits;
        if raw.len() > limits.max_message_bytes {
            return Err(Box::new(Verdict::skipped(
                SkipReason::TooLarge,
                MessageInfo::default(),
            )));
        }
        if raw.iter().all(u8::is_ascii_whitespace) {
            return Err(Box::new(Verdict::failed(
                FailReason::Empty,
                "empty message".into(),
                MessageInfo::default(),
            )));
        }
        let header_block = match crate::message::header_block_len(raw, limits.max_header_bytes) {
            Some(len) => raw.get(..len).unwrap_or(raw),
            None => {
                return Err(Box::new(Verdict::skipped(
                    SkipReason::HeaderTooLarge,
                    MessageInfo::default(),
                )));
            }
        };
        let envelope = match Envelope::parse(header_block) {
            Ok((envelope, _)) => envelope,
            Err(error) => {
                return Err(Box::new(Verdict::failed(
                    FailReason::UnparsableHeaders,
                    error,
                    MessageInfo::default(),
                )));
            }
        };
        if envelope.is_empty() {
            return Err(Box::new(Verdict::failed(
                FailReason::NoHeaders,
                "no header fields".into(),
                MessageInfo::default(),
            )));
        }
        Ok(HeaderFacts::read(envelope))
    }

    /// The rest of the prefilter, once sender and recipients are known:
    /// mail to nobody official, mailing lists, people's own mail.
    fn is_candidate(
        &self,
        facts: &HeaderFacts<'_>,
        sender: &sender::Sender<'_>,
        recipients: &recipients::Recipients,
        owner: Option<&Address>,
        subject_event: Option<crate::EventKind>,
    ) -> std::result::Result<(), SkipReason> {
        if recipients.is_empty() && owner.is_none() && !sender.machine {
            return Err(SkipReason::NoOfficialRecipient);
        }
        if facts.list_post && sender.service.is_none() && sender.engine.is_none() {
            return Err(SkipReason::MailingList);
        }
        if sender.freemail_person || (!sender.machine && subject_event.is_none()) {
            return Err(SkipReason::PersonalMail);
        }
        Ok(())
    }
}

fn no_findings(info: MessageInfo) -> Verdict {
    Verdict {
        outcome: Outcome::Inspected,
        message: info,
        findings: Vec::new(),
    }
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
}
