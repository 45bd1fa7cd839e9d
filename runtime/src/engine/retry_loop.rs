//! The one retry loop. Every request the runtime sends, and every request hand-written code
//! sends through [`RawRequest`](super::RawRequest), is attempted here, so the rules of
//! [`RetryPolicy`] are applied in this file only: which failures are tried again, how long
//! to wait, what a 401 does, and when the attempts or the time are used up.

use std::borrow::Cow;
use std::fmt;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use super::{Engine, Token};
use crate::error::RetriesExhausted;
use crate::http::StatusCode;
use crate::retry::RetryPolicy;
use crate::{trace, BoxFuture, Error};

/// How the attempts of one piece of work are repeated.
#[derive(Clone, Debug)]
pub(crate) struct Repeat {
    pub(crate) policy: RetryPolicy,
    /// Whether the work is harmless to repeat after it may have reached the server.
    pub(crate) idempotent: bool,
    /// The token the attempts carry, which a 401 renews once.
    pub(crate) token: Token,
    /// The limit of one attempt, before the time left shortens it.
    pub(crate) timeout: Option<Duration>,
    /// Whether an attempt moves media, whose transfer takes as long as the bytes need: the
    /// policy's time then stops new attempts, never one under way.
    pub(crate) transfer: bool,
}

impl Repeat {
    /// Under the client's policy and timeout.
    pub(crate) fn new(engine: &Engine, idempotent: bool, token: Token) -> Self {
        Repeat {
            policy: engine.retry_policy().clone(),
            idempotent,
            token,
            timeout: engine.timeout(),
            transfer: false,
        }
    }
}

/// One attempt of a retry loop, as the work sees it: which one it is, how long it may take,
/// and a way to say that it moved the work forward.
pub struct Attempt {
    number: u32,
    timeout: Option<Duration>,
    progressed: AtomicBool,
    /// Which token of the client's cache the attempt carried (0: none), so that a 401
    /// renews that token and not one another attempt already renewed.
    token_serial: AtomicU64,
}

impl Attempt {
    /// The number of this attempt, from 1 (counted again from 1 after
    /// [`progressed`](Self::progressed)).
    pub fn number(&self) -> u32 {
        self.number
    }

    /// How long this attempt may take: the request's timeout, or the time the policy has
    /// left if that is shorter (`None`: no limit). [`RawRequest::send_once`] applies it.
    ///
    /// [`RawRequest::send_once`]: super::RawRequest::send_once
    pub fn timeout(&self) -> Option<Duration> {
        self.timeout
    }

    /// Says that this attempt moved the work forward (the server holds more of an upload than
    /// before, more of a download arrived): the failures before it no longer count against
    /// the attempts or the time the policy allows.
    pub fn progressed(&self) {
        self.progressed.store(true, Ordering::Relaxed);
    }

    pub(crate) fn carried_token(&self, serial: u64) {
        self.token_serial.store(serial, Ordering::Relaxed);
    }
}

impl fmt::Debug for Attempt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Attempt")
            .field("number", &self.number)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

/// An error the retry loop can judge: the runtime's [`Error`], or a hand-written module's
/// error that may hold one.
pub trait AttemptError: Sized {
    /// The runtime error inside, which decides whether another attempt is made; `None` (a
    /// failing input, a protocol violation) ends the loop with this error.
    fn runtime_error(&self) -> Option<&Error>;

    /// This error with its runtime error replaced by `replace` of it: how the loop says that
    /// the attempts or the time ran out ([`Error::RetriesExhausted`]).
    fn map_runtime_error(self, replace: impl FnOnce(Error) -> Error) -> Self;
}

impl AttemptError for Error {
    fn runtime_error(&self) -> Option<&Error> {
        Some(self)
    }

    fn map_runtime_error(self, replace: impl FnOnce(Error) -> Error) -> Self {
        replace(self)
    }
}

/// Makes attempts of `work` until one succeeds, one fails in a way not worth repeating, or
/// `repeat`'s policy is used up; waits between them as the policy and the server say.
///
/// Each attempt is `work(state, attempt)`: what the attempts share (and may change, such as
/// an offset) is the `state` they are handed, rather than what a closure borrows, so that the
/// boxed future of each attempt borrows only from its arguments and the loop's own future is
/// `Send` whenever `state` is.
///
/// Only this adapter is generic: the loop itself ([`run`]) is compiled once, in the runtime,
/// and sees each attempt through [`Attempts`], so a crate or program with many kinds of
/// attempts does not compile the loop once for each.
pub(crate) async fn retry_loop<S, T, E, F>(
    engine: &Engine,
    repeat: &Repeat,
    state: &mut S,
    work: F,
) -> Result<T, E>
where
    S: Send + ?Sized,
    T: Send,
    F: for<'a> FnMut(&'a mut S, &'a Attempt) -> BoxFuture<'a, Result<T, E>> + Send,
    E: AttemptError + Send,
{
    let mut attempts = Adapter {
        state,
        work,
        last: None,
    };
    let end = run(engine, repeat, &mut attempts).await;
    let last = attempts.last.take();
    match (end, last) {
        (_, Some(Ok(value))) => Ok(value),
        (End::Exhausted { attempts, elapsed }, Some(Err(err))) => {
            Err(err.map_runtime_error(|last| {
                Error::RetriesExhausted(Box::new(RetriesExhausted {
                    attempts,
                    elapsed,
                    last,
                }))
            }))
        }
        (_, Some(Err(err))) => Err(err),
        (_, None) => unreachable!("the loop ends after an attempt"),
    }
}

/// The attempts of one piece of work, as the loop sees them: each either succeeded, or failed
/// with what the loop needs to judge it (nothing, for a failure that is not the runtime's).
trait Attempts: Send {
    fn attempt<'a>(&'a mut self, attempt: &'a Attempt) -> BoxFuture<'a, Outcome>;
}

enum Outcome {
    Succeeded,
    Failed(Option<Judged>),
}

/// How the loop ended.
enum End {
    Done,
    Exhausted { attempts: u32, elapsed: Duration },
}

/// The generic side: runs the caller's `work` and keeps its last result.
struct Adapter<'s, S: ?Sized, T, E, F> {
    state: &'s mut S,
    work: F,
    last: Option<Result<T, E>>,
}

impl<S, T, E, F> Attempts for Adapter<'_, S, T, E, F>
where
    S: Send + ?Sized,
    T: Send,
    F: for<'a> FnMut(&'a mut S, &'a Attempt) -> BoxFuture<'a, Result<T, E>> + Send,
    E: AttemptError + Send,
{
    fn attempt<'a>(&'a mut self, attempt: &'a Attempt) -> BoxFuture<'a, Outcome> {
        Box::pin(async move {
            let result = (self.work)(self.state, attempt).await;
            let outcome = match &result {
                Ok(_) => Outcome::Succeeded,
                Err(err) => Outcome::Failed(err.runtime_error().map(Judged::of)),
            };
            self.last = Some(result);
            outcome
        })
    }
}

/// The loop, compiled once.
async fn run(engine: &Engine, repeat: &Repeat, work: &mut dyn Attempts) -> End {
    let mut budget = Budget::new();
    // Attempts since the work started (not since it last moved forward), for the call's span.
    let mut made = 0;
    let mut last_retry: Option<Cow<'static, str>> = None;
    let end = loop {
        let attempt = Attempt {
            number: budget.attempts + 1,
            timeout: budget.attempt_timeout(repeat),
            progressed: AtomicBool::new(false),
            token_serial: AtomicU64::new(0),
        };
        made += 1;
        let outcome = work.attempt(&attempt).await;
        if attempt.progressed.load(Ordering::Relaxed) {
            budget = Budget::new();
        }
        let (next, reason) = match outcome {
            Outcome::Succeeded => break End::Done,
            Outcome::Failed(Some(judged)) => {
                let serial = attempt.token_serial.load(Ordering::Relaxed);
                let next = budget.next(engine, repeat, &judged, serial).await;
                (next, judged.error_type)
            }
            Outcome::Failed(None) => break End::Done,
        };
        match next {
            Next::Now => last_retry = Some(reason),
            Next::After(delay) => {
                tracing::debug!(
                    attempt = budget.attempts,
                    delay_ms = delay.as_millis() as u64,
                    error.type = reason.as_ref(),
                    "retrying"
                );
                last_retry = Some(reason);
                engine.sleep(delay).await;
                budget.waited += delay;
            }
            Next::Stop => break End::Done,
            Next::Exhausted => {
                tracing::debug!(attempt = budget.attempts, "retry budget exhausted");
                break End::Exhausted {
                    attempts: budget.attempts,
                    elapsed: budget.elapsed(),
                };
            }
        }
    };
    trace::record_attempts(made, last_retry.as_deref());
    end
}

/// What the loop does after a failed attempt.
enum Next {
    Now,
    After(Duration),
    Stop,
    Exhausted,
}

/// The attempts and time spent since the work started, or last moved forward.
struct Budget {
    started: Instant,
    /// The waits asked of the sleeper, which may be a test's that lets no real time pass.
    waited: Duration,
    attempts: u32,
    /// Attempts that failed, but the one repeated at once with a new token.
    failures: u32,
    refreshed: bool,
}

impl Budget {
    fn new() -> Self {
        Budget {
            started: Instant::now(),
            waited: Duration::ZERO,
            attempts: 0,
            failures: 0,
            refreshed: false,
        }
    }

    fn elapsed(&self) -> Duration {
        self.started.elapsed().max(self.waited)
    }

    fn attempt_timeout(&self, repeat: &Repeat) -> Option<Duration> {
        let left = match repeat.policy.max_elapsed() {
            Some(limit) if !repeat.transfer => Some(limit.saturating_sub(self.elapsed())),
            _ => None,
        };
        match (repeat.timeout, left) {
            (Some(timeout), Some(left)) => Some(timeout.min(left)),
            (timeout, left) => timeout.or(left),
        }
    }

    /// Judges the failure of the attempt just made, which carried the token `token_serial`.
    async fn next(
        &mut self,
        engine: &Engine,
        repeat: &Repeat,
        err: &Judged,
        token_serial: u64,
    ) -> Next {
        self.attempts += 1;
        if err.status == Some(StatusCode::UNAUTHORIZED) && !self.refreshed {
            if let (Some(cache), Token::For(scopes)) = (&engine.settings().auth, repeat.token) {
                self.refreshed = true;
                if cache.invalidate(scopes, token_serial).await {
                    tracing::debug!(
                        attempt = self.attempts,
                        "token rejected; retrying once with a new token"
                    );
                    return Next::Now;
                }
            }
        }
        self.failures += 1;
        let policy = &repeat.policy;
        let safe = repeat.idempotent || policy.retries_non_idempotent() || err.never_sent;
        if !err.retryable || !safe {
            return Next::Stop;
        }
        if self.attempts >= policy.max_attempts() {
            return self.used_up(policy);
        }
        let mut delay = policy.backoff().delay(self.failures);
        // What the server asks for wins; else the least wait the API documents for the status.
        let least = err.retry_delay.or_else(|| {
            let status = err.status?.as_u16();
            let waits = engine.api().min_retry_waits;
            waits
                .iter()
                .find(|(s, _)| *s == status)
                .map(|(_, wait)| *wait)
        });
        if let Some(least) = least {
            delay = delay.max(least);
        }
        match policy.max_elapsed() {
            Some(limit) if self.elapsed().saturating_add(delay) > limit => self.used_up(policy),
            _ => Next::After(delay),
        }
    }

    /// The policy allows no further attempt: said as such unless it never allowed a second.
    fn used_up(&self, policy: &RetryPolicy) -> Next {
        if policy.max_attempts() > 1 {
            Next::Exhausted
        } else {
            Next::Stop
        }
    }
}

/// What the loop needs to know of a failure, taken from it before any waiting (so that no
/// borrow of the error is held across an `await`).
struct Judged {
    status: Option<StatusCode>,
    retryable: bool,
    never_sent: bool,
    retry_delay: Option<Duration>,
    /// The kind of failure (`error.type`), for the call's span and the retry's log line.
    error_type: Cow<'static, str>,
}

impl Judged {
    fn of(err: &Error) -> Self {
        Judged {
            error_type: trace::error_type(err),
            status: err.status(),
            retryable: err.is_retryable(),
            never_sent: never_sent(err),
            retry_delay: err.retry_delay(),
        }
    }
}

/// Failures that happened before the request could reach the server, so repeating it is
/// safe whatever the method.
pub(crate) fn never_sent(err: &Error) -> bool {
    match err {
        Error::Transport(e) => e.is_connect(),
        Error::Auth(_) => true,
        _ => false,
    }
}
