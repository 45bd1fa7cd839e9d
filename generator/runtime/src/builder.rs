//! Client configuration: everything that is fixed once a client is built.

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderValue;
use reqwest::Url;

use super::auth::{TokenCache, TokenProvider};
use super::client::Inner;
use super::retry::SharedSleeper;
use super::{ApiInfo, Core, Error, RetryPolicy, Sleeper, TokioSleeper};

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
                api_client_header(self.api.crate_version),
                "crate version",
                false,
            )?,
            retry: self.retry,
            timeout: self.timeout,
            sleeper: SharedSleeper(self.sleeper.unwrap_or_else(|| Arc::new(TokioSleeper))),
        };
        Ok(C::from(Core::new(inner)))
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

/// `x-goog-api-client` in the format Google's client libraries share: the language and its
/// version (`gl-rust/`, the rustc that built this crate, found by `build.rs`), then the
/// generator's client family and the generated crate's version.
fn api_client_header(crate_version: &str) -> String {
    format!(
        "gl-rust/{} gdcl/{crate_version}",
        env!("DISCOGEN_RUSTC_VERSION")
    )
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
