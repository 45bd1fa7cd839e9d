//! The generated BigQuery client (`clients/bigquery-v2`, from the real bigquery.v2 document)
//! against a real BigQuery server: the emulator `bqemulator` 1.4.0 (PyPI), which
//! `tests/support/bqemulator.sh` installs once into a private venv and runs offline. Only the
//! client's public API is used.
//!
//! Tested: a dataset and a table with a nested repeated schema read back; streaming inserts
//! with the nested repeated field; an INTEGER beyond 2^53 kept exact as a string; paging
//! `tabledata.list` on the response's `pageToken`; a query job waited on with `poller()`, and
//! a failed one as `Error::Operation`; load jobs through the multipart and the resumable upload
//! (one chunk and several); typed 404 and 409 errors.
//!
//! Where the emulator departs from Google's documented behaviour (see each test), the test
//! does not assert the emulator's behaviour; `tests/bigquery.rs` asserts Google's through the
//! mock transport.
//!
//! The emulator is started on 127.0.0.1 on a free port, one per test. If it cannot be
//! installed or started (no `python3`, no PyPI on a first run), the test says so on stderr and
//! passes, except with `CI` set, where that is a failure.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use bigquery::rt::media::Media;
use bigquery::rt::Error;
use bigquery::types::{
    Dataset, DatasetReference, Job, JobConfiguration, JobConfigurationLoad, JobConfigurationQuery,
    QueryRequest, Table, TableCell, TableDataInsertAllRequest, TableDataInsertAllRequestRowsItem,
    TableFieldSchema, TableReference, TableRow, TableSchema,
};
use futures_util::TryStreamExt;
use google_bigquery_v2 as bigquery;
use serde_json::{json, Value};
use support::{free_port, or_skip, ready, Server};

const PROJECT: &str = "test-project";
const DATASET: &str = "ds";

/// The end of the launcher's log, to say why it stopped.
fn log_tail(log: &Path) -> String {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(15)..].join("\n")
}

async fn start() -> Result<Server, String> {
    let launcher = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/support/bqemulator.sh");
    let port = free_port();
    // The emulator logs every request on stdout; its stderr (and the launcher's, which
    // includes pip's on a first run) goes to a file, for the message if it does not start.
    let log = std::env::temp_dir().join(format!("discogen-bqemulator-{port}.log"));
    let stderr = std::fs::File::create(&log).map_err(|e| format!("{}: {e}", log.display()))?;
    let child = Command::new("bash")
        .arg(&launcher)
        .arg(port.to_string())
        .stdout(Stdio::null())
        .stderr(stderr)
        .spawn()
        .map_err(|e| format!("starting bash {}: {e}", launcher.display()))?;
    let exited = |status| {
        format!(
            "{} exited at start: {status}; its log ({}) ends:\n{}",
            launcher.display(),
            log.display(),
            log_tail(&log)
        )
    };
    // A first run installs the venv from PyPI (about 30 s) before the server starts.
    let server = ready(child, port, "readyz", Duration::from_secs(180), exited).await;
    if server.is_ok() {
        let _ = std::fs::remove_file(&log);
    }
    server
}

/// The server, or `None` after saying loudly why the test does not run (a failure in CI).
async fn server_or_skip(test: &str) -> Option<Server> {
    or_skip(test, "the BigQuery emulator", start().await)
}

fn client(server: &Server) -> bigquery::Client {
    bigquery::Client::builder()
        .base_url(&server.base_url)
        .token_provider(bigquery::rt::auth::StaticToken::new("test-token"))
        .build()
        .expect("client builds")
}

fn field(name: &str, kind: &str, mode: &str) -> TableFieldSchema {
    TableFieldSchema::default()
        .set_name(name)
        .set_type(kind)
        .set_mode(mode)
}

/// `id INTEGER REQUIRED, name STRING, items ARRAY<STRUCT<sku STRING, qty INTEGER>>`.
fn schema() -> TableSchema {
    TableSchema::default().set_fields([
        field("id", "INTEGER", "REQUIRED"),
        field("name", "STRING", "NULLABLE"),
        field("items", "RECORD", "REPEATED").set_fields([
            field("sku", "STRING", "NULLABLE"),
            field("qty", "INTEGER", "NULLABLE"),
        ]),
    ])
}

fn table_ref(table: &str) -> TableReference {
    TableReference::default()
        .set_project_id(PROJECT)
        .set_dataset_id(DATASET)
        .set_table_id(table)
}

async fn create_dataset(client: &bigquery::Client) {
    let dataset = client
        .datasets()
        .insert(PROJECT, dataset())
        .send()
        .await
        .expect("dataset created");
    let reference = dataset.dataset_reference.expect("a datasetReference");
    assert_eq!(reference.dataset_id.as_deref(), Some(DATASET));
    assert_eq!(reference.project_id.as_deref(), Some(PROJECT));
}

fn dataset() -> Dataset {
    Dataset::default().set_dataset_reference(
        DatasetReference::default()
            .set_project_id(PROJECT)
            .set_dataset_id(DATASET),
    )
}

/// The dataset and, in it, `table` with [`schema`].
async fn create_table(client: &bigquery::Client, table: &str) -> Table {
    create_dataset(client).await;
    client
        .tables()
        .insert(
            PROJECT,
            DATASET,
            Table::default()
                .set_table_reference(table_ref(table))
                .set_schema(schema()),
        )
        .send()
        .await
        .expect("table created")
}

/// A row for `insertAll`: its JSON object and an insert id.
fn row(insert_id: &str, value: Value) -> TableDataInsertAllRequestRowsItem {
    let Value::Object(object) = value else {
        panic!("a row is a JSON object")
    };
    TableDataInsertAllRequestRowsItem::default()
        .set_insert_id(insert_id)
        .set_json(object.into_iter().collect::<bigquery::types::JsonObject>())
}

/// Streams rows `id` 1..=n, each with `n - id` items.
async fn insert_rows(client: &bigquery::Client, table: &str, n: i64) {
    let rows = (1..=n).map(|id| {
        let items: Vec<Value> = (0..n - id)
            .map(|i| json!({"sku": format!("s{id}-{i}"), "qty": i}))
            .collect();
        row(
            &format!("r{id}"),
            json!({"id": id, "name": format!("n{id}"), "items": items}),
        )
    });
    let response = client
        .tabledata()
        .insert_all(
            PROJECT,
            DATASET,
            table,
            TableDataInsertAllRequest::default().set_rows(rows),
        )
        .send()
        .await
        .expect("rows inserted");
    assert!(
        response.insert_errors.unwrap_or_default().is_empty(),
        "no row was refused"
    );
}

/// The values of a row's cells.
fn cells(row: &TableRow) -> Vec<Value> {
    row.f
        .iter()
        .flatten()
        .map(|TableCell { v, .. }| v.clone().unwrap_or(Value::Null))
        .collect()
}

fn query(sql: &str) -> QueryRequest {
    QueryRequest::default()
        .set_query(sql)
        .set_use_legacy_sql(false)
}

fn query_job(sql: &str) -> Job {
    Job::default().set_configuration(
        JobConfiguration::default().set_query(
            JobConfigurationQuery::default()
                .set_query(sql)
                .set_use_legacy_sql(false),
        ),
    )
}

/// `SELECT COUNT(*)` of a table, through `jobs.query`.
async fn count(client: &bigquery::Client, table: &str) -> Value {
    let response = client
        .jobs()
        .query(
            PROJECT,
            query(&format!(
                "SELECT COUNT(*) AS n FROM `{PROJECT}.{DATASET}.{table}`"
            )),
        )
        .send()
        .await
        .expect("the count query runs");
    assert_eq!(response.job_complete, Some(true));
    let rows = response.rows.unwrap_or_default();
    assert_eq!(rows.len(), 1);
    cells(&rows[0]).remove(0)
}

#[tokio::test]
async fn a_table_with_a_nested_repeated_schema_is_created_and_read_back() {
    let Some(server) = server_or_skip("nested_repeated_schema").await else {
        return;
    };
    let client = client(&server);

    let created = create_table(&client, "orders").await;
    assert_eq!(created.table_reference, Some(table_ref("orders")));

    let table = client
        .tables()
        .get(PROJECT, DATASET, "orders")
        .send()
        .await
        .expect("table read back");
    assert_eq!(table.table_reference, Some(table_ref("orders")));
    assert_eq!(table.num_rows, Some(0));
    // Every field comes back with its mode (NULLABLE included, as Google fills it in) and the
    // RECORD with its subfields, in order.
    assert_eq!(table.schema, Some(schema()));
    let fields = table.schema.unwrap().fields.unwrap();
    let items = &fields[2];
    assert_eq!(
        (items.r#type.as_deref(), items.mode.as_deref()),
        (Some("RECORD"), Some("REPEATED"))
    );
    let sub: Vec<_> = items
        .fields
        .iter()
        .flatten()
        .map(|f| (f.name.as_deref().unwrap(), f.r#type.as_deref().unwrap()))
        .collect();
    assert_eq!(sub, [("sku", "STRING"), ("qty", "INTEGER")]);
}

#[tokio::test]
async fn streamed_rows_with_a_nested_repeated_field_are_inserted_and_read() {
    let Some(server) = server_or_skip("insert_all").await else {
        return;
    };
    let client = client(&server);
    create_table(&client, "orders").await;

    insert_rows(&client, "orders", 3).await;

    // Not tested: that insertAll reports a bad row in `insertErrors`; the emulator answers
    // such a request with 500 internalError instead.
    let rows: Vec<TableRow> = client
        .tabledata()
        .list(PROJECT, DATASET, "orders")
        .items()
        .try_collect()
        .await
        .expect("rows read");
    assert_eq!(rows.len(), 3);
    // Row 1 has two items: a repeated RECORD is an array of `{"v": {"f": [...]}}`, and every
    // INTEGER a string.
    assert_eq!(
        cells(&rows[0]),
        [
            json!("1"),
            json!("n1"),
            json!([
                {"v": {"f": [{"v": "s1-0"}, {"v": "0"}]}},
                {"v": {"f": [{"v": "s1-1"}, {"v": "1"}]}},
            ]),
        ]
    );
    assert_eq!(cells(&rows[2]), [json!("3"), json!("n3"), json!([])]);
}

#[tokio::test]
async fn an_integer_beyond_2_pow_53_comes_back_exact() {
    let Some(server) = server_or_skip("big_integer").await else {
        return;
    };
    let client = client(&server);

    let response = client
        .jobs()
        .query(PROJECT, query("SELECT 9007199254740993 AS big"))
        .send()
        .await
        .expect("the query runs");

    assert_eq!(response.job_complete, Some(true));
    assert_eq!(response.total_rows, Some(1));
    let fields = response.schema.and_then(|s| s.fields).unwrap();
    assert_eq!(fields[0].name.as_deref(), Some("big"));
    assert_eq!(fields[0].r#type.as_deref(), Some("INTEGER"));
    let rows = response.rows.unwrap();
    // 2^53 + 1 is no f64: the value is BigQuery's decimal string, untouched.
    assert_eq!(
        rows[0].f.as_ref().unwrap()[0].v,
        Some(json!("9007199254740993"))
    );
}

#[tokio::test]
async fn tabledata_list_pages_on_the_response_page_token() {
    let Some(server) = server_or_skip("tabledata_paging").await else {
        return;
    };
    let client = client(&server);
    create_table(&client, "orders").await;
    insert_rows(&client, "orders", 5).await;

    let list = || {
        client
            .tabledata()
            .list(PROJECT, DATASET, "orders")
            .max_results(2)
    };
    let rows: Vec<TableRow> = list().items().try_collect().await.expect("rows read");
    let ids: Vec<Value> = rows.iter().map(|r| cells(r).remove(0)).collect();
    assert_eq!(ids, ["1", "2", "3", "4", "5"]);

    // Three pages of at most two, the last without a token.
    let pages: Vec<_> = list().pages().try_collect().await.expect("pages read");
    let sizes: Vec<usize> = pages
        .iter()
        .map(|p| p.rows.as_ref().map_or(0, Vec::len))
        .collect();
    assert_eq!(sizes, [2, 2, 1]);
    assert!(pages[..2].iter().all(|p| p.page_token.is_some()));
    assert_eq!(pages[2].page_token, None);
    assert!(pages.iter().all(|p| p.total_rows == Some(5)));
}

#[tokio::test]
async fn a_query_job_is_waited_on_until_done_and_a_failed_one_is_an_operation_error() {
    let Some(server) = server_or_skip("query_jobs").await else {
        return;
    };
    let client = client(&server);

    let done = client
        .jobs()
        .insert(PROJECT, query_job("SELECT 1 AS one"))
        .poller()
        .until_done()
        .await
        .expect("the job finishes");
    let status = done.status.expect("a status");
    assert_eq!(status.state.as_deref(), Some("DONE"));
    assert_eq!(status.error_result, None);
    let reference = done.job_reference.expect("a jobReference");
    assert_eq!(reference.project_id.as_deref(), Some(PROJECT));
    let job_id = reference.job_id.expect("a job id");
    // The results of the finished job, by its id.
    let results = client
        .jobs()
        .get_query_results(PROJECT, &job_id)
        .send()
        .await
        .expect("the job's results");
    assert_eq!(results.job_complete, Some(true));
    assert_eq!(cells(&results.rows.unwrap()[0]), [json!("1")]);

    // A job whose SQL fails finishes DONE with `status.errorResult`. (Through jobs.query, Google
    // answers such SQL with HTTP 400 invalidQuery; the emulator answers 200 with `errors`, so
    // that is not tested here.) The message is DuckDB's, not Google's: only the reason is
    // asserted.
    let err = client
        .jobs()
        .insert(PROJECT, query_job("SELECT nosuchcol FROM UNNEST([1]) AS x"))
        .poller()
        .until_done()
        .await
        .expect_err("the job fails");
    let Error::Operation(op) = &err else {
        panic!("expected Error::Operation, got {err:?}");
    };
    assert_eq!(op.errors.len(), 1);
    assert_eq!(op.errors[0].reason.as_deref(), Some("invalidQuery"));
    assert!(!op.message.is_empty());
    assert_eq!(op.operation["status"]["state"], "DONE");
}

/// A load job of NDJSON rows into `table`, created if needed.
fn load_job(table: &str) -> Job {
    Job::default().set_configuration(
        JobConfiguration::default().set_load(
            JobConfigurationLoad::default()
                .set_destination_table(table_ref(table))
                .set_source_format("NEWLINE_DELIMITED_JSON")
                .set_schema(schema())
                .set_create_disposition("CREATE_IF_NEEDED")
                .set_write_disposition("WRITE_APPEND"),
        ),
    )
}

/// `n` NDJSON rows, each with one item.
fn ndjson(n: usize) -> Vec<u8> {
    (1..=n)
        .flat_map(|id| {
            let row = json!({
                "id": id,
                "name": format!("row {id:08}"),
                "items": [{"sku": format!("s{id}"), "qty": id}],
            });
            let mut line = row.to_string().into_bytes();
            line.push(b'\n');
            line
        })
        .collect()
}

/// Waits for a load job as Google documents it (it may answer before it is done), then
/// checks that it loaded `rows` rows.
async fn finished_load(client: &bigquery::Client, job: Job, rows: i64) {
    // The emulator mints its own job id for uploads (a client's `jobReference.jobId` is
    // ignored), so the job is read again by the id it answered with.
    let reference = job.job_reference.expect("a jobReference");
    let mut get = client
        .jobs()
        .get(PROJECT, reference.job_id.expect("a job id"));
    if let Some(location) = reference.location {
        get = get.location(location);
    }
    let done = get
        .poller()
        .until_done()
        .await
        .expect("the load job finishes");
    let status = done.status.expect("a status");
    assert_eq!(status.state.as_deref(), Some("DONE"));
    assert_eq!(status.error_result, None);
    let load = done
        .statistics
        .and_then(|s| s.load)
        .expect("load statistics");
    assert_eq!(load.output_rows, Some(rows));
}

#[tokio::test]
async fn load_jobs_upload_their_data_multipart_and_resumable() {
    let Some(server) = server_or_skip("load_uploads").await else {
        return;
    };
    let client = client(&server);
    create_dataset(&client).await;

    // Each load goes into a table of its own: the emulator's `statistics.load.outputRows` is
    // the rows the table holds after the load, not the rows this job loaded (Google's), which
    // differs for WRITE_APPEND to a table that has rows.

    // Multipart: the job's metadata and the data in one request; the table is created.
    let job = client
        .jobs()
        .insert(PROJECT, load_job("multipart"))
        .upload(Media::new(ndjson(3), "application/octet-stream"))
        .await
        .expect("multipart load");
    finished_load(&client, job, 3).await;
    assert_eq!(count(&client, "multipart").await, json!("3"));

    // Resumable, in one PUT (which the runtime sends with `Content-Range: bytes 0-N/total`;
    // without it the emulator never completes the upload, where Google would).
    let job = client
        .jobs()
        .insert(PROJECT, load_job("resumable"))
        .upload_resumable(Media::new(ndjson(4), "application/octet-stream"))
        .await
        .expect("resumable load");
    finished_load(&client, job, 4).await;
    assert_eq!(count(&client, "resumable").await, json!("4"));

    // Resumable in 256 KiB chunks: about 600 KiB of rows, three PUTs, the first two
    // acknowledged with 308 and the `Range` the session holds.
    let data = ndjson(8000);
    assert!(data.len() > 2 * 256 * 1024 && data.len() < 3 * 256 * 1024);
    let job = client
        .jobs()
        .insert(PROJECT, load_job("chunked"))
        .upload_resumable(Media::new(data, "application/octet-stream").chunk_size(256 * 1024))
        .await
        .expect("chunked resumable load");
    finished_load(&client, job, 8000).await;
    assert_eq!(count(&client, "chunked").await, json!("8000"));
}

#[tokio::test]
async fn a_missing_table_is_404_not_found_and_an_existing_dataset_409_duplicate() {
    let Some(server) = server_or_skip("typed_errors").await else {
        return;
    };
    let client = client(&server);
    create_dataset(&client).await;

    // The messages are the emulator's own wording ("Not found: table:p.ds.t", where Google
    // says "Not found: Table p:ds.t"): only status and reason are asserted.
    let err = client
        .tables()
        .get(PROJECT, DATASET, "missing")
        .send()
        .await
        .expect_err("no such table");
    assert!(matches!(err, Error::Api(_)), "{err:?}");
    assert!(err.is_not_found());
    let api = err.api_error().unwrap();
    assert_eq!(api.status.as_u16(), 404);
    assert_eq!(api.reason(), Some("notFound"));
    assert_eq!(api.status_name.as_deref(), Some("NOT_FOUND"));

    let err = client
        .datasets()
        .insert(PROJECT, dataset())
        .send()
        .await
        .expect_err("the dataset exists");
    assert!(matches!(err, Error::Api(_)), "{err:?}");
    let api = err.api_error().unwrap();
    assert_eq!(api.status.as_u16(), 409);
    assert_eq!(api.reason(), Some("duplicate"));
    assert_eq!(api.status_name.as_deref(), Some("ALREADY_EXISTS"));
}
