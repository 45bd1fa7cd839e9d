//! What the benchmarks share: realistic payloads and a local mock of the Photos Library API.
//!
//! Payloads are built deterministically (a fixed-seed generator), so every run and both
//! clients see the same bytes.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, Method, Response, StatusCode};
use axum::Router;
use serde_json::{json, Value};

/// Peak resident memory of this process so far (`VmHWM` in `/proc/self/status`), in KiB;
/// `None` where the kernel does not report it.
pub fn peak_rss_kib() -> Option<u64> {
    std::fs::read_to_string("/proc/self/status")
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// The media item id the request-overhead benchmark asks for.
pub const MEDIA_ITEM_ID: &str =
    "AF1QipMVx2nR0J3yK8tqGf4c9LkZp1WbT7eHs6uYdQvNa5oXr2iC3mJgE8wU0lBhKzS4-Pf";
/// The album the encode benchmark adds items to.
pub const ALBUM_ID: &str =
    "AF1QipNc7hT2yRk9LwPq4eZs1mXb8VdJg3uKo6nHf5aYr0tCi2lWxE7sQpB9vMjU4zGd-Ak";

/// A small deterministic generator (64-bit LCG), enough to vary ids and metadata.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// `len` characters of the URL-safe base64 alphabet, as in Google's opaque ids.
    fn token(&mut self, len: usize) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        (0..len)
            .map(|_| char::from(ALPHABET[self.below(64) as usize]))
            .collect()
    }
}

const CAMERAS: &[(&str, &str)] = &[
    ("Google", "Pixel 7"),
    ("Apple", "iPhone 14 Pro"),
    ("samsung", "SM-S911B"),
    ("Canon", "Canon EOS R6"),
    ("SONY", "ILCE-7M3"),
];

/// One media item as the API returns it: a photo (4 in 5) or a video, with the fields real
/// responses carry.
fn media_item(rng: &mut Lcg, index: usize) -> Value {
    let id = format!("AF1Qip{}", rng.token(66));
    let (make, model) = CAMERAS[rng.below(CAMERAS.len() as u64) as usize];
    let created = format!(
        "20{:02}-{:02}-{:02}T{:02}:{:02}:{:02}{}Z",
        15 + rng.below(10),
        1 + rng.below(12),
        1 + rng.below(28),
        rng.below(24),
        rng.below(60),
        rng.below(60),
        if index.is_multiple_of(3) {
            format!(".{:03}", rng.below(1000))
        } else {
            String::new()
        }
    );
    let is_video = index % 5 == 4;
    let (width, height) = if index.is_multiple_of(2) {
        (4032, 3024)
    } else {
        (3024, 4032)
    };
    let mut metadata = json!({
        "creationTime": created,
        "width": width.to_string(),
        "height": height.to_string(),
    });
    let (mime, filename) = if is_video {
        metadata["video"] = json!({
            "cameraMake": make,
            "cameraModel": model,
            "fps": 29.97,
            "status": "READY",
        });
        (
            "video/mp4",
            format!("PXL_2024{:04}_{:06}.mp4", index, rng.below(999_999)),
        )
    } else {
        metadata["photo"] = json!({
            "cameraMake": make,
            "cameraModel": model,
            "focalLength": 6.81,
            "apertureFNumber": 1.85,
            "isoEquivalent": 40 + rng.below(800),
            "exposureTime": format!("0.{:06}s", 1000 + rng.below(30_000)),
        });
        ("image/jpeg", format!("IMG_{:04}.jpg", 1000 + index))
    };
    let mut item = json!({
        "id": id,
        "productUrl": format!("https://photos.google.com/lr/photo/{id}"),
        "baseUrl": format!("https://lh3.googleusercontent.com/lr/{}", rng.token(280)),
        "mimeType": mime,
        "mediaMetadata": metadata,
        "filename": filename,
    });
    if index % 4 == 1 {
        item["description"] = json!(format!("Day {} of the trip, at the lake", index / 4 + 1));
    }
    if index % 10 == 7 {
        item["contributorInfo"] = json!({
            "profilePictureBaseUrl": format!("https://lh3.googleusercontent.com/a/{}", rng.token(60)),
            "displayName": "Ann Example",
        });
    }
    item
}

/// A `ListMediaItemsResponse` page of `items` media items with a next-page token, as the
/// API sends it.
pub fn list_media_items_response(items: usize) -> String {
    let mut rng = Lcg(0x5eed);
    let media_items: Vec<Value> = (0..items).map(|i| media_item(&mut rng, i)).collect();
    json!({
        "mediaItems": media_items,
        "nextPageToken": rng.token(120),
    })
    .to_string()
}

/// The media item the mock server answers `mediaItems.get` with.
pub fn media_item_response() -> String {
    let mut item = media_item(&mut Lcg(0x17e3), 1);
    item["id"] = json!(MEDIA_ITEM_ID);
    item.to_string()
}

/// One item of a `BatchCreateMediaItemsRequest`, before it is put into either crate's type.
#[derive(Clone, Debug)]
pub struct NewItem {
    /// Shown under the item; about half the items have one.
    pub description: Option<String>,
    /// What the upload step returned (opaque, ~150 characters).
    pub upload_token: String,
    /// The file's name.
    pub file_name: String,
}

/// `count` items to create, as an app uploading a batch of photos sends them.
pub fn new_media_items(count: usize) -> Vec<NewItem> {
    let mut rng = Lcg(0xba7c);
    (0..count)
        .map(|i| NewItem {
            description: i
                .is_multiple_of(2)
                .then(|| format!("Photo {} from the hike", i + 1)),
            upload_token: format!("CAISiQMASt{}", rng.token(140)),
            file_name: format!("IMG_{:04}.jpg", 2000 + i),
        })
        .collect()
}

/// A local stand-in for `photoslibrary.googleapis.com`: `GET v1/mediaItems/{id}` answers
/// with [`media_item_response`], every other request with `{}` (which every response type of
/// the API accepts).
pub struct MockServer {
    /// `http://127.0.0.1:<port>/`
    pub base_url: String,
    requests: Arc<AtomicU64>,
}

impl MockServer {
    /// Binds a free port on 127.0.0.1 and serves on the current tokio runtime until the
    /// runtime shuts down.
    pub async fn start() -> std::io::Result<MockServer> {
        let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0))).await?;
        let addr = listener.local_addr()?;
        let requests = Arc::new(AtomicU64::new(0));
        let state = Arc::new(Shared {
            media_item: media_item_response(),
            requests: requests.clone(),
        });
        let app = Router::new().fallback(answer).with_state(state);
        tokio::spawn(async move {
            if let Err(e) = axum::serve(listener, app).await {
                eprintln!("mock server: {e}");
            }
        });
        Ok(MockServer {
            base_url: format!("http://{addr}/"),
            requests,
        })
    }

    /// Requests answered so far.
    pub fn requests(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }
}

struct Shared {
    media_item: String,
    requests: Arc<AtomicU64>,
}

async fn answer(State(shared): State<Arc<Shared>>, request: Request) -> Response<Body> {
    shared.requests.fetch_add(1, Ordering::Relaxed);
    let path = request.uri().path();
    let body = if request.method() == Method::GET
        && path.starts_with("/v1/mediaItems/")
        && !path.contains(':')
    {
        shared.media_item.clone()
    } else {
        "{}".to_owned()
    };
    Response::builder()
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, "application/json; charset=UTF-8")
        .body(Body::from(body))
        .expect("a static response is valid")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_are_deterministic_and_realistic() {
        let page = list_media_items_response(100);
        assert_eq!(page, list_media_items_response(100));
        let value: Value = serde_json::from_str(&page).unwrap();
        assert_eq!(value["mediaItems"].as_array().unwrap().len(), 100);
        assert!(
            page.len() > 50_000,
            "a 100-item page is ~60 KB, got {}",
            page.len()
        );
        assert_eq!(new_media_items(50).len(), 50);
    }
}
