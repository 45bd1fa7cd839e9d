//! The batch format on the wire: writing the `multipart/mixed` request and reading the
//! answer. HTTP heads inside the parts are parsed by `httparse` (hyper's parser); the parts
//! are found by their boundary, which is all `multipart/mixed` asks of a reader (the
//! multipart crates read `multipart/form-data` streams, whose parts are named fields).

use bytes::Bytes;
use memchr::memmem;

use crate::engine::{Payload, Prepared};
use crate::http::{Headers, StatusCode};

/// One call as a part: its request line, headers and body.
pub(super) struct PartRequest {
    method: &'static str,
    host: String,
    path_and_query: String,
    headers: Vec<(String, String)>,
    body: Option<Bytes>,
}

impl PartRequest {
    /// The part for `prepared`, without what the outer request carries for every call (the
    /// client's own headers, among them the API key) and without the token, which the outer
    /// request carries once.
    pub(super) fn from_prepared(prepared: &Prepared, client_headers: &Headers) -> Self {
        let rest = prepared
            .url
            .split_once("://")
            .map_or(prepared.url.as_str(), |(_, rest)| rest);
        let (host, path_and_query) = match rest.find('/') {
            Some(slash) => (&rest[..slash], &rest[slash..]),
            None => (rest, "/"),
        };
        let headers = prepared
            .headers
            .iter()
            .filter(|(name, _)| {
                !client_headers.contains(name)
                    && !name.eq_ignore_ascii_case("content-type")
                    && !name.eq_ignore_ascii_case("content-length")
            })
            .map(|(n, v)| (n.to_owned(), v.to_owned()))
            .collect();
        PartRequest {
            method: prepared.method.as_str(),
            host: host.to_owned(),
            path_and_query: path_and_query.to_owned(),
            headers,
            // A batch never carries media (see `Batch`): every body is in memory.
            body: prepared
                .body
                .as_ref()
                .and_then(Payload::in_memory)
                .filter(|b| !b.is_empty())
                .cloned(),
        }
    }
}

/// The request body: one `application/http` part per call, `Content-ID: <id+n>` from 1.
///
/// Each part holds a whole HTTP request: request line, headers, the empty line that ends
/// them (RFC 9112 §2.1), then the body if there is one. The line break before the next
/// delimiter belongs to the delimiter (RFC 2046 §5.1.1), so a part without a body still
/// needs its own empty line; without it, servers read the part's head as unfinished.
/// `Host` comes last and `Content-Length` after it, in the order Google's Python client
/// writes them, so the two bodies can be compared byte for byte.
pub(super) fn encode<'a>(
    boundary: &str,
    id: &str,
    parts: impl ExactSizeIterator<Item = &'a PartRequest>,
) -> Bytes {
    let mut out = Vec::with_capacity(parts.len() * 256);
    for (n, part) in parts.enumerate() {
        let head = format!(
            "--{boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\
             Content-ID: <{id}+{}>\r\n\r\n{} {} HTTP/1.1\r\nContent-Type: application/json\r\n",
            n + 1,
            part.method,
            part.path_and_query,
        );
        out.extend_from_slice(head.as_bytes());
        for (name, value) in &part.headers {
            out.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
        }
        out.extend_from_slice(format!("Host: {}\r\n", part.host).as_bytes());
        if let Some(body) = &part.body {
            out.extend_from_slice(format!("Content-Length: {}\r\n", body.len()).as_bytes());
        }
        out.extend_from_slice(b"\r\n");
        if let Some(body) = &part.body {
            out.extend_from_slice(body);
        }
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    Bytes::from(out)
}

/// One call's answer, found in the batch response.
pub(super) struct Answer {
    /// The call's place in the batch, from 0.
    pub(super) index: usize,
    pub(super) status: StatusCode,
    pub(super) headers: Headers,
    pub(super) body: Bytes,
}

/// Reads the answers from a batch response with `content_type`: a part answers the call whose
/// number ends its `Content-ID` (`<response-ID+N>`); a part without one is skipped. A body
/// that is not a multipart answer is an error saying why.
pub(super) fn decode(content_type: &str, body: &Bytes) -> Result<Vec<Answer>, String> {
    let boundary = boundary(content_type).ok_or_else(|| {
        format!("expected `multipart/mixed` with a boundary, got `{content_type}`")
    })?;
    let parts = split(body, boundary)?;
    let mut answers = Vec::with_capacity(parts.len());
    for (n, part) in parts.into_iter().enumerate() {
        let (content_id, inner) =
            part_head(body.slice_ref(part)).map_err(|why| format!("part {}: {why}", n + 1))?;
        let Some(index) = content_id.as_deref().and_then(call_index) else {
            continue;
        };
        let (status, headers, body) =
            response(inner).map_err(|why| format!("part {}: {why}", n + 1))?;
        answers.push(Answer {
            index,
            status,
            headers,
            body,
        });
    }
    Ok(answers)
}

fn boundary(content_type: &str) -> Option<&str> {
    let (kind, params) = content_type.split_once(';')?;
    if !kind.trim().to_ascii_lowercase().starts_with("multipart/") {
        return None;
    }
    params.split(';').find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("boundary")
            .then(|| value.trim().trim_matches('"'))
            .filter(|b| !b.is_empty())
    })
}

/// The parts between the delimiter lines `--boundary`, up to the closing `--boundary--`.
fn split<'a>(body: &'a [u8], boundary: &str) -> Result<Vec<&'a [u8]>, String> {
    let delimiter = format!("--{boundary}");
    let at_line_start = |&at: &usize| at == 0 || body[at - 1] == b'\n';
    let starts: Vec<usize> = memmem::find_iter(body, delimiter.as_bytes())
        .filter(at_line_start)
        .collect();
    let mut parts = Vec::new();
    for (n, &start) in starts.iter().enumerate() {
        let after = start + delimiter.len();
        if body[after..].starts_with(b"--") {
            return Ok(parts);
        }
        let Some(&next) = starts.get(n + 1) else {
            break;
        };
        let content_start = match memchr::memchr(b'\n', &body[after..next]) {
            Some(eol) => after + eol + 1,
            None => return Err(format!("part {} has no header line", n + 1)),
        };
        // The line break before the next delimiter belongs to the delimiter.
        let mut end = next;
        if end > content_start && body[end - 1] == b'\n' {
            end -= 1;
            if end > content_start && body[end - 1] == b'\r' {
                end -= 1;
            }
        }
        parts.push(&body[content_start..end]);
    }
    Err(format!(
        "the body does not end with the closing delimiter `--{boundary}--`"
    ))
}

/// A part's `Content-ID` and what follows its headers.
fn part_head(part: Bytes) -> Result<(Option<String>, Bytes), String> {
    let mut headers = [httparse::EMPTY_HEADER; 32];
    match httparse::parse_headers(&part, &mut headers) {
        Ok(httparse::Status::Complete((end, headers))) => {
            let content_id = headers
                .iter()
                .find(|h| h.name.eq_ignore_ascii_case("content-id"))
                .map(|h| String::from_utf8_lossy(h.value).into_owned());
            Ok((content_id, part.slice(end..)))
        }
        Ok(httparse::Status::Partial) => Err("its headers do not end".into()),
        Err(err) => Err(format!("its headers cannot be read: {err}")),
    }
}

/// `<response-ID+N>` → `N - 1`. The ID is the batch's own, echoed; one response answers one
/// batch, so the number alone says which call a part answers.
fn call_index(content_id: &str) -> Option<usize> {
    let inner = content_id
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>');
    let (_, n) = inner.rsplit_once('+')?;
    n.trim().parse::<usize>().ok()?.checked_sub(1)
}

/// The HTTP response inside a part.
fn response(inner: Bytes) -> Result<(StatusCode, Headers, Bytes), String> {
    let mut raw_headers = [httparse::EMPTY_HEADER; 64];
    let mut parsed = httparse::Response::new(&mut raw_headers);
    let end = match parsed.parse(&inner) {
        Ok(httparse::Status::Complete(end)) => end,
        Ok(httparse::Status::Partial) => return Err("its HTTP response is cut short".into()),
        Err(err) => return Err(format!("its HTTP response cannot be read: {err}")),
    };
    let status = parsed
        .code
        .and_then(StatusCode::from_u16)
        .ok_or("its HTTP response has no valid status")?;
    let mut headers = Headers::new();
    let mut length = None;
    for header in parsed.headers.iter() {
        let value = String::from_utf8_lossy(header.value);
        if header.name.eq_ignore_ascii_case("content-length") {
            length = value.trim().parse::<usize>().ok();
        }
        // A header value the runtime's map refuses is left out; the body still counts.
        let _ = headers.append(header.name, value.into_owned());
    }
    let mut body = inner.slice(end..);
    if let Some(length) = length.filter(|l| *l <= body.len()) {
        body.truncate(length);
    }
    Ok((status, headers, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(content_type: &str, body: &str) -> Result<Vec<(usize, u16, String)>, String> {
        let body = Bytes::copy_from_slice(body.as_bytes());
        decode(content_type, &body).map(|answers| {
            answers
                .into_iter()
                .map(|a| {
                    (
                        a.index,
                        a.status.as_u16(),
                        String::from_utf8(a.body.to_vec()).unwrap(),
                    )
                })
                .collect()
        })
    }

    /// The shape Google's batch endpoints answer with: CRLF lines, `response-` ids, each
    /// part's own status line and headers.
    #[test]
    fn reads_mixed_answers_in_any_order() {
        let body = "--batch_abc\r\nContent-Type: application/http\r\nContent-ID: <response-0123456789abcdef+2>\r\n\r\n\
HTTP/1.1 404 Not Found\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n{\"error\": {\"code\": 404, \"message\": \"No such object\"}}\r\n\
--batch_abc\r\nContent-Type: application/http\r\nContent-ID: <response-0123456789abcdef+1>\r\n\r\n\
HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: 14\r\n\r\n{\"name\": \"a\"}\r\n\
--batch_abc--\r\n";
        let answers = read("multipart/mixed; boundary=batch_abc", body).unwrap();
        assert_eq!(
            answers,
            vec![
                (
                    1,
                    404,
                    "{\"error\": {\"code\": 404, \"message\": \"No such object\"}}".into()
                ),
                (0, 200, "{\"name\": \"a\"}".into()),
            ]
        );
    }

    #[test]
    fn reads_bare_line_feeds_quoted_boundaries_and_skips_parts_without_a_number() {
        let body = "preamble\n--b\nContent-ID: <response-0123456789abcdef + 3>\n\nHTTP/1.1 204 No Content\n\n\n\
--b\nContent-ID: <response-someone-else>\n\nHTTP/1.1 200 OK\n\n{}\n--b--";
        let answers = read("multipart/mixed; charset=utf-8; boundary=\"b\"", body).unwrap();
        assert_eq!(answers, vec![(2, 204, String::new())]);
    }

    #[test]
    fn refuses_what_is_not_a_batch_answer() {
        let not_multipart = read("application/json", "{}").unwrap_err();
        assert_eq!(
            not_multipart,
            "expected `multipart/mixed` with a boundary, got `application/json`"
        );
        let cut = read(
            "multipart/mixed; boundary=b",
            "--b\r\nContent-ID: <x+1>\r\n\r\nHTTP/1.1 200",
        )
        .unwrap_err();
        assert_eq!(
            cut,
            "the body does not end with the closing delimiter `--b--`"
        );
        let garbage = read(
            "multipart/mixed; boundary=b",
            "--b\r\nContent-ID: <response-0123456789abcdef+1>\r\n\r\nnot http\r\n--b--",
        )
        .unwrap_err();
        assert!(
            garbage.starts_with("part 1: its HTTP response cannot be read"),
            "{garbage}"
        );
        assert_eq!(read("multipart/mixed; boundary=b", "").unwrap_err(), cut);
    }

    /// Written out by hand from RFC 2046 §5.1.1 and RFC 9112 §2.1: the GET's head ends with
    /// its empty line, then the CRLF of the next delimiter follows.
    #[test]
    fn every_part_is_a_whole_request_with_or_without_a_body() {
        let get = PartRequest {
            method: "GET",
            host: "example.com".into(),
            path_and_query: "/v1/a?x=1".into(),
            headers: vec![("If-Match".into(), "\"e1\"".into())],
            body: None,
        };
        let post = PartRequest {
            method: "POST",
            host: "example.com".into(),
            path_and_query: "/v1/b".into(),
            headers: Vec::new(),
            body: Some(Bytes::from_static(b"{\"k\":1}")),
        };
        let body = encode("B", "id", [get, post].iter());
        assert_eq!(
            std::str::from_utf8(&body).unwrap(),
            "--B\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\
             Content-ID: <id+1>\r\n\r\n\
             GET /v1/a?x=1 HTTP/1.1\r\nContent-Type: application/json\r\nIf-Match: \"e1\"\r\n\
             Host: example.com\r\n\r\n\r\n\
             --B\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\
             Content-ID: <id+2>\r\n\r\n\
             POST /v1/b HTTP/1.1\r\nContent-Type: application/json\r\nHost: example.com\r\n\
             Content-Length: 7\r\n\r\n{\"k\":1}\r\n\
             --B--\r\n"
        );
    }

    #[test]
    fn content_ids_map_to_calls() {
        assert_eq!(call_index("<response-0123456789abcdef+1>"), Some(0));
        assert_eq!(call_index("<0123456789abcdef+12>"), Some(11));
        assert_eq!(call_index("<response-0123456789abcdef+0>"), None);
        assert_eq!(call_index("<response-other>"), None);
        assert_eq!(call_index("garbage"), None);
    }
}
