//! `Timestamp`: a point in time, as Google APIs write one.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, SecondsFormat, Utc};

use super::ParseError;

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
}
