//! The scanner's SIEM option: findings as RFC 5424 syslog with an ECS JSON
//! payload (library module `siem`).

use govmail_audit::Report;
use govmail_audit::siem::{Syslog, SyslogTarget, report_events};

/// Options for sending findings to a SIEM.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "SIEM (syslog)")]
pub(crate) struct SiemOptions {
    /// Send one syslog message (RFC 5424, facility local0, JSON with
    /// Elastic Common Schema names) per account, phishing, invitation and
    /// newsletter record to TARGET: udp:HOST:PORT, tcp:HOST:PORT or
    /// unix:PATH (e.g. unix:/dev/log).
    #[arg(long, value_name = "TARGET", value_parser = parse_target)]
    pub(crate) syslog: Option<SyslogTarget>,
}

fn parse_target(text: &str) -> Result<SyslogTarget, String> {
    SyslogTarget::parse(text)
        .ok_or_else(|| format!("`{text}`: expected udp:HOST:PORT, tcp:HOST:PORT or unix:PATH"))
}

impl SiemOptions {
    /// Sends the report's records; returns how many were sent.
    pub(crate) fn send(&self, report: &Report) -> Result<usize, String> {
        let Some(target) = &self.syslog else {
            return Ok(0);
        };
        let mut syslog = Syslog::connect(target, "govmail-audit").map_err(|e| e.to_string())?;
        let events = report_events(report);
        for event in &events {
            syslog.send(event).map_err(|e| format!("syslog: {e}"))?;
        }
        Ok(events.len())
    }
}
