//! # Cloud Storage JSON API
//!
//! Stores and retrieves potentially large, immutable data objects.
//!
//! A client for `storage:v1` (revision 20261009), generated from its Discovery document by `discogen`. Do not edit: run `cargo xtask codegen`.
//!
//! API documentation: <https://developers.google.com/storage/docs/json_api/>
//!
//! Start from [`Client`]: `client.anywhere_caches().get(..).send().await` — one method per API method on a handle per resource; required parameters are arguments, optional ones are builder setters, and [`CallBuilder`] adds per-call options. The request and response types of [`types`] are `#[non_exhaustive]`: build them from `Default` with chainable setters (`T::default().set_name("x")`, `set_or_clear_…` for an `Option`) and read their public fields; enums keep values they do not know (`UnknownValue`). A revision that adds a property or a value is a minor release.
#![forbid(unsafe_code)]
/// The runtime shared by every discogen client ([`discogen_runtime`]): errors, auth,
/// retries, media, paging and value types, the same types for every API.
pub use discogen_runtime as rt;
pub mod anywhere_caches;
pub mod bucket_access_controls;
pub mod buckets;
pub mod default_object_access_controls;
pub mod folders;
pub mod managed_folders;
pub mod notifications;
pub mod object_access_controls;
pub mod objects;
pub mod operations;
pub mod projects;
pub mod rapid_caches;
pub mod types;
pub use rt::{CallBuilder, Error};
/// What the runtime needs to know about this API.
pub static API: rt::ApiInfo = rt::ApiInfo {
    id: "storage:v1",
    crate_name: env!("CARGO_PKG_NAME"),
    crate_version: env!("CARGO_PKG_VERSION"),
    root_url: "https://storage.googleapis.com/",
    service_path: "storage/v1/",
    mtls_root_url: "https://storage.mtls.googleapis.com/",
    batch_path: "batch/storage/v1",
};
/// OAuth 2.0 scopes of the API.
pub mod scopes {
    /// View and manage your data across Google Cloud Platform services
    pub const CLOUD_PLATFORM: &str = "https://www.googleapis.com/auth/cloud-platform";
    /// View your data across Google Cloud Platform services
    pub const CLOUD_PLATFORM_READ_ONLY: &str =
        "https://www.googleapis.com/auth/cloud-platform.read-only";
    /// Manage your data and permissions in Google Cloud Storage
    pub const DEVSTORAGE_FULL_CONTROL: &str =
        "https://www.googleapis.com/auth/devstorage.full_control";
    /// View your data in Google Cloud Storage
    pub const DEVSTORAGE_READ_ONLY: &str = "https://www.googleapis.com/auth/devstorage.read_only";
    /// Manage your data in Google Cloud Storage
    pub const DEVSTORAGE_READ_WRITE: &str = "https://www.googleapis.com/auth/devstorage.read_write";
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
    /// Methods of the `anywhereCaches` resource.
    pub fn anywhere_caches(&self) -> anywhere_caches::AnywhereCaches {
        anywhere_caches::AnywhereCaches {
            core: self.core.clone(),
        }
    }
    /// Methods of the `bucketAccessControls` resource.
    pub fn bucket_access_controls(&self) -> bucket_access_controls::BucketAccessControls {
        bucket_access_controls::BucketAccessControls {
            core: self.core.clone(),
        }
    }
    /// Methods of the `buckets` resource.
    pub fn buckets(&self) -> buckets::Buckets {
        buckets::Buckets {
            core: self.core.clone(),
        }
    }
    /// Methods of the `defaultObjectAccessControls` resource.
    pub fn default_object_access_controls(
        &self,
    ) -> default_object_access_controls::DefaultObjectAccessControls {
        default_object_access_controls::DefaultObjectAccessControls {
            core: self.core.clone(),
        }
    }
    /// Methods of the `folders` resource.
    pub fn folders(&self) -> folders::Folders {
        folders::Folders {
            core: self.core.clone(),
        }
    }
    /// Methods of the `managedFolders` resource.
    pub fn managed_folders(&self) -> managed_folders::ManagedFolders {
        managed_folders::ManagedFolders {
            core: self.core.clone(),
        }
    }
    /// Methods of the `notifications` resource.
    pub fn notifications(&self) -> notifications::Notifications {
        notifications::Notifications {
            core: self.core.clone(),
        }
    }
    /// Methods of the `objectAccessControls` resource.
    pub fn object_access_controls(&self) -> object_access_controls::ObjectAccessControls {
        object_access_controls::ObjectAccessControls {
            core: self.core.clone(),
        }
    }
    /// Methods of the `objects` resource.
    pub fn objects(&self) -> objects::Objects {
        objects::Objects {
            core: self.core.clone(),
        }
    }
    /// Methods of the `operations` resource.
    pub fn operations(&self) -> operations::Operations {
        operations::Operations {
            core: self.core.clone(),
        }
    }
    /// Methods of the `projects` resource.
    pub fn projects(&self) -> projects::Projects {
        projects::Projects {
            core: self.core.clone(),
        }
    }
    /// Methods of the `rapidCaches` resource.
    pub fn rapid_caches(&self) -> rapid_caches::RapidCaches {
        rapid_caches::RapidCaches {
            core: self.core.clone(),
        }
    }
}
