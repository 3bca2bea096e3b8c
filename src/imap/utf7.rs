//! IMAP's modified UTF-7 folder names (RFC 3501 section 5.1.3): `&`
//! starts base64 of UTF-16 (with `,` for `/`), `-` ends it, `&-` is `&`.
//! Vietnamese folder names ("Thư đã gửi") travel this way.

/// The folder name for people; a name that is not valid modified UTF-7 is
/// shown as it came (lossy UTF-8), never dropped.
pub(crate) fn decode(raw: &[u8]) -> String {
    try_decode(raw).unwrap_or_else(|| String::from_utf8_lossy(raw).into_owned())
}

fn try_decode(raw: &[u8]) -> Option<String> {
    let mut out = String::new();
    let mut rest = raw;
    while let Some((&byte, tail)) = rest.split_first() {
        if byte != b'&' {
            if !(0x20..0x7f).contains(&byte) {
                return None;
            }
            out.push(char::from(byte));
            rest = tail;
            continue;
        }
        let end = tail.iter().position(|&b| b == b'-')?;
        let (encoded, after) = tail.split_at(end);
        rest = after.get(1..)?;
        if encoded.is_empty() {
            out.push('&');
            continue;
        }
        let units = base64_utf16(encoded)?;
        out.push_str(&String::from_utf16(&units).ok()?);
    }
    Some(out)
}

/// Modified base64 (`,` instead of `/`, no padding) to UTF-16 units.
fn base64_utf16(encoded: &[u8]) -> Option<Vec<u16>> {
    let mut bits = 0u32;
    let mut count = 0u32;
    let mut bytes = Vec::new();
    for &c in encoded {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b',' => 63,
            _ => return None,
        };
        bits = (bits << 6) | u32::from(value);
        count += 6;
        if count >= 8 {
            count -= 8;
            bytes.push(((bits >> count) & 0xff) as u8);
        }
    }
    if bytes.len() % 2 != 0 {
        return None;
    }
    Some(
        bytes
            .chunks_exact(2)
            .map(|pair| match pair {
                [high, low] => u16::from_be_bytes([*high, *low]),
                _ => 0,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn decodes_rfc_examples_and_vietnamese() {
        assert_eq!(decode(b"INBOX"), "INBOX");
        assert_eq!(
            decode(b"~peter/mail/&U,BTFw-/&ZeVnLIqe-"),
            "~peter/mail/台北/日本語"
        );
        assert_eq!(decode(b"Tom &- Jerry"), "Tom & Jerry");
        assert_eq!(decode(b"Th&AbA- &AREA4w- g&Hu0-i"), "Thư đã gửi");
        assert_eq!(
            decode(b"C&APQ-ng vi&Hsc-c/D&HvE- &AOE-n"),
            "Công việc/Dự án"
        );
    }

    #[test]
    fn invalid_names_are_kept_as_they_came() {
        assert_eq!(decode(b"Bad &Zm9v"), "Bad &Zm9v");
    }
}
