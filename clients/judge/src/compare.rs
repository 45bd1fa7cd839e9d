//! One request against another, as the judge's README says to compare them.

use std::fmt;

use percent_encoding::percent_decode_str;
use serde_json::Value;

use crate::Vector;

/// What the generated client did with a vector's arguments.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// It sent this request.
    Sent {
        method: String,
        /// The absolute URL, query included.
        url: String,
        /// The body as JSON; `None` when it sent none.
        body: Option<Value>,
    },
    /// It sent nothing, and said why (an invalid-argument error, before sending).
    Refused(String),
}

/// How two requests differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Method,
    /// The paths differ only where Google's client left `?` or `#` raw in a `{+name}`
    /// expansion and ours percent-encoded them.
    PathGenDelims,
    Path,
    /// The queries differ only in `alt`.
    QueryAlt,
    Query,
    Body,
    /// Ours refused arguments that Google's client sent.
    RefusedByUs,
    /// Google's client refused arguments that ours sent.
    RefusedByThem,
}

impl Kind {
    /// The name `differences.json` uses.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Method => "method",
            Kind::PathGenDelims => "path-gen-delims",
            Kind::Path => "path",
            Kind::QueryAlt => "query-alt",
            Kind::Query => "query",
            Kind::Body => "body",
            Kind::RefusedByUs => "refused-by-us",
            Kind::RefusedByThem => "refused-by-them",
        }
    }
}

/// One difference, with both sides.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    pub kind: Kind,
    pub ours: String,
    pub theirs: String,
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: ours {} / Google's {}",
            self.kind.name(),
            self.ours,
            self.theirs
        )
    }
}

/// Every way in which `ours` differs from what Google's client made of `vector`; empty when
/// they agree.
pub fn judge(vector: &Vector, ours: &Outcome) -> Vec<Difference> {
    let (theirs, ours) = match (&vector.request, ours) {
        (None, Outcome::Refused(_)) => return Vec::new(),
        (None, Outcome::Sent { method, url, .. }) => {
            return vec![Difference {
                kind: Kind::RefusedByThem,
                ours: format!("{method} {url}"),
                theirs: vector.error.clone().unwrap_or_default(),
            }]
        }
        (Some(theirs), Outcome::Refused(why)) => {
            return vec![Difference {
                kind: Kind::RefusedByUs,
                ours: why.clone(),
                theirs: format!("{} {}", theirs.method, theirs.uri),
            }]
        }
        (Some(theirs), Outcome::Sent { method, url, body }) => (theirs, (method, url, body)),
    };
    let (method, url, body) = ours;
    let mut out = Vec::new();
    let mut differ =
        |kind, ours: String, theirs: String| out.push(Difference { kind, ours, theirs });
    if !method.eq_ignore_ascii_case(&theirs.method) {
        differ(Kind::Method, method.clone(), theirs.method.clone());
    }
    // Google's client appends `?` and the form-encoded query to the expanded path (always
    // the `?`, even with nothing after it) and escapes `?` inside query values, so its last
    // `?` starts the query even where a `{+name}` value left a raw `?` in the path.
    let (their_path, their_query) = theirs.uri.rsplit_once('?').unwrap_or((&theirs.uri, ""));
    let (our_path, our_query) = url.split_once('?').unwrap_or((url, ""));
    let (our_path, their_path) = (hex_upper(our_path), hex_upper(their_path));
    if our_path != their_path {
        let delims_encoded = their_path.replace('?', "%3F").replace('#', "%23");
        let kind = if our_path == delims_encoded {
            Kind::PathGenDelims
        } else {
            Kind::Path
        };
        differ(kind, our_path, their_path);
    }
    let (ours_q, theirs_q) = (decoded_query(our_query), decoded_query(their_query));
    if ours_q != theirs_q {
        let without_alt = |q: &[(String, String)]| -> Vec<(String, String)> {
            q.iter().filter(|(k, _)| k != "alt").cloned().collect()
        };
        let kind = if without_alt(&ours_q) == without_alt(&theirs_q) {
            Kind::QueryAlt
        } else {
            Kind::Query
        };
        differ(kind, format!("{ours_q:?}"), format!("{theirs_q:?}"));
    }
    if body != &theirs.body {
        let show = |b: &Option<Value>| b.as_ref().map_or("(none)".into(), Value::to_string);
        differ(Kind::Body, show(body), show(&theirs.body));
    }
    out
}

/// `%2f` → `%2F`: the hex case of an escape does not change the request.
fn hex_upper(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut escape = 0;
    for c in text.chars() {
        if c == '%' {
            escape = 2;
            out.push(c);
        } else if escape > 0 {
            escape -= 1;
            out.push(c.to_ascii_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// A query's `(name, value)` pairs, form-decoded (`+` is a space), sorted.
fn decoded_query(query: &str) -> Vec<(String, String)> {
    let decode = |s: &str| {
        percent_decode_str(&s.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned()
    };
    let mut pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect();
    pairs.sort();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Reference;
    use serde_json::json;

    fn vector(method: &str, uri: &str, body: Option<Value>) -> Vector {
        Vector {
            id: "x.y.z".into(),
            params: Default::default(),
            body: None,
            request: Some(Reference {
                method: method.into(),
                uri: uri.into(),
                body,
            }),
            error: None,
        }
    }

    fn sent(method: &str, url: &str, body: Option<Value>) -> Outcome {
        Outcome::Sent {
            method: method.into(),
            url: url.into(),
            body,
        }
    }

    fn kinds(v: &Vector, o: &Outcome) -> Vec<Kind> {
        judge(v, o).into_iter().map(|d| d.kind).collect()
    }

    #[test]
    fn equal_requests_differ_in_nothing_whatever_the_query_order_and_hex_case() {
        let theirs = vector(
            "POST",
            "https://h/v1/a%2fb/c?y=2+3&x=%C3%A9&alt=json",
            Some(json!({"a": "1"})),
        );
        let ours = sent(
            "POST",
            "https://h/v1/a%2Fb/c?alt=json&x=%c3%a9&y=2%203",
            Some(json!({"a": "1"})),
        );
        assert_eq!(kinds(&theirs, &ours), []);
    }

    #[test]
    fn an_escaped_slash_is_another_path() {
        let theirs = vector("GET", "https://h/v1/a%2Fb?", None);
        let ours = sent("GET", "https://h/v1/a/b", None);
        assert_eq!(kinds(&theirs, &ours), [Kind::Path]);
    }

    #[test]
    fn raw_query_and_fragment_marks_in_a_reserved_path_are_their_own_kind() {
        // Google's client: `{+name}` of "p?q#r" left raw, then its own query.
        let theirs = vector("GET", "https://h/v1/p?q#r/x?a=1&alt=json", None);
        let ours = sent("GET", "https://h/v1/p%3Fq%23r/x?a=1&alt=json", None);
        assert_eq!(kinds(&theirs, &ours), [Kind::PathGenDelims]);
    }

    #[test]
    fn alt_alone_is_its_own_kind_and_other_query_differences_are_not() {
        let theirs = vector("DELETE", "https://h/v1/a?", None);
        assert_eq!(
            kinds(&theirs, &sent("DELETE", "https://h/v1/a?alt=json", None)),
            [Kind::QueryAlt]
        );
        let theirs = vector("GET", "https://h/v1/a?k=1&k=2", None);
        assert_eq!(
            kinds(&theirs, &sent("GET", "https://h/v1/a?k=1", None)),
            [Kind::Query]
        );
    }

    #[test]
    fn methods_bodies_and_refusals() {
        let theirs = vector(
            "PATCH",
            "https://h/a?",
            Some(json!({"n": "9007199254740993"})),
        );
        let ours = sent(
            "PUT",
            "https://h/a",
            Some(json!({"n": 9007199254740993_u64})),
        );
        assert_eq!(kinds(&theirs, &ours), [Kind::Method, Kind::Body]);
        assert_eq!(
            kinds(&theirs, &Outcome::Refused("invalid argument".into())),
            [Kind::RefusedByUs]
        );
        let mut refused = theirs.clone();
        refused.request = None;
        refused.error = Some("TypeError: pattern".into());
        assert_eq!(kinds(&refused, &Outcome::Refused("no".into())), []);
        assert_eq!(kinds(&refused, &ours), [Kind::RefusedByThem]);
    }
}
