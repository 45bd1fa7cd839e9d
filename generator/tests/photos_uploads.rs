//! Uploads and creating media from files (the hand-written `uploads` module of the generated
//! Photos client) against a local server that implements the upload protocol.

mod support;
mod upload_server;

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use google_photoslibrary_v1::rt::auth::StaticToken;
use google_photoslibrary_v1::rt::BoxFuture;
use google_photoslibrary_v1::types::{AlbumPosition, AlbumPositionPosition};
use google_photoslibrary_v1::uploads::{NewMedia, Progress, Protocol, UploadError, UploadSource};
use google_photoslibrary_v1::Client;
use support::{Reply, TestServer};
use upload_server::{bytes, sha256, UploadServer};

const GRANULARITY: u64 = 256 * 1024;

fn client(server: &UploadServer) -> Client {
    Client::builder()
        .base_url(&server.base_url)
        .token_provider(StaticToken::new("test-token"))
        // Retries happen at once: the tests must not wait for backoff.
        .sleeper(|_: Duration| -> BoxFuture<'static, ()> { Box::pin(async {}) })
        .build()
        .expect("client builds")
}

/// A folder under the system temp folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static COUNT: AtomicU64 = AtomicU64::new(0);
        let dir = std::env::temp_dir().join(format!(
            "discogen-{name}-{}-{}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::SeqCst)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn file(&self, name: &str, contents: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, contents).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[tokio::test]
async fn raw_upload_from_a_path_arrives_intact() {
    let server = UploadServer::start(GRANULARITY).await;
    let dir = TempDir::new("raw");
    let data = bytes(3 * 1024 * 1024 + 17, 1);
    let path = dir.file("beach.JPG", &data);
    let last = Arc::new(Mutex::new(None::<Progress>));
    let seen = last.clone();

    let token = client(&server)
        .uploads()
        .upload(UploadSource::path(&path))
        .protocol(Protocol::Raw)
        .progress(move |p| *seen.lock().unwrap() = Some(p))
        .send()
        .await
        .unwrap();

    let received = server.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].token, token);
    assert_eq!(received[0].protocol, "raw");
    assert_eq!(received[0].sha256, sha256(&data));
    assert_eq!(received[0].mime_type, "image/jpeg");
    let head = &server.heads()[0];
    assert_eq!(head.header("x-goog-upload-protocol"), Some("raw"));
    assert_eq!(
        head.header("content-type"),
        Some("application/octet-stream")
    );
    assert_eq!(head.header("authorization"), Some("Bearer test-token"));
    let last = last.lock().unwrap().expect("progress reported");
    assert_eq!(
        (last.sent, last.total),
        (data.len() as u64, Some(data.len() as u64))
    );
}

#[tokio::test]
async fn raw_upload_from_bytes_and_from_a_reader() {
    let server = UploadServer::start(GRANULARITY).await;
    let client = client(&server);
    let data = bytes(700_001, 2);
    let token = client
        .uploads()
        .upload(UploadSource::bytes(data.clone()).mime_type("video/mp4"))
        .send()
        .await
        .unwrap();
    // A reader of unknown size, sent raw: chunked transfer encoding.
    let reader_data = bytes(500_000, 3);
    let reader_token = client
        .uploads()
        .upload(UploadSource::reader(
            std::io::Cursor::new(reader_data.clone()),
            None,
        ))
        .protocol(Protocol::Raw)
        .send()
        .await
        .unwrap();
    let received = server.received();
    let by_token = |t: &str| received.iter().find(|r| r.token == t).unwrap().clone();
    assert_eq!(by_token(&token).sha256, sha256(&data));
    assert_eq!(by_token(&token).mime_type, "video/mp4");
    assert_eq!(by_token(&reader_token).sha256, sha256(&reader_data));
    assert_eq!(
        by_token(&reader_token).mime_type,
        "application/octet-stream"
    );
}

#[tokio::test]
async fn resumable_upload_sends_granular_chunks_and_arrives_intact() {
    let server = UploadServer::start(GRANULARITY).await;
    let dir = TempDir::new("resumable");
    let data = bytes(5 * 1024 * 1024 + 123, 4);
    let path = dir.file("clip.mp4", &data);
    let token = client(&server)
        .uploads()
        .upload(path)
        .protocol(Protocol::Resumable)
        // Not a multiple of the granularity: rounded down to 1 MiB.
        .chunk_size(1024 * 1024 + 1000)
        .send()
        .await
        .unwrap();

    let received = server.received();
    assert_eq!(received.len(), 1);
    assert_eq!(
        (received[0].token.as_str(), received[0].protocol),
        (token.as_str(), "resumable")
    );
    assert_eq!(received[0].sha256, sha256(&data));
    assert_eq!(received[0].mime_type, "video/mp4");
    let chunks = server.chunks();
    assert_eq!(chunks.len(), 6);
    for (i, chunk) in chunks.iter().enumerate() {
        assert_eq!(chunk.offset, i as u64 * 1024 * 1024);
        if i < 5 {
            assert_eq!((chunk.len, chunk.command.as_str()), (1024 * 1024, "upload"));
        } else {
            assert_eq!(
                (chunk.len, chunk.command.as_str()),
                (123, "upload, finalize")
            );
        }
    }
    let start = &server.heads()[0];
    assert_eq!(start.header("x-goog-upload-command"), Some("start"));
    assert_eq!(start.header("x-goog-upload-protocol"), Some("resumable"));
    assert_eq!(
        start.header("x-goog-upload-raw-size"),
        Some(data.len().to_string().as_str())
    );
    assert_eq!(start.header("content-length"), Some("0"));
}

#[tokio::test]
async fn auto_protocol_picks_by_size() {
    let server = UploadServer::start(GRANULARITY).await;
    let client = client(&server);
    let small = client
        .uploads()
        .upload(UploadSource::bytes(bytes(1000, 5)))
        .resumable_threshold(1000)
        .send()
        .await
        .unwrap();
    let large = client
        .uploads()
        .upload(UploadSource::bytes(bytes(1001, 6)))
        .resumable_threshold(1000)
        .send()
        .await
        .unwrap();
    let received = server.received();
    let protocol = |t: &str| received.iter().find(|r| r.token == t).unwrap().protocol;
    assert_eq!(protocol(&small), "raw");
    assert_eq!(protocol(&large), "resumable");
}

#[tokio::test]
async fn a_cut_connection_resumes_from_the_reported_offset() {
    let server = UploadServer::start(GRANULARITY).await;
    let dir = TempDir::new("cut");
    let data = bytes(4 * 1024 * 1024 + 5, 7);
    let path = dir.file("long.mov", &data);
    // In the middle of the third 1 MiB chunk; the server keeps whole granules only.
    let cut = 2 * 1024 * 1024 + 600_000;
    server.cut_at(cut);
    let progress = Arc::new(Mutex::new(Vec::new()));
    let log = progress.clone();

    let token = client(&server)
        .uploads()
        .upload(path)
        .protocol(Protocol::Resumable)
        .chunk_size(1024 * 1024)
        .progress(move |p| log.lock().unwrap().push(p.sent))
        .send()
        .await
        .unwrap();

    let received = server.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].token, token);
    assert_eq!(
        received[0].sha256,
        sha256(&data),
        "identical bytes after resuming"
    );
    let chunks = server.chunks();
    let persisted = cut / GRANULARITY * GRANULARITY;
    let cut_chunk = chunks.iter().position(|c| c.cut).expect("a chunk was cut");
    assert_eq!(chunks[cut_chunk].offset, 2 * 1024 * 1024);
    // The next chunk starts where the server stood, not from zero or the chunk's start.
    assert_eq!(chunks[cut_chunk + 1].offset, persisted);
    assert!(chunks[cut_chunk + 1..]
        .iter()
        .all(|c| c.offset >= persisted));
    assert!(chunks.iter().filter(|c| c.offset == 0).count() == 1);
    let queries = server
        .heads()
        .iter()
        .filter(|h| h.header("x-goog-upload-command") == Some("query"))
        .count();
    assert_eq!(queries, 1);
    let progress = progress.lock().unwrap();
    assert!(
        progress.contains(&persisted),
        "progress restarts at the reported offset"
    );
    assert_eq!(*progress.last().unwrap(), data.len() as u64);
}

#[tokio::test]
async fn a_reader_resumes_within_its_buffered_chunk() {
    let server = UploadServer::start(GRANULARITY).await;
    let data = bytes(3 * 1024 * 1024 + 99, 8);
    server.cut_at(1024 * 1024 + 300_000);
    server.fail_chunk(4);
    // Unknown size: the end is found by reading, and finalized with the last chunk.
    let token = client(&server)
        .uploads()
        .upload(UploadSource::reader(
            std::io::Cursor::new(data.clone()),
            None,
        ))
        .chunk_size(1024 * 1024)
        .send()
        .await
        .unwrap();
    let received = server.received();
    assert_eq!(received[0].token, token);
    assert_eq!(received[0].sha256, sha256(&data));
    assert!(server.chunks().iter().any(|c| c.cut));
    assert_eq!(
        server.heads()[0].header("x-goog-upload-raw-size"),
        None,
        "no size is claimed for a reader of unknown size"
    );
}

#[tokio::test]
async fn a_server_error_on_a_chunk_is_recovered_by_querying() {
    let server = UploadServer::start(GRANULARITY).await;
    server.fail_chunk(1);
    let data = bytes(2 * 1024 * 1024 + 1, 9);
    let token = client(&server)
        .uploads()
        .upload(UploadSource::bytes(data.clone()))
        .protocol(Protocol::Resumable)
        .chunk_size(1024 * 1024)
        .send()
        .await
        .unwrap();
    assert_eq!(server.received()[0].token, token);
    assert_eq!(server.received()[0].sha256, sha256(&data));
    let offsets: Vec<u64> = server.chunks().iter().map(|c| c.offset).collect();
    assert_eq!(offsets, [0, 1 << 20, 1 << 20, 2 << 20]);
}

#[tokio::test]
async fn unusable_inputs_fail_before_sending() {
    let server = UploadServer::start(GRANULARITY).await;
    let client = client(&server);
    let missing = client
        .uploads()
        .upload(PathBuf::from("/definitely/not/here.jpg"))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(missing, UploadError::Io { .. }), "{missing:?}");
    let bad_mime = client
        .uploads()
        .upload(UploadSource::bytes(vec![1, 2, 3]).mime_type("image/png\r\nx: y"))
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(
            bad_mime.api_error(),
            Some(google_photoslibrary_v1::Error::InvalidArgument(_))
        ),
        "{bad_mime:?}"
    );
    assert!(server.heads().is_empty());
}

#[tokio::test]
async fn many_files_become_batches_of_fifty_in_input_order() {
    let server = UploadServer::start(GRANULARITY).await;
    let dir = TempDir::new("many");
    let mut inputs = Vec::new();
    for i in 0..120 {
        let name = if i == 37 {
            format!("bad-{i:03}.jpg")
        } else {
            format!("photo-{i:03}.jpg")
        };
        let path = dir.file(&name, &bytes(2000 + i, i as u64));
        inputs.push(NewMedia::path(path).description(format!("number {i}")));
    }
    // An input that fails its own check, before any upload.
    inputs.push(
        NewMedia::new(UploadSource::bytes(vec![0; 10]).file_name("x.jpg"))
            .description("d".repeat(1000)),
    );
    let last = Arc::new(Mutex::new(None::<Progress>));
    let seen = last.clone();

    let results = client(&server)
        .uploads()
        .create_from_files(inputs)
        .album_id("album-1")
        .album_position(AlbumPosition::default().set_position(AlbumPositionPosition::FirstInAlbum))
        .concurrency(3)
        .progress(move |p| *seen.lock().unwrap() = Some(p))
        .send()
        .await;

    assert_eq!(results.len(), 121);
    let calls = server.batch_creates();
    let sizes: Vec<usize> = calls
        .iter()
        .map(|c| c["newMediaItems"].as_array().unwrap().len())
        .collect();
    assert_eq!(sizes, [50, 50, 20]);
    assert!(calls.iter().all(|c| c["albumId"] == "album-1"));
    assert_eq!(calls[0]["albumPosition"]["position"], "FIRST_IN_ALBUM");
    // Later batches follow the last item of the previous one, keeping input order.
    let last_of_first = results[49].as_ref().unwrap().id.clone().unwrap();
    assert_eq!(calls[1]["albumPosition"]["position"], "AFTER_MEDIA_ITEM");
    assert_eq!(
        calls[1]["albumPosition"]["relativeMediaItemId"],
        last_of_first.as_str()
    );
    assert!(server.max_in_flight() <= 3, "at most 3 uploads at once");

    for (i, result) in results.iter().enumerate().take(120) {
        if i == 37 {
            let err = result.as_ref().unwrap_err();
            let status = err.item_status().expect("a per-item status");
            assert_eq!(status.code, Some(3));
            assert!(
                err.to_string().contains("bad-037.jpg is not a photo"),
                "{err}"
            );
        } else {
            let item = result.as_ref().unwrap_or_else(|e| panic!("input {i}: {e}"));
            assert_eq!(
                item.filename.as_deref(),
                Some(format!("photo-{i:03}.jpg").as_str())
            );
            assert_eq!(
                item.description.as_deref(),
                Some(format!("number {i}").as_str())
            );
        }
    }
    let too_long = results[120].as_ref().unwrap_err();
    assert!(
        too_long.to_string().contains("1000 characters"),
        "{too_long}"
    );
    let last = last.lock().unwrap().expect("progress reported");
    assert_eq!(Some(last.overall_sent), last.overall_total);
}

#[tokio::test]
async fn an_album_position_needs_an_album() {
    let server = UploadServer::start(GRANULARITY).await;
    let inputs: Vec<NewMedia> = (0..3)
        .map(|i| NewMedia::new(UploadSource::bytes(bytes(10, i)).file_name(format!("{i}.jpg"))))
        .collect();
    // A position without an album is refused for every input, before uploading.
    let results = client(&server)
        .uploads()
        .create_from_files(inputs)
        .album_position(AlbumPosition::default())
        .send()
        .await;
    assert_eq!(results.len(), 3);
    assert!(results.iter().all(|r| r.is_err()));
    assert!(server.heads().is_empty());
}

fn scripted_client(server: &TestServer) -> Client {
    Client::builder()
        .base_url(&server.base_url)
        .token_provider(StaticToken::new("test-token"))
        .sleeper(|_: Duration| -> BoxFuture<'static, ()> { Box::pin(async {}) })
        .build()
        .expect("client builds")
}

#[tokio::test]
async fn raw_uploads_of_replayable_sources_are_retried_and_readers_are_not() {
    let server = TestServer::start().await;
    let client = scripted_client(&server);
    server.reply(Reply::json(503, "{}"));
    server.reply(Reply::json(200, "token-1"));
    let data = bytes(5000, 12);
    let token = client
        .uploads()
        .upload(UploadSource::bytes(data.clone()))
        .send()
        .await
        .unwrap();
    assert_eq!(token, "token-1");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert!(
        requests.iter().all(|r| r.body == data),
        "the same bytes, sent again"
    );

    server.clear();
    server.reply(Reply::json(503, "{}"));
    let err = client
        .uploads()
        .upload(UploadSource::reader(std::io::Cursor::new(data), Some(5000)))
        .protocol(Protocol::Raw)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        err.api_error().and_then(|e| e.status()).map(|s| s.as_u16()),
        Some(503)
    );
    assert_eq!(server.requests().len(), 1, "a reader cannot be sent again");
}

#[tokio::test]
async fn a_session_on_another_origin_is_refused() {
    let server = TestServer::start().await;
    server.reply(
        Reply::json(200, "")
            .header("X-Goog-Upload-Status", "active")
            .header("X-Goog-Upload-URL", "http://attacker.invalid/session"),
    );
    let err = scripted_client(&server)
        .uploads()
        .upload(UploadSource::bytes(vec![1; 10]))
        .protocol(Protocol::Resumable)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, UploadError::Protocol(_)), "{err:?}");
    assert!(err.to_string().contains("another origin"), "{err}");
    assert_eq!(
        server.requests().len(),
        1,
        "the token never goes to the other origin"
    );
}
