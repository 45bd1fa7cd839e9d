//! Request and response types of the Cloud Storage JSON API, one per schema of the Discovery document.
use crate::rt;
use std::collections::BTreeMap;
/// An AdvanceRelocateBucketOperation request.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AdvanceRelocateBucketOperationRequest {
    /// Specifies the time when the relocation will revert to the sync stage if the relocation hasn't succeeded.
    #[serde(
        rename = "expireTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expire_time: Option<rt::Timestamp>,
    /// Specifies the duration after which the relocation will revert to the sync stage if the relocation hasn't succeeded. Optional, if not supplied, a default value of 12h will be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<rt::Duration>,
}
/// An Anywhere Cache instance.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AnywhereCache {
    /// The cache-level entry admission policy.
    #[serde(
        rename = "admissionPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub admission_policy: Option<String>,
    /// The ID of the Anywhere cache instance.
    #[serde(
        rename = "anywhereCacheId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub anywhere_cache_id: Option<String>,
    /// The name of the bucket containing this cache instance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// The creation time of the cache instance in RFC 3339 format.
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<rt::Timestamp>,
    /// The ID of the resource, including the project number, bucket name and anywhere cache ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Specifies whether objects are ingested into the cache upon write.
    #[serde(
        rename = "ingestOnWrite",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ingest_on_write: Option<bool>,
    /// The kind of item this is. For Anywhere Cache, this is always storage#anywhereCache.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// True if the cache instance has an active Update long-running operation.
    #[serde(
        rename = "pendingUpdate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pending_update: Option<bool>,
    /// The link to this cache instance.
    #[serde(rename = "selfLink", default, skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
    /// The current state of the cache instance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The TTL of all cache entries in whole seconds. e.g., "7200s".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<rt::Duration>,
    /// The modification time of the cache instance metadata in RFC 3339 format.
    #[serde(
        rename = "updateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_time: Option<rt::Timestamp>,
    /// The zone in which the cache instance is running. For example, us-central1-a.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
}
/// A list of Anywhere Caches.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AnywhereCaches {
    /// The list of items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<AnywhereCache>>,
    /// The kind of item this is. For lists of Anywhere Caches, this is always storage#anywhereCaches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The continuation token, used to page through large result sets. Provide this value in a subsequent request to return the next page of results.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
}
/// A bucket.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Bucket {
    /// Access controls on the bucket.
    ///
    /// Required by `storage.buckets.update`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acl: Option<Vec<BucketAccessControl>>,
    /// The bucket's Autoclass configuration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub autoclass: Option<BucketAutoclass>,
    /// The bucket's billing configuration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing: Option<BucketBilling>,
    /// The bucket's Cross-Origin Resource Sharing (CORS) configuration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cors: Option<Vec<BucketCorsItem>>,
    /// The bucket's custom placement configuration for Custom Dual Regions.
    #[serde(
        rename = "customPlacementConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub custom_placement_config: Option<BucketCustomPlacementConfig>,
    /// The default value for event-based hold on newly created objects in this bucket. Event-based hold is a way to retain objects indefinitely until an event occurs, signified by the hold's release. After being released, such objects will be subject to bucket-level retention (if any). One sample use case of this flag is for banks to hold loan documents for at least 3 years after loan is paid in full. Here, bucket-level retention is 3 years and the event is loan being paid in full. In this example, these objects will be held intact for any number of years until the event has occurred (event-based hold on the object is released) and then 3 more years after that. That means retention duration of the objects begins from the moment event-based hold transitioned from true to false. Objects under event-based hold cannot be deleted, overwritten or archived until the hold is removed.
    #[serde(
        rename = "defaultEventBasedHold",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_event_based_hold: Option<bool>,
    /// Default access controls to apply to new objects when no ACL is provided.
    #[serde(
        rename = "defaultObjectAcl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_object_acl: Option<Vec<ObjectAccessControl>>,
    /// Encryption configuration for a bucket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption: Option<BucketEncryption>,
    /// HTTP 1.1 Entity tag for the bucket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The generation of this bucket.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub generation: Option<i64>,
    /// The hard delete time of the bucket in RFC 3339 format.
    #[serde(
        rename = "hardDeleteTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub hard_delete_time: Option<rt::Timestamp>,
    /// The bucket's hierarchical namespace configuration.
    #[serde(
        rename = "hierarchicalNamespace",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub hierarchical_namespace: Option<BucketHierarchicalNamespace>,
    /// The bucket's IAM configuration.
    #[serde(
        rename = "iamConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub iam_configuration: Option<BucketIamConfiguration>,
    /// The ID of the bucket. For buckets, the id and name properties are the same.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The bucket's IP filter configuration. Specifies the network sources that are allowed to access the operations on the bucket, as well as its underlying objects. Only enforced when the mode is set to 'Enabled'.
    #[serde(rename = "ipFilter", default, skip_serializing_if = "Option::is_none")]
    pub ip_filter: Option<BucketIpFilter>,
    /// The kind of item this is. For buckets, this is always storage#bucket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// User-provided labels, in key/value pairs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    /// The bucket's lifecycle configuration. See \[Lifecycle Management\](<https://cloud.google.com/storage/docs/lifecycle>) for more information.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifecycle: Option<BucketLifecycle>,
    /// The location of the bucket. Object data for objects in the bucket resides in physical storage within this region. Defaults to US. See the \[Developer's Guide\](<https://cloud.google.com/storage/docs/locations>) for the authoritative list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// The type of the bucket location.
    #[serde(
        rename = "locationType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub location_type: Option<String>,
    /// The bucket's logging configuration, which defines the destination bucket and optional name prefix for the current bucket's logs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logging: Option<BucketLogging>,
    /// The metadata generation of this bucket.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub metageneration: Option<i64>,
    /// The name of the bucket.
    ///
    /// Required by `storage.buckets.insert`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The bucket's object retention config.
    #[serde(
        rename = "objectRetention",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub object_retention: Option<BucketObjectRetention>,
    /// The owner of the bucket. This is always the project team's owner group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<BucketOwner>,
    /// The project number of the project the bucket belongs to.
    #[serde(
        rename = "projectNumber",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::UInt64>>"
    )]
    pub project_number: Option<u64>,
    /// The bucket's retention policy. The retention policy enforces a minimum retention time for all objects contained in the bucket, based on their creation time. Any attempt to overwrite or delete objects younger than the retention period will result in a PERMISSION_DENIED error. An unlocked retention policy can be modified or removed from the bucket via a storage.buckets.update operation. A locked retention policy cannot be removed or shortened in duration for the lifetime of the bucket. Attempting to remove or decrease period of a locked retention policy will result in a PERMISSION_DENIED error.
    #[serde(
        rename = "retentionPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub retention_policy: Option<BucketRetentionPolicy>,
    /// The Recovery Point Objective (RPO) of this bucket. Set to ASYNC_TURBO to turn on Turbo Replication on a bucket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rpo: Option<String>,
    /// Reserved for future use.
    #[serde(
        rename = "satisfiesPZI",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub satisfies_pzi: Option<bool>,
    /// Reserved for future use.
    #[serde(
        rename = "satisfiesPZS",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub satisfies_pzs: Option<bool>,
    /// The URI of this bucket.
    #[serde(rename = "selfLink", default, skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
    /// The bucket's soft delete policy, which defines the period of time that soft-deleted objects will be retained, and cannot be permanently deleted.
    #[serde(
        rename = "softDeletePolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub soft_delete_policy: Option<BucketSoftDeletePolicy>,
    /// The soft delete time of the bucket in RFC 3339 format.
    #[serde(
        rename = "softDeleteTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub soft_delete_time: Option<rt::Timestamp>,
    /// The bucket's default storage class, used whenever no storageClass is specified for a newly-created object. This defines how objects in the bucket are stored and determines the SLA and the cost of storage. Values include MULTI_REGIONAL, REGIONAL, STANDARD, NEARLINE, COLDLINE, ARCHIVE, and DURABLE_REDUCED_AVAILABILITY. If this value is not specified when the bucket is created, it will default to STANDARD. For more information, see \[Storage Classes\](<https://cloud.google.com/storage/docs/storage-classes>).
    #[serde(
        rename = "storageClass",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_class: Option<String>,
    /// The creation time of the bucket in RFC 3339 format.
    #[serde(
        rename = "timeCreated",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub time_created: Option<rt::Timestamp>,
    /// The modification time of the bucket in RFC 3339 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<rt::Timestamp>,
    /// The bucket's versioning configuration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub versioning: Option<BucketVersioning>,
    /// The bucket's website configuration, controlling how the service behaves when accessing bucket contents as a web site. See the \[Static Website Examples\](<https://cloud.google.com/storage/docs/static-website>) for more information.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<BucketWebsite>,
}
/// An access-control entry.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketAccessControl {
    /// The name of the bucket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// The domain associated with the entity, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The email address associated with the entity, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The entity holding the permission, in one of the following forms:
    /// - user-userId
    /// - user-email
    /// - group-groupId
    /// - group-email
    /// - domain-domain
    /// - project-team-projectId
    /// - allUsers
    /// - allAuthenticatedUsers Examples:
    /// - The user liz@example.com would be user-liz@example.com.
    /// - The group example@googlegroups.com would be group-example@googlegroups.com.
    /// - To refer to all members of the Google Apps for Business domain example.com, the entity would be domain-example.com.
    ///
    /// Required by `storage.bucketAccessControls.insert`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// The ID for the entity, if any.
    #[serde(rename = "entityId", default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// HTTP 1.1 Entity tag for the access-control entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The ID of the access-control entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The kind of item this is. For bucket access control entries, this is always storage#bucketAccessControl.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The project team associated with the entity, if any.
    #[serde(
        rename = "projectTeam",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub project_team: Option<BucketAccessControlProjectTeam>,
    /// The access permission for the entity.
    ///
    /// Required by `storage.bucketAccessControls.insert`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The link to this access-control entry.
    #[serde(rename = "selfLink", default, skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
}
/// The project team associated with the entity, if any.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketAccessControlProjectTeam {
    /// The project number.
    #[serde(
        rename = "projectNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub project_number: Option<String>,
    /// The team.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
}
/// An access-control list.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketAccessControls {
    /// The list of items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<BucketAccessControl>>,
    /// The kind of item this is. For lists of bucket access control entries, this is always storage#bucketAccessControls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}
/// The bucket's Autoclass configuration.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketAutoclass {
    /// Whether or not Autoclass is enabled on this bucket
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The storage class that objects in the bucket eventually transition to if they are not read for a certain length of time. Valid values are NEARLINE and ARCHIVE.
    #[serde(
        rename = "terminalStorageClass",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub terminal_storage_class: Option<String>,
    /// A date and time in RFC 3339 format representing the time of the most recent update to "terminalStorageClass".
    #[serde(
        rename = "terminalStorageClassUpdateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub terminal_storage_class_update_time: Option<rt::Timestamp>,
    /// A date and time in RFC 3339 format representing the instant at which "enabled" was last toggled.
    #[serde(
        rename = "toggleTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub toggle_time: Option<rt::Timestamp>,
}
/// The bucket's billing configuration.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketBilling {
    /// When set to true, Requester Pays is enabled for this bucket.
    #[serde(
        rename = "requesterPays",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requester_pays: Option<bool>,
}
/// The `Bucket.properties.cors.items` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketCorsItem {
    /// The value, in seconds, to return in the  Access-Control-Max-Age header used in preflight responses.
    #[serde(
        rename = "maxAgeSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_age_seconds: Option<i32>,
    /// The list of HTTP methods on which to include CORS response headers, (GET, OPTIONS, POST, etc) Note: "*" is permitted in the list of methods, and means "any method".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<Vec<String>>,
    /// The list of Origins eligible to receive CORS response headers. Note: "*" is permitted in the list of origins, and means "any Origin".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Vec<String>>,
    /// The list of HTTP headers other than the simple response headers to give permission for the user-agent to share across domains.
    #[serde(
        rename = "responseHeader",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub response_header: Option<Vec<String>>,
}
/// The bucket's custom placement configuration for Custom Dual Regions.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketCustomPlacementConfig {
    /// The list of regional locations in which data is placed.
    #[serde(
        rename = "dataLocations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub data_locations: Option<Vec<String>>,
}
/// Encryption configuration for a bucket.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketEncryption {
    /// If set, the new objects created in this bucket must comply with this enforcement config. Changing this has no effect on existing objects; it applies to new objects only. If omitted, the new objects are allowed to be encrypted with Customer Managed Encryption type by default.
    #[serde(
        rename = "customerManagedEncryptionEnforcementConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_managed_encryption_enforcement_config:
        Option<BucketEncryptionCustomerManagedEncryptionEnforcementConfig>,
    /// If set, the new objects created in this bucket must comply with this enforcement config. Changing this has no effect on existing objects; it applies to new objects only. If omitted, the new objects are allowed to be encrypted with Customer Supplied Encryption type by default.
    #[serde(
        rename = "customerSuppliedEncryptionEnforcementConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_supplied_encryption_enforcement_config:
        Option<BucketEncryptionCustomerSuppliedEncryptionEnforcementConfig>,
    /// A Cloud KMS key that will be used to encrypt objects inserted into this bucket, if no encryption method is specified.
    #[serde(
        rename = "defaultKmsKeyName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_kms_key_name: Option<String>,
    /// If set, the new objects created in this bucket must comply with this enforcement config. Changing this has no effect on existing objects; it applies to new objects only. If omitted, the new objects are allowed to be encrypted with Google Managed Encryption type by default.
    #[serde(
        rename = "googleManagedEncryptionEnforcementConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub google_managed_encryption_enforcement_config:
        Option<BucketEncryptionGoogleManagedEncryptionEnforcementConfig>,
}
/// If set, the new objects created in this bucket must comply with this enforcement config. Changing this has no effect on existing objects; it applies to new objects only. If omitted, the new objects are allowed to be encrypted with Customer Managed Encryption type by default.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketEncryptionCustomerManagedEncryptionEnforcementConfig {
    /// Server-determined value that indicates the time from which configuration was enforced and effective. This value is in RFC 3339 format.
    #[serde(
        rename = "effectiveTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub effective_time: Option<rt::Timestamp>,
    /// Restriction mode for Customer-Managed Encryption Keys. Defaults to NotRestricted.
    #[serde(
        rename = "restrictionMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub restriction_mode:
        Option<BucketEncryptionCustomerManagedEncryptionEnforcementConfigRestrictionMode>,
}
/// Restriction mode for Customer-Managed Encryption Keys. Defaults to NotRestricted.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum BucketEncryptionCustomerManagedEncryptionEnforcementConfigRestrictionMode {
    /// Creation of new objects with Customer-Managed Encryption is not restricted.
    NotRestricted,
    /// Creation of new objects with Customer-Managed Encryption is fully restricted.
    FullyRestricted,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl BucketEncryptionCustomerManagedEncryptionEnforcementConfigRestrictionMode {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotRestricted => "NotRestricted",
            Self::FullyRestricted => "FullyRestricted",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for BucketEncryptionCustomerManagedEncryptionEnforcementConfigRestrictionMode {
    fn from(value: &str) -> Self {
        match value {
            "NotRestricted" => Self::NotRestricted,
            "FullyRestricted" => Self::FullyRestricted,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for BucketEncryptionCustomerManagedEncryptionEnforcementConfigRestrictionMode {
    fn from(value: String) -> Self {
        match value.as_str() {
            "NotRestricted" => Self::NotRestricted,
            "FullyRestricted" => Self::FullyRestricted,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display
    for BucketEncryptionCustomerManagedEncryptionEnforcementConfigRestrictionMode
{
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize
    for BucketEncryptionCustomerManagedEncryptionEnforcementConfigRestrictionMode
{
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
    for BucketEncryptionCustomerManagedEncryptionEnforcementConfigRestrictionMode
{
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// If set, the new objects created in this bucket must comply with this enforcement config. Changing this has no effect on existing objects; it applies to new objects only. If omitted, the new objects are allowed to be encrypted with Customer Supplied Encryption type by default.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketEncryptionCustomerSuppliedEncryptionEnforcementConfig {
    /// Server-determined value that indicates the time from which configuration was enforced and effective. This value is in RFC 3339 format.
    #[serde(
        rename = "effectiveTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub effective_time: Option<rt::Timestamp>,
    /// Restriction mode for Customer-Supplied Encryption Keys. Defaults to NotRestricted.
    #[serde(
        rename = "restrictionMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub restriction_mode:
        Option<BucketEncryptionCustomerSuppliedEncryptionEnforcementConfigRestrictionMode>,
}
/// Restriction mode for Customer-Supplied Encryption Keys. Defaults to NotRestricted.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum BucketEncryptionCustomerSuppliedEncryptionEnforcementConfigRestrictionMode {
    /// Creation of new objects with Customer-Supplied Encryption is not restricted.
    NotRestricted,
    /// Creation of new objects with Customer-Supplied Encryption is fully restricted.
    FullyRestricted,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl BucketEncryptionCustomerSuppliedEncryptionEnforcementConfigRestrictionMode {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotRestricted => "NotRestricted",
            Self::FullyRestricted => "FullyRestricted",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for BucketEncryptionCustomerSuppliedEncryptionEnforcementConfigRestrictionMode {
    fn from(value: &str) -> Self {
        match value {
            "NotRestricted" => Self::NotRestricted,
            "FullyRestricted" => Self::FullyRestricted,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for BucketEncryptionCustomerSuppliedEncryptionEnforcementConfigRestrictionMode {
    fn from(value: String) -> Self {
        match value.as_str() {
            "NotRestricted" => Self::NotRestricted,
            "FullyRestricted" => Self::FullyRestricted,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display
    for BucketEncryptionCustomerSuppliedEncryptionEnforcementConfigRestrictionMode
{
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize
    for BucketEncryptionCustomerSuppliedEncryptionEnforcementConfigRestrictionMode
{
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
    for BucketEncryptionCustomerSuppliedEncryptionEnforcementConfigRestrictionMode
{
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// If set, the new objects created in this bucket must comply with this enforcement config. Changing this has no effect on existing objects; it applies to new objects only. If omitted, the new objects are allowed to be encrypted with Google Managed Encryption type by default.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketEncryptionGoogleManagedEncryptionEnforcementConfig {
    /// Server-determined value that indicates the time from which configuration was enforced and effective. This value is in RFC 3339 format.
    #[serde(
        rename = "effectiveTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub effective_time: Option<rt::Timestamp>,
    /// Restriction mode for Google-Managed Encryption Keys. Defaults to NotRestricted.
    #[serde(
        rename = "restrictionMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub restriction_mode:
        Option<BucketEncryptionGoogleManagedEncryptionEnforcementConfigRestrictionMode>,
}
/// Restriction mode for Google-Managed Encryption Keys. Defaults to NotRestricted.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum BucketEncryptionGoogleManagedEncryptionEnforcementConfigRestrictionMode {
    /// Creation of new objects with Google Managed Encryption is not restricted.
    NotRestricted,
    /// Creation of new objects with Google Managed Encryption is fully restricted.
    FullyRestricted,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl BucketEncryptionGoogleManagedEncryptionEnforcementConfigRestrictionMode {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotRestricted => "NotRestricted",
            Self::FullyRestricted => "FullyRestricted",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for BucketEncryptionGoogleManagedEncryptionEnforcementConfigRestrictionMode {
    fn from(value: &str) -> Self {
        match value {
            "NotRestricted" => Self::NotRestricted,
            "FullyRestricted" => Self::FullyRestricted,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for BucketEncryptionGoogleManagedEncryptionEnforcementConfigRestrictionMode {
    fn from(value: String) -> Self {
        match value.as_str() {
            "NotRestricted" => Self::NotRestricted,
            "FullyRestricted" => Self::FullyRestricted,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for BucketEncryptionGoogleManagedEncryptionEnforcementConfigRestrictionMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for BucketEncryptionGoogleManagedEncryptionEnforcementConfigRestrictionMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
    for BucketEncryptionGoogleManagedEncryptionEnforcementConfigRestrictionMode
{
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// The bucket's hierarchical namespace configuration.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketHierarchicalNamespace {
    /// When set to true, hierarchical namespace is enabled for this bucket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}
/// The bucket's IAM configuration.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketIamConfiguration {
    /// The bucket's uniform bucket-level access configuration. The feature was formerly known as Bucket Policy Only. For backward compatibility, this field will be populated with identical information as the uniformBucketLevelAccess field. We recommend using the uniformBucketLevelAccess field to enable and disable the feature.
    #[serde(
        rename = "bucketPolicyOnly",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub bucket_policy_only: Option<BucketIamConfigurationBucketPolicyOnly>,
    /// The bucket's Public Access Prevention configuration. Currently, 'inherited' and 'enforced' are supported.
    #[serde(
        rename = "publicAccessPrevention",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub public_access_prevention: Option<String>,
    /// The bucket's uniform bucket-level access configuration.
    #[serde(
        rename = "uniformBucketLevelAccess",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub uniform_bucket_level_access: Option<BucketIamConfigurationUniformBucketLevelAccess>,
}
/// The bucket's uniform bucket-level access configuration. The feature was formerly known as Bucket Policy Only. For backward compatibility, this field will be populated with identical information as the uniformBucketLevelAccess field. We recommend using the uniformBucketLevelAccess field to enable and disable the feature.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketIamConfigurationBucketPolicyOnly {
    /// If set, access is controlled only by bucket-level or above IAM policies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The deadline for changing iamConfiguration.bucketPolicyOnly.enabled from true to false in RFC 3339 format. iamConfiguration.bucketPolicyOnly.enabled may be changed from true to false until the locked time, after which the field is immutable.
    #[serde(
        rename = "lockedTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub locked_time: Option<rt::Timestamp>,
}
/// The bucket's uniform bucket-level access configuration.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketIamConfigurationUniformBucketLevelAccess {
    /// If set, access is controlled only by bucket-level or above IAM policies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The deadline for changing iamConfiguration.uniformBucketLevelAccess.enabled from true to false in RFC 3339  format. iamConfiguration.uniformBucketLevelAccess.enabled may be changed from true to false until the locked time, after which the field is immutable.
    #[serde(
        rename = "lockedTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub locked_time: Option<rt::Timestamp>,
}
/// The bucket's IP filter configuration. Specifies the network sources that are allowed to access the operations on the bucket, as well as its underlying objects. Only enforced when the mode is set to 'Enabled'.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketIpFilter {
    /// Whether to allow all service agents to access the bucket regardless of the IP filter configuration.
    #[serde(
        rename = "allowAllServiceAgentAccess",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub allow_all_service_agent_access: Option<bool>,
    /// Whether to allow cross-org VPCs in the bucket's IP filter configuration.
    #[serde(
        rename = "allowCrossOrgVpcs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub allow_cross_org_vpcs: Option<bool>,
    /// The mode of the IP filter. Valid values are 'Enabled' and 'Disabled'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// The public network source of the bucket's IP filter.
    #[serde(
        rename = "publicNetworkSource",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub public_network_source: Option<BucketIpFilterPublicNetworkSource>,
    /// The list of \[VPC network\](<https://cloud.google.com/vpc/docs/vpc>) sources of the bucket's IP filter.
    #[serde(
        rename = "vpcNetworkSources",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vpc_network_sources: Option<Vec<BucketIpFilterVpcNetworkSourcesItem>>,
}
/// The public network source of the bucket's IP filter.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketIpFilterPublicNetworkSource {
    /// The list of public IPv4, IPv6 cidr ranges that are allowed to access the bucket.
    #[serde(
        rename = "allowedIpCidrRanges",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub allowed_ip_cidr_ranges: Option<Vec<String>>,
}
/// The `Bucket.properties.ipFilter.properties.vpcNetworkSources.items` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketIpFilterVpcNetworkSourcesItem {
    /// The list of IPv4, IPv6 cidr ranges subnetworks that are allowed to access the bucket.
    #[serde(
        rename = "allowedIpCidrRanges",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub allowed_ip_cidr_ranges: Option<Vec<String>>,
    /// Name of the network. Format: projects/{PROJECT_ID}/global/networks/{NETWORK_NAME}
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network: Option<String>,
}
/// The bucket's lifecycle configuration. See \[Lifecycle Management\](<https://cloud.google.com/storage/docs/lifecycle>) for more information.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketLifecycle {
    /// A lifecycle management rule, which is made of an action to take and the condition(s) under which the action will be taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<Vec<BucketLifecycleRuleItem>>,
}
/// The `Bucket.properties.lifecycle.properties.rule.items` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketLifecycleRuleItem {
    /// The action to take.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<BucketLifecycleRuleItemAction>,
    /// The condition(s) under which the action will be taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<BucketLifecycleRuleItemCondition>,
}
/// The action to take.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketLifecycleRuleItemAction {
    /// Target storage class. Required iff the type of the action is SetStorageClass.
    #[serde(
        rename = "storageClass",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_class: Option<String>,
    /// Type of the action. Currently, only Delete, SetStorageClass, and AbortIncompleteMultipartUpload are supported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}
/// The condition(s) under which the action will be taken.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketLifecycleRuleItemCondition {
    /// Age of an object (in days). This condition is satisfied when an object reaches the specified age.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<i32>,
    /// A date in RFC 3339 format with only the date part (for instance, "2013-01-15"). This condition is satisfied when an object is created before midnight of the specified date in UTC.
    #[serde(
        rename = "createdBefore",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub created_before: Option<rt::Date>,
    /// A date in RFC 3339 format with only the date part (for instance, "2013-01-15"). This condition is satisfied when the custom time on an object is before this date in UTC.
    #[serde(
        rename = "customTimeBefore",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub custom_time_before: Option<rt::Date>,
    /// Number of days elapsed since the user-specified timestamp set on an object. The condition is satisfied if the days elapsed is at least this number. If no custom timestamp is specified on an object, the condition does not apply.
    #[serde(
        rename = "daysSinceCustomTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub days_since_custom_time: Option<i32>,
    /// Number of days elapsed since the noncurrent timestamp of an object. The condition is satisfied if the days elapsed is at least this number. This condition is relevant only for versioned objects. The value of the field must be a nonnegative integer. If it's zero, the object version will become eligible for Lifecycle action as soon as it becomes noncurrent.
    #[serde(
        rename = "daysSinceNoncurrentTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub days_since_noncurrent_time: Option<i32>,
    /// Relevant only for versioned objects. If the value is true, this condition matches live objects; if the value is false, it matches archived objects.
    #[serde(rename = "isLive", default, skip_serializing_if = "Option::is_none")]
    pub is_live: Option<bool>,
    /// A regular expression that satisfies the RE2 syntax. This condition is satisfied when the name of the object matches the RE2 pattern. Note: This feature is currently in the "Early Access" launch stage and is only available to a whitelisted set of users; that means that this feature may be changed in backward-incompatible ways and that it is not guaranteed to be released.
    #[serde(
        rename = "matchesPattern",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub matches_pattern: Option<String>,
    /// List of object name prefixes. This condition will be satisfied when at least one of the prefixes exactly matches the beginning of the object name.
    #[serde(
        rename = "matchesPrefix",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub matches_prefix: Option<Vec<String>>,
    /// Objects having any of the storage classes specified by this condition will be matched. Values include MULTI_REGIONAL, REGIONAL, NEARLINE, COLDLINE, ARCHIVE, STANDARD, and DURABLE_REDUCED_AVAILABILITY.
    #[serde(
        rename = "matchesStorageClass",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub matches_storage_class: Option<Vec<String>>,
    /// List of object name suffixes. This condition will be satisfied when at least one of the suffixes exactly matches the end of the object name.
    #[serde(
        rename = "matchesSuffix",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub matches_suffix: Option<Vec<String>>,
    /// A date in RFC 3339 format with only the date part (for instance, "2013-01-15"). This condition is satisfied when the noncurrent time on an object is before this date in UTC. This condition is relevant only for versioned objects.
    #[serde(
        rename = "noncurrentTimeBefore",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub noncurrent_time_before: Option<rt::Date>,
    /// Relevant only for versioned objects. If the value is N, this condition is satisfied when there are at least N versions (including the live version) newer than this version of the object.
    #[serde(
        rename = "numNewerVersions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub num_newer_versions: Option<i32>,
    /// Objects having a size greater than this value in bytes will be matched.
    #[serde(
        rename = "sizeAboveBytes",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub size_above_bytes: Option<i64>,
    /// Objects having a size less than this value in bytes will be matched.
    #[serde(
        rename = "sizeBelowBytes",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub size_below_bytes: Option<i64>,
}
/// The bucket's logging configuration, which defines the destination bucket and optional name prefix for the current bucket's logs.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketLogging {
    /// The destination bucket where the current bucket's logs should be placed.
    #[serde(rename = "logBucket", default, skip_serializing_if = "Option::is_none")]
    pub log_bucket: Option<String>,
    /// A prefix for log object names.
    #[serde(
        rename = "logObjectPrefix",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub log_object_prefix: Option<String>,
}
/// The bucket's object retention config.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketObjectRetention {
    /// The bucket's object retention mode. Can be Enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
}
/// The owner of the bucket. This is always the project team's owner group.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketOwner {
    /// The entity, in the form project-owner-projectId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// The ID for the entity.
    #[serde(rename = "entityId", default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
}
/// The bucket's retention policy. The retention policy enforces a minimum retention time for all objects contained in the bucket, based on their creation time. Any attempt to overwrite or delete objects younger than the retention period will result in a PERMISSION_DENIED error. An unlocked retention policy can be modified or removed from the bucket via a storage.buckets.update operation. A locked retention policy cannot be removed or shortened in duration for the lifetime of the bucket. Attempting to remove or decrease period of a locked retention policy will result in a PERMISSION_DENIED error.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketRetentionPolicy {
    /// Server-determined value that indicates the time from which policy was enforced and effective. This value is in RFC 3339 format.
    #[serde(
        rename = "effectiveTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub effective_time: Option<rt::Timestamp>,
    /// Once locked, an object retention policy cannot be modified.
    #[serde(rename = "isLocked", default, skip_serializing_if = "Option::is_none")]
    pub is_locked: Option<bool>,
    /// The duration in seconds that objects need to be retained. Retention duration must be greater than zero and less than 100 years. Note that enforcement of retention periods less than a day is not guaranteed. Such periods should only be used for testing purposes.
    #[serde(
        rename = "retentionPeriod",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub retention_period: Option<i64>,
}
/// The bucket's soft delete policy, which defines the period of time that soft-deleted objects will be retained, and cannot be permanently deleted.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketSoftDeletePolicy {
    /// Server-determined value that indicates the time from which the policy, or one with a greater retention, was effective. This value is in RFC 3339 format.
    #[serde(
        rename = "effectiveTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub effective_time: Option<rt::Timestamp>,
    /// The bucket's hard delete pause configuration. If set, soft-deleted objects in the bucket will not be permanently deleted until the hard delete pause is disabled.
    #[serde(
        rename = "hardDeletePause",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub hard_delete_pause: Option<BucketSoftDeletePolicyHardDeletePause>,
    /// The duration in seconds that soft-deleted objects in the bucket will be retained and cannot be permanently deleted.
    #[serde(
        rename = "retentionDurationSeconds",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub retention_duration_seconds: Option<i64>,
}
/// The bucket's hard delete pause configuration. If set, soft-deleted objects in the bucket will not be permanently deleted until the hard delete pause is disabled.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketSoftDeletePolicyHardDeletePause {
    /// Server-determined value that indicates the time from which the hard delete pause became effective. This value is in RFC 3339 format.
    #[serde(
        rename = "effectiveTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub effective_time: Option<rt::Timestamp>,
    /// Whether hard deletions are paused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}
/// The storage layout configuration of a bucket.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketStorageLayout {
    /// The name of the bucket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// The bucket's custom placement configuration for Custom Dual Regions.
    #[serde(
        rename = "customPlacementConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub custom_placement_config: Option<BucketStorageLayoutCustomPlacementConfig>,
    /// The bucket's hierarchical namespace configuration.
    #[serde(
        rename = "hierarchicalNamespace",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub hierarchical_namespace: Option<BucketStorageLayoutHierarchicalNamespace>,
    /// The kind of item this is. For storage layout, this is always storage#storageLayout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The location of the bucket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// The type of the bucket location.
    #[serde(
        rename = "locationType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub location_type: Option<String>,
}
/// The bucket's custom placement configuration for Custom Dual Regions.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketStorageLayoutCustomPlacementConfig {
    /// The list of regional locations in which data is placed.
    #[serde(
        rename = "dataLocations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub data_locations: Option<Vec<String>>,
}
/// The bucket's hierarchical namespace configuration.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketStorageLayoutHierarchicalNamespace {
    /// When set to true, hierarchical namespace is enabled for this bucket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}
/// The bucket's versioning configuration.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketVersioning {
    /// While set to true, versioning is fully enabled for this bucket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}
/// The bucket's website configuration, controlling how the service behaves when accessing bucket contents as a web site. See the \[Static Website Examples\](<https://cloud.google.com/storage/docs/static-website>) for more information.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BucketWebsite {
    /// If the requested object path is missing, the service will ensure the path has a trailing '/', append this suffix, and attempt to retrieve the resulting object. This allows the creation of index.html objects to represent directory pages.
    #[serde(
        rename = "mainPageSuffix",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub main_page_suffix: Option<String>,
    /// If the requested object path is missing, and any mainPageSuffix object is missing, if applicable, the service will return the named object from this bucket as the content for a 404 Not Found result.
    #[serde(
        rename = "notFoundPage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub not_found_page: Option<String>,
}
/// A list of buckets.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Buckets {
    /// The list of items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<Bucket>>,
    /// The kind of item this is. For lists of buckets, this is always storage#buckets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The continuation token, used to page through large result sets. Provide this value in a subsequent request to return the next page of results.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
    /// The list of bucket resource names that could not be reached during the listing operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unreachable: Option<Vec<String>>,
}
/// Set of properties to return. Defaults to noAcl.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum BucketsGetProjection {
    /// Include all properties.
    Full,
    /// Omit owner, acl and defaultObjectAcl properties.
    NoAcl,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl BucketsGetProjection {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "full",
            Self::NoAcl => "noAcl",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for BucketsGetProjection {
    fn from(value: &str) -> Self {
        match value {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for BucketsGetProjection {
    fn from(value: String) -> Self {
        match value.as_str() {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for BucketsGetProjection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for BucketsGetProjection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BucketsGetProjection {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Apply a predefined set of access controls to this bucket.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum BucketsInsertPredefinedAcl {
    /// Project team owners get OWNER access, and allAuthenticatedUsers get READER access.
    AuthenticatedRead,
    /// Project team owners get OWNER access.
    Private,
    /// Project team members get access according to their roles.
    ProjectPrivate,
    /// Project team owners get OWNER access, and allUsers get READER access.
    PublicRead,
    /// Project team owners get OWNER access, and allUsers get WRITER access.
    PublicReadWrite,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl BucketsInsertPredefinedAcl {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthenticatedRead => "authenticatedRead",
            Self::Private => "private",
            Self::ProjectPrivate => "projectPrivate",
            Self::PublicRead => "publicRead",
            Self::PublicReadWrite => "publicReadWrite",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for BucketsInsertPredefinedAcl {
    fn from(value: &str) -> Self {
        match value {
            "authenticatedRead" => Self::AuthenticatedRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            "publicReadWrite" => Self::PublicReadWrite,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for BucketsInsertPredefinedAcl {
    fn from(value: String) -> Self {
        match value.as_str() {
            "authenticatedRead" => Self::AuthenticatedRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            "publicReadWrite" => Self::PublicReadWrite,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for BucketsInsertPredefinedAcl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for BucketsInsertPredefinedAcl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BucketsInsertPredefinedAcl {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Apply a predefined set of default object access controls to this bucket.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum BucketsInsertPredefinedDefaultObjectAcl {
    /// Object owner gets OWNER access, and allAuthenticatedUsers get READER access.
    AuthenticatedRead,
    /// Object owner gets OWNER access, and project team owners get OWNER access.
    BucketOwnerFullControl,
    /// Object owner gets OWNER access, and project team owners get READER access.
    BucketOwnerRead,
    /// Object owner gets OWNER access.
    Private,
    /// Object owner gets OWNER access, and project team members get access according to their roles.
    ProjectPrivate,
    /// Object owner gets OWNER access, and allUsers get READER access.
    PublicRead,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl BucketsInsertPredefinedDefaultObjectAcl {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthenticatedRead => "authenticatedRead",
            Self::BucketOwnerFullControl => "bucketOwnerFullControl",
            Self::BucketOwnerRead => "bucketOwnerRead",
            Self::Private => "private",
            Self::ProjectPrivate => "projectPrivate",
            Self::PublicRead => "publicRead",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for BucketsInsertPredefinedDefaultObjectAcl {
    fn from(value: &str) -> Self {
        match value {
            "authenticatedRead" => Self::AuthenticatedRead,
            "bucketOwnerFullControl" => Self::BucketOwnerFullControl,
            "bucketOwnerRead" => Self::BucketOwnerRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for BucketsInsertPredefinedDefaultObjectAcl {
    fn from(value: String) -> Self {
        match value.as_str() {
            "authenticatedRead" => Self::AuthenticatedRead,
            "bucketOwnerFullControl" => Self::BucketOwnerFullControl,
            "bucketOwnerRead" => Self::BucketOwnerRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for BucketsInsertPredefinedDefaultObjectAcl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for BucketsInsertPredefinedDefaultObjectAcl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BucketsInsertPredefinedDefaultObjectAcl {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Set of properties to return. Defaults to noAcl, unless the bucket resource specifies acl or defaultObjectAcl properties, when it defaults to full.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum BucketsInsertProjection {
    /// Include all properties.
    Full,
    /// Omit owner, acl and defaultObjectAcl properties.
    NoAcl,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl BucketsInsertProjection {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "full",
            Self::NoAcl => "noAcl",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for BucketsInsertProjection {
    fn from(value: &str) -> Self {
        match value {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for BucketsInsertProjection {
    fn from(value: String) -> Self {
        match value.as_str() {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for BucketsInsertProjection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for BucketsInsertProjection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BucketsInsertProjection {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Set of properties to return. Defaults to noAcl.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum BucketsListProjection {
    /// Include all properties.
    Full,
    /// Omit owner, acl and defaultObjectAcl properties.
    NoAcl,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl BucketsListProjection {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "full",
            Self::NoAcl => "noAcl",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for BucketsListProjection {
    fn from(value: &str) -> Self {
        match value {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for BucketsListProjection {
    fn from(value: String) -> Self {
        match value.as_str() {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for BucketsListProjection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for BucketsListProjection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BucketsListProjection {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Apply a predefined set of access controls to this bucket.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum BucketsPatchPredefinedAcl {
    /// Project team owners get OWNER access, and allAuthenticatedUsers get READER access.
    AuthenticatedRead,
    /// Project team owners get OWNER access.
    Private,
    /// Project team members get access according to their roles.
    ProjectPrivate,
    /// Project team owners get OWNER access, and allUsers get READER access.
    PublicRead,
    /// Project team owners get OWNER access, and allUsers get WRITER access.
    PublicReadWrite,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl BucketsPatchPredefinedAcl {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthenticatedRead => "authenticatedRead",
            Self::Private => "private",
            Self::ProjectPrivate => "projectPrivate",
            Self::PublicRead => "publicRead",
            Self::PublicReadWrite => "publicReadWrite",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for BucketsPatchPredefinedAcl {
    fn from(value: &str) -> Self {
        match value {
            "authenticatedRead" => Self::AuthenticatedRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            "publicReadWrite" => Self::PublicReadWrite,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for BucketsPatchPredefinedAcl {
    fn from(value: String) -> Self {
        match value.as_str() {
            "authenticatedRead" => Self::AuthenticatedRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            "publicReadWrite" => Self::PublicReadWrite,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for BucketsPatchPredefinedAcl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for BucketsPatchPredefinedAcl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BucketsPatchPredefinedAcl {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Apply a predefined set of default object access controls to this bucket.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum BucketsPatchPredefinedDefaultObjectAcl {
    /// Object owner gets OWNER access, and allAuthenticatedUsers get READER access.
    AuthenticatedRead,
    /// Object owner gets OWNER access, and project team owners get OWNER access.
    BucketOwnerFullControl,
    /// Object owner gets OWNER access, and project team owners get READER access.
    BucketOwnerRead,
    /// Object owner gets OWNER access.
    Private,
    /// Object owner gets OWNER access, and project team members get access according to their roles.
    ProjectPrivate,
    /// Object owner gets OWNER access, and allUsers get READER access.
    PublicRead,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl BucketsPatchPredefinedDefaultObjectAcl {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthenticatedRead => "authenticatedRead",
            Self::BucketOwnerFullControl => "bucketOwnerFullControl",
            Self::BucketOwnerRead => "bucketOwnerRead",
            Self::Private => "private",
            Self::ProjectPrivate => "projectPrivate",
            Self::PublicRead => "publicRead",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for BucketsPatchPredefinedDefaultObjectAcl {
    fn from(value: &str) -> Self {
        match value {
            "authenticatedRead" => Self::AuthenticatedRead,
            "bucketOwnerFullControl" => Self::BucketOwnerFullControl,
            "bucketOwnerRead" => Self::BucketOwnerRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for BucketsPatchPredefinedDefaultObjectAcl {
    fn from(value: String) -> Self {
        match value.as_str() {
            "authenticatedRead" => Self::AuthenticatedRead,
            "bucketOwnerFullControl" => Self::BucketOwnerFullControl,
            "bucketOwnerRead" => Self::BucketOwnerRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for BucketsPatchPredefinedDefaultObjectAcl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for BucketsPatchPredefinedDefaultObjectAcl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BucketsPatchPredefinedDefaultObjectAcl {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Set of properties to return. Defaults to full.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum BucketsPatchProjection {
    /// Include all properties.
    Full,
    /// Omit owner, acl and defaultObjectAcl properties.
    NoAcl,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl BucketsPatchProjection {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "full",
            Self::NoAcl => "noAcl",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for BucketsPatchProjection {
    fn from(value: &str) -> Self {
        match value {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for BucketsPatchProjection {
    fn from(value: String) -> Self {
        match value.as_str() {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for BucketsPatchProjection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for BucketsPatchProjection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BucketsPatchProjection {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Set of properties to return. Defaults to full.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum BucketsRestoreProjection {
    /// Include all properties.
    Full,
    /// Omit owner, acl and defaultObjectAcl properties.
    NoAcl,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl BucketsRestoreProjection {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "full",
            Self::NoAcl => "noAcl",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for BucketsRestoreProjection {
    fn from(value: &str) -> Self {
        match value {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for BucketsRestoreProjection {
    fn from(value: String) -> Self {
        match value.as_str() {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for BucketsRestoreProjection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for BucketsRestoreProjection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BucketsRestoreProjection {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Apply a predefined set of access controls to this bucket.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum BucketsUpdatePredefinedAcl {
    /// Project team owners get OWNER access, and allAuthenticatedUsers get READER access.
    AuthenticatedRead,
    /// Project team owners get OWNER access.
    Private,
    /// Project team members get access according to their roles.
    ProjectPrivate,
    /// Project team owners get OWNER access, and allUsers get READER access.
    PublicRead,
    /// Project team owners get OWNER access, and allUsers get WRITER access.
    PublicReadWrite,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl BucketsUpdatePredefinedAcl {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthenticatedRead => "authenticatedRead",
            Self::Private => "private",
            Self::ProjectPrivate => "projectPrivate",
            Self::PublicRead => "publicRead",
            Self::PublicReadWrite => "publicReadWrite",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for BucketsUpdatePredefinedAcl {
    fn from(value: &str) -> Self {
        match value {
            "authenticatedRead" => Self::AuthenticatedRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            "publicReadWrite" => Self::PublicReadWrite,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for BucketsUpdatePredefinedAcl {
    fn from(value: String) -> Self {
        match value.as_str() {
            "authenticatedRead" => Self::AuthenticatedRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            "publicReadWrite" => Self::PublicReadWrite,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for BucketsUpdatePredefinedAcl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for BucketsUpdatePredefinedAcl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BucketsUpdatePredefinedAcl {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Apply a predefined set of default object access controls to this bucket.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum BucketsUpdatePredefinedDefaultObjectAcl {
    /// Object owner gets OWNER access, and allAuthenticatedUsers get READER access.
    AuthenticatedRead,
    /// Object owner gets OWNER access, and project team owners get OWNER access.
    BucketOwnerFullControl,
    /// Object owner gets OWNER access, and project team owners get READER access.
    BucketOwnerRead,
    /// Object owner gets OWNER access.
    Private,
    /// Object owner gets OWNER access, and project team members get access according to their roles.
    ProjectPrivate,
    /// Object owner gets OWNER access, and allUsers get READER access.
    PublicRead,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl BucketsUpdatePredefinedDefaultObjectAcl {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthenticatedRead => "authenticatedRead",
            Self::BucketOwnerFullControl => "bucketOwnerFullControl",
            Self::BucketOwnerRead => "bucketOwnerRead",
            Self::Private => "private",
            Self::ProjectPrivate => "projectPrivate",
            Self::PublicRead => "publicRead",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for BucketsUpdatePredefinedDefaultObjectAcl {
    fn from(value: &str) -> Self {
        match value {
            "authenticatedRead" => Self::AuthenticatedRead,
            "bucketOwnerFullControl" => Self::BucketOwnerFullControl,
            "bucketOwnerRead" => Self::BucketOwnerRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for BucketsUpdatePredefinedDefaultObjectAcl {
    fn from(value: String) -> Self {
        match value.as_str() {
            "authenticatedRead" => Self::AuthenticatedRead,
            "bucketOwnerFullControl" => Self::BucketOwnerFullControl,
            "bucketOwnerRead" => Self::BucketOwnerRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for BucketsUpdatePredefinedDefaultObjectAcl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for BucketsUpdatePredefinedDefaultObjectAcl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BucketsUpdatePredefinedDefaultObjectAcl {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Set of properties to return. Defaults to full.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum BucketsUpdateProjection {
    /// Include all properties.
    Full,
    /// Omit owner, acl and defaultObjectAcl properties.
    NoAcl,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl BucketsUpdateProjection {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "full",
            Self::NoAcl => "noAcl",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for BucketsUpdateProjection {
    fn from(value: &str) -> Self {
        match value {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for BucketsUpdateProjection {
    fn from(value: String) -> Self {
        match value.as_str() {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for BucketsUpdateProjection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for BucketsUpdateProjection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BucketsUpdateProjection {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// A bulk restore objects request.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BulkRestoreObjectsRequest {
    /// If false (default), the restore will not overwrite live objects with the same name at the destination. This means some deleted objects may be skipped. If true, live objects will be overwritten resulting in a noncurrent object (if versioning is enabled). If versioning is not enabled, overwriting the object will result in a soft-deleted object. In either case, if a noncurrent object already exists with the same name, a live version can be written without issue.
    #[serde(
        rename = "allowOverwrite",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub allow_overwrite: Option<bool>,
    /// If true, copies the source object's ACL; otherwise, uses the bucket's default object ACL. The default is false.
    #[serde(
        rename = "copySourceAcl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub copy_source_acl: Option<bool>,
    /// Restores only the objects that were created after this time.
    #[serde(
        rename = "createdAfterTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub created_after_time: Option<rt::Timestamp>,
    /// Restores only the objects that were created before this time.
    #[serde(
        rename = "createdBeforeTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub created_before_time: Option<rt::Timestamp>,
    /// Restores only the objects matching any of the specified glob(s). If this parameter is not specified, all objects will be restored within the specified time range.
    #[serde(
        rename = "matchGlobs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub match_globs: Option<Vec<String>>,
    /// Restores only the objects that were soft-deleted after this time.
    #[serde(
        rename = "softDeletedAfterTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub soft_deleted_after_time: Option<rt::Timestamp>,
    /// Restores only the objects that were soft-deleted before this time.
    #[serde(
        rename = "softDeletedBeforeTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub soft_deleted_before_time: Option<rt::Timestamp>,
}
/// A Compose request.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ComposeRequest {
    /// If true, the source objects will be deleted.
    #[serde(
        rename = "deleteSourceObjects",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delete_source_objects: Option<bool>,
    /// Properties of the resulting object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<Object>,
    /// The kind of item this is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The list of source objects that will be concatenated into a single object.
    ///
    /// Required by `storage.objects.compose`.
    #[serde(
        rename = "sourceObjects",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_objects: Option<Vec<ComposeRequestSourceObjectsItem>>,
}
/// The `ComposeRequest.properties.sourceObjects.items` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ComposeRequestSourceObjectsItem {
    /// The generation of this object to use as the source.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub generation: Option<i64>,
    /// The source object's name. All source objects must reside in the same bucket.
    ///
    /// Required by `storage.objects.compose`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Conditions that must be met for this operation to execute.
    #[serde(
        rename = "objectPreconditions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub object_preconditions: Option<ComposeRequestSourceObjectsItemObjectPreconditions>,
}
/// Conditions that must be met for this operation to execute.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ComposeRequestSourceObjectsItemObjectPreconditions {
    /// Only perform the composition if the generation of the source object that would be used matches this value. If this value and a generation are both specified, they must be the same value or the call will fail.
    #[serde(
        rename = "ifGenerationMatch",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub if_generation_match: Option<i64>,
}
/// Represents an expression text. Example: title: "User account presence" description: "Determines whether the request has a user account" expression: "size(request.user) \> 0"
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Expr {
    /// An optional description of the expression. This is a longer text which describes the expression, e.g. when hovered over it in a UI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Textual representation of an expression in Common Expression Language syntax. The application context of the containing message determines which well-known feature set of CEL is supported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// An optional string indicating the location of the expression for error reporting, e.g. a file name and a position in the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// An optional title for the expression, i.e. a short string describing its purpose. This can be used e.g. in UIs which allow to enter the expression.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}
/// A folder. Only available in buckets with hierarchical namespace enabled.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Folder {
    /// The name of the bucket containing this folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// The creation time of the folder in RFC 3339 format.
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<rt::Timestamp>,
    /// The ID of the folder, including the bucket name, folder name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The kind of item this is. For folders, this is always storage#folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The version of the metadata for this folder. Used for preconditions and for detecting changes in metadata.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub metageneration: Option<i64>,
    /// The name of the folder. Required if not specified by URL parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Only present if the folder is part of an ongoing rename folder operation. Contains information which can be used to query the operation status.
    #[serde(
        rename = "pendingRenameInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pending_rename_info: Option<FolderPendingRenameInfo>,
    /// The link to this folder.
    #[serde(rename = "selfLink", default, skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
    /// The modification time of the folder metadata in RFC 3339 format.
    #[serde(
        rename = "updateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_time: Option<rt::Timestamp>,
}
/// Only present if the folder is part of an ongoing rename folder operation. Contains information which can be used to query the operation status.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FolderPendingRenameInfo {
    /// The ID of the rename folder operation.
    #[serde(
        rename = "operationId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub operation_id: Option<String>,
}
/// A list of folders.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Folders {
    /// The list of items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<Folder>>,
    /// The kind of item this is. For lists of folders, this is always storage#folders.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The continuation token, used to page through large result sets. Provide this value in a subsequent request to return the next page of results.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
}
/// The response message for storage.buckets.operations.list.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GoogleLongrunningListOperationsResponse {
    /// The kind of item this is. For lists of operations, this is always storage#operations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The continuation token, used to page through large result sets. Provide this value in a subsequent request to return the next page of results.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
    /// A list of operations that matches the specified filter in the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operations: Option<Vec<GoogleLongrunningOperation>>,
}
/// This resource represents a long-running operation that is the result of a network API call.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GoogleLongrunningOperation {
    /// If the value is "false", it means the operation is still in progress. If "true", the operation is completed, and either "error" or "response" is available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<bool>,
    /// The error result of the operation in case of failure or cancellation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<GoogleRpcStatus>,
    /// The kind of item this is. For operations, this is always storage#operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Service-specific metadata associated with the operation. It typically contains progress information and common metadata such as create time. Some services might not provide such metadata. Any method that returns a long-running operation should document the metadata type, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, serde_json::Value>>,
    /// The server-assigned name, which is only unique within the same service that originally returns it. If you use the default HTTP mapping, the "name" should be a resource name ending with "operations/{operationId}".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The normal response of the operation in case of success. If the original method returns no data on success, such as "Delete", the response is google.protobuf.Empty. If the original method is standard Get/Create/Update, the response should be the resource. For other methods, the response should have the type "XxxResponse", where "Xxx" is the original method name. For example, if the original method name is "TakeSnapshot()", the inferred response type is "TakeSnapshotResponse".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<BTreeMap<String, serde_json::Value>>,
    /// The link to this long running operation.
    #[serde(rename = "selfLink", default, skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
}
/// The "Status" type defines a logical error model that is suitable for different programming environments, including REST APIs and RPC APIs. It is used by \[gRPC\](<https://github.com/grpc>). Each "Status" message contains three pieces of data: error code, error message, and error details. You can find out more about this error model and how to work with it in the \[API Design Guide\](<https://cloud.google.com/apis/design/errors>).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GoogleRpcStatus {
    /// The status code, which should be an enum value of google.rpc.Code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<i32>,
    /// A list of messages that carry the error details. There is a common set of message types for APIs to use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<BTreeMap<String, serde_json::Value>>>,
    /// A developer-facing error message, which should be in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
/// JSON template to produce a JSON-style HMAC Key resource for Create responses.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct HmacKey {
    /// The kind of item this is. For HMAC keys, this is always storage#hmacKey.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Key metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<HmacKeyMetadata>,
    /// HMAC secret key material.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}
/// JSON template to produce a JSON-style HMAC Key metadata resource.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct HmacKeyMetadata {
    /// The ID of the HMAC Key.
    #[serde(rename = "accessId", default, skip_serializing_if = "Option::is_none")]
    pub access_id: Option<String>,
    /// HTTP 1.1 Entity tag for the HMAC key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The ID of the HMAC key, including the Project ID and the Access ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The kind of item this is. For HMAC Key metadata, this is always storage#hmacKeyMetadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Project ID owning the service account to which the key authenticates.
    #[serde(rename = "projectId", default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// The link to this resource.
    #[serde(rename = "selfLink", default, skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
    /// The email address of the key's associated service account.
    #[serde(
        rename = "serviceAccountEmail",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_account_email: Option<String>,
    /// The state of the key. Can be one of ACTIVE, INACTIVE, or DELETED.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The creation time of the HMAC key in RFC 3339 format.
    #[serde(
        rename = "timeCreated",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub time_created: Option<rt::Timestamp>,
    /// The last modification time of the HMAC key metadata in RFC 3339 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<rt::Timestamp>,
}
/// A list of hmacKeys.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct HmacKeysMetadata {
    /// The list of items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<HmacKeyMetadata>>,
    /// The kind of item this is. For lists of hmacKeys, this is always storage#hmacKeysMetadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The continuation token, used to page through large result sets. Provide this value in a subsequent request to return the next page of results.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
}
/// A managed folder.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ManagedFolder {
    /// The name of the bucket containing this managed folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// The creation time of the managed folder in RFC 3339 format.
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<rt::Timestamp>,
    /// The ID of the managed folder, including the bucket name and managed folder name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The kind of item this is. For managed folders, this is always storage#managedFolder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The version of the metadata for this managed folder. Used for preconditions and for detecting changes in metadata.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub metageneration: Option<i64>,
    /// The name of the managed folder. Required if not specified by URL parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The rapid cache configuration for the managed folder.
    #[serde(
        rename = "rapidCacheConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub rapid_cache_config: Option<RapidCacheConfig>,
    /// The link to this managed folder.
    #[serde(rename = "selfLink", default, skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
    /// The last update time of the managed folder metadata in RFC 3339 format.
    #[serde(
        rename = "updateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_time: Option<rt::Timestamp>,
}
/// A list of managed folders.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ManagedFolders {
    /// The list of items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<ManagedFolder>>,
    /// The kind of item this is. For lists of managed folders, this is always storage#managedFolders.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The continuation token, used to page through large result sets. Provide this value in a subsequent request to return the next page of results.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
}
/// A subscription to receive Google PubSub notifications.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Notification {
    /// An optional list of additional attributes to attach to each Cloud PubSub message published for this notification subscription.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<BTreeMap<String, String>>,
    /// HTTP 1.1 Entity tag for this subscription notification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// If present, only send notifications about listed event types. If empty, sent notifications for all event types.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_types: Option<Vec<String>>,
    /// The ID of the notification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The kind of item this is. For notifications, this is always storage#notification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// If present, only apply this notification configuration to object names that begin with this prefix.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_name_prefix: Option<String>,
    /// The desired content of the Payload.
    ///
    /// Required by `storage.notifications.insert`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload_format: Option<String>,
    /// The canonical URL of this notification.
    #[serde(rename = "selfLink", default, skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
    /// The Cloud PubSub topic to which this subscription publishes. Formatted as: '//pubsub.googleapis.com/projects/{project-identifier}/topics/{my-topic}'
    ///
    /// Required by `storage.notifications.insert`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
}
/// A list of notification subscriptions.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Notifications {
    /// The list of items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<Notification>>,
    /// The kind of item this is. For lists of notifications, this is always storage#notifications.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}
/// An object.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Object {
    /// Access controls on the object.
    ///
    /// Required by `storage.objects.update`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acl: Option<Vec<ObjectAccessControl>>,
    /// The name of the bucket containing this object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// Cache-Control directive for the object data. If omitted, and the object is accessible to all anonymous users, the default will be public, max-age=3600.
    #[serde(
        rename = "cacheControl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cache_control: Option<String>,
    /// Number of underlying components that make up this object. Components are accumulated by compose operations.
    #[serde(
        rename = "componentCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub component_count: Option<i32>,
    /// Content-Disposition of the object data.
    #[serde(
        rename = "contentDisposition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub content_disposition: Option<String>,
    /// Content-Encoding of the object data.
    #[serde(
        rename = "contentEncoding",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub content_encoding: Option<String>,
    /// Content-Language of the object data.
    #[serde(
        rename = "contentLanguage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub content_language: Option<String>,
    /// Content-Type of the object data. If an object is stored without a Content-Type, it is served as application/octet-stream.
    #[serde(
        rename = "contentType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub content_type: Option<String>,
    /// User-defined or system-defined object contexts. Each object context is a key-payload pair, where the key provides the identification and the payload holds the associated value and additional metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contexts: Option<ObjectContexts>,
    /// CRC32c checksum, as described in RFC 4960, Appendix B; encoded using base64 in big-endian byte order. For more information about using the CRC32c checksum, see \[Data Validation and Change Detection\](<https://cloud.google.com/storage/docs/data-validation>).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crc32c: Option<String>,
    /// A timestamp in RFC 3339 format specified by the user for an object.
    #[serde(
        rename = "customTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub custom_time: Option<rt::Timestamp>,
    /// Metadata of customer-supplied encryption key, if the object is encrypted by such a key.
    #[serde(
        rename = "customerEncryption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_encryption: Option<ObjectCustomerEncryption>,
    /// HTTP 1.1 Entity tag for the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Whether an object is under event-based hold. Event-based hold is a way to retain objects until an event occurs, which is signified by the hold's release (i.e. this value is set to false). After being released (set to false), such objects will be subject to bucket-level retention (if any). One sample use case of this flag is for banks to hold loan documents for at least 3 years after loan is paid in full. Here, bucket-level retention is 3 years and the event is the loan being paid in full. In this example, these objects will be held intact for any number of years until the event has occurred (event-based hold on the object is released) and then 3 more years after that. That means retention duration of the objects begins from the moment event-based hold transitioned from true to false.
    #[serde(
        rename = "eventBasedHold",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub event_based_hold: Option<bool>,
    /// The content generation of this object. Used for object versioning.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub generation: Option<i64>,
    /// This is the time (in the future) when the soft-deleted object will no longer be restorable. It is equal to the soft delete time plus the current soft delete retention duration of the bucket.
    #[serde(
        rename = "hardDeleteTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub hard_delete_time: Option<rt::Timestamp>,
    /// The ID of the object, including the bucket name, object name, and generation number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The kind of item this is. For objects, this is always storage#object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Not currently supported. Specifying the parameter causes the request to fail with status code 400 - Bad Request.
    #[serde(
        rename = "kmsKeyName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub kms_key_name: Option<String>,
    /// MD5 hash of the data; encoded using base64. For more information about using the MD5 hash, see \[Data Validation and Change Detection\](<https://cloud.google.com/storage/docs/data-validation>).
    #[serde(rename = "md5Hash", default, skip_serializing_if = "Option::is_none")]
    pub md5_hash: Option<String>,
    /// Media download link.
    #[serde(rename = "mediaLink", default, skip_serializing_if = "Option::is_none")]
    pub media_link: Option<String>,
    /// User-provided metadata, in key/value pairs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
    /// The version of the metadata for this object at this generation. Used for preconditions and for detecting changes in metadata. A metageneration number is only meaningful in the context of a particular generation of a particular object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub metageneration: Option<i64>,
    /// The name of the object. Required if not specified by URL parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The owner of the object. This will always be the uploader of the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<ObjectOwner>,
    /// Restore token used to differentiate deleted objects with the same name and generation. This field is only returned for deleted objects in hierarchical namespace buckets.
    #[serde(
        rename = "restoreToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub restore_token: Option<String>,
    /// A collection of object level retention parameters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<ObjectRetention>,
    /// A server-determined value that specifies the earliest time that the object's retention period expires. This value is in RFC 3339 format. Note 1: This field is not provided for objects with an active event-based hold, since retention expiration is unknown until the hold is removed. Note 2: This value can be provided even when temporary hold is set (so that the user can reason about policy without having to first unset the temporary hold).
    #[serde(
        rename = "retentionExpirationTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub retention_expiration_time: Option<rt::Timestamp>,
    /// The link to this object.
    #[serde(rename = "selfLink", default, skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
    /// Content-Length of the data in bytes.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::UInt64>>"
    )]
    pub size: Option<u64>,
    /// The time at which the object became soft-deleted in RFC 3339 format.
    #[serde(
        rename = "softDeleteTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub soft_delete_time: Option<rt::Timestamp>,
    /// Storage class of the object.
    #[serde(
        rename = "storageClass",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_class: Option<String>,
    /// Whether an object is under temporary hold. While this flag is set to true, the object is protected against deletion and overwrites. A common use case of this flag is regulatory investigations where objects need to be retained while the investigation is ongoing. Note that unlike event-based hold, temporary hold does not impact retention expiration time of an object.
    #[serde(
        rename = "temporaryHold",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub temporary_hold: Option<bool>,
    /// The creation time of the object in RFC 3339 format.
    #[serde(
        rename = "timeCreated",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub time_created: Option<rt::Timestamp>,
    /// The time at which the object became noncurrent in RFC 3339 format. Will be returned if and only if this version of the object has been deleted.
    #[serde(
        rename = "timeDeleted",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub time_deleted: Option<rt::Timestamp>,
    /// The time when the object was finalized.
    #[serde(
        rename = "timeFinalized",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub time_finalized: Option<rt::Timestamp>,
    /// The time at which the object's storage class was last changed. When the object is initially created, it will be set to timeCreated.
    #[serde(
        rename = "timeStorageClassUpdated",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub time_storage_class_updated: Option<rt::Timestamp>,
    /// The modification time of the object metadata in RFC 3339 format. Set initially to object creation time and then updated whenever any metadata of the object changes. This includes changes made by a requester, such as modifying custom metadata, as well as changes made by Cloud Storage on behalf of a requester, such as changing the storage class based on an Object Lifecycle Configuration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<rt::Timestamp>,
}
/// An access-control entry.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ObjectAccessControl {
    /// The name of the bucket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// The domain associated with the entity, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The email address associated with the entity, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The entity holding the permission, in one of the following forms:
    /// - user-userId
    /// - user-email
    /// - group-groupId
    /// - group-email
    /// - domain-domain
    /// - project-team-projectId
    /// - allUsers
    /// - allAuthenticatedUsers Examples:
    /// - The user liz@example.com would be user-liz@example.com.
    /// - The group example@googlegroups.com would be group-example@googlegroups.com.
    /// - To refer to all members of the Google Apps for Business domain example.com, the entity would be domain-example.com.
    ///
    /// Required by `storage.defaultObjectAccessControls.insert`, `storage.objectAccessControls.insert`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// The ID for the entity, if any.
    #[serde(rename = "entityId", default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// HTTP 1.1 Entity tag for the access-control entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The content generation of the object, if applied to an object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub generation: Option<i64>,
    /// The ID of the access-control entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The kind of item this is. For object access control entries, this is always storage#objectAccessControl.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The name of the object, if applied to an object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The project team associated with the entity, if any.
    #[serde(
        rename = "projectTeam",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub project_team: Option<ObjectAccessControlProjectTeam>,
    /// The access permission for the entity.
    ///
    /// Required by `storage.defaultObjectAccessControls.insert`, `storage.objectAccessControls.insert`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The link to this access-control entry.
    #[serde(rename = "selfLink", default, skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
}
/// The project team associated with the entity, if any.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ObjectAccessControlProjectTeam {
    /// The project number.
    #[serde(
        rename = "projectNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub project_number: Option<String>,
    /// The team.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
}
/// An access-control list.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ObjectAccessControls {
    /// The list of items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<ObjectAccessControl>>,
    /// The kind of item this is. For lists of object access control entries, this is always storage#objectAccessControls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}
/// User-defined or system-defined object contexts. Each object context is a key-payload pair, where the key provides the identification and the payload holds the associated value and additional metadata.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ObjectContexts {
    /// User-defined object contexts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom: Option<BTreeMap<String, ObjectCustomContextPayload>>,
}
/// The payload of a single user-defined object context.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ObjectCustomContextPayload {
    /// The time at which the object context was created in RFC 3339 format.
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<rt::Timestamp>,
    /// The type URL of the object context's extended data.
    #[serde(
        rename = "extendedDataTypeUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub extended_data_type_url: Option<String>,
    /// The time at which the object context was last updated in RFC 3339 format.
    #[serde(
        rename = "updateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_time: Option<rt::Timestamp>,
    /// The value of the object context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
/// Metadata of customer-supplied encryption key, if the object is encrypted by such a key.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ObjectCustomerEncryption {
    /// The encryption algorithm.
    #[serde(
        rename = "encryptionAlgorithm",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub encryption_algorithm: Option<String>,
    /// SHA256 hash value of the encryption key.
    #[serde(rename = "keySha256", default, skip_serializing_if = "Option::is_none")]
    pub key_sha256: Option<String>,
}
/// A full representation of an object context.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ObjectFullContext {
    /// The time at which the object context was created. This value is in RFC 3339 format.
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<rt::Timestamp>,
    /// The extended data of the object context.
    #[serde(
        rename = "extendedData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub extended_data: Option<BTreeMap<String, serde_json::Value>>,
    /// The key of the object context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The kind of item this is. For ObjectFullContext, this is always storage#objectFullContext.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The type of the object context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ObjectFullContextType>,
    /// The time at which the object context was last updated. This value is in RFC 3339 format.
    #[serde(
        rename = "updateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_time: Option<rt::Timestamp>,
    /// The value of the object context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
/// The type of the object context.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ObjectFullContextType {
    /// Custom object context.
    Custom,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ObjectFullContextType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Custom => "CUSTOM",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ObjectFullContextType {
    fn from(value: &str) -> Self {
        match value {
            "CUSTOM" => Self::Custom,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ObjectFullContextType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "CUSTOM" => Self::Custom,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for ObjectFullContextType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ObjectFullContextType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ObjectFullContextType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// The owner of the object. This will always be the uploader of the object.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ObjectOwner {
    /// The entity, in the form user-userId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// The ID for the entity.
    #[serde(rename = "entityId", default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
}
/// A collection of object level retention parameters.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ObjectRetention {
    /// The bucket's object retention mode, can only be Unlocked or Locked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// A time in RFC 3339 format until which object retention protects this object.
    #[serde(
        rename = "retainUntilTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub retain_until_time: Option<rt::Timestamp>,
}
/// A list of objects.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Objects {
    /// The list of items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<Object>>,
    /// The kind of item this is. For lists of objects, this is always storage#objects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The continuation token, used to page through large result sets. Provide this value in a subsequent request to return the next page of results.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
    /// The list of prefixes of objects matching-but-not-listed up to and including the requested delimiter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefixes: Option<Vec<String>>,
}
/// Apply a predefined set of access controls to the destination object.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ObjectsComposeDestinationPredefinedAcl {
    /// Object owner gets OWNER access, and allAuthenticatedUsers get READER access.
    AuthenticatedRead,
    /// Object owner gets OWNER access, and project team owners get OWNER access.
    BucketOwnerFullControl,
    /// Object owner gets OWNER access, and project team owners get READER access.
    BucketOwnerRead,
    /// Object owner gets OWNER access.
    Private,
    /// Object owner gets OWNER access, and project team members get access according to their roles.
    ProjectPrivate,
    /// Object owner gets OWNER access, and allUsers get READER access.
    PublicRead,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ObjectsComposeDestinationPredefinedAcl {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthenticatedRead => "authenticatedRead",
            Self::BucketOwnerFullControl => "bucketOwnerFullControl",
            Self::BucketOwnerRead => "bucketOwnerRead",
            Self::Private => "private",
            Self::ProjectPrivate => "projectPrivate",
            Self::PublicRead => "publicRead",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ObjectsComposeDestinationPredefinedAcl {
    fn from(value: &str) -> Self {
        match value {
            "authenticatedRead" => Self::AuthenticatedRead,
            "bucketOwnerFullControl" => Self::BucketOwnerFullControl,
            "bucketOwnerRead" => Self::BucketOwnerRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ObjectsComposeDestinationPredefinedAcl {
    fn from(value: String) -> Self {
        match value.as_str() {
            "authenticatedRead" => Self::AuthenticatedRead,
            "bucketOwnerFullControl" => Self::BucketOwnerFullControl,
            "bucketOwnerRead" => Self::BucketOwnerRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for ObjectsComposeDestinationPredefinedAcl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ObjectsComposeDestinationPredefinedAcl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ObjectsComposeDestinationPredefinedAcl {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Apply a predefined set of access controls to the destination object.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ObjectsCopySchemaDestinationPredefinedAcl {
    /// Object owner gets OWNER access, and allAuthenticatedUsers get READER access.
    AuthenticatedRead,
    /// Object owner gets OWNER access, and project team owners get OWNER access.
    BucketOwnerFullControl,
    /// Object owner gets OWNER access, and project team owners get READER access.
    BucketOwnerRead,
    /// Object owner gets OWNER access.
    Private,
    /// Object owner gets OWNER access, and project team members get access according to their roles.
    ProjectPrivate,
    /// Object owner gets OWNER access, and allUsers get READER access.
    PublicRead,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ObjectsCopySchemaDestinationPredefinedAcl {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthenticatedRead => "authenticatedRead",
            Self::BucketOwnerFullControl => "bucketOwnerFullControl",
            Self::BucketOwnerRead => "bucketOwnerRead",
            Self::Private => "private",
            Self::ProjectPrivate => "projectPrivate",
            Self::PublicRead => "publicRead",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ObjectsCopySchemaDestinationPredefinedAcl {
    fn from(value: &str) -> Self {
        match value {
            "authenticatedRead" => Self::AuthenticatedRead,
            "bucketOwnerFullControl" => Self::BucketOwnerFullControl,
            "bucketOwnerRead" => Self::BucketOwnerRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ObjectsCopySchemaDestinationPredefinedAcl {
    fn from(value: String) -> Self {
        match value.as_str() {
            "authenticatedRead" => Self::AuthenticatedRead,
            "bucketOwnerFullControl" => Self::BucketOwnerFullControl,
            "bucketOwnerRead" => Self::BucketOwnerRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for ObjectsCopySchemaDestinationPredefinedAcl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ObjectsCopySchemaDestinationPredefinedAcl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ObjectsCopySchemaDestinationPredefinedAcl {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Set of properties to return. Defaults to noAcl, unless the object resource specifies the acl property, when it defaults to full.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ObjectsCopySchemaProjection {
    /// Include all properties.
    Full,
    /// Omit the owner, acl property.
    NoAcl,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ObjectsCopySchemaProjection {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "full",
            Self::NoAcl => "noAcl",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ObjectsCopySchemaProjection {
    fn from(value: &str) -> Self {
        match value {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ObjectsCopySchemaProjection {
    fn from(value: String) -> Self {
        match value.as_str() {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for ObjectsCopySchemaProjection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ObjectsCopySchemaProjection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ObjectsCopySchemaProjection {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Set of properties to return. Defaults to noAcl.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ObjectsGetProjection {
    /// Include all properties.
    Full,
    /// Omit the owner, acl property.
    NoAcl,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ObjectsGetProjection {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "full",
            Self::NoAcl => "noAcl",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ObjectsGetProjection {
    fn from(value: &str) -> Self {
        match value {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ObjectsGetProjection {
    fn from(value: String) -> Self {
        match value.as_str() {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for ObjectsGetProjection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ObjectsGetProjection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ObjectsGetProjection {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Apply a predefined set of access controls to this object.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ObjectsInsertPredefinedAcl {
    /// Object owner gets OWNER access, and allAuthenticatedUsers get READER access.
    AuthenticatedRead,
    /// Object owner gets OWNER access, and project team owners get OWNER access.
    BucketOwnerFullControl,
    /// Object owner gets OWNER access, and project team owners get READER access.
    BucketOwnerRead,
    /// Object owner gets OWNER access.
    Private,
    /// Object owner gets OWNER access, and project team members get access according to their roles.
    ProjectPrivate,
    /// Object owner gets OWNER access, and allUsers get READER access.
    PublicRead,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ObjectsInsertPredefinedAcl {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthenticatedRead => "authenticatedRead",
            Self::BucketOwnerFullControl => "bucketOwnerFullControl",
            Self::BucketOwnerRead => "bucketOwnerRead",
            Self::Private => "private",
            Self::ProjectPrivate => "projectPrivate",
            Self::PublicRead => "publicRead",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ObjectsInsertPredefinedAcl {
    fn from(value: &str) -> Self {
        match value {
            "authenticatedRead" => Self::AuthenticatedRead,
            "bucketOwnerFullControl" => Self::BucketOwnerFullControl,
            "bucketOwnerRead" => Self::BucketOwnerRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ObjectsInsertPredefinedAcl {
    fn from(value: String) -> Self {
        match value.as_str() {
            "authenticatedRead" => Self::AuthenticatedRead,
            "bucketOwnerFullControl" => Self::BucketOwnerFullControl,
            "bucketOwnerRead" => Self::BucketOwnerRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for ObjectsInsertPredefinedAcl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ObjectsInsertPredefinedAcl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ObjectsInsertPredefinedAcl {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Set of properties to return. Defaults to noAcl, unless the object resource specifies the acl property, when it defaults to full.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ObjectsInsertProjection {
    /// Include all properties.
    Full,
    /// Omit the owner, acl property.
    NoAcl,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ObjectsInsertProjection {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "full",
            Self::NoAcl => "noAcl",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ObjectsInsertProjection {
    fn from(value: &str) -> Self {
        match value {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ObjectsInsertProjection {
    fn from(value: String) -> Self {
        match value.as_str() {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for ObjectsInsertProjection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ObjectsInsertProjection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ObjectsInsertProjection {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Set of properties to return. Defaults to noAcl.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ObjectsListProjection {
    /// Include all properties.
    Full,
    /// Omit the owner, acl property.
    NoAcl,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ObjectsListProjection {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "full",
            Self::NoAcl => "noAcl",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ObjectsListProjection {
    fn from(value: &str) -> Self {
        match value {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ObjectsListProjection {
    fn from(value: String) -> Self {
        match value.as_str() {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for ObjectsListProjection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ObjectsListProjection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ObjectsListProjection {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Set of properties to return. Defaults to noAcl.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ObjectsMoveProjection {
    /// Include all properties.
    Full,
    /// Omit the owner, acl property.
    NoAcl,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ObjectsMoveProjection {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "full",
            Self::NoAcl => "noAcl",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ObjectsMoveProjection {
    fn from(value: &str) -> Self {
        match value {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ObjectsMoveProjection {
    fn from(value: String) -> Self {
        match value.as_str() {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for ObjectsMoveProjection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ObjectsMoveProjection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ObjectsMoveProjection {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Apply a predefined set of access controls to this object.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ObjectsPatchPredefinedAcl {
    /// Object owner gets OWNER access, and allAuthenticatedUsers get READER access.
    AuthenticatedRead,
    /// Object owner gets OWNER access, and project team owners get OWNER access.
    BucketOwnerFullControl,
    /// Object owner gets OWNER access, and project team owners get READER access.
    BucketOwnerRead,
    /// Object owner gets OWNER access.
    Private,
    /// Object owner gets OWNER access, and project team members get access according to their roles.
    ProjectPrivate,
    /// Object owner gets OWNER access, and allUsers get READER access.
    PublicRead,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ObjectsPatchPredefinedAcl {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthenticatedRead => "authenticatedRead",
            Self::BucketOwnerFullControl => "bucketOwnerFullControl",
            Self::BucketOwnerRead => "bucketOwnerRead",
            Self::Private => "private",
            Self::ProjectPrivate => "projectPrivate",
            Self::PublicRead => "publicRead",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ObjectsPatchPredefinedAcl {
    fn from(value: &str) -> Self {
        match value {
            "authenticatedRead" => Self::AuthenticatedRead,
            "bucketOwnerFullControl" => Self::BucketOwnerFullControl,
            "bucketOwnerRead" => Self::BucketOwnerRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ObjectsPatchPredefinedAcl {
    fn from(value: String) -> Self {
        match value.as_str() {
            "authenticatedRead" => Self::AuthenticatedRead,
            "bucketOwnerFullControl" => Self::BucketOwnerFullControl,
            "bucketOwnerRead" => Self::BucketOwnerRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for ObjectsPatchPredefinedAcl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ObjectsPatchPredefinedAcl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ObjectsPatchPredefinedAcl {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Set of properties to return. Defaults to full.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ObjectsPatchProjection {
    /// Include all properties.
    Full,
    /// Omit the owner, acl property.
    NoAcl,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ObjectsPatchProjection {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "full",
            Self::NoAcl => "noAcl",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ObjectsPatchProjection {
    fn from(value: &str) -> Self {
        match value {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ObjectsPatchProjection {
    fn from(value: String) -> Self {
        match value.as_str() {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for ObjectsPatchProjection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ObjectsPatchProjection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ObjectsPatchProjection {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Set of properties to return. Defaults to full.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ObjectsRestoreProjection {
    /// Include all properties.
    Full,
    /// Omit the owner, acl property.
    NoAcl,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ObjectsRestoreProjection {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "full",
            Self::NoAcl => "noAcl",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ObjectsRestoreProjection {
    fn from(value: &str) -> Self {
        match value {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ObjectsRestoreProjection {
    fn from(value: String) -> Self {
        match value.as_str() {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for ObjectsRestoreProjection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ObjectsRestoreProjection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ObjectsRestoreProjection {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Apply a predefined set of access controls to the destination object.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ObjectsRewriteDestinationPredefinedAcl {
    /// Object owner gets OWNER access, and allAuthenticatedUsers get READER access.
    AuthenticatedRead,
    /// Object owner gets OWNER access, and project team owners get OWNER access.
    BucketOwnerFullControl,
    /// Object owner gets OWNER access, and project team owners get READER access.
    BucketOwnerRead,
    /// Object owner gets OWNER access.
    Private,
    /// Object owner gets OWNER access, and project team members get access according to their roles.
    ProjectPrivate,
    /// Object owner gets OWNER access, and allUsers get READER access.
    PublicRead,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ObjectsRewriteDestinationPredefinedAcl {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthenticatedRead => "authenticatedRead",
            Self::BucketOwnerFullControl => "bucketOwnerFullControl",
            Self::BucketOwnerRead => "bucketOwnerRead",
            Self::Private => "private",
            Self::ProjectPrivate => "projectPrivate",
            Self::PublicRead => "publicRead",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ObjectsRewriteDestinationPredefinedAcl {
    fn from(value: &str) -> Self {
        match value {
            "authenticatedRead" => Self::AuthenticatedRead,
            "bucketOwnerFullControl" => Self::BucketOwnerFullControl,
            "bucketOwnerRead" => Self::BucketOwnerRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ObjectsRewriteDestinationPredefinedAcl {
    fn from(value: String) -> Self {
        match value.as_str() {
            "authenticatedRead" => Self::AuthenticatedRead,
            "bucketOwnerFullControl" => Self::BucketOwnerFullControl,
            "bucketOwnerRead" => Self::BucketOwnerRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for ObjectsRewriteDestinationPredefinedAcl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ObjectsRewriteDestinationPredefinedAcl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ObjectsRewriteDestinationPredefinedAcl {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Set of properties to return. Defaults to noAcl, unless the object resource specifies the acl property, when it defaults to full.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ObjectsRewriteProjection {
    /// Include all properties.
    Full,
    /// Omit the owner, acl property.
    NoAcl,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ObjectsRewriteProjection {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "full",
            Self::NoAcl => "noAcl",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ObjectsRewriteProjection {
    fn from(value: &str) -> Self {
        match value {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ObjectsRewriteProjection {
    fn from(value: String) -> Self {
        match value.as_str() {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for ObjectsRewriteProjection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ObjectsRewriteProjection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ObjectsRewriteProjection {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Apply a predefined set of access controls to this object.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ObjectsUpdatePredefinedAcl {
    /// Object owner gets OWNER access, and allAuthenticatedUsers get READER access.
    AuthenticatedRead,
    /// Object owner gets OWNER access, and project team owners get OWNER access.
    BucketOwnerFullControl,
    /// Object owner gets OWNER access, and project team owners get READER access.
    BucketOwnerRead,
    /// Object owner gets OWNER access.
    Private,
    /// Object owner gets OWNER access, and project team members get access according to their roles.
    ProjectPrivate,
    /// Object owner gets OWNER access, and allUsers get READER access.
    PublicRead,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ObjectsUpdatePredefinedAcl {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthenticatedRead => "authenticatedRead",
            Self::BucketOwnerFullControl => "bucketOwnerFullControl",
            Self::BucketOwnerRead => "bucketOwnerRead",
            Self::Private => "private",
            Self::ProjectPrivate => "projectPrivate",
            Self::PublicRead => "publicRead",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ObjectsUpdatePredefinedAcl {
    fn from(value: &str) -> Self {
        match value {
            "authenticatedRead" => Self::AuthenticatedRead,
            "bucketOwnerFullControl" => Self::BucketOwnerFullControl,
            "bucketOwnerRead" => Self::BucketOwnerRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ObjectsUpdatePredefinedAcl {
    fn from(value: String) -> Self {
        match value.as_str() {
            "authenticatedRead" => Self::AuthenticatedRead,
            "bucketOwnerFullControl" => Self::BucketOwnerFullControl,
            "bucketOwnerRead" => Self::BucketOwnerRead,
            "private" => Self::Private,
            "projectPrivate" => Self::ProjectPrivate,
            "publicRead" => Self::PublicRead,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for ObjectsUpdatePredefinedAcl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ObjectsUpdatePredefinedAcl {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ObjectsUpdatePredefinedAcl {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// Set of properties to return. Defaults to full.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ObjectsUpdateProjection {
    /// Include all properties.
    Full,
    /// Omit the owner, acl property.
    NoAcl,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl ObjectsUpdateProjection {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "full",
            Self::NoAcl => "noAcl",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for ObjectsUpdateProjection {
    fn from(value: &str) -> Self {
        match value {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for ObjectsUpdateProjection {
    fn from(value: String) -> Self {
        match value.as_str() {
            "full" => Self::Full,
            "noAcl" => Self::NoAcl,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for ObjectsUpdateProjection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ObjectsUpdateProjection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ObjectsUpdateProjection {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// A bucket/object/managedFolder IAM policy.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Policy {
    /// An association between a role, which comes with a set of permissions, and members who may assume that role.
    ///
    /// Required by `storage.buckets.setIamPolicy`, `storage.objects.setIamPolicy`, `storage.managedFolders.setIamPolicy`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bindings: Option<Vec<PolicyBindingsItem>>,
    /// HTTP 1.1  Entity tag for the policy.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Base64>>"
    )]
    pub etag: Option<Vec<u8>>,
    /// The kind of item this is. For policies, this is always storage#policy. This field is ignored on input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The ID of the resource to which this policy belongs. Will be of the form projects/_/buckets/bucket for buckets, projects/_/buckets/bucket/objects/object for objects, and projects/_/buckets/bucket/managedFolders/managedFolder. A specific generation may be specified by appending #generationNumber to the end of the object name, e.g. projects/_/buckets/my-bucket/objects/data.txt#17. The current generation can be denoted with #0. This field is ignored on input.
    #[serde(
        rename = "resourceId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_id: Option<String>,
    /// The IAM policy format version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i32>,
}
/// The `Policy.properties.bindings.items` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PolicyBindingsItem {
    /// The condition that is associated with this binding. NOTE: an unsatisfied condition will not allow user access via current binding. Different bindings, including their conditions, are examined independently.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Expr>,
    /// A collection of identifiers for members who may assume the provided role. Recognized identifiers are as follows:
    /// - allUsers - A special identifier that represents anyone on the internet; with or without a Google account.
    /// - allAuthenticatedUsers - A special identifier that represents anyone who is authenticated with a Google account or a service account.
    /// - user:emailid - An email address that represents a specific account. For example, user:alice@gmail.com or user:joe@example.com.
    /// - serviceAccount:emailid - An email address that represents a service account. For example,  serviceAccount:my-other-app@appspot.gserviceaccount.com .
    /// - group:emailid - An email address that represents a Google group. For example, group:admins@example.com.
    /// - domain:domain - A Google Apps domain name that represents all the users of that domain. For example, domain:google.com or domain:example.com.
    /// - projectOwner:projectid - Owners of the given project. For example, projectOwner:my-example-project
    /// - projectEditor:projectid - Editors of the given project. For example, projectEditor:my-example-project
    /// - projectViewer:projectid - Viewers of the given project. For example, projectViewer:my-example-project
    ///
    /// Required by `storage.buckets.setIamPolicy`, `storage.objects.setIamPolicy`, `storage.managedFolders.setIamPolicy`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<String>>,
    /// The role to which members belong. Two types of roles are supported: new IAM roles, which grant permissions that do not map directly to those provided by ACLs, and legacy IAM roles, which do map directly to ACL permissions. All roles are of the format roles/storage.specificRole.
    /// The new IAM roles are:
    /// - roles/storage.admin - Full control of Google Cloud Storage resources.
    /// - roles/storage.objectViewer - Read-Only access to Google Cloud Storage objects.
    /// - roles/storage.objectCreator - Access to create objects in Google Cloud Storage.
    /// - roles/storage.objectAdmin - Full control of Google Cloud Storage objects.   The legacy IAM roles are:
    /// - roles/storage.legacyObjectReader - Read-only access to objects without listing. Equivalent to an ACL entry on an object with the READER role.
    /// - roles/storage.legacyObjectOwner - Read/write access to existing objects without listing. Equivalent to an ACL entry on an object with the OWNER role.
    /// - roles/storage.legacyBucketReader - Read access to buckets with object listing. Equivalent to an ACL entry on a bucket with the READER role.
    /// - roles/storage.legacyBucketWriter - Read access to buckets with object listing/creation/deletion. Equivalent to an ACL entry on a bucket with the WRITER role.
    /// - roles/storage.legacyBucketOwner - Read and write access to existing buckets with object listing/creation/deletion. Equivalent to an ACL entry on a bucket with the OWNER role.
    ///
    /// Required by `storage.buckets.setIamPolicy`, `storage.objects.setIamPolicy`, `storage.managedFolders.setIamPolicy`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}
/// A Rapid Cache instance.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RapidCache {
    /// The cache-level entry admission policy.
    #[serde(
        rename = "admissionPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub admission_policy: Option<String>,
    /// The name of the bucket containing this cache instance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// The type of Rapid Cache this represents. Valid values include: "rapid-cache" and "rapid-cache-ultra".
    #[serde(rename = "cacheType", default, skip_serializing_if = "Option::is_none")]
    pub cache_type: Option<String>,
    /// The creation time of the cache instance in RFC 3339 format.
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<rt::Timestamp>,
    /// The ID of the resource, including the project number, bucket name and rapid cache ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Specifies whether objects are ingested into the cache upon write.
    #[serde(
        rename = "ingestOnWrite",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ingest_on_write: Option<bool>,
    /// The kind of item this is. For Rapid Cache, this is always storage#rapidCache.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// True if the cache instance has an active Update long-running operation.
    #[serde(
        rename = "pendingUpdate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pending_update: Option<bool>,
    /// The ID of the Rapid cache instance.
    #[serde(
        rename = "rapidCacheId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub rapid_cache_id: Option<String>,
    /// The link to this cache instance.
    #[serde(rename = "selfLink", default, skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
    /// The current state of the cache instance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The TTL of all cache entries in whole seconds. e.g., "7200s".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<rt::Duration>,
    /// The modification time of the cache instance metadata in RFC 3339 format.
    #[serde(
        rename = "updateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_time: Option<rt::Timestamp>,
    /// The zone in which the cache instance is running. For example, us-central1-a.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
}
/// Configuration options for the rapid cache of a managed folder.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RapidCacheConfig {
    /// A map of rapid cache IDs to the corresponding `RapidCachePolicy` configurations for a managed folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policies: Option<BTreeMap<String, RapidCachePolicy>>,
}
/// The rapid cache policy configuration for a managed folder.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RapidCachePolicy {
    /// The ingest-on-write policy for objects in the managed folder. When set to `enabled`, objects are automatically ingested into the cache when they are written to the managed folder.
    #[serde(
        rename = "ingestOnWrite",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ingest_on_write: Option<RapidCachePolicyIngestOnWrite>,
    /// The unique identifier of the rapid cache.
    #[serde(
        rename = "rapidCacheId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub rapid_cache_id: Option<String>,
}
/// The ingest-on-write policy for objects in the managed folder. When set to `enabled`, objects are automatically ingested into the cache when they are written to the managed folder.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RapidCachePolicyIngestOnWrite {
    /// Ingestion on write is explicitly enabled for the managed folder.
    Enabled,
    /// Ingestion on write isn't specified at the managed folder level and is inherited from the parent resource's configuration. This is the default value.
    Unspecified,
    /// A value this version of the crate does not know; kept as sent so it survives a round trip.
    UnknownValue(String),
}
impl RapidCachePolicyIngestOnWrite {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "enabled",
            Self::Unspecified => "unspecified",
            Self::UnknownValue(value) => value,
        }
    }
}
impl From<&str> for RapidCachePolicyIngestOnWrite {
    fn from(value: &str) -> Self {
        match value {
            "enabled" => Self::Enabled,
            "unspecified" => Self::Unspecified,
            other => Self::UnknownValue(other.to_string()),
        }
    }
}
impl From<String> for RapidCachePolicyIngestOnWrite {
    fn from(value: String) -> Self {
        match value.as_str() {
            "enabled" => Self::Enabled,
            "unspecified" => Self::Unspecified,
            _ => Self::UnknownValue(value),
        }
    }
}
impl std::fmt::Display for RapidCachePolicyIngestOnWrite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for RapidCachePolicyIngestOnWrite {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for RapidCachePolicyIngestOnWrite {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::internal::serde::deserialize_enum(deserializer)
    }
}
/// A list of Rapid Caches.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RapidCaches {
    /// The list of items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<RapidCache>>,
    /// The kind of item this is. For lists of Rapid Caches, this is always storage#rapidCaches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The continuation token, used to page through large result sets. Provide this value in a subsequent request to return the next page of results.
    #[serde(
        rename = "nextPageToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_page_token: Option<String>,
}
/// A Relocate Bucket request.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RelocateBucketRequest {
    /// The bucket's new custom placement configuration if relocating to a Custom Dual Region.
    #[serde(
        rename = "destinationCustomPlacementConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub destination_custom_placement_config:
        Option<RelocateBucketRequestDestinationCustomPlacementConfig>,
    /// Resource name of a Cloud KMS key, of the form projects/my-project/locations/global/keyRings/my-kr/cryptoKeys/my-key. If set, is used to encrypt all objects in the destination bucket.
    #[serde(
        rename = "destinationKmsKeyName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub destination_kms_key_name: Option<String>,
    /// The new location the bucket will be relocated to.
    #[serde(
        rename = "destinationLocation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub destination_location: Option<String>,
    /// If true, validate the operation, but do not actually relocate the bucket.
    #[serde(
        rename = "validateOnly",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub validate_only: Option<bool>,
}
/// The bucket's new custom placement configuration if relocating to a Custom Dual Region.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RelocateBucketRequestDestinationCustomPlacementConfig {
    /// The list of regional locations in which data is placed.
    #[serde(
        rename = "dataLocations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub data_locations: Option<Vec<String>>,
}
/// A rewrite response.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RewriteResponse {
    /// true if the copy is finished; otherwise, false if the copy is in progress. This property is always present in the response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<bool>,
    /// The kind of item this is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The total size of the object being copied in bytes. This property is always present in the response.
    #[serde(
        rename = "objectSize",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub object_size: Option<i64>,
    /// A resource containing the metadata for the copied-to object. This property is present in the response only when copying completes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<Object>,
    /// A token to use in subsequent requests to continue copying data. This token is present in the response only when there is more data to copy.
    #[serde(
        rename = "rewriteToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub rewrite_token: Option<String>,
    /// The total bytes written so far, which can be used to provide a waiting user with a progress indicator. This property is always present in the response.
    #[serde(
        rename = "totalBytesRewritten",
        default,
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub total_bytes_rewritten: Option<i64>,
}
/// A subscription to receive Google PubSub notifications.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ServiceAccount {
    /// The ID of the notification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// The kind of item this is. For notifications, this is always storage#notification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}
/// A storage.(buckets|objects|managedFolders).testIamPermissions response.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TestIamPermissionsResponse {
    /// The kind of item this is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The permissions held by the caller. Permissions are always of the format storage.resource.capability, where resource is one of buckets, objects, or managedFolders. The supported permissions are as follows:
    /// - storage.buckets.delete - Delete bucket.
    /// - storage.buckets.get - Read bucket metadata.
    /// - storage.buckets.getIamPolicy - Read bucket IAM policy.
    /// - storage.buckets.create - Create bucket.
    /// - storage.buckets.list - List buckets.
    /// - storage.buckets.setIamPolicy - Update bucket IAM policy.
    /// - storage.buckets.update - Update bucket metadata.
    /// - storage.objects.delete - Delete object.
    /// - storage.objects.get - Read object data and metadata.
    /// - storage.objects.getIamPolicy - Read object IAM policy.
    /// - storage.objects.create - Create object.
    /// - storage.objects.list - List objects.
    /// - storage.objects.setIamPolicy - Update object IAM policy.
    /// - storage.objects.update - Update object metadata.
    /// - storage.managedFolders.delete - Delete managed folder.
    /// - storage.managedFolders.get - Read managed folder metadata.
    /// - storage.managedFolders.getIamPolicy - Read managed folder IAM policy.
    /// - storage.managedFolders.create - Create managed folder.
    /// - storage.managedFolders.list - List managed folders.
    /// - storage.managedFolders.setIamPolicy - Update managed folder IAM policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
}
impl rt::Page for AnywhereCaches {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
impl rt::Page for Buckets {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
impl rt::Page for Folders {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
impl rt::Page for GoogleLongrunningListOperationsResponse {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
impl rt::Page for HmacKeysMetadata {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
impl rt::Page for ManagedFolders {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
impl rt::Page for Objects {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
impl rt::Page for RapidCaches {
    fn next_page_token(&self) -> Option<&str> {
        self.next_page_token.as_deref()
    }
}
