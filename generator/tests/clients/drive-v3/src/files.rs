//! Methods of the `files` resource.
/// Methods of the `files` resource.
#[derive(Clone, Debug)]
pub struct Files {
    pub(crate) core: crate::rt::internal::Core,
}
impl Files {
    /// Creates a copy of a file and applies any requested updates with patch semantics. For more information, see \[Create and manage files\](<https://developers.google.com/workspace/drive/api/guides/create-file>).
    ///
    /// `POST files/{fileId}/copy` (`drive.files.copy`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.appdata`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.photos.readonly`
    pub fn copy(&self, file_id: impl Into<String>, request: crate::types::File) -> CopySchema {
        CopySchema {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            request,
            copy_comments: None,
            enforce_single_parent: None,
            ignore_default_visibility: None,
            include_labels: None,
            include_permissions_for_view: None,
            keep_revision_forever: None,
            ocr_language: None,
            supports_all_drives: None,
            supports_team_drives: None,
        }
    }
    /// Creates a file. For more information, see \[Create and manage files\](<https://developers.google.com/workspace/drive/api/guides/create-file>). This method supports an */upload* URI and accepts uploaded media with the following characteristics: - *Maximum file size:* 5,120 GB - *Accepted Media MIME types:* `*/*` (Specify a valid MIME type, rather than the literal `*/*` value. The literal `*/*` is only used to indicate that any valid MIME type can be uploaded. For more information, see \[Google Workspace and Google Drive supported MIME types\](<https://developers.google.com/workspace/drive/api/guides/mime-types>).) For more information on uploading files, see \[Upload file data\](<https://developers.google.com/workspace/drive/api/guides/manage-uploads>). Apps creating shortcuts with the `create` method must specify the MIME type `application/vnd.google-apps.shortcut`. Apps should specify a file extension in the `name` property when inserting files with the API. For example, an operation to insert a JPEG file should specify something like `"name": "cat.jpg"` in the metadata. Subsequent `GET` requests include the read-only `fileExtension` property populated with the extension originally specified in the `name` property. When a Google Drive user requests to download a file, or when the file is downloaded through the sync client, Drive builds a full filename (with extension) based on the name. In cases where the extension is missing, Drive attempts to determine the extension based on the file's MIME type.
    ///
    /// `POST files` (`drive.files.create`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.appdata`
    /// - `https://www.googleapis.com/auth/drive.file`
    pub fn create(&self, request: crate::types::File) -> Create {
        Create {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            request,
            enforce_single_parent: None,
            ignore_default_visibility: None,
            include_labels: None,
            include_permissions_for_view: None,
            keep_revision_forever: None,
            ocr_language: None,
            supports_all_drives: None,
            supports_team_drives: None,
            use_content_as_indexable_text: None,
        }
    }
    /// Permanently deletes a file owned by the user without moving it to the trash. For more information, see \[Trash or delete files and folders\](<https://developers.google.com/workspace/drive/api/guides/delete>). If the file belongs to a shared drive, the user must be an `organizer` on the parent folder. If the target is a folder, all descendants owned by the user are also deleted.
    ///
    /// `DELETE files/{fileId}` (`drive.files.delete`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.appdata`
    /// - `https://www.googleapis.com/auth/drive.file`
    pub fn delete(&self, file_id: impl Into<String>) -> Delete {
        Delete {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            enforce_single_parent: None,
            supports_all_drives: None,
            supports_team_drives: None,
        }
    }
    /// Downloads the content of a file. For more information, see \[Download and export files\](<https://developers.google.com/workspace/drive/api/guides/manage-downloads>). Operations are valid for 24 hours from the time of creation.
    ///
    /// `POST files/{fileId}/download` (`drive.files.download`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.readonly`
    pub fn download(&self, file_id: impl Into<String>) -> Download {
        Download {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            mime_type: None,
            revision_id: None,
        }
    }
    /// Permanently deletes all of the user's trashed files. For more information, see \[Trash or delete files and folders\](<https://developers.google.com/workspace/drive/api/guides/delete>).
    ///
    /// `DELETE files/trash` (`drive.files.emptyTrash`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    pub fn empty_trash(&self) -> EmptyTrash {
        EmptyTrash {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            drive_id: None,
            enforce_single_parent: None,
        }
    }
    /// Exports a Google Workspace document to the requested MIME type and returns exported byte content. For more information, see \[Download and export files\](<https://developers.google.com/workspace/drive/api/guides/manage-downloads>). Note that the exported content is limited to 10 MB.
    ///
    /// `GET files/{fileId}/export` (`drive.files.export`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.meet.readonly`
    /// - `https://www.googleapis.com/auth/drive.readonly`
    pub fn export(&self, file_id: impl Into<String>, mime_type: impl Into<String>) -> Export {
        Export {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            mime_type: mime_type.into(),
        }
    }
    /// Generates a CSE token which can be used to create or update CSE files.
    ///
    /// `GET files/generateCseToken` (`drive.files.generateCseToken`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    pub fn generate_cse_token(&self) -> GenerateCseToken {
        GenerateCseToken {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: None,
            parent: None,
        }
    }
    /// Generates a set of file IDs which can be provided in create or copy requests. For more information, see \[Create and manage files\](<https://developers.google.com/workspace/drive/api/guides/create-file>).
    ///
    /// `GET files/generateIds` (`drive.files.generateIds`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.appdata`
    /// - `https://www.googleapis.com/auth/drive.file`
    pub fn generate_ids(&self) -> GenerateIds {
        GenerateIds {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            count: None,
            space: None,
            r#type: None,
        }
    }
    /// Gets a file's metadata or content by ID. For more information, see \[Search for files and folders\](<https://developers.google.com/workspace/drive/api/guides/search-files>). If you provide the URL parameter `alt=media`, then the response includes the file contents in the response body. Downloading content with `alt=media` only works if the file is stored in Drive. To download Google Docs, Sheets, and Slides use \[`files.export`\](<https://developers.google.com/workspace/drive/api/reference/rest/v3/files/export>) instead. For more information, see \[Download and export files\](<https://developers.google.com/workspace/drive/api/guides/manage-downloads>).
    ///
    /// `GET files/{fileId}` (`drive.files.get`)
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
    pub fn get(&self, file_id: impl Into<String>) -> Get {
        Get {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            acknowledge_abuse: None,
            include_labels: None,
            include_permissions_for_view: None,
            supports_all_drives: None,
            supports_team_drives: None,
        }
    }
    /// Lists the user's files. For more information, see \[Search for files and folders\](<https://developers.google.com/workspace/drive/api/guides/search-files>). This method accepts the `q` parameter, which is a search query combining one or more search terms. This method returns *all* files by default, including trashed files. If you don't want trashed files to appear in the list, use the `trashed=false` query parameter to remove trashed files from the results.
    ///
    /// `GET files` (`drive.files.list`)
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
    pub fn list(&self) -> List {
        List {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            corpora: None,
            corpus: None,
            drive_id: None,
            include_items_from_all_drives: None,
            include_labels: None,
            include_permissions_for_view: None,
            include_team_drive_items: None,
            order_by: None,
            page_size: None,
            page_token: None,
            q: None,
            spaces: None,
            supports_all_drives: None,
            supports_team_drives: None,
            team_drive_id: None,
        }
    }
    /// Lists the labels on a file. For more information, see \[List labels on a file\](<https://developers.google.com/workspace/drive/api/guides/list-labels>).
    ///
    /// `GET files/{fileId}/listLabels` (`drive.files.listLabels`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.meet.readonly`
    /// - `https://www.googleapis.com/auth/drive.metadata`
    /// - `https://www.googleapis.com/auth/drive.metadata.readonly`
    /// - `https://www.googleapis.com/auth/drive.readonly`
    pub fn list_labels(&self, file_id: impl Into<String>) -> ListLabels {
        ListLabels {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            max_results: None,
            page_token: None,
        }
    }
    /// Modifies the set of labels applied to a file. For more information, see \[Set a label field on a file\](<https://developers.google.com/workspace/drive/api/guides/set-label>). Returns a list of the labels that were added or modified.
    ///
    /// `POST files/{fileId}/modifyLabels` (`drive.files.modifyLabels`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.metadata`
    pub fn modify_labels(
        &self,
        file_id: impl Into<String>,
        request: crate::types::ModifyLabelsRequest,
    ) -> ModifyLabels {
        ModifyLabels {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            request,
        }
    }
    /// Updates a file's metadata, content, or both. When calling this method, only populate fields in the request that you want to modify. When updating fields, some fields might be changed automatically, such as `modifiedDate`. This method supports patch semantics. This method supports an */upload* URI and accepts uploaded media with the following characteristics: - *Maximum file size:* 5,120 GB - *Accepted Media MIME types:* `*/*` (Specify a valid MIME type, rather than the literal `*/*` value. The literal `*/*` is only used to indicate that any valid MIME type can be uploaded. For more information, see \[Google Workspace and Google Drive supported MIME types\](<https://developers.google.com/workspace/drive/api/guides/mime-types>).) For more information on uploading files, see \[Upload file data\](<https://developers.google.com/workspace/drive/api/guides/manage-uploads>).
    ///
    /// `PATCH files/{fileId}` (`drive.files.update`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.appdata`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.metadata`
    /// - `https://www.googleapis.com/auth/drive.scripts`
    pub fn update(&self, file_id: impl Into<String>, request: crate::types::File) -> Update {
        Update {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            request,
            add_parents: None,
            enforce_single_parent: None,
            include_labels: None,
            include_permissions_for_view: None,
            keep_revision_forever: None,
            ocr_language: None,
            remove_parents: None,
            supports_all_drives: None,
            supports_team_drives: None,
            use_content_as_indexable_text: None,
        }
    }
    /// Subscribes to changes to a file. For more information, see \[Notifications for resource changes\](<https://developers.google.com/workspace/drive/api/guides/push>).
    ///
    /// `POST files/{fileId}/watch` (`drive.files.watch`)
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
    pub fn watch(&self, file_id: impl Into<String>, request: crate::types::Channel) -> Watch {
        Watch {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            file_id: file_id.into(),
            request,
            acknowledge_abuse: None,
            include_labels: None,
            include_permissions_for_view: None,
            supports_all_drives: None,
            supports_team_drives: None,
        }
    }
}
static COPY: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.files.copy",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/copy"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.appdata",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.photos.readonly",
    ],
};
/// Request builder for `drive.files.copy`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`CopySchema` does nothing until it is sent"]
pub struct CopySchema {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) request: crate::types::File,
    pub(crate) copy_comments: Option<bool>,
    pub(crate) enforce_single_parent: Option<bool>,
    pub(crate) ignore_default_visibility: Option<bool>,
    pub(crate) include_labels: Option<String>,
    pub(crate) include_permissions_for_view: Option<String>,
    pub(crate) keep_revision_forever: Option<bool>,
    pub(crate) ocr_language: Option<String>,
    pub(crate) supports_all_drives: Option<bool>,
    pub(crate) supports_team_drives: Option<bool>,
}
impl CopySchema {
    /// Whether to copy the open (unresolved) comments associated with the file.
    ///
    /// Server default: `false`.
    pub fn copy_comments(mut self, copy_comments: bool) -> Self {
        self.copy_comments = Some(copy_comments);
        self
    }
    /// Deprecated: Copying files into multiple folders is no longer supported. Use shortcuts instead.
    ///
    /// Server default: `false`.
    ///
    /// **Deprecated** by the API.
    pub fn enforce_single_parent(mut self, enforce_single_parent: bool) -> Self {
        self.enforce_single_parent = Some(enforce_single_parent);
        self
    }
    /// Whether to ignore the domain's default visibility settings for the created file. Domain administrators can choose to make all uploaded files visible to the domain by default; this parameter bypasses that behavior for the request. Permissions are still inherited from parent folders.
    ///
    /// Server default: `false`.
    pub fn ignore_default_visibility(mut self, ignore_default_visibility: bool) -> Self {
        self.ignore_default_visibility = Some(ignore_default_visibility);
        self
    }
    /// A comma-separated list of IDs of labels to include in the `labelInfo` part of the response.
    pub fn include_labels(mut self, include_labels: impl Into<String>) -> Self {
        self.include_labels = Some(include_labels.into());
        self
    }
    /// Specifies which additional view's permissions to include in the response. Only `published` is supported.
    pub fn include_permissions_for_view(
        mut self,
        include_permissions_for_view: impl Into<String>,
    ) -> Self {
        self.include_permissions_for_view = Some(include_permissions_for_view.into());
        self
    }
    /// Whether to set the `keepForever` field in the new head revision. This is only applicable to files with binary content in Google Drive. Only 200 revisions for the file can be kept forever. If the limit is reached, try deleting pinned revisions.
    ///
    /// Server default: `false`.
    pub fn keep_revision_forever(mut self, keep_revision_forever: bool) -> Self {
        self.keep_revision_forever = Some(keep_revision_forever);
        self
    }
    /// A language hint for OCR processing during image import (ISO 639-1 code).
    pub fn ocr_language(mut self, ocr_language: impl Into<String>) -> Self {
        self.ocr_language = Some(ocr_language.into());
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
    /// Sends the request (`drive.files.copy`).
    pub async fn send(self) -> Result<crate::types::File, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&COPY, self.opts);
        call.path_arg(&self.file_id);
        if let Some(value) = &self.copy_comments {
            call.query("copyComments", value);
        }
        if let Some(value) = &self.enforce_single_parent {
            call.query("enforceSingleParent", value);
        }
        if let Some(value) = &self.ignore_default_visibility {
            call.query("ignoreDefaultVisibility", value);
        }
        if let Some(value) = &self.include_labels {
            call.query("includeLabels", value);
        }
        if let Some(value) = &self.include_permissions_for_view {
            call.query("includePermissionsForView", value);
        }
        if let Some(value) = &self.keep_revision_forever {
            call.query("keepRevisionForever", value);
        }
        if let Some(value) = &self.ocr_language {
            call.query("ocrLanguage", value);
        }
        if let Some(value) = &self.supports_all_drives {
            call.query("supportsAllDrives", value);
        }
        if let Some(value) = &self.supports_team_drives {
            call.query("supportsTeamDrives", value);
        }
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for CopySchema {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static CREATE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.files.create",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[crate::rt::internal::PathPart::Literal("files")],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.appdata",
        "https://www.googleapis.com/auth/drive.file",
    ],
};
/// Request builder for `drive.files.create`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Create` does nothing until it is sent"]
pub struct Create {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) request: crate::types::File,
    pub(crate) enforce_single_parent: Option<bool>,
    pub(crate) ignore_default_visibility: Option<bool>,
    pub(crate) include_labels: Option<String>,
    pub(crate) include_permissions_for_view: Option<String>,
    pub(crate) keep_revision_forever: Option<bool>,
    pub(crate) ocr_language: Option<String>,
    pub(crate) supports_all_drives: Option<bool>,
    pub(crate) supports_team_drives: Option<bool>,
    pub(crate) use_content_as_indexable_text: Option<bool>,
}
impl Create {
    /// Deprecated: Creating files in multiple folders is no longer supported.
    ///
    /// Server default: `false`.
    ///
    /// **Deprecated** by the API.
    pub fn enforce_single_parent(mut self, enforce_single_parent: bool) -> Self {
        self.enforce_single_parent = Some(enforce_single_parent);
        self
    }
    /// Whether to ignore the domain's default visibility settings for the created file. Domain administrators can choose to make all uploaded files visible to the domain by default; this parameter bypasses that behavior for the request. Permissions are still inherited from parent folders.
    ///
    /// Server default: `false`.
    pub fn ignore_default_visibility(mut self, ignore_default_visibility: bool) -> Self {
        self.ignore_default_visibility = Some(ignore_default_visibility);
        self
    }
    /// A comma-separated list of IDs of labels to include in the `labelInfo` part of the response.
    pub fn include_labels(mut self, include_labels: impl Into<String>) -> Self {
        self.include_labels = Some(include_labels.into());
        self
    }
    /// Specifies which additional view's permissions to include in the response. Only `published` is supported.
    pub fn include_permissions_for_view(
        mut self,
        include_permissions_for_view: impl Into<String>,
    ) -> Self {
        self.include_permissions_for_view = Some(include_permissions_for_view.into());
        self
    }
    /// Whether to set the `keepForever` field in the new head revision. This is only applicable to files with binary content in Google Drive. Only 200 revisions for the file can be kept forever. If the limit is reached, try deleting pinned revisions.
    ///
    /// Server default: `false`.
    pub fn keep_revision_forever(mut self, keep_revision_forever: bool) -> Self {
        self.keep_revision_forever = Some(keep_revision_forever);
        self
    }
    /// A language hint for OCR processing during image import (ISO 639-1 code).
    pub fn ocr_language(mut self, ocr_language: impl Into<String>) -> Self {
        self.ocr_language = Some(ocr_language.into());
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
    /// Whether to use the uploaded content as indexable text.
    ///
    /// Server default: `false`.
    pub fn use_content_as_indexable_text(mut self, use_content_as_indexable_text: bool) -> Self {
        self.use_content_as_indexable_text = Some(use_content_as_indexable_text);
        self
    }
    /// Sends the request (`drive.files.create`).
    pub async fn send(self) -> Result<crate::types::File, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&CREATE, self.opts);
        if let Some(value) = &self.enforce_single_parent {
            call.query("enforceSingleParent", value);
        }
        if let Some(value) = &self.ignore_default_visibility {
            call.query("ignoreDefaultVisibility", value);
        }
        if let Some(value) = &self.include_labels {
            call.query("includeLabels", value);
        }
        if let Some(value) = &self.include_permissions_for_view {
            call.query("includePermissionsForView", value);
        }
        if let Some(value) = &self.keep_revision_forever {
            call.query("keepRevisionForever", value);
        }
        if let Some(value) = &self.ocr_language {
            call.query("ocrLanguage", value);
        }
        if let Some(value) = &self.supports_all_drives {
            call.query("supportsAllDrives", value);
        }
        if let Some(value) = &self.supports_team_drives {
            call.query("supportsTeamDrives", value);
        }
        if let Some(value) = &self.use_content_as_indexable_text {
            call.query("useContentAsIndexableText", value);
        }
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Create {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static CREATE_UPLOAD: crate::rt::internal::MediaUpload = crate::rt::internal::MediaUpload {
    path: &[crate::rt::internal::PathPart::Literal(
        "/upload/drive/v3/files",
    )],
    max_size: Some(5497558138880),
    accept: &["*/*"],
    multipart: true,
    resumable_path: &[crate::rt::internal::PathPart::Literal(
        "/upload/drive/v3/files",
    )],
};
impl Create {
    /// Sends the request with `media` as its content, in one request to the upload endpoint `POST /upload/drive/v3/files`.
    ///
    /// The request body (`request`) is sent as JSON metadata before the media (`uploadType=multipart`, a `multipart/related` body).
    ///
    /// Checked before anything is sent (`Error::InvalidArgument` otherwise): its type must match `*/*`; it may hold at most 5497558138880 bytes.
    pub async fn upload(self, media: crate::rt::Media) -> Result<crate::types::File, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&CREATE, self.opts);
        if let Some(value) = &self.enforce_single_parent {
            call.query("enforceSingleParent", value);
        }
        if let Some(value) = &self.ignore_default_visibility {
            call.query("ignoreDefaultVisibility", value);
        }
        if let Some(value) = &self.include_labels {
            call.query("includeLabels", value);
        }
        if let Some(value) = &self.include_permissions_for_view {
            call.query("includePermissionsForView", value);
        }
        if let Some(value) = &self.keep_revision_forever {
            call.query("keepRevisionForever", value);
        }
        if let Some(value) = &self.ocr_language {
            call.query("ocrLanguage", value);
        }
        if let Some(value) = &self.supports_all_drives {
            call.query("supportsAllDrives", value);
        }
        if let Some(value) = &self.supports_team_drives {
            call.query("supportsTeamDrives", value);
        }
        if let Some(value) = &self.use_content_as_indexable_text {
            call.query("useContentAsIndexableText", value);
        }
        call.json_body(&self.request);
        call.media_upload(&CREATE_UPLOAD, media);
        self.core.execute(call).await
    }
    /// Sends the request with `media` as its content through the resumable protocol: `POST /upload/drive/v3/files` (`uploadType=resumable`) opens an upload session, then the media goes in chunks (see `rt::Media::chunk_size`), resuming from the server's offset after a transient failure.
    ///
    /// The request body (`request`) is sent as JSON metadata before the media in the request that opens the session.
    ///
    /// Checked before anything is sent (`Error::InvalidArgument` otherwise): its type must match `*/*`; it may hold at most 5497558138880 bytes.
    pub async fn upload_resumable(
        self,
        media: crate::rt::Media,
    ) -> Result<crate::types::File, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&CREATE, self.opts);
        if let Some(value) = &self.enforce_single_parent {
            call.query("enforceSingleParent", value);
        }
        if let Some(value) = &self.ignore_default_visibility {
            call.query("ignoreDefaultVisibility", value);
        }
        if let Some(value) = &self.include_labels {
            call.query("includeLabels", value);
        }
        if let Some(value) = &self.include_permissions_for_view {
            call.query("includePermissionsForView", value);
        }
        if let Some(value) = &self.keep_revision_forever {
            call.query("keepRevisionForever", value);
        }
        if let Some(value) = &self.ocr_language {
            call.query("ocrLanguage", value);
        }
        if let Some(value) = &self.supports_all_drives {
            call.query("supportsAllDrives", value);
        }
        if let Some(value) = &self.supports_team_drives {
            call.query("supportsTeamDrives", value);
        }
        if let Some(value) = &self.use_content_as_indexable_text {
            call.query("useContentAsIndexableText", value);
        }
        call.json_body(&self.request);
        call.resumable_upload(&CREATE_UPLOAD, media);
        self.core.execute(call).await
    }
}
static DELETE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.files.delete",
    http_method: crate::rt::internal::HttpMethod::Delete,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
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
/// Request builder for `drive.files.delete`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Delete` does nothing until it is sent"]
pub struct Delete {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) enforce_single_parent: Option<bool>,
    pub(crate) supports_all_drives: Option<bool>,
    pub(crate) supports_team_drives: Option<bool>,
}
impl Delete {
    /// Deprecated: If an item isn't in a shared drive and its last parent is deleted but the item itself isn't, the item will be placed under its owner's root.
    ///
    /// Server default: `false`.
    ///
    /// **Deprecated** by the API.
    pub fn enforce_single_parent(mut self, enforce_single_parent: bool) -> Self {
        self.enforce_single_parent = Some(enforce_single_parent);
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
    /// Sends the request (`drive.files.delete`).
    pub async fn send(self) -> Result<(), crate::Error> {
        let mut call = crate::rt::internal::Call::new(&DELETE, self.opts);
        call.path_arg(&self.file_id);
        if let Some(value) = &self.enforce_single_parent {
            call.query("enforceSingleParent", value);
        }
        if let Some(value) = &self.supports_all_drives {
            call.query("supportsAllDrives", value);
        }
        if let Some(value) = &self.supports_team_drives {
            call.query("supportsTeamDrives", value);
        }
        self.core.execute_empty(call).await
    }
}
impl crate::rt::CallBuilder for Delete {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static DOWNLOAD: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.files.download",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/download"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.readonly",
    ],
};
/// Request builder for `drive.files.download`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Download` does nothing until it is sent"]
pub struct Download {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) mime_type: Option<String>,
    pub(crate) revision_id: Option<String>,
}
impl Download {
    /// Optional. The MIME type the file should be downloaded as. This field can only be set when downloading Google Workspace documents. For a list of supported MIME types, see \[Export MIME types for Google Workspace documents\](/workspace/drive/api/guides/ref-export-formats). If not set, a Google Workspace document is downloaded with a default MIME type. The default MIME type might change in the future.
    pub fn mime_type(mut self, mime_type: impl Into<String>) -> Self {
        self.mime_type = Some(mime_type.into());
        self
    }
    /// Optional. The revision ID of the file to download. This field can only be set when downloading blob files, Google Docs, and Google Sheets. Returns `INVALID_ARGUMENT` if downloading a specific revision on the file is unsupported.
    pub fn revision_id(mut self, revision_id: impl Into<String>) -> Self {
        self.revision_id = Some(revision_id.into());
        self
    }
    /// Sends the request (`drive.files.download`).
    pub async fn send(self) -> Result<crate::types::Operation, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&DOWNLOAD, self.opts);
        call.path_arg(&self.file_id);
        if let Some(value) = &self.mime_type {
            call.query("mimeType", value);
        }
        if let Some(value) = &self.revision_id {
            call.query("revisionId", value);
        }
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Download {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static EMPTY_TRASH: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.files.emptyTrash",
    http_method: crate::rt::internal::HttpMethod::Delete,
    path: &[crate::rt::internal::PathPart::Literal("files/trash")],
    scopes: &["https://www.googleapis.com/auth/drive"],
};
/// Request builder for `drive.files.emptyTrash`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`EmptyTrash` does nothing until it is sent"]
pub struct EmptyTrash {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) drive_id: Option<String>,
    pub(crate) enforce_single_parent: Option<bool>,
}
impl EmptyTrash {
    /// If set, empties the trash of the provided shared drive.
    pub fn drive_id(mut self, drive_id: impl Into<String>) -> Self {
        self.drive_id = Some(drive_id.into());
        self
    }
    /// Deprecated: If an item isn't in a shared drive and its last parent is deleted but the item itself isn't, the item will be placed under its owner's root.
    ///
    /// Server default: `false`.
    ///
    /// **Deprecated** by the API.
    pub fn enforce_single_parent(mut self, enforce_single_parent: bool) -> Self {
        self.enforce_single_parent = Some(enforce_single_parent);
        self
    }
    /// Sends the request (`drive.files.emptyTrash`).
    pub async fn send(self) -> Result<(), crate::Error> {
        let mut call = crate::rt::internal::Call::new(&EMPTY_TRASH, self.opts);
        if let Some(value) = &self.drive_id {
            call.query("driveId", value);
        }
        if let Some(value) = &self.enforce_single_parent {
            call.query("enforceSingleParent", value);
        }
        self.core.execute_empty(call).await
    }
}
impl crate::rt::CallBuilder for EmptyTrash {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static EXPORT: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.files.export",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/export"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.meet.readonly",
        "https://www.googleapis.com/auth/drive.readonly",
    ],
};
/// Request builder for `drive.files.export`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Export` does nothing until it is sent"]
pub struct Export {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) mime_type: String,
}
impl Export {
    /// Sends the request (`drive.files.export`).
    pub async fn send(self) -> Result<(), crate::Error> {
        let mut call = crate::rt::internal::Call::new(&EXPORT, self.opts);
        call.path_arg(&self.file_id);
        call.query("mimeType", &self.mime_type);
        self.core.execute_empty(call).await
    }
}
impl crate::rt::CallBuilder for Export {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
impl Export {
    /// Sends the request with `alt=media` and returns the content itself rather than its metadata, unread: stream it with `rt::Download::chunk` or `rt::Download::into_stream`.
    pub async fn download(self) -> Result<crate::rt::Download, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&EXPORT, self.opts);
        call.path_arg(&self.file_id);
        call.query("mimeType", &self.mime_type);
        self.core.execute_download(call).await
    }
}
static GENERATE_CSE_TOKEN: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.files.generateCseToken",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[crate::rt::internal::PathPart::Literal(
        "files/generateCseToken",
    )],
    scopes: &["https://www.googleapis.com/auth/drive"],
};
/// Request builder for `drive.files.generateCseToken`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`GenerateCseToken` does nothing until it is sent"]
pub struct GenerateCseToken {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: Option<String>,
    pub(crate) parent: Option<String>,
}
impl GenerateCseToken {
    /// The ID of the file for which the JWT should be generated. If not provided, an id will be generated.
    pub fn file_id(mut self, file_id: impl Into<String>) -> Self {
        self.file_id = Some(file_id.into());
        self
    }
    /// The ID of the expected parent of the file. Used when generating a JWT for a new CSE file. If specified, the parent will be fetched, and if the parent is a shared drive item, the shared drive's policy will be used to determine the KACLS that should be used. It is invalid to specify both file_id and parent in a single request.
    pub fn parent(mut self, parent: impl Into<String>) -> Self {
        self.parent = Some(parent.into());
        self
    }
    /// Sends the request (`drive.files.generateCseToken`).
    pub async fn send(self) -> Result<crate::types::GenerateCseTokenResponse, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GENERATE_CSE_TOKEN, self.opts);
        if let Some(value) = &self.file_id {
            call.query("fileId", value);
        }
        if let Some(value) = &self.parent {
            call.query("parent", value);
        }
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for GenerateCseToken {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static GENERATE_IDS: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.files.generateIds",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[crate::rt::internal::PathPart::Literal("files/generateIds")],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.appdata",
        "https://www.googleapis.com/auth/drive.file",
    ],
};
/// Request builder for `drive.files.generateIds`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`GenerateIds` does nothing until it is sent"]
pub struct GenerateIds {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) count: Option<i32>,
    pub(crate) space: Option<String>,
    pub(crate) r#type: Option<String>,
}
impl GenerateIds {
    /// The number of IDs to return.
    ///
    /// Server default: `10`.
    pub fn count(mut self, count: i32) -> Self {
        self.count = Some(count);
        self
    }
    /// The space in which the IDs can be used to create files. Supported values are `drive` and `appDataFolder`. (Default: `drive`.) For more information, see \[File organization\](<https://developers.google.com/workspace/drive/api/guides/about-files#file-organization>).
    ///
    /// Server default: `drive`.
    pub fn space(mut self, space: impl Into<String>) -> Self {
        self.space = Some(space.into());
        self
    }
    /// The type of items which the IDs can be used for. Supported values are `files` and `shortcuts`. Note that `shortcuts` are only supported in the `drive` `space`. (Default: `files`.) For more information, see \[File organization\](<https://developers.google.com/workspace/drive/api/guides/about-files#file-organization>).
    ///
    /// Server default: `files`.
    pub fn r#type(mut self, r#type: impl Into<String>) -> Self {
        self.r#type = Some(r#type.into());
        self
    }
    /// Sends the request (`drive.files.generateIds`).
    pub async fn send(self) -> Result<crate::types::GeneratedIds, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GENERATE_IDS, self.opts);
        if let Some(value) = &self.count {
            call.query("count", value);
        }
        if let Some(value) = &self.space {
            call.query("space", value);
        }
        if let Some(value) = &self.r#type {
            call.query("type", value);
        }
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for GenerateIds {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static GET: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.files.get",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
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
/// Request builder for `drive.files.get`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Get` does nothing until it is sent"]
pub struct Get {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) acknowledge_abuse: Option<bool>,
    pub(crate) include_labels: Option<String>,
    pub(crate) include_permissions_for_view: Option<String>,
    pub(crate) supports_all_drives: Option<bool>,
    pub(crate) supports_team_drives: Option<bool>,
}
impl Get {
    /// Whether the user is acknowledging the risk of downloading known malware or other abusive files. This is only applicable when the `alt` parameter is set to `media` and the user is the owner of the file or an organizer of the shared drive in which the file resides.
    ///
    /// Server default: `false`.
    pub fn acknowledge_abuse(mut self, acknowledge_abuse: bool) -> Self {
        self.acknowledge_abuse = Some(acknowledge_abuse);
        self
    }
    /// A comma-separated list of IDs of labels to include in the `labelInfo` part of the response.
    pub fn include_labels(mut self, include_labels: impl Into<String>) -> Self {
        self.include_labels = Some(include_labels.into());
        self
    }
    /// Specifies which additional view's permissions to include in the response. Only `published` is supported.
    pub fn include_permissions_for_view(
        mut self,
        include_permissions_for_view: impl Into<String>,
    ) -> Self {
        self.include_permissions_for_view = Some(include_permissions_for_view.into());
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
    /// Sends the request (`drive.files.get`).
    pub async fn send(self) -> Result<crate::types::File, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&GET, self.opts);
        call.path_arg(&self.file_id);
        if let Some(value) = &self.acknowledge_abuse {
            call.query("acknowledgeAbuse", value);
        }
        if let Some(value) = &self.include_labels {
            call.query("includeLabels", value);
        }
        if let Some(value) = &self.include_permissions_for_view {
            call.query("includePermissionsForView", value);
        }
        if let Some(value) = &self.supports_all_drives {
            call.query("supportsAllDrives", value);
        }
        if let Some(value) = &self.supports_team_drives {
            call.query("supportsTeamDrives", value);
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
        if let Some(value) = &self.acknowledge_abuse {
            call.query("acknowledgeAbuse", value);
        }
        if let Some(value) = &self.include_labels {
            call.query("includeLabels", value);
        }
        if let Some(value) = &self.include_permissions_for_view {
            call.query("includePermissionsForView", value);
        }
        if let Some(value) = &self.supports_all_drives {
            call.query("supportsAllDrives", value);
        }
        if let Some(value) = &self.supports_team_drives {
            call.query("supportsTeamDrives", value);
        }
        self.core.execute_download(call).await
    }
}
static LIST: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.files.list",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[crate::rt::internal::PathPart::Literal("files")],
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
/// Request builder for `drive.files.list`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`List` does nothing until it is sent"]
pub struct List {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) corpora: Option<String>,
    pub(crate) corpus: Option<crate::types::FilesListCorpus>,
    pub(crate) drive_id: Option<String>,
    pub(crate) include_items_from_all_drives: Option<bool>,
    pub(crate) include_labels: Option<String>,
    pub(crate) include_permissions_for_view: Option<String>,
    pub(crate) include_team_drive_items: Option<bool>,
    pub(crate) order_by: Option<String>,
    pub(crate) page_size: Option<i32>,
    pub(crate) page_token: Option<String>,
    pub(crate) q: Option<String>,
    pub(crate) spaces: Option<String>,
    pub(crate) supports_all_drives: Option<bool>,
    pub(crate) supports_team_drives: Option<bool>,
    pub(crate) team_drive_id: Option<String>,
}
impl List {
    /// Specifies a collection of items (files or documents) to which the query applies. Supported items include: * `user` * `domain` * `drive` * `allDrives` Prefer `user` or `drive` to `allDrives` for efficiency. By default, corpora is set to `user`. However, this can change depending on the filter set through the `q` parameter. For more information, see \[File organization\](<https://developers.google.com/workspace/drive/api/guides/about-files#file-organization>).
    pub fn corpora(mut self, corpora: impl Into<String>) -> Self {
        self.corpora = Some(corpora.into());
        self
    }
    /// Deprecated: The source of files to list. Use `corpora` instead.
    ///
    /// **Deprecated** by the API.
    pub fn corpus(mut self, corpus: impl Into<crate::types::FilesListCorpus>) -> Self {
        self.corpus = Some(corpus.into());
        self
    }
    /// ID of the shared drive to search.
    pub fn drive_id(mut self, drive_id: impl Into<String>) -> Self {
        self.drive_id = Some(drive_id.into());
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
    /// Specifies which additional view's permissions to include in the response. Only `published` is supported.
    pub fn include_permissions_for_view(
        mut self,
        include_permissions_for_view: impl Into<String>,
    ) -> Self {
        self.include_permissions_for_view = Some(include_permissions_for_view.into());
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
    /// A comma-separated list of sort keys. Valid keys are: * `createdTime`: When the file was created. Avoid using this key for queries on large item collections as it might result in timeouts or other issues. For time-related sorting on large item collections, use `modifiedTime desc` instead. * `folder`: The folder ID. This field is sorted using alphabetical ordering. * `modifiedByMeTime`: The last time the file was modified by the user. * `modifiedTime`: The last time the file was modified by anyone. * `name`: The name of the file. This field is sorted using alphabetical ordering, so 1, 12, 2, 22. * `name_natural`: The name of the file. This field is sorted using natural sort ordering, so 1, 2, 12, 22. * `quotaBytesUsed`: The number of storage quota bytes used by the file. * `recency`: The most recent timestamp from the file's date-time fields. * `sharedWithMeTime`: When the file was shared with the user, if applicable. * `starred`: Whether the user has starred the file. * `viewedByMeTime`: The last time the file was viewed by the user. Each key sorts ascending by default, but can be reversed with the `desc` modifier. Example usage: `?orderBy=folder,modifiedTime desc,name`.
    pub fn order_by(mut self, order_by: impl Into<String>) -> Self {
        self.order_by = Some(order_by.into());
        self
    }
    /// The maximum number of files to return. The service may return fewer than this value. If unspecified, at most 100 files will be returned for shared drives, and the entire list of files for non-shared drives. The maximum value is 1000; values above 1000 will be coerced to 1000.
    ///
    /// Server default: `100`.
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
        self
    }
    /// The token for continuing a previous list request on the next page. This should be set to the value of `nextPageToken` from the previous response.
    pub fn page_token(mut self, page_token: impl Into<String>) -> Self {
        self.page_token = Some(page_token.into());
        self
    }
    /// A query for filtering the file results. For supported syntax, see \[Search for files and folders\](/workspace/drive/api/guides/search-files).
    pub fn q(mut self, q: impl Into<String>) -> Self {
        self.q = Some(q.into());
        self
    }
    /// A comma-separated list of spaces to query within the corpora. Supported values are `drive` and `appDataFolder`. For more information, see \[File organization\](<https://developers.google.com/workspace/drive/api/guides/about-files#file-organization>).
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
    /// Sends the request (`drive.files.list`).
    pub async fn send(self) -> Result<crate::types::FileList, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&LIST, self.opts);
        if let Some(value) = &self.corpora {
            call.query("corpora", value);
        }
        if let Some(value) = &self.corpus {
            call.query("corpus", value);
        }
        if let Some(value) = &self.drive_id {
            call.query("driveId", value);
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
        if let Some(value) = &self.include_team_drive_items {
            call.query("includeTeamDriveItems", value);
        }
        if let Some(value) = &self.order_by {
            call.query("orderBy", value);
        }
        if let Some(value) = &self.page_size {
            call.query("pageSize", value);
        }
        if let Some(value) = &self.page_token {
            call.query("pageToken", value);
        }
        if let Some(value) = &self.q {
            call.query("q", value);
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
    type Page = crate::types::FileList;
    fn set_page_token(&mut self, token: String) {
        self.page_token = Some(token);
    }
    fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
        Box::pin(self.send())
    }
}
impl crate::rt::ItemsRequest for List {
    type Item = crate::types::File;
    fn page_items(page: Self::Page) -> Vec<crate::types::File> {
        page.files.unwrap_or_default()
    }
}
impl List {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::FileList, crate::Error>> + Send {
        crate::rt::pages(self)
    }
    /// Every element of `files` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::File, crate::Error>> + Send {
        crate::rt::items(self)
    }
}
static LIST_LABELS: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.files.listLabels",
    http_method: crate::rt::internal::HttpMethod::Get,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/listLabels"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.meet.readonly",
        "https://www.googleapis.com/auth/drive.metadata",
        "https://www.googleapis.com/auth/drive.metadata.readonly",
        "https://www.googleapis.com/auth/drive.readonly",
    ],
};
/// Request builder for `drive.files.listLabels`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`ListLabels` does nothing until it is sent"]
pub struct ListLabels {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) max_results: Option<i32>,
    pub(crate) page_token: Option<String>,
}
impl ListLabels {
    /// The maximum number of labels to return per page. When not set, defaults to 100.
    ///
    /// Server default: `100`.
    pub fn max_results(mut self, max_results: i32) -> Self {
        self.max_results = Some(max_results);
        self
    }
    /// The token for continuing a previous list request on the next page. This should be set to the value of `nextPageToken` from the previous response.
    pub fn page_token(mut self, page_token: impl Into<String>) -> Self {
        self.page_token = Some(page_token.into());
        self
    }
    /// Sends the request (`drive.files.listLabels`).
    pub async fn send(self) -> Result<crate::types::LabelList, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&LIST_LABELS, self.opts);
        call.path_arg(&self.file_id);
        if let Some(value) = &self.max_results {
            call.query("maxResults", value);
        }
        if let Some(value) = &self.page_token {
            call.query("pageToken", value);
        }
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for ListLabels {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
impl crate::rt::PageRequest for ListLabels {
    type Page = crate::types::LabelList;
    fn set_page_token(&mut self, token: String) {
        self.page_token = Some(token);
    }
    fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
        Box::pin(self.send())
    }
}
impl crate::rt::ItemsRequest for ListLabels {
    type Item = crate::types::Label;
    fn page_items(page: Self::Page) -> Vec<crate::types::Label> {
        page.labels.unwrap_or_default()
    }
}
impl ListLabels {
    /// Every page, following `nextPageToken` from this request's page on.
    pub fn pages(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::LabelList, crate::Error>> + Send
    {
        crate::rt::pages(self)
    }
    /// Every element of `labels` of every page, in order.
    pub fn items(
        self,
    ) -> impl futures_util::Stream<Item = Result<crate::types::Label, crate::Error>> + Send {
        crate::rt::items(self)
    }
}
static MODIFY_LABELS: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.files.modifyLabels",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/modifyLabels"),
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.metadata",
    ],
};
/// Request builder for `drive.files.modifyLabels`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`ModifyLabels` does nothing until it is sent"]
pub struct ModifyLabels {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) request: crate::types::ModifyLabelsRequest,
}
impl ModifyLabels {
    /// Sends the request (`drive.files.modifyLabels`).
    pub async fn send(self) -> Result<crate::types::ModifyLabelsResponse, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&MODIFY_LABELS, self.opts);
        call.path_arg(&self.file_id);
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for ModifyLabels {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static UPDATE: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.files.update",
    http_method: crate::rt::internal::HttpMethod::Patch,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
    ],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.appdata",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.metadata",
        "https://www.googleapis.com/auth/drive.scripts",
    ],
};
/// Request builder for `drive.files.update`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Update` does nothing until it is sent"]
pub struct Update {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) request: crate::types::File,
    pub(crate) add_parents: Option<String>,
    pub(crate) enforce_single_parent: Option<bool>,
    pub(crate) include_labels: Option<String>,
    pub(crate) include_permissions_for_view: Option<String>,
    pub(crate) keep_revision_forever: Option<bool>,
    pub(crate) ocr_language: Option<String>,
    pub(crate) remove_parents: Option<String>,
    pub(crate) supports_all_drives: Option<bool>,
    pub(crate) supports_team_drives: Option<bool>,
    pub(crate) use_content_as_indexable_text: Option<bool>,
}
impl Update {
    /// A comma-separated list of parent IDs to add.
    pub fn add_parents(mut self, add_parents: impl Into<String>) -> Self {
        self.add_parents = Some(add_parents.into());
        self
    }
    /// Deprecated: Adding files to multiple folders is no longer supported. Use shortcuts instead.
    ///
    /// Server default: `false`.
    ///
    /// **Deprecated** by the API.
    pub fn enforce_single_parent(mut self, enforce_single_parent: bool) -> Self {
        self.enforce_single_parent = Some(enforce_single_parent);
        self
    }
    /// A comma-separated list of IDs of labels to include in the `labelInfo` part of the response.
    pub fn include_labels(mut self, include_labels: impl Into<String>) -> Self {
        self.include_labels = Some(include_labels.into());
        self
    }
    /// Specifies which additional view's permissions to include in the response. Only `published` is supported.
    pub fn include_permissions_for_view(
        mut self,
        include_permissions_for_view: impl Into<String>,
    ) -> Self {
        self.include_permissions_for_view = Some(include_permissions_for_view.into());
        self
    }
    /// Whether to set the `keepForever` field in the new head revision. This is only applicable to files with binary content in Google Drive. Only 200 revisions for the file can be kept forever. If the limit is reached, try deleting pinned revisions.
    ///
    /// Server default: `false`.
    pub fn keep_revision_forever(mut self, keep_revision_forever: bool) -> Self {
        self.keep_revision_forever = Some(keep_revision_forever);
        self
    }
    /// A language hint for OCR processing during image import (ISO 639-1 code).
    pub fn ocr_language(mut self, ocr_language: impl Into<String>) -> Self {
        self.ocr_language = Some(ocr_language.into());
        self
    }
    /// A comma-separated list of parent IDs to remove.
    pub fn remove_parents(mut self, remove_parents: impl Into<String>) -> Self {
        self.remove_parents = Some(remove_parents.into());
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
    /// Whether to use the uploaded content as indexable text.
    ///
    /// Server default: `false`.
    pub fn use_content_as_indexable_text(mut self, use_content_as_indexable_text: bool) -> Self {
        self.use_content_as_indexable_text = Some(use_content_as_indexable_text);
        self
    }
    /// Sends the request (`drive.files.update`).
    pub async fn send(self) -> Result<crate::types::File, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&UPDATE, self.opts);
        call.path_arg(&self.file_id);
        if let Some(value) = &self.add_parents {
            call.query("addParents", value);
        }
        if let Some(value) = &self.enforce_single_parent {
            call.query("enforceSingleParent", value);
        }
        if let Some(value) = &self.include_labels {
            call.query("includeLabels", value);
        }
        if let Some(value) = &self.include_permissions_for_view {
            call.query("includePermissionsForView", value);
        }
        if let Some(value) = &self.keep_revision_forever {
            call.query("keepRevisionForever", value);
        }
        if let Some(value) = &self.ocr_language {
            call.query("ocrLanguage", value);
        }
        if let Some(value) = &self.remove_parents {
            call.query("removeParents", value);
        }
        if let Some(value) = &self.supports_all_drives {
            call.query("supportsAllDrives", value);
        }
        if let Some(value) = &self.supports_team_drives {
            call.query("supportsTeamDrives", value);
        }
        if let Some(value) = &self.use_content_as_indexable_text {
            call.query("useContentAsIndexableText", value);
        }
        call.json_body(&self.request);
        self.core.execute(call).await
    }
}
impl crate::rt::CallBuilder for Update {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
static UPDATE_UPLOAD: crate::rt::internal::MediaUpload = crate::rt::internal::MediaUpload {
    path: &[
        crate::rt::internal::PathPart::Literal("/upload/drive/v3/files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
    ],
    max_size: Some(5497558138880),
    accept: &["*/*"],
    multipart: true,
    resumable_path: &[
        crate::rt::internal::PathPart::Literal("/upload/drive/v3/files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
    ],
};
impl Update {
    /// Sends the request with `media` as its content, in one request to the upload endpoint `PATCH /upload/drive/v3/files/{fileId}`.
    ///
    /// The request body (`request`) is sent as JSON metadata before the media (`uploadType=multipart`, a `multipart/related` body).
    ///
    /// Checked before anything is sent (`Error::InvalidArgument` otherwise): its type must match `*/*`; it may hold at most 5497558138880 bytes.
    pub async fn upload(self, media: crate::rt::Media) -> Result<crate::types::File, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&UPDATE, self.opts);
        call.path_arg(&self.file_id);
        if let Some(value) = &self.add_parents {
            call.query("addParents", value);
        }
        if let Some(value) = &self.enforce_single_parent {
            call.query("enforceSingleParent", value);
        }
        if let Some(value) = &self.include_labels {
            call.query("includeLabels", value);
        }
        if let Some(value) = &self.include_permissions_for_view {
            call.query("includePermissionsForView", value);
        }
        if let Some(value) = &self.keep_revision_forever {
            call.query("keepRevisionForever", value);
        }
        if let Some(value) = &self.ocr_language {
            call.query("ocrLanguage", value);
        }
        if let Some(value) = &self.remove_parents {
            call.query("removeParents", value);
        }
        if let Some(value) = &self.supports_all_drives {
            call.query("supportsAllDrives", value);
        }
        if let Some(value) = &self.supports_team_drives {
            call.query("supportsTeamDrives", value);
        }
        if let Some(value) = &self.use_content_as_indexable_text {
            call.query("useContentAsIndexableText", value);
        }
        call.json_body(&self.request);
        call.media_upload(&UPDATE_UPLOAD, media);
        self.core.execute(call).await
    }
    /// Sends the request with `media` as its content through the resumable protocol: `PATCH /upload/drive/v3/files/{fileId}` (`uploadType=resumable`) opens an upload session, then the media goes in chunks (see `rt::Media::chunk_size`), resuming from the server's offset after a transient failure.
    ///
    /// The request body (`request`) is sent as JSON metadata before the media in the request that opens the session.
    ///
    /// Checked before anything is sent (`Error::InvalidArgument` otherwise): its type must match `*/*`; it may hold at most 5497558138880 bytes.
    pub async fn upload_resumable(
        self,
        media: crate::rt::Media,
    ) -> Result<crate::types::File, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&UPDATE, self.opts);
        call.path_arg(&self.file_id);
        if let Some(value) = &self.add_parents {
            call.query("addParents", value);
        }
        if let Some(value) = &self.enforce_single_parent {
            call.query("enforceSingleParent", value);
        }
        if let Some(value) = &self.include_labels {
            call.query("includeLabels", value);
        }
        if let Some(value) = &self.include_permissions_for_view {
            call.query("includePermissionsForView", value);
        }
        if let Some(value) = &self.keep_revision_forever {
            call.query("keepRevisionForever", value);
        }
        if let Some(value) = &self.ocr_language {
            call.query("ocrLanguage", value);
        }
        if let Some(value) = &self.remove_parents {
            call.query("removeParents", value);
        }
        if let Some(value) = &self.supports_all_drives {
            call.query("supportsAllDrives", value);
        }
        if let Some(value) = &self.supports_team_drives {
            call.query("supportsTeamDrives", value);
        }
        if let Some(value) = &self.use_content_as_indexable_text {
            call.query("useContentAsIndexableText", value);
        }
        call.json_body(&self.request);
        call.resumable_upload(&UPDATE_UPLOAD, media);
        self.core.execute(call).await
    }
}
static WATCH: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.files.watch",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[
        crate::rt::internal::PathPart::Literal("files/"),
        crate::rt::internal::PathPart::Param {
            name: "fileId",
            reserved: false,
            pattern: None,
        },
        crate::rt::internal::PathPart::Literal("/watch"),
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
/// Request builder for `drive.files.watch`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Watch` does nothing until it is sent"]
pub struct Watch {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) file_id: String,
    pub(crate) request: crate::types::Channel,
    pub(crate) acknowledge_abuse: Option<bool>,
    pub(crate) include_labels: Option<String>,
    pub(crate) include_permissions_for_view: Option<String>,
    pub(crate) supports_all_drives: Option<bool>,
    pub(crate) supports_team_drives: Option<bool>,
}
impl Watch {
    /// Whether the user is acknowledging the risk of downloading known malware or other abusive files. This is only applicable when the `alt` parameter is set to `media` and the user is the owner of the file or an organizer of the shared drive in which the file resides.
    ///
    /// Server default: `false`.
    pub fn acknowledge_abuse(mut self, acknowledge_abuse: bool) -> Self {
        self.acknowledge_abuse = Some(acknowledge_abuse);
        self
    }
    /// A comma-separated list of IDs of labels to include in the `labelInfo` part of the response.
    pub fn include_labels(mut self, include_labels: impl Into<String>) -> Self {
        self.include_labels = Some(include_labels.into());
        self
    }
    /// Specifies which additional view's permissions to include in the response. Only `published` is supported.
    pub fn include_permissions_for_view(
        mut self,
        include_permissions_for_view: impl Into<String>,
    ) -> Self {
        self.include_permissions_for_view = Some(include_permissions_for_view.into());
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
    /// Sends the request (`drive.files.watch`).
    pub async fn send(self) -> Result<crate::types::Channel, crate::Error> {
        let mut call = crate::rt::internal::Call::new(&WATCH, self.opts);
        call.path_arg(&self.file_id);
        if let Some(value) = &self.acknowledge_abuse {
            call.query("acknowledgeAbuse", value);
        }
        if let Some(value) = &self.include_labels {
            call.query("includeLabels", value);
        }
        if let Some(value) = &self.include_permissions_for_view {
            call.query("includePermissionsForView", value);
        }
        if let Some(value) = &self.supports_all_drives {
            call.query("supportsAllDrives", value);
        }
        if let Some(value) = &self.supports_team_drives {
            call.query("supportsTeamDrives", value);
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
