//! API limits the generated Photos client checks before sending (from the overlay in
//! `discovery/photoslibrary.v1.extras/overlay.json`), and the methods Google withdrew in 2025.

mod support;

use google_photos::library::types::*;
use google_photos::library::{Client, Error};
use photos_emulator::Emulator;

async fn setup() -> (Emulator, Client) {
    let server = support::emulator().await;
    let client = support::client(&server);
    (server, client)
}

fn ids(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("id-{i}")).collect()
}

fn assert_invalid<T: std::fmt::Debug>(result: Result<T, Error>, needle: &str) {
    match result {
        Err(Error::InvalidArgument(message)) => {
            assert!(message.contains(needle), "{message:?} lacks {needle:?}")
        }
        other => panic!("expected InvalidArgument, got {other:?}"),
    }
}

#[tokio::test]
async fn batch_methods_take_at_most_fifty_ids() {
    let (server, client) = setup().await;
    let media = client.media_items();
    assert_invalid(
        media.batch_get().media_item_ids(ids(51)).send().await,
        "mediaItemIds` has 51 items",
    );
    let add = BatchAddMediaItemsToAlbumRequest::default().set_media_item_ids(ids(51));
    assert_invalid(
        client.albums().batch_add_media_items("a", add).send().await,
        "at most 50",
    );
    let remove = BatchRemoveMediaItemsFromAlbumRequest::default().set_media_item_ids(ids(51));
    assert_invalid(
        client
            .albums()
            .batch_remove_media_items("a", remove)
            .send()
            .await,
        "at most 50",
    );
    let create = BatchCreateMediaItemsRequest::default()
        .set_new_media_items(vec![NewMediaItem::default(); 51]);
    assert_invalid(
        media.batch_create(create).send().await,
        "newMediaItems` has 51 items",
    );
    assert!(server.requests().is_empty(), "nothing was sent");

    media
        .batch_get()
        .media_item_ids(ids(50))
        .send()
        .await
        .unwrap();
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn page_sizes_are_bounded() {
    let (server, client) = setup().await;
    assert_invalid(
        client.media_items().list().page_size(101).send().await,
        "at most 100",
    );
    assert_invalid(
        client.media_items().list().page_size(-1).send().await,
        "at least 0",
    );
    let search = SearchMediaItemsRequest::default().set_page_size(101);
    assert_invalid(
        client.media_items().search(search).send().await,
        "at most 100",
    );
    assert_invalid(
        client.albums().list().page_size(51).send().await,
        "at most 50",
    );
    assert_invalid(
        client.shared_albums().list().page_size(51).send().await,
        "at most 50",
    );
    assert!(server.requests().is_empty());

    client
        .media_items()
        .list()
        .page_size(100)
        .send()
        .await
        .unwrap();
    client.albums().list().page_size(50).send().await.unwrap();
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn descriptions_and_titles_are_bounded() {
    let (server, client) = setup().await;
    let long = NewMediaItem::default().set_description("é".repeat(1000));
    let create = BatchCreateMediaItemsRequest::default()
        .set_new_media_items([NewMediaItem::default(), long]);
    assert_invalid(
        client.media_items().batch_create(create).send().await,
        "has 1000 characters",
    );
    let patch = MediaItem::default().set_description("x".repeat(1000));
    assert_invalid(
        client.media_items().patch("m", patch).send().await,
        "at most 999",
    );
    let album =
        CreateAlbumRequest::default().set_album(Album::default().set_title("t".repeat(501)));
    assert_invalid(
        client.albums().create(album).send().await,
        "album.title` has 501 characters",
    );
    let rename = Album::default().set_title("t".repeat(501));
    assert_invalid(
        client.albums().patch("a", rename).send().await,
        "at most 500",
    );
    assert!(server.requests().is_empty());

    let ok = CreateAlbumRequest::default().set_album(Album::default().set_title("日".repeat(500)));
    client.albums().create(ok).send().await.unwrap();
    assert_eq!(server.requests().len(), 1);
}

/// Google withdrew the sharing methods on 2025-03-31; the emulator answers them as Google
/// does, and the client reports each 403 as a typed error with its status.
#[tokio::test]
async fn withdrawn_methods_report_403_with_status_and_message() {
    let (server, client) = setup().await;
    let results = [
        client.shared_albums().list().send().await.map(drop),
        client.shared_albums().get("token").send().await.map(drop),
        client
            .shared_albums()
            .join(Default::default())
            .send()
            .await
            .map(drop),
        client
            .shared_albums()
            .leave(Default::default())
            .send()
            .await
            .map(drop),
        client
            .albums()
            .share("album-1", ShareAlbumRequest::default())
            .send()
            .await
            .map(drop),
        client
            .albums()
            .unshare("album-1", Default::default())
            .send()
            .await
            .map(drop),
    ];
    for result in results {
        let err = result.unwrap_err();
        assert!(err.is_permission_denied(), "{err}");
        let api = err.api_error().expect("a typed API error");
        assert_eq!(api.status.as_u16(), 403);
        assert_eq!(api.status_name.as_deref(), Some("PERMISSION_DENIED"));
        assert!(!api.message.is_empty());
        assert!(err.to_string().contains("PERMISSION_DENIED"), "{err}");
    }
    assert_eq!(server.requests().len(), 6, "each call reached the server");
}

/// The same limits, sent as raw HTTP past the client's checks: the emulator enforces them as
/// Google documents them, so the client's checks refuse only what the server would refuse.
#[tokio::test]
async fn the_server_refuses_what_the_client_checks() {
    let server = support::emulator().await;
    // reqwest is built here without a crypto provider of its own: install ring, as the
    // runtime does.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::new();
    let url = |path: &str| format!("{}{path}", server.base_url());
    let refused = |response: reqwest::Response| async move {
        let status = response.status().as_u16();
        let body: serde_json::Value = response.json().await.expect("a JSON error");
        (status, body["error"]["status"].as_str().map(str::to_string))
    };
    let invalid = (400, Some("INVALID_ARGUMENT".to_string()));
    let get = |path: &str| http.get(url(path)).bearer_auth("t").send();

    for (path, allowed) in [("v1/albums", 50), ("v1/mediaItems", 100)] {
        let response = get(&format!("{path}?pageSize={allowed}")).await.unwrap();
        assert_eq!(response.status().as_u16(), 200, "{path} pageSize={allowed}");
        let response = get(&format!("{path}?pageSize={}", allowed + 1))
            .await
            .unwrap();
        assert_eq!(
            refused(response).await,
            invalid,
            "{path} pageSize={}",
            allowed + 1
        );
    }

    let ids = |n: usize| (0..n).map(|i| format!("id-{i}")).collect::<Vec<_>>();
    let query: Vec<(&str, String)> = ids(51).into_iter().map(|id| ("mediaItemIds", id)).collect();
    let response = http
        .get(url("v1/mediaItems:batchGet"))
        .query(&query)
        .bearer_auth("t")
        .send()
        .await
        .unwrap();
    assert_eq!(refused(response).await, invalid, "batchGet of 51 ids");

    let items: Vec<_> = ids(51)
        .into_iter()
        .map(|token| serde_json::json!({"simpleMediaItem": {"uploadToken": token}}))
        .collect();
    let response = http
        .post(url("v1/mediaItems:batchCreate"))
        .json(&serde_json::json!({ "newMediaItems": items }))
        .bearer_auth("t")
        .send()
        .await
        .unwrap();
    assert_eq!(refused(response).await, invalid, "batchCreate of 51 items");

    let title = "t".repeat(501);
    let response = http
        .post(url("v1/albums"))
        .json(&serde_json::json!({"album": {"title": title}}))
        .bearer_auth("t")
        .send()
        .await
        .unwrap();
    assert_eq!(
        refused(response).await,
        invalid,
        "an album title of 501 characters"
    );
}
