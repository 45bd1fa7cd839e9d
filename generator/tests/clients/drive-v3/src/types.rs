//! Request and response types of the Google Drive API, one per schema of the Discovery document.
use crate::rt;
use std::collections::BTreeMap;
/// Information about the user, the user's Drive, and system capabilities.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct About {
    /// Whether the user has installed the requesting app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_installed: Option<bool>,
    /// Whether the user can create shared drives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_create_drives: Option<bool>,
    /// Deprecated: Use `canCreateDrives` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_create_team_drives: Option<bool>,
    /// A list of themes that are supported for shared drives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drive_themes: Option<Vec<AboutDriveThemesItem>>,
    /// A map of source MIME type to possible targets for all supported exports.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_formats: Option<BTreeMap<String, Vec<String>>>,
    /// The currently supported folder colors as RGB hex strings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub folder_color_palette: Option<Vec<String>>,
    /// A map of source MIME type to possible targets for all supported imports.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import_formats: Option<BTreeMap<String, Vec<String>>>,
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#about"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// A map of maximum import sizes by MIME type, in bytes.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<BTreeMap<rt::internal::serde::Same,rt::internal::serde::Int64>>>"
    )]
    pub max_import_sizes: Option<BTreeMap<String, i64>>,
    /// The maximum upload size in bytes.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub max_upload_size: Option<i64>,
    /// The user's storage quota limits and usage. For users that are part of an organization with pooled storage, information about the limit and usage across all services is for the organization, rather than the individual user. All fields are measured in bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub storage_quota: Option<AboutStorageQuota>,
    /// Deprecated: Use `driveThemes` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_drive_themes: Option<Vec<AboutTeamDriveThemesItem>>,
    /// The authenticated user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<User>,
}
impl About {
    /// Sets [`app_installed`](Self::app_installed).
    pub fn set_app_installed(mut self, value: impl Into<bool>) -> Self {
        self.app_installed = Some(value.into());
        self
    }
    /// Sets [`app_installed`](Self::app_installed), or clears it with `None`.
    pub fn set_or_clear_app_installed(mut self, value: Option<bool>) -> Self {
        self.app_installed = value;
        self
    }
    /// Sets [`can_create_drives`](Self::can_create_drives).
    pub fn set_can_create_drives(mut self, value: impl Into<bool>) -> Self {
        self.can_create_drives = Some(value.into());
        self
    }
    /// Sets [`can_create_drives`](Self::can_create_drives), or clears it with `None`.
    pub fn set_or_clear_can_create_drives(mut self, value: Option<bool>) -> Self {
        self.can_create_drives = value;
        self
    }
    /// Sets [`can_create_team_drives`](Self::can_create_team_drives).
    pub fn set_can_create_team_drives(mut self, value: impl Into<bool>) -> Self {
        self.can_create_team_drives = Some(value.into());
        self
    }
    /// Sets [`can_create_team_drives`](Self::can_create_team_drives), or clears it with `None`.
    pub fn set_or_clear_can_create_team_drives(mut self, value: Option<bool>) -> Self {
        self.can_create_team_drives = value;
        self
    }
    /// Sets [`drive_themes`](Self::drive_themes).
    pub fn set_drive_themes<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<AboutDriveThemesItem>,
    {
        self.drive_themes = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`drive_themes`](Self::drive_themes), or clears it with `None`.
    pub fn set_or_clear_drive_themes(mut self, value: Option<Vec<AboutDriveThemesItem>>) -> Self {
        self.drive_themes = value;
        self
    }
    /// Sets [`export_formats`](Self::export_formats).
    pub fn set_export_formats<I, K, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<Vec<String>>,
    {
        self.export_formats = Some(
            value
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        );
        self
    }
    /// Sets [`export_formats`](Self::export_formats), or clears it with `None`.
    pub fn set_or_clear_export_formats(
        mut self,
        value: Option<BTreeMap<String, Vec<String>>>,
    ) -> Self {
        self.export_formats = value;
        self
    }
    /// Sets [`folder_color_palette`](Self::folder_color_palette).
    pub fn set_folder_color_palette<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.folder_color_palette = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`folder_color_palette`](Self::folder_color_palette), or clears it with `None`.
    pub fn set_or_clear_folder_color_palette(mut self, value: Option<Vec<String>>) -> Self {
        self.folder_color_palette = value;
        self
    }
    /// Sets [`import_formats`](Self::import_formats).
    pub fn set_import_formats<I, K, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<Vec<String>>,
    {
        self.import_formats = Some(
            value
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        );
        self
    }
    /// Sets [`import_formats`](Self::import_formats), or clears it with `None`.
    pub fn set_or_clear_import_formats(
        mut self,
        value: Option<BTreeMap<String, Vec<String>>>,
    ) -> Self {
        self.import_formats = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`max_import_sizes`](Self::max_import_sizes).
    pub fn set_max_import_sizes<I, K, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<i64>,
    {
        self.max_import_sizes = Some(
            value
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        );
        self
    }
    /// Sets [`max_import_sizes`](Self::max_import_sizes), or clears it with `None`.
    pub fn set_or_clear_max_import_sizes(mut self, value: Option<BTreeMap<String, i64>>) -> Self {
        self.max_import_sizes = value;
        self
    }
    /// Sets [`max_upload_size`](Self::max_upload_size).
    pub fn set_max_upload_size(mut self, value: impl Into<i64>) -> Self {
        self.max_upload_size = Some(value.into());
        self
    }
    /// Sets [`max_upload_size`](Self::max_upload_size), or clears it with `None`.
    pub fn set_or_clear_max_upload_size(mut self, value: Option<i64>) -> Self {
        self.max_upload_size = value;
        self
    }
    /// Sets [`storage_quota`](Self::storage_quota).
    pub fn set_storage_quota(mut self, value: impl Into<AboutStorageQuota>) -> Self {
        self.storage_quota = Some(value.into());
        self
    }
    /// Sets [`storage_quota`](Self::storage_quota), or clears it with `None`.
    pub fn set_or_clear_storage_quota(mut self, value: Option<AboutStorageQuota>) -> Self {
        self.storage_quota = value;
        self
    }
    /// Sets [`team_drive_themes`](Self::team_drive_themes).
    pub fn set_team_drive_themes<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<AboutTeamDriveThemesItem>,
    {
        self.team_drive_themes = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`team_drive_themes`](Self::team_drive_themes), or clears it with `None`.
    pub fn set_or_clear_team_drive_themes(
        mut self,
        value: Option<Vec<AboutTeamDriveThemesItem>>,
    ) -> Self {
        self.team_drive_themes = value;
        self
    }
    /// Sets [`user`](Self::user).
    pub fn set_user(mut self, value: impl Into<User>) -> Self {
        self.user = Some(value.into());
        self
    }
    /// Sets [`user`](Self::user), or clears it with `None`.
    pub fn set_or_clear_user(mut self, value: Option<User>) -> Self {
        self.user = value;
        self
    }
}
/// The `About.properties.driveThemes.items` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct AboutDriveThemesItem {
    /// A link to this theme's background image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background_image_link: Option<String>,
    /// The color of this theme as an RGB hex string.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color_rgb: Option<String>,
    /// The ID of the theme.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl AboutDriveThemesItem {
    /// Sets [`background_image_link`](Self::background_image_link).
    pub fn set_background_image_link(mut self, value: impl Into<String>) -> Self {
        self.background_image_link = Some(value.into());
        self
    }
    /// Sets [`background_image_link`](Self::background_image_link), or clears it with `None`.
    pub fn set_or_clear_background_image_link(mut self, value: Option<String>) -> Self {
        self.background_image_link = value;
        self
    }
    /// Sets [`color_rgb`](Self::color_rgb).
    pub fn set_color_rgb(mut self, value: impl Into<String>) -> Self {
        self.color_rgb = Some(value.into());
        self
    }
    /// Sets [`color_rgb`](Self::color_rgb), or clears it with `None`.
    pub fn set_or_clear_color_rgb(mut self, value: Option<String>) -> Self {
        self.color_rgb = value;
        self
    }
    /// Sets [`id`](Self::id).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`id`](Self::id), or clears it with `None`.
    pub fn set_or_clear_id(mut self, value: Option<String>) -> Self {
        self.id = value;
        self
    }
}
/// The user's storage quota limits and usage. For users that are part of an organization with pooled storage, information about the limit and usage across all services is for the organization, rather than the individual user. All fields are measured in bytes.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct AboutStorageQuota {
    /// The usage limit, if applicable. This will not be present if the user has unlimited storage. For users that are part of an organization with pooled storage, this is the limit for the organization, rather than the individual user.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub limit: Option<i64>,
    /// The total usage across all services. For users that are part of an organization with pooled storage, this is the usage across all services for the organization, rather than the individual user.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub usage: Option<i64>,
    /// The usage by all files in Google Drive.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub usage_in_drive: Option<i64>,
    /// The usage by trashed files in Google Drive.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub usage_in_drive_trash: Option<i64>,
}
impl AboutStorageQuota {
    /// Sets [`limit`](Self::limit).
    pub fn set_limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Sets [`limit`](Self::limit), or clears it with `None`.
    pub fn set_or_clear_limit(mut self, value: Option<i64>) -> Self {
        self.limit = value;
        self
    }
    /// Sets [`usage`](Self::usage).
    pub fn set_usage(mut self, value: impl Into<i64>) -> Self {
        self.usage = Some(value.into());
        self
    }
    /// Sets [`usage`](Self::usage), or clears it with `None`.
    pub fn set_or_clear_usage(mut self, value: Option<i64>) -> Self {
        self.usage = value;
        self
    }
    /// Sets [`usage_in_drive`](Self::usage_in_drive).
    pub fn set_usage_in_drive(mut self, value: impl Into<i64>) -> Self {
        self.usage_in_drive = Some(value.into());
        self
    }
    /// Sets [`usage_in_drive`](Self::usage_in_drive), or clears it with `None`.
    pub fn set_or_clear_usage_in_drive(mut self, value: Option<i64>) -> Self {
        self.usage_in_drive = value;
        self
    }
    /// Sets [`usage_in_drive_trash`](Self::usage_in_drive_trash).
    pub fn set_usage_in_drive_trash(mut self, value: impl Into<i64>) -> Self {
        self.usage_in_drive_trash = Some(value.into());
        self
    }
    /// Sets [`usage_in_drive_trash`](Self::usage_in_drive_trash), or clears it with `None`.
    pub fn set_or_clear_usage_in_drive_trash(mut self, value: Option<i64>) -> Self {
        self.usage_in_drive_trash = value;
        self
    }
}
/// The `About.properties.teamDriveThemes.items` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct AboutTeamDriveThemesItem {
    /// Deprecated: Use `driveThemes/backgroundImageLink` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background_image_link: Option<String>,
    /// Deprecated: Use `driveThemes/colorRgb` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color_rgb: Option<String>,
    /// Deprecated: Use `driveThemes/id` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl AboutTeamDriveThemesItem {
    /// Sets [`background_image_link`](Self::background_image_link).
    pub fn set_background_image_link(mut self, value: impl Into<String>) -> Self {
        self.background_image_link = Some(value.into());
        self
    }
    /// Sets [`background_image_link`](Self::background_image_link), or clears it with `None`.
    pub fn set_or_clear_background_image_link(mut self, value: Option<String>) -> Self {
        self.background_image_link = value;
        self
    }
    /// Sets [`color_rgb`](Self::color_rgb).
    pub fn set_color_rgb(mut self, value: impl Into<String>) -> Self {
        self.color_rgb = Some(value.into());
        self
    }
    /// Sets [`color_rgb`](Self::color_rgb), or clears it with `None`.
    pub fn set_or_clear_color_rgb(mut self, value: Option<String>) -> Self {
        self.color_rgb = value;
        self
    }
    /// Sets [`id`](Self::id).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`id`](Self::id), or clears it with `None`.
    pub fn set_or_clear_id(mut self, value: Option<String>) -> Self {
        self.id = value;
        self
    }
}
/// Manage outstanding access proposals on a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccessProposal {
    /// The creation time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<rt::Timestamp>,
    /// The file ID that the proposal for access is on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// The ID of the access proposal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proposal_id: Option<String>,
    /// The email address of the user that will receive permissions, if accepted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recipient_email_address: Option<String>,
    /// The message that the requester added to the proposal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_message: Option<String>,
    /// The email address of the requesting user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requester_email_address: Option<String>,
    /// A wrapper for the role and view of an access proposal. For more information, see \[Roles and permissions\](<https://developers.google.com/workspace/drive/api/guides/ref-roles>).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roles_and_views: Option<Vec<AccessProposalRoleAndView>>,
}
impl AccessProposal {
    /// Sets [`create_time`](Self::create_time).
    pub fn set_create_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.create_time = Some(value.into());
        self
    }
    /// Sets [`create_time`](Self::create_time), or clears it with `None`.
    pub fn set_or_clear_create_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.create_time = value;
        self
    }
    /// Sets [`file_id`](Self::file_id).
    pub fn set_file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets [`file_id`](Self::file_id), or clears it with `None`.
    pub fn set_or_clear_file_id(mut self, value: Option<String>) -> Self {
        self.file_id = value;
        self
    }
    /// Sets [`proposal_id`](Self::proposal_id).
    pub fn set_proposal_id(mut self, value: impl Into<String>) -> Self {
        self.proposal_id = Some(value.into());
        self
    }
    /// Sets [`proposal_id`](Self::proposal_id), or clears it with `None`.
    pub fn set_or_clear_proposal_id(mut self, value: Option<String>) -> Self {
        self.proposal_id = value;
        self
    }
    /// Sets [`recipient_email_address`](Self::recipient_email_address).
    pub fn set_recipient_email_address(mut self, value: impl Into<String>) -> Self {
        self.recipient_email_address = Some(value.into());
        self
    }
    /// Sets [`recipient_email_address`](Self::recipient_email_address), or clears it with `None`.
    pub fn set_or_clear_recipient_email_address(mut self, value: Option<String>) -> Self {
        self.recipient_email_address = value;
        self
    }
    /// Sets [`request_message`](Self::request_message).
    pub fn set_request_message(mut self, value: impl Into<String>) -> Self {
        self.request_message = Some(value.into());
        self
    }
    /// Sets [`request_message`](Self::request_message), or clears it with `None`.
    pub fn set_or_clear_request_message(mut self, value: Option<String>) -> Self {
        self.request_message = value;
        self
    }
    /// Sets [`requester_email_address`](Self::requester_email_address).
    pub fn set_requester_email_address(mut self, value: impl Into<String>) -> Self {
        self.requester_email_address = Some(value.into());
        self
    }
    /// Sets [`requester_email_address`](Self::requester_email_address), or clears it with `None`.
    pub fn set_or_clear_requester_email_address(mut self, value: Option<String>) -> Self {
        self.requester_email_address = value;
        self
    }
    /// Sets [`roles_and_views`](Self::roles_and_views).
    pub fn set_roles_and_views<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<AccessProposalRoleAndView>,
    {
        self.roles_and_views = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`roles_and_views`](Self::roles_and_views), or clears it with `None`.
    pub fn set_or_clear_roles_and_views(
        mut self,
        value: Option<Vec<AccessProposalRoleAndView>>,
    ) -> Self {
        self.roles_and_views = value;
        self
    }
}
/// A wrapper for the role and view of an access proposal. For more information, see \[Roles and permissions\](<https://developers.google.com/workspace/drive/api/guides/ref-roles>).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccessProposalRoleAndView {
    /// The role that was proposed by the requester. The supported values are: * `writer` * `commenter` * `reader`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Indicates the view for this access proposal. Only populated for proposals that belong to a view. Only `published` is supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub view: Option<String>,
}
impl AccessProposalRoleAndView {
    /// Sets [`role`](Self::role).
    pub fn set_role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
    /// Sets [`role`](Self::role), or clears it with `None`.
    pub fn set_or_clear_role(mut self, value: Option<String>) -> Self {
        self.role = value;
        self
    }
    /// Sets [`view`](Self::view).
    pub fn set_view(mut self, value: impl Into<String>) -> Self {
        self.view = Some(value.into());
        self
    }
    /// Sets [`view`](Self::view), or clears it with `None`.
    pub fn set_or_clear_view(mut self, value: Option<String>) -> Self {
        self.view = value;
        self
    }
}
/// Representation of a reviewer addition.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct AddReviewer {
    /// Required. The email of the reviewer to add.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub added_reviewer_email: Option<String>,
}
impl AddReviewer {
    /// Sets [`added_reviewer_email`](Self::added_reviewer_email).
    pub fn set_added_reviewer_email(mut self, value: impl Into<String>) -> Self {
        self.added_reviewer_email = Some(value.into());
        self
    }
    /// Sets [`added_reviewer_email`](Self::added_reviewer_email), or clears it with `None`.
    pub fn set_or_clear_added_reviewer_email(mut self, value: Option<String>) -> Self {
        self.added_reviewer_email = value;
        self
    }
}
/// The `apps` resource provides a list of apps that a user has installed, with information about each app's supported MIME types, file extensions, and other details. Some resource methods (such as `apps.get`) require an `appId`. Use the `apps.list` method to retrieve the ID for an installed application.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct App {
    /// Whether the app is authorized to access data on the user's Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorized: Option<bool>,
    /// The template URL to create a file with this app in a given folder. The template contains the {folderId} to be replaced by the folder ID house the new file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_in_folder_template: Option<String>,
    /// The URL to create a file with this app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_url: Option<String>,
    /// Whether the app has Drive-wide scope. An app with Drive-wide scope can access all files in the user's Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_drive_wide_scope: Option<bool>,
    /// The various icons for the app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub icons: Option<Vec<AppIcons>>,
    /// The ID of the app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Whether the app is installed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub installed: Option<bool>,
    /// Output only. Identifies what kind of resource this is. Value: the fixed string "drive#app".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// A long description of the app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub long_description: Option<String>,
    /// The name of the app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The type of object this app creates such as a Chart. If empty, the app name should be used instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// The template URL for opening files with this app. The template contains {ids} or {exportIds} to be replaced by the actual file IDs. For more information, see Open Files for the full documentation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open_url_template: Option<String>,
    /// The list of primary file extensions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_file_extensions: Option<Vec<String>>,
    /// The list of primary MIME types.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_mime_types: Option<Vec<String>>,
    /// The ID of the product listing for this app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_id: Option<String>,
    /// A link to the product listing for this app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_url: Option<String>,
    /// The list of secondary file extensions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secondary_file_extensions: Option<Vec<String>>,
    /// The list of secondary MIME types.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secondary_mime_types: Option<Vec<String>>,
    /// A short description of the app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub short_description: Option<String>,
    /// Whether this app supports creating objects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supports_create: Option<bool>,
    /// Whether this app supports importing from Google Docs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supports_import: Option<bool>,
    /// Whether this app supports opening more than one file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supports_multi_open: Option<bool>,
    /// Whether this app supports creating files when offline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supports_offline_create: Option<bool>,
    /// Whether the app is selected as the default handler for the types it supports.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub use_by_default: Option<bool>,
}
impl App {
    /// Sets [`authorized`](Self::authorized).
    pub fn set_authorized(mut self, value: impl Into<bool>) -> Self {
        self.authorized = Some(value.into());
        self
    }
    /// Sets [`authorized`](Self::authorized), or clears it with `None`.
    pub fn set_or_clear_authorized(mut self, value: Option<bool>) -> Self {
        self.authorized = value;
        self
    }
    /// Sets [`create_in_folder_template`](Self::create_in_folder_template).
    pub fn set_create_in_folder_template(mut self, value: impl Into<String>) -> Self {
        self.create_in_folder_template = Some(value.into());
        self
    }
    /// Sets [`create_in_folder_template`](Self::create_in_folder_template), or clears it with `None`.
    pub fn set_or_clear_create_in_folder_template(mut self, value: Option<String>) -> Self {
        self.create_in_folder_template = value;
        self
    }
    /// Sets [`create_url`](Self::create_url).
    pub fn set_create_url(mut self, value: impl Into<String>) -> Self {
        self.create_url = Some(value.into());
        self
    }
    /// Sets [`create_url`](Self::create_url), or clears it with `None`.
    pub fn set_or_clear_create_url(mut self, value: Option<String>) -> Self {
        self.create_url = value;
        self
    }
    /// Sets [`has_drive_wide_scope`](Self::has_drive_wide_scope).
    pub fn set_has_drive_wide_scope(mut self, value: impl Into<bool>) -> Self {
        self.has_drive_wide_scope = Some(value.into());
        self
    }
    /// Sets [`has_drive_wide_scope`](Self::has_drive_wide_scope), or clears it with `None`.
    pub fn set_or_clear_has_drive_wide_scope(mut self, value: Option<bool>) -> Self {
        self.has_drive_wide_scope = value;
        self
    }
    /// Sets [`icons`](Self::icons).
    pub fn set_icons<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<AppIcons>,
    {
        self.icons = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`icons`](Self::icons), or clears it with `None`.
    pub fn set_or_clear_icons(mut self, value: Option<Vec<AppIcons>>) -> Self {
        self.icons = value;
        self
    }
    /// Sets [`id`](Self::id).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`id`](Self::id), or clears it with `None`.
    pub fn set_or_clear_id(mut self, value: Option<String>) -> Self {
        self.id = value;
        self
    }
    /// Sets [`installed`](Self::installed).
    pub fn set_installed(mut self, value: impl Into<bool>) -> Self {
        self.installed = Some(value.into());
        self
    }
    /// Sets [`installed`](Self::installed), or clears it with `None`.
    pub fn set_or_clear_installed(mut self, value: Option<bool>) -> Self {
        self.installed = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`long_description`](Self::long_description).
    pub fn set_long_description(mut self, value: impl Into<String>) -> Self {
        self.long_description = Some(value.into());
        self
    }
    /// Sets [`long_description`](Self::long_description), or clears it with `None`.
    pub fn set_or_clear_long_description(mut self, value: Option<String>) -> Self {
        self.long_description = value;
        self
    }
    /// Sets [`name`](Self::name).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`name`](Self::name), or clears it with `None`.
    pub fn set_or_clear_name(mut self, value: Option<String>) -> Self {
        self.name = value;
        self
    }
    /// Sets [`object_type`](Self::object_type).
    pub fn set_object_type(mut self, value: impl Into<String>) -> Self {
        self.object_type = Some(value.into());
        self
    }
    /// Sets [`object_type`](Self::object_type), or clears it with `None`.
    pub fn set_or_clear_object_type(mut self, value: Option<String>) -> Self {
        self.object_type = value;
        self
    }
    /// Sets [`open_url_template`](Self::open_url_template).
    pub fn set_open_url_template(mut self, value: impl Into<String>) -> Self {
        self.open_url_template = Some(value.into());
        self
    }
    /// Sets [`open_url_template`](Self::open_url_template), or clears it with `None`.
    pub fn set_or_clear_open_url_template(mut self, value: Option<String>) -> Self {
        self.open_url_template = value;
        self
    }
    /// Sets [`primary_file_extensions`](Self::primary_file_extensions).
    pub fn set_primary_file_extensions<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.primary_file_extensions = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`primary_file_extensions`](Self::primary_file_extensions), or clears it with `None`.
    pub fn set_or_clear_primary_file_extensions(mut self, value: Option<Vec<String>>) -> Self {
        self.primary_file_extensions = value;
        self
    }
    /// Sets [`primary_mime_types`](Self::primary_mime_types).
    pub fn set_primary_mime_types<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.primary_mime_types = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`primary_mime_types`](Self::primary_mime_types), or clears it with `None`.
    pub fn set_or_clear_primary_mime_types(mut self, value: Option<Vec<String>>) -> Self {
        self.primary_mime_types = value;
        self
    }
    /// Sets [`product_id`](Self::product_id).
    pub fn set_product_id(mut self, value: impl Into<String>) -> Self {
        self.product_id = Some(value.into());
        self
    }
    /// Sets [`product_id`](Self::product_id), or clears it with `None`.
    pub fn set_or_clear_product_id(mut self, value: Option<String>) -> Self {
        self.product_id = value;
        self
    }
    /// Sets [`product_url`](Self::product_url).
    pub fn set_product_url(mut self, value: impl Into<String>) -> Self {
        self.product_url = Some(value.into());
        self
    }
    /// Sets [`product_url`](Self::product_url), or clears it with `None`.
    pub fn set_or_clear_product_url(mut self, value: Option<String>) -> Self {
        self.product_url = value;
        self
    }
    /// Sets [`secondary_file_extensions`](Self::secondary_file_extensions).
    pub fn set_secondary_file_extensions<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.secondary_file_extensions = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`secondary_file_extensions`](Self::secondary_file_extensions), or clears it with `None`.
    pub fn set_or_clear_secondary_file_extensions(mut self, value: Option<Vec<String>>) -> Self {
        self.secondary_file_extensions = value;
        self
    }
    /// Sets [`secondary_mime_types`](Self::secondary_mime_types).
    pub fn set_secondary_mime_types<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.secondary_mime_types = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`secondary_mime_types`](Self::secondary_mime_types), or clears it with `None`.
    pub fn set_or_clear_secondary_mime_types(mut self, value: Option<Vec<String>>) -> Self {
        self.secondary_mime_types = value;
        self
    }
    /// Sets [`short_description`](Self::short_description).
    pub fn set_short_description(mut self, value: impl Into<String>) -> Self {
        self.short_description = Some(value.into());
        self
    }
    /// Sets [`short_description`](Self::short_description), or clears it with `None`.
    pub fn set_or_clear_short_description(mut self, value: Option<String>) -> Self {
        self.short_description = value;
        self
    }
    /// Sets [`supports_create`](Self::supports_create).
    pub fn set_supports_create(mut self, value: impl Into<bool>) -> Self {
        self.supports_create = Some(value.into());
        self
    }
    /// Sets [`supports_create`](Self::supports_create), or clears it with `None`.
    pub fn set_or_clear_supports_create(mut self, value: Option<bool>) -> Self {
        self.supports_create = value;
        self
    }
    /// Sets [`supports_import`](Self::supports_import).
    pub fn set_supports_import(mut self, value: impl Into<bool>) -> Self {
        self.supports_import = Some(value.into());
        self
    }
    /// Sets [`supports_import`](Self::supports_import), or clears it with `None`.
    pub fn set_or_clear_supports_import(mut self, value: Option<bool>) -> Self {
        self.supports_import = value;
        self
    }
    /// Sets [`supports_multi_open`](Self::supports_multi_open).
    pub fn set_supports_multi_open(mut self, value: impl Into<bool>) -> Self {
        self.supports_multi_open = Some(value.into());
        self
    }
    /// Sets [`supports_multi_open`](Self::supports_multi_open), or clears it with `None`.
    pub fn set_or_clear_supports_multi_open(mut self, value: Option<bool>) -> Self {
        self.supports_multi_open = value;
        self
    }
    /// Sets [`supports_offline_create`](Self::supports_offline_create).
    pub fn set_supports_offline_create(mut self, value: impl Into<bool>) -> Self {
        self.supports_offline_create = Some(value.into());
        self
    }
    /// Sets [`supports_offline_create`](Self::supports_offline_create), or clears it with `None`.
    pub fn set_or_clear_supports_offline_create(mut self, value: Option<bool>) -> Self {
        self.supports_offline_create = value;
        self
    }
    /// Sets [`use_by_default`](Self::use_by_default).
    pub fn set_use_by_default(mut self, value: impl Into<bool>) -> Self {
        self.use_by_default = Some(value.into());
        self
    }
    /// Sets [`use_by_default`](Self::use_by_default), or clears it with `None`.
    pub fn set_or_clear_use_by_default(mut self, value: Option<bool>) -> Self {
        self.use_by_default = value;
        self
    }
}
/// The `AppIcons` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct AppIcons {
    /// Category of the icon. Allowed values are: * `application` - The icon for the application. * `document` - The icon for a file associated with the app. * `documentShared` - The icon for a shared file associated with the app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// URL for the icon.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub icon_url: Option<String>,
    /// Size of the icon. Represented as the maximum of the width and height.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<i32>,
}
impl AppIcons {
    /// Sets [`category`](Self::category).
    pub fn set_category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }
    /// Sets [`category`](Self::category), or clears it with `None`.
    pub fn set_or_clear_category(mut self, value: Option<String>) -> Self {
        self.category = value;
        self
    }
    /// Sets [`icon_url`](Self::icon_url).
    pub fn set_icon_url(mut self, value: impl Into<String>) -> Self {
        self.icon_url = Some(value.into());
        self
    }
    /// Sets [`icon_url`](Self::icon_url), or clears it with `None`.
    pub fn set_or_clear_icon_url(mut self, value: Option<String>) -> Self {
        self.icon_url = value;
        self
    }
    /// Sets [`size`](Self::size).
    pub fn set_size(mut self, value: impl Into<i32>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets [`size`](Self::size), or clears it with `None`.
    pub fn set_or_clear_size(mut self, value: Option<i32>) -> Self {
        self.size = value;
        self
    }
}
/// A list of third-party applications which the user has installed or given access to Google Drive.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct AppList {
    /// The list of app IDs that the user has specified to use by default. The list is in reverse-priority order (lowest to highest).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_app_ids: Option<Vec<String>>,
    /// The list of apps.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<App>>,
    /// Output only. Identifies what kind of resource this is. Value: the fixed string "drive#appList".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// A link back to this list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
}
impl AppList {
    /// Sets [`default_app_ids`](Self::default_app_ids).
    pub fn set_default_app_ids<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.default_app_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`default_app_ids`](Self::default_app_ids), or clears it with `None`.
    pub fn set_or_clear_default_app_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.default_app_ids = value;
        self
    }
    /// Sets [`items`](Self::items).
    pub fn set_items<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<App>,
    {
        self.items = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`items`](Self::items), or clears it with `None`.
    pub fn set_or_clear_items(mut self, value: Option<Vec<App>>) -> Self {
        self.items = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`self_link`](Self::self_link).
    pub fn set_self_link(mut self, value: impl Into<String>) -> Self {
        self.self_link = Some(value.into());
        self
    }
    /// Sets [`self_link`](Self::self_link), or clears it with `None`.
    pub fn set_or_clear_self_link(mut self, value: Option<String>) -> Self {
        self.self_link = value;
        self
    }
}
/// Metadata for an approval. An approval is a review or approve process for a Drive item.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Approval {
    /// The approval ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approval_id: Option<String>,
    /// The revision ID of the file when the approval completed successfully. This is only set when the approval status is APPROVED.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approved_revision_id: Option<String>,
    /// The time the approval was completed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub complete_time: Option<rt::Timestamp>,
    /// The time the approval was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<rt::Timestamp>,
    /// The time that the approval is due.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_time: Option<rt::Timestamp>,
    /// The behavior of the approval when the file content changes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_content_change_behavior: Option<ApprovalFileContentChangeBehavior>,
    /// The user that requested the approval.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initiator: Option<User>,
    /// This is always drive#approval.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The most recent time the approval was modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modify_time: Option<rt::Timestamp>,
    /// The responses made on the approval by reviewers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewer_responses: Option<Vec<ReviewerResponse>>,
    /// The status of the approval at the time this resource was requested.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ApprovalStatus>,
    /// Target file id of the approval.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_file_id: Option<String>,
}
impl Approval {
    /// Sets [`approval_id`](Self::approval_id).
    pub fn set_approval_id(mut self, value: impl Into<String>) -> Self {
        self.approval_id = Some(value.into());
        self
    }
    /// Sets [`approval_id`](Self::approval_id), or clears it with `None`.
    pub fn set_or_clear_approval_id(mut self, value: Option<String>) -> Self {
        self.approval_id = value;
        self
    }
    /// Sets [`approved_revision_id`](Self::approved_revision_id).
    pub fn set_approved_revision_id(mut self, value: impl Into<String>) -> Self {
        self.approved_revision_id = Some(value.into());
        self
    }
    /// Sets [`approved_revision_id`](Self::approved_revision_id), or clears it with `None`.
    pub fn set_or_clear_approved_revision_id(mut self, value: Option<String>) -> Self {
        self.approved_revision_id = value;
        self
    }
    /// Sets [`complete_time`](Self::complete_time).
    pub fn set_complete_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.complete_time = Some(value.into());
        self
    }
    /// Sets [`complete_time`](Self::complete_time), or clears it with `None`.
    pub fn set_or_clear_complete_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.complete_time = value;
        self
    }
    /// Sets [`create_time`](Self::create_time).
    pub fn set_create_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.create_time = Some(value.into());
        self
    }
    /// Sets [`create_time`](Self::create_time), or clears it with `None`.
    pub fn set_or_clear_create_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.create_time = value;
        self
    }
    /// Sets [`due_time`](Self::due_time).
    pub fn set_due_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.due_time = Some(value.into());
        self
    }
    /// Sets [`due_time`](Self::due_time), or clears it with `None`.
    pub fn set_or_clear_due_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.due_time = value;
        self
    }
    /// Sets [`file_content_change_behavior`](Self::file_content_change_behavior).
    pub fn set_file_content_change_behavior(
        mut self,
        value: impl Into<ApprovalFileContentChangeBehavior>,
    ) -> Self {
        self.file_content_change_behavior = Some(value.into());
        self
    }
    /// Sets [`file_content_change_behavior`](Self::file_content_change_behavior), or clears it with `None`.
    pub fn set_or_clear_file_content_change_behavior(
        mut self,
        value: Option<ApprovalFileContentChangeBehavior>,
    ) -> Self {
        self.file_content_change_behavior = value;
        self
    }
    /// Sets [`initiator`](Self::initiator).
    pub fn set_initiator(mut self, value: impl Into<User>) -> Self {
        self.initiator = Some(value.into());
        self
    }
    /// Sets [`initiator`](Self::initiator), or clears it with `None`.
    pub fn set_or_clear_initiator(mut self, value: Option<User>) -> Self {
        self.initiator = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`modify_time`](Self::modify_time).
    pub fn set_modify_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.modify_time = Some(value.into());
        self
    }
    /// Sets [`modify_time`](Self::modify_time), or clears it with `None`.
    pub fn set_or_clear_modify_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.modify_time = value;
        self
    }
    /// Sets [`reviewer_responses`](Self::reviewer_responses).
    pub fn set_reviewer_responses<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<ReviewerResponse>,
    {
        self.reviewer_responses = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`reviewer_responses`](Self::reviewer_responses), or clears it with `None`.
    pub fn set_or_clear_reviewer_responses(mut self, value: Option<Vec<ReviewerResponse>>) -> Self {
        self.reviewer_responses = value;
        self
    }
    /// Sets [`status`](Self::status).
    pub fn set_status(mut self, value: impl Into<ApprovalStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets [`status`](Self::status), or clears it with `None`.
    pub fn set_or_clear_status(mut self, value: Option<ApprovalStatus>) -> Self {
        self.status = value;
        self
    }
    /// Sets [`target_file_id`](Self::target_file_id).
    pub fn set_target_file_id(mut self, value: impl Into<String>) -> Self {
        self.target_file_id = Some(value.into());
        self
    }
    /// Sets [`target_file_id`](Self::target_file_id), or clears it with `None`.
    pub fn set_or_clear_target_file_id(mut self, value: Option<String>) -> Self {
        self.target_file_id = value;
        self
    }
}
/// The behavior of the approval when the file content changes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApprovalFileContentChangeBehavior {
    /// The behavior is unspecified.
    FileContentChangeBehaviorUnspecified,
    /// Any ReviewerResponse with a Response of `APPROVED` will be reset to `NO_DECISION` when the file content changes while the approval has a Status of `IN_PROGRESS`. When the approval has a Status of `APPROVED` and `RESET_APPROVAL` is selected, the file is locked.
    ResetApproval,
    /// No action is taken when the file content changes.
    NoApprovalAction,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ApprovalFileContentChangeBehavior {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FileContentChangeBehaviorUnspecified => {
                "FILE_CONTENT_CHANGE_BEHAVIOR_UNSPECIFIED"
            }
            Self::ResetApproval => "RESET_APPROVAL",
            Self::NoApprovalAction => "NO_APPROVAL_ACTION",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ApprovalFileContentChangeBehavior {
    fn from(value: &str) -> Self {
        match value {
            "FILE_CONTENT_CHANGE_BEHAVIOR_UNSPECIFIED" => {
                Self::FileContentChangeBehaviorUnspecified
            }
            "RESET_APPROVAL" => Self::ResetApproval,
            "NO_APPROVAL_ACTION" => Self::NoApprovalAction,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ApprovalFileContentChangeBehavior {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
        }
    }
}
impl std::fmt::Display for ApprovalFileContentChangeBehavior {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ApprovalFileContentChangeBehavior {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ApprovalFileContentChangeBehavior {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// The response of an approvals list request.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApprovalList {
    /// The list of approvals. If `nextPageToken` is populated, then this list may be incomplete and an additional page of results should be fetched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<Approval>>,
    /// This is always drive#approvalList
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The page token for the next page of approvals. This is absent if the end of the approvals list has been reached. If the token is rejected for any reason, it should be discarded, and pagination should be restarted from the first page of results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}
impl ApprovalList {
    /// Sets [`items`](Self::items).
    pub fn set_items<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<Approval>,
    {
        self.items = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`items`](Self::items), or clears it with `None`.
    pub fn set_or_clear_items(mut self, value: Option<Vec<Approval>>) -> Self {
        self.items = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token), or clears it with `None`.
    pub fn set_or_clear_next_page_token(mut self, value: Option<String>) -> Self {
        self.next_page_token = value;
        self
    }
}
/// The status of the approval at the time this resource was requested.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApprovalStatus {
    /// The approval status has not been set or was set to an invalid value.
    StatusUnspecified,
    /// The approval process has started and not finished.
    InProgress,
    /// The approval process is finished and the target was approved.
    Approved,
    /// The approval process was cancelled before it finished.
    Cancelled,
    /// The approval process is finished and the target was declined.
    Declined,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ApprovalStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::StatusUnspecified => "STATUS_UNSPECIFIED",
            Self::InProgress => "IN_PROGRESS",
            Self::Approved => "APPROVED",
            Self::Cancelled => "CANCELLED",
            Self::Declined => "DECLINED",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ApprovalStatus {
    fn from(value: &str) -> Self {
        match value {
            "STATUS_UNSPECIFIED" => Self::StatusUnspecified,
            "IN_PROGRESS" => Self::InProgress,
            "APPROVED" => Self::Approved,
            "CANCELLED" => Self::Cancelled,
            "DECLINED" => Self::Declined,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ApprovalStatus {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
        }
    }
}
impl std::fmt::Display for ApprovalStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ApprovalStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ApprovalStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Request for approving an approval as a reviewer.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApproveApprovalRequest {
    /// Optional. A message to accompany the reviewer response on the approval. This message is included in notifications for the action and in the approval activity log.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
impl ApproveApprovalRequest {
    /// Sets [`message`](Self::message).
    pub fn set_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets [`message`](Self::message), or clears it with `None`.
    pub fn set_or_clear_message(mut self, value: Option<String>) -> Self {
        self.message = value;
        self
    }
}
/// Request for cancelling an approval as an initiator.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct CancelApprovalRequest {
    /// Optional. A message to accompany the cancellation of the approval. This message is included in notifications for the action and in the approval activity log.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
impl CancelApprovalRequest {
    /// Sets [`message`](Self::message).
    pub fn set_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets [`message`](Self::message), or clears it with `None`.
    pub fn set_or_clear_message(mut self, value: Option<String>) -> Self {
        self.message = value;
        self
    }
}
/// A change to a file or shared drive.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Change {
    /// The type of the change. Possible values are `file` and `drive`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change_type: Option<String>,
    /// The updated state of the shared drive. Present if the changeType is drive, the user is still a member of the shared drive, and the shared drive has not been deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drive: Option<Drive>,
    /// The ID of the shared drive associated with this change.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drive_id: Option<String>,
    /// The updated state of the file. Present if the type is file and the file has not been removed from this list of changes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<File>,
    /// The ID of the file which has changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#change"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Whether the file or shared drive has been removed from this list of changes, for example by deletion or loss of access.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub removed: Option<bool>,
    /// Deprecated: Use `drive` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_drive: Option<TeamDrive>,
    /// Deprecated: Use `driveId` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_drive_id: Option<String>,
    /// The time of this change (RFC 3339 date-time).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<rt::Timestamp>,
    /// Deprecated: Use `changeType` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}
impl Change {
    /// Sets [`change_type`](Self::change_type).
    pub fn set_change_type(mut self, value: impl Into<String>) -> Self {
        self.change_type = Some(value.into());
        self
    }
    /// Sets [`change_type`](Self::change_type), or clears it with `None`.
    pub fn set_or_clear_change_type(mut self, value: Option<String>) -> Self {
        self.change_type = value;
        self
    }
    /// Sets [`drive`](Self::drive).
    pub fn set_drive(mut self, value: impl Into<Drive>) -> Self {
        self.drive = Some(value.into());
        self
    }
    /// Sets [`drive`](Self::drive), or clears it with `None`.
    pub fn set_or_clear_drive(mut self, value: Option<Drive>) -> Self {
        self.drive = value;
        self
    }
    /// Sets [`drive_id`](Self::drive_id).
    pub fn set_drive_id(mut self, value: impl Into<String>) -> Self {
        self.drive_id = Some(value.into());
        self
    }
    /// Sets [`drive_id`](Self::drive_id), or clears it with `None`.
    pub fn set_or_clear_drive_id(mut self, value: Option<String>) -> Self {
        self.drive_id = value;
        self
    }
    /// Sets [`file`](Self::file).
    pub fn set_file(mut self, value: impl Into<File>) -> Self {
        self.file = Some(value.into());
        self
    }
    /// Sets [`file`](Self::file), or clears it with `None`.
    pub fn set_or_clear_file(mut self, value: Option<File>) -> Self {
        self.file = value;
        self
    }
    /// Sets [`file_id`](Self::file_id).
    pub fn set_file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets [`file_id`](Self::file_id), or clears it with `None`.
    pub fn set_or_clear_file_id(mut self, value: Option<String>) -> Self {
        self.file_id = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`removed`](Self::removed).
    pub fn set_removed(mut self, value: impl Into<bool>) -> Self {
        self.removed = Some(value.into());
        self
    }
    /// Sets [`removed`](Self::removed), or clears it with `None`.
    pub fn set_or_clear_removed(mut self, value: Option<bool>) -> Self {
        self.removed = value;
        self
    }
    /// Sets [`team_drive`](Self::team_drive).
    pub fn set_team_drive(mut self, value: impl Into<TeamDrive>) -> Self {
        self.team_drive = Some(value.into());
        self
    }
    /// Sets [`team_drive`](Self::team_drive), or clears it with `None`.
    pub fn set_or_clear_team_drive(mut self, value: Option<TeamDrive>) -> Self {
        self.team_drive = value;
        self
    }
    /// Sets [`team_drive_id`](Self::team_drive_id).
    pub fn set_team_drive_id(mut self, value: impl Into<String>) -> Self {
        self.team_drive_id = Some(value.into());
        self
    }
    /// Sets [`team_drive_id`](Self::team_drive_id), or clears it with `None`.
    pub fn set_or_clear_team_drive_id(mut self, value: Option<String>) -> Self {
        self.team_drive_id = value;
        self
    }
    /// Sets [`time`](Self::time).
    pub fn set_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.time = Some(value.into());
        self
    }
    /// Sets [`time`](Self::time), or clears it with `None`.
    pub fn set_or_clear_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.time = value;
        self
    }
    /// Sets [`type`](Self::type).
    pub fn set_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets [`type`](Self::type), or clears it with `None`.
    pub fn set_or_clear_type(mut self, value: Option<String>) -> Self {
        self.r#type = value;
        self
    }
}
/// A list of changes for a user.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ChangeList {
    /// The list of changes. If nextPageToken is populated, then this list may be incomplete and an additional page of results should be fetched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes: Option<Vec<Change>>,
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#changeList"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The starting page token for future changes. This will be present only if the end of the current changes list has been reached. The page token doesn't expire.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_start_page_token: Option<String>,
    /// The page token for the next page of changes. This will be absent if the end of the changes list has been reached. The page token doesn't expire.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}
impl ChangeList {
    /// Sets [`changes`](Self::changes).
    pub fn set_changes<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<Change>,
    {
        self.changes = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`changes`](Self::changes), or clears it with `None`.
    pub fn set_or_clear_changes(mut self, value: Option<Vec<Change>>) -> Self {
        self.changes = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`new_start_page_token`](Self::new_start_page_token).
    pub fn set_new_start_page_token(mut self, value: impl Into<String>) -> Self {
        self.new_start_page_token = Some(value.into());
        self
    }
    /// Sets [`new_start_page_token`](Self::new_start_page_token), or clears it with `None`.
    pub fn set_or_clear_new_start_page_token(mut self, value: Option<String>) -> Self {
        self.new_start_page_token = value;
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token), or clears it with `None`.
    pub fn set_or_clear_next_page_token(mut self, value: Option<String>) -> Self {
        self.next_page_token = value;
        self
    }
}
/// A notification channel used to watch for resource changes.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Channel {
    /// The address where notifications are delivered for this channel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Date and time of notification channel expiration, expressed as a Unix timestamp, in milliseconds. Optional.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub expiration: Option<i64>,
    /// A UUID or similar unique string that identifies this channel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Identifies this as a notification channel used to watch for changes to a resource, which is `api#channel`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Additional parameters controlling delivery channel behavior. Optional.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub params: Option<BTreeMap<String, String>>,
    /// A Boolean value to indicate whether payload is wanted. Optional.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<bool>,
    /// An opaque ID that identifies the resource being watched on this channel. Stable across different API versions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// A version-specific identifier for the watched resource.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
    /// An arbitrary string delivered to the target address with each notification delivered over this channel. Optional.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// The type of delivery mechanism used for this channel. Valid values are "web_hook" or "webhook".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}
impl Channel {
    /// Sets [`address`](Self::address).
    pub fn set_address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }
    /// Sets [`address`](Self::address), or clears it with `None`.
    pub fn set_or_clear_address(mut self, value: Option<String>) -> Self {
        self.address = value;
        self
    }
    /// Sets [`expiration`](Self::expiration).
    pub fn set_expiration(mut self, value: impl Into<i64>) -> Self {
        self.expiration = Some(value.into());
        self
    }
    /// Sets [`expiration`](Self::expiration), or clears it with `None`.
    pub fn set_or_clear_expiration(mut self, value: Option<i64>) -> Self {
        self.expiration = value;
        self
    }
    /// Sets [`id`](Self::id).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`id`](Self::id), or clears it with `None`.
    pub fn set_or_clear_id(mut self, value: Option<String>) -> Self {
        self.id = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`params`](Self::params).
    pub fn set_params<I, K, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        self.params = Some(
            value
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        );
        self
    }
    /// Sets [`params`](Self::params), or clears it with `None`.
    pub fn set_or_clear_params(mut self, value: Option<BTreeMap<String, String>>) -> Self {
        self.params = value;
        self
    }
    /// Sets [`payload`](Self::payload).
    pub fn set_payload(mut self, value: impl Into<bool>) -> Self {
        self.payload = Some(value.into());
        self
    }
    /// Sets [`payload`](Self::payload), or clears it with `None`.
    pub fn set_or_clear_payload(mut self, value: Option<bool>) -> Self {
        self.payload = value;
        self
    }
    /// Sets [`resource_id`](Self::resource_id).
    pub fn set_resource_id(mut self, value: impl Into<String>) -> Self {
        self.resource_id = Some(value.into());
        self
    }
    /// Sets [`resource_id`](Self::resource_id), or clears it with `None`.
    pub fn set_or_clear_resource_id(mut self, value: Option<String>) -> Self {
        self.resource_id = value;
        self
    }
    /// Sets [`resource_uri`](Self::resource_uri).
    pub fn set_resource_uri(mut self, value: impl Into<String>) -> Self {
        self.resource_uri = Some(value.into());
        self
    }
    /// Sets [`resource_uri`](Self::resource_uri), or clears it with `None`.
    pub fn set_or_clear_resource_uri(mut self, value: Option<String>) -> Self {
        self.resource_uri = value;
        self
    }
    /// Sets [`token`](Self::token).
    pub fn set_token(mut self, value: impl Into<String>) -> Self {
        self.token = Some(value.into());
        self
    }
    /// Sets [`token`](Self::token), or clears it with `None`.
    pub fn set_or_clear_token(mut self, value: Option<String>) -> Self {
        self.token = value;
        self
    }
    /// Sets [`type`](Self::type).
    pub fn set_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets [`type`](Self::type), or clears it with `None`.
    pub fn set_or_clear_type(mut self, value: Option<String>) -> Self {
        self.r#type = value;
        self
    }
}
/// Details about the client-side encryption applied to the file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ClientEncryptionDetails {
    /// The metadata used for client-side operations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decryption_metadata: Option<DecryptionMetadata>,
    /// The encryption state of the file. The values expected here are: - encrypted - unencrypted
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_state: Option<String>,
}
impl ClientEncryptionDetails {
    /// Sets [`decryption_metadata`](Self::decryption_metadata).
    pub fn set_decryption_metadata(mut self, value: impl Into<DecryptionMetadata>) -> Self {
        self.decryption_metadata = Some(value.into());
        self
    }
    /// Sets [`decryption_metadata`](Self::decryption_metadata), or clears it with `None`.
    pub fn set_or_clear_decryption_metadata(mut self, value: Option<DecryptionMetadata>) -> Self {
        self.decryption_metadata = value;
        self
    }
    /// Sets [`encryption_state`](Self::encryption_state).
    pub fn set_encryption_state(mut self, value: impl Into<String>) -> Self {
        self.encryption_state = Some(value.into());
        self
    }
    /// Sets [`encryption_state`](Self::encryption_state), or clears it with `None`.
    pub fn set_or_clear_encryption_state(mut self, value: Option<String>) -> Self {
        self.encryption_state = value;
        self
    }
}
/// A comment on a file. Some resource methods (such as `comments.update`) require a `commentId`. Use the `comments.list` method to retrieve the ID for a comment in a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Comment {
    /// A region of the document represented as a JSON string. For details on defining anchor properties, refer to \[Manage comments and replies\](<https://developers.google.com/workspace/drive/api/v3/manage-comments>).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
    /// Output only. The email address of the user assigned to this comment. If no user is assigned, the field is unset.
    ///
    /// Output only: set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_email_address: Option<String>,
    /// Output only. The author of the comment. The author's email address and permission ID will not be populated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<User>,
    /// The plain text content of the comment. This field is used for setting the content, while `htmlContent` should be displayed.
    ///
    /// Required by `drive.comments.create`, `drive.comments.update`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// The time at which the comment was created (RFC 3339 date-time).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_time: Option<rt::Timestamp>,
    /// Output only. Whether the comment has been deleted. A deleted comment has no content.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// Output only. The content of the comment with HTML formatting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub html_content: Option<String>,
    /// Output only. The ID of the comment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Output only. Identifies what kind of resource this is. Value: the fixed string `"drive#comment"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Output only. A list of email addresses for users mentioned in this comment. If no users are mentioned, the list is empty.
    ///
    /// Output only: set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mentioned_email_addresses: Option<Vec<String>>,
    /// The last time the comment or any of its replies was modified (RFC 3339 date-time).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified_time: Option<rt::Timestamp>,
    /// The file content to which the comment refers, typically within the anchor region. For a text file, for example, this would be the text at the location of the comment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quoted_file_content: Option<CommentQuotedFileContent>,
    /// Output only. The full list of replies to the comment in chronological order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replies: Option<Vec<Reply>>,
    /// Output only. Whether the comment has been resolved by one of its replies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved: Option<bool>,
}
impl Comment {
    /// Sets [`anchor`](Self::anchor).
    pub fn set_anchor(mut self, value: impl Into<String>) -> Self {
        self.anchor = Some(value.into());
        self
    }
    /// Sets [`anchor`](Self::anchor), or clears it with `None`.
    pub fn set_or_clear_anchor(mut self, value: Option<String>) -> Self {
        self.anchor = value;
        self
    }
    /// Sets [`assignee_email_address`](Self::assignee_email_address).
    pub fn set_assignee_email_address(mut self, value: impl Into<String>) -> Self {
        self.assignee_email_address = Some(value.into());
        self
    }
    /// Sets [`assignee_email_address`](Self::assignee_email_address), or clears it with `None`.
    pub fn set_or_clear_assignee_email_address(mut self, value: Option<String>) -> Self {
        self.assignee_email_address = value;
        self
    }
    /// Sets [`author`](Self::author).
    pub fn set_author(mut self, value: impl Into<User>) -> Self {
        self.author = Some(value.into());
        self
    }
    /// Sets [`author`](Self::author), or clears it with `None`.
    pub fn set_or_clear_author(mut self, value: Option<User>) -> Self {
        self.author = value;
        self
    }
    /// Sets [`content`](Self::content).
    pub fn set_content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets [`content`](Self::content), or clears it with `None`.
    pub fn set_or_clear_content(mut self, value: Option<String>) -> Self {
        self.content = value;
        self
    }
    /// Sets [`created_time`](Self::created_time).
    pub fn set_created_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.created_time = Some(value.into());
        self
    }
    /// Sets [`created_time`](Self::created_time), or clears it with `None`.
    pub fn set_or_clear_created_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.created_time = value;
        self
    }
    /// Sets [`deleted`](Self::deleted).
    pub fn set_deleted(mut self, value: impl Into<bool>) -> Self {
        self.deleted = Some(value.into());
        self
    }
    /// Sets [`deleted`](Self::deleted), or clears it with `None`.
    pub fn set_or_clear_deleted(mut self, value: Option<bool>) -> Self {
        self.deleted = value;
        self
    }
    /// Sets [`html_content`](Self::html_content).
    pub fn set_html_content(mut self, value: impl Into<String>) -> Self {
        self.html_content = Some(value.into());
        self
    }
    /// Sets [`html_content`](Self::html_content), or clears it with `None`.
    pub fn set_or_clear_html_content(mut self, value: Option<String>) -> Self {
        self.html_content = value;
        self
    }
    /// Sets [`id`](Self::id).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`id`](Self::id), or clears it with `None`.
    pub fn set_or_clear_id(mut self, value: Option<String>) -> Self {
        self.id = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`mentioned_email_addresses`](Self::mentioned_email_addresses).
    pub fn set_mentioned_email_addresses<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.mentioned_email_addresses = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`mentioned_email_addresses`](Self::mentioned_email_addresses), or clears it with `None`.
    pub fn set_or_clear_mentioned_email_addresses(mut self, value: Option<Vec<String>>) -> Self {
        self.mentioned_email_addresses = value;
        self
    }
    /// Sets [`modified_time`](Self::modified_time).
    pub fn set_modified_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.modified_time = Some(value.into());
        self
    }
    /// Sets [`modified_time`](Self::modified_time), or clears it with `None`.
    pub fn set_or_clear_modified_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.modified_time = value;
        self
    }
    /// Sets [`quoted_file_content`](Self::quoted_file_content).
    pub fn set_quoted_file_content(mut self, value: impl Into<CommentQuotedFileContent>) -> Self {
        self.quoted_file_content = Some(value.into());
        self
    }
    /// Sets [`quoted_file_content`](Self::quoted_file_content), or clears it with `None`.
    pub fn set_or_clear_quoted_file_content(
        mut self,
        value: Option<CommentQuotedFileContent>,
    ) -> Self {
        self.quoted_file_content = value;
        self
    }
    /// Sets [`replies`](Self::replies).
    pub fn set_replies<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<Reply>,
    {
        self.replies = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`replies`](Self::replies), or clears it with `None`.
    pub fn set_or_clear_replies(mut self, value: Option<Vec<Reply>>) -> Self {
        self.replies = value;
        self
    }
    /// Sets [`resolved`](Self::resolved).
    pub fn set_resolved(mut self, value: impl Into<bool>) -> Self {
        self.resolved = Some(value.into());
        self
    }
    /// Sets [`resolved`](Self::resolved), or clears it with `None`.
    pub fn set_or_clear_resolved(mut self, value: Option<bool>) -> Self {
        self.resolved = value;
        self
    }
}
/// Request for commenting on an approval.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct CommentApprovalRequest {
    /// Required. A message to comment on the approval. This message is included in notifications for the action and in the approval activity log.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
impl CommentApprovalRequest {
    /// Sets [`message`](Self::message).
    pub fn set_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets [`message`](Self::message), or clears it with `None`.
    pub fn set_or_clear_message(mut self, value: Option<String>) -> Self {
        self.message = value;
        self
    }
}
/// A list of comments on a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct CommentList {
    /// The list of comments. If nextPageToken is populated, then this list may be incomplete and an additional page of results should be fetched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<Comment>>,
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#commentList"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The page token for the next page of comments. This will be absent if the end of the comments list has been reached. If the token is rejected for any reason, it should be discarded, and pagination should be restarted from the first page of results. The page token is typically valid for several hours. However, if new items are added or removed, your expected results might differ.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}
impl CommentList {
    /// Sets [`comments`](Self::comments).
    pub fn set_comments<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<Comment>,
    {
        self.comments = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`comments`](Self::comments), or clears it with `None`.
    pub fn set_or_clear_comments(mut self, value: Option<Vec<Comment>>) -> Self {
        self.comments = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token), or clears it with `None`.
    pub fn set_or_clear_next_page_token(mut self, value: Option<String>) -> Self {
        self.next_page_token = value;
        self
    }
}
/// The file content to which the comment refers, typically within the anchor region. For a text file, for example, this would be the text at the location of the comment.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct CommentQuotedFileContent {
    /// The MIME type of the quoted content.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// The quoted content itself. This is interpreted as plain text if set through the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
impl CommentQuotedFileContent {
    /// Sets [`mime_type`](Self::mime_type).
    pub fn set_mime_type(mut self, value: impl Into<String>) -> Self {
        self.mime_type = Some(value.into());
        self
    }
    /// Sets [`mime_type`](Self::mime_type), or clears it with `None`.
    pub fn set_or_clear_mime_type(mut self, value: Option<String>) -> Self {
        self.mime_type = value;
        self
    }
    /// Sets [`value`](Self::value).
    pub fn set_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets [`value`](Self::value), or clears it with `None`.
    pub fn set_or_clear_value(mut self, value: Option<String>) -> Self {
        self.value = value;
        self
    }
}
/// A restriction for accessing the content of the file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ContentRestriction {
    /// Whether the content restriction can only be modified or removed by a user who owns the file. For files in shared drives, any user with `organizer` capabilities can modify or remove this content restriction.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_restricted: Option<bool>,
    /// Whether the content of the file is read-only. If a file is read-only, a new revision of the file may not be added, comments may not be added or modified, and the title of the file may not be modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    /// Reason for why the content of the file is restricted. This is only mutable on requests that also set `readOnly=true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Output only. The user who set the content restriction. Only populated if `readOnly=true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restricting_user: Option<User>,
    /// The time at which the content restriction was set (formatted RFC 3339 timestamp). Only populated if readOnly is true.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restriction_time: Option<rt::Timestamp>,
    /// Output only. Whether the content restriction was applied by the system, for example due to an esignature. Users cannot modify or remove system restricted content restrictions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub system_restricted: Option<bool>,
    /// Output only. The type of the content restriction. Currently the only possible value is `globalContentRestriction`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}
impl ContentRestriction {
    /// Sets [`owner_restricted`](Self::owner_restricted).
    pub fn set_owner_restricted(mut self, value: impl Into<bool>) -> Self {
        self.owner_restricted = Some(value.into());
        self
    }
    /// Sets [`owner_restricted`](Self::owner_restricted), or clears it with `None`.
    pub fn set_or_clear_owner_restricted(mut self, value: Option<bool>) -> Self {
        self.owner_restricted = value;
        self
    }
    /// Sets [`read_only`](Self::read_only).
    pub fn set_read_only(mut self, value: impl Into<bool>) -> Self {
        self.read_only = Some(value.into());
        self
    }
    /// Sets [`read_only`](Self::read_only), or clears it with `None`.
    pub fn set_or_clear_read_only(mut self, value: Option<bool>) -> Self {
        self.read_only = value;
        self
    }
    /// Sets [`reason`](Self::reason).
    pub fn set_reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }
    /// Sets [`reason`](Self::reason), or clears it with `None`.
    pub fn set_or_clear_reason(mut self, value: Option<String>) -> Self {
        self.reason = value;
        self
    }
    /// Sets [`restricting_user`](Self::restricting_user).
    pub fn set_restricting_user(mut self, value: impl Into<User>) -> Self {
        self.restricting_user = Some(value.into());
        self
    }
    /// Sets [`restricting_user`](Self::restricting_user), or clears it with `None`.
    pub fn set_or_clear_restricting_user(mut self, value: Option<User>) -> Self {
        self.restricting_user = value;
        self
    }
    /// Sets [`restriction_time`](Self::restriction_time).
    pub fn set_restriction_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.restriction_time = Some(value.into());
        self
    }
    /// Sets [`restriction_time`](Self::restriction_time), or clears it with `None`.
    pub fn set_or_clear_restriction_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.restriction_time = value;
        self
    }
    /// Sets [`system_restricted`](Self::system_restricted).
    pub fn set_system_restricted(mut self, value: impl Into<bool>) -> Self {
        self.system_restricted = Some(value.into());
        self
    }
    /// Sets [`system_restricted`](Self::system_restricted), or clears it with `None`.
    pub fn set_or_clear_system_restricted(mut self, value: Option<bool>) -> Self {
        self.system_restricted = value;
        self
    }
    /// Sets [`type`](Self::type).
    pub fn set_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets [`type`](Self::type), or clears it with `None`.
    pub fn set_or_clear_type(mut self, value: Option<String>) -> Self {
        self.r#type = value;
        self
    }
}
/// Request for declining an approval as a reviewer.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct DeclineApprovalRequest {
    /// Optional. A message to accompany the reviewer response on the approval. This message is included in notifications for the action and in the approval activity log.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
impl DeclineApprovalRequest {
    /// Sets [`message`](Self::message).
    pub fn set_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets [`message`](Self::message), or clears it with `None`.
    pub fn set_or_clear_message(mut self, value: Option<String>) -> Self {
        self.message = value;
        self
    }
}
/// Representation of the CSE DecryptionMetadata.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct DecryptionMetadata {
    /// Chunk size used if content was encrypted with the AES 256 GCM Cipher. Possible values are: - default - small
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aes256_gcm_chunk_size: Option<String>,
    /// The URL-safe Base64 encoded HMAC-SHA256 digest of the resource metadata with its DEK (Data Encryption Key); see <https://developers.google.com/workspace/cse/reference>
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_resource_key_hash: Option<String>,
    /// The signed JSON Web Token (JWT) which can be used to authorize the requesting user with the Key ACL Service (KACLS). The JWT asserts that the requesting user has at least read permissions on the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jwt: Option<String>,
    /// The ID of the KACLS (Key ACL Service) used to encrypt the file.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub kacls_id: Option<i64>,
    /// The name of the KACLS (Key ACL Service) used to encrypt the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kacls_name: Option<String>,
    /// Key format for the unwrapped key. Must be `tinkAesGcmKey`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_format: Option<String>,
    /// The URL-safe Base64 encoded wrapped key used to encrypt the contents of the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wrapped_key: Option<String>,
}
impl DecryptionMetadata {
    /// Sets [`aes256_gcm_chunk_size`](Self::aes256_gcm_chunk_size).
    pub fn set_aes256_gcm_chunk_size(mut self, value: impl Into<String>) -> Self {
        self.aes256_gcm_chunk_size = Some(value.into());
        self
    }
    /// Sets [`aes256_gcm_chunk_size`](Self::aes256_gcm_chunk_size), or clears it with `None`.
    pub fn set_or_clear_aes256_gcm_chunk_size(mut self, value: Option<String>) -> Self {
        self.aes256_gcm_chunk_size = value;
        self
    }
    /// Sets [`encryption_resource_key_hash`](Self::encryption_resource_key_hash).
    pub fn set_encryption_resource_key_hash(mut self, value: impl Into<String>) -> Self {
        self.encryption_resource_key_hash = Some(value.into());
        self
    }
    /// Sets [`encryption_resource_key_hash`](Self::encryption_resource_key_hash), or clears it with `None`.
    pub fn set_or_clear_encryption_resource_key_hash(mut self, value: Option<String>) -> Self {
        self.encryption_resource_key_hash = value;
        self
    }
    /// Sets [`jwt`](Self::jwt).
    pub fn set_jwt(mut self, value: impl Into<String>) -> Self {
        self.jwt = Some(value.into());
        self
    }
    /// Sets [`jwt`](Self::jwt), or clears it with `None`.
    pub fn set_or_clear_jwt(mut self, value: Option<String>) -> Self {
        self.jwt = value;
        self
    }
    /// Sets [`kacls_id`](Self::kacls_id).
    pub fn set_kacls_id(mut self, value: impl Into<i64>) -> Self {
        self.kacls_id = Some(value.into());
        self
    }
    /// Sets [`kacls_id`](Self::kacls_id), or clears it with `None`.
    pub fn set_or_clear_kacls_id(mut self, value: Option<i64>) -> Self {
        self.kacls_id = value;
        self
    }
    /// Sets [`kacls_name`](Self::kacls_name).
    pub fn set_kacls_name(mut self, value: impl Into<String>) -> Self {
        self.kacls_name = Some(value.into());
        self
    }
    /// Sets [`kacls_name`](Self::kacls_name), or clears it with `None`.
    pub fn set_or_clear_kacls_name(mut self, value: Option<String>) -> Self {
        self.kacls_name = value;
        self
    }
    /// Sets [`key_format`](Self::key_format).
    pub fn set_key_format(mut self, value: impl Into<String>) -> Self {
        self.key_format = Some(value.into());
        self
    }
    /// Sets [`key_format`](Self::key_format), or clears it with `None`.
    pub fn set_or_clear_key_format(mut self, value: Option<String>) -> Self {
        self.key_format = value;
        self
    }
    /// Sets [`wrapped_key`](Self::wrapped_key).
    pub fn set_wrapped_key(mut self, value: impl Into<String>) -> Self {
        self.wrapped_key = Some(value.into());
        self
    }
    /// Sets [`wrapped_key`](Self::wrapped_key), or clears it with `None`.
    pub fn set_or_clear_wrapped_key(mut self, value: Option<String>) -> Self {
        self.wrapped_key = value;
        self
    }
}
/// A restriction for copy and download of the file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct DownloadRestriction {
    /// Whether download and copy is restricted for readers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restricted_for_readers: Option<bool>,
    /// Whether download and copy is restricted for writers. If true, download is also restricted for readers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restricted_for_writers: Option<bool>,
}
impl DownloadRestriction {
    /// Sets [`restricted_for_readers`](Self::restricted_for_readers).
    pub fn set_restricted_for_readers(mut self, value: impl Into<bool>) -> Self {
        self.restricted_for_readers = Some(value.into());
        self
    }
    /// Sets [`restricted_for_readers`](Self::restricted_for_readers), or clears it with `None`.
    pub fn set_or_clear_restricted_for_readers(mut self, value: Option<bool>) -> Self {
        self.restricted_for_readers = value;
        self
    }
    /// Sets [`restricted_for_writers`](Self::restricted_for_writers).
    pub fn set_restricted_for_writers(mut self, value: impl Into<bool>) -> Self {
        self.restricted_for_writers = Some(value.into());
        self
    }
    /// Sets [`restricted_for_writers`](Self::restricted_for_writers), or clears it with `None`.
    pub fn set_or_clear_restricted_for_writers(mut self, value: Option<bool>) -> Self {
        self.restricted_for_writers = value;
        self
    }
}
/// Download restrictions applied to the file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct DownloadRestrictionsMetadata {
    /// Output only. The effective download restriction applied to this file. This considers all restriction settings and DLP rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_download_restriction_with_context: Option<DownloadRestriction>,
    /// The download restriction of the file applied directly by the owner or organizer. This doesn't take into account shared drive settings or DLP rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item_download_restriction: Option<DownloadRestriction>,
}
impl DownloadRestrictionsMetadata {
    /// Sets [`effective_download_restriction_with_context`](Self::effective_download_restriction_with_context).
    pub fn set_effective_download_restriction_with_context(
        mut self,
        value: impl Into<DownloadRestriction>,
    ) -> Self {
        self.effective_download_restriction_with_context = Some(value.into());
        self
    }
    /// Sets [`effective_download_restriction_with_context`](Self::effective_download_restriction_with_context), or clears it with `None`.
    pub fn set_or_clear_effective_download_restriction_with_context(
        mut self,
        value: Option<DownloadRestriction>,
    ) -> Self {
        self.effective_download_restriction_with_context = value;
        self
    }
    /// Sets [`item_download_restriction`](Self::item_download_restriction).
    pub fn set_item_download_restriction(mut self, value: impl Into<DownloadRestriction>) -> Self {
        self.item_download_restriction = Some(value.into());
        self
    }
    /// Sets [`item_download_restriction`](Self::item_download_restriction), or clears it with `None`.
    pub fn set_or_clear_item_download_restriction(
        mut self,
        value: Option<DownloadRestriction>,
    ) -> Self {
        self.item_download_restriction = value;
        self
    }
}
/// Representation of a shared drive. Some resource methods (such as `drives.update`) require a `driveId`. Use the `drives.list` method to retrieve the ID for a shared drive.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Drive {
    /// An image file and cropping parameters from which a background image for this shared drive is set. This is a write only field; it can only be set on `drive.drives.update` requests that don't set `themeId`. When specified, all fields of the `backgroundImageFile` must be set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background_image_file: Option<DriveBackgroundImageFile>,
    /// Output only. A short-lived link to this shared drive's background image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background_image_link: Option<String>,
    /// Output only. Capabilities the current user has on this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<DriveCapabilities>,
    /// The color of this shared drive as an RGB hex string. It can only be set on a `drive.drives.update` request that does not set `themeId`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color_rgb: Option<String>,
    /// The time at which the shared drive was created (RFC 3339 date-time).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_time: Option<rt::Timestamp>,
    /// Whether the shared drive is hidden from default view.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hidden: Option<bool>,
    /// Output only. The ID of this shared drive which is also the ID of the top level folder of this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Output only. Identifies what kind of resource this is. Value: the fixed string `"drive#drive"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The name of this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Output only. The organizational unit of this shared drive. This field is only populated on `drives.list` responses when the `useDomainAdminAccess` parameter is set to `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org_unit_id: Option<String>,
    /// A set of restrictions that apply to this shared drive or items inside this shared drive. Note that restrictions can't be set when creating a shared drive. To add a restriction, first create a shared drive and then use `drives.update` to add restrictions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restrictions: Option<DriveRestrictions>,
    /// The ID of the theme from which the background image and color will be set. The set of possible `driveThemes` can be retrieved from a `drive.about.get` response. When not specified on a `drive.drives.create` request, a random theme is chosen from which the background image and color are set. This is a write-only field; it can only be set on requests that don't set `colorRgb` or `backgroundImageFile`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme_id: Option<String>,
}
impl Drive {
    /// Sets [`background_image_file`](Self::background_image_file).
    pub fn set_background_image_file(mut self, value: impl Into<DriveBackgroundImageFile>) -> Self {
        self.background_image_file = Some(value.into());
        self
    }
    /// Sets [`background_image_file`](Self::background_image_file), or clears it with `None`.
    pub fn set_or_clear_background_image_file(
        mut self,
        value: Option<DriveBackgroundImageFile>,
    ) -> Self {
        self.background_image_file = value;
        self
    }
    /// Sets [`background_image_link`](Self::background_image_link).
    pub fn set_background_image_link(mut self, value: impl Into<String>) -> Self {
        self.background_image_link = Some(value.into());
        self
    }
    /// Sets [`background_image_link`](Self::background_image_link), or clears it with `None`.
    pub fn set_or_clear_background_image_link(mut self, value: Option<String>) -> Self {
        self.background_image_link = value;
        self
    }
    /// Sets [`capabilities`](Self::capabilities).
    pub fn set_capabilities(mut self, value: impl Into<DriveCapabilities>) -> Self {
        self.capabilities = Some(value.into());
        self
    }
    /// Sets [`capabilities`](Self::capabilities), or clears it with `None`.
    pub fn set_or_clear_capabilities(mut self, value: Option<DriveCapabilities>) -> Self {
        self.capabilities = value;
        self
    }
    /// Sets [`color_rgb`](Self::color_rgb).
    pub fn set_color_rgb(mut self, value: impl Into<String>) -> Self {
        self.color_rgb = Some(value.into());
        self
    }
    /// Sets [`color_rgb`](Self::color_rgb), or clears it with `None`.
    pub fn set_or_clear_color_rgb(mut self, value: Option<String>) -> Self {
        self.color_rgb = value;
        self
    }
    /// Sets [`created_time`](Self::created_time).
    pub fn set_created_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.created_time = Some(value.into());
        self
    }
    /// Sets [`created_time`](Self::created_time), or clears it with `None`.
    pub fn set_or_clear_created_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.created_time = value;
        self
    }
    /// Sets [`hidden`](Self::hidden).
    pub fn set_hidden(mut self, value: impl Into<bool>) -> Self {
        self.hidden = Some(value.into());
        self
    }
    /// Sets [`hidden`](Self::hidden), or clears it with `None`.
    pub fn set_or_clear_hidden(mut self, value: Option<bool>) -> Self {
        self.hidden = value;
        self
    }
    /// Sets [`id`](Self::id).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`id`](Self::id), or clears it with `None`.
    pub fn set_or_clear_id(mut self, value: Option<String>) -> Self {
        self.id = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`name`](Self::name).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`name`](Self::name), or clears it with `None`.
    pub fn set_or_clear_name(mut self, value: Option<String>) -> Self {
        self.name = value;
        self
    }
    /// Sets [`org_unit_id`](Self::org_unit_id).
    pub fn set_org_unit_id(mut self, value: impl Into<String>) -> Self {
        self.org_unit_id = Some(value.into());
        self
    }
    /// Sets [`org_unit_id`](Self::org_unit_id), or clears it with `None`.
    pub fn set_or_clear_org_unit_id(mut self, value: Option<String>) -> Self {
        self.org_unit_id = value;
        self
    }
    /// Sets [`restrictions`](Self::restrictions).
    pub fn set_restrictions(mut self, value: impl Into<DriveRestrictions>) -> Self {
        self.restrictions = Some(value.into());
        self
    }
    /// Sets [`restrictions`](Self::restrictions), or clears it with `None`.
    pub fn set_or_clear_restrictions(mut self, value: Option<DriveRestrictions>) -> Self {
        self.restrictions = value;
        self
    }
    /// Sets [`theme_id`](Self::theme_id).
    pub fn set_theme_id(mut self, value: impl Into<String>) -> Self {
        self.theme_id = Some(value.into());
        self
    }
    /// Sets [`theme_id`](Self::theme_id), or clears it with `None`.
    pub fn set_or_clear_theme_id(mut self, value: Option<String>) -> Self {
        self.theme_id = value;
        self
    }
}
/// An image file and cropping parameters from which a background image for this shared drive is set. This is a write only field; it can only be set on `drive.drives.update` requests that don't set `themeId`. When specified, all fields of the `backgroundImageFile` must be set.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct DriveBackgroundImageFile {
    /// The ID of an image file in Google Drive to use for the background image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The width of the cropped image in the closed range of 0 to 1. This value represents the width of the cropped image divided by the width of the entire image. The height is computed by applying a width to height aspect ratio of 80 to 9. The resulting image must be at least 1280 pixels wide and 144 pixels high.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub width: Option<f32>,
    /// The X coordinate of the upper left corner of the cropping area in the background image. This is a value in the closed range of 0 to 1. This value represents the horizontal distance from the left side of the entire image to the left side of the cropping area divided by the width of the entire image.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub x_coordinate: Option<f32>,
    /// The Y coordinate of the upper left corner of the cropping area in the background image. This is a value in the closed range of 0 to 1. This value represents the vertical distance from the top side of the entire image to the top side of the cropping area divided by the height of the entire image.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub y_coordinate: Option<f32>,
}
impl DriveBackgroundImageFile {
    /// Sets [`id`](Self::id).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`id`](Self::id), or clears it with `None`.
    pub fn set_or_clear_id(mut self, value: Option<String>) -> Self {
        self.id = value;
        self
    }
    /// Sets [`width`](Self::width).
    pub fn set_width(mut self, value: impl Into<f32>) -> Self {
        self.width = Some(value.into());
        self
    }
    /// Sets [`width`](Self::width), or clears it with `None`.
    pub fn set_or_clear_width(mut self, value: Option<f32>) -> Self {
        self.width = value;
        self
    }
    /// Sets [`x_coordinate`](Self::x_coordinate).
    pub fn set_x_coordinate(mut self, value: impl Into<f32>) -> Self {
        self.x_coordinate = Some(value.into());
        self
    }
    /// Sets [`x_coordinate`](Self::x_coordinate), or clears it with `None`.
    pub fn set_or_clear_x_coordinate(mut self, value: Option<f32>) -> Self {
        self.x_coordinate = value;
        self
    }
    /// Sets [`y_coordinate`](Self::y_coordinate).
    pub fn set_y_coordinate(mut self, value: impl Into<f32>) -> Self {
        self.y_coordinate = Some(value.into());
        self
    }
    /// Sets [`y_coordinate`](Self::y_coordinate), or clears it with `None`.
    pub fn set_or_clear_y_coordinate(mut self, value: Option<f32>) -> Self {
        self.y_coordinate = value;
        self
    }
}
/// Output only. Capabilities the current user has on this shared drive.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct DriveCapabilities {
    /// Output only. Whether the current user can add children to folders in this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_add_children: Option<bool>,
    /// Output only. Whether the current user can change the `copyRequiresWriterPermission` restriction of this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_change_copy_requires_writer_permission_restriction: Option<bool>,
    /// Output only. Whether the current user can change the `domainUsersOnly` restriction of this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_change_domain_users_only_restriction: Option<bool>,
    /// Output only. Whether the current user can change organizer-applied download restrictions of this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_change_download_restriction: Option<bool>,
    /// Output only. Whether the current user can change the background of this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_change_drive_background: Option<bool>,
    /// Output only. Whether the current user can change the `driveMembersOnly` restriction of this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_change_drive_members_only_restriction: Option<bool>,
    /// Output only. Whether the current user can change the `sharingFoldersRequiresOrganizerPermission` restriction of this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_change_sharing_folders_requires_organizer_permission_restriction: Option<bool>,
    /// Output only. Whether the current user can comment on files in this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_comment: Option<bool>,
    /// Output only. Whether the current user can copy files in this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_copy: Option<bool>,
    /// Output only. Whether the current user can delete children from folders in this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_delete_children: Option<bool>,
    /// Output only. Whether the current user can delete this shared drive. Attempting to delete the shared drive may still fail if there are untrashed items inside the shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_delete_drive: Option<bool>,
    /// Output only. Whether the current user can download files in this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_download: Option<bool>,
    /// Output only. Whether the current user can edit files in this shared drive
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_edit: Option<bool>,
    /// Output only. Whether the current user can list the children of folders in this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_list_children: Option<bool>,
    /// Output only. Whether the current user can add members to this shared drive or remove them or change their role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_manage_members: Option<bool>,
    /// Output only. Whether the current user can read the revisions resource of files in this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_read_revisions: Option<bool>,
    /// Output only. Whether the current user can rename files or folders in this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_rename: Option<bool>,
    /// Output only. Whether the current user can rename this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_rename_drive: Option<bool>,
    /// Output only. Whether the current user can reset the shared drive restrictions to defaults.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_reset_drive_restrictions: Option<bool>,
    /// Output only. Whether the current user can share files or folders in this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_share: Option<bool>,
    /// Output only. Whether the current user can trash children from folders in this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_trash_children: Option<bool>,
}
impl DriveCapabilities {
    /// Sets [`can_add_children`](Self::can_add_children).
    pub fn set_can_add_children(mut self, value: impl Into<bool>) -> Self {
        self.can_add_children = Some(value.into());
        self
    }
    /// Sets [`can_add_children`](Self::can_add_children), or clears it with `None`.
    pub fn set_or_clear_can_add_children(mut self, value: Option<bool>) -> Self {
        self.can_add_children = value;
        self
    }
    /// Sets [`can_change_copy_requires_writer_permission_restriction`](Self::can_change_copy_requires_writer_permission_restriction).
    pub fn set_can_change_copy_requires_writer_permission_restriction(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.can_change_copy_requires_writer_permission_restriction = Some(value.into());
        self
    }
    /// Sets [`can_change_copy_requires_writer_permission_restriction`](Self::can_change_copy_requires_writer_permission_restriction), or clears it with `None`.
    pub fn set_or_clear_can_change_copy_requires_writer_permission_restriction(
        mut self,
        value: Option<bool>,
    ) -> Self {
        self.can_change_copy_requires_writer_permission_restriction = value;
        self
    }
    /// Sets [`can_change_domain_users_only_restriction`](Self::can_change_domain_users_only_restriction).
    pub fn set_can_change_domain_users_only_restriction(mut self, value: impl Into<bool>) -> Self {
        self.can_change_domain_users_only_restriction = Some(value.into());
        self
    }
    /// Sets [`can_change_domain_users_only_restriction`](Self::can_change_domain_users_only_restriction), or clears it with `None`.
    pub fn set_or_clear_can_change_domain_users_only_restriction(
        mut self,
        value: Option<bool>,
    ) -> Self {
        self.can_change_domain_users_only_restriction = value;
        self
    }
    /// Sets [`can_change_download_restriction`](Self::can_change_download_restriction).
    pub fn set_can_change_download_restriction(mut self, value: impl Into<bool>) -> Self {
        self.can_change_download_restriction = Some(value.into());
        self
    }
    /// Sets [`can_change_download_restriction`](Self::can_change_download_restriction), or clears it with `None`.
    pub fn set_or_clear_can_change_download_restriction(mut self, value: Option<bool>) -> Self {
        self.can_change_download_restriction = value;
        self
    }
    /// Sets [`can_change_drive_background`](Self::can_change_drive_background).
    pub fn set_can_change_drive_background(mut self, value: impl Into<bool>) -> Self {
        self.can_change_drive_background = Some(value.into());
        self
    }
    /// Sets [`can_change_drive_background`](Self::can_change_drive_background), or clears it with `None`.
    pub fn set_or_clear_can_change_drive_background(mut self, value: Option<bool>) -> Self {
        self.can_change_drive_background = value;
        self
    }
    /// Sets [`can_change_drive_members_only_restriction`](Self::can_change_drive_members_only_restriction).
    pub fn set_can_change_drive_members_only_restriction(mut self, value: impl Into<bool>) -> Self {
        self.can_change_drive_members_only_restriction = Some(value.into());
        self
    }
    /// Sets [`can_change_drive_members_only_restriction`](Self::can_change_drive_members_only_restriction), or clears it with `None`.
    pub fn set_or_clear_can_change_drive_members_only_restriction(
        mut self,
        value: Option<bool>,
    ) -> Self {
        self.can_change_drive_members_only_restriction = value;
        self
    }
    /// Sets [`can_change_sharing_folders_requires_organizer_permission_restriction`](Self::can_change_sharing_folders_requires_organizer_permission_restriction).
    pub fn set_can_change_sharing_folders_requires_organizer_permission_restriction(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.can_change_sharing_folders_requires_organizer_permission_restriction =
            Some(value.into());
        self
    }
    /// Sets [`can_change_sharing_folders_requires_organizer_permission_restriction`](Self::can_change_sharing_folders_requires_organizer_permission_restriction), or clears it with `None`.
    pub fn set_or_clear_can_change_sharing_folders_requires_organizer_permission_restriction(
        mut self,
        value: Option<bool>,
    ) -> Self {
        self.can_change_sharing_folders_requires_organizer_permission_restriction = value;
        self
    }
    /// Sets [`can_comment`](Self::can_comment).
    pub fn set_can_comment(mut self, value: impl Into<bool>) -> Self {
        self.can_comment = Some(value.into());
        self
    }
    /// Sets [`can_comment`](Self::can_comment), or clears it with `None`.
    pub fn set_or_clear_can_comment(mut self, value: Option<bool>) -> Self {
        self.can_comment = value;
        self
    }
    /// Sets [`can_copy`](Self::can_copy).
    pub fn set_can_copy(mut self, value: impl Into<bool>) -> Self {
        self.can_copy = Some(value.into());
        self
    }
    /// Sets [`can_copy`](Self::can_copy), or clears it with `None`.
    pub fn set_or_clear_can_copy(mut self, value: Option<bool>) -> Self {
        self.can_copy = value;
        self
    }
    /// Sets [`can_delete_children`](Self::can_delete_children).
    pub fn set_can_delete_children(mut self, value: impl Into<bool>) -> Self {
        self.can_delete_children = Some(value.into());
        self
    }
    /// Sets [`can_delete_children`](Self::can_delete_children), or clears it with `None`.
    pub fn set_or_clear_can_delete_children(mut self, value: Option<bool>) -> Self {
        self.can_delete_children = value;
        self
    }
    /// Sets [`can_delete_drive`](Self::can_delete_drive).
    pub fn set_can_delete_drive(mut self, value: impl Into<bool>) -> Self {
        self.can_delete_drive = Some(value.into());
        self
    }
    /// Sets [`can_delete_drive`](Self::can_delete_drive), or clears it with `None`.
    pub fn set_or_clear_can_delete_drive(mut self, value: Option<bool>) -> Self {
        self.can_delete_drive = value;
        self
    }
    /// Sets [`can_download`](Self::can_download).
    pub fn set_can_download(mut self, value: impl Into<bool>) -> Self {
        self.can_download = Some(value.into());
        self
    }
    /// Sets [`can_download`](Self::can_download), or clears it with `None`.
    pub fn set_or_clear_can_download(mut self, value: Option<bool>) -> Self {
        self.can_download = value;
        self
    }
    /// Sets [`can_edit`](Self::can_edit).
    pub fn set_can_edit(mut self, value: impl Into<bool>) -> Self {
        self.can_edit = Some(value.into());
        self
    }
    /// Sets [`can_edit`](Self::can_edit), or clears it with `None`.
    pub fn set_or_clear_can_edit(mut self, value: Option<bool>) -> Self {
        self.can_edit = value;
        self
    }
    /// Sets [`can_list_children`](Self::can_list_children).
    pub fn set_can_list_children(mut self, value: impl Into<bool>) -> Self {
        self.can_list_children = Some(value.into());
        self
    }
    /// Sets [`can_list_children`](Self::can_list_children), or clears it with `None`.
    pub fn set_or_clear_can_list_children(mut self, value: Option<bool>) -> Self {
        self.can_list_children = value;
        self
    }
    /// Sets [`can_manage_members`](Self::can_manage_members).
    pub fn set_can_manage_members(mut self, value: impl Into<bool>) -> Self {
        self.can_manage_members = Some(value.into());
        self
    }
    /// Sets [`can_manage_members`](Self::can_manage_members), or clears it with `None`.
    pub fn set_or_clear_can_manage_members(mut self, value: Option<bool>) -> Self {
        self.can_manage_members = value;
        self
    }
    /// Sets [`can_read_revisions`](Self::can_read_revisions).
    pub fn set_can_read_revisions(mut self, value: impl Into<bool>) -> Self {
        self.can_read_revisions = Some(value.into());
        self
    }
    /// Sets [`can_read_revisions`](Self::can_read_revisions), or clears it with `None`.
    pub fn set_or_clear_can_read_revisions(mut self, value: Option<bool>) -> Self {
        self.can_read_revisions = value;
        self
    }
    /// Sets [`can_rename`](Self::can_rename).
    pub fn set_can_rename(mut self, value: impl Into<bool>) -> Self {
        self.can_rename = Some(value.into());
        self
    }
    /// Sets [`can_rename`](Self::can_rename), or clears it with `None`.
    pub fn set_or_clear_can_rename(mut self, value: Option<bool>) -> Self {
        self.can_rename = value;
        self
    }
    /// Sets [`can_rename_drive`](Self::can_rename_drive).
    pub fn set_can_rename_drive(mut self, value: impl Into<bool>) -> Self {
        self.can_rename_drive = Some(value.into());
        self
    }
    /// Sets [`can_rename_drive`](Self::can_rename_drive), or clears it with `None`.
    pub fn set_or_clear_can_rename_drive(mut self, value: Option<bool>) -> Self {
        self.can_rename_drive = value;
        self
    }
    /// Sets [`can_reset_drive_restrictions`](Self::can_reset_drive_restrictions).
    pub fn set_can_reset_drive_restrictions(mut self, value: impl Into<bool>) -> Self {
        self.can_reset_drive_restrictions = Some(value.into());
        self
    }
    /// Sets [`can_reset_drive_restrictions`](Self::can_reset_drive_restrictions), or clears it with `None`.
    pub fn set_or_clear_can_reset_drive_restrictions(mut self, value: Option<bool>) -> Self {
        self.can_reset_drive_restrictions = value;
        self
    }
    /// Sets [`can_share`](Self::can_share).
    pub fn set_can_share(mut self, value: impl Into<bool>) -> Self {
        self.can_share = Some(value.into());
        self
    }
    /// Sets [`can_share`](Self::can_share), or clears it with `None`.
    pub fn set_or_clear_can_share(mut self, value: Option<bool>) -> Self {
        self.can_share = value;
        self
    }
    /// Sets [`can_trash_children`](Self::can_trash_children).
    pub fn set_can_trash_children(mut self, value: impl Into<bool>) -> Self {
        self.can_trash_children = Some(value.into());
        self
    }
    /// Sets [`can_trash_children`](Self::can_trash_children), or clears it with `None`.
    pub fn set_or_clear_can_trash_children(mut self, value: Option<bool>) -> Self {
        self.can_trash_children = value;
        self
    }
}
/// A list of shared drives.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct DriveList {
    /// The list of shared drives. If nextPageToken is populated, then this list may be incomplete and an additional page of results should be fetched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drives: Option<Vec<Drive>>,
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#driveList"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The page token for the next page of shared drives. This will be absent if the end of the list has been reached. If the token is rejected for any reason, it should be discarded, and pagination should be restarted from the first page of results. The page token is typically valid for several hours. However, if new items are added or removed, your expected results might differ.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}
impl DriveList {
    /// Sets [`drives`](Self::drives).
    pub fn set_drives<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<Drive>,
    {
        self.drives = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`drives`](Self::drives), or clears it with `None`.
    pub fn set_or_clear_drives(mut self, value: Option<Vec<Drive>>) -> Self {
        self.drives = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token), or clears it with `None`.
    pub fn set_or_clear_next_page_token(mut self, value: Option<String>) -> Self {
        self.next_page_token = value;
        self
    }
}
/// A set of restrictions that apply to this shared drive or items inside this shared drive. Note that restrictions can't be set when creating a shared drive. To add a restriction, first create a shared drive and then use `drives.update` to add restrictions.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct DriveRestrictions {
    /// Whether administrative privileges on this shared drive are required to modify restrictions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin_managed_restrictions: Option<bool>,
    /// Whether the options to copy, print, or download files inside this shared drive, should be disabled for readers and commenters. When this restriction is set to `true`, it will override the similarly named field to `true` for any file inside this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copy_requires_writer_permission: Option<bool>,
    /// Whether access to this shared drive and items inside this shared drive is restricted to users of the domain to which this shared drive belongs. This restriction may be overridden by other sharing policies controlled outside of this shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain_users_only: Option<bool>,
    /// Download restrictions applied by shared drive managers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub download_restriction: Option<DownloadRestriction>,
    /// Whether access to items inside this shared drive is restricted to its members.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drive_members_only: Option<bool>,
    /// If true, only users with the organizer role can share folders. If false, users with either the organizer role or the file organizer role can share folders.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sharing_folders_requires_organizer_permission: Option<bool>,
}
impl DriveRestrictions {
    /// Sets [`admin_managed_restrictions`](Self::admin_managed_restrictions).
    pub fn set_admin_managed_restrictions(mut self, value: impl Into<bool>) -> Self {
        self.admin_managed_restrictions = Some(value.into());
        self
    }
    /// Sets [`admin_managed_restrictions`](Self::admin_managed_restrictions), or clears it with `None`.
    pub fn set_or_clear_admin_managed_restrictions(mut self, value: Option<bool>) -> Self {
        self.admin_managed_restrictions = value;
        self
    }
    /// Sets [`copy_requires_writer_permission`](Self::copy_requires_writer_permission).
    pub fn set_copy_requires_writer_permission(mut self, value: impl Into<bool>) -> Self {
        self.copy_requires_writer_permission = Some(value.into());
        self
    }
    /// Sets [`copy_requires_writer_permission`](Self::copy_requires_writer_permission), or clears it with `None`.
    pub fn set_or_clear_copy_requires_writer_permission(mut self, value: Option<bool>) -> Self {
        self.copy_requires_writer_permission = value;
        self
    }
    /// Sets [`domain_users_only`](Self::domain_users_only).
    pub fn set_domain_users_only(mut self, value: impl Into<bool>) -> Self {
        self.domain_users_only = Some(value.into());
        self
    }
    /// Sets [`domain_users_only`](Self::domain_users_only), or clears it with `None`.
    pub fn set_or_clear_domain_users_only(mut self, value: Option<bool>) -> Self {
        self.domain_users_only = value;
        self
    }
    /// Sets [`download_restriction`](Self::download_restriction).
    pub fn set_download_restriction(mut self, value: impl Into<DownloadRestriction>) -> Self {
        self.download_restriction = Some(value.into());
        self
    }
    /// Sets [`download_restriction`](Self::download_restriction), or clears it with `None`.
    pub fn set_or_clear_download_restriction(mut self, value: Option<DownloadRestriction>) -> Self {
        self.download_restriction = value;
        self
    }
    /// Sets [`drive_members_only`](Self::drive_members_only).
    pub fn set_drive_members_only(mut self, value: impl Into<bool>) -> Self {
        self.drive_members_only = Some(value.into());
        self
    }
    /// Sets [`drive_members_only`](Self::drive_members_only), or clears it with `None`.
    pub fn set_or_clear_drive_members_only(mut self, value: Option<bool>) -> Self {
        self.drive_members_only = value;
        self
    }
    /// Sets [`sharing_folders_requires_organizer_permission`](Self::sharing_folders_requires_organizer_permission).
    pub fn set_sharing_folders_requires_organizer_permission(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.sharing_folders_requires_organizer_permission = Some(value.into());
        self
    }
    /// Sets [`sharing_folders_requires_organizer_permission`](Self::sharing_folders_requires_organizer_permission), or clears it with `None`.
    pub fn set_or_clear_sharing_folders_requires_organizer_permission(
        mut self,
        value: Option<bool>,
    ) -> Self {
        self.sharing_folders_requires_organizer_permission = value;
        self
    }
}
/// The metadata for a file. Some resource methods (such as `files.update`) require a `fileId`. Use the `files.list` method to retrieve the ID for a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct File {
    /// A collection of arbitrary key-value pairs which are private to the requesting app.
    /// Entries with null values are cleared in update and copy requests. These properties can only be retrieved using an authenticated request. An authenticated request uses an access token obtained with a OAuth 2 client ID. You cannot use an API key to retrieve private properties.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_properties: Option<BTreeMap<String, String>>,
    /// Output only. Capabilities the current user has on this file. Each capability corresponds to a fine-grained action that a user may take. For more information, see \[Understand file capabilities\](<https://developers.google.com/workspace/drive/api/guides/manage-sharing#capabilities>).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<FileCapabilities>,
    /// Client Side Encryption related details. Contains details about the encryption state of the file and details regarding the encryption mechanism that clients need to use when decrypting the contents of this item. This will only be present on files and not on folders or shortcuts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_encryption_details: Option<ClientEncryptionDetails>,
    /// Additional information about the content of the file. These fields are never populated in responses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_hints: Option<FileContentHints>,
    /// Restrictions for accessing the content of the file. Only populated if such a restriction exists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_restrictions: Option<Vec<ContentRestriction>>,
    /// Whether the options to copy, print, or download this file should be disabled for readers and commenters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copy_requires_writer_permission: Option<bool>,
    /// The time at which the file was created (RFC 3339 date-time).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_time: Option<rt::Timestamp>,
    /// A short description of the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Download restrictions applied on the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub download_restrictions: Option<DownloadRestrictionsMetadata>,
    /// Output only. ID of the shared drive the file resides in. Only populated for items in shared drives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drive_id: Option<String>,
    /// Output only. Whether the file has been explicitly trashed, as opposed to recursively trashed from a parent folder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explicitly_trashed: Option<bool>,
    /// Output only. Links for exporting Docs Editors files to specific formats.
    ///
    /// Output only: set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_links: Option<BTreeMap<String, String>>,
    /// Output only. The final component of `fullFileExtension`. This is only available for files with binary content in Google Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_extension: Option<String>,
    /// The color for a folder or a shortcut to a folder as an RGB hex string. The supported colors are published in the `folderColorPalette` field of the \[`about`\](/workspace/drive/api/reference/rest/v3/about) resource. If an unsupported color is specified, the closest color in the palette is used instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub folder_color_rgb: Option<String>,
    /// Output only. The full file extension extracted from the `name` field. May contain multiple concatenated extensions, such as "tar.gz". This is only available for files with binary content in Google Drive. This is automatically updated when the `name` field changes, however it's not cleared if the new name doesn't contain a valid extension.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub full_file_extension: Option<String>,
    /// Output only. Whether there are permissions directly on this file. This field is only populated for items in shared drives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_augmented_permissions: Option<bool>,
    /// Output only. Whether this file has a thumbnail. This doesn't indicate whether the requesting app has access to the thumbnail. To check access, look for the presence of the thumbnailLink field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_thumbnail: Option<bool>,
    /// Output only. The ID of the file's head revision. This is currently only available for files with binary content in Google Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub head_revision_id: Option<String>,
    /// Output only. A static, unauthenticated link to the file's icon.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub icon_link: Option<String>,
    /// The ID of the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Output only. Additional metadata about image media, if available.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_media_metadata: Option<FileImageMediaMetadata>,
    /// Whether this file has inherited permissions disabled. Inherited permissions are enabled by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inherited_permissions_disabled: Option<bool>,
    /// Output only. Whether the file was created or opened by the requesting app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_app_authorized: Option<bool>,
    /// Output only. Identifies what kind of resource this is. Value: the fixed string `"drive#file"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Label information on the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label_info: Option<FileLabelInfo>,
    /// Output only. The last user to modify the file. This field is only populated when the last modification was performed by a signed-in user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_modifying_user: Option<User>,
    /// Contains details about the link URLs that clients are using to refer to this item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link_share_metadata: Option<FileLinkShareMetadata>,
    /// Output only. The MD5 checksum for the content of the file. This is only applicable to files with binary content in Google Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub md5_checksum: Option<String>,
    /// The MIME type of the file. Google Drive attempts to automatically detect an appropriate value from uploaded content, if no value is provided. The value cannot be changed unless a new revision is uploaded. If a file is created with a Google Doc MIME type, the uploaded content is imported, if possible. The supported import formats are published in the \[`about`\](/workspace/drive/api/reference/rest/v3/about) resource.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// Output only. Whether the file has been modified by this user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified_by_me: Option<bool>,
    /// The last time the file was modified by the user (RFC 3339 date-time).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified_by_me_time: Option<rt::Timestamp>,
    /// he last time the file was modified by anyone (RFC 3339 date-time). Note that setting modifiedTime will also update modifiedByMeTime for the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified_time: Option<rt::Timestamp>,
    /// The name of the file. This isn't necessarily unique within a folder. Note that for immutable items such as the top-level folders of shared drives, the My Drive root folder, and the Application Data folder, the name is constant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The original filename of the uploaded content if available, or else the original value of the `name` field. This is only available for files with binary content in Google Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original_filename: Option<String>,
    /// Output only. Whether the user owns the file. Not populated for items in shared drives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owned_by_me: Option<bool>,
    /// Output only. The owner of this file. Only certain legacy files may have more than one owner. This field isn't populated for items in shared drives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owners: Option<Vec<User>>,
    /// The ID of the parent folder containing the file. A file can only have one parent folder; specifying multiple parents isn't supported. If not specified as part of a create request, the file is placed directly in the user's My Drive folder. If not specified as part of a copy request, the file inherits any discoverable parent of the source file. Update requests must use the `addParents` and `removeParents` parameters to modify the parents list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parents: Option<Vec<String>>,
    /// Output only. List of permission IDs for users with access to this file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permission_ids: Option<Vec<String>>,
    /// Output only. The full list of permissions for the file. This is only available if the requesting user can share the file. Not populated for items in shared drives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<Permission>>,
    /// A collection of arbitrary key-value pairs which are visible to all apps.
    /// Entries with null values are cleared in update and copy requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub properties: Option<BTreeMap<String, String>>,
    /// Output only. The number of storage quota bytes used by the file. This includes the head revision as well as previous revisions with `keepForever` enabled.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub quota_bytes_used: Option<i64>,
    /// Output only. A key needed to access the item via a shared link.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_key: Option<String>,
    /// Output only. The SHA1 checksum associated with this file, if available. This field is only populated for files with content stored in Google Drive; it's not populated for Docs Editors or shortcut files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha1_checksum: Option<String>,
    /// Output only. The SHA256 checksum associated with this file, if available. This field is only populated for files with content stored in Google Drive; it's not populated for Docs Editors or shortcut files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha256_checksum: Option<String>,
    /// Output only. Whether the file has been shared. Not populated for items in shared drives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shared: Option<bool>,
    /// The time at which the file was shared with the user, if applicable (RFC 3339 date-time).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shared_with_me_time: Option<rt::Timestamp>,
    /// Output only. The user who shared the file with the requesting user, if applicable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sharing_user: Option<User>,
    /// Information about a shortcut file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shortcut_details: Option<FileShortcutDetails>,
    /// Output only. Size in bytes of blobs and Google Workspace editor files. Won't be populated for files that have no size, like shortcuts and folders.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub size: Option<i64>,
    /// Output only. The list of spaces which contain the file. The currently supported values are `drive`, `appDataFolder`, and `photos`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spaces: Option<Vec<String>>,
    /// Whether the user has starred the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starred: Option<bool>,
    /// Deprecated: Output only. Use `driveId` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_drive_id: Option<String>,
    /// Output only. A short-lived link to the file's thumbnail, if available. Typically lasts on the order of hours. Not intended for direct usage on web applications due to \[Cross-Origin Resource Sharing (CORS)\](<https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS>) policies. Consider using a proxy server. Only populated when the requesting app can access the file's content. If the file isn't shared publicly, the URL returned in `files.thumbnailLink` must be fetched using a credentialed request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail_link: Option<String>,
    /// Output only. The thumbnail version for use in thumbnail cache invalidation.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub thumbnail_version: Option<i64>,
    /// Whether the file has been trashed, either explicitly or from a trashed parent folder. Only the owner may trash a file, but other users can still access the file in the owner's trash until it's permanently deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trashed: Option<bool>,
    /// The time that the item was trashed (RFC 3339 date-time). Only populated for items in shared drives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trashed_time: Option<rt::Timestamp>,
    /// Output only. If the file has been explicitly trashed, the user who trashed it. Only populated for items in shared drives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trashing_user: Option<User>,
    /// Output only. A monotonically increasing version number for the file. This reflects every change made to the file on the server, even those not visible to the user.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub version: Option<i64>,
    /// Output only. Additional metadata about video media. This may not be available immediately upon upload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub video_media_metadata: Option<FileVideoMediaMetadata>,
    /// Output only. Whether the file has been viewed by this user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub viewed_by_me: Option<bool>,
    /// The last time the file was viewed by the user (RFC 3339 date-time).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub viewed_by_me_time: Option<rt::Timestamp>,
    /// Deprecated: Use `copyRequiresWriterPermission` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub viewers_can_copy_content: Option<bool>,
    /// Output only. A link for downloading the content of the file in a browser. This is only available for files with binary content in Google Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web_content_link: Option<String>,
    /// Output only. A link for opening the file in a relevant Google editor or viewer in a browser.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web_view_link: Option<String>,
    /// Whether users with only `writer` permission can modify the file's permissions. Not populated for items in shared drives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub writers_can_share: Option<bool>,
}
impl File {
    /// Sets [`app_properties`](Self::app_properties).
    pub fn set_app_properties<I, K, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        self.app_properties = Some(
            value
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        );
        self
    }
    /// Sets [`app_properties`](Self::app_properties), or clears it with `None`.
    pub fn set_or_clear_app_properties(mut self, value: Option<BTreeMap<String, String>>) -> Self {
        self.app_properties = value;
        self
    }
    /// Sets [`capabilities`](Self::capabilities).
    pub fn set_capabilities(mut self, value: impl Into<FileCapabilities>) -> Self {
        self.capabilities = Some(value.into());
        self
    }
    /// Sets [`capabilities`](Self::capabilities), or clears it with `None`.
    pub fn set_or_clear_capabilities(mut self, value: Option<FileCapabilities>) -> Self {
        self.capabilities = value;
        self
    }
    /// Sets [`client_encryption_details`](Self::client_encryption_details).
    pub fn set_client_encryption_details(
        mut self,
        value: impl Into<ClientEncryptionDetails>,
    ) -> Self {
        self.client_encryption_details = Some(value.into());
        self
    }
    /// Sets [`client_encryption_details`](Self::client_encryption_details), or clears it with `None`.
    pub fn set_or_clear_client_encryption_details(
        mut self,
        value: Option<ClientEncryptionDetails>,
    ) -> Self {
        self.client_encryption_details = value;
        self
    }
    /// Sets [`content_hints`](Self::content_hints).
    pub fn set_content_hints(mut self, value: impl Into<FileContentHints>) -> Self {
        self.content_hints = Some(value.into());
        self
    }
    /// Sets [`content_hints`](Self::content_hints), or clears it with `None`.
    pub fn set_or_clear_content_hints(mut self, value: Option<FileContentHints>) -> Self {
        self.content_hints = value;
        self
    }
    /// Sets [`content_restrictions`](Self::content_restrictions).
    pub fn set_content_restrictions<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<ContentRestriction>,
    {
        self.content_restrictions = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`content_restrictions`](Self::content_restrictions), or clears it with `None`.
    pub fn set_or_clear_content_restrictions(
        mut self,
        value: Option<Vec<ContentRestriction>>,
    ) -> Self {
        self.content_restrictions = value;
        self
    }
    /// Sets [`copy_requires_writer_permission`](Self::copy_requires_writer_permission).
    pub fn set_copy_requires_writer_permission(mut self, value: impl Into<bool>) -> Self {
        self.copy_requires_writer_permission = Some(value.into());
        self
    }
    /// Sets [`copy_requires_writer_permission`](Self::copy_requires_writer_permission), or clears it with `None`.
    pub fn set_or_clear_copy_requires_writer_permission(mut self, value: Option<bool>) -> Self {
        self.copy_requires_writer_permission = value;
        self
    }
    /// Sets [`created_time`](Self::created_time).
    pub fn set_created_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.created_time = Some(value.into());
        self
    }
    /// Sets [`created_time`](Self::created_time), or clears it with `None`.
    pub fn set_or_clear_created_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.created_time = value;
        self
    }
    /// Sets [`description`](Self::description).
    pub fn set_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets [`description`](Self::description), or clears it with `None`.
    pub fn set_or_clear_description(mut self, value: Option<String>) -> Self {
        self.description = value;
        self
    }
    /// Sets [`download_restrictions`](Self::download_restrictions).
    pub fn set_download_restrictions(
        mut self,
        value: impl Into<DownloadRestrictionsMetadata>,
    ) -> Self {
        self.download_restrictions = Some(value.into());
        self
    }
    /// Sets [`download_restrictions`](Self::download_restrictions), or clears it with `None`.
    pub fn set_or_clear_download_restrictions(
        mut self,
        value: Option<DownloadRestrictionsMetadata>,
    ) -> Self {
        self.download_restrictions = value;
        self
    }
    /// Sets [`drive_id`](Self::drive_id).
    pub fn set_drive_id(mut self, value: impl Into<String>) -> Self {
        self.drive_id = Some(value.into());
        self
    }
    /// Sets [`drive_id`](Self::drive_id), or clears it with `None`.
    pub fn set_or_clear_drive_id(mut self, value: Option<String>) -> Self {
        self.drive_id = value;
        self
    }
    /// Sets [`explicitly_trashed`](Self::explicitly_trashed).
    pub fn set_explicitly_trashed(mut self, value: impl Into<bool>) -> Self {
        self.explicitly_trashed = Some(value.into());
        self
    }
    /// Sets [`explicitly_trashed`](Self::explicitly_trashed), or clears it with `None`.
    pub fn set_or_clear_explicitly_trashed(mut self, value: Option<bool>) -> Self {
        self.explicitly_trashed = value;
        self
    }
    /// Sets [`export_links`](Self::export_links).
    pub fn set_export_links<I, K, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        self.export_links = Some(
            value
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        );
        self
    }
    /// Sets [`export_links`](Self::export_links), or clears it with `None`.
    pub fn set_or_clear_export_links(mut self, value: Option<BTreeMap<String, String>>) -> Self {
        self.export_links = value;
        self
    }
    /// Sets [`file_extension`](Self::file_extension).
    pub fn set_file_extension(mut self, value: impl Into<String>) -> Self {
        self.file_extension = Some(value.into());
        self
    }
    /// Sets [`file_extension`](Self::file_extension), or clears it with `None`.
    pub fn set_or_clear_file_extension(mut self, value: Option<String>) -> Self {
        self.file_extension = value;
        self
    }
    /// Sets [`folder_color_rgb`](Self::folder_color_rgb).
    pub fn set_folder_color_rgb(mut self, value: impl Into<String>) -> Self {
        self.folder_color_rgb = Some(value.into());
        self
    }
    /// Sets [`folder_color_rgb`](Self::folder_color_rgb), or clears it with `None`.
    pub fn set_or_clear_folder_color_rgb(mut self, value: Option<String>) -> Self {
        self.folder_color_rgb = value;
        self
    }
    /// Sets [`full_file_extension`](Self::full_file_extension).
    pub fn set_full_file_extension(mut self, value: impl Into<String>) -> Self {
        self.full_file_extension = Some(value.into());
        self
    }
    /// Sets [`full_file_extension`](Self::full_file_extension), or clears it with `None`.
    pub fn set_or_clear_full_file_extension(mut self, value: Option<String>) -> Self {
        self.full_file_extension = value;
        self
    }
    /// Sets [`has_augmented_permissions`](Self::has_augmented_permissions).
    pub fn set_has_augmented_permissions(mut self, value: impl Into<bool>) -> Self {
        self.has_augmented_permissions = Some(value.into());
        self
    }
    /// Sets [`has_augmented_permissions`](Self::has_augmented_permissions), or clears it with `None`.
    pub fn set_or_clear_has_augmented_permissions(mut self, value: Option<bool>) -> Self {
        self.has_augmented_permissions = value;
        self
    }
    /// Sets [`has_thumbnail`](Self::has_thumbnail).
    pub fn set_has_thumbnail(mut self, value: impl Into<bool>) -> Self {
        self.has_thumbnail = Some(value.into());
        self
    }
    /// Sets [`has_thumbnail`](Self::has_thumbnail), or clears it with `None`.
    pub fn set_or_clear_has_thumbnail(mut self, value: Option<bool>) -> Self {
        self.has_thumbnail = value;
        self
    }
    /// Sets [`head_revision_id`](Self::head_revision_id).
    pub fn set_head_revision_id(mut self, value: impl Into<String>) -> Self {
        self.head_revision_id = Some(value.into());
        self
    }
    /// Sets [`head_revision_id`](Self::head_revision_id), or clears it with `None`.
    pub fn set_or_clear_head_revision_id(mut self, value: Option<String>) -> Self {
        self.head_revision_id = value;
        self
    }
    /// Sets [`icon_link`](Self::icon_link).
    pub fn set_icon_link(mut self, value: impl Into<String>) -> Self {
        self.icon_link = Some(value.into());
        self
    }
    /// Sets [`icon_link`](Self::icon_link), or clears it with `None`.
    pub fn set_or_clear_icon_link(mut self, value: Option<String>) -> Self {
        self.icon_link = value;
        self
    }
    /// Sets [`id`](Self::id).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`id`](Self::id), or clears it with `None`.
    pub fn set_or_clear_id(mut self, value: Option<String>) -> Self {
        self.id = value;
        self
    }
    /// Sets [`image_media_metadata`](Self::image_media_metadata).
    pub fn set_image_media_metadata(mut self, value: impl Into<FileImageMediaMetadata>) -> Self {
        self.image_media_metadata = Some(value.into());
        self
    }
    /// Sets [`image_media_metadata`](Self::image_media_metadata), or clears it with `None`.
    pub fn set_or_clear_image_media_metadata(
        mut self,
        value: Option<FileImageMediaMetadata>,
    ) -> Self {
        self.image_media_metadata = value;
        self
    }
    /// Sets [`inherited_permissions_disabled`](Self::inherited_permissions_disabled).
    pub fn set_inherited_permissions_disabled(mut self, value: impl Into<bool>) -> Self {
        self.inherited_permissions_disabled = Some(value.into());
        self
    }
    /// Sets [`inherited_permissions_disabled`](Self::inherited_permissions_disabled), or clears it with `None`.
    pub fn set_or_clear_inherited_permissions_disabled(mut self, value: Option<bool>) -> Self {
        self.inherited_permissions_disabled = value;
        self
    }
    /// Sets [`is_app_authorized`](Self::is_app_authorized).
    pub fn set_is_app_authorized(mut self, value: impl Into<bool>) -> Self {
        self.is_app_authorized = Some(value.into());
        self
    }
    /// Sets [`is_app_authorized`](Self::is_app_authorized), or clears it with `None`.
    pub fn set_or_clear_is_app_authorized(mut self, value: Option<bool>) -> Self {
        self.is_app_authorized = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`label_info`](Self::label_info).
    pub fn set_label_info(mut self, value: impl Into<FileLabelInfo>) -> Self {
        self.label_info = Some(value.into());
        self
    }
    /// Sets [`label_info`](Self::label_info), or clears it with `None`.
    pub fn set_or_clear_label_info(mut self, value: Option<FileLabelInfo>) -> Self {
        self.label_info = value;
        self
    }
    /// Sets [`last_modifying_user`](Self::last_modifying_user).
    pub fn set_last_modifying_user(mut self, value: impl Into<User>) -> Self {
        self.last_modifying_user = Some(value.into());
        self
    }
    /// Sets [`last_modifying_user`](Self::last_modifying_user), or clears it with `None`.
    pub fn set_or_clear_last_modifying_user(mut self, value: Option<User>) -> Self {
        self.last_modifying_user = value;
        self
    }
    /// Sets [`link_share_metadata`](Self::link_share_metadata).
    pub fn set_link_share_metadata(mut self, value: impl Into<FileLinkShareMetadata>) -> Self {
        self.link_share_metadata = Some(value.into());
        self
    }
    /// Sets [`link_share_metadata`](Self::link_share_metadata), or clears it with `None`.
    pub fn set_or_clear_link_share_metadata(
        mut self,
        value: Option<FileLinkShareMetadata>,
    ) -> Self {
        self.link_share_metadata = value;
        self
    }
    /// Sets [`md5_checksum`](Self::md5_checksum).
    pub fn set_md5_checksum(mut self, value: impl Into<String>) -> Self {
        self.md5_checksum = Some(value.into());
        self
    }
    /// Sets [`md5_checksum`](Self::md5_checksum), or clears it with `None`.
    pub fn set_or_clear_md5_checksum(mut self, value: Option<String>) -> Self {
        self.md5_checksum = value;
        self
    }
    /// Sets [`mime_type`](Self::mime_type).
    pub fn set_mime_type(mut self, value: impl Into<String>) -> Self {
        self.mime_type = Some(value.into());
        self
    }
    /// Sets [`mime_type`](Self::mime_type), or clears it with `None`.
    pub fn set_or_clear_mime_type(mut self, value: Option<String>) -> Self {
        self.mime_type = value;
        self
    }
    /// Sets [`modified_by_me`](Self::modified_by_me).
    pub fn set_modified_by_me(mut self, value: impl Into<bool>) -> Self {
        self.modified_by_me = Some(value.into());
        self
    }
    /// Sets [`modified_by_me`](Self::modified_by_me), or clears it with `None`.
    pub fn set_or_clear_modified_by_me(mut self, value: Option<bool>) -> Self {
        self.modified_by_me = value;
        self
    }
    /// Sets [`modified_by_me_time`](Self::modified_by_me_time).
    pub fn set_modified_by_me_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.modified_by_me_time = Some(value.into());
        self
    }
    /// Sets [`modified_by_me_time`](Self::modified_by_me_time), or clears it with `None`.
    pub fn set_or_clear_modified_by_me_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.modified_by_me_time = value;
        self
    }
    /// Sets [`modified_time`](Self::modified_time).
    pub fn set_modified_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.modified_time = Some(value.into());
        self
    }
    /// Sets [`modified_time`](Self::modified_time), or clears it with `None`.
    pub fn set_or_clear_modified_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.modified_time = value;
        self
    }
    /// Sets [`name`](Self::name).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`name`](Self::name), or clears it with `None`.
    pub fn set_or_clear_name(mut self, value: Option<String>) -> Self {
        self.name = value;
        self
    }
    /// Sets [`original_filename`](Self::original_filename).
    pub fn set_original_filename(mut self, value: impl Into<String>) -> Self {
        self.original_filename = Some(value.into());
        self
    }
    /// Sets [`original_filename`](Self::original_filename), or clears it with `None`.
    pub fn set_or_clear_original_filename(mut self, value: Option<String>) -> Self {
        self.original_filename = value;
        self
    }
    /// Sets [`owned_by_me`](Self::owned_by_me).
    pub fn set_owned_by_me(mut self, value: impl Into<bool>) -> Self {
        self.owned_by_me = Some(value.into());
        self
    }
    /// Sets [`owned_by_me`](Self::owned_by_me), or clears it with `None`.
    pub fn set_or_clear_owned_by_me(mut self, value: Option<bool>) -> Self {
        self.owned_by_me = value;
        self
    }
    /// Sets [`owners`](Self::owners).
    pub fn set_owners<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<User>,
    {
        self.owners = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`owners`](Self::owners), or clears it with `None`.
    pub fn set_or_clear_owners(mut self, value: Option<Vec<User>>) -> Self {
        self.owners = value;
        self
    }
    /// Sets [`parents`](Self::parents).
    pub fn set_parents<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.parents = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`parents`](Self::parents), or clears it with `None`.
    pub fn set_or_clear_parents(mut self, value: Option<Vec<String>>) -> Self {
        self.parents = value;
        self
    }
    /// Sets [`permission_ids`](Self::permission_ids).
    pub fn set_permission_ids<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.permission_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`permission_ids`](Self::permission_ids), or clears it with `None`.
    pub fn set_or_clear_permission_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.permission_ids = value;
        self
    }
    /// Sets [`permissions`](Self::permissions).
    pub fn set_permissions<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<Permission>,
    {
        self.permissions = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`permissions`](Self::permissions), or clears it with `None`.
    pub fn set_or_clear_permissions(mut self, value: Option<Vec<Permission>>) -> Self {
        self.permissions = value;
        self
    }
    /// Sets [`properties`](Self::properties).
    pub fn set_properties<I, K, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        self.properties = Some(
            value
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        );
        self
    }
    /// Sets [`properties`](Self::properties), or clears it with `None`.
    pub fn set_or_clear_properties(mut self, value: Option<BTreeMap<String, String>>) -> Self {
        self.properties = value;
        self
    }
    /// Sets [`quota_bytes_used`](Self::quota_bytes_used).
    pub fn set_quota_bytes_used(mut self, value: impl Into<i64>) -> Self {
        self.quota_bytes_used = Some(value.into());
        self
    }
    /// Sets [`quota_bytes_used`](Self::quota_bytes_used), or clears it with `None`.
    pub fn set_or_clear_quota_bytes_used(mut self, value: Option<i64>) -> Self {
        self.quota_bytes_used = value;
        self
    }
    /// Sets [`resource_key`](Self::resource_key).
    pub fn set_resource_key(mut self, value: impl Into<String>) -> Self {
        self.resource_key = Some(value.into());
        self
    }
    /// Sets [`resource_key`](Self::resource_key), or clears it with `None`.
    pub fn set_or_clear_resource_key(mut self, value: Option<String>) -> Self {
        self.resource_key = value;
        self
    }
    /// Sets [`sha1_checksum`](Self::sha1_checksum).
    pub fn set_sha1_checksum(mut self, value: impl Into<String>) -> Self {
        self.sha1_checksum = Some(value.into());
        self
    }
    /// Sets [`sha1_checksum`](Self::sha1_checksum), or clears it with `None`.
    pub fn set_or_clear_sha1_checksum(mut self, value: Option<String>) -> Self {
        self.sha1_checksum = value;
        self
    }
    /// Sets [`sha256_checksum`](Self::sha256_checksum).
    pub fn set_sha256_checksum(mut self, value: impl Into<String>) -> Self {
        self.sha256_checksum = Some(value.into());
        self
    }
    /// Sets [`sha256_checksum`](Self::sha256_checksum), or clears it with `None`.
    pub fn set_or_clear_sha256_checksum(mut self, value: Option<String>) -> Self {
        self.sha256_checksum = value;
        self
    }
    /// Sets [`shared`](Self::shared).
    pub fn set_shared(mut self, value: impl Into<bool>) -> Self {
        self.shared = Some(value.into());
        self
    }
    /// Sets [`shared`](Self::shared), or clears it with `None`.
    pub fn set_or_clear_shared(mut self, value: Option<bool>) -> Self {
        self.shared = value;
        self
    }
    /// Sets [`shared_with_me_time`](Self::shared_with_me_time).
    pub fn set_shared_with_me_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.shared_with_me_time = Some(value.into());
        self
    }
    /// Sets [`shared_with_me_time`](Self::shared_with_me_time), or clears it with `None`.
    pub fn set_or_clear_shared_with_me_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.shared_with_me_time = value;
        self
    }
    /// Sets [`sharing_user`](Self::sharing_user).
    pub fn set_sharing_user(mut self, value: impl Into<User>) -> Self {
        self.sharing_user = Some(value.into());
        self
    }
    /// Sets [`sharing_user`](Self::sharing_user), or clears it with `None`.
    pub fn set_or_clear_sharing_user(mut self, value: Option<User>) -> Self {
        self.sharing_user = value;
        self
    }
    /// Sets [`shortcut_details`](Self::shortcut_details).
    pub fn set_shortcut_details(mut self, value: impl Into<FileShortcutDetails>) -> Self {
        self.shortcut_details = Some(value.into());
        self
    }
    /// Sets [`shortcut_details`](Self::shortcut_details), or clears it with `None`.
    pub fn set_or_clear_shortcut_details(mut self, value: Option<FileShortcutDetails>) -> Self {
        self.shortcut_details = value;
        self
    }
    /// Sets [`size`](Self::size).
    pub fn set_size(mut self, value: impl Into<i64>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets [`size`](Self::size), or clears it with `None`.
    pub fn set_or_clear_size(mut self, value: Option<i64>) -> Self {
        self.size = value;
        self
    }
    /// Sets [`spaces`](Self::spaces).
    pub fn set_spaces<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.spaces = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`spaces`](Self::spaces), or clears it with `None`.
    pub fn set_or_clear_spaces(mut self, value: Option<Vec<String>>) -> Self {
        self.spaces = value;
        self
    }
    /// Sets [`starred`](Self::starred).
    pub fn set_starred(mut self, value: impl Into<bool>) -> Self {
        self.starred = Some(value.into());
        self
    }
    /// Sets [`starred`](Self::starred), or clears it with `None`.
    pub fn set_or_clear_starred(mut self, value: Option<bool>) -> Self {
        self.starred = value;
        self
    }
    /// Sets [`team_drive_id`](Self::team_drive_id).
    pub fn set_team_drive_id(mut self, value: impl Into<String>) -> Self {
        self.team_drive_id = Some(value.into());
        self
    }
    /// Sets [`team_drive_id`](Self::team_drive_id), or clears it with `None`.
    pub fn set_or_clear_team_drive_id(mut self, value: Option<String>) -> Self {
        self.team_drive_id = value;
        self
    }
    /// Sets [`thumbnail_link`](Self::thumbnail_link).
    pub fn set_thumbnail_link(mut self, value: impl Into<String>) -> Self {
        self.thumbnail_link = Some(value.into());
        self
    }
    /// Sets [`thumbnail_link`](Self::thumbnail_link), or clears it with `None`.
    pub fn set_or_clear_thumbnail_link(mut self, value: Option<String>) -> Self {
        self.thumbnail_link = value;
        self
    }
    /// Sets [`thumbnail_version`](Self::thumbnail_version).
    pub fn set_thumbnail_version(mut self, value: impl Into<i64>) -> Self {
        self.thumbnail_version = Some(value.into());
        self
    }
    /// Sets [`thumbnail_version`](Self::thumbnail_version), or clears it with `None`.
    pub fn set_or_clear_thumbnail_version(mut self, value: Option<i64>) -> Self {
        self.thumbnail_version = value;
        self
    }
    /// Sets [`trashed`](Self::trashed).
    pub fn set_trashed(mut self, value: impl Into<bool>) -> Self {
        self.trashed = Some(value.into());
        self
    }
    /// Sets [`trashed`](Self::trashed), or clears it with `None`.
    pub fn set_or_clear_trashed(mut self, value: Option<bool>) -> Self {
        self.trashed = value;
        self
    }
    /// Sets [`trashed_time`](Self::trashed_time).
    pub fn set_trashed_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.trashed_time = Some(value.into());
        self
    }
    /// Sets [`trashed_time`](Self::trashed_time), or clears it with `None`.
    pub fn set_or_clear_trashed_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.trashed_time = value;
        self
    }
    /// Sets [`trashing_user`](Self::trashing_user).
    pub fn set_trashing_user(mut self, value: impl Into<User>) -> Self {
        self.trashing_user = Some(value.into());
        self
    }
    /// Sets [`trashing_user`](Self::trashing_user), or clears it with `None`.
    pub fn set_or_clear_trashing_user(mut self, value: Option<User>) -> Self {
        self.trashing_user = value;
        self
    }
    /// Sets [`version`](Self::version).
    pub fn set_version(mut self, value: impl Into<i64>) -> Self {
        self.version = Some(value.into());
        self
    }
    /// Sets [`version`](Self::version), or clears it with `None`.
    pub fn set_or_clear_version(mut self, value: Option<i64>) -> Self {
        self.version = value;
        self
    }
    /// Sets [`video_media_metadata`](Self::video_media_metadata).
    pub fn set_video_media_metadata(mut self, value: impl Into<FileVideoMediaMetadata>) -> Self {
        self.video_media_metadata = Some(value.into());
        self
    }
    /// Sets [`video_media_metadata`](Self::video_media_metadata), or clears it with `None`.
    pub fn set_or_clear_video_media_metadata(
        mut self,
        value: Option<FileVideoMediaMetadata>,
    ) -> Self {
        self.video_media_metadata = value;
        self
    }
    /// Sets [`viewed_by_me`](Self::viewed_by_me).
    pub fn set_viewed_by_me(mut self, value: impl Into<bool>) -> Self {
        self.viewed_by_me = Some(value.into());
        self
    }
    /// Sets [`viewed_by_me`](Self::viewed_by_me), or clears it with `None`.
    pub fn set_or_clear_viewed_by_me(mut self, value: Option<bool>) -> Self {
        self.viewed_by_me = value;
        self
    }
    /// Sets [`viewed_by_me_time`](Self::viewed_by_me_time).
    pub fn set_viewed_by_me_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.viewed_by_me_time = Some(value.into());
        self
    }
    /// Sets [`viewed_by_me_time`](Self::viewed_by_me_time), or clears it with `None`.
    pub fn set_or_clear_viewed_by_me_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.viewed_by_me_time = value;
        self
    }
    /// Sets [`viewers_can_copy_content`](Self::viewers_can_copy_content).
    pub fn set_viewers_can_copy_content(mut self, value: impl Into<bool>) -> Self {
        self.viewers_can_copy_content = Some(value.into());
        self
    }
    /// Sets [`viewers_can_copy_content`](Self::viewers_can_copy_content), or clears it with `None`.
    pub fn set_or_clear_viewers_can_copy_content(mut self, value: Option<bool>) -> Self {
        self.viewers_can_copy_content = value;
        self
    }
    /// Sets [`web_content_link`](Self::web_content_link).
    pub fn set_web_content_link(mut self, value: impl Into<String>) -> Self {
        self.web_content_link = Some(value.into());
        self
    }
    /// Sets [`web_content_link`](Self::web_content_link), or clears it with `None`.
    pub fn set_or_clear_web_content_link(mut self, value: Option<String>) -> Self {
        self.web_content_link = value;
        self
    }
    /// Sets [`web_view_link`](Self::web_view_link).
    pub fn set_web_view_link(mut self, value: impl Into<String>) -> Self {
        self.web_view_link = Some(value.into());
        self
    }
    /// Sets [`web_view_link`](Self::web_view_link), or clears it with `None`.
    pub fn set_or_clear_web_view_link(mut self, value: Option<String>) -> Self {
        self.web_view_link = value;
        self
    }
    /// Sets [`writers_can_share`](Self::writers_can_share).
    pub fn set_writers_can_share(mut self, value: impl Into<bool>) -> Self {
        self.writers_can_share = Some(value.into());
        self
    }
    /// Sets [`writers_can_share`](Self::writers_can_share), or clears it with `None`.
    pub fn set_or_clear_writers_can_share(mut self, value: Option<bool>) -> Self {
        self.writers_can_share = value;
        self
    }
}
/// Output only. Capabilities the current user has on this file. Each capability corresponds to a fine-grained action that a user may take. For more information, see \[Understand file capabilities\](<https://developers.google.com/workspace/drive/api/guides/manage-sharing#capabilities>).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct FileCapabilities {
    /// Output only. Whether the current user is the pending owner of the file. Not populated for shared drive files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_accept_ownership: Option<bool>,
    /// Whether the current user can access this file via Gen AI features. For more information, see \[Drive MCP file eligibility\](<https://developers.google.com/workspace/drive/api/guides/drive-mcp-server-file-eligibility>).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_access_via_gen_ai: Option<bool>,
    /// Output only. Whether the current user can add children to this folder. This is always `false` when the item isn't a folder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_add_children: Option<bool>,
    /// Output only. Whether the current user can add a folder from another drive (different shared drive or My Drive) to this folder. This is `false` when the item isn't a folder. Only populated for items in shared drives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_add_folder_from_another_drive: Option<bool>,
    /// Output only. Whether the current user can add a parent for the item without removing an existing parent in the same request. Not populated for shared drive files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_add_my_drive_parent: Option<bool>,
    /// Output only. Whether the current user can change the `copyRequiresWriterPermission` restriction of this file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_change_copy_requires_writer_permission: Option<bool>,
    /// Output only. Whether the current user can change the owner or organizer-applied download restrictions of the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_change_item_download_restriction: Option<bool>,
    /// Output only. Whether the current user can change the `securityUpdateEnabled` field on link share metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_change_security_update_enabled: Option<bool>,
    /// Deprecated: Output only.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_change_viewers_can_copy_content: Option<bool>,
    /// Output only. Whether the current user can comment on this file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_comment: Option<bool>,
    /// Output only. Whether the current user can copy this file. For an item in a shared drive, whether the current user can copy non-folder descendants of this item, or this item if it's not a folder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_copy: Option<bool>,
    /// Output only. Whether the current user can delete this file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_delete: Option<bool>,
    /// Output only. Whether the current user can delete children of this folder. This is `false` when the item isn't a folder. Only populated for items in shared drives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_delete_children: Option<bool>,
    /// Whether a user can disable inherited permissions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_disable_inherited_permissions: Option<bool>,
    /// Output only. Whether the current user can download this file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_download: Option<bool>,
    /// Output only. Whether the current user can edit this file. Other factors may limit the type of changes a user can make to a file. For example, see `canChangeCopyRequiresWriterPermission` or `canModifyContent`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_edit: Option<bool>,
    /// Whether a user can re-enable inherited permissions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_enable_inherited_permissions: Option<bool>,
    /// Output only. Whether the current user can list the children of this folder. This is always `false` when the item isn't a folder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_list_children: Option<bool>,
    /// Output only. Whether the current user can modify the content of this file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_modify_content: Option<bool>,
    /// Deprecated: Output only. Use one of `canModifyEditorContentRestriction`, `canModifyOwnerContentRestriction`, or `canRemoveContentRestriction`.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_modify_content_restriction: Option<bool>,
    /// Output only. Whether the current user can add or modify content restrictions on the file which are editor restricted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_modify_editor_content_restriction: Option<bool>,
    /// Output only. Whether the current user can modify the labels on the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_modify_labels: Option<bool>,
    /// Output only. Whether the current user can add or modify content restrictions which are owner restricted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_modify_owner_content_restriction: Option<bool>,
    /// Output only. Whether the current user can move children of this folder outside of the shared drive. This is `false` when the item isn't a folder. Only populated for items in shared drives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_move_children_out_of_drive: Option<bool>,
    /// Deprecated: Output only. Use `canMoveChildrenOutOfDrive` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_move_children_out_of_team_drive: Option<bool>,
    /// Output only. Whether the current user can move children of this folder within this drive. This is `false` when the item isn't a folder. Note that a request to move the child may still fail depending on the current user's access to the child and to the destination folder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_move_children_within_drive: Option<bool>,
    /// Deprecated: Output only. Use `canMoveChildrenWithinDrive` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_move_children_within_team_drive: Option<bool>,
    /// Deprecated: Output only. Use `canMoveItemOutOfDrive` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_move_item_into_team_drive: Option<bool>,
    /// Output only. Whether the current user can move this item outside of this drive by changing its parent. Note that a request to change the parent of the item may still fail depending on the new parent that's being added.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_move_item_out_of_drive: Option<bool>,
    /// Deprecated: Output only. Use `canMoveItemOutOfDrive` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_move_item_out_of_team_drive: Option<bool>,
    /// Output only. Whether the current user can move this item within this drive. Note that a request to change the parent of the item may still fail depending on the new parent that's being added and the parent that is being removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_move_item_within_drive: Option<bool>,
    /// Deprecated: Output only. Use `canMoveItemWithinDrive` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_move_item_within_team_drive: Option<bool>,
    /// Deprecated: Output only. Use `canMoveItemWithinDrive` or `canMoveItemOutOfDrive` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_move_team_drive_item: Option<bool>,
    /// Output only. Whether the current user can read the shared drive to which this file belongs. Only populated for items in shared drives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_read_drive: Option<bool>,
    /// Output only. Whether the current user can read the labels on the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_read_labels: Option<bool>,
    /// Output only. Whether the current user can read the revisions resource of this file. For a shared drive item, whether revisions of non-folder descendants of this item, or this item if it's not a folder, can be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_read_revisions: Option<bool>,
    /// Deprecated: Output only. Use `canReadDrive` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_read_team_drive: Option<bool>,
    /// Output only. Whether the current user can remove children from this folder. This is always `false` when the item isn't a folder. For a folder in a shared drive, use `canDeleteChildren` or `canTrashChildren` instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_remove_children: Option<bool>,
    /// Output only. Whether there's a content restriction on the file that can be removed by the current user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_remove_content_restriction: Option<bool>,
    /// Output only. Whether the current user can remove a parent from the item without adding another parent in the same request. Not populated for shared drive files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_remove_my_drive_parent: Option<bool>,
    /// Output only. Whether the current user can rename this file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_rename: Option<bool>,
    /// Output only. Whether the current user can modify the sharing settings for this file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_share: Option<bool>,
    /// Whether the current user can start an approval on the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_start_approval: Option<bool>,
    /// Output only. Whether the current user can move this file to trash.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_trash: Option<bool>,
    /// Output only. Whether the current user can trash children of this folder. This is `false` when the item isn't a folder. Only populated for items in shared drives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_trash_children: Option<bool>,
    /// Output only. Whether the current user can restore this file from trash.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_untrash: Option<bool>,
}
impl FileCapabilities {
    /// Sets [`can_accept_ownership`](Self::can_accept_ownership).
    pub fn set_can_accept_ownership(mut self, value: impl Into<bool>) -> Self {
        self.can_accept_ownership = Some(value.into());
        self
    }
    /// Sets [`can_accept_ownership`](Self::can_accept_ownership), or clears it with `None`.
    pub fn set_or_clear_can_accept_ownership(mut self, value: Option<bool>) -> Self {
        self.can_accept_ownership = value;
        self
    }
    /// Sets [`can_access_via_gen_ai`](Self::can_access_via_gen_ai).
    pub fn set_can_access_via_gen_ai(mut self, value: impl Into<bool>) -> Self {
        self.can_access_via_gen_ai = Some(value.into());
        self
    }
    /// Sets [`can_access_via_gen_ai`](Self::can_access_via_gen_ai), or clears it with `None`.
    pub fn set_or_clear_can_access_via_gen_ai(mut self, value: Option<bool>) -> Self {
        self.can_access_via_gen_ai = value;
        self
    }
    /// Sets [`can_add_children`](Self::can_add_children).
    pub fn set_can_add_children(mut self, value: impl Into<bool>) -> Self {
        self.can_add_children = Some(value.into());
        self
    }
    /// Sets [`can_add_children`](Self::can_add_children), or clears it with `None`.
    pub fn set_or_clear_can_add_children(mut self, value: Option<bool>) -> Self {
        self.can_add_children = value;
        self
    }
    /// Sets [`can_add_folder_from_another_drive`](Self::can_add_folder_from_another_drive).
    pub fn set_can_add_folder_from_another_drive(mut self, value: impl Into<bool>) -> Self {
        self.can_add_folder_from_another_drive = Some(value.into());
        self
    }
    /// Sets [`can_add_folder_from_another_drive`](Self::can_add_folder_from_another_drive), or clears it with `None`.
    pub fn set_or_clear_can_add_folder_from_another_drive(mut self, value: Option<bool>) -> Self {
        self.can_add_folder_from_another_drive = value;
        self
    }
    /// Sets [`can_add_my_drive_parent`](Self::can_add_my_drive_parent).
    pub fn set_can_add_my_drive_parent(mut self, value: impl Into<bool>) -> Self {
        self.can_add_my_drive_parent = Some(value.into());
        self
    }
    /// Sets [`can_add_my_drive_parent`](Self::can_add_my_drive_parent), or clears it with `None`.
    pub fn set_or_clear_can_add_my_drive_parent(mut self, value: Option<bool>) -> Self {
        self.can_add_my_drive_parent = value;
        self
    }
    /// Sets [`can_change_copy_requires_writer_permission`](Self::can_change_copy_requires_writer_permission).
    pub fn set_can_change_copy_requires_writer_permission(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.can_change_copy_requires_writer_permission = Some(value.into());
        self
    }
    /// Sets [`can_change_copy_requires_writer_permission`](Self::can_change_copy_requires_writer_permission), or clears it with `None`.
    pub fn set_or_clear_can_change_copy_requires_writer_permission(
        mut self,
        value: Option<bool>,
    ) -> Self {
        self.can_change_copy_requires_writer_permission = value;
        self
    }
    /// Sets [`can_change_item_download_restriction`](Self::can_change_item_download_restriction).
    pub fn set_can_change_item_download_restriction(mut self, value: impl Into<bool>) -> Self {
        self.can_change_item_download_restriction = Some(value.into());
        self
    }
    /// Sets [`can_change_item_download_restriction`](Self::can_change_item_download_restriction), or clears it with `None`.
    pub fn set_or_clear_can_change_item_download_restriction(
        mut self,
        value: Option<bool>,
    ) -> Self {
        self.can_change_item_download_restriction = value;
        self
    }
    /// Sets [`can_change_security_update_enabled`](Self::can_change_security_update_enabled).
    pub fn set_can_change_security_update_enabled(mut self, value: impl Into<bool>) -> Self {
        self.can_change_security_update_enabled = Some(value.into());
        self
    }
    /// Sets [`can_change_security_update_enabled`](Self::can_change_security_update_enabled), or clears it with `None`.
    pub fn set_or_clear_can_change_security_update_enabled(mut self, value: Option<bool>) -> Self {
        self.can_change_security_update_enabled = value;
        self
    }
    /// Sets [`can_change_viewers_can_copy_content`](Self::can_change_viewers_can_copy_content).
    pub fn set_can_change_viewers_can_copy_content(mut self, value: impl Into<bool>) -> Self {
        self.can_change_viewers_can_copy_content = Some(value.into());
        self
    }
    /// Sets [`can_change_viewers_can_copy_content`](Self::can_change_viewers_can_copy_content), or clears it with `None`.
    pub fn set_or_clear_can_change_viewers_can_copy_content(mut self, value: Option<bool>) -> Self {
        self.can_change_viewers_can_copy_content = value;
        self
    }
    /// Sets [`can_comment`](Self::can_comment).
    pub fn set_can_comment(mut self, value: impl Into<bool>) -> Self {
        self.can_comment = Some(value.into());
        self
    }
    /// Sets [`can_comment`](Self::can_comment), or clears it with `None`.
    pub fn set_or_clear_can_comment(mut self, value: Option<bool>) -> Self {
        self.can_comment = value;
        self
    }
    /// Sets [`can_copy`](Self::can_copy).
    pub fn set_can_copy(mut self, value: impl Into<bool>) -> Self {
        self.can_copy = Some(value.into());
        self
    }
    /// Sets [`can_copy`](Self::can_copy), or clears it with `None`.
    pub fn set_or_clear_can_copy(mut self, value: Option<bool>) -> Self {
        self.can_copy = value;
        self
    }
    /// Sets [`can_delete`](Self::can_delete).
    pub fn set_can_delete(mut self, value: impl Into<bool>) -> Self {
        self.can_delete = Some(value.into());
        self
    }
    /// Sets [`can_delete`](Self::can_delete), or clears it with `None`.
    pub fn set_or_clear_can_delete(mut self, value: Option<bool>) -> Self {
        self.can_delete = value;
        self
    }
    /// Sets [`can_delete_children`](Self::can_delete_children).
    pub fn set_can_delete_children(mut self, value: impl Into<bool>) -> Self {
        self.can_delete_children = Some(value.into());
        self
    }
    /// Sets [`can_delete_children`](Self::can_delete_children), or clears it with `None`.
    pub fn set_or_clear_can_delete_children(mut self, value: Option<bool>) -> Self {
        self.can_delete_children = value;
        self
    }
    /// Sets [`can_disable_inherited_permissions`](Self::can_disable_inherited_permissions).
    pub fn set_can_disable_inherited_permissions(mut self, value: impl Into<bool>) -> Self {
        self.can_disable_inherited_permissions = Some(value.into());
        self
    }
    /// Sets [`can_disable_inherited_permissions`](Self::can_disable_inherited_permissions), or clears it with `None`.
    pub fn set_or_clear_can_disable_inherited_permissions(mut self, value: Option<bool>) -> Self {
        self.can_disable_inherited_permissions = value;
        self
    }
    /// Sets [`can_download`](Self::can_download).
    pub fn set_can_download(mut self, value: impl Into<bool>) -> Self {
        self.can_download = Some(value.into());
        self
    }
    /// Sets [`can_download`](Self::can_download), or clears it with `None`.
    pub fn set_or_clear_can_download(mut self, value: Option<bool>) -> Self {
        self.can_download = value;
        self
    }
    /// Sets [`can_edit`](Self::can_edit).
    pub fn set_can_edit(mut self, value: impl Into<bool>) -> Self {
        self.can_edit = Some(value.into());
        self
    }
    /// Sets [`can_edit`](Self::can_edit), or clears it with `None`.
    pub fn set_or_clear_can_edit(mut self, value: Option<bool>) -> Self {
        self.can_edit = value;
        self
    }
    /// Sets [`can_enable_inherited_permissions`](Self::can_enable_inherited_permissions).
    pub fn set_can_enable_inherited_permissions(mut self, value: impl Into<bool>) -> Self {
        self.can_enable_inherited_permissions = Some(value.into());
        self
    }
    /// Sets [`can_enable_inherited_permissions`](Self::can_enable_inherited_permissions), or clears it with `None`.
    pub fn set_or_clear_can_enable_inherited_permissions(mut self, value: Option<bool>) -> Self {
        self.can_enable_inherited_permissions = value;
        self
    }
    /// Sets [`can_list_children`](Self::can_list_children).
    pub fn set_can_list_children(mut self, value: impl Into<bool>) -> Self {
        self.can_list_children = Some(value.into());
        self
    }
    /// Sets [`can_list_children`](Self::can_list_children), or clears it with `None`.
    pub fn set_or_clear_can_list_children(mut self, value: Option<bool>) -> Self {
        self.can_list_children = value;
        self
    }
    /// Sets [`can_modify_content`](Self::can_modify_content).
    pub fn set_can_modify_content(mut self, value: impl Into<bool>) -> Self {
        self.can_modify_content = Some(value.into());
        self
    }
    /// Sets [`can_modify_content`](Self::can_modify_content), or clears it with `None`.
    pub fn set_or_clear_can_modify_content(mut self, value: Option<bool>) -> Self {
        self.can_modify_content = value;
        self
    }
    /// Sets [`can_modify_content_restriction`](Self::can_modify_content_restriction).
    pub fn set_can_modify_content_restriction(mut self, value: impl Into<bool>) -> Self {
        self.can_modify_content_restriction = Some(value.into());
        self
    }
    /// Sets [`can_modify_content_restriction`](Self::can_modify_content_restriction), or clears it with `None`.
    pub fn set_or_clear_can_modify_content_restriction(mut self, value: Option<bool>) -> Self {
        self.can_modify_content_restriction = value;
        self
    }
    /// Sets [`can_modify_editor_content_restriction`](Self::can_modify_editor_content_restriction).
    pub fn set_can_modify_editor_content_restriction(mut self, value: impl Into<bool>) -> Self {
        self.can_modify_editor_content_restriction = Some(value.into());
        self
    }
    /// Sets [`can_modify_editor_content_restriction`](Self::can_modify_editor_content_restriction), or clears it with `None`.
    pub fn set_or_clear_can_modify_editor_content_restriction(
        mut self,
        value: Option<bool>,
    ) -> Self {
        self.can_modify_editor_content_restriction = value;
        self
    }
    /// Sets [`can_modify_labels`](Self::can_modify_labels).
    pub fn set_can_modify_labels(mut self, value: impl Into<bool>) -> Self {
        self.can_modify_labels = Some(value.into());
        self
    }
    /// Sets [`can_modify_labels`](Self::can_modify_labels), or clears it with `None`.
    pub fn set_or_clear_can_modify_labels(mut self, value: Option<bool>) -> Self {
        self.can_modify_labels = value;
        self
    }
    /// Sets [`can_modify_owner_content_restriction`](Self::can_modify_owner_content_restriction).
    pub fn set_can_modify_owner_content_restriction(mut self, value: impl Into<bool>) -> Self {
        self.can_modify_owner_content_restriction = Some(value.into());
        self
    }
    /// Sets [`can_modify_owner_content_restriction`](Self::can_modify_owner_content_restriction), or clears it with `None`.
    pub fn set_or_clear_can_modify_owner_content_restriction(
        mut self,
        value: Option<bool>,
    ) -> Self {
        self.can_modify_owner_content_restriction = value;
        self
    }
    /// Sets [`can_move_children_out_of_drive`](Self::can_move_children_out_of_drive).
    pub fn set_can_move_children_out_of_drive(mut self, value: impl Into<bool>) -> Self {
        self.can_move_children_out_of_drive = Some(value.into());
        self
    }
    /// Sets [`can_move_children_out_of_drive`](Self::can_move_children_out_of_drive), or clears it with `None`.
    pub fn set_or_clear_can_move_children_out_of_drive(mut self, value: Option<bool>) -> Self {
        self.can_move_children_out_of_drive = value;
        self
    }
    /// Sets [`can_move_children_out_of_team_drive`](Self::can_move_children_out_of_team_drive).
    pub fn set_can_move_children_out_of_team_drive(mut self, value: impl Into<bool>) -> Self {
        self.can_move_children_out_of_team_drive = Some(value.into());
        self
    }
    /// Sets [`can_move_children_out_of_team_drive`](Self::can_move_children_out_of_team_drive), or clears it with `None`.
    pub fn set_or_clear_can_move_children_out_of_team_drive(mut self, value: Option<bool>) -> Self {
        self.can_move_children_out_of_team_drive = value;
        self
    }
    /// Sets [`can_move_children_within_drive`](Self::can_move_children_within_drive).
    pub fn set_can_move_children_within_drive(mut self, value: impl Into<bool>) -> Self {
        self.can_move_children_within_drive = Some(value.into());
        self
    }
    /// Sets [`can_move_children_within_drive`](Self::can_move_children_within_drive), or clears it with `None`.
    pub fn set_or_clear_can_move_children_within_drive(mut self, value: Option<bool>) -> Self {
        self.can_move_children_within_drive = value;
        self
    }
    /// Sets [`can_move_children_within_team_drive`](Self::can_move_children_within_team_drive).
    pub fn set_can_move_children_within_team_drive(mut self, value: impl Into<bool>) -> Self {
        self.can_move_children_within_team_drive = Some(value.into());
        self
    }
    /// Sets [`can_move_children_within_team_drive`](Self::can_move_children_within_team_drive), or clears it with `None`.
    pub fn set_or_clear_can_move_children_within_team_drive(mut self, value: Option<bool>) -> Self {
        self.can_move_children_within_team_drive = value;
        self
    }
    /// Sets [`can_move_item_into_team_drive`](Self::can_move_item_into_team_drive).
    pub fn set_can_move_item_into_team_drive(mut self, value: impl Into<bool>) -> Self {
        self.can_move_item_into_team_drive = Some(value.into());
        self
    }
    /// Sets [`can_move_item_into_team_drive`](Self::can_move_item_into_team_drive), or clears it with `None`.
    pub fn set_or_clear_can_move_item_into_team_drive(mut self, value: Option<bool>) -> Self {
        self.can_move_item_into_team_drive = value;
        self
    }
    /// Sets [`can_move_item_out_of_drive`](Self::can_move_item_out_of_drive).
    pub fn set_can_move_item_out_of_drive(mut self, value: impl Into<bool>) -> Self {
        self.can_move_item_out_of_drive = Some(value.into());
        self
    }
    /// Sets [`can_move_item_out_of_drive`](Self::can_move_item_out_of_drive), or clears it with `None`.
    pub fn set_or_clear_can_move_item_out_of_drive(mut self, value: Option<bool>) -> Self {
        self.can_move_item_out_of_drive = value;
        self
    }
    /// Sets [`can_move_item_out_of_team_drive`](Self::can_move_item_out_of_team_drive).
    pub fn set_can_move_item_out_of_team_drive(mut self, value: impl Into<bool>) -> Self {
        self.can_move_item_out_of_team_drive = Some(value.into());
        self
    }
    /// Sets [`can_move_item_out_of_team_drive`](Self::can_move_item_out_of_team_drive), or clears it with `None`.
    pub fn set_or_clear_can_move_item_out_of_team_drive(mut self, value: Option<bool>) -> Self {
        self.can_move_item_out_of_team_drive = value;
        self
    }
    /// Sets [`can_move_item_within_drive`](Self::can_move_item_within_drive).
    pub fn set_can_move_item_within_drive(mut self, value: impl Into<bool>) -> Self {
        self.can_move_item_within_drive = Some(value.into());
        self
    }
    /// Sets [`can_move_item_within_drive`](Self::can_move_item_within_drive), or clears it with `None`.
    pub fn set_or_clear_can_move_item_within_drive(mut self, value: Option<bool>) -> Self {
        self.can_move_item_within_drive = value;
        self
    }
    /// Sets [`can_move_item_within_team_drive`](Self::can_move_item_within_team_drive).
    pub fn set_can_move_item_within_team_drive(mut self, value: impl Into<bool>) -> Self {
        self.can_move_item_within_team_drive = Some(value.into());
        self
    }
    /// Sets [`can_move_item_within_team_drive`](Self::can_move_item_within_team_drive), or clears it with `None`.
    pub fn set_or_clear_can_move_item_within_team_drive(mut self, value: Option<bool>) -> Self {
        self.can_move_item_within_team_drive = value;
        self
    }
    /// Sets [`can_move_team_drive_item`](Self::can_move_team_drive_item).
    pub fn set_can_move_team_drive_item(mut self, value: impl Into<bool>) -> Self {
        self.can_move_team_drive_item = Some(value.into());
        self
    }
    /// Sets [`can_move_team_drive_item`](Self::can_move_team_drive_item), or clears it with `None`.
    pub fn set_or_clear_can_move_team_drive_item(mut self, value: Option<bool>) -> Self {
        self.can_move_team_drive_item = value;
        self
    }
    /// Sets [`can_read_drive`](Self::can_read_drive).
    pub fn set_can_read_drive(mut self, value: impl Into<bool>) -> Self {
        self.can_read_drive = Some(value.into());
        self
    }
    /// Sets [`can_read_drive`](Self::can_read_drive), or clears it with `None`.
    pub fn set_or_clear_can_read_drive(mut self, value: Option<bool>) -> Self {
        self.can_read_drive = value;
        self
    }
    /// Sets [`can_read_labels`](Self::can_read_labels).
    pub fn set_can_read_labels(mut self, value: impl Into<bool>) -> Self {
        self.can_read_labels = Some(value.into());
        self
    }
    /// Sets [`can_read_labels`](Self::can_read_labels), or clears it with `None`.
    pub fn set_or_clear_can_read_labels(mut self, value: Option<bool>) -> Self {
        self.can_read_labels = value;
        self
    }
    /// Sets [`can_read_revisions`](Self::can_read_revisions).
    pub fn set_can_read_revisions(mut self, value: impl Into<bool>) -> Self {
        self.can_read_revisions = Some(value.into());
        self
    }
    /// Sets [`can_read_revisions`](Self::can_read_revisions), or clears it with `None`.
    pub fn set_or_clear_can_read_revisions(mut self, value: Option<bool>) -> Self {
        self.can_read_revisions = value;
        self
    }
    /// Sets [`can_read_team_drive`](Self::can_read_team_drive).
    pub fn set_can_read_team_drive(mut self, value: impl Into<bool>) -> Self {
        self.can_read_team_drive = Some(value.into());
        self
    }
    /// Sets [`can_read_team_drive`](Self::can_read_team_drive), or clears it with `None`.
    pub fn set_or_clear_can_read_team_drive(mut self, value: Option<bool>) -> Self {
        self.can_read_team_drive = value;
        self
    }
    /// Sets [`can_remove_children`](Self::can_remove_children).
    pub fn set_can_remove_children(mut self, value: impl Into<bool>) -> Self {
        self.can_remove_children = Some(value.into());
        self
    }
    /// Sets [`can_remove_children`](Self::can_remove_children), or clears it with `None`.
    pub fn set_or_clear_can_remove_children(mut self, value: Option<bool>) -> Self {
        self.can_remove_children = value;
        self
    }
    /// Sets [`can_remove_content_restriction`](Self::can_remove_content_restriction).
    pub fn set_can_remove_content_restriction(mut self, value: impl Into<bool>) -> Self {
        self.can_remove_content_restriction = Some(value.into());
        self
    }
    /// Sets [`can_remove_content_restriction`](Self::can_remove_content_restriction), or clears it with `None`.
    pub fn set_or_clear_can_remove_content_restriction(mut self, value: Option<bool>) -> Self {
        self.can_remove_content_restriction = value;
        self
    }
    /// Sets [`can_remove_my_drive_parent`](Self::can_remove_my_drive_parent).
    pub fn set_can_remove_my_drive_parent(mut self, value: impl Into<bool>) -> Self {
        self.can_remove_my_drive_parent = Some(value.into());
        self
    }
    /// Sets [`can_remove_my_drive_parent`](Self::can_remove_my_drive_parent), or clears it with `None`.
    pub fn set_or_clear_can_remove_my_drive_parent(mut self, value: Option<bool>) -> Self {
        self.can_remove_my_drive_parent = value;
        self
    }
    /// Sets [`can_rename`](Self::can_rename).
    pub fn set_can_rename(mut self, value: impl Into<bool>) -> Self {
        self.can_rename = Some(value.into());
        self
    }
    /// Sets [`can_rename`](Self::can_rename), or clears it with `None`.
    pub fn set_or_clear_can_rename(mut self, value: Option<bool>) -> Self {
        self.can_rename = value;
        self
    }
    /// Sets [`can_share`](Self::can_share).
    pub fn set_can_share(mut self, value: impl Into<bool>) -> Self {
        self.can_share = Some(value.into());
        self
    }
    /// Sets [`can_share`](Self::can_share), or clears it with `None`.
    pub fn set_or_clear_can_share(mut self, value: Option<bool>) -> Self {
        self.can_share = value;
        self
    }
    /// Sets [`can_start_approval`](Self::can_start_approval).
    pub fn set_can_start_approval(mut self, value: impl Into<bool>) -> Self {
        self.can_start_approval = Some(value.into());
        self
    }
    /// Sets [`can_start_approval`](Self::can_start_approval), or clears it with `None`.
    pub fn set_or_clear_can_start_approval(mut self, value: Option<bool>) -> Self {
        self.can_start_approval = value;
        self
    }
    /// Sets [`can_trash`](Self::can_trash).
    pub fn set_can_trash(mut self, value: impl Into<bool>) -> Self {
        self.can_trash = Some(value.into());
        self
    }
    /// Sets [`can_trash`](Self::can_trash), or clears it with `None`.
    pub fn set_or_clear_can_trash(mut self, value: Option<bool>) -> Self {
        self.can_trash = value;
        self
    }
    /// Sets [`can_trash_children`](Self::can_trash_children).
    pub fn set_can_trash_children(mut self, value: impl Into<bool>) -> Self {
        self.can_trash_children = Some(value.into());
        self
    }
    /// Sets [`can_trash_children`](Self::can_trash_children), or clears it with `None`.
    pub fn set_or_clear_can_trash_children(mut self, value: Option<bool>) -> Self {
        self.can_trash_children = value;
        self
    }
    /// Sets [`can_untrash`](Self::can_untrash).
    pub fn set_can_untrash(mut self, value: impl Into<bool>) -> Self {
        self.can_untrash = Some(value.into());
        self
    }
    /// Sets [`can_untrash`](Self::can_untrash), or clears it with `None`.
    pub fn set_or_clear_can_untrash(mut self, value: Option<bool>) -> Self {
        self.can_untrash = value;
        self
    }
}
/// Additional information about the content of the file. These fields are never populated in responses.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct FileContentHints {
    /// Text to be indexed for the file to improve fullText queries. This is limited to 128 KB in length and may contain HTML elements.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indexable_text: Option<String>,
    /// A thumbnail for the file. This will only be used if Google Drive cannot generate a standard thumbnail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<FileContentHintsThumbnail>,
}
impl FileContentHints {
    /// Sets [`indexable_text`](Self::indexable_text).
    pub fn set_indexable_text(mut self, value: impl Into<String>) -> Self {
        self.indexable_text = Some(value.into());
        self
    }
    /// Sets [`indexable_text`](Self::indexable_text), or clears it with `None`.
    pub fn set_or_clear_indexable_text(mut self, value: Option<String>) -> Self {
        self.indexable_text = value;
        self
    }
    /// Sets [`thumbnail`](Self::thumbnail).
    pub fn set_thumbnail(mut self, value: impl Into<FileContentHintsThumbnail>) -> Self {
        self.thumbnail = Some(value.into());
        self
    }
    /// Sets [`thumbnail`](Self::thumbnail), or clears it with `None`.
    pub fn set_or_clear_thumbnail(mut self, value: Option<FileContentHintsThumbnail>) -> Self {
        self.thumbnail = value;
        self
    }
}
/// A thumbnail for the file. This will only be used if Google Drive cannot generate a standard thumbnail.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct FileContentHintsThumbnail {
    /// The thumbnail data encoded with URL-safe Base64 (\[RFC 4648 section 5\](<https://datatracker.ietf.org/doc/html/rfc4648#section-5>)).
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Base64>>"
    )]
    pub image: Option<Vec<u8>>,
    /// The MIME type of the thumbnail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
}
impl FileContentHintsThumbnail {
    /// Sets [`image`](Self::image).
    pub fn set_image(mut self, value: impl Into<Vec<u8>>) -> Self {
        self.image = Some(value.into());
        self
    }
    /// Sets [`image`](Self::image), or clears it with `None`.
    pub fn set_or_clear_image(mut self, value: Option<Vec<u8>>) -> Self {
        self.image = value;
        self
    }
    /// Sets [`mime_type`](Self::mime_type).
    pub fn set_mime_type(mut self, value: impl Into<String>) -> Self {
        self.mime_type = Some(value.into());
        self
    }
    /// Sets [`mime_type`](Self::mime_type), or clears it with `None`.
    pub fn set_or_clear_mime_type(mut self, value: Option<String>) -> Self {
        self.mime_type = value;
        self
    }
}
/// Output only. Additional metadata about image media, if available.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct FileImageMediaMetadata {
    /// Output only. The aperture used to create the photo (f-number).
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub aperture: Option<f32>,
    /// Output only. The make of the camera used to create the photo.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub camera_make: Option<String>,
    /// Output only. The model of the camera used to create the photo.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub camera_model: Option<String>,
    /// Output only. The color space of the photo.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color_space: Option<String>,
    /// Output only. The exposure bias of the photo (APEX value).
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub exposure_bias: Option<f32>,
    /// Output only. The exposure mode used to create the photo.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exposure_mode: Option<String>,
    /// Output only. The length of the exposure, in seconds.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub exposure_time: Option<f32>,
    /// Output only. Whether a flash was used to create the photo.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flash_used: Option<bool>,
    /// Output only. The focal length used to create the photo, in millimeters.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub focal_length: Option<f32>,
    /// Output only. The height of the image in pixels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub height: Option<i32>,
    /// Output only. The ISO speed used to create the photo.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iso_speed: Option<i32>,
    /// Output only. The lens used to create the photo.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lens: Option<String>,
    /// Output only. Geographic location information stored in the image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<FileImageMediaMetadataLocation>,
    /// Output only. The smallest f-number of the lens at the focal length used to create the photo (APEX value).
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub max_aperture_value: Option<f32>,
    /// Output only. The metering mode used to create the photo.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metering_mode: Option<String>,
    /// Output only. The number of clockwise 90 degree rotations applied from the image's original orientation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rotation: Option<i32>,
    /// Output only. The type of sensor used to create the photo.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sensor: Option<String>,
    /// Output only. The distance to the subject of the photo, in meters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject_distance: Option<i32>,
    /// Output only. The date and time the photo was taken (EXIF DateTime).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// Output only. The white balance mode used to create the photo.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub white_balance: Option<String>,
    /// Output only. The width of the image in pixels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub width: Option<i32>,
}
impl FileImageMediaMetadata {
    /// Sets [`aperture`](Self::aperture).
    pub fn set_aperture(mut self, value: impl Into<f32>) -> Self {
        self.aperture = Some(value.into());
        self
    }
    /// Sets [`aperture`](Self::aperture), or clears it with `None`.
    pub fn set_or_clear_aperture(mut self, value: Option<f32>) -> Self {
        self.aperture = value;
        self
    }
    /// Sets [`camera_make`](Self::camera_make).
    pub fn set_camera_make(mut self, value: impl Into<String>) -> Self {
        self.camera_make = Some(value.into());
        self
    }
    /// Sets [`camera_make`](Self::camera_make), or clears it with `None`.
    pub fn set_or_clear_camera_make(mut self, value: Option<String>) -> Self {
        self.camera_make = value;
        self
    }
    /// Sets [`camera_model`](Self::camera_model).
    pub fn set_camera_model(mut self, value: impl Into<String>) -> Self {
        self.camera_model = Some(value.into());
        self
    }
    /// Sets [`camera_model`](Self::camera_model), or clears it with `None`.
    pub fn set_or_clear_camera_model(mut self, value: Option<String>) -> Self {
        self.camera_model = value;
        self
    }
    /// Sets [`color_space`](Self::color_space).
    pub fn set_color_space(mut self, value: impl Into<String>) -> Self {
        self.color_space = Some(value.into());
        self
    }
    /// Sets [`color_space`](Self::color_space), or clears it with `None`.
    pub fn set_or_clear_color_space(mut self, value: Option<String>) -> Self {
        self.color_space = value;
        self
    }
    /// Sets [`exposure_bias`](Self::exposure_bias).
    pub fn set_exposure_bias(mut self, value: impl Into<f32>) -> Self {
        self.exposure_bias = Some(value.into());
        self
    }
    /// Sets [`exposure_bias`](Self::exposure_bias), or clears it with `None`.
    pub fn set_or_clear_exposure_bias(mut self, value: Option<f32>) -> Self {
        self.exposure_bias = value;
        self
    }
    /// Sets [`exposure_mode`](Self::exposure_mode).
    pub fn set_exposure_mode(mut self, value: impl Into<String>) -> Self {
        self.exposure_mode = Some(value.into());
        self
    }
    /// Sets [`exposure_mode`](Self::exposure_mode), or clears it with `None`.
    pub fn set_or_clear_exposure_mode(mut self, value: Option<String>) -> Self {
        self.exposure_mode = value;
        self
    }
    /// Sets [`exposure_time`](Self::exposure_time).
    pub fn set_exposure_time(mut self, value: impl Into<f32>) -> Self {
        self.exposure_time = Some(value.into());
        self
    }
    /// Sets [`exposure_time`](Self::exposure_time), or clears it with `None`.
    pub fn set_or_clear_exposure_time(mut self, value: Option<f32>) -> Self {
        self.exposure_time = value;
        self
    }
    /// Sets [`flash_used`](Self::flash_used).
    pub fn set_flash_used(mut self, value: impl Into<bool>) -> Self {
        self.flash_used = Some(value.into());
        self
    }
    /// Sets [`flash_used`](Self::flash_used), or clears it with `None`.
    pub fn set_or_clear_flash_used(mut self, value: Option<bool>) -> Self {
        self.flash_used = value;
        self
    }
    /// Sets [`focal_length`](Self::focal_length).
    pub fn set_focal_length(mut self, value: impl Into<f32>) -> Self {
        self.focal_length = Some(value.into());
        self
    }
    /// Sets [`focal_length`](Self::focal_length), or clears it with `None`.
    pub fn set_or_clear_focal_length(mut self, value: Option<f32>) -> Self {
        self.focal_length = value;
        self
    }
    /// Sets [`height`](Self::height).
    pub fn set_height(mut self, value: impl Into<i32>) -> Self {
        self.height = Some(value.into());
        self
    }
    /// Sets [`height`](Self::height), or clears it with `None`.
    pub fn set_or_clear_height(mut self, value: Option<i32>) -> Self {
        self.height = value;
        self
    }
    /// Sets [`iso_speed`](Self::iso_speed).
    pub fn set_iso_speed(mut self, value: impl Into<i32>) -> Self {
        self.iso_speed = Some(value.into());
        self
    }
    /// Sets [`iso_speed`](Self::iso_speed), or clears it with `None`.
    pub fn set_or_clear_iso_speed(mut self, value: Option<i32>) -> Self {
        self.iso_speed = value;
        self
    }
    /// Sets [`lens`](Self::lens).
    pub fn set_lens(mut self, value: impl Into<String>) -> Self {
        self.lens = Some(value.into());
        self
    }
    /// Sets [`lens`](Self::lens), or clears it with `None`.
    pub fn set_or_clear_lens(mut self, value: Option<String>) -> Self {
        self.lens = value;
        self
    }
    /// Sets [`location`](Self::location).
    pub fn set_location(mut self, value: impl Into<FileImageMediaMetadataLocation>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets [`location`](Self::location), or clears it with `None`.
    pub fn set_or_clear_location(mut self, value: Option<FileImageMediaMetadataLocation>) -> Self {
        self.location = value;
        self
    }
    /// Sets [`max_aperture_value`](Self::max_aperture_value).
    pub fn set_max_aperture_value(mut self, value: impl Into<f32>) -> Self {
        self.max_aperture_value = Some(value.into());
        self
    }
    /// Sets [`max_aperture_value`](Self::max_aperture_value), or clears it with `None`.
    pub fn set_or_clear_max_aperture_value(mut self, value: Option<f32>) -> Self {
        self.max_aperture_value = value;
        self
    }
    /// Sets [`metering_mode`](Self::metering_mode).
    pub fn set_metering_mode(mut self, value: impl Into<String>) -> Self {
        self.metering_mode = Some(value.into());
        self
    }
    /// Sets [`metering_mode`](Self::metering_mode), or clears it with `None`.
    pub fn set_or_clear_metering_mode(mut self, value: Option<String>) -> Self {
        self.metering_mode = value;
        self
    }
    /// Sets [`rotation`](Self::rotation).
    pub fn set_rotation(mut self, value: impl Into<i32>) -> Self {
        self.rotation = Some(value.into());
        self
    }
    /// Sets [`rotation`](Self::rotation), or clears it with `None`.
    pub fn set_or_clear_rotation(mut self, value: Option<i32>) -> Self {
        self.rotation = value;
        self
    }
    /// Sets [`sensor`](Self::sensor).
    pub fn set_sensor(mut self, value: impl Into<String>) -> Self {
        self.sensor = Some(value.into());
        self
    }
    /// Sets [`sensor`](Self::sensor), or clears it with `None`.
    pub fn set_or_clear_sensor(mut self, value: Option<String>) -> Self {
        self.sensor = value;
        self
    }
    /// Sets [`subject_distance`](Self::subject_distance).
    pub fn set_subject_distance(mut self, value: impl Into<i32>) -> Self {
        self.subject_distance = Some(value.into());
        self
    }
    /// Sets [`subject_distance`](Self::subject_distance), or clears it with `None`.
    pub fn set_or_clear_subject_distance(mut self, value: Option<i32>) -> Self {
        self.subject_distance = value;
        self
    }
    /// Sets [`time`](Self::time).
    pub fn set_time(mut self, value: impl Into<String>) -> Self {
        self.time = Some(value.into());
        self
    }
    /// Sets [`time`](Self::time), or clears it with `None`.
    pub fn set_or_clear_time(mut self, value: Option<String>) -> Self {
        self.time = value;
        self
    }
    /// Sets [`white_balance`](Self::white_balance).
    pub fn set_white_balance(mut self, value: impl Into<String>) -> Self {
        self.white_balance = Some(value.into());
        self
    }
    /// Sets [`white_balance`](Self::white_balance), or clears it with `None`.
    pub fn set_or_clear_white_balance(mut self, value: Option<String>) -> Self {
        self.white_balance = value;
        self
    }
    /// Sets [`width`](Self::width).
    pub fn set_width(mut self, value: impl Into<i32>) -> Self {
        self.width = Some(value.into());
        self
    }
    /// Sets [`width`](Self::width), or clears it with `None`.
    pub fn set_or_clear_width(mut self, value: Option<i32>) -> Self {
        self.width = value;
        self
    }
}
/// Output only. Geographic location information stored in the image.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct FileImageMediaMetadataLocation {
    /// Output only. The altitude stored in the image.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float64>>"
    )]
    pub altitude: Option<f64>,
    /// Output only. The latitude stored in the image.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float64>>"
    )]
    pub latitude: Option<f64>,
    /// Output only. The longitude stored in the image.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float64>>"
    )]
    pub longitude: Option<f64>,
}
impl FileImageMediaMetadataLocation {
    /// Sets [`altitude`](Self::altitude).
    pub fn set_altitude(mut self, value: impl Into<f64>) -> Self {
        self.altitude = Some(value.into());
        self
    }
    /// Sets [`altitude`](Self::altitude), or clears it with `None`.
    pub fn set_or_clear_altitude(mut self, value: Option<f64>) -> Self {
        self.altitude = value;
        self
    }
    /// Sets [`latitude`](Self::latitude).
    pub fn set_latitude(mut self, value: impl Into<f64>) -> Self {
        self.latitude = Some(value.into());
        self
    }
    /// Sets [`latitude`](Self::latitude), or clears it with `None`.
    pub fn set_or_clear_latitude(mut self, value: Option<f64>) -> Self {
        self.latitude = value;
        self
    }
    /// Sets [`longitude`](Self::longitude).
    pub fn set_longitude(mut self, value: impl Into<f64>) -> Self {
        self.longitude = Some(value.into());
        self
    }
    /// Sets [`longitude`](Self::longitude), or clears it with `None`.
    pub fn set_or_clear_longitude(mut self, value: Option<f64>) -> Self {
        self.longitude = value;
        self
    }
}
/// Label information on the file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct FileLabelInfo {
    /// Output only. The set of labels on the file as requested by the label IDs in the `includeLabels` parameter. By default, no labels are returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<Label>>,
}
impl FileLabelInfo {
    /// Sets [`labels`](Self::labels).
    pub fn set_labels<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<Label>,
    {
        self.labels = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`labels`](Self::labels), or clears it with `None`.
    pub fn set_or_clear_labels(mut self, value: Option<Vec<Label>>) -> Self {
        self.labels = value;
        self
    }
}
/// Contains details about the link URLs that clients are using to refer to this item.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct FileLinkShareMetadata {
    /// Output only. Whether the file is eligible for security update.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security_update_eligible: Option<bool>,
    /// Output only. Whether the security update is enabled for this file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security_update_enabled: Option<bool>,
}
impl FileLinkShareMetadata {
    /// Sets [`security_update_eligible`](Self::security_update_eligible).
    pub fn set_security_update_eligible(mut self, value: impl Into<bool>) -> Self {
        self.security_update_eligible = Some(value.into());
        self
    }
    /// Sets [`security_update_eligible`](Self::security_update_eligible), or clears it with `None`.
    pub fn set_or_clear_security_update_eligible(mut self, value: Option<bool>) -> Self {
        self.security_update_eligible = value;
        self
    }
    /// Sets [`security_update_enabled`](Self::security_update_enabled).
    pub fn set_security_update_enabled(mut self, value: impl Into<bool>) -> Self {
        self.security_update_enabled = Some(value.into());
        self
    }
    /// Sets [`security_update_enabled`](Self::security_update_enabled), or clears it with `None`.
    pub fn set_or_clear_security_update_enabled(mut self, value: Option<bool>) -> Self {
        self.security_update_enabled = value;
        self
    }
}
/// A list of files.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct FileList {
    /// The list of files. If `nextPageToken` is populated, then this list may be incomplete and an additional page of results should be fetched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub files: Option<Vec<File>>,
    /// Whether the search process was incomplete. If true, then some search results might be missing, since all documents were not searched. This can occur when searching multiple drives with the `allDrives` corpora, but all corpora couldn't be searched. When this happens, it's suggested that clients narrow their query by choosing a different corpus such as `user` or `drive`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incomplete_search: Option<bool>,
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#fileList"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The page token for the next page of files. This will be absent if the end of the files list has been reached. If the token is rejected for any reason, it should be discarded, and pagination should be restarted from the first page of results. The page token is typically valid for several hours. However, if new items are added or removed, your expected results might differ.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}
impl FileList {
    /// Sets [`files`](Self::files).
    pub fn set_files<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<File>,
    {
        self.files = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`files`](Self::files), or clears it with `None`.
    pub fn set_or_clear_files(mut self, value: Option<Vec<File>>) -> Self {
        self.files = value;
        self
    }
    /// Sets [`incomplete_search`](Self::incomplete_search).
    pub fn set_incomplete_search(mut self, value: impl Into<bool>) -> Self {
        self.incomplete_search = Some(value.into());
        self
    }
    /// Sets [`incomplete_search`](Self::incomplete_search), or clears it with `None`.
    pub fn set_or_clear_incomplete_search(mut self, value: Option<bool>) -> Self {
        self.incomplete_search = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token), or clears it with `None`.
    pub fn set_or_clear_next_page_token(mut self, value: Option<String>) -> Self {
        self.next_page_token = value;
        self
    }
}
/// Information about a shortcut file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct FileShortcutDetails {
    /// The ID of the file that this shortcut points to. Can only be set on `files.create` requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_id: Option<String>,
    /// Output only. The MIME type of the file that this shortcut points to. The value of this field is a snapshot of the target's MIME type, captured when the shortcut is created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_mime_type: Option<String>,
    /// Output only. The `resourceKey` for the target file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_resource_key: Option<String>,
}
impl FileShortcutDetails {
    /// Sets [`target_id`](Self::target_id).
    pub fn set_target_id(mut self, value: impl Into<String>) -> Self {
        self.target_id = Some(value.into());
        self
    }
    /// Sets [`target_id`](Self::target_id), or clears it with `None`.
    pub fn set_or_clear_target_id(mut self, value: Option<String>) -> Self {
        self.target_id = value;
        self
    }
    /// Sets [`target_mime_type`](Self::target_mime_type).
    pub fn set_target_mime_type(mut self, value: impl Into<String>) -> Self {
        self.target_mime_type = Some(value.into());
        self
    }
    /// Sets [`target_mime_type`](Self::target_mime_type), or clears it with `None`.
    pub fn set_or_clear_target_mime_type(mut self, value: Option<String>) -> Self {
        self.target_mime_type = value;
        self
    }
    /// Sets [`target_resource_key`](Self::target_resource_key).
    pub fn set_target_resource_key(mut self, value: impl Into<String>) -> Self {
        self.target_resource_key = Some(value.into());
        self
    }
    /// Sets [`target_resource_key`](Self::target_resource_key), or clears it with `None`.
    pub fn set_or_clear_target_resource_key(mut self, value: Option<String>) -> Self {
        self.target_resource_key = value;
        self
    }
}
/// Output only. Additional metadata about video media. This may not be available immediately upon upload.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct FileVideoMediaMetadata {
    /// Output only. The duration of the video in milliseconds.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub duration_millis: Option<i64>,
    /// Output only. The height of the video in pixels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub height: Option<i32>,
    /// Output only. The width of the video in pixels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub width: Option<i32>,
}
impl FileVideoMediaMetadata {
    /// Sets [`duration_millis`](Self::duration_millis).
    pub fn set_duration_millis(mut self, value: impl Into<i64>) -> Self {
        self.duration_millis = Some(value.into());
        self
    }
    /// Sets [`duration_millis`](Self::duration_millis), or clears it with `None`.
    pub fn set_or_clear_duration_millis(mut self, value: Option<i64>) -> Self {
        self.duration_millis = value;
        self
    }
    /// Sets [`height`](Self::height).
    pub fn set_height(mut self, value: impl Into<i32>) -> Self {
        self.height = Some(value.into());
        self
    }
    /// Sets [`height`](Self::height), or clears it with `None`.
    pub fn set_or_clear_height(mut self, value: Option<i32>) -> Self {
        self.height = value;
        self
    }
    /// Sets [`width`](Self::width).
    pub fn set_width(mut self, value: impl Into<i32>) -> Self {
        self.width = Some(value.into());
        self
    }
    /// Sets [`width`](Self::width), or clears it with `None`.
    pub fn set_or_clear_width(mut self, value: Option<i32>) -> Self {
        self.width = value;
        self
    }
}
/// Deprecated: The source of files to list. Use `corpora` instead.
///
/// **Deprecated** by the API.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FilesListCorpus {
    /// Files shared to the user's domain.
    Domain,
    /// Files owned by or shared to the user.
    User,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl FilesListCorpus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Domain => "domain",
            Self::User => "user",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for FilesListCorpus {
    fn from(value: &str) -> Self {
        match value {
            "domain" => Self::Domain,
            "user" => Self::User,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for FilesListCorpus {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
        }
    }
}
impl std::fmt::Display for FilesListCorpus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for FilesListCorpus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for FilesListCorpus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// JWT and associated metadata used to generate CSE files.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct GenerateCseTokenResponse {
    /// The current Key ACL Service (KACLS) ID associated with the JWT.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub current_kacls_id: Option<i64>,
    /// Name of the KACLs that the returned KACLs ID points to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_kacls_name: Option<String>,
    /// The fileId for which the JWT was generated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// The signed JSON Web Token (JWT) for the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jwt: Option<String>,
    /// Output only. Identifies what kind of resource this is. Value: the fixed string `"drive#generateCseTokenResponse"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}
impl GenerateCseTokenResponse {
    /// Sets [`current_kacls_id`](Self::current_kacls_id).
    pub fn set_current_kacls_id(mut self, value: impl Into<i64>) -> Self {
        self.current_kacls_id = Some(value.into());
        self
    }
    /// Sets [`current_kacls_id`](Self::current_kacls_id), or clears it with `None`.
    pub fn set_or_clear_current_kacls_id(mut self, value: Option<i64>) -> Self {
        self.current_kacls_id = value;
        self
    }
    /// Sets [`current_kacls_name`](Self::current_kacls_name).
    pub fn set_current_kacls_name(mut self, value: impl Into<String>) -> Self {
        self.current_kacls_name = Some(value.into());
        self
    }
    /// Sets [`current_kacls_name`](Self::current_kacls_name), or clears it with `None`.
    pub fn set_or_clear_current_kacls_name(mut self, value: Option<String>) -> Self {
        self.current_kacls_name = value;
        self
    }
    /// Sets [`file_id`](Self::file_id).
    pub fn set_file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets [`file_id`](Self::file_id), or clears it with `None`.
    pub fn set_or_clear_file_id(mut self, value: Option<String>) -> Self {
        self.file_id = value;
        self
    }
    /// Sets [`jwt`](Self::jwt).
    pub fn set_jwt(mut self, value: impl Into<String>) -> Self {
        self.jwt = Some(value.into());
        self
    }
    /// Sets [`jwt`](Self::jwt), or clears it with `None`.
    pub fn set_or_clear_jwt(mut self, value: Option<String>) -> Self {
        self.jwt = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
}
/// A list of generated file IDs which can be provided in create requests.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct GeneratedIds {
    /// The IDs generated for the requesting user in the specified space.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ids: Option<Vec<String>>,
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#generatedIds"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The type of file that can be created with these IDs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub space: Option<String>,
}
impl GeneratedIds {
    /// Sets [`ids`](Self::ids).
    pub fn set_ids<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`ids`](Self::ids), or clears it with `None`.
    pub fn set_or_clear_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.ids = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`space`](Self::space).
    pub fn set_space(mut self, value: impl Into<String>) -> Self {
        self.space = Some(value.into());
        self
    }
    /// Sets [`space`](Self::space), or clears it with `None`.
    pub fn set_or_clear_space(mut self, value: Option<String>) -> Self {
        self.space = value;
        self
    }
}
/// Representation of label and label fields.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Label {
    /// A map of the fields on the label, keyed by the field's ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<BTreeMap<String, LabelField>>,
    /// The ID of the label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// This is always drive#label
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The revision ID of the label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision_id: Option<String>,
}
impl Label {
    /// Sets [`fields`](Self::fields).
    pub fn set_fields<I, K, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<LabelField>,
    {
        self.fields = Some(
            value
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        );
        self
    }
    /// Sets [`fields`](Self::fields), or clears it with `None`.
    pub fn set_or_clear_fields(mut self, value: Option<BTreeMap<String, LabelField>>) -> Self {
        self.fields = value;
        self
    }
    /// Sets [`id`](Self::id).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`id`](Self::id), or clears it with `None`.
    pub fn set_or_clear_id(mut self, value: Option<String>) -> Self {
        self.id = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`revision_id`](Self::revision_id).
    pub fn set_revision_id(mut self, value: impl Into<String>) -> Self {
        self.revision_id = Some(value.into());
        self
    }
    /// Sets [`revision_id`](Self::revision_id), or clears it with `None`.
    pub fn set_or_clear_revision_id(mut self, value: Option<String>) -> Self {
        self.revision_id = value;
        self
    }
}
/// Representation of field, which is a typed key-value pair.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct LabelField {
    /// Only present if valueType is dateString. RFC 3339 formatted date: YYYY-MM-DD.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_string: Option<Vec<rt::Date>>,
    /// The identifier of this label field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Only present if `valueType` is `integer`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<Vec<rt::internal::serde::Int64>>>"
    )]
    pub integer: Option<Vec<i64>>,
    /// This is always drive#labelField.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Only present if `valueType` is `selection`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selection: Option<Vec<String>>,
    /// Only present if `valueType` is `text`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Vec<String>>,
    /// Only present if `valueType` is `user`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<Vec<User>>,
    /// The field type. While new values may be supported in the future, the following are currently allowed: * `dateString` * `integer` * `selection` * `text` * `user`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_type: Option<String>,
}
impl LabelField {
    /// Sets [`date_string`](Self::date_string).
    pub fn set_date_string<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<rt::Date>,
    {
        self.date_string = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`date_string`](Self::date_string), or clears it with `None`.
    pub fn set_or_clear_date_string(mut self, value: Option<Vec<rt::Date>>) -> Self {
        self.date_string = value;
        self
    }
    /// Sets [`id`](Self::id).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`id`](Self::id), or clears it with `None`.
    pub fn set_or_clear_id(mut self, value: Option<String>) -> Self {
        self.id = value;
        self
    }
    /// Sets [`integer`](Self::integer).
    pub fn set_integer<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<i64>,
    {
        self.integer = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`integer`](Self::integer), or clears it with `None`.
    pub fn set_or_clear_integer(mut self, value: Option<Vec<i64>>) -> Self {
        self.integer = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`selection`](Self::selection).
    pub fn set_selection<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.selection = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`selection`](Self::selection), or clears it with `None`.
    pub fn set_or_clear_selection(mut self, value: Option<Vec<String>>) -> Self {
        self.selection = value;
        self
    }
    /// Sets [`text`](Self::text).
    pub fn set_text<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.text = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`text`](Self::text), or clears it with `None`.
    pub fn set_or_clear_text(mut self, value: Option<Vec<String>>) -> Self {
        self.text = value;
        self
    }
    /// Sets [`user`](Self::user).
    pub fn set_user<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<User>,
    {
        self.user = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`user`](Self::user), or clears it with `None`.
    pub fn set_or_clear_user(mut self, value: Option<Vec<User>>) -> Self {
        self.user = value;
        self
    }
    /// Sets [`value_type`](Self::value_type).
    pub fn set_value_type(mut self, value: impl Into<String>) -> Self {
        self.value_type = Some(value.into());
        self
    }
    /// Sets [`value_type`](Self::value_type), or clears it with `None`.
    pub fn set_or_clear_value_type(mut self, value: Option<String>) -> Self {
        self.value_type = value;
        self
    }
}
/// A modification to a label's field.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct LabelFieldModification {
    /// The ID of the field to be modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field_id: Option<String>,
    /// This is always `"drive#labelFieldModification"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Replaces the value of a dateString Field with these new values. The string must be in the RFC 3339 full-date format: YYYY-MM-DD.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub set_date_values: Option<Vec<rt::Date>>,
    /// Replaces the value of an `integer` field with these new values.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<Vec<rt::internal::serde::Int64>>>"
    )]
    pub set_integer_values: Option<Vec<i64>>,
    /// Replaces a `selection` field with these new values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub set_selection_values: Option<Vec<String>>,
    /// Sets the value of a `text` field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub set_text_values: Option<Vec<String>>,
    /// Replaces a `user` field with these new values. The values must be a valid email addresses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub set_user_values: Option<Vec<String>>,
    /// Unsets the values for this field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unset_values: Option<bool>,
}
impl LabelFieldModification {
    /// Sets [`field_id`](Self::field_id).
    pub fn set_field_id(mut self, value: impl Into<String>) -> Self {
        self.field_id = Some(value.into());
        self
    }
    /// Sets [`field_id`](Self::field_id), or clears it with `None`.
    pub fn set_or_clear_field_id(mut self, value: Option<String>) -> Self {
        self.field_id = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`set_date_values`](Self::set_date_values).
    pub fn set_set_date_values<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<rt::Date>,
    {
        self.set_date_values = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`set_date_values`](Self::set_date_values), or clears it with `None`.
    pub fn set_or_clear_set_date_values(mut self, value: Option<Vec<rt::Date>>) -> Self {
        self.set_date_values = value;
        self
    }
    /// Sets [`set_integer_values`](Self::set_integer_values).
    pub fn set_set_integer_values<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<i64>,
    {
        self.set_integer_values = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`set_integer_values`](Self::set_integer_values), or clears it with `None`.
    pub fn set_or_clear_set_integer_values(mut self, value: Option<Vec<i64>>) -> Self {
        self.set_integer_values = value;
        self
    }
    /// Sets [`set_selection_values`](Self::set_selection_values).
    pub fn set_set_selection_values<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.set_selection_values = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`set_selection_values`](Self::set_selection_values), or clears it with `None`.
    pub fn set_or_clear_set_selection_values(mut self, value: Option<Vec<String>>) -> Self {
        self.set_selection_values = value;
        self
    }
    /// Sets [`set_text_values`](Self::set_text_values).
    pub fn set_set_text_values<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.set_text_values = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`set_text_values`](Self::set_text_values), or clears it with `None`.
    pub fn set_or_clear_set_text_values(mut self, value: Option<Vec<String>>) -> Self {
        self.set_text_values = value;
        self
    }
    /// Sets [`set_user_values`](Self::set_user_values).
    pub fn set_set_user_values<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.set_user_values = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`set_user_values`](Self::set_user_values), or clears it with `None`.
    pub fn set_or_clear_set_user_values(mut self, value: Option<Vec<String>>) -> Self {
        self.set_user_values = value;
        self
    }
    /// Sets [`unset_values`](Self::unset_values).
    pub fn set_unset_values(mut self, value: impl Into<bool>) -> Self {
        self.unset_values = Some(value.into());
        self
    }
    /// Sets [`unset_values`](Self::unset_values), or clears it with `None`.
    pub fn set_or_clear_unset_values(mut self, value: Option<bool>) -> Self {
        self.unset_values = value;
        self
    }
}
/// A list of labels applied to a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct LabelList {
    /// This is always `"drive#labelList"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The list of labels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<Label>>,
    /// The page token for the next page of labels. This field will be absent if the end of the list has been reached. If the token is rejected for any reason, it should be discarded, and pagination should be restarted from the first page of results. The page token is typically valid for several hours. However, if new items are added or removed, your expected results might differ.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}
impl LabelList {
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`labels`](Self::labels).
    pub fn set_labels<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<Label>,
    {
        self.labels = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`labels`](Self::labels), or clears it with `None`.
    pub fn set_or_clear_labels(mut self, value: Option<Vec<Label>>) -> Self {
        self.labels = value;
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token), or clears it with `None`.
    pub fn set_or_clear_next_page_token(mut self, value: Option<String>) -> Self {
        self.next_page_token = value;
        self
    }
}
/// A modification to a label on a file. A `LabelModification` can be used to apply a label to a file, update an existing label on a file, or remove a label from a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct LabelModification {
    /// The list of modifications to this label's fields.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field_modifications: Option<Vec<LabelFieldModification>>,
    /// This is always `"drive#labelModification"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The ID of the label to modify.
    ///
    /// Required by `drive.files.modifyLabels`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label_id: Option<String>,
    /// If true, the label will be removed from the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remove_label: Option<bool>,
}
impl LabelModification {
    /// Sets [`field_modifications`](Self::field_modifications).
    pub fn set_field_modifications<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<LabelFieldModification>,
    {
        self.field_modifications = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`field_modifications`](Self::field_modifications), or clears it with `None`.
    pub fn set_or_clear_field_modifications(
        mut self,
        value: Option<Vec<LabelFieldModification>>,
    ) -> Self {
        self.field_modifications = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`label_id`](Self::label_id).
    pub fn set_label_id(mut self, value: impl Into<String>) -> Self {
        self.label_id = Some(value.into());
        self
    }
    /// Sets [`label_id`](Self::label_id), or clears it with `None`.
    pub fn set_or_clear_label_id(mut self, value: Option<String>) -> Self {
        self.label_id = value;
        self
    }
    /// Sets [`remove_label`](Self::remove_label).
    pub fn set_remove_label(mut self, value: impl Into<bool>) -> Self {
        self.remove_label = Some(value.into());
        self
    }
    /// Sets [`remove_label`](Self::remove_label), or clears it with `None`.
    pub fn set_or_clear_remove_label(mut self, value: Option<bool>) -> Self {
        self.remove_label = value;
        self
    }
}
/// The response to an access proposal list request.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ListAccessProposalsResponse {
    /// The list of access proposals. This field is only populated in Drive API v3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_proposals: Option<Vec<AccessProposal>>,
    /// The continuation token for the next page of results. This will be absent if the end of the results list has been reached. If the token is rejected for any reason, it should be discarded, and pagination should be restarted from the first page of results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}
impl ListAccessProposalsResponse {
    /// Sets [`access_proposals`](Self::access_proposals).
    pub fn set_access_proposals<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<AccessProposal>,
    {
        self.access_proposals = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`access_proposals`](Self::access_proposals), or clears it with `None`.
    pub fn set_or_clear_access_proposals(mut self, value: Option<Vec<AccessProposal>>) -> Self {
        self.access_proposals = value;
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token), or clears it with `None`.
    pub fn set_or_clear_next_page_token(mut self, value: Option<String>) -> Self {
        self.next_page_token = value;
        self
    }
}
/// A request to modify the set of labels on a file. This request may contain many modifications that will either all succeed or all fail atomically.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ModifyLabelsRequest {
    /// This is always `"drive#modifyLabelsRequest"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The list of modifications to apply to the labels on the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label_modifications: Option<Vec<LabelModification>>,
}
impl ModifyLabelsRequest {
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`label_modifications`](Self::label_modifications).
    pub fn set_label_modifications<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<LabelModification>,
    {
        self.label_modifications = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`label_modifications`](Self::label_modifications), or clears it with `None`.
    pub fn set_or_clear_label_modifications(
        mut self,
        value: Option<Vec<LabelModification>>,
    ) -> Self {
        self.label_modifications = value;
        self
    }
}
/// Response to a `ModifyLabels` request. This contains only those labels which were added or updated by the request.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ModifyLabelsResponse {
    /// This is always `"drive#modifyLabelsResponse"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The list of labels which were added or updated by the request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified_labels: Option<Vec<Label>>,
}
impl ModifyLabelsResponse {
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`modified_labels`](Self::modified_labels).
    pub fn set_modified_labels<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<Label>,
    {
        self.modified_labels = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`modified_labels`](Self::modified_labels), or clears it with `None`.
    pub fn set_or_clear_modified_labels(mut self, value: Option<Vec<Label>>) -> Self {
        self.modified_labels = value;
        self
    }
}
/// This resource represents a long-running operation that is the result of a network API call.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Operation {
    /// If the value is `false`, it means the operation is still in progress. If `true`, the operation is completed, and either `error` or `response` is available.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done: Option<bool>,
    /// The error result of the operation in case of failure or cancellation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<Status>,
    /// Service-specific metadata associated with the operation. It typically contains progress information and common metadata such as create time. Some services might not provide such metadata. Any method that returns a long-running operation should document the metadata type, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, serde_json::Value>>,
    /// The server-assigned name, which is only unique within the same service that originally returns it. If you use the default HTTP mapping, the `name` should be a resource name ending with `operations/{unique_id}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The normal, successful response of the operation. If the original method returns no data on success, such as `Delete`, the response is `google.protobuf.Empty`. If the original method is standard `Get`/`Create`/`Update`, the response should be the resource. For other methods, the response should have the type `XxxResponse`, where `Xxx` is the original method name. For example, if the original method name is `TakeSnapshot()`, the inferred response type is `TakeSnapshotResponse`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response: Option<BTreeMap<String, serde_json::Value>>,
}
impl Operation {
    /// Sets [`done`](Self::done).
    pub fn set_done(mut self, value: impl Into<bool>) -> Self {
        self.done = Some(value.into());
        self
    }
    /// Sets [`done`](Self::done), or clears it with `None`.
    pub fn set_or_clear_done(mut self, value: Option<bool>) -> Self {
        self.done = value;
        self
    }
    /// Sets [`error`](Self::error).
    pub fn set_error(mut self, value: impl Into<Status>) -> Self {
        self.error = Some(value.into());
        self
    }
    /// Sets [`error`](Self::error), or clears it with `None`.
    pub fn set_or_clear_error(mut self, value: Option<Status>) -> Self {
        self.error = value;
        self
    }
    /// Sets [`metadata`](Self::metadata).
    pub fn set_metadata<I, K, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<serde_json::Value>,
    {
        self.metadata = Some(
            value
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        );
        self
    }
    /// Sets [`metadata`](Self::metadata), or clears it with `None`.
    pub fn set_or_clear_metadata(
        mut self,
        value: Option<BTreeMap<String, serde_json::Value>>,
    ) -> Self {
        self.metadata = value;
        self
    }
    /// Sets [`name`](Self::name).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`name`](Self::name), or clears it with `None`.
    pub fn set_or_clear_name(mut self, value: Option<String>) -> Self {
        self.name = value;
        self
    }
    /// Sets [`response`](Self::response).
    pub fn set_response<I, K, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<serde_json::Value>,
    {
        self.response = Some(
            value
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        );
        self
    }
    /// Sets [`response`](Self::response), or clears it with `None`.
    pub fn set_or_clear_response(
        mut self,
        value: Option<BTreeMap<String, serde_json::Value>>,
    ) -> Self {
        self.response = value;
        self
    }
}
/// A permission for a file. A permission grants a user, group, domain, or the world access to a file or a folder hierarchy. For more information, see \[Share files, folders, and drives\](<https://developers.google.com/workspace/drive/api/guides/manage-sharing>). By default, permission requests only return a subset of fields. Permission `kind`, `ID`, `type`, and `role` are always returned. To retrieve specific fields, see \[Return specific fields\](<https://developers.google.com/workspace/drive/api/guides/fields-parameter>). Some resource methods (such as `permissions.update`) require a `permissionId`. Use the `permissions.list` method to retrieve the ID for a file, folder, or shared drive.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Permission {
    /// Whether the permission allows the file to be discovered through search. This is only applicable for permissions of type `domain` or `anyone`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_file_discovery: Option<bool>,
    /// Output only. Whether the account associated with this permission has been deleted. This field only pertains to permissions of type `user` or `group`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// Output only. The "pretty" name of the value of the permission. The following is a list of examples for each type of permission: * `user` - User's full name, as defined for their Google Account, such as "Dana A." * `group` - Name of the Google Group, such as "The Company Administrators." * `domain` - String domain name, such as "cymbalgroup.com." * `anyone` - No `displayName` is present.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Output only. The domain to which this permission refers.
    ///
    /// Output only: set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// Output only. The email address of the user or group to which this permission refers.
    ///
    /// Output only: set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// The time at which this permission will expire (RFC 3339 date-time). Expiration times have the following restrictions: - They can only be set on user and group permissions - The time must be in the future - The time cannot be more than a year in the future
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration_time: Option<rt::Timestamp>,
    /// Output only. The ID of this permission. This is a unique identifier for the grantee, and is published in the \[User resource\](<https://developers.google.com/workspace/drive/api/reference/rest/v3/User>) as `permissionId`. IDs should be treated as opaque values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// When `true`, only organizers, owners, and users with permissions added directly on the item can access it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inherited_permissions_disabled: Option<bool>,
    /// Output only. Identifies what kind of resource this is. Value: the fixed string `"drive#permission"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Whether the account associated with this permission is a pending owner. Only populated for permissions of type `user` for files that aren't in a shared drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pending_owner: Option<bool>,
    /// Output only. Details of whether the permissions on this item are inherited or are directly on this item.
    ///
    /// Output only: set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permission_details: Option<Vec<PermissionPermissionDetailsItem>>,
    /// Output only. A link to the user's profile photo, if available.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub photo_link: Option<String>,
    /// The role granted by this permission. Supported values include: * `owner` * `organizer` * `fileOrganizer` * `writer` * `commenter` * `reader` For more information, see \[Roles and permissions\](<https://developers.google.com/workspace/drive/api/guides/ref-roles>).
    ///
    /// Required by `drive.permissions.create`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Output only. Deprecated: Output only. Use `permissionDetails` instead.
    ///
    /// Output only: set by the server.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_drive_permission_details: Option<Vec<PermissionTeamDrivePermissionDetailsItem>>,
    /// The type of the grantee. Supported values include: * `user` * `group` * `domain` * `anyone` When creating a permission, if `type` is `user` or `group`, you must provide an `emailAddress` for the user or group. If `type` is `domain`, you must provide a `domain`. If `type` is `anyone`, no extra information is required.
    ///
    /// Required by `drive.permissions.create`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Indicates the view for this permission. Only populated for permissions that belong to a view. The only supported values are `published` and `metadata`: * `published`: The permission's role is `publishedReader`. * `metadata`: The item is only visible to the `metadata` view because the item has limited access and the scope has at least read access to the parent. The `metadata` view is only supported on folders. For more information, see \[Views\](<https://developers.google.com/workspace/drive/api/guides/ref-roles#views>).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub view: Option<String>,
}
impl Permission {
    /// Sets [`allow_file_discovery`](Self::allow_file_discovery).
    pub fn set_allow_file_discovery(mut self, value: impl Into<bool>) -> Self {
        self.allow_file_discovery = Some(value.into());
        self
    }
    /// Sets [`allow_file_discovery`](Self::allow_file_discovery), or clears it with `None`.
    pub fn set_or_clear_allow_file_discovery(mut self, value: Option<bool>) -> Self {
        self.allow_file_discovery = value;
        self
    }
    /// Sets [`deleted`](Self::deleted).
    pub fn set_deleted(mut self, value: impl Into<bool>) -> Self {
        self.deleted = Some(value.into());
        self
    }
    /// Sets [`deleted`](Self::deleted), or clears it with `None`.
    pub fn set_or_clear_deleted(mut self, value: Option<bool>) -> Self {
        self.deleted = value;
        self
    }
    /// Sets [`display_name`](Self::display_name).
    pub fn set_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets [`display_name`](Self::display_name), or clears it with `None`.
    pub fn set_or_clear_display_name(mut self, value: Option<String>) -> Self {
        self.display_name = value;
        self
    }
    /// Sets [`domain`](Self::domain).
    pub fn set_domain(mut self, value: impl Into<String>) -> Self {
        self.domain = Some(value.into());
        self
    }
    /// Sets [`domain`](Self::domain), or clears it with `None`.
    pub fn set_or_clear_domain(mut self, value: Option<String>) -> Self {
        self.domain = value;
        self
    }
    /// Sets [`email_address`](Self::email_address).
    pub fn set_email_address(mut self, value: impl Into<String>) -> Self {
        self.email_address = Some(value.into());
        self
    }
    /// Sets [`email_address`](Self::email_address), or clears it with `None`.
    pub fn set_or_clear_email_address(mut self, value: Option<String>) -> Self {
        self.email_address = value;
        self
    }
    /// Sets [`expiration_time`](Self::expiration_time).
    pub fn set_expiration_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.expiration_time = Some(value.into());
        self
    }
    /// Sets [`expiration_time`](Self::expiration_time), or clears it with `None`.
    pub fn set_or_clear_expiration_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.expiration_time = value;
        self
    }
    /// Sets [`id`](Self::id).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`id`](Self::id), or clears it with `None`.
    pub fn set_or_clear_id(mut self, value: Option<String>) -> Self {
        self.id = value;
        self
    }
    /// Sets [`inherited_permissions_disabled`](Self::inherited_permissions_disabled).
    pub fn set_inherited_permissions_disabled(mut self, value: impl Into<bool>) -> Self {
        self.inherited_permissions_disabled = Some(value.into());
        self
    }
    /// Sets [`inherited_permissions_disabled`](Self::inherited_permissions_disabled), or clears it with `None`.
    pub fn set_or_clear_inherited_permissions_disabled(mut self, value: Option<bool>) -> Self {
        self.inherited_permissions_disabled = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`pending_owner`](Self::pending_owner).
    pub fn set_pending_owner(mut self, value: impl Into<bool>) -> Self {
        self.pending_owner = Some(value.into());
        self
    }
    /// Sets [`pending_owner`](Self::pending_owner), or clears it with `None`.
    pub fn set_or_clear_pending_owner(mut self, value: Option<bool>) -> Self {
        self.pending_owner = value;
        self
    }
    /// Sets [`permission_details`](Self::permission_details).
    pub fn set_permission_details<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<PermissionPermissionDetailsItem>,
    {
        self.permission_details = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`permission_details`](Self::permission_details), or clears it with `None`.
    pub fn set_or_clear_permission_details(
        mut self,
        value: Option<Vec<PermissionPermissionDetailsItem>>,
    ) -> Self {
        self.permission_details = value;
        self
    }
    /// Sets [`photo_link`](Self::photo_link).
    pub fn set_photo_link(mut self, value: impl Into<String>) -> Self {
        self.photo_link = Some(value.into());
        self
    }
    /// Sets [`photo_link`](Self::photo_link), or clears it with `None`.
    pub fn set_or_clear_photo_link(mut self, value: Option<String>) -> Self {
        self.photo_link = value;
        self
    }
    /// Sets [`role`](Self::role).
    pub fn set_role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
    /// Sets [`role`](Self::role), or clears it with `None`.
    pub fn set_or_clear_role(mut self, value: Option<String>) -> Self {
        self.role = value;
        self
    }
    /// Sets [`team_drive_permission_details`](Self::team_drive_permission_details).
    pub fn set_team_drive_permission_details<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<PermissionTeamDrivePermissionDetailsItem>,
    {
        self.team_drive_permission_details = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`team_drive_permission_details`](Self::team_drive_permission_details), or clears it with `None`.
    pub fn set_or_clear_team_drive_permission_details(
        mut self,
        value: Option<Vec<PermissionTeamDrivePermissionDetailsItem>>,
    ) -> Self {
        self.team_drive_permission_details = value;
        self
    }
    /// Sets [`type`](Self::type).
    pub fn set_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets [`type`](Self::type), or clears it with `None`.
    pub fn set_or_clear_type(mut self, value: Option<String>) -> Self {
        self.r#type = value;
        self
    }
    /// Sets [`view`](Self::view).
    pub fn set_view(mut self, value: impl Into<String>) -> Self {
        self.view = Some(value.into());
        self
    }
    /// Sets [`view`](Self::view), or clears it with `None`.
    pub fn set_or_clear_view(mut self, value: Option<String>) -> Self {
        self.view = value;
        self
    }
}
/// A list of permissions for a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct PermissionList {
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#permissionList"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The page token for the next page of permissions. This field will be absent if the end of the permissions list has been reached. If the token is rejected for any reason, it should be discarded, and pagination should be restarted from the first page of results. The page token is typically valid for several hours. However, if new items are added or removed, your expected results might differ.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// The list of permissions. If `nextPageToken` is populated, then this list may be incomplete and an additional page of results should be fetched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<Permission>>,
}
impl PermissionList {
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token), or clears it with `None`.
    pub fn set_or_clear_next_page_token(mut self, value: Option<String>) -> Self {
        self.next_page_token = value;
        self
    }
    /// Sets [`permissions`](Self::permissions).
    pub fn set_permissions<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<Permission>,
    {
        self.permissions = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`permissions`](Self::permissions), or clears it with `None`.
    pub fn set_or_clear_permissions(mut self, value: Option<Vec<Permission>>) -> Self {
        self.permissions = value;
        self
    }
}
/// The `Permission.properties.permissionDetails.items` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct PermissionPermissionDetailsItem {
    /// Output only. Whether this permission is inherited. This field is always populated. This is an output-only field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inherited: Option<bool>,
    /// Output only. The ID of the item from which this permission is inherited. This is only populated for items in shared drives.
    ///
    /// Output only: set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inherited_from: Option<String>,
    /// Output only. The permission type for this user. Supported values include: * `file` * `member`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permission_type: Option<String>,
    /// Output only. The primary role for this user. Supported values include: * `owner` * `organizer` * `fileOrganizer` * `writer` * `commenter` * `reader` For more information, see \[Roles and permissions\](<https://developers.google.com/workspace/drive/api/guides/ref-roles>).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}
impl PermissionPermissionDetailsItem {
    /// Sets [`inherited`](Self::inherited).
    pub fn set_inherited(mut self, value: impl Into<bool>) -> Self {
        self.inherited = Some(value.into());
        self
    }
    /// Sets [`inherited`](Self::inherited), or clears it with `None`.
    pub fn set_or_clear_inherited(mut self, value: Option<bool>) -> Self {
        self.inherited = value;
        self
    }
    /// Sets [`inherited_from`](Self::inherited_from).
    pub fn set_inherited_from(mut self, value: impl Into<String>) -> Self {
        self.inherited_from = Some(value.into());
        self
    }
    /// Sets [`inherited_from`](Self::inherited_from), or clears it with `None`.
    pub fn set_or_clear_inherited_from(mut self, value: Option<String>) -> Self {
        self.inherited_from = value;
        self
    }
    /// Sets [`permission_type`](Self::permission_type).
    pub fn set_permission_type(mut self, value: impl Into<String>) -> Self {
        self.permission_type = Some(value.into());
        self
    }
    /// Sets [`permission_type`](Self::permission_type), or clears it with `None`.
    pub fn set_or_clear_permission_type(mut self, value: Option<String>) -> Self {
        self.permission_type = value;
        self
    }
    /// Sets [`role`](Self::role).
    pub fn set_role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
    /// Sets [`role`](Self::role), or clears it with `None`.
    pub fn set_or_clear_role(mut self, value: Option<String>) -> Self {
        self.role = value;
        self
    }
}
/// The `Permission.properties.teamDrivePermissionDetails.items` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct PermissionTeamDrivePermissionDetailsItem {
    /// Deprecated: Output only. Use `permissionDetails/inherited` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inherited: Option<bool>,
    /// Deprecated: Output only. Use `permissionDetails/inheritedFrom` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inherited_from: Option<String>,
    /// Deprecated: Output only. Use `permissionDetails/role` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Deprecated: Output only. Use `permissionDetails/permissionType` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_drive_permission_type: Option<String>,
}
impl PermissionTeamDrivePermissionDetailsItem {
    /// Sets [`inherited`](Self::inherited).
    pub fn set_inherited(mut self, value: impl Into<bool>) -> Self {
        self.inherited = Some(value.into());
        self
    }
    /// Sets [`inherited`](Self::inherited), or clears it with `None`.
    pub fn set_or_clear_inherited(mut self, value: Option<bool>) -> Self {
        self.inherited = value;
        self
    }
    /// Sets [`inherited_from`](Self::inherited_from).
    pub fn set_inherited_from(mut self, value: impl Into<String>) -> Self {
        self.inherited_from = Some(value.into());
        self
    }
    /// Sets [`inherited_from`](Self::inherited_from), or clears it with `None`.
    pub fn set_or_clear_inherited_from(mut self, value: Option<String>) -> Self {
        self.inherited_from = value;
        self
    }
    /// Sets [`role`](Self::role).
    pub fn set_role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
    /// Sets [`role`](Self::role), or clears it with `None`.
    pub fn set_or_clear_role(mut self, value: Option<String>) -> Self {
        self.role = value;
        self
    }
    /// Sets [`team_drive_permission_type`](Self::team_drive_permission_type).
    pub fn set_team_drive_permission_type(mut self, value: impl Into<String>) -> Self {
        self.team_drive_permission_type = Some(value.into());
        self
    }
    /// Sets [`team_drive_permission_type`](Self::team_drive_permission_type), or clears it with `None`.
    pub fn set_or_clear_team_drive_permission_type(mut self, value: Option<String>) -> Self {
        self.team_drive_permission_type = value;
        self
    }
}
/// Request for reassigning an approval. Reviewers can be added or replaced, but not removed.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ReassignApprovalRequest {
    /// Optional. The list of reviewers to add.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_reviewers: Option<Vec<AddReviewer>>,
    /// Optional. A message to send to the new reviewers. This message is included in notifications for the action and in the approval activity log.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Optional. The list of reviewer replacements.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replace_reviewers: Option<Vec<ReplaceReviewer>>,
}
impl ReassignApprovalRequest {
    /// Sets [`add_reviewers`](Self::add_reviewers).
    pub fn set_add_reviewers<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<AddReviewer>,
    {
        self.add_reviewers = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`add_reviewers`](Self::add_reviewers), or clears it with `None`.
    pub fn set_or_clear_add_reviewers(mut self, value: Option<Vec<AddReviewer>>) -> Self {
        self.add_reviewers = value;
        self
    }
    /// Sets [`message`](Self::message).
    pub fn set_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets [`message`](Self::message), or clears it with `None`.
    pub fn set_or_clear_message(mut self, value: Option<String>) -> Self {
        self.message = value;
        self
    }
    /// Sets [`replace_reviewers`](Self::replace_reviewers).
    pub fn set_replace_reviewers<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<ReplaceReviewer>,
    {
        self.replace_reviewers = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`replace_reviewers`](Self::replace_reviewers), or clears it with `None`.
    pub fn set_or_clear_replace_reviewers(mut self, value: Option<Vec<ReplaceReviewer>>) -> Self {
        self.replace_reviewers = value;
        self
    }
}
/// Representation of a reviewer replacement.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ReplaceReviewer {
    /// Required. The email of the reviewer to add.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub added_reviewer_email: Option<String>,
    /// Required. The email of the reviewer to remove.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub removed_reviewer_email: Option<String>,
}
impl ReplaceReviewer {
    /// Sets [`added_reviewer_email`](Self::added_reviewer_email).
    pub fn set_added_reviewer_email(mut self, value: impl Into<String>) -> Self {
        self.added_reviewer_email = Some(value.into());
        self
    }
    /// Sets [`added_reviewer_email`](Self::added_reviewer_email), or clears it with `None`.
    pub fn set_or_clear_added_reviewer_email(mut self, value: Option<String>) -> Self {
        self.added_reviewer_email = value;
        self
    }
    /// Sets [`removed_reviewer_email`](Self::removed_reviewer_email).
    pub fn set_removed_reviewer_email(mut self, value: impl Into<String>) -> Self {
        self.removed_reviewer_email = Some(value.into());
        self
    }
    /// Sets [`removed_reviewer_email`](Self::removed_reviewer_email), or clears it with `None`.
    pub fn set_or_clear_removed_reviewer_email(mut self, value: Option<String>) -> Self {
        self.removed_reviewer_email = value;
        self
    }
}
/// A reply to a comment on a file. Some resource methods (such as `replies.update`) require a `replyId`. Use the `replies.list` method to retrieve the ID for a reply.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Reply {
    /// The action the reply performed to the parent comment. The supported values are: * `resolve` * `reopen`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// Output only. The email address of the user assigned to this comment. If no user is assigned, the field is unset.
    ///
    /// Output only: set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_email_address: Option<String>,
    /// Output only. The author of the reply. The author's email address and permission ID won't be populated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<User>,
    /// The plain text content of the reply. This field is used for setting the content, while `htmlContent` should be displayed. This field is required by the `create` method if no `action` value is specified.
    ///
    /// Required by `drive.replies.update`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// The time at which the reply was created (RFC 3339 date-time).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_time: Option<rt::Timestamp>,
    /// Output only. Whether the reply has been deleted. A deleted reply has no content.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// Output only. The content of the reply with HTML formatting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub html_content: Option<String>,
    /// Output only. The ID of the reply.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Output only. Identifies what kind of resource this is. Value: the fixed string `"drive#reply"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Output only. A list of email addresses for users mentioned in this comment. If no users are mentioned, the list is empty.
    ///
    /// Output only: set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mentioned_email_addresses: Option<Vec<String>>,
    /// The last time the reply was modified (RFC 3339 date-time).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified_time: Option<rt::Timestamp>,
}
impl Reply {
    /// Sets [`action`](Self::action).
    pub fn set_action(mut self, value: impl Into<String>) -> Self {
        self.action = Some(value.into());
        self
    }
    /// Sets [`action`](Self::action), or clears it with `None`.
    pub fn set_or_clear_action(mut self, value: Option<String>) -> Self {
        self.action = value;
        self
    }
    /// Sets [`assignee_email_address`](Self::assignee_email_address).
    pub fn set_assignee_email_address(mut self, value: impl Into<String>) -> Self {
        self.assignee_email_address = Some(value.into());
        self
    }
    /// Sets [`assignee_email_address`](Self::assignee_email_address), or clears it with `None`.
    pub fn set_or_clear_assignee_email_address(mut self, value: Option<String>) -> Self {
        self.assignee_email_address = value;
        self
    }
    /// Sets [`author`](Self::author).
    pub fn set_author(mut self, value: impl Into<User>) -> Self {
        self.author = Some(value.into());
        self
    }
    /// Sets [`author`](Self::author), or clears it with `None`.
    pub fn set_or_clear_author(mut self, value: Option<User>) -> Self {
        self.author = value;
        self
    }
    /// Sets [`content`](Self::content).
    pub fn set_content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets [`content`](Self::content), or clears it with `None`.
    pub fn set_or_clear_content(mut self, value: Option<String>) -> Self {
        self.content = value;
        self
    }
    /// Sets [`created_time`](Self::created_time).
    pub fn set_created_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.created_time = Some(value.into());
        self
    }
    /// Sets [`created_time`](Self::created_time), or clears it with `None`.
    pub fn set_or_clear_created_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.created_time = value;
        self
    }
    /// Sets [`deleted`](Self::deleted).
    pub fn set_deleted(mut self, value: impl Into<bool>) -> Self {
        self.deleted = Some(value.into());
        self
    }
    /// Sets [`deleted`](Self::deleted), or clears it with `None`.
    pub fn set_or_clear_deleted(mut self, value: Option<bool>) -> Self {
        self.deleted = value;
        self
    }
    /// Sets [`html_content`](Self::html_content).
    pub fn set_html_content(mut self, value: impl Into<String>) -> Self {
        self.html_content = Some(value.into());
        self
    }
    /// Sets [`html_content`](Self::html_content), or clears it with `None`.
    pub fn set_or_clear_html_content(mut self, value: Option<String>) -> Self {
        self.html_content = value;
        self
    }
    /// Sets [`id`](Self::id).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`id`](Self::id), or clears it with `None`.
    pub fn set_or_clear_id(mut self, value: Option<String>) -> Self {
        self.id = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`mentioned_email_addresses`](Self::mentioned_email_addresses).
    pub fn set_mentioned_email_addresses<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.mentioned_email_addresses = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`mentioned_email_addresses`](Self::mentioned_email_addresses), or clears it with `None`.
    pub fn set_or_clear_mentioned_email_addresses(mut self, value: Option<Vec<String>>) -> Self {
        self.mentioned_email_addresses = value;
        self
    }
    /// Sets [`modified_time`](Self::modified_time).
    pub fn set_modified_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.modified_time = Some(value.into());
        self
    }
    /// Sets [`modified_time`](Self::modified_time), or clears it with `None`.
    pub fn set_or_clear_modified_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.modified_time = value;
        self
    }
}
/// A list of replies to a comment on a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ReplyList {
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#replyList"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The page token for the next page of replies. This will be absent if the end of the replies list has been reached. If the token is rejected for any reason, it should be discarded, and pagination should be restarted from the first page of results. The page token is typically valid for several hours. However, if new items are added or removed, your expected results might differ.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// The list of replies. If `nextPageToken` is populated, then this list may be incomplete and an additional page of results should be fetched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replies: Option<Vec<Reply>>,
}
impl ReplyList {
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token), or clears it with `None`.
    pub fn set_or_clear_next_page_token(mut self, value: Option<String>) -> Self {
        self.next_page_token = value;
        self
    }
    /// Sets [`replies`](Self::replies).
    pub fn set_replies<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<Reply>,
    {
        self.replies = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`replies`](Self::replies), or clears it with `None`.
    pub fn set_or_clear_replies(mut self, value: Option<Vec<Reply>>) -> Self {
        self.replies = value;
        self
    }
}
/// Request message for resolving an AccessProposal on a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ResolveAccessProposalRequest {
    /// Required. The action to take on the access proposal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<ResolveAccessProposalRequestAction>,
    /// Optional. The roles that the approver has allowed, if any. For more information, see \[Roles and permissions\](<https://developers.google.com/workspace/drive/api/guides/ref-roles>). Note: This field is required for the `ACCEPT` action.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<Vec<String>>,
    /// Optional. Whether to send an email to the requester when the access proposal is denied or accepted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub send_notification: Option<bool>,
    /// Optional. Indicates the view for this access proposal. This should only be set when the proposal belongs to a view. Only `published` is supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub view: Option<String>,
}
impl ResolveAccessProposalRequest {
    /// Sets [`action`](Self::action).
    pub fn set_action(mut self, value: impl Into<ResolveAccessProposalRequestAction>) -> Self {
        self.action = Some(value.into());
        self
    }
    /// Sets [`action`](Self::action), or clears it with `None`.
    pub fn set_or_clear_action(
        mut self,
        value: Option<ResolveAccessProposalRequestAction>,
    ) -> Self {
        self.action = value;
        self
    }
    /// Sets [`role`](Self::role).
    pub fn set_role<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.role = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`role`](Self::role), or clears it with `None`.
    pub fn set_or_clear_role(mut self, value: Option<Vec<String>>) -> Self {
        self.role = value;
        self
    }
    /// Sets [`send_notification`](Self::send_notification).
    pub fn set_send_notification(mut self, value: impl Into<bool>) -> Self {
        self.send_notification = Some(value.into());
        self
    }
    /// Sets [`send_notification`](Self::send_notification), or clears it with `None`.
    pub fn set_or_clear_send_notification(mut self, value: Option<bool>) -> Self {
        self.send_notification = value;
        self
    }
    /// Sets [`view`](Self::view).
    pub fn set_view(mut self, value: impl Into<String>) -> Self {
        self.view = Some(value.into());
        self
    }
    /// Sets [`view`](Self::view), or clears it with `None`.
    pub fn set_or_clear_view(mut self, value: Option<String>) -> Self {
        self.view = value;
        self
    }
}
/// Required. The action to take on the access proposal.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResolveAccessProposalRequestAction {
    /// Unspecified action
    ActionUnspecified,
    /// The user accepts the access proposal. Note: If this action is used, the `role` field must have at least one value.
    Accept,
    /// The user denies the access proposal.
    Deny,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ResolveAccessProposalRequestAction {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ActionUnspecified => "ACTION_UNSPECIFIED",
            Self::Accept => "ACCEPT",
            Self::Deny => "DENY",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ResolveAccessProposalRequestAction {
    fn from(value: &str) -> Self {
        match value {
            "ACTION_UNSPECIFIED" => Self::ActionUnspecified,
            "ACCEPT" => Self::Accept,
            "DENY" => Self::Deny,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ResolveAccessProposalRequestAction {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
        }
    }
}
impl std::fmt::Display for ResolveAccessProposalRequestAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ResolveAccessProposalRequestAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ResolveAccessProposalRequestAction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// A response on an approval made by a specific reviewer.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ReviewerResponse {
    /// This is always drive#reviewerResponse.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// A reviewer’s response for the approval.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response: Option<ReviewerResponseResponse>,
    /// The user that's responsible for this response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<User>,
}
impl ReviewerResponse {
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`response`](Self::response).
    pub fn set_response(mut self, value: impl Into<ReviewerResponseResponse>) -> Self {
        self.response = Some(value.into());
        self
    }
    /// Sets [`response`](Self::response), or clears it with `None`.
    pub fn set_or_clear_response(mut self, value: Option<ReviewerResponseResponse>) -> Self {
        self.response = value;
        self
    }
    /// Sets [`reviewer`](Self::reviewer).
    pub fn set_reviewer(mut self, value: impl Into<User>) -> Self {
        self.reviewer = Some(value.into());
        self
    }
    /// Sets [`reviewer`](Self::reviewer), or clears it with `None`.
    pub fn set_or_clear_reviewer(mut self, value: Option<User>) -> Self {
        self.reviewer = value;
        self
    }
}
/// A reviewer’s response for the approval.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReviewerResponseResponse {
    /// The response was set to an unrecognized value.
    ResponseUnspecified,
    /// The reviewer hasn't responded.
    NoResponse,
    /// The reviewer has approved the item.
    Approved,
    /// The reviewer has declined the item.
    Declined,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ReviewerResponseResponse {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ResponseUnspecified => "RESPONSE_UNSPECIFIED",
            Self::NoResponse => "NO_RESPONSE",
            Self::Approved => "APPROVED",
            Self::Declined => "DECLINED",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ReviewerResponseResponse {
    fn from(value: &str) -> Self {
        match value {
            "RESPONSE_UNSPECIFIED" => Self::ResponseUnspecified,
            "NO_RESPONSE" => Self::NoResponse,
            "APPROVED" => Self::Approved,
            "DECLINED" => Self::Declined,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ReviewerResponseResponse {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
        }
    }
}
impl std::fmt::Display for ReviewerResponseResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ReviewerResponseResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ReviewerResponseResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// The metadata for a revision to a file. Some resource methods (such as `revisions.update`) require a `revisionId`. Use the `revisions.list` method to retrieve the ID for a revision.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Revision {
    /// Output only. Links for exporting Docs Editors files to specific formats.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_links: Option<BTreeMap<String, String>>,
    /// Output only. The ID of the revision.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Whether to keep this revision forever, even if it is no longer the head revision. If not set, the revision will be automatically purged 30 days after newer content is uploaded. This can be set on a maximum of 200 revisions for a file. This field is only applicable to files with binary content in Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keep_forever: Option<bool>,
    /// Output only. Identifies what kind of resource this is. Value: the fixed string `"drive#revision"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Output only. The last user to modify this revision. This field is only populated when the last modification was performed by a signed-in user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_modifying_user: Option<User>,
    /// Output only. The MD5 checksum of the revision's content. This is only applicable to files with binary content in Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub md5_checksum: Option<String>,
    /// Output only. The MIME type of the revision.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// The last time the revision was modified (RFC 3339 date-time).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified_time: Option<rt::Timestamp>,
    /// Output only. The original filename used to create this revision. This is only applicable to files with binary content in Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original_filename: Option<String>,
    /// Whether subsequent revisions will be automatically republished. This is only applicable to Docs Editors files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publish_auto: Option<bool>,
    /// Whether this revision is published. This is only applicable to Docs Editors files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<bool>,
    /// Output only. A link to the published revision. This is only populated for Docs Editors files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published_link: Option<String>,
    /// Whether this revision is published outside the domain. This is only applicable to Docs Editors files.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published_outside_domain: Option<bool>,
    /// Output only. The size of the revision's content in bytes. This is only applicable to files with binary content in Drive.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub size: Option<i64>,
}
impl Revision {
    /// Sets [`export_links`](Self::export_links).
    pub fn set_export_links<I, K, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        self.export_links = Some(
            value
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        );
        self
    }
    /// Sets [`export_links`](Self::export_links), or clears it with `None`.
    pub fn set_or_clear_export_links(mut self, value: Option<BTreeMap<String, String>>) -> Self {
        self.export_links = value;
        self
    }
    /// Sets [`id`](Self::id).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`id`](Self::id), or clears it with `None`.
    pub fn set_or_clear_id(mut self, value: Option<String>) -> Self {
        self.id = value;
        self
    }
    /// Sets [`keep_forever`](Self::keep_forever).
    pub fn set_keep_forever(mut self, value: impl Into<bool>) -> Self {
        self.keep_forever = Some(value.into());
        self
    }
    /// Sets [`keep_forever`](Self::keep_forever), or clears it with `None`.
    pub fn set_or_clear_keep_forever(mut self, value: Option<bool>) -> Self {
        self.keep_forever = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`last_modifying_user`](Self::last_modifying_user).
    pub fn set_last_modifying_user(mut self, value: impl Into<User>) -> Self {
        self.last_modifying_user = Some(value.into());
        self
    }
    /// Sets [`last_modifying_user`](Self::last_modifying_user), or clears it with `None`.
    pub fn set_or_clear_last_modifying_user(mut self, value: Option<User>) -> Self {
        self.last_modifying_user = value;
        self
    }
    /// Sets [`md5_checksum`](Self::md5_checksum).
    pub fn set_md5_checksum(mut self, value: impl Into<String>) -> Self {
        self.md5_checksum = Some(value.into());
        self
    }
    /// Sets [`md5_checksum`](Self::md5_checksum), or clears it with `None`.
    pub fn set_or_clear_md5_checksum(mut self, value: Option<String>) -> Self {
        self.md5_checksum = value;
        self
    }
    /// Sets [`mime_type`](Self::mime_type).
    pub fn set_mime_type(mut self, value: impl Into<String>) -> Self {
        self.mime_type = Some(value.into());
        self
    }
    /// Sets [`mime_type`](Self::mime_type), or clears it with `None`.
    pub fn set_or_clear_mime_type(mut self, value: Option<String>) -> Self {
        self.mime_type = value;
        self
    }
    /// Sets [`modified_time`](Self::modified_time).
    pub fn set_modified_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.modified_time = Some(value.into());
        self
    }
    /// Sets [`modified_time`](Self::modified_time), or clears it with `None`.
    pub fn set_or_clear_modified_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.modified_time = value;
        self
    }
    /// Sets [`original_filename`](Self::original_filename).
    pub fn set_original_filename(mut self, value: impl Into<String>) -> Self {
        self.original_filename = Some(value.into());
        self
    }
    /// Sets [`original_filename`](Self::original_filename), or clears it with `None`.
    pub fn set_or_clear_original_filename(mut self, value: Option<String>) -> Self {
        self.original_filename = value;
        self
    }
    /// Sets [`publish_auto`](Self::publish_auto).
    pub fn set_publish_auto(mut self, value: impl Into<bool>) -> Self {
        self.publish_auto = Some(value.into());
        self
    }
    /// Sets [`publish_auto`](Self::publish_auto), or clears it with `None`.
    pub fn set_or_clear_publish_auto(mut self, value: Option<bool>) -> Self {
        self.publish_auto = value;
        self
    }
    /// Sets [`published`](Self::published).
    pub fn set_published(mut self, value: impl Into<bool>) -> Self {
        self.published = Some(value.into());
        self
    }
    /// Sets [`published`](Self::published), or clears it with `None`.
    pub fn set_or_clear_published(mut self, value: Option<bool>) -> Self {
        self.published = value;
        self
    }
    /// Sets [`published_link`](Self::published_link).
    pub fn set_published_link(mut self, value: impl Into<String>) -> Self {
        self.published_link = Some(value.into());
        self
    }
    /// Sets [`published_link`](Self::published_link), or clears it with `None`.
    pub fn set_or_clear_published_link(mut self, value: Option<String>) -> Self {
        self.published_link = value;
        self
    }
    /// Sets [`published_outside_domain`](Self::published_outside_domain).
    pub fn set_published_outside_domain(mut self, value: impl Into<bool>) -> Self {
        self.published_outside_domain = Some(value.into());
        self
    }
    /// Sets [`published_outside_domain`](Self::published_outside_domain), or clears it with `None`.
    pub fn set_or_clear_published_outside_domain(mut self, value: Option<bool>) -> Self {
        self.published_outside_domain = value;
        self
    }
    /// Sets [`size`](Self::size).
    pub fn set_size(mut self, value: impl Into<i64>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets [`size`](Self::size), or clears it with `None`.
    pub fn set_or_clear_size(mut self, value: Option<i64>) -> Self {
        self.size = value;
        self
    }
}
/// A list of revisions of a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct RevisionList {
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#revisionList"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The page token for the next page of revisions. This will be absent if the end of the revisions list has been reached. If the token is rejected for any reason, it should be discarded, and pagination should be restarted from the first page of results. The page token is typically valid for several hours. However, if new items are added or removed, your expected results might differ.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// The list of revisions. If nextPageToken is populated, then this list may be incomplete and an additional page of results should be fetched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revisions: Option<Vec<Revision>>,
}
impl RevisionList {
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token), or clears it with `None`.
    pub fn set_or_clear_next_page_token(mut self, value: Option<String>) -> Self {
        self.next_page_token = value;
        self
    }
    /// Sets [`revisions`](Self::revisions).
    pub fn set_revisions<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<Revision>,
    {
        self.revisions = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`revisions`](Self::revisions), or clears it with `None`.
    pub fn set_or_clear_revisions(mut self, value: Option<Vec<Revision>>) -> Self {
        self.revisions = value;
        self
    }
}
/// Allows creating an approval on a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct StartApprovalRequest {
    /// Optional. The time that the approval is due.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_time: Option<rt::Timestamp>,
    /// Optional. The behavior of the approval when the file content changes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_content_change_behavior: Option<StartApprovalRequestFileContentChangeBehavior>,
    /// Optional. Whether to lock the file when starting the approval.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lock_file: Option<bool>,
    /// Optional. A message to send to reviewers when notifying them of the approval request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Required. The emails of the users who are set to review the approval.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewer_emails: Option<Vec<String>>,
}
impl StartApprovalRequest {
    /// Sets [`due_time`](Self::due_time).
    pub fn set_due_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.due_time = Some(value.into());
        self
    }
    /// Sets [`due_time`](Self::due_time), or clears it with `None`.
    pub fn set_or_clear_due_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.due_time = value;
        self
    }
    /// Sets [`file_content_change_behavior`](Self::file_content_change_behavior).
    pub fn set_file_content_change_behavior(
        mut self,
        value: impl Into<StartApprovalRequestFileContentChangeBehavior>,
    ) -> Self {
        self.file_content_change_behavior = Some(value.into());
        self
    }
    /// Sets [`file_content_change_behavior`](Self::file_content_change_behavior), or clears it with `None`.
    pub fn set_or_clear_file_content_change_behavior(
        mut self,
        value: Option<StartApprovalRequestFileContentChangeBehavior>,
    ) -> Self {
        self.file_content_change_behavior = value;
        self
    }
    /// Sets [`lock_file`](Self::lock_file).
    pub fn set_lock_file(mut self, value: impl Into<bool>) -> Self {
        self.lock_file = Some(value.into());
        self
    }
    /// Sets [`lock_file`](Self::lock_file), or clears it with `None`.
    pub fn set_or_clear_lock_file(mut self, value: Option<bool>) -> Self {
        self.lock_file = value;
        self
    }
    /// Sets [`message`](Self::message).
    pub fn set_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets [`message`](Self::message), or clears it with `None`.
    pub fn set_or_clear_message(mut self, value: Option<String>) -> Self {
        self.message = value;
        self
    }
    /// Sets [`reviewer_emails`](Self::reviewer_emails).
    pub fn set_reviewer_emails<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.reviewer_emails = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`reviewer_emails`](Self::reviewer_emails), or clears it with `None`.
    pub fn set_or_clear_reviewer_emails(mut self, value: Option<Vec<String>>) -> Self {
        self.reviewer_emails = value;
        self
    }
}
/// Optional. The behavior of the approval when the file content changes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StartApprovalRequestFileContentChangeBehavior {
    /// The behavior is unspecified.
    FileContentChangeBehaviorUnspecified,
    /// Any ReviewerResponse with a Response of `APPROVED` will be reset to `NO_DECISION` when the file content changes while the approval has a Status of `IN_PROGRESS`. When the approval has a Status of `APPROVED` and `RESET_APPROVAL` is selected, the file is locked.
    ResetApproval,
    /// No action is taken when the file content changes.
    NoApprovalAction,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl StartApprovalRequestFileContentChangeBehavior {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FileContentChangeBehaviorUnspecified => {
                "FILE_CONTENT_CHANGE_BEHAVIOR_UNSPECIFIED"
            }
            Self::ResetApproval => "RESET_APPROVAL",
            Self::NoApprovalAction => "NO_APPROVAL_ACTION",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for StartApprovalRequestFileContentChangeBehavior {
    fn from(value: &str) -> Self {
        match value {
            "FILE_CONTENT_CHANGE_BEHAVIOR_UNSPECIFIED" => {
                Self::FileContentChangeBehaviorUnspecified
            }
            "RESET_APPROVAL" => Self::ResetApproval,
            "NO_APPROVAL_ACTION" => Self::NoApprovalAction,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for StartApprovalRequestFileContentChangeBehavior {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
        }
    }
}
impl std::fmt::Display for StartApprovalRequestFileContentChangeBehavior {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for StartApprovalRequestFileContentChangeBehavior {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for StartApprovalRequestFileContentChangeBehavior {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// The `StartPageToken` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct StartPageToken {
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#startPageToken"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The starting page token for listing future changes. The page token doesn't expire.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_page_token: Option<String>,
}
impl StartPageToken {
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`start_page_token`](Self::start_page_token).
    pub fn set_start_page_token(mut self, value: impl Into<String>) -> Self {
        self.start_page_token = Some(value.into());
        self
    }
    /// Sets [`start_page_token`](Self::start_page_token), or clears it with `None`.
    pub fn set_or_clear_start_page_token(mut self, value: Option<String>) -> Self {
        self.start_page_token = value;
        self
    }
}
/// The `Status` type defines a logical error model that is suitable for different programming environments, including REST APIs and RPC APIs. It is used by \[gRPC\](<https://github.com/grpc>). Each `Status` message contains three pieces of data: error code, error message, and error details. You can find out more about this error model and how to work with it in the \[API Design Guide\](<https://cloud.google.com/apis/design/errors>).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Status {
    /// The status code, which should be an enum value of google.rpc.Code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<i32>,
    /// A list of messages that carry the error details. There is a common set of message types for APIs to use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<BTreeMap<String, serde_json::Value>>>,
    /// A developer-facing error message, which should be in English. Any user-facing error message should be localized and sent in the google.rpc.Status.details field, or localized by the client.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
impl Status {
    /// Sets [`code`](Self::code).
    pub fn set_code(mut self, value: impl Into<i32>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets [`code`](Self::code), or clears it with `None`.
    pub fn set_or_clear_code(mut self, value: Option<i32>) -> Self {
        self.code = value;
        self
    }
    /// Sets [`details`](Self::details).
    pub fn set_details<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<BTreeMap<String, serde_json::Value>>,
    {
        self.details = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`details`](Self::details), or clears it with `None`.
    pub fn set_or_clear_details(
        mut self,
        value: Option<Vec<BTreeMap<String, serde_json::Value>>>,
    ) -> Self {
        self.details = value;
        self
    }
    /// Sets [`message`](Self::message).
    pub fn set_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets [`message`](Self::message), or clears it with `None`.
    pub fn set_or_clear_message(mut self, value: Option<String>) -> Self {
        self.message = value;
        self
    }
}
/// Deprecated: use the drive collection instead. Next ID: 33
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct TeamDrive {
    /// The background image file for a Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background_image_file: Option<TeamDriveBackgroundImageFile>,
    /// A short-lived link to this Team Drive's background image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background_image_link: Option<String>,
    /// Capabilities the current user has on this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<TeamDriveCapabilities>,
    /// The color of this Team Drive as an RGB hex string. It can only be set on a `drive.teamdrives.update` request that does not set `themeId`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color_rgb: Option<String>,
    /// The time at which the Team Drive was created (RFC 3339 date-time).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_time: Option<rt::Timestamp>,
    /// The ID of this Team Drive which is also the ID of the top level folder of this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#teamDrive"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The name of this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The organizational unit of this shared drive. This field is only populated on `drives.list` responses when the `useDomainAdminAccess` parameter is set to `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org_unit_id: Option<String>,
    /// A set of restrictions that apply to this Team Drive or items inside this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restrictions: Option<TeamDriveRestrictions>,
    /// The ID of the theme from which the background image and color will be set. The set of possible `teamDriveThemes` can be retrieved from a `drive.about.get` response. When not specified on a `drive.teamdrives.create` request, a random theme is chosen from which the background image and color are set. This is a write-only field; it can only be set on requests that don't set `colorRgb` or `backgroundImageFile`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme_id: Option<String>,
}
impl TeamDrive {
    /// Sets [`background_image_file`](Self::background_image_file).
    pub fn set_background_image_file(
        mut self,
        value: impl Into<TeamDriveBackgroundImageFile>,
    ) -> Self {
        self.background_image_file = Some(value.into());
        self
    }
    /// Sets [`background_image_file`](Self::background_image_file), or clears it with `None`.
    pub fn set_or_clear_background_image_file(
        mut self,
        value: Option<TeamDriveBackgroundImageFile>,
    ) -> Self {
        self.background_image_file = value;
        self
    }
    /// Sets [`background_image_link`](Self::background_image_link).
    pub fn set_background_image_link(mut self, value: impl Into<String>) -> Self {
        self.background_image_link = Some(value.into());
        self
    }
    /// Sets [`background_image_link`](Self::background_image_link), or clears it with `None`.
    pub fn set_or_clear_background_image_link(mut self, value: Option<String>) -> Self {
        self.background_image_link = value;
        self
    }
    /// Sets [`capabilities`](Self::capabilities).
    pub fn set_capabilities(mut self, value: impl Into<TeamDriveCapabilities>) -> Self {
        self.capabilities = Some(value.into());
        self
    }
    /// Sets [`capabilities`](Self::capabilities), or clears it with `None`.
    pub fn set_or_clear_capabilities(mut self, value: Option<TeamDriveCapabilities>) -> Self {
        self.capabilities = value;
        self
    }
    /// Sets [`color_rgb`](Self::color_rgb).
    pub fn set_color_rgb(mut self, value: impl Into<String>) -> Self {
        self.color_rgb = Some(value.into());
        self
    }
    /// Sets [`color_rgb`](Self::color_rgb), or clears it with `None`.
    pub fn set_or_clear_color_rgb(mut self, value: Option<String>) -> Self {
        self.color_rgb = value;
        self
    }
    /// Sets [`created_time`](Self::created_time).
    pub fn set_created_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.created_time = Some(value.into());
        self
    }
    /// Sets [`created_time`](Self::created_time), or clears it with `None`.
    pub fn set_or_clear_created_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.created_time = value;
        self
    }
    /// Sets [`id`](Self::id).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`id`](Self::id), or clears it with `None`.
    pub fn set_or_clear_id(mut self, value: Option<String>) -> Self {
        self.id = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`name`](Self::name).
    pub fn set_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets [`name`](Self::name), or clears it with `None`.
    pub fn set_or_clear_name(mut self, value: Option<String>) -> Self {
        self.name = value;
        self
    }
    /// Sets [`org_unit_id`](Self::org_unit_id).
    pub fn set_org_unit_id(mut self, value: impl Into<String>) -> Self {
        self.org_unit_id = Some(value.into());
        self
    }
    /// Sets [`org_unit_id`](Self::org_unit_id), or clears it with `None`.
    pub fn set_or_clear_org_unit_id(mut self, value: Option<String>) -> Self {
        self.org_unit_id = value;
        self
    }
    /// Sets [`restrictions`](Self::restrictions).
    pub fn set_restrictions(mut self, value: impl Into<TeamDriveRestrictions>) -> Self {
        self.restrictions = Some(value.into());
        self
    }
    /// Sets [`restrictions`](Self::restrictions), or clears it with `None`.
    pub fn set_or_clear_restrictions(mut self, value: Option<TeamDriveRestrictions>) -> Self {
        self.restrictions = value;
        self
    }
    /// Sets [`theme_id`](Self::theme_id).
    pub fn set_theme_id(mut self, value: impl Into<String>) -> Self {
        self.theme_id = Some(value.into());
        self
    }
    /// Sets [`theme_id`](Self::theme_id), or clears it with `None`.
    pub fn set_or_clear_theme_id(mut self, value: Option<String>) -> Self {
        self.theme_id = value;
        self
    }
}
/// The background image file for a Team Drive.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct TeamDriveBackgroundImageFile {
    /// The ID of an image file in Drive to use for the background image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The width of the cropped image in the closed range of 0 to 1. This value represents the width of the cropped image divided by the width of the entire image. The height is computed by applying a width to height aspect ratio of 80 to 9. The resulting image must be at least 1280 pixels wide and 144 pixels high.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub width: Option<f32>,
    /// The X coordinate of the upper left corner of the cropping area in the background image. This is a value in the closed range of 0 to 1. This value represents the horizontal distance from the left side of the entire image to the left side of the cropping area divided by the width of the entire image.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub x_coordinate: Option<f32>,
    /// The Y coordinate of the upper left corner of the cropping area in the background image. This is a value in the closed range of 0 to 1. This value represents the vertical distance from the top side of the entire image to the top side of the cropping area divided by the height of the entire image.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub y_coordinate: Option<f32>,
}
impl TeamDriveBackgroundImageFile {
    /// Sets [`id`](Self::id).
    pub fn set_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets [`id`](Self::id), or clears it with `None`.
    pub fn set_or_clear_id(mut self, value: Option<String>) -> Self {
        self.id = value;
        self
    }
    /// Sets [`width`](Self::width).
    pub fn set_width(mut self, value: impl Into<f32>) -> Self {
        self.width = Some(value.into());
        self
    }
    /// Sets [`width`](Self::width), or clears it with `None`.
    pub fn set_or_clear_width(mut self, value: Option<f32>) -> Self {
        self.width = value;
        self
    }
    /// Sets [`x_coordinate`](Self::x_coordinate).
    pub fn set_x_coordinate(mut self, value: impl Into<f32>) -> Self {
        self.x_coordinate = Some(value.into());
        self
    }
    /// Sets [`x_coordinate`](Self::x_coordinate), or clears it with `None`.
    pub fn set_or_clear_x_coordinate(mut self, value: Option<f32>) -> Self {
        self.x_coordinate = value;
        self
    }
    /// Sets [`y_coordinate`](Self::y_coordinate).
    pub fn set_y_coordinate(mut self, value: impl Into<f32>) -> Self {
        self.y_coordinate = Some(value.into());
        self
    }
    /// Sets [`y_coordinate`](Self::y_coordinate), or clears it with `None`.
    pub fn set_or_clear_y_coordinate(mut self, value: Option<f32>) -> Self {
        self.y_coordinate = value;
        self
    }
}
/// Capabilities the current user has on this Team Drive.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct TeamDriveCapabilities {
    /// Whether the current user can add children to folders in this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_add_children: Option<bool>,
    /// Whether the current user can change the `copyRequiresWriterPermission` restriction of this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_change_copy_requires_writer_permission_restriction: Option<bool>,
    /// Whether the current user can change the `domainUsersOnly` restriction of this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_change_domain_users_only_restriction: Option<bool>,
    /// Output only. Whether the current user can change organizer-applied download restrictions of this shared drive.
    ///
    /// Output only: set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_change_download_restriction: Option<bool>,
    /// Whether the current user can change the `sharingFoldersRequiresOrganizerPermission` restriction of this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_change_sharing_folders_requires_organizer_permission_restriction: Option<bool>,
    /// Whether the current user can change the background of this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_change_team_drive_background: Option<bool>,
    /// Whether the current user can change the `teamMembersOnly` restriction of this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_change_team_members_only_restriction: Option<bool>,
    /// Whether the current user can comment on files in this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_comment: Option<bool>,
    /// Whether the current user can copy files in this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_copy: Option<bool>,
    /// Whether the current user can delete children from folders in this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_delete_children: Option<bool>,
    /// Whether the current user can delete this Team Drive. Attempting to delete the Team Drive may still fail if there are untrashed items inside the Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_delete_team_drive: Option<bool>,
    /// Whether the current user can download files in this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_download: Option<bool>,
    /// Whether the current user can edit files in this Team Drive
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_edit: Option<bool>,
    /// Whether the current user can list the children of folders in this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_list_children: Option<bool>,
    /// Whether the current user can add members to this Team Drive or remove them or change their role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_manage_members: Option<bool>,
    /// Whether the current user can read the revisions resource of files in this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_read_revisions: Option<bool>,
    /// Deprecated: Use `canDeleteChildren` or `canTrashChildren` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_remove_children: Option<bool>,
    /// Whether the current user can rename files or folders in this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_rename: Option<bool>,
    /// Whether the current user can rename this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_rename_team_drive: Option<bool>,
    /// Whether the current user can reset the Team Drive restrictions to defaults.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_reset_team_drive_restrictions: Option<bool>,
    /// Whether the current user can share files or folders in this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_share: Option<bool>,
    /// Whether the current user can trash children from folders in this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_trash_children: Option<bool>,
}
impl TeamDriveCapabilities {
    /// Sets [`can_add_children`](Self::can_add_children).
    pub fn set_can_add_children(mut self, value: impl Into<bool>) -> Self {
        self.can_add_children = Some(value.into());
        self
    }
    /// Sets [`can_add_children`](Self::can_add_children), or clears it with `None`.
    pub fn set_or_clear_can_add_children(mut self, value: Option<bool>) -> Self {
        self.can_add_children = value;
        self
    }
    /// Sets [`can_change_copy_requires_writer_permission_restriction`](Self::can_change_copy_requires_writer_permission_restriction).
    pub fn set_can_change_copy_requires_writer_permission_restriction(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.can_change_copy_requires_writer_permission_restriction = Some(value.into());
        self
    }
    /// Sets [`can_change_copy_requires_writer_permission_restriction`](Self::can_change_copy_requires_writer_permission_restriction), or clears it with `None`.
    pub fn set_or_clear_can_change_copy_requires_writer_permission_restriction(
        mut self,
        value: Option<bool>,
    ) -> Self {
        self.can_change_copy_requires_writer_permission_restriction = value;
        self
    }
    /// Sets [`can_change_domain_users_only_restriction`](Self::can_change_domain_users_only_restriction).
    pub fn set_can_change_domain_users_only_restriction(mut self, value: impl Into<bool>) -> Self {
        self.can_change_domain_users_only_restriction = Some(value.into());
        self
    }
    /// Sets [`can_change_domain_users_only_restriction`](Self::can_change_domain_users_only_restriction), or clears it with `None`.
    pub fn set_or_clear_can_change_domain_users_only_restriction(
        mut self,
        value: Option<bool>,
    ) -> Self {
        self.can_change_domain_users_only_restriction = value;
        self
    }
    /// Sets [`can_change_download_restriction`](Self::can_change_download_restriction).
    pub fn set_can_change_download_restriction(mut self, value: impl Into<bool>) -> Self {
        self.can_change_download_restriction = Some(value.into());
        self
    }
    /// Sets [`can_change_download_restriction`](Self::can_change_download_restriction), or clears it with `None`.
    pub fn set_or_clear_can_change_download_restriction(mut self, value: Option<bool>) -> Self {
        self.can_change_download_restriction = value;
        self
    }
    /// Sets [`can_change_sharing_folders_requires_organizer_permission_restriction`](Self::can_change_sharing_folders_requires_organizer_permission_restriction).
    pub fn set_can_change_sharing_folders_requires_organizer_permission_restriction(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.can_change_sharing_folders_requires_organizer_permission_restriction =
            Some(value.into());
        self
    }
    /// Sets [`can_change_sharing_folders_requires_organizer_permission_restriction`](Self::can_change_sharing_folders_requires_organizer_permission_restriction), or clears it with `None`.
    pub fn set_or_clear_can_change_sharing_folders_requires_organizer_permission_restriction(
        mut self,
        value: Option<bool>,
    ) -> Self {
        self.can_change_sharing_folders_requires_organizer_permission_restriction = value;
        self
    }
    /// Sets [`can_change_team_drive_background`](Self::can_change_team_drive_background).
    pub fn set_can_change_team_drive_background(mut self, value: impl Into<bool>) -> Self {
        self.can_change_team_drive_background = Some(value.into());
        self
    }
    /// Sets [`can_change_team_drive_background`](Self::can_change_team_drive_background), or clears it with `None`.
    pub fn set_or_clear_can_change_team_drive_background(mut self, value: Option<bool>) -> Self {
        self.can_change_team_drive_background = value;
        self
    }
    /// Sets [`can_change_team_members_only_restriction`](Self::can_change_team_members_only_restriction).
    pub fn set_can_change_team_members_only_restriction(mut self, value: impl Into<bool>) -> Self {
        self.can_change_team_members_only_restriction = Some(value.into());
        self
    }
    /// Sets [`can_change_team_members_only_restriction`](Self::can_change_team_members_only_restriction), or clears it with `None`.
    pub fn set_or_clear_can_change_team_members_only_restriction(
        mut self,
        value: Option<bool>,
    ) -> Self {
        self.can_change_team_members_only_restriction = value;
        self
    }
    /// Sets [`can_comment`](Self::can_comment).
    pub fn set_can_comment(mut self, value: impl Into<bool>) -> Self {
        self.can_comment = Some(value.into());
        self
    }
    /// Sets [`can_comment`](Self::can_comment), or clears it with `None`.
    pub fn set_or_clear_can_comment(mut self, value: Option<bool>) -> Self {
        self.can_comment = value;
        self
    }
    /// Sets [`can_copy`](Self::can_copy).
    pub fn set_can_copy(mut self, value: impl Into<bool>) -> Self {
        self.can_copy = Some(value.into());
        self
    }
    /// Sets [`can_copy`](Self::can_copy), or clears it with `None`.
    pub fn set_or_clear_can_copy(mut self, value: Option<bool>) -> Self {
        self.can_copy = value;
        self
    }
    /// Sets [`can_delete_children`](Self::can_delete_children).
    pub fn set_can_delete_children(mut self, value: impl Into<bool>) -> Self {
        self.can_delete_children = Some(value.into());
        self
    }
    /// Sets [`can_delete_children`](Self::can_delete_children), or clears it with `None`.
    pub fn set_or_clear_can_delete_children(mut self, value: Option<bool>) -> Self {
        self.can_delete_children = value;
        self
    }
    /// Sets [`can_delete_team_drive`](Self::can_delete_team_drive).
    pub fn set_can_delete_team_drive(mut self, value: impl Into<bool>) -> Self {
        self.can_delete_team_drive = Some(value.into());
        self
    }
    /// Sets [`can_delete_team_drive`](Self::can_delete_team_drive), or clears it with `None`.
    pub fn set_or_clear_can_delete_team_drive(mut self, value: Option<bool>) -> Self {
        self.can_delete_team_drive = value;
        self
    }
    /// Sets [`can_download`](Self::can_download).
    pub fn set_can_download(mut self, value: impl Into<bool>) -> Self {
        self.can_download = Some(value.into());
        self
    }
    /// Sets [`can_download`](Self::can_download), or clears it with `None`.
    pub fn set_or_clear_can_download(mut self, value: Option<bool>) -> Self {
        self.can_download = value;
        self
    }
    /// Sets [`can_edit`](Self::can_edit).
    pub fn set_can_edit(mut self, value: impl Into<bool>) -> Self {
        self.can_edit = Some(value.into());
        self
    }
    /// Sets [`can_edit`](Self::can_edit), or clears it with `None`.
    pub fn set_or_clear_can_edit(mut self, value: Option<bool>) -> Self {
        self.can_edit = value;
        self
    }
    /// Sets [`can_list_children`](Self::can_list_children).
    pub fn set_can_list_children(mut self, value: impl Into<bool>) -> Self {
        self.can_list_children = Some(value.into());
        self
    }
    /// Sets [`can_list_children`](Self::can_list_children), or clears it with `None`.
    pub fn set_or_clear_can_list_children(mut self, value: Option<bool>) -> Self {
        self.can_list_children = value;
        self
    }
    /// Sets [`can_manage_members`](Self::can_manage_members).
    pub fn set_can_manage_members(mut self, value: impl Into<bool>) -> Self {
        self.can_manage_members = Some(value.into());
        self
    }
    /// Sets [`can_manage_members`](Self::can_manage_members), or clears it with `None`.
    pub fn set_or_clear_can_manage_members(mut self, value: Option<bool>) -> Self {
        self.can_manage_members = value;
        self
    }
    /// Sets [`can_read_revisions`](Self::can_read_revisions).
    pub fn set_can_read_revisions(mut self, value: impl Into<bool>) -> Self {
        self.can_read_revisions = Some(value.into());
        self
    }
    /// Sets [`can_read_revisions`](Self::can_read_revisions), or clears it with `None`.
    pub fn set_or_clear_can_read_revisions(mut self, value: Option<bool>) -> Self {
        self.can_read_revisions = value;
        self
    }
    /// Sets [`can_remove_children`](Self::can_remove_children).
    pub fn set_can_remove_children(mut self, value: impl Into<bool>) -> Self {
        self.can_remove_children = Some(value.into());
        self
    }
    /// Sets [`can_remove_children`](Self::can_remove_children), or clears it with `None`.
    pub fn set_or_clear_can_remove_children(mut self, value: Option<bool>) -> Self {
        self.can_remove_children = value;
        self
    }
    /// Sets [`can_rename`](Self::can_rename).
    pub fn set_can_rename(mut self, value: impl Into<bool>) -> Self {
        self.can_rename = Some(value.into());
        self
    }
    /// Sets [`can_rename`](Self::can_rename), or clears it with `None`.
    pub fn set_or_clear_can_rename(mut self, value: Option<bool>) -> Self {
        self.can_rename = value;
        self
    }
    /// Sets [`can_rename_team_drive`](Self::can_rename_team_drive).
    pub fn set_can_rename_team_drive(mut self, value: impl Into<bool>) -> Self {
        self.can_rename_team_drive = Some(value.into());
        self
    }
    /// Sets [`can_rename_team_drive`](Self::can_rename_team_drive), or clears it with `None`.
    pub fn set_or_clear_can_rename_team_drive(mut self, value: Option<bool>) -> Self {
        self.can_rename_team_drive = value;
        self
    }
    /// Sets [`can_reset_team_drive_restrictions`](Self::can_reset_team_drive_restrictions).
    pub fn set_can_reset_team_drive_restrictions(mut self, value: impl Into<bool>) -> Self {
        self.can_reset_team_drive_restrictions = Some(value.into());
        self
    }
    /// Sets [`can_reset_team_drive_restrictions`](Self::can_reset_team_drive_restrictions), or clears it with `None`.
    pub fn set_or_clear_can_reset_team_drive_restrictions(mut self, value: Option<bool>) -> Self {
        self.can_reset_team_drive_restrictions = value;
        self
    }
    /// Sets [`can_share`](Self::can_share).
    pub fn set_can_share(mut self, value: impl Into<bool>) -> Self {
        self.can_share = Some(value.into());
        self
    }
    /// Sets [`can_share`](Self::can_share), or clears it with `None`.
    pub fn set_or_clear_can_share(mut self, value: Option<bool>) -> Self {
        self.can_share = value;
        self
    }
    /// Sets [`can_trash_children`](Self::can_trash_children).
    pub fn set_can_trash_children(mut self, value: impl Into<bool>) -> Self {
        self.can_trash_children = Some(value.into());
        self
    }
    /// Sets [`can_trash_children`](Self::can_trash_children), or clears it with `None`.
    pub fn set_or_clear_can_trash_children(mut self, value: Option<bool>) -> Self {
        self.can_trash_children = value;
        self
    }
}
/// A list of Team Drives.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct TeamDriveList {
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#teamDriveList"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The page token for the next page of Team Drives. This will be absent if the end of the Team Drives list has been reached. If the token is rejected for any reason, it should be discarded, and pagination should be restarted from the first page of results. The page token is typically valid for several hours. However, if new items are added or removed, your expected results might differ.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// The list of Team Drives. If nextPageToken is populated, then this list may be incomplete and an additional page of results should be fetched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_drives: Option<Vec<TeamDrive>>,
}
impl TeamDriveList {
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token).
    pub fn set_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
    /// Sets [`next_page_token`](Self::next_page_token), or clears it with `None`.
    pub fn set_or_clear_next_page_token(mut self, value: Option<String>) -> Self {
        self.next_page_token = value;
        self
    }
    /// Sets [`team_drives`](Self::team_drives).
    pub fn set_team_drives<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<TeamDrive>,
    {
        self.team_drives = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`team_drives`](Self::team_drives), or clears it with `None`.
    pub fn set_or_clear_team_drives(mut self, value: Option<Vec<TeamDrive>>) -> Self {
        self.team_drives = value;
        self
    }
}
/// A set of restrictions that apply to this Team Drive or items inside this Team Drive.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct TeamDriveRestrictions {
    /// Whether administrative privileges on this Team Drive are required to modify restrictions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin_managed_restrictions: Option<bool>,
    /// Whether the options to copy, print, or download files inside this Team Drive, should be disabled for readers and commenters. When this restriction is set to `true`, it will override the similarly named field to `true` for any file inside this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copy_requires_writer_permission: Option<bool>,
    /// Whether access to this Team Drive and items inside this Team Drive is restricted to users of the domain to which this Team Drive belongs. This restriction may be overridden by other sharing policies controlled outside of this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain_users_only: Option<bool>,
    /// Download restrictions applied by shared drive managers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub download_restriction: Option<DownloadRestriction>,
    /// If true, only users with the organizer role can share folders. If false, users with either the organizer role or the file organizer role can share folders.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sharing_folders_requires_organizer_permission: Option<bool>,
    /// Whether access to items inside this Team Drive is restricted to members of this Team Drive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_members_only: Option<bool>,
}
impl TeamDriveRestrictions {
    /// Sets [`admin_managed_restrictions`](Self::admin_managed_restrictions).
    pub fn set_admin_managed_restrictions(mut self, value: impl Into<bool>) -> Self {
        self.admin_managed_restrictions = Some(value.into());
        self
    }
    /// Sets [`admin_managed_restrictions`](Self::admin_managed_restrictions), or clears it with `None`.
    pub fn set_or_clear_admin_managed_restrictions(mut self, value: Option<bool>) -> Self {
        self.admin_managed_restrictions = value;
        self
    }
    /// Sets [`copy_requires_writer_permission`](Self::copy_requires_writer_permission).
    pub fn set_copy_requires_writer_permission(mut self, value: impl Into<bool>) -> Self {
        self.copy_requires_writer_permission = Some(value.into());
        self
    }
    /// Sets [`copy_requires_writer_permission`](Self::copy_requires_writer_permission), or clears it with `None`.
    pub fn set_or_clear_copy_requires_writer_permission(mut self, value: Option<bool>) -> Self {
        self.copy_requires_writer_permission = value;
        self
    }
    /// Sets [`domain_users_only`](Self::domain_users_only).
    pub fn set_domain_users_only(mut self, value: impl Into<bool>) -> Self {
        self.domain_users_only = Some(value.into());
        self
    }
    /// Sets [`domain_users_only`](Self::domain_users_only), or clears it with `None`.
    pub fn set_or_clear_domain_users_only(mut self, value: Option<bool>) -> Self {
        self.domain_users_only = value;
        self
    }
    /// Sets [`download_restriction`](Self::download_restriction).
    pub fn set_download_restriction(mut self, value: impl Into<DownloadRestriction>) -> Self {
        self.download_restriction = Some(value.into());
        self
    }
    /// Sets [`download_restriction`](Self::download_restriction), or clears it with `None`.
    pub fn set_or_clear_download_restriction(mut self, value: Option<DownloadRestriction>) -> Self {
        self.download_restriction = value;
        self
    }
    /// Sets [`sharing_folders_requires_organizer_permission`](Self::sharing_folders_requires_organizer_permission).
    pub fn set_sharing_folders_requires_organizer_permission(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.sharing_folders_requires_organizer_permission = Some(value.into());
        self
    }
    /// Sets [`sharing_folders_requires_organizer_permission`](Self::sharing_folders_requires_organizer_permission), or clears it with `None`.
    pub fn set_or_clear_sharing_folders_requires_organizer_permission(
        mut self,
        value: Option<bool>,
    ) -> Self {
        self.sharing_folders_requires_organizer_permission = value;
        self
    }
    /// Sets [`team_members_only`](Self::team_members_only).
    pub fn set_team_members_only(mut self, value: impl Into<bool>) -> Self {
        self.team_members_only = Some(value.into());
        self
    }
    /// Sets [`team_members_only`](Self::team_members_only), or clears it with `None`.
    pub fn set_or_clear_team_members_only(mut self, value: Option<bool>) -> Self {
        self.team_members_only = value;
        self
    }
}
/// Information about a Drive user.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct User {
    /// Output only. A plain text displayable name for this user.
    ///
    /// Output only: set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Output only. The email address of the user. This may not be present in certain contexts if the user has not made their email address visible to the requester.
    ///
    /// Output only: set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// Output only. Identifies what kind of resource this is. Value: the fixed string `drive#user`.
    ///
    /// Output only: set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Output only. Whether this user is the requesting user.
    ///
    /// Output only: set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub me: Option<bool>,
    /// Output only. The user's ID as visible in Permission resources.
    ///
    /// Output only: set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permission_id: Option<String>,
    /// Output only. A link to the user's profile photo, if available.
    ///
    /// Output only: set by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub photo_link: Option<String>,
}
impl User {
    /// Sets [`display_name`](Self::display_name).
    pub fn set_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets [`display_name`](Self::display_name), or clears it with `None`.
    pub fn set_or_clear_display_name(mut self, value: Option<String>) -> Self {
        self.display_name = value;
        self
    }
    /// Sets [`email_address`](Self::email_address).
    pub fn set_email_address(mut self, value: impl Into<String>) -> Self {
        self.email_address = Some(value.into());
        self
    }
    /// Sets [`email_address`](Self::email_address), or clears it with `None`.
    pub fn set_or_clear_email_address(mut self, value: Option<String>) -> Self {
        self.email_address = value;
        self
    }
    /// Sets [`kind`](Self::kind).
    pub fn set_kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Sets [`kind`](Self::kind), or clears it with `None`.
    pub fn set_or_clear_kind(mut self, value: Option<String>) -> Self {
        self.kind = value;
        self
    }
    /// Sets [`me`](Self::me).
    pub fn set_me(mut self, value: impl Into<bool>) -> Self {
        self.me = Some(value.into());
        self
    }
    /// Sets [`me`](Self::me), or clears it with `None`.
    pub fn set_or_clear_me(mut self, value: Option<bool>) -> Self {
        self.me = value;
        self
    }
    /// Sets [`permission_id`](Self::permission_id).
    pub fn set_permission_id(mut self, value: impl Into<String>) -> Self {
        self.permission_id = Some(value.into());
        self
    }
    /// Sets [`permission_id`](Self::permission_id), or clears it with `None`.
    pub fn set_or_clear_permission_id(mut self, value: Option<String>) -> Self {
        self.permission_id = value;
        self
    }
    /// Sets [`photo_link`](Self::photo_link).
    pub fn set_photo_link(mut self, value: impl Into<String>) -> Self {
        self.photo_link = Some(value.into());
        self
    }
    /// Sets [`photo_link`](Self::photo_link), or clears it with `None`.
    pub fn set_or_clear_photo_link(mut self, value: Option<String>) -> Self {
        self.photo_link = value;
        self
    }
}
impl rt::Page for ApprovalList {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
impl rt::Page for ChangeList {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
impl rt::Page for CommentList {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
impl rt::Page for DriveList {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
impl rt::Page for FileList {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
impl rt::Page for LabelList {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
impl rt::Page for ListAccessProposalsResponse {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
impl rt::Page for PermissionList {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
impl rt::Page for ReplyList {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
impl rt::Page for RevisionList {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
impl rt::Page for TeamDriveList {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
