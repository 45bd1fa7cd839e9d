//! Page sizes and page tokens.
//!
//! The reference gives each list method a default and a maximum page size: 25 and 100 for
//! `mediaItems.list` and `mediaItems.search`, 20 and 50 for `albums.list`
//! (<https://developers.google.com/photos/library/reference/rest/v1/mediaItems/list>,
//! <https://developers.google.com/photos/library/reference/rest/v1/mediaItems/search>,
//! <https://developers.google.com/photos/library/reference/rest/v1/albums/list>). It does not
//! say the server clamps a larger value, so the emulator rejects one with 400
//! INVALID_ARGUMENT, which makes a client that overshoots notice. A page token is opaque and
//! only valid for the query that produced it; the last page has no `nextPageToken`
//! (<https://developers.google.com/photos/library/guides/list#pagination>).

use crate::errors::ApiError;
use crate::ids;

/// What a page size above the maximum gets: the Library's reference states no clamping, so
/// it is refused; the Picker's `mediaItems.list` says "values above 100 will be coerced to
/// 100".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AboveMax {
    Refuse,
    Coerce,
}

/// Resolves a requested page size (absent or 0 means the default; negative is refused).
pub(crate) fn page_size(
    requested: Option<i64>,
    default: usize,
    max: usize,
    above_max: AboveMax,
) -> Result<usize, ApiError> {
    match requested {
        None | Some(0) => Ok(default),
        Some(n) if n < 0 => Err(ApiError::invalid(format!(
            "pageSize must not be negative, got {n}."
        ))),
        Some(n) if n as u64 > max as u64 => match above_max {
            AboveMax::Refuse => Err(ApiError::invalid(format!(
                "pageSize must be at most {max}, got {n}."
            ))),
            AboveMax::Coerce => Ok(max),
        },
        Some(n) => Ok(n as usize),
    }
}

/// A page token: the offset plus a MAC binding it to the query (`fingerprint`), so that a
/// forged token or one from another query is rejected instead of silently misread.
pub(crate) fn token(secret: &str, fingerprint: &str, offset: usize) -> String {
    let off = (offset as u64).to_be_bytes();
    let mac = ids::digest(&[secret.as_bytes(), b"page", fingerprint.as_bytes(), &off]);
    let mut raw = off.to_vec();
    raw.extend_from_slice(&mac[..16]);
    ids::b64url(&raw)
}

pub(crate) fn offset(
    secret: &str,
    fingerprint: &str,
    token: Option<&str>,
) -> Result<usize, ApiError> {
    let Some(token) = token.filter(|t| !t.is_empty()) else {
        return Ok(0);
    };
    let bad = || ApiError::invalid("Invalid page token.");
    let raw = ids::b64url_decode(token).ok_or_else(bad)?;
    if raw.len() != 24 {
        return Err(bad());
    }
    let off = u64::from_be_bytes(raw[..8].try_into().map_err(|_| bad())?);
    if self::token(secret, fingerprint, off as usize) != token {
        return Err(bad());
    }
    usize::try_from(off).map_err(|_| bad())
}

/// One page of `all` starting at the token's offset, and the next token if more remain.
pub(crate) fn page<T: Clone>(
    all: &[T],
    secret: &str,
    fingerprint: &str,
    page_token: Option<&str>,
    size: usize,
) -> Result<(Vec<T>, Option<String>), ApiError> {
    let start = offset(secret, fingerprint, page_token)?.min(all.len());
    let end = start.saturating_add(size).min(all.len());
    let next = (end < all.len()).then(|| token(secret, fingerprint, end));
    Ok((all[start..end].to_vec(), next))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_rejects() {
        let all: Vec<u32> = (0..45).collect();
        let (p1, t1) = page(&all, "s", "q", None, 20).unwrap();
        assert_eq!(p1.len(), 20);
        let (p3, t3) = page(&all, "s", "q", Some(&token("s", "q", 40)), 20).unwrap();
        assert_eq!(p3, vec![40, 41, 42, 43, 44]);
        assert!(t3.is_none());
        assert!(offset("s", "other", t1.as_deref()).is_err());
        assert!(offset("s", "q", Some("garbage!")).is_err());
        assert!(page_size(Some(51), 20, 50, AboveMax::Refuse).is_err());
        assert_eq!(page_size(Some(51), 20, 50, AboveMax::Coerce).unwrap(), 50);
        assert_eq!(page_size(None, 20, 50, AboveMax::Refuse).unwrap(), 20);
    }
}
