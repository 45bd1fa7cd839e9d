//! The runtime shared by every Google API client that `discogen` generates: the request path,
//! authentication, retries, errors, paging, media and the value types of Google APIs.
//!
//! A generated crate depends on this one and re-exports it as `rt`, so that
//! `google_photoslibrary_v1::Error` and `google_drive_v3::Error` are one type, one
//! [`auth::TokenProvider`] serves every client, and one error handler serves them all.
//!
//! What ordinary code names is here: [`Error`] and [`Result`], [`ClientBuilder`] (client-wide
//! settings), [`CallBuilder`] (per-call settings such as `fields` or `timeout`), [`Call`] (a
//! request not yet sent, from a builder's `into_call()`) and [`Response`] (its answer with
//! status and headers). The rest is in modules by concern:
//!
//! | module | what it holds |
//! |---|---|
//! | [`auth`] | where access tokens come from |
//! | [`retry`] | [`RetryPolicy`](retry::RetryPolicy), [`Backoff`](retry::Backoff), the client-side [`RateLimit`](retry::RateLimit) |
//! | [`error`] | what an [`Error`] carries: the server's error body and its details, an operation's failure |
//! | [`media`] | content to upload ([`Media`](media::Media)), downloads ([`Download`](media::Download)) |
//! | [`lro`] | waiting for long-running operations ([`Poller`](lro::Poller)) |
//! | [`batch`] | many calls in one HTTP request ([`Batch`](batch::Batch)) |
//! | [`wkt`] | the value types of Google APIs: [`Timestamp`](wkt::Timestamp), [`Date`](wkt::Date), [`Duration`](wkt::Duration), [`FieldMask`](wkt::FieldMask) |
//! | [`http`] | the runtime's own HTTP types and the [`Transport`](http::Transport) that moves them |
//! | [`engine`] | the request path a client's calls share, for requests no method describes |
//! | `testing` | a mock transport for users' tests (feature `testing`) |
//!
//! Every request goes through the client's [`http::Transport`] ([`http::ReqwestTransport`]
//! unless the builder was given another); no type of an HTTP library is part of this crate's
//! API. What only generated code calls lives in `internal`, hidden from these docs: it is not
//! for users, and it follows the same versioning rule as everything else here (see the
//! README).
//!
//! Behaviour in brief:
//! - every call sends `alt=json` (or `alt=media` for downloads), a `User-Agent` of
//!   `<crate>/<version>` and `x-goog-api-client`; the access token goes only into the
//!   `Authorization` header;
//! - path parameters are validated and percent-encoded so that no value can change the
//!   request's path, query or fragment ([`Error::InvalidArgument`] otherwise, before sending);
//! - transient failures of requests that are safe to repeat are retried with exponential
//!   backoff ([`retry::RetryPolicy`]) by one retry loop for every kind of request, and a 401
//!   renews the token and tries once more; when the policy gives up, the error says so
//!   ([`Error::RetriesExhausted`]); every attempt is bounded in time on tokio's timer, so
//!   the tokio runtime must have its time driver (`#[tokio::main]` does, a `Builder` needs
//!   `enable_time()`);
//! - the universe domain (see [`ClientBuilder::universe_domain`]) replaces `googleapis.com`
//!   in the API's root URL;
//! - each call runs in a `tracing` span (`google_api_call`, named for the method id) holding
//!   one span per HTTP attempt (`http_request`), with the attributes of OpenTelemetry's HTTP
//!   client conventions (listed in the README); no span or log line holds a credential, a
//!   body, a header or a value of the request's path.

#![forbid(unsafe_code)]
// docs.rs (`--cfg docsrs`, nightly) shows which cargo feature each item needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

use std::future::Future;
use std::pin::Pin;

mod api;
pub mod auth;
pub mod batch;
mod builder;
mod call;
pub mod engine;
pub mod error;
pub mod http;
#[doc(hidden)]
pub mod internal;
pub mod lro;
pub mod media;
mod paging;
mod path;
mod protocol;
mod request;
mod response;
pub mod retry;
#[cfg(feature = "testing")]
pub mod testing;
mod trace;
mod unknown;
pub mod wkt;

pub use builder::ClientBuilder;
pub use call::Call;
pub use error::{Error, Result};
pub use request::{CallBuilder, CallOptions};
pub use response::Response;
pub use unknown::UnknownFields;

/// A boxed, sendable future, as token providers and sleepers return.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// What a generated method's `send()` (and `upload`, `download`) returns: a boxed future of
/// the response, built without an `async fn` per method.
pub type ResponseFuture<T> = BoxFuture<'static, Result<T, Error>>;
