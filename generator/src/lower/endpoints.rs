//! The document's URLs and paths, checked before anything is generated.
//!
//! The client sends its access token to `rootUrl`, and every path of the document is joined
//! under it. Today the runtime joins by concatenation, so even a path that is a whole URL
//! stays on the document's host; but one refactor to `Url::join` would send the token to
//! whatever host such a path names. So a document whose root is not an absolute `https` URL,
//! or one of whose paths is an absolute or protocol-relative URL, is refused here.

use crate::error::Error;
use crate::model::{Document, Method};

/// Checks `rootUrl`, `mtlsRootUrl`, the service, base and batch paths, and every method and
/// upload path.
pub fn check(doc: &Document) -> Result<(), Error> {
    check_root("rootUrl", &doc.root_url)?;
    if let Some(mtls) = &doc.mtls_root_url {
        check_root("mtlsRootUrl", mtls)?;
    }
    check_path("servicePath", &doc.service_path)?;
    for (key, value) in [("basePath", &doc.base_path), ("batchPath", &doc.batch_path)] {
        if let Some(value) = value {
            check_path(key, value)?;
        }
    }
    for (resources, name, method) in doc.all_methods() {
        let mut at: String = resources
            .iter()
            .map(|r| format!("resources.{r}."))
            .collect();
        at.push_str(&format!("methods.{name}"));
        check_method(&at, method)?;
    }
    Ok(())
}

fn check_method(at: &str, method: &Method) -> Result<(), Error> {
    check_path(&format!("{at}.path"), &method.path)?;
    if let Some(upload) = &method.media_upload {
        let protocols = [
            ("simple", &upload.protocols.simple),
            ("resumable", &upload.protocols.resumable),
        ];
        for (kind, protocol) in protocols {
            if let Some(protocol) = protocol {
                check_path(
                    &format!("{at}.mediaUpload.protocols.{kind}.path"),
                    &protocol.path,
                )?;
            }
        }
    }
    Ok(())
}

/// An absolute `https` URL with a host, ending in `/`, with no user, query or fragment.
/// `http` is accepted for loopback hosts only, where local emulators live.
fn check_root(at: &str, url: &str) -> Result<(), Error> {
    let refuse = |why: &str| {
        Err(Error::Invalid {
            path: at.to_string(),
            message: format!(
                "expected an absolute https URL ending in `/` (such as \
                 `https://photoslibrary.googleapis.com/`); found `{}`: {why}",
                url.escape_debug()
            ),
        })
    };
    let (scheme, rest) = match url.split_once("://") {
        Some((scheme, rest)) => (scheme.to_ascii_lowercase(), rest),
        None => return refuse("no scheme"),
    };
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return refuse("it contains white space or control characters");
    }
    if url.contains(['?', '#', '\\']) {
        return refuse("it has a query, a fragment or a backslash");
    }
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    if authority.contains('@') {
        return refuse("it names a user");
    }
    let host = host_of(authority);
    let host_ok = !host.is_empty()
        && (host.starts_with('[') && host.ends_with(']')
            || host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-'));
    if !host_ok {
        return refuse("no valid host");
    }
    if let Some(port) = authority[host.len()..].strip_prefix(':') {
        if port.is_empty() || !port.chars().all(|c| c.is_ascii_digit()) {
            return refuse("the port is not a number");
        }
    } else if authority.len() != host.len() {
        return refuse("no valid host");
    }
    match scheme.as_str() {
        "https" => {}
        "http" if is_loopback(host) => {}
        "http" => return refuse("plain http is accepted for loopback hosts only"),
        _ => return refuse("the scheme is not https"),
    }
    if !path.ends_with('/') {
        return refuse("it does not end in `/`");
    }
    Ok(())
}

/// The host of `host[:port]` or `[v6]:port`.
fn host_of(authority: &str) -> &str {
    if authority.starts_with('[') {
        match authority.find(']') {
            Some(end) => &authority[..=end],
            None => "",
        }
    } else {
        authority.split(':').next().unwrap_or("")
    }
}

fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost") || host.starts_with("127.") || host == "[::1]"
}

/// A path relative to the root (or absolute on its host): not a URL of its own.
fn check_path(at: &str, path: &str) -> Result<(), Error> {
    let refuse = |why: &str| {
        Err(Error::Invalid {
            path: at.to_string(),
            message: format!(
                "expected a path under the root URL; found `{}`, {why}",
                path.escape_debug()
            ),
        })
    };
    if path.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return refuse("which contains white space or control characters");
    }
    // URL parsers read `\` as `/` in http(s) URLs, so `\\host` is protocol-relative too.
    let slashes = path.replace('\\', "/");
    if slashes.starts_with("//") {
        return refuse("a protocol-relative URL");
    }
    if let Some((scheme, rest)) = slashes.split_once(':') {
        let is_scheme = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
        // `v1:validateAddress` is a path (a custom method on the root), but `https:host`
        // and `x://host` are URLs to any URL parser.
        let special = ["http", "https", "ws", "wss", "ftp", "file"]
            .iter()
            .any(|s| scheme.eq_ignore_ascii_case(s));
        if is_scheme && (special || rest.starts_with("//")) {
            return refuse("an absolute URL");
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_must_be_https_urls_ending_in_a_slash() {
        for ok in [
            "https://photoslibrary.googleapis.com/",
            "https://www.googleapis.com/",
            "https://x/",
            "https://example.com:8443/base/",
            "http://127.0.0.1:8080/",
            "http://localhost/",
            "http://[::1]:9/",
        ] {
            assert!(check_root("rootUrl", ok).is_ok(), "{ok}");
        }
        for bad in [
            "r",
            "photoslibrary.googleapis.com/",
            "https://",
            "https:///",
            "https://a b/",
            "https://x",
            "https://x/?q=1/",
            "https://user@x/",
            "https://x:port/",
            "http://example.com/",
            "ftp://x/",
            "javascript://x/",
            "https://x/\n",
        ] {
            let err = check_root("rootUrl", bad).unwrap_err().to_string();
            assert!(err.contains("at rootUrl"), "{bad}: {err}");
        }
    }

    #[test]
    fn paths_must_not_be_urls() {
        for ok in [
            "",
            "v1/albums",
            "v1/{+name}:cancel",
            "v1:validateAddress",
            "/upload/drive/v3/files",
            "storage/v1/",
            "b/{bucket}/o/{object}",
        ] {
            assert!(check_path("p", ok).is_ok(), "{ok}");
        }
        for bad in [
            "https://evil.example/steal",
            "HTTP://evil.example/",
            "https:evil.example/x",
            "//evil.example/x",
            "\\\\evil.example\\x",
            "/\\evil.example/x",
            "custom://evil.example/",
            "v1/a b",
        ] {
            let err = check_path("resources.a.methods.b.path", bad)
                .unwrap_err()
                .to_string();
            assert!(
                err.contains("at resources.a.methods.b.path"),
                "{bad}: {err}"
            );
        }
    }
}
