//! Authentication and scopes.
//!
//! Every API method needs an OAuth 2.0 access token, sent as `Authorization: Bearer …`
//! (or the standard `access_token` query parameter); without one Google answers
//! 401 UNAUTHENTICATED (<https://developers.google.com/photos/overview/authorization>).
//! Since 2025-03-31 Google grants only `photoslibrary.appendonly`,
//! `photoslibrary.readonly.appcreateddata` and `photoslibrary.edit.appcreateddata`
//! (<https://developers.google.com/photos/support/updates>); a method accepts those of
//! its Discovery-document scopes that are still granted, and a token without one of them
//! gets 403 PERMISSION_DENIED "Request had insufficient authentication scopes."
//!
//! The Picker API has one scope, `photospicker.mediaitems.readonly`, for all of its methods
//! and for fetching its base URLs
//! (<https://developers.google.com/photos/picker/guides/media-items>); it is granted alongside
//! the Library scopes above and neither API accepts the other's.
//!
//! Tokens the emulator issued itself (module `oauth`) are checked as Google checks its own:
//! expired or revoked → 401 UNAUTHENTICATED; valid but without one of the method's scopes →
//! 403 PERMISSION_DENIED. Other tokens are opaque to the emulator, so in strict mode it reads
//! the scopes from the token itself: `scopes:photoslibrary.appendonly,https://www.googleapis.com/auth/…`.
//! Outside strict mode any other non-empty token is accepted with every scope, unless only
//! issued tokens are accepted ([`crate::Builder::issued_tokens_only`]).
//!
//! The failures carry what Google's carry (public bug reports show the bodies and headers;
//! `google/api/error_reason.proto` of googleapis defines the reasons,
//! <https://github.com/googleapis/googleapis/blob/master/google/api/error_reason.proto>):
//! - 401: "Request had invalid authentication credentials. Expected OAuth 2 access token,
//!   login cookie or other valid authentication credential. See
//!   `https://developers.google.com/identity/sign-in/web/devconsole-project`.", an `errors`
//!   entry `{"message": "Invalid Credentials", "domain": "global", "reason": "authError",
//!   "location": "Authorization", "locationType": "header"}`, for an expired token an
//!   `ErrorInfo` with reason `ACCESS_TOKEN_EXPIRED`, and
//!   `WWW-Authenticate: Bearer realm="https://accounts.google.com/", error="invalid_token"`;
//! - 403: "Request had insufficient authentication scopes.", an `errors` entry
//!   `{"message": "Insufficient Permission", "domain": "global", "reason":
//!   "insufficientPermissions"}`, an `ErrorInfo` with reason `ACCESS_TOKEN_SCOPE_INSUFFICIENT`,
//!   and `WWW-Authenticate: Bearer realm="https://accounts.google.com/",
//!   error=insufficient_scope, scope="…"` naming the scopes that would do (Google writes
//!   `insufficient_scope` without quotes in every capture found; clients should accept both
//!   forms, as RFC 7235 allows).
//!
//! `ErrorInfo.metadata` is `{"service": "photoslibrary.googleapis.com" or
//! "photospicker.googleapis.com", "method": …}`; Google puts the RPC name there, which is not
//! public for these APIs, so the emulator puts the Discovery method id
//! (`photoslibrary.albums.list`; `photoslibrary.uploads` and `photospicker.baseUrl` for the
//! upload endpoint and Picker base URLs, which have none). A revoked or unknown token gets no
//! `ErrorInfo` (the emulator's choice: no capture shows one).

use axum::http::HeaderMap;

use crate::errors::{ApiError, AuthFailure, Code};
use crate::oauth::{Access, SCOPE_PREFIX as PREFIX};
use crate::server::Shared;
const APPEND: &str = "photoslibrary.appendonly";
const READ: &str = "photoslibrary.readonly.appcreateddata";
const EDIT: &str = "photoslibrary.edit.appcreateddata";
const PICKER: &str = "photospicker.mediaitems.readonly";
const GRANTED: [&str; 4] = [APPEND, READ, EDIT, PICKER];

/// The scopes the Discovery documents (`discovery/photoslibrary.v1.json`,
/// `discovery/photospicker.v1.json`) list per method. Picker ids carry their API's prefix
/// (`photospicker.sessions.create`); `photospicker.baseUrl` stands for fetching a Picker base
/// URL, which the guide says needs the same scope.
fn discovery_scopes(method: &str) -> &'static [&'static str] {
    if method.starts_with("photospicker.") {
        return &[PICKER];
    }
    const WRITE: &[&str] = &["photoslibrary", APPEND, "photoslibrary.sharing"];
    const READS: &[&str] = &["photoslibrary", "photoslibrary.readonly", READ];
    match method {
        "albums.addEnrichment"
        | "albums.batchAddMediaItems"
        | "albums.create"
        | "mediaItems.batchCreate"
        | "uploads" => WRITE,
        "albums.batchRemoveMediaItems" => &["photoslibrary"],
        "albums.get"
        | "albums.list"
        | "mediaItems.batchGet"
        | "mediaItems.get"
        | "mediaItems.list"
        | "mediaItems.search"
        | "sharedAlbums.list" => READS,
        "albums.patch" | "mediaItems.patch" => &[EDIT],
        _ => &["photoslibrary.sharing"],
    }
}

/// The current reference pages add `edit.appcreateddata` to the two album-membership
/// methods (<https://developers.google.com/photos/library/reference/rest/v1/albums/batchAddMediaItems>,
/// <https://developers.google.com/photos/library/reference/rest/v1/albums/batchRemoveMediaItems>);
/// without it `batchRemoveMediaItems`, whose Discovery entry lists only the withdrawn
/// `photoslibrary` scope, could not be called at all.
fn reference_additions(method: &str) -> &'static [&'static str] {
    match method {
        "albums.batchAddMediaItems" | "albums.batchRemoveMediaItems" => &[EDIT],
        _ => &[],
    }
}

pub(crate) fn accepted_scopes(method: &str) -> Vec<&'static str> {
    let mut v: Vec<&str> = discovery_scopes(method)
        .iter()
        .chain(reference_additions(method))
        .copied()
        .filter(|s| GRANTED.contains(s))
        .collect();
    v.dedup();
    v
}

/// The access token of a request, from the header or the standard query parameters.
pub(crate) fn token<'a>(headers: &'a HeaderMap, query: &'a [(String, String)]) -> Option<&'a str> {
    if let Some(v) = headers.get("authorization").and_then(|v| v.to_str().ok()) {
        let v = v.trim();
        if v.len() > 7 && v.is_char_boundary(7) && v[..7].eq_ignore_ascii_case("bearer ") {
            let t = v[7..].trim();
            return (!t.is_empty()).then_some(t);
        }
        return None;
    }
    query
        .iter()
        .find(|(k, v)| (k == "access_token" || k == "oauth_token") && !v.is_empty())
        .map(|(_, v)| v.as_str())
}

/// The service and the method `ErrorInfo.metadata` names for an emulator method id.
fn service_and_method(method: &str) -> (&'static str, String) {
    if method.starts_with("photospicker.") {
        ("photospicker.googleapis.com", method.to_owned())
    } else {
        (
            "photoslibrary.googleapis.com",
            format!("photoslibrary.{method}"),
        )
    }
}

const REALM: &str = "Bearer realm=\"https://accounts.google.com/\"";

fn invalid_credentials(method: &str, expired: bool) -> ApiError {
    let (service, rpc) = service_and_method(method);
    let mut e = ApiError::new(
        Code::Unauthenticated,
        "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
    );
    e.auth = Some(Box::new(AuthFailure {
        legacy: ("Invalid Credentials", "authError", true),
        info: expired.then_some(("ACCESS_TOKEN_EXPIRED", service, rpc)),
        challenge: format!("{REALM}, error=\"invalid_token\""),
    }));
    e
}

fn insufficient_scope(method: &str) -> ApiError {
    let (service, rpc) = service_and_method(method);
    let mut would_do = accepted_scopes(method);
    if would_do.is_empty() {
        would_do = discovery_scopes(method).to_vec();
    }
    let scope: Vec<String> = would_do.iter().map(|s| format!("{PREFIX}{s}")).collect();
    let mut e = ApiError::denied("Request had insufficient authentication scopes.");
    e.auth = Some(Box::new(AuthFailure {
        legacy: ("Insufficient Permission", "insufficientPermissions", false),
        info: Some(("ACCESS_TOKEN_SCOPE_INSUFFICIENT", service, rpc)),
        challenge: format!(
            "{REALM}, error=insufficient_scope, scope=\"{}\"",
            scope.join(" ")
        ),
    }));
    e
}

/// Which tokens the API accepts.
#[derive(Clone, Copy)]
struct Policy {
    strict: bool,
    issued_only: bool,
}

/// The verdict on a request's token; `issued` is what the emulator knows of it, when it
/// issued it.
fn decide(
    token: Option<&str>,
    issued: Option<Access>,
    policy: Policy,
    method: &str,
) -> Result<(), ApiError> {
    let Some(token) = token else {
        return Err(ApiError::new(
            Code::Unauthenticated,
            "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
        ));
    };
    let have: Vec<String> = match issued {
        Some(Access::Valid(granted)) => granted,
        Some(Access::Expired) => return Err(invalid_credentials(method, true)),
        Some(Access::Revoked) => return Err(invalid_credentials(method, false)),
        None if policy.issued_only => return Err(invalid_credentials(method, false)),
        None if !policy.strict => return Ok(()),
        None => match token.strip_prefix("scopes:") {
            Some(list) => list.split(',').map(|s| s.trim().to_owned()).collect(),
            None => return Err(invalid_credentials(method, false)),
        },
    };
    let have: Vec<&str> = have
        .iter()
        .map(|s| s.strip_prefix(PREFIX).unwrap_or(s))
        .collect();
    if accepted_scopes(method).iter().any(|s| have.contains(s)) {
        Ok(())
    } else {
        Err(insufficient_scope(method))
    }
}

/// Checks the request's token for `method` (an id as in [`accepted_scopes`]).
pub(crate) fn check(
    shared: &Shared,
    headers: &HeaderMap,
    query: &[(String, String)],
    method: &str,
) -> Result<(), ApiError> {
    let token = token(headers, query);
    let issued = token.and_then(|t| shared.oauth().check_access(t, shared.clock.now()));
    let policy = Policy {
        strict: shared.config.strict_scopes,
        issued_only: shared.config.oauth.issued_tokens_only,
    };
    decide(token, issued, policy, method)
}

#[cfg(test)]
mod tests {
    use super::*;

    const STRICT: Policy = Policy {
        strict: true,
        issued_only: false,
    };
    const LAX: Policy = Policy {
        strict: false,
        issued_only: false,
    };

    fn check(h: &HeaderMap, policy: Policy, method: &str) -> Result<(), ApiError> {
        decide(token(h, &[]), None, policy, method)
    }

    fn bearer(t: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("authorization", format!("Bearer {t}").parse().unwrap());
        h
    }

    #[test]
    fn scopes_after_2025() {
        assert_eq!(accepted_scopes("albums.create"), vec![APPEND]);
        assert_eq!(accepted_scopes("albums.list"), vec![READ]);
        assert_eq!(accepted_scopes("albums.batchRemoveMediaItems"), vec![EDIT]);
        assert!(accepted_scopes("albums.share").is_empty());
        assert_eq!(
            accepted_scopes("photospicker.sessions.create"),
            vec![PICKER]
        );
    }

    #[test]
    fn picker_and_library_scopes_do_not_mix() {
        let h = bearer(&format!("scopes:{PREFIX}{PICKER}"));
        assert!(check(&h, STRICT, "photospicker.mediaItems.list").is_ok());
        assert_eq!(
            check(&h, STRICT, "mediaItems.list").unwrap_err().code,
            Code::PermissionDenied
        );
        let h = bearer(&format!("scopes:{READ}"));
        assert_eq!(
            check(&h, STRICT, "photospicker.sessions.get")
                .unwrap_err()
                .code,
            Code::PermissionDenied
        );
    }

    #[test]
    fn strict_tokens() {
        assert_eq!(
            check(&HeaderMap::new(), LAX, "albums.list")
                .unwrap_err()
                .code,
            Code::Unauthenticated
        );
        let h = bearer("scopes:photoslibrary.appendonly");
        assert!(check(&h, STRICT, "albums.create").is_ok());
        assert_eq!(
            check(&h, STRICT, "albums.list").unwrap_err().code,
            Code::PermissionDenied
        );
        let h = bearer(&format!("scopes:{PREFIX}{READ}"));
        assert!(check(&h, STRICT, "albums.list").is_ok());
        let h = bearer("whatever");
        assert!(check(&h, LAX, "albums.list").is_ok());
        assert_eq!(
            check(&h, STRICT, "albums.list").unwrap_err().code,
            Code::Unauthenticated
        );
        let only = Policy {
            strict: false,
            issued_only: true,
        };
        assert_eq!(
            check(&h, only, "albums.list").unwrap_err().code,
            Code::Unauthenticated
        );
    }

    #[test]
    fn issued_tokens_are_judged_by_their_grant() {
        let t = Some("ya29.x");
        let read = Access::Valid(vec![format!("{PREFIX}{READ}")]);
        assert!(decide(t, Some(read.clone()), STRICT, "albums.list").is_ok());
        let e = decide(t, Some(read), LAX, "albums.create").unwrap_err();
        assert_eq!(e.code, Code::PermissionDenied);
        let auth = e.auth.unwrap();
        assert_eq!(
            auth.challenge,
            format!("Bearer realm=\"https://accounts.google.com/\", error=insufficient_scope, scope=\"{PREFIX}{APPEND}\"")
        );
        assert_eq!(
            auth.info,
            Some((
                "ACCESS_TOKEN_SCOPE_INSUFFICIENT",
                "photoslibrary.googleapis.com",
                "photoslibrary.albums.create".to_owned()
            ))
        );
        let e = decide(t, Some(Access::Expired), LAX, "photospicker.baseUrl").unwrap_err();
        assert_eq!(e.code, Code::Unauthenticated);
        assert_eq!(e.auth.unwrap().info.unwrap().0, "ACCESS_TOKEN_EXPIRED");
        let e = decide(t, Some(Access::Revoked), LAX, "albums.list").unwrap_err();
        assert!(e.auth.unwrap().info.is_none());
    }

    #[test]
    fn withdrawn_methods_name_their_discovery_scope() {
        let e = decide(Some("scopes:x"), None, STRICT, "albums.share").unwrap_err();
        assert!(e
            .auth
            .unwrap()
            .challenge
            .ends_with("scope=\"https://www.googleapis.com/auth/photoslibrary.sharing\""));
    }
}
