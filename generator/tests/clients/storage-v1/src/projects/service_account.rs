//! Methods of the `serviceAccount` resource.
/// Methods of the `serviceAccount` resource.
#[derive(Clone, Debug)]
pub struct ServiceAccount {
    pub(crate) core: crate::rt::internal::Core,
}
impl ServiceAccount {
    /// Get the email address of this project's Google Cloud Storage service account.
    ///
    /// `GET projects/{projectId}/serviceAccount` (`storage.projects.serviceAccount.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/cloud-platform`
    /// - `https://www.googleapis.com/auth/cloud-platform.read-only`
    /// - `https://www.googleapis.com/auth/devstorage.full_control`
    /// - `https://www.googleapis.com/auth/devstorage.read_only`
    /// - `https://www.googleapis.com/auth/devstorage.read_write`
    pub fn get(&self, project_id: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            project_id: project_id.into(),
            user_project: None,
        }
    }
}
static GET: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "storage.projects.serviceAccount.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("projects/"),
        crate::rt::internal::PathPart::Param {
            name: "projectId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/serviceAccount"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/cloud-platform",
        "https://www.googleapis.com/auth/cloud-platform.read-only",
        "https://www.googleapis.com/auth/devstorage.full_control",
        "https://www.googleapis.com/auth/devstorage.read_only",
        "https://www.googleapis.com/auth/devstorage.read_write",
    ],
};
/// Request builder for `storage.projects.serviceAccount.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) project_id: String,
    pub(crate) user_project: Option<String>,
}
impl Get {
    /// The project to be billed for this request.
    pub fn user_project(mut self, user_project: impl Into<String>) -> Self {
        self.user_project = Some(user_project.into());
        self
    }
    /// Sends the request (`storage.projects.serviceAccount.get`).
    pub async fn send(self) -> Result<crate::types::ServiceAccount, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.project_id);
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
