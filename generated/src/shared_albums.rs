//! Methods of the `sharedAlbums` resource.
/// Methods of the `sharedAlbums` resource.
#[derive(Clone, Debug)]
pub struct SharedAlbums {
    pub(crate) core: crate::rt::internal::Core,
}
impl SharedAlbums {
    /// Returns the album based on the specified `shareToken`.
    ///
    /// **Withdrawn by Google on 2025-03-31**: answers `403 PERMISSION_DENIED` (as `Error::Api`, status and message included) although the Discovery document still lists it.
    ///
    /// `GET v1/sharedAlbums/{+shareToken}` (`photoslibrary.sharedAlbums.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/photoslibrary.sharing`
    pub fn get(&self, share_token: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            share_token: share_token.into(),
        }
    }
    /// Joins a shared album on behalf of the Google Photos user.
    ///
    /// **Withdrawn by Google on 2025-03-31**: answers `403 PERMISSION_DENIED` (as `Error::Api`, status and message included) although the Discovery document still lists it.
    ///
    /// `POST v1/sharedAlbums:join` (`photoslibrary.sharedAlbums.join`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/photoslibrary.sharing`
    pub fn join(&self, request: crate::types::JoinSharedAlbumRequest) -> Join {
        Join {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            request,
        }
    }
    /// Leaves a previously-joined shared album on behalf of the Google Photos user. The user must not own this album.
    ///
    /// **Withdrawn by Google on 2025-03-31**: answers `403 PERMISSION_DENIED` (as `Error::Api`, status and message included) although the Discovery document still lists it.
    ///
    /// `POST v1/sharedAlbums:leave` (`photoslibrary.sharedAlbums.leave`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/photoslibrary.sharing`
    pub fn leave(&self, request: crate::types::LeaveSharedAlbumRequest) -> Leave {
        Leave {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            request,
        }
    }
    /// Lists all shared albums available in the Sharing tab of the user's Google Photos app.
    ///
    /// **Withdrawn by Google on 2025-03-31**: answers `403 PERMISSION_DENIED` (as `Error::Api`, status and message included) although the Discovery document still lists it.
    ///
    /// Checked before sending (a value out of range is `Error::InvalidArgument`):
    /// - `pageSize`: at least 0
    /// - `pageSize`: at most 50
    ///
    /// `GET v1/sharedAlbums` (`photoslibrary.sharedAlbums.list`)
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
}
static GET: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "photoslibrary.sharedAlbums.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("v1/sharedAlbums/"),
        crate::rt::internal::PathPart::Param {
            name: "shareToken",
            reserved: true,
            pattern: Some("^[^/]+$"),
        },
    ],
    scopes: &["https://www.googleapis.com/auth/photoslibrary.sharing"],
};
/// Request builder for `photoslibrary.sharedAlbums.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) share_token: String,
}
impl Get {
    /// Sends the request (`photoslibrary.sharedAlbums.get`).
    pub async fn send(self) -> Result<crate::types::Album, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.share_token);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Get {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static JOIN: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "photoslibrary.sharedAlbums.join",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[crate::rt::internal::PathPart::Literal(
        "v1/sharedAlbums:join",
    )],
    scopes: &["https://www.googleapis.com/auth/photoslibrary.sharing"],
};
/// Request builder for `photoslibrary.sharedAlbums.join`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Join` does nothing until it is sent"]
pub struct Join {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) request: crate::types::JoinSharedAlbumRequest,
}
impl Join {
    /// Sends the request (`photoslibrary.sharedAlbums.join`).
    pub async fn send(self) -> Result<crate::types::JoinSharedAlbumResponse, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&JOIN, self.opts);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Join {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static LEAVE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "photoslibrary.sharedAlbums.leave",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[crate::rt::internal::PathPart::Literal(
        "v1/sharedAlbums:leave",
    )],
    scopes: &["https://www.googleapis.com/auth/photoslibrary.sharing"],
};
/// Request builder for `photoslibrary.sharedAlbums.leave`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Leave` does nothing until it is sent"]
pub struct Leave {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) request: crate::types::LeaveSharedAlbumRequest,
}
impl Leave {
    /// Sends the request (`photoslibrary.sharedAlbums.leave`).
    pub async fn send(self) -> Result<crate::types::LeaveSharedAlbumResponse, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&LEAVE, self.opts);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Leave {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static LIST: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "photoslibrary.sharedAlbums.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[crate::rt::internal::PathPart::Literal("v1/sharedAlbums")],
    scopes: &[
        "https://www.googleapis.com/auth/photoslibrary.readonly.appcreateddata",
        "https://www.googleapis.com/auth/photoslibrary",
        "https://www.googleapis.com/auth/photoslibrary.readonly",
    ],
};
/// Request builder for `photoslibrary.sharedAlbums.list`; made by the resource handle.
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
    /// A continuation token to get the next page of the results. Adding this to the request returns the rows after the `pageToken`. The `pageToken` should be the value returned in the `nextPageToken` parameter in the response to the `listSharedAlbums` request.
    pub fn page_token(mut self, page_token: impl Into<String>) -> Self {
        self.page_token = Some(page_token.into());
        self
    }
    /// Sends the request (`photoslibrary.sharedAlbums.list`).
    pub async fn send(self) -> Result<crate::types::ListSharedAlbumsResponse, crate::Error> {
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
    type Page = crate::types::ListSharedAlbumsResponse;
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
        page.shared_albums.unwrap_or_default()
    }
}
impl List {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::ListSharedAlbumsResponse, crate::Error>>
           + Send {
        crate::rt::pages(self)
    }
    /// Every element of `sharedAlbums` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::Album, crate::Error>> + Send {
        crate::rt::items(self)
    }
}
