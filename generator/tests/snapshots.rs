//! The generator's fixture documents (`fixtures/*.json`, one per feature of the format)
//! generate into `fixtures/crates/`, checked in and compiled by `cargo test` as workspace
//! members; `cargo xtask codegen` writes them and the freshness test in xtask fails when
//! they are stale, so a change to the output is a reviewable diff. What is left to test here
//! is that the output does not depend on anything but the input.

use discogen::{generate, Options};

#[test]
fn output_is_deterministic() {
    for json in [
        include_str!("fixtures/features.json"),
        include_str!("fixtures/keywords.json"),
        include_str!("fixtures/shapes.json"),
    ] {
        let first = generate(json, &Options::default()).unwrap();
        let second = generate(json, &Options::default()).unwrap();
        assert_eq!(first, second);
    }
}
