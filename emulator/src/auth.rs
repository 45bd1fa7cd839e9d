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
//! Real tokens are opaque, so in strict mode the emulator reads the scopes from the token
//! itself: `scopes:photoslibrary.appendonly,https://www.googleapis.com/auth/…`. Outside
//! strict mode any non-empty token is accepted with every scope.

use axum::http::HeaderMap;

use crate::errors::{ApiError, Code};

const PREFIX: &str = "https://www.googleapis.com/auth/";
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
        if v.len() > 7 && v[..7].eq_ignore_ascii_case("bearer ") {
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

pub(crate) fn check(
    headers: &HeaderMap,
    query: &[(String, String)],
    strict: bool,
    method: &str,
) -> Result<(), ApiError> {
    let Some(token) = token(headers, query) else {
        return Err(ApiError::new(
            Code::Unauthenticated,
            "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
        ));
    };
    if !strict {
        return Ok(());
    }
    let Some(list) = token.strip_prefix("scopes:") else {
        return Err(ApiError::new(
            Code::Unauthenticated,
            "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
        ));
    };
    let have: Vec<&str> = list
        .split(',')
        .map(|s| s.trim())
        .map(|s| s.strip_prefix(PREFIX).unwrap_or(s))
        .collect();
    if accepted_scopes(method).iter().any(|s| have.contains(s)) {
        Ok(())
    } else {
        Err(ApiError::denied(
            "Request had insufficient authentication scopes.",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let mut h = HeaderMap::new();
        h.insert(
            "authorization",
            format!("Bearer scopes:{PREFIX}{PICKER}").parse().unwrap(),
        );
        assert!(check(&h, &[], true, "photospicker.mediaItems.list").is_ok());
        assert_eq!(
            check(&h, &[], true, "mediaItems.list").unwrap_err().code,
            Code::PermissionDenied
        );
        h.insert(
            "authorization",
            format!("Bearer scopes:{READ}").parse().unwrap(),
        );
        assert_eq!(
            check(&h, &[], true, "photospicker.sessions.get")
                .unwrap_err()
                .code,
            Code::PermissionDenied
        );
    }

    #[test]
    fn strict_tokens() {
        let mut h = HeaderMap::new();
        assert_eq!(
            check(&h, &[], false, "albums.list").unwrap_err().code,
            Code::Unauthenticated
        );
        h.insert(
            "authorization",
            "Bearer scopes:photoslibrary.appendonly".parse().unwrap(),
        );
        assert!(check(&h, &[], true, "albums.create").is_ok());
        assert_eq!(
            check(&h, &[], true, "albums.list").unwrap_err().code,
            Code::PermissionDenied
        );
        h.insert(
            "authorization",
            format!("Bearer scopes:{PREFIX}{READ}").parse().unwrap(),
        );
        assert!(check(&h, &[], true, "albums.list").is_ok());
        h.insert("authorization", "Bearer whatever".parse().unwrap());
        assert!(check(&h, &[], false, "albums.list").is_ok());
        assert_eq!(
            check(&h, &[], true, "albums.list").unwrap_err().code,
            Code::Unauthenticated
        );
    }
}
