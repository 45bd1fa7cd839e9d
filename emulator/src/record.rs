//! The request log, scripted replies and upload faults: the test-facing side of the
//! emulator. None of this is Google behaviour; it lets a client's tests see exactly what
//! went on the wire and provoke the failures Google documents clients must survive
//! (interrupted uploads, <https://developers.google.com/photos/library/guides/resumable-uploads#resume-upload>,
//! and retryable 5xx answers, <https://developers.google.com/photos/library/guides/best-practices#error-handling>).

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use axum::body::Body;
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, Response, StatusCode};

use crate::query;

/// One request as it arrived.
#[derive(Clone, Debug)]
pub struct Recorded {
    /// The HTTP method.
    pub method: Method,
    /// The path exactly as sent, percent-encoding intact.
    pub path: String,
    /// The raw query string without the `?` (empty when there was none).
    pub query: String,
    /// The request headers.
    pub headers: HeaderMap,
    /// The body bytes received (for an upload cut by [`crate::Emulator::cut_upload_at`], the
    /// bytes before the cut).
    pub body: Vec<u8>,
    /// The Discovery method id the method and path route to, e.g. `photoslibrary.albums.list`
    /// or `photospicker.sessions.create`; `None` for what is not an API method (uploads, base
    /// URLs, the picker page and the emulator's own hooks) and for unknown paths.
    pub method_id: Option<String>,
}

impl Recorded {
    /// The path's segments after the leading `/`, each percent-decoded (so an id containing an
    /// escaped `/` stays one segment).
    pub fn decoded_segments(&self) -> Vec<String> {
        self.path
            .trim_start_matches('/')
            .split('/')
            .map(|s| query::percent_decode(s, false))
            .collect()
    }

    /// The query's `(name, value)` pairs, form-decoded, in the order sent.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        query::pairs(&self.query)
    }

    /// The body parsed as JSON (`Value::Null` when it is empty or not JSON).
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or(serde_json::Value::Null)
    }

    /// The first value of a header, when present and valid UTF-8.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// A scripted answer for the next request, whatever it is (see [`crate::Emulator::reply`]).
#[derive(Clone, Debug)]
pub struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    /// A JSON answer with this status and body (sent as given, not validated).
    pub fn json(status: u16, body: impl Into<String>) -> Reply {
        Reply {
            status,
            headers: vec![(
                "content-type".into(),
                "application/json; charset=UTF-8".into(),
            )],
            body: body.into().into_bytes(),
        }
    }

    /// A plain-text answer with this status and body.
    pub fn text(status: u16, body: impl Into<String>) -> Reply {
        Reply {
            status,
            headers: vec![("content-type".into(), "text/plain; charset=UTF-8".into())],
            body: body.into().into_bytes(),
        }
    }

    /// An answer of any bytes with this status and content type.
    pub fn bytes(status: u16, content_type: impl Into<String>, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status,
            headers: vec![("content-type".into(), content_type.into())],
            body: body.into(),
        }
    }

    /// Adds a header (a `content-type` given here replaces the default one).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Reply {
        let name = name.into();
        if name.eq_ignore_ascii_case("content-type") {
            self.headers
                .retain(|(n, _)| !n.eq_ignore_ascii_case("content-type"));
        }
        self.headers.push((name, value.into()));
        self
    }

    pub(crate) fn into_response(self) -> Response<Body> {
        let mut resp = Response::new(Body::from(self.body));
        // An out-of-range status would make no sense on the wire; 500 says "the script was wrong".
        *resp.status_mut() =
            StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        for (n, v) in self.headers {
            if let (Ok(n), Ok(v)) = (HeaderName::try_from(n), HeaderValue::try_from(v)) {
                resp.headers_mut().append(n, v);
            }
        }
        resp
    }
}

/// One request to a resumable upload session (or the `start` that opened it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChunkLog {
    /// The session id (the `upload_id` of the session URL).
    pub session: String,
    /// The `X-Goog-Upload-Command` header as sent, e.g. `upload, finalize`.
    pub command: String,
    /// The `X-Goog-Upload-Offset` sent (0 when absent).
    pub offset: u64,
    /// How many body bytes arrived.
    pub len: u64,
    /// Whether [`crate::Emulator::cut_upload_at`] dropped the connection during this request.
    pub cut: bool,
}

#[derive(Default)]
pub(crate) struct Recorder {
    requests: Mutex<Vec<Recorded>>,
    replies: Mutex<VecDeque<Reply>>,
    pub(crate) cut_at: Mutex<Option<u64>>,
    /// How many bytes of the next base-URL body are sent before its connection is dropped.
    pub(crate) cut_download_after: Mutex<Option<u64>>,
    pub(crate) fail_chunk: Mutex<Option<usize>>,
    pub(crate) chunks_with_bytes: AtomicUsize,
    pub(crate) chunk_log: Mutex<Vec<ChunkLog>>,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
}

impl Recorder {
    pub(crate) fn record(&self, r: Recorded) {
        self.requests.lock().expect("request log poisoned").push(r);
    }
    pub(crate) fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().expect("request log poisoned").clone()
    }
    pub(crate) fn clear(&self) {
        self.requests.lock().expect("request log poisoned").clear();
    }
    pub(crate) fn push_reply(&self, r: Reply) {
        self.replies
            .lock()
            .expect("reply queue poisoned")
            .push_back(r);
    }
    pub(crate) fn next_reply(&self) -> Option<Reply> {
        self.replies
            .lock()
            .expect("reply queue poisoned")
            .pop_front()
    }
    pub(crate) fn log_chunk(&self, c: ChunkLog) {
        self.chunk_log.lock().expect("chunk log poisoned").push(c);
    }
    /// Takes the one-shot cut if this request's bytes `[start, end)` reach it.
    pub(crate) fn take_cut(&self, start: u64, end: u64) -> Option<u64> {
        let mut cut = self.cut_at.lock().expect("fault lock poisoned");
        match *cut {
            Some(at) if at >= start && at <= end => cut.take(),
            _ => None,
        }
    }
    pub(crate) fn cut_pending(&self) -> Option<u64> {
        *self.cut_at.lock().expect("fault lock poisoned")
    }
    /// Counts a cut upload request that carried bytes: it is one of the requests
    /// [`crate::Emulator::fail_upload_chunk`] counts, though the cut, not the 503, ends it.
    pub(crate) fn count_cut_chunk(&self) {
        self.chunks_with_bytes.fetch_add(1, Ordering::SeqCst);
    }

    /// Counts an upload request that carried bytes; true when it is the one to fail.
    pub(crate) fn should_fail_chunk(&self) -> bool {
        let n = self.chunks_with_bytes.fetch_add(1, Ordering::SeqCst);
        let mut fail = self.fail_chunk.lock().expect("fault lock poisoned");
        if *fail == Some(n) {
            *fail = None;
            true
        } else {
            false
        }
    }
    pub(crate) fn enter_upload(&self) -> InFlight<'_> {
        let now = self.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        self.max_in_flight.fetch_max(now, Ordering::SeqCst);
        InFlight(self)
    }
    pub(crate) fn max_in_flight(&self) -> usize {
        self.max_in_flight.load(Ordering::SeqCst)
    }
}

/// Counts an upload request as in flight until dropped, however its handling ends.
pub(crate) struct InFlight<'a>(&'a Recorder);

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}
