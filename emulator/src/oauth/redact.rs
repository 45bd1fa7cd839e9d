//! Keeping secrets out of what the emulator records and logs.
//!
//! The request log ([`crate::Emulator::requests`], and stderr with `log_requests`) is for
//! tests to read, and tests print what they read. So for the OAuth endpoints it keeps the
//! names of form fields and query parameters but not their values (a code, a verifier, a
//! client secret, a token), and drops an `Authorization` header (HTTP Basic carries the
//! secret); on the authorization endpoint, whose query is otherwise worth reading, the
//! values of `code`, `state` and `code_challenge` go. On API calls, a bearer token the
//! emulator issued is replaced, in the header and in the `access_token`/`oauth_token` query
//! parameters; any other token stays, since tests check what a client sent.

use axum::http::{HeaderMap, HeaderValue};

use super::store::OAuthStore;
use super::{AUTH_PATH, CONSENT_PATH, REVOKE_PATH, TOKEN_PATH};

pub(crate) const REDACTED: &str = "<redacted>";

/// Every value of a form or query string replaced; a part that is no `name=value` pair is
/// replaced whole.
fn all_values(s: &str) -> String {
    s.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, _)) => format!("{k}={REDACTED}"),
            None => REDACTED.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// The values of the parameters `hide` approves replaced.
fn some_values(s: &str, hide: impl Fn(&str, &str) -> bool) -> String {
    s.split('&')
        .map(|p| match p.split_once('=') {
            Some((k, v)) => {
                let name = crate::query::percent_decode(k, true);
                let value = crate::query::percent_decode(v, true);
                if hide(&name, &value) {
                    format!("{k}={REDACTED}")
                } else {
                    p.to_owned()
                }
            }
            None => p.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// The query, headers and body to record for a request.
pub(crate) fn for_record(
    store: &OAuthStore,
    path: &str,
    query: &str,
    headers: &HeaderMap,
    body: &[u8],
) -> (String, HeaderMap, Vec<u8>) {
    let mut headers = headers.clone();
    if [TOKEN_PATH, REVOKE_PATH, CONSENT_PATH].contains(&path) {
        if headers.contains_key("authorization") {
            headers.insert("authorization", HeaderValue::from_static(REDACTED));
        }
        let body = all_values(&String::from_utf8_lossy(body)).into_bytes();
        return (all_values(query), headers, body);
    }
    if path == AUTH_PATH {
        let q = some_values(query, |k, _| {
            matches!(k, "code" | "state" | "code_challenge")
        });
        return (q, headers, body.to_vec());
    }
    let bearer = crate::auth::token(&headers, &[]).is_some_and(|t| store.knows(t));
    if bearer {
        headers.insert(
            "authorization",
            HeaderValue::from_static("Bearer <redacted>"),
        );
    }
    let q = some_values(query, |k, v| {
        matches!(k, "access_token" | "oauth_token") && store.knows(v)
    });
    (q, headers, body.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oauth::random::Random;
    use std::time::{Duration, SystemTime};

    #[test]
    fn oauth_endpoints_keep_names_only() {
        let store = OAuthStore::new(Random::new());
        let mut h = HeaderMap::new();
        h.insert("authorization", "Basic c2VjcmV0".parse().unwrap());
        let (q, h2, b) = for_record(
            &store,
            "/token",
            "x=1",
            &h,
            b"code=4%2F0A&client_secret=s&junk",
        );
        assert_eq!(q, "x=<redacted>");
        assert_eq!(h2["authorization"], "<redacted>");
        assert_eq!(
            String::from_utf8(b).unwrap(),
            "code=<redacted>&client_secret=<redacted>&<redacted>"
        );
        let (q, _, _) = for_record(
            &store,
            "/o/oauth2/v2/auth",
            "client_id=c&state=s&code_challenge=x&scope=a+b",
            &HeaderMap::new(),
            b"",
        );
        assert_eq!(
            q,
            "client_id=c&state=<redacted>&code_challenge=<redacted>&scope=a+b"
        );
    }

    #[test]
    fn issued_bearer_tokens_are_hidden_others_kept() {
        let mut store = OAuthStore::new(Random::new());
        let (g, _) = store.new_grant("c", vec![]);
        let t = store.issue_access(g, SystemTime::now() + Duration::from_secs(9), false);
        let mut h = HeaderMap::new();
        h.insert("authorization", format!("Bearer {t}").parse().unwrap());
        let (q, h2, _) = for_record(
            &store,
            "/v1/albums",
            &format!("access_token={t}&pageSize=2"),
            &h,
            b"",
        );
        assert_eq!(h2["authorization"], "Bearer <redacted>");
        assert_eq!(q, "access_token=<redacted>&pageSize=2");
        h.insert("authorization", "Bearer tok".parse().unwrap());
        let (q, h2, _) = for_record(&store, "/v1/albums", "access_token=abc", &h, b"");
        assert_eq!(h2["authorization"], "Bearer tok");
        assert_eq!(q, "access_token=abc");
    }
}
