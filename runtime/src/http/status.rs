//! HTTP status codes, as the runtime's own type.

use std::fmt;

/// An HTTP status code (100 to 999).
///
/// The runtime's own type rather than one of an HTTP library, so that a client's public API
/// does not change when the HTTP library under it does.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StatusCode(u16);

impl StatusCode {
    /// 200
    pub const OK: StatusCode = StatusCode(200);
    /// 204
    pub const NO_CONTENT: StatusCode = StatusCode(204);
    /// 206 Partial Content: the part of a body a `Range` asked for.
    pub const PARTIAL_CONTENT: StatusCode = StatusCode(206);
    /// 308, which an upload session answers while it is incomplete.
    pub const PERMANENT_REDIRECT: StatusCode = StatusCode(308);
    /// 400
    pub const BAD_REQUEST: StatusCode = StatusCode(400);
    /// 401
    pub const UNAUTHORIZED: StatusCode = StatusCode(401);
    /// 403
    pub const FORBIDDEN: StatusCode = StatusCode(403);
    /// 404
    pub const NOT_FOUND: StatusCode = StatusCode(404);
    /// 408
    pub const REQUEST_TIMEOUT: StatusCode = StatusCode(408);
    /// 409
    pub const CONFLICT: StatusCode = StatusCode(409);
    /// 410
    pub const GONE: StatusCode = StatusCode(410);
    /// 412
    pub const PRECONDITION_FAILED: StatusCode = StatusCode(412);
    /// 429
    pub const TOO_MANY_REQUESTS: StatusCode = StatusCode(429);
    /// 500
    pub const INTERNAL_SERVER_ERROR: StatusCode = StatusCode(500);
    /// 502
    pub const BAD_GATEWAY: StatusCode = StatusCode(502);
    /// 503
    pub const SERVICE_UNAVAILABLE: StatusCode = StatusCode(503);
    /// 504
    pub const GATEWAY_TIMEOUT: StatusCode = StatusCode(504);

    /// The status with this code, if it is one (100 to 999).
    pub const fn from_u16(code: u16) -> Option<StatusCode> {
        if code >= 100 && code <= 999 {
            Some(StatusCode(code))
        } else {
            None
        }
    }

    /// The numeric code.
    pub const fn as_u16(self) -> u16 {
        self.0
    }

    /// 2xx.
    pub const fn is_success(self) -> bool {
        self.0 >= 200 && self.0 < 300
    }

    /// 4xx.
    pub const fn is_client_error(self) -> bool {
        self.0 >= 400 && self.0 < 500
    }

    /// 5xx.
    pub const fn is_server_error(self) -> bool {
        self.0 >= 500 && self.0 < 600
    }

    /// The reason phrase of RFC 9110 (and RFC 6585 for 429), for the codes Google's APIs
    /// answer with.
    pub fn canonical_reason(self) -> Option<&'static str> {
        Some(match self.0 {
            200 => "OK",
            201 => "Created",
            202 => "Accepted",
            204 => "No Content",
            206 => "Partial Content",
            301 => "Moved Permanently",
            302 => "Found",
            304 => "Not Modified",
            307 => "Temporary Redirect",
            308 => "Permanent Redirect",
            400 => "Bad Request",
            401 => "Unauthorized",
            403 => "Forbidden",
            404 => "Not Found",
            405 => "Method Not Allowed",
            408 => "Request Timeout",
            409 => "Conflict",
            410 => "Gone",
            411 => "Length Required",
            412 => "Precondition Failed",
            413 => "Content Too Large",
            416 => "Range Not Satisfiable",
            429 => "Too Many Requests",
            499 => "Client Closed Request",
            500 => "Internal Server Error",
            501 => "Not Implemented",
            502 => "Bad Gateway",
            503 => "Service Unavailable",
            504 => "Gateway Timeout",
            _ => return None,
        })
    }
}

impl fmt::Debug for StatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

/// `404 Not Found`, or just the code when it has no well-known reason.
impl fmt::Display for StatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.canonical_reason() {
            Some(reason) => write!(f, "{} {reason}", self.0),
            None => write!(f, "{}", self.0),
        }
    }
}

impl From<StatusCode> for u16 {
    fn from(status: StatusCode) -> u16 {
        status.0
    }
}

impl PartialEq<u16> for StatusCode {
    fn eq(&self, other: &u16) -> bool {
        self.0 == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_outside_the_range_are_refused() {
        assert_eq!(StatusCode::from_u16(99), None);
        assert_eq!(StatusCode::from_u16(1000), None);
        assert_eq!(StatusCode::from_u16(404), Some(StatusCode::NOT_FOUND));
    }

    #[test]
    fn classes_and_text() {
        assert!(StatusCode::NO_CONTENT.is_success());
        assert!(!StatusCode::PERMANENT_REDIRECT.is_success());
        assert!(StatusCode::GONE.is_client_error());
        assert!(StatusCode::BAD_GATEWAY.is_server_error());
        assert_eq!(StatusCode::NOT_FOUND.to_string(), "404 Not Found");
        assert_eq!(StatusCode::from_u16(599).unwrap().to_string(), "599");
        assert_eq!(format!("{:?}", StatusCode::OK), "200");
        assert!(StatusCode::OK == 200);
    }
}
