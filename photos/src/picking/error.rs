//! What a failed call of the picking flow means, by the step that made it.

use std::sync::Arc;

use crate::rt;
use crate::rt::http::StatusCode;
use crate::Error;

/// What a failed call was doing, which decides what its error means.
#[derive(Clone, Copy, Debug)]
pub(super) enum Step<'a> {
    /// `sessions.create`.
    Create,
    /// A call about the session with this id.
    Session(&'a str),
}

/// The error of a call made during `step`, told apart by the answer's canonical code (the
/// status name Google sends; the HTTP status where a body has none).
pub(super) fn from_call(step: Step<'_>, err: rt::Error) -> Error {
    let code = err.api_error().and_then(|e| e.status_name.as_deref());
    let status = err.status();
    match step {
        Step::Create
            if code == Some("RESOURCE_EXHAUSTED")
                || (code.is_none() && status == Some(StatusCode::TOO_MANY_REQUESTS)) =>
        {
            Error::TooManySessions {
                source: Arc::new(err),
            }
        }
        // `sessions.get`: "If the session exists but access to the session has expired,
        // a `PERMISSION_DENIED` error is returned."
        Step::Session(id)
            if matches!(code, Some("NOT_FOUND" | "PERMISSION_DENIED"))
                || (code.is_none() && status == Some(StatusCode::NOT_FOUND)) =>
        {
            Error::SessionExpired {
                session_id: id.to_string(),
                source: Arc::new(err),
            }
        }
        Step::Session(id) if code == Some("FAILED_PRECONDITION") => Error::NotReady {
            session_id: id.to_string(),
            source: Arc::new(err),
        },
        _ => Error::from(err),
    }
}
