//! Real servers of the wire tests (fake-gcs-server, the BigQuery emulator): a child process
//! on a free loopback port, stopped on drop, waited for until it answers, and skipped loudly
//! where it cannot be had, except in CI, where that is a failure.

use std::net::TcpListener;
use std::process::Child;
use std::time::{Duration, Instant};

/// A running server, stopped on drop.
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT/`.
    pub base_url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

/// Waits until `GET base_url + ready_path` succeeds; `Err` says why not (the process
/// exited, `describe_exit` tells more, or `limit` passed).
pub async fn ready(
    child: Child,
    port: u16,
    ready_path: &str,
    limit: Duration,
    describe_exit: impl Fn(std::process::ExitStatus) -> String,
) -> Result<Server, String> {
    let mut server = Server {
        child,
        base_url: format!("http://127.0.0.1:{port}/"),
    };
    let ready = format!("{}{ready_path}", server.base_url);
    let started = Instant::now();
    // reqwest is built here without a crypto provider of its own: install ring, as the
    // runtime does.
    let _ = rustls::crypto::ring::default_provider().install_default();
    loop {
        if let Ok(Some(status)) = server.child.try_wait() {
            return Err(describe_exit(status));
        }
        if let Ok(response) = reqwest::get(&ready).await {
            if response.status().is_success() {
                return Ok(server);
            }
        }
        if started.elapsed() > limit {
            return Err(format!("no answer from {ready} within {limit:?}"));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The server, or `None` after saying loudly why `test` does not run; with `CI` set, a
/// panic instead.
pub fn or_skip(test: &str, what: &str, server: Result<Server, String>) -> Option<Server> {
    match server {
        Ok(server) => Some(server),
        Err(why) if std::env::var_os("CI").is_some() => {
            panic!("{test}: {what} is required in CI: {why}")
        }
        Err(why) => {
            // Straight to stderr: libtest captures `eprintln!` of passing tests.
            use std::io::Write as _;
            let _ = writeln!(
                std::io::stderr(),
                "\n!!!! SKIPPED {test}: {why} (set CI to make this a failure) !!!!\n"
            );
            None
        }
    }
}
