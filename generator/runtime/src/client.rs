//! The shared client core: configuration, request assembly and the attempt/retry loop.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use ::serde::de::DeserializeOwned;
use bytes::{Bytes, BytesMut};
use reqwest::header::{HeaderValue, AUTHORIZATION, RETRY_AFTER};
use reqwest::StatusCode;
use tracing::Instrument;

use super::auth::TokenCache;
use super::error::{decode_error, ApiError};
use super::request::{client_headers, prepare, Prepared};
use super::retry::{parse_retry_after, SharedSleeper};
use super::{ApiInfo, BoxFuture, Call, Download, Error, MethodInfo, ResponseFuture, RetryPolicy};

/// Error bodies are read for diagnosis only; a misbehaving server must not make us buffer
/// an unbounded amount.
const ERROR_BODY_LIMIT: usize = 64 * 1024;

/// The handle every generated client and request builder holds. Cheap to clone.
#[derive(Clone)]
pub struct Core {
    pub(crate) inner: Arc<Inner>,
}

/// Settings resolved by [`ClientBuilder`](super::ClientBuilder).
pub(crate) struct Inner {
    pub(crate) api: &'static ApiInfo,
    pub(crate) root_url: String,
    pub(crate) base_url: String,
    pub(crate) upload_base_url: String,
    pub(crate) http: reqwest::Client,
    pub(crate) auth: Option<TokenCache>,
    pub(crate) api_key: Option<HeaderValue>,
    pub(crate) quota_project: Option<HeaderValue>,
    pub(crate) user_agent: HeaderValue,
    pub(crate) api_client: HeaderValue,
    pub(crate) retry: RetryPolicy,
    pub(crate) timeout: Option<Duration>,
    pub(crate) sleeper: SharedSleeper,
}

impl fmt::Debug for Core {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &*self.inner;
        f.debug_struct("Core")
            .field("api", &inner.api.id)
            .field("base_url", &inner.base_url)
            .field("authenticated", &inner.auth.is_some())
            .field("api_key", &inner.api_key.is_some())
            .field("retry", &inner.retry)
            .field("timeout", &inner.timeout)
            .finish_non_exhaustive()
    }
}

pub(crate) enum Outcome {
    Body(StatusCode, Bytes),
    Stream(reqwest::Response),
}

impl Outcome {
    fn status(&self) -> StatusCode {
        match self {
            Outcome::Body(status, _) => *status,
            Outcome::Stream(response) => response.status(),
        }
    }
}

impl Core {
    pub(crate) fn new(inner: Inner) -> Self {
        Core {
            inner: Arc::new(inner),
        }
    }

    /// The API this client talks to.
    pub fn api(&self) -> &'static ApiInfo {
        self.inner.api
    }

    /// Root URL plus service path that method paths are appended to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// Root URL (the builder's base URL, else the API's), ending in `/`, without the service
    /// path: where requests no generated method describes, such as upload protocols, go.
    pub fn root_url(&self) -> &str {
        &self.inner.root_url
    }

    /// The client's retry policy.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    /// The client's per-attempt timeout, if one is set.
    pub fn timeout(&self) -> Option<Duration> {
        self.inner.timeout
    }

    /// Waits `duration` with the client's [`Sleeper`](super::Sleeper) (the tokio timer unless
    /// a test replaced it).
    pub fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        self.inner.sleeper.0.sleep(duration)
    }

    /// Sends a request that no generated method describes (e.g. an upload protocol), once.
    ///
    /// Adds the client's headers (user agent, `x-goog-api-client`, API key, quota project)
    /// and, when the client has a token provider and `scopes` is not empty, a token for
    /// `scopes` in a sensitive `Authorization` header. Nothing is retried and no timeout
    /// applies beyond the request's own ([`reqwest::Request::timeout_mut`]). A non-success
    /// status becomes [`Error::Api`] (a 401 also drops the cached token); on success the
    /// response is returned with its body unread.
    pub fn send_raw(
        &self,
        mut request: reqwest::Request,
        scopes: &'static [&'static str],
    ) -> BoxFuture<'static, Result<reqwest::Response, Error>> {
        let core = self.clone();
        Box::pin(async move {
            let inner = &*core.inner;
            let headers = request.headers_mut();
            client_headers(inner, headers);
            let auth = inner.auth.as_ref().filter(|_| !scopes.is_empty());
            if let Some(cache) = auth {
                let token = cache.get(scopes).await?;
                headers.insert(AUTHORIZATION, token.header_value()?);
            }
            let method = request.method().clone();
            let response = inner
                .http
                .execute(request)
                .await
                .map_err(Error::Transport)?;
            let status = response.status();
            tracing::debug!(%method, status = status.as_u16(), "raw request finished");
            if status.is_success() {
                return Ok(response);
            }
            if let (StatusCode::UNAUTHORIZED, Some(cache)) = (status, auth) {
                cache.invalidate(scopes).await;
            }
            Err(api_error(response).await)
        })
    }

    /// Executes `call` and decodes the JSON response into `T`: the future of every generated
    /// `send()`. An empty response body decodes as `{}`.
    ///
    /// Not an `async fn` of each method: the request runs in one non-generic future, and each
    /// response type adds only a future that decodes it.
    pub fn execute<T: DeserializeOwned + Send + 'static>(&self, call: Call) -> ResponseFuture<T> {
        let response = self.execute_buffered(call);
        Box::pin(async move {
            let (status, body) = response.await?;
            decode_json(status, &body)
        })
    }

    /// Executes `call` for a method without a response body, discarding what comes back.
    pub fn execute_empty(&self, call: Call) -> ResponseFuture<()> {
        let response = self.execute_buffered(call);
        Box::pin(async move { response.await.map(drop) })
    }

    /// Executes `call` with `alt=media` and returns the response without reading its body,
    /// for media downloads. Retries cover getting the response headers only.
    pub fn execute_download(&self, call: Call) -> ResponseFuture<Download> {
        let core = self.clone();
        let span = call_span(call.method);
        Box::pin(
            async move {
                let prepared = prepare(&core.inner, call, "media")?;
                match core.run(prepared, true).await? {
                    Outcome::Stream(response) => Ok(Download::new(response)),
                    // Not produced in streaming mode; handled rather than assumed away.
                    Outcome::Body(status, body) => Err(Error::InvalidArgument(format!(
                        "unexpected buffered download (HTTP {status}, {} bytes)",
                        body.len()
                    ))),
                }
            }
            .instrument(span),
        )
    }

    /// Non-generic and boxed so that each response type adds only its decoding code.
    fn execute_buffered(
        &self,
        call: Call,
    ) -> BoxFuture<'static, Result<(StatusCode, Bytes), Error>> {
        let core = self.clone();
        let span = call_span(call.method);
        Box::pin(
            async move {
                if call.resumable {
                    return super::media::upload_resumable(&core, call).await;
                }
                let prepared = prepare(&core.inner, call, "json")?;
                match core.run(prepared, false).await? {
                    Outcome::Body(status, body) => Ok((status, body)),
                    Outcome::Stream(response) => {
                        let status = response.status();
                        let body = response.bytes().await.map_err(Error::Transport)?;
                        Ok((status, body))
                    }
                }
            }
            .instrument(span),
        )
    }

    /// Sends `prepared` until it succeeds, fails for good, or the retry policy gives up.
    pub(crate) async fn run(&self, prepared: Prepared, streaming: bool) -> Result<Outcome, Error> {
        let span = tracing::Span::current();
        let policy = &prepared.retry;
        let started = Instant::now();
        let mut attempt = 0_u32;
        let mut failures = 0_u32;
        let mut refreshed = false;
        loop {
            attempt += 1;
            span.record("attempt", attempt);
            let attempt_started = Instant::now();
            let result = self.attempt(&prepared, streaming).await;
            let latency_ms = attempt_started.elapsed().as_millis() as u64;
            let status = match &result {
                Ok(outcome) => Some(outcome.status().as_u16()),
                Err(err) => err.status().map(|s| s.as_u16()),
            };
            span.record("status", status);
            span.record("latency_ms", latency_ms);
            tracing::debug!(
                attempt,
                status,
                latency_ms,
                ok = result.is_ok(),
                "attempt finished"
            );

            let err = match result {
                Ok(outcome) => return Ok(outcome),
                Err(err) => err,
            };
            if err.status() == Some(StatusCode::UNAUTHORIZED) && !refreshed {
                if let Some(cache) = &self.inner.auth {
                    refreshed = true;
                    if cache.invalidate(prepared.info.scopes).await {
                        tracing::debug!(attempt, "token rejected; retrying once with a new token");
                        continue;
                    }
                }
            }
            failures += 1;
            let safe = prepared.idempotent || policy.retries_non_idempotent() || never_sent(&err);
            if !err.is_retryable() || !safe || attempt >= policy.attempts() {
                return Err(err);
            }
            let mut delay = policy.backoff(failures, fastrand::f64());
            if let Some(requested) = err.retry_delay() {
                delay = delay.max(requested);
            }
            if let Some(limit) = policy.elapsed_limit() {
                if started.elapsed().saturating_add(delay) > limit {
                    tracing::debug!(attempt, "retry budget exhausted");
                    return Err(err);
                }
            }
            tracing::debug!(
                attempt,
                delay_ms = delay.as_millis() as u64,
                error = %err,
                "retrying"
            );
            self.inner.sleeper.0.sleep(delay).await;
        }
    }

    /// One attempt, including getting the token, bounded by the timeout.
    async fn attempt(&self, prepared: &Prepared, streaming: bool) -> Result<Outcome, Error> {
        let exchange = async {
            let mut request = self
                .inner
                .http
                .request(prepared.method.clone(), prepared.url.clone())
                .headers(prepared.headers.clone());
            if let Some(cache) = &self.inner.auth {
                let token = cache.get(prepared.info.scopes).await?;
                request = request.header(AUTHORIZATION, token.header_value()?);
            }
            if let Some(body) = &prepared.body {
                request = request.body(body.clone());
            }
            let response = request.send().await.map_err(Error::Transport)?;
            let status = response.status();
            // 308 is how an upload session says "go on"; only the session's requests ask.
            let incomplete = prepared.incomplete_ok && status == StatusCode::PERMANENT_REDIRECT;
            if !status.is_success() && !incomplete {
                return Err(api_error(response).await);
            }
            if streaming {
                return Ok(Outcome::Stream(response));
            }
            let body = response.bytes().await.map_err(Error::Transport)?;
            Ok(Outcome::Body(status, body))
        };
        match prepared.timeout {
            Some(limit) => tokio::time::timeout(limit, exchange)
                .await
                .unwrap_or(Err(Error::Timeout(limit))),
            None => exchange.await,
        }
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

/// The error for a non-success response.
async fn api_error(response: reqwest::Response) -> Error {
    let status = response.status();
    let retry_after = response
        .headers()
        .get(RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| parse_retry_after(v, SystemTime::now()));
    // A body cut short still leaves a useful status; keep what arrived.
    let body = read_limited(response, ERROR_BODY_LIMIT).await;
    Error::Api(Box::new(ApiError::from_response(status, retry_after, body)))
}

async fn read_limited(mut response: reqwest::Response, limit: usize) -> Bytes {
    let mut body = BytesMut::new();
    while let Ok(Some(chunk)) = response.chunk().await {
        let room = limit - body.len();
        body.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if body.len() >= limit {
            break;
        }
    }
    body.freeze()
}

fn call_span(info: &MethodInfo) -> tracing::Span {
    tracing::info_span!(
        "google_api_call",
        method = info.id,
        http_method = info.http_method.as_str(),
        attempt = tracing::field::Empty,
        status = tracing::field::Empty,
        latency_ms = tracing::field::Empty,
    )
}

/// The only generic step of a call: decoding `T`. The failure path is shared.
fn decode_json<T: DeserializeOwned>(status: StatusCode, body: &[u8]) -> Result<T, Error> {
    let body = if body.iter().all(u8::is_ascii_whitespace) {
        &b"{}"[..]
    } else {
        body
    };
    // `T` is decoded once, by serde_json alone: where it failed is found from the error's
    // position in the text (`json_path`), not by decoding again through a path-tracking
    // wrapper, which would compile every response type's `Deserialize` a second time.
    serde_json::from_slice(body).map_err(|err| decode_error(status, body, &err))
}
