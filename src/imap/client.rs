//! A read-only IMAP4rev1 client (RFC 3501): just what a scan needs.
//!
//! Why our own and not a crate: the `imap` crate's stable release ties TLS
//! to OpenSSL (native-tls) and an old parser, and its rustls line is still
//! alpha. The subset needed here is small (AUTHENTICATE PLAIN, LIST,
//! EXAMINE, UID FETCH with `BODY.PEEK[]`), and owning it lets us state that
//! nothing else is ever sent: no SELECT, STORE, EXPUNGE, COPY or APPEND, and
//! bodies only through `BODY.PEEK`, so no `\Seen` flag is ever set.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::sync::Arc;
use std::time::Duration;

use rustls::pki_types::ServerName;
use rustls::{ClientConnection, StreamOwned};

use crate::net::{Stream, base64};

/// Longest response line accepted (literals are counted apart).
const MAX_LINE: usize = 1 << 20;

/// How the connection is secured: TLS from the start (port 993) or after
/// STARTTLS (port 143). There is no clear-text mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Security {
    Tls,
    StartTls,
}

/// Where and how to connect.
pub(crate) struct Endpoint<'a> {
    pub(crate) host: &'a str,
    pub(crate) port: u16,
    pub(crate) security: Security,
    pub(crate) tls: Arc<rustls::ClientConfig>,
    pub(crate) timeout: Duration,
}

/// An error of one IMAP exchange. `Refused` (the server said NO or BAD)
/// is not worth retrying; `Io` (a broken or timed-out connection) is.
#[derive(Debug)]
pub(crate) enum ImapError {
    Io(io::Error),
    Refused(String),
    Protocol(String),
}

impl std::fmt::Display for ImapError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImapError::Io(e) => write!(f, "connection: {e}"),
            ImapError::Refused(text) => write!(f, "server refused: {text}"),
            ImapError::Protocol(text) => write!(f, "unexpected server response: {text}"),
        }
    }
}

impl From<io::Error> for ImapError {
    fn from(error: io::Error) -> Self {
        ImapError::Io(error)
    }
}

type Result<T> = std::result::Result<T, ImapError>;

/// One piece of a response: atoms, strings (quoted or literal), lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Token {
    /// An atom or number (`UID`, `123`, `BODY[]`, `\Seen`, `NIL`).
    Atom(Vec<u8>),
    /// A quoted string or a literal.
    String(Vec<u8>),
    Open,
    Close,
}

/// A whole response (its literals included), and its first line's text
/// for messages.
#[derive(Debug)]
pub(crate) struct Response {
    pub(crate) tokens: Vec<Token>,
    pub(crate) text: String,
}

/// A folder as LIST gives it.
#[derive(Debug, Clone)]
pub(crate) struct Folder {
    /// The name on the wire (modified UTF-7), used in EXAMINE.
    pub(crate) raw: Vec<u8>,
    pub(crate) selectable: bool,
}

/// What EXAMINE tells of a folder.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Examined {
    pub(crate) uid_validity: u32,
    pub(crate) exists: u32,
}

/// One fetched message.
#[derive(Debug)]
pub(crate) struct Fetched {
    pub(crate) uid: u32,
    pub(crate) flags: Vec<String>,
    pub(crate) size: Option<u64>,
    pub(crate) body: Option<Vec<u8>>,
}

/// An authenticated, read-only session.
pub(crate) struct Session {
    reader: BufReader<Stream>,
    tag: u32,
    max_literal: usize,
}

impl Session {
    /// Connects, secures the connection, and reads the greeting.
    pub(crate) fn connect(endpoint: &Endpoint<'_>, max_literal: usize) -> Result<Session> {
        let address = (endpoint.host, endpoint.port)
            .to_socket_addrs()?
            .next()
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "host name has no address"))?;
        let tcp = TcpStream::connect_timeout(&address, endpoint.timeout)?;
        tcp.set_read_timeout(Some(endpoint.timeout))?;
        tcp.set_write_timeout(Some(endpoint.timeout))?;
        let name = ServerName::try_from(endpoint.host.to_string()).map_err(|e| {
            ImapError::Io(io::Error::new(io::ErrorKind::InvalidInput, e.to_string()))
        })?;
        let secure = |tcp: TcpStream| -> Result<Stream> {
            let connection = ClientConnection::new(endpoint.tls.clone(), name.clone())
                .map_err(|e| ImapError::Io(io::Error::other(e)))?;
            Ok(Stream::Tls(Box::new(StreamOwned::new(connection, tcp))))
        };
        let mut session = Session {
            reader: BufReader::new(match endpoint.security {
                Security::Tls => secure(tcp)?,
                Security::StartTls => Stream::Plain(tcp),
            }),
            tag: 0,
            max_literal,
        };
        let greeting = session.read_response()?;
        if !greeting.text.starts_with("* OK") && !greeting.text.starts_with("* PREAUTH") {
            return Err(ImapError::Refused(greeting.text));
        }
        if endpoint.security == Security::StartTls {
            session.command(b"STARTTLS", |_| Ok(()))?;
            // The server waits for the handshake: nothing can be buffered.
            if !session.reader.buffer().is_empty() {
                return Err(ImapError::Protocol("data after STARTTLS".into()));
            }
            let Stream::Plain(tcp) = session.reader.into_inner() else {
                return Err(ImapError::Protocol("STARTTLS on a TLS connection".into()));
            };
            session.reader = BufReader::new(secure(tcp)?);
        }
        Ok(session)
    }

    /// AUTHENTICATE PLAIN (RFC 4616): `authzid` is the account to act as
    /// (empty for one's own), `authcid` and `password` who logs in.
    pub(crate) fn authenticate_plain(
        &mut self,
        authzid: &str,
        authcid: &str,
        password: &str,
    ) -> Result<()> {
        let mut plain = Vec::new();
        plain.extend_from_slice(authzid.as_bytes());
        plain.push(0);
        plain.extend_from_slice(authcid.as_bytes());
        plain.push(0);
        plain.extend_from_slice(password.as_bytes());
        let tag = self.next_tag();
        self.send(&[tag.as_bytes(), b" AUTHENTICATE PLAIN\r\n"].concat())?;
        loop {
            let response = self.read_response()?;
            if response.text.starts_with('+') {
                self.send(&[base64(&plain).as_bytes(), b"\r\n"].concat())?;
                continue;
            }
            if let Some(done) = tagged(&response.text, &tag) {
                return done;
            }
        }
    }

    /// Every folder of the account (LIST "" "*").
    pub(crate) fn list(&mut self) -> Result<Vec<Folder>> {
        let mut folders = Vec::new();
        self.command(b"LIST \"\" \"*\"", |response| {
            if let [_, Token::Atom(kind), Token::Open, rest @ ..] = response.tokens.as_slice() {
                if !kind.eq_ignore_ascii_case(b"LIST") {
                    return Ok(());
                }
                let close = rest
                    .iter()
                    .position(|t| *t == Token::Close)
                    .ok_or_else(|| ImapError::Protocol(response.text.clone()))?;
                let (flags, after) = rest.split_at(close);
                let selectable = !flags.iter().any(|flag| {
                    matches!(flag, Token::Atom(f)
                        if f.eq_ignore_ascii_case(b"\\Noselect") || f.eq_ignore_ascii_case(b"\\NonExistent"))
                });
                // After `)`: the delimiter, then the name.
                let name = match after.get(2) {
                    Some(Token::Atom(name) | Token::String(name)) => name.clone(),
                    _ => return Err(ImapError::Protocol(response.text.clone())),
                };
                folders.push(Folder {
                    raw: name,
                    selectable,
                });
            }
            Ok(())
        })?;
        Ok(folders)
    }

    /// EXAMINE: opens a folder read-only.
    pub(crate) fn examine(&mut self, raw_name: &[u8]) -> Result<Examined> {
        let mut command = b"EXAMINE ".to_vec();
        command.extend_from_slice(&quoted(raw_name));
        let mut uid_validity = None;
        let mut exists = 0;
        self.command(&command, |response| {
            if let Some(at) = response.text.find("[UIDVALIDITY ") {
                let digits: String = response.text[at + 13..]
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                uid_validity = digits.parse().ok();
            }
            if let [_, Token::Atom(count), Token::Atom(word)] = response.tokens.as_slice() {
                if word.eq_ignore_ascii_case(b"EXISTS") {
                    exists = number(count).unwrap_or(0);
                }
            }
            Ok(())
        })?;
        let uid_validity = uid_validity
            .ok_or_else(|| ImapError::Protocol("EXAMINE gave no UIDVALIDITY".into()))?;
        Ok(Examined {
            uid_validity,
            exists,
        })
    }

    /// UID FETCH of `items` for the UIDs in `set` (e.g. `1:*`, `4,7,9`).
    /// Only read-only items are ever asked for (see the callers).
    pub(crate) fn uid_fetch(&mut self, set: &str, items: &str) -> Result<Vec<Fetched>> {
        let command = format!("UID FETCH {set} ({items})");
        let mut fetched = Vec::new();
        self.command(command.as_bytes(), |response| {
            if let [_, Token::Atom(_), Token::Atom(word), Token::Open, rest @ ..] =
                response.tokens.as_slice()
            {
                if word.eq_ignore_ascii_case(b"FETCH") {
                    fetched.push(parse_fetch(rest, &response.text)?);
                }
            }
            Ok(())
        })?;
        Ok(fetched)
    }

    /// LOGOUT, politely; errors do not matter any more.
    pub(crate) fn logout(mut self) {
        let _ = self.command(b"LOGOUT", |_| Ok(()));
    }

    fn next_tag(&mut self) -> String {
        self.tag += 1;
        format!("g{}", self.tag)
    }

    fn send(&mut self, bytes: &[u8]) -> Result<()> {
        let stream = self.reader.get_mut();
        stream.write_all(bytes)?;
        stream.flush()?;
        Ok(())
    }

    /// Sends a command; hands every untagged response to `each` until the
    /// tagged one, which must be OK.
    fn command(
        &mut self,
        command: &[u8],
        mut each: impl FnMut(&Response) -> Result<()>,
    ) -> Result<()> {
        let tag = self.next_tag();
        self.send(&[tag.as_bytes(), b" ", command, b"\r\n"].concat())?;
        loop {
            let response = self.read_response()?;
            if let Some(done) = tagged(&response.text, &tag) {
                return done;
            }
            if response.text.starts_with("* BYE") {
                return Err(ImapError::Refused(response.text));
            }
            each(&response)?;
        }
    }

    /// Reads one response: a line, and the literals it announces with the
    /// lines that follow them.
    fn read_response(&mut self) -> Result<Response> {
        let mut tokens = Vec::new();
        let mut text = String::new();
        loop {
            let line = self.read_line()?;
            if text.is_empty() {
                text = String::from_utf8_lossy(&line).into_owned();
            }
            let literal = literal_size(&line);
            let end = match literal {
                Some((_, start)) => start,
                None => line.len(),
            };
            tokenize(line.get(..end).unwrap_or_default(), &mut tokens);
            let Some((size, _)) = literal else {
                return Ok(Response { tokens, text });
            };
            if size > self.max_literal {
                return Err(ImapError::Protocol(format!(
                    "a literal of {size} bytes, more than the {} allowed",
                    self.max_literal
                )));
            }
            let mut bytes = vec![0; size];
            self.reader.read_exact(&mut bytes)?;
            tokens.push(Token::String(bytes));
        }
    }

    /// One line without its CRLF, bounded.
    fn read_line(&mut self) -> Result<Vec<u8>> {
        let mut line = Vec::new();
        let read = (&mut self.reader)
            .take(MAX_LINE as u64 + 2)
            .read_until(b'\n', &mut line)?;
        if read == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "server closed the connection",
            )
            .into());
        }
        if line.last() != Some(&b'\n') {
            return Err(ImapError::Protocol("response line too long".into()));
        }
        line.pop();
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        Ok(line)
    }
}

/// The outcome of a tagged response line for `tag`, or None for another.
fn tagged(text: &str, tag: &str) -> Option<Result<()>> {
    let rest = text.strip_prefix(tag)?.strip_prefix(' ')?;
    let upper = rest.get(..3).unwrap_or(rest).to_ascii_uppercase();
    Some(if upper.starts_with("OK") {
        Ok(())
    } else {
        Err(ImapError::Refused(rest.to_string()))
    })
}

/// `{123}` or `{123+}` at the end of a line: the size and where it starts.
fn literal_size(line: &[u8]) -> Option<(usize, usize)> {
    let body = line.strip_suffix(b"}")?;
    let open = body.iter().rposition(|&b| b == b'{')?;
    let digits = body.get(open + 1..)?;
    let digits = digits.strip_suffix(b"+").unwrap_or(digits);
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some((std::str::from_utf8(digits).ok()?.parse().ok()?, open))
}

/// Splits response text into tokens (atoms, quoted strings, parentheses).
fn tokenize(text: &[u8], tokens: &mut Vec<Token>) {
    let mut i = 0;
    while let Some(&byte) = text.get(i) {
        match byte {
            b' ' => i += 1,
            b'(' => {
                tokens.push(Token::Open);
                i += 1;
            }
            b')' => {
                tokens.push(Token::Close);
                i += 1;
            }
            b'"' => {
                let mut value = Vec::new();
                i += 1;
                while let Some(&c) = text.get(i) {
                    i += 1;
                    match c {
                        b'\\' => {
                            if let Some(&escaped) = text.get(i) {
                                value.push(escaped);
                                i += 1;
                            }
                        }
                        b'"' => break,
                        _ => value.push(c),
                    }
                }
                tokens.push(Token::String(value));
            }
            _ => {
                // An atom; `[...]` sections (BODY[], [UIDVALIDITY 1]) stay
                // whole, spaces included.
                let start = i;
                let mut depth = 0usize;
                while let Some(&c) = text.get(i) {
                    match c {
                        b'[' => depth += 1,
                        b']' => depth = depth.saturating_sub(1),
                        b' ' | b'(' | b')' if depth == 0 => break,
                        _ => {}
                    }
                    i += 1;
                }
                tokens.push(Token::Atom(text.get(start..i).unwrap_or_default().to_vec()));
            }
        }
    }
}

/// The items of one FETCH response, after its `(`.
fn parse_fetch(mut items: &[Token], text: &str) -> Result<Fetched> {
    let bad = || ImapError::Protocol(text.chars().take(200).collect());
    let mut fetched = Fetched {
        uid: 0,
        flags: Vec::new(),
        size: None,
        body: None,
    };
    while let [Token::Atom(name), value, rest @ ..] = items {
        let name = name.to_ascii_uppercase();
        items = rest;
        match (name.as_slice(), value) {
            (b"UID", Token::Atom(n)) => fetched.uid = number(n).ok_or_else(bad)?,
            (b"RFC822.SIZE", Token::Atom(n)) => {
                fetched.size = Some(u64::from(number(n).ok_or_else(bad)?))
            }
            (b"BODY[]", Token::String(bytes)) => fetched.body = Some(bytes.clone()),
            (b"BODY[]", Token::Atom(nil)) if nil.eq_ignore_ascii_case(b"NIL") => {}
            (b"FLAGS", Token::Open) => {
                let close = items
                    .iter()
                    .position(|t| *t == Token::Close)
                    .ok_or_else(bad)?;
                let (flags, after) = items.split_at(close);
                fetched.flags = flags
                    .iter()
                    .filter_map(|f| match f {
                        Token::Atom(f) => Some(String::from_utf8_lossy(f).into_owned()),
                        _ => None,
                    })
                    .collect();
                items = after.get(1..).unwrap_or_default();
            }
            (_, Token::Open) => {
                // An item we did not ask for, with a list value: skip it.
                let mut depth = 1usize;
                while depth > 0 {
                    let [token, rest @ ..] = items else {
                        return Err(bad());
                    };
                    match token {
                        Token::Open => depth += 1,
                        Token::Close => depth -= 1,
                        _ => {}
                    }
                    items = rest;
                }
            }
            _ => {}
        }
    }
    if fetched.uid == 0 {
        return Err(bad());
    }
    Ok(fetched)
}

fn number(digits: &[u8]) -> Option<u32> {
    std::str::from_utf8(digits).ok()?.parse().ok()
}

/// A folder name as a quoted string (names with line breaks do not occur:
/// LIST gives them as literals, and they are passed on quoted, escaped).
fn quoted(raw: &[u8]) -> Vec<u8> {
    let mut out = vec![b'"'];
    for &b in raw {
        if b == b'"' || b == b'\\' {
            out.push(b'\\');
        }
        out.push(b);
    }
    out.push(b'"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::base64;

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
    }

    #[test]
    fn literals_and_tokens() {
        assert_eq!(
            literal_size(b"* 1 FETCH (UID 5 BODY[] {42}"),
            Some((42, 24))
        );
        assert_eq!(literal_size(b"* LIST () \".\" {3+}"), Some((3, 14)));
        assert_eq!(literal_size(b"* OK {x}"), None);
        let mut tokens = Vec::new();
        tokenize(
            b"* LIST (\\HasNoChildren) \".\" \"Th&AbA-ng b\\\"o\"",
            &mut tokens,
        );
        assert_eq!(
            tokens,
            vec![
                Token::Atom(b"*".to_vec()),
                Token::Atom(b"LIST".to_vec()),
                Token::Open,
                Token::Atom(b"\\HasNoChildren".to_vec()),
                Token::Close,
                Token::String(b".".to_vec()),
                Token::String(b"Th&AbA-ng b\"o".to_vec()),
            ]
        );
    }

    #[test]
    fn fetch_items_in_any_order() {
        let mut tokens = Vec::new();
        tokenize(b"FLAGS (\\Seen $Label1) BODY[]", &mut tokens);
        tokens.push(Token::String(b"Subject: x\r\n\r\n".to_vec()));
        tokenize(b"UID 17 MODSEQ (5))", &mut tokens);
        let fetched = parse_fetch(&tokens, "").unwrap();
        assert_eq!(fetched.uid, 17);
        assert_eq!(fetched.flags, ["\\Seen", "$Label1"]);
        assert_eq!(fetched.body.as_deref(), Some(&b"Subject: x\r\n\r\n"[..]));
    }
}
