//! The shared client core: configuration, request assembly and the attempt/retry loop.

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use ::serde::de::DeserializeOwned;
use bytes::{Bytes, BytesMut};
use reqwest::header::{
    HeaderMap, HeaderName, HeaderValue, AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, RETRY_AFTER,
    USER_AGENT,
};
use reqwest::{StatusCode, Url};
use tracing::Instrument;

use super::auth::{TokenCache, TokenProvider};
use super::call::Body;
use super::error::{decode_error, ApiError};
use super::media::{check_media, multipart_related};
use super::retry::{parse_retry_after, SharedSleeper};
use super::{
    path, ApiInfo, BoxFuture, Call, Download, Error, HttpMethod, MethodInfo, PathPart, RetryPolicy,
    Sleeper, TokioSleeper,
};

/// Error bodies are read for diagnosis only; a misbehaving server must not make us buffer
/// an unbounded amount.
const ERROR_BODY_LIMIT: usize = 64 * 1024;

/// Query parameters the runtime controls itself or refuses because they would put a
/// credential into the URL.
const RESERVED_PARAMS: &[(&str, &str)] = &[
    (
        "access_token",
        "tokens are only sent in the Authorization header",
    ),
    (
        "oauth_token",
        "tokens are only sent in the Authorization header",
    ),
    (
        "key",
        "use ClientBuilder::api_key, which sends the key in a header",
    ),
    ("alt", "the response format is chosen by the runtime"),
    ("callback", "JSONP responses are not supported"),
];

/// Builds a generated client type `C` (anything constructible from a [`Core`]).
///
/// ```ignore
/// let client = Client::builder()
///     .token_provider(rt::auth::StaticToken::new(token))
///     .timeout(Duration::from_secs(30))
///     .build()?;
/// ```
pub struct ClientBuilder<C> {
    api: &'static ApiInfo,
    base_url: Option<String>,
    token_provider: Option<Arc<dyn TokenProvider>>,
    http: Option<reqwest::Client>,
    retry: RetryPolicy,
    timeout: Option<Duration>,
    user_agent: Option<String>,
    api_key: Option<String>,
    quota_project: Option<String>,
    sleeper: Option<Arc<dyn Sleeper>>,
    client: PhantomData<fn() -> C>,
}

impl<C> ClientBuilder<C> {
    /// A builder for the API described by `api`, with default settings: no authentication,
    /// [`RetryPolicy::default`], no timeout and a new `reqwest` client.
    pub fn new(api: &'static ApiInfo) -> Self {
        ClientBuilder {
            api,
            base_url: None,
            token_provider: None,
            http: None,
            retry: RetryPolicy::default(),
            timeout: None,
            user_agent: None,
            api_key: None,
            quota_project: None,
            sleeper: None,
            client: PhantomData,
        }
    }

    /// Replaces the API's root URL (e.g. with an emulator's or a test server's,
    /// `http://127.0.0.1:8080/`); the service path is still appended.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Where access tokens come from. Without one, requests are sent unauthenticated.
    pub fn token_provider(mut self, provider: impl TokenProvider) -> Self {
        self.token_provider = Some(Arc::new(provider));
        self
    }

    /// An API key, sent in the `x-goog-api-key` header (never in the URL).
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// Bills quota to this project (`x-goog-user-project` header).
    pub fn quota_project(mut self, project: impl Into<String>) -> Self {
        self.quota_project = Some(project.into());
        self
    }

    /// Sends requests through an existing `reqwest` client, sharing its connection pool,
    /// proxy and TLS settings.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// The retry policy for every call that does not set its own.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Limits each attempt of every call (connecting, sending and reading the response)
    /// unless the call sets its own timeout.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Prepended to the `User-Agent` header, which always ends with `<crate>/<version>`.
    pub fn user_agent(mut self, product: impl Into<String>) -> Self {
        self.user_agent = Some(product.into());
        self
    }

    /// How to wait between retries; the default is the tokio timer. Meant for tests that
    /// must not wait for real.
    pub fn sleeper(mut self, sleeper: impl Sleeper) -> Self {
        self.sleeper = Some(Arc::new(sleeper));
        self
    }
}

impl<C: From<Core>> ClientBuilder<C> {
    /// Builds the client. Fails on an unusable base URL, user agent or API key, or when the
    /// default HTTP client cannot be created.
    pub fn build(self) -> Result<C, Error> {
        let root = root_url(self.base_url.as_deref().unwrap_or(self.api.root_url))?;
        let service_path = self.api.service_path.trim_start_matches('/');
        let http = match self.http {
            Some(client) => client,
            None => reqwest::Client::builder()
                .connect_timeout(Duration::from_secs(20))
                .tcp_keepalive(Duration::from_secs(60))
                .build()
                .map_err(Error::Transport)?,
        };
        let product = format!("{}/{}", self.api.crate_name, self.api.crate_version);
        let user_agent = match self.user_agent {
            Some(prefix) => format!("{prefix} {product}"),
            None => product,
        };
        let header = |value: String, what: &str, sensitive: bool| {
            let mut value = HeaderValue::try_from(value).map_err(|_| {
                Error::InvalidArgument(format!("{what} is not a valid header value"))
            })?;
            value.set_sensitive(sensitive);
            Ok::<_, Error>(value)
        };
        let inner = Inner {
            api: self.api,
            base_url: format!("{root}{service_path}"),
            upload_base_url: format!("{root}upload/{service_path}"),
            root_url: root,
            http,
            auth: self.token_provider.map(TokenCache::new),
            api_key: self
                .api_key
                .map(|k| header(k, "API key", true))
                .transpose()?,
            quota_project: self
                .quota_project
                .map(|p| header(p, "quota project", false))
                .transpose()?,
            user_agent: header(user_agent, "user agent", false)?,
            api_client: header(
                format!("gdcl/{}", self.api.crate_version),
                "crate version",
                false,
            )?,
            retry: self.retry,
            timeout: self.timeout,
            sleeper: SharedSleeper(self.sleeper.unwrap_or_else(|| Arc::new(TokioSleeper))),
        };
        Ok(C::from(Core {
            inner: Arc::new(inner),
        }))
    }
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("api", &self.api.id)
            .field("base_url", &self.base_url)
            .field("token_provider", &self.token_provider.is_some())
            .field("api_key", &self.api_key.is_some())
            .field("retry", &self.retry)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

/// Checks a root URL and gives it the trailing `/` that paths are appended to.
fn root_url(url: &str) -> Result<String, Error> {
    let bad = |why: &str| Err(Error::InvalidArgument(format!("base URL {url:?} {why}")));
    let parsed = match Url::parse(url) {
        Ok(parsed) => parsed,
        Err(_) => return bad("is not a valid URL"),
    };
    if !matches!(parsed.scheme(), "http" | "https") {
        return bad("must use http or https");
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return bad("must not have a query or fragment");
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return bad("must not contain credentials");
    }
    let mut root = parsed.to_string();
    if !root.ends_with('/') {
        root.push('/');
    }
    Ok(root)
}

/// The handle every generated client and request builder holds. Cheap to clone.
#[derive(Clone)]
pub struct Core {
    inner: Arc<Inner>,
}

struct Inner {
    api: &'static ApiInfo,
    root_url: String,
    base_url: String,
    upload_base_url: String,
    http: reqwest::Client,
    auth: Option<TokenCache>,
    api_key: Option<HeaderValue>,
    quota_project: Option<HeaderValue>,
    user_agent: HeaderValue,
    api_client: HeaderValue,
    retry: RetryPolicy,
    timeout: Option<Duration>,
    sleeper: SharedSleeper,
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

/// A request ready to send, reusable across attempts.
struct Prepared {
    info: &'static MethodInfo,
    method: reqwest::Method,
    url: Url,
    headers: HeaderMap,
    body: Option<Bytes>,
    idempotent: bool,
    retry: RetryPolicy,
    timeout: Option<Duration>,
}

enum Outcome {
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
    /// The API this client talks to.
    pub fn api(&self) -> &'static ApiInfo {
        self.inner.api
    }

    /// Root URL plus service path that method paths are appended to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// Executes `call` and decodes the JSON response into `T`.
    ///
    /// An empty response body decodes as `{}`.
    pub async fn execute<T: DeserializeOwned>(&self, call: Call) -> Result<T, Error> {
        let (status, body) = self.execute_buffered(call).await?;
        decode_json(status, &body)
    }

    /// Executes `call` for a method without a response body, discarding what comes back.
    pub async fn execute_empty(&self, call: Call) -> Result<(), Error> {
        self.execute_buffered(call).await.map(drop)
    }

    /// Executes `call` and returns the raw response body.
    pub fn execute_bytes(&self, call: Call) -> BoxFuture<'static, Result<Bytes, Error>> {
        let response = self.execute_buffered(call);
        Box::pin(async move { response.await.map(|(_, body)| body) })
    }

    /// Executes `call` with `alt=media` and returns the response without reading its body,
    /// for media downloads. Retries cover getting the response headers only.
    pub fn execute_download(&self, call: Call) -> BoxFuture<'static, Result<Download, Error>> {
        let core = self.clone();
        let span = call_span(call.method);
        Box::pin(
            async move {
                let prepared = core.prepare(call, "media")?;
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
                let prepared = core.prepare(call, "json")?;
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

    /// Turns a call into a request: URL, headers and body. All argument checks happen here,
    /// before anything is sent.
    fn prepare(&self, call: Call, alt: &'static str) -> Result<Prepared, Error> {
        let inner = &*self.inner;
        let info = call.method;
        let options = call.options;

        let mut headers = HeaderMap::new();
        headers.insert(USER_AGENT, inner.user_agent.clone());
        headers.insert(
            HeaderName::from_static("x-goog-api-client"),
            inner.api_client.clone(),
        );
        if let Some(key) = &inner.api_key {
            headers.insert(HeaderName::from_static("x-goog-api-key"), key.clone());
        }
        if let Some(project) = &inner.quota_project {
            headers.insert(
                HeaderName::from_static("x-goog-user-project"),
                project.clone(),
            );
        }
        for (name, value) in &options.headers {
            let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
                Error::InvalidArgument(format!("{}: invalid header name {name:?}", info.id))
            })?;
            if name == AUTHORIZATION {
                return Err(Error::InvalidArgument(format!(
                    "{}: the Authorization header is set from the token provider",
                    info.id
                )));
            }
            let mut value = HeaderValue::try_from(value.as_str()).map_err(|_| {
                Error::InvalidArgument(format!("{}: header `{name}` has an invalid value", info.id))
            })?;
            value.set_sensitive(true);
            headers.insert(name, value);
        }

        let mut upload_type = None;
        let body = match (call.body, &call.media) {
            (Body::Json(Err(err)), _) => {
                return Err(Error::InvalidArgument(format!(
                    "{}: request body could not be serialized: {err}",
                    info.id
                )))
            }
            (Body::Json(Ok(json)), None) => {
                headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                Some(Bytes::from(json))
            }
            (Body::Json(Ok(json)), Some((upload, media))) => {
                check_media(info.id, upload, media)?;
                if !upload.multipart {
                    return Err(Error::InvalidArgument(format!(
                        "{}: this method does not accept metadata together with media",
                        info.id
                    )));
                }
                let (content_type, body) = multipart_related(&json, media);
                headers.insert(CONTENT_TYPE, header_value(&content_type)?);
                upload_type = Some("multipart");
                Some(body)
            }
            (Body::None, Some((upload, media))) => {
                check_media(info.id, upload, media)?;
                headers.insert(CONTENT_TYPE, header_value(&media.content_type)?);
                upload_type = Some("media");
                Some(media.data.clone())
            }
            (Body::None, None) => match info.http_method {
                // Google front ends answer 411 to a body-less POST without a length.
                HttpMethod::Post | HttpMethod::Put | HttpMethod::Patch => {
                    headers.insert(CONTENT_LENGTH, HeaderValue::from_static("0"));
                    Some(Bytes::new())
                }
                HttpMethod::Get | HttpMethod::Delete => None,
            },
        };

        let mut url = String::with_capacity(inner.base_url.len() + 64);
        let template = match &call.media {
            None => {
                url.push_str(&inner.base_url);
                info.path
            }
            Some((upload, _)) => {
                match upload.path.first() {
                    Some(PathPart::Literal(first)) if first.starts_with('/') => {
                        url.push_str(inner.root_url.trim_end_matches('/'));
                    }
                    _ => url.push_str(&inner.upload_base_url),
                }
                upload.path
            }
        };
        path::expand(info.id, template, &call.path_args, &mut url)?;
        let mut url = Url::parse(&url).map_err(|err| {
            Error::InvalidArgument(format!("{}: could not form a URL: {err}", info.id))
        })?;

        for (name, _) in &options.params {
            if name.is_empty() {
                return Err(Error::InvalidArgument(format!(
                    "{}: empty query parameter name",
                    info.id
                )));
            }
            if let Some((_, why)) = RESERVED_PARAMS.iter().find(|(n, _)| *n == name) {
                return Err(Error::InvalidArgument(format!(
                    "{}: query parameter `{name}` cannot be set: {why}",
                    info.id
                )));
            }
        }
        {
            let mut pairs = url.query_pairs_mut();
            for (name, value) in &call.query {
                pairs.append_pair(name, value);
            }
            for (name, value) in &options.params {
                pairs.append_pair(name, value);
            }
            pairs.append_pair("alt", alt);
            if let Some(kind) = upload_type {
                pairs.append_pair("uploadType", kind);
            }
        }

        Ok(Prepared {
            info,
            method: info.http_method.to_reqwest(),
            url,
            headers,
            body,
            idempotent: options
                .idempotent
                .unwrap_or(info.http_method.is_idempotent()),
            retry: options.retry.unwrap_or_else(|| inner.retry.clone()),
            timeout: options.timeout.or(inner.timeout),
        })
    }

    /// Sends `prepared` until it succeeds, fails for good, or the retry policy gives up.
    async fn run(&self, prepared: Prepared, streaming: bool) -> Result<Outcome, Error> {
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
            if !status.is_success() {
                let retry_after = response
                    .headers()
                    .get(RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| parse_retry_after(v, SystemTime::now()));
                // A body cut short still leaves a useful status; keep what arrived.
                let body = read_limited(response, ERROR_BODY_LIMIT).await;
                return Err(Error::Api(Box::new(ApiError::from_response(
                    status,
                    retry_after,
                    body,
                ))));
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

fn header_value(value: &str) -> Result<HeaderValue, Error> {
    HeaderValue::try_from(value)
        .map_err(|_| Error::InvalidArgument(format!("{value:?} is not a valid header value")))
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
    let mut de = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut de)
        .map_err(|err| decode_error(status, body, err.path().to_string(), err.inner()))?;
    de.end()
        .map_err(|err| decode_error(status, body, ".".to_owned(), &err))?;
    Ok(value)
}
