//! Where a client's quota project (`x-goog-user-project`) comes from, in the precedence of
//! Google's other client libraries (cloud.google.com/docs/quotas/set-quota-project): the
//! program's `quota_project(…)`, then `GOOGLE_CLOUD_QUOTA_PROJECT`, then the credentials'
//! `quota_project_id`, here an authorized-user file's, read by `google-cloud-auth` given
//! directly and as application default credentials. Tokens come from a token endpoint this
//! test starts (the file's `token_uri`).
//!
//! Its own test binary with one test: it changes the process's environment.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use google_storage_v1 as storage;
use storage::rt::auth::{GoogleCloudAuth, StaticToken, TokenProvider};
use storage::rt::testing::{MockReply, MockTransport};

type Builder = storage::rt::ClientBuilder<storage::Client>;

/// The quota project of one `buckets.get` sent by a client built by `build` on the mock, and
/// whether it carried a token (the mock records the `Authorization` header redacted).
async fn sent_by(build: impl FnOnce(Builder) -> Builder) -> (Option<String>, bool) {
    let mock = MockTransport::new();
    mock.on("storage.buckets.get")
        .reply(MockReply::json(200, serde_json::json!({"name": "b"})));
    let client = build(storage::Client::builder().transport(mock.clone()))
        .build()
        .unwrap();
    client.buckets().get("b").send().await.unwrap();
    let request = &mock.requests()[0];
    (
        request.header("x-goog-user-project").map(str::to_owned),
        request.is_authorized(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_quota_project_comes_from_the_program_the_environment_or_the_credentials() {
    let tokens = Arc::new(AtomicUsize::new(0));
    let issued = tokens.clone();
    let app = axum::Router::new().route(
        "/token",
        axum::routing::post(move || async move {
            issued.fetch_add(1, Ordering::SeqCst);
            (
                [(axum::http::header::CONTENT_TYPE, "application/json")],
                r#"{"access_token": "from-the-endpoint", "token_type": "Bearer", "expires_in": 3600}"#,
            )
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(listener, app).await });
    let file = serde_json::json!({
        "type": "authorized_user",
        "client_id": "client-id",
        "client_secret": "client-secret-value",
        "refresh_token": "refresh-token-value",
        "quota_project_id": "from-the-file",
        "token_uri": format!("http://127.0.0.1:{port}/token"),
    });
    let scopes = ["https://www.googleapis.com/auth/devstorage.read_only"];
    let user = || GoogleCloudAuth::authorized_user(file.clone(), scopes).unwrap();
    // SAFETY of the test's environment: this binary runs this one test, and no other thread
    // reads the environment while it changes.
    std::env::remove_var("GOOGLE_CLOUD_QUOTA_PROJECT");

    // The credentials' own project, with their token.
    assert_eq!(user().quota_project().as_deref(), Some("from-the-file"));
    let (project, authorized) = sent_by(|b| b.token_provider(user())).await;
    assert_eq!(project.as_deref(), Some("from-the-file"));
    assert!(authorized, "a token was sent");
    assert_eq!(
        tokens.load(Ordering::SeqCst),
        1,
        "from the file's token_uri"
    );

    // The same file as application default credentials.
    let dir = std::env::temp_dir().join(format!("discogen-adc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("credentials.json");
    std::fs::write(&path, file.to_string()).unwrap();
    std::env::set_var("GOOGLE_APPLICATION_CREDENTIALS", &path);
    let adc = GoogleCloudAuth::application_default(scopes).unwrap();
    let (project, _) = sent_by(|b| b.token_provider(adc)).await;
    assert_eq!(project.as_deref(), Some("from-the-file"));
    std::env::remove_var("GOOGLE_APPLICATION_CREDENTIALS");
    let _ = std::fs::remove_dir_all(&dir);

    // The environment wins over the credentials, and applies to any token.
    std::env::set_var("GOOGLE_CLOUD_QUOTA_PROJECT", "from-the-environment");
    let (project, _) = sent_by(|b| b.token_provider(user())).await;
    assert_eq!(project.as_deref(), Some("from-the-environment"));
    let (project, _) = sent_by(|b| b.token_provider(StaticToken::new("t"))).await;
    assert_eq!(project.as_deref(), Some("from-the-environment"));

    // The program wins over both.
    let (project, _) =
        sent_by(|b| b.token_provider(user()).quota_project("from-the-program")).await;
    assert_eq!(project.as_deref(), Some("from-the-program"));
    std::env::remove_var("GOOGLE_CLOUD_QUOTA_PROJECT");

    // A token that names none, and nothing else: no header.
    let (project, _) = sent_by(|b| b.token_provider(StaticToken::new("t"))).await;
    assert_eq!(project, None);

    // The file's secrets stay out of the provider's Debug.
    let shown = format!("{:?}", user());
    for secret in ["client-secret-value", "refresh-token-value"] {
        assert!(!shown.contains(secret), "{shown}");
    }
}
