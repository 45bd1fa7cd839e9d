//! Media: the content a call uploads ([`Media`]) and the content a download delivers
//! ([`Download`]).

use std::fmt;

use bytes::Bytes;

mod download;

pub use download::Download;

/// Chunks of a resumable upload other than the last must be multiples of this.
pub const CHUNK_GRANULARITY: usize = 256 * 1024;

/// Content to upload: the bytes and their MIME type.
///
/// Held in memory so that a retried upload can send it again.
#[derive(Clone)]
pub struct Media {
    pub(crate) data: Bytes,
    pub(crate) content_type: String,
    pub(crate) chunk_size: Option<usize>,
}

impl Media {
    /// Media of the given MIME type, e.g. `image/jpeg`.
    pub fn new(data: impl Into<Bytes>, content_type: impl Into<String>) -> Self {
        Media {
            data: data.into(),
            content_type: content_type.into(),
            chunk_size: None,
        }
    }

    /// For resumable uploads: sends the media in chunks of `bytes` (rounded up to a multiple
    /// of 256 KiB), each acknowledged by the server, so an interruption costs at most one
    /// chunk. Without it the media goes in one request (which still resumes from the
    /// server's offset after a failure).
    pub fn chunk_size(mut self, bytes: usize) -> Self {
        let chunks = bytes.div_ceil(CHUNK_GRANULARITY).max(1);
        self.chunk_size = Some(chunks.saturating_mul(CHUNK_GRANULARITY));
        self
    }

    /// Size in bytes.
    pub fn len(&self) -> usize {
        self.data.len()
    }

    /// Whether there are no bytes.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// The MIME type.
    pub fn content_type(&self) -> &str {
        &self.content_type
    }
}

impl fmt::Debug for Media {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Media")
            .field("len", &self.data.len())
            .field("content_type", &self.content_type)
            .field("chunk_size", &self.chunk_size)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_sizes_are_whole_granules() {
        let media = |n| Media::new(&b""[..], "a/b").chunk_size(n).chunk_size;
        assert_eq!(media(1), Some(CHUNK_GRANULARITY));
        assert_eq!(media(CHUNK_GRANULARITY), Some(CHUNK_GRANULARITY));
        assert_eq!(media(CHUNK_GRANULARITY + 1), Some(2 * CHUNK_GRANULARITY));
        assert_eq!(media(0), Some(CHUNK_GRANULARITY));
    }
}
