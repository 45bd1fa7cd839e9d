//! One request made ready once and sent by every attempt: what a call becomes before the
//! retry loop, and what the protocols (uploads, downloads, batches) are built over.

use std::fmt;

use bytes::Bytes;
use futures_util::stream::{self, StreamExt};

use super::retry_loop::retry_loop;
use super::{Accept, Attempt, Engine, Read, Repeat};
use crate::api::PathPart;
use crate::http::{Body, Headers, Method, Request, Response};
use crate::media::Content;
use crate::Error;

/// A request ready to send, and how its attempts are repeated.
#[derive(Clone, Debug)]
pub(crate) struct Prepared {
    pub(crate) engine: Engine,
    /// The Discovery id of the method, for the requests of generated methods.
    pub(crate) method_id: Option<&'static str>,
    pub(crate) method: Method,
    pub(crate) url: String,
    /// The path template `url` was expanded from (empty for a URL no method describes).
    pub(crate) url_template: &'static [PathPart],
    pub(crate) headers: Headers,
    pub(crate) body: Option<Payload>,
    pub(crate) accept: Accept,
    pub(crate) repeat: Repeat,
}

impl Prepared {
    /// Sends the request once, within the attempt's time, reading what `read` says.
    pub(crate) async fn send_once(&self, attempt: &Attempt, read: Read) -> Result<Response, Error> {
        let body = match &self.body {
            None => Body::empty(),
            Some(Payload::Bytes(bytes)) => Body::from(bytes.clone()),
            // Boxed: opening the media's source is the rarer path, and its state would
            // otherwise widen every attempt's.
            Some(Payload::Media {
                head,
                content,
                tail,
            }) => Box::pin(media_body(head, content, tail)).await?,
        };
        self.engine
            .send_once(
                self.request(body),
                self.repeat.token,
                self.accept,
                attempt,
                read,
            )
            .await
    }

    /// Sends the request, attempted as the policy allows, reading what `read` says: with
    /// [`Read::Head`] the attempts cover getting the response headers (a download's).
    pub(crate) async fn send(&self, read: Read) -> Result<Response, Error> {
        retry_loop(
            &self.engine,
            &self.repeat,
            &mut (self, read),
            |(this, read), attempt| Box::pin(this.send_once(attempt, *read)),
        )
        .await
    }

    fn request(&self, body: Body) -> Request {
        let mut request = Request::new(self.method, self.url.as_str());
        request.headers = self.headers.clone();
        request.body = body;
        request.method_id = self.method_id;
        request.url_template = self.url_template;
        request
    }
}

/// What a prepared request sends: bytes, or media read from its source while it is sent,
/// made into a body anew for every attempt.
#[derive(Clone)]
pub(crate) enum Payload {
    Bytes(Bytes),
    /// Media read as it is sent, between the bytes that frame it (a multipart body's head
    /// and tail; nothing for media alone).
    Media {
        head: Bytes,
        content: Content,
        tail: Bytes,
    },
}

impl Payload {
    /// The body's length in bytes.
    pub(crate) fn len(&self) -> u64 {
        match self {
            Payload::Bytes(bytes) => bytes.len() as u64,
            Payload::Media {
                head,
                content,
                tail,
            } => head.len() as u64 + content.len() + tail.len() as u64,
        }
    }

    /// The bytes, where the whole body is in memory.
    pub(crate) fn in_memory(&self) -> Option<&Bytes> {
        match self {
            Payload::Bytes(bytes) => Some(bytes),
            Payload::Media { .. } => None,
        }
    }
}

/// A body of `content` read as it is sent, between the bytes that frame it; made anew for
/// every attempt.
async fn media_body(head: &Bytes, content: &Content, tail: &Bytes) -> Result<Body, Error> {
    let media = content.body(0..content.len()).await?.into_stream();
    let frame = |bytes: &Bytes| stream::iter((!bytes.is_empty()).then(|| Ok(bytes.clone())));
    Ok(Body::from_stream(
        frame(head).chain(media).chain(frame(tail)),
    ))
}

impl fmt::Debug for Payload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Payload::Bytes(bytes) => f.debug_tuple("Bytes").field(&bytes.len()).finish(),
            Payload::Media { content, .. } => f
                .debug_struct("Media")
                .field("len", &self.len())
                .field("content", content)
                .finish(),
        }
    }
}
