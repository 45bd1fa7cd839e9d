//! Methods of the `objects` resource.
/// Methods of the `objects` resource.
#[derive(Clone, Debug)]
pub struct Objects {
    pub(crate) core: crate::rt::internal::Core,
}
impl Objects {
    /// Initiates a long-running bulk restore operation on the specified bucket.
    ///
    /// `POST b/{bucket}/o/bulkRestore` (`storage.objects.bulkRestore`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn bulk_restore(
        &self,
        bucket: impl Into<String>,
        request: crate::types::BulkRestoreObjectsRequest,
    ) -> BulkRestore {
        BulkRestore {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            request,
        }
    }
    /// Concatenates a list of existing objects into a new object in the same bucket.
    ///
    /// `POST b/{destinationBucket}/o/{destinationObject}/compose` (`storage.objects.compose`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn compose(
        &self,
        destination_bucket: impl Into<String>,
        destination_object: impl Into<String>,
        request: crate::types::ComposeRequest,
    ) -> Compose {
        Compose {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            destination_bucket: destination_bucket.into(),
            destination_object: destination_object.into(),
            request,
            destination_predefined_acl: None,
            drop_context_groups: Vec::new(),
            if_generation_match: None,
            if_metageneration_match: None,
            kms_key_name: None,
            user_project: None,
        }
    }
    /// Copies a source object to a destination object. Optionally overrides metadata.
    ///
    /// `POST b/{sourceBucket}/o/{sourceObject}/copyTo/b/{destinationBucket}/o/{destinationObject}` (`storage.objects.copy`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn copy(
        &self,
        source_bucket: impl Into<String>,
        source_object: impl Into<String>,
        destination_bucket: impl Into<String>,
        destination_object: impl Into<String>,
        request: crate::types::Object,
    ) -> CopySchema {
        CopySchema {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            source_bucket: source_bucket.into(),
            source_object: source_object.into(),
            destination_bucket: destination_bucket.into(),
            destination_object: destination_object.into(),
            request,
            destination_kms_key_name: None,
            destination_predefined_acl: None,
            if_generation_match: None,
            if_generation_not_match: None,
            if_metageneration_match: None,
            if_metageneration_not_match: None,
            if_source_generation_match: None,
            if_source_generation_not_match: None,
            if_source_metageneration_match: None,
            if_source_metageneration_not_match: None,
            projection: None,
            source_generation: None,
            user_project: None,
        }
    }
    /// Deletes an object and its metadata. Deletions are permanent if versioning is not enabled for the bucket, or if the generation parameter is used.
    ///
    /// `DELETE b/{bucket}/o/{object}` (`storage.objects.delete`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn delete(&self, bucket: impl Into<String>, object: impl Into<String>) -> Delete {
        Delete {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            object: object.into(),
            generation: None,
            if_generation_match: None,
            if_generation_not_match: None,
            if_metageneration_match: None,
            if_metageneration_not_match: None,
            user_project: None,
        }
    }
    /// Retrieves an object or its metadata.
    ///
    /// `GET b/{bucket}/o/{object}` (`storage.objects.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn get(&self, bucket: impl Into<String>, object: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            object: object.into(),
            generation: None,
            if_generation_match: None,
            if_generation_not_match: None,
            if_metageneration_match: None,
            if_metageneration_not_match: None,
            projection: None,
            restore_token: None,
            soft_deleted: None,
            user_project: None,
        }
    }
    /// Returns an IAM policy for the specified object.
    ///
    /// `GET b/{bucket}/o/{object}/iam` (`storage.objects.getIamPolicy`)
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
        object: impl Into<String>,
    ) -> GetIamPolicy {
        GetIamPolicy {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            object: object.into(),
            generation: None,
            user_project: None,
        }
    }
    /// Stores a new object and metadata.
    ///
    /// `POST b/{bucket}/o` (`storage.objects.insert`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn insert(&self, bucket: impl Into<String>, request: crate::types::Object) -> Insert {
        Insert {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            request,
            content_encoding: None,
            if_generation_match: None,
            if_generation_not_match: None,
            if_metageneration_match: None,
            if_metageneration_not_match: None,
            kms_key_name: None,
            name: None,
            predefined_acl: None,
            projection: None,
            user_project: None,
        }
    }
    /// Retrieves a list of objects matching the criteria.
    ///
    /// `GET b/{bucket}/o` (`storage.objects.list`)
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
            delimiter: None,
            end_offset: None,
            filter: None,
            include_folders_as_prefixes: None,
            include_trailing_delimiter: None,
            match_glob: None,
            max_results: None,
            page_token: None,
            prefix: None,
            projection: None,
            soft_deleted: None,
            start_offset: None,
            user_project: None,
            versions: None,
        }
    }
    /// Moves the source object to the destination object in the same bucket.
    ///
    /// `POST b/{bucket}/o/{sourceObject}/moveTo/o/{destinationObject}` (`storage.objects.move`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn r#move(
        &self,
        bucket: impl Into<String>,
        source_object: impl Into<String>,
        destination_object: impl Into<String>,
    ) -> Move {
        Move {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            source_object: source_object.into(),
            destination_object: destination_object.into(),
            if_generation_match: None,
            if_generation_not_match: None,
            if_metageneration_match: None,
            if_metageneration_not_match: None,
            if_source_generation_match: None,
            if_source_generation_not_match: None,
            if_source_metageneration_match: None,
            if_source_metageneration_not_match: None,
            projection: None,
            user_project: None,
        }
    }
    /// Patches an object's metadata.
    ///
    /// `PATCH b/{bucket}/o/{object}` (`storage.objects.patch`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn patch(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        request: crate::types::Object,
    ) -> Patch {
        Patch {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            object: object.into(),
            request,
            generation: None,
            if_generation_match: None,
            if_generation_not_match: None,
            if_metageneration_match: None,
            if_metageneration_not_match: None,
            override_unlocked_retention: None,
            predefined_acl: None,
            projection: None,
            user_project: None,
        }
    }
    /// Restores a soft-deleted object.
    ///
    /// `POST b/{bucket}/o/{object}/restore` (`storage.objects.restore`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn restore(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        generation: i64,
    ) -> Restore {
        Restore {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            object: object.into(),
            generation,
            copy_source_acl: None,
            if_generation_match: None,
            if_generation_not_match: None,
            if_metageneration_match: None,
            if_metageneration_not_match: None,
            projection: None,
            restore_token: None,
            user_project: None,
        }
    }
    /// Rewrites a source object to a destination object. Optionally overrides metadata.
    ///
    /// `POST b/{sourceBucket}/o/{sourceObject}/rewriteTo/b/{destinationBucket}/o/{destinationObject}` (`storage.objects.rewrite`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn rewrite(
        &self,
        source_bucket: impl Into<String>,
        source_object: impl Into<String>,
        destination_bucket: impl Into<String>,
        destination_object: impl Into<String>,
        request: crate::types::Object,
    ) -> Rewrite {
        Rewrite {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            source_bucket: source_bucket.into(),
            source_object: source_object.into(),
            destination_bucket: destination_bucket.into(),
            destination_object: destination_object.into(),
            request,
            destination_kms_key_name: None,
            destination_predefined_acl: None,
            drop_context_groups: Vec::new(),
            if_generation_match: None,
            if_generation_not_match: None,
            if_metageneration_match: None,
            if_metageneration_not_match: None,
            if_source_generation_match: None,
            if_source_generation_not_match: None,
            if_source_metageneration_match: None,
            if_source_metageneration_not_match: None,
            max_bytes_rewritten_per_call: None,
            projection: None,
            rewrite_token: None,
            source_generation: None,
            user_project: None,
        }
    }
    /// Updates an IAM policy for the specified object.
    ///
    /// `PUT b/{bucket}/o/{object}/iam` (`storage.objects.setIamPolicy`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn set_iam_policy(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        request: crate::types::Policy,
    ) -> SetIamPolicy {
        SetIamPolicy {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            object: object.into(),
            request,
            generation: None,
            user_project: None,
        }
    }
    /// Tests a set of permissions on the given object to see which, if any, are held by the caller.
    ///
    /// `GET b/{bucket}/o/{object}/iam/testPermissions` (`storage.objects.testIamPermissions`)
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
        object: impl Into<String>,
        permissions: impl IntoIterator<Item = impl Into<String>>,
    ) -> TestIamPermissions {
        TestIamPermissions {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            object: object.into(),
            permissions: permissions.into_iter().map(Into::into).collect(),
            generation: None,
            user_project: None,
        }
    }
    /// Updates an object's metadata.
    ///
    /// `PUT b/{bucket}/o/{object}` (`storage.objects.update`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn update(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        request: crate::types::Object,
    ) -> Update {
        Update {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            object: object.into(),
            request,
            generation: None,
            if_generation_match: None,
            if_generation_not_match: None,
            if_metageneration_match: None,
            if_metageneration_not_match: None,
            override_unlocked_retention: None,
            predefined_acl: None,
            projection: None,
            user_project: None,
        }
    }
    /// Retrieves a specific object context with its extended data for a given object.
    ///
    /// `GET b/{bucket}/o/{object}/viewFullContext` (`storage.objects.viewFullContext`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn view_full_context(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        context_key: impl Into<String>,
    ) -> ViewFullContext {
        ViewFullContext {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            object: object.into(),
            context_key: context_key.into(),
            generation: None,
            user_project: None,
        }
    }
}
static BULK_RESTORE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.objects.bulkRestore",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/o/bulkRestore"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.objects.bulkRestore`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`BulkRestore` does nothing until it is sent"]
pub struct BulkRestore {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) request: crate::types::BulkRestoreObjectsRequest,
}
impl BulkRestore {
    /// Sends the request (`storage.objects.bulkRestore`).
    pub async fn send(self) -> Result<crate::types::GoogleLongrunningOperation, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&BULK_RESTORE, self.opts);
        call.path_arg(&self.bucket);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for BulkRestore {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static COMPOSE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.objects.compose",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "destinationBucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/o/"),
        crate::rt::internal::PathPart::Param {
            name: "destinationObject",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/compose"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.objects.compose`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Compose` does nothing until it is sent"]
pub struct Compose {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) destination_bucket: String,
    pub(crate) destination_object: String,
    pub(crate) request: crate::types::ComposeRequest,
    pub(crate) destination_predefined_acl:
        Option<crate::types::ObjectsComposeDestinationPredefinedAcl>,
    pub(crate) drop_context_groups: Vec<String>,
    pub(crate) if_generation_match: Option<i64>,
    pub(crate) if_metageneration_match: Option<i64>,
    pub(crate) kms_key_name: Option<String>,
    pub(crate) user_project: Option<String>,
}
impl Compose {
    /// Apply a predefined set of access controls to the destination object.
    pub fn destination_predefined_acl(
        mut self,
        destination_predefined_acl: impl Into<crate::types::ObjectsComposeDestinationPredefinedAcl>,
    ) -> Self {
        self.destination_predefined_acl = Some(destination_predefined_acl.into());
        self
    }
    /// Specifies which object context groups to drop from the source object(s) during a compose operation. The accepted value is 'custom'.
    /// Destination contexts behave as follows:
    /// - When request body contexts are provided, they override all source contexts.
    /// - When no request body contexts are provided, source contexts are preserved unless 'dropContextGroups' contains 'custom', in which case all contexts are dropped.
    pub fn drop_context_groups(
        mut self,
        drop_context_groups: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.drop_context_groups = drop_context_groups.into_iter().map(Into::into).collect();
        self
    }
    /// Makes the operation conditional on whether the object's current generation matches the given value. Setting to 0 makes the operation succeed only if there are no live versions of the object.
    pub fn if_generation_match(mut self, if_generation_match: i64) -> Self {
        self.if_generation_match = Some(if_generation_match);
        self
    }
    /// Makes the operation conditional on whether the object's current metageneration matches the given value.
    pub fn if_metageneration_match(mut self, if_metageneration_match: i64) -> Self {
        self.if_metageneration_match = Some(if_metageneration_match);
        self
    }
    /// Resource name of the Cloud KMS key, of the form projects/my-project/locations/global/keyRings/my-kr/cryptoKeys/my-key, that will be used to encrypt the object. Overrides the object metadata's kms_key_name value, if any.
    pub fn kms_key_name(mut self, kms_key_name: impl Into<String>) -> Self {
        self.kms_key_name = Some(kms_key_name.into());
        self
    }
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.objects.compose`).
    pub async fn send(self) -> Result<crate::types::Object, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&COMPOSE, self.opts);
        call.path_arg(&self.destination_bucket);
        call.path_arg(&self.destination_object);
        if let Some(value) = &self.destination_predefined_acl {
            call.query("destinationPredefinedAcl", value);
        }
        for value in &self.drop_context_groups {
            call.query("dropContextGroups", value);
        }
        if let Some(value) = &self.if_generation_match {
            call.query("ifGenerationMatch", value);
        }
        if let Some(value) = &self.if_metageneration_match {
            call.query("ifMetagenerationMatch", value);
        }
        if let Some(value) = &self.kms_key_name {
            call.query("kmsKeyName", value);
        }
        if let Some(value) = &self.user_project {
            call.query("userProject", value);
        }
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Compose {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static COPY: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.objects.copy",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "sourceBucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/o/"),
        crate::rt::internal::PathPart::Param {
            name: "sourceObject",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/copyTo/b/"),
        crate::rt::internal::PathPart::Param {
            name: "destinationBucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/o/"),
        crate::rt::internal::PathPart::Param {
            name: "destinationObject",
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
/// Request builder for `storage.objects.copy`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`CopySchema` does nothing until it is sent"]
pub struct CopySchema {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) source_bucket: String,
    pub(crate) source_object: String,
    pub(crate) destination_bucket: String,
    pub(crate) destination_object: String,
    pub(crate) request: crate::types::Object,
    pub(crate) destination_kms_key_name: Option<String>,
    pub(crate) destination_predefined_acl:
        Option<crate::types::ObjectsCopySchemaDestinationPredefinedAcl>,
    pub(crate) if_generation_match: Option<i64>,
    pub(crate) if_generation_not_match: Option<i64>,
    pub(crate) if_metageneration_match: Option<i64>,
    pub(crate) if_metageneration_not_match: Option<i64>,
    pub(crate) if_source_generation_match: Option<i64>,
    pub(crate) if_source_generation_not_match: Option<i64>,
    pub(crate) if_source_metageneration_match: Option<i64>,
    pub(crate) if_source_metageneration_not_match: Option<i64>,
    pub(crate) projection: Option<crate::types::ObjectsCopySchemaProjection>,
    pub(crate) source_generation: Option<i64>,
    pub(crate) user_project: Option<String>,
}
impl CopySchema {
    /// Resource name of the Cloud KMS key, of the form projects/my-project/locations/global/keyRings/my-kr/cryptoKeys/my-key, that will be used to encrypt the object. Overrides the object metadata's kms_key_name value, if any.
    pub fn destination_kms_key_name(mut self, destination_kms_key_name: impl Into<String>) -> Self {
        self.destination_kms_key_name = Some(destination_kms_key_name.into());
        self
    }
    /// Apply a predefined set of access controls to the destination object.
    pub fn destination_predefined_acl(
        mut self,
        destination_predefined_acl: impl Into<crate::types::ObjectsCopySchemaDestinationPredefinedAcl>,
    ) -> Self {
        self.destination_predefined_acl = Some(destination_predefined_acl.into());
        self
    }
    /// Makes the operation conditional on whether the destination object's current generation matches the given value. Setting to 0 makes the operation succeed only if there are no live versions of the object.
    pub fn if_generation_match(mut self, if_generation_match: i64) -> Self {
        self.if_generation_match = Some(if_generation_match);
        self
    }
    /// Makes the operation conditional on whether the destination object's current generation does not match the given value. If no live object exists, the precondition fails. Setting to 0 makes the operation succeed only if there is a live version of the object.
    pub fn if_generation_not_match(mut self, if_generation_not_match: i64) -> Self {
        self.if_generation_not_match = Some(if_generation_not_match);
        self
    }
    /// Makes the operation conditional on whether the destination object's current metageneration matches the given value.
    pub fn if_metageneration_match(mut self, if_metageneration_match: i64) -> Self {
        self.if_metageneration_match = Some(if_metageneration_match);
        self
    }
    /// Makes the operation conditional on whether the destination object's current metageneration does not match the given value.
    pub fn if_metageneration_not_match(mut self, if_metageneration_not_match: i64) -> Self {
        self.if_metageneration_not_match = Some(if_metageneration_not_match);
        self
    }
    /// Makes the operation conditional on whether the source object's current generation matches the given value.
    pub fn if_source_generation_match(mut self, if_source_generation_match: i64) -> Self {
        self.if_source_generation_match = Some(if_source_generation_match);
        self
    }
    /// Makes the operation conditional on whether the source object's current generation does not match the given value.
    pub fn if_source_generation_not_match(mut self, if_source_generation_not_match: i64) -> Self {
        self.if_source_generation_not_match = Some(if_source_generation_not_match);
        self
    }
    /// Makes the operation conditional on whether the source object's current metageneration matches the given value.
    pub fn if_source_metageneration_match(mut self, if_source_metageneration_match: i64) -> Self {
        self.if_source_metageneration_match = Some(if_source_metageneration_match);
        self
    }
    /// Makes the operation conditional on whether the source object's current metageneration does not match the given value.
    pub fn if_source_metageneration_not_match(
        mut self,
        if_source_metageneration_not_match: i64,
    ) -> Self {
        self.if_source_metageneration_not_match = Some(if_source_metageneration_not_match);
        self
    }
    /// Set of properties to return. Defaults to noAcl, unless the object resource specifies the acl property, when it defaults to full.
    pub fn projection(
        mut self,
        projection: impl Into<crate::types::ObjectsCopySchemaProjection>,
    ) -> Self {
        self.projection = Some(projection.into());
        self
    }
    /// If present, selects a specific revision of the source object (as opposed to the latest version, the default).
    pub fn source_generation(mut self, source_generation: i64) -> Self {
        self.source_generation = Some(source_generation);
        self
    }
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.objects.copy`).
    pub async fn send(self) -> Result<crate::types::Object, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&COPY, self.opts);
        call.path_arg(&self.source_bucket);
        call.path_arg(&self.source_object);
        call.path_arg(&self.destination_bucket);
        call.path_arg(&self.destination_object);
        if let Some(value) = &self.destination_kms_key_name {
            call.query("destinationKmsKeyName", value);
        }
        if let Some(value) = &self.destination_predefined_acl {
            call.query("destinationPredefinedAcl", value);
        }
        if let Some(value) = &self.if_generation_match {
            call.query("ifGenerationMatch", value);
        }
        if let Some(value) = &self.if_generation_not_match {
            call.query("ifGenerationNotMatch", value);
        }
        if let Some(value) = &self.if_metageneration_match {
            call.query("ifMetagenerationMatch", value);
        }
        if let Some(value) = &self.if_metageneration_not_match {
            call.query("ifMetagenerationNotMatch", value);
        }
        if let Some(value) = &self.if_source_generation_match {
            call.query("ifSourceGenerationMatch", value);
        }
        if let Some(value) = &self.if_source_generation_not_match {
            call.query("ifSourceGenerationNotMatch", value);
        }
        if let Some(value) = &self.if_source_metageneration_match {
            call.query("ifSourceMetagenerationMatch", value);
        }
        if let Some(value) = &self.if_source_metageneration_not_match {
            call.query("ifSourceMetagenerationNotMatch", value);
        }
        if let Some(value) = &self.projection {
            call.query("projection", value);
        }
        if let Some(value) = &self.source_generation {
            call.query("sourceGeneration", value);
        }
        if let Some(value) = &self.user_project {
            call.query("userProject", value);
        }
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for CopySchema {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static DELETE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.objects.delete",
    http_method: crate::rt::internal::HttpMethod::Delete,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/o/"),
        crate::rt::internal::PathPart::Param {
            name: "object",
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
/// Request builder for `storage.objects.delete`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Delete` does nothing until it is sent"]
pub struct Delete {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) object: String,
    pub(crate) generation: Option<i64>,
    pub(crate) if_generation_match: Option<i64>,
    pub(crate) if_generation_not_match: Option<i64>,
    pub(crate) if_metageneration_match: Option<i64>,
    pub(crate) if_metageneration_not_match: Option<i64>,
    pub(crate) user_project: Option<String>,
}
impl Delete {
    /// If present, permanently deletes a specific revision of this object (as opposed to the latest version, the default).
    pub fn generation(mut self, generation: i64) -> Self {
        self.generation = Some(generation);
        self
    }
    /// Makes the operation conditional on whether the object's current generation matches the given value. Setting to 0 makes the operation succeed only if there are no live versions of the object.
    pub fn if_generation_match(mut self, if_generation_match: i64) -> Self {
        self.if_generation_match = Some(if_generation_match);
        self
    }
    /// Makes the operation conditional on whether the object's current generation does not match the given value. If no live object exists, the precondition fails. Setting to 0 makes the operation succeed only if there is a live version of the object.
    pub fn if_generation_not_match(mut self, if_generation_not_match: i64) -> Self {
        self.if_generation_not_match = Some(if_generation_not_match);
        self
    }
    /// Makes the operation conditional on whether the object's current metageneration matches the given value.
    pub fn if_metageneration_match(mut self, if_metageneration_match: i64) -> Self {
        self.if_metageneration_match = Some(if_metageneration_match);
        self
    }
    /// Makes the operation conditional on whether the object's current metageneration does not match the given value.
    pub fn if_metageneration_not_match(mut self, if_metageneration_not_match: i64) -> Self {
        self.if_metageneration_not_match = Some(if_metageneration_not_match);
        self
    }
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.objects.delete`).
    pub async fn send(self) -> Result<(), crate::Error> {
        let mut call = crate::rt::internal::Call::new(&DELETE, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.object);
        if let Some(value) = &self.generation {
            call.query("generation", value);
        }
        if let Some(value) = &self.if_generation_match {
            call.query("ifGenerationMatch", value);
        }
        if let Some(value) = &self.if_generation_not_match {
            call.query("ifGenerationNotMatch", value);
        }
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
    id: "storage.objects.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/o/"),
        crate::rt::internal::PathPart::Param {
            name: "object",
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
/// Request builder for `storage.objects.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) object: String,
    pub(crate) generation: Option<i64>,
    pub(crate) if_generation_match: Option<i64>,
    pub(crate) if_generation_not_match: Option<i64>,
    pub(crate) if_metageneration_match: Option<i64>,
    pub(crate) if_metageneration_not_match: Option<i64>,
    pub(crate) projection: Option<crate::types::ObjectsGetProjection>,
    pub(crate) restore_token: Option<String>,
    pub(crate) soft_deleted: Option<bool>,
    pub(crate) user_project: Option<String>,
}
impl Get {
    /// If present, selects a specific revision of this object (as opposed to the latest version, the default).
    pub fn generation(mut self, generation: i64) -> Self {
        self.generation = Some(generation);
        self
    }
    /// Makes the operation conditional on whether the object's current generation matches the given value. Setting to 0 makes the operation succeed only if there are no live versions of the object.
    pub fn if_generation_match(mut self, if_generation_match: i64) -> Self {
        self.if_generation_match = Some(if_generation_match);
        self
    }
    /// Makes the operation conditional on whether the object's current generation does not match the given value. If no live object exists, the precondition fails. Setting to 0 makes the operation succeed only if there is a live version of the object.
    pub fn if_generation_not_match(mut self, if_generation_not_match: i64) -> Self {
        self.if_generation_not_match = Some(if_generation_not_match);
        self
    }
    /// Makes the operation conditional on whether the object's current metageneration matches the given value.
    pub fn if_metageneration_match(mut self, if_metageneration_match: i64) -> Self {
        self.if_metageneration_match = Some(if_metageneration_match);
        self
    }
    /// Makes the operation conditional on whether the object's current metageneration does not match the given value.
    pub fn if_metageneration_not_match(mut self, if_metageneration_not_match: i64) -> Self {
        self.if_metageneration_not_match = Some(if_metageneration_not_match);
        self
    }
    /// Set of properties to return. Defaults to noAcl.
    pub fn projection(mut self, projection: impl Into<crate::types::ObjectsGetProjection>) -> Self {
        self.projection = Some(projection.into());
        self
    }
    /// Restore token used to differentiate soft-deleted objects with the same name and generation. Only applicable for hierarchical namespace buckets and if softDeleted is set to true. This parameter is optional, and is only required in the rare case when there are multiple soft-deleted objects with the same name and generation.
    pub fn restore_token(mut self, restore_token: impl Into<String>) -> Self {
        self.restore_token = Some(restore_token.into());
        self
    }
    /// If true, only soft-deleted object versions will be listed. The default is false. For more information, see \[Soft Delete\](<https://cloud.google.com/storage/docs/soft-delete>).
    pub fn soft_deleted(mut self, soft_deleted: bool) -> Self {
        self.soft_deleted = Some(soft_deleted);
        self
    }
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.objects.get`).
    pub async fn send(self) -> Result<crate::types::Object, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.object);
        if let Some(value) = &self.generation {
            call.query("generation", value);
        }
        if let Some(value) = &self.if_generation_match {
            call.query("ifGenerationMatch", value);
        }
        if let Some(value) = &self.if_generation_not_match {
            call.query("ifGenerationNotMatch", value);
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
        if let Some(value) = &self.restore_token {
            call.query("restoreToken", value);
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
impl Get {
    /// Sends the request with `alt=media` and returns the content itself rather than its metadata, unread: stream it with `rt::Download::chunk` or `rt::Download::into_stream`.
    pub async fn download(self) -> Result<crate::rt::Download, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.object);
        if let Some(value) = &self.generation {
            call.query("generation", value);
        }
        if let Some(value) = &self.if_generation_match {
            call.query("ifGenerationMatch", value);
        }
        if let Some(value) = &self.if_generation_not_match {
            call.query("ifGenerationNotMatch", value);
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
        if let Some(value) = &self.restore_token {
            call.query("restoreToken", value);
        }
        if let Some(value) = &self.soft_deleted {
            call.query("softDeleted", value);
        }
        if let Some(value) = &self.user_project {
            call.query("userProject", value);
        }
        self.core.execute_download(call).await
    }
}
static GET_IAM_POLICY: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.objects.getIamPolicy",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/o/"),
        crate::rt::internal::PathPart::Param {
            name: "object",
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
/// Request builder for `storage.objects.getIamPolicy`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`GetIamPolicy` does nothing until it is sent"]
pub struct GetIamPolicy {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) object: String,
    pub(crate) generation: Option<i64>,
    pub(crate) user_project: Option<String>,
}
impl GetIamPolicy {
    /// If present, selects a specific revision of this object (as opposed to the latest version, the default).
    pub fn generation(mut self, generation: i64) -> Self {
        self.generation = Some(generation);
        self
    }
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.objects.getIamPolicy`).
    pub async fn send(self) -> Result<crate::types::Policy, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET_IAM_POLICY, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.object);
        if let Some(value) = &self.generation {
            call.query("generation", value);
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
    id: "storage.objects.insert",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/o"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.objects.insert`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Insert` does nothing until it is sent"]
pub struct Insert {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) request: crate::types::Object,
    pub(crate) content_encoding: Option<String>,
    pub(crate) if_generation_match: Option<i64>,
    pub(crate) if_generation_not_match: Option<i64>,
    pub(crate) if_metageneration_match: Option<i64>,
    pub(crate) if_metageneration_not_match: Option<i64>,
    pub(crate) kms_key_name: Option<String>,
    pub(crate) name: Option<String>,
    pub(crate) predefined_acl: Option<crate::types::ObjectsInsertPredefinedAcl>,
    pub(crate) projection: Option<crate::types::ObjectsInsertProjection>,
    pub(crate) user_project: Option<String>,
}
impl Insert {
    /// If set, sets the contentEncoding property of the final object to this value. Setting this parameter is equivalent to setting the contentEncoding metadata property. This can be useful when uploading an object with uploadType=media to indicate the encoding of the content being uploaded.
    pub fn content_encoding(mut self, content_encoding: impl Into<String>) -> Self {
        self.content_encoding = Some(content_encoding.into());
        self
    }
    /// Makes the operation conditional on whether the object's current generation matches the given value. Setting to 0 makes the operation succeed only if there are no live versions of the object.
    pub fn if_generation_match(mut self, if_generation_match: i64) -> Self {
        self.if_generation_match = Some(if_generation_match);
        self
    }
    /// Makes the operation conditional on whether the object's current generation does not match the given value. If no live object exists, the precondition fails. Setting to 0 makes the operation succeed only if there is a live version of the object.
    pub fn if_generation_not_match(mut self, if_generation_not_match: i64) -> Self {
        self.if_generation_not_match = Some(if_generation_not_match);
        self
    }
    /// Makes the operation conditional on whether the object's current metageneration matches the given value.
    pub fn if_metageneration_match(mut self, if_metageneration_match: i64) -> Self {
        self.if_metageneration_match = Some(if_metageneration_match);
        self
    }
    /// Makes the operation conditional on whether the object's current metageneration does not match the given value.
    pub fn if_metageneration_not_match(mut self, if_metageneration_not_match: i64) -> Self {
        self.if_metageneration_not_match = Some(if_metageneration_not_match);
        self
    }
    /// Resource name of the Cloud KMS key, of the form projects/my-project/locations/global/keyRings/my-kr/cryptoKeys/my-key, that will be used to encrypt the object. Overrides the object metadata's kms_key_name value, if any.
    pub fn kms_key_name(mut self, kms_key_name: impl Into<String>) -> Self {
        self.kms_key_name = Some(kms_key_name.into());
        self
    }
    /// Name of the object. Required when the object metadata is not otherwise provided. Overrides the object metadata's name value, if any. For information about how to URL encode object names to be path safe, see \[Encoding URI Path Parts\](<https://cloud.google.com/storage/docs/request-endpoints#encoding>).
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }
    /// Apply a predefined set of access controls to this object.
    pub fn predefined_acl(
        mut self,
        predefined_acl: impl Into<crate::types::ObjectsInsertPredefinedAcl>,
    ) -> Self {
        self.predefined_acl = Some(predefined_acl.into());
        self
    }
    /// Set of properties to return. Defaults to noAcl, unless the object resource specifies the acl property, when it defaults to full.
    pub fn projection(
        mut self,
        projection: impl Into<crate::types::ObjectsInsertProjection>,
    ) -> Self {
        self.projection = Some(projection.into());
        self
    }
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.objects.insert`).
    pub async fn send(self) -> Result<crate::types::Object, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&INSERT, self.opts);
        call.path_arg(&self.bucket);
        if let Some(value) = &self.content_encoding {
            call.query("contentEncoding", value);
        }
        if let Some(value) = &self.if_generation_match {
            call.query("ifGenerationMatch", value);
        }
        if let Some(value) = &self.if_generation_not_match {
            call.query("ifGenerationNotMatch", value);
        }
        if let Some(value) = &self.if_metageneration_match {
            call.query("ifMetagenerationMatch", value);
        }
        if let Some(value) = &self.if_metageneration_not_match {
            call.query("ifMetagenerationNotMatch", value);
        }
        if let Some(value) = &self.kms_key_name {
            call.query("kmsKeyName", value);
        }
        if let Some(value) = &self.name {
            call.query("name", value);
        }
        if let Some(value) = &self.predefined_acl {
            call.query("predefinedAcl", value);
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
static INSERT_UPLOAD: crate::rt::internal::MediaUpload = crate::rt::internal::MediaUpload {
    path: &[
        crate::rt::internal::PathPart::Literal("/upload/storage/v1/b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/o"),
    ],
    max_size: None,
    accept: &["*/*"],
    multipart: true,
    resumable_path: &[
        crate::rt::internal::PathPart::Literal("/upload/storage/v1/b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/o"),
    ],
};
impl Insert {
    /// Sends the request with `media` as its content, in one request to the upload endpoint `POST /upload/storage/v1/b/{bucket}/o`.
    ///
    /// The request body (`request`) is sent as JSON metadata before the media (`uploadType=multipart`, a `multipart/related` body).
    ///
    /// Checked before anything is sent (`Error::InvalidArgument` otherwise): its type must match `*/*`.
    pub async fn upload(
        self,
        media: crate::rt::Media,
    ) -> Result<crate::types::Object, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&INSERT, self.opts);
        call.path_arg(&self.bucket);
        if let Some(value) = &self.content_encoding {
            call.query("contentEncoding", value);
        }
        if let Some(value) = &self.if_generation_match {
            call.query("ifGenerationMatch", value);
        }
        if let Some(value) = &self.if_generation_not_match {
            call.query("ifGenerationNotMatch", value);
        }
        if let Some(value) = &self.if_metageneration_match {
            call.query("ifMetagenerationMatch", value);
        }
        if let Some(value) = &self.if_metageneration_not_match {
            call.query("ifMetagenerationNotMatch", value);
        }
        if let Some(value) = &self.kms_key_name {
            call.query("kmsKeyName", value);
        }
        if let Some(value) = &self.name {
            call.query("name", value);
        }
        if let Some(value) = &self.predefined_acl {
            call.query("predefinedAcl", value);
        }
        if let Some(value) = &self.projection {
            call.query("projection", value);
        }
        if let Some(value) = &self.user_project {
            call.query("userProject", value);
        }
        call.json_body(&self.request);
        call.media_upload(&INSERT_UPLOAD, media);
        self.core.execute(call).await
    }
    /// Sends the request with `media` as its content through the resumable protocol: `POST /upload/storage/v1/b/{bucket}/o` (`uploadType=resumable`) opens an upload session, then the media goes in chunks (see `rt::Media::chunk_size`), resuming from the server's offset after a transient failure.
    ///
    /// The request body (`request`) is sent as JSON metadata before the media in the request that opens the session.
    ///
    /// Checked before anything is sent (`Error::InvalidArgument` otherwise): its type must match `*/*`.
    pub async fn upload_resumable(
        self,
        media: crate::rt::Media,
    ) -> Result<crate::types::Object, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&INSERT, self.opts);
        call.path_arg(&self.bucket);
        if let Some(value) = &self.content_encoding {
            call.query("contentEncoding", value);
        }
        if let Some(value) = &self.if_generation_match {
            call.query("ifGenerationMatch", value);
        }
        if let Some(value) = &self.if_generation_not_match {
            call.query("ifGenerationNotMatch", value);
        }
        if let Some(value) = &self.if_metageneration_match {
            call.query("ifMetagenerationMatch", value);
        }
        if let Some(value) = &self.if_metageneration_not_match {
            call.query("ifMetagenerationNotMatch", value);
        }
        if let Some(value) = &self.kms_key_name {
            call.query("kmsKeyName", value);
        }
        if let Some(value) = &self.name {
            call.query("name", value);
        }
        if let Some(value) = &self.predefined_acl {
            call.query("predefinedAcl", value);
        }
        if let Some(value) = &self.projection {
            call.query("projection", value);
        }
        if let Some(value) = &self.user_project {
            call.query("userProject", value);
        }
        call.json_body(&self.request);
        call.resumable_upload(&INSERT_UPLOAD, media);
        self.core.execute(call).await
    }
}
static LIST: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.objects.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/o"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.objects.list`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`List` does nothing until it is sent"]
pub struct List {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) delimiter: Option<String>,
    pub(crate) end_offset: Option<String>,
    pub(crate) filter: Option<String>,
    pub(crate) include_folders_as_prefixes: Option<bool>,
    pub(crate) include_trailing_delimiter: Option<bool>,
    pub(crate) match_glob: Option<String>,
    pub(crate) max_results: Option<u32>,
    pub(crate) page_token: Option<String>,
    pub(crate) prefix: Option<String>,
    pub(crate) projection: Option<crate::types::ObjectsListProjection>,
    pub(crate) soft_deleted: Option<bool>,
    pub(crate) start_offset: Option<String>,
    pub(crate) user_project: Option<String>,
    pub(crate) versions: Option<bool>,
}
impl List {
    /// Returns results in a directory-like mode. items will contain only objects whose names, aside from the prefix, do not contain delimiter. Objects whose names, aside from the prefix, contain delimiter will have their name, truncated after the delimiter, returned in prefixes. Duplicate prefixes are omitted.
    pub fn delimiter(mut self, delimiter: impl Into<String>) -> Self {
        self.delimiter = Some(delimiter.into());
        self
    }
    /// Filter results to objects whose names are lexicographically before endOffset. If startOffset is also set, the objects listed will have names between startOffset (inclusive) and endOffset (exclusive).
    pub fn end_offset(mut self, end_offset: impl Into<String>) -> Self {
        self.end_offset = Some(end_offset.into());
        self
    }
    /// Filter the returned objects. Currently only supported for the contexts field. If delimiter is set, the returned prefixes are exempt from this filter.
    pub fn filter(mut self, filter: impl Into<String>) -> Self {
        self.filter = Some(filter.into());
        self
    }
    /// Only applicable if delimiter is set to '/'. If true, will also include folders and managed folders (besides objects) in the returned prefixes.
    pub fn include_folders_as_prefixes(mut self, include_folders_as_prefixes: bool) -> Self {
        self.include_folders_as_prefixes = Some(include_folders_as_prefixes);
        self
    }
    /// If true, objects that end in exactly one instance of delimiter will have their metadata included in items in addition to prefixes.
    pub fn include_trailing_delimiter(mut self, include_trailing_delimiter: bool) -> Self {
        self.include_trailing_delimiter = Some(include_trailing_delimiter);
        self
    }
    /// Filter results to objects and prefixes that match this glob pattern.
    pub fn match_glob(mut self, match_glob: impl Into<String>) -> Self {
        self.match_glob = Some(match_glob.into());
        self
    }
    /// Maximum number of items plus prefixes to return in a single page of responses. As duplicate prefixes are omitted, fewer total results may be returned than requested. The service will use this parameter or 1,000 items, whichever is smaller.
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
    /// Filter results to objects whose names begin with this prefix.
    pub fn prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = Some(prefix.into());
        self
    }
    /// Set of properties to return. Defaults to noAcl.
    pub fn projection(
        mut self,
        projection: impl Into<crate::types::ObjectsListProjection>,
    ) -> Self {
        self.projection = Some(projection.into());
        self
    }
    /// If true, only soft-deleted object versions will be listed. The default is false. For more information, see \[Soft Delete\](<https://cloud.google.com/storage/docs/soft-delete>).
    pub fn soft_deleted(mut self, soft_deleted: bool) -> Self {
        self.soft_deleted = Some(soft_deleted);
        self
    }
    /// Filter results to objects whose names are lexicographically equal to or after startOffset. If endOffset is also set, the objects listed will have names between startOffset (inclusive) and endOffset (exclusive).
    pub fn start_offset(mut self, start_offset: impl Into<String>) -> Self {
        self.start_offset = Some(start_offset.into());
        self
    }
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// If true, lists all versions of an object as distinct results. The default is false. For more information, see \[Object Versioning\](<https://cloud.google.com/storage/docs/object-versioning>).
    pub fn versions(mut self, versions: bool) -> Self {
        self.versions = Some(versions);
        self
    }
    /// Sends the request (`storage.objects.list`).
    pub async fn send(self) -> Result<crate::types::Objects, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&LIST, self.opts);
        call.path_arg(&self.bucket);
        if let Some(value) = &self.delimiter {
            call.query("delimiter", value);
        }
        if let Some(value) = &self.end_offset {
            call.query("endOffset", value);
        }
        if let Some(value) = &self.filter {
            call.query("filter", value);
        }
        if let Some(value) = &self.include_folders_as_prefixes {
            call.query("includeFoldersAsPrefixes", value);
        }
        if let Some(value) = &self.include_trailing_delimiter {
            call.query("includeTrailingDelimiter", value);
        }
        if let Some(value) = &self.match_glob {
            call.query("matchGlob", value);
        }
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
        if let Some(value) = &self.soft_deleted {
            call.query("softDeleted", value);
        }
        if let Some(value) = &self.start_offset {
            call.query("startOffset", value);
        }
        if let Some(value) = &self.user_project {
            call.query("userProject", value);
        }
        if let Some(value) = &self.versions {
            call.query("versions", value);
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
    type Page = crate::types::Objects;
    fn set_page_token(&mut self, token: String) {
        self.page_token = Some(token);
    }
    fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
        Box::pin(self.send())
    }
}
impl crate::rt::ItemsRequest for List {
    type Item = crate::types::Object;
    fn page_items(page: Self::Page) -> Vec<crate::types::Object> {
        page.items.unwrap_or_default()
    }
}
impl List {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::Objects, crate::Error>> + Send {
        crate::rt::pages(self)
    }
    /// Every element of `items` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::Object, crate::Error>> + Send {
        crate::rt::items(self)
    }
}
static MOVE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.objects.move",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/o/"),
        crate::rt::internal::PathPart::Param {
            name: "sourceObject",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/moveTo/o/"),
        crate::rt::internal::PathPart::Param {
            name: "destinationObject",
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
/// Request builder for `storage.objects.move`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Move` does nothing until it is sent"]
pub struct Move {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) source_object: String,
    pub(crate) destination_object: String,
    pub(crate) if_generation_match: Option<i64>,
    pub(crate) if_generation_not_match: Option<i64>,
    pub(crate) if_metageneration_match: Option<i64>,
    pub(crate) if_metageneration_not_match: Option<i64>,
    pub(crate) if_source_generation_match: Option<i64>,
    pub(crate) if_source_generation_not_match: Option<i64>,
    pub(crate) if_source_metageneration_match: Option<i64>,
    pub(crate) if_source_metageneration_not_match: Option<i64>,
    pub(crate) projection: Option<crate::types::ObjectsMoveProjection>,
    pub(crate) user_project: Option<String>,
}
impl Move {
    /// Makes the operation conditional on whether the destination object's current generation matches the given value. Setting to 0 makes the operation succeed only if there are no live versions of the object. `ifGenerationMatch` and `ifGenerationNotMatch` conditions are mutually exclusive: it's an error for both of them to be set in the request.
    pub fn if_generation_match(mut self, if_generation_match: i64) -> Self {
        self.if_generation_match = Some(if_generation_match);
        self
    }
    /// Makes the operation conditional on whether the destination object's current generation does not match the given value. If no live object exists, the precondition fails. Setting to 0 makes the operation succeed only if there is a live version of the object.`ifGenerationMatch` and `ifGenerationNotMatch` conditions are mutually exclusive: it's an error for both of them to be set in the request.
    pub fn if_generation_not_match(mut self, if_generation_not_match: i64) -> Self {
        self.if_generation_not_match = Some(if_generation_not_match);
        self
    }
    /// Makes the operation conditional on whether the destination object's current metageneration matches the given value. `ifMetagenerationMatch` and `ifMetagenerationNotMatch` conditions are mutually exclusive: it's an error for both of them to be set in the request.
    pub fn if_metageneration_match(mut self, if_metageneration_match: i64) -> Self {
        self.if_metageneration_match = Some(if_metageneration_match);
        self
    }
    /// Makes the operation conditional on whether the destination object's current metageneration does not match the given value. `ifMetagenerationMatch` and `ifMetagenerationNotMatch` conditions are mutually exclusive: it's an error for both of them to be set in the request.
    pub fn if_metageneration_not_match(mut self, if_metageneration_not_match: i64) -> Self {
        self.if_metageneration_not_match = Some(if_metageneration_not_match);
        self
    }
    /// Makes the operation conditional on whether the source object's current generation matches the given value. `ifSourceGenerationMatch` and `ifSourceGenerationNotMatch` conditions are mutually exclusive: it's an error for both of them to be set in the request.
    pub fn if_source_generation_match(mut self, if_source_generation_match: i64) -> Self {
        self.if_source_generation_match = Some(if_source_generation_match);
        self
    }
    /// Makes the operation conditional on whether the source object's current generation does not match the given value. `ifSourceGenerationMatch` and `ifSourceGenerationNotMatch` conditions are mutually exclusive: it's an error for both of them to be set in the request.
    pub fn if_source_generation_not_match(mut self, if_source_generation_not_match: i64) -> Self {
        self.if_source_generation_not_match = Some(if_source_generation_not_match);
        self
    }
    /// Makes the operation conditional on whether the source object's current metageneration matches the given value. `ifSourceMetagenerationMatch` and `ifSourceMetagenerationNotMatch` conditions are mutually exclusive: it's an error for both of them to be set in the request.
    pub fn if_source_metageneration_match(mut self, if_source_metageneration_match: i64) -> Self {
        self.if_source_metageneration_match = Some(if_source_metageneration_match);
        self
    }
    /// Makes the operation conditional on whether the source object's current metageneration does not match the given value. `ifSourceMetagenerationMatch` and `ifSourceMetagenerationNotMatch` conditions are mutually exclusive: it's an error for both of them to be set in the request.
    pub fn if_source_metageneration_not_match(
        mut self,
        if_source_metageneration_not_match: i64,
    ) -> Self {
        self.if_source_metageneration_not_match = Some(if_source_metageneration_not_match);
        self
    }
    /// Set of properties to return. Defaults to noAcl.
    pub fn projection(
        mut self,
        projection: impl Into<crate::types::ObjectsMoveProjection>,
    ) -> Self {
        self.projection = Some(projection.into());
        self
    }
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.objects.move`).
    pub async fn send(self) -> Result<crate::types::Object, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&MOVE, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.source_object);
        call.path_arg(&self.destination_object);
        if let Some(value) = &self.if_generation_match {
            call.query("ifGenerationMatch", value);
        }
        if let Some(value) = &self.if_generation_not_match {
            call.query("ifGenerationNotMatch", value);
        }
        if let Some(value) = &self.if_metageneration_match {
            call.query("ifMetagenerationMatch", value);
        }
        if let Some(value) = &self.if_metageneration_not_match {
            call.query("ifMetagenerationNotMatch", value);
        }
        if let Some(value) = &self.if_source_generation_match {
            call.query("ifSourceGenerationMatch", value);
        }
        if let Some(value) = &self.if_source_generation_not_match {
            call.query("ifSourceGenerationNotMatch", value);
        }
        if let Some(value) = &self.if_source_metageneration_match {
            call.query("ifSourceMetagenerationMatch", value);
        }
        if let Some(value) = &self.if_source_metageneration_not_match {
            call.query("ifSourceMetagenerationNotMatch", value);
        }
        if let Some(value) = &self.projection {
            call.query("projection", value);
        }
        if let Some(value) = &self.user_project {
            call.query("userProject", value);
        }
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Move {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static PATCH: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.objects.patch",
    http_method: crate::rt::internal::HttpMethod::Patch,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/o/"),
        crate::rt::internal::PathPart::Param {
            name: "object",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
};
/// Request builder for `storage.objects.patch`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Patch` does nothing until it is sent"]
pub struct Patch {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) object: String,
    pub(crate) request: crate::types::Object,
    pub(crate) generation: Option<i64>,
    pub(crate) if_generation_match: Option<i64>,
    pub(crate) if_generation_not_match: Option<i64>,
    pub(crate) if_metageneration_match: Option<i64>,
    pub(crate) if_metageneration_not_match: Option<i64>,
    pub(crate) override_unlocked_retention: Option<bool>,
    pub(crate) predefined_acl: Option<crate::types::ObjectsPatchPredefinedAcl>,
    pub(crate) projection: Option<crate::types::ObjectsPatchProjection>,
    pub(crate) user_project: Option<String>,
}
impl Patch {
    /// If present, selects a specific revision of this object (as opposed to the latest version, the default).
    pub fn generation(mut self, generation: i64) -> Self {
        self.generation = Some(generation);
        self
    }
    /// Makes the operation conditional on whether the object's current generation matches the given value. Setting to 0 makes the operation succeed only if there are no live versions of the object.
    pub fn if_generation_match(mut self, if_generation_match: i64) -> Self {
        self.if_generation_match = Some(if_generation_match);
        self
    }
    /// Makes the operation conditional on whether the object's current generation does not match the given value. If no live object exists, the precondition fails. Setting to 0 makes the operation succeed only if there is a live version of the object.
    pub fn if_generation_not_match(mut self, if_generation_not_match: i64) -> Self {
        self.if_generation_not_match = Some(if_generation_not_match);
        self
    }
    /// Makes the operation conditional on whether the object's current metageneration matches the given value.
    pub fn if_metageneration_match(mut self, if_metageneration_match: i64) -> Self {
        self.if_metageneration_match = Some(if_metageneration_match);
        self
    }
    /// Makes the operation conditional on whether the object's current metageneration does not match the given value.
    pub fn if_metageneration_not_match(mut self, if_metageneration_not_match: i64) -> Self {
        self.if_metageneration_not_match = Some(if_metageneration_not_match);
        self
    }
    /// Must be true to remove the retention configuration, reduce its unlocked retention period, or change its mode from unlocked to locked.
    pub fn override_unlocked_retention(mut self, override_unlocked_retention: bool) -> Self {
        self.override_unlocked_retention = Some(override_unlocked_retention);
        self
    }
    /// Apply a predefined set of access controls to this object.
    pub fn predefined_acl(
        mut self,
        predefined_acl: impl Into<crate::types::ObjectsPatchPredefinedAcl>,
    ) -> Self {
        self.predefined_acl = Some(predefined_acl.into());
        self
    }
    /// Set of properties to return. Defaults to full.
    pub fn projection(
        mut self,
        projection: impl Into<crate::types::ObjectsPatchProjection>,
    ) -> Self {
        self.projection = Some(projection.into());
        self
    }
    /// The project to be billed for this request, for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.objects.patch`).
    pub async fn send(self) -> Result<crate::types::Object, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&PATCH, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.object);
        if let Some(value) = &self.generation {
            call.query("generation", value);
        }
        if let Some(value) = &self.if_generation_match {
            call.query("ifGenerationMatch", value);
        }
        if let Some(value) = &self.if_generation_not_match {
            call.query("ifGenerationNotMatch", value);
        }
        if let Some(value) = &self.if_metageneration_match {
            call.query("ifMetagenerationMatch", value);
        }
        if let Some(value) = &self.if_metageneration_not_match {
            call.query("ifMetagenerationNotMatch", value);
        }
        if let Some(value) = &self.override_unlocked_retention {
            call.query("overrideUnlockedRetention", value);
        }
        if let Some(value) = &self.predefined_acl {
            call.query("predefinedAcl", value);
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
static RESTORE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.objects.restore",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/o/"),
        crate::rt::internal::PathPart::Param {
            name: "object",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/restore"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
};
/// Request builder for `storage.objects.restore`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Restore` does nothing until it is sent"]
pub struct Restore {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) object: String,
    pub(crate) generation: i64,
    pub(crate) copy_source_acl: Option<bool>,
    pub(crate) if_generation_match: Option<i64>,
    pub(crate) if_generation_not_match: Option<i64>,
    pub(crate) if_metageneration_match: Option<i64>,
    pub(crate) if_metageneration_not_match: Option<i64>,
    pub(crate) projection: Option<crate::types::ObjectsRestoreProjection>,
    pub(crate) restore_token: Option<String>,
    pub(crate) user_project: Option<String>,
}
impl Restore {
    /// If true, copies the source object's ACL; otherwise, uses the bucket's default object ACL. The default is false.
    pub fn copy_source_acl(mut self, copy_source_acl: bool) -> Self {
        self.copy_source_acl = Some(copy_source_acl);
        self
    }
    /// Makes the operation conditional on whether the object's one live generation matches the given value. Setting to 0 makes the operation succeed only if there are no live versions of the object.
    pub fn if_generation_match(mut self, if_generation_match: i64) -> Self {
        self.if_generation_match = Some(if_generation_match);
        self
    }
    /// Makes the operation conditional on whether none of the object's live generations match the given value. If no live object exists, the precondition fails. Setting to 0 makes the operation succeed only if there is a live version of the object.
    pub fn if_generation_not_match(mut self, if_generation_not_match: i64) -> Self {
        self.if_generation_not_match = Some(if_generation_not_match);
        self
    }
    /// Makes the operation conditional on whether the object's one live metageneration matches the given value.
    pub fn if_metageneration_match(mut self, if_metageneration_match: i64) -> Self {
        self.if_metageneration_match = Some(if_metageneration_match);
        self
    }
    /// Makes the operation conditional on whether none of the object's live metagenerations match the given value.
    pub fn if_metageneration_not_match(mut self, if_metageneration_not_match: i64) -> Self {
        self.if_metageneration_not_match = Some(if_metageneration_not_match);
        self
    }
    /// Set of properties to return. Defaults to full.
    pub fn projection(
        mut self,
        projection: impl Into<crate::types::ObjectsRestoreProjection>,
    ) -> Self {
        self.projection = Some(projection.into());
        self
    }
    /// Restore token used to differentiate sof-deleted objects with the same name and generation. Only applicable for hierarchical namespace buckets. This parameter is optional, and is only required in the rare case when there are multiple soft-deleted objects with the same name and generation.
    pub fn restore_token(mut self, restore_token: impl Into<String>) -> Self {
        self.restore_token = Some(restore_token.into());
        self
    }
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.objects.restore`).
    pub async fn send(self) -> Result<crate::types::Object, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&RESTORE, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.object);
        call.query("generation", &self.generation);
        if let Some(value) = &self.copy_source_acl {
            call.query("copySourceAcl", value);
        }
        if let Some(value) = &self.if_generation_match {
            call.query("ifGenerationMatch", value);
        }
        if let Some(value) = &self.if_generation_not_match {
            call.query("ifGenerationNotMatch", value);
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
        if let Some(value) = &self.restore_token {
            call.query("restoreToken", value);
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
static REWRITE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.objects.rewrite",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "sourceBucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/o/"),
        crate::rt::internal::PathPart::Param {
            name: "sourceObject",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/rewriteTo/b/"),
        crate::rt::internal::PathPart::Param {
            name: "destinationBucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/o/"),
        crate::rt::internal::PathPart::Param {
            name: "destinationObject",
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
/// Request builder for `storage.objects.rewrite`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Rewrite` does nothing until it is sent"]
pub struct Rewrite {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) source_bucket: String,
    pub(crate) source_object: String,
    pub(crate) destination_bucket: String,
    pub(crate) destination_object: String,
    pub(crate) request: crate::types::Object,
    pub(crate) destination_kms_key_name: Option<String>,
    pub(crate) destination_predefined_acl:
        Option<crate::types::ObjectsRewriteDestinationPredefinedAcl>,
    pub(crate) drop_context_groups: Vec<String>,
    pub(crate) if_generation_match: Option<i64>,
    pub(crate) if_generation_not_match: Option<i64>,
    pub(crate) if_metageneration_match: Option<i64>,
    pub(crate) if_metageneration_not_match: Option<i64>,
    pub(crate) if_source_generation_match: Option<i64>,
    pub(crate) if_source_generation_not_match: Option<i64>,
    pub(crate) if_source_metageneration_match: Option<i64>,
    pub(crate) if_source_metageneration_not_match: Option<i64>,
    pub(crate) max_bytes_rewritten_per_call: Option<i64>,
    pub(crate) projection: Option<crate::types::ObjectsRewriteProjection>,
    pub(crate) rewrite_token: Option<String>,
    pub(crate) source_generation: Option<i64>,
    pub(crate) user_project: Option<String>,
}
impl Rewrite {
    /// Resource name of the Cloud KMS key, of the form projects/my-project/locations/global/keyRings/my-kr/cryptoKeys/my-key, that will be used to encrypt the object. Overrides the object metadata's kms_key_name value, if any.
    pub fn destination_kms_key_name(mut self, destination_kms_key_name: impl Into<String>) -> Self {
        self.destination_kms_key_name = Some(destination_kms_key_name.into());
        self
    }
    /// Apply a predefined set of access controls to the destination object.
    pub fn destination_predefined_acl(
        mut self,
        destination_predefined_acl: impl Into<crate::types::ObjectsRewriteDestinationPredefinedAcl>,
    ) -> Self {
        self.destination_predefined_acl = Some(destination_predefined_acl.into());
        self
    }
    /// Specifies which object context groups to drop from the source object during a copy operation. The accepted value is 'custom'.
    /// Destination contexts behave as follows:
    /// - When request body contexts are provided, they override all source contexts.
    /// - When no request body contexts are provided, source contexts are preserved unless 'dropContextGroups' contains 'custom', in which case all contexts are dropped.
    pub fn drop_context_groups(
        mut self,
        drop_context_groups: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.drop_context_groups = drop_context_groups.into_iter().map(Into::into).collect();
        self
    }
    /// Makes the operation conditional on whether the object's current generation matches the given value. Setting to 0 makes the operation succeed only if there are no live versions of the object.
    pub fn if_generation_match(mut self, if_generation_match: i64) -> Self {
        self.if_generation_match = Some(if_generation_match);
        self
    }
    /// Makes the operation conditional on whether the object's current generation does not match the given value. If no live object exists, the precondition fails. Setting to 0 makes the operation succeed only if there is a live version of the object.
    pub fn if_generation_not_match(mut self, if_generation_not_match: i64) -> Self {
        self.if_generation_not_match = Some(if_generation_not_match);
        self
    }
    /// Makes the operation conditional on whether the destination object's current metageneration matches the given value.
    pub fn if_metageneration_match(mut self, if_metageneration_match: i64) -> Self {
        self.if_metageneration_match = Some(if_metageneration_match);
        self
    }
    /// Makes the operation conditional on whether the destination object's current metageneration does not match the given value.
    pub fn if_metageneration_not_match(mut self, if_metageneration_not_match: i64) -> Self {
        self.if_metageneration_not_match = Some(if_metageneration_not_match);
        self
    }
    /// Makes the operation conditional on whether the source object's current generation matches the given value.
    pub fn if_source_generation_match(mut self, if_source_generation_match: i64) -> Self {
        self.if_source_generation_match = Some(if_source_generation_match);
        self
    }
    /// Makes the operation conditional on whether the source object's current generation does not match the given value.
    pub fn if_source_generation_not_match(mut self, if_source_generation_not_match: i64) -> Self {
        self.if_source_generation_not_match = Some(if_source_generation_not_match);
        self
    }
    /// Makes the operation conditional on whether the source object's current metageneration matches the given value.
    pub fn if_source_metageneration_match(mut self, if_source_metageneration_match: i64) -> Self {
        self.if_source_metageneration_match = Some(if_source_metageneration_match);
        self
    }
    /// Makes the operation conditional on whether the source object's current metageneration does not match the given value.
    pub fn if_source_metageneration_not_match(
        mut self,
        if_source_metageneration_not_match: i64,
    ) -> Self {
        self.if_source_metageneration_not_match = Some(if_source_metageneration_not_match);
        self
    }
    /// The maximum number of bytes that will be rewritten per rewrite request. Most callers shouldn't need to specify this parameter - it is primarily in place to support testing. If specified the value must be an integral multiple of 1 MiB (1048576). Also, this only applies to requests where the source and destination span locations and/or storage classes. Finally, this value must not change across rewrite calls else you'll get an error that the rewriteToken is invalid.
    pub fn max_bytes_rewritten_per_call(mut self, max_bytes_rewritten_per_call: i64) -> Self {
        self.max_bytes_rewritten_per_call = Some(max_bytes_rewritten_per_call);
        self
    }
    /// Set of properties to return. Defaults to noAcl, unless the object resource specifies the acl property, when it defaults to full.
    pub fn projection(
        mut self,
        projection: impl Into<crate::types::ObjectsRewriteProjection>,
    ) -> Self {
        self.projection = Some(projection.into());
        self
    }
    /// Include this field (from the previous rewrite response) on each rewrite request after the first one, until the rewrite response 'done' flag is true. Calls that provide a rewriteToken can omit all other request fields, but if included those fields must match the values provided in the first rewrite request.
    pub fn rewrite_token(mut self, rewrite_token: impl Into<String>) -> Self {
        self.rewrite_token = Some(rewrite_token.into());
        self
    }
    /// If present, selects a specific revision of the source object (as opposed to the latest version, the default).
    pub fn source_generation(mut self, source_generation: i64) -> Self {
        self.source_generation = Some(source_generation);
        self
    }
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.objects.rewrite`).
    pub async fn send(self) -> Result<crate::types::RewriteResponse, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&REWRITE, self.opts);
        call.path_arg(&self.source_bucket);
        call.path_arg(&self.source_object);
        call.path_arg(&self.destination_bucket);
        call.path_arg(&self.destination_object);
        if let Some(value) = &self.destination_kms_key_name {
            call.query("destinationKmsKeyName", value);
        }
        if let Some(value) = &self.destination_predefined_acl {
            call.query("destinationPredefinedAcl", value);
        }
        for value in &self.drop_context_groups {
            call.query("dropContextGroups", value);
        }
        if let Some(value) = &self.if_generation_match {
            call.query("ifGenerationMatch", value);
        }
        if let Some(value) = &self.if_generation_not_match {
            call.query("ifGenerationNotMatch", value);
        }
        if let Some(value) = &self.if_metageneration_match {
            call.query("ifMetagenerationMatch", value);
        }
        if let Some(value) = &self.if_metageneration_not_match {
            call.query("ifMetagenerationNotMatch", value);
        }
        if let Some(value) = &self.if_source_generation_match {
            call.query("ifSourceGenerationMatch", value);
        }
        if let Some(value) = &self.if_source_generation_not_match {
            call.query("ifSourceGenerationNotMatch", value);
        }
        if let Some(value) = &self.if_source_metageneration_match {
            call.query("ifSourceMetagenerationMatch", value);
        }
        if let Some(value) = &self.if_source_metageneration_not_match {
            call.query("ifSourceMetagenerationNotMatch", value);
        }
        if let Some(value) = &self.max_bytes_rewritten_per_call {
            call.query("maxBytesRewrittenPerCall", value);
        }
        if let Some(value) = &self.projection {
            call.query("projection", value);
        }
        if let Some(value) = &self.rewrite_token {
            call.query("rewriteToken", value);
        }
        if let Some(value) = &self.source_generation {
            call.query("sourceGeneration", value);
        }
        if let Some(value) = &self.user_project {
            call.query("userProject", value);
        }
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Rewrite {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static SET_IAM_POLICY: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.objects.setIamPolicy",
    http_method: crate::rt::internal::HttpMethod::Put,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/o/"),
        crate::rt::internal::PathPart::Param {
            name: "object",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/iam"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.objects.setIamPolicy`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`SetIamPolicy` does nothing until it is sent"]
pub struct SetIamPolicy {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) object: String,
    pub(crate) request: crate::types::Policy,
    pub(crate) generation: Option<i64>,
    pub(crate) user_project: Option<String>,
}
impl SetIamPolicy {
    /// If present, selects a specific revision of this object (as opposed to the latest version, the default).
    pub fn generation(mut self, generation: i64) -> Self {
        self.generation = Some(generation);
        self
    }
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.objects.setIamPolicy`).
    pub async fn send(self) -> Result<crate::types::Policy, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&SET_IAM_POLICY, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.object);
        if let Some(value) = &self.generation {
            call.query("generation", value);
        }
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
    id: "storage.objects.testIamPermissions",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/o/"),
        crate::rt::internal::PathPart::Param {
            name: "object",
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
/// Request builder for `storage.objects.testIamPermissions`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`TestIamPermissions` does nothing until it is sent"]
pub struct TestIamPermissions {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) object: String,
    pub(crate) permissions: Vec<String>,
    pub(crate) generation: Option<i64>,
    pub(crate) user_project: Option<String>,
}
impl TestIamPermissions {
    /// If present, selects a specific revision of this object (as opposed to the latest version, the default).
    pub fn generation(mut self, generation: i64) -> Self {
        self.generation = Some(generation);
        self
    }
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.objects.testIamPermissions`).
    pub async fn send(self) -> Result<crate::types::TestIamPermissionsResponse, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&TEST_IAM_PERMISSIONS, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.object);
        for value in &self.permissions {
            call.query("permissions", value);
        }
        if let Some(value) = &self.generation {
            call.query("generation", value);
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
    id: "storage.objects.update",
    http_method: crate::rt::internal::HttpMethod::Put,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/o/"),
        crate::rt::internal::PathPart::Param {
            name: "object",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
};
/// Request builder for `storage.objects.update`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Update` does nothing until it is sent"]
pub struct Update {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) object: String,
    pub(crate) request: crate::types::Object,
    pub(crate) generation: Option<i64>,
    pub(crate) if_generation_match: Option<i64>,
    pub(crate) if_generation_not_match: Option<i64>,
    pub(crate) if_metageneration_match: Option<i64>,
    pub(crate) if_metageneration_not_match: Option<i64>,
    pub(crate) override_unlocked_retention: Option<bool>,
    pub(crate) predefined_acl: Option<crate::types::ObjectsUpdatePredefinedAcl>,
    pub(crate) projection: Option<crate::types::ObjectsUpdateProjection>,
    pub(crate) user_project: Option<String>,
}
impl Update {
    /// If present, selects a specific revision of this object (as opposed to the latest version, the default).
    pub fn generation(mut self, generation: i64) -> Self {
        self.generation = Some(generation);
        self
    }
    /// Makes the operation conditional on whether the object's current generation matches the given value. Setting to 0 makes the operation succeed only if there are no live versions of the object.
    pub fn if_generation_match(mut self, if_generation_match: i64) -> Self {
        self.if_generation_match = Some(if_generation_match);
        self
    }
    /// Makes the operation conditional on whether the object's current generation does not match the given value. If no live object exists, the precondition fails. Setting to 0 makes the operation succeed only if there is a live version of the object.
    pub fn if_generation_not_match(mut self, if_generation_not_match: i64) -> Self {
        self.if_generation_not_match = Some(if_generation_not_match);
        self
    }
    /// Makes the operation conditional on whether the object's current metageneration matches the given value.
    pub fn if_metageneration_match(mut self, if_metageneration_match: i64) -> Self {
        self.if_metageneration_match = Some(if_metageneration_match);
        self
    }
    /// Makes the operation conditional on whether the object's current metageneration does not match the given value.
    pub fn if_metageneration_not_match(mut self, if_metageneration_not_match: i64) -> Self {
        self.if_metageneration_not_match = Some(if_metageneration_not_match);
        self
    }
    /// Must be true to remove the retention configuration, reduce its unlocked retention period, or change its mode from unlocked to locked.
    pub fn override_unlocked_retention(mut self, override_unlocked_retention: bool) -> Self {
        self.override_unlocked_retention = Some(override_unlocked_retention);
        self
    }
    /// Apply a predefined set of access controls to this object.
    pub fn predefined_acl(
        mut self,
        predefined_acl: impl Into<crate::types::ObjectsUpdatePredefinedAcl>,
    ) -> Self {
        self.predefined_acl = Some(predefined_acl.into());
        self
    }
    /// Set of properties to return. Defaults to full.
    pub fn projection(
        mut self,
        projection: impl Into<crate::types::ObjectsUpdateProjection>,
    ) -> Self {
        self.projection = Some(projection.into());
        self
    }
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.objects.update`).
    pub async fn send(self) -> Result<crate::types::Object, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&UPDATE, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.object);
        if let Some(value) = &self.generation {
            call.query("generation", value);
        }
        if let Some(value) = &self.if_generation_match {
            call.query("ifGenerationMatch", value);
        }
        if let Some(value) = &self.if_generation_not_match {
            call.query("ifGenerationNotMatch", value);
        }
        if let Some(value) = &self.if_metageneration_match {
            call.query("ifMetagenerationMatch", value);
        }
        if let Some(value) = &self.if_metageneration_not_match {
            call.query("ifMetagenerationNotMatch", value);
        }
        if let Some(value) = &self.override_unlocked_retention {
            call.query("overrideUnlockedRetention", value);
        }
        if let Some(value) = &self.predefined_acl {
            call.query("predefinedAcl", value);
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
static VIEW_FULL_CONTEXT: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.objects.viewFullContext",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/o/"),
        crate::rt::internal::PathPart::Param {
            name: "object",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/viewFullContext"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.objects.viewFullContext`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`ViewFullContext` does nothing until it is sent"]
pub struct ViewFullContext {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) object: String,
    pub(crate) context_key: String,
    pub(crate) generation: Option<i64>,
    pub(crate) user_project: Option<String>,
}
impl ViewFullContext {
    /// If present, selects a specific revision of this object (as opposed to the latest version, the default).
    pub fn generation(mut self, generation: i64) -> Self {
        self.generation = Some(generation);
        self
    }
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.objects.viewFullContext`).
    pub async fn send(self) -> Result<crate::types::ObjectFullContext, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&VIEW_FULL_CONTEXT, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.object);
        call.query("contextKey", &self.context_key);
        if let Some(value) = &self.generation {
            call.query("generation", value);
        }
        if let Some(value) = &self.user_project {
            call.query("userProject", value);
        }
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for ViewFullContext {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
