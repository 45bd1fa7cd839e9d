//! Serde cost of each crate's own types, on realistic payloads:
//! - decoding a 100-item `ListMediaItemsResponse` (~80 KB);
//! - encoding a 50-item `BatchCreateMediaItemsRequest`.
//!
//! `cargo xtask bench --only serde` reports the same cases timed interleaved
//! (`src/bin/serde_interleaved.rs`), steadier on a shared machine; this criterion bench gives
//! their distributions (`cargo bench -p bench-suite --bench serde` in `bench/`).
//!
//! `ours`/`theirs` time the types alone (`serde_json::from_slice` / `to_vec`);
//! `*_client_path` time what each client really does with a body (`bench_suite::serde_cases`):
//! discogen's runtime decodes with serde_json alone, google-apis-rs decodes from a lossily
//! converted `&str` and encodes through a `serde_json::Value` from which it strips nulls.

use std::hint::black_box;

use bench_suite::serde_cases::{
    check_equivalence, ours_client_decode, ours_request, theirs_client_decode,
    theirs_client_encode, theirs_request,
};
use bench_support::{list_media_items_response, new_media_items};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use google_photoslibrary1::api as theirs;
use google_photoslibrary_v1::types as ours;

fn serde_benches(c: &mut Criterion) {
    let page = list_media_items_response(100).into_bytes();
    let items = new_media_items(50);
    check_equivalence(&page, &items);

    let mut group = c.benchmark_group("decode_list_media_items_100");
    group.throughput(Throughput::Bytes(page.len() as u64));
    group.bench_function("ours", |b| {
        b.iter(|| serde_json::from_slice::<ours::ListMediaItemsResponse>(black_box(&page)))
    });
    group.bench_function("theirs", |b| {
        b.iter(|| serde_json::from_slice::<theirs::ListMediaItemsResponse>(black_box(&page)))
    });
    group.bench_function("ours_client_path", |b| {
        b.iter(|| ours_client_decode::<ours::ListMediaItemsResponse>(black_box(&page)))
    });
    group.bench_function("theirs_client_path", |b| {
        b.iter(|| theirs_client_decode::<theirs::ListMediaItemsResponse>(black_box(&page)))
    });
    group.finish();

    let ours_req = ours_request(&items);
    let theirs_req = theirs_request(&items);
    let mut group = c.benchmark_group("encode_batch_create_50");
    group.bench_function("ours", |b| {
        b.iter(|| serde_json::to_vec(black_box(&ours_req)))
    });
    group.bench_function("theirs", |b| {
        b.iter(|| serde_json::to_vec(black_box(&theirs_req)))
    });
    // discogen's runtime encodes with `serde_json::to_vec` itself (`Call::json_body`).
    group.bench_function("ours_client_path", |b| {
        b.iter(|| serde_json::to_vec(black_box(&ours_req)))
    });
    group.bench_function("theirs_client_path", |b| {
        b.iter(|| theirs_client_encode(black_box(&theirs_req)))
    });
    group.finish();
}

criterion_group!(benches, serde_benches);
criterion_main!(benches);
