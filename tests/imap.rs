//! Reading mailboxes over IMAP (feature `imap`) from a real Dovecot
//! (Debian's `dovecot-imapd`), started by each test on a loopback port
//! with a throw-away configuration under a temporary folder: two users, a
//! master user, TLS with a certificate from a throw-away CA, and the
//! fixture mail in several folders of each user's Maildir.
//!
//! The tests need root (Dovecot's mail processes run as `nobody`) and
//! Dovecot, so they are `#[ignore = "needs dovecot"]`; `.ci/run` installs
//! Dovecot and runs them with `--include-ignored`:
//! `cargo test --features imap --test integration imap -- --include-ignored`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use govmail_audit::imap::{ImapConfig, ImapState};
use govmail_audit::{Detector, Report};

use crate::common::{dovecot, fixture, fresh_dir};

const AN: &str = "an.nguyen@stttt.quangngai.gov.vn";
const BINH: &str = "binh.tt@sxd.quangngai.gov.vn";
const MASTER: &str = "auditor";
const MASTER_PASSWORD: &str = "master-secret";
/// `nobody`: Dovecot refuses to give mail to uid 0.
const MAIL_UID: u32 = 65534;

/// A running Dovecot: its folder and port.
struct Dovecot {
    dir: PathBuf,
    port: u16,
    _server: dovecot::Dovecot,
}

impl Dovecot {
    /// Writes the fixture mail, the certificates and the configuration,
    /// then starts Dovecot and waits for its port.
    fn start() -> Dovecot {
        let dir = fresh_dir("dovecot", &["run", "state", "mail"]);
        write_fixture_mail(&dir.join("mail"));
        dovecot::make_certificates(&dir);
        std::fs::write(
            dir.join("users"),
            format!("{AN}:{{PLAIN}}an-secret\n{BINH}:{{PLAIN}}binh-secret\n"),
        )
        .unwrap();
        std::fs::write(
            dir.join("masters"),
            format!("{MASTER}:{{PLAIN}}{MASTER_PASSWORD}\n"),
        )
        .unwrap();
        let port = free_port();
        let d = dir.display();
        let config = format!(
            r#"protocols = imap
ssl = required
ssl_cert = <{d}/server.pem
ssl_key = <{d}/server.key
disable_plaintext_auth = yes
auth_mechanisms = plain
auth_master_user_separator = *
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
}}
service imap-login {{
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    port = {port}
    ssl = yes
  }}
  chroot =
}}
service anvil {{
  chroot =
}}
passdb {{
  driver = passwd-file
  args = {d}/masters
  master = yes
  pass = yes
}}
passdb {{
  driver = passwd-file
  args = {d}/users
}}
userdb {{
  driver = static
  args = uid={MAIL_UID} gid={MAIL_UID} home={d}/mail/%u
}}
"#
        );
        chown_tree(&dir.join("mail"));
        let server = dovecot::Dovecot::start(&dir, &config, port);
        Dovecot {
            dir,
            port,
            _server: server,
        }
    }

    fn maildir(&self, user: &str) -> PathBuf {
        self.dir.join("mail").join(user).join("Maildir")
    }

    /// A configuration file for these accounts, `extra` appended.
    fn config(&self, body: &str) -> ImapConfig {
        let text = format!(
            "host = \"127.0.0.1\"\nport = {}\nca_file = \"ca.pem\"\ntimeout_seconds = 10\nretries = 1\n{body}",
            self.port
        );
        let path = self.dir.join(format!(
            "imap-{}.toml",
            COUNT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::write(&path, text).unwrap();
        ImapConfig::from_file(&path).unwrap()
    }
}

static COUNT: AtomicUsize = AtomicUsize::new(0);

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap()
}

/// The fixture messages, spread over folders of both users (Vietnamese
/// folder names included), half of them marked seen.
fn write_fixture_mail(mail: &Path) {
    let mut messages: Vec<PathBuf> = std::fs::read_dir(fixture("messages"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    messages.sort();
    // Maildir++ folder names on disk are modified UTF-7, as Dovecot keeps them.
    let folders = [
        (AN, ""),
        (AN, ".Sent"),
        (AN, ".C&APQ-ng vi&Hsc-c"),
        (AN, ".C&APQ-ng vi&Hsc-c.D&HvE- &AOE-n"),
        (BINH, ""),
        (BINH, ".Th&AbA- r&AOE-c"),
    ];
    for (i, message) in messages.iter().enumerate() {
        let (user, folder) = folders[i % folders.len()];
        let dir = mail.join(user).join("Maildir").join(folder);
        for sub in ["cur", "new", "tmp"] {
            std::fs::create_dir_all(dir.join(sub)).unwrap();
        }
        let flags = if i % 2 == 0 { "S" } else { "" };
        let name = format!("{}.M{i}P1.fixture:2,{flags}", 1_700_000_000 + i);
        std::fs::copy(message, dir.join("cur").join(name)).unwrap();
    }
}

fn chown_tree(path: &Path) {
    std::os::unix::fs::chown(path, Some(MAIL_UID), Some(MAIL_UID)).unwrap();
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            chown_tree(&entry.unwrap().path());
        }
    }
}

/// Every mail file (relative path; its name carries the flags) under a
/// Maildir, without Dovecot's own index files.
fn mail_files(dir: &Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path
                .parent()
                .is_some_and(|p| p.ends_with("cur") || p.ends_with("new"))
            {
                out.insert(
                    path.strip_prefix(dir.as_path())
                        .unwrap_or(&path)
                        .display()
                        .to_string(),
                );
            }
        }
    }
    out
}

fn detector() -> &'static Detector {
    crate::common::detector()
}

fn scan_imap(config: &ImapConfig, state: Option<&mut ImapState>) -> Report {
    let mut scan = detector().scan();
    scan.add_imap(config, state);
    scan.finish()
}

/// The report without locations, with evidence in a fixed order: what
/// must be equal whichever way the same mail was read.
fn comparable(report: &Report) -> serde_json::Value {
    fn strip(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                map.remove("location");
                map.values_mut().for_each(strip);
                if let Some(serde_json::Value::Array(evidence)) = map.get_mut("evidence") {
                    evidence.sort_by_key(|e| e.to_string());
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(report).unwrap();
    strip(&mut value);
    if let Some(summary) = value.get_mut("summary").and_then(|s| s.as_object_mut()) {
        // Files are folders over IMAP, message files on disk.
        summary.remove("files");
    }
    value
}

#[test]
#[ignore = "needs dovecot"]
fn imap_report_equals_the_maildir_report_and_nothing_on_the_server_changes() {
    let dovecot = Dovecot::start();
    // The same mail as Maildir on disk, read before Dovecot touches it.
    let mut scan = detector().scan();
    for user in [AN, BINH] {
        scan.add_path(&dovecot.maildir(user));
    }
    let on_disk = scan.finish();
    let files_before: Vec<_> = [AN, BINH].map(|u| mail_files(&dovecot.maildir(u))).into();

    std::fs::write(
        dovecot.dir.join("master.secret"),
        format!("{MASTER_PASSWORD}\n"),
    )
    .unwrap();
    let config = dovecot.config(&format!(
        "accounts = [\"{AN}\", \"{BINH}\"]\n[admin]\nuser = \"{MASTER}\"\nmethod = \"sasl-plain\"\npassword_file = \"master.secret\"\n"
    ));
    let started = Instant::now();
    let over_imap = scan_imap(&config, None);
    let elapsed = started.elapsed();
    assert!(over_imap.problems.is_empty(), "{:?}", over_imap.problems);
    assert!(on_disk.summary.messages >= 80, "{:?}", on_disk.summary);
    assert_eq!(comparable(&over_imap), comparable(&on_disk));
    // 6 folders with mail, and every other folder Dovecot lists.
    assert_eq!(over_imap.summary.files, 6);
    eprintln!(
        "IMAP: {} messages in {:.2} s ({:.0} messages/s)",
        over_imap.summary.messages,
        elapsed.as_secs_f64(),
        over_imap.summary.messages as f64 / elapsed.as_secs_f64()
    );

    // Locations name the account, the folder (decoded) and the UID.
    let locations: Vec<_> = over_imap
        .accounts
        .iter()
        .flat_map(|a| &a.evidence)
        .map(|e| &e.location)
        .collect();
    let prefix = format!(
        "imaps://an.nguyen%40stttt.quangngai.gov.vn@127.0.0.1:{}/",
        dovecot.port
    );
    assert!(
        locations.iter().any(|l| l.file.starts_with(&prefix)),
        "{locations:?}"
    );
    assert!(
        locations
            .iter()
            .all(|l| l.file.contains(";UIDVALIDITY=") && l.file.contains("/;UID="))
    );
    let folders: BTreeSet<_> = locations
        .iter()
        .filter_map(|l| l.folder.as_deref())
        .collect();
    assert!(folders.contains("Công việc"), "{folders:?}");
    assert!(folders.contains("Công việc/Dự án"), "{folders:?}");

    // Nothing changed: the mail files (their names carry the flags) are the
    // same, and a second scan names the same UIDs.
    let files_after: Vec<_> = [AN, BINH].map(|u| mail_files(&dovecot.maildir(u))).into();
    assert_eq!(files_before, files_after);
    let again = scan_imap(&config, None);
    let urls = |r: &Report| -> BTreeSet<String> {
        r.accounts
            .iter()
            .chain(&r.suspected_phishing)
            .chain(&r.invitations)
            .chain(&r.newsletters)
            .flat_map(|a| &a.evidence)
            .map(|e| e.location.file.clone())
            .collect()
    };
    assert_eq!(urls(&again), urls(&over_imap));
    assert!(!dovecot::log(&dovecot.dir).contains("expunged=1"));
}

#[test]
#[ignore = "needs dovecot"]
fn a_second_run_reads_only_new_mail() {
    let dovecot = Dovecot::start();
    std::fs::write(
        dovecot.dir.join("master.secret"),
        format!("{MASTER_PASSWORD}\n"),
    )
    .unwrap();
    // Dovecot's master-user login this time: `account*auditor`.
    let config = dovecot.config(&format!(
        "accounts = [\"{AN}\", \"{BINH}\"]\n[admin]\nuser = \"{MASTER}\"\nmethod = \"dovecot-master\"\npassword_file = \"master.secret\"\n"
    ));
    let state_file = dovecot.dir.join("state.json");
    let mut state = ImapState::load(&state_file).unwrap();
    let first = scan_imap(&config, Some(&mut state));
    assert!(first.summary.messages >= 80);
    state.save(&state_file).unwrap();

    // One new message for Bình.
    let new = dovecot
        .maildir(BINH)
        .join("new")
        .join("1800000000.M1P1.fixture");
    std::fs::copy(fixture("messages/facebook-verify-vi.eml"), &new).unwrap();
    chown_tree(&new);

    let mut state = ImapState::load(&state_file).unwrap();
    let second = scan_imap(&config, Some(&mut state));
    assert!(second.problems.is_empty(), "{:?}", second.problems);
    assert_eq!(second.summary.messages, 1, "{:?}", second.summary);
    assert_eq!(second.accounts.len(), 1);
    // The message is addressed to An, though it sits in Bình's mailbox.
    assert_eq!(second.accounts[0].address, AN);
    assert!(
        second.accounts[0].evidence[0]
            .location
            .file
            .contains("binh.tt%40sxd")
    );
    state.save(&state_file).unwrap();
    let third = scan_imap(&config, Some(&mut ImapState::load(&state_file).unwrap()));
    assert_eq!(third.summary.messages, 0);
}

#[test]
#[ignore = "needs dovecot"]
fn a_failing_account_is_a_problem_and_the_others_are_read() {
    let dovecot = Dovecot::start();
    std::fs::write(dovecot.dir.join("an.secret"), "an-secret\n").unwrap();
    std::fs::write(dovecot.dir.join("binh.secret"), "wrong\n").unwrap();
    // Each account's own credentials.
    let config = dovecot.config(&format!(
        "[[account]]\naddress = \"{AN}\"\npassword_file = \"an.secret\"\n\
         [[account]]\naddress = \"{BINH}\"\npassword_file = \"binh.secret\"\n"
    ));
    let report = scan_imap(&config, None);
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    let problem = &report.problems[0];
    assert!(problem.error.contains(BINH), "{}", problem.error);
    assert!(
        problem
            .location
            .file
            .starts_with("imaps://binh.tt%40sxd.quangngai.gov.vn@127.0.0.1:")
    );
    assert_eq!(report.summary.files_unreadable, 1);
    // All of An's mail was read.
    assert_eq!(
        report.summary.messages,
        mail_files(&dovecot.maildir(AN)).len() as u64,
        "{:?}",
        report.summary
    );
}

#[test]
fn imap_configuration_errors_name_the_file() {
    let dir = std::env::temp_dir().join(format!("govmail-imap-config-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("imap.toml");
    std::fs::write(&path, "host = \"h\"\naccounts = [\"a@b\"]\n[admin]\nuser = \"x\"\npassword_file = \"missing.secret\"\n").unwrap();
    let error = ImapConfig::from_file(&path).unwrap_err().to_string();
    assert!(error.contains("missing.secret"), "{error}");
    std::fs::write(&path, "host = \"h\"\nacounts = []\n").unwrap();
    let error = ImapConfig::from_file(&path).unwrap_err().to_string();
    assert!(
        error.contains("imap.toml") && error.contains("acounts"),
        "{error}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Messages per second over IMAP (TLS, loopback) against reading the same
/// Maildir from disk: 30 copies of the fixture mail in one account's
/// INBOX. Opt-in, in release mode:
/// `cargo test --release --features imap --test integration imap_throughput -- --ignored --nocapture`
#[test]
#[ignore = "benchmark; needs dovecot"]
fn imap_throughput() {
    let dovecot = Dovecot::start();
    let inbox = dovecot.maildir(BINH).join("cur");
    let fixtures: Vec<PathBuf> = std::fs::read_dir(fixture("messages"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    for copy in 0..30 {
        for (i, message) in fixtures.iter().enumerate() {
            let name = format!(
                "{}.M{copy}x{i}P2.bench:2,S",
                1_750_000_000 + copy * 1000 + i
            );
            std::fs::copy(message, inbox.join(name)).unwrap();
        }
    }
    chown_tree(&dovecot.dir.join("mail"));
    let started = Instant::now();
    let mut scan = detector().scan();
    scan.add_path(&dovecot.maildir(BINH));
    let on_disk = scan.finish();
    let disk = started.elapsed();

    std::fs::write(
        dovecot.dir.join("master.secret"),
        format!("{MASTER_PASSWORD}\n"),
    )
    .unwrap();
    let config = dovecot.config(&format!(
        "accounts = [\"{BINH}\"]\n[admin]\nuser = \"{MASTER}\"\npassword_file = \"master.secret\"\n"
    ));
    // Once to let Dovecot build its index, then measured.
    let _ = scan_imap(&config, None);
    let started = Instant::now();
    let over_imap = scan_imap(&config, None);
    let imap = started.elapsed();
    assert_eq!(over_imap.summary.messages, on_disk.summary.messages);
    let rate = |n: u64, t: Duration| n as f64 / t.as_secs_f64();
    eprintln!(
        "{} messages: Maildir {:.2} s ({:.0} messages/s), IMAP over TLS {:.2} s ({:.0} messages/s)",
        on_disk.summary.messages,
        disk.as_secs_f64(),
        rate(on_disk.summary.messages, disk),
        imap.as_secs_f64(),
        rate(over_imap.summary.messages, imap)
    );
}
