//! Turning a call into the request its attempts send. Every argument check happens here,
//! before anything is sent, so a rejected call never reaches the network.

use url::form_urlencoded;

use super::body::{encode, invalid};
use super::options::CallOptions;
use super::parts::{CallParts, UploadProtocol};
use crate::api::{MethodInfo, PathPart};
use crate::engine::{Accept, Engine, Prepared, Repeat, Token};
use crate::http::Headers;
use crate::{path, Error};

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

/// The response format a call asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Alt {
    /// The method's JSON answer.
    Json,
    /// The content (`alt=media`): a download.
    Media,
}

impl Alt {
    fn as_str(self) -> &'static str {
        match self {
            Alt::Json => "json",
            Alt::Media => "media",
        }
    }
}

/// Assembles the request of `call` through `engine`, asking for `alt`.
pub(crate) fn prepare(engine: &Engine, mut call: CallParts, alt: Alt) -> Result<Prepared, Error> {
    if let Some(failure) = call.failure.take() {
        return Err(failure);
    }
    let method = call.method;
    let json = std::mem::replace(&mut call.body, super::parts::JsonBody::None);
    let mut headers = headers(method, &call.options)?;
    let (body, upload_type) = encode(method, json, call.media.as_ref(), &mut headers)?;
    let (url, url_template) = url(engine, &call, alt, upload_type)?;
    let idempotent = call.idempotent();
    let transfer = call.media.is_some();
    let options = call.options;
    Ok(Prepared {
        engine: engine.clone(),
        method_id: Some(method.id),
        method: method.http_method,
        url,
        url_template,
        headers,
        body,
        accept: Accept::Success,
        repeat: Repeat {
            policy: options
                .retry
                .unwrap_or_else(|| engine.retry_policy().clone()),
            idempotent,
            token: Token::For(method.scopes),
            timeout: options.timeout.or(engine.timeout()),
            transfer,
        },
    })
}

/// Client-wide headers, then the call's own. The Authorization header is added per attempt,
/// since the token may change between attempts.
fn headers(info: &MethodInfo, options: &CallOptions) -> Result<Headers, Error> {
    let mut headers = Headers::new();
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

/// Base URL, expanded path, then the query: method parameters, standard parameters, `alt`
/// and `uploadType`, each value form-encoded and repeated parameters as repeated keys; and
/// the path template it was expanded from.
fn url(
    engine: &Engine,
    call: &CallParts,
    alt: Alt,
    upload_type: Option<&'static str>,
) -> Result<(String, &'static [PathPart]), Error> {
    let info = call.method;
    let settings = engine.settings();
    // Room for the whole URL at once: the path's text, its values, the query, and `alt`.
    let values: usize = call.path_args.iter().map(String::len).sum::<usize>()
        + call
            .query
            .iter()
            .map(|(n, v)| n.len() + v.len() + 2)
            .sum::<usize>();
    let mut url = String::with_capacity(settings.base_url.len() + 128 + values * 3 / 2);
    let template = match &call.media {
        None => {
            url.push_str(&settings.base_url);
            info.path
        }
        Some(part) => {
            let template = match part.protocol {
                UploadProtocol::Resumable => part.upload.resumable_path,
                UploadProtocol::OneRequest => part.upload.path,
            };
            match template.first() {
                // Absolute upload paths (`/upload/...`) hang off the root, not the service.
                Some(PathPart::Literal(first)) if first.starts_with('/') => {
                    url.push_str(settings.root_url.trim_end_matches('/'));
                }
                _ => url.push_str(&settings.upload_base_url),
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
    pairs.append_pair("alt", alt.as_str());
    if let Some(kind) = upload_type {
        pairs.append_pair("uploadType", kind);
    }
    Ok((pairs.finish(), template))
}
