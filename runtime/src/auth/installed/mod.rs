//! [`InstalledApp`]: signing a user in from a program on their own machine (cargo feature
//! `installed-app`), as Google's "OAuth 2.0 for iOS & Desktop Apps" guide describes it
//! (<https://developers.google.com/identity/protocols/oauth2/native-app>): the browser opens
//! Google's consent page, Google sends it back to a listener of the program on
//! `http://127.0.0.1:PORT/` with a code, and the program trades the code (with its PKCE
//! verifier, S256) for an access token and a refresh token, which it keeps on disk.
//!
//! The protocol is the `oauth2` crate's (PKCE, the code and refresh grants; revocation is a
//! form POST of its own, as the crate's wants HTTPS): `yup-oauth2`, the other well-kept
//! choice, sends no PKCE challenge in its installed flow.

mod cache;
mod client_secret;
mod exchange;
mod loopback;

use std::fmt;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use oauth2::{CsrfToken, PkceCodeChallenge, Scope};

pub use client_secret::ClientSecret;

use super::{AccessToken, AuthError, AuthErrorKind, TokenProvider};
use crate::BoxFuture;
use cache::{Grant, TokenFile};
use exchange::{OAuthClient, TokenHttp};
use loopback::Loopback;

/// A refresh starts when the access token has less than this left (or a quarter of its
/// lifetime, for short-lived ones), so none expires in flight.
const REFRESH_BEFORE: Duration = Duration::from_secs(60);

/// How long [`InstalledAppBuilder::sign_in`] waits for the user by default.
const DEFAULT_SIGN_IN_TIMEOUT: Duration = Duration::from_secs(5 * 60);

type ShowLink = Arc<dyn Fn(&str) + Send + Sync>;

/// A user signed in through the installed-app flow: a [`TokenProvider`] that refreshes its
/// access token before it expires (one refresh for any number of concurrent calls) and keeps
/// the grant in a token cache on disk, so later runs need no browser.
///
/// ```no_run
/// # async fn demo<C>(builder: discogen_runtime::ClientBuilder<C>) -> Result<C, Box<dyn std::error::Error>> {
/// use discogen_runtime::auth::{ClientSecret, InstalledApp};
///
/// let user = InstalledApp::builder(ClientSecret::from_file("client_secret.json")?)
///     .scopes(["https://www.googleapis.com/auth/photoslibrary.readonly.appcreateddata"])
///     .token_cache("tokens/photos.json")
///     .sign_in() // opens the browser on the first run; later runs read the cache
///     .await?;
/// let client = builder.token_provider(user).build()?; // e.g. a generated `Client::builder()`
/// # Ok(client)
/// # }
/// ```
///
/// What can go wrong is an [`AuthError`] whose [`kind`](AuthError::kind) says what to do:
/// [`SignInAgain`](AuthErrorKind::SignInAgain) when the refresh token is refused (the cache
/// is then deleted), [`ScopesNotGranted`](AuthErrorKind::ScopesNotGranted) when the user
/// unticked a scope the program requires, [`Declined`](AuthErrorKind::Declined) on Cancel.
#[derive(Clone)]
pub struct InstalledApp {
    inner: Arc<Inner>,
}

struct Inner {
    oauth: OAuthClient,
    revoke_uri: String,
    http: TokenHttp,
    file: Option<TokenFile>,
    grant: tokio::sync::Mutex<Grant>,
    granted: Vec<String>,
    /// The server refused an access token (the client knew which): when it is still the
    /// current one, the next call refreshes it whatever its expiry says.
    rejected: std::sync::Mutex<Option<String>>,
    /// The server refused a token and nobody said which: refresh at the next call.
    stale: AtomicBool,
}

/// Options of a sign-in; see [`InstalledApp`].
pub struct InstalledAppBuilder {
    secret: ClientSecret,
    required: Vec<String>,
    optional: Vec<String>,
    cache: Option<PathBuf>,
    show_link: ShowLink,
    open_browser: bool,
    timeout: Duration,
}

impl InstalledApp {
    /// Starts a sign-in for the OAuth client `secret`.
    pub fn builder(secret: ClientSecret) -> InstalledAppBuilder {
        InstalledAppBuilder {
            secret,
            required: Vec::new(),
            optional: Vec::new(),
            cache: None,
            show_link: Arc::new(print_link),
            open_browser: true,
            timeout: DEFAULT_SIGN_IN_TIMEOUT,
        }
    }

    /// The scopes the user granted, as full URLs.
    pub fn granted_scopes(&self) -> &[String] {
        &self.inner.granted
    }

    /// Signs the user out: revokes the grant at the authorization server and deletes the
    /// token cache. The cache is deleted even when revoking fails.
    pub async fn sign_out(&self) -> Result<(), AuthError> {
        let grant = self.inner.grant.lock().await;
        if let Some(file) = &self.inner.file {
            file.remove();
        }
        exchange::revoke(
            &self.inner.revoke_uri,
            &self.inner.http,
            &grant.refresh_token,
        )
        .await
    }

    async fn current_token(&self) -> Result<AccessToken, AuthError> {
        let inner = &self.inner;
        let mut grant = inner.grant.lock().await;
        let rejected = inner
            .rejected
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        // A rejection of a token already replaced (many calls carried it) renews nothing.
        let stale = inner.stale.swap(false, Ordering::SeqCst)
            || rejected.is_some_and(|secret| secret == grant.access_token);
        let left = grant
            .expires_at()
            .duration_since(SystemTime::now())
            .unwrap_or_default();
        if stale || left <= grant.refresh_margin(REFRESH_BEFORE) {
            let tokens = exchange::refresh(&inner.oauth, &inner.http, &grant.refresh_token)
                .await
                .inspect_err(|e| {
                    if e.is_sign_in_again() {
                        if let Some(file) = &inner.file {
                            file.remove();
                        }
                    }
                })?;
            grant.access_token = tokens.access_token;
            grant.set_expiry(tokens.expires_in);
            if let Some(refresh_token) = tokens.refresh_token {
                grant.refresh_token = refresh_token;
            }
            if let Some(scopes) = tokens.scopes {
                grant.scopes = scopes;
            }
            if let Some(file) = &inner.file {
                // The call can go on with the new token; the next run refreshes again.
                if let Err(e) = file.store(&grant) {
                    tracing::warn!(error = %e, "the refreshed token was not saved");
                }
            }
        }
        Ok(AccessToken::new(grant.access_token.clone()).with_expiry(grant.expires_at()))
    }
}

impl InstalledAppBuilder {
    /// Scopes (full URLs) the program needs: a sign-in without any of them fails with
    /// [`AuthErrorKind::ScopesNotGranted`], and a cached sign-in without them asks again.
    pub fn scopes<I, S>(mut self, scopes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        add(&mut self.required, scopes);
        self
    }

    /// Scopes (full URLs) asked for but not needed: the user may untick them on the consent
    /// page ([`InstalledApp::granted_scopes`] says what they kept).
    pub fn optional_scopes<I, S>(mut self, scopes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        add(&mut self.optional, scopes);
        self
    }

    /// Keeps the grant in this file (created owner-only, with its folder), so later runs
    /// need no browser. Without it every run signs in.
    pub fn token_cache(mut self, path: impl Into<PathBuf>) -> Self {
        self.cache = Some(path.into());
        self
    }

    /// How the consent page's link is shown, for when no browser opens (a remote shell).
    /// The default prints it on stderr.
    pub fn show_link(mut self, show: impl Fn(&str) + Send + Sync + 'static) -> Self {
        self.show_link = Arc::new(show);
        self
    }

    /// Whether to open the consent page in the system's browser (default `true`); the link
    /// is shown either way.
    pub fn open_browser(mut self, open: bool) -> Self {
        self.open_browser = open;
        self
    }

    /// How long to wait for the user to finish on the consent page (default 5 minutes).
    pub fn sign_in_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The user, signed in: from the token cache when it holds a grant of this client with
    /// every required scope, else through the browser.
    pub async fn sign_in(self) -> Result<InstalledApp, AuthError> {
        let oauth = exchange::oauth_client(&self.secret)?;
        let http = TokenHttp::new()?;
        let file = self.cache.clone().map(TokenFile::new);
        let cached = file
            .as_ref()
            .and_then(|f| f.load(&self.secret.client_id))
            .filter(|grant| grant.has_all(&self.required));
        let grant = match cached {
            Some(grant) => grant,
            None => {
                let grant = self.consent(&oauth, &http).await?;
                if let Some(file) = &file {
                    file.store(&grant)?;
                }
                grant
            }
        };
        Ok(InstalledApp {
            inner: Arc::new(Inner {
                oauth,
                revoke_uri: self.secret.revoke_uri.clone(),
                http,
                file,
                granted: grant.scopes.clone(),
                grant: tokio::sync::Mutex::new(grant),
                rejected: std::sync::Mutex::new(None),
                stale: AtomicBool::new(false),
            }),
        })
    }

    /// The browser part: consent, the redirect, the code exchange.
    async fn consent(&self, oauth: &OAuthClient, http: &TokenHttp) -> Result<Grant, AuthError> {
        let loopback = Loopback::bind().await?;
        let redirect = exchange::redirect_url(loopback.redirect_uri())?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let requested = self.required.iter().chain(&self.optional);
        let (link, state) = oauth
            .authorize_url(CsrfToken::new_random)
            .add_scopes(requested.clone().map(|s| Scope::new(s.clone())))
            .set_pkce_challenge(challenge)
            .set_redirect_uri(std::borrow::Cow::Borrowed(&redirect))
            .url();
        (self.show_link)(link.as_str());
        if self.open_browser {
            if let Err(e) = webbrowser::open(link.as_str()) {
                tracing::debug!(error = %e, "no browser could be opened");
            }
        }
        let answer = loopback.wait(state.secret(), self.timeout).await?;
        let tokens = exchange::exchange_code(oauth, http, answer.code, verifier, &redirect).await?;
        let granted: Vec<String> = tokens
            .scopes
            .clone()
            .or_else(|| {
                answer
                    .scope
                    .map(|s| s.split_whitespace().map(str::to_owned).collect())
            })
            .unwrap_or_else(|| requested.cloned().collect());
        let missing: Vec<String> = self
            .required
            .iter()
            .filter(|s| !granted.contains(s))
            .cloned()
            .collect();
        if !missing.is_empty() {
            return Err(
                AuthError::new(format!("the user did not grant {}", missing.join(", ")))
                    .with_kind(AuthErrorKind::ScopesNotGranted(missing)),
            );
        }
        let refresh_token = tokens
            .refresh_token
            .ok_or_else(|| AuthError::new("the authorization server gave no refresh token"))?;
        let mut grant = Grant {
            client_id: self.secret.client_id.clone(),
            refresh_token,
            access_token: tokens.access_token,
            expires_at: 0,
            lifetime: 0,
            scopes: granted,
        };
        grant.set_expiry(tokens.expires_in);
        Ok(grant)
    }
}

fn add<I, S>(list: &mut Vec<String>, scopes: I)
where
    I: IntoIterator<Item = S>,
    S: Into<String>,
{
    for scope in scopes {
        let scope = scope.into();
        if !list.contains(&scope) {
            list.push(scope);
        }
    }
}

/// The default [`InstalledAppBuilder::show_link`].
fn print_link(link: &str) {
    eprintln!("Sign in with your browser; if it does not open, open this link:\n{link}");
}

impl TokenProvider for InstalledApp {
    fn token<'a>(&'a self, _: &'a [&'static str]) -> BoxFuture<'a, Result<AccessToken, AuthError>> {
        Box::pin(self.current_token())
    }

    fn invalidate(&self, _: &[&'static str]) -> bool {
        self.inner.stale.store(true, Ordering::SeqCst);
        true
    }

    fn reject(&self, _: &[&'static str], token: &AccessToken) -> bool {
        *self
            .inner
            .rejected
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = Some(token.secret().to_owned());
        true
    }
}

impl fmt::Debug for InstalledApp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InstalledApp")
            .field("granted", &self.inner.granted)
            .field("token_cache", &self.inner.file.as_ref().map(|f| f.path()))
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for InstalledAppBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InstalledAppBuilder")
            .field("secret", &self.secret)
            .field("required", &self.required)
            .field("optional", &self.optional)
            .field("token_cache", &self.cache)
            .field("open_browser", &self.open_browser)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}
