//! What the Photos client tests share: an emulator and a client pointed at it.

#![allow(dead_code)]

use google_photoslibrary_v1::rt::auth::StaticToken;
use google_photoslibrary_v1::Client;
use photos_emulator::Emulator;
use sha2::{Digest, Sha256};

/// A fresh in-memory emulator on a free port.
pub async fn emulator() -> Emulator {
    Emulator::start().await.expect("the emulator starts")
}

/// A client of `emulator` with a token the emulator accepts.
pub fn client(emulator: &Emulator) -> Client {
    Client::builder()
        .base_url(emulator.base_url())
        .token_provider(StaticToken::new("test-token"))
        .build()
        .expect("client builds")
}

/// `len` bytes of a pattern that differs with `seed`, for uploads to compare byte for byte.
pub fn bytes(len: usize, seed: u64) -> Vec<u8> {
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    (0..len)
        .map(|_| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) as u8
        })
        .collect()
}

pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}
