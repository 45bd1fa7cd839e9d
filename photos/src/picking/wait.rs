//! Step 3: polling a session until the user has picked.
//!
//! Not the runtime's operation poller (`rt::lro::Poller`): a session is not a long-running
//! operation. It is done when `mediaItemsSet` is true, and the server, not a client
//! policy, says how often to ask (`pollingConfig.pollInterval`) and for how long
//! (`pollingConfig.timeoutIn`, shrinking with every answer).

use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::time::Duration;

use super::error::{from_call, Step};
use crate::picker::types::PickingSession;
use crate::picker::Client;
use crate::Error;

/// The interval used when a session carries no `pollingConfig.pollInterval`.
pub const DEFAULT_POLL_INTERVAL: Duration = Duration::from_secs(5);

type OnPoll = Box<dyn FnMut(&PickingSession) + Send>;

/// A wait for the user to finish picking, made by
/// [`Picking::wait`](super::Picking::wait); await it.
///
/// It resolves to the session as last read, with `mediaItemsSet` true. It fails with
/// [`Error::NotPicked`] when `pollingConfig.timeoutIn` (or [`max_wait`](Self::max_wait))
/// runs out first, and with [`Error::SessionExpired`] when the session is gone.
#[must_use = "`Wait` does nothing until it is awaited"]
pub struct Wait {
    client: Client,
    session: PickingSession,
    max_wait: Option<Duration>,
    on_poll: Option<OnPoll>,
}

impl std::fmt::Debug for Wait {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Wait")
            .field("session", &self.session.id)
            .field("max_wait", &self.max_wait)
            .finish_non_exhaustive()
    }
}

impl Wait {
    pub(super) fn new(client: Client, session: PickingSession) -> Self {
        Wait {
            client,
            session,
            max_wait: None,
            on_poll: None,
        }
    }

    /// Stops waiting after `max_wait` even if the server would allow longer.
    pub fn max_wait(mut self, max_wait: Duration) -> Self {
        self.max_wait = Some(max_wait);
        self
    }

    /// Called with each session read while waiting (e.g. to show `timeoutIn`).
    pub fn on_poll(mut self, on_poll: impl FnMut(&PickingSession) + Send + 'static) -> Self {
        self.on_poll = Some(Box::new(on_poll));
        self
    }

    async fn run(mut self) -> Result<PickingSession, Error> {
        let id = self.session.id.clone().ok_or(Error::Incomplete {
            what: "session",
            field: "id",
        })?;
        let mut session = self.session;
        // Time spent is counted as the sum of the waits: the client's sleeper may be a
        // test's, which does not let real time pass.
        let mut waited = Duration::ZERO;
        loop {
            if session.media_items_set == Some(true) {
                return Ok(session);
            }
            let not_picked = || Error::NotPicked {
                session_id: id.clone(),
                waited,
            };
            let polling = session.polling_config.as_ref();
            let mut delay = polling
                .and_then(|p| p.poll_interval)
                .and_then(|d| Duration::try_from(d).ok())
                .filter(|d| !d.is_zero())
                .unwrap_or(DEFAULT_POLL_INTERVAL);
            // A negative `timeoutIn` is as final as zero.
            if let Some(left) = polling.and_then(|p| p.timeout_in) {
                let left = Duration::try_from(left).unwrap_or_default();
                if left.is_zero() {
                    return Err(not_picked());
                }
                delay = delay.min(left);
            }
            if let Some(max) = self.max_wait {
                let left = max.saturating_sub(waited);
                if left.is_zero() {
                    return Err(not_picked());
                }
                delay = delay.min(left);
            }
            self.client.engine().sleep(delay).await;
            waited += delay;
            session = self
                .client
                .sessions()
                .get(&id)
                .send()
                .await
                .map_err(|err| from_call(Step::Session(&id), err))?;
            if let Some(on_poll) = &mut self.on_poll {
                on_poll(&session);
            }
        }
    }
}

impl IntoFuture for Wait {
    type Output = Result<PickingSession, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.run())
    }
}
