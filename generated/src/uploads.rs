//! Uploading media bytes, and creating media items from files in one call.
//!
//! Hand-written (`discovery/photoslibrary.v1.extras/uploads.rs`) and shipped verbatim by
//! `cargo xtask codegen`: the Discovery document describes `mediaItems.batchCreate` but not
//! the upload endpoint it needs.
//!
//! The Photos Library API creates media in two steps. First the bytes go to
//! `POST https://photoslibrary.googleapis.com/v1/uploads`, which answers with an *upload
//! token*; then `mediaItems.batchCreate` turns upload tokens into media items.
//!
//! - [`Uploads::upload`] does the first step for one input (a path, bytes or any
//!   [`AsyncRead`]) and returns the upload token. Small inputs go in one *raw* request; large
//!   ones (or inputs of unknown size) use the *resumable* protocol, in chunks that resume
//!   from where the server stands after a dropped connection or a server error.
//! - [`Uploads::create_from_files`] does both steps for many inputs: uploads with bounded
//!   concurrency, `batchCreate` in batches of at most 50, optionally into an album, and one
//!   result per input, in input order.
//!
//! Bodies are streamed from their source and never held whole in memory; progress (bytes
//! sent, per input and overall) is reported to a callback.
//!
//! ```no_run
//! # async fn example(client: google_photoslibrary_v1::Client) {
//! use google_photoslibrary_v1::uploads::NewMedia;
//!
//! let results = client
//!     .uploads()
//!     .create_from_files(vec![
//!         NewMedia::path("beach.jpg").description("Day one"),
//!         NewMedia::path("waves.mp4"),
//!     ])
//!     .album_id("ALBUM_ID")
//!     .progress(|p| eprintln!("{} of {:?} bytes", p.overall_sent, p.overall_total))
//!     .send()
//!     .await;
//! for (i, result) in results.iter().enumerate() {
//!     match result {
//!         Ok(item) => println!("{i}: created {:?}", item.id),
//!         Err(err) => println!("{i}: failed: {err}"),
//!     }
//! }
//! # }
//! ```

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use futures_util::stream::{self, Stream, StreamExt, TryStreamExt};
use reqwest::header::{HeaderName, HeaderValue, CONTENT_LENGTH, CONTENT_TYPE};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncSeekExt};

use crate::limits;
use crate::rt;
use crate::types::{
    AlbumPosition, AlbumPositionPosition, BatchCreateMediaItemsRequest, MediaItem, NewMediaItem,
    SimpleMediaItem, Status,
};
use crate::{Client, Error};

/// Path of the upload endpoint below the root URL.
const UPLOADS_PATH: &str = "v1/uploads";

/// Scopes a token for uploads is asked for.
static UPLOAD_SCOPES: &[&str] = &[crate::scopes::PHOTOSLIBRARY_APPENDONLY];

/// Default size of one resumable chunk (8 MiB).
pub const DEFAULT_CHUNK_SIZE: u64 = 8 * 1024 * 1024;

/// Inputs larger than this (16 MiB) use the resumable protocol unless told otherwise.
pub const DEFAULT_RESUMABLE_THRESHOLD: u64 = 16 * 1024 * 1024;

/// Default number of uploads [`CreateFromFiles`] runs at once.
pub const DEFAULT_CONCURRENCY: usize = 4;

/// Largest chunk size accepted; readers buffer one chunk, so this bounds their memory.
const MAX_CHUNK_SIZE: u64 = 1024 * 1024 * 1024;

/// Chunk granularity assumed when the server does not state one.
const DEFAULT_GRANULARITY: u64 = 256 * 1024;

/// Bytes read from a source at a time; also the step of progress reports.
const READ_SIZE: usize = 256 * 1024;

/// Upload tokens are short; a longer answer is not one.
const TOKEN_LIMIT: usize = 64 * 1024;

const UPLOAD_PROTOCOL: HeaderName = HeaderName::from_static("x-goog-upload-protocol");
const UPLOAD_CONTENT_TYPE: HeaderName = HeaderName::from_static("x-goog-upload-content-type");
const UPLOAD_COMMAND: HeaderName = HeaderName::from_static("x-goog-upload-command");
const UPLOAD_RAW_SIZE: HeaderName = HeaderName::from_static("x-goog-upload-raw-size");
const UPLOAD_OFFSET: HeaderName = HeaderName::from_static("x-goog-upload-offset");
const UPLOAD_URL: &str = "x-goog-upload-url";
const UPLOAD_GRANULARITY: &str = "x-goog-upload-chunk-granularity";
const UPLOAD_STATUS: &str = "x-goog-upload-status";
const UPLOAD_SIZE_RECEIVED: &str = "x-goog-upload-size-received";

// ---------------------------------------------------------------------------------------------
// Options and progress

/// How bytes are sent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Protocol {
    /// Raw for inputs up to the resumable threshold, resumable for larger inputs and for
    /// inputs of unknown size.
    #[default]
    Auto,
    /// One request carrying all bytes. Paths and bytes are sent again after a transient
    /// failure; readers cannot be.
    Raw,
    /// A session: a `start` request, then chunks; after a dropped connection or a 5xx the
    /// client asks the server how much arrived and continues from there.
    Resumable,
}

/// Bytes sent so far, for one input and for the whole call.
///
/// After a resumable upload recovers, `sent` restarts from what the server reported, so it
/// can go down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Progress {
    /// Position of the input in the call (0 for [`Uploads::upload`]).
    pub index: usize,
    /// Bytes of this input sent.
    pub sent: u64,
    /// Size of this input, when known.
    pub total: Option<u64>,
    /// Bytes of every input of the call sent.
    pub overall_sent: u64,
    /// Size of every input of the call, when all are known.
    pub overall_total: Option<u64>,
}

type ProgressFn = Arc<dyn Fn(Progress) + Send + Sync>;

/// Settings shared by [`Upload`] and [`CreateFromFiles`].
#[derive(Clone)]
struct Settings {
    protocol: Protocol,
    chunk_size: u64,
    resumable_threshold: u64,
    progress: Option<ProgressFn>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            protocol: Protocol::Auto,
            chunk_size: DEFAULT_CHUNK_SIZE,
            resumable_threshold: DEFAULT_RESUMABLE_THRESHOLD,
            progress: None,
        }
    }
}

impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("protocol", &self.protocol)
            .field("chunk_size", &self.chunk_size)
            .field("resumable_threshold", &self.resumable_threshold)
            .field("progress", &self.progress.is_some())
            .finish()
    }
}

/// Counts bytes sent per input and overall, and reports them.
struct Tracker {
    callback: Option<ProgressFn>,
    sent: Vec<AtomicU64>,
    totals: Vec<Option<u64>>,
    overall: AtomicU64,
    overall_total: Option<u64>,
}

impl Tracker {
    fn new(callback: Option<ProgressFn>, totals: Vec<Option<u64>>) -> Arc<Tracker> {
        let overall_total = totals
            .iter()
            .try_fold(0_u64, |sum, t| t.map(|t| sum.saturating_add(t)));
        Arc::new(Tracker {
            callback,
            sent: totals.iter().map(|_| AtomicU64::new(0)).collect(),
            totals,
            overall: AtomicU64::new(0),
            overall_total,
        })
    }

    fn add(&self, index: usize, n: u64) {
        let sent = self.sent[index].fetch_add(n, Ordering::Relaxed) + n;
        let overall = self.overall.fetch_add(n, Ordering::Relaxed) + n;
        self.report(index, sent, overall);
    }

    /// Sets input `index` to `sent` bytes, e.g. to where a resumed upload continues.
    fn set(&self, index: usize, sent: u64) {
        let old = self.sent[index].swap(sent, Ordering::Relaxed);
        let overall = if sent >= old {
            self.overall.fetch_add(sent - old, Ordering::Relaxed) + (sent - old)
        } else {
            self.overall.fetch_sub(old - sent, Ordering::Relaxed) - (old - sent)
        };
        if sent != old {
            self.report(index, sent, overall);
        }
    }

    fn report(&self, index: usize, sent: u64, overall_sent: u64) {
        if let Some(callback) = &self.callback {
            callback(Progress {
                index,
                sent,
                total: self.totals[index],
                overall_sent,
                overall_total: self.overall_total,
            });
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Errors

/// Why an upload, or the creation of a media item from it, failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum UploadError {
    /// A request failed, or was refused before sending ([`Error::InvalidArgument`]). Shared
    /// by every input of a `batchCreate` call that failed as a whole.
    #[error(transparent)]
    Api(Arc<Error>),
    /// Reading the input failed.
    #[error("reading {what}: {source}")]
    Io {
        /// The input, e.g. its path.
        what: String,
        /// What the operating system reported.
        #[source]
        source: io::Error,
    },
    /// `mediaItems.batchCreate` answered with an error status for this item.
    #[error("the media item was not created: {}", status_text(.0))]
    ItemFailed(Box<Status>),
    /// The upload server did not follow the upload protocol.
    #[error("upload protocol error: {0}")]
    Protocol(String),
}

fn status_text(status: &Status) -> String {
    format!(
        "code {}: {}",
        status.code.unwrap_or_default(),
        status.message.as_deref().unwrap_or("no message")
    )
}

impl From<Error> for UploadError {
    fn from(err: Error) -> Self {
        UploadError::Api(Arc::new(err))
    }
}

impl UploadError {
    /// The failed request's error, if this is one.
    pub fn api_error(&self) -> Option<&Error> {
        match self {
            UploadError::Api(err) => Some(err),
            _ => None,
        }
    }

    /// The per-item status `batchCreate` returned, if this is one.
    pub fn item_status(&self) -> Option<&Status> {
        match self {
            UploadError::ItemFailed(status) => Some(status),
            _ => None,
        }
    }

    fn is_retryable(&self) -> bool {
        matches!(self, UploadError::Api(err) if err.is_retryable())
    }

    fn retry_delay(&self) -> Option<Duration> {
        self.api_error().and_then(Error::retry_delay)
    }
}

fn invalid(message: String) -> UploadError {
    UploadError::from(Error::InvalidArgument(message))
}

fn protocol(message: impl Into<String>) -> UploadError {
    UploadError::Protocol(message.into())
}

// ---------------------------------------------------------------------------------------------
// Inputs

/// Where the bytes of one upload come from.
pub struct UploadSource {
    kind: SourceKind,
    file_name: Option<String>,
    mime_type: Option<String>,
}

enum SourceKind {
    Path(PathBuf),
    Bytes(Bytes),
    Reader {
        reader: Box<dyn AsyncRead + Send + Unpin>,
        size: Option<u64>,
    },
}

impl UploadSource {
    /// The file at `path`, read as it is sent. Its file name guesses the MIME type.
    pub fn path(path: impl Into<PathBuf>) -> Self {
        UploadSource {
            kind: SourceKind::Path(path.into()),
            file_name: None,
            mime_type: None,
        }
    }

    /// Bytes in memory (shared, not copied).
    pub fn bytes(bytes: impl Into<Bytes>) -> Self {
        UploadSource {
            kind: SourceKind::Bytes(bytes.into()),
            file_name: None,
            mime_type: None,
        }
    }

    /// Any reader, read as it is sent. Give `size` when known: a reader of unknown size is
    /// uploaded with the resumable protocol, buffering one chunk at a time. A reader cannot be
    /// rewound, so a raw upload from it is not retried, and a resumable one buffers the
    /// current chunk to resend what the server did not get.
    pub fn reader(reader: impl AsyncRead + Send + Unpin + 'static, size: Option<u64>) -> Self {
        UploadSource {
            kind: SourceKind::Reader {
                reader: Box::new(reader),
                size,
            },
            file_name: None,
            mime_type: None,
        }
    }

    /// The file name shown in Google Photos (`SimpleMediaItem.fileName`) and used to guess
    /// the MIME type; defaults to the path's file name.
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// The MIME type (`X-Goog-Upload-Content-Type`), e.g. `image/jpeg`; guessed from the
    /// file name when not given.
    pub fn mime_type(mut self, mime_type: impl Into<String>) -> Self {
        self.mime_type = Some(mime_type.into());
        self
    }

    fn describe(&self) -> String {
        match &self.kind {
            SourceKind::Path(path) => path.display().to_string(),
            SourceKind::Bytes(_) | SourceKind::Reader { .. } => match &self.file_name {
                Some(name) => name.clone(),
                None => "the upload source".into(),
            },
        }
    }
}

impl fmt::Debug for UploadSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = f.debug_struct("UploadSource");
        match &self.kind {
            SourceKind::Path(path) => s.field("path", path),
            SourceKind::Bytes(bytes) => s.field("bytes", &bytes.len()),
            SourceKind::Reader { size, .. } => s.field("reader_size", size),
        };
        s.field("file_name", &self.file_name)
            .field("mime_type", &self.mime_type)
            .finish()
    }
}

impl From<PathBuf> for UploadSource {
    fn from(path: PathBuf) -> Self {
        UploadSource::path(path)
    }
}

impl From<&Path> for UploadSource {
    fn from(path: &Path) -> Self {
        UploadSource::path(path)
    }
}

impl From<Bytes> for UploadSource {
    fn from(bytes: Bytes) -> Self {
        UploadSource::bytes(bytes)
    }
}

/// One input of [`Uploads::create_from_files`]: a source and an optional description.
#[derive(Debug)]
pub struct NewMedia {
    source: UploadSource,
    description: Option<String>,
}

impl NewMedia {
    /// Media from any source.
    pub fn new(source: impl Into<UploadSource>) -> Self {
        NewMedia {
            source: source.into(),
            description: None,
        }
    }

    /// Media from the file at `path`.
    pub fn path(path: impl Into<PathBuf>) -> Self {
        NewMedia::new(UploadSource::path(path))
    }

    /// The item's description (shorter than 1000 characters, checked before uploading).
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }
}

impl From<UploadSource> for NewMedia {
    fn from(source: UploadSource) -> Self {
        NewMedia::new(source)
    }
}

impl From<PathBuf> for NewMedia {
    fn from(path: PathBuf) -> Self {
        NewMedia::path(path)
    }
}

impl From<&Path> for NewMedia {
    fn from(path: &Path) -> Self {
        NewMedia::path(path)
    }
}

// ---------------------------------------------------------------------------------------------
// Entry points

impl Client {
    /// Uploads and creating media items from files; see [`uploads`](crate::uploads).
    pub fn uploads(&self) -> Uploads {
        Uploads {
            client: self.clone(),
        }
    }
}

/// Handle for uploads, made by [`Client::uploads`].
#[derive(Clone, Debug)]
pub struct Uploads {
    client: Client,
}

impl Uploads {
    /// Uploads one input and returns its upload token, for `mediaItems.batchCreate`
    /// (`SimpleMediaItem.uploadToken`). Tokens are valid for one day.
    pub fn upload(&self, source: impl Into<UploadSource>) -> Upload {
        Upload {
            core: self.client.core.clone(),
            source: source.into(),
            settings: Settings::default(),
        }
    }

    /// Uploads every input and creates media items from them; see [`CreateFromFiles`].
    pub fn create_from_files<I>(&self, inputs: I) -> CreateFromFiles
    where
        I: IntoIterator,
        I::Item: Into<NewMedia>,
    {
        CreateFromFiles {
            client: self.client.clone(),
            inputs: inputs.into_iter().map(Into::into).collect(),
            album_id: None,
            album_position: None,
            concurrency: DEFAULT_CONCURRENCY,
            settings: Settings::default(),
        }
    }
}

/// An upload of one input; made by [`Uploads::upload`].
#[derive(Debug)]
#[must_use = "`Upload` does nothing until it is sent"]
pub struct Upload {
    core: rt::internal::Core,
    source: UploadSource,
    settings: Settings,
}

/// Setters shared by [`Upload`] and [`CreateFromFiles`].
macro_rules! settings_setters {
    () => {
        /// Raw, resumable, or chosen by size (the default).
        pub fn protocol(mut self, protocol: Protocol) -> Self {
            self.settings.protocol = protocol;
            self
        }

        /// Size of resumable chunks, rounded down to the server's granularity (and to at
        /// least one granule); at most 1 GiB. Default [`DEFAULT_CHUNK_SIZE`].
        pub fn chunk_size(mut self, bytes: u64) -> Self {
            self.settings.chunk_size = bytes.clamp(1, MAX_CHUNK_SIZE);
            self
        }

        /// Inputs larger than this use the resumable protocol under [`Protocol::Auto`].
        /// Default [`DEFAULT_RESUMABLE_THRESHOLD`].
        pub fn resumable_threshold(mut self, bytes: u64) -> Self {
            self.settings.resumable_threshold = bytes;
            self
        }

        /// Called with the bytes sent so far (per input and overall) as the upload
        /// proceeds, e.g. to drive a progress bar. Runs on the task sending the bytes, so
        /// it should return quickly.
        pub fn progress(mut self, callback: impl Fn(Progress) + Send + Sync + 'static) -> Self {
            self.settings.progress = Some(Arc::new(callback));
            self
        }
    };
}

impl Upload {
    settings_setters!();

    /// Sends the bytes and returns the upload token.
    pub async fn send(self) -> Result<String, UploadError> {
        let mut opened = open(self.source).await?;
        let tracker = Tracker::new(self.settings.progress.clone(), vec![opened.size]);
        upload_opened(&self.core, &mut opened, &self.settings, &tracker, 0).await
    }
}

/// Uploads many inputs and creates a media item from each; made by
/// [`Uploads::create_from_files`].
///
/// Every input is checked first (its description, its size against the photo and video
/// limits), then uploaded, at most [`concurrency`](Self::concurrency) at a time. The
/// uploaded ones are created with `mediaItems.batchCreate` in input order, in batches of at
/// most 50. The result has one entry per input, in input order: the created [`MediaItem`],
/// or that input's error — its check or upload failure, the per-item status `batchCreate`
/// returned, or the error of its batch's `batchCreate` call. A failure of one input never
/// loses the others.
#[derive(Debug)]
#[must_use = "`CreateFromFiles` does nothing until it is sent"]
pub struct CreateFromFiles {
    client: Client,
    inputs: Vec<NewMedia>,
    album_id: Option<String>,
    album_position: Option<AlbumPosition>,
    concurrency: usize,
    settings: Settings,
}

/// An uploaded input waiting for `batchCreate`.
struct Uploaded {
    index: usize,
    token: String,
    file_name: Option<String>,
    description: Option<String>,
}

impl CreateFromFiles {
    settings_setters!();

    /// Adds the new items to this album (the app must have created it).
    pub fn album_id(mut self, album_id: impl Into<String>) -> Self {
        self.album_id = Some(album_id.into());
        self
    }

    /// Where in the album the items go; needs [`album_id`](Self::album_id). Items keep
    /// input order: after the first batch, later batches go after the last item created.
    pub fn album_position(mut self, position: AlbumPosition) -> Self {
        self.album_position = Some(position);
        self
    }

    /// How many uploads run at once (at least 1). Default [`DEFAULT_CONCURRENCY`].
    pub fn concurrency(mut self, uploads: usize) -> Self {
        self.concurrency = uploads.max(1);
        self
    }

    /// Uploads and creates; one result per input, in input order.
    pub async fn send(self) -> Vec<Result<MediaItem, UploadError>> {
        let count = self.inputs.len();
        let mut results: Vec<Option<Result<MediaItem, UploadError>>> =
            (0..count).map(|_| None).collect();
        if self.album_position.is_some() && self.album_id.is_none() {
            let err = Arc::new(Error::InvalidArgument(
                "an album position needs an album id".into(),
            ));
            return (0..count)
                .map(|_| Err(UploadError::Api(err.clone())))
                .collect();
        }

        // Check and open every input first, so progress knows the total.
        let mut opened = Vec::with_capacity(count);
        let mut totals = Vec::with_capacity(count);
        for (index, input) in self.inputs.into_iter().enumerate() {
            match prepare_input(input).await {
                Ok((source, description)) => {
                    totals.push(source.size);
                    opened.push((index, source, description));
                }
                Err(err) => {
                    totals.push(Some(0));
                    results[index] = Some(Err(err));
                }
            }
        }
        let tracker = Tracker::new(self.settings.progress.clone(), totals);

        let core = &self.client.core;
        let settings = &self.settings;
        let uploads = stream::iter(opened)
            .map(|(index, mut source, description)| {
                let tracker = tracker.clone();
                async move {
                    let token = upload_opened(core, &mut source, settings, &tracker, index).await;
                    (index, token, source.file_name, description)
                }
            })
            .buffer_unordered(self.concurrency)
            .collect::<Vec<_>>()
            .await;
        let mut ready = Vec::new();
        for (index, token, file_name, description) in uploads {
            match token {
                Ok(token) => ready.push(Uploaded {
                    index,
                    token,
                    file_name,
                    description,
                }),
                Err(err) => results[index] = Some(Err(err)),
            }
        }
        ready.sort_by_key(|u| u.index);

        let mut position = self.album_position.clone();
        for batch in ready.chunks(limits::MAX_BATCH_ITEMS) {
            let request = BatchCreateMediaItemsRequest {
                album_id: self.album_id.clone(),
                album_position: position.clone(),
                new_media_items: Some(
                    batch
                        .iter()
                        .map(|u| NewMediaItem {
                            description: u.description.clone(),
                            simple_media_item: Some(SimpleMediaItem {
                                file_name: u.file_name.clone(),
                                upload_token: Some(u.token.clone()),
                            }),
                        })
                        .collect(),
                ),
            };
            let response = self.client.media_items().batch_create(request).send().await;
            let created = match response {
                Ok(response) => {
                    let mut created =
                        assign_results(batch, response.new_media_item_results.unwrap_or_default());
                    let last = created.iter().rev().find_map(|(_, r)| match r {
                        Ok(item) => item.id.clone(),
                        Err(_) => None,
                    });
                    for (index, result) in created.drain(..) {
                        results[index] = Some(result);
                    }
                    last
                }
                Err(err) => {
                    let err = Arc::new(err);
                    for u in batch {
                        results[u.index] = Some(Err(UploadError::Api(err.clone())));
                    }
                    None
                }
            };
            // Later batches follow the last item created, keeping input order in the album.
            let keeps_order = matches!(
                position.as_ref().and_then(|p| p.position.as_ref()),
                Some(
                    AlbumPositionPosition::FirstInAlbum
                        | AlbumPositionPosition::AfterMediaItem
                        | AlbumPositionPosition::AfterEnrichmentItem
                )
            );
            if let (true, Some(last)) = (keeps_order, created) {
                position = Some(AlbumPosition {
                    position: Some(AlbumPositionPosition::AfterMediaItem),
                    relative_media_item_id: Some(last),
                    ..Default::default()
                });
            }
        }

        results
            .into_iter()
            .map(|r| r.unwrap_or_else(|| Err(protocol("the input was neither created nor failed"))))
            .collect()
    }
}

/// Checks an input and opens its source.
async fn prepare_input(input: NewMedia) -> Result<(Opened, Option<String>), UploadError> {
    if let Some(description) = &input.description {
        limits::check_description(description)?;
    }
    let opened = open(input.source).await?;
    if let Some(size) = opened.size {
        limits::check_media_size(&opened.mime_type, size)?;
    }
    Ok((opened, input.description))
}

/// Pairs a batch's inputs with `batchCreate`'s results: by upload token, else by position.
fn assign_results(
    batch: &[Uploaded],
    results: Vec<crate::types::NewMediaItemResult>,
) -> Vec<(usize, Result<MediaItem, UploadError>)> {
    let mut results: Vec<Option<crate::types::NewMediaItemResult>> =
        results.into_iter().map(Some).collect();
    batch
        .iter()
        .enumerate()
        .map(|(position, u)| {
            let by_token = results.iter().position(|r| {
                r.as_ref()
                    .is_some_and(|r| r.upload_token.as_deref() == Some(u.token.as_str()))
            });
            let found = by_token
                .or_else(|| {
                    results
                        .get(position)
                        .filter(|r| r.as_ref().is_some_and(|r| r.upload_token.is_none()))
                        .map(|_| position)
                })
                .and_then(|i| results[i].take());
            let outcome = match found {
                None => Err(protocol("batchCreate returned no result for this item")),
                Some(r) => match (r.status, r.media_item) {
                    (Some(status), _) if status.code.unwrap_or(0) != 0 => {
                        Err(UploadError::ItemFailed(Box::new(status)))
                    }
                    (_, Some(item)) => Ok(item),
                    (_, None) => Err(protocol("batchCreate returned no media item for this item")),
                },
            };
            (u.index, outcome)
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Sources, opened

/// A source ready to send: its size, MIME type and a way to read it (again).
struct Opened {
    data: Data,
    size: Option<u64>,
    mime_type: String,
    mime_header: HeaderValue,
    file_name: Option<String>,
    what: String,
}

enum Data {
    File(PathBuf),
    Bytes(Bytes),
    Reader(ReaderState),
}

async fn open(source: UploadSource) -> Result<Opened, UploadError> {
    let what = source.describe();
    let mut file_name = source.file_name;
    let (data, size) = match source.kind {
        SourceKind::Path(path) => {
            let meta = tokio::fs::metadata(&path)
                .await
                .map_err(|e| io_error(&what, e))?;
            if !meta.is_file() {
                return Err(io_error(
                    &what,
                    io::Error::new(io::ErrorKind::InvalidInput, "not a regular file"),
                ));
            }
            if file_name.is_none() {
                file_name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            }
            (Data::File(path), Some(meta.len()))
        }
        SourceKind::Bytes(bytes) => {
            let size = bytes.len() as u64;
            (Data::Bytes(bytes), Some(size))
        }
        SourceKind::Reader { reader, size } => (Data::Reader(ReaderState::new(reader)), size),
    };
    let mime_type = match source.mime_type {
        Some(mime) => mime,
        None => guess_mime_type(file_name.as_deref().unwrap_or("")).to_string(),
    };
    let mime_header = HeaderValue::from_str(&mime_type)
        .ok()
        .filter(|_| !mime_type.trim().is_empty())
        .ok_or_else(|| invalid(format!("{what}: {mime_type:?} is not a usable MIME type")))?;
    Ok(Opened {
        data,
        size,
        mime_type,
        mime_header,
        file_name,
        what,
    })
}

fn io_error(what: &str, source: io::Error) -> UploadError {
    UploadError::Io {
        what: what.to_string(),
        source,
    }
}

/// A reader and the chunk of it still needed: the resumable protocol may ask to resend any
/// part of the chunk in flight, never anything before it.
struct ReaderState {
    reader: Option<Box<dyn AsyncRead + Send + Unpin>>,
    buffer: Bytes,
    buffer_start: u64,
    eof: bool,
}

impl ReaderState {
    fn new(reader: Box<dyn AsyncRead + Send + Unpin>) -> Self {
        ReaderState {
            reader: Some(reader),
            buffer: Bytes::new(),
            buffer_start: 0,
            eof: false,
        }
    }

    /// Up to `max` bytes from `offset`, and whether the reader ends right after them.
    async fn range(
        &mut self,
        offset: u64,
        max: u64,
        what: &str,
    ) -> Result<(Bytes, bool), UploadError> {
        let buffer_end = self.buffer_start + self.buffer.len() as u64;
        if offset < self.buffer_start || offset > buffer_end {
            return Err(protocol(format!(
                "the server asked to continue {what} from byte {offset}, but a reader can only \
                 continue from bytes {}..={buffer_end}",
                self.buffer_start
            )));
        }
        let max = usize::try_from(max).unwrap_or(usize::MAX);
        let kept = self
            .buffer
            .slice(usize::try_from(offset - self.buffer_start).unwrap_or(0)..);
        if kept.len() < max && !self.eof {
            let reader = self
                .reader
                .as_mut()
                .ok_or_else(|| protocol(format!("{what} was already consumed")))?;
            let mut next = BytesMut::with_capacity(max);
            next.extend_from_slice(&kept);
            drop(kept);
            self.buffer = Bytes::new();
            while next.len() < max {
                let read = reader
                    .read_buf(&mut next)
                    .await
                    .map_err(|e| io_error(what, e))?;
                if read == 0 {
                    self.eof = true;
                    break;
                }
            }
            self.buffer = next.freeze();
        } else {
            self.buffer = kept;
        }
        self.buffer_start = offset;
        let len = self.buffer.len().min(max);
        Ok((
            self.buffer.slice(..len),
            self.eof && len == self.buffer.len(),
        ))
    }
}

// ---------------------------------------------------------------------------------------------
// Sending

async fn upload_opened(
    core: &rt::internal::Core,
    opened: &mut Opened,
    settings: &Settings,
    tracker: &Arc<Tracker>,
    index: usize,
) -> Result<String, UploadError> {
    let resumable = match settings.protocol {
        Protocol::Raw => false,
        Protocol::Resumable => true,
        Protocol::Auto => match opened.size {
            Some(size) => size > settings.resumable_threshold,
            None => true,
        },
    };
    if resumable {
        upload_resumable(core, opened, settings, tracker, index).await
    } else {
        upload_raw(core, opened, tracker, index).await
    }
}

fn uploads_url(core: &rt::internal::Core) -> Result<reqwest::Url, UploadError> {
    reqwest::Url::parse(&format!("{}{UPLOADS_PATH}", core.root_url()))
        .map_err(|e| invalid(format!("could not form the upload URL: {e}")))
}

/// Where a body stream records a read failure, so that it is reported as the input's I/O
/// error rather than as the transport error the HTTP client sees.
type FailureSlot = Arc<Mutex<Option<io::Error>>>;

fn take_failure(slot: &FailureSlot) -> Option<io::Error> {
    slot.lock().unwrap_or_else(|e| e.into_inner()).take()
}

/// The waiting time before retry number `failures`.
fn retry_delay(core: &rt::internal::Core, failures: u32, err: &UploadError) -> Duration {
    let delay = core.retry_policy().backoff(failures, fastrand::f64());
    err.retry_delay()
        .map_or(delay, |requested| delay.max(requested))
}

async fn upload_raw(
    core: &rt::internal::Core,
    opened: &mut Opened,
    tracker: &Arc<Tracker>,
    index: usize,
) -> Result<String, UploadError> {
    let url = uploads_url(core)?;
    let mut failures = 0;
    loop {
        tracker.set(index, 0);
        let failure = FailureSlot::default();
        let (body, replayable) = match &mut opened.data {
            Data::File(path) => {
                let stream =
                    file_stream(path.clone(), 0, opened.size.unwrap_or(0), failure.clone());
                (counted(stream, tracker, index), true)
            }
            Data::Bytes(bytes) => (counted(bytes_stream(bytes.clone()), tracker, index), true),
            Data::Reader(state) => {
                let reader = state
                    .reader
                    .take()
                    .ok_or_else(|| protocol(format!("{} was already consumed", opened.what)))?;
                let stream = reader_stream(reader, opened.size, failure.clone());
                (counted(stream, tracker, index), false)
            }
        };
        let mut request = reqwest::Request::new(reqwest::Method::POST, url.clone());
        let headers = request.headers_mut();
        headers.insert(
            CONTENT_TYPE,
            HeaderValue::from_static("application/octet-stream"),
        );
        headers.insert(UPLOAD_CONTENT_TYPE, opened.mime_header.clone());
        headers.insert(UPLOAD_PROTOCOL, HeaderValue::from_static("raw"));
        if let Some(size) = opened.size {
            headers.insert(CONTENT_LENGTH, HeaderValue::from(size));
        }
        *request.body_mut() = Some(body);
        let result = match core.send_raw(request, UPLOAD_SCOPES).await {
            Ok(response) => read_token(response).await,
            Err(err) => Err(UploadError::from(err)),
        };
        let err = match (result, take_failure(&failure)) {
            (_, Some(io)) => return Err(io_error(&opened.what, io)),
            (Ok(token), None) => return Ok(token),
            (Err(err), None) => err,
        };
        failures += 1;
        if !replayable || !err.is_retryable() || failures >= core.retry_policy().attempts() {
            return Err(err);
        }
        tracing::debug!(failures, error = %err, "raw upload failed; sending it again");
        core.sleep(retry_delay(core, failures, &err)).await;
    }
}

/// The upload token in a final response's body.
async fn read_token(mut response: reqwest::Response) -> Result<String, UploadError> {
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(Error::Transport)? {
        if body.len() + chunk.len() > TOKEN_LIMIT {
            return Err(protocol(
                "the upload response is too long to be an upload token",
            ));
        }
        body.extend_from_slice(&chunk);
    }
    let token = String::from_utf8(body)
        .map_err(|_| protocol("the upload token is not text"))?
        .trim()
        .to_string();
    if token.is_empty() {
        return Err(protocol("the upload response has no upload token"));
    }
    Ok(token)
}

/// A resumable session: where chunks go and their granularity.
struct Session {
    url: reqwest::Url,
    granularity: u64,
}

fn header<'a>(response: &'a reqwest::Response, name: &str) -> Option<&'a str> {
    response.headers().get(name).and_then(|v| v.to_str().ok())
}

fn with_timeout(core: &rt::internal::Core, mut request: reqwest::Request) -> reqwest::Request {
    if let Some(timeout) = core.timeout() {
        *request.timeout_mut() = Some(timeout);
    }
    request
}

async fn start_session(core: &rt::internal::Core, opened: &Opened) -> Result<Session, UploadError> {
    let url = uploads_url(core)?;
    let mut failures = 0;
    loop {
        let mut request = reqwest::Request::new(reqwest::Method::POST, url.clone());
        let headers = request.headers_mut();
        headers.insert(CONTENT_LENGTH, HeaderValue::from(0_u64));
        headers.insert(UPLOAD_COMMAND, HeaderValue::from_static("start"));
        headers.insert(UPLOAD_CONTENT_TYPE, opened.mime_header.clone());
        headers.insert(UPLOAD_PROTOCOL, HeaderValue::from_static("resumable"));
        if let Some(size) = opened.size {
            headers.insert(UPLOAD_RAW_SIZE, HeaderValue::from(size));
        }
        let err = match core
            .send_raw(with_timeout(core, request), UPLOAD_SCOPES)
            .await
        {
            Ok(response) => return session_of(&url, &response),
            Err(err) => UploadError::from(err),
        };
        failures += 1;
        if !err.is_retryable() || failures >= core.retry_policy().attempts() {
            return Err(err);
        }
        core.sleep(retry_delay(core, failures, &err)).await;
    }
}

fn session_of(
    start_url: &reqwest::Url,
    response: &reqwest::Response,
) -> Result<Session, UploadError> {
    let location = header(response, UPLOAD_URL)
        .ok_or_else(|| protocol("the start response has no X-Goog-Upload-URL"))?;
    let url = start_url
        .join(location)
        .map_err(|_| protocol("the start response's X-Goog-Upload-URL is not a URL"))?;
    // Chunks carry the access token: never to another origin than the API's.
    if url.origin() != start_url.origin() {
        return Err(protocol(format!(
            "the upload session is on another origin ({}) than the API ({})",
            url.origin().ascii_serialization(),
            start_url.origin().ascii_serialization()
        )));
    }
    let granularity = match header(response, UPLOAD_GRANULARITY) {
        None => DEFAULT_GRANULARITY,
        Some(text) => text
            .trim()
            .parse::<u64>()
            .ok()
            .filter(|g| *g > 0 && *g <= MAX_CHUNK_SIZE)
            .ok_or_else(|| protocol(format!("unusable chunk granularity {text:?}")))?,
    };
    Ok(Session { url, granularity })
}

/// Chunk size: a multiple of the granularity, at least one granule.
fn chunk_len(chunk_size: u64, granularity: u64) -> u64 {
    (chunk_size / granularity).max(1) * granularity
}

/// What the server reported about a session.
enum Standing {
    /// It has the first `n` bytes.
    Active(u64),
    /// The upload is complete; the token.
    Final(String),
}

async fn query(core: &rt::internal::Core, session: &Session) -> Result<Standing, UploadError> {
    let mut request = reqwest::Request::new(reqwest::Method::POST, session.url.clone());
    let headers = request.headers_mut();
    headers.insert(CONTENT_LENGTH, HeaderValue::from(0_u64));
    headers.insert(UPLOAD_COMMAND, HeaderValue::from_static("query"));
    let response = core
        .send_raw(with_timeout(core, request), UPLOAD_SCOPES)
        .await?;
    match header(&response, UPLOAD_STATUS)
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("active") => {
            let received = header(&response, UPLOAD_SIZE_RECEIVED)
                .and_then(|v| v.trim().parse::<u64>().ok())
                .ok_or_else(|| {
                    protocol("the query response has no usable X-Goog-Upload-Size-Received")
                })?;
            Ok(Standing::Active(received))
        }
        Some("final") => Ok(Standing::Final(read_token(response).await?)),
        Some(other) => Err(protocol(format!("the upload session is {other}"))),
        None => Err(protocol("the query response has no X-Goog-Upload-Status")),
    }
}

/// One chunk: its body, length and whether it is the last.
struct Chunk {
    body: reqwest::Body,
    len: u64,
    last: bool,
}

async fn next_chunk(
    opened: &mut Opened,
    offset: u64,
    max: u64,
    tracker: &Arc<Tracker>,
    index: usize,
    failure: &FailureSlot,
) -> Result<Chunk, UploadError> {
    match &mut opened.data {
        Data::File(path) => {
            let size = opened.size.unwrap_or(0);
            let len = size.saturating_sub(offset).min(max);
            let stream = file_stream(path.clone(), offset, len, failure.clone());
            Ok(Chunk {
                body: counted(stream, tracker, index),
                len,
                last: offset + len >= size,
            })
        }
        Data::Bytes(bytes) => {
            let start = usize::try_from(offset)
                .unwrap_or(usize::MAX)
                .min(bytes.len());
            let len = (bytes.len() - start).min(usize::try_from(max).unwrap_or(usize::MAX));
            let slice = bytes.slice(start..start + len);
            Ok(Chunk {
                body: counted(bytes_stream(slice), tracker, index),
                len: len as u64,
                last: start + len == bytes.len(),
            })
        }
        Data::Reader(state) => {
            let (data, at_end) = state.range(offset, max, &opened.what).await?;
            let len = data.len() as u64;
            let last = match opened.size {
                Some(size) => {
                    if offset + len > size || (at_end && offset + len < size) {
                        return Err(io_error(
                            &opened.what,
                            io::Error::new(
                                io::ErrorKind::UnexpectedEof,
                                format!(
                                    "the reader's length differs from its declared size {size}"
                                ),
                            ),
                        ));
                    }
                    offset + len == size
                }
                None => at_end,
            };
            Ok(Chunk {
                body: counted(bytes_stream(data), tracker, index),
                len,
                last,
            })
        }
    }
}

async fn upload_resumable(
    core: &rt::internal::Core,
    opened: &mut Opened,
    settings: &Settings,
    tracker: &Arc<Tracker>,
    index: usize,
) -> Result<String, UploadError> {
    tracker.set(index, 0);
    let session = start_session(core, opened).await?;
    let max = chunk_len(settings.chunk_size, session.granularity);
    let attempts = core.retry_policy().attempts();
    let mut offset = 0_u64;
    let mut failures = 0_u32;
    loop {
        tracker.set(index, offset);
        let failure = FailureSlot::default();
        let chunk = next_chunk(opened, offset, max, tracker, index, &failure).await?;
        let mut request = reqwest::Request::new(reqwest::Method::POST, session.url.clone());
        let headers = request.headers_mut();
        headers.insert(
            UPLOAD_COMMAND,
            HeaderValue::from_static(if chunk.last {
                "upload, finalize"
            } else {
                "upload"
            }),
        );
        headers.insert(UPLOAD_OFFSET, HeaderValue::from(offset));
        headers.insert(CONTENT_LENGTH, HeaderValue::from(chunk.len));
        *request.body_mut() = Some(chunk.body);
        let result = match core
            .send_raw(with_timeout(core, request), UPLOAD_SCOPES)
            .await
        {
            Ok(response) if chunk.last => read_token(response).await.map(Some),
            Ok(response) => match header(&response, UPLOAD_STATUS).map(str::to_ascii_lowercase) {
                Some(status) if status == "final" => read_token(response).await.map(Some),
                _ => Ok(None),
            },
            Err(err) => Err(UploadError::from(err)),
        };
        if let Some(io) = take_failure(&failure) {
            return Err(io_error(&opened.what, io));
        }
        let mut err = match result {
            Ok(Some(token)) => {
                tracker.set(index, offset + chunk.len);
                return Ok(token);
            }
            Ok(None) => {
                offset += chunk.len;
                failures = 0;
                continue;
            }
            Err(err) if err.is_retryable() => err,
            Err(err) => return Err(err),
        };
        // Ask the server where it stands, and continue from there.
        loop {
            failures += 1;
            if failures >= attempts {
                return Err(err);
            }
            tracing::debug!(failures, offset, error = %err, "chunk failed; querying the upload");
            core.sleep(retry_delay(core, failures, &err)).await;
            match query(core, &session).await {
                Ok(Standing::Final(token)) => {
                    tracker.set(index, opened.size.unwrap_or(offset + chunk.len));
                    return Ok(token);
                }
                Ok(Standing::Active(received)) => {
                    if received > offset + chunk.len || opened.size.is_some_and(|s| received > s) {
                        return Err(protocol(format!(
                            "the server reports {received} bytes received, more than were sent"
                        )));
                    }
                    if received > offset {
                        failures = 0;
                    }
                    offset = received;
                    break;
                }
                Err(next) if next.is_retryable() => err = next,
                Err(next) => return Err(next),
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Body streams

/// A request body from `stream` that reports each piece to the tracker as it is sent.
fn counted<S>(stream: S, tracker: &Arc<Tracker>, index: usize) -> reqwest::Body
where
    S: Stream<Item = Result<Bytes, io::Error>> + Send + 'static,
{
    let tracker = tracker.clone();
    reqwest::Body::wrap_stream(
        stream.inspect_ok(move |piece| tracker.add(index, piece.len() as u64)),
    )
}

/// Bytes in pieces of [`READ_SIZE`], so progress moves as they are sent. No copies.
fn bytes_stream(bytes: Bytes) -> impl Stream<Item = Result<Bytes, io::Error>> + Send + 'static {
    let pieces = bytes.len().div_ceil(READ_SIZE);
    stream::iter((0..pieces).map(move |i| {
        let end = ((i + 1) * READ_SIZE).min(bytes.len());
        Ok(bytes.slice(i * READ_SIZE..end))
    }))
}

fn record(slot: &FailureSlot, err: &io::Error) -> io::Error {
    *slot.lock().unwrap_or_else(|e| e.into_inner()) =
        Some(io::Error::new(err.kind(), err.to_string()));
    io::Error::new(err.kind(), err.to_string())
}

/// `len` bytes of the file at `path` from `offset`, opened when first polled.
fn file_stream(
    path: PathBuf,
    offset: u64,
    len: u64,
    failure: FailureSlot,
) -> impl Stream<Item = Result<Bytes, io::Error>> + Send + 'static {
    struct State {
        path: PathBuf,
        file: Option<tokio::fs::File>,
        offset: u64,
        remaining: u64,
        failure: FailureSlot,
    }
    async fn read(state: &mut State) -> io::Result<Bytes> {
        if state.file.is_none() {
            let mut file = tokio::fs::File::open(&state.path).await?;
            file.seek(io::SeekFrom::Start(state.offset)).await?;
            state.file = Some(file);
        }
        let want = usize::try_from(state.remaining)
            .unwrap_or(READ_SIZE)
            .min(READ_SIZE);
        let mut buffer = BytesMut::with_capacity(want);
        let file = state
            .file
            .as_mut()
            .ok_or_else(|| io::Error::other("file not open"))?;
        while buffer.len() < want {
            if file.read_buf(&mut buffer).await? == 0 {
                break;
            }
        }
        if buffer.is_empty() {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "the file became shorter during the upload",
            ));
        }
        state.remaining -= buffer.len() as u64;
        Ok(buffer.freeze())
    }
    let state = State {
        path,
        file: None,
        offset,
        remaining: len,
        failure,
    };
    stream::unfold(Some(state), |state| async move {
        let mut state = state?;
        if state.remaining == 0 {
            return None;
        }
        match read(&mut state).await {
            Ok(piece) => Some((Ok(piece), Some(state))),
            Err(err) => Some((Err(record(&state.failure, &err)), None)),
        }
    })
}

/// A whole reader; with a declared size, it must produce exactly that many bytes.
fn reader_stream(
    reader: Box<dyn AsyncRead + Send + Unpin>,
    size: Option<u64>,
    failure: FailureSlot,
) -> impl Stream<Item = Result<Bytes, io::Error>> + Send + 'static {
    struct State {
        reader: Box<dyn AsyncRead + Send + Unpin>,
        sent: u64,
        size: Option<u64>,
        failure: FailureSlot,
    }
    async fn read(state: &mut State) -> io::Result<Option<Bytes>> {
        let mut buffer = BytesMut::with_capacity(READ_SIZE);
        let read = state.reader.read_buf(&mut buffer).await?;
        state.sent += read as u64;
        match state.size {
            Some(size) if state.sent > size || (read == 0 && state.sent < size) => {
                Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("the reader's length differs from its declared size {size}"),
                ))
            }
            _ if read == 0 => Ok(None),
            _ => Ok(Some(buffer.freeze())),
        }
    }
    let state = State {
        reader,
        sent: 0,
        size,
        failure,
    };
    stream::unfold(Some(state), |state| async move {
        let mut state = state?;
        match read(&mut state).await {
            Ok(Some(piece)) => Some((Ok(piece), Some(state))),
            Ok(None) => None,
            Err(err) => Some((Err(record(&state.failure, &err)), None)),
        }
    })
}

// ---------------------------------------------------------------------------------------------
// MIME types

/// The MIME type Google Photos expects for a file name's extension, for the photo and video
/// formats it accepts; `application/octet-stream` otherwise (the server then sniffs).
pub fn guess_mime_type(file_name: &str) -> &'static str {
    let extension = match file_name.rsplit_once('.') {
        Some((_, ext)) => ext.to_ascii_lowercase(),
        None => return "application/octet-stream",
    };
    match extension.as_str() {
        "jpg" | "jpeg" | "jpe" | "jfif" => "image/jpeg",
        "png" => "image/png",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "heic" => "image/heic",
        "heif" => "image/heif",
        "avif" => "image/avif",
        "bmp" => "image/bmp",
        "tif" | "tiff" => "image/tiff",
        "ico" => "image/vnd.microsoft.icon",
        "arw" => "image/x-sony-arw",
        "cr2" => "image/x-canon-cr2",
        "crw" => "image/x-canon-crw",
        "dng" => "image/x-adobe-dng",
        "nef" => "image/x-nikon-nef",
        "nrw" => "image/x-nikon-nrw",
        "orf" => "image/x-olympus-orf",
        "raf" => "image/x-fuji-raf",
        "rw2" => "image/x-panasonic-rw2",
        "srw" => "image/x-samsung-srw",
        "mp4" => "video/mp4",
        "m4v" => "video/x-m4v",
        "mov" | "qt" => "video/quicktime",
        "avi" => "video/x-msvideo",
        "3gp" => "video/3gpp",
        "3g2" => "video/3gpp2",
        "mkv" => "video/x-matroska",
        "webm" => "video/webm",
        "mpg" | "mpeg" => "video/mpeg",
        "mts" | "m2ts" | "m2t" | "ts" => "video/mp2t",
        "wmv" => "video/x-ms-wmv",
        "asf" => "video/x-ms-asf",
        "flv" => "video/x-flv",
        "divx" => "video/divx",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mime_types_from_names() {
        assert_eq!(guess_mime_type("IMG_0001.JPG"), "image/jpeg");
        assert_eq!(guess_mime_type("clip.final.MOV"), "video/quicktime");
        assert_eq!(guess_mime_type("notes.txt"), "application/octet-stream");
        assert_eq!(guess_mime_type("no_extension"), "application/octet-stream");
        assert_eq!(guess_mime_type(""), "application/octet-stream");
    }

    #[test]
    fn chunks_are_multiples_of_the_granularity() {
        assert_eq!(chunk_len(8 << 20, 256 << 10), 8 << 20);
        assert_eq!(chunk_len((8 << 20) + 5, 256 << 10), 8 << 20);
        assert_eq!(chunk_len(1, 256 << 10), 256 << 10);
    }

    #[test]
    fn progress_adds_and_resets() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        let tracker = Tracker::new(
            Some(Arc::new(move |p: Progress| log.lock().unwrap().push(p))),
            vec![Some(10), Some(5)],
        );
        tracker.add(0, 4);
        tracker.add(1, 5);
        tracker.set(0, 2);
        let last = *seen.lock().unwrap().last().unwrap();
        assert_eq!((last.index, last.sent, last.overall_sent), (0, 2, 7));
        assert_eq!(last.overall_total, Some(15));
    }

    #[tokio::test]
    async fn readers_resend_within_the_current_chunk_only() {
        let data: Vec<u8> = (0..100u8).collect();
        let mut state = ReaderState::new(Box::new(std::io::Cursor::new(data)));
        let (a, end) = state.range(0, 40, "r").await.unwrap();
        assert_eq!((a.len(), end), (40, false));
        let (b, _) = state.range(30, 40, "r").await.unwrap();
        assert_eq!(b[0], 30);
        let (c, end) = state.range(70, 40, "r").await.unwrap();
        assert_eq!((c.len(), end), (30, true));
        assert!(state.range(10, 40, "r").await.is_err());
    }
}
