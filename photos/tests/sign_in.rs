//! Signing in, end to end, in a real browser: the example programs run as child processes
//! with `--client-secret` against photos-emulator, which plays Google's authorization server
//! and accepts only the tokens it issued; headless Chromium consents on its consent page and
//! picks on its picker page. What each run printed, what it wrote and what the emulator saw
//! are checked, and no secret the emulator issued or received appears in any of it.

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use fantoccini::Locator;
use photos_emulator::Emulator;
use support::browser::Driver;
use support::examples::{assert_clean_failure, stderr, stdout, values, Running};
use support::TempDir;

const READ_SCOPE: &str = "https://www.googleapis.com/auth/photoslibrary.readonly.appcreateddata";

/// An emulator that accepts only the access tokens it issued, whose Picker asks to be polled
/// every 50 ms, holding three items the app did not create; returns their ids and bytes.
async fn emulator_with_library() -> (Emulator, Vec<(String, Vec<u8>)>) {
    let server = Emulator::builder()
        .issued_tokens_only(true)
        .picker_poll_interval(Duration::from_millis(50))
        .start()
        .await
        .expect("the emulator starts");
    let items = support::seed_picker_library(&server);
    (server, items)
}

/// The emulator's `client_secret.json` and a token cache path, in `dir`.
fn sign_in_files(server: &Emulator, dir: &TempDir) -> (String, PathBuf) {
    let secret = dir.file("client_secret.json", server.client_secret_json().as_bytes());
    let cache = dir.path().join("config").join("token.json");
    (secret.to_str().unwrap().to_owned(), cache)
}

/// Opens the consent page at `link`, unticks `untick`, presses Allow, and waits for the
/// program's own page that the browser is sent back to.
async fn consent(driver: &Driver, link: &str, untick: &[&str], screenshot: Option<&str>) {
    let browser = driver.browser().await;
    browser.goto(link).await.expect("the consent page opens");
    browser
        .find(Locator::Id("consent"))
        .await
        .expect("a consent form");
    for scope in untick {
        browser
            .find(Locator::Css(&format!(
                "input[name=\"scope\"][value=\"{scope}\"]"
            )))
            .await
            .expect("a checkbox for the scope")
            .click()
            .await
            .expect("the box is unticked");
    }
    if let Some(name) = screenshot {
        support::browser::save_screenshot(&browser, name).await;
    }
    browser
        .find(Locator::Id("allow"))
        .await
        .expect("an Allow button")
        .click()
        .await
        .expect("Allow is clicked");
    let result = browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Id("sign-in-result"))
        .await
        .expect("the program's page after the redirect")
        .text()
        .await
        .expect("its text");
    assert!(result.contains("Signed in"), "{result}");
    browser.close().await.expect("the browser closes");
}

/// Exit code 0, one `downloaded:` line per item of `picked`, with the item's bytes on disk.
fn assert_downloaded(output: &Output, out: &Path, picked: &[&(String, Vec<u8>)]) {
    assert!(
        output.status.success(),
        "the run failed: {}",
        stderr(output)
    );
    let stdout = stdout(output);
    let downloaded = values(&stdout, "downloaded");
    assert_eq!(downloaded.len(), picked.len(), "{stdout}");
    for (line, (id, bytes)) in downloaded.iter().zip(picked) {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields[2], id);
        assert_eq!(
            &std::fs::read(out.join(fields[0])).expect("the file"),
            bytes
        );
    }
}

/// A run that must not ask to sign in: `pick_photos` with the cached sign-in, the emulator's
/// hook picking `id`.
async fn pick_without_browser(server: &Emulator, args: &[&str], id: &str) -> Output {
    let mut run = Running::start("pick_photos", args);
    let session = run.value("session").await.expect("a session line");
    server.pick(&session, &[id]).expect("the hook picks");
    let output = run.finish().await;
    assert!(
        values(&stdout(&output), "sign-in").is_empty(),
        "no sign-in was asked for"
    );
    output
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_program_signs_in_once_refreshes_and_asks_again_after_revocation() {
    let Some(driver) = support::browser::driver().await else {
        return;
    };
    let (server, items) = emulator_with_library().await;
    let dir = TempDir::new("sign-in");
    let (secret, cache) = sign_in_files(&server, &dir);
    let picker_url = server.picker_url();
    let out = TempDir::new("sign-in-out");
    // What every program of this test runs with: the one sign-in they share.
    let signed_in = [
        "--client-secret",
        secret.as_str(),
        "--token-cache",
        cache.to_str().unwrap(),
        "--no-browser",
    ];
    let args = [
        &signed_in[..],
        &[
            "--base-url",
            picker_url.as_str(),
            "--out",
            out.str(),
            "--max-wait",
            "120",
        ],
    ]
    .concat();
    let mut outputs = Vec::new();

    // First run: the consent page, then the picker page, in the browser.
    let mut run = Running::start("pick_photos", &args);
    let link = run
        .value("sign-in")
        .await
        .expect("the first run asks to sign in");
    consent(&driver, &link, &[], Some("consent-page.png")).await;
    let picker_link = run.value("link").await.expect("a picker link");
    support::browser::pick_on_picker_page(&driver, &picker_link, &[&items[0].0, &items[2].0], None)
        .await;
    let first = run.finish().await;
    assert_downloaded(&first, out.path(), &[&items[0], &items[2]]);
    outputs.push(first);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&cache)
            .expect("the token cache")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "the token cache is its owner's only");
    }
    let grants = server.oauth_grants();
    assert_eq!(grants.len(), 1, "one sign-in");

    // Second run: the cached sign-in, no browser.
    outputs.push(pick_without_browser(&server, &args, &items[1].0).await);
    assert!(outputs[1].status.success(), "{}", stderr(&outputs[1]));

    // Third run, after the access token expired: refreshed without a prompt.
    let refreshes = server.oauth_grants()[0].refreshes;
    server.expire_access_tokens();
    outputs.push(pick_without_browser(&server, &args, &items[1].0).await);
    assert!(outputs[2].status.success(), "{}", stderr(&outputs[2]));
    assert!(
        server.oauth_grants()[0].refreshes > refreshes,
        "the expired token was refreshed"
    );

    // The other programs share the sign-in.
    let listed = support::examples::run("list_library", Some(server.base_url()), &signed_in).await;
    assert!(listed.status.success(), "{}", stderr(&listed));
    assert!(values(&stdout(&listed), "sign-in").is_empty());
    outputs.push(listed);
    let folder = TempDir::new("sign-in-upload");
    folder.file("beach.png", &support::png(4, 3, 90));
    let uploaded = support::examples::run(
        "upload_folder",
        Some(server.base_url()),
        &[&signed_in[..], &["--title", "Signed in", folder.str()]].concat(),
    )
    .await;
    assert!(uploaded.status.success(), "{}", stderr(&uploaded));
    assert!(values(&stdout(&uploaded), "sign-in").is_empty());
    assert_eq!(values(&stdout(&uploaded), "added"), ["1 of 1"]);
    assert_eq!(
        server.albums().len(),
        1,
        "the album, made with the shared sign-in"
    );
    outputs.push(uploaded);

    // After revocation: the typed "sign in again", its message, and the cache forgotten.
    server.revoke_grants();
    let revoked = Running::start("pick_photos", &args).finish().await;
    assert_clean_failure(&revoked, "sign in again");
    assert!(
        stderr(&revoked).contains("your sign-in was revoked or has expired"),
        "{}",
        stderr(&revoked)
    );
    assert!(!cache.exists(), "the refused sign-in was forgotten");
    outputs.push(revoked);

    let secrets = server.oauth_secrets();
    assert!(
        secrets.len() >= 5,
        "a client secret, a code, a verifier, access and refresh tokens: {}",
        secrets.len()
    );
    let recorded = format!("{:?}", server.requests());
    for secret in &secrets {
        for output in &outputs {
            assert!(
                !stdout(output).contains(secret.as_str()),
                "a secret on stdout"
            );
            assert!(
                !stderr(output).contains(secret.as_str()),
                "a secret on stderr"
            );
        }
        assert!(
            !recorded.contains(secret.as_str()),
            "a secret in the recorded requests"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_consent_without_the_read_scope_fails_before_any_call() {
    let Some(driver) = support::browser::driver().await else {
        return;
    };
    let (server, _) = emulator_with_library().await;
    let dir = TempDir::new("sign-in-unticked");
    let (secret, cache) = sign_in_files(&server, &dir);
    let base_url = server.base_url();
    let mut run = Running::start(
        "list_library",
        &[
            "--base-url",
            base_url,
            "--client-secret",
            &secret,
            "--token-cache",
            cache.to_str().unwrap(),
            "--no-browser",
        ],
    );
    let link = run.value("sign-in").await.expect("it asks to sign in");
    consent(
        &driver,
        &link,
        &[READ_SCOPE],
        Some("consent-page-unticked.png"),
    )
    .await;
    let output = run.finish().await;
    assert_clean_failure(&output, &format!("the user did not grant {READ_SCOPE}"));
    assert!(
        stderr(&output).contains("cannot work without"),
        "{}",
        stderr(&output)
    );
    assert!(
        server.requests().iter().all(|r| r.method_id.is_none()),
        "no API call was made"
    );
    assert!(!cache.exists(), "a sign-in without the scope is not kept");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn googles_sign_in_is_refused_for_the_emulator() {
    let server = Emulator::start().await.expect("the emulator starts");
    let dir = TempDir::new("sign-in-google-file");
    let google = dir.file(
        "client_secret.json",
        br#"{"installed":{"client_id":"1.apps.googleusercontent.com","client_secret":"GOCSPX-x",
            "auth_uri":"https://accounts.google.com/o/oauth2/auth",
            "token_uri":"https://oauth2.googleapis.com/token"}}"#,
    );
    let output = support::examples::run(
        "list_library",
        Some(server.base_url()),
        &["--client-secret", google.to_str().unwrap(), "--no-browser"],
    )
    .await;
    assert_clean_failure(
        &output,
        "signs in at https://oauth2.googleapis.com, not at the emulator",
    );
    assert!(
        values(&stdout(&output), "sign-in").is_empty(),
        "no sign-in began"
    );
    assert!(server.requests().is_empty(), "nothing reached the emulator");
}
