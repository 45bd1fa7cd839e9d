//! `mediaItems.batchCreate`, `batchGet`, `get` and `patch`
//! (<https://developers.google.com/photos/library/reference/rest/v1/mediaItems>).
//!
//! Rules implemented, with their sources:
//! - batchCreate takes at most 50 new items; an upload token is valid for one day after its
//!   upload; descriptions are at most 1000 characters; accepted photo and video types and
//!   their maximum sizes (photos 200 MB, videos 20 GB) are those of
//!   <https://developers.google.com/photos/library/guides/upload-media>; a file name (from
//!   `simpleMediaItem.fileName`, else the upload's `X-Goog-Upload-File-Name`) is at most 255
//!   characters (`SimpleMediaItem` in the batchCreate reference). A bad item fails on
//!   its own with a per-item `Status` (code 3, INVALID_ARGUMENT) while the others are
//!   created; the call answers 200 when every item succeeded and 207 Multi-Status for a
//!   partial success, as the guide's "Creating a media item" section describes; when no item
//!   could be created it answers 200 with the per-item statuses (the documentation names no
//!   status for that case, and Google's servers were seen answering 200).
//! - With `albumId` the new items also go into that album, which must be app-created, at
//!   the `albumPosition` given (which needs an `albumId`); the album may hold at most 20,000
//!   items (<https://developers.google.com/photos/library/reference/rest/v1/mediaItems/batchCreate>).
//! - batchGet takes 1 to 50 distinct ids and answers in the order given; an id that is not an
//!   app-created item gets a per-item NOT_FOUND status
//!   (<https://developers.google.com/photos/library/reference/rest/v1/mediaItems/batchGet>).
//! - patch reads only `description`, named by `updateMask`
//!   (<https://developers.google.com/photos/library/reference/rest/v1/mediaItems/patch>).
//!
//! An upload token may be used more than once within its day: Google does not document
//! that it is consumed.

use axum::body::Body;
use axum::http::{Response, StatusCode};
use serde_json::{json, Value};

use crate::albums::{insert_index, MAX_IDS_PER_CALL, MAX_ITEMS_PER_ALBUM};
use crate::base_urls;
use crate::errors::{json_response, ApiError, Code};
use crate::server::{Req, Shared};
use crate::state::{ItemRec, Store};
use crate::uploads::TOKEN_VALIDITY;
use crate::wire::{self, BatchCreateRequest, MediaItemIn, NewMediaItem};

pub(crate) const MAX_DESCRIPTION: usize = 1000;
const MAX_FILE_NAME: usize = 255;
const MAX_PHOTO: u64 = 200 * 1024 * 1024;
const MAX_VIDEO: u64 = 20 * 1024 * 1024 * 1024;

/// MIME types of the accepted file types of the upload guide.
const PHOTO_TYPES: &[&str] = &[
    "image/avif",
    "image/bmp",
    "image/x-ms-bmp",
    "image/gif",
    "image/heic",
    "image/heif",
    "image/x-icon",
    "image/vnd.microsoft.icon",
    "image/jpeg",
    "image/jpg",
    "image/pjpeg",
    "image/png",
    "image/tiff",
    "image/webp",
    "image/x-adobe-dng",
    "image/x-canon-cr2",
    "image/x-canon-cr3",
    "image/x-nikon-nef",
    "image/x-sony-arw",
    "image/x-fuji-raf",
    "image/x-olympus-orf",
    "image/x-panasonic-rw2",
];
const VIDEO_TYPES: &[&str] = &[
    "video/3gpp",
    "video/3gpp2",
    "video/x-ms-asf",
    "video/avi",
    "video/x-msvideo",
    "video/divx",
    "video/mp2t",
    "video/x-m4v",
    "video/x-matroska",
    "video/mpeg",
    "video/quicktime",
    "video/mp4",
    "video/x-ms-wmv",
];

/// The size limit of an accepted type, or `None` for a type Google does not accept.
pub(crate) fn size_limit(mime: &str) -> Option<u64> {
    let base = mime
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    if PHOTO_TYPES.contains(&base.as_str()) {
        Some(MAX_PHOTO)
    } else if VIDEO_TYPES.contains(&base.as_str()) {
        Some(MAX_VIDEO)
    } else {
        None
    }
}

fn check_description(d: &str) -> Result<(), ApiError> {
    if d.chars().count() > MAX_DESCRIPTION {
        return Err(ApiError::invalid(format!(
            "The description must be at most {MAX_DESCRIPTION} characters."
        )));
    }
    Ok(())
}

fn create_one(shared: &Shared, store: &mut Store, new: &NewMediaItem) -> Result<String, ApiError> {
    let simple = new
        .simple_media_item
        .as_ref()
        .ok_or_else(|| ApiError::invalid("simpleMediaItem is required."))?;
    let token = simple.upload_token.as_deref().unwrap_or_default();
    let now = shared.clock.now();
    let rec = store
        .tokens
        .iter()
        .find(|t| t.token == token)
        .ok_or_else(|| ApiError::invalid("Invalid upload token."))?;
    if now.duration_since(rec.created).unwrap_or_default() > TOKEN_VALIDITY {
        return Err(ApiError::invalid(
            "The upload token has expired: tokens are valid for one day.",
        ));
    }
    let limit = size_limit(&rec.mime_type).ok_or_else(|| {
        ApiError::invalid(format!(
            "Failed: the file type {} is not a supported photo or video type.",
            rec.mime_type
        ))
    })?;
    if rec.bytes.len() as u64 > limit {
        return Err(ApiError::invalid(format!(
            "Failed: the file is larger than the {limit} bytes allowed for its type."
        )));
    }
    let description = new.description.clone().unwrap_or_default();
    check_description(&description)?;
    let file_name = simple
        .file_name
        .clone()
        .or_else(|| rec.file_name.clone())
        .unwrap_or_default();
    if file_name.chars().count() > MAX_FILE_NAME {
        return Err(ApiError::invalid(format!(
            "The file name must be at most {MAX_FILE_NAME} characters."
        )));
    }
    let (width, height) =
        base_urls::dimensions(&rec.bytes).map_or((None, None), |(w, h)| (Some(w), Some(h)));
    let (sha256, bytes, mime_type) = (rec.sha256.clone(), rec.bytes.clone(), rec.mime_type.clone());
    let id = store.next_id("item", 48);
    store.items.push(ItemRec {
        id: id.clone(),
        file_name,
        mime_type,
        description,
        sha256,
        bytes,
        app_created: true,
        creation_time: now,
        width,
        height,
        favorite: false,
        categories: Vec::new(),
    });
    Ok(id)
}

pub(crate) fn batch_create(shared: &Shared, req: &Req) -> Result<Response<Body>, ApiError> {
    let body: BatchCreateRequest = req.json()?;
    let news = body.new_media_items.unwrap_or_default();
    if news.is_empty() {
        return Err(ApiError::invalid("newMediaItems must not be empty."));
    }
    if news.len() > MAX_IDS_PER_CALL {
        return Err(ApiError::invalid(format!(
            "At most {MAX_IDS_PER_CALL} new media items may be created per call, got {}.",
            news.len()
        )));
    }
    if body.album_position.is_some() && body.album_id.is_none() {
        return Err(ApiError::invalid(
            "albumPosition can only be set together with albumId.",
        ));
    }
    shared.mutate(|store| {
        let mut at = None;
        if let Some(aid) = &body.album_id {
            let album = store.visible_album(aid).ok_or_else(|| {
                ApiError::invalid("Invalid album ID: media items can only be added to albums created by this app.")
            })?;
            if album.items.len() + news.len() > MAX_ITEMS_PER_ALBUM {
                return Err(ApiError::invalid(format!("An album can contain at most {MAX_ITEMS_PER_ALBUM} media items.")));
            }
            at = Some(insert_index(album, body.album_position.as_ref())?);
        }
        let mut results = Vec::new();
        let mut created = Vec::new();
        let mut all_ok = true;
        for new in &news {
            let token = new.simple_media_item.as_ref().and_then(|s| s.upload_token.clone()).unwrap_or_default();
            match create_one(shared, store, new) {
                Ok(id) => {
                    let item = store.item(&id).expect("item just created");
                    results.push(json!({
                        "uploadToken": token,
                        "status": { "message": "Success" },
                        "mediaItem": wire::item_json(shared, &store.secret, item),
                    }));
                    created.push(id);
                }
                Err(e) => {
                    all_ok = false;
                    results.push(json!({ "uploadToken": token, "status": e.status_json() }));
                }
            }
        }
        let created_none = created.is_empty();
        if let (Some(aid), Some(at)) = (&body.album_id, at) {
            let album = store.visible_album_mut(aid).expect("album checked above");
            album.items.splice(at..at, created);
        }
        // 207 is for partial success; when nothing was created the per-item statuses say
        // why and the call itself succeeded, so 200 (what Google's servers were seen to do).
        let status = if all_ok || created_none {
            StatusCode::OK
        } else {
            StatusCode::MULTI_STATUS
        };
        Ok(json_response(status, &json!({ "newMediaItemResults": results })))
    })
}

pub(crate) fn get(shared: &Shared, id: &str) -> Result<Response<Body>, ApiError> {
    let store = shared.lock();
    let item = store
        .visible_item(id)
        .ok_or_else(|| ApiError::not_found("Requested entity was not found."))?;
    Ok(json_response(
        StatusCode::OK,
        &wire::item_json(shared, &store.secret, item),
    ))
}

pub(crate) fn batch_get(shared: &Shared, req: &Req) -> Result<Response<Body>, ApiError> {
    let ids: Vec<&str> = req
        .query
        .iter()
        .filter(|(k, _)| k == "mediaItemIds")
        .map(|(_, v)| v.as_str())
        .collect();
    if ids.is_empty() || ids.iter().any(|i| i.is_empty()) {
        return Err(ApiError::invalid(
            "mediaItemIds must not be empty nor contain empty ids.",
        ));
    }
    if ids.len() > MAX_IDS_PER_CALL {
        return Err(ApiError::invalid(format!(
            "At most {MAX_IDS_PER_CALL} media items can be retrieved per call, got {}.",
            ids.len()
        )));
    }
    for (i, id) in ids.iter().enumerate() {
        if ids[..i].contains(id) {
            return Err(ApiError::invalid(format!(
                "mediaItemIds must not contain repeated identifiers ({id})."
            )));
        }
    }
    let store = shared.lock();
    let results: Vec<Value> = ids
        .iter()
        .map(|id| match store.visible_item(id) {
            Some(item) => json!({ "mediaItem": wire::item_json(shared, &store.secret, item) }),
            None => json!({ "status": ApiError::new(Code::NotFound, "Requested entity was not found.").status_json() }),
        })
        .collect();
    Ok(json_response(
        StatusCode::OK,
        &json!({ "mediaItemResults": results }),
    ))
}

pub(crate) fn patch(shared: &Shared, req: &Req, id: &str) -> Result<Response<Body>, ApiError> {
    let body: MediaItemIn = req.json()?;
    let mask = req.param("updateMask").unwrap_or_default();
    if mask.trim().is_empty() {
        return Err(ApiError::invalid("updateMask is required."));
    }
    for field in mask.split(',').map(str::trim) {
        if field != "description" {
            return Err(ApiError::invalid(format!(
                "Invalid updateMask field \"{field}\": the only valid value is description."
            )));
        }
    }
    let description = body.description.unwrap_or_default();
    check_description(&description)?;
    shared.mutate(|store| {
        let item = store
            .items
            .iter_mut()
            .find(|i| i.id == id && i.app_created)
            .ok_or_else(|| ApiError::not_found("Requested entity was not found."))?;
        item.description = description;
        let item = store.visible_item(id).expect("item patched above");
        Ok(json_response(
            StatusCode::OK,
            &wire::item_json(shared, &store.secret, item),
        ))
    })
}
