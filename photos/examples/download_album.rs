//! Downloads the original bytes of every media item of an album into a folder, with progress.
//!
//! The album is named by `--album-id`, or by `--title` (which must match exactly one of the
//! app's albums); the folder by `--out DIR` (created if missing; default: a folder named after
//! the album's title, in the current folder).
//!
//! Photos are read with `=d` (original bytes and metadata, except location) and videos with
//! `=dv`, through the client's `downloads` module. Each file is named after the item's
//! `filename`, made safe (no path separators) and unique (`beach.jpg`, `beach (2).jpg`, …),
//! also against files already in the folder: nothing is overwritten. A base URL that expired
//! (they last about 60 minutes) is refreshed with `mediaItems.get` and the download retried
//! once.
//!
//! Against a local photos-emulator (the default; no Google account needed):
//!
//! ```sh
//! cargo run -p photos-emulator -- --port 8080 &
//! cargo run -p google-photos --example upload_folder -- --title Holidays ~/Pictures/holidays
//! cargo run -p google-photos --example download_album -- --title Holidays --out copy/
//! ```
//!
//! Against Google Photos, with an OAuth 2.0 access token that carries the
//! `photoslibrary.readonly.appcreateddata` scope (see `--help`); only albums this app created
//! can be read:
//!
//! ```sh
//! PHOTOS_ACCESS_TOKEN=ya29.… cargo run -p google-photos --example download_album -- \
//!   --google --album-id ALBUM_ID --out copy/
//! ```
//!
//! # Output
//!
//! The progress bar and error messages go to stderr (the bar only on a terminal). Stdout holds
//! only these lines, `<TAB>` being a tab character:
//!
//! ```text
//! album: ALBUM_ID<TAB>TITLE                          first (tabs, line breaks in TITLE as spaces)
//! downloaded: FILE_NAME<TAB>BYTES<TAB>MEDIA_ITEM_ID  one per file written, in album order
//! summary: N of M items, B bytes, into FOLDER        last
//! ```
//!
//! Each item that failed gets a line `MEDIA_ITEM_ID (FILE_NAME): error` on stderr.
//!
//! Exit code 0 when every item was downloaded; 1 when any failed, or on an error before
//! downloading (unknown album id, no album or several with that title, folder not creatable,
//! server unreachable, refused token), with the reason on stderr.
//! A bad command line (unknown option, missing argument) is clap's usage error, exit code 2.

mod support;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use anyhow::{bail, Context as _};
use clap::Parser;
use futures_util::{StreamExt as _, TryStreamExt as _};
use google_photos::downloads::MediaVariant;
use google_photos::library::scopes::PHOTOSLIBRARY_READONLY_APPCREATEDDATA;
use google_photos::library::types::{Album, MediaItem, SearchMediaItemsRequest};
use google_photos::library::Client;
use google_photos::{Error, LibraryExt as _};
use indicatif::{HumanBytes, ProgressBar, ProgressStyle};
use support::files::{safe_file_name, taken_names, unique_name};
use support::{Connection, AUTH_HELP};

/// Downloads every media item of an album (original bytes) into a folder.
#[derive(Parser)]
#[command(after_help = AUTH_HELP)]
#[command(group(clap::ArgGroup::new("album").required(true).args(["album_id", "title"])))]
struct Args {
    /// Folder to download into, created if missing; default: one named after the album's
    /// title, in the current folder.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Id of the album to download.
    #[arg(long)]
    album_id: Option<String>,
    /// Title of the album to download (exact match; it must be the only one with that title).
    #[arg(long)]
    title: Option<String>,
    /// Downloads at once.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    concurrency: u16,
    #[command(flatten)]
    connection: Connection,
}

#[tokio::main]
async fn main() -> ExitCode {
    support::exit_code(run(Args::parse())).await
}

fn one_line(text: &str) -> String {
    text.replace(['\t', '\n', '\r'], " ")
}

async fn find_album(client: &Client, args: &Args) -> anyhow::Result<Album> {
    let server = args.connection.describe();
    if let Some(id) = &args.album_id {
        return client
            .albums()
            .get(id)
            .send()
            .await
            .with_context(|| format!("getting album {id:?} from {server}"));
    }
    let title = args.title.as_deref().unwrap_or_default();
    let matches: Vec<Album> = client
        .albums()
        .list()
        .page_size(50)
        .items()
        .try_filter(|a| std::future::ready(a.title.as_deref() == Some(title)))
        .try_collect()
        .await
        .with_context(|| format!("listing albums at {server}"))?;
    match matches.len() {
        0 => bail!("no album titled {title:?} at {server} (this app's albums only)"),
        1 => Ok(matches.into_iter().next().expect("one album")),
        n => {
            let ids: Vec<&str> = matches.iter().filter_map(|a| a.id.as_deref()).collect();
            bail!(
                "{n} albums are titled {title:?}: {}; choose one with --album-id",
                ids.join(", ")
            )
        }
    }
}

fn variant(item: &MediaItem) -> MediaVariant {
    let is_video = item
        .mime_type
        .as_deref()
        .is_some_and(|m| m.starts_with("video/"))
        || item
            .media_metadata
            .as_ref()
            .is_some_and(|m| m.video.is_some());
    if is_video {
        MediaVariant::Video
    } else {
        MediaVariant::Original
    }
}

/// Downloads `item` to `path`; on an expired base URL fetches the item again and retries once.
async fn download(
    client: &Client,
    item: &MediaItem,
    path: &Path,
    received: Arc<AtomicU64>,
    bar: &ProgressBar,
) -> anyhow::Result<u64> {
    let mut item = item.clone();
    let mut refreshed = false;
    loop {
        let seen = Arc::new(AtomicU64::new(0));
        let (total, bar) = (received.clone(), bar.clone());
        let result = client
            .downloads()
            .media_item(&item, variant(&item))?
            .progress(move |p| {
                let delta = p
                    .received
                    .saturating_sub(seen.swap(p.received, Ordering::Relaxed));
                let all = total.fetch_add(delta, Ordering::Relaxed) + delta;
                bar.set_message(HumanBytes(all).to_string());
            })
            .to_file(path)
            .await;
        match result {
            Ok(bytes) => return Ok(bytes),
            Err(Error::UrlExpired { .. }) if !refreshed => {
                refreshed = true;
                let id = item.id.clone().context("the media item has no id")?;
                item = client
                    .media_items()
                    .get(&id)
                    .send()
                    .await
                    .context("fetching the item again for a fresh base URL")?;
            }
            Err(err) => return Err(err.into()),
        }
    }
}

async fn run(args: Args) -> anyhow::Result<ExitCode> {
    let client = args
        .connection
        .client(&[PHOTOSLIBRARY_READONLY_APPCREATEDDATA])
        .await?;
    let album = find_album(&client, &args).await?;
    let album_id = album.id.clone().context("the album has no id")?;
    println!(
        "album: {album_id}\t{}",
        one_line(album.title.as_deref().unwrap_or_default())
    );

    let folder = match &args.out {
        Some(dir) => dir.clone(),
        None => {
            let title = album.title.as_deref().unwrap_or_default();
            let name = safe_file_name(title, &album_id);
            PathBuf::from(name)
        }
    };

    let items: Vec<MediaItem> = client
        .media_items()
        .search(
            SearchMediaItemsRequest::default()
                .set_album_id(&album_id)
                .set_page_size(100),
        )
        .items()
        .try_collect()
        .await
        .with_context(|| format!("listing the items of album {album_id}"))?;

    let mut taken = taken_names(&folder)?;
    let jobs: Vec<(MediaItem, String)> = items
        .into_iter()
        .map(|item| {
            let name = unique_name(
                &safe_file_name(
                    item.filename.as_deref().unwrap_or_default(),
                    item.id.as_deref().unwrap_or("item"),
                ),
                &mut taken,
            );
            (item, name)
        })
        .collect();

    let bar = ProgressBar::new(jobs.len() as u64);
    bar.set_style(ProgressStyle::with_template(
        "{bar:40} {pos}/{len} items {msg} eta {eta}",
    )?);
    let received = Arc::new(AtomicU64::new(0));
    let results: Vec<(MediaItem, String, anyhow::Result<u64>)> = futures_util::stream::iter(jobs)
        .map(|(item, name)| {
            let (client, received, bar) = (&client, received.clone(), bar.clone());
            let path = folder.join(&name);
            async move {
                let result = download(client, &item, &path, received, &bar).await;
                bar.inc(1);
                (item, name, result)
            }
        })
        .buffered(usize::from(args.concurrency))
        .collect()
        .await;
    bar.finish_and_clear();

    let (mut done, mut bytes) = (0, 0);
    for (item, name, result) in &results {
        let id = item.id.as_deref().unwrap_or("-");
        match result {
            Ok(n) => {
                done += 1;
                bytes += n;
                println!("downloaded: {name}\t{n}\t{id}");
            }
            Err(err) => eprintln!("{id} ({name}): {}", support::report(err)),
        }
    }
    println!(
        "summary: {done} of {} items, {bytes} bytes, into {}",
        results.len(),
        folder.display()
    );
    Ok(if done == results.len() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
