//! Request ids that make a POST safe to repeat (`generator/src/lower/request_id.rs`): Compute
//! Engine's `instances.insert` takes a `requestId` whose description asks for a UUID and
//! says the server ignores a repeated request with it. Left empty, the call fills it once,
//! so a first attempt that timed out is retried with the same id; without one, a POST that
//! timed out is not retried at all.

use std::time::Duration;

use compute::rt::testing::{MockReply, MockTransport};
use compute::rt::{BoxFuture, CallBuilder, Error};
use google_compute_v1 as compute;
use serde_json::json;

fn client(mock: &MockTransport) -> compute::Client {
    compute::Client::builder()
        .transport(mock.clone())
        .token_provider(compute::rt::auth::StaticToken::new("t"))
        .timeout(Duration::from_secs(1))
        .sleeper(|_: Duration| -> BoxFuture<'static, ()> { Box::pin(async {}) })
        .build()
        .unwrap()
}

fn insert(client: &compute::Client) -> compute::instances::Insert {
    let instance = compute::types::Instance::default().set_name("vm-1");
    client.instances().insert("p", "us-central1-a", instance)
}

fn operation() -> MockReply {
    MockReply::json(200, json!({"name": "op-1", "status": "RUNNING"}))
}

fn request_ids(mock: &MockTransport) -> Vec<String> {
    mock.requests()
        .iter()
        .map(|r| {
            r.query_value("requestId")
                .expect("a requestId on every attempt")
        })
        .collect()
}

#[tokio::test]
async fn a_timed_out_insert_is_retried_with_the_same_request_id() {
    let mock = MockTransport::new();
    mock.on("compute.instances.insert")
        .hang()
        .reply(operation());

    let op = insert(&client(&mock)).send().await.unwrap();

    assert_eq!(op.name.as_deref(), Some("op-1"));
    let ids = request_ids(&mock);
    assert_eq!(ids.len(), 2, "the timed-out attempt and its retry");
    assert_eq!(ids[0], ids[1], "one id for the call");
    let uuid = &ids[0];
    assert_eq!(uuid.len(), 36, "{uuid}");
    assert_eq!(uuid.as_bytes()[14], b'4', "a version 4 UUID: {uuid}");

    // Each call makes its own.
    let mock = MockTransport::new();
    mock.on("compute.instances.insert")
        .reply(operation())
        .reply(operation());
    let client = client(&mock);
    insert(&client).send().await.unwrap();
    insert(&client).send().await.unwrap();
    let ids = request_ids(&mock);
    assert_ne!(ids[0], ids[1]);
}

#[tokio::test]
async fn the_callers_request_id_is_sent_as_given_on_every_attempt() {
    let mock = MockTransport::new();
    mock.on("compute.instances.insert")
        .hang()
        .reply(operation());

    insert(&client(&mock))
        .request_id("6f1c3c3e-8d0e-4c6a-9b1f-2a7d3e4f5a6b")
        .send()
        .await
        .unwrap();

    assert_eq!(
        request_ids(&mock),
        ["6f1c3c3e-8d0e-4c6a-9b1f-2a7d3e4f5a6b"; 2]
    );
}

#[tokio::test]
async fn a_caller_who_says_the_call_is_not_idempotent_is_not_retried() {
    let mock = MockTransport::new();
    mock.on("compute.instances.insert")
        .hang()
        .reply(operation());

    let err = insert(&client(&mock))
        .idempotent(false)
        .send()
        .await
        .unwrap_err();

    assert!(matches!(err, Error::Timeout(_)), "{err:?}");
    assert_eq!(mock.requests().len(), 1);
}
