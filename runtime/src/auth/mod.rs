//! Access tokens: where they come from ([`TokenProvider`]) and how a client caches them.
//!
//! A token is only ever sent in the `Authorization` header, which is marked sensitive; it is
//! redacted from every `Debug` output and never logged.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use crate::BoxFuture;

mod error;
#[cfg(feature = "google-cloud-auth")]
mod google;
#[cfg(feature = "installed-app")]
mod installed;
#[cfg(feature = "yup-oauth2")]
mod yup;

pub use error::{AuthError, AuthErrorKind};
#[cfg(feature = "google-cloud-auth")]
pub use google::GoogleCloudAuth;
#[cfg(feature = "installed-app")]
pub use installed::{ClientSecret, InstalledApp, InstalledAppBuilder};
#[cfg(feature = "yup-oauth2")]
pub use yup::YupOAuth2;

/// An OAuth 2.0 bearer token and when it stops working.
#[derive(Clone, PartialEq, Eq)]
pub struct AccessToken {
    secret: Arc<str>,
    /// `Bearer <secret>`, made once: a token is sent with every call, and cloned for each.
    /// `None` when the secret cannot go in a header.
    header: Option<crate::http::HeaderValue>,
    expires_at: Option<SystemTime>,
}

impl AccessToken {
    /// A token with unknown lifetime: the client asks the provider again for every request.
    pub fn new(secret: impl Into<String>) -> Self {
        let secret: String = secret.into();
        let header = crate::http::sensitive_value(&format!("Bearer {secret}"));
        AccessToken {
            secret: secret.into(),
            header,
            expires_at: None,
        }
    }

    /// Sets when the token expires; the client then caches it and asks for a new one shortly
    /// before that.
    pub fn with_expiry(mut self, expires_at: SystemTime) -> Self {
        self.expires_at = Some(expires_at);
        self
    }

    /// When the token expires, if known.
    pub fn expires_at(&self) -> Option<SystemTime> {
        self.expires_at
    }

    /// The token itself. Handle with care: never log it.
    pub fn secret(&self) -> &str {
        &self.secret
    }

    /// Sets the `Authorization` header, marked sensitive so that HTTP/2 header compression
    /// and debug output leave it out.
    pub(crate) fn authorize(&self, headers: &mut crate::http::Headers) -> Result<(), AuthError> {
        let value = self.header.clone().ok_or_else(|| {
            AuthError::new("access token contains characters not allowed in a header")
        })?;
        headers.set_authorization(value);
        Ok(())
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessToken")
            .field("secret", &"<redacted>")
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// Source of bearer tokens for a client.
///
/// `scopes` are the OAuth scopes of the method being called (its `MethodInfo::scopes`); any
/// one of them grants access. Providers configured with fixed scopes may ignore them.
///
/// Implementations may cache internally; the client additionally caches tokens that carry an
/// expiry (see [`AccessToken::with_expiry`]), so a provider is not called for every request.
pub trait TokenProvider: Send + Sync + 'static {
    /// Returns a token valid for at least one of `scopes`.
    fn token<'a>(
        &'a self,
        scopes: &'a [&'static str],
    ) -> BoxFuture<'a, Result<AccessToken, AuthError>>;

    /// Called when the server rejected a token from this provider with HTTP 401. Returns
    /// whether asking again may give a different token; only then is the call retried (once).
    fn invalidate(&self, scopes: &[&'static str]) -> bool {
        let _ = scopes;
        true
    }

    /// Called when the server rejected `token`, from this provider, with HTTP 401: as
    /// [`invalidate`](Self::invalidate) (which the default calls), for providers that keep one
    /// token for many scope sets and must renew it once, not once per rejection. The client
    /// calls it once per token it got, however many calls carried that token.
    fn reject(&self, scopes: &[&'static str], token: &AccessToken) -> bool {
        let _ = token;
        self.invalidate(scopes)
    }

    /// The universe domain the credentials belong to (`googleapis.com` for Google's public
    /// cloud), when the provider knows it. A client configured for another universe refuses
    /// to send these credentials (see
    /// [`ClientBuilder::universe_domain`](crate::ClientBuilder::universe_domain)). `None`,
    /// the default, means unknown, and nothing is checked.
    fn universe_domain(&self) -> BoxFuture<'_, Option<String>> {
        Box::pin(std::future::ready(None))
    }

    /// The project the credentials bill quota to (`quota_project_id` of a credentials file),
    /// when they name one. A client sends it as `x-goog-user-project` unless its builder or
    /// the environment names another (see
    /// [`ClientBuilder::quota_project`](crate::ClientBuilder::quota_project)). `None`, the
    /// default, names none.
    fn quota_project(&self) -> Option<String> {
        None
    }
}

/// A fixed token, e.g. from `gcloud auth print-access-token` or a test. It is never
/// refreshed, so a 401 is returned to the caller as is.
#[derive(Clone)]
pub struct StaticToken {
    token: AccessToken,
    universe: Option<String>,
}

impl StaticToken {
    /// Wraps a bearer token.
    pub fn new(token: impl Into<String>) -> Self {
        StaticToken {
            token: AccessToken::new(token),
            universe: None,
        }
    }

    /// Says which universe domain the token belongs to, so that a client configured for
    /// another one refuses to send it.
    pub fn in_universe(mut self, domain: impl Into<String>) -> Self {
        self.universe = Some(domain.into());
        self
    }
}

impl fmt::Debug for StaticToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StaticToken")
            .field("token", &"<redacted>")
            .field("universe", &self.universe)
            .finish()
    }
}

impl TokenProvider for StaticToken {
    fn token<'a>(&'a self, _: &'a [&'static str]) -> BoxFuture<'a, Result<AccessToken, AuthError>> {
        Box::pin(std::future::ready(Ok(self.token.clone())))
    }

    fn invalidate(&self, _: &[&'static str]) -> bool {
        false
    }

    fn universe_domain(&self) -> BoxFuture<'_, Option<String>> {
        Box::pin(std::future::ready(self.universe.clone()))
    }
}

impl<T: TokenProvider + ?Sized> TokenProvider for Arc<T> {
    fn token<'a>(
        &'a self,
        scopes: &'a [&'static str],
    ) -> BoxFuture<'a, Result<AccessToken, AuthError>> {
        (**self).token(scopes)
    }

    fn invalidate(&self, scopes: &[&'static str]) -> bool {
        (**self).invalidate(scopes)
    }

    fn reject(&self, scopes: &[&'static str], token: &AccessToken) -> bool {
        (**self).reject(scopes, token)
    }

    fn universe_domain(&self) -> BoxFuture<'_, Option<String>> {
        (**self).universe_domain()
    }

    fn quota_project(&self) -> Option<String> {
        (**self).quota_project()
    }
}

/// Refresh this long before expiry, so a token never expires in flight.
const REFRESH_MARGIN: Duration = Duration::from_secs(4 * 60);

type Slot = Arc<tokio::sync::Mutex<SlotState>>;

/// The token of one scope set: the last one handed out, reused while it is fresh (only a
/// token with an expiry can be), and its serial, which says which token a 401 is about.
#[derive(Default)]
struct SlotState {
    last: Option<AccessToken>,
    serial: u64,
}

/// The slots by scope set, and by the address of the static list a method names them with:
/// every call of a method finds its slot by that address, without hashing the scopes' text.
#[derive(Default)]
struct Slots {
    by_scopes: HashMap<&'static [&'static str], Slot>,
    /// (address, length) of a static scope list, compared only.
    by_address: Vec<((usize, usize), Slot)>,
}

/// Per-client token cache, one slot per scope set. Each slot has its own async lock so that
/// concurrent calls wait for one refresh instead of each starting their own, and counts the
/// tokens it hands out, so that many calls rejected with the same token renew it once.
#[derive(Clone)]
pub(crate) struct TokenCache {
    provider: Arc<dyn TokenProvider>,
    slots: Arc<Mutex<Slots>>,
    /// The client's universe domain, and whether the provider's agrees (asked once).
    universe: String,
    universe_checked: Arc<tokio::sync::OnceCell<Result<(), String>>>,
}

impl fmt::Debug for TokenCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TokenCache { .. }")
    }
}

impl TokenCache {
    pub(crate) fn new(provider: Arc<dyn TokenProvider>, universe: String) -> Self {
        TokenCache {
            provider,
            slots: Arc::default(),
            universe,
            universe_checked: Arc::default(),
        }
    }

    /// Fails when the provider names a universe domain other than the client's.
    async fn check_universe(&self) -> Result<(), AuthError> {
        let outcome = self
            .universe_checked
            .get_or_init(|| async {
                match self.provider.universe_domain().await {
                    Some(theirs) if !theirs.eq_ignore_ascii_case(&self.universe) => Err(format!(
                        "the credentials belong to the universe domain {theirs:?}, but the client \
                         is configured for {:?}",
                        self.universe
                    )),
                    _ => Ok(()),
                }
            })
            .await;
        outcome.clone().map_err(AuthError::new)
    }

    fn slot(&self, scopes: &'static [&'static str]) -> Slot {
        let mut slots = self.slots.lock().unwrap_or_else(|e| e.into_inner());
        let address = (scopes.as_ptr() as usize, scopes.len());
        if let Some((_, slot)) = slots.by_address.iter().find(|(a, _)| *a == address) {
            return slot.clone();
        }
        let slot = slots.by_scopes.entry(scopes).or_default().clone();
        slots.by_address.push((address, slot.clone()));
        slot
    }

    /// A token for `scopes`, from the cache while it has more than [`REFRESH_MARGIN`] left,
    /// and its serial for [`invalidate`](Self::invalidate).
    pub(crate) async fn get(
        &self,
        scopes: &'static [&'static str],
    ) -> Result<(AccessToken, u64), AuthError> {
        self.check_universe().await?;
        let slot = self.slot(scopes);
        let mut state = slot.lock().await;
        if let Some(token) = state
            .last
            .as_ref()
            .filter(|t| is_fresh(t, SystemTime::now()))
        {
            return Ok((token.clone(), state.serial));
        }
        let token = self.provider.token(scopes).await?;
        state.last = Some(token.clone());
        state.serial += 1;
        Ok((token, state.serial))
    }

    /// After a 401 for the token `serial`: drops it and tells the provider, unless a newer
    /// token was handed out since (another call's 401 renewed it); returns whether fetching
    /// again is worthwhile.
    pub(crate) async fn invalidate(&self, scopes: &'static [&'static str], serial: u64) -> bool {
        let slot = self.slot(scopes);
        let mut state = slot.lock().await;
        if state.serial != serial {
            return true;
        }
        match state.last.take() {
            Some(rejected) => self.provider.reject(scopes, &rejected),
            None => self.provider.invalidate(scopes),
        }
    }
}

fn is_fresh(token: &AccessToken, now: SystemTime) -> bool {
    token.expires_at.is_some_and(|at| {
        at.duration_since(now)
            .is_ok_and(|left| left > REFRESH_MARGIN)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    struct Counting {
        calls: AtomicU32,
        lifetime: Option<Duration>,
    }

    impl TokenProvider for Counting {
        fn token<'a>(
            &'a self,
            _: &'a [&'static str],
        ) -> BoxFuture<'a, Result<AccessToken, AuthError>> {
            let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
            let mut token = AccessToken::new(format!("token-{n}"));
            if let Some(lifetime) = self.lifetime {
                token = token.with_expiry(SystemTime::now() + lifetime);
            }
            Box::pin(async move { Ok(token) })
        }
    }

    static SCOPES: &[&str] = &["https://www.googleapis.com/auth/photoslibrary"];

    #[tokio::test]
    async fn caches_until_close_to_expiry() {
        let provider = Arc::new(Counting {
            calls: AtomicU32::new(0),
            lifetime: Some(Duration::from_secs(3600)),
        });
        let cache = TokenCache::new(provider.clone(), "googleapis.com".into());
        assert_eq!(cache.get(SCOPES).await.unwrap().0.secret(), "token-1");
        let (token, serial) = cache.get(SCOPES).await.unwrap();
        assert_eq!(token.secret(), "token-1");
        assert!(cache.invalidate(SCOPES, serial).await);
        assert_eq!(cache.get(SCOPES).await.unwrap().0.secret(), "token-2");
        // A second 401 for token-1, from a call that carried it too: token-2 stays.
        assert!(cache.invalidate(SCOPES, serial).await);
        assert_eq!(cache.get(SCOPES).await.unwrap().0.secret(), "token-2");

        let short = Arc::new(Counting {
            calls: AtomicU32::new(0),
            lifetime: Some(Duration::from_secs(60)),
        });
        let cache = TokenCache::new(short, "googleapis.com".into());
        assert_eq!(cache.get(SCOPES).await.unwrap().0.secret(), "token-1");
        assert_eq!(cache.get(SCOPES).await.unwrap().0.secret(), "token-2");
    }

    #[tokio::test]
    async fn equal_scope_lists_at_other_addresses_share_a_token() {
        // A list of its own (identical statics may be merged into one by the compiler).
        let same: &'static [&'static str] = Vec::leak(SCOPES.to_vec());
        assert_ne!(same.as_ptr(), SCOPES.as_ptr(), "two lists");
        let provider = Arc::new(Counting {
            calls: AtomicU32::new(0),
            lifetime: Some(Duration::from_secs(3600)),
        });
        let cache = TokenCache::new(provider.clone(), "googleapis.com".into());
        assert_eq!(cache.get(SCOPES).await.unwrap().0.secret(), "token-1");
        assert_eq!(cache.get(same).await.unwrap().0.secret(), "token-1");
        assert_eq!(cache.get(same).await.unwrap().0.secret(), "token-1");
        assert_eq!(provider.calls.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn tokens_without_expiry_are_not_cached() {
        let provider = Arc::new(Counting {
            calls: AtomicU32::new(0),
            lifetime: None,
        });
        let cache = TokenCache::new(provider, "googleapis.com".into());
        cache.get(SCOPES).await.unwrap();
        assert_eq!(cache.get(SCOPES).await.unwrap().0.secret(), "token-2");
    }

    #[test]
    fn secrets_stay_out_of_debug() {
        let t = AccessToken::new("ya29.secret");
        assert!(!format!("{t:?}").contains("ya29"));
        assert!(!format!("{:?}", StaticToken::new("ya29.secret")).contains("ya29"));
        let mut headers = crate::http::Headers::new();
        t.authorize(&mut headers).unwrap();
        assert!(headers.is_sensitive("authorization"));
        assert!(!format!("{headers:?}").contains("ya29"));
        let err = AccessToken::new("bad\nvalue")
            .authorize(&mut headers)
            .unwrap_err();
        assert!(!err.to_string().contains("bad"), "{err}");
    }
}
