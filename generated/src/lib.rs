//! # Photos Library API
//!
//! Manage photos, videos, and albums in Google Photos
//!
//! A client for `photoslibrary:v1` (revision 20240626), generated from its Discovery document by `discogen`. Do not edit: run `cargo xtask codegen`.
//!
//! API documentation: <https://developers.google.com/photos/>
//!
//! **2025 changes.** Since 2025-03-31 Google serves only media items and albums created by the calling app to this API, has withdrawn the `photoslibrary`, `photoslibrary.readonly` and `photoslibrary.sharing` scopes, and answers `albums.share`, `albums.unshare` and every `sharedAlbums` method with `403 PERMISSION_DENIED`, although the Discovery document still lists them. This crate keeps every method; a 403 arrives as `Error::Api` with its status and message (`err.status()`, `err.api_error()`). Hand-written helpers for uploads, creating media from files and downloads are in the `uploads` and `downloads` modules.
//!
//! Start from [`Client`]: `client.albums().get(..).send().await` — one method per API method on a handle per resource; required parameters are arguments, optional ones are builder setters, and [`CallBuilder`] adds per-call options. The request and response types of [`types`] are `#[non_exhaustive]`: build them from `Default` with chainable setters (`T::default().set_name("x")`, `set_or_clear_…` for an `Option`) and read their public fields; enums keep values they do not know (`UnknownValue`). A revision that adds a property or a value is a minor release.
#![forbid(unsafe_code)]
/// The runtime shared by every discogen client ([`discogen_runtime`]): errors, auth,
/// retries, media, paging and value types, the same types for every API.
pub use discogen_runtime as rt;
pub mod albums;
pub mod downloads;
pub mod limits;
pub mod media_items;
pub mod shared_albums;
pub mod types;
pub mod uploads;
pub use rt::{CallBuilder, Error};
/// What the runtime needs to know about this API.
pub static API: rt::ApiInfo = rt::ApiInfo {
    id: "photoslibrary:v1",
    crate_name: env!("CARGO_PKG_NAME"),
    crate_version: env!("CARGO_PKG_VERSION"),
    root_url: "https://photoslibrary.googleapis.com/",
    service_path: "",
    mtls_root_url: "https://photoslibrary.mtls.googleapis.com/",
    batch_path: "batch",
};
/// OAuth 2.0 scopes of the API.
pub mod scopes {
    /// See, upload, and organize items in your Google Photos library
    ///
    /// **Withdrawn by Google on 2025-03-31**: tokens can no longer be obtained for this scope. Use `PHOTOSLIBRARY_APPENDONLY`, `PHOTOSLIBRARY_READONLY_APPCREATEDDATA` and `PHOTOSLIBRARY_EDIT_APPCREATEDDATA` instead.
    pub const PHOTOSLIBRARY: &str = "https://www.googleapis.com/auth/photoslibrary";
    /// Add to your Google Photos library
    pub const PHOTOSLIBRARY_APPENDONLY: &str =
        "https://www.googleapis.com/auth/photoslibrary.appendonly";
    /// Edit the info in your photos, videos, and albums created within this app, including titles, descriptions, and covers
    pub const PHOTOSLIBRARY_EDIT_APPCREATEDDATA: &str =
        "https://www.googleapis.com/auth/photoslibrary.edit.appcreateddata";
    /// View your Google Photos library
    ///
    /// **Withdrawn by Google on 2025-03-31**: tokens can no longer be obtained for this scope. Use `PHOTOSLIBRARY_READONLY_APPCREATEDDATA` (app-created media only) or the Google Photos Picker API.
    pub const PHOTOSLIBRARY_READONLY: &str =
        "https://www.googleapis.com/auth/photoslibrary.readonly";
    /// Manage photos added by this app
    pub const PHOTOSLIBRARY_READONLY_APPCREATEDDATA: &str =
        "https://www.googleapis.com/auth/photoslibrary.readonly.appcreateddata";
    /// Manage and add to shared albums on your behalf
    ///
    /// **Withdrawn by Google on 2025-03-31**: tokens can no longer be obtained for this scope, and the sharing methods it authorized answer `403 PERMISSION_DENIED`.
    pub const PHOTOSLIBRARY_SHARING: &str = "https://www.googleapis.com/auth/photoslibrary.sharing";
}
/// The entry point: a handle to every resource of the API.
///
/// Cheap to clone; clones share one connection pool and token cache.
#[derive(Clone, Debug)]
pub struct Client {
    pub(crate) core: rt::internal::Core,
}
impl From<rt::internal::Core> for Client {
    fn from(core: rt::internal::Core) -> Self {
        Client { core }
    }
}
impl Client {
    /// A client that authenticates every request with `token_provider`, with default
    /// settings otherwise. Use [`Client::builder`] to change them.
    pub fn new(token_provider: impl rt::auth::TokenProvider + 'static) -> Result<Self, Error> {
        Self::builder().token_provider(token_provider).build()
    }
    /// Settings for a client: base URL, HTTP client, retries, timeouts, credentials.
    pub fn builder() -> rt::ClientBuilder<Client> {
        rt::ClientBuilder::new(&API)
    }
    /// Methods of the `albums` resource.
    pub fn albums(&self) -> albums::Albums {
        albums::Albums {
            core: self.core.clone(),
        }
    }
    /// Methods of the `mediaItems` resource.
    pub fn media_items(&self) -> media_items::MediaItems {
        media_items::MediaItems {
            core: self.core.clone(),
        }
    }
    /// Methods of the `sharedAlbums` resource.
    pub fn shared_albums(&self) -> shared_albums::SharedAlbums {
        shared_albums::SharedAlbums {
            core: self.core.clone(),
        }
    }
}
