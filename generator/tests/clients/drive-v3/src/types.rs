//! Request and response types of the Google Drive API, one per schema of the Discovery document.
use crate::rt;
use std::collections::BTreeMap;
/// Information about the user, the user's Drive, and system capabilities.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct About {
    /// Whether the user has installed the requesting app.
    #[serde(
        rename = "appInstalled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub app_installed: Option<bool>,
    /// Whether the user can create shared drives.
    #[serde(
        rename = "canCreateDrives",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_create_drives: Option<bool>,
    /// Deprecated: Use `canCreateDrives` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(
        rename = "canCreateTeamDrives",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_create_team_drives: Option<bool>,
    /// A list of themes that are supported for shared drives.
    #[serde(
        rename = "driveThemes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub drive_themes: Option<Vec<AboutDriveThemesItem>>,
    /// A map of source MIME type to possible targets for all supported exports.
    #[serde(
        rename = "exportFormats",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub export_formats: Option<BTreeMap<String, Vec<String>>>,
    /// The currently supported folder colors as RGB hex strings.
    #[serde(
        rename = "folderColorPalette",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub folder_color_palette: Option<Vec<String>>,
    /// A map of source MIME type to possible targets for all supported imports.
    #[serde(
        rename = "importFormats",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub import_formats: Option<BTreeMap<String, Vec<String>>>,
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#about"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// A map of maximum import sizes by MIME type, in bytes.
    #[serde(
        rename = "maxImportSizes",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<BTreeMap<rt::internal::serde::Same,rt::internal::serde::Int64>>>"
    )]
    pub max_import_sizes: Option<BTreeMap<String, i64>>,
    /// The maximum upload size in bytes.
    #[serde(
        rename = "maxUploadSize",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub max_upload_size: Option<i64>,
    /// The user's storage quota limits and usage. For users that are part of an organization with pooled storage, information about the limit and usage across all services is for the organization, rather than the individual user. All fields are measured in bytes.
    #[serde(
        rename = "storageQuota",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_quota: Option<AboutStorageQuota>,
    /// Deprecated: Use `driveThemes` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(
        rename = "teamDriveThemes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub team_drive_themes: Option<Vec<AboutTeamDriveThemesItem>>,
    /// The authenticated user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<User>,
}
/// The `About.properties.driveThemes.items` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AboutDriveThemesItem {
    /// A link to this theme's background image.
    #[serde(
        rename = "backgroundImageLink",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub background_image_link: Option<String>,
    /// The color of this theme as an RGB hex string.
    #[serde(rename = "colorRgb", default, skip_serializing_if = "Option::is_none")]
    pub color_rgb: Option<String>,
    /// The ID of the theme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
/// The user's storage quota limits and usage. For users that are part of an organization with pooled storage, information about the limit and usage across all services is for the organization, rather than the individual user. All fields are measured in bytes.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AboutStorageQuota {
    /// The usage limit, if applicable. This will not be present if the user has unlimited storage. For users that are part of an organization with pooled storage, this is the limit for the organization, rather than the individual user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub limit: Option<i64>,
    /// The total usage across all services. For users that are part of an organization with pooled storage, this is the usage across all services for the organization, rather than the individual user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub usage: Option<i64>,
    /// The usage by all files in Google Drive.
    #[serde(
        rename = "usageInDrive",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub usage_in_drive: Option<i64>,
    /// The usage by trashed files in Google Drive.
    #[serde(
        rename = "usageInDriveTrash",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub usage_in_drive_trash: Option<i64>,
}
/// The `About.properties.teamDriveThemes.items` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AboutTeamDriveThemesItem {
    /// Deprecated: Use `driveThemes/backgroundImageLink` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(
        rename = "backgroundImageLink",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub background_image_link: Option<String>,
    /// Deprecated: Use `driveThemes/colorRgb` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(rename = "colorRgb", default, skip_serializing_if = "Option::is_none")]
    pub color_rgb: Option<String>,
    /// Deprecated: Use `driveThemes/id` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
/// Manage outstanding access proposals on a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessProposal {
    /// The creation time.
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<rt::Timestamp>,
    /// The file ID that the proposal for access is on.
    #[serde(rename = "fileId", default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// The ID of the access proposal.
    #[serde(
        rename = "proposalId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub proposal_id: Option<String>,
    /// The email address of the user that will receive permissions, if accepted.
    #[serde(
        rename = "recipientEmailAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub recipient_email_address: Option<String>,
    /// The message that the requester added to the proposal.
    #[serde(
        rename = "requestMessage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub request_message: Option<String>,
    /// The email address of the requesting user.
    #[serde(
        rename = "requesterEmailAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requester_email_address: Option<String>,
    /// A wrapper for the role and view of an access proposal. For more information, see \[Roles and permissions\](<https://developers.google.com/workspace/drive/api/guides/ref-roles>).
    #[serde(
        rename = "rolesAndViews",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub roles_and_views: Option<Vec<AccessProposalRoleAndView>>,
}
/// A wrapper for the role and view of an access proposal. For more information, see \[Roles and permissions\](<https://developers.google.com/workspace/drive/api/guides/ref-roles>).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessProposalRoleAndView {
    /// The role that was proposed by the requester. The supported values are: * `writer` * `commenter` * `reader`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Indicates the view for this access proposal. Only populated for proposals that belong to a view. Only `published` is supported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub view: Option<String>,
}
/// Representation of a reviewer addition.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AddReviewer {
    /// Required. The email of the reviewer to add.
    #[serde(
        rename = "addedReviewerEmail",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub added_reviewer_email: Option<String>,
}
/// The `apps` resource provides a list of apps that a user has installed, with information about each app's supported MIME types, file extensions, and other details. Some resource methods (such as `apps.get`) require an `appId`. Use the `apps.list` method to retrieve the ID for an installed application.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct App {
    /// Whether the app is authorized to access data on the user's Drive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorized: Option<bool>,
    /// The template URL to create a file with this app in a given folder. The template contains the {folderId} to be replaced by the folder ID house the new file.
    #[serde(
        rename = "createInFolderTemplate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_in_folder_template: Option<String>,
    /// The URL to create a file with this app.
    #[serde(rename = "createUrl", default, skip_serializing_if = "Option::is_none")]
    pub create_url: Option<String>,
    /// Whether the app has Drive-wide scope. An app with Drive-wide scope can access all files in the user's Drive.
    #[serde(
        rename = "hasDriveWideScope",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub has_drive_wide_scope: Option<bool>,
    /// The various icons for the app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icons: Option<Vec<AppIcons>>,
    /// The ID of the app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Whether the app is installed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub installed: Option<bool>,
    /// Output only. Identifies what kind of resource this is. Value: the fixed string "drive#app".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// A long description of the app.
    #[serde(
        rename = "longDescription",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub long_description: Option<String>,
    /// The name of the app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The type of object this app creates such as a Chart. If empty, the app name should be used instead.
    #[serde(
        rename = "objectType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub object_type: Option<String>,
    /// The template URL for opening files with this app. The template contains {ids} or {exportIds} to be replaced by the actual file IDs. For more information, see Open Files for the full documentation.
    #[serde(
        rename = "openUrlTemplate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub open_url_template: Option<String>,
    /// The list of primary file extensions.
    #[serde(
        rename = "primaryFileExtensions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub primary_file_extensions: Option<Vec<String>>,
    /// The list of primary MIME types.
    #[serde(
        rename = "primaryMimeTypes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub primary_mime_types: Option<Vec<String>>,
    /// The ID of the product listing for this app.
    #[serde(rename = "productId", default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<String>,
    /// A link to the product listing for this app.
    #[serde(
        rename = "productUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub product_url: Option<String>,
    /// The list of secondary file extensions.
    #[serde(
        rename = "secondaryFileExtensions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub secondary_file_extensions: Option<Vec<String>>,
    /// The list of secondary MIME types.
    #[serde(
        rename = "secondaryMimeTypes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub secondary_mime_types: Option<Vec<String>>,
    /// A short description of the app.
    #[serde(
        rename = "shortDescription",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub short_description: Option<String>,
    /// Whether this app supports creating objects.
    #[serde(
        rename = "supportsCreate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub supports_create: Option<bool>,
    /// Whether this app supports importing from Google Docs.
    #[serde(
        rename = "supportsImport",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub supports_import: Option<bool>,
    /// Whether this app supports opening more than one file.
    #[serde(
        rename = "supportsMultiOpen",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub supports_multi_open: Option<bool>,
    /// Whether this app supports creating files when offline.
    #[serde(
        rename = "supportsOfflineCreate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub supports_offline_create: Option<bool>,
    /// Whether the app is selected as the default handler for the types it supports.
    #[serde(
        rename = "useByDefault",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub use_by_default: Option<bool>,
}
/// The `AppIcons` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AppIcons {
    /// Category of the icon. Allowed values are: * `application` - The icon for the application. * `document` - The icon for a file associated with the app. * `documentShared` - The icon for a shared file associated with the app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// URL for the icon.
    #[serde(rename = "iconUrl", default, skip_serializing_if = "Option::is_none")]
    pub icon_url: Option<String>,
    /// Size of the icon. Represented as the maximum of the width and height.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i32>,
}
/// A list of third-party applications which the user has installed or given access to Google Drive.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AppList {
    /// The list of app IDs that the user has specified to use by default. The list is in reverse-priority order (lowest to highest).
    #[serde(
        rename = "defaultAppIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_app_ids: Option<Vec<String>>,
    /// The list of apps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<App>>,
    /// Output only. Identifies what kind of resource this is. Value: the fixed string "drive#appList".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// A link back to this list.
    #[serde(rename = "selfLink", default, skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
}
/// Metadata for an approval. An approval is a review or approve process for a Drive item.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Approval {
    /// The approval ID.
    #[serde(
        rename = "approvalId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub approval_id: Option<String>,
    /// The revision ID of the file when the approval completed successfully. This is only set when the approval status is APPROVED.
    #[serde(
        rename = "approvedRevisionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub approved_revision_id: Option<String>,
    /// The time the approval was completed.
    #[serde(
        rename = "completeTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub complete_time: Option<rt::Timestamp>,
    /// The time the approval was created.
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<rt::Timestamp>,
    /// The time that the approval is due.
    #[serde(rename = "dueTime", default, skip_serializing_if = "Option::is_none")]
    pub due_time: Option<rt::Timestamp>,
    /// The behavior of the approval when the file content changes.
    #[serde(
        rename = "fileContentChangeBehavior",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub file_content_change_behavior: Option<ApprovalFileContentChangeBehavior>,
    /// The user that requested the approval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initiator: Option<User>,
    /// This is always drive#approval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The most recent time the approval was modified.
    #[serde(
        rename = "modifyTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub modify_time: Option<rt::Timestamp>,
    /// The responses made on the approval by reviewers.
    #[serde(
        rename = "reviewerResponses",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reviewer_responses: Option<Vec<ReviewerResponse>>,
    /// The status of the approval at the time this resource was requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ApprovalStatus>,
    /// Target file id of the approval.
    #[serde(
        rename = "targetFileId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_file_id: Option<String>,
}
/// The behavior of the approval when the file content changes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
        match value.as_str() {
            "FILE_CONTENT_CHANGE_BEHAVIOR_UNSPECIFIED" => {
                Self::FileContentChangeBehaviorUnspecified
            }
            "RESET_APPROVAL" => Self::ResetApproval,
            "NO_APPROVAL_ACTION" => Self::NoApprovalAction,
            _ => Self::UnknownValue(value),
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
pub struct ApprovalList {
    /// The list of approvals. If `nextPageToken` is populated, then this list may be incomplete and an additional page of results should be fetched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<Approval>>,
    /// This is always drive#approvalList
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The page token for the next page of approvals. This is absent if the end of the approvals list has been reached. If the token is rejected for any reason, it should be discarded, and pagination should be restarted from the first page of results.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
}
/// The status of the approval at the time this resource was requested.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
        match value.as_str() {
            "STATUS_UNSPECIFIED" => Self::StatusUnspecified,
            "IN_PROGRESS" => Self::InProgress,
            "APPROVED" => Self::Approved,
            "CANCELLED" => Self::Cancelled,
            "DECLINED" => Self::Declined,
            _ => Self::UnknownValue(value),
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
pub struct ApproveApprovalRequest {
    /// Optional. A message to accompany the reviewer response on the approval. This message is included in notifications for the action and in the approval activity log.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
/// Request for cancelling an approval as an initiator.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CancelApprovalRequest {
    /// Optional. A message to accompany the cancellation of the approval. This message is included in notifications for the action and in the approval activity log.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
/// A change to a file or shared drive.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Change {
    /// The type of the change. Possible values are `file` and `drive`.
    #[serde(
        rename = "changeType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub change_type: Option<String>,
    /// The updated state of the shared drive. Present if the changeType is drive, the user is still a member of the shared drive, and the shared drive has not been deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drive: Option<Drive>,
    /// The ID of the shared drive associated with this change.
    #[serde(rename = "driveId", default, skip_serializing_if = "Option::is_none")]
    pub drive_id: Option<String>,
    /// The updated state of the file. Present if the type is file and the file has not been removed from this list of changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<File>,
    /// The ID of the file which has changed.
    #[serde(rename = "fileId", default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#change"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Whether the file or shared drive has been removed from this list of changes, for example by deletion or loss of access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub removed: Option<bool>,
    /// Deprecated: Use `drive` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(rename = "teamDrive", default, skip_serializing_if = "Option::is_none")]
    pub team_drive: Option<TeamDrive>,
    /// Deprecated: Use `driveId` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(
        rename = "teamDriveId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub team_drive_id: Option<String>,
    /// The time of this change (RFC 3339 date-time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<rt::Timestamp>,
    /// Deprecated: Use `changeType` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}
/// A list of changes for a user.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ChangeList {
    /// The list of changes. If nextPageToken is populated, then this list may be incomplete and an additional page of results should be fetched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes: Option<Vec<Change>>,
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#changeList"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The starting page token for future changes. This will be present only if the end of the current changes list has been reached. The page token doesn't expire.
    #[serde(
        rename = "newStartPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub new_start_page_token: Option<String>,
    /// The page token for the next page of changes. This will be absent if the end of the changes list has been reached. The page token doesn't expire.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
}
/// A notification channel used to watch for resource changes.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Channel {
    /// The address where notifications are delivered for this channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Date and time of notification channel expiration, expressed as a Unix timestamp, in milliseconds. Optional.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub expiration: Option<i64>,
    /// A UUID or similar unique string that identifies this channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Identifies this as a notification channel used to watch for changes to a resource, which is `api#channel`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Additional parameters controlling delivery channel behavior. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub params: Option<BTreeMap<String, String>>,
    /// A Boolean value to indicate whether payload is wanted. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<bool>,
    /// An opaque ID that identifies the resource being watched on this channel. Stable across different API versions.
    #[serde(
        rename = "resourceId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_id: Option<String>,
    /// A version-specific identifier for the watched resource.
    #[serde(
        rename = "resourceUri",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_uri: Option<String>,
    /// An arbitrary string delivered to the target address with each notification delivered over this channel. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// The type of delivery mechanism used for this channel. Valid values are "web_hook" or "webhook".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}
/// Details about the client-side encryption applied to the file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ClientEncryptionDetails {
    /// The metadata used for client-side operations.
    #[serde(
        rename = "decryptionMetadata",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub decryption_metadata: Option<DecryptionMetadata>,
    /// The encryption state of the file. The values expected here are: - encrypted - unencrypted
    #[serde(
        rename = "encryptionState",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub encryption_state: Option<String>,
}
/// A comment on a file. Some resource methods (such as `comments.update`) require a `commentId`. Use the `comments.list` method to retrieve the ID for a comment in a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Comment {
    /// A region of the document represented as a JSON string. For details on defining anchor properties, refer to \[Manage comments and replies\](<https://developers.google.com/workspace/drive/api/v3/manage-comments>).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
    /// Output only. The email address of the user assigned to this comment. If no user is assigned, the field is unset.
    ///
    /// Output only: set by the server.
    #[serde(
        rename = "assigneeEmailAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub assignee_email_address: Option<String>,
    /// Output only. The author of the comment. The author's email address and permission ID will not be populated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<User>,
    /// The plain text content of the comment. This field is used for setting the content, while `htmlContent` should be displayed.
    ///
    /// Required by `drive.comments.create`, `drive.comments.update`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// The time at which the comment was created (RFC 3339 date-time).
    #[serde(
        rename = "createdTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub created_time: Option<rt::Timestamp>,
    /// Output only. Whether the comment has been deleted. A deleted comment has no content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// Output only. The content of the comment with HTML formatting.
    #[serde(
        rename = "htmlContent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub html_content: Option<String>,
    /// Output only. The ID of the comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Output only. Identifies what kind of resource this is. Value: the fixed string `"drive#comment"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Output only. A list of email addresses for users mentioned in this comment. If no users are mentioned, the list is empty.
    ///
    /// Output only: set by the server.
    #[serde(
        rename = "mentionedEmailAddresses",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mentioned_email_addresses: Option<Vec<String>>,
    /// The last time the comment or any of its replies was modified (RFC 3339 date-time).
    #[serde(
        rename = "modifiedTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub modified_time: Option<rt::Timestamp>,
    /// The file content to which the comment refers, typically within the anchor region. For a text file, for example, this would be the text at the location of the comment.
    #[serde(
        rename = "quotedFileContent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub quoted_file_content: Option<CommentQuotedFileContent>,
    /// Output only. The full list of replies to the comment in chronological order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replies: Option<Vec<Reply>>,
    /// Output only. Whether the comment has been resolved by one of its replies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved: Option<bool>,
}
/// Request for commenting on an approval.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CommentApprovalRequest {
    /// Required. A message to comment on the approval. This message is included in notifications for the action and in the approval activity log.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
/// A list of comments on a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CommentList {
    /// The list of comments. If nextPageToken is populated, then this list may be incomplete and an additional page of results should be fetched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<Comment>>,
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#commentList"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The page token for the next page of comments. This will be absent if the end of the comments list has been reached. If the token is rejected for any reason, it should be discarded, and pagination should be restarted from the first page of results. The page token is typically valid for several hours. However, if new items are added or removed, your expected results might differ.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
}
/// The file content to which the comment refers, typically within the anchor region. For a text file, for example, this would be the text at the location of the comment.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CommentQuotedFileContent {
    /// The MIME type of the quoted content.
    #[serde(rename = "mimeType", default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// The quoted content itself. This is interpreted as plain text if set through the API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
/// A restriction for accessing the content of the file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContentRestriction {
    /// Whether the content restriction can only be modified or removed by a user who owns the file. For files in shared drives, any user with `organizer` capabilities can modify or remove this content restriction.
    #[serde(
        rename = "ownerRestricted",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub owner_restricted: Option<bool>,
    /// Whether the content of the file is read-only. If a file is read-only, a new revision of the file may not be added, comments may not be added or modified, and the title of the file may not be modified.
    #[serde(rename = "readOnly", default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    /// Reason for why the content of the file is restricted. This is only mutable on requests that also set `readOnly=true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Output only. The user who set the content restriction. Only populated if `readOnly=true`.
    #[serde(
        rename = "restrictingUser",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub restricting_user: Option<User>,
    /// The time at which the content restriction was set (formatted RFC 3339 timestamp). Only populated if readOnly is true.
    #[serde(
        rename = "restrictionTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub restriction_time: Option<rt::Timestamp>,
    /// Output only. Whether the content restriction was applied by the system, for example due to an esignature. Users cannot modify or remove system restricted content restrictions.
    #[serde(
        rename = "systemRestricted",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_restricted: Option<bool>,
    /// Output only. The type of the content restriction. Currently the only possible value is `globalContentRestriction`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}
/// Request for declining an approval as a reviewer.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeclineApprovalRequest {
    /// Optional. A message to accompany the reviewer response on the approval. This message is included in notifications for the action and in the approval activity log.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
/// Representation of the CSE DecryptionMetadata.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DecryptionMetadata {
    /// Chunk size used if content was encrypted with the AES 256 GCM Cipher. Possible values are: - default - small
    #[serde(
        rename = "aes256GcmChunkSize",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub aes256_gcm_chunk_size: Option<String>,
    /// The URL-safe Base64 encoded HMAC-SHA256 digest of the resource metadata with its DEK (Data Encryption Key); see <https://developers.google.com/workspace/cse/reference>
    #[serde(
        rename = "encryptionResourceKeyHash",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub encryption_resource_key_hash: Option<String>,
    /// The signed JSON Web Token (JWT) which can be used to authorize the requesting user with the Key ACL Service (KACLS). The JWT asserts that the requesting user has at least read permissions on the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt: Option<String>,
    /// The ID of the KACLS (Key ACL Service) used to encrypt the file.
    #[serde(
        rename = "kaclsId",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub kacls_id: Option<i64>,
    /// The name of the KACLS (Key ACL Service) used to encrypt the file.
    #[serde(rename = "kaclsName", default, skip_serializing_if = "Option::is_none")]
    pub kacls_name: Option<String>,
    /// Key format for the unwrapped key. Must be `tinkAesGcmKey`.
    #[serde(rename = "keyFormat", default, skip_serializing_if = "Option::is_none")]
    pub key_format: Option<String>,
    /// The URL-safe Base64 encoded wrapped key used to encrypt the contents of the file.
    #[serde(
        rename = "wrappedKey",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub wrapped_key: Option<String>,
}
/// A restriction for copy and download of the file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DownloadRestriction {
    /// Whether download and copy is restricted for readers.
    #[serde(
        rename = "restrictedForReaders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub restricted_for_readers: Option<bool>,
    /// Whether download and copy is restricted for writers. If true, download is also restricted for readers.
    #[serde(
        rename = "restrictedForWriters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub restricted_for_writers: Option<bool>,
}
/// Download restrictions applied to the file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DownloadRestrictionsMetadata {
    /// Output only. The effective download restriction applied to this file. This considers all restriction settings and DLP rules.
    #[serde(
        rename = "effectiveDownloadRestrictionWithContext",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub effective_download_restriction_with_context: Option<DownloadRestriction>,
    /// The download restriction of the file applied directly by the owner or organizer. This doesn't take into account shared drive settings or DLP rules.
    #[serde(
        rename = "itemDownloadRestriction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub item_download_restriction: Option<DownloadRestriction>,
}
/// Representation of a shared drive. Some resource methods (such as `drives.update`) require a `driveId`. Use the `drives.list` method to retrieve the ID for a shared drive.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Drive {
    /// An image file and cropping parameters from which a background image for this shared drive is set. This is a write only field; it can only be set on `drive.drives.update` requests that don't set `themeId`. When specified, all fields of the `backgroundImageFile` must be set.
    #[serde(
        rename = "backgroundImageFile",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub background_image_file: Option<DriveBackgroundImageFile>,
    /// Output only. A short-lived link to this shared drive's background image.
    #[serde(
        rename = "backgroundImageLink",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub background_image_link: Option<String>,
    /// Output only. Capabilities the current user has on this shared drive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<DriveCapabilities>,
    /// The color of this shared drive as an RGB hex string. It can only be set on a `drive.drives.update` request that does not set `themeId`.
    #[serde(rename = "colorRgb", default, skip_serializing_if = "Option::is_none")]
    pub color_rgb: Option<String>,
    /// The time at which the shared drive was created (RFC 3339 date-time).
    #[serde(
        rename = "createdTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub created_time: Option<rt::Timestamp>,
    /// Whether the shared drive is hidden from default view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hidden: Option<bool>,
    /// Output only. The ID of this shared drive which is also the ID of the top level folder of this shared drive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Output only. Identifies what kind of resource this is. Value: the fixed string `"drive#drive"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The name of this shared drive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Output only. The organizational unit of this shared drive. This field is only populated on `drives.list` responses when the `useDomainAdminAccess` parameter is set to `true`.
    #[serde(rename = "orgUnitId", default, skip_serializing_if = "Option::is_none")]
    pub org_unit_id: Option<String>,
    /// A set of restrictions that apply to this shared drive or items inside this shared drive. Note that restrictions can't be set when creating a shared drive. To add a restriction, first create a shared drive and then use `drives.update` to add restrictions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restrictions: Option<DriveRestrictions>,
    /// The ID of the theme from which the background image and color will be set. The set of possible `driveThemes` can be retrieved from a `drive.about.get` response. When not specified on a `drive.drives.create` request, a random theme is chosen from which the background image and color are set. This is a write-only field; it can only be set on requests that don't set `colorRgb` or `backgroundImageFile`.
    #[serde(rename = "themeId", default, skip_serializing_if = "Option::is_none")]
    pub theme_id: Option<String>,
}
/// An image file and cropping parameters from which a background image for this shared drive is set. This is a write only field; it can only be set on `drive.drives.update` requests that don't set `themeId`. When specified, all fields of the `backgroundImageFile` must be set.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DriveBackgroundImageFile {
    /// The ID of an image file in Google Drive to use for the background image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The width of the cropped image in the closed range of 0 to 1. This value represents the width of the cropped image divided by the width of the entire image. The height is computed by applying a width to height aspect ratio of 80 to 9. The resulting image must be at least 1280 pixels wide and 144 pixels high.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub width: Option<f32>,
    /// The X coordinate of the upper left corner of the cropping area in the background image. This is a value in the closed range of 0 to 1. This value represents the horizontal distance from the left side of the entire image to the left side of the cropping area divided by the width of the entire image.
    #[serde(
        rename = "xCoordinate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub x_coordinate: Option<f32>,
    /// The Y coordinate of the upper left corner of the cropping area in the background image. This is a value in the closed range of 0 to 1. This value represents the vertical distance from the top side of the entire image to the top side of the cropping area divided by the height of the entire image.
    #[serde(
        rename = "yCoordinate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub y_coordinate: Option<f32>,
}
/// Output only. Capabilities the current user has on this shared drive.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DriveCapabilities {
    /// Output only. Whether the current user can add children to folders in this shared drive.
    #[serde(
        rename = "canAddChildren",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_add_children: Option<bool>,
    /// Output only. Whether the current user can change the `copyRequiresWriterPermission` restriction of this shared drive.
    #[serde(
        rename = "canChangeCopyRequiresWriterPermissionRestriction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_change_copy_requires_writer_permission_restriction: Option<bool>,
    /// Output only. Whether the current user can change the `domainUsersOnly` restriction of this shared drive.
    #[serde(
        rename = "canChangeDomainUsersOnlyRestriction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_change_domain_users_only_restriction: Option<bool>,
    /// Output only. Whether the current user can change organizer-applied download restrictions of this shared drive.
    #[serde(
        rename = "canChangeDownloadRestriction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_change_download_restriction: Option<bool>,
    /// Output only. Whether the current user can change the background of this shared drive.
    #[serde(
        rename = "canChangeDriveBackground",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_change_drive_background: Option<bool>,
    /// Output only. Whether the current user can change the `driveMembersOnly` restriction of this shared drive.
    #[serde(
        rename = "canChangeDriveMembersOnlyRestriction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_change_drive_members_only_restriction: Option<bool>,
    /// Output only. Whether the current user can change the `sharingFoldersRequiresOrganizerPermission` restriction of this shared drive.
    #[serde(
        rename = "canChangeSharingFoldersRequiresOrganizerPermissionRestriction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_change_sharing_folders_requires_organizer_permission_restriction: Option<bool>,
    /// Output only. Whether the current user can comment on files in this shared drive.
    #[serde(
        rename = "canComment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_comment: Option<bool>,
    /// Output only. Whether the current user can copy files in this shared drive.
    #[serde(rename = "canCopy", default, skip_serializing_if = "Option::is_none")]
    pub can_copy: Option<bool>,
    /// Output only. Whether the current user can delete children from folders in this shared drive.
    #[serde(
        rename = "canDeleteChildren",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_delete_children: Option<bool>,
    /// Output only. Whether the current user can delete this shared drive. Attempting to delete the shared drive may still fail if there are untrashed items inside the shared drive.
    #[serde(
        rename = "canDeleteDrive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_delete_drive: Option<bool>,
    /// Output only. Whether the current user can download files in this shared drive.
    #[serde(
        rename = "canDownload",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_download: Option<bool>,
    /// Output only. Whether the current user can edit files in this shared drive
    #[serde(rename = "canEdit", default, skip_serializing_if = "Option::is_none")]
    pub can_edit: Option<bool>,
    /// Output only. Whether the current user can list the children of folders in this shared drive.
    #[serde(
        rename = "canListChildren",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_list_children: Option<bool>,
    /// Output only. Whether the current user can add members to this shared drive or remove them or change their role.
    #[serde(
        rename = "canManageMembers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_manage_members: Option<bool>,
    /// Output only. Whether the current user can read the revisions resource of files in this shared drive.
    #[serde(
        rename = "canReadRevisions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_read_revisions: Option<bool>,
    /// Output only. Whether the current user can rename files or folders in this shared drive.
    #[serde(rename = "canRename", default, skip_serializing_if = "Option::is_none")]
    pub can_rename: Option<bool>,
    /// Output only. Whether the current user can rename this shared drive.
    #[serde(
        rename = "canRenameDrive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_rename_drive: Option<bool>,
    /// Output only. Whether the current user can reset the shared drive restrictions to defaults.
    #[serde(
        rename = "canResetDriveRestrictions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_reset_drive_restrictions: Option<bool>,
    /// Output only. Whether the current user can share files or folders in this shared drive.
    #[serde(rename = "canShare", default, skip_serializing_if = "Option::is_none")]
    pub can_share: Option<bool>,
    /// Output only. Whether the current user can trash children from folders in this shared drive.
    #[serde(
        rename = "canTrashChildren",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_trash_children: Option<bool>,
}
/// A list of shared drives.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DriveList {
    /// The list of shared drives. If nextPageToken is populated, then this list may be incomplete and an additional page of results should be fetched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drives: Option<Vec<Drive>>,
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#driveList"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The page token for the next page of shared drives. This will be absent if the end of the list has been reached. If the token is rejected for any reason, it should be discarded, and pagination should be restarted from the first page of results. The page token is typically valid for several hours. However, if new items are added or removed, your expected results might differ.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
}
/// A set of restrictions that apply to this shared drive or items inside this shared drive. Note that restrictions can't be set when creating a shared drive. To add a restriction, first create a shared drive and then use `drives.update` to add restrictions.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DriveRestrictions {
    /// Whether administrative privileges on this shared drive are required to modify restrictions.
    #[serde(
        rename = "adminManagedRestrictions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub admin_managed_restrictions: Option<bool>,
    /// Whether the options to copy, print, or download files inside this shared drive, should be disabled for readers and commenters. When this restriction is set to `true`, it will override the similarly named field to `true` for any file inside this shared drive.
    #[serde(
        rename = "copyRequiresWriterPermission",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub copy_requires_writer_permission: Option<bool>,
    /// Whether access to this shared drive and items inside this shared drive is restricted to users of the domain to which this shared drive belongs. This restriction may be overridden by other sharing policies controlled outside of this shared drive.
    #[serde(
        rename = "domainUsersOnly",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub domain_users_only: Option<bool>,
    /// Download restrictions applied by shared drive managers.
    #[serde(
        rename = "downloadRestriction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub download_restriction: Option<DownloadRestriction>,
    /// Whether access to items inside this shared drive is restricted to its members.
    #[serde(
        rename = "driveMembersOnly",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub drive_members_only: Option<bool>,
    /// If true, only users with the organizer role can share folders. If false, users with either the organizer role or the file organizer role can share folders.
    #[serde(
        rename = "sharingFoldersRequiresOrganizerPermission",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sharing_folders_requires_organizer_permission: Option<bool>,
}
/// The metadata for a file. Some resource methods (such as `files.update`) require a `fileId`. Use the `files.list` method to retrieve the ID for a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct File {
    /// A collection of arbitrary key-value pairs which are private to the requesting app.
    /// Entries with null values are cleared in update and copy requests. These properties can only be retrieved using an authenticated request. An authenticated request uses an access token obtained with a OAuth 2 client ID. You cannot use an API key to retrieve private properties.
    #[serde(
        rename = "appProperties",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub app_properties: Option<BTreeMap<String, String>>,
    /// Output only. Capabilities the current user has on this file. Each capability corresponds to a fine-grained action that a user may take. For more information, see \[Understand file capabilities\](<https://developers.google.com/workspace/drive/api/guides/manage-sharing#capabilities>).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<FileCapabilities>,
    /// Client Side Encryption related details. Contains details about the encryption state of the file and details regarding the encryption mechanism that clients need to use when decrypting the contents of this item. This will only be present on files and not on folders or shortcuts.
    #[serde(
        rename = "clientEncryptionDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_encryption_details: Option<ClientEncryptionDetails>,
    /// Additional information about the content of the file. These fields are never populated in responses.
    #[serde(
        rename = "contentHints",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub content_hints: Option<FileContentHints>,
    /// Restrictions for accessing the content of the file. Only populated if such a restriction exists.
    #[serde(
        rename = "contentRestrictions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub content_restrictions: Option<Vec<ContentRestriction>>,
    /// Whether the options to copy, print, or download this file should be disabled for readers and commenters.
    #[serde(
        rename = "copyRequiresWriterPermission",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub copy_requires_writer_permission: Option<bool>,
    /// The time at which the file was created (RFC 3339 date-time).
    #[serde(
        rename = "createdTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub created_time: Option<rt::Timestamp>,
    /// A short description of the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Download restrictions applied on the file.
    #[serde(
        rename = "downloadRestrictions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub download_restrictions: Option<DownloadRestrictionsMetadata>,
    /// Output only. ID of the shared drive the file resides in. Only populated for items in shared drives.
    #[serde(rename = "driveId", default, skip_serializing_if = "Option::is_none")]
    pub drive_id: Option<String>,
    /// Output only. Whether the file has been explicitly trashed, as opposed to recursively trashed from a parent folder.
    #[serde(
        rename = "explicitlyTrashed",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub explicitly_trashed: Option<bool>,
    /// Output only. Links for exporting Docs Editors files to specific formats.
    ///
    /// Output only: set by the server.
    #[serde(
        rename = "exportLinks",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub export_links: Option<BTreeMap<String, String>>,
    /// Output only. The final component of `fullFileExtension`. This is only available for files with binary content in Google Drive.
    #[serde(
        rename = "fileExtension",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub file_extension: Option<String>,
    /// The color for a folder or a shortcut to a folder as an RGB hex string. The supported colors are published in the `folderColorPalette` field of the \[`about`\](/workspace/drive/api/reference/rest/v3/about) resource. If an unsupported color is specified, the closest color in the palette is used instead.
    #[serde(
        rename = "folderColorRgb",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub folder_color_rgb: Option<String>,
    /// Output only. The full file extension extracted from the `name` field. May contain multiple concatenated extensions, such as "tar.gz". This is only available for files with binary content in Google Drive. This is automatically updated when the `name` field changes, however it's not cleared if the new name doesn't contain a valid extension.
    #[serde(
        rename = "fullFileExtension",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub full_file_extension: Option<String>,
    /// Output only. Whether there are permissions directly on this file. This field is only populated for items in shared drives.
    #[serde(
        rename = "hasAugmentedPermissions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub has_augmented_permissions: Option<bool>,
    /// Output only. Whether this file has a thumbnail. This doesn't indicate whether the requesting app has access to the thumbnail. To check access, look for the presence of the thumbnailLink field.
    #[serde(
        rename = "hasThumbnail",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub has_thumbnail: Option<bool>,
    /// Output only. The ID of the file's head revision. This is currently only available for files with binary content in Google Drive.
    #[serde(
        rename = "headRevisionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub head_revision_id: Option<String>,
    /// Output only. A static, unauthenticated link to the file's icon.
    #[serde(rename = "iconLink", default, skip_serializing_if = "Option::is_none")]
    pub icon_link: Option<String>,
    /// The ID of the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Output only. Additional metadata about image media, if available.
    #[serde(
        rename = "imageMediaMetadata",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub image_media_metadata: Option<FileImageMediaMetadata>,
    /// Whether this file has inherited permissions disabled. Inherited permissions are enabled by default.
    #[serde(
        rename = "inheritedPermissionsDisabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub inherited_permissions_disabled: Option<bool>,
    /// Output only. Whether the file was created or opened by the requesting app.
    #[serde(
        rename = "isAppAuthorized",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_app_authorized: Option<bool>,
    /// Output only. Identifies what kind of resource this is. Value: the fixed string `"drive#file"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Label information on the file.
    #[serde(rename = "labelInfo", default, skip_serializing_if = "Option::is_none")]
    pub label_info: Option<FileLabelInfo>,
    /// Output only. The last user to modify the file. This field is only populated when the last modification was performed by a signed-in user.
    #[serde(
        rename = "lastModifyingUser",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_modifying_user: Option<User>,
    /// Contains details about the link URLs that clients are using to refer to this item.
    #[serde(
        rename = "linkShareMetadata",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub link_share_metadata: Option<FileLinkShareMetadata>,
    /// Output only. The MD5 checksum for the content of the file. This is only applicable to files with binary content in Google Drive.
    #[serde(
        rename = "md5Checksum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub md5_checksum: Option<String>,
    /// The MIME type of the file. Google Drive attempts to automatically detect an appropriate value from uploaded content, if no value is provided. The value cannot be changed unless a new revision is uploaded. If a file is created with a Google Doc MIME type, the uploaded content is imported, if possible. The supported import formats are published in the \[`about`\](/workspace/drive/api/reference/rest/v3/about) resource.
    #[serde(rename = "mimeType", default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// Output only. Whether the file has been modified by this user.
    #[serde(
        rename = "modifiedByMe",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub modified_by_me: Option<bool>,
    /// The last time the file was modified by the user (RFC 3339 date-time).
    #[serde(
        rename = "modifiedByMeTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub modified_by_me_time: Option<rt::Timestamp>,
    /// he last time the file was modified by anyone (RFC 3339 date-time). Note that setting modifiedTime will also update modifiedByMeTime for the user.
    #[serde(
        rename = "modifiedTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub modified_time: Option<rt::Timestamp>,
    /// The name of the file. This isn't necessarily unique within a folder. Note that for immutable items such as the top-level folders of shared drives, the My Drive root folder, and the Application Data folder, the name is constant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The original filename of the uploaded content if available, or else the original value of the `name` field. This is only available for files with binary content in Google Drive.
    #[serde(
        rename = "originalFilename",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub original_filename: Option<String>,
    /// Output only. Whether the user owns the file. Not populated for items in shared drives.
    #[serde(rename = "ownedByMe", default, skip_serializing_if = "Option::is_none")]
    pub owned_by_me: Option<bool>,
    /// Output only. The owner of this file. Only certain legacy files may have more than one owner. This field isn't populated for items in shared drives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owners: Option<Vec<User>>,
    /// The ID of the parent folder containing the file. A file can only have one parent folder; specifying multiple parents isn't supported. If not specified as part of a create request, the file is placed directly in the user's My Drive folder. If not specified as part of a copy request, the file inherits any discoverable parent of the source file. Update requests must use the `addParents` and `removeParents` parameters to modify the parents list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parents: Option<Vec<String>>,
    /// Output only. List of permission IDs for users with access to this file.
    #[serde(
        rename = "permissionIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub permission_ids: Option<Vec<String>>,
    /// Output only. The full list of permissions for the file. This is only available if the requesting user can share the file. Not populated for items in shared drives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<Permission>>,
    /// A collection of arbitrary key-value pairs which are visible to all apps.
    /// Entries with null values are cleared in update and copy requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<BTreeMap<String, String>>,
    /// Output only. The number of storage quota bytes used by the file. This includes the head revision as well as previous revisions with `keepForever` enabled.
    #[serde(
        rename = "quotaBytesUsed",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub quota_bytes_used: Option<i64>,
    /// Output only. A key needed to access the item via a shared link.
    #[serde(
        rename = "resourceKey",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_key: Option<String>,
    /// Output only. The SHA1 checksum associated with this file, if available. This field is only populated for files with content stored in Google Drive; it's not populated for Docs Editors or shortcut files.
    #[serde(
        rename = "sha1Checksum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sha1_checksum: Option<String>,
    /// Output only. The SHA256 checksum associated with this file, if available. This field is only populated for files with content stored in Google Drive; it's not populated for Docs Editors or shortcut files.
    #[serde(
        rename = "sha256Checksum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sha256_checksum: Option<String>,
    /// Output only. Whether the file has been shared. Not populated for items in shared drives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared: Option<bool>,
    /// The time at which the file was shared with the user, if applicable (RFC 3339 date-time).
    #[serde(
        rename = "sharedWithMeTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub shared_with_me_time: Option<rt::Timestamp>,
    /// Output only. The user who shared the file with the requesting user, if applicable.
    #[serde(
        rename = "sharingUser",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sharing_user: Option<User>,
    /// Information about a shortcut file.
    #[serde(
        rename = "shortcutDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub shortcut_details: Option<FileShortcutDetails>,
    /// Output only. Size in bytes of blobs and Google Workspace editor files. Won't be populated for files that have no size, like shortcuts and folders.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub size: Option<i64>,
    /// Output only. The list of spaces which contain the file. The currently supported values are `drive`, `appDataFolder`, and `photos`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spaces: Option<Vec<String>>,
    /// Whether the user has starred the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starred: Option<bool>,
    /// Deprecated: Output only. Use `driveId` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(
        rename = "teamDriveId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub team_drive_id: Option<String>,
    /// Output only. A short-lived link to the file's thumbnail, if available. Typically lasts on the order of hours. Not intended for direct usage on web applications due to \[Cross-Origin Resource Sharing (CORS)\](<https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS>) policies. Consider using a proxy server. Only populated when the requesting app can access the file's content. If the file isn't shared publicly, the URL returned in `files.thumbnailLink` must be fetched using a credentialed request.
    #[serde(
        rename = "thumbnailLink",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub thumbnail_link: Option<String>,
    /// Output only. The thumbnail version for use in thumbnail cache invalidation.
    #[serde(
        rename = "thumbnailVersion",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub thumbnail_version: Option<i64>,
    /// Whether the file has been trashed, either explicitly or from a trashed parent folder. Only the owner may trash a file, but other users can still access the file in the owner's trash until it's permanently deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trashed: Option<bool>,
    /// The time that the item was trashed (RFC 3339 date-time). Only populated for items in shared drives.
    #[serde(
        rename = "trashedTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub trashed_time: Option<rt::Timestamp>,
    /// Output only. If the file has been explicitly trashed, the user who trashed it. Only populated for items in shared drives.
    #[serde(
        rename = "trashingUser",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub trashing_user: Option<User>,
    /// Output only. A monotonically increasing version number for the file. This reflects every change made to the file on the server, even those not visible to the user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub version: Option<i64>,
    /// Output only. Additional metadata about video media. This may not be available immediately upon upload.
    #[serde(
        rename = "videoMediaMetadata",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub video_media_metadata: Option<FileVideoMediaMetadata>,
    /// Output only. Whether the file has been viewed by this user.
    #[serde(
        rename = "viewedByMe",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub viewed_by_me: Option<bool>,
    /// The last time the file was viewed by the user (RFC 3339 date-time).
    #[serde(
        rename = "viewedByMeTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub viewed_by_me_time: Option<rt::Timestamp>,
    /// Deprecated: Use `copyRequiresWriterPermission` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(
        rename = "viewersCanCopyContent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub viewers_can_copy_content: Option<bool>,
    /// Output only. A link for downloading the content of the file in a browser. This is only available for files with binary content in Google Drive.
    #[serde(
        rename = "webContentLink",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub web_content_link: Option<String>,
    /// Output only. A link for opening the file in a relevant Google editor or viewer in a browser.
    #[serde(
        rename = "webViewLink",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub web_view_link: Option<String>,
    /// Whether users with only `writer` permission can modify the file's permissions. Not populated for items in shared drives.
    #[serde(
        rename = "writersCanShare",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub writers_can_share: Option<bool>,
}
/// Output only. Capabilities the current user has on this file. Each capability corresponds to a fine-grained action that a user may take. For more information, see \[Understand file capabilities\](<https://developers.google.com/workspace/drive/api/guides/manage-sharing#capabilities>).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FileCapabilities {
    /// Output only. Whether the current user is the pending owner of the file. Not populated for shared drive files.
    #[serde(
        rename = "canAcceptOwnership",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_accept_ownership: Option<bool>,
    /// Whether the current user can access this file via Gen AI features. For more information, see \[Drive MCP file eligibility\](<https://developers.google.com/workspace/drive/api/guides/drive-mcp-server-file-eligibility>).
    #[serde(
        rename = "canAccessViaGenAi",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_access_via_gen_ai: Option<bool>,
    /// Output only. Whether the current user can add children to this folder. This is always `false` when the item isn't a folder.
    #[serde(
        rename = "canAddChildren",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_add_children: Option<bool>,
    /// Output only. Whether the current user can add a folder from another drive (different shared drive or My Drive) to this folder. This is `false` when the item isn't a folder. Only populated for items in shared drives.
    #[serde(
        rename = "canAddFolderFromAnotherDrive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_add_folder_from_another_drive: Option<bool>,
    /// Output only. Whether the current user can add a parent for the item without removing an existing parent in the same request. Not populated for shared drive files.
    #[serde(
        rename = "canAddMyDriveParent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_add_my_drive_parent: Option<bool>,
    /// Output only. Whether the current user can change the `copyRequiresWriterPermission` restriction of this file.
    #[serde(
        rename = "canChangeCopyRequiresWriterPermission",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_change_copy_requires_writer_permission: Option<bool>,
    /// Output only. Whether the current user can change the owner or organizer-applied download restrictions of the file.
    #[serde(
        rename = "canChangeItemDownloadRestriction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_change_item_download_restriction: Option<bool>,
    /// Output only. Whether the current user can change the `securityUpdateEnabled` field on link share metadata.
    #[serde(
        rename = "canChangeSecurityUpdateEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_change_security_update_enabled: Option<bool>,
    /// Deprecated: Output only.
    ///
    /// **Deprecated** by the API.
    #[serde(
        rename = "canChangeViewersCanCopyContent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_change_viewers_can_copy_content: Option<bool>,
    /// Output only. Whether the current user can comment on this file.
    #[serde(
        rename = "canComment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_comment: Option<bool>,
    /// Output only. Whether the current user can copy this file. For an item in a shared drive, whether the current user can copy non-folder descendants of this item, or this item if it's not a folder.
    #[serde(rename = "canCopy", default, skip_serializing_if = "Option::is_none")]
    pub can_copy: Option<bool>,
    /// Output only. Whether the current user can delete this file.
    #[serde(rename = "canDelete", default, skip_serializing_if = "Option::is_none")]
    pub can_delete: Option<bool>,
    /// Output only. Whether the current user can delete children of this folder. This is `false` when the item isn't a folder. Only populated for items in shared drives.
    #[serde(
        rename = "canDeleteChildren",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_delete_children: Option<bool>,
    /// Whether a user can disable inherited permissions.
    #[serde(
        rename = "canDisableInheritedPermissions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_disable_inherited_permissions: Option<bool>,
    /// Output only. Whether the current user can download this file.
    #[serde(
        rename = "canDownload",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_download: Option<bool>,
    /// Output only. Whether the current user can edit this file. Other factors may limit the type of changes a user can make to a file. For example, see `canChangeCopyRequiresWriterPermission` or `canModifyContent`.
    #[serde(rename = "canEdit", default, skip_serializing_if = "Option::is_none")]
    pub can_edit: Option<bool>,
    /// Whether a user can re-enable inherited permissions.
    #[serde(
        rename = "canEnableInheritedPermissions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_enable_inherited_permissions: Option<bool>,
    /// Output only. Whether the current user can list the children of this folder. This is always `false` when the item isn't a folder.
    #[serde(
        rename = "canListChildren",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_list_children: Option<bool>,
    /// Output only. Whether the current user can modify the content of this file.
    #[serde(
        rename = "canModifyContent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_modify_content: Option<bool>,
    /// Deprecated: Output only. Use one of `canModifyEditorContentRestriction`, `canModifyOwnerContentRestriction`, or `canRemoveContentRestriction`.
    ///
    /// **Deprecated** by the API.
    #[serde(
        rename = "canModifyContentRestriction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_modify_content_restriction: Option<bool>,
    /// Output only. Whether the current user can add or modify content restrictions on the file which are editor restricted.
    #[serde(
        rename = "canModifyEditorContentRestriction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_modify_editor_content_restriction: Option<bool>,
    /// Output only. Whether the current user can modify the labels on the file.
    #[serde(
        rename = "canModifyLabels",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_modify_labels: Option<bool>,
    /// Output only. Whether the current user can add or modify content restrictions which are owner restricted.
    #[serde(
        rename = "canModifyOwnerContentRestriction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_modify_owner_content_restriction: Option<bool>,
    /// Output only. Whether the current user can move children of this folder outside of the shared drive. This is `false` when the item isn't a folder. Only populated for items in shared drives.
    #[serde(
        rename = "canMoveChildrenOutOfDrive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_move_children_out_of_drive: Option<bool>,
    /// Deprecated: Output only. Use `canMoveChildrenOutOfDrive` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(
        rename = "canMoveChildrenOutOfTeamDrive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_move_children_out_of_team_drive: Option<bool>,
    /// Output only. Whether the current user can move children of this folder within this drive. This is `false` when the item isn't a folder. Note that a request to move the child may still fail depending on the current user's access to the child and to the destination folder.
    #[serde(
        rename = "canMoveChildrenWithinDrive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_move_children_within_drive: Option<bool>,
    /// Deprecated: Output only. Use `canMoveChildrenWithinDrive` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(
        rename = "canMoveChildrenWithinTeamDrive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_move_children_within_team_drive: Option<bool>,
    /// Deprecated: Output only. Use `canMoveItemOutOfDrive` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(
        rename = "canMoveItemIntoTeamDrive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_move_item_into_team_drive: Option<bool>,
    /// Output only. Whether the current user can move this item outside of this drive by changing its parent. Note that a request to change the parent of the item may still fail depending on the new parent that's being added.
    #[serde(
        rename = "canMoveItemOutOfDrive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_move_item_out_of_drive: Option<bool>,
    /// Deprecated: Output only. Use `canMoveItemOutOfDrive` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(
        rename = "canMoveItemOutOfTeamDrive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_move_item_out_of_team_drive: Option<bool>,
    /// Output only. Whether the current user can move this item within this drive. Note that a request to change the parent of the item may still fail depending on the new parent that's being added and the parent that is being removed.
    #[serde(
        rename = "canMoveItemWithinDrive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_move_item_within_drive: Option<bool>,
    /// Deprecated: Output only. Use `canMoveItemWithinDrive` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(
        rename = "canMoveItemWithinTeamDrive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_move_item_within_team_drive: Option<bool>,
    /// Deprecated: Output only. Use `canMoveItemWithinDrive` or `canMoveItemOutOfDrive` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(
        rename = "canMoveTeamDriveItem",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_move_team_drive_item: Option<bool>,
    /// Output only. Whether the current user can read the shared drive to which this file belongs. Only populated for items in shared drives.
    #[serde(
        rename = "canReadDrive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_read_drive: Option<bool>,
    /// Output only. Whether the current user can read the labels on the file.
    #[serde(
        rename = "canReadLabels",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_read_labels: Option<bool>,
    /// Output only. Whether the current user can read the revisions resource of this file. For a shared drive item, whether revisions of non-folder descendants of this item, or this item if it's not a folder, can be read.
    #[serde(
        rename = "canReadRevisions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_read_revisions: Option<bool>,
    /// Deprecated: Output only. Use `canReadDrive` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(
        rename = "canReadTeamDrive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_read_team_drive: Option<bool>,
    /// Output only. Whether the current user can remove children from this folder. This is always `false` when the item isn't a folder. For a folder in a shared drive, use `canDeleteChildren` or `canTrashChildren` instead.
    #[serde(
        rename = "canRemoveChildren",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_remove_children: Option<bool>,
    /// Output only. Whether there's a content restriction on the file that can be removed by the current user.
    #[serde(
        rename = "canRemoveContentRestriction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_remove_content_restriction: Option<bool>,
    /// Output only. Whether the current user can remove a parent from the item without adding another parent in the same request. Not populated for shared drive files.
    #[serde(
        rename = "canRemoveMyDriveParent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_remove_my_drive_parent: Option<bool>,
    /// Output only. Whether the current user can rename this file.
    #[serde(rename = "canRename", default, skip_serializing_if = "Option::is_none")]
    pub can_rename: Option<bool>,
    /// Output only. Whether the current user can modify the sharing settings for this file.
    #[serde(rename = "canShare", default, skip_serializing_if = "Option::is_none")]
    pub can_share: Option<bool>,
    /// Whether the current user can start an approval on the file.
    #[serde(
        rename = "canStartApproval",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_start_approval: Option<bool>,
    /// Output only. Whether the current user can move this file to trash.
    #[serde(rename = "canTrash", default, skip_serializing_if = "Option::is_none")]
    pub can_trash: Option<bool>,
    /// Output only. Whether the current user can trash children of this folder. This is `false` when the item isn't a folder. Only populated for items in shared drives.
    #[serde(
        rename = "canTrashChildren",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_trash_children: Option<bool>,
    /// Output only. Whether the current user can restore this file from trash.
    #[serde(
        rename = "canUntrash",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_untrash: Option<bool>,
}
/// Additional information about the content of the file. These fields are never populated in responses.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FileContentHints {
    /// Text to be indexed for the file to improve fullText queries. This is limited to 128 KB in length and may contain HTML elements.
    #[serde(
        rename = "indexableText",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub indexable_text: Option<String>,
    /// A thumbnail for the file. This will only be used if Google Drive cannot generate a standard thumbnail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<FileContentHintsThumbnail>,
}
/// A thumbnail for the file. This will only be used if Google Drive cannot generate a standard thumbnail.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FileContentHintsThumbnail {
    /// The thumbnail data encoded with URL-safe Base64 (\[RFC 4648 section 5\](<https://datatracker.ietf.org/doc/html/rfc4648#section-5>)).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Base64>>"
    )]
    pub image: Option<Vec<u8>>,
    /// The MIME type of the thumbnail.
    #[serde(rename = "mimeType", default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
}
/// Output only. Additional metadata about image media, if available.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FileImageMediaMetadata {
    /// Output only. The aperture used to create the photo (f-number).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub aperture: Option<f32>,
    /// Output only. The make of the camera used to create the photo.
    #[serde(
        rename = "cameraMake",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub camera_make: Option<String>,
    /// Output only. The model of the camera used to create the photo.
    #[serde(
        rename = "cameraModel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub camera_model: Option<String>,
    /// Output only. The color space of the photo.
    #[serde(
        rename = "colorSpace",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub color_space: Option<String>,
    /// Output only. The exposure bias of the photo (APEX value).
    #[serde(
        rename = "exposureBias",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub exposure_bias: Option<f32>,
    /// Output only. The exposure mode used to create the photo.
    #[serde(
        rename = "exposureMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub exposure_mode: Option<String>,
    /// Output only. The length of the exposure, in seconds.
    #[serde(
        rename = "exposureTime",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub exposure_time: Option<f32>,
    /// Output only. Whether a flash was used to create the photo.
    #[serde(rename = "flashUsed", default, skip_serializing_if = "Option::is_none")]
    pub flash_used: Option<bool>,
    /// Output only. The focal length used to create the photo, in millimeters.
    #[serde(
        rename = "focalLength",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub focal_length: Option<f32>,
    /// Output only. The height of the image in pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<i32>,
    /// Output only. The ISO speed used to create the photo.
    #[serde(rename = "isoSpeed", default, skip_serializing_if = "Option::is_none")]
    pub iso_speed: Option<i32>,
    /// Output only. The lens used to create the photo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lens: Option<String>,
    /// Output only. Geographic location information stored in the image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<FileImageMediaMetadataLocation>,
    /// Output only. The smallest f-number of the lens at the focal length used to create the photo (APEX value).
    #[serde(
        rename = "maxApertureValue",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub max_aperture_value: Option<f32>,
    /// Output only. The metering mode used to create the photo.
    #[serde(
        rename = "meteringMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub metering_mode: Option<String>,
    /// Output only. The number of clockwise 90 degree rotations applied from the image's original orientation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation: Option<i32>,
    /// Output only. The type of sensor used to create the photo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sensor: Option<String>,
    /// Output only. The distance to the subject of the photo, in meters.
    #[serde(
        rename = "subjectDistance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub subject_distance: Option<i32>,
    /// Output only. The date and time the photo was taken (EXIF DateTime).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// Output only. The white balance mode used to create the photo.
    #[serde(
        rename = "whiteBalance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub white_balance: Option<String>,
    /// Output only. The width of the image in pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<i32>,
}
/// Output only. Geographic location information stored in the image.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FileImageMediaMetadataLocation {
    /// Output only. The altitude stored in the image.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float64>>"
    )]
    pub altitude: Option<f64>,
    /// Output only. The latitude stored in the image.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float64>>"
    )]
    pub latitude: Option<f64>,
    /// Output only. The longitude stored in the image.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float64>>"
    )]
    pub longitude: Option<f64>,
}
/// Label information on the file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FileLabelInfo {
    /// Output only. The set of labels on the file as requested by the label IDs in the `includeLabels` parameter. By default, no labels are returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<Label>>,
}
/// Contains details about the link URLs that clients are using to refer to this item.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FileLinkShareMetadata {
    /// Output only. Whether the file is eligible for security update.
    #[serde(
        rename = "securityUpdateEligible",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_update_eligible: Option<bool>,
    /// Output only. Whether the security update is enabled for this file.
    #[serde(
        rename = "securityUpdateEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_update_enabled: Option<bool>,
}
/// A list of files.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FileList {
    /// The list of files. If `nextPageToken` is populated, then this list may be incomplete and an additional page of results should be fetched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<Vec<File>>,
    /// Whether the search process was incomplete. If true, then some search results might be missing, since all documents were not searched. This can occur when searching multiple drives with the `allDrives` corpora, but all corpora couldn't be searched. When this happens, it's suggested that clients narrow their query by choosing a different corpus such as `user` or `drive`.
    #[serde(
        rename = "incompleteSearch",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub incomplete_search: Option<bool>,
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#fileList"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The page token for the next page of files. This will be absent if the end of the files list has been reached. If the token is rejected for any reason, it should be discarded, and pagination should be restarted from the first page of results. The page token is typically valid for several hours. However, if new items are added or removed, your expected results might differ.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
}
/// Information about a shortcut file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FileShortcutDetails {
    /// The ID of the file that this shortcut points to. Can only be set on `files.create` requests.
    #[serde(rename = "targetId", default, skip_serializing_if = "Option::is_none")]
    pub target_id: Option<String>,
    /// Output only. The MIME type of the file that this shortcut points to. The value of this field is a snapshot of the target's MIME type, captured when the shortcut is created.
    #[serde(
        rename = "targetMimeType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_mime_type: Option<String>,
    /// Output only. The `resourceKey` for the target file.
    #[serde(
        rename = "targetResourceKey",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_resource_key: Option<String>,
}
/// Output only. Additional metadata about video media. This may not be available immediately upon upload.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FileVideoMediaMetadata {
    /// Output only. The duration of the video in milliseconds.
    #[serde(
        rename = "durationMillis",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub duration_millis: Option<i64>,
    /// Output only. The height of the video in pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<i32>,
    /// Output only. The width of the video in pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<i32>,
}
/// Deprecated: The source of files to list. Use `corpora` instead.
///
/// **Deprecated** by the API.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
        match value.as_str() {
            "domain" => Self::Domain,
            "user" => Self::User,
            _ => Self::UnknownValue(value),
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
pub struct GenerateCseTokenResponse {
    /// The current Key ACL Service (KACLS) ID associated with the JWT.
    #[serde(
        rename = "currentKaclsId",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub current_kacls_id: Option<i64>,
    /// Name of the KACLs that the returned KACLs ID points to.
    #[serde(
        rename = "currentKaclsName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub current_kacls_name: Option<String>,
    /// The fileId for which the JWT was generated.
    #[serde(rename = "fileId", default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// The signed JSON Web Token (JWT) for the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt: Option<String>,
    /// Output only. Identifies what kind of resource this is. Value: the fixed string `"drive#generateCseTokenResponse"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}
/// A list of generated file IDs which can be provided in create requests.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GeneratedIds {
    /// The IDs generated for the requesting user in the specified space.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ids: Option<Vec<String>>,
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#generatedIds"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The type of file that can be created with these IDs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub space: Option<String>,
}
/// Representation of label and label fields.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Label {
    /// A map of the fields on the label, keyed by the field's ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<BTreeMap<String, LabelField>>,
    /// The ID of the label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// This is always drive#label
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The revision ID of the label.
    #[serde(
        rename = "revisionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub revision_id: Option<String>,
}
/// Representation of field, which is a typed key-value pair.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LabelField {
    /// Only present if valueType is dateString. RFC 3339 formatted date: YYYY-MM-DD.
    #[serde(
        rename = "dateString",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub date_string: Option<Vec<rt::Date>>,
    /// The identifier of this label field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Only present if `valueType` is `integer`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<Vec<rt::internal::serde::Int64>>>"
    )]
    pub integer: Option<Vec<i64>>,
    /// This is always drive#labelField.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Only present if `valueType` is `selection`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selection: Option<Vec<String>>,
    /// Only present if `valueType` is `text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Vec<String>>,
    /// Only present if `valueType` is `user`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<Vec<User>>,
    /// The field type. While new values may be supported in the future, the following are currently allowed: * `dateString` * `integer` * `selection` * `text` * `user`
    #[serde(rename = "valueType", default, skip_serializing_if = "Option::is_none")]
    pub value_type: Option<String>,
}
/// A modification to a label's field.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LabelFieldModification {
    /// The ID of the field to be modified.
    #[serde(rename = "fieldId", default, skip_serializing_if = "Option::is_none")]
    pub field_id: Option<String>,
    /// This is always `"drive#labelFieldModification"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Replaces the value of a dateString Field with these new values. The string must be in the RFC 3339 full-date format: YYYY-MM-DD.
    #[serde(
        rename = "setDateValues",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub set_date_values: Option<Vec<rt::Date>>,
    /// Replaces the value of an `integer` field with these new values.
    #[serde(
        rename = "setIntegerValues",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<Vec<rt::internal::serde::Int64>>>"
    )]
    pub set_integer_values: Option<Vec<i64>>,
    /// Replaces a `selection` field with these new values.
    #[serde(
        rename = "setSelectionValues",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub set_selection_values: Option<Vec<String>>,
    /// Sets the value of a `text` field.
    #[serde(
        rename = "setTextValues",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub set_text_values: Option<Vec<String>>,
    /// Replaces a `user` field with these new values. The values must be a valid email addresses.
    #[serde(
        rename = "setUserValues",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub set_user_values: Option<Vec<String>>,
    /// Unsets the values for this field.
    #[serde(
        rename = "unsetValues",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub unset_values: Option<bool>,
}
/// A list of labels applied to a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LabelList {
    /// This is always `"drive#labelList"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The list of labels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<Label>>,
    /// The page token for the next page of labels. This field will be absent if the end of the list has been reached. If the token is rejected for any reason, it should be discarded, and pagination should be restarted from the first page of results. The page token is typically valid for several hours. However, if new items are added or removed, your expected results might differ.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
}
/// A modification to a label on a file. A `LabelModification` can be used to apply a label to a file, update an existing label on a file, or remove a label from a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LabelModification {
    /// The list of modifications to this label's fields.
    #[serde(
        rename = "fieldModifications",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub field_modifications: Option<Vec<LabelFieldModification>>,
    /// This is always `"drive#labelModification"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The ID of the label to modify.
    ///
    /// Required by `drive.files.modifyLabels`.
    #[serde(rename = "labelId", default, skip_serializing_if = "Option::is_none")]
    pub label_id: Option<String>,
    /// If true, the label will be removed from the file.
    #[serde(
        rename = "removeLabel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remove_label: Option<bool>,
}
/// The response to an access proposal list request.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListAccessProposalsResponse {
    /// The list of access proposals. This field is only populated in Drive API v3.
    #[serde(
        rename = "accessProposals",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_proposals: Option<Vec<AccessProposal>>,
    /// The continuation token for the next page of results. This will be absent if the end of the results list has been reached. If the token is rejected for any reason, it should be discarded, and pagination should be restarted from the first page of results.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
}
/// A request to modify the set of labels on a file. This request may contain many modifications that will either all succeed or all fail atomically.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ModifyLabelsRequest {
    /// This is always `"drive#modifyLabelsRequest"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The list of modifications to apply to the labels on the file.
    #[serde(
        rename = "labelModifications",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub label_modifications: Option<Vec<LabelModification>>,
}
/// Response to a `ModifyLabels` request. This contains only those labels which were added or updated by the request.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ModifyLabelsResponse {
    /// This is always `"drive#modifyLabelsResponse"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The list of labels which were added or updated by the request.
    #[serde(
        rename = "modifiedLabels",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub modified_labels: Option<Vec<Label>>,
}
/// This resource represents a long-running operation that is the result of a network API call.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Operation {
    /// If the value is `false`, it means the operation is still in progress. If `true`, the operation is completed, and either `error` or `response` is available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<bool>,
    /// The error result of the operation in case of failure or cancellation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<Status>,
    /// Service-specific metadata associated with the operation. It typically contains progress information and common metadata such as create time. Some services might not provide such metadata. Any method that returns a long-running operation should document the metadata type, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, serde_json::Value>>,
    /// The server-assigned name, which is only unique within the same service that originally returns it. If you use the default HTTP mapping, the `name` should be a resource name ending with `operations/{unique_id}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The normal, successful response of the operation. If the original method returns no data on success, such as `Delete`, the response is `google.protobuf.Empty`. If the original method is standard `Get`/`Create`/`Update`, the response should be the resource. For other methods, the response should have the type `XxxResponse`, where `Xxx` is the original method name. For example, if the original method name is `TakeSnapshot()`, the inferred response type is `TakeSnapshotResponse`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<BTreeMap<String, serde_json::Value>>,
}
/// A permission for a file. A permission grants a user, group, domain, or the world access to a file or a folder hierarchy. For more information, see \[Share files, folders, and drives\](<https://developers.google.com/workspace/drive/api/guides/manage-sharing>). By default, permission requests only return a subset of fields. Permission `kind`, `ID`, `type`, and `role` are always returned. To retrieve specific fields, see \[Return specific fields\](<https://developers.google.com/workspace/drive/api/guides/fields-parameter>). Some resource methods (such as `permissions.update`) require a `permissionId`. Use the `permissions.list` method to retrieve the ID for a file, folder, or shared drive.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Permission {
    /// Whether the permission allows the file to be discovered through search. This is only applicable for permissions of type `domain` or `anyone`.
    #[serde(
        rename = "allowFileDiscovery",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub allow_file_discovery: Option<bool>,
    /// Output only. Whether the account associated with this permission has been deleted. This field only pertains to permissions of type `user` or `group`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// Output only. The "pretty" name of the value of the permission. The following is a list of examples for each type of permission: * `user` - User's full name, as defined for their Google Account, such as "Dana A." * `group` - Name of the Google Group, such as "The Company Administrators." * `domain` - String domain name, such as "cymbalgroup.com." * `anyone` - No `displayName` is present.
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_name: Option<String>,
    /// Output only. The domain to which this permission refers.
    ///
    /// Output only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// Output only. The email address of the user or group to which this permission refers.
    ///
    /// Output only: set by the server.
    #[serde(
        rename = "emailAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub email_address: Option<String>,
    /// The time at which this permission will expire (RFC 3339 date-time). Expiration times have the following restrictions: - They can only be set on user and group permissions - The time must be in the future - The time cannot be more than a year in the future
    #[serde(
        rename = "expirationTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_time: Option<rt::Timestamp>,
    /// Output only. The ID of this permission. This is a unique identifier for the grantee, and is published in the \[User resource\](<https://developers.google.com/workspace/drive/api/reference/rest/v3/User>) as `permissionId`. IDs should be treated as opaque values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// When `true`, only organizers, owners, and users with permissions added directly on the item can access it.
    #[serde(
        rename = "inheritedPermissionsDisabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub inherited_permissions_disabled: Option<bool>,
    /// Output only. Identifies what kind of resource this is. Value: the fixed string `"drive#permission"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Whether the account associated with this permission is a pending owner. Only populated for permissions of type `user` for files that aren't in a shared drive.
    #[serde(
        rename = "pendingOwner",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pending_owner: Option<bool>,
    /// Output only. Details of whether the permissions on this item are inherited or are directly on this item.
    ///
    /// Output only: set by the server.
    #[serde(
        rename = "permissionDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub permission_details: Option<Vec<PermissionPermissionDetailsItem>>,
    /// Output only. A link to the user's profile photo, if available.
    #[serde(rename = "photoLink", default, skip_serializing_if = "Option::is_none")]
    pub photo_link: Option<String>,
    /// The role granted by this permission. Supported values include: * `owner` * `organizer` * `fileOrganizer` * `writer` * `commenter` * `reader` For more information, see \[Roles and permissions\](<https://developers.google.com/workspace/drive/api/guides/ref-roles>).
    ///
    /// Required by `drive.permissions.create`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Output only. Deprecated: Output only. Use `permissionDetails` instead.
    ///
    /// Output only: set by the server.
    ///
    /// **Deprecated** by the API.
    #[serde(
        rename = "teamDrivePermissionDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub team_drive_permission_details: Option<Vec<PermissionTeamDrivePermissionDetailsItem>>,
    /// The type of the grantee. Supported values include: * `user` * `group` * `domain` * `anyone` When creating a permission, if `type` is `user` or `group`, you must provide an `emailAddress` for the user or group. If `type` is `domain`, you must provide a `domain`. If `type` is `anyone`, no extra information is required.
    ///
    /// Required by `drive.permissions.create`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Indicates the view for this permission. Only populated for permissions that belong to a view. The only supported values are `published` and `metadata`: * `published`: The permission's role is `publishedReader`. * `metadata`: The item is only visible to the `metadata` view because the item has limited access and the scope has at least read access to the parent. The `metadata` view is only supported on folders. For more information, see \[Views\](<https://developers.google.com/workspace/drive/api/guides/ref-roles#views>).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub view: Option<String>,
}
/// A list of permissions for a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PermissionList {
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#permissionList"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The page token for the next page of permissions. This field will be absent if the end of the permissions list has been reached. If the token is rejected for any reason, it should be discarded, and pagination should be restarted from the first page of results. The page token is typically valid for several hours. However, if new items are added or removed, your expected results might differ.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
    /// The list of permissions. If `nextPageToken` is populated, then this list may be incomplete and an additional page of results should be fetched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<Permission>>,
}
/// The `Permission.properties.permissionDetails.items` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PermissionPermissionDetailsItem {
    /// Output only. Whether this permission is inherited. This field is always populated. This is an output-only field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inherited: Option<bool>,
    /// Output only. The ID of the item from which this permission is inherited. This is only populated for items in shared drives.
    ///
    /// Output only: set by the server.
    #[serde(
        rename = "inheritedFrom",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub inherited_from: Option<String>,
    /// Output only. The permission type for this user. Supported values include: * `file` * `member`
    #[serde(
        rename = "permissionType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub permission_type: Option<String>,
    /// Output only. The primary role for this user. Supported values include: * `owner` * `organizer` * `fileOrganizer` * `writer` * `commenter` * `reader` For more information, see \[Roles and permissions\](<https://developers.google.com/workspace/drive/api/guides/ref-roles>).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}
/// The `Permission.properties.teamDrivePermissionDetails.items` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PermissionTeamDrivePermissionDetailsItem {
    /// Deprecated: Output only. Use `permissionDetails/inherited` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inherited: Option<bool>,
    /// Deprecated: Output only. Use `permissionDetails/inheritedFrom` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(
        rename = "inheritedFrom",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub inherited_from: Option<String>,
    /// Deprecated: Output only. Use `permissionDetails/role` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Deprecated: Output only. Use `permissionDetails/permissionType` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(
        rename = "teamDrivePermissionType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub team_drive_permission_type: Option<String>,
}
/// Request for reassigning an approval. Reviewers can be added or replaced, but not removed.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReassignApprovalRequest {
    /// Optional. The list of reviewers to add.
    #[serde(
        rename = "addReviewers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub add_reviewers: Option<Vec<AddReviewer>>,
    /// Optional. A message to send to the new reviewers. This message is included in notifications for the action and in the approval activity log.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Optional. The list of reviewer replacements.
    #[serde(
        rename = "replaceReviewers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub replace_reviewers: Option<Vec<ReplaceReviewer>>,
}
/// Representation of a reviewer replacement.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReplaceReviewer {
    /// Required. The email of the reviewer to add.
    #[serde(
        rename = "addedReviewerEmail",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub added_reviewer_email: Option<String>,
    /// Required. The email of the reviewer to remove.
    #[serde(
        rename = "removedReviewerEmail",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub removed_reviewer_email: Option<String>,
}
/// A reply to a comment on a file. Some resource methods (such as `replies.update`) require a `replyId`. Use the `replies.list` method to retrieve the ID for a reply.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Reply {
    /// The action the reply performed to the parent comment. The supported values are: * `resolve` * `reopen`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// Output only. The email address of the user assigned to this comment. If no user is assigned, the field is unset.
    ///
    /// Output only: set by the server.
    #[serde(
        rename = "assigneeEmailAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub assignee_email_address: Option<String>,
    /// Output only. The author of the reply. The author's email address and permission ID won't be populated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<User>,
    /// The plain text content of the reply. This field is used for setting the content, while `htmlContent` should be displayed. This field is required by the `create` method if no `action` value is specified.
    ///
    /// Required by `drive.replies.update`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// The time at which the reply was created (RFC 3339 date-time).
    #[serde(
        rename = "createdTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub created_time: Option<rt::Timestamp>,
    /// Output only. Whether the reply has been deleted. A deleted reply has no content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<bool>,
    /// Output only. The content of the reply with HTML formatting.
    #[serde(
        rename = "htmlContent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub html_content: Option<String>,
    /// Output only. The ID of the reply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Output only. Identifies what kind of resource this is. Value: the fixed string `"drive#reply"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Output only. A list of email addresses for users mentioned in this comment. If no users are mentioned, the list is empty.
    ///
    /// Output only: set by the server.
    #[serde(
        rename = "mentionedEmailAddresses",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mentioned_email_addresses: Option<Vec<String>>,
    /// The last time the reply was modified (RFC 3339 date-time).
    #[serde(
        rename = "modifiedTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub modified_time: Option<rt::Timestamp>,
}
/// A list of replies to a comment on a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReplyList {
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#replyList"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The page token for the next page of replies. This will be absent if the end of the replies list has been reached. If the token is rejected for any reason, it should be discarded, and pagination should be restarted from the first page of results. The page token is typically valid for several hours. However, if new items are added or removed, your expected results might differ.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
    /// The list of replies. If `nextPageToken` is populated, then this list may be incomplete and an additional page of results should be fetched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replies: Option<Vec<Reply>>,
}
/// Request message for resolving an AccessProposal on a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResolveAccessProposalRequest {
    /// Required. The action to take on the access proposal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<ResolveAccessProposalRequestAction>,
    /// Optional. The roles that the approver has allowed, if any. For more information, see \[Roles and permissions\](<https://developers.google.com/workspace/drive/api/guides/ref-roles>). Note: This field is required for the `ACCEPT` action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Vec<String>>,
    /// Optional. Whether to send an email to the requester when the access proposal is denied or accepted.
    #[serde(
        rename = "sendNotification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub send_notification: Option<bool>,
    /// Optional. Indicates the view for this access proposal. This should only be set when the proposal belongs to a view. Only `published` is supported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub view: Option<String>,
}
/// Required. The action to take on the access proposal.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
        match value.as_str() {
            "ACTION_UNSPECIFIED" => Self::ActionUnspecified,
            "ACCEPT" => Self::Accept,
            "DENY" => Self::Deny,
            _ => Self::UnknownValue(value),
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
pub struct ReviewerResponse {
    /// This is always drive#reviewerResponse.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// A reviewer’s response for the approval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<ReviewerResponseResponse>,
    /// The user that's responsible for this response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<User>,
}
/// A reviewer’s response for the approval.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
        match value.as_str() {
            "RESPONSE_UNSPECIFIED" => Self::ResponseUnspecified,
            "NO_RESPONSE" => Self::NoResponse,
            "APPROVED" => Self::Approved,
            "DECLINED" => Self::Declined,
            _ => Self::UnknownValue(value),
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
pub struct Revision {
    /// Output only. Links for exporting Docs Editors files to specific formats.
    #[serde(
        rename = "exportLinks",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub export_links: Option<BTreeMap<String, String>>,
    /// Output only. The ID of the revision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Whether to keep this revision forever, even if it is no longer the head revision. If not set, the revision will be automatically purged 30 days after newer content is uploaded. This can be set on a maximum of 200 revisions for a file. This field is only applicable to files with binary content in Drive.
    #[serde(
        rename = "keepForever",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub keep_forever: Option<bool>,
    /// Output only. Identifies what kind of resource this is. Value: the fixed string `"drive#revision"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Output only. The last user to modify this revision. This field is only populated when the last modification was performed by a signed-in user.
    #[serde(
        rename = "lastModifyingUser",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_modifying_user: Option<User>,
    /// Output only. The MD5 checksum of the revision's content. This is only applicable to files with binary content in Drive.
    #[serde(
        rename = "md5Checksum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub md5_checksum: Option<String>,
    /// Output only. The MIME type of the revision.
    #[serde(rename = "mimeType", default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// The last time the revision was modified (RFC 3339 date-time).
    #[serde(
        rename = "modifiedTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub modified_time: Option<rt::Timestamp>,
    /// Output only. The original filename used to create this revision. This is only applicable to files with binary content in Drive.
    #[serde(
        rename = "originalFilename",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub original_filename: Option<String>,
    /// Whether subsequent revisions will be automatically republished. This is only applicable to Docs Editors files.
    #[serde(
        rename = "publishAuto",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub publish_auto: Option<bool>,
    /// Whether this revision is published. This is only applicable to Docs Editors files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<bool>,
    /// Output only. A link to the published revision. This is only populated for Docs Editors files.
    #[serde(
        rename = "publishedLink",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub published_link: Option<String>,
    /// Whether this revision is published outside the domain. This is only applicable to Docs Editors files.
    #[serde(
        rename = "publishedOutsideDomain",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub published_outside_domain: Option<bool>,
    /// Output only. The size of the revision's content in bytes. This is only applicable to files with binary content in Drive.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub size: Option<i64>,
}
/// A list of revisions of a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RevisionList {
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#revisionList"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The page token for the next page of revisions. This will be absent if the end of the revisions list has been reached. If the token is rejected for any reason, it should be discarded, and pagination should be restarted from the first page of results. The page token is typically valid for several hours. However, if new items are added or removed, your expected results might differ.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
    /// The list of revisions. If nextPageToken is populated, then this list may be incomplete and an additional page of results should be fetched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revisions: Option<Vec<Revision>>,
}
/// Allows creating an approval on a file.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StartApprovalRequest {
    /// Optional. The time that the approval is due.
    #[serde(rename = "dueTime", default, skip_serializing_if = "Option::is_none")]
    pub due_time: Option<rt::Timestamp>,
    /// Optional. The behavior of the approval when the file content changes.
    #[serde(
        rename = "fileContentChangeBehavior",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub file_content_change_behavior: Option<StartApprovalRequestFileContentChangeBehavior>,
    /// Optional. Whether to lock the file when starting the approval.
    #[serde(rename = "lockFile", default, skip_serializing_if = "Option::is_none")]
    pub lock_file: Option<bool>,
    /// Optional. A message to send to reviewers when notifying them of the approval request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Required. The emails of the users who are set to review the approval.
    #[serde(
        rename = "reviewerEmails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reviewer_emails: Option<Vec<String>>,
}
/// Optional. The behavior of the approval when the file content changes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
        match value.as_str() {
            "FILE_CONTENT_CHANGE_BEHAVIOR_UNSPECIFIED" => {
                Self::FileContentChangeBehaviorUnspecified
            }
            "RESET_APPROVAL" => Self::ResetApproval,
            "NO_APPROVAL_ACTION" => Self::NoApprovalAction,
            _ => Self::UnknownValue(value),
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
pub struct StartPageToken {
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#startPageToken"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The starting page token for listing future changes. The page token doesn't expire.
    #[serde(
        rename = "startPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub start_page_token: Option<String>,
}
/// The `Status` type defines a logical error model that is suitable for different programming environments, including REST APIs and RPC APIs. It is used by \[gRPC\](<https://github.com/grpc>). Each `Status` message contains three pieces of data: error code, error message, and error details. You can find out more about this error model and how to work with it in the \[API Design Guide\](<https://cloud.google.com/apis/design/errors>).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Status {
    /// The status code, which should be an enum value of google.rpc.Code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<i32>,
    /// A list of messages that carry the error details. There is a common set of message types for APIs to use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<BTreeMap<String, serde_json::Value>>>,
    /// A developer-facing error message, which should be in English. Any user-facing error message should be localized and sent in the google.rpc.Status.details field, or localized by the client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
/// Deprecated: use the drive collection instead. Next ID: 33
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TeamDrive {
    /// The background image file for a Team Drive.
    #[serde(
        rename = "backgroundImageFile",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub background_image_file: Option<TeamDriveBackgroundImageFile>,
    /// A short-lived link to this Team Drive's background image.
    #[serde(
        rename = "backgroundImageLink",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub background_image_link: Option<String>,
    /// Capabilities the current user has on this Team Drive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<TeamDriveCapabilities>,
    /// The color of this Team Drive as an RGB hex string. It can only be set on a `drive.teamdrives.update` request that does not set `themeId`.
    #[serde(rename = "colorRgb", default, skip_serializing_if = "Option::is_none")]
    pub color_rgb: Option<String>,
    /// The time at which the Team Drive was created (RFC 3339 date-time).
    #[serde(
        rename = "createdTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub created_time: Option<rt::Timestamp>,
    /// The ID of this Team Drive which is also the ID of the top level folder of this Team Drive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#teamDrive"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The name of this Team Drive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The organizational unit of this shared drive. This field is only populated on `drives.list` responses when the `useDomainAdminAccess` parameter is set to `true`.
    #[serde(rename = "orgUnitId", default, skip_serializing_if = "Option::is_none")]
    pub org_unit_id: Option<String>,
    /// A set of restrictions that apply to this Team Drive or items inside this Team Drive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restrictions: Option<TeamDriveRestrictions>,
    /// The ID of the theme from which the background image and color will be set. The set of possible `teamDriveThemes` can be retrieved from a `drive.about.get` response. When not specified on a `drive.teamdrives.create` request, a random theme is chosen from which the background image and color are set. This is a write-only field; it can only be set on requests that don't set `colorRgb` or `backgroundImageFile`.
    #[serde(rename = "themeId", default, skip_serializing_if = "Option::is_none")]
    pub theme_id: Option<String>,
}
/// The background image file for a Team Drive.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TeamDriveBackgroundImageFile {
    /// The ID of an image file in Drive to use for the background image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The width of the cropped image in the closed range of 0 to 1. This value represents the width of the cropped image divided by the width of the entire image. The height is computed by applying a width to height aspect ratio of 80 to 9. The resulting image must be at least 1280 pixels wide and 144 pixels high.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub width: Option<f32>,
    /// The X coordinate of the upper left corner of the cropping area in the background image. This is a value in the closed range of 0 to 1. This value represents the horizontal distance from the left side of the entire image to the left side of the cropping area divided by the width of the entire image.
    #[serde(
        rename = "xCoordinate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub x_coordinate: Option<f32>,
    /// The Y coordinate of the upper left corner of the cropping area in the background image. This is a value in the closed range of 0 to 1. This value represents the vertical distance from the top side of the entire image to the top side of the cropping area divided by the height of the entire image.
    #[serde(
        rename = "yCoordinate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Float32>>"
    )]
    pub y_coordinate: Option<f32>,
}
/// Capabilities the current user has on this Team Drive.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TeamDriveCapabilities {
    /// Whether the current user can add children to folders in this Team Drive.
    #[serde(
        rename = "canAddChildren",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_add_children: Option<bool>,
    /// Whether the current user can change the `copyRequiresWriterPermission` restriction of this Team Drive.
    #[serde(
        rename = "canChangeCopyRequiresWriterPermissionRestriction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_change_copy_requires_writer_permission_restriction: Option<bool>,
    /// Whether the current user can change the `domainUsersOnly` restriction of this Team Drive.
    #[serde(
        rename = "canChangeDomainUsersOnlyRestriction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_change_domain_users_only_restriction: Option<bool>,
    /// Output only. Whether the current user can change organizer-applied download restrictions of this shared drive.
    ///
    /// Output only: set by the server.
    #[serde(
        rename = "canChangeDownloadRestriction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_change_download_restriction: Option<bool>,
    /// Whether the current user can change the `sharingFoldersRequiresOrganizerPermission` restriction of this Team Drive.
    #[serde(
        rename = "canChangeSharingFoldersRequiresOrganizerPermissionRestriction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_change_sharing_folders_requires_organizer_permission_restriction: Option<bool>,
    /// Whether the current user can change the background of this Team Drive.
    #[serde(
        rename = "canChangeTeamDriveBackground",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_change_team_drive_background: Option<bool>,
    /// Whether the current user can change the `teamMembersOnly` restriction of this Team Drive.
    #[serde(
        rename = "canChangeTeamMembersOnlyRestriction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_change_team_members_only_restriction: Option<bool>,
    /// Whether the current user can comment on files in this Team Drive.
    #[serde(
        rename = "canComment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_comment: Option<bool>,
    /// Whether the current user can copy files in this Team Drive.
    #[serde(rename = "canCopy", default, skip_serializing_if = "Option::is_none")]
    pub can_copy: Option<bool>,
    /// Whether the current user can delete children from folders in this Team Drive.
    #[serde(
        rename = "canDeleteChildren",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_delete_children: Option<bool>,
    /// Whether the current user can delete this Team Drive. Attempting to delete the Team Drive may still fail if there are untrashed items inside the Team Drive.
    #[serde(
        rename = "canDeleteTeamDrive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_delete_team_drive: Option<bool>,
    /// Whether the current user can download files in this Team Drive.
    #[serde(
        rename = "canDownload",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_download: Option<bool>,
    /// Whether the current user can edit files in this Team Drive
    #[serde(rename = "canEdit", default, skip_serializing_if = "Option::is_none")]
    pub can_edit: Option<bool>,
    /// Whether the current user can list the children of folders in this Team Drive.
    #[serde(
        rename = "canListChildren",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_list_children: Option<bool>,
    /// Whether the current user can add members to this Team Drive or remove them or change their role.
    #[serde(
        rename = "canManageMembers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_manage_members: Option<bool>,
    /// Whether the current user can read the revisions resource of files in this Team Drive.
    #[serde(
        rename = "canReadRevisions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_read_revisions: Option<bool>,
    /// Deprecated: Use `canDeleteChildren` or `canTrashChildren` instead.
    ///
    /// **Deprecated** by the API.
    #[serde(
        rename = "canRemoveChildren",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_remove_children: Option<bool>,
    /// Whether the current user can rename files or folders in this Team Drive.
    #[serde(rename = "canRename", default, skip_serializing_if = "Option::is_none")]
    pub can_rename: Option<bool>,
    /// Whether the current user can rename this Team Drive.
    #[serde(
        rename = "canRenameTeamDrive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_rename_team_drive: Option<bool>,
    /// Whether the current user can reset the Team Drive restrictions to defaults.
    #[serde(
        rename = "canResetTeamDriveRestrictions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_reset_team_drive_restrictions: Option<bool>,
    /// Whether the current user can share files or folders in this Team Drive.
    #[serde(rename = "canShare", default, skip_serializing_if = "Option::is_none")]
    pub can_share: Option<bool>,
    /// Whether the current user can trash children from folders in this Team Drive.
    #[serde(
        rename = "canTrashChildren",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub can_trash_children: Option<bool>,
}
/// A list of Team Drives.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TeamDriveList {
    /// Identifies what kind of resource this is. Value: the fixed string `"drive#teamDriveList"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The page token for the next page of Team Drives. This will be absent if the end of the Team Drives list has been reached. If the token is rejected for any reason, it should be discarded, and pagination should be restarted from the first page of results. The page token is typically valid for several hours. However, if new items are added or removed, your expected results might differ.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
    /// The list of Team Drives. If nextPageToken is populated, then this list may be incomplete and an additional page of results should be fetched.
    #[serde(
        rename = "teamDrives",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub team_drives: Option<Vec<TeamDrive>>,
}
/// A set of restrictions that apply to this Team Drive or items inside this Team Drive.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TeamDriveRestrictions {
    /// Whether administrative privileges on this Team Drive are required to modify restrictions.
    #[serde(
        rename = "adminManagedRestrictions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub admin_managed_restrictions: Option<bool>,
    /// Whether the options to copy, print, or download files inside this Team Drive, should be disabled for readers and commenters. When this restriction is set to `true`, it will override the similarly named field to `true` for any file inside this Team Drive.
    #[serde(
        rename = "copyRequiresWriterPermission",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub copy_requires_writer_permission: Option<bool>,
    /// Whether access to this Team Drive and items inside this Team Drive is restricted to users of the domain to which this Team Drive belongs. This restriction may be overridden by other sharing policies controlled outside of this Team Drive.
    #[serde(
        rename = "domainUsersOnly",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub domain_users_only: Option<bool>,
    /// Download restrictions applied by shared drive managers.
    #[serde(
        rename = "downloadRestriction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub download_restriction: Option<DownloadRestriction>,
    /// If true, only users with the organizer role can share folders. If false, users with either the organizer role or the file organizer role can share folders.
    #[serde(
        rename = "sharingFoldersRequiresOrganizerPermission",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sharing_folders_requires_organizer_permission: Option<bool>,
    /// Whether access to items inside this Team Drive is restricted to members of this Team Drive.
    #[serde(
        rename = "teamMembersOnly",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub team_members_only: Option<bool>,
}
/// Information about a Drive user.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct User {
    /// Output only. A plain text displayable name for this user.
    ///
    /// Output only: set by the server.
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_name: Option<String>,
    /// Output only. The email address of the user. This may not be present in certain contexts if the user has not made their email address visible to the requester.
    ///
    /// Output only: set by the server.
    #[serde(
        rename = "emailAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub email_address: Option<String>,
    /// Output only. Identifies what kind of resource this is. Value: the fixed string `drive#user`.
    ///
    /// Output only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Output only. Whether this user is the requesting user.
    ///
    /// Output only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub me: Option<bool>,
    /// Output only. The user's ID as visible in Permission resources.
    ///
    /// Output only: set by the server.
    #[serde(
        rename = "permissionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub permission_id: Option<String>,
    /// Output only. A link to the user's profile photo, if available.
    ///
    /// Output only: set by the server.
    #[serde(rename = "photoLink", default, skip_serializing_if = "Option::is_none")]
    pub photo_link: Option<String>,
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
