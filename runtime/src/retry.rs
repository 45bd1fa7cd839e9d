//! When and how long to wait before repeating a failed request.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use super::BoxFuture;

/// Retry rules for a client ([`ClientBuilder::retry_policy`](super::ClientBuilder::retry_policy))
/// or a single call ([`CallBuilder::retry_policy`](super::CallBuilder::retry_policy)).
///
/// A failed attempt is repeated when all of these hold:
/// - the failure is transient: HTTP 408, 429, 500, 502, 503, 504, a connection failure or an
///   attempt timeout;
/// - the request is safe to repeat: GET, PUT and DELETE are, POST and PATCH are not unless
///   marked with [`CallBuilder::idempotent`](super::CallBuilder::idempotent) or
///   [`retry_non_idempotent`](Self::retry_non_idempotent) is set. A request that never
///   reached the server (connection refused, DNS failure) is always safe to repeat;
/// - fewer than [`max_attempts`](Self::max_attempts) attempts were made and the next wait
///   ends within [`max_elapsed`](Self::max_elapsed) of the first attempt.
///
/// The wait grows exponentially from `initial_delay` by `multiplier` up to `max_delay`, less
/// a random part of at most `jitter` of it so that clients failing together do not retry in
/// lockstep. A server-supplied `Retry-After` (or `RetryInfo`) is a lower bound for the wait.
#[derive(Clone, Debug, PartialEq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_delay: Duration,
    max_delay: Duration,
    multiplier: f64,
    jitter: f64,
    max_elapsed: Option<Duration>,
    retry_non_idempotent: bool,
}

impl Default for RetryPolicy {
    /// Up to 5 attempts within 2 minutes, waits from 1 s doubling up to 32 s, half jitter.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 5,
            initial_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(32),
            multiplier: 2.0,
            jitter: 0.5,
            max_elapsed: Some(Duration::from_secs(120)),
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

    /// Total attempts including the first; `1` disables retries (`0` is treated as `1`).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The wait before the first retry.
    pub fn initial_delay(mut self, delay: Duration) -> Self {
        self.initial_delay = delay;
        self
    }

    /// The longest wait between attempts, before jitter.
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// Growth factor of the wait per attempt; values below 1 are treated as 1.
    pub fn multiplier(mut self, multiplier: f64) -> Self {
        self.multiplier = growth_factor(multiplier);
        self
    }

    /// Fraction (0 to 1) of each wait that is randomized; `0` gives exact, predictable waits.
    pub fn jitter(mut self, fraction: f64) -> Self {
        self.jitter = if fraction.is_finite() {
            fraction.clamp(0.0, 1.0)
        } else {
            0.0
        };
        self
    }

    /// Time from the first attempt after which no retry starts; `None` for no limit.
    pub fn max_elapsed(mut self, limit: Option<Duration>) -> Self {
        self.max_elapsed = limit;
        self
    }

    /// Also retry requests that are not known to be idempotent (POST, PATCH). Only safe when
    /// repeating the request cannot cause a duplicate effect.
    pub fn retry_non_idempotent(mut self, enabled: bool) -> Self {
        self.retry_non_idempotent = enabled;
        self
    }

    /// The most attempts a call makes, the first included.
    pub fn attempts(&self) -> u32 {
        self.max_attempts
    }

    pub(crate) fn elapsed_limit(&self) -> Option<Duration> {
        self.max_elapsed
    }

    pub(crate) fn retries_non_idempotent(&self) -> bool {
        self.retry_non_idempotent
    }

    /// The wait after failed attempt number `attempt` (1-based), given a random sample in
    /// `[0, 1)`. For code that runs its own retry loop under this policy (the Photos
    /// uploads); calls made through a client need none.
    #[doc(hidden)]
    pub fn backoff(&self, attempt: u32, random: f64) -> Duration {
        let grown = grow(
            self.initial_delay,
            self.multiplier,
            attempt.saturating_sub(1),
            self.max_delay,
        );
        let waited = grown.as_secs_f64() * (1.0 - self.jitter * random.clamp(0.0, 1.0));
        Duration::try_from_secs_f64(waited).unwrap_or(self.max_delay)
    }
}

/// `initial` grown `steps` times by `multiplier`, at most `max`: the waits of retries and of
/// polling an operation.
pub(crate) fn grow(initial: Duration, multiplier: f64, steps: u32, max: Duration) -> Duration {
    let grown = initial.as_secs_f64() * multiplier.powi(steps.min(64) as i32);
    Duration::try_from_secs_f64(grown.min(max.as_secs_f64())).unwrap_or(max)
}

/// A growth factor of at least 1 (anything else, NaN included, is 1).
pub(crate) fn growth_factor(multiplier: f64) -> f64 {
    if multiplier.is_finite() {
        multiplier.max(1.0)
    } else {
        1.0
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

/// Waits between attempts. The default uses `tokio::time::sleep`; tests inject one that
/// records the requested waits and returns at once.
pub trait Sleeper: Send + Sync + 'static {
    /// A future that completes after `duration`.
    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()>;
}

/// [`Sleeper`] backed by the tokio timer.
#[derive(Clone, Copy, Debug, Default)]
pub struct TokioSleeper;

impl Sleeper for TokioSleeper {
    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        Box::pin(tokio::time::sleep(duration))
    }
}

impl<F> Sleeper for F
where
    F: Fn(Duration) -> BoxFuture<'static, ()> + Send + Sync + 'static,
{
    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        self(duration)
    }
}

#[derive(Clone)]
pub(crate) struct SharedSleeper(pub(crate) Arc<dyn Sleeper>);

impl fmt::Debug for SharedSleeper {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Sleeper")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_caps() {
        let p = RetryPolicy::default().jitter(0.0);
        let waits: Vec<_> = (1..=8).map(|a| p.backoff(a, 0.7).as_secs()).collect();
        assert_eq!(waits, [1, 2, 4, 8, 16, 32, 32, 32]);
        assert_eq!(p.backoff(u32::MAX, 0.0), Duration::from_secs(32));
    }

    #[test]
    fn jitter_stays_in_range_and_keeps_growth() {
        let p = RetryPolicy::default()
            .initial_delay(Duration::from_millis(100))
            .jitter(0.5);
        for attempt in 1..6 {
            let full = p.backoff(attempt, 0.0);
            let least = p.backoff(attempt, 0.999_999);
            assert!(least >= full / 2 && least <= full);
            // The shortest wait of the next attempt is never below the longest of this one.
            assert!(p.backoff(attempt + 1, 0.999_999) >= full.mul_f64(0.999));
        }
    }

    #[test]
    fn odd_settings_do_not_panic() {
        let p = RetryPolicy::default()
            .multiplier(f64::NAN)
            .jitter(7.0)
            .max_attempts(0)
            .max_delay(Duration::MAX)
            .initial_delay(Duration::MAX);
        assert_eq!(p.attempts(), 1);
        let _ = p.backoff(3, 0.5);
        let p = RetryPolicy::default()
            .multiplier(1e300)
            .max_delay(Duration::MAX);
        let _ = p.backoff(60, 0.0);
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
