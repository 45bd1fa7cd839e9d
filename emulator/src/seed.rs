//! Library content the app did not create: items and albums a user made in the Google
//! Photos app. Since 2025-03-31 the API never returns such content
//! (<https://developers.google.com/photos/support/updates>), so seeding it lets a client's
//! tests check that they cope with a library whose visible part is only their own.
//!
//! # Seed file
//!
//! ```json
//! {
//!   "mediaItems": [
//!     {"fileName": "a.jpg", "mimeType": "image/jpeg", "creationTime": "2020-01-01T00:00:00Z",
//!      "favorite": true, "categories": ["LANDSCAPES"], "description": "optional",
//!      "path": "bytes/a.jpg"}
//!   ],
//!   "albums": [{"title": "Trip", "mediaItems": [0]}]
//! }
//! ```
//!
//! `path` (optional) is read as the item's bytes, relative to the seed file's folder; without
//! it the item has no bytes. `creationTime` defaults to the start time. Album `mediaItems` are
//! indices into `mediaItems`. With a data directory the file is applied only on the first
//! start (when no state was saved yet), so a restart does not seed twice.

use std::io;
use std::path::Path;
use std::sync::Arc;
use std::time::SystemTime;

use serde::Deserialize;

use crate::base_urls;
use crate::clock::parse_rfc3339;
use crate::ids;
use crate::state::{AlbumRec, ItemRec, Store};

/// A media item that the user, not the app, put in the library.
#[derive(Clone, Debug, Default)]
pub struct SeedMediaItem {
    /// The file name.
    pub file_name: String,
    /// The MIME type.
    pub mime_type: String,
    /// When it was taken; `None` means the emulator's current time.
    pub creation_time: Option<SystemTime>,
    /// Whether the user marked it a favourite.
    pub favorite: bool,
    /// Content categories (`LANDSCAPES`, …) Google would have found in it.
    pub categories: Vec<String>,
    /// Its description.
    pub description: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

impl SeedMediaItem {
    /// An item with this file name and MIME type and no bytes.
    pub fn new(file_name: impl Into<String>, mime_type: impl Into<String>) -> SeedMediaItem {
        SeedMediaItem {
            file_name: file_name.into(),
            mime_type: mime_type.into(),
            ..SeedMediaItem::default()
        }
    }
}

/// An album that the user, not the app, created.
#[derive(Clone, Debug, Default)]
pub struct SeedAlbum {
    /// The title.
    pub title: String,
    /// Ids of media items in it (from [`crate::Emulator::seed_media_item`]).
    pub media_item_ids: Vec<String>,
}

pub(crate) fn add_item(store: &mut Store, item: SeedMediaItem, now: SystemTime) -> String {
    let id = store.next_id("item", 48);
    let (width, height) =
        base_urls::dimensions(&item.bytes).map_or((None, None), |(w, h)| (Some(w), Some(h)));
    store.items.push(ItemRec {
        id: id.clone(),
        file_name: item.file_name,
        mime_type: item.mime_type,
        description: item.description,
        sha256: ids::hex(&ids::sha256(&item.bytes)),
        bytes: Arc::new(item.bytes),
        app_created: false,
        creation_time: item.creation_time.unwrap_or(now),
        width,
        height,
        favorite: item.favorite,
        categories: item.categories,
    });
    id
}

pub(crate) fn add_album(store: &mut Store, album: SeedAlbum) -> String {
    let id = store.next_id("album", 48);
    store.albums.push(AlbumRec {
        id: id.clone(),
        title: album.title,
        items: album.media_item_ids,
        app_created: false,
        cover: None,
        enrichments: Vec::new(),
    });
    id
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct FileItem {
    file_name: String,
    mime_type: String,
    creation_time: Option<String>,
    #[serde(default)]
    favorite: bool,
    #[serde(default)]
    categories: Vec<String>,
    #[serde(default)]
    description: String,
    path: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct FileAlbum {
    title: String,
    #[serde(default)]
    media_items: Vec<usize>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SeedFile {
    #[serde(default)]
    media_items: Vec<FileItem>,
    #[serde(default)]
    albums: Vec<FileAlbum>,
}

/// Applies a seed file to the store; any problem is an `InvalidData` error naming the file.
pub(crate) fn apply_file(store: &mut Store, path: &Path, now: SystemTime) -> io::Result<()> {
    let bad = |m: String| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("seed file {}: {m}", path.display()),
        )
    };
    let text = std::fs::read(path).map_err(|e| bad(format!("cannot read it: {e}")))?;
    let file: SeedFile = serde_json::from_slice(&text).map_err(|e| bad(e.to_string()))?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut seeds = Vec::new();
    for (i, it) in file.media_items.into_iter().enumerate() {
        let creation_time = match &it.creation_time {
            Some(t) => Some(parse_rfc3339(t).ok_or_else(|| {
                bad(format!(
                    "mediaItems[{i}].creationTime {t:?} is not an RFC 3339 time"
                ))
            })?),
            None => None,
        };
        let bytes = match &it.path {
            Some(p) => {
                let full = dir.join(p);
                std::fs::read(&full)
                    .map_err(|e| bad(format!("mediaItems[{i}].path {}: {e}", full.display())))?
            }
            None => Vec::new(),
        };
        seeds.push(SeedMediaItem {
            file_name: it.file_name,
            mime_type: it.mime_type,
            creation_time,
            favorite: it.favorite,
            categories: it.categories,
            description: it.description,
            bytes,
        });
    }
    for (a, album) in file.albums.iter().enumerate() {
        if let Some(bad_index) = album.media_items.iter().find(|&&i| i >= seeds.len()) {
            return Err(bad(format!(
                "albums[{a}].mediaItems: index {bad_index} is out of range"
            )));
        }
    }
    let ids: Vec<String> = seeds.into_iter().map(|s| add_item(store, s, now)).collect();
    for album in file.albums {
        let media_item_ids = album.media_items.iter().map(|&i| ids[i].clone()).collect();
        add_album(
            store,
            SeedAlbum {
                title: album.title,
                media_item_ids,
            },
        );
    }
    Ok(())
}
