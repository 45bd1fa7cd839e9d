//! A test double for code that calls Google APIs (feature `testing`): a [`Transport`] that
//! answers from a script, records every request, and never touches the network.
//!
//! It works with every generated client, since they all take a transport from
//! [`ClientBuilder::transport`](crate::ClientBuilder::transport). Script the answers by the
//! Discovery id of the method ([`MockTransport::on`]) or by HTTP method and URL path
//! ([`MockTransport::on_path`]), run the code under test, then assert on
//! [`MockTransport::requests`]:
//!
//! ```
//! # fn example<C>(builder: discogen_runtime::ClientBuilder<C>) -> discogen_runtime::Result<C> {
//! use discogen_runtime::testing::{MockReply, MockTransport};
//!
//! let mock = MockTransport::new();
//! // By a request builder's id (`objects::Get::METHOD_ID` in a generated crate), answered
//! // with a value of the crate's own response type or any other `Serialize`.
//! mock.on("storage.objects.get")
//!     .reply(MockReply::ok(serde_json::json!({"name": "a.txt", "size": "3"})));
//! let client = builder.transport(mock.clone()).build()?; // e.g. `Client::builder()`
//! // ... the code under test calls `client.objects().get("my-bucket", "a.txt")` ...
//! // then: assert_eq!(mock.requests()[0].path(), "/storage/v1/b/my-bucket/o/a.txt");
//! # Ok(client)
//! # }
//! ```
//!
//! Each scripted answer is used once, in the order given; rules are tried in the order they
//! were made. A request that no rule answers fails with a [`TransportError`] of kind
//! [`Invalid`](TransportErrorKind::Invalid), which is not retried and names the request, so a
//! missing script shows up as the test's error.

use std::collections::VecDeque;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;

use crate::http::{
    Headers, Method, Request, Response, StatusCode, Transport, TransportError, TransportErrorKind,
};
use crate::BoxFuture;

/// A scripted [`Transport`]. Clones share the script and the record, so keep one to assert
/// on after handing a clone to the client.
#[derive(Clone, Default)]
pub struct MockTransport {
    state: Arc<Mutex<State>>,
}

#[derive(Default)]
struct State {
    rules: Vec<Rule>,
    requests: Vec<RecordedRequest>,
}

struct Rule {
    matcher: Matcher,
    answers: VecDeque<Answer>,
}

enum Matcher {
    MethodId(String),
    Path(Method, String),
    Any,
}

impl Matcher {
    fn matches(&self, request: &RecordedRequest) -> bool {
        match self {
            Matcher::MethodId(id) => request.method_id == Some(id.as_str()),
            Matcher::Path(method, path) => request.method == *method && request.path() == path,
            Matcher::Any => true,
        }
    }
}

enum Answer {
    Reply(MockReply),
    Fail(TransportErrorKind),
    Hang,
}

/// Adds answers to one rule of a [`MockTransport`]; each is used once, in order.
pub struct Expectation {
    mock: MockTransport,
    rule: usize,
}

impl Expectation {
    fn push(self, answer: Answer) -> Self {
        self.mock.lock().rules[self.rule].answers.push_back(answer);
        self
    }

    /// Answers with `reply`.
    pub fn reply(self, reply: MockReply) -> Self {
        self.push(Answer::Reply(reply))
    }

    /// Fails the exchange with a [`TransportError`] of `kind`: `Connect` for a refused
    /// connection, `Io` for one cut mid-request, `Timeout` for the transport's own limit.
    pub fn fail(self, kind: TransportErrorKind) -> Self {
        self.push(Answer::Fail(kind))
    }

    /// Never answers, so the client's timeout (`ClientBuilder::timeout`,
    /// `CallBuilder::timeout`) ends the attempt with `Error::Timeout`. Without a timeout, the
    /// call waits forever.
    pub fn hang(self) -> Self {
        self.push(Answer::Hang)
    }
}

/// A scripted response.
#[derive(Clone)]
pub struct MockReply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Bytes,
    delay: Option<Duration>,
    /// Why the reply cannot be given: the exchange fails with it instead.
    invalid: Option<String>,
}

impl MockReply {
    /// A `200 OK` with `body` as JSON: a value of a generated crate's own response type
    /// (`types::Album::default().set_title("Trip")`), or a `serde_json::json!` value.
    pub fn ok(body: impl serde::Serialize) -> Self {
        MockReply::json(200, body)
    }

    /// A response with `status` and `body` as JSON. A body that cannot be written as JSON
    /// makes the answer a [`TransportError`] of kind `Invalid`.
    pub fn json(status: u16, body: impl serde::Serialize) -> Self {
        match serde_json::to_vec(&body) {
            Ok(json) => MockReply::bytes(status, json, "application/json; charset=UTF-8"),
            Err(err) => MockReply::status(status).invalid(format!("the JSON body: {err}")),
        }
    }

    /// A response with `status` and no body, e.g. `204`, or a `308` with headers.
    pub fn status(status: u16) -> Self {
        MockReply {
            status,
            headers: Vec::new(),
            body: Bytes::new(),
            delay: None,
            invalid: None,
        }
    }

    /// A response with `status` and `body` of `content_type`.
    pub fn bytes(status: u16, body: impl Into<Bytes>, content_type: &str) -> Self {
        MockReply::status(status)
            .header("content-type", content_type)
            .with_body(body)
    }

    /// Replaces the body.
    pub fn with_body(mut self, body: impl Into<Bytes>) -> Self {
        self.body = body.into();
        self
    }

    /// Adds a header. A name or value that cannot be a header makes the answer a
    /// [`TransportError`] of kind `Invalid`.
    pub fn header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.headers.push((name.to_owned(), value.into()));
        self
    }

    /// Answers after `delay` (on tokio's clock, so a test with paused time does not wait).
    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = Some(delay);
        self
    }

    fn invalid(mut self, why: String) -> Self {
        self.invalid.get_or_insert(why);
        self
    }

    fn into_response(self) -> Result<Response, TransportError> {
        let invalid = |what: String| TransportError::new(TransportErrorKind::Invalid, what);
        if let Some(why) = self.invalid {
            return Err(invalid(format!("scripted reply: {why}")));
        }
        let status = StatusCode::from_u16(self.status)
            .ok_or_else(|| invalid(format!("scripted status {} is not one", self.status)))?;
        let mut headers = Headers::new();
        for (name, value) in self.headers {
            headers
                .append(&name, value)
                .map_err(|err| invalid(format!("scripted reply: {err}")))?;
        }
        Ok(Response::new(status, headers, self.body))
    }
}

impl fmt::Debug for MockReply {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockReply")
            .field("status", &self.status)
            .field("headers", &self.headers)
            .field("body", &String::from_utf8_lossy(&self.body))
            .finish_non_exhaustive()
    }
}

impl MockTransport {
    /// A transport with no answers yet.
    pub fn new() -> Self {
        MockTransport::default()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn rule(&self, matcher: Matcher) -> Expectation {
        let mut state = self.lock();
        state.rules.push(Rule {
            matcher,
            answers: VecDeque::new(),
        });
        Expectation {
            mock: self.clone(),
            rule: state.rules.len() - 1,
        }
    }

    /// Answers the requests of the API method with this Discovery id
    /// (`storage.objects.get`), uploads and downloads of that method included.
    #[must_use = "a rule without answers never answers"]
    pub fn on(&self, method_id: &str) -> Expectation {
        self.rule(Matcher::MethodId(method_id.to_owned()))
    }

    /// Answers requests with this HTTP method and URL path (`/storage/v1/b/x/o`, as sent:
    /// percent-encoded, without the query), whatever made them.
    #[must_use = "a rule without answers never answers"]
    pub fn on_path(&self, method: Method, path: &str) -> Expectation {
        self.rule(Matcher::Path(method, path.to_owned()))
    }

    /// Answers any request, once the rules made before it have no answer for it.
    #[must_use = "a rule without answers never answers"]
    pub fn on_any(&self) -> Expectation {
        self.rule(Matcher::Any)
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.lock().requests.clone()
    }

    /// How many scripted answers were not used, e.g. to check that a test used them all.
    pub fn unused_answers(&self) -> usize {
        self.lock().rules.iter().map(|r| r.answers.len()).sum()
    }
}

impl fmt::Debug for MockTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.lock();
        f.debug_struct("MockTransport")
            .field("rules", &state.rules.len())
            .field("requests", &state.requests.len())
            .finish()
    }
}

impl Transport for MockTransport {
    fn send(&self, request: Request) -> BoxFuture<'static, Result<Response, TransportError>> {
        let mock = self.clone();
        Box::pin(async move {
            let body = request.body.collect().await.map_err(|err| {
                TransportError::with_source(TransportErrorKind::Io, "the request body failed", err)
            })?;
            let recorded = RecordedRequest::new(
                request.method,
                request.url,
                request.method_id,
                &request.headers,
                body,
            );
            let answer = {
                let mut state = mock.lock();
                let answer = state
                    .rules
                    .iter_mut()
                    .filter(|rule| !rule.answers.is_empty())
                    .find(|rule| rule.matcher.matches(&recorded))
                    .and_then(|rule| rule.answers.pop_front());
                let missing = answer.is_none().then(|| recorded.describe());
                state.requests.push(recorded);
                match (answer, missing) {
                    (Some(answer), _) => answer,
                    (None, what) => {
                        return Err(TransportError::new(
                            TransportErrorKind::Invalid,
                            format!(
                                "MockTransport has no answer for {}",
                                what.unwrap_or_default()
                            ),
                        ))
                    }
                }
            };
            match answer {
                Answer::Reply(reply) => {
                    if let Some(delay) = reply.delay {
                        tokio::time::sleep(delay).await;
                    }
                    reply.into_response()
                }
                Answer::Fail(kind) => Err(TransportError::new(kind, "scripted transport failure")),
                Answer::Hang => std::future::pending().await,
            }
        })
    }
}

/// A request as the transport received it, with every sensitive header value (the token, an
/// API key) replaced by `<redacted>`.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct RecordedRequest {
    /// The HTTP method.
    pub method: Method,
    /// The absolute URL, query included.
    pub url: String,
    /// The Discovery id of the method that sent it, if a generated method did.
    pub method_id: Option<&'static str>,
    /// The headers, sensitive values redacted.
    pub headers: Headers,
    /// The whole body.
    pub body: Bytes,
}

impl RecordedRequest {
    fn new(
        method: Method,
        url: String,
        method_id: Option<&'static str>,
        sent: &Headers,
        body: Bytes,
    ) -> Self {
        let mut headers = Headers::new();
        for (name, value, sensitive) in sent.iter_with_sensitivity() {
            let value = if sensitive { "<redacted>" } else { value };
            // Copied from headers that were valid already.
            let _ = headers.append(name, value);
        }
        RecordedRequest {
            method,
            url,
            method_id,
            headers,
            body,
        }
    }

    fn describe(&self) -> String {
        match self.method_id {
            Some(id) => format!("{} {} ({id})", self.method, self.url),
            None => format!("{} {}", self.method, self.url),
        }
    }

    /// The URL's path, percent-encoded as sent.
    pub fn path(&self) -> &str {
        let after_scheme = self
            .url
            .split_once("://")
            .map_or(&*self.url, |(_, rest)| rest);
        let path = after_scheme
            .find('/')
            .map_or("/", |start| &after_scheme[start..]);
        path.split(['?', '#']).next().unwrap_or("/")
    }

    /// The query parameters, decoded, in order.
    pub fn query(&self) -> Vec<(String, String)> {
        url::Url::parse(&self.url)
            .map(|url| url.query_pairs().into_owned().collect())
            .unwrap_or_default()
    }

    /// The first value of the query parameter `name`, decoded.
    pub fn query_value(&self, name: &str) -> Option<String> {
        self.query()
            .into_iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
    }

    /// The first value of the header `name` (any case); `<redacted>` for a sensitive one.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name)
    }

    /// Whether the request carried an `Authorization` header.
    pub fn is_authorized(&self) -> bool {
        self.headers.contains("authorization")
    }

    /// The body as JSON, if it is JSON.
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

/// A clock that moves only when told, for tests of [`RateLimit`](crate::retry::RateLimit)
/// (`RateLimit::with_clock`): a test's sleeper advances it by each wait, so a run of calls
/// under a limit takes no real time, and [`elapsed`](Self::elapsed) says when each went.
#[derive(Clone, Debug, Default)]
pub struct ManualClock {
    clock: governor::clock::FakeRelativeClock,
}

impl ManualClock {
    pub fn new() -> Self {
        ManualClock::default()
    }

    /// Moves the clock on by `by`.
    pub fn advance(&self, by: Duration) {
        self.clock.advance(by);
    }

    /// How far the clock has moved since it was made.
    pub fn elapsed(&self) -> Duration {
        use governor::clock::Clock;
        self.clock.now().into()
    }

    pub(crate) fn fake(&self) -> governor::clock::FakeRelativeClock {
        self.clock.clone()
    }
}
