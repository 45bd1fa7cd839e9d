//! Methods of the `operations` resource.
/// Methods of the `operations` resource.
#[derive(Clone, Debug)]
pub struct Operations {
    pub(crate) core: crate::rt::internal::Core,
}
impl Operations {
    /// Starts asynchronous advancement of the relocate bucket operation in the case of required write downtime, to allow it to lock the bucket at the source location, and proceed with the bucket location swap. The server makes a best effort to advance the relocate bucket operation, but success is not guaranteed.
    ///
    /// `POST b/{bucket}/operations/{operationId}/advanceRelocateBucket` (`storage.buckets.operations.advanceRelocateBucket`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn advance_relocate_bucket(
        &self,
        bucket: impl Into<String>,
        operation_id: impl Into<String>,
        request: crate::types::AdvanceRelocateBucketOperationRequest,
    ) -> AdvanceRelocateBucket {
        AdvanceRelocateBucket {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            operation_id: operation_id.into(),
            request,
        }
    }
    /// Starts asynchronous cancellation on a long-running operation. The server makes a best effort to cancel the operation, but success is not guaranteed.
    ///
    /// `POST b/{bucket}/operations/{operationId}/cancel` (`storage.buckets.operations.cancel`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn cancel(&self, bucket: impl Into<String>, operation_id: impl Into<String>) -> Cancel {
        Cancel {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            operation_id: operation_id.into(),
        }
    }
    /// Gets the latest state of a long-running operation.
    ///
    /// `GET b/{bucket}/operations/{operationId}` (`storage.buckets.operations.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn get(&self, bucket: impl Into<String>, operation_id: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            operation_id: operation_id.into(),
        }
    }
    /// Lists operations that match the specified filter in the request.
    ///
    /// `GET b/{bucket}/operations` (`storage.buckets.operations.list`)
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
            filter: None,
            page_size: None,
            page_token: None,
        }
    }
}
static ADVANCE_RELOCATE_BUCKET: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.buckets.operations.advanceRelocateBucket",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/operations/"),
        crate::rt::internal::PathPart::Param {
            name: "operationId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/advanceRelocateBucket"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.buckets.operations.advanceRelocateBucket`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`AdvanceRelocateBucket` does nothing until it is sent"]
pub struct AdvanceRelocateBucket {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) operation_id: String,
    pub(crate) request: crate::types::AdvanceRelocateBucketOperationRequest,
}
impl AdvanceRelocateBucket {
    /// Sends the request (`storage.buckets.operations.advanceRelocateBucket`).
    pub async fn send(self) -> Result<(), crate::Error> {
        let mut call = crate::rt::internal::Call::new(&ADVANCE_RELOCATE_BUCKET, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.operation_id);
        call.json_body(&self.request);
        self.core.execute_empty(call).await
    }
}
impl crate::rt::CallBuilder for AdvanceRelocateBucket {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static CANCEL: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.buckets.operations.cancel",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/operations/"),
        crate::rt::internal::PathPart::Param {
            name: "operationId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/cancel"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.buckets.operations.cancel`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Cancel` does nothing until it is sent"]
pub struct Cancel {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) operation_id: String,
}
impl Cancel {
    /// Sends the request (`storage.buckets.operations.cancel`).
    pub async fn send(self) -> Result<(), crate::Error> {
        let mut call = crate::rt::internal::Call::new(&CANCEL, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.operation_id);
        self.core.execute_empty(call).await
    }
}
impl crate::rt::CallBuilder for Cancel {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static GET: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.buckets.operations.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/operations/"),
        crate::rt::internal::PathPart::Param {
            name: "operationId",
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
/// Request builder for `storage.buckets.operations.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) operation_id: String,
}
impl Get {
    /// Sends the request (`storage.buckets.operations.get`).
    pub async fn send(self) -> Result<crate::types::GoogleLongrunningOperation, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.operation_id);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Get {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static LIST: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.buckets.operations.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/operations"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.buckets.operations.list`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`List` does nothing until it is sent"]
pub struct List {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) filter: Option<String>,
    pub(crate) page_size: Option<i32>,
    pub(crate) page_token: Option<String>,
}
impl List {
    /// A filter to narrow down results to a preferred subset. The filtering language is documented in more detail in \[AIP-160\](<https://google.aip.dev/160>).
    pub fn filter(mut self, filter: impl Into<String>) -> Self {
        self.filter = Some(filter.into());
        self
    }
    /// Maximum number of items to return in a single page of responses. Fewer total results may be returned than requested. The service uses this parameter or 100 items, whichever is smaller.
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
        self
    }
    /// A previously-returned page token representing part of the larger set of results to view.
    pub fn page_token(mut self, page_token: impl Into<String>) -> Self {
        self.page_token = Some(page_token.into());
        self
    }
    /// Sends the request (`storage.buckets.operations.list`).
    pub async fn send(
        self,
    ) -> Result<crate::types::GoogleLongrunningListOperationsResponse, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&LIST, self.opts);
        call.path_arg(&self.bucket);
        if let Some(value) = &self.filter {
            call.query("filter", value);
        }
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
    type Page = crate::types::GoogleLongrunningListOperationsResponse;
    fn set_page_token(&mut self, token: String) {
        self.page_token = Some(token);
    }
    fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
        Box::pin(self.send())
    }
}
impl crate::rt::ItemsRequest for List {
    type Item = crate::types::GoogleLongrunningOperation;
    fn page_items(page: Self::Page) -> Vec<crate::types::GoogleLongrunningOperation> {
        page.operations.unwrap_or_default()
    }
}
impl List {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<crate::types::GoogleLongrunningListOperationsResponse, crate::Error>,
    > + Send {
        crate::rt::pages(self)
    }
    /// Every element of `operations` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<crate::types::GoogleLongrunningOperation, crate::Error>,
    > + Send {
        crate::rt::items(self)
    }
}
