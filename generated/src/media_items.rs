//! Methods of the `mediaItems` resource.
/// Methods of the `mediaItems` resource.
#[derive(Clone, Debug)]
pub struct MediaItems {
    pub(crate) core: crate::rt::internal::Core,
}
impl MediaItems {
    /// Creates one or more media items in a user's Google Photos library. This is the second step for creating a media item. For details regarding Step 1, uploading the raw bytes to a Google Server, see Uploading media. This call adds the media item to the library. If an album `id` is specified, the call adds the media item to the album too. Each album can contain up to 20,000 media items. By default, the media item will be added to the end of the library or album. If an album `id` and position are both defined, the media item is added to the album at the specified position. If the call contains multiple media items, they're added at the specified position. If you are creating a media item in a shared album where you are not the owner, you are not allowed to position the media item. Doing so will result in a `BAD REQUEST` error.
    ///
    /// To upload files and create media items from them in one call (batches of 50, bounded concurrency, one result per input), see `uploads::Uploads::create_from_files`.
    ///
    /// Checked before sending (a value out of range is `Error::InvalidArgument`):
    /// - `newMediaItems`: at most 50 items
    /// - `newMediaItems[].description`: at most 999 characters
    ///
    /// `POST v1/mediaItems:batchCreate` (`photoslibrary.mediaItems.batchCreate`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/photoslibrary.appendonly`
    /// - `https://www.googleapis.com/auth/photoslibrary`
    /// - `https://www.googleapis.com/auth/photoslibrary.sharing`
    pub fn batch_create(&self, request: crate::types::BatchCreateMediaItemsRequest) -> BatchCreate {
        BatchCreate {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            request,
        }
    }
    /// Returns the list of media items for the specified media item identifiers. Items are returned in the same order as the supplied identifiers.
    ///
    /// Since 2025-03-31 only media items created by this app are returned.
    ///
    /// Checked before sending (a value out of range is `Error::InvalidArgument`):
    /// - `mediaItemIds`: at most 50 items
    ///
    /// `GET v1/mediaItems:batchGet` (`photoslibrary.mediaItems.batchGet`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/photoslibrary.readonly.appcreateddata`
    /// - `https://www.googleapis.com/auth/photoslibrary`
    /// - `https://www.googleapis.com/auth/photoslibrary.readonly`
    pub fn batch_get(&self) -> BatchGet {
        BatchGet {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            media_item_ids: Vec::new(),
        }
    }
    /// Returns the media item for the specified media item identifier.
    ///
    /// Since 2025-03-31 only media items created by this app are returned.
    ///
    /// `GET v1/mediaItems/{+mediaItemId}` (`photoslibrary.mediaItems.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/photoslibrary.readonly.appcreateddata`
    /// - `https://www.googleapis.com/auth/photoslibrary`
    /// - `https://www.googleapis.com/auth/photoslibrary.readonly`
    pub fn get(&self, media_item_id: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            media_item_id: media_item_id.into(),
        }
    }
    /// List all media items from a user's Google Photos library.
    ///
    /// Since 2025-03-31 only media items created by this app are returned.
    ///
    /// Checked before sending (a value out of range is `Error::InvalidArgument`):
    /// - `pageSize`: at least 0
    /// - `pageSize`: at most 100
    ///
    /// `GET v1/mediaItems` (`photoslibrary.mediaItems.list`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/photoslibrary.readonly.appcreateddata`
    /// - `https://www.googleapis.com/auth/photoslibrary`
    /// - `https://www.googleapis.com/auth/photoslibrary.readonly`
    pub fn list(&self) -> List {
        List {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            page_size: None,
            page_token: None,
        }
    }
    /// Update the media item with the specified `id`. Only the `id` and `description` fields of the media item are read. The media item must have been created by the developer via the API and must be owned by the user.
    ///
    /// Checked before sending (a value out of range is `Error::InvalidArgument`):
    /// - `description`: at most 999 characters
    ///
    /// `PATCH v1/mediaItems/{+id}` (`photoslibrary.mediaItems.patch`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/photoslibrary.edit.appcreateddata`
    pub fn patch(&self, id: impl Into<String>, request: crate::types::MediaItem) -> Patch {
        Patch {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            id: id.into(),
            request,
            update_mask: None,
        }
    }
    /// Searches for media items in a user's Google Photos library. If no filters are set, then all media items in the user's library are returned. If an album is set, all media items in the specified album are returned. If filters are specified, media items that match the filters from the user's library are listed. If you set both the album and the filters, the request results in an error.
    ///
    /// Since 2025-03-31 only media items created by this app are returned.
    ///
    /// Checked before sending (a value out of range is `Error::InvalidArgument`):
    /// - `pageSize`: at least 0
    /// - `pageSize`: at most 100
    ///
    /// `POST v1/mediaItems:search` (`photoslibrary.mediaItems.search`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/photoslibrary.readonly.appcreateddata`
    /// - `https://www.googleapis.com/auth/photoslibrary`
    /// - `https://www.googleapis.com/auth/photoslibrary.readonly`
    pub fn search(&self, request: crate::types::SearchMediaItemsRequest) -> Search {
        Search {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            request,
        }
    }
}
static BATCH_CREATE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "photoslibrary.mediaItems.batchCreate",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[crate::rt::internal::PathPart::Literal(
        "v1/mediaItems:batchCreate",
    )],
    scopes: &[
        "https://www.googleapis.com/auth/photoslibrary.appendonly",
        "https://www.googleapis.com/auth/photoslibrary",
        "https://www.googleapis.com/auth/photoslibrary.sharing",
    ],
};
/// Request builder for `photoslibrary.mediaItems.batchCreate`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`BatchCreate` does nothing until it is sent"]
pub struct BatchCreate {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) request: crate::types::BatchCreateMediaItemsRequest,
}
impl BatchCreate {
    /// Sends the request (`photoslibrary.mediaItems.batchCreate`).
    pub async fn send(self) -> Result<crate::types::BatchCreateMediaItemsResponse, crate::Error> {
        if let Some(value) = &self.request.new_media_items {
            crate::rt::internal::limits::max_items(
                &BATCH_CREATE,
                "newMediaItems",
                value.len(),
                50,
            )?;
        }
        if let Some(value) = &self.request.new_media_items {
            for value in value {
                if let Some(value) = &value.description {
                    crate::rt::internal::limits::max_length(
                        &BATCH_CREATE,
                        "newMediaItems[].description",
                        value,
                        999,
                    )?;
                }
            }
        }
        let mut call = crate::rt::internal::Call::new(&BATCH_CREATE, self.opts);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for BatchCreate {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static BATCH_GET: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "photoslibrary.mediaItems.batchGet",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[crate::rt::internal::PathPart::Literal(
        "v1/mediaItems:batchGet",
    )],
    scopes: &[
        "https://www.googleapis.com/auth/photoslibrary.readonly.appcreateddata",
        "https://www.googleapis.com/auth/photoslibrary",
        "https://www.googleapis.com/auth/photoslibrary.readonly",
    ],
};
/// Request builder for `photoslibrary.mediaItems.batchGet`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`BatchGet` does nothing until it is sent"]
pub struct BatchGet {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) media_item_ids: Vec<String>,
}
impl BatchGet {
    /// Required. Identifiers of the media items to be requested. Must not contain repeated identifiers and cannot be empty. The maximum number of media items that can be retrieved in one call is 50.
    pub fn media_item_ids(
        mut self,
        media_item_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.media_item_ids = media_item_ids.into_iter().map(Into::into).collect();
        self
    }
    /// Sends the request (`photoslibrary.mediaItems.batchGet`).
    pub async fn send(self) -> Result<crate::types::BatchGetMediaItemsResponse, crate::Error> {
        {
            let value = &self.media_item_ids;
            crate::rt::internal::limits::max_items(&BATCH_GET, "mediaItemIds", value.len(), 50)?;
        }
        let mut call = crate::rt::internal::Call::new(&BATCH_GET, self.opts);
        for value in &self.media_item_ids {
            call.query("mediaItemIds", value);
        }
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for BatchGet {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static GET: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "photoslibrary.mediaItems.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("v1/mediaItems/"),
        crate::rt::internal::PathPart::Param {
            name: "mediaItemId",
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
/// Request builder for `photoslibrary.mediaItems.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) media_item_id: String,
}
impl Get {
    /// Sends the request (`photoslibrary.mediaItems.get`).
    pub async fn send(self) -> Result<crate::types::MediaItem, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.media_item_id);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Get {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static LIST: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "photoslibrary.mediaItems.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[crate::rt::internal::PathPart::Literal("v1/mediaItems")],
    scopes: &[
        "https://www.googleapis.com/auth/photoslibrary.readonly.appcreateddata",
        "https://www.googleapis.com/auth/photoslibrary",
        "https://www.googleapis.com/auth/photoslibrary.readonly",
    ],
};
/// Request builder for `photoslibrary.mediaItems.list`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`List` does nothing until it is sent"]
pub struct List {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) page_size: Option<i32>,
    pub(crate) page_token: Option<String>,
}
impl List {
    /// Maximum number of media items to return in the response. Fewer media items might be returned than the specified number. The default `pageSize` is 25, the maximum is 100.
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
        self
    }
    /// A continuation token to get the next page of the results. Adding this to the request returns the rows after the `pageToken`. The `pageToken` should be the value returned in the `nextPageToken` parameter in the response to the `listMediaItems` request.
    pub fn page_token(mut self, page_token: impl Into<String>) -> Self {
        self.page_token = Some(page_token.into());
        self
    }
    /// Sends the request (`photoslibrary.mediaItems.list`).
    pub async fn send(self) -> Result<crate::types::ListMediaItemsResponse, crate::Error> {
        if let Some(value) = &self.page_size {
            crate::rt::internal::limits::minimum(&LIST, "pageSize", i64::from(*value), 0)?;
        }
        if let Some(value) = &self.page_size {
            crate::rt::internal::limits::maximum(&LIST, "pageSize", i64::from(*value), 100)?;
        }
        let mut call = crate::rt::internal::Call::new(&LIST, self.opts);
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
    type Page = crate::types::ListMediaItemsResponse;
    fn set_page_token(&mut self, token: String) {
        self.page_token = Some(token);
    }
    fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
        Box::pin(self.send())
    }
}
impl crate::rt::ItemsRequest for List {
    type Item = crate::types::MediaItem;
    fn page_items(page: Self::Page) -> Vec<crate::types::MediaItem> {
        page.media_items.unwrap_or_default()
    }
}
impl List {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::ListMediaItemsResponse, crate::Error>>
           + Send {
        crate::rt::pages(self)
    }
    /// Every element of `mediaItems` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::MediaItem, crate::Error>> + Send
    {
        crate::rt::items(self)
    }
}
static PATCH: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "photoslibrary.mediaItems.patch",
    http_method: crate::rt::internal::HttpMethod::Patch,
    path: &[
        crate::rt::internal::PathPart::Literal("v1/mediaItems/"),
        crate::rt::internal::PathPart::Param {
            name: "id",
            reserved: true,
            pattern: Some("^[^/]+$"),
        },
    ],
    scopes: &["https://www.googleapis.com/auth/photoslibrary.edit.appcreateddata"],
};
/// Request builder for `photoslibrary.mediaItems.patch`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Patch` does nothing until it is sent"]
pub struct Patch {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) id: String,
    pub(crate) request: crate::types::MediaItem,
    pub(crate) update_mask: Option<crate::rt::FieldMask>,
}
impl Patch {
    /// Required. Indicate what fields in the provided media item to update. The only valid value is `description`.
    pub fn update_mask(mut self, update_mask: crate::rt::FieldMask) -> Self {
        self.update_mask = Some(update_mask);
        self
    }
    /// Sends the request (`photoslibrary.mediaItems.patch`).
    pub async fn send(self) -> Result<crate::types::MediaItem, crate::Error> {
        if let Some(value) = &self.request.description {
            crate::rt::internal::limits::max_length(&PATCH, "description", value, 999)?;
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
static SEARCH: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "photoslibrary.mediaItems.search",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[crate::rt::internal::PathPart::Literal(
        "v1/mediaItems:search",
    )],
    scopes: &[
        "https://www.googleapis.com/auth/photoslibrary.readonly.appcreateddata",
        "https://www.googleapis.com/auth/photoslibrary",
        "https://www.googleapis.com/auth/photoslibrary.readonly",
    ],
};
/// Request builder for `photoslibrary.mediaItems.search`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Search` does nothing until it is sent"]
pub struct Search {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) request: crate::types::SearchMediaItemsRequest,
}
impl Search {
    /// Sends the request (`photoslibrary.mediaItems.search`).
    pub async fn send(self) -> Result<crate::types::SearchMediaItemsResponse, crate::Error> {
        if let Some(value) = &self.request.page_size {
            crate::rt::internal::limits::minimum(&SEARCH, "pageSize", i64::from(*value), 0)?;
        }
        if let Some(value) = &self.request.page_size {
            crate::rt::internal::limits::maximum(&SEARCH, "pageSize", i64::from(*value), 100)?;
        }
        let mut call = crate::rt::internal::Call::new(&SEARCH, self.opts);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Search {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
impl crate::rt::PageRequest for Search {
    type Page = crate::types::SearchMediaItemsResponse;
    fn set_page_token(&mut self, token: String) {
        self.request.page_token = Some(token);
    }
    fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
        Box::pin(self.send())
    }
}
impl crate::rt::ItemsRequest for Search {
    type Item = crate::types::MediaItem;
    fn page_items(page: Self::Page) -> Vec<crate::types::MediaItem> {
        page.media_items.unwrap_or_default()
    }
}
impl Search {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::SearchMediaItemsResponse, crate::Error>>
           + Send {
        crate::rt::pages(self)
    }
    /// Every element of `mediaItems` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::MediaItem, crate::Error>> + Send
    {
        crate::rt::items(self)
    }
}
