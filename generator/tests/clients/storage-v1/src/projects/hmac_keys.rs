//! Methods of the `hmacKeys` resource.
/// Methods of the `hmacKeys` resource.
#[derive(Clone, Debug)]
pub struct HmacKeys {
    pub(crate) core: crate::rt::internal::Core,
}
impl HmacKeys {
    /// Creates a new HMAC key for the specified service account.
    ///
    /// `POST projects/{projectId}/hmacKeys` (`storage.projects.hmacKeys.create`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn create(
        &self,
        project_id: impl Into<String>,
        service_account_email: impl Into<String>,
    ) -> Create {
        Create {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            project_id: project_id.into(),
            service_account_email: service_account_email.into(),
            user_project: None,
        }
    }
    /// Deletes an HMAC key.
    ///
    /// `DELETE projects/{projectId}/hmacKeys/{accessId}` (`storage.projects.hmacKeys.delete`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn delete(&self, project_id: impl Into<String>, access_id: impl Into<String>) -> Delete {
        Delete {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            project_id: project_id.into(),
            access_id: access_id.into(),
            user_project: None,
        }
    }
    /// Retrieves an HMAC key's metadata
    ///
    /// `GET projects/{projectId}/hmacKeys/{accessId}` (`storage.projects.hmacKeys.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    pub fn get(&self, project_id: impl Into<String>, access_id: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            project_id: project_id.into(),
            access_id: access_id.into(),
            user_project: None,
        }
    }
    /// Retrieves a list of HMAC keys matching the criteria.
    ///
    /// `GET projects/{projectId}/hmacKeys` (`storage.projects.hmacKeys.list`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    pub fn list(&self, project_id: impl Into<String>) -> List {
        List {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            project_id: project_id.into(),
            max_results: None,
            page_token: None,
            service_account_email: None,
            show_deleted_keys: None,
            user_project: None,
        }
    }
    /// Updates the state of an HMAC key. See the \[HMAC Key resource descriptor\](<https://cloud.google.com/storage/docs/json_api/v1/projects/hmacKeys/update#request-body>) for valid states.
    ///
    /// `PUT projects/{projectId}/hmacKeys/{accessId}` (`storage.projects.hmacKeys.update`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    pub fn update(
        &self,
        project_id: impl Into<String>,
        access_id: impl Into<String>,
        request: crate::types::HmacKeyMetadata,
    ) -> Update {
        Update {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            project_id: project_id.into(),
            access_id: access_id.into(),
            request,
            user_project: None,
        }
    }
}
static CREATE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.projects.hmacKeys.create",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("projects/"),
        crate::rt::internal::PathPart::Param {
            name: "projectId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/hmacKeys"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
};
/// Request builder for `storage.projects.hmacKeys.create`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Create` does nothing until it is sent"]
pub struct Create {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) project_id: String,
    pub(crate) service_account_email: String,
    pub(crate) user_project: Option<String>,
}
impl Create {
    /// The project to be billed for this request.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.projects.hmacKeys.create`).
    pub async fn send(self) -> Result<crate::types::HmacKey, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&CREATE, self.opts);
        call.path_arg(&self.project_id);
        call.query("serviceAccountEmail", &self.service_account_email);
        if let Some(value) = &self.user_project {
            call.query("userProject", value);
        }
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Create {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static DELETE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.projects.hmacKeys.delete",
    http_method: crate::rt::internal::HttpMethod::Delete,
    path: &[
        crate::rt::internal::PathPart::Literal("projects/"),
        crate::rt::internal::PathPart::Param {
            name: "projectId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/hmacKeys/"),
        crate::rt::internal::PathPart::Param {
            name: "accessId",
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
/// Request builder for `storage.projects.hmacKeys.delete`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Delete` does nothing until it is sent"]
pub struct Delete {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) project_id: String,
    pub(crate) access_id: String,
    pub(crate) user_project: Option<String>,
}
impl Delete {
    /// The project to be billed for this request.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.projects.hmacKeys.delete`).
    pub async fn send(self) -> Result<(), crate::Error> {
        let mut call = crate::rt::internal::Call::new(&DELETE, self.opts);
        call.path_arg(&self.project_id);
        call.path_arg(&self.access_id);
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
    id: "storage.projects.hmacKeys.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("projects/"),
        crate::rt::internal::PathPart::Param {
            name: "projectId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/hmacKeys/"),
        crate::rt::internal::PathPart::Param {
            name: "accessId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
    ],
};
/// Request builder for `storage.projects.hmacKeys.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) project_id: String,
    pub(crate) access_id: String,
    pub(crate) user_project: Option<String>,
}
impl Get {
    /// The project to be billed for this request.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.projects.hmacKeys.get`).
    pub async fn send(self) -> Result<crate::types::HmacKeyMetadata, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.project_id);
        call.path_arg(&self.access_id);
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
static LIST: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.projects.hmacKeys.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("projects/"),
        crate::rt::internal::PathPart::Param {
            name: "projectId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/hmacKeys"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
    ],
};
/// Request builder for `storage.projects.hmacKeys.list`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`List` does nothing until it is sent"]
pub struct List {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) project_id: String,
    pub(crate) max_results: Option<u32>,
    pub(crate) page_token: Option<String>,
    pub(crate) service_account_email: Option<String>,
    pub(crate) show_deleted_keys: Option<bool>,
    pub(crate) user_project: Option<String>,
}
impl List {
    /// Maximum number of items to return in a single page of responses. The service uses this parameter or 250 items, whichever is smaller. The max number of items per page will also be limited by the number of distinct service accounts in the response. If the number of service accounts in a single response is too high, the page will truncated and a next page token will be returned.
    ///
    /// Server default: `250`.
    pub fn max_results(mut self, max_results: u32) -> Self {
        self.max_results = Some(max_results);
        self
    }
    /// A previously-returned page token representing part of the larger set of results to view.
    pub fn page_token(mut self, page_token: impl Into<String>) -> Self {
        self.page_token = Some(page_token.into());
        self
    }
    /// If present, only keys for the given service account are returned.
    pub fn service_account_email(mut self, service_account_email: impl Into<String>) -> Self {
        self.service_account_email = Some(service_account_email.into());
        self
    }
    /// Whether or not to show keys in the DELETED state.
    pub fn show_deleted_keys(mut self, show_deleted_keys: bool) -> Self {
        self.show_deleted_keys = Some(show_deleted_keys);
        self
    }
    /// The project to be billed for this request.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.projects.hmacKeys.list`).
    pub async fn send(self) -> Result<crate::types::HmacKeysMetadata, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&LIST, self.opts);
        call.path_arg(&self.project_id);
        if let Some(value) = &self.max_results {
            call.query("maxResults", value);
        }
        if let Some(value) = &self.page_token {
            call.query("pageToken", value);
        }
        if let Some(value) = &self.service_account_email {
            call.query("serviceAccountEmail", value);
        }
        if let Some(value) = &self.show_deleted_keys {
            call.query("showDeletedKeys", value);
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
    type Page = crate::types::HmacKeysMetadata;
    fn set_page_token(&mut self, token: String) {
        self.page_token = Some(token);
    }
    fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
        Box::pin(self.send())
    }
}
impl crate::rt::ItemsRequest for List {
    type Item = crate::types::HmacKeyMetadata;
    fn page_items(page: Self::Page) -> Vec<crate::types::HmacKeyMetadata> {
        page.items.unwrap_or_default()
    }
}
impl List {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::HmacKeysMetadata, crate::Error>> + Send
    {
        crate::rt::pages(self)
    }
    /// Every element of `items` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::HmacKeyMetadata, crate::Error>> + Send
    {
        crate::rt::items(self)
    }
}
static UPDATE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.projects.hmacKeys.update",
    http_method: crate::rt::internal::HttpMethod::Put,
    path: &[
        crate::rt::internal::PathPart::Literal("projects/"),
        crate::rt::internal::PathPart::Param {
            name: "projectId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/hmacKeys/"),
        crate::rt::internal::PathPart::Param {
            name: "accessId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
    ],
};
/// Request builder for `storage.projects.hmacKeys.update`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Update` does nothing until it is sent"]
pub struct Update {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) project_id: String,
    pub(crate) access_id: String,
    pub(crate) request: crate::types::HmacKeyMetadata,
    pub(crate) user_project: Option<String>,
}
impl Update {
    /// The project to be billed for this request.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.projects.hmacKeys.update`).
    pub async fn send(self) -> Result<crate::types::HmacKeyMetadata, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&UPDATE, self.opts);
        call.path_arg(&self.project_id);
        call.path_arg(&self.access_id);
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
