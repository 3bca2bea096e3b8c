//! Finds official government mail addresses (by default every address under
//! `gov.vn`) used to sign up for social networks, forums and public sites,
//! from the traces those services leave in the mailbox: welcome mails,
//! "confirm your email", login codes, password resets, login alerts,
//! notifications and order mails.
//!
//! Invitations, newsletters, internal government mail and phishing that
//! imitates a service are not counted as sign-ups.
//!
//! # Overview
//!
//! - A [`Detector`] is built once from a [`Policy`] (which addresses are
//!   official, what is a violation, which authentication results to trust,
//!   input limits) and a [`Catalog`] (services, mail relays and free mail
//!   providers; a built-in catalog of 1,200 services ships with the crate).
//!   It is `Send + Sync`.
//! - [`Detector::inspect`] gives the [`Verdict`] on one raw message, for a
//!   mail gateway: it never panics and never fails.
//! - [`Detector::scan`] starts a [`Scan`] over mbox files, single messages,
//!   directories and streams; [`Scan::finish`] returns a [`Report`] that
//!   accounts for every message read, with findings aggregated per official
//!   address and service. [`write_report`] writes it as a table, JSON, JSON
//!   Lines, CSV or one self-contained HTML page, in English or Vietnamese.
//! - For the heads of units: a [`report::Directory`] names the people and
//!   units of addresses ([`Report::assign_units`]), [`Report::compare_with`]
//!   marks what changed since an earlier audit, and [`report::notices`]
//!   writes each person with violations what to fix.
//!
//! # Example
//!
//! ```
//! use govmail_audit::{Detector, EventKind, FindingKind};
//!
//! let detector = Detector::with_defaults()?;
//! let mail = b"From: Facebook <security@facebookmail.com>\r\n\
//! To: an.nguyen@stttt.quangngai.gov.vn\r\n\
//! Subject: =?UTF-8?Q?123456_l=C3=A0_m=C3=A3_x=C3=A1c_nh=E1=BA=ADn_Facebook?=\r\n\
//! Authentication-Results: mail.quangngai.gov.vn; dkim=pass header.d=facebookmail.com\r\n\
//! Date: Mon, 6 Jan 2025 08:15:02 +0700\r\n\
//! \r\n\
//! Ma xac nhan cua ban la 123456.\r\n";
//!
//! let verdict = detector.inspect(mail);
//! let finding = &verdict.findings[0];
//! assert_eq!(finding.address, "an.nguyen@stttt.quangngai.gov.vn");
//! assert_eq!(finding.service.id, "facebook");
//! assert_eq!(finding.kind, FindingKind::Account);
//! assert_eq!(finding.event, EventKind::LoginCode);
//! assert!(finding.violation);
//! // Codes never reach a report.
//! assert_eq!(
//!     verdict.message.subject.as_deref(),
//!     Some("[redacted] là mã xác nhận Facebook")
//! );
//!
//! // The same message inside an mbox, through a scan.
//! let mut mbox = b"From security@facebookmail.com Mon Jan  6 01:15:02 2025\n".to_vec();
//! mbox.extend_from_slice(mail);
//! let mut scan = detector.scan();
//! scan.add_reader("inbox.mbox", &mbox[..]);
//! let report = scan.finish();
//! assert_eq!(report.summary.messages, 1);
//! assert_eq!(report.accounts.len(), 1);
//! assert!(report.has_violations());
//! # Ok::<(), govmail_audit::Error>(())
//! ```
//!
//! # How a message is judged
//!
//! 1. **Header-only prefilter.** Most mail stops here, before any body is
//!    decoded: mail from a government sender, a bounce or auto-reply, mail a
//!    trusted spam filter marked as spam, mail with no official recipient, a
//!    mailing list, or person-to-person mail.
//! 2. **The sender**: the catalog entry of the From domain; relays
//!    (SendGrid, Amazon SES …) are never the service. Forum engines and issue
//!    trackers are recognised by their headers, and a sender in no catalog is
//!    named by its registrable domain. Authentication: trusted
//!    `Authentication-Results`, else an aligned DKIM signature.
//! 3. **Recipients** are read from To, Cc, Delivered-To, X-Original-To,
//!    Envelope-To, bounce addresses (decoded by their exact format and used
//!    only when confirmed) and "sent to …" footers, normalised (case,
//!    punycode, `+tag`). A forwarded mail belongs to its original recipient.
//! 4. **The event** comes from service headers (`X-Facebook-Notify`,
//!    `Feedback-ID`, `X-LinkedIn-Class` …), then the subject, then the text,
//!    in English and Vietnamese, with or without diacritics.
//! 5. **The finding.** A catalog service's authenticated mail to an official
//!    address is evidence of an account unless it is recognisably not one
//!    (an invitation, a list opt-in, marketing to subscribers). A sender in
//!    no catalog needs sign-up wording and its own domain authenticated. Mail
//!    that claims a service without its backing is suspected phishing. A
//!    violation needs at least [`Confidence::Medium`]; low-confidence accounts
//!    are reported apart, "to review" ([`Report::to_review`]).
//!
//! # Untrusted input
//!
//! No input makes the library panic; [`Detector::inspect`] also keeps a
//! `catch_unwind` boundary. Each message's cost is bounded by the
//! [`policy::Limits`]: message size (default 50 MiB), header block
//! (256 KiB), MIME depth (20) and parts (100), decoded text scanned
//! (256 KiB) and findings kept (32). A message over a limit is still counted
//! in the report's summary, with the reason.
//!
//! # Privacy
//!
//! Reports carry addresses, services, dates, subjects and Message-IDs.
//! Codes, links and tokens are redacted from subjects; bodies are never
//! copied into reports.
//!
//! # Cargo features
//!
//! - `ledger` (off by default): the audit ledger, module `ledger`
//!   (SQLite or PostgreSQL): findings, account statuses and approvals across
//!   audits, incremental scans, imports, a spool for mail gateways. Without
//!   it the crate links no database.
#![forbid(unsafe_code)]

mod address;
mod approval;
mod auth;
mod bounce;
pub mod catalog;
mod detector;
mod domain;
mod error;
#[cfg(feature = "imap")]
pub mod imap;
#[cfg(feature = "ledger")]
pub mod ledger;
mod mailbox;
mod message;
#[cfg(feature = "tls")]
mod net;
pub mod policy;
pub mod report;
mod rules;
mod scan;
mod security;
pub mod siem;
mod signal;
#[cfg(feature = "smtp")]
pub mod smtp;
mod text;
mod time;
mod verdict;

pub use catalog::{Catalog, Category};
pub use detector::{Detector, Owner};
pub use error::{Error, ErrorKind, Result};
pub use policy::Policy;
pub use report::{Report, write_report};
pub use scan::{Progress, ReadLog, Scan, input_size};
pub use security::{IpList, PasswordCriterion};
pub use verdict::{
    Authentication, Confidence, EventKind, FailReason, Finding, FindingKind, MessageInfo, Outcome,
    RecipientSource, ServiceRef, Signal, SkipReason, Verdict,
};

/// Entry points for the fuzz targets in `fuzz/`, built only with the cargo
/// feature `fuzzing`; not part of the API.
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing {
    /// One message as a splitter sees it: (offset, bytes, oversized size).
    pub type Split = (u64, Vec<u8>, Option<u64>);

    /// Splits `input` as an mbox with the fast splitter.
    pub fn split_fast(input: &[u8], max_message_bytes: usize) -> Vec<Split> {
        crate::mailbox::split_for_tests(input, max_message_bytes)
    }

    /// Inspects with the default detector without the `catch_unwind`
    /// boundary of [`Detector::inspect`](crate::Detector::inspect), so a
    /// fuzzer sees panics.
    pub fn inspect_unguarded(raw: &[u8]) -> crate::Verdict {
        static DETECTOR: std::sync::OnceLock<Option<crate::Detector>> = std::sync::OnceLock::new();
        match DETECTOR.get_or_init(|| crate::Detector::with_defaults().ok()) {
            Some(detector) => detector.inspect_unguarded(raw),
            None => crate::Verdict::failed(
                crate::FailReason::Internal,
                "no detector".into(),
                crate::MessageInfo::default(),
            ),
        }
    }

    /// Splits `input` with the line-by-line reference reader.
    pub fn split_reference(input: &[u8], max_message_bytes: usize) -> Vec<Split> {
        crate::mailbox::mbox::MboxReader::new(input, max_message_bytes)
            .filter_map(Result::ok)
            .map(|m| (m.offset, m.bytes, m.oversized))
            .collect()
    }
}

/// Internal helpers stay out of the public API: the report's time format
/// is not exported, and the fuzz targets' entry points exist only with the
/// feature `fuzzing`.
///
/// ```compile_fail,E0425
/// let _ = govmail_audit::report::timestamp(std::time::SystemTime::now());
/// ```
#[cfg_attr(
    not(feature = "fuzzing"),
    doc = "```compile_fail,E0433\nlet _ = govmail_audit::fuzzing::split_fast(b\"\", 1);\n```"
)]
#[cfg(doctest)]
struct InternalHelpersArePrivate;

/// The README's examples are compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
