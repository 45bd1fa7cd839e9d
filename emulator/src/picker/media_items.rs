//! `mediaItems.list` of the Picker API, and fetching the base URLs it hands out.
//!
//! Rules, with their sources (under developers.google.com/photos/picker/):
//! - "A FAILED_PRECONDITION error is returned if the user has not yet finished picking media
//!   items for the specified session" (`reference/rest/v1/mediaItems/list`); an unknown session
//!   is NOT_FOUND and an expired one PERMISSION_DENIED, as for `sessions.get`, since
//!   `expireTime` ends access to "this session (and its picked media items)"
//!   (`reference/rest/v1/sessions`). `sessionId` is "Required."
//! - `pageSize`: "If unspecified or set to 0, at most 50 media items is returned. The maximum
//!   value is 100; values above 100 will be coerced to 100. Negative values will result in an
//!   INVALID_ARGUMENT error." A `nextPageToken` is present only when more pages follow.
//! - `PickedMediaItem` fields (`id`, `createTime`, `type`, `mediaFile` with `baseUrl`,
//!   `mimeType`, `filename`, `mediaFileMetadata` with integer `width`/`height` and
//!   `photoMetadata` or `videoMetadata`) as in `reference/rest/v1/mediaItems` and
//!   `discovery/photospicker.v1.json`. The `id` is the library's: "a persistent identifier
//!   that can be used between sessions".
//! - Base URLs: fetching one needs "a valid OAuth 2.0 access token with the
//!   …/auth/photospicker.mediaitems.readonly scope"; they "remain valid for 60 minutes"
//!   (`guides/media-items`). Without a token the emulator answers 401 UNAUTHENTICATED, as for
//!   any API call (<https://developers.google.com/photos/overview/authorization>); the
//!   parameters and the 403 after expiry are those of Library base URLs (module `base_urls`).
//!
//! The items are listed in pick order. The emulator has no EXIF data, so `cameraMake`,
//! `cameraModel` and the photo fields are absent, and a video's `videoMetadata` only says
//! `processingStatus: READY`; `width`/`height` appear when the bytes decode as an image.

use axum::body::Body;
use axum::http::{Response, StatusCode};
use serde_json::{json, Map, Value};

use crate::auth;
use crate::base_urls::{self, Kind};
use crate::clock::format_proto_timestamp;
use crate::errors::{json_response, ApiError, Code};
use crate::paging::{self, AboveMax};
use crate::server::{Req, Shared};
use crate::state::ItemRec;

use super::sessions::{expired, not_found};
use super::state::Status;

const DEFAULT_PAGE: usize = 50;
const MAX_PAGE: usize = 100;

/// The page size after the documented defaulting and coercion ("If unspecified or set to
/// 0, at most 50 media items is returned. The maximum value is 100; values above 100 will be
/// coerced to 100. Negative values will result in an `INVALID_ARGUMENT` error.").
fn page_size(raw: Option<&str>) -> Result<usize, ApiError> {
    let Some(raw) = raw.filter(|r| !r.is_empty()) else {
        return Ok(DEFAULT_PAGE);
    };
    // An int32 on the wire, so values beyond its range fail to parse as Google's do.
    let n: i32 = raw.trim().parse().map_err(|_| {
        ApiError::invalid(format!(
            "Invalid value at 'page_size' (TYPE_INT32), \"{raw}\""
        ))
    })?;
    paging::page_size(Some(n.into()), DEFAULT_PAGE, MAX_PAGE, AboveMax::Coerce)
}

fn picked_item_json(shared: &Shared, secret: &str, item: &ItemRec) -> Value {
    let is_video = item.mime_type.starts_with("video/");
    let mut meta = Map::new();
    if let (Some(w), Some(h)) = (item.width, item.height) {
        meta.insert("width".into(), json!(w));
        meta.insert("height".into(), json!(h));
    }
    if is_video {
        meta.insert(
            "videoMetadata".into(),
            json!({ "processingStatus": "READY" }),
        );
    } else {
        meta.insert("photoMetadata".into(), json!({}));
    }
    let mut file = Map::new();
    file.insert(
        "baseUrl".into(),
        json!(base_urls::issue_kind(
            shared,
            secret,
            Kind::Picker,
            &item.id
        )),
    );
    file.insert("mimeType".into(), json!(item.mime_type));
    if !item.file_name.is_empty() {
        file.insert("filename".into(), json!(item.file_name));
    }
    file.insert("mediaFileMetadata".into(), Value::Object(meta));
    json!({
        "id": item.id,
        "createTime": format_proto_timestamp(item.creation_time),
        "type": if is_video { "VIDEO" } else { "PHOTO" },
        "mediaFile": Value::Object(file),
    })
}

pub(crate) fn list(shared: &Shared, req: &Req) -> Result<Response<Body>, ApiError> {
    let session_id = req
        .param("sessionId")
        .filter(|s| !s.is_empty())
        .ok_or_else(|| ApiError::invalid("sessionId is required."))?;
    let size = page_size(req.param("pageSize"))?;
    let now = shared.clock.now();
    let picked = {
        let sessions = shared.picker();
        let rec = sessions.get(session_id).ok_or_else(not_found)?;
        match rec.status(now) {
            Status::Expired => return Err(expired()),
            Status::Picked => rec.picked.clone().unwrap_or_default(),
            Status::Open | Status::TimedOut => {
                return Err(ApiError::new(
                    Code::FailedPrecondition,
                    "The user has not finished picking media items for this session; poll sessions.get until mediaItemsSet is true.",
                ))
            }
        }
    };
    let store = shared.lock();
    let fingerprint = format!("picker:{session_id}");
    let (ids, next) = paging::page(
        &picked,
        &store.secret,
        &fingerprint,
        req.param("pageToken"),
        size,
    )?;
    let items: Vec<Value> = ids
        .iter()
        .filter_map(|id| store.item(id))
        .map(|item| picked_item_json(shared, &store.secret, item))
        .collect();
    let mut body = Map::new();
    if !items.is_empty() {
        body.insert("mediaItems".into(), Value::Array(items));
    }
    if let Some(t) = next {
        body.insert("nextPageToken".into(), json!(t));
    }
    Ok(json_response(StatusCode::OK, &Value::Object(body)))
}

/// `GET /picker/media/{item}/{issued}/{sig}[=params]`, which needs the OAuth token.
pub(crate) fn serve_base_url(
    shared: &Shared,
    req: &Req,
    rest: &str,
) -> Result<Response<Body>, ApiError> {
    auth::check(shared, &req.headers, &req.query, "photospicker.baseUrl")?;
    base_urls::serve_kind(shared, req, Kind::Picker, rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_sizes() {
        assert_eq!(page_size(None).unwrap(), 50);
        assert_eq!(page_size(Some("0")).unwrap(), 50);
        assert_eq!(page_size(Some("7")).unwrap(), 7);
        assert_eq!(page_size(Some("1000")).unwrap(), 100);
        assert_eq!(page_size(Some("2147483647")).unwrap(), 100);
        assert!(page_size(Some("99999999999")).is_err());
        assert_eq!(
            page_size(Some("-1")).unwrap_err().code,
            Code::InvalidArgument
        );
        assert_eq!(
            page_size(Some("x")).unwrap_err().code,
            Code::InvalidArgument
        );
    }
}
