//! A local emulator of the Google Photos Library API v1 and of the Google Photos Picker API v1.
//!
//! Google offers no emulator for these APIs. This crate is one: an HTTP server on 127.0.0.1
//! that behaves as Google documents the API, written from that documentation and the
//! Discovery documents (`discovery/photoslibrary.v1.json`, `discovery/photospicker.v1.json`)
//! and deliberately independent of the generated clients, so that it checks a client instead
//! of agreeing with it by construction. The Picker API lives under `/picker/` of the same
//! server ([`Emulator::picker_url`]).
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! let server = photos_emulator::Emulator::start().await?;
//! // Point a client at server.base_url() ("http://127.0.0.1:PORT/") with any bearer token.
//! server.reply(photos_emulator::Reply::json(403, r#"{"error":{"code":403}}"#));
//! # Ok(()) }
//! ```
//!
//! # What is emulated, and where each rule comes from
//!
//! - The 19 methods with the paths of the reference
//!   (<https://developers.google.com/photos/library/reference/rest>); module `routes`
//!   holds the table.
//! - Authentication and the scopes Google still grants after 2025-03-31
//!   (<https://developers.google.com/photos/overview/authorization>,
//!   <https://developers.google.com/photos/support/updates>): module `auth`.
//! - Only app-created albums and media items are readable or changeable, and the sharing
//!   methods (`albums.share`, `albums.unshare`, all of `sharedAlbums`) answer 403
//!   PERMISSION_DENIED, since they were removed on 2025-03-31
//!   (<https://developers.google.com/photos/support/updates>).
//! - Google's JSON error format (<https://cloud.google.com/apis/design/errors>): module `errors`.
//! - Page sizes and tokens (<https://developers.google.com/photos/library/guides/list>):
//!   module `paging`.
//! - Albums (<https://developers.google.com/photos/library/guides/manage-albums>): module
//!   `albums`; media items and batch limits
//!   (<https://developers.google.com/photos/library/guides/upload-media>): module
//!   `media_items`; search filters
//!   (<https://developers.google.com/photos/library/guides/apply-filters>): module `search`.
//! - Raw and resumable uploads
//!   (<https://developers.google.com/photos/library/guides/upload-media>,
//!   <https://developers.google.com/photos/library/guides/resumable-uploads>): module `uploads`.
//! - Base URLs, their 60-minute validity and their size parameters
//!   (<https://developers.google.com/photos/library/guides/access-media-items>): module
//!   `base_urls`.
//! - The Picker API (<https://developers.google.com/photos/picker/reference/rest>): picking
//!   sessions with their polling configuration and expiry on the emulator's clock, a per-user
//!   cap of open sessions, a picker web page showing the whole library, `mediaItems.list` of
//!   the picked items, and base URLs that need the OAuth token: module `picker`.
//! - Signing in: Google's OAuth 2.0 for installed apps, with its consent page, token and
//!   revocation endpoints, PKCE, loopback redirects and granular consent
//!   (<https://developers.google.com/identity/protocols/oauth2/native-app>,
//!   <https://developers.google.com/identity/protocols/oauth2/resources/granular-permissions>):
//!   module `oauth`. API calls check the tokens it issues (module `auth`).
//!
//! # Not emulated
//!
//! Quotas and rate limits (429 only through [`Emulator::reply`]), the `fields` partial
//! response parameter (accepted, ignored), archiving, content classification, favourites set
//! by the user on app items, video processing states other than `READY`, video thumbnails,
//! EXIF metadata (`photo` is always `{}`), `contributorInfo`, and interleaving enrichments
//! with media items. The emulator keeps one user's library.
//!
//! # Test helpers
//!
//! Besides the API, an [`Emulator`] records every request ([`Emulator::requests`]), answers
//! scripted replies ([`Emulator::reply`]), injects upload faults
//! ([`Emulator::cut_upload_at`], [`Emulator::fail_upload_chunk`]) and exposes its state
//! ([`Emulator::albums`], [`Emulator::media_items`], [`Emulator::uploads`],
//! [`Emulator::picker_sessions`]) and picks for a user without a browser ([`Emulator::pick`]).
//! For signing in it mints tokens without a browser ([`Emulator::issue_token`]), expires and
//! revokes them ([`Emulator::expire_access_tokens`], [`Emulator::revoke_grants`]), shows the
//! grants ([`Emulator::oauth_grants`]) and lists every secret it issued or saw
//! ([`Emulator::oauth_secrets`]), which its request log never shows.

mod albums;
mod auth;
mod base_urls;
mod clock;
mod errors;
mod filters;
mod html;
mod ids;
mod media_items;
mod oauth;
mod paging;
mod persist;
mod picker;
mod query;
mod record;
mod routes;
mod search;
mod seed;
mod server;
mod state;
mod uploads;
mod wire;

use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;

pub use clock::{format_rfc3339, parse_rfc3339, Clock};
pub use oauth::{
    IssuedToken, OAuthClient, OAuthGrant, OAuthUrls, AUTHORIZATION_CODE_LIFETIME,
    DEFAULT_ACCESS_TOKEN_LIFETIME, DEFAULT_OAUTH_APP_NAME, DEFAULT_OAUTH_CLIENT_ID,
    EMULATED_USER_EMAIL,
};
pub use picker::state::PickerSessionState;
pub use record::{ChunkLog, Recorded, Reply};
pub use seed::{SeedAlbum, SeedMediaItem};
pub use state::{AlbumState, MediaItemState, UploadState};

use oauth::random::Random;
use oauth::{OAuthConfig, OAuthStore};
use picker::state::{PickerConfig, Sessions};
use server::{Config, Shared};
use state::Store;

/// The default resumable-upload chunk granularity, 256 KiB.
pub const DEFAULT_GRANULARITY: u64 = 256 * 1024;

/// The default `pollingConfig.pollInterval` of Picker sessions, 5 seconds (the emulator's
/// choice: Google documents no value).
pub const DEFAULT_PICKER_POLL_INTERVAL: Duration = Duration::from_secs(5);

/// The default time a Picker session stays open for picking, which `pollingConfig.timeoutIn`
/// counts down from: 30 minutes (the emulator's choice).
pub const DEFAULT_PICKER_POLLING_TIMEOUT: Duration = Duration::from_secs(30 * 60);

/// The default time from a Picker session's creation to its `expireTime`: 60 minutes (the
/// emulator's choice).
pub const DEFAULT_PICKER_SESSION_LIFETIME: Duration = Duration::from_secs(60 * 60);

/// The default number of Picker sessions a user may have open (neither deleted nor expired)
/// before `sessions.create` answers 429 RESOURCE_EXHAUSTED: 10 (the emulator's choice).
pub const DEFAULT_PICKER_MAX_SESSIONS: usize = 10;

/// A running emulator. Cloning is cheap and gives another handle on the same server, which
/// runs in a tokio task of the runtime that started it.
#[derive(Clone)]
pub struct Emulator {
    shared: Arc<Shared>,
}

impl std::fmt::Debug for Emulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Emulator")
            .field("base_url", &self.shared.base_url)
            .finish_non_exhaustive()
    }
}

/// Options for starting an [`Emulator`].
#[derive(Clone, Debug)]
pub struct Builder {
    port: u16,
    data_dir: Option<PathBuf>,
    strict_scopes: bool,
    granularity: u64,
    seed_file: Option<PathBuf>,
    log_requests: bool,
    picker: PickerConfig,
    oauth_client: Option<OAuthClient>,
    access_token_lifetime: Duration,
    issued_tokens_only: bool,
}

impl Default for Builder {
    fn default() -> Builder {
        Builder {
            port: 0,
            data_dir: None,
            strict_scopes: false,
            granularity: DEFAULT_GRANULARITY,
            seed_file: None,
            log_requests: false,
            picker: PickerConfig {
                poll_interval: DEFAULT_PICKER_POLL_INTERVAL,
                polling_timeout: DEFAULT_PICKER_POLLING_TIMEOUT,
                lifetime: DEFAULT_PICKER_SESSION_LIFETIME,
                max_open_sessions: DEFAULT_PICKER_MAX_SESSIONS,
            },
            oauth_client: None,
            access_token_lifetime: DEFAULT_ACCESS_TOKEN_LIFETIME,
            issued_tokens_only: false,
        }
    }
}

impl Builder {
    /// The port on 127.0.0.1 to listen on; 0 (the default) picks a free one.
    pub fn port(mut self, port: u16) -> Builder {
        self.port = port;
        self
    }

    /// Persists the library in this folder (created if needed) and loads it at start.
    pub fn data_dir(mut self, dir: impl Into<PathBuf>) -> Builder {
        self.data_dir = Some(dir.into());
        self
    }

    /// Reads scopes from `scopes:…` tokens and enforces them (see the `auth` module docs).
    pub fn strict_scopes(mut self, strict: bool) -> Builder {
        self.strict_scopes = strict;
        self
    }

    /// The resumable-upload chunk granularity in bytes (default 256 KiB; 0 counts as 1).
    pub fn upload_granularity(mut self, bytes: u64) -> Builder {
        self.granularity = bytes.max(1);
        self
    }

    /// Seeds non-app content from a JSON file (format in [`SeedMediaItem`]'s module docs,
    /// repeated in the README).
    pub fn seed_file(mut self, path: impl Into<PathBuf>) -> Builder {
        self.seed_file = Some(path.into());
        self
    }

    /// Logs one line per request to stderr (what the binary does).
    pub fn log_requests(mut self, log: bool) -> Builder {
        self.log_requests = log;
        self
    }

    /// The `pollingConfig.pollInterval` Picker sessions recommend (default
    /// [`DEFAULT_PICKER_POLL_INTERVAL`]); tests use a small one, e.g. 50 ms.
    pub fn picker_poll_interval(mut self, interval: Duration) -> Builder {
        self.picker.poll_interval = interval;
        self
    }

    /// How long a Picker session stays open for picking: its first `timeoutIn`, which then
    /// shrinks with the emulator's clock to `0s` (default [`DEFAULT_PICKER_POLLING_TIMEOUT`];
    /// never more than the lifetime).
    pub fn picker_polling_timeout(mut self, timeout: Duration) -> Builder {
        self.picker.polling_timeout = timeout;
        self
    }

    /// How long after creation a Picker session's `expireTime` falls (default
    /// [`DEFAULT_PICKER_SESSION_LIFETIME`]).
    pub fn picker_session_lifetime(mut self, lifetime: Duration) -> Builder {
        self.picker.lifetime = lifetime;
        self
    }

    /// How many Picker sessions may be open (neither deleted nor expired) before
    /// `sessions.create` answers 429 RESOURCE_EXHAUSTED (default
    /// [`DEFAULT_PICKER_MAX_SESSIONS`]).
    pub fn picker_max_sessions(mut self, sessions: usize) -> Builder {
        self.picker.max_open_sessions = sessions;
        self
    }

    /// The OAuth client the emulator knows instead of the default one
    /// ([`DEFAULT_OAUTH_CLIENT_ID`], a `GOCSPX-emulator-…` secret made up at each start,
    /// [`DEFAULT_OAUTH_APP_NAME`]); the app name is what the consent page shows.
    pub fn oauth_client(
        mut self,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        app_name: impl Into<String>,
    ) -> Builder {
        self.oauth_client = Some(OAuthClient {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            app_name: app_name.into(),
        });
        self
    }

    /// How long the access tokens the token endpoint issues live on the emulator's clock
    /// (default [`DEFAULT_ACCESS_TOKEN_LIFETIME`], 3599 s); `expires_in` says it in whole
    /// seconds.
    pub fn access_token_lifetime(mut self, lifetime: Duration) -> Builder {
        self.access_token_lifetime = lifetime;
        self
    }

    /// Accepts only access tokens the emulator issued (through its token endpoint or
    /// [`Emulator::issue_token`]) on API calls and Picker base URLs; any other token gets
    /// 401 UNAUTHENTICATED. Off by default, so that any token (or, with
    /// [`Builder::strict_scopes`], a `scopes:…` token) works too.
    pub fn issued_tokens_only(mut self, only: bool) -> Builder {
        self.issued_tokens_only = only;
        self
    }

    /// Binds, loads any saved state and seed file, and starts serving.
    ///
    /// Errors: the port cannot be bound, the data directory cannot be read or holds a broken
    /// state, or the seed file is unreadable or invalid (the message names the problem).
    pub async fn start(self) -> io::Result<Emulator> {
        let mut store = Store::new();
        let mut offset = Duration::ZERO;
        let mut fresh = true;
        if let Some(dir) = &self.data_dir {
            std::fs::create_dir_all(dir)?;
            if let Some((saved, off)) = persist::load(dir)? {
                store = saved;
                offset = off;
                fresh = false;
            }
        }
        let clock = Clock::with_offset(offset);
        if let (Some(path), true) = (&self.seed_file, fresh) {
            seed::apply_file(&mut store, path, clock.now())?;
        }
        let listener =
            TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, self.port))).await?;
        let port = listener.local_addr()?.port();
        let (stop, _) = tokio::sync::watch::channel(false);
        let random = Random::new();
        let client = self
            .oauth_client
            .unwrap_or_else(|| OAuthClient::generated(&random));
        let shared = Arc::new(Shared {
            store: std::sync::Mutex::new(store),
            picker: std::sync::Mutex::new(Sessions::new()),
            oauth: std::sync::Mutex::new(OAuthStore::new(random)),
            clock,
            recorder: record::Recorder::default(),
            config: Config {
                strict_scopes: self.strict_scopes,
                granularity: self.granularity,
                data_dir: self.data_dir,
                log_requests: self.log_requests,
                picker: self.picker,
                oauth: OAuthConfig {
                    client,
                    access_token_lifetime: self.access_token_lifetime,
                    issued_tokens_only: self.issued_tokens_only,
                },
            },
            base_url: format!("http://127.0.0.1:{port}/"),
            stop,
        });
        shared
            .persist(&shared.lock())
            .map_err(|e| io::Error::other(e.message))?;
        let weak = Arc::downgrade(&shared);
        shared.clock.set_on_advance(Box::new(move || {
            if let Some(shared) = weak.upgrade() {
                // A failed save is logged by persist; advancing the clock cannot fail.
                let _ = shared.persist(&shared.lock());
            }
        }));
        tokio::spawn(server::serve(listener, shared.clone()));
        Ok(Emulator { shared })
    }
}

impl Emulator {
    /// Starts an in-memory emulator on a free port of 127.0.0.1.
    pub async fn start() -> io::Result<Emulator> {
        Builder::default().start().await
    }

    /// Options for [`Builder::start`].
    pub fn builder() -> Builder {
        Builder::default()
    }

    /// The server's root, `http://127.0.0.1:PORT/` (with the trailing slash), to use as a
    /// client's root URL.
    pub fn base_url(&self) -> &str {
        &self.shared.base_url
    }

    /// The Picker API's root, `http://127.0.0.1:PORT/picker/` (with the trailing slash), to
    /// use as a Picker client's root URL.
    pub fn picker_url(&self) -> String {
        format!("{}picker/", self.shared.base_url)
    }

    /// The OAuth client the emulator knows.
    pub fn oauth_client(&self) -> OAuthClient {
        self.shared.config.oauth.client.clone()
    }

    /// The OAuth endpoints: authorization (`…/o/oauth2/v2/auth`), token (`…/token`) and
    /// revocation (`…/revoke`).
    pub fn oauth_urls(&self) -> OAuthUrls {
        OAuthUrls::new(&self.shared.base_url)
    }

    /// The `client_secret.json` Google lets a Desktop client's owner download, for the
    /// emulator's client: `{"installed": {"client_id", "project_id", "auth_uri",
    /// "token_uri", "auth_provider_x509_cert_url", "client_secret", "redirect_uris"}}`, the
    /// URIs pointing at this emulator.
    pub fn client_secret_json(&self) -> String {
        oauth::secret_json(&self.shared.config.oauth.client, &self.shared.base_url)
    }

    /// Mints tokens as if the user had granted these scopes to the emulator's client in a
    /// browser: a new grant with its refresh token and a first access token. Photos short
    /// names (`photoslibrary.appendonly`) get the `https://www.googleapis.com/auth/` prefix;
    /// other strings are taken as they are.
    pub fn issue_token(&self, scopes: &[&str]) -> IssuedToken {
        let scopes = oauth::normalise_scopes(scopes);
        let lifetime = self.shared.config.oauth.access_token_lifetime;
        let now = self.shared.clock.now();
        let mut oauth = self.shared.oauth();
        let (grant, refresh_token) =
            oauth.new_grant(&self.shared.config.oauth.client.client_id, scopes.clone());
        let access_token = oauth.issue_access(grant, now + lifetime, false);
        IssuedToken {
            access_token,
            refresh_token,
            expires_in: lifetime,
            scope: scopes.join(" "),
        }
    }

    /// Makes every access token issued so far expired now (refresh tokens keep working).
    pub fn expire_access_tokens(&self) {
        let now = self.shared.clock.now();
        self.shared.oauth().expire_all(now);
    }

    /// Revokes every grant, as if the user removed the app's access or the 7 days a refresh
    /// token lives for an app in "Testing" status passed: its access and refresh tokens stop
    /// working.
    pub fn revoke_grants(&self) {
        self.shared.oauth().revoke_all();
    }

    /// Every grant so far (a code exchange or [`Emulator::issue_token`] makes one), oldest
    /// first.
    pub fn oauth_grants(&self) -> Vec<OAuthGrant> {
        self.shared.oauth().grants()
    }

    /// Every secret the emulator issued or saw: the client secret, authorization codes, code
    /// verifiers sent to the token endpoint, access and refresh tokens. A test can check that
    /// none of them appears in what it captured (logs, files, panics).
    pub fn oauth_secrets(&self) -> Vec<String> {
        let mut all = vec![self.shared.config.oauth.client.client_secret.clone()];
        all.extend(self.shared.oauth().secrets());
        all
    }

    /// The emulator's clock (advance it to expire tokens, base URLs and picking sessions).
    pub fn clock(&self) -> &Clock {
        &self.shared.clock
    }

    /// Does what the user does on the picker page: picks these library items (app-created or
    /// not), in this order, and presses Done. Afterwards `sessions.get` shows
    /// `mediaItemsSet: true` and `mediaItems.list` returns them.
    ///
    /// Errors (the message starts with Google's status name): the session does not exist
    /// (`NOT_FOUND`), has expired (`PERMISSION_DENIED`), was already picked or timed out
    /// (`FAILED_PRECONDITION`); no ids, a repeated or unknown id, or more than the session's
    /// `maxItemCount` (`INVALID_ARGUMENT`).
    pub fn pick(&self, session_id: &str, media_item_ids: &[&str]) -> Result<(), String> {
        let ids: Vec<String> = media_item_ids.iter().map(|s| (*s).to_owned()).collect();
        picker::sessions::pick(&self.shared, session_id, &ids).map_err(|e| e.to_string())
    }

    /// Every Picker session not deleted (expired ones included), oldest first.
    pub fn picker_sessions(&self) -> Vec<PickerSessionState> {
        self.shared
            .picker()
            .list
            .iter()
            .map(|s| PickerSessionState::new(s, picker::sessions::picker_uri(&self.shared, &s.id)))
            .collect()
    }

    fn mutate<R>(&self, f: impl FnOnce(&mut Store) -> R) -> R {
        let mut store = self.shared.lock();
        let r = f(&mut store);
        // A test helper cannot answer with an API error; a failed save was logged already.
        let _ = self.shared.persist(&store);
        r
    }

    /// Adds a media item that the app did not create (invisible to the API); returns its id.
    pub fn seed_media_item(&self, item: SeedMediaItem) -> String {
        let now = self.shared.clock.now();
        self.mutate(|s| seed::add_item(s, item, now))
    }

    /// Adds an album that the app did not create (invisible to the API); returns its id.
    pub fn seed_album(&self, album: SeedAlbum) -> String {
        self.mutate(|s| seed::add_album(s, album))
    }

    /// Every album, app-created or not, in creation order.
    pub fn albums(&self) -> Vec<AlbumState> {
        self.shared
            .lock()
            .albums
            .iter()
            .map(AlbumState::from)
            .collect()
    }

    /// Every media item, app-created or not, in library order.
    pub fn media_items(&self) -> Vec<MediaItemState> {
        self.shared
            .lock()
            .items
            .iter()
            .map(MediaItemState::from)
            .collect()
    }

    /// Every request so far, as it arrived.
    pub fn requests(&self) -> Vec<Recorded> {
        self.shared.recorder.requests()
    }

    /// The one request recorded so far.
    ///
    /// # Panics
    ///
    /// When there was not exactly one request; the message lists those there were. It is a
    /// test assertion, meant to fail the test.
    pub fn only_request(&self) -> Recorded {
        let mut all = self.requests();
        if all.len() != 1 {
            let list: Vec<String> = all
                .iter()
                .map(|r| format!("{} {}?{}", r.method, r.path, r.query))
                .collect();
            panic!("expected exactly one request, got {}: {list:#?}", all.len());
        }
        all.remove(0)
    }

    /// Forgets the requests recorded so far.
    pub fn clear_requests(&self) {
        self.shared.recorder.clear();
    }

    /// Answers the next request (any path, recorded as usual) with `reply` instead of the
    /// emulated behaviour. Replies queue up and are used first in, first out.
    pub fn reply(&self, reply: Reply) {
        self.shared.recorder.push_reply(reply);
    }

    /// Drops the TCP connection, without an answer, once an upload request's body reaches
    /// the absolute upload offset `offset` (its `X-Goog-Upload-Offset` plus the bytes read).
    /// Happens once. A resumable session keeps the whole granules received before the cut.
    pub fn cut_upload_at(&self, offset: u64) {
        *self
            .shared
            .recorder
            .cut_at
            .lock()
            .expect("fault lock poisoned") = Some(offset);
    }

    /// Drops the TCP connection of the next base-URL download (Library or Picker) once
    /// `bytes` bytes of its body are sent, its headers having announced the whole length:
    /// a download cut on the way. Happens once.
    pub fn cut_download_after(&self, bytes: u64) {
        *self
            .shared
            .recorder
            .cut_download_after
            .lock()
            .expect("fault lock poisoned") = Some(bytes);
    }

    /// Answers the `n`-th (0-based, counted from the start) upload request that carries
    /// bytes with 503 UNAVAILABLE after reading it, keeping none of its bytes. Happens once.
    /// Requests dropped by [`Emulator::cut_upload_at`] count too (the cut wins if it is the
    /// same request).
    pub fn fail_upload_chunk(&self, n: usize) {
        *self
            .shared
            .recorder
            .fail_chunk
            .lock()
            .expect("fault lock poisoned") = Some(n);
    }

    /// The finished uploads (raw, or resumable and finalized), oldest first.
    pub fn uploads(&self) -> Vec<UploadState> {
        self.shared
            .lock()
            .tokens
            .iter()
            .map(UploadState::from)
            .collect()
    }

    /// Every resumable-upload request (`start` included), in arrival order.
    pub fn upload_chunks(&self) -> Vec<ChunkLog> {
        self.shared
            .recorder
            .chunk_log
            .lock()
            .expect("chunk log poisoned")
            .clone()
    }

    /// The most upload requests that were in flight at once.
    pub fn max_concurrent_uploads(&self) -> usize {
        self.shared.recorder.max_in_flight()
    }

    /// Stops accepting connections and closes the open ones.
    pub fn shutdown(&self) {
        let _ = self.shared.stop.send(true);
    }
}
