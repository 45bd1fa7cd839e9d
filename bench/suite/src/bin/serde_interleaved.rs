//! The serde cases of `benches/serde.rs`, timed in turns: each round times a batch of every
//! case, in an order that rotates from round to round, so that a busy moment on a shared
//! machine slows ours and theirs alike. Prints, per case, the fastest and the median batch
//! (nanoseconds per iteration) as `RESULT <case> <fastest> <median>`, for
//! `cargo xtask bench --only serde`.
//!
//! `serde_interleaved [--rounds N]` (40 by default).

use std::hint::black_box;
use std::time::Instant;

use bench_suite::serde_cases::{
    check_equivalence, ours_client_decode, ours_request, theirs_client_decode,
    theirs_client_encode, theirs_request,
};
use bench_support::{list_media_items_response, new_media_items};
use google_photoslibrary1::api as theirs;
use google_photoslibrary_v1::types as ours;

/// Iterations per batch: a batch takes a few milliseconds.
const DECODES: u32 = 50;
const ENCODES: u32 = 1_000;

fn main() {
    let rounds = match std::env::args().skip(1).collect::<Vec<_>>().as_slice() {
        [] => 40,
        [flag, n] if flag == "--rounds" => n.parse().expect("--rounds takes a number"),
        _ => panic!("usage: serde_interleaved [--rounds N]"),
    };
    let page = list_media_items_response(100).into_bytes();
    let items = new_media_items(50);
    check_equivalence(&page, &items);
    let (ours_req, theirs_req) = (ours_request(&items), theirs_request(&items));
    let page = page.as_slice();
    type Case<'a> = (&'static str, u32, Box<dyn Fn() + 'a>);
    let cases: Vec<Case> = vec![
        (
            "decode/ours",
            DECODES,
            Box::new(|| {
                black_box(
                    serde_json::from_slice::<ours::ListMediaItemsResponse>(black_box(page))
                        .unwrap(),
                );
            }),
        ),
        (
            "decode/theirs",
            DECODES,
            Box::new(|| {
                black_box(
                    serde_json::from_slice::<theirs::ListMediaItemsResponse>(black_box(page))
                        .unwrap(),
                );
            }),
        ),
        (
            "decode/ours_client_path",
            DECODES,
            Box::new(|| {
                black_box(ours_client_decode::<ours::ListMediaItemsResponse>(
                    black_box(page),
                ));
            }),
        ),
        (
            "decode/theirs_client_path",
            DECODES,
            Box::new(|| {
                black_box(theirs_client_decode::<theirs::ListMediaItemsResponse>(
                    black_box(page),
                ));
            }),
        ),
        (
            "encode/ours",
            ENCODES,
            Box::new(|| {
                black_box(serde_json::to_vec(black_box(&ours_req)).unwrap());
            }),
        ),
        (
            "encode/theirs",
            ENCODES,
            Box::new(|| {
                black_box(serde_json::to_vec(black_box(&theirs_req)).unwrap());
            }),
        ),
        // discogen's runtime encodes with `serde_json::to_vec` itself (`Call::json_body`).
        (
            "encode/ours_client_path",
            ENCODES,
            Box::new(|| {
                black_box(serde_json::to_vec(black_box(&ours_req)).unwrap());
            }),
        ),
        (
            "encode/theirs_client_path",
            ENCODES,
            Box::new(|| {
                black_box(theirs_client_encode(black_box(&theirs_req)));
            }),
        ),
    ];
    let mut times: Vec<Vec<f64>> = vec![Vec::new(); cases.len()];
    for round in 0..rounds {
        for k in 0..cases.len() {
            let i = (round + k) % cases.len();
            let (_, iterations, run) = &cases[i];
            let start = Instant::now();
            for _ in 0..*iterations {
                run();
            }
            times[i].push(start.elapsed().as_nanos() as f64 / f64::from(*iterations));
        }
    }
    for ((name, _, _), mut samples) in cases.iter().zip(times) {
        samples.sort_by(f64::total_cmp);
        println!(
            "RESULT {name} {:.0} {:.0}",
            samples[0],
            samples[samples.len() / 2]
        );
    }
}
