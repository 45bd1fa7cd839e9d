//! How a call goes on the wire, by what it carries: JSON (or nothing) and media in one
//! request, media through a resumable session, or a download. Each protocol is built over
//! the request `request::prepare` makes and the engine's one retry loop.

mod download;
mod resumable;

use bytes::Bytes;
use futures_util::future;
use tracing::Span;

use crate::engine::{Engine, Read};
use crate::http::{Headers, Response, StatusCode};
use crate::request::{prepare, Alt, CallParts, UploadProtocol};
use crate::{trace, BoxFuture, Error};

pub(crate) use download::download;

/// The whole answer to a call: its body read.
pub(crate) struct Answer {
    pub(crate) status: StatusCode,
    pub(crate) headers: Headers,
    pub(crate) body: Bytes,
}

/// Sends `call` inside its `span` and returns the whole answer. Not generic, and boxed, so
/// that each response type adds only its decoding to a crate.
///
/// The request is made ready before the future is polled, and each way of sending is a
/// future of its own, so that the box holds the prepared request and what sends it, not
/// also the call it came from or the room of a protocol it does not use.
pub(crate) fn send(
    engine: Engine,
    call: CallParts,
    span: Span,
) -> BoxFuture<'static, Result<Answer, Error>> {
    let resumable = call
        .media
        .as_ref()
        .is_some_and(|part| part.protocol == UploadProtocol::Resumable);
    if resumable {
        return trace::in_call_span(span, async move {
            let response = resumable::upload(&engine, call).await?;
            whole(response).await
        });
    }
    match prepare(&engine, call, Alt::Json) {
        Ok(prepared) => trace::in_call_span(span, async move {
            let response = prepared.send(Read::Whole).await?;
            whole(response).await
        }),
        Err(err) => trace::in_call_span(span, future::ready(Err(err))),
    }
}

async fn whole(response: Response) -> Result<Answer, Error> {
    let body = response.body.bytes().await.map_err(Error::Transport)?;
    Ok(Answer {
        status: response.status,
        headers: response.headers,
        body,
    })
}
