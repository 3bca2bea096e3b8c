//! Accounts at risk, read from the account's own (genuine) mail: a password
//! the service sent in clear (checked against the directive's rule, then
//! forgotten), a login from abroad or from a listed address, a change that
//! may hand the account to someone else.

use super::Detector;
use crate::security::{account_change, exposed_password, login_details, subject_may_hold_password};
use crate::signal::Signal;
use crate::text::fold;
use crate::verdict::{EventKind, FindingKind, Verdict};

/// Folded subject words of login and device alerts.
const LOGIN_SUBJECT_WORDS: [&str; 9] = [
    "login",
    "log in",
    "sign-in",
    "sign in",
    "signed in",
    "new device",
    "dang nhap",
    "thiet bi moi",
    "bao mat",
];

impl Detector {
    /// Adds the signs of risk to the account findings of a mail.
    pub(super) fn with_account_risk(
        &self,
        text: &mut super::event::MessageText<'_>,
        mut verdict: Verdict,
    ) -> Verdict {
        let genuine =
            |f: &crate::Finding| f.kind == FindingKind::Account && f.authentication.backs_sender();
        // Any subject shown in a report or log must not carry a password,
        // whatever the verdict.
        let subject_fails = verdict
            .message
            .subject
            .as_deref()
            .and_then(exposed_password);
        let withhold = subject_fails.is_some()
            || verdict
                .message
                .subject
                .as_deref()
                .is_some_and(subject_may_hold_password);
        if withhold {
            verdict.message.subject = Some("[subject withheld: it may hold a password]".into());
        }
        if !verdict.findings.iter().any(genuine) {
            return verdict;
        }
        // Only text that names a password can hold one: one search of the
        // folded text instead of every line's rules.
        let names_password = text
            .folded()
            .is_some_and(|t| t.contains("pass") || t.contains("mat khau"));
        let Some(body) = text.plain() else {
            return verdict;
        };
        let mut signals = Vec::new();
        let in_text = || names_password.then(|| exposed_password(body)).flatten();
        if let Some(fails) = subject_fails.or_else(in_text) {
            signals.push(Signal::PasswordExposed { fails });
        }
        // The event rules name most security mail; a subject about a login
        // or a new device names the rest ("Cảnh báo đăng nhập").
        let subject = fold(verdict.message.subject.as_deref().unwrap_or_default());
        let security_mail = verdict.findings.iter().any(|f| {
            matches!(
                f.event,
                EventKind::SecurityAlert | EventKind::PasswordReset | EventKind::LoginCode
            )
        }) || LOGIN_SUBJECT_WORDS.iter().any(|w| subject.contains(w));
        if security_mail {
            let subject = verdict.message.subject.clone().unwrap_or_default();
            let folded = fold(&format!("{subject}\n{body}"));
            if let Some(change) = account_change(&folded) {
                signals.push(Signal::AccountChanged {
                    change: change.as_str().to_string(),
                });
            }
            if let Some(details) = login_details(body) {
                if details.abroad() {
                    signals.push(Signal::LoginFromAbroad {
                        place: details.place.clone().unwrap_or_default(),
                    });
                }
                for ip in &details.ips {
                    if self.ip_list.contains(*ip) {
                        signals.push(Signal::LoginFromListedAddress { ip: ip.to_string() });
                    }
                }
                signals.push(Signal::LoginDetails {
                    ip: details.ips.first().map(ToString::to_string),
                    place: details.place,
                    device: details.device,
                });
            }
        }
        for finding in &mut verdict.findings {
            if genuine(finding) {
                finding.signals.extend(signals.iter().cloned());
            }
        }
        verdict
    }
}

impl Detector {
    /// Mail sent by an official address (a Sent folder) from a client IP
    /// address on a supplied list: the directive's botnet priority. The
    /// client address is `X-Originating-IP` or the first `Received` hop.
    pub(super) fn with_listed_sender(
        &self,
        facts: &super::facts::HeaderFacts<'_>,
        verdict: Verdict,
    ) -> Verdict {
        let government = matches!(
            verdict.outcome,
            crate::verdict::Outcome::Skipped {
                reason: crate::verdict::SkipReason::GovernmentSender
            }
        );
        if !government || self.ip_list.is_empty() {
            return verdict;
        }
        let Some((_, sender)) = facts
            .from
            .as_ref()
            .filter(|(_, a)| self.official.is_official_recipient(&self.domains, a))
        else {
            return verdict;
        };
        let originating = facts.envelope.first("X-Originating-IP");
        // The first hop is the last `Received` header: the client's own
        // submission.
        let first_hop = facts.envelope.all("Received").into_iter().last();
        let listed = originating
            .iter()
            .chain(first_hop.iter())
            .flat_map(|value| crate::security::ips_in(value))
            .find(|ip| self.ip_list.contains(*ip));
        let Some(ip) = listed else {
            return verdict;
        };
        let header = if originating
            .as_deref()
            .is_some_and(|v| crate::security::ips_in(v).contains(&ip))
        {
            "x-originating-ip"
        } else {
            "received"
        };
        Verdict {
            outcome: crate::verdict::Outcome::Inspected,
            message: verdict.message,
            findings: vec![crate::Finding {
                address: sender.to_text(),
                found_in: crate::RecipientSource::From,
                kind: FindingKind::SentFromListedAddress,
                service: crate::verdict::ServiceRef {
                    id: ip.to_string(),
                    name: ip.to_string(),
                    category: crate::Category::Unknown,
                    in_catalog: false,
                    engine: None,
                },
                event: EventKind::Notification,
                confidence: crate::Confidence::High,
                authentication: crate::Authentication::Missing,
                relay: None,
                violation: false,
                signals: vec![Signal::SentFromListedAddress {
                    ip: ip.to_string(),
                    header: header.to_string(),
                }],
            }],
        }
    }
}
