//! A `tracing` span per call with the method id, attempts, status and latency, and no
//! secrets. Its own test binary with one test: the subscriber is process-global, so no
//! concurrently running test can race it for tracing's callsite cache.
//!
//! Not named `tracing.rs`: `cargo clean -p google-photos` removes files by target name, so a
//! test target `tracing` takes the `tracing` crate's artifacts with it, and the compile
//! benchmark, which cleans this package between timed builds, would rebuild them.

mod support;

use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use google_photos::library::rt::auth::{AccessToken, AuthError, TokenProvider};
use google_photos::library::rt::BoxFuture;
use google_photos::library::Client;
use photos_emulator::Reply;

/// Records every span and event field as text.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<String>>, Arc<AtomicU64>);

struct Fields<'a>(&'a mut String);

impl tracing::field::Visit for Fields<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        let _ = write!(self.0, "{}={:?} ", field.name(), value);
    }
}

impl tracing::Subscriber for Capture {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        let mut out = self.0.lock().unwrap();
        let _ = write!(out, "\nspan {} ", span.metadata().name());
        span.record(&mut Fields(&mut out));
        tracing::span::Id::from_u64(self.1.fetch_add(1, Ordering::SeqCst) + 1)
    }
    fn record(&self, _: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        let mut out = self.0.lock().unwrap();
        out.push_str("\nrecord ");
        values.record(&mut Fields(&mut out));
    }
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        let mut out = self.0.lock().unwrap();
        out.push_str("\nevent ");
        event.record(&mut Fields(&mut out));
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

/// Hands out `token-1`, then `token-2`, … so a 401 can be answered with a fresh token.
#[derive(Default)]
struct Rotating(AtomicU64);

impl TokenProvider for Rotating {
    fn token<'a>(
        &'a self,
        _scopes: &'a [&'static str],
    ) -> BoxFuture<'a, Result<AccessToken, AuthError>> {
        let n = self.0.fetch_add(1, Ordering::SeqCst) + 1;
        Box::pin(async move { Ok(AccessToken::new(format!("token-{n}"))) })
    }
}

#[tokio::test]
async fn a_call_is_traced_without_secrets() {
    let capture = Capture::default();
    tracing::subscriber::set_global_default(capture.clone()).expect("the only subscriber");
    let server = support::emulator().await;
    server.reply(Reply::json(401, "{}"));
    server.reply(Reply::json(503, "{}"));
    server.reply(Reply::json(200, r#"{"id": "a"}"#));
    let client = Client::builder()
        .base_url(server.base_url())
        .api_key("key-secret")
        .token_provider(Rotating::default())
        .sleeper(|_| -> BoxFuture<'static, ()> { Box::pin(async {}) })
        .build()
        .unwrap();
    client.albums().get("a").send().await.unwrap();
    assert_eq!(server.requests().len(), 3);
    let log = capture.0.lock().unwrap().clone();
    assert!(log.contains("method=\"photoslibrary.albums.get\""), "{log}");
    assert!(log.contains("attempt=3"), "{log}");
    assert!(
        log.contains("status=503") || log.contains("status=Some(503)"),
        "{log}"
    );
    assert!(log.contains("latency_ms="), "{log}");
    for secret in ["token-1", "token-2", "key-secret", "Bearer"] {
        assert!(!log.contains(secret), "{secret} leaked: {log}");
    }
}
