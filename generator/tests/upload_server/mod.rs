//! A local Photos upload server on 127.0.0.1, speaking raw HTTP/1.1 over tokio so that tests
//! control the connection itself (a chunk can be cut off mid-body).
//!
//! It implements what the Photos Library API does around media bytes:
//! - `POST /v1/uploads` with `X-Goog-Upload-Protocol: raw`: hashes the body, answers with an
//!   upload token;
//! - the resumable protocol on `/v1/uploads` (`start`) and on the session URL (`upload`,
//!   `upload, finalize`, `finalize`, `query`), persisting whole granules only, like Google's
//!   server; every chunk but the last must be a multiple of the granularity;
//! - `POST /v1/mediaItems:batchCreate`: creates items from known upload tokens, failing those
//!   whose file name contains `bad` with a per-item status;
//! - `POST /v1/albums`: answers with a new album (for the example program);
//! - `GET /media/<name>=<params>`: bytes put with [`UploadServer::put_media`]; unknown names
//!   answer 403, as an expired base URL does.
//!
//! Bytes are never kept, only their SHA-256 and length, so the server stays small whatever
//! is uploaded.

#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};

/// What the server received for one finished upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub token: String,
    pub sha256: [u8; 32],
    pub len: u64,
    pub mime_type: String,
    pub protocol: &'static str,
}

/// One chunk request of a resumable session, as it arrived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChunkLog {
    pub session: String,
    pub command: String,
    pub offset: u64,
    pub len: u64,
    /// Whether the server cut the connection in the middle of this chunk.
    pub cut: bool,
}

/// A request line and its headers, for assertions.
#[derive(Debug, Clone)]
pub struct Head {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
}

impl Head {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

struct Session {
    persisted: u64,
    hasher: Sha256,
    /// Bytes of an incomplete granule, persisted only when the chunk completes.
    pending: Vec<u8>,
    raw_size: Option<u64>,
    mime_type: String,
    token: Option<String>,
}

#[derive(Default)]
struct State {
    base_url: String,
    granularity: u64,
    sessions: Mutex<HashMap<String, Session>>,
    received: Mutex<Vec<Received>>,
    chunks: Mutex<Vec<ChunkLog>>,
    heads: Mutex<Vec<Head>>,
    batch_creates: Mutex<Vec<Value>>,
    /// Absolute upload offsets at which to cut the connection, each once.
    cuts: Mutex<Vec<u64>>,
    /// Chunk requests to answer with 503 after reading them, each once (by count).
    fail_chunks: Mutex<Vec<usize>>,
    chunk_count: AtomicUsize,
    media: Mutex<HashMap<String, Arc<Vec<u8>>>>,
    next_id: AtomicUsize,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
}

/// A running server; it lives as long as the test's runtime.
#[derive(Clone)]
pub struct UploadServer {
    /// `http://127.0.0.1:PORT/`
    pub base_url: String,
    state: Arc<State>,
}

impl UploadServer {
    /// Starts a server on a free port whose resumable sessions have `granularity`.
    pub async fn start(granularity: u64) -> UploadServer {
        Self::start_on("127.0.0.1:0", granularity)
            .await
            .expect("bind 127.0.0.1:0")
    }

    /// Starts a server on `addr` (e.g. `127.0.0.1:8080`).
    pub async fn start_on(addr: &str, granularity: u64) -> std::io::Result<UploadServer> {
        let listener = TcpListener::bind(addr).await?;
        let addr = listener.local_addr().expect("local address");
        let base_url = format!("http://{addr}/");
        let state = Arc::new(State {
            base_url: base_url.clone(),
            granularity,
            ..State::default()
        });
        let accept_state = state.clone();
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let state = accept_state.clone();
                tokio::spawn(async move {
                    let _ = serve(stream, state).await;
                });
            }
        });
        Ok(UploadServer { base_url, state })
    }

    /// Cuts the connection once the upload reaches absolute byte `offset` (once).
    pub fn cut_at(&self, offset: u64) {
        self.state.cuts.lock().unwrap().push(offset);
    }

    /// Answers the `n`-th chunk request (0-based, counted over the server's life) with 503.
    pub fn fail_chunk(&self, n: usize) {
        self.state.fail_chunks.lock().unwrap().push(n);
    }

    pub fn put_media(&self, name: &str, bytes: Vec<u8>) {
        self.state
            .media
            .lock()
            .unwrap()
            .insert(name.to_string(), Arc::new(bytes));
    }

    pub fn received(&self) -> Vec<Received> {
        self.state.received.lock().unwrap().clone()
    }

    pub fn chunks(&self) -> Vec<ChunkLog> {
        self.state.chunks.lock().unwrap().clone()
    }

    pub fn heads(&self) -> Vec<Head> {
        self.state.heads.lock().unwrap().clone()
    }

    pub fn batch_creates(&self) -> Vec<Value> {
        self.state.batch_creates.lock().unwrap().clone()
    }

    /// The most upload requests (raw, or resumable chunks) that were in progress at once.
    pub fn max_in_flight(&self) -> usize {
        self.state.max_in_flight.load(Ordering::SeqCst)
    }
}

pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// Deterministic pseudo-random bytes.
pub fn bytes(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

type Reader = BufReader<OwnedReadHalf>;

/// How a request body is framed.
enum Framing {
    Length(u64),
    Chunked,
}

/// Reads the body in pieces, handing each to `sink`; stops early (returning `false`) when
/// `sink` says so.
async fn read_body(
    reader: &mut Reader,
    framing: &Framing,
    mut sink: impl FnMut(&[u8]) -> bool,
) -> std::io::Result<bool> {
    let mut buf = vec![0_u8; 64 * 1024];
    match framing {
        Framing::Length(len) => {
            let mut left = *len;
            while left > 0 {
                let want = left.min(buf.len() as u64) as usize;
                let n = reader.read(&mut buf[..want]).await?;
                if n == 0 {
                    return Err(std::io::ErrorKind::UnexpectedEof.into());
                }
                left -= n as u64;
                if !sink(&buf[..n]) {
                    return Ok(false);
                }
            }
        }
        Framing::Chunked => loop {
            let mut line = String::new();
            reader.read_line(&mut line).await?;
            let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16)
                .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidData))?;
            if size == 0 {
                // Trailers end with an empty line.
                loop {
                    line.clear();
                    reader.read_line(&mut line).await?;
                    if line.trim().is_empty() {
                        break;
                    }
                }
                break;
            }
            let mut left = size;
            while left > 0 {
                let want = left.min(buf.len());
                let n = reader.read(&mut buf[..want]).await?;
                if n == 0 {
                    return Err(std::io::ErrorKind::UnexpectedEof.into());
                }
                left -= n;
                if !sink(&buf[..n]) {
                    return Ok(false);
                }
            }
            line.clear();
            reader.read_line(&mut line).await?;
        },
    }
    Ok(true)
}

struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn new(status: u16, body: impl Into<Vec<u8>>) -> Self {
        Response {
            status,
            headers: Vec::new(),
            body: body.into(),
        }
    }

    fn json(status: u16, value: &Value) -> Self {
        let mut r = Response::new(status, value.to_string());
        r.headers
            .push(("Content-Type".into(), "application/json".into()));
        r
    }

    fn header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

async fn write(writer: &mut OwnedWriteHalf, response: Response) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} X\r\nContent-Length: {}\r\n",
        response.status,
        response.body.len()
    );
    for (name, value) in &response.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    writer.write_all(head.as_bytes()).await?;
    writer.write_all(&response.body).await?;
    writer.flush().await
}

async fn serve(stream: TcpStream, state: Arc<State>) -> std::io::Result<()> {
    let (read, mut writer) = stream.into_split();
    let mut reader = BufReader::new(read);
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let mut parts = line.split_whitespace();
        let method = parts.next().unwrap_or("").to_string();
        let target = parts.next().unwrap_or("").to_string();
        let mut headers = Vec::new();
        loop {
            let mut h = String::new();
            reader.read_line(&mut h).await?;
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            if let Some((name, value)) = h.split_once(':') {
                headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
            }
        }
        let head = Head {
            method,
            target,
            headers,
        };
        state.heads.lock().unwrap().push(head.clone());
        let framing = if head
            .header("transfer-encoding")
            .is_some_and(|v| v.eq_ignore_ascii_case("chunked"))
        {
            Framing::Chunked
        } else {
            Framing::Length(
                head.header("content-length")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0),
            )
        };
        match route(&state, &head, &framing, &mut reader).await? {
            Some(response) => write(&mut writer, response).await?,
            // Cut: drop the connection with the rest of the body unread.
            None => return Ok(()),
        }
    }
}

async fn route(
    state: &Arc<State>,
    head: &Head,
    framing: &Framing,
    reader: &mut Reader,
) -> std::io::Result<Option<Response>> {
    let path = head.target.split('?').next().unwrap_or("");
    if head.method == "POST" && path == "/v1/uploads" {
        return match head.header("x-goog-upload-protocol") {
            Some("raw") => raw_upload(state, head, framing, reader).await.map(Some),
            Some("resumable") => {
                read_body(reader, framing, |_| true).await?;
                Ok(Some(start_session(state, head)))
            }
            _ => {
                read_body(reader, framing, |_| true).await?;
                Ok(Some(Response::new(400, "unknown upload protocol")))
            }
        };
    }
    if head.method == "POST" {
        if let Some(id) = path.strip_prefix("/upload-session/") {
            return session_request(state, id, head, framing, reader).await;
        }
    }
    if head.method == "POST" && path == "/v1/mediaItems:batchCreate" {
        let mut body = Vec::new();
        read_body(reader, framing, |b| {
            body.extend_from_slice(b);
            true
        })
        .await?;
        return Ok(Some(batch_create(state, &body)));
    }
    if head.method == "POST" && path == "/v1/albums" {
        let mut body = Vec::new();
        read_body(reader, framing, |b| {
            body.extend_from_slice(b);
            true
        })
        .await?;
        let request: Value = serde_json::from_slice(&body).unwrap_or_default();
        let id = new_id(state, "album");
        return Ok(Some(Response::json(
            200,
            &json!({"id": id, "title": request["album"]["title"], "isWriteable": true,
                "productUrl": format!("{}albums/{id}", state.base_url)}),
        )));
    }
    if head.method == "GET" {
        if let Some(rest) = path.strip_prefix("/media/") {
            read_body(reader, framing, |_| true).await?;
            let name = rest.split('=').next().unwrap_or("");
            let media = state.media.lock().unwrap().get(name).cloned();
            return Ok(Some(match media {
                Some(bytes) if rest.contains('=') => {
                    Response::new(200, bytes.as_slice()).header("Content-Type", "image/jpeg")
                }
                Some(_) => Response::new(400, "missing parameters"),
                None => Response::json(
                    403,
                    &json!({"error": {"code": 403, "message": "URL expired", "status": "PERMISSION_DENIED"}}),
                ),
            }));
        }
    }
    read_body(reader, framing, |_| true).await?;
    Ok(Some(Response::new(404, "not found")))
}

struct InFlight<'a>(&'a State);

impl<'a> InFlight<'a> {
    fn enter(state: &'a State) -> Self {
        let now = state.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        state.max_in_flight.fetch_max(now, Ordering::SeqCst);
        InFlight(state)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

fn new_id(state: &State, prefix: &str) -> String {
    format!("{prefix}-{}", state.next_id.fetch_add(1, Ordering::SeqCst))
}

async fn raw_upload(
    state: &Arc<State>,
    head: &Head,
    framing: &Framing,
    reader: &mut Reader,
) -> std::io::Result<Response> {
    let _in_flight = InFlight::enter(state);
    if head.header("content-type") != Some("application/octet-stream") {
        read_body(reader, framing, |_| true).await?;
        return Ok(Response::new(
            400,
            "Content-Type must be application/octet-stream",
        ));
    }
    let mut hasher = Sha256::new();
    let mut len = 0_u64;
    read_body(reader, framing, |b| {
        hasher.update(b);
        len += b.len() as u64;
        true
    })
    .await?;
    let token = new_id(state, "upload-token");
    state.received.lock().unwrap().push(Received {
        token: token.clone(),
        sha256: hasher.finalize().into(),
        len,
        mime_type: head
            .header("x-goog-upload-content-type")
            .unwrap_or("")
            .into(),
        protocol: "raw",
    });
    Ok(Response::new(200, token))
}

fn start_session(state: &Arc<State>, head: &Head) -> Response {
    if head.header("x-goog-upload-command") != Some("start") {
        return Response::new(400, "expected X-Goog-Upload-Command: start");
    }
    let id = new_id(state, "session");
    state.sessions.lock().unwrap().insert(
        id.clone(),
        Session {
            persisted: 0,
            hasher: Sha256::new(),
            pending: Vec::new(),
            raw_size: head
                .header("x-goog-upload-raw-size")
                .and_then(|v| v.parse().ok()),
            mime_type: head
                .header("x-goog-upload-content-type")
                .unwrap_or("")
                .into(),
            token: None,
        },
    );
    Response::new(200, "")
        .header("X-Goog-Upload-Status", "active")
        .header(
            "X-Goog-Upload-URL",
            format!("{}upload-session/{id}", state.base_url),
        )
        .header(
            "X-Goog-Upload-Chunk-Granularity",
            state.granularity.to_string(),
        )
}

async fn session_request(
    state: &Arc<State>,
    id: &str,
    head: &Head,
    framing: &Framing,
    reader: &mut Reader,
) -> std::io::Result<Option<Response>> {
    let command = head
        .header("x-goog-upload-command")
        .unwrap_or("")
        .to_string();
    let commands: Vec<&str> = command.split(',').map(str::trim).collect();
    if !state.sessions.lock().unwrap().contains_key(id) {
        read_body(reader, framing, |_| true).await?;
        return Ok(Some(Response::new(404, "no such session")));
    }
    if commands == ["query"] {
        read_body(reader, framing, |_| true).await?;
        let sessions = state.sessions.lock().unwrap();
        let session = &sessions[id];
        return Ok(Some(match &session.token {
            Some(token) => {
                Response::new(200, token.as_str()).header("X-Goog-Upload-Status", "final")
            }
            None => Response::new(200, "")
                .header("X-Goog-Upload-Status", "active")
                .header("X-Goog-Upload-Size-Received", session.persisted.to_string()),
        }));
    }
    let upload = commands.contains(&"upload");
    let finalize = commands.contains(&"finalize");
    if !upload && !finalize {
        read_body(reader, framing, |_| true).await?;
        return Ok(Some(Response::new(400, "unknown command")));
    }
    let _in_flight = InFlight::enter(state);
    let offset: u64 = head
        .header("x-goog-upload-offset")
        .and_then(|v| v.parse().ok())
        .unwrap_or(u64::MAX);
    let chunk_number = state.chunk_count.fetch_add(1, Ordering::SeqCst);
    let granularity = state.granularity;
    let (in_step, before) = {
        let sessions = state.sessions.lock().unwrap();
        let session = &sessions[id];
        (
            offset == session.persisted && session.token.is_none(),
            (session.hasher.clone(), session.persisted),
        )
    };
    if !in_step {
        read_body(reader, framing, |_| true).await?;
        return Ok(Some(Response::new(
            400,
            "offset does not match the bytes received",
        )));
    }
    let cut = {
        let cuts = state.cuts.lock().unwrap();
        cuts.iter().copied().find(|c| *c >= offset)
    };
    // Receive the chunk into the session, granule by granule.
    let mut len = 0_u64;
    let mut stopped = false;
    let complete = {
        let state = state.clone();
        let id = id.to_string();
        read_body(reader, framing, |piece| {
            let mut piece = piece;
            if let Some(cut) = cut {
                let room = cut.saturating_sub(offset + len) as usize;
                if room < piece.len() {
                    piece = &piece[..room];
                    stopped = true;
                }
            }
            let mut sessions = state.sessions.lock().unwrap();
            let session = sessions.get_mut(&id).expect("session exists");
            session.pending.extend_from_slice(piece);
            while session.pending.len() as u64 >= granularity {
                let granule: Vec<u8> = session.pending.drain(..granularity as usize).collect();
                session.hasher.update(&granule);
                session.persisted += granularity;
            }
            len += piece.len() as u64;
            !stopped
        })
        .await
    };
    let complete = match complete {
        Ok(complete) => complete,
        Err(e) => {
            // The client went away mid-chunk: keep whole granules only.
            if let Some(s) = state.sessions.lock().unwrap().get_mut(id) {
                s.pending.clear();
            }
            return Err(e);
        }
    };
    state.chunks.lock().unwrap().push(ChunkLog {
        session: id.to_string(),
        command: command.clone(),
        offset,
        len,
        cut: !complete,
    });
    if !complete {
        state.cuts.lock().unwrap().retain(|c| Some(*c) != cut);
        if let Some(s) = state.sessions.lock().unwrap().get_mut(id) {
            s.pending.clear();
        }
        return Ok(None);
    }
    if state.fail_chunks.lock().unwrap().contains(&chunk_number) {
        // A failed chunk is not kept.
        if let Some(s) = state.sessions.lock().unwrap().get_mut(id) {
            s.pending.clear();
            (s.hasher, s.persisted) = before;
        }
        return Ok(Some(Response::new(503, "try again")));
    }
    let mut sessions = state.sessions.lock().unwrap();
    let session = sessions.get_mut(id).expect("session exists");
    if !finalize {
        if !len.is_multiple_of(granularity) {
            return Ok(Some(Response::new(
                400,
                "a chunk other than the last must be a multiple of the granularity",
            )));
        }
        return Ok(Some(
            Response::new(200, "").header("X-Goog-Upload-Status", "active"),
        ));
    }
    let pending = std::mem::take(&mut session.pending);
    session.hasher.update(&pending);
    session.persisted += pending.len() as u64;
    if session
        .raw_size
        .is_some_and(|size| size != session.persisted)
    {
        return Ok(Some(Response::new(
            400,
            "size differs from X-Goog-Upload-Raw-Size",
        )));
    }
    let token = new_id(state, "upload-token");
    session.token = Some(token.clone());
    state.received.lock().unwrap().push(Received {
        token: token.clone(),
        sha256: session.hasher.clone().finalize().into(),
        len: session.persisted,
        mime_type: session.mime_type.clone(),
        protocol: "resumable",
    });
    Ok(Some(
        Response::new(200, token).header("X-Goog-Upload-Status", "final"),
    ))
}

fn batch_create(state: &Arc<State>, body: &[u8]) -> Response {
    let Ok(request) = serde_json::from_slice::<Value>(body) else {
        return Response::json(400, &json!({"error": {"code": 400, "message": "bad JSON"}}));
    };
    state.batch_creates.lock().unwrap().push(request.clone());
    let received = state.received.lock().unwrap().clone();
    let items = request["newMediaItems"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let results: Vec<Value> = items
        .iter()
        .map(|item| {
            let token = item["simpleMediaItem"]["uploadToken"]
                .as_str()
                .unwrap_or("");
            let name = item["simpleMediaItem"]["fileName"].as_str().unwrap_or("");
            match received.iter().find(|r| r.token == token) {
                None => json!({"uploadToken": token,
                    "status": {"code": 3, "message": "Invalid upload token"}}),
                Some(_) if name.contains("bad") => json!({"uploadToken": token,
                    "status": {"code": 3, "message": format!("Failed: {name} is not a photo")}}),
                Some(r) => {
                    let id = new_id(state, "item");
                    json!({"uploadToken": token, "status": {"message": "Success"},
                        "mediaItem": {"id": id, "filename": name, "mimeType": r.mime_type,
                            "description": item["description"],
                            "baseUrl": format!("{}media/{id}", state.base_url)}})
                }
            }
        })
        .collect();
    Response::json(200, &json!({ "newMediaItemResults": results }))
}
