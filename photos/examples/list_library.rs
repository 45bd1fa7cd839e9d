//! Lists the albums and media items this app created (since 2025-03-31 the API shows an app
//! nothing else), following every page of `albums.list` and `mediaItems.list` through the
//! client's `items()` streams.
//!
//! Against a local photos-emulator (the default; no Google account needed):
//!
//! ```sh
//! cargo run -p photos-emulator -- --port 8080 &
//! cargo run -p google-photos --example list_library -- --limit 20
//! ```
//!
//! Against Google Photos, with the `client_secret.json` of an OAuth client of type "Desktop
//! app": the first run signs in through the browser (it needs
//! `photoslibrary.readonly.appcreateddata`), later runs reuse the sign-in (see `--help`):
//!
//! ```sh
//! cargo run -p google-photos --example list_library -- --google --client-secret client_secret.json
//! ```
//!
//! With `--client-secret` and `--no-browser`, a first `sign-in: CONSENT_PAGE_URI` line comes
//! before the lines below.
//!
//! # Output
//!
//! Errors go to stderr. Stdout holds only these lines, `<TAB>` being a tab character; tabs and
//! line breaks inside titles and file names are printed as spaces, and a missing value as `-`:
//!
//! ```text
//! album: ALBUM_ID<TAB>ITEM_COUNT<TAB>TITLE                          one per album, first
//! item: MEDIA_ITEM_ID<TAB>MIME_TYPE<TAB>CREATION_TIME<TAB>FILE_NAME   one per media item
//! total: A albums, I media items                                   last
//! ```
//!
//! `CREATION_TIME` is RFC 3339 (`2026-12-01T14:37:31Z`). Without `--albums-only` the media items
//! are listed in library order; with it there are no `item:` lines and `I` is 0.
//!
//! Exit code 0 on success, 1 on any error (server unreachable, refused token, a failed page),
//! with the reason on stderr; lines printed before a failed page stay printed.
//! A bad command line (unknown option, missing argument) is clap's usage error, exit code 2.

mod support;

use std::process::ExitCode;

use anyhow::Context as _;
use clap::Parser;
use futures_util::{StreamExt as _, TryStreamExt as _};
use google_photos::library::scopes::PHOTOSLIBRARY_READONLY_APPCREATEDDATA;
use support::{Connection, AUTH_HELP};

/// Lists the app's albums (title, id, item count) and media items (file name, MIME type,
/// creation time).
#[derive(Parser)]
#[command(after_help = AUTH_HELP)]
struct Args {
    /// List only the albums.
    #[arg(long)]
    albums_only: bool,
    /// List at most N albums and at most N media items.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// Items per page asked of the server (albums at most 50, media items at most 100);
    /// default: the server's (20 albums, 25 media items), or fewer with --limit.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32).range(1..=100))]
    page_size: Option<i32>,
    #[command(flatten)]
    connection: Connection,
}

#[tokio::main]
async fn main() -> ExitCode {
    support::exit_code(async { run(Args::parse()).await.map(|()| ExitCode::SUCCESS) }).await
}

/// `text` on one line of tab-separated output.
fn field(text: Option<&str>) -> String {
    match text {
        Some(t) if !t.is_empty() => t.replace(['\t', '\n', '\r'], " "),
        _ => "-".into(),
    }
}

/// The page size to ask for: `--page-size`, else `--limit` when below the server's maximum.
fn page_size(args: &Args, max: i32) -> Option<i32> {
    args.page_size.map(|n| n.min(max)).or_else(|| {
        args.limit
            .filter(|&n| n > 0)
            .map(|n| i32::try_from(n).unwrap_or(max).min(max))
    })
}

async fn run(args: Args) -> anyhow::Result<()> {
    let client = args
        .connection
        .client(&[PHOTOSLIBRARY_READONLY_APPCREATEDDATA])
        .await?;
    let limit = args.limit.unwrap_or(usize::MAX);
    let server = args.connection.describe();

    let mut request = client.albums().list();
    if let Some(n) = page_size(&args, 50) {
        request = request.page_size(n);
    }
    let mut albums = std::pin::pin!(request.items().take(limit));
    let mut album_count = 0;
    while let Some(album) = albums
        .try_next()
        .await
        .with_context(|| format!("listing albums at {server}"))?
    {
        album_count += 1;
        println!(
            "album: {}\t{}\t{}",
            field(album.id.as_deref()),
            album.media_items_count.unwrap_or(0),
            field(album.title.as_deref()),
        );
    }

    let mut item_count = 0;
    if !args.albums_only {
        let mut request = client.media_items().list();
        if let Some(n) = page_size(&args, 100) {
            request = request.page_size(n);
        }
        let mut items = std::pin::pin!(request.items().take(limit));
        while let Some(item) = items
            .try_next()
            .await
            .with_context(|| format!("listing media items at {server}"))?
        {
            item_count += 1;
            let created = item
                .media_metadata
                .as_ref()
                .and_then(|m| m.creation_time.as_ref())
                .map(ToString::to_string);
            println!(
                "item: {}\t{}\t{}\t{}",
                field(item.id.as_deref()),
                field(item.mime_type.as_deref()),
                field(created.as_deref()),
                field(item.filename.as_deref()),
            );
        }
    }
    println!("total: {album_count} albums, {item_count} media items");
    Ok(())
}
