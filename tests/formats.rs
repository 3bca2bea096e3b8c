//! Every export format auditors hold, built at test time from the fixture
//! messages: Zimbra .tgz, Takeout .zip, gzip and zstd mbox, Maildir,
//! Thunderbird profiles, mboxcl2, readpst output; and broken inputs.

use std::io::Write;
use std::path::{Path, PathBuf};

use govmail_audit::{Report, SkipReason};

use crate::common::{detector, fixture};

fn message(name: &str) -> Vec<u8> {
    std::fs::read(fixture(&format!("messages/{name}"))).unwrap()
}

fn sample_mbox() -> Vec<u8> {
    std::fs::read(fixture("mailboxes/sample.mbox")).unwrap()
}

/// A fresh temporary folder for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("govmail-formats-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn scan_bytes(name: &str, bytes: &[u8]) -> Report {
    let detector = detector();
    let mut scan = detector.scan();
    scan.add_reader(name, bytes);
    scan.finish()
}

fn scan_path(path: &Path) -> Report {
    let detector = detector();
    let mut scan = detector.scan();
    scan.add_path(path);
    scan.finish()
}

fn accounts(report: &Report) -> Vec<(String, String)> {
    report
        .accounts
        .iter()
        .map(|r| (r.address.clone(), r.service.id.clone()))
        .collect()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

fn tar(members: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for (path, data) in members {
        let mut header = tar::Header::new_gnu();
        header.set_size(data.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        builder.append_data(&mut header, path, &data[..]).unwrap();
    }
    builder.into_inner().unwrap()
}

fn zimbra_export() -> Vec<u8> {
    gzip(&tar(&[
        (
            "Inbox/0000000257-Xac nhan.eml",
            message("facebook-verify-vi.eml"),
        ),
        (
            "Inbox/0000000257-Xac nhan.eml.meta",
            b"{\"flags\":\"u\"}".to_vec(),
        ),
        (
            "Inbox!1/0000000901-Order.eml",
            message("shopee-order-vi.eml"),
        ),
        (
            "Sent/0000001200-Lich hop.eml",
            message("internal-lichhop-vi.eml"),
        ),
        (
            "Contacts/0000000300-An.vcf",
            b"BEGIN:VCARD\nFN:An\nEND:VCARD\n".to_vec(),
        ),
    ]))
}

#[test]
fn zimbra_tgz_with_folders_split_folders_and_metadata() {
    let report = scan_bytes("export.tgz", &zimbra_export());
    assert_eq!(report.summary.messages, 3, "{:?}", report.problems);
    assert_eq!(
        report.summary.archive_members_not_mail, 1,
        "the contact card"
    );
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let folders: Vec<_> = report
        .accounts
        .iter()
        .map(|r| r.evidence[0].location.folder.clone().unwrap_or_default())
        .collect();
    assert_eq!(folders, ["Inbox", "Inbox"], "Inbox!1 is the same folder");
    let member = report.accounts[0].evidence[0]
        .location
        .member
        .clone()
        .unwrap_or_default();
    assert!(member.starts_with("Inbox"), "{member}");
}

#[test]
fn a_truncated_archive_keeps_what_came_before_and_says_where_it_broke() {
    let full = tar(&[
        ("Inbox/1.eml", message("facebook-verify-vi.eml")),
        ("Inbox/2.eml", message("shopee-order-vi.eml")),
        ("Inbox/3.eml", message("tiki-order-vi.eml")),
    ]);
    // Cut inside the third member's data.
    let cut = full.len() - 1200;
    let report = scan_bytes("broken.tar", &full[..cut]);
    assert_eq!(
        report.summary.messages, 3,
        "what was there of the third is still read"
    );
    assert_eq!(report.summary.files_unreadable, 1);
    let problem = &report.problems[0];
    assert_eq!(problem.location.file, "broken.tar");
    assert_eq!(
        problem.location.member.as_deref(),
        Some("Inbox/3.eml"),
        "{problem:?}"
    );
    assert!(problem.error.contains("truncated"), "{problem:?}");
    // Corrupt gzip: a clear problem, no panic, and the next input is read.
    let mut corrupt = gzip(&sample_mbox());
    let middle = corrupt.len() / 2;
    corrupt[middle..middle + 64].fill(0x55);
    let detector = detector();
    let mut scan = detector.scan();
    scan.add_reader("corrupt.mbox.gz", &corrupt[..]);
    scan.add_reader("next.eml", &message("facebook-verify-vi.eml")[..]);
    let report = scan.finish();
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.location.file == "corrupt.mbox.gz"),
        "{:?}",
        report.problems
    );
    assert!(
        report
            .accounts
            .iter()
            .any(|r| r.evidence.iter().any(|e| e.location.file == "next.eml"))
    );
}

#[test]
fn takeout_zip_gzip_and_zstd_give_the_plain_mbox_findings() {
    let plain = scan_bytes("sample.mbox", &sample_mbox());
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file(
        "Takeout/Mail/All mail Including Spam and Trash.mbox",
        options,
    )
    .unwrap();
    zip.write_all(&sample_mbox()).unwrap();
    zip.start_file("Takeout/archive_browser.html", options)
        .unwrap();
    zip.write_all(b"<html></html>").unwrap();
    let zip = zip.finish().unwrap().into_inner();
    let zstd = ruzstd::encoding::compress_to_vec(
        &sample_mbox()[..],
        ruzstd::encoding::CompressionLevel::Fastest,
    );
    for (name, bytes) in [
        ("takeout.zip", zip),
        ("sample.mbox.gz", gzip(&sample_mbox())),
        ("sample.mbox.zst", zstd),
    ] {
        let report = scan_bytes(name, &bytes);
        assert_eq!(report.summary.messages, 14, "{name}: {:?}", report.problems);
        assert_eq!(accounts(&report), accounts(&plain), "{name}");
    }
    let report = scan_bytes("takeout.zip", &{
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file(
            "Takeout/Mail/Inbox.mbox",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        zip.write_all(&sample_mbox()).unwrap();
        zip.finish().unwrap().into_inner()
    });
    assert_eq!(
        report.accounts[0].evidence[0].location.folder.as_deref(),
        Some("Inbox")
    );
}

#[test]
fn maildir_folders_in_a_stable_order_without_tmp() {
    let root = temp_dir("maildir");
    let files = [
        (
            "cur/1736151302.M1P1.host,S=100:2,S",
            "facebook-verify-vi.eml",
        ),
        ("new/1736151303.M2P1.host", "shopee-order-vi.eml"),
        ("tmp/1736151304.M3P1.host", "tiki-order-vi.eml"),
        (
            ".Sent/cur/1736151305.M4P1.host:2,S",
            "internal-lichhop-vi.eml",
        ),
        (
            ".Mang xa hoi/cur/1736151306.M5P1.host:2,",
            "discord-verify-en.eml",
        ),
    ];
    for (path, source) in files {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, message(source)).unwrap();
    }
    for dir in [".Sent/new", ".Mang xa hoi/new"] {
        std::fs::create_dir_all(root.join(dir)).unwrap();
    }
    let report = scan_path(&root);
    assert_eq!(
        report.summary.messages, 4,
        "tmp/ is mail still being delivered"
    );
    let mut folders: Vec<String> = report
        .accounts
        .iter()
        .flat_map(|r| r.evidence.iter().filter_map(|e| e.location.folder.clone()))
        .collect();
    folders.sort();
    assert_eq!(folders, ["INBOX", "INBOX", "Mang xa hoi"]);
    assert_eq!(scan_path(&root), report, "same report every time");
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn thunderbird_profile_mboxes_without_extension_and_msf_indexes() {
    let root = temp_dir("thunderbird");
    let local = root.join("Mail/Local Folders");
    std::fs::create_dir_all(&local).unwrap();
    std::fs::write(local.join("Inbox"), sample_mbox()).unwrap();
    std::fs::write(
        local.join("Inbox.msf"),
        b"// <!-- <mdb:mork:z v=\"1.4\"/> -->\n",
    )
    .unwrap();
    std::fs::write(local.join("Trash"), b"").unwrap();
    let report = scan_path(&root);
    assert_eq!(report.summary.messages, 14);
    assert!(
        report
            .problems
            .iter()
            .all(|p| !p.location.file.ends_with(".msf")),
        "{:?}",
        report.problems
    );
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn mboxcl2_content_length_and_readpst_output() {
    let body = "Hello,\n\nFrom the archive, unquoted:\n\nFrom x@y Mon Jan  6 08:15:02 2025\nstill the body\n";
    let one = format!(
        "From: Discord <noreply@discord.com>\nTo: an@stttt.quangngai.gov.vn\nSubject: Verify Email Address for Discord\n\
         DKIM-Signature: v=1; d=discord.com; s=s; b=x\nContent-Length: {}\n\n{body}",
        body.len()
    );
    let mbox = format!(
        "From noreply@discord.com Mon Jan  6 08:15:02 2025\n{one}\nFrom noreply@discord.com Mon Jan  6 09:15:02 2025\n{one}\n"
    );
    let report = scan_bytes("cl2.mbox", mbox.as_bytes());
    assert_eq!(
        report.summary.messages, 2,
        "Content-Length keeps the unquoted From line in the body"
    );
    // readpst (Debian's pst-utils) writes one mbox per folder, named like
    // the folder without extension, with the sender quoted in the From line.
    let root = temp_dir("readpst");
    std::fs::create_dir_all(root.join("Outlook/Inbox")).unwrap();
    let pst = format!(
        "From \"Discord\" Mon Jan  6 08:15:02 2025\n{}\nFrom \"Nguyen Van An\" Tue Jan  7 09:00:00 2025\n{}\n",
        String::from_utf8(message("discord-verify-en.eml")).unwrap(),
        String::from_utf8(message("internal-lichhop-vi.eml")).unwrap()
    );
    std::fs::write(root.join("Outlook/Inbox/mbox"), pst).unwrap();
    let report = scan_path(&root);
    assert_eq!(report.summary.messages, 2);
    assert_eq!(report.accounts.len(), 1);
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn reports_do_not_depend_on_the_number_of_threads() {
    let root = temp_dir("threads");
    for (i, entry) in std::fs::read_dir(fixture("messages")).unwrap().enumerate() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "eml") {
            std::fs::copy(&path, root.join(format!("{:03}.eml", i % 7))).ok();
            std::fs::create_dir_all(root.join(format!("d{}", i % 5))).unwrap();
            std::fs::copy(
                &path,
                root.join(format!("d{}", i % 5))
                    .join(path.file_name().unwrap()),
            )
            .unwrap();
        }
    }
    std::fs::write(root.join("sample.mbox"), sample_mbox()).unwrap();
    std::fs::write(root.join("export.tgz"), zimbra_export()).unwrap();
    let detector = detector();
    let one = {
        let mut scan = detector.scan().with_threads(1).unwrap();
        scan.add_path(&root);
        scan.finish()
    };
    let two = {
        let mut scan = detector.scan().with_threads(2).unwrap();
        scan.add_path(&root);
        scan.finish()
    };
    let observed = {
        let mut seen = 0u64;
        let mut scan = detector.scan().with_observer(|_, _| seen += 1);
        scan.add_path(&root);
        let report = scan.finish();
        assert_eq!(seen, report.summary.messages);
        report
    };
    assert!(one.summary.messages > 90);
    assert_eq!(one, two);
    assert_eq!(one, observed);
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn hostile_bytes_are_accounted_for() {
    let mut nul = message("facebook-verify-vi.eml");
    nul.splice(10..10, [0u8; 16]);
    let cr_only: Vec<u8> = message("discord-verify-en.eml")
        .iter()
        .map(|&b| if b == b'\n' { b'\r' } else { b })
        .collect();
    let eight_bit = b"From: \xc4\x90\xe1\xbb\x97 <x@discord.com>\nTo: a@quangngai.gov.vn\nSubject: \xff\xfe Verify your email\n\nbody\n".to_vec();
    let mut long_line = b"From a@x Mon Jan  6 08:15:02 2025\nSubject: long\n\n".to_vec();
    long_line.extend(std::iter::repeat_n(b'A', 12 << 20));
    long_line.extend_from_slice(b"\n\nFrom b@x Mon Jan  6 08:15:03 2025\nSubject: after\n\nok\n");
    let mut policy = govmail_audit::Policy::default();
    policy.limits.max_message_bytes = 1 << 20;
    let small =
        govmail_audit::Detector::new(policy, govmail_audit::Catalog::builtin().unwrap()).unwrap();
    let mut scan = small.scan();
    for (name, bytes) in [
        ("nul.eml", &nul),
        ("cr.eml", &cr_only),
        ("8bit.eml", &eight_bit),
        ("long.mbox", &long_line),
    ] {
        scan.add_reader(name, &bytes[..]);
    }
    let report = scan.finish();
    let s = &report.summary;
    assert_eq!(s.messages, 5);
    assert_eq!(s.messages, s.inspected + s.skipped_total() + s.failed);
    assert_eq!(
        s.skipped.get(&SkipReason::TooLarge),
        Some(&1),
        "the 12 MB line, over the 1 MB limit"
    );
}

#[test]
fn one_large_mbox_read_in_parallel_ranges_gives_the_sequential_report() {
    let root = temp_dir("ranges");
    let path = root.join("big.mbox");
    let mut data = Vec::new();
    for _ in 0..40 {
        data.extend_from_slice(&sample_mbox());
    }
    std::fs::write(&path, &data).unwrap();
    let detector = detector();
    let sequential = {
        let mut scan = detector.scan().with_threads(1).unwrap();
        scan.add_path(&path);
        scan.finish()
    };
    let ranged = {
        let mut scan = detector
            .scan()
            .with_threads(2)
            .unwrap()
            .with_parallel_mbox_min_bytes(64 * 1024);
        scan.add_path(&path);
        scan.finish()
    };
    assert_eq!(sequential.summary.messages, 40 * 14);
    assert_eq!(ranged, sequential, "same messages, numbers and offsets");
    std::fs::remove_dir_all(&root).unwrap();
}
