//! Shared helpers for the wire tests: raw HTTP through reqwest, no client library.
#![allow(dead_code)]

use photos_emulator::{Builder, Emulator};
use serde_json::{json, Value};

pub struct Api {
    pub server: Emulator,
    pub http: reqwest::Client,
    pub token: String,
}

impl Api {
    pub async fn new() -> Api {
        Api::with(Emulator::builder(), "test-token").await
    }

    pub async fn with(builder: Builder, token: &str) -> Api {
        let server = builder.start().await.expect("emulator starts");
        Api {
            server,
            http: http_client(),
            token: token.to_owned(),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.server.base_url(), path.trim_start_matches('/'))
    }

    pub async fn send(&self, req: reqwest::RequestBuilder) -> (u16, Value) {
        let resp = req
            .bearer_auth(&self.token)
            .send()
            .await
            .expect("request sent");
        let status = resp.status().as_u16();
        let text = resp.text().await.expect("body read");
        (
            status,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    }

    pub async fn get(&self, path: &str) -> (u16, Value) {
        self.send(self.http.get(self.url(path))).await
    }

    pub async fn post(&self, path: &str, body: Value) -> (u16, Value) {
        self.send(self.http.post(self.url(path)).json(&body)).await
    }

    pub async fn patch(&self, path: &str, body: Value) -> (u16, Value) {
        self.send(self.http.patch(self.url(path)).json(&body)).await
    }

    pub async fn upload_raw(&self, bytes: Vec<u8>, mime: &str) -> String {
        let resp = self
            .http
            .post(self.url("v1/uploads"))
            .bearer_auth(&self.token)
            .header("X-Goog-Upload-Protocol", "raw")
            .header("X-Goog-Upload-Content-Type", mime)
            .header("Content-Type", "application/octet-stream")
            .body(bytes)
            .send()
            .await
            .expect("upload sent");
        assert_eq!(resp.status().as_u16(), 200);
        resp.text().await.expect("token")
    }

    /// batchCreate for these tokens; returns the status and the body.
    pub async fn create_items(&self, tokens: &[&str], album: Option<&str>) -> (u16, Value) {
        let items: Vec<Value> = tokens
            .iter()
            .enumerate()
            .map(|(i, t)| json!({ "simpleMediaItem": { "uploadToken": t, "fileName": format!("f{i}.png") } }))
            .collect();
        let mut body = json!({ "newMediaItems": items });
        if let Some(a) = album {
            body["albumId"] = json!(a);
        }
        self.post("v1/mediaItems:batchCreate", body).await
    }

    /// Uploads a PNG and creates an item from it; returns the created MediaItem.
    pub async fn new_item(&self, w: u32, h: u32) -> Value {
        let token = self.upload_raw(png(w, h), "image/png").await;
        let (status, body) = self.create_items(&[&token], None).await;
        assert_eq!(status, 200, "{body}");
        body["newMediaItemResults"][0]["mediaItem"].clone()
    }

    pub async fn new_album(&self, title: &str) -> String {
        let (status, body) = self
            .post("v1/albums", json!({ "album": { "title": title } }))
            .await;
        assert_eq!(status, 200, "{body}");
        body["id"].as_str().expect("album id").to_owned()
    }
}

pub fn png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        // Noisy pixels, so that even small images do not compress to a few bytes.
        let n = x.wrapping_mul(2_654_435_761) ^ y.wrapping_mul(40_503);
        image::Rgb([(n >> 8) as u8, (n >> 16) as u8, (n >> 24) as u8])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png)
        .expect("png encodes");
    out.into_inner()
}

pub fn assert_error(status: u16, body: &Value, code: u16, name: &str) {
    assert_eq!(status, code, "{body}");
    assert_eq!(body["error"]["code"], json!(code), "{body}");
    assert_eq!(body["error"]["status"], json!(name), "{body}");
    assert!(
        body["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()),
        "{body}"
    );
}

pub fn temp_dir(tag: &str) -> std::path::PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let dir = std::env::temp_dir().join(format!(
        "photos-emulator-{tag}-{}-{nanos}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A raw HTTP client. reqwest is built here without a crypto provider of its own; ring is
/// installed first, as the runtime does (a provider already installed stays).
pub fn http_client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}
