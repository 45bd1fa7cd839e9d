//! Uploads the photos and videos of a folder into a new Google Photos album, with a progress
//! bar, and prints the album's URL.
//!
//! ```sh
//! PHOTOS_ACCESS_TOKEN=$(gcloud auth print-access-token) \
//!   cargo run -p discogen --example photos_upload_folder -- --title "Holidays" ~/Pictures/holidays
//! ```
//!
//! Against a local test server (no Google account needed):
//!
//! ```sh
//! cargo run -p discogen --example photos_test_server -- --port 8080 &
//! PHOTOS_ACCESS_TOKEN=test cargo run -p discogen --example photos_upload_folder -- \
//!   --base-url http://127.0.0.1:8080/ --title "Test" ~/Pictures/holidays
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use google_photoslibrary_v1::rt::auth::StaticToken;
use google_photoslibrary_v1::types::{Album, CreateAlbumRequest};
use google_photoslibrary_v1::uploads::{guess_mime_type, NewMedia, Protocol};
use google_photoslibrary_v1::Client;
use indicatif::{ProgressBar, ProgressStyle};

const AUTH_HELP: &str = "\
Authentication:
  The program reads an OAuth 2.0 access token from the environment variable named by
  --token-env (default PHOTOS_ACCESS_TOKEN) and sends it only in the Authorization header.
  The token needs the scope https://www.googleapis.com/auth/photoslibrary.appendonly
  (uploads and the album); since 2025-03-31 Google no longer grants the photoslibrary,
  photoslibrary.readonly and photoslibrary.sharing scopes. Get one from an OAuth client of
  type \"Desktop app\" in a Google Cloud project with the Photos Library API enabled, e.g.
  `gcloud auth application-default login --client-id-file=client.json --scopes=...` then
  `gcloud auth application-default print-access-token`, or the OAuth 2.0 Playground. The
  Photos Library API does not accept service accounts. Tokens expire after about an hour.

  Against a local test server (--base-url http://127.0.0.1:PORT/, see the example
  photos_test_server) any token works.";

/// Uploads the photos and videos of FOLDER into a new Google Photos album and prints the
/// album's URL.
#[derive(Parser)]
#[command(after_help = AUTH_HELP)]
struct Args {
    /// Folder whose photos and videos to upload (not its subfolders).
    folder: PathBuf,
    /// Title of the new album (at most 500 characters); default: the folder's name.
    #[arg(long)]
    title: Option<String>,
    /// Environment variable holding the access token.
    #[arg(long, default_value = "PHOTOS_ACCESS_TOKEN")]
    token_env: String,
    /// Root URL of the API, e.g. a local test server's `http://127.0.0.1:8080/`.
    #[arg(long)]
    base_url: Option<String>,
    /// Uploads at once.
    #[arg(long, default_value_t = 4)]
    concurrency: usize,
    /// Resumable chunk size in MiB.
    #[arg(long, default_value_t = 8)]
    chunk_mib: u64,
    /// Upload every file, not only those with a photo or video extension.
    #[arg(long)]
    all_files: bool,
    /// Always use the resumable protocol (default: by size).
    #[arg(long)]
    resumable: bool,
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    match run(args).await {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(args: Args) -> Result<ExitCode, String> {
    let token = std::env::var(&args.token_env).map_err(|_| {
        format!(
            "set {} to an OAuth 2.0 access token (see --help)",
            args.token_env
        )
    })?;
    let mut builder = Client::builder().token_provider(StaticToken::new(token));
    if let Some(url) = &args.base_url {
        builder = builder.base_url(url);
    }
    let client = builder.build().map_err(|e| e.to_string())?;

    let mut files = Vec::new();
    let entries = std::fs::read_dir(&args.folder)
        .map_err(|e| format!("reading {}: {e}", args.folder.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let is_media = name
            .as_deref()
            .is_some_and(|n| guess_mime_type(n) != "application/octet-stream");
        if path.is_file() && (is_media || args.all_files) {
            files.push(path);
        }
    }
    files.sort();
    if files.is_empty() {
        return Err(format!("{} has no photos or videos", args.folder.display()));
    }

    let title = args.title.clone().unwrap_or_else(|| {
        args.folder
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "Uploads".into())
    });
    let album = client
        .albums()
        .create(CreateAlbumRequest::default().set_album(Album::default().set_title(title)))
        .send()
        .await
        .map_err(|e| format!("creating the album: {e}"))?;
    let album_id = album.id.clone().ok_or("the new album has no id")?;

    let total: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template(
            "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta} {msg}",
        )
        .map_err(|e| e.to_string())?,
    );
    bar.set_message(format!("{} files", files.len()));
    let progress_bar = bar.clone();
    let protocol = if args.resumable {
        Protocol::Resumable
    } else {
        Protocol::Auto
    };

    let results = client
        .uploads()
        .create_from_files(files.iter().map(NewMedia::path))
        .album_id(album_id)
        .concurrency(args.concurrency)
        .chunk_size(args.chunk_mib.saturating_mul(1024 * 1024))
        .protocol(protocol)
        .progress(move |p| {
            if let Some(total) = p.overall_total {
                progress_bar.set_length(total);
            }
            progress_bar.set_position(p.overall_sent);
        })
        .send()
        .await;
    bar.finish_and_clear();

    let mut failed = 0;
    for (file, result) in files.iter().zip(&results) {
        if let Err(err) = result {
            failed += 1;
            eprintln!("{}: {err}", file.display());
        }
    }
    println!(
        "{} of {} files added to the album",
        files.len() - failed,
        files.len()
    );
    match &album.product_url {
        Some(url) => println!("{url}"),
        None => println!("album id: {}", album.id.as_deref().unwrap_or_default()),
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
