//! The runtime shared by every Google API client that `discogen` generates: HTTP execution,
//! authentication, retries, errors, pagination, media and the JSON value types of Google APIs.
//!
//! A generated crate depends on this one and re-exports it as `rt`, so that
//! `google_photoslibrary_v1::Error` and `google_drive_v3::Error` are one type, one
//! [`auth::TokenProvider`] serves every client, and one error handler serves them all. Most
//! users meet it through [`Error`], [`CallBuilder`] (per-call settings such as `fields` or
//! `timeout`), [`ClientBuilder`] (client-wide settings), [`auth`] (where tokens come from),
//! [`RetryPolicy`], [`Media`] and [`Download`], the paging streams of [`pages`] and [`items`],
//! and the value types [`Timestamp`], [`Date`], [`Duration`] and [`FieldMask`].
//!
//! Every request builder gives up its request as a [`Call`] (`into_call()`), which its
//! `send()`, `upload()` and `download()` send. Every request goes through the client's
//! [`http::Transport`] ([`http::ReqwestTransport`] unless the builder was given another, such
//! as `testing::MockTransport` with the feature `testing`); no type of an HTTP library is part
//! of this crate's API.
//!
//! What only generated code calls lives in [`internal`], hidden from these docs. It is not for
//! users, and it follows the same versioning rule as everything else here: see the README.
//!
//! Behaviour in brief:
//! - every call sends `alt=json` (or `alt=media` for downloads), a `User-Agent` of
//!   `<crate>/<version>` and `x-goog-api-client`; the access token goes only into the
//!   `Authorization` header;
//! - path parameters are validated and percent-encoded so that no value can change the
//!   request's path, query or fragment ([`Error::InvalidArgument`] otherwise, before sending);
//! - transient failures of idempotent requests are retried with exponential backoff
//!   ([`RetryPolicy`]), by one driver for every kind of request; a 401 refreshes the token and
//!   retries once;
//! - the universe domain (see [`ClientBuilder::universe_domain`]) replaces `googleapis.com`
//!   in the API's root URL;
//! - each call runs in a `tracing` span named `google_api_call` with the method id, attempt
//!   number, HTTP status and latency, and never records credentials.

#![forbid(unsafe_code)]
// docs.rs (`--cfg docsrs`, nightly) shows which cargo feature each item needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

use std::future::Future;
use std::pin::Pin;

pub mod auth;
mod batch;
mod builder;
mod call;
mod client;
mod download;
mod error;
mod error_details;
pub mod http;
mod json_path;
// Public only so that `internal` can re-export them; reached through `internal`.
#[doc(hidden)]
pub mod limits;
mod lro;
mod media;
mod media_variant;
mod method;
mod paging;
mod path;
mod rate_limit;
mod request;
mod reserved;
mod retrier;
mod retry;
#[doc(hidden)]
pub mod serde;
#[cfg(feature = "testing")]
pub mod testing;
mod types;
mod unknown;
mod url_download;

#[cfg(feature = "google-cloud-auth")]
mod auth_google;
#[cfg(feature = "yup-oauth2")]
mod auth_yup;

pub use batch::{Batch, BatchEntry, BatchResults, DEFAULT_MAX_CALLS as DEFAULT_BATCH_CALLS};
pub use builder::{ClientBuilder, GeneratedClient, UNIVERSE_DOMAIN_ENV};
pub use call::{Call, CallBuilder, CallOptions};
pub use download::Download;
pub use error::{
    ApiError, DecodeError, Error, LegacyErrorItem, OperationError, OperationErrorItem,
    OperationTimeout,
};
pub use error_details::{
    BadRequest, ErrorDetail, ErrorInfo, FieldViolation, QuotaFailure, QuotaViolation, RetryInfo,
};
pub use http::{StatusCode, TransportError};
pub use lro::{PollState, Poller, PollingPolicy};
pub use media::Media;
pub use media_variant::MediaVariant;
pub use paging::{items, items_limited, pages, ItemsRequest, Page, PageRequest};
pub use rate_limit::RateLimit;
pub use reserved::BUILDER_NAMES;
pub use retry::{RetryPolicy, Sleeper, TokioSleeper};
pub use types::{Date, Duration, FieldMask, ParseError, Timestamp};
pub use unknown::UnknownFields;
pub use url_download::{DownloadError, DownloadProgress, DownloadRequest};

// Submodules name these as `super::Core`; users never need them.
use client::Core;
use media::MediaUpload;
use method::{MethodInfo, PathPart};
use retrier::Retrier;

/// What generated clients call: not for users, and absent from the docs.
///
/// Versioned like the rest of the crate (see the README): generated code of any 0.3 client
/// keeps compiling against any later 0.3 runtime.
#[doc(hidden)]
pub mod internal {
    pub use crate::client::Core;
    pub use crate::lro::{OperationShape, Polling};
    pub use crate::media::MediaUpload;
    pub use crate::method::{HttpMethod, MethodInfo, PathPart};
    pub use crate::retrier::Retrier;
    pub use crate::{limits, serde};
}

/// A boxed, sendable future, as returned by token providers ([`ResponseFuture`] is one).
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// What a generated method's `send()` (and `upload`, `download`) returns: a boxed future of
/// the response, built without an `async fn` per method.
pub type ResponseFuture<T> = BoxFuture<'static, Result<T, Error>>;

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
    /// Path of the batch endpoint below the root.
    pub batch_path: &'static str,
    /// The least wait before a retry after a status, where the API documents one (Photos:
    /// 30 s after a 429), from the generator's data on the API. A `Retry-After` or
    /// `RetryInfo` of the answer wins over it.
    pub min_retry_waits: &'static [(u16, std::time::Duration)],
}
