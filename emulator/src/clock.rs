//! The emulator's clock, and RFC 3339 formatting and parsing of UTC timestamps.
//!
//! Two documented expiries depend on time: upload tokens are valid for one day
//! (<https://developers.google.com/photos/library/guides/upload-media#creating-media-item>)
//! and base URLs for 60 minutes
//! (<https://developers.google.com/photos/library/guides/access-media-items#base-urls>).
//! Tests cannot wait that long, so the emulator reads time from a [`Clock`] that starts at the
//! real time and can be moved forward. Timestamps on the wire use the `google-datetime`
//! format of the Discovery document, which is RFC 3339 in UTC
//! (<https://developers.google.com/photos/library/reference/rest/v1/mediaItems#MediaMetadata>).

use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The emulator's time: the real time plus every [`Clock::advance`] so far.
///
/// Cloning gives another handle on the same clock.
#[derive(Clone, Default)]
pub struct Clock {
    offset: Arc<Mutex<Duration>>,
    /// Called after each advance, so that a data directory records the new offset at once.
    on_advance: Arc<OnceLock<Box<dyn Fn() + Send + Sync>>>,
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Clock")
            .field("offset", &self.offset())
            .finish_non_exhaustive()
    }
}

impl Clock {
    pub(crate) fn with_offset(offset: Duration) -> Clock {
        Clock {
            offset: Arc::new(Mutex::new(offset)),
            on_advance: Arc::default(),
        }
    }

    pub(crate) fn set_on_advance(&self, f: Box<dyn Fn() + Send + Sync>) {
        let _ = self.on_advance.set(f);
    }

    /// Moves the emulator's time forward by `by` (real time keeps passing as well).
    pub fn advance(&self, by: Duration) {
        {
            let mut offset = self.offset.lock().expect("clock lock poisoned");
            *offset = offset.saturating_add(by);
        }
        if let Some(f) = self.on_advance.get() {
            f();
        }
    }

    /// The emulator's current time.
    pub fn now(&self) -> SystemTime {
        SystemTime::now() + self.offset()
    }

    /// The emulator's current time as an RFC 3339 UTC string, e.g. `2024-06-01T10:00:00Z`.
    pub fn now_rfc3339(&self) -> String {
        format_rfc3339(self.now())
    }

    /// How far the clock has been advanced in total; persisted so that expiries survive a
    /// restart with a data directory.
    pub(crate) fn offset(&self) -> Duration {
        *self.offset.lock().expect("clock lock poisoned")
    }
}

/// Seconds and nanoseconds since the Unix epoch (times before 1970 clamp to the epoch, which
/// the API never produces for items created through it).
pub(crate) fn unix(t: SystemTime) -> (u64, u32) {
    let d = t.duration_since(UNIX_EPOCH).unwrap_or_default();
    (d.as_secs(), d.subsec_nanos())
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
pub(crate) fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01 (inverse of [`days_from_civil`]).
pub(crate) fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The UTC calendar date of a time, as (year, month, day).
pub(crate) fn date_of(t: SystemTime) -> (i64, u32, u32) {
    civil_from_days((unix(t).0 / 86_400) as i64)
}

/// Formats a time as RFC 3339 in UTC; fractional seconds appear only when non-zero, as
/// Google's own timestamps do.
pub fn format_rfc3339(t: SystemTime) -> String {
    format_utc(t, |nanos| {
        if nanos == 0 {
            String::new()
        } else {
            format!(".{}", format!("{nanos:09}").trim_end_matches('0'))
        }
    })
}

/// `t` as `YYYY-MM-DDTHH:MM:SS{fraction}Z`, the fraction written by `fraction` from the
/// nanoseconds.
fn format_utc(t: SystemTime, fraction: impl Fn(u32) -> String) -> String {
    let (secs, nanos) = unix(t);
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    let rem = secs % 86_400;
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}{}Z",
        rem / 3600,
        rem / 60 % 60,
        rem % 60,
        fraction(nanos)
    )
}

/// The fraction of a second as protobuf's JSON mapping writes it: nothing, or 3, 6 or 9
/// digits (<https://developers.google.com/photos/picker/reference/rest/v1/sessions>: "generated
/// output will always be Z-normalized and uses 0, 3, 6 or 9 fractional digits").
fn proto_fraction(nanos: u32) -> String {
    if nanos == 0 {
        String::new()
    } else if nanos.is_multiple_of(1_000_000) {
        format!(".{:03}", nanos / 1_000_000)
    } else if nanos.is_multiple_of(1_000) {
        format!(".{:06}", nanos / 1_000)
    } else {
        format!(".{nanos:09}")
    }
}

/// Formats a time as a protobuf JSON `Timestamp` (RFC 3339, UTC, 0/3/6/9 fractional digits),
/// the format of the Picker API's `expireTime` and `createTime`.
pub(crate) fn format_proto_timestamp(t: SystemTime) -> String {
    format_utc(t, proto_fraction)
}

/// Formats a duration as a protobuf JSON `Duration`: seconds with 0/3/6/9 fractional digits
/// and an `s`, e.g. `5s`, `0.050s`, `1799.250s`.
pub(crate) fn format_proto_duration(d: Duration) -> String {
    format!("{}{}s", d.as_secs(), proto_fraction(d.subsec_nanos()))
}

/// Parses an RFC 3339 timestamp: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`. Returns `None`
/// for anything else, including dates before 1970.
pub fn parse_rfc3339(s: &str) -> Option<SystemTime> {
    let b = s.as_bytes();
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't') {
        return None;
    }
    if b[13] != b':' || b[16] != b':' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, sec) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&mo) || d == 0 || d > days_in_month(i64::from(y), mo) {
        return None;
    }
    if h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    let mut rest = &s[19..];
    let mut nanos = 0u32;
    if let Some(frac) = rest.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        let kept = &frac[..digits.min(9)];
        nanos = kept.parse::<u32>().ok()? * 10u32.pow(9 - kept.len() as u32);
        rest = &frac[digits..];
    }
    let offset_secs: i64 = match rest {
        "Z" | "z" => 0,
        _ => {
            let rb = rest.as_bytes();
            if rb.len() != 6 || rb[3] != b':' || !matches!(rb[0], b'+' | b'-') {
                return None;
            }
            let oh: i64 = rest.get(1..3)?.parse().ok()?;
            let om: i64 = rest.get(4..6)?.parse().ok()?;
            let sign = if rb[0] == b'-' { -1 } else { 1 };
            sign * (oh * 3600 + om * 60)
        }
    };
    let days = days_from_civil(i64::from(y), mo, d);
    let total = days * 86_400 + i64::from(h * 3600 + mi * 60 + sec.min(59)) - offset_secs;
    let total = u64::try_from(total).ok()?;
    Some(UNIX_EPOCH + Duration::new(total, nanos))
}

pub(crate) fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let t = parse_rfc3339("2024-06-01T10:00:00Z").unwrap();
        assert_eq!(format_rfc3339(t), "2024-06-01T10:00:00Z");
        let t = parse_rfc3339("2024-02-29T23:59:59.125Z").unwrap();
        assert_eq!(format_rfc3339(t), "2024-02-29T23:59:59.125Z");
        let t = parse_rfc3339("2024-06-01T12:00:00+02:00").unwrap();
        assert_eq!(format_rfc3339(t), "2024-06-01T10:00:00Z");
        assert_eq!(date_of(t), (2024, 6, 1));
    }

    #[test]
    fn rejects_garbage() {
        for bad in [
            "",
            "2024-13-01T00:00:00Z",
            "2023-02-29T00:00:00Z",
            "2024-06-01 10:00:00Z",
            "2024-06-01T10:00:00",
            "1969-12-31T23:59:59Z",
            "2024-06-01T10:00:00.Z",
        ] {
            assert!(parse_rfc3339(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn proto_formats() {
        let t = parse_rfc3339("2024-06-01T10:00:00.5Z").unwrap();
        assert_eq!(format_proto_timestamp(t), "2024-06-01T10:00:00.500Z");
        let t = parse_rfc3339("2024-06-01T10:00:00Z").unwrap();
        assert_eq!(format_proto_timestamp(t), "2024-06-01T10:00:00Z");
        let t = parse_rfc3339("2024-06-01T10:00:00.000001Z").unwrap();
        assert_eq!(format_proto_timestamp(t), "2024-06-01T10:00:00.000001Z");
        assert_eq!(format_proto_duration(Duration::from_secs(5)), "5s");
        assert_eq!(format_proto_duration(Duration::from_millis(50)), "0.050s");
        assert_eq!(format_proto_duration(Duration::new(3, 1)), "3.000000001s");
        assert_eq!(format_proto_duration(Duration::ZERO), "0s");
    }

    #[test]
    fn advance_moves_now() {
        let c = Clock::default();
        let before = c.now();
        c.advance(Duration::from_secs(3600));
        assert!(c.now().duration_since(before).unwrap() >= Duration::from_secs(3600));
    }
}
