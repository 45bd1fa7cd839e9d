//! `photos-emulator`: runs the Google Photos Library API and Picker API emulator until
//! interrupted.
//!
//! Prints the Library base URL as its first line on stdout, `picker <url>` (the Picker API's
//! root) as its second and `oauth <url>` (the OAuth authorization endpoint) as its third,
//! then one line per request on stderr (OAuth secrets left out).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;

/// A local emulator of the Google Photos Library API v1 and Picker API v1.
#[derive(Parser, Debug)]
#[command(name = "photos-emulator", version)]
struct Args {
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Folder to persist the library in across restarts.
    #[arg(long)]
    data: Option<PathBuf>,
    /// JSON file of non-app content to seed (see the README).
    #[arg(long)]
    seed: Option<PathBuf>,
    /// Enforce scopes read from `scopes:…` tokens.
    #[arg(long)]
    strict_scopes: bool,
    /// Resumable-upload chunk granularity in bytes.
    #[arg(long, default_value_t = photos_emulator::DEFAULT_GRANULARITY)]
    upload_granularity: u64,
    /// Picker sessions' recommended poll interval, in seconds (fractions allowed) [default: 5].
    #[arg(long, value_name = "SECONDS", value_parser = seconds)]
    picker_poll_interval: Option<Duration>,
    /// How long a Picker session stays open for picking, in seconds [default: 1800].
    #[arg(long, value_name = "SECONDS", value_parser = seconds)]
    picker_polling_timeout: Option<Duration>,
    /// Time from a Picker session's creation to its expireTime, in seconds [default: 3600].
    #[arg(long, value_name = "SECONDS", value_parser = seconds)]
    picker_session_lifetime: Option<Duration>,
    /// Open Picker sessions allowed before sessions.create answers 429.
    #[arg(long, default_value_t = photos_emulator::DEFAULT_PICKER_MAX_SESSIONS)]
    picker_max_sessions: usize,
    /// Write the OAuth client's client_secret.json (Google's format, pointing at the
    /// emulator) to this file at start.
    #[arg(long, value_name = "FILE")]
    client_secret_out: Option<PathBuf>,
    /// Lifetime of issued access tokens, in seconds (fractions allowed) [default: 3599].
    #[arg(long, value_name = "SECONDS", value_parser = seconds)]
    access_token_lifetime: Option<Duration>,
    /// Accept only access tokens the emulator issued on API calls.
    #[arg(long)]
    issued_tokens_only: bool,
}

fn seconds(s: &str) -> Result<Duration, String> {
    let secs: f64 = s
        .parse()
        .map_err(|_| format!("{s:?} is not a number of seconds"))?;
    Duration::try_from_secs_f64(secs).map_err(|_| format!("{s:?} is not a usable duration"))
}

fn main() -> ExitCode {
    let args = Args::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("photos-emulator: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(run(args))
}

async fn run(args: Args) -> ExitCode {
    let mut builder = photos_emulator::Emulator::builder()
        .port(args.port)
        .strict_scopes(args.strict_scopes)
        .upload_granularity(args.upload_granularity)
        .picker_max_sessions(args.picker_max_sessions)
        .issued_tokens_only(args.issued_tokens_only)
        .log_requests(true);
    if let Some(d) = args.access_token_lifetime {
        builder = builder.access_token_lifetime(d);
    }
    if let Some(d) = args.picker_poll_interval {
        builder = builder.picker_poll_interval(d);
    }
    if let Some(d) = args.picker_polling_timeout {
        builder = builder.picker_polling_timeout(d);
    }
    if let Some(d) = args.picker_session_lifetime {
        builder = builder.picker_session_lifetime(d);
    }
    if let Some(d) = &args.data {
        builder = builder.data_dir(d);
    }
    if let Some(s) = &args.seed {
        builder = builder.seed_file(s);
    }
    let server = match builder.start().await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("photos-emulator: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(path) = &args.client_secret_out {
        if let Err(e) = write_secret_file(path, &server.client_secret_json()) {
            eprintln!("photos-emulator: cannot write {}: {e}", path.display());
            server.shutdown();
            return ExitCode::FAILURE;
        }
    }
    // The handler is installed before the URL is printed, so a caller that interrupts as
    // soon as it has read the URL still gets a clean exit.
    let interrupted = match Interrupt::install() {
        Ok(i) => i,
        Err(e) => {
            eprintln!("photos-emulator: cannot wait for ctrl-c: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = std::io::stdout().lock();
    // The Library URL stays alone on the first line, which existing callers read. All lines
    // go out in one write: a caller that reads only the first and closes the pipe must not
    // make the others fail.
    let lines = format!(
        "{}\npicker {}\noauth {}\n",
        server.base_url(),
        server.picker_url(),
        server.oauth_urls().authorization
    );
    if out
        .write_all(lines.as_bytes())
        .and_then(|_| out.flush())
        .is_err()
    {
        return ExitCode::FAILURE;
    }
    drop(out);
    interrupted.wait().await;
    server.shutdown();
    ExitCode::SUCCESS
}

/// Writes the file readable by its owner only where the system allows saying so: it holds
/// the client secret.
fn write_secret_file(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(text.as_bytes())?;
    file.write_all(b"\n")
}

#[cfg(unix)]
struct Interrupt(tokio::signal::unix::Signal);

#[cfg(unix)]
impl Interrupt {
    fn install() -> std::io::Result<Interrupt> {
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt()).map(Interrupt)
    }
    async fn wait(mut self) {
        self.0.recv().await;
    }
}

#[cfg(not(unix))]
struct Interrupt;

#[cfg(not(unix))]
impl Interrupt {
    fn install() -> std::io::Result<Interrupt> {
        Ok(Interrupt)
    }
    async fn wait(self) {
        // If ctrl-c cannot be watched, run until the process is killed.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}
