//! Reading the form bodies of the token and revocation endpoints, and answering them the way
//! Google's token endpoint answers: JSON `{"error": "…", "error_description": "…"}` (RFC 6749,
//! section 5.2), with `Cache-Control: no-store` on every answer since they carry tokens
//! (section 5.1).

use axum::body::Body;
use axum::http::{header, HeaderValue, Response, StatusCode};
use serde_json::{json, Value};

use crate::errors::json_response;
use crate::ids;
use crate::query;
use crate::server::Req;

/// The parameters of a request: its form body (whatever its content type says: a body that
/// is not a form simply has no fields) followed by its query.
pub(crate) struct Form(Vec<(String, String)>);

impl Form {
    pub(crate) fn of(req: &Req) -> Form {
        let body = String::from_utf8_lossy(&req.body);
        let mut pairs = query::pairs(&body);
        pairs.extend(req.query.iter().cloned());
        Form(pairs)
    }

    /// The first non-empty value of a field.
    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, v)| k == name && !v.is_empty())
            .map(|(_, v)| v.as_str())
    }

    /// Every value of a repeated field, in order.
    pub(crate) fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// Client credentials sent as HTTP Basic (RFC 6749, section 2.3.1: the id and secret each
/// form-encoded, then joined by `:`). `None` when there is no Basic header or it is garbled.
pub(crate) fn basic_credentials(req: &Req) -> Option<(String, String)> {
    let v = req.header("authorization")?;
    let (scheme, rest) = v.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let b64: String = rest
        .trim()
        .trim_end_matches('=')
        .chars()
        .map(|c| match c {
            '+' => '-',
            '/' => '_',
            c => c,
        })
        .collect();
    let raw = ids::b64url_decode(&b64)?;
    let text = String::from_utf8(raw).ok()?;
    let (id, secret) = text.split_once(':')?;
    Some((
        query::percent_decode(id, true),
        query::percent_decode(secret, true),
    ))
}

/// An error of the token or revocation endpoint.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct OAuthError {
    pub(crate) status: StatusCode,
    pub(crate) error: &'static str,
    pub(crate) description: String,
}

impl OAuthError {
    pub(crate) fn new(status: u16, error: &'static str, description: impl Into<String>) -> Self {
        OAuthError {
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST),
            error,
            description: description.into(),
        }
    }

    pub(crate) fn bad(error: &'static str, description: impl Into<String>) -> Self {
        OAuthError::new(400, error, description)
    }

    pub(crate) fn missing(name: &str) -> Self {
        OAuthError::bad(
            "invalid_request",
            format!("Missing required parameter: {name}"),
        )
    }

    pub(crate) fn into_response(self) -> Response<Body> {
        no_store(json_response(
            self.status,
            &json!({ "error": self.error, "error_description": self.description }),
        ))
    }
}

/// A successful JSON answer that must not be cached.
pub(crate) fn ok_json(body: &Value) -> Response<Body> {
    no_store(json_response(StatusCode::OK, body))
}

fn no_store(mut resp: Response<Body>) -> Response<Body> {
    let h = resp.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    resp
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::{HeaderMap, Method};

    fn req(body: &str, auth: Option<&str>) -> Req {
        let mut headers = HeaderMap::new();
        if let Some(a) = auth {
            headers.insert("authorization", a.parse().unwrap());
        }
        Req {
            method: Method::POST,
            path: "/token".into(),
            query: vec![("token".into(), "q".into())],
            headers,
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn form_then_query() {
        let f = Form::of(&req("a=1&a=2&b=&c=x%2By+z", None));
        assert_eq!(f.get("a"), Some("1"));
        assert_eq!(f.get("b"), None);
        assert_eq!(f.get("c"), Some("x+y z"));
        assert_eq!(f.get("token"), Some("q"));
        assert_eq!(Form::of(&req("\u{0}%%&=", None)).get("x"), None);
    }

    #[test]
    fn basic_auth() {
        // "my%20id:s%3Ac" in standard base64.
        let r = req("", Some("Basic bXklMjBpZDpzJTNBYw=="));
        assert_eq!(
            basic_credentials(&r),
            Some(("my id".to_owned(), "s:c".to_owned()))
        );
        assert_eq!(basic_credentials(&req("", Some("Basic !!!"))), None);
        assert_eq!(basic_credentials(&req("", Some("Bearer x"))), None);
        assert_eq!(basic_credentials(&req("", None)), None);
    }
}
