//! Methods of the `rapidCaches` resource.
/// Methods of the `rapidCaches` resource.
#[derive(Clone, Debug)]
pub struct RapidCaches {
    pub(crate) core: crate::rt::internal::Core,
}
impl RapidCaches {
    /// Disables a Rapid Cache instance.
    ///
    /// `POST b/{bucket}/rapidCaches/{rapidCacheId}/disable` (`storage.rapidCaches.disable`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn disable(&self, bucket: impl Into<String>, rapid_cache_id: impl Into<String>) -> Disable {
        Disable {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            rapid_cache_id: rapid_cache_id.into(),
        }
    }
    /// Returns the metadata of a Rapid Cache instance.
    ///
    /// `GET b/{bucket}/rapidCaches/{rapidCacheId}` (`storage.rapidCaches.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn get(&self, bucket: impl Into<String>, rapid_cache_id: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            rapid_cache_id: rapid_cache_id.into(),
        }
    }
    /// Creates a Rapid Cache instance.
    ///
    /// `POST b/{bucket}/rapidCaches` (`storage.rapidCaches.insert`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn insert(&self, bucket: impl Into<String>, request: crate::types::RapidCache) -> Insert {
        Insert {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            request,
        }
    }
    /// Returns a list of Rapid Cache instances of the bucket.
    ///
    /// `GET b/{bucket}/rapidCaches` (`storage.rapidCaches.list`)
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
    /// Updates the configuration of a Rapid Cache instance.
    ///
    /// `PATCH b/{bucket}/rapidCaches/{rapidCacheId}` (`storage.rapidCaches.update`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn update(
        &self,
        bucket: impl Into<String>,
        rapid_cache_id: impl Into<String>,
        request: crate::types::RapidCache,
    ) -> Update {
        Update {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            rapid_cache_id: rapid_cache_id.into(),
            request,
        }
    }
}
static DISABLE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.rapidCaches.disable",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/rapidCaches/"),
        crate::rt::internal::PathPart::Param {
            name: "rapidCacheId",
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
/// Request builder for `storage.rapidCaches.disable`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Disable` does nothing until it is sent"]
pub struct Disable {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) rapid_cache_id: String,
}
impl Disable {
    /// Sends the request (`storage.rapidCaches.disable`).
    pub async fn send(self) -> Result<crate::types::GoogleLongrunningOperation, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&DISABLE, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.rapid_cache_id);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Disable {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static GET: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.rapidCaches.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/rapidCaches/"),
        crate::rt::internal::PathPart::Param {
            name: "rapidCacheId",
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
/// Request builder for `storage.rapidCaches.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) rapid_cache_id: String,
}
impl Get {
    /// Sends the request (`storage.rapidCaches.get`).
    pub async fn send(self) -> Result<crate::types::RapidCache, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.rapid_cache_id);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Get {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static INSERT: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.rapidCaches.insert",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/rapidCaches"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.rapidCaches.insert`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Insert` does nothing until it is sent"]
pub struct Insert {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) request: crate::types::RapidCache,
}
impl Insert {
    /// Sends the request (`storage.rapidCaches.insert`).
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
    id: "storage.rapidCaches.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/rapidCaches"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.rapidCaches.list`; made by the resource handle.
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
    /// Sends the request (`storage.rapidCaches.list`).
    pub async fn send(self) -> Result<crate::types::RapidCaches, crate::Error> {
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
    type Page = crate::types::RapidCaches;
    fn set_page_token(&mut self, token: String) {
        self.page_token = Some(token);
    }
    fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
        Box::pin(self.send())
    }
}
impl crate::rt::ItemsRequest for List {
    type Item = crate::types::RapidCache;
    fn page_items(page: Self::Page) -> Vec<crate::types::RapidCache> {
        page.items.unwrap_or_default()
    }
}
impl List {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::RapidCaches, crate::Error>> + Send
    {
        crate::rt::pages(self)
    }
    /// Every element of `items` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::RapidCache, crate::Error>> + Send
    {
        crate::rt::items(self)
    }
}
static UPDATE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.rapidCaches.update",
    http_method: crate::rt::internal::HttpMethod::Patch,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/rapidCaches/"),
        crate::rt::internal::PathPart::Param {
            name: "rapidCacheId",
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
/// Request builder for `storage.rapidCaches.update`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Update` does nothing until it is sent"]
pub struct Update {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) rapid_cache_id: String,
    pub(crate) request: crate::types::RapidCache,
}
impl Update {
    /// Sends the request (`storage.rapidCaches.update`).
    pub async fn send(self) -> Result<crate::types::GoogleLongrunningOperation, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&UPDATE, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.rapid_cache_id);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Update {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
