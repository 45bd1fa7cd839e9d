//! Load: `--calls` (5,000) `albums.list` calls, `--in-flight` (64) at a time, through one
//! client, against photos-emulator in this process, through
//! - `ours`: discogen's generated client;
//! - `hand`: a hand-written reqwest loop doing the same (URL, bearer token, `alt=json`,
//!   status check, body decoded into the same `ListAlbumsResponse`).
//!
//! One contender per process (`--only`), so that the peak resident memory it prints
//! (`VmHWM`) is its own, the emulator's included (the same for both). Prints
//! `RESULT <name> <p50 ns> <p99 ns> <errors> <peak KiB> <total ns>`.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use futures_util::stream::{self, StreamExt};
use google_photoslibrary_v1::rt::auth::StaticToken;
use google_photoslibrary_v1::types::ListAlbumsResponse;

const TOKEN: &str = "bench-token";

struct Settings {
    calls: usize,
    in_flight: usize,
    only: String,
}

fn parse_args() -> Result<Settings, String> {
    let mut settings = Settings {
        calls: 5000,
        in_flight: 64,
        only: String::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut number = |name: &str| {
            args.next()
                .and_then(|v| v.parse::<usize>().ok())
                .filter(|&v| v > 0)
                .ok_or_else(|| format!("{name} needs a positive number"))
        };
        match arg.as_str() {
            "--calls" => settings.calls = number("--calls")?,
            "--in-flight" => settings.in_flight = number("--in-flight")?,
            "--only" => settings.only = args.next().unwrap_or_default(),
            "--bench" => {}
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    if !["ours", "hand"].contains(&settings.only.as_str()) {
        return Err("--only needs ours or hand".into());
    }
    Ok(settings)
}

/// Peak resident memory of this process, in KiB (0 where unknown).
fn peak_kib() -> u64 {
    bench_support::peak_rss_kib().unwrap_or(0)
}

async fn hand_call(http: &reqwest::Client, url: &str) -> Result<ListAlbumsResponse, String> {
    let response = http
        .get(url)
        .bearer_auth(TOKEN)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.status().is_success() {
        return Err(format!("status {}", response.status()));
    }
    let body = response.bytes().await.map_err(|e| e.to_string())?;
    serde_json::from_slice(&body).map_err(|e| e.to_string())
}

async fn run(settings: &Settings) -> Result<(Vec<Duration>, usize, Duration), String> {
    let emulator = photos_emulator::Emulator::start()
        .await
        .map_err(|e| format!("starting the emulator: {e}"))?;
    let base = emulator.base_url().to_owned();
    let ours = google_photoslibrary_v1::Client::builder()
        .base_url(&base)
        .token_provider(StaticToken::new(TOKEN))
        .build()
        .map_err(|e| e.to_string())?;
    let http = reqwest::Client::new();
    let url = format!("{base}v1/albums?alt=json");
    let hand = settings.only == "hand";
    let started = Instant::now();
    let outcomes: Vec<(Duration, bool)> = stream::iter(0..settings.calls)
        .map(|_| {
            let (ours, http, url) = (ours.clone(), http.clone(), url.clone());
            async move {
                let start = Instant::now();
                let ok = if hand {
                    hand_call(&http, &url).await.is_ok()
                } else {
                    ours.albums().list().send().await.is_ok()
                };
                (start.elapsed(), ok)
            }
        })
        .buffer_unordered(settings.in_flight)
        .collect()
        .await;
    let total = started.elapsed();
    let errors = outcomes.iter().filter(|(_, ok)| !ok).count();
    let mut latencies: Vec<Duration> = outcomes.into_iter().map(|(d, _)| d).collect();
    latencies.sort();
    Ok((latencies, errors, total))
}

fn main() -> ExitCode {
    let settings = match parse_args() {
        Ok(settings) => settings,
        Err(why) => {
            eprintln!("load: {why}");
            return ExitCode::FAILURE;
        }
    };
    let _ = rustls::crypto::ring::default_provider().install_default();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    match runtime.block_on(run(&settings)) {
        Ok((latencies, errors, total)) => {
            let at = |q: f64| latencies[((latencies.len() - 1) as f64 * q).round() as usize];
            println!(
                "RESULT {} {} {} {errors} {} {}",
                settings.only,
                at(0.50).as_nanos(),
                at(0.99).as_nanos(),
                peak_kib(),
                total.as_nanos()
            );
            ExitCode::SUCCESS
        }
        Err(why) => {
            eprintln!("load: {why}");
            ExitCode::FAILURE
        }
    }
}
