//! The two upload protocols on the wire: raw in one request, resumable in chunks.

use super::*;

pub(super) async fn upload_opened(
    core: &rt::internal::Core,
    opened: &mut Opened,
    settings: &Settings,
    tracker: &Arc<Tracker>,
    index: usize,
) -> Result<String, UploadError> {
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
        upload_resumable(core, opened, settings, tracker, index).await
    } else {
        upload_raw(core, opened, tracker, index).await
    }
}

/// The upload endpoint, parsed: chunk URLs are joined to it and must keep its origin.
pub(super) fn uploads_url(core: &rt::internal::Core) -> Result<Url, UploadError> {
    Url::parse(&format!("{}{UPLOADS_PATH}", core.root_url()))
        .map_err(|e| invalid(format!("could not form the upload URL: {e}")))
}

/// Sets a header of an upload request; the values are numbers, protocol words and a MIME
/// type checked when the input was opened.
pub(super) fn set_header(
    request: &mut Request,
    name: &str,
    value: impl Into<String>,
) -> Result<(), UploadError> {
    request
        .headers
        .insert(name, value)
        .map_err(|e| invalid(e.to_string()))
}

/// Where a body stream records a read failure, so that it is reported as the input's I/O
/// error rather than as the transport error the HTTP client sees.
pub(super) type FailureSlot = Arc<Mutex<Option<io::Error>>>;

pub(super) fn take_failure(slot: &FailureSlot) -> Option<io::Error> {
    slot.lock().unwrap_or_else(|e| e.into_inner()).take()
}

/// Whether to try again after `err` (having waited as the client's retry policy says):
/// only a transient failure of a request is; a failing input or protocol never is.
pub(super) async fn again(retry: &mut rt::internal::Retrier, err: &UploadError) -> bool {
    match err {
        UploadError::Api(api) => retry.again(api).await,
        _ => false,
    }
}

pub(super) async fn upload_raw(
    core: &rt::internal::Core,
    opened: &mut Opened,
    tracker: &Arc<Tracker>,
    index: usize,
) -> Result<String, UploadError> {
    let url = uploads_url(core)?;
    let mut retry = core.retrier(true, UPLOAD_SCOPES);
    loop {
        tracker.set(index, 0);
        let failure = FailureSlot::default();
        let (body, replayable) = match &mut opened.data {
            Data::File(path) => {
                let stream =
                    file_stream(path.clone(), 0, opened.size.unwrap_or(0), failure.clone());
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
        let mut request = Request::new(Method::Post, url.as_str()).with_body(body);
        set_header(&mut request, "content-type", "application/octet-stream")?;
        set_header(&mut request, UPLOAD_CONTENT_TYPE, opened.mime_type.as_str())?;
        set_header(&mut request, UPLOAD_PROTOCOL, "raw")?;
        if let Some(size) = opened.size {
            set_header(&mut request, "content-length", size.to_string())?;
        }
        // No timeout: sending the whole input in one request takes as long as it takes.
        let result = match core.send_raw(request, UPLOAD_SCOPES, None).await {
            Ok(response) => read_token(response).await,
            Err(err) => Err(UploadError::from(err)),
        };
        let err = match (result, take_failure(&failure)) {
            (_, Some(io)) => return Err(io_error(&opened.what, io)),
            (Ok(token), None) => return Ok(token),
            (Err(err), None) => err,
        };
        if !replayable || !again(&mut retry, &err).await {
            return Err(err);
        }
        tracing::debug!(error = %err, "raw upload failed; sending it again");
    }
}

/// The upload token in a final response's body.
pub(super) async fn read_token(mut response: Response) -> Result<String, UploadError> {
    let mut body = Vec::new();
    while let Some(chunk) = response.body.chunk().await.map_err(Error::Transport)? {
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
    url: Url,
    granularity: u64,
}

pub(super) fn header<'a>(response: &'a Response, name: &str) -> Option<&'a str> {
    response.headers.get(name)
}

pub(super) async fn start_session(
    core: &rt::internal::Core,
    opened: &Opened,
) -> Result<Session, UploadError> {
    let url = uploads_url(core)?;
    let mut retry = core.retrier(true, UPLOAD_SCOPES);
    loop {
        let mut request = Request::new(Method::Post, url.as_str());
        set_header(&mut request, "content-length", "0")?;
        set_header(&mut request, UPLOAD_COMMAND, "start")?;
        set_header(&mut request, UPLOAD_CONTENT_TYPE, opened.mime_type.as_str())?;
        set_header(&mut request, UPLOAD_PROTOCOL, "resumable")?;
        if let Some(size) = opened.size {
            set_header(&mut request, UPLOAD_RAW_SIZE, size.to_string())?;
        }
        match core.send_raw(request, UPLOAD_SCOPES, core.timeout()).await {
            Ok(response) => return session_of(&url, &response),
            Err(err) if retry.again(&err).await => continue,
            Err(err) => return Err(err.into()),
        }
    }
}

pub(super) fn session_of(start_url: &Url, response: &Response) -> Result<Session, UploadError> {
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
    Ok(Session { url, granularity })
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

pub(super) async fn query(
    core: &rt::internal::Core,
    session: &Session,
) -> Result<Standing, UploadError> {
    let mut request = Request::new(Method::Post, session.url.as_str());
    set_header(&mut request, "content-length", "0")?;
    set_header(&mut request, UPLOAD_COMMAND, "query")?;
    let response = core
        .send_raw(request, UPLOAD_SCOPES, core.timeout())
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
) -> Result<Chunk, UploadError> {
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

pub(super) async fn upload_resumable(
    core: &rt::internal::Core,
    opened: &mut Opened,
    settings: &Settings,
    tracker: &Arc<Tracker>,
    index: usize,
) -> Result<String, UploadError> {
    tracker.set(index, 0);
    let session = start_session(core, opened).await?;
    let max = chunk_len(settings.chunk_size, session.granularity);
    let mut retry = core.retrier(true, UPLOAD_SCOPES);
    let mut offset = 0_u64;
    loop {
        tracker.set(index, offset);
        let failure = FailureSlot::default();
        let chunk = next_chunk(opened, offset, max, tracker, index, &failure).await?;
        let command = if chunk.last {
            "upload, finalize"
        } else {
            "upload"
        };
        let mut request = Request::new(Method::Post, session.url.as_str()).with_body(chunk.body);
        set_header(&mut request, UPLOAD_COMMAND, command)?;
        set_header(&mut request, UPLOAD_OFFSET, offset.to_string())?;
        set_header(&mut request, "content-length", chunk.len.to_string())?;
        let result = match core.send_raw(request, UPLOAD_SCOPES, core.timeout()).await {
            Ok(response) if chunk.last => read_token(response).await.map(Some),
            Ok(response) => match header(&response, UPLOAD_STATUS).map(str::to_ascii_lowercase) {
                Some(status) if status == "final" => read_token(response).await.map(Some),
                _ => Ok(None),
            },
            Err(err) => Err(UploadError::from(err)),
        };
        if let Some(io) = take_failure(&failure) {
            return Err(io_error(&opened.what, io));
        }
        let mut err = match result {
            Ok(Some(token)) => {
                tracker.set(index, offset + chunk.len);
                return Ok(token);
            }
            Ok(None) => {
                offset += chunk.len;
                retry.progressed();
                continue;
            }
            Err(err) => err,
        };
        // Ask the server where it stands, and continue from there.
        loop {
            if !again(&mut retry, &err).await {
                return Err(err);
            }
            tracing::debug!(offset, error = %err, "chunk failed; querying the upload");
            match query(core, &session).await {
                Ok(Standing::Final(token)) => {
                    tracker.set(index, opened.size.unwrap_or(offset + chunk.len));
                    return Ok(token);
                }
                Ok(Standing::Active(received)) => {
                    if received > offset + chunk.len || opened.size.is_some_and(|s| received > s) {
                        return Err(protocol(format!(
                            "the server reports {received} bytes received, more than were sent"
                        )));
                    }
                    if received > offset {
                        retry.progressed();
                    }
                    offset = received;
                    break;
                }
                Err(next) => err = next,
            }
        }
    }
}
