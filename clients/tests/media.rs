//! Media upload and download of generated clients, Drive v3 (`files.create`, `files.get`)
//! and Cloud Storage v1 (`objects.insert`, `objects.get`), as generated from their real
//! Discovery documents (`generator/tests/corpus/`). The clients go to their real root URLs
//! through the runtime's mock transport (`rt::testing::MockTransport`), which answers from a
//! script and records every request; nothing reaches a network.

use futures_util::StreamExt;
use google_drive_v3 as drive;
use google_storage_v1 as storage;
use storage::rt::http::Method;
use storage::rt::testing::{MockReply, MockTransport, RecordedRequest};

/// The scripted server: answers in the order given, to whatever request comes.
#[derive(Default)]
struct Wire {
    mock: MockTransport,
}

impl Wire {
    fn reply(&self, reply: MockReply) {
        let _ = self.mock.on_any().reply(reply);
    }

    fn requests(&self) -> Vec<RecordedRequest> {
        self.mock.requests()
    }

    fn only_request(&self) -> RecordedRequest {
        let mut requests = self.requests();
        assert_eq!(requests.len(), 1, "{requests:#?}");
        requests.remove(0)
    }
}

/// A JSON answer, written as the server would send it.
fn json(status: u16, body: &str) -> MockReply {
    MockReply::bytes(status, body.to_owned(), "application/json; charset=UTF-8")
}

fn drive_client(server: &Wire) -> drive::Client {
    drive::Client::builder()
        .transport(server.mock.clone())
        .token_provider(drive::rt::auth::StaticToken::new("test-token"))
        .build()
        .expect("client builds")
}

fn storage_client(server: &Wire) -> storage::Client {
    storage::Client::builder()
        .transport(server.mock.clone())
        .token_provider(storage::rt::auth::StaticToken::new("test-token"))
        .build()
        .expect("client builds")
}

fn query_value(request: &RecordedRequest, name: &str) -> Option<String> {
    request.query_value(name)
}

/// The token went in the Authorization header, which the mock records without its value.
fn assert_authorized(request: &RecordedRequest) {
    assert!(request.is_authorized(), "{request:?}");
    assert_eq!(request.header("authorization"), Some("<redacted>"));
}

/// The parts of a `multipart/related` body: (headers, content) each.
fn multipart_parts(request: &RecordedRequest) -> Vec<(String, Vec<u8>)> {
    let content_type = request.header("content-type").expect("content type");
    let boundary = content_type
        .strip_prefix("multipart/related; boundary=")
        .unwrap_or_else(|| panic!("not multipart/related: {content_type}"));
    let delimiter = format!("--{boundary}");
    let body = &request.body;
    let mut parts = Vec::new();
    let mut positions = Vec::new();
    let mut at = 0;
    while let Some(found) = find(&body[at..], delimiter.as_bytes()) {
        positions.push(at + found);
        at += found + delimiter.len();
    }
    assert!(positions.len() >= 2, "no parts in {body:?}");
    assert_eq!(
        &body[positions[positions.len() - 1]..],
        format!("{delimiter}--\r\n").as_bytes(),
        "the body ends with the closing delimiter"
    );
    for pair in positions.windows(2) {
        let part = &body[pair[0] + delimiter.len()..pair[1]];
        let part = part.strip_prefix(b"\r\n").expect("CRLF after delimiter");
        let part = part.strip_suffix(b"\r\n").expect("CRLF before delimiter");
        let split = find(part, b"\r\n\r\n").expect("headers end");
        parts.push((
            String::from_utf8(part[..split].to_vec()).expect("ASCII headers"),
            part[split + 4..].to_vec(),
        ));
    }
    parts
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Every byte value, so that a lossy text conversion anywhere would show.
fn binary_content() -> Vec<u8> {
    (0..=255u8).cycle().take(70_000).collect()
}

#[tokio::test]
async fn drive_files_create_uploads_metadata_and_media_in_one_multipart_request() {
    let server = Wire::default();
    server.reply(json(
        200,
        r#"{"id":"file-1","name":"notes.bin","mimeType":"application/octet-stream","size":"70000"}"#,
    ));
    let content = binary_content();
    let metadata = drive::types::File::default()
        .set_name("notes.bin")
        .set_parents(["folder-1"]);
    let created = drive_client(&server)
        .files()
        .create(metadata)
        .supports_all_drives(true)
        .upload(drive::rt::media::Media::new(
            content.clone(),
            "application/octet-stream",
        ))
        .await
        .expect("upload succeeds");
    assert_eq!(created.id.as_deref(), Some("file-1"));
    assert_eq!(created.size, Some(70_000));

    let request = server.only_request();
    assert_eq!(request.method, Method::Post);
    // The document's simple-upload path, absolute from the root URL.
    assert_eq!(request.path(), "/upload/drive/v3/files");
    assert_eq!(
        query_value(&request, "uploadType").as_deref(),
        Some("multipart")
    );
    assert_eq!(query_value(&request, "alt").as_deref(), Some("json"));
    assert_eq!(
        query_value(&request, "supportsAllDrives").as_deref(),
        Some("true")
    );
    assert_authorized(&request);
    let parts = multipart_parts(&request);
    assert_eq!(parts.len(), 2, "metadata and media");
    assert!(
        parts[0]
            .0
            .to_ascii_lowercase()
            .contains("content-type: application/json"),
        "{}",
        parts[0].0
    );
    let sent: serde_json::Value = serde_json::from_slice(&parts[0].1).expect("JSON metadata");
    assert_eq!(
        sent,
        serde_json::json!({"name": "notes.bin", "parents": ["folder-1"]})
    );
    assert!(
        parts[1]
            .0
            .to_ascii_lowercase()
            .contains("content-type: application/octet-stream"),
        "{}",
        parts[1].0
    );
    assert_eq!(parts[1].1, content, "media bytes arrive unchanged");
}

#[tokio::test]
async fn drive_files_get_downloads_content_as_a_stream() {
    let server = Wire::default();
    let content: String = "line of text\n".repeat(5_000);
    server.reply(MockReply::bytes(200, content.clone(), "text/plain"));
    let mut download = drive_client(&server)
        .files()
        .get("file/1 ?")
        .acknowledge_abuse(true)
        .download()
        .await
        .expect("download starts");
    assert_eq!(download.content_type(), Some("text/plain"));
    let mut received = Vec::new();
    while let Some(chunk) = download.chunk().await.expect("chunk") {
        received.extend_from_slice(&chunk);
    }
    assert_eq!(received, content.as_bytes());

    let request = server.only_request();
    assert_eq!(request.method, Method::Get);
    assert_eq!(request.path(), "/drive/v3/files/file%2F1%20%3F");
    assert_eq!(query_value(&request, "alt").as_deref(), Some("media"));
    assert_eq!(
        query_value(&request, "acknowledgeAbuse").as_deref(),
        Some("true")
    );
    assert_eq!(query_value(&request, "uploadType"), None);
}

#[tokio::test]
async fn drive_files_get_send_still_returns_metadata() {
    let server = Wire::default();
    server.reply(json(200, r#"{"id":"file-1","name":"a.txt"}"#));
    let file = drive_client(&server)
        .files()
        .get("file-1")
        .send()
        .await
        .expect("metadata");
    assert_eq!(file.name.as_deref(), Some("a.txt"));
    let request = server.only_request();
    assert_eq!(request.path(), "/drive/v3/files/file-1");
    assert_eq!(query_value(&request, "alt").as_deref(), Some("json"));
}

#[tokio::test]
async fn storage_objects_insert_uploads_to_the_upload_path_with_path_arguments() {
    let server = Wire::default();
    server.reply(json(
        200,
        r#"{"bucket":"my-bucket","name":"dir/photo.png","size":"4","generation":"1712345678901234"}"#,
    ));
    let object = storage::types::Object::default()
        .set_name("dir/photo.png")
        .set_content_type("image/png");
    let inserted = storage_client(&server)
        .objects()
        .insert("my-bucket", object)
        .if_generation_match(0)
        .upload(storage::rt::media::Media::new(&b"\x89PNG"[..], "image/png"))
        .await
        .expect("upload succeeds");
    assert_eq!(inserted.generation, Some(1_712_345_678_901_234));

    let request = server.only_request();
    assert_eq!(request.method, Method::Post);
    assert_eq!(request.path(), "/upload/storage/v1/b/my-bucket/o");
    assert_eq!(
        query_value(&request, "uploadType").as_deref(),
        Some("multipart")
    );
    assert_eq!(
        query_value(&request, "ifGenerationMatch").as_deref(),
        Some("0")
    );
    let parts = multipart_parts(&request);
    let sent: serde_json::Value = serde_json::from_slice(&parts[0].1).expect("JSON metadata");
    assert_eq!(
        sent,
        serde_json::json!({"name": "dir/photo.png", "contentType": "image/png"})
    );
    assert!(parts[1].0.contains("image/png"), "{}", parts[1].0);
    assert_eq!(parts[1].1, b"\x89PNG");
}

#[tokio::test]
async fn storage_objects_get_downloads_binary_content_unchanged() {
    let server = Wire::default();
    // Every byte value, NUL and invalid UTF-8 included.
    let content: Vec<u8> = (0..20_000u32).map(|i| (i * 7 % 256) as u8).collect();
    server.reply(MockReply::bytes(
        200,
        content.clone(),
        "application/octet-stream",
    ));
    let download = storage_client(&server)
        .objects()
        .get("my-bucket", "dir/file.bin")
        .generation(7)
        .download()
        .await
        .expect("download starts");
    let chunks: Vec<_> = download.into_stream().collect().await;
    let received: Vec<u8> = chunks
        .into_iter()
        .flat_map(|c| c.expect("chunk").to_vec())
        .collect();
    assert_eq!(received, content);

    let request = server.only_request();
    // `{object}` is a simple expansion: its slash is encoded, not a path separator.
    assert_eq!(request.path(), "/storage/v1/b/my-bucket/o/dir%2Ffile.bin");
    assert_eq!(query_value(&request, "alt").as_deref(), Some("media"));
    assert_eq!(query_value(&request, "generation").as_deref(), Some("7"));
}

#[tokio::test]
async fn invalid_media_is_refused_before_anything_is_sent() {
    let server = Wire::default();
    let err = storage_client(&server)
        .objects()
        .insert("my-bucket", storage::types::Object::default())
        .upload(storage::rt::media::Media::new(
            &b"x"[..],
            "text/plain\r\nx-injected: 1",
        ))
        .await
        .expect_err("a content type that is no header value");
    assert!(matches!(err, storage::Error::InvalidArgument(_)), "{err:?}");
    assert!(server.requests().is_empty(), "nothing reached the server");
}

#[tokio::test]
async fn download_errors_are_api_errors() {
    let server = Wire::default();
    server.reply(json(
        404,
        r#"{"error":{"code":404,"message":"File not found: x.","status":"NOT_FOUND"}}"#,
    ));
    let err = drive_client(&server)
        .files()
        .get("x")
        .download()
        .await
        .expect_err("404");
    match err {
        drive::Error::Api(api) => assert_eq!(api.status.as_u16(), 404),
        other => panic!("expected an API error, got {other:?}"),
    }
}

const CHUNK: usize = 256 * 1024;

fn resumable_content() -> Vec<u8> {
    (0..(2 * CHUNK + 1000)).map(|i| (i % 251) as u8).collect()
}

#[tokio::test]
async fn drive_files_create_resumable_upload_goes_in_chunks_and_resumes_after_a_failure() {
    let content = resumable_content();
    let media = drive::rt::media::Media::new(content.clone(), "application/octet-stream");
    let requests = resumable_upload_resuming_after_a_failure(media, &content).await;
    // Bytes in memory: the transport frames them itself.
    assert_eq!(requests[1].header("content-length"), None);
}

/// The same upload from a file: every chunk, the one sent again after the failure included,
/// is read from the file at its offset, and goes with its length.
#[tokio::test]
async fn a_resumable_upload_from_a_file_reads_each_chunk_from_the_file_again() {
    let content = resumable_content();
    let path = std::env::temp_dir().join(format!("drive-resumable-{}.bin", std::process::id()));
    std::fs::write(&path, &content).unwrap();
    let media = drive::rt::media::Media::from_file(&path, "application/octet-stream")
        .await
        .unwrap();
    let requests = resumable_upload_resuming_after_a_failure(media, &content).await;
    let lengths: Vec<Option<&str>> = requests[1..]
        .iter()
        .map(|r| r.header("content-length"))
        .collect();
    let last = (content.len() - 2 * CHUNK).to_string();
    let chunk = CHUNK.to_string();
    assert_eq!(
        lengths,
        [
            Some(chunk.as_str()),
            Some(chunk.as_str()),
            None,
            Some(chunk.as_str()),
            Some(last.as_str())
        ]
    );
    std::fs::remove_file(&path).unwrap();
}

/// A resumable upload of `content` as `media` in chunks: the second chunk fails, the status
/// query says only the first arrived, the second goes again, and the last completes it.
/// Checks every request, and returns them.
async fn resumable_upload_resuming_after_a_failure(
    media: drive::rt::media::Media,
    content: &[u8],
) -> Vec<RecordedRequest> {
    let server = Wire::default();
    // Relative, as a server may send it: resolved against the URL that opened the session.
    let session = "/upload/session/xyz?upload_id=xyz";
    // Session opened; first chunk stored; second chunk fails; the status query says only the
    // first chunk arrived; second chunk again; the last chunk completes the upload.
    server.reply(json(200, "").header("location", session));
    server.reply(json(308, "").header("range", format!("bytes=0-{}", CHUNK - 1)));
    server.reply(json(503, r#"{"error":{"code":503,"message":"try again"}}"#));
    server.reply(json(308, "").header("range", format!("bytes=0-{}", CHUNK - 1)));
    server.reply(json(308, "").header("range", format!("bytes=0-{}", 2 * CHUNK - 1)));
    server.reply(json(200, r#"{"id":"big-file","size":"525288"}"#));
    let client = drive::Client::builder()
        .transport(server.mock.clone())
        .token_provider(drive::rt::auth::StaticToken::new("test-token"))
        .retry_policy(
            drive::rt::retry::RetryPolicy::default().with_backoff(
                drive::rt::retry::Backoff::default()
                    .with_initial_delay(std::time::Duration::from_millis(1))
                    .with_max_delay(std::time::Duration::from_millis(2)),
            ),
        )
        .build()
        .expect("client builds");
    let created = client
        .files()
        .create(drive::types::File::default().set_name("big.bin"))
        .upload_resumable(media.chunk_size(CHUNK))
        .await
        .expect("resumable upload succeeds");
    assert_eq!(created.id.as_deref(), Some("big-file"));

    let requests = server.requests();
    assert_eq!(requests.len(), 6, "{requests:#?}");
    let start = &requests[0];
    assert_eq!(start.method, Method::Post);
    // Where Google's Python and Go clients open the session: the simple-upload path.
    assert_eq!(start.path(), "/upload/drive/v3/files");
    assert_eq!(
        start.url,
        "https://www.googleapis.com/upload/drive/v3/files?alt=json&uploadType=resumable"
    );
    assert_eq!(
        start.header("x-upload-content-type"),
        Some("application/octet-stream")
    );
    assert_eq!(
        start.header("x-upload-content-length"),
        Some(content.len().to_string().as_str())
    );
    assert_eq!(start.json(), Some(serde_json::json!({"name": "big.bin"})));

    let total = content.len();
    let expect = |i: usize, range: String, body: &[u8]| {
        let r = &requests[i];
        assert_eq!(r.method, Method::Put, "request {i}");
        assert_eq!(r.path(), "/upload/session/xyz", "request {i}");
        assert_eq!(
            r.url, "https://www.googleapis.com/upload/session/xyz?upload_id=xyz",
            "request {i}"
        );
        assert_eq!(
            r.header("content-range"),
            Some(range.as_str()),
            "request {i}"
        );
        assert_authorized(r);
        assert_eq!(r.body, body, "request {i}");
    };
    expect(
        1,
        format!("bytes 0-{}/{total}", CHUNK - 1),
        &content[..CHUNK],
    );
    expect(
        2,
        format!("bytes {CHUNK}-{}/{total}", 2 * CHUNK - 1),
        &content[CHUNK..2 * CHUNK],
    );
    expect(3, format!("bytes */{total}"), &[]);
    expect(
        4,
        format!("bytes {CHUNK}-{}/{total}", 2 * CHUNK - 1),
        &content[CHUNK..2 * CHUNK],
    );
    expect(
        5,
        format!("bytes {}-{}/{total}", 2 * CHUNK, total - 1),
        &content[2 * CHUNK..],
    );
    requests
}

#[tokio::test]
async fn resumable_upload_without_a_session_location_is_an_error() {
    let server = Wire::default();
    server.reply(json(200, "{}"));
    let err = storage_client(&server)
        .objects()
        .insert("b", storage::types::Object::default())
        .upload_resumable(storage::rt::media::Media::new(&b"abc"[..], "text/plain"))
        .await
        .expect_err("no Location header");
    assert!(err.to_string().contains("Location"), "{err}");
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_resumable_session_on_another_origin_gets_neither_bytes_nor_token() {
    let server = Wire::default();
    server.reply(json(200, "").header("location", "https://elsewhere.example/upload?id=1"));
    let err = storage_client(&server)
        .objects()
        .insert("b", storage::types::Object::default())
        .upload_resumable(storage::rt::media::Media::new(&b"abc"[..], "text/plain"))
        .await
        .expect_err("another origin");
    assert_eq!(
        err.to_string(),
        "invalid argument: storage.objects.insert: the upload session is on another origin \
         (https://elsewhere.example) than the request that opened it \
         (https://storage.googleapis.com); the token is not sent there"
    );
    assert_eq!(
        server.requests().len(),
        1,
        "only the request that opened it"
    );
}

/// Bytes that are not what `x-goog-hash` says are an integrity error, and no file is left:
/// the wrong crc32c, then the right crc32c beside the md5 of another text, then too few
/// bytes for the announced length. The right checksums pass.
#[tokio::test]
async fn a_download_whose_bytes_do_not_match_the_servers_checksums_is_refused() {
    let dir = std::env::temp_dir().join(format!("discogen-integrity-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases = [
        (
            "crc32c=AAAAAA==".to_string(),
            None,
            "crc32c 9a71bb4c of the bytes received is not the server's 00000000",
        ),
        (
            // crc32c("hello") is 0x9a71bb4c; the md5 here is of "hellp".
            "crc32c=mnG7TA==,md5=yYMZBIPfFn0qOEFGPCqTQQ==".to_string(),
            None,
            "md5 of the bytes received is not the server's",
        ),
        (
            String::new(),
            Some("9"),
            "5 bytes arrived of the 9 announced",
        ),
    ];
    for (n, (hash, length, message)) in cases.into_iter().enumerate() {
        let server = Wire::default();
        let mut reply = MockReply::bytes(200, "hello", "application/octet-stream");
        if !hash.is_empty() {
            reply = reply.header("x-goog-hash", hash.clone());
        }
        if let Some(length) = length {
            reply = reply.header("content-length", length);
        }
        server.reply(reply);
        let path = dir.join(format!("object-{n}"));
        let err = storage_client(&server)
            .objects()
            .get("b", "o")
            .download()
            .await
            .unwrap()
            .write_to_file(&path)
            .await
            .unwrap_err();
        assert!(
            matches!(err, storage::Error::Integrity(_)),
            "{hash}: {err:?}"
        );
        assert_eq!(err.to_string(), format!("download integrity: {message}"));
        assert!(!path.exists(), "nothing reported complete");
        assert!(!dir.join(format!("object-{n}.part")).exists());
    }
    // The same bytes with their own checksums are written as they are.
    let server = Wire::default();
    server.reply(
        MockReply::bytes(200, "hello", "application/octet-stream").header(
            "x-goog-hash",
            "crc32c=mnG7TA==,md5=XUFAKrxLKna5cZ2REBfFkg==",
        ),
    );
    let mut out = Vec::new();
    let written = storage_client(&server)
        .objects()
        .get("b", "o")
        .download()
        .await
        .unwrap()
        .write_to(&mut out)
        .await
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!((written, out.as_slice()), (5, &b"hello"[..]));
}
