//! Methods of the `anywhereCaches` resource.
/// Methods of the `anywhereCaches` resource.
#[derive(Clone, Debug)]
pub struct AnywhereCaches {
    pub(crate) core: crate::rt::internal::Core,
}
impl AnywhereCaches {
    /// Disables an Anywhere Cache instance.
    ///
    /// `POST b/{bucket}/anywhereCaches/{anywhereCacheId}/disable` (`storage.anywhereCaches.disable`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn disable(
        &self,
        bucket: impl Into<String>,
        anywhere_cache_id: impl Into<String>,
    ) -> Disable {
        Disable {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            anywhere_cache_id: anywhere_cache_id.into(),
        }
    }
    /// Returns the metadata of an Anywhere Cache instance.
    ///
    /// `GET b/{bucket}/anywhereCaches/{anywhereCacheId}` (`storage.anywhereCaches.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn get(&self, bucket: impl Into<String>, anywhere_cache_id: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            anywhere_cache_id: anywhere_cache_id.into(),
        }
    }
    /// Creates an Anywhere Cache instance.
    ///
    /// `POST b/{bucket}/anywhereCaches` (`storage.anywhereCaches.insert`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn insert(
        &self,
        bucket: impl Into<String>,
        request: crate::types::AnywhereCache,
    ) -> Insert {
        Insert {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            request,
        }
    }
    /// Returns a list of Anywhere Cache instances of the bucket matching the criteria.
    ///
    /// `GET b/{bucket}/anywhereCaches` (`storage.anywhereCaches.list`)
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
        }
    }
    /// Pauses an Anywhere Cache instance.
    ///
    /// `POST b/{bucket}/anywhereCaches/{anywhereCacheId}/pause` (`storage.anywhereCaches.pause`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn pause(&self, bucket: impl Into<String>, anywhere_cache_id: impl Into<String>) -> Pause {
        Pause {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            anywhere_cache_id: anywhere_cache_id.into(),
        }
    }
    /// Resumes a paused or disabled Anywhere Cache instance.
    ///
    /// `POST b/{bucket}/anywhereCaches/{anywhereCacheId}/resume` (`storage.anywhereCaches.resume`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn resume(
        &self,
        bucket: impl Into<String>,
        anywhere_cache_id: impl Into<String>,
    ) -> Resume {
        Resume {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            anywhere_cache_id: anywhere_cache_id.into(),
        }
    }
    /// Updates the config of an Anywhere Cache instance.
    ///
    /// `PATCH b/{bucket}/anywhereCaches/{anywhereCacheId}` (`storage.anywhereCaches.update`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn update(
        &self,
        bucket: impl Into<String>,
        anywhere_cache_id: impl Into<String>,
        request: crate::types::AnywhereCache,
    ) -> Update {
        Update {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            anywhere_cache_id: anywhere_cache_id.into(),
            request,
        }
    }
}
static DISABLE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.anywhereCaches.disable",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/anywhereCaches/"),
        crate::rt::internal::PathPart::Param {
            name: "anywhereCacheId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/disable"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.anywhereCaches.disable`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Disable` does nothing until it is sent"]
pub struct Disable {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) anywhere_cache_id: String,
}
impl Disable {
    /// Sends the request (`storage.anywhereCaches.disable`).
    pub async fn send(self) -> Result<crate::types::AnywhereCache, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&DISABLE, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.anywhere_cache_id);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Disable {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static GET: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.anywhereCaches.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/anywhereCaches/"),
        crate::rt::internal::PathPart::Param {
            name: "anywhereCacheId",
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
/// Request builder for `storage.anywhereCaches.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) anywhere_cache_id: String,
}
impl Get {
    /// Sends the request (`storage.anywhereCaches.get`).
    pub async fn send(self) -> Result<crate::types::AnywhereCache, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.anywhere_cache_id);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Get {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static INSERT: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.anywhereCaches.insert",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/anywhereCaches"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.anywhereCaches.insert`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Insert` does nothing until it is sent"]
pub struct Insert {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) request: crate::types::AnywhereCache,
}
impl Insert {
    /// Sends the request (`storage.anywhereCaches.insert`).
    pub async fn send(self) -> Result<crate::types::GoogleLongrunningOperation, crate::Error> {
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
    id: "storage.anywhereCaches.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/anywhereCaches"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.anywhereCaches.list`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`List` does nothing until it is sent"]
pub struct List {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) page_size: Option<i32>,
    pub(crate) page_token: Option<String>,
}
impl List {
    /// Maximum number of items to return in a single page of responses. Maximum 1000.
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
        self
    }
    /// A previously-returned page token representing part of the larger set of results to view.
    pub fn page_token(mut self, page_token: impl Into<String>) -> Self {
        self.page_token = Some(page_token.into());
        self
    }
    /// Sends the request (`storage.anywhereCaches.list`).
    pub async fn send(self) -> Result<crate::types::AnywhereCaches, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&LIST, self.opts);
        call.path_arg(&self.bucket);
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        if let Some(value) = &self.page_token {
            call.query("pageToken", value);
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
    type Page = crate::types::AnywhereCaches;
    fn set_page_token(&mut self, token: String) {
        self.page_token = Some(token);
    }
    fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
        Box::pin(self.send())
    }
}
impl crate::rt::ItemsRequest for List {
    type Item = crate::types::AnywhereCache;
    fn page_items(page: Self::Page) -> Vec<crate::types::AnywhereCache> {
        page.items.unwrap_or_default()
    }
}
impl List {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::AnywhereCaches, crate::Error>> + Send
    {
        crate::rt::pages(self)
    }
    /// Every element of `items` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::AnywhereCache, crate::Error>> + Send
    {
        crate::rt::items(self)
    }
}
static PAUSE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.anywhereCaches.pause",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/anywhereCaches/"),
        crate::rt::internal::PathPart::Param {
            name: "anywhereCacheId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/pause"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.anywhereCaches.pause`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Pause` does nothing until it is sent"]
pub struct Pause {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) anywhere_cache_id: String,
}
impl Pause {
    /// Sends the request (`storage.anywhereCaches.pause`).
    pub async fn send(self) -> Result<crate::types::AnywhereCache, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&PAUSE, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.anywhere_cache_id);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Pause {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static RESUME: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.anywhereCaches.resume",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/anywhereCaches/"),
        crate::rt::internal::PathPart::Param {
            name: "anywhereCacheId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/resume"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.anywhereCaches.resume`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Resume` does nothing until it is sent"]
pub struct Resume {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) anywhere_cache_id: String,
}
impl Resume {
    /// Sends the request (`storage.anywhereCaches.resume`).
    pub async fn send(self) -> Result<crate::types::AnywhereCache, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&RESUME, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.anywhere_cache_id);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Resume {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static UPDATE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.anywhereCaches.update",
    http_method: crate::rt::internal::HttpMethod::Patch,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/anywhereCaches/"),
        crate::rt::internal::PathPart::Param {
            name: "anywhereCacheId",
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
/// Request builder for `storage.anywhereCaches.update`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Update` does nothing until it is sent"]
pub struct Update {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) anywhere_cache_id: String,
    pub(crate) request: crate::types::AnywhereCache,
}
impl Update {
    /// Sends the request (`storage.anywhereCaches.update`).
    pub async fn send(self) -> Result<crate::types::GoogleLongrunningOperation, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&UPDATE, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.anywhere_cache_id);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Update {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
