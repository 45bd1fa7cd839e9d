//! The HTTP server: accepting connections, reading and recording each request, applying
//! scripted replies and faults, then handing the request to the router.
//!
//! Connections are served with hyper directly (rather than `axum::serve`) because
//! [`crate::Emulator::cut_upload_at`] must be able to drop one TCP connection in the middle
//! of a request body, which is what a network failure during an upload looks like to a
//! client (<https://developers.google.com/photos/library/guides/resumable-uploads#resume-upload>).

use std::convert::Infallible;
use std::sync::{Arc, Mutex, MutexGuard};

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, Response};
use futures_util::StreamExt as _;
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use serde::de::DeserializeOwned;
use tokio::net::TcpListener;
use tokio::sync::{watch, Notify};

use crate::base_urls::Kind;
use crate::clock::Clock;
use crate::errors::{ApiError, Code};
use crate::oauth::{self, OAuthConfig, OAuthStore};
use crate::persist;
use crate::picker::state::{PickerConfig, Sessions};
use crate::record::{Recorded, Recorder};
use crate::state::Store;
use crate::{query, routes, uploads};

pub(crate) struct Config {
    pub(crate) strict_scopes: bool,
    pub(crate) granularity: u64,
    pub(crate) data_dir: Option<std::path::PathBuf>,
    pub(crate) log_requests: bool,
    pub(crate) picker: PickerConfig,
    pub(crate) oauth: OAuthConfig,
}

/// Everything the handlers share; the public [`crate::Emulator`] is an `Arc` of this.
pub(crate) struct Shared {
    pub(crate) store: Mutex<Store>,
    /// Picking sessions. Never held together with `store`: handlers copy what they need
    /// out of one before taking the other, so the two locks cannot deadlock.
    pub(crate) picker: Mutex<Sessions>,
    /// Sign-ins, codes, grants and tokens. Taken alone too: nothing holds it while taking
    /// another lock.
    pub(crate) oauth: Mutex<OAuthStore>,
    pub(crate) clock: Clock,
    pub(crate) recorder: Recorder,
    pub(crate) config: Config,
    pub(crate) base_url: String,
    pub(crate) stop: watch::Sender<bool>,
}

impl Shared {
    pub(crate) fn lock(&self) -> MutexGuard<'_, Store> {
        self.store.lock().expect("library state lock poisoned")
    }

    pub(crate) fn picker(&self) -> MutexGuard<'_, Sessions> {
        self.picker.lock().expect("picker state lock poisoned")
    }

    pub(crate) fn oauth(&self) -> MutexGuard<'_, OAuthStore> {
        self.oauth.lock().expect("OAuth state lock poisoned")
    }

    /// Runs a change and, when it succeeds, persists the new state before answering, so a
    /// client never sees a success that a restart would forget.
    pub(crate) fn mutate<R>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<R, ApiError>,
    ) -> Result<R, ApiError> {
        let mut store = self.lock();
        let r = f(&mut store)?;
        self.persist(&store)?;
        Ok(r)
    }

    pub(crate) fn persist(&self, store: &Store) -> Result<(), ApiError> {
        let Some(dir) = &self.config.data_dir else {
            return Ok(());
        };
        persist::save(dir, store, self.clock.offset()).map_err(|e| {
            eprintln!(
                "photos-emulator: cannot save state in {}: {e}",
                dir.display()
            );
            ApiError::new(
                Code::Unavailable,
                format!("The emulator could not save its state: {e}"),
            )
        })
    }
}

/// A request after its body has been read.
pub(crate) struct Req {
    pub(crate) method: Method,
    pub(crate) path: String,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Vec<u8>,
}

impl Req {
    pub(crate) fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    }

    /// The JSON body; an empty body is the empty message, as for Google's JSON transcoding.
    pub(crate) fn json<T: DeserializeOwned>(&self) -> Result<T, ApiError> {
        let body: &[u8] = if self.body.iter().all(u8::is_ascii_whitespace) {
            b"{}"
        } else {
            &self.body
        };
        serde_json::from_slice(body)
            .map_err(|e| ApiError::invalid(format!("Invalid JSON payload received. {e}")))
    }
}

pub(crate) async fn serve(listener: TcpListener, shared: Arc<Shared>) {
    let mut stop = shared.stop.subscribe();
    loop {
        let accepted = tokio::select! {
            r = listener.accept() => r,
            _ = stop.changed() => break,
        };
        let Ok((stream, _)) = accepted else {
            // Out of file descriptors and the like: wait a little rather than spin.
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            continue;
        };
        let shared = shared.clone();
        let mut stop = shared.stop.subscribe();
        tokio::spawn(async move {
            let kill = Arc::new(Notify::new());
            let k = kill.clone();
            let svc = hyper::service::service_fn(move |req| {
                let shared = shared.clone();
                let kill = k.clone();
                async move { Ok::<_, Infallible>(handle(shared, req, kill).await) }
            });
            let conn = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), svc);
            // Dropping the connection future closes the socket mid-request: that is the cut.
            tokio::select! {
                _ = conn => {}
                _ = kill.notified() => {}
                _ = stop.changed() => {}
            }
        });
    }
}

async fn handle(shared: Arc<Shared>, req: Request<Incoming>, kill: Arc<Notify>) -> Response<Body> {
    let (parts, mut body) = req.into_parts();
    let path = parts.uri.path().to_owned();
    let raw_query = parts.uri.query().unwrap_or("").to_owned();
    let is_upload = parts.method == Method::POST && path == "/v1/uploads";
    let _in_flight = is_upload.then(|| shared.recorder.enter_upload());
    let start: u64 = parts
        .headers
        .get("x-goog-upload-offset")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);

    let mut bytes = Vec::new();
    let mut cut = None;
    let mut read_error = None;
    while let Some(frame) = body.frame().await {
        match frame {
            Ok(frame) => {
                if let Ok(data) = frame.into_data() {
                    bytes.extend_from_slice(&data);
                    if is_upload && !data.is_empty() && shared.recorder.cut_pending().is_some() {
                        if let Some(at) = shared
                            .recorder
                            .take_cut(start, start.saturating_add(bytes.len() as u64))
                        {
                            bytes.truncate((at - start) as usize);
                            cut = Some(at);
                            break;
                        }
                    }
                }
            }
            Err(e) => {
                read_error = Some(e);
                break;
            }
        }
    }
    // What is recorded and logged has the secrets taken out; the handlers see the request
    // as it came.
    let (kept_query, kept_headers, kept_body) =
        oauth::recordable(&shared, &path, &raw_query, &parts.headers, &bytes);
    if shared.config.log_requests {
        let q = if kept_query.is_empty() {
            String::new()
        } else {
            format!("?{kept_query}")
        };
        eprintln!(
            "{} {path}{q} ({} bytes){}",
            parts.method,
            bytes.len(),
            if cut.is_some() { " [cut]" } else { "" }
        );
    }
    shared.recorder.record(Recorded {
        method: parts.method.clone(),
        path: path.clone(),
        query: kept_query,
        headers: kept_headers,
        body: kept_body,
        method_id: routes::method_id(&parts.method, &path),
    });
    let req = Req {
        method: parts.method,
        path,
        query: query::pairs(&raw_query),
        headers: parts.headers,
        body: bytes,
    };
    if cut.is_some() {
        if !req.body.is_empty() {
            shared.recorder.count_cut_chunk();
        }
        uploads::on_cut(&shared, &req, start);
        kill.notify_one();
        // Never answer: the connection task drops this future together with the socket.
        std::future::pending::<()>().await;
    }
    if let Some(e) = read_error {
        return ApiError::invalid(format!("Could not read the request body: {e}")).into_response();
    }
    if let Some(reply) = shared.recorder.next_reply() {
        return reply.into_response();
    }
    let response = match routes::dispatch(&shared, &req) {
        Ok(resp) => resp,
        Err(e) => e.into_response(),
    };
    let base_url = [Kind::Library, Kind::Picker].iter().any(|kind| {
        req.path
            .strip_prefix('/')
            .is_some_and(|p| p.starts_with(kind.prefix()))
    });
    if req.method == Method::GET && base_url && response.status().is_success() {
        let cut = shared
            .recorder
            .cut_download_after
            .lock()
            .expect("fault lock poisoned")
            .take();
        if let Some(after) = cut {
            return cut_body(response, after).await;
        }
    }
    response
}

/// `response` with its length announced, but its body ending in an error after `after`
/// bytes, which makes hyper drop the connection there.
async fn cut_body(response: Response<Body>, after: u64) -> Response<Body> {
    let (mut parts, body) = response.into_parts();
    let bytes = body
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let sent = bytes.slice(..(after as usize).min(bytes.len()));
    parts.headers.insert(
        axum::http::header::CONTENT_LENGTH,
        axum::http::HeaderValue::from(bytes.len()),
    );
    // The break comes a moment after the bytes, so that the client has read them and the
    // head: closing a socket at once may reset it before the client sees anything.
    let broken = futures_util::stream::iter([Ok(sent)]).chain(futures_util::stream::once(async {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionAborted,
            "the emulator cuts this download",
        ))
    }));
    Response::from_parts(parts, Body::from_stream(broken))
}
