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

/// Saves a screenshot of `browser` as `target/<name>`, for a person to look at.
pub async fn save_screenshot(browser: &Client, name: &str) {
    let png = browser.screenshot().await.expect("a screenshot");
    assert!(png.starts_with(b"\x89PNG"), "a PNG screenshot");
    let target = super::examples::profile_dir().join("..").join(name);
    std::fs::write(target, png).expect("the screenshot is saved");
}

/// Picks the media items `ids` on the emulator's picker page at `link` (with a screenshot
/// `target/<screenshot>` before pressing Done, when named), presses Done, and checks that the
/// page which follows says picking is complete.
pub async fn pick_on_picker_page(
    driver: &Driver,
    link: &str,
    ids: &[&str],
    screenshot: Option<&str>,
) {
    let browser = driver.browser().await;
    browser.goto(link).await.expect("the picker page opens");
    for id in ids {
        browser
            .find(fantoccini::Locator::Css(&format!(
                "[data-media-item-id=\"{id}\"]"
            )))
            .await
            .expect("the item is on the page")
            .click()
            .await
            .expect("the item is clicked");
    }
    if let Some(name) = screenshot {
        save_screenshot(&browser, name).await;
    }
    browser
        .find(fantoccini::Locator::Id("done"))
        .await
        .expect("the Done button")
        .click()
        .await
        .expect("Done is clicked");
    // Done submits the form; the page that follows says picking is complete.
    let complete = browser
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(fantoccini::Locator::Id("complete"))
        .await
        .expect("the page after Done")
        .text()
        .await
        .expect("its text");
    assert!(complete.contains("Picking complete"), "{complete}");
    browser.close().await.expect("the browser closes");
}
