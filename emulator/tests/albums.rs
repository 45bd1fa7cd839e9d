//! Albums: paging, limits, membership, patch and enrichments.

mod common;

use std::collections::HashSet;

use common::{assert_error, Api};
use serde_json::json;

#[tokio::test]
async fn paging_45_albums_over_pages_of_20() {
    let api = Api::new().await;
    let mut made = HashSet::new();
    for i in 0..45 {
        made.insert(api.new_album(&format!("album {i}")).await);
    }
    let mut seen = Vec::new();
    let mut token: Option<String> = None;
    let mut pages = 0;
    loop {
        let path = match &token {
            Some(t) => format!("v1/albums?pageToken={t}"),
            None => "v1/albums".to_owned(),
        };
        let (status, body) = api.get(&path).await;
        assert_eq!(status, 200, "{body}");
        pages += 1;
        let albums = body["albums"].as_array().unwrap();
        assert!(albums.len() <= 20);
        seen.extend(albums.iter().map(|a| a["id"].as_str().unwrap().to_owned()));
        match body.get("nextPageToken") {
            Some(t) => token = Some(t.as_str().unwrap().to_owned()),
            None => break,
        }
    }
    assert_eq!(pages, 3);
    assert_eq!(seen.len(), 45);
    assert_eq!(seen.iter().cloned().collect::<HashSet<_>>(), made);

    let (status, body) = api.get("v1/albums?pageSize=51").await;
    assert_error(status, &body, 400, "INVALID_ARGUMENT");
    let (status, body) = api.get("v1/albums?pageSize=50").await;
    assert_eq!(status, 200);
    assert_eq!(body["albums"].as_array().unwrap().len(), 45);
    let (status, body) = api.get("v1/albums?pageToken=bogus").await;
    assert_error(status, &body, 400, "INVALID_ARGUMENT");
}

#[tokio::test]
async fn batch_get_limits() {
    let api = Api::new().await;
    let item = api.new_item(2, 2).await;
    let id = item["id"].as_str().unwrap();
    let many: Vec<String> = (0..51).map(|i| format!("mediaItemIds=id{i}")).collect();
    let (status, body) = api
        .get(&format!("v1/mediaItems:batchGet?{}", many.join("&")))
        .await;
    assert_error(status, &body, 400, "INVALID_ARGUMENT");
    let (status, body) = api
        .get(&format!(
            "v1/mediaItems:batchGet?mediaItemIds={id}&mediaItemIds=missing"
        ))
        .await;
    assert_eq!(status, 200, "{body}");
    let r = body["mediaItemResults"].as_array().unwrap();
    assert_eq!(r[0]["mediaItem"]["id"], json!(id));
    assert_eq!(r[1]["status"]["code"], 5);
    let (status, _) = api
        .get(&format!(
            "v1/mediaItems:batchGet?mediaItemIds={id}&mediaItemIds={id}"
        ))
        .await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn album_membership_cover_and_patch() {
    let api = Api::new().await;
    let album = api.new_album("trip").await;
    let a = api.new_item(3, 3).await["id"].as_str().unwrap().to_owned();
    let b = api.new_item(4, 4).await["id"].as_str().unwrap().to_owned();
    let (status, body) = api
        .post(
            &format!("v1/albums/{album}:batchAddMediaItems"),
            json!({ "mediaItemIds": [a, b] }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let (_, got) = api.get(&format!("v1/albums/{album}")).await;
    assert_eq!(got["mediaItemsCount"], "2");
    assert_eq!(got["isWriteable"], true);
    assert_eq!(got["coverPhotoMediaItemId"], json!(a));
    assert!(got["coverPhotoBaseUrl"]
        .as_str()
        .unwrap()
        .starts_with(api.server.base_url()));

    let (status, body) = api
        .patch(
            &format!("v1/albums/{album}?updateMask=title,coverPhotoMediaItemId"),
            json!({ "title": "renamed", "coverPhotoMediaItemId": b }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["title"], "renamed");
    assert_eq!(body["coverPhotoMediaItemId"], json!(b));
    let (status, body) = api
        .patch(
            &format!("v1/albums/{album}?updateMask=isWriteable"),
            json!({}),
        )
        .await;
    assert_error(status, &body, 400, "INVALID_ARGUMENT");

    let (status, body) = api
        .post("v1/mediaItems:search", json!({ "albumId": album }))
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["mediaItems"].as_array().unwrap().len(), 2);
    let (status, _) = api
        .post(
            "v1/mediaItems:search",
            json!({ "albumId": album, "filters": {} }),
        )
        .await;
    assert_eq!(status, 400);

    let (status, body) = api
        .post(
            &format!("v1/albums/{album}:batchRemoveMediaItems"),
            json!({ "mediaItemIds": [a] }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(api.server.albums()[0].media_item_ids, vec![b.clone()]);

    let (status, body) = api
        .post(
            &format!("v1/albums/{album}:addEnrichment"),
            json!({ "newEnrichmentItem": { "textEnrichment": { "text": "Day 1" } } }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert!(body["enrichmentItem"]["id"].is_string());
    assert_eq!(api.server.albums()[0].enrichments, 1);
    let (status, _) = api
        .post(
            &format!("v1/albums/{album}:addEnrichment"),
            json!({ "newEnrichmentItem": {} }),
        )
        .await;
    assert_eq!(status, 400);

    let too_many: Vec<String> = (0..51).map(|i| format!("x{i}")).collect();
    let (status, _) = api
        .post(
            &format!("v1/albums/{album}:batchAddMediaItems"),
            json!({ "mediaItemIds": too_many }),
        )
        .await;
    assert_eq!(status, 400);
    let (status, body) = api
        .post(
            "v1/albums",
            json!({ "album": { "title": "t".repeat(501) } }),
        )
        .await;
    assert_error(status, &body, 400, "INVALID_ARGUMENT");
}

#[tokio::test]
async fn batch_create_into_album() {
    let api = Api::new().await;
    let album = api.new_album("dest").await;
    let t = api.upload_raw(common::png(2, 2), "image/png").await;
    let (status, body) = api.create_items(&[&t], Some(&album)).await;
    assert_eq!(status, 200, "{body}");
    let id = body["newMediaItemResults"][0]["mediaItem"]["id"]
        .as_str()
        .unwrap();
    assert_eq!(api.server.albums()[0].media_item_ids, vec![id.to_owned()]);
    let (status, _) = api.create_items(&[&t], Some("not-an-album")).await;
    assert_eq!(status, 400);
    let tokens: Vec<&str> = std::iter::repeat_n(t.as_str(), 51).collect();
    let (status, _) = api.create_items(&tokens, None).await;
    assert_eq!(status, 400);
}
