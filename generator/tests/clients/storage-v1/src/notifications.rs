//! Methods of the `notifications` resource.
/// Methods of the `notifications` resource.
#[derive(Clone, Debug)]
pub struct Notifications {
    pub(crate) core: crate::rt::internal::Core,
}
impl Notifications {
    /// Permanently deletes a notification subscription.
    ///
    /// `DELETE b/{bucket}/notificationConfigs/{notification}` (`storage.notifications.delete`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn delete(&self, bucket: impl Into<String>, notification: impl Into<String>) -> Delete {
        Delete {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            notification: notification.into(),
            user_project: None,
        }
    }
    /// View a notification configuration.
    ///
    /// `GET b/{bucket}/notificationConfigs/{notification}` (`storage.notifications.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn get(&self, bucket: impl Into<String>, notification: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            notification: notification.into(),
            user_project: None,
        }
    }
    /// Creates a notification subscription for a given bucket.
    ///
    /// `POST b/{bucket}/notificationConfigs` (`storage.notifications.insert`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn insert(&self, bucket: impl Into<String>, request: crate::types::Notification) -> Insert {
        Insert {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            request,
            user_project: None,
        }
    }
    /// Retrieves a list of notification subscriptions for a given bucket.
    ///
    /// `GET b/{bucket}/notificationConfigs` (`storage.notifications.list`)
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
            user_project: None,
        }
    }
}
static DELETE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.notifications.delete",
    http_method: crate::rt::internal::HttpMethod::Delete,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/notificationConfigs/"),
        crate::rt::internal::PathPart::Param {
            name: "notification",
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
/// Request builder for `storage.notifications.delete`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Delete` does nothing until it is sent"]
pub struct Delete {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) notification: String,
    pub(crate) user_project: Option<String>,
}
impl Delete {
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.notifications.delete`).
    pub async fn send(self) -> Result<(), crate::Error> {
        let mut call = crate::rt::internal::Call::new(&DELETE, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.notification);
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
    id: "storage.notifications.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/notificationConfigs/"),
        crate::rt::internal::PathPart::Param {
            name: "notification",
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
/// Request builder for `storage.notifications.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) notification: String,
    pub(crate) user_project: Option<String>,
}
impl Get {
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.notifications.get`).
    pub async fn send(self) -> Result<crate::types::Notification, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.notification);
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
    id: "storage.notifications.insert",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/notificationConfigs"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.notifications.insert`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Insert` does nothing until it is sent"]
pub struct Insert {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) request: crate::types::Notification,
    pub(crate) user_project: Option<String>,
}
impl Insert {
    /// The project to be billed for this request. Required for Requester Pays buckets.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.notifications.insert`).
    pub async fn send(self) -> Result<crate::types::Notification, crate::Error> {
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
    id: "storage.notifications.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/notificationConfigs"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.notifications.list`; made by the resource handle.
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
    /// Sends the request (`storage.notifications.list`).
    pub async fn send(self) -> Result<crate::types::Notifications, crate::Error> {
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
