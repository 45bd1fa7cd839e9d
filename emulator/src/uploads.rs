//! The upload endpoint, `POST /v1/uploads`.
//!
//! Raw uploads follow <https://developers.google.com/photos/library/guides/upload-media#uploading-bytes>:
//! `X-Goog-Upload-Protocol: raw`, the MIME type in `X-Goog-Upload-Content-Type`
//! (recommended; guessed from the bytes or the file name when absent), an optional
//! `X-Goog-Upload-File-Name`, the bytes as the body; the answer is the upload token as plain
//! text. The token is valid for one day.
//!
//! Resumable uploads follow <https://developers.google.com/photos/library/guides/resumable-uploads>:
//! `start` (with `X-Goog-Upload-Raw-Size`) answers `X-Goog-Upload-URL` and
//! `X-Goog-Upload-Chunk-Granularity`; requests to that URL carry `X-Goog-Upload-Command`
//! `upload`, `upload, finalize`, `finalize` or `query` and `X-Goog-Upload-Offset`. Every chunk
//! but the last must be a multiple of the granularity; an offset other than the bytes
//! received so far is refused (400) so the client must `query` and resume from
//! `X-Goog-Upload-Size-Received`; `finalize` answers the upload token with
//! `X-Goog-Upload-Status: final`. After an interrupted chunk only whole granules persist.
//! Sessions live in memory only; a session URL needs no OAuth token, as in the guide's
//! examples.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::http::{header, HeaderValue, Response, StatusCode};

use crate::errors::{ApiError, Code};
use crate::ids;
use crate::record::ChunkLog;
use crate::server::{Req, Shared};
use crate::state::{Session, TokenRec};

pub(crate) const TOKEN_VALIDITY: Duration = Duration::from_secs(24 * 60 * 60);

fn unavailable() -> ApiError {
    ApiError::new(
        Code::Unavailable,
        "The service is currently unavailable (injected fault).",
    )
}

fn guess_mime(bytes: &[u8], file_name: Option<&str>) -> String {
    if let Ok(f) = image::guess_format(bytes) {
        return f.to_mime_type().to_owned();
    }
    let ext = file_name
        .and_then(|n| n.rsplit_once('.'))
        .map(|(_, e)| e.to_ascii_lowercase());
    match ext.as_deref() {
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("png") => "image/png",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("heic") => "image/heic",
        Some("mp4" | "m4v") => "video/mp4",
        Some("mov") => "video/quicktime",
        _ => "application/octet-stream",
    }
    .to_owned()
}

fn text(status: StatusCode, body: String, headers: &[(&'static str, String)]) -> Response<Body> {
    let mut resp = Response::new(Body::from(body));
    *resp.status_mut() = status;
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=UTF-8"),
    );
    for (n, v) in headers {
        if let Ok(v) = HeaderValue::from_str(v) {
            h.insert(*n, v);
        }
    }
    resp
}

fn new_token(
    shared: &Shared,
    bytes: Vec<u8>,
    mime: String,
    file_name: Option<String>,
    protocol: &str,
) -> Result<String, ApiError> {
    shared.mutate(|store| {
        let token = store.next_id("upload", 96);
        store.tokens.push(TokenRec {
            token: token.clone(),
            sha256: ids::hex(&ids::sha256(&bytes)),
            bytes: Arc::new(bytes),
            mime_type: mime,
            file_name,
            protocol: protocol.to_owned(),
            created: shared.clock.now(),
        });
        Ok(token)
    })
}

pub(crate) fn handle(shared: &Shared, req: &Req) -> Result<Response<Body>, ApiError> {
    if let Some(sid) = req.param("upload_id") {
        return session(shared, req, sid);
    }
    let file_name = req.header("x-goog-upload-file-name").map(str::to_owned);
    let mime = req
        .header("x-goog-upload-content-type")
        .filter(|m| !m.is_empty())
        .map(str::to_owned);
    match req
        .header("x-goog-upload-protocol")
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("raw") => {
            if !req.body.is_empty() && shared.recorder.should_fail_chunk() {
                return Err(unavailable());
            }
            if req.body.is_empty() {
                return Err(ApiError::invalid("The upload has no bytes."));
            }
            let mime = mime.unwrap_or_else(|| guess_mime(&req.body, file_name.as_deref()));
            let token = new_token(shared, req.body.clone(), mime, file_name, "raw")?;
            Ok(text(StatusCode::OK, token, &[]))
        }
        Some("resumable") => {
            if req
                .header("x-goog-upload-command")
                .map(str::to_ascii_lowercase)
                .as_deref()
                != Some("start")
            {
                return Err(ApiError::invalid(
                    "A resumable upload starts with X-Goog-Upload-Command: start.",
                ));
            }
            let raw_size: u64 = req
                .header("x-goog-upload-raw-size")
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| {
                    ApiError::invalid("X-Goog-Upload-Raw-Size must be the file's size in bytes.")
                })?;
            let mime = mime.unwrap_or_else(|| guess_mime(&[], file_name.as_deref()));
            let sid = {
                let mut store = shared.lock();
                let sid = store.next_id("session", 24);
                store.sessions.insert(
                    sid.clone(),
                    Session {
                        mime_type: mime,
                        file_name,
                        raw_size,
                        data: Vec::new(),
                        token: None,
                    },
                );
                sid
            };
            shared.recorder.log_chunk(ChunkLog {
                session: sid.clone(),
                command: "start".into(),
                offset: 0,
                len: 0,
                cut: false,
            });
            let url = format!(
                "{}v1/uploads?upload_id={sid}&upload_protocol=resumable",
                shared.base_url
            );
            Ok(text(
                StatusCode::OK,
                String::new(),
                &[
                    ("x-goog-upload-url", url),
                    (
                        "x-goog-upload-chunk-granularity",
                        shared.config.granularity.to_string(),
                    ),
                    ("x-goog-upload-status", "active".into()),
                ],
            ))
        }
        _ => Err(ApiError::invalid(
            "X-Goog-Upload-Protocol must be raw or resumable.",
        )),
    }
}

fn session(shared: &Shared, req: &Req, sid: &str) -> Result<Response<Body>, ApiError> {
    let command = req
        .header("x-goog-upload-command")
        .unwrap_or_default()
        .to_owned();
    let parts: Vec<String> = command
        .split(',')
        .map(|c| c.trim().to_ascii_lowercase())
        .filter(|c| !c.is_empty())
        .collect();
    let offset_header = req.header("x-goog-upload-offset");
    let offset: Option<u64> = offset_header
        .map(|o| {
            o.parse()
                .map_err(|_| ApiError::invalid("X-Goog-Upload-Offset must be a number."))
        })
        .transpose()?;
    if !shared.lock().sessions.contains_key(sid) {
        return Err(ApiError::not_found("No such upload session."));
    }
    shared.recorder.log_chunk(ChunkLog {
        session: sid.to_owned(),
        command: command.clone(),
        offset: offset.unwrap_or(0),
        len: req.body.len() as u64,
        cut: false,
    });
    let g = shared.config.granularity;
    let status_headers = |received: u64, status: &str| {
        vec![
            ("x-goog-upload-status", status.to_owned()),
            ("x-goog-upload-size-received", received.to_string()),
            ("x-goog-upload-chunk-granularity", g.to_string()),
        ]
    };
    let (upload, finalize) = match parts
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["query"] => {
            let store = shared.lock();
            let s = &store.sessions[sid];
            let status = if s.token.is_some() { "final" } else { "active" };
            let body = s.token.clone().unwrap_or_default();
            return Ok(text(
                StatusCode::OK,
                body,
                &status_headers(s.data.len() as u64, status),
            ));
        }
        ["upload"] => (true, false),
        ["upload", "finalize"] | ["finalize", "upload"] => (true, true),
        ["finalize"] => (false, true),
        _ => {
            return Err(ApiError::invalid(format!(
                "Invalid X-Goog-Upload-Command \"{command}\"."
            )))
        }
    };
    if !req.body.is_empty() && shared.recorder.should_fail_chunk() {
        return Err(unavailable());
    }
    let mut store = shared.lock();
    let s = store.sessions.get_mut(sid).expect("session checked above");
    if let Some(token) = &s.token {
        if !upload && req.body.is_empty() {
            let token = token.clone();
            let n = s.data.len() as u64;
            return Ok(text(StatusCode::OK, token, &status_headers(n, "final")));
        }
        return Err(ApiError::invalid(
            "The upload session is already finalized.",
        ));
    }
    if !upload && !req.body.is_empty() {
        return Err(ApiError::invalid(
            "A finalize command without upload carries no bytes.",
        ));
    }
    let have = s.data.len() as u64;
    if upload || offset.is_some() {
        let Some(offset) = offset else {
            return Err(ApiError::invalid(
                "X-Goog-Upload-Offset is required with the upload command.",
            ));
        };
        if offset != have {
            return Err(ApiError::invalid(format!(
                "X-Goog-Upload-Offset {offset} is not the {have} bytes received so far; query the session and resume from X-Goog-Upload-Size-Received."
            )));
        }
    }
    let len = req.body.len() as u64;
    if upload && !finalize && !len.is_multiple_of(g) {
        return Err(ApiError::invalid(format!(
            "A chunk that is not the last must be a multiple of {g} bytes, got {len}."
        )));
    }
    if have + len > s.raw_size {
        return Err(ApiError::invalid(format!(
            "The upload exceeds its declared X-Goog-Upload-Raw-Size of {} bytes.",
            s.raw_size
        )));
    }
    s.data.extend_from_slice(&req.body);
    if !finalize {
        let n = s.data.len() as u64;
        return Ok(text(
            StatusCode::OK,
            String::new(),
            &status_headers(n, "active"),
        ));
    }
    if s.data.len() as u64 != s.raw_size {
        return Err(ApiError::invalid(format!(
            "Finalized with {} bytes, but X-Goog-Upload-Raw-Size was {}.",
            s.data.len(),
            s.raw_size
        )));
    }
    let (data, mime, name) = (s.data.clone(), s.mime_type.clone(), s.file_name.clone());
    drop(store);
    let mime = if mime == "application/octet-stream" {
        guess_mime(&data, name.as_deref())
    } else {
        mime
    };
    let n = data.len() as u64;
    let token = new_token(shared, data, mime, name, "resumable")?;
    if let Some(s) = shared.lock().sessions.get_mut(sid) {
        s.token = Some(token.clone());
    }
    Ok(text(StatusCode::OK, token, &status_headers(n, "final")))
}

/// Keeps what a cut request delivered: for a resumable chunk at the right offset, the whole
/// granules of it (what Google's server would have committed), nothing for a raw upload.
pub(crate) fn on_cut(shared: &Shared, req: &Req, start: u64) {
    let Some(sid) = req.param("upload_id") else {
        return;
    };
    let command = req
        .header("x-goog-upload-command")
        .unwrap_or_default()
        .to_owned();
    shared.recorder.log_chunk(ChunkLog {
        session: sid.to_owned(),
        command: command.clone(),
        offset: start,
        len: req.body.len() as u64,
        cut: true,
    });
    if !command.to_ascii_lowercase().contains("upload") {
        return;
    }
    let g = shared.config.granularity;
    let mut store = shared.lock();
    let Some(s) = store.sessions.get_mut(sid) else {
        return;
    };
    if s.token.is_some() || s.data.len() as u64 != start {
        return;
    }
    let room = s.raw_size.saturating_sub(start);
    let keep = (req.body.len() as u64 / g * g).min(room) as usize;
    s.data.extend_from_slice(&req.body[..keep]);
}
