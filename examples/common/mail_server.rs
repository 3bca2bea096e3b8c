//! The scanner's mail-server options: reading mailboxes over IMAP
//! (library feature `imap`). Kept apart from the scanner's own options so
//! that each addition stays in one place.

use std::path::PathBuf;

/// Options for reading the mailboxes of a mail server.
#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Mail server (IMAP)")]
pub(crate) struct MailServerOptions {
    /// Read every folder of every account listed in FILE (TOML: server,
    /// accounts, where the passwords are) over IMAP, read-only. Passwords
    /// come from files or environment variables, never from the command
    /// line. See the README, "Reading mailboxes over IMAP".
    #[arg(long, value_name = "FILE")]
    pub(crate) imap: Option<PathBuf>,

    /// Remember in FILE (JSON) how far each folder was read, and read only
    /// newer mail next time (by UIDVALIDITY and UID). Needs --imap.
    #[arg(long, value_name = "FILE", requires = "imap")]
    pub(crate) imap_state: Option<PathBuf>,
}

/// The mail server to read, loaded before the scan starts so a mistake in
/// its files costs no scan time.
pub(crate) struct MailServer {
    #[cfg(feature = "imap")]
    source: Option<(
        govmail_audit::imap::ImapConfig,
        Option<(PathBuf, govmail_audit::imap::ImapState)>,
    )>,
}

impl MailServerOptions {
    /// Reads the configuration, the passwords and the state file.
    pub(crate) fn load(&self) -> Result<MailServer, String> {
        #[cfg(feature = "imap")]
        {
            use govmail_audit::imap::{ImapConfig, ImapState};
            let source = match &self.imap {
                Some(path) => {
                    let config = ImapConfig::from_file(path).map_err(|e| e.to_string())?;
                    let state = match &self.imap_state {
                        Some(path) => Some((
                            path.clone(),
                            ImapState::load(path).map_err(|e| e.to_string())?,
                        )),
                        None => None,
                    };
                    Some((config, state))
                }
                None => None,
            };
            Ok(MailServer { source })
        }
        #[cfg(not(feature = "imap"))]
        match &self.imap {
            Some(_) => {
                Err("--imap: this build has no IMAP support (build with --features imap)".into())
            }
            None => Ok(MailServer {}),
        }
    }
}

impl MailServer {
    /// Reads the accounts into the scan.
    pub(crate) fn read_into(&mut self, scan: &mut govmail_audit::Scan<'_>) {
        #[cfg(feature = "imap")]
        if let Some((config, state)) = &mut self.source {
            scan.add_imap(config, state.as_mut().map(|(_, state)| state));
        }
        let _ = scan;
    }

    /// Saves how far each folder was read (after the report is written).
    pub(crate) fn save_state(&self) -> Result<(), String> {
        #[cfg(feature = "imap")]
        if let Some((_, Some((path, state)))) = &self.source {
            state.save(path).map_err(|e| e.to_string())?;
        }
        Ok(())
    }
}
