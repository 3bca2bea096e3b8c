//! Reports for units: the HTML page in both languages, the staff
//! directory, notices, CSV for Excel and the comparison with an earlier
//! audit.

use std::collections::BTreeSet;

use govmail_audit::report::{Change, Directory, Format, Lang, notices, write_notices};
use govmail_audit::{ErrorKind, Report};

use crate::common::{detector, fixture};
use crate::golden::{assert_golden, render, scan_sample};

fn sample() -> Report {
    let bytes = std::fs::read(fixture("mailboxes/sample.mbox")).unwrap();
    scan_sample(detector(), &bytes, None)
}

fn sample_directory() -> Directory {
    Directory::from_file(&fixture("directory/sample-nhansu.csv")).unwrap()
}

/// The sample with the staff directory applied and compared with the
/// earlier audit: every optional part of the reports is filled.
pub(crate) fn sample_with_units() -> Report {
    let mut report = sample();
    let previous = Report::from_json_file(&fixture("reports/sample-previous.json")).unwrap();
    report.compare_with(&previous, "sample-previous.json");
    report.assign_units(&sample_directory());
    report
}

/// The visible text of a page: text between tags, outside `<script>` and
/// `<style>`, trimmed, entities left as they are.
fn text_nodes(html: &str) -> Vec<String> {
    let mut nodes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let text = rest[..start].trim();
        if !text.is_empty() {
            nodes.push(text.to_string());
        }
        rest = &rest[start..];
        for hidden in ["<script", "<style"] {
            if rest.starts_with(hidden) {
                let close = format!("</{}", &hidden[1..]);
                rest = &rest[rest.find(&close).unwrap()..];
            }
        }
        rest = &rest[rest.find('>').map_or(rest.len(), |i| i + 1)..];
    }
    nodes
}

/// The number in `<span class="num" data-count="{key}">…</span>`.
fn count(html: &str, key: &str) -> u64 {
    let marker = format!("data-count=\"{key}\">");
    let start = html.find(&marker).unwrap_or_else(|| panic!("no {key}")) + marker.len();
    let digits: String = html[start..]
        .chars()
        .take_while(|c| *c != '<')
        .filter(char::is_ascii_digit)
        .collect();
    digits.parse().unwrap()
}

fn json_of(report: &Report) -> serde_json::Value {
    serde_json::from_str(&render(report, Format::Json, Lang::En)).unwrap()
}

#[test]
fn html_counts_equal_the_json_report_in_both_languages() {
    for report in [sample(), sample_with_units()] {
        let json = json_of(&report);
        for lang in [Lang::Vi, Lang::En] {
            let html = render(&report, Format::Html, lang);
            let summary = &json["summary"];
            for key in [
                "files",
                "messages",
                "official_addresses",
                "accounts",
                "violations",
                "suspected_phishing",
            ] {
                assert_eq!(
                    count(&html, key),
                    summary[key].as_u64().unwrap(),
                    "{key} ({lang:?})"
                );
            }
            let accounts = json["accounts"].as_array().unwrap();
            assert_eq!(html.matches("<tr class=\"account").count(), accounts.len());
            let violations = accounts.iter().filter(|a| a["violation"] == true).count();
            assert_eq!(
                html.matches("<tr class=\"account violation\"").count(),
                violations
            );
            for account in accounts {
                assert!(html.contains(account["address"].as_str().unwrap()));
            }
            if let Some(comparison) = json.get("comparison") {
                assert_eq!(
                    count(&html, "new_accounts"),
                    comparison["new_accounts"].as_u64().unwrap()
                );
                assert_eq!(
                    count(&html, "no_longer_seen"),
                    comparison["no_longer_seen"].as_array().unwrap().len() as u64
                );
            }
            let lang_attribute = match lang {
                Lang::Vi => "<html lang=\"vi\">",
                _ => "<html lang=\"en\">",
            };
            assert!(html.contains(lang_attribute));
        }
    }
}

#[test]
fn html_golden_pages() {
    assert_golden("sample.vi.html", &render(&sample(), Format::Html, Lang::Vi));
    assert_golden(
        "sample-units.en.html",
        &render(&sample_with_units(), Format::Html, Lang::En),
    );
}

#[test]
fn html_labels_are_translated_and_dates_local() {
    let report = sample_with_units();
    let vi = render(&report, Format::Html, Lang::Vi);
    let en = render(&report, Format::Html, Lang::En);
    // What both pages show alike must be data (addresses, names, subjects,
    // numbers), never a label left in the other language.
    let mut data: BTreeSet<String> = BTreeSet::new();
    let records = report
        .accounts
        .iter()
        .chain(&report.suspected_phishing)
        .chain(&report.invitations)
        .chain(&report.newsletters)
        .chain(&report.comparison.as_ref().unwrap().no_longer_seen);
    for record in records {
        data.insert(record.address.clone());
        data.insert(record.service.name.clone());
        data.insert(record.unit_or_domain().to_string());
        data.extend(record.person.clone());
        if let Some(person) = &record.person {
            data.insert(format!(
                "{person} &lt;{}&gt; — {}",
                record.address, record.service.name
            ));
        }
        data.insert(format!("{} — {}", record.address, record.service.name));
        for evidence in &record.evidence {
            data.extend(evidence.message.subject.clone());
            data.extend(evidence.message.sender.clone());
        }
    }
    let vi_nodes: BTreeSet<String> = text_nodes(&vi).into_iter().collect();
    for node in text_nodes(&en) {
        // Chart tooltips: "Facebook: 1", "Sở Xây dựng: 1/2".
        let tooltip = node.rsplit_once(": ").is_some_and(|(label, n)| {
            data.contains(label) && n.chars().all(|c| c.is_ascii_digit() || c == '/')
        });
        // Chart labels cut short: "Sở Thông tin và Truyền …".
        let shortened = node
            .strip_suffix('…')
            .is_some_and(|start| data.iter().any(|d| d.starts_with(start)));
        let is_data = data.contains(&node.replace("&#39;", "'"))
            || tooltip
            || shortened
            || node.chars().all(|c| !c.is_alphabetic())
            || node.starts_with("govmail-audit ");
        assert!(
            is_data || !vi_nodes.contains(&node),
            "`{node}` is the same in the English and Vietnamese pages"
        );
        assert!(!node.contains('{'), "unfilled placeholder in `{node}`");
    }
    for node in &vi_nodes {
        assert!(!node.contains('{'), "unfilled placeholder in `{node}`");
    }
    for label in [
        "Báo cáo rà soát sử dụng thư công vụ",
        "Tổng hợp",
        "Đơn vị",
        "Họ tên",
        "Vi phạm",
        "Dịch vụ",
        "Lần đầu",
        "Lần cuối",
        "Bằng chứng",
        "Thư nghi lừa đảo",
        "Không còn thấy",
        "nhóm theo tên miền thư",
    ] {
        assert!(vi.contains(label), "{label} missing");
    }
    // Facebook's mail of 2024-03-12T16:41:27Z, in Vietnam time.
    assert!(vi.contains("<td class=\"date\" data-sort=\"2024-03-12T16:41:27Z\">12/03/2024</td>"));
    assert!(en.contains(">12 Mar 2024<"));
    assert!(vi.contains("12/03/2024 23:41"), "evidence time, UTC+7");
}

#[test]
fn html_loads_nothing_from_outside() {
    for lang in [Lang::Vi, Lang::En] {
        let html = render(&sample_with_units(), Format::Html, lang);
        let lower = html.to_lowercase();
        for forbidden in [
            "http://",
            "https://",
            "<link",
            "<script src",
            "src=",
            "url(",
            "@import",
            "<iframe",
            "<img",
            "<object",
            "<embed",
        ] {
            assert!(!lower.contains(forbidden), "{forbidden} in the page");
        }
        // Links only point inside the page.
        for (i, _) in lower.match_indices("href=\"") {
            assert_eq!(&lower[i + 6..i + 7], "#", "external link");
        }
        // The page's own two inline scripts: the head's parsing mark and
        // the sorting and filtering at the end of the body.
        assert_eq!(lower.matches("<script>").count(), 2, "two inline scripts");
        assert_eq!(lower.matches("<script").count(), 2, "no other script");
        assert!(lower.contains("content-security-policy"));
        assert!(lower.contains("default-src 'none'"));
    }
}

/// A mail whose subject is markup and a directory whose names are, as an
/// attacker (or a careless spreadsheet) would write them.
pub(crate) fn hostile_report() -> Report {
    let mail = "Authentication-Results: mail.quangngai.gov.vn; dkim=pass header.d=ban-cay-canh.vn\n\
        From: Ban Cay Canh <noreply@ban-cay-canh.vn>\n\
        To: an.nguyen@stttt.quangngai.gov.vn\n\
        Subject: Xac nhan dia chi email <script>alert(1)</script> \"'&\n\
        Date: Tue, 7 Jan 2025 10:00:00 +0700\n\
        Message-ID: <a1@ban-cay-canh.vn>\n\n\
        Nhan vao lien ket de kich hoat tai khoan.\n";
    let mut scan = detector().scan();
    scan.add_reader("<b>hộp thư</b>.mbox", mail.as_bytes());
    let mut report = scan.finish();
    let directory = Directory::from_reader(
        "email,name,unit\nan.nguyen@stttt.quangngai.gov.vn,<img src=x onerror=alert(2)>,\"\"\"><script>alert(3)</script>\"\n"
            .as_bytes(),
        "hostile.csv",
    )
    .unwrap();
    report.assign_units(&directory);
    assert_eq!(report.accounts.len(), 1, "{report:#?}");
    report
}

#[test]
fn every_dynamic_string_is_escaped() {
    let report = hostile_report();
    let subject = report.accounts[0].evidence[0]
        .message
        .subject
        .clone()
        .unwrap();
    assert!(subject.contains("<script>alert(1)</script>"), "{subject}");
    for lang in [Lang::Vi, Lang::En] {
        let html = render(&report, Format::Html, lang);
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;&#39;&amp;"));
        assert!(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
        assert!(html.contains("&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;"));
        assert!(html.contains("&lt;b&gt;hộp thư&lt;/b&gt;.mbox"));
        for raw in ["<script>alert", "<img", "<b>"] {
            assert!(!html.contains(raw), "{raw} unescaped");
        }
        for notice in notices(&report, lang) {
            assert!(!notice.html.contains("<script>alert"));
            assert!(!notice.html.contains("<img"));
            assert!(notice.html.contains("&lt;script&gt;alert(1)"));
        }
    }
}

#[test]
fn the_directory_names_people_and_units() {
    let report = sample_with_units();
    let by_address = |address: &str| {
        report
            .accounts
            .iter()
            .find(|r| r.address == address)
            .unwrap()
    };
    let an = by_address("an.nguyen@stttt.quangngai.gov.vn");
    assert_eq!(an.person.as_deref(), Some("Nguyễn Văn An"));
    assert_eq!(an.unit.as_deref(), Some("Sở Thông tin và Truyền thông"));
    // Written Hai.VT@… in the directory.
    let hai = by_address("hai.vt@stttt.quangngai.gov.vn");
    assert_eq!(hai.unit_or_domain(), "Sở Thông tin và Truyền thông");
    // Not in the directory: grouped by mail domain.
    let khoa = by_address("khoa.bv@sotc.quangngai.gov.vn");
    assert_eq!((khoa.person.as_deref(), khoa.unit.as_deref()), (None, None));
    assert_eq!(khoa.unit_or_domain(), "sotc.quangngai.gov.vn");
    // Phishing and no-longer-seen records are named too.
    assert_eq!(
        report.suspected_phishing[0].person.as_deref(),
        Some("Võ Thanh Hải")
    );
    let gone = &report.comparison.as_ref().unwrap().no_longer_seen[0];
    assert_eq!(gone.unit.as_deref(), Some("Văn phòng UBND tỉnh"));

    let json = json_of(&report);
    assert_eq!(json["accounts"][0]["person"], "Nguyễn Văn An");
    let plain = json_of(&sample());
    assert!(plain["accounts"][0].get("person").is_none());
    assert!(plain["accounts"][0].get("unit").is_none());
    assert!(plain.get("comparison").is_none());

    let directory = sample_directory();
    assert_eq!(directory.len(), 6);
    assert_eq!(directory.ignored_lines(), &[9]);
}

#[test]
fn csv_for_excel_reads_back_with_vietnamese_intact() {
    let report = sample_with_units();
    let csv_text = render(&report, Format::Csv, Lang::Vi);
    assert_golden("sample-units.vi.csv", &csv_text);
    let bytes = csv_text.as_bytes();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    assert!(!csv_text.replace("\r\n", "").contains('\n'), "CRLF only");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (address, unit, person, change, kind) = (
        column("address"),
        column("unit"),
        column("person"),
        column("change"),
        column("kind"),
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    // 10 records of this scan and the one no longer seen.
    assert_eq!(rows.len(), 11);
    let row = |addr: &str, service: &str| {
        rows.iter()
            .find(|r| &r[address] == addr && &r[column("service_id")] == service)
            .unwrap()
    };
    let an = row("an.nguyen@stttt.quangngai.gov.vn", "facebook");
    assert_eq!(&an[person], "Nguyễn Văn An");
    assert_eq!(&an[unit], "Sở Thông tin và Truyền thông");
    assert_eq!(&an[kind], "tài khoản");
    assert_eq!(&an[change], "đã có lần trước");
    let chau = row("chau.lm@sotc.quangngai.gov.vn", "hahalolo");
    assert_eq!(&chau[unit], "Sở Tài chính; phòng Ngân sách");
    let khoa = row("khoa.bv@sotc.quangngai.gov.vn", "reddit");
    assert_eq!((&khoa[unit], &khoa[change]), ("", "mới"));
    let gone = row("phuc.tv@ubnd.quangngai.gov.vn", "zalo");
    assert_eq!(&gone[change], "không còn thấy");

    // Without a directory or comparison the columns are as before.
    let plain = render(&sample(), Format::Csv, Lang::En);
    assert!(!plain.lines().next().unwrap().contains("unit"));
}

#[test]
fn comparison_marks_new_and_no_longer_seen_in_every_format() {
    let report = sample_with_units();
    let change_of = |service: &str| {
        report
            .accounts
            .iter()
            .find(|r| r.service.id == service)
            .unwrap()
            .change
    };
    assert_eq!(change_of("reddit"), Some(Change::New));
    assert_eq!(change_of("facebook"), Some(Change::Unchanged));
    let comparison = report.comparison.as_ref().unwrap();
    assert_eq!(
        (comparison.new_accounts, comparison.unchanged_accounts),
        (1, 5)
    );
    assert_eq!(comparison.no_longer_seen.len(), 1);
    assert_eq!(comparison.no_longer_seen[0].service.id, "zalo");
    assert_eq!(
        comparison.no_longer_seen[0].change,
        Some(Change::NoLongerSeen)
    );

    // JSON round trip: a compared report can itself be the next "previous".
    let json = render(&report, Format::Json, Lang::En);
    assert!(json.contains("\"change\": \"new\""));
    assert!(json.contains("\"no_longer_seen\": ["));
    assert_eq!(Report::from_json(&json, "again.json").unwrap(), report);

    let jsonl = render(&report, Format::JsonLines, Lang::En);
    let lines: Vec<serde_json::Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        lines
            .iter()
            .any(|l| l["type"] == "no_longer_seen" && l["service"]["id"] == "zalo")
    );
    let summary = lines.last().unwrap();
    assert_eq!(summary["comparison"]["new_accounts"], 1);
    assert_eq!(summary["comparison"]["no_longer_seen"], 1);

    let table = render(&report, Format::Table, Lang::En);
    assert!(table.contains("Compared with: sample-previous.json"));
    assert!(table.contains("violation [new]"), "{table}");
    assert!(table.contains("No longer seen"));
    assert!(table.contains("khoa.bv@sotc.quangngai.gov.vn\n"));
    assert!(table.contains("an.nguyen@stttt.quangngai.gov.vn (Nguyễn Văn An, Sở Thông tin"));
    let bang = render(&report, Format::Table, Lang::Vi);
    assert!(bang.contains("vi phạm [mới]"));

    let html = render(&report, Format::Html, Lang::Vi);
    assert_eq!(html.matches("class=\"change change-new\"").count(), 1);
    assert!(html.contains("id=\"no-longer-seen\""));
}

#[test]
fn an_earlier_report_of_another_schema_is_refused_clearly() {
    let json = render(&sample(), Format::Json, Lang::En);
    let future = json.replace("\"schema_version\": 3", "\"schema_version\": 4");
    let error = Report::from_json(&future, "old.json").unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Format);
    let message = error.to_string();
    assert!(message.contains("old.json") && message.contains("schema version 4"));
    assert!(message.contains("reads versions 1 to 3"), "{message}");
    let not_a_report = Report::from_json("{\"accounts\": []}", "x.json").unwrap_err();
    assert!(not_a_report.to_string().contains("no schema_version"));
    let missing = Report::from_json_file(&fixture("reports/none.json")).unwrap_err();
    assert_eq!(missing.kind(), ErrorKind::Io);
}

/// Text with its lines joined: the notices wrap long lines.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn notices_tell_each_person_what_to_fix() {
    let report = sample_with_units();
    let vi = notices(&report, Lang::Vi);
    let addresses: Vec<&str> = vi.iter().map(|n| n.address.as_str()).collect();
    let mut with_violations: Vec<&str> = report
        .accounts
        .iter()
        .filter(|r| r.violation)
        .map(|r| r.address.as_str())
        .collect();
    with_violations.dedup();
    assert_eq!(addresses, with_violations);

    let an = vi
        .iter()
        .find(|n| n.address.starts_with("an.nguyen"))
        .unwrap();
    assert_eq!(an.file_stem, "an.nguyen_at_stttt.quangngai.gov.vn");
    assert_golden("notice-an.nguyen.vi.txt", &an.text);
    for needle in [
        "Kính gửi: Ông/Bà Nguyễn Văn An",
        "Đơn vị: Sở Thông tin và Truyền thông",
        "Facebook (mạng xã hội): từ ngày 12/03/2024",
        "sang địa chỉ email cá nhân",
        "xóa tài khoản",
        "Đổi mật khẩu hộp thư công vụ",
        "ít nhất 8 ký tự",
        "chữ hoa, chữ thường, chữ số và ký tự đặc biệt",
        "trình duyệt",
    ] {
        assert!(
            flat(&an.text).contains(needle),
            "{needle} missing:\n{}",
            an.text
        );
    }
    // Phishing aimed at Hải is named as an attack, not a violation.
    let hai = vi.iter().find(|n| n.address.starts_with("hai.vt")).unwrap();
    assert!(flat(&hai.text).contains("giả mạo Facebook"), "{}", hai.text);
    assert!(hai.html.contains("giả mạo Facebook"));
    // Unknown to the directory: addressed by mailbox.
    let khoa = vi
        .iter()
        .find(|n| n.address.starts_with("khoa.bv"))
        .unwrap();
    assert!(
        khoa.text
            .contains("Kính gửi: Chủ hộp thư khoa.bv@sotc.quangngai.gov.vn")
    );

    let en = notices(&report, Lang::En);
    assert_golden("notice-an.nguyen.en.txt", &en[0].text);
    assert!(flat(&en[0].text).contains("at least 8 characters"));
    assert!(
        en[0]
            .html
            .starts_with("<!DOCTYPE html>\n<html lang=\"en\">")
    );

    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("notices-test");
    let _ = std::fs::remove_dir_all(&dir);
    let written = write_notices(&report, Lang::Vi, &dir).unwrap();
    assert_eq!(written.len(), 2 * vi.len());
    let text = std::fs::read(dir.join("an.nguyen_at_stttt.quangngai.gov.vn.txt")).unwrap();
    assert!(text.starts_with("\u{feff}THÔNG BÁO\r\n".as_bytes()));
    let html =
        std::fs::read_to_string(dir.join("an.nguyen_at_stttt.quangngai.gov.vn.html")).unwrap();
    assert!(html.contains("<html lang=\"vi\">") && !html.contains("://"));
}

#[test]
fn html_without_accounts_says_so() {
    let mut scan = detector().scan();
    scan.add_path(&fixture("messages/internal-lichhop-vi.eml"));
    let report = scan.finish();
    let html = render(&report, Format::Html, Lang::Vi);
    assert!(html.contains("Không phát hiện tài khoản nào của địa chỉ công vụ."));
    assert_eq!(count(&html, "violations"), 0);
    assert!(notices(&report, Lang::Vi).is_empty());
}
