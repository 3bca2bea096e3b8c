//! Sending the notices (feature `smtp`) through the real Postfix the milter
//! tests use (a throw-away instance on loopback, delivering the test
//! domain into one Maildir): the dry run sends nothing; a real run
//! delivers each person's notice and the head of unit's summary once, in
//! Vietnamese, the summary with the unit's page attached; a second run
//! sends nothing again. Skipped (saying why) where Postfix cannot run;
//! under CI that is a failure. `.ci/run` runs it with `--features smtp`.

use std::time::Duration;

use govmail_audit::report::{Directory, Lang};
use govmail_audit::smtp::{SmtpConfig, outgoing, send};

use crate::common::{detector, fixture};
use crate::postfix::harness::{DOMAIN, Postfix, free_port, require_postfix, wait_for};

const HEAD: &str = "giamdoc@stttt.quangngai.gov.vn";
const UNIT: &str = "Sở Thông tin và Truyền thông";

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
    let mut scan = detector().scan();
    scan.add_path(&fixture("mailboxes/sample.mbox"));
    let mut report = scan.finish();
    report.assign_units(&Directory::from_file(&fixture("directory/sample-nhansu.csv")).unwrap());

    let config_path = postfix.dir.join("smtp.toml");
    std::fs::write(
        &config_path,
        format!(
            "host = \"127.0.0.1\"\nport = {}\nsecurity = \"none\"\n\
             from = \"Phòng CNTT <cntt@{DOMAIN}>\"\nper_minute = 600\nrecord = \"sent.jsonl\"\n\
             [heads]\n\"{UNIT}\" = \"{HEAD}\"\n",
            postfix.port_plain
        ),
    )
    .unwrap();
    let config = SmtpConfig::from_file(&config_path).unwrap();
    let mails = outgoing(&report, Lang::Vi, &config).unwrap();
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
    let mails = local.clone();
    assert!(local.iter().any(|m| m.kind == "head"), "{mails:?}");
    assert!(local.iter().filter(|m| m.kind == "person").count() >= 1);

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
    let delivered = postfix.delivered();
    for mail in &local {
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
