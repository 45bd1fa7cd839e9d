//! # Google Photos for Rust apps
//!
//! One crate for an app that works with a user's Google Photos: the two generated clients,
//! re-exported ([`library`]: the Photos Library API v1, [`picker`]: the Photos Picker API
//! v1), and what a Photos app needs beyond their Discovery documents:
//!
//! - [`uploads`]: bytes to the Library's upload endpoint (raw, or resumable in chunks that
//!   resume after a dropped connection or a server error), and media items created from
//!   files in one call, with progress;
//! - [`downloads`]: a media item's bytes from its `baseUrl`, in the variants Google's media
//!   hosts serve (`=w{W}-h{H}`, `=d`, `=dv`), streamed into a file or writer;
//! - [`picking`]: the Picker's flow, the way an app reads a user's photos since 2025;
//! - [`limits`]: the API's limits, for code that prepares requests.
//!
//! Every helper fails with this crate's [`Error`], and every call of either client fails with
//! the runtime's error, which converts into it: a Photos program has one `Result`.
//!
//! ```no_run
//! use google_photos::library::types::{Album, CreateAlbumRequest};
//! use google_photos::uploads::NewMedia;
//! use google_photos::{library, LibraryExt as _};
//!
//! # async fn example() -> google_photos::Result<()> {
//! let token = std::env::var("ACCESS_TOKEN").expect("an OAuth access token");
//! let client = library::Client::new(library::rt::auth::StaticToken::new(token))?;
//! let album = client
//!     .albums()
//!     .create(CreateAlbumRequest::default().set_album(Album::default().set_title("Trip")))
//!     .send()
//!     .await?;
//! let results = client
//!     .uploads()
//!     .create_from_files([NewMedia::path("beach.jpg")])
//!     .album_id(album.id.unwrap_or_default())
//!     .send()
//!     .await;
//! for result in results {
//!     println!("{:?}", result?.id);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! **Cargo features.** `uploads`, `downloads` and `picker` (the Picker client and the picking
//! flow, with `downloads`) are on by default. A program that only makes Library calls turns
//! them off (`default-features = false`) and compiles the generated client alone.
//!
//! **The 2025 changes.** Since 2025-03-31 the Library API serves only media items and albums
//! the calling app created, and Google grants only the scopes
//! `photoslibrary.appendonly`, `photoslibrary.readonly.appcreateddata` and
//! `photoslibrary.edit.appcreateddata`; to read a user's own photos, an app asks them to pick
//! some ([`picking`]).

#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub use google_photoslibrary_v1 as library;
#[cfg(feature = "picker")]
pub use google_photospicker_v1 as picker;

/// The runtime both clients share: its `Error`, auth, retry policy and value types.
pub use library::rt;

#[cfg(feature = "downloads")]
pub mod downloads;
mod error;
pub mod limits;
#[cfg(feature = "picker")]
pub mod picking;
#[cfg(feature = "uploads")]
pub mod uploads;

pub use error::{Error, Result};

/// What this crate adds to a Library [`Client`](library::Client): `client.uploads()`,
/// `client.downloads()`.
pub trait LibraryExt {
    /// Uploads, and media items created from files; see [`uploads`].
    #[cfg(feature = "uploads")]
    fn uploads(&self) -> uploads::Uploads;

    /// Downloads of media items' bytes; see [`downloads`].
    #[cfg(feature = "downloads")]
    fn downloads(&self) -> downloads::Downloads;
}

impl LibraryExt for library::Client {
    #[cfg(feature = "uploads")]
    fn uploads(&self) -> uploads::Uploads {
        uploads::Uploads::new(self)
    }

    #[cfg(feature = "downloads")]
    fn downloads(&self) -> downloads::Downloads {
        downloads::Downloads::new(self)
    }
}

/// What this crate adds to a Picker [`Client`](picker::Client): `client.picking()`.
#[cfg(feature = "picker")]
pub trait PickerExt {
    /// The picking flow; see [`picking`].
    fn picking(&self) -> picking::Picking;
}

#[cfg(feature = "picker")]
impl PickerExt for picker::Client {
    fn picking(&self) -> picking::Picking {
        picking::Picking::new(self)
    }
}
