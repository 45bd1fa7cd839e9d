//! Base URLs: handing them out and serving bytes from them, for both APIs.
//!
//! Library base URLs live under `/media/`, Picker ones under `/picker/media/`; the Picker's
//! guide gives its base URLs the same parameters and the same 60 minutes, but fetching them
//! needs the OAuth token (<https://developers.google.com/photos/picker/guides/media-items>),
//! which module `picker` checks before calling [`serve_kind`].
//!
//! Rules from <https://developers.google.com/photos/library/guides/access-media-items#base-urls>:
//! a base URL is used by appending parameters after `=`; it stays valid for 60 minutes and
//! then must be fetched again (the emulator answers 403 once it has expired, as Google's
//! content servers do); no OAuth token is needed to fetch it. Parameters (joined by `-`):
//! `wW` maximum width, `hH` maximum height (both: fit within W×H keeping the aspect ratio),
//! `c` crop to exactly W×H (needs both), `d` the original bytes (download), `dv` a video's
//! bytes (videos only).
//!
//! Scaling happens for real when the bytes decode (PNG and JPEG): the answer is an image of
//! the new size, in the same format when it is PNG or JPEG, else PNG. Images are never
//! enlarged by `w`/`h` (the guide calls them maximums); `c` does enlarge, since it promises
//! the exact size. Bytes that do not decode (videos, other formats) are served unchanged:
//! the emulator makes no thumbnails. Each dimension may be at most 16383 pixels and W×H at
//! most 40 million, the emulator's own bounds on memory (400 beyond them).
//!
//! A `Range: bytes=N-` or `bytes=N-M` header is answered with `206 Partial Content` and
//! `Content-Range`, and a range that starts past the end with `416`, as an HTTP content
//! server answers (RFC 9110, section 14); the guide says nothing about ranges, and clients
//! resume cut downloads with them. Any other form of `Range` is ignored (the whole bytes, as
//! RFC 9110 allows).

use std::io::Cursor;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderValue, Response, StatusCode};
use image::{imageops::FilterType, DynamicImage, ImageFormat};

use crate::clock;
use crate::errors::ApiError;
use crate::ids;
use crate::server::{Req, Shared};

/// How long a base URL stays valid.
pub(crate) const VALIDITY: Duration = Duration::from_secs(60 * 60);
const MAX_SIDE: u32 = 16383;
const MAX_PIXELS: u64 = 40_000_000;

/// Which API handed a base URL out. Both kinds share the parameters and the 60-minute
/// validity; they differ in path and in whether fetching needs an OAuth token (the Picker's
/// do: <https://developers.google.com/photos/picker/guides/media-items>), so each is signed
/// under its own tag and one cannot be turned into the other by editing the path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Library,
    Picker,
}

impl Kind {
    /// The path under the server's root where this kind is served.
    pub(crate) fn prefix(self) -> &'static str {
        match self {
            Kind::Library => "media/",
            Kind::Picker => "picker/media/",
        }
    }

    fn tag(self) -> &'static [u8] {
        match self {
            Kind::Library => b"base",
            Kind::Picker => b"picker-base",
        }
    }
}

fn signature(secret: &str, kind: Kind, item_id: &str, issued: u64) -> String {
    ids::hex(
        &ids::digest(&[
            secret.as_bytes(),
            kind.tag(),
            item_id.as_bytes(),
            &issued.to_be_bytes(),
        ])[..12],
    )
}

/// A fresh Library base URL for an item, stamped with the emulator's current time.
pub(crate) fn issue(shared: &Shared, secret: &str, item_id: &str) -> String {
    issue_kind(shared, secret, Kind::Library, item_id)
}

/// A fresh base URL of either kind, stamped with the emulator's current time.
pub(crate) fn issue_kind(shared: &Shared, secret: &str, kind: Kind, item_id: &str) -> String {
    let issued = clock::unix(shared.clock.now()).0;
    format!(
        "{}{}{item_id}/{issued}/{}",
        shared.base_url,
        kind.prefix(),
        signature(secret, kind, item_id, issued)
    )
}

/// The width and height of bytes that decode as an image.
pub(crate) fn dimensions(bytes: &[u8]) -> Option<(u32, u32)> {
    image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .ok()?
        .into_dimensions()
        .ok()
}

#[derive(Debug, Default, PartialEq, Eq)]
struct Params {
    w: Option<u32>,
    h: Option<u32>,
    crop: bool,
    download: bool,
    video: bool,
}

fn parse_params(s: &str) -> Result<Params, ApiError> {
    let mut p = Params::default();
    if s.is_empty() {
        return Ok(p);
    }
    let side = |v: &str, what: &str| -> Result<u32, ApiError> {
        match v.parse::<u32>() {
            Ok(n) if (1..=MAX_SIDE).contains(&n) => Ok(n),
            _ => Err(ApiError::invalid(format!(
                "Invalid {what} parameter {v:?}: expected 1 to {MAX_SIDE}."
            ))),
        }
    };
    for part in s.split('-') {
        match part {
            "c" => p.crop = true,
            "d" => p.download = true,
            "dv" => p.video = true,
            _ if part.starts_with('w') => p.w = Some(side(&part[1..], "width")?),
            _ if part.starts_with('h') => p.h = Some(side(&part[1..], "height")?),
            _ => {
                return Err(ApiError::invalid(format!(
                    "Unknown base URL parameter {part:?}."
                )))
            }
        }
    }
    if let (Some(w), Some(h)) = (p.w, p.h) {
        if u64::from(w) * u64::from(h) > MAX_PIXELS {
            return Err(ApiError::invalid(format!(
                "At most {MAX_PIXELS} pixels may be requested, got {w}×{h}."
            )));
        }
    }
    if p.crop && (p.w.is_none() || p.h.is_none()) {
        return Err(ApiError::invalid(
            "The crop parameter c needs both wW and hH.",
        ));
    }
    Ok(p)
}

/// Serves `GET /media/{item}/{issued}/{sig}[=params]`.
pub(crate) fn serve(shared: &Shared, req: &Req, rest: &str) -> Result<Response<Body>, ApiError> {
    serve_kind(shared, req, Kind::Library, rest)
}

/// Serves `{rest}` = `{item}/{issued}/{sig}[=params]` of a base URL of this kind (any token
/// check is the caller's), or the part of it that `req`'s `Range` asks for.
pub(crate) fn serve_kind(
    shared: &Shared,
    req: &Req,
    kind: Kind,
    rest: &str,
) -> Result<Response<Body>, ApiError> {
    let (bytes, mime) = content(shared, kind, rest)?;
    let mut response = match req.header("range").and_then(byte_range) {
        Some(range) => partial(bytes, range),
        None => Response::new(Body::from(bytes)),
    };
    let content_type = HeaderValue::from_str(&mime)
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, content_type);
    headers.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    Ok(response)
}

/// The bytes a base URL with its parameters stands for, and their media type.
fn content(shared: &Shared, kind: Kind, rest: &str) -> Result<(Bytes, String), ApiError> {
    let not_found = || ApiError::not_found("Requested entity was not found.");
    let (path, params) = rest.split_once('=').unwrap_or((rest, ""));
    let mut parts = path.split('/');
    let (Some(item_id), Some(issued), Some(sig), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(not_found());
    };
    let issued: u64 = issued.parse().map_err(|_| not_found())?;
    let (bytes, mime) = {
        let store = shared.lock();
        if signature(&store.secret, kind, item_id, issued) != sig {
            return Err(not_found());
        }
        let item = store.item(item_id).ok_or_else(not_found)?;
        (item.bytes.clone(), item.mime_type.clone())
    };
    let now = clock::unix(shared.clock.now()).0;
    if now.saturating_sub(issued) > VALIDITY.as_secs() {
        return Err(ApiError::denied(
            "The base URL has expired; fetch the media item again for a new one.",
        ));
    }
    let p = parse_params(params)?;
    let is_video = mime.starts_with("video/");
    if p.video && !is_video {
        return Err(ApiError::invalid(
            "The dv parameter is only for video media items.",
        ));
    }
    if p.w.is_some() || p.h.is_some() {
        if let Some((out, out_mime)) = transform(&bytes, &p) {
            return Ok((Bytes::from(out), out_mime.to_owned()));
        }
    }
    Ok((Bytes::from(bytes.to_vec()), mime))
}

fn transform(bytes: &[u8], p: &Params) -> Option<(Vec<u8>, &'static str)> {
    let format = image::guess_format(bytes).ok()?;
    let img = image::load_from_memory_with_format(bytes, format).ok()?;
    let (iw, ih) = (img.width(), img.height());
    let out: DynamicImage = match (p.w, p.h, p.crop) {
        (Some(w), Some(h), true) => img.resize_to_fill(w, h, FilterType::Triangle),
        (w, h, _) => {
            let w = w.unwrap_or(u32::MAX);
            let h = h.unwrap_or(u32::MAX);
            if iw <= w && ih <= h {
                img
            } else {
                img.resize(w.min(iw), h.min(ih), FilterType::Triangle)
            }
        }
    };
    let (fmt, mime) = match format {
        ImageFormat::Jpeg => (ImageFormat::Jpeg, "image/jpeg"),
        _ => (ImageFormat::Png, "image/png"),
    };
    let out = if fmt == ImageFormat::Jpeg {
        DynamicImage::ImageRgb8(out.to_rgb8())
    } else {
        out
    };
    let mut buf = Cursor::new(Vec::new());
    out.write_to(&mut buf, fmt).ok()?;
    Some((buf.into_inner(), mime))
}

/// The first and (when given) last byte of a `bytes=N-` or `bytes=N-M` range.
fn byte_range(value: &str) -> Option<(u64, Option<u64>)> {
    let (first, last) = value.trim().strip_prefix("bytes=")?.split_once('-')?;
    let first = first.trim().parse().ok()?;
    let last = match last.trim() {
        "" => None,
        last => Some(last.parse().ok().filter(|l| *l >= first)?),
    };
    Some((first, last))
}

/// The part of `bytes` that `range` asks for: `206` with `Content-Range`, or `416` when it
/// starts past the end.
fn partial(bytes: Bytes, (first, last): (u64, Option<u64>)) -> Response<Body> {
    let len = bytes.len() as u64;
    let (status, content_range, body) = if first >= len {
        (
            StatusCode::RANGE_NOT_SATISFIABLE,
            format!("bytes */{len}"),
            Bytes::new(),
        )
    } else {
        let last = last.map_or(len - 1, |l| l.min(len - 1));
        (
            StatusCode::PARTIAL_CONTENT,
            format!("bytes {first}-{last}/{len}"),
            bytes.slice(first as usize..=last as usize),
        )
    };
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    if let Ok(value) = HeaderValue::from_str(&content_range) {
        response.headers_mut().insert(header::CONTENT_RANGE, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_sign_differently() {
        assert_ne!(
            signature("s", Kind::Library, "i", 1),
            signature("s", Kind::Picker, "i", 1)
        );
    }

    #[test]
    fn params() {
        assert_eq!(parse_params("").unwrap(), Params::default());
        let p = parse_params("w10-h20-c").unwrap();
        assert_eq!((p.w, p.h, p.crop), (Some(10), Some(20), true));
        assert!(parse_params("w10-c").is_err());
        assert!(parse_params("w0").is_err());
        assert!(parse_params("x5").is_err());
        assert!(parse_params("w").is_err());
        assert!(parse_params("w99999").is_err());
        assert!(parse_params("dv").unwrap().video);
    }

    #[test]
    fn ranges() {
        assert_eq!(byte_range("bytes=10-"), Some((10, None)));
        assert_eq!(byte_range(" bytes=0-99"), Some((0, Some(99))));
        assert_eq!(byte_range("bytes=9-3"), None);
        assert_eq!(byte_range("bytes=-5"), None, "suffix ranges are not served");
        assert_eq!(byte_range("items=1-2"), None);
        let part = |range| {
            let response = partial(Bytes::from_static(b"0123456789"), range);
            let content_range = response.headers()[header::CONTENT_RANGE].clone();
            (response.status().as_u16(), content_range)
        };
        assert_eq!(
            part((4, None)),
            (206, HeaderValue::from_static("bytes 4-9/10"))
        );
        assert_eq!(
            part((4, Some(40))),
            (206, HeaderValue::from_static("bytes 4-9/10"))
        );
        assert_eq!(
            part((10, None)),
            (416, HeaderValue::from_static("bytes */10"))
        );
    }
}
