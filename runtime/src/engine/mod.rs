//! The engine every request of a client goes through: the client's settings, one exchange
//! with the transport per attempt (`Engine::send_once`), and the one retry loop around the
//! attempts (`retry_loop.rs`). Generated methods, the media and batch protocols and
//! hand-written modules ([`RawRequest`]) all send through it.

use std::fmt;
use std::pin::pin;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use tracing::{Instrument as _, Span};

use within::Within;

use crate::api::ApiInfo;
use crate::auth::TokenCache;
use crate::error::ApiError;
use crate::http::{Headers, Method, Request, Response, StatusCode, Transport};
use crate::retry::{parse_retry_after, RateLimit, RetryPolicy, SharedSleeper};
use crate::{trace, BoxFuture, Error};

mod prepared;
mod raw;
mod retry_loop;
mod within;

pub(crate) use prepared::{Payload, Prepared};
pub use raw::RawRequest;
pub(crate) use retry_loop::{never_sent, retry_loop, Repeat};
pub use retry_loop::{Attempt, AttemptError};

/// Error bodies are read for diagnosis only; a misbehaving server must not make us buffer
/// an unbounded amount.
const ERROR_BODY_LIMIT: usize = 64 * 1024;

/// The request path a client and all its clones share: its transport, token cache, retry
/// policy, rate limit and the API's URLs. Cheap to clone.
///
/// Generated methods send through it; hand-written code that speaks a protocol no method
/// describes (an upload protocol, a URL the API handed out) sends through it too, with
/// [`request`](Self::request), and so gets the client's authentication, retries, rate
/// limit, tracing and test transport. A generated `Client` gives it out with `engine()`.
#[derive(Clone)]
pub struct Engine {
    settings: Arc<Settings>,
}

/// What [`ClientBuilder`](crate::ClientBuilder) resolved.
pub(crate) struct Settings {
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
    pub(crate) rate_limit: Option<RateLimit>,
    /// Whether attempts' spans record the expanded URL (`url.full`).
    pub(crate) full_urls: bool,
    #[cfg(feature = "opentelemetry")]
    pub(crate) metrics: trace::otel::Metrics,
}

impl fmt::Debug for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let settings = &*self.settings;
        f.debug_struct("Engine")
            .field("api", &settings.api.id)
            .field("base_url", &settings.base_url)
            .field("authenticated", &settings.auth.is_some())
            .field("api_key", &settings.headers.contains("x-goog-api-key"))
            .field("retry", &settings.retry)
            .field("timeout", &settings.timeout)
            .finish_non_exhaustive()
    }
}

/// Whether an attempt carries an access token, and for which scopes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Token {
    None,
    /// A token for these scopes (for none in particular when empty), when the client has a
    /// token provider.
    For(&'static [&'static str]),
}

/// How much of an answer an attempt reads within its time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Read {
    /// The status and headers; the body is the caller's to read.
    Head,
    /// The whole body too, so that a body cut short fails the attempt.
    Whole,
}

/// Whether an answer with a status other than 2xx is still an answer, not an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Accept {
    Success,
    /// `308` too: an upload session's "resume incomplete".
    SuccessOrIncomplete,
}

impl Engine {
    pub(crate) fn new(settings: Settings) -> Self {
        Engine {
            settings: Arc::new(settings),
        }
    }

    pub(crate) fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The Discovery id of the API, e.g. `photoslibrary:v1`.
    pub fn api_id(&self) -> &'static str {
        self.settings.api.id
    }

    pub(crate) fn api(&self) -> &'static ApiInfo {
        self.settings.api
    }

    /// The root URL requests go to, ending in `/`: the builder's base URL, else the API's
    /// (in the client's universe), without the service path. Where protocols that no method
    /// describes (an upload endpoint) live.
    pub fn root_url(&self) -> &str {
        &self.settings.root_url
    }

    /// The root URL plus the service path, which method paths are relative to.
    pub fn base_url(&self) -> &str {
        &self.settings.base_url
    }

    /// The client's retry policy.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.settings.retry
    }

    /// The client's timeout of one attempt, if it set one.
    pub fn timeout(&self) -> Option<Duration> {
        self.settings.timeout
    }

    /// Waits `duration` on the client's clock: the tokio timer, unless the builder was given
    /// another [`Sleeper`](crate::retry::Sleeper) (a test's).
    pub fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        self.settings.sleeper.0.sleep(duration)
    }

    /// A request no generated method describes, to `url`: absolute, or relative to the
    /// [`root_url`](Self::root_url). See [`RawRequest`].
    pub fn request(&self, method: Method, url: impl AsRef<str>) -> RawRequest {
        RawRequest::new(self.clone(), method, url.as_ref())
    }

    /// One attempt: waits for the rate limit's turn, then, within the attempt's time, gets the `token`
    /// (none when the client has no token provider), adds the client's headers, sends
    /// `request` through the transport and reads what `read` says. A status `accept` does not
    /// take is [`Error::Api`], with the body read (up to a limit).
    pub(crate) async fn send_once(
        &self,
        mut request: Request,
        token: Token,
        accept: Accept,
        attempt: &Attempt,
        read: Read,
    ) -> Result<Response, Error> {
        request.headers.add_defaults(&self.settings.headers);
        let settings = &*self.settings;
        let span = trace::attempt_span(&request, attempt.number(), settings.full_urls);
        // Where the attempt goes, for its span when a subscriber wants it and for the duration
        // metric: worked out once, and not at all when neither is there.
        let target = (cfg!(feature = "opentelemetry") || !span.is_disabled())
            .then(|| trace::Target::of(&request, settings.api.service_path));
        if let Some(target) = &target {
            trace::record_target(&span, target);
        }
        #[cfg(feature = "opentelemetry")]
        trace::otel::propagate(&span, &mut request.headers);
        self.admit().instrument(span.clone()).await;
        // The clock is read only for what will report the attempt's duration.
        let started =
            (target.is_some() || tracing::enabled!(tracing::Level::DEBUG)).then(Instant::now);
        let result = self
            .exchange(request, token, accept, attempt, read, &span)
            .await;
        let status = match &result {
            Ok(response) => Some(response.status),
            Err(err) => err.status(),
        };
        let error_type = match (&target, &result) {
            (Some(_), Err(err)) => Some(trace::error_type(err)),
            _ => None,
        };
        trace::record_attempt(&span, status, error_type.as_deref());
        #[cfg(feature = "opentelemetry")]
        if let (Some(target), Some(started)) = (&target, started) {
            let elapsed = started.elapsed();
            settings
                .metrics
                .record(elapsed, target, status, error_type.as_deref());
        }
        tracing::debug!(
            parent: &span,
            http.response.status_code = status.map(StatusCode::as_u16),
            latency_ms = started.map(|s| s.elapsed().as_millis() as u64),
            "attempt finished"
        );
        result
    }

    /// Waits until the client's rate limit lets the next request go; before the attempt's
    /// timeout starts, so that waiting for a turn never times an attempt out.
    async fn admit(&self) {
        if let Some(limit) = &self.settings.rate_limit {
            while let Err(wait) = limit.check() {
                self.sleep(wait).await;
            }
        }
    }

    /// Sends `request` with its token and reads the answer as far as `read` says, each step
    /// inside `span` and all within the attempt's time.
    async fn exchange(
        &self,
        mut request: Request,
        token: Token,
        accept: Accept,
        attempt: &Attempt,
        read: Read,
        span: &Span,
    ) -> Result<Response, Error> {
        let limit = attempt.timeout();
        let sleep = pin!(limit.map(tokio::time::sleep));
        let mut within = Within::new(span, limit, sleep);
        if let (Some(cache), Token::For(scopes)) = (&self.settings.auth, token) {
            let (access, serial) = within.step(pin!(cache.get(scopes))).await??;
            access.authorize(&mut request.headers)?;
            attempt.carried_token(serial);
        }
        let response = within
            .step(self.settings.transport.send(request))
            .await?
            .map_err(Error::Transport)?;
        let status = response.status;
        let incomplete =
            accept == Accept::SuccessOrIncomplete && status == StatusCode::PERMANENT_REDIRECT;
        if !status.is_success() && !incomplete {
            // Boxed, as the rarer path: its state would otherwise widen every attempt's.
            let scopes = match token {
                Token::For(scopes) => scopes,
                Token::None => &[],
            };
            return Err(within.step(Box::pin(api_error(response, scopes))).await?);
        }
        match read {
            Read::Head => Ok(response),
            Read::Whole => {
                let body = within
                    .step(pin!(response.body.bytes()))
                    .await?
                    .map_err(Error::Transport)?;
                Ok(Response::new(response.status, response.headers, body))
            }
        }
    }
}

/// The error for a non-success response to a call made for `scopes`.
async fn api_error(response: Response, scopes: &'static [&'static str]) -> Error {
    let retry_after = response
        .headers
        .get("retry-after")
        .and_then(|v| parse_retry_after(v, SystemTime::now()));
    // A body cut short still leaves a useful status; keep what arrived.
    let body = response.body.bytes_limited(ERROR_BODY_LIMIT).await;
    let authenticate = response.headers.get("www-authenticate");
    Error::Api(Box::new(
        ApiError::from_response(response.status, retry_after, body)
            .with_authenticate(authenticate, scopes),
    ))
}
