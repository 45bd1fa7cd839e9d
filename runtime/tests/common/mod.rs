//! A miniature API, as generated code would declare it, shared by the call-path tests.
#![allow(dead_code)]

use discogen_runtime::internal::ApiInfo;
use discogen_runtime::internal::{HttpMethod, MediaUpload, MethodInfo, PathPart};

pub static TEST_API: ApiInfo = ApiInfo {
    id: "test:v1",
    crate_name: "google-test-v1",
    crate_version: "1.2.3",
    root_url: "https://test.googleapis.com/",
    service_path: "",
    batch_path: "batch",
    min_retry_waits: &[],
};

pub const SCOPES: &[&str] = &["https://www.googleapis.com/auth/test"];

pub static GET: MethodInfo = MethodInfo {
    id: "test.albums.get",
    http_method: HttpMethod::Get,
    path: &[
        PathPart::Literal("v1/albums/"),
        PathPart::Param {
            name: "albumId",
            reserved: true,
            pattern: Some("^[^/]+$"),
        },
    ],
    scopes: SCOPES,
    media_upload: Some(&UPLOAD),
    media_download: true,
};

pub static LIST: MethodInfo = MethodInfo {
    id: "test.albums.list",
    http_method: HttpMethod::Get,
    path: &[PathPart::Literal("v1/albums")],
    scopes: SCOPES,
    media_upload: None,
    media_download: false,
};

pub static SEARCH: MethodInfo = MethodInfo {
    id: "test.mediaItems.search",
    http_method: HttpMethod::Post,
    path: &[PathPart::Literal("v1/mediaItems:search")],
    scopes: SCOPES,
    media_upload: None,
    media_download: false,
};

pub static DELETE: MethodInfo = MethodInfo {
    id: "test.albums.delete",
    http_method: HttpMethod::Delete,
    path: &[
        PathPart::Literal("v1/albums/"),
        PathPart::Param {
            name: "albumId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: SCOPES,
    media_upload: None,
    media_download: false,
};

pub static UPLOAD: MediaUpload = MediaUpload {
    path: &[
        PathPart::Literal("/upload/v1/albums/"),
        PathPart::Param {
            name: "albumId",
            reserved: true,
            pattern: Some("^[^/]+$"),
        },
    ],
    max_size: Some(1024),
    accept: &["image/*"],
    multipart: true,
    resumable_path: &[],
};
