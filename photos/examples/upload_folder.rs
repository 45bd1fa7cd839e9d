//! Uploads the photos and videos of a folder into a new album, with a progress bar, and prints
//! the album's id and URL.
//!
//! Against a local photos-emulator (the default; no Google account needed):
//!
//! ```sh
//! cargo run -p photos-emulator -- --port 8080 &
//! cargo run -p google-photos --example upload_folder -- --title "Holidays" ~/Pictures/holidays
//! ```
//!
//! Against Google Photos, with the `client_secret.json` of an OAuth client of type "Desktop
//! app": the first run signs in through the browser (it needs `photoslibrary.appendonly`),
//! later runs reuse the sign-in (see `--help`):
//!
//! ```sh
//! cargo run -p google-photos --example upload_folder -- \
//!   --google --client-secret client_secret.json --title "Holidays" ~/Pictures/holidays
//! ```
//!
//! Only the files directly in FOLDER whose extension is a photo or video type are uploaded
//! (`--all-files` for every file), in file-name order.
//!
//! # Output
//!
//! The progress bar and error messages go to stderr (the bar only on a terminal). Stdout holds
//! only these lines, `<TAB>` being a tab character:
//!
//! ```text
//! album-id: ALBUM_ID                       once the album exists
//! album-url: URL                           when the server gave the album a productUrl
//! uploaded: FILE_NAME<TAB>MEDIA_ITEM_ID    one per file added, in file-name order
//! added: N of M                            last: how many of the M files were added
//! ```
//!
//! Each file that failed gets a line `FILE: error` on stderr.
//!
//! Exit code 0 when every file was added; 1 when any failed, or on an error before uploading
//! (unreadable or empty folder, server unreachable, refused token), with the reason on stderr.
//! A bad command line (unknown option, missing argument) is clap's usage error, exit code 2.

mod support;

use google_photos::LibraryExt as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context as _};
use clap::Parser;
use google_photos::library::scopes::PHOTOSLIBRARY_APPENDONLY;
use google_photos::library::types::{Album, CreateAlbumRequest};
use google_photos::uploads::{guess_mime_type, NewMedia, Protocol};
use indicatif::{ProgressBar, ProgressStyle};
use support::{Connection, AUTH_HELP};

/// Uploads the photos and videos of FOLDER into a new album and prints the album's id and URL.
#[derive(Parser)]
#[command(after_help = AUTH_HELP)]
struct Args {
    /// Folder whose photos and videos to upload (not its subfolders).
    folder: PathBuf,
    /// Title of the new album (at most 500 characters); default: the folder's name.
    #[arg(long)]
    title: Option<String>,
    /// Uploads at once.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    concurrency: u16,
    /// Resumable chunk size in MiB.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u64).range(1..=1024))]
    chunk_mib: u64,
    /// Upload every file, not only those with a photo or video extension.
    #[arg(long)]
    all_files: bool,
    /// Always use the resumable protocol (default: by size).
    #[arg(long)]
    resumable: bool,
    #[command(flatten)]
    connection: Connection,
}

#[tokio::main]
async fn main() -> ExitCode {
    support::exit_code(run(Args::parse())).await
}

/// The files of `folder` to upload, sorted by name.
fn media_files(folder: &Path, all_files: bool) -> anyhow::Result<Vec<PathBuf>> {
    let entries =
        std::fs::read_dir(folder).with_context(|| format!("reading {}", folder.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry
            .with_context(|| format!("reading {}", folder.display()))?
            .path();
        let is_media = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .is_some_and(|n| guess_mime_type(&n) != "application/octet-stream");
        if path.is_file() && (is_media || all_files) {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

async fn run(args: Args) -> anyhow::Result<ExitCode> {
    let client = args.connection.client(&[PHOTOSLIBRARY_APPENDONLY]).await?;
    let files = media_files(&args.folder, args.all_files)?;
    if files.is_empty() {
        bail!(
            "{} has no photos or videos{}",
            args.folder.display(),
            if args.all_files {
                ""
            } else {
                " (--all-files uploads every file)"
            }
        );
    }

    let title = args.title.clone().unwrap_or_else(|| {
        std::fs::canonicalize(&args.folder)
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "Uploads".into())
    });
    let album = client
        .albums()
        .create(CreateAlbumRequest::default().set_album(Album::default().set_title(title)))
        .send()
        .await
        .with_context(|| format!("creating the album at {}", args.connection.describe()))?;
    let album_id = album
        .id
        .clone()
        .context("the server answered without the new album's id")?;
    println!("album-id: {album_id}");
    if let Some(url) = &album.product_url {
        println!("album-url: {url}");
    }

    let total: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    let bar = ProgressBar::new(total);
    bar.set_style(ProgressStyle::with_template(
        "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta} {msg}",
    )?);
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
        .concurrency(usize::from(args.concurrency))
        .chunk_size(args.chunk_mib * 1024 * 1024)
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

    let mut added = 0;
    for (file, result) in files.iter().zip(&results) {
        match result {
            Ok(item) => {
                added += 1;
                println!(
                    "uploaded: {}\t{}",
                    file_name(file),
                    item.id.as_deref().unwrap_or_default()
                );
            }
            Err(err) => eprintln!("{}: {err}", file.display()),
        }
    }
    println!("added: {added} of {}", files.len());
    Ok(if added == files.len() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
