//! Proof Key for Code Exchange (RFC 7636), as "OAuth 2.0 for iOS & Desktop Apps" asks of
//! desktop apps (<https://developers.google.com/identity/protocols/oauth2/native-app>, steps
//! 1 and 5): the app sends `code_challenge` and `code_challenge_method` with the
//! authorization request and the `code_verifier` with the code. The guide's rules:
//! `code_challenge_method` is `S256` or `plain` and "defaults to plain if not present in the
//! request that includes a code_challenge"; an S256 challenge is
//! BASE64URL-NOPAD(SHA256(verifier)). A verifier is 43 to 128 characters of
//! `[A-Za-z0-9-._~]` (RFC 7636, section 4.1), and so is a challenge (section 4.2).

use crate::ids;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Method {
    S256,
    Plain,
}

/// The challenge an authorization request committed to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Challenge {
    value: String,
    method: Method,
}

fn well_formed(s: &str) -> bool {
    (43..=128).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'))
}

/// The challenge of an authorization request, if it has one; `Err` is the `invalid_request`
/// text (the emulator's wording).
pub(crate) fn from_request(
    challenge: Option<&str>,
    method: Option<&str>,
) -> Result<Option<Challenge>, String> {
    let method = match method {
        None => Method::Plain,
        Some("S256") => Method::S256,
        Some("plain") => Method::Plain,
        Some(other) => return Err(format!("Invalid code_challenge_method: {other}")),
    };
    let Some(value) = challenge else {
        return if method == Method::Plain {
            Ok(None)
        } else {
            Err("Missing required parameter: code_challenge".into())
        };
    };
    if !well_formed(value) {
        return Err(
            "Invalid code_challenge: expected 43 to 128 characters of [A-Za-z0-9-._~]".into(),
        );
    }
    Ok(Some(Challenge {
        value: value.to_owned(),
        method,
    }))
}

impl Challenge {
    /// Whether `verifier` is the one this challenge was made from.
    pub(crate) fn verifies(&self, verifier: &str) -> bool {
        if !well_formed(verifier) {
            return false;
        }
        let expected = match self.method {
            Method::S256 => ids::b64url(&ids::sha256(verifier.as_bytes())),
            Method::Plain => verifier.to_owned(),
        };
        same(expected.as_bytes(), self.value.as_bytes())
    }
}

/// Compares without stopping at the first difference, so that answer times say nothing
/// about how much of a guess was right.
pub(crate) fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_7636_appendix_b() {
        let c = from_request(
            Some("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"),
            Some("S256"),
        )
        .unwrap()
        .unwrap();
        assert!(c.verifies("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
        assert!(!c.verifies("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXj"));
        assert!(!c.verifies("short"));
    }

    #[test]
    fn methods_and_defaults() {
        let v = "a".repeat(43);
        let plain = from_request(Some(&v), None).unwrap().unwrap();
        assert!(plain.verifies(&v));
        assert_eq!(from_request(None, None).unwrap(), None);
        assert!(from_request(None, Some("S256")).is_err());
        assert!(from_request(Some(&v), Some("S512")).is_err());
        assert!(from_request(Some("short"), Some("S256")).is_err());
        assert!(same(b"abc", b"abc") && !same(b"abc", b"abd") && !same(b"ab", b"abc"));
    }
}
