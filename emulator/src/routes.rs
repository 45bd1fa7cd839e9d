//! Routing: the 19 methods of the Discovery document (`discovery/photoslibrary.v1.json`,
//! paths as in <https://developers.google.com/photos/library/reference/rest>), the upload
//! endpoint (<https://developers.google.com/photos/library/guides/upload-media>) and base
//! URL serving. Everything under `/picker/` belongs to the Picker API (module `picker`),
//! which has a `GET v1/mediaItems` of its own.
//!
//! Custom verbs share a segment with the id (`/v1/albums/{albumId}:addEnrichment`), so the
//! last segment is split at its last literal `:` before percent-decoding; an escaped `%3A`
//! inside an id stays part of the id. Query parameters a method does not define are rejected
//! with 400, as Google does ("Cannot bind query parameter"), except the standard parameters
//! every Google API accepts (listed in the Discovery document's top-level `parameters`).

use axum::body::Body;
use axum::http::{Method, Response};

use crate::errors::ApiError;
use crate::server::{Req, Shared};
use crate::{albums, auth, base_urls, media_items, oauth, picker, query, search, uploads};

const STANDARD: [&str; 11] = [
    "$.xgafv",
    "access_token",
    "alt",
    "callback",
    "fields",
    "key",
    "oauth_token",
    "prettyPrint",
    "quotaUser",
    "uploadType",
    "upload_protocol",
];

const WITHDRAWN: &str = "The sharing methods of the Library API were removed on 2025-03-31; see https://developers.google.com/photos/support/updates";

pub(crate) fn not_found(req: &Req) -> ApiError {
    ApiError::not_found(format!(
        "The requested URL {} was not found on this server.",
        req.path
    ))
}

/// A path under `/v1/` split into percent-decoded segments, the custom verb (after the last
/// literal `:` of the last segment) apart.
pub(crate) fn split_path(rest: &str) -> (Vec<String>, Option<&str>) {
    let mut segs: Vec<&str> = rest.split('/').collect();
    let last = segs.pop().unwrap_or_default();
    let (last, verb) = match last.rsplit_once(':') {
        Some((l, v)) => (l, Some(v)),
        None => (last, None),
    };
    segs.push(last);
    let decoded = segs
        .iter()
        .map(|s| query::percent_decode(s, false))
        .collect();
    (decoded, verb)
}

/// Rejects query parameters the method does not define, as Google does, except the standard
/// ones every Google API accepts.
pub(crate) fn check_params(req: &Req, params: &[&str]) -> Result<(), ApiError> {
    for (k, _) in &req.query {
        if !params.contains(&k.as_str()) && !STANDARD.contains(&k.as_str()) {
            return Err(ApiError::invalid(format!(
                "Invalid JSON payload received. Unknown name \"{k}\": Cannot bind query parameter. Field '{k}' could not be found in request message."
            )));
        }
    }
    Ok(())
}

/// A Library API route: the method id (without the `photoslibrary.` prefix, or `uploads`),
/// the query parameters it defines, and the decoded path segments after `/v1/`.
pub(crate) struct Route {
    pub(crate) id: &'static str,
    pub(crate) params: &'static [&'static str],
    pub(crate) segs: Vec<String>,
}

pub(crate) fn resolve(method: &Method, path: &str) -> Option<Route> {
    let rest = path.strip_prefix("/v1/")?;
    let (decoded, verb) = split_path(rest);
    let d: Vec<&str> = decoded.iter().map(String::as_str).collect();
    let (id, params): (&'static str, &'static [&'static str]) =
        match (method.as_str(), d.as_slice(), verb) {
            ("GET", ["albums"], None) => (
                "albums.list",
                &["excludeNonAppCreatedData", "pageSize", "pageToken"],
            ),
            ("POST", ["albums"], None) => ("albums.create", &[]),
            ("GET", ["albums", _], None) => ("albums.get", &[]),
            ("PATCH", ["albums", _], None) => ("albums.patch", &["updateMask"]),
            ("POST", ["albums", _], Some("addEnrichment")) => ("albums.addEnrichment", &[]),
            ("POST", ["albums", _], Some("batchAddMediaItems")) => {
                ("albums.batchAddMediaItems", &[])
            }
            ("POST", ["albums", _], Some("batchRemoveMediaItems")) => {
                ("albums.batchRemoveMediaItems", &[])
            }
            ("POST", ["albums", _], Some("share")) => ("albums.share", &[]),
            ("POST", ["albums", _], Some("unshare")) => ("albums.unshare", &[]),
            ("GET", ["mediaItems"], None) => ("mediaItems.list", &["pageSize", "pageToken"]),
            ("POST", ["mediaItems"], Some("batchCreate")) => ("mediaItems.batchCreate", &[]),
            ("GET", ["mediaItems"], Some("batchGet")) => ("mediaItems.batchGet", &["mediaItemIds"]),
            ("POST", ["mediaItems"], Some("search")) => ("mediaItems.search", &[]),
            ("GET", ["mediaItems", _], None) => ("mediaItems.get", &[]),
            ("PATCH", ["mediaItems", _], None) => ("mediaItems.patch", &["updateMask"]),
            ("GET", ["sharedAlbums"], None) => (
                "sharedAlbums.list",
                &["excludeNonAppCreatedData", "pageSize", "pageToken"],
            ),
            ("GET", ["sharedAlbums", _], None) => ("sharedAlbums.get", &[]),
            ("POST", ["sharedAlbums"], Some("join")) => ("sharedAlbums.join", &[]),
            ("POST", ["sharedAlbums"], Some("leave")) => ("sharedAlbums.leave", &[]),
            ("POST", ["uploads"], None) => ("uploads", &["upload_id"]),
            _ => return None,
        };
    Some(Route {
        id,
        params,
        segs: decoded,
    })
}

/// The Discovery method id a request routes to (see [`crate::Recorded::method_id`]).
pub(crate) fn method_id(method: &Method, path: &str) -> Option<String> {
    if path.starts_with(picker::PREFIX) {
        return picker::method_id(method, path).map(str::to_owned);
    }
    resolve(method, path)
        .filter(|r| r.id != "uploads")
        .map(|r| format!("photoslibrary.{}", r.id))
}

pub(crate) fn dispatch(shared: &Shared, req: &Req) -> Result<Response<Body>, ApiError> {
    if oauth::owns(&req.path) {
        return oauth::dispatch(shared, req).ok_or_else(|| not_found(req));
    }
    if req.path.starts_with(picker::PREFIX) {
        return picker::dispatch(shared, req);
    }
    if req.method == Method::GET {
        if let Some(rest) = req.path.strip_prefix("/media/") {
            return base_urls::serve(shared, req, rest);
        }
    }
    let Some(Route { id, params, segs }) = resolve(&req.method, &req.path) else {
        return Err(not_found(req));
    };
    check_params(req, params)?;
    // A resumable session URL is itself the credential, as in Google's guide, whose
    // chunk requests carry no Authorization header.
    let is_session = id == "uploads" && req.param("upload_id").is_some();
    if !is_session {
        auth::check(shared, &req.headers, &req.query, id)?;
    }
    let path_id = segs.get(1).map(String::as_str).unwrap_or_default();
    match id {
        "albums.list" => albums::list(shared, req),
        "albums.create" => albums::create(shared, req),
        "albums.get" => albums::get(shared, path_id),
        "albums.patch" => albums::patch(shared, req, path_id),
        "albums.addEnrichment" => albums::add_enrichment(shared, req, path_id),
        "albums.batchAddMediaItems" => albums::batch_add(shared, req, path_id),
        "albums.batchRemoveMediaItems" => albums::batch_remove(shared, req, path_id),
        "mediaItems.list" => search::list(shared, req),
        "mediaItems.search" => search::search(shared, req),
        "mediaItems.batchCreate" => media_items::batch_create(shared, req),
        "mediaItems.batchGet" => media_items::batch_get(shared, req),
        "mediaItems.get" => media_items::get(shared, path_id),
        "mediaItems.patch" => media_items::patch(shared, req, path_id),
        "uploads" => uploads::handle(shared, req),
        _ => Err(ApiError::denied(WITHDRAWN)),
    }
}
