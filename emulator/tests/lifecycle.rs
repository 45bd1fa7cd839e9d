//! Persistence across restarts, seed files, and the binary.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use common::{png, temp_dir, Api};
use photos_emulator::Emulator;
use serde_json::json;

#[tokio::test]
async fn state_survives_a_restart_with_data_dir() {
    let dir = temp_dir("persist");
    let api = Api::with(Emulator::builder().data_dir(&dir), "t").await;
    let album = api.new_album("kept").await;
    let item = api.new_item(9, 7).await;
    let id = item["id"].as_str().unwrap().to_owned();
    let (status, _) = api
        .post(
            &format!("v1/albums/{album}:batchAddMediaItems"),
            json!({ "mediaItemIds": [id] }),
        )
        .await;
    assert_eq!(status, 200);
    let spare = api.upload_raw(png(3, 3), "image/png").await;
    api.server
        .clock()
        .advance(std::time::Duration::from_secs(3600));
    api.server.shutdown();

    let again = Api::with(Emulator::builder().data_dir(&dir), "t").await;
    let (status, got) = again.get(&format!("v1/albums/{album}")).await;
    assert_eq!(status, 200, "{got}");
    assert_eq!(got["title"], "kept");
    assert_eq!(got["mediaItemsCount"], "1");
    let (status, got) = again.get(&format!("v1/mediaItems/{id}")).await;
    assert_eq!(status, 200);
    let bytes = again
        .http
        .get(format!("{}=d", got["baseUrl"].as_str().unwrap()))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(bytes.to_vec(), png(9, 7));
    let (status, body) = again.create_items(&[&spare], None).await;
    assert_eq!(status, 200, "the upload token survives too: {body}");
    assert!(
        again.server.clock().now()
            > std::time::SystemTime::now() + std::time::Duration::from_secs(3500)
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test]
async fn seed_file_is_loaded_and_bad_ones_are_errors() {
    let dir = temp_dir("seed");
    std::fs::write(dir.join("a.png"), png(5, 5)).unwrap();
    let seed = dir.join("seed.json");
    std::fs::write(
        &seed,
        r#"{"mediaItems":[{"fileName":"a.png","mimeType":"image/png","creationTime":"2020-01-01T00:00:00Z","favorite":true,"categories":["LANDSCAPES"],"path":"a.png"}],"albums":[{"title":"Old","mediaItems":[0]}]}"#,
    )
    .unwrap();
    let server = Emulator::builder().seed_file(&seed).start().await.unwrap();
    let items = server.media_items();
    assert_eq!(items.len(), 1);
    assert!(!items[0].app_created);
    assert_eq!(items[0].bytes.as_slice(), png(5, 5).as_slice());
    assert_eq!(
        photos_emulator::format_rfc3339(items[0].creation_time),
        "2020-01-01T00:00:00Z"
    );
    assert_eq!(server.albums()[0].media_item_ids, vec![items[0].id.clone()]);

    std::fs::write(&seed, r#"{"albums":[{"title":"x","mediaItems":[3]}]}"#).unwrap();
    let err = Emulator::builder()
        .seed_file(&seed)
        .start()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("out of range"), "{err}");
    std::fs::write(&seed, "not json").unwrap();
    let err = Emulator::builder()
        .seed_file(&seed)
        .start()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("seed file"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn binary_prints_its_url_and_fails_cleanly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_photos-emulator"))
        .args(["--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    // Ctrl-C (SIGINT) is a clean exit.
    let sent = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    if sent.is_ok_and(|s| s.success()) {
        assert!(child.wait().unwrap().success());
    } else {
        child.kill().ok();
        child.wait().ok();
    }
    let url = line.trim_end();
    assert!(
        url.starts_with("http://127.0.0.1:") && url.ends_with('/'),
        "{url:?}"
    );
    let port: u16 = url["http://127.0.0.1:".len()..url.len() - 1]
        .parse()
        .unwrap();
    assert!(port > 0);

    let out = Command::new(env!("CARGO_BIN_EXE_photos-emulator"))
        .args(["--port", "notaport"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(!out.stderr.is_empty());
    let out = Command::new(env!("CARGO_BIN_EXE_photos-emulator"))
        .args(["--port", "0", "--seed", "/nonexistent/seed.json"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("seed file"));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));

    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let out = Command::new(env!("CARGO_BIN_EXE_photos-emulator"))
        .args(["--port", &port])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(!out.stderr.is_empty());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[tokio::test]
async fn concurrent_uploads_are_counted() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let server = Emulator::start().await.unwrap();
    let addr = server
        .base_url()
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_owned();
    let head = "POST /v1/uploads HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\nX-Goog-Upload-Protocol: raw\r\nX-Goog-Upload-Content-Type: image/png\r\nContent-Length: 10\r\nConnection: close\r\n\r\n12345";
    let mut conns = Vec::new();
    for _ in 0..2 {
        let mut c = tokio::net::TcpStream::connect(&addr).await.unwrap();
        c.write_all(head.as_bytes()).await.unwrap();
        conns.push(c);
    }
    // Both bodies are half sent, so both requests are in flight at once.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while server.max_concurrent_uploads() < 2 {
        assert!(
            std::time::Instant::now() < deadline,
            "uploads never overlapped"
        );
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    for mut c in conns {
        c.write_all(b"67890").await.unwrap();
        let mut answer = String::new();
        c.read_to_string(&mut answer).await.unwrap();
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    }
    assert_eq!(server.uploads().len(), 2);
    assert_eq!(server.uploads()[0].len, 10);
    assert_eq!(server.max_concurrent_uploads(), 2);
}
