//! Reading media bytes through a media item's `baseUrl`.
//!
//! Hand-written rather than generated: the Discovery document only says that `baseUrl`
//! exists.
//!
//! A media item's bytes are read from its `baseUrl` with parameters appended:
//! `=w{W}-h{H}` for an image fitted into a box (`-c` crops it to the box), `=d` for the
//! original bytes with their metadata (except location), `=dv` for a video's bytes. Base URLs
//! expire about 60 minutes after the item was fetched; an expired one is reported as
//! [`Error::UrlExpired`], so callers know to fetch the item again. A body cut on the way is
//! asked for again from the byte where it broke (`Range: bytes=N-`), under the client's retry
//! policy, so a file or writer receives each byte once.
//!
//! ```no_run
//! # async fn example(client: google_photos::library::Client) -> google_photos::Result<()> {
//! use google_photos::downloads::MediaVariant;
//! use google_photos::{Error, LibraryExt as _};
//!
//! let item = client.media_items().get("ITEM_ID").send().await?;
//! let download = client.downloads().media_item(&item, MediaVariant::Original)?;
//! match download.to_file("photo.jpg").await {
//!     Ok(bytes) => println!("{bytes} bytes"),
//!     Err(Error::UrlExpired { .. }) => println!("fetch the item again"),
//!     Err(err) => return Err(err),
//! }
//! # Ok(()) }
//! ```
//!
//! Needs the cargo feature `downloads` (a default feature).

mod request;
mod variant;

pub use request::{DownloadProgress, DownloadRequest};
pub use variant::MediaVariant;

use crate::error::invalid;
use crate::library::types::MediaItem;
use crate::library::Client;
use crate::rt::engine::Engine;
use crate::Error;

/// Scopes a token is asked for when a download is [authorized](DownloadRequest::authorized).
static DOWNLOAD_SCOPES: &[&str] = &[crate::library::scopes::PHOTOSLIBRARY_READONLY_APPCREATEDDATA];

/// Handle for downloads of Library media, made by
/// [`LibraryExt::downloads`](crate::LibraryExt::downloads) or [`Downloads::new`].
#[derive(Clone, Debug)]
pub struct Downloads {
    engine: Engine,
}

impl Downloads {
    /// Downloads through `client`'s engine.
    pub fn new(client: &Client) -> Self {
        Downloads {
            engine: client.engine().clone(),
        }
    }

    /// A download of `url`, normally built with [`MediaVariant::url`]. Library API base
    /// URLs need no access token, so none is sent unless
    /// [`authorized`](DownloadRequest::authorized) says so.
    pub fn get(&self, url: impl Into<String>) -> DownloadRequest {
        DownloadRequest::new(&self.engine, url, DOWNLOAD_SCOPES)
    }

    /// A download of `variant` of `item`, from its `baseUrl`.
    pub fn media_item(
        &self,
        item: &MediaItem,
        variant: MediaVariant,
    ) -> Result<DownloadRequest, Error> {
        let base = item
            .base_url
            .as_deref()
            .ok_or_else(|| invalid("the media item has no baseUrl (fetch it again)".into()))?;
        Ok(self.get(variant.url(base)?))
    }
}
