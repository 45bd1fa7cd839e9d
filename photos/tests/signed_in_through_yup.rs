//! `rt::auth::YupOAuth2`, the provider over yup-oauth2's installed flow, against
//! photos-emulator's authorization server: its users keep working beside `InstalledApp`. The
//! flow sends no PKCE challenge, which Google (and the emulator) accept from installed apps.
//!
//! Not named `yup_oauth2.rs`: `cargo clean -p google-photos` removes the files of every
//! target of the package by name, and would take the `yup-oauth2` crate's library with it.

mod support;

use std::future::Future;
use std::pin::Pin;

use google_photos::library::rt::auth::YupOAuth2;
use google_photos::library::scopes::PHOTOSLIBRARY_READONLY_APPCREATEDDATA;
use google_photos::library::Client;
use photos_emulator::Emulator;
use support::TempDir;
use yup_oauth2::authenticator_delegate::InstalledFlowDelegate;
use yup_oauth2::{InstalledFlowAuthenticator, InstalledFlowReturnMethod};

/// The person at the browser: allows everything asked.
struct Allows;

impl InstalledFlowDelegate for Allows {
    fn present_user_url<'a>(
        &'a self,
        url: &'a str,
        _need_code: bool,
    ) -> Pin<Box<dyn Future<Output = Result<String, String>> + Send + 'a>> {
        tokio::spawn(support::answer_consent(
            url.to_owned(),
            "allow",
            vec![PHOTOSLIBRARY_READONLY_APPCREATEDDATA],
        ));
        // With the redirect to a local listener, no code is typed in.
        Box::pin(async { Ok(String::new()) })
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_yup_oauth2_installed_flow_signs_in_and_refreshes_after_a_401() {
    let server = Emulator::builder()
        .issued_tokens_only(true)
        .start()
        .await
        .expect("the emulator starts");
    let dir = TempDir::new("yup-oauth2");
    let secret = yup_oauth2::parse_application_secret(server.client_secret_json())
        .expect("yup-oauth2 reads the emulator's client_secret.json");
    let authenticator =
        InstalledFlowAuthenticator::builder(secret, InstalledFlowReturnMethod::HTTPRedirect)
            .flow_delegate(Box::new(Allows))
            .persist_tokens_to_disk(dir.path().join("tokens.json"))
            .build()
            .await
            .expect("the authenticator builds");
    let tokens = YupOAuth2::new(authenticator).with_scopes([PHOTOSLIBRARY_READONLY_APPCREATEDDATA]);
    let client = Client::builder()
        .base_url(server.base_url())
        .token_provider(tokens)
        .build()
        .expect("the client builds");
    client
        .albums()
        .list()
        .send()
        .await
        .expect("a call with the signed-in token");
    assert_eq!(server.oauth_grants().len(), 1, "one sign-in");

    // The server forgets the token: the 401 makes the provider force a refresh.
    server.expire_access_tokens();
    client
        .albums()
        .list()
        .send()
        .await
        .expect("a call after the refresh");
    assert_eq!(server.oauth_grants()[0].refreshes, 1);
}
