//! Methods of the `comments` resource.
/// Methods of the `comments` resource.
#[derive(Clone, Debug)]
pub struct Comments {
    pub(crate) core: crate::rt::internal::Core,
}
impl Comments {
    /// Creates a comment on a file. For more information, see \[Manage comments and replies\](<https://developers.google.com/workspace/drive/api/guides/manage-comments>). Required: The `fields` parameter must be set. To return the exact fields you need, see \[Return specific fields\](<https://developers.google.com/workspace/drive/api/guides/fields-parameter>).
    ///
    /// `POST files/{fileId}/comments` (`drive.comments.create`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    pub fn create(&self, file_id: impl Into<String>, request: crate::types::Comment) -> Create {
        Create {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            request,
        }
    }
    /// Deletes a comment. For more information, see \[Manage comments and replies\](<https://developers.google.com/workspace/drive/api/guides/manage-comments>).
    ///
    /// `DELETE files/{fileId}/comments/{commentId}` (`drive.comments.delete`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    pub fn delete(&self, file_id: impl Into<String>, comment_id: impl Into<String>) -> Delete {
        Delete {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            comment_id: comment_id.into(),
        }
    }
    /// Gets a comment by ID. For more information, see \[Manage comments and replies\](<https://developers.google.com/workspace/drive/api/guides/manage-comments>). Required: The `fields` parameter must be set. To return the exact fields you need, see \[Return specific fields\](<https://developers.google.com/workspace/drive/api/guides/fields-parameter>).
    ///
    /// `GET files/{fileId}/comments/{commentId}` (`drive.comments.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.meet.readonly`
    /// - `https://www.googleapis.com/auth/drive.readonly`
    pub fn get(&self, file_id: impl Into<String>, comment_id: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            comment_id: comment_id.into(),
            include_deleted: None,
        }
    }
    /// Lists a file's comments. For more information, see \[Manage comments and replies\](<https://developers.google.com/workspace/drive/api/guides/manage-comments>). Required: The `fields` parameter must be set. To return the exact fields you need, see \[Return specific fields\](<https://developers.google.com/workspace/drive/api/guides/fields-parameter>).
    ///
    /// `GET files/{fileId}/comments` (`drive.comments.list`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.meet.readonly`
    /// - `https://www.googleapis.com/auth/drive.readonly`
    pub fn list(&self, file_id: impl Into<String>) -> List {
        List {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            include_deleted: None,
            page_size: None,
            page_token: None,
            start_modified_time: None,
        }
    }
    /// Updates a comment with patch semantics. For more information, see \[Manage comments and replies\](<https://developers.google.com/workspace/drive/api/guides/manage-comments>). Required: The `fields` parameter must be set. To return the exact fields you need, see \[Return specific fields\](<https://developers.google.com/workspace/drive/api/guides/fields-parameter>).
    ///
    /// `PATCH files/{fileId}/comments/{commentId}` (`drive.comments.update`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    pub fn update(
        &self,
        file_id: impl Into<String>,
        comment_id: impl Into<String>,
        request: crate::types::Comment,
    ) -> Update {
        Update {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            comment_id: comment_id.into(),
            request,
        }
    }
}
static CREATE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.comments.create",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/comments"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
    ],
};
/// Request builder for `drive.comments.create`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Create` does nothing until it is sent"]
pub struct Create {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) request: crate::types::Comment,
}
impl Create {
    /// Sends the request (`drive.comments.create`).
    pub async fn send(self) -> Result<crate::types::Comment, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&CREATE, self.opts);
        call.path_arg(&self.file_id);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Create {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static DELETE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.comments.delete",
    http_method: crate::rt::internal::HttpMethod::Delete,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/comments/"),
        crate::rt::internal::PathPart::Param {
            name: "commentId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
    ],
};
/// Request builder for `drive.comments.delete`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Delete` does nothing until it is sent"]
pub struct Delete {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) comment_id: String,
}
impl Delete {
    /// Sends the request (`drive.comments.delete`).
    pub async fn send(self) -> Result<(), crate::Error> {
        let mut call = crate::rt::internal::Call::new(&DELETE, self.opts);
        call.path_arg(&self.file_id);
        call.path_arg(&self.comment_id);
        self.core.execute_empty(call).await
    }
}
impl crate::rt::CallBuilder for Delete {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static GET: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.comments.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/comments/"),
        crate::rt::internal::PathPart::Param {
            name: "commentId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.meet.readonly",
        "https://www.googleapis.com/auth/drive.readonly",
    ],
};
/// Request builder for `drive.comments.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) comment_id: String,
    pub(crate) include_deleted: Option<bool>,
}
impl Get {
    /// Whether to return deleted comments. Deleted comments will not include their original content.
    ///
    /// Server default: `false`.
    pub fn include_deleted(mut self, include_deleted: bool) -> Self {
        self.include_deleted = Some(include_deleted);
        self
    }
    /// Sends the request (`drive.comments.get`).
    pub async fn send(self) -> Result<crate::types::Comment, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.file_id);
        call.path_arg(&self.comment_id);
        if let Some(value) = &self.include_deleted {
            call.query("includeDeleted", value);
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
    id: "drive.comments.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/comments"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.meet.readonly",
        "https://www.googleapis.com/auth/drive.readonly",
    ],
};
/// Request builder for `drive.comments.list`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`List` does nothing until it is sent"]
pub struct List {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) include_deleted: Option<bool>,
    pub(crate) page_size: Option<i32>,
    pub(crate) page_token: Option<String>,
    pub(crate) start_modified_time: Option<String>,
}
impl List {
    /// Whether to include deleted comments. Deleted comments will not include their original content.
    ///
    /// Server default: `false`.
    pub fn include_deleted(mut self, include_deleted: bool) -> Self {
        self.include_deleted = Some(include_deleted);
        self
    }
    /// The maximum number of comments to return. The service may return fewer than this value. If unspecified, at most 20 comments will be returned. The maximum value is 100; values above 100 will be coerced to 100.
    ///
    /// Server default: `20`.
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
        self
    }
    /// The token for continuing a previous list request on the next page. This should be set to the value of 'nextPageToken' from the previous response.
    pub fn page_token(mut self, page_token: impl Into<String>) -> Self {
        self.page_token = Some(page_token.into());
        self
    }
    /// The minimum value of 'modifiedTime' for the result comments (RFC 3339 date-time).
    pub fn start_modified_time(mut self, start_modified_time: impl Into<String>) -> Self {
        self.start_modified_time = Some(start_modified_time.into());
        self
    }
    /// Sends the request (`drive.comments.list`).
    pub async fn send(self) -> Result<crate::types::CommentList, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&LIST, self.opts);
        call.path_arg(&self.file_id);
        if let Some(value) = &self.include_deleted {
            call.query("includeDeleted", value);
        }
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        if let Some(value) = &self.page_token {
            call.query("pageToken", value);
        }
        if let Some(value) = &self.start_modified_time {
            call.query("startModifiedTime", value);
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
    type Page = crate::types::CommentList;
    fn set_page_token(&mut self, token: String) {
        self.page_token = Some(token);
    }
    fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
        Box::pin(self.send())
    }
}
impl crate::rt::ItemsRequest for List {
    type Item = crate::types::Comment;
    fn page_items(page: Self::Page) -> Vec<crate::types::Comment> {
        page.comments.unwrap_or_default()
    }
}
impl List {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::CommentList, crate::Error>> + Send
    {
        crate::rt::pages(self)
    }
    /// Every element of `comments` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::Comment, crate::Error>> + Send {
        crate::rt::items(self)
    }
}
static UPDATE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.comments.update",
    http_method: crate::rt::internal::HttpMethod::Patch,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/comments/"),
        crate::rt::internal::PathPart::Param {
            name: "commentId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
    ],
};
/// Request builder for `drive.comments.update`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Update` does nothing until it is sent"]
pub struct Update {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) comment_id: String,
    pub(crate) request: crate::types::Comment,
}
impl Update {
    /// Sends the request (`drive.comments.update`).
    pub async fn send(self) -> Result<crate::types::Comment, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&UPDATE, self.opts);
        call.path_arg(&self.file_id);
        call.path_arg(&self.comment_id);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Update {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
