//! Turning a [`Call`] into an HTTP request. Every argument check happens here, before
//! anything is sent, so a rejected call never reaches the network.

use std::time::Duration;

use bytes::Bytes;
use url::form_urlencoded;

use super::call::{Body, CallOptions, CallParts};
use super::client::Inner;
use super::http::{Headers, Method};
use super::media::{check_media, multipart_related};
use super::{path, Error, Media, MediaUpload, MethodInfo, PathPart, RetryPolicy};

/// Query parameters the runtime controls itself, or refuses because they would put a
/// credential into the URL.
const RESERVED_PARAMS: &[(&str, &str)] = &[
    (
        "access_token",
        "tokens are only sent in the Authorization header",
    ),
    (
        "oauth_token",
        "tokens are only sent in the Authorization header",
    ),
    (
        "key",
        "use ClientBuilder::api_key, which sends the key in a header",
    ),
    ("alt", "the response format is chosen by the runtime"),
    ("callback", "JSONP responses are not supported"),
];

/// A request ready to send, reusable across attempts.
#[derive(Clone)]
pub(crate) struct Prepared {
    pub(crate) info: &'static MethodInfo,
    pub(crate) method: Method,
    pub(crate) url: String,
    pub(crate) headers: Headers,
    pub(crate) body: Option<Bytes>,
    pub(crate) idempotent: bool,
    pub(crate) retry: RetryPolicy,
    pub(crate) timeout: Option<Duration>,
    /// Whether a `308` answer (an upload session's "resume incomplete") is a result, not an
    /// error.
    pub(crate) incomplete_ok: bool,
}

/// Assembles `call`, asking for the response format `alt` (`json` or `media`).
pub(crate) fn prepare(
    inner: &Inner,
    mut call: CallParts,
    alt: &'static str,
) -> Result<Prepared, Error> {
    if let Some(failure) = call.failure.take() {
        return Err(failure);
    }
    let info = call.method;
    let payload = std::mem::replace(&mut call.body, Body::None);
    let media = call.media.as_ref().map(|(upload, media)| (*upload, media));
    let mut headers = headers(inner, info, &call.options)?;
    let (body, upload_type) = if call.resumable {
        resumable_start(info, payload, media, &mut headers)?
    } else {
        body(info, payload, media, &mut headers)?
    };
    let url = url(inner, &call, alt, upload_type)?;
    let options = call.options;
    Ok(Prepared {
        info,
        method: info.http_method,
        url,
        headers,
        body,
        idempotent: options
            .idempotent
            .unwrap_or(info.http_method.is_idempotent()),
        retry: options.retry.unwrap_or_else(|| inner.retry.clone()),
        timeout: options.timeout.or(inner.timeout),
        incomplete_ok: false,
    })
}

/// The request that opens a resumable upload session: the JSON metadata (or nothing) as
/// body, the media's type and size announced in headers.
fn resumable_start(
    info: &MethodInfo,
    body: Body,
    media: Option<(&MediaUpload, &Media)>,
    headers: &mut Headers,
) -> Result<(Option<Bytes>, Option<&'static str>), Error> {
    let Some((upload, media)) = media else {
        return Err(invalid(
            info,
            format_args!("a resumable upload needs media"),
        ));
    };
    if upload.resumable_path.is_empty() {
        return Err(invalid(
            info,
            format_args!("this method has no resumable upload endpoint"),
        ));
    }
    check_media(info.id, upload, media)?;
    headers
        .insert("x-upload-content-type", media.content_type.as_str())
        .map_err(|_| {
            invalid(
                info,
                format_args!("{:?} is not a valid content type", media.content_type),
            )
        })?;
    set(
        headers,
        "x-upload-content-length",
        media.data.len().to_string(),
    );
    match body {
        Body::Json(Err(err)) => Err(invalid(
            info,
            format_args!("request body could not be serialized: {err}"),
        )),
        Body::Json(Ok(json)) => {
            if !upload.multipart {
                return Err(invalid(
                    info,
                    format_args!("this method does not accept metadata together with media"),
                ));
            }
            set(headers, "content-type", "application/json; charset=UTF-8");
            Ok((Some(Bytes::from(json)), Some("resumable")))
        }
        Body::None => {
            set(headers, "content-length", "0");
            Ok((Some(Bytes::new()), Some("resumable")))
        }
    }
}

fn invalid(info: &MethodInfo, message: std::fmt::Arguments<'_>) -> Error {
    Error::InvalidArgument(format!("{}: {message}", info.id))
}

/// Sets a header the runtime composes from values it has already checked (a number, a
/// validated content type); should one still be refused, the request goes without it.
pub(crate) fn set(headers: &mut Headers, name: &str, value: impl Into<String>) {
    let _ = headers.insert(name, value);
}

/// Client-wide headers, then the call's own. The Authorization header is added per attempt,
/// since the token may change between attempts.
fn headers(inner: &Inner, info: &MethodInfo, options: &CallOptions) -> Result<Headers, Error> {
    let mut headers = inner.headers.clone();
    for (name, value) in &options.headers {
        if name.eq_ignore_ascii_case("authorization") {
            return Err(invalid(
                info,
                format_args!("the Authorization header is set from the token provider"),
            ));
        }
        // Call headers are marked sensitive: they may carry credentials a user chose to
        // pass. The error names the header, never the value.
        headers
            .insert_sensitive(name, value.as_str())
            .map_err(|err| invalid(info, format_args!("{err}")))?;
    }
    Ok(headers)
}

/// The request body and, for uploads, the `uploadType` it implies.
fn body(
    info: &MethodInfo,
    body: Body,
    media: Option<(&MediaUpload, &Media)>,
    headers: &mut Headers,
) -> Result<(Option<Bytes>, Option<&'static str>), Error> {
    let mut content_type = |value: &str| {
        headers
            .insert("content-type", value)
            .map_err(|_| invalid(info, format_args!("{value:?} is not a valid content type")))
    };
    match (body, media) {
        (Body::Json(Err(err)), _) => Err(invalid(
            info,
            format_args!("request body could not be serialized: {err}"),
        )),
        (Body::Json(Ok(json)), None) => {
            content_type("application/json")?;
            Ok((Some(Bytes::from(json)), None))
        }
        (Body::Json(Ok(json)), Some((upload, media))) => {
            check_media(info.id, upload, media)?;
            if !upload.multipart {
                return Err(invalid(
                    info,
                    format_args!("this method does not accept metadata together with media"),
                ));
            }
            let (multipart_type, body) = multipart_related(&json, media);
            content_type(&multipart_type)?;
            Ok((Some(body), Some("multipart")))
        }
        (Body::None, Some((upload, media))) => {
            check_media(info.id, upload, media)?;
            content_type(&media.content_type)?;
            Ok((Some(media.data.clone()), Some("media")))
        }
        (Body::None, None) => match info.http_method {
            // Google front ends answer 411 to a body-less POST without a length.
            Method::Post | Method::Put | Method::Patch => {
                set(headers, "content-length", "0");
                Ok((Some(Bytes::new()), None))
            }
            Method::Get | Method::Delete => Ok((None, None)),
        },
    }
}

/// Base URL, expanded path, then the query: method parameters, standard parameters, `alt`
/// and `uploadType`, each value form-encoded and repeated parameters as repeated keys.
fn url(
    inner: &Inner,
    call: &CallParts,
    alt: &'static str,
    upload_type: Option<&'static str>,
) -> Result<String, Error> {
    let info = call.method;
    let mut url = String::with_capacity(inner.base_url.len() + 64);
    let template = match &call.media {
        None => {
            url.push_str(&inner.base_url);
            info.path
        }
        Some((upload, _)) => {
            let template = if call.resumable {
                upload.resumable_path
            } else {
                upload.path
            };
            match template.first() {
                // Absolute upload paths (`/upload/...`) hang off the root, not the service.
                Some(PathPart::Literal(first)) if first.starts_with('/') => {
                    url.push_str(inner.root_url.trim_end_matches('/'));
                }
                _ => url.push_str(&inner.upload_base_url),
            }
            template
        }
    };
    // The base URL was checked when the client was built and `expand` encodes every value,
    // so the text is a URL already: the transport parses it, once.
    path::expand(info.id, template, &call.path_args, &mut url)?;

    for (name, _) in &call.options.params {
        if name.is_empty() {
            return Err(invalid(info, format_args!("empty query parameter name")));
        }
        if let Some((_, why)) = RESERVED_PARAMS.iter().find(|(n, _)| *n == name) {
            return Err(invalid(
                info,
                format_args!("query parameter `{name}` cannot be set: {why}"),
            ));
        }
    }
    url.push('?');
    let start = url.len();
    let mut pairs = form_urlencoded::Serializer::for_suffix(url, start);
    for (name, value) in &call.query {
        pairs.append_pair(name, value);
    }
    for (name, value) in &call.options.params {
        pairs.append_pair(name, value);
    }
    pairs.append_pair("alt", alt);
    if let Some(kind) = upload_type {
        pairs.append_pair("uploadType", kind);
    }
    Ok(pairs.finish())
}
