//! An attempt's steps (getting the token, sending, reading the body), each run inside the
//! attempt's span and all bounded by one timer: the attempt's time limit.
//!
//! The steps are awaited one by one in the attempt's own future, rather than the whole
//! exchange being wrapped in `tokio::time::timeout` and `Instrumented`: each wrapper would
//! hold the exchange's state again and move it on every call.

use std::future::{poll_fn, Future};
use std::pin::Pin;
use std::task::Poll;
use std::time::Duration;

use tokio::task::coop;
use tokio::time::Sleep;
use tracing::Span;

use crate::Error;

/// The limit of one attempt and the span its steps run in.
pub(super) struct Within<'a> {
    span: &'a Span,
    limit: Option<(Duration, Pin<&'a mut Sleep>)>,
}

impl<'a> Within<'a> {
    /// `sleep` is the attempt's timer, started when its time began (`None`: no limit).
    pub(super) fn new(
        span: &'a Span,
        limit: Option<Duration>,
        sleep: Pin<&'a mut Option<Sleep>>,
    ) -> Self {
        Within {
            span,
            limit: limit.zip(sleep.as_pin_mut()),
        }
    }

    /// Runs `step` inside the span, failing with [`Error::Timeout`] once the limit passes.
    pub(super) fn step<'s, F: Future + Unpin + 's>(
        &'s mut self,
        mut step: F,
    ) -> impl Future<Output = Result<F::Output, Error>> + use<'a, 's, F> {
        poll_fn(move |cx| {
            let _entered = self.span.enter();
            let had_budget = coop::has_budget_remaining();
            if let Poll::Ready(output) = Pin::new(&mut step).poll(cx) {
                return Poll::Ready(Ok(output));
            }
            if let Some((limit, sleep)) = &mut self.limit {
                // As `tokio::time::timeout` does: when the step used up the task's budget (a
                // body that always has more to read), the timer is asked outside the budget,
                // else it would answer "not yet" for as long as the step keeps it used up.
                let expired = if had_budget && !coop::has_budget_remaining() {
                    Pin::new(&mut coop::unconstrained(sleep.as_mut()))
                        .poll(cx)
                        .is_ready()
                } else {
                    sleep.as_mut().poll(cx).is_ready()
                };
                if expired {
                    return Poll::Ready(Err(Error::Timeout(*limit)));
                }
            }
            Poll::Pending
        })
    }
}
