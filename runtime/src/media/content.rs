//! Where the bytes of [`Media`](super::Media) come from: memory, or a file read while it is
//! sent. Every attempt of an upload asks for the range it sends, so a retried or resumed
//! upload of a file reads the file again instead of keeping what it sent.

use std::io::SeekFrom;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::{Bytes, BytesMut};
use futures_util::stream::{self, Stream};
use tokio::io::{AsyncReadExt, AsyncSeekExt};

use crate::http::Body;
use crate::Error;

/// How much of a file one piece holds: the most a file upload holds in memory at a time,
/// besides what the transport buffers.
const READ_SIZE: usize = 256 * 1024;

#[derive(Clone)]
pub(crate) enum Content {
    Memory(Bytes),
    File(Arc<FileContent>),
}

pub(crate) struct FileContent {
    pub(crate) path: PathBuf,
    /// The length when the media was made; the upload announces it, so a file that changes
    /// length meanwhile fails the upload rather than sending something else.
    pub(crate) len: u64,
}

impl Content {
    pub(crate) fn len(&self) -> u64 {
        match self {
            Content::Memory(bytes) => bytes.len() as u64,
            Content::File(file) => file.len,
        }
    }

    /// The bytes in memory, where the content is there; a file's are not.
    pub(crate) fn in_memory(&self) -> Option<&Bytes> {
        match self {
            Content::Memory(bytes) => Some(bytes),
            Content::File(_) => None,
        }
    }

    /// The bytes of `range` as a request body. A file is opened and positioned here, so a
    /// file that cannot be read fails the call before a request goes out; its bytes are
    /// read as the transport sends them.
    pub(crate) async fn body(&self, range: Range<u64>) -> Result<Body, Error> {
        match self {
            Content::Memory(bytes) => Ok(Body::from(
                bytes.slice(range.start as usize..range.end as usize),
            )),
            Content::File(file) => {
                let mut opened = tokio::fs::File::open(&file.path)
                    .await
                    .map_err(|err| unreadable(&file.path, err))?;
                let now = opened
                    .metadata()
                    .await
                    .map_err(|err| unreadable(&file.path, err))?
                    .len();
                if now != file.len {
                    return Err(Error::InvalidArgument(format!(
                        "the media file {} is {now} bytes long, where the upload announced {}",
                        file.path.display(),
                        file.len
                    )));
                }
                opened
                    .seek(SeekFrom::Start(range.start))
                    .await
                    .map_err(|err| unreadable(&file.path, err))?;
                Ok(Body::from_stream(file_pieces(
                    opened,
                    range.end - range.start,
                )))
            }
        }
    }
}

/// `len` bytes of `file` from where it stands, read in pieces of 256 KiB as they are taken:
/// a request body of a file in constant memory. A file that ends before `len` bytes fails the
/// stream (`UnexpectedEof`), which ends after its first error.
pub fn file_pieces(
    file: tokio::fs::File,
    len: u64,
) -> impl Stream<Item = std::io::Result<Bytes>> + Send + 'static {
    stream::try_unfold((file, len), |(mut file, left)| async move {
        if left == 0 {
            return Ok(None);
        }
        let want = usize::try_from(left).map_or(READ_SIZE, |left| left.min(READ_SIZE));
        let mut piece = BytesMut::with_capacity(want);
        while piece.len() < want {
            if file.read_buf(&mut piece).await? == 0 {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::UnexpectedEof,
                    "the file became shorter during the upload",
                ));
            }
        }
        Ok(Some((piece.freeze(), (file, left - want as u64))))
    })
}

impl std::fmt::Debug for Content {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Content::Memory(bytes) => f.debug_tuple("Memory").field(&bytes.len()).finish(),
            Content::File(file) => f
                .debug_struct("File")
                .field("path", &file.path)
                .field("len", &file.len)
                .finish(),
        }
    }
}

fn unreadable(path: &Path, err: std::io::Error) -> Error {
    Error::InvalidArgument(format!(
        "the media file {} could not be read: {err}",
        path.display()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_file_range_is_read_as_it_is_sent() {
        let dir = std::env::temp_dir().join(format!("rt-content-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("media.bin");
        let data: Vec<u8> = (0..(3 * READ_SIZE + 7)).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &data).unwrap();
        let file = Content::File(Arc::new(FileContent {
            path: path.clone(),
            len: data.len() as u64,
        }));
        let start = READ_SIZE as u64 - 3;
        let end = data.len() as u64 - 2;
        let body = file.body(start..end).await.unwrap();
        assert!(body.is_stream());
        let read = body.collect().await.unwrap();
        assert_eq!(&read[..], &data[start as usize..end as usize]);

        // The file changed length after the media was made: refused before anything is sent.
        std::fs::write(&path, &data[..100]).unwrap();
        let err = file.body(0..end).await.unwrap_err();
        assert!(
            matches!(&err, Error::InvalidArgument(m) if m.contains("is 100 bytes long")),
            "{err:?}"
        );

        // A file that ends before the length asked for fails the stream, which then ends.
        let short = tokio::fs::File::open(&path).await.unwrap();
        let mut pieces = std::pin::pin!(file_pieces(short, 101));
        let first = futures_util::StreamExt::next(&mut pieces).await.unwrap();
        let err = first.unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::UnexpectedEof, "{err}");
        assert!(futures_util::StreamExt::next(&mut pieces).await.is_none());

        std::fs::remove_file(&path).unwrap();
        let err = file.body(0..end).await.unwrap_err();
        assert!(
            matches!(&err, Error::InvalidArgument(m) if m.contains("media.bin")),
            "{err:?}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
