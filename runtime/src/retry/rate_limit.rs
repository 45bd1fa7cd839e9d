//! A client-side limit on how fast a client sends, so that a program stays under an API's
//! quota instead of learning it from 429s (Photos: reads per minute per user, 10,000 requests
//! per project per day). The bucket is `governor`'s (GCRA); this file only waits for it.

use std::fmt;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::middleware::NoOpMiddleware;
use governor::state::{InMemoryState, NotKeyed};
use governor::{Quota, RateLimiter};

use crate::Error;

/// At most `requests` per `interval`, spaced evenly: one request every `interval /
/// requests`, so no window of one `interval` ever holds more than `requests` (no burst
/// first). Every HTTP request of a client counts: each attempt of a retried call, each
/// chunk of an upload, each batch, each read of a poller.
///
/// Clones share one limit, and so do the clients built with it (and their clones):
///
/// ```no_run
/// # use discogen_runtime::ClientBuilder;
/// # fn clients<C>(a: ClientBuilder<C>, b: ClientBuilder<C>) -> Result<(), discogen_runtime::Error> {
/// use discogen_runtime::retry::RateLimit;
/// let limit = RateLimit::new(10, std::time::Duration::from_secs(1))?;
/// let a = a.rate_limit(limit.clone());
/// let b = b.rate_limit(limit); // together, `a` and `b` send at most 10 requests a second
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct RateLimit {
    bucket: Arc<dyn Bucket>,
    rate: (u32, Duration),
}

impl RateLimit {
    /// At most `requests` per `interval`; [`Error::InvalidArgument`] for no requests or an
    /// interval too short to space them.
    pub fn new(requests: u32, interval: Duration) -> Result<Self, Error> {
        Self::with_bucket(requests, interval, DefaultClock::default())
    }

    /// The limit on the clock of a test (`testing::ManualClock`), which the test's sleeper
    /// moves on.
    #[cfg(feature = "testing")]
    pub fn with_clock(
        requests: u32,
        interval: Duration,
        clock: &crate::testing::ManualClock,
    ) -> Result<Self, Error> {
        Self::with_bucket(requests, interval, clock.fake())
    }

    fn with_bucket<C>(requests: u32, interval: Duration, clock: C) -> Result<Self, Error>
    where
        C: Clock + Clone + Send + Sync + 'static,
    {
        let invalid = || {
            Error::InvalidArgument(format!(
                "a rate limit of {requests} requests per {interval:?} cannot be kept"
            ))
        };
        NonZeroU32::new(requests).ok_or_else(invalid)?;
        let quota = Quota::with_period(interval / requests)
            .ok_or_else(invalid)?
            .allow_burst(NonZeroU32::MIN);
        let limiter = RateLimiter::direct_with_clock(quota, clock.clone());
        Ok(RateLimit {
            bucket: Arc::new(Governed { limiter, clock }),
            rate: (requests, interval),
        })
    }

    /// `Ok` when a request may go now (and counts it), else how long until one may.
    pub(crate) fn check(&self) -> Result<(), Duration> {
        self.bucket.check()
    }
}

impl fmt::Debug for RateLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RateLimit")
            .field("requests", &self.rate.0)
            .field("interval", &self.rate.1)
            .finish()
    }
}

/// A bucket on any clock, behind one type.
trait Bucket: Send + Sync {
    /// `Ok` when a request may go now, else how long until one may.
    fn check(&self) -> Result<(), Duration>;
}

struct Governed<C: Clock> {
    limiter: RateLimiter<NotKeyed, InMemoryState, C, NoOpMiddleware<C::Instant>>,
    clock: C,
}

impl<C: Clock + Send + Sync> Bucket for Governed<C> {
    fn check(&self) -> Result<(), Duration> {
        self.limiter
            .check()
            .map_err(|not_until| not_until.wait_time_from(self.clock.now()))
    }
}
