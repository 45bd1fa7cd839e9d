//! What can go wrong while picking, each case with what a caller needs to act on it.

use crate::rt::http::StatusCode;
use crate::rt::media::DownloadError;
use crate::Error;

/// Why a step of the picking flow failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PickingError {
    /// The user had not finished picking when the session stopped waiting: the server's
    /// `pollingConfig.timeoutIn` ran out, or the caller's [`max_wait`](super::Wait::max_wait).
    /// The session is still open: wait again, or delete it.
    #[error("the user did not finish picking in session {session_id} (waited {waited:?})")]
    NotPicked {
        /// The session waited on.
        session_id: String,
        /// How long this wait polled.
        waited: std::time::Duration,
    },
    /// The session can no longer be used: access to it has expired (`expireTime` passed:
    /// 403 `PERMISSION_DENIED`), or it does not exist for this user, e.g. because it was
    /// deleted (404 `NOT_FOUND`). Create a new one.
    #[error("picking session {session_id} has expired or no longer exists")]
    Expired {
        /// The session asked for.
        session_id: String,
        /// The server's answer.
        source: Box<Error>,
    },
    /// Media items were asked for before the user finished picking (`FAILED_PRECONDITION`):
    /// wait for `mediaItemsSet` first.
    #[error("the user has not finished picking in session {session_id} yet")]
    NotReady {
        /// The session asked for.
        session_id: String,
        /// The server's answer (400 `FAILED_PRECONDITION`).
        source: Box<Error>,
    },
    /// The app has too many open sessions for this user (`RESOURCE_EXHAUSTED`); Google
    /// asks apps to delete each session once done with it.
    #[error("too many open picking sessions for this user; delete finished ones")]
    TooManySessions {
        /// The server's answer (429 `RESOURCE_EXHAUSTED`).
        source: Box<Error>,
    },
    /// The server's answer lacked a field the flow needs (e.g. a session without `id`).
    #[error("the server's {what} has no `{field}`")]
    Incomplete {
        /// What was read, e.g. "session".
        what: &'static str,
        /// The missing field, as the API spells it.
        field: &'static str,
    },
    /// Any other failure of a call, or a bad argument refused before sending.
    #[error(transparent)]
    Api(#[from] Error),
    /// A picked item's bytes could not be read or written.
    #[error(transparent)]
    Download(#[from] DownloadError),
}

/// What a failed call was doing, which decides what its error means.
#[derive(Clone, Copy, Debug)]
pub(super) enum Step<'a> {
    /// `sessions.create`.
    Create,
    /// A call about the session with this id.
    Session(&'a str),
}

impl PickingError {
    /// The error of a call made during `step`, told apart by the answer's canonical code
    /// (the status name Google sends; the HTTP status where a body has none).
    pub(super) fn from_call(step: Step<'_>, err: Error) -> Self {
        let code = err.api_error().and_then(|e| e.status_name.as_deref());
        let status = err.status();
        match step {
            Step::Create
                if code == Some("RESOURCE_EXHAUSTED")
                    || (code.is_none() && status == Some(StatusCode::TOO_MANY_REQUESTS)) =>
            {
                PickingError::TooManySessions {
                    source: Box::new(err),
                }
            }
            // `sessions.get`: "If the session exists but access to the session has expired,
            // a `PERMISSION_DENIED` error is returned."
            Step::Session(id)
                if matches!(code, Some("NOT_FOUND" | "PERMISSION_DENIED"))
                    || (code.is_none() && status == Some(StatusCode::NOT_FOUND)) =>
            {
                PickingError::Expired {
                    session_id: id.to_string(),
                    source: Box::new(err),
                }
            }
            Step::Session(id) if code == Some("FAILED_PRECONDITION") => PickingError::NotReady {
                session_id: id.to_string(),
                source: Box::new(err),
            },
            _ => PickingError::Api(err),
        }
    }

    /// The session this error is about, when it is about one.
    pub fn session_id(&self) -> Option<&str> {
        match self {
            PickingError::NotPicked { session_id, .. }
            | PickingError::Expired { session_id, .. }
            | PickingError::NotReady { session_id, .. } => Some(session_id),
            _ => None,
        }
    }
}
