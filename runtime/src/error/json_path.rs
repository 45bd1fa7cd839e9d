//! The JSON path of a byte offset in a document (`mediaItems[3].mediaMetadata.width`), found
//! by reading the text itself.
//!
//! A decode error names where it failed. Tracking the path while decoding
//! (`serde_path_to_error`) means a second, wrapped instantiation of every response type's
//! `Deserialize`: about as much compiled code again as the decoding itself. serde_json's
//! error already says where it stopped (line and column); walking the body's text up to
//! that point with the stack of open objects and arrays gives the same path, with one
//! function compiled once for every API.

/// One open container, and where in it the walk stands.
enum Frame {
    /// An object, and the key whose value is being read (if one has been read).
    Object {
        key: Option<String>,
        expect_key: bool,
    },
    /// An array, and the index of the element being read.
    Array { index: usize },
}

/// The path of the value that `body[..offset]` ends in (or, right after a closed container,
/// of that container), as `a.b[2].c`; `.` for the document itself.
pub(crate) fn json_path_at(body: &[u8], offset: usize) -> String {
    let body = &body[..offset.min(body.len())];
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < body.len() {
        match body[i] {
            b'{' => stack.push(Frame::Object {
                key: None,
                expect_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b':' => {
                if let Some(Frame::Object { expect_key, .. }) = stack.last_mut() {
                    *expect_key = false;
                }
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { expect_key, .. }) => *expect_key = true,
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            b'"' => {
                let (end, closed) = string_end(body, i);
                if let Some(Frame::Object { key, expect_key }) = stack.last_mut() {
                    // A key cut off by the offset is not yet the key being read.
                    if *expect_key && closed {
                        *key = Some(decode_key(&body[i..end]));
                    }
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    render(&stack)
}

/// The index just past the string starting at `start`, and whether it closes before the
/// end of `body`.
fn string_end(body: &[u8], start: usize) -> (usize, bool) {
    let mut i = start + 1;
    while i < body.len() {
        match body[i] {
            b'\\' => i += 2,
            b'"' => return (i + 1, true),
            _ => i += 1,
        }
    }
    (body.len(), false)
}

/// A key as text, escapes decoded (as written if they do not decode).
fn decode_key(quoted: &[u8]) -> String {
    serde_json::from_slice::<String>(quoted).unwrap_or_else(|_| {
        let inner = quoted
            .get(1..quoted.len().saturating_sub(1))
            .unwrap_or_default();
        String::from_utf8_lossy(inner).into_owned()
    })
}

fn render(stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    /// The offset serde_json reports for a failed decode of `T`, as the runtime computes it.
    fn failure_offset<T: for<'de> Deserialize<'de>>(body: &str) -> usize {
        let err = serde_json::from_str::<T>(body)
            .err()
            .expect("the decode fails");
        body.split('\n')
            .take(err.line().saturating_sub(1))
            .map(|l| l.len() + 1)
            .sum::<usize>()
            + err.column()
    }

    /// Where `serde_path_to_error` would say `T` failed, for comparison.
    fn tracked_path<T: for<'de> Deserialize<'de>>(body: &str) -> String {
        let mut de = serde_json::Deserializer::from_str(body);
        serde_path_to_error::deserialize::<_, T>(&mut de)
            .err()
            .expect("the decode fails")
            .path()
            .to_string()
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Metadata {
        width: i64,
        #[serde(default)]
        tags: Vec<String>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    #[serde(rename_all = "camelCase")]
    struct Item {
        id: String,
        media_metadata: Option<Metadata>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    #[serde(rename_all = "camelCase")]
    struct Page {
        media_items: Vec<Item>,
        next_page_token: Option<String>,
    }

    #[test]
    fn the_path_of_a_failure_is_the_one_a_tracking_decoder_reports() {
        let cases = [
            // A wrong type deep inside, after siblings and nested arrays.
            r#"{"mediaItems": [{"id": "a"}, {"id": "b", "mediaMetadata": {"tags": ["x", "y"], "width": "wide"}}]}"#,
            // A missing field: the path of the object that lacks it.
            r#"{"mediaItems": [{"id": "a"}, {"mediaMetadata": null}]}"#,
            // Keys with escapes and strings holding brackets, commas and quotes.
            "{\"next\\u0050ageToken\": \"a,]}\\\"[\", \"mediaItems\": [{\"id\": 7}]}",
            // A wrong type at the top.
            r#"{"mediaItems": {"id": "a"}}"#,
            "[1, 2]",
            // Multi-line bodies: line and column map back to the offset.
            "{\n  \"mediaItems\": [\n    {\"id\": \"a\",\n     \"mediaMetadata\": {\"width\": true}}\n  ]\n}",
        ];
        for body in cases {
            let ours = json_path_at(body.as_bytes(), failure_offset::<Page>(body));
            assert_eq!(ours, tracked_path::<Page>(body), "{body}");
        }
    }

    #[test]
    fn paths_render_like_serde_path_to_error() {
        let body = br#"{"a": {"b": [0, 1, {"c": "#;
        assert_eq!(json_path_at(body, body.len()), "a.b[2].c");
        assert_eq!(json_path_at(b"", 0), ".");
        assert_eq!(json_path_at(b"{\"cut", 5), ".");
    }
}
