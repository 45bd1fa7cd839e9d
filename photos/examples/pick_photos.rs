//! Lets the user pick photos and videos from their Google Photos library, then downloads
//! them: the Photos Picker flow of Google's guides, through the Picker client's `picking`
//! module.
//!
//! 1. creates a picking session (`--max-items` caps the pick);
//! 2. prints the picker link, and a QR code of it on a terminal, for picking on a phone as
//!    Google suggests for devices (`--autoclose` asks the picker's tab to close itself);
//! 3. waits with a spinner, polling at the interval the server asks for, until the user
//!    presses Done (or the server's `timeoutIn`, or `--max-wait`, runs out);
//! 4. lists the picked items and downloads each one's original bytes (`=d`, or `=dv` for a
//!    video, with the access token) into `--out`, with a progress bar;
//! 5. deletes the session, also when anything above failed or Ctrl-C interrupted it.
//!
//! Against a local photos-emulator (the default; no Google account needed), whose picker
//! page shows its whole library, items the app did not create included, and whose sign-in
//! page plays Google's:
//!
//! ```sh
//! cargo run -p photos-emulator -- --port 8080 --seed emulator/tests/data/seed.json \
//!     --client-secret-out emulator_client_secret.json &
//! cargo run -p google-photos --example pick_photos -- \
//!     --client-secret emulator_client_secret.json --out picked/
//! ```
//!
//! Against Google Photos, with the `client_secret.json` of an OAuth client of type "Desktop
//! app" from the Google Cloud console (the first run signs in through the browser; later
//! runs reuse the sign-in, see `--help`):
//!
//! ```sh
//! cargo run -p google-photos --example pick_photos -- --google --client-secret client_secret.json
//! ```
//!
//! # Output
//!
//! The QR code, spinner, progress bar and error messages go to stderr (the QR code, spinner
//! and bar only on a terminal). Stdout holds only these lines, `<TAB>` being a tab
//! character:
//!
//! ```text
//! sign-in: CONSENT_PAGE_URI                           with --no-browser, when signing in
//! session: SESSION_ID                                 first after signing in
//! link: PICKER_URI                                    the page to open
//! picked: MEDIA_ITEM_ID<TAB>TYPE<TAB>FILE_NAME        one per picked item, in pick order
//! downloaded: FILE_NAME<TAB>BYTES<TAB>MEDIA_ITEM_ID   one per file written
//! deleted: SESSION_ID                                 last, once the session is deleted
//! ```
//!
//! Files are named after the item's `filename`, made safe and unique in the folder: nothing
//! is overwritten.
//!
//! Exit code 0 when every picked item was downloaded; 1 on any error (no pick before the
//! timeout, an expired session, a failed download, server unreachable, refused token, a
//! sign-in that was revoked or lacks the Picker's scope), with the reason and what to do on
//! stderr. A bad command line is clap's usage error, exit code 2.

mod support;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context as _;
use clap::Parser;
use google_photos::picker::scopes::PHOTOSPICKER_MEDIAITEMS_READONLY;
use google_photos::picker::types::{PickedMediaItem, PickingSession};
use google_photos::picking::{original_variant, picker_link, Picking};
use google_photos::{Error, PickerExt as _};
use indicatif::{HumanBytes, ProgressBar, ProgressStyle};
use support::files::{safe_file_name, taken_names, unique_name};
use support::PickerConnection;

/// Lets the user pick photos in Google Photos, then downloads what they picked.
#[derive(Parser)]
#[command(after_help = support::AUTH_HELP)]
struct Args {
    /// Folder to download into (created if missing).
    #[arg(long, value_name = "DIR", default_value = "picked")]
    out: PathBuf,
    /// The most items the user may pick.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..))]
    max_items: Option<i64>,
    /// Ask the picker's tab to close itself once the user is done.
    #[arg(long)]
    autoclose: bool,
    /// Stop waiting after this many seconds, even if the server would wait longer.
    #[arg(long, value_name = "SECONDS")]
    max_wait: Option<u64>,
    /// Do not print the QR code.
    #[arg(long)]
    no_qr: bool,
    #[command(flatten)]
    connection: PickerConnection,
}

#[tokio::main]
async fn main() -> ExitCode {
    support::exit_code(run(Args::parse())).await
}

async fn run(args: Args) -> anyhow::Result<ExitCode> {
    let client = args
        .connection
        .client(&[PHOTOSPICKER_MEDIAITEMS_READONLY])
        .await?;
    let picking = client.picking();
    let mut start = picking.start();
    if let Some(n) = args.max_items {
        start = start.max_item_count(n);
    }
    let session = start.send().await.context("creating a picking session")?;
    let id = session
        .id
        .clone()
        .context("the server's session has no id")?;
    println!("session: {id}");
    // From here on the session is deleted whatever happens, as Google asks.
    let outcome = tokio::select! {
        outcome = pick_and_download(&picking, &session, &args) => outcome,
        _ = tokio::signal::ctrl_c() => Err(anyhow::anyhow!("interrupted")),
    };
    let deleted = picking
        .delete(&id)
        .await
        .with_context(|| format!("deleting session {id}"));
    if deleted.is_ok() {
        println!("deleted: {id}");
    }
    let code = outcome?;
    deleted?;
    Ok(code)
}

async fn pick_and_download(
    picking: &Picking,
    session: &PickingSession,
    args: &Args,
) -> anyhow::Result<ExitCode> {
    let link = picker_link(session, args.autoclose)?;
    println!("link: {link}");
    let spinner = ProgressBar::new_spinner();
    if !spinner.is_hidden() && !args.no_qr {
        eprintln!("{}", qr_code(&link)?);
        eprintln!("Open the link above, or scan the code with your phone, and pick.");
    }
    spinner.enable_steady_tick(Duration::from_millis(120));
    spinner.set_message("waiting for you to pick…");
    let shown = spinner.clone();
    let mut wait = picking.wait(session).on_poll(move |s| {
        let left = s.polling_config.as_ref().and_then(|p| p.timeout_in);
        if let Some(left) = left {
            shown.set_message(format!(
                "waiting for you to pick… ({}s left)",
                left.seconds()
            ));
        }
    });
    if let Some(seconds) = args.max_wait {
        wait = wait.max_wait(Duration::from_secs(seconds));
    }
    let picked = wait.await;
    spinner.finish_and_clear();
    let picked = match picked {
        Err(Error::NotPicked { waited, .. }) => anyhow::bail!(
            "nothing was picked within {}s; run again to start a new session",
            waited.as_secs()
        ),
        other => other?,
    };
    let id = picked.id.as_deref().unwrap_or_default();
    let items = picking
        .items(id)
        .await
        .context("listing the picked items")?;
    for item in &items {
        println!(
            "picked: {}\t{}\t{}",
            item.id.as_deref().unwrap_or("-"),
            item.r#type.as_ref().map(|t| t.as_str()).unwrap_or("-"),
            one_line(file_name(item))
        );
    }
    download_all(picking, &items, args).await
}

async fn download_all(
    picking: &Picking,
    items: &[PickedMediaItem],
    args: &Args,
) -> anyhow::Result<ExitCode> {
    let mut taken = taken_names(&args.out)?;
    let bar = ProgressBar::new(items.len() as u64);
    bar.set_style(ProgressStyle::with_template(
        "{bar:40} {pos}/{len} items {msg}",
    )?);
    let mut failed = 0;
    let mut received_before = 0;
    for item in items {
        let item_id = item.id.as_deref().unwrap_or("-");
        let name = unique_name(&safe_file_name(file_name(item), item_id), &mut taken);
        let shown = bar.clone();
        let result = match picking.download(item, original_variant(item)) {
            Ok(download) => download
                .progress(move |p| {
                    shown.set_message(HumanBytes(received_before + p.received).to_string())
                })
                .to_file(args.out.join(&name))
                .await
                .map_err(anyhow::Error::from),
            Err(err) => Err(err.into()),
        };
        bar.inc(1);
        match result {
            Ok(bytes) => {
                received_before += bytes;
                bar.suspend(|| println!("downloaded: {}\t{bytes}\t{item_id}", one_line(&name)));
            }
            Err(err) => {
                failed += 1;
                bar.suspend(|| eprintln!("{item_id} ({name}): {}", support::report(&err)));
            }
        }
    }
    bar.finish_and_clear();
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        eprintln!("error: {failed} of {} downloads failed", items.len());
        ExitCode::FAILURE
    })
}

fn file_name(item: &PickedMediaItem) -> &str {
    item.media_file
        .as_ref()
        .and_then(|f| f.filename.as_deref())
        .unwrap_or_default()
}

/// Tabs and line breaks as spaces, so each output line stays one line of tab-separated
/// fields.
fn one_line(text: &str) -> String {
    text.replace(['\t', '\n', '\r'], " ")
}

/// `link` as a QR code of half-height blocks, light on dark as terminals show it best.
fn qr_code(link: &str) -> anyhow::Result<String> {
    use qrcode::render::unicode::Dense1x2;
    let code = qrcode::QrCode::new(link.as_bytes()).context("making the QR code")?;
    Ok(code
        .render::<Dense1x2>()
        .dark_color(Dense1x2::Light)
        .light_color(Dense1x2::Dark)
        .quiet_zone(true)
        .build())
}
