//! Percent-decoding of paths and `application/x-www-form-urlencoded` query strings, written
//! out here because ids in paths and repeated query parameters (`mediaItemIds=…&mediaItemIds=…`
//! of `mediaItems.batchGet`,
//! <https://developers.google.com/photos/library/reference/rest/v1/mediaItems/batchGet>) must be
//! decoded exactly, and so that tests see what the client really sent.

/// Decodes `%XX` escapes (and `+` as a space when `plus_is_space`); invalid escapes stay as
/// they are, and invalid UTF-8 is replaced rather than rejected so that no input can panic.
pub(crate) fn percent_decode(s: &str, plus_is_space: bool) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' if plus_is_space => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// The form-decoded `(name, value)` pairs of a query string, in order.
pub(crate) fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (percent_decode(k, true), percent_decode(v, true)),
            None => (percent_decode(p, true), String::new()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes() {
        assert_eq!(percent_decode("a%2Fb%3Ac+d", false), "a/b:c+d");
        assert_eq!(percent_decode("a+b", true), "a b");
        assert_eq!(percent_decode("%", false), "%");
        assert_eq!(percent_decode("%4", false), "%4");
        assert_eq!(percent_decode("%zz%41", false), "%zzA");
        assert_eq!(
            pairs("a=1&b=x%20y&a=2&c"),
            vec![
                ("a".into(), "1".into()),
                ("b".into(), "x y".into()),
                ("a".into(), "2".into()),
                ("c".into(), String::new())
            ]
        );
    }
}
