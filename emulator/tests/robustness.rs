//! Odd input never crashes the server: every answer is a well-formed HTTP answer, and the
//! server still works afterwards.

mod common;

use common::{png, Api};
use photos_emulator::SeedMediaItem;
use serde_json::json;

#[tokio::test]
async fn garbage_paths_bodies_and_params_get_4xx() {
    let api = Api::new().await;
    let paths = [
        "v1/albums/%ZZ",
        "v1/albums/:share",
        "v1/albums/a:b:c",
        "v1/albums//x",
        "v1/mediaItems:nope",
        "v1/mediaItems/%00?updateMask=description",
        "v1/mediaItems:batchGet",
        "v1/mediaItems:batchGet?mediaItemIds=",
        "v1/albums?pageSize=-1",
        "v1/albums?pageSize=99999999999999999999",
        "v1/albums?pageToken=%FF%FE",
        "v1/uploads?upload_id=nope",
        "media/x",
        "media/a/1/2",
        "media/a/notanumber/2=w10",
        "",
    ];
    let bodies = [
        "",
        "{",
        "[]",
        "null",
        "{\"album\":5}",
        "{\"newMediaItems\":[{}]}",
        "\u{0}\u{1}",
    ];
    for path in paths {
        for method in ["GET", "POST", "PATCH", "DELETE"] {
            for body in bodies {
                let req = api
                    .http
                    .request(method.parse().unwrap(), api.url(path))
                    .header("X-Goog-Upload-Command", "upload")
                    .header("X-Goog-Upload-Offset", "18446744073709551615")
                    .body(body.to_owned());
                let (status, _) = api.send(req).await;
                assert!(
                    (400..500).contains(&status),
                    "{method} {path} {body:?} -> {status}"
                );
            }
        }
    }
    let (status, _) = api
        .post(
            "v1/mediaItems:batchCreate",
            json!({ "newMediaItems": [{}] }),
        )
        .await;
    assert_eq!(status, 200, "nothing created: 200 with the per-item status");
    let (status, _) = api.get("v1/albums").await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn access_token_query_parameter_and_video_bytes() {
    let api = Api::new().await;
    let resp = api
        .http
        .get(api.url("v1/albums?access_token=abc"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);

    let video = b"not really an mp4".to_vec();
    let token = api.upload_raw(video.clone(), "video/mp4").await;
    let (status, body) = api.create_items(&[&token], None).await;
    assert_eq!(status, 200, "{body}");
    let item = &body["newMediaItemResults"][0]["mediaItem"];
    assert_eq!(item["mediaMetadata"]["video"]["status"], "READY");
    let base = item["baseUrl"].as_str().unwrap();
    let got = api.http.get(format!("{base}=dv")).send().await.unwrap();
    assert_eq!(got.status().as_u16(), 200);
    assert_eq!(got.headers()["content-type"], "video/mp4");
    assert_eq!(got.bytes().await.unwrap().to_vec(), video);

    // JPEG stays JPEG when scaled.
    let img = image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
        64,
        32,
        image::Rgb([200, 10, 10]),
    ));
    let mut jpeg = std::io::Cursor::new(Vec::new());
    img.write_to(&mut jpeg, image::ImageFormat::Jpeg).unwrap();
    let token = api.upload_raw(jpeg.into_inner(), "image/jpeg").await;
    let (_, body) = api.create_items(&[&token], None).await;
    let base = body["newMediaItemResults"][0]["mediaItem"]["baseUrl"]
        .as_str()
        .unwrap()
        .to_owned();
    let got = api
        .http
        .get(format!("{base}=w16-h16"))
        .send()
        .await
        .unwrap();
    assert_eq!(got.headers()["content-type"], "image/jpeg");
    let scaled = image::load_from_memory(&got.bytes().await.unwrap()).unwrap();
    assert_eq!((scaled.width(), scaled.height()), (16, 8));

    // Seeded bytes are never reachable: the API hands out no base URL for them.
    let mut s = SeedMediaItem::new("s.png", "image/png");
    s.bytes = png(2, 2);
    let id = api.server.seed_media_item(s);
    let (status, _) = api.get(&format!("v1/mediaItems/{id}")).await;
    assert_eq!(status, 404);
}
