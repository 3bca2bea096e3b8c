//! Bounce and forward addresses: what an envelope sender (`Return-Path`,
//! `Sender`, `Errors-To`) encodes, read by the exact format of the system
//! that wrote it.
//!
//! A naive reading of `…local=domain@…` turns the hashes and ids that mail
//! senders put before the recipient into people who do not exist
//! (`3f2a1.9c-an.nguyen@…`). Each format here is decoded exactly; formats
//! that encode no recipient (Amazon SES, Mandrill, SparkPost, Postmark,
//! Discourse, SRS and BATV, which encode the *sender*) are recognised so that
//! nothing is read into them. Whatever is decoded is still only a candidate:
//! the detector uses it when another header, the export's owner or the same
//! local part confirms it.

use std::sync::LazyLock;

use regex::Regex;

use crate::address::Address;

/// The system that wrote a bounce address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BounceFormat {
    /// `bounces+<uid>-<hash>-<local>=<domain>@…`
    SendGrid,
    /// `bounce+<hex>.<hex>-<local>=<domain>@…`
    Mailgun,
    /// `bounce-mc.<dc>_<list>.<id>-<local>=<domain>@…mcsv.net`
    Mailchimp,
    /// `<list>-bounces+<local>=<domain>@…` (GNU Mailman)
    Mailman,
    /// `<bounce>+<hmac>+<local>=<domain>@…` (XenForo and others that sign
    /// their VERP)
    SignedVerp,
    /// `<prefix>+<local>=<domain>@…` (Postfix and qmail style VERP)
    Verp,
    /// `<user>+caf_=<local>=<domain>@gmail.com`: a Gmail auto-forward to
    /// `<local>@<domain>`.
    GmailForward,
    /// `SRS0=…` / `SRS1=…`: a forwarder rewrote the sender (the mail was
    /// forwarded); encodes the original sender, not a recipient.
    Srs,
    /// Formats that encode no recipient: SES, Mandrill, SparkPost, Postmark,
    /// Discourse, BATV (the sender).
    NoRecipient,
}

impl BounceFormat {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            BounceFormat::SendGrid => "sendgrid",
            BounceFormat::Mailgun => "mailgun",
            BounceFormat::Mailchimp => "mailchimp",
            BounceFormat::Mailman => "mailman",
            BounceFormat::SignedVerp => "signed-verp",
            BounceFormat::Verp => "verp",
            BounceFormat::GmailForward => "gmail-forward",
            BounceFormat::Srs => "srs",
            BounceFormat::NoRecipient => "no-recipient",
        }
    }
}

/// What a bounce address encodes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Bounce {
    pub(crate) format: BounceFormat,
    /// The encoded address: a recipient, or for
    /// [`BounceFormat::GmailForward`] the forward's target.
    pub(crate) encoded: Option<Address>,
}

/// Formats whose local part encodes `<local>=<domain>` after a fixed prefix,
/// most specific first.
static ENCODING_FORMATS: LazyLock<Vec<(BounceFormat, Regex)>> = LazyLock::new(|| {
    [
        (BounceFormat::GmailForward, r"^[^+]+\+caf_=(.+)=([^=]+)$"),
        (
            BounceFormat::SendGrid,
            r"^bounces\+[0-9]+-[0-9a-f]{4,}-(.+)=([^=]+)$",
        ),
        (
            BounceFormat::Mailgun,
            r"^bounce\+[0-9a-f]+\.[0-9a-f]+-(.+)=([^=]+)$",
        ),
        (
            BounceFormat::Mailchimp,
            r"^bounce-mc\.[a-z0-9]+_[0-9]+\.[0-9]+-(.+)=([^=]+)$",
        ),
        (
            BounceFormat::Mailman,
            r"^[a-z0-9._-]+-bounces\+(.+)=([^=]+)$",
        ),
        (
            BounceFormat::SignedVerp,
            r"^[a-z0-9._-]+\+[0-9a-z]{6,}\+(.+)=([^=]+)$",
        ),
        (BounceFormat::Verp, r"^[a-z0-9._-]+\+([^+]+)=([^=+]+)$"),
    ]
    .into_iter()
    .map(|(format, pattern)| (format, crate::text::constant_regex(pattern)))
    .collect()
});

/// Local parts of formats that encode no recipient.
static NO_RECIPIENT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::constant_regex(
        r"(?x)^(?:
            prvs=.*                   # BATV: the sender, signed
          | msprvs[0-9]*=.*           # SparkPost
          | bounce-md_.*              # Mandrill
          | pm_bounces                # Postmark
          | [0-9a-f]{16}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9]{6}  # Amazon SES
          | (?:bounce|reply|replies)\+[0-9a-f]{32}  # Discourse
        )$",
    )
});

/// Reads a bounce address (`local@domain`, already trimmed of `<>`).
/// Returns `None` when it is an ordinary address.
pub(crate) fn decode(address: &str) -> Option<Bounce> {
    let (local, _) = address.trim().rsplit_once('@')?;
    let local = local.to_ascii_lowercase();
    if local.starts_with("srs0") || local.starts_with("srs1") {
        return Some(Bounce {
            format: BounceFormat::Srs,
            encoded: None,
        });
    }
    if NO_RECIPIENT.is_match(&local) {
        return Some(Bounce {
            format: BounceFormat::NoRecipient,
            encoded: None,
        });
    }
    for (format, pattern) in ENCODING_FORMATS.iter() {
        let Some(caps) = pattern.captures(&local) else {
            continue;
        };
        let (Some(encoded_local), Some(encoded_domain)) = (caps.get(1), caps.get(2)) else {
            continue;
        };
        if !encoded_domain.as_str().contains('.') {
            return None;
        }
        let encoded = Address::parse(&format!(
            "{}@{}",
            encoded_local.as_str(),
            encoded_domain.as_str()
        ));
        return Some(Bounce {
            format: *format,
            encoded,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(address: &str) -> Option<(BounceFormat, Option<String>)> {
        decode(address).map(|b| (b.format, b.encoded.map(|a| a.to_text())))
    }

    const AN: &str = "an.nguyen@stttt.quangngai.gov.vn";

    #[test]
    fn formats_that_encode_the_recipient() {
        use BounceFormat::*;
        let cases = [
            (
                "bounces+4455667-ab12-an.nguyen=stttt.quangngai.gov.vn@em1234.canva.com",
                SendGrid,
            ),
            (
                "bounce+7e3f2a.9c41b0-an.nguyen=stttt.quangngai.gov.vn@mg.duolingo.com",
                Mailgun,
            ),
            (
                "bounce-mc.us5_1234567.891011-an.nguyen=stttt.quangngai.gov.vn@mail12.suw11.mcsv.net",
                Mailchimp,
            ),
            (
                "cayCanh-bounces+an.nguyen=stttt.quangngai.gov.vn@lists.example.org",
                Mailman,
            ),
            (
                "bounce+a1b2c3d4+an.nguyen=stttt.quangngai.gov.vn@voz.vn",
                SignedVerp,
            ),
            (
                "owner-list+an.nguyen=stttt.quangngai.gov.vn@example.org",
                Verp,
            ),
        ];
        for (address, format) in cases {
            assert_eq!(read(address), Some((format, Some(AN.into()))), "{address}");
        }
    }

    #[test]
    fn ids_and_hashes_never_become_people() {
        // The naive reading made `7e3f2a.9c41b0-an.nguyen@…` and `a1b2c3d4@…`.
        for address in [
            "bounce+7e3f2a.9c41b0-an.nguyen=stttt.quangngai.gov.vn@mg.duolingo.com",
            "bounce+a1b2c3d4+an.nguyen=stttt.quangngai.gov.vn@voz.vn",
        ] {
            let decoded = read(address).and_then(|(_, a)| a);
            assert_eq!(decoded.as_deref(), Some(AN), "{address}");
        }
    }

    #[test]
    fn formats_without_a_recipient() {
        for address in [
            "0100018c2f1a2b3c-1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d-000000@amazonses.com",
            "bounce-md_30123456.65a1b2c3.v1-0a1b2c3d4e5f@mandrillapp.com",
            "msprvs1=19abcdEFgh=bounces-123456-7@sparkpostmail.com",
            "pm_bounces@pm-bounces.grab.com",
            "prvs=0123456789=an.nguyen@stttt.quangngai.gov.vn",
            "bounce+0123456789abcdef0123456789abcdef@forum.example.com",
        ] {
            assert_eq!(
                read(address),
                Some((BounceFormat::NoRecipient, None)),
                "{address}"
            );
        }
    }

    #[test]
    fn srs_marks_a_forward() {
        assert_eq!(
            read("SRS0=HHH=TT=quangngai.gov.vn=an.nguyen@forwarder.example.com"),
            Some((BounceFormat::Srs, None))
        );
    }

    #[test]
    fn gmail_auto_forward_names_its_target() {
        assert_eq!(
            read("binh.tran+caf_=an.nguyen=stttt.quangngai.gov.vn@gmail.com"),
            Some((BounceFormat::GmailForward, Some(AN.into())))
        );
    }

    #[test]
    fn ordinary_addresses() {
        assert_eq!(read("no-reply@accounts.google.com"), None);
        assert_eq!(read("an.nguyen+facebook@stttt.quangngai.gov.vn"), None);
        assert_eq!(read("plain=thing@x.com"), None);
    }
}
