//! The milter example inside a real Postfix (Debian's package, a throw-away
//! instance under a temporary folder): headers on sign-up mail, every other
//! byte unchanged, phishing held, SIGHUP without dropped connections, and
//! fail-open when the milter dies. Needs root and Postfix, so ignored by a
//! plain `cargo test`; `.ci/run` installs Postfix and runs it with
//! `cargo test -- --include-ignored`, where a missing Postfix is a failure.
//!
//! The load run is opt-in (`#[ignore]`):
//! `cargo test --release --test integration postfix_load -- --ignored --nocapture`

pub(crate) mod harness;
pub(crate) mod smtp;

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::Deserialize;

use crate::common::{detector, fixture, to_crlf, to_lf};
use harness::{DOMAIN, Listen, Milter, Postfix, free_port, require_postfix, wait_for};
use smtp::Smtp;

const SENDER: &str = "bounces@sender.test.invalid";
const AUDIT: &str = "X-Govmail-Audit: ";

#[derive(Deserialize)]
struct Expected {
    message: Vec<Entry>,
}

#[derive(Deserialize, Clone)]
struct Entry {
    file: String,
    expect: String,
    official: Option<String>,
    service: Option<String>,
    event: Option<String>,
}

fn entries() -> Vec<Entry> {
    let text = std::fs::read_to_string(fixture("messages/expected.toml")).unwrap();
    toml::from_str::<Expected>(&text).unwrap().message
}

fn raw(entry: &Entry) -> Vec<u8> {
    std::fs::read(fixture(&format!("messages/{}", entry.file))).unwrap()
}

/// A delivered message taken apart.
#[derive(Debug)]
struct Delivered {
    /// The `X-Govmail-Audit` values.
    audit: Vec<String>,
    /// Everything else that was not added by Postfix: the message as sent.
    message: Vec<u8>,
}

/// Takes off exactly what Postfix adds (virtual(8): `Return-Path:`,
/// `X-Original-To:`, `Delivered-To:`; smtpd/pickup via cleanup: one
/// `Received:` header, folded, on top of the message) and the
/// `X-Govmail-Audit` fields, which must stand together at the end of the
/// header block (SMFIR_ADDHEADER appends).
fn dissect(delivered: &[u8], rcpt: &str) -> Result<Delivered, String> {
    let mut lines = delivered.split_inclusive(|&b| b == b'\n').peekable();
    for expected in [
        format!("Return-Path: <{SENDER}>\n"),
        format!("X-Original-To: {rcpt}\n"),
        format!("Delivered-To: {rcpt}\n"),
    ] {
        let line = lines.next().unwrap_or_default();
        if line != expected.as_bytes() {
            return Err(format!(
                "expected {expected:?}, found {:?}",
                String::from_utf8_lossy(line)
            ));
        }
    }
    let received = lines.next().unwrap_or_default();
    if !received.starts_with(b"Received: from ") && !received.starts_with(b"Received: by ") {
        return Err(format!(
            "expected Postfix's Received:, found {:?}",
            String::from_utf8_lossy(received)
        ));
    }
    let mut received_text = String::from_utf8_lossy(received).into_owned();
    while lines
        .peek()
        .is_some_and(|l| l.starts_with(b" ") || l.starts_with(b"\t"))
    {
        received_text.push_str(&String::from_utf8_lossy(lines.next().unwrap_or_default()));
    }
    if !received_text.contains("by mx.test.invalid (Postfix") {
        return Err(format!("not Postfix's Received: {received_text:?}"));
    }
    let mut message = Vec::new();
    let mut audit = Vec::new();
    let mut in_header = true;
    let mut audit_ended = false;
    for line in lines {
        if in_header && line == b"\n" {
            in_header = false;
        }
        if in_header {
            if let Some(value) = line.strip_prefix(AUDIT.as_bytes()) {
                if audit_ended {
                    return Err("X-Govmail-Audit fields are not together".into());
                }
                audit.push(String::from_utf8_lossy(value).trim_end().to_string());
                continue;
            }
            if !audit.is_empty() {
                audit_ended = true;
            }
            // A header after the audit fields: they were not appended last.
            if audit_ended {
                return Err("a header field follows X-Govmail-Audit".into());
            }
        }
        message.extend_from_slice(line);
    }
    Ok(Delivered { audit, message })
}

/// What the audit header must say for a fixture, from expected.toml.
fn check_audit(entry: &Entry, audit: &[String]) -> Result<(), String> {
    let field = |name: &str, value: &Option<String>| {
        value
            .as_ref()
            .map(|v| format!("{name}={v};"))
            .unwrap_or_default()
    };
    let address = field("address", &entry.official);
    let service = field("service", &entry.service);
    let event = field("event", &entry.event);
    let any = |kind: &str, extra: &[&str]| {
        audit.iter().any(|h| {
            h.starts_with(kind)
                && h.contains(&address)
                && extra.iter().all(|e| e.is_empty() || h.contains(e))
        })
    };
    let none_of = |kinds: &[&str]| !audit.iter().any(|h| kinds.iter().any(|k| h.starts_with(k)));
    let ok = match entry.expect.as_str() {
        "account" => {
            any("account; ", &[&service, &event])
                && audit
                    .iter()
                    .filter(|h| h.contains(&address))
                    .all(|h| h.ends_with("violation=yes"))
                && none_of(&["suspected-phishing; "])
        }
        "phishing" => any("suspected-phishing; ", &[&service]) && none_of(&["account; "]),
        "invitation" => any("invitation; ", &[]) && none_of(&["account; ", "suspected-phishing; "]),
        "newsletter" => any("newsletter; ", &[]) && none_of(&["account; ", "suspected-phishing; "]),
        "none" => audit.iter().all(|h| h.starts_with("newsletter; ")),
        other => return Err(format!("unknown expectation {other}")),
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "{}: expected {} {address} {service} {event}; headers: {audit:#?}",
            entry.file, entry.expect
        ))
    }
}

/// Waits until every recipient in `rcpts` has a delivered message.
fn wait_delivered(postfix: &Postfix, rcpts: &[String], limit: Duration) -> Result<(), String> {
    wait_for("delivery", limit, || {
        let delivered = postfix.delivered();
        rcpts.iter().all(|r| delivered.contains_key(r))
    })
    .map_err(|e| {
        let delivered = postfix.delivered();
        let missing: Vec<&String> = rcpts
            .iter()
            .filter(|r| !delivered.contains_key(*r))
            .collect();
        format!("{e}: missing {missing:?}\n{}", postfix.log_tail())
    })
}

fn log_lines(log: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
#[ignore = "needs root and Postfix (.ci/run installs it; cargo test -- --include-ignored)"]
fn postfix_end_to_end() {
    require_postfix();
    let started = Instant::now();
    let milter_port = free_port();
    let postfix = Postfix::start(milter_port).unwrap_or_else(|e| panic!("{e}"));
    let policy = postfix.dir.join("policy.toml");
    std::fs::write(&policy, "# default policy\n").unwrap();
    let policy_arg = policy.to_str().unwrap();
    let log = postfix.dir.join("verdicts.jsonl");
    let milter = Milter::start(milter_port, &log, &["-c", policy_arg]).unwrap();
    println!("postfix and milter up in {:?}", started.elapsed());

    // 1. Every fixture through smtpd (smtpd_milters), over TCP and over a
    //    Unix socket (where the milter asks Postfix to skip replies), and
    //    one through sendmail (pickup: non_smtpd_milters).
    let unix_log = postfix.dir.join("verdicts-unix.jsonl");
    let unix_milter = Milter::start_on(
        &Listen::Unix(postfix.milter_socket()),
        &unix_log,
        &["-c", policy_arg],
    )
    .unwrap();
    let entries = entries();
    let signup = entries
        .iter()
        .find(|e| e.file == "facebook-verify-vi.eml")
        .unwrap()
        .clone();
    for (transport, port, log) in [
        ("inet", postfix.port_milter, &log),
        ("unix", postfix.port_unix, &unix_log),
    ] {
        let mut smtp = Smtp::connect(port).unwrap();
        let mut rcpts = Vec::new();
        for (i, entry) in entries.iter().enumerate() {
            let rcpt = format!("{transport}{i}@{DOMAIN}");
            smtp.send(SENDER, &[&rcpt], &raw(entry))
                .unwrap_or_else(|e| panic!("{}: {e}", entry.file));
            rcpts.push(rcpt);
        }
        smtp.quit();
        let sendmail_rcpt = format!("sendmail@{DOMAIN}");
        if transport == "inet" {
            postfix
                .sendmail(SENDER, &sendmail_rcpt, &raw(&signup))
                .unwrap();
            rcpts.push(sendmail_rcpt.clone());
        }
        wait_delivered(&postfix, &rcpts, Duration::from_secs(120)).unwrap();
        let delivered = postfix.delivered();
        let mut failures = Vec::new();
        let mut with_header = 0;
        for (i, entry) in entries.iter().enumerate() {
            let rcpt = &rcpts[i];
            let sent = raw(entry);
            let outcome = dissect(&delivered[rcpt], rcpt).and_then(|d| {
                if d.message != to_lf(&sent) {
                    return Err(format!("{}: the message was altered", entry.file));
                }
                // One header per finding of the library's own verdict.
                let findings = detector().inspect(&to_crlf(&sent)).findings.len();
                if d.audit.len() != findings.min(10) {
                    return Err(format!(
                        "{}: {} headers for {findings} findings",
                        entry.file,
                        d.audit.len()
                    ));
                }
                with_header += usize::from(!d.audit.is_empty());
                check_audit(entry, &d.audit)
            });
            if let Err(why) = outcome {
                failures.push(why);
            }
        }
        assert!(failures.is_empty(), "{transport}: {}", failures.join("\n"));
        let accounts = entries.iter().filter(|e| e.expect == "account").count();
        assert!(with_header >= accounts, "{with_header} < {accounts}");
        let mut expected_lines = entries.len();
        if transport == "inet" {
            let via_sendmail = dissect(&delivered[&sendmail_rcpt], &sendmail_rcpt).unwrap();
            check_audit(&signup, &via_sendmail.audit).unwrap();
            assert!(
                via_sendmail.message == to_lf(&raw(&signup)),
                "sendmail altered: {}",
                String::from_utf8_lossy(&via_sendmail.message)
            );
            expected_lines += 1;
        }
        println!(
            "{transport}: {} fixtures delivered, {with_header} with X-Govmail-Audit, \
             the rest byte-identical",
            entries.len()
        );
        // One log line per message, each with Postfix's queue id.
        let lines = log_lines(log);
        assert_eq!(lines.len(), expected_lines);
        assert!(
            lines
                .iter()
                .all(|l| l["queue_id"].as_str().is_some_and(|q| !q.is_empty()))
        );
        assert!(
            lines
                .iter()
                .filter(|l| l["action"] == "header")
                .all(|l| !l["verdict"]["findings"].as_array().unwrap().is_empty())
        );
    }
    drop(unix_milter);

    // 2. SIGHUP: a changed policy takes effect on a connection that stays up.
    let mut smtp = Smtp::connect(postfix.port_milter).unwrap();
    let before = format!("reload-before@{DOMAIN}");
    smtp.send(SENDER, &[&before], &raw(&signup)).unwrap();
    std::fs::write(
        &policy,
        "[violations]\napproved_services = [\"facebook\"]\n",
    )
    .unwrap();
    milter.reload().unwrap();
    let after = format!("reload-after@{DOMAIN}");
    smtp.send(SENDER, &[&after], &raw(&signup)).unwrap();
    smtp.quit();
    wait_delivered(
        &postfix,
        &[before.clone(), after.clone()],
        Duration::from_secs(60),
    )
    .unwrap();
    let delivered = postfix.delivered();
    let before = dissect(&delivered[&before], &before).unwrap();
    let after = dissect(&delivered[&after], &after).unwrap();
    assert!(before.audit[0].ends_with("violation=yes"), "{before:?}");
    assert!(after.audit[0].ends_with("violation=no"), "{after:?}");
    println!("SIGHUP reload applied within one SMTP session");

    // 3. Quarantine: a milter that holds suspected phishing.
    drop(milter);
    let milter = Milter::start(
        milter_port,
        &log,
        &["-c", policy_arg, "--quarantine-phishing"],
    )
    .unwrap();
    let mut smtp = Smtp::connect(postfix.port_milter).unwrap();
    let mut held_ids = Vec::new();
    for entry in entries.iter().filter(|e| e.expect == "phishing") {
        let rcpt = format!("phish-{}@{DOMAIN}", entry.file.trim_end_matches(".eml"));
        held_ids.push(smtp.send(SENDER, &[&rcpt], &raw(entry)).unwrap());
    }
    let signup_rcpt = format!("quarantine-signup@{DOMAIN}");
    smtp.send(SENDER, &[&signup_rcpt], &raw(&signup)).unwrap();
    smtp.quit();
    wait_delivered(
        &postfix,
        std::slice::from_ref(&signup_rcpt),
        Duration::from_secs(60),
    )
    .unwrap();
    let held = postfix.held().unwrap();
    for id in &held_ids {
        assert!(
            held.contains(id),
            "{id} not on hold: {}",
            postfix.queue_listing().unwrap_or_default()
        );
    }
    assert_eq!(held.len(), held_ids.len());
    assert!(!postfix.delivered().keys().any(|r| r.starts_with("phish-")));
    println!(
        "{} phishing messages on hold (postqueue -p)",
        held_ids.len()
    );

    // 4. Overload: with room for one connection, a second SMTP session is
    //    accepted uninspected (and logged so); the first is still served.
    drop(milter);
    let overload_log = postfix.dir.join("verdicts-overload.jsonl");
    let mut milter = Milter::start(
        milter_port,
        &overload_log,
        &["-c", policy_arg, "--max-connections", "1"],
    )
    .unwrap();
    // A message on the first session makes sure its milter connection is
    // the one counted before the second session opens.
    let served: Vec<String> = (0..2).map(|i| format!("served{i}@{DOMAIN}")).collect();
    let passed = format!("passed@{DOMAIN}");
    let mut first = Smtp::connect(postfix.port_milter).unwrap();
    first.send(SENDER, &[&served[0]], &raw(&signup)).unwrap();
    let mut second = Smtp::connect(postfix.port_milter).unwrap();
    second.send(SENDER, &[&passed], &raw(&signup)).unwrap();
    first.send(SENDER, &[&served[1]], &raw(&signup)).unwrap();
    second.quit();
    first.quit();
    let mut all = served.clone();
    all.push(passed.clone());
    wait_delivered(&postfix, &all, Duration::from_secs(60)).unwrap();
    let delivered = postfix.delivered();
    for rcpt in &served {
        let mail = dissect(&delivered[rcpt], rcpt).unwrap();
        assert_eq!(
            mail.audit.len(),
            1,
            "{rcpt}: {:#?}",
            log_lines(&overload_log)
        );
    }
    let passed_mail = dissect(&delivered[&passed], &passed).unwrap();
    assert!(passed_mail.audit.is_empty(), "{passed_mail:?}");
    assert_eq!(passed_mail.message, to_lf(&raw(&signup)));
    let lines = log_lines(&overload_log);
    assert!(
        lines
            .iter()
            .any(|l| l["action"] == "fail_open" && l["reason"] == "too_many_connections"),
        "{lines:#?}"
    );
    println!("overload: the session over --max-connections passed uninspected, and logged");

    // 5. Fail-open: the milter is killed while mail is flowing; Postfix
    //    (milter_default_action = accept) still delivers every message.
    let total = 120;
    let sent = Arc::new(AtomicUsize::new(0));
    let errors = Arc::new(Mutex::new(Vec::new()));
    let ordinary = entries
        .iter()
        .filter(|e| e.expect == "account" || e.expect == "none")
        .cloned()
        .collect::<Vec<_>>();
    let sender = {
        let sent = Arc::clone(&sent);
        let errors = Arc::clone(&errors);
        let port = postfix.port_milter;
        std::thread::spawn(move || {
            for session in 0..total / 10 {
                let mut smtp = match Smtp::connect(port) {
                    Ok(smtp) => smtp,
                    Err(e) => {
                        errors.lock().unwrap().push(e);
                        continue;
                    }
                };
                for k in 0..10 {
                    let n = session * 10 + k;
                    let entry = &ordinary[n % ordinary.len()];
                    let rcpt = format!("failopen{n}@{DOMAIN}");
                    match smtp.send(SENDER, &[&rcpt], &raw(entry)) {
                        Ok(_) => {
                            sent.fetch_add(1, Ordering::SeqCst);
                        }
                        Err(e) => errors.lock().unwrap().push(format!("{rcpt}: {e}")),
                    }
                }
                smtp.quit();
            }
        })
    };
    wait_for("30 messages sent", Duration::from_secs(60), || {
        sent.load(Ordering::SeqCst) >= 35
    })
    .unwrap();
    milter.kill();
    let killed_at = sent.load(Ordering::SeqCst);
    sender.join().unwrap();
    let errors = errors.lock().unwrap().clone();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(sent.load(Ordering::SeqCst), total);
    let rcpts: Vec<String> = (0..total)
        .map(|n| format!("failopen{n}@{DOMAIN}"))
        .collect();
    wait_delivered(&postfix, &rcpts, Duration::from_secs(120)).unwrap();
    let delivered = postfix.delivered();
    let unmarked = rcpts
        .iter()
        .filter(|r| dissect(&delivered[*r], r).is_ok_and(|d| d.audit.is_empty()))
        .count();
    println!(
        "milter killed after {killed_at} of {total} messages: all {total} delivered \
         ({unmarked} without the header); whole test {:?}",
        started.elapsed()
    );
}

/// Sends `count` messages over `sessions` parallel SMTP connections (a new
/// connection every 50 messages); returns how many were accepted.
fn send_load(
    port: u16,
    count: usize,
    sessions: usize,
    tag: &str,
    corpus: &Arc<Vec<Vec<u8>>>,
) -> usize {
    let next = Arc::new(AtomicUsize::new(0));
    let accepted = Arc::new(AtomicUsize::new(0));
    let workers: Vec<_> = (0..sessions)
        .map(|_| {
            let next = Arc::clone(&next);
            let accepted = Arc::clone(&accepted);
            let corpus = Arc::clone(corpus);
            let tag = tag.to_string();
            std::thread::spawn(move || {
                let mut smtp: Option<Smtp> = None;
                let mut in_session = 0;
                loop {
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    if n >= count {
                        break;
                    }
                    if smtp.is_none() || in_session == 50 {
                        if let Some(old) = smtp.take() {
                            old.quit();
                        }
                        smtp = Some(Smtp::connect(port).unwrap());
                        in_session = 0;
                    }
                    let message = &corpus[n % corpus.len()];
                    let rcpt = format!("{tag}{n}@{DOMAIN}");
                    let sent = smtp.as_mut().unwrap().send(SENDER, &[&rcpt], message);
                    match sent {
                        Ok(_) => {
                            accepted.fetch_add(1, Ordering::Relaxed);
                        }
                        Err(e) => {
                            eprintln!("{rcpt}: {e}");
                            smtp = None;
                        }
                    }
                    in_session += 1;
                }
                if let Some(smtp) = smtp {
                    smtp.quit();
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().unwrap();
    }
    accepted.load(Ordering::Relaxed)
}

fn percentile(sorted: &[u64], p: f64) -> u64 {
    if sorted.is_empty() {
        return 0;
    }
    let rank = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// The load run: GOVMAIL_LOAD_MESSAGES (default 20,000) messages through
/// Postfix without the milter, then as many with it, over
/// GOVMAIL_LOAD_SESSIONS (default 8) parallel SMTP sessions; messages per
/// second for each, and every message delivered.
#[test]
#[ignore = "load run (minutes): cargo test --release --test integration postfix_load -- --ignored --nocapture"]
fn postfix_load() {
    require_postfix();
    let env = |name: &str, default: usize| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let count = env("GOVMAIL_LOAD_MESSAGES", 20_000);
    let sessions = env("GOVMAIL_LOAD_SESSIONS", 8);
    let milter_port = free_port();
    let postfix = Postfix::start(milter_port).unwrap_or_else(|e| panic!("{e}"));
    let log = postfix.dir.join("verdicts.jsonl");
    let milter = Milter::start(milter_port, &log, &[]).unwrap();
    let unix_log = postfix.dir.join("verdicts-unix.jsonl");
    let unix_milter =
        Milter::start_on(&Listen::Unix(postfix.milter_socket()), &unix_log, &[]).unwrap();
    // The fixtures cycled: sign-ups, phishing, newsletters, ordinary mail.
    let corpus: Arc<Vec<Vec<u8>>> = Arc::new(entries().iter().map(raw).collect());
    let mean = corpus.iter().map(Vec::len).sum::<usize>() / corpus.len();
    println!(
        "load: {count} messages per run, {sessions} parallel SMTP sessions, \
         {} distinct messages (mean {mean} bytes)",
        corpus.len()
    );
    // Warm up (Postfix starts its processes, caches fill), not counted.
    let warm_up = (count / 10).clamp(100, 2000);
    let before = postfix.delivered_count();
    assert_eq!(
        send_load(postfix.port_plain, warm_up, sessions, "warm", &corpus),
        warm_up
    );
    wait_for("the warm-up to drain", Duration::from_secs(600), || {
        postfix.delivered_count() >= before + warm_up
    })
    .unwrap();
    // The three set-ups take turns, in rounds, so that drift in what else
    // the machine is doing spreads over all three.
    let setups = [
        ("without milter", "plain", postfix.port_plain),
        ("milter over TCP", "inet", postfix.port_milter),
        ("milter over Unix socket", "unix", postfix.port_unix),
    ];
    let rounds = 4;
    let mut totals = [(0usize, 0usize, Duration::ZERO, Duration::ZERO); 3];
    for round in 0..rounds {
        let share = count / rounds + usize::from(round < count % rounds);
        for ((label, tag, port), total) in setups.iter().zip(totals.iter_mut()) {
            let before = postfix.delivered_count();
            let started = Instant::now();
            let accepted = send_load(*port, share, sessions, &format!("{tag}{round}-"), &corpus);
            let smtp_time = started.elapsed();
            assert_eq!(accepted, share, "{label}: every message accepted");
            wait_for("the queue to drain", Duration::from_secs(1800), || {
                postfix.delivered_count() >= before + share
            })
            .unwrap_or_else(|e| panic!("{e}\n{}", postfix.log_tail()));
            total.0 += accepted;
            total.1 += postfix.delivered_count() - before;
            total.2 += smtp_time;
            total.3 += started.elapsed();
        }
    }
    for ((label, _, _), (sent, delivered, smtp_time, total_time)) in setups.iter().zip(totals) {
        assert_eq!(delivered, sent, "{label}: delivered = sent");
        println!(
            "{label:>23}: sent {sent}, delivered {delivered}; accepted in {:.1} s \
             ({:.0} msg/s), all delivered in {:.1} s ({:.0} msg/s)",
            smtp_time.as_secs_f64(),
            sent as f64 / smtp_time.as_secs_f64(),
            total_time.as_secs_f64(),
            sent as f64 / total_time.as_secs_f64()
        );
    }
    for (label, log) in [("TCP", &log), ("Unix socket", &unix_log)] {
        let lines = log_lines(log);
        assert_eq!(lines.len(), count, "one log line per message");
        let fail_open = lines.iter().filter(|l| l["action"] == "fail_open").count();
        let mut elapsed: Vec<u64> = lines
            .iter()
            .filter_map(|l| l["elapsed_us"].as_u64())
            .collect();
        elapsed.sort_unstable();
        println!(
            "milter over {label}: {} verdicts logged, {fail_open} fail-open; time per message \
             in the milter (queue + verdict): median {} us, p99 {} us",
            lines.len(),
            percentile(&elapsed, 0.5),
            percentile(&elapsed, 0.99)
        );
    }
    drop(milter);
    drop(unix_milter);
}
