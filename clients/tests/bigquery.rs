//! BigQuery's jobs and paged reads (`clients/bigquery-v2`, from the real bigquery.v2
//! document), through the mock transport: what Google documents, asserted exactly.
//!
//! - A job is long-running work the document does not describe as such. The generator's
//!   data (`generator/apis/bigquery.v2.json`, from
//!   <https://cloud.google.com/bigquery/docs/reference/v2/jobs>) says it: finished when
//!   `status.state` is `DONE`, failed when `status.errorResult` is set, read again with
//!   `jobs.get` from its `jobReference`, location included.
//! - `tabledata.list` and `jobs.getQueryResults` answer with the next page's token in
//!   `pageToken` (not `nextPageToken`), as Google's Python client pages them.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use bigquery::rt::testing::{MockReply, MockTransport};
use bigquery::rt::{BoxFuture, Error};
use bigquery::types::{Job, JobConfiguration, JobConfigurationQuery};
use futures_util::TryStreamExt;
use google_bigquery_v2 as bigquery;
use serde_json::json;

type Waits = Arc<Mutex<Vec<Duration>>>;

fn client(mock: &MockTransport, waits: &Waits) -> bigquery::Client {
    let waits = waits.clone();
    bigquery::Client::builder()
        .transport(mock.clone())
        .token_provider(bigquery::rt::auth::StaticToken::new("t"))
        .sleeper(move |d: Duration| -> BoxFuture<'static, ()> {
            waits.lock().unwrap().push(d);
            Box::pin(async {})
        })
        .build()
        .unwrap()
}

/// `METHOD path?query` of every request sent, the query decoded.
fn sent(mock: &MockTransport) -> Vec<String> {
    mock.requests()
        .iter()
        .map(|r| {
            let query: Vec<String> = r.query().iter().map(|(k, v)| format!("{k}={v}")).collect();
            format!("{} {}?{}", r.method, r.path(), query.join("&"))
        })
        .collect()
}

fn job(state: &str) -> serde_json::Value {
    json!({
        "kind": "bigquery#job",
        "id": "p:EU.j1",
        "jobReference": {"projectId": "p", "jobId": "j1", "location": "EU"},
        "status": {"state": state},
        "selfLink": "https://bigquery.googleapis.com/bigquery/v2/projects/p/jobs/j1?location=EU",
    })
}

fn query_job() -> Job {
    Job::default().set_configuration(
        JobConfiguration::default()
            .set_query(JobConfigurationQuery::default().set_query("SELECT 1")),
    )
}

#[tokio::test]
async fn a_query_job_is_read_again_by_its_reference_until_done() {
    let mock = MockTransport::new();
    let waits = Waits::default();
    let client = client(&mock, &waits);
    mock.on("bigquery.jobs.insert")
        .reply(MockReply::json(200, job("PENDING")));
    mock.on("bigquery.jobs.get")
        .reply(MockReply::json(200, job("RUNNING")))
        .reply(MockReply::json(200, job("DONE")));

    let done = client
        .jobs()
        .insert("p", query_job())
        .poller()
        .until_done()
        .await
        .unwrap();

    assert_eq!(done.status.and_then(|s| s.state).as_deref(), Some("DONE"));
    assert_eq!(
        sent(&mock),
        [
            "POST /bigquery/v2/projects/p/jobs?alt=json",
            "GET /bigquery/v2/projects/p/jobs/j1?location=EU&alt=json",
            "GET /bigquery/v2/projects/p/jobs/j1?location=EU&alt=json",
        ]
    );
    assert_eq!(
        mock.requests()[0].json().unwrap()["configuration"]["query"]["query"],
        "SELECT 1"
    );
    assert_eq!(waits.lock().unwrap().len(), 2, "one wait before each read");
}

#[tokio::test]
async fn a_failed_job_is_an_operation_error_with_reason_message_and_location() {
    let mock = MockTransport::new();
    let waits = Waits::default();
    let client = client(&mock, &waits);
    let mut failed = job("DONE");
    failed["status"]["errorResult"] = json!({
        "reason": "invalidQuery",
        "location": "query",
        "message": "Syntax error: Unexpected end of script at [1:7]",
    });
    mock.on("bigquery.jobs.insert")
        .reply(MockReply::json(200, job("RUNNING")));
    mock.on("bigquery.jobs.get")
        .reply(MockReply::json(200, failed));

    let err = client
        .jobs()
        .insert("p", query_job())
        .poller()
        .until_done()
        .await
        .unwrap_err();

    let Error::Operation(op) = &err else {
        panic!("expected Error::Operation, got {err:?}");
    };
    assert_eq!(
        op.message,
        "Syntax error: Unexpected end of script at [1:7]"
    );
    assert_eq!(op.errors.len(), 1);
    assert_eq!(op.errors[0].reason.as_deref(), Some("invalidQuery"));
    assert_eq!(op.errors[0].location.as_deref(), Some("query"));
    assert_eq!(
        err.to_string(),
        "operation failed: Syntax error: Unexpected end of script at [1:7]"
    );
}

#[tokio::test]
async fn a_job_can_be_waited_on_again_from_jobs_get() {
    let mock = MockTransport::new();
    let waits = Waits::default();
    let client = client(&mock, &waits);
    let mut in_us = job("RUNNING");
    in_us["jobReference"] = json!({"projectId": "p", "jobId": "j2"});
    let mut done = in_us.clone();
    done["status"]["state"] = json!("DONE");
    mock.on("bigquery.jobs.get")
        .reply(MockReply::json(200, in_us))
        .reply(MockReply::json(200, done));

    let finished = client
        .jobs()
        .get("p", "j2")
        .poller()
        .until_done()
        .await
        .unwrap();

    assert_eq!(
        finished.job_reference.and_then(|r| r.job_id).as_deref(),
        Some("j2")
    );
    // No location in the reference: none is sent.
    assert_eq!(
        sent(&mock),
        [
            "GET /bigquery/v2/projects/p/jobs/j2?alt=json",
            "GET /bigquery/v2/projects/p/jobs/j2?alt=json",
        ]
    );
}

#[tokio::test]
async fn tabledata_list_pages_on_the_response_page_token() {
    let mock = MockTransport::new();
    let waits = Waits::default();
    let client = client(&mock, &waits);
    let row = |n: &str| json!({"f": [{"v": n}]});
    mock.on("bigquery.tabledata.list")
        .reply(MockReply::json(
            200,
            json!({"kind": "bigquery#tableDataList", "totalRows": "3", "pageToken": "BAR=",
                   "rows": [row("1"), row("2")]}),
        ))
        .reply(MockReply::json(
            200,
            json!({"kind": "bigquery#tableDataList", "totalRows": "3", "rows": [row("3")]}),
        ));

    let rows: Vec<bigquery::types::TableRow> = client
        .tabledata()
        .list("p", "d", "t")
        .max_results(2)
        .items()
        .try_collect()
        .await
        .unwrap();

    let values: Vec<String> = rows
        .iter()
        .map(|r| r.f.as_ref().unwrap()[0].v.as_ref().unwrap().to_string())
        .collect();
    assert_eq!(values, ["\"1\"", "\"2\"", "\"3\""]);
    assert_eq!(
        sent(&mock),
        [
            "GET /bigquery/v2/projects/p/datasets/d/tables/t/data?maxResults=2&alt=json",
            "GET /bigquery/v2/projects/p/datasets/d/tables/t/data?maxResults=2&pageToken=BAR=&alt=json",
        ]
    );
}

#[tokio::test]
async fn query_results_page_on_the_response_page_token() {
    let mock = MockTransport::new();
    let waits = Waits::default();
    let client = client(&mock, &waits);
    mock.on("bigquery.jobs.getQueryResults")
        .reply(MockReply::json(
            200,
            json!({"jobComplete": true, "pageToken": "p2", "rows": [{"f": [{"v": "a"}]}]}),
        ))
        .reply(MockReply::json(
            200,
            json!({"jobComplete": true, "rows": [{"f": [{"v": "b"}]}]}),
        ));
    let pages: Vec<bigquery::types::GetQueryResultsResponse> = client
        .jobs()
        .get_query_results("p", "j1")
        .location("EU")
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 2);
    assert_eq!(pages[0].page_token.as_deref(), Some("p2"));
    assert_eq!(
        mock.requests()[1].query_value("pageToken").as_deref(),
        Some("p2")
    );
    assert_eq!(
        mock.requests()[1].query_value("location").as_deref(),
        Some("EU")
    );
}

#[tokio::test]
async fn a_job_without_its_reference_cannot_be_read_again_and_says_why() {
    let mock = MockTransport::new();
    let waits = Waits::default();
    let client = client(&mock, &waits);
    mock.on("bigquery.jobs.insert").reply(MockReply::json(
        200,
        json!({"status": {"state": "RUNNING"}}),
    ));

    let err = client
        .jobs()
        .insert("p", query_job())
        .poller()
        .until_done()
        .await
        .unwrap_err();

    assert!(matches!(err, Error::InvalidArgument(_)), "{err:?}");
    assert_eq!(
        err.to_string(),
        "invalid argument: the operation has no `jobReference.projectId`, which \
         bigquery.jobs.get needs to read it again"
    );
    assert_eq!(mock.requests().len(), 1, "nothing sent after the insert");
}
