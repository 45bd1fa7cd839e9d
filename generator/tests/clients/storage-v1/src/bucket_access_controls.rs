//! Methods of the `bucketAccessControls` resource.
/// Methods of the `bucketAccessControls` resource.
#[derive(Clone, Debug)]
pub struct BucketAccessControls {
    pub(crate) core: crate::rt::internal::Core,
}
impl BucketAccessControls {
    /// Permanently deletes the ACL entry for the specified entity on the specified bucket.
    ///
    /// `DELETE b/{bucket}/acl/{entity}` (`storage.bucketAccessControls.delete`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn delete(&self, bucket: impl Into<String>, entity: impl Into<String>) -> Delete {
        Delete {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            entity: entity.into(),
            user_project: None,
        }
    }
    /// Returns the ACL entry for the specified entity on the specified bucket.
    ///
    /// `GET b/{bucket}/acl/{entity}` (`storage.bucketAccessControls.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn get(&self, bucket: impl Into<String>, entity: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            entity: entity.into(),
            user_project: None,
        }
    }
    /// Creates a new ACL entry on the specified bucket.
    ///
    /// `POST b/{bucket}/acl` (`storage.bucketAccessControls.insert`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn insert(
        &self,
        bucket: impl Into<String>,
        request: crate::types::BucketAccessControl,
    ) -> Insert {
        Insert {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            request,
            user_project: None,
        }
    }
    /// Retrieves ACL entries on the specified bucket.
    ///
    /// `GET b/{bucket}/acl` (`storage.bucketAccessControls.list`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn list(&self, bucket: impl Into<String>) -> List {
        List {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            user_project: None,
        }
    }
    /// Patches an ACL entry on the specified bucket.
    ///
    /// `PATCH b/{bucket}/acl/{entity}` (`storage.bucketAccessControls.patch`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn patch(
        &self,
        bucket: impl Into<String>,
        entity: impl Into<String>,
        request: crate::types::BucketAccessControl,
    ) -> Patch {
        Patch {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            entity: entity.into(),
            request,
            user_project: None,
        }
    }
    /// Updates an ACL entry on the specified bucket.
    ///
    /// `PUT b/{bucket}/acl/{entity}` (`storage.bucketAccessControls.update`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn update(
        &self,
        bucket: impl Into<String>,
        entity: impl Into<String>,
        request: crate::types::BucketAccessControl,
    ) -> Update {
        Update {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            entity: entity.into(),
            request,
            user_project: None,
        }
    }
}
static DELETE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.bucketAccessControls.delete",
    http_method: crate::rt::internal::HttpMethod::Delete,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/acl/"),
        crate::rt::internal::PathPart::Param {
            name: "entity",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
};
/// Request builder for `storage.bucketAccessControls.delete`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Delete` does nothing until it is sent"]
pub struct Delete {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) entity: String,
    pub(crate) user_project: Option<String>,
}
impl Delete {
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.bucketAccessControls.delete`).
    pub async fn send(self) -> Result<(), crate::Error> {
        let mut call = crate::rt::internal::Call::new(&DELETE, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.entity);
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
    id: "storage.bucketAccessControls.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/acl/"),
        crate::rt::internal::PathPart::Param {
            name: "entity",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
};
/// Request builder for `storage.bucketAccessControls.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) entity: String,
    pub(crate) user_project: Option<String>,
}
impl Get {
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.bucketAccessControls.get`).
    pub async fn send(self) -> Result<crate::types::BucketAccessControl, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.entity);
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
static INSERT: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.bucketAccessControls.insert",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/acl"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
};
/// Request builder for `storage.bucketAccessControls.insert`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Insert` does nothing until it is sent"]
pub struct Insert {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) request: crate::types::BucketAccessControl,
    pub(crate) user_project: Option<String>,
}
impl Insert {
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.bucketAccessControls.insert`).
    pub async fn send(self) -> Result<crate::types::BucketAccessControl, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&INSERT, self.opts);
        call.path_arg(&self.bucket);
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
    id: "storage.bucketAccessControls.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/acl"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
};
/// Request builder for `storage.bucketAccessControls.list`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`List` does nothing until it is sent"]
pub struct List {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) user_project: Option<String>,
}
impl List {
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.bucketAccessControls.list`).
    pub async fn send(self) -> Result<crate::types::BucketAccessControls, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&LIST, self.opts);
        call.path_arg(&self.bucket);
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
static PATCH: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.bucketAccessControls.patch",
    http_method: crate::rt::internal::HttpMethod::Patch,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/acl/"),
        crate::rt::internal::PathPart::Param {
            name: "entity",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
};
/// Request builder for `storage.bucketAccessControls.patch`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Patch` does nothing until it is sent"]
pub struct Patch {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) entity: String,
    pub(crate) request: crate::types::BucketAccessControl,
    pub(crate) user_project: Option<String>,
}
impl Patch {
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.bucketAccessControls.patch`).
    pub async fn send(self) -> Result<crate::types::BucketAccessControl, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&PATCH, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.entity);
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
static UPDATE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.bucketAccessControls.update",
    http_method: crate::rt::internal::HttpMethod::Put,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/acl/"),
        crate::rt::internal::PathPart::Param {
            name: "entity",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
};
/// Request builder for `storage.bucketAccessControls.update`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Update` does nothing until it is sent"]
pub struct Update {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) entity: String,
    pub(crate) request: crate::types::BucketAccessControl,
    pub(crate) user_project: Option<String>,
}
impl Update {
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.bucketAccessControls.update`).
    pub async fn send(self) -> Result<crate::types::BucketAccessControl, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&UPDATE, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.entity);
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
