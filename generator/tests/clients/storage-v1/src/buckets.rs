//! Methods of the `buckets` resource.
/// Methods of the `buckets` resource.
#[derive(Clone, Debug)]
pub struct Buckets {
    pub(crate) core: crate::rt::internal::Core,
}
impl Buckets {
    /// Deletes an empty bucket. Deletions are permanent unless soft delete is enabled on the bucket.
    ///
    /// `DELETE b/{bucket}` (`storage.buckets.delete`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn delete(&self, bucket: impl Into<String>) -> Delete {
        Delete {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            if_metageneration_match: None,
            if_metageneration_not_match: None,
            user_project: None,
        }
    }
    /// Returns metadata for the specified bucket.
    ///
    /// `GET b/{bucket}` (`storage.buckets.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn get(&self, bucket: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            generation: None,
            if_metageneration_match: None,
            if_metageneration_not_match: None,
            projection: None,
            soft_deleted: None,
            user_project: None,
        }
    }
    /// Returns an IAM policy for the specified bucket.
    ///
    /// `GET b/{bucket}/iam` (`storage.buckets.getIamPolicy`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn get_iam_policy(&self, bucket: impl Into<String>) -> GetIamPolicy {
        GetIamPolicy {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            options_requested_policy_version: None,
            user_project: None,
        }
    }
    /// Returns the storage layout configuration for the specified bucket. Note that this operation requires storage.objects.list permission.
    ///
    /// `GET b/{bucket}/storageLayout` (`storage.buckets.getStorageLayout`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn get_storage_layout(&self, bucket: impl Into<String>) -> GetStorageLayout {
        GetStorageLayout {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            prefix: None,
        }
    }
    /// Creates a new bucket.
    ///
    /// `POST b` (`storage.buckets.insert`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn insert(&self, project: impl Into<String>, request: crate::types::Bucket) -> Insert {
        Insert {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            project: project.into(),
            request,
            enable_object_retention: None,
            predefined_acl: None,
            predefined_default_object_acl: None,
            projection: None,
            user_project: None,
        }
    }
    /// Retrieves a list of buckets for a given project.
    ///
    /// `GET b` (`storage.buckets.list`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn list(&self, project: impl Into<String>) -> List {
        List {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            project: project.into(),
            max_results: None,
            page_token: None,
            prefix: None,
            projection: None,
            return_partial_success: None,
            soft_deleted: None,
            user_project: None,
        }
    }
    /// Locks retention policy on a bucket.
    ///
    /// `POST b/{bucket}/lockRetentionPolicy` (`storage.buckets.lockRetentionPolicy`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn lock_retention_policy(
        &self,
        bucket: impl Into<String>,
        if_metageneration_match: i64,
    ) -> LockRetentionPolicy {
        LockRetentionPolicy {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            if_metageneration_match,
            user_project: None,
        }
    }
    /// Patches a bucket. Changes to the bucket will be readable immediately after writing, but configuration changes may take time to propagate.
    ///
    /// `PATCH b/{bucket}` (`storage.buckets.patch`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn patch(&self, bucket: impl Into<String>, request: crate::types::Bucket) -> Patch {
        Patch {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            request,
            if_metageneration_match: None,
            if_metageneration_not_match: None,
            predefined_acl: None,
            predefined_default_object_acl: None,
            projection: None,
            user_project: None,
        }
    }
    /// Initiates a long-running Relocate Bucket operation on the specified bucket.
    ///
    /// `POST b/{bucket}/relocate` (`storage.buckets.relocate`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn relocate(
        &self,
        bucket: impl Into<String>,
        request: crate::types::RelocateBucketRequest,
    ) -> Relocate {
        Relocate {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            request,
        }
    }
    /// Restores a soft-deleted bucket.
    ///
    /// `POST b/{bucket}/restore` (`storage.buckets.restore`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn restore(&self, bucket: impl Into<String>, generation: i64) -> Restore {
        Restore {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            generation,
            projection: None,
            user_project: None,
        }
    }
    /// Updates an IAM policy for the specified bucket.
    ///
    /// `PUT b/{bucket}/iam` (`storage.buckets.setIamPolicy`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn set_iam_policy(
        &self,
        bucket: impl Into<String>,
        request: crate::types::Policy,
    ) -> SetIamPolicy {
        SetIamPolicy {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            request,
            user_project: None,
        }
    }
    /// Tests a set of permissions on the given bucket to see which, if any, are held by the caller.
    ///
    /// `GET b/{bucket}/iam/testPermissions` (`storage.buckets.testIamPermissions`)
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
        permissions: impl IntoIterator<Item = impl Into<String>>,
    ) -> TestIamPermissions {
        TestIamPermissions {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            permissions: permissions.into_iter().map(Into::into).collect(),
            user_project: None,
        }
    }
    /// Updates a bucket. Changes to the bucket will be readable immediately after writing, but configuration changes may take time to propagate.
    ///
    /// `PUT b/{bucket}` (`storage.buckets.update`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn update(&self, bucket: impl Into<String>, request: crate::types::Bucket) -> Update {
        Update {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            request,
            if_metageneration_match: None,
            if_metageneration_not_match: None,
            predefined_acl: None,
            predefined_default_object_acl: None,
            projection: None,
            user_project: None,
        }
    }
}
static DELETE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.buckets.delete",
    http_method: crate::rt::internal::HttpMethod::Delete,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
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
/// Request builder for `storage.buckets.delete`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Delete` does nothing until it is sent"]
pub struct Delete {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) if_metageneration_match: Option<i64>,
    pub(crate) if_metageneration_not_match: Option<i64>,
    pub(crate) user_project: Option<String>,
}
impl Delete {
    /// If set, only deletes the bucket if its metageneration matches this value.
    pub fn if_metageneration_match(mut self, if_metageneration_match: i64) -> Self {
        self.if_metageneration_match = Some(if_metageneration_match);
        self
    }
    /// If set, only deletes the bucket if its metageneration does not match this value.
    pub fn if_metageneration_not_match(mut self, if_metageneration_not_match: i64) -> Self {
        self.if_metageneration_not_match = Some(if_metageneration_not_match);
        self
    }
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.buckets.delete`).
    pub async fn send(self) -> Result<(), crate::Error> {
        let mut call = crate::rt::internal::Call::new(&DELETE, self.opts);
        call.path_arg(&self.bucket);
        if let Some(value) = &self.if_metageneration_match {
            call.query("ifMetagenerationMatch", value);
        }
        if let Some(value) = &self.if_metageneration_not_match {
            call.query("ifMetagenerationNotMatch", value);
        }
        if let Some(value) = &self.user_project {
            call.query("userProject", value);
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
    id: "storage.buckets.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
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
/// Request builder for `storage.buckets.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) generation: Option<i64>,
    pub(crate) if_metageneration_match: Option<i64>,
    pub(crate) if_metageneration_not_match: Option<i64>,
    pub(crate) projection: Option<crate::types::BucketsGetProjection>,
    pub(crate) soft_deleted: Option<bool>,
    pub(crate) user_project: Option<String>,
}
impl Get {
    /// If present, specifies the generation of the bucket. This is required if softDeleted is true.
    pub fn generation(mut self, generation: i64) -> Self {
        self.generation = Some(generation);
        self
    }
    /// Makes the return of the bucket metadata conditional on whether the bucket's current metageneration matches the given value.
    pub fn if_metageneration_match(mut self, if_metageneration_match: i64) -> Self {
        self.if_metageneration_match = Some(if_metageneration_match);
        self
    }
    /// Makes the return of the bucket metadata conditional on whether the bucket's current metageneration does not match the given value.
    pub fn if_metageneration_not_match(mut self, if_metageneration_not_match: i64) -> Self {
        self.if_metageneration_not_match = Some(if_metageneration_not_match);
        self
    }
    /// Set of properties to return. Defaults to noAcl.
    pub fn projection(mut self, projection: impl Into<crate::types::BucketsGetProjection>) -> Self {
        self.projection = Some(projection.into());
        self
    }
    /// If true, return the soft-deleted version of this bucket. The default is false. For more information, see \[Soft Delete\](<https://cloud.google.com/storage/docs/soft-delete>).
    pub fn soft_deleted(mut self, soft_deleted: bool) -> Self {
        self.soft_deleted = Some(soft_deleted);
        self
    }
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.buckets.get`).
    pub async fn send(self) -> Result<crate::types::Bucket, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.bucket);
        if let Some(value) = &self.generation {
            call.query("generation", value);
        }
        if let Some(value) = &self.if_metageneration_match {
            call.query("ifMetagenerationMatch", value);
        }
        if let Some(value) = &self.if_metageneration_not_match {
            call.query("ifMetagenerationNotMatch", value);
        }
        if let Some(value) = &self.projection {
            call.query("projection", value);
        }
        if let Some(value) = &self.soft_deleted {
            call.query("softDeleted", value);
        }
        if let Some(value) = &self.user_project {
            call.query("userProject", value);
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
    id: "storage.buckets.getIamPolicy",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
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
/// Request builder for `storage.buckets.getIamPolicy`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`GetIamPolicy` does nothing until it is sent"]
pub struct GetIamPolicy {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
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
    /// Sends the request (`storage.buckets.getIamPolicy`).
    pub async fn send(self) -> Result<crate::types::Policy, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET_IAM_POLICY, self.opts);
        call.path_arg(&self.bucket);
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
static GET_STORAGE_LAYOUT: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.buckets.getStorageLayout",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/storageLayout"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.buckets.getStorageLayout`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`GetStorageLayout` does nothing until it is sent"]
pub struct GetStorageLayout {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) prefix: Option<String>,
}
impl GetStorageLayout {
    /// An optional prefix used for permission check. It is useful when the caller only has storage.objects.list permission under a specific prefix.
    pub fn prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = Some(prefix.into());
        self
    }
    /// Sends the request (`storage.buckets.getStorageLayout`).
    pub async fn send(self) -> Result<crate::types::BucketStorageLayout, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET_STORAGE_LAYOUT, self.opts);
        call.path_arg(&self.bucket);
        if let Some(value) = &self.prefix {
            call.query("prefix", value);
        }
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for GetStorageLayout {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static INSERT: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.buckets.insert",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[crate::rt::internal::PathPart::Literal("b")],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.buckets.insert`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Insert` does nothing until it is sent"]
pub struct Insert {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) project: String,
    pub(crate) request: crate::types::Bucket,
    pub(crate) enable_object_retention: Option<bool>,
    pub(crate) predefined_acl: Option<crate::types::BucketsInsertPredefinedAcl>,
    pub(crate) predefined_default_object_acl:
        Option<crate::types::BucketsInsertPredefinedDefaultObjectAcl>,
    pub(crate) projection: Option<crate::types::BucketsInsertProjection>,
    pub(crate) user_project: Option<String>,
}
impl Insert {
    /// When set to true, object retention is enabled for this bucket.
    ///
    /// Server default: `false`.
    pub fn enable_object_retention(mut self, enable_object_retention: bool) -> Self {
        self.enable_object_retention = Some(enable_object_retention);
        self
    }
    /// Apply a predefined set of access controls to this bucket.
    pub fn predefined_acl(
        mut self,
        predefined_acl: impl Into<crate::types::BucketsInsertPredefinedAcl>,
    ) -> Self {
        self.predefined_acl = Some(predefined_acl.into());
        self
    }
    /// Apply a predefined set of default object access controls to this bucket.
    pub fn predefined_default_object_acl(
        mut self,
        predefined_default_object_acl: impl Into<crate::types::BucketsInsertPredefinedDefaultObjectAcl>,
    ) -> Self {
        self.predefined_default_object_acl = Some(predefined_default_object_acl.into());
        self
    }
    /// Set of properties to return. Defaults to noAcl, unless the bucket resource specifies acl or defaultObjectAcl properties, when it defaults to full.
    pub fn projection(
        mut self,
        projection: impl Into<crate::types::BucketsInsertProjection>,
    ) -> Self {
        self.projection = Some(projection.into());
        self
    }
    /// The project to be billed for this request.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.buckets.insert`).
    pub async fn send(self) -> Result<crate::types::Bucket, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&INSERT, self.opts);
        call.query("project", &self.project);
        if let Some(value) = &self.enable_object_retention {
            call.query("enableObjectRetention", value);
        }
        if let Some(value) = &self.predefined_acl {
            call.query("predefinedAcl", value);
        }
        if let Some(value) = &self.predefined_default_object_acl {
            call.query("predefinedDefaultObjectAcl", value);
        }
        if let Some(value) = &self.projection {
            call.query("projection", value);
        }
        if let Some(value) = &self.user_project {
            call.query("userProject", value);
        }
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
    id: "storage.buckets.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[crate::rt::internal::PathPart::Literal("b")],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.buckets.list`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`List` does nothing until it is sent"]
pub struct List {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) project: String,
    pub(crate) max_results: Option<u32>,
    pub(crate) page_token: Option<String>,
    pub(crate) prefix: Option<String>,
    pub(crate) projection: Option<crate::types::BucketsListProjection>,
    pub(crate) return_partial_success: Option<bool>,
    pub(crate) soft_deleted: Option<bool>,
    pub(crate) user_project: Option<String>,
}
impl List {
    /// Maximum number of buckets to return in a single response. The service will use this parameter or 1,000 items, whichever is smaller.
    ///
    /// Server default: `1000`.
    pub fn max_results(mut self, max_results: u32) -> Self {
        self.max_results = Some(max_results);
        self
    }
    /// A previously-returned page token representing part of the larger set of results to view.
    pub fn page_token(mut self, page_token: impl Into<String>) -> Self {
        self.page_token = Some(page_token.into());
        self
    }
    /// Filter results to buckets whose names begin with this prefix.
    pub fn prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = Some(prefix.into());
        self
    }
    /// Set of properties to return. Defaults to noAcl.
    pub fn projection(
        mut self,
        projection: impl Into<crate::types::BucketsListProjection>,
    ) -> Self {
        self.projection = Some(projection.into());
        self
    }
    /// If true, return a list of bucket resource names for buckets that are in unreachable locations.
    pub fn return_partial_success(mut self, return_partial_success: bool) -> Self {
        self.return_partial_success = Some(return_partial_success);
        self
    }
    /// If true, only soft-deleted bucket versions will be returned. The default is false. For more information, see \[Soft Delete\](<https://cloud.google.com/storage/docs/soft-delete>).
    pub fn soft_deleted(mut self, soft_deleted: bool) -> Self {
        self.soft_deleted = Some(soft_deleted);
        self
    }
    /// The project to be billed for this request.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.buckets.list`).
    pub async fn send(self) -> Result<crate::types::Buckets, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&LIST, self.opts);
        call.query("project", &self.project);
        if let Some(value) = &self.max_results {
            call.query("maxResults", value);
        }
        if let Some(value) = &self.page_token {
            call.query("pageToken", value);
        }
        if let Some(value) = &self.prefix {
            call.query("prefix", value);
        }
        if let Some(value) = &self.projection {
            call.query("projection", value);
        }
        if let Some(value) = &self.return_partial_success {
            call.query("returnPartialSuccess", value);
        }
        if let Some(value) = &self.soft_deleted {
            call.query("softDeleted", value);
        }
        if let Some(value) = &self.user_project {
            call.query("userProject", value);
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
    type Page = crate::types::Buckets;
    fn set_page_token(&mut self, token: String) {
        self.page_token = Some(token);
    }
    fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
        Box::pin(self.send())
    }
}
impl crate::rt::ItemsRequest for List {
    type Item = crate::types::Bucket;
    fn page_items(page: Self::Page) -> Vec<crate::types::Bucket> {
        page.items.unwrap_or_default()
    }
}
impl List {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::Buckets, crate::Error>> + Send {
        crate::rt::pages(self)
    }
    /// Every element of `items` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::Bucket, crate::Error>> + Send {
        crate::rt::items(self)
    }
}
static LOCK_RETENTION_POLICY: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.buckets.lockRetentionPolicy",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/lockRetentionPolicy"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.buckets.lockRetentionPolicy`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`LockRetentionPolicy` does nothing until it is sent"]
pub struct LockRetentionPolicy {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) if_metageneration_match: i64,
    pub(crate) user_project: Option<String>,
}
impl LockRetentionPolicy {
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.buckets.lockRetentionPolicy`).
    pub async fn send(self) -> Result<crate::types::Bucket, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&LOCK_RETENTION_POLICY, self.opts);
        call.path_arg(&self.bucket);
        call.query("ifMetagenerationMatch", &self.if_metageneration_match);
        if let Some(value) = &self.user_project {
            call.query("userProject", value);
        }
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for LockRetentionPolicy {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static PATCH: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.buckets.patch",
    http_method: crate::rt::internal::HttpMethod::Patch,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
};
/// Request builder for `storage.buckets.patch`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Patch` does nothing until it is sent"]
pub struct Patch {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) request: crate::types::Bucket,
    pub(crate) if_metageneration_match: Option<i64>,
    pub(crate) if_metageneration_not_match: Option<i64>,
    pub(crate) predefined_acl: Option<crate::types::BucketsPatchPredefinedAcl>,
    pub(crate) predefined_default_object_acl:
        Option<crate::types::BucketsPatchPredefinedDefaultObjectAcl>,
    pub(crate) projection: Option<crate::types::BucketsPatchProjection>,
    pub(crate) user_project: Option<String>,
}
impl Patch {
    /// Makes the return of the bucket metadata conditional on whether the bucket's current metageneration matches the given value.
    pub fn if_metageneration_match(mut self, if_metageneration_match: i64) -> Self {
        self.if_metageneration_match = Some(if_metageneration_match);
        self
    }
    /// Makes the return of the bucket metadata conditional on whether the bucket's current metageneration does not match the given value.
    pub fn if_metageneration_not_match(mut self, if_metageneration_not_match: i64) -> Self {
        self.if_metageneration_not_match = Some(if_metageneration_not_match);
        self
    }
    /// Apply a predefined set of access controls to this bucket.
    pub fn predefined_acl(
        mut self,
        predefined_acl: impl Into<crate::types::BucketsPatchPredefinedAcl>,
    ) -> Self {
        self.predefined_acl = Some(predefined_acl.into());
        self
    }
    /// Apply a predefined set of default object access controls to this bucket.
    pub fn predefined_default_object_acl(
        mut self,
        predefined_default_object_acl: impl Into<crate::types::BucketsPatchPredefinedDefaultObjectAcl>,
    ) -> Self {
        self.predefined_default_object_acl = Some(predefined_default_object_acl.into());
        self
    }
    /// Set of properties to return. Defaults to full.
    pub fn projection(
        mut self,
        projection: impl Into<crate::types::BucketsPatchProjection>,
    ) -> Self {
        self.projection = Some(projection.into());
        self
    }
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.buckets.patch`).
    pub async fn send(self) -> Result<crate::types::Bucket, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&PATCH, self.opts);
        call.path_arg(&self.bucket);
        if let Some(value) = &self.if_metageneration_match {
            call.query("ifMetagenerationMatch", value);
        }
        if let Some(value) = &self.if_metageneration_not_match {
            call.query("ifMetagenerationNotMatch", value);
        }
        if let Some(value) = &self.predefined_acl {
            call.query("predefinedAcl", value);
        }
        if let Some(value) = &self.predefined_default_object_acl {
            call.query("predefinedDefaultObjectAcl", value);
        }
        if let Some(value) = &self.projection {
            call.query("projection", value);
        }
        if let Some(value) = &self.user_project {
            call.query("userProject", value);
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
static RELOCATE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.buckets.relocate",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/relocate"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.buckets.relocate`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Relocate` does nothing until it is sent"]
pub struct Relocate {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) request: crate::types::RelocateBucketRequest,
}
impl Relocate {
    /// Sends the request (`storage.buckets.relocate`).
    pub async fn send(self) -> Result<crate::types::GoogleLongrunningOperation, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&RELOCATE, self.opts);
        call.path_arg(&self.bucket);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Relocate {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static RESTORE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.buckets.restore",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/restore"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.buckets.restore`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Restore` does nothing until it is sent"]
pub struct Restore {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) generation: i64,
    pub(crate) projection: Option<crate::types::BucketsRestoreProjection>,
    pub(crate) user_project: Option<String>,
}
impl Restore {
    /// Set of properties to return. Defaults to full.
    pub fn projection(
        mut self,
        projection: impl Into<crate::types::BucketsRestoreProjection>,
    ) -> Self {
        self.projection = Some(projection.into());
        self
    }
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.buckets.restore`).
    pub async fn send(self) -> Result<crate::types::Bucket, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&RESTORE, self.opts);
        call.path_arg(&self.bucket);
        call.query("generation", &self.generation);
        if let Some(value) = &self.projection {
            call.query("projection", value);
        }
        if let Some(value) = &self.user_project {
            call.query("userProject", value);
        }
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Restore {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static SET_IAM_POLICY: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.buckets.setIamPolicy",
    http_method: crate::rt::internal::HttpMethod::Put,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
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
/// Request builder for `storage.buckets.setIamPolicy`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`SetIamPolicy` does nothing until it is sent"]
pub struct SetIamPolicy {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) request: crate::types::Policy,
    pub(crate) user_project: Option<String>,
}
impl SetIamPolicy {
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.buckets.setIamPolicy`).
    pub async fn send(self) -> Result<crate::types::Policy, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&SET_IAM_POLICY, self.opts);
        call.path_arg(&self.bucket);
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
    id: "storage.buckets.testIamPermissions",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
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
/// Request builder for `storage.buckets.testIamPermissions`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`TestIamPermissions` does nothing until it is sent"]
pub struct TestIamPermissions {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) permissions: Vec<String>,
    pub(crate) user_project: Option<String>,
}
impl TestIamPermissions {
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.buckets.testIamPermissions`).
    pub async fn send(self) -> Result<crate::types::TestIamPermissionsResponse, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&TEST_IAM_PERMISSIONS, self.opts);
        call.path_arg(&self.bucket);
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
    id: "storage.buckets.update",
    http_method: crate::rt::internal::HttpMethod::Put,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
};
/// Request builder for `storage.buckets.update`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Update` does nothing until it is sent"]
pub struct Update {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) request: crate::types::Bucket,
    pub(crate) if_metageneration_match: Option<i64>,
    pub(crate) if_metageneration_not_match: Option<i64>,
    pub(crate) predefined_acl: Option<crate::types::BucketsUpdatePredefinedAcl>,
    pub(crate) predefined_default_object_acl:
        Option<crate::types::BucketsUpdatePredefinedDefaultObjectAcl>,
    pub(crate) projection: Option<crate::types::BucketsUpdateProjection>,
    pub(crate) user_project: Option<String>,
}
impl Update {
    /// Makes the return of the bucket metadata conditional on whether the bucket's current metageneration matches the given value.
    pub fn if_metageneration_match(mut self, if_metageneration_match: i64) -> Self {
        self.if_metageneration_match = Some(if_metageneration_match);
        self
    }
    /// Makes the return of the bucket metadata conditional on whether the bucket's current metageneration does not match the given value.
    pub fn if_metageneration_not_match(mut self, if_metageneration_not_match: i64) -> Self {
        self.if_metageneration_not_match = Some(if_metageneration_not_match);
        self
    }
    /// Apply a predefined set of access controls to this bucket.
    pub fn predefined_acl(
        mut self,
        predefined_acl: impl Into<crate::types::BucketsUpdatePredefinedAcl>,
    ) -> Self {
        self.predefined_acl = Some(predefined_acl.into());
        self
    }
    /// Apply a predefined set of default object access controls to this bucket.
    pub fn predefined_default_object_acl(
        mut self,
        predefined_default_object_acl: impl Into<crate::types::BucketsUpdatePredefinedDefaultObjectAcl>,
    ) -> Self {
        self.predefined_default_object_acl = Some(predefined_default_object_acl.into());
        self
    }
    /// Set of properties to return. Defaults to full.
    pub fn projection(
        mut self,
        projection: impl Into<crate::types::BucketsUpdateProjection>,
    ) -> Self {
        self.projection = Some(projection.into());
        self
    }
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.buckets.update`).
    pub async fn send(self) -> Result<crate::types::Bucket, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&UPDATE, self.opts);
        call.path_arg(&self.bucket);
        if let Some(value) = &self.if_metageneration_match {
            call.query("ifMetagenerationMatch", value);
        }
        if let Some(value) = &self.if_metageneration_not_match {
            call.query("ifMetagenerationNotMatch", value);
        }
        if let Some(value) = &self.predefined_acl {
            call.query("predefinedAcl", value);
        }
        if let Some(value) = &self.predefined_default_object_acl {
            call.query("predefinedDefaultObjectAcl", value);
        }
        if let Some(value) = &self.projection {
            call.query("projection", value);
        }
        if let Some(value) = &self.user_project {
            call.query("userProject", value);
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
