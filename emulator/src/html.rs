//! What every page the emulator serves to a browser shares: escaping and the response headers.
//!
//! Both pages stand in for Google pages a user must be able to trust (the picker, the
//! sign-in consent screen), so neither may be framed by another site: Google says the
//! `pickerUri` "cannot be opened in an iframe due to security reasons"
//! (<https://developers.google.com/photos/picker/reference/rest/v1/sessions>), and a framed
//! consent screen is the classic clickjacking target. Pages are never cached, since each one
//! shows state (a session, a pending sign-in) that changes.

use axum::body::Body;
use axum::http::{header, HeaderValue, Response, StatusCode};

/// An HTML answer that no other site may frame and no cache may keep.
pub(crate) fn page(status: StatusCode, body: &str) -> Response<Body> {
    let mut resp = Response::new(Body::from(body.to_owned()));
    *resp.status_mut() = status;
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("frame-ancestors 'none'"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}

/// Escapes text for HTML content and double-quoted attribute values.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(
            esc(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn pages_cannot_be_framed() {
        let r = page(StatusCode::OK, "<p>x</p>");
        assert_eq!(r.headers()[header::X_FRAME_OPTIONS], "DENY");
        assert_eq!(r.headers()[header::CACHE_CONTROL], "no-store");
    }
}
