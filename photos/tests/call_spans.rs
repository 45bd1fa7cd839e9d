//! A `tracing` span per call and one per HTTP attempt, in OpenTelemetry's terms, with no
//! secret and no value of the request's path. Its own test binary with one test: the subscriber is process-global, so no
//! concurrently running test can race it for tracing's callsite cache.
//!
//! Not named `tracing.rs`: `cargo clean -p google-photos` removes files by target name, so a
//! test target `tracing` takes the `tracing` crate's artifacts with it, and the compile
//! benchmark, which cleans this package between timed builds, would rebuild them.

mod support;

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use google_photos::library::rt::auth::{AccessToken, AuthError, TokenProvider};
use google_photos::library::rt::BoxFuture;
use google_photos::library::Client;
use photos_emulator::Reply;

/// Records every span and event field as text, and which span is entered (so that
/// `Span::current()` finds the call's span, as it does under tracing-subscriber's registry).
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<String>>, Arc<AtomicU64>, Arc<Mutex<Spans>>);

#[derive(Default)]
struct Spans {
    metadata: HashMap<u64, &'static tracing::Metadata<'static>>,
    entered: Vec<u64>,
}

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
        let id = self.1.fetch_add(1, Ordering::SeqCst) + 1;
        self.2.lock().unwrap().metadata.insert(id, span.metadata());
        tracing::span::Id::from_u64(id)
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
    fn enter(&self, id: &tracing::span::Id) {
        self.2.lock().unwrap().entered.push(id.into_u64());
    }
    fn exit(&self, id: &tracing::span::Id) {
        let mut spans = self.2.lock().unwrap();
        if let Some(at) = spans.entered.iter().rposition(|e| *e == id.into_u64()) {
            spans.entered.remove(at);
        }
    }
    fn current_span(&self) -> tracing_core::span::Current {
        let spans = self.2.lock().unwrap();
        match spans.entered.last() {
            Some(id) => tracing_core::span::Current::new(
                tracing::span::Id::from_u64(*id),
                spans.metadata[id],
            ),
            None => tracing_core::span::Current::none(),
        }
    }
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
    server.reply(Reply::json(200, r#"{"id": "jane-doe-holidays"}"#));
    let client = Client::builder()
        .base_url(server.base_url())
        .api_key("key-secret")
        .token_provider(Rotating::default())
        .sleeper(|_| -> BoxFuture<'static, ()> { Box::pin(async {}) })
        .build()
        .unwrap();
    client
        .albums()
        .get("jane-doe-holidays")
        .send()
        .await
        .unwrap();
    assert_eq!(server.requests().len(), 3);
    let log = capture.0.lock().unwrap().clone();
    // The call's span, named for the method, with the attempts and why the last was made.
    for field in [
        "span google_api_call otel.name=\"photoslibrary.albums.get\"",
        "gcp.client.service=\"photoslibrary\"",
        "gcp.client.artifact=\"google-photoslibrary-v1\"",
        "discogen.attempts=3",
        "discogen.last_retry_reason=\"503\"",
    ] {
        assert!(log.contains(field), "{field} missing: {log}");
    }
    // A span per attempt, in OpenTelemetry's HTTP client terms.
    assert_eq!(log.matches("span http_request").count(), 3, "{log}");
    for field in [
        "otel.name=\"GET /v1/albums/{+albumId}\"",
        "url.template=\"/v1/albums/{+albumId}\"",
        "otel.kind=\"client\"",
        "http.request.method=\"GET\"",
        "server.address=\"127.0.0.1\"",
        "http.request.resend_count=1",
        "http.request.resend_count=2",
        "http.response.status_code=401",
        "http.response.status_code=503",
        "http.response.status_code=200",
        "error.type=\"503\"",
    ] {
        assert!(log.contains(field), "{field} missing: {log}");
    }
    // No credential, and no value of the path: the album id could be anything personal.
    for secret in ["token-1", "token-2", "key-secret", "Bearer", "jane-doe"] {
        assert!(!log.contains(secret), "{secret} leaked: {log}");
    }
}
