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
//! let url = MediaVariant::Original.url_for(&item)?;
//! match client.downloads().get(url).to_file("photo.jpg").await {
//!     Ok(bytes) => println!("{bytes} bytes"),
//!     Err(DownloadError::Expired { .. }) => println!("fetch the item again"),
//!     Err(err) => return Err(err.into()),
//! }
//! # Ok(()) }
//! ```

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tokio::io::{AsyncWrite, AsyncWriteExt};

use crate::rt;
use crate::rt::http::{Method, Request};
use crate::types::MediaItem;
use crate::{Client, Error};

/// Scopes a token is asked for when a download is [authorized](DownloadRequest::authorized).
static DOWNLOAD_SCOPES: &[&str] = &[crate::scopes::PHOTOSLIBRARY_READONLY_APPCREATEDDATA];

/// Which bytes of a media item to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum MediaVariant {
    /// An image fitted into `width` × `height` pixels (`=w{W}-h{H}`), keeping its aspect
    /// ratio; with `crop`, cropped to exactly that box (`-c`). For videos, a thumbnail.
    Sized {
        /// Largest width in pixels (at least 1).
        width: u32,
        /// Largest height in pixels (at least 1).
        height: u32,
        /// Crop to the box instead of fitting into it.
        crop: bool,
    },
    /// The original bytes with their metadata, except location (`=d`).
    Original,
    /// A video's bytes (`=dv`).
    Video,
}

impl MediaVariant {
    /// The parameters appended to a base URL, e.g. `=w2048-h1024-c`.
    pub fn suffix(&self) -> Result<String, Error> {
        match *self {
            MediaVariant::Sized {
                width,
                height,
                crop,
            } => {
                if width == 0 || height == 0 {
                    return Err(Error::InvalidArgument(format!(
                        "image size {width}x{height}: width and height must be at least 1"
                    )));
                }
                let crop = if crop { "-c" } else { "" };
                Ok(format!("=w{width}-h{height}{crop}"))
            }
            MediaVariant::Original => Ok("=d".into()),
            MediaVariant::Video => Ok("=dv".into()),
        }
    }

    /// `base_url` with this variant's parameters. Fails when `base_url` is not an http(s) URL
    /// or already carries parameters.
    pub fn url(&self, base_url: &str) -> Result<String, Error> {
        let parsed = url::Url::parse(base_url)
            .map_err(|_| Error::InvalidArgument("the base URL is not a URL".into()))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(Error::InvalidArgument(
                "the base URL must use http or https".into(),
            ));
        }
        if parsed.query().is_some() || parsed.fragment().is_some() || parsed.path().contains('=') {
            return Err(Error::InvalidArgument(
                "the base URL already has parameters; pass the item's baseUrl as is".into(),
            ));
        }
        Ok(format!("{base_url}{}", self.suffix()?))
    }

    /// The URL of this variant of `item`, from its `baseUrl`.
    pub fn url_for(&self, item: &MediaItem) -> Result<String, Error> {
        let base = item.base_url.as_deref().ok_or_else(|| {
            Error::InvalidArgument("the media item has no baseUrl (fetch it again)".into())
        })?;
        self.url(base)
    }
}

/// Why a download failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DownloadError {
    /// The base URL was refused (HTTP 403, 404 or 410), which is how an expired base URL
    /// answers; they are valid for about 60 minutes. Fetch the media item again
    /// (`mediaItems.get`) for a fresh one.
    #[error("the media item's base URL has expired or is no longer valid (HTTP {status}); fetch the item again for a fresh baseUrl")]
    Expired {
        /// The HTTP status.
        status: u16,
        /// The server's answer.
        source: Box<Error>,
    },
    /// The request failed otherwise, or was refused before sending.
    #[error(transparent)]
    Api(#[from] Error),
    /// Writing the bytes failed.
    #[error("writing {what}: {source}")]
    Io {
        /// The destination, e.g. its path.
        what: String,
        /// What the operating system reported.
        #[source]
        source: io::Error,
    },
}

/// Bytes received so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct DownloadProgress {
    /// Bytes received.
    pub received: u64,
    /// `Content-Length`, when the server sent one.
    pub total: Option<u64>,
}

type ProgressFn = Arc<dyn Fn(DownloadProgress) + Send + Sync>;

impl Client {
    /// Downloads of media bytes; see [`downloads`](crate::downloads).
    pub fn downloads(&self) -> Downloads {
        Downloads {
            core: self.core.clone(),
        }
    }
}

/// Handle for downloads, made by [`Client::downloads`].
#[derive(Clone, Debug)]
pub struct Downloads {
    core: rt::internal::Core,
}

impl Downloads {
    /// A download of `url`, normally built with [`MediaVariant::url`] or
    /// [`MediaVariant::url_for`].
    pub fn get(&self, url: impl Into<String>) -> DownloadRequest {
        DownloadRequest {
            core: self.core.clone(),
            url: url.into(),
            authorized: false,
            progress: None,
        }
    }

    /// A download of `variant` of `item`.
    pub fn media_item(
        &self,
        item: &MediaItem,
        variant: MediaVariant,
    ) -> Result<DownloadRequest, Error> {
        Ok(self.get(variant.url_for(item)?))
    }
}

/// One download; made by [`Downloads::get`].
#[must_use = "`DownloadRequest` does nothing until it is sent"]
pub struct DownloadRequest {
    core: rt::internal::Core,
    url: String,
    authorized: bool,
    progress: Option<ProgressFn>,
}

impl fmt::Debug for DownloadRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DownloadRequest")
            .field("authorized", &self.authorized)
            .field("progress", &self.progress.is_some())
            .finish_non_exhaustive()
    }
}

impl DownloadRequest {
    /// Also sends the client's access token. Library API base URLs do not need it, so by
    /// default it is not sent to their host.
    pub fn authorized(mut self, authorized: bool) -> Self {
        self.authorized = authorized;
        self
    }

    /// Called with the bytes received so far as the body arrives.
    pub fn progress(mut self, callback: impl Fn(DownloadProgress) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(callback));
        self
    }

    /// Starts the download and returns the response with its body unread, to stream it
    /// yourself (`chunk()`, `into_stream()`).
    pub async fn send(self) -> Result<rt::Download, DownloadError> {
        let url = url::Url::parse(&self.url)
            .map_err(|_| Error::InvalidArgument("the download URL is not a URL".into()))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(
                Error::InvalidArgument("the download URL must use http or https".into()).into(),
            );
        }
        let scopes = if self.authorized {
            DOWNLOAD_SCOPES
        } else {
            &[]
        };
        // A GET: transient failures are tried again under the client's retry policy.
        let mut retry = self.core.retrier(true, scopes);
        let answer = loop {
            let request = Request::new(Method::Get, url.as_str());
            match self
                .core
                .send_raw(request, scopes, self.core.timeout())
                .await
            {
                Err(err) if retry.again(&err).await => continue,
                answer => break answer,
            }
        };
        match answer {
            Ok(response) => Ok(rt::Download::from_response(response)),
            Err(err) => match err.status().map(|s| s.as_u16()) {
                Some(status @ (403 | 404 | 410)) => Err(DownloadError::Expired {
                    status,
                    source: Box::new(err),
                }),
                _ => Err(err.into()),
            },
        }
    }

    /// Streams the bytes into `writer`, returning how many were written. The writer is
    /// flushed, not closed.
    pub async fn to_writer<W>(self, writer: &mut W) -> Result<u64, DownloadError>
    where
        W: AsyncWrite + Unpin + ?Sized,
    {
        self.write_into(writer, "the writer").await
    }

    async fn write_into<W>(self, writer: &mut W, what: &str) -> Result<u64, DownloadError>
    where
        W: AsyncWrite + Unpin + ?Sized,
    {
        let progress = self.progress.clone();
        let mut download = self.send().await?;
        let total = download.content_length();
        let mut received = 0_u64;
        let write_error = |source| DownloadError::Io {
            what: what.to_string(),
            source,
        };
        while let Some(chunk) = download.chunk().await? {
            writer.write_all(&chunk).await.map_err(write_error)?;
            received += chunk.len() as u64;
            if let Some(progress) = &progress {
                progress(DownloadProgress { received, total });
            }
        }
        writer.flush().await.map_err(write_error)?;
        if let Some(total) = total.filter(|t| *t != received) {
            return Err(DownloadError::Io {
                what: "the download".into(),
                source: io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    format!("received {received} of {total} bytes"),
                ),
            });
        }
        Ok(received)
    }

    /// Streams the bytes into the file at `path`, returning how many were written. The bytes
    /// go to `<path>.part` first, renamed to `path` once complete, so `path` never holds a
    /// partial download.
    pub async fn to_file(self, path: impl AsRef<Path>) -> Result<u64, DownloadError> {
        let path = path.as_ref();
        let mut partial = path.as_os_str().to_owned();
        partial.push(".part");
        let partial = PathBuf::from(partial);
        let io_error = |what: &Path, source| DownloadError::Io {
            what: what.display().to_string(),
            source,
        };
        let mut file = tokio::fs::File::create(&partial)
            .await
            .map_err(|e| io_error(&partial, e))?;
        let what = partial.display().to_string();
        let written = match self.write_into(&mut file, &what).await {
            Ok(n) => n,
            Err(err) => {
                drop(file);
                let _ = tokio::fs::remove_file(&partial).await;
                return Err(err);
            }
        };
        let finished = async {
            file.sync_all().await?;
            drop(file);
            tokio::fs::rename(&partial, path).await
        };
        if let Err(e) = finished.await {
            let _ = tokio::fs::remove_file(&partial).await;
            return Err(io_error(path, e));
        }
        Ok(written)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "https://lh3.googleusercontent.com/lr/AF1Qip";

    #[test]
    fn variants_append_parameters() {
        let sized = MediaVariant::Sized {
            width: 2048,
            height: 1024,
            crop: false,
        };
        assert_eq!(sized.url(BASE).unwrap(), format!("{BASE}=w2048-h1024"));
        let cropped = MediaVariant::Sized {
            width: 256,
            height: 256,
            crop: true,
        };
        assert_eq!(cropped.url(BASE).unwrap(), format!("{BASE}=w256-h256-c"));
        assert_eq!(
            MediaVariant::Original.url(BASE).unwrap(),
            format!("{BASE}=d")
        );
        assert_eq!(MediaVariant::Video.url(BASE).unwrap(), format!("{BASE}=dv"));
    }

    #[test]
    fn bad_inputs_are_errors() {
        let zero = MediaVariant::Sized {
            width: 0,
            height: 10,
            crop: false,
        };
        assert!(zero.url(BASE).is_err());
        assert!(MediaVariant::Original.url("not a url").is_err());
        assert!(MediaVariant::Original.url("ftp://x/y").is_err());
        assert!(MediaVariant::Original.url(&format!("{BASE}=d")).is_err());
        assert!(MediaVariant::Original
            .url_for(&MediaItem::default())
            .is_err());
    }
}
