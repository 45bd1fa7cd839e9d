//! `testing::MockTransport` behind a client: answers scripted by method id and by path,
//! requests recorded without credentials, transport failures and hangs injected, and a
//! missing script reported as the call's error. Nothing here opens a socket.

use std::sync::{Arc, Mutex};
use std::time::Duration;

mod common;

use ::serde::Deserialize;
use discogen_runtime::auth::StaticToken;
use discogen_runtime::engine::Engine;
use discogen_runtime::http::{Method, StatusCode, TransportErrorKind};
use discogen_runtime::internal::{self, Setup};
use discogen_runtime::retry::RetryPolicy;
use discogen_runtime::testing::{MockReply, MockTransport};
use discogen_runtime::*;
use serde_json::json;

use common::{GET, SEARCH, TEST_API as API};

#[derive(Debug, Default, Deserialize, PartialEq)]
struct Album {
    id: Option<String>,
}

type Sleeps = Arc<Mutex<Vec<Duration>>>;

fn client(mock: &MockTransport) -> (Engine, Sleeps) {
    let sleeps = Sleeps::default();
    let record = sleeps.clone();
    let core = ClientBuilder::new(&API, |engine| engine)
        .transport(mock.clone())
        .token_provider(StaticToken::new("ya29.secret-token"))
        .api_key("secret-key")
        .sleeper(move |d: Duration| -> BoxFuture<'static, ()> {
            record.lock().unwrap().push(d);
            Box::pin(async {})
        })
        .build()
        .unwrap();
    (core, sleeps)
}

fn get(core: &Engine, id: &str) -> Call<Album> {
    let mut call = internal::call(core.clone(), &GET, CallOptions::default());
    call.path_arg(&id);
    call
}

fn search(core: &Engine) -> Call<Album> {
    let mut call = internal::call(core.clone(), &SEARCH, CallOptions::default());
    call.json_body(&json!({"albumId": "a/b", "pageSize": 5}));
    call
}

#[tokio::test]
async fn answers_by_method_id_and_by_path_and_records_requests_without_credentials() {
    let mock = MockTransport::new();
    mock.on("test.albums.get")
        .reply(MockReply::json(200, json!({"id": "a1"})));
    mock.on_path(Method::Post, "/v1/mediaItems:search")
        .reply(MockReply::json(200, json!({"id": "found"})));
    let (core, _) = client(&mock);

    let album = get(&core, "a 1")
        .fields("id")
        .header("x-extra", "1")
        .send()
        .await
        .unwrap();
    assert_eq!(album.id.as_deref(), Some("a1"));
    let found = search(&core).send().await.unwrap();
    assert_eq!(found.id.as_deref(), Some("found"));

    let requests = mock.requests();
    assert_eq!(requests.len(), 2);
    let sent = &requests[0];
    assert_eq!(sent.method, Method::Get);
    assert_eq!(sent.method_id, Some("test.albums.get"));
    assert_eq!(
        sent.url,
        "https://test.googleapis.com/v1/albums/a%201?fields=id&alt=json"
    );
    assert_eq!(sent.path(), "/v1/albums/a%201");
    assert_eq!(
        sent.query(),
        [
            ("fields".into(), "id".into()),
            ("alt".into(), "json".into())
        ]
    );
    assert!(sent.is_authorized());
    assert_eq!(sent.header("authorization"), Some("<redacted>"));
    assert_eq!(sent.header("x-goog-api-key"), Some("<redacted>"));
    // A header set on the call may carry a credential too: recorded, but not its value.
    assert_eq!(sent.header("x-extra"), Some("<redacted>"));
    assert_eq!(sent.header("user-agent"), Some("google-test-v1/1.2.3"));
    assert!(sent.body.is_empty());

    let sent = &requests[1];
    assert_eq!(sent.method, Method::Post);
    assert_eq!(sent.header("content-type"), Some("application/json"));
    assert_eq!(sent.json(), Some(json!({"albumId": "a/b", "pageSize": 5})));

    let everything = format!("{requests:?} {mock:?}");
    assert!(!everything.contains("secret"), "{everything}");
    assert_eq!(mock.unused_answers(), 0);
}

#[derive(Debug, ::serde::Serialize)]
struct AlbumReply {
    id: &'static str,
}

#[tokio::test]
async fn a_reply_of_a_typed_value_with_headers_comes_back_as_the_whole_response() {
    let mock = MockTransport::new();
    mock.on("test.albums.get").reply(
        MockReply::ok(AlbumReply { id: "a1" })
            .header("etag", "\"v7\"")
            .header("x-goog-generation", "1700000000000007"),
    );
    let (core, _) = client(&mock);
    let response = get(&core, "a1").response().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers().get("ETag"), Some("\"v7\""));
    assert_eq!(
        response.headers().get("x-goog-generation"),
        Some("1700000000000007")
    );
    assert_eq!(
        response.headers().get("content-type"),
        Some("application/json; charset=UTF-8")
    );
    assert_eq!(response.body().id.as_deref(), Some("a1"));
    let (status, _, album) = response.into_parts();
    assert_eq!((status.as_u16(), album.id.as_deref()), (200, Some("a1")));
}

#[tokio::test]
async fn answers_are_used_once_in_order_so_retries_can_be_scripted() {
    let mock = MockTransport::new();
    mock.on("test.albums.get")
        .reply(MockReply::json(503, json!({"error": {"code": 503}})))
        .reply(MockReply::json(200, json!({"id": "second"})));
    mock.on("test.albums.get")
        .reply(MockReply::json(200, json!({"id": "third"})));
    let (core, sleeps) = client(&mock);
    assert_eq!(
        get(&core, "a").send().await.unwrap().id.as_deref(),
        Some("second")
    );
    assert_eq!(sleeps.lock().unwrap().len(), 1, "the 503 was retried once");
    assert_eq!(
        get(&core, "a").send().await.unwrap().id.as_deref(),
        Some("third")
    );
    assert_eq!(mock.requests().len(), 3);
}

#[tokio::test]
async fn transport_failures_are_injected_and_judged_like_real_ones() {
    let mock = MockTransport::new();
    // A connection that never opened: safe to repeat even for a POST.
    mock.on("test.mediaItems.search")
        .fail(TransportErrorKind::Connect)
        .reply(MockReply::json(200, json!({"id": "after-connect"})));
    // A connection cut mid-request: a POST may have been acted on, so it is not repeated.
    mock.on("test.mediaItems.search")
        .fail(TransportErrorKind::Io);
    // The transport's own timeout, on a GET: retried, then reported as a timeout.
    mock.on("test.albums.get")
        .fail(TransportErrorKind::Timeout)
        .fail(TransportErrorKind::Timeout);
    let (core, _) = client(&mock);

    let found = search(&core).send().await.unwrap();
    assert_eq!(found.id.as_deref(), Some("after-connect"));

    let err = search(&core).send().await.unwrap_err();
    match &err {
        Error::Transport(e) => assert_eq!(e.kind(), TransportErrorKind::Io),
        other => panic!("expected a transport error, got {other:?}"),
    }
    assert_eq!(mock.requests().len(), 3);

    let err = get(&core, "a")
        .retry_policy(RetryPolicy::default().with_max_attempts(2))
        .send()
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err}");
    assert_eq!(mock.requests().len(), 5);
}

#[tokio::test(start_paused = true)]
async fn a_hanging_answer_ends_in_the_clients_timeout() {
    let mock = MockTransport::new();
    mock.on("test.albums.get").hang();
    mock.on("test.albums.get")
        .reply(MockReply::json(200, json!({"id": "late"})).delay(Duration::from_secs(3)));
    let (core, _) = client(&mock);
    let err = get(&core, "a")
        .timeout(Duration::from_millis(200))
        .retry_policy(RetryPolicy::none())
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Timeout(limit) if limit == Duration::from_millis(200)),
        "{err}"
    );
    // A delayed answer within the limit arrives.
    let album = get(&core, "a")
        .timeout(Duration::from_secs(5))
        .send()
        .await
        .unwrap();
    assert_eq!(album.id.as_deref(), Some("late"));
}

#[tokio::test]
async fn a_request_without_an_answer_fails_naming_itself_and_is_not_retried() {
    let mock = MockTransport::new();
    mock.on("test.mediaItems.search")
        .reply(MockReply::json(200, json!({})));
    let (core, sleeps) = client(&mock);
    let err = get(&core, "nope").send().await.unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains(
            "no answer for GET https://test.googleapis.com/v1/albums/nope?alt=json (test.albums.get)"
        ),
        "{text}"
    );
    assert!(!err.is_retryable());
    assert!(sleeps.lock().unwrap().is_empty());
    assert_eq!(mock.requests().len(), 1);
    assert_eq!(mock.unused_answers(), 1);
}

#[tokio::test]
async fn scripted_errors_and_bad_scripts_reach_the_caller() {
    let mock = MockTransport::new();
    mock.on("test.albums.get").reply(MockReply::json(
        404,
        json!({"error": {"code": 404, "message": "No album.", "status": "NOT_FOUND"}}),
    ));
    mock.on("test.albums.get")
        .reply(MockReply::status(200).header("bad name", "x"));
    let (core, _) = client(&mock);
    let err = get(&core, "a").send().await.unwrap_err();
    assert!(err.is_not_found());
    assert_eq!(err.status(), Some(StatusCode::NOT_FOUND));
    assert_eq!(err.api_error().unwrap().message, "No album.");
    let err = get(&core, "a").send().await.unwrap_err();
    assert!(err.to_string().contains("scripted reply"), "{err}");
}
