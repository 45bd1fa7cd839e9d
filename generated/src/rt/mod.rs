//! Runtime shared by the generated API client: HTTP execution, authentication, retries,
//! errors, pagination and the JSON value types of Google APIs.
//!
//! This module is the same in every generated crate. Most users only meet it through
//! [`Error`], [`CallBuilder`] (per-call settings such as `fields` or `timeout`),
//! [`ClientBuilder`] (client-wide settings), [`auth`] (where tokens come from) and the
//! value types [`Timestamp`], [`Date`], [`Duration`] and [`FieldMask`].
//!
//! Behaviour in brief:
//! - every call sends `alt=json` (or `alt=media` for downloads), a `User-Agent` of
//!   `<crate>/<version>` and `x-goog-api-client`; the access token goes only into the
//!   `Authorization` header;
//! - path parameters are validated and percent-encoded so that no value can change the
//!   request's path, query or fragment ([`Error::InvalidArgument`] otherwise, before sending);
//! - transient failures of idempotent requests are retried with exponential backoff
//!   ([`RetryPolicy`]); a 401 refreshes the token and retries once;
//! - each call runs in a `tracing` span named `google_api_call` with the method id, attempt
//!   number, HTTP status and latency, and never records credentials.

use std::future::Future;
use std::pin::Pin;

pub mod auth;
mod builder;
mod call;
mod client;
mod error;
pub mod limits;
mod media;
mod paging;
mod path;
mod request;
mod retry;
pub mod serde;
mod types;

#[cfg(test)]
mod tests;

#[cfg(feature = "google-cloud-auth")]
mod auth_google;
#[cfg(feature = "yup-oauth2")]
mod auth_yup;

pub use builder::ClientBuilder;
pub use call::{Call, CallBuilder, CallOptions};
pub use client::Core;
pub use error::{
    ApiError, BadRequest, DecodeError, Error, ErrorDetail, ErrorInfo, FieldViolation,
    LegacyErrorItem, QuotaFailure, QuotaViolation, RetryInfo,
};
pub use media::{Download, Media, MediaUpload};
pub use paging::{items, items_limited, pages, ItemsRequest, Page, PageRequest};
pub use retry::{RetryPolicy, Sleeper, TokioSleeper};
pub use types::{Date, Duration, FieldMask, ParseError, Timestamp};

/// A boxed, sendable future, as returned by [`PageRequest::fetch`] and token providers.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Static facts about an API, from its Discovery document.
#[derive(Debug)]
pub struct ApiInfo {
    /// Discovery id, e.g. `photoslibrary:v1`.
    pub id: &'static str,
    /// Name of the generated crate, sent in `User-Agent`.
    pub crate_name: &'static str,
    /// Version of the generated crate, sent in `User-Agent` and `x-goog-api-client`.
    pub crate_version: &'static str,
    /// Root of the service, ending in `/`, e.g. `https://photoslibrary.googleapis.com/`.
    pub root_url: &'static str,
    /// Path below the root that method paths are relative to; empty or ending in `/`.
    pub service_path: &'static str,
    /// Root for mutual-TLS connections.
    pub mtls_root_url: &'static str,
    /// Path of the batch endpoint below the root.
    pub batch_path: &'static str,
}

/// HTTP method of an API method.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HttpMethod {
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

impl HttpMethod {
    /// The method name as sent on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Post => "POST",
            HttpMethod::Put => "PUT",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Delete => "DELETE",
        }
    }

    /// Whether repeating the request has the same effect as sending it once (RFC 9110).
    pub const fn is_idempotent(self) -> bool {
        matches!(self, HttpMethod::Get | HttpMethod::Put | HttpMethod::Delete)
    }

    pub(crate) fn to_reqwest(self) -> reqwest::Method {
        match self {
            HttpMethod::Get => reqwest::Method::GET,
            HttpMethod::Post => reqwest::Method::POST,
            HttpMethod::Put => reqwest::Method::PUT,
            HttpMethod::Patch => reqwest::Method::PATCH,
            HttpMethod::Delete => reqwest::Method::DELETE,
        }
    }
}

/// One piece of a method's path template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathPart {
    /// Text copied as is.
    Literal(&'static str),
    /// A parameter: `{name}` (`reserved: false`, `/` is encoded) or `{+name}`
    /// (`reserved: true`, `/` is kept between non-empty segments). Values must match
    /// `pattern` when given.
    Param {
        /// Parameter name, for error messages.
        name: &'static str,
        /// Reserved expansion (`{+name}`).
        reserved: bool,
        /// Regular expression the whole value must match.
        pattern: Option<&'static str>,
    },
}

/// Static facts about one API method.
#[derive(Debug)]
pub struct MethodInfo {
    /// Discovery id, e.g. `photoslibrary.albums.get`.
    pub id: &'static str,
    /// HTTP method.
    pub http_method: HttpMethod,
    /// Path template, relative to the root URL plus service path.
    pub path: &'static [PathPart],
    /// OAuth scopes, any one of which authorizes the method; tokens are requested for these.
    pub scopes: &'static [&'static str],
}
