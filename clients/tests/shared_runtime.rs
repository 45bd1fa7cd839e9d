//! One runtime behind every generated client: the Photos Library, Drive and Cloud Storage
//! clients take one token provider (one `Arc` behind all three), and their results go through
//! one function over the runtime's `Error`. Before the runtime was a crate of its own, each
//! client had its own `Error` and `TokenProvider`, and this did not compile.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use discogen_runtime::auth::{AccessToken, AuthError, TokenProvider};
use discogen_runtime::{BoxFuture, Error};
use google_drive_v3 as drive;
use google_photoslibrary_v1 as photos;
use google_storage_v1 as storage;
use photos_emulator::{Emulator, Reply};

/// Hands out one token and counts the scopes it was asked for.
struct CountingToken {
    asked: AtomicUsize,
}

impl TokenProvider for CountingToken {
    fn token<'a>(&'a self, _: &'a [&'static str]) -> BoxFuture<'a, Result<AccessToken, AuthError>> {
        self.asked.fetch_add(1, Ordering::SeqCst);
        Box::pin(std::future::ready(Ok(AccessToken::new("shared-token"))))
    }
}

/// One handler for the results of every client.
fn describe<T>(result: Result<T, Error>) -> String {
    match result {
        Ok(_) => "ok".into(),
        Err(Error::Api(api)) => format!("{} {}", api.status.as_u16(), api.message),
        Err(other) => format!("other: {other}"),
    }
}

#[tokio::test]
async fn three_clients_one_provider_one_error_type() {
    let server = Emulator::start().await.expect("the emulator starts");
    let provider = Arc::new(CountingToken {
        asked: AtomicUsize::new(0),
    });
    let photos = photos::Client::builder()
        .base_url(server.base_url())
        .token_provider(Arc::clone(&provider))
        .build()
        .expect("photos client");
    let drive = drive::Client::builder()
        .base_url(server.base_url())
        .token_provider(Arc::clone(&provider))
        .build()
        .expect("drive client");
    let storage = storage::Client::builder()
        .base_url(server.base_url())
        .token_provider(Arc::clone(&provider))
        .build()
        .expect("storage client");

    server.reply(Reply::json(200, r#"{"id":"album-1","title":"Holidays"}"#));
    server.reply(Reply::json(
        404,
        r#"{"error":{"code":404,"message":"File not found: f.","status":"NOT_FOUND"}}"#,
    ));
    server.reply(Reply::json(
        403,
        r#"{"error":{"code":403,"message":"no bucket for you","status":"PERMISSION_DENIED"}}"#,
    ));
    // The same `Error` type: the three results fit in one array and one function.
    let results: [String; 3] = [
        describe(photos.albums().get("album-1").send().await),
        describe(drive.files().get("f").send().await),
        describe(storage.buckets().get("b").send().await),
    ];
    assert_eq!(
        results,
        ["ok", "404 File not found: f.", "403 no bucket for you"]
    );
    // And the crates' own names for it are that type.
    let _: fn(photos::Error) -> drive::Error = |e| e;
    let _: fn(drive::Error) -> storage::Error = |e| e;

    let requests = server.requests();
    let paths: Vec<&str> = requests.iter().map(|r| r.path.as_str()).collect();
    assert_eq!(
        paths,
        ["/v1/albums/album-1", "/drive/v3/files/f", "/storage/v1/b/b"]
    );
    for r in &requests {
        assert_eq!(r.header("authorization"), Some("Bearer shared-token"));
    }
    assert!(provider.asked.load(Ordering::SeqCst) >= 3);
}
