//! Methods of the `drives` resource.
/// Methods of the `drives` resource.
#[derive(Clone, Debug)]
pub struct Drives {
    pub(crate) core: crate::rt::internal::Core,
}
impl Drives {
    /// Creates a shared drive. For more information, see \[Manage shared drives\](<https://developers.google.com/workspace/drive/api/guides/manage-shareddrives>).
    ///
    /// `POST drives` (`drive.drives.create`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    pub fn create(&self, request_id: impl Into<String>, request: crate::types::Drive) -> Create {
        Create {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            request_id: request_id.into(),
            request,
        }
    }
    /// Permanently deletes a shared drive for which the user is an `organizer`. The shared drive cannot contain any untrashed items. For more information, see \[Manage shared drives\](<https://developers.google.com/workspace/drive/api/guides/manage-shareddrives>).
    ///
    /// `DELETE drives/{driveId}` (`drive.drives.delete`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    pub fn delete(&self, drive_id: impl Into<String>) -> Delete {
        Delete {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            drive_id: drive_id.into(),
            allow_item_deletion: None,
            use_domain_admin_access: None,
        }
    }
    /// Gets a shared drive's metadata by ID. For more information, see \[Manage shared drives\](<https://developers.google.com/workspace/drive/api/guides/manage-shareddrives>).
    ///
    /// `GET drives/{driveId}` (`drive.drives.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.readonly`
    pub fn get(&self, drive_id: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            drive_id: drive_id.into(),
            use_domain_admin_access: None,
        }
    }
    /// Hides a shared drive from the default view. For more information, see \[Manage shared drives\](<https://developers.google.com/workspace/drive/api/guides/manage-shareddrives>).
    ///
    /// `POST drives/{driveId}/hide` (`drive.drives.hide`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    pub fn hide(&self, drive_id: impl Into<String>) -> Hide {
        Hide {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            drive_id: drive_id.into(),
        }
    }
    /// Lists the user's shared drives. This method accepts the `q` parameter, which is a search query combining one or more search terms. For more information, see the \[Search for shared drives\](<https://developers.google.com/workspace/drive/api/guides/search-shareddrives>) guide.
    ///
    /// `GET drives` (`drive.drives.list`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.readonly`
    pub fn list(&self) -> List {
        List {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            page_size: None,
            page_token: None,
            q: None,
            use_domain_admin_access: None,
        }
    }
    /// Restores a shared drive to the default view. For more information, see \[Manage shared drives\](<https://developers.google.com/workspace/drive/api/guides/manage-shareddrives>).
    ///
    /// `POST drives/{driveId}/unhide` (`drive.drives.unhide`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    pub fn unhide(&self, drive_id: impl Into<String>) -> Unhide {
        Unhide {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            drive_id: drive_id.into(),
        }
    }
    /// Updates the metadata for a shared drive. For more information, see \[Manage shared drives\](<https://developers.google.com/workspace/drive/api/guides/manage-shareddrives>).
    ///
    /// `PATCH drives/{driveId}` (`drive.drives.update`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    pub fn update(&self, drive_id: impl Into<String>, request: crate::types::Drive) -> Update {
        Update {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            drive_id: drive_id.into(),
            request,
            use_domain_admin_access: None,
        }
    }
}
static CREATE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.drives.create",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[crate::rt::internal::PathPart::Literal("drives")],
    scopes: &["https://www.googleapis.com/auth/drive"],
};
/// Request builder for `drive.drives.create`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Create` does nothing until it is sent"]
pub struct Create {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) request_id: String,
    pub(crate) request: crate::types::Drive,
}
impl Create {
    /// Sends the request (`drive.drives.create`).
    pub async fn send(self) -> Result<crate::types::Drive, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&CREATE, self.opts);
        call.query("requestId", &self.request_id);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Create {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static DELETE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.drives.delete",
    http_method: crate::rt::internal::HttpMethod::Delete,
    path: &[
        crate::rt::internal::PathPart::Literal("drives/"),
        crate::rt::internal::PathPart::Param {
            name: "driveId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &["https://www.googleapis.com/auth/drive"],
};
/// Request builder for `drive.drives.delete`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Delete` does nothing until it is sent"]
pub struct Delete {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) drive_id: String,
    pub(crate) allow_item_deletion: Option<bool>,
    pub(crate) use_domain_admin_access: Option<bool>,
}
impl Delete {
    /// Whether any items inside the shared drive should also be deleted. This option is only supported when `useDomainAdminAccess` is also set to `true`.
    ///
    /// Server default: `false`.
    pub fn allow_item_deletion(mut self, allow_item_deletion: bool) -> Self {
        self.allow_item_deletion = Some(allow_item_deletion);
        self
    }
    /// Issue the request as a domain administrator; if set to true, then the requester will be granted access if they are an administrator of the domain to which the shared drive belongs.
    ///
    /// Server default: `false`.
    pub fn use_domain_admin_access(mut self, use_domain_admin_access: bool) -> Self {
        self.use_domain_admin_access = Some(use_domain_admin_access);
        self
    }
    /// Sends the request (`drive.drives.delete`).
    pub async fn send(self) -> Result<(), crate::Error> {
        let mut call = crate::rt::internal::Call::new(&DELETE, self.opts);
        call.path_arg(&self.drive_id);
        if let Some(value) = &self.allow_item_deletion {
            call.query("allowItemDeletion", value);
        }
        if let Some(value) = &self.use_domain_admin_access {
            call.query("useDomainAdminAccess", value);
        }
        self.core.execute_empty(call).await
    }
}
impl crate::rt::CallBuilder for Delete {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static GET: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.drives.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("drives/"),
        crate::rt::internal::PathPart::Param {
            name: "driveId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.readonly",
    ],
};
/// Request builder for `drive.drives.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) drive_id: String,
    pub(crate) use_domain_admin_access: Option<bool>,
}
impl Get {
    /// Issue the request as a domain administrator; if set to true, then the requester will be granted access if they are an administrator of the domain to which the shared drive belongs.
    ///
    /// Server default: `false`.
    pub fn use_domain_admin_access(mut self, use_domain_admin_access: bool) -> Self {
        self.use_domain_admin_access = Some(use_domain_admin_access);
        self
    }
    /// Sends the request (`drive.drives.get`).
    pub async fn send(self) -> Result<crate::types::Drive, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.drive_id);
        if let Some(value) = &self.use_domain_admin_access {
            call.query("useDomainAdminAccess", value);
        }
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Get {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static HIDE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.drives.hide",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("drives/"),
        crate::rt::internal::PathPart::Param {
            name: "driveId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/hide"),
    ],
    scopes: &["https://www.googleapis.com/auth/drive"],
};
/// Request builder for `drive.drives.hide`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Hide` does nothing until it is sent"]
pub struct Hide {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) drive_id: String,
}
impl Hide {
    /// Sends the request (`drive.drives.hide`).
    pub async fn send(self) -> Result<crate::types::Drive, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&HIDE, self.opts);
        call.path_arg(&self.drive_id);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Hide {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static LIST: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.drives.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[crate::rt::internal::PathPart::Literal("drives")],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.readonly",
    ],
};
/// Request builder for `drive.drives.list`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`List` does nothing until it is sent"]
pub struct List {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) page_size: Option<i32>,
    pub(crate) page_token: Option<String>,
    pub(crate) q: Option<String>,
    pub(crate) use_domain_admin_access: Option<bool>,
}
impl List {
    /// The maximum number of shared drives to return. The service may return fewer than this value. If unspecified, at most 10 shared drives will be returned. The maximum value is 100; values above 100 will be coerced to 100.
    ///
    /// Server default: `10`.
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
        self
    }
    /// Page token for shared drives.
    pub fn page_token(mut self, page_token: impl Into<String>) -> Self {
        self.page_token = Some(page_token.into());
        self
    }
    /// Query string for searching shared drives.
    pub fn q(mut self, q: impl Into<String>) -> Self {
        self.q = Some(q.into());
        self
    }
    /// Issue the request as a domain administrator; if set to true, then all shared drives of the domain in which the requester is an administrator are returned.
    ///
    /// Server default: `false`.
    pub fn use_domain_admin_access(mut self, use_domain_admin_access: bool) -> Self {
        self.use_domain_admin_access = Some(use_domain_admin_access);
        self
    }
    /// Sends the request (`drive.drives.list`).
    pub async fn send(self) -> Result<crate::types::DriveList, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&LIST, self.opts);
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        if let Some(value) = &self.page_token {
            call.query("pageToken", value);
        }
        if let Some(value) = &self.q {
            call.query("q", value);
        }
        if let Some(value) = &self.use_domain_admin_access {
            call.query("useDomainAdminAccess", value);
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
    type Page = crate::types::DriveList;
    fn set_page_token(&mut self, token: String) {
        self.page_token = Some(token);
    }
    fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
        Box::pin(self.send())
    }
}
impl crate::rt::ItemsRequest for List {
    type Item = crate::types::Drive;
    fn page_items(page: Self::Page) -> Vec<crate::types::Drive> {
        page.drives.unwrap_or_default()
    }
}
impl List {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::DriveList, crate::Error>> + Send
    {
        crate::rt::pages(self)
    }
    /// Every element of `drives` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::Drive, crate::Error>> + Send {
        crate::rt::items(self)
    }
}
static UNHIDE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.drives.unhide",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("drives/"),
        crate::rt::internal::PathPart::Param {
            name: "driveId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/unhide"),
    ],
    scopes: &["https://www.googleapis.com/auth/drive"],
};
/// Request builder for `drive.drives.unhide`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Unhide` does nothing until it is sent"]
pub struct Unhide {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) drive_id: String,
}
impl Unhide {
    /// Sends the request (`drive.drives.unhide`).
    pub async fn send(self) -> Result<crate::types::Drive, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&UNHIDE, self.opts);
        call.path_arg(&self.drive_id);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Unhide {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static UPDATE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.drives.update",
    http_method: crate::rt::internal::HttpMethod::Patch,
    path: &[
        crate::rt::internal::PathPart::Literal("drives/"),
        crate::rt::internal::PathPart::Param {
            name: "driveId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &["https://www.googleapis.com/auth/drive"],
};
/// Request builder for `drive.drives.update`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Update` does nothing until it is sent"]
pub struct Update {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) drive_id: String,
    pub(crate) request: crate::types::Drive,
    pub(crate) use_domain_admin_access: Option<bool>,
}
impl Update {
    /// Issue the request as a domain administrator; if set to true, then the requester will be granted access if they are an administrator of the domain to which the shared drive belongs.
    ///
    /// Server default: `false`.
    pub fn use_domain_admin_access(mut self, use_domain_admin_access: bool) -> Self {
        self.use_domain_admin_access = Some(use_domain_admin_access);
        self
    }
    /// Sends the request (`drive.drives.update`).
    pub async fn send(self) -> Result<crate::types::Drive, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&UPDATE, self.opts);
        call.path_arg(&self.drive_id);
        if let Some(value) = &self.use_domain_admin_access {
            call.query("useDomainAdminAccess", value);
        }
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Update {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
