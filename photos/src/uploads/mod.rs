//! Uploading media bytes, and creating media items from files in one call.
//!
//! Hand-written rather than generated: the Discovery document describes
//! `mediaItems.batchCreate` but not the upload endpoint it needs.
//!
//! The Photos Library API creates media in two steps. First the bytes go to
//! `POST https://photoslibrary.googleapis.com/v1/uploads`, which answers with an *upload
//! token*; then `mediaItems.batchCreate` turns upload tokens into media items.
//!
//! - [`Uploads::upload`] does the first step for one input (a path, bytes or any
//!   [`AsyncRead`]) and returns the upload token. Small inputs (and readers of unknown
//!   size) go in one *raw* request; large ones use the *resumable* protocol, in chunks that
//!   resume from where the server stands after a dropped connection or a server error.
//! - [`Uploads::create_from_files`] does both steps for many inputs: uploads with bounded
//!   concurrency, `batchCreate` in batches of at most 50, optionally into an album, and one
//!   result per input, in input order.
//!
//! Bodies are streamed from their source and never held whole in memory; progress (bytes
//! sent, per input and overall) is reported to a callback.
//!
//! ```no_run
//! # async fn example(client: google_photos::library::Client) {
//! use google_photos::uploads::NewMedia;
//! use google_photos::LibraryExt as _;
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
//!
//! Needs the cargo feature `uploads` (a default feature). Every failure is the crate's
//! [`Error`]: a failed request's runtime error ([`Error::Api`]), a failing input
//! ([`Error::Io`]), an item `batchCreate` refused ([`Error::ItemFailed`]) or a server that
//! broke the upload protocol ([`Error::Protocol`]).

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use bytes::{Bytes, BytesMut};
use futures_util::stream::{self, Stream, StreamExt, TryStreamExt};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncSeekExt};
use url::Url;

use crate::error::{invalid, io_error, protocol};
use crate::library::types::{
    AlbumPosition, AlbumPositionPosition, BatchCreateMediaItemsRequest, MediaItem, NewMediaItem,
    SimpleMediaItem,
};
use crate::library::Client;
use crate::limits;
use crate::rt;
use crate::rt::engine::{Attempt, AttemptError, Engine, RawRequest};
use crate::rt::http::{Body, Headers, Method, Response};
use crate::Error;

// The public API, re-exported here.
mod mime;
mod options;
mod requests;
mod source;

// The steps a call goes through once its inputs are checked.
mod body;
mod opened;
mod sending;

pub use mime::*;
pub use options::*;
pub use requests::*;
pub use source::*;

use body::*;
use opened::*;
use sending::*;

/// Path of the upload endpoint below the root URL.
const UPLOADS_PATH: &str = "v1/uploads";

/// Scopes a token for uploads is asked for.
static UPLOAD_SCOPES: &[&str] = &[crate::library::scopes::PHOTOSLIBRARY_APPENDONLY];

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

const UPLOAD_PROTOCOL: &str = "x-goog-upload-protocol";
const UPLOAD_CONTENT_TYPE: &str = "x-goog-upload-content-type";
const UPLOAD_COMMAND: &str = "x-goog-upload-command";
const UPLOAD_RAW_SIZE: &str = "x-goog-upload-raw-size";
const UPLOAD_OFFSET: &str = "x-goog-upload-offset";
const UPLOAD_URL: &str = "x-goog-upload-url";
const UPLOAD_GRANULARITY: &str = "x-goog-upload-chunk-granularity";
const UPLOAD_STATUS: &str = "x-goog-upload-status";
const UPLOAD_SIZE_RECEIVED: &str = "x-goog-upload-size-received";

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
