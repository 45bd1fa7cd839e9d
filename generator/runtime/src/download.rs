//! The content of a media download, read as it arrives.

use std::fmt;

use bytes::Bytes;
use futures_util::stream::{Stream, TryStreamExt};

use super::http::{Headers, Response, ResponseBody, StatusCode};
use super::Error;

/// A successful `alt=media` response (or a media item's bytes) whose body has not been read
/// yet.
///
/// The call's timeout covers getting the response headers; reading the body is bounded only
/// by how long the caller keeps reading. Dropping the value closes the connection.
pub struct Download {
    status: StatusCode,
    headers: Headers,
    body: ResponseBody,
}

impl Download {
    /// The download of a successful response, its body unread.
    pub fn from_response(response: Response) -> Self {
        Download {
            status: response.status,
            headers: response.headers,
            body: response.body,
        }
    }

    /// HTTP status (2xx).
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// Response headers.
    pub fn headers(&self) -> &Headers {
        &self.headers
    }

    /// `Content-Length`, when the server sent one (a compressed body has none: it is
    /// decompressed as it arrives).
    pub fn content_length(&self) -> Option<u64> {
        self.headers
            .get("content-length")
            .and_then(|v| v.trim().parse().ok())
    }

    /// `Content-Type`, when the server sent one.
    pub fn content_type(&self) -> Option<&str> {
        self.headers.get("content-type")
    }

    /// The next chunk of the body, or `None` at its end.
    pub async fn chunk(&mut self) -> Result<Option<Bytes>, Error> {
        self.body.chunk().await.map_err(Error::Transport)
    }

    /// The whole body in memory.
    pub async fn bytes(self) -> Result<Bytes, Error> {
        self.body.bytes().await.map_err(Error::Transport)
    }

    /// The body as a stream of chunks.
    pub fn into_stream(self) -> impl Stream<Item = Result<Bytes, Error>> + Send {
        self.body.into_stream().map_err(Error::Transport)
    }
}

impl fmt::Debug for Download {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Download")
            .field("status", &self.status)
            .field("content_length", &self.content_length())
            .finish_non_exhaustive()
    }
}
