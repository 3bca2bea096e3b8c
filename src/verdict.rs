//! What the detector says about one message.

use serde::{Deserialize, Serialize};

use crate::catalog::Category;

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
    /// An order, receipt, payment or renewal.
    Transaction,
    /// A newsletter or promotion: a weak signal, not evidence of an account.
    Newsletter,
    /// Someone invited the address: not evidence of an account.
    Invitation,
    /// A double opt-in for a mailing list or newsletter: not evidence of an
    /// account.
    Subscription,
}

impl EventKind {
    /// Every event kind, in display order.
    pub const ALL: [EventKind; 10] = [
        EventKind::AccountCreated,
        EventKind::EmailVerification,
        EventKind::LoginCode,
        EventKind::PasswordReset,
        EventKind::SecurityAlert,
        EventKind::ActivityNotification,
        EventKind::Transaction,
        EventKind::Newsletter,
        EventKind::Invitation,
        EventKind::Subscription,
    ];

    /// True for the kinds that show the address holds an account.
    pub fn is_account_evidence(self) -> bool {
        !matches!(
            self,
            EventKind::Newsletter | EventKind::Invitation | EventKind::Subscription
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
            EventKind::Newsletter => "newsletter",
            EventKind::Invitation => "invitation",
            EventKind::Subscription => "subscription",
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
}

/// How sure the detector is of a finding.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// One weak signal (body text only, or no authentication at all).
    #[default]
    Low,
    /// A clear subject or service header, with some backing.
    Medium,
    /// Service header or subject, a known service, and authenticated mail.
    High,
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
    /// The `Resent-To` header.
    ResentTo,
    /// A VERP-encoded bounce address (`user=domain@…`).
    Verp,
    /// A "this mail was sent to …" footer.
    Footer,
    /// The owner of the mailbox export (`--owner`).
    Owner,
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
    /// The signals behind the verdict, for the person reviewing it.
    pub signals: Vec<String>,
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
        /// Why, in words.
        error: String,
    },
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

    pub(crate) fn failed(error: String, message: MessageInfo) -> Verdict {
        Verdict {
            outcome: Outcome::Failed { error },
            message,
            findings: Vec::new(),
        }
    }
}
