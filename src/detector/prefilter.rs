//! Phase 1, header only: mail that can never show a sign-up stops here,
//! before any body is decoded.

use std::sync::LazyLock;

use regex::Regex;

use super::Detector;
use super::facts::HeaderFacts;
use crate::verdict::SkipReason;

/// Headers in which a spam filter writes its verdict, and how a positive
/// verdict reads: SpamAssassin and amavis (`X-Spam-Flag: YES`,
/// `X-Spam-Status: Yes, score=…`, as Zimbra writes them) and rspamd or
/// others (`X-Spam: Yes`).
const SPAM_VERDICT_HEADERS: [&str; 3] = ["x-spam-flag", "x-spam-status", "x-spam"];

/// Help-desk software, by the name it writes in `X-Mailer` or in the
/// domain of its `Message-ID` (`X-Mailer: Zendesk Mailer`, `…@zendesk.com`;
/// `X-Mailer: osTicket Mailer`; Freshdesk, Help Scout, Zoho Desk, FreeScout,
/// Kayako, UVdesk, Jira Service Management).
const HELP_DESK_MAILERS: [&str; 9] = [
    "zendesk",
    "freshdesk",
    "helpscout",
    "zohodesk",
    "osticket",
    "freescout",
    "kayako",
    "uvdesk",
    "servicedesk",
];

/// A ticket number in a subject, as help desks write it: "[Request
/// #1234]", "[Yêu cầu #1234]", "Ticket #1234", "[#AB-1234]", "Case
/// 00123456", "Ticket ID: 1234" (folded).
static TICKET_SUBJECT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \[\s*(?:request|ticket|case|support|yeu\ cau|phieu(?:\ ho\ tro)?|ma\ yeu\ cau)?\s*\#\s*[a-z]{0,5}-?\d{3,}\s*\]
        | (?:request|ticket|case|yeu\ cau|phieu\ ho\ tro|ma\ yeu\ cau)\s*(?:\#|id:?|no\.?|number|so)\s*\#?\s*\d{3,}
        | case\ \d{6,}",
    )
    .ok()
});

impl Detector {
    /// `Err(reason)` for mail that is skipped on its headers alone.
    pub(super) fn prefilter(&self, facts: &HeaderFacts<'_>) -> Result<(), SkipReason> {
        if facts
            .sender_domain()
            .is_some_and(|d| self.official.is_government_sender(&self.domains, d))
        {
            return Err(SkipReason::GovernmentSender);
        }
        if self.is_automated_report(facts) {
            return Err(SkipReason::AutomatedReport);
        }
        if self.has_trusted_spam_verdict(facts) {
            return Err(SkipReason::Spam);
        }
        Ok(())
    }

    /// Bounces, delivery and DMARC reports, auto-replies.
    fn is_automated_report(&self, facts: &HeaderFacts<'_>) -> bool {
        let envelope = &facts.envelope;
        let report_type = envelope
            .first("Content-Type")
            .is_some_and(|ct| ct.to_ascii_lowercase().contains("multipart/report"));
        let daemon = facts
            .from
            .as_ref()
            .is_some_and(|(_, a)| a.local.starts_with("mailer-daemon") || a.local == "postmaster");
        let auto_replied = envelope
            .first("Auto-Submitted")
            .is_some_and(|v| v.to_ascii_lowercase().contains("auto-replied"))
            || envelope.has("X-Autoreply")
            || envelope.has("X-Autorespond");
        report_type
            || daemon
            || auto_replied
            || self.rules.is_automated_subject(&facts.folded_subject)
            || is_help_desk_reply(facts)
    }

    /// A positive spam verdict written by a server the policy trusts. Headers
    /// are read from the top down to the first `Received` header added by a
    /// server that is not trusted: below it, anyone could have written them.
    fn has_trusted_spam_verdict(&self, facts: &HeaderFacts<'_>) -> bool {
        for (name, value) in facts.envelope.fields() {
            if name == "received" {
                let by_trusted = received_by(value())
                    .is_some_and(|host| self.official.is_trusted_server(&self.domains, &host));
                if !by_trusted {
                    return false;
                }
            } else if SPAM_VERDICT_HEADERS.contains(&name) && is_positive_verdict(value()) {
                return true;
            }
        }
        false
    }
}

/// A help desk's answer about a ticket: a ticket number in the subject,
/// from help-desk software or marked automatic (`Auto-Submitted`). Such
/// mail answers the official's own request to a service (RFC 3834: a
/// response to a message, like an auto-reply), not account mail.
fn is_help_desk_reply(facts: &HeaderFacts<'_>) -> bool {
    let ticket = TICKET_SUBJECT
        .as_ref()
        .is_some_and(|re| re.is_match(&facts.folded_subject));
    if !ticket {
        return false;
    }
    let envelope = &facts.envelope;
    let automatic = envelope
        .first("Auto-Submitted")
        .is_some_and(|v| !v.trim().eq_ignore_ascii_case("no"));
    let mailer = envelope
        .first("X-Mailer")
        .unwrap_or_default()
        .to_ascii_lowercase()
        .replace(' ', "");
    let message_id = envelope
        .first("Message-ID")
        .unwrap_or_default()
        .to_ascii_lowercase();
    let id_domain = message_id.rsplit_once('@').map_or("", |(_, d)| d);
    let help_desk = HELP_DESK_MAILERS
        .iter()
        .any(|name| mailer.contains(name) || id_domain.contains(name));
    automatic || help_desk
}

/// The host after `by` in a `Received` header, lowercase.
fn received_by(received: &str) -> Option<String> {
    let mut words = received.split_whitespace();
    while let Some(word) = words.next() {
        if word.eq_ignore_ascii_case("by") {
            let host = words.next()?.trim_matches(|c: char| c == ';' || c == '(');
            return crate::domain::normalize_domain(host).or_else(|| {
                (host.eq_ignore_ascii_case("localhost")).then(|| "localhost".to_string())
            });
        }
    }
    None
}

fn is_positive_verdict(value: &str) -> bool {
    let first = value
        .trim_start()
        .split(|c: char| c == ',' || c.is_whitespace())
        .next()
        .unwrap_or_default();
    first.eq_ignore_ascii_case("yes") || first.eq_ignore_ascii_case("true")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn received_hosts() {
        assert_eq!(
            received_by(
                "from mx.example.com (mx.example.com [1.2.3.4]) by Mail.SXD.QuangNgai.gov.vn (Postfix) with ESMTPS id 1; Mon, 6 Jan 2025"
            )
            .as_deref(),
            Some("mail.sxd.quangngai.gov.vn")
        );
        assert_eq!(received_by("from x with local"), None);
    }

    #[test]
    fn verdicts() {
        assert!(is_positive_verdict("YES"));
        assert!(is_positive_verdict(
            "Yes, score=9.1 required=5.0 tests=URIBL_BLACK"
        ));
        assert!(!is_positive_verdict("No, score=-0.1 required=5.0"));
        assert!(!is_positive_verdict("NO"));
        assert!(!is_positive_verdict(""));
    }
}
