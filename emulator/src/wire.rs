//! JSON shapes on the wire: request bodies the emulator reads and the `MediaItem` and
//! `Album` resources it writes, field names camelCase as in the Discovery document and the
//! reference (<https://developers.google.com/photos/library/reference/rest/v1/mediaItems#MediaItem>,
//! <https://developers.google.com/photos/library/reference/rest/v1/albums#Album>).
//!
//! Request structs deny unknown fields, as Google does ("Invalid JSON payload received.
//! Unknown name …"), and list every field the schema has, output-only ones included, so a
//! client that sends a resource back as it got it is accepted. int64 values are JSON
//! strings. Fields with default values (empty strings, zero counts) are omitted, as proto3
//! JSON does.

use serde::Deserialize;
use serde_json::{json, Map, Value};

use crate::base_urls;
use crate::clock::format_rfc3339;
use crate::server::Shared;
use crate::state::{AlbumRec, ItemRec, Store};

// Fields are declared so that requests carrying them are accepted; the emulator
// only checks their types.
#[allow(dead_code)]
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct AlbumIn {
    pub(crate) id: Option<String>,
    pub(crate) title: Option<String>,
    pub(crate) product_url: Option<String>,
    pub(crate) is_writeable: Option<bool>,
    pub(crate) share_info: Option<Value>,
    pub(crate) media_items_count: Option<String>,
    pub(crate) cover_photo_base_url: Option<String>,
    pub(crate) cover_photo_media_item_id: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct CreateAlbumRequest {
    pub(crate) album: Option<AlbumIn>,
}

// Fields are declared so that requests carrying them are accepted; the emulator
// only checks their types.
#[allow(dead_code)]
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct MediaItemIn {
    pub(crate) id: Option<String>,
    pub(crate) description: Option<String>,
    pub(crate) product_url: Option<String>,
    pub(crate) base_url: Option<String>,
    pub(crate) mime_type: Option<String>,
    pub(crate) media_metadata: Option<Value>,
    pub(crate) contributor_info: Option<Value>,
    pub(crate) filename: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct AlbumPosition {
    pub(crate) position: Option<String>,
    pub(crate) relative_media_item_id: Option<String>,
    pub(crate) relative_enrichment_item_id: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct SimpleMediaItem {
    pub(crate) upload_token: Option<String>,
    pub(crate) file_name: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct NewMediaItem {
    pub(crate) description: Option<String>,
    pub(crate) simple_media_item: Option<SimpleMediaItem>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct BatchCreateRequest {
    pub(crate) album_id: Option<String>,
    pub(crate) new_media_items: Option<Vec<NewMediaItem>>,
    pub(crate) album_position: Option<AlbumPosition>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct MediaItemIdsRequest {
    pub(crate) media_item_ids: Option<Vec<String>>,
}

// Fields are declared so that requests carrying them are accepted; the emulator
// only checks their types.
#[allow(dead_code)]
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct LatLng {
    pub(crate) latitude: Option<f64>,
    pub(crate) longitude: Option<f64>,
}

// Fields are declared so that requests carrying them are accepted; the emulator
// only checks their types.
#[allow(dead_code)]
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct Location {
    pub(crate) location_name: Option<String>,
    pub(crate) latlng: Option<LatLng>,
}

// Fields are declared so that requests carrying them are accepted; the emulator
// only checks their types.
#[allow(dead_code)]
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct TextEnrichment {
    pub(crate) text: Option<String>,
}

// Fields are declared so that requests carrying them are accepted; the emulator
// only checks their types.
#[allow(dead_code)]
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct LocationEnrichment {
    pub(crate) location: Option<Location>,
}

// Fields are declared so that requests carrying them are accepted; the emulator
// only checks their types.
#[allow(dead_code)]
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct MapEnrichment {
    pub(crate) origin: Option<Location>,
    pub(crate) destination: Option<Location>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct NewEnrichmentItem {
    pub(crate) text_enrichment: Option<TextEnrichment>,
    pub(crate) location_enrichment: Option<LocationEnrichment>,
    pub(crate) map_enrichment: Option<MapEnrichment>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct AddEnrichmentRequest {
    pub(crate) new_enrichment_item: Option<NewEnrichmentItem>,
    pub(crate) album_position: Option<AlbumPosition>,
}

/// A MediaItem resource, with a freshly issued base URL.
pub(crate) fn item_json(shared: &Shared, secret: &str, item: &ItemRec) -> Value {
    let mut meta = Map::new();
    meta.insert(
        "creationTime".into(),
        json!(format_rfc3339(item.creation_time)),
    );
    if let (Some(w), Some(h)) = (item.width, item.height) {
        meta.insert("width".into(), json!(w.to_string()));
        meta.insert("height".into(), json!(h.to_string()));
    }
    if item.mime_type.starts_with("video/") {
        meta.insert("video".into(), json!({ "status": "READY" }));
    } else {
        meta.insert("photo".into(), json!({}));
    }
    let mut m = Map::new();
    m.insert("id".into(), json!(item.id));
    if !item.description.is_empty() {
        m.insert("description".into(), json!(item.description));
    }
    m.insert(
        "productUrl".into(),
        json!(format!("https://photos.google.com/lr/photo/{}", item.id)),
    );
    m.insert(
        "baseUrl".into(),
        json!(base_urls::issue(shared, secret, &item.id)),
    );
    m.insert("mimeType".into(), json!(item.mime_type));
    m.insert("mediaMetadata".into(), Value::Object(meta));
    if !item.file_name.is_empty() {
        m.insert("filename".into(), json!(item.file_name));
    }
    Value::Object(m)
}

/// An Album resource; the cover's base URL is issued now like any other.
pub(crate) fn album_json(shared: &Shared, store: &Store, album: &AlbumRec) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), json!(album.id));
    if !album.title.is_empty() {
        m.insert("title".into(), json!(album.title));
    }
    m.insert(
        "productUrl".into(),
        json!(format!("https://photos.google.com/lr/album/{}", album.id)),
    );
    m.insert("isWriteable".into(), json!(album.app_created));
    if !album.items.is_empty() {
        m.insert(
            "mediaItemsCount".into(),
            json!(album.items.len().to_string()),
        );
    }
    if let Some(cover) = album.cover_id() {
        m.insert(
            "coverPhotoBaseUrl".into(),
            json!(base_urls::issue(shared, &store.secret, cover)),
        );
        m.insert("coverPhotoMediaItemId".into(), json!(cover));
    }
    Value::Object(m)
}
