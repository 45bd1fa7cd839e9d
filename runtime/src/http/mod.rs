//! HTTP as the runtime sees it: its own types for methods, status codes, headers and bodies,
//! and the [`Transport`] that exchanges requests for responses.
//!
//! None of these types belongs to an HTTP library, so a generated client's API stays the same
//! when the library under it changes. The default transport is [`ReqwestTransport`]; tests
//! and special environments can put any other [`Transport`] behind a client.

mod body;
mod headers;
mod reqwest_transport;
mod status;
mod transport;

pub use body::{Body, BoxError, ResponseBody};
pub(crate) use headers::sensitive_value;
pub use headers::{Headers, InvalidHeader};
pub(crate) use reqwest::header::HeaderValue;
#[cfg(feature = "google-cloud-auth")]
pub(crate) use reqwest_transport::install_crypto_provider;
pub use reqwest_transport::ReqwestTransport;
pub use status::StatusCode;
pub use transport::{Request, Response, Transport, TransportError, TransportErrorKind};

/// HTTP method of a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
}

impl Method {
    /// The method name as sent on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }

    /// Whether repeating the request has the same effect as sending it once (RFC 9110).
    pub const fn is_idempotent(self) -> bool {
        matches!(self, Method::Get | Method::Put | Method::Delete)
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
