//! A non-success answer, with Google's error body decoded where present.

use std::fmt;
use std::time::Duration;

use ::serde::Deserialize;
use bytes::Bytes;

use super::details::{ErrorDetail, FieldViolation};
use super::excerpt;
use super::lenient::{lenient, lenient_vec};
use crate::http::StatusCode;

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
    /// For an answer saying the access token lacks a scope the call needs
    /// ([`is_scope_insufficient`](Self::is_scope_insufficient)): the scopes any one of which
    /// would do. From the `scope` of the `WWW-Authenticate` header when the server names them
    /// there (Google does), else the scopes the method's Discovery entry lists.
    pub scopes_needed: Vec<String>,
    /// The raw response body.
    pub body: Bytes,
    insufficient_scope_header: bool,
}

/// The `name="value"` parameters of a `Bearer` challenge (RFC 6750 §3), as much as a
/// well-formed header has; anything else is skipped.
fn bearer_params(header: &str) -> Vec<(String, String)> {
    let Some(rest) = header.trim_start().strip_prefix("Bearer") else {
        return Vec::new();
    };
    let mut params = Vec::new();
    let mut rest = rest.trim_start();
    while let Some((name, after)) = rest.split_once('=') {
        let name = name
            .trim()
            .trim_start_matches(',')
            .trim()
            .to_ascii_lowercase();
        let after = after.trim_start();
        let (value, tail) = match after.strip_prefix('"') {
            Some(quoted) => match quoted.split_once('"') {
                Some((value, tail)) => (value, tail),
                None => (quoted, ""),
            },
            None => after.split_once(',').unwrap_or((after, "")),
        };
        params.push((name, value.trim().to_owned()));
        rest = tail.trim_start().trim_start_matches(',');
    }
    params
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

    pub(super) fn is_rate_limit_reason(&self) -> bool {
        self.is_reason_of(RATE_LIMIT_REASONS)
    }

    /// See [`Error::is_quota_exhausted`](crate::Error::is_quota_exhausted).
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

    /// The access token lacks a scope the call needs: a 403 whose reason is
    /// `ACCESS_TOKEN_SCOPE_INSUFFICIENT` (or the legacy `insufficientPermissions`), or whose
    /// `WWW-Authenticate` header says `error="insufficient_scope"` (RFC 6750 §3.1). Signing in
    /// again with one of [`scopes_needed`](Self::scopes_needed) is the remedy; retrying is
    /// not.
    pub fn is_scope_insufficient(&self) -> bool {
        self.status == StatusCode::FORBIDDEN
            && (self.insufficient_scope_header
                || self.reason().is_some_and(|r| {
                    r == "ACCESS_TOKEN_SCOPE_INSUFFICIENT" || r == "insufficientPermissions"
                }))
    }

    /// Reads `WWW-Authenticate` (RFC 6750 §3): whether it says `insufficient_scope`, and the
    /// scopes it names. `method_scopes` stand in when it names none.
    pub(crate) fn with_authenticate(
        mut self,
        header: Option<&str>,
        method_scopes: &[&'static str],
    ) -> Self {
        let params = header.map(bearer_params).unwrap_or_default();
        let param = |name: &str| {
            params
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        };
        self.insufficient_scope_header = param("error") == Some("insufficient_scope");
        if self.is_scope_insufficient() {
            self.scopes_needed = match param("scope") {
                Some(named) => named.split_whitespace().map(str::to_owned).collect(),
                None => method_scopes.iter().map(|s| (*s).to_owned()).collect(),
            };
        }
        self
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
            scopes_needed: Vec::new(),
            insufficient_scope_header: false,
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
        if !self.scopes_needed.is_empty() {
            write!(
                f,
                "; the access token has none of the scopes this call needs: {}",
                self.scopes_needed.join(", ")
            )?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Error;

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

    /// Google's answer to a call whose token lacks the scope (the 403 of
    /// `ACCESS_TOKEN_SCOPE_INSUFFICIENT`, with its `WWW-Authenticate` challenge).
    const SCOPE_403: &str = r#"{"error": {"code": 403,
        "message": "Request had insufficient authentication scopes.",
        "errors": [{"message": "Insufficient Permission", "domain": "global", "reason": "insufficientPermissions"}],
        "status": "PERMISSION_DENIED",
        "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo",
          "reason": "ACCESS_TOKEN_SCOPE_INSUFFICIENT", "domain": "googleapis.com",
          "metadata": {"service": "photoslibrary.googleapis.com", "method": "ListAlbums"}}]}}"#;

    #[test]
    fn an_insufficient_scope_names_the_scopes_that_would_do() {
        let header = r#"Bearer realm="https://accounts.google.com/", error="insufficient_scope", scope="https://www.googleapis.com/auth/a https://www.googleapis.com/auth/b""#;
        let e = api(403, SCOPE_403).with_authenticate(Some(header), &["m"]);
        assert!(e.is_scope_insufficient());
        assert_eq!(
            e.scopes_needed,
            [
                "https://www.googleapis.com/auth/a",
                "https://www.googleapis.com/auth/b"
            ]
        );
        assert!(e.to_string().ends_with(
            "(reason: ACCESS_TOKEN_SCOPE_INSUFFICIENT); the access token has none of the \
             scopes this call needs: https://www.googleapis.com/auth/a, https://www.googleapis.com/auth/b"
        ), "{e}");

        // Without the header, the method's own scopes.
        let e = api(403, SCOPE_403).with_authenticate(None, &["https://www.googleapis.com/auth/m"]);
        assert_eq!(e.scopes_needed, ["https://www.googleapis.com/auth/m"]);
        // The header alone says it too; another 403 says nothing of scopes.
        let e =
            api(403, "{}").with_authenticate(Some(r#"Bearer error="insufficient_scope""#), &["x"]);
        assert!(e.is_scope_insufficient());
        let e = api(
            403,
            r#"{"error":{"code":403,"status":"PERMISSION_DENIED"}}"#,
        )
        .with_authenticate(Some(r#"Bearer realm="r", error=invalid_token"#), &["x"]);
        assert!(!e.is_scope_insufficient() && e.scopes_needed.is_empty());
        let e = api(401, SCOPE_403).with_authenticate(None, &["x"]);
        assert!(!e.is_scope_insufficient(), "a 401 is not a missing scope");
        assert!(!Error::Api(Box::new(api(403, SCOPE_403))).is_retryable());
    }

    #[test]
    fn bearer_challenges_parse_as_far_as_they_are_well_formed() {
        assert_eq!(
            bearer_params(r#"Bearer realm="r", error=insufficient_scope,scope="a b""#),
            [
                ("realm".to_owned(), "r".to_owned()),
                ("error".to_owned(), "insufficient_scope".to_owned()),
                ("scope".to_owned(), "a b".to_owned())
            ]
        );
        assert!(bearer_params("Basic realm=\"x\"").is_empty());
        assert_eq!(
            bearer_params(r#"Bearer scope="cut"#),
            [("scope".to_owned(), "cut".to_owned())]
        );
        assert!(bearer_params("Bearer").is_empty());
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
}
