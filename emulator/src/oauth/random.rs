//! Unguessable strings for client secrets, codes and tokens.
//!
//! Unlike the library's ids (module `ids`), which only need to look random, these are
//! credentials: a test that leaks one must not be able to rely on guessing the next, so every
//! value is fresh bytes from the operating system's generator (`getrandom`).

use crate::ids;

/// The source of credentials; a value, so an OAuth store can be built around one in tests.
pub(crate) struct Random;

impl Random {
    pub(crate) fn new() -> Random {
        Random
    }

    /// `n` fresh random bytes.
    pub(crate) fn bytes(&self, n: usize) -> Vec<u8> {
        let mut out = vec![0u8; n];
        // The OS generator fails only where there is none at all, and then the emulator
        // cannot hand out credentials anyone could trust.
        getrandom::fill(&mut out).expect("the operating system's random generator");
        out
    }

    /// `n` random bytes as URL-safe base64 without padding.
    pub(crate) fn token(&self, n: usize) -> String {
        ids::b64url(&self.bytes(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_differ_within_and_across_generators() {
        let a = Random::new();
        let b = Random::new();
        let x = a.token(24);
        assert_eq!(x.len(), 32);
        assert_ne!(x, a.token(24));
        assert_ne!(x, b.token(24));
        assert_eq!(a.bytes(70).len(), 70);
    }
}
