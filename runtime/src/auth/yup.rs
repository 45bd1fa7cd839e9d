//! [`TokenProvider`] backed by `yup-oauth2` (cargo feature `yup-oauth2`).

use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, UNIX_EPOCH};

use yup_oauth2::authenticator::DefaultAuthenticator;

use super::{AccessToken, AuthError, TokenProvider};
use crate::BoxFuture;

/// Tokens from a `yup-oauth2` authenticator, e.g. the installed-app flow with a token cache
/// on disk:
///
/// ```no_run
/// # async fn client<C>(builder: discogen_runtime::ClientBuilder<C>) -> Result<C, Box<dyn std::error::Error>> {
/// use discogen_runtime::auth::YupOAuth2;
///
/// let secret = yup_oauth2::read_application_secret("client_secret.json").await?;
/// let auth = yup_oauth2::InstalledFlowAuthenticator::builder(
///     secret,
///     yup_oauth2::InstalledFlowReturnMethod::HTTPRedirect,
/// )
/// .persist_tokens_to_disk("tokencache.json")
/// .build()
/// .await?;
/// let scopes = ["https://www.googleapis.com/auth/photoslibrary.appendonly"];
/// let client = builder // e.g. a generated `Client::builder()`
///     .token_provider(YupOAuth2::new(auth).with_scopes(scopes))
///     .build()?;
/// # Ok(client)
/// # }
/// ```
///
/// The authenticator caches and refreshes tokens itself; after a 401 the next token is
/// force-refreshed.
pub struct YupOAuth2 {
    authenticator: DefaultAuthenticator,
    scopes: Option<Vec<String>>,
    force_refresh: AtomicBool,
}

impl YupOAuth2 {
    /// Wraps an authenticator. Without [`with_scopes`](Self::with_scopes), each call asks for
    /// the first scope its method lists, which is normally the broadest one.
    pub fn new(authenticator: DefaultAuthenticator) -> Self {
        YupOAuth2 {
            authenticator,
            scopes: None,
            force_refresh: AtomicBool::new(false),
        }
    }

    /// Always requests these scopes, whatever the method, so that one consent (and one cached
    /// token) covers every call.
    pub fn with_scopes<I, S>(mut self, scopes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.scopes = Some(scopes.into_iter().map(Into::into).collect());
        self
    }

    async fn fetch(&self, scopes: &[&'static str]) -> Result<AccessToken, AuthError> {
        let wanted: Vec<&str> = match &self.scopes {
            Some(fixed) => fixed.iter().map(String::as_str).collect(),
            None => scopes.iter().take(1).copied().collect(),
        };
        let force = self.force_refresh.swap(false, Ordering::AcqRel);
        let result = if force {
            self.authenticator.force_refreshed_token(&wanted).await
        } else {
            self.authenticator.token(&wanted).await
        };
        let token = result.map_err(|e| {
            let transient = matches!(e, yup_oauth2::Error::HttpError(_));
            AuthError::with_source("yup-oauth2 could not provide a token", e).transient(transient)
        })?;
        let secret = token
            .token()
            .ok_or_else(|| AuthError::new("yup-oauth2 returned no access token"))?;
        let mut access = AccessToken::new(secret);
        // Built from the Unix timestamp with checked arithmetic: the expiry comes from the
        // token endpoint and must not be able to overflow `SystemTime`.
        let expiry = token
            .expiration_time()
            .and_then(|at| u64::try_from(at.unix_timestamp()).ok())
            .and_then(|secs| UNIX_EPOCH.checked_add(Duration::from_secs(secs)));
        if let Some(at) = expiry {
            access = access.with_expiry(at);
        }
        Ok(access)
    }
}

impl fmt::Debug for YupOAuth2 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("YupOAuth2")
            .field("scopes", &self.scopes)
            .finish_non_exhaustive()
    }
}

impl TokenProvider for YupOAuth2 {
    fn token<'a>(
        &'a self,
        scopes: &'a [&'static str],
    ) -> BoxFuture<'a, Result<AccessToken, AuthError>> {
        Box::pin(self.fetch(scopes))
    }

    fn invalidate(&self, _: &[&'static str]) -> bool {
        self.force_refresh.store(true, Ordering::Release);
        true
    }
}
