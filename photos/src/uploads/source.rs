//! Inputs: where the bytes of one upload come from, and what to create from them.

use super::*;

/// Where the bytes of one upload come from.
pub struct UploadSource {
    pub(super) kind: SourceKind,
    pub(super) file_name: Option<String>,
    pub(super) mime_type: Option<String>,
}

pub(super) enum SourceKind {
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

    /// Any reader, read as it is sent. Give `size` when known: the resumable protocol needs
    /// the size before the first byte, so a reader of unknown size is streamed in one raw
    /// request (and [`Protocol::Resumable`] refuses it). A reader cannot be rewound, so a raw
    /// upload from it is not retried, and a resumable one buffers the current chunk to
    /// resend what the server did not get.
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

    pub(super) fn describe(&self) -> String {
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
    pub(super) source: UploadSource,
    pub(super) description: Option<String>,
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
