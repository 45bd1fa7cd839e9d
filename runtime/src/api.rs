//! What generated code declares about its API and each of its methods: static facts from
//! the Discovery document, read by the request path. Reached through `internal`.

pub use crate::http::Method as HttpMethod;

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
    /// The upload endpoints, for a method that accepts media (`mediaUpload`).
    pub media_upload: Option<&'static MediaUpload>,
    /// Whether the method answers `alt=media` with the content (`supportsMediaDownload`).
    pub media_download: bool,
}

/// Upload facts of a method that accepts media, from the document's `mediaUpload`.
#[derive(Debug)]
pub struct MediaUpload {
    /// Path of the simple-upload endpoint. Absolute paths (`/upload/...`) are relative to the
    /// root URL, others to `{root_url}upload/{service_path}`. Takes the same path arguments,
    /// in the same order, as the method's own path.
    pub path: &'static [PathPart],
    /// Largest accepted media size in bytes, if limited.
    pub max_size: Option<u64>,
    /// Accepted MIME type patterns, e.g. `image/*`; empty accepts anything.
    pub accept: &'static [&'static str],
    /// Whether metadata and media may be sent together (`uploadType=multipart`, or as the
    /// body that opens a resumable session).
    pub multipart: bool,
    /// Path of the resumable-upload endpoint, resolved like `path`; empty when the method has
    /// none.
    pub resumable_path: &'static [PathPart],
}

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
