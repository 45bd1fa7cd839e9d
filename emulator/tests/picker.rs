//! The Picker API under `/picker/`: sessions, picking (hook, Rust API and the page as a
//! browser submits it), mediaItems.list, Picker base URLs, limits and expiry on the clock.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime};

use common::{assert_error, png, Api};
use photos_emulator::{parse_rfc3339, Emulator, SeedMediaItem};
use serde_json::{json, Value};

const PICKER_SCOPE: &str = "https://www.googleapis.com/auth/photospicker.mediaitems.readonly";

async fn api() -> Api {
    Api::with(
        Emulator::builder().picker_poll_interval(Duration::from_millis(50)),
        "test-token",
    )
    .await
}

async fn create(api: &Api, body: Value) -> Value {
    let (status, session) = api.post("picker/v1/sessions", body).await;
    assert_eq!(status, 200, "{session}");
    session
}

fn id(v: &Value) -> String {
    v["id"].as_str().expect("an id").to_owned()
}

/// A protobuf JSON Duration ("5s", "0.050s") in seconds.
fn secs(d: &Value) -> f64 {
    let s = d.as_str().expect("a duration string");
    assert!(s.ends_with('s'), "{s}");
    let n = &s[..s.len() - 1];
    if let Some((_, frac)) = n.split_once('.') {
        assert!([3, 6, 9].contains(&frac.len()), "0/3/6/9 digits: {s}");
    }
    n.parse().expect("seconds")
}

fn time(v: &Value) -> SystemTime {
    parse_rfc3339(v.as_str().expect("a timestamp")).expect("RFC 3339")
}

fn seed_png(api: &Api, name: &str, w: u32, h: u32) -> String {
    api.server.seed_media_item(SeedMediaItem {
        bytes: png(w, h),
        ..SeedMediaItem::new(name, "image/png")
    })
}

async fn list(api: &Api, query: &str) -> (u16, Value) {
    api.get(&format!("picker/v1/mediaItems?{query}")).await
}

async fn page(api: &Api, url: &str) -> (u16, String) {
    let resp = api.http.get(url).send().await.expect("page fetched");
    let status = resp.status().as_u16();
    (status, resp.text().await.expect("page body"))
}

/// Posts the picker page's form as a browser does (no token: the page is the user's).
async fn submit(api: &Api, url: &str, ids: &[&str]) -> (u16, String) {
    let body: Vec<String> = ids.iter().map(|i| format!("mediaItemIds={i}")).collect();
    let resp = api
        .http
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.join("&"))
        .send()
        .await
        .expect("form posted");
    let status = resp.status().as_u16();
    (status, resp.text().await.expect("page body"))
}

#[tokio::test]
async fn create_then_get_shows_a_fresh_session() {
    let api = api().await;
    assert_eq!(
        api.server.picker_url(),
        format!("{}picker/", api.server.base_url())
    );
    let before = api.server.clock().now();
    let session = create(&api, json!({})).await;
    let sid = id(&session);
    let groups: Vec<usize> = sid.split('-').map(str::len).collect();
    assert_eq!(groups, vec![8, 4, 4, 4, 12], "uuid-like: {sid}");
    assert_eq!(
        session["pickerUri"],
        json!(format!("{}pick/{sid}", api.server.picker_url()))
    );
    assert_eq!(session["pollingConfig"]["pollInterval"], "0.050s");
    let timeout = secs(&session["pollingConfig"]["timeoutIn"]);
    assert!(timeout > 1790.0 && timeout <= 1800.0, "{timeout}");
    let expire = time(&session["expireTime"]);
    let lifetime = expire.duration_since(before).unwrap();
    assert!(
        lifetime >= Duration::from_secs(3600) && lifetime < Duration::from_secs(3610),
        "{lifetime:?}"
    );
    // proto3 JSON leaves out a false boolean and an unset pickingConfig.
    assert!(session.get("mediaItemsSet").is_none(), "{session}");
    assert!(session.get("pickingConfig").is_none(), "{session}");

    let (status, got) = api.get(&format!("picker/v1/sessions/{sid}")).await;
    assert_eq!(status, 200, "{got}");
    assert_eq!(got["id"], session["id"]);
    assert_eq!(got["pickerUri"], session["pickerUri"]);
    assert_eq!(got["expireTime"], session["expireTime"]);
    assert!(got["mediaItemsSet"].as_bool() != Some(true));
    assert!(secs(&got["pollingConfig"]["timeoutIn"]) <= timeout);

    let states = api.server.picker_sessions();
    assert_eq!(states.len(), 1);
    assert_eq!(states[0].id, sid);
    assert!(!states[0].media_items_set);
    assert_eq!(states[0].max_item_count, 2000);
    assert_eq!(states[0].expire_time, expire);

    let ids: Vec<Option<String>> = api
        .server
        .requests()
        .into_iter()
        .map(|r| r.method_id)
        .collect();
    assert_eq!(
        ids,
        vec![
            Some("photospicker.sessions.create".to_owned()),
            Some("photospicker.sessions.get".to_owned())
        ]
    );
}

#[tokio::test]
async fn request_id_repeats_return_the_same_session() {
    let api = api().await;
    let rid = "0f8fad5b-d9cb-469f-a165-70867728950e";
    let first = create_with(&api, &format!("requestId={rid}"), json!({})).await;
    let again = create_with(&api, &format!("requestId={rid}"), json!({})).await;
    assert_eq!((first.0, again.0), (200, 200), "{}", first.1);
    assert_eq!(id(&first.1), id(&again.1));
    let other = create_with(
        &api,
        "requestId=7c9e6679-7425-40de-944b-e07fc1f90ae7",
        json!({}),
    )
    .await;
    assert_ne!(id(&first.1), id(&other.1));
    assert_eq!(api.server.picker_sessions().len(), 2);
    assert_eq!(
        api.server.picker_sessions()[0].request_id.as_deref(),
        Some(rid)
    );
    // Deleted, the id is free for a new session.
    let (status, _) = api
        .send(
            api.http
                .delete(api.url(&format!("picker/v1/sessions/{}", id(&first.1)))),
        )
        .await;
    assert_eq!(status, 200);
    let fresh = create_with(&api, &format!("requestId={rid}"), json!({})).await;
    assert_ne!(id(&fresh.1), id(&first.1));

    let (status, body) = create_with(&api, "requestId=not-a-uuid", json!({})).await;
    assert_error(status, &body, 400, "INVALID_ARGUMENT");
}

async fn create_with(api: &Api, query: &str, body: Value) -> (u16, Value) {
    api.post(&format!("picker/v1/sessions?{query}"), body).await
}

#[tokio::test]
async fn listing_before_picking_is_a_failed_precondition() {
    let api = api().await;
    let sid = id(&create(&api, json!({})).await);
    let (status, body) = list(&api, &format!("sessionId={sid}")).await;
    assert_error(status, &body, 400, "FAILED_PRECONDITION");
    let (status, body) = list(&api, "").await;
    assert_error(status, &body, 400, "INVALID_ARGUMENT");
    let (status, body) = list(&api, "sessionId=no-such-session").await;
    assert_error(status, &body, 404, "NOT_FOUND");
    let (status, body) = api.get("picker/v1/sessions/no-such-session").await;
    assert_error(status, &body, 404, "NOT_FOUND");
}

#[tokio::test]
async fn picked_items_are_listed_in_pick_order_with_their_fields() {
    let api = api().await;
    let mine = api.new_item(40, 30).await;
    let mine = id(&mine);
    let seeded = seed_png(&api, "holiday.png", 16, 12);
    let video = api.server.seed_media_item(SeedMediaItem {
        bytes: b"not really a video".to_vec(),
        ..SeedMediaItem::new("clip.mp4", "video/mp4")
    });
    let sid = id(&create(&api, json!({})).await);

    api.server.pick(&sid, &[&seeded, &mine, &video]).unwrap();

    let (status, got) = api.get(&format!("picker/v1/sessions/{sid}")).await;
    assert_eq!(status, 200);
    assert_eq!(got["mediaItemsSet"], true);
    assert!(
        got.get("pollingConfig").is_none(),
        "only while not picked: {got}"
    );

    let (status, body) = list(&api, &format!("sessionId={sid}")).await;
    assert_eq!(status, 200, "{body}");
    assert!(body.get("nextPageToken").is_none());
    let items = body["mediaItems"].as_array().unwrap();
    let ids: Vec<&str> = items.iter().map(|i| i["id"].as_str().unwrap()).collect();
    assert_eq!(ids, vec![seeded.as_str(), mine.as_str(), video.as_str()]);

    let first = &items[0];
    assert_eq!(first["type"], "PHOTO");
    assert!(time(&first["createTime"]) <= api.server.clock().now());
    let file = &first["mediaFile"];
    assert_eq!(file["mimeType"], "image/png");
    assert_eq!(file["filename"], "holiday.png");
    assert_eq!(file["mediaFileMetadata"]["width"], json!(16));
    assert_eq!(file["mediaFileMetadata"]["height"], json!(12));
    assert_eq!(file["mediaFileMetadata"]["photoMetadata"], json!({}));
    assert!(file["baseUrl"]
        .as_str()
        .unwrap()
        .starts_with(&format!("{}media/", api.server.picker_url())));
    assert_eq!(items[1]["mediaFile"]["filename"], "f0.png");
    assert_eq!(
        items[1]["mediaFile"]["mediaFileMetadata"]["width"],
        json!(40)
    );
    assert_eq!(items[2]["type"], "VIDEO");
    assert_eq!(
        items[2]["mediaFile"]["mediaFileMetadata"]["videoMetadata"]["processingStatus"],
        "READY"
    );
    let state = &api.server.picker_sessions()[0];
    assert!(state.media_items_set);
    assert_eq!(state.media_item_ids, vec![seeded.clone(), mine, video]);

    // Done happens once.
    let err = api.server.pick(&sid, &[&seeded]).unwrap_err();
    assert!(err.starts_with("FAILED_PRECONDITION"), "{err}");
    assert!(api
        .server
        .pick("no-such-session", &[&seeded])
        .unwrap_err()
        .starts_with("NOT_FOUND"));
}

#[tokio::test]
async fn the_http_hook_picks_like_done() {
    let api = api().await;
    let a = seed_png(&api, "a.png", 4, 4);
    let b = seed_png(&api, "b.png", 4, 4);
    let sid = id(&create(&api, json!({})).await);
    let hook = format!("picker/_emulator/sessions/{sid}:pick");
    let (status, body) = api.post(&hook, json!({ "mediaItemIds": ["nope"] })).await;
    assert_error(status, &body, 400, "INVALID_ARGUMENT");
    let (status, body) = api.post(&hook, json!({ "mediaItemIds": [b, b] })).await;
    assert_error(status, &body, 400, "INVALID_ARGUMENT");
    let (status, body) = api.post(&hook, json!({ "mediaItemIds": [] })).await;
    assert_error(status, &body, 400, "INVALID_ARGUMENT");
    let (status, body) = api.post(&hook, json!({ "ids": [a] })).await;
    assert_error(status, &body, 400, "INVALID_ARGUMENT");

    let (status, body) = api.post(&hook, json!({ "mediaItemIds": [b, a] })).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["mediaItemsSet"], true);
    let (_, listed) = list(&api, &format!("sessionId={sid}")).await;
    let ids: Vec<&str> = listed["mediaItems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec![b.as_str(), a.as_str()]);
    let (status, body) = api.post(&hook, json!({ "mediaItemIds": [a] })).await;
    assert_error(status, &body, 400, "FAILED_PRECONDITION");
    let (status, body) = api
        .post(
            "picker/_emulator/sessions/unknown:pick",
            json!({ "mediaItemIds": [a] }),
        )
        .await;
    assert_error(status, &body, 404, "NOT_FOUND");
}

#[tokio::test]
async fn list_pages_and_page_sizes() {
    let api = api().await;
    let ids: Vec<String> = (0..105)
        .map(|i| {
            api.server
                .seed_media_item(SeedMediaItem::new(format!("{i}.jpg"), "image/jpeg"))
        })
        .collect();
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let sid = id(&create(&api, json!({})).await);
    api.server.pick(&sid, &refs).unwrap();

    // pageSize 1: one item per page, all in order, the last page without a token.
    let sess = format!("sessionId={sid}");
    let mut seen = Vec::new();
    let mut token: Option<String> = None;
    for _ in 0..3 {
        let q = match &token {
            Some(t) => format!("{sess}&pageSize=1&pageToken={t}"),
            None => format!("{sess}&pageSize=1"),
        };
        let (status, body) = list(&api, &q).await;
        assert_eq!(status, 200, "{body}");
        let items = body["mediaItems"].as_array().unwrap();
        assert_eq!(items.len(), 1);
        seen.push(items[0]["id"].as_str().unwrap().to_owned());
        token = body["nextPageToken"].as_str().map(str::to_owned);
        assert!(token.is_some());
    }
    assert_eq!(seen, ids[..3].to_vec());

    let (_, body) = list(&api, &sess).await;
    assert_eq!(body["mediaItems"].as_array().unwrap().len(), 50, "default");
    let (status, body) = list(&api, &format!("{sess}&pageSize=1000")).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["mediaItems"].as_array().unwrap().len(), 100, "coerced");
    let t = body["nextPageToken"].as_str().unwrap();
    let (_, rest) = list(&api, &format!("{sess}&pageSize=1000&pageToken={t}")).await;
    assert_eq!(rest["mediaItems"].as_array().unwrap().len(), 5);
    assert!(rest.get("nextPageToken").is_none());

    let (status, body) = list(&api, &format!("{sess}&pageSize=-1")).await;
    assert_error(status, &body, 400, "INVALID_ARGUMENT");
    let (status, body) = list(&api, &format!("{sess}&pageSize=ten")).await;
    assert_error(status, &body, 400, "INVALID_ARGUMENT");
    let (status, body) = list(&api, &format!("{sess}&pageToken=forged")).await;
    assert_error(status, &body, 400, "INVALID_ARGUMENT");
    let (status, body) = list(&api, &format!("{sess}&bogus=1")).await;
    assert_error(status, &body, 400, "INVALID_ARGUMENT");
}

#[tokio::test]
async fn the_page_lists_the_library_and_its_form_picks() {
    let api = api().await;
    let mine = id(&api.new_item(20, 20).await);
    let seeded = seed_png(&api, "seeded <one>.png", 8, 8);
    let video = api
        .server
        .seed_media_item(SeedMediaItem::new("clip.mov", "video/quicktime"));
    let session = create(&api, json!({})).await;
    let sid = id(&session);
    let uri = session["pickerUri"].as_str().unwrap().to_owned();

    // The page needs no token: it is the user's browser that opens it.
    let resp = api.http.get(&uri).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    assert!(resp.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    assert_eq!(resp.headers()["x-frame-options"], "DENY");
    let html = resp.text().await.unwrap();
    for item in api.server.media_items() {
        assert!(
            html.contains(&format!("data-media-item-id=\"{}\"", item.id)),
            "{} missing",
            item.id
        );
    }
    assert!(html.contains("id=\"done\""));
    assert!(html.contains("Photos Picker emulator"));
    assert!(html.contains(&format!("action=\"/picker/pick/{sid}\"")));
    assert!(html.contains("seeded &lt;one&gt;.png"), "names are escaped");
    assert!(!html.contains("<script src"), "everything is inline");
    assert!(!html.contains("stylesheet"), "everything is inline");
    // Thumbnails are real images served by the emulator.
    let thumb = html
        .split("<img src=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .replace("&amp;", "&");
    assert!(thumb.starts_with(api.server.base_url()));
    let bytes = api
        .http
        .get(&thumb)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert!(bytes.starts_with(b"\x89PNG"));

    let (status, done) = submit(&api, &uri, &[&video, &seeded, &mine]).await;
    assert_eq!(status, 200, "{done}");
    assert!(done.contains("Picking complete"));
    assert!(done.contains("3 items"));
    assert!(!done.contains("window.close()"));
    let (_, listed) = list(&api, &format!("sessionId={sid}")).await;
    let ids: Vec<&str> = listed["mediaItems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec![video.as_str(), seeded.as_str(), mine.as_str()]);

    // Afterwards the pickerUri only says picking is over.
    let (status, again) = page(&api, &uri).await;
    assert_eq!(status, 200);
    assert!(again.contains("already finished"));
    assert!(!again.contains("data-media-item-id"));
}

#[tokio::test]
async fn autoclose_closes_the_tab_after_done() {
    let api = api().await;
    let a = seed_png(&api, "a.png", 4, 4);
    let session = create(&api, json!({})).await;
    let uri = format!("{}/autoclose", session["pickerUri"].as_str().unwrap());
    let (status, html) = page(&api, &uri).await;
    assert_eq!(status, 200);
    assert!(html.contains(&format!(
        "action=\"/picker/pick/{}/autoclose\"",
        id(&session)
    )));
    let (status, done) = submit(&api, &uri, &[&a]).await;
    assert_eq!(status, 200, "{done}");
    assert!(done.contains("window.close()"));
    assert!(api.server.picker_sessions()[0].media_items_set);
}

#[tokio::test]
async fn max_item_count_is_echoed_and_enforced() {
    let api = api().await;
    let a = seed_png(&api, "a.png", 4, 4);
    let b = seed_png(&api, "b.png", 4, 4);
    let session = create(&api, json!({ "pickingConfig": { "maxItemCount": "1" } })).await;
    assert_eq!(session["pickingConfig"]["maxItemCount"], "1");
    let sid = id(&session);
    let uri = session["pickerUri"].as_str().unwrap().to_owned();

    let (_, html) = page(&api, &uri).await;
    assert!(html.contains("Select up to 1 item,"));
    assert!(html.contains("data-max-item-count=\"1\""));
    let err = api.server.pick(&sid, &[&a, &b]).unwrap_err();
    assert!(err.starts_with("INVALID_ARGUMENT"), "{err}");
    let (status, refused) = submit(&api, &uri, &[&a, &b]).await;
    assert_eq!(status, 400);
    assert!(refused.contains("You can select up to 1 item"), "{refused}");
    assert!(
        refused.contains(&format!("value=\"{a}\" checked")),
        "selection kept"
    );
    assert!(!api.server.picker_sessions()[0].media_items_set);
    let (status, _) = submit(&api, &uri, &[&b]).await;
    assert_eq!(status, 200);

    let big = create(&api, json!({ "pickingConfig": { "maxItemCount": 5000 } })).await;
    assert_eq!(big["pickingConfig"]["maxItemCount"], "2000", "coerced");
    let empty = create(&api, json!({ "pickingConfig": {} })).await;
    assert_eq!(empty["pickingConfig"], json!({}));
    // Output-only fields sent back are ignored.
    let echoed = create(&api, big.clone()).await;
    assert_ne!(id(&echoed), id(&big));
    for bad in [
        json!({ "pickingConfig": { "maxItemCount": "-1" } }),
        json!({ "pickingConfig": { "maxItemCount": "many" } }),
        json!({ "pickingConfig": { "maxItems": 3 } }),
        json!({ "unknownField": true }),
    ] {
        let (status, body) = api.post("picker/v1/sessions", bad).await;
        assert_error(status, &body, 400, "INVALID_ARGUMENT");
    }
    let (status, body) = api
        .send(
            api.http
                .post(api.url("picker/v1/sessions"))
                .header("content-type", "application/json")
                .body("{not json"),
        )
        .await;
    assert_error(status, &body, 400, "INVALID_ARGUMENT");
}

#[tokio::test]
async fn too_many_open_sessions_is_resource_exhausted() {
    let api = Api::with(Emulator::builder().picker_max_sessions(2), "t").await;
    let first = id(&create(&api, json!({})).await);
    create(&api, json!({})).await;
    let (status, body) = api.post("picker/v1/sessions", json!({})).await;
    assert_error(status, &body, 429, "RESOURCE_EXHAUSTED");

    let (status, body) = api
        .send(
            api.http
                .delete(api.url(&format!("picker/v1/sessions/{first}"))),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(body, json!({}));
    create(&api, json!({})).await;
    let (status, _) = api.post("picker/v1/sessions", json!({})).await;
    assert_eq!(status, 429);

    // Expired sessions no longer count.
    api.server.clock().advance(Duration::from_secs(3601));
    create(&api, json!({})).await;
    create(&api, json!({})).await;
}

#[tokio::test]
async fn timeout_in_shrinks_with_the_clock_and_sessions_expire() {
    let api = Api::with(
        Emulator::builder()
            .picker_polling_timeout(Duration::from_secs(600))
            .picker_session_lifetime(Duration::from_secs(1200)),
        "t",
    )
    .await;
    let a = seed_png(&api, "a.png", 4, 4);
    let session = create(&api, json!({})).await;
    let sid = id(&session);
    let uri = session["pickerUri"].as_str().unwrap().to_owned();
    assert_eq!(
        session["pollingConfig"]["pollInterval"], "5s",
        "the default"
    );
    let get = format!("picker/v1/sessions/{sid}");

    api.server.clock().advance(Duration::from_secs(240));
    let (_, got) = api.get(&get).await;
    let left = secs(&got["pollingConfig"]["timeoutIn"]);
    assert!(left > 350.0 && left <= 360.0, "{left}");

    // Past the polling deadline: stop polling, and the user can no longer pick.
    api.server.clock().advance(Duration::from_secs(400));
    let (status, got) = api.get(&get).await;
    assert_eq!(status, 200);
    assert_eq!(got["pollingConfig"]["timeoutIn"], "0s");
    let err = api.server.pick(&sid, &[&a]).unwrap_err();
    assert!(err.starts_with("FAILED_PRECONDITION"), "{err}");
    let (status, html) = page(&api, &uri).await;
    assert_eq!(status, 404);
    assert!(html.contains("timed out"));

    // Past expireTime the session still exists but may not be read.
    api.server.clock().advance(Duration::from_secs(600));
    let (status, body) = api.get(&get).await;
    assert_error(status, &body, 403, "PERMISSION_DENIED");
    let (status, body) = list(&api, &format!("sessionId={sid}")).await;
    assert_error(status, &body, 403, "PERMISSION_DENIED");
    let (status, html) = page(&api, &uri).await;
    assert_eq!(status, 404);
    assert!(html.contains("expired"));
    assert!(api
        .server
        .pick(&sid, &[&a])
        .unwrap_err()
        .starts_with("PERMISSION_DENIED"));
}

#[tokio::test]
async fn expired_picked_sessions_and_deleted_ones() {
    let api = api().await;
    let a = seed_png(&api, "a.png", 4, 4);
    let sid = id(&create(&api, json!({})).await);
    api.server.pick(&sid, &[&a]).unwrap();
    let (status, _) = list(&api, &format!("sessionId={sid}")).await;
    assert_eq!(status, 200);
    api.server.clock().advance(Duration::from_secs(3601));
    let (status, body) = list(&api, &format!("sessionId={sid}")).await;
    assert_error(status, &body, 403, "PERMISSION_DENIED");
    let (status, html) = page(&api, &format!("{}pick/{sid}", api.server.picker_url())).await;
    assert_eq!(status, 404);
    assert!(html.contains("expired"));

    let url = api.url(&format!("picker/v1/sessions/{sid}"));
    let (status, _) = api.send(api.http.delete(&url)).await;
    assert_eq!(status, 200);
    let (status, body) = api.get(&format!("picker/v1/sessions/{sid}")).await;
    assert_error(status, &body, 404, "NOT_FOUND");
    let (status, body) = api.send(api.http.delete(&url)).await;
    assert_error(status, &body, 404, "NOT_FOUND");
    let (status, html) = page(&api, &format!("{}pick/{sid}", api.server.picker_url())).await;
    assert_eq!(status, 404);
    assert!(html.contains("does not exist"));
    assert!(api.server.picker_sessions().is_empty());
}

#[tokio::test]
async fn picker_base_urls_need_the_token_and_expire() {
    let api = api().await;
    let a = seed_png(&api, "a.png", 30, 20);
    let sid = id(&create(&api, json!({})).await);
    api.server.pick(&sid, &[&a]).unwrap();
    let (_, body) = list(&api, &format!("sessionId={sid}")).await;
    let base = body["mediaItems"][0]["mediaFile"]["baseUrl"]
        .as_str()
        .unwrap()
        .to_owned();

    let resp = api.http.get(format!("{base}=d")).send().await.unwrap();
    let status = resp.status().as_u16();
    let err: Value = resp.json().await.unwrap();
    assert_error(status, &err, 401, "UNAUTHENTICATED");

    let resp = api
        .http
        .get(format!("{base}=d"))
        .bearer_auth("t")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    assert_eq!(resp.headers()["content-type"], "image/png");
    let bytes = resp.bytes().await.unwrap();
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
    assert_eq!(bytes.to_vec(), png(30, 20));

    let resp = api
        .http
        .get(format!("{base}=w10-h10-c"))
        .bearer_auth("t")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let img = image::load_from_memory(&resp.bytes().await.unwrap()).unwrap();
    assert_eq!((img.width(), img.height()), (10, 10));

    // A Picker base URL is not a Library one with another prefix.
    let as_library = base.replacen("/picker/media/", "/media/", 1);
    let resp = api
        .http
        .get(format!("{as_library}=d"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 404);

    api.server.clock().advance(Duration::from_secs(61 * 60));
    let resp = api
        .http
        .get(format!("{base}=d"))
        .bearer_auth("t")
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    let err: Value = resp.json().await.unwrap();
    assert_error(status, &err, 403, "PERMISSION_DENIED");
}

#[tokio::test]
async fn strict_scopes_keep_the_two_apis_apart() {
    let picker_token = format!("scopes:{PICKER_SCOPE}");
    let api = Api::with(Emulator::builder().strict_scopes(true), &picker_token).await;
    let a = seed_png(&api, "a.png", 4, 4);
    let sid = id(&create(&api, json!({})).await);
    api.server.pick(&sid, &[&a]).unwrap();
    let (status, body) = list(&api, &format!("sessionId={sid}")).await;
    assert_eq!(status, 200, "{body}");
    let base = body["mediaItems"][0]["mediaFile"]["baseUrl"]
        .as_str()
        .unwrap()
        .to_owned();
    // The Picker scope does not open the Library.
    let (status, body) = api.get("v1/mediaItems").await;
    assert_error(status, &body, 403, "PERMISSION_DENIED");

    let library = Api {
        server: api.server.clone(),
        http: api.http.clone(),
        token: "scopes:photoslibrary.readonly.appcreateddata".into(),
    };
    let (status, body) = library.post("picker/v1/sessions", json!({})).await;
    assert_error(status, &body, 403, "PERMISSION_DENIED");
    let (status, _) = library.get("v1/mediaItems").await;
    assert_eq!(status, 200);
    let resp = api
        .http
        .get(format!("{base}=d"))
        .bearer_auth(&library.token)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 403);

    // Without a token every Picker method is 401.
    let resp = api
        .http
        .post(api.url("picker/v1/sessions"))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 401);
}

#[tokio::test]
async fn the_library_api_is_untouched_by_the_prefix() {
    let api = api().await;
    seed_png(&api, "not-mine.png", 4, 4);
    let mine = api.new_item(4, 4).await;
    let (status, body) = api.get("v1/mediaItems").await;
    assert_eq!(status, 200);
    let ids: Vec<&str> = body["mediaItems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec![mine["id"].as_str().unwrap()]);
    let (status, body) = api.get("picker/v1/albums").await;
    assert_error(status, &body, 404, "NOT_FOUND");
    let methods: Vec<Option<String>> = api
        .server
        .requests()
        .into_iter()
        .map(|r| r.method_id)
        .collect();
    assert_eq!(
        methods,
        vec![
            None,
            Some("photoslibrary.mediaItems.batchCreate".to_owned()),
            Some("photoslibrary.mediaItems.list".to_owned()),
            None
        ]
    );
}

#[test]
fn binary_prints_the_picker_url_second() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_photos-emulator"))
        .args(["--port", "0", "--picker-poll-interval", "0.25"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let (mut first, mut second) = (String::new(), String::new());
    out.read_line(&mut first).unwrap();
    out.read_line(&mut second).unwrap();
    let base = first.trim_end().to_owned();
    let picker = second.trim_end().to_owned();

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let session: Result<Value, String> = runtime.block_on(async {
        let http = common::http_client();
        let resp = http
            .post(format!(
                "{}v1/sessions",
                picker.trim_start_matches("picker ")
            ))
            .bearer_auth("t")
            .json(&json!({}))
            .send()
            .await
            .map_err(|e| e.to_string())?;
        resp.json().await.map_err(|e| e.to_string())
    });
    child.kill().ok();
    child.wait().ok();

    assert!(
        base.starts_with("http://127.0.0.1:") && base.ends_with('/'),
        "{base:?}"
    );
    assert_eq!(picker, format!("picker {base}picker/"));
    let session = session.unwrap();
    assert_eq!(
        session["pollingConfig"]["pollInterval"], "0.250s",
        "{session}"
    );
}

#[tokio::test]
async fn the_sample_seed_library_can_be_picked_and_downloaded() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let api = Api::with(Emulator::builder().seed_file(data.join("seed.json")), "t").await;
    let library = api.server.media_items();
    assert_eq!(library.len(), 5);
    assert!(library.iter().all(|i| !i.app_created));
    let session = create(&api, json!({})).await;
    let uri = session["pickerUri"].as_str().unwrap().to_owned();
    let (_, html) = page(&api, &uri).await;
    for item in &library {
        assert!(html.contains(&format!("data-media-item-id=\"{}\"", item.id)));
    }

    let (first, second) = (&library[3], &library[0]);
    let (status, _) = submit(&api, &uri, &[&first.id, &second.id]).await;
    assert_eq!(status, 200);
    let (_, body) = list(&api, &format!("sessionId={}", id(&session))).await;
    let items = body["mediaItems"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    for (got, want) in items.iter().zip([first, second]) {
        assert_eq!(got["id"], json!(want.id));
        assert_eq!(got["mediaFile"]["filename"], json!(want.file_name));
        assert_eq!(
            got["createTime"],
            json!(photos_emulator::format_rfc3339(want.creation_time))
        );
        let resp = api
            .http
            .get(format!(
                "{}=d",
                got["mediaFile"]["baseUrl"].as_str().unwrap()
            ))
            .bearer_auth("t")
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status().as_u16(), 200);
        let bytes = resp.bytes().await.unwrap();
        assert_eq!(
            bytes.to_vec(),
            std::fs::read(data.join(&want.file_name)).unwrap()
        );
    }
}
