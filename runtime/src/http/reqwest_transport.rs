//! The default transport, on `reqwest` (rustls, HTTP/2, gzip).

use std::fmt;
use std::time::Duration;

use futures_util::TryStreamExt;

use super::{
    Headers, Method, Request, Response, ResponseBody, StatusCode, Transport, TransportError,
    TransportErrorKind,
};
use crate::BoxFuture;

/// The transport every client uses unless given another: a `reqwest` client with rustls,
/// HTTP/2, gzip-compressed responses (`Accept-Encoding: gzip`), a 20-second connect timeout
/// and TCP keep-alive. TLS trusts the operating system's certificates, or Mozilla's with the
/// feature `webpki-roots`.
///
/// Clones share one connection pool. Which `reqwest` it runs on is not part of this crate's
/// API, except through `from_client` (feature `unstable-reqwest`).
#[derive(Clone)]
pub struct ReqwestTransport {
    client: reqwest::Client,
}

impl ReqwestTransport {
    /// A transport with the default settings.
    pub fn new() -> Result<Self, TransportError> {
        install_crypto_provider();
        let builder = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(20))
            .tcp_keepalive(Duration::from_secs(60));
        #[cfg(feature = "webpki-roots")]
        let builder = builder.tls_certs_only(
            webpki_root_certs::TLS_SERVER_ROOT_CERTS
                .iter()
                .filter_map(|der| reqwest::Certificate::from_der(der).ok()),
        );
        let client = builder.build().map_err(|err| {
            TransportError::with_source(
                TransportErrorKind::Invalid,
                "could not create the HTTP client",
                err,
            )
        })?;
        Ok(ReqwestTransport { client })
    }

    /// A transport over an existing `reqwest` client, sharing its connection pool, proxy
    /// and TLS settings.
    ///
    /// **Outside the semver promise**: this names `reqwest`'s type, so it changes with the
    /// `reqwest` release the runtime is built on, in any release of the runtime.
    #[cfg(feature = "unstable-reqwest")]
    pub fn from_client(client: reqwest::Client) -> Self {
        ReqwestTransport { client }
    }
}

/// reqwest's rustls (and `google-cloud-auth`, built without aws-lc) signs with the
/// process-wide crypto provider; ring is installed unless the application installed one
/// first (then that one is used, and this does nothing).
pub(crate) fn install_crypto_provider() {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // Losing a race against another installer is fine: some provider is then in place.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}

impl fmt::Debug for ReqwestTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ReqwestTransport")
    }
}

impl Transport for ReqwestTransport {
    fn send(&self, request: Request) -> BoxFuture<'static, Result<Response, TransportError>> {
        let client = self.client.clone();
        Box::pin(async move {
            let request = to_reqwest(request)?;
            let response = client.execute(request).await.map_err(transport_error)?;
            let status = StatusCode::from_u16(response.status().as_u16()).ok_or_else(|| {
                TransportError::new(TransportErrorKind::Invalid, "invalid HTTP status")
            })?;
            let mut response = response;
            let headers = Headers::from_map(std::mem::take(response.headers_mut()));
            let body = ResponseBody::from_stream(response.bytes_stream().map_err(transport_error));
            Ok(Response::new(status, headers, body))
        })
    }
}

fn to_reqwest(request: Request) -> Result<reqwest::Request, TransportError> {
    let method = match request.method {
        Method::Get => reqwest::Method::GET,
        Method::Post => reqwest::Method::POST,
        Method::Put => reqwest::Method::PUT,
        Method::Patch => reqwest::Method::PATCH,
        Method::Delete => reqwest::Method::DELETE,
    };
    let url = reqwest::Url::parse(&request.url).map_err(|e| {
        TransportError::new(
            TransportErrorKind::Invalid,
            format!("the request URL does not parse: {e}"),
        )
    })?;
    // Built directly rather than through a `RequestBuilder`, which would copy every header
    // into a new map one by one.
    let mut built = reqwest::Request::new(method, url);
    *built.headers_mut() = request.headers.into_map();
    // No body at all for an empty one: a GET carries no `Content-Length`, and a bodiless
    // POST has the runtime's explicit `Content-Length: 0`.
    *built.body_mut() = match request.body.try_into_bytes() {
        Ok(bytes) if bytes.is_empty() => None,
        Ok(bytes) => Some(reqwest::Body::from(bytes)),
        Err(stream) => Some(reqwest::Body::wrap_stream(stream.into_stream())),
    };
    Ok(built)
}

/// Whether an I/O error of the connection (not bytes that are not what they claim, such as a
/// broken gzip stream) is among the causes of `err`.
fn broken_connection(err: &reqwest::Error) -> bool {
    let mut cause = std::error::Error::source(err);
    while let Some(e) = cause {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            return io.kind() != std::io::ErrorKind::InvalidData;
        }
        cause = e.source();
    }
    false
}

fn transport_error(err: reqwest::Error) -> TransportError {
    let kind = if err.is_connect() {
        TransportErrorKind::Connect
    } else if err.is_timeout() {
        TransportErrorKind::Timeout
    } else if err.is_decode() && broken_connection(&err) {
        // A body cut short (hyper's `IncompleteBody`, a reset) is reported as a body that
        // failed to decode; it is the connection that failed, and worth asking again.
        TransportErrorKind::Io
    } else if err.is_builder() || err.is_redirect() || err.is_decode() {
        TransportErrorKind::Invalid
    } else {
        TransportErrorKind::Io
    };
    let message = match kind {
        TransportErrorKind::Connect => "could not connect",
        TransportErrorKind::Timeout => "the transport timed out",
        TransportErrorKind::Invalid => "the request or response is not valid HTTP",
        _ => "the connection failed",
    };
    // reqwest's message names the URL, which holds no credential (tokens go in headers).
    TransportError::with_source(kind, message, err)
}
