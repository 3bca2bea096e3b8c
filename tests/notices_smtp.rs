//! Sending the notices (feature `smtp`) through the real Postfix the milter
//! tests use (a throw-away instance on loopback, delivering the test
//! domain into one Maildir): the dry run sends nothing; a real run
//! delivers each person's notice and the head of unit's summary once, in
//! Vietnamese, the summary with the unit's page attached; a second run
//! sends nothing again. A second test adds submission with STARTTLS and
//! smtps (a throw-away CA) and authentication by a real Dovecot. Both fail
//! (saying why) where Postfix cannot run; `.ci/run` runs them with
//! `--features smtp`.

use std::path::Path;
use std::time::Duration;

use govmail_audit::report::{Directory, Lang};
use govmail_audit::smtp::{Outgoing, SmtpConfig, outgoing, send};

use crate::common::{detector, dovecot, fixture, fresh_dir};
use crate::postfix::harness::{DOMAIN, Postfix, free_port, require_postfix, wait_for};

const HEAD: &str = "giamdoc@stttt.quangngai.gov.vn";
/// The sender, and the account it authenticates as.
const FROM: &str = "cntt@stttt.quangngai.gov.vn";
const UNIT: &str = "Sở Thông tin và Truyền thông";

/// The mails the sample mailbox calls for (with the sample directory's
/// units), to the test domain's people only.
fn local_mails(config: &SmtpConfig) -> Vec<Outgoing> {
    let mut scan = detector().scan();
    scan.add_path(&fixture("mailboxes/sample.mbox"));
    let mut report = scan.finish();
    report.assign_units(&Directory::from_file(&fixture("directory/sample-nhansu.csv")).unwrap());
    let mails = outgoing(&report, Lang::Vi, config).unwrap();
    // Only the test domain's: Postfix here delivers that domain and
    // nothing else (other domains would bounce back to the sender).
    let local: Vec<_> = mails
        .iter()
        .filter(|m| m.to.to_lowercase().ends_with(&format!("@{DOMAIN}")))
        .cloned()
        .collect();
    assert!(
        local.len() < mails.len(),
        "the sample has people of other domains"
    );
    assert!(local.iter().any(|m| m.kind == "head"), "{local:?}");
    assert!(local.iter().filter(|m| m.kind == "person").count() >= 1);
    local
}

/// `dir/<name>.toml`: loopback, the test domain's sender, the head of the
/// unit, the record `<name>.jsonl`, and `settings` (port, security, login).
fn write_config(dir: &Path, name: &str, settings: &str) -> SmtpConfig {
    let path = dir.join(format!("{name}.toml"));
    std::fs::write(
        &path,
        format!(
            "host = \"127.0.0.1\"\n{settings}from = \"Phòng CNTT <{FROM}>\"\n\
             per_minute = 600\ntimeout_seconds = 10\nrecord = \"{name}.jsonl\"\n\
             [heads]\n\"{UNIT}\" = \"{HEAD}\"\n"
        ),
    )
    .unwrap();
    SmtpConfig::from_file(&path).unwrap_or_else(|e| panic!("{e}"))
}

/// Each of `local` is in the Maildir, as sent: subject, text, and for the
/// head the unit's own page attached.
fn check_delivered(postfix: &Postfix, local: &[Outgoing]) {
    let delivered = postfix.delivered();
    for mail in local {
        let raw = delivered.get(&mail.to.to_lowercase()).unwrap_or_else(|| {
            panic!(
                "nothing for {} in {:?}: {}",
                mail.to,
                delivered.keys(),
                delivered
                    .values()
                    .map(|m| String::from_utf8_lossy(&m[..m.len().min(3000)]).into_owned())
                    .collect::<Vec<_>>()
                    .join("\n=====\n")
            )
        });
        let parsed = mailparse::parse_mail(raw).unwrap();
        let subject = parsed
            .headers
            .iter()
            .find(|h| h.get_key() == "Subject")
            .unwrap()
            .get_value();
        assert_eq!(subject, mail.subject);
        let text = body_text(&parsed, "text/plain").unwrap();
        assert!(text.starts_with(&mail.text[..20]), "{text}");
        if mail.kind == "person" {
            assert!(
                text.contains("Kính gửi") && text.contains(&mail.to),
                "{text}"
            );
        } else {
            assert!(text.contains(UNIT), "{text}");
            let page = body_text(&parsed, "text/html").unwrap();
            assert!(page.contains("<!DOCTYPE html>"));
            let attachment = parsed
                .subparts
                .iter()
                .find(|p| {
                    p.get_content_disposition().disposition
                        == mailparse::DispositionType::Attachment
                })
                .expect("the unit's page is attached");
            let page = attachment.get_body().unwrap();
            assert!(
                page.contains("an.nguyen@stttt.quangngai.gov.vn"),
                "the unit's page"
            );
            assert!(
                !page.contains("binh.tt@sxd.quangngai.gov.vn"),
                "only the unit's page"
            );
        }
    }
}

fn body_text(mail: &mailparse::ParsedMail<'_>, mime: &str) -> Option<String> {
    if mail.ctype.mimetype == mime {
        return mail.get_body().ok();
    }
    mail.subparts.iter().find_map(|part| body_text(part, mime))
}

#[test]
#[ignore = "needs postfix (.ci/run installs it; cargo test -- --include-ignored)"]
fn notices_reach_each_person_and_the_head_once_and_the_dry_run_sends_nothing() {
    require_postfix();
    let postfix = Postfix::start(free_port()).unwrap_or_else(|e| panic!("{e}"));
    let config = write_config(
        &postfix.dir,
        "sent",
        &format!("port = {}\nsecurity = \"none\"\n", postfix.port_plain),
    );
    let local = local_mails(&config);
    let mails = local.clone();

    // The dry run: recorded, nothing sent.
    let dry = send(&config, &mails, true).unwrap();
    assert!(dry.iter().all(|s| s.status == "dry_run"));
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(postfix.delivered_count(), 0, "the dry run sent mail");

    let sent = send(&config, &mails, false).unwrap();
    assert!(sent.iter().all(|s| s.status == "sent"), "{sent:?}");
    wait_for("the notices to arrive", Duration::from_secs(60), || {
        let delivered = postfix.delivered();
        local
            .iter()
            .all(|m| delivered.contains_key(&m.to.to_lowercase()))
    })
    .unwrap_or_else(|e| panic!("{e}\n{}", postfix.log_tail()));
    check_delivered(&postfix, &local);
    assert_eq!(postfix.delivered_count(), local.len(), "each once");

    // Again: the record says they were sent; nothing goes out twice.
    let again = send(&config, &mails, false).unwrap();
    assert!(
        again.iter().all(|s| s.status == "already_sent"),
        "{again:?}"
    );
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(postfix.delivered_count(), local.len());
    let record = std::fs::read_to_string(postfix.dir.join("sent.jsonl")).unwrap();
    assert_eq!(record.lines().count(), 3 * mails.len());
}

/// The submission account's password (in Dovecot's passwd-file), and a
/// wrong one: neither may show in anything the library writes or says.
const PASSWORD: &str = "Gửi-thư#2026";
const WRONG: &str = "sai-mat-khau-41";

/// Submission as it is done for real: Postfix offers STARTTLS on one port
/// and TLS from the start (smtps) on another, with a certificate from a
/// throw-away CA, and authenticates through a real Dovecot auth service
/// (`smtpd_sasl_type = dovecot`, over loopback TCP), only under TLS, and
/// relays for authenticated clients only. The right password delivers the
/// notices over both, and with AUTH LOGIN on a port that offers only that
/// (Postfix would take PLAIN anyway: its log shows which was used); an
/// unknown CA, a wrong password, no login or no TLS send nothing, each
/// with an error that says why; no password is ever in an error, a record
/// or a log.
#[test]
#[ignore = "needs postfix and dovecot (.ci/run installs them; cargo test -- --include-ignored)"]
fn submission_over_starttls_and_tls_authenticated_by_dovecot() {
    require_postfix();
    let started = std::time::Instant::now();
    let dir = fresh_dir("smtp-auth", &["run", "state"]);
    dovecot::make_certificates(&dir);
    std::fs::write(dir.join("users"), format!("{FROM}:{{PLAIN}}{PASSWORD}\n")).unwrap();
    let auth_port = free_port();
    let d = dir.display();
    let _dovecot = dovecot::Dovecot::start(
        &dir,
        &format!(
            "protocols = none
ssl = no
auth_mechanisms = plain login
auth_verbose = yes
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  args = {d}/users
}}
userdb {{
  driver = static
  args = uid=65534 gid=65534 home=/nonexistent
}}
service auth {{
  inet_listener {{
    address = 127.0.0.1
    port = {auth_port}
  }}
}}
service anvil {{
  chroot =
}}
"
        ),
        auth_port,
    );
    let (submission, smtps, login_only) = (free_port(), free_port(), free_port());
    // Both ports: TLS required, SASL only under TLS, relay (and delivery)
    // for authenticated clients only (loopback is in mynetworks, so the
    // base's `permit_mynetworks` is replaced).
    let port_options = "  -o smtpd_milters=
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_tls_auth_only=yes
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject
";
    let postfix = Postfix::start_with(
        free_port(),
        &format!(
            "smtpd_tls_cert_file = {d}/server.pem
smtpd_tls_key_file = {d}/server.key
smtpd_sasl_type = dovecot
smtpd_sasl_path = inet:127.0.0.1:{auth_port}
"
        ),
        &format!(
            "127.0.0.1:{submission} inet n - n - - smtpd
{port_options}127.0.0.1:{smtps} inet n - n - - smtpd
  -o smtpd_tls_wrappermode=yes
{port_options}127.0.0.1:{login_only} inet n - n - - smtpd
{port_options}  -o smtpd_sasl_mechanism_filter=login
tlsmgr unix - - n 1000? 1 tlsmgr
"
        ),
    )
    .unwrap_or_else(|e| panic!("{e}\n{}", dovecot::log(&dir)));
    let logs = || {
        format!(
            "{}\n--- dovecot.log ---\n{}",
            postfix.log_tail(),
            dovecot::log(&dir)
        )
    };
    std::fs::copy(dir.join("ca.pem"), postfix.dir.join("ca.pem")).unwrap();
    std::fs::write(postfix.dir.join("right.secret"), format!("{PASSWORD}\n")).unwrap();
    std::fs::write(postfix.dir.join("wrong.secret"), format!("{WRONG}\n")).unwrap();
    let login = |secret: &str| format!("user = \"{FROM}\"\npassword_file = \"{secret}.secret\"\n");
    let starttls = format!("port = {submission}\nsecurity = \"starttls\"\n");
    let trusted = "ca_file = \"ca.pem\"\n";

    let local = local_mails(&write_config(&postfix.dir, "mails", ""));
    // Every configuration used, and every error `send` returned.
    let mut configs = Vec::new();
    let mut said = Vec::new();
    // A refusal: `send` fails before any mail, saying `expected`.
    let refused = |name: &str, settings: &str, expected: &[&str]| {
        let config = write_config(&postfix.dir, name, settings);
        let error = match send(&config, &local, false) {
            Ok(sent) => panic!("{name}: {sent:?}\n{}", logs()),
            Err(e) => e.to_string(),
        };
        for words in expected {
            assert!(
                error.contains(words),
                "{name}: {error:?} does not say {words:?}\n{}",
                logs()
            );
        }
        let record = std::fs::read_to_string(config.record()).unwrap_or_default();
        assert_eq!(record, "", "{name}: nothing is recorded as sent");
        eprintln!("{name}: {error}");
        (config, error)
    };
    // The certificate's CA is not trusted: refused, naming the server.
    let (config, error) = refused(
        "untrusted",
        &format!("{starttls}{}", login("right")),
        &[&format!("127.0.0.1:{submission}"), "certificate", "ca_file"],
    );
    configs.push(config);
    said.push(error);
    // In clear, Postfix offers no AUTH (smtpd_tls_auth_only): the
    // password is not sent.
    let (config, error) = refused(
        "clear",
        &format!(
            "port = {submission}\nsecurity = \"none\"\n{}",
            login("right")
        ),
        &["offers no authentication"],
    );
    configs.push(config);
    said.push(error);

    // Without a login, every recipient is refused (and recorded so).
    let config = write_config(&postfix.dir, "anonymous", &format!("{starttls}{trusted}"));
    let sent = send(&config, &local, false).unwrap_or_else(|e| panic!("{e}\n{}", logs()));
    assert!(
        sent.iter().all(
            |s| s.status == "failed" && s.error.as_deref().is_some_and(|e| e.contains("5.7.1"))
        ),
        "{sent:?}"
    );
    configs.push(config);

    // The right password: every notice over STARTTLS, one over smtps,
    // one where the server offers AUTH LOGIN only.
    for (name, settings, mails) in [
        ("starttls", format!("{starttls}{trusted}"), &local[..]),
        (
            "smtps",
            format!("port = {smtps}\nsecurity = \"tls\"\n{trusted}"),
            &local[..1],
        ),
        (
            "login-only",
            format!("port = {login_only}\nsecurity = \"starttls\"\n{trusted}"),
            &local[..1],
        ),
    ] {
        let config = write_config(&postfix.dir, name, &format!("{settings}{}", login("right")));
        let sent = send(&config, mails, false).unwrap_or_else(|e| panic!("{e}\n{}", logs()));
        assert!(
            sent.iter().all(|s| s.status == "sent"),
            "{name}: {sent:?}\n{}",
            logs()
        );
        configs.push(config);
    }

    // A wrong password: refused, saying so. Last, as Dovecot makes a
    // client wait after a failure (its auth penalty).
    let (config, error) = refused(
        "wrong-password",
        &format!("{starttls}{trusted}{}", login("wrong")),
        &[
            &format!("127.0.0.1:{submission}"),
            "authentication as",
            FROM,
            "failed",
        ],
    );
    configs.push(config);
    said.push(error);

    let expected = local.len() + 2;
    wait_for("the notices to arrive", Duration::from_secs(30), || {
        postfix.delivered_count() >= expected
    })
    .unwrap_or_else(|e| panic!("{e}\n{}", logs()));
    check_delivered(&postfix, &local);
    // Under TLS and authenticated (ESMTPSA), and nothing else arrived.
    for raw in postfix.delivered().values() {
        let text = String::from_utf8_lossy(raw);
        assert!(text.contains("with ESMTPSA id"), "{text}");
    }
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(postfix.delivered_count(), expected, "{}", logs());
    let maillog = std::fs::read_to_string(postfix.dir.join("maillog")).unwrap();
    assert!(
        maillog.contains(&format!("sasl_method=PLAIN, sasl_username={FROM}")),
        "{}",
        logs()
    );
    assert!(
        maillog.contains(&format!("sasl_method=LOGIN, sasl_username={FROM}")),
        "{}",
        logs()
    );
    assert!(
        maillog.contains("SASL PLAIN authentication failed"),
        "{}",
        logs()
    );
    assert!(
        dovecot::log(&dir).contains("Password mismatch"),
        "{}",
        logs()
    );

    // No password anywhere: errors, records, the configuration's Debug,
    // the delivered mail, Postfix's and Dovecot's logs.
    let mut everything = said.join("\n");
    for config in &configs {
        everything.push_str(&format!("{config:?}\n"));
        everything.push_str(&std::fs::read_to_string(config.record()).unwrap_or_default());
    }
    for raw in postfix.delivered().values() {
        everything.push_str(&String::from_utf8_lossy(raw));
    }
    everything.push_str(&maillog);
    everything.push_str(&dovecot::log(&dir));
    for secret in [PASSWORD, WRONG] {
        assert!(!everything.contains(secret), "{secret:?} shows");
    }
    eprintln!(
        "submission with STARTTLS, smtps and Dovecot SASL: {:.1} s",
        started.elapsed().as_secs_f64()
    );
}
