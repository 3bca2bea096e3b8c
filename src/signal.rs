//! The signals behind a verdict: typed for programs (JSON consumers match on
//! `signal`, never on prose), with a `Display` for people.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::security::PasswordCriterion;
use crate::verdict::{Authentication, EventKind};

/// One reason behind a finding. In JSON, an object tagged by `signal`
/// (`{"signal": "subject_rule", "rule": "en.verify-email", "event": …}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "signal", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Signal {
    /// A service's own header names the mail type (`X-Facebook-Notify`).
    ServiceHeader {
        /// The header, lowercase.
        header: String,
        /// The type it names.
        value: String,
        /// The event that type means.
        event: EventKind,
    },
    /// A rule over the subject matched.
    SubjectRule {
        /// The rule's id.
        rule: String,
        /// Its event.
        event: EventKind,
    },
    /// A rule over the text matched.
    TextRule {
        /// The rule's id.
        rule: String,
        /// Its event.
        event: EventKind,
    },
    /// The text says the mail goes to the service's members or account
    /// holders.
    MembersOnly,
    /// The text says the mail goes to the subscribers of a list.
    SubscribersOnly,
    /// Authenticated mail from a known service with no clearer wording.
    ServiceMail,
    /// Sent by a forum engine, which mails its members only.
    ForumEngine {
        /// `phpbb`, `mybb`, `vbulletin`, `xenforo`, `smf` or `discourse`.
        engine: String,
    },
    /// List headers and no account wording.
    ListHeaders,
    /// A bulk send (`Precedence: bulk`) naming no account event, from a
    /// service whose members get no digests: marketing.
    BulkMarketing,
    /// A person's share or message sent through the service
    /// (`"Name (via Service)"`): not the recipient's account.
    SentForAPerson,
    /// `To` names someone else and the official address is only in `Cc`:
    /// a copy of that person's mail, not the official's own account.
    CopyOfAnothersMail {
        /// The `To` address.
        to: String,
    },
    /// A welcome that still asks for activation: the account awaits it.
    ActivationPending,
    /// The text was read up to the limit only.
    TextTruncated,
    /// The text could not be decoded.
    TextUnreadable {
        /// Why.
        error: String,
    },
    /// What backs the sender's identity.
    Authentication {
        /// The judgement.
        status: Authentication,
        /// The result that made it (`dkim=pass (mail.quangngai.gov.vn)`).
        detail: String,
    },
    /// The relay (email service provider) that carried the mail.
    Relay {
        /// The relay's catalog id.
        relay: String,
    },
    /// The mail claims a service it was not sent by.
    ClaimsService {
        /// The claimed service's id.
        service: String,
        /// The domain it was sent from.
        from_domain: String,
    },
    /// Mail from a known service's domain that its authentication does not
    /// back.
    UnbackedServiceMail,
    /// A domain of a known service signed the mail (verified by a trusted
    /// server), though it came from a domain in no catalog.
    SignedByService {
        /// The service's id.
        service: String,
        /// The result that shows it.
        detail: String,
    },
    /// Replies go to a free-mail box: a scam's mark, not a site's own mail.
    FreemailReplyTo,
    /// The service's own name under another public suffix (`misa.com.vn`
    /// for MISA of `misa.vn`), authenticated, with no sign of deception.
    OwnDomainElsewhere {
        /// The service's id.
        service: String,
        /// The sender's registrable domain.
        domain: String,
    },
    /// Software anyone can host (GitLab, Mattermost, Matrix), named by mail
    /// authenticated at the instance's own domain: an account there.
    SelfHostedSoftware {
        /// The software (catalog id).
        software: String,
        /// The instance's registrable domain.
        domain: String,
    },
    /// A payment processor sent the receipt for a merchant.
    SentByProcessor {
        /// The processor's id.
        processor: String,
        /// The merchant, as the mail names it.
        merchant: String,
    },
    /// A sender in no catalog, named by its registrable domain.
    UnlistedSender {
        /// The registrable domain.
        domain: String,
    },
    /// The text's wording of a sign-up is the site's own: its links lead
    /// to the sender's own domain (a confirmation or reset link with its
    /// token), or it names the recipient's address.
    SiteOwnWording {
        /// How: `own_link` or `names_recipient`.
        how: String,
    },
    /// A sender in no catalog under one of the most abused top-level
    /// domains: its wording alone is not believed.
    AbusedTld {
        /// The top-level domain (`xyz`, `top` …).
        tld: String,
    },
    /// The subject or text names a scam or spam topic (quick money,
    /// betting, loans, prizes …): a sender in no catalog is not believed.
    ScamTopic {
        /// The id of the rule that named it.
        rule: String,
    },
    /// A bounce address that encodes a recipient.
    BounceAddress {
        /// The bounce format (`sendgrid`, `mailgun`, `mailchimp` …).
        format: String,
        /// The decoded address.
        address: String,
        /// True when it was confirmed and used; false when dropped.
        used: bool,
    },
    /// The message was forwarded; the forward's target is not credited with
    /// the original recipient's account.
    Forwarded {
        /// The header that shows it (`x-forwarded-to`, `return-path` …).
        header: String,
        /// The official address the mail was forwarded to.
        target: String,
    },
    /// The mail names a brand it was not sent by (phishing).
    ImitatesBrand {
        /// The brand's id (a catalog id, or one of the extra brands).
        brand: String,
        /// Where: `display_name`, `sender_domain`, `subject` or `text`.
        place: String,
        /// True when it is written with tricks (look-alike letters, digits,
        /// spacing, invisible characters).
        disguised: bool,
    },
    /// The brand is written with character tricks to escape filters.
    DisguisedBrand,
    /// The From address has no valid domain (`<>`, `@correios`).
    InvalidSenderDomain {
        /// The domain as written (empty when there is none).
        domain: String,
    },
    /// Sent from free web hosting (`firebaseapp.com`, `web.app` …).
    FreeHosting {
        /// The sender's domain.
        domain: String,
        /// The hosting domain.
        host: String,
    },
    /// The sender's domain imitates a brand's own domain.
    LookalikeDomain {
        /// The sender's registrable domain.
        domain: String,
        /// The brand domain label it imitates.
        imitates: String,
    },
    /// The sender's domain holds the brand's name plus other words.
    BrandInDomain {
        /// The sender's registrable domain.
        domain: String,
    },
    /// The display name holds another address than the sender's.
    DisplayNameAddress {
        /// That address.
        address: String,
    },
    /// A trusted server found the sender's authentication failing.
    AuthenticationFailedForBrand,
    /// A link shows one domain and leads to another.
    DeceptiveLink {
        /// The domain its text shows.
        shown: String,
        /// The domain it leads to.
        target: String,
    },
    /// A free-mail box claims a brand.
    FreemailClaimsBrand {
        /// The free-mail domain.
        domain: String,
    },
    /// Replies go to another domain than the sender's.
    ReplyToElsewhere {
        /// The Reply-To's registrable domain.
        domain: String,
    },
    /// The service sent the account's password in clear. Only the criteria
    /// of the directive's rule it fails are kept, never the password.
    PasswordExposed {
        /// The criteria it fails (empty: it meets the rule, but was still
        /// exposed).
        fails: Vec<PasswordCriterion>,
    },
    /// A login or device named by the service's security mail.
    LoginDetails {
        /// The IP address it names.
        ip: Option<String>,
        /// The place, as written.
        place: Option<String>,
        /// The device or browser, as written.
        device: Option<String>,
    },
    /// The login came from outside Vietnam (by the place named): the
    /// account may be in someone else's hands.
    LoginFromAbroad {
        /// The place, as written.
        place: String,
    },
    /// The login came from an address on a list the user supplied.
    LoginFromListedAddress {
        /// The address.
        ip: String,
    },
    /// The service reports a change that may hand the account over:
    /// `password_changed`, `email_changed`, `two_step_verification_off`,
    /// `recovery_changed`.
    AccountChanged {
        /// The change.
        change: String,
    },
    /// The official address sent this mail from a client address on a
    /// supplied IP list.
    SentFromListedAddress {
        /// The listed address.
        ip: String,
        /// Where it was read: `x-originating-ip` or `received`.
        header: String,
    },
    /// A brand in the display name, sent from a domain that is not the
    /// brand's.
    ForeignSender {
        /// The sender's registrable domain.
        domain: String,
    },
}

impl Signal {
    /// True for the signals that put an account at risk: a password sent in
    /// clear, a login from abroad or from a listed address, two-step
    /// verification turned off.
    pub fn puts_account_at_risk(&self) -> bool {
        match self {
            Signal::PasswordExposed { .. }
            | Signal::LoginFromAbroad { .. }
            | Signal::LoginFromListedAddress { .. } => true,
            Signal::AccountChanged { change } => change == "two_step_verification_off",
            _ => false,
        }
    }
}

impl fmt::Display for Signal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Signal::ServiceHeader {
                header,
                value,
                event,
            } => write!(f, "{header}={value} ({})", event.as_str()),
            Signal::SubjectRule { rule, event } => {
                write!(f, "subject: {} (rule {rule})", event.as_str())
            }
            Signal::TextRule { rule, event } => write!(f, "text: {} (rule {rule})", event.as_str()),
            Signal::MembersOnly => f.write_str("text: sent to members"),
            Signal::SubscribersOnly => f.write_str("text: sent to list subscribers"),
            Signal::ServiceMail => f.write_str("authenticated mail of a known service"),
            Signal::ForumEngine { engine } => write!(f, "forum engine {engine}"),
            Signal::ListHeaders => f.write_str("list headers, no account wording"),
            Signal::BulkMarketing => f.write_str("bulk send naming no account event"),
            Signal::SentForAPerson => f.write_str("sent by a person through the service"),
            Signal::CopyOfAnothersMail { to } => {
                write!(
                    f,
                    "a copy: addressed to {to}, the official address only in Cc"
                )
            }
            Signal::ActivationPending => f.write_str("text: activation pending"),
            Signal::TextTruncated => f.write_str("text truncated at limit"),
            Signal::TextUnreadable { error } => write!(f, "text unreadable: {error}"),
            Signal::Authentication { status, detail } => {
                write!(f, "auth {}: {detail}", status.as_str())
            }
            Signal::Relay { relay } => write!(f, "relay: {relay}"),
            Signal::ClaimsService {
                service,
                from_domain,
            } => write!(f, "claims {service} from {from_domain}"),
            Signal::UnbackedServiceMail => {
                f.write_str("the service's authentication does not back this mail")
            }
            Signal::UnlistedSender { domain } => write!(f, "sender in no catalog: {domain}"),
            Signal::AbusedTld { tld } => write!(f, "domain under the much abused .{tld}"),
            Signal::ScamTopic { rule } => write!(f, "scam or spam topic (rule {rule})"),
            Signal::FreemailReplyTo => f.write_str("replies go to a free-mail box"),
            Signal::SiteOwnWording { how } => match how.as_str() {
                "own_link" => f.write_str("its links lead to the sender's own site"),
                _ => f.write_str("its text names the recipient's address"),
            },
            Signal::OwnDomainElsewhere { service, domain } => {
                write!(f, "{service}'s own name under another suffix: {domain}")
            }
            Signal::SelfHostedSoftware { software, domain } => {
                write!(f, "{software} instance hosted at {domain}")
            }
            Signal::SentByProcessor {
                processor,
                merchant,
            } => write!(f, "receipt sent by {processor} for {merchant}"),
            Signal::SignedByService { service, detail } => {
                write!(f, "signed by {service}'s own domain: {detail}")
            }
            Signal::BounceAddress {
                format,
                address,
                used: true,
            } => write!(f, "{format} bounce address encodes {address} (confirmed)"),
            Signal::BounceAddress {
                format,
                address,
                used: false,
            } => write!(
                f,
                "{format} bounce address encodes {address}: dropped, nothing confirms it"
            ),
            Signal::Forwarded { header, target } => {
                write!(f, "forwarded to {target} ({header}): not credited")
            }
            Signal::ImitatesBrand {
                brand,
                place,
                disguised,
            } => write!(
                f,
                "imitates {brand} in the {}{}",
                place.replace('_', " "),
                if *disguised { " (disguised)" } else { "" }
            ),
            Signal::DisguisedBrand => f.write_str("brand written with character tricks"),
            Signal::InvalidSenderDomain { domain } if domain.is_empty() => {
                f.write_str("the From address has no domain")
            }
            Signal::InvalidSenderDomain { domain } => {
                write!(f, "the From domain {domain} does not exist")
            }
            Signal::FreeHosting { domain, host } => {
                write!(f, "sent from free hosting {host} ({domain})")
            }
            Signal::LookalikeDomain { domain, imitates } => {
                write!(f, "look-alike domain {domain} (imitates {imitates})")
            }
            Signal::BrandInDomain { domain } => write!(f, "brand inside the domain {domain}"),
            Signal::DisplayNameAddress { address } => {
                write!(f, "display name holds another address: {address}")
            }
            Signal::AuthenticationFailedForBrand => {
                f.write_str("a trusted server found authentication failing")
            }
            Signal::DeceptiveLink { shown, target } => {
                write!(f, "a link shows {shown} and leads to {target}")
            }
            Signal::FreemailClaimsBrand { domain } => {
                write!(f, "a free-mail box ({domain}) claims the brand")
            }
            Signal::PasswordExposed { fails } if fails.is_empty() => {
                f.write_str("password sent in clear (meets the password rule)")
            }
            Signal::PasswordExposed { fails } => {
                let fails: Vec<&str> = fails.iter().map(|c| c.as_str()).collect();
                write!(f, "password sent in clear, lacks: {}", fails.join(", "))
            }
            Signal::LoginDetails { ip, place, device } => {
                let parts: Vec<String> = [("ip", ip), ("place", place), ("device", device)]
                    .into_iter()
                    .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k} {v}")))
                    .collect();
                write!(f, "login: {}", parts.join(", "))
            }
            Signal::LoginFromAbroad { place } => write!(f, "login from abroad: {place}"),
            Signal::LoginFromListedAddress { ip } => {
                write!(f, "login from a listed address: {ip}")
            }
            Signal::AccountChanged { change } => write!(f, "account changed: {change}"),
            Signal::SentFromListedAddress { ip, header } => {
                write!(f, "sent from the listed address {ip} ({header})")
            }
            Signal::ReplyToElsewhere { domain } => write!(f, "replies go to {domain}"),
            Signal::ForeignSender { domain } => {
                write!(f, "sent from {domain}, not a domain of the brand")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tagged_json_and_prose() {
        let signal = Signal::SubjectRule {
            rule: "en.verify-email".into(),
            event: EventKind::EmailVerification,
        };
        let json = serde_json::to_string(&signal).unwrap_or_default();
        assert_eq!(
            json,
            r#"{"signal":"subject_rule","rule":"en.verify-email","event":"email_verification"}"#
        );
        assert_eq!(
            signal.to_string(),
            "subject: email_verification (rule en.verify-email)"
        );
        let back: Option<Signal> = serde_json::from_str(&json).ok();
        assert_eq!(back, Some(signal));
    }
}
