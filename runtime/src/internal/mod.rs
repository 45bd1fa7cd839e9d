//! What generated clients call: not for users, and absent from the docs. The contract between
//! the generator and the runtime lives here, wholly: the static facts a crate declares about
//! its API and methods, the names a request builder keeps for itself, how a call is set up,
//! the paging traits, the checks of limits, and the serde adapters of generated types.
//!
//! Versioned like the rest of the crate (see the README): generated code of any 0.4 client
//! keeps compiling against any later 0.4 runtime.

pub mod limits;
mod method;
mod reserved;
pub mod serde;

pub use method::{HttpMethod, MediaUpload, MethodInfo, PathPart};
pub use reserved::BUILDER_NAMES;

pub use crate::call::setup::{call, call_without_response, Setup};
pub use crate::lro::operation::{OperationShape, Polling};
pub use crate::paging::{items, pages, ItemsRequest, Page, PageRequest};

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
    /// The least wait before a retry after a status, where the API documents one
    /// (Photos: 30 s after a 429), from the generator's data on the API. A `Retry-After`
    /// or `RetryInfo` of the answer wins over it.
    pub min_retry_waits: &'static [(u16, std::time::Duration)],
}
