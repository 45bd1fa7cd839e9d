//! Resumable uploads: chunks, query, granularity, and the injected faults.

mod common;

use common::{assert_error, png, Api};
use photos_emulator::Emulator;

async fn start_session(api: &Api, size: usize) -> String {
    let resp = api
        .http
        .post(api.url("v1/uploads"))
        .bearer_auth("t")
        .header("X-Goog-Upload-Protocol", "resumable")
        .header("X-Goog-Upload-Command", "start")
        .header("X-Goog-Upload-Content-Type", "image/png")
        .header("X-Goog-Upload-Raw-Size", size.to_string())
        .header("X-Goog-Upload-File-Name", "big.png")
        .header("Content-Length", "0")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    assert_eq!(resp.headers()["x-goog-upload-status"], "active");
    assert_eq!(resp.headers()["x-goog-upload-chunk-granularity"], "1024");
    let url = resp.headers()["x-goog-upload-url"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(url.starts_with(api.server.base_url()));
    url
}

async fn command(
    api: &Api,
    url: &str,
    cmd: &str,
    offset: Option<usize>,
    body: Vec<u8>,
) -> reqwest::Response {
    let mut req = api
        .http
        .post(url)
        .header("X-Goog-Upload-Command", cmd)
        .body(body);
    if let Some(o) = offset {
        req = req.header("X-Goog-Upload-Offset", o.to_string());
    }
    req.send().await.unwrap()
}

async fn query(api: &Api, url: &str) -> (String, u64) {
    let resp = command(api, url, "query", None, Vec::new()).await;
    assert_eq!(resp.status().as_u16(), 200);
    let h = resp.headers();
    (
        h["x-goog-upload-status"].to_str().unwrap().to_owned(),
        h["x-goog-upload-size-received"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap(),
    )
}

fn api_with_granularity() -> photos_emulator::Builder {
    Emulator::builder().upload_granularity(1024)
}

#[tokio::test]
async fn resumable_upload_in_two_chunks_with_query() {
    let api = Api::with(api_with_granularity(), "t").await;
    let bytes = png(64, 64);
    assert!(bytes.len() > 1024);
    let url = start_session(&api, bytes.len()).await;
    assert_eq!(query(&api, &url).await, ("active".into(), 0));

    // A non-final chunk that is not a whole number of granules is refused.
    let resp = command(&api, &url, "upload", Some(0), bytes[..1000].to_vec()).await;
    assert_eq!(resp.status().as_u16(), 400);

    let resp = command(&api, &url, "upload", Some(0), bytes[..1024].to_vec()).await;
    assert_eq!(resp.status().as_u16(), 200);
    assert_eq!(query(&api, &url).await, ("active".into(), 1024));

    // The wrong offset is refused.
    let resp = command(
        &api,
        &url,
        "upload, finalize",
        Some(0),
        bytes[1024..].to_vec(),
    )
    .await;
    assert_eq!(resp.status().as_u16(), 400);

    let resp = command(
        &api,
        &url,
        "upload, finalize",
        Some(1024),
        bytes[1024..].to_vec(),
    )
    .await;
    assert_eq!(resp.status().as_u16(), 200);
    assert_eq!(resp.headers()["x-goog-upload-status"], "final");
    let token = resp.text().await.unwrap();
    assert_eq!(
        query(&api, &url).await,
        ("final".into(), bytes.len() as u64)
    );

    let (status, body) = api.create_items(&[&token], None).await;
    assert_eq!(status, 200, "{body}");
    let uploads = api.server.uploads();
    assert_eq!(uploads[0].protocol, "resumable");
    assert_eq!(uploads[0].len, bytes.len() as u64);
    assert_eq!(uploads[0].mime_type, "image/png");
    let chunks = api.server.upload_chunks();
    assert_eq!(
        chunks
            .iter()
            .filter(|c| c.command.contains("upload"))
            .count(),
        4
    );
    assert!(chunks.iter().all(|c| !c.cut));
}

#[tokio::test]
async fn cut_keeps_whole_granules_and_resume_finishes() {
    let api = Api::with(api_with_granularity(), "t").await;
    let bytes: Vec<u8> = (0..5000u32).map(|i| (i % 251) as u8).collect();
    let url = start_session(&api, bytes.len()).await;
    api.server.cut_upload_at(2500);
    // Raw TCP, to see exactly what comes back: the connection closes with no HTTP answer.
    {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let rest = url.trim_start_matches("http://");
        let (host, path) = rest.split_at(rest.find('/').unwrap());
        let mut c = tokio::net::TcpStream::connect(host).await.unwrap();
        let head = format!(
            "POST {path} HTTP/1.1\r\nHost: {host}\r\nX-Goog-Upload-Command: upload, finalize\r\nX-Goog-Upload-Offset: 0\r\nContent-Length: {}\r\n\r\n",
            bytes.len()
        );
        c.write_all(head.as_bytes()).await.unwrap();
        // The server may close while this is still being written; that is the point.
        let _ = c.write_all(&bytes).await;
        let mut answer = Vec::new();
        let _ = c.read_to_end(&mut answer).await;
        assert!(
            answer.is_empty(),
            "got an answer: {}",
            String::from_utf8_lossy(&answer)
        );
    }
    let (status, got) = query(&api, &url).await;
    assert_eq!((status.as_str(), got), ("active", 2048));
    assert!(api.server.upload_chunks().iter().any(|c| c.cut));
    let resp = command(
        &api,
        &url,
        "upload, finalize",
        Some(2048),
        bytes[2048..].to_vec(),
    )
    .await;
    assert_eq!(resp.status().as_u16(), 200);
    assert_eq!(api.server.uploads()[0].sha256.len(), 32);
    assert_eq!(api.server.uploads()[0].len, 5000);
}

#[tokio::test]
async fn failed_chunk_answers_503_once() {
    let api = Api::with(api_with_granularity(), "t").await;
    let bytes = vec![7u8; 2048];
    let url = start_session(&api, bytes.len()).await;
    api.server.fail_upload_chunk(0);
    let resp = command(&api, &url, "upload", Some(0), bytes[..1024].to_vec()).await;
    let status = resp.status().as_u16();
    let body: serde_json::Value = resp.json().await.unwrap();
    assert_error(status, &body, 503, "UNAVAILABLE");
    assert_eq!(query(&api, &url).await.1, 0);
    let resp = command(&api, &url, "upload", Some(0), bytes[..1024].to_vec()).await;
    assert_eq!(resp.status().as_u16(), 200);
    let resp = command(
        &api,
        &url,
        "upload, finalize",
        Some(1024),
        bytes[1024..].to_vec(),
    )
    .await;
    assert_eq!(resp.status().as_u16(), 200);
    assert_eq!(api.server.max_concurrent_uploads(), 1);
}

#[tokio::test]
async fn upload_needs_a_protocol_and_a_token() {
    let api = Api::new().await;
    let resp = api
        .http
        .post(api.url("v1/uploads"))
        .bearer_auth("t")
        .body(vec![1, 2, 3])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 400);
    let resp = api
        .http
        .post(api.url("v1/uploads"))
        .header("X-Goog-Upload-Protocol", "raw")
        .body(vec![1])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 401);
}
