//! Unguessable strings for client secrets, codes and tokens.
//!
//! Unlike the library's ids (module `ids`), which only need to look random, these are
//! credentials: a test that leaks one must not be able to rely on guessing the next. The seed
//! comes from the operating system (`/dev/urandom` where there is one, and the per-process
//! random keys of std's `RandomState` in any case), and each value is SHA-256 over the seed
//! and a counter, so no two values repeat and none reveals another. No crate is added for it:
//! the emulator already carries SHA-256.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::ids;

pub(crate) struct Random {
    seed: [u8; 32],
    counter: AtomicU64,
}

impl Random {
    pub(crate) fn new() -> Random {
        let mut material = Vec::with_capacity(128);
        let mut os = [0u8; 32];
        if std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(&mut os))
            .is_ok()
        {
            material.extend_from_slice(&os);
        }
        // Each RandomState carries keys drawn from the OS when the thread first made one,
        // so these words are unpredictable even where /dev/urandom is missing.
        for i in 0u64..4 {
            let mut h = RandomState::new().build_hasher();
            h.write_u64(i);
            material.extend_from_slice(&h.finish().to_le_bytes());
        }
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos();
        material.extend_from_slice(&nanos.to_le_bytes());
        material.extend_from_slice(&std::process::id().to_le_bytes());
        Random {
            seed: ids::sha256(&material),
            counter: AtomicU64::new(0),
        }
    }

    /// `n` fresh random bytes.
    pub(crate) fn bytes(&self, n: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(n + 32);
        while out.len() < n {
            let c = self.counter.fetch_add(1, Ordering::Relaxed);
            out.extend_from_slice(&ids::digest(&[&self.seed, &c.to_be_bytes()]));
        }
        out.truncate(n);
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
