//! `photos-emulator`: runs the Google Photos Library API and Picker API emulator until
//! interrupted.
//!
//! Prints the Library base URL as its first line on stdout and `picker <url>` (the Picker
//! API's root) as its second, then one line per request on stderr.

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
        .log_requests(true);
    if let Some(d) = args.picker_poll_interval {
        builder = builder.picker_poll_interval(d);
    }
    if let Some(d) = args.picker_polling_timeout {
        builder = builder.picker_polling_timeout(d);
    }
    if let Some(d) = args.picker_session_lifetime {
        builder = builder.picker_session_lifetime(d);
    }
    if let Some(d) = args.data {
        builder = builder.data_dir(d);
    }
    if let Some(s) = args.seed {
        builder = builder.seed_file(s);
    }
    let server = match builder.start().await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("photos-emulator: {e}");
            return ExitCode::FAILURE;
        }
    };
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
    // The Library URL stays alone on the first line, which existing callers read. Both lines
    // go out in one write: a caller that reads only the first and closes the pipe must not
    // make the second one fail.
    let lines = format!("{}\npicker {}\n", server.base_url(), server.picker_url());
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
