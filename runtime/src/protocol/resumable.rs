//! The resumable upload protocol: a request opens a session, the media goes to the session
//! in chunks, and after a failure the session says how much it holds, from where the upload
//! goes on.

use url::Url;

use crate::engine::{retry_loop, Accept, Attempt, Engine, Read};
use crate::http::{Body, Headers, Method, Request, Response, StatusCode};
use crate::media::Content;
use crate::request::{prepare, Alt, CallParts};
use crate::Error;

/// Runs a resumable upload: opens the session with `call`, then sends the media from the
/// server's offset on until the server answers with the method's response, which comes back
/// whole.
///
/// The chunks are attempts of one retry loop under the call's policy: after a failure, the
/// next attempt first asks the session where it stands (`Content-Range: bytes */size`) and
/// goes on from there. An attempt after which the session holds more bytes than before made
/// progress, so the failures before it no longer count.
pub(crate) async fn upload(engine: &Engine, call: CallParts) -> Result<Response, Error> {
    let method_id = call.method.id;
    let Some(part) = &call.media else {
        return Err(Error::InvalidArgument(format!(
            "{method_id}: a resumable upload needs media"
        )));
    };
    let media = part.media.clone();
    let opening = prepare(engine, call, Alt::Json)?;
    let opened = opening.send(Read::Whole).await?;
    let session = session_url(method_id, &opening.url, &opened.headers)?;

    let mut headers = opening.headers.clone();
    for name in [
        "content-type",
        "content-length",
        "x-upload-content-type",
        "x-upload-content-length",
    ] {
        headers.remove(name);
    }
    let chunks = Chunks {
        engine,
        method_id,
        session,
        headers,
        token: opening.repeat.token,
        content_type: media.content_type.clone(),
        content: media.content.clone(),
        chunk: media
            .chunk_size
            .map_or(media.len(), |size| size as u64)
            .max(1),
    };
    // Putting bytes at an offset the session names is harmless to repeat, and takes as long as
    // the bytes need.
    let mut repeat = opening.repeat.clone();
    repeat.idempotent = true;
    repeat.transfer = true;
    // The chunks, the offset the session holds, and whether an attempt failed (after which
    // the next one first asks the session where it stands).
    let mut state = (chunks, 0, false);
    retry_loop(
        engine,
        &repeat,
        &mut state,
        |(chunks, offset, failed_before), attempt| {
            Box::pin(async move {
                if std::mem::replace(failed_before, true) {
                    match chunks.status(attempt).await? {
                        Held::Bytes(held) => *offset = held,
                        Held::Done(response) => return Ok(response),
                    }
                }
                let result = chunks.from(attempt, offset).await;
                *failed_before = result.is_err();
                result
            })
        },
    )
    .await
}

/// What the session holds after a request.
enum Held {
    /// This many bytes; the upload goes on.
    Bytes(u64),
    /// Everything: the method's response.
    Done(Response),
}

/// The chunks of one upload session.
struct Chunks<'a> {
    engine: &'a Engine,
    method_id: &'static str,
    session: String,
    headers: Headers,
    token: crate::engine::Token,
    content_type: String,
    content: Content,
    chunk: u64,
}

impl Chunks<'_> {
    /// Sends the media from `offset` on, chunk by chunk, moving `offset` as the session
    /// acknowledges them, until it answers with the method's response.
    async fn from(&self, attempt: &Attempt, offset: &mut u64) -> Result<Response, Error> {
        let total = self.content.len();
        loop {
            let end = (*offset + self.chunk).min(total);
            let range = if total == 0 {
                "bytes */0".to_string()
            } else {
                format!("bytes {}-{}/{total}", *offset, end - 1)
            };
            let body = self.content.body(*offset..end).await?;
            match self.put(attempt, range, body, end - *offset).await? {
                Held::Done(response) => return Ok(response),
                Held::Bytes(held) => {
                    if held > *offset {
                        attempt.progressed();
                    }
                    *offset = held;
                }
            }
        }
    }

    /// Asks the session how much it holds.
    async fn status(&self, attempt: &Attempt) -> Result<Held, Error> {
        let range = format!("bytes */{}", self.content.len());
        self.put(attempt, range, Body::empty(), 0).await
    }

    /// Puts `len` bytes of `body` at the place `range` names.
    async fn put(
        &self,
        attempt: &Attempt,
        range: String,
        body: Body,
        len: u64,
    ) -> Result<Held, Error> {
        let streamed = body.is_stream();
        let mut request = Request::new(Method::Put, self.session.as_str()).with_body(body);
        request.headers = self.headers.clone();
        request.method_id = Some(self.method_id);
        if streamed {
            // A body read from a file has no length of its own; without it, it would go
            // chunked.
            crate::request::set(&mut request.headers, "content-length", len.to_string());
        }
        crate::request::set(&mut request.headers, "content-range", range);
        crate::request::set(
            &mut request.headers,
            "content-type",
            self.content_type.as_str(),
        );
        let response = self
            .engine
            .send_once(
                request,
                self.token,
                Accept::SuccessOrIncomplete,
                attempt,
                Read::Whole,
            )
            .await?;
        if response.status != StatusCode::PERMANENT_REDIRECT {
            return Ok(Held::Done(response));
        }
        let held = persisted(&response.headers);
        let total = self.content.len();
        if held > total {
            return Err(Error::InvalidArgument(format!(
                "{}: the upload session reports {held} bytes of {total}",
                self.method_id
            )));
        }
        Ok(Held::Bytes(held))
    }
}

/// The session URL from the `Location` header of the response that opened it. Every chunk
/// carries the access token, so the session must be on the origin (scheme, host and port)
/// of the request that opened it: anywhere else is refused before anything is sent there.
fn session_url(method_id: &str, start: &str, headers: &Headers) -> Result<String, Error> {
    let start = Url::parse(start).ok();
    let session = headers
        .get("location")
        .and_then(|location| start.as_ref()?.join(location).ok())
        .ok_or_else(|| {
            Error::InvalidArgument(format!(
                "{method_id}: the upload session answer has no usable Location header"
            ))
        })?;
    let origin = |url: &Url| url.origin().ascii_serialization();
    match &start {
        Some(start) if session.origin() == start.origin() => Ok(session.into()),
        _ => Err(Error::InvalidArgument(format!(
            "{method_id}: the upload session is on another origin ({}) than the request that \
             opened it ({}); the token is not sent there",
            origin(&session),
            start.as_ref().map(origin).unwrap_or_default()
        ))),
    }
}

/// How many bytes the session holds, from a `308`'s `Range: bytes=0-N` (none without it).
fn persisted(headers: &Headers) -> u64 {
    headers
        .get("range")
        .and_then(|v| v.strip_prefix("bytes=0-"))
        .and_then(|last| last.trim().parse::<u64>().ok())
        .map_or(0, |last| last.saturating_add(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_elsewhere_than_the_request_that_opened_it_is_refused() {
        let start = "https://storage.googleapis.com/upload/storage/v1/b/b/o?uploadType=resumable";
        let session = |location: &str| {
            let mut headers = Headers::new();
            headers.append("location", location).unwrap();
            session_url("x.objects.insert", start, &headers)
        };
        assert_eq!(
            session("/upload/storage/v1/b/b/o?upload_id=1").unwrap(),
            "https://storage.googleapis.com/upload/storage/v1/b/b/o?upload_id=1"
        );
        assert_eq!(
            session("https://storage.googleapis.com/u?upload_id=2").unwrap(),
            "https://storage.googleapis.com/u?upload_id=2"
        );
        for elsewhere in [
            "https://attacker.example/u?upload_id=3",
            "http://storage.googleapis.com/u?upload_id=4",
            "https://storage.googleapis.com:8443/u?upload_id=5",
        ] {
            let err = session(elsewhere).unwrap_err();
            assert!(matches!(err, Error::InvalidArgument(_)), "{err:?}");
            assert!(
                err.to_string().contains("another origin")
                    && err
                        .to_string()
                        .contains(elsewhere.split("/u").next().unwrap()),
                "{err}"
            );
        }
    }

    #[test]
    fn persisted_offset_comes_from_the_range_header() {
        let mut headers = Headers::new();
        assert_eq!(persisted(&headers), 0);
        headers.insert("range", "bytes=0-262143").unwrap();
        assert_eq!(persisted(&headers), 262_144);
        headers.insert("range", "bytes=5-9").unwrap();
        assert_eq!(persisted(&headers), 0);
    }
}
