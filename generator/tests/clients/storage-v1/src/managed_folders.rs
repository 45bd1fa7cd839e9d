//! Methods of the `managedFolders` resource.
/// Methods of the `managedFolders` resource.
#[derive(Clone, Debug)]
pub struct ManagedFolders {
    pub(crate) core: crate::rt::internal::Core,
}
impl ManagedFolders {
    /// Permanently deletes a managed folder.
    ///
    /// `DELETE b/{bucket}/managedFolders/{managedFolder}` (`storage.managedFolders.delete`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn delete(&self, bucket: impl Into<String>, managed_folder: impl Into<String>) -> Delete {
        Delete {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            managed_folder: managed_folder.into(),
            allow_non_empty: None,
            if_metageneration_match: None,
            if_metageneration_not_match: None,
        }
    }
    /// Returns metadata of the specified managed folder.
    ///
    /// `GET b/{bucket}/managedFolders/{managedFolder}` (`storage.managedFolders.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn get(&self, bucket: impl Into<String>, managed_folder: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            managed_folder: managed_folder.into(),
            if_metageneration_match: None,
            if_metageneration_not_match: None,
        }
    }
    /// Returns an IAM policy for the specified managed folder.
    ///
    /// `GET b/{bucket}/managedFolders/{managedFolder}/iam` (`storage.managedFolders.getIamPolicy`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn get_iam_policy(
        &self,
        bucket: impl Into<String>,
        managed_folder: impl Into<String>,
    ) -> GetIamPolicy {
        GetIamPolicy {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            managed_folder: managed_folder.into(),
            options_requested_policy_version: None,
            user_project: None,
        }
    }
    /// Creates a new managed folder.
    ///
    /// `POST b/{bucket}/managedFolders` (`storage.managedFolders.insert`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn insert(
        &self,
        bucket: impl Into<String>,
        request: crate::types::ManagedFolder,
    ) -> Insert {
        Insert {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            request,
        }
    }
    /// Lists managed folders in the given bucket.
    ///
    /// `GET b/{bucket}/managedFolders` (`storage.managedFolders.list`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn list(&self, bucket: impl Into<String>) -> List {
        List {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            page_size: None,
            page_token: None,
            prefix: None,
        }
    }
    /// Updates an IAM policy for the specified managed folder.
    ///
    /// `PUT b/{bucket}/managedFolders/{managedFolder}/iam` (`storage.managedFolders.setIamPolicy`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn set_iam_policy(
        &self,
        bucket: impl Into<String>,
        managed_folder: impl Into<String>,
        request: crate::types::Policy,
    ) -> SetIamPolicy {
        SetIamPolicy {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            managed_folder: managed_folder.into(),
            request,
            user_project: None,
        }
    }
    /// Tests a set of permissions on the given managed folder to see which, if any, are held by the caller.
    ///
    /// `GET b/{bucket}/managedFolders/{managedFolder}/iam/testPermissions` (`storage.managedFolders.testIamPermissions`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn test_iam_permissions(
        &self,
        bucket: impl Into<String>,
        managed_folder: impl Into<String>,
        permissions: impl IntoIterator<Item = impl Into<String>>,
    ) -> TestIamPermissions {
        TestIamPermissions {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            managed_folder: managed_folder.into(),
            permissions: permissions.into_iter().map(Into::into).collect(),
            user_project: None,
        }
    }
    /// Updates a managed folder using patch semantics.
    ///
    /// `PATCH b/{bucket}/managedFolders/{managedFolder}` (`storage.managedFolders.update`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn update(
        &self,
        bucket: impl Into<String>,
        managed_folder: impl Into<String>,
        request: crate::types::ManagedFolder,
    ) -> Update {
        Update {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            managed_folder: managed_folder.into(),
            request,
            if_metageneration_match: None,
            if_metageneration_not_match: None,
        }
    }
}
static DELETE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.managedFolders.delete",
    http_method: crate::rt::internal::HttpMethod::Delete,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/managedFolders/"),
        crate::rt::internal::PathPart::Param {
            name: "managedFolder",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.managedFolders.delete`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Delete` does nothing until it is sent"]
pub struct Delete {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) managed_folder: String,
    pub(crate) allow_non_empty: Option<bool>,
    pub(crate) if_metageneration_match: Option<i64>,
    pub(crate) if_metageneration_not_match: Option<i64>,
}
impl Delete {
    /// Allows the deletion of a managed folder even if it is not empty. A managed folder is empty if there are no objects or managed folders that it applies to. Callers must have storage.managedFolders.setIamPolicy permission.
    pub fn allow_non_empty(mut self, allow_non_empty: bool) -> Self {
        self.allow_non_empty = Some(allow_non_empty);
        self
    }
    /// If set, only deletes the managed folder if its metageneration matches this value.
    pub fn if_metageneration_match(mut self, if_metageneration_match: i64) -> Self {
        self.if_metageneration_match = Some(if_metageneration_match);
        self
    }
    /// If set, only deletes the managed folder if its metageneration does not match this value.
    pub fn if_metageneration_not_match(mut self, if_metageneration_not_match: i64) -> Self {
        self.if_metageneration_not_match = Some(if_metageneration_not_match);
        self
    }
    /// Sends the request (`storage.managedFolders.delete`).
    pub async fn send(self) -> Result<(), crate::Error> {
        let mut call = crate::rt::internal::Call::new(&DELETE, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.managed_folder);
        if let Some(value) = &self.allow_non_empty {
            call.query("allowNonEmpty", value);
        }
        if let Some(value) = &self.if_metageneration_match {
            call.query("ifMetagenerationMatch", value);
        }
        if let Some(value) = &self.if_metageneration_not_match {
            call.query("ifMetagenerationNotMatch", value);
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
    id: "storage.managedFolders.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/managedFolders/"),
        crate::rt::internal::PathPart::Param {
            name: "managedFolder",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.managedFolders.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) managed_folder: String,
    pub(crate) if_metageneration_match: Option<i64>,
    pub(crate) if_metageneration_not_match: Option<i64>,
}
impl Get {
    /// Makes the return of the managed folder metadata conditional on whether the managed folder's current metageneration matches the given value.
    pub fn if_metageneration_match(mut self, if_metageneration_match: i64) -> Self {
        self.if_metageneration_match = Some(if_metageneration_match);
        self
    }
    /// Makes the return of the managed folder metadata conditional on whether the managed folder's current metageneration does not match the given value.
    pub fn if_metageneration_not_match(mut self, if_metageneration_not_match: i64) -> Self {
        self.if_metageneration_not_match = Some(if_metageneration_not_match);
        self
    }
    /// Sends the request (`storage.managedFolders.get`).
    pub async fn send(self) -> Result<crate::types::ManagedFolder, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.managed_folder);
        if let Some(value) = &self.if_metageneration_match {
            call.query("ifMetagenerationMatch", value);
        }
        if let Some(value) = &self.if_metageneration_not_match {
            call.query("ifMetagenerationNotMatch", value);
        }
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Get {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static GET_IAM_POLICY: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.managedFolders.getIamPolicy",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/managedFolders/"),
        crate::rt::internal::PathPart::Param {
            name: "managedFolder",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/iam"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.managedFolders.getIamPolicy`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`GetIamPolicy` does nothing until it is sent"]
pub struct GetIamPolicy {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) managed_folder: String,
    pub(crate) options_requested_policy_version: Option<i32>,
    pub(crate) user_project: Option<String>,
}
impl GetIamPolicy {
    /// The IAM policy format version to be returned. If the optionsRequestedPolicyVersion is for an older version that doesn't support part of the requested IAM policy, the request fails.
    pub fn options_requested_policy_version(
        mut self,
        options_requested_policy_version: i32,
    ) -> Self {
        self.options_requested_policy_version = Some(options_requested_policy_version);
        self
    }
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.managedFolders.getIamPolicy`).
    pub async fn send(self) -> Result<crate::types::Policy, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET_IAM_POLICY, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.managed_folder);
        if let Some(value) = &self.options_requested_policy_version {
            call.query("optionsRequestedPolicyVersion", value);
        }
        if let Some(value) = &self.user_project {
            call.query("userProject", value);
        }
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for GetIamPolicy {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static INSERT: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.managedFolders.insert",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/managedFolders"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.managedFolders.insert`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Insert` does nothing until it is sent"]
pub struct Insert {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) request: crate::types::ManagedFolder,
}
impl Insert {
    /// Sends the request (`storage.managedFolders.insert`).
    pub async fn send(self) -> Result<crate::types::ManagedFolder, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&INSERT, self.opts);
        call.path_arg(&self.bucket);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Insert {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static LIST: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.managedFolders.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/managedFolders"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.managedFolders.list`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`List` does nothing until it is sent"]
pub struct List {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) page_size: Option<i32>,
    pub(crate) page_token: Option<String>,
    pub(crate) prefix: Option<String>,
}
impl List {
    /// Maximum number of items to return in a single page of responses.
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
        self
    }
    /// A previously-returned page token representing part of the larger set of results to view.
    pub fn page_token(mut self, page_token: impl Into<String>) -> Self {
        self.page_token = Some(page_token.into());
        self
    }
    /// The managed folder name/path prefix to filter the output list of results.
    pub fn prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = Some(prefix.into());
        self
    }
    /// Sends the request (`storage.managedFolders.list`).
    pub async fn send(self) -> Result<crate::types::ManagedFolders, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&LIST, self.opts);
        call.path_arg(&self.bucket);
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        if let Some(value) = &self.page_token {
            call.query("pageToken", value);
        }
        if let Some(value) = &self.prefix {
            call.query("prefix", value);
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
    type Page = crate::types::ManagedFolders;
    fn set_page_token(&mut self, token: String) {
        self.page_token = Some(token);
    }
    fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
        Box::pin(self.send())
    }
}
impl crate::rt::ItemsRequest for List {
    type Item = crate::types::ManagedFolder;
    fn page_items(page: Self::Page) -> Vec<crate::types::ManagedFolder> {
        page.items.unwrap_or_default()
    }
}
impl List {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::ManagedFolders, crate::Error>> + Send
    {
        crate::rt::pages(self)
    }
    /// Every element of `items` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::ManagedFolder, crate::Error>> + Send
    {
        crate::rt::items(self)
    }
}
static SET_IAM_POLICY: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.managedFolders.setIamPolicy",
    http_method: crate::rt::internal::HttpMethod::Put,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/managedFolders/"),
        crate::rt::internal::PathPart::Param {
            name: "managedFolder",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/iam"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
};
/// Request builder for `storage.managedFolders.setIamPolicy`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`SetIamPolicy` does nothing until it is sent"]
pub struct SetIamPolicy {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) managed_folder: String,
    pub(crate) request: crate::types::Policy,
    pub(crate) user_project: Option<String>,
}
impl SetIamPolicy {
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.managedFolders.setIamPolicy`).
    pub async fn send(self) -> Result<crate::types::Policy, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&SET_IAM_POLICY, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.managed_folder);
        if let Some(value) = &self.user_project {
            call.query("userProject", value);
        }
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for SetIamPolicy {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static TEST_IAM_PERMISSIONS: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.managedFolders.testIamPermissions",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/managedFolders/"),
        crate::rt::internal::PathPart::Param {
            name: "managedFolder",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/iam/testPermissions"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.managedFolders.testIamPermissions`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`TestIamPermissions` does nothing until it is sent"]
pub struct TestIamPermissions {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) managed_folder: String,
    pub(crate) permissions: Vec<String>,
    pub(crate) user_project: Option<String>,
}
impl TestIamPermissions {
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.managedFolders.testIamPermissions`).
    pub async fn send(self) -> Result<crate::types::TestIamPermissionsResponse, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&TEST_IAM_PERMISSIONS, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.managed_folder);
        for value in &self.permissions {
            call.query("permissions", value);
        }
        if let Some(value) = &self.user_project {
            call.query("userProject", value);
        }
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for TestIamPermissions {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static UPDATE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.managedFolders.update",
    http_method: crate::rt::internal::HttpMethod::Patch,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/managedFolders/"),
        crate::rt::internal::PathPart::Param {
            name: "managedFolder",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.managedFolders.update`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Update` does nothing until it is sent"]
pub struct Update {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) managed_folder: String,
    pub(crate) request: crate::types::ManagedFolder,
    pub(crate) if_metageneration_match: Option<i64>,
    pub(crate) if_metageneration_not_match: Option<i64>,
}
impl Update {
    /// Makes the operation conditional on whether the metageneration of the managed folder matches the specified value.
    pub fn if_metageneration_match(mut self, if_metageneration_match: i64) -> Self {
        self.if_metageneration_match = Some(if_metageneration_match);
        self
    }
    /// Makes the operation conditional on whether the metageneration of the managed folder doesn't match the specified value.
    pub fn if_metageneration_not_match(mut self, if_metageneration_not_match: i64) -> Self {
        self.if_metageneration_not_match = Some(if_metageneration_not_match);
        self
    }
    /// Sends the request (`storage.managedFolders.update`).
    pub async fn send(self) -> Result<crate::types::ManagedFolder, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&UPDATE, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.managed_folder);
        if let Some(value) = &self.if_metageneration_match {
            call.query("ifMetagenerationMatch", value);
        }
        if let Some(value) = &self.if_metageneration_not_match {
            call.query("ifMetagenerationNotMatch", value);
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
