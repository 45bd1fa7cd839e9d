//! Waiting for long-running operations (`poller()`), through the mock transport with scripted
//! replies: an AIP-151 operation of Cloud Spanner (`generator/tests/fixtures/
//! spanner_operations.json`), whose `response` the document types, and a Compute Engine zone
//! operation read again with `zoneOperations.wait` (`compute_instance.json`). Each test
//! asserts the exact requests sent, and the waits between them, which a recording sleeper
//! takes instead of time.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use google_compute_v1 as compute;
use google_spanner_v1 as spanner;
use serde_json::json;
use spanner::rt::lro::{PollState, PollingPolicy};
use spanner::rt::testing::{MockReply, MockTransport};
use spanner::rt::{BoxFuture, Error};

type Waits = Arc<Mutex<Vec<Duration>>>;

fn recording_sleeper(waits: &Waits) -> impl Fn(Duration) -> BoxFuture<'static, ()> {
    let waits = waits.clone();
    move |d: Duration| -> BoxFuture<'static, ()> {
        waits.lock().unwrap().push(d);
        Box::pin(async {})
    }
}

fn spanner_client(mock: &MockTransport, waits: &Waits) -> spanner::Client {
    spanner_client_retrying(mock, waits, spanner::rt::retry::RetryPolicy::default())
}

fn spanner_client_retrying(
    mock: &MockTransport,
    waits: &Waits,
    retry: spanner::rt::retry::RetryPolicy,
) -> spanner::Client {
    spanner::Client::builder()
        .transport(mock.clone())
        .token_provider(spanner::rt::auth::StaticToken::new("t"))
        .sleeper(recording_sleeper(waits))
        .retry_policy(retry)
        .build()
        .unwrap()
}

fn compute_client(mock: &MockTransport, waits: &Waits) -> compute::Client {
    compute::Client::builder()
        .transport(mock.clone())
        .token_provider(compute::rt::auth::StaticToken::new("t"))
        .sleeper(recording_sleeper(waits))
        .build()
        .unwrap()
}

/// `METHOD path` of every request sent.
fn sent(mock: &MockTransport) -> Vec<String> {
    mock.requests()
        .iter()
        .map(|r| format!("{} {}", r.method, r.path()))
        .collect()
}

fn secs(values: &[f64]) -> Vec<Duration> {
    values.iter().map(|s| Duration::from_secs_f64(*s)).collect()
}

const OPERATION: &str = "projects/p/instances/i/operations/o1";

fn create_instance(client: &spanner::Client) -> spanner::projects::instances::Create {
    let instance = spanner::types::Instance::default().set_display_name("Main");
    let request = spanner::types::CreateInstanceRequest::default()
        .set_instance_id("i")
        .set_instance(instance);
    client.projects().instances().create("projects/p", request)
}

#[tokio::test]
async fn an_operation_that_finishes_after_several_reads_yields_its_typed_response() {
    let mock = MockTransport::new();
    let waits = Waits::default();
    let client = spanner_client(&mock, &waits);
    mock.on("spanner.projects.instances.create")
        .reply(MockReply::json(
            200,
            json!({"name": OPERATION, "metadata": {"progress": 0}}),
        ));
    mock.on("spanner.projects.instances.operations.get")
        .reply(MockReply::json(
            200,
            json!({"name": OPERATION, "done": false, "metadata": {"progress": 50}}),
        ))
        .reply(MockReply::json(
            200,
            json!({
                "name": OPERATION, "done": true,
                "response": {
                    "@type": "type.googleapis.com/google.spanner.admin.instance.v1.Instance",
                    "name": "projects/p/instances/i", "displayName": "Main", "nodeCount": 1
                }
            }),
        ));

    let mut poller = create_instance(&client).poller();
    let mut progress = Vec::new();
    let instance = loop {
        match poller.poll().await.expect("not reported yet").unwrap() {
            PollState::Pending(op) => progress.push(op.metadata.unwrap()["progress"].clone()),
            PollState::Done(instance) => break instance,
            _ => unreachable!("no other state"),
        }
    };
    assert!(poller.poll().await.is_none(), "reported once");
    assert_eq!(progress, [json!(0), json!(50)]);
    assert_eq!(instance.name.as_deref(), Some("projects/p/instances/i"));
    assert_eq!(instance.display_name.as_deref(), Some("Main"));
    assert!(
        instance.unknown_fields.get("@type").is_none(),
        "the type URL is not part of the instance"
    );
    assert_eq!(poller.operation_name(), Some(OPERATION));
    assert_eq!(
        sent(&mock),
        [
            "POST /v1/projects/p/instances",
            "GET /v1/projects/p/instances/i/operations/o1",
            "GET /v1/projects/p/instances/i/operations/o1",
        ]
    );
    let reads = mock.requests();
    assert!(reads[1].is_authorized() && reads[1].body.is_empty());
    assert_eq!(*waits.lock().unwrap(), secs(&[1.0, 1.5]));
}

#[tokio::test]
async fn a_failed_operation_is_a_typed_error_with_its_status() {
    let mock = MockTransport::new();
    let waits = Waits::default();
    let client = spanner_client(&mock, &waits);
    mock.on("spanner.projects.instances.create")
        .reply(MockReply::json(200, json!({"name": OPERATION})));
    mock.on("spanner.projects.instances.operations.get")
        .reply(MockReply::json(200, json!({
            "name": OPERATION, "done": true,
            "error": {"code": 6, "message": "Instance projects/p/instances/i already exists.",
                      "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo",
                                   "reason": "INSTANCE_EXISTS", "domain": "spanner.googleapis.com"}]}
        })));

    let err = create_instance(&client)
        .poller()
        .until_done()
        .await
        .unwrap_err();
    let failure = err.operation_error().expect("an operation error");
    assert_eq!(failure.name.as_deref(), Some(OPERATION));
    assert_eq!(failure.code, Some(6));
    assert_eq!(failure.code_name(), Some("ALREADY_EXISTS"));
    assert!(matches!(
        &failure.details[0],
        spanner::rt::error::ErrorDetail::ErrorInfo(info) if info.reason == "INSTANCE_EXISTS"
    ));
    assert_eq!(
        err.to_string(),
        "operation `projects/p/instances/i/operations/o1` failed with ALREADY_EXISTS: \
         Instance projects/p/instances/i already exists."
    );
    assert!(!err.is_retryable());
    assert_eq!(sent(&mock).len(), 2);
}

#[tokio::test]
async fn a_read_answered_503_once_is_retried_by_the_retry_policy() {
    let mock = MockTransport::new();
    let waits = Waits::default();
    let client = spanner_client(&mock, &waits);
    mock.on("spanner.projects.instances.create")
        .reply(MockReply::json(200, json!({"name": OPERATION})));
    mock.on("spanner.projects.instances.operations.get")
        .reply(MockReply::json(503, json!({"error": {"code": 503, "message": "Try again."}})))
        .reply(MockReply::json(200, json!({"name": OPERATION, "done": true, "response": {"name": "projects/p/instances/i"}})));

    let instance = create_instance(&client)
        .poller()
        .until_done()
        .await
        .unwrap();
    assert_eq!(instance.name.as_deref(), Some("projects/p/instances/i"));
    assert_eq!(
        sent(&mock),
        [
            "POST /v1/projects/p/instances",
            "GET /v1/projects/p/instances/i/operations/o1",
            "GET /v1/projects/p/instances/i/operations/o1",
        ]
    );
    let waits = waits.lock().unwrap();
    assert_eq!(
        waits.len(),
        2,
        "the polling wait, then the retry's backoff: {waits:?}"
    );
    assert_eq!(waits[0], Duration::from_secs(1));
    assert!(
        waits[1] <= Duration::from_secs(1),
        "the retry policy's first backoff"
    );
    assert_eq!(mock.unused_answers(), 0);
}

#[tokio::test]
async fn a_compute_zone_operation_is_waited_on_by_its_self_link() {
    let mock = MockTransport::new();
    let waits = Waits::default();
    let client = compute_client(&mock, &waits);
    let link = "https://compute.googleapis.com/compute/v1/projects/p/zones/us-central1-a/operations/operation-1";
    let running = json!({
        "kind": "compute#operation", "name": "operation-1", "status": "RUNNING", "progress": 40,
        "zone": "https://compute.googleapis.com/compute/v1/projects/p/zones/us-central1-a",
        "selfLink": link, "operationType": "insert",
        "targetLink": "https://compute.googleapis.com/compute/v1/projects/p/zones/us-central1-a/instances/vm-1"
    });
    let mut done = running.clone();
    done["status"] = json!("DONE");
    done["progress"] = json!(100);
    mock.on("compute.instances.insert")
        .reply(MockReply::json(200, running.clone()));
    mock.on("compute.zoneOperations.wait")
        .reply(MockReply::json(200, running))
        .reply(MockReply::json(200, done));

    let instance = compute::types::Instance::default().set_name("vm-1");
    let finished = client
        .instances()
        .insert("p", "us-central1-a", instance)
        .poller()
        .until_done()
        .await
        .unwrap();
    assert_eq!(finished.progress, Some(100));
    assert!(finished.target_link.unwrap().ends_with("/instances/vm-1"));
    assert_eq!(
        sent(&mock),
        [
            "POST /compute/v1/projects/p/zones/us-central1-a/instances",
            "POST /compute/v1/projects/p/zones/us-central1-a/operations/operation-1/wait",
            "POST /compute/v1/projects/p/zones/us-central1-a/operations/operation-1/wait",
        ]
    );
    assert_eq!(*waits.lock().unwrap(), secs(&[1.0, 1.5]));
}

#[tokio::test]
async fn a_failed_compute_operation_reports_its_errors() {
    let mock = MockTransport::new();
    let waits = Waits::default();
    let client = compute_client(&mock, &waits);
    mock.on("compute.instances.insert").reply(MockReply::json(200, json!({
        "name": "operation-2", "status": "DONE",
        "selfLink": "https://compute.googleapis.com/compute/v1/projects/p/zones/z/operations/operation-2",
        "httpErrorStatusCode": 409, "httpErrorMessage": "CONFLICT",
        "error": {"errors": [
            {"code": "RESOURCE_ALREADY_EXISTS", "message": "The resource 'vm-1' already exists"},
            {"code": "QUOTA_EXCEEDED", "message": "Quota 'CPUS' exceeded"}
        ]}
    })));
    let err = client
        .instances()
        .insert("p", "z", compute::types::Instance::default())
        .poller()
        .until_done()
        .await
        .unwrap_err();
    let failure = err.operation_error().unwrap();
    assert_eq!(failure.http_status, Some(409));
    assert_eq!(failure.code_name(), Some("RESOURCE_ALREADY_EXISTS"));
    assert_eq!(failure.errors.len(), 2);
    assert_eq!(
        err.to_string(),
        "operation `operation-2` failed with RESOURCE_ALREADY_EXISTS: The resource 'vm-1' \
         already exists; Quota 'CPUS' exceeded"
    );
    assert_eq!(
        sent(&mock).len(),
        1,
        "a finished operation is not read again"
    );
}

#[tokio::test]
async fn running_out_of_time_names_the_operation() {
    let mock = MockTransport::new();
    let waits = Waits::default();
    let client = spanner_client(&mock, &waits);
    mock.on("spanner.projects.instances.create")
        .reply(MockReply::json(200, json!({"name": OPERATION})));
    let pending = MockReply::json(200, json!({"name": OPERATION, "done": false}));
    mock.on("spanner.projects.instances.operations.get")
        .reply(pending.clone())
        .reply(pending);

    let policy = PollingPolicy::default()
        .with_backoff(
            spanner::rt::retry::Backoff::polling()
                .with_initial_delay(Duration::from_secs(2))
                .with_multiplier(2.0),
        )
        .with_max_elapsed(Some(Duration::from_secs(10)));
    let err = create_instance(&client)
        .poller()
        .policy(policy)
        .until_done()
        .await
        .unwrap_err();
    // Waits of 2 s and 4 s fit in 10 s; the next, 8 s, would not.
    assert_eq!(*waits.lock().unwrap(), secs(&[2.0, 4.0]));
    let Error::OperationTimeout(timeout) = &err else {
        panic!("expected a timeout, got {err:?}");
    };
    assert_eq!(timeout.name.as_deref(), Some(OPERATION));
    assert_eq!(timeout.waited, Duration::from_secs(6));
    assert!(err.is_timeout());
    assert_eq!(
        err.to_string(),
        "operation `projects/p/instances/i/operations/o1` was still running after 6s of \
         polling; it may still finish"
    );
    assert_eq!(
        sent(&mock),
        [
            "POST /v1/projects/p/instances",
            "GET /v1/projects/p/instances/i/operations/o1",
            "GET /v1/projects/p/instances/i/operations/o1",
        ]
    );

    // The name is enough to wait again later: reading an operation has a poller too.
    mock.on("spanner.projects.instances.operations.get")
        .reply(MockReply::json(
            200,
            json!({"name": OPERATION, "done": true}),
        ));
    let resumed = client
        .projects()
        .instances()
        .operations()
        .get(timeout.name.clone().unwrap())
        .poller()
        .until_done()
        .await
        .unwrap();
    assert_eq!(resumed.done, Some(true));
}

#[tokio::test]
async fn driven_step_by_step_a_failed_read_is_read_again() {
    let mock = MockTransport::new();
    let waits = Waits::default();
    let client = spanner_client_retrying(&mock, &waits, spanner::rt::retry::RetryPolicy::none());
    mock.on("spanner.projects.instances.create")
        .reply(MockReply::json(200, json!({"name": OPERATION})));
    mock.on("spanner.projects.instances.operations.get")
        .reply(MockReply::status(503))
        .reply(MockReply::json(
            200,
            json!({"name": OPERATION, "done": true, "response": {"name": "i"}}),
        ));

    let mut poller = create_instance(&client).poller();
    assert!(matches!(
        poller.poll().await,
        Some(Ok(PollState::Pending(_)))
    ));
    let failed = poller.poll().await.expect("a read was made").unwrap_err();
    assert_eq!(failed.status().map(|s| s.as_u16()), Some(503));
    match poller.poll().await {
        Some(Ok(PollState::Done(instance))) => assert_eq!(instance.name.as_deref(), Some("i")),
        other => panic!("expected the finished instance, got {other:?}"),
    }
    assert!(poller.poll().await.is_none());
    assert_eq!(*waits.lock().unwrap(), secs(&[1.0, 1.5]));
}
