//! API limits the generated Photos client checks before sending (from the overlay in
//! `discovery/photoslibrary.v1.extras/overlay.json`), and the methods Google withdrew in 2025.

mod support;

use google_photoslibrary_v1::rt::auth::StaticToken;
use google_photoslibrary_v1::types::*;
use google_photoslibrary_v1::{Client, Error};
use support::{Reply, TestServer};

async fn setup() -> (TestServer, Client) {
    let server = TestServer::start().await;
    let client = Client::builder()
        .base_url(&server.base_url)
        .token_provider(StaticToken::new("test-token"))
        .build()
        .expect("client builds");
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

const DENIED: &str = r#"{"error": {"code": 403, "message": "Request had insufficient authentication scopes.",
    "status": "PERMISSION_DENIED"}}"#;

#[tokio::test]
async fn withdrawn_methods_report_403_with_status_and_message() {
    let (server, client) = setup().await;
    server.reply(Reply::json(403, DENIED));
    let err = client.shared_albums().list().send().await.unwrap_err();
    assert!(err.is_permission_denied());
    let api = err.api_error().expect("a typed API error");
    assert_eq!(api.status.as_u16(), 403);
    assert_eq!(api.status_name.as_deref(), Some("PERMISSION_DENIED"));
    assert_eq!(
        api.message,
        "Request had insufficient authentication scopes."
    );

    server.reply(Reply::json(403, DENIED));
    let share = ShareAlbumRequest::default();
    let err = client
        .albums()
        .share("album-1", share)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403));
    assert!(err.to_string().contains("PERMISSION_DENIED"), "{err}");
}
