//! How a call goes on the wire, by what it carries: JSON (or nothing) and media in one
//! request, media through a resumable session, or a download. Each protocol is built over
//! the request `request::prepare` makes and the engine's one retry loop.

mod download;
mod resumable;

use crate::engine::{Engine, Read};
use crate::http::Response;
use crate::request::{prepare, Alt, CallParts, UploadProtocol};
use crate::Error;

pub(crate) use download::download;

/// Sends `call` and returns the whole answer (its body read).
pub(crate) async fn send(engine: &Engine, call: CallParts) -> Result<Response, Error> {
    let resumable = call
        .media
        .as_ref()
        .is_some_and(|part| part.protocol == UploadProtocol::Resumable);
    if resumable {
        // Boxed: the session's state is large, and every other call would carry its room.
        return Box::pin(resumable::upload(engine, call)).await;
    }
    prepare(engine, call, Alt::Json)?.send(Read::Whole).await
}
