//! Uploads and creating media from files (the hand-written `uploads` module of the generated
//! Photos client) against photos-emulator: what went over the wire (protocols, headers, chunk
//! offsets and sizes, resumption), and that the bytes arrive and become media items.

mod support;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use google_photos::library::rt::auth::StaticToken;
use google_photos::library::rt::BoxFuture;
use google_photos::library::types::{
    Album, AlbumPosition, AlbumPositionPosition, BatchCreateMediaItemsRequest, CreateAlbumRequest,
    MediaItem, NewMediaItem, SimpleMediaItem,
};
use google_photos::library::Client;
use google_photos::uploads::{NewMedia, Progress, Protocol, UploadSource};
use google_photos::{Error as PhotosError, LibraryExt as _};
use photos_emulator::{ChunkLog, Emulator, Recorded, Reply, DEFAULT_GRANULARITY};
use support::{bytes, sha256, TempDir};

const MIB: u64 = 1024 * 1024;

/// Like `support::client`, but retries happen at once: tests that provoke retries must not
/// wait for the real backoff.
fn no_backoff_client(emulator: &Emulator) -> Client {
    Client::builder()
        .base_url(emulator.base_url())
        .token_provider(StaticToken::new("test-token"))
        .sleeper(|_: Duration| -> BoxFuture<'static, ()> { Box::pin(async {}) })
        .build()
        .expect("client builds")
}

/// The requests to the upload endpoint (raw uploads, session starts and session requests).
fn upload_requests(emulator: &Emulator) -> Vec<Recorded> {
    emulator
        .requests()
        .into_iter()
        .filter(|r| r.path == "/v1/uploads")
        .collect()
}

/// The session requests that carried (or were meant to carry) bytes.
fn byte_chunks(emulator: &Emulator) -> Vec<ChunkLog> {
    emulator
        .upload_chunks()
        .into_iter()
        .filter(|c| c.command.contains("upload"))
        .collect()
}

/// Creates a media item from an upload token with the generated `mediaItems.batchCreate`.
async fn create_item(client: &Client, token: &str, file_name: &str) -> MediaItem {
    let request =
        BatchCreateMediaItemsRequest::default().set_new_media_items([NewMediaItem::default()
            .set_simple_media_item(
                SimpleMediaItem::default()
                    .set_upload_token(token)
                    .set_file_name(file_name),
            )]);
    let response = client
        .media_items()
        .batch_create(request)
        .send()
        .await
        .expect("batchCreate succeeds");
    let mut results = response.new_media_item_results.unwrap_or_default();
    assert_eq!(results.len(), 1, "{results:?}");
    results
        .remove(0)
        .media_item
        .expect("the upload token made a media item")
}

/// The bytes the emulator holds for the media item `id`.
fn held_bytes(emulator: &Emulator, id: &str) -> Vec<u8> {
    emulator
        .media_items()
        .into_iter()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("the emulator holds no media item {id}"))
        .bytes
        .to_vec()
}

#[tokio::test]
async fn raw_upload_from_a_path_arrives_intact() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let dir = TempDir::new("raw");
    let data = bytes(3 * 1024 * 1024 + 17, 1);
    let path = dir.file("beach.JPG", &data);
    let last = Arc::new(Mutex::new(None::<Progress>));
    let seen = last.clone();

    let token = client
        .uploads()
        .upload(UploadSource::path(&path))
        .protocol(Protocol::Raw)
        .progress(move |p| *seen.lock().unwrap() = Some(p))
        .send()
        .await
        .unwrap();

    let uploads = emulator.uploads();
    assert_eq!(uploads.len(), 1);
    assert_eq!(uploads[0].token, token);
    assert_eq!(uploads[0].protocol, "raw");
    assert_eq!(uploads[0].len, data.len() as u64);
    assert_eq!(uploads[0].sha256, sha256(&data));
    assert_eq!(uploads[0].mime_type, "image/jpeg");
    let requests = upload_requests(&emulator);
    assert_eq!(requests.len(), 1, "one request carries the whole file");
    let request = &requests[0];
    assert_eq!(request.method, "POST");
    assert_eq!(request.header("x-goog-upload-protocol"), Some("raw"));
    assert_eq!(
        request.header("x-goog-upload-content-type"),
        Some("image/jpeg")
    );
    assert_eq!(
        request.header("content-type"),
        Some("application/octet-stream")
    );
    assert_eq!(request.header("authorization"), Some("Bearer test-token"));
    assert_eq!(
        request.header("content-length"),
        Some(data.len().to_string().as_str())
    );
    assert!(request.body == data, "the body is the file's bytes");
    let last = last.lock().unwrap().expect("progress reported");
    assert_eq!(
        (last.sent, last.total),
        (data.len() as u64, Some(data.len() as u64))
    );

    let item = create_item(&client, &token, "beach.JPG").await;
    assert_eq!(item.mime_type.as_deref(), Some("image/jpeg"));
    assert!(held_bytes(&emulator, item.id.as_deref().unwrap()) == data);
}

#[tokio::test]
async fn raw_upload_from_bytes_and_from_a_reader() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
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

    let uploads = emulator.uploads();
    let by_token = |t: &str| uploads.iter().find(|u| u.token == t).unwrap().clone();
    assert_eq!(by_token(&token).protocol, "raw", "small inputs go raw");
    assert_eq!(by_token(&token).sha256, sha256(&data));
    assert_eq!(by_token(&token).mime_type, "video/mp4");
    assert_eq!(by_token(&reader_token).protocol, "raw");
    assert_eq!(by_token(&reader_token).sha256, sha256(&reader_data));
    assert_eq!(
        by_token(&reader_token).mime_type,
        "application/octet-stream"
    );
    let requests = upload_requests(&emulator);
    assert_eq!(requests.len(), 2);
    assert_eq!(
        requests[1].header("transfer-encoding"),
        Some("chunked"),
        "a reader of unknown size is streamed"
    );
    assert_eq!(requests[1].header("content-length"), None);

    let item = create_item(&client, &token, "clip.mp4").await;
    assert_eq!(item.mime_type.as_deref(), Some("video/mp4"));
    assert!(held_bytes(&emulator, item.id.as_deref().unwrap()) == data);
}

#[tokio::test]
async fn resumable_upload_sends_granular_chunks_and_arrives_intact() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let dir = TempDir::new("resumable");
    let data = bytes(5 * 1024 * 1024 + 123, 4);
    let path = dir.file("clip.mp4", &data);
    let token = client
        .uploads()
        .upload(path)
        .protocol(Protocol::Resumable)
        // Not a multiple of the granularity: rounded down to 1 MiB.
        .chunk_size(1024 * 1024 + 1000)
        .send()
        .await
        .unwrap();

    let uploads = emulator.uploads();
    assert_eq!(uploads.len(), 1);
    assert_eq!(
        (uploads[0].token.as_str(), uploads[0].protocol.as_str()),
        (token.as_str(), "resumable")
    );
    assert_eq!(uploads[0].sha256, sha256(&data));
    assert_eq!(uploads[0].mime_type, "video/mp4");
    let log = emulator.upload_chunks();
    assert_eq!(log[0].command, "start");
    let chunks = &log[1..];
    assert_eq!(chunks.len(), 6, "{chunks:#?}");
    for (i, chunk) in chunks.iter().enumerate() {
        assert_eq!(chunk.session, log[0].session);
        assert_eq!(chunk.offset, i as u64 * MIB);
        assert!(!chunk.cut);
        if i < 5 {
            assert_eq!((chunk.len, chunk.command.as_str()), (MIB, "upload"));
        } else {
            assert_eq!(
                (chunk.len, chunk.command.as_str()),
                (123, "upload, finalize")
            );
        }
    }
    let requests = upload_requests(&emulator);
    let start = &requests[0];
    assert_eq!(start.header("x-goog-upload-command"), Some("start"));
    assert_eq!(start.header("x-goog-upload-protocol"), Some("resumable"));
    assert_eq!(
        start.header("x-goog-upload-content-type"),
        Some("video/mp4")
    );
    assert_eq!(
        start.header("x-goog-upload-raw-size"),
        Some(data.len().to_string().as_str())
    );
    assert_eq!(start.header("content-length"), Some("0"));
    // The chunks go to the session URL the start answered with.
    assert!(requests[1..]
        .iter()
        .all(|r| r.query.contains(&format!("upload_id={}", log[0].session))));
    assert_eq!(
        requests[1].header("x-goog-upload-offset"),
        Some("0"),
        "every chunk states its offset"
    );

    let item = create_item(&client, &token, "clip.mp4").await;
    assert!(held_bytes(&emulator, item.id.as_deref().unwrap()) == data);
}

#[tokio::test]
async fn chunks_follow_the_granularity_the_server_announces() {
    // 768 KiB: 2 MiB chunks round down to two granules.
    let granularity = 3 * DEFAULT_GRANULARITY;
    let emulator = Emulator::builder()
        .upload_granularity(granularity)
        .start()
        .await
        .unwrap();
    let data = bytes(4 * 1024 * 1024, 5);
    let token = support::client(&emulator)
        .uploads()
        .upload(UploadSource::bytes(data.clone()).file_name("g.mp4"))
        .protocol(Protocol::Resumable)
        .chunk_size(2 * MIB)
        .send()
        .await
        .unwrap();
    let sizes: Vec<(u64, u64)> = byte_chunks(&emulator)
        .iter()
        .map(|c| (c.offset, c.len))
        .collect();
    let g2 = 2 * granularity;
    let total = data.len() as u64;
    assert_eq!(
        sizes,
        [(0, g2), (g2, g2), (2 * g2, total - 2 * g2)],
        "chunks are whole granules but the last"
    );
    assert_eq!(emulator.uploads()[0].token, token);
    assert_eq!(emulator.uploads()[0].sha256, sha256(&data));
}

#[tokio::test]
async fn auto_protocol_picks_by_size() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let small_data = bytes(1000, 5);
    let large_data = bytes(1001, 6);
    let small = client
        .uploads()
        .upload(UploadSource::bytes(small_data.clone()))
        .resumable_threshold(1000)
        .send()
        .await
        .unwrap();
    let large = client
        .uploads()
        .upload(UploadSource::bytes(large_data.clone()))
        .resumable_threshold(1000)
        .send()
        .await
        .unwrap();
    let uploads = emulator.uploads();
    let by_token = |t: &str| uploads.iter().find(|u| u.token == t).unwrap().clone();
    assert_eq!(by_token(&small).protocol, "raw");
    assert_eq!(by_token(&small).sha256, sha256(&small_data));
    assert_eq!(by_token(&large).protocol, "resumable");
    assert_eq!(by_token(&large).sha256, sha256(&large_data));
}

#[tokio::test]
async fn a_cut_connection_resumes_from_the_reported_offset() {
    let emulator = support::emulator().await;
    let client = no_backoff_client(&emulator);
    let dir = TempDir::new("cut");
    let data = bytes(4 * 1024 * 1024 + 5, 7);
    let path = dir.file("long.mov", &data);
    // In the middle of the third 1 MiB chunk; the server keeps whole granules only.
    let cut = 2 * MIB + 600_000;
    emulator.cut_upload_at(cut);
    let progress = Arc::new(Mutex::new(Vec::new()));
    let log = progress.clone();

    let token = client
        .uploads()
        .upload(path)
        .protocol(Protocol::Resumable)
        .chunk_size(MIB)
        .progress(move |p| log.lock().unwrap().push(p.sent))
        .send()
        .await
        .unwrap();

    let uploads = emulator.uploads();
    assert_eq!(uploads.len(), 1);
    assert_eq!(uploads[0].token, token);
    assert_eq!(
        uploads[0].sha256,
        sha256(&data),
        "identical bytes after resuming"
    );
    let log = emulator.upload_chunks();
    let persisted = cut / DEFAULT_GRANULARITY * DEFAULT_GRANULARITY;
    let cut_at = log.iter().position(|c| c.cut).expect("a chunk was cut");
    assert_eq!(log[cut_at].offset, 2 * MIB);
    // After the cut the client asks where the server stands, once, and continues from there:
    // not from zero, nor from the cut chunk's start.
    assert_eq!(log[cut_at + 1].command, "query");
    assert_eq!(log.iter().filter(|c| c.command == "query").count(), 1);
    assert_eq!(log[cut_at + 2].offset, persisted);
    assert!(log[cut_at + 2].command.contains("upload"));
    let chunks = byte_chunks(&emulator);
    assert!(chunks
        .iter()
        .skip_while(|c| !c.cut)
        .skip(1)
        .all(|c| c.offset >= persisted));
    assert_eq!(chunks.iter().filter(|c| c.offset == 0).count(), 1);
    assert_eq!(
        chunks.last().unwrap().command,
        "upload, finalize",
        "{chunks:#?}"
    );
    let progress = progress.lock().unwrap().clone();
    assert!(
        progress.contains(&persisted),
        "progress restarts at the reported offset"
    );
    assert_eq!(*progress.last().unwrap(), data.len() as u64);

    let item = create_item(&client, &token, "long.mov").await;
    assert!(held_bytes(&emulator, item.id.as_deref().unwrap()) == data);
}

#[tokio::test]
async fn a_reader_resumes_within_its_buffered_chunk() {
    let emulator = support::emulator().await;
    let client = no_backoff_client(&emulator);
    let data = bytes(3 * 1024 * 1024 + 99, 8);
    // A cut in the second chunk, then a 503 for a later one: both are resent from the bytes
    // the reader's current chunk buffers, since a reader cannot be rewound.
    emulator.cut_upload_at(MIB + 300_000);
    emulator.fail_upload_chunk(3);
    let token = client
        .uploads()
        .upload(
            UploadSource::reader(std::io::Cursor::new(data.clone()), Some(data.len() as u64))
                .file_name("reader.mp4"),
        )
        .protocol(Protocol::Resumable)
        .chunk_size(MIB)
        .send()
        .await
        .unwrap();
    let uploads = emulator.uploads();
    assert_eq!(uploads.len(), 1);
    assert_eq!(uploads[0].token, token);
    assert_eq!(uploads[0].sha256, sha256(&data));
    let chunks = byte_chunks(&emulator);
    assert!(chunks.iter().any(|c| c.cut), "{chunks:#?}");
    let queries = emulator
        .upload_chunks()
        .iter()
        .filter(|c| c.command == "query")
        .count();
    assert_eq!(queries, 2, "one query after the cut, one after the 503");
    assert_eq!(
        upload_requests(&emulator)[0].header("x-goog-upload-raw-size"),
        Some(data.len().to_string().as_str())
    );

    let item = create_item(&client, &token, "reader.mp4").await;
    assert!(held_bytes(&emulator, item.id.as_deref().unwrap()) == data);
}

#[tokio::test]
async fn a_reader_of_unknown_size_is_streamed_raw_and_never_claims_a_size() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let data = bytes(3 * 1024 * 1024 + 99, 8);
    // The resumable protocol needs X-Goog-Upload-Raw-Size up front, which a reader of unknown
    // size cannot give: under Protocol::Auto it goes raw, streamed, however large.
    let token = client
        .uploads()
        .upload(UploadSource::reader(std::io::Cursor::new(data.clone()), None).file_name("r.mp4"))
        .resumable_threshold(1000)
        .chunk_size(MIB)
        .send()
        .await
        .unwrap();
    let uploads = emulator.uploads();
    assert_eq!(uploads.len(), 1);
    assert_eq!(
        (uploads[0].token.as_str(), uploads[0].protocol.as_str()),
        (token.as_str(), "raw")
    );
    assert_eq!(uploads[0].sha256, sha256(&data));
    let requests = upload_requests(&emulator);
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].header("x-goog-upload-raw-size"), None);
    assert_eq!(requests[0].header("transfer-encoding"), Some("chunked"));

    // Asking for the resumable protocol explicitly is refused before anything is sent.
    emulator.clear_requests();
    let err = client
        .uploads()
        .upload(UploadSource::reader(std::io::Cursor::new(data), None))
        .protocol(Protocol::Resumable)
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(
            err.api_error(),
            Some(google_photos::library::Error::InvalidArgument(_))
        ),
        "{err:?}"
    );
    assert!(emulator.requests().is_empty());
}

#[tokio::test]
async fn a_server_error_on_a_chunk_is_recovered_by_querying() {
    let emulator = support::emulator().await;
    let client = no_backoff_client(&emulator);
    // The second chunk that carries bytes answers 503 and keeps none of them.
    emulator.fail_upload_chunk(1);
    let data = bytes(2 * 1024 * 1024 + 1, 9);
    let token = client
        .uploads()
        .upload(UploadSource::bytes(data.clone()).file_name("e.jpg"))
        .protocol(Protocol::Resumable)
        .chunk_size(MIB)
        .send()
        .await
        .unwrap();
    let uploads = emulator.uploads();
    assert_eq!(uploads.len(), 1);
    assert_eq!(uploads[0].token, token);
    assert_eq!(uploads[0].sha256, sha256(&data));
    let commands: Vec<(String, u64)> = emulator
        .upload_chunks()
        .into_iter()
        .skip(1)
        .map(|c| (c.command, c.offset))
        .collect();
    let upload = |offset| ("upload".to_string(), offset);
    assert_eq!(
        commands,
        [
            upload(0),
            upload(MIB),
            ("query".to_string(), 0),
            upload(MIB),
            ("upload, finalize".to_string(), 2 * MIB),
        ]
    );

    let item = create_item(&client, &token, "e.jpg").await;
    assert!(held_bytes(&emulator, item.id.as_deref().unwrap()) == data);
}

#[tokio::test]
async fn unusable_inputs_fail_before_sending() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let missing = client
        .uploads()
        .upload(PathBuf::from("/definitely/not/here.jpg"))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(missing, PhotosError::Io { .. }), "{missing:?}");
    let bad_mime = client
        .uploads()
        .upload(UploadSource::bytes(vec![1, 2, 3]).mime_type("image/png\r\nx: y"))
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(
            bad_mime.api_error(),
            Some(google_photos::library::Error::InvalidArgument(_))
        ),
        "{bad_mime:?}"
    );
    assert!(emulator.requests().is_empty());
    assert!(emulator.uploads().is_empty());
}

#[tokio::test]
async fn many_files_become_batches_of_fifty_in_input_order() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let album = client
        .albums()
        .create(CreateAlbumRequest::default().set_album(Album::default().set_title("Many")))
        .send()
        .await
        .unwrap();
    let album_id = album.id.clone().unwrap();
    let dir = TempDir::new("many");
    let mut inputs = Vec::new();
    let mut contents = Vec::new();
    for i in 0..120 {
        // Photos accepts no text files: a `.txt` goes up as application/octet-stream and
        // batchCreate fails that item alone.
        let name = if i == 37 {
            format!("notes-{i:03}.txt")
        } else {
            format!("photo-{i:03}.jpg")
        };
        let data = bytes(2000 + i, i as u64);
        let path = dir.file(&name, &data);
        contents.push(data);
        inputs.push(NewMedia::path(path).description(format!("number {i}")));
    }
    // An input that fails its own check, before any upload.
    inputs.push(
        NewMedia::new(UploadSource::bytes(vec![0; 10]).file_name("x.jpg"))
            .description("d".repeat(1000)),
    );
    let last = Arc::new(Mutex::new(None::<Progress>));
    let seen = last.clone();

    let results = client
        .uploads()
        .create_from_files(inputs)
        .album_id(&album_id)
        .album_position(AlbumPosition::default().set_position(AlbumPositionPosition::FirstInAlbum))
        .concurrency(3)
        .progress(move |p| *seen.lock().unwrap() = Some(p))
        .send()
        .await;

    assert_eq!(results.len(), 121);
    let calls: Vec<serde_json::Value> = emulator
        .requests()
        .iter()
        .filter(|r| r.path == "/v1/mediaItems:batchCreate")
        .map(Recorded::json)
        .collect();
    let sizes: Vec<usize> = calls
        .iter()
        .map(|c| c["newMediaItems"].as_array().unwrap().len())
        .collect();
    assert_eq!(sizes, [50, 50, 20]);
    assert!(calls.iter().all(|c| c["albumId"] == album_id.as_str()));
    assert_eq!(calls[0]["albumPosition"]["position"], "FIRST_IN_ALBUM");
    // Later batches follow the last item of the previous one, keeping input order.
    let last_of_first = results[49].as_ref().unwrap().id.clone().unwrap();
    assert_eq!(calls[1]["albumPosition"]["position"], "AFTER_MEDIA_ITEM");
    assert_eq!(
        calls[1]["albumPosition"]["relativeMediaItemId"],
        last_of_first.as_str()
    );
    assert!(
        emulator.max_concurrent_uploads() <= 3,
        "at most 3 uploads at once, saw {}",
        emulator.max_concurrent_uploads()
    );
    assert_eq!(
        emulator.uploads().len(),
        120,
        "the input that failed its check was never uploaded"
    );

    let held = emulator.media_items();
    let mut created = Vec::new();
    for (i, result) in results.iter().enumerate().take(120) {
        if i == 37 {
            let err = result.as_ref().unwrap_err();
            let status = err.item_status().expect("a per-item status");
            assert_eq!(status.code, Some(3), "INVALID_ARGUMENT");
            assert!(
                err.to_string().contains("application/octet-stream"),
                "{err}"
            );
            continue;
        }
        let item = result.as_ref().unwrap_or_else(|e| panic!("input {i}: {e}"));
        let name = format!("photo-{i:03}.jpg");
        assert_eq!(item.filename.as_deref(), Some(name.as_str()));
        assert_eq!(
            item.description.as_deref(),
            Some(format!("number {i}").as_str())
        );
        let id = item.id.clone().unwrap();
        let stored = held
            .iter()
            .find(|h| h.id == id)
            .unwrap_or_else(|| panic!("input {i} is not in the library"));
        assert_eq!(stored.file_name, name);
        assert!(*stored.bytes == contents[i], "input {i}: bytes differ");
        created.push(id);
    }
    assert_eq!(held.len(), 119, "every input but the two failures");
    let too_long = results[120].as_ref().unwrap_err();
    assert!(
        too_long.to_string().contains("1000 characters"),
        "{too_long}"
    );
    let album = emulator
        .albums()
        .into_iter()
        .find(|a| a.id == album_id)
        .unwrap();
    assert_eq!(
        album.media_item_ids, created,
        "the album holds the items in input order"
    );
    let last = last.lock().unwrap().expect("progress reported");
    assert_eq!(Some(last.overall_sent), last.overall_total);
}

#[tokio::test]
async fn an_album_position_needs_an_album() {
    let emulator = support::emulator().await;
    let inputs: Vec<NewMedia> = (0..3)
        .map(|i| NewMedia::new(UploadSource::bytes(bytes(10, i)).file_name(format!("{i}.jpg"))))
        .collect();
    // A position without an album is refused for every input, before uploading.
    let results = support::client(&emulator)
        .uploads()
        .create_from_files(inputs)
        .album_position(AlbumPosition::default())
        .send()
        .await;
    assert_eq!(results.len(), 3);
    assert!(results.iter().all(|r| r.is_err()));
    assert!(emulator.requests().is_empty());
    assert!(emulator.media_items().is_empty());
}

#[tokio::test]
async fn raw_uploads_of_replayable_sources_are_retried_and_readers_are_not() {
    let emulator = support::emulator().await;
    let client = no_backoff_client(&emulator);
    emulator.fail_upload_chunk(0);
    let data = bytes(5000, 12);
    let token = client
        .uploads()
        .upload(UploadSource::bytes(data.clone()).file_name("r.jpg"))
        .send()
        .await
        .unwrap();
    let requests = upload_requests(&emulator);
    assert_eq!(requests.len(), 2);
    assert!(
        requests.iter().all(|r| r.body == data),
        "the same bytes, sent again"
    );
    let uploads = emulator.uploads();
    assert_eq!(uploads.len(), 1);
    assert_eq!(uploads[0].token, token);
    assert_eq!(uploads[0].sha256, sha256(&data));

    emulator.clear_requests();
    // Upload requests carrying bytes are counted from the start: the two above were 0 and 1.
    emulator.fail_upload_chunk(2);
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
    assert_eq!(
        emulator.requests().len(),
        1,
        "a reader cannot be sent again"
    );
    assert_eq!(emulator.uploads().len(), 1);
}

#[tokio::test]
async fn a_session_on_another_origin_is_refused() {
    let emulator = support::emulator().await;
    emulator.reply(
        Reply::text(200, "")
            .header("X-Goog-Upload-Status", "active")
            .header("X-Goog-Upload-URL", "http://attacker.invalid/session"),
    );
    let err = no_backoff_client(&emulator)
        .uploads()
        .upload(UploadSource::bytes(vec![1; 10]))
        .protocol(Protocol::Resumable)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, PhotosError::Protocol(_)), "{err:?}");
    assert!(err.to_string().contains("another origin"), "{err}");
    assert_eq!(
        emulator.requests().len(),
        1,
        "the token never goes to the other origin"
    );
    assert!(emulator.uploads().is_empty());
}
