//! Calls each of the 19 Photos Library methods once through discogen's generated client
//! (`google-photoslibrary-v1`), against the base URL given as the only argument.
//!
//! `cargo xtask bench` times the compilation of this program and measures its stripped
//! release size; it also runs it against `mock-server`. Exits non-zero unless every call
//! succeeds.

use std::process::ExitCode;

use google_photoslibrary_v1::rt::auth::StaticToken;
use google_photoslibrary_v1::rt::wkt::FieldMask;
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

    let enrichment = AddEnrichmentToAlbumRequest::default()
        .set_new_enrichment_item(
            NewEnrichmentItem::default()
                .set_text_enrichment(TextEnrichment::default().set_text("Day one")),
        )
        .set_album_position(
            AlbumPosition::default().set_position(AlbumPositionPosition::FirstInAlbum),
        );
    let r = albums.add_enrichment(ALBUM, enrichment).send().await;
    report("albums.addEnrichment", r, f);
    let add = BatchAddMediaItemsToAlbumRequest::default().set_media_item_ids([ITEM]);
    let r = albums.batch_add_media_items(ALBUM, add).send().await;
    report("albums.batchAddMediaItems", r, f);
    let remove = BatchRemoveMediaItemsFromAlbumRequest::default().set_media_item_ids([ITEM]);
    let r = albums.batch_remove_media_items(ALBUM, remove).send().await;
    report("albums.batchRemoveMediaItems", r, f);
    let create = CreateAlbumRequest::default().set_album(Album::default().set_title("Holidays"));
    report("albums.create", albums.create(create).send().await, f);
    report("albums.get", albums.get(ALBUM).send().await, f);
    let r = albums.list().page_size(50).send().await;
    report("albums.list", r, f);
    let patch = Album::default().set_title("Renamed");
    let r = albums
        .patch(ALBUM, patch)
        .update_mask(FieldMask::new(["title"]))
        .send()
        .await;
    report("albums.patch", r, f);
    let share = ShareAlbumRequest::default().set_shared_album_options(
        SharedAlbumOptions::default()
            .set_is_collaborative(true)
            .set_is_commentable(true),
    );
    report("albums.share", albums.share(ALBUM, share).send().await, f);
    let r = albums
        .unshare(ALBUM, UnshareAlbumRequest::default())
        .send()
        .await;
    report("albums.unshare", r, f);

    let batch = BatchCreateMediaItemsRequest::default()
        .set_album_id(ALBUM)
        .set_new_media_items([NewMediaItem::default()
            .set_description("Beach")
            .set_simple_media_item(
                SimpleMediaItem::default()
                    .set_upload_token("CAIS-upload-token")
                    .set_file_name("beach.jpg"),
            )]);
    let r = media_items.batch_create(batch).send().await;
    report("mediaItems.batchCreate", r, f);
    let r = media_items.batch_get().media_item_ids([ITEM]).send().await;
    report("mediaItems.batchGet", r, f);
    report("mediaItems.get", media_items.get(ITEM).send().await, f);
    let r = media_items.list().page_size(100).send().await;
    report("mediaItems.list", r, f);
    let patch = MediaItem::default().set_description("Sunset");
    let r = media_items
        .patch(ITEM, patch)
        .update_mask(FieldMask::new(["description"]))
        .send()
        .await;
    report("mediaItems.patch", r, f);
    let search = SearchMediaItemsRequest::default()
        .set_album_id(ALBUM)
        .set_page_size(100);
    let r = media_items.search(search).send().await;
    report("mediaItems.search", r, f);

    let r = shared_albums.get(SHARE_TOKEN).send().await;
    report("sharedAlbums.get", r, f);
    let join = JoinSharedAlbumRequest::default().set_share_token(SHARE_TOKEN);
    let r = shared_albums.join(join).send().await;
    report("sharedAlbums.join", r, f);
    let leave = LeaveSharedAlbumRequest::default().set_share_token(SHARE_TOKEN);
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
