//! The Google Photos Picker API, under the path prefix `/picker/` of the same server.
//!
//! Google serves the Picker at its own root, `https://photospicker.googleapis.com/`, with the
//! four methods of `discovery/photospicker.v1.json` (`POST v1/sessions`,
//! `GET`/`DELETE v1/sessions/{sessionId}`, `GET v1/mediaItems`;
//! <https://developers.google.com/photos/picker/reference/rest>). The Library API also has a
//! `GET v1/mediaItems`, so the emulator gives the Picker a root of its own,
//! `http://127.0.0.1:PORT/picker/`, which a client uses as its root URL.
//!
//! Besides the API, the prefix holds what Google serves elsewhere: the picker page a
//! `pickerUri` opens (`pick/{sessionId}`, module `page`), the Picker's base URLs (`media/…`,
//! which need the OAuth token), and one emulator hook, `POST _emulator/sessions/{id}:pick`,
//! that does what the page's Done does.

pub(crate) mod media_items;
pub(crate) mod page;
pub(crate) mod sessions;
pub(crate) mod state;

use axum::body::Body;
use axum::http::{Method, Response};

use crate::auth;
use crate::errors::ApiError;
use crate::query;
use crate::routes::{check_params, not_found, split_path};
use crate::server::{Req, Shared};

/// The path prefix of everything Picker.
pub(crate) const PREFIX: &str = "/picker/";

/// A Picker API method: its Discovery id, its query parameters and the session id in its path.
struct ApiMethod {
    id: &'static str,
    params: &'static [&'static str],
    session: Option<String>,
}

fn resolve(method: &Method, rest: &str) -> Option<ApiMethod> {
    let rest = rest.strip_prefix("v1/")?;
    let (segs, verb) = split_path(rest);
    let d: Vec<&str> = segs.iter().map(String::as_str).collect();
    let (id, params, session): (&'static str, &'static [&'static str], Option<&str>) =
        match (method.as_str(), d.as_slice(), verb) {
            ("POST", ["sessions"], None) => ("photospicker.sessions.create", &["requestId"], None),
            ("GET", ["sessions", s], None) => ("photospicker.sessions.get", &[], Some(s)),
            ("DELETE", ["sessions", s], None) => ("photospicker.sessions.delete", &[], Some(s)),
            ("GET", ["mediaItems"], None) => (
                "photospicker.mediaItems.list",
                &["sessionId", "pageSize", "pageToken"],
                None,
            ),
            _ => return None,
        };
    Some(ApiMethod {
        id,
        params,
        session: session.map(str::to_owned),
    })
}

/// The Discovery id of a Picker API request, for the request log.
pub(crate) fn method_id(method: &Method, path: &str) -> Option<&'static str> {
    let rest = path.strip_prefix(PREFIX)?;
    resolve(method, rest).map(|m| m.id)
}

pub(crate) fn dispatch(shared: &Shared, req: &Req) -> Result<Response<Body>, ApiError> {
    let rest = req.path.strip_prefix(PREFIX).unwrap_or_default();
    if let Some(m) = resolve(&req.method, rest) {
        check_params(req, m.params)?;
        auth::check(shared, &req.headers, &req.query, m.id)?;
        let session = m.session.as_deref().unwrap_or_default();
        return match m.id {
            "photospicker.sessions.create" => sessions::create(shared, req),
            "photospicker.sessions.get" => sessions::get(shared, session),
            "photospicker.sessions.delete" => sessions::delete(shared, session),
            _ => media_items::list(shared, req),
        };
    }
    if let Some(media) = rest.strip_prefix("media/") {
        if req.method == Method::GET {
            return media_items::serve_base_url(shared, req, media);
        }
        return Err(not_found(req));
    }
    if let Some(page) = rest.strip_prefix("pick/") {
        let (id, autoclose) = match page.strip_suffix("/autoclose") {
            Some(id) => (id, true),
            None => (page, false),
        };
        let id = query::percent_decode(id, false);
        if id.is_empty() || id.contains('/') {
            return Err(not_found(req));
        }
        return match req.method {
            Method::GET => Ok(page::get(shared, &id, autoclose)),
            Method::POST => Ok(page::post(shared, req, &id, autoclose)),
            _ => Err(not_found(req)),
        };
    }
    if let Some(hook) = rest.strip_prefix("_emulator/") {
        let (segs, verb) = split_path(hook);
        if let (&Method::POST, [kind, id], Some("pick")) = (&req.method, segs.as_slice(), verb) {
            if kind == "sessions" {
                return sessions::pick_hook(shared, req, id);
            }
        }
    }
    Err(not_found(req))
}
