//! Methods of the `apps` resource.
/// Methods of the `apps` resource.
#[derive(Clone, Debug)]
pub struct Apps {
    pub(crate) core: crate::rt::internal::Core,
}
impl Apps {
    /// Gets a specific app. For more information, see \[Return user info\](<https://developers.google.com/workspace/drive/api/guides/user-info>).
    ///
    /// `GET apps/{appId}` (`drive.apps.get`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.appdata`
    /// - `https://www.googleapis.com/auth/drive.apps.readonly`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.metadata`
    /// - `https://www.googleapis.com/auth/drive.metadata.readonly`
    /// - `https://www.googleapis.com/auth/drive.readonly`
    pub fn get(&self, app_id: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            app_id: app_id.into(),
        }
    }
    /// Lists a user's installed apps. For more information, see \[Return user info\](<https://developers.google.com/workspace/drive/api/guides/user-info>).
    ///
    /// `GET apps` (`drive.apps.list`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive.apps.readonly`
    pub fn list(&self) -> List {
        List {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            app_filter_extensions: None,
            app_filter_mime_types: None,
            language_code: None,
        }
    }
}
static GET: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.apps.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("apps/"),
        crate::rt::internal::PathPart::Param {
            name: "appId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.appdata",
        "https://www.googleapis.com/auth/drive.apps.readonly",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.metadata",
        "https://www.googleapis.com/auth/drive.metadata.readonly",
        "https://www.googleapis.com/auth/drive.readonly",
    ],
};
/// Request builder for `drive.apps.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) app_id: String,
}
impl Get {
    /// Sends the request (`drive.apps.get`).
    pub async fn send(self) -> Result<crate::types::App, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.app_id);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Get {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static LIST: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.apps.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[crate::rt::internal::PathPart::Literal("apps")],
    scopes: &["https://www.googleapis.com/auth/drive.apps.readonly"],
};
/// Request builder for `drive.apps.list`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`List` does nothing until it is sent"]
pub struct List {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) app_filter_extensions: Option<String>,
    pub(crate) app_filter_mime_types: Option<String>,
    pub(crate) language_code: Option<String>,
}
impl List {
    /// A comma-separated list of file extensions to limit returned results. All results within the given app query scope which can open any of the given file extensions are included in the response. If `appFilterMimeTypes` are provided as well, the result is a union of the two resulting app lists.
    ///
    /// Server default: ``.
    pub fn app_filter_extensions(mut self, app_filter_extensions: impl Into<String>) -> Self {
        self.app_filter_extensions = Some(app_filter_extensions.into());
        self
    }
    /// A comma-separated list of file extensions to limit returned results. All results within the given app query scope which can open any of the given MIME types will be included in the response. If `appFilterExtensions` are provided as well, the result is a union of the two resulting app lists.
    ///
    /// Server default: ``.
    pub fn app_filter_mime_types(mut self, app_filter_mime_types: impl Into<String>) -> Self {
        self.app_filter_mime_types = Some(app_filter_mime_types.into());
        self
    }
    /// A language or locale code, as defined by BCP 47, with some extensions from Unicode's LDML format (<http://www.unicode.org/reports/tr35/>).
    pub fn language_code(mut self, language_code: impl Into<String>) -> Self {
        self.language_code = Some(language_code.into());
        self
    }
    /// Sends the request (`drive.apps.list`).
    pub async fn send(self) -> Result<crate::types::AppList, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&LIST, self.opts);
        if let Some(value) = &self.app_filter_extensions {
            call.query("appFilterExtensions", value);
        }
        if let Some(value) = &self.app_filter_mime_types {
            call.query("appFilterMimeTypes", value);
        }
        if let Some(value) = &self.language_code {
            call.query("languageCode", value);
        }
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for List {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
