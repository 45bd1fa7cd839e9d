//! Media: the content a call uploads ([`Media`]) and the content a download delivers
//! ([`Download`]).

use std::fmt;
use std::path::Path;
use std::sync::Arc;

use bytes::Bytes;

mod content;
mod download;

pub use content::file_pieces;
pub(crate) use content::Content;
use content::FileContent;
pub use download::Download;

/// Chunks of a resumable upload other than the last must be multiples of this.
pub const CHUNK_GRANULARITY: usize = 256 * 1024;

/// Content to upload: bytes in memory ([`Media::new`]) or a file ([`Media::from_file`]),
/// and their MIME type.
///
/// A retried or resumed upload sends the content again from where the server needs it: from
/// memory, or read again from the file, so a file of any size is uploaded in constant memory.
#[derive(Clone)]
pub struct Media {
    pub(crate) content: Content,
    pub(crate) content_type: String,
    pub(crate) chunk_size: Option<usize>,
}

impl Media {
    /// Media of the given MIME type, e.g. `image/jpeg`, held in memory.
    pub fn new(data: impl Into<Bytes>, content_type: impl Into<String>) -> Self {
        Media {
            content: Content::Memory(data.into()),
            content_type: content_type.into(),
            chunk_size: None,
        }
    }

    /// Media read from the file at `path` while it is sent, never held in memory whole.
    /// Its length is taken now and announced to the server; a file whose length has changed
    /// when a request of the upload is sent fails the call with
    /// [`Error::InvalidArgument`](crate::Error::InvalidArgument), as does a file that cannot
    /// be read.
    ///
    /// ```no_run
    /// # async fn example() -> std::io::Result<()> {
    /// use discogen_runtime::media::Media;
    ///
    /// let media = Media::from_file("backup.tar", "application/x-tar")
    ///     .await?
    ///     .chunk_size(16 * 1024 * 1024);
    /// # Ok(()) }
    /// ```
    pub async fn from_file(
        path: impl AsRef<Path>,
        content_type: impl Into<String>,
    ) -> std::io::Result<Self> {
        let path = path.as_ref().to_path_buf();
        let len = tokio::fs::metadata(&path).await?.len();
        Ok(Media {
            content: Content::File(Arc::new(FileContent { path, len })),
            content_type: content_type.into(),
            chunk_size: None,
        })
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
    pub fn len(&self) -> u64 {
        self.content.len()
    }

    /// Whether there are no bytes.
    pub fn is_empty(&self) -> bool {
        self.content.len() == 0
    }

    /// The MIME type.
    pub fn content_type(&self) -> &str {
        &self.content_type
    }
}

impl fmt::Debug for Media {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = match &self.content {
            Content::Memory(_) => None,
            Content::File(file) => Some(&file.path),
        };
        f.debug_struct("Media")
            .field("len", &self.content.len())
            .field("file", &file)
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
