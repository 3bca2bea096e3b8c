//! Dates for people: Vietnam time, in the reader's format.

use super::Lang;
use crate::time::{civil_from_unix, unix_from_rfc3339};

/// Vietnam has one time zone, UTC+7, and no daylight saving time: a mail
/// sent at 20:00 UTC was read on the next day there.
const VIETNAM_OFFSET_SECONDS: i64 = 7 * 3600;

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `12/03/2024` (vi) or `12 Mar 2024` (en), in Vietnam time. Text that is
/// not a report date is returned as it is.
pub(crate) fn date(lang: Lang, rfc3339: &str) -> String {
    match unix_from_rfc3339(rfc3339) {
        Some(seconds) => {
            let (year, month, day, _, _) = civil_from_unix(seconds, VIETNAM_OFFSET_SECONDS);
            format_date(lang, year, month, day)
        }
        None => rfc3339.to_string(),
    }
}

/// `12/03/2024 23:41` (vi) or `12 Mar 2024 23:41` (en), in Vietnam time.
pub(crate) fn date_time(lang: Lang, rfc3339: &str) -> String {
    match unix_from_rfc3339(rfc3339) {
        Some(seconds) => {
            let (year, month, day, hour, minute) = civil_from_unix(seconds, VIETNAM_OFFSET_SECONDS);
            format!(
                "{} {hour:02}:{minute:02}",
                format_date(lang, year, month, day)
            )
        }
        None => rfc3339.to_string(),
    }
}

fn format_date(lang: Lang, year: i64, month: i64, day: i64) -> String {
    match lang {
        Lang::Vi => format!("{day:02}/{month:02}/{year:04}"),
        Lang::En => {
            let name = usize::try_from(month - 1)
                .ok()
                .and_then(|i| MONTHS_EN.get(i))
                .copied()
                .unwrap_or("?");
            format!("{day} {name} {year:04}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnam_time_in_each_language() {
        assert_eq!(date(Lang::Vi, "2024-03-12T16:41:27Z"), "12/03/2024");
        assert_eq!(date(Lang::Vi, "2024-03-12T17:00:00Z"), "13/03/2024");
        assert_eq!(date(Lang::En, "2024-03-12T16:41:27Z"), "12 Mar 2024");
        assert_eq!(
            date_time(Lang::Vi, "2024-12-31T17:05:00Z"),
            "01/01/2025 00:05"
        );
        assert_eq!(date(Lang::Vi, "yesterday"), "yesterday");
    }
}
