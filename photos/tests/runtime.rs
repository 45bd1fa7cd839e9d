//! The runtime seen through the generated Photos client: pagination streams, safe paths,
//! retries, typed errors, per-call options and headers. The runtime's own unit tests live
//! beside it (`runtime/tests`); these check that generated methods are wired
//! to it correctly.

mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::{StreamExt, TryStreamExt};
use google_photos::library::rt::auth::StaticToken;
use google_photos::library::rt::retry::{RetryPolicy, Sleeper};
use google_photos::library::rt::BoxFuture;
use google_photos::library::types::{CreateAlbumRequest, SearchMediaItemsRequest};
use google_photos::library::{CallBuilder, Client, Error};
use photos_emulator::{Emulator, Reply};

/// Records the delays the client asks for instead of waiting them out.
#[derive(Clone, Default)]
struct RecordingSleeper(Arc<Mutex<Vec<Duration>>>);

impl Sleeper for RecordingSleeper {
    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        self.0.lock().unwrap().push(duration);
        Box::pin(async {})
    }
}

async fn setup() -> (Emulator, Client, RecordingSleeper) {
    let server = support::emulator().await;
    let sleeper = RecordingSleeper::default();
    let client = Client::builder()
        .base_url(server.base_url())
        .token_provider(StaticToken::new("secret-token-value"))
        .sleeper(sleeper.clone())
        .build()
        .unwrap();
    (server, client, sleeper)
}

fn page(items_field: &str, ids: &[&str], next: Option<&str>) -> Reply {
    let items: Vec<String> = ids
        .iter()
        .map(|id| format!(r#"{{"id": "{id}"}}"#))
        .collect();
    let next = next
        .map(|t| format!(r#", "nextPageToken": "{t}""#))
        .unwrap_or_default();
    Reply::json(
        200,
        format!(r#"{{"{items_field}": [{}]{next}}}"#, items.join(",")),
    )
}

#[tokio::test]
async fn albums_list_follows_three_pages_in_the_query() {
    let (server, client, _) = setup().await;
    server.reply(page("albums", &["a1", "a2"], Some("t2")));
    server.reply(page("albums", &["a3"], Some("t3")));
    server.reply(page("albums", &["a4"], None));
    let ids: Vec<String> = client
        .albums()
        .list()
        .page_size(2)
        .items()
        .map_ok(|album| album.id.unwrap())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids, ["a1", "a2", "a3", "a4"]);
    let tokens: Vec<Option<String>> = server
        .requests()
        .iter()
        .map(|r| {
            let pairs = r.query_pairs();
            assert!(pairs.contains(&("pageSize".into(), "2".into())));
            pairs
                .into_iter()
                .find(|(k, _)| k == "pageToken")
                .map(|(_, v)| v)
        })
        .collect();
    assert_eq!(tokens, [None, Some("t2".into()), Some("t3".into())]);
}

#[tokio::test]
async fn media_items_search_carries_the_page_token_in_the_body() {
    let (server, client, _) = setup().await;
    server.reply(page("mediaItems", &["m1"], Some("t2")));
    server.reply(page("mediaItems", &["m2"], Some("t3")));
    server.reply(page("mediaItems", &["m3"], Some("")));
    let request = SearchMediaItemsRequest::default().set_album_id("album");
    let pages: Vec<_> = client
        .media_items()
        .search(request)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 3, "an empty nextPageToken ends the walk");
    let bodies: Vec<serde_json::Value> = server.requests().iter().map(|r| r.json()).collect();
    assert_eq!(
        bodies,
        [
            serde_json::json!({"albumId": "album"}),
            serde_json::json!({"albumId": "album", "pageToken": "t2"}),
            serde_json::json!({"albumId": "album", "pageToken": "t3"}),
        ]
    );
    assert!(server.requests().iter().all(|r| r.query == "alt=json"));
}

#[tokio::test]
async fn item_streams_stop_at_the_first_error() {
    let (server, client, _) = setup().await;
    server.reply(page("albums", &["a1"], Some("t2")));
    server.reply(Reply::json(
        404,
        r#"{"error": {"code": 404, "message": "gone", "status": "NOT_FOUND"}}"#,
    ));
    let results: Vec<_> = client.albums().list().items().collect().await;
    assert_eq!(results.len(), 2);
    assert!(results[0].is_ok());
    assert!(results[1].as_ref().unwrap_err().is_not_found());
}

#[tokio::test]
async fn injection_probes_never_change_the_request_path() {
    let (server, client, _) = setup().await;
    let probes = [
        "abc?pageSize=1",
        "abc#x",
        "..",
        ".",
        "a/b",
        "%2F",
        "ünï",
        "",
        "a b",
        "x\ny",
    ];
    for probe in probes {
        server.clear_requests();
        let result = client.albums().get(probe).send().await;
        if let Err(Error::InvalidArgument(message)) = &result {
            assert!(
                server.requests().is_empty(),
                "{probe:?} was refused but sent"
            );
            assert!(!message.is_empty());
            continue;
        }
        // No album has that id, so the emulator answers 404; what matters is that the
        // path arrived as one segment holding the probe.
        if let Err(err) = &result {
            assert_eq!(
                err.status().map(|s| s.as_u16()),
                Some(404),
                "{probe:?}: {err}"
            );
        }
        let sent = server.only_request();
        let segments = sent.decoded_segments();
        assert_eq!(segments.len(), 3, "{probe:?} became {}", sent.path);
        assert_eq!(segments[..2], ["v1", "albums"]);
        assert_eq!(segments[2], probe, "{probe:?} arrived as {}", sent.path);
        assert_eq!(sent.query, "alt=json", "{probe:?}");
    }
}

#[tokio::test]
async fn get_is_retried_with_growing_delays() {
    let (server, client, sleeper) = setup().await;
    server.reply(Reply::json(503, "{}"));
    server.reply(Reply::json(503, "{}"));
    server.reply(Reply::json(200, r#"{"id": "a1"}"#));
    let album = client.albums().get("a1").send().await.unwrap();
    assert_eq!(album.id.as_deref(), Some("a1"));
    assert_eq!(server.requests().len(), 3);
    let delays = sleeper.0.lock().unwrap().clone();
    assert_eq!(delays.len(), 2);
    assert!(delays[1] > delays[0], "backoff grows: {delays:?}");
}

#[tokio::test]
async fn retry_after_is_honoured() {
    let (server, client, sleeper) = setup().await;
    server.reply(Reply::json(429, "{}").header("retry-after", "7"));
    server.reply(Reply::json(200, "{}"));
    client.media_items().get("m").send().await.unwrap();
    assert_eq!(*sleeper.0.lock().unwrap(), [Duration::from_secs(7)]);
}

/// Photos' best-practices page asks for at least 30 s before retrying a 429
/// (`generator/apis/photoslibrary.v1.json`); a 5xx keeps the ordinary backoff from 1 s.
#[tokio::test]
async fn a_429_waits_at_least_30_seconds_and_a_503_does_not() {
    let (server, client, sleeper) = setup().await;
    server.reply(Reply::json(429, "{}"));
    server.reply(Reply::json(429, "{}"));
    server.reply(Reply::json(503, "{}"));
    server.reply(Reply::json(200, "{}"));
    client.media_items().get("m").send().await.unwrap();
    let waits = sleeper.0.lock().unwrap().clone();
    assert_eq!(waits.len(), 3, "{waits:?}");
    assert_eq!(waits[..2], [Duration::from_secs(30); 2]);
    // The third is the policy's own backoff: at most 4 s (1 s doubled twice), jittered.
    assert!(waits[2] <= Duration::from_secs(4), "{waits:?}");
}

#[tokio::test]
async fn post_is_not_retried_unless_marked_idempotent() {
    let (server, client, _) = setup().await;
    server.reply(Reply::json(
        503,
        r#"{"error": {"code": 503, "message": "busy"}}"#,
    ));
    let err = client
        .albums()
        .create(CreateAlbumRequest::default())
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.requests().len(), 1);

    server.clear_requests();
    server.reply(Reply::json(503, "{}"));
    server.reply(Reply::json(200, "{}"));
    client
        .albums()
        .create(CreateAlbumRequest::default())
        .idempotent(true)
        .send()
        .await
        .unwrap();
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn per_call_retry_policy_overrides_the_client() {
    let (server, client, _) = setup().await;
    server.reply(Reply::json(503, "{}"));
    let err = client
        .albums()
        .get("a")
        .retry_policy(RetryPolicy::none())
        .send()
        .await
        .unwrap_err();
    assert!(err.is_retryable());
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn permission_denied_keeps_status_message_and_details() {
    let (server, client, _) = setup().await;
    let body = r#"{"error": {"code": 403, "message": "Request had insufficient authentication scopes.",
        "status": "PERMISSION_DENIED", "details": [
          {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "ACCESS_TOKEN_SCOPE_INSUFFICIENT",
           "domain": "googleapis.com", "metadata": {"service": "photoslibrary.googleapis.com"}}]}}"#;
    server.reply(Reply::json(403, body));
    let err = client.shared_albums().get("tok").send().await.unwrap_err();
    assert!(err.is_permission_denied());
    let api = err.api_error().expect("typed API error");
    assert_eq!(api.status.as_u16(), 403);
    assert_eq!(
        api.message,
        "Request had insufficient authentication scopes."
    );
    assert_eq!(api.status_name.as_deref(), Some("PERMISSION_DENIED"));
    assert_eq!(api.details.len(), 1);
    assert!(err
        .to_string()
        .contains("insufficient authentication scopes"));
    assert!(!format!("{err:?}").contains("secret-token-value"));
}

#[tokio::test]
async fn standard_parameters_and_headers() {
    let (server, client, _) = setup().await;
    server.reply(Reply::json(200, "{}"));
    client
        .albums()
        .get("a")
        .fields("id,title")
        .quota_user("user-7")
        .send()
        .await
        .unwrap();
    let sent = server.only_request();
    let mut pairs = sent.query_pairs();
    pairs.sort();
    assert_eq!(
        pairs,
        [
            ("alt".into(), "json".into()),
            ("fields".into(), "id,title".into()),
            ("quotaUser".into(), "user-7".into())
        ]
    );
    assert_eq!(
        sent.header("authorization"),
        Some("Bearer secret-token-value")
    );
    let user_agent = sent.header("user-agent").unwrap();
    assert!(
        user_agent.starts_with("google-photoslibrary-v1/"),
        "{user_agent}"
    );
    assert!(sent.header("x-goog-api-client").is_some());
    assert!(!sent.query.contains("secret-token-value"));
}

#[tokio::test]
async fn a_wrong_response_shape_is_a_decode_error_with_its_path() {
    let (server, client, _) = setup().await;
    server.reply(Reply::json(
        200,
        r#"{"id": "a", "mediaItemsCount": "many"}"#,
    ));
    let err = client.albums().get("a").send().await.unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("expected a decode error, got {err:?}");
    };
    assert!(err.to_string().contains("mediaItemsCount"), "{err}");
    assert_eq!(decode.status.as_u16(), 200);
    assert_eq!(decode.path, "mediaItemsCount");

    // Deep inside a list, through a wire-encoded int64 (a string that must be digits).
    server.reply(Reply::json(
        200,
        r#"{"mediaItems": [{"id": "a", "mediaMetadata": {"width": "1"}},
            {"id": "b", "mediaMetadata": {"creationTime": "2024-01-01T00:00:00Z", "width": "wide"}}],
            "nextPageToken": "t"}"#,
    ));
    let err = client.media_items().list().send().await.unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("expected a decode error, got {err:?}");
    };
    assert_eq!(decode.path, "mediaItems[1].mediaMetadata.width");
    assert!(decode.excerpt.contains("wide"), "{}", decode.excerpt);
}
