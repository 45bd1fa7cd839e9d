//! Upload → batchCreate → get → base URL round trips, and base URL rules.

mod common;

use std::time::Duration;

use common::{assert_error, png, Api};
use serde_json::json;

#[tokio::test]
async fn raw_upload_create_get_download_round_trip() {
    let api = Api::new().await;
    let bytes = png(40, 30);
    let resp = api
        .http
        .post(api.url("v1/uploads"))
        .bearer_auth("t")
        .header("X-Goog-Upload-Protocol", "raw")
        .header("X-Goog-Upload-Content-Type", "image/png")
        .header("X-Goog-Upload-File-Name", "pic.png")
        .body(bytes.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    assert!(resp.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    let token = resp.text().await.unwrap();
    assert!(token.len() > 60);

    let (status, body) = api
        .post(
            "v1/mediaItems:batchCreate",
            json!({ "newMediaItems": [{ "description": "hello", "simpleMediaItem": { "uploadToken": token } }] }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let result = &body["newMediaItemResults"][0];
    assert_eq!(result["status"]["message"], "Success");
    assert_eq!(result["uploadToken"], json!(token));
    let item = &result["mediaItem"];
    let id = item["id"].as_str().unwrap();
    assert_eq!(
        item["filename"], "pic.png",
        "falls back to X-Goog-Upload-File-Name"
    );
    assert_eq!(item["mimeType"], "image/png");
    assert_eq!(item["description"], "hello");
    assert_eq!(item["mediaMetadata"]["width"], "40");
    assert_eq!(item["mediaMetadata"]["height"], "30");
    assert_eq!(item["mediaMetadata"]["photo"], json!({}));
    assert!(item["productUrl"]
        .as_str()
        .unwrap()
        .starts_with("https://photos.google.com/lr/photo/"));

    let (status, got) = api.get(&format!("v1/mediaItems/{id}")).await;
    assert_eq!(status, 200);
    assert_eq!(got["id"], json!(id));
    let base = got["baseUrl"].as_str().unwrap();
    assert!(base.starts_with(api.server.base_url()));

    // No token is needed for base URLs.
    let resp = api.http.get(format!("{base}=d")).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    assert_eq!(resp.headers()["content-type"], "image/png");
    assert_eq!(resp.bytes().await.unwrap().to_vec(), bytes);

    let uploads = api.server.uploads();
    assert_eq!(uploads.len(), 1);
    assert_eq!(uploads[0].protocol, "raw");
    assert_eq!(uploads[0].file_name.as_deref(), Some("pic.png"));
    assert_eq!(uploads[0].len, bytes.len() as u64);
    assert_eq!(
        api.server.media_items()[0].bytes.as_slice(),
        bytes.as_slice()
    );
}

#[tokio::test]
async fn base_url_expires_after_sixty_minutes() {
    let api = Api::new().await;
    let item = api.new_item(8, 8).await;
    let base = item["baseUrl"].as_str().unwrap().to_owned();
    api.server.clock().advance(Duration::from_secs(59 * 60));
    let resp = api.http.get(format!("{base}=d")).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    api.server.clock().advance(Duration::from_secs(2 * 60));
    let resp = api.http.get(format!("{base}=d")).send().await.unwrap();
    let status = resp.status().as_u16();
    let body: serde_json::Value = resp.json().await.unwrap();
    assert_error(status, &body, 403, "PERMISSION_DENIED");
    // A fresh get hands out a fresh, working base URL.
    let (_, again) = api
        .get(&format!("v1/mediaItems/{}", item["id"].as_str().unwrap()))
        .await;
    let resp = api
        .http
        .get(format!("{}=d", again["baseUrl"].as_str().unwrap()))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
}

async fn fetch_image(api: &Api, url: String) -> image::DynamicImage {
    let resp = api.http.get(url).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    assert_eq!(resp.headers()["content-type"], "image/png");
    image::load_from_memory(&resp.bytes().await.unwrap()).unwrap()
}

#[tokio::test]
async fn scaling_fits_and_crop_is_exact() {
    let api = Api::new().await;
    let item = api.new_item(200, 100).await;
    let base = item["baseUrl"].as_str().unwrap();
    let fit = fetch_image(&api, format!("{base}=w50-h50")).await;
    assert_eq!((fit.width(), fit.height()), (50, 25));
    let crop = fetch_image(&api, format!("{base}=w30-h40-c")).await;
    assert_eq!((crop.width(), crop.height()), (30, 40));
    let w_only = fetch_image(&api, format!("{base}=w100")).await;
    assert_eq!((w_only.width(), w_only.height()), (100, 50));
    let h_only = fetch_image(&api, format!("{base}=h20")).await;
    assert_eq!((h_only.width(), h_only.height()), (40, 20));
    for bad in ["=w0", "=x3", "=w10-c", "=dv"] {
        let resp = api.http.get(format!("{base}{bad}")).send().await.unwrap();
        assert_eq!(resp.status().as_u16(), 400, "{bad}");
    }
}

#[tokio::test]
async fn expired_upload_token_fails_only_its_item() {
    let api = Api::new().await;
    let old = api.upload_raw(png(4, 4), "image/png").await;
    api.server.clock().advance(Duration::from_secs(25 * 3600));
    let fresh = api.upload_raw(png(5, 5), "image/png").await;
    let (status, body) = api
        .create_items(&[&old, &fresh, "no-such-token"], None)
        .await;
    assert_eq!(status, 207, "{body}");
    let r = &body["newMediaItemResults"];
    assert_eq!(r[0]["status"]["code"], 3, "{body}");
    assert!(r[0].get("mediaItem").is_none());
    assert_eq!(r[1]["status"]["message"], "Success");
    assert!(r[1]["mediaItem"]["id"].is_string());
    assert_eq!(r[2]["status"]["code"], 3);
    assert_eq!(api.server.media_items().len(), 1);
}

#[tokio::test]
async fn unsupported_type_fails_its_item() {
    let api = Api::new().await;
    let text = api.upload_raw(b"hello".to_vec(), "text/plain").await;
    let good = api.upload_raw(png(3, 3), "image/png").await;
    let (status, body) = api.create_items(&[&text, &good], None).await;
    assert_eq!(status, 207);
    assert_eq!(body["newMediaItemResults"][0]["status"]["code"], 3);
    assert_eq!(
        body["newMediaItemResults"][1]["status"]["message"],
        "Success"
    );

    let long_name = json!({ "newMediaItems": [
        { "simpleMediaItem": { "uploadToken": good, "fileName": "n".repeat(256) } },
        { "simpleMediaItem": { "uploadToken": good, "fileName": "ok.png" } },
    ] });
    let (status, body) = api.post("v1/mediaItems:batchCreate", long_name).await;
    assert_eq!(status, 207, "{body}");
    assert_eq!(body["newMediaItemResults"][0]["status"]["code"], 3);
}

#[tokio::test]
async fn patch_description_and_bad_mask() {
    let api = Api::new().await;
    let item = api.new_item(2, 2).await;
    let id = item["id"].as_str().unwrap();
    let (status, body) = api
        .patch(
            &format!("v1/mediaItems/{id}?updateMask=description"),
            json!({ "description": "new" }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["description"], "new");
    let (status, body) = api
        .patch(
            &format!("v1/mediaItems/{id}?updateMask=filename"),
            json!({ "filename": "x" }),
        )
        .await;
    assert_error(status, &body, 400, "INVALID_ARGUMENT");
    let long = "x".repeat(1001);
    let (status, body) = api
        .patch(
            &format!("v1/mediaItems/{id}?updateMask=description"),
            json!({ "description": long }),
        )
        .await;
    assert_error(status, &body, 400, "INVALID_ARGUMENT");
}
