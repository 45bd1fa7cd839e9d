//! `photos-emulator`: runs the Google Photos Library API emulator until interrupted.
//!
//! Prints the base URL as its first line on stdout, then one line per request on stderr.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

/// A local emulator of the Google Photos Library API v1.
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
        .log_requests(true);
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
    if writeln!(out, "{}", server.base_url())
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
