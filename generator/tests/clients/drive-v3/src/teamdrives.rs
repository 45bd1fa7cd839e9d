//! Methods of the `teamdrives` resource.
/// Methods of the `teamdrives` resource.
#[derive(Clone, Debug)]
pub struct Teamdrives {
    pub(crate) core: crate::rt::internal::Core,
}
impl Teamdrives {
    /// Deprecated: Use `drives.create` instead.
    ///
    /// `POST teamdrives` (`drive.teamdrives.create`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    pub fn create(
        &self,
        request_id: impl Into<String>,
        request: crate::types::TeamDrive,
    ) -> Create {
        Create {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            request_id: request_id.into(),
            request,
        }
    }
    /// Deprecated: Use `drives.delete` instead.
    ///
    /// `DELETE teamdrives/{teamDriveId}` (`drive.teamdrives.delete`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    pub fn delete(&self, team_drive_id: impl Into<String>) -> Delete {
        Delete {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            team_drive_id: team_drive_id.into(),
        }
    }
    /// Deprecated: Use `drives.get` instead.
    ///
    /// `GET teamdrives/{teamDriveId}` (`drive.teamdrives.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.readonly`
    pub fn get(&self, team_drive_id: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            team_drive_id: team_drive_id.into(),
            use_domain_admin_access: None,
        }
    }
    /// Deprecated: Use `drives.list` instead.
    ///
    /// `GET teamdrives` (`drive.teamdrives.list`)
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
    /// Deprecated: Use `drives.update` instead.
    ///
    /// `PATCH teamdrives/{teamDriveId}` (`drive.teamdrives.update`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    pub fn update(
        &self,
        team_drive_id: impl Into<String>,
        request: crate::types::TeamDrive,
    ) -> Update {
        Update {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            team_drive_id: team_drive_id.into(),
            request,
            use_domain_admin_access: None,
        }
    }
}
static CREATE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.teamdrives.create",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[crate::rt::internal::PathPart::Literal("teamdrives")],
    scopes: &["https://www.googleapis.com/auth/drive"],
};
/// Request builder for `drive.teamdrives.create`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Create` does nothing until it is sent"]
pub struct Create {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) request_id: String,
    pub(crate) request: crate::types::TeamDrive,
}
impl Create {
    /// Sends the request (`drive.teamdrives.create`).
    pub async fn send(self) -> Result<crate::types::TeamDrive, crate::Error> {
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
    id: "drive.teamdrives.delete",
    http_method: crate::rt::internal::HttpMethod::Delete,
    path: &[
        crate::rt::internal::PathPart::Literal("teamdrives/"),
        crate::rt::internal::PathPart::Param {
            name: "teamDriveId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &["https://www.googleapis.com/auth/drive"],
};
/// Request builder for `drive.teamdrives.delete`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Delete` does nothing until it is sent"]
pub struct Delete {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) team_drive_id: String,
}
impl Delete {
    /// Sends the request (`drive.teamdrives.delete`).
    pub async fn send(self) -> Result<(), crate::Error> {
        let mut call = crate::rt::internal::Call::new(&DELETE, self.opts);
        call.path_arg(&self.team_drive_id);
        self.core.execute_empty(call).await
    }
}
impl crate::rt::CallBuilder for Delete {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static GET: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.teamdrives.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("teamdrives/"),
        crate::rt::internal::PathPart::Param {
            name: "teamDriveId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.readonly",
    ],
};
/// Request builder for `drive.teamdrives.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) team_drive_id: String,
    pub(crate) use_domain_admin_access: Option<bool>,
}
impl Get {
    /// Issue the request as a domain administrator; if set to true, then the requester will be granted access if they are an administrator of the domain to which the Team Drive belongs.
    ///
    /// Server default: `false`.
    pub fn use_domain_admin_access(mut self, use_domain_admin_access: bool) -> Self {
        self.use_domain_admin_access = Some(use_domain_admin_access);
        self
    }
    /// Sends the request (`drive.teamdrives.get`).
    pub async fn send(self) -> Result<crate::types::TeamDrive, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.team_drive_id);
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
static LIST: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.teamdrives.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[crate::rt::internal::PathPart::Literal("teamdrives")],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.readonly",
    ],
};
/// Request builder for `drive.teamdrives.list`; made by the resource handle.
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
    /// Maximum number of Team Drives to return.
    ///
    /// Server default: `10`.
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
        self
    }
    /// Page token for Team Drives.
    pub fn page_token(mut self, page_token: impl Into<String>) -> Self {
        self.page_token = Some(page_token.into());
        self
    }
    /// Query string for searching Team Drives.
    pub fn q(mut self, q: impl Into<String>) -> Self {
        self.q = Some(q.into());
        self
    }
    /// Issue the request as a domain administrator; if set to true, then all Team Drives of the domain in which the requester is an administrator are returned.
    ///
    /// Server default: `false`.
    pub fn use_domain_admin_access(mut self, use_domain_admin_access: bool) -> Self {
        self.use_domain_admin_access = Some(use_domain_admin_access);
        self
    }
    /// Sends the request (`drive.teamdrives.list`).
    pub async fn send(self) -> Result<crate::types::TeamDriveList, crate::Error> {
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
    type Page = crate::types::TeamDriveList;
    fn set_page_token(&mut self, token: String) {
        self.page_token = Some(token);
    }
    fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
        Box::pin(self.send())
    }
}
impl crate::rt::ItemsRequest for List {
    type Item = crate::types::TeamDrive;
    fn page_items(page: Self::Page) -> Vec<crate::types::TeamDrive> {
        page.team_drives.unwrap_or_default()
    }
}
impl List {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::TeamDriveList, crate::Error>> + Send
    {
        crate::rt::pages(self)
    }
    /// Every element of `teamDrives` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::TeamDrive, crate::Error>> + Send
    {
        crate::rt::items(self)
    }
}
static UPDATE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.teamdrives.update",
    http_method: crate::rt::internal::HttpMethod::Patch,
    path: &[
        crate::rt::internal::PathPart::Literal("teamdrives/"),
        crate::rt::internal::PathPart::Param {
            name: "teamDriveId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &["https://www.googleapis.com/auth/drive"],
};
/// Request builder for `drive.teamdrives.update`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Update` does nothing until it is sent"]
pub struct Update {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) team_drive_id: String,
    pub(crate) request: crate::types::TeamDrive,
    pub(crate) use_domain_admin_access: Option<bool>,
}
impl Update {
    /// Issue the request as a domain administrator; if set to true, then the requester will be granted access if they are an administrator of the domain to which the Team Drive belongs.
    ///
    /// Server default: `false`.
    pub fn use_domain_admin_access(mut self, use_domain_admin_access: bool) -> Self {
        self.use_domain_admin_access = Some(use_domain_admin_access);
        self
    }
    /// Sends the request (`drive.teamdrives.update`).
    pub async fn send(self) -> Result<crate::types::TeamDrive, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&UPDATE, self.opts);
        call.path_arg(&self.team_drive_id);
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
