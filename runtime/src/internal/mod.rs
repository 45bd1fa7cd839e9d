//! What generated clients call: not for users, and absent from the docs. The contract between
//! the generator and the runtime lives here, wholly: the static facts a crate declares about
//! its API and methods, the names a request builder keeps for itself, how a call is set up,
//! the paging traits, the checks of limits, and the serde adapters of generated types.
//!
//! Versioned like the rest of the crate (see the README): generated code of any 0.4 client
//! keeps compiling against any later 0.4 runtime.

pub mod limits;
mod reserved;
pub mod serde;

pub use reserved::BUILDER_NAMES;

pub use crate::api::{ApiInfo, HttpMethod, MediaUpload, MethodInfo, PathPart};
pub use crate::call::setup::{call, call_without_response, Setup};
pub use crate::lro::operation::{OperationShape, Polling};
pub use crate::paging::{items, pages, ItemsRequest, Page, PageRequest};
