//! What the serde benchmarks share: the payloads each crate decodes and encodes, and how each
//! client really treats a body.

pub mod serde_cases {
    use bench_support::{NewItem, ALBUM_ID};
    use google_photoslibrary1::api as theirs;
    use google_photoslibrary_v1::types as ours;
    use serde::de::DeserializeOwned;

    pub fn ours_request(items: &[NewItem]) -> ours::BatchCreateMediaItemsRequest {
        ours::BatchCreateMediaItemsRequest::default()
            .set_album_id(ALBUM_ID)
            .set_new_media_items(items.iter().map(|item| {
                let mut new = ours::NewMediaItem::default().set_simple_media_item(
                    ours::SimpleMediaItem::default()
                        .set_upload_token(item.upload_token.clone())
                        .set_file_name(item.file_name.clone()),
                );
                // Assigned: an item without a description leaves it out (as theirs does),
                // where `set_or_clear_description(None)` would send `null`.
                new.description = item.description.clone();
                new
            }))
            .set_album_position(
                ours::AlbumPosition::default()
                    .set_position(ours::AlbumPositionPosition::LastInAlbum),
            )
    }

    pub fn theirs_request(items: &[NewItem]) -> theirs::BatchCreateMediaItemsRequest {
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

    /// How discogen's runtime decodes a response body (`decode_json` in the runtime's
    /// `client.rs`): an empty body is `{}`, and the rest is serde_json alone (the path of a
    /// failure is found from the error's position afterwards, not tracked while decoding).
    pub fn ours_client_decode<T: DeserializeOwned>(body: &[u8]) -> T {
        let body = if body.iter().all(u8::is_ascii_whitespace) {
            &b"{}"[..]
        } else {
            body
        };
        serde_json::from_slice(body).expect("decodes")
    }

    /// How google-apis-rs decodes a response body (`doit`).
    pub fn theirs_client_decode<T: DeserializeOwned>(body: &[u8]) -> T {
        serde_json::from_str(&String::from_utf8_lossy(body)).expect("decodes")
    }

    /// How google-apis-rs encodes a request body (`doit`).
    pub fn theirs_client_encode<T: serde::Serialize>(request: &T) -> Vec<u8> {
        let mut value = serde_json::value::to_value(request).expect("serde to work");
        google_photoslibrary1::common::remove_json_null_values(&mut value);
        let mut out = Vec::with_capacity(128);
        serde_json::to_writer(&mut out, &value).expect("serializes");
        out
    }

    /// Both crates decode the same page and send the same JSON, or the comparison is void.
    pub fn check_equivalence(page: &[u8], items: &[NewItem]) {
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
}
