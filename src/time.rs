//! Dates as RFC 3339 text without a date-time dependency.

/// Formats seconds since the Unix epoch as `YYYY-MM-DDTHH:MM:SSZ`.
/// Returns `None` outside years 0..=9999.
pub(crate) fn rfc3339_from_unix(seconds: i64) -> Option<String> {
    let days = seconds.div_euclid(86_400);
    let secs_of_day = seconds.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    if !(0..=9999).contains(&year) {
        return None;
    }
    Some(format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        secs_of_day / 3600,
        secs_of_day % 3600 / 60,
        secs_of_day % 60
    ))
}

/// Formats a moment as `YYYY-MM-DDTHH:MM:SS.mmmZ` (RFC 3339, UTC, with
/// milliseconds), the form reports use, for logs written beside them (the
/// milter's verdict log, for one). Moments before 1970 are written as 1970.
pub(crate) fn timestamp(at: std::time::SystemTime) -> String {
    let since_epoch = at.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let seconds = i64::try_from(since_epoch.as_secs()).unwrap_or(i64::MAX);
    let (year, month, day, hour, minute) = civil_from_unix(seconds, 0);
    format!(
        "{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{:02}.{:03}Z",
        seconds.rem_euclid(60),
        since_epoch.subsec_millis()
    )
}

/// Reads `YYYY-MM-DDTHH:MM:SSZ` (as [`rfc3339_from_unix`] writes it) back
/// into seconds since the Unix epoch; `None` for anything else.
pub(crate) fn unix_from_rfc3339(text: &str) -> Option<i64> {
    let field = |range: std::ops::Range<usize>| -> Option<i64> {
        let digits = text.get(range)?;
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok()
    };
    let separators_ok = text.len() == 20
        && text.get(4..5) == Some("-")
        && text.get(7..8) == Some("-")
        && text.get(10..11) == Some("T")
        && text.get(13..14) == Some(":")
        && text.get(16..17) == Some(":")
        && text.get(19..20) == Some("Z");
    if !separators_ok {
        return None;
    }
    let (year, month, day) = (field(0..4)?, field(5..7)?, field(8..10)?);
    let (hour, minute, second) = (field(11..13)?, field(14..16)?, field(17..19)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 {
        return None;
    }
    Some(days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second.min(60))
}

/// The civil date and time of `seconds` since the Unix epoch, shifted by
/// `offset_seconds`: `(year, month, day, hour, minute)`.
pub(crate) fn civil_from_unix(seconds: i64, offset_seconds: i64) -> (i64, i64, i64, i64, i64) {
    let local = seconds.saturating_add(offset_seconds);
    let (year, month, day) = civil_from_days(local.div_euclid(86_400));
    let secs_of_day = local.rem_euclid(86_400);
    (
        year,
        month,
        day,
        secs_of_day / 3600,
        secs_of_day % 3600 / 60,
    )
}

/// Howard Hinnant's civil-to-days algorithm (proleptic Gregorian).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let yoe = year.rem_euclid(400);
    let mp = if month > 2 { month - 3 } else { month + 9 };
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_with_milliseconds() {
        use std::time::{Duration, UNIX_EPOCH};
        assert_eq!(timestamp(UNIX_EPOCH), "1970-01-01T00:00:00.000Z");
        assert_eq!(
            timestamp(UNIX_EPOCH + Duration::from_millis(1_709_251_199_123)),
            "2024-02-29T23:59:59.123Z"
        );
        assert_eq!(
            timestamp(UNIX_EPOCH + Duration::from_secs(4_102_444_800)),
            "2100-01-01T00:00:00.000Z"
        );
        assert_eq!(
            timestamp(UNIX_EPOCH - Duration::from_secs(5)),
            "1970-01-01T00:00:00.000Z"
        );
    }

    #[test]
    fn known_dates() {
        assert_eq!(
            rfc3339_from_unix(0).as_deref(),
            Some("1970-01-01T00:00:00Z")
        );
        assert_eq!(
            rfc3339_from_unix(1_736_151_302).as_deref(),
            Some("2025-01-06T08:15:02Z")
        );
        assert_eq!(
            rfc3339_from_unix(951_782_400).as_deref(),
            Some("2000-02-29T00:00:00Z")
        );
        assert_eq!(
            rfc3339_from_unix(-86_400).as_deref(),
            Some("1969-12-31T00:00:00Z")
        );
        assert_eq!(rfc3339_from_unix(i64::MAX), None);
    }

    #[test]
    fn round_trip_and_local_time() {
        for seconds in [0, 1_736_151_302, 951_782_400, -86_400, 253_402_300_799] {
            let text = rfc3339_from_unix(seconds).unwrap_or_default();
            assert_eq!(unix_from_rfc3339(&text), Some(seconds), "{text}");
        }
        assert_eq!(unix_from_rfc3339("2025-01-06T08:15:02+07:00"), None);
        assert_eq!(unix_from_rfc3339("2025-13-06T08:15:02Z"), None);
        assert_eq!(unix_from_rfc3339("2025-01-0٦T08:15:02Z"), None);
        // 20:30 UTC on 12 March is 03:30 on 13 March in Vietnam (UTC+7).
        let seconds = unix_from_rfc3339("2024-03-12T20:30:00Z").unwrap_or_default();
        assert_eq!(civil_from_unix(seconds, 7 * 3600), (2024, 3, 13, 3, 30));
    }
}
