//! The crates as a user gets them: `cargo xtask package --registry local` publishes the
//! runtime, the generated Photos clients and `google-photos` to a cargo registry server on
//! 127.0.0.1 (cargo-http-registry), and a new project outside the repository, which knows
//! nothing of it but that registry, depends on `google-photos` alone, by version, builds,
//! and runs against the emulator what a Photos app does: an album, an upload into it, a
//! picking session (picked through the emulator's test hook) and a download of what was
//! picked.
//!
//! Needs `cargo-http-registry` (`cargo install --locked cargo-http-registry@0.1.8`, as
//! `.ci/run` does); with `CI` set, the test fails without it, else it is skipped.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use photos_emulator::Emulator;

struct Registry {
    child: Child,
    index: String,
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the registry server on a free port of 127.0.0.1; its `config.json` says where.
fn start_registry(root: &Path) -> Option<Registry> {
    let child = match Command::new("cargo-http-registry")
        .arg(root)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
    {
        Ok(child) => child,
        Err(e) if std::env::var_os("CI").is_some() => {
            panic!("cargo-http-registry is needed in CI (.ci/run installs it): {e}")
        }
        Err(e) => {
            eprintln!("skipped: cargo-http-registry is not installed ({e})");
            return None;
        }
    };
    let started = Instant::now();
    loop {
        let config = std::fs::read_to_string(root.join("config.json")).ok();
        let api = config
            .and_then(|c| serde_json::from_str::<serde_json::Value>(&c).ok())
            .and_then(|c| c["api"].as_str().map(str::to_string));
        if let Some(api) = api {
            return Some(Registry {
                child,
                index: format!("{}/git", api.trim_end_matches('/')),
            });
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the registry wrote no config.json"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn run(command: &mut Command, what: &str) -> String {
    let out = command.output().unwrap_or_else(|e| panic!("{what}: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{what} failed ({}):\n{stdout}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// The new project: a manifest naming the registry, a cargo configuration saying where it
/// is, and a Photos program.
fn write_project(dir: &Path, index: &str) {
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::create_dir_all(dir.join(".cargo")).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        r#"[package]
name = "photos-app"
version = "0.1.0"
edition = "2021"
publish = false

[dependencies]
google-photos = { version = "=0.1.0", registry = "local" }
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
"#,
    )
    .unwrap();
    std::fs::write(
        dir.join(".cargo/config.toml"),
        format!(
            "[registries.local]\nindex = \"{index}\"\n\n\
             # cargo-http-registry serves its index over git's HTTP protocol.\n\
             [net]\ngit-fetch-with-cli = true\n"
        ),
    )
    .unwrap();
    std::fs::write(dir.join("src/main.rs"), PROGRAM).unwrap();
}

/// The project's program: each step prints a line the test reads; `session:` is its cue to
/// pick.
const PROGRAM: &str = r#"use google_photos::library::rt::auth::StaticToken;
use google_photos::library::types::{Album, CreateAlbumRequest};
use google_photos::picking::original_variant;
use google_photos::uploads::NewMedia;
use google_photos::{library, picker, LibraryExt as _, PickerExt as _};

#[tokio::main]
async fn main() -> google_photos::Result<()> {
    let base_url = std::env::var("PHOTOS_URL").expect("PHOTOS_URL");
    let photo = std::env::var("PHOTO").expect("PHOTO");
    let library = library::Client::builder()
        .base_url(&base_url)
        .token_provider(StaticToken::new("a-token"))
        .build()?;
    let album = Album::default().set_title("From the registry");
    let album = library
        .albums()
        .create(CreateAlbumRequest::default().set_album(album))
        .send()
        .await?;
    let album_id = album.id.unwrap_or_default();
    println!("album: {album_id}");
    let created = library
        .uploads()
        .create_from_files([NewMedia::path(&photo)])
        .album_id(&album_id)
        .send()
        .await;
    for item in created {
        println!("uploaded: {}", item?.id.unwrap_or_default());
    }

    let picker = picker::Client::builder()
        .base_url(format!("{base_url}picker/"))
        .token_provider(StaticToken::new("a-token"))
        .build()?;
    let picking = picker.picking();
    let session = picking.start().send().await?;
    let session_id = session.id.clone().unwrap_or_default();
    println!("session: {session_id}");
    picking.wait(&session).await?;
    for item in picking.items(&session_id).await? {
        let file = format!("picked-{}", item.id.clone().unwrap_or_default());
        let bytes = picking.download(&item, original_variant(&item))?.to_file(&file).await?;
        println!("downloaded: {file} {bytes}");
    }
    picking.delete(&session_id).await?;
    Ok(())
}
"#;

/// The value of the first line `{key}: …` the program printed.
fn printed<'a>(output: &'a str, key: &str) -> &'a str {
    output
        .lines()
        .find_map(|line| line.strip_prefix(key)?.strip_prefix(": "))
        .unwrap_or_else(|| panic!("no `{key}:` line in the program's output:\n{output}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_project_outside_the_repository_uploads_picks_and_downloads_through_the_published_photos_crate(
) {
    let scratch: PathBuf =
        std::env::temp_dir().join(format!("discogen-registry-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    let Some(registry) = start_registry(&scratch.join("registry")) else {
        return;
    };
    let registry_env = [
        ("CARGO_REGISTRIES_LOCAL_INDEX", registry.index.as_str()),
        // The server checks no token; cargo wants one to publish.
        ("CARGO_REGISTRIES_LOCAL_TOKEN", "unused"),
        ("CARGO_NET_GIT_FETCH_WITH_CLI", "true"),
    ];

    // The project's build below compiles what a user's would: skip the packaging builds.
    let published = run(
        Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args([
                "package",
                "--registry",
                "local",
                "--no-verify",
                "--allow-dirty",
            ])
            .envs(registry_env),
        "cargo xtask package --registry local",
    );
    assert!(
        published.contains(
            "discogen-runtime, google-photoslibrary-v1, google-photospicker-v1, google-photos"
        ),
        "{published}"
    );

    let project = scratch.join("photos-app");
    write_project(&project, &registry.index);
    // Its own lock file, and a target folder apart from this repository's build, shared with
    // the other project built from scratch (cli/tests/getting_started.rs).
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/fresh-projects");
    run(
        Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .arg("build")
            .current_dir(&project)
            .env("CARGO_TARGET_DIR", &target)
            .env("CARGO_NET_GIT_FETCH_WITH_CLI", "true"),
        "cargo build of the project",
    );
    let lock = std::fs::read_to_string(project.join("Cargo.lock")).unwrap();
    for name in [
        "google-photos",
        "google-photoslibrary-v1",
        "google-photospicker-v1",
        "discogen-runtime",
    ] {
        let entry = lock
            .split("[[package]]")
            .find(|p| p.contains(&format!("name = \"{name}\"")))
            .unwrap_or_else(|| panic!("{name} in Cargo.lock:\n{lock}"));
        assert!(
            entry.contains(&format!("source = \"registry+{}\"", registry.index)),
            "{name} comes from the local registry:\n{entry}"
        );
    }

    let emulator = Emulator::builder()
        .picker_poll_interval(Duration::from_millis(50))
        .start()
        .await
        .unwrap();
    let photo_bytes: Vec<u8> = (0..=255u8).cycle().take(10_000).collect();
    let photo = project.join("beach.jpg");
    std::fs::write(&photo, &photo_bytes).unwrap();
    let mut program = Command::new(target.join("debug/photos-app"))
        .current_dir(&project)
        .env("PHOTOS_URL", emulator.base_url())
        .env("PHOTO", &photo)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the project's program starts");
    // Read its lines until it waits on the session, as a user would open the link.
    let mut stdout = BufReader::new(program.stdout.take().unwrap());
    let mut output = String::new();
    while !output.contains("session: ") {
        let mut line = String::new();
        if stdout.read_line(&mut line).unwrap() == 0 {
            let failed = program.wait_with_output().unwrap();
            panic!(
                "the program ended before picking ({}):\n{output}\n{}",
                failed.status,
                String::from_utf8_lossy(&failed.stderr)
            );
        }
        output.push_str(&line);
    }
    let uploaded = printed(&output, "uploaded").to_string();
    emulator
        .pick(printed(&output, "session"), &[&uploaded])
        .unwrap();
    stdout.read_to_string(&mut output).unwrap();
    let finished = program.wait_with_output().unwrap();
    assert!(
        finished.status.success(),
        "the program failed ({}):\n{output}\n{}",
        finished.status,
        String::from_utf8_lossy(&finished.stderr)
    );

    let albums = emulator.albums();
    assert_eq!(albums.len(), 1);
    assert_eq!(albums[0].title, "From the registry");
    assert_eq!(printed(&output, "album"), albums[0].id);
    assert_eq!(albums[0].media_item_ids, std::slice::from_ref(&uploaded));
    let file = format!("picked-{uploaded}");
    assert_eq!(
        printed(&output, "downloaded"),
        format!("{file} {}", photo_bytes.len())
    );
    assert_eq!(std::fs::read(project.join(&file)).unwrap(), photo_bytes);
    assert!(
        emulator.picker_sessions().is_empty(),
        "the program deleted its session"
    );
    drop(registry);
    let _ = std::fs::remove_dir_all(&scratch);
}
