//! `pick_photos` end to end: the example runs as a child process against photos-emulator's
//! Picker, someone picks two of the library's items (the emulator's test hook, or a real
//! headless Chromium clicking on the picker page), and the test checks what the example
//! printed, the bytes it downloaded, and that it deleted its session.

mod support;

use std::path::Path;
use std::process::Output;
use std::time::Duration;

use photos_emulator::Emulator;
use support::examples::{spawn, stdout, values};
use support::TempDir;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, BufReader};

/// An emulator whose Picker asks to be polled every 50 ms, holding three items the app did
/// not create (which only picking can give it); returns the items' ids and bytes.
async fn emulator_with_library() -> (Emulator, Vec<(String, Vec<u8>)>) {
    let server = Emulator::builder()
        .picker_poll_interval(Duration::from_millis(50))
        .start()
        .await
        .expect("the emulator starts");
    let items = support::seed_picker_library(&server);
    (server, items)
}

/// Runs `pick_photos --out OUT` against `server`; once it has printed its link, calls
/// `pick(link, session_id)`. Returns the example's output.
async fn run_pick_photos<F, Fut>(server: &Emulator, out: &Path, pick: F) -> Output
where
    F: FnOnce(String, String) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let picker_url = server.picker_url();
    let out = out.to_str().unwrap();
    let mut child = spawn(
        "pick_photos",
        &["--base-url", &picker_url, "--out", out, "--max-wait", "120"],
    );
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut printed = String::new();
    let (mut session, mut link) = (None, None);
    while link.is_none() {
        let line = tokio::time::timeout(Duration::from_secs(60), lines.next_line())
            .await
            .expect("pick_photos prints its link within a minute")
            .expect("stdout reads")
            .unwrap_or_else(|| panic!("pick_photos ended before printing a link: {printed}"));
        printed.push_str(&line);
        printed.push('\n');
        session = session.or(line.strip_prefix("session: ").map(str::to_string));
        link = line.strip_prefix("link: ").map(str::to_string);
    }
    pick(
        link.unwrap(),
        session.expect("a session line before the link"),
    )
    .await;
    let mut rest = lines.into_inner();
    let mut tail = String::new();
    rest.read_to_string(&mut tail).await.expect("stdout reads");
    printed.push_str(&tail);
    let mut stderr = Vec::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_end(&mut stderr)
        .await
        .expect("stderr reads");
    let status = tokio::time::timeout(Duration::from_secs(60), child.wait())
        .await
        .expect("pick_photos ends within a minute of the pick")
        .expect("pick_photos runs");
    eprintln!(
        "--- pick_photos: {status}\n--- stdout:\n{printed}--- stderr:\n{}",
        String::from_utf8_lossy(&stderr)
    );
    Output {
        status,
        stdout: printed.into_bytes(),
        stderr,
    }
}

/// What every run must show once items `picked` (ids and bytes, in pick order) were picked:
/// exit code 0, one `picked:` and one `downloaded:` line per item, the bytes on disk, and
/// the session deleted.
fn assert_downloaded(
    server: &Emulator,
    output: &Output,
    out: &Path,
    picked: &[&(String, Vec<u8>)],
) {
    assert!(output.status.success(), "pick_photos failed");
    let stdout = stdout(output);
    let session = values(&stdout, "session")[0];
    let picked_ids: Vec<&str> = values(&stdout, "picked")
        .iter()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    let expected: Vec<&str> = picked.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        picked_ids, expected,
        "exactly the picked items, in pick order"
    );
    let downloaded = values(&stdout, "downloaded");
    assert_eq!(downloaded.len(), picked.len(), "{stdout}");
    for (line, (id, bytes)) in downloaded.iter().zip(picked) {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields[1], bytes.len().to_string());
        assert_eq!(fields[2], id);
        let on_disk = std::fs::read(out.join(fields[0])).expect("the downloaded file");
        assert_eq!(
            &on_disk, bytes,
            "{} holds the item's original bytes",
            fields[0]
        );
    }
    assert_eq!(values(&stdout, "deleted"), [session]);
    assert!(
        server.picker_sessions().iter().all(|s| s.id != session),
        "the session was deleted"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pick_photos_downloads_what_was_picked() {
    let (server, items) = emulator_with_library().await;
    let out = TempDir::new("picked");
    let (first, third) = (items[0].0.clone(), items[2].0.clone());
    let output = run_pick_photos(&server, out.path(), |_link, session| {
        let picked = server.pick(&session, &[&third, &first]);
        async move { picked.expect("the hook picks") }
    })
    .await;
    assert_downloaded(&server, &output, out.path(), &[&items[2], &items[0]]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pick_photos_downloads_what_a_browser_picked_on_the_picker_page() {
    let Some(driver) = support::browser::driver().await else {
        return;
    };
    let (server, items) = emulator_with_library().await;
    let out = TempDir::new("picked-in-browser");
    let (second, third) = (items[1].0.clone(), items[2].0.clone());
    let output = run_pick_photos(&server, out.path(), |link, _session| async move {
        // For a person to look at: `target/picker-page.png`.
        support::browser::pick_on_picker_page(
            &driver,
            &link,
            &[&second, &third],
            Some("picker-page.png"),
        )
        .await;
    })
    .await;
    assert_downloaded(&server, &output, out.path(), &[&items[1], &items[2]]);
}
