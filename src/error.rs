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

/// The largest policy or catalog file read (16 MiB; the built-in catalog
/// is under 100 KiB).
pub(crate) const MAX_CONFIG_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Reads a UTF-8 text file (a policy or catalog) of at most
/// [`MAX_CONFIG_FILE_BYTES`]; errors name the file.
pub(crate) fn read_text_file(path: &std::path::Path) -> Result<String> {
    let bytes = read_file_up_to(path, MAX_CONFIG_FILE_BYTES)?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        Error::new(
            ErrorKind::Io,
            format!("{}: not UTF-8 text (at byte {at})", path.display()),
        )
        .with_source(e)
    })
}

/// Reads a whole file of at most `limit` bytes: a larger one (or an endless
/// one, such as `/dev/zero`) is an error naming the limit, after reading no
/// more than the limit.
pub(crate) fn read_file_up_to(path: &std::path::Path, limit: u64) -> Result<Vec<u8>> {
    use std::io::Read;
    let io_error = |e: std::io::Error| {
        Error::new(ErrorKind::Io, format!("{}: {e}", path.display())).with_source(e)
    };
    let too_large = || {
        Error::new(
            ErrorKind::Io,
            format!(
                "{}: larger than {} MiB, the most read for this kind of file",
                path.display(),
                limit / (1024 * 1024)
            ),
        )
    };
    let file = std::fs::File::open(path).map_err(io_error)?;
    if file
        .metadata()
        .is_ok_and(|m| m.is_file() && m.len() > limit)
    {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// The error of a TOML document (policy or catalog) as
/// `origin:line:column: message`, then the offending line with a caret
/// under the column, so a mistake is found without counting lines.
pub(crate) fn toml_error(
    kind: ErrorKind,
    origin: &str,
    text: &str,
    error: toml::de::Error,
) -> Error {
    let message = error.message().trim().to_string();
    let Some(span) = error.span() else {
        return Error::new(kind, format!("{origin}: {message}")).with_source(error);
    };
    let (line, column, line_text) = text_position(text, span.start);
    // A long line is shown around the column, not whole.
    const SHOWN: usize = 120;
    let skip = column.saturating_sub(SHOWN / 2 + 1);
    let shown: String = line_text.chars().skip(skip).take(SHOWN).collect();
    let caret = " ".repeat(column - 1 - skip);
    Error::new(
        kind,
        format!("{origin}:{line}:{column}: {message}\n  | {shown}\n  | {caret}^"),
    )
    .with_source(error)
}

/// The 1-based line and column (in characters) of byte `offset` in `text`,
/// and that line's text.
fn text_position(text: &str, offset: usize) -> (usize, usize, &str) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = text.get(..offset).unwrap_or_default();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line_end = text
        .get(offset..)
        .and_then(|rest| rest.find('\n'))
        .map_or(text.len(), |i| offset + i);
    let line = before.matches('\n').count() + 1;
    let column = before.get(line_start..).unwrap_or_default().chars().count() + 1;
    let line_text = text.get(line_start..line_end).unwrap_or_default();
    (line, column, line_text.trim_end_matches('\r'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_errors_give_line_column_and_the_line() {
        let text = "[official]\ndomains = [\"a.gov.vn\",\n  42]\n";
        let error = toml::from_str::<toml::Table>("x = 1\ny = = 2\n").err();
        let error = error.map(|e| toml_error(ErrorKind::Policy, "p.toml", "x = 1\ny = = 2\n", e));
        let shown = error.map(|e| e.to_string()).unwrap_or_default();
        assert!(shown.contains("p.toml:2:5: "), "{shown}");
        assert!(shown.contains("  | y = = 2\n  |     ^"), "{shown}");
        assert_eq!(text_position(text, 36), (3, 3, "  42]"));
        assert_eq!(text_position("ư = 1", 3), (1, 3, "ư = 1"));
    }
}
