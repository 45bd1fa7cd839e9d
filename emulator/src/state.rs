//! The library's state: albums, media items, upload tokens and upload sessions, plus the
//! snapshots of it that tests inspect.
//!
//! Only items and albums the app created are visible through the API since 2025-03-31
//! (<https://developers.google.com/photos/support/updates>): every record therefore carries
//! `app_created`, and the `visible_*` look-ups are what handlers use.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::ids;

/// A media item as the emulator holds it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct ItemRec {
    pub(crate) id: String,
    pub(crate) file_name: String,
    pub(crate) mime_type: String,
    pub(crate) description: String,
    /// Hex SHA-256 of the bytes, also the name of the file holding them in the data dir.
    pub(crate) sha256: String,
    #[serde(skip)]
    pub(crate) bytes: Arc<Vec<u8>>,
    pub(crate) app_created: bool,
    pub(crate) creation_time: SystemTime,
    pub(crate) width: Option<u32>,
    pub(crate) height: Option<u32>,
    pub(crate) favorite: bool,
    pub(crate) categories: Vec<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Enrichment {
    pub(crate) id: String,
    pub(crate) item: serde_json::Value,
}

/// An album as the emulator holds it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct AlbumRec {
    pub(crate) id: String,
    pub(crate) title: String,
    pub(crate) items: Vec<String>,
    pub(crate) app_created: bool,
    pub(crate) cover: Option<String>,
    pub(crate) enrichments: Vec<Enrichment>,
}

impl AlbumRec {
    /// The documented default cover is the album's first item; an explicit cover wins while
    /// it is still in the album.
    pub(crate) fn cover_id(&self) -> Option<&str> {
        match &self.cover {
            Some(c) if self.items.contains(c) => Some(c),
            _ => self.items.first().map(String::as_str),
        }
    }
}

/// A finished upload, usable as an upload token until it expires.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct TokenRec {
    pub(crate) token: String,
    pub(crate) sha256: String,
    #[serde(skip)]
    pub(crate) bytes: Arc<Vec<u8>>,
    pub(crate) mime_type: String,
    pub(crate) file_name: Option<String>,
    pub(crate) protocol: String,
    pub(crate) created: SystemTime,
}

/// A resumable upload session in progress (not persisted: an emulator restart loses
/// sessions, as a server-side expiry would).
#[derive(Clone, Debug)]
pub(crate) struct Session {
    pub(crate) mime_type: String,
    pub(crate) file_name: Option<String>,
    pub(crate) raw_size: u64,
    pub(crate) data: Vec<u8>,
    pub(crate) token: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct Store {
    pub(crate) secret: String,
    pub(crate) counter: u64,
    pub(crate) albums: Vec<AlbumRec>,
    pub(crate) items: Vec<ItemRec>,
    pub(crate) tokens: Vec<TokenRec>,
    #[serde(skip)]
    pub(crate) sessions: HashMap<String, Session>,
}

impl Store {
    pub(crate) fn new() -> Store {
        let seed = format!("{:?}{:?}", SystemTime::now(), std::process::id());
        Store {
            secret: ids::hex(&ids::sha256(seed.as_bytes())),
            counter: 0,
            albums: Vec::new(),
            items: Vec::new(),
            tokens: Vec::new(),
            sessions: HashMap::new(),
        }
    }

    pub(crate) fn next_id(&mut self, kind: &str, len: usize) -> String {
        self.counter += 1;
        ids::opaque(self.secret.as_bytes(), kind, self.counter, len)
    }

    pub(crate) fn item(&self, id: &str) -> Option<&ItemRec> {
        self.items.iter().find(|i| i.id == id)
    }
    pub(crate) fn visible_item(&self, id: &str) -> Option<&ItemRec> {
        self.item(id).filter(|i| i.app_created)
    }
    pub(crate) fn visible_album(&self, id: &str) -> Option<&AlbumRec> {
        self.albums.iter().find(|a| a.id == id && a.app_created)
    }
    pub(crate) fn visible_album_mut(&mut self, id: &str) -> Option<&mut AlbumRec> {
        self.albums.iter_mut().find(|a| a.id == id && a.app_created)
    }
}

/// A snapshot of one album, for tests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlbumState {
    /// The album id.
    pub id: String,
    /// The title.
    pub title: String,
    /// The ids of the album's media items, in album order.
    pub media_item_ids: Vec<String>,
    /// Whether the app created it (false for seeded albums).
    pub app_created: bool,
    /// The cover as the API reports it (explicit cover, else the first item).
    pub cover_media_item_id: Option<String>,
    /// How many enrichments were added.
    pub enrichments: usize,
}

/// A snapshot of one media item, for tests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MediaItemState {
    /// The media item id.
    pub id: String,
    /// The file name shown to the user.
    pub file_name: String,
    /// The MIME type.
    pub mime_type: String,
    /// The description (empty when none).
    pub description: String,
    /// The bytes.
    pub bytes: Arc<Vec<u8>>,
    /// Whether the app created it (false for seeded items).
    pub app_created: bool,
    /// The creation time (upload time for app-created items).
    pub creation_time: SystemTime,
}

/// A finished upload, for tests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UploadState {
    /// The upload token handed out.
    pub token: String,
    /// SHA-256 of the bytes received.
    pub sha256: [u8; 32],
    /// How many bytes were received.
    pub len: u64,
    /// The `X-Goog-Upload-Content-Type` sent (or the type guessed when none was).
    pub mime_type: String,
    /// `"raw"` or `"resumable"`.
    pub protocol: String,
    /// The `X-Goog-Upload-File-Name` sent, if any.
    pub file_name: Option<String>,
}

impl From<&AlbumRec> for AlbumState {
    fn from(a: &AlbumRec) -> AlbumState {
        AlbumState {
            id: a.id.clone(),
            title: a.title.clone(),
            media_item_ids: a.items.clone(),
            app_created: a.app_created,
            cover_media_item_id: a.cover_id().map(str::to_owned),
            enrichments: a.enrichments.len(),
        }
    }
}

impl From<&ItemRec> for MediaItemState {
    fn from(i: &ItemRec) -> MediaItemState {
        MediaItemState {
            id: i.id.clone(),
            file_name: i.file_name.clone(),
            mime_type: i.mime_type.clone(),
            description: i.description.clone(),
            bytes: i.bytes.clone(),
            app_created: i.app_created,
            creation_time: i.creation_time,
        }
    }
}

impl From<&TokenRec> for UploadState {
    fn from(t: &TokenRec) -> UploadState {
        UploadState {
            token: t.token.clone(),
            sha256: ids::sha256(&t.bytes),
            len: t.bytes.len() as u64,
            mime_type: t.mime_type.clone(),
            protocol: t.protocol.clone(),
            file_name: t.file_name.clone(),
        }
    }
}
