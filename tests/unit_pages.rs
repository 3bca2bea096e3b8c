//! One HTML page per unit plus an index (`report::write_unit_pages`).

use std::collections::BTreeSet;

use govmail_audit::report::{Lang, write_unit_pages};

use crate::reports::sample_with_units;

#[test]
fn every_unit_gets_its_own_page_and_the_index_links_them_all() {
    let report = sample_with_units();
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("unit-pages");
    let _ = std::fs::remove_dir_all(&dir);
    let pages = write_unit_pages(&report, Lang::Vi, &dir).unwrap();
    let units = report.unit_names();
    assert!(units.len() >= 2, "{units:?}");
    assert_eq!(
        pages.iter().map(|p| &p.unit).collect::<Vec<_>>(),
        units.iter().collect::<Vec<_>>()
    );

    // Every account is on exactly one unit page, and only there.
    assert_eq!(
        pages.iter().map(|p| p.accounts).sum::<u64>(),
        report.summary.accounts
    );
    assert_eq!(
        pages.iter().map(|p| p.violations).sum::<u64>(),
        report.summary.violations
    );
    let index = std::fs::read_to_string(dir.join("index.html")).unwrap();
    for page in &pages {
        assert!(
            page.file
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.'),
            "{}",
            page.file
        );
        assert!(
            index.contains(&format!("<a href=\"{}\">", page.file)),
            "{}",
            page.file
        );
        let html = std::fs::read_to_string(dir.join(&page.file)).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>"));
        // Self-contained: nothing fetched.
        assert!(!html.contains("src=\"http") && !html.contains("href=\"http"));
        let part = report.for_unit(&page.unit);
        let own: BTreeSet<&str> = part.accounts.iter().map(|r| r.address.as_str()).collect();
        for record in &report.accounts {
            let shown = html.contains(&format!("data-address=\"{}\"", record.address));
            assert_eq!(
                shown,
                own.contains(record.address.as_str()),
                "{} on {}",
                record.address,
                page.file
            );
        }
    }
    assert!(index.contains("Đơn vị"));
    let _ = std::fs::remove_dir_all(&dir);
}
