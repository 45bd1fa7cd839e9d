//! Waiting for long-running operations: a method that answers with an operation gets a
//! `poller()`, which sends the call and reads the operation again until it is done.
//!
//! The generator decides, from the document alone, how an operation says it is done
//! ([`OperationShape`]) and which methods read it again (the routes of [`Polling`]); this
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

use crate::call::{decode_json, Call, CallOptions};
use crate::error::{OperationError, OperationTimeout};
use crate::path::param_value_fits;
use crate::retry::{grow, growth_factor};
use crate::{Core, Error, MethodInfo, PathPart};

/// How an operation says it is finished. For generated code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OperationShape {
    /// AIP-151 (`google.longrunning.Operation`): `done` is true, then `error` (a
    /// `google.rpc.Status`) or `response` holds the outcome.
    Done,
    /// `status` equals `done_value` (Compute's `DONE`, Cloud DNS's `done`); an `error`
    /// (`errors[]`, or a `google.rpc.Status`) says it failed.
    Status {
        /// The value of `status` once the work is over.
        done_value: &'static str,
    },
    /// The string at the field path `state` equals `done_value`; the field at the path
    /// `error` is set when the work failed (BigQuery's jobs: `status.state` is `DONE`,
    /// `status.errorResult` the failure). From the API's data, not its document.
    Field {
        /// Property names from the operation down to the state.
        state: &'static [&'static str],
        /// The state once the work is over.
        done_value: &'static str,
        /// Property names from the operation down to its error.
        error: &'static [&'static str],
    },
}

/// What the generator found about one operation type: its shape, and the methods that read
/// an operation of it again, in the order they are tried. For generated code.
#[derive(Debug)]
pub struct Polling {
    /// How the operation says it is finished.
    pub shape: OperationShape,
    /// Methods answering with the operation that take it by its name or link: waiting reads
    /// first, then plain reads.
    pub routes: &'static [&'static MethodInfo],
    /// When not empty, the one route's arguments are fields of the operation: parameter
    /// name and the property names down to its value, path parameters first in the path's
    /// order, then query parameters (sent when the operation has them).
    pub arguments: &'static [(&'static str, &'static [&'static str])],
}

/// How often and how long a [`Poller`] reads an operation.
///
/// The defaults: the first read 1 s after the call (as googleapis/google-cloud-rust does;
/// many operations are over within seconds), each wait 1.5 times the last, at most 20 s
/// (so a finished operation is noticed within 20 s, with about 3 reads a minute, far below
/// any API's read quota), for at most 30 minutes in all (gcloud's default for waiting on an
/// operation; longer work can be waited on again by the operation's name, which the timeout
/// error gives).
#[derive(Debug, Clone)]
pub struct PollingPolicy {
    initial_delay: Duration,
    max_delay: Duration,
    multiplier: f64,
    total: Option<Duration>,
}

impl Default for PollingPolicy {
    fn default() -> Self {
        PollingPolicy {
            initial_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(20),
            multiplier: 1.5,
            total: Some(Duration::from_secs(30 * 60)),
        }
    }
}

impl PollingPolicy {
    /// The wait before the first read after the call.
    pub fn initial_delay(mut self, delay: Duration) -> Self {
        self.initial_delay = delay;
        self
    }

    /// The longest wait between two reads.
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// How much each wait grows over the last (at least 1).
    pub fn multiplier(mut self, multiplier: f64) -> Self {
        self.multiplier = growth_factor(multiplier);
        self
    }

    /// How long to wait in all before [`Error::OperationTimeout`]; `None` waits for ever.
    pub fn total(mut self, total: Option<Duration>) -> Self {
        self.total = total;
        self
    }

    fn delay(&self, reads: u32) -> Duration {
        grow(self.initial_delay, self.multiplier, reads, self.max_delay)
    }
}

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
/// ```ignore
/// let instance = client.instances().insert("my-project", "us-central1-a", instance)
///     .poller()
///     .until_done()
///     .await?;
/// ```
///
/// Driven step by step, it shows the operation between reads:
///
/// ```ignore
/// let mut poller = client.services().create(parent, service).poller();
/// while let Some(state) = poller.poll().await {
///     match state? {
///         PollState::Pending(op) => println!("running: {:?}", op.metadata),
///         PollState::Done(done) => println!("done: {done:?}"),
///         _ => {}
///     }
/// }
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
    core: Core,
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
        let core = call.core().clone();
        let mut options = call.parts.options.clone();
        // A field mask meant for the first answer could hide `done` from later reads.
        options.params.clear();
        Poller {
            driver: Driver {
                core,
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
        if let Some(total) = self.policy.total {
            if spent.saturating_add(delay) > total {
                return Err(Error::OperationTimeout(Box::new(OperationTimeout {
                    name: self.operation_name().map(str::to_owned),
                    waited: spent,
                    operation: self.last.clone().unwrap_or(Value::Null),
                })));
            }
        }
        self.core.sleep(delay).await;
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
            self.core.clone(),
            route,
            self.options.clone(),
            decode_json::<Value>,
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

#[derive(Debug, PartialEq, Eq)]
enum Progress {
    Running,
    Succeeded,
    Failed,
}

/// Where `operation` keeps its error.
fn error_of(shape: OperationShape, operation: &Value) -> Option<&Value> {
    match shape {
        OperationShape::Field { error, .. } => at(operation, error),
        OperationShape::Done | OperationShape::Status { .. } => operation.get("error"),
    }
}

fn progress(shape: OperationShape, operation: &Value) -> Progress {
    let error = error_of(shape, operation);
    let (over, failed) = match shape {
        OperationShape::Done => (
            operation.get("done").and_then(Value::as_bool) == Some(true),
            has_error(error),
        ),
        OperationShape::Status { done_value } => (
            operation.get("status").and_then(Value::as_str) == Some(done_value),
            has_error(error),
        ),
        // Any non-empty object: BigQuery's `errorResult` has a reason and no code.
        OperationShape::Field {
            state, done_value, ..
        } => (
            at(operation, state).and_then(Value::as_str) == Some(done_value),
            error.is_some_and(|e| e.as_object().is_some_and(|o| !o.is_empty())),
        ),
    };
    if !over {
        Progress::Running
    } else if failed {
        Progress::Failed
    } else {
        Progress::Succeeded
    }
}

/// The value at `path` (property names) in `value`.
fn at<'v>(value: &'v Value, path: &[&str]) -> Option<&'v Value> {
    path.iter().try_fold(value, |v, key| v.get(key))
}

/// The path arguments and the query of `route` from the fields of `operation` that
/// `arguments` names (see [`Polling::arguments`]). A missing path argument is an error: the
/// operation cannot be read again without it.
#[allow(clippy::type_complexity)]
fn arguments(
    route: &MethodInfo,
    arguments: &'static [(&'static str, &'static [&'static str])],
    operation: &Value,
) -> Result<(Vec<String>, Vec<(&'static str, String)>), Error> {
    let text = |path: &[&str]| match at(operation, path)? {
        Value::String(s) => Some(s.clone()),
        Value::Null => None,
        other => Some(other.to_string()),
    };
    let is_path = |name: &str| {
        route
            .path
            .iter()
            .any(|p| matches!(p, PathPart::Param { name: n, .. } if *n == name))
    };
    let (mut path_args, mut query) = (Vec::new(), Vec::new());
    for (name, path) in arguments {
        match (text(path), is_path(name)) {
            (Some(value), true) => path_args.push(value),
            (Some(value), false) => query.push((*name, value)),
            (None, true) => {
                return Err(Error::InvalidArgument(format!(
                    "the operation has no `{}`, which {} needs to read it again",
                    path.join("."),
                    route.id
                )))
            }
            (None, false) => {}
        }
    }
    Ok((path_args, query))
}

/// An `error` that says something: a `google.rpc.Status` with a non-zero code, or a list of
/// errors that is not empty. (`{"code": 0}` is OK in `google.rpc`.)
fn has_error(error: Option<&Value>) -> bool {
    match error {
        Some(Value::Object(map)) => {
            let code = map.get("code").and_then(Value::as_i64).unwrap_or(0);
            let errors = map
                .get("errors")
                .and_then(Value::as_array)
                .is_some_and(|e| !e.is_empty());
            code != 0 || errors || (map.contains_key("message") && !map.contains_key("code"))
        }
        _ => false,
    }
}

/// `value` as `T`, through its text: a failure then names the JSON path of the value that did
/// not fit, as every decoding error of the runtime does.
fn decode_value<T: DeserializeOwned>(value: &Value) -> Result<T, Error> {
    let body = value.to_string();
    decode_json(crate::StatusCode::OK, body.as_bytes())
}

/// The operation's `response`, without the `@type` that names its message.
fn decode_response<T: DeserializeOwned>(operation: &Value) -> Result<T, Error> {
    let mut response = operation.get("response").cloned().unwrap_or(Value::Null);
    if let Value::Object(map) = &mut response {
        map.remove("@type");
    }
    decode_value(&response)
}

fn describe(operation: &Value) -> String {
    match operation.get("name").and_then(Value::as_str) {
        Some(name) => format!("`{name}`"),
        None => "(it has no name)".into(),
    }
}

/// The first route that reads `operation`, with its path arguments.
fn find_route(
    routes: &'static [&'static MethodInfo],
    operation: &Value,
) -> Option<(&'static MethodInfo, Vec<String>)> {
    let text = |field: &str| operation.get(field).and_then(Value::as_str);
    if let Some(link) = text("selfLink") {
        let path = link_path(link);
        if let Some(found) = routes
            .iter()
            .find_map(|r| match_segments(r.path, &path).map(|a| (*r, a)))
        {
            return Some(found);
        }
    }
    let name = text("name")?;
    let segments: Vec<String> = name.split('/').map(str::to_owned).collect();
    if let Some(found) = routes
        .iter()
        .find_map(|r| match_segments(r.path, &segments).map(|a| (*r, a)))
    {
        return Some(found);
    }
    routes.iter().find_map(|r| {
        let mut params = r.path.iter().filter_map(|p| match *p {
            PathPart::Param {
                name,
                reserved,
                pattern,
            } => Some((name, reserved, pattern)),
            PathPart::Literal(_) => None,
        });
        let (param, reserved, pattern) = params.next()?;
        let single = params.next().is_none();
        (single && param_value_fits(param, name, reserved, pattern))
            .then(|| (*r, vec![name.to_owned()]))
    })
}

/// The path segments of a URL, percent-decoded.
fn link_path(link: &str) -> Vec<String> {
    let without_query = link.split(['?', '#']).next().unwrap_or("");
    let path = match without_query.split_once("://") {
        Some((_, rest)) => rest.split_once('/').map_or("", |(_, p)| p),
        None => without_query,
    };
    path.split('/')
        .map(|s| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8_lossy()
                .into_owned()
        })
        .collect()
}

/// One segment of a path template: text, or one whole simple parameter.
enum Segment {
    Text(String),
    Param,
    /// Anything else (a reserved parameter, a parameter with text beside it).
    Other,
}

fn template_segments(template: &[PathPart]) -> Vec<Segment> {
    let mut segments = Vec::new();
    let mut current: Option<Segment> = None;
    let close = |current: &mut Option<Segment>, segments: &mut Vec<Segment>| {
        segments.push(current.take().unwrap_or(Segment::Text(String::new())));
    };
    for part in template {
        match part {
            PathPart::Literal(text) => {
                let mut pieces = text.split('/');
                if let Some(first) = pieces.next() {
                    if !first.is_empty() {
                        current = Some(match current.take() {
                            None => Segment::Text(first.to_owned()),
                            Some(Segment::Text(mut t)) => {
                                t.push_str(first);
                                Segment::Text(t)
                            }
                            Some(_) => Segment::Other,
                        });
                    }
                }
                for piece in pieces {
                    close(&mut current, &mut segments);
                    if !piece.is_empty() {
                        current = Some(Segment::Text(piece.to_owned()));
                    }
                }
            }
            PathPart::Param { reserved, .. } => {
                current = Some(match current.take() {
                    None if !reserved => Segment::Param,
                    _ => Segment::Other,
                });
            }
        }
    }
    if current.is_some() {
        close(&mut current, &mut segments);
    }
    segments
}

/// Matches the template (less its trailing text segments, such as `wait`) against the end of
/// `path`, and returns the parameters' values. Fails when a parameter would be left without a
/// segment, or the template has a segment it cannot match.
fn match_segments(template: &[PathPart], path: &[String]) -> Option<Vec<String>> {
    let mut segments = template_segments(template);
    while matches!(segments.last(), Some(Segment::Text(_))) {
        segments.pop();
    }
    if segments.is_empty() {
        return None;
    }
    let path: Vec<&String> = path.iter().filter(|s| !s.is_empty()).collect();
    let mut args = Vec::new();
    let mut path_iter = path.iter().rev();
    for segment in segments.iter().rev() {
        match (segment, path_iter.next()) {
            (Segment::Param, Some(value)) => args.push((*value).clone()),
            (Segment::Text(text), Some(value)) if text == *value => {}
            // A template longer than the link is fine when only text is left (`v1/`).
            (Segment::Text(_), None) => {}
            _ => return None,
        }
    }
    if args.is_empty() {
        return None;
    }
    args.reverse();
    Some(args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::Method;

    const fn param(name: &'static str) -> PathPart {
        PathPart::Param {
            name,
            reserved: false,
            pattern: None,
        }
    }

    static ZONE_WAIT: MethodInfo = MethodInfo {
        id: "compute.zoneOperations.wait",
        http_method: Method::Post,
        path: &[
            PathPart::Literal("projects/"),
            param("project"),
            PathPart::Literal("/zones/"),
            param("zone"),
            PathPart::Literal("/operations/"),
            param("operation"),
            PathPart::Literal("/wait"),
        ],
        scopes: &[],
        media_upload: None,
        media_download: false,
    };

    static GLOBAL_GET: MethodInfo = MethodInfo {
        id: "compute.globalOperations.get",
        http_method: Method::Get,
        path: &[
            PathPart::Literal("projects/"),
            param("project"),
            PathPart::Literal("/global/operations/"),
            param("operation"),
        ],
        scopes: &[],
        media_upload: None,
        media_download: false,
    };

    static APPS_GET: MethodInfo = MethodInfo {
        id: "appengine.apps.operations.get",
        http_method: Method::Get,
        path: &[
            PathPart::Literal("v1/apps/"),
            param("appsId"),
            PathPart::Literal("/operations/"),
            param("operationsId"),
        ],
        scopes: &[],
        media_upload: None,
        media_download: false,
    };

    static NAMED_GET: MethodInfo = MethodInfo {
        id: "run.projects.locations.operations.get",
        http_method: Method::Get,
        path: &[
            PathPart::Literal("v2/"),
            PathPart::Param {
                name: "name",
                reserved: true,
                pattern: Some("^projects/[^/]+/locations/[^/]+/operations/[^/]+$"),
            },
        ],
        scopes: &[],
        media_upload: None,
        media_download: false,
    };

    static ROUTES: &[&MethodInfo] = &[&ZONE_WAIT, &GLOBAL_GET, &APPS_GET, &NAMED_GET];

    fn route(operation: Value) -> Option<(&'static str, Vec<String>)> {
        find_route(ROUTES, &operation).map(|(m, a)| (m.id, a))
    }

    #[test]
    fn a_self_link_picks_the_route_whose_path_ends_it() {
        let zonal = serde_json::json!({
            "name": "operation-1",
            "selfLink": "https://compute.googleapis.com/compute/v1/projects/p/zones/us-central1-a/operations/operation-1"
        });
        assert_eq!(
            route(zonal),
            Some((
                "compute.zoneOperations.wait",
                vec!["p".into(), "us-central1-a".into(), "operation-1".into()]
            ))
        );
        let global = serde_json::json!({
            "name": "operation-2",
            "selfLink": "https://compute.googleapis.com/compute/v1/projects/p%20q/global/operations/operation-2?x=1"
        });
        assert_eq!(
            route(global),
            Some((
                "compute.globalOperations.get",
                vec!["p q".into(), "operation-2".into()]
            ))
        );
    }

    #[test]
    fn a_name_picks_a_template_it_ends_or_a_single_parameter_it_fits() {
        let app = serde_json::json!({"name": "apps/my-app/operations/abc"});
        assert_eq!(
            route(app),
            Some((
                "appengine.apps.operations.get",
                vec!["my-app".into(), "abc".into()]
            ))
        );
        let aip = serde_json::json!({"name": "projects/p/locations/l/operations/o"});
        assert_eq!(
            route(aip),
            Some((
                "run.projects.locations.operations.get",
                vec!["projects/p/locations/l/operations/o".into()]
            ))
        );
        assert_eq!(route(serde_json::json!({"name": "operations/o"})), None);
        assert_eq!(route(serde_json::json!({"done": false})), None);
    }

    #[test]
    fn progress_follows_the_shape() {
        let done = OperationShape::Done;
        let status = OperationShape::Status { done_value: "DONE" };
        let op = |v: Value| v;
        assert_eq!(
            progress(done, &op(serde_json::json!({}))),
            Progress::Running
        );
        assert_eq!(
            progress(done, &op(serde_json::json!({"done": true}))),
            Progress::Succeeded
        );
        assert_eq!(
            progress(
                done,
                &op(serde_json::json!({"done": true, "error": {"code": 0}}))
            ),
            Progress::Succeeded
        );
        assert_eq!(
            progress(
                done,
                &op(serde_json::json!({"done": true, "error": {"code": 5, "message": "gone"}}))
            ),
            Progress::Failed
        );
        assert_eq!(
            progress(status, &op(serde_json::json!({"status": "RUNNING"}))),
            Progress::Running
        );
        assert_eq!(
            progress(
                status,
                &op(serde_json::json!({"status": "DONE", "error": {"errors": []}}))
            ),
            Progress::Succeeded
        );
        assert_eq!(
            progress(
                status,
                &op(serde_json::json!({"status": "DONE", "error": {"errors": [{"code": "X"}]}}))
            ),
            Progress::Failed
        );
    }

    #[test]
    fn waits_grow_to_the_ceiling() {
        let policy = PollingPolicy::default();
        let waits: Vec<u64> = (0..10)
            .map(|n| policy.delay(n).as_millis() as u64)
            .collect();
        assert_eq!(
            waits,
            [1000, 1500, 2250, 3375, 5062, 7593, 11390, 17085, 20000, 20000]
        );
        assert_eq!(
            PollingPolicy::default().multiplier(f64::NAN).delay(5),
            Duration::from_secs(1)
        );
    }
}
