//! What the detector says about one message.

use serde::{Deserialize, Serialize};

use crate::catalog::Category;
pub use crate::signal::Signal;

/// The kind of event a mail shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventKind {
    /// A welcome mail: the account was created.
    AccountCreated,
    /// "Confirm your email" / account activation.
    EmailVerification,
    /// A one-time login or confirmation code.
    LoginCode,
    /// A password reset or change.
    PasswordReset,
    /// A login alert or other security notice.
    SecurityAlert,
    /// A notification only members get (replies, digests, messages).
    ActivityNotification,
    /// An order, receipt, trip, booking, payment or renewal.
    Transaction,
    /// Mail from the service with no clearer wording: evidence of an
    /// account when the service is known and the mail authenticated.
    Notification,
    /// A newsletter or promotion: a weak signal, not evidence of an account.
    Newsletter,
    /// A mailing-list opt-in ("confirm your subscription"): not evidence of
    /// an account.
    Subscription,
    /// Someone invited the address or shared something with it: not
    /// evidence of an account.
    Invitation,
}

impl EventKind {
    /// Every event kind, in display order.
    pub const ALL: [EventKind; 11] = [
        EventKind::AccountCreated,
        EventKind::EmailVerification,
        EventKind::LoginCode,
        EventKind::PasswordReset,
        EventKind::SecurityAlert,
        EventKind::ActivityNotification,
        EventKind::Transaction,
        EventKind::Notification,
        EventKind::Newsletter,
        EventKind::Subscription,
        EventKind::Invitation,
    ];

    /// True for the kinds that show the address holds an account.
    pub fn is_account_evidence(self) -> bool {
        !matches!(
            self,
            EventKind::Newsletter | EventKind::Subscription | EventKind::Invitation
        )
    }

    /// True for the wording of signing up or of account security: the
    /// wording a sender in no catalog needs before its mail is taken as an
    /// account.
    pub fn is_sign_up_wording(self) -> bool {
        matches!(
            self,
            EventKind::AccountCreated
                | EventKind::EmailVerification
                | EventKind::LoginCode
                | EventKind::PasswordReset
                | EventKind::SecurityAlert
        )
    }

    /// The snake_case name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::AccountCreated => "account_created",
            EventKind::EmailVerification => "email_verification",
            EventKind::LoginCode => "login_code",
            EventKind::PasswordReset => "password_reset",
            EventKind::SecurityAlert => "security_alert",
            EventKind::ActivityNotification => "activity_notification",
            EventKind::Transaction => "transaction",
            EventKind::Notification => "notification",
            EventKind::Newsletter => "newsletter",
            EventKind::Subscription => "subscription",
            EventKind::Invitation => "invitation",
        }
    }
}

/// What a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FindingKind {
    /// The official address holds an account at the service.
    Account,
    /// A newsletter to the official address: a weak signal, kept apart.
    Newsletter,
    /// An invitation to the official address: not evidence of an account.
    Invitation,
    /// Mail imitating the service, aimed at the official address.
    SuspectedPhishing,
    /// Mail sent by the official address from a client IP address on a
    /// supplied list (a botnet list): the machine may be infected. The
    /// finding's service names the listed address.
    SentFromListedAddress,
}

impl FindingKind {
    /// The snake_case name used in reports and logs.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Account => "account",
            FindingKind::Newsletter => "newsletter",
            FindingKind::Invitation => "invitation",
            FindingKind::SuspectedPhishing => "suspected_phishing",
            FindingKind::SentFromListedAddress => "sent_from_listed_address",
        }
    }
}

/// How sure the detector is of a finding. A violation needs at least
/// [`Confidence::Medium`]; low-confidence accounts are listed apart, "to
/// review".
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// One weak signal (text only, a sender in no catalog, or the address
    /// known only as the owner of the export): to review, never a violation.
    #[default]
    Low,
    /// A known service's authenticated mail, or clear wording with some
    /// backing.
    Medium,
    /// Service header or subject, a known service, and authenticated mail.
    High,
}

impl Confidence {
    /// The snake_case name used in reports and logs.
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// What backs the sender's identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Authentication {
    /// A trusted `Authentication-Results` shows DKIM or DMARC passing for
    /// the From domain.
    Verified,
    /// No trusted results, but a DKIM signature aligned with the From domain
    /// (not verifiable offline).
    Signed,
    /// No authentication data at all (old mail); the envelope and
    /// Message-ID agree with the From domain.
    Legacy,
    /// No authentication backs the From domain.
    Missing,
    /// A trusted `Authentication-Results` shows no aligned pass.
    Failed,
}

impl Authentication {
    /// The snake_case name used in reports and logs.
    pub fn as_str(self) -> &'static str {
        match self {
            Authentication::Verified => "verified",
            Authentication::Signed => "signed",
            Authentication::Legacy => "legacy",
            Authentication::Missing => "missing",
            Authentication::Failed => "failed",
        }
    }

    /// True when something backs the From domain (verified, signed, or old
    /// mail whose envelope agrees).
    pub fn backs_sender(self) -> bool {
        matches!(
            self,
            Authentication::Verified | Authentication::Signed | Authentication::Legacy
        )
    }
}

/// Where the official address was found in the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum RecipientSource {
    /// The `To` header.
    To,
    /// The `Cc` header.
    Cc,
    /// The `Delivered-To` header.
    DeliveredTo,
    /// The `X-Original-To` header.
    XOriginalTo,
    /// The `Envelope-To` header.
    EnvelopeTo,
    /// A bounce address that encodes the recipient (`user=domain@…`),
    /// confirmed by another header, the owner or the same local part.
    Verp,
    /// A "this mail was sent to …" footer.
    Footer,
    /// The owner of the mailbox export (`--owner`).
    Owner,
    /// The `From` header: the official address sent the mail (a Sent
    /// folder).
    From,
}

impl RecipientSource {
    /// The kebab-case name used in reports and logs.
    pub fn as_str(self) -> &'static str {
        match self {
            RecipientSource::To => "to",
            RecipientSource::Cc => "cc",
            RecipientSource::DeliveredTo => "delivered-to",
            RecipientSource::XOriginalTo => "x-original-to",
            RecipientSource::EnvelopeTo => "envelope-to",
            RecipientSource::Verp => "verp",
            RecipientSource::Footer => "footer",
            RecipientSource::Owner => "owner",
            RecipientSource::From => "from",
        }
    }

    /// True when the sender addressed the mail to the address (To, Cc, a
    /// bounce address or a "sent to" footer), rather than the receiving
    /// server (Delivered-To …) or the export's owner naming it.
    pub fn is_addressed_by_sender(self) -> bool {
        matches!(
            self,
            RecipientSource::To
                | RecipientSource::Cc
                | RecipientSource::Verp
                | RecipientSource::Footer
        )
    }
}

/// The service a finding is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ServiceRef {
    /// Catalog id, or the registrable domain for a service in no catalog.
    pub id: String,
    /// Display name (the domain for a service in no catalog).
    pub name: String,
    /// Category (`unknown` for a service in no catalog, `forum` for a board
    /// recognised by its engine).
    pub category: Category,
    /// True when the service is in the catalog.
    pub in_catalog: bool,
    /// The forum engine that sent the mail (`phpbb`, `mybb`, …), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engine: Option<String>,
}

/// One official address × one service, seen in one message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The official address, normalised.
    pub address: String,
    /// Where the address was found.
    pub found_in: RecipientSource,
    /// What the finding is.
    pub kind: FindingKind,
    /// The service.
    pub service: ServiceRef,
    /// The event the mail shows.
    pub event: EventKind,
    /// How sure the detector is.
    pub confidence: Confidence,
    /// What backs the sender's identity.
    pub authentication: Authentication,
    /// The relay that carried the mail (`sendgrid`, `amazon_ses` …), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relay: Option<String>,
    /// True when policy counts this finding as a violation.
    pub violation: bool,
    /// The signals behind the verdict, for the person reviewing it (and,
    /// typed, for programs: see [`Signal`]).
    pub signals: Vec<Signal>,
}

/// What the scan did with a message that it did not inspect in full.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SkipReason {
    /// No official address among the recipients.
    NoOfficialRecipient,
    /// Sent by a government address: never counted.
    GovernmentSender,
    /// A bounce, delivery report, DMARC report or auto-reply.
    AutomatedReport,
    /// Relayed by a mailing list.
    MailingList,
    /// Person-to-person mail: no sign of a service.
    PersonalMail,
    /// Larger than the message size limit.
    TooLarge,
    /// Header block larger than its limit.
    HeaderTooLarge,
    /// Marked as spam by a filter the policy trusts (the government's own
    /// SpamAssassin / amavis / rspamd headers).
    Spam,
}

impl SkipReason {
    /// The snake_case name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            SkipReason::NoOfficialRecipient => "no_official_recipient",
            SkipReason::GovernmentSender => "government_sender",
            SkipReason::AutomatedReport => "automated_report",
            SkipReason::MailingList => "mailing_list",
            SkipReason::PersonalMail => "personal_mail",
            SkipReason::TooLarge => "too_large",
            SkipReason::HeaderTooLarge => "header_too_large",
            SkipReason::Spam => "spam",
        }
    }
}

/// The outcome of inspecting one message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Outcome {
    /// Inspected; findings (possibly none) are in the verdict.
    Inspected,
    /// Not inspected in full, for this reason.
    Skipped {
        /// Why.
        reason: SkipReason,
    },
    /// The message could not be read.
    Failed {
        /// Why.
        reason: FailReason,
        /// Why, in words.
        error: String,
    },
}

/// Why a message could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FailReason {
    /// Nothing but blank space.
    Empty,
    /// No header fields at all.
    NoHeaders,
    /// The header block could not be parsed.
    UnparsableHeaders,
    /// A bug in the detector (caught; please report).
    Internal,
}

impl FailReason {
    /// The snake_case name used in reports and logs.
    pub fn as_str(self) -> &'static str {
        match self {
            FailReason::Empty => "empty",
            FailReason::NoHeaders => "no_headers",
            FailReason::UnparsableHeaders => "unparsable_headers",
            FailReason::Internal => "internal",
        }
    }
}

/// The identity of a message, for evidence: nothing from its body.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageInfo {
    /// `Message-ID`, without angle brackets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// `Date`, as RFC 3339 UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Subject with codes and links redacted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The From address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender: Option<String>,
}

/// The detector's verdict on one message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    /// Inspected, skipped or failed.
    #[serde(flatten)]
    pub outcome: Outcome,
    /// The message's identity.
    pub message: MessageInfo,
    /// One finding per official address (empty when nothing was found).
    pub findings: Vec<Finding>,
}

impl Verdict {
    /// True when some finding is a policy violation.
    pub fn has_violation(&self) -> bool {
        self.findings.iter().any(|f| f.violation)
    }

    pub(crate) fn skipped(reason: SkipReason, message: MessageInfo) -> Verdict {
        Verdict {
            outcome: Outcome::Skipped { reason },
            message,
            findings: Vec::new(),
        }
    }

    pub(crate) fn failed(reason: FailReason, error: String, message: MessageInfo) -> Verdict {
        Verdict {
            outcome: Outcome::Failed { reason, error },
            message,
            findings: Vec::new(),
        }
    }
}
