//! The `tracing` spans of calls and of their HTTP attempts, named and shaped as OpenTelemetry's
//! semantic conventions for HTTP clients say
//! (<https://opentelemetry.io/docs/specs/semconv/http/http-spans/>), so that
//! `tracing-opentelemetry` turns them into the spans a team's dashboards expect.
//!
//! A call's span (`google_api_call`, exported as the method id) holds the attempts' spans
//! (`http_request`, exported as `{METHOD} {url.template}`, kind client), one for every HTTP
//! request the call makes: a retry, each chunk of a resumable upload. A batch has a span of
//! its own (`google_api_batch`, exported as `storage.batch`), holding its POSTs' spans.
//!
//! What a span records is chosen to hold nothing secret or personal: the method, the path
//! *template* (never the expanded path, whose values may be file names or addresses), the
//! server's host and port, the status and an error's kind. Never a header, a body, a token, an
//! API key (sent in a header) or an error's message. The expanded URL (`url.full`) is
//! recorded only when the client was built with
//! [`record_full_urls`](crate::ClientBuilder::record_full_urls).
//!
//! Numbers are recorded as `i64`, which `tracing-opentelemetry` exports as integers (it
//! exports a `u64` as text).
//!
//! Every value is computed only when a subscriber wants the span: with none, a call pays for
//! two disabled spans. The feature `opentelemetry` adds the trace context to the requests
//! and a duration histogram (`otel.rs`).

use std::borrow::Cow;
use std::fmt::Write as _;
use std::future::Future;

#[cfg(feature = "opentelemetry")]
pub(crate) mod otel;

use tracing::field::Empty;
use tracing::{Instrument as _, Span};

use crate::api::{ApiInfo, MethodInfo, PathPart};
use crate::http::{Method, Request, StatusCode, TransportErrorKind};
use crate::{BoxFuture, Error};

/// Where the crates this runtime serves are made; the value of `gcp.client.repo`.
const REPO: &str = "discogen";

/// The span of one call of `method`, the parent of its attempts' spans.
pub(crate) fn call_span(api: &ApiInfo, method: &MethodInfo) -> Span {
    let span = tracing::info_span!(
        "google_api_call",
        otel.name = method.id,
        otel.kind = "internal",
        rpc.system.name = "http",
        rpc.method = method.id,
        gcp.client.service = Empty,
        gcp.client.version = api.crate_version,
        gcp.client.repo = REPO,
        gcp.client.artifact = api.crate_name,
        gcp.client.language = "rust",
        discogen.attempts = Empty,
        discogen.last_retry_reason = Empty,
        error.type = Empty,
        otel.status_code = Empty,
    );
    if !span.is_disabled() {
        span.record("gcp.client.service", service(api));
    }
    span
}

/// The span of a batch of `calls` calls of `api`, the parent of its POSTs' spans.
pub(crate) fn batch_span(api: &ApiInfo, calls: usize) -> Span {
    let span = tracing::info_span!(
        "google_api_batch",
        otel.name = Empty,
        otel.kind = "internal",
        rpc.system.name = "http",
        gcp.client.service = Empty,
        gcp.client.version = api.crate_version,
        gcp.client.repo = REPO,
        gcp.client.artifact = api.crate_name,
        gcp.client.language = "rust",
        discogen.batch.calls = calls as i64,
        discogen.attempts = Empty,
        discogen.last_retry_reason = Empty,
        error.type = Empty,
        otel.status_code = Empty,
    );
    if !span.is_disabled() {
        let service = service(api);
        span.record("gcp.client.service", service);
        span.record("otel.name", format!("{service}.batch"));
    }
    span
}

/// The service of an API: `photoslibrary` for `photoslibrary:v1`.
fn service(api: &ApiInfo) -> &'static str {
    api.id.split(':').next().unwrap_or(api.id)
}

/// Where an attempt goes, as its span and its duration metric name it: the method, the
/// path template and the server. Computed only when one of them wants it.
pub(crate) struct Target {
    pub(crate) method: Method,
    pub(crate) url_template: Option<String>,
    pub(crate) server: Option<(String, u16)>,
}

impl Target {
    /// Where `request` goes, its path template taken under `service_path`.
    pub(crate) fn of(request: &Request, service_path: &str) -> Self {
        Target {
            method: request.method,
            url_template: url_template(service_path, request.url_template),
            server: host_and_port(&request.url).map(|(host, port)| (host.to_owned(), port)),
        }
    }
}

/// The span of the `number`th attempt (from 1) of sending `request`, a child of the current
/// span; [`record_target`] adds where it goes.
pub(crate) fn attempt_span(request: &Request, number: u32, full_url: bool) -> Span {
    let span = tracing::info_span!(
        "http_request",
        otel.name = Empty,
        otel.kind = "client",
        http.request.method = request.method.as_str(),
        url.template = Empty,
        server.address = Empty,
        server.port = Empty,
        http.request.resend_count = Empty,
        http.response.status_code = Empty,
        error.type = Empty,
        otel.status_code = Empty,
        url.full = Empty,
    );
    if span.is_disabled() {
        return span;
    }
    if number > 1 {
        span.record("http.request.resend_count", i64::from(number - 1));
    }
    if full_url {
        span.record("url.full", request.url.as_str());
    }
    span
}

/// Records on an attempt's span where it goes, and names the span after it.
pub(crate) fn record_target(span: &Span, target: &Target) {
    if span.is_disabled() {
        return;
    }
    let method = target.method.as_str();
    let name = match &target.url_template {
        Some(template) => format!("{method} {template}"),
        None => method.to_owned(),
    };
    span.record("otel.name", name);
    if let Some(template) = &target.url_template {
        span.record("url.template", template.as_str());
    }
    if let Some((host, port)) = &target.server {
        span.record("server.address", host.as_str());
        span.record("server.port", i64::from(*port));
    }
}

/// Records an attempt's outcome on its span: the status, and for a failure its kind.
pub(crate) fn record_attempt(span: &Span, status: Option<StatusCode>, error_type: Option<&str>) {
    if span.is_disabled() {
        return;
    }
    if let Some(status) = status {
        span.record("http.response.status_code", i64::from(status.as_u16()));
    }
    if let Some(error_type) = error_type {
        span.record("error.type", error_type);
        span.record("otel.status_code", "ERROR");
    }
}

/// Records on the current span, when it is a call's, how many attempts it took and why the
/// last retry was made.
pub(crate) fn record_attempts(attempts: u32, last_retry: Option<&str>) {
    let span = Span::current();
    if span.is_disabled() {
        return;
    }
    span.record("discogen.attempts", i64::from(attempts));
    if let Some(reason) = last_retry {
        span.record("discogen.last_retry_reason", reason);
    }
}

/// `work`, boxed and run in a call's (or batch's) `span`, which is marked failed when `work`
/// fails.
pub(crate) fn in_call_span<T: Send + 'static>(
    span: Span,
    work: impl Future<Output = Result<T, Error>> + Send + 'static,
) -> BoxFuture<'static, Result<T, Error>> {
    // A combinator, not an `async` block, which would hold `work` twice (as what it captured
    // and as what it awaits): `work` is the call's whole state.
    let marked = futures_util::FutureExt::inspect(work, |result| {
        if let Err(error) = result {
            record_call_failure(error);
        }
    });
    Box::pin(marked.instrument(span))
}

/// Marks the current span, when it is a call's, as failed with `error`'s kind.
fn record_call_failure(error: &Error) {
    let span = Span::current();
    if span.is_disabled() {
        return;
    }
    span.record("error.type", error_type(error).as_ref());
    span.record("otel.status_code", "ERROR");
}

/// A low-cardinality name of what went wrong (`error.type`): the HTTP status of an error
/// answer, as the conventions ask, else the kind of the error, never its message.
pub(crate) fn error_type(error: &Error) -> Cow<'static, str> {
    match error {
        Error::Api(api) => Cow::Owned(api.status.as_u16().to_string()),
        Error::RetriesExhausted(exhausted) => error_type(&exhausted.last),
        Error::Transport(transport) => Cow::Borrowed(match transport.kind() {
            TransportErrorKind::Connect => "connect",
            TransportErrorKind::Timeout => "timeout",
            TransportErrorKind::Io => "io",
            TransportErrorKind::Invalid => "invalid_http",
        }),
        Error::Timeout(_) => Cow::Borrowed("timeout"),
        Error::InvalidArgument(_) => Cow::Borrowed("invalid_argument"),
        Error::Auth(_) => Cow::Borrowed("auth"),
        Error::Decode(_) => Cow::Borrowed("decode"),
        Error::Integrity(_) => Cow::Borrowed("integrity"),
        Error::Operation(_) => Cow::Borrowed("operation"),
        Error::OperationTimeout(_) => Cow::Borrowed("operation_timeout"),
    }
}

/// The path template of a request (`/v1/albums/{albumId}`), when a method describes it.
fn url_template(service_path: &str, parts: &[PathPart]) -> Option<String> {
    let (first, _) = parts.split_first()?;
    let mut template = String::new();
    // Absolute upload paths (`/upload/...`) hang off the root, others off the service path.
    if !matches!(first, PathPart::Literal(text) if text.starts_with('/')) {
        template.push('/');
        template.push_str(service_path.trim_matches('/'));
        if !template.ends_with('/') {
            template.push('/');
        }
    }
    for part in parts {
        match part {
            PathPart::Literal(text) => template.push_str(text),
            PathPart::Param { name, reserved, .. } => {
                let plus = if *reserved { "+" } else { "" };
                let _ = write!(template, "{{{plus}{name}}}");
            }
        }
    }
    Some(template)
}

/// The host and port of an absolute `http` or `https` URL, the port made explicit.
fn host_and_port(url: &str) -> Option<(&str, u16)> {
    let (scheme, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit('@').next()?;
    let default = match scheme {
        "https" => 443,
        "http" => 80,
        _ => return None,
    };
    // `[::1]:8080`: the port follows the bracket.
    let (host, port) = match authority.rfind(':') {
        Some(colon) if !authority[colon..].contains(']') => {
            (&authority[..colon], authority[colon + 1..].parse().ok()?)
        }
        _ => (authority, default),
    };
    Some((host.trim_start_matches('[').trim_end_matches(']'), port))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_keep_parameter_names_not_values() {
        let parts = [
            PathPart::Literal("v1/albums/"),
            PathPart::Param {
                name: "albumId",
                reserved: false,
                pattern: None,
            },
            PathPart::Literal(":addEnrichment"),
        ];
        assert_eq!(
            url_template("", &parts).as_deref(),
            Some("/v1/albums/{albumId}:addEnrichment")
        );
        let storage = [
            PathPart::Literal("b/"),
            PathPart::Param {
                name: "bucket",
                reserved: false,
                pattern: None,
            },
            PathPart::Literal("/o/"),
            PathPart::Param {
                name: "object",
                reserved: true,
                pattern: None,
            },
        ];
        assert_eq!(
            url_template("storage/v1/", &storage).as_deref(),
            Some("/storage/v1/b/{bucket}/o/{+object}")
        );
        let upload = [PathPart::Literal("/upload/storage/v1/b/")];
        assert_eq!(
            url_template("storage/v1/", &upload).as_deref(),
            Some("/upload/storage/v1/b/")
        );
        assert_eq!(url_template("storage/v1/", &[]), None);
    }

    #[test]
    fn hosts_and_ports() {
        assert_eq!(
            host_and_port("https://photoslibrary.googleapis.com/v1/albums?alt=json"),
            Some(("photoslibrary.googleapis.com", 443))
        );
        assert_eq!(
            host_and_port("http://127.0.0.1:8080/v1"),
            Some(("127.0.0.1", 8080))
        );
        assert_eq!(host_and_port("http://[::1]:9/x"), Some(("::1", 9)));
        assert_eq!(host_and_port("http://[::1]/x"), Some(("::1", 80)));
        assert_eq!(
            host_and_port("http://example.com"),
            Some(("example.com", 80))
        );
        assert_eq!(host_and_port("ftp://example.com/"), None);
    }
}
