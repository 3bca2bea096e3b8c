//! Findings for a SIEM: one event per account record, as JSON with Elastic
//! Common Schema (ECS) field names, sent as RFC 5424 syslog messages over
//! UDP, TCP (RFC 6587 octet counting) or a Unix datagram socket.
//!
//! ```no_run
//! use govmail_audit::siem::{Syslog, SyslogTarget, report_events};
//! # fn demo(report: &govmail_audit::Report) -> std::io::Result<()> {
//! let mut syslog = Syslog::connect(&SyslogTarget::parse("udp:127.0.0.1:514").unwrap(), "govmail-audit")?;
//! for event in report_events(report) {
//!     syslog.send(&event)?;
//! }
//! # Ok(()) }
//! ```

use std::io::{self, Write};
use std::net::{TcpStream, UdpSocket};
use std::os::unix::net::UnixDatagram;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use serde_json::{Value, json};

use crate::report::{Report, ServiceRecord};
use crate::verdict::FindingKind;

/// The ECS version the field names follow.
pub const ECS_VERSION: &str = "8.11.0";

/// The syslog facility used: `local0` (16), which a site can route.
const FACILITY: u8 = 16;

/// Severity (RFC 5424): 4 warning for a violation or suspected phishing,
/// 5 notice for other accounts, 6 informational for the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// 4: a violation, or phishing aimed at an official address.
    Warning,
    /// 5: an account that is not a violation (an approved service).
    Notice,
    /// 6: an invitation or a newsletter.
    Informational,
}

impl Severity {
    fn code(self) -> u8 {
        match self {
            Severity::Warning => 4,
            Severity::Notice => 5,
            Severity::Informational => 6,
        }
    }
}

/// One event for the SIEM: its syslog MSGID, severity and JSON payload.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// RFC 5424 MSGID: `violation`, `account`, `phishing`, `invitation`,
    /// `newsletter`.
    pub msgid: &'static str,
    /// The syslog severity.
    pub severity: Severity,
    /// The JSON payload, with ECS field names (and `govmail.*` for what
    /// ECS has no field for).
    pub payload: Value,
}

/// One event per record of the report: accounts, suspected phishing,
/// invitations and newsletters.
pub fn report_events(report: &Report) -> Vec<Event> {
    let now = crate::time::timestamp(SystemTime::now());
    let groups = [
        &report.accounts,
        &report.suspected_phishing,
        &report.invitations,
        &report.newsletters,
    ];
    groups
        .into_iter()
        .flatten()
        .map(|record| record_event(record, &now, &report.generator))
        .collect()
}

fn record_event(record: &ServiceRecord, now: &str, generator: &str) -> Event {
    let (msgid, severity, kind, action) = match record.kind {
        FindingKind::Account if record.violation => (
            "violation",
            Severity::Warning,
            "alert",
            "official-address-signup",
        ),
        FindingKind::Account => (
            "account",
            Severity::Notice,
            "event",
            "official-address-signup",
        ),
        FindingKind::SuspectedPhishing => (
            "phishing",
            Severity::Warning,
            "alert",
            "phishing-to-official-address",
        ),
        FindingKind::Invitation => ("invitation", Severity::Informational, "event", "invitation"),
        _ => ("newsletter", Severity::Informational, "event", "newsletter"),
    };
    let evidence = record.evidence.first();
    let mut payload = json!({
        "@timestamp": now,
        "ecs": { "version": ECS_VERSION },
        "message": format!(
            "{} {} at {} ({} messages)",
            record.address,
            match msgid {
                "violation" => "violates the policy: an account",
                "account" => "has an account",
                "phishing" => "received phishing imitating",
                "invitation" => "was invited",
                _ => "receives newsletters",
            },
            record.service.name,
            record.messages
        ),
        "event": {
            "kind": kind,
            "category": ["email"],
            "type": ["info"],
            "action": action,
            "dataset": "govmail_audit.finding",
            "module": "govmail_audit",
            "severity": severity.code(),
            "start": record.first_seen,
            "end": record.last_seen,
        },
        "observer": { "product": "govmail-audit", "vendor": "govmail-audit", "version": generator },
        "user": { "email": record.address, "full_name": record.person, "domain": domain(&record.address) },
        "organization": { "name": record.unit },
        "email": {
            "to": { "address": [record.address] },
            "subject": evidence.and_then(|e| e.message.subject.clone()),
            "message_id": evidence.and_then(|e| e.message.message_id.clone()),
            "origination_timestamp": evidence.and_then(|e| e.message.date.clone()),
            "from": { "address": evidence.and_then(|e| e.message.sender.clone()).map(|f| vec![f]) },
        },
        "rule": { "name": format!("govmail-audit {msgid}") },
        "govmail": {
            "service": {
                "id": record.service.id,
                "name": record.service.name,
                "category": record.service.category,
                "in_catalog": record.service.in_catalog,
            },
            "kind": record.kind,
            "events": record.events,
            "confidence": record.confidence,
            "violation": record.violation,
            "messages": record.messages,
            "location": evidence.map(|e| &e.location),
            "change": record.change,
        },
    });
    remove_nulls(&mut payload);
    Event {
        msgid,
        severity,
        payload,
    }
}

fn domain(address: &str) -> Option<&str> {
    address.rsplit_once('@').map(|(_, domain)| domain)
}

/// Drops null fields (and objects left empty), as ECS documents omit them.
fn remove_nulls(value: &mut Value) {
    if let Value::Object(map) = value {
        map.values_mut().for_each(remove_nulls);
        map.retain(|_, v| match v {
            Value::Null => false,
            Value::Object(inner) => !inner.is_empty(),
            _ => true,
        });
    }
}

/// Where syslog messages go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyslogTarget {
    /// `udp:HOST:PORT`: one datagram per message.
    Udp(String),
    /// `tcp:HOST:PORT`: a stream, each message framed by its length
    /// (RFC 6587 octet counting).
    Tcp(String),
    /// `unix:PATH`: a datagram socket such as `/dev/log`.
    Unix(PathBuf),
}

impl SyslogTarget {
    /// Reads `udp:HOST:PORT`, `tcp:HOST:PORT` or `unix:PATH`.
    pub fn parse(text: &str) -> Option<SyslogTarget> {
        let (scheme, rest) = text.split_once(':')?;
        if rest.is_empty() {
            return None;
        }
        match scheme {
            "udp" if rest.contains(':') => Some(SyslogTarget::Udp(rest.to_string())),
            "tcp" if rest.contains(':') => Some(SyslogTarget::Tcp(rest.to_string())),
            "unix" => Some(SyslogTarget::Unix(PathBuf::from(rest))),
            _ => None,
        }
    }
}

enum Transport {
    Udp(UdpSocket),
    Tcp(TcpStream),
    Unix(UnixDatagram),
}

/// A connection to a syslog receiver.
pub struct Syslog {
    transport: Transport,
    app_name: String,
    hostname: String,
    procid: String,
}

impl std::fmt::Debug for Syslog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Syslog")
            .field("app_name", &self.app_name)
            .finish_non_exhaustive()
    }
}

impl Syslog {
    /// Connects to `target`; messages carry `app_name` (RFC 5424 APP-NAME).
    pub fn connect(target: &SyslogTarget, app_name: &str) -> io::Result<Syslog> {
        let named =
            |e: io::Error, what: &str| io::Error::new(e.kind(), format!("syslog {what}: {e}"));
        let transport = match target {
            SyslogTarget::Udp(address) => {
                let socket = UdpSocket::bind(if address.starts_with('[') {
                    "[::]:0"
                } else {
                    "0.0.0.0:0"
                })
                .map_err(|e| named(e, address))?;
                socket.connect(address).map_err(|e| named(e, address))?;
                Transport::Udp(socket)
            }
            SyslogTarget::Tcp(address) => {
                let stream = TcpStream::connect(address).map_err(|e| named(e, address))?;
                stream.set_write_timeout(Some(Duration::from_secs(10)))?;
                Transport::Tcp(stream)
            }
            SyslogTarget::Unix(path) => {
                let socket = UnixDatagram::unbound()?;
                socket
                    .connect(path)
                    .map_err(|e| named(e, &path.display().to_string()))?;
                Transport::Unix(socket)
            }
        };
        Ok(Syslog {
            transport,
            app_name: header_field(app_name, 48),
            hostname: header_field(&hostname(), 255),
            procid: std::process::id().to_string(),
        })
    }

    /// Sends one event as an RFC 5424 message.
    pub fn send(&mut self, event: &Event) -> io::Result<()> {
        let line = self.format(event);
        match &mut self.transport {
            Transport::Udp(socket) => socket.send(line.as_bytes()).map(|_| ()),
            Transport::Unix(socket) => socket.send(line.as_bytes()).map(|_| ()),
            Transport::Tcp(stream) => {
                let framed = format!("{} {line}", line.len());
                stream.write_all(framed.as_bytes())
            }
        }
    }

    /// `<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID - MSG`, the JSON
    /// payload as MSG (UTF-8; no structured data).
    fn format(&self, event: &Event) -> String {
        let priority = u16::from(FACILITY) * 8 + u16::from(event.severity.code());
        format!(
            "<{priority}>1 {} {} {} {} {} - {}",
            crate::time::timestamp(SystemTime::now()),
            self.hostname,
            self.app_name,
            self.procid,
            event.msgid,
            event.payload
        )
    }
}

/// The machine's name, `-` (RFC 5424's nil) when unknown.
fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|name| name.trim().to_string())
        .ok()
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "-".into())
}

/// A header field: printable ASCII without spaces, at most `max` long.
fn header_field(text: &str, max: usize) -> String {
    let field: String = text
        .chars()
        .filter(|c| c.is_ascii_graphic())
        .take(max)
        .collect();
    if field.is_empty() { "-".into() } else { field }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets() {
        assert_eq!(
            SyslogTarget::parse("udp:127.0.0.1:514"),
            Some(SyslogTarget::Udp("127.0.0.1:514".into()))
        );
        assert_eq!(
            SyslogTarget::parse("tcp:siem.example:6514"),
            Some(SyslogTarget::Tcp("siem.example:6514".into()))
        );
        assert_eq!(
            SyslogTarget::parse("unix:/dev/log"),
            Some(SyslogTarget::Unix("/dev/log".into()))
        );
        assert_eq!(SyslogTarget::parse("udp:nohost"), None);
        assert_eq!(SyslogTarget::parse("/dev/log"), None);
    }

    #[test]
    fn header_fields_are_printable_ascii() {
        assert_eq!(header_field("govmail audit", 48), "govmailaudit");
        assert_eq!(header_field("", 48), "-");
    }
}
