//! A headless Chromium driven through WebDriver (Debian's `chromium` and `chromium-driver`,
//! which `.ci/run` installs), for tests of pages a person would use.
//!
//! Without `chromedriver` a test that needs it says why on stderr and passes, except with
//! `CI` set, where that is a failure: CI must not skip it silently.

use std::net::{Ipv4Addr, TcpListener};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;

/// A running chromedriver, stopped on drop.
pub struct Driver {
    child: Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The chromedriver to run: `CHROMEDRIVER` when set, else the one on `PATH`.
fn chromedriver_command() -> String {
    std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into())
}

/// Starts chromedriver on a free port, or `None` after saying loudly why not (a failure
/// under `CI`).
pub async fn driver() -> Option<Driver> {
    let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let spawned = Command::new(chromedriver_command())
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    let child = match spawned {
        Ok(child) => child,
        Err(err) => {
            let why = format!(
                "chromedriver not found ({err}): install Debian's `chromium` and \
                 `chromium-driver`, or set CHROMEDRIVER"
            );
            assert!(std::env::var_os("CI").is_none(), "{why}");
            eprintln!("SKIPPED: {why}");
            return None;
        }
    };
    let driver = Driver {
        child,
        url: format!("http://127.0.0.1:{port}"),
    };
    // Ready once it accepts connections.
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return Some(driver);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("chromedriver did not start listening on port {port}");
}

impl Driver {
    /// A new headless browser session.
    pub async fn browser(&self) -> Client {
        let mut capabilities = serde_json::Map::new();
        let mut options = serde_json::json!({
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", "--window-size=1280,900"]
        });
        if let Ok(binary) = std::env::var("CHROMIUM") {
            options["binary"] = binary.into();
        }
        capabilities.insert("goog:chromeOptions".into(), options);
        ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities)
            .connect(&self.url)
            .await
            .expect("a browser session")
    }
}
