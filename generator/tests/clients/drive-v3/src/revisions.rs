//! Methods of the `revisions` resource.
/// Methods of the `revisions` resource.
#[derive(Clone, Debug)]
pub struct Revisions {
    pub(crate) core: crate::rt::internal::Core,
}
impl Revisions {
    /// Permanently deletes a file version. You can only delete revisions for files with binary content in Google Drive, like images or videos. Revisions for other files, like Google Docs or Sheets, and the last remaining file version can't be deleted. For more information, see \[Manage file revisions\](<https://developers.google.com/drive/api/guides/manage-revisions>).
    ///
    /// `DELETE files/{fileId}/revisions/{revisionId}` (`drive.revisions.delete`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.appdata`
    /// - `https://www.googleapis.com/auth/drive.file`
    pub fn delete(&self, file_id: impl Into<String>, revision_id: impl Into<String>) -> Delete {
        Delete {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            revision_id: revision_id.into(),
        }
    }
    /// Gets a revision's metadata or content by ID. For more information, see \[Manage file revisions\](<https://developers.google.com/workspace/drive/api/guides/manage-revisions>).
    ///
    /// `GET files/{fileId}/revisions/{revisionId}` (`drive.revisions.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.appdata`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.meet.readonly`
    /// - `https://www.googleapis.com/auth/drive.metadata`
    /// - `https://www.googleapis.com/auth/drive.metadata.readonly`
    /// - `https://www.googleapis.com/auth/drive.photos.readonly`
    /// - `https://www.googleapis.com/auth/drive.readonly`
    pub fn get(&self, file_id: impl Into<String>, revision_id: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            revision_id: revision_id.into(),
            acknowledge_abuse: None,
        }
    }
    /// Lists a file's revisions. For more information, see \[Manage file revisions\](<https://developers.google.com/workspace/drive/api/guides/manage-revisions>). **Important:** The list of revisions returned by this method might be incomplete for files with a large revision history, including frequently edited Google Docs, Sheets, and Slides. Older revisions might be omitted from the response, meaning the first revision returned may not be the oldest existing revision. The revision history visible in the Workspace editor user interface might be more complete than the list returned by the API.
    ///
    /// `GET files/{fileId}/revisions` (`drive.revisions.list`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.appdata`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.meet.readonly`
    /// - `https://www.googleapis.com/auth/drive.metadata`
    /// - `https://www.googleapis.com/auth/drive.metadata.readonly`
    /// - `https://www.googleapis.com/auth/drive.photos.readonly`
    /// - `https://www.googleapis.com/auth/drive.readonly`
    pub fn list(&self, file_id: impl Into<String>) -> List {
        List {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            page_size: None,
            page_token: None,
        }
    }
    /// Updates a revision with patch semantics. For more information, see \[Manage file revisions\](<https://developers.google.com/workspace/drive/api/guides/manage-revisions>).
    ///
    /// `PATCH files/{fileId}/revisions/{revisionId}` (`drive.revisions.update`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.appdata`
    /// - `https://www.googleapis.com/auth/drive.file`
    pub fn update(
        &self,
        file_id: impl Into<String>,
        revision_id: impl Into<String>,
        request: crate::types::Revision,
    ) -> Update {
        Update {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            revision_id: revision_id.into(),
            request,
        }
    }
}
static DELETE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.revisions.delete",
    http_method: crate::rt::internal::HttpMethod::Delete,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/revisions/"),
        crate::rt::internal::PathPart::Param {
            name: "revisionId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.appdata",
        "https://www.googleapis.com/auth/drive.file",
    ],
};
/// Request builder for `drive.revisions.delete`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Delete` does nothing until it is sent"]
pub struct Delete {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) revision_id: String,
}
impl Delete {
    /// Sends the request (`drive.revisions.delete`).
    pub async fn send(self) -> Result<(), crate::Error> {
        let mut call = crate::rt::internal::Call::new(&DELETE, self.opts);
        call.path_arg(&self.file_id);
        call.path_arg(&self.revision_id);
        self.core.execute_empty(call).await
    }
}
impl crate::rt::CallBuilder for Delete {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static GET: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.revisions.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/revisions/"),
        crate::rt::internal::PathPart::Param {
            name: "revisionId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.appdata",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.meet.readonly",
        "https://www.googleapis.com/auth/drive.metadata",
        "https://www.googleapis.com/auth/drive.metadata.readonly",
        "https://www.googleapis.com/auth/drive.photos.readonly",
        "https://www.googleapis.com/auth/drive.readonly",
    ],
};
/// Request builder for `drive.revisions.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) revision_id: String,
    pub(crate) acknowledge_abuse: Option<bool>,
}
impl Get {
    /// Whether the user is acknowledging the risk of downloading known malware or other abusive files. This is only applicable when the `alt` parameter is set to `media` and the user is the owner of the file or an organizer of the shared drive in which the file resides.
    ///
    /// Server default: `false`.
    pub fn acknowledge_abuse(mut self, acknowledge_abuse: bool) -> Self {
        self.acknowledge_abuse = Some(acknowledge_abuse);
        self
    }
    /// Sends the request (`drive.revisions.get`).
    pub async fn send(self) -> Result<crate::types::Revision, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.file_id);
        call.path_arg(&self.revision_id);
        if let Some(value) = &self.acknowledge_abuse {
            call.query("acknowledgeAbuse", value);
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
        call.path_arg(&self.file_id);
        call.path_arg(&self.revision_id);
        if let Some(value) = &self.acknowledge_abuse {
            call.query("acknowledgeAbuse", value);
        }
        self.core.execute_download(call).await
    }
}
static LIST: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.revisions.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/revisions"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.appdata",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.meet.readonly",
        "https://www.googleapis.com/auth/drive.metadata",
        "https://www.googleapis.com/auth/drive.metadata.readonly",
        "https://www.googleapis.com/auth/drive.photos.readonly",
        "https://www.googleapis.com/auth/drive.readonly",
    ],
};
/// Request builder for `drive.revisions.list`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`List` does nothing until it is sent"]
pub struct List {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) page_size: Option<i32>,
    pub(crate) page_token: Option<String>,
}
impl List {
    /// The maximum number of revisions to return. The service may return fewer than this value. If unspecified, at most 200 revisions will be returned. The maximum value is 1000; values above 1000 will be coerced to 1000.
    ///
    /// Server default: `200`.
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
        self
    }
    /// The token for continuing a previous list request on the next page. This should be set to the value of 'nextPageToken' from the previous response.
    pub fn page_token(mut self, page_token: impl Into<String>) -> Self {
        self.page_token = Some(page_token.into());
        self
    }
    /// Sends the request (`drive.revisions.list`).
    pub async fn send(self) -> Result<crate::types::RevisionList, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&LIST, self.opts);
        call.path_arg(&self.file_id);
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
    type Page = crate::types::RevisionList;
    fn set_page_token(&mut self, token: String) {
        self.page_token = Some(token);
    }
    fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
        Box::pin(self.send())
    }
}
impl crate::rt::ItemsRequest for List {
    type Item = crate::types::Revision;
    fn page_items(page: Self::Page) -> Vec<crate::types::Revision> {
        page.revisions.unwrap_or_default()
    }
}
impl List {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::RevisionList, crate::Error>> + Send
    {
        crate::rt::pages(self)
    }
    /// Every element of `revisions` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::Revision, crate::Error>> + Send {
        crate::rt::items(self)
    }
}
static UPDATE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.revisions.update",
    http_method: crate::rt::internal::HttpMethod::Patch,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/revisions/"),
        crate::rt::internal::PathPart::Param {
            name: "revisionId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.appdata",
        "https://www.googleapis.com/auth/drive.file",
    ],
};
/// Request builder for `drive.revisions.update`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Update` does nothing until it is sent"]
pub struct Update {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) revision_id: String,
    pub(crate) request: crate::types::Revision,
}
impl Update {
    /// Sends the request (`drive.revisions.update`).
    pub async fn send(self) -> Result<crate::types::Revision, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&UPDATE, self.opts);
        call.path_arg(&self.file_id);
        call.path_arg(&self.revision_id);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Update {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
