//! Post-2025 visibility, withdrawn sharing, scopes, errors and the scripted reply override.

mod common;

use common::{assert_error, png, Api};
use photos_emulator::{Emulator, Reply, SeedAlbum, SeedMediaItem};
use serde_json::json;

#[tokio::test]
async fn seeded_items_and_albums_are_invisible() {
    let api = Api::new().await;
    let mut seeded = SeedMediaItem::new("user.png", "image/png");
    seeded.bytes = png(4, 4);
    seeded.favorite = true;
    let item = api.server.seed_media_item(seeded);
    let album = api.server.seed_album(SeedAlbum {
        title: "user's".into(),
        media_item_ids: vec![item.clone()],
    });
    let own = api.new_item(2, 2).await;
    let own_id = own["id"].as_str().unwrap();

    let (status, body) = api.get(&format!("v1/mediaItems/{item}")).await;
    assert_error(status, &body, 404, "NOT_FOUND");
    let (status, body) = api.get(&format!("v1/albums/{album}")).await;
    assert_error(status, &body, 404, "NOT_FOUND");
    let (_, list) = api.get("v1/mediaItems").await;
    let ids: Vec<&str> = list["mediaItems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec![own_id]);
    let (_, albums) = api.get("v1/albums").await;
    assert!(albums.get("albums").is_none(), "{albums}");
    let (_, found) = api
        .post(
            "v1/mediaItems:search",
            json!({ "filters": { "featureFilter": { "includedFeatures": ["FAVORITES"] } } }),
        )
        .await;
    assert!(found.get("mediaItems").is_none(), "{found}");
    let (_, all) = api.post("v1/mediaItems:search", json!({})).await;
    assert_eq!(all["mediaItems"].as_array().unwrap().len(), 1);
    let (status, body) = api
        .get(&format!("v1/mediaItems:batchGet?mediaItemIds={item}"))
        .await;
    assert_eq!(status, 200);
    assert_eq!(body["mediaItemResults"][0]["status"]["code"], 5);

    let mine = api.new_album("mine").await;
    let (status, _) = api
        .post(
            &format!("v1/albums/{mine}:batchAddMediaItems"),
            json!({ "mediaItemIds": [item] }),
        )
        .await;
    assert_eq!(status, 400);
    let (status, _) = api
        .post(
            &format!("v1/albums/{album}:batchAddMediaItems"),
            json!({ "mediaItemIds": [own_id] }),
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(api.server.media_items().len(), 2);
    assert!(!api.server.albums()[0].app_created);
}

#[tokio::test]
async fn sharing_is_withdrawn() {
    let api = Api::new().await;
    let album = api.new_album("a").await;
    for (method, path) in [
        ("POST", format!("v1/albums/{album}:share")),
        ("POST", format!("v1/albums/{album}:unshare")),
        ("GET", "v1/sharedAlbums".to_owned()),
        ("GET", "v1/sharedAlbums/some-token".to_owned()),
        ("POST", "v1/sharedAlbums:join".to_owned()),
        ("POST", "v1/sharedAlbums:leave".to_owned()),
    ] {
        let req = if method == "GET" {
            api.http.get(api.url(&path))
        } else {
            api.http.post(api.url(&path)).json(&json!({}))
        };
        let (status, body) = api.send(req).await;
        assert_error(status, &body, 403, "PERMISSION_DENIED");
    }
}

#[tokio::test]
async fn strict_scopes_appendonly_can_create_but_not_list() {
    let api = Api::with(
        Emulator::builder().strict_scopes(true),
        "scopes:photoslibrary.appendonly",
    )
    .await;
    let (status, body) = api
        .post("v1/albums", json!({ "album": { "title": "x" } }))
        .await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = api.get("v1/albums").await;
    assert_error(status, &body, 403, "PERMISSION_DENIED");
    assert_eq!(
        body["error"]["message"],
        "Request had insufficient authentication scopes."
    );
    let read = api.send(api.http.get(api.url("v1/albums"))).await;
    assert_eq!(read.0, 403);
    let resp = api
        .http
        .get(api.url("v1/albums"))
        .bearer_auth("scopes:https://www.googleapis.com/auth/photoslibrary.readonly.appcreateddata")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
}

#[tokio::test]
async fn errors_on_the_wire() {
    let api = Api::new().await;
    let resp = api.http.get(api.url("v1/albums")).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 401);
    assert!(resp.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/json"));
    let body: serde_json::Value = resp.json().await.unwrap();
    assert_error(401, &body, 401, "UNAUTHENTICATED");

    let (status, body) = api
        .send(api.http.post(api.url("v1/albums")).body("{not json"))
        .await;
    assert_error(status, &body, 400, "INVALID_ARGUMENT");
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("Invalid JSON payload"));
    let (status, body) = api
        .post(
            "v1/albums",
            json!({ "album": { "title": "x", "color": "red" } }),
        )
        .await;
    assert_error(status, &body, 400, "INVALID_ARGUMENT");
    let (status, body) = api.get("v1/nothing/here").await;
    assert_error(status, &body, 404, "NOT_FOUND");
    let (status, body) = api.get("v1/albums?bogus=1").await;
    assert_error(status, &body, 400, "INVALID_ARGUMENT");
    let (status, _) = api.get("v1/albums?pageSize=abc").await;
    assert_eq!(status, 400);
    let (status, _) = api
        .post("v1/mediaItems:search", json!({ "pageSize": 101 }))
        .await;
    assert_eq!(status, 400);
    let (status, _) = api
        .post(
            "v1/mediaItems:search",
            json!({ "orderBy": "MediaMetadata.creation_time" }),
        )
        .await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn search_date_filter_and_order() {
    let api = Api::new().await;
    let first = api.new_item(2, 2).await["id"].as_str().unwrap().to_owned();
    api.server
        .clock()
        .advance(std::time::Duration::from_secs(3 * 86_400));
    let second = api.new_item(2, 2).await["id"].as_str().unwrap().to_owned();
    let today = api.server.clock().now_rfc3339();
    let (y, m, d): (i32, i32, i32) = (
        today[0..4].parse().unwrap(),
        today[5..7].parse().unwrap(),
        today[8..10].parse().unwrap(),
    );
    let (status, body) = api
        .post("v1/mediaItems:search", json!({ "filters": { "dateFilter": { "dates": [{ "year": y, "month": m, "day": d }] } } }))
        .await;
    assert_eq!(status, 200, "{body}");
    let ids: Vec<&str> = body["mediaItems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec![second.as_str()]);
    let (status, body) = api
        .post(
            "v1/mediaItems:search",
            json!({ "filters": { "dateFilter": { "ranges": [{ "startDate": { "year": 2000 }, "endDate": { "year": 9999 } }] } }, "orderBy": "MediaMetadata.creation_time" }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let ids: Vec<&str> = body["mediaItems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec![first.as_str(), second.as_str()]);
    let (_, videos) = api
        .post(
            "v1/mediaItems:search",
            json!({ "filters": { "mediaTypeFilter": { "mediaTypes": ["VIDEO"] } } }),
        )
        .await;
    assert!(videos.get("mediaItems").is_none());
}

#[tokio::test]
async fn scripted_reply_overrides_the_next_request() {
    let api = Api::new().await;
    api.server.reply(
        Reply::json(
            403,
            r#"{"error":{"code":403,"message":"scripted","status":"PERMISSION_DENIED"}}"#,
        )
        .header("x-test", "yes"),
    );
    let resp = api
        .http
        .get(api.url("v1/mediaItems?pageSize=7&pageToken=a%2Bb"))
        .bearer_auth("tok")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 403);
    assert_eq!(resp.headers()["x-test"], "yes");
    let body: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(body["error"]["message"], "scripted");
    let req = api.server.only_request();
    assert_eq!(req.method, "GET");
    assert_eq!(req.path, "/v1/mediaItems");
    assert_eq!(
        req.query_pairs(),
        vec![
            ("pageSize".to_owned(), "7".to_owned()),
            ("pageToken".to_owned(), "a+b".to_owned())
        ]
    );
    assert_eq!(req.header("authorization"), Some("Bearer tok"));
    assert_eq!(req.decoded_segments(), vec!["v1", "mediaItems"]);
    api.server.clear_requests();
    // The queue is empty again: emulated behaviour resumes.
    let (status, _) = api.get("v1/mediaItems").await;
    assert_eq!(status, 200);
    assert_eq!(api.server.requests().len(), 1);
}
