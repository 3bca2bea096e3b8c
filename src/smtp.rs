//! Sending the notices (feature `smtp`): each person's notice and each head
//! of unit's summary, over SMTP submission (STARTTLS and authentication),
//! at a bounded rate, with a record of what was sent. A dry run (the
//! default of the scanner's `--send-notices`) connects to nothing and
//! records what would have been sent.
//!
//! The SMTP dialogue is our own, like the IMAP one: EHLO, STARTTLS, AUTH
//! PLAIN, MAIL, RCPT, DATA, QUIT, a few dozen lines that a crate would not
//! make shorter.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use rustls::pki_types::ServerName;
use rustls::{ClientConnection, StreamOwned};
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};
use crate::net::{Stream, base64, explain_tls};
use crate::report::{Format, Lang, Report, notices, write_report};

/// The submission server, the sender, the heads of units and the pace,
/// read from a TOML file (see the README's "Sending the notices").
#[derive(Clone)]
pub struct SmtpConfig {
    host: String,
    port: u16,
    security: SecurityName,
    login: Option<(String, String)>,
    tls: Arc<rustls::ClientConfig>,
    from: String,
    heads: BTreeMap<String, String>,
    per_minute: u32,
    record: PathBuf,
    timeout: Duration,
}

impl std::fmt::Debug for SmtpConfig {
    // Never shows the password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpConfig")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("from", &self.from)
            .finish_non_exhaustive()
    }
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
enum SecurityName {
    /// Submission on port 587, STARTTLS required.
    #[default]
    StartTls,
    /// TLS from the start (port 465).
    Tls,
    /// No TLS: allowed only to a server on this machine (a local relay).
    None,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    host: String,
    port: Option<u16>,
    #[serde(default)]
    security: SecurityName,
    ca_file: Option<PathBuf>,
    user: Option<String>,
    password_file: Option<PathBuf>,
    password_env: Option<String>,
    from: String,
    #[serde(default = "default_rate")]
    per_minute: u32,
    record: PathBuf,
    #[serde(default = "default_timeout")]
    timeout_seconds: u64,
    /// Unit → the head's address.
    #[serde(default)]
    heads: BTreeMap<String, String>,
}

fn default_rate() -> u32 {
    30
}

fn default_timeout() -> u64 {
    30
}

impl SmtpConfig {
    /// Reads the configuration and the password it points to; errors name
    /// the file. Relative paths start from the file's folder.
    pub fn from_file(path: &Path) -> Result<SmtpConfig> {
        let origin = path.display().to_string();
        let invalid =
            |message: String| Error::new(ErrorKind::Format, format!("{origin}: {message}"));
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::new(ErrorKind::Io, format!("{origin}: {e}")))?;
        let file: ConfigFile = toml::from_str(&text).map_err(|e| invalid(e.to_string()))?;
        let base = path.parent().unwrap_or(Path::new("."));
        let resolve = |p: &Path| {
            if p.is_absolute() {
                p.to_path_buf()
            } else {
                base.join(p)
            }
        };
        let password = match (&file.password_file, &file.password_env) {
            (Some(file), None) => {
                let file = resolve(file);
                let text = std::fs::read_to_string(&file).map_err(|e| {
                    Error::new(ErrorKind::Io, format!("{} (password): {e}", file.display()))
                })?;
                Some(text.lines().next().unwrap_or_default().to_string())
            }
            (None, Some(variable)) => Some(std::env::var(variable).map_err(|_| {
                invalid(format!(
                    "the environment variable {variable} (password) is not set"
                ))
            })?),
            (None, None) => None,
            (Some(_), Some(_)) => {
                return Err(invalid("give one of password_file and password_env".into()));
            }
        };
        let login = match (file.user, password) {
            (Some(user), Some(password)) => Some((user, password)),
            (None, None) => None,
            _ => return Err(invalid("user and a password go together".into())),
        };
        if file.security == SecurityName::None && !is_loopback(&file.host) {
            return Err(invalid(format!(
                "security = \"none\" is only allowed to a server on this machine, not {}",
                file.host
            )));
        }
        if file.per_minute == 0 {
            return Err(invalid("per_minute must be at least 1".into()));
        }
        let port = file.port.unwrap_or(match file.security {
            SecurityName::Tls => 465,
            SecurityName::StartTls => 587,
            SecurityName::None => 25,
        });
        let tls = crate::net::tls_config(file.ca_file.as_deref().map(resolve).as_deref(), &origin)?;
        Ok(SmtpConfig {
            host: file.host,
            port,
            security: file.security,
            login,
            tls,
            from: file.from,
            heads: file.heads,
            per_minute: file.per_minute,
            record: resolve(&file.record),
            timeout: Duration::from_secs(file.timeout_seconds.max(1)),
        })
    }

    /// The record file (JSON Lines) of what was sent.
    pub fn record(&self) -> &Path {
        &self.record
    }
}

fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// One mail to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    /// `person` (a notice) or `head` (a unit's summary).
    pub kind: &'static str,
    /// The recipient.
    pub to: String,
    /// The unit, for a head's summary or when the directory names it.
    pub unit: Option<String>,
    /// The subject (UTF-8).
    pub subject: String,
    /// The text part.
    pub text: String,
    /// The HTML part.
    pub html: String,
    /// An attached file: its name and content (the unit's page).
    pub attachment: Option<(String, Vec<u8>)>,
}

/// The mails a report calls for: one notice per person with violations,
/// and one summary per unit that has a head in `config`, with the unit's
/// own HTML page attached.
pub fn outgoing(report: &Report, lang: Lang, config: &SmtpConfig) -> Result<Vec<Outgoing>> {
    let subject = match lang {
        Lang::Vi => "Thông báo: thư công vụ được dùng để đăng ký dịch vụ bên ngoài",
        Lang::En => "Notice: your official address was used to sign up for outside services",
    };
    let mut out: Vec<Outgoing> = notices(report, lang)
        .into_iter()
        .map(|notice| Outgoing {
            kind: "person",
            to: notice.address,
            unit: notice.unit,
            subject: subject.to_string(),
            text: notice.text,
            html: notice.html,
            attachment: None,
        })
        .collect();
    for unit in report.unit_names() {
        let Some(head) = config.heads.get(&unit) else {
            continue;
        };
        let part = report.for_unit(&unit);
        if part.summary.violations == 0 {
            continue;
        }
        let mut page = Vec::new();
        write_report(&part, Format::Html, lang, &mut page)?;
        let (subject, text) = head_summary(&part, &unit, lang);
        let html = format!(
            "<!DOCTYPE html><html lang=\"{}\"><meta charset=\"utf-8\"><pre>{}</pre></html>",
            lang.code(),
            text.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
        );
        out.push(Outgoing {
            kind: "head",
            to: head.clone(),
            unit: Some(unit.clone()),
            subject,
            text,
            html,
            attachment: Some((format!("{}.html", ascii_name(&unit)), page)),
        });
    }
    Ok(out)
}

/// A head of unit's summary: who holds which violating accounts.
fn head_summary(part: &Report, unit: &str, lang: Lang) -> (String, String) {
    let mut people: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for record in part.accounts.iter().filter(|r| r.violation) {
        let who = match &record.person {
            Some(name) => format!("{name} <{}>", record.address),
            None => record.address.clone(),
        };
        people
            .entry(who)
            .or_default()
            .push(record.service.name.clone());
    }
    let lines: Vec<String> = people
        .iter()
        .map(|(who, services)| format!("  - {who}: {}", services.join(", ")))
        .collect();
    match lang {
        Lang::Vi => (
            format!("Kết quả rà soát thư công vụ: {unit}"),
            format!(
                "Kính gửi Thủ trưởng đơn vị {unit},\n\n\
                 Qua rà soát hộp thư công vụ, {} tài khoản của {} cán bộ thuộc đơn vị đã đăng ký \
                 dịch vụ bên ngoài bằng địa chỉ thư công vụ, trái quy định:\n\n{}\n\n\
                 Mỗi cán bộ đã nhận thông báo riêng. Chi tiết và bằng chứng: xem tệp đính kèm \
                 (mở bằng trình duyệt). Đề nghị đơn vị đôn đốc thực hiện.\n",
                part.summary.violations,
                people.len(),
                lines.join("\n")
            ),
        ),
        Lang::En => (
            format!("Official mail audit: {unit}"),
            format!(
                "To the head of {unit},\n\n\
                 The audit of official mailboxes found {} accounts of {} staff of the unit \
                 registered at outside services with an official address, against the rules:\n\n{}\n\n\
                 Each person has been sent a notice. Details and evidence: see the attached page \
                 (open it in a browser). Please see that they act on it.\n",
                part.summary.violations,
                people.len(),
                lines.join("\n")
            ),
        ),
    }
}

fn ascii_name(text: &str) -> String {
    let folded = crate::text::fold(text);
    let name: String = folded
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let name = name.trim_matches('-').to_string();
    if name.is_empty() { "unit".into() } else { name }
}

/// One line of the record: what was (or would have been) sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sent {
    /// When.
    pub time: String,
    /// `person` or `head`.
    pub kind: String,
    /// The recipient.
    pub to: String,
    /// The unit, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The subject.
    pub subject: String,
    /// The Message-ID given to the mail.
    pub message_id: String,
    /// A digest of the text: the same notice is never sent twice.
    pub digest: String,
    /// `sent`, `dry_run`, `already_sent` or `failed`.
    pub status: String,
    /// Why it failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// Sends the mails (or, with `dry_run`, only records them), at most
/// `per_minute` a minute, skipping any mail the record shows as already
/// sent with the same text; appends every outcome to the record file and
/// returns them. A mail refused by the server is recorded as failed and
/// the others go on; a server that cannot be reached is an error.
pub fn send(config: &SmtpConfig, mails: &[Outgoing], dry_run: bool) -> Result<Vec<Sent>> {
    let io = |e: io::Error| Error::new(ErrorKind::Io, format!("{}: {e}", config.record.display()));
    let already: BTreeSet<(String, String)> = match std::fs::read_to_string(&config.record) {
        Ok(text) => text
            .lines()
            .filter_map(|line| serde_json::from_str::<Sent>(line).ok())
            .filter(|sent| sent.status == "sent")
            .map(|sent| (sent.to, sent.digest))
            .collect(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => BTreeSet::new(),
        Err(e) => return Err(io(e)),
    };
    let mut record = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&config.record)
        .map_err(io)?;
    let mut session = None;
    let pause = Duration::from_millis(60_000 / u64::from(config.per_minute));
    let mut results = Vec::new();
    let mut last_sent: Option<std::time::Instant> = None;
    for (n, mail) in mails.iter().enumerate() {
        let digest = digest(&mail.text);
        let message_id = format!(
            "<govmail-audit.{}.{n}.{}@{}>",
            unix_now(),
            &digest[..8.min(digest.len())],
            mail_domain(&config.from)
        );
        let mut sent = Sent {
            time: crate::time::timestamp(SystemTime::now()),
            kind: mail.kind.to_string(),
            to: mail.to.clone(),
            unit: mail.unit.clone(),
            subject: mail.subject.clone(),
            message_id: message_id.clone(),
            digest: digest.clone(),
            status: "dry_run".into(),
            error: None,
        };
        if already.contains(&(mail.to.clone(), digest)) {
            sent.status = "already_sent".into();
        } else if !dry_run {
            if let Some(at) = last_sent {
                let waited = at.elapsed();
                if waited < pause {
                    std::thread::sleep(pause - waited);
                }
            }
            if session.is_none() {
                session = Some(Session::connect(config).map_err(|e| {
                    Error::new(
                        ErrorKind::Io,
                        format!("SMTP {}:{}: {}", config.host, config.port, explain_tls(e)),
                    )
                })?);
            }
            let message = compose(config, mail, &message_id);
            let outcome = match session.as_mut() {
                Some(session) => session.send(&config.from, &mail.to, &message),
                None => Err(io::Error::other("no session")),
            };
            last_sent = Some(std::time::Instant::now());
            match outcome {
                Ok(()) => sent.status = "sent".into(),
                Err(error) => {
                    sent.status = "failed".into();
                    sent.error = Some(error.to_string());
                }
            }
        }
        let mut line = serde_json::to_string(&sent)
            .map_err(|e| Error::new(ErrorKind::Internal, e.to_string()))?;
        line.push('\n');
        record.write_all(line.as_bytes()).map_err(io)?;
        results.push(sent);
    }
    if let Some(session) = session {
        session.quit();
    }
    Ok(results)
}

/// FNV-1a of the text, as hex: enough to tell one notice's text from
/// another's.
fn digest(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn mail_domain(address: &str) -> &str {
    address
        .rsplit_once('@')
        .map_or("localhost", |(_, domain)| domain.trim_end_matches('>'))
}

/// The message: text and HTML alternatives (base64, UTF-8), the
/// attachment if any, and an RFC 2047 subject.
fn compose(config: &SmtpConfig, mail: &Outgoing, message_id: &str) -> Vec<u8> {
    let boundary = format!("govmail-{}", digest(message_id));
    let mut out = String::new();
    out.push_str(&format!("From: {}\r\n", config.from));
    out.push_str(&format!("To: {}\r\n", mail.to));
    out.push_str(&format!(
        "Subject: =?UTF-8?B?{}?=\r\n",
        base64(mail.subject.as_bytes())
    ));
    out.push_str(&format!("Date: {}\r\n", rfc5322_date(unix_now())));
    out.push_str(&format!("Message-ID: {message_id}\r\n"));
    out.push_str("MIME-Version: 1.0\r\nAuto-Submitted: auto-generated\r\n");
    out.push_str(&format!(
        "Content-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\n"
    ));
    let alternative = format!("{boundary}-alt");
    out.push_str(&format!(
        "--{boundary}\r\nContent-Type: multipart/alternative; boundary=\"{alternative}\"\r\n\r\n"
    ));
    for (kind, body) in [("plain", &mail.text), ("html", &mail.html)] {
        out.push_str(&format!(
            "--{alternative}\r\nContent-Type: text/{kind}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        ));
        out.push_str(&wrapped_base64(body.as_bytes()));
    }
    out.push_str(&format!("--{alternative}--\r\n"));
    if let Some((name, bytes)) = &mail.attachment {
        out.push_str(&format!(
            "--{boundary}\r\nContent-Type: text/html; charset=utf-8; name=\"{name}\"\r\n\
             Content-Disposition: attachment; filename=\"{name}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        ));
        out.push_str(&wrapped_base64(bytes));
    }
    out.push_str(&format!("--{boundary}--\r\n"));
    out.into_bytes()
}

fn wrapped_base64(bytes: &[u8]) -> String {
    let encoded = base64(bytes);
    let mut out = String::with_capacity(encoded.len() + encoded.len() / 76 * 2 + 2);
    for chunk in encoded.as_bytes().chunks(76) {
        out.push_str(&String::from_utf8_lossy(chunk));
        out.push_str("\r\n");
    }
    out
}

/// `Wed, 02 Dec 2026 07:26:00 +0000`.
fn rfc5322_date(unix: u64) -> String {
    let seconds = i64::try_from(unix).unwrap_or(0);
    let (year, month, day, hour, minute) = crate::time::civil_from_unix(seconds, 0);
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
        .get(usize::try_from(seconds.div_euclid(86_400).rem_euclid(7)).unwrap_or(0))
        .copied()
        .unwrap_or("Thu");
    let month_name = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .get(usize::try_from(month - 1).unwrap_or(0))
    .copied()
    .unwrap_or("Jan");
    format!(
        "{weekday}, {day:02} {month_name} {year:04} {hour:02}:{minute:02}:{:02} +0000",
        seconds.rem_euclid(60)
    )
}

/// An SMTP submission session.
struct Session {
    reader: BufReader<Stream>,
}

impl Session {
    fn connect(config: &SmtpConfig) -> io::Result<Session> {
        let address = (config.host.as_str(), config.port)
            .to_socket_addrs()?
            .next()
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "host name has no address"))?;
        let tcp = TcpStream::connect_timeout(&address, config.timeout)?;
        tcp.set_read_timeout(Some(config.timeout))?;
        tcp.set_write_timeout(Some(config.timeout))?;
        let secure = |tcp: TcpStream| -> io::Result<Stream> {
            let name = ServerName::try_from(config.host.clone())
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e.to_string()))?;
            let connection =
                ClientConnection::new(config.tls.clone(), name).map_err(io::Error::other)?;
            Ok(Stream::Tls(Box::new(StreamOwned::new(connection, tcp))))
        };
        let stream = match config.security {
            SecurityName::Tls => secure(tcp)?,
            _ => Stream::Plain(tcp),
        };
        let mut session = Session {
            reader: BufReader::new(stream),
        };
        session.expect(220)?;
        let helo = format!("EHLO {}\r\n", mail_domain(&config.from));
        let mut capabilities = session.command(&helo, 250)?;
        if config.security == SecurityName::StartTls {
            if !capabilities
                .iter()
                .any(|c| c.eq_ignore_ascii_case("STARTTLS"))
            {
                return Err(io::Error::other("the server does not offer STARTTLS"));
            }
            session.command("STARTTLS\r\n", 220)?;
            let Stream::Plain(tcp) = session.reader.into_inner() else {
                return Err(io::Error::other("STARTTLS on a TLS connection"));
            };
            session = Session {
                reader: BufReader::new(secure(tcp)?),
            };
            capabilities = session.command(&helo, 250)?;
        }
        if let Some((user, password)) = &config.login {
            let mechanisms = auth_mechanisms(&capabilities);
            if mechanisms.is_empty() {
                return Err(io::Error::other("the server offers no authentication"));
            }
            let failed = |e: io::Error| {
                io::Error::new(e.kind(), format!("authentication as {user} failed: {e}"))
            };
            if mechanisms.iter().any(|m| m == "PLAIN") {
                let plain = format!("\0{user}\0{password}");
                session
                    .command(&format!("AUTH PLAIN {}\r\n", base64(plain.as_bytes())), 235)
                    .map_err(failed)?;
            } else if mechanisms.iter().any(|m| m == "LOGIN") {
                // Servers that offer only LOGIN (Microsoft 365 among them).
                session.command("AUTH LOGIN\r\n", 334).map_err(failed)?;
                session
                    .command(&format!("{}\r\n", base64(user.as_bytes())), 334)
                    .map_err(failed)?;
                session
                    .command(&format!("{}\r\n", base64(password.as_bytes())), 235)
                    .map_err(failed)?;
            } else {
                return Err(io::Error::other(format!(
                    "the server offers neither AUTH PLAIN nor AUTH LOGIN, only {}",
                    mechanisms.join(" ")
                )));
            }
        }
        Ok(session)
    }

    /// One message to one recipient; on a refusal the transaction is
    /// reset and the session stays usable.
    fn send(&mut self, from: &str, to: &str, message: &[u8]) -> io::Result<()> {
        let result = (|| {
            self.command(&format!("MAIL FROM:<{}>\r\n", bare(from)), 250)?;
            self.command(&format!("RCPT TO:<{}>\r\n", bare(to)), 250)?;
            self.command("DATA\r\n", 354)?;
            let mut data = Vec::with_capacity(message.len() + 64);
            for line in message.split_inclusive(|&b| b == b'\n') {
                if line.starts_with(b".") {
                    data.push(b'.');
                }
                data.extend_from_slice(line);
            }
            data.extend_from_slice(b".\r\n");
            self.write(&data)?;
            self.expect(250).map(|_| ())
        })();
        if let Err(error) = &result {
            if error.kind() == io::ErrorKind::InvalidData {
                let _ = self.command("RSET\r\n", 250);
            }
        }
        result
    }

    fn quit(mut self) {
        let _ = self.command("QUIT\r\n", 221);
    }

    fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        let stream = self.reader.get_mut();
        stream.write_all(bytes)?;
        stream.flush()
    }

    fn command(&mut self, line: &str, code: u16) -> io::Result<Vec<String>> {
        self.write(line.as_bytes())?;
        self.expect(code)
    }

    /// Reads a (multi-line) reply; a code other than `code` is an
    /// `InvalidData` error carrying the server's words.
    fn expect(&mut self, code: u16) -> io::Result<Vec<String>> {
        let mut lines = Vec::new();
        loop {
            let mut line = String::new();
            if (&mut self.reader).take(4096).read_line(&mut line)? == 0 {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "server closed the connection",
                ));
            }
            let line = line.trim_end().to_string();
            let got: Option<u16> = line.get(..3).and_then(|c| c.parse().ok());
            let last = line.as_bytes().get(3) != Some(&b'-');
            lines.push(line.get(4..).unwrap_or_default().to_string());
            if last {
                if got != Some(code) {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        format!("server said: {line}"),
                    ));
                }
                return Ok(lines);
            }
        }
    }
}

/// The SASL mechanisms an EHLO reply offers (`AUTH PLAIN LOGIN`, or the
/// old `AUTH=PLAIN LOGIN`), upper case.
fn auth_mechanisms(capabilities: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in capabilities {
        let upper = line.to_ascii_uppercase();
        let Some(rest) = upper
            .strip_prefix("AUTH ")
            .or_else(|| upper.strip_prefix("AUTH="))
        else {
            continue;
        };
        for mechanism in rest.split_whitespace() {
            if !out.iter().any(|m| m == mechanism) {
                out.push(mechanism.to_string());
            }
        }
    }
    out
}

/// `Name <a@b>` → `a@b`.
fn bare(address: &str) -> &str {
    match (address.rfind('<'), address.rfind('>')) {
        (Some(open), Some(close)) if open < close => {
            address.get(open + 1..close).unwrap_or(address)
        }
        _ => address.trim(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_addresses() {
        assert_eq!(rfc5322_date(0), "Thu, 01 Jan 1970 00:00:00 +0000");
        assert_eq!(
            rfc5322_date(1_796_194_947),
            "Wed, 02 Dec 2026 07:02:27 +0000"
        );
        assert_eq!(
            bare("Phòng CNTT <cntt@quangngai.gov.vn>"),
            "cntt@quangngai.gov.vn"
        );
        assert_eq!(bare("a@b"), "a@b");
        assert_eq!(ascii_name("Sở Xây dựng"), "so-xay-dung");
        assert_ne!(digest("a"), digest("b"));
    }

    #[test]
    fn auth_mechanisms_from_ehlo() {
        let lines = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            auth_mechanisms(&lines(&["PIPELINING", "AUTH LOGIN XOAUTH2", "AUTH=LOGIN"])),
            ["LOGIN", "XOAUTH2"]
        );
        assert_eq!(
            auth_mechanisms(&lines(&["auth plain login"])),
            ["PLAIN", "LOGIN"]
        );
        assert!(auth_mechanisms(&lines(&["AUTHX PLAIN", "8BITMIME"])).is_empty());
    }
}
