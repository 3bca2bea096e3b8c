//! The staff directory: who holds each official address, and in which unit.
//!
//! Auditors get it from the personnel office as a spreadsheet, so it is read
//! as Excel writes CSV: UTF-8 with or without a byte order mark, `,` or `;`
//! (Vietnamese regional settings) between fields, and a header row in
//! Vietnamese or English.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use crate::address::Address;
use crate::error::{Error, ErrorKind, Result};
use crate::text::fold;

/// One entry of a [`Directory`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Person {
    /// The official address, normalised as in reports.
    pub address: String,
    /// Full name, when the directory gives one.
    pub name: Option<String>,
    /// Unit (department, office), when the directory gives one.
    pub unit: Option<String>,
}

/// Maps official addresses to people and units; see
/// [`Report::assign_units`](super::Report::assign_units).
///
/// ```
/// use govmail_audit::report::Directory;
///
/// let csv = "\u{feff}email;họ tên;đơn vị\r\n\
///            An.Nguyen@STTTT.quangngai.gov.vn;Nguyễn Văn An;Sở Thông tin và Truyền thông\r\n";
/// let directory = Directory::from_reader(csv.as_bytes(), "nhansu.csv")?;
/// let person = directory.lookup("an.nguyen@stttt.quangngai.gov.vn").unwrap();
/// assert_eq!(person.name.as_deref(), Some("Nguyễn Văn An"));
/// assert_eq!(person.unit.as_deref(), Some("Sở Thông tin và Truyền thông"));
/// # Ok::<(), govmail_audit::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Directory {
    people: HashMap<String, Person>,
    ignored_lines: Vec<u64>,
}

/// Which column holds what.
#[derive(Debug, Clone, Copy)]
struct Columns {
    address: usize,
    name: Option<usize>,
    unit: Option<usize>,
}

/// The column of a header cell, from its folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Address,
    Name,
    Unit,
}

impl Column {
    fn from_header(cell: &str) -> Option<Column> {
        let folded: String = fold(cell)
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        match folded.as_str() {
            "email" | "mail" | "address" | "emailaddress" | "diachi" | "diachiemail"
            | "diachithu" | "thudientu" | "diachithudientu" | "hopthu" | "thucongvu" => {
                Some(Column::Address)
            }
            "name" | "fullname" | "person" | "hoten" | "hovaten" | "ten" | "canbo" => {
                Some(Column::Name)
            }
            "unit" | "department" | "office" | "donvi" | "coquan" | "phongban" | "phong"
            | "coquandonvi" | "donvicongtac" => Some(Column::Unit),
            _ => None,
        }
    }
}

/// The largest staff directory read (64 MiB: about a million people).
pub const MAX_DIRECTORY_BYTES: u64 = 64 * 1024 * 1024;

impl Directory {
    /// Reads a directory in CSV: one row per person with the address, the
    /// full name and the unit. The first row may name the columns, in
    /// English or Vietnamese and in any order (`email,họ tên,đơn vị`,
    /// `address,name,unit`); without such a header the columns are taken in
    /// that order. Rows without an address (blank lines, totals) are passed
    /// over and listed by [`ignored_lines`](Self::ignored_lines); a later
    /// row for the same address replaces an earlier one. `origin` names the
    /// input in errors.
    /// At most [`MAX_DIRECTORY_BYTES`] are read.
    pub fn from_reader(reader: impl Read, origin: &str) -> Result<Directory> {
        let mut bytes = Vec::new();
        reader
            .take(MAX_DIRECTORY_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Error::new(ErrorKind::Io, format!("{origin}: {e}")).with_source(e))?;
        if bytes.len() as u64 > MAX_DIRECTORY_BYTES {
            return Err(Error::new(
                ErrorKind::Io,
                format!(
                    "{origin}: larger than {} MiB, the most read for a staff directory",
                    MAX_DIRECTORY_BYTES >> 20
                ),
            ));
        }
        Directory::from_bytes(&bytes, origin)
    }

    /// Reads a directory file of at most [`MAX_DIRECTORY_BYTES`]; see
    /// [`from_reader`](Self::from_reader).
    pub fn from_file(path: &Path) -> Result<Directory> {
        let bytes = crate::error::read_file_up_to(path, MAX_DIRECTORY_BYTES)?;
        Directory::from_bytes(&bytes, &path.display().to_string())
    }

    fn from_bytes(bytes: &[u8], origin: &str) -> Result<Directory> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let text = std::str::from_utf8(bytes).map_err(|e| {
            Error::new(
                ErrorKind::Format,
                format!(
                    "{origin}: not UTF-8 text (at byte {}); in Excel, save as \"CSV UTF-8\"",
                    e.valid_up_to()
                ),
            )
        })?;
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .trim(csv::Trim::All)
            .delimiter(guess_delimiter(text))
            .from_reader(text.as_bytes());
        let mut directory = Directory::default();
        let mut columns: Option<Columns> = None;
        let mut lines = LineCounter {
            text,
            byte: 0,
            line: 1,
        };
        for row in reader.records() {
            let row = row.map_err(|e| {
                Error::new(ErrorKind::Format, format!("{origin}: {e}")).with_source(e)
            })?;
            let line = lines.line_of(row.position().map_or(0, |p| p.byte()));
            let cells: Vec<&str> = row.iter().collect();
            let columns = match columns {
                Some(columns) => columns,
                None => {
                    // The first non-blank row: a header, or already data.
                    if cells.iter().all(|c| c.is_empty()) {
                        continue;
                    }
                    let found = header_columns(&cells);
                    let chosen = found.unwrap_or(Columns {
                        address: 0,
                        name: Some(1),
                        unit: Some(2),
                    });
                    columns = Some(chosen);
                    if found.is_some() {
                        continue;
                    }
                    if !cells.iter().any(|c| c.contains('@')) {
                        return Err(Error::new(
                            ErrorKind::Format,
                            format!(
                                "{origin}: line {line}: no address column; name the columns \
                                 `email,họ tên,đơn vị` or `address,name,unit`"
                            ),
                        ));
                    }
                    chosen
                }
            };
            let cell = |index: Option<usize>| {
                index
                    .and_then(|i| cells.get(i))
                    .map(|c| c.trim())
                    .filter(|c| !c.is_empty())
                    .map(str::to_string)
            };
            let Some(address) = cells
                .get(columns.address)
                .and_then(|raw| Address::parse(raw))
                .map(|a| a.to_text())
            else {
                if cells.iter().any(|c| !c.is_empty()) {
                    directory.ignored_lines.push(line);
                }
                continue;
            };
            directory.people.insert(
                address.clone(),
                Person {
                    address,
                    name: cell(columns.name),
                    unit: cell(columns.unit),
                },
            );
        }
        Ok(directory)
    }

    /// The entry for `address` (compared in normal form: case, punycode and
    /// `+tag` do not matter).
    pub fn lookup(&self, address: &str) -> Option<&Person> {
        self.people
            .get(address)
            .or_else(|| self.people.get(&Address::parse(address)?.to_text()))
    }

    /// How many addresses the directory lists.
    pub fn len(&self) -> usize {
        self.people.len()
    }

    /// True when the directory lists no address.
    pub fn is_empty(&self) -> bool {
        self.people.is_empty()
    }

    /// Lines (from 1) that had text but no address and were passed over.
    pub fn ignored_lines(&self) -> &[u64] {
        &self.ignored_lines
    }
}

/// The line (from 1) of a record at `byte`. The csv crate's own line count
/// is one short after CRLF line ends; its byte offset points at the start
/// of the record or at the `\n` just before it, so counting line feeds up
/// to and including that byte is right either way.
/// Line numbers of rows read in order: counts only the newlines since the
/// previous row (counting from the start each time made loading a large
/// directory quadratic).
struct LineCounter<'t> {
    text: &'t str,
    /// Bytes before this offset are counted.
    byte: usize,
    /// The line at `byte`.
    line: u64,
}

impl LineCounter<'_> {
    /// The line of the row starting at byte `byte` (rows come in order).
    fn line_of(&mut self, byte: u64) -> u64 {
        let end = usize::try_from(byte)
            .unwrap_or(usize::MAX)
            .saturating_add(1)
            .min(self.text.len());
        if end > self.byte {
            let between = self.text.as_bytes().get(self.byte..end).unwrap_or_default();
            self.line += memchr::memchr_iter(b'\n', between).count() as u64;
            self.byte = end;
        }
        self.line
    }
}

/// `;` when the first line has more semicolons than commas (Excel with
/// Vietnamese or European regional settings), a tab for tab-separated text,
/// else `,`.
fn guess_delimiter(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let count = |c: char| first.chars().filter(|&x| x == c).count();
    let (commas, semicolons, tabs) = (count(','), count(';'), count('\t'));
    if semicolons > commas && semicolons >= tabs {
        b';'
    } else if tabs > commas {
        b'\t'
    } else {
        b','
    }
}

/// The columns named by a header row, when it names an address column.
fn header_columns(cells: &[&str]) -> Option<Columns> {
    let mut address = None;
    let mut name = None;
    let mut unit = None;
    for (index, cell) in cells.iter().enumerate() {
        let slot = match Column::from_header(cell) {
            Some(Column::Address) => &mut address,
            Some(Column::Name) => &mut name,
            Some(Column::Unit) => &mut unit,
            None => continue,
        };
        // The first matching column wins ("Đơn vị" before "Phòng").
        if slot.is_none() {
            *slot = Some(index);
        }
    }
    Some(Columns {
        address: address?,
        name,
        unit,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn load(text: &str) -> Directory {
        Directory::from_reader(text.as_bytes(), "test.csv").unwrap()
    }

    #[test]
    fn vietnamese_header_semicolons_and_bom() {
        let d = load(
            "\u{feff}STT;Họ và tên;Địa chỉ thư điện tử;Đơn vị\r\n\
             1;Trần Thị Bình;binh.tt@sxd.quangngai.gov.vn;Sở Xây dựng\r\n\
             ;;;\r\n\
             Tổng cộng: 1;;;\r\n",
        );
        let p = d.lookup("Binh.TT@sxd.quangngai.gov.vn").unwrap();
        assert_eq!(p.name.as_deref(), Some("Trần Thị Bình"));
        assert_eq!(p.unit.as_deref(), Some("Sở Xây dựng"));
        assert_eq!(d.len(), 1);
        assert_eq!(d.ignored_lines(), &[4]);
        let lf = load("email,name\nx@a.gov.vn,A\n\nnot an address,B\n");
        assert_eq!(lf.ignored_lines(), &[4]);
    }

    #[test]
    fn english_header_in_another_order_and_quoted_commas() {
        let d = load(
            "unit,address,name\n\"Sở Tài chính, phòng KH\",ha.ht@quangngai.gov.vn,Hồ Thị Hà\n",
        );
        let p = d.lookup("ha.ht@quangngai.gov.vn").unwrap();
        assert_eq!(p.unit.as_deref(), Some("Sở Tài chính, phòng KH"));
        assert_eq!(p.name.as_deref(), Some("Hồ Thị Hà"));
    }

    #[test]
    fn no_header_means_address_name_unit() {
        let d = load("an.nguyen@stttt.quangngai.gov.vn,Nguyễn Văn An,\n");
        let p = d.lookup("an.nguyen@stttt.quangngai.gov.vn").unwrap();
        assert_eq!(p.name.as_deref(), Some("Nguyễn Văn An"));
        assert_eq!(p.unit, None);
    }

    #[test]
    fn decomposed_vietnamese_headers_are_recognised() {
        use unicode_normalization::UnicodeNormalization;
        let header: String = "email,họ tên,đơn vị".nfd().collect();
        let d = load(&format!("{header}\nx@a.gov.vn,A,B\n"));
        assert_eq!(d.lookup("x@a.gov.vn").unwrap().unit.as_deref(), Some("B"));
    }

    #[test]
    fn errors_name_the_file_and_the_fix() {
        let err = Directory::from_reader(&b"email,name\nx@a.gov.vn,Tr\xe2n\n"[..], "nv.csv")
            .unwrap_err()
            .to_string();
        assert!(err.contains("nv.csv") && err.contains("CSV UTF-8"), "{err}");
        let err = Directory::from_reader(&b"ho,ten\na,b\n"[..], "nv.csv")
            .unwrap_err()
            .to_string();
        assert!(err.contains("no address column"), "{err}");
    }
}
