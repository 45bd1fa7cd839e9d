//! Methods of the `changes` resource.
/// Methods of the `changes` resource.
#[derive(Clone, Debug)]
pub struct Changes {
    pub(crate) core: crate::rt::internal::Core,
}
impl Changes {
    /// Gets the starting pageToken for listing future changes. For more information, see \[Retrieve changes\](<https://developers.google.com/workspace/drive/api/guides/manage-changes>).
    ///
    /// `GET changes/startPageToken` (`drive.changes.getStartPageToken`)
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
    pub fn get_start_page_token(&self) -> GetStartPageToken {
        GetStartPageToken {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            drive_id: None,
            supports_all_drives: None,
            supports_team_drives: None,
            team_drive_id: None,
        }
    }
    /// Lists the changes for a user or shared drive. For more information, see \[Retrieve changes\](<https://developers.google.com/workspace/drive/api/guides/manage-changes>).
    ///
    /// `GET changes` (`drive.changes.list`)
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
    pub fn list(&self, page_token: impl Into<String>) -> List {
        List {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            page_token: page_token.into(),
            drive_id: None,
            include_corpus_removals: None,
            include_items_from_all_drives: None,
            include_labels: None,
            include_permissions_for_view: None,
            include_removed: None,
            include_team_drive_items: None,
            page_size: None,
            restrict_to_my_drive: None,
            spaces: None,
            supports_all_drives: None,
            supports_team_drives: None,
            team_drive_id: None,
        }
    }
    /// Subscribes to changes for a user. For more information, see \[Notifications for resource changes\](<https://developers.google.com/workspace/drive/api/guides/push>).
    ///
    /// `POST changes/watch` (`drive.changes.watch`)
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
    pub fn watch(&self, page_token: impl Into<String>, request: crate::types::Channel) -> Watch {
        Watch {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            page_token: page_token.into(),
            request,
            drive_id: None,
            include_corpus_removals: None,
            include_items_from_all_drives: None,
            include_labels: None,
            include_permissions_for_view: None,
            include_removed: None,
            include_team_drive_items: None,
            page_size: None,
            restrict_to_my_drive: None,
            spaces: None,
            supports_all_drives: None,
            supports_team_drives: None,
            team_drive_id: None,
        }
    }
}
static GET_START_PAGE_TOKEN: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.changes.getStartPageToken",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[crate::rt::internal::PathPart::Literal(
        "changes/startPageToken",
    )],
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
/// Request builder for `drive.changes.getStartPageToken`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`GetStartPageToken` does nothing until it is sent"]
pub struct GetStartPageToken {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) drive_id: Option<String>,
    pub(crate) supports_all_drives: Option<bool>,
    pub(crate) supports_team_drives: Option<bool>,
    pub(crate) team_drive_id: Option<String>,
}
impl GetStartPageToken {
    /// The ID of the shared drive for which the starting pageToken for listing future changes from that shared drive will be returned.
    pub fn drive_id(mut self, drive_id: impl Into<String>) -> Self {
        self.drive_id = Some(drive_id.into());
        self
    }
    /// Whether the requesting application supports both My Drives and shared drives.
    ///
    /// Server default: `false`.
    pub fn supports_all_drives(mut self, supports_all_drives: bool) -> Self {
        self.supports_all_drives = Some(supports_all_drives);
        self
    }
    /// Deprecated: Use `supportsAllDrives` instead.
    ///
    /// Server default: `false`.
    ///
    /// **Deprecated** by the API.
    pub fn supports_team_drives(mut self, supports_team_drives: bool) -> Self {
        self.supports_team_drives = Some(supports_team_drives);
        self
    }
    /// Deprecated: Use `driveId` instead.
    ///
    /// **Deprecated** by the API.
    pub fn team_drive_id(mut self, team_drive_id: impl Into<String>) -> Self {
        self.team_drive_id = Some(team_drive_id.into());
        self
    }
    /// Sends the request (`drive.changes.getStartPageToken`).
    pub async fn send(self) -> Result<crate::types::StartPageToken, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET_START_PAGE_TOKEN, self.opts);
        if let Some(value) = &self.drive_id {
            call.query("driveId", value);
        }
        if let Some(value) = &self.supports_all_drives {
            call.query("supportsAllDrives", value);
        }
        if let Some(value) = &self.supports_team_drives {
            call.query("supportsTeamDrives", value);
        }
        if let Some(value) = &self.team_drive_id {
            call.query("teamDriveId", value);
        }
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for GetStartPageToken {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static LIST: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.changes.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[crate::rt::internal::PathPart::Literal("changes")],
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
/// Request builder for `drive.changes.list`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`List` does nothing until it is sent"]
pub struct List {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) page_token: String,
    pub(crate) drive_id: Option<String>,
    pub(crate) include_corpus_removals: Option<bool>,
    pub(crate) include_items_from_all_drives: Option<bool>,
    pub(crate) include_labels: Option<String>,
    pub(crate) include_permissions_for_view: Option<String>,
    pub(crate) include_removed: Option<bool>,
    pub(crate) include_team_drive_items: Option<bool>,
    pub(crate) page_size: Option<i32>,
    pub(crate) restrict_to_my_drive: Option<bool>,
    pub(crate) spaces: Option<String>,
    pub(crate) supports_all_drives: Option<bool>,
    pub(crate) supports_team_drives: Option<bool>,
    pub(crate) team_drive_id: Option<String>,
}
impl List {
    /// The shared drive from which changes will be returned. If specified the change IDs will be reflective of the shared drive; use the combined drive ID and change ID as an identifier.
    pub fn drive_id(mut self, drive_id: impl Into<String>) -> Self {
        self.drive_id = Some(drive_id.into());
        self
    }
    /// Whether changes should include the file resource if the file is still accessible by the user at the time of the request, even when a file was removed from the list of changes and there will be no further change entries for this file.
    ///
    /// Server default: `false`.
    pub fn include_corpus_removals(mut self, include_corpus_removals: bool) -> Self {
        self.include_corpus_removals = Some(include_corpus_removals);
        self
    }
    /// Whether both My Drive and shared drive items should be included in results.
    ///
    /// Server default: `false`.
    pub fn include_items_from_all_drives(mut self, include_items_from_all_drives: bool) -> Self {
        self.include_items_from_all_drives = Some(include_items_from_all_drives);
        self
    }
    /// A comma-separated list of IDs of labels to include in the `labelInfo` part of the response.
    pub fn include_labels(mut self, include_labels: impl Into<String>) -> Self {
        self.include_labels = Some(include_labels.into());
        self
    }
    /// Specifies which additional view's permissions to include in the response. Only 'published' is supported.
    pub fn include_permissions_for_view(
        mut self,
        include_permissions_for_view: impl Into<String>,
    ) -> Self {
        self.include_permissions_for_view = Some(include_permissions_for_view.into());
        self
    }
    /// Whether to include changes indicating that items have been removed from the list of changes, for example by deletion or loss of access.
    ///
    /// Server default: `true`.
    pub fn include_removed(mut self, include_removed: bool) -> Self {
        self.include_removed = Some(include_removed);
        self
    }
    /// Deprecated: Use `includeItemsFromAllDrives` instead.
    ///
    /// Server default: `false`.
    ///
    /// **Deprecated** by the API.
    pub fn include_team_drive_items(mut self, include_team_drive_items: bool) -> Self {
        self.include_team_drive_items = Some(include_team_drive_items);
        self
    }
    /// The maximum number of changes to return. The service may return fewer than this value. If unspecified, at most 100 changes will be returned. The maximum value is 1000; values above 1000 will be coerced to 1000.
    ///
    /// Server default: `100`.
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
        self
    }
    /// Whether to restrict the results to changes inside the My Drive hierarchy. This omits changes to files such as those in the Application Data folder or shared files which have not been added to My Drive.
    ///
    /// Server default: `false`.
    pub fn restrict_to_my_drive(mut self, restrict_to_my_drive: bool) -> Self {
        self.restrict_to_my_drive = Some(restrict_to_my_drive);
        self
    }
    /// A comma-separated list of spaces to query within the corpora. Supported values are 'drive' and 'appDataFolder'.
    ///
    /// Server default: `drive`.
    pub fn spaces(mut self, spaces: impl Into<String>) -> Self {
        self.spaces = Some(spaces.into());
        self
    }
    /// Whether the requesting application supports both My Drives and shared drives.
    ///
    /// Server default: `false`.
    pub fn supports_all_drives(mut self, supports_all_drives: bool) -> Self {
        self.supports_all_drives = Some(supports_all_drives);
        self
    }
    /// Deprecated: Use `supportsAllDrives` instead.
    ///
    /// Server default: `false`.
    ///
    /// **Deprecated** by the API.
    pub fn supports_team_drives(mut self, supports_team_drives: bool) -> Self {
        self.supports_team_drives = Some(supports_team_drives);
        self
    }
    /// Deprecated: Use `driveId` instead.
    ///
    /// **Deprecated** by the API.
    pub fn team_drive_id(mut self, team_drive_id: impl Into<String>) -> Self {
        self.team_drive_id = Some(team_drive_id.into());
        self
    }
    /// Sends the request (`drive.changes.list`).
    pub async fn send(self) -> Result<crate::types::ChangeList, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&LIST, self.opts);
        call.query("pageToken", &self.page_token);
        if let Some(value) = &self.drive_id {
            call.query("driveId", value);
        }
        if let Some(value) = &self.include_corpus_removals {
            call.query("includeCorpusRemovals", value);
        }
        if let Some(value) = &self.include_items_from_all_drives {
            call.query("includeItemsFromAllDrives", value);
        }
        if let Some(value) = &self.include_labels {
            call.query("includeLabels", value);
        }
        if let Some(value) = &self.include_permissions_for_view {
            call.query("includePermissionsForView", value);
        }
        if let Some(value) = &self.include_removed {
            call.query("includeRemoved", value);
        }
        if let Some(value) = &self.include_team_drive_items {
            call.query("includeTeamDriveItems", value);
        }
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        if let Some(value) = &self.restrict_to_my_drive {
            call.query("restrictToMyDrive", value);
        }
        if let Some(value) = &self.spaces {
            call.query("spaces", value);
        }
        if let Some(value) = &self.supports_all_drives {
            call.query("supportsAllDrives", value);
        }
        if let Some(value) = &self.supports_team_drives {
            call.query("supportsTeamDrives", value);
        }
        if let Some(value) = &self.team_drive_id {
            call.query("teamDriveId", value);
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
    type Page = crate::types::ChangeList;
    fn set_page_token(&mut self, token: String) {
        self.page_token = token;
    }
    fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
        Box::pin(self.send())
    }
}
impl crate::rt::ItemsRequest for List {
    type Item = crate::types::Change;
    fn page_items(page: Self::Page) -> Vec<crate::types::Change> {
        page.changes.unwrap_or_default()
    }
}
impl List {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::ChangeList, crate::Error>> + Send
    {
        crate::rt::pages(self)
    }
    /// Every element of `changes` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::Change, crate::Error>> + Send {
        crate::rt::items(self)
    }
}
static WATCH: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.changes.watch",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[crate::rt::internal::PathPart::Literal("changes/watch")],
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
/// Request builder for `drive.changes.watch`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Watch` does nothing until it is sent"]
pub struct Watch {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) page_token: String,
    pub(crate) request: crate::types::Channel,
    pub(crate) drive_id: Option<String>,
    pub(crate) include_corpus_removals: Option<bool>,
    pub(crate) include_items_from_all_drives: Option<bool>,
    pub(crate) include_labels: Option<String>,
    pub(crate) include_permissions_for_view: Option<String>,
    pub(crate) include_removed: Option<bool>,
    pub(crate) include_team_drive_items: Option<bool>,
    pub(crate) page_size: Option<i32>,
    pub(crate) restrict_to_my_drive: Option<bool>,
    pub(crate) spaces: Option<String>,
    pub(crate) supports_all_drives: Option<bool>,
    pub(crate) supports_team_drives: Option<bool>,
    pub(crate) team_drive_id: Option<String>,
}
impl Watch {
    /// The shared drive from which changes will be returned. If specified the change IDs will be reflective of the shared drive; use the combined drive ID and change ID as an identifier.
    pub fn drive_id(mut self, drive_id: impl Into<String>) -> Self {
        self.drive_id = Some(drive_id.into());
        self
    }
    /// Whether changes should include the file resource if the file is still accessible by the user at the time of the request, even when a file was removed from the list of changes and there will be no further change entries for this file.
    ///
    /// Server default: `false`.
    pub fn include_corpus_removals(mut self, include_corpus_removals: bool) -> Self {
        self.include_corpus_removals = Some(include_corpus_removals);
        self
    }
    /// Whether both My Drive and shared drive items should be included in results.
    ///
    /// Server default: `false`.
    pub fn include_items_from_all_drives(mut self, include_items_from_all_drives: bool) -> Self {
        self.include_items_from_all_drives = Some(include_items_from_all_drives);
        self
    }
    /// A comma-separated list of IDs of labels to include in the `labelInfo` part of the response.
    pub fn include_labels(mut self, include_labels: impl Into<String>) -> Self {
        self.include_labels = Some(include_labels.into());
        self
    }
    /// Specifies which additional view's permissions to include in the response. Only 'published' is supported.
    pub fn include_permissions_for_view(
        mut self,
        include_permissions_for_view: impl Into<String>,
    ) -> Self {
        self.include_permissions_for_view = Some(include_permissions_for_view.into());
        self
    }
    /// Whether to include changes indicating that items have been removed from the list of changes, for example by deletion or loss of access.
    ///
    /// Server default: `true`.
    pub fn include_removed(mut self, include_removed: bool) -> Self {
        self.include_removed = Some(include_removed);
        self
    }
    /// Deprecated: Use `includeItemsFromAllDrives` instead.
    ///
    /// Server default: `false`.
    ///
    /// **Deprecated** by the API.
    pub fn include_team_drive_items(mut self, include_team_drive_items: bool) -> Self {
        self.include_team_drive_items = Some(include_team_drive_items);
        self
    }
    /// The maximum number of changes to return. The service may return fewer than this value. If unspecified, at most 100 changes will be returned. The maximum value is 1000; values above 1000 will be coerced to 1000.
    ///
    /// Server default: `100`.
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
        self
    }
    /// Whether to restrict the results to changes inside the My Drive hierarchy. This omits changes to files such as those in the Application Data folder or shared files which have not been added to My Drive.
    ///
    /// Server default: `false`.
    pub fn restrict_to_my_drive(mut self, restrict_to_my_drive: bool) -> Self {
        self.restrict_to_my_drive = Some(restrict_to_my_drive);
        self
    }
    /// A comma-separated list of spaces to query within the corpora. Supported values are 'drive' and 'appDataFolder'.
    ///
    /// Server default: `drive`.
    pub fn spaces(mut self, spaces: impl Into<String>) -> Self {
        self.spaces = Some(spaces.into());
        self
    }
    /// Whether the requesting application supports both My Drives and shared drives.
    ///
    /// Server default: `false`.
    pub fn supports_all_drives(mut self, supports_all_drives: bool) -> Self {
        self.supports_all_drives = Some(supports_all_drives);
        self
    }
    /// Deprecated: Use `supportsAllDrives` instead.
    ///
    /// Server default: `false`.
    ///
    /// **Deprecated** by the API.
    pub fn supports_team_drives(mut self, supports_team_drives: bool) -> Self {
        self.supports_team_drives = Some(supports_team_drives);
        self
    }
    /// Deprecated: Use `driveId` instead.
    ///
    /// **Deprecated** by the API.
    pub fn team_drive_id(mut self, team_drive_id: impl Into<String>) -> Self {
        self.team_drive_id = Some(team_drive_id.into());
        self
    }
    /// Sends the request (`drive.changes.watch`).
    pub async fn send(self) -> Result<crate::types::Channel, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&WATCH, self.opts);
        call.query("pageToken", &self.page_token);
        if let Some(value) = &self.drive_id {
            call.query("driveId", value);
        }
        if let Some(value) = &self.include_corpus_removals {
            call.query("includeCorpusRemovals", value);
        }
        if let Some(value) = &self.include_items_from_all_drives {
            call.query("includeItemsFromAllDrives", value);
        }
        if let Some(value) = &self.include_labels {
            call.query("includeLabels", value);
        }
        if let Some(value) = &self.include_permissions_for_view {
            call.query("includePermissionsForView", value);
        }
        if let Some(value) = &self.include_removed {
            call.query("includeRemoved", value);
        }
        if let Some(value) = &self.include_team_drive_items {
            call.query("includeTeamDriveItems", value);
        }
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        if let Some(value) = &self.restrict_to_my_drive {
            call.query("restrictToMyDrive", value);
        }
        if let Some(value) = &self.spaces {
            call.query("spaces", value);
        }
        if let Some(value) = &self.supports_all_drives {
            call.query("supportsAllDrives", value);
        }
        if let Some(value) = &self.supports_team_drives {
            call.query("supportsTeamDrives", value);
        }
        if let Some(value) = &self.team_drive_id {
            call.query("teamDriveId", value);
        }
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Watch {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
