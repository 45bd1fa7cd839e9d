//! The one error of every Photos call in this crate: uploads, downloads and the picking flow,
//! and the calls of both clients, which convert into it with `?`.

use std::io;
use std::sync::Arc;
use std::time::Duration;

use crate::library::types::Status;
use crate::rt;
use crate::rt::engine::AttemptError;
use crate::rt::http::StatusCode;

/// A result whose error is this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a Photos call failed.
///
/// A call of either client fails with the runtime's error, which converts into
/// [`Error::Api`] with `?`; the helpers of this crate fail with the cases below, each with
/// what a caller needs to act on it. [`api_error`](Self::api_error) and
/// [`status`](Self::status) find the runtime's error (and the HTTP status) wherever a case
/// keeps one.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A call failed, or was refused before sending (`rt::Error::InvalidArgument`): the
    /// runtime's error, with the server's status and error body. Shared by every input of a
    /// `mediaItems.batchCreate` that failed as a whole.
    #[error(transparent)]
    Api(Arc<rt::Error>),
    /// Reading an input or writing bytes failed.
    #[error("{what}: {source}")]
    Io {
        /// The input or destination, e.g. its path.
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
    /// A base URL was refused (HTTP 403, 404 or 410), which is how an expired one answers:
    /// base URLs are valid for about 60 minutes. Read the item again for a fresh one.
    #[error("the URL has expired or is no longer valid (HTTP {status}); read the item again for a fresh one")]
    UrlExpired {
        /// The HTTP status.
        status: u16,
        /// The server's answer.
        source: Arc<rt::Error>,
    },
    /// The user had not finished picking when the session stopped waiting: the server's
    /// `pollingConfig.timeoutIn` ran out, or the caller's
    /// [`max_wait`](crate::picking::Wait::max_wait). The session is still open: wait again,
    /// or delete it.
    #[error("the user did not finish picking in session {session_id} (waited {waited:?})")]
    NotPicked {
        /// The session waited on.
        session_id: String,
        /// How long this wait polled.
        waited: Duration,
    },
    /// The picking session can no longer be used: access to it has expired (`expireTime`
    /// passed: 403 `PERMISSION_DENIED`), or it does not exist for this user, e.g. because it
    /// was deleted (404 `NOT_FOUND`). Create a new one.
    #[error("picking session {session_id} has expired or no longer exists")]
    SessionExpired {
        /// The session asked for.
        session_id: String,
        /// The server's answer.
        source: Arc<rt::Error>,
    },
    /// Picked items were asked for before the user finished picking
    /// (`FAILED_PRECONDITION`): wait for `mediaItemsSet` first.
    #[error("the user has not finished picking in session {session_id} yet")]
    NotReady {
        /// The session asked for.
        session_id: String,
        /// The server's answer (400 `FAILED_PRECONDITION`).
        source: Arc<rt::Error>,
    },
    /// The app has too many open picking sessions for this user (`RESOURCE_EXHAUSTED`);
    /// Google asks apps to delete each session once done with it.
    #[error("too many open picking sessions for this user; delete finished ones")]
    TooManySessions {
        /// The server's answer (429 `RESOURCE_EXHAUSTED`).
        source: Arc<rt::Error>,
    },
    /// The server's answer lacked a field the flow needs (e.g. a session without `id`).
    #[error("the server's {what} has no `{field}`")]
    Incomplete {
        /// What was read, e.g. "session".
        what: &'static str,
        /// The missing field, as the API spells it.
        field: &'static str,
    },
}

impl From<rt::Error> for Error {
    fn from(err: rt::Error) -> Self {
        Error::Api(Arc::new(err))
    }
}

impl Error {
    /// The runtime's error inside: the failed call's, whatever the case.
    pub fn api_error(&self) -> Option<&rt::Error> {
        match self {
            Error::Api(err)
            | Error::UrlExpired { source: err, .. }
            | Error::SessionExpired { source: err, .. }
            | Error::NotReady { source: err, .. }
            | Error::TooManySessions { source: err } => Some(err),
            _ => None,
        }
    }

    /// The HTTP status of the failed call, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        self.api_error().and_then(rt::Error::status)
    }

    /// The per-item status `batchCreate` returned, if this is one.
    pub fn item_status(&self) -> Option<&Status> {
        match self {
            Error::ItemFailed(status) => Some(status),
            _ => None,
        }
    }

    /// The picking session this error is about, when it is about one.
    pub fn session_id(&self) -> Option<&str> {
        match self {
            Error::NotPicked { session_id, .. }
            | Error::SessionExpired { session_id, .. }
            | Error::NotReady { session_id, .. } => Some(session_id),
            _ => None,
        }
    }
}

/// The loop that repeats this crate's requests judges the runtime's error inside.
impl AttemptError for Error {
    fn runtime_error(&self) -> Option<&rt::Error> {
        match self {
            Error::Api(err) => Some(err),
            _ => None,
        }
    }

    fn map_runtime_error(self, replace: impl FnOnce(rt::Error) -> rt::Error) -> Self {
        match self {
            Error::Api(err) => match Arc::try_unwrap(err) {
                Ok(err) => Error::from(replace(err)),
                Err(shared) => Error::Api(shared),
            },
            other => other,
        }
    }
}

fn status_text(status: &Status) -> String {
    format!(
        "code {}: {}",
        status.code.unwrap_or_default(),
        status.message.as_deref().unwrap_or("no message")
    )
}

pub(crate) fn invalid(message: String) -> Error {
    Error::from(rt::Error::InvalidArgument(message))
}

#[cfg(feature = "uploads")]
pub(crate) fn protocol(message: impl Into<String>) -> Error {
    Error::Protocol(message.into())
}

#[cfg(any(feature = "uploads", feature = "downloads"))]
pub(crate) fn io_error(what: &str, source: io::Error) -> Error {
    Error::Io {
        what: what.to_string(),
        source,
    }
}
