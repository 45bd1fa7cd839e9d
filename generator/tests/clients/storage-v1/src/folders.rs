//! Methods of the `folders` resource.
/// Methods of the `folders` resource.
#[derive(Clone, Debug)]
pub struct Folders {
    pub(crate) core: crate::rt::internal::Core,
}
impl Folders {
    /// Permanently deletes a folder. Only applicable to buckets with hierarchical namespace enabled.
    ///
    /// `DELETE b/{bucket}/folders/{folder}` (`storage.folders.delete`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn delete(&self, bucket: impl Into<String>, folder: impl Into<String>) -> Delete {
        Delete {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            folder: folder.into(),
            if_metageneration_match: None,
            if_metageneration_not_match: None,
        }
    }
    /// Deletes a folder recursively. Only applicable to buckets with hierarchical namespace enabled.
    ///
    /// `POST b/{bucket}/folders/{folder}/deleteRecursive` (`storage.folders.deleteRecursive`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn delete_recursive(
        &self,
        bucket: impl Into<String>,
        folder: impl Into<String>,
    ) -> DeleteRecursive {
        DeleteRecursive {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            folder: folder.into(),
            if_metageneration_match: None,
            if_metageneration_not_match: None,
        }
    }
    /// Returns metadata for the specified folder. Only applicable to buckets with hierarchical namespace enabled.
    ///
    /// `GET b/{bucket}/folders/{folder}` (`storage.folders.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn get(&self, bucket: impl Into<String>, folder: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            folder: folder.into(),
            if_metageneration_match: None,
            if_metageneration_not_match: None,
        }
    }
    /// Creates a new folder. Only applicable to buckets with hierarchical namespace enabled.
    ///
    /// `POST b/{bucket}/folders` (`storage.folders.insert`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn insert(&self, bucket: impl Into<String>, request: crate::types::Folder) -> Insert {
        Insert {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            request,
            recursive: None,
        }
    }
    /// Retrieves a list of folders matching the criteria. Only applicable to buckets with hierarchical namespace enabled.
    ///
    /// `GET b/{bucket}/folders` (`storage.folders.list`)
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
            page_size: None,
            page_token: None,
            prefix: None,
            start_offset: None,
        }
    }
    /// Renames a source folder to a destination folder. Only applicable to buckets with hierarchical namespace enabled.
    ///
    /// `POST b/{bucket}/folders/{sourceFolder}/renameTo/folders/{destinationFolder}` (`storage.folders.rename`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn rename(
        &self,
        bucket: impl Into<String>,
        source_folder: impl Into<String>,
        destination_folder: impl Into<String>,
    ) -> Rename {
        Rename {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            bucket: bucket.into(),
            source_folder: source_folder.into(),
            destination_folder: destination_folder.into(),
            if_source_metageneration_match: None,
            if_source_metageneration_not_match: None,
        }
    }
}
static DELETE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.folders.delete",
    http_method: crate::rt::internal::HttpMethod::Delete,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/folders/"),
        crate::rt::internal::PathPart::Param {
            name: "folder",
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
/// Request builder for `storage.folders.delete`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Delete` does nothing until it is sent"]
pub struct Delete {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) folder: String,
    pub(crate) if_metageneration_match: Option<i64>,
    pub(crate) if_metageneration_not_match: Option<i64>,
}
impl Delete {
    /// If set, only deletes the folder if its metageneration matches this value.
    pub fn if_metageneration_match(mut self, if_metageneration_match: i64) -> Self {
        self.if_metageneration_match = Some(if_metageneration_match);
        self
    }
    /// If set, only deletes the folder if its metageneration does not match this value.
    pub fn if_metageneration_not_match(mut self, if_metageneration_not_match: i64) -> Self {
        self.if_metageneration_not_match = Some(if_metageneration_not_match);
        self
    }
    /// Sends the request (`storage.folders.delete`).
    pub async fn send(self) -> Result<(), crate::Error> {
        let mut call = crate::rt::internal::Call::new(&DELETE, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.folder);
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
static DELETE_RECURSIVE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.folders.deleteRecursive",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/folders/"),
        crate::rt::internal::PathPart::Param {
            name: "folder",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/deleteRecursive"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.folders.deleteRecursive`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`DeleteRecursive` does nothing until it is sent"]
pub struct DeleteRecursive {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) folder: String,
    pub(crate) if_metageneration_match: Option<i64>,
    pub(crate) if_metageneration_not_match: Option<i64>,
}
impl DeleteRecursive {
    /// If set, only deletes the folder if its metageneration matches this value.
    pub fn if_metageneration_match(mut self, if_metageneration_match: i64) -> Self {
        self.if_metageneration_match = Some(if_metageneration_match);
        self
    }
    /// If set, only deletes the folder if its metageneration does not match this value.
    pub fn if_metageneration_not_match(mut self, if_metageneration_not_match: i64) -> Self {
        self.if_metageneration_not_match = Some(if_metageneration_not_match);
        self
    }
    /// Sends the request (`storage.folders.deleteRecursive`).
    pub async fn send(self) -> Result<crate::types::GoogleLongrunningOperation, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&DELETE_RECURSIVE, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.folder);
        if let Some(value) = &self.if_metageneration_match {
            call.query("ifMetagenerationMatch", value);
        }
        if let Some(value) = &self.if_metageneration_not_match {
            call.query("ifMetagenerationNotMatch", value);
        }
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for DeleteRecursive {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static GET: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.folders.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/folders/"),
        crate::rt::internal::PathPart::Param {
            name: "folder",
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
/// Request builder for `storage.folders.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) folder: String,
    pub(crate) if_metageneration_match: Option<i64>,
    pub(crate) if_metageneration_not_match: Option<i64>,
}
impl Get {
    /// Makes the return of the folder metadata conditional on whether the folder's current metageneration matches the given value.
    pub fn if_metageneration_match(mut self, if_metageneration_match: i64) -> Self {
        self.if_metageneration_match = Some(if_metageneration_match);
        self
    }
    /// Makes the return of the folder metadata conditional on whether the folder's current metageneration does not match the given value.
    pub fn if_metageneration_not_match(mut self, if_metageneration_not_match: i64) -> Self {
        self.if_metageneration_not_match = Some(if_metageneration_not_match);
        self
    }
    /// Sends the request (`storage.folders.get`).
    pub async fn send(self) -> Result<crate::types::Folder, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.folder);
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
static INSERT: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.folders.insert",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/folders"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.folders.insert`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Insert` does nothing until it is sent"]
pub struct Insert {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) request: crate::types::Folder,
    pub(crate) recursive: Option<bool>,
}
impl Insert {
    /// If true, any parent folder which doesn't exist will be created automatically.
    pub fn recursive(mut self, recursive: bool) -> Self {
        self.recursive = Some(recursive);
        self
    }
    /// Sends the request (`storage.folders.insert`).
    pub async fn send(self) -> Result<crate::types::Folder, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&INSERT, self.opts);
        call.path_arg(&self.bucket);
        if let Some(value) = &self.recursive {
            call.query("recursive", value);
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
    id: "storage.folders.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/folders"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.folders.list`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`List` does nothing until it is sent"]
pub struct List {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) delimiter: Option<String>,
    pub(crate) end_offset: Option<String>,
    pub(crate) page_size: Option<i32>,
    pub(crate) page_token: Option<String>,
    pub(crate) prefix: Option<String>,
    pub(crate) start_offset: Option<String>,
}
impl List {
    /// Returns results in a directory-like mode. The only supported value is '/'. If set, items will only contain folders that either exactly match the prefix, or are one level below the prefix.
    pub fn delimiter(mut self, delimiter: impl Into<String>) -> Self {
        self.delimiter = Some(delimiter.into());
        self
    }
    /// Filter results to folders whose names are lexicographically before endOffset. If startOffset is also set, the folders listed will have names between startOffset (inclusive) and endOffset (exclusive).
    pub fn end_offset(mut self, end_offset: impl Into<String>) -> Self {
        self.end_offset = Some(end_offset.into());
        self
    }
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
    /// Filter results to folders whose paths begin with this prefix. If set, the value must either be an empty string or end with a '/'.
    pub fn prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = Some(prefix.into());
        self
    }
    /// Filter results to folders whose names are lexicographically equal to or after startOffset. If endOffset is also set, the folders listed will have names between startOffset (inclusive) and endOffset (exclusive).
    pub fn start_offset(mut self, start_offset: impl Into<String>) -> Self {
        self.start_offset = Some(start_offset.into());
        self
    }
    /// Sends the request (`storage.folders.list`).
    pub async fn send(self) -> Result<crate::types::Folders, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&LIST, self.opts);
        call.path_arg(&self.bucket);
        if let Some(value) = &self.delimiter {
            call.query("delimiter", value);
        }
        if let Some(value) = &self.end_offset {
            call.query("endOffset", value);
        }
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        if let Some(value) = &self.page_token {
            call.query("pageToken", value);
        }
        if let Some(value) = &self.prefix {
            call.query("prefix", value);
        }
        if let Some(value) = &self.start_offset {
            call.query("startOffset", value);
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
    type Page = crate::types::Folders;
    fn set_page_token(&mut self, token: String) {
        self.page_token = Some(token);
    }
    fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
        Box::pin(self.send())
    }
}
impl crate::rt::ItemsRequest for List {
    type Item = crate::types::Folder;
    fn page_items(page: Self::Page) -> Vec<crate::types::Folder> {
        page.items.unwrap_or_default()
    }
}
impl List {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::Folders, crate::Error>> + Send {
        crate::rt::pages(self)
    }
    /// Every element of `items` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::Folder, crate::Error>> + Send {
        crate::rt::items(self)
    }
}
static RENAME: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.folders.rename",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("b/"),
        crate::rt::internal::PathPart::Param {
            name: "bucket",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/folders/"),
        crate::rt::internal::PathPart::Param {
            name: "sourceFolder",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/renameTo/folders/"),
        crate::rt::internal::PathPart::Param {
            name: "destinationFolder",
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
/// Request builder for `storage.folders.rename`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Rename` does nothing until it is sent"]
pub struct Rename {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) bucket: String,
    pub(crate) source_folder: String,
    pub(crate) destination_folder: String,
    pub(crate) if_source_metageneration_match: Option<i64>,
    pub(crate) if_source_metageneration_not_match: Option<i64>,
}
impl Rename {
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
    /// Sends the request (`storage.folders.rename`).
    pub async fn send(self) -> Result<crate::types::GoogleLongrunningOperation, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&RENAME, self.opts);
        call.path_arg(&self.bucket);
        call.path_arg(&self.source_folder);
        call.path_arg(&self.destination_folder);
        if let Some(value) = &self.if_source_metageneration_match {
            call.query("ifSourceMetagenerationMatch", value);
        }
        if let Some(value) = &self.if_source_metageneration_not_match {
            call.query("ifSourceMetagenerationNotMatch", value);
        }
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Rename {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
