//! The one error type of every call ([`Error`]), and what it carries: the server's error
//! body (`api`, `details`), a body that did not decode (`decode`), an operation's failure
//! (`operation`), and the end of the retries.

use std::fmt;
use std::time::Duration;

mod api;
mod decode;
mod details;
mod json_path;
mod lenient;
mod operation;

pub use api::{ApiError, LegacyErrorItem};
pub use decode::DecodeError;
pub(crate) use decode::{decode_error, excerpt};
pub use details::{
    BadRequest, ErrorDetail, ErrorInfo, FieldViolation, QuotaFailure, QuotaViolation, RetryInfo,
};
pub(crate) use lenient::lenient;
pub use operation::{OperationError, OperationErrorItem, OperationTimeout};

pub use crate::auth::AuthError;
use crate::http::{StatusCode, TransportError};

/// A result whose error is the runtime's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

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
///
/// A transient failure that the retry policy gave up on comes wrapped in
/// [`RetriesExhausted`](Error::RetriesExhausted), which says how many attempts were made;
/// the questions asked of an error (`status()`, `is_rate_limited()`, …) look through it.
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
    /// Every attempt the retry policy allows failed with an error worth repeating, or its
    /// time ran out: the last attempt's error is the source. [`status`](Error::status),
    /// [`api_error`](Error::api_error) and the `is_…` tests answer for that last error.
    #[error(transparent)]
    RetriesExhausted(Box<RetriesExhausted>),
}

impl Error {
    /// The HTTP status, for errors the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self.last() {
            Error::Api(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            _ => None,
        }
    }

    /// The error of the last attempt: this one, unless it says the retries ran out.
    pub fn last(&self) -> &Error {
        match self {
            Error::RetriesExhausted(exhausted) => &exhausted.last,
            other => other,
        }
    }

    /// The decoded server error, if the server answered with one.
    pub fn api_error(&self) -> Option<&ApiError> {
        match self.last() {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// Whether repeating the same request later may succeed: HTTP 408, 429, 500, 502, 503,
    /// 504, a 403 that is a rate limit ([`is_rate_limited`](Self::is_rate_limited)),
    /// transport failures and timeouts; never a spent quota
    /// ([`is_quota_exhausted`](Self::is_quota_exhausted)), whatever its status. Says nothing
    /// about whether repeating is *safe*; see [`RetryPolicy`](crate::retry::RetryPolicy).
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::RetriesExhausted(e) => e.last.is_retryable(),
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
        matches!(self.last(), Error::Auth(_)) || self.status() == Some(StatusCode::UNAUTHORIZED)
    }

    /// A 403 saying the access token lacks a scope the call needs; the
    /// [`ApiError::scopes_needed`] name the scopes that would do. Sign in again with one.
    pub fn is_scope_insufficient(&self) -> bool {
        self.api_error()
            .is_some_and(ApiError::is_scope_insufficient)
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
        let last = self.last();
        matches!(last, Error::Timeout(_) | Error::OperationTimeout(_))
            || matches!(last, Error::Transport(e) if e.is_timeout())
    }

    /// The failure reported by a finished long-running operation.
    pub fn operation_error(&self) -> Option<&OperationError> {
        match self.last() {
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

/// The retry policy allowed no further attempt: the attempts it allows were made, or the next
/// wait would have passed its time. The last attempt's error is the [source](std::error::Error::source).
#[derive(Debug)]
#[non_exhaustive]
pub struct RetriesExhausted {
    /// The attempts made (since the work last moved forward, for a transfer).
    pub attempts: u32,
    /// The time from the first of them.
    pub elapsed: Duration,
    /// The last attempt's error.
    pub last: Error,
}

impl fmt::Display for RetriesExhausted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "gave up after {} attempts in {:.1?}: {}",
            self.attempts, self.elapsed, self.last
        )
    }
}

impl std::error::Error for RetriesExhausted {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.last)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bytes::Bytes;

    #[test]
    fn an_exhausted_error_answers_for_its_last_attempt() {
        let last = Error::Api(Box::new(ApiError::from_response(
            StatusCode::SERVICE_UNAVAILABLE,
            Some(Duration::from_secs(3)),
            Bytes::from_static(br#"{"error": {"code": 503, "message": "busy"}}"#),
        )));
        let err = Error::RetriesExhausted(Box::new(RetriesExhausted {
            attempts: 5,
            elapsed: Duration::from_millis(1500),
            last,
        }));
        assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
        assert_eq!(err.api_error().map(|e| e.message.as_str()), Some("busy"));
        assert!(err.is_retryable());
        assert_eq!(err.retry_delay(), Some(Duration::from_secs(3)));
        assert_eq!(
            err.to_string(),
            "gave up after 5 attempts in 1.5s: HTTP 503: busy"
        );
        let source = std::error::Error::source(&err).unwrap().to_string();
        assert_eq!(source, "HTTP 503: busy");
    }
}
