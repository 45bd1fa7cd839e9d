//! Opaque identifiers. The reference documents ids, page tokens and upload tokens only as
//! opaque strings (<https://developers.google.com/photos/library/reference/rest/v1/mediaItems#MediaItem>);
//! they are made here from a counter and a per-library secret through SHA-256, so that they
//! look random, never sequential, and a client cannot come to depend on their shape.

use sha2::{Digest, Sha256};

/// SHA-256 over the parts, each length-prefixed so that different splits never collide.
pub(crate) fn digest(parts: &[&[u8]]) -> [u8; 32] {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_be_bytes());
        h.update(p);
    }
    h.finalize().into()
}

pub(crate) fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// URL-safe base64 without padding (RFC 4648 §5).
pub(crate) fn b64url(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 3);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

pub(crate) fn b64url_decode(s: &str) -> Option<Vec<u8>> {
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        } as u32)
    };
    let b = s.as_bytes();
    if b.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(b.len() * 3 / 4);
    for chunk in b.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= val(c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

/// A new opaque id of a kind ("album", "item", …) from the library's secret and counter.
pub(crate) fn opaque(secret: &[u8], kind: &str, counter: u64, len: usize) -> String {
    let mut bytes = Vec::new();
    let mut round = 0u64;
    while bytes.len() < len {
        bytes.extend_from_slice(&digest(&[
            secret,
            kind.as_bytes(),
            &counter.to_be_bytes(),
            &round.to_be_bytes(),
        ]));
        round += 1;
    }
    bytes.truncate(len);
    // Google's ids start with a letter; keeping that spares clients that (wrongly) assume it.
    format!("A{}", b64url(&bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips() {
        for n in 0..20u8 {
            let v: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37)).collect();
            assert_eq!(b64url_decode(&b64url(&v)).unwrap(), v);
        }
        assert_eq!(b64url(b"foobar"), "Zm9vYmFy");
        assert_eq!(b64url(b"fo"), "Zm8");
        assert!(b64url_decode("a").is_none());
        assert!(b64url_decode("a*==").is_none());
    }

    #[test]
    fn ids_differ() {
        let a = opaque(b"s", "album", 1, 48);
        let b = opaque(b"s", "album", 2, 48);
        assert_ne!(a, b);
        assert!(a.len() > 60);
    }
}
