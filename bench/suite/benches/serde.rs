//! Serde cost of each crate's own types, on realistic payloads:
//! - decoding a 100-item `ListMediaItemsResponse` (~80 KB);
//! - encoding a 50-item `BatchCreateMediaItemsRequest`.
//!
//! `ours`/`theirs` time the types alone (`serde_json::from_slice` / `to_vec`);
//! `*_client_path` time what each client really does with a body: discogen's runtime decodes
//! through `serde_path_to_error` (to name the failing field), google-apis-rs decodes from a
//! lossily converted `&str` and encodes through a `serde_json::Value` from which it strips
//! nulls.

use std::hint::black_box;

use bench_support::{list_media_items_response, new_media_items, NewItem, ALBUM_ID};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use google_photoslibrary1::api as theirs;
use google_photoslibrary_v1::types as ours;
use serde::de::DeserializeOwned;

fn ours_request(items: &[NewItem]) -> ours::BatchCreateMediaItemsRequest {
    ours::BatchCreateMediaItemsRequest::default()
        .set_album_id(ALBUM_ID)
        .set_new_media_items(items.iter().map(|item| {
            ours::NewMediaItem::default()
                .set_or_clear_description(item.description.clone())
                .set_simple_media_item(
                    ours::SimpleMediaItem::default()
                        .set_upload_token(item.upload_token.clone())
                        .set_file_name(item.file_name.clone()),
                )
        }))
        .set_album_position(
            ours::AlbumPosition::default().set_position(ours::AlbumPositionPosition::LastInAlbum),
        )
}

fn theirs_request(items: &[NewItem]) -> theirs::BatchCreateMediaItemsRequest {
    theirs::BatchCreateMediaItemsRequest {
        album_id: Some(ALBUM_ID.into()),
        new_media_items: Some(
            items
                .iter()
                .map(|item| theirs::NewMediaItem {
                    description: item.description.clone(),
                    simple_media_item: Some(theirs::SimpleMediaItem {
                        upload_token: Some(item.upload_token.clone()),
                        file_name: Some(item.file_name.clone()),
                    }),
                })
                .collect(),
        ),
        album_position: Some(theirs::AlbumPosition {
            position: Some("LAST_IN_ALBUM".into()),
            ..Default::default()
        }),
    }
}

/// How discogen's runtime decodes a response body (`rt::client::decode_json`).
fn ours_client_decode<T: DeserializeOwned>(body: &[u8]) -> T {
    let mut de = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut de).expect("decodes");
    de.end().expect("nothing after the value");
    value
}

/// How google-apis-rs decodes a response body (`doit`).
fn theirs_client_decode<T: DeserializeOwned>(body: &[u8]) -> T {
    serde_json::from_str(&String::from_utf8_lossy(body)).expect("decodes")
}

/// How google-apis-rs encodes a request body (`doit`).
fn theirs_client_encode<T: serde::Serialize>(request: &T) -> Vec<u8> {
    let mut value = serde_json::value::to_value(request).expect("serde to work");
    google_photoslibrary1::common::remove_json_null_values(&mut value);
    let mut out = Vec::with_capacity(128);
    serde_json::to_writer(&mut out, &value).expect("serializes");
    out
}

/// Both crates decode the same page and send the same JSON, or the comparison is void.
fn check_equivalence(page: &[u8], items: &[NewItem]) {
    let a: ours::ListMediaItemsResponse = ours_client_decode(page);
    let b: theirs::ListMediaItemsResponse = theirs_client_decode(page);
    let (a, b) = (a.media_items.unwrap(), b.media_items.unwrap());
    assert_eq!((a.len(), b.len()), (100, 100));
    assert_eq!(a[42].id, b[42].id);
    let sent_ours: serde_json::Value =
        serde_json::from_slice(&serde_json::to_vec(&ours_request(items)).unwrap()).unwrap();
    let sent_theirs: serde_json::Value =
        serde_json::from_slice(&theirs_client_encode(&theirs_request(items))).unwrap();
    assert_eq!(sent_ours, sent_theirs, "both clients send the same request");
}

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
