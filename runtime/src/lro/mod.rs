//! Waiting for long-running operations: a method that answers with an operation gets a
//! `poller()`, which sends the call and reads the operation again until it is done.
//!
//! The generator decides, from the document alone, how an operation says it is done
//! (`OperationShape`) and which methods read it again (the routes of `Polling`); this
//! file only follows those facts. Which route reads a given operation is found from the
//! operation itself: the route whose path matches the end of its `selfLink` (Compute,
//! Cloud SQL, Cloud Storage's bucket operations), else of its `name` (App Engine's
//! `apps/…/operations/…`), else the first route with one path parameter that the name fits
//! (`v1/{+name}`, AIP-151). Routes that wait on the server (Compute's `wait`) come first.

use std::fmt;
use std::marker::PhantomData;
use std::time::{Duration, Instant};

use ::serde::de::DeserializeOwned;
use serde_json::Value;

use crate::call::Call;
use crate::engine::Engine;
use crate::error::{OperationError, OperationTimeout};
use crate::request::CallOptions;
use crate::Error;

pub(crate) mod operation;
mod policy;

use operation::{
    arguments, decode_response, decode_value, describe, error_of, find_route, progress, Polling,
    Progress,
};
pub use policy::PollingPolicy;

/// Where an operation stands after a read by [`Poller::poll`].
#[derive(Debug)]
#[non_exhaustive]
pub enum PollState<Op, R> {
    /// Still running: the operation as just read, with its progress metadata.
    Pending(Op),
    /// Finished successfully, with its result.
    Done(R),
}

/// Sends a call that starts a long-running operation, then reads the operation again until
/// it is done: what the `poller()` of a method answering with an operation returns.
///
/// `Op` is the operation type; `R` what a finished operation yields: the finished operation
/// itself, unless the document says which type the operation's `response` holds, in which
/// case that type ([`with_response`](Self::with_response) chooses another).
///
/// ```no_run
/// # async fn wait<Op: serde::de::DeserializeOwned, R>(poller: discogen_runtime::lro::Poller<Op, R>) -> discogen_runtime::Result<R> {
/// // `poller` is e.g. `client.instances().insert(project, zone, instance).poller()`.
/// let result = poller.until_done().await?;
/// # Ok(result)
/// # }
/// ```
///
/// Driven step by step, it shows the operation between reads:
///
/// ```no_run
/// # async fn watch<Op, R>(mut poller: discogen_runtime::lro::Poller<Op, R>) -> discogen_runtime::Result<()>
/// # where Op: serde::de::DeserializeOwned + std::fmt::Debug, R: std::fmt::Debug {
/// use discogen_runtime::lro::PollState;
///
/// while let Some(state) = poller.poll().await {
///     match state? {
///         PollState::Pending(operation) => println!("running: {operation:?}"),
///         PollState::Done(done) => println!("done: {done:?}"),
///         _ => {}
///     }
/// }
/// # Ok(())
/// # }
/// ```
///
/// Every read goes through the client's retry policy (reads are always safe to repeat). A
/// failed operation is [`Error::Operation`]; running out of time is
/// [`Error::OperationTimeout`], which names the operation so it can be waited on later
/// (`client.operations().get(name).poller()`).
pub struct Poller<Op, R = Op> {
    driver: Driver,
    result: fn(&Value) -> Result<R, Error>,
    _operation: PhantomData<fn() -> Op>,
}

/// The part of a [`Poller`] that does not depend on its types: sending, waiting, choosing
/// the route. Compiled once in the runtime, not once per operation type.
struct Driver {
    engine: Engine,
    polling: &'static Polling,
    policy: PollingPolicy,
    /// The call that starts the work, until it is sent.
    start: Option<Call<Value>>,
    /// Settings of the start call that every read keeps: headers, timeout, retry policy.
    options: CallOptions,
    /// The operation as last read.
    last: Option<Value>,
    reads: u32,
    started: Option<Instant>,
    waited: Duration,
    finished: bool,
}

impl<Op: DeserializeOwned> Poller<Op, Op> {
    /// A poller that sends `call`, then reads the operation by `polling`'s routes. For
    /// generated code.
    #[doc(hidden)]
    pub fn new(call: Call<Op>, polling: &'static Polling) -> Self {
        let engine = call.engine().clone();
        let mut options = call.parts.options.clone();
        // A field mask meant for the first answer could hide `done` from later reads.
        options.params.clear();
        Poller {
            driver: Driver {
                engine,
                polling,
                policy: PollingPolicy::default(),
                start: Some(call.with_json_decoder()),
                options,
                last: None,
                reads: 0,
                started: None,
                waited: Duration::ZERO,
                finished: false,
            },
            result: decode_value::<Op>,
            _operation: PhantomData,
        }
    }
}

impl<Op: DeserializeOwned, R> Poller<Op, R> {
    /// Yields the operation's `response` decoded as `T` (its `@type` left out) instead.
    pub fn with_response<T: DeserializeOwned>(self) -> Poller<Op, T> {
        Poller {
            driver: self.driver,
            result: decode_response::<T>,
            _operation: PhantomData,
        }
    }

    /// Uses `policy` for the waits between reads and the time allowed.
    pub fn policy(mut self, policy: PollingPolicy) -> Self {
        self.driver.policy = policy;
        self
    }

    /// Sends the call, or reads the operation again after the policy's wait: `None` once the
    /// operation's outcome has been reported (its result, its failure, the time running out,
    /// or the call itself failing). A read that failed in a way worth repeating (after the
    /// retry policy gave up on it) leaves the poller going: the next `poll()` reads again.
    pub async fn poll(&mut self) -> Option<Result<PollState<Op, R>, Error>> {
        let driver = &mut self.driver;
        if driver.finished {
            return None;
        }
        let outcome = driver.step().await.and_then(|done| {
            let operation = driver.last.as_ref().unwrap_or(&Value::Null);
            if done {
                (self.result)(operation).map(PollState::Done)
            } else {
                decode_value::<Op>(operation).map(PollState::Pending)
            }
        });
        let going = match &outcome {
            Ok(PollState::Pending(_)) => true,
            Ok(PollState::Done(_)) => false,
            Err(err) => driver.last.is_some() && err.is_retryable(),
        };
        driver.finished = !going;
        Some(outcome)
    }

    /// Polls until the operation is done, and returns its result.
    pub async fn until_done(mut self) -> Result<R, Error> {
        loop {
            match self.poll().await {
                Some(Ok(PollState::Pending(_))) => continue,
                Some(Ok(PollState::Done(result))) => return Ok(result),
                Some(Err(err)) => return Err(err),
                None => {
                    return Err(Error::InvalidArgument(
                        "the poller has already reported its operation's outcome".into(),
                    ))
                }
            }
        }
    }
}

impl<Op, R> Poller<Op, R> {
    /// The operation's name, once the call has answered.
    pub fn operation_name(&self) -> Option<&str> {
        self.driver.operation_name()
    }
}

impl Driver {
    fn operation_name(&self) -> Option<&str> {
        self.last.as_ref()?.get("name")?.as_str()
    }

    /// Sends the call, or waits and reads the operation again, and keeps what came back in
    /// `last`: `true` once the operation has finished successfully. A failed operation is
    /// [`Error::Operation`].
    async fn step(&mut self) -> Result<bool, Error> {
        let call = match self.start.take() {
            Some(call) => {
                self.started = Some(Instant::now());
                call
            }
            None => {
                let delay = self.policy.delay(self.reads);
                self.wait(delay).await?;
                self.reads += 1;
                self.read_again()?
            }
        };
        let operation = call.send().await?;
        let progress = progress(self.polling.shape, &operation);
        if progress == Progress::Failed {
            let error = error_of(self.polling.shape, &operation).cloned();
            return Err(Error::Operation(Box::new(OperationError::from_operation(
                operation, error,
            ))));
        }
        self.last = Some(operation);
        Ok(progress == Progress::Succeeded)
    }

    /// Waits `delay`, or fails when that would pass the time allowed.
    async fn wait(&mut self, delay: Duration) -> Result<(), Error> {
        // The sleeper may be a test's, which does not let real time pass: time spent is the
        // larger of the clock's and the waits'.
        let spent = self
            .started
            .map_or(Duration::ZERO, |s| s.elapsed())
            .max(self.waited);
        if let Some(total) = self.policy.max_elapsed() {
            if spent.saturating_add(delay) > total {
                return Err(Error::OperationTimeout(Box::new(OperationTimeout {
                    name: self.operation_name().map(str::to_owned),
                    waited: spent,
                    operation: self.last.clone().unwrap_or(Value::Null),
                })));
            }
        }
        self.engine.sleep(delay).await;
        self.waited += delay;
        Ok(())
    }

    /// The call that reads the last operation again: by the route whose arguments the API's
    /// data places in the operation, else by the first route that fits its link or name.
    fn read_again(&self) -> Result<Call<Value>, Error> {
        let operation = self.last.as_ref().unwrap_or(&Value::Null);
        let unreadable = || {
            Error::InvalidArgument(format!(
                "no method of this API reads the operation {} again",
                describe(operation)
            ))
        };
        let (route, path_args, query) = if self.polling.arguments.is_empty() {
            let (route, args) =
                find_route(self.polling.routes, operation).ok_or_else(unreadable)?;
            (route, args, Vec::new())
        } else {
            let route = self.polling.routes.first().ok_or_else(unreadable)?;
            let (path_args, query) = arguments(route, self.polling.arguments, operation)?;
            (*route, path_args, query)
        };
        let mut call = Call::with_decoder(
            self.engine.clone(),
            route,
            self.options.clone(),
            crate::call::decode_json::<Value>,
        );
        call.parts.options.idempotent = Some(true);
        call.parts.path_args = path_args;
        call.parts.query.extend(query);
        Ok(call)
    }
}

impl<Op, R> fmt::Debug for Poller<Op, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let driver = &self.driver;
        f.debug_struct("Poller")
            .field("operation", &driver.operation_name())
            .field("reads", &driver.reads)
            .field("finished", &driver.finished)
            .field("policy", &driver.policy)
            .finish_non_exhaustive()
    }
}
