//! The milter writing to a PostgreSQL ledger inside a real Postfix: with
//! the database stopped every message is still delivered, findings wait in
//! the spool, and the spool drains when the database is back.

use std::time::Duration;

use govmail_audit::ledger::Ledger;

use super::mail;
use super::pg_cluster::Cluster;
use crate::postfix::harness::{DOMAIN, Milter, Postfix, free_port, require_postfix, wait_for};
use crate::postfix::smtp::Smtp;

const SENDER: &str = "bounces@sender.test.invalid";

fn findings(target: &str) -> u64 {
    Ledger::open(target)
        .and_then(|mut l| l.counts())
        .map_or(0, |c| c.findings)
}

fn send(postfix: &Postfix, rcpts: &[String], first: u32) {
    let mut smtp = Smtp::connect(postfix.port_milter).unwrap();
    for (i, rcpt) in rcpts.iter().enumerate() {
        smtp.send(
            SENDER,
            &[rcpt],
            mail(rcpt, first + i as u32, false).as_bytes(),
        )
        .unwrap();
    }
    smtp.quit();
}

fn delivered(postfix: &Postfix, rcpts: &[String]) {
    wait_for("delivery", Duration::from_secs(120), || {
        let delivered = postfix.delivered();
        rcpts.iter().all(|r| delivered.contains_key(r))
    })
    .unwrap_or_else(|e| panic!("{e}\n{}", postfix.log_tail()));
}

fn log_has(log: &std::path::Path, needle: &str) -> bool {
    std::fs::read_to_string(log).is_ok_and(|text| text.contains(needle))
}

#[test]
#[ignore = "needs postgresql"]
fn milter_spools_while_the_ledger_is_down() {
    require_postfix();
    let cluster = Cluster::start("milter");
    let target = cluster.database("ledger");
    // Create the schema before the milter starts.
    drop(Ledger::open(&target).unwrap());
    let port = free_port();
    let postfix = Postfix::start(port).unwrap_or_else(|e| panic!("{e}"));
    let log = postfix.dir.join("verdicts.jsonl");
    let spool = postfix.dir.join("spool");
    let _milter = Milter::start(
        port,
        &log,
        &[
            "--ledger",
            &target,
            "--ledger-spool",
            spool.to_str().unwrap(),
            "--ledger-site",
            "gateway-1",
        ],
    )
    .unwrap();

    let first: Vec<String> = (0..3).map(|i| format!("an.nguyen{i}@{DOMAIN}")).collect();
    send(&postfix, &first, 1);
    delivered(&postfix, &first);
    wait_for("ledger writes", Duration::from_secs(60), || {
        findings(&target) == 3
    })
    .unwrap_or_else(|e| panic!("{e}: {} findings", findings(&target)));

    // The database goes down: mail still flows, findings wait.
    cluster.stop();
    let second: Vec<String> = (0..4).map(|i| format!("binh.tran{i}@{DOMAIN}")).collect();
    send(&postfix, &second, 10);
    delivered(&postfix, &second);
    wait_for("the spool", Duration::from_secs(60), || {
        std::fs::read_to_string(spool.join("pending.jsonl")).is_ok_and(|t| t.lines().count() == 4)
    })
    .unwrap();
    wait_for("the log line", Duration::from_secs(30), || {
        log_has(&log, "\"ledger\":\"down\"")
    })
    .unwrap();

    // Back: the spool drains, nothing lost, nothing doubled.
    cluster.start_server();
    wait_for("the spool to drain", Duration::from_secs(60), || {
        findings(&target) == 7
    })
    .unwrap_or_else(|e| panic!("{e}: {} findings", findings(&target)));
    wait_for("the log line", Duration::from_secs(30), || {
        log_has(&log, "\"ledger\":\"back\"")
    })
    .unwrap();
    assert!(!spool.join("pending.jsonl").exists());
    let mut ledger = Ledger::open(&target).unwrap();
    assert_eq!(ledger.counts().unwrap().accounts, 7);
    let audits = ledger.audits().unwrap();
    assert!(
        audits
            .iter()
            .all(|a| a.kind == "milter" && a.site == "gateway-1")
    );
}
