//! The one retry driver: whether a failed attempt is made again, and when. JSON calls,
//! uploads of either protocol, downloads and hand-written modules all run their attempts
//! through it, so the rules of [`RetryPolicy`] are applied in this file only.

use std::fmt;
use std::time::Instant;

use super::{Core, Error, RetryPolicy, StatusCode};

/// Drives the attempts of one request (or one step of an upload):
///
/// ```ignore
/// let mut retry = core.retrier(true, SCOPES);
/// let response = loop {
///     match attempt().await {
///         Ok(response) => break response,
///         Err(err) if retry.again(&err).await => continue,
///         Err(err) => return Err(err),
///     }
/// };
/// ```
///
/// [`again`](Self::again) returns `true` once it is time for the next attempt, after the wait
/// the policy asks for, and `false` at once when there should be none: the error is not
/// transient, the request is not safe to repeat, or the attempts or the time are used up. A
/// 401 answered to a provider that can mint a new token is tried again once, at once.
pub struct Retrier {
    core: Core,
    policy: RetryPolicy,
    idempotent: bool,
    scopes: &'static [&'static str],
    started: Instant,
    attempts: u32,
    failures: u32,
    refreshed: bool,
}

impl Retrier {
    pub(crate) fn new(
        core: &Core,
        policy: RetryPolicy,
        idempotent: bool,
        scopes: &'static [&'static str],
    ) -> Self {
        Retrier {
            core: core.clone(),
            policy,
            idempotent,
            scopes,
            started: Instant::now(),
            attempts: 0,
            failures: 0,
            refreshed: false,
        }
    }

    /// The number of the attempt about to be made, from 1.
    pub fn attempt(&self) -> u32 {
        self.attempts + 1
    }

    /// Records that an attempt failed with `err`: waits, then returns `true` when another
    /// attempt should be made, or returns `false` at once when none should.
    pub async fn again(&mut self, err: &Error) -> bool {
        self.attempts += 1;
        if err.status() == Some(StatusCode::UNAUTHORIZED) && !self.refreshed {
            if let Some(cache) = &self.core.inner.auth {
                self.refreshed = true;
                if cache.invalidate(self.scopes).await {
                    tracing::debug!(
                        attempt = self.attempts,
                        "token rejected; retrying once with a new token"
                    );
                    return true;
                }
            }
        }
        self.failures += 1;
        let policy = &self.policy;
        let safe = self.idempotent || policy.retries_non_idempotent() || never_sent(err);
        if !err.is_retryable() || !safe || self.attempts >= policy.attempts() {
            return false;
        }
        let mut delay = policy.backoff(self.failures, fastrand::f64());
        // What the server asks for wins; else the least wait the API documents for the status.
        let least = err.retry_delay().or_else(|| {
            let status = err.status()?.as_u16();
            let waits = self.core.api().min_retry_waits;
            waits
                .iter()
                .find(|(s, _)| *s == status)
                .map(|(_, wait)| *wait)
        });
        if let Some(least) = least {
            delay = delay.max(least);
        }
        if let Some(limit) = policy.elapsed_limit() {
            if self.started.elapsed().saturating_add(delay) > limit {
                tracing::debug!(attempt = self.attempts, "retry budget exhausted");
                return false;
            }
        }
        tracing::debug!(
            attempt = self.attempts,
            delay_ms = delay.as_millis() as u64,
            error = %err,
            "retrying"
        );
        self.core.sleep(delay).await;
        true
    }

    /// Records that the work moved forward (an upload session holds more bytes than before):
    /// the failures before no longer count against the attempts or the time allowed.
    pub fn progressed(&mut self) {
        self.attempts = 0;
        self.failures = 0;
        self.started = Instant::now();
    }
}

impl fmt::Debug for Retrier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Retrier")
            .field("policy", &self.policy)
            .field("idempotent", &self.idempotent)
            .field("attempts", &self.attempts)
            .finish_non_exhaustive()
    }
}

/// Failures that happened before the request could reach the server, so repeating it is
/// safe whatever the method.
fn never_sent(err: &Error) -> bool {
    match err {
        Error::Transport(e) => e.is_connect(),
        Error::Auth(_) => true,
        _ => false,
    }
}
