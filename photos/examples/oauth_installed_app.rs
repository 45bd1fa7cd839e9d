//! Signs in to Google Photos the way a real user's program does, with the installed-app
//! OAuth flow, and lists the albums this app created.
//!
//! The first run opens a consent page in the browser (the URL is also printed) and keeps
//! the tokens in a cache file; later runs reuse and refresh them without asking. The Photos
//! Library API takes no service accounts, so this flow (or another user flow) is how a
//! program gets its tokens.
//!
//! ```sh
//! cargo run -p google-photos --features yup-oauth2 --example oauth_installed_app -- \
//!     client_secret.json --token-cache ~/.cache/photos-tokens.json
//! ```
//!
//! `client_secret.json` is the file Google Cloud Console gives for an OAuth client of type
//! "Desktop app", in a project with the Photos Library API enabled.

mod support;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Parser;
use futures_util::TryStreamExt;
use google_photos::library::rt::auth::YupOAuth2;
use google_photos::library::{scopes, Client};
use yup_oauth2::{InstalledFlowAuthenticator, InstalledFlowReturnMethod};

/// Signs in with the installed-app flow (tokens cached on disk) and lists this app's albums.
#[derive(Parser)]
struct Args {
    /// The OAuth client's secret file, as downloaded from Google Cloud Console.
    client_secret: PathBuf,
    /// Where the tokens are kept between runs.
    #[arg(long, default_value = "photos-token-cache.json")]
    token_cache: PathBuf,
}

#[tokio::main]
async fn main() -> ExitCode {
    match run(Args::parse()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(args: Args) -> anyhow::Result<()> {
    let secret = yup_oauth2::read_application_secret(&args.client_secret)
        .await
        .with_context(|| format!("reading {}", args.client_secret.display()))?;
    let authenticator =
        InstalledFlowAuthenticator::builder(secret, InstalledFlowReturnMethod::HTTPRedirect)
            .persist_tokens_to_disk(&args.token_cache)
            .build()
            .await
            .context("starting the OAuth flow")?;
    // One consent for everything this program does: asking per method would cache one
    // token per scope.
    let tokens = YupOAuth2::new(authenticator).with_scopes([
        scopes::PHOTOSLIBRARY_APPENDONLY,
        scopes::PHOTOSLIBRARY_READONLY_APPCREATEDDATA,
    ]);
    let client = Client::new(tokens)?;
    let albums: Vec<_> = client.albums().list().items().try_collect().await?;
    println!("{} albums created by this app", albums.len());
    for album in albums {
        println!(
            "{}  {}",
            album.id.unwrap_or_default(),
            album.title.unwrap_or_default()
        );
    }
    Ok(())
}
