//! Downloads through a media item's `baseUrl` (the hand-written `downloads` module of the
//! generated Photos client) against a local server.

mod upload_server;

use std::sync::{Arc, Mutex};

use google_photoslibrary_v1::downloads::{DownloadError, MediaVariant};
use google_photoslibrary_v1::rt::auth::StaticToken;
use google_photoslibrary_v1::types::MediaItem;
use google_photoslibrary_v1::Client;
use upload_server::{bytes, sha256, UploadServer};

fn client(server: &UploadServer) -> Client {
    Client::builder()
        .base_url(&server.base_url)
        .token_provider(StaticToken::new("test-token"))
        .build()
        .expect("client builds")
}

fn item(server: &UploadServer, name: &str) -> MediaItem {
    MediaItem::default()
        .set_id(name)
        .set_base_url(format!("{}media/{name}", server.base_url))
}

#[tokio::test]
async fn original_bytes_stream_to_a_file_intact() {
    let server = UploadServer::start(256 * 1024).await;
    let data = bytes(3 * 1024 * 1024 + 7, 11);
    server.put_media("photo-1", data.clone());
    let dir = std::env::temp_dir().join(format!("discogen-download-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("photo-1.jpg");
    let progress = Arc::new(Mutex::new(Vec::new()));
    let log = progress.clone();

    let written = client(&server)
        .downloads()
        .media_item(&item(&server, "photo-1"), MediaVariant::Original)
        .unwrap()
        .progress(move |p| log.lock().unwrap().push(p))
        .to_file(&path)
        .await
        .unwrap();

    let on_disk = std::fs::read(&path).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(written, data.len() as u64);
    assert_eq!(sha256(&on_disk), sha256(&data));
    let heads = server.heads();
    assert_eq!(heads[0].target, "/media/photo-1=d");
    assert_eq!(
        heads[0].header("authorization"),
        None,
        "no token for base URLs by default"
    );
    let progress = progress.lock().unwrap();
    let last = progress.last().unwrap();
    assert_eq!(
        (last.received, last.total),
        (data.len() as u64, Some(data.len() as u64))
    );
    assert!(progress.len() > 1, "progress is reported as bytes arrive");
}

#[tokio::test]
async fn variants_reach_the_server_and_stream_into_a_writer() {
    let server = UploadServer::start(256 * 1024).await;
    server.put_media("v", b"video bytes".to_vec());
    let client = client(&server);
    let mut out = Vec::new();
    let n = client
        .downloads()
        .media_item(&item(&server, "v"), MediaVariant::Video)
        .unwrap()
        .authorized(true)
        .to_writer(&mut out)
        .await
        .unwrap();
    assert_eq!((n, out.as_slice()), (11, &b"video bytes"[..]));
    let sized = MediaVariant::Sized {
        width: 640,
        height: 480,
        crop: true,
    };
    client
        .downloads()
        .media_item(&item(&server, "v"), sized)
        .unwrap()
        .to_writer(&mut Vec::new())
        .await
        .unwrap();
    let heads = server.heads();
    assert_eq!(heads[0].target, "/media/v=dv");
    assert_eq!(heads[0].header("authorization"), Some("Bearer test-token"));
    assert_eq!(heads[1].target, "/media/v=w640-h480-c");
}

#[tokio::test]
async fn an_expired_base_url_is_its_own_error_and_leaves_no_file() {
    let server = UploadServer::start(256 * 1024).await;
    let dir = std::env::temp_dir().join(format!("discogen-expired-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("gone.jpg");
    let err = client(&server)
        .downloads()
        .media_item(&item(&server, "gone"), MediaVariant::Original)
        .unwrap()
        .to_file(&path)
        .await
        .unwrap_err();
    let leftovers = std::fs::read_dir(&dir).unwrap().count();
    let _ = std::fs::remove_dir_all(&dir);
    match err {
        DownloadError::Expired { status, .. } => assert_eq!(status, 403),
        other => panic!("expected Expired, got {other:?}"),
    }
    assert_eq!(leftovers, 0, "neither the file nor a partial one is left");
}
