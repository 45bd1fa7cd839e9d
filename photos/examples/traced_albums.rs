//! Lists the app's albums with an OpenTelemetry pipeline that prints every span to stdout:
//! the call's span (`photoslibrary.albums.list`) and, under it, one span per HTTP request,
//! with the attributes of OpenTelemetry's HTTP client conventions. A program that sends its
//! traces to a collector swaps the stdout exporter for `opentelemetry-otlp`'s.
//!
//! Against a local photos-emulator (the default):
//!
//! ```sh
//! cargo run -p photos-emulator -- --port 8080 &
//! cargo run -p google-photos --example traced_albums
//! ```
//!
//! With `--features opentelemetry`, each request also carries the W3C `traceparent` of its
//! span, and its duration goes into the `http.client.request.duration` histogram.
//!
//! # Output
//!
//! One `album: ALBUM_ID<TAB>TITLE` line per album, then the spans as the stdout exporter
//! prints them (`Name`, `TraceId`, `SpanId`, `ParentSpanId`, `Kind`, `Attributes`, …), the
//! request spans before the call's, as each ends. Errors go to stderr, exit code 1.

mod support;

use std::process::ExitCode;

use anyhow::Context as _;
use clap::Parser;
use futures_util::TryStreamExt as _;
use google_photos::library::scopes::PHOTOSLIBRARY_READONLY_APPCREATEDDATA;
use opentelemetry::trace::TracerProvider as _;
use opentelemetry_sdk::trace::SdkTracerProvider;
use support::{Connection, AUTH_HELP};
use tracing_subscriber::filter::LevelFilter;
use tracing_subscriber::layer::SubscriberExt as _;
use tracing_subscriber::Layer as _;

/// Lists the app's albums and prints the spans of the calls that listed them.
#[derive(Parser)]
#[command(after_help = AUTH_HELP)]
struct Args {
    #[command(flatten)]
    connection: Connection,
}

#[tokio::main]
async fn main() -> ExitCode {
    support::exit_code(async { run(Args::parse()).await.map(|()| ExitCode::SUCCESS) }).await
}

async fn run(args: Args) -> anyhow::Result<()> {
    // Spans are printed as they end; `shutdown` below flushes what is left.
    let provider = SdkTracerProvider::builder()
        .with_simple_exporter(opentelemetry_stdout::SpanExporter::default())
        .build();
    // Spans are at INFO; the HTTP stack's own DEBUG and TRACE events are left out.
    let layer = tracing_opentelemetry::layer()
        .with_tracer(provider.tracer("traced_albums"))
        .with_filter(LevelFilter::INFO);
    tracing::subscriber::set_global_default(tracing_subscriber::registry().with(layer))
        .context("installing the tracing subscriber")?;

    let client = args
        .connection
        .client(&[PHOTOSLIBRARY_READONLY_APPCREATEDDATA])
        .await?;
    let server = args.connection.describe();
    let albums: Vec<_> = client
        .albums()
        .list()
        .items()
        .try_collect()
        .await
        .with_context(|| format!("listing albums at {server}"))?;
    for album in albums {
        println!(
            "album: {}\t{}",
            album.id.unwrap_or_default(),
            album.title.unwrap_or_default()
        );
    }
    provider.shutdown().context("flushing the spans")?;
    Ok(())
}
