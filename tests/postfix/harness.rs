//! A throw-away Postfix instance and the milter example, for tests.
//!
//! The instance lives in its own temporary folder: its own
//! `config_directory`, `queue_directory`, `data_directory`, a `master.cf`
//! with two smtpd listeners on high loopback ports (one through the milter,
//! one without), delivery by virtual(8) into one Maildir, and its own log
//! file. Nothing outside that folder is changed. It needs root and Debian's
//! `postfix` package (the `postfix` user and `postdrop` group).

use std::collections::HashMap;
use std::net::{TcpListener, TcpStream};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{example_binary, fresh_dir};

/// The official test domain the instance accepts mail for.
pub(crate) const DOMAIN: &str = "stttt.quangngai.gov.vn";

/// Why Postfix cannot run here, if it cannot.
pub(crate) fn unavailable() -> Option<String> {
    let uid = std::fs::metadata("/proc/self").map(|m| m.uid()).ok();
    if uid != Some(0) {
        return Some("not running as root (a Postfix instance needs root)".into());
    }
    if !Path::new("/usr/sbin/postfix").exists() {
        return Some("Postfix is not installed: apt-get install postfix (see .ci/run)".into());
    }
    for (what, name) in [("passwd", "postfix"), ("group", "postdrop")] {
        let found = Command::new("getent")
            .args([what, name])
            .stdout(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !found {
            return Some(format!(
                "no `{name}` in {what}: reinstall Debian's postfix package"
            ));
        }
    }
    None
}

/// Fails the calling test, saying why, when Postfix cannot run. The tests
/// that need it are `#[ignore]`d, so a plain `cargo test` lists them as
/// ignored instead of passing them unrun; `--include-ignored` (`.ci/run`,
/// after installing Postfix) runs them.
pub(crate) fn require_postfix() {
    if let Some(reason) = unavailable() {
        panic!("the Postfix test cannot run here: {reason}");
    }
}

/// A free TCP port on loopback (bound, read, released).
pub(crate) fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

/// Runs a command with a time limit; returns its output or why it failed.
pub(crate) fn run(command: &mut Command, limit: Duration) -> Result<String, String> {
    let what = format!("{command:?}");
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{what}: {e}"))?;
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if started.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("{what}: still running after {limit:?}"));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(format!("{what}: {e}")),
        }
    }
    let output = child
        .wait_with_output()
        .map_err(|e| format!("{what}: {e}"))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    if output.status.success() {
        Ok(text)
    } else {
        Err(format!("{what}: {}: {text}", output.status))
    }
}

/// Waits until `ready` says yes, or fails after `limit`.
pub(crate) fn wait_for(
    what: &str,
    limit: Duration,
    mut ready: impl FnMut() -> bool,
) -> Result<(), String> {
    let started = Instant::now();
    while !ready() {
        if started.elapsed() > limit {
            return Err(format!("timed out after {limit:?} waiting for {what}"));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(())
}

/// A running Postfix instance; stopped and removed on drop.
pub(crate) struct Postfix {
    pub(crate) dir: PathBuf,
    /// smtpd that calls the milter.
    pub(crate) port_milter: u16,
    /// smtpd without a milter.
    pub(crate) port_plain: u16,
    /// smtpd that calls a milter on the Unix socket `milter_socket()`.
    pub(crate) port_unix: u16,
    stopped: bool,
}

impl Postfix {
    pub(crate) fn conf(&self) -> PathBuf {
        self.dir.join("conf")
    }

    pub(crate) fn milter_socket(&self) -> PathBuf {
        self.dir.join("milter.sock")
    }

    pub(crate) fn maildir_new(&self) -> PathBuf {
        self.dir.join("mail/inbox/new")
    }

    /// Creates, checks and starts an instance whose milter-enabled smtpd
    /// expects the milter at `127.0.0.1:milter_port`.
    pub(crate) fn start(milter_port: u16) -> Result<Postfix, String> {
        Postfix::start_with(milter_port, "", "")
    }

    /// The same, with `main_extra` appended to `main.cf` (parameters the
    /// base does not set) and `master_extra` to `master.cf` (more
    /// services: a submission port, say).
    pub(crate) fn start_with(
        milter_port: u16,
        main_extra: &str,
        master_extra: &str,
    ) -> Result<Postfix, String> {
        let dir = fresh_dir("postfix", &["conf", "queue", "data", "mail"]);
        let postfix = Postfix {
            dir,
            port_milter: free_port(),
            port_plain: free_port(),
            port_unix: free_port(),
            stopped: false,
        };
        let d = postfix.dir.display().to_string();
        let nobody = "65534";
        // Postfix wants its data directory owned by mail_owner; virtual(8)
        // writes the Maildir as the virtual uid.
        run(
            Command::new("chown").args(["postfix", &format!("{d}/data")]),
            Duration::from_secs(10),
        )?;
        run(
            Command::new("chown").args([&format!("{nobody}:{nobody}"), &format!("{d}/mail")]),
            Duration::from_secs(10),
        )?;
        let main_cf = format!(
            "\
compatibility_level = 3.6
config_directory = {d}/conf
queue_directory = {d}/queue
data_directory = {d}/data
mail_owner = postfix
setgid_group = postdrop
maillog_file = {d}/maillog
maillog_file_prefixes = {d}
inet_interfaces = loopback-only
inet_protocols = ipv4
myhostname = mx.test.invalid
mydomain = test.invalid
myorigin = test.invalid
mydestination =
mynetworks = 127.0.0.0/8
relay_domains =
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
virtual_mailbox_domains = {DOMAIN}
virtual_mailbox_base = {d}/mail
virtual_mailbox_maps = static:inbox/
virtual_uid_maps = static:{nobody}
virtual_gid_maps = static:{nobody}
virtual_minimum_uid = 1
# Keep the message as sent: no header rewriting for local clients, no
# headers dropped (by default Postfix drops Return-Path, Bcc ...), no MIME
# conversion. What Postfix still adds: a Received: header at the top
# (smtpd/cleanup), and Return-Path:, X-Original-To:, Delivered-To: in
# front of it (virtual(8) at delivery).
local_header_rewrite_clients =
message_drop_headers =
disable_mime_output_conversion = yes
smtputf8_enable = no
biff = no
smtpd_milters = inet:127.0.0.1:{milter_port}
non_smtpd_milters = inet:127.0.0.1:{milter_port}
milter_protocol = 6
milter_default_action = accept
milter_connect_timeout = 5s
milter_command_timeout = 10s
milter_content_timeout = 30s
{main_extra}"
        );
        let plain = postfix.port_plain;
        let with_milter = postfix.port_milter;
        let unix = postfix.port_unix;
        let socket = postfix.milter_socket().display().to_string();
        let master_cf = format!(
            "\
127.0.0.1:{with_milter} inet n - n - - smtpd
127.0.0.1:{plain} inet n - n - - smtpd
  -o smtpd_milters=
127.0.0.1:{unix} inet n - n - - smtpd
  -o smtpd_milters=unix:{socket}
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
virtual   unix  -       n       n       -       -       virtual
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
{master_extra}"
        );
        std::fs::write(postfix.conf().join("main.cf"), main_cf).map_err(|e| e.to_string())?;
        std::fs::write(postfix.conf().join("master.cf"), master_cf).map_err(|e| e.to_string())?;
        // `postfix check` also creates the queue directories.
        postfix.postfix("check")?;
        postfix.postfix("start")?;
        let port = postfix.port_milter;
        wait_for("Postfix smtpd to listen", Duration::from_secs(30), || {
            TcpStream::connect(("127.0.0.1", port)).is_ok()
        })
        .map_err(|e| format!("{e}\n{}", postfix.log_tail()))?;
        Ok(postfix)
    }

    fn postfix(&self, action: &str) -> Result<String, String> {
        let conf = self.conf();
        run(
            Command::new("/usr/sbin/postfix")
                .arg("-c")
                .arg(&conf)
                .arg(action),
            Duration::from_secs(60),
        )
        .map_err(|e| format!("{e}\n{}", self.log_tail()))
    }

    /// The last lines of the instance's log, for failure messages.
    pub(crate) fn log_tail(&self) -> String {
        let log = std::fs::read_to_string(self.dir.join("maillog")).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        let from = lines.len().saturating_sub(30);
        format!(
            "--- maillog ---\n{}",
            lines.get(from..).unwrap_or(&[]).join("\n")
        )
    }

    /// `postqueue -p`: the queue listing.
    pub(crate) fn queue_listing(&self) -> Result<String, String> {
        run(
            Command::new("/usr/sbin/postqueue")
                .arg("-c")
                .arg(self.conf())
                .arg("-p"),
            Duration::from_secs(30),
        )
    }

    /// Queue ids on hold (`postqueue -p` marks them with `!`).
    pub(crate) fn held(&self) -> Result<Vec<String>, String> {
        Ok(self
            .queue_listing()?
            .lines()
            .filter_map(|l| l.split_whitespace().next())
            .filter_map(|id| id.strip_suffix('!'))
            .map(str::to_string)
            .collect())
    }

    /// Delivered messages by recipient (the `Delivered-To:` virtual(8) adds).
    pub(crate) fn delivered(&self) -> HashMap<String, Vec<u8>> {
        let mut found = HashMap::new();
        let Ok(entries) = std::fs::read_dir(self.maildir_new()) else {
            return found;
        };
        for entry in entries.flatten() {
            let Ok(bytes) = std::fs::read(entry.path()) else {
                continue;
            };
            let rcpt = bytes
                .split(|&b| b == b'\n')
                .take(3)
                .find_map(|line| line.strip_prefix(b"Delivered-To: "))
                .map(|r| String::from_utf8_lossy(r).into_owned());
            if let Some(rcpt) = rcpt {
                found.insert(rcpt, bytes);
            }
        }
        found
    }

    /// How many messages the Maildir holds.
    pub(crate) fn delivered_count(&self) -> usize {
        std::fs::read_dir(self.maildir_new())
            .map(|d| d.count())
            .unwrap_or(0)
    }

    /// Sends a message through the sendmail command (pickup, so
    /// `non_smtpd_milters`).
    pub(crate) fn sendmail(&self, from: &str, rcpt: &str, message: &[u8]) -> Result<(), String> {
        let mut child = Command::new("/usr/sbin/sendmail")
            .arg("-C")
            .arg(self.conf())
            .args(["-i", "-f", from, "--", rcpt])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("sendmail: {e}"))?;
        if let Some(mut stdin) = child.stdin.take() {
            use std::io::Write;
            stdin.write_all(message).map_err(|e| e.to_string())?;
        }
        let output = child.wait_with_output().map_err(|e| e.to_string())?;
        if output.status.success() {
            Ok(())
        } else {
            Err(format!(
                "sendmail: {}: {}",
                output.status,
                String::from_utf8_lossy(&output.stderr)
            ))
        }
    }

    pub(crate) fn stop(&mut self) {
        if !self.stopped {
            self.stopped = true;
            if let Err(e) = self.postfix("stop") {
                eprintln!("postfix stop: {e}");
            }
        }
    }
}

impl Drop for Postfix {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The milter example, built in the test's own profile once per run; or
/// the binary `GOVMAIL_MILTER_BINARY` names, to measure another build (an
/// earlier commit's, say) with the same load run.
pub(crate) fn milter_binary() -> PathBuf {
    match std::env::var_os("GOVMAIL_MILTER_BINARY") {
        Some(path) => PathBuf::from(path),
        None => example_binary("milter"),
    }
}

/// Where a milter listens.
pub(crate) enum Listen {
    Tcp(u16),
    Unix(PathBuf),
}

/// A running milter; killed on drop.
pub(crate) struct Milter {
    child: Child,
    stderr: PathBuf,
}

impl Milter {
    /// Starts the milter on `127.0.0.1:port` with `args`, writing its
    /// verdict log to `log`, and waits until it accepts connections.
    pub(crate) fn start(port: u16, log: &Path, args: &[&str]) -> Result<Milter, String> {
        Milter::start_on(&Listen::Tcp(port), log, args)
    }

    /// Starts the milter listening on `listen`.
    pub(crate) fn start_on(listen: &Listen, log: &Path, args: &[&str]) -> Result<Milter, String> {
        let spec = match listen {
            Listen::Tcp(port) => format!("inet:127.0.0.1:{port}"),
            Listen::Unix(path) => format!("unix:{}", path.display()),
        };
        let stderr = log.with_extension(format!(
            "{}.stderr",
            spec.replace(|c: char| !c.is_ascii_alphanumeric(), "_")
        ));
        let err_file = std::fs::File::create(&stderr).map_err(|e| e.to_string())?;
        let child = Command::new(milter_binary())
            .arg("--listen")
            .arg(&spec)
            .arg("--log")
            .arg(log)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(err_file)
            .spawn()
            .map_err(|e| format!("starting the milter: {e}"))?;
        let mut milter = Milter { child, stderr };
        let ready = wait_for(
            "the milter to listen",
            Duration::from_secs(30),
            || match listen {
                Listen::Tcp(port) => TcpStream::connect(("127.0.0.1", *port)).is_ok(),
                Listen::Unix(path) => std::os::unix::net::UnixStream::connect(path).is_ok(),
            },
        );
        if let Err(e) = ready {
            milter.kill();
            return Err(format!("{e}: {}", milter.stderr_text()));
        }
        // Let the milter see the probe connection close, so that it is not
        // counted against --max-connections.
        std::thread::sleep(Duration::from_millis(200));
        if let Listen::Unix(path) = listen {
            // The socket is 0660 root:root; smtpd runs as `postfix`.
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o666))
                .map_err(|e| e.to_string())?;
        }
        Ok(milter)
    }

    pub(crate) fn pid(&self) -> u32 {
        self.child.id()
    }

    pub(crate) fn stderr_text(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }

    /// Sends SIGHUP and waits for the reload to be reported.
    pub(crate) fn reload(&self) -> Result<(), String> {
        let before = self.stderr_text().matches("reloaded").count();
        run(
            Command::new("kill").args(["-HUP", &self.pid().to_string()]),
            Duration::from_secs(10),
        )?;
        wait_for("the milter to reload", Duration::from_secs(30), || {
            self.stderr_text().matches("reloaded").count() > before
        })
    }

    /// SIGKILL: no goodbye to Postfix.
    pub(crate) fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Milter {
    fn drop(&mut self) {
        self.kill();
    }
}
