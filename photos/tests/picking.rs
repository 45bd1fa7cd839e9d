//! The Picker client's picking flow (`google_photospicker_v1::picking`) on the wire, through
//! the runtime's mock transport: what each step sends, how long waiting waits, and which
//! typed error each documented failure becomes. The flow against the emulator, browser
//! included, is in `picker_emulator.rs`.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use google_photos::downloads::MediaVariant;
use google_photos::picker;
use google_photos::picking::{original_variant, picker_link};
use google_photos::{Error as PhotosError, PickerExt as _};
use picker::rt::auth::StaticToken;
use picker::rt::http::Method;
use picker::rt::testing::{MockReply, MockTransport};
use picker::rt::BoxFuture;
use picker::types::PickingSession;
use serde_json::json;

type Waits = Arc<Mutex<Vec<Duration>>>;

/// A client on a mock transport whose sleeper records each wait and lets no time pass.
fn client(mock: &MockTransport) -> (picker::Client, Waits) {
    let waits = Waits::default();
    let recorded = waits.clone();
    let client = picker::Client::builder()
        .transport(mock.clone())
        .token_provider(StaticToken::new("picker-token"))
        .sleeper(move |d: Duration| -> BoxFuture<'static, ()> {
            recorded.lock().unwrap().push(d);
            Box::pin(async {})
        })
        .build()
        .expect("client builds");
    (client, waits)
}

fn session(set: bool, poll: &str, timeout_in: &str) -> serde_json::Value {
    json!({
        "id": "a1b2c3d4-0000-4000-8000-000000000001",
        "pickerUri": "https://photos.google.com/picker/a1b2c3d4",
        "pollingConfig": {"pollInterval": poll, "timeoutIn": timeout_in},
        "expireTime": "2026-12-02T12:30:00Z",
        "mediaItemsSet": set
    })
}

fn decoded(value: serde_json::Value) -> PickingSession {
    serde_json::from_value(value).expect("a session")
}

fn error(code: u16, status: &str) -> MockReply {
    MockReply::json(
        code,
        json!({"error": {"code": code, "message": format!("{status} here"), "status": status}}),
    )
}

#[tokio::test]
async fn start_sends_the_picking_config_and_request_id() {
    let mock = MockTransport::new();
    mock.on("photospicker.sessions.create")
        .reply(MockReply::json(200, session(false, "5s", "1800s")));
    let (client, _) = client(&mock);
    let started = client
        .picking()
        .start()
        .max_item_count(25)
        .request_id("0f8fad5b-d9cb-469f-a165-70867728950e")
        .send()
        .await
        .expect("a session");
    assert_eq!(started.media_items_set, Some(false));
    let requests = mock.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, Method::Post);
    assert_eq!(request.path(), "/v1/sessions");
    assert_eq!(
        request.query(),
        [
            (
                "requestId".to_string(),
                "0f8fad5b-d9cb-469f-a165-70867728950e".to_string()
            ),
            ("alt".to_string(), "json".to_string())
        ]
    );
    // int64 travels as a JSON string.
    assert_eq!(
        request.json(),
        Some(json!({"pickingConfig": {"maxItemCount": "25"}}))
    );
    assert!(request.is_authorized());
}

#[test]
fn the_link_is_the_picker_uri_with_autoclose_on_request() {
    let started = decoded(session(false, "5s", "1800s"));
    assert_eq!(
        picker_link(&started, false).unwrap(),
        "https://photos.google.com/picker/a1b2c3d4"
    );
    assert_eq!(
        picker_link(&started, true).unwrap(),
        "https://photos.google.com/picker/a1b2c3d4/autoclose"
    );
    let err = picker_link(&PickingSession::default(), false).unwrap_err();
    assert!(matches!(
        err,
        PhotosError::Incomplete {
            field: "pickerUri",
            ..
        }
    ));
}

#[tokio::test]
async fn waiting_polls_at_the_servers_interval_until_items_are_set() {
    let mock = MockTransport::new();
    mock.on("photospicker.sessions.get")
        .reply(MockReply::json(200, session(false, "2.5s", "1795s")))
        .reply(MockReply::json(200, session(true, "2.5s", "1792.5s")));
    let (client, waits) = client(&mock);
    let polled = Arc::new(Mutex::new(0));
    let counter = polled.clone();
    let done = client
        .picking()
        .wait(&decoded(session(false, "2.5s", "1800s")))
        .on_poll(move |_| *counter.lock().unwrap() += 1)
        .await
        .expect("picked");
    assert_eq!(done.media_items_set, Some(true));
    assert_eq!(
        *waits.lock().unwrap(),
        [Duration::from_millis(2500), Duration::from_millis(2500)]
    );
    assert_eq!(*polled.lock().unwrap(), 2);
    for request in mock.requests() {
        assert_eq!(request.method, Method::Get);
        assert_eq!(
            request.path(),
            "/v1/sessions/a1b2c3d4-0000-4000-8000-000000000001"
        );
    }
    assert_eq!(mock.unused_answers(), 0);
}

#[tokio::test]
async fn a_session_already_picked_is_not_polled() {
    let mock = MockTransport::new();
    let (client, waits) = client(&mock);
    let done = client
        .picking()
        .wait(&decoded(session(true, "5s", "1800s")))
        .await
        .expect("picked");
    assert_eq!(done.media_items_set, Some(true));
    assert!(waits.lock().unwrap().is_empty());
    assert!(mock.requests().is_empty());
}

#[tokio::test]
async fn waiting_stops_when_timeout_in_runs_out_and_names_the_session() {
    let mock = MockTransport::new();
    // The last wait is cut to what is left of `timeoutIn`; then the server says 0s.
    mock.on("photospicker.sessions.get")
        .reply(MockReply::json(200, session(false, "5s", "3s")))
        .reply(MockReply::json(200, session(false, "5s", "0s")));
    let (client, waits) = client(&mock);
    let err = client
        .picking()
        .wait(&decoded(session(false, "5s", "8s")))
        .await
        .unwrap_err();
    match &err {
        PhotosError::NotPicked { session_id, waited } => {
            assert_eq!(session_id, "a1b2c3d4-0000-4000-8000-000000000001");
            assert_eq!(*waited, Duration::from_secs(8));
        }
        other => panic!("expected NotPicked, got {other:?}"),
    }
    assert_eq!(
        err.session_id(),
        Some("a1b2c3d4-0000-4000-8000-000000000001")
    );
    assert_eq!(
        *waits.lock().unwrap(),
        [Duration::from_secs(5), Duration::from_secs(3)]
    );
}

#[tokio::test]
async fn max_wait_bounds_waiting_below_the_servers_timeout() {
    let mock = MockTransport::new();
    mock.on("photospicker.sessions.get")
        .reply(MockReply::json(200, session(false, "5s", "1795s")))
        .reply(MockReply::json(200, session(false, "5s", "1793s")));
    let (client, waits) = client(&mock);
    let err = client
        .picking()
        .wait(&decoded(session(false, "5s", "1800s")))
        .max_wait(Duration::from_secs(7))
        .await
        .unwrap_err();
    assert!(
        matches!(err, PhotosError::NotPicked { waited, .. } if waited == Duration::from_secs(7))
    );
    assert_eq!(
        *waits.lock().unwrap(),
        [Duration::from_secs(5), Duration::from_secs(2)]
    );
}

#[tokio::test]
async fn a_session_gone_while_waiting_is_expired() {
    let mock = MockTransport::new();
    mock.on("photospicker.sessions.get")
        .reply(error(404, "NOT_FOUND"));
    let (client, _) = client(&mock);
    let err = client
        .picking()
        .wait(&decoded(session(false, "1s", "1800s")))
        .await
        .unwrap_err();
    match err {
        PhotosError::SessionExpired { session_id, source } => {
            assert_eq!(session_id, "a1b2c3d4-0000-4000-8000-000000000001");
            assert_eq!(source.status().map(|s| s.as_u16()), Some(404));
        }
        other => panic!("expected Expired, got {other:?}"),
    }
}

#[tokio::test]
async fn a_session_whose_access_expired_is_expired() {
    let mock = MockTransport::new();
    mock.on("photospicker.sessions.get")
        .reply(error(403, "PERMISSION_DENIED"));
    let (client, _) = client(&mock);
    let err = client
        .picking()
        .wait(&decoded(session(false, "1s", "1800s")))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, PhotosError::SessionExpired { source, .. } if source.status().map(|s| s.as_u16()) == Some(403)),
        "{err:?}"
    );
}

#[tokio::test]
async fn listing_before_picking_is_done_is_not_ready() {
    let mock = MockTransport::new();
    mock.on("photospicker.mediaItems.list")
        .reply(error(400, "FAILED_PRECONDITION"));
    let (client, _) = client(&mock);
    let err = client.picking().items("s-1").await.unwrap_err();
    match err {
        PhotosError::NotReady { session_id, source } => {
            assert_eq!(session_id, "s-1");
            assert_eq!(source.status().map(|s| s.as_u16()), Some(400));
        }
        other => panic!("expected NotReady, got {other:?}"),
    }
}

#[tokio::test]
async fn too_many_sessions_is_its_own_error() {
    let mock = MockTransport::new();
    mock.on("photospicker.sessions.create")
        .reply(error(429, "RESOURCE_EXHAUSTED"));
    let (client, _) = client(&mock);
    let err = client.picking().start().send().await.unwrap_err();
    assert!(
        matches!(&err, PhotosError::TooManySessions { source } if source.status().map(|s| s.as_u16()) == Some(429)),
        "{err:?}"
    );
    // Sent once: creating a session is not repeated on its own.
    assert_eq!(mock.requests().len(), 1);
}

#[tokio::test]
async fn every_page_of_picked_items_is_listed_and_bytes_come_with_the_token() {
    let mock = MockTransport::new();
    let item = |id: &str, kind: &str| {
        json!({"id": id, "type": kind, "createTime": "2026-01-01T00:00:00Z",
               "mediaFile": {"baseUrl": format!("https://lh3.googleusercontent.com/pp/{id}"),
                             "mimeType": "image/jpeg", "filename": format!("{id}.jpg")}})
    };
    mock.on("photospicker.mediaItems.list")
        .reply(MockReply::json(
            200,
            json!({"mediaItems": [item("p1", "PHOTO")], "nextPageToken": "t2"}),
        ))
        .reply(MockReply::json(
            200,
            json!({"mediaItems": [item("v2", "VIDEO")]}),
        ));
    mock.on_path(Method::Get, "/pp/p1=d")
        .reply(MockReply::bytes(200, &b"photo bytes"[..], "image/jpeg"));
    mock.on_path(Method::Get, "/pp/v2=dv")
        .reply(MockReply::bytes(200, &b"video bytes"[..], "video/mp4"));
    let (client, _) = client(&mock);
    let picking = client.picking();
    let items = picking.items("s-1").await.expect("items");
    let ids: Vec<_> = items.iter().map(|i| i.id.clone().unwrap()).collect();
    assert_eq!(ids, ["p1", "v2"]);
    assert_eq!(original_variant(&items[0]), MediaVariant::Original);
    assert_eq!(original_variant(&items[1]), MediaVariant::Video);
    let mut bytes = Vec::new();
    for item in &items {
        let mut out = Vec::new();
        picking
            .download(item, original_variant(item))
            .expect("a download")
            .to_writer(&mut out)
            .await
            .expect("bytes");
        bytes.push(out);
    }
    assert_eq!(bytes, [b"photo bytes".to_vec(), b"video bytes".to_vec()]);
    let requests = mock.requests();
    assert_eq!(requests.len(), 4);
    assert_eq!(
        requests[0].query(),
        [
            ("pageSize".to_string(), "100".to_string()),
            ("sessionId".to_string(), "s-1".to_string()),
            ("alt".to_string(), "json".to_string())
        ]
    );
    assert_eq!(requests[1].query_value("pageToken").as_deref(), Some("t2"));
    // Picker base URLs need the OAuth token, unlike Library ones.
    assert!(requests[2].is_authorized() && requests[3].is_authorized());
}

#[tokio::test]
async fn delete_removes_the_session_and_a_missing_one_is_expired() {
    let mock = MockTransport::new();
    mock.on("photospicker.sessions.delete")
        .reply(MockReply::json(200, json!({})))
        .reply(error(404, "NOT_FOUND"));
    let (client, _) = client(&mock);
    client.picking().delete("s-1").await.expect("deleted");
    let again = client.picking().delete("s-1").await.unwrap_err();
    assert!(
        matches!(again, PhotosError::SessionExpired { .. }),
        "{again:?}"
    );
    let requests = mock.requests();
    assert_eq!(requests[0].method, Method::Delete);
    assert_eq!(requests[0].path(), "/v1/sessions/s-1");
}
