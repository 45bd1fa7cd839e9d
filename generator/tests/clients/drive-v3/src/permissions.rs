//! Methods of the `permissions` resource.
/// Methods of the `permissions` resource.
#[derive(Clone, Debug)]
pub struct Permissions {
    pub(crate) core: crate::rt::internal::Core,
}
impl Permissions {
    /// Creates a permission for a file or shared drive. For more information, see \[Share files, folders, and drives\](<https://developers.google.com/workspace/drive/api/guides/manage-sharing>). **Warning:** Concurrent permission modifications (such as update or delete) on the same file, folder, or shared drive aren't supported across any users or clients; only the last update is applied.
    ///
    /// `POST files/{fileId}/permissions` (`drive.permissions.create`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    pub fn create(&self, file_id: impl Into<String>, request: crate::types::Permission) -> Create {
        Create {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            request,
            email_message: None,
            enforce_expansive_access: None,
            enforce_single_parent: None,
            move_to_new_owners_root: None,
            send_notification_email: None,
            supports_all_drives: None,
            supports_team_drives: None,
            transfer_ownership: None,
            use_domain_admin_access: None,
        }
    }
    /// Deletes a permission. For more information, see \[Share files, folders, and drives\](<https://developers.google.com/workspace/drive/api/guides/manage-sharing>). **Warning:** Concurrent permission modifications (such as update or delete) on the same file, folder, or shared drive aren't supported across any users or clients; only the last update is applied.
    ///
    /// `DELETE files/{fileId}/permissions/{permissionId}` (`drive.permissions.delete`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    pub fn delete(&self, file_id: impl Into<String>, permission_id: impl Into<String>) -> Delete {
        Delete {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            permission_id: permission_id.into(),
            enforce_expansive_access: None,
            supports_all_drives: None,
            supports_team_drives: None,
            use_domain_admin_access: None,
        }
    }
    /// Gets a permission by ID. For more information, see \[Share files, folders, and drives\](<https://developers.google.com/workspace/drive/api/guides/manage-sharing>).
    ///
    /// `GET files/{fileId}/permissions/{permissionId}` (`drive.permissions.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.meet.readonly`
    /// - `https://www.googleapis.com/auth/drive.metadata`
    /// - `https://www.googleapis.com/auth/drive.metadata.readonly`
    /// - `https://www.googleapis.com/auth/drive.photos.readonly`
    /// - `https://www.googleapis.com/auth/drive.readonly`
    pub fn get(&self, file_id: impl Into<String>, permission_id: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            permission_id: permission_id.into(),
            supports_all_drives: None,
            supports_team_drives: None,
            use_domain_admin_access: None,
        }
    }
    /// Lists a file's or shared drive's permissions. For more information, see \[Share files, folders, and drives\](<https://developers.google.com/workspace/drive/api/guides/manage-sharing>).
    ///
    /// `GET files/{fileId}/permissions` (`drive.permissions.list`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.meet.readonly`
    /// - `https://www.googleapis.com/auth/drive.metadata`
    /// - `https://www.googleapis.com/auth/drive.metadata.readonly`
    /// - `https://www.googleapis.com/auth/drive.photos.readonly`
    /// - `https://www.googleapis.com/auth/drive.readonly`
    pub fn list(&self, file_id: impl Into<String>) -> List {
        List {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            include_permissions_for_view: None,
            page_size: None,
            page_token: None,
            supports_all_drives: None,
            supports_team_drives: None,
            use_domain_admin_access: None,
        }
    }
    /// Updates a permission with patch semantics. For more information, see \[Share files, folders, and drives\](<https://developers.google.com/workspace/drive/api/guides/manage-sharing>). **Warning:** Concurrent permission modifications (such as update or delete) on the same file, folder, or shared drive aren't supported across any users or clients; only the last update is applied.
    ///
    /// `PATCH files/{fileId}/permissions/{permissionId}` (`drive.permissions.update`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    pub fn update(
        &self,
        file_id: impl Into<String>,
        permission_id: impl Into<String>,
        request: crate::types::Permission,
    ) -> Update {
        Update {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            permission_id: permission_id.into(),
            request,
            enforce_expansive_access: None,
            remove_expiration: None,
            supports_all_drives: None,
            supports_team_drives: None,
            transfer_ownership: None,
            use_domain_admin_access: None,
        }
    }
}
static CREATE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.permissions.create",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/permissions"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
    ],
};
/// Request builder for `drive.permissions.create`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Create` does nothing until it is sent"]
pub struct Create {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) request: crate::types::Permission,
    pub(crate) email_message: Option<String>,
    pub(crate) enforce_expansive_access: Option<bool>,
    pub(crate) enforce_single_parent: Option<bool>,
    pub(crate) move_to_new_owners_root: Option<bool>,
    pub(crate) send_notification_email: Option<bool>,
    pub(crate) supports_all_drives: Option<bool>,
    pub(crate) supports_team_drives: Option<bool>,
    pub(crate) transfer_ownership: Option<bool>,
    pub(crate) use_domain_admin_access: Option<bool>,
}
impl Create {
    /// A plain text custom message to include in the notification email.
    pub fn email_message(mut self, email_message: impl Into<String>) -> Self {
        self.email_message = Some(email_message.into());
        self
    }
    /// Deprecated: All requests use the expansive access rules.
    ///
    /// Server default: `false`.
    ///
    /// **Deprecated** by the API.
    pub fn enforce_expansive_access(mut self, enforce_expansive_access: bool) -> Self {
        self.enforce_expansive_access = Some(enforce_expansive_access);
        self
    }
    /// Deprecated: See `moveToNewOwnersRoot` for details.
    ///
    /// Server default: `false`.
    ///
    /// **Deprecated** by the API.
    pub fn enforce_single_parent(mut self, enforce_single_parent: bool) -> Self {
        self.enforce_single_parent = Some(enforce_single_parent);
        self
    }
    /// This parameter only takes effect if the item isn't in a shared drive and the request is attempting to transfer the ownership of the item. If set to `true`, the item is moved to the new owner's My Drive root folder and all prior parents removed. If set to `false`, parents aren't changed.
    ///
    /// Server default: `false`.
    pub fn move_to_new_owners_root(mut self, move_to_new_owners_root: bool) -> Self {
        self.move_to_new_owners_root = Some(move_to_new_owners_root);
        self
    }
    /// Whether to send a notification email when sharing to users or groups. This defaults to `true` for users and groups, and is not allowed for other requests. It must not be disabled for ownership transfers.
    pub fn send_notification_email(mut self, send_notification_email: bool) -> Self {
        self.send_notification_email = Some(send_notification_email);
        self
    }
    /// Whether the requesting application supports both My Drives and shared drives.
    ///
    /// Server default: `false`.
    pub fn supports_all_drives(mut self, supports_all_drives: bool) -> Self {
        self.supports_all_drives = Some(supports_all_drives);
        self
    }
    /// Deprecated: Use `supportsAllDrives` instead.
    ///
    /// Server default: `false`.
    ///
    /// **Deprecated** by the API.
    pub fn supports_team_drives(mut self, supports_team_drives: bool) -> Self {
        self.supports_team_drives = Some(supports_team_drives);
        self
    }
    /// Whether to transfer ownership to the specified user and downgrade the current owner to a writer. This parameter is required as an acknowledgement of the side effect. For more information, see \[Transfer file ownership\](<https://developers.google.com/workspace/drive/api/guides/transfer-file>).
    ///
    /// Server default: `false`.
    pub fn transfer_ownership(mut self, transfer_ownership: bool) -> Self {
        self.transfer_ownership = Some(transfer_ownership);
        self
    }
    /// Issue the request as a domain administrator. If set to `true`, and if the following additional conditions are met, the requester is granted access: 1. The file ID parameter refers to a shared drive. 2. The requester is an administrator of the domain to which the shared drive belongs. For more information, see \[Manage shared drives as domain administrators\](<https://developers.google.com/workspace/drive/api/guides/manage-shareddrives#manage-administrators>).
    ///
    /// Server default: `false`.
    pub fn use_domain_admin_access(mut self, use_domain_admin_access: bool) -> Self {
        self.use_domain_admin_access = Some(use_domain_admin_access);
        self
    }
    /// Sends the request (`drive.permissions.create`).
    pub async fn send(self) -> Result<crate::types::Permission, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&CREATE, self.opts);
        call.path_arg(&self.file_id);
        if let Some(value) = &self.email_message {
            call.query("emailMessage", value);
        }
        if let Some(value) = &self.enforce_expansive_access {
            call.query("enforceExpansiveAccess", value);
        }
        if let Some(value) = &self.enforce_single_parent {
            call.query("enforceSingleParent", value);
        }
        if let Some(value) = &self.move_to_new_owners_root {
            call.query("moveToNewOwnersRoot", value);
        }
        if let Some(value) = &self.send_notification_email {
            call.query("sendNotificationEmail", value);
        }
        if let Some(value) = &self.supports_all_drives {
            call.query("supportsAllDrives", value);
        }
        if let Some(value) = &self.supports_team_drives {
            call.query("supportsTeamDrives", value);
        }
        if let Some(value) = &self.transfer_ownership {
            call.query("transferOwnership", value);
        }
        if let Some(value) = &self.use_domain_admin_access {
            call.query("useDomainAdminAccess", value);
        }
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
    id: "drive.permissions.delete",
    http_method: crate::rt::internal::HttpMethod::Delete,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/permissions/"),
        crate::rt::internal::PathPart::Param {
            name: "permissionId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
    ],
};
/// Request builder for `drive.permissions.delete`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Delete` does nothing until it is sent"]
pub struct Delete {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) permission_id: String,
    pub(crate) enforce_expansive_access: Option<bool>,
    pub(crate) supports_all_drives: Option<bool>,
    pub(crate) supports_team_drives: Option<bool>,
    pub(crate) use_domain_admin_access: Option<bool>,
}
impl Delete {
    /// Deprecated: All requests use the expansive access rules.
    ///
    /// Server default: `false`.
    ///
    /// **Deprecated** by the API.
    pub fn enforce_expansive_access(mut self, enforce_expansive_access: bool) -> Self {
        self.enforce_expansive_access = Some(enforce_expansive_access);
        self
    }
    /// Whether the requesting application supports both My Drives and shared drives.
    ///
    /// Server default: `false`.
    pub fn supports_all_drives(mut self, supports_all_drives: bool) -> Self {
        self.supports_all_drives = Some(supports_all_drives);
        self
    }
    /// Deprecated: Use `supportsAllDrives` instead.
    ///
    /// Server default: `false`.
    ///
    /// **Deprecated** by the API.
    pub fn supports_team_drives(mut self, supports_team_drives: bool) -> Self {
        self.supports_team_drives = Some(supports_team_drives);
        self
    }
    /// Issue the request as a domain administrator. If set to `true`, and if the following additional conditions are met, the requester is granted access: 1. The file ID parameter refers to a shared drive. 2. The requester is an administrator of the domain to which the shared drive belongs. For more information, see \[Manage shared drives as domain administrators\](<https://developers.google.com/workspace/drive/api/guides/manage-shareddrives#manage-administrators>).
    ///
    /// Server default: `false`.
    pub fn use_domain_admin_access(mut self, use_domain_admin_access: bool) -> Self {
        self.use_domain_admin_access = Some(use_domain_admin_access);
        self
    }
    /// Sends the request (`drive.permissions.delete`).
    pub async fn send(self) -> Result<(), crate::Error> {
        let mut call = crate::rt::internal::Call::new(&DELETE, self.opts);
        call.path_arg(&self.file_id);
        call.path_arg(&self.permission_id);
        if let Some(value) = &self.enforce_expansive_access {
            call.query("enforceExpansiveAccess", value);
        }
        if let Some(value) = &self.supports_all_drives {
            call.query("supportsAllDrives", value);
        }
        if let Some(value) = &self.supports_team_drives {
            call.query("supportsTeamDrives", value);
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
    id: "drive.permissions.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/permissions/"),
        crate::rt::internal::PathPart::Param {
            name: "permissionId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.meet.readonly",
        "https://www.googleapis.com/auth/drive.metadata",
        "https://www.googleapis.com/auth/drive.metadata.readonly",
        "https://www.googleapis.com/auth/drive.photos.readonly",
        "https://www.googleapis.com/auth/drive.readonly",
    ],
};
/// Request builder for `drive.permissions.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) permission_id: String,
    pub(crate) supports_all_drives: Option<bool>,
    pub(crate) supports_team_drives: Option<bool>,
    pub(crate) use_domain_admin_access: Option<bool>,
}
impl Get {
    /// Whether the requesting application supports both My Drives and shared drives.
    ///
    /// Server default: `false`.
    pub fn supports_all_drives(mut self, supports_all_drives: bool) -> Self {
        self.supports_all_drives = Some(supports_all_drives);
        self
    }
    /// Deprecated: Use `supportsAllDrives` instead.
    ///
    /// Server default: `false`.
    ///
    /// **Deprecated** by the API.
    pub fn supports_team_drives(mut self, supports_team_drives: bool) -> Self {
        self.supports_team_drives = Some(supports_team_drives);
        self
    }
    /// Issue the request as a domain administrator. If set to `true`, and if the following additional conditions are met, the requester is granted access: 1. The file ID parameter refers to a shared drive. 2. The requester is an administrator of the domain to which the shared drive belongs. For more information, see \[Manage shared drives as domain administrators\](<https://developers.google.com/workspace/drive/api/guides/manage-shareddrives#manage-administrators>).
    ///
    /// Server default: `false`.
    pub fn use_domain_admin_access(mut self, use_domain_admin_access: bool) -> Self {
        self.use_domain_admin_access = Some(use_domain_admin_access);
        self
    }
    /// Sends the request (`drive.permissions.get`).
    pub async fn send(self) -> Result<crate::types::Permission, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.file_id);
        call.path_arg(&self.permission_id);
        if let Some(value) = &self.supports_all_drives {
            call.query("supportsAllDrives", value);
        }
        if let Some(value) = &self.supports_team_drives {
            call.query("supportsTeamDrives", value);
        }
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
    id: "drive.permissions.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/permissions"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.meet.readonly",
        "https://www.googleapis.com/auth/drive.metadata",
        "https://www.googleapis.com/auth/drive.metadata.readonly",
        "https://www.googleapis.com/auth/drive.photos.readonly",
        "https://www.googleapis.com/auth/drive.readonly",
    ],
};
/// Request builder for `drive.permissions.list`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`List` does nothing until it is sent"]
pub struct List {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) include_permissions_for_view: Option<String>,
    pub(crate) page_size: Option<i32>,
    pub(crate) page_token: Option<String>,
    pub(crate) supports_all_drives: Option<bool>,
    pub(crate) supports_team_drives: Option<bool>,
    pub(crate) use_domain_admin_access: Option<bool>,
}
impl List {
    /// Specifies which additional view's permissions to include in the response. Only `published` is supported.
    pub fn include_permissions_for_view(
        mut self,
        include_permissions_for_view: impl Into<String>,
    ) -> Self {
        self.include_permissions_for_view = Some(include_permissions_for_view.into());
        self
    }
    /// The maximum number of permissions to return. The service may return fewer than this value. If unspecified, at most 100 permissions will be returned for shared drives, and the entire list of permissions for non-shared drives. The maximum value is 100; values above 100 will be coerced to 100.
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
        self
    }
    /// The token for continuing a previous list request on the next page. This should be set to the value of `nextPageToken` from the previous response.
    pub fn page_token(mut self, page_token: impl Into<String>) -> Self {
        self.page_token = Some(page_token.into());
        self
    }
    /// Whether the requesting application supports both My Drives and shared drives.
    ///
    /// Server default: `false`.
    pub fn supports_all_drives(mut self, supports_all_drives: bool) -> Self {
        self.supports_all_drives = Some(supports_all_drives);
        self
    }
    /// Deprecated: Use `supportsAllDrives` instead.
    ///
    /// Server default: `false`.
    ///
    /// **Deprecated** by the API.
    pub fn supports_team_drives(mut self, supports_team_drives: bool) -> Self {
        self.supports_team_drives = Some(supports_team_drives);
        self
    }
    /// Issue the request as a domain administrator. If set to `true`, and if the following additional conditions are met, the requester is granted access: 1. The file ID parameter refers to a shared drive. 2. The requester is an administrator of the domain to which the shared drive belongs. For more information, see \[Manage shared drives as domain administrators\](<https://developers.google.com/workspace/drive/api/guides/manage-shareddrives#manage-administrators>).
    ///
    /// Server default: `false`.
    pub fn use_domain_admin_access(mut self, use_domain_admin_access: bool) -> Self {
        self.use_domain_admin_access = Some(use_domain_admin_access);
        self
    }
    /// Sends the request (`drive.permissions.list`).
    pub async fn send(self) -> Result<crate::types::PermissionList, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&LIST, self.opts);
        call.path_arg(&self.file_id);
        if let Some(value) = &self.include_permissions_for_view {
            call.query("includePermissionsForView", value);
        }
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        if let Some(value) = &self.page_token {
            call.query("pageToken", value);
        }
        if let Some(value) = &self.supports_all_drives {
            call.query("supportsAllDrives", value);
        }
        if let Some(value) = &self.supports_team_drives {
            call.query("supportsTeamDrives", value);
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
    type Page = crate::types::PermissionList;
    fn set_page_token(&mut self, token: String) {
        self.page_token = Some(token);
    }
    fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
        Box::pin(self.send())
    }
}
impl crate::rt::ItemsRequest for List {
    type Item = crate::types::Permission;
    fn page_items(page: Self::Page) -> Vec<crate::types::Permission> {
        page.permissions.unwrap_or_default()
    }
}
impl List {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::PermissionList, crate::Error>> + Send
    {
        crate::rt::pages(self)
    }
    /// Every element of `permissions` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::Permission, crate::Error>> + Send
    {
        crate::rt::items(self)
    }
}
static UPDATE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.permissions.update",
    http_method: crate::rt::internal::HttpMethod::Patch,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/permissions/"),
        crate::rt::internal::PathPart::Param {
            name: "permissionId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
    ],
};
/// Request builder for `drive.permissions.update`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Update` does nothing until it is sent"]
pub struct Update {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) permission_id: String,
    pub(crate) request: crate::types::Permission,
    pub(crate) enforce_expansive_access: Option<bool>,
    pub(crate) remove_expiration: Option<bool>,
    pub(crate) supports_all_drives: Option<bool>,
    pub(crate) supports_team_drives: Option<bool>,
    pub(crate) transfer_ownership: Option<bool>,
    pub(crate) use_domain_admin_access: Option<bool>,
}
impl Update {
    /// Deprecated: All requests use the expansive access rules.
    ///
    /// Server default: `false`.
    ///
    /// **Deprecated** by the API.
    pub fn enforce_expansive_access(mut self, enforce_expansive_access: bool) -> Self {
        self.enforce_expansive_access = Some(enforce_expansive_access);
        self
    }
    /// Whether to remove the expiration date.
    ///
    /// Server default: `false`.
    pub fn remove_expiration(mut self, remove_expiration: bool) -> Self {
        self.remove_expiration = Some(remove_expiration);
        self
    }
    /// Whether the requesting application supports both My Drives and shared drives.
    ///
    /// Server default: `false`.
    pub fn supports_all_drives(mut self, supports_all_drives: bool) -> Self {
        self.supports_all_drives = Some(supports_all_drives);
        self
    }
    /// Deprecated: Use `supportsAllDrives` instead.
    ///
    /// Server default: `false`.
    ///
    /// **Deprecated** by the API.
    pub fn supports_team_drives(mut self, supports_team_drives: bool) -> Self {
        self.supports_team_drives = Some(supports_team_drives);
        self
    }
    /// Whether to transfer ownership to the specified user and downgrade the current owner to a writer. This parameter is required as an acknowledgement of the side effect. For more information, see \[Transfer file ownership\](<https://developers.google.com//workspace/drive/api/guides/transfer-file>).
    ///
    /// Server default: `false`.
    pub fn transfer_ownership(mut self, transfer_ownership: bool) -> Self {
        self.transfer_ownership = Some(transfer_ownership);
        self
    }
    /// Issue the request as a domain administrator. If set to `true`, and if the following additional conditions are met, the requester is granted access: 1. The file ID parameter refers to a shared drive. 2. The requester is an administrator of the domain to which the shared drive belongs. For more information, see \[Manage shared drives as domain administrators\](<https://developers.google.com/workspace/drive/api/guides/manage-shareddrives#manage-administrators>).
    ///
    /// Server default: `false`.
    pub fn use_domain_admin_access(mut self, use_domain_admin_access: bool) -> Self {
        self.use_domain_admin_access = Some(use_domain_admin_access);
        self
    }
    /// Sends the request (`drive.permissions.update`).
    pub async fn send(self) -> Result<crate::types::Permission, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&UPDATE, self.opts);
        call.path_arg(&self.file_id);
        call.path_arg(&self.permission_id);
        if let Some(value) = &self.enforce_expansive_access {
            call.query("enforceExpansiveAccess", value);
        }
        if let Some(value) = &self.remove_expiration {
            call.query("removeExpiration", value);
        }
        if let Some(value) = &self.supports_all_drives {
            call.query("supportsAllDrives", value);
        }
        if let Some(value) = &self.supports_team_drives {
            call.query("supportsTeamDrives", value);
        }
        if let Some(value) = &self.transfer_ownership {
            call.query("transferOwnership", value);
        }
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
