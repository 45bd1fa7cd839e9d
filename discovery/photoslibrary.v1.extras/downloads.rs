//! Reading media bytes through a media item's `baseUrl`.
//!
//! Hand-written rather than generated: the Discovery document only says that `baseUrl`
//! exists.
//!
//! A media item's bytes are read from its `baseUrl` with parameters appended:
//! `=w{W}-h{H}` for an image fitted into a box (`-c` crops it to the box), `=d` for the
//! original bytes with their metadata (except location), `=dv` for a video's bytes. Base URLs
//! expire about 60 minutes after the item was fetched; an expired one is reported as
//! [`DownloadError::Expired`], so callers know to fetch the item again.
//!
//! ```no_run
//! # async fn example(client: google_photoslibrary_v1::Client) -> Result<(), Box<dyn std::error::Error>> {
//! use google_photoslibrary_v1::downloads::{DownloadError, MediaVariant};
//!
//! let item = client.media_items().get("ITEM_ID").send().await?;
//! let download = client.downloads().media_item(&item, MediaVariant::Original)?;
//! match download.to_file("photo.jpg").await {
//!     Ok(bytes) => println!("{bytes} bytes"),
//!     Err(DownloadError::Expired { .. }) => println!("fetch the item again"),
//!     Err(err) => return Err(err.into()),
//! }
//! # Ok(()) }
//! ```
//!
//! Needs the cargo feature `downloads` (a default feature).

use crate::rt;
use crate::types::MediaItem;
use crate::{Client, Error};

pub use crate::rt::media::{DownloadError, DownloadProgress, DownloadRequest, MediaVariant};

/// Scopes a token is asked for when a download is [authorized](DownloadRequest::authorized).
static DOWNLOAD_SCOPES: &[&str] = &[crate::scopes::PHOTOSLIBRARY_READONLY_APPCREATEDDATA];

impl Client {
    /// Downloads of media bytes; see [`downloads`](crate::downloads).
    pub fn downloads(&self) -> Downloads {
        Downloads {
            engine: self.engine().clone(),
        }
    }
}

/// Handle for downloads, made by [`Client::downloads`].
#[derive(Clone, Debug)]
pub struct Downloads {
    engine: rt::engine::Engine,
}

impl Downloads {
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
        let base = item.base_url.as_deref().ok_or_else(|| {
            Error::InvalidArgument("the media item has no baseUrl (fetch it again)".into())
        })?;
        Ok(self.get(variant.url(base)?))
    }
}
