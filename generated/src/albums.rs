//! Methods of the `albums` resource.
/// Methods of the `albums` resource.
#[derive(Clone, Debug)]
pub struct Albums {
    pub(crate) core: crate::rt::internal::Core,
}
impl Albums {
    /// Adds an enrichment at a specified position in a defined album.
    ///
    /// `POST v1/albums/{+albumId}:addEnrichment` (`photoslibrary.albums.addEnrichment`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/photoslibrary.appendonly`
    /// - `https://www.googleapis.com/auth/photoslibrary`
    /// - `https://www.googleapis.com/auth/photoslibrary.sharing`
    pub fn add_enrichment(
        &self,
        album_id: impl Into<String>,
        request: crate::types::AddEnrichmentToAlbumRequest,
    ) -> AddEnrichment {
        AddEnrichment {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            album_id: album_id.into(),
            request,
        }
    }
    /// Adds one or more media items in a user's Google Photos library to an album. The media items and albums must have been created by the developer via the API. Media items are added to the end of the album. If multiple media items are given, they are added in the order specified in this call. Each album can contain up to 20,000 media items. Only media items that are in the user's library can be added to an album. For albums that are shared, the album must either be owned by the user or the user must have joined the album as a collaborator. Partial success is not supported. The entire request will fail if an invalid media item or album is specified.
    ///
    /// Checked before sending (a value out of range is `Error::InvalidArgument`):
    /// - `mediaItemIds`: at most 50 items
    ///
    /// `POST v1/albums/{+albumId}:batchAddMediaItems` (`photoslibrary.albums.batchAddMediaItems`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/photoslibrary.appendonly`
    /// - `https://www.googleapis.com/auth/photoslibrary`
    /// - `https://www.googleapis.com/auth/photoslibrary.sharing`
    pub fn batch_add_media_items(
        &self,
        album_id: impl Into<String>,
        request: crate::types::BatchAddMediaItemsToAlbumRequest,
    ) -> BatchAddMediaItems {
        BatchAddMediaItems {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            album_id: album_id.into(),
            request,
        }
    }
    /// Removes one or more media items from a specified album. The media items and the album must have been created by the developer via the API. For albums that are shared, this action is only supported for media items that were added to the album by this user, or for all media items if the album was created by this user. Partial success is not supported. The entire request will fail and no action will be performed on the album if an invalid media item or album is specified.
    ///
    /// Checked before sending (a value out of range is `Error::InvalidArgument`):
    /// - `mediaItemIds`: at most 50 items
    ///
    /// `POST v1/albums/{+albumId}:batchRemoveMediaItems` (`photoslibrary.albums.batchRemoveMediaItems`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/photoslibrary`
    pub fn batch_remove_media_items(
        &self,
        album_id: impl Into<String>,
        request: crate::types::BatchRemoveMediaItemsFromAlbumRequest,
    ) -> BatchRemoveMediaItems {
        BatchRemoveMediaItems {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            album_id: album_id.into(),
            request,
        }
    }
    /// Creates an album in a user's Google Photos library.
    ///
    /// Checked before sending (a value out of range is `Error::InvalidArgument`):
    /// - `album.title`: at most 500 characters
    ///
    /// `POST v1/albums` (`photoslibrary.albums.create`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/photoslibrary.appendonly`
    /// - `https://www.googleapis.com/auth/photoslibrary`
    /// - `https://www.googleapis.com/auth/photoslibrary.sharing`
    pub fn create(&self, request: crate::types::CreateAlbumRequest) -> Create {
        Create {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            request,
        }
    }
    /// Returns the album based on the specified `albumId`. The `albumId` must be the ID of an album owned by the user or a shared album that the user has joined.
    ///
    /// Since 2025-03-31 only albums created by this app are returned.
    ///
    /// `GET v1/albums/{+albumId}` (`photoslibrary.albums.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/photoslibrary.readonly.appcreateddata`
    /// - `https://www.googleapis.com/auth/photoslibrary`
    /// - `https://www.googleapis.com/auth/photoslibrary.readonly`
    pub fn get(&self, album_id: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            album_id: album_id.into(),
        }
    }
    /// Lists all albums shown to a user in the Albums tab of the Google Photos app.
    ///
    /// Since 2025-03-31 only albums created by this app are returned.
    ///
    /// Checked before sending (a value out of range is `Error::InvalidArgument`):
    /// - `pageSize`: at least 0
    /// - `pageSize`: at most 50
    ///
    /// `GET v1/albums` (`photoslibrary.albums.list`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/photoslibrary.readonly.appcreateddata`
    /// - `https://www.googleapis.com/auth/photoslibrary`
    /// - `https://www.googleapis.com/auth/photoslibrary.readonly`
    pub fn list(&self) -> List {
        List {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            exclude_non_app_created_data: None,
            page_size: None,
            page_token: None,
        }
    }
    /// Update the album with the specified `id`. Only the `id`, `title` and `cover_photo_media_item_id` fields of the album are read. The album must have been created by the developer via the API and must be owned by the user.
    ///
    /// Checked before sending (a value out of range is `Error::InvalidArgument`):
    /// - `title`: at most 500 characters
    ///
    /// `PATCH v1/albums/{+id}` (`photoslibrary.albums.patch`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/photoslibrary.edit.appcreateddata`
    pub fn patch(&self, id: impl Into<String>, request: crate::types::Album) -> Patch {
        Patch {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            id: id.into(),
            request,
            update_mask: None,
        }
    }
    /// Marks an album as shared and accessible to other users. This action can only be performed on albums which were created by the developer via the API.
    ///
    /// **Withdrawn by Google on 2025-03-31**: answers `403 PERMISSION_DENIED` (as `Error::Api`, status and message included) although the Discovery document still lists it.
    ///
    /// `POST v1/albums/{+albumId}:share` (`photoslibrary.albums.share`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/photoslibrary.sharing`
    pub fn share(
        &self,
        album_id: impl Into<String>,
        request: crate::types::ShareAlbumRequest,
    ) -> Share {
        Share {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            album_id: album_id.into(),
            request,
        }
    }
    /// Marks a previously shared album as private. This means that the album is no longer shared and all the non-owners will lose access to the album. All non-owner content will be removed from the album. If a non-owner has previously added the album to their library, they will retain all photos in their library. This action can only be performed on albums which were created by the developer via the API.
    ///
    /// **Withdrawn by Google on 2025-03-31**: answers `403 PERMISSION_DENIED` (as `Error::Api`, status and message included) although the Discovery document still lists it.
    ///
    /// `POST v1/albums/{+albumId}:unshare` (`photoslibrary.albums.unshare`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/photoslibrary.sharing`
    pub fn unshare(
        &self,
        album_id: impl Into<String>,
        request: crate::types::UnshareAlbumRequest,
    ) -> Unshare {
        Unshare {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            album_id: album_id.into(),
            request,
        }
    }
}
static ADD_ENRICHMENT: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "photoslibrary.albums.addEnrichment",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("v1/albums/"),
        crate::rt::internal::PathPart::Param {
            name: "albumId",
            reserved: true,
            pattern: Some("^[^/]+$"),
        },
        crate::rt::internal::PathPart::Literal(":addEnrichment"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/photoslibrary.appendonly",
        "https://www.googleapis.com/auth/photoslibrary",
        "https://www.googleapis.com/auth/photoslibrary.sharing",
    ],
};
/// Request builder for `photoslibrary.albums.addEnrichment`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`AddEnrichment` does nothing until it is sent"]
pub struct AddEnrichment {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) album_id: String,
    pub(crate) request: crate::types::AddEnrichmentToAlbumRequest,
}
impl AddEnrichment {
    /// Sends the request (`photoslibrary.albums.addEnrichment`).
    pub async fn send(self) -> Result<crate::types::AddEnrichmentToAlbumResponse, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&ADD_ENRICHMENT, self.opts);
        call.path_arg(&self.album_id);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for AddEnrichment {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static BATCH_ADD_MEDIA_ITEMS: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "photoslibrary.albums.batchAddMediaItems",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("v1/albums/"),
        crate::rt::internal::PathPart::Param {
            name: "albumId",
            reserved: true,
            pattern: Some("^[^/]+$"),
        },
        crate::rt::internal::PathPart::Literal(":batchAddMediaItems"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/photoslibrary.appendonly",
        "https://www.googleapis.com/auth/photoslibrary",
        "https://www.googleapis.com/auth/photoslibrary.sharing",
    ],
};
/// Request builder for `photoslibrary.albums.batchAddMediaItems`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`BatchAddMediaItems` does nothing until it is sent"]
pub struct BatchAddMediaItems {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) album_id: String,
    pub(crate) request: crate::types::BatchAddMediaItemsToAlbumRequest,
}
impl BatchAddMediaItems {
    /// Sends the request (`photoslibrary.albums.batchAddMediaItems`).
    pub async fn send(
        self,
    ) -> Result<crate::types::BatchAddMediaItemsToAlbumResponse, crate::Error> {
        if let Some(value) = &self.request.media_item_ids {
            crate::rt::internal::limits::max_items(
                &BATCH_ADD_MEDIA_ITEMS,
                "mediaItemIds",
                value.len(),
                50,
            )?;
        }
        let mut call = crate::rt::internal::Call::new(&BATCH_ADD_MEDIA_ITEMS, self.opts);
        call.path_arg(&self.album_id);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for BatchAddMediaItems {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static BATCH_REMOVE_MEDIA_ITEMS: crate::rt::internal::MethodInfo =
    crate::rt::internal::MethodInfo {
        id: "photoslibrary.albums.batchRemoveMediaItems",
        http_method: crate::rt::internal::HttpMethod::Post,
        path: &[
            crate::rt::internal::PathPart::Literal("v1/albums/"),
            crate::rt::internal::PathPart::Param {
                name: "albumId",
                reserved: true,
                pattern: Some("^[^/]+$"),
            },
            crate::rt::internal::PathPart::Literal(":batchRemoveMediaItems"),
        ],
        scopes: &["https://www.googleapis.com/auth/photoslibrary"],
    };
/// Request builder for `photoslibrary.albums.batchRemoveMediaItems`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`BatchRemoveMediaItems` does nothing until it is sent"]
pub struct BatchRemoveMediaItems {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) album_id: String,
    pub(crate) request: crate::types::BatchRemoveMediaItemsFromAlbumRequest,
}
impl BatchRemoveMediaItems {
    /// Sends the request (`photoslibrary.albums.batchRemoveMediaItems`).
    pub async fn send(
        self,
    ) -> Result<crate::types::BatchRemoveMediaItemsFromAlbumResponse, crate::Error> {
        if let Some(value) = &self.request.media_item_ids {
            crate::rt::internal::limits::max_items(
                &BATCH_REMOVE_MEDIA_ITEMS,
                "mediaItemIds",
                value.len(),
                50,
            )?;
        }
        let mut call = crate::rt::internal::Call::new(&BATCH_REMOVE_MEDIA_ITEMS, self.opts);
        call.path_arg(&self.album_id);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for BatchRemoveMediaItems {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static CREATE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "photoslibrary.albums.create",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[crate::rt::internal::PathPart::Literal("v1/albums")],
    scopes: &[
        "https://www.googleapis.com/auth/photoslibrary.appendonly",
        "https://www.googleapis.com/auth/photoslibrary",
        "https://www.googleapis.com/auth/photoslibrary.sharing",
    ],
};
/// Request builder for `photoslibrary.albums.create`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Create` does nothing until it is sent"]
pub struct Create {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) request: crate::types::CreateAlbumRequest,
}
impl Create {
    /// Sends the request (`photoslibrary.albums.create`).
    pub async fn send(self) -> Result<crate::types::Album, crate::Error> {
        if let Some(value) = &self.request.album {
            if let Some(value) = &value.title {
                crate::rt::internal::limits::max_length(&CREATE, "album.title", value, 500)?;
            }
        }
        let mut call = crate::rt::internal::Call::new(&CREATE, self.opts);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Create {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static GET: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "photoslibrary.albums.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("v1/albums/"),
        crate::rt::internal::PathPart::Param {
            name: "albumId",
            reserved: true,
            pattern: Some("^[^/]+$"),
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/photoslibrary.readonly.appcreateddata",
        "https://www.googleapis.com/auth/photoslibrary",
        "https://www.googleapis.com/auth/photoslibrary.readonly",
    ],
};
/// Request builder for `photoslibrary.albums.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) album_id: String,
}
impl Get {
    /// Sends the request (`photoslibrary.albums.get`).
    pub async fn send(self) -> Result<crate::types::Album, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.album_id);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Get {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static LIST: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "photoslibrary.albums.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[crate::rt::internal::PathPart::Literal("v1/albums")],
    scopes: &[
        "https://www.googleapis.com/auth/photoslibrary.readonly.appcreateddata",
        "https://www.googleapis.com/auth/photoslibrary",
        "https://www.googleapis.com/auth/photoslibrary.readonly",
    ],
};
/// Request builder for `photoslibrary.albums.list`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`List` does nothing until it is sent"]
pub struct List {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) exclude_non_app_created_data: Option<bool>,
    pub(crate) page_size: Option<i32>,
    pub(crate) page_token: Option<String>,
}
impl List {
    /// If set, the results exclude media items that were not created by this app. Defaults to false (all albums are returned). This field is ignored if the photoslibrary.readonly.appcreateddata scope is used.
    pub fn exclude_non_app_created_data(mut self, exclude_non_app_created_data: bool) -> Self {
        self.exclude_non_app_created_data = Some(exclude_non_app_created_data);
        self
    }
    /// Maximum number of albums to return in the response. Fewer albums might be returned than the specified number. The default `pageSize` is 20, the maximum is 50.
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
        self
    }
    /// A continuation token to get the next page of the results. Adding this to the request returns the rows after the `pageToken`. The `pageToken` should be the value returned in the `nextPageToken` parameter in the response to the `listAlbums` request.
    pub fn page_token(mut self, page_token: impl Into<String>) -> Self {
        self.page_token = Some(page_token.into());
        self
    }
    /// Sends the request (`photoslibrary.albums.list`).
    pub async fn send(self) -> Result<crate::types::ListAlbumsResponse, crate::Error> {
        if let Some(value) = &self.page_size {
            crate::rt::internal::limits::minimum(&LIST, "pageSize", i64::from(*value), 0)?;
        }
        if let Some(value) = &self.page_size {
            crate::rt::internal::limits::maximum(&LIST, "pageSize", i64::from(*value), 50)?;
        }
        let mut call = crate::rt::internal::Call::new(&LIST, self.opts);
        if let Some(value) = &self.exclude_non_app_created_data {
            call.query("excludeNonAppCreatedData", value);
        }
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        if let Some(value) = &self.page_token {
            call.query("pageToken", value);
        }
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for List {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
impl crate::rt::PageRequest for List {
    type Page = crate::types::ListAlbumsResponse;
    fn set_page_token(&mut self, token: String) {
        self.page_token = Some(token);
    }
    fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
        Box::pin(self.send())
    }
}
impl crate::rt::ItemsRequest for List {
    type Item = crate::types::Album;
    fn page_items(page: Self::Page) -> Vec<crate::types::Album> {
        page.albums.unwrap_or_default()
    }
}
impl List {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::ListAlbumsResponse, crate::Error>> + Send
    {
        crate::rt::pages(self)
    }
    /// Every element of `albums` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::Album, crate::Error>> + Send {
        crate::rt::items(self)
    }
}
static PATCH: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "photoslibrary.albums.patch",
    http_method: crate::rt::internal::HttpMethod::Patch,
    path: &[
        crate::rt::internal::PathPart::Literal("v1/albums/"),
        crate::rt::internal::PathPart::Param {
            name: "id",
            reserved: true,
            pattern: Some("^[^/]+$"),
        },
    ],
    scopes: &["https://www.googleapis.com/auth/photoslibrary.edit.appcreateddata"],
};
/// Request builder for `photoslibrary.albums.patch`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Patch` does nothing until it is sent"]
pub struct Patch {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) id: String,
    pub(crate) request: crate::types::Album,
    pub(crate) update_mask: Option<crate::rt::FieldMask>,
}
impl Patch {
    /// Required. Indicate what fields in the provided album to update. The only valid values are `title` and `cover_photo_media_item_id`.
    pub fn update_mask(mut self, update_mask: crate::rt::FieldMask) -> Self {
        self.update_mask = Some(update_mask);
        self
    }
    /// Sends the request (`photoslibrary.albums.patch`).
    pub async fn send(self) -> Result<crate::types::Album, crate::Error> {
        if let Some(value) = &self.request.title {
            crate::rt::internal::limits::max_length(&PATCH, "title", value, 500)?;
        }
        let mut call = crate::rt::internal::Call::new(&PATCH, self.opts);
        call.path_arg(&self.id);
        if let Some(value) = &self.update_mask {
            call.query("updateMask", value);
        }
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Patch {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static SHARE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "photoslibrary.albums.share",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("v1/albums/"),
        crate::rt::internal::PathPart::Param {
            name: "albumId",
            reserved: true,
            pattern: Some("^[^/]+$"),
        },
        crate::rt::internal::PathPart::Literal(":share"),
    ],
    scopes: &["https://www.googleapis.com/auth/photoslibrary.sharing"],
};
/// Request builder for `photoslibrary.albums.share`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Share` does nothing until it is sent"]
pub struct Share {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) album_id: String,
    pub(crate) request: crate::types::ShareAlbumRequest,
}
impl Share {
    /// Sends the request (`photoslibrary.albums.share`).
    pub async fn send(self) -> Result<crate::types::ShareAlbumResponse, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&SHARE, self.opts);
        call.path_arg(&self.album_id);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Share {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static UNSHARE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "photoslibrary.albums.unshare",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("v1/albums/"),
        crate::rt::internal::PathPart::Param {
            name: "albumId",
            reserved: true,
            pattern: Some("^[^/]+$"),
        },
        crate::rt::internal::PathPart::Literal(":unshare"),
    ],
    scopes: &["https://www.googleapis.com/auth/photoslibrary.sharing"],
};
/// Request builder for `photoslibrary.albums.unshare`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Unshare` does nothing until it is sent"]
pub struct Unshare {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) album_id: String,
    pub(crate) request: crate::types::UnshareAlbumRequest,
}
impl Unshare {
    /// Sends the request (`photoslibrary.albums.unshare`).
    pub async fn send(self) -> Result<crate::types::UnshareAlbumResponse, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&UNSHARE, self.opts);
        call.path_arg(&self.album_id);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Unshare {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
