//! Google's OAuth 2.0 for installed (desktop) apps: the emulator as the authorization server
//! a Photos app signs its user in with.
//!
//! The endpoints sit at the paths Google uses, on the emulator's own host:
//! `GET /o/oauth2/v2/auth` (accounts.google.com) shows the consent page, whose form posts to
//! `POST /o/oauth2/v2/auth/consent`; `POST /token` and `POST /revoke` (oauth2.googleapis.com)
//! exchange and revoke tokens; `GET /oauth2/v1/certs`, named by `client_secret.json`, answers
//! an empty key set (the emulator signs no ID tokens). Tokens the emulator issues are then
//! checked by every API call (module `auth`).
//!
//! Where each rule comes from:
//! - "OAuth 2.0 for iOS & Desktop Apps"
//!   (<https://developers.google.com/identity/protocols/oauth2/native-app>): the parameters of
//!   each endpoint, PKCE, the loopback redirect, refreshing and revoking (modules
//!   `authorize`, `pkce`, `redirect`, `token`, `revoke`, `client`);
//! - "How to handle granular permissions"
//!   (<https://developers.google.com/identity/protocols/oauth2/resources/granular-permissions>):
//!   checkboxes when more than one non-Sign-In scope is asked, and apps must read the granted
//!   `scope` (module `page`);
//! - "Out-Of-Band (OOB) flow Migration Guide"
//!   (<https://developers.google.com/identity/protocols/oauth2/resources/oob-migration>): the
//!   out-of-band redirect is blocked (module `redirect`);
//! - RFC 6749 (OAuth 2.0), RFC 7636 (PKCE), RFC 8252 (native apps) where Google's guide
//!   defers to them; the error texts Google's endpoints are seen to send (public bug reports)
//!   where the guide names only the error codes.
//!
//! Each module says which of its rules are the emulator's own choices.

mod authorize;
mod client;
mod form;
mod page;
mod pkce;
pub(crate) mod random;
mod redact;
mod redirect;
mod revoke;
mod scopes;
mod store;
mod token;

use std::time::Duration;

use axum::body::Body;
use axum::http::{HeaderMap, Method, Response};
use serde_json::json;

use crate::server::{Req, Shared};

pub use client::{OAuthClient, OAuthUrls, DEFAULT_OAUTH_APP_NAME, DEFAULT_OAUTH_CLIENT_ID};
pub use store::{IssuedToken, OAuthGrant};

pub(crate) use client::secret_json;
pub(crate) use scopes::PREFIX as SCOPE_PREFIX;
pub(crate) use store::{Access, OAuthStore};

pub(crate) const AUTH_PATH: &str = "/o/oauth2/v2/auth";
pub(crate) const CONSENT_PATH: &str = "/o/oauth2/v2/auth/consent";
pub(crate) const TOKEN_PATH: &str = "/token";
pub(crate) const REVOKE_PATH: &str = "/revoke";
pub(crate) const CERTS_PATH: &str = "/oauth2/v1/certs";

/// The account the emulated user is signed in with, shown on the consent page.
pub const EMULATED_USER_EMAIL: &str = "photos.user@example.com";

/// How long an access token lives unless [`crate::Builder::access_token_lifetime`] says
/// otherwise: 3599 seconds, the `expires_in` Google's token endpoint answers.
pub const DEFAULT_ACCESS_TOKEN_LIFETIME: Duration = Duration::from_secs(3599);

/// How long an authorization code can be exchanged: 10 minutes on the emulator's clock (the
/// emulator's choice; Google's guide says codes are short-lived without a number).
pub const AUTHORIZATION_CODE_LIFETIME: Duration = Duration::from_secs(10 * 60);

pub(crate) struct OAuthConfig {
    pub(crate) client: OAuthClient,
    pub(crate) access_token_lifetime: Duration,
    pub(crate) issued_tokens_only: bool,
}

/// Whether the path is one of the OAuth endpoints.
pub(crate) fn owns(path: &str) -> bool {
    [AUTH_PATH, CONSENT_PATH, TOKEN_PATH, REVOKE_PATH, CERTS_PATH].contains(&path)
}

/// Answers a request to one of the OAuth endpoints (see [`owns`]); `None` for a method the
/// endpoint does not take.
pub(crate) fn dispatch(shared: &Shared, req: &Req) -> Option<Response<Body>> {
    Some(match (&req.method, req.path.as_str()) {
        (&Method::GET, AUTH_PATH) => authorize::start(shared, req),
        (&Method::POST, CONSENT_PATH) => authorize::answer(shared, req),
        (&Method::POST, TOKEN_PATH) => token::handle(shared, req),
        (&Method::POST, REVOKE_PATH) => revoke::handle(shared, req),
        (&Method::GET, CERTS_PATH) => form::ok_json(&json!({})),
        _ => return None,
    })
}

/// The query, headers and body the request log keeps of a request (module `redact`).
pub(crate) fn recordable(
    shared: &Shared,
    path: &str,
    query: &str,
    headers: &HeaderMap,
    body: &[u8],
) -> (String, HeaderMap, Vec<u8>) {
    redact::for_record(&shared.oauth(), path, query, headers, body)
}

/// Normalises the scopes a test hook is given: short Photos names get the prefix, anything
/// else stays as given.
pub(crate) fn normalise_scopes(given: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in given {
        let full = scopes::normalise(s).unwrap_or_else(|| (*s).to_owned());
        if !out.contains(&full) {
            out.push(full);
        }
    }
    out
}
