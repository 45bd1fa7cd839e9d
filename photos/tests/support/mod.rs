//! What the Photos client tests share: an emulator and a client pointed at it.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use google_photos::library::rt::auth::StaticToken;
use google_photos::library::Client;
use photos_emulator::Emulator;
use sha2::{Digest, Sha256};

/// A fresh in-memory emulator on a free port.
pub async fn emulator() -> Emulator {
    Emulator::start().await.expect("the emulator starts")
}

/// A client of `emulator` with a token the emulator accepts.
pub fn client(emulator: &Emulator) -> Client {
    Client::builder()
        .base_url(emulator.base_url())
        .token_provider(StaticToken::new("test-token"))
        .build()
        .expect("client builds")
}

/// A `width` × `height` PNG whose pixels differ with `shade`.
pub fn png(width: u32, height: u32, shade: u8) -> Vec<u8> {
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([shade, (x * 40) as u8, (y * 40) as u8])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    image
        .write_to(&mut out, image::ImageFormat::Png)
        .expect("PNG encodes");
    out.into_inner()
}

/// `len` bytes of a pattern that differs with `seed`, for uploads to compare byte for byte.
pub fn bytes(len: usize, seed: u64) -> Vec<u8> {
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    (0..len)
        .map(|_| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) as u8
        })
        .collect()
}

pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// A new, empty folder under the system's temp folder, removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(what: &str) -> TempDir {
        static COUNT: AtomicU64 = AtomicU64::new(0);
        let dir = std::env::temp_dir().join(format!(
            "photos-tests-{what}-{}-{}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// The path as text, for command-line arguments.
    pub fn str(&self) -> &str {
        self.0.to_str().expect("UTF-8 temp path")
    }

    /// Writes `contents` to the file `name` in this folder and returns its path.
    pub fn file(&self, name: &str, contents: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, contents).expect("writing a temp file");
        path
    }

    /// The names of what this folder holds.
    pub fn entries(&self) -> Vec<String> {
        std::fs::read_dir(&self.0)
            .expect("reading the temp folder")
            .map(|e| {
                e.expect("an entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
pub mod browser;
pub mod examples;

/// Answers the consent page at `link` as a person would: `action` (`allow` or `cancel`)
/// with the boxes of `ticked` ticked, then follows the redirect to the program's listener.
pub async fn answer_consent(link: String, action: &'static str, ticked: Vec<&'static str>) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("an HTTP client");
    let page = http
        .get(&link)
        .send()
        .await
        .expect("the consent page")
        .text()
        .await
        .expect("its HTML");
    let id_field = "name=\"consent_id\" value=\"";
    let start = page.find(id_field).expect("a consent id on the page") + id_field.len();
    let consent_id = &page[start..start + page[start..].find('"').expect("its end")];
    let mut form = vec![
        ("consent_id", consent_id.to_owned()),
        ("action", action.to_owned()),
    ];
    form.extend(ticked.iter().map(|s| ("scope", (*s).to_owned())));
    let origin = &link[..link.find("/o/oauth2").expect("the emulator's path")];
    let answer = http
        .post(format!("{origin}/o/oauth2/v2/auth/consent"))
        .form(&form)
        .send()
        .await
        .expect("the consent is posted");
    assert_eq!(answer.status(), 302);
    let back = answer.headers()["location"].to_str().unwrap().to_owned();
    http.get(back)
        .send()
        .await
        .expect("the program's listener answers");
}

/// Seeds `server` with three items the app did not create (which only picking can give it),
/// for the picker tests; returns their ids and bytes.
pub fn seed_picker_library(server: &Emulator) -> Vec<(String, Vec<u8>)> {
    let mut items = Vec::new();
    for (n, name) in ["harbour.png", "lighthouse.png", "dunes.png"]
        .iter()
        .enumerate()
    {
        let bytes = png(3 + n as u32, 2, 40 * n as u8);
        let mut seed = photos_emulator::SeedMediaItem::new(*name, "image/png");
        seed.bytes = bytes.clone();
        items.push((server.seed_media_item(seed), bytes));
    }
    items
}
