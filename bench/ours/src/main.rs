//! Calls each of the 19 Photos Library methods once through discogen's generated client
//! (`google-photoslibrary-v1`), against the base URL given as the only argument.
//!
//! `cargo xtask bench` times the compilation of this program and measures its stripped
//! release size; it also runs it against `mock-server`. Exits non-zero unless every call
//! succeeds.

use std::process::ExitCode;

use google_photoslibrary_v1::rt::auth::StaticToken;
use google_photoslibrary_v1::rt::FieldMask;
use google_photoslibrary_v1::types::*;
use google_photoslibrary_v1::{Client, Error};

const ALBUM: &str = "AF1QipAlbum";
const ITEM: &str = "AF1QipItem";
const SHARE_TOKEN: &str = "AOVP1vShareToken";

/// Reports one call: its name and whether it succeeded.
fn report<T>(name: &str, result: Result<T, Error>, failures: &mut u32) {
    match result {
        Ok(_) => println!("ok   {name}"),
        Err(e) => {
            println!("FAIL {name}: {e}");
            *failures += 1;
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let Some(base_url) = std::env::args().nth(1) else {
        eprintln!("usage: calls-ours <base-url>");
        return ExitCode::from(2);
    };
    let client = match Client::builder()
        .base_url(base_url)
        .token_provider(StaticToken::new("bench-token"))
        .build()
    {
        Ok(client) => client,
        Err(e) => {
            eprintln!("client: {e}");
            return ExitCode::FAILURE;
        }
    };
    let albums = client.albums();
    let media_items = client.media_items();
    let shared_albums = client.shared_albums();
    let mut failures = 0;
    let f = &mut failures;

    let enrichment = AddEnrichmentToAlbumRequest {
        new_enrichment_item: Some(NewEnrichmentItem {
            text_enrichment: Some(TextEnrichment {
                text: Some("Day one".into()),
            }),
            ..Default::default()
        }),
        album_position: Some(AlbumPosition {
            position: Some(AlbumPositionPosition::FirstInAlbum),
            ..Default::default()
        }),
    };
    let r = albums.add_enrichment(ALBUM, enrichment).send().await;
    report("albums.addEnrichment", r, f);
    let add = BatchAddMediaItemsToAlbumRequest {
        media_item_ids: Some(vec![ITEM.into()]),
    };
    let r = albums.batch_add_media_items(ALBUM, add).send().await;
    report("albums.batchAddMediaItems", r, f);
    let remove = BatchRemoveMediaItemsFromAlbumRequest {
        media_item_ids: Some(vec![ITEM.into()]),
    };
    let r = albums.batch_remove_media_items(ALBUM, remove).send().await;
    report("albums.batchRemoveMediaItems", r, f);
    let create = CreateAlbumRequest {
        album: Some(Album {
            title: Some("Holidays".into()),
            ..Default::default()
        }),
    };
    report("albums.create", albums.create(create).send().await, f);
    report("albums.get", albums.get(ALBUM).send().await, f);
    let r = albums.list().page_size(50).send().await;
    report("albums.list", r, f);
    let patch = Album {
        title: Some("Renamed".into()),
        ..Default::default()
    };
    let r = albums
        .patch(ALBUM, patch)
        .update_mask(FieldMask::new(["title"]))
        .send()
        .await;
    report("albums.patch", r, f);
    let share = ShareAlbumRequest {
        shared_album_options: Some(SharedAlbumOptions {
            is_collaborative: Some(true),
            is_commentable: Some(true),
        }),
    };
    report("albums.share", albums.share(ALBUM, share).send().await, f);
    let r = albums.unshare(ALBUM, UnshareAlbumRequest {}).send().await;
    report("albums.unshare", r, f);

    let batch = BatchCreateMediaItemsRequest {
        album_id: Some(ALBUM.into()),
        new_media_items: Some(vec![NewMediaItem {
            description: Some("Beach".into()),
            simple_media_item: Some(SimpleMediaItem {
                upload_token: Some("CAIS-upload-token".into()),
                file_name: Some("beach.jpg".into()),
            }),
        }]),
        album_position: None,
    };
    let r = media_items.batch_create(batch).send().await;
    report("mediaItems.batchCreate", r, f);
    let r = media_items.batch_get().media_item_ids([ITEM]).send().await;
    report("mediaItems.batchGet", r, f);
    report("mediaItems.get", media_items.get(ITEM).send().await, f);
    let r = media_items.list().page_size(100).send().await;
    report("mediaItems.list", r, f);
    let patch = MediaItem {
        description: Some("Sunset".into()),
        ..Default::default()
    };
    let r = media_items
        .patch(ITEM, patch)
        .update_mask(FieldMask::new(["description"]))
        .send()
        .await;
    report("mediaItems.patch", r, f);
    let search = SearchMediaItemsRequest {
        album_id: Some(ALBUM.into()),
        page_size: Some(100),
        ..Default::default()
    };
    let r = media_items.search(search).send().await;
    report("mediaItems.search", r, f);

    let r = shared_albums.get(SHARE_TOKEN).send().await;
    report("sharedAlbums.get", r, f);
    let join = JoinSharedAlbumRequest {
        share_token: Some(SHARE_TOKEN.into()),
    };
    let r = shared_albums.join(join).send().await;
    report("sharedAlbums.join", r, f);
    let leave = LeaveSharedAlbumRequest {
        share_token: Some(SHARE_TOKEN.into()),
    };
    let r = shared_albums.leave(leave).send().await;
    report("sharedAlbums.leave", r, f);
    let r = shared_albums.list().page_size(50).send().await;
    report("sharedAlbums.list", r, f);

    if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
