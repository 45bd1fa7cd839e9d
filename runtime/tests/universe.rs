//! The universe domain: where it comes from (base URL, builder, environment, default), and
//! credentials of another universe refused before anything is sent. One test in its own
//! binary, since it sets the process's environment.

use discogen_runtime::auth::StaticToken;
use discogen_runtime::engine::Engine;
use discogen_runtime::http::Method;
use discogen_runtime::internal::{self, ApiInfo, MethodInfo, PathPart};
use discogen_runtime::testing::{MockReply, MockTransport};
use discogen_runtime::*;

static API: ApiInfo = ApiInfo {
    id: "test:v1",
    crate_name: "google-test-v1",
    crate_version: "1.2.3",
    root_url: "https://test.googleapis.com/",
    service_path: "test/v1/",
    batch_path: "batch",
    min_retry_waits: &[],
};

static GET: MethodInfo = MethodInfo {
    id: "test.things.get",
    http_method: Method::Get,
    path: &[PathPart::Literal("things")],
    scopes: &["https://www.googleapis.com/auth/test"],
    media_upload: None,
    media_download: false,
};

/// Where one call of a client built by `build` went, or the error it ended in.
async fn sent_to(
    build: impl FnOnce(ClientBuilder<Engine>) -> ClientBuilder<Engine>,
) -> Result<String, (Error, usize)> {
    let mock = MockTransport::new();
    mock.on_any()
        .reply(MockReply::json(200, serde_json::json!({})));
    let core = build(ClientBuilder::new(&API, |engine| engine).transport(mock.clone()))
        .build()
        .map_err(|e| (e, 0))?;
    let call = internal::call::<serde_json::Value>(core, &GET, CallOptions::default());
    match call.send().await {
        Ok(_) => Ok(mock.requests()[0].url.clone()),
        Err(err) => Err((err, mock.requests().len())),
    }
}

#[tokio::test]
async fn universe_domain_precedence_and_credential_checks() {
    std::env::remove_var("GOOGLE_CLOUD_UNIVERSE_DOMAIN");
    let default = "https://test.googleapis.com/test/v1/things?alt=json";
    assert_eq!(sent_to(|b| b).await.unwrap(), default);

    let builder_set = "https://test.cloud.example.eu/test/v1/things?alt=json";
    assert_eq!(
        sent_to(|b| b.universe_domain("cloud.example.eu"))
            .await
            .unwrap(),
        builder_set
    );

    std::env::set_var("GOOGLE_CLOUD_UNIVERSE_DOMAIN", "env.example");
    assert_eq!(
        sent_to(|b| b).await.unwrap(),
        "https://test.env.example/test/v1/things?alt=json"
    );
    // The builder's setting wins over the environment, and a base URL over both.
    assert_eq!(
        sent_to(|b| b.universe_domain("cloud.example.eu"))
            .await
            .unwrap(),
        builder_set
    );
    assert_eq!(
        sent_to(|b| b
            .universe_domain("cloud.example.eu")
            .base_url("http://127.0.0.1:9/"))
        .await
        .unwrap(),
        "http://127.0.0.1:9/test/v1/things?alt=json"
    );
    std::env::remove_var("GOOGLE_CLOUD_UNIVERSE_DOMAIN");

    // Credentials that name their universe: the same one is fine, another fails before
    // anything is sent.
    let ok = sent_to(|b| {
        b.universe_domain("cloud.example.eu")
            .token_provider(StaticToken::new("t").in_universe("cloud.example.eu"))
    })
    .await;
    assert_eq!(ok.unwrap(), builder_set);
    let (err, sent) =
        sent_to(|b| b.token_provider(StaticToken::new("t").in_universe("cloud.example.eu")))
            .await
            .unwrap_err();
    assert!(matches!(err, Error::Auth(_)), "{err}");
    assert_eq!(
        err.to_string(),
        "authentication failed: the credentials belong to the universe domain \
         \"cloud.example.eu\", but the client is configured for \"googleapis.com\""
    );
    assert_eq!(sent, 0, "nothing was sent");
    assert!(!err.is_retryable());

    let (err, _) = sent_to(|b| b.universe_domain("bad domain/"))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidArgument(_)), "{err}");
}
