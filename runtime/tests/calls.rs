//! Behaviour tests of the whole call path against a scripted HTTP server on loopback, through
//! the crate's public API: what users see, and `internal` as generated code calls it (so a
//! test here breaks when `internal` stops serving generated code).
//! Retry waits go through a recording sleeper, so no test waits on the wall clock for them.

use std::collections::VecDeque;
use std::fmt::Write as _;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ::serde::{Deserialize, Serialize};
use futures_util::{StreamExt, TryStreamExt};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use discogen_runtime::auth::{AccessToken, AuthError, StaticToken, TokenProvider};
mod common;

use common::*;
use discogen_runtime::engine::Engine;
use discogen_runtime::http::StatusCode;
use discogen_runtime::internal::{self, items, pages, ItemsRequest, Page, PageRequest, Setup};
use discogen_runtime::media::Media;
use discogen_runtime::retry::{Backoff, RetryPolicy};
use discogen_runtime::*;

// --- scripted server ------------------------------------------------------------------------

#[derive(Clone, Debug)]
struct Recorded {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Recorded {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or("")
    }

    fn query(&self) -> Vec<(String, String)> {
        let url = reqwest::Url::parse(&format!("http://x{}", self.target)).unwrap();
        url.query_pairs().into_owned().collect()
    }

    fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap()
    }
}

#[derive(Clone)]
struct Reply {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
    delay: Option<Duration>,
}

fn reply(status: u16, body: &str) -> Reply {
    Reply {
        status,
        headers: vec![("content-type", "application/json".into())],
        body: body.as_bytes().to_vec(),
        delay: None,
    }
}

impl Reply {
    fn header(mut self, name: &'static str, value: &str) -> Self {
        self.headers.push((name, value.to_owned()));
        self
    }
}

#[derive(Default)]
struct Shared {
    replies: Mutex<VecDeque<Reply>>,
    requests: Mutex<Vec<Recorded>>,
    disconnects: AtomicU32,
}

struct Server {
    addr: SocketAddr,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    async fn start(replies: Vec<Reply>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let shared = Arc::new(Shared::default());
        shared.replies.lock().unwrap().extend(replies);
        let state = shared.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve(stream, state.clone()));
            }
        });
        Server { addr, shared, task }
    }

    fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    fn requests(&self) -> Vec<Recorded> {
        self.shared.requests.lock().unwrap().clone()
    }
}

/// One request per connection, answered with `Connection: close`.
async fn serve(mut stream: TcpStream, shared: Arc<Shared>) {
    let mut buf = Vec::new();
    let mut chunk = [0_u8; 4096];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next().unwrap_or("").split(' ');
    let method = request_line.next().unwrap_or("").to_owned();
    let target = request_line.next().unwrap_or("").to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    while buf.len() < head_end + length {
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
    shared.requests.lock().unwrap().push(Recorded {
        method,
        target,
        headers,
        body: buf[head_end..head_end + length].to_vec(),
    });
    let next = shared.replies.lock().unwrap().pop_front();
    let reply = next.unwrap_or_else(|| reply(500, r#"{"error":{"message":"no scripted reply"}}"#));
    if let Some(delay) = reply.delay {
        tokio::select! {
            _ = tokio::time::sleep(delay) => {}
            _ = stream.read(&mut chunk) => {
                shared.disconnects.fetch_add(1, Ordering::SeqCst);
                return;
            }
        }
    }
    let mut out = format!("HTTP/1.1 {} X\r\n", reply.status);
    for (name, value) in &reply.headers {
        let _ = write!(out, "{name}: {value}\r\n");
    }
    let _ = write!(
        out,
        "content-length: {}\r\nconnection: close\r\n\r\n",
        reply.body.len()
    );
    let _ = stream.write_all(out.as_bytes()).await;
    let _ = stream.write_all(&reply.body).await;
    let _ = stream.shutdown().await;
}

// --- a miniature API (statics in `common`) and its types -----------------------------------

#[derive(Debug, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
struct Album {
    #[serde(default)]
    id: Option<String>,
    #[serde(
        default,
        with = "discogen_runtime::internal::serde::As::<Option<discogen_runtime::internal::serde::Int64>>"
    )]
    count: Option<i64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ListResponse {
    #[serde(default)]
    items: Option<Vec<String>>,
    #[serde(default)]
    next_page_token: Option<String>,
}

impl Page for ListResponse {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}

#[derive(Clone)]
struct ListRequest {
    core: Engine,
    page_token: Option<String>,
    opts: CallOptions,
}

impl PageRequest for ListRequest {
    type Page = ListResponse;
    fn set_page_token(&mut self, token: String) {
        self.page_token = Some(token);
    }
    fn fetch(self) -> BoxFuture<'static, Result<ListResponse, Error>> {
        Box::pin(async move {
            let mut call = internal::call::<ListResponse>(self.core.clone(), &LIST, self.opts);
            if let Some(token) = &self.page_token {
                call.query("pageToken", token);
            }
            call.send().await
        })
    }
}

impl ItemsRequest for ListRequest {
    type Item = String;
    fn page_items(page: ListResponse) -> Vec<String> {
        page.items.unwrap_or_default()
    }
}

#[derive(Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct SearchBody {
    album_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    page_token: Option<String>,
}

#[derive(Clone)]
struct SearchRequest {
    core: Engine,
    body: SearchBody,
}

impl PageRequest for SearchRequest {
    type Page = ListResponse;
    fn set_page_token(&mut self, token: String) {
        self.body.page_token = Some(token);
    }
    fn fetch(self) -> BoxFuture<'static, Result<ListResponse, Error>> {
        Box::pin(async move {
            let mut call =
                internal::call::<ListResponse>(self.core.clone(), &SEARCH, CallOptions::default());
            call.json_body(&self.body);
            call.send().await
        })
    }
}

impl ItemsRequest for SearchRequest {
    type Item = String;
    fn page_items(page: ListResponse) -> Vec<String> {
        page.items.unwrap_or_default()
    }
}

struct Opts(CallOptions);
impl CallBuilder for Opts {
    fn options(&mut self) -> &mut CallOptions {
        &mut self.0
    }
}

fn opts(build: impl FnOnce(Opts) -> Opts) -> CallOptions {
    build(Opts(CallOptions::default())).0
}

type Sleeps = Arc<Mutex<Vec<Duration>>>;

/// A client for `server` whose retry waits are recorded instead of slept.
fn client(server: &Server, token: impl TokenProvider) -> (Engine, Sleeps) {
    let sleeps = Sleeps::default();
    let record = sleeps.clone();
    let core = ClientBuilder::new(&TEST_API, |engine| engine)
        .base_url(server.url())
        .token_provider(token)
        .sleeper(move |d: Duration| -> BoxFuture<'static, ()> {
            record.lock().unwrap().push(d);
            Box::pin(async {})
        })
        .build()
        .unwrap();
    (core, sleeps)
}

fn get(core: &Engine, id: &str, options: CallOptions) -> Call<Album> {
    let mut call = internal::call(core.clone(), &GET, options);
    call.path_arg(&id);
    call
}

const ALBUM: &str = r#"{"id": "a1", "count": "9007199254740993"}"#;

// --- tests ----------------------------------------------------------------------------------

#[tokio::test]
async fn sends_a_well_formed_request() {
    let server = Server::start(vec![reply(200, ALBUM)]).await;
    let (core, _) = client(&server, StaticToken::new("tok-123"));
    let mut call = get(
        &core,
        "a b?c#d",
        opts(|o| o.fields("id,count").quota_user("u1")),
    );
    call.query("mediaItemIds", &"x&y");
    call.query("mediaItemIds", &"z");
    let album: Album = call.send().await.unwrap();
    assert_eq!(album.id.as_deref(), Some("a1"));
    assert_eq!(album.count, Some(9_007_199_254_740_993));

    let req = &server.requests()[0];
    assert_eq!(req.method, "GET");
    assert_eq!(req.path(), "/v1/albums/a%20b%3Fc%23d");
    let query = req.query();
    let pairs: Vec<(&str, &str)> = query
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("mediaItemIds", "x&y"),
            ("mediaItemIds", "z"),
            ("fields", "id,count"),
            ("quotaUser", "u1"),
            ("alt", "json"),
        ]
    );
    assert!(req.target.contains("mediaItemIds=x%26y&mediaItemIds=z"));
    assert!(!req.target.contains("tok-123"));
    assert_eq!(req.header("authorization"), Some("Bearer tok-123"));
    assert_eq!(req.header("user-agent"), Some("google-test-v1/1.2.3"));
    let api_client = req.header("x-goog-api-client").unwrap();
    let rustc = api_client
        .strip_prefix("gl-rust/")
        .and_then(|rest| rest.strip_suffix(" gdcl/1.2.3"))
        .unwrap_or_else(|| panic!("{api_client}"));
    assert_eq!(rustc.split('.').count(), 3, "{api_client}");
    assert!(rustc
        .split('.')
        .all(|n| n.starts_with(|c: char| c.is_ascii_digit())));
}

#[tokio::test]
async fn responses_may_come_gzip_compressed() {
    use std::io::Write as _;
    let json = r#"{"id":"a1","count":"42"}"#;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(json.as_bytes()).unwrap();
    let compressed = encoder.finish().unwrap();
    let mut gzip = reply(200, "").header("content-encoding", "gzip");
    gzip.body = compressed;
    let server = Server::start(vec![gzip]).await;
    let (core, _) = client(&server, StaticToken::new("t"));
    let album = get(&core, "a1", CallOptions::default())
        .send()
        .await
        .unwrap();
    assert_eq!(album.id.as_deref(), Some("a1"));
    assert_eq!(album.count, Some(42));
    let requests = server.requests();
    assert!(
        requests[0]
            .header("accept-encoding")
            .is_some_and(|v| v.split(',').any(|e| e.trim() == "gzip")),
        "{:?}",
        requests[0].headers
    );
}

#[tokio::test]
async fn unsafe_arguments_never_reach_the_server() {
    let server = Server::start(vec![]).await;
    let (core, _) = client(&server, StaticToken::new("t"));
    for bad in ["..", ".", "", "a/b", "x/../y"] {
        let err = get(&core, bad, CallOptions::default()).send().await;
        assert!(matches!(err, Err(Error::InvalidArgument(_))), "{bad:?}");
    }
    for name in ["access_token", "oauth_token", "key", "alt", "callback"] {
        let call = get(&core, "a", opts(|o| o.param(name, "v")));
        let err = call.send().await.unwrap_err();
        assert!(matches!(err, Error::InvalidArgument(_)), "{name}");
    }
    let call = get(
        &core,
        "a",
        opts(|o| o.header("Authorization", "Bearer other")),
    );
    assert!(call.send().await.is_err());
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn simple_expansion_encodes_slashes() {
    let server = Server::start(vec![reply(200, "")]).await;
    let (core, _) = client(&server, StaticToken::new("t"));
    let mut call = internal::call_without_response(core.clone(), &DELETE, CallOptions::default());
    call.path_arg(&"albums/%2F..");
    call.send().await.unwrap();
    assert_eq!(server.requests()[0].path(), "/v1/albums/albums%2F%252F..");
}

/// Hands out `token-1`, `token-2`, ... and counts invalidations.
#[derive(Default)]
struct Rotating {
    issued: AtomicU32,
    invalidated: AtomicU32,
}

impl TokenProvider for Rotating {
    fn token<'a>(
        &'a self,
        scopes: &'a [&'static str],
    ) -> BoxFuture<'a, Result<AccessToken, AuthError>> {
        assert_eq!(scopes, SCOPES);
        let n = self.issued.fetch_add(1, Ordering::SeqCst) + 1;
        let expiry = std::time::SystemTime::now() + Duration::from_secs(3600);
        Box::pin(async move { Ok(AccessToken::new(format!("token-{n}")).with_expiry(expiry)) })
    }

    fn invalidate(&self, _: &[&'static str]) -> bool {
        self.invalidated.fetch_add(1, Ordering::SeqCst);
        true
    }
}

#[tokio::test]
async fn unauthorized_refreshes_the_token_once() {
    let unauthorized =
        r#"{"error":{"code":401,"message":"Invalid Credentials","status":"UNAUTHENTICATED"}}"#;
    let server = Server::start(vec![
        reply(200, ALBUM),
        reply(401, unauthorized),
        reply(200, ALBUM),
        reply(401, unauthorized),
        reply(401, unauthorized),
        reply(401, unauthorized),
    ])
    .await;
    let provider = Arc::new(Rotating::default());
    let (core, sleeps) = client(&server, provider.clone());
    get(&core, "a", CallOptions::default())
        .send()
        .await
        .unwrap();
    // Cached: the second call reuses token-1 and gets a 401, then retries with token-2.
    get(&core, "a", CallOptions::default())
        .send()
        .await
        .unwrap();
    let err = get(&core, "a", CallOptions::default())
        .send()
        .await
        .unwrap_err();
    assert!(err.is_unauthenticated());
    assert_eq!(
        err.api_error().unwrap().status_name.as_deref(),
        Some("UNAUTHENTICATED")
    );

    let auth: Vec<_> = server
        .requests()
        .iter()
        .map(|r| r.header("authorization").unwrap_or("").to_owned())
        .collect();
    assert_eq!(
        auth,
        [
            "Bearer token-1",
            "Bearer token-1",
            "Bearer token-2",
            "Bearer token-2",
            "Bearer token-3",
        ]
    );
    assert_eq!(provider.invalidated.load(Ordering::SeqCst), 2);
    assert!(sleeps.lock().unwrap().is_empty());
    // One scripted 401 is left: the third call did not loop.
    assert_eq!(server.shared.replies.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn static_tokens_are_not_retried_on_401() {
    let server = Server::start(vec![reply(401, "{}"), reply(200, ALBUM)]).await;
    let (core, _) = client(&server, StaticToken::new("t"));
    let err = get(&core, "a", CallOptions::default()).send().await;
    assert_eq!(err.unwrap_err().status(), Some(StatusCode::UNAUTHORIZED));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn transient_errors_are_retried_with_growing_delays() {
    let server = Server::start(vec![
        reply(503, "{}"),
        reply(503, "{}"),
        reply(502, "{}"),
        reply(200, ALBUM),
    ])
    .await;
    let (core, sleeps) = client(&server, StaticToken::new("t"));
    let album: Album = get(&core, "a", CallOptions::default())
        .send()
        .await
        .unwrap();
    assert_eq!(album.id.as_deref(), Some("a1"));
    assert_eq!(server.requests().len(), 4);
    let sleeps = sleeps.lock().unwrap().clone();
    assert_eq!(sleeps.len(), 3);
    assert!(sleeps[0] >= Duration::from_millis(500) && sleeps[0] <= Duration::from_secs(1));
    assert!(sleeps.windows(2).all(|w| w[1] >= w[0]), "{sleeps:?}");
}

#[tokio::test]
async fn retry_after_is_honoured_in_seconds_and_dates() {
    let date = httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(20));
    let server = Server::start(vec![
        reply(429, "{}").header("retry-after", "7"),
        reply(503, "{}").header("retry-after", &date),
        reply(200, ALBUM),
    ])
    .await;
    let (core, sleeps) = client(&server, StaticToken::new("t"));
    get(&core, "a", CallOptions::default())
        .send()
        .await
        .unwrap();
    let sleeps = sleeps.lock().unwrap().clone();
    assert!(sleeps[0] >= Duration::from_secs(7), "{sleeps:?}");
    assert!(sleeps[1] >= Duration::from_secs(18), "{sleeps:?}");
}

#[tokio::test]
async fn retries_stop_at_the_attempt_and_time_limits() {
    let server = Server::start(vec![reply(503, "{}"); 10]).await;
    let (core, sleeps) = client(&server, StaticToken::new("t"));
    let policy = RetryPolicy::default()
        .with_max_attempts(3)
        .with_backoff(Backoff::default().with_jitter(0.0));
    let call = get(&core, "a", opts(|o| o.retry_policy(policy)));
    let err = call.send().await.unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(server.requests().len(), 3);
    assert_eq!(
        *sleeps.lock().unwrap(),
        [Duration::from_secs(1), Duration::from_secs(2)]
    );

    // A server asking for a wait beyond the time budget ends the retries at once.
    let server = Server::start(vec![reply(503, "{}").header("retry-after", "600"); 2]).await;
    let (core, sleeps) = client(&server, StaticToken::new("t"));
    assert!(get(&core, "a", CallOptions::default())
        .send()
        .await
        .is_err());
    assert_eq!(server.requests().len(), 1);
    assert!(sleeps.lock().unwrap().is_empty());
}

#[tokio::test]
async fn post_is_not_retried_unless_marked_idempotent() {
    let body = SearchBody {
        album_id: "a".into(),
        page_token: None,
    };
    let server = Server::start(vec![reply(503, "{}"), reply(503, "{}"), reply(200, "{}")]).await;
    let (core, _) = client(&server, StaticToken::new("t"));
    let mut call = internal::call::<ListResponse>(core.clone(), &SEARCH, CallOptions::default());
    call.json_body(&body);
    let err = call.send().await.unwrap_err();
    assert!(err.is_retryable());
    assert_eq!(server.requests().len(), 1);

    let mut call =
        internal::call::<ListResponse>(core.clone(), &SEARCH, opts(|o| o.idempotent(true)));
    call.json_body(&body);
    call.send().await.unwrap();
    assert_eq!(server.requests().len(), 3);
    let req = &server.requests()[2];
    assert_eq!(req.header("content-type"), Some("application/json"));
    assert_eq!(req.json(), serde_json::json!({"albumId": "a"}));
}

#[tokio::test]
async fn connection_failures_are_retried_even_for_post() {
    // Bind and drop a listener to get a port nobody listens on.
    let port = TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let sleeps = Sleeps::default();
    let record = sleeps.clone();
    let core = ClientBuilder::new(&TEST_API, |engine| engine)
        .base_url(format!("http://127.0.0.1:{port}/"))
        .retry_policy(RetryPolicy::default().with_max_attempts(2))
        .sleeper(move |d: Duration| -> BoxFuture<'static, ()> {
            record.lock().unwrap().push(d);
            Box::pin(async {})
        })
        .build()
        .unwrap();
    let err = internal::call::<ListResponse>(core.clone(), &SEARCH, CallOptions::default())
        .send()
        .await
        .unwrap_err();
    // Both attempts the policy allows were made: the error says so, and keeps the last one.
    match &err {
        Error::RetriesExhausted(exhausted) => {
            assert_eq!(exhausted.attempts, 2);
            assert!(matches!(exhausted.last, Error::Transport(_)), "{err}");
        }
        other => panic!("expected the retries to be exhausted, got {other:?}"),
    }
    assert!(matches!(err.last(), Error::Transport(_)));
    assert_eq!(sleeps.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn bodiless_post_sends_zero_length() {
    let server = Server::start(vec![reply(200, "{}")]).await;
    let (core, _) = client(&server, StaticToken::new("t"));
    internal::call_without_response(core.clone(), &SEARCH, CallOptions::default())
        .send()
        .await
        .unwrap();
    assert_eq!(server.requests()[0].header("content-length"), Some("0"));
}

#[tokio::test]
async fn pages_follow_tokens_in_query_and_body() {
    let server = Server::start(vec![
        reply(200, r#"{"items": ["a", "b"], "nextPageToken": "p2"}"#),
        reply(200, r#"{"items": ["c"], "nextPageToken": "p3"}"#),
        reply(200, r#"{"items": ["d"], "nextPageToken": ""}"#),
    ])
    .await;
    let (core, _) = client(&server, StaticToken::new("t"));
    let request = ListRequest {
        core: core.clone(),
        page_token: None,
        opts: CallOptions::default(),
    };
    let all: Vec<String> = items(request).try_collect().await.unwrap();
    assert_eq!(all, ["a", "b", "c", "d"]);
    let tokens: Vec<Option<String>> = server
        .requests()
        .iter()
        .map(|r| {
            r.query()
                .into_iter()
                .find(|(k, _)| k == "pageToken")
                .map(|(_, v)| v)
        })
        .collect();
    assert_eq!(tokens, [None, Some("p2".into()), Some("p3".into())]);

    let server = Server::start(vec![
        reply(200, r#"{"items": ["a"], "nextPageToken": "t2"}"#),
        reply(200, r#"{"items": ["b"], "nextPageToken": "t3"}"#),
        reply(200, r#"{"items": ["c"]}"#),
    ])
    .await;
    let (core, _) = client(&server, StaticToken::new("t"));
    let request = SearchRequest {
        core,
        body: SearchBody {
            album_id: "x".into(),
            page_token: None,
        },
    };
    let pages: Vec<ListResponse> = pages(request).try_collect().await.unwrap();
    assert_eq!(pages.len(), 3);
    let bodies: Vec<serde_json::Value> = server.requests().iter().map(Recorded::json).collect();
    assert_eq!(
        bodies,
        [
            serde_json::json!({"albumId": "x"}),
            serde_json::json!({"albumId": "x", "pageToken": "t2"}),
            serde_json::json!({"albumId": "x", "pageToken": "t3"}),
        ]
    );
}

#[tokio::test]
async fn paging_stops_at_limits_errors_and_repeated_tokens() {
    let server = Server::start(vec![
        reply(200, r#"{"items": ["a", "b"], "nextPageToken": "p2"}"#),
        reply(200, r#"{"items": ["c", "d"], "nextPageToken": "p3"}"#),
        reply(200, r#"{"items": ["e"]}"#),
    ])
    .await;
    let (core, _) = client(&server, StaticToken::new("t"));
    let request = ListRequest {
        core: core.clone(),
        page_token: None,
        opts: CallOptions::default(),
    };
    let some: Vec<String> = items(request.clone()).take(3).try_collect().await.unwrap();
    assert_eq!(some, ["a", "b", "c"]);
    assert_eq!(server.requests().len(), 2);

    let server = Server::start(vec![
        reply(200, r#"{"items": ["a"], "nextPageToken": "same"}"#),
        reply(200, r#"{"items": ["b"], "nextPageToken": "same"}"#),
        reply(200, r#"{"items": ["c"], "nextPageToken": "same"}"#),
    ])
    .await;
    let (core, _) = client(&server, StaticToken::new("t"));
    let request = ListRequest { core, ..request };
    let all: Vec<String> = items(request.clone()).try_collect().await.unwrap();
    assert_eq!(all, ["a", "b"]);

    let server = Server::start(vec![
        reply(200, r#"{"items": ["a"], "nextPageToken": "p2"}"#),
        reply(404, r#"{"error": {"code": 404, "message": "gone"}}"#),
    ])
    .await;
    let (core, _) = client(&server, StaticToken::new("t"));
    let results: Vec<Result<String, Error>> =
        items(ListRequest { core, ..request }).collect().await;
    assert_eq!(results.len(), 2);
    assert!(results[1].as_ref().unwrap_err().is_not_found());
}

#[tokio::test]
async fn errors_carry_the_decoded_body() {
    let body = r#"{"error": {"code": 400, "message": "Bad title", "status": "INVALID_ARGUMENT",
        "details": [{"@type": "type.googleapis.com/google.rpc.BadRequest",
                     "fieldViolations": [{"field": "title", "description": "too long"}]}]}}"#;
    let server = Server::start(vec![reply(400, body)]).await;
    let (core, _) = client(&server, StaticToken::new("t"));
    let err = get(&core, "a", CallOptions::default())
        .send()
        .await
        .unwrap_err();
    let api = err.api_error().unwrap();
    assert_eq!(api.message, "Bad title");
    assert_eq!(api.field_violations().next().unwrap().field, "title");
    assert_eq!(api.body_text(), body);
    assert_eq!(
        err.to_string(),
        "HTTP 400 INVALID_ARGUMENT: Bad title; title: too long"
    );
}

#[tokio::test]
async fn undecodable_responses_name_the_failing_path() {
    let server = Server::start(vec![reply(200, r#"{"id": "a", "count": "many"}"#)]).await;
    let (core, _) = client(&server, StaticToken::new("t"));
    let err = get(&core, "a", CallOptions::default())
        .send()
        .await
        .unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(decode.path, "count");
    assert!(decode.excerpt.contains("many"), "{}", decode.excerpt);
}

#[tokio::test]
async fn timeouts_are_reported_and_dropping_cancels() {
    let slow = Reply {
        delay: Some(Duration::from_secs(30)),
        ..reply(200, ALBUM)
    };
    let server = Server::start(vec![slow.clone(), slow]).await;
    let (core, _) = client(&server, StaticToken::new("t"));
    let call = get(
        &core,
        "a",
        opts(|o| {
            o.timeout(Duration::from_millis(100))
                .retry_policy(RetryPolicy::none())
        }),
    );
    let err = call.send().await.unwrap_err();
    assert!(
        matches!(err, Error::Timeout(_)) && err.is_timeout(),
        "{err}"
    );

    // Dropping the future of a call in flight closes its connection.
    let pending = get(&core, "b", CallOptions::default()).send();
    let _ = tokio::time::timeout(Duration::from_millis(100), pending).await;
    for _ in 0..100 {
        if server.shared.disconnects.load(Ordering::SeqCst) == 2 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("the server never saw the connections close");
}

/// A transport whose answer never ends and always has more: each chunk uses up some of the
/// task's budget, as reading a socket that always has data does, until the task must yield.
struct Endless;

impl discogen_runtime::http::Transport for Endless {
    fn send(
        &self,
        _: discogen_runtime::http::Request,
    ) -> BoxFuture<
        'static,
        Result<discogen_runtime::http::Response, discogen_runtime::http::TransportError>,
    > {
        let body = futures_util::stream::unfold((), |()| async {
            tokio::task::coop::consume_budget().await;
            Some((Ok(bytes::Bytes::from_static(b" ")), ()))
        });
        Box::pin(async move {
            Ok(discogen_runtime::http::Response::new(
                StatusCode::OK,
                discogen_runtime::http::Headers::new(),
                discogen_runtime::http::ResponseBody::from_stream(body),
            ))
        })
    }
}

#[tokio::test]
async fn an_answer_that_never_stops_coming_still_times_out() {
    let core = ClientBuilder::new(&TEST_API, |engine| engine)
        .base_url("http://127.0.0.1:9/")
        .transport(Endless)
        .build()
        .unwrap();
    let call = get(
        &core,
        "a",
        opts(|o| {
            o.timeout(Duration::from_millis(200))
                .retry_policy(RetryPolicy::none())
        }),
    );
    // The outer limit only keeps a failing test from hanging: the attempt's own must fire.
    let sent = tokio::time::timeout(Duration::from_secs(20), call.send()).await;
    let err = sent
        .expect("the attempt's timeout never fired while the body kept coming")
        .unwrap_err();
    assert!(
        matches!(err, Error::Timeout(limit) if limit == Duration::from_millis(200)),
        "{err}"
    );
}

#[tokio::test]
async fn media_download_and_upload() {
    let server = Server::start(vec![
        Reply {
            headers: vec![("content-type", "image/png".into())],
            ..reply(200, "PNGDATA")
        },
        reply(200, ALBUM),
        reply(200, ALBUM),
    ])
    .await;
    let (core, _) = client(&server, StaticToken::new("t"));
    let download = get(&core, "a", CallOptions::default())
        .download()
        .await
        .unwrap();
    assert_eq!(download.content_type(), Some("image/png"));
    let chunks: Vec<bytes::Bytes> = download.into_stream().try_collect().await.unwrap();
    assert_eq!(chunks.concat(), b"PNGDATA");
    assert!(server.requests()[0].target.ends_with("alt=media"));

    let call = get(&core, "a", CallOptions::default());
    call.upload(Media::new(&b"\x89PNG"[..], "image/png"))
        .await
        .unwrap();
    let req = &server.requests()[1];
    assert_eq!(req.path(), "/upload/v1/albums/a");
    assert!(req.target.contains("uploadType=media"));
    assert_eq!(req.header("content-type"), Some("image/png"));
    assert_eq!(req.body, b"\x89PNG");

    let mut call = get(&core, "a", CallOptions::default());
    call.json_body(&serde_json::json!({"title": "t"}));
    call.upload(Media::new(&b"img"[..], "image/jpeg"))
        .await
        .unwrap();
    let req = &server.requests()[2];
    assert!(req.target.contains("uploadType=multipart"));
    assert!(req
        .header("content-type")
        .unwrap()
        .starts_with("multipart/related; boundary="));

    let call = get(&core, "a", CallOptions::default());
    assert!(matches!(
        call.upload(Media::new(vec![0; 2048], "image/png")).await,
        Err(Error::InvalidArgument(_))
    ));
    assert_eq!(server.requests().len(), 3);
}

/// A file's bytes are read as they are sent, framed by a `Content-Length` (never chunked,
/// which upload endpoints need not take): alone, and between a multipart body's head and
/// tail. The server here reads exactly `Content-Length` bytes.
#[tokio::test]
async fn media_from_a_file_goes_with_its_length() {
    let server = Server::start(vec![reply(200, ALBUM), reply(200, ALBUM)]).await;
    let (core, _) = client(&server, StaticToken::new("t"));
    let content: Vec<u8> = (0..1000u32).map(|i| (i % 251) as u8).collect();
    let path = std::env::temp_dir().join(format!("rt-calls-media-{}.png", std::process::id()));
    std::fs::write(&path, &content).unwrap();
    let media = Media::from_file(&path, "image/png").await.unwrap();
    assert_eq!(media.len(), 1000);

    get(&core, "a", CallOptions::default())
        .upload(media.clone())
        .await
        .unwrap();
    let req = &server.requests()[0];
    assert!(req.target.contains("uploadType=media"));
    assert_eq!(req.header("content-length"), Some("1000"));
    assert_eq!(req.header("transfer-encoding"), None);
    assert_eq!(req.body, content);

    let mut call = get(&core, "a", CallOptions::default());
    call.json_body(&serde_json::json!({"title": "t"}));
    call.upload(media.clone()).await.unwrap();
    let req = &server.requests()[1];
    assert!(req.target.contains("uploadType=multipart"));
    let boundary = req
        .header("content-type")
        .and_then(|v| v.strip_prefix("multipart/related; boundary="))
        .unwrap()
        .to_owned();
    let expected = [
        format!(
            "--{boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n\
             {{\"title\":\"t\"}}\r\n--{boundary}\r\nContent-Type: image/png\r\n\r\n"
        )
        .into_bytes(),
        content,
        format!("\r\n--{boundary}--\r\n").into_bytes(),
    ]
    .concat();
    assert_eq!(req.body, expected);
    assert_eq!(
        req.header("content-length"),
        Some(expected.len().to_string().as_str())
    );

    // The file changed length after the media was made: refused before anything is sent.
    std::fs::write(&path, b"shorter").unwrap();
    let err = get(&core, "a", CallOptions::default())
        .upload(media)
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidArgument(m) if m.contains("is 7 bytes long")),
        "{err:?}"
    );
    assert_eq!(server.requests().len(), 2);
    std::fs::remove_file(&path).unwrap();
}

#[tokio::test]
async fn builder_validates_settings_and_sends_extra_headers() {
    let bad = |url: &str| {
        ClientBuilder::new(&TEST_API, |engine| engine)
            .base_url(url)
            .build()
            .is_err()
    };
    assert!(bad("not a url"));
    assert!(bad("ftp://x/"));
    assert!(bad("http://user:pw@x/"));
    assert!(bad("http://x/?q=1"));
    assert!(ClientBuilder::new(&TEST_API, |engine| engine)
        .user_agent("bad\nagent")
        .build()
        .is_err());

    let server = Server::start(vec![reply(200, ALBUM)]).await;
    let core = ClientBuilder::new(&TEST_API, |engine| engine)
        .base_url(server.url().trim_end_matches('/'))
        .api_key("key-secret")
        .quota_project("proj")
        .user_agent("my-app/0.1")
        .transport(discogen_runtime::http::ReqwestTransport::new().unwrap())
        .build()
        .unwrap();
    let debug = format!("{core:?}");
    assert!(!debug.contains("key-secret"), "{debug}");
    get(&core, "a", opts(|o| o.header("x-extra", "1")))
        .send()
        .await
        .unwrap();
    let req = &server.requests()[0];
    assert_eq!(req.header("x-goog-api-key"), Some("key-secret"));
    assert!(!req.target.contains("key-secret"));
    assert_eq!(req.header("authorization"), None);
    assert_eq!(req.header("x-goog-user-project"), Some("proj"));
    assert_eq!(req.header("x-extra"), Some("1"));
    assert_eq!(
        req.header("user-agent"),
        Some("my-app/0.1 google-test-v1/1.2.3")
    );
}

// --- optional credential sources ------------------------------------------------------------

#[cfg(feature = "google-cloud-auth")]
#[tokio::test]
async fn google_cloud_auth_refresh_token_flow() {
    let server = Server::start(vec![
        reply(
            200,
            r#"{"access_token": "ya29.fresh", "expires_in": 3600, "token_type": "Bearer"}"#,
        ),
        reply(200, ALBUM),
        reply(200, ALBUM),
    ])
    .await;
    let credentials = serde_json::json!({
        "type": "authorized_user",
        "client_id": "id",
        "client_secret": "secret",
        "refresh_token": "refresh",
        "token_uri": format!("{}token", server.url()),
    });
    let provider =
        auth::GoogleCloudAuth::authorized_user(credentials, SCOPES.iter().copied()).unwrap();
    assert!(!format!("{provider:?}").contains("refresh"));
    let (core, _) = client(&server, provider);
    get(&core, "a", CallOptions::default())
        .send()
        .await
        .unwrap();
    get(&core, "a", CallOptions::default())
        .send()
        .await
        .unwrap();
    let requests = server.requests();
    assert_eq!(requests[0].path(), "/token");
    let token_request = String::from_utf8_lossy(&requests[0].body).to_string();
    assert!(token_request.contains("refresh_token"), "{token_request}");
    // The library caches the token: one token request for two calls.
    assert_eq!(requests.len(), 3);
    assert_eq!(
        requests[2].header("authorization"),
        Some("Bearer ya29.fresh")
    );
}

#[cfg(feature = "yup-oauth2")]
#[tokio::test]
async fn yup_oauth2_authenticator() {
    let server = Server::start(vec![reply(200, ALBUM)]).await;
    let authenticator = yup_oauth2::AccessTokenAuthenticator::builder("ya29.yup".into())
        .build()
        .await
        .unwrap();
    let provider = auth::YupOAuth2::new(authenticator).with_scopes(["scope-a"]);
    let (core, _) = client(&server, provider);
    get(&core, "a", CallOptions::default())
        .send()
        .await
        .unwrap();
    assert_eq!(
        server.requests()[0].header("authorization"),
        Some("Bearer ya29.yup")
    );
}
