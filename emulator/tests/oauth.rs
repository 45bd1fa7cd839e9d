//! Signing in as a desktop app does, over HTTP and without a browser: the consent page, its
//! form, the redirect, the token and revocation endpoints, and API calls with the tokens.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{png, temp_dir};
use photos_emulator::{Builder, Emulator, SeedMediaItem};
use reqwest::header::HeaderMap;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

const AUTH: &str = "https://www.googleapis.com/auth/";
const APPEND: &str = "https://www.googleapis.com/auth/photoslibrary.appendonly";
const READ: &str = "https://www.googleapis.com/auth/photoslibrary.readonly.appcreateddata";
const PICKER: &str = "https://www.googleapis.com/auth/photospicker.mediaitems.readonly";
const REDIRECT: &str = "http://127.0.0.1:53682/oauth2callback";
// RFC 7636, appendix B.
const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const WRONG_VERIFIER: &str = "wrongwrongwrongwrongwrongwrongwrongwrongwrong";

struct Flow {
    server: Emulator,
    http: reqwest::Client,
}

struct Answer {
    status: u16,
    headers: HeaderMap,
    text: String,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or(Value::Null)
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The redirect's target and its query parameters.
    fn redirect(&self) -> (String, Vec<(String, String)>) {
        assert_eq!(self.status, 302, "{}", self.text);
        let loc = self.header("location").expect("a Location").to_owned();
        let (base, query) = loc.split_once('?').expect("a query");
        (base.to_owned(), pairs(query))
    }
}

fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter_map(|p| p.split_once('='))
        .map(|(k, v)| (decode(k), decode(v)))
        .collect()
}

fn param<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).expect("hex"));
                i += 2;
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8(out).expect("utf-8")
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn form(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// BASE64URL-NOPAD(SHA256(verifier)), written out here rather than taken from the emulator.
fn s256(verifier: &str) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let d = Sha256::digest(verifier.as_bytes());
    let mut out = String::new();
    for chunk in d.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn consent_id(page: &str) -> String {
    let marker = "name=\"consent_id\" value=\"";
    let start = page.find(marker).expect("a consent_id field") + marker.len();
    page[start..][..page[start..].find('"').unwrap()].to_owned()
}

impl Flow {
    async fn new() -> Flow {
        Flow::with(Emulator::builder()).await
    }

    async fn with(builder: Builder) -> Flow {
        let _ = rustls::crypto::ring::default_provider().install_default();
        Flow {
            server: builder.start().await.expect("emulator starts"),
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
        }
    }

    fn client_id(&self) -> String {
        self.server.oauth_client().client_id
    }

    fn secret(&self) -> String {
        self.server.oauth_client().client_secret
    }

    async fn answer(&self, req: reqwest::RequestBuilder) -> Answer {
        let resp = req.send().await.expect("request sent");
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let text = resp.text().await.expect("body read");
        Answer {
            status,
            headers,
            text,
        }
    }

    async fn authorize(&self, params: &[(&str, &str)]) -> Answer {
        let url = format!(
            "{}?{}",
            self.server.oauth_urls().authorization,
            form(params)
        );
        self.answer(self.http.get(url)).await
    }

    /// The consent page of a request with PKCE (S256 of [`VERIFIER`]) and this state.
    async fn consent_page(&self, scope: &str, state: &str) -> Answer {
        let client_id = self.client_id();
        let challenge = s256(VERIFIER);
        self.authorize(&[
            ("client_id", &client_id),
            ("redirect_uri", REDIRECT),
            ("response_type", "code"),
            ("scope", scope),
            ("state", state),
            ("code_challenge", &challenge),
            ("code_challenge_method", "S256"),
        ])
        .await
    }

    async fn post(&self, url: &str, body: String) -> Answer {
        self.answer(
            self.http
                .post(url)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body),
        )
        .await
    }

    async fn consent(&self, consent_id: &str, action: &str, ticked: &[&str]) -> Answer {
        let mut fields = vec![("consent_id", consent_id), ("action", action)];
        fields.extend(ticked.iter().map(|s| ("scope", *s)));
        let url = format!("{}/consent", self.server.oauth_urls().authorization);
        self.post(&url, form(&fields)).await
    }

    async fn token(&self, fields: &[(&str, &str)]) -> Answer {
        self.post(&self.server.oauth_urls().token, form(fields))
            .await
    }

    async fn exchange(&self, code: &str, verifier: &str) -> Answer {
        let (id, secret) = (self.client_id(), self.secret());
        self.token(&[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("client_id", &id),
            ("client_secret", &secret),
            ("redirect_uri", REDIRECT),
            ("code_verifier", verifier),
        ])
        .await
    }

    async fn refresh(&self, refresh_token: &str) -> Answer {
        let (id, secret) = (self.client_id(), self.secret());
        self.token(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh_token),
            ("client_id", &id),
            ("client_secret", &secret),
        ])
        .await
    }

    async fn revoke(&self, token: &str) -> Answer {
        self.post(&self.server.oauth_urls().revoke, form(&[("token", token)]))
            .await
    }

    async fn api(&self, method: reqwest::Method, path: &str, token: &str) -> Answer {
        let url = format!("{}{path}", self.server.base_url());
        let mut req = self.http.request(method.clone(), url).bearer_auth(token);
        if method == reqwest::Method::POST {
            req = req
                .header("content-type", "application/json")
                .body(json!({ "album": { "title": "t" } }).to_string());
        }
        self.answer(req).await
    }

    /// Signs in through the page, granting `ticked` of `scope`; returns the token answer.
    async fn sign_in(&self, scope: &str, ticked: &[&str]) -> Value {
        let page = self.consent_page(scope, "st").await;
        let (_, params) = self
            .consent(&consent_id(&page.text), "allow", ticked)
            .await
            .redirect();
        let answer = self
            .exchange(param(&params, "code").expect("a code"), VERIFIER)
            .await;
        assert_eq!(answer.status, 200, "{}", answer.text);
        answer.json()
    }
}

fn assert_oauth_error(a: &Answer, status: u16, error: &str, description: &str) {
    assert_eq!(a.status, status, "{}", a.text);
    assert_eq!(
        a.json(),
        json!({ "error": error, "error_description": description })
    );
}

#[tokio::test]
async fn client_secret_json_points_at_the_emulator() {
    let flow = Flow::new().await;
    let doc: Value = serde_json::from_str(&flow.server.client_secret_json()).unwrap();
    let installed = &doc["installed"];
    let urls = flow.server.oauth_urls();
    assert_eq!(
        installed["client_id"],
        "emulator-desktop.apps.googleusercontent.com"
    );
    assert_eq!(installed["auth_uri"], urls.authorization.as_str());
    assert_eq!(installed["token_uri"], urls.token.as_str());
    assert_eq!(installed["redirect_uris"], json!(["http://localhost"]));
    assert_eq!(installed["client_secret"], flow.secret().as_str());
    assert!(flow.secret().starts_with("GOCSPX-emulator-"));
    assert!(urls.authorization.starts_with(flow.server.base_url()));
    assert!(urls.authorization.ends_with("/o/oauth2/v2/auth"));
    assert!(urls.revoke.ends_with("/revoke"));
    let other = Emulator::start().await.unwrap();
    assert_ne!(
        other.oauth_client().client_secret,
        flow.secret(),
        "random per start"
    );
    let certs = flow
        .answer(
            flow.http
                .get(installed["auth_provider_x509_cert_url"].as_str().unwrap()),
        )
        .await;
    assert_eq!((certs.status, certs.json()), (200, json!({})));
}

#[tokio::test]
async fn granular_consent_code_exchange_refresh_and_revoke() {
    let flow = Flow::new().await;
    let scope = "openid photoslibrary.appendonly https://www.googleapis.com/auth/photoslibrary.readonly.appcreateddata";
    let page = flow.consent_page(scope, "state-123").await;
    assert_eq!(page.status, 200, "{}", page.text);
    assert_eq!(page.header("x-frame-options"), Some("DENY"));
    for text in [
        "Photos Emulator Demo",
        "photos.user@example.com",
        "Add to your Google Photos library",
        "Manage photos added by this app",
        "Associate you with your personal info on Google",
        "id=\"consent\"",
        "id=\"allow\"",
        "id=\"cancel\"",
        ">Emulator<",
    ] {
        assert!(page.text.contains(text), "page lacks {text}");
    }
    for (short, full) in [
        ("photoslibrary.appendonly", APPEND),
        ("photoslibrary.readonly.appcreateddata", READ),
    ] {
        let checkbox = format!(
            "type=\"checkbox\" name=\"scope\" value=\"{full}\" id=\"scope-{short}\" checked"
        );
        assert!(page.text.contains(&checkbox), "no {checkbox}");
    }
    assert_eq!(
        page.text
            .matches("type=\"checkbox\" name=\"scope\"")
            .count(),
        2,
        "openid is a Sign-In scope: no checkbox"
    );
    assert!(
        !page.text.contains(&s256(VERIFIER)),
        "the challenge stays on the server"
    );
    assert!(!page.text.contains("state-123"));

    // The user unticks the read scope.
    let answer = flow
        .consent(&consent_id(&page.text), "allow", &[APPEND])
        .await;
    let (target, params) = answer.redirect();
    assert_eq!(target, REDIRECT);
    assert_eq!(param(&params, "state"), Some("state-123"));
    assert_eq!(
        param(&params, "scope"),
        Some(format!("openid {APPEND}").as_str())
    );
    let code = param(&params, "code").expect("a code").to_owned();
    assert!(code.starts_with("4/"), "{code}");

    let wrong = flow.exchange(&code, WRONG_VERIFIER).await;
    assert_oauth_error(&wrong, 400, "invalid_grant", "Invalid code verifier.");
    let tokens = flow.exchange(&code, VERIFIER).await;
    assert_eq!(tokens.status, 200, "{}", tokens.text);
    assert_eq!(tokens.header("cache-control"), Some("no-store"));
    let tokens = tokens.json();
    assert_eq!(tokens["token_type"], "Bearer");
    assert_eq!(tokens["expires_in"], 3599);
    assert_eq!(tokens["scope"], format!("openid {APPEND}"));
    let access = tokens["access_token"].as_str().unwrap().to_owned();
    let refresh = tokens["refresh_token"].as_str().unwrap().to_owned();
    assert!(access.starts_with("ya29.") && refresh.starts_with("1//"));
    let again = flow.exchange(&code, VERIFIER).await;
    assert_oauth_error(&again, 400, "invalid_grant", "Bad Request");

    // The granted scope works, the one the user left out does not.
    let created = flow.api(reqwest::Method::POST, "v1/albums", &access).await;
    assert_eq!(created.status, 200, "{}", created.text);
    let listed = flow.api(reqwest::Method::GET, "v1/albums", &access).await;
    assert_eq!(listed.status, 403, "{}", listed.text);
    assert_eq!(
        listed.json(),
        json!({ "error": {
            "code": 403,
            "message": "Request had insufficient authentication scopes.",
            "errors": [{ "message": "Insufficient Permission", "domain": "global", "reason": "insufficientPermissions" }],
            "status": "PERMISSION_DENIED",
            "details": [{
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": "ACCESS_TOKEN_SCOPE_INSUFFICIENT",
                "domain": "googleapis.com",
                "metadata": { "service": "photoslibrary.googleapis.com", "method": "photoslibrary.albums.list" }
            }]
        }})
    );
    assert_eq!(
        listed.header("www-authenticate"),
        Some(format!("Bearer realm=\"https://accounts.google.com/\", error=insufficient_scope, scope=\"{READ}\"").as_str())
    );

    let refreshed = flow.refresh(&refresh).await;
    assert_eq!(refreshed.status, 200, "{}", refreshed.text);
    let refreshed = refreshed.json();
    assert!(refreshed.get("refresh_token").is_none(), "{refreshed}");
    assert_eq!(refreshed["scope"], format!("openid {APPEND}"));
    let access2 = refreshed["access_token"].as_str().unwrap().to_owned();
    assert_ne!(access2, access);
    let grants = flow.server.oauth_grants();
    assert_eq!(grants.len(), 1);
    assert_eq!(
        grants[0].scopes,
        vec!["openid".to_owned(), APPEND.to_owned()]
    );
    assert_eq!(
        (grants[0].access_tokens_issued, grants[0].refreshes),
        (2, 1)
    );
    assert!(!grants[0].revoked);

    // Revoking an access token revokes the grant, its refresh token included.
    assert_eq!(flow.revoke(&access2).await.status, 200);
    assert!(flow.server.oauth_grants()[0].revoked);
    let after = flow.refresh(&refresh).await;
    assert_oauth_error(
        &after,
        400,
        "invalid_grant",
        "Token has been expired or revoked.",
    );
    let call = flow.api(reqwest::Method::POST, "v1/albums", &access).await;
    assert_eq!(call.status, 401, "{}", call.text);
    assert_eq!(
        call.header("www-authenticate"),
        Some("Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"")
    );
    let twice = flow.revoke(&refresh).await;
    assert_oauth_error(&twice, 400, "invalid_token", "Token expired or revoked");

    let secrets = flow.server.oauth_secrets();
    for s in [&flow.secret(), &code, &access, &access2, &refresh] {
        assert!(secrets.contains(s), "oauth_secrets lacks one");
    }
    for v in [VERIFIER, WRONG_VERIFIER] {
        assert!(
            secrets.iter().any(|s| s == v),
            "oauth_secrets lacks a verifier"
        );
    }
    // Nothing the emulator recorded shows any of them.
    for r in flow.server.requests() {
        let mut seen = format!("{} {}?{} ", r.method, r.path, r.query);
        seen.push_str(&String::from_utf8_lossy(&r.body));
        for (name, value) in &r.headers {
            seen.push_str(&format!(
                " {name}: {}",
                String::from_utf8_lossy(value.as_bytes())
            ));
        }
        for s in &secrets {
            assert!(
                !seen.contains(s.as_str()),
                "a secret is recorded in: {seen}"
            );
            assert!(
                !seen.contains(&encode(s)),
                "an encoded secret is recorded in: {seen}"
            );
        }
        assert!(!seen.contains("state-123"), "{seen}");
    }
    let token_requests: Vec<_> = flow
        .server
        .requests()
        .into_iter()
        .filter(|r| r.path == "/token")
        .collect();
    assert!(String::from_utf8_lossy(&token_requests[0].body).contains("code_verifier=<redacted>"));
}

#[tokio::test]
async fn one_scope_has_no_checkboxes_and_cancel_denies() {
    let flow = Flow::new().await;
    let page = flow.consent_page("photoslibrary.appendonly", "s1").await;
    assert_eq!(page.status, 200);
    assert!(page.text.contains("Add to your Google Photos library"));
    assert!(
        !page.text.contains("type=\"checkbox\""),
        "no checkbox for one scope"
    );
    let id = consent_id(&page.text);
    let (target, params) = flow.consent(&id, "cancel", &[]).await.redirect();
    assert_eq!(target, REDIRECT);
    assert_eq!(
        params,
        vec![
            ("error".to_owned(), "access_denied".to_owned()),
            ("state".to_owned(), "s1".to_owned())
        ]
    );
    let reused = flow.consent(&id, "allow", &[]).await;
    assert_eq!(reused.status, 400);
    assert!(reused.header("location").is_none());

    // With one scope there is nothing to untick: Allow grants it.
    let page = flow.consent_page("photoslibrary.appendonly", "s2").await;
    let (_, params) = flow
        .consent(&consent_id(&page.text), "allow", &[])
        .await
        .redirect();
    assert_eq!(param(&params, "scope"), Some(APPEND));
}

#[tokio::test]
async fn allow_with_every_box_unticked_is_access_denied() {
    let flow = Flow::new().await;
    let page = flow
        .consent_page(
            "photoslibrary.appendonly photospicker.mediaitems.readonly",
            "s",
        )
        .await;
    let id = consent_id(&page.text);
    let (_, params) = flow.consent(&id, "allow", &[]).await.redirect();
    assert_eq!(param(&params, "error"), Some("access_denied"));
    assert_eq!(param(&params, "code"), None);
    assert!(flow.server.oauth_grants().is_empty());
}

#[tokio::test]
async fn refused_requests_get_an_error_page_and_no_redirect() {
    let flow = Flow::new().await;
    let id = flow.client_id();
    // The parameters of a good request with one of them replaced (or, with "", left out).
    let request = |name: &str, value: &str| -> Vec<(String, String)> {
        [
            ("client_id", id.as_str()),
            ("redirect_uri", REDIRECT),
            ("response_type", "code"),
            ("scope", "photoslibrary.appendonly"),
            ("code_challenge_method", "S256"),
            ("code_challenge", &s256(VERIFIER)),
        ]
        .iter()
        .map(|(k, v)| {
            (
                k.to_string(),
                if *k == name { value } else { *v }.to_owned(),
            )
        })
        .filter(|(_, v)| !v.is_empty())
        .collect()
    };
    let cases = [
        (
            request("redirect_uri", "https://example.com/cb"),
            400,
            "redirect_uri_mismatch",
        ),
        (
            request("redirect_uri", "http://192.168.1.2:8080"),
            400,
            "redirect_uri_mismatch",
        ),
        (
            request("redirect_uri", "http://localhost.example.com:8080/"),
            400,
            "redirect_uri_mismatch",
        ),
        (
            request("redirect_uri", "urn:ietf:wg:oauth:2.0:oob"),
            400,
            "invalid_request",
        ),
        (
            request("client_id", "nope.apps.googleusercontent.com"),
            401,
            "invalid_client",
        ),
        (request("response_type", ""), 400, "invalid_request"),
        (
            request("response_type", "token"),
            400,
            "unsupported_response_type",
        ),
        (request("scope", ""), 400, "invalid_request"),
        (request("scope", "drive"), 400, "invalid_scope"),
        (
            request("code_challenge_method", "S512"),
            400,
            "invalid_request",
        ),
    ];
    for (params, status, error) in cases {
        let borrowed: Vec<(&str, &str)> = params
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let a = flow.authorize(&borrowed).await;
        assert_eq!(a.status, status, "{params:?}: {}", a.text);
        assert!(a.header("location").is_none(), "{params:?} redirected");
        assert!(
            a.text.contains(&format!("data-error=\"{error}\"")),
            "{params:?}: {}",
            a.text
        );
        assert!(a.text.contains(&format!("Error {status}: {error}")));
    }
    let oob = flow
        .authorize(&[
            ("client_id", &id),
            ("redirect_uri", "urn:ietf:wg:oauth:2.0:oob"),
            ("response_type", "code"),
            ("scope", "openid"),
        ])
        .await;
    assert!(oob.text.contains("out-of-band (OOB) flow has been blocked"));
    // Loopback addresses in all three forms are fine, with or without a port.
    for ok in [
        "http://[::1]:8080/cb",
        "http://localhost:1234",
        "http://localhost",
        "http://127.0.0.1:9/x?y=1",
    ] {
        let a = flow
            .authorize(&[
                ("client_id", &id),
                ("redirect_uri", ok),
                ("response_type", "code"),
                ("scope", "openid"),
            ])
            .await;
        assert_eq!(a.status, 200, "{ok}: {}", a.text);
    }
}

#[tokio::test]
async fn token_endpoint_errors_and_basic_auth() {
    let flow = Flow::new().await;
    let (id, secret) = (flow.client_id(), flow.secret());
    let unsupported = flow.token(&[("grant_type", "password")]).await;
    assert_oauth_error(
        &unsupported,
        400,
        "unsupported_grant_type",
        "Invalid grant_type: password",
    );
    let garbage = flow
        .post(&flow.server.oauth_urls().token, "\u{0}{not a form".into())
        .await;
    assert_oauth_error(
        &garbage,
        400,
        "unsupported_grant_type",
        "Invalid grant_type: ",
    );
    let no_client = flow
        .token(&[("grant_type", "refresh_token"), ("refresh_token", "x")])
        .await;
    assert_oauth_error(
        &no_client,
        400,
        "invalid_request",
        "Could not determine client ID from request.",
    );
    let unknown = flow
        .token(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", "x"),
            ("client_id", "other"),
            ("client_secret", &secret),
        ])
        .await;
    assert_oauth_error(
        &unknown,
        401,
        "invalid_client",
        "The OAuth client was not found.",
    );
    let no_secret = flow
        .token(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", "x"),
            ("client_id", &id),
        ])
        .await;
    assert_oauth_error(
        &no_secret,
        400,
        "invalid_request",
        "client_secret is missing.",
    );
    let wrong_secret = flow
        .token(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", "x"),
            ("client_id", &id),
            ("client_secret", "GOCSPX-wrong"),
        ])
        .await;
    assert_oauth_error(&wrong_secret, 401, "invalid_client", "Unauthorized");
    let malformed = flow.exchange("4/0Anever-issued", VERIFIER).await;
    assert_oauth_error(&malformed, 400, "invalid_grant", "Malformed auth code.");

    let page = flow.consent_page("photoslibrary.appendonly", "s").await;
    let (_, params) = flow
        .consent(&consent_id(&page.text), "allow", &[])
        .await
        .redirect();
    let code = param(&params, "code").unwrap().to_owned();
    let other_redirect = flow
        .token(&[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("client_id", &id),
            ("client_secret", &secret),
            ("redirect_uri", "http://127.0.0.1:1/"),
            ("code_verifier", VERIFIER),
        ])
        .await;
    assert_oauth_error(&other_redirect, 400, "redirect_uri_mismatch", "Bad Request");
    let no_verifier = flow
        .token(&[
            ("grant_type", "authorization_code"),
            ("code", &code),
            ("client_id", &id),
            ("client_secret", &secret),
            ("redirect_uri", REDIRECT),
        ])
        .await;
    assert_oauth_error(&no_verifier, 400, "invalid_grant", "Missing code verifier.");
    // Client credentials as HTTP Basic.
    let basic = flow
        .answer(
            flow.http
                .post(flow.server.oauth_urls().token)
                .basic_auth(encode(&id), Some(encode(&secret)))
                .header("content-type", "application/x-www-form-urlencoded")
                .body(form(&[
                    ("grant_type", "authorization_code"),
                    ("code", &code),
                    ("redirect_uri", REDIRECT),
                    ("code_verifier", VERIFIER),
                ])),
        )
        .await;
    assert_eq!(basic.status, 200, "{}", basic.text);
    let recorded = flow.server.requests().into_iter().last().unwrap();
    assert_eq!(recorded.header("authorization"), Some("<redacted>"));

    // A code lives ten minutes on the emulator's clock.
    let page = flow.consent_page("photoslibrary.appendonly", "s").await;
    let (_, params) = flow
        .consent(&consent_id(&page.text), "allow", &[])
        .await
        .redirect();
    flow.server.clock().advance(Duration::from_secs(601));
    let late = flow
        .exchange(param(&params, "code").unwrap(), VERIFIER)
        .await;
    assert_oauth_error(&late, 400, "invalid_grant", "Bad Request");

    // A code asked for without PKCE takes no verifier.
    let plain = flow
        .authorize(&[
            ("client_id", &id),
            ("redirect_uri", REDIRECT),
            ("response_type", "code"),
            ("scope", "openid"),
        ])
        .await;
    let (_, params) = flow
        .consent(&consent_id(&plain.text), "allow", &[])
        .await
        .redirect();
    let extra = flow
        .exchange(param(&params, "code").unwrap(), VERIFIER)
        .await;
    assert_oauth_error(
        &extra,
        400,
        "invalid_grant",
        "code_verifier or verifier is not needed.",
    );

    let no_token = flow
        .post(&flow.server.oauth_urls().revoke, String::new())
        .await;
    assert_oauth_error(
        &no_token,
        400,
        "invalid_request",
        "Missing required parameter: token",
    );
    let unknown_token = flow
        .answer(flow.http.post(format!(
            "{}?token=ya29.unknown",
            flow.server.oauth_urls().revoke
        )))
        .await;
    assert_oauth_error(
        &unknown_token,
        400,
        "invalid_token",
        "Token expired or revoked",
    );
}

#[tokio::test]
async fn expired_tokens_get_401_and_a_refresh_fixes_them() {
    let flow = Flow::with(Emulator::builder().access_token_lifetime(Duration::from_secs(60))).await;
    let tokens = flow
        .sign_in("photoslibrary.readonly.appcreateddata", &[])
        .await;
    assert_eq!(tokens["expires_in"], 60);
    let access = tokens["access_token"].as_str().unwrap();
    assert_eq!(
        flow.api(reqwest::Method::GET, "v1/albums", access)
            .await
            .status,
        200
    );
    flow.server.clock().advance(Duration::from_secs(61));
    let expired = flow.api(reqwest::Method::GET, "v1/albums", access).await;
    assert_eq!(expired.status, 401, "{}", expired.text);
    let body = expired.json();
    assert_eq!(body["error"]["status"], "UNAUTHENTICATED");
    assert!(body["error"]["message"].as_str().unwrap().starts_with(
        "Request had invalid authentication credentials. Expected OAuth 2 access token"
    ));
    assert_eq!(body["error"]["errors"][0]["reason"], "authError");
    assert_eq!(
        body["error"]["details"][0]["reason"],
        "ACCESS_TOKEN_EXPIRED"
    );
    assert_eq!(
        expired.header("www-authenticate"),
        Some("Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"")
    );
    let fresh = flow
        .refresh(tokens["refresh_token"].as_str().unwrap())
        .await
        .json();
    let fresh = fresh["access_token"].as_str().unwrap();
    assert_eq!(
        flow.api(reqwest::Method::GET, "v1/albums", fresh)
            .await
            .status,
        200
    );
    flow.server.expire_access_tokens();
    assert_eq!(
        flow.api(reqwest::Method::GET, "v1/albums", fresh)
            .await
            .status,
        401
    );
}

#[tokio::test]
async fn test_hooks_mint_and_revoke_without_a_browser() {
    let flow = Flow::with(Emulator::builder().issued_tokens_only(true)).await;
    let issued = flow
        .server
        .issue_token(&["photoslibrary.appendonly", PICKER]);
    assert_eq!(issued.scope, format!("{APPEND} {PICKER}"));
    assert_eq!(issued.expires_in, Duration::from_secs(3599));
    assert!(!format!("{issued:?}").contains(&issued.access_token));
    let other = flow
        .api(reqwest::Method::POST, "v1/albums", "test-token")
        .await;
    assert_eq!(other.status, 401, "only issued tokens: {}", other.text);
    let ok = flow
        .api(reqwest::Method::POST, "v1/albums", &issued.access_token)
        .await;
    assert_eq!(ok.status, 200, "{}", ok.text);
    let recorded = flow.server.requests().into_iter().last().unwrap();
    assert_eq!(recorded.header("authorization"), Some("Bearer <redacted>"));
    flow.server.revoke_grants();
    assert_eq!(
        flow.api(reqwest::Method::POST, "v1/albums", &issued.access_token)
            .await
            .status,
        401
    );
    let refresh = flow.refresh(&issued.refresh_token).await;
    assert_oauth_error(
        &refresh,
        400,
        "invalid_grant",
        "Token has been expired or revoked.",
    );
    let grants = flow.server.oauth_grants();
    assert_eq!(grants.len(), 1);
    assert!(grants[0].revoked);
    assert_eq!(
        grants[0].client_id,
        "emulator-desktop.apps.googleusercontent.com"
    );
}

#[tokio::test]
async fn picker_base_urls_check_issued_tokens_too() {
    let flow = Flow::new().await;
    let picker = flow.server.issue_token(&[PICKER]).access_token;
    let library = flow.server.issue_token(&[READ]).access_token;
    let item = flow.server.seed_media_item(SeedMediaItem {
        bytes: png(3, 3),
        ..SeedMediaItem::new("a.png", "image/png")
    });
    let url = format!("{}v1/sessions", flow.server.picker_url());
    let session = flow
        .answer(
            flow.http
                .post(url)
                .bearer_auth(&picker)
                .header("content-type", "application/json")
                .body("{}"),
        )
        .await;
    assert_eq!(session.status, 200, "{}", session.text);
    let id = session.json()["id"].as_str().unwrap().to_owned();
    flow.server.pick(&id, &[&item]).unwrap();
    let listed = flow
        .answer(
            flow.http
                .get(format!(
                    "{}v1/mediaItems?sessionId={id}",
                    flow.server.picker_url()
                ))
                .bearer_auth(&picker),
        )
        .await;
    let base = listed.json()["mediaItems"][0]["mediaFile"]["baseUrl"]
        .as_str()
        .unwrap()
        .to_owned();
    let fetch = |token: String| flow.answer(flow.http.get(format!("{base}=d")).bearer_auth(token));
    assert_eq!(fetch(picker.clone()).await.status, 200);
    let wrong = fetch(library.clone()).await;
    assert_eq!(wrong.status, 403, "{}", wrong.text);
    assert_eq!(
        wrong.json()["error"]["details"][0]["metadata"],
        json!({ "service": "photospicker.googleapis.com", "method": "photospicker.baseUrl" })
    );
    assert_eq!(
        wrong.header("www-authenticate"),
        Some(format!("Bearer realm=\"https://accounts.google.com/\", error=insufficient_scope, scope=\"{PICKER}\"").as_str())
    );
    flow.server.expire_access_tokens();
    assert_eq!(fetch(picker).await.status, 401);
}

#[tokio::test]
async fn strict_scope_tokens_get_googles_403() {
    let flow = Flow::with(Emulator::builder().strict_scopes(true)).await;
    let denied = flow
        .api(
            reqwest::Method::GET,
            "v1/albums",
            "scopes:photoslibrary.appendonly",
        )
        .await;
    assert_eq!(denied.status, 403);
    let body = denied.json();
    assert_eq!(
        body["error"]["message"],
        "Request had insufficient authentication scopes."
    );
    assert_eq!(
        body["error"]["errors"][0]["reason"],
        "insufficientPermissions"
    );
    assert_eq!(
        body["error"]["details"][0]["reason"],
        "ACCESS_TOKEN_SCOPE_INSUFFICIENT"
    );
    assert!(denied
        .header("www-authenticate")
        .is_some_and(|h| h.contains(&format!(
            "scope=\"{AUTH}photoslibrary.readonly.appcreateddata\""
        ))));
}

#[tokio::test]
async fn include_granted_scopes_and_prompt_none() {
    let flow = Flow::new().await;
    flow.sign_in("photoslibrary.appendonly", &[]).await;
    let id = flow.client_id();
    let none = flow
        .authorize(&[
            ("client_id", &id),
            ("redirect_uri", REDIRECT),
            ("response_type", "code"),
            ("scope", READ),
            ("prompt", "none"),
            ("state", "q"),
        ])
        .await;
    let (_, params) = none.redirect();
    assert_eq!(param(&params, "error"), Some("consent_required"));
    let page = flow
        .authorize(&[
            ("client_id", &id),
            ("redirect_uri", REDIRECT),
            ("response_type", "code"),
            ("scope", READ),
            ("include_granted_scopes", "true"),
        ])
        .await;
    let (_, params) = flow
        .consent(&consent_id(&page.text), "allow", &[])
        .await
        .redirect();
    assert_eq!(
        param(&params, "scope"),
        Some(format!("{APPEND} {READ}").as_str())
    );
    let silent = flow
        .authorize(&[
            ("client_id", &id),
            ("redirect_uri", REDIRECT),
            ("response_type", "code"),
            ("scope", APPEND),
            ("prompt", "none"),
        ])
        .await;
    let (_, params) = silent.redirect();
    assert!(param(&params, "code").is_some(), "{params:?}");
}

#[tokio::test]
async fn another_client_and_its_app_name() {
    let flow = Flow::with(Emulator::builder().oauth_client(
        "1234-abc.apps.googleusercontent.com",
        "GOCSPX-given",
        "Holiday Uploader",
    ))
    .await;
    let page = flow.consent_page("photoslibrary.appendonly", "s").await;
    assert!(page.text.contains("Holiday Uploader"), "{}", page.text);
    let (_, params) = flow
        .consent(&consent_id(&page.text), "allow", &[])
        .await
        .redirect();
    let tokens = flow
        .exchange(param(&params, "code").unwrap(), VERIFIER)
        .await;
    assert_eq!(tokens.status, 200, "{}", tokens.text);
    assert!(flow
        .server
        .oauth_secrets()
        .contains(&"GOCSPX-given".to_owned()));
    assert!(!format!("{:?}", flow.server.oauth_client()).contains("GOCSPX-given"));
}

#[test]
fn binary_prints_the_oauth_url_and_writes_client_secret_json() {
    let dir = temp_dir("oauth-bin");
    let file = dir.join("client_secret.json");
    let mut child = Command::new(env!("CARGO_BIN_EXE_photos-emulator"))
        .args([
            "--port",
            "0",
            "--issued-tokens-only",
            "--access-token-lifetime",
            "30",
            "--client-secret-out",
        ])
        .arg(&file)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut lines = Vec::new();
    for _ in 0..3 {
        let mut line = String::new();
        out.read_line(&mut line).unwrap();
        lines.push(line.trim_end().to_owned());
    }
    let text = std::fs::read_to_string(&file);
    child.kill().ok();
    child.wait().ok();
    let base = &lines[0];
    assert!(
        base.starts_with("http://127.0.0.1:") && base.ends_with('/'),
        "{lines:?}"
    );
    assert_eq!(lines[1], format!("picker {base}picker/"));
    assert_eq!(lines[2], format!("oauth {base}o/oauth2/v2/auth"));
    let doc: Value = serde_json::from_str(&text.expect("the file is written")).unwrap();
    assert_eq!(doc["installed"]["token_uri"], format!("{base}token"));
    assert!(doc["installed"]["client_secret"]
        .as_str()
        .unwrap()
        .starts_with("GOCSPX-emulator-"));
    std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test]
async fn garbage_never_breaks_the_oauth_endpoints() {
    let flow = Flow::new().await;
    let urls = flow.server.oauth_urls();
    let consent = format!("{}/consent", urls.authorization);
    let bodies = [
        "",
        "%",
        "%ZZ=%ZZ&&&==",
        "\u{0}\u{1}\u{ff}",
        "{\"grant_type\":\"authorization_code\"}",
        "grant_type=authorization_code&code=%E2%28%A1",
        "grant_type=refresh_token&refresh_token=&client_id=&client_secret=",
        "action=allow&consent_id=%00",
    ];
    for url in [&urls.token, &urls.revoke, &consent] {
        for body in bodies {
            let a = flow.post(url, body.to_owned()).await;
            assert!(
                (400..500).contains(&a.status),
                "{url} {body:?} -> {}",
                a.status
            );
        }
        let basic = flow
            .answer(
                flow.http
                    .post(url.as_str())
                    .header("authorization", "Basic ====")
                    .body("grant_type=refresh_token"),
            )
            .await;
        assert!(
            (400..500).contains(&basic.status),
            "{url} -> {}",
            basic.status
        );
    }
    for query in [
        "",
        "client_id",
        "client_id=%FF&redirect_uri=%",
        "redirect_uri=http://[::1&client_id=x",
        "scope=%00&response_type=code&client_id=emulator-desktop.apps.googleusercontent.com&redirect_uri=http://127.0.0.1:1/",
        "prompt=none+consent&scope=openid&response_type=code&client_id=emulator-desktop.apps.googleusercontent.com&redirect_uri=http://127.0.0.1:1/",
    ] {
        let a = flow
            .answer(flow.http.get(format!("{}?{query}", urls.authorization)))
            .await;
        assert!((400..500).contains(&a.status), "{query} -> {}", a.status);
        assert!(a.header("location").is_none(), "{query} redirected");
    }
    for (method, url) in [
        ("GET", &urls.token),
        ("PUT", &urls.revoke),
        ("DELETE", &urls.authorization),
    ] {
        let a = flow
            .answer(flow.http.request(method.parse().unwrap(), url.as_str()))
            .await;
        assert_eq!(a.status, 404, "{method} {url}");
    }
    // Still working afterwards.
    let tokens = flow.sign_in("photoslibrary.appendonly", &[]).await;
    assert!(tokens["access_token"].is_string());
}
