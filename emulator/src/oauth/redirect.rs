//! Where a Desktop app's authorization answer may go, and how it is put there.
//!
//! "OAuth 2.0 for iOS & Desktop Apps"
//! (<https://developers.google.com/identity/protocols/oauth2/native-app>, "Loopback IP
//! address") has desktop apps listen on the loopback interface and send
//! `redirect_uri=http://127.0.0.1:port` or `http://[::1]:port`, the port being whatever the
//! app got; RFC 8252, section 7.3, which Google's guide follows, makes the server accept any
//! port and a path. `localhost` works as well (the `client_secret.json` Google hands out for
//! a Desktop client lists `http://localhost`). The out-of-band values
//! (`urn:ietf:wg:oauth:2.0:oob`, `…:oob:auto`, `oob`) are blocked ("Out-Of-Band (OOB) flow
//! Migration Guide",
//! <https://developers.google.com/identity/protocols/oauth2/resources/oob-migration>), and any
//! other address is not registered for a Desktop client, hence `redirect_uri_mismatch`.
//!
//! The emulator's choices where the guide is silent: the port may be left out (as in
//! `client_secret.json`); only `http` is accepted; `127.0.0.1` is the only IPv4 loopback
//! address accepted; user information and fragments are refused (RFC 6749, section 3.1.2
//! forbids fragments); so is any character a `Location` header cannot carry as it is.

/// Why a `redirect_uri` is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// An out-of-band value: Google answers `invalid_request`.
    OutOfBand,
    /// Anything else that is not a loopback address: `redirect_uri_mismatch`.
    Mismatch,
}

/// Accepts a loopback redirect URI as Google does for a Desktop client.
pub(crate) fn check(uri: &str) -> Result<(), Refusal> {
    if matches!(
        uri,
        "urn:ietf:wg:oauth:2.0:oob" | "urn:ietf:wg:oauth:2.0:oob:auto" | "oob"
    ) {
        return Err(Refusal::OutOfBand);
    }
    if !uri.bytes().all(|b| b.is_ascii_graphic()) || uri.contains('#') {
        return Err(Refusal::Mismatch);
    }
    let scheme_ok = uri.len() > 7 && uri[..7].eq_ignore_ascii_case("http://");
    if !scheme_ok {
        return Err(Refusal::Mismatch);
    }
    let rest = &uri[7..];
    let end = rest.find(['/', '?']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let (host, after) = v6.split_once(']').ok_or(Refusal::Mismatch)?;
        (host, after)
    } else {
        let host_end = authority.find(':').unwrap_or(authority.len());
        (&authority[..host_end], &authority[host_end..])
    };
    let loopback = host == "127.0.0.1" || host == "::1" || host.eq_ignore_ascii_case("localhost");
    // "[127.0.0.1]" and "::1" without brackets are not addresses a browser can open.
    let bracketed = authority.starts_with('[');
    if !loopback || bracketed != (host == "::1") {
        return Err(Refusal::Mismatch);
    }
    if !port.is_empty() {
        let digits = port.strip_prefix(':').ok_or(Refusal::Mismatch)?;
        let valid = !digits.is_empty()
            && digits.len() <= 5
            && digits.bytes().all(|b| b.is_ascii_digit())
            && digits
                .parse::<u32>()
                .is_ok_and(|p| (1..=65535).contains(&p));
        if !valid {
            return Err(Refusal::Mismatch);
        }
    }
    Ok(())
}

/// `uri` with the parameters appended to its query, form-encoded.
pub(crate) fn with_params(uri: &str, params: &[(&str, &str)]) -> String {
    let mut out = uri.to_owned();
    let mut sep = if uri.contains('?') { '&' } else { '?' };
    for (k, v) in params {
        out.push(sep);
        out.push_str(k);
        out.push('=');
        out.push_str(&form_encode(v));
        sep = '&';
    }
    out
}

/// `application/x-www-form-urlencoded` encoding: unreserved characters as they are, spaces
/// as `+`, everything else `%XX`.
pub(crate) fn form_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_addresses_pass() {
        for ok in [
            "http://127.0.0.1:8080",
            "http://127.0.0.1:51004/oauth2redirect/example-provider",
            "http://[::1]:61023/cb?x=1",
            "http://localhost:1/",
            "http://LOCALHOST",
            "http://localhost",
            "HTTP://127.0.0.1:65535/",
        ] {
            assert_eq!(check(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn everything_else_is_refused() {
        assert_eq!(check("urn:ietf:wg:oauth:2.0:oob"), Err(Refusal::OutOfBand));
        assert_eq!(check("oob"), Err(Refusal::OutOfBand));
        for bad in [
            "https://example.com/cb",
            "https://127.0.0.1:8080/",
            "http://192.168.1.2:8080",
            "http://127.0.0.2:8080",
            "http://localhost.example.com/",
            "http://127.0.0.1.nip.io/",
            "http://user@127.0.0.1:80/",
            "http://127.0.0.1:0/",
            "http://127.0.0.1:65536/",
            "http://127.0.0.1:/",
            "http://127.0.0.1:8080/#x",
            "http://127.0.0.1:8080/a b",
            "http://[::2]:80/",
            "http://::1:80/",
            "http://[127.0.0.1]:80/",
            "http://[::1",
            "http://",
            "",
            "javascript:alert(1)",
        ] {
            assert_eq!(check(bad), Err(Refusal::Mismatch), "{bad}");
        }
    }

    #[test]
    fn params_are_appended_encoded() {
        assert_eq!(
            with_params(
                "http://127.0.0.1:9/cb",
                &[("code", "4/0A b"), ("state", "s&t")]
            ),
            "http://127.0.0.1:9/cb?code=4%2F0A+b&state=s%26t"
        );
        assert_eq!(
            with_params("http://127.0.0.1:9/cb?x=1", &[("error", "access_denied")]),
            "http://127.0.0.1:9/cb?x=1&error=access_denied"
        );
    }
}
