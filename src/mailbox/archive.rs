//! Archive readers: tar (Zimbra exports) and zip (Google Takeout), both
//! streamed, so a `.tgz` on standard input needs no temporary file.

use std::io::Read;

use super::{Origin, ReadLimits, Sink, read_nested};

/// Reads every member of a tar archive. Zimbra writes each message as
/// `<folder>/<name>.eml`, metadata beside it as `.meta`, and splits large
/// folders as `<folder>!1`, `<folder>!2`, which are one folder.
pub(super) fn read_tar(
    origin: &Origin,
    input: impl Read,
    limits: ReadLimits,
    sink: &mut dyn Sink,
    depth: u32,
) {
    let mut archive = tar::Archive::new(input);
    let entries = match archive.entries() {
        Ok(entries) => entries,
        Err(error) => {
            sink.problem(
                origin.at(None, Some(0)),
                format!("unreadable tar archive: {error}"),
            );
            return;
        }
    };
    let mut last_member = String::from("(start of archive)");
    for entry in entries {
        let mut entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                // A tar stream cannot be resynchronised after a bad header.
                sink.problem(
                    origin.at(None, None),
                    format!("archive broken or truncated after member {last_member}: {error}"),
                );
                return;
            }
        };
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let member = match entry.path() {
            Ok(path) => path.to_string_lossy().into_owned(),
            Err(_) => String::from_utf8_lossy(&entry.path_bytes()).into_owned(),
        };
        last_member.clone_from(&member);
        if member.ends_with(".meta") {
            // Zimbra item metadata (flags, dates); not a message.
            continue;
        }
        let member_origin = Origin {
            file: origin.file.clone(),
            folder: zimbra_folder(&member),
            member: Some(member),
        };
        let expected = entry.size();
        let mut counted = Counted {
            inner: &mut entry,
            count: 0,
        };
        read_nested(
            &member_origin,
            Box::new(&mut counted),
            None,
            limits,
            sink,
            depth,
        );
        if counted.count < expected {
            // A tar entry that ends early ends the readable archive.
            sink.problem(
                member_origin.at(None, Some(counted.count)),
                format!("member truncated: {} of {expected} bytes", counted.count),
            );
            return;
        }
    }
}

/// Reads every file of a zip archive as a stream (local headers), the way
/// Google Takeout's `.zip` holds `.mbox` files.
pub(super) fn read_zip(
    origin: &Origin,
    mut input: impl Read,
    limits: ReadLimits,
    sink: &mut dyn Sink,
    depth: u32,
) {
    let mut last_member = String::from("(start of archive)");
    loop {
        let mut file = match zip::read::read_zipfile_from_stream(&mut input) {
            Ok(Some(file)) => file,
            Ok(None) => return,
            Err(error) => {
                // A stream cannot look ahead to the central directory, so
                // a member whose sizes follow its data cannot be delimited.
                let message = if matches!(error, zip::result::ZipError::UnsupportedArchive(_)) {
                    format!(
                        "zip member after {last_member} cannot be read from a stream ({error}); \
                         give the archive as a file to read it"
                    )
                } else {
                    format!("zip archive broken or truncated after member {last_member}: {error}")
                };
                sink.problem(origin.at(None, None), message);
                return;
            }
        };
        if file.is_dir() {
            continue;
        }
        last_member = file.name().to_string();
        let member_origin = zip_member_origin(origin, file.name());
        read_nested(
            &member_origin,
            Box::new(&mut file),
            None,
            limits,
            sink,
            depth,
        );
    }
}

/// Reads every file of a seekable zip archive through its central
/// directory: members written with data descriptors (sizes after the data,
/// flag bit 3, as streaming writers do) are read like any other.
pub(super) fn read_zip_seekable<R: Read + std::io::Seek>(
    origin: &Origin,
    input: R,
    limits: ReadLimits,
    sink: &mut dyn Sink,
    depth: u32,
) {
    let mut archive = match zip::ZipArchive::new(input) {
        Ok(archive) => archive,
        Err(error) => {
            sink.problem(
                origin.at(None, None),
                format!("unreadable zip archive (central directory): {error}"),
            );
            return;
        }
    };
    for index in 0..archive.len() {
        let name = archive.name_for_index(index).unwrap_or("?").to_string();
        let mut file = match archive.by_index(index) {
            Ok(file) => file,
            Err(error) => {
                sink.problem(
                    Origin {
                        member: Some(name),
                        ..origin.clone()
                    }
                    .at(None, None),
                    format!("zip member {} unreadable: {error}", index + 1),
                );
                continue;
            }
        };
        if file.is_dir() {
            continue;
        }
        let member_origin = zip_member_origin(origin, file.name());
        read_nested(
            &member_origin,
            Box::new(&mut file),
            None,
            limits,
            sink,
            depth,
        );
    }
}

/// Where a zip member's messages are: Takeout names the mbox after the
/// label (`Mail/Inbox.mbox`).
fn zip_member_origin(origin: &Origin, member: &str) -> Origin {
    let folder = std::path::Path::new(member)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned());
    Origin {
        file: origin.file.clone(),
        member: Some(member.to_string()),
        folder,
    }
}

/// Counts the bytes read through it.
struct Counted<R> {
    inner: R,
    count: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count += n as u64;
        Ok(n)
    }
}

/// The mail folder of a Zimbra export member: its directory, with the
/// `!N` suffixes of split folders removed (`Inbox!2/123.eml` → `Inbox`).
fn zimbra_folder(member: &str) -> Option<String> {
    let (dir, _) = member.rsplit_once('/')?;
    let folder: Vec<&str> = dir
        .split('/')
        .filter(|part| !part.is_empty() && *part != ".")
        .map(|part| match part.rsplit_once('!') {
            Some((name, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => name,
            _ => part,
        })
        .collect();
    (!folder.is_empty()).then(|| folder.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zimbra_folders() {
        assert_eq!(zimbra_folder("Inbox/0001.eml").as_deref(), Some("Inbox"));
        assert_eq!(zimbra_folder("Inbox!2/0001.eml").as_deref(), Some("Inbox"));
        assert_eq!(
            zimbra_folder("./Sent/Old!12/x.eml").as_deref(),
            Some("Sent/Old")
        );
        assert_eq!(zimbra_folder("Weird!x/a.eml").as_deref(), Some("Weird!x"));
        assert_eq!(zimbra_folder("top.eml"), None);
    }
}
