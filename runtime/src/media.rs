//! Media downloads (`alt=media`) and uploads (`uploadType=media` / `multipart` /
//! `resumable`).

use std::fmt;

use bytes::{BufMut, Bytes, BytesMut};
use url::Url;

use super::call::CallParts;
use super::client::Outcome;
use super::http::{Headers, Method, StatusCode};
use super::request::{prepare, set, Prepared};
use super::{Core, Error, PathPart, Retrier, RetryPolicy};

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
    /// Whether metadata and media may be sent together (`uploadType=multipart`, or as the
    /// body that opens a resumable session).
    pub multipart: bool,
    /// Path of the resumable-upload endpoint, resolved like `path`; empty when the method has
    /// none.
    pub resumable_path: &'static [PathPart],
}

/// Chunks of a resumable upload other than the last must be multiples of this.
pub const CHUNK_GRANULARITY: usize = 256 * 1024;

/// Content to upload: the bytes and their MIME type.
///
/// Held in memory so that a retried upload can send it again.
#[derive(Clone)]
pub struct Media {
    pub(crate) data: Bytes,
    pub(crate) content_type: String,
    pub(crate) chunk_size: Option<usize>,
}

impl Media {
    /// Media of the given MIME type, e.g. `image/jpeg`.
    pub fn new(data: impl Into<Bytes>, content_type: impl Into<String>) -> Self {
        Media {
            data: data.into(),
            content_type: content_type.into(),
            chunk_size: None,
        }
    }

    /// For resumable uploads: sends the media in chunks of `bytes` (rounded up to a multiple
    /// of 256 KiB), each acknowledged by the server, so an interruption costs at most one
    /// chunk. Without it the media goes in one request (which still resumes from the
    /// server's offset after a failure).
    pub fn chunk_size(mut self, bytes: usize) -> Self {
        let chunks = bytes.div_ceil(CHUNK_GRANULARITY).max(1);
        self.chunk_size = Some(chunks.saturating_mul(CHUNK_GRANULARITY));
        self
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
            .field("chunk_size", &self.chunk_size)
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
    let ok_type = Headers::new()
        .insert("content-type", media.content_type.as_str())
        .is_ok();
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

/// Runs a resumable upload: opens the session with `call` (see [`Call::upload_resumable`]),
/// then sends the media from the server's offset on until the server answers with the
/// method's response. A transient failure of a chunk asks the session how far it got and
/// goes on from there, under the call's retry policy; consecutive failures count, and the
/// count starts again whenever the session holds more bytes than before.
///
/// [`Call::upload_resumable`]: super::Call::upload_resumable
pub(crate) async fn upload_resumable(
    core: &Core,
    call: CallParts,
) -> Result<(StatusCode, Bytes), Error> {
    let media = match &call.media {
        Some((_, media)) => media.clone(),
        None => {
            return Err(Error::InvalidArgument(format!(
                "{}: a resumable upload needs media",
                call.method.id
            )))
        }
    };
    let prepared = prepare(&core.inner, call, "json")?;
    let info = prepared.info;
    let mut retry = Retrier::new(core, prepared.retry.clone(), true, info.scopes);
    let timeout = prepared.timeout;
    let start_url = prepared.url.clone();
    let mut headers = prepared.headers.clone();
    for name in [
        "content-type",
        "content-length",
        "x-upload-content-type",
        "x-upload-content-length",
    ] {
        headers.remove(name);
    }
    let session = match core.run(prepared, true).await? {
        Outcome::Stream(response) => session_url(info.id, &start_url, &response.headers)?,
        Outcome::Body(_, _) => {
            return Err(Error::InvalidArgument(format!(
                "{}: the upload session did not start",
                info.id
            )))
        }
    };

    let total = media.data.len();
    let chunk = media.chunk_size.unwrap_or(total).max(1);
    let put = |range: String, body: Bytes| {
        let mut headers = headers.clone();
        set(&mut headers, "content-range", range);
        set(&mut headers, "content-type", media.content_type.as_str());
        Prepared {
            info,
            method: Method::Put,
            url: session.clone(),
            headers,
            body: Some(body),
            idempotent: true,
            retry: RetryPolicy::none(),
            timeout,
            incomplete_ok: true,
        }
    };
    let mut offset = 0;
    loop {
        let end = (offset + chunk).min(total);
        let range = if total == 0 {
            "bytes */0".to_string()
        } else {
            format!("bytes {offset}-{}/{total}", end - 1)
        };
        let mut answer = core
            .attempt(&put(range, media.data.slice(offset..end)), true)
            .await;
        // After a failure, ask the session where it stands until it says.
        while let Err(err) = answer {
            if !retry.again(&err).await {
                return Err(err);
            }
            answer = core
                .attempt(&put(format!("bytes */{total}"), Bytes::new()), true)
                .await;
        }
        let response = match answer {
            Ok(Outcome::Stream(response)) => response,
            Ok(Outcome::Body(status, body)) => return Ok((status, body)),
            Err(err) => return Err(err),
        };
        if response.status != StatusCode::PERMANENT_REDIRECT {
            let status = response.status;
            let body = response.body.bytes().await.map_err(Error::Transport)?;
            return Ok((status, body));
        }
        let next = persisted(&response.headers);
        if next > total {
            return Err(Error::InvalidArgument(format!(
                "{}: the upload session reports {next} bytes of {total}",
                info.id
            )));
        }
        if next > offset {
            retry.progressed();
        }
        offset = next;
    }
}

/// The session URL from the `Location` header of the response that opened it. Every chunk
/// carries the access token, so the session must be on the origin (scheme, host and port)
/// of the request that opened it: anywhere else is refused before anything is sent there.
fn session_url(method_id: &str, start: &str, headers: &Headers) -> Result<String, Error> {
    let start = Url::parse(start).ok();
    let session = headers
        .get("location")
        .and_then(|location| start.as_ref()?.join(location).ok())
        .ok_or_else(|| {
            Error::InvalidArgument(format!(
                "{method_id}: the upload session answer has no usable Location header"
            ))
        })?;
    let origin = |url: &Url| url.origin().ascii_serialization();
    match &start {
        Some(start) if session.origin() == start.origin() => Ok(session.into()),
        _ => Err(Error::InvalidArgument(format!(
            "{method_id}: the upload session is on another origin ({}) than the request that \
             opened it ({}); the token is not sent there",
            origin(&session),
            start.as_ref().map(origin).unwrap_or_default()
        ))),
    }
}

/// How many bytes the session holds, from a `308`'s `Range: bytes=0-N` (none without it).
fn persisted(headers: &Headers) -> usize {
    headers
        .get("range")
        .and_then(|v| v.strip_prefix("bytes=0-"))
        .and_then(|last| last.trim().parse::<usize>().ok())
        .map_or(0, |last| last.saturating_add(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    const INFO: MediaUpload = MediaUpload {
        path: &[],
        max_size: Some(10),
        accept: &["image/*", "application/pdf"],
        multipart: true,
        resumable_path: &[],
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
    fn chunk_sizes_are_whole_granules() {
        let media = |n| Media::new(&b""[..], "a/b").chunk_size(n).chunk_size;
        assert_eq!(media(1), Some(CHUNK_GRANULARITY));
        assert_eq!(media(CHUNK_GRANULARITY), Some(CHUNK_GRANULARITY));
        assert_eq!(media(CHUNK_GRANULARITY + 1), Some(2 * CHUNK_GRANULARITY));
        assert_eq!(media(0), Some(CHUNK_GRANULARITY));
    }

    #[test]
    fn a_session_elsewhere_than_the_request_that_opened_it_is_refused() {
        let start = "https://storage.googleapis.com/upload/storage/v1/b/b/o?uploadType=resumable";
        let session = |location: &str| {
            let mut headers = Headers::new();
            headers.append("location", location).unwrap();
            session_url("x.objects.insert", start, &headers)
        };
        assert_eq!(
            session("/upload/storage/v1/b/b/o?upload_id=1").unwrap(),
            "https://storage.googleapis.com/upload/storage/v1/b/b/o?upload_id=1"
        );
        assert_eq!(
            session("https://storage.googleapis.com/u?upload_id=2").unwrap(),
            "https://storage.googleapis.com/u?upload_id=2"
        );
        for elsewhere in [
            "https://attacker.example/u?upload_id=3",
            "http://storage.googleapis.com/u?upload_id=4",
            "https://storage.googleapis.com:8443/u?upload_id=5",
        ] {
            let err = session(elsewhere).unwrap_err();
            assert!(matches!(err, Error::InvalidArgument(_)), "{err:?}");
            assert!(
                err.to_string().contains("another origin")
                    && err
                        .to_string()
                        .contains(elsewhere.split("/u").next().unwrap()),
                "{err}"
            );
        }
    }

    #[test]
    fn persisted_offset_comes_from_the_range_header() {
        let mut headers = Headers::new();
        assert_eq!(persisted(&headers), 0);
        headers.insert("range", "bytes=0-262143").unwrap();
        assert_eq!(persisted(&headers), 262_144);
        headers.insert("range", "bytes=5-9").unwrap();
        assert_eq!(persisted(&headers), 0);
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
