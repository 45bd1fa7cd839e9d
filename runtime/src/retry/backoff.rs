//! How long to wait before the next attempt, or the next read of an operation.

use std::time::Duration;

/// Waits that grow exponentially: the first is `initial_delay`, each next one `multiplier`
/// times the last, never more than `max_delay`; then less a random part of at most `jitter`
/// of it, so that clients failing together do not all come back at once.
///
/// One type for both uses: a [`RetryPolicy`](super::RetryPolicy) waits with jitter
/// ([`Backoff::default`]: from 1 s, doubling, at most 32 s, half of each wait random), a
/// [`PollingPolicy`](crate::lro::PollingPolicy) without ([`Backoff::polling`]).
///
/// ```
/// use std::time::Duration;
/// use discogen_runtime::retry::Backoff;
///
/// let exact = Backoff::default().with_jitter(0.0);
/// assert_eq!(exact.delay(1), Duration::from_secs(1));
/// assert_eq!(exact.delay(3), Duration::from_secs(4));
/// assert_eq!(exact.delay(9), Duration::from_secs(32));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Backoff {
    initial_delay: Duration,
    max_delay: Duration,
    multiplier: f64,
    jitter: f64,
}

impl Default for Backoff {
    /// The waits between retries: 1 s, doubling, at most 32 s, half of each wait random.
    fn default() -> Self {
        Backoff {
            initial_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(32),
            multiplier: 2.0,
            jitter: 0.5,
        }
    }
}

impl Backoff {
    /// The waits between reads of a long-running operation: the first read 1 s after the call
    /// (as googleapis/google-cloud-rust does; many operations are over within seconds), each
    /// wait 1.5 times the last, at most 20 s (a finished operation is noticed within 20 s,
    /// with about 3 reads a minute, far below any API's read quota), no jitter.
    pub fn polling() -> Self {
        Backoff {
            initial_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(20),
            multiplier: 1.5,
            jitter: 0.0,
        }
    }

    /// The first wait.
    pub fn with_initial_delay(mut self, delay: Duration) -> Self {
        self.initial_delay = delay;
        self
    }

    /// The longest wait, before jitter.
    pub fn with_max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// How much each wait grows over the last; values below 1 (and NaN) are taken as 1.
    pub fn with_multiplier(mut self, multiplier: f64) -> Self {
        self.multiplier = if multiplier.is_finite() {
            multiplier.max(1.0)
        } else {
            1.0
        };
        self
    }

    /// The fraction (0 to 1) of each wait that is random; `0` gives exact, predictable waits.
    pub fn with_jitter(mut self, fraction: f64) -> Self {
        self.jitter = if fraction.is_finite() {
            fraction.clamp(0.0, 1.0)
        } else {
            0.0
        };
        self
    }

    /// The first wait.
    pub fn initial_delay(&self) -> Duration {
        self.initial_delay
    }

    /// The longest wait, before jitter.
    pub fn max_delay(&self) -> Duration {
        self.max_delay
    }

    /// How much each wait grows over the last.
    pub fn multiplier(&self) -> f64 {
        self.multiplier
    }

    /// The fraction of each wait that is random.
    pub fn jitter(&self) -> f64 {
        self.jitter
    }

    /// The wait before try number `n + 1`, after `n` (from 1) failed attempts or reads, with
    /// its random part drawn.
    pub fn delay(&self, n: u32) -> Duration {
        self.delay_with(n, fastrand::f64())
    }

    /// [`delay`](Self::delay) with the random sample in `[0, 1)` given.
    pub(crate) fn delay_with(&self, n: u32, random: f64) -> Duration {
        let steps = n.saturating_sub(1).min(64) as i32;
        let grown = self.initial_delay.as_secs_f64() * self.multiplier.powi(steps);
        let capped = Duration::try_from_secs_f64(grown.min(self.max_delay.as_secs_f64()))
            .unwrap_or(self.max_delay);
        let waited = capped.as_secs_f64() * (1.0 - self.jitter * random.clamp(0.0, 1.0));
        Duration::try_from_secs_f64(waited).unwrap_or(self.max_delay)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_grow_and_cap() {
        let b = Backoff::default().with_jitter(0.0);
        let waits: Vec<_> = (1..=8).map(|n| b.delay_with(n, 0.7).as_secs()).collect();
        assert_eq!(waits, [1, 2, 4, 8, 16, 32, 32, 32]);
        assert_eq!(b.delay_with(u32::MAX, 0.0), Duration::from_secs(32));
        let polling: Vec<_> = (1..=9)
            .map(|n| Backoff::polling().delay(n).as_millis())
            .collect();
        assert_eq!(
            polling,
            [1000, 1500, 2250, 3375, 5062, 7593, 11390, 17085, 20000]
        );
    }

    #[test]
    fn jitter_stays_in_range_and_keeps_growth() {
        let b = Backoff::default()
            .with_initial_delay(Duration::from_millis(100))
            .with_jitter(0.5);
        for n in 1..6 {
            let full = b.delay_with(n, 0.0);
            let least = b.delay_with(n, 0.999_999);
            assert!(least >= full / 2 && least <= full);
            // The shortest wait of the next try is never below the longest of this one.
            assert!(b.delay_with(n + 1, 0.999_999) >= full.mul_f64(0.999));
        }
    }

    #[test]
    fn odd_settings_do_not_panic() {
        let b = Backoff::default()
            .with_multiplier(f64::NAN)
            .with_jitter(7.0)
            .with_max_delay(Duration::MAX)
            .with_initial_delay(Duration::MAX);
        assert_eq!(b.multiplier(), 1.0);
        assert_eq!(b.jitter(), 1.0);
        let _ = b.delay_with(3, 0.5);
        let b = Backoff::default()
            .with_multiplier(1e300)
            .with_max_delay(Duration::MAX);
        let _ = b.delay_with(60, 0.0);
    }
}
