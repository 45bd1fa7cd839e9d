//! Batch requests (`client.batch()`) of the Cloud Storage client, through the mock transport:
//! the request is compared part by part with the one Google's own client builds
//! (`data/batch_python.json`, made by `data/batch_reference.py`), and answers of real shape
//! are read back into each call's typed result.

use std::collections::BTreeMap;

use google_drive_v3 as drive;
use google_storage_v1 as storage;
use percent_encoding::percent_decode_str;
use serde_json::{json, Value};
use storage::rt::batch::Batch;
use storage::rt::http::Method;
use storage::rt::testing::{MockReply, MockTransport};
use storage::rt::Error;

fn client(mock: &MockTransport) -> storage::Client {
    storage::Client::builder()
        .transport(mock.clone())
        .token_provider(storage::rt::auth::StaticToken::new("secret-token"))
        .build()
        .unwrap()
}

/// One call as a batch part carries it.
#[derive(Debug, PartialEq)]
struct Part {
    method: String,
    /// Percent-decoded, segment by segment.
    path: Vec<String>,
    /// Decoded pairs, sorted, without `alt` (Google's client leaves it off a DELETE).
    query: Vec<(String, String)>,
    /// The headers both clients send for the call itself (lower-case names), but
    /// `content-length`, which counts each client's own JSON text.
    headers: BTreeMap<String, String>,
    /// The `content-length` is the size of the body sent.
    length_is_right: bool,
    body: Option<Value>,
}

/// The parts of a `multipart/mixed` batch body, read the plain way a test can check by eye.
fn parts(content_type: &str, body: &str) -> Vec<Part> {
    let boundary = content_type
        .split("boundary=")
        .nth(1)
        .expect("a boundary")
        .trim_matches('"');
    let body = body.replace("\r\n", "\n");
    let delimiter = format!("--{boundary}");
    let mut out = Vec::new();
    for chunk in body.split(&delimiter).skip(1) {
        if chunk.starts_with("--") {
            break;
        }
        let (_envelope, http) = chunk.trim_start_matches('\n').split_once("\n\n").unwrap();
        let (head, payload) = http.split_once("\n\n").unwrap_or((http, ""));
        let mut lines = head.lines();
        let mut request_line = lines.next().unwrap().split(' ');
        let method = request_line.next().unwrap().to_owned();
        let target = request_line.next().unwrap();
        let (path, query) = target.split_once('?').unwrap_or((target, ""));
        let mut query: Vec<(String, String)> = url_pairs(query)
            .into_iter()
            .filter(|(name, _)| name != "alt")
            .collect();
        query.sort();
        let mut headers: BTreeMap<String, String> = lines
            .filter_map(|line| line.split_once(": "))
            .map(|(n, v)| (n.to_ascii_lowercase(), v.to_owned()))
            .filter(|(n, _)| ["host", "content-type", "content-length"].contains(&n.as_str()))
            .collect();
        let payload = payload.trim_end_matches('\n');
        let length = headers.remove("content-length");
        let length_is_right = length.map_or(payload.is_empty(), |l| l == payload.len().to_string());
        out.push(Part {
            method,
            path: path
                .split('/')
                .map(|s| percent_decode_str(s).decode_utf8_lossy().into_owned())
                .collect(),
            query,
            headers,
            length_is_right,
            body: (!payload.is_empty()).then(|| serde_json::from_str(payload).unwrap()),
        });
    }
    out
}

fn url_pairs(query: &str) -> Vec<(String, String)> {
    let decode = |s: &str| {
        percent_decode_str(&s.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned()
    };
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (n, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(n), decode(v))
        })
        .collect()
}

/// A batch body with what may differ between two clients' correct bodies evened out, and
/// nothing else: line ends (Google's client writes bare LF), the boundary, the batch id in
/// each `Content-ID`, header-name case, the JSON text of a body (spacing, key order), the
/// query's order and `alt` in a request line, and the headers only one client sends
/// (`dropped`; `content-length` too, since it counts each client's own JSON text and
/// `Part::length_is_right` checks it). Blank lines and where they stand are kept byte for
/// byte: that is the framing.
fn normalized(content_type: &str, body: &str, dropped: &[&str]) -> String {
    let boundary = content_type
        .split("boundary=")
        .nth(1)
        .expect("a boundary")
        .trim_matches('"');
    let mut out = Vec::new();
    for line in body.replace("\r\n", "\n").split('\n') {
        if let Some(rest) = line.strip_prefix(&format!("--{boundary}")) {
            out.push(format!("--BOUNDARY{rest}"));
        } else if line.starts_with('{') {
            let json: Value = serde_json::from_str(line).expect("a JSON body on one line");
            out.push(json.to_string());
        } else if let Some((method, target)) = request_line(line) {
            let (path, query) = target.split_once('?').unwrap_or((target, ""));
            let mut pairs: Vec<&str> = query
                .split('&')
                .filter(|p| !p.is_empty() && !p.starts_with("alt="))
                .collect();
            pairs.sort();
            let query = if pairs.is_empty() {
                String::new()
            } else {
                format!("?{}", pairs.join("&"))
            };
            out.push(format!("{method} {path}{query} HTTP/1.1"));
        } else if let Some((name, value)) = header(line) {
            let name = name.to_ascii_lowercase();
            if name == "content-length" || dropped.contains(&name.as_str()) {
                continue;
            }
            let value = if name == "content-id" {
                let n = value.rsplit('+').next().unwrap().trim_end_matches('>');
                format!("<ID+{}>", n.trim())
            } else {
                value.to_owned()
            };
            out.push(format!("{name}: {value}"));
        } else {
            out.push(line.to_owned());
        }
    }
    out.join("\n")
}

fn request_line(line: &str) -> Option<(&str, &str)> {
    let target = line.strip_suffix(" HTTP/1.1")?;
    let (method, target) = target.split_once(' ')?;
    method
        .bytes()
        .all(|b| b.is_ascii_uppercase())
        .then_some((method, target))
}

fn header(line: &str) -> Option<(&str, &str)> {
    let (name, value) = line.split_once(": ")?;
    (!name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        .then_some((name, value))
}

/// A `multipart/mixed` answer with a part per `(content id, status, body)`.
fn answer(parts: &[(&str, u16, &str)]) -> MockReply {
    let mut body = String::new();
    for (id, status, json) in parts {
        body.push_str(&format!(
            "--batch_x\r\nContent-Type: application/http\r\nContent-ID: <response-{id}>\r\n\r\n\
             HTTP/1.1 {status} X\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n{json}\r\n"
        ));
    }
    body.push_str("--batch_x--\r\n");
    MockReply::bytes(200, body, "multipart/mixed; boundary=batch_x")
}

#[tokio::test]
async fn the_batch_request_is_the_one_googles_client_builds() {
    let mock = MockTransport::new();
    let client = client(&mock);
    mock.on_path(Method::Post, "/batch/storage/v1")
        .reply(answer(&[]));
    let mut batch = client.batch();
    let _get = batch.add(
        client
            .objects()
            .get("my bucket", "photos/a b+c.txt")
            .into_call(),
    );
    let bucket = storage::types::Bucket::default()
        .set_name("new-bucket")
        .set_labels([("k".to_string(), "v".to_string())]);
    let _insert = batch.add(client.buckets().insert("my-project", bucket).into_call());
    let patch = storage::types::Object::default().set_content_type("text/plain");
    let _patch = batch.add(
        client
            .objects()
            .patch("b", "o", patch)
            .if_generation_match(5)
            .into_call(),
    );
    let _list = batch.add(
        client
            .objects()
            .list("b")
            .prefix("photos/")
            .max_results(10)
            .into_call(),
    );
    let _delete = batch.add(client.objects().delete("b", "old.txt").into_call());
    batch.send().await.unwrap();

    let sent = &mock.requests()[0];
    let reference: Value = serde_json::from_str(include_str!("data/batch_python.json")).unwrap();
    assert_eq!(sent.method, Method::Post);
    assert_eq!(sent.url, reference["uri"].as_str().unwrap());
    let content_type = sent.header("content-type").unwrap();
    assert!(content_type.starts_with("multipart/mixed; boundary="));
    let body = std::str::from_utf8(&sent.body).unwrap();
    let ours = parts(content_type, body);
    let theirs = parts(
        reference["content_type"].as_str().unwrap(),
        reference["body"].as_str().unwrap(),
    );
    assert_eq!(ours.len(), 5);
    assert_eq!(ours, theirs);
    assert!(ours.iter().all(|p| p.length_is_right));
    // The bytes, framing included: every part's head ends with its empty line, bodiless
    // parts too. Google's client alone sends MIME-Version, its user agent and accept headers.
    let python_only = [
        "mime-version",
        "accept",
        "accept-encoding",
        "user-agent",
        "x-goog-api-client",
    ];
    assert_eq!(
        normalized(content_type, body, &[]),
        normalized(
            reference["content_type"].as_str().unwrap(),
            reference["body"].as_str().unwrap(),
            &python_only,
        )
    );

    // The token goes once, on the outer request, never into a part.
    assert!(sent.is_authorized());
    assert!(!body.to_ascii_lowercase().contains("authorization"));
    assert!(!body.contains("secret-token"));
    // Each part is an `application/http` part with its own Content-ID.
    let ids: Vec<&str> = body
        .lines()
        .filter_map(|l| l.strip_prefix("Content-ID: "))
        .collect();
    assert_eq!(ids.len(), 5);
    assert!(
        ids[0].ends_with("+1>") && ids[4].ends_with("+5>"),
        "{ids:?}"
    );
}

#[tokio::test]
async fn each_call_gets_its_own_result_whatever_the_order() {
    let mock = MockTransport::new();
    let client = client(&mock);
    mock.on_path(Method::Post, "/batch/storage/v1").reply(answer(&[
        ("x+3", 204, ""),
        (
            "x+2",
            404,
            r#"{"error": {"code": 404, "message": "No such object: b/missing", "errors": [{"reason": "notFound"}]}}"#,
        ),
        ("x+1", 200, r#"{"name": "a.txt", "bucket": "b", "size": "12"}"#),
    ]));
    let mut batch = client.batch();
    let found = batch.add(client.objects().get("b", "a.txt").into_call());
    let missing = batch.add(client.objects().get("b", "missing").into_call());
    let deleted = batch.add(client.objects().delete("b", "old.txt").into_call());
    let unanswered = batch.add(client.buckets().get("b").into_call());
    let mut results = batch.send().await.unwrap();

    let object = results.take(found).unwrap();
    assert_eq!(object.name.as_deref(), Some("a.txt"));
    assert_eq!(object.size, Some(12));
    let err = results.take(missing).unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(err.api_error().unwrap().reason(), Some("notFound"));
    assert!(err
        .api_error()
        .unwrap()
        .body_text()
        .contains("No such object"));
    results.take(deleted).unwrap();
    let err = results.take(unanswered).unwrap_err();
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert!(err.to_string().contains("no answer for call 4"), "{err}");
}

#[tokio::test]
async fn an_unreadable_answer_fails_every_call_without_a_panic() {
    let mock = MockTransport::new();
    let client = client(&mock);
    mock.on_path(Method::Post, "/batch/storage/v1")
        .reply(MockReply::bytes(
            200,
            "--batch_x\r\nContent-ID: <response-x+1>\r\n\r\nHTTP/1.1 200",
            "multipart/mixed; boundary=batch_x",
        ))
        .reply(MockReply::json(200, json!({"kind": "not a batch"})));
    for _ in 0..2 {
        let mut batch = client.batch();
        let first = batch.add(client.objects().get("b", "a").into_call());
        let second = batch.add(client.buckets().get("b").into_call());
        let mut results = batch.send().await.unwrap();
        for err in [
            results.take(first).unwrap_err(),
            results.take(second).unwrap_err(),
        ] {
            assert!(matches!(err, Error::Decode(_)), "{err:?}");
            assert!(
                err.to_string()
                    .contains("the batch response could not be read"),
                "{err}"
            );
        }
    }
}

#[tokio::test]
async fn a_batch_is_checked_before_anything_is_sent() {
    let mock = MockTransport::new();
    let client = client(&mock);

    let mut batch = client.batch();
    for n in 0..101 {
        let _ = batch.add(client.objects().get("b", format!("o{n}")).into_call());
    }
    let err = batch.send().await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid argument: a batch takes at most 100 calls, this one has 101"
    );

    let mut batch = client.batch().max_calls(2);
    let _ = batch.add(client.objects().get("b", "a").into_call());
    let _ = batch.add(client.objects().get("b", "..").into_call());
    assert!(matches!(batch.send().await, Err(Error::InvalidArgument(_))));

    let drive = drive::Client::builder()
        .transport(mock.clone())
        .build()
        .unwrap();
    let mut batch: Batch = client.batch();
    let _ = batch.add(drive.about().get().into_call());
    let err = batch.send().await.unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid argument: drive.about.get: a batch of storage:v1 takes only calls of that API"
    );
    assert!(client.batch().send().await.is_err(), "an empty batch");
    assert!(mock.requests().is_empty(), "nothing was sent");
}

/// Calls answered inside a batch with a transient failure go again in a batch of their own,
/// if each may be repeated: here a 429 and a 503 of reads, answered out of order, while the
/// 503 of an insert (a POST) stays its error.
#[tokio::test]
async fn transient_failures_of_calls_that_may_be_repeated_go_again_in_a_new_batch() {
    let mock = MockTransport::new();
    let waits = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let recorded = waits.clone();
    let client = storage::Client::builder()
        .transport(mock.clone())
        .token_provider(storage::rt::auth::StaticToken::new("secret-token"))
        .sleeper(
            move |d: std::time::Duration| -> storage::rt::BoxFuture<'static, ()> {
                recorded.lock().unwrap().push(d);
                Box::pin(async {})
            },
        )
        .build()
        .unwrap();
    let busy = r#"{"error": {"code": 503, "message": "backend busy"}}"#;
    mock.on_path(Method::Post, "/batch/storage/v1")
        .reply(answer(&[
            ("x+4", 503, busy),
            ("x+1", 200, r#"{"name": "a.txt"}"#),
            ("x+3", 503, busy),
            (
                "x+2",
                429,
                r#"{"error": {"code": 429, "message": "slow down"}}"#,
            ),
        ]))
        .reply(answer(&[
            ("y+2", 200, r#"{"name": "c.txt"}"#),
            ("y+1", 200, r#"{"name": "b.txt"}"#),
        ]));
    let mut batch = client.batch();
    let a = batch.add(client.objects().get("b", "a.txt").into_call());
    let b = batch.add(client.objects().get("b", "b.txt").into_call());
    let bucket = storage::types::Bucket::default().set_name("new");
    let insert = batch.add(client.buckets().insert("p", bucket).into_call());
    let c = batch.add(client.objects().get("b", "c.txt").into_call());
    let mut results = batch.send().await.unwrap();

    assert_eq!(results.take(a).unwrap().name.as_deref(), Some("a.txt"));
    assert_eq!(results.take(b).unwrap().name.as_deref(), Some("b.txt"));
    assert_eq!(results.take(c).unwrap().name.as_deref(), Some("c.txt"));
    let err = results.take(insert).unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503), "{err:?}");

    let sent = mock.requests();
    assert_eq!(sent.len(), 2, "the batch, then one of the two reads");
    let again = std::str::from_utf8(&sent[1].body).unwrap();
    let paths: Vec<Vec<String>> = parts(sent[1].header("content-type").unwrap(), again)
        .into_iter()
        .map(|p| p.path)
        .collect();
    assert_eq!(
        paths,
        [
            ["", "storage", "v1", "b", "b", "o", "b.txt"],
            ["", "storage", "v1", "b", "b", "o", "c.txt"],
        ]
    );
    assert_eq!(
        waits.lock().unwrap().len(),
        1,
        "one wait before the second batch"
    );
}

/// A batch of calls sent again that fails as a whole leaves every call the answer it had:
/// here the read keeps its 503, the other its result.
#[tokio::test]
async fn a_failed_second_batch_keeps_the_first_answers() {
    let mock = MockTransport::new();
    let client = storage::Client::builder()
        .transport(mock.clone())
        .token_provider(storage::rt::auth::StaticToken::new("secret-token"))
        .sleeper(
            |_: std::time::Duration| -> storage::rt::BoxFuture<'static, ()> { Box::pin(async {}) },
        )
        .build()
        .unwrap();
    mock.on_path(Method::Post, "/batch/storage/v1")
        .reply(answer(&[
            ("x+1", 200, r#"{"name": "a.txt"}"#),
            (
                "x+2",
                503,
                r#"{"error": {"code": 503, "message": "backend busy"}}"#,
            ),
        ]))
        .reply(MockReply::json(
            400,
            json!({"error": {"code": 400, "message": "bad batch"}}),
        ));
    let mut batch = client.batch();
    let a = batch.add(client.objects().get("b", "a.txt").into_call());
    let b = batch.add(client.objects().get("b", "b.txt").into_call());
    let mut results = batch.send().await.expect("the first batch was answered");

    assert_eq!(results.take(a).unwrap().name.as_deref(), Some("a.txt"));
    let err = results.take(b).unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503), "{err:?}");
    assert_eq!(mock.requests().len(), 2);
}
