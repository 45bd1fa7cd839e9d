//! Expansion of path templates with untrusted values.
//!
//! A path parameter must never be able to change which resource a request addresses beyond
//! its own segment(s): it must not add a query or fragment, climb with `..`, or smuggle an
//! encoded separator the server would decode. Values are therefore checked against the
//! document's `pattern`, dot and empty segments are rejected, and everything outside a small
//! allow-list is percent-encoded, `%` included, so the value reaches the server byte for byte.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::api::PathPart;
use crate::Error;

mod matching;

pub(crate) use matching::{link_path, match_segments};

/// Simple expansion (`{name}`): everything except RFC 3986 unreserved characters is encoded,
/// `/` included.
const SIMPLE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// RFC 3986 unreserved characters, which neither expansion encodes.
fn is_unreserved(byte: u8) -> bool {
    UNRESERVED[usize::from(byte)]
}

/// [`is_unreserved`] as a table: one load a byte, for the path values of every call.
static UNRESERVED: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        table[byte] = b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~');
        byte += 1;
    }
    table
};

/// Reserved expansion (`{+name}`): additionally keeps `/` and the sub-delimiters `:` and `@`,
/// which are harmless inside a path; `?`, `#`, `%`, `[`, `]`, space, controls and non-ASCII
/// stay encoded.
const RESERVED: &AsciiSet = &SIMPLE
    .remove(b'/')
    .remove(b'!')
    .remove(b'$')
    .remove(b'&')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b'+')
    .remove(b',')
    .remove(b';')
    .remove(b'=')
    .remove(b':')
    .remove(b'@');

/// Appends the expansion of `parts` with `args` (one per `PathPart::Param`, in order) to
/// `out`. Fails, leaving `out` unspecified, when an argument is unsafe or does not match.
pub(crate) fn expand(
    method_id: &str,
    parts: &[PathPart],
    args: &[String],
    out: &mut String,
) -> Result<(), Error> {
    let mut args = args.iter();
    for part in parts {
        match *part {
            PathPart::Literal(text) => out.push_str(text),
            PathPart::Param {
                name,
                reserved,
                pattern,
            } => {
                let value = args.next().ok_or_else(|| {
                    Error::InvalidArgument(format!(
                        "{method_id}: path parameter `{name}` has no value"
                    ))
                })?;
                check_value(name, value, reserved, pattern)?;
                if value.bytes().all(is_unreserved) {
                    // The usual id: nothing for either set to encode, so no byte-by-byte pass.
                    out.push_str(value);
                } else {
                    let set = if reserved { RESERVED } else { SIMPLE };
                    out.extend(utf8_percent_encode(value, set));
                }
            }
        }
    }
    if args.next().is_some() {
        return Err(Error::InvalidArgument(format!(
            "{method_id}: more path arguments than path parameters"
        )));
    }
    Ok(())
}

/// Whether `value` may be the value of the parameter: what [`expand`] would accept.
pub(crate) fn param_value_fits(
    name: &str,
    value: &str,
    reserved: bool,
    pattern: Option<&'static str>,
) -> bool {
    check_value(name, value, reserved, pattern).is_ok()
}

fn check_value(
    name: &str,
    value: &str,
    reserved: bool,
    pattern: Option<&'static str>,
) -> Result<(), Error> {
    let invalid = |why: &str| {
        Err(Error::InvalidArgument(format!(
            "path parameter `{name}` {why}: {value:?}"
        )))
    };
    if value.is_empty() {
        return invalid("must not be empty");
    }
    // Under reserved expansion `/` survives, so each segment must be checked on its own;
    // under simple expansion `/` is encoded and the value is a single segment.
    let bad = |s: &&str| s.is_empty() || *s == "." || *s == "..";
    let bad_segment = if reserved {
        value.split('/').find(bad)
    } else {
        Some(value).filter(bad)
    };
    match bad_segment {
        Some("") => return invalid("must not contain an empty segment"),
        Some(_) => return invalid("must not contain `.` or `..` segments"),
        None => {}
    }
    if let Some(pattern) = pattern {
        if matches_pattern(pattern, value) == Some(false) {
            return invalid(&format!("does not match the pattern `{pattern}`"));
        }
    }
    Ok(())
}

/// Whether `value` matches `pattern`; `None` when the pattern cannot be read.
fn matches_pattern(pattern: &'static str, value: &str) -> Option<bool> {
    // Nearly every resource id in Discovery documents has this pattern: answering it
    // directly keeps the regex engine and its cache lock off the per-call path.
    if pattern == "^[^/]+$" {
        return Some(!value.is_empty() && !value.contains('/'));
    }
    compiled(pattern).map(|re| re.is_match(value))
}

/// Patterns come from `'static` method tables, so each is compiled once per process. A
/// pattern the regex engine cannot read is remembered as `None` and skipped: the encoding
/// above already keeps the request safe, and refusing every call would be worse.
type PatternCache = Mutex<HashMap<&'static str, Option<Arc<regex_lite::Regex>>>>;

fn compiled(pattern: &'static str) -> Option<Arc<regex_lite::Regex>> {
    static CACHE: OnceLock<PatternCache> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    // A poisoned lock only means another thread panicked mid-insert; the map is still valid.
    let mut map = cache.lock().unwrap_or_else(|e| e.into_inner());
    map.entry(pattern)
        .or_insert_with(|| match regex_lite::Regex::new(pattern) {
            Ok(re) => Some(Arc::new(re)),
            Err(err) => {
                tracing::warn!(pattern, error = %err, "path pattern not supported; not validated");
                None
            }
        })
        .clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIMPLE_PARAM: PathPart = PathPart::Param {
        name: "id",
        reserved: false,
        pattern: None,
    };
    const RESERVED_PARAM: PathPart = PathPart::Param {
        name: "name",
        reserved: true,
        pattern: None,
    };

    fn run(param: PathPart, value: &str) -> Result<String, String> {
        let parts = [
            PathPart::Literal("v1/albums/"),
            param,
            PathPart::Literal(":x"),
        ];
        let mut out = String::new();
        match expand("test.method", &parts, &[value.to_owned()], &mut out) {
            Ok(()) => Ok(out),
            Err(Error::InvalidArgument(msg)) => Err(msg),
            Err(other) => panic!("unexpected error {other}"),
        }
    }

    #[test]
    fn simple_expansion_encodes_everything_but_unreserved() {
        let cases = [
            ("abc", "v1/albums/abc:x"),
            ("abc?pageSize=1", "v1/albums/abc%3FpageSize%3D1:x"),
            ("abc#x", "v1/albums/abc%23x:x"),
            ("a/b", "v1/albums/a%2Fb:x"),
            ("%2F", "v1/albums/%252F:x"),
            ("ünï", "v1/albums/%C3%BCn%C3%AF:x"),
            ("a b\t\n", "v1/albums/a%20b%09%0A:x"),
            ("...", "v1/albums/...:x"),
            ("A-z_0.9~", "v1/albums/A-z_0.9~:x"),
            ("a:b@c+d", "v1/albums/a%3Ab%40c%2Bd:x"),
            ("../x", "v1/albums/..%2Fx:x"),
        ];
        for (value, expected) in cases {
            assert_eq!(
                run(SIMPLE_PARAM, value).as_deref(),
                Ok(expected),
                "{value:?}"
            );
        }
    }

    #[test]
    fn reserved_expansion_keeps_only_safe_separators() {
        let cases = [
            ("albums/abc", "v1/albums/albums/abc:x"),
            ("abc?pageSize=1", "v1/albums/abc%3FpageSize=1:x"),
            ("abc#x", "v1/albums/abc%23x:x"),
            ("a/b", "v1/albums/a/b:x"),
            ("%2F", "v1/albums/%252F:x"),
            ("ünï", "v1/albums/%C3%BCn%C3%AF:x"),
            ("a b", "v1/albums/a%20b:x"),
            ("a[0]", "v1/albums/a%5B0%5D:x"),
            ("x\u{7f}\u{0}", "v1/albums/x%7F%00:x"),
            ("users/me@x.com:y", "v1/albums/users/me@x.com:y:x"),
            ("a/.../b", "v1/albums/a/.../b:x"),
        ];
        for (value, expected) in cases {
            assert_eq!(
                run(RESERVED_PARAM, value).as_deref(),
                Ok(expected),
                "{value:?}"
            );
        }
    }

    #[test]
    fn dot_and_empty_segments_are_rejected() {
        for param in [SIMPLE_PARAM, RESERVED_PARAM] {
            for value in ["", ".", ".."] {
                assert!(run(param, value).is_err(), "{value:?}");
            }
        }
        for value in ["a/../b", "../a", "a/..", "./a", "a//b", "/a", "a/", "/"] {
            assert!(run(RESERVED_PARAM, value).is_err(), "{value:?}");
        }
    }

    #[test]
    fn patterns_are_enforced() {
        let param = PathPart::Param {
            name: "name",
            reserved: true,
            pattern: Some("^albums/[^/]+$"),
        };
        assert_eq!(
            run(param, "albums/x1").as_deref(),
            Ok("v1/albums/albums/x1:x")
        );
        let err = run(param, "albums/x1/mediaItems").unwrap_err();
        assert!(
            err.contains("does not match the pattern `^albums/[^/]+$`"),
            "{err}"
        );
        assert!(run(param, "other/x1").is_err());
        // Unsupported syntax is skipped rather than failing every call.
        let odd = PathPart::Param {
            name: "name",
            reserved: true,
            pattern: Some("^(?<=x)a$"),
        };
        assert!(run(odd, "anything").is_ok());
    }

    #[test]
    fn the_common_id_pattern_answers_as_the_regex_engine_would() {
        let re = regex_lite::Regex::new("^[^/]+$").unwrap();
        for value in ["abc", "a/b", "/", "", "ünï", "a b?c#d", "x\ny", "%2F", "a/"] {
            assert_eq!(
                matches_pattern("^[^/]+$", value),
                Some(re.is_match(value)),
                "{value:?}"
            );
        }
    }

    #[test]
    fn argument_count_must_match() {
        let parts = [PathPart::Literal("v1/"), SIMPLE_PARAM];
        let mut out = String::new();
        assert!(expand("m", &parts, &[], &mut out).is_err());
        assert!(expand("m", &parts, &["a".into(), "b".into()], &mut out).is_err());
    }
}
