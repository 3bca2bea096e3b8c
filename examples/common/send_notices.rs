//! The scanner's options for sending the notices over SMTP (library
//! feature `smtp`).

use std::path::PathBuf;

use govmail_audit::Report;
use govmail_audit::report::Lang;

/// Options for sending each person's notice and each head of unit's
/// summary.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Sending the notices (SMTP)")]
pub(crate) struct SendNoticesOptions {
    /// Prepare each person's notice and each head of unit's summary for
    /// sending as FILE (TOML: submission server, sender, heads of units,
    /// rate, record file) says. A dry run unless --send: nothing is sent,
    /// the record lists what would be.
    #[arg(long, value_name = "FILE")]
    pub(crate) send_notices: Option<PathBuf>,

    /// Really send (with --send-notices).
    #[arg(long, requires = "send_notices")]
    pub(crate) send: bool,
}

impl SendNoticesOptions {
    /// Checks the configuration before the scan.
    pub(crate) fn load(&self) -> Result<Option<Loaded>, String> {
        let Some(path) = &self.send_notices else {
            return Ok(None);
        };
        #[cfg(feature = "smtp")]
        {
            let config =
                govmail_audit::smtp::SmtpConfig::from_file(path).map_err(|e| e.to_string())?;
            Ok(Some(Loaded { config }))
        }
        #[cfg(not(feature = "smtp"))]
        Err(format!(
            "--send-notices {}: this build cannot send mail (build with --features smtp)",
            path.display()
        ))
    }
}

/// A checked configuration.
pub(crate) struct Loaded {
    #[cfg(feature = "smtp")]
    config: govmail_audit::smtp::SmtpConfig,
}

impl Loaded {
    /// Sends (or records, in a dry run); returns a line for the user.
    pub(crate) fn send(&self, report: &Report, lang: Lang, really: bool) -> Result<String, String> {
        #[cfg(feature = "smtp")]
        {
            use govmail_audit::smtp::{outgoing, send};
            let mails = outgoing(report, lang, &self.config).map_err(|e| e.to_string())?;
            let results = send(&self.config, &mails, !really).map_err(|e| e.to_string())?;
            let count = |status: &str| results.iter().filter(|s| s.status == status).count();
            Ok(format!(
                "notices: {} sent, {} would be sent (dry run), {} already sent, {} failed; record: {}",
                count("sent"),
                count("dry_run"),
                count("already_sent"),
                count("failed"),
                self.config.record().display()
            ))
        }
        #[cfg(not(feature = "smtp"))]
        {
            let _ = (report, lang, really);
            Err("this build cannot send mail".into())
        }
    }
}
