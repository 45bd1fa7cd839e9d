//! When a failed request is tried again, and how long the runtime waits: the
//! [`RetryPolicy`] of a client or call, the [`Backoff`] it (and polling) waits by, the
//! [`Sleeper`] it waits on, and the client-side [`RateLimit`].
//!
//! The loop that applies them is the engine's (`engine/retry_loop.rs`), the one for every
//! request.

use std::time::{Duration, SystemTime};

mod backoff;
mod rate_limit;
mod sleeper;

pub use backoff::Backoff;
pub use rate_limit::RateLimit;
pub(crate) use sleeper::SharedSleeper;
pub use sleeper::{Sleeper, TokioSleeper};

/// Retry rules for a client ([`ClientBuilder::retry_policy`](crate::ClientBuilder::retry_policy))
/// or a single call ([`CallBuilder::retry_policy`](crate::CallBuilder::retry_policy)).
///
/// A failed attempt is repeated when all of these hold:
/// - the failure is transient: HTTP 408, 429, 500, 502, 503, 504, a 403 whose reason is a
///   rate limit, a connection failure or an attempt timeout (never a spent quota);
/// - the request is safe to repeat: GET, PUT and DELETE are, POST and PATCH are not unless
///   marked with [`CallBuilder::idempotent`](crate::CallBuilder::idempotent), sent with a
///   request id, or [`with_retry_non_idempotent`](Self::with_retry_non_idempotent) is set. A
///   request that never reached the server (connection refused, DNS failure) is always
///   safe to repeat;
/// - fewer than [`max_attempts`](Self::max_attempts) attempts were made, and the next wait
///   ends within [`max_elapsed`](Self::max_elapsed) of the first attempt.
///
/// The waits come from the [`Backoff`]; what the server asks for (`Retry-After`,
/// `RetryInfo`) is a lower bound, and so is the least wait an API documents for a status
/// (Photos: 30 s after a 429). The time left of `max_elapsed` also bounds each attempt.
/// When the attempts or the time run out, the call fails with
/// [`Error::RetriesExhausted`](crate::Error::RetriesExhausted), whose source is the last
/// attempt's error.
#[derive(Clone, Debug, PartialEq)]
pub struct RetryPolicy {
    max_attempts: u32,
    max_elapsed: Option<Duration>,
    backoff: Backoff,
    retry_non_idempotent: bool,
}

impl Default for RetryPolicy {
    /// Up to 5 attempts within 2 minutes, waiting as [`Backoff::default`] does.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 5,
            max_elapsed: Some(Duration::from_secs(120)),
            backoff: Backoff::default(),
            retry_non_idempotent: false,
        }
    }
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Total attempts, the first included; `1` disables retries (`0` is taken as `1`).
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The time from the first attempt after which no retry starts, and which bounds each
    /// attempt; `None` for no limit.
    pub fn with_max_elapsed(mut self, limit: Option<Duration>) -> Self {
        self.max_elapsed = limit;
        self
    }

    /// The waits between attempts.
    pub fn with_backoff(mut self, backoff: Backoff) -> Self {
        self.backoff = backoff;
        self
    }

    /// Also retry requests that are not known to be idempotent (POST, PATCH). Only safe when
    /// repeating the request cannot cause a duplicate effect.
    pub fn with_retry_non_idempotent(mut self, enabled: bool) -> Self {
        self.retry_non_idempotent = enabled;
        self
    }

    /// Total attempts, the first included.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The time from the first attempt after which no retry starts.
    pub fn max_elapsed(&self) -> Option<Duration> {
        self.max_elapsed
    }

    /// The waits between attempts.
    pub fn backoff(&self) -> &Backoff {
        &self.backoff
    }

    /// Whether requests not known to be idempotent are retried too.
    pub fn retries_non_idempotent(&self) -> bool {
        self.retry_non_idempotent
    }
}

/// Parses a `Retry-After` header: delay in seconds, or an HTTP date (relative to `now`).
/// Dates in the past mean "now"; unparseable values are ignored.
pub(crate) fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_read_back_as_set() {
        let policy = RetryPolicy::default()
            .with_max_attempts(0)
            .with_max_elapsed(None)
            .with_backoff(Backoff::polling())
            .with_retry_non_idempotent(true);
        assert_eq!(policy.max_attempts(), 1);
        assert_eq!(policy.max_elapsed(), None);
        assert_eq!(policy.backoff(), &Backoff::polling());
        assert!(policy.retries_non_idempotent());
        assert_eq!(RetryPolicy::none().max_attempts(), 1);
    }

    #[test]
    fn retry_after_seconds_and_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(
            parse_retry_after("120", now),
            Some(Duration::from_secs(120))
        );
        assert_eq!(parse_retry_after(" 0 ", now), Some(Duration::ZERO));
        let later = httpdate::fmt_http_date(now + Duration::from_secs(30));
        assert_eq!(
            parse_retry_after(&later, now),
            Some(Duration::from_secs(30))
        );
        let earlier = httpdate::fmt_http_date(now - Duration::from_secs(30));
        assert_eq!(parse_retry_after(&earlier, now), Some(Duration::ZERO));
        for bad in ["", "-5", "soon", "1.5", "Wed, 99 Foo 2024"] {
            assert_eq!(parse_retry_after(bad, now), None, "{bad}");
        }
    }
}
