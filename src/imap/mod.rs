//! Reading the mailboxes of a mail server over IMAP (feature `imap`),
//! read-only: every folder of every listed account is opened with
//! `EXAMINE` and read with `BODY.PEEK[]`, so no flag changes and nothing is
//! written on the server.
//!
//! An [`ImapConfig`] names the server, the accounts and the credentials: an
//! administrator's (SASL PLAIN with an authorization identity, as Zimbra and
//! Dovecot accept) or a Dovecot master user's (`account*master`), or each
//! account's own. Passwords come from files or environment variables,
//! never from a command line. [`Scan::add_imap`] reads the accounts into a
//! scan; an account that cannot be read is a problem entry in the report
//! and the others go on. An [`ImapState`] makes the next scan read only
//! mail that arrived since (by `UIDVALIDITY` and `UID`).
//!
//! Locations in reports are IMAP URLs (RFC 5092) naming the account, the
//! folder and the message's UID:
//! `imaps://an.nguyen%40stttt.quangngai.gov.vn@mail.example:993/INBOX;UIDVALIDITY=1712345678/;UID=42`.

mod client;
mod utf7;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};
use crate::mailbox::RawMessage;
use crate::report::Location;
use crate::scan::Scan;
use client::{Endpoint, ImapError, Security, Session};

/// Most bytes of mail fetched in one command.
const BATCH_BYTES: u64 = 32 << 20;
/// Most messages fetched in one command.
const BATCH_MESSAGES: usize = 500;

/// The server, the accounts and the credentials, read from a TOML file
/// (see the README's "Reading mailboxes over IMAP").
#[derive(Clone)]
pub struct ImapConfig {
    host: String,
    port: u16,
    security: Security,
    timeout: Duration,
    retries: u32,
    tls: Arc<rustls::ClientConfig>,
    accounts: Vec<Account>,
}

impl std::fmt::Debug for ImapConfig {
    // Never shows a password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImapConfig")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("accounts", &self.accounts.len())
            .finish_non_exhaustive()
    }
}

#[derive(Clone)]
struct Account {
    address: String,
    login: Login,
}

/// How one account is logged in to, as SASL PLAIN's three fields.
#[derive(Clone)]
struct Login {
    authzid: String,
    authcid: String,
    password: String,
}

/// The file's layout.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    host: String,
    port: Option<u16>,
    #[serde(default)]
    security: SecurityName,
    ca_file: Option<PathBuf>,
    #[serde(default = "default_timeout")]
    timeout_seconds: u64,
    #[serde(default = "default_retries")]
    retries: u32,
    #[serde(default)]
    accounts: Vec<String>,
    accounts_file: Option<PathBuf>,
    admin: Option<AdminFile>,
    #[serde(default, rename = "account")]
    account_logins: Vec<AccountFile>,
}

fn default_timeout() -> u64 {
    30
}

fn default_retries() -> u32 {
    2
}

#[derive(Deserialize, Default, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum SecurityName {
    #[default]
    Tls,
    StartTls,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AdminFile {
    user: String,
    #[serde(default)]
    method: AdminMethod,
    #[serde(default = "default_separator")]
    master_separator: String,
    password_file: Option<PathBuf>,
    password_env: Option<String>,
}

fn default_separator() -> String {
    "*".into()
}

#[derive(Deserialize, Default, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
enum AdminMethod {
    /// SASL PLAIN with the account as authorization identity.
    #[default]
    SaslPlain,
    /// Dovecot's master-user login: `account*master`.
    DovecotMaster,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AccountFile {
    address: String,
    /// The login name when it is not the address.
    user: Option<String>,
    password_file: Option<PathBuf>,
    password_env: Option<String>,
}

impl ImapConfig {
    /// Reads the configuration, the accounts file and the passwords it
    /// points to; errors name the file and what is wrong. Relative paths
    /// are taken from the configuration file's folder.
    pub fn from_file(path: &Path) -> Result<ImapConfig> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::new(ErrorKind::Io, format!("{}: {e}", path.display())))?;
        let base = path.parent().unwrap_or(Path::new("."));
        ImapConfig::from_toml(&text, &path.display().to_string(), base)
    }

    /// Reads the configuration from TOML text; `origin` names it in errors
    /// and `base` is the folder relative paths start from.
    pub fn from_toml(text: &str, origin: &str, base: &Path) -> Result<ImapConfig> {
        let invalid =
            |message: String| Error::new(ErrorKind::Format, format!("{origin}: {message}"));
        let file: ConfigFile = toml::from_str(text).map_err(|e| invalid(e.to_string()))?;
        let security = match file.security {
            SecurityName::Tls => Security::Tls,
            SecurityName::StartTls => Security::StartTls,
        };
        let port = file.port.unwrap_or(match security {
            Security::Tls => 993,
            Security::StartTls => 143,
        });
        let resolve = |p: &Path| -> PathBuf {
            if p.is_absolute() {
                p.to_path_buf()
            } else {
                base.join(p)
            }
        };

        let mut addresses = file.accounts.clone();
        if let Some(list) = &file.accounts_file {
            let list = resolve(list);
            let text = std::fs::read_to_string(&list)
                .map_err(|e| Error::new(ErrorKind::Io, format!("{}: {e}", list.display())))?;
            addresses.extend(
                text.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .map(String::from),
            );
        }
        let mut own: BTreeMap<String, &AccountFile> = BTreeMap::new();
        for account in &file.account_logins {
            own.insert(account.address.to_lowercase(), account);
            if !addresses
                .iter()
                .any(|a| a.eq_ignore_ascii_case(&account.address))
            {
                addresses.push(account.address.clone());
            }
        }
        let admin = match &file.admin {
            Some(admin) => Some((
                admin,
                read_secret(
                    &admin.password_file,
                    &admin.password_env,
                    &resolve,
                    origin,
                    "[admin]",
                )?,
            )),
            None => None,
        };
        let mut accounts = Vec::new();
        for address in addresses {
            let login = match (own.get(&address.to_lowercase()), &admin) {
                (Some(account), _) => Login {
                    authzid: String::new(),
                    authcid: account.user.clone().unwrap_or_else(|| address.clone()),
                    password: read_secret(
                        &account.password_file,
                        &account.password_env,
                        &resolve,
                        origin,
                        &account.address,
                    )?,
                },
                (None, Some((admin, password))) => match admin.method {
                    AdminMethod::SaslPlain => Login {
                        authzid: address.clone(),
                        authcid: admin.user.clone(),
                        password: password.clone(),
                    },
                    AdminMethod::DovecotMaster => Login {
                        authzid: String::new(),
                        authcid: format!("{address}{}{}", admin.master_separator, admin.user),
                        password: password.clone(),
                    },
                },
                (None, None) => {
                    return Err(invalid(format!(
                        "no credentials for {address}: add [admin] or an [[account]] entry"
                    )));
                }
            };
            accounts.push(Account { address, login });
        }
        if accounts.is_empty() {
            return Err(invalid(
                "no accounts listed (accounts, accounts_file or [[account]])".into(),
            ));
        }
        let tls = crate::net::tls_config(file.ca_file.as_deref().map(resolve).as_deref(), origin)?;
        Ok(ImapConfig {
            host: file.host,
            port,
            security,
            timeout: Duration::from_secs(file.timeout_seconds.max(1)),
            retries: file.retries,
            tls,
            accounts,
        })
    }

    /// The accounts, in the order they are read.
    pub fn accounts(&self) -> impl Iterator<Item = &str> {
        self.accounts.iter().map(|a| a.address.as_str())
    }

    /// `host:port`, the key of this server in an [`ImapState`].
    fn server(&self) -> String {
        format!("{}:{}", self.host, self.port)
    }
}

/// A password: the first line of a file, or an environment variable.
fn read_secret(
    password_file: &Option<PathBuf>,
    password_env: &Option<String>,
    resolve: &dyn Fn(&Path) -> PathBuf,
    origin: &str,
    whose: &str,
) -> Result<String> {
    match (password_file, password_env) {
        (Some(file), None) => {
            let file = resolve(file);
            let text = std::fs::read_to_string(&file).map_err(|e| {
                Error::new(
                    ErrorKind::Io,
                    format!("{} (password of {whose}): {e}", file.display()),
                )
            })?;
            Ok(text.lines().next().unwrap_or_default().to_string())
        }
        (None, Some(variable)) => std::env::var(variable).map_err(|_| {
            Error::new(
                ErrorKind::Format,
                format!(
                    "{origin}: the environment variable {variable} (password of {whose}) is not set"
                ),
            )
        }),
        _ => Err(Error::new(
            ErrorKind::Format,
            format!("{origin}: {whose}: give exactly one of password_file and password_env"),
        )),
    }
}

/// What earlier scans read, per server, account and folder: the folder's
/// `UIDVALIDITY` and the highest UID read. Saved as JSON.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImapState {
    /// `host:port` → account → folder (as on the wire) → position.
    servers: BTreeMap<String, BTreeMap<String, BTreeMap<String, FolderState>>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct FolderState {
    uid_validity: u32,
    last_uid: u32,
}

impl ImapState {
    /// Reads a state file; a file that does not exist is an empty state
    /// (the first scan reads everything).
    pub fn load(path: &Path) -> Result<ImapState> {
        match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map_err(|e| Error::new(ErrorKind::Format, format!("{}: {e}", path.display()))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ImapState::default()),
            Err(e) => Err(Error::new(
                ErrorKind::Io,
                format!("{}: {e}", path.display()),
            )),
        }
    }

    /// Writes the state file (through a temporary file, so a crash leaves
    /// the old one whole).
    pub fn save(&self, path: &Path) -> Result<()> {
        let io = |e: std::io::Error| Error::new(ErrorKind::Io, format!("{}: {e}", path.display()));
        let json = serde_json::to_vec_pretty(self)
            .map_err(|e| Error::new(ErrorKind::Internal, e.to_string()))?;
        let mut temporary = path.as_os_str().to_owned();
        temporary.push(".tmp");
        std::fs::write(&temporary, json).map_err(io)?;
        std::fs::rename(&temporary, path).map_err(io)
    }

    fn folder(&self, server: &str, account: &str, folder: &str) -> Option<FolderState> {
        self.servers.get(server)?.get(account)?.get(folder).copied()
    }

    fn set_folder(&mut self, server: &str, account: &str, folder: &str, position: FolderState) {
        self.servers
            .entry(server.to_string())
            .or_default()
            .entry(account.to_string())
            .or_default()
            .insert(folder.to_string(), position);
    }
}

impl Scan<'_> {
    /// Reads every folder of every account of `config` into the scan,
    /// read-only. With a `state`, reads only mail newer than it records and
    /// updates it (save it after the scan). An account that cannot be read
    /// after the retries is a problem entry; the others go on.
    pub fn add_imap(&mut self, config: &ImapConfig, mut state: Option<&mut ImapState>) {
        let server = config.server();
        let mut scratch = ImapState::default();
        for account in &config.accounts {
            // Without a caller's state, a scratch one still lets a retry
            // go on where a broken connection stopped.
            let state: &mut ImapState = match state.as_deref_mut() {
                Some(state) => state,
                None => &mut scratch,
            };
            let mut reader = AccountReader {
                config,
                account,
                server: &server,
                state,
                folder: None,
            };
            let mut attempt = 0;
            let outcome = loop {
                match reader.read(self) {
                    Ok(()) => break Ok(()),
                    Err(ImapError::Io(_)) if attempt < config.retries => {
                        attempt += 1;
                        // Back off a little more each time.
                        std::thread::sleep(Duration::from_millis(500 * u64::from(attempt)));
                    }
                    Err(error) => break Err(error),
                }
            };
            if let Err(error) = outcome {
                let location = Location::new(account_url(
                    config,
                    &account.address,
                    reader.folder.as_deref(),
                ));
                let tries = if matches!(error, ImapError::Io(_)) {
                    attempt + 1
                } else {
                    1
                };
                self.add_unreadable(
                    location,
                    format!(
                        "IMAP account {}: {error} ({tries} attempt(s))",
                        account.address
                    ),
                );
            }
        }
    }
}

/// Reads one account; keeps its progress across retries, so a retry goes
/// on where the broken connection stopped and no message is read twice.
struct AccountReader<'a> {
    config: &'a ImapConfig,
    account: &'a Account,
    server: &'a str,
    state: &'a mut ImapState,
    /// The folder being read, for the problem entry.
    folder: Option<String>,
}

impl AccountReader<'_> {
    fn read(&mut self, scan: &mut Scan<'_>) -> std::result::Result<(), ImapError> {
        let config = self.config;
        let max_message = scan.max_message_bytes();
        let endpoint = Endpoint {
            host: &config.host,
            port: config.port,
            security: config.security,
            tls: config.tls.clone(),
            timeout: config.timeout,
        };
        let mut session = Session::connect(&endpoint, max_message.saturating_add(1 << 16))?;
        let login = &self.account.login;
        session.authenticate_plain(&login.authzid, &login.authcid, &login.password)?;
        let mut folders = session.list()?;
        // A stable order, whatever the server's.
        folders.sort_by(|a, b| a.raw.cmp(&b.raw));
        for folder in folders.iter().filter(|f| f.selectable) {
            let key = String::from_utf8_lossy(&folder.raw).into_owned();
            let name = utf7::decode(&folder.raw);
            self.folder = Some(name.clone());
            let examined = session.examine(&folder.raw)?;
            let known = self
                .state
                .folder(self.server, &self.account.address, &key)
                .filter(|known| known.uid_validity == examined.uid_validity);
            let after = known.map_or(0, |k| k.last_uid);
            let mut last = after;
            if examined.exists > 0 {
                let mut listed = session.uid_fetch("1:*", "UID RFC822.SIZE")?;
                listed.retain(|m| m.uid > after);
                listed.sort_by_key(|m| m.uid);
                for batch in batches(&listed, max_message as u64) {
                    let set = batch
                        .iter()
                        .filter(|m| !too_large(m.size, max_message))
                        .map(|m| m.uid.to_string())
                        .collect::<Vec<_>>()
                        .join(",");
                    let mut bodies = if set.is_empty() {
                        Vec::new()
                    } else {
                        session.uid_fetch(&set, "UID BODY.PEEK[]")?
                    };
                    bodies.sort_by_key(|m| m.uid);
                    let mut messages = Vec::with_capacity(batch.len());
                    for listed in batch {
                        let location = Location {
                            folder: Some(name.clone()),
                            ..Location::new(message_url(
                                config,
                                &self.account.address,
                                &name,
                                examined.uid_validity,
                                listed.uid,
                            ))
                        };
                        if too_large(listed.size, max_message) {
                            messages.push(RawMessage {
                                bytes: Vec::new().into(),
                                location,
                                oversized: listed.size,
                            });
                            continue;
                        }
                        // A message deleted meanwhile has no body: nothing to read.
                        let Ok(at) = bodies.binary_search_by_key(&listed.uid, |m| m.uid) else {
                            continue;
                        };
                        let body = bodies
                            .get_mut(at)
                            .and_then(|m| m.body.take())
                            .unwrap_or_default();
                        messages.push(RawMessage {
                            bytes: body.into(),
                            location,
                            oversized: None,
                        });
                    }
                    scan.add_fetched(messages);
                    last = batch.last().map_or(last, |m| m.uid);
                    // Progress survives a broken connection: the retry goes on from here.
                    self.state.set_folder(
                        self.server,
                        &self.account.address,
                        &key,
                        FolderState {
                            uid_validity: examined.uid_validity,
                            last_uid: last,
                        },
                    );
                }
            }
            self.state.set_folder(
                self.server,
                &self.account.address,
                &key,
                FolderState {
                    uid_validity: examined.uid_validity,
                    last_uid: last,
                },
            );
            scan.add_folder_read();
        }
        self.folder = None;
        session.logout();
        Ok(())
    }
}

fn too_large(size: Option<u64>, max: usize) -> bool {
    size.is_some_and(|s| s > max as u64)
}

/// Splits listed messages into fetches of bounded size and count.
fn batches(listed: &[client::Fetched], max_message: u64) -> Vec<&[client::Fetched]> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut bytes = 0u64;
    for (i, message) in listed.iter().enumerate() {
        let size = message.size.unwrap_or(0).min(max_message);
        if i > start && (bytes + size > BATCH_BYTES || i - start >= BATCH_MESSAGES) {
            out.extend(listed.get(start..i));
            start = i;
            bytes = 0;
        }
        bytes += size;
    }
    out.extend(listed.get(start..).filter(|rest| !rest.is_empty()));
    out
}

/// `imaps://account@host:port/` (RFC 5092), the folder after it if known.
fn account_url(config: &ImapConfig, account: &str, folder: Option<&str>) -> String {
    let scheme = match config.security {
        Security::Tls => "imaps",
        Security::StartTls => "imap",
    };
    let mut url = format!(
        "{scheme}://{}@{}:{}/",
        escape(account),
        config.host,
        config.port
    );
    if let Some(folder) = folder {
        url.push_str(&escape_path(folder));
    }
    url
}

fn message_url(
    config: &ImapConfig,
    account: &str,
    folder: &str,
    uid_validity: u32,
    uid: u32,
) -> String {
    format!(
        "{};UIDVALIDITY={uid_validity}/;UID={uid}",
        account_url(config, account, Some(folder))
    )
}

/// Percent-encodes what may not stand in a URL's user part; non-ASCII
/// stays as it is, for people to read (as in an IRI).
fn escape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '@' | ':' | '/' | '%' | ';' | '?' | '#' | ' ' => {
                out.push_str(&format!("%{:02X}", c as u32))
            }
            _ => out.push(c),
        }
    }
    out
}

/// As [`escape`], keeping `/` (folder hierarchy).
fn escape_path(text: &str) -> String {
    text.split('/').map(escape).collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fetched(uid: u32, size: u64) -> client::Fetched {
        client::Fetched {
            uid,
            flags: Vec::new(),
            size: Some(size),
            body: None,
        }
    }

    #[test]
    fn batches_are_bounded_by_bytes_and_count() {
        let listed: Vec<_> = (1..=1200).map(|uid| fetched(uid, 1000)).collect();
        let sizes: Vec<usize> = batches(&listed, 1 << 30).iter().map(|b| b.len()).collect();
        assert_eq!(sizes, [500, 500, 200]);
        let big: Vec<_> = (1..=5).map(|uid| fetched(uid, 20 << 20)).collect();
        let sizes: Vec<usize> = batches(&big, 1 << 30).iter().map(|b| b.len()).collect();
        assert_eq!(sizes, [1, 1, 1, 1, 1]);
        assert!(batches(&[], 1).is_empty());
    }

    #[test]
    fn urls_name_account_folder_and_uid() {
        let config = ImapConfig::from_toml(
            "host = \"mail.example\"\naccounts = [\"an.nguyen@stttt.quangngai.gov.vn\"]\n\
             [admin]\nuser = \"admin\"\npassword_env = \"PATH\"\n",
            "test",
            Path::new("."),
        );
        // Without system certificates the configuration is refused; the
        // URL does not depend on it.
        let Ok(config) = config else { return };
        assert_eq!(
            message_url(
                &config,
                "an.nguyen@stttt.quangngai.gov.vn",
                "Công việc/Dự án",
                7,
                42
            ),
            "imaps://an.nguyen%40stttt.quangngai.gov.vn@mail.example:993/Công%20việc/Dự%20án;UIDVALIDITY=7/;UID=42"
        );
    }

    #[test]
    fn credentials_must_come_from_a_file_or_the_environment() {
        let error = ImapConfig::from_toml(
            "host = \"h\"\naccounts = [\"a@b\"]\n[admin]\nuser = \"admin\"\npassword = \"x\"\n",
            "imap.toml",
            Path::new("."),
        )
        .unwrap_err();
        assert!(error.to_string().contains("imap.toml"), "{error}");
        let error = ImapConfig::from_toml(
            "host = \"h\"\naccounts = [\"a@b\"]\n",
            "imap.toml",
            Path::new("."),
        )
        .unwrap_err();
        assert!(
            error.to_string().contains("no credentials for a@b"),
            "{error}"
        );
    }
}
