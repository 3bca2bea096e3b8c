//! placeholder docs
#![forbid(unsafe_code)]

mod address;
mod auth;
pub mod catalog;
mod classify;
mod detector;
mod domain;
mod error;
mod message;
pub mod policy;
mod text;
mod time;
mod verdict;

pub use catalog::{Catalog, Category};
pub use detector::{Detector, Owner};
pub use error::{Error, ErrorKind, Result};
pub use policy::Policy;
pub use verdict::{
    Authentication, Confidence, EventKind, Finding, FindingKind, MessageInfo, Outcome,
    RecipientSource, ServiceRef, SkipReason, Verdict,
};
mod mailbox;
pub mod report;
mod scan;

pub use report::{Report, write_report};
pub use scan::Scan;
