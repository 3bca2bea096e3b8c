//! One self-contained HTML page per unit, plus an index page for the
//! province: a head of unit opens only the unit's own page, which stays
//! small and fast however large the province's report is.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::{Lang, Report, ServiceRecord};
use crate::error::{Error, ErrorKind, Result};

/// One unit's page, as [`write_unit_pages`] wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitPage {
    /// The unit (from the staff directory), or the mail domain.
    pub unit: String,
    /// The page's file name in the folder.
    pub file: String,
    /// Distinct official addresses with an account.
    pub addresses: u64,
    /// Account records.
    pub accounts: u64,
    /// Account records that violate the policy.
    pub violations: u64,
    /// Suspected phishing records.
    pub suspected_phishing: u64,
}

impl Report {
    /// The units of the report (staff-directory units, else mail domains),
    /// in the order of the HTML report.
    pub fn unit_names(&self) -> Vec<String> {
        let mut names: Vec<(String, String)> = self
            .accounts
            .iter()
            .chain(&self.suspected_phishing)
            .map(|r| r.unit_or_domain())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .map(|name| (crate::text::fold(name), name.to_string()))
            .collect();
        names.sort();
        names.into_iter().map(|(_, name)| name).collect()
    }

    /// The part of the report about one unit: its records (accounts,
    /// phishing, invitations, newsletters, accounts no longer seen), with
    /// the record counts of the summary recomputed; message counts stay
    /// those of the whole scan, and problems are left to the index.
    pub fn for_unit(&self, unit: &str) -> Report {
        let keep = |records: &[ServiceRecord]| -> Vec<ServiceRecord> {
            records
                .iter()
                .filter(|r| r.unit_or_domain() == unit)
                .cloned()
                .collect()
        };
        let accounts = keep(&self.accounts);
        let to_review = keep(&self.to_review);
        let approved = keep(&self.approved);
        let suspected_phishing = keep(&self.suspected_phishing);
        let mut summary = self.summary.clone();
        summary.official_addresses = accounts
            .iter()
            .map(|r| r.address.as_str())
            .collect::<BTreeSet<_>>()
            .len() as u64;
        summary.accounts = accounts.len() as u64;
        summary.violations = accounts.iter().filter(|r| r.violation).count() as u64;
        summary.suspected_phishing = suspected_phishing.len() as u64;
        summary.to_review = to_review.len() as u64;
        summary.approved = approved.len() as u64;
        let comparison = self.comparison.as_ref().map(|c| {
            let mut c = c.clone();
            c.no_longer_seen = keep(&c.no_longer_seen);
            c
        });
        Report {
            schema_version: self.schema_version,
            generator: self.generator.clone(),
            owner: self.owner.clone(),
            summary,
            accounts,
            to_review,
            approved,
            suspected_phishing,
            invitations: keep(&self.invitations),
            newsletters: keep(&self.newsletters),
            problems: Vec::new(),
            comparison,
            security: self.security.for_unit(unit),
        }
    }
}

/// Writes `index.html` (every unit with its counts and a link) and one
/// self-contained page per unit into `dir` (created if missing), in
/// `lang`. Returns the units' pages in index order.
pub fn write_unit_pages(report: &Report, lang: Lang, dir: &Path) -> Result<Vec<UnitPage>> {
    let io = |path: &Path, e: std::io::Error| {
        Error::new(ErrorKind::Io, format!("{}: {e}", path.display()))
    };
    std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
    let mut pages = Vec::new();
    for (i, unit) in report.unit_names().into_iter().enumerate() {
        let part = report.for_unit(&unit);
        let file = format!("{:03}-{}.html", i + 1, slug(&unit));
        let path: PathBuf = dir.join(&file);
        let mut out =
            std::io::BufWriter::new(std::fs::File::create(&path).map_err(|e| io(&path, e))?);
        super::html::write_html(&part, lang, &mut out).map_err(|e| io(&path, e))?;
        std::io::Write::flush(&mut out).map_err(|e| io(&path, e))?;
        pages.push(UnitPage {
            unit,
            file,
            addresses: part.summary.official_addresses,
            accounts: part.summary.accounts,
            violations: part.summary.violations,
            suspected_phishing: part.summary.suspected_phishing,
        });
    }
    let path = dir.join("index.html");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).map_err(|e| io(&path, e))?);
    super::html::write_index(report, &pages, lang, &mut out).map_err(|e| io(&path, e))?;
    std::io::Write::flush(&mut out).map_err(|e| io(&path, e))?;
    Ok(pages)
}

/// A file-name part: the name without diacritics, lower case, letters and
/// digits joined by `-` (at most 60 characters).
fn slug(name: &str) -> String {
    let folded = crate::text::fold(name);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 60 {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "unit".into() } else { out }
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn slugs_are_ascii_file_names() {
        assert_eq!(slug("Sở Xây dựng"), "so-xay-dung");
        assert_eq!(slug("stttt.quangngai.gov.vn"), "stttt-quangngai-gov-vn");
        assert_eq!(slug("../../etc"), "etc");
        assert_eq!(slug("Đ"), "d");
        assert_eq!(slug("///"), "unit");
    }
}
