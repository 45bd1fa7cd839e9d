//! The revocation endpoint, `POST /revoke` (Google's is `https://oauth2.googleapis.com/revoke`).
//!
//! "OAuth 2.0 for iOS & Desktop Apps", "Revoking a token"
//! (<https://developers.google.com/identity/protocols/oauth2/native-app>): the token comes as
//! the `token` parameter (Google's example puts it in the query of a form POST; a form body
//! works too), may be an access token or a refresh token, and revoking an access token also
//! revokes its refresh token; success is 200, failure 400 with an error code. The code and
//! description for a token that is unknown, expired or already revoked,
//! `{"error": "invalid_token", "error_description": "Token expired or revoked"}`, are what
//! Google is seen to answer. No client authentication is needed. The emulator's choices: a
//! request without a token is `invalid_request` "Missing required parameter: token", and a
//! success has an empty body.

use axum::body::Body;
use axum::http::{header, HeaderValue, Response, StatusCode};

use crate::server::{Req, Shared};

use super::form::{Form, OAuthError};

pub(crate) fn handle(shared: &Shared, req: &Req) -> Response<Body> {
    let form = Form::of(req);
    let Some(token) = form.get("token") else {
        return OAuthError::missing("token").into_response();
    };
    let now = shared.clock.now();
    if !shared.oauth().revoke(token, now) {
        return OAuthError::bad("invalid_token", "Token expired or revoked").into_response();
    }
    let mut resp = Response::new(Body::empty());
    *resp.status_mut() = StatusCode::OK;
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}
