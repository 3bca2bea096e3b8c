//! The milter's log lines as syslog for a SIEM (`--syslog TARGET`): each
//! line the JSON log gets is also sent as an RFC 5424 message whose JSON
//! payload uses Elastic Common Schema names (library module `siem`).

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use govmail_audit::siem::{ECS_VERSION, Event, Severity, Syslog};
use serde_json::{Value, json};

/// A syslog connection shared by the milter's threads. A failing send
/// never holds up mail: it is reported once on standard error.
pub(crate) struct SyslogSink {
    syslog: Mutex<Syslog>,
    failing: AtomicBool,
}

impl SyslogSink {
    pub(crate) fn new(syslog: Syslog) -> SyslogSink {
        SyslogSink {
            syslog: Mutex::new(syslog),
            failing: AtomicBool::new(false),
        }
    }

    pub(crate) fn send(&self, line: &Value) {
        let event = ecs_event(line);
        let sent = self
            .syslog
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .send(&event);
        match sent {
            Ok(()) => {
                if self.failing.swap(false, Ordering::Relaxed) {
                    eprintln!("govmail-milter: syslog reachable again");
                }
            }
            Err(error) => {
                if !self.failing.swap(true, Ordering::Relaxed) {
                    eprintln!("govmail-milter: cannot send to syslog: {error}");
                }
            }
        }
    }
}

/// The ECS form of one log line: MSGID `verdict` or `fail-open`; severity
/// 4 (warning) for violations, phishing and fail-open, 5 for other
/// findings, 6 for mail without findings.
pub(crate) fn ecs_event(line: &Value) -> Event {
    let action = at(line, "/action").as_str().unwrap_or("pass");
    let empty = Vec::new();
    let findings = at(line, "/verdict/findings").as_array().unwrap_or(&empty);
    let alarming = findings
        .iter()
        .any(|f| at(f, "/violation") == true || at(f, "/kind") == "suspected_phishing");
    let (msgid, severity, kind) = if action == "fail_open" {
        ("fail-open", Severity::Warning, "event")
    } else if alarming {
        ("verdict", Severity::Warning, "alert")
    } else if !findings.is_empty() {
        ("verdict", Severity::Notice, "event")
    } else {
        ("verdict", Severity::Informational, "event")
    };
    let message = at(line, "/verdict/message");
    let mut payload = json!({
        "@timestamp": at(line, "/time"),
        "ecs": { "version": ECS_VERSION },
        "event": {
            "kind": kind,
            "category": ["email"],
            "type": ["info"],
            "action": action,
            "reason": at(line, "/reason"),
            "dataset": "govmail_audit.milter",
            "module": "govmail_audit",
            "duration": at(line, "/elapsed_us").as_u64().map(|us| us * 1000),
        },
        "observer": { "product": "govmail-milter", "vendor": "govmail-audit", "type": "mail-filter" },
        "source": { "address": at(line, "/client") },
        "email": {
            "local_id": at(line, "/queue_id"),
            "from": { "address": at(line, "/mail_from").as_str().map(|a| vec![a]) },
            "to": { "address": at(line, "/rcpt") },
            "message_id": at(message, "/message_id"),
            "subject": at(message, "/subject"),
            "origination_timestamp": at(message, "/date"),
        },
        "user": { "email": findings.first().map(|f| at(f, "/address")) },
        "govmail": {
            "findings": findings.iter().map(|f| json!({
                "address": at(f, "/address"),
                "service": at(f, "/service/id"),
                "kind": at(f, "/kind"),
                "event": at(f, "/event"),
                "violation": at(f, "/violation"),
                "confidence": at(f, "/confidence"),
            })).collect::<Vec<_>>(),
            "status": at(line, "/verdict/outcome/status"),
            "headers": at(line, "/headers"),
            "size": at(line, "/size"),
        },
    });
    remove_nulls(&mut payload);
    Event {
        msgid,
        severity,
        payload,
    }
}

/// The value at a JSON pointer, or null.
fn at<'v>(value: &'v Value, pointer: &str) -> &'v Value {
    value.pointer(pointer).unwrap_or(&Value::Null)
}

/// ECS documents leave absent fields out.
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

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use std::net::UdpSocket;

    use govmail_audit::Detector;
    use govmail_audit::siem::SyslogTarget;

    use super::*;

    fn verdict_line() -> Value {
        let raw = std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fixtures/messages/facebook-verify-vi.eml"),
        )
        .unwrap();
        let verdict = Detector::with_defaults().unwrap().inspect(&raw);
        json!({
            "time": "2026-12-02T07:00:00.000Z",
            "queue_id": "4ABC123",
            "client": "127.0.0.1",
            "mail_from": "registration@facebookmail.com",
            "rcpt": ["an.nguyen@stttt.quangngai.gov.vn"],
            "size": raw.len(),
            "action": "pass",
            "headers": 1,
            "elapsed_us": 250,
            "verdict": verdict,
        })
    }

    #[test]
    fn a_violation_is_an_ecs_alert() {
        let event = ecs_event(&verdict_line());
        let p = &event.payload;
        assert_eq!(event.msgid, "verdict");
        assert_eq!(event.severity, Severity::Warning);
        assert_eq!(p["event"]["kind"], "alert");
        assert_eq!(p["event"]["duration"], 250_000);
        assert_eq!(p["email"]["local_id"], "4ABC123");
        assert_eq!(
            p["email"]["to"]["address"][0],
            "an.nguyen@stttt.quangngai.gov.vn"
        );
        assert_eq!(p["user"]["email"], "an.nguyen@stttt.quangngai.gov.vn");
        assert_eq!(p["govmail"]["findings"][0]["service"], "facebook");
        assert!(p["event"].get("reason").is_none(), "nulls are left out");
        let fail_open =
            ecs_event(&json!({"time": "t", "action": "fail_open", "reason": "timeout"}));
        assert_eq!(fail_open.msgid, "fail-open");
        assert_eq!(fail_open.payload["event"]["reason"], "timeout");
    }

    #[test]
    fn lines_reach_a_syslog_socket_as_rfc_5424() {
        let receiver = UdpSocket::bind("127.0.0.1:0").unwrap();
        receiver
            .set_read_timeout(Some(std::time::Duration::from_secs(5)))
            .unwrap();
        let target = SyslogTarget::Udp(receiver.local_addr().unwrap().to_string());
        let sink = SyslogSink::new(Syslog::connect(&target, "govmail-milter").unwrap());
        let line = verdict_line();
        sink.send(&line);
        let mut buffer = vec![0; 65536];
        let n = receiver.recv(&mut buffer).unwrap();
        let text = String::from_utf8(buffer[..n].to_vec()).unwrap();
        // <PRI>1 TIMESTAMP HOST APP PROCID MSGID - JSON; local0.warning = 132.
        let fields: Vec<&str> = text.splitn(8, ' ').collect();
        assert_eq!(fields[0], "<132>1");
        assert_eq!(fields[3], "govmail-milter");
        assert_eq!(fields[5], "verdict");
        assert_eq!(fields[6], "-");
        let payload: Value = serde_json::from_str(fields[7]).unwrap();
        assert_eq!(payload, ecs_event(&line).payload);
    }
}
