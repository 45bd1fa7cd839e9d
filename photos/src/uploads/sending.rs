//! The two upload protocols on the wire: raw in one request, resumable in chunks. Every
//! request goes through the client's engine (`rt::engine`), and the attempts of each protocol
//! are those of its retry loop.

use super::*;

pub(super) async fn upload_opened(
    engine: &Engine,
    opened: &mut Opened,
    settings: &Settings,
    tracker: &Arc<Tracker>,
    index: usize,
) -> Result<String, Error> {
    // A resumable session must state the size up front (`X-Goog-Upload-Raw-Size` is a
    // required header of the start request in Google's resumable-uploads guide), so an
    // input of unknown size can only be streamed raw.
    let resumable = match settings.protocol {
        Protocol::Raw => false,
        Protocol::Resumable if opened.size.is_none() => {
            return Err(invalid(format!(
                "{} has no known size, which the resumable protocol needs \
                 (X-Goog-Upload-Raw-Size); give the reader's size or use Protocol::Raw",
                opened.what
            )))
        }
        Protocol::Resumable => true,
        Protocol::Auto => match opened.size {
            Some(size) => size > settings.resumable_threshold,
            None => false,
        },
    };
    if resumable {
        upload_resumable(engine, opened, settings, tracker, index).await
    } else {
        upload_raw(engine, opened, tracker, index).await
    }
}

/// The upload endpoint, parsed: chunk URLs are joined to it and must keep its origin.
pub(super) fn uploads_url(engine: &Engine) -> Result<Url, Error> {
    Url::parse(&format!("{}{UPLOADS_PATH}", engine.root_url()))
        .map_err(|e| invalid(format!("could not form the upload URL: {e}")))
}

/// Where a body stream records a read failure, so that it is reported as the input's I/O
/// error rather than as the transport error the HTTP client sees.
pub(super) type FailureSlot = Arc<Mutex<Option<io::Error>>>;

pub(super) fn take_failure(slot: &FailureSlot) -> Option<io::Error> {
    slot.lock().unwrap_or_else(|e| e.into_inner()).take()
}

/// The failure of one attempt, and whether another may follow: a reader's bytes, once sent,
/// cannot be sent again.
pub(super) struct Attempted {
    err: Error,
    last: bool,
}

impl From<Error> for Attempted {
    fn from(err: Error) -> Self {
        Attempted { err, last: false }
    }
}

impl From<rt::Error> for Attempted {
    fn from(err: rt::Error) -> Self {
        Attempted::from(Error::from(err))
    }
}

impl AttemptError for Attempted {
    fn runtime_error(&self) -> Option<&rt::Error> {
        match self.last {
            true => None,
            false => self.err.runtime_error(),
        }
    }

    fn map_runtime_error(self, replace: impl FnOnce(rt::Error) -> rt::Error) -> Self {
        Attempted {
            err: self.err.map_runtime_error(replace),
            last: self.last,
        }
    }
}

/// The input in one request, sent again from its start after a transient failure when it
/// can be read again (a file or bytes; not a reader).
pub(super) async fn upload_raw(
    engine: &Engine,
    opened: &mut Opened,
    tracker: &Arc<Tracker>,
    index: usize,
) -> Result<String, Error> {
    let url = uploads_url(engine)?;
    let mut request = engine
        .request(Method::Post, url.as_str())
        .header("content-type", "application/octet-stream")
        .header(UPLOAD_CONTENT_TYPE, opened.mime_type.as_str())
        .header(UPLOAD_PROTOCOL, "raw")
        .scopes(UPLOAD_SCOPES)
        .idempotent(true)
        // Sending the whole input in one request takes as long as it takes.
        .timeout(None)
        .transfer();
    if let Some(size) = opened.size {
        request = request.header("content-length", size.to_string());
    }
    let mut state = (&request, opened, tracker, index);
    let sent = request
        .retry_loop(&mut state, |(request, opened, tracker, index), attempt| {
            Box::pin(raw_attempt(request, opened, tracker, *index, attempt))
        })
        .await;
    sent.map_err(|attempted| attempted.err)
}

async fn raw_attempt(
    request: &RawRequest,
    opened: &mut Opened,
    tracker: &Arc<Tracker>,
    index: usize,
    attempt: &Attempt,
) -> Result<String, Attempted> {
    tracker.set(index, 0);
    let failure = FailureSlot::default();
    let (body, replayable) = match &mut opened.data {
        Data::File(path) => {
            let stream = file_stream(path.clone(), 0, opened.size.unwrap_or(0), failure.clone());
            (counted(stream, tracker, index), true)
        }
        Data::Bytes(bytes) => (counted(bytes_stream(bytes.clone()), tracker, index), true),
        Data::Reader(state) => {
            let reader = state
                .reader
                .take()
                .ok_or_else(|| protocol(format!("{} was already consumed", opened.what)))?;
            let stream = reader_stream(reader, opened.size, failure.clone());
            (counted(stream, tracker, index), false)
        }
    };
    let result = match request.send_once(attempt, body).await {
        Ok(response) => read_token(response).await,
        Err(err) => Err(Error::from(err)),
    };
    match (result, take_failure(&failure)) {
        (_, Some(io)) => Err(io_error(&opened.what, io).into()),
        (Ok(token), None) => Ok(token),
        (Err(err), None) => Err(Attempted {
            err,
            last: !replayable,
        }),
    }
}

/// The upload token in a final response's body.
pub(super) async fn read_token(mut response: Response) -> Result<String, Error> {
    let mut body = Vec::new();
    while let Some(chunk) = response.body.chunk().await.map_err(rt::Error::Transport)? {
        if body.len() + chunk.len() > TOKEN_LIMIT {
            return Err(protocol(
                "the upload response is too long to be an upload token",
            ));
        }
        body.extend_from_slice(&chunk);
    }
    let token = String::from_utf8(body)
        .map_err(|_| protocol("the upload token is not text"))?
        .trim()
        .to_string();
    if token.is_empty() {
        return Err(protocol("the upload response has no upload token"));
    }
    Ok(token)
}

/// A resumable session: where chunks go and their granularity.
pub(super) struct Session {
    engine: Engine,
    url: Url,
    granularity: u64,
}

impl Session {
    /// A request to the session with its `X-Goog-Upload-Command`. Putting bytes at an offset
    /// the session names, or asking where it stands, is harmless to repeat; a chunk takes as
    /// long as its bytes need, within the client's timeout.
    fn request(&self, command: &str) -> RawRequest {
        self.engine
            .request(Method::Post, self.url.as_str())
            .header(UPLOAD_COMMAND, command)
            .scopes(UPLOAD_SCOPES)
            .idempotent(true)
            .transfer()
    }
}

pub(super) fn header<'a>(response: &'a Response, name: &str) -> Option<&'a str> {
    response.headers.get(name)
}

/// Opens a resumable session for the input.
pub(super) async fn start_session(engine: &Engine, opened: &Opened) -> Result<Session, Error> {
    let url = uploads_url(engine)?;
    let mut request = engine
        .request(Method::Post, url.as_str())
        .header("content-length", "0")
        .header(UPLOAD_COMMAND, "start")
        .header(UPLOAD_CONTENT_TYPE, opened.mime_type.as_str())
        .header(UPLOAD_PROTOCOL, "resumable")
        .scopes(UPLOAD_SCOPES)
        .idempotent(true);
    if let Some(size) = opened.size {
        request = request.header(UPLOAD_RAW_SIZE, size.to_string());
    }
    let response = request.send().await?;
    session_of(engine, &url, &response)
}

pub(super) fn session_of(
    engine: &Engine,
    start_url: &Url,
    response: &Response,
) -> Result<Session, Error> {
    let location = header(response, UPLOAD_URL)
        .ok_or_else(|| protocol("the start response has no X-Goog-Upload-URL"))?;
    let url = start_url
        .join(location)
        .map_err(|_| protocol("the start response's X-Goog-Upload-URL is not a URL"))?;
    // Chunks carry the access token: never to another origin than the API's.
    if url.origin() != start_url.origin() {
        return Err(protocol(format!(
            "the upload session is on another origin ({}) than the API ({})",
            url.origin().ascii_serialization(),
            start_url.origin().ascii_serialization()
        )));
    }
    let granularity = match header(response, UPLOAD_GRANULARITY) {
        None => DEFAULT_GRANULARITY,
        Some(text) => text
            .trim()
            .parse::<u64>()
            .ok()
            .filter(|g| *g > 0 && *g <= MAX_CHUNK_SIZE)
            .ok_or_else(|| protocol(format!("unusable chunk granularity {text:?}")))?,
    };
    Ok(Session {
        engine: engine.clone(),
        url,
        granularity,
    })
}

/// Chunk size: a multiple of the granularity, at least one granule.
pub(super) fn chunk_len(chunk_size: u64, granularity: u64) -> u64 {
    (chunk_size / granularity).max(1) * granularity
}

/// What the server reported about a session.
pub(super) enum Standing {
    /// It has the first `n` bytes.
    Active(u64),
    /// The upload is complete; the token.
    Final(String),
}

/// Asks the session how many bytes it holds, once.
pub(super) async fn query(session: &Session, attempt: &Attempt) -> Result<Standing, Error> {
    let response = session
        .request("query")
        .header("content-length", "0")
        .send_once(attempt, Body::empty())
        .await?;
    match header(&response, UPLOAD_STATUS)
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("active") => {
            let received = header(&response, UPLOAD_SIZE_RECEIVED)
                .and_then(|v| v.trim().parse::<u64>().ok())
                .ok_or_else(|| {
                    protocol("the query response has no usable X-Goog-Upload-Size-Received")
                })?;
            Ok(Standing::Active(received))
        }
        Some("final") => Ok(Standing::Final(read_token(response).await?)),
        Some(other) => Err(protocol(format!("the upload session is {other}"))),
        None => Err(protocol("the query response has no X-Goog-Upload-Status")),
    }
}

/// One chunk: its body, length and whether it is the last.
pub(super) struct Chunk {
    body: Body,
    len: u64,
    last: bool,
}

pub(super) async fn next_chunk(
    opened: &mut Opened,
    offset: u64,
    max: u64,
    tracker: &Arc<Tracker>,
    index: usize,
    failure: &FailureSlot,
) -> Result<Chunk, Error> {
    match &mut opened.data {
        Data::File(path) => {
            let size = opened.size.unwrap_or(0);
            let len = size.saturating_sub(offset).min(max);
            let stream = file_stream(path.clone(), offset, len, failure.clone());
            Ok(Chunk {
                body: counted(stream, tracker, index),
                len,
                last: offset + len >= size,
            })
        }
        Data::Bytes(bytes) => {
            let start = usize::try_from(offset)
                .unwrap_or(usize::MAX)
                .min(bytes.len());
            let len = (bytes.len() - start).min(usize::try_from(max).unwrap_or(usize::MAX));
            let slice = bytes.slice(start..start + len);
            Ok(Chunk {
                body: counted(bytes_stream(slice), tracker, index),
                len: len as u64,
                last: start + len == bytes.len(),
            })
        }
        Data::Reader(state) => {
            let (data, at_end) = state.range(offset, max, &opened.what).await?;
            let len = data.len() as u64;
            let last = match opened.size {
                Some(size) => {
                    if offset + len > size || (at_end && offset + len < size) {
                        return Err(io_error(
                            &opened.what,
                            io::Error::new(
                                io::ErrorKind::UnexpectedEof,
                                format!(
                                    "the reader's length differs from its declared size {size}"
                                ),
                            ),
                        ));
                    }
                    offset + len == size
                }
                None => at_end,
            };
            Ok(Chunk {
                body: counted(bytes_stream(data), tracker, index),
                len,
                last,
            })
        }
    }
}

/// The input in chunks to a resumable session. The chunks are the attempts of one retry loop:
/// after a failure, the next attempt asks the session how much it holds and goes on from
/// there; an attempt after which the session holds more than before made progress.
pub(super) async fn upload_resumable(
    engine: &Engine,
    opened: &mut Opened,
    settings: &Settings,
    tracker: &Arc<Tracker>,
    index: usize,
) -> Result<String, Error> {
    tracker.set(index, 0);
    let session = start_session(engine, opened).await?;
    let mut chunks = Chunks {
        max: chunk_len(settings.chunk_size, session.granularity),
        session: &session,
        opened,
        tracker,
        index,
        offset: 0,
        sent_to: 0,
        failed_before: false,
    };
    session
        .request("upload")
        .retry_loop(&mut chunks, |chunks, attempt| {
            Box::pin(chunks.attempt(attempt))
        })
        .await
}

/// What the attempts of one resumable upload share.
struct Chunks<'a> {
    session: &'a Session,
    opened: &'a mut Opened,
    tracker: &'a Arc<Tracker>,
    index: usize,
    max: u64,
    /// The bytes the session holds.
    offset: u64,
    /// The end of the last chunk sent: the session cannot hold more.
    sent_to: u64,
    failed_before: bool,
}

impl Chunks<'_> {
    async fn attempt(&mut self, attempt: &Attempt) -> Result<String, Error> {
        if std::mem::replace(&mut self.failed_before, true) {
            match query(self.session, attempt).await? {
                Standing::Final(token) => {
                    let size = self.opened.size.unwrap_or(self.sent_to);
                    self.tracker.set(self.index, size);
                    return Ok(token);
                }
                Standing::Active(received) => {
                    if received > self.sent_to || self.opened.size.is_some_and(|s| received > s) {
                        return Err(protocol(format!(
                            "the server reports {received} bytes received, more than were sent"
                        )));
                    }
                    if received > self.offset {
                        attempt.progressed();
                    }
                    self.offset = received;
                }
            }
        }
        let result = self.send(attempt).await;
        self.failed_before = result.is_err();
        result
    }

    /// Sends the chunks from the offset on, until the session answers with the token.
    async fn send(&mut self, attempt: &Attempt) -> Result<String, Error> {
        loop {
            self.tracker.set(self.index, self.offset);
            let failure = FailureSlot::default();
            let chunk = next_chunk(
                self.opened,
                self.offset,
                self.max,
                self.tracker,
                self.index,
                &failure,
            )
            .await?;
            let command = if chunk.last {
                "upload, finalize"
            } else {
                "upload"
            };
            self.sent_to = self.offset + chunk.len;
            let result = match self
                .session
                .request(command)
                .header(UPLOAD_OFFSET, self.offset.to_string())
                .header("content-length", chunk.len.to_string())
                .send_once(attempt, chunk.body)
                .await
            {
                Ok(response) if chunk.last => read_token(response).await.map(Some),
                Ok(response) => match header(&response, UPLOAD_STATUS).map(str::to_ascii_lowercase)
                {
                    Some(status) if status == "final" => read_token(response).await.map(Some),
                    _ => Ok(None),
                },
                Err(err) => Err(Error::from(err)),
            };
            if let Some(io) = take_failure(&failure) {
                return Err(io_error(&self.opened.what, io));
            }
            match result? {
                Some(token) => {
                    self.tracker.set(self.index, self.sent_to);
                    return Ok(token);
                }
                None => {
                    self.offset = self.sent_to;
                    attempt.progressed();
                }
            }
        }
    }
}
