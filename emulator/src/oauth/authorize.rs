//! The authorization endpoint, `GET /o/oauth2/v2/auth` (Google's is
//! `https://accounts.google.com/o/oauth2/v2/auth`), and the consent form it shows, which posts
//! to `POST /o/oauth2/v2/auth/consent`.
//!
//! Parameters and answers follow "OAuth 2.0 for iOS & Desktop Apps"
//! (<https://developers.google.com/identity/protocols/oauth2/native-app>, steps 2 to 4):
//! `client_id`, `redirect_uri`, `response_type=code`, `scope` (space-separated),
//! `code_challenge`, `code_challenge_method`, `state`, `login_hint`,
//! `include_granted_scopes`, `prompt`. The user's answer goes back to `redirect_uri` as
//! `code`, `scope` (what was granted) and `state`, or `error=access_denied` and `state`.
//! What Google shows when a request is refused (an error page, no redirect): a missing
//! parameter is `Error 400: invalid_request` ("Missing required parameter: client_id",
//! "Required parameter is missing: response_type"), an unknown client `Error 401:
//! invalid_client` ("The OAuth client was not found."), a redirect URI that is not a loopback
//! address `Error 400: redirect_uri_mismatch`, an out-of-band one `Error 400:
//! invalid_request`, an unknown scope `Error 400: invalid_scope` ("Some requested scopes were
//! invalid."). Module `redirect` has the loopback rules.
//!
//! The emulator's choices where the guide is silent: `response_type` other than `code` is
//! `Error 400: unsupported_response_type`; `login_hint` and `access_type` are accepted and
//! ignored (there is one user, and installed apps always get a refresh token); unknown
//! parameters are ignored; the consent page is shown every time except with `prompt=none`,
//! which answers at once with a code when this client already holds every requested scope
//! and with `error=consent_required` otherwise (the OpenID Connect rule); a consent page
//! can be answered once, within an hour on the emulator's clock; Allow with no scope at all
//! ticked (and no Sign-In scope asked) answers `error=access_denied`, as Cancel does.

use std::time::Duration;

use axum::body::Body;
use axum::http::{header, HeaderValue, Response, StatusCode};

use crate::html;
use crate::server::{Req, Shared};

use super::form::Form;
use super::page::{self, Consent, Refused};
use super::redirect::{self, Refusal};
use super::store::{CodeRec, Pending};
use super::{pkce, scopes, AUTHORIZATION_CODE_LIFETIME, EMULATED_USER_EMAIL};

/// How long a consent page stays answerable.
const CONSENT_LIFETIME: Duration = Duration::from_secs(60 * 60);

fn refused(
    status: u16,
    error: &'static str,
    title: String,
    text: &str,
    detail: impl Into<String>,
    request: Vec<(&'static str, String)>,
) -> Response<Body> {
    let code = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    html::page(
        code,
        &page::refused(&Refused {
            status,
            error,
            title,
            text: text.to_owned(),
            detail: detail.into(),
            request,
        }),
    )
}

const INVALID_TEXT: &str = "You can't sign in because this app sent an invalid request. You can try again later, or contact the developer about this issue.";

/// Sends the browser back to the app.
fn back_to_app(redirect_uri: &str, params: &[(&str, &str)]) -> Response<Body> {
    let location = redirect::with_params(redirect_uri, params);
    let Ok(value) = HeaderValue::from_str(&location) else {
        // Unreachable for a URI that passed `redirect::check`, which allows only visible
        // ASCII; answered rather than assumed.
        return refused(
            400,
            "redirect_uri_mismatch",
            "Access blocked: This app's request is invalid".into(),
            INVALID_TEXT,
            "The redirect URI cannot be used as a Location header.",
            vec![],
        );
    };
    let mut resp = Response::new(Body::empty());
    *resp.status_mut() = StatusCode::FOUND;
    resp.headers_mut().insert(header::LOCATION, value);
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}

fn with_state<'a>(
    mut params: Vec<(&'a str, &'a str)>,
    state: Option<&'a str>,
) -> Vec<(&'a str, &'a str)> {
    if let Some(s) = state {
        params.push(("state", s));
    }
    params
}

/// `GET /o/oauth2/v2/auth`.
pub(crate) fn start(shared: &Shared, req: &Req) -> Response<Body> {
    let client = &shared.config.oauth.client;
    let Some(client_id) = req.param("client_id").filter(|s| !s.is_empty()) else {
        return refused(
            400,
            "invalid_request",
            "Access blocked: Authorization Error".into(),
            INVALID_TEXT,
            "Missing required parameter: client_id",
            vec![],
        );
    };
    if client_id != client.client_id {
        return refused(
            401,
            "invalid_client",
            "Access blocked: Authorization Error".into(),
            "The OAuth client was not found.",
            format!(
                "This emulator knows one OAuth client, {}; see Emulator::client_secret_json or --client-secret-out.",
                client.client_id
            ),
            vec![("client_id", client_id.to_owned())],
        );
    }
    let blocked = format!("Access blocked: {}'s request is invalid", client.app_name);
    let Some(redirect_uri) = req.param("redirect_uri").filter(|s| !s.is_empty()) else {
        return refused(
            400,
            "invalid_request",
            blocked,
            INVALID_TEXT,
            "Missing required parameter: redirect_uri",
            vec![],
        );
    };
    let shown = vec![("redirect_uri", redirect_uri.to_owned())];
    match redirect::check(redirect_uri) {
        Ok(()) => {}
        Err(Refusal::OutOfBand) => {
            return refused(
                400,
                "invalid_request",
                blocked,
                "You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy for keeping apps secure.",
                "The out-of-band (OOB) flow has been blocked in order to keep users secure. See https://developers.google.com/identity/protocols/oauth2/resources/oob-migration for the alternatives; a Desktop app listens on a loopback address.",
                shown,
            )
        }
        Err(Refusal::Mismatch) => {
            return refused(
                400,
                "redirect_uri_mismatch",
                blocked,
                "You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy. If you're the app developer, register the redirect URI in the Google Cloud Console.",
                "A Desktop app's redirect URI is a loopback address: http://127.0.0.1:PORT, http://[::1]:PORT or http://localhost:PORT, with an optional path.",
                shown,
            )
        }
    }
    let invalid = |detail: String| {
        refused(
            400,
            "invalid_request",
            blocked.clone(),
            INVALID_TEXT,
            detail,
            shown.clone(),
        )
    };
    match req.param("response_type").filter(|s| !s.is_empty()) {
        None => return invalid("Required parameter is missing: response_type".into()),
        Some("code") => {}
        Some(other) => {
            return refused(
                400,
                "unsupported_response_type",
                blocked.clone(),
                INVALID_TEXT,
                format!(
                    "Invalid response_type: {other}. A Desktop app asks for response_type=code."
                ),
                shown.clone(),
            )
        }
    }
    let requested = match req.param("scope").map(scopes::parse) {
        None => return invalid("Missing required parameter: scope".into()),
        Some(Ok(s)) if s.is_empty() => return invalid("Missing required parameter: scope".into()),
        Some(Ok(s)) => s,
        Some(Err(bad)) => {
            return refused(
                400,
                "invalid_scope",
                blocked.clone(),
                INVALID_TEXT,
                format!(
                    "Some requested scopes were invalid. {{invalid=[{}]}}",
                    bad.join(", ")
                ),
                shown.clone(),
            )
        }
    };
    let challenge = match pkce::from_request(
        req.param("code_challenge").filter(|s| !s.is_empty()),
        req.param("code_challenge_method").filter(|s| !s.is_empty()),
    ) {
        Ok(c) => c,
        Err(e) => return invalid(e),
    };
    let prompts: Vec<&str> = req
        .param("prompt")
        .unwrap_or("")
        .split_whitespace()
        .collect();
    if let Some(bad) = prompts
        .iter()
        .find(|p| !matches!(**p, "none" | "consent" | "select_account"))
    {
        return invalid(format!(
            "Invalid parameter value for prompt: Invalid prompt: {bad}"
        ));
    }
    if prompts.contains(&"none") && prompts.len() > 1 {
        return invalid("prompt=none cannot be combined with other prompt values".into());
    }
    let state = req.param("state");
    let include_granted = req.param("include_granted_scopes") == Some("true");
    let now = shared.clock.now();
    let mut oauth = shared.oauth();
    if prompts.contains(&"none") {
        let before = oauth.granted_before(client_id);
        if !requested.iter().all(|s| before.contains(s)) {
            return back_to_app(
                redirect_uri,
                &with_state(vec![("error", "consent_required")], state),
            );
        }
        let granted = if include_granted { before } else { requested };
        let code = oauth.issue_code(CodeRec {
            client_id: client_id.to_owned(),
            redirect_uri: redirect_uri.to_owned(),
            scopes: granted.clone(),
            challenge,
            expires: now + AUTHORIZATION_CODE_LIFETIME,
            used: false,
        });
        let scope = granted.join(" ");
        return back_to_app(
            redirect_uri,
            &with_state(vec![("code", &code), ("scope", &scope)], state),
        );
    }
    let consent_id = oauth.add_pending(Pending {
        client_id: client_id.to_owned(),
        redirect_uri: redirect_uri.to_owned(),
        scopes: requested.clone(),
        include_granted,
        state: state.map(str::to_owned),
        challenge,
        created: now,
    });
    drop(oauth);
    html::page(
        StatusCode::OK,
        &page::consent(&Consent {
            consent_id: &consent_id,
            app_name: &client.app_name,
            email: EMULATED_USER_EMAIL,
            scopes: &requested,
            redirect_uri,
        }),
    )
}

/// `POST /o/oauth2/v2/auth/consent`: Allow or Cancel.
pub(crate) fn answer(shared: &Shared, req: &Req) -> Response<Body> {
    let form = Form::of(req);
    let gone = || {
        refused(
            400,
            "invalid_request",
            "This sign-in request can no longer be answered".into(),
            "It was already answered, or it waited too long. Go back to the app and start signing in again.",
            "The consent_id is unknown, used or expired.",
            vec![],
        )
    };
    let allow = match form.get("action") {
        Some("allow") => true,
        Some("cancel") => false,
        _ => {
            return refused(
                400,
                "invalid_request",
                "Choose Allow or Cancel".into(),
                INVALID_TEXT,
                "The form must carry action=allow or action=cancel.",
                vec![],
            )
        }
    };
    let Some(id) = form.get("consent_id") else {
        return gone();
    };
    let now = shared.clock.now();
    let mut oauth = shared.oauth();
    let Some(p) = oauth.take_pending(id) else {
        return gone();
    };
    if now.duration_since(p.created).unwrap_or_default() > CONSENT_LIFETIME {
        return gone();
    }
    let state = p.state.as_deref();
    let denied = || {
        back_to_app(
            &p.redirect_uri,
            &with_state(vec![("error", "access_denied")], state),
        )
    };
    if !allow {
        return denied();
    }
    let ticked = form.all("scope");
    let granular = page::is_granular(&p.scopes);
    let mut granted: Vec<String> = p
        .scopes
        .iter()
        .filter(|s| scopes::is_sign_in(s) || !granular || ticked.contains(&s.as_str()))
        .cloned()
        .collect();
    if granted.is_empty() {
        return denied();
    }
    if p.include_granted {
        let mut all = oauth.granted_before(&p.client_id);
        all.retain(|s| !granted.contains(s));
        all.append(&mut granted);
        granted = all;
    }
    let scope = granted.join(" ");
    let code = oauth.issue_code(CodeRec {
        client_id: p.client_id.clone(),
        redirect_uri: p.redirect_uri.clone(),
        scopes: granted,
        challenge: p.challenge.clone(),
        expires: now + AUTHORIZATION_CODE_LIFETIME,
        used: false,
    });
    back_to_app(
        &p.redirect_uri,
        &with_state(vec![("code", &code), ("scope", &scope)], state),
    )
}
