//! # Google Drive API
//!
//! The Google Drive API allows clients to access resources from Google Drive.
//!
//! A client for `drive:v3` (revision 20261106), generated from its Discovery document by `discogen`. Do not edit: run `cargo xtask codegen`.
//!
//! API documentation: <https://developers.google.com/workspace/drive/>
//!
//! Start from [`Client`]: `client.about().get().send().await` — one method per API method on a handle per resource; required parameters are arguments, optional ones are builder setters, and [`CallBuilder`] adds per-call options. The request and response types of [`types`] are `#[non_exhaustive]`: build them from `Default` with chainable setters (`T::default().set_name("x")`, `set_or_clear_…` for an `Option`) and read their public fields; enums keep values they do not know (`UnknownValue`). A revision that adds a property or a value is a minor release.
#![forbid(unsafe_code)]
/// The runtime shared by every discogen client ([`discogen_runtime`]): errors, auth,
/// retries, media, paging and value types, the same types for every API.
pub use discogen_runtime as rt;
pub mod about;
pub mod accessproposals;
pub mod approvals;
pub mod apps;
pub mod changes;
pub mod channels;
pub mod comments;
pub mod drives;
pub mod files;
pub mod operations;
pub mod permissions;
pub mod replies;
pub mod revisions;
pub mod teamdrives;
pub mod types;
pub use rt::{CallBuilder, Error};
/// What the runtime needs to know about this API.
pub static API: rt::ApiInfo = rt::ApiInfo {
    id: "drive:v3",
    crate_name: env!("CARGO_PKG_NAME"),
    crate_version: env!("CARGO_PKG_VERSION"),
    root_url: "https://www.googleapis.com/",
    service_path: "drive/v3/",
    mtls_root_url: "https://www.mtls.googleapis.com/",
    batch_path: "batch/drive/v3",
};
/// OAuth 2.0 scopes of the API.
pub mod scopes {
    /// See, edit, create, and delete all of your Google Drive files
    pub const DRIVE: &str = "https://www.googleapis.com/auth/drive";
    /// See, create, and delete its own configuration data in your Google Drive
    pub const DRIVE_APPDATA: &str = "https://www.googleapis.com/auth/drive.appdata";
    /// View your Google Drive apps
    pub const DRIVE_APPS_READONLY: &str = "https://www.googleapis.com/auth/drive.apps.readonly";
    /// See, edit, create, and delete only the specific Google Drive files you use with this app
    pub const DRIVE_FILE: &str = "https://www.googleapis.com/auth/drive.file";
    /// See and download your Google Drive files that were created or edited by Google Meet.
    pub const DRIVE_MEET_READONLY: &str = "https://www.googleapis.com/auth/drive.meet.readonly";
    /// View and manage metadata of files in your Google Drive
    pub const DRIVE_METADATA: &str = "https://www.googleapis.com/auth/drive.metadata";
    /// See information about your Google Drive files
    pub const DRIVE_METADATA_READONLY: &str =
        "https://www.googleapis.com/auth/drive.metadata.readonly";
    /// View the photos, videos and albums in your Google Photos
    pub const DRIVE_PHOTOS_READONLY: &str = "https://www.googleapis.com/auth/drive.photos.readonly";
    /// See and download all your Google Drive files
    pub const DRIVE_READONLY: &str = "https://www.googleapis.com/auth/drive.readonly";
    /// Modify your Google Apps Script scripts' behavior
    pub const DRIVE_SCRIPTS: &str = "https://www.googleapis.com/auth/drive.scripts";
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
    /// Methods of the `about` resource.
    pub fn about(&self) -> about::About {
        about::About {
            core: self.core.clone(),
        }
    }
    /// Methods of the `accessproposals` resource.
    pub fn accessproposals(&self) -> accessproposals::Accessproposals {
        accessproposals::Accessproposals {
            core: self.core.clone(),
        }
    }
    /// Methods of the `approvals` resource.
    pub fn approvals(&self) -> approvals::Approvals {
        approvals::Approvals {
            core: self.core.clone(),
        }
    }
    /// Methods of the `apps` resource.
    pub fn apps(&self) -> apps::Apps {
        apps::Apps {
            core: self.core.clone(),
        }
    }
    /// Methods of the `changes` resource.
    pub fn changes(&self) -> changes::Changes {
        changes::Changes {
            core: self.core.clone(),
        }
    }
    /// Methods of the `channels` resource.
    pub fn channels(&self) -> channels::Channels {
        channels::Channels {
            core: self.core.clone(),
        }
    }
    /// Methods of the `comments` resource.
    pub fn comments(&self) -> comments::Comments {
        comments::Comments {
            core: self.core.clone(),
        }
    }
    /// Methods of the `drives` resource.
    pub fn drives(&self) -> drives::Drives {
        drives::Drives {
            core: self.core.clone(),
        }
    }
    /// Methods of the `files` resource.
    pub fn files(&self) -> files::Files {
        files::Files {
            core: self.core.clone(),
        }
    }
    /// Methods of the `operations` resource.
    pub fn operations(&self) -> operations::Operations {
        operations::Operations {
            core: self.core.clone(),
        }
    }
    /// Methods of the `permissions` resource.
    pub fn permissions(&self) -> permissions::Permissions {
        permissions::Permissions {
            core: self.core.clone(),
        }
    }
    /// Methods of the `replies` resource.
    pub fn replies(&self) -> replies::Replies {
        replies::Replies {
            core: self.core.clone(),
        }
    }
    /// Methods of the `revisions` resource.
    pub fn revisions(&self) -> revisions::Revisions {
        revisions::Revisions {
            core: self.core.clone(),
        }
    }
    /// Methods of the `teamdrives` resource.
    pub fn teamdrives(&self) -> teamdrives::Teamdrives {
        teamdrives::Teamdrives {
            core: self.core.clone(),
        }
    }
}
