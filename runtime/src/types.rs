//! Well-known value types used by Google APIs: timestamps, dates, durations and field masks.
//!
//! Each type serializes to the JSON string form the APIs use, and its `Display` gives the same
//! text, which is what goes into query parameters.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A value could not be parsed from its string form.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid {what} {input:?}: {reason}")]
pub struct ParseError {
    what: &'static str,
    input: String,
    reason: &'static str,
}

impl ParseError {
    fn new(what: &'static str, input: &str, reason: &'static str) -> Self {
        // The input is echoed back for context, so keep it short.
        let input = match input.char_indices().nth(64) {
            Some((cut, _)) => format!("{}…", &input[..cut]),
            None => input.to_owned(),
        };
        ParseError {
            what,
            input,
            reason,
        }
    }
}

/// Serde support shared by every type here: JSON string in, JSON string out.
macro_rules! string_serde {
    ($ty:ty, $expecting:literal) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct V;
                impl serde::de::Visitor<'_> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$ty, E> {
                        v.parse().map_err(E::custom)
                    }
                }
                deserializer.deserialize_str(V)
            }
        }
    };
}

// ---------------------------------------------------------------------------------------------

/// A point in time with nanosecond precision (`google-datetime` and `date-time` formats).
///
/// Parsed from any RFC 3339 timestamp (with any UTC offset) and always written back in UTC
/// with a `Z` suffix and 0, 3, 6 or 9 fractional digits, e.g. `2024-05-01T12:00:00.250Z`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Timestamp(DateTime<Utc>);

impl Timestamp {
    /// The Unix epoch, `1970-01-01T00:00:00Z`.
    pub const UNIX_EPOCH: Timestamp = Timestamp(DateTime::<Utc>::UNIX_EPOCH);

    /// Wraps a `chrono` date-time.
    pub fn new(datetime: DateTime<Utc>) -> Self {
        Timestamp(datetime)
    }

    /// The current time.
    pub fn now() -> Self {
        Timestamp(Utc::now())
    }

    /// Builds a timestamp from seconds and nanoseconds since the Unix epoch; `None` when out
    /// of range or when `nanos` is not below one billion.
    pub fn from_unix(seconds: i64, nanos: u32) -> Option<Self> {
        DateTime::from_timestamp(seconds, nanos).map(Timestamp)
    }

    /// Whole seconds since the Unix epoch.
    pub fn unix_seconds(&self) -> i64 {
        self.0.timestamp()
    }

    /// The nanoseconds past [`unix_seconds`](Self::unix_seconds), below one billion.
    pub fn subsec_nanos(&self) -> u32 {
        self.0.timestamp_subsec_nanos()
    }

    /// The wrapped `chrono` date-time.
    pub fn as_datetime(&self) -> &DateTime<Utc> {
        &self.0
    }

    /// Unwraps into a `chrono` date-time.
    pub fn into_datetime(self) -> DateTime<Utc> {
        self.0
    }
}

impl Default for Timestamp {
    /// The Unix epoch, as in protocol buffers.
    fn default() -> Self {
        Self::UNIX_EPOCH
    }
}

impl From<DateTime<Utc>> for Timestamp {
    fn from(value: DateTime<Utc>) -> Self {
        Timestamp(value)
    }
}

impl From<DateTime<chrono::FixedOffset>> for Timestamp {
    fn from(value: DateTime<chrono::FixedOffset>) -> Self {
        Timestamp(value.with_timezone(&Utc))
    }
}

impl From<std::time::SystemTime> for Timestamp {
    /// Saturates at the range `chrono` supports (about ±262,000 years) instead of panicking.
    fn from(value: std::time::SystemTime) -> Self {
        let (seconds, nanos) = match value.duration_since(std::time::UNIX_EPOCH) {
            Ok(after) => (i64::try_from(after.as_secs()).ok(), after.subsec_nanos()),
            Err(before) => {
                let before = before.duration();
                let seconds = i64::try_from(before.as_secs()).ok().map(|s| -s);
                match before.subsec_nanos() {
                    0 => (seconds, 0),
                    n => (seconds.and_then(|s| s.checked_sub(1)), 1_000_000_000 - n),
                }
            }
        };
        let after_epoch = value >= std::time::UNIX_EPOCH;
        seconds
            .and_then(|s| DateTime::from_timestamp(s, nanos))
            .map(Timestamp)
            .unwrap_or(if after_epoch {
                Timestamp(DateTime::<Utc>::MAX_UTC)
            } else {
                Timestamp(DateTime::<Utc>::MIN_UTC)
            })
    }
}

impl From<Timestamp> for DateTime<Utc> {
    fn from(value: Timestamp) -> Self {
        value.0
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.to_rfc3339_opts(SecondsFormat::AutoSi, true))
    }
}

impl FromStr for Timestamp {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DateTime::parse_from_rfc3339(s)
            .map(Timestamp::from)
            .map_err(|_| ParseError::new("timestamp", s, "expected RFC 3339"))
    }
}

string_serde!(Timestamp, "an RFC 3339 timestamp string");

// ---------------------------------------------------------------------------------------------

/// A calendar date without time zone (`date` format, `YYYY-MM-DD`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date(NaiveDate);

impl Date {
    /// Builds a date; `None` if it does not exist.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, day).map(Date)
    }

    /// The wrapped `chrono` date.
    pub fn as_naive_date(&self) -> &NaiveDate {
        &self.0
    }

    /// Unwraps into a `chrono` date.
    pub fn into_naive_date(self) -> NaiveDate {
        self.0
    }
}

impl From<NaiveDate> for Date {
    fn from(value: NaiveDate) -> Self {
        Date(value)
    }
}

impl From<Date> for NaiveDate {
    fn from(value: Date) -> Self {
        value.0
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0.format("%Y-%m-%d"), f)
    }
}

impl FromStr for Date {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(Date)
            .map_err(|_| ParseError::new("date", s, "expected YYYY-MM-DD"))
    }
}

string_serde!(Date, "a YYYY-MM-DD date string");

// ---------------------------------------------------------------------------------------------

const NANOS_PER_SECOND: i64 = 1_000_000_000;
/// The range allowed by `google.protobuf.Duration`, about ±10,000 years.
const MAX_DURATION_SECONDS: i64 = 315_576_000_000;

/// A signed span of time with nanosecond precision (`google-duration` format, e.g. `"3.5s"`).
///
/// Always normalized: `seconds` and `nanos` never have opposite signs and `|nanos|` is below
/// one billion, so the derived ordering is the numeric ordering.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Duration {
    seconds: i64,
    nanos: i32,
}

impl Duration {
    /// The zero duration.
    pub const ZERO: Duration = Duration {
        seconds: 0,
        nanos: 0,
    };

    /// Builds a duration from seconds plus nanoseconds (either may be negative, and `nanos`
    /// may exceed one second); the result is normalized and saturates at the `i64` range.
    pub fn new(seconds: i64, nanos: i64) -> Self {
        let total = i128::from(seconds) * i128::from(NANOS_PER_SECOND) + i128::from(nanos);
        Self::from_total_nanos(total)
    }

    /// Builds a duration from whole seconds.
    pub fn from_secs(seconds: i64) -> Self {
        Duration { seconds, nanos: 0 }
    }

    /// Builds a duration from milliseconds.
    pub fn from_millis(millis: i64) -> Self {
        Self::from_total_nanos(i128::from(millis) * 1_000_000)
    }

    fn from_total_nanos(total: i128) -> Self {
        let per = i128::from(NANOS_PER_SECOND);
        // Truncating division keeps the remainder's sign equal to the dividend's, which is
        // exactly the protobuf normalization rule.
        let seconds = total / per;
        let nanos = (total % per) as i32;
        match i64::try_from(seconds) {
            Ok(seconds) => Duration { seconds, nanos },
            Err(_) if total < 0 => Duration {
                seconds: i64::MIN,
                nanos: 0,
            },
            Err(_) => Duration {
                seconds: i64::MAX,
                nanos: 0,
            },
        }
    }

    /// Whole seconds, truncated toward zero.
    pub fn seconds(&self) -> i64 {
        self.seconds
    }

    /// Nanoseconds past [`seconds`](Self::seconds), with the same sign.
    pub fn nanos(&self) -> i32 {
        self.nanos
    }

    /// Whether the duration is below zero.
    pub fn is_negative(&self) -> bool {
        self.seconds < 0 || self.nanos < 0
    }
}

impl fmt::Display for Duration {
    /// Writes the protobuf JSON form: 0, 3, 6 or 9 fractional digits and an `s` suffix.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_negative() {
            f.write_str("-")?;
        }
        let seconds = self.seconds.unsigned_abs();
        let nanos = self.nanos.unsigned_abs();
        let (millis, sub_milli) = (nanos / 1_000_000, nanos % 1_000_000);
        let (micros, sub_micro) = (nanos / 1_000, nanos % 1_000);
        if nanos == 0 {
            write!(f, "{seconds}s")
        } else if sub_milli == 0 {
            write!(f, "{seconds}.{millis:03}s")
        } else if sub_micro == 0 {
            write!(f, "{seconds}.{micros:06}s")
        } else {
            write!(f, "{seconds}.{nanos:09}s")
        }
    }
}

impl FromStr for Duration {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |reason| ParseError::new("duration", s, reason);
        let body = s
            .strip_suffix('s')
            .ok_or_else(|| err("expected a number of seconds ending in 's'"))?;
        let (negative, body) = match body.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, body),
        };
        let (whole, frac) = body.split_once('.').unwrap_or((body, ""));
        let digits_only = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !digits_only(whole) || !digits_only(frac) {
            return Err(err("expected digits, an optional fraction and 's'"));
        }
        if body.ends_with('.') {
            return Err(err("fraction has no digits"));
        }
        if frac.len() > 9 {
            return Err(err("more than 9 fractional digits"));
        }
        let seconds: i64 = whole
            .parse()
            .ok()
            .filter(|v| *v <= MAX_DURATION_SECONDS)
            .ok_or_else(|| err("out of range"))?;
        let mut nanos: i64 = 0;
        for (i, b) in frac.bytes().enumerate() {
            nanos += i64::from(b - b'0') * 10_i64.pow(8 - i as u32);
        }
        let sign = if negative { -1 } else { 1 };
        Ok(Duration::new(sign * seconds, sign * nanos))
    }
}

string_serde!(Duration, "a duration string such as \"3.5s\"");

impl TryFrom<std::time::Duration> for Duration {
    type Error = ParseError;
    fn try_from(value: std::time::Duration) -> Result<Self, Self::Error> {
        let seconds = i64::try_from(value.as_secs())
            .map_err(|_| ParseError::new("duration", "", "too long"))?;
        Ok(Duration {
            seconds,
            nanos: value.subsec_nanos() as i32,
        })
    }
}

impl TryFrom<Duration> for std::time::Duration {
    type Error = ParseError;
    /// Fails for negative durations, which `std` cannot represent.
    fn try_from(value: Duration) -> Result<Self, Self::Error> {
        if value.is_negative() {
            return Err(ParseError::new(
                "duration",
                &value.to_string(),
                "negative durations have no std::time::Duration equivalent",
            ));
        }
        Ok(std::time::Duration::new(
            value.seconds.unsigned_abs(),
            value.nanos.unsigned_abs(),
        ))
    }
}

impl From<chrono::TimeDelta> for Duration {
    fn from(value: chrono::TimeDelta) -> Self {
        Duration::new(value.num_seconds(), i64::from(value.subsec_nanos()))
    }
}

impl TryFrom<Duration> for chrono::TimeDelta {
    type Error = ParseError;
    fn try_from(value: Duration) -> Result<Self, Self::Error> {
        chrono::TimeDelta::try_seconds(value.seconds)
            .and_then(|s| s.checked_add(&chrono::TimeDelta::nanoseconds(i64::from(value.nanos))))
            .ok_or_else(|| ParseError::new("duration", &value.to_string(), "out of range"))
    }
}

// ---------------------------------------------------------------------------------------------

/// A set of field paths (`google-fieldmask` format), written as a comma-separated list such
/// as `"displayName,mediaMetadata.width"`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldMask(Vec<String>);

impl FieldMask {
    /// Builds a mask from paths.
    pub fn new<I, S>(paths: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        FieldMask(paths.into_iter().map(Into::into).collect())
    }

    /// The paths in the mask.
    pub fn paths(&self) -> &[String] {
        &self.0
    }

    /// Unwraps into the paths.
    pub fn into_paths(self) -> Vec<String> {
        self.0
    }

    /// Adds a path.
    pub fn push(&mut self, path: impl Into<String>) {
        self.0.push(path.into());
    }

    /// Whether the mask has no paths.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<Vec<String>> for FieldMask {
    fn from(value: Vec<String>) -> Self {
        FieldMask(value)
    }
}

impl<S: Into<String>> FromIterator<S> for FieldMask {
    fn from_iter<T: IntoIterator<Item = S>>(iter: T) -> Self {
        FieldMask::new(iter)
    }
}

impl fmt::Display for FieldMask {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, path) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            f.write_str(path)?;
        }
        Ok(())
    }
}

impl FromStr for FieldMask {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(FieldMask(
            s.split(',')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_owned)
                .collect(),
        ))
    }
}

string_serde!(FieldMask, "a comma-separated field mask string");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamp_round_trips_keeping_nanos() {
        let t: Timestamp = "2024-05-01T12:00:00.123456789Z".parse().unwrap();
        assert_eq!(t.subsec_nanos(), 123_456_789);
        assert_eq!(t.to_string(), "2024-05-01T12:00:00.123456789Z");
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(json, "\"2024-05-01T12:00:00.123456789Z\"");
        assert_eq!(serde_json::from_str::<Timestamp>(&json).unwrap(), t);
    }

    #[test]
    fn timestamp_normalizes_offsets_to_z() {
        let t: Timestamp = "2024-05-01T14:00:00.5+02:00".parse().unwrap();
        assert_eq!(t.to_string(), "2024-05-01T12:00:00.500Z");
        let t: Timestamp = "2024-05-01T12:00:00Z".parse().unwrap();
        assert_eq!(t.to_string(), "2024-05-01T12:00:00Z");
        assert_eq!(Timestamp::default().to_string(), "1970-01-01T00:00:00Z");
    }

    #[test]
    fn timestamp_rejects_garbage() {
        for bad in ["", "2024-05-01", "yesterday", "2024-13-01T00:00:00Z"] {
            assert!(bad.parse::<Timestamp>().is_err(), "{bad}");
        }
        assert!(serde_json::from_str::<Timestamp>("12").is_err());
    }

    #[test]
    fn timestamp_from_system_time_saturates() {
        let epoch = std::time::UNIX_EPOCH;
        let t = Timestamp::from(epoch - std::time::Duration::from_millis(1500));
        assert_eq!(t.to_string(), "1969-12-31T23:59:58.500Z");
        let t = Timestamp::from(epoch + std::time::Duration::new(1_700_000_000, 5));
        assert_eq!((t.unix_seconds(), t.subsec_nanos()), (1_700_000_000, 5));
        let far = epoch + std::time::Duration::from_secs(1 << 60);
        assert_eq!(
            Timestamp::from(far).into_datetime(),
            DateTime::<Utc>::MAX_UTC
        );
        let early = epoch - std::time::Duration::from_secs(1 << 60);
        assert_eq!(
            Timestamp::from(early).into_datetime(),
            DateTime::<Utc>::MIN_UTC
        );
    }

    #[test]
    fn date_round_trips() {
        let d: Date = "2024-02-29".parse().unwrap();
        assert_eq!(d, Date::from_ymd(2024, 2, 29).unwrap());
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2024-02-29\"");
        assert!("2023-02-29".parse::<Date>().is_err());
        assert!("2023-02-01T00:00:00Z".parse::<Date>().is_err());
    }

    #[test]
    fn duration_parses_and_prints() {
        let cases = [
            ("3.5s", 3, 500_000_000, "3.500s"),
            ("-1.000000001s", -1, -1, "-1.000000001s"),
            ("0s", 0, 0, "0s"),
            ("-0.25s", 0, -250_000_000, "-0.250s"),
            ("1.000001s", 1, 1_000, "1.000001s"),
            ("315576000000s", MAX_DURATION_SECONDS, 0, "315576000000s"),
        ];
        for (text, seconds, nanos, printed) in cases {
            let d: Duration = text.parse().unwrap();
            assert_eq!((d.seconds(), d.nanos()), (seconds, nanos), "{text}");
            assert_eq!(d.to_string(), printed);
            let json = serde_json::to_string(&d).unwrap();
            assert_eq!(serde_json::from_str::<Duration>(&json).unwrap(), d);
        }
    }

    #[test]
    fn duration_rejects_malformed() {
        for bad in [
            "",
            "s",
            "3",
            "3.s",
            ".5s",
            "1.0000000001s",
            "--1s",
            "1e3s",
            "+1s",
            "1 s",
            "315576000001s",
            "99999999999999999999s",
            "-s",
            "٣s",
        ] {
            assert!(bad.parse::<Duration>().is_err(), "{bad}");
        }
    }

    #[test]
    fn duration_normalizes_and_orders() {
        assert_eq!(Duration::new(1, -1), Duration::new(0, 999_999_999));
        assert_eq!(Duration::new(-1, 1).nanos(), -999_999_999);
        assert_eq!(Duration::new(0, 2_500_000_000).seconds(), 2);
        assert!(Duration::new(-1, -500_000_000) < Duration::new(-1, -200_000_000));
        assert!(Duration::new(0, -1) < Duration::ZERO);
        assert_eq!(
            Duration::new(i64::MAX, NANOS_PER_SECOND).seconds(),
            i64::MAX
        );
        let std: std::time::Duration = Duration::from_millis(1500).try_into().unwrap();
        assert_eq!(std, std::time::Duration::from_millis(1500));
        assert!(std::time::Duration::try_from(Duration::from_secs(-1)).is_err());
        let delta = chrono::TimeDelta::milliseconds(-1500);
        assert_eq!(Duration::from(delta), Duration::from_millis(-1500));
        assert_eq!(
            chrono::TimeDelta::try_from(Duration::from_millis(-1500)).unwrap(),
            delta
        );
    }

    #[test]
    fn field_mask_round_trips() {
        let m: FieldMask = "displayName, mediaMetadata.width,,".parse().unwrap();
        assert_eq!(m.paths(), ["displayName", "mediaMetadata.width"]);
        assert_eq!(m.to_string(), "displayName,mediaMetadata.width");
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, "\"displayName,mediaMetadata.width\"");
        assert_eq!(serde_json::from_str::<FieldMask>(&json).unwrap(), m);
        assert!(serde_json::from_str::<FieldMask>("\"\"")
            .unwrap()
            .is_empty());
    }
}
