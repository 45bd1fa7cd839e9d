//! Sources opened for sending: size, MIME type and a way to read them again.

use super::*;

/// A source ready to send: its size, MIME type and a way to read it (again).
pub(super) struct Opened {
    pub(super) data: Data,
    pub(super) size: Option<u64>,
    pub(super) mime_type: String,
    pub(super) file_name: Option<String>,
    pub(super) what: String,
}

pub(super) enum Data {
    File(PathBuf),
    Bytes(Bytes),
    Reader(ReaderState),
}

pub(super) async fn open(source: UploadSource) -> Result<Opened, Error> {
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
    // It goes into a header of the upload request: check it can.
    Headers::new()
        .insert(UPLOAD_CONTENT_TYPE, mime_type.as_str())
        .ok()
        .filter(|_| !mime_type.trim().is_empty())
        .ok_or_else(|| invalid(format!("{what}: {mime_type:?} is not a usable MIME type")))?;
    Ok(Opened {
        data,
        size,
        mime_type,
        file_name,
        what,
    })
}

/// A reader and the chunk of it still needed: the resumable protocol may ask to resend any
/// part of the chunk in flight, never anything before it.
pub(super) struct ReaderState {
    pub(super) reader: Option<Box<dyn AsyncRead + Send + Unpin>>,
    buffer: Bytes,
    buffer_start: u64,
    eof: bool,
}

impl ReaderState {
    pub(super) fn new(reader: Box<dyn AsyncRead + Send + Unpin>) -> Self {
        ReaderState {
            reader: Some(reader),
            buffer: Bytes::new(),
            buffer_start: 0,
            eof: false,
        }
    }

    /// Up to `max` bytes from `offset`, and whether the reader ends right after them.
    pub(super) async fn range(
        &mut self,
        offset: u64,
        max: u64,
        what: &str,
    ) -> Result<(Bytes, bool), Error> {
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
