//! `pages()` and `items()` against the emulator, whose page tokens really page: every album
//! and media item arrives once, in the server's order, over as many requests as the page
//! size makes.

mod support;

use futures_util::TryStreamExt;
use google_photos::library::types::{
    Album, CreateAlbumRequest, MediaTypeFilter, MediaTypeFilterMediaTypesItem,
    SearchMediaItemsRequest,
};
use google_photos::uploads::NewMedia;
use google_photos::LibraryExt as _;

#[tokio::test]
async fn albums_page_through_every_album_once() {
    let server = support::emulator().await;
    let client = support::client(&server);
    let mut created = Vec::new();
    for i in 0..45 {
        let request =
            CreateAlbumRequest::default().set_album(Album::default().set_title(format!("a{i}")));
        let album = client.albums().create(request).send().await.unwrap();
        created.push(album.id.expect("the emulator names every album"));
    }
    server.clear_requests();

    let pages: Vec<_> = client
        .albums()
        .list()
        .page_size(20)
        .pages()
        .try_collect()
        .await
        .unwrap();
    let sizes: Vec<usize> = pages
        .iter()
        .map(|p| p.albums.as_ref().map_or(0, Vec::len))
        .collect();
    assert_eq!(sizes, [20, 20, 5]);
    assert!(
        pages[2].next_page_token.is_none(),
        "the last page has no token"
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert!(!requests[0].query.contains("pageToken"));
    assert!(requests[1].query.contains("pageToken="));

    let mut listed: Vec<String> = client
        .albums()
        .list()
        .items()
        .map_ok(|album| album.id.unwrap_or_default())
        .try_collect()
        .await
        .unwrap();
    // The default page size is 20, so this took three more requests.
    assert_eq!(server.requests().len(), 6);
    listed.sort();
    created.sort();
    assert_eq!(listed, created);
}

#[tokio::test]
async fn search_pages_through_the_items_that_match() {
    let server = support::emulator().await;
    let client = support::client(&server);
    let dir = support::TempDir::new("paging");
    let mut inputs = Vec::new();
    for i in 0..7 {
        let (name, data) = if i % 2 == 0 {
            (format!("clip{i}.mp4"), support::bytes(100 + i, i as u64))
        } else {
            (format!("photo{i}.jpg"), support::bytes(100 + i, i as u64))
        };
        inputs.push(NewMedia::path(dir.file(&name, &data)));
    }
    let results = client.uploads().create_from_files(inputs).send().await;
    assert!(results.iter().all(Result::is_ok), "{results:?}");

    let videos = SearchMediaItemsRequest::default()
        .set_page_size(3)
        .set_filters(
            google_photos::library::types::Filters::default().set_media_type_filter(
                MediaTypeFilter::default().set_media_types([MediaTypeFilterMediaTypesItem::Video]),
            ),
        );
    server.clear_requests();
    let found: Vec<_> = client
        .media_items()
        .search(videos)
        .items()
        .try_collect()
        .await
        .unwrap();
    let mut names: Vec<String> = found
        .into_iter()
        .map(|m| m.filename.unwrap_or_default())
        .collect();
    names.sort();
    assert_eq!(names, ["clip0.mp4", "clip2.mp4", "clip4.mp4", "clip6.mp4"]);
    // Four videos in pages of three: the token travels in the body of the second request.
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert!(
        requests[1].json()["pageToken"].is_string(),
        "{:?}",
        requests[1].json()
    );
}
