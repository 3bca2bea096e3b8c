//! Phase 5: the finding. What the message is evidence of (an account, a
//! newsletter, an invitation, suspected phishing), for which service, how
//! sure, and whether the policy counts it as a violation.
//!
//! The evidence model: a known service's authenticated mail to an official
//! address is evidence of an account unless it is recognisably not one (an
//! invitation, a list opt-in, marketing to subscribers); wording names the
//! event and sets the confidence. A sender in no catalog needs sign-up
//! wording and its own domain authenticated. A violation needs at least
//! medium confidence; low-confidence accounts are listed "to review".

use super::Detector;
use super::event::{EventReading, EventSource, MessageText};
use super::facts::HeaderFacts;
use super::recipients::Recipients;
use super::sender::Sender;
use crate::rules::Audience;
use crate::signal::Signal;
use crate::verdict::{Authentication, Confidence, EventKind, FindingKind, ServiceRef};

/// The judgement on one message, the same for each of its official
/// recipients.
pub(super) struct Judgement {
    pub(super) kind: FindingKind,
    pub(super) service: ServiceRef,
    pub(super) confidence: Confidence,
    pub(super) authentication: Authentication,
    pub(super) signals: Vec<Signal>,
}

impl Detector {
    pub(super) fn judge(
        &self,
        facts: &HeaderFacts<'_>,
        sender: &Sender<'_>,
        reading: &EventReading,
        recipients: &Recipients,
        text: &mut MessageText<'_>,
    ) -> Option<Judgement> {
        // A copy of someone else's mail (the official only in Cc) is not
        // addressed to the official as the account holder.
        let addressed = recipients.addressed_by_sender() && recipients.only_copied.is_none();
        let event = reading.event;
        let source = reading.source;
        let auth = self.authenticate(facts, sender);
        let status = auth.status;
        let mut signals = vec![Signal::Authentication {
            status,
            detail: auth.detail,
        }];
        if let Some(relay) = sender.relay {
            signals.push(Signal::Relay {
                relay: relay.id.clone(),
            });
        }
        let judged = |kind, service, confidence, signals| {
            Some(Judgement {
                kind,
                service,
                confidence,
                authentication: status,
                signals,
            })
        };

        if let Some(service) = sender.service {
            let service = self.catalog_ref(service);
            if !status.backs_sender() {
                // A trusted server saw the service's own domain fail (not
                // merely unsigned) on mail that was not forwarded: whatever
                // it says, someone else sent it.
                let explicit_failure = status == Authentication::Failed
                    && self.explicit_authentication_failure(facts)
                    && !self.shows_forward(facts, recipients);
                if explicit_failure || event.is_account_evidence() {
                    signals.push(if explicit_failure {
                        Signal::AuthenticationFailedForBrand
                    } else {
                        Signal::UnbackedServiceMail
                    });
                    return judged(
                        FindingKind::SuspectedPhishing,
                        service,
                        Confidence::High,
                        signals,
                    );
                }
                return judged(kind_of(event), service, Confidence::Low, signals);
            }
            let mut confidence = known_service_confidence(source, status);
            // Someone else's mail with the official address in Cc: the
            // account is the `To` person's; listed to review at most.
            if let Some(to) = &recipients.only_copied {
                signals.push(Signal::CopyOfAnothersMail { to: to.to_text() });
                confidence = Confidence::Low;
            }
            // With no wording, only a mail addressed to the official address
            // itself shows that address holds the account; one that reached
            // the mailbox addressed to someone else (Bcc, a list, spam) does
            // not.
            if source == EventSource::Sender && !addressed {
                confidence = Confidence::Low;
            }
            return judged(kind_of(event), service, confidence, signals);
        }

        if !sender.freemail {
            if let Some((service, detail)) = self.service_by_verified_signature(facts) {
                signals.push(Signal::SignedByService {
                    service: service.id.clone(),
                    detail,
                });
                let confidence = known_service_confidence(source, Authentication::Verified);
                return Some(Judgement {
                    kind: kind_of(event),
                    service: self.catalog_ref(service),
                    confidence: if source == EventSource::Sender && !addressed {
                        Confidence::Low
                    } else {
                        confidence
                    },
                    authentication: Authentication::Verified,
                    signals,
                });
            }
        }

        let security_mail = matches!(
            event,
            EventKind::LoginCode
                | EventKind::PasswordReset
                | EventKind::SecurityAlert
                | EventKind::EmailVerification
        );
        if let Some(claimed) = self
            .claimed_service(facts, sender, security_mail)
            .filter(|_| event.is_account_evidence())
        {
            signals.push(Signal::ClaimsService {
                service: claimed.id.clone(),
                from_domain: facts.sender_domain().unwrap_or("?").to_string(),
            });
            return judged(
                FindingKind::SuspectedPhishing,
                self.catalog_ref(claimed),
                Confidence::High,
                signals,
            );
        }

        let service = self.unlisted_ref(facts, sender)?;
        let kind = kind_of(event);
        if sender.engine.is_some() {
            if status == Authentication::Failed {
                return None;
            }
            return judged(kind, service, engine_confidence(source, status), signals);
        }

        // A sender in no catalog: only its own authenticated domain and the
        // wording of a sign-up make it evidence.
        signals.push(Signal::UnlistedSender {
            domain: service.id.clone(),
        });
        let own_domain_backed = matches!(status, Authentication::Verified | Authentication::Signed)
            || (status == Authentication::Legacy && self.before_authentication_era(facts));
        if !own_domain_backed {
            return None;
        }
        // Throw-away senders: a domain under a heavily abused TLD (unless a
        // known ESP, which vets its senders, carried it), or a text selling
        // quick money, betting, loans … is never believed on its wording.
        let doubted = self.doubt_unlisted_sender(facts, sender, text, &mut signals);
        match kind {
            FindingKind::Account if event.is_sign_up_wording() => {
                // Spam with sign-up wording seldom names its target: the
                // export's owner alone is not enough for a violation. The
                // wording is clear in the subject or a header, or in the
                // text when the text is the site's own (below).
                let clear = matches!(source, EventSource::ServiceHeader | EventSource::Subject)
                    || (source == EventSource::Text
                        && self.site_own_wording(facts, recipients, text, &mut signals));
                // Replies that go to a free-mail box: the mark of a scam, never
                // of a site's own sign-up mail.
                let replies_elsewhere = facts
                    .envelope
                    .addresses("Reply-To")
                    .iter()
                    .any(|a| self.is_freemail(&a.domain));
                if replies_elsewhere {
                    signals.push(Signal::FreemailReplyTo);
                }
                let confidence = if clear && addressed && !replies_elsewhere && !doubted {
                    Confidence::Medium
                } else {
                    Confidence::Low
                };
                judged(kind, service, confidence, signals)
            }
            // A members' digest or notice named by the subject ("<site>:
            // forum digest") whose footer says it goes to members (forum
            // preferences, "because you are a member"), or a notice in the
            // site's own words (a reply, a private message, a digest that
            // links to the site or names it): a site's mail to its own
            // member, addressed to the official address.
            FindingKind::Account
                if event == EventKind::ActivityNotification
                    && matches!(source, EventSource::Subject | EventSource::Text)
                    && addressed
                    && !doubted =>
            {
                let members = source == EventSource::Subject
                    && text.folded().and_then(|t| self.rules.audience(t))
                        == Some(Audience::Members);
                if members {
                    signals.push(Signal::MembersOnly);
                } else if !self.site_own_wording(facts, recipients, text, &mut signals) {
                    return None;
                }
                judged(kind, service, Confidence::Medium, signals)
            }
            // A site's notice with no wording of an event (a quota, an
            // export, a watched page): counted only when the text shows the
            // site knows the recipient as a member. Not a purchase: lures
            // of parcels and invoices name their target too, and a shop
            // sells to guests.
            FindingKind::Account if event == EventKind::Notification && addressed && !doubted => {
                let how = self.site_knows_recipient(recipients, text)?;
                signals.push(Signal::SiteOwnWording {
                    how: how.to_string(),
                });
                judged(kind, service, Confidence::Medium, signals)
            }
            FindingKind::Account => None,
            _ => judged(kind, service, Confidence::Low, signals),
        }
    }

    /// True when a text's wording is the site's own, as sites write it and
    /// spam seldom does: a link to the sender's own domain (the
    /// confirmation, reset or unlock link with its token; spam sends
    /// readers to another site or a tracker), the site's domain named ("an
    /// account on vietcode.social"), or the recipient known by address or
    /// user name ([`Detector::site_knows_recipient`]). Pushes the signal.
    fn site_own_wording(
        &self,
        facts: &HeaderFacts<'_>,
        recipients: &Recipients,
        text: &mut MessageText<'_>,
        signals: &mut Vec<Signal>,
    ) -> bool {
        let Some(from) = facts.sender_domain() else {
            return false;
        };
        let org = self.domains.registrable(from).to_string();
        let own_link = text
            .link_hosts()
            .iter()
            .any(|host| self.domains.registrable(host) == org);
        let how = if own_link {
            Some("own_link")
        } else if text.folded().is_some_and(|t| names_domain(t, &org)) {
            Some("names_site")
        } else {
            self.site_knows_recipient(recipients, text)
        };
        let Some(how) = how else {
            return false;
        };
        signals.push(Signal::SiteOwnWording {
            how: how.to_string(),
        });
        true
    }

    /// How the text shows the site knows the recipient as a member: it
    /// names the address, or a user name made from it. Stronger than a
    /// link or the site's name, which any sender writes of itself.
    fn site_knows_recipient(
        &self,
        recipients: &Recipients,
        text: &mut MessageText<'_>,
    ) -> Option<&'static str> {
        let folded = text.folded()?;
        if recipients
            .found
            .iter()
            .any(|(address, _)| folded.contains(&address.to_text().to_lowercase()))
        {
            Some("names_recipient")
        } else if greets_a_username_of(folded, recipients) {
            Some("greets_username")
        } else {
            None
        }
    }

    /// Why a sender in no catalog is not believed on its wording, as
    /// signals: its domain under a heavily abused TLD (unless a known ESP
    /// carried the mail), or a scam or spam topic in its subject or text.
    /// True when there is a reason.
    fn doubt_unlisted_sender(
        &self,
        facts: &HeaderFacts<'_>,
        sender: &Sender<'_>,
        text: &mut MessageText<'_>,
        signals: &mut Vec<Signal>,
    ) -> bool {
        let mut doubted = false;
        if let Some(domain) = facts.sender_domain() {
            if sender.relay.is_none() && crate::catalog::is_abused_tld(domain) {
                let tld = domain.rsplit('.').next().unwrap_or(domain);
                signals.push(Signal::AbusedTld {
                    tld: tld.to_ascii_lowercase(),
                });
                doubted = true;
            }
        }
        let topic = self
            .rules
            .scam_topic(&facts.folded_subject)
            .or_else(|| text.folded().and_then(|t| self.rules.scam_topic(t)));
        if let Some(rule) = topic {
            signals.push(Signal::ScamTopic {
                rule: rule.to_string(),
            });
            doubted = true;
        }
        doubted
    }

    /// A trusted `Authentication-Results` shows the From domain failing,
    /// not merely unsigned: `dmarc=fail`, or an SPF or DKIM failure for a
    /// domain of the From address's organisation.
    fn explicit_authentication_failure(&self, facts: &HeaderFacts<'_>) -> bool {
        let Some(from) = facts.sender_domain() else {
            return false;
        };
        let from_org = self.domains.registrable(from);
        self.trusted_auth_results(facts)
            .into_iter()
            .flat_map(|r| r.results)
            .any(|r| match (r.method.as_str(), r.result.as_str()) {
                ("dmarc", "fail") => true,
                ("spf" | "dkim", "fail") => r
                    .domains
                    .iter()
                    .any(|d| self.domains.registrable(d) == from_org),
                _ => false,
            })
    }

    /// The mail shows a forward, which breaks SPF and often DKIM on the
    /// way: forward headers, `Resent-*`, an SRS or Gmail forward address,
    /// or an ARC seal added by another domain than the sender's.
    fn shows_forward(&self, facts: &HeaderFacts<'_>, recipients: &Recipients) -> bool {
        if recipients.forwarded {
            return true;
        }
        let from_org = facts.sender_domain().map(|d| self.domains.registrable(d));
        facts.envelope.all("ARC-Seal").iter().any(|seal| {
            let sealer = crate::auth::dkim_signing_domain(seal);
            sealer.is_none_or(|d| Some(self.domains.registrable(&d)) != from_org)
        })
    }

    /// True when policy counts an account at this service, found with this
    /// confidence, as a violation.
    pub(super) fn is_violation(&self, service: &ServiceRef, confidence: Confidence) -> bool {
        let rules = &self.policy.violations;
        rules.categories.contains(&service.category)
            && !rules.approved_services.contains(&service.id)
            && confidence >= rules.min_confidence.max(Confidence::Medium)
    }
}

/// True when the text names the recipient by a user name made from the
/// address's local part and a number (`Hi sonhv76,`, `username: hunglv87`
/// for `sonhv@…`, `hunglv@…`), as sites name their members when the bare
/// name was taken; mass mailers write the bare local part, which does not
/// count.
fn greets_a_username_of(text: &str, recipients: &super::recipients::Recipients) -> bool {
    let is_name_char = |c: char| c.is_alphanumeric() || matches!(c, '_' | '.' | '-');
    recipients.found.iter().any(|(address, _)| {
        let local = address.local.to_lowercase();
        local.len() >= 4
            && text.match_indices(local.as_str()).any(|(at, _)| {
                let starts_word = !text
                    .get(..at)
                    .and_then(|t| t.chars().next_back())
                    .is_some_and(is_name_char);
                let rest: String = text
                    .get(at + local.len()..)
                    .unwrap_or_default()
                    .chars()
                    .take_while(|&c| is_name_char(c))
                    .collect();
                let number = rest.trim_start_matches(['_', '.', '-']);
                starts_word
                    && rest.len() <= 6
                    && !number.is_empty()
                    && number.len() <= 4
                    && number.chars().all(|c| c.is_ascii_digit())
            })
    })
}

/// True when `text` names `domain` or a host under it as a whole name
/// ("an account on vietcode.social", "www.sachcu.vn."), not inside another
/// name (`mysachcu.vn`, `sachcu.vn.example.com`) or an address.
fn names_domain(text: &str, domain: &str) -> bool {
    text.match_indices(domain).any(|(at, _)| {
        let before = text.get(..at).and_then(|t| t.chars().next_back());
        let mut after = text.get(at + domain.len()..).unwrap_or_default().chars();
        let continues = match after.next() {
            Some('.') => after.next().is_some_and(char::is_alphanumeric),
            Some(c) => c.is_alphanumeric() || c == '-',
            None => false,
        };
        !before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '-' | '@')) && !continues
    })
}

fn kind_of(event: EventKind) -> FindingKind {
    match event {
        EventKind::Newsletter | EventKind::Subscription => FindingKind::Newsletter,
        EventKind::Invitation => FindingKind::Invitation,
        _ => FindingKind::Account,
    }
}

/// A catalog service whose authentication backs the mail.
fn known_service_confidence(source: EventSource, auth: Authentication) -> Confidence {
    use Authentication::{Legacy, Signed, Verified};
    use EventSource::{ForumEngine, Sender, ServiceHeader, Subject, Text};
    match (source, auth) {
        (ServiceHeader | Subject, Verified | Signed) | (Text, Verified) => Confidence::High,
        (ServiceHeader | Subject | Text, _) => Confidence::Medium,
        (ForumEngine | Sender, Verified | Signed) => Confidence::Medium,
        (ForumEngine | Sender, Legacy) => Confidence::Low,
        (ForumEngine | Sender, _) => Confidence::Low,
    }
}

/// A board in no catalog, recognised by its forum engine's headers: nobody
/// imitates a small board, so an unsigned one still counts with wording.
fn engine_confidence(source: EventSource, auth: Authentication) -> Confidence {
    use Authentication::{Legacy, Signed, Verified};
    use EventSource::{ServiceHeader, Subject};
    match (source, auth) {
        (ServiceHeader | Subject, Verified | Signed) => Confidence::High,
        (_, Verified | Signed | Legacy) => Confidence::Medium,
        (ServiceHeader | Subject | EventSource::Text, _) => Confidence::Medium,
        _ => Confidence::Low,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_domain_is_named_only_as_a_whole_name() {
        assert!(names_domain("an account on sachcu.vn with", "sachcu.vn"));
        assert!(names_domain("(sachcu.vn)", "sachcu.vn"));
        assert!(!names_domain("see mysachcu.vn", "sachcu.vn"));
        assert!(names_domain("at www.sachcu.vn.", "sachcu.vn"));
        assert!(!names_domain("sachcu.vn.example.com", "sachcu.vn"));
        assert!(!names_domain("write to hi@sachcu.vn", "sachcu.vn"));
        assert!(!names_domain("sachcu.vnx", "sachcu.vn"));
    }

    #[test]
    fn confidence_tables() {
        use Authentication::*;
        use EventSource::*;
        let known = [
            ((Subject, Verified), Confidence::High),
            ((Subject, Legacy), Confidence::Medium),
            ((Sender, Signed), Confidence::Medium),
            ((Sender, Legacy), Confidence::Low),
        ];
        for ((source, auth), expected) in known {
            assert_eq!(known_service_confidence(source, auth), expected);
        }
        let engine = [
            ((ForumEngine, Missing), Confidence::Low),
            ((Subject, Missing), Confidence::Medium),
        ];
        for ((source, auth), expected) in engine {
            assert_eq!(engine_confidence(source, auth), expected);
        }
    }
}
