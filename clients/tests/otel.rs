//! The runtime's spans and metric through a real OpenTelemetry pipeline: `tracing` spans
//! turned into OpenTelemetry spans by `tracing-opentelemetry`, collected by the SDK's
//! in-memory exporters, or sent over OTLP/HTTP to a receiver started here. The runtime is
//! built with its feature `opentelemetry` (the trace context on the wire, the duration
//! histogram).
//!
//! Each test installs its subscriber for its own thread only (`set_default`, on the
//! current-thread runtime of `#[tokio::test]`), so the tests of this binary do not see each
//! other's spans.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use google_photoslibrary_v1 as photos;
use google_storage_v1 as storage;
use opentelemetry::trace::{SpanKind, Status, TracerProvider as _};
use opentelemetry::{KeyValue, Value};
use opentelemetry_sdk::trace::{InMemorySpanExporter, SdkTracerProvider, SpanData};
use photos::rt::testing::{MockReply, MockTransport};
use photos::rt::BoxFuture;
use tracing_subscriber::layer::SubscriberExt as _;

const CALL: &str = "photoslibrary.albums.get";
const ATTEMPT: &str = "GET /v1/albums/{+albumId}";

/// Spans of this thread go to the returned exporter until the guard is dropped.
fn in_memory() -> (
    InMemorySpanExporter,
    SdkTracerProvider,
    tracing::subscriber::DefaultGuard,
) {
    let exporter = InMemorySpanExporter::default();
    let provider = SdkTracerProvider::builder()
        .with_simple_exporter(exporter.clone())
        .build();
    let guard = subscribe(&provider);
    (exporter, provider, guard)
}

fn subscribe(provider: &SdkTracerProvider) -> tracing::subscriber::DefaultGuard {
    let layer = tracing_opentelemetry::layer().with_tracer(provider.tracer("otel-tests"));
    tracing::subscriber::set_default(tracing_subscriber::registry().with(layer))
}

fn no_wait() -> impl Fn(Duration) -> BoxFuture<'static, ()> {
    |_| -> BoxFuture<'static, ()> { Box::pin(async {}) }
}

fn photos_client(mock: &MockTransport) -> photos::Client {
    photos::Client::builder()
        .transport(mock.clone())
        .token_provider(photos::rt::auth::StaticToken::new("secret-token"))
        .api_key("secret-key")
        .sleeper(no_wait())
        .build()
        .unwrap()
}

fn attribute<'a>(span: &'a SpanData, key: &str) -> Option<&'a Value> {
    span.attributes
        .iter()
        .find(|kv| kv.key.as_str() == key)
        .map(|kv| &kv.value)
}

fn text(span: &SpanData, key: &str) -> Option<String> {
    attribute(span, key).map(|v| v.as_str().into_owned())
}

fn int(span: &SpanData, key: &str) -> Option<i64> {
    match attribute(span, key) {
        Some(Value::I64(n)) => Some(*n),
        _ => None,
    }
}

fn named<'a>(spans: &'a [SpanData], name: &str) -> Vec<&'a SpanData> {
    spans.iter().filter(|s| s.name == name).collect()
}

/// A call retried once: its span, two attempt spans under it, the conventions' attributes,
/// the failed attempt marked as an error, and no secret or path value anywhere.
#[tokio::test]
async fn a_retried_call_is_one_span_with_a_child_per_attempt() {
    let (exporter, _provider, _guard) = in_memory();
    let mock = MockTransport::new();
    mock.on(CALL)
        .reply(MockReply::json(
            503,
            serde_json::json!({"error": {"code": 503}}),
        ))
        .reply(MockReply::json(
            200,
            serde_json::json!({"id": "jane-doe-trip"}),
        ));
    let client = photos_client(&mock);

    client.albums().get("jane-doe-trip").send().await.unwrap();

    let spans = exporter.get_finished_spans().unwrap();
    let calls = named(&spans, CALL);
    assert_eq!(calls.len(), 1, "{spans:#?}");
    let call = calls[0];
    assert_eq!(call.span_kind, SpanKind::Internal);
    assert_eq!(
        int(call, "discogen.attempts"),
        Some(2),
        "{:?}",
        call.attributes
    );
    assert_eq!(
        text(call, "discogen.last_retry_reason").as_deref(),
        Some("503")
    );
    assert_eq!(
        text(call, "gcp.client.service").as_deref(),
        Some("photoslibrary")
    );
    assert_eq!(
        text(call, "gcp.client.artifact").as_deref(),
        Some("google-photoslibrary-v1")
    );
    assert_eq!(text(call, "rpc.method").as_deref(), Some(CALL));

    let attempts = named(&spans, ATTEMPT);
    assert_eq!(attempts.len(), 2, "{spans:#?}");
    for attempt in &attempts {
        assert_eq!(attempt.span_kind, SpanKind::Client);
        assert_eq!(attempt.parent_span_id, call.span_context.span_id());
        assert_eq!(
            attempt.span_context.trace_id(),
            call.span_context.trace_id()
        );
        assert_eq!(text(attempt, "http.request.method").as_deref(), Some("GET"));
        assert_eq!(
            text(attempt, "url.template").as_deref(),
            Some("/v1/albums/{+albumId}")
        );
        assert_eq!(
            text(attempt, "server.address").as_deref(),
            Some("photoslibrary.googleapis.com")
        );
        assert_eq!(int(attempt, "server.port"), Some(443));
    }
    let (first, second) = (attempts[0], attempts[1]);
    assert_eq!(int(first, "http.response.status_code"), Some(503));
    assert_eq!(text(first, "error.type").as_deref(), Some("503"));
    assert!(matches!(first.status, Status::Error { .. }), "{first:?}");
    assert_eq!(int(first, "http.request.resend_count"), None);
    assert_eq!(int(second, "http.response.status_code"), Some(200));
    assert_eq!(int(second, "http.request.resend_count"), Some(1));
    assert_eq!(text(second, "error.type"), None);
    assert_eq!(text(second, "url.full"), None, "off unless asked for");

    let everything = format!("{spans:?}");
    for secret in ["secret-token", "secret-key", "Bearer", "jane-doe"] {
        assert!(!everything.contains(secret), "{secret} is in the spans");
    }
}

/// The expanded URL is recorded only when the client asks for it.
#[tokio::test]
async fn the_full_url_is_recorded_only_on_request() {
    let (exporter, _provider, _guard) = in_memory();
    let mock = MockTransport::new();
    mock.on(CALL)
        .reply(MockReply::json(200, serde_json::json!({"id": "a"})));
    let client = photos::Client::builder()
        .transport(mock.clone())
        .token_provider(photos::rt::auth::StaticToken::new("t"))
        .record_full_urls(true)
        .build()
        .unwrap();

    client.albums().get("album-7").send().await.unwrap();

    let spans = exporter.get_finished_spans().unwrap();
    let attempt = named(&spans, ATTEMPT)[0];
    assert_eq!(
        text(attempt, "url.full").as_deref(),
        Some("https://photoslibrary.googleapis.com/v1/albums/album-7?alt=json")
    );
}

/// Each attempt carries the W3C trace context of its own span, so that the server's span is
/// that attempt's child.
#[tokio::test]
async fn each_attempt_sends_its_span_as_traceparent() {
    let (exporter, _provider, _guard) = in_memory();
    let mock = MockTransport::new();
    mock.on(CALL)
        .reply(MockReply::status(503))
        .reply(MockReply::json(200, serde_json::json!({"id": "a"})));

    photos_client(&mock).albums().get("a").send().await.unwrap();

    let spans = exporter.get_finished_spans().unwrap();
    let attempts = named(&spans, ATTEMPT);
    let sent: Vec<String> = mock
        .requests()
        .iter()
        .map(|r| r.header("traceparent").expect("a traceparent").to_owned())
        .collect();
    let expected: Vec<String> = attempts
        .iter()
        .map(|span| {
            let context = &span.span_context;
            format!(
                "00-{}-{}-{:02x}",
                context.trace_id(),
                context.span_id(),
                context.trace_flags().to_u8()
            )
        })
        .collect();
    assert_eq!(sent, expected);
    assert!(sent[0].ends_with("-01"), "sampled: {}", sent[0]);
}

/// Without an OpenTelemetry layer there is no context to send, and no header.
#[tokio::test]
async fn no_traceparent_without_a_pipeline() {
    let mock = MockTransport::new();
    mock.on(CALL)
        .reply(MockReply::json(200, serde_json::json!({"id": "a"})));
    photos_client(&mock).albums().get("a").send().await.unwrap();
    assert_eq!(mock.requests()[0].header("traceparent"), None);
}

/// A resumable upload to photos-emulator: an attempt span for the request that opens the
/// session and one for each chunk.
#[tokio::test]
async fn a_resumable_upload_has_a_span_per_chunk() {
    use google_photos::uploads::{Protocol, UploadSource};
    use google_photos::LibraryExt as _;

    let emulator = photos_emulator::Emulator::builder()
        .upload_granularity(64 * 1024)
        .start()
        .await
        .unwrap();
    let (exporter, _provider, _guard) = in_memory();
    let client = photos::Client::builder()
        .base_url(emulator.base_url())
        .token_provider(photos::rt::auth::StaticToken::new("t"))
        .build()
        .unwrap();
    let bytes = vec![7_u8; 3 * 64 * 1024 + 10];

    client
        .uploads()
        .upload(UploadSource::bytes(bytes).file_name("a.jpg"))
        .protocol(Protocol::Resumable)
        .chunk_size(64 * 1024)
        .send()
        .await
        .unwrap();

    let chunks = emulator
        .upload_chunks()
        .iter()
        .filter(|c| c.len > 0)
        .count();
    assert_eq!(chunks, 4, "{:?}", emulator.upload_chunks());
    let spans = exporter.get_finished_spans().unwrap();
    let posts = named(&spans, "POST");
    // The session's start, then one per chunk (the last one finalizes).
    assert_eq!(posts.len(), 1 + chunks, "{spans:#?}");
    assert!(posts.iter().all(|s| s.span_kind == SpanKind::Client));
    assert!(posts
        .iter()
        .all(|s| int(s, "http.response.status_code") == Some(200)));
}

/// A batch is one span with its POST under it; a poller's reads are calls of their own.
#[tokio::test]
async fn a_batch_and_a_pollers_reads_have_their_spans() {
    let (exporter, _provider, _guard) = in_memory();
    let mock = MockTransport::new();
    let body = "--batch_x\r\nContent-Type: application/http\r\nContent-ID: <response-1>\r\n\r\n\
                HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"name\":\"a\"}\r\n\
                --batch_x--\r\n";
    mock.on_path(photos::rt::http::Method::Post, "/batch/storage/v1")
        .reply(MockReply::bytes(
            200,
            body,
            "multipart/mixed; boundary=batch_x",
        ));
    let client = storage::Client::builder()
        .transport(mock.clone())
        .token_provider(storage::rt::auth::StaticToken::new("t"))
        .build()
        .unwrap();
    let mut batch = client.batch();
    let _get = batch.add(client.objects().get("b", "a").into_call());
    batch.send().await.unwrap();

    let spans = exporter.get_finished_spans().unwrap();
    let batches = named(&spans, "storage.batch");
    assert_eq!(batches.len(), 1, "{spans:#?}");
    assert_eq!(int(batches[0], "discogen.batch.calls"), Some(1));
    let posts = named(&spans, "POST");
    assert_eq!(posts.len(), 1, "{spans:#?}");
    assert_eq!(posts[0].parent_span_id, batches[0].span_context.span_id());

    let compute_mock = MockTransport::new();
    let operation = |status: &str| {
        let zone = "https://compute.googleapis.com/compute/v1/projects/p/zones/z";
        MockReply::json(
            200,
            serde_json::json!({
                "name": "op", "zone": zone, "status": status,
                "selfLink": format!("{zone}/operations/op"),
            }),
        )
    };
    compute_mock
        .on("compute.instances.insert")
        .reply(operation("RUNNING"));
    compute_mock
        .on("compute.zoneOperations.wait")
        .reply(operation("RUNNING"))
        .reply(operation("DONE"));
    let compute = google_compute_v1::Client::builder()
        .transport(compute_mock.clone())
        .token_provider(google_compute_v1::rt::auth::StaticToken::new("t"))
        .sleeper(no_wait())
        .build()
        .unwrap();
    let instance = google_compute_v1::types::Instance::default().set_name("vm");
    compute
        .instances()
        .insert("p", "z", instance)
        .poller()
        .until_done()
        .await
        .unwrap();

    let spans = exporter.get_finished_spans().unwrap();
    let reads = named(&spans, "compute.zoneOperations.wait");
    assert_eq!(reads.len(), 2, "{:#?}", compute_mock.requests());
    for read in reads {
        let children: Vec<_> = spans
            .iter()
            .filter(|s| s.parent_span_id == read.span_context.span_id())
            .collect();
        assert_eq!(children.len(), 1);
        assert_eq!(children[0].span_kind, SpanKind::Client);
    }
}

/// Each attempt's duration goes into `http.client.request.duration`, with the conventions'
/// attributes.
#[tokio::test]
async fn attempts_are_measured_in_the_duration_histogram() {
    use opentelemetry_sdk::metrics::data::{AggregatedMetrics, MetricData};
    use opentelemetry_sdk::metrics::{InMemoryMetricExporter, PeriodicReader, SdkMeterProvider};

    let exporter = InMemoryMetricExporter::default();
    let meters = SdkMeterProvider::builder()
        .with_reader(PeriodicReader::builder(exporter.clone()).build())
        .build();
    // Read when the client is built.
    opentelemetry::global::set_meter_provider(meters.clone());
    let mock = MockTransport::new();
    mock.on(CALL)
        .reply(MockReply::status(503))
        .reply(MockReply::json(200, serde_json::json!({"id": "a"})));

    photos_client(&mock).albums().get("a").send().await.unwrap();
    meters.force_flush().unwrap();

    let metrics = exporter.get_finished_metrics().unwrap();
    let histogram = metrics
        .iter()
        .flat_map(|m| m.scope_metrics())
        .flat_map(|s| s.metrics())
        .find(|m| m.name() == "http.client.request.duration")
        .expect("the histogram was exported");
    assert_eq!(histogram.unit(), "s");
    let AggregatedMetrics::F64(MetricData::Histogram(data)) = histogram.data() else {
        panic!("not an f64 histogram: {histogram:?}");
    };
    let mut points: Vec<(Vec<KeyValue>, u64)> = data
        .data_points()
        .map(|p| {
            let mut attributes: Vec<KeyValue> = p.attributes().cloned().collect();
            attributes.sort_by(|a, b| a.key.as_str().cmp(b.key.as_str()));
            (attributes, p.count())
        })
        .collect();
    points.sort_by_key(|(attributes, _)| format!("{attributes:?}"));
    let point = |status: i64, error: Option<&str>| {
        let mut attributes = vec![
            KeyValue::new("http.request.method", "GET"),
            KeyValue::new("http.response.status_code", status),
            KeyValue::new("server.address", "photoslibrary.googleapis.com"),
            KeyValue::new("server.port", 443_i64),
            KeyValue::new("url.template", "/v1/albums/{+albumId}"),
        ];
        if let Some(error) = error {
            attributes.push(KeyValue::new("error.type", error.to_owned()));
        }
        attributes.sort_by(|a, b| a.key.as_str().cmp(b.key.as_str()));
        (attributes, 1)
    };
    let mut expected = vec![point(200, None), point(503, Some("503"))];
    expected.sort_by_key(|(attributes, _)| format!("{attributes:?}"));
    assert_eq!(points, expected);
}

/// The whole pipeline to a collector: the spans of a retried call exported over OTLP/HTTP
/// (JSON) to a receiver on 127.0.0.1, which finds the call and its attempts, linked.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn spans_reach_an_otlp_collector() {
    use opentelemetry_otlp::{Protocol, WithExportConfig as _};

    let received: Arc<Mutex<Vec<serde_json::Value>>> = Arc::default();
    let store = received.clone();
    let app = axum::Router::new().route(
        "/v1/traces",
        axum::routing::post(move |body: axum::body::Bytes| {
            let store = store.clone();
            async move {
                if let Ok(json) = serde_json::from_slice(&body) {
                    store.lock().unwrap().push(json);
                }
                (
                    [(axum::http::header::CONTENT_TYPE, "application/json")],
                    "{}",
                )
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(listener, app).await });

    let exporter = opentelemetry_otlp::SpanExporter::builder()
        .with_http()
        .with_protocol(Protocol::HttpJson)
        .with_endpoint(format!("http://127.0.0.1:{port}/v1/traces"))
        .build()
        .unwrap();
    let provider = SdkTracerProvider::builder()
        .with_simple_exporter(exporter)
        .build();
    let mock = MockTransport::new();
    mock.on(CALL)
        .reply(MockReply::status(503))
        .reply(MockReply::json(200, serde_json::json!({"id": "a"})));
    let client = photos_client(&mock);
    {
        let _guard = subscribe(&provider);
        // The simple processor exports each span as it ends, blocking this thread (the
        // test's own) while the receiver answers on the runtime's workers.
        client.albums().get("a").send().await.unwrap();
    }
    provider.force_flush().unwrap();

    let spans: Vec<serde_json::Value> = received
        .lock()
        .unwrap()
        .iter()
        .flat_map(|batch| {
            batch["resourceSpans"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .flat_map(|r| r["scopeSpans"].as_array().cloned().unwrap_or_default())
        .flat_map(|s| s["spans"].as_array().cloned().unwrap_or_default())
        .collect();
    let call: Vec<_> = spans.iter().filter(|s| s["name"] == CALL).collect();
    let attempts: Vec<_> = spans.iter().filter(|s| s["name"] == ATTEMPT).collect();
    assert_eq!((call.len(), attempts.len()), (1, 2), "{spans:#?}");
    for attempt in &attempts {
        assert_eq!(attempt["parentSpanId"], call[0]["spanId"]);
        assert_eq!(attempt["traceId"], call[0]["traceId"]);
    }
    let attributes = |span: &serde_json::Value| -> Vec<(String, String)> {
        span["attributes"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|kv| {
                let value = &kv["value"];
                let value = value["stringValue"]
                    .as_str()
                    .map(str::to_owned)
                    .or_else(|| value["intValue"].as_str().map(str::to_owned))
                    .unwrap_or_else(|| value["intValue"].to_string());
                (kv["key"].as_str().unwrap_or_default().to_owned(), value)
            })
            .collect()
    };
    let first = attributes(attempts[0]);
    assert!(
        first.contains(&("http.response.status_code".into(), "503".into())),
        "{first:?}"
    );
    assert!(first.contains(&("url.template".into(), "/v1/albums/{+albumId}".into())));
    assert!(attributes(call[0]).contains(&("discogen.attempts".into(), "2".into())));
}
