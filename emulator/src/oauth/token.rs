//! The token endpoint, `POST /token` (Google's is `https://oauth2.googleapis.com/token`).
//!
//! "OAuth 2.0 for iOS & Desktop Apps"
//! (<https://developers.google.com/identity/protocols/oauth2/native-app>, step 5 and
//! "Refreshing an access token"): a form with `grant_type=authorization_code`, `code`,
//! `client_id`, `client_secret`, `redirect_uri` and `code_verifier` answers `access_token`,
//! `expires_in`, `refresh_token`, `scope` and `token_type: "Bearer"`; one with
//! `grant_type=refresh_token`, `refresh_token`, `client_id` and `client_secret` answers a new
//! access token with the grant's scopes and no new refresh token. Client credentials may also
//! come as HTTP Basic (RFC 6749, section 2.3.1; when both are sent, Basic wins).
//!
//! Errors are the ones Google's endpoint is seen to send (its pages list the codes, public
//! bug reports the descriptions): `unsupported_grant_type` "Invalid grant_type: X";
//! `invalid_request` "Could not determine client ID from request.", "client_secret is
//! missing.", "Missing required parameter: code"; `invalid_client` (401) "The OAuth client was
//! not found." and "Unauthorized" (wrong secret); `invalid_grant` "Malformed auth code." (a
//! code that was never issued), "Bad Request" (used, expired or another client's),
//! "Missing code verifier.", "Invalid code verifier.", "code_verifier or verifier is not
//! needed." (a verifier for a code asked without a challenge), "Token has been expired or
//! revoked."; `redirect_uri_mismatch` "Bad Request" (not the `redirect_uri` the code was
//! asked with).
//!
//! The emulator's choices: a code lives [`crate::AUTHORIZATION_CODE_LIFETIME`] on the
//! emulator's clock and works once; an exchange that fails leaves the code unspent; no
//! `id_token` is minted (`openid` is granted like any scope); the `scope` parameter of a
//! refresh is ignored.

use axum::body::Body;
use axum::http::Response;
use serde_json::json;

use crate::server::{Req, Shared};

use super::form::{basic_credentials, ok_json, Form, OAuthError};
use super::pkce;
use super::store::Refresh;

pub(crate) fn handle(shared: &Shared, req: &Req) -> Response<Body> {
    match exchange(shared, req) {
        Ok(resp) => resp,
        Err(e) => e.into_response(),
    }
}

fn exchange(shared: &Shared, req: &Req) -> Result<Response<Body>, OAuthError> {
    let form = Form::of(req);
    let grant_type = form.get("grant_type").unwrap_or("");
    if !matches!(grant_type, "authorization_code" | "refresh_token") {
        return Err(OAuthError::bad(
            "unsupported_grant_type",
            format!("Invalid grant_type: {grant_type}"),
        ));
    }
    let client_id = authenticate(shared, req, &form)?;
    if grant_type == "authorization_code" {
        redeem_code(shared, &form, &client_id)
    } else {
        refresh(shared, &form, &client_id)
    }
}

/// The client's id once its secret checks out.
fn authenticate(shared: &Shared, req: &Req, form: &Form) -> Result<String, OAuthError> {
    let (id, secret) = match basic_credentials(req) {
        Some((id, secret)) => (Some(id), Some(secret)),
        None => (
            form.get("client_id").map(str::to_owned),
            form.get("client_secret").map(str::to_owned),
        ),
    };
    let client = &shared.config.oauth.client;
    let Some(id) = id.filter(|s| !s.is_empty()) else {
        return Err(OAuthError::bad(
            "invalid_request",
            "Could not determine client ID from request.",
        ));
    };
    if id != client.client_id {
        return Err(OAuthError::new(
            401,
            "invalid_client",
            "The OAuth client was not found.",
        ));
    }
    let Some(secret) = secret.filter(|s| !s.is_empty()) else {
        return Err(OAuthError::bad(
            "invalid_request",
            "client_secret is missing.",
        ));
    };
    if !pkce::same(secret.as_bytes(), client.client_secret.as_bytes()) {
        return Err(OAuthError::new(401, "invalid_client", "Unauthorized"));
    }
    Ok(id)
}

fn redeem_code(
    shared: &Shared,
    form: &Form,
    client_id: &str,
) -> Result<Response<Body>, OAuthError> {
    let code = form
        .get("code")
        .ok_or_else(|| OAuthError::missing("code"))?;
    let verifier = form.get("code_verifier");
    let now = shared.clock.now();
    let mut oauth = shared.oauth();
    if let Some(v) = verifier {
        oauth.saw(v);
    }
    let rec = oauth
        .code(code)
        .ok_or_else(|| OAuthError::bad("invalid_grant", "Malformed auth code."))?;
    if rec.used || now >= rec.expires || rec.client_id != client_id {
        return Err(OAuthError::bad("invalid_grant", "Bad Request"));
    }
    let redirect_uri = form
        .get("redirect_uri")
        .ok_or_else(|| OAuthError::missing("redirect_uri"))?;
    if redirect_uri != rec.redirect_uri {
        return Err(OAuthError::bad("redirect_uri_mismatch", "Bad Request"));
    }
    match (&rec.challenge, verifier) {
        (Some(_), None) => return Err(OAuthError::bad("invalid_grant", "Missing code verifier.")),
        (Some(c), Some(v)) if !c.verifies(v) => {
            return Err(OAuthError::bad("invalid_grant", "Invalid code verifier."))
        }
        (None, Some(_)) => {
            return Err(OAuthError::bad(
                "invalid_grant",
                "code_verifier or verifier is not needed.",
            ))
        }
        _ => {}
    }
    let scopes = rec.scopes.clone();
    oauth.spend_code(code);
    let lifetime = shared.config.oauth.access_token_lifetime;
    let (grant, refresh_token) = oauth.new_grant(client_id, scopes.clone());
    let access_token = oauth.issue_access(grant, now + lifetime, false);
    Ok(ok_json(&json!({
        "access_token": access_token,
        "expires_in": lifetime.as_secs(),
        "refresh_token": refresh_token,
        "scope": scopes.join(" "),
        "token_type": "Bearer",
    })))
}

fn refresh(shared: &Shared, form: &Form, client_id: &str) -> Result<Response<Body>, OAuthError> {
    let token = form
        .get("refresh_token")
        .ok_or_else(|| OAuthError::missing("refresh_token"))?;
    let now = shared.clock.now();
    let mut oauth = shared.oauth();
    let grant = match oauth.check_refresh(token) {
        None => return Err(OAuthError::bad("invalid_grant", "Bad Request")),
        Some(Refresh::Revoked) => {
            return Err(OAuthError::bad(
                "invalid_grant",
                "Token has been expired or revoked.",
            ))
        }
        Some(Refresh::Live {
            client_id: owner, ..
        }) if owner != client_id => return Err(OAuthError::bad("invalid_grant", "Unauthorized")),
        Some(Refresh::Live { grant, .. }) => grant,
    };
    let lifetime = shared.config.oauth.access_token_lifetime;
    let access_token = oauth.issue_access(grant, now + lifetime, true);
    Ok(ok_json(&json!({
        "access_token": access_token,
        "expires_in": lifetime.as_secs(),
        "scope": oauth.scopes(grant).join(" "),
        "token_type": "Bearer",
    })))
}
