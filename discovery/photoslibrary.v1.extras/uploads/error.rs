//! Why an upload, or the creation of a media item from it, failed.

use super::*;

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

pub(super) fn status_text(status: &Status) -> String {
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

/// The loop that repeats an upload's requests judges the request's error inside.
impl AttemptError for UploadError {
    fn runtime_error(&self) -> Option<&Error> {
        self.api_error()
    }

    fn map_runtime_error(self, replace: impl FnOnce(Error) -> Error) -> Self {
        match self {
            UploadError::Api(err) => match Arc::try_unwrap(err) {
                Ok(err) => UploadError::from(replace(err)),
                Err(shared) => UploadError::Api(shared),
            },
            other => other,
        }
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
}

pub(super) fn invalid(message: String) -> UploadError {
    UploadError::from(Error::InvalidArgument(message))
}

pub(super) fn protocol(message: impl Into<String>) -> UploadError {
    UploadError::Protocol(message.into())
}
