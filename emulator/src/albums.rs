//! The `albums` methods (<https://developers.google.com/photos/library/reference/rest/v1/albums>).
//!
//! Rules implemented, with their sources:
//! - only albums the app created are visible or changeable since 2025-03-31
//!   (<https://developers.google.com/photos/support/updates>): `get` and `patch` of any other
//!   album answer 404, lists omit them, and `batchAddMediaItems`, `batchRemoveMediaItems` and
//!   `addEnrichment` fail the whole request with 400, as those reference pages say for an
//!   invalid album or item ("Partial success is not supported");
//! - `batchAddMediaItems` adds to the end in the order given, at most 50 ids per call and
//!   20,000 items per album (<https://developers.google.com/photos/library/reference/rest/v1/albums/batchAddMediaItems>,
//!   <https://developers.google.com/photos/library/guides/manage-albums>); an item already
//!   in the album is not added twice;
//! - album titles are at most 500 characters (<https://developers.google.com/photos/library/guides/manage-albums#creating-new-album>);
//! - `patch` reads only `title` and `coverPhotoMediaItemId`, named by `updateMask`
//!   (<https://developers.google.com/photos/library/reference/rest/v1/albums/patch>);
//! - `list` pages with a default of 20 and a maximum of 50 (see [`crate::paging`]);
//!   `excludeNonAppCreatedData` changes nothing, since other albums are never returned.
//!
//! Enrichments are validated and counted but not placed between media items: the emulator
//! keeps an album's enrichments apart from its item order.

use axum::body::Body;
use axum::http::{Response, StatusCode};
use serde_json::json;

use crate::errors::{json_response, ApiError};
use crate::paging::{self, AboveMax};
use crate::server::{Req, Shared};
use crate::state::{AlbumRec, Enrichment, Store};
use crate::wire::{
    self, AddEnrichmentRequest, AlbumPosition, CreateAlbumRequest, MediaItemIdsRequest,
};

pub(crate) const MAX_ITEMS_PER_ALBUM: usize = 20_000;
pub(crate) const MAX_IDS_PER_CALL: usize = 50;
const MAX_TITLE: usize = 500;

fn ok(body: serde_json::Value) -> Result<Response<Body>, ApiError> {
    Ok(json_response(StatusCode::OK, &body))
}

pub(crate) fn parse_int(req: &Req, name: &str) -> Result<Option<i64>, ApiError> {
    req.param(name)
        .map(|v| {
            v.parse::<i64>().map_err(|_| {
                ApiError::invalid(format!("Invalid value at '{name}' (TYPE_INT32), \"{v}\""))
            })
        })
        .transpose()
}

fn check_title(title: &str) -> Result<(), ApiError> {
    if title.chars().count() > MAX_TITLE {
        return Err(ApiError::invalid(format!(
            "The album title must be at most {MAX_TITLE} characters."
        )));
    }
    Ok(())
}

fn invalid_album() -> ApiError {
    ApiError::invalid("Invalid album ID: albums not created by this app cannot be read or changed.")
}

fn check_ids(ids: &Option<Vec<String>>) -> Result<&[String], ApiError> {
    let ids = ids.as_deref().unwrap_or_default();
    if ids.is_empty() {
        return Err(ApiError::invalid("mediaItemIds must not be empty."));
    }
    if ids.len() > MAX_IDS_PER_CALL {
        return Err(ApiError::invalid(format!(
            "At most {MAX_IDS_PER_CALL} media item ids may be given per call, got {}.",
            ids.len()
        )));
    }
    Ok(ids)
}

/// Where new items go in an album, from an `AlbumPosition`
/// (<https://developers.google.com/photos/library/reference/rest/v1/AlbumPosition>).
pub(crate) fn insert_index(
    album: &AlbumRec,
    pos: Option<&AlbumPosition>,
) -> Result<usize, ApiError> {
    let Some(pos) = pos else {
        return Ok(album.items.len());
    };
    match pos
        .position
        .as_deref()
        .unwrap_or("POSITION_TYPE_UNSPECIFIED")
    {
        "POSITION_TYPE_UNSPECIFIED" | "LAST_IN_ALBUM" => Ok(album.items.len()),
        "FIRST_IN_ALBUM" => Ok(0),
        "AFTER_MEDIA_ITEM" => {
            let rel = pos.relative_media_item_id.as_deref().unwrap_or_default();
            album
                .items
                .iter()
                .position(|i| i == rel)
                .map(|p| p + 1)
                .ok_or_else(|| {
                    ApiError::invalid("relativeMediaItemId is not a media item of this album.")
                })
        }
        "AFTER_ENRICHMENT_ITEM" => {
            let rel = pos
                .relative_enrichment_item_id
                .as_deref()
                .unwrap_or_default();
            if album.enrichments.iter().any(|e| e.id == rel) {
                Ok(album.items.len())
            } else {
                Err(ApiError::invalid(
                    "relativeEnrichmentItemId is not an enrichment of this album.",
                ))
            }
        }
        other => Err(ApiError::invalid(format!(
            "Invalid value at 'album_position.position', \"{other}\""
        ))),
    }
}

pub(crate) fn list(shared: &Shared, req: &Req) -> Result<Response<Body>, ApiError> {
    let size = paging::page_size(parse_int(req, "pageSize")?, 20, 50, AboveMax::Refuse)?;
    if let Some(v) = req.param("excludeNonAppCreatedData") {
        if v != "true" && v != "false" {
            return Err(ApiError::invalid(format!(
                "Invalid value at 'exclude_non_app_created_data' (TYPE_BOOL), \"{v}\""
            )));
        }
    }
    let store = shared.lock();
    let visible: Vec<&AlbumRec> = store.albums.iter().filter(|a| a.app_created).collect();
    let (page, next) = paging::page(
        &visible,
        &store.secret,
        "albums.list",
        req.param("pageToken"),
        size,
    )?;
    let mut body = serde_json::Map::new();
    if !page.is_empty() {
        let albums: Vec<_> = page
            .iter()
            .map(|a| wire::album_json(shared, &store, a))
            .collect();
        body.insert("albums".into(), json!(albums));
    }
    if let Some(next) = next {
        body.insert("nextPageToken".into(), json!(next));
    }
    ok(serde_json::Value::Object(body))
}

pub(crate) fn create(shared: &Shared, req: &Req) -> Result<Response<Body>, ApiError> {
    let body: CreateAlbumRequest = req.json()?;
    let album = body
        .album
        .ok_or_else(|| ApiError::invalid("album is required."))?;
    let title = album.title.unwrap_or_default();
    check_title(&title)?;
    shared.mutate(|store| {
        let id = store.next_id("album", 48);
        store.albums.push(AlbumRec {
            id,
            title,
            items: Vec::new(),
            app_created: true,
            cover: None,
            enrichments: Vec::new(),
        });
        let a = store.albums.last().expect("album just pushed");
        ok(wire::album_json(shared, store, a))
    })
}

pub(crate) fn get(shared: &Shared, id: &str) -> Result<Response<Body>, ApiError> {
    let store = shared.lock();
    let album = store
        .visible_album(id)
        .ok_or_else(|| ApiError::not_found("Requested entity was not found."))?;
    ok(wire::album_json(shared, &store, album))
}

pub(crate) fn patch(shared: &Shared, req: &Req, id: &str) -> Result<Response<Body>, ApiError> {
    let body: wire::AlbumIn = req.json()?;
    let mask = req.param("updateMask").unwrap_or_default();
    if mask.trim().is_empty() {
        return Err(ApiError::invalid("updateMask is required."));
    }
    let (mut title, mut cover) = (None, None);
    for field in mask.split(',').map(str::trim) {
        match field {
            "title" => title = Some(body.title.clone().unwrap_or_default()),
            "coverPhotoMediaItemId" | "cover_photo_media_item_id" => {
                cover = Some(body.cover_photo_media_item_id.clone().unwrap_or_default())
            }
            other => return Err(ApiError::invalid(format!(
                "Invalid updateMask field \"{other}\": the only valid values are title and coverPhotoMediaItemId."
            ))),
        }
    }
    if let Some(t) = &title {
        check_title(t)?;
    }
    shared.mutate(|store: &mut Store| {
        let album = store
            .visible_album_mut(id)
            .ok_or_else(|| ApiError::not_found("Requested entity was not found."))?;
        if let Some(c) = &cover {
            if !album.items.contains(c) {
                return Err(ApiError::invalid(
                    "coverPhotoMediaItemId must be a media item of this album.",
                ));
            }
        }
        if let Some(t) = title {
            album.title = t;
        }
        if let Some(c) = cover {
            album.cover = Some(c);
        }
        let album = store.visible_album(id).expect("album patched above");
        ok(wire::album_json(shared, store, album))
    })
}

pub(crate) fn add_enrichment(
    shared: &Shared,
    req: &Req,
    id: &str,
) -> Result<Response<Body>, ApiError> {
    let body: AddEnrichmentRequest = req.json()?;
    let item = body
        .new_enrichment_item
        .ok_or_else(|| ApiError::invalid("newEnrichmentItem is required."))?;
    let kinds = [
        item.text_enrichment.is_some(),
        item.location_enrichment.is_some(),
        item.map_enrichment.is_some(),
    ];
    if kinds.iter().filter(|k| **k).count() != 1 {
        return Err(ApiError::invalid(
            "newEnrichmentItem must have exactly one of textEnrichment, locationEnrichment or mapEnrichment.",
        ));
    }
    let raw = req
        .json::<serde_json::Value>()?
        .get("newEnrichmentItem")
        .cloned()
        .unwrap_or_default();
    shared.mutate(|store| {
        let eid = store.next_id("enrichment", 32);
        let album = store.visible_album_mut(id).ok_or_else(invalid_album)?;
        insert_index(album, body.album_position.as_ref())?;
        album.enrichments.push(Enrichment {
            id: eid.clone(),
            item: raw,
        });
        ok(json!({ "enrichmentItem": { "id": eid } }))
    })
}

pub(crate) fn batch_add(shared: &Shared, req: &Req, id: &str) -> Result<Response<Body>, ApiError> {
    let body: MediaItemIdsRequest = req.json()?;
    let ids = check_ids(&body.media_item_ids)?.to_vec();
    shared.mutate(|store| {
        store.visible_album(id).ok_or_else(invalid_album)?;
        for item in &ids {
            if store.visible_item(item).is_none() {
                return Err(ApiError::invalid(format!(
                    "Invalid media item ID {item}: only media items created by this app can be added."
                )));
            }
        }
        let album = store.visible_album_mut(id).ok_or_else(invalid_album)?;
        let mut new: Vec<String> = Vec::new();
        for item in ids {
            if !album.items.contains(&item) && !new.contains(&item) {
                new.push(item);
            }
        }
        if album.items.len() + new.len() > MAX_ITEMS_PER_ALBUM {
            return Err(ApiError::invalid(format!(
                "An album can contain at most {MAX_ITEMS_PER_ALBUM} media items."
            )));
        }
        album.items.extend(new);
        ok(json!({}))
    })
}

pub(crate) fn batch_remove(
    shared: &Shared,
    req: &Req,
    id: &str,
) -> Result<Response<Body>, ApiError> {
    let body: MediaItemIdsRequest = req.json()?;
    let ids = check_ids(&body.media_item_ids)?.to_vec();
    shared.mutate(|store| {
        let album = store.visible_album_mut(id).ok_or_else(invalid_album)?;
        if let Some(bad) = ids.iter().find(|i| !album.items.contains(i)) {
            return Err(ApiError::invalid(format!(
                "Media item {bad} is not in this album."
            )));
        }
        album.items.retain(|i| !ids.contains(i));
        ok(json!({}))
    })
}
