//! `rt::auth::InstalledApp` against photos-emulator's authorization server, with the consent
//! given over plain HTTP (the browser test is `tests/sign_in.rs`): refreshing before expiry
//! and after a rejection, once for many concurrent calls; the 403 of a scope the user did
//! not grant; Cancel.

mod support;

use std::sync::Arc;
use std::time::Duration;

use futures_util::future::join_all;
use google_photos::library::rt::auth::{AuthErrorKind, ClientSecret, InstalledApp};
use google_photos::library::scopes::{
    PHOTOSLIBRARY_APPENDONLY, PHOTOSLIBRARY_READONLY_APPCREATEDDATA,
};
use google_photos::library::Client;
use photos_emulator::Emulator;
use support::TempDir;

/// The user of `server`'s OAuth client, signed in with `needed` required and `ticked` granted.
async fn sign_in(
    server: &Emulator,
    dir: &TempDir,
    needed: &[&'static str],
    ticked: &[&'static str],
    action: &'static str,
) -> Result<InstalledApp, google_photos::library::rt::auth::AuthError> {
    let secret = ClientSecret::from_json(&server.client_secret_json()).expect("the file parses");
    let ticked = ticked.to_vec();
    InstalledApp::builder(secret)
        .scopes(needed.iter().copied())
        .optional_scopes([
            PHOTOSLIBRARY_APPENDONLY,
            PHOTOSLIBRARY_READONLY_APPCREATEDDATA,
        ])
        .token_cache(dir.path().join("token.json"))
        .open_browser(false)
        .show_link(move |link| {
            tokio::spawn(support::answer_consent(
                link.to_owned(),
                action,
                ticked.clone(),
            ));
        })
        .sign_in_timeout(Duration::from_secs(30))
        .sign_in()
        .await
}

fn client(server: &Emulator, user: InstalledApp) -> Client {
    Client::builder()
        .base_url(server.base_url())
        .token_provider(user)
        .build()
        .expect("the client builds")
}

async fn emulator(lifetime: Duration) -> Emulator {
    Emulator::builder()
        .issued_tokens_only(true)
        .access_token_lifetime(lifetime)
        .start()
        .await
        .expect("the emulator starts")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twenty_calls_rejected_with_one_token_renew_it_once() {
    let server = emulator(Duration::from_secs(3599)).await;
    let dir = TempDir::new("installed-app-rejected");
    let both = [
        PHOTOSLIBRARY_APPENDONLY,
        PHOTOSLIBRARY_READONLY_APPCREATEDDATA,
    ];
    let user = sign_in(&server, &dir, &both, &both, "allow")
        .await
        .expect("signed in");
    assert_eq!(user.granted_scopes().len(), 2);
    let client = Arc::new(client(&server, user));
    client.albums().list().send().await.expect("a first call");
    assert_eq!(server.oauth_grants()[0].refreshes, 0);

    // The server forgets the token the client holds for another hour: every call carrying it
    // is refused with 401, and the one refresh serves them all.
    server.expire_access_tokens();
    let calls = (0..20).map(|_| {
        let client = Arc::clone(&client);
        async move { client.albums().list().send().await }
    });
    for outcome in join_all(calls).await {
        outcome.expect("each call succeeds with the refreshed token");
    }
    assert_eq!(
        server.oauth_grants()[0].refreshes,
        1,
        "one refresh for twenty rejections"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_is_refreshed_before_it_expires_once_for_concurrent_calls() {
    // A four-second token is refreshed in its last second.
    let server = emulator(Duration::from_secs(4)).await;
    let dir = TempDir::new("installed-app-expiry");
    let read = [PHOTOSLIBRARY_READONLY_APPCREATEDDATA];
    let user = sign_in(&server, &dir, &read, &read, "allow")
        .await
        .expect("signed in");
    let client = Arc::new(client(&server, user));
    client.albums().list().send().await.expect("a first call");
    tokio::time::sleep(Duration::from_millis(3_300)).await;
    let calls = (0..10).map(|_| {
        let client = Arc::clone(&client);
        async move { client.albums().list().send().await }
    });
    for outcome in join_all(calls).await {
        outcome.expect("each call succeeds");
    }
    assert_eq!(
        server.oauth_grants()[0].refreshes,
        1,
        "one refresh, before expiry"
    );
    let calls = server
        .requests()
        .iter()
        .filter(|r| r.method_id.is_some())
        .count();
    assert_eq!(
        calls, 11,
        "no call carried an expired token and was sent again"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_call_without_a_granted_scope_names_the_scope_it_needs() {
    let server = emulator(Duration::from_secs(3599)).await;
    let dir = TempDir::new("installed-app-scope");
    // The program requires only appendonly; the user leaves the read scope unticked.
    let user = sign_in(
        &server,
        &dir,
        &[PHOTOSLIBRARY_APPENDONLY],
        &[PHOTOSLIBRARY_APPENDONLY],
        "allow",
    )
    .await
    .expect("signed in");
    assert_eq!(user.granted_scopes(), [PHOTOSLIBRARY_APPENDONLY]);
    let err = client(&server, user)
        .albums()
        .list()
        .send()
        .await
        .expect_err("reading needs the read scope");
    assert!(err.is_scope_insufficient(), "{err}");
    let api = err.api_error().expect("the server's answer");
    assert_eq!(api.scopes_needed, [PHOTOSLIBRARY_READONLY_APPCREATEDDATA]);
    assert!(
        err.to_string()
            .contains(PHOTOSLIBRARY_READONLY_APPCREATEDDATA),
        "{err}"
    );
    assert!(!err.is_retryable());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancel_is_declined_and_keeps_nothing() {
    let server = emulator(Duration::from_secs(3599)).await;
    let dir = TempDir::new("installed-app-cancel");
    let read = [PHOTOSLIBRARY_READONLY_APPCREATEDDATA];
    let err = sign_in(&server, &dir, &read, &read, "cancel")
        .await
        .expect_err("the user cancelled");
    assert_eq!(err.kind(), &AuthErrorKind::Declined);
    assert!(!dir.path().join("token.json").exists());
    assert!(server.oauth_grants().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoked_grant_is_sign_in_again_and_forgotten() {
    let server = emulator(Duration::from_secs(3599)).await;
    let dir = TempDir::new("installed-app-revoked");
    let read = [PHOTOSLIBRARY_READONLY_APPCREATEDDATA];
    let user = sign_in(&server, &dir, &read, &read, "allow")
        .await
        .expect("signed in");
    let cache = dir.path().join("token.json");
    assert!(cache.exists());
    let client = client(&server, user);
    client.albums().list().send().await.expect("a first call");

    server.revoke_grants();
    let err = client
        .albums()
        .list()
        .send()
        .await
        .expect_err("the grant is gone");
    let google_photos::library::Error::Auth(auth) = err.last() else {
        panic!("an authentication error: {err:?}");
    };
    assert!(auth.is_sign_in_again(), "{auth}");
    assert!(auth.to_string().contains("invalid_grant"), "{auth}");
    assert!(!cache.exists(), "the refused sign-in was forgotten");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_out_revokes_the_grant_and_deletes_the_cache() {
    let server = emulator(Duration::from_secs(3599)).await;
    let dir = TempDir::new("installed-app-sign-out");
    let read = [PHOTOSLIBRARY_READONLY_APPCREATEDDATA];
    let user = sign_in(&server, &dir, &read, &read, "allow")
        .await
        .expect("signed in");
    user.sign_out().await.expect("signed out");
    assert!(server.oauth_grants()[0].revoked);
    assert!(!dir.path().join("token.json").exists());
}
