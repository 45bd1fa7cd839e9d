//! Downloads through a media item's `baseUrl` (the hand-written `downloads` module of the
//! generated Photos client) against photos-emulator: the items are uploaded first and their
//! base URLs come from `mediaItems.get`, so the bytes make the whole round trip.

mod support;

use std::io::Cursor;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use google_photos::downloads::{DownloadProgress, MediaVariant};
use google_photos::library::types::MediaItem;
use google_photos::library::Client;
use google_photos::uploads::{NewMedia, UploadSource};
use google_photos::{Error as PhotosError, LibraryExt as _};
use photos_emulator::{Emulator, Recorded};
use support::{bytes, sha256, TempDir};

/// Uploads `data` as `file_name`, creates a media item from it, and returns the item as
/// `mediaItems.get` answers it (with a base URL issued now).
async fn uploaded(client: &Client, file_name: &str, data: Vec<u8>) -> MediaItem {
    let mut results = client
        .uploads()
        .create_from_files([NewMedia::new(
            UploadSource::bytes(data).file_name(file_name),
        )])
        .send()
        .await;
    let created = results.remove(0).expect("the media item is created");
    fetch(client, &created).await
}

/// The item again, from `mediaItems.get`.
async fn fetch(client: &Client, item: &MediaItem) -> MediaItem {
    client
        .media_items()
        .get(item.id.clone().unwrap())
        .send()
        .await
        .expect("mediaItems.get succeeds")
}

/// The download requests (GETs below `/media/`), in arrival order.
fn downloads(emulator: &Emulator) -> Vec<Recorded> {
    emulator
        .requests()
        .into_iter()
        .filter(|r| r.method == "GET" && r.path.starts_with("/media/"))
        .collect()
}

/// The path of `item`'s base URL followed by `suffix`, as the server should see it.
fn variant_path(item: &MediaItem, suffix: &str) -> String {
    let base = reqwest::Url::parse(item.base_url.as_deref().unwrap()).unwrap();
    format!("{}{suffix}", base.path())
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, ((x + y) % 256) as u8])
    });
    let mut out = Cursor::new(Vec::new());
    image
        .write_to(&mut out, image::ImageFormat::Png)
        .expect("PNG encodes");
    out.into_inner()
}

/// Downloads `item`'s original bytes into `path`, with every progress report kept; checks
/// that the count was right and the last report says all of `len` bytes arrived.
async fn original_into(
    client: &Client,
    item: &MediaItem,
    path: &Path,
    len: usize,
) -> Vec<DownloadProgress> {
    let progress = Arc::new(Mutex::new(Vec::new()));
    let log = progress.clone();
    let written = client
        .downloads()
        .media_item(item, MediaVariant::Original)
        .unwrap()
        .progress(move |p| log.lock().unwrap().push(p))
        .to_file(path)
        .await
        .expect("the download completes");
    assert_eq!(written, len as u64);
    let progress = progress.lock().unwrap().clone();
    let last = progress.last().expect("progress is reported");
    assert_eq!(
        (last.received, last.total),
        (len as u64, Some(len as u64)),
        "every byte is counted once"
    );
    progress
}

#[tokio::test]
async fn original_bytes_stream_to_a_file_intact() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let data = bytes(3 * 1024 * 1024 + 7, 11);
    let item = uploaded(&client, "photo-1.jpg", data.clone()).await;
    assert!(item.base_url.is_some(), "mediaItems.get gives a base URL");
    let dir = TempDir::new("original");
    let path = dir.path().join("photo-1.jpg");

    let progress = original_into(&client, &item, &path, data.len()).await;

    let on_disk = std::fs::read(&path).unwrap();
    assert_eq!(sha256(&on_disk), sha256(&data));
    assert_eq!(dir.entries(), ["photo-1.jpg"], "no partial file is left");
    let requests = downloads(&emulator);
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].path, variant_path(&item, "=d"));
    assert_eq!(
        requests[0].header("authorization"),
        None,
        "no token for base URLs by default"
    );
    assert!(progress.len() > 1, "progress is reported as bytes arrive");
}

/// A body cut on the way goes on from where it broke: the second request asks for the rest
/// with `Range`, the file is the item's bytes, and progress counts every byte once.
#[tokio::test]
async fn a_cut_download_resumes_from_where_it_broke() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let data = bytes(1_000_000, 13);
    let item = uploaded(&client, "cut.jpg", data.clone()).await;
    let dir = TempDir::new("cut");
    let path = dir.path().join("cut.jpg");
    emulator.cut_download_after(300_000);

    let progress = original_into(&client, &item, &path, data.len()).await;

    assert!(
        std::fs::read(&path).unwrap() == data,
        "the file is the item"
    );
    assert_eq!(dir.entries(), ["cut.jpg"], "no partial file is left");
    let requests = downloads(&emulator);
    assert_eq!(requests.len(), 2, "the first request and one resume");
    assert_eq!(requests[0].header("range"), None);
    assert_eq!(requests[1].path, variant_path(&item, "=d"));
    let from: u64 = requests[1]
        .header("range")
        .and_then(|r| r.strip_prefix("bytes="))
        .and_then(|r| r.strip_suffix('-'))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("a Range from a byte on: {:?}", requests[1].header("range")));
    assert!(from > 0 && from <= 300_000, "resumed at byte {from}");
    assert!(
        progress.windows(2).all(|w| w[0].received < w[1].received),
        "progress only grows"
    );
}

/// A writer that fails is reported as the writer's error, not as a failed download, and
/// nothing is asked for again.
#[tokio::test]
async fn a_failing_writer_is_the_writers_error() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let item = uploaded(&client, "full.jpg", bytes(200_000, 14)).await;
    let mut full = FullAfter(1000);

    let err = client
        .downloads()
        .media_item(&item, MediaVariant::Original)
        .unwrap()
        .to_writer(&mut full)
        .await
        .unwrap_err();

    match err {
        PhotosError::Io { what, source } => {
            assert_eq!(what, "the writer");
            assert_eq!(source.kind(), std::io::ErrorKind::StorageFull);
        }
        other => panic!("expected the writer's error, got {other:?}"),
    }
    assert_eq!(downloads(&emulator).len(), 1);
}

/// Takes `.0` bytes, then reports a full disk.
struct FullAfter(usize);

impl tokio::io::AsyncWrite for FullAfter {
    fn poll_write(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        if self.0 == 0 {
            return std::task::Poll::Ready(Err(std::io::ErrorKind::StorageFull.into()));
        }
        let taken = buf.len().min(self.0);
        self.0 -= taken;
        std::task::Poll::Ready(Ok(taken))
    }

    fn poll_flush(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::task::Poll::Ready(Ok(()))
    }

    fn poll_shutdown(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::task::Poll::Ready(Ok(()))
    }
}

#[tokio::test]
async fn a_video_streams_into_a_writer_with_the_token_when_asked() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let item = uploaded(&client, "v.mp4", b"video bytes".to_vec()).await;
    assert_eq!(item.mime_type.as_deref(), Some("video/mp4"));
    let mut out = Vec::new();
    let n = client
        .downloads()
        .media_item(&item, MediaVariant::Video)
        .unwrap()
        .authorized(true)
        .to_writer(&mut out)
        .await
        .unwrap();
    assert_eq!((n, out.as_slice()), (11, &b"video bytes"[..]));
    let requests = downloads(&emulator);
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].path, variant_path(&item, "=dv"));
    assert_eq!(
        requests[0].header("authorization"),
        Some("Bearer test-token")
    );
}

#[tokio::test]
async fn sized_variants_of_a_png_come_back_at_the_requested_size() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let original = png(400, 200);
    let item = uploaded(&client, "wide.png", original.clone()).await;
    let meta = item.media_metadata.as_ref().expect("metadata");
    assert_eq!((meta.width, meta.height), (Some(400), Some(200)));

    let download = |variant: MediaVariant| {
        let request = client.downloads().media_item(&item, variant).unwrap();
        async move {
            let mut out = Vec::new();
            request.to_writer(&mut out).await.unwrap();
            image::load_from_memory(&out).expect("a decodable image")
        }
    };
    let cropped = download(MediaVariant::Sized {
        width: 120,
        height: 80,
        crop: true,
    })
    .await;
    assert_eq!(
        (cropped.width(), cropped.height()),
        (120, 80),
        "cropped exactly"
    );
    let fitted = download(MediaVariant::Sized {
        width: 100,
        height: 100,
        crop: false,
    })
    .await;
    assert_eq!(
        (fitted.width(), fitted.height()),
        (100, 50),
        "fitted within 100×100, aspect ratio kept"
    );
    let mut whole = Vec::new();
    client
        .downloads()
        .media_item(&item, MediaVariant::Original)
        .unwrap()
        .to_writer(&mut whole)
        .await
        .unwrap();
    assert!(whole == original, "=d gives the uploaded bytes");

    let paths: Vec<String> = downloads(&emulator).into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        [
            variant_path(&item, "=w120-h80-c"),
            variant_path(&item, "=w100-h100"),
            variant_path(&item, "=d"),
        ]
    );
}

#[tokio::test]
async fn an_expired_base_url_is_its_own_error_and_leaves_no_file() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let data = bytes(100_000, 12);
    let item = uploaded(&client, "gone.jpg", data.clone()).await;
    let dir = TempDir::new("expired");
    let path = dir.path().join("gone.jpg");

    // Still valid just before its hour is up.
    emulator.clock().advance(Duration::from_secs(59 * 60));
    let mut early = Vec::new();
    client
        .downloads()
        .media_item(&item, MediaVariant::Original)
        .unwrap()
        .to_writer(&mut early)
        .await
        .unwrap();
    assert!(early == data);

    // 61 minutes after it was issued.
    emulator.clock().advance(Duration::from_secs(2 * 60));
    let err = client
        .downloads()
        .media_item(&item, MediaVariant::Original)
        .unwrap()
        .to_file(&path)
        .await
        .unwrap_err();
    match err {
        PhotosError::UrlExpired { status, .. } => assert_eq!(status, 403),
        other => panic!("expected Expired, got {other:?}"),
    }
    assert!(
        dir.entries().is_empty(),
        "neither the file nor a partial one is left: {:?}",
        dir.entries()
    );

    // Fetching the item again gives a fresh base URL that works.
    let fresh = fetch(&client, &item).await;
    assert_ne!(fresh.base_url, item.base_url);
    let written = client
        .downloads()
        .media_item(&fresh, MediaVariant::Original)
        .unwrap()
        .to_file(&path)
        .await
        .unwrap();
    assert_eq!(written, data.len() as u64);
    assert!(std::fs::read(&path).unwrap() == data);
}
