//! The requests Google's own discovery client builds for every Photos method
//! (`data/photoslibrary.v1.requests.jsonl`, from google-api-python-client), replayed through
//! the generated client against the runtime's mock transport (`rt::testing::MockTransport`),
//! which answers each call with a scripted empty success and records the request it got. No
//! server is started and nothing goes on the network.
//!
//! Compared as the reference's README says: same HTTP method, same path after decoding each
//! segment, same query parameters as a multiset after decoding (`alt` aside). Both sides are
//! decoded by the same rules (below): path segments percent-decoded, the query form-decoded.
//! Where the reference refused an argument (a path value failing the document's `pattern`),
//! ours must refuse it too, with an invalid-argument error and no request sent.
//!
//! The reference's bodies (`{"probe": 0, "text": "abc"}`) match no schema: a typed client
//! cannot send them, so bodies are checked per method in `methods.rs` instead.

use google_photos::library::rt::auth::StaticToken;
use google_photos::library::rt::testing::{MockReply, MockTransport};
use google_photos::library::{types, Client, Error};
use percent_encoding::percent_decode_str;
use serde_json::{json, Value};

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
            .update_mask(s(args, "updateMask"))
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
            .update_mask(s(args, "updateMask"))
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

/// A path's segments after the leading `/`, each percent-decoded (so an id containing an
/// escaped `/` stays one segment); invalid escapes stay as they are.
fn decoded_segments(path: &str) -> Vec<String> {
    path.trim_start_matches('/')
        .split('/')
        .map(|s| percent_decode_str(s).decode_utf8_lossy().into_owned())
        .collect()
}

/// A query string's `(name, value)` pairs, form-decoded (`+` is a space), sorted, `alt`
/// left out.
fn decoded_query(query: &str) -> Vec<(String, String)> {
    let decode = |s: &str| {
        percent_decode_str(&s.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned()
    };
    let mut pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .filter(|(k, _)| k != "alt")
        .collect();
    pairs.sort();
    pairs
}

/// An absolute URL → decoded path segments and sorted decoded query pairs.
fn decoded_request(url: &str) -> (Vec<String>, Vec<(String, String)>) {
    let rest = url
        .strip_prefix("https://photoslibrary.googleapis.com")
        .expect("absolute URLs of the API's root");
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    (decoded_segments(path), decoded_query(query))
}

#[tokio::test]
async fn every_reference_request_matches() {
    let mut checked = 0;
    let mut methods = std::collections::BTreeSet::new();
    for line in REFERENCE.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).unwrap();
        let id = case["id"].as_str().unwrap();
        methods.insert(id.to_string());
        // A fresh mock for each case, so that it records this call's requests only.
        let mock = MockTransport::new();
        let client = Client::builder()
            .transport(mock.clone())
            .token_provider(StaticToken::new("t"))
            .build()
            .unwrap();
        // Only the request is compared, so the mock answers it with an empty success.
        if case.get("error").is_none() {
            mock.on(id).reply(MockReply::json(200, json!({})));
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
                mock.requests().is_empty(),
                "{id}: a refused call sent a request"
            );
            checked += 1;
            continue;
        }
        result.unwrap_or_else(|e| panic!("{id} {}: {e}", case["args"]));
        let requests = mock.requests();
        assert_eq!(requests.len(), 1, "{id}: one request, got {requests:#?}");
        let sent = &requests[0];
        let (segments, pairs) = decoded_request(case["uri"].as_str().unwrap());
        let (our_segments, our_pairs) = decoded_request(&sent.url);
        assert_eq!(
            sent.method.as_str(),
            case["method"].as_str().unwrap(),
            "{id}"
        );
        assert_eq!(our_segments, segments, "{id} {}", case["args"]);
        assert_eq!(our_pairs, pairs, "{id} {}", case["args"]);
        checked += 1;
    }
    assert_eq!(methods.len(), 19, "the reference covers all 19 methods");
    assert_eq!(checked, 76);
}
