//! Findings as RFC 5424 syslog with an ECS JSON payload, received by a real
//! rsyslog (Debian's `rsyslog`) started by the test on loopback ports and a
//! Unix socket under a temporary folder, written to a file through a
//! template, parsed back and compared with what was sent.
//!
//! Needs rsyslog, so `#[ignore = "needs rsyslog"]`; `.ci/run` installs it
//! and runs `cargo test --test integration syslog -- --include-ignored`.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use govmail_audit::siem::{Event, Severity, Syslog, SyslogTarget, report_events};

use crate::common::{detector, fixture, root};

/// A running rsyslogd, killed (and its folder removed) on drop.
struct Rsyslog {
    dir: PathBuf,
    child: Child,
    udp: u16,
    tcp: u16,
}

impl Rsyslog {
    fn start() -> Rsyslog {
        let dir = std::env::temp_dir().join(format!("govmail-rsyslog-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let (udp, tcp) = (free_port(), free_port());
        let d = dir.display();
        // The template puts the parsed header fields before the message, so
        // the test reads back what rsyslog understood.
        let config = format!(
            r#"global(workDirectory="{d}" maxMessageSize="64k")
module(load="imudp")
module(load="imtcp")
module(load="imuxsock" SysSock.Use="off")
input(type="imudp" address="127.0.0.1" port="{udp}")
input(type="imtcp" address="127.0.0.1" port="{tcp}")
input(type="imuxsock" Socket="{d}/log.sock" UseSpecialParser="off" ParseHostname="on")
template(name="fields" type="string" string="%app-name%|%procid%|%msgid%|%syslogseverity%|%syslogfacility%|%hostname%|%msg%\n")
*.* action(type="omfile" file="{d}/received.log" template="fields")
"#
        );
        // The shipped example rule, writing into this folder.
        let rule = std::fs::read_to_string(root().join("contrib/rsyslog-govmail-audit.conf"))
            .unwrap()
            .replace("/var/log/govmail-audit/", &format!("{d}/"));
        let config = format!("{config}{rule}");
        std::fs::write(dir.join("rsyslog.conf"), config).unwrap();
        let child = Command::new("rsyslogd")
            .arg("-n")
            .arg("-f")
            .arg(dir.join("rsyslog.conf"))
            .arg("-i")
            .arg(dir.join("rsyslogd.pid"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("run rsyslogd (apt-get install rsyslog)");
        let rsyslog = Rsyslog {
            dir,
            child,
            udp,
            tcp,
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while !(rsyslog.dir.join("log.sock").exists()
            && std::net::TcpStream::connect(("127.0.0.1", tcp)).is_ok())
        {
            assert!(Instant::now() < deadline, "rsyslogd did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        rsyslog
    }

    fn received(&self) -> Vec<String> {
        std::fs::read_to_string(self.dir.join("received.log"))
            .unwrap_or_default()
            .lines()
            .map(String::from)
            .collect()
    }

    /// Waits until `count` lines were written.
    fn wait_for(&self, count: usize) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let lines = self.received();
            if lines.len() >= count || Instant::now() > deadline {
                return lines;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Rsyslog {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap()
}

fn sample_events() -> Vec<Event> {
    let mut scan = detector().scan();
    scan.add_path(&fixture("mailboxes/sample.mbox"));
    report_events(&scan.finish())
}

/// Sends the events; UDP datagrams may be dropped, so UDP waits for each
/// to be written before the next (loopback and a local rsyslog drop none
/// in practice, and the comparison then is exact).
fn send_all(target: &SyslogTarget, events: &[Event], rsyslog: &Rsyslog, already: usize) {
    let mut syslog = Syslog::connect(target, "govmail-audit").unwrap();
    for (i, event) in events.iter().enumerate() {
        syslog.send(event).unwrap();
        if matches!(target, SyslogTarget::Udp(_)) {
            rsyslog.wait_for(already + i + 1);
        }
    }
}

#[test]
#[ignore = "needs rsyslog"]
fn findings_reach_rsyslog_over_udp_tcp_and_a_unix_socket_unchanged() {
    let rsyslog = Rsyslog::start();
    let events = sample_events();
    assert!(events.len() >= 6, "{}", events.len());
    let targets = [
        SyslogTarget::Udp(format!("127.0.0.1:{}", rsyslog.udp)),
        SyslogTarget::Tcp(format!("127.0.0.1:{}", rsyslog.tcp)),
        SyslogTarget::Unix(rsyslog.dir.join("log.sock")),
    ];
    for (n, target) in targets.iter().enumerate() {
        send_all(target, &events, &rsyslog, n * events.len());
    }
    let lines = rsyslog.wait_for(3 * events.len());
    assert_eq!(lines.len(), 3 * events.len(), "{lines:#?}");

    // Each record arrives once over each transport; a receiver may
    // interleave what the transports deliver, so order is not compared.
    let mut received = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let fields: Vec<&str> = line.splitn(7, '|').collect();
        let [app, procid, msgid, severity, facility, _host, message] = fields[..] else {
            panic!("unexpected line {line}");
        };
        assert_eq!(app, "govmail-audit");
        assert_eq!(procid, std::process::id().to_string());
        assert_eq!(facility, "16", "local0");
        let payload: serde_json::Value =
            serde_json::from_str(message).unwrap_or_else(|e| panic!("line {i}: {e}: {message}"));
        received.push((msgid.to_string(), severity.to_string(), payload));
    }
    for sent in &events {
        let expected_severity = match sent.severity {
            Severity::Warning => "4",
            Severity::Notice => "5",
            Severity::Informational => "6",
        };
        let copies = received
            .iter()
            .filter(|(msgid, severity, payload)| {
                *msgid == sent.msgid && severity == expected_severity && *payload == sent.payload
            })
            .count();
        assert_eq!(copies, 3, "{} {}", sent.msgid, sent.payload);
    }

    // ECS names a SIEM rule can match on.
    let violation = events.iter().find(|e| e.msgid == "violation").unwrap();
    let p = &violation.payload;
    assert_eq!(p["event"]["kind"], "alert");
    assert_eq!(p["event"]["category"][0], "email");
    assert_eq!(p["event"]["action"], "official-address-signup");
    assert!(p["user"]["email"].as_str().unwrap().ends_with(".gov.vn"));
    assert_eq!(p["email"]["to"]["address"][0], p["user"]["email"]);
    assert!(p["govmail"]["service"]["id"].is_string());
    assert_eq!(p["ecs"]["version"], govmail_audit::siem::ECS_VERSION);
    let phishing = events.iter().find(|e| e.msgid == "phishing").unwrap();
    assert_eq!(phishing.payload["event"]["kind"], "alert");
    // The example rule kept the alerts (violations and phishing), parsed.
    let alerts = events
        .iter()
        .filter(|e| e.payload["event"]["kind"] == "alert")
        .count();
    let deadline = Instant::now() + Duration::from_secs(20);
    let kept: Vec<serde_json::Value> = loop {
        let text = std::fs::read_to_string(rsyslog.dir.join("alerts.json")).unwrap_or_default();
        if text.lines().count() >= 3 * alerts || Instant::now() > deadline {
            break text
                .lines()
                .map(|l| serde_json::from_str(l).unwrap())
                .collect();
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(kept.len(), 3 * alerts);
    assert!(kept.iter().all(|a| a["event"]["kind"] == "alert"));
    // Vietnamese subjects arrive intact.
    assert!(lines.iter().any(|l| l.contains("Xác nhận")), "{lines:#?}");
}
