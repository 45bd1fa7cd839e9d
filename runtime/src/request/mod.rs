//! A call on its way to the wire: the settings a user adjusts ([`CallBuilder`]), what a call
//! is made of (`parts`), its body (`body`), and the request its attempts send (`prepare`).

mod body;
mod options;
mod parts;
mod prepare;

pub(crate) use body::set;
pub use options::{CallBuilder, CallOptions};
pub(crate) use parts::{CallParts, JsonBody, MediaPart, UploadProtocol};
pub(crate) use prepare::{prepare, Alt};
