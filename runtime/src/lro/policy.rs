//! How often and how long a [`Poller`](super::Poller) reads an operation.

use std::time::Duration;

use crate::retry::Backoff;

/// How often and how long a [`Poller`](super::Poller) reads an operation: the waits between
/// reads ([`Backoff::polling`] by default: from 1 s, 1.5 times longer each time, at most
/// 20 s, no jitter) and the time allowed in all (30 minutes by default, gcloud's default for
/// waiting on an operation; longer work can be waited on again by the operation's name, which
/// the timeout error gives).
#[derive(Debug, Clone, PartialEq)]
pub struct PollingPolicy {
    backoff: Backoff,
    max_elapsed: Option<Duration>,
}

impl Default for PollingPolicy {
    fn default() -> Self {
        PollingPolicy {
            backoff: Backoff::polling(),
            max_elapsed: Some(Duration::from_secs(30 * 60)),
        }
    }
}

impl PollingPolicy {
    /// The waits between reads, the first one after the call.
    pub fn with_backoff(mut self, backoff: Backoff) -> Self {
        self.backoff = backoff;
        self
    }

    /// How long to wait in all before [`Error::OperationTimeout`](crate::Error::OperationTimeout);
    /// `None` waits for ever.
    pub fn with_max_elapsed(mut self, limit: Option<Duration>) -> Self {
        self.max_elapsed = limit;
        self
    }

    /// The waits between reads.
    pub fn backoff(&self) -> &Backoff {
        &self.backoff
    }

    /// How long to wait in all.
    pub fn max_elapsed(&self) -> Option<Duration> {
        self.max_elapsed
    }

    /// The wait before read number `reads + 1`.
    pub(super) fn delay(&self, reads: u32) -> Duration {
        self.backoff.delay(reads.saturating_add(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_grow_to_the_ceiling_without_jitter() {
        let policy = PollingPolicy::default();
        let waits: Vec<u64> = (0..10)
            .map(|n| policy.delay(n).as_millis() as u64)
            .collect();
        assert_eq!(
            waits,
            [1000, 1500, 2250, 3375, 5062, 7593, 11390, 17085, 20000, 20000]
        );
        let flat =
            PollingPolicy::default().with_backoff(Backoff::polling().with_multiplier(f64::NAN));
        assert_eq!(flat.delay(5), Duration::from_secs(1));
    }
}
