//! Methods of the `objectAccessControls` resource.
/// Methods of the `objectAccessControls` resource.
#[derive(Clone, Debug)]
pub struct ObjectAccessControls {
    pub(crate) core: crate::rt::internal::Core,
}
impl ObjectAccessControls {
    /// Permanently deletes the ACL entry for the specified entity on the specified object.
    ///
    /// `DELETE b/{bucket}/o/{object}/acl/{entity}` (`storage.objectAccessControls.delete`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn delete(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        entity: impl Into<String>,
    ) -> Delete {
        Delete {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            object: object.into(),
            entity: entity.into(),
            generation: None,
            user_project: None,
        }
    }
    /// Returns the ACL entry for the specified entity on the specified object.
    ///
    /// `GET b/{bucket}/o/{object}/acl/{entity}` (`storage.objectAccessControls.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn get(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        entity: impl Into<String>,
    ) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            object: object.into(),
            entity: entity.into(),
            generation: None,
            user_project: None,
        }
    }
    /// Creates a new ACL entry on the specified object.
    ///
    /// `POST b/{bucket}/o/{object}/acl` (`storage.objectAccessControls.insert`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn insert(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        request: crate::types::ObjectAccessControl,
    ) -> Insert {
        Insert {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            object: object.into(),
            request,
            generation: None,
            user_project: None,
        }
    }
    /// Retrieves ACL entries on the specified object.
    ///
    /// `GET b/{bucket}/o/{object}/acl` (`storage.objectAccessControls.list`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn list(&self, bucket: impl Into<String>, object: impl Into<String>) -> List {
        List {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            object: object.into(),
            generation: None,
            user_project: None,
        }
    }
    /// Patches an ACL entry on the specified object.
    ///
    /// `PATCH b/{bucket}/o/{object}/acl/{entity}` (`storage.objectAccessControls.patch`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn patch(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        entity: impl Into<String>,
        request: crate::types::ObjectAccessControl,
    ) -> Patch {
        Patch {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            object: object.into(),
            entity: entity.into(),
            request,
            generation: None,
            user_project: None,
        }
    }
    /// Updates an ACL entry on the specified object.
    ///
    /// `PUT b/{bucket}/o/{object}/acl/{entity}` (`storage.objectAccessControls.update`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn update(
        &self,
        bucket: impl Into<String>,
        object: impl Into<String>,
        entity: impl Into<String>,
        request: crate::types::ObjectAccessControl,
    ) -> Update {
        Update {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            object: object.into(),
            entity: entity.into(),
            request,
            generation: None,
            user_project: None,
        }
    }
}
static DELETE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.objectAccessControls.delete",
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
/// Request builder for `storage.objectAccessControls.delete`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Delete` does nothing until it is sent"]
pub struct Delete {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) object: String,
    pub(crate) entity: String,
    pub(crate) generation: Option<i64>,
    pub(crate) user_project: Option<String>,
}
impl Delete {
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
    /// Sends the request (`storage.objectAccessControls.delete`).
    pub async fn send(self) -> Result<(), crate::Error> {
        let mut call = crate::rt::internal::Call::new(&DELETE, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.object);
        call.path_arg(&self.entity);
        if let Some(value) = &self.generation {
            call.query("generation", value);
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
    id: "storage.objectAccessControls.get",
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
/// Request builder for `storage.objectAccessControls.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) object: String,
    pub(crate) entity: String,
    pub(crate) generation: Option<i64>,
    pub(crate) user_project: Option<String>,
}
impl Get {
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
    /// Sends the request (`storage.objectAccessControls.get`).
    pub async fn send(self) -> Result<crate::types::ObjectAccessControl, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.object);
        call.path_arg(&self.entity);
        if let Some(value) = &self.generation {
            call.query("generation", value);
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
static INSERT: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.objectAccessControls.insert",
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
        crate::rt::internal::PathPart::Literal("/acl"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
};
/// Request builder for `storage.objectAccessControls.insert`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Insert` does nothing until it is sent"]
pub struct Insert {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) object: String,
    pub(crate) request: crate::types::ObjectAccessControl,
    pub(crate) generation: Option<i64>,
    pub(crate) user_project: Option<String>,
}
impl Insert {
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
    /// Sends the request (`storage.objectAccessControls.insert`).
    pub async fn send(self) -> Result<crate::types::ObjectAccessControl, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&INSERT, self.opts);
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
impl crate::rt::CallBuilder for Insert {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static LIST: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.objectAccessControls.list",
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
        crate::rt::internal::PathPart::Literal("/acl"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
};
/// Request builder for `storage.objectAccessControls.list`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`List` does nothing until it is sent"]
pub struct List {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) object: String,
    pub(crate) generation: Option<i64>,
    pub(crate) user_project: Option<String>,
}
impl List {
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
    /// Sends the request (`storage.objectAccessControls.list`).
    pub async fn send(self) -> Result<crate::types::ObjectAccessControls, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&LIST, self.opts);
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
impl crate::rt::CallBuilder for List {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static PATCH: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.objectAccessControls.patch",
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
/// Request builder for `storage.objectAccessControls.patch`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Patch` does nothing until it is sent"]
pub struct Patch {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) object: String,
    pub(crate) entity: String,
    pub(crate) request: crate::types::ObjectAccessControl,
    pub(crate) generation: Option<i64>,
    pub(crate) user_project: Option<String>,
}
impl Patch {
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
    /// Sends the request (`storage.objectAccessControls.patch`).
    pub async fn send(self) -> Result<crate::types::ObjectAccessControl, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&PATCH, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.object);
        call.path_arg(&self.entity);
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
impl crate::rt::CallBuilder for Patch {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static UPDATE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.objectAccessControls.update",
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
/// Request builder for `storage.objectAccessControls.update`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Update` does nothing until it is sent"]
pub struct Update {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) object: String,
    pub(crate) entity: String,
    pub(crate) request: crate::types::ObjectAccessControl,
    pub(crate) generation: Option<i64>,
    pub(crate) user_project: Option<String>,
}
impl Update {
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
    /// Sends the request (`storage.objectAccessControls.update`).
    pub async fn send(self) -> Result<crate::types::ObjectAccessControl, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&UPDATE, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.object);
        call.path_arg(&self.entity);
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
impl crate::rt::CallBuilder for Update {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
