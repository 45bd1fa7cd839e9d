//! What a client hands its transport, and what it gets back.

use std::fmt;
use std::sync::Arc;

use super::{Body, BoxError, Headers, Method, ResponseBody, StatusCode};
use crate::api::PathPart;
use crate::BoxFuture;

/// Sends one HTTP request and returns the response as soon as its headers arrive.
///
/// Every request of a client goes through its transport: JSON calls, uploads, downloads,
/// and the requests of hand-written modules. The runtime decides everything else (URLs,
/// headers, the token, timeouts, retries, what a status means), so an implementation only
/// moves bytes. [`ReqwestTransport`](super::ReqwestTransport) is the default; a test can put
/// a scripted one in its place (`rt::testing::MockTransport`, feature `testing`) with
/// [`ClientBuilder::transport`](crate::ClientBuilder::transport).
///
/// A response of any status is a response: only a failure to exchange the request is a
/// [`TransportError`].
pub trait Transport: Send + Sync + 'static {
    /// Sends `request`.
    fn send(&self, request: Request) -> BoxFuture<'static, Result<Response, TransportError>>;
}

impl<T: Transport + ?Sized> Transport for Arc<T> {
    fn send(&self, request: Request) -> BoxFuture<'static, Result<Response, TransportError>> {
        (**self).send(request)
    }
}

/// One HTTP request, complete: the URL has its query, the headers their token.
#[non_exhaustive]
pub struct Request {
    /// The HTTP method.
    pub method: Method,
    /// The absolute URL, query included.
    pub url: String,
    /// Every header to send.
    pub headers: Headers,
    /// The body.
    pub body: Body,
    /// The Discovery id of the API method that made the request (`storage.objects.get`),
    /// for the requests of generated methods; `None` for requests that no method of the
    /// document describes.
    pub method_id: Option<&'static str>,
    /// The path template of the method's URL, for the attempt's span (`url.template`).
    pub(crate) url_template: &'static [PathPart],
}

impl Request {
    /// A request without headers or body.
    pub fn new(method: Method, url: impl Into<String>) -> Self {
        Request {
            method,
            url: url.into(),
            headers: Headers::new(),
            body: Body::empty(),
            method_id: None,
            url_template: &[],
        }
    }

    /// Sets the body.
    pub fn with_body(mut self, body: impl Into<Body>) -> Self {
        self.body = body.into();
        self
    }
}

impl fmt::Debug for Request {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Request")
            .field("method", &self.method)
            .field("url", &self.url)
            .field("headers", &self.headers)
            .field("body", &self.body)
            .field("method_id", &self.method_id)
            .finish()
    }
}

/// A response whose body has not been read yet.
#[non_exhaustive]
#[derive(Debug)]
pub struct Response {
    /// The status.
    pub status: StatusCode,
    /// The headers.
    pub headers: Headers,
    /// The body, read as it arrives.
    pub body: ResponseBody,
}

impl Response {
    /// A response with a status, headers and body.
    pub fn new(status: StatusCode, headers: Headers, body: impl Into<ResponseBody>) -> Self {
        Response {
            status,
            headers,
            body: body.into(),
        }
    }
}

/// What went wrong in a failed exchange.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TransportErrorKind {
    /// No connection could be made (DNS, TCP, TLS): the request never reached the server, so
    /// sending it again is safe whatever its method.
    Connect,
    /// The transport's own time limit ran out.
    Timeout,
    /// The connection failed while the request or the response was under way: the server
    /// may have acted on the request.
    Io,
    /// The request could not be sent as it is (a malformed URL, a failing body stream) or
    /// the response could not be understood; sending it again would fail the same way.
    Invalid,
}

/// A request that could not be exchanged with the server.
///
/// Messages never hold a credential: transports see the token only in a sensitive header.
pub struct TransportError {
    kind: TransportErrorKind,
    message: String,
    source: Option<BoxError>,
}

impl TransportError {
    /// An error of `kind`.
    pub fn new(kind: TransportErrorKind, message: impl Into<String>) -> Self {
        TransportError {
            kind,
            message: message.into(),
            source: None,
        }
    }

    /// An error of `kind` caused by `source`.
    pub fn with_source(
        kind: TransportErrorKind,
        message: impl Into<String>,
        source: impl Into<BoxError>,
    ) -> Self {
        TransportError {
            kind,
            message: message.into(),
            source: Some(source.into()),
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }

    /// The request never reached the server.
    pub fn is_connect(&self) -> bool {
        self.kind == TransportErrorKind::Connect
    }

    /// The transport's time limit ran out.
    pub fn is_timeout(&self) -> bool {
        self.kind == TransportErrorKind::Timeout
    }

    /// Whether sending the same request again may succeed.
    pub fn is_retryable(&self) -> bool {
        self.kind != TransportErrorKind::Invalid
    }
}

impl fmt::Debug for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TransportError")
            .field("kind", &self.kind)
            .field("message", &self.message)
            .field("source", &self.source)
            .finish()
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(source) = &self.source {
            write!(f, ": {source}")?;
        }
        Ok(())
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}
