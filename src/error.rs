//! The crate's error type.

use std::fmt;

/// What went wrong, for callers that need to react differently to each case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A file or stream could not be opened or read.
    Io,
    /// A policy file or setting is invalid.
    Policy,
    /// A service catalog is invalid.
    Catalog,
    /// An event rules file is invalid.
    Rules,
    /// An input is not in a format the scanner can read.
    Format,
    /// An internal failure (a bug); the message that caused it is named.
    Internal,
    /// The audit ledger (feature `ledger`) cannot be opened, read or written.
    Ledger,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ErrorKind::Io => "i/o error",
            ErrorKind::Policy => "invalid policy",
            ErrorKind::Catalog => "invalid catalog",
            ErrorKind::Rules => "invalid rules",
            ErrorKind::Format => "unreadable input",
            ErrorKind::Internal => "internal error",
            ErrorKind::Ledger => "ledger error",
        })
    }
}

/// An error: its kind, a message naming the file (and position) involved,
/// and the underlying cause where there is one.
#[derive(Debug, thiserror::Error)]
#[error("{kind}: {message}")]
pub struct Error {
    kind: ErrorKind,
    message: String,
    #[source]
    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            source: None,
        }
    }

    pub(crate) fn with_source(
        mut self,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        self.source = Some(Box::new(source));
        self
    }

    /// The kind of failure.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
}

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Reads a UTF-8 text file (a policy or catalog); errors name the file.
pub(crate) fn read_text_file(path: &std::path::Path) -> Result<String> {
    std::fs::read_to_string(path)
        .map_err(|e| Error::new(ErrorKind::Io, format!("{}: {e}", path.display())).with_source(e))
}
