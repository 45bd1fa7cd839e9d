//! Google's JSON error format.
//!
//! Errors follow the shape Google documents for its REST APIs, `{"error":{"code":400,
//! "message":"…","status":"INVALID_ARGUMENT"}}`, with the HTTP status matching the
//! canonical code (<https://cloud.google.com/apis/design/errors#http_mapping>), and per-item
//! results in batch methods carry a `google.rpc.Status` whose `code` is the numeric canonical
//! code (<https://developers.google.com/photos/library/reference/rest/v1/Status>).

use axum::body::Body;
use axum::http::{header, HeaderValue, Response, StatusCode};
use serde_json::{json, Value};

/// A canonical error code, with its HTTP status and its number in `google.rpc.Code`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Code {
    InvalidArgument,
    FailedPrecondition,
    Unauthenticated,
    PermissionDenied,
    NotFound,
    ResourceExhausted,
    Unavailable,
}

impl Code {
    pub(crate) fn http(self) -> StatusCode {
        match self {
            Code::InvalidArgument | Code::FailedPrecondition => StatusCode::BAD_REQUEST,
            Code::Unauthenticated => StatusCode::UNAUTHORIZED,
            Code::PermissionDenied => StatusCode::FORBIDDEN,
            Code::NotFound => StatusCode::NOT_FOUND,
            Code::ResourceExhausted => StatusCode::TOO_MANY_REQUESTS,
            Code::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    pub(crate) fn number(self) -> i32 {
        match self {
            Code::InvalidArgument => 3,
            Code::NotFound => 5,
            Code::PermissionDenied => 7,
            Code::ResourceExhausted => 8,
            Code::FailedPrecondition => 9,
            Code::Unavailable => 14,
            Code::Unauthenticated => 16,
        }
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Code::InvalidArgument => "INVALID_ARGUMENT",
            Code::FailedPrecondition => "FAILED_PRECONDITION",
            Code::ResourceExhausted => "RESOURCE_EXHAUSTED",
            Code::Unauthenticated => "UNAUTHENTICATED",
            Code::PermissionDenied => "PERMISSION_DENIED",
            Code::NotFound => "NOT_FOUND",
            Code::Unavailable => "UNAVAILABLE",
        }
    }
}

/// The extra parts of an authentication or scope failure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct AuthFailure {
    /// The legacy `errors[0]`: `(message, reason)`, and whether it points at the
    /// `Authorization` header (`location`, `locationType`).
    pub(crate) legacy: (&'static str, &'static str, bool),
    /// `ErrorInfo.reason`, with `metadata.service` and `metadata.method`.
    pub(crate) info: Option<(&'static str, &'static str, String)>,
    /// The `WWW-Authenticate` header value.
    pub(crate) challenge: String,
}

/// An error answer of the API.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{} {}", .code.name(), .message)]
pub(crate) struct ApiError {
    pub(crate) code: Code,
    pub(crate) message: String,
    pub(crate) auth: Option<Box<AuthFailure>>,
}

impl ApiError {
    pub(crate) fn new(code: Code, message: impl Into<String>) -> ApiError {
        ApiError {
            code,
            message: message.into(),
            auth: None,
        }
    }
    pub(crate) fn invalid(message: impl Into<String>) -> ApiError {
        ApiError::new(Code::InvalidArgument, message)
    }
    pub(crate) fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(Code::NotFound, message)
    }
    pub(crate) fn denied(message: impl Into<String>) -> ApiError {
        ApiError::new(Code::PermissionDenied, message)
    }

    /// The per-item `google.rpc.Status` of batch results.
    pub(crate) fn status_json(&self) -> Value {
        json!({ "code": self.code.number(), "message": self.message })
    }

    pub(crate) fn into_response(self) -> Response<Body> {
        let mut error = json!({
            "code": self.code.http().as_u16(),
            "message": self.message,
            "status": self.code.name(),
        });
        let Some(auth) = self.auth else {
            return json_response(self.code.http(), &json!({ "error": error }));
        };
        let (message, reason, at_header) = auth.legacy;
        let mut legacy = json!({ "message": message, "domain": "global", "reason": reason });
        if at_header {
            legacy["location"] = json!("Authorization");
            legacy["locationType"] = json!("header");
        }
        error["errors"] = json!([legacy]);
        if let Some((reason, service, method)) = auth.info {
            error["details"] = json!([{
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": reason,
                "domain": "googleapis.com",
                "metadata": { "service": service, "method": method },
            }]);
        }
        let mut resp = json_response(self.code.http(), &json!({ "error": error }));
        // The challenge is built from fixed text and scope URLs; should it ever not be a valid
        // header value, the JSON body still says everything.
        if let Ok(v) = HeaderValue::from_str(&auth.challenge) {
            resp.headers_mut().insert(header::WWW_AUTHENTICATE, v);
        }
        resp
    }
}

/// A JSON answer with Google's content type.
pub(crate) fn json_response(status: StatusCode, body: &Value) -> Response<Body> {
    let mut resp = Response::new(Body::from(body.to_string()));
    *resp.status_mut() = status;
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=UTF-8"),
    );
    resp
}
