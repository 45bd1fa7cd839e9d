//! `Duration`: a signed span of time, as `google.protobuf.Duration` writes one.

use std::fmt;
use std::str::FromStr;

use super::ParseError;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
