//! The single error type returned by every API call, and the decoding of Google's error body.

use std::fmt;
use std::time::Duration;

use ::serde::Deserialize;
use bytes::Bytes;

use crate::error_details::{ErrorDetail, FieldViolation};
use crate::http::{StatusCode, TransportError};

/// Everything that can go wrong in a call.
///
/// Variants separate where the failure happened: before sending ([`InvalidArgument`]), while
/// obtaining a token ([`Auth`]), on the wire ([`Transport`], [`Timeout`]), at the server
/// ([`Api`]) or while reading the answer ([`Decode`]). None of them ever contains an access
/// token or other credential.
///
/// [`InvalidArgument`]: Error::InvalidArgument
/// [`Auth`]: Error::Auth
/// [`Transport`]: Error::Transport
/// [`Timeout`]: Error::Timeout
/// [`Api`]: Error::Api
/// [`Decode`]: Error::Decode
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The server answered with a non-success HTTP status.
    #[error(transparent)]
    Api(Box<ApiError>),
    /// The request was rejected before anything was sent, e.g. a path parameter that does not
    /// match the method's pattern or would change the request's path.
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
    /// No access token could be obtained.
    #[error("authentication failed: {0}")]
    Auth(#[source] AuthError),
    /// The connection failed or broke (DNS, TCP, TLS, HTTP framing).
    #[error("transport error: {0}")]
    Transport(#[source] TransportError),
    /// An attempt did not complete within the configured timeout.
    #[error("request timed out after {0:?}")]
    Timeout(Duration),
    /// The response arrived but its body did not decode into the expected type.
    #[error(transparent)]
    Decode(Box<DecodeError>),
    /// A download's bytes are not the object's: their checksum differs from the one the
    /// server sent (`x-goog-hash`), fewer arrived than it announced, or the object changed
    /// while a cut download was resumed. Nothing was reported complete.
    #[error("download integrity: {0}")]
    Integrity(String),
    /// A long-running operation finished, and failed.
    #[error(transparent)]
    Operation(Box<OperationError>),
    /// A long-running operation was still running when the polling policy's time ran out;
    /// it may still finish, and can be waited on again by its name.
    #[error(transparent)]
    OperationTimeout(Box<OperationTimeout>),
}

impl Error {
    /// The HTTP status, for errors the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            _ => None,
        }
    }

    /// The decoded server error, if the server answered with one.
    pub fn api_error(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// Whether repeating the same request later may succeed: HTTP 408, 429, 500, 502, 503,
    /// 504, a 403 that is a rate limit ([`is_rate_limited`](Self::is_rate_limited)),
    /// transport failures and timeouts; never a spent quota
    /// ([`is_quota_exhausted`](Self::is_quota_exhausted)), whatever its status. Says nothing
    /// about whether repeating is *safe*; see [`RetryPolicy`](super::RetryPolicy).
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Api(e) if e.is_quota_exhausted() => false,
            Error::Api(e) => is_retryable_status(e.status) || e.is_rate_limit_reason(),
            Error::Transport(e) => e.is_retryable(),
            Error::Timeout(_) => true,
            Error::Auth(e) => e.is_transient(),
            Error::InvalidArgument(_)
            | Error::Decode(_)
            | Error::Integrity(_)
            | Error::Operation(_)
            | Error::OperationTimeout(_) => false,
        }
    }

    /// HTTP 404.
    pub fn is_not_found(&self) -> bool {
        self.status() == Some(StatusCode::NOT_FOUND)
    }

    /// HTTP 401, or no token could be obtained.
    pub fn is_unauthenticated(&self) -> bool {
        matches!(self, Error::Auth(_)) || self.status() == Some(StatusCode::UNAUTHORIZED)
    }

    /// HTTP 403.
    pub fn is_permission_denied(&self) -> bool {
        self.status() == Some(StatusCode::FORBIDDEN)
    }

    /// Slow down, then try again: HTTP 429, or a 403 whose reason is `rateLimitExceeded` or
    /// `userRateLimitExceeded`. Not a quota that is spent ([`is_quota_exhausted`](Self::is_quota_exhausted)).
    pub fn is_rate_limited(&self) -> bool {
        self.api_error().is_some_and(|e| {
            !e.is_quota_exhausted()
                && (e.status == StatusCode::TOO_MANY_REQUESTS || e.is_rate_limit_reason())
        })
    }

    /// The quota is spent (a 403 or 429 whose reason is `quotaExceeded`,
    /// `dailyLimitExceeded` or `dailyLimitExceededUnreg`): repeating the request soon will
    /// not help, so it is never retried. Stop, or wait for the quota to reset.
    pub fn is_quota_exhausted(&self) -> bool {
        self.api_error().is_some_and(ApiError::is_quota_exhausted)
    }

    /// The request timed out, or a long-running operation outlasted the polling policy.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout(_) | Error::OperationTimeout(_))
            || matches!(self, Error::Transport(e) if e.is_timeout())
    }

    /// The failure reported by a finished long-running operation.
    pub fn operation_error(&self) -> Option<&OperationError> {
        match self {
            Error::Operation(e) => Some(e),
            _ => None,
        }
    }

    /// How long the server asked to wait before retrying (`Retry-After` or `RetryInfo`).
    pub fn retry_delay(&self) -> Option<Duration> {
        self.api_error().and_then(ApiError::retry_delay)
    }
}

/// Statuses worth retrying: the server did not (or could not) process the request.
fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 408 | 429 | 500 | 502 | 503 | 504)
}

impl From<AuthError> for Error {
    fn from(value: AuthError) -> Self {
        Error::Auth(value)
    }
}

/// A failure to obtain an access token.
#[derive(Debug)]
pub struct AuthError {
    message: String,
    transient: bool,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl AuthError {
    /// An error with a message. Must not contain the credential itself.
    pub fn new(message: impl Into<String>) -> Self {
        AuthError {
            message: message.into(),
            transient: false,
            source: None,
        }
    }

    /// Wraps an underlying error from a credentials library.
    pub fn with_source(
        message: impl Into<String>,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        AuthError {
            message: message.into(),
            transient: false,
            source: Some(source.into()),
        }
    }

    /// Marks the error as temporary (e.g. the token endpoint was unreachable), making the
    /// call retryable.
    pub fn transient(mut self, transient: bool) -> Self {
        self.transient = transient;
        self
    }

    /// Whether trying again later may succeed.
    pub fn is_transient(&self) -> bool {
        self.transient
    }
}

impl fmt::Display for AuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(source) = &self.source {
            write!(f, ": {source}")?;
        }
        Ok(())
    }
}

impl std::error::Error for AuthError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// A response body that did not match the expected type.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct DecodeError {
    /// HTTP status of the response.
    pub status: StatusCode,
    /// JSON path of the value that failed, e.g. `mediaItems[3].mediaMetadata.width`.
    pub path: String,
    /// What serde reported.
    pub message: String,
    /// The start of the body, or the part around the failure, for diagnosis.
    pub excerpt: String,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "could not decode response (HTTP {}) at `{}`: {}; body: {}",
            self.status.as_u16(),
            self.path,
            self.message,
            self.excerpt
        )
    }
}

impl std::error::Error for DecodeError {}

const EXCERPT_CHARS: usize = 160;

/// Up to [`EXCERPT_CHARS`] characters of `body` around byte offset `around`, on character
/// boundaries, so arbitrary (even non-UTF-8) bytes never panic.
pub(crate) fn excerpt(body: &[u8], around: usize) -> String {
    let text = String::from_utf8_lossy(body);
    let around = around.min(text.len());
    let mut start = around.saturating_sub(EXCERPT_CHARS / 2);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut out: String = text[start..].chars().take(EXCERPT_CHARS).collect();
    let shown_end = start + out.len();
    if start > 0 {
        out.insert(0, '…');
    }
    if shown_end < text.len() {
        out.push('…');
    }
    out
}

/// Builds the error for a body that failed to decode. Non-generic so every response type
/// shares it.
pub(crate) fn decode_error(status: StatusCode, body: &[u8], err: &serde_json::Error) -> Error {
    // serde_json reports a 1-based line and column; map it back to a byte offset.
    let offset = body
        .split(|b| *b == b'\n')
        .take(err.line().saturating_sub(1))
        .map(|l| l.len() + 1)
        .sum::<usize>()
        + err.column();
    Error::Decode(Box::new(DecodeError {
        status,
        path: crate::json_path::json_path_at(body, offset),
        message: err.to_string(),
        excerpt: excerpt(body, offset),
    }))
}

// ---------------------------------------------------------------------------------------------

/// A non-success response, with Google's error body decoded where present.
///
/// Google APIs answer errors with
/// `{"error": {"code": 404, "message": "...", "status": "NOT_FOUND", "details": [...]}}`;
/// older ones add `"errors": [{"domain", "reason", "message"}]`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ApiError {
    /// HTTP status of the response.
    pub status: StatusCode,
    /// `error.code`, normally the HTTP status again.
    pub code: Option<i64>,
    /// `error.message`, or the HTTP reason phrase when the body had none.
    pub message: String,
    /// `error.status`: the canonical code name, e.g. `NOT_FOUND` or `RESOURCE_EXHAUSTED`.
    pub status_name: Option<String>,
    /// `error.details`, decoded where the type is known.
    pub details: Vec<ErrorDetail>,
    /// `error.errors`, the legacy per-error list.
    pub errors: Vec<LegacyErrorItem>,
    /// The `Retry-After` response header, parsed.
    pub retry_after: Option<Duration>,
    /// The raw response body.
    pub body: Bytes,
}

/// Reasons Google's APIs give a 403 that means "slow down and try again" (Drive's "Resolve
/// errors" guide, <https://developers.google.com/drive/api/guides/handle-errors>: "Resolve a
/// 403 error: User rate limit exceeded" and "Rate limit exceeded", with exponential backoff),
/// and `ErrorInfo`'s own.
const RATE_LIMIT_REASONS: &[&str] = &[
    "rateLimitExceeded",
    "userRateLimitExceeded",
    "RATE_LIMIT_EXCEEDED",
];

/// Reasons that say a quota is spent for the day or for good (the same guide: "Daily limit
/// exceeded", "Project quota exceeded"): waiting seconds does not help.
const QUOTA_REASONS: &[&str] = &[
    "quotaExceeded",
    "dailyLimitExceeded",
    "dailyLimitExceededUnreg",
];

impl ApiError {
    fn is_reason_of(&self, reasons: &[&str]) -> bool {
        let limits = matches!(self.status.as_u16(), 403 | 429);
        limits && self.reason().is_some_and(|r| reasons.contains(&r))
    }

    fn is_rate_limit_reason(&self) -> bool {
        self.is_reason_of(RATE_LIMIT_REASONS)
    }

    /// See [`Error::is_quota_exhausted`].
    pub fn is_quota_exhausted(&self) -> bool {
        self.is_reason_of(QUOTA_REASONS)
    }

    /// The `reason` from `ErrorInfo`, or from the legacy error list.
    pub fn reason(&self) -> Option<&str> {
        self.details
            .iter()
            .find_map(|d| match d {
                ErrorDetail::ErrorInfo(i) => Some(i.reason.as_str()),
                _ => None,
            })
            .or_else(|| self.errors.iter().find_map(|e| e.reason.as_deref()))
    }

    /// How long to wait before retrying: `Retry-After`, else `RetryInfo.retryDelay`.
    pub fn retry_delay(&self) -> Option<Duration> {
        self.retry_after.or_else(|| {
            self.details.iter().find_map(|d| match d {
                ErrorDetail::RetryInfo(r) => r.retry_delay,
                _ => None,
            })
        })
    }

    /// The `BadRequest` field violations, if any.
    pub fn field_violations(&self) -> impl Iterator<Item = &FieldViolation> {
        self.details.iter().flat_map(|d| match d {
            ErrorDetail::BadRequest(b) => b.field_violations.as_slice(),
            _ => &[],
        })
    }

    /// The raw body as text (lossy for non-UTF-8 bytes).
    pub fn body_text(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }

    /// Decodes a response; never fails, falling back to the reason phrase and an excerpt
    /// of the body when it is not Google's JSON error shape.
    pub fn from_response(status: StatusCode, retry_after: Option<Duration>, body: Bytes) -> Self {
        let parsed = serde_json::from_slice::<Envelope>(&body)
            .ok()
            .and_then(|e| e.error);
        let mut err = ApiError {
            status,
            code: None,
            message: String::new(),
            status_name: None,
            details: Vec::new(),
            errors: Vec::new(),
            retry_after,
            body,
        };
        match parsed {
            Some(p) => {
                err.code = p.code;
                err.message = p.message.unwrap_or_default();
                err.status_name = p.status;
                err.details = p.details.into_iter().map(ErrorDetail::from_json).collect();
                err.errors = p.errors;
            }
            None if !err.body.is_empty() => err.message = excerpt(&err.body, 0),
            None => {}
        }
        if err.message.is_empty() {
            err.message = status
                .canonical_reason()
                .unwrap_or("unknown status")
                .to_owned();
        }
        err
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HTTP {}", self.status.as_u16())?;
        if let Some(name) = &self.status_name {
            write!(f, " {name}")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(reason) = self.reason() {
            write!(f, " (reason: {reason})")?;
        }
        for v in self.field_violations() {
            write!(f, "; {}: {}", v.field, v.description)?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

#[derive(Deserialize)]
struct Envelope {
    error: Option<ErrorBody>,
}

#[derive(Deserialize)]
struct ErrorBody {
    #[serde(default, deserialize_with = "lenient")]
    code: Option<i64>,
    #[serde(default, deserialize_with = "lenient")]
    message: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    status: Option<String>,
    #[serde(default, deserialize_with = "lenient_vec")]
    details: Vec<serde_json::Value>,
    #[serde(default, deserialize_with = "lenient_vec")]
    errors: Vec<LegacyErrorItem>,
}

/// Error bodies come from proxies and load balancers too; a field of an unexpected shape
/// should lose that field, not the whole error.
pub(crate) fn lenient<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: ::serde::Deserializer<'de>,
    T: ::serde::de::DeserializeOwned,
{
    let v = serde_json::Value::deserialize(d)?;
    Ok(serde_json::from_value(v).ok())
}

fn lenient_vec<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: ::serde::Deserializer<'de>,
    T: ::serde::de::DeserializeOwned,
{
    let v = serde_json::Value::deserialize(d)?;
    Ok(match v {
        serde_json::Value::Array(items) => items
            .into_iter()
            .filter_map(|i| serde_json::from_value(i).ok())
            .collect(),
        _ => Vec::new(),
    })
}

/// One entry of the legacy `error.errors` list.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct LegacyErrorItem {
    /// e.g. `global`.
    pub domain: Option<String>,
    /// e.g. `notFound`, `rateLimitExceeded`.
    pub reason: Option<String>,
    /// Human-readable description.
    pub message: Option<String>,
    /// The parameter or field concerned.
    pub location: Option<String>,
    /// Where `location` is, e.g. `parameter`.
    #[serde(rename = "locationType")]
    pub location_type: Option<String>,
}

// ---------------------------------------------------------------------------------------------

/// A long-running operation that finished with an error.
///
/// AIP-151 operations carry a `google.rpc.Status` (`code`, `message`, `details`); Compute-style
/// operations a list of errors (`error.errors[]`) and the HTTP status the failure would have
/// had (`httpErrorStatusCode`). Both are read into this one type.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct OperationError {
    /// The operation's `name`.
    pub name: Option<String>,
    /// `error.code`: a `google.rpc.Code` number (5 is `NOT_FOUND`).
    pub code: Option<i64>,
    /// `error.message`, else the first of `errors[]`, else `httpErrorMessage`.
    pub message: String,
    /// `error.details`, decoded where the type is known.
    pub details: Vec<ErrorDetail>,
    /// `error.errors[]` of a Compute-style operation.
    pub errors: Vec<OperationErrorItem>,
    /// `httpErrorStatusCode` of a Compute-style operation.
    pub http_status: Option<u16>,
    /// The operation as last read.
    pub operation: serde_json::Value,
}

/// One entry of a Compute-style operation's `error.errors`, or the one error of a BigQuery-style
/// operation (`status.errorResult`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct OperationErrorItem {
    /// e.g. `RESOURCE_ALREADY_EXISTS`.
    #[serde(deserialize_with = "lenient")]
    pub code: Option<String>,
    /// A short error code of BigQuery-style errors (`invalidQuery`, `notFound`).
    #[serde(deserialize_with = "lenient")]
    pub reason: Option<String>,
    /// The field or resource concerned.
    #[serde(deserialize_with = "lenient")]
    pub location: Option<String>,
    /// Human-readable description.
    #[serde(deserialize_with = "lenient")]
    pub message: Option<String>,
}

/// An operation's `error`, either shape, read as leniently as an error body.
#[derive(Default, Deserialize)]
struct OperationErrorBody {
    #[serde(default, deserialize_with = "lenient")]
    code: Option<i64>,
    #[serde(default, deserialize_with = "lenient")]
    message: Option<String>,
    #[serde(default, deserialize_with = "lenient_vec")]
    details: Vec<serde_json::Value>,
    #[serde(default, deserialize_with = "lenient_vec")]
    errors: Vec<OperationErrorItem>,
    #[serde(default, deserialize_with = "lenient")]
    reason: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    location: Option<String>,
}

impl OperationError {
    /// The failure of `operation`, whose error (a `google.rpc.Status`, a Compute-style
    /// `{errors: [...]}`, or a single error with `reason`, `message` and `location`, such as
    /// BigQuery's `errorResult`) is `error`.
    pub(crate) fn from_operation(
        operation: serde_json::Value,
        error: Option<serde_json::Value>,
    ) -> Self {
        let field = |key: &str| operation.get(key);
        let mut body: OperationErrorBody = error
            .and_then(|e| OperationErrorBody::deserialize(e).ok())
            .unwrap_or_default();
        if body.errors.is_empty() && (body.reason.is_some() || body.location.is_some()) {
            body.errors.push(OperationErrorItem {
                code: None,
                reason: body.reason.take(),
                location: body.location.take(),
                message: body.message.clone(),
            });
        }
        let text = |key: &str| field(key)?.as_str().map(str::to_owned);
        let message = body
            .message
            .or_else(|| body.errors.iter().find_map(|e| e.message.clone()))
            .or_else(|| text("httpErrorMessage"))
            .unwrap_or_else(|| "the operation failed".into());
        OperationError {
            name: text("name"),
            code: body.code,
            message,
            details: body
                .details
                .into_iter()
                .map(ErrorDetail::from_json)
                .collect(),
            errors: body.errors,
            http_status: field("httpErrorStatusCode")
                .and_then(serde_json::Value::as_u64)
                .and_then(|s| u16::try_from(s).ok()),
            operation,
        }
    }

    /// The name of [`code`](Self::code) (`NOT_FOUND`), or the first error's code of a
    /// Compute-style operation.
    pub fn code_name(&self) -> Option<&str> {
        const CODES: [&str; 17] = [
            "OK",
            "CANCELLED",
            "UNKNOWN",
            "INVALID_ARGUMENT",
            "DEADLINE_EXCEEDED",
            "NOT_FOUND",
            "ALREADY_EXISTS",
            "PERMISSION_DENIED",
            "RESOURCE_EXHAUSTED",
            "FAILED_PRECONDITION",
            "ABORTED",
            "OUT_OF_RANGE",
            "UNIMPLEMENTED",
            "INTERNAL",
            "UNAVAILABLE",
            "DATA_LOSS",
            "UNAUTHENTICATED",
        ];
        match self.code {
            Some(code) => usize::try_from(code)
                .ok()
                .and_then(|c| CODES.get(c).copied()),
            None => self.errors.iter().find_map(|e| e.code.as_deref()),
        }
    }
}

impl fmt::Display for OperationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("operation ")?;
        if let Some(name) = &self.name {
            write!(f, "`{name}` ")?;
        }
        f.write_str("failed")?;
        if let Some(code) = self.code_name() {
            write!(f, " with {code}")?;
        }
        write!(f, ": {}", self.message)?;
        for item in self.errors.iter().skip(1) {
            if let Some(message) = &item.message {
                write!(f, "; {message}")?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for OperationError {}

/// A long-running operation that outlasted the polling policy's time.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct OperationTimeout {
    /// The operation's `name`: wait on it again with the API's read method for operations.
    pub name: Option<String>,
    /// How long it was waited on.
    pub waited: Duration,
    /// The operation as last read.
    pub operation: serde_json::Value,
}

impl fmt::Display for OperationTimeout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.name {
            Some(name) => write!(f, "operation `{name}`")?,
            None => f.write_str("an operation without a name")?,
        }
        write!(
            f,
            " was still running after {:?} of polling; it may still finish",
            self.waited
        )
    }
}

impl std::error::Error for OperationTimeout {}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(status: u16, body: &str) -> ApiError {
        ApiError::from_response(
            StatusCode::from_u16(status).unwrap(),
            None,
            Bytes::copy_from_slice(body.as_bytes()),
        )
    }

    #[test]
    fn decodes_google_error_with_details() {
        let e = api(
            429,
            r#"{"error": {"code": 429, "message": "Quota exceeded.", "status": "RESOURCE_EXHAUSTED",
              "details": [
                {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "RATE_LIMIT_EXCEEDED",
                 "domain": "googleapis.com", "metadata": {"service": "photoslibrary.googleapis.com"}},
                {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "2.5s"},
                {"@type": "type.googleapis.com/google.rpc.QuotaFailure",
                 "violations": [{"subject": "project:1", "description": "per minute"}]},
                {"@type": "type.googleapis.com/google.rpc.Help", "links": []}
              ]}}"#,
        );
        assert_eq!(e.code, Some(429));
        assert_eq!(e.status_name.as_deref(), Some("RESOURCE_EXHAUSTED"));
        assert_eq!(e.reason(), Some("RATE_LIMIT_EXCEEDED"));
        assert_eq!(e.retry_delay(), Some(Duration::from_millis(2500)));
        assert!(
            matches!(&e.details[2], ErrorDetail::QuotaFailure(q) if q.violations[0].subject == "project:1")
        );
        assert!(matches!(&e.details[3], ErrorDetail::Other(_)));
        assert_eq!(
            e.to_string(),
            "HTTP 429 RESOURCE_EXHAUSTED: Quota exceeded. (reason: RATE_LIMIT_EXCEEDED)"
        );
        let err = Error::Api(Box::new(e));
        assert!(err.is_retryable() && err.is_rate_limited());
        assert_eq!(err.retry_delay(), Some(Duration::from_millis(2500)));
    }

    #[test]
    fn decodes_bad_request_and_legacy_errors() {
        let e = api(
            400,
            r#"{"error": {"code": 400, "message": "Invalid.", "status": "INVALID_ARGUMENT",
              "errors": [{"domain": "global", "reason": "invalid", "message": "Invalid."}],
              "details": [{"@type": "type.googleapis.com/google.rpc.BadRequest",
                "fieldViolations": [{"field": "album.title", "description": "too long"}]}]}}"#,
        );
        assert_eq!(e.reason(), Some("invalid"));
        let v: Vec<_> = e.field_violations().collect();
        assert_eq!(v[0].field, "album.title");
        assert!(e.to_string().ends_with("; album.title: too long"));
        assert!(!Error::Api(Box::new(e)).is_retryable());
    }

    #[test]
    fn tolerates_non_google_bodies() {
        let e = api(502, "<html>Bad Gateway</html>");
        assert_eq!(e.message, "<html>Bad Gateway</html>");
        assert_eq!(e.body_text(), "<html>Bad Gateway</html>");
        let e = api(503, "");
        assert_eq!(e.message, "Service Unavailable");
        let e = api(
            500,
            r#"{"error": {"code": "x", "message": 5, "details": 7}}"#,
        );
        assert_eq!(e.message, "Internal Server Error");
        let e = api(500, r#"{"error": "backend died"}"#);
        assert_eq!(e.code, None);
        let e = api(
            400,
            r#"{"error": {"details": [{"@type": "type.googleapis.com/google.rpc.BadRequest", "fieldViolations": 3}]}}"#,
        );
        assert!(matches!(e.details[0], ErrorDetail::Other(_)));
    }

    #[test]
    fn excerpt_is_bounded_and_char_safe() {
        let body = "é".repeat(500);
        let ex = excerpt(body.as_bytes(), 301);
        assert!(ex.starts_with('…') && ex.ends_with('…'));
        assert!(ex.chars().count() <= EXCERPT_CHARS + 2);
        assert_eq!(excerpt(b"\xff\xfe{", 1), "\u{fffd}\u{fffd}{");
        assert_eq!(excerpt(b"short", 99), "short");
    }

    #[test]
    fn decode_error_names_the_path() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Item {
            width: i32,
        }
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct List {
            items: Vec<Item>,
        }
        let body = br#"{"items": [{"width": 1}, {"width": "wide"}]}"#;
        let err = serde_json::from_slice::<List>(body).unwrap_err();
        let e = decode_error(StatusCode::OK, body, &err);
        let text = e.to_string();
        assert!(text.contains("at `items[1].width`"), "{text}");
        assert!(text.contains("\"wide\""), "{text}");
        assert_eq!(e.status(), Some(StatusCode::OK));
        assert!(!e.is_retryable());
    }
}
