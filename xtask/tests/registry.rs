//! The crates as a user gets them: `cargo xtask package --registry local` publishes the
//! runtime, the generated Photos clients and the Photos crate to a cargo registry server on
//! 127.0.0.1
//! (cargo-http-registry), and a new project outside the repository, which knows nothing of
//! it but that registry, depends on `google-photoslibrary-v1` by version, builds, and runs
//! its calls against the emulator.
//!
//! Needs `cargo-http-registry` (`cargo install --locked cargo-http-registry@0.1.8`, as
//! `.ci/run` does); with `CI` set, the test fails without it, else it is skipped.

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
/// is, and a program that creates an album and lists albums.
fn write_project(dir: &Path, index: &str) {
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::create_dir_all(dir.join(".cargo")).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        r#"[package]
name = "albums-app"
version = "0.1.0"
edition = "2021"
publish = false

[dependencies]
google-photoslibrary-v1 = { version = "=0.1.0", registry = "local", default-features = false }
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
    std::fs::write(
        dir.join("src/main.rs"),
        r#"use google_photoslibrary_v1::{rt::auth::StaticToken, types, Client};

#[tokio::main]
async fn main() -> Result<(), google_photoslibrary_v1::Error> {
    let client = Client::builder()
        .base_url(std::env::var("PHOTOS_URL").expect("PHOTOS_URL"))
        .token_provider(StaticToken::new("a-token"))
        .build()?;
    let album = types::Album::default().set_title("From the registry");
    let created = client
        .albums()
        .create(types::CreateAlbumRequest::default().set_album(album))
        .send()
        .await?;
    let page = client.albums().list().page_size(10).send().await?;
    println!("created: {}", created.id.unwrap_or_default());
    for album in page.albums.unwrap_or_default() {
        println!("listed: {}", album.title.unwrap_or_default());
    }
    Ok(())
}
"#,
    )
    .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_project_outside_the_repository_uses_the_published_photos_client() {
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
        published.contains("discogen-runtime, google-photoslibrary-v1"),
        "{published}"
    );

    let project = scratch.join("albums-app");
    write_project(&project, &registry.index);
    // Its own target folder and lock file: nothing comes from this repository's build.
    run(
        Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .arg("build")
            .current_dir(&project)
            .env_remove("CARGO_TARGET_DIR")
            .env("CARGO_NET_GIT_FETCH_WITH_CLI", "true"),
        "cargo build of the project",
    );
    let lock = std::fs::read_to_string(project.join("Cargo.lock")).unwrap();
    for name in ["google-photoslibrary-v1", "discogen-runtime"] {
        let entry = lock
            .split("[[package]]")
            .find(|p| p.contains(&format!("name = \"{name}\"")))
            .unwrap_or_else(|| panic!("{name} in Cargo.lock:\n{lock}"));
        assert!(
            entry.contains(&format!("source = \"registry+{}\"", registry.index)),
            "{name} comes from the local registry:\n{entry}"
        );
    }

    let emulator = Emulator::start().await.unwrap();
    let output = run(
        Command::new(project.join("target/debug/albums-app"))
            .env("PHOTOS_URL", emulator.base_url()),
        "the project's program",
    );
    let albums = emulator.albums();
    assert_eq!(albums.len(), 1);
    assert_eq!(albums[0].title, "From the registry");
    assert!(
        output.contains(&format!("created: {}\n", albums[0].id)),
        "{output}"
    );
    assert!(output.contains("listed: From the registry\n"), "{output}");
    drop(registry);
    let _ = std::fs::remove_dir_all(&scratch);
}
