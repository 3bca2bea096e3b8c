//! Header facts: what every phase needs from the header block, read once
//! per message.

use crate::address::Address;
use crate::auth::dkim_signing_domain;
use crate::message::Envelope;
use crate::text::{fold, redact};
use crate::time::rfc3339_from_unix;
use crate::verdict::MessageInfo;

/// The header block of one message and the facts read from it.
pub(super) struct HeaderFacts<'m> {
    pub(super) envelope: Envelope<'m>,
    /// The first From mailbox: display name and address.
    pub(super) from: Option<(String, Address)>,
    /// The decoded subject.
    pub(super) subject: String,
    /// The subject folded for matching (lowercase, no diacritics).
    pub(super) folded_subject: String,
    /// `d=` of every DKIM signature.
    pub(super) dkim_domains: Vec<String>,
    /// `List-Unsubscribe`, `List-Id`, `Feedback-ID` or `Precedence: bulk`:
    /// on newsletters, and on most transactional mail of large senders.
    pub(super) list_headers: bool,
    /// `List-Post`: a discussion list relays the mail.
    pub(super) list_post: bool,
    /// `Precedence: bulk|list|junk` or `Auto-Submitted: auto-generated`.
    pub(super) bulk_or_generated: bool,
    /// `Precedence: bulk`: a bulk send.
    pub(super) precedence_bulk: bool,
    /// `Date`, as seconds since the Unix epoch.
    pub(super) date: Option<i64>,
}

impl<'m> HeaderFacts<'m> {
    pub(super) fn read(envelope: Envelope<'m>) -> HeaderFacts<'m> {
        let from = envelope.from();
        let subject = envelope.first("Subject").unwrap_or_default();
        let folded_subject = fold(&subject);
        let dkim_domains = envelope
            .all("DKIM-Signature")
            .iter()
            .filter_map(|v| dkim_signing_domain(v))
            .collect();
        let precedence = envelope
            .first("Precedence")
            .map(|p| p.trim().to_ascii_lowercase());
        let list_headers = envelope.has("List-Unsubscribe")
            || envelope.has("List-Id")
            || envelope.has("Feedback-ID")
            || precedence.as_deref() == Some("bulk");
        let auto_generated = envelope
            .first("Auto-Submitted")
            .is_some_and(|v| v.to_ascii_lowercase().contains("auto-generated"));
        let bulk_or_generated =
            auto_generated || matches!(precedence.as_deref(), Some("bulk" | "list" | "junk"));
        let date = envelope
            .first("Date")
            .and_then(|d| mailparse::dateparse(&d).ok());
        HeaderFacts {
            precedence_bulk: precedence.as_deref() == Some("bulk"),
            list_post: envelope.has("List-Post"),
            envelope,
            from,
            subject,
            folded_subject,
            dkim_domains,
            list_headers,
            bulk_or_generated,
            date,
        }
    }

    /// The From address's domain.
    pub(super) fn sender_domain(&self) -> Option<&str> {
        self.from.as_ref().map(|(_, a)| a.domain.as_str())
    }

    /// The message's identity for evidence: nothing from its body, codes
    /// and links redacted from the subject.
    pub(super) fn message_info(&self) -> MessageInfo {
        let subject = self.subject.trim();
        MessageInfo {
            message_id: self
                .envelope
                .first("Message-ID")
                .map(|id| id.trim().trim_matches(|c| c == '<' || c == '>').to_string())
                .filter(|id| !id.is_empty()),
            date: self.date.and_then(rfc3339_from_unix),
            subject: (!subject.is_empty()).then(|| redact(subject)),
            sender: self.from.as_ref().map(|(_, a)| a.to_text()),
        }
    }
}
