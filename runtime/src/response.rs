//! What a call answered besides its decoded body: [`Response`].

use crate::http::{Headers, StatusCode};

/// A call's answer: the status and headers the server sent, and the decoded body. What
/// [`Call::response`](crate::Call::response) returns, where [`Call::send`](crate::Call::send)
/// returns the body alone.
///
/// ```
/// use discogen_runtime::http::{Headers, StatusCode};
/// use discogen_runtime::Response;
///
/// let mut headers = Headers::new();
/// headers.insert("etag", "\"abc\"").unwrap();
/// let response = Response::from_parts(StatusCode::OK, headers, "the body");
/// assert_eq!(response.headers().get("ETag"), Some("\"abc\""));
/// assert_eq!(response.into_body(), "the body");
/// ```
#[derive(Clone, Debug)]
pub struct Response<T> {
    status: StatusCode,
    headers: Headers,
    body: T,
}

impl<T> Response<T> {
    /// A `200 OK` response with `body` and no headers, e.g. for a test's stand-in.
    pub fn new(body: T) -> Self {
        Response::from_parts(StatusCode::OK, Headers::new(), body)
    }

    /// A response of these parts.
    pub fn from_parts(status: StatusCode, headers: Headers, body: T) -> Self {
        Response {
            status,
            headers,
            body,
        }
    }

    /// The HTTP status (a success: a failure is an [`Error`](crate::Error)).
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &Headers {
        &self.headers
    }

    /// The decoded body.
    pub fn body(&self) -> &T {
        &self.body
    }

    /// The decoded body, without the rest.
    pub fn into_body(self) -> T {
        self.body
    }

    /// The status, headers and body.
    pub fn into_parts(self) -> (StatusCode, Headers, T) {
        (self.status, self.headers, self.body)
    }
}
