//! Methods of the `accessproposals` resource.
/// Methods of the `accessproposals` resource.
#[derive(Clone, Debug)]
pub struct Accessproposals {
    pub(crate) core: crate::rt::internal::Core,
}
impl Accessproposals {
    /// Retrieves an access proposal by ID. For more information, see \[Manage pending access proposals\](<https://developers.google.com/workspace/drive/api/guides/pending-access>).
    ///
    /// `GET files/{fileId}/accessproposals/{proposalId}` (`drive.accessproposals.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.metadata`
    /// - `https://www.googleapis.com/auth/drive.metadata.readonly`
    /// - `https://www.googleapis.com/auth/drive.readonly`
    pub fn get(&self, file_id: impl Into<String>, proposal_id: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            proposal_id: proposal_id.into(),
        }
    }
    /// List the access proposals on a file. For more information, see \[Manage pending access proposals\](<https://developers.google.com/workspace/drive/api/guides/pending-access>). Note: Only approvers are able to list access proposals on a file. If the user isn't an approver, a 403 error is returned.
    ///
    /// `GET files/{fileId}/accessproposals` (`drive.accessproposals.list`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
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
    /// Approves or denies an access proposal. For more information, see \[Manage pending access proposals\](<https://developers.google.com/workspace/drive/api/guides/pending-access>).
    ///
    /// `POST files/{fileId}/accessproposals/{proposalId}:resolve` (`drive.accessproposals.resolve`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    pub fn resolve(
        &self,
        file_id: impl Into<String>,
        proposal_id: impl Into<String>,
        request: crate::types::ResolveAccessProposalRequest,
    ) -> Resolve {
        Resolve {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            proposal_id: proposal_id.into(),
            request,
        }
    }
}
static GET: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.accessproposals.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/accessproposals/"),
        crate::rt::internal::PathPart::Param {
            name: "proposalId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.metadata",
        "https://www.googleapis.com/auth/drive.metadata.readonly",
        "https://www.googleapis.com/auth/drive.readonly",
    ],
};
/// Request builder for `drive.accessproposals.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) proposal_id: String,
}
impl Get {
    /// Sends the request (`drive.accessproposals.get`).
    pub async fn send(self) -> Result<crate::types::AccessProposal, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.file_id);
        call.path_arg(&self.proposal_id);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Get {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static LIST: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.accessproposals.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/accessproposals"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.metadata",
        "https://www.googleapis.com/auth/drive.metadata.readonly",
        "https://www.googleapis.com/auth/drive.readonly",
    ],
};
/// Request builder for `drive.accessproposals.list`; made by the resource handle.
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
    /// Optional. The number of results per page.
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
        self
    }
    /// Optional. The continuation token on the list of access requests.
    pub fn page_token(mut self, page_token: impl Into<String>) -> Self {
        self.page_token = Some(page_token.into());
        self
    }
    /// Sends the request (`drive.accessproposals.list`).
    pub async fn send(self) -> Result<crate::types::ListAccessProposalsResponse, crate::Error> {
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
    type Page = crate::types::ListAccessProposalsResponse;
    fn set_page_token(&mut self, token: String) {
        self.page_token = Some(token);
    }
    fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
        Box::pin(self.send())
    }
}
impl crate::rt::ItemsRequest for List {
    type Item = crate::types::AccessProposal;
    fn page_items(page: Self::Page) -> Vec<crate::types::AccessProposal> {
        page.access_proposals.unwrap_or_default()
    }
}
impl List {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<crate::types::ListAccessProposalsResponse, crate::Error>,
    > + Send {
        crate::rt::pages(self)
    }
    /// Every element of `accessProposals` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::AccessProposal, crate::Error>> + Send
    {
        crate::rt::items(self)
    }
}
static RESOLVE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.accessproposals.resolve",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/accessproposals/"),
        crate::rt::internal::PathPart::Param {
            name: "proposalId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal(":resolve"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
    ],
};
/// Request builder for `drive.accessproposals.resolve`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Resolve` does nothing until it is sent"]
pub struct Resolve {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) proposal_id: String,
    pub(crate) request: crate::types::ResolveAccessProposalRequest,
}
impl Resolve {
    /// Sends the request (`drive.accessproposals.resolve`).
    pub async fn send(self) -> Result<(), crate::Error> {
        let mut call = crate::rt::internal::Call::new(&RESOLVE, self.opts);
        call.path_arg(&self.file_id);
        call.path_arg(&self.proposal_id);
        call.json_body(&self.request);
        self.core.execute_empty(call).await
    }
}
impl crate::rt::CallBuilder for Resolve {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
