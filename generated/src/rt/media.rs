//! Media downloads (`alt=media`) and uploads (`uploadType=media` / `multipart`).

use std::fmt;

use bytes::{BufMut, Bytes, BytesMut};
use futures_util::stream::{Stream, TryStreamExt};
use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use super::{Error, PathPart};

/// Upload facts of a method that accepts media, from the document's `mediaUpload`.
#[derive(Debug)]
pub struct MediaUpload {
    /// Path of the simple-upload endpoint. Absolute paths (`/upload/...`) are relative to the
    /// root URL, others to `{root_url}upload/{service_path}`. Takes the same path arguments,
    /// in the same order, as the method's own path.
    pub path: &'static [PathPart],
    /// Largest accepted media size in bytes, if limited.
    pub max_size: Option<u64>,
    /// Accepted MIME type patterns, e.g. `image/*`; empty accepts anything.
    pub accept: &'static [&'static str],
    /// Whether metadata and media may be sent together (`uploadType=multipart`).
    pub multipart: bool,
}

/// Content to upload: the bytes and their MIME type.
///
/// Held in memory so that a retried upload can send it again.
#[derive(Clone)]
pub struct Media {
    pub(crate) data: Bytes,
    pub(crate) content_type: String,
}

impl Media {
    /// Media of the given MIME type, e.g. `image/jpeg`.
    pub fn new(data: impl Into<Bytes>, content_type: impl Into<String>) -> Self {
        Media {
            data: data.into(),
            content_type: content_type.into(),
        }
    }

    /// Size in bytes.
    pub fn len(&self) -> usize {
        self.data.len()
    }

    /// Whether there are no bytes.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// The MIME type.
    pub fn content_type(&self) -> &str {
        &self.content_type
    }
}

impl fmt::Debug for Media {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Media")
            .field("len", &self.data.len())
            .field("content_type", &self.content_type)
            .finish()
    }
}

/// Checks the media against the method's limits before anything is sent.
pub(crate) fn check_media(method_id: &str, info: &MediaUpload, media: &Media) -> Result<(), Error> {
    if let Some(max) = info.max_size {
        if media.data.len() as u64 > max {
            return Err(Error::InvalidArgument(format!(
                "{method_id}: media of {} bytes exceeds the maximum of {max} bytes",
                media.data.len()
            )));
        }
    }
    let ok_type = media
        .content_type
        .parse::<reqwest::header::HeaderValue>()
        .is_ok()
        && !media.content_type.contains(['\r', '\n']);
    if !ok_type {
        return Err(Error::InvalidArgument(format!(
            "{method_id}: media content type is not a valid header value"
        )));
    }
    if !info.accept.is_empty()
        && !info
            .accept
            .iter()
            .any(|p| mime_matches(p, &media.content_type))
    {
        return Err(Error::InvalidArgument(format!(
            "{method_id}: media type {:?} is not one of {:?}",
            media.content_type, info.accept
        )));
    }
    Ok(())
}

fn mime_matches(pattern: &str, content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let pattern = pattern.trim().to_ascii_lowercase();
    if pattern == "*/*" || pattern == essence {
        return true;
    }
    match pattern.strip_suffix("/*") {
        Some(top) => essence.split('/').next() == Some(top),
        None => false,
    }
}

/// Builds a `multipart/related` body: JSON metadata first, then the media.
pub(crate) fn multipart_related(metadata: &[u8], media: &Media) -> (String, Bytes) {
    // A random boundary that does not occur in either part.
    let boundary = loop {
        let candidate: String = std::iter::repeat_with(fastrand::alphanumeric)
            .take(32)
            .collect();
        let candidate = format!("rt_boundary_{candidate}");
        let clash = |data: &[u8]| {
            data.windows(candidate.len())
                .any(|w| w == candidate.as_bytes())
        };
        if !clash(metadata) && !clash(&media.data) {
            break candidate;
        }
    };
    let mut body = BytesMut::with_capacity(metadata.len() + media.data.len() + 256);
    body.put_slice(
        format!("--{boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n").as_bytes(),
    );
    body.put_slice(metadata);
    body.put_slice(
        format!(
            "\r\n--{boundary}\r\nContent-Type: {}\r\n\r\n",
            media.content_type
        )
        .as_bytes(),
    );
    body.put_slice(&media.data);
    body.put_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (
        format!("multipart/related; boundary={boundary}"),
        body.freeze(),
    )
}

/// A successful `alt=media` response whose body has not been read yet.
///
/// The call's timeout covers getting the response headers; reading the body is bounded only
/// by how long the caller keeps reading. Dropping the value closes the connection.
pub struct Download {
    response: reqwest::Response,
}

impl Download {
    pub(crate) fn new(response: reqwest::Response) -> Self {
        Download { response }
    }

    /// HTTP status (2xx).
    pub fn status(&self) -> StatusCode {
        self.response.status()
    }

    /// Response headers.
    pub fn headers(&self) -> &HeaderMap {
        self.response.headers()
    }

    /// `Content-Length`, when the server sent one.
    pub fn content_length(&self) -> Option<u64> {
        self.response.content_length()
    }

    /// `Content-Type`, when the server sent a readable one.
    pub fn content_type(&self) -> Option<&str> {
        self.response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
    }

    /// The next chunk of the body, or `None` at its end.
    pub async fn chunk(&mut self) -> Result<Option<Bytes>, Error> {
        self.response.chunk().await.map_err(Error::Transport)
    }

    /// The whole body in memory.
    pub async fn bytes(self) -> Result<Bytes, Error> {
        self.response.bytes().await.map_err(Error::Transport)
    }

    /// The body as a stream of chunks.
    pub fn into_stream(self) -> impl Stream<Item = Result<Bytes, Error>> + Send {
        self.response.bytes_stream().map_err(Error::Transport)
    }
}

impl fmt::Debug for Download {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Download")
            .field("status", &self.response.status())
            .field("content_length", &self.response.content_length())
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const INFO: MediaUpload = MediaUpload {
        path: &[],
        max_size: Some(10),
        accept: &["image/*", "application/pdf"],
        multipart: true,
    };

    #[test]
    fn media_limits_are_checked() {
        assert!(check_media("m", &INFO, &Media::new(&b"abc"[..], "image/png")).is_ok());
        assert!(check_media("m", &INFO, &Media::new(&b"abc"[..], "Application/PDF; x=y")).is_ok());
        assert!(check_media("m", &INFO, &Media::new(vec![0; 11], "image/png")).is_err());
        assert!(check_media("m", &INFO, &Media::new(&b"a"[..], "text/plain")).is_err());
        assert!(check_media("m", &INFO, &Media::new(&b"a"[..], "image/png\r\nx: y")).is_err());
        assert!(check_media("m", &INFO, &Media::new(&b"a"[..], "imagex/png")).is_err());
    }

    #[test]
    fn multipart_body_is_well_formed() {
        let media = Media::new(&b"\x00\x01binary"[..], "image/png");
        let (content_type, body) = multipart_related(br#"{"a":1}"#, &media);
        let boundary = content_type
            .strip_prefix("multipart/related; boundary=")
            .unwrap();
        let expected = format!(
            "--{boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n{{\"a\":1}}\r\n\
             --{boundary}\r\nContent-Type: image/png\r\n\r\n\x00\x01binary\r\n--{boundary}--\r\n"
        );
        assert_eq!(body, expected.as_bytes());
    }
}
