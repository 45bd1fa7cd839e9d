//! Methods of the `about` resource.
/// Methods of the `about` resource.
#[derive(Clone, Debug)]
pub struct About {
    pub(crate) core: crate::rt::internal::Core,
}
impl About {
    /// Gets information about the user, the user's Drive, and system capabilities. For more information, see \[Return user info\](<https://developers.google.com/workspace/drive/api/guides/user-info>). Required: The `fields` parameter must be set. To return the exact fields you need, see \[Return specific fields\](<https://developers.google.com/workspace/drive/api/guides/fields-parameter>).
    ///
    /// `GET about` (`drive.about.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.appdata`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.metadata`
    /// - `https://www.googleapis.com/auth/drive.metadata.readonly`
    /// - `https://www.googleapis.com/auth/drive.photos.readonly`
    /// - `https://www.googleapis.com/auth/drive.readonly`
    pub fn get(&self) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
        }
    }
}
static GET: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.about.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[crate::rt::internal::PathPart::Literal("about")],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.appdata",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.metadata",
        "https://www.googleapis.com/auth/drive.metadata.readonly",
        "https://www.googleapis.com/auth/drive.photos.readonly",
        "https://www.googleapis.com/auth/drive.readonly",
    ],
};
/// Request builder for `drive.about.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
}
impl Get {
    /// Sends the request (`drive.about.get`).
    pub async fn send(self) -> Result<crate::types::About, crate::Error> {
        let call = crate::rt::internal::Call::new(&GET, self.opts);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Get {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
