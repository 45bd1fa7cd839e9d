//! The shared client core: configuration, and every request's way through the transport.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;
use tracing::Instrument;

use super::auth::TokenCache;
use super::call::CallParts;
use super::error::ApiError;
use super::http::{Body, Headers, Request, Response, StatusCode, Transport};
use super::request::{prepare, Prepared};
use super::retry::{parse_retry_after, SharedSleeper};
use super::{
    ApiInfo, BoxFuture, Download, Error, MethodInfo, ResponseFuture, Retrier, RetryPolicy,
};

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
    pub(crate) transport: Arc<dyn Transport>,
    pub(crate) auth: Option<TokenCache>,
    /// What every request carries: user agent, `x-goog-api-client`, and the API key
    /// (sensitive) and quota project when set.
    pub(crate) headers: Headers,
    pub(crate) retry: RetryPolicy,
    pub(crate) timeout: Option<Duration>,
    pub(crate) sleeper: SharedSleeper,
    pub(crate) rate_limit: Option<crate::RateLimit>,
}

impl fmt::Debug for Core {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &*self.inner;
        f.debug_struct("Core")
            .field("api", &inner.api.id)
            .field("base_url", &inner.base_url)
            .field("authenticated", &inner.auth.is_some())
            .field("api_key", &inner.headers.contains("x-goog-api-key"))
            .field("retry", &inner.retry)
            .field("timeout", &inner.timeout)
            .finish_non_exhaustive()
    }
}

pub(crate) enum Outcome {
    Body(StatusCode, Bytes),
    Stream(Response),
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

    /// The retry driver for a request that no generated method describes, under the
    /// client's policy: `idempotent` says whether repeating it is harmless, `scopes` which
    /// token a 401 refreshes.
    pub fn retrier(&self, idempotent: bool, scopes: &'static [&'static str]) -> Retrier {
        Retrier::new(self, self.inner.retry.clone(), idempotent, scopes)
    }

    /// Sends a request that no generated method describes (e.g. an upload protocol), once,
    /// through the client's transport.
    ///
    /// Adds the client's headers (user agent, `x-goog-api-client`, API key, quota project)
    /// and, when the client has a token provider and `scopes` is not empty, a token for
    /// `scopes` in a sensitive `Authorization` header. `timeout` bounds getting the response
    /// headers. A non-success status becomes [`Error::Api`]; on success the response is
    /// returned with its body unread. Repeat it with [`retrier`](Self::retrier).
    pub fn send_raw(
        &self,
        mut request: Request,
        scopes: &'static [&'static str],
        timeout: Option<Duration>,
    ) -> BoxFuture<'static, Result<Response, Error>> {
        let core = self.clone();
        Box::pin(async move {
            let mut headers = core.inner.headers.clone();
            headers.extend_from(&request.headers);
            request.headers = headers;
            let method = request.method;
            let scopes = (!scopes.is_empty()).then_some(scopes);
            core.admit().await;
            let response = within(timeout, core.exchange(request, scopes, false)).await?;
            tracing::debug!(
                %method,
                status = response.status.as_u16(),
                "raw request finished"
            );
            Ok(response)
        })
    }

    /// Runs a call and returns the status and body of its answer: every `send()`.
    /// Non-generic and boxed so that each response type adds only its decoding code.
    pub(crate) fn execute_buffered(
        &self,
        call: CallParts,
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
                        let status = response.status;
                        let body = response.body.bytes().await.map_err(Error::Transport)?;
                        Ok((status, body))
                    }
                }
            }
            .instrument(span),
        )
    }

    /// Runs a call with `alt=media` and returns the response without reading its body, for
    /// media downloads. Retries cover getting the response headers only.
    pub(crate) fn execute_download(&self, call: CallParts) -> ResponseFuture<Download> {
        let core = self.clone();
        let span = call_span(call.method);
        Box::pin(
            async move {
                let prepared = prepare(&core.inner, call, "media")?;
                let again = prepared.clone();
                match core.run(prepared, true).await? {
                    Outcome::Stream(response) => {
                        Ok(Download::from_response(response).resumable(core.clone(), again))
                    }
                    Outcome::Body(status, body) => Ok(Download::from_response(Response::new(
                        status,
                        Headers::new(),
                        body,
                    ))),
                }
            }
            .instrument(span),
        )
    }

    /// Sends `prepared` until it succeeds, fails for good, or the retry policy gives up.
    pub(crate) async fn run(&self, prepared: Prepared, streaming: bool) -> Result<Outcome, Error> {
        let span = tracing::Span::current();
        let mut retry = Retrier::new(
            self,
            prepared.retry.clone(),
            prepared.idempotent,
            prepared.info.scopes,
        );
        loop {
            let attempt = retry.attempt();
            span.record("attempt", attempt);
            let started = Instant::now();
            let result = self.attempt(&prepared, streaming).await;
            let latency_ms = started.elapsed().as_millis() as u64;
            let status = match &result {
                Ok(Outcome::Body(status, _)) => Some(status.as_u16()),
                Ok(Outcome::Stream(response)) => Some(response.status.as_u16()),
                Err(err) => err.status().map(StatusCode::as_u16),
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
            match result {
                Ok(outcome) => return Ok(outcome),
                Err(err) if retry.again(&err).await => continue,
                Err(err) => return Err(err),
            }
        }
    }

    /// One attempt, including getting the token, bounded by the timeout (which covers
    /// reading the body unless `streaming`).
    pub(crate) async fn attempt(
        &self,
        prepared: &Prepared,
        streaming: bool,
    ) -> Result<Outcome, Error> {
        let request = Request {
            method: prepared.method,
            url: prepared.url.clone(),
            headers: prepared.headers.clone(),
            body: prepared.body.clone().map_or_else(Body::empty, Body::from),
            method_id: Some(prepared.info.id),
        };
        self.admit().await;
        let exchange = async {
            let response = self
                .exchange(request, Some(prepared.info.scopes), prepared.incomplete_ok)
                .await?;
            if streaming {
                return Ok(Outcome::Stream(response));
            }
            let body = response.body.bytes().await.map_err(Error::Transport)?;
            Ok(Outcome::Body(response.status, body))
        };
        within(prepared.timeout, exchange).await
    }

    /// Waits until the client's rate limit lets the next request go; before the attempt's
    /// timeout starts, so that waiting for a turn never times an attempt out.
    async fn admit(&self) {
        if let Some(limit) = &self.inner.rate_limit {
            while let Err(wait) = limit.check() {
                self.sleep(wait).await;
            }
        }
    }

    /// Authorizes `request` with a token for `scopes` (none when `None`) and sends it
    /// through the transport; a non-success status (but `308` when `incomplete_ok`, an
    /// upload session's "go on") is [`Error::Api`].
    async fn exchange(
        &self,
        mut request: Request,
        scopes: Option<&'static [&'static str]>,
        incomplete_ok: bool,
    ) -> Result<Response, Error> {
        if let (Some(cache), Some(scopes)) = (&self.inner.auth, scopes) {
            cache.get(scopes).await?.authorize(&mut request.headers)?;
        }
        let response = self
            .inner
            .transport
            .send(request)
            .await
            .map_err(Error::Transport)?;
        let status = response.status;
        let incomplete = incomplete_ok && status == StatusCode::PERMANENT_REDIRECT;
        if !status.is_success() && !incomplete {
            return Err(api_error(response).await);
        }
        Ok(response)
    }
}

/// `work`, failing with [`Error::Timeout`] when `limit` passes first.
async fn within<T>(
    limit: Option<Duration>,
    work: impl std::future::Future<Output = Result<T, Error>>,
) -> Result<T, Error> {
    match limit {
        Some(limit) => tokio::time::timeout(limit, work)
            .await
            .unwrap_or(Err(Error::Timeout(limit))),
        None => work.await,
    }
}

/// The error for a non-success response.
pub(crate) async fn api_error(response: Response) -> Error {
    let retry_after = response
        .headers
        .get("retry-after")
        .and_then(|v| parse_retry_after(v, SystemTime::now()));
    // A body cut short still leaves a useful status; keep what arrived.
    let body = response.body.bytes_limited(ERROR_BODY_LIMIT).await;
    Error::Api(Box::new(ApiError::from_response(
        response.status,
        retry_after,
        body,
    )))
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
