//! Phase 3: the official addresses a message was really sent to, and how
//! each was found.
//!
//! Two rules keep reports from naming people who do not exist, or the wrong
//! person:
//! - a bounce address is decoded only by a known format (see
//!   [`crate::bounce`]) and used only when another header, the export's
//!   owner or the same local part confirms it;
//! - a forwarded mail belongs to its original recipient, not to the mailbox
//!   it was forwarded into (unless that original recipient is official).

use super::Detector;
use super::facts::HeaderFacts;
use crate::address::{Address, address_texts_in, footer_recipients};
use crate::bounce::{self, BounceFormat};
use crate::signal::Signal;
use crate::verdict::RecipientSource;

/// Headers that name the message's original recipients.
const ADDRESSED_TO: [(&str, RecipientSource); 2] =
    [("To", RecipientSource::To), ("Cc", RecipientSource::Cc)];

/// Headers that name the mailbox a message was delivered into: the
/// original recipient, unless the mail was forwarded there.
const DELIVERED_TO: [(&str, RecipientSource); 3] = [
    ("Delivered-To", RecipientSource::DeliveredTo),
    ("X-Original-To", RecipientSource::XOriginalTo),
    ("Envelope-To", RecipientSource::EnvelopeTo),
];

/// Headers whose address may be a bounce address that encodes the
/// recipient.
const BOUNCE_HEADERS: [&str; 3] = ["Return-Path", "Sender", "Errors-To"];

/// Headers that name where a mail was forwarded to.
const FORWARD_HEADERS: [&str; 4] = [
    "X-Forwarded-To",
    "X-Forwarded-For",
    "Resent-To",
    "Resent-Cc",
];

/// The official recipients of one message.
#[derive(Default)]
pub(super) struct Recipients {
    pub(super) found: Vec<(Address, RecipientSource)>,
    /// Official addresses the mail was forwarded to: never credited.
    pub(super) forward_targets: Vec<Address>,
    /// The message shows a forward (to any address).
    pub(super) forwarded: bool,
    /// `To` names someone else and the official recipients are only in
    /// `Cc`: a copy of another person's mail (a fellow traveller on a
    /// colleague's booking), not the account holder's own.
    pub(super) only_copied: Option<Address>,
    pub(super) signals: Vec<Signal>,
}

impl Recipients {
    pub(super) fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    fn contains(&self, address: &Address) -> bool {
        self.found.iter().any(|(a, _)| a == address)
    }

    /// True when the sender addressed the mail to an official recipient
    /// (not only the receiving server or the export's owner).
    pub(super) fn addressed_by_sender(&self) -> bool {
        self.found
            .iter()
            .any(|(_, source)| source.is_addressed_by_sender())
    }
}

impl Detector {
    /// The official recipients named by the header block.
    pub(super) fn header_recipients(
        &self,
        facts: &HeaderFacts<'_>,
        owner: Option<&Address>,
    ) -> Recipients {
        let envelope = &facts.envelope;
        let mut recipients = Recipients::default();

        // Where was it forwarded to?
        let mut bounces = Vec::new();
        for name in BOUNCE_HEADERS {
            for value in envelope.all(name) {
                for text in address_texts_in(&value) {
                    if let Some(decoded) = bounce::decode(text) {
                        bounces.push((name, decoded));
                    }
                }
            }
        }
        let mut targets: Vec<(String, Address)> = Vec::new();
        for name in FORWARD_HEADERS {
            for address in envelope.addresses(name) {
                recipients.forwarded = true;
                targets.push((name.to_ascii_lowercase(), address));
            }
        }
        recipients.forwarded |= envelope.has("Resent-From")
            || bounces.iter().any(|(_, b)| b.format == BounceFormat::Srs);
        for (name, bounce) in &bounces {
            if let (BounceFormat::GmailForward, Some(target)) = (bounce.format, &bounce.encoded) {
                recipients.forwarded = true;
                targets.push((name.to_ascii_lowercase(), target.clone()));
            }
        }

        // The original recipients: To and Cc, and the delivery headers
        // unless the mail was forwarded (then they name the forward's target).
        let addressed = addresses_of(envelope, &ADDRESSED_TO);
        for (address, _) in &addressed {
            // An original recipient that is official keeps the mail even when
            // it was also forwarded.
            targets.retain(|(_, t)| t != address);
        }
        for (header, target) in targets {
            if self.official.is_official_recipient(&self.domains, &target)
                && !recipients.forward_targets.contains(&target)
            {
                recipients.signals.push(Signal::Forwarded {
                    header,
                    target: target.to_text(),
                });
                recipients.forward_targets.push(target);
            }
        }
        let delivered = if recipients.forwarded {
            Vec::new()
        } else {
            addresses_of(envelope, &DELIVERED_TO)
        };
        for (address, source) in addressed.iter().chain(&delivered) {
            self.add_recipient(&mut recipients, address.clone(), *source);
        }
        let official_to = recipients
            .found
            .iter()
            .any(|(_, source)| *source == RecipientSource::To);
        let copied = recipients
            .found
            .iter()
            .any(|(_, source)| *source == RecipientSource::Cc);
        if copied && !official_to {
            // Someone's own mailbox: not the sender's own addresses (GitHub
            // writes To: the repository at noreply.github.com and Cc: the
            // member) nor a machine's.
            let sender_org = facts.sender_domain().map(|d| self.domains.registrable(d));
            recipients.only_copied = addressed
                .iter()
                .filter(|(_, source)| *source == RecipientSource::To)
                .map(|(address, _)| address)
                .find(|address| {
                    Some(self.domains.registrable(&address.domain)) != sender_org
                        && !super::sender::is_machine_local(&address.local)
                })
                .cloned();
        }

        // Bounce addresses: used only when something confirms them.
        let local_parts: Vec<&str> = addressed
            .iter()
            .chain(&delivered)
            .map(|(a, _)| a.local.as_str())
            .collect();
        for (_, bounce) in bounces {
            let Some(encoded) = bounce.encoded else {
                continue;
            };
            if bounce.format == BounceFormat::GmailForward
                || recipients.contains(&encoded)
                || !self.official.is_official_recipient(&self.domains, &encoded)
            {
                continue;
            }
            let confirmed =
                owner == Some(&encoded) || local_parts.contains(&encoded.local.as_str());
            recipients.signals.push(Signal::BounceAddress {
                format: bounce.format.as_str().to_string(),
                address: encoded.to_text(),
                used: confirmed,
            });
            if confirmed {
                self.add_recipient(&mut recipients, encoded, RecipientSource::Verp);
            }
        }
        recipients
    }

    /// Completes the recipients once the text is known: "sent to …"
    /// footers, then the export's owner.
    pub(super) fn complete_recipients(
        &self,
        recipients: &mut Recipients,
        folded_text: Option<&str>,
        owner: Option<&Address>,
    ) {
        let footer = folded_text.map(footer_recipients).unwrap_or_default();
        if recipients.is_empty() {
            for address in footer {
                self.add_recipient(recipients, address, RecipientSource::Footer);
            }
        } else if !recipients.addressed_by_sender() {
            // Delivered to the mailbox with a To: naming nobody
            // (`undisclosed-recipients:;`, Bcc): a footer in which the sender
            // wrote the same address confirms the sender addressed it.
            for (address, source) in &mut recipients.found {
                if !source.is_addressed_by_sender() && footer.contains(address) {
                    *source = RecipientSource::Footer;
                }
            }
        }
        // Named recipients hold the account even in someone else's export (a
        // forward, an alias); the owner is credited only when no official
        // recipient is named (lists, Bcc, a personal To), and never with a
        // mail forwarded to it from someone else's mailbox.
        if let (true, Some(owner)) = (recipients.is_empty(), owner) {
            if !recipients.forwarded {
                recipients
                    .found
                    .push((owner.clone(), RecipientSource::Owner));
            }
        }
    }

    fn add_recipient(
        &self,
        recipients: &mut Recipients,
        address: Address,
        source: RecipientSource,
    ) {
        if !recipients.contains(&address)
            && !recipients.forward_targets.contains(&address)
            && self.official.is_official_recipient(&self.domains, &address)
        {
            recipients.found.push((address, source));
        }
    }
}

/// Every address of these headers, with the source each header stands for.
fn addresses_of(
    envelope: &crate::message::Envelope<'_>,
    headers: &[(&str, RecipientSource)],
) -> Vec<(Address, RecipientSource)> {
    headers
        .iter()
        .flat_map(|(name, source)| {
            envelope
                .addresses(name)
                .into_iter()
                .map(move |a| (a, *source))
        })
        .collect()
}
