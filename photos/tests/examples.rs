//! End-to-end tests of the example programs: each test starts a photos-emulator, runs example
//! binaries as child processes against it (`--base-url`), and checks their stdout, exit code
//! and what the emulator then holds.
//! The Picker's example, `pick_photos`, is tested in `pick_photos.rs`.

mod support;

use std::net::{Ipv4Addr, TcpListener};
use std::process::Output;

use photos_emulator::Emulator;
use support::examples::{assert_clean_failure, run, run_in, stderr, stdout, values};
use support::TempDir;

/// The three files every test uploads: two PNGs and a video-named file.
fn sample_files() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("beach.png", support::png(4, 3, 10)),
        ("sunset.png", support::png(2, 5, 200)),
        (
            "waves.mp4",
            b"not really a video, but named like one".to_vec(),
        ),
    ]
}

const TITLE: &str = "Trip to the sea";

/// Writes the sample files into a new folder and uploads it with `upload_folder`; returns the
/// folder, the album id, and upload_folder's output.
async fn upload_samples(server: &Emulator) -> (TempDir, String, Output) {
    let folder = TempDir::new("upload");
    for (name, bytes) in sample_files() {
        std::fs::write(folder.path().join(name), bytes).unwrap();
    }
    let output = run(
        "upload_folder",
        Some(server.base_url()),
        &["--title", TITLE, folder.str()],
    )
    .await;
    assert!(
        output.status.success(),
        "upload_folder: {}",
        stderr(&output)
    );
    let out = stdout(&output);
    let ids = values(&out, "album-id");
    assert_eq!(ids.len(), 1, "one album-id line: {out}");
    (folder, ids[0].to_string(), output)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upload_folder_creates_an_album_holding_the_files() {
    let server = Emulator::start().await.unwrap();
    let (_folder, album_id, output) = upload_samples(&server).await;
    let out = stdout(&output);

    let albums = server.albums();
    assert_eq!(albums.len(), 1);
    let album = &albums[0];
    assert_eq!(album.id, album_id);
    assert_eq!(album.title, TITLE);
    assert!(album.app_created);
    assert_eq!(album.media_item_ids.len(), 3);

    let items = server.media_items();
    for (name, bytes) in sample_files() {
        let item = items
            .iter()
            .find(|i| i.file_name == name)
            .unwrap_or_else(|| panic!("no media item {name}: {items:?}"));
        assert_eq!(item.bytes.as_slice(), bytes.as_slice(), "bytes of {name}");
        assert!(
            album.media_item_ids.contains(&item.id),
            "{name} in the album"
        );
        assert!(
            values(&out, "uploaded").contains(&format!("{name}\t{}", item.id).as_str()),
            "uploaded line for {name}: {out}"
        );
    }
    let url = values(&out, "album-url");
    assert_eq!(url.len(), 1, "one album-url line: {out}");
    assert!(url[0].contains(&album_id), "{url:?}");
    assert_eq!(values(&out, "added"), ["3 of 3"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_library_prints_the_album_and_its_items_across_pages() {
    let server = Emulator::start().await.unwrap();
    let (_folder, album_id, _) = upload_samples(&server).await;
    server.clear_requests();

    let output = run(
        "list_library",
        Some(server.base_url()),
        &["--page-size", "1"],
    )
    .await;
    assert!(output.status.success());
    let out = stdout(&output);
    assert_eq!(values(&out, "album"), [format!("{album_id}\t3\t{TITLE}")]);
    let items = values(&out, "item");
    assert_eq!(items.len(), 3, "{out}");
    for (line, (state, (name, _))) in items
        .iter()
        .zip(server.media_items().iter().zip(sample_files()))
    {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 4, "{line}");
        assert_eq!(fields[0], state.id);
        let mime = if name.ends_with(".png") {
            "image/png"
        } else {
            "video/mp4"
        };
        assert_eq!(fields[1], mime);
        assert!(
            fields[2]
                .parse::<google_photos::library::rt::wkt::Timestamp>()
                .is_ok(),
            "creation time {:?}",
            fields[2]
        );
        assert_eq!(fields[3], name);
    }
    assert_eq!(values(&out, "total"), ["1 albums, 3 media items"]);

    // One page per item, and one request per page that followed a nextPageToken.
    let item_pages: Vec<_> = server
        .requests()
        .into_iter()
        .filter(|r| r.path == "/v1/mediaItems")
        .collect();
    assert_eq!(item_pages.len(), 3, "pages of mediaItems.list");
    let with_token = item_pages
        .iter()
        .filter(|r| r.query_pairs().iter().any(|(k, _)| k == "pageToken"))
        .count();
    assert_eq!(with_token, 2);

    let output = run("list_library", Some(server.base_url()), &["--albums-only"]).await;
    assert!(output.status.success());
    let out = stdout(&output);
    assert_eq!(values(&out, "album").len(), 1);
    assert!(values(&out, "item").is_empty(), "{out}");
    assert_eq!(values(&out, "total"), ["1 albums, 0 media items"]);

    let output = run("list_library", Some(server.base_url()), &["--limit", "2"]).await;
    assert!(output.status.success());
    let out = stdout(&output);
    assert_eq!(values(&out, "item").len(), 2, "{out}");
    assert_eq!(values(&out, "total"), ["1 albums, 2 media items"]);
}

/// One span as the stdout exporter prints it: its `Name`, `SpanId` and `ParentSpanId`, and
/// its attribute lines.
struct PrintedSpan<'a> {
    name: &'a str,
    id: &'a str,
    parent: &'a str,
    text: &'a str,
}

fn printed_spans(stdout: &str) -> Vec<PrintedSpan<'_>> {
    stdout
        .split("Span #")
        .skip(1)
        .map(|text| {
            // The instrumentation scope's `Name` comes first, quoted; the span's follows.
            let field = |name: &str| {
                text.lines()
                    .filter_map(|l| l.trim().strip_prefix(name))
                    .filter_map(|rest| rest.trim_start().strip_prefix(':'))
                    .map(str::trim)
                    .find(|value| !value.starts_with('"'))
                    .unwrap_or("")
            };
            PrintedSpan {
                name: field("Name"),
                id: field("SpanId"),
                parent: field("ParentSpanId"),
                text,
            }
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn traced_albums_prints_the_call_span_and_its_request_span() {
    let server = Emulator::start().await.unwrap();
    let (_folder, album_id, _) = upload_samples(&server).await;

    let output = run("traced_albums", Some(server.base_url()), &[]).await;

    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    assert_eq!(values(&out, "album"), [format!("{album_id}\t{TITLE}")]);
    let spans = printed_spans(&out);
    let call: Vec<_> = spans
        .iter()
        .filter(|s| s.name == "photoslibrary.albums.list")
        .collect();
    let requests: Vec<_> = spans
        .iter()
        .filter(|s| s.name == "GET /v1/albums")
        .collect();
    assert_eq!((call.len(), requests.len()), (1, 1), "{out}");
    assert!(call[0].parent.starts_with("None"), "a root span: {out}");
    assert_eq!(
        requests[0].parent, call[0].id,
        "the request's parent is the call"
    );
    for line in [
        "Kind         : Internal",
        "gcp.client.service: String(Owned(\"photoslibrary\"))",
        "discogen.attempts: I64(1)",
    ] {
        assert!(call[0].text.contains(line), "{line}: {}", call[0].text);
    }
    for line in [
        "Kind         : Client",
        "url.template: String(Owned(\"/v1/albums\"))",
        "http.response.status_code: I64(200)",
        "server.address: String(Owned(\"127.0.0.1\"))",
    ] {
        assert!(
            requests[0].text.contains(line),
            "{line}: {}",
            requests[0].text
        );
    }
    assert!(!out.contains("scopes:"), "the token stays out of the spans");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn download_album_writes_the_original_bytes() {
    let server = Emulator::start().await.unwrap();
    let (_folder, album_id, _) = upload_samples(&server).await;
    let target = TempDir::new("download");
    let into = target.path().join("new folder");
    let into_str = into.to_str().unwrap();

    let output = run(
        "download_album",
        Some(server.base_url()),
        &["--album-id", &album_id, "--out", into_str],
    )
    .await;
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    assert_eq!(values(&out, "album"), [format!("{album_id}\t{TITLE}")]);
    assert_eq!(values(&out, "downloaded").len(), 3, "{out}");
    let total: usize = sample_files().iter().map(|(_, b)| b.len()).sum();
    assert_eq!(
        values(&out, "summary"),
        [format!("3 of 3 items, {total} bytes, into {into_str}")]
    );
    for (name, bytes) in sample_files() {
        let on_disk = std::fs::read(into.join(name)).unwrap();
        assert_eq!(on_disk, bytes, "bytes of {name}");
    }
    // Photos are read with `=d`, the video with `=dv`.
    let downloads: Vec<String> = server
        .requests()
        .into_iter()
        .map(|r| r.path)
        .filter(|p| p.ends_with("=d") || p.ends_with("=dv"))
        .collect();
    assert_eq!(downloads.len(), 3, "{downloads:?}");
    assert_eq!(downloads.iter().filter(|p| p.ends_with("=dv")).count(), 1);

    // Again, found by title, into the same folder: nothing is overwritten.
    let output = run(
        "download_album",
        Some(server.base_url()),
        &["--title", TITLE, "--out", into_str],
    )
    .await;
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        values(&out, "downloaded")
            .iter()
            .any(|l| l.starts_with("beach (2).png\t")),
        "{out}"
    );
    for (name, bytes) in sample_files() {
        let (stem, ext) = name.split_once('.').unwrap();
        assert_eq!(std::fs::read(into.join(name)).unwrap(), bytes);
        let copy = into.join(format!("{stem} (2).{ext}"));
        assert_eq!(std::fs::read(copy).unwrap(), bytes, "second copy of {name}");
    }
    assert_eq!(
        std::fs::read_dir(&into).unwrap().count(),
        6,
        "no .part files left"
    );

    // Without --out: a folder named after the album's title, in the current folder.
    let output = run_in(
        Some(target.path()),
        "download_album",
        Some(server.base_url()),
        &["--album-id", &album_id],
    )
    .await;
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        values(&stdout(&output), "summary"),
        [format!("3 of 3 items, {total} bytes, into {TITLE}")]
    );
    for (name, bytes) in sample_files() {
        assert_eq!(
            std::fs::read(target.path().join(TITLE).join(name)).unwrap(),
            bytes
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn download_album_with_an_unknown_album_fails_cleanly() {
    let server = Emulator::start().await.unwrap();
    let target = TempDir::new("download-unknown");
    let into = target.path().join("out");

    let output = run(
        "download_album",
        Some(server.base_url()),
        &[
            "--album-id",
            "NoSuchAlbum123",
            "--out",
            into.to_str().unwrap(),
        ],
    )
    .await;
    assert_clean_failure(&output, "NoSuchAlbum123");
    assert!(stdout(&output).is_empty());
    assert!(!into.exists(), "no folder made for an unknown album");

    let output = run(
        "download_album",
        Some(server.base_url()),
        &[
            "--title",
            "Nothing like this",
            "--out",
            into.to_str().unwrap(),
        ],
    )
    .await;
    assert_clean_failure(&output, "Nothing like this");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upload_folder_with_a_missing_folder_fails_cleanly() {
    let server = Emulator::start().await.unwrap();
    let missing = TempDir::new("missing");
    let folder = missing.path().join("not here");

    let output = run(
        "upload_folder",
        Some(server.base_url()),
        &[folder.to_str().unwrap()],
    )
    .await;
    assert_clean_failure(&output, "not here");
    assert!(stdout(&output).is_empty());
    assert!(server.albums().is_empty(), "no album made");

    // A folder without photos or videos is refused too, before any album is made.
    std::fs::write(missing.path().join("notes.txt"), "text").unwrap();
    let output = run("upload_folder", Some(server.base_url()), &[missing.str()]).await;
    assert_clean_failure(&output, "no photos or videos");
    assert!(server.albums().is_empty(), "no album made");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn examples_report_an_unreachable_server() {
    let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    // The listener is closed again: nothing answers on that port.
    let url = format!("http://127.0.0.1:{port}/");
    let target = TempDir::new("unreachable");
    std::fs::write(target.path().join("a.png"), support::png(1, 1, 0)).unwrap();

    // The client retries a refused connection for a while; run the three at once.
    let out_dir = target.path().join("out");
    let (list, upload, download) = tokio::join!(
        run("list_library", Some(&url), &[]),
        run("upload_folder", Some(&url), &[target.str()]),
        run(
            "download_album",
            Some(&url),
            &["--title", "x", "--out", out_dir.to_str().unwrap()],
        ),
    );
    assert_clean_failure(&list, &url);
    assert_clean_failure(&upload, "creating the album");
    assert_clean_failure(&download, &url);
    assert!(!out_dir.exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upload_folder_reports_each_file_that_failed() {
    let server = Emulator::start().await.unwrap();
    let folder = TempDir::new("upload-partial");
    std::fs::write(folder.path().join("a.png"), support::png(2, 2, 1)).unwrap();
    std::fs::write(folder.path().join("notes.txt"), "not a photo").unwrap();

    // --all-files sends the text file too, and the server refuses that one item alone.
    let output = run(
        "upload_folder",
        Some(server.base_url()),
        &["--all-files", folder.str()],
    )
    .await;
    assert_eq!(output.status.code(), Some(1));
    let (out, err) = (stdout(&output), stderr(&output));
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.contains("notes.txt:"),
        "a line for the failed file: {err}"
    );
    assert_eq!(values(&out, "added"), ["1 of 2"]);
    let uploaded = values(&out, "uploaded");
    assert_eq!(uploaded.len(), 1);
    assert!(uploaded[0].starts_with("a.png\t"), "{out}");
    let albums = server.albums();
    assert_eq!(albums.len(), 1);
    let title = folder.path().file_name().unwrap().to_str().unwrap();
    assert_eq!(albums[0].title, title, "default title: the folder's name");
    assert_eq!(albums[0].media_item_ids.len(), 1);
}
