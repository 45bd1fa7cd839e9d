//! Calls each of the 19 Photos Library methods once through google-apis-rs' client
//! (`google-photoslibrary1` 7.x, default features), against the base URL given as the only
//! argument.
//!
//! The counterpart of `calls-ours`: same calls, same arguments, set up as that crate's
//! documentation shows (hyper-util client over a hyper-rustls connector), with a fixed token.

use std::process::ExitCode;

use google_photoslibrary1::api::*;
use google_photoslibrary1::{hyper_rustls, hyper_util, Error, FieldMask, PhotosLibrary};

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
        eprintln!("usage: calls-theirs <base-url>");
        return ExitCode::from(2);
    };
    let connector = match hyper_rustls::HttpsConnectorBuilder::new().with_native_roots() {
        Ok(builder) => builder.https_or_http().enable_http2().build(),
        Err(e) => {
            eprintln!("TLS roots: {e}");
            return ExitCode::FAILURE;
        }
    };
    let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .build(connector);
    let mut hub = PhotosLibrary::new(client, "bench-token".to_string());
    hub.base_url(base_url.clone());
    hub.root_url(base_url);
    let albums = hub.albums();
    let media_items = hub.media_items();
    let shared_albums = hub.shared_albums();
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
            position: Some("FIRST_IN_ALBUM".into()),
            ..Default::default()
        }),
    };
    let r = albums.add_enrichment(enrichment, ALBUM).doit().await;
    report("albums.addEnrichment", r, f);
    let add = BatchAddMediaItemsToAlbumRequest {
        media_item_ids: Some(vec![ITEM.into()]),
    };
    let r = albums.batch_add_media_items(add, ALBUM).doit().await;
    report("albums.batchAddMediaItems", r, f);
    let remove = BatchRemoveMediaItemsFromAlbumRequest {
        media_item_ids: Some(vec![ITEM.into()]),
    };
    let r = albums.batch_remove_media_items(remove, ALBUM).doit().await;
    report("albums.batchRemoveMediaItems", r, f);
    let create = CreateAlbumRequest {
        album: Some(Album {
            title: Some("Holidays".into()),
            ..Default::default()
        }),
    };
    report("albums.create", albums.create(create).doit().await, f);
    report("albums.get", albums.get(ALBUM).doit().await, f);
    let r = albums.list().page_size(50).doit().await;
    report("albums.list", r, f);
    let patch = Album {
        title: Some("Renamed".into()),
        ..Default::default()
    };
    let r = albums
        .patch(patch, ALBUM)
        .update_mask(FieldMask::new(&["title"]))
        .doit()
        .await;
    report("albums.patch", r, f);
    let share = ShareAlbumRequest {
        shared_album_options: Some(SharedAlbumOptions {
            is_collaborative: Some(true),
            is_commentable: Some(true),
        }),
    };
    report("albums.share", albums.share(share, ALBUM).doit().await, f);
    let unshare = UnshareAlbumRequest::default();
    let r = albums.unshare(unshare, ALBUM).doit().await;
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
    let r = media_items.batch_create(batch).doit().await;
    report("mediaItems.batchCreate", r, f);
    let r = media_items
        .batch_get()
        .add_media_item_ids(ITEM)
        .doit()
        .await;
    report("mediaItems.batchGet", r, f);
    report("mediaItems.get", media_items.get(ITEM).doit().await, f);
    let r = media_items.list().page_size(100).doit().await;
    report("mediaItems.list", r, f);
    let patch = MediaItem {
        description: Some("Sunset".into()),
        ..Default::default()
    };
    let r = media_items
        .patch(patch, ITEM)
        .update_mask(FieldMask::new(&["description"]))
        .doit()
        .await;
    report("mediaItems.patch", r, f);
    let search = SearchMediaItemsRequest {
        album_id: Some(ALBUM.into()),
        page_size: Some(100),
        ..Default::default()
    };
    let r = media_items.search(search).doit().await;
    report("mediaItems.search", r, f);

    let r = shared_albums.get(SHARE_TOKEN).doit().await;
    report("sharedAlbums.get", r, f);
    let join = JoinSharedAlbumRequest {
        share_token: Some(SHARE_TOKEN.into()),
    };
    let r = shared_albums.join(join).doit().await;
    report("sharedAlbums.join", r, f);
    let leave = LeaveSharedAlbumRequest {
        share_token: Some(SHARE_TOKEN.into()),
    };
    let r = shared_albums.leave(leave).doit().await;
    report("sharedAlbums.leave", r, f);
    let r = shared_albums.list().page_size(50).doit().await;
    report("sharedAlbums.list", r, f);

    if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
