//! The requests Google's own discovery client builds for every Photos method
//! (`data/photoslibrary.v1.requests.jsonl`, from google-api-python-client), replayed through
//! the generated client against the emulator, which records every request.
//!
//! Compared as the reference's README says: same HTTP method, same path after decoding each
//! segment, same query parameters as a multiset after decoding (`alt` aside). Where the
//! reference refused an argument (a path value failing the document's `pattern`), ours must
//! refuse it too, with an invalid-argument error and no request sent.
//!
//! The reference's bodies (`{"probe": 0, "text": "abc"}`) match no schema: a typed client
//! cannot send them, so bodies are checked per method in `photos_methods.rs` instead.

mod support;

use google_photoslibrary_v1::rt::auth::StaticToken;
use google_photoslibrary_v1::{types, Client, Error};
use photos_emulator::Reply;
use serde_json::Value;

const REFERENCE: &str = include_str!("data/photoslibrary.v1.requests.jsonl");

fn s(args: &Value, key: &str) -> String {
    args[key].as_str().expect("string argument").to_string()
}

/// Sends one reference call through our client.
async fn call(client: &Client, id: &str, args: &Value) -> Result<(), Error> {
    let method = id.strip_prefix("photoslibrary.").expect("photos method id");
    match method {
        "albums.addEnrichment" => client
            .albums()
            .add_enrichment(s(args, "albumId"), Default::default())
            .send()
            .await
            .map(drop),
        "albums.batchAddMediaItems" => client
            .albums()
            .batch_add_media_items(s(args, "albumId"), Default::default())
            .send()
            .await
            .map(drop),
        "albums.batchRemoveMediaItems" => client
            .albums()
            .batch_remove_media_items(s(args, "albumId"), Default::default())
            .send()
            .await
            .map(drop),
        "albums.create" => client
            .albums()
            .create(Default::default())
            .send()
            .await
            .map(drop),
        "albums.get" => client
            .albums()
            .get(s(args, "albumId"))
            .send()
            .await
            .map(drop),
        "albums.list" => client
            .albums()
            .list()
            .exclude_non_app_created_data(args["excludeNonAppCreatedData"].as_bool().unwrap())
            .page_size(args["pageSize"].as_i64().unwrap() as i32)
            .page_token(s(args, "pageToken"))
            .send()
            .await
            .map(drop),
        "albums.patch" => client
            .albums()
            .patch(s(args, "id"), types::Album::default())
            .update_mask(s(args, "updateMask").parse().unwrap())
            .send()
            .await
            .map(drop),
        "albums.share" => client
            .albums()
            .share(s(args, "albumId"), Default::default())
            .send()
            .await
            .map(drop),
        "albums.unshare" => client
            .albums()
            .unshare(s(args, "albumId"), Default::default())
            .send()
            .await
            .map(drop),
        "mediaItems.batchCreate" => client
            .media_items()
            .batch_create(Default::default())
            .send()
            .await
            .map(drop),
        "mediaItems.batchGet" => client
            .media_items()
            .batch_get()
            .media_item_ids(
                args["mediaItemIds"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_str().unwrap().to_string()),
            )
            .send()
            .await
            .map(drop),
        "mediaItems.get" => client
            .media_items()
            .get(s(args, "mediaItemId"))
            .send()
            .await
            .map(drop),
        "mediaItems.list" => client
            .media_items()
            .list()
            .page_size(args["pageSize"].as_i64().unwrap() as i32)
            .page_token(s(args, "pageToken"))
            .send()
            .await
            .map(drop),
        "mediaItems.patch" => client
            .media_items()
            .patch(s(args, "id"), types::MediaItem::default())
            .update_mask(s(args, "updateMask").parse().unwrap())
            .send()
            .await
            .map(drop),
        "mediaItems.search" => client
            .media_items()
            .search(Default::default())
            .send()
            .await
            .map(drop),
        "sharedAlbums.get" => client
            .shared_albums()
            .get(s(args, "shareToken"))
            .send()
            .await
            .map(drop),
        "sharedAlbums.join" => client
            .shared_albums()
            .join(Default::default())
            .send()
            .await
            .map(drop),
        "sharedAlbums.leave" => client
            .shared_albums()
            .leave(Default::default())
            .send()
            .await
            .map(drop),
        "sharedAlbums.list" => client
            .shared_albums()
            .list()
            .exclude_non_app_created_data(args["excludeNonAppCreatedData"].as_bool().unwrap())
            .page_size(args["pageSize"].as_i64().unwrap() as i32)
            .page_token(s(args, "pageToken"))
            .send()
            .await
            .map(drop),
        other => panic!("the reference has a method this test does not know: {other}"),
    }
}

/// `/v1/albums/x:share?a=b` → decoded path segments and sorted decoded query pairs.
fn reference_request(uri: &str) -> (Vec<String>, Vec<(String, String)>) {
    let rest = uri
        .strip_prefix("https://photoslibrary.googleapis.com")
        .expect("reference URIs are absolute");
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    // Decoded by the same rules as the requests the emulator records.
    let recorded = photos_emulator::Recorded {
        method: Default::default(),
        path: path.to_string(),
        query: query.to_string(),
        headers: Default::default(),
        body: Vec::new(),
    };
    let mut pairs = recorded.query_pairs();
    pairs.retain(|(k, _)| k != "alt");
    pairs.sort();
    (recorded.decoded_segments(), pairs)
}

#[tokio::test]
async fn every_reference_request_matches() {
    let server = support::emulator().await;
    let client = Client::builder()
        .base_url(server.base_url())
        .token_provider(StaticToken::new("t"))
        .build()
        .unwrap();
    let mut checked = 0;
    let mut methods = std::collections::BTreeSet::new();
    for line in REFERENCE.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).unwrap();
        let id = case["id"].as_str().unwrap();
        methods.insert(id.to_string());
        server.clear_requests();
        // Only the request is compared, so the emulator answers it with an empty success.
        if case.get("error").is_none() {
            server.reply(Reply::json(200, "{}"));
        }
        let result = call(&client, id, &case["args"]).await;
        if let Some(reason) = case.get("error") {
            match result {
                Err(Error::InvalidArgument(_)) => {}
                other => panic!(
                    "{id} {}: the reference refused ({reason}); we gave {other:?}",
                    case["args"]
                ),
            }
            assert!(
                server.requests().is_empty(),
                "{id}: a refused call sent a request"
            );
            checked += 1;
            continue;
        }
        result.unwrap_or_else(|e| panic!("{id} {}: {e}", case["args"]));
        let sent = server.only_request();
        let (segments, pairs) = reference_request(case["uri"].as_str().unwrap());
        assert_eq!(sent.method, case["method"].as_str().unwrap(), "{id}");
        assert_eq!(sent.decoded_segments(), segments, "{id} {}", case["args"]);
        let mut ours = sent.query_pairs();
        ours.retain(|(k, _)| k != "alt");
        ours.sort();
        assert_eq!(ours, pairs, "{id} {}", case["args"]);
        checked += 1;
    }
    assert_eq!(methods.len(), 19, "the reference covers all 19 methods");
    assert_eq!(checked, 76);
}
