//! A response body that did not decode into the type its method answers with.

use std::fmt;

use super::Error;
use crate::http::StatusCode;

/// A response body that did not match the expected type.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct DecodeError {
    /// HTTP status of the response.
    pub status: StatusCode,
    /// JSON path of the value that failed, e.g. `mediaItems[3].mediaMetadata.width`.
    pub path: String,
    /// What serde reported.
    pub message: String,
    /// The start of the body, or the part around the failure, for diagnosis.
    pub excerpt: String,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "could not decode response (HTTP {}) at `{}`: {}; body: {}",
            self.status.as_u16(),
            self.path,
            self.message,
            self.excerpt
        )
    }
}

impl std::error::Error for DecodeError {}

const EXCERPT_CHARS: usize = 160;

/// Up to [`EXCERPT_CHARS`] characters of `body` around byte offset `around`, on character
/// boundaries, so arbitrary (even non-UTF-8) bytes never panic.
pub(crate) fn excerpt(body: &[u8], around: usize) -> String {
    let text = String::from_utf8_lossy(body);
    let around = around.min(text.len());
    let mut start = around.saturating_sub(EXCERPT_CHARS / 2);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut out: String = text[start..].chars().take(EXCERPT_CHARS).collect();
    let shown_end = start + out.len();
    if start > 0 {
        out.insert(0, '…');
    }
    if shown_end < text.len() {
        out.push('…');
    }
    out
}

/// Builds the error for a body that failed to decode. Non-generic so every response type
/// shares it.
pub(crate) fn decode_error(status: StatusCode, body: &[u8], err: &serde_json::Error) -> Error {
    // serde_json reports a 1-based line and column; map it back to a byte offset.
    let offset = body
        .split(|b| *b == b'\n')
        .take(err.line().saturating_sub(1))
        .map(|l| l.len() + 1)
        .sum::<usize>()
        + err.column();
    Error::Decode(Box::new(DecodeError {
        status,
        path: super::json_path::json_path_at(body, offset),
        message: err.to_string(),
        excerpt: excerpt(body, offset),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ::serde::Deserialize;

    #[test]
    fn excerpt_is_bounded_and_char_safe() {
        let body = "é".repeat(500);
        let ex = excerpt(body.as_bytes(), 301);
        assert!(ex.starts_with('…') && ex.ends_with('…'));
        assert!(ex.chars().count() <= EXCERPT_CHARS + 2);
        assert_eq!(excerpt(b"\xff\xfe{", 1), "\u{fffd}\u{fffd}{");
        assert_eq!(excerpt(b"short", 99), "short");
    }

    #[test]
    fn decode_error_names_the_path() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Item {
            width: i32,
        }
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct List {
            items: Vec<Item>,
        }
        let body = br#"{"items": [{"width": 1}, {"width": "wide"}]}"#;
        let err = serde_json::from_slice::<List>(body).unwrap_err();
        let e = decode_error(StatusCode::OK, body, &err);
        let text = e.to_string();
        assert!(text.contains("at `items[1].width`"), "{text}");
        assert!(text.contains("\"wide\""), "{text}");
        assert_eq!(e.status(), Some(StatusCode::OK));
        assert!(!e.is_retryable());
    }
}
