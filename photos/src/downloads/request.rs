//! One download of a base URL: sent through the client's engine (its transport, retries
//! and, where the URL needs it, its token), streamed into a file or a writer with progress,
//! and resumed with `Range` where its body is cut.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use tokio::io::AsyncWrite;

use crate::error::{invalid, io_error};
use crate::rt::engine::Engine;
use crate::rt::http::Method;
use crate::rt::media::Download;
use crate::{rt, Error};

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

/// One download of a URL, sent through the client's transport and retry policy; made by a
/// generated crate's download helpers.
#[must_use = "`DownloadRequest` does nothing until it is sent"]
pub struct DownloadRequest {
    engine: Engine,
    url: String,
    scopes: &'static [&'static str],
    authorized: bool,
    progress: Option<ProgressFn>,
}

impl fmt::Debug for DownloadRequest {
    // The URL stays out: a base URL grants access to the bytes to whoever holds it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DownloadRequest")
            .field("authorized", &self.authorized)
            .field("progress", &self.progress.is_some())
            .finish_non_exhaustive()
    }
}

impl DownloadRequest {
    /// A download of `url`; with [`authorized`](Self::authorized), a token for `scopes`
    /// goes with it.
    pub(crate) fn new(
        engine: &Engine,
        url: impl Into<String>,
        scopes: &'static [&'static str],
    ) -> Self {
        DownloadRequest {
            engine: engine.clone(),
            url: url.into(),
            scopes,
            authorized: false,
            progress: None,
        }
    }

    /// Whether the client's access token is sent with the request. Off unless the API's
    /// download helper says its URLs need it (Photos Library base URLs do not, Photos
    /// Picker base URLs do).
    pub fn authorized(mut self, authorized: bool) -> Self {
        self.authorized = authorized;
        self
    }

    /// Called with the bytes received so far as the body arrives.
    pub fn progress(mut self, callback: impl Fn(DownloadProgress) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(callback));
        self
    }

    /// Starts the download and returns the response with its body unread: stream it
    /// yourself (`chunk()`, `into_stream()`), or write it with `write_to` /
    /// `write_to_file`, which resume a body cut on the way and check its length.
    pub async fn send(self) -> Result<Download, Error> {
        let url = url::Url::parse(&self.url)
            .map_err(|_| invalid("the download URL is not a URL".into()))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(invalid("the download URL must use http or https".into()));
        }
        // A GET: transient failures are tried again under the client's retry policy.
        let mut request = self.engine.request(Method::Get, url.as_str());
        if self.authorized {
            request = request.scopes(self.scopes);
        }
        request.download().await.map_err(expired_or_api)
    }

    /// Streams the bytes into `writer`, returning how many were written. The writer is
    /// flushed, not closed. A body cut on the way is asked for again from where it broke
    /// (`Range`), under the client's retry policy, so `writer` receives every byte once.
    pub async fn to_writer<W>(self, writer: &mut W) -> Result<u64, Error>
    where
        W: AsyncWrite + Unpin + Send + ?Sized,
    {
        self.write_into(writer, "the writer").await
    }

    async fn write_into<W>(self, writer: &mut W, what: &str) -> Result<u64, Error>
    where
        W: AsyncWrite + Unpin + Send + ?Sized,
    {
        let progress = self.progress.clone();
        let download = self.send().await?;
        let mut counting = Counting {
            total: download.content_length(),
            inner: writer,
            received: 0,
            progress,
            failure: None,
        };
        match download.write_to(&mut counting).await {
            Ok(written) => Ok(written),
            // The writer's own error, as it reported it, rather than the runtime's account.
            Err(err) => match counting.failure.take() {
                Some(source) => Err(io_error(what, source)),
                None => Err(expired_or_api(err)),
            },
        }
    }

    /// Streams the bytes into the file at `path`, returning how many were written. The bytes
    /// go to `<path>.part` first, renamed to `path` once complete, so `path` never holds a
    /// partial download.
    pub async fn to_file(self, path: impl AsRef<Path>) -> Result<u64, Error> {
        let path = path.as_ref();
        let mut partial = path.as_os_str().to_owned();
        partial.push(".part");
        let partial = PathBuf::from(partial);
        let path_error = |what: &Path, source| io_error(&what.display().to_string(), source);
        let mut file = tokio::fs::File::create(&partial)
            .await
            .map_err(|e| path_error(&partial, e))?;
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
            return Err(path_error(path, e));
        }
        Ok(written)
    }
}

/// A base URL that no longer gives its bytes (expired, or its item gone) is
/// [`Error::UrlExpired`]; any other failure is the runtime's.
fn expired_or_api(err: rt::Error) -> Error {
    match err.status().map(|s| s.as_u16()) {
        Some(status @ (403 | 404 | 410)) => Error::UrlExpired {
            status,
            source: Arc::new(err),
        },
        _ => err.into(),
    }
}

/// The destination of a download, reporting progress as bytes are written to it and keeping
/// the first error it reported.
struct Counting<'w, W: ?Sized> {
    inner: &'w mut W,
    received: u64,
    total: Option<u64>,
    progress: Option<ProgressFn>,
    failure: Option<io::Error>,
}

impl<W: AsyncWrite + Unpin + ?Sized> AsyncWrite for Counting<'_, W> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = &mut *self;
        match Pin::new(&mut *this.inner).poll_write(cx, buf) {
            Poll::Ready(Ok(written)) => {
                this.received += written as u64;
                if let Some(progress) = &this.progress {
                    progress(DownloadProgress {
                        received: this.received,
                        total: this.total,
                    });
                }
                Poll::Ready(Ok(written))
            }
            Poll::Ready(Err(err)) => Poll::Ready(Err(this.keep(err))),
            Poll::Pending => Poll::Pending,
        }
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = &mut *self;
        match Pin::new(&mut *this.inner).poll_flush(cx) {
            Poll::Ready(Err(err)) => Poll::Ready(Err(this.keep(err))),
            other => other,
        }
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = &mut *self;
        match Pin::new(&mut *this.inner).poll_shutdown(cx) {
            Poll::Ready(Err(err)) => Poll::Ready(Err(this.keep(err))),
            other => other,
        }
    }
}

impl<W: ?Sized> Counting<'_, W> {
    /// Keeps `err` (the first one) and gives the runtime an account of it.
    fn keep(&mut self, err: io::Error) -> io::Error {
        let account = io::Error::new(err.kind(), err.to_string());
        self.failure.get_or_insert(err);
        account
    }
}
