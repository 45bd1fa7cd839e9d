//! Request and response bodies, as the runtime's own types.

use std::fmt;
use std::pin::Pin;
use std::sync::Mutex;

use bytes::{Bytes, BytesMut};
use futures_util::stream::{self, Stream, StreamExt, TryStreamExt};

use super::TransportError;

/// The error a streamed request body may fail with (reading a file, say).
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

type RequestStream = Pin<Box<dyn Stream<Item = Result<Bytes, BoxError>> + Send>>;
type ResponseStream = Pin<Box<dyn Stream<Item = Result<Bytes, TransportError>> + Send>>;

/// The body of a request: nothing, bytes in memory, or a stream sent as it is produced.
pub struct Body {
    inner: BodyInner,
}

enum BodyInner {
    Empty,
    Bytes(Bytes),
    Stream(RequestStream),
}

impl Body {
    /// No body.
    pub fn empty() -> Self {
        Body {
            inner: BodyInner::Empty,
        }
    }

    /// A body read from `stream` while it is sent, e.g. a large file. It can be sent once;
    /// a request with such a body is not repeated by the runtime.
    pub fn from_stream<S, E>(stream: S) -> Self
    where
        S: Stream<Item = Result<Bytes, E>> + Send + 'static,
        E: Into<BoxError> + 'static,
    {
        Body {
            inner: BodyInner::Stream(Box::pin(stream.map_err(Into::into))),
        }
    }

    /// The bytes, for a body held in memory (`Some(&[])` when empty, `None` for a stream).
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match &self.inner {
            BodyInner::Empty => Some(&[]),
            BodyInner::Bytes(bytes) => Some(bytes),
            BodyInner::Stream(_) => None,
        }
    }

    /// The bytes of a body held in memory, or the body back when it is a stream.
    pub fn try_into_bytes(self) -> Result<Bytes, Body> {
        match self.inner {
            BodyInner::Empty => Ok(Bytes::new()),
            BodyInner::Bytes(bytes) => Ok(bytes),
            BodyInner::Stream(_) => Err(self),
        }
    }

    /// Whether the body is a stream.
    pub fn is_stream(&self) -> bool {
        matches!(self.inner, BodyInner::Stream(_))
    }

    /// The body as a stream of chunks, whatever it was made from: what a transport sends.
    pub fn into_stream(self) -> impl Stream<Item = Result<Bytes, BoxError>> + Send {
        match self.inner {
            BodyInner::Empty => stream::empty().left_stream().left_stream(),
            BodyInner::Bytes(bytes) => stream::once(async move { Ok(bytes) })
                .right_stream()
                .left_stream(),
            BodyInner::Stream(stream) => stream.right_stream(),
        }
    }

    /// The whole body: the bytes of one in memory, or a stream read to its end.
    pub async fn collect(self) -> Result<Bytes, BoxError> {
        match self.inner {
            BodyInner::Empty => Ok(Bytes::new()),
            BodyInner::Bytes(bytes) => Ok(bytes),
            BodyInner::Stream(mut stream) => {
                let mut all = BytesMut::new();
                while let Some(chunk) = stream.next().await {
                    all.extend_from_slice(&chunk?);
                }
                Ok(all.freeze())
            }
        }
    }
}

impl Default for Body {
    fn default() -> Self {
        Body::empty()
    }
}

impl From<Bytes> for Body {
    fn from(bytes: Bytes) -> Self {
        Body {
            inner: BodyInner::Bytes(bytes),
        }
    }
}

impl From<Vec<u8>> for Body {
    fn from(bytes: Vec<u8>) -> Self {
        Body::from(Bytes::from(bytes))
    }
}

impl From<String> for Body {
    fn from(text: String) -> Self {
        Body::from(Bytes::from(text))
    }
}

impl From<&'static str> for Body {
    fn from(text: &'static str) -> Self {
        Body::from(Bytes::from_static(text.as_bytes()))
    }
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.inner {
            BodyInner::Empty => f.write_str("Body(empty)"),
            BodyInner::Bytes(bytes) => write!(f, "Body({} bytes)", bytes.len()),
            BodyInner::Stream(_) => f.write_str("Body(stream)"),
        }
    }
}

/// The body of a response, read as it arrives.
pub struct ResponseBody {
    inner: ResponseInner,
}

enum ResponseInner {
    Bytes(Option<Bytes>),
    // The mutex makes the body `Sync` whatever stream a transport gives, at no cost: it is
    // only ever reached through `&mut self` (`Mutex::get_mut`), never locked.
    Stream(Mutex<ResponseStream>),
}

impl ResponseBody {
    /// No body.
    pub fn empty() -> Self {
        ResponseBody::from(Bytes::new())
    }

    /// A body that arrives as `stream`: what a transport hands back.
    pub fn from_stream<S>(stream: S) -> Self
    where
        S: Stream<Item = Result<Bytes, TransportError>> + Send + 'static,
    {
        ResponseBody {
            inner: ResponseInner::Stream(Mutex::new(Box::pin(stream))),
        }
    }

    /// The next chunk, or `None` at the end.
    pub async fn chunk(&mut self) -> Result<Option<Bytes>, TransportError> {
        match &mut self.inner {
            ResponseInner::Bytes(bytes) => Ok(bytes.take().filter(|b| !b.is_empty())),
            ResponseInner::Stream(stream) => stream_of(stream).next().await.transpose(),
        }
    }

    /// The whole body.
    pub async fn bytes(mut self) -> Result<Bytes, TransportError> {
        if let ResponseInner::Bytes(bytes) = &mut self.inner {
            return Ok(bytes.take().unwrap_or_default());
        }
        // Most bodies arrive in one chunk, which is then the body as it is, not a copy.
        let Some(first) = self.chunk().await? else {
            return Ok(Bytes::new());
        };
        let Some(second) = self.chunk().await? else {
            return Ok(first);
        };
        let mut all = BytesMut::with_capacity(first.len() + second.len());
        all.extend_from_slice(&first);
        all.extend_from_slice(&second);
        while let Some(chunk) = self.chunk().await? {
            all.extend_from_slice(&chunk);
        }
        Ok(all.freeze())
    }

    /// At most `limit` bytes of the body; a body cut short by an error keeps what arrived.
    pub(crate) async fn bytes_limited(mut self, limit: usize) -> Bytes {
        let mut body = BytesMut::new();
        while let Ok(Some(chunk)) = self.chunk().await {
            let room = limit - body.len();
            body.extend_from_slice(&chunk[..chunk.len().min(room)]);
            if body.len() >= limit {
                break;
            }
        }
        body.freeze()
    }

    /// The body as a stream of chunks.
    pub fn into_stream(self) -> impl Stream<Item = Result<Bytes, TransportError>> + Send {
        match self.inner {
            ResponseInner::Bytes(bytes) => {
                stream::iter(bytes.filter(|b| !b.is_empty()).map(Ok)).left_stream()
            }
            ResponseInner::Stream(stream) => stream
                .into_inner()
                .unwrap_or_else(|e| e.into_inner())
                .right_stream(),
        }
    }
}

fn stream_of(stream: &mut Mutex<ResponseStream>) -> &mut ResponseStream {
    stream.get_mut().unwrap_or_else(|e| e.into_inner())
}

impl Default for ResponseBody {
    fn default() -> Self {
        ResponseBody::empty()
    }
}

impl From<Bytes> for ResponseBody {
    fn from(bytes: Bytes) -> Self {
        ResponseBody {
            inner: ResponseInner::Bytes(Some(bytes)),
        }
    }
}

impl From<Vec<u8>> for ResponseBody {
    fn from(bytes: Vec<u8>) -> Self {
        ResponseBody::from(Bytes::from(bytes))
    }
}

impl From<String> for ResponseBody {
    fn from(text: String) -> Self {
        ResponseBody::from(Bytes::from(text))
    }
}

impl From<&'static str> for ResponseBody {
    fn from(text: &'static str) -> Self {
        ResponseBody::from(Bytes::from_static(text.as_bytes()))
    }
}

impl fmt::Debug for ResponseBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.inner {
            ResponseInner::Bytes(bytes) => write!(
                f,
                "ResponseBody({} bytes)",
                bytes.as_ref().map_or(0, Bytes::len)
            ),
            ResponseInner::Stream(_) => f.write_str("ResponseBody(stream)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_response_body_can_be_shared_between_threads() {
        fn sync<T: Send + Sync>() {}
        sync::<ResponseBody>();
        sync::<crate::media::Download>();
    }

    #[tokio::test]
    async fn bodies_read_the_same_from_bytes_and_streams() {
        let chunks = vec![Ok(Bytes::from_static(b"ab")), Ok(Bytes::from_static(b"c"))];
        let body = ResponseBody::from_stream(stream::iter(chunks));
        assert_eq!(body.bytes().await.unwrap(), "abc");
        let mut body = ResponseBody::from("abc");
        assert_eq!(body.chunk().await.unwrap().unwrap(), "abc");
        assert_eq!(body.chunk().await.unwrap(), None);
        assert_eq!(ResponseBody::empty().into_stream().count().await, 0);

        let request = Body::from_stream(stream::iter([
            Ok::<_, std::io::Error>(Bytes::from_static(b"x")),
            Ok(Bytes::from_static(b"y")),
        ]));
        assert!(request.is_stream() && request.as_bytes().is_none());
        assert_eq!(request.collect().await.unwrap(), "xy");
        assert_eq!(Body::from("z").as_bytes(), Some(&b"z"[..]));
    }

    #[tokio::test]
    async fn limited_reads_stop_at_the_limit_and_keep_what_arrived() {
        let chunks = vec![
            Ok(Bytes::from_static(b"abcd")),
            Err(TransportError::new(
                super::super::TransportErrorKind::Io,
                "cut",
            )),
        ];
        let body = ResponseBody::from_stream(stream::iter(chunks));
        assert_eq!(body.bytes_limited(3).await, "abc");
        let chunks = vec![
            Ok(Bytes::from_static(b"ab")),
            Err(TransportError::new(
                super::super::TransportErrorKind::Io,
                "cut",
            )),
        ];
        let body = ResponseBody::from_stream(stream::iter(chunks));
        assert_eq!(body.bytes_limited(10).await, "ab");
    }
}
