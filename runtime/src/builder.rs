//! Client configuration: everything that is fixed once a client is built.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use url::Url;

use crate::api::ApiInfo;
use crate::auth::{TokenCache, TokenProvider};
use crate::engine::{Engine, Settings};
use crate::http::{Headers, ReqwestTransport, Transport};
use crate::retry::{RateLimit, RetryPolicy, SharedSleeper, Sleeper, TokioSleeper};
use crate::Error;

/// The environment variable that names the universe domain when the builder does not.
const UNIVERSE_DOMAIN_ENV: &str = "GOOGLE_CLOUD_UNIVERSE_DOMAIN";
/// Where Google's client libraries read a quota project from the environment.
const QUOTA_PROJECT_ENV: &str = "GOOGLE_CLOUD_QUOTA_PROJECT";

/// The universe of Google's public cloud, which Discovery documents' root URLs name.
const DEFAULT_UNIVERSE: &str = "googleapis.com";

/// The settings of a generated client `C`, from its `Client::builder()`.
///
/// ```
/// # fn settings<C>(builder: discogen_runtime::ClientBuilder<C>) -> discogen_runtime::Result<C> {
/// use std::time::Duration;
/// use discogen_runtime::{auth::StaticToken, retry::RetryPolicy};
///
/// let client = builder
///     .token_provider(StaticToken::new("ya29.token"))
///     .timeout(Duration::from_secs(30))
///     .retry_policy(RetryPolicy::default().with_max_attempts(3))
///     .build()?;
/// # Ok(client)
/// # }
/// ```
pub struct ClientBuilder<C> {
    api: &'static ApiInfo,
    base_url: Option<String>,
    universe_domain: Option<String>,
    token_provider: Option<Arc<dyn TokenProvider>>,
    transport: Option<Arc<dyn Transport>>,
    retry: RetryPolicy,
    timeout: Option<Duration>,
    user_agent: Option<String>,
    api_key: Option<String>,
    quota_project: Option<String>,
    sleeper: Option<Arc<dyn Sleeper>>,
    rate_limit: Option<RateLimit>,
    full_urls: bool,
    client: fn(Engine) -> C,
}

impl<C> ClientBuilder<C> {
    /// A builder of the client that `client` makes from an engine, for the API described by
    /// `api`, with default settings: no authentication, [`RetryPolicy::default`], no timeout
    /// and a new [`ReqwestTransport`]. For generated code: a client's `builder()` calls it.
    #[doc(hidden)]
    pub fn new(api: &'static ApiInfo, client: fn(Engine) -> C) -> Self {
        ClientBuilder {
            api,
            base_url: None,
            universe_domain: None,
            token_provider: None,
            transport: None,
            retry: RetryPolicy::default(),
            timeout: None,
            user_agent: None,
            api_key: None,
            quota_project: None,
            sleeper: None,
            rate_limit: None,
            full_urls: false,
            client,
        }
    }

    /// Replaces the API's root URL (e.g. with an emulator's or a test server's,
    /// `http://127.0.0.1:8080/`); the service path is still appended. It is used as given:
    /// no universe domain applies to it.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// The universe domain the API is served in, in place of `googleapis.com` in its root URL
    /// (`https://storage.googleapis.com/` becomes `https://storage.<domain>/`), for Google
    /// Cloud environments outside the public cloud.
    ///
    /// Where the domain comes from, first match wins: [`base_url`](Self::base_url) (no
    /// domain applies), this setting, the environment variable
    /// `GOOGLE_CLOUD_UNIVERSE_DOMAIN`, then `googleapis.com`. A token provider that knows
    /// its own universe ([`TokenProvider::universe_domain`]) and names another makes every
    /// authorized call fail with [`Error::Auth`] before anything is sent.
    pub fn universe_domain(mut self, domain: impl Into<String>) -> Self {
        self.universe_domain = Some(domain.into());
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

    /// Bills quota to this project (`x-goog-user-project` header). Without it, the
    /// environment variable `GOOGLE_CLOUD_QUOTA_PROJECT` names the project, and without that,
    /// the credentials do ([`TokenProvider::quota_project`], e.g. the `quota_project_id` of an
    /// authorized-user or service-account file read by `auth::GoogleCloudAuth`): the
    /// precedence of Google's other client libraries
    /// (<https://cloud.google.com/docs/quotas/set-quota-project>).
    pub fn quota_project(mut self, project: impl Into<String>) -> Self {
        self.quota_project = Some(project.into());
        self
    }

    /// Sends every request through `transport` instead of a new [`ReqwestTransport`]: a
    /// shared one, one with other settings, or a test double such as
    /// `rt::testing::MockTransport` (feature `testing`).
    pub fn transport(mut self, transport: impl Transport) -> Self {
        self.transport = Some(Arc::new(transport));
        self
    }

    /// Sends requests through an existing `reqwest` client, sharing its connection pool,
    /// proxy and TLS settings.
    ///
    /// **Outside the semver promise** (feature `unstable-reqwest`): it names `reqwest`'s type,
    /// so it changes with the `reqwest` release the runtime is built on, in any release.
    #[cfg(feature = "unstable-reqwest")]
    pub fn http_client(self, client: reqwest::Client) -> Self {
        self.transport(ReqwestTransport::from_client(client))
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

    /// How to wait between retries and between reads of an operation; the default is the tokio
    /// timer. Meant for tests that must not wait for real.
    pub fn sleeper(mut self, sleeper: impl Sleeper) -> Self {
        self.sleeper = Some(Arc::new(sleeper));
        self
    }

    /// Sends at most as fast as `limit` allows (see [`RateLimit`]); a request waits its turn
    /// before its attempt starts. Clients built with clones of one limit share it. None by
    /// default.
    pub fn rate_limit(mut self, limit: RateLimit) -> Self {
        self.rate_limit = Some(limit);
        self
    }

    /// Whether each HTTP attempt's `tracing` span records the request's whole URL
    /// (`url.full`), query included. Off by default, and meant for debugging: an expanded path
    /// and query hold the call's values (file names, email addresses, search terms), which
    /// then reach whoever reads the traces. Credentials are never in it: tokens and API keys
    /// travel in headers.
    pub fn record_full_urls(mut self, record: bool) -> Self {
        self.full_urls = record;
        self
    }

    /// Builds the client. Fails on an unusable base URL, user agent or API key, or when the
    /// default HTTP client cannot be created.
    pub fn build(self) -> Result<C, Error> {
        let universe = match self.universe_domain {
            Some(domain) => domain,
            None => std::env::var(UNIVERSE_DOMAIN_ENV)
                .ok()
                .filter(|d| !d.trim().is_empty())
                .unwrap_or_else(|| DEFAULT_UNIVERSE.to_owned()),
        };
        let universe = universe.trim().trim_matches('.').to_ascii_lowercase();
        if universe.is_empty()
            || !universe
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        {
            return Err(Error::InvalidArgument(format!(
                "universe domain {universe:?} is not a domain name"
            )));
        }
        let root = match &self.base_url {
            Some(url) => root_url(url)?,
            None => root_url(&in_universe(self.api.root_url, &universe))?,
        };
        let service_path = self.api.service_path.trim_start_matches('/');
        let transport: Arc<dyn Transport> = match self.transport {
            Some(transport) => transport,
            None => Arc::new(ReqwestTransport::new().map_err(Error::Transport)?),
        };
        let product = format!("{}/{}", self.api.crate_name, self.api.crate_version);
        let user_agent = match self.user_agent {
            Some(prefix) => format!("{prefix} {product}"),
            None => product,
        };
        let invalid =
            |what: &str| Error::InvalidArgument(format!("{what} is not a valid header value"));
        let mut headers = Headers::new();
        headers
            .insert("user-agent", user_agent)
            .map_err(|_| invalid("user agent"))?;
        headers
            .insert(
                "x-goog-api-client",
                api_client_header(self.api.crate_version),
            )
            .map_err(|_| invalid("crate version"))?;
        if let Some(key) = self.api_key {
            headers
                .insert_sensitive("x-goog-api-key", key)
                .map_err(|_| invalid("API key"))?;
        }
        // Google's precedence (cloud.google.com/docs/quotas/set-quota-project): set in the
        // program, then the environment, then the credentials.
        let quota_project = self
            .quota_project
            .or_else(|| {
                std::env::var(QUOTA_PROJECT_ENV)
                    .ok()
                    .filter(|p| !p.trim().is_empty())
            })
            .or_else(|| self.token_provider.as_ref()?.quota_project());
        if let Some(project) = quota_project {
            headers
                .insert("x-goog-user-project", project)
                .map_err(|_| invalid("quota project"))?;
        }
        let settings = Settings {
            api: self.api,
            base_url: format!("{root}{service_path}"),
            upload_base_url: format!("{root}upload/{service_path}"),
            root_url: root,
            transport,
            auth: self
                .token_provider
                .map(|provider| TokenCache::new(provider, universe)),
            headers,
            retry: self.retry,
            timeout: self.timeout,
            sleeper: SharedSleeper(self.sleeper.unwrap_or_else(|| Arc::new(TokioSleeper))),
            rate_limit: self.rate_limit,
            full_urls: self.full_urls,
            #[cfg(feature = "opentelemetry")]
            metrics: crate::trace::otel::Metrics::new(),
        };
        Ok((self.client)(Engine::new(settings)))
    }
}

/// `root` with the public cloud's domain replaced by `universe`: only a host that ends in
/// `.googleapis.com` changes, so a document served elsewhere keeps its root.
fn in_universe(root: &str, universe: &str) -> String {
    if universe == DEFAULT_UNIVERSE {
        return root.to_owned();
    }
    let Ok(mut url) = Url::parse(root) else {
        return root.to_owned();
    };
    let Some(host) = url.host_str() else {
        return root.to_owned();
    };
    match host.strip_suffix(DEFAULT_UNIVERSE) {
        Some(service) if service.ends_with('.') => {
            let host = format!("{service}{universe}");
            match url.set_host(Some(&host)) {
                Ok(()) => url.to_string(),
                Err(_) => root.to_owned(),
            }
        }
        _ => root.to_owned(),
    }
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("api", &self.api.id)
            .field("base_url", &self.base_url)
            .field("universe_domain", &self.universe_domain)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_universe_replaces_the_public_cloud_domain_only() {
        let root = "https://storage.googleapis.com/";
        assert_eq!(in_universe(root, "googleapis.com"), root);
        assert_eq!(
            in_universe(root, "example-cloud.eu"),
            "https://storage.example-cloud.eu/"
        );
        assert_eq!(
            in_universe("https://compute.googleapis.com/compute/v1/", "u.example"),
            "https://compute.u.example/compute/v1/"
        );
        // Hosts of other domains are left alone, including look-alikes.
        for other in [
            "https://www.example.com/",
            "https://notgoogleapis.com/",
            "http://127.0.0.1:8080/",
        ] {
            assert_eq!(in_universe(other, "u.example"), other);
        }
    }
}
