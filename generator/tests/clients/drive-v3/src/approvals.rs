//! Methods of the `approvals` resource.
/// Methods of the `approvals` resource.
#[derive(Clone, Debug)]
pub struct Approvals {
    pub(crate) core: crate::rt::internal::Core,
}
impl Approvals {
    /// Approves an approval. For more information, see \[Manage approvals\](<https://developers.google.com/workspace/drive/api/guides/approvals>). This is used to update the ReviewerResponse of the requesting user with a Response of `APPROVED`. If this is the last required reviewer response, this also completes the approval and sets the approval Status to `APPROVED`.
    ///
    /// `POST files/{fileId}/approvals/{approvalId}:approve` (`drive.approvals.approve`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.metadata`
    pub fn approve(
        &self,
        file_id: impl Into<String>,
        approval_id: impl Into<String>,
        request: crate::types::ApproveApprovalRequest,
    ) -> Approve {
        Approve {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            approval_id: approval_id.into(),
            request,
        }
    }
    /// Cancels an approval. For more information, see \[Manage approvals\](<https://developers.google.com/workspace/drive/api/guides/approvals>). Updates the approval Status to `CANCELLED`. This can be called by any user with the `writer` permission on the file while the approval Status is `IN_PROGRESS`.
    ///
    /// `POST files/{fileId}/approvals/{approvalId}:cancel` (`drive.approvals.cancel`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.metadata`
    pub fn cancel(
        &self,
        file_id: impl Into<String>,
        approval_id: impl Into<String>,
        request: crate::types::CancelApprovalRequest,
    ) -> Cancel {
        Cancel {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            approval_id: approval_id.into(),
            request,
        }
    }
    /// Comments on an approval. For more information, see \[Manage approvals\](<https://developers.google.com/workspace/drive/api/guides/approvals>). This sends a notification to both the initiator and the reviewers. Additionally, a message is also added to the approval activity log.
    ///
    /// `POST files/{fileId}/approvals/{approvalId}:comment` (`drive.approvals.comment`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.metadata`
    pub fn comment(
        &self,
        file_id: impl Into<String>,
        approval_id: impl Into<String>,
        request: crate::types::CommentApprovalRequest,
    ) -> Comment {
        Comment {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            approval_id: approval_id.into(),
            request,
        }
    }
    /// Declines an approval. For more information, see \[Manage approvals\](<https://developers.google.com/workspace/drive/api/guides/approvals>). This is used to update the ReviewerResponse of the requesting user with a Response of `DECLINED`. This also completes the approval and sets the approval Status to `DECLINED`.
    ///
    /// `POST files/{fileId}/approvals/{approvalId}:decline` (`drive.approvals.decline`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.metadata`
    pub fn decline(
        &self,
        file_id: impl Into<String>,
        approval_id: impl Into<String>,
        request: crate::types::DeclineApprovalRequest,
    ) -> Decline {
        Decline {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            approval_id: approval_id.into(),
            request,
        }
    }
    /// Gets an approval by ID. For more information, see \[Manage approvals\](<https://developers.google.com/workspace/drive/api/guides/approvals>).
    ///
    /// `GET files/{fileId}/approvals/{approvalId}` (`drive.approvals.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.appdata`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.metadata`
    /// - `https://www.googleapis.com/auth/drive.metadata.readonly`
    /// - `https://www.googleapis.com/auth/drive.readonly`
    pub fn get(&self, file_id: impl Into<String>, approval_id: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            approval_id: approval_id.into(),
        }
    }
    /// Lists the approvals on a file. For more information, see \[Manage approvals\](<https://developers.google.com/workspace/drive/api/guides/approvals>). By default, this method returns a minimal response that may not include the items array. To retrieve approval details, you must explicitly specify the fields you want using the `fields` query parameter. To return the exact fields you need, see \[Return specific fields\](<https://developers.google.com/workspace/drive/api/guides/fields-parameter>).
    ///
    /// `GET files/{fileId}/approvals` (`drive.approvals.list`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.appdata`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.metadata`
    /// - `https://www.googleapis.com/auth/drive.metadata.readonly`
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
    /// Reassigns the reviewers on an approval. For more information, see \[Manage approvals\](<https://developers.google.com/workspace/drive/api/guides/approvals>). Adds or replaces reviewers in the ReviewerResponse of the approval. This can be called by any user with the `writer` permission on the file while the approval Status is `IN_PROGRESS` and the Response for the reviewer being reassigned is `NO_RESPONSE`. A user with the `reader` permission can only reassign an approval that's assigned to themselves. Removing a reviewer isn't allowed.
    ///
    /// `POST files/{fileId}/approvals/{approvalId}:reassign` (`drive.approvals.reassign`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.metadata`
    pub fn reassign(
        &self,
        file_id: impl Into<String>,
        approval_id: impl Into<String>,
        request: crate::types::ReassignApprovalRequest,
    ) -> Reassign {
        Reassign {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            approval_id: approval_id.into(),
            request,
        }
    }
    /// Starts an approval on a file. For more information, see \[Manage approvals\](<https://developers.google.com/workspace/drive/api/guides/approvals>).
    ///
    /// `POST files/{fileId}/approvals:start` (`drive.approvals.start`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.metadata`
    pub fn start(
        &self,
        file_id: impl Into<String>,
        request: crate::types::StartApprovalRequest,
    ) -> Start {
        Start {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            request,
        }
    }
}
static APPROVE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.approvals.approve",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/approvals/"),
        crate::rt::internal::PathPart::Param {
            name: "approvalId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal(":approve"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.metadata",
    ],
};
/// Request builder for `drive.approvals.approve`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Approve` does nothing until it is sent"]
pub struct Approve {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) approval_id: String,
    pub(crate) request: crate::types::ApproveApprovalRequest,
}
impl Approve {
    /// Sends the request (`drive.approvals.approve`).
    pub async fn send(self) -> Result<crate::types::Approval, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&APPROVE, self.opts);
        call.path_arg(&self.file_id);
        call.path_arg(&self.approval_id);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Approve {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static CANCEL: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.approvals.cancel",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/approvals/"),
        crate::rt::internal::PathPart::Param {
            name: "approvalId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal(":cancel"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.metadata",
    ],
};
/// Request builder for `drive.approvals.cancel`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Cancel` does nothing until it is sent"]
pub struct Cancel {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) approval_id: String,
    pub(crate) request: crate::types::CancelApprovalRequest,
}
impl Cancel {
    /// Sends the request (`drive.approvals.cancel`).
    pub async fn send(self) -> Result<crate::types::Approval, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&CANCEL, self.opts);
        call.path_arg(&self.file_id);
        call.path_arg(&self.approval_id);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Cancel {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static COMMENT: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.approvals.comment",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/approvals/"),
        crate::rt::internal::PathPart::Param {
            name: "approvalId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal(":comment"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.metadata",
    ],
};
/// Request builder for `drive.approvals.comment`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Comment` does nothing until it is sent"]
pub struct Comment {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) approval_id: String,
    pub(crate) request: crate::types::CommentApprovalRequest,
}
impl Comment {
    /// Sends the request (`drive.approvals.comment`).
    pub async fn send(self) -> Result<crate::types::Approval, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&COMMENT, self.opts);
        call.path_arg(&self.file_id);
        call.path_arg(&self.approval_id);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Comment {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static DECLINE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.approvals.decline",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/approvals/"),
        crate::rt::internal::PathPart::Param {
            name: "approvalId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal(":decline"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.metadata",
    ],
};
/// Request builder for `drive.approvals.decline`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Decline` does nothing until it is sent"]
pub struct Decline {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) approval_id: String,
    pub(crate) request: crate::types::DeclineApprovalRequest,
}
impl Decline {
    /// Sends the request (`drive.approvals.decline`).
    pub async fn send(self) -> Result<crate::types::Approval, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&DECLINE, self.opts);
        call.path_arg(&self.file_id);
        call.path_arg(&self.approval_id);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Decline {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static GET: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.approvals.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/approvals/"),
        crate::rt::internal::PathPart::Param {
            name: "approvalId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.appdata",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.metadata",
        "https://www.googleapis.com/auth/drive.metadata.readonly",
        "https://www.googleapis.com/auth/drive.readonly",
    ],
};
/// Request builder for `drive.approvals.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) approval_id: String,
}
impl Get {
    /// Sends the request (`drive.approvals.get`).
    pub async fn send(self) -> Result<crate::types::Approval, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.file_id);
        call.path_arg(&self.approval_id);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Get {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static LIST: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.approvals.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/approvals"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.appdata",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.metadata",
        "https://www.googleapis.com/auth/drive.metadata.readonly",
        "https://www.googleapis.com/auth/drive.readonly",
    ],
};
/// Request builder for `drive.approvals.list`; made by the resource handle.
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
    /// The maximum number of approvals to return. When not set, at most 100 approvals are returned.
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
        self
    }
    /// The token for continuing a previous list request on the next page. This should be set to the value of `nextPageToken` from a previous response.
    pub fn page_token(mut self, page_token: impl Into<String>) -> Self {
        self.page_token = Some(page_token.into());
        self
    }
    /// Sends the request (`drive.approvals.list`).
    pub async fn send(self) -> Result<crate::types::ApprovalList, crate::Error> {
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
    type Page = crate::types::ApprovalList;
    fn set_page_token(&mut self, token: String) {
        self.page_token = Some(token);
    }
    fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
        Box::pin(self.send())
    }
}
impl crate::rt::ItemsRequest for List {
    type Item = crate::types::Approval;
    fn page_items(page: Self::Page) -> Vec<crate::types::Approval> {
        page.items.unwrap_or_default()
    }
}
impl List {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::ApprovalList, crate::Error>> + Send
    {
        crate::rt::pages(self)
    }
    /// Every element of `items` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::Approval, crate::Error>> + Send {
        crate::rt::items(self)
    }
}
static REASSIGN: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.approvals.reassign",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/approvals/"),
        crate::rt::internal::PathPart::Param {
            name: "approvalId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal(":reassign"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.metadata",
    ],
};
/// Request builder for `drive.approvals.reassign`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Reassign` does nothing until it is sent"]
pub struct Reassign {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) approval_id: String,
    pub(crate) request: crate::types::ReassignApprovalRequest,
}
impl Reassign {
    /// Sends the request (`drive.approvals.reassign`).
    pub async fn send(self) -> Result<crate::types::Approval, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&REASSIGN, self.opts);
        call.path_arg(&self.file_id);
        call.path_arg(&self.approval_id);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Reassign {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static START: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.approvals.start",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/approvals:start"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.metadata",
    ],
};
/// Request builder for `drive.approvals.start`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Start` does nothing until it is sent"]
pub struct Start {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) request: crate::types::StartApprovalRequest,
}
impl Start {
    /// Sends the request (`drive.approvals.start`).
    pub async fn send(self) -> Result<crate::types::Approval, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&START, self.opts);
        call.path_arg(&self.file_id);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Start {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
