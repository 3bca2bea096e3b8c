//! The scanner's option for one HTML page per unit (library
//! `report::write_unit_pages`).

use std::path::PathBuf;

use govmail_audit::Report;
use govmail_audit::report::{Lang, write_unit_pages};

/// Options for the per-unit pages.
#[derive(clap::Args, Debug, Clone)]
pub(crate) struct UnitPagesOptions {
    /// Write one self-contained HTML page per unit (staff-directory unit,
    /// else mail domain) and an index.html linking them into DIR; a head of
    /// unit opens only the unit's own page. Language: --lang (default vi).
    #[arg(long, value_name = "DIR")]
    pub(crate) unit_pages: Option<PathBuf>,
}

impl UnitPagesOptions {
    /// Writes the pages; returns how many units there were.
    pub(crate) fn write(
        &self,
        report: &Report,
        lang: Option<Lang>,
    ) -> Result<Option<usize>, String> {
        let Some(dir) = &self.unit_pages else {
            return Ok(None);
        };
        let pages =
            write_unit_pages(report, lang.unwrap_or(Lang::Vi), dir).map_err(|e| e.to_string())?;
        Ok(Some(pages.len()))
    }
}
