//! What a call's body is on the wire: JSON, media alone, JSON and media as
//! `multipart/related`, or the JSON metadata that opens a resumable upload session. The media
//! is checked against the method's limits here, before anything is sent.

use bytes::{BufMut, Bytes, BytesMut};

use super::parts::{JsonBody, MediaPart, UploadProtocol};
use crate::api::{MediaUpload, MethodInfo};
use crate::engine::Payload;
use crate::http::{Headers, Method};
use crate::media::{Content, Media};
use crate::Error;

/// The body of `method`'s request and the `uploadType` it implies; the content headers are
/// set in `headers`.
pub(crate) fn encode(
    method: &MethodInfo,
    json: JsonBody,
    media: Option<&MediaPart>,
    headers: &mut Headers,
) -> Result<(Option<Payload>, Option<&'static str>), Error> {
    let json = match json {
        JsonBody::Json(Err(err)) => {
            return Err(invalid(
                method,
                format_args!("request body could not be serialized: {err}"),
            ))
        }
        JsonBody::Json(Ok(json)) => Some(json),
        JsonBody::None => None,
    };
    match media {
        None => Ok((plain(method, json, headers)?.map(Payload::Bytes), None)),
        Some(part) => {
            check_media(method.id, part.upload, &part.media)?;
            if json.is_some() && !part.upload.multipart {
                return Err(invalid(
                    method,
                    format_args!("this method does not accept metadata together with media"),
                ));
            }
            match part.protocol {
                UploadProtocol::OneRequest => one_request(method, json, &part.media, headers),
                UploadProtocol::Resumable => session_opening(method, json, part, headers),
            }
        }
    }
}

/// A call without media: its JSON, or nothing.
fn plain(
    method: &MethodInfo,
    json: Option<Vec<u8>>,
    headers: &mut Headers,
) -> Result<Option<Bytes>, Error> {
    match json {
        Some(json) => {
            content_type(method, headers, "application/json")?;
            Ok(Some(Bytes::from(json)))
        }
        None => match method.http_method {
            // Google front ends answer 411 to a body-less POST without a length.
            Method::Post | Method::Put | Method::Patch => {
                set(headers, "content-length", "0");
                Ok(Some(Bytes::new()))
            }
            Method::Get | Method::Delete => Ok(None),
        },
    }
}

/// Media in one request: alone (`uploadType=media`), or after the JSON metadata
/// (`multipart`).
fn one_request(
    method: &MethodInfo,
    json: Option<Vec<u8>>,
    media: &Media,
    headers: &mut Headers,
) -> Result<(Option<Payload>, Option<&'static str>), Error> {
    let (payload, upload_type) = match json {
        Some(json) => {
            let (multipart_type, payload) = multipart_related(&json, media);
            content_type(method, headers, &multipart_type)?;
            (payload, "multipart")
        }
        None => {
            content_type(method, headers, &media.content_type)?;
            let payload = match &media.content {
                Content::Memory(bytes) => Payload::Bytes(bytes.clone()),
                Content::File(_) => Payload::Media {
                    head: Bytes::new(),
                    content: media.content.clone(),
                    tail: Bytes::new(),
                },
            };
            (payload, "media")
        }
    };
    // A body read from a file has no length of its own; without this it would go chunked.
    if matches!(payload, Payload::Media { .. }) {
        set(headers, "content-length", payload.len().to_string());
    }
    Ok((Some(payload), Some(upload_type)))
}

/// The request that opens a resumable upload session: the JSON metadata (or nothing) as
/// body, the media's type and size announced in headers.
fn session_opening(
    method: &MethodInfo,
    json: Option<Vec<u8>>,
    part: &MediaPart,
    headers: &mut Headers,
) -> Result<(Option<Payload>, Option<&'static str>), Error> {
    if part.upload.resumable_path.is_empty() {
        return Err(invalid(
            method,
            format_args!("this method has no resumable upload endpoint"),
        ));
    }
    let media = &part.media;
    headers
        .insert("x-upload-content-type", media.content_type.as_str())
        .map_err(|_| {
            invalid(
                method,
                format_args!("{:?} is not a valid content type", media.content_type),
            )
        })?;
    set(headers, "x-upload-content-length", media.len().to_string());
    let body = match json {
        Some(json) => {
            set(headers, "content-type", "application/json; charset=UTF-8");
            Bytes::from(json)
        }
        None => {
            set(headers, "content-length", "0");
            Bytes::new()
        }
    };
    Ok((Some(Payload::Bytes(body)), Some("resumable")))
}

fn content_type(method: &MethodInfo, headers: &mut Headers, value: &str) -> Result<(), Error> {
    headers.insert("content-type", value).map_err(|_| {
        invalid(
            method,
            format_args!("{value:?} is not a valid content type"),
        )
    })
}

pub(crate) fn invalid(method: &MethodInfo, message: std::fmt::Arguments<'_>) -> Error {
    Error::InvalidArgument(format!("{}: {message}", method.id))
}

/// Sets a header the runtime composes from values it has already checked (a number, a
/// validated content type); should one still be refused, the request goes without it.
pub(crate) fn set(headers: &mut Headers, name: &str, value: impl Into<String>) {
    let _ = headers.insert(name, value);
}

/// Checks the media against the method's limits before anything is sent.
pub(crate) fn check_media(method_id: &str, info: &MediaUpload, media: &Media) -> Result<(), Error> {
    if let Some(max) = info.max_size {
        if media.len() > max {
            return Err(Error::InvalidArgument(format!(
                "{method_id}: media of {} bytes exceeds the maximum of {max} bytes",
                media.len()
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

/// Builds a `multipart/related` body: JSON metadata first, then the media. Media in memory
/// makes one body; a file's bytes are read between the head and the tail as they are sent.
fn multipart_related(metadata: &[u8], media: &Media) -> (String, Payload) {
    // A random boundary that does not occur in either part. A file is not searched: a
    // boundary of 32 random letters and digits occurs in it by chance no more than in memory.
    let boundary = loop {
        let candidate: String = std::iter::repeat_with(fastrand::alphanumeric)
            .take(32)
            .collect();
        let candidate = format!("rt_boundary_{candidate}");
        let clash = |data: &[u8]| {
            data.windows(candidate.len())
                .any(|w| w == candidate.as_bytes())
        };
        let in_media = media.content.in_memory().is_some_and(|data| clash(data));
        if !clash(metadata) && !in_media {
            break candidate;
        }
    };
    let mut head = BytesMut::with_capacity(metadata.len() + 256);
    head.put_slice(
        format!("--{boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n").as_bytes(),
    );
    head.put_slice(metadata);
    head.put_slice(
        format!(
            "\r\n--{boundary}\r\nContent-Type: {}\r\n\r\n",
            media.content_type
        )
        .as_bytes(),
    );
    let tail = format!("\r\n--{boundary}--\r\n");
    let payload = match &media.content {
        Content::Memory(data) => {
            let mut body = head;
            body.reserve(data.len() + tail.len());
            body.put_slice(data);
            body.put_slice(tail.as_bytes());
            Payload::Bytes(body.freeze())
        }
        Content::File(_) => Payload::Media {
            head: head.freeze(),
            content: media.content.clone(),
            tail: Bytes::from(tail),
        },
    };
    (format!("multipart/related; boundary={boundary}"), payload)
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
    fn multipart_body_is_well_formed() {
        let media = Media::new(&b"\x00\x01binary"[..], "image/png");
        let (content_type, body) = multipart_related(br#"{"a":1}"#, &media);
        let Payload::Bytes(body) = body else {
            panic!("media in memory makes one body: {body:?}")
        };
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
