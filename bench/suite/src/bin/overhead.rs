//! Request overhead: `--calls` (1,000) sequential `mediaItems.get` calls against a local mock
//! server, through
//! - `ours`: discogen's generated client;
//! - `hand`: a hand-written reqwest loop doing the same (URL from the id, bearer token,
//!   `alt=json`, the `User-Agent` and `x-goog-api-client` headers, status check, body decoded
//!   into the same `MediaItem` type);
//! - `theirs`: google-apis-rs' `google-photoslibrary1`;
//! - `ours_traced`: our client again, its batches run under a `tracing` subscriber with
//!   `tracing-opentelemetry`'s layer over an OpenTelemetry SDK tracer (spans created,
//!   recorded and sampled, then dropped: no exporter), set for this contender only.
//!
//! The server runs on its own thread; the clients take turns on one current-thread runtime,
//! in a rotating order, so that a noisy neighbour slows all of them alike. Prints one line per
//! contender: `RESULT <name> <median ns> <min ns> <max ns>` for a whole batch of calls.

use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use bench_support::{MockServer, MEDIA_ITEM_ID};
use google_photoslibrary1::{hyper_rustls, hyper_util};
use google_photoslibrary_v1::rt::auth::StaticToken;
use google_photoslibrary_v1::types::MediaItem;
use opentelemetry::trace::TracerProvider as _;
use tracing_subscriber::layer::SubscriberExt as _;

const TOKEN: &str = "bench-token";
/// The `User-Agent` and `x-goog-api-client` of our client, in form and length.
const USER_AGENT: &str = "google-photoslibrary-v1/0.1.0";
const API_CLIENT: &str = "gl-rust/1.95.0 gdcl/0.1.0";

struct Settings {
    calls: u32,
    samples: usize,
    /// Only this contender (`ours`, `hand` or `theirs`), e.g. under a profiler.
    only: Option<String>,
}

fn parse_args() -> Result<Settings, String> {
    let mut settings = Settings {
        calls: 1000,
        samples: 15,
        only: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .and_then(|v| v.parse::<u32>().ok())
                .filter(|&v| v > 0)
                .ok_or_else(|| format!("{name} needs a positive number"))
        };
        match arg.as_str() {
            "--calls" => settings.calls = value("--calls")?,
            "--samples" => settings.samples = value("--samples")? as usize,
            "--only" => match args.next() {
                Some(name)
                    if ["ours", "hand", "theirs", "ours_traced"].contains(&name.as_str()) =>
                {
                    settings.only = Some(name)
                }
                _ => return Err("--only needs one of ours, hand, theirs, ours_traced".into()),
            },
            // `cargo bench` passes `--bench` to every target it runs.
            "--bench" => {}
            other => {
                return Err(format!(
                    "unknown argument {other:?}; use --calls N --samples N [--only NAME]"
                ))
            }
        }
    }
    Ok(settings)
}

type Theirs = google_photoslibrary1::PhotosLibrary<
    hyper_rustls::HttpsConnector<hyper_util::client::legacy::connect::HttpConnector>,
>;

enum Contender {
    Ours(google_photoslibrary_v1::Client),
    OursTraced(google_photoslibrary_v1::Client, tracing::Dispatch),
    Hand {
        http: reqwest::Client,
        base_url: String,
    },
    Theirs(Box<Theirs>),
}

impl Contender {
    fn name(&self) -> &'static str {
        match self {
            Contender::Ours(_) => "ours",
            Contender::OursTraced(..) => "ours_traced",
            Contender::Hand { .. } => "hand",
            Contender::Theirs(_) => "theirs",
        }
    }

    /// One `mediaItems.get`, decoded; the item's id tells that the body was really read.
    async fn get(&self) -> Result<Option<String>, String> {
        match self {
            Contender::Ours(client) | Contender::OursTraced(client, _) => client
                .media_items()
                .get(MEDIA_ITEM_ID)
                .send()
                .await
                .map(|item| item.id)
                .map_err(|e| e.to_string()),
            Contender::Hand { http, base_url } => {
                let url = format!("{base_url}v1/mediaItems/{MEDIA_ITEM_ID}");
                let response = http
                    .get(url)
                    .query(&[("alt", "json")])
                    .bearer_auth(TOKEN)
                    // What a Google client sends with every request, and ours does: the same
                    // bytes on the wire, so that only the client's own work differs.
                    .header("user-agent", USER_AGENT)
                    .header("x-goog-api-client", API_CLIENT)
                    .send()
                    .await
                    .map_err(|e| e.to_string())?;
                let status = response.status();
                let body = response.bytes().await.map_err(|e| e.to_string())?;
                if !status.is_success() {
                    return Err(format!("HTTP {status}"));
                }
                serde_json::from_slice::<MediaItem>(&body)
                    .map(|item| item.id)
                    .map_err(|e| e.to_string())
            }
            Contender::Theirs(hub) => hub
                .media_items()
                .get(MEDIA_ITEM_ID)
                .doit()
                .await
                .map(|(_, item)| item.id)
                .map_err(|e| e.to_string()),
        }
    }

    async fn batch(&self, calls: u32) -> Result<Duration, String> {
        // On the current-thread runtime every poll of this batch runs on this thread, which
        // the guard gives the subscriber until the batch ends.
        let _traced = match self {
            Contender::OursTraced(_, dispatch) => Some(tracing::dispatcher::set_default(dispatch)),
            _ => None,
        };
        let start = Instant::now();
        for _ in 0..calls {
            let id = self.get().await?;
            if id.as_deref() != Some(MEDIA_ITEM_ID) {
                return Err(format!("{}: unexpected media item {id:?}", self.name()));
            }
            black_box(id);
        }
        Ok(start.elapsed())
    }
}

fn contenders(base_url: &str) -> Result<Vec<Contender>, String> {
    let ours = google_photoslibrary_v1::Client::builder()
        .base_url(base_url)
        .token_provider(StaticToken::new(TOKEN))
        .build()
        .map_err(|e| e.to_string())?;
    let _ = rustls::crypto::ring::default_provider().install_default();
    let hand = reqwest::Client::builder()
        .build()
        .map_err(|e| e.to_string())?;
    let connector = hyper_rustls::HttpsConnectorBuilder::new()
        .with_native_roots()
        .map_err(|e| e.to_string())?
        .https_or_http()
        .enable_http2()
        .build();
    let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .build(connector);
    let mut theirs = google_photoslibrary1::PhotosLibrary::new(client, TOKEN.to_string());
    theirs.base_url(base_url.to_string());
    theirs.root_url(base_url.to_string());
    let traced = ours.clone();
    let tracer = opentelemetry_sdk::trace::SdkTracerProvider::builder()
        .build()
        .tracer("overhead");
    let dispatch = tracing::Dispatch::new(
        tracing_subscriber::registry().with(tracing_opentelemetry::layer().with_tracer(tracer)),
    );
    Ok(vec![
        Contender::Ours(ours),
        Contender::Hand {
            http: hand,
            base_url: base_url.to_string(),
        },
        Contender::Theirs(Box::new(theirs)),
        Contender::OursTraced(traced, dispatch),
    ])
}

fn median(sorted: &[u128]) -> u128 {
    let n = sorted.len();
    if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    }
}

async fn run(settings: Settings, base_url: String) -> Result<(), String> {
    let mut contenders = contenders(&base_url)?;
    if let Some(only) = &settings.only {
        contenders.retain(|c| c.name() == only);
    }
    // Warm-up: connections open, allocator and caches settled.
    for contender in &contenders {
        contender.batch(settings.calls / 4 + 1).await?;
    }
    let mut samples: Vec<Vec<u128>> = vec![Vec::new(); contenders.len()];
    for round in 0..settings.samples {
        for k in 0..contenders.len() {
            let i = (round + k) % contenders.len();
            let elapsed = contenders[i].batch(settings.calls).await?;
            samples[i].push(elapsed.as_nanos());
        }
    }
    for (contender, mut times) in contenders.iter().zip(samples) {
        times.sort_unstable();
        println!(
            "RESULT {} {} {} {}",
            contender.name(),
            median(&times),
            times[0],
            times[times.len() - 1]
        );
    }
    Ok(())
}

fn main() -> ExitCode {
    let settings = match parse_args() {
        Ok(settings) => settings,
        Err(e) => {
            eprintln!("overhead: {e}");
            return ExitCode::from(2);
        }
    };
    let (url_tx, url_rx) = std::sync::mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("server runtime");
        runtime.block_on(async move {
            match MockServer::start().await {
                Ok(server) => {
                    let _ = url_tx.send(Ok(server.base_url.clone()));
                    let _ = stop_rx.await;
                    server.requests()
                }
                Err(e) => {
                    let _ = url_tx.send(Err(e.to_string()));
                    0
                }
            }
        })
    });
    let base_url = match url_rx.recv() {
        Ok(Ok(url)) => url,
        Ok(Err(e)) => {
            eprintln!("overhead: mock server: {e}");
            return ExitCode::FAILURE;
        }
        Err(_) => {
            eprintln!("overhead: mock server thread died");
            return ExitCode::FAILURE;
        }
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("client runtime");
    let outcome = runtime.block_on(run(settings, base_url));
    let _ = stop_tx.send(());
    let requests = server.join().unwrap_or(0);
    match outcome {
        Ok(()) => {
            eprintln!("overhead: {requests} requests served");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("overhead: {e}");
            ExitCode::FAILURE
        }
    }
}
