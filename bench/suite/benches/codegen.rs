//! How long discogen takes to turn the Photos Library Discovery document into a crate
//! (`discogen::generate`: parse, lower, emit with prettyplease; the `rustfmt` pass that
//! `cargo xtask codegen` adds runs in a separate process and is not included), against the
//! floor of reading the same document into a `serde_json::Value`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};

fn codegen_benches(c: &mut Criterion) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../discovery/photoslibrary.v1.json"
    );
    let document = std::fs::read_to_string(path).expect("the Photos Library document");
    let options = discogen::Options::default();
    let files = discogen::generate(&document, &options).expect("generates");
    assert!(files.iter().any(|f| f.path.ends_with("types.rs")));

    let mut group = c.benchmark_group("codegen_photoslibrary");
    group.sample_size(20);
    group.bench_function("discogen_generate", |b| {
        b.iter(|| discogen::generate(black_box(&document), &options).expect("generates"))
    });
    group.bench_function("serde_json_value", |b| {
        b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(&document)).expect("JSON"))
    });
    group.finish();
}

criterion_group!(benches, codegen_benches);
criterion_main!(benches);
