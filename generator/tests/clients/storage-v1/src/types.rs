//! Request and response types of the Cloud Storage JSON API, one per schema of the Discovery document.
use crate::rt;
use std::collections::BTreeMap;
/// An AdvanceRelocateBucketOperation request.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct AdvanceRelocateBucketOperationRequest {
    /// Specifies the time when the relocation will revert to the sync stage if the relocation hasn't succeeded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expire_time: Option<rt::Timestamp>,
    /// Specifies the duration after which the relocation will revert to the sync stage if the relocation hasn't succeeded. Optional, if not supplied, a default value of 12h will be used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl: Option<rt::Duration>,
}
impl AdvanceRelocateBucketOperationRequest {
    /// Sets [`expire_time`](Self::expire_time).
    pub fn set_expire_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.expire_time = Some(value.into());
        self
    }
    /// Sets [`expire_time`](Self::expire_time), or clears it with `None`.
    pub fn set_or_clear_expire_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.expire_time = value;
        self
    }
    /// Sets [`ttl`](Self::ttl).
    pub fn set_ttl(mut self, value: impl Into<rt::Duration>) -> Self {
        self.ttl = Some(value.into());
        self
    }
    /// Sets [`ttl`](Self::ttl), or clears it with `None`.
    pub fn set_or_clear_ttl(mut self, value: Option<rt::Duration>) -> Self {
        self.ttl = value;
        self
    }
}
/// An Anywhere Cache instance.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct AnywhereCache {
    /// The cache-level entry admission policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admission_policy: Option<String>,
    /// The ID of the Anywhere cache instance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anywhere_cache_id: Option<String>,
    /// The name of the bucket containing this cache instance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// The creation time of the cache instance in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<rt::Timestamp>,
    /// The ID of the resource, including the project number, bucket name and anywhere cache ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Specifies whether objects are ingested into the cache upon write.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ingest_on_write: Option<bool>,
    /// The kind of item this is. For Anywhere Cache, this is always storage#anywhereCache.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// True if the cache instance has an active Update long-running operation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pending_update: Option<bool>,
    /// The link to this cache instance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
    /// The current state of the cache instance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The TTL of all cache entries in whole seconds. e.g., "7200s".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl: Option<rt::Duration>,
    /// The modification time of the cache instance metadata in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_time: Option<rt::Timestamp>,
    /// The zone in which the cache instance is running. For example, us-central1-a.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
}
impl AnywhereCache {
    /// Sets [`admission_policy`](Self::admission_policy).
    pub fn set_admission_policy(mut self, value: impl Into<String>) -> Self {
        self.admission_policy = Some(value.into());
        self
    }
    /// Sets [`admission_policy`](Self::admission_policy), or clears it with `None`.
    pub fn set_or_clear_admission_policy(mut self, value: Option<String>) -> Self {
        self.admission_policy = value;
        self
    }
    /// Sets [`anywhere_cache_id`](Self::anywhere_cache_id).
    pub fn set_anywhere_cache_id(mut self, value: impl Into<String>) -> Self {
        self.anywhere_cache_id = Some(value.into());
        self
    }
    /// Sets [`anywhere_cache_id`](Self::anywhere_cache_id), or clears it with `None`.
    pub fn set_or_clear_anywhere_cache_id(mut self, value: Option<String>) -> Self {
        self.anywhere_cache_id = value;
        self
    }
    /// Sets [`bucket`](Self::bucket).
    pub fn set_bucket(mut self, value: impl Into<String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets [`bucket`](Self::bucket), or clears it with `None`.
    pub fn set_or_clear_bucket(mut self, value: Option<String>) -> Self {
        self.bucket = value;
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
    /// Sets [`ingest_on_write`](Self::ingest_on_write).
    pub fn set_ingest_on_write(mut self, value: impl Into<bool>) -> Self {
        self.ingest_on_write = Some(value.into());
        self
    }
    /// Sets [`ingest_on_write`](Self::ingest_on_write), or clears it with `None`.
    pub fn set_or_clear_ingest_on_write(mut self, value: Option<bool>) -> Self {
        self.ingest_on_write = value;
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
    /// Sets [`pending_update`](Self::pending_update).
    pub fn set_pending_update(mut self, value: impl Into<bool>) -> Self {
        self.pending_update = Some(value.into());
        self
    }
    /// Sets [`pending_update`](Self::pending_update), or clears it with `None`.
    pub fn set_or_clear_pending_update(mut self, value: Option<bool>) -> Self {
        self.pending_update = value;
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
    /// Sets [`state`](Self::state).
    pub fn set_state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Sets [`state`](Self::state), or clears it with `None`.
    pub fn set_or_clear_state(mut self, value: Option<String>) -> Self {
        self.state = value;
        self
    }
    /// Sets [`ttl`](Self::ttl).
    pub fn set_ttl(mut self, value: impl Into<rt::Duration>) -> Self {
        self.ttl = Some(value.into());
        self
    }
    /// Sets [`ttl`](Self::ttl), or clears it with `None`.
    pub fn set_or_clear_ttl(mut self, value: Option<rt::Duration>) -> Self {
        self.ttl = value;
        self
    }
    /// Sets [`update_time`](Self::update_time).
    pub fn set_update_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.update_time = Some(value.into());
        self
    }
    /// Sets [`update_time`](Self::update_time), or clears it with `None`.
    pub fn set_or_clear_update_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.update_time = value;
        self
    }
    /// Sets [`zone`](Self::zone).
    pub fn set_zone(mut self, value: impl Into<String>) -> Self {
        self.zone = Some(value.into());
        self
    }
    /// Sets [`zone`](Self::zone), or clears it with `None`.
    pub fn set_or_clear_zone(mut self, value: Option<String>) -> Self {
        self.zone = value;
        self
    }
}
/// A list of Anywhere Caches.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct AnywhereCaches {
    /// The list of items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<AnywhereCache>>,
    /// The kind of item this is. For lists of Anywhere Caches, this is always storage#anywhereCaches.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The continuation token, used to page through large result sets. Provide this value in a subsequent request to return the next page of results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}
impl AnywhereCaches {
    /// Sets [`items`](Self::items).
    pub fn set_items<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<AnywhereCache>,
    {
        self.items = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`items`](Self::items), or clears it with `None`.
    pub fn set_or_clear_items(mut self, value: Option<Vec<AnywhereCache>>) -> Self {
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
/// A bucket.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Bucket {
    /// Access controls on the bucket.
    ///
    /// Required by `storage.buckets.update`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acl: Option<Vec<BucketAccessControl>>,
    /// The bucket's Autoclass configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub autoclass: Option<BucketAutoclass>,
    /// The bucket's billing configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub billing: Option<BucketBilling>,
    /// The bucket's Cross-Origin Resource Sharing (CORS) configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cors: Option<Vec<BucketCorsItem>>,
    /// The bucket's custom placement configuration for Custom Dual Regions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_placement_config: Option<BucketCustomPlacementConfig>,
    /// The default value for event-based hold on newly created objects in this bucket. Event-based hold is a way to retain objects indefinitely until an event occurs, signified by the hold's release. After being released, such objects will be subject to bucket-level retention (if any). One sample use case of this flag is for banks to hold loan documents for at least 3 years after loan is paid in full. Here, bucket-level retention is 3 years and the event is loan being paid in full. In this example, these objects will be held intact for any number of years until the event has occurred (event-based hold on the object is released) and then 3 more years after that. That means retention duration of the objects begins from the moment event-based hold transitioned from true to false. Objects under event-based hold cannot be deleted, overwritten or archived until the hold is removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_event_based_hold: Option<bool>,
    /// Default access controls to apply to new objects when no ACL is provided.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_object_acl: Option<Vec<ObjectAccessControl>>,
    /// Encryption configuration for a bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption: Option<BucketEncryption>,
    /// HTTP 1.1 Entity tag for the bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The generation of this bucket.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub generation: Option<i64>,
    /// The hard delete time of the bucket in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hard_delete_time: Option<rt::Timestamp>,
    /// The bucket's hierarchical namespace configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hierarchical_namespace: Option<BucketHierarchicalNamespace>,
    /// The bucket's IAM configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iam_configuration: Option<BucketIamConfiguration>,
    /// The ID of the bucket. For buckets, the id and name properties are the same.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The bucket's IP filter configuration. Specifies the network sources that are allowed to access the operations on the bucket, as well as its underlying objects. Only enforced when the mode is set to 'Enabled'.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_filter: Option<BucketIpFilter>,
    /// The kind of item this is. For buckets, this is always storage#bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// User-provided labels, in key/value pairs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    /// The bucket's lifecycle configuration. See \[Lifecycle Management\](<https://cloud.google.com/storage/docs/lifecycle>) for more information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lifecycle: Option<BucketLifecycle>,
    /// The location of the bucket. Object data for objects in the bucket resides in physical storage within this region. Defaults to US. See the \[Developer's Guide\](<https://cloud.google.com/storage/docs/locations>) for the authoritative list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// The type of the bucket location.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location_type: Option<String>,
    /// The bucket's logging configuration, which defines the destination bucket and optional name prefix for the current bucket's logs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logging: Option<BucketLogging>,
    /// The metadata generation of this bucket.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub metageneration: Option<i64>,
    /// The name of the bucket.
    ///
    /// Required by `storage.buckets.insert`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The bucket's object retention config.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object_retention: Option<BucketObjectRetention>,
    /// The owner of the bucket. This is always the project team's owner group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<BucketOwner>,
    /// The project number of the project the bucket belongs to.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::UInt64>>"
    )]
    pub project_number: Option<u64>,
    /// The bucket's retention policy. The retention policy enforces a minimum retention time for all objects contained in the bucket, based on their creation time. Any attempt to overwrite or delete objects younger than the retention period will result in a PERMISSION_DENIED error. An unlocked retention policy can be modified or removed from the bucket via a storage.buckets.update operation. A locked retention policy cannot be removed or shortened in duration for the lifetime of the bucket. Attempting to remove or decrease period of a locked retention policy will result in a PERMISSION_DENIED error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retention_policy: Option<BucketRetentionPolicy>,
    /// The Recovery Point Objective (RPO) of this bucket. Set to ASYNC_TURBO to turn on Turbo Replication on a bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rpo: Option<String>,
    /// Reserved for future use.
    #[serde(rename = "satisfiesPZI", skip_serializing_if = "Option::is_none")]
    pub satisfies_pzi: Option<bool>,
    /// Reserved for future use.
    #[serde(rename = "satisfiesPZS", skip_serializing_if = "Option::is_none")]
    pub satisfies_pzs: Option<bool>,
    /// The URI of this bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
    /// The bucket's soft delete policy, which defines the period of time that soft-deleted objects will be retained, and cannot be permanently deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub soft_delete_policy: Option<BucketSoftDeletePolicy>,
    /// The soft delete time of the bucket in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub soft_delete_time: Option<rt::Timestamp>,
    /// The bucket's default storage class, used whenever no storageClass is specified for a newly-created object. This defines how objects in the bucket are stored and determines the SLA and the cost of storage. Values include MULTI_REGIONAL, REGIONAL, STANDARD, NEARLINE, COLDLINE, ARCHIVE, and DURABLE_REDUCED_AVAILABILITY. If this value is not specified when the bucket is created, it will default to STANDARD. For more information, see \[Storage Classes\](<https://cloud.google.com/storage/docs/storage-classes>).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub storage_class: Option<String>,
    /// The creation time of the bucket in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_created: Option<rt::Timestamp>,
    /// The modification time of the bucket in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<rt::Timestamp>,
    /// The bucket's versioning configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub versioning: Option<BucketVersioning>,
    /// The bucket's website configuration, controlling how the service behaves when accessing bucket contents as a web site. See the \[Static Website Examples\](<https://cloud.google.com/storage/docs/static-website>) for more information.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<BucketWebsite>,
}
impl Bucket {
    /// Sets [`acl`](Self::acl).
    pub fn set_acl<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<BucketAccessControl>,
    {
        self.acl = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`acl`](Self::acl), or clears it with `None`.
    pub fn set_or_clear_acl(mut self, value: Option<Vec<BucketAccessControl>>) -> Self {
        self.acl = value;
        self
    }
    /// Sets [`autoclass`](Self::autoclass).
    pub fn set_autoclass(mut self, value: impl Into<BucketAutoclass>) -> Self {
        self.autoclass = Some(value.into());
        self
    }
    /// Sets [`autoclass`](Self::autoclass), or clears it with `None`.
    pub fn set_or_clear_autoclass(mut self, value: Option<BucketAutoclass>) -> Self {
        self.autoclass = value;
        self
    }
    /// Sets [`billing`](Self::billing).
    pub fn set_billing(mut self, value: impl Into<BucketBilling>) -> Self {
        self.billing = Some(value.into());
        self
    }
    /// Sets [`billing`](Self::billing), or clears it with `None`.
    pub fn set_or_clear_billing(mut self, value: Option<BucketBilling>) -> Self {
        self.billing = value;
        self
    }
    /// Sets [`cors`](Self::cors).
    pub fn set_cors<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<BucketCorsItem>,
    {
        self.cors = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`cors`](Self::cors), or clears it with `None`.
    pub fn set_or_clear_cors(mut self, value: Option<Vec<BucketCorsItem>>) -> Self {
        self.cors = value;
        self
    }
    /// Sets [`custom_placement_config`](Self::custom_placement_config).
    pub fn set_custom_placement_config(
        mut self,
        value: impl Into<BucketCustomPlacementConfig>,
    ) -> Self {
        self.custom_placement_config = Some(value.into());
        self
    }
    /// Sets [`custom_placement_config`](Self::custom_placement_config), or clears it with `None`.
    pub fn set_or_clear_custom_placement_config(
        mut self,
        value: Option<BucketCustomPlacementConfig>,
    ) -> Self {
        self.custom_placement_config = value;
        self
    }
    /// Sets [`default_event_based_hold`](Self::default_event_based_hold).
    pub fn set_default_event_based_hold(mut self, value: impl Into<bool>) -> Self {
        self.default_event_based_hold = Some(value.into());
        self
    }
    /// Sets [`default_event_based_hold`](Self::default_event_based_hold), or clears it with `None`.
    pub fn set_or_clear_default_event_based_hold(mut self, value: Option<bool>) -> Self {
        self.default_event_based_hold = value;
        self
    }
    /// Sets [`default_object_acl`](Self::default_object_acl).
    pub fn set_default_object_acl<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<ObjectAccessControl>,
    {
        self.default_object_acl = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`default_object_acl`](Self::default_object_acl), or clears it with `None`.
    pub fn set_or_clear_default_object_acl(
        mut self,
        value: Option<Vec<ObjectAccessControl>>,
    ) -> Self {
        self.default_object_acl = value;
        self
    }
    /// Sets [`encryption`](Self::encryption).
    pub fn set_encryption(mut self, value: impl Into<BucketEncryption>) -> Self {
        self.encryption = Some(value.into());
        self
    }
    /// Sets [`encryption`](Self::encryption), or clears it with `None`.
    pub fn set_or_clear_encryption(mut self, value: Option<BucketEncryption>) -> Self {
        self.encryption = value;
        self
    }
    /// Sets [`etag`](Self::etag).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self
    }
    /// Sets [`etag`](Self::etag), or clears it with `None`.
    pub fn set_or_clear_etag(mut self, value: Option<String>) -> Self {
        self.etag = value;
        self
    }
    /// Sets [`generation`](Self::generation).
    pub fn set_generation(mut self, value: impl Into<i64>) -> Self {
        self.generation = Some(value.into());
        self
    }
    /// Sets [`generation`](Self::generation), or clears it with `None`.
    pub fn set_or_clear_generation(mut self, value: Option<i64>) -> Self {
        self.generation = value;
        self
    }
    /// Sets [`hard_delete_time`](Self::hard_delete_time).
    pub fn set_hard_delete_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.hard_delete_time = Some(value.into());
        self
    }
    /// Sets [`hard_delete_time`](Self::hard_delete_time), or clears it with `None`.
    pub fn set_or_clear_hard_delete_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.hard_delete_time = value;
        self
    }
    /// Sets [`hierarchical_namespace`](Self::hierarchical_namespace).
    pub fn set_hierarchical_namespace(
        mut self,
        value: impl Into<BucketHierarchicalNamespace>,
    ) -> Self {
        self.hierarchical_namespace = Some(value.into());
        self
    }
    /// Sets [`hierarchical_namespace`](Self::hierarchical_namespace), or clears it with `None`.
    pub fn set_or_clear_hierarchical_namespace(
        mut self,
        value: Option<BucketHierarchicalNamespace>,
    ) -> Self {
        self.hierarchical_namespace = value;
        self
    }
    /// Sets [`iam_configuration`](Self::iam_configuration).
    pub fn set_iam_configuration(mut self, value: impl Into<BucketIamConfiguration>) -> Self {
        self.iam_configuration = Some(value.into());
        self
    }
    /// Sets [`iam_configuration`](Self::iam_configuration), or clears it with `None`.
    pub fn set_or_clear_iam_configuration(mut self, value: Option<BucketIamConfiguration>) -> Self {
        self.iam_configuration = value;
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
    /// Sets [`ip_filter`](Self::ip_filter).
    pub fn set_ip_filter(mut self, value: impl Into<BucketIpFilter>) -> Self {
        self.ip_filter = Some(value.into());
        self
    }
    /// Sets [`ip_filter`](Self::ip_filter), or clears it with `None`.
    pub fn set_or_clear_ip_filter(mut self, value: Option<BucketIpFilter>) -> Self {
        self.ip_filter = value;
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
    /// Sets [`labels`](Self::labels).
    pub fn set_labels<I, K, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        self.labels = Some(
            value
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        );
        self
    }
    /// Sets [`labels`](Self::labels), or clears it with `None`.
    pub fn set_or_clear_labels(mut self, value: Option<BTreeMap<String, String>>) -> Self {
        self.labels = value;
        self
    }
    /// Sets [`lifecycle`](Self::lifecycle).
    pub fn set_lifecycle(mut self, value: impl Into<BucketLifecycle>) -> Self {
        self.lifecycle = Some(value.into());
        self
    }
    /// Sets [`lifecycle`](Self::lifecycle), or clears it with `None`.
    pub fn set_or_clear_lifecycle(mut self, value: Option<BucketLifecycle>) -> Self {
        self.lifecycle = value;
        self
    }
    /// Sets [`location`](Self::location).
    pub fn set_location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets [`location`](Self::location), or clears it with `None`.
    pub fn set_or_clear_location(mut self, value: Option<String>) -> Self {
        self.location = value;
        self
    }
    /// Sets [`location_type`](Self::location_type).
    pub fn set_location_type(mut self, value: impl Into<String>) -> Self {
        self.location_type = Some(value.into());
        self
    }
    /// Sets [`location_type`](Self::location_type), or clears it with `None`.
    pub fn set_or_clear_location_type(mut self, value: Option<String>) -> Self {
        self.location_type = value;
        self
    }
    /// Sets [`logging`](Self::logging).
    pub fn set_logging(mut self, value: impl Into<BucketLogging>) -> Self {
        self.logging = Some(value.into());
        self
    }
    /// Sets [`logging`](Self::logging), or clears it with `None`.
    pub fn set_or_clear_logging(mut self, value: Option<BucketLogging>) -> Self {
        self.logging = value;
        self
    }
    /// Sets [`metageneration`](Self::metageneration).
    pub fn set_metageneration(mut self, value: impl Into<i64>) -> Self {
        self.metageneration = Some(value.into());
        self
    }
    /// Sets [`metageneration`](Self::metageneration), or clears it with `None`.
    pub fn set_or_clear_metageneration(mut self, value: Option<i64>) -> Self {
        self.metageneration = value;
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
    /// Sets [`object_retention`](Self::object_retention).
    pub fn set_object_retention(mut self, value: impl Into<BucketObjectRetention>) -> Self {
        self.object_retention = Some(value.into());
        self
    }
    /// Sets [`object_retention`](Self::object_retention), or clears it with `None`.
    pub fn set_or_clear_object_retention(mut self, value: Option<BucketObjectRetention>) -> Self {
        self.object_retention = value;
        self
    }
    /// Sets [`owner`](Self::owner).
    pub fn set_owner(mut self, value: impl Into<BucketOwner>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sets [`owner`](Self::owner), or clears it with `None`.
    pub fn set_or_clear_owner(mut self, value: Option<BucketOwner>) -> Self {
        self.owner = value;
        self
    }
    /// Sets [`project_number`](Self::project_number).
    pub fn set_project_number(mut self, value: impl Into<u64>) -> Self {
        self.project_number = Some(value.into());
        self
    }
    /// Sets [`project_number`](Self::project_number), or clears it with `None`.
    pub fn set_or_clear_project_number(mut self, value: Option<u64>) -> Self {
        self.project_number = value;
        self
    }
    /// Sets [`retention_policy`](Self::retention_policy).
    pub fn set_retention_policy(mut self, value: impl Into<BucketRetentionPolicy>) -> Self {
        self.retention_policy = Some(value.into());
        self
    }
    /// Sets [`retention_policy`](Self::retention_policy), or clears it with `None`.
    pub fn set_or_clear_retention_policy(mut self, value: Option<BucketRetentionPolicy>) -> Self {
        self.retention_policy = value;
        self
    }
    /// Sets [`rpo`](Self::rpo).
    pub fn set_rpo(mut self, value: impl Into<String>) -> Self {
        self.rpo = Some(value.into());
        self
    }
    /// Sets [`rpo`](Self::rpo), or clears it with `None`.
    pub fn set_or_clear_rpo(mut self, value: Option<String>) -> Self {
        self.rpo = value;
        self
    }
    /// Sets [`satisfies_pzi`](Self::satisfies_pzi).
    pub fn set_satisfies_pzi(mut self, value: impl Into<bool>) -> Self {
        self.satisfies_pzi = Some(value.into());
        self
    }
    /// Sets [`satisfies_pzi`](Self::satisfies_pzi), or clears it with `None`.
    pub fn set_or_clear_satisfies_pzi(mut self, value: Option<bool>) -> Self {
        self.satisfies_pzi = value;
        self
    }
    /// Sets [`satisfies_pzs`](Self::satisfies_pzs).
    pub fn set_satisfies_pzs(mut self, value: impl Into<bool>) -> Self {
        self.satisfies_pzs = Some(value.into());
        self
    }
    /// Sets [`satisfies_pzs`](Self::satisfies_pzs), or clears it with `None`.
    pub fn set_or_clear_satisfies_pzs(mut self, value: Option<bool>) -> Self {
        self.satisfies_pzs = value;
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
    /// Sets [`soft_delete_policy`](Self::soft_delete_policy).
    pub fn set_soft_delete_policy(mut self, value: impl Into<BucketSoftDeletePolicy>) -> Self {
        self.soft_delete_policy = Some(value.into());
        self
    }
    /// Sets [`soft_delete_policy`](Self::soft_delete_policy), or clears it with `None`.
    pub fn set_or_clear_soft_delete_policy(
        mut self,
        value: Option<BucketSoftDeletePolicy>,
    ) -> Self {
        self.soft_delete_policy = value;
        self
    }
    /// Sets [`soft_delete_time`](Self::soft_delete_time).
    pub fn set_soft_delete_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.soft_delete_time = Some(value.into());
        self
    }
    /// Sets [`soft_delete_time`](Self::soft_delete_time), or clears it with `None`.
    pub fn set_or_clear_soft_delete_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.soft_delete_time = value;
        self
    }
    /// Sets [`storage_class`](Self::storage_class).
    pub fn set_storage_class(mut self, value: impl Into<String>) -> Self {
        self.storage_class = Some(value.into());
        self
    }
    /// Sets [`storage_class`](Self::storage_class), or clears it with `None`.
    pub fn set_or_clear_storage_class(mut self, value: Option<String>) -> Self {
        self.storage_class = value;
        self
    }
    /// Sets [`time_created`](Self::time_created).
    pub fn set_time_created(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.time_created = Some(value.into());
        self
    }
    /// Sets [`time_created`](Self::time_created), or clears it with `None`.
    pub fn set_or_clear_time_created(mut self, value: Option<rt::Timestamp>) -> Self {
        self.time_created = value;
        self
    }
    /// Sets [`updated`](Self::updated).
    pub fn set_updated(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.updated = Some(value.into());
        self
    }
    /// Sets [`updated`](Self::updated), or clears it with `None`.
    pub fn set_or_clear_updated(mut self, value: Option<rt::Timestamp>) -> Self {
        self.updated = value;
        self
    }
    /// Sets [`versioning`](Self::versioning).
    pub fn set_versioning(mut self, value: impl Into<BucketVersioning>) -> Self {
        self.versioning = Some(value.into());
        self
    }
    /// Sets [`versioning`](Self::versioning), or clears it with `None`.
    pub fn set_or_clear_versioning(mut self, value: Option<BucketVersioning>) -> Self {
        self.versioning = value;
        self
    }
    /// Sets [`website`](Self::website).
    pub fn set_website(mut self, value: impl Into<BucketWebsite>) -> Self {
        self.website = Some(value.into());
        self
    }
    /// Sets [`website`](Self::website), or clears it with `None`.
    pub fn set_or_clear_website(mut self, value: Option<BucketWebsite>) -> Self {
        self.website = value;
        self
    }
}
/// An access-control entry.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketAccessControl {
    /// The name of the bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// The domain associated with the entity, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The email address associated with the entity, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// The ID for the entity, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// HTTP 1.1 Entity tag for the access-control entry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The ID of the access-control entry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The kind of item this is. For bucket access control entries, this is always storage#bucketAccessControl.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The project team associated with the entity, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_team: Option<BucketAccessControlProjectTeam>,
    /// The access permission for the entity.
    ///
    /// Required by `storage.bucketAccessControls.insert`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The link to this access-control entry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
}
impl BucketAccessControl {
    /// Sets [`bucket`](Self::bucket).
    pub fn set_bucket(mut self, value: impl Into<String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets [`bucket`](Self::bucket), or clears it with `None`.
    pub fn set_or_clear_bucket(mut self, value: Option<String>) -> Self {
        self.bucket = value;
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
    /// Sets [`email`](Self::email).
    pub fn set_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets [`email`](Self::email), or clears it with `None`.
    pub fn set_or_clear_email(mut self, value: Option<String>) -> Self {
        self.email = value;
        self
    }
    /// Sets [`entity`](Self::entity).
    pub fn set_entity(mut self, value: impl Into<String>) -> Self {
        self.entity = Some(value.into());
        self
    }
    /// Sets [`entity`](Self::entity), or clears it with `None`.
    pub fn set_or_clear_entity(mut self, value: Option<String>) -> Self {
        self.entity = value;
        self
    }
    /// Sets [`entity_id`](Self::entity_id).
    pub fn set_entity_id(mut self, value: impl Into<String>) -> Self {
        self.entity_id = Some(value.into());
        self
    }
    /// Sets [`entity_id`](Self::entity_id), or clears it with `None`.
    pub fn set_or_clear_entity_id(mut self, value: Option<String>) -> Self {
        self.entity_id = value;
        self
    }
    /// Sets [`etag`](Self::etag).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self
    }
    /// Sets [`etag`](Self::etag), or clears it with `None`.
    pub fn set_or_clear_etag(mut self, value: Option<String>) -> Self {
        self.etag = value;
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
    /// Sets [`project_team`](Self::project_team).
    pub fn set_project_team(mut self, value: impl Into<BucketAccessControlProjectTeam>) -> Self {
        self.project_team = Some(value.into());
        self
    }
    /// Sets [`project_team`](Self::project_team), or clears it with `None`.
    pub fn set_or_clear_project_team(
        mut self,
        value: Option<BucketAccessControlProjectTeam>,
    ) -> Self {
        self.project_team = value;
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
/// The project team associated with the entity, if any.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketAccessControlProjectTeam {
    /// The project number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_number: Option<String>,
    /// The team.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
}
impl BucketAccessControlProjectTeam {
    /// Sets [`project_number`](Self::project_number).
    pub fn set_project_number(mut self, value: impl Into<String>) -> Self {
        self.project_number = Some(value.into());
        self
    }
    /// Sets [`project_number`](Self::project_number), or clears it with `None`.
    pub fn set_or_clear_project_number(mut self, value: Option<String>) -> Self {
        self.project_number = value;
        self
    }
    /// Sets [`team`](Self::team).
    pub fn set_team(mut self, value: impl Into<String>) -> Self {
        self.team = Some(value.into());
        self
    }
    /// Sets [`team`](Self::team), or clears it with `None`.
    pub fn set_or_clear_team(mut self, value: Option<String>) -> Self {
        self.team = value;
        self
    }
}
/// An access-control list.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketAccessControls {
    /// The list of items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<BucketAccessControl>>,
    /// The kind of item this is. For lists of bucket access control entries, this is always storage#bucketAccessControls.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}
impl BucketAccessControls {
    /// Sets [`items`](Self::items).
    pub fn set_items<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<BucketAccessControl>,
    {
        self.items = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`items`](Self::items), or clears it with `None`.
    pub fn set_or_clear_items(mut self, value: Option<Vec<BucketAccessControl>>) -> Self {
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
}
/// The bucket's Autoclass configuration.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketAutoclass {
    /// Whether or not Autoclass is enabled on this bucket
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The storage class that objects in the bucket eventually transition to if they are not read for a certain length of time. Valid values are NEARLINE and ARCHIVE.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub terminal_storage_class: Option<String>,
    /// A date and time in RFC 3339 format representing the time of the most recent update to "terminalStorageClass".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub terminal_storage_class_update_time: Option<rt::Timestamp>,
    /// A date and time in RFC 3339 format representing the instant at which "enabled" was last toggled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub toggle_time: Option<rt::Timestamp>,
}
impl BucketAutoclass {
    /// Sets [`enabled`](Self::enabled).
    pub fn set_enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets [`enabled`](Self::enabled), or clears it with `None`.
    pub fn set_or_clear_enabled(mut self, value: Option<bool>) -> Self {
        self.enabled = value;
        self
    }
    /// Sets [`terminal_storage_class`](Self::terminal_storage_class).
    pub fn set_terminal_storage_class(mut self, value: impl Into<String>) -> Self {
        self.terminal_storage_class = Some(value.into());
        self
    }
    /// Sets [`terminal_storage_class`](Self::terminal_storage_class), or clears it with `None`.
    pub fn set_or_clear_terminal_storage_class(mut self, value: Option<String>) -> Self {
        self.terminal_storage_class = value;
        self
    }
    /// Sets [`terminal_storage_class_update_time`](Self::terminal_storage_class_update_time).
    pub fn set_terminal_storage_class_update_time(
        mut self,
        value: impl Into<rt::Timestamp>,
    ) -> Self {
        self.terminal_storage_class_update_time = Some(value.into());
        self
    }
    /// Sets [`terminal_storage_class_update_time`](Self::terminal_storage_class_update_time), or clears it with `None`.
    pub fn set_or_clear_terminal_storage_class_update_time(
        mut self,
        value: Option<rt::Timestamp>,
    ) -> Self {
        self.terminal_storage_class_update_time = value;
        self
    }
    /// Sets [`toggle_time`](Self::toggle_time).
    pub fn set_toggle_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.toggle_time = Some(value.into());
        self
    }
    /// Sets [`toggle_time`](Self::toggle_time), or clears it with `None`.
    pub fn set_or_clear_toggle_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.toggle_time = value;
        self
    }
}
/// The bucket's billing configuration.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketBilling {
    /// When set to true, Requester Pays is enabled for this bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requester_pays: Option<bool>,
}
impl BucketBilling {
    /// Sets [`requester_pays`](Self::requester_pays).
    pub fn set_requester_pays(mut self, value: impl Into<bool>) -> Self {
        self.requester_pays = Some(value.into());
        self
    }
    /// Sets [`requester_pays`](Self::requester_pays), or clears it with `None`.
    pub fn set_or_clear_requester_pays(mut self, value: Option<bool>) -> Self {
        self.requester_pays = value;
        self
    }
}
/// The `Bucket.properties.cors.items` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketCorsItem {
    /// The value, in seconds, to return in the  Access-Control-Max-Age header used in preflight responses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_age_seconds: Option<i32>,
    /// The list of HTTP methods on which to include CORS response headers, (GET, OPTIONS, POST, etc) Note: "*" is permitted in the list of methods, and means "any method".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<Vec<String>>,
    /// The list of Origins eligible to receive CORS response headers. Note: "*" is permitted in the list of origins, and means "any Origin".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<Vec<String>>,
    /// The list of HTTP headers other than the simple response headers to give permission for the user-agent to share across domains.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_header: Option<Vec<String>>,
}
impl BucketCorsItem {
    /// Sets [`max_age_seconds`](Self::max_age_seconds).
    pub fn set_max_age_seconds(mut self, value: impl Into<i32>) -> Self {
        self.max_age_seconds = Some(value.into());
        self
    }
    /// Sets [`max_age_seconds`](Self::max_age_seconds), or clears it with `None`.
    pub fn set_or_clear_max_age_seconds(mut self, value: Option<i32>) -> Self {
        self.max_age_seconds = value;
        self
    }
    /// Sets [`method`](Self::method).
    pub fn set_method<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.method = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`method`](Self::method), or clears it with `None`.
    pub fn set_or_clear_method(mut self, value: Option<Vec<String>>) -> Self {
        self.method = value;
        self
    }
    /// Sets [`origin`](Self::origin).
    pub fn set_origin<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.origin = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`origin`](Self::origin), or clears it with `None`.
    pub fn set_or_clear_origin(mut self, value: Option<Vec<String>>) -> Self {
        self.origin = value;
        self
    }
    /// Sets [`response_header`](Self::response_header).
    pub fn set_response_header<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.response_header = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`response_header`](Self::response_header), or clears it with `None`.
    pub fn set_or_clear_response_header(mut self, value: Option<Vec<String>>) -> Self {
        self.response_header = value;
        self
    }
}
/// The bucket's custom placement configuration for Custom Dual Regions.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketCustomPlacementConfig {
    /// The list of regional locations in which data is placed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_locations: Option<Vec<String>>,
}
impl BucketCustomPlacementConfig {
    /// Sets [`data_locations`](Self::data_locations).
    pub fn set_data_locations<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.data_locations = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`data_locations`](Self::data_locations), or clears it with `None`.
    pub fn set_or_clear_data_locations(mut self, value: Option<Vec<String>>) -> Self {
        self.data_locations = value;
        self
    }
}
/// Encryption configuration for a bucket.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketEncryption {
    /// If set, the new objects created in this bucket must comply with this enforcement config. Changing this has no effect on existing objects; it applies to new objects only. If omitted, the new objects are allowed to be encrypted with Customer Managed Encryption type by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_managed_encryption_enforcement_config:
        Option<BucketEncryptionCustomerManagedEncryptionEnforcementConfig>,
    /// If set, the new objects created in this bucket must comply with this enforcement config. Changing this has no effect on existing objects; it applies to new objects only. If omitted, the new objects are allowed to be encrypted with Customer Supplied Encryption type by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_supplied_encryption_enforcement_config:
        Option<BucketEncryptionCustomerSuppliedEncryptionEnforcementConfig>,
    /// A Cloud KMS key that will be used to encrypt objects inserted into this bucket, if no encryption method is specified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_kms_key_name: Option<String>,
    /// If set, the new objects created in this bucket must comply with this enforcement config. Changing this has no effect on existing objects; it applies to new objects only. If omitted, the new objects are allowed to be encrypted with Google Managed Encryption type by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub google_managed_encryption_enforcement_config:
        Option<BucketEncryptionGoogleManagedEncryptionEnforcementConfig>,
}
impl BucketEncryption {
    /// Sets [`customer_managed_encryption_enforcement_config`](Self::customer_managed_encryption_enforcement_config).
    pub fn set_customer_managed_encryption_enforcement_config(
        mut self,
        value: impl Into<BucketEncryptionCustomerManagedEncryptionEnforcementConfig>,
    ) -> Self {
        self.customer_managed_encryption_enforcement_config = Some(value.into());
        self
    }
    /// Sets [`customer_managed_encryption_enforcement_config`](Self::customer_managed_encryption_enforcement_config), or clears it with `None`.
    pub fn set_or_clear_customer_managed_encryption_enforcement_config(
        mut self,
        value: Option<BucketEncryptionCustomerManagedEncryptionEnforcementConfig>,
    ) -> Self {
        self.customer_managed_encryption_enforcement_config = value;
        self
    }
    /// Sets [`customer_supplied_encryption_enforcement_config`](Self::customer_supplied_encryption_enforcement_config).
    pub fn set_customer_supplied_encryption_enforcement_config(
        mut self,
        value: impl Into<BucketEncryptionCustomerSuppliedEncryptionEnforcementConfig>,
    ) -> Self {
        self.customer_supplied_encryption_enforcement_config = Some(value.into());
        self
    }
    /// Sets [`customer_supplied_encryption_enforcement_config`](Self::customer_supplied_encryption_enforcement_config), or clears it with `None`.
    pub fn set_or_clear_customer_supplied_encryption_enforcement_config(
        mut self,
        value: Option<BucketEncryptionCustomerSuppliedEncryptionEnforcementConfig>,
    ) -> Self {
        self.customer_supplied_encryption_enforcement_config = value;
        self
    }
    /// Sets [`default_kms_key_name`](Self::default_kms_key_name).
    pub fn set_default_kms_key_name(mut self, value: impl Into<String>) -> Self {
        self.default_kms_key_name = Some(value.into());
        self
    }
    /// Sets [`default_kms_key_name`](Self::default_kms_key_name), or clears it with `None`.
    pub fn set_or_clear_default_kms_key_name(mut self, value: Option<String>) -> Self {
        self.default_kms_key_name = value;
        self
    }
    /// Sets [`google_managed_encryption_enforcement_config`](Self::google_managed_encryption_enforcement_config).
    pub fn set_google_managed_encryption_enforcement_config(
        mut self,
        value: impl Into<BucketEncryptionGoogleManagedEncryptionEnforcementConfig>,
    ) -> Self {
        self.google_managed_encryption_enforcement_config = Some(value.into());
        self
    }
    /// Sets [`google_managed_encryption_enforcement_config`](Self::google_managed_encryption_enforcement_config), or clears it with `None`.
    pub fn set_or_clear_google_managed_encryption_enforcement_config(
        mut self,
        value: Option<BucketEncryptionGoogleManagedEncryptionEnforcementConfig>,
    ) -> Self {
        self.google_managed_encryption_enforcement_config = value;
        self
    }
}
/// If set, the new objects created in this bucket must comply with this enforcement config. Changing this has no effect on existing objects; it applies to new objects only. If omitted, the new objects are allowed to be encrypted with Customer Managed Encryption type by default.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketEncryptionCustomerManagedEncryptionEnforcementConfig {
    /// Server-determined value that indicates the time from which configuration was enforced and effective. This value is in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_time: Option<rt::Timestamp>,
    /// Restriction mode for Customer-Managed Encryption Keys. Defaults to NotRestricted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restriction_mode:
        Option<BucketEncryptionCustomerManagedEncryptionEnforcementConfigRestrictionMode>,
}
impl BucketEncryptionCustomerManagedEncryptionEnforcementConfig {
    /// Sets [`effective_time`](Self::effective_time).
    pub fn set_effective_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.effective_time = Some(value.into());
        self
    }
    /// Sets [`effective_time`](Self::effective_time), or clears it with `None`.
    pub fn set_or_clear_effective_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.effective_time = value;
        self
    }
    /// Sets [`restriction_mode`](Self::restriction_mode).
    pub fn set_restriction_mode(
        mut self,
        value: impl Into<BucketEncryptionCustomerManagedEncryptionEnforcementConfigRestrictionMode>,
    ) -> Self {
        self.restriction_mode = Some(value.into());
        self
    }
    /// Sets [`restriction_mode`](Self::restriction_mode), or clears it with `None`.
    pub fn set_or_clear_restriction_mode(
        mut self,
        value: Option<BucketEncryptionCustomerManagedEncryptionEnforcementConfigRestrictionMode>,
    ) -> Self {
        self.restriction_mode = value;
        self
    }
}
/// Restriction mode for Customer-Managed Encryption Keys. Defaults to NotRestricted.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketEncryptionCustomerSuppliedEncryptionEnforcementConfig {
    /// Server-determined value that indicates the time from which configuration was enforced and effective. This value is in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_time: Option<rt::Timestamp>,
    /// Restriction mode for Customer-Supplied Encryption Keys. Defaults to NotRestricted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restriction_mode:
        Option<BucketEncryptionCustomerSuppliedEncryptionEnforcementConfigRestrictionMode>,
}
impl BucketEncryptionCustomerSuppliedEncryptionEnforcementConfig {
    /// Sets [`effective_time`](Self::effective_time).
    pub fn set_effective_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.effective_time = Some(value.into());
        self
    }
    /// Sets [`effective_time`](Self::effective_time), or clears it with `None`.
    pub fn set_or_clear_effective_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.effective_time = value;
        self
    }
    /// Sets [`restriction_mode`](Self::restriction_mode).
    pub fn set_restriction_mode(
        mut self,
        value: impl Into<BucketEncryptionCustomerSuppliedEncryptionEnforcementConfigRestrictionMode>,
    ) -> Self {
        self.restriction_mode = Some(value.into());
        self
    }
    /// Sets [`restriction_mode`](Self::restriction_mode), or clears it with `None`.
    pub fn set_or_clear_restriction_mode(
        mut self,
        value: Option<BucketEncryptionCustomerSuppliedEncryptionEnforcementConfigRestrictionMode>,
    ) -> Self {
        self.restriction_mode = value;
        self
    }
}
/// Restriction mode for Customer-Supplied Encryption Keys. Defaults to NotRestricted.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketEncryptionGoogleManagedEncryptionEnforcementConfig {
    /// Server-determined value that indicates the time from which configuration was enforced and effective. This value is in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_time: Option<rt::Timestamp>,
    /// Restriction mode for Google-Managed Encryption Keys. Defaults to NotRestricted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restriction_mode:
        Option<BucketEncryptionGoogleManagedEncryptionEnforcementConfigRestrictionMode>,
}
impl BucketEncryptionGoogleManagedEncryptionEnforcementConfig {
    /// Sets [`effective_time`](Self::effective_time).
    pub fn set_effective_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.effective_time = Some(value.into());
        self
    }
    /// Sets [`effective_time`](Self::effective_time), or clears it with `None`.
    pub fn set_or_clear_effective_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.effective_time = value;
        self
    }
    /// Sets [`restriction_mode`](Self::restriction_mode).
    pub fn set_restriction_mode(
        mut self,
        value: impl Into<BucketEncryptionGoogleManagedEncryptionEnforcementConfigRestrictionMode>,
    ) -> Self {
        self.restriction_mode = Some(value.into());
        self
    }
    /// Sets [`restriction_mode`](Self::restriction_mode), or clears it with `None`.
    pub fn set_or_clear_restriction_mode(
        mut self,
        value: Option<BucketEncryptionGoogleManagedEncryptionEnforcementConfigRestrictionMode>,
    ) -> Self {
        self.restriction_mode = value;
        self
    }
}
/// Restriction mode for Google-Managed Encryption Keys. Defaults to NotRestricted.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketHierarchicalNamespace {
    /// When set to true, hierarchical namespace is enabled for this bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}
impl BucketHierarchicalNamespace {
    /// Sets [`enabled`](Self::enabled).
    pub fn set_enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets [`enabled`](Self::enabled), or clears it with `None`.
    pub fn set_or_clear_enabled(mut self, value: Option<bool>) -> Self {
        self.enabled = value;
        self
    }
}
/// The bucket's IAM configuration.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketIamConfiguration {
    /// The bucket's uniform bucket-level access configuration. The feature was formerly known as Bucket Policy Only. For backward compatibility, this field will be populated with identical information as the uniformBucketLevelAccess field. We recommend using the uniformBucketLevelAccess field to enable and disable the feature.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket_policy_only: Option<BucketIamConfigurationBucketPolicyOnly>,
    /// The bucket's Public Access Prevention configuration. Currently, 'inherited' and 'enforced' are supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_access_prevention: Option<String>,
    /// The bucket's uniform bucket-level access configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uniform_bucket_level_access: Option<BucketIamConfigurationUniformBucketLevelAccess>,
}
impl BucketIamConfiguration {
    /// Sets [`bucket_policy_only`](Self::bucket_policy_only).
    pub fn set_bucket_policy_only(
        mut self,
        value: impl Into<BucketIamConfigurationBucketPolicyOnly>,
    ) -> Self {
        self.bucket_policy_only = Some(value.into());
        self
    }
    /// Sets [`bucket_policy_only`](Self::bucket_policy_only), or clears it with `None`.
    pub fn set_or_clear_bucket_policy_only(
        mut self,
        value: Option<BucketIamConfigurationBucketPolicyOnly>,
    ) -> Self {
        self.bucket_policy_only = value;
        self
    }
    /// Sets [`public_access_prevention`](Self::public_access_prevention).
    pub fn set_public_access_prevention(mut self, value: impl Into<String>) -> Self {
        self.public_access_prevention = Some(value.into());
        self
    }
    /// Sets [`public_access_prevention`](Self::public_access_prevention), or clears it with `None`.
    pub fn set_or_clear_public_access_prevention(mut self, value: Option<String>) -> Self {
        self.public_access_prevention = value;
        self
    }
    /// Sets [`uniform_bucket_level_access`](Self::uniform_bucket_level_access).
    pub fn set_uniform_bucket_level_access(
        mut self,
        value: impl Into<BucketIamConfigurationUniformBucketLevelAccess>,
    ) -> Self {
        self.uniform_bucket_level_access = Some(value.into());
        self
    }
    /// Sets [`uniform_bucket_level_access`](Self::uniform_bucket_level_access), or clears it with `None`.
    pub fn set_or_clear_uniform_bucket_level_access(
        mut self,
        value: Option<BucketIamConfigurationUniformBucketLevelAccess>,
    ) -> Self {
        self.uniform_bucket_level_access = value;
        self
    }
}
/// The bucket's uniform bucket-level access configuration. The feature was formerly known as Bucket Policy Only. For backward compatibility, this field will be populated with identical information as the uniformBucketLevelAccess field. We recommend using the uniformBucketLevelAccess field to enable and disable the feature.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketIamConfigurationBucketPolicyOnly {
    /// If set, access is controlled only by bucket-level or above IAM policies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The deadline for changing iamConfiguration.bucketPolicyOnly.enabled from true to false in RFC 3339 format. iamConfiguration.bucketPolicyOnly.enabled may be changed from true to false until the locked time, after which the field is immutable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locked_time: Option<rt::Timestamp>,
}
impl BucketIamConfigurationBucketPolicyOnly {
    /// Sets [`enabled`](Self::enabled).
    pub fn set_enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets [`enabled`](Self::enabled), or clears it with `None`.
    pub fn set_or_clear_enabled(mut self, value: Option<bool>) -> Self {
        self.enabled = value;
        self
    }
    /// Sets [`locked_time`](Self::locked_time).
    pub fn set_locked_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.locked_time = Some(value.into());
        self
    }
    /// Sets [`locked_time`](Self::locked_time), or clears it with `None`.
    pub fn set_or_clear_locked_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.locked_time = value;
        self
    }
}
/// The bucket's uniform bucket-level access configuration.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketIamConfigurationUniformBucketLevelAccess {
    /// If set, access is controlled only by bucket-level or above IAM policies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The deadline for changing iamConfiguration.uniformBucketLevelAccess.enabled from true to false in RFC 3339  format. iamConfiguration.uniformBucketLevelAccess.enabled may be changed from true to false until the locked time, after which the field is immutable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locked_time: Option<rt::Timestamp>,
}
impl BucketIamConfigurationUniformBucketLevelAccess {
    /// Sets [`enabled`](Self::enabled).
    pub fn set_enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets [`enabled`](Self::enabled), or clears it with `None`.
    pub fn set_or_clear_enabled(mut self, value: Option<bool>) -> Self {
        self.enabled = value;
        self
    }
    /// Sets [`locked_time`](Self::locked_time).
    pub fn set_locked_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.locked_time = Some(value.into());
        self
    }
    /// Sets [`locked_time`](Self::locked_time), or clears it with `None`.
    pub fn set_or_clear_locked_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.locked_time = value;
        self
    }
}
/// The bucket's IP filter configuration. Specifies the network sources that are allowed to access the operations on the bucket, as well as its underlying objects. Only enforced when the mode is set to 'Enabled'.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketIpFilter {
    /// Whether to allow all service agents to access the bucket regardless of the IP filter configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_all_service_agent_access: Option<bool>,
    /// Whether to allow cross-org VPCs in the bucket's IP filter configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_cross_org_vpcs: Option<bool>,
    /// The mode of the IP filter. Valid values are 'Enabled' and 'Disabled'.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// The public network source of the bucket's IP filter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_network_source: Option<BucketIpFilterPublicNetworkSource>,
    /// The list of \[VPC network\](<https://cloud.google.com/vpc/docs/vpc>) sources of the bucket's IP filter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vpc_network_sources: Option<Vec<BucketIpFilterVpcNetworkSourcesItem>>,
}
impl BucketIpFilter {
    /// Sets [`allow_all_service_agent_access`](Self::allow_all_service_agent_access).
    pub fn set_allow_all_service_agent_access(mut self, value: impl Into<bool>) -> Self {
        self.allow_all_service_agent_access = Some(value.into());
        self
    }
    /// Sets [`allow_all_service_agent_access`](Self::allow_all_service_agent_access), or clears it with `None`.
    pub fn set_or_clear_allow_all_service_agent_access(mut self, value: Option<bool>) -> Self {
        self.allow_all_service_agent_access = value;
        self
    }
    /// Sets [`allow_cross_org_vpcs`](Self::allow_cross_org_vpcs).
    pub fn set_allow_cross_org_vpcs(mut self, value: impl Into<bool>) -> Self {
        self.allow_cross_org_vpcs = Some(value.into());
        self
    }
    /// Sets [`allow_cross_org_vpcs`](Self::allow_cross_org_vpcs), or clears it with `None`.
    pub fn set_or_clear_allow_cross_org_vpcs(mut self, value: Option<bool>) -> Self {
        self.allow_cross_org_vpcs = value;
        self
    }
    /// Sets [`mode`](Self::mode).
    pub fn set_mode(mut self, value: impl Into<String>) -> Self {
        self.mode = Some(value.into());
        self
    }
    /// Sets [`mode`](Self::mode), or clears it with `None`.
    pub fn set_or_clear_mode(mut self, value: Option<String>) -> Self {
        self.mode = value;
        self
    }
    /// Sets [`public_network_source`](Self::public_network_source).
    pub fn set_public_network_source(
        mut self,
        value: impl Into<BucketIpFilterPublicNetworkSource>,
    ) -> Self {
        self.public_network_source = Some(value.into());
        self
    }
    /// Sets [`public_network_source`](Self::public_network_source), or clears it with `None`.
    pub fn set_or_clear_public_network_source(
        mut self,
        value: Option<BucketIpFilterPublicNetworkSource>,
    ) -> Self {
        self.public_network_source = value;
        self
    }
    /// Sets [`vpc_network_sources`](Self::vpc_network_sources).
    pub fn set_vpc_network_sources<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<BucketIpFilterVpcNetworkSourcesItem>,
    {
        self.vpc_network_sources = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`vpc_network_sources`](Self::vpc_network_sources), or clears it with `None`.
    pub fn set_or_clear_vpc_network_sources(
        mut self,
        value: Option<Vec<BucketIpFilterVpcNetworkSourcesItem>>,
    ) -> Self {
        self.vpc_network_sources = value;
        self
    }
}
/// The public network source of the bucket's IP filter.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketIpFilterPublicNetworkSource {
    /// The list of public IPv4, IPv6 cidr ranges that are allowed to access the bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_ip_cidr_ranges: Option<Vec<String>>,
}
impl BucketIpFilterPublicNetworkSource {
    /// Sets [`allowed_ip_cidr_ranges`](Self::allowed_ip_cidr_ranges).
    pub fn set_allowed_ip_cidr_ranges<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.allowed_ip_cidr_ranges = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`allowed_ip_cidr_ranges`](Self::allowed_ip_cidr_ranges), or clears it with `None`.
    pub fn set_or_clear_allowed_ip_cidr_ranges(mut self, value: Option<Vec<String>>) -> Self {
        self.allowed_ip_cidr_ranges = value;
        self
    }
}
/// The `Bucket.properties.ipFilter.properties.vpcNetworkSources.items` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketIpFilterVpcNetworkSourcesItem {
    /// The list of IPv4, IPv6 cidr ranges subnetworks that are allowed to access the bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_ip_cidr_ranges: Option<Vec<String>>,
    /// Name of the network. Format: projects/{PROJECT_ID}/global/networks/{NETWORK_NAME}
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network: Option<String>,
}
impl BucketIpFilterVpcNetworkSourcesItem {
    /// Sets [`allowed_ip_cidr_ranges`](Self::allowed_ip_cidr_ranges).
    pub fn set_allowed_ip_cidr_ranges<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.allowed_ip_cidr_ranges = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`allowed_ip_cidr_ranges`](Self::allowed_ip_cidr_ranges), or clears it with `None`.
    pub fn set_or_clear_allowed_ip_cidr_ranges(mut self, value: Option<Vec<String>>) -> Self {
        self.allowed_ip_cidr_ranges = value;
        self
    }
    /// Sets [`network`](Self::network).
    pub fn set_network(mut self, value: impl Into<String>) -> Self {
        self.network = Some(value.into());
        self
    }
    /// Sets [`network`](Self::network), or clears it with `None`.
    pub fn set_or_clear_network(mut self, value: Option<String>) -> Self {
        self.network = value;
        self
    }
}
/// The bucket's lifecycle configuration. See \[Lifecycle Management\](<https://cloud.google.com/storage/docs/lifecycle>) for more information.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketLifecycle {
    /// A lifecycle management rule, which is made of an action to take and the condition(s) under which the action will be taken.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<Vec<BucketLifecycleRuleItem>>,
}
impl BucketLifecycle {
    /// Sets [`rule`](Self::rule).
    pub fn set_rule<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<BucketLifecycleRuleItem>,
    {
        self.rule = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`rule`](Self::rule), or clears it with `None`.
    pub fn set_or_clear_rule(mut self, value: Option<Vec<BucketLifecycleRuleItem>>) -> Self {
        self.rule = value;
        self
    }
}
/// The `Bucket.properties.lifecycle.properties.rule.items` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketLifecycleRuleItem {
    /// The action to take.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<BucketLifecycleRuleItemAction>,
    /// The condition(s) under which the action will be taken.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<BucketLifecycleRuleItemCondition>,
}
impl BucketLifecycleRuleItem {
    /// Sets [`action`](Self::action).
    pub fn set_action(mut self, value: impl Into<BucketLifecycleRuleItemAction>) -> Self {
        self.action = Some(value.into());
        self
    }
    /// Sets [`action`](Self::action), or clears it with `None`.
    pub fn set_or_clear_action(mut self, value: Option<BucketLifecycleRuleItemAction>) -> Self {
        self.action = value;
        self
    }
    /// Sets [`condition`](Self::condition).
    pub fn set_condition(mut self, value: impl Into<BucketLifecycleRuleItemCondition>) -> Self {
        self.condition = Some(value.into());
        self
    }
    /// Sets [`condition`](Self::condition), or clears it with `None`.
    pub fn set_or_clear_condition(
        mut self,
        value: Option<BucketLifecycleRuleItemCondition>,
    ) -> Self {
        self.condition = value;
        self
    }
}
/// The action to take.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketLifecycleRuleItemAction {
    /// Target storage class. Required iff the type of the action is SetStorageClass.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub storage_class: Option<String>,
    /// Type of the action. Currently, only Delete, SetStorageClass, and AbortIncompleteMultipartUpload are supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}
impl BucketLifecycleRuleItemAction {
    /// Sets [`storage_class`](Self::storage_class).
    pub fn set_storage_class(mut self, value: impl Into<String>) -> Self {
        self.storage_class = Some(value.into());
        self
    }
    /// Sets [`storage_class`](Self::storage_class), or clears it with `None`.
    pub fn set_or_clear_storage_class(mut self, value: Option<String>) -> Self {
        self.storage_class = value;
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
/// The condition(s) under which the action will be taken.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketLifecycleRuleItemCondition {
    /// Age of an object (in days). This condition is satisfied when an object reaches the specified age.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age: Option<i32>,
    /// A date in RFC 3339 format with only the date part (for instance, "2013-01-15"). This condition is satisfied when an object is created before midnight of the specified date in UTC.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_before: Option<rt::Date>,
    /// A date in RFC 3339 format with only the date part (for instance, "2013-01-15"). This condition is satisfied when the custom time on an object is before this date in UTC.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_time_before: Option<rt::Date>,
    /// Number of days elapsed since the user-specified timestamp set on an object. The condition is satisfied if the days elapsed is at least this number. If no custom timestamp is specified on an object, the condition does not apply.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_since_custom_time: Option<i32>,
    /// Number of days elapsed since the noncurrent timestamp of an object. The condition is satisfied if the days elapsed is at least this number. This condition is relevant only for versioned objects. The value of the field must be a nonnegative integer. If it's zero, the object version will become eligible for Lifecycle action as soon as it becomes noncurrent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_since_noncurrent_time: Option<i32>,
    /// Relevant only for versioned objects. If the value is true, this condition matches live objects; if the value is false, it matches archived objects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_live: Option<bool>,
    /// A regular expression that satisfies the RE2 syntax. This condition is satisfied when the name of the object matches the RE2 pattern. Note: This feature is currently in the "Early Access" launch stage and is only available to a whitelisted set of users; that means that this feature may be changed in backward-incompatible ways and that it is not guaranteed to be released.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matches_pattern: Option<String>,
    /// List of object name prefixes. This condition will be satisfied when at least one of the prefixes exactly matches the beginning of the object name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matches_prefix: Option<Vec<String>>,
    /// Objects having any of the storage classes specified by this condition will be matched. Values include MULTI_REGIONAL, REGIONAL, NEARLINE, COLDLINE, ARCHIVE, STANDARD, and DURABLE_REDUCED_AVAILABILITY.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matches_storage_class: Option<Vec<String>>,
    /// List of object name suffixes. This condition will be satisfied when at least one of the suffixes exactly matches the end of the object name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matches_suffix: Option<Vec<String>>,
    /// A date in RFC 3339 format with only the date part (for instance, "2013-01-15"). This condition is satisfied when the noncurrent time on an object is before this date in UTC. This condition is relevant only for versioned objects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub noncurrent_time_before: Option<rt::Date>,
    /// Relevant only for versioned objects. If the value is N, this condition is satisfied when there are at least N versions (including the live version) newer than this version of the object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub num_newer_versions: Option<i32>,
    /// Objects having a size greater than this value in bytes will be matched.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub size_above_bytes: Option<i64>,
    /// Objects having a size less than this value in bytes will be matched.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub size_below_bytes: Option<i64>,
}
impl BucketLifecycleRuleItemCondition {
    /// Sets [`age`](Self::age).
    pub fn set_age(mut self, value: impl Into<i32>) -> Self {
        self.age = Some(value.into());
        self
    }
    /// Sets [`age`](Self::age), or clears it with `None`.
    pub fn set_or_clear_age(mut self, value: Option<i32>) -> Self {
        self.age = value;
        self
    }
    /// Sets [`created_before`](Self::created_before).
    pub fn set_created_before(mut self, value: impl Into<rt::Date>) -> Self {
        self.created_before = Some(value.into());
        self
    }
    /// Sets [`created_before`](Self::created_before), or clears it with `None`.
    pub fn set_or_clear_created_before(mut self, value: Option<rt::Date>) -> Self {
        self.created_before = value;
        self
    }
    /// Sets [`custom_time_before`](Self::custom_time_before).
    pub fn set_custom_time_before(mut self, value: impl Into<rt::Date>) -> Self {
        self.custom_time_before = Some(value.into());
        self
    }
    /// Sets [`custom_time_before`](Self::custom_time_before), or clears it with `None`.
    pub fn set_or_clear_custom_time_before(mut self, value: Option<rt::Date>) -> Self {
        self.custom_time_before = value;
        self
    }
    /// Sets [`days_since_custom_time`](Self::days_since_custom_time).
    pub fn set_days_since_custom_time(mut self, value: impl Into<i32>) -> Self {
        self.days_since_custom_time = Some(value.into());
        self
    }
    /// Sets [`days_since_custom_time`](Self::days_since_custom_time), or clears it with `None`.
    pub fn set_or_clear_days_since_custom_time(mut self, value: Option<i32>) -> Self {
        self.days_since_custom_time = value;
        self
    }
    /// Sets [`days_since_noncurrent_time`](Self::days_since_noncurrent_time).
    pub fn set_days_since_noncurrent_time(mut self, value: impl Into<i32>) -> Self {
        self.days_since_noncurrent_time = Some(value.into());
        self
    }
    /// Sets [`days_since_noncurrent_time`](Self::days_since_noncurrent_time), or clears it with `None`.
    pub fn set_or_clear_days_since_noncurrent_time(mut self, value: Option<i32>) -> Self {
        self.days_since_noncurrent_time = value;
        self
    }
    /// Sets [`is_live`](Self::is_live).
    pub fn set_is_live(mut self, value: impl Into<bool>) -> Self {
        self.is_live = Some(value.into());
        self
    }
    /// Sets [`is_live`](Self::is_live), or clears it with `None`.
    pub fn set_or_clear_is_live(mut self, value: Option<bool>) -> Self {
        self.is_live = value;
        self
    }
    /// Sets [`matches_pattern`](Self::matches_pattern).
    pub fn set_matches_pattern(mut self, value: impl Into<String>) -> Self {
        self.matches_pattern = Some(value.into());
        self
    }
    /// Sets [`matches_pattern`](Self::matches_pattern), or clears it with `None`.
    pub fn set_or_clear_matches_pattern(mut self, value: Option<String>) -> Self {
        self.matches_pattern = value;
        self
    }
    /// Sets [`matches_prefix`](Self::matches_prefix).
    pub fn set_matches_prefix<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.matches_prefix = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`matches_prefix`](Self::matches_prefix), or clears it with `None`.
    pub fn set_or_clear_matches_prefix(mut self, value: Option<Vec<String>>) -> Self {
        self.matches_prefix = value;
        self
    }
    /// Sets [`matches_storage_class`](Self::matches_storage_class).
    pub fn set_matches_storage_class<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.matches_storage_class = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`matches_storage_class`](Self::matches_storage_class), or clears it with `None`.
    pub fn set_or_clear_matches_storage_class(mut self, value: Option<Vec<String>>) -> Self {
        self.matches_storage_class = value;
        self
    }
    /// Sets [`matches_suffix`](Self::matches_suffix).
    pub fn set_matches_suffix<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.matches_suffix = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`matches_suffix`](Self::matches_suffix), or clears it with `None`.
    pub fn set_or_clear_matches_suffix(mut self, value: Option<Vec<String>>) -> Self {
        self.matches_suffix = value;
        self
    }
    /// Sets [`noncurrent_time_before`](Self::noncurrent_time_before).
    pub fn set_noncurrent_time_before(mut self, value: impl Into<rt::Date>) -> Self {
        self.noncurrent_time_before = Some(value.into());
        self
    }
    /// Sets [`noncurrent_time_before`](Self::noncurrent_time_before), or clears it with `None`.
    pub fn set_or_clear_noncurrent_time_before(mut self, value: Option<rt::Date>) -> Self {
        self.noncurrent_time_before = value;
        self
    }
    /// Sets [`num_newer_versions`](Self::num_newer_versions).
    pub fn set_num_newer_versions(mut self, value: impl Into<i32>) -> Self {
        self.num_newer_versions = Some(value.into());
        self
    }
    /// Sets [`num_newer_versions`](Self::num_newer_versions), or clears it with `None`.
    pub fn set_or_clear_num_newer_versions(mut self, value: Option<i32>) -> Self {
        self.num_newer_versions = value;
        self
    }
    /// Sets [`size_above_bytes`](Self::size_above_bytes).
    pub fn set_size_above_bytes(mut self, value: impl Into<i64>) -> Self {
        self.size_above_bytes = Some(value.into());
        self
    }
    /// Sets [`size_above_bytes`](Self::size_above_bytes), or clears it with `None`.
    pub fn set_or_clear_size_above_bytes(mut self, value: Option<i64>) -> Self {
        self.size_above_bytes = value;
        self
    }
    /// Sets [`size_below_bytes`](Self::size_below_bytes).
    pub fn set_size_below_bytes(mut self, value: impl Into<i64>) -> Self {
        self.size_below_bytes = Some(value.into());
        self
    }
    /// Sets [`size_below_bytes`](Self::size_below_bytes), or clears it with `None`.
    pub fn set_or_clear_size_below_bytes(mut self, value: Option<i64>) -> Self {
        self.size_below_bytes = value;
        self
    }
}
/// The bucket's logging configuration, which defines the destination bucket and optional name prefix for the current bucket's logs.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketLogging {
    /// The destination bucket where the current bucket's logs should be placed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log_bucket: Option<String>,
    /// A prefix for log object names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log_object_prefix: Option<String>,
}
impl BucketLogging {
    /// Sets [`log_bucket`](Self::log_bucket).
    pub fn set_log_bucket(mut self, value: impl Into<String>) -> Self {
        self.log_bucket = Some(value.into());
        self
    }
    /// Sets [`log_bucket`](Self::log_bucket), or clears it with `None`.
    pub fn set_or_clear_log_bucket(mut self, value: Option<String>) -> Self {
        self.log_bucket = value;
        self
    }
    /// Sets [`log_object_prefix`](Self::log_object_prefix).
    pub fn set_log_object_prefix(mut self, value: impl Into<String>) -> Self {
        self.log_object_prefix = Some(value.into());
        self
    }
    /// Sets [`log_object_prefix`](Self::log_object_prefix), or clears it with `None`.
    pub fn set_or_clear_log_object_prefix(mut self, value: Option<String>) -> Self {
        self.log_object_prefix = value;
        self
    }
}
/// The bucket's object retention config.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketObjectRetention {
    /// The bucket's object retention mode. Can be Enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
}
impl BucketObjectRetention {
    /// Sets [`mode`](Self::mode).
    pub fn set_mode(mut self, value: impl Into<String>) -> Self {
        self.mode = Some(value.into());
        self
    }
    /// Sets [`mode`](Self::mode), or clears it with `None`.
    pub fn set_or_clear_mode(mut self, value: Option<String>) -> Self {
        self.mode = value;
        self
    }
}
/// The owner of the bucket. This is always the project team's owner group.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketOwner {
    /// The entity, in the form project-owner-projectId.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// The ID for the entity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
}
impl BucketOwner {
    /// Sets [`entity`](Self::entity).
    pub fn set_entity(mut self, value: impl Into<String>) -> Self {
        self.entity = Some(value.into());
        self
    }
    /// Sets [`entity`](Self::entity), or clears it with `None`.
    pub fn set_or_clear_entity(mut self, value: Option<String>) -> Self {
        self.entity = value;
        self
    }
    /// Sets [`entity_id`](Self::entity_id).
    pub fn set_entity_id(mut self, value: impl Into<String>) -> Self {
        self.entity_id = Some(value.into());
        self
    }
    /// Sets [`entity_id`](Self::entity_id), or clears it with `None`.
    pub fn set_or_clear_entity_id(mut self, value: Option<String>) -> Self {
        self.entity_id = value;
        self
    }
}
/// The bucket's retention policy. The retention policy enforces a minimum retention time for all objects contained in the bucket, based on their creation time. Any attempt to overwrite or delete objects younger than the retention period will result in a PERMISSION_DENIED error. An unlocked retention policy can be modified or removed from the bucket via a storage.buckets.update operation. A locked retention policy cannot be removed or shortened in duration for the lifetime of the bucket. Attempting to remove or decrease period of a locked retention policy will result in a PERMISSION_DENIED error.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketRetentionPolicy {
    /// Server-determined value that indicates the time from which policy was enforced and effective. This value is in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_time: Option<rt::Timestamp>,
    /// Once locked, an object retention policy cannot be modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_locked: Option<bool>,
    /// The duration in seconds that objects need to be retained. Retention duration must be greater than zero and less than 100 years. Note that enforcement of retention periods less than a day is not guaranteed. Such periods should only be used for testing purposes.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub retention_period: Option<i64>,
}
impl BucketRetentionPolicy {
    /// Sets [`effective_time`](Self::effective_time).
    pub fn set_effective_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.effective_time = Some(value.into());
        self
    }
    /// Sets [`effective_time`](Self::effective_time), or clears it with `None`.
    pub fn set_or_clear_effective_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.effective_time = value;
        self
    }
    /// Sets [`is_locked`](Self::is_locked).
    pub fn set_is_locked(mut self, value: impl Into<bool>) -> Self {
        self.is_locked = Some(value.into());
        self
    }
    /// Sets [`is_locked`](Self::is_locked), or clears it with `None`.
    pub fn set_or_clear_is_locked(mut self, value: Option<bool>) -> Self {
        self.is_locked = value;
        self
    }
    /// Sets [`retention_period`](Self::retention_period).
    pub fn set_retention_period(mut self, value: impl Into<i64>) -> Self {
        self.retention_period = Some(value.into());
        self
    }
    /// Sets [`retention_period`](Self::retention_period), or clears it with `None`.
    pub fn set_or_clear_retention_period(mut self, value: Option<i64>) -> Self {
        self.retention_period = value;
        self
    }
}
/// The bucket's soft delete policy, which defines the period of time that soft-deleted objects will be retained, and cannot be permanently deleted.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketSoftDeletePolicy {
    /// Server-determined value that indicates the time from which the policy, or one with a greater retention, was effective. This value is in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_time: Option<rt::Timestamp>,
    /// The bucket's hard delete pause configuration. If set, soft-deleted objects in the bucket will not be permanently deleted until the hard delete pause is disabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hard_delete_pause: Option<BucketSoftDeletePolicyHardDeletePause>,
    /// The duration in seconds that soft-deleted objects in the bucket will be retained and cannot be permanently deleted.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub retention_duration_seconds: Option<i64>,
}
impl BucketSoftDeletePolicy {
    /// Sets [`effective_time`](Self::effective_time).
    pub fn set_effective_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.effective_time = Some(value.into());
        self
    }
    /// Sets [`effective_time`](Self::effective_time), or clears it with `None`.
    pub fn set_or_clear_effective_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.effective_time = value;
        self
    }
    /// Sets [`hard_delete_pause`](Self::hard_delete_pause).
    pub fn set_hard_delete_pause(
        mut self,
        value: impl Into<BucketSoftDeletePolicyHardDeletePause>,
    ) -> Self {
        self.hard_delete_pause = Some(value.into());
        self
    }
    /// Sets [`hard_delete_pause`](Self::hard_delete_pause), or clears it with `None`.
    pub fn set_or_clear_hard_delete_pause(
        mut self,
        value: Option<BucketSoftDeletePolicyHardDeletePause>,
    ) -> Self {
        self.hard_delete_pause = value;
        self
    }
    /// Sets [`retention_duration_seconds`](Self::retention_duration_seconds).
    pub fn set_retention_duration_seconds(mut self, value: impl Into<i64>) -> Self {
        self.retention_duration_seconds = Some(value.into());
        self
    }
    /// Sets [`retention_duration_seconds`](Self::retention_duration_seconds), or clears it with `None`.
    pub fn set_or_clear_retention_duration_seconds(mut self, value: Option<i64>) -> Self {
        self.retention_duration_seconds = value;
        self
    }
}
/// The bucket's hard delete pause configuration. If set, soft-deleted objects in the bucket will not be permanently deleted until the hard delete pause is disabled.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketSoftDeletePolicyHardDeletePause {
    /// Server-determined value that indicates the time from which the hard delete pause became effective. This value is in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_time: Option<rt::Timestamp>,
    /// Whether hard deletions are paused.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}
impl BucketSoftDeletePolicyHardDeletePause {
    /// Sets [`effective_time`](Self::effective_time).
    pub fn set_effective_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.effective_time = Some(value.into());
        self
    }
    /// Sets [`effective_time`](Self::effective_time), or clears it with `None`.
    pub fn set_or_clear_effective_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.effective_time = value;
        self
    }
    /// Sets [`enabled`](Self::enabled).
    pub fn set_enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets [`enabled`](Self::enabled), or clears it with `None`.
    pub fn set_or_clear_enabled(mut self, value: Option<bool>) -> Self {
        self.enabled = value;
        self
    }
}
/// The storage layout configuration of a bucket.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketStorageLayout {
    /// The name of the bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// The bucket's custom placement configuration for Custom Dual Regions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_placement_config: Option<BucketStorageLayoutCustomPlacementConfig>,
    /// The bucket's hierarchical namespace configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hierarchical_namespace: Option<BucketStorageLayoutHierarchicalNamespace>,
    /// The kind of item this is. For storage layout, this is always storage#storageLayout.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The location of the bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// The type of the bucket location.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location_type: Option<String>,
}
impl BucketStorageLayout {
    /// Sets [`bucket`](Self::bucket).
    pub fn set_bucket(mut self, value: impl Into<String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets [`bucket`](Self::bucket), or clears it with `None`.
    pub fn set_or_clear_bucket(mut self, value: Option<String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`custom_placement_config`](Self::custom_placement_config).
    pub fn set_custom_placement_config(
        mut self,
        value: impl Into<BucketStorageLayoutCustomPlacementConfig>,
    ) -> Self {
        self.custom_placement_config = Some(value.into());
        self
    }
    /// Sets [`custom_placement_config`](Self::custom_placement_config), or clears it with `None`.
    pub fn set_or_clear_custom_placement_config(
        mut self,
        value: Option<BucketStorageLayoutCustomPlacementConfig>,
    ) -> Self {
        self.custom_placement_config = value;
        self
    }
    /// Sets [`hierarchical_namespace`](Self::hierarchical_namespace).
    pub fn set_hierarchical_namespace(
        mut self,
        value: impl Into<BucketStorageLayoutHierarchicalNamespace>,
    ) -> Self {
        self.hierarchical_namespace = Some(value.into());
        self
    }
    /// Sets [`hierarchical_namespace`](Self::hierarchical_namespace), or clears it with `None`.
    pub fn set_or_clear_hierarchical_namespace(
        mut self,
        value: Option<BucketStorageLayoutHierarchicalNamespace>,
    ) -> Self {
        self.hierarchical_namespace = value;
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
    /// Sets [`location`](Self::location).
    pub fn set_location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets [`location`](Self::location), or clears it with `None`.
    pub fn set_or_clear_location(mut self, value: Option<String>) -> Self {
        self.location = value;
        self
    }
    /// Sets [`location_type`](Self::location_type).
    pub fn set_location_type(mut self, value: impl Into<String>) -> Self {
        self.location_type = Some(value.into());
        self
    }
    /// Sets [`location_type`](Self::location_type), or clears it with `None`.
    pub fn set_or_clear_location_type(mut self, value: Option<String>) -> Self {
        self.location_type = value;
        self
    }
}
/// The bucket's custom placement configuration for Custom Dual Regions.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketStorageLayoutCustomPlacementConfig {
    /// The list of regional locations in which data is placed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_locations: Option<Vec<String>>,
}
impl BucketStorageLayoutCustomPlacementConfig {
    /// Sets [`data_locations`](Self::data_locations).
    pub fn set_data_locations<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.data_locations = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`data_locations`](Self::data_locations), or clears it with `None`.
    pub fn set_or_clear_data_locations(mut self, value: Option<Vec<String>>) -> Self {
        self.data_locations = value;
        self
    }
}
/// The bucket's hierarchical namespace configuration.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketStorageLayoutHierarchicalNamespace {
    /// When set to true, hierarchical namespace is enabled for this bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}
impl BucketStorageLayoutHierarchicalNamespace {
    /// Sets [`enabled`](Self::enabled).
    pub fn set_enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets [`enabled`](Self::enabled), or clears it with `None`.
    pub fn set_or_clear_enabled(mut self, value: Option<bool>) -> Self {
        self.enabled = value;
        self
    }
}
/// The bucket's versioning configuration.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketVersioning {
    /// While set to true, versioning is fully enabled for this bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}
impl BucketVersioning {
    /// Sets [`enabled`](Self::enabled).
    pub fn set_enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets [`enabled`](Self::enabled), or clears it with `None`.
    pub fn set_or_clear_enabled(mut self, value: Option<bool>) -> Self {
        self.enabled = value;
        self
    }
}
/// The bucket's website configuration, controlling how the service behaves when accessing bucket contents as a web site. See the \[Static Website Examples\](<https://cloud.google.com/storage/docs/static-website>) for more information.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BucketWebsite {
    /// If the requested object path is missing, the service will ensure the path has a trailing '/', append this suffix, and attempt to retrieve the resulting object. This allows the creation of index.html objects to represent directory pages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub main_page_suffix: Option<String>,
    /// If the requested object path is missing, and any mainPageSuffix object is missing, if applicable, the service will return the named object from this bucket as the content for a 404 Not Found result.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_found_page: Option<String>,
}
impl BucketWebsite {
    /// Sets [`main_page_suffix`](Self::main_page_suffix).
    pub fn set_main_page_suffix(mut self, value: impl Into<String>) -> Self {
        self.main_page_suffix = Some(value.into());
        self
    }
    /// Sets [`main_page_suffix`](Self::main_page_suffix), or clears it with `None`.
    pub fn set_or_clear_main_page_suffix(mut self, value: Option<String>) -> Self {
        self.main_page_suffix = value;
        self
    }
    /// Sets [`not_found_page`](Self::not_found_page).
    pub fn set_not_found_page(mut self, value: impl Into<String>) -> Self {
        self.not_found_page = Some(value.into());
        self
    }
    /// Sets [`not_found_page`](Self::not_found_page), or clears it with `None`.
    pub fn set_or_clear_not_found_page(mut self, value: Option<String>) -> Self {
        self.not_found_page = value;
        self
    }
}
/// A list of buckets.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Buckets {
    /// The list of items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<Bucket>>,
    /// The kind of item this is. For lists of buckets, this is always storage#buckets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The continuation token, used to page through large result sets. Provide this value in a subsequent request to return the next page of results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// The list of bucket resource names that could not be reached during the listing operation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unreachable: Option<Vec<String>>,
}
impl Buckets {
    /// Sets [`items`](Self::items).
    pub fn set_items<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<Bucket>,
    {
        self.items = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`items`](Self::items), or clears it with `None`.
    pub fn set_or_clear_items(mut self, value: Option<Vec<Bucket>>) -> Self {
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
    /// Sets [`unreachable`](Self::unreachable).
    pub fn set_unreachable<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.unreachable = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`unreachable`](Self::unreachable), or clears it with `None`.
    pub fn set_or_clear_unreachable(mut self, value: Option<Vec<String>>) -> Self {
        self.unreachable = value;
        self
    }
}
/// Set of properties to return. Defaults to noAcl.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct BulkRestoreObjectsRequest {
    /// If false (default), the restore will not overwrite live objects with the same name at the destination. This means some deleted objects may be skipped. If true, live objects will be overwritten resulting in a noncurrent object (if versioning is enabled). If versioning is not enabled, overwriting the object will result in a soft-deleted object. In either case, if a noncurrent object already exists with the same name, a live version can be written without issue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_overwrite: Option<bool>,
    /// If true, copies the source object's ACL; otherwise, uses the bucket's default object ACL. The default is false.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copy_source_acl: Option<bool>,
    /// Restores only the objects that were created after this time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_after_time: Option<rt::Timestamp>,
    /// Restores only the objects that were created before this time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_before_time: Option<rt::Timestamp>,
    /// Restores only the objects matching any of the specified glob(s). If this parameter is not specified, all objects will be restored within the specified time range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub match_globs: Option<Vec<String>>,
    /// Restores only the objects that were soft-deleted after this time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub soft_deleted_after_time: Option<rt::Timestamp>,
    /// Restores only the objects that were soft-deleted before this time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub soft_deleted_before_time: Option<rt::Timestamp>,
}
impl BulkRestoreObjectsRequest {
    /// Sets [`allow_overwrite`](Self::allow_overwrite).
    pub fn set_allow_overwrite(mut self, value: impl Into<bool>) -> Self {
        self.allow_overwrite = Some(value.into());
        self
    }
    /// Sets [`allow_overwrite`](Self::allow_overwrite), or clears it with `None`.
    pub fn set_or_clear_allow_overwrite(mut self, value: Option<bool>) -> Self {
        self.allow_overwrite = value;
        self
    }
    /// Sets [`copy_source_acl`](Self::copy_source_acl).
    pub fn set_copy_source_acl(mut self, value: impl Into<bool>) -> Self {
        self.copy_source_acl = Some(value.into());
        self
    }
    /// Sets [`copy_source_acl`](Self::copy_source_acl), or clears it with `None`.
    pub fn set_or_clear_copy_source_acl(mut self, value: Option<bool>) -> Self {
        self.copy_source_acl = value;
        self
    }
    /// Sets [`created_after_time`](Self::created_after_time).
    pub fn set_created_after_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.created_after_time = Some(value.into());
        self
    }
    /// Sets [`created_after_time`](Self::created_after_time), or clears it with `None`.
    pub fn set_or_clear_created_after_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.created_after_time = value;
        self
    }
    /// Sets [`created_before_time`](Self::created_before_time).
    pub fn set_created_before_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.created_before_time = Some(value.into());
        self
    }
    /// Sets [`created_before_time`](Self::created_before_time), or clears it with `None`.
    pub fn set_or_clear_created_before_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.created_before_time = value;
        self
    }
    /// Sets [`match_globs`](Self::match_globs).
    pub fn set_match_globs<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.match_globs = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`match_globs`](Self::match_globs), or clears it with `None`.
    pub fn set_or_clear_match_globs(mut self, value: Option<Vec<String>>) -> Self {
        self.match_globs = value;
        self
    }
    /// Sets [`soft_deleted_after_time`](Self::soft_deleted_after_time).
    pub fn set_soft_deleted_after_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.soft_deleted_after_time = Some(value.into());
        self
    }
    /// Sets [`soft_deleted_after_time`](Self::soft_deleted_after_time), or clears it with `None`.
    pub fn set_or_clear_soft_deleted_after_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.soft_deleted_after_time = value;
        self
    }
    /// Sets [`soft_deleted_before_time`](Self::soft_deleted_before_time).
    pub fn set_soft_deleted_before_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.soft_deleted_before_time = Some(value.into());
        self
    }
    /// Sets [`soft_deleted_before_time`](Self::soft_deleted_before_time), or clears it with `None`.
    pub fn set_or_clear_soft_deleted_before_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.soft_deleted_before_time = value;
        self
    }
}
/// A Compose request.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ComposeRequest {
    /// If true, the source objects will be deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delete_source_objects: Option<bool>,
    /// Properties of the resulting object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination: Option<Object>,
    /// The kind of item this is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The list of source objects that will be concatenated into a single object.
    ///
    /// Required by `storage.objects.compose`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_objects: Option<Vec<ComposeRequestSourceObjectsItem>>,
}
impl ComposeRequest {
    /// Sets [`delete_source_objects`](Self::delete_source_objects).
    pub fn set_delete_source_objects(mut self, value: impl Into<bool>) -> Self {
        self.delete_source_objects = Some(value.into());
        self
    }
    /// Sets [`delete_source_objects`](Self::delete_source_objects), or clears it with `None`.
    pub fn set_or_clear_delete_source_objects(mut self, value: Option<bool>) -> Self {
        self.delete_source_objects = value;
        self
    }
    /// Sets [`destination`](Self::destination).
    pub fn set_destination(mut self, value: impl Into<Object>) -> Self {
        self.destination = Some(value.into());
        self
    }
    /// Sets [`destination`](Self::destination), or clears it with `None`.
    pub fn set_or_clear_destination(mut self, value: Option<Object>) -> Self {
        self.destination = value;
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
    /// Sets [`source_objects`](Self::source_objects).
    pub fn set_source_objects<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<ComposeRequestSourceObjectsItem>,
    {
        self.source_objects = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`source_objects`](Self::source_objects), or clears it with `None`.
    pub fn set_or_clear_source_objects(
        mut self,
        value: Option<Vec<ComposeRequestSourceObjectsItem>>,
    ) -> Self {
        self.source_objects = value;
        self
    }
}
/// The `ComposeRequest.properties.sourceObjects.items` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ComposeRequestSourceObjectsItem {
    /// The generation of this object to use as the source.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub generation: Option<i64>,
    /// The source object's name. All source objects must reside in the same bucket.
    ///
    /// Required by `storage.objects.compose`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Conditions that must be met for this operation to execute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object_preconditions: Option<ComposeRequestSourceObjectsItemObjectPreconditions>,
}
impl ComposeRequestSourceObjectsItem {
    /// Sets [`generation`](Self::generation).
    pub fn set_generation(mut self, value: impl Into<i64>) -> Self {
        self.generation = Some(value.into());
        self
    }
    /// Sets [`generation`](Self::generation), or clears it with `None`.
    pub fn set_or_clear_generation(mut self, value: Option<i64>) -> Self {
        self.generation = value;
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
    /// Sets [`object_preconditions`](Self::object_preconditions).
    pub fn set_object_preconditions(
        mut self,
        value: impl Into<ComposeRequestSourceObjectsItemObjectPreconditions>,
    ) -> Self {
        self.object_preconditions = Some(value.into());
        self
    }
    /// Sets [`object_preconditions`](Self::object_preconditions), or clears it with `None`.
    pub fn set_or_clear_object_preconditions(
        mut self,
        value: Option<ComposeRequestSourceObjectsItemObjectPreconditions>,
    ) -> Self {
        self.object_preconditions = value;
        self
    }
}
/// Conditions that must be met for this operation to execute.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ComposeRequestSourceObjectsItemObjectPreconditions {
    /// Only perform the composition if the generation of the source object that would be used matches this value. If this value and a generation are both specified, they must be the same value or the call will fail.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub if_generation_match: Option<i64>,
}
impl ComposeRequestSourceObjectsItemObjectPreconditions {
    /// Sets [`if_generation_match`](Self::if_generation_match).
    pub fn set_if_generation_match(mut self, value: impl Into<i64>) -> Self {
        self.if_generation_match = Some(value.into());
        self
    }
    /// Sets [`if_generation_match`](Self::if_generation_match), or clears it with `None`.
    pub fn set_or_clear_if_generation_match(mut self, value: Option<i64>) -> Self {
        self.if_generation_match = value;
        self
    }
}
/// Represents an expression text. Example: title: "User account presence" description: "Determines whether the request has a user account" expression: "size(request.user) \> 0"
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Expr {
    /// An optional description of the expression. This is a longer text which describes the expression, e.g. when hovered over it in a UI.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Textual representation of an expression in Common Expression Language syntax. The application context of the containing message determines which well-known feature set of CEL is supported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// An optional string indicating the location of the expression for error reporting, e.g. a file name and a position in the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// An optional title for the expression, i.e. a short string describing its purpose. This can be used e.g. in UIs which allow to enter the expression.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}
impl Expr {
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
    /// Sets [`expression`](Self::expression).
    pub fn set_expression(mut self, value: impl Into<String>) -> Self {
        self.expression = Some(value.into());
        self
    }
    /// Sets [`expression`](Self::expression), or clears it with `None`.
    pub fn set_or_clear_expression(mut self, value: Option<String>) -> Self {
        self.expression = value;
        self
    }
    /// Sets [`location`](Self::location).
    pub fn set_location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets [`location`](Self::location), or clears it with `None`.
    pub fn set_or_clear_location(mut self, value: Option<String>) -> Self {
        self.location = value;
        self
    }
    /// Sets [`title`](Self::title).
    pub fn set_title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets [`title`](Self::title), or clears it with `None`.
    pub fn set_or_clear_title(mut self, value: Option<String>) -> Self {
        self.title = value;
        self
    }
}
/// A folder. Only available in buckets with hierarchical namespace enabled.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Folder {
    /// The name of the bucket containing this folder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// The creation time of the folder in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<rt::Timestamp>,
    /// The ID of the folder, including the bucket name, folder name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The kind of item this is. For folders, this is always storage#folder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The version of the metadata for this folder. Used for preconditions and for detecting changes in metadata.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub metageneration: Option<i64>,
    /// The name of the folder. Required if not specified by URL parameter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Only present if the folder is part of an ongoing rename folder operation. Contains information which can be used to query the operation status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pending_rename_info: Option<FolderPendingRenameInfo>,
    /// The link to this folder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
    /// The modification time of the folder metadata in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_time: Option<rt::Timestamp>,
}
impl Folder {
    /// Sets [`bucket`](Self::bucket).
    pub fn set_bucket(mut self, value: impl Into<String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets [`bucket`](Self::bucket), or clears it with `None`.
    pub fn set_or_clear_bucket(mut self, value: Option<String>) -> Self {
        self.bucket = value;
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
    /// Sets [`metageneration`](Self::metageneration).
    pub fn set_metageneration(mut self, value: impl Into<i64>) -> Self {
        self.metageneration = Some(value.into());
        self
    }
    /// Sets [`metageneration`](Self::metageneration), or clears it with `None`.
    pub fn set_or_clear_metageneration(mut self, value: Option<i64>) -> Self {
        self.metageneration = value;
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
    /// Sets [`pending_rename_info`](Self::pending_rename_info).
    pub fn set_pending_rename_info(mut self, value: impl Into<FolderPendingRenameInfo>) -> Self {
        self.pending_rename_info = Some(value.into());
        self
    }
    /// Sets [`pending_rename_info`](Self::pending_rename_info), or clears it with `None`.
    pub fn set_or_clear_pending_rename_info(
        mut self,
        value: Option<FolderPendingRenameInfo>,
    ) -> Self {
        self.pending_rename_info = value;
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
    /// Sets [`update_time`](Self::update_time).
    pub fn set_update_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.update_time = Some(value.into());
        self
    }
    /// Sets [`update_time`](Self::update_time), or clears it with `None`.
    pub fn set_or_clear_update_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.update_time = value;
        self
    }
}
/// Only present if the folder is part of an ongoing rename folder operation. Contains information which can be used to query the operation status.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct FolderPendingRenameInfo {
    /// The ID of the rename folder operation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation_id: Option<String>,
}
impl FolderPendingRenameInfo {
    /// Sets [`operation_id`](Self::operation_id).
    pub fn set_operation_id(mut self, value: impl Into<String>) -> Self {
        self.operation_id = Some(value.into());
        self
    }
    /// Sets [`operation_id`](Self::operation_id), or clears it with `None`.
    pub fn set_or_clear_operation_id(mut self, value: Option<String>) -> Self {
        self.operation_id = value;
        self
    }
}
/// A list of folders.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Folders {
    /// The list of items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<Folder>>,
    /// The kind of item this is. For lists of folders, this is always storage#folders.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The continuation token, used to page through large result sets. Provide this value in a subsequent request to return the next page of results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}
impl Folders {
    /// Sets [`items`](Self::items).
    pub fn set_items<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<Folder>,
    {
        self.items = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`items`](Self::items), or clears it with `None`.
    pub fn set_or_clear_items(mut self, value: Option<Vec<Folder>>) -> Self {
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
/// The response message for storage.buckets.operations.list.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct GoogleLongrunningListOperationsResponse {
    /// The kind of item this is. For lists of operations, this is always storage#operations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The continuation token, used to page through large result sets. Provide this value in a subsequent request to return the next page of results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// A list of operations that matches the specified filter in the request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operations: Option<Vec<GoogleLongrunningOperation>>,
}
impl GoogleLongrunningListOperationsResponse {
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
    /// Sets [`operations`](Self::operations).
    pub fn set_operations<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<GoogleLongrunningOperation>,
    {
        self.operations = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`operations`](Self::operations), or clears it with `None`.
    pub fn set_or_clear_operations(
        mut self,
        value: Option<Vec<GoogleLongrunningOperation>>,
    ) -> Self {
        self.operations = value;
        self
    }
}
/// This resource represents a long-running operation that is the result of a network API call.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct GoogleLongrunningOperation {
    /// If the value is "false", it means the operation is still in progress. If "true", the operation is completed, and either "error" or "response" is available.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done: Option<bool>,
    /// The error result of the operation in case of failure or cancellation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<GoogleRpcStatus>,
    /// The kind of item this is. For operations, this is always storage#operation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Service-specific metadata associated with the operation. It typically contains progress information and common metadata such as create time. Some services might not provide such metadata. Any method that returns a long-running operation should document the metadata type, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, serde_json::Value>>,
    /// The server-assigned name, which is only unique within the same service that originally returns it. If you use the default HTTP mapping, the "name" should be a resource name ending with "operations/{operationId}".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The normal response of the operation in case of success. If the original method returns no data on success, such as "Delete", the response is google.protobuf.Empty. If the original method is standard Get/Create/Update, the response should be the resource. For other methods, the response should have the type "XxxResponse", where "Xxx" is the original method name. For example, if the original method name is "TakeSnapshot()", the inferred response type is "TakeSnapshotResponse".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response: Option<BTreeMap<String, serde_json::Value>>,
    /// The link to this long running operation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
}
impl GoogleLongrunningOperation {
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
    pub fn set_error(mut self, value: impl Into<GoogleRpcStatus>) -> Self {
        self.error = Some(value.into());
        self
    }
    /// Sets [`error`](Self::error), or clears it with `None`.
    pub fn set_or_clear_error(mut self, value: Option<GoogleRpcStatus>) -> Self {
        self.error = value;
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
/// The "Status" type defines a logical error model that is suitable for different programming environments, including REST APIs and RPC APIs. It is used by \[gRPC\](<https://github.com/grpc>). Each "Status" message contains three pieces of data: error code, error message, and error details. You can find out more about this error model and how to work with it in the \[API Design Guide\](<https://cloud.google.com/apis/design/errors>).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct GoogleRpcStatus {
    /// The status code, which should be an enum value of google.rpc.Code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<i32>,
    /// A list of messages that carry the error details. There is a common set of message types for APIs to use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<BTreeMap<String, serde_json::Value>>>,
    /// A developer-facing error message, which should be in English.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
impl GoogleRpcStatus {
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
/// JSON template to produce a JSON-style HMAC Key resource for Create responses.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct HmacKey {
    /// The kind of item this is. For HMAC keys, this is always storage#hmacKey.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Key metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<HmacKeyMetadata>,
    /// HMAC secret key material.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}
impl HmacKey {
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
    /// Sets [`metadata`](Self::metadata).
    pub fn set_metadata(mut self, value: impl Into<HmacKeyMetadata>) -> Self {
        self.metadata = Some(value.into());
        self
    }
    /// Sets [`metadata`](Self::metadata), or clears it with `None`.
    pub fn set_or_clear_metadata(mut self, value: Option<HmacKeyMetadata>) -> Self {
        self.metadata = value;
        self
    }
    /// Sets [`secret`](Self::secret).
    pub fn set_secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(value.into());
        self
    }
    /// Sets [`secret`](Self::secret), or clears it with `None`.
    pub fn set_or_clear_secret(mut self, value: Option<String>) -> Self {
        self.secret = value;
        self
    }
}
/// JSON template to produce a JSON-style HMAC Key metadata resource.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct HmacKeyMetadata {
    /// The ID of the HMAC Key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_id: Option<String>,
    /// HTTP 1.1 Entity tag for the HMAC key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The ID of the HMAC key, including the Project ID and the Access ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The kind of item this is. For HMAC Key metadata, this is always storage#hmacKeyMetadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Project ID owning the service account to which the key authenticates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// The link to this resource.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
    /// The email address of the key's associated service account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_account_email: Option<String>,
    /// The state of the key. Can be one of ACTIVE, INACTIVE, or DELETED.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The creation time of the HMAC key in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_created: Option<rt::Timestamp>,
    /// The last modification time of the HMAC key metadata in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<rt::Timestamp>,
}
impl HmacKeyMetadata {
    /// Sets [`access_id`](Self::access_id).
    pub fn set_access_id(mut self, value: impl Into<String>) -> Self {
        self.access_id = Some(value.into());
        self
    }
    /// Sets [`access_id`](Self::access_id), or clears it with `None`.
    pub fn set_or_clear_access_id(mut self, value: Option<String>) -> Self {
        self.access_id = value;
        self
    }
    /// Sets [`etag`](Self::etag).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self
    }
    /// Sets [`etag`](Self::etag), or clears it with `None`.
    pub fn set_or_clear_etag(mut self, value: Option<String>) -> Self {
        self.etag = value;
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
    /// Sets [`project_id`](Self::project_id).
    pub fn set_project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self
    }
    /// Sets [`project_id`](Self::project_id), or clears it with `None`.
    pub fn set_or_clear_project_id(mut self, value: Option<String>) -> Self {
        self.project_id = value;
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
    /// Sets [`service_account_email`](Self::service_account_email).
    pub fn set_service_account_email(mut self, value: impl Into<String>) -> Self {
        self.service_account_email = Some(value.into());
        self
    }
    /// Sets [`service_account_email`](Self::service_account_email), or clears it with `None`.
    pub fn set_or_clear_service_account_email(mut self, value: Option<String>) -> Self {
        self.service_account_email = value;
        self
    }
    /// Sets [`state`](Self::state).
    pub fn set_state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Sets [`state`](Self::state), or clears it with `None`.
    pub fn set_or_clear_state(mut self, value: Option<String>) -> Self {
        self.state = value;
        self
    }
    /// Sets [`time_created`](Self::time_created).
    pub fn set_time_created(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.time_created = Some(value.into());
        self
    }
    /// Sets [`time_created`](Self::time_created), or clears it with `None`.
    pub fn set_or_clear_time_created(mut self, value: Option<rt::Timestamp>) -> Self {
        self.time_created = value;
        self
    }
    /// Sets [`updated`](Self::updated).
    pub fn set_updated(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.updated = Some(value.into());
        self
    }
    /// Sets [`updated`](Self::updated), or clears it with `None`.
    pub fn set_or_clear_updated(mut self, value: Option<rt::Timestamp>) -> Self {
        self.updated = value;
        self
    }
}
/// A list of hmacKeys.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct HmacKeysMetadata {
    /// The list of items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<HmacKeyMetadata>>,
    /// The kind of item this is. For lists of hmacKeys, this is always storage#hmacKeysMetadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The continuation token, used to page through large result sets. Provide this value in a subsequent request to return the next page of results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}
impl HmacKeysMetadata {
    /// Sets [`items`](Self::items).
    pub fn set_items<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<HmacKeyMetadata>,
    {
        self.items = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`items`](Self::items), or clears it with `None`.
    pub fn set_or_clear_items(mut self, value: Option<Vec<HmacKeyMetadata>>) -> Self {
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
/// A managed folder.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ManagedFolder {
    /// The name of the bucket containing this managed folder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// The creation time of the managed folder in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<rt::Timestamp>,
    /// The ID of the managed folder, including the bucket name and managed folder name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The kind of item this is. For managed folders, this is always storage#managedFolder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The version of the metadata for this managed folder. Used for preconditions and for detecting changes in metadata.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub metageneration: Option<i64>,
    /// The name of the managed folder. Required if not specified by URL parameter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The rapid cache configuration for the managed folder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rapid_cache_config: Option<RapidCacheConfig>,
    /// The link to this managed folder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
    /// The last update time of the managed folder metadata in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_time: Option<rt::Timestamp>,
}
impl ManagedFolder {
    /// Sets [`bucket`](Self::bucket).
    pub fn set_bucket(mut self, value: impl Into<String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets [`bucket`](Self::bucket), or clears it with `None`.
    pub fn set_or_clear_bucket(mut self, value: Option<String>) -> Self {
        self.bucket = value;
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
    /// Sets [`metageneration`](Self::metageneration).
    pub fn set_metageneration(mut self, value: impl Into<i64>) -> Self {
        self.metageneration = Some(value.into());
        self
    }
    /// Sets [`metageneration`](Self::metageneration), or clears it with `None`.
    pub fn set_or_clear_metageneration(mut self, value: Option<i64>) -> Self {
        self.metageneration = value;
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
    /// Sets [`rapid_cache_config`](Self::rapid_cache_config).
    pub fn set_rapid_cache_config(mut self, value: impl Into<RapidCacheConfig>) -> Self {
        self.rapid_cache_config = Some(value.into());
        self
    }
    /// Sets [`rapid_cache_config`](Self::rapid_cache_config), or clears it with `None`.
    pub fn set_or_clear_rapid_cache_config(mut self, value: Option<RapidCacheConfig>) -> Self {
        self.rapid_cache_config = value;
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
    /// Sets [`update_time`](Self::update_time).
    pub fn set_update_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.update_time = Some(value.into());
        self
    }
    /// Sets [`update_time`](Self::update_time), or clears it with `None`.
    pub fn set_or_clear_update_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.update_time = value;
        self
    }
}
/// A list of managed folders.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ManagedFolders {
    /// The list of items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<ManagedFolder>>,
    /// The kind of item this is. For lists of managed folders, this is always storage#managedFolders.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The continuation token, used to page through large result sets. Provide this value in a subsequent request to return the next page of results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}
impl ManagedFolders {
    /// Sets [`items`](Self::items).
    pub fn set_items<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<ManagedFolder>,
    {
        self.items = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`items`](Self::items), or clears it with `None`.
    pub fn set_or_clear_items(mut self, value: Option<Vec<ManagedFolder>>) -> Self {
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
/// A subscription to receive Google PubSub notifications.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Notification {
    /// An optional list of additional attributes to attach to each Cloud PubSub message published for this notification subscription.
    #[serde(rename = "custom_attributes", skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<BTreeMap<String, String>>,
    /// HTTP 1.1 Entity tag for this subscription notification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// If present, only send notifications about listed event types. If empty, sent notifications for all event types.
    #[serde(rename = "event_types", skip_serializing_if = "Option::is_none")]
    pub event_types: Option<Vec<String>>,
    /// The ID of the notification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The kind of item this is. For notifications, this is always storage#notification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// If present, only apply this notification configuration to object names that begin with this prefix.
    #[serde(rename = "object_name_prefix", skip_serializing_if = "Option::is_none")]
    pub object_name_prefix: Option<String>,
    /// The desired content of the Payload.
    ///
    /// Required by `storage.notifications.insert`.
    #[serde(rename = "payload_format", skip_serializing_if = "Option::is_none")]
    pub payload_format: Option<String>,
    /// The canonical URL of this notification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
    /// The Cloud PubSub topic to which this subscription publishes. Formatted as: '//pubsub.googleapis.com/projects/{project-identifier}/topics/{my-topic}'
    ///
    /// Required by `storage.notifications.insert`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
}
impl Notification {
    /// Sets [`custom_attributes`](Self::custom_attributes).
    pub fn set_custom_attributes<I, K, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        self.custom_attributes = Some(
            value
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        );
        self
    }
    /// Sets [`custom_attributes`](Self::custom_attributes), or clears it with `None`.
    pub fn set_or_clear_custom_attributes(
        mut self,
        value: Option<BTreeMap<String, String>>,
    ) -> Self {
        self.custom_attributes = value;
        self
    }
    /// Sets [`etag`](Self::etag).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self
    }
    /// Sets [`etag`](Self::etag), or clears it with `None`.
    pub fn set_or_clear_etag(mut self, value: Option<String>) -> Self {
        self.etag = value;
        self
    }
    /// Sets [`event_types`](Self::event_types).
    pub fn set_event_types<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.event_types = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`event_types`](Self::event_types), or clears it with `None`.
    pub fn set_or_clear_event_types(mut self, value: Option<Vec<String>>) -> Self {
        self.event_types = value;
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
    /// Sets [`object_name_prefix`](Self::object_name_prefix).
    pub fn set_object_name_prefix(mut self, value: impl Into<String>) -> Self {
        self.object_name_prefix = Some(value.into());
        self
    }
    /// Sets [`object_name_prefix`](Self::object_name_prefix), or clears it with `None`.
    pub fn set_or_clear_object_name_prefix(mut self, value: Option<String>) -> Self {
        self.object_name_prefix = value;
        self
    }
    /// Sets [`payload_format`](Self::payload_format).
    pub fn set_payload_format(mut self, value: impl Into<String>) -> Self {
        self.payload_format = Some(value.into());
        self
    }
    /// Sets [`payload_format`](Self::payload_format), or clears it with `None`.
    pub fn set_or_clear_payload_format(mut self, value: Option<String>) -> Self {
        self.payload_format = value;
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
    /// Sets [`topic`](Self::topic).
    pub fn set_topic(mut self, value: impl Into<String>) -> Self {
        self.topic = Some(value.into());
        self
    }
    /// Sets [`topic`](Self::topic), or clears it with `None`.
    pub fn set_or_clear_topic(mut self, value: Option<String>) -> Self {
        self.topic = value;
        self
    }
}
/// A list of notification subscriptions.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Notifications {
    /// The list of items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<Notification>>,
    /// The kind of item this is. For lists of notifications, this is always storage#notifications.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}
impl Notifications {
    /// Sets [`items`](Self::items).
    pub fn set_items<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<Notification>,
    {
        self.items = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`items`](Self::items), or clears it with `None`.
    pub fn set_or_clear_items(mut self, value: Option<Vec<Notification>>) -> Self {
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
}
/// An object.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Object {
    /// Access controls on the object.
    ///
    /// Required by `storage.objects.update`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acl: Option<Vec<ObjectAccessControl>>,
    /// The name of the bucket containing this object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// Cache-Control directive for the object data. If omitted, and the object is accessible to all anonymous users, the default will be public, max-age=3600.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cache_control: Option<String>,
    /// Number of underlying components that make up this object. Components are accumulated by compose operations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub component_count: Option<i32>,
    /// Content-Disposition of the object data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_disposition: Option<String>,
    /// Content-Encoding of the object data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_encoding: Option<String>,
    /// Content-Language of the object data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_language: Option<String>,
    /// Content-Type of the object data. If an object is stored without a Content-Type, it is served as application/octet-stream.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// User-defined or system-defined object contexts. Each object context is a key-payload pair, where the key provides the identification and the payload holds the associated value and additional metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contexts: Option<ObjectContexts>,
    /// CRC32c checksum, as described in RFC 4960, Appendix B; encoded using base64 in big-endian byte order. For more information about using the CRC32c checksum, see \[Data Validation and Change Detection\](<https://cloud.google.com/storage/docs/data-validation>).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub crc32c: Option<String>,
    /// A timestamp in RFC 3339 format specified by the user for an object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_time: Option<rt::Timestamp>,
    /// Metadata of customer-supplied encryption key, if the object is encrypted by such a key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_encryption: Option<ObjectCustomerEncryption>,
    /// HTTP 1.1 Entity tag for the object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// Whether an object is under event-based hold. Event-based hold is a way to retain objects until an event occurs, which is signified by the hold's release (i.e. this value is set to false). After being released (set to false), such objects will be subject to bucket-level retention (if any). One sample use case of this flag is for banks to hold loan documents for at least 3 years after loan is paid in full. Here, bucket-level retention is 3 years and the event is the loan being paid in full. In this example, these objects will be held intact for any number of years until the event has occurred (event-based hold on the object is released) and then 3 more years after that. That means retention duration of the objects begins from the moment event-based hold transitioned from true to false.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_based_hold: Option<bool>,
    /// The content generation of this object. Used for object versioning.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub generation: Option<i64>,
    /// This is the time (in the future) when the soft-deleted object will no longer be restorable. It is equal to the soft delete time plus the current soft delete retention duration of the bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hard_delete_time: Option<rt::Timestamp>,
    /// The ID of the object, including the bucket name, object name, and generation number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The kind of item this is. For objects, this is always storage#object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Not currently supported. Specifying the parameter causes the request to fail with status code 400 - Bad Request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kms_key_name: Option<String>,
    /// MD5 hash of the data; encoded using base64. For more information about using the MD5 hash, see \[Data Validation and Change Detection\](<https://cloud.google.com/storage/docs/data-validation>).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub md5_hash: Option<String>,
    /// Media download link.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_link: Option<String>,
    /// User-provided metadata, in key/value pairs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
    /// The version of the metadata for this object at this generation. Used for preconditions and for detecting changes in metadata. A metageneration number is only meaningful in the context of a particular generation of a particular object.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub metageneration: Option<i64>,
    /// The name of the object. Required if not specified by URL parameter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The owner of the object. This will always be the uploader of the object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<ObjectOwner>,
    /// Restore token used to differentiate deleted objects with the same name and generation. This field is only returned for deleted objects in hierarchical namespace buckets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restore_token: Option<String>,
    /// A collection of object level retention parameters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retention: Option<ObjectRetention>,
    /// A server-determined value that specifies the earliest time that the object's retention period expires. This value is in RFC 3339 format. Note 1: This field is not provided for objects with an active event-based hold, since retention expiration is unknown until the hold is removed. Note 2: This value can be provided even when temporary hold is set (so that the user can reason about policy without having to first unset the temporary hold).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retention_expiration_time: Option<rt::Timestamp>,
    /// The link to this object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
    /// Content-Length of the data in bytes.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::UInt64>>"
    )]
    pub size: Option<u64>,
    /// The time at which the object became soft-deleted in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub soft_delete_time: Option<rt::Timestamp>,
    /// Storage class of the object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub storage_class: Option<String>,
    /// Whether an object is under temporary hold. While this flag is set to true, the object is protected against deletion and overwrites. A common use case of this flag is regulatory investigations where objects need to be retained while the investigation is ongoing. Note that unlike event-based hold, temporary hold does not impact retention expiration time of an object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temporary_hold: Option<bool>,
    /// The creation time of the object in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_created: Option<rt::Timestamp>,
    /// The time at which the object became noncurrent in RFC 3339 format. Will be returned if and only if this version of the object has been deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_deleted: Option<rt::Timestamp>,
    /// The time when the object was finalized.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_finalized: Option<rt::Timestamp>,
    /// The time at which the object's storage class was last changed. When the object is initially created, it will be set to timeCreated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_storage_class_updated: Option<rt::Timestamp>,
    /// The modification time of the object metadata in RFC 3339 format. Set initially to object creation time and then updated whenever any metadata of the object changes. This includes changes made by a requester, such as modifying custom metadata, as well as changes made by Cloud Storage on behalf of a requester, such as changing the storage class based on an Object Lifecycle Configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<rt::Timestamp>,
}
impl Object {
    /// Sets [`acl`](Self::acl).
    pub fn set_acl<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<ObjectAccessControl>,
    {
        self.acl = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`acl`](Self::acl), or clears it with `None`.
    pub fn set_or_clear_acl(mut self, value: Option<Vec<ObjectAccessControl>>) -> Self {
        self.acl = value;
        self
    }
    /// Sets [`bucket`](Self::bucket).
    pub fn set_bucket(mut self, value: impl Into<String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets [`bucket`](Self::bucket), or clears it with `None`.
    pub fn set_or_clear_bucket(mut self, value: Option<String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`cache_control`](Self::cache_control).
    pub fn set_cache_control(mut self, value: impl Into<String>) -> Self {
        self.cache_control = Some(value.into());
        self
    }
    /// Sets [`cache_control`](Self::cache_control), or clears it with `None`.
    pub fn set_or_clear_cache_control(mut self, value: Option<String>) -> Self {
        self.cache_control = value;
        self
    }
    /// Sets [`component_count`](Self::component_count).
    pub fn set_component_count(mut self, value: impl Into<i32>) -> Self {
        self.component_count = Some(value.into());
        self
    }
    /// Sets [`component_count`](Self::component_count), or clears it with `None`.
    pub fn set_or_clear_component_count(mut self, value: Option<i32>) -> Self {
        self.component_count = value;
        self
    }
    /// Sets [`content_disposition`](Self::content_disposition).
    pub fn set_content_disposition(mut self, value: impl Into<String>) -> Self {
        self.content_disposition = Some(value.into());
        self
    }
    /// Sets [`content_disposition`](Self::content_disposition), or clears it with `None`.
    pub fn set_or_clear_content_disposition(mut self, value: Option<String>) -> Self {
        self.content_disposition = value;
        self
    }
    /// Sets [`content_encoding`](Self::content_encoding).
    pub fn set_content_encoding(mut self, value: impl Into<String>) -> Self {
        self.content_encoding = Some(value.into());
        self
    }
    /// Sets [`content_encoding`](Self::content_encoding), or clears it with `None`.
    pub fn set_or_clear_content_encoding(mut self, value: Option<String>) -> Self {
        self.content_encoding = value;
        self
    }
    /// Sets [`content_language`](Self::content_language).
    pub fn set_content_language(mut self, value: impl Into<String>) -> Self {
        self.content_language = Some(value.into());
        self
    }
    /// Sets [`content_language`](Self::content_language), or clears it with `None`.
    pub fn set_or_clear_content_language(mut self, value: Option<String>) -> Self {
        self.content_language = value;
        self
    }
    /// Sets [`content_type`](Self::content_type).
    pub fn set_content_type(mut self, value: impl Into<String>) -> Self {
        self.content_type = Some(value.into());
        self
    }
    /// Sets [`content_type`](Self::content_type), or clears it with `None`.
    pub fn set_or_clear_content_type(mut self, value: Option<String>) -> Self {
        self.content_type = value;
        self
    }
    /// Sets [`contexts`](Self::contexts).
    pub fn set_contexts(mut self, value: impl Into<ObjectContexts>) -> Self {
        self.contexts = Some(value.into());
        self
    }
    /// Sets [`contexts`](Self::contexts), or clears it with `None`.
    pub fn set_or_clear_contexts(mut self, value: Option<ObjectContexts>) -> Self {
        self.contexts = value;
        self
    }
    /// Sets [`crc32c`](Self::crc32c).
    pub fn set_crc32c(mut self, value: impl Into<String>) -> Self {
        self.crc32c = Some(value.into());
        self
    }
    /// Sets [`crc32c`](Self::crc32c), or clears it with `None`.
    pub fn set_or_clear_crc32c(mut self, value: Option<String>) -> Self {
        self.crc32c = value;
        self
    }
    /// Sets [`custom_time`](Self::custom_time).
    pub fn set_custom_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.custom_time = Some(value.into());
        self
    }
    /// Sets [`custom_time`](Self::custom_time), or clears it with `None`.
    pub fn set_or_clear_custom_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.custom_time = value;
        self
    }
    /// Sets [`customer_encryption`](Self::customer_encryption).
    pub fn set_customer_encryption(mut self, value: impl Into<ObjectCustomerEncryption>) -> Self {
        self.customer_encryption = Some(value.into());
        self
    }
    /// Sets [`customer_encryption`](Self::customer_encryption), or clears it with `None`.
    pub fn set_or_clear_customer_encryption(
        mut self,
        value: Option<ObjectCustomerEncryption>,
    ) -> Self {
        self.customer_encryption = value;
        self
    }
    /// Sets [`etag`](Self::etag).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self
    }
    /// Sets [`etag`](Self::etag), or clears it with `None`.
    pub fn set_or_clear_etag(mut self, value: Option<String>) -> Self {
        self.etag = value;
        self
    }
    /// Sets [`event_based_hold`](Self::event_based_hold).
    pub fn set_event_based_hold(mut self, value: impl Into<bool>) -> Self {
        self.event_based_hold = Some(value.into());
        self
    }
    /// Sets [`event_based_hold`](Self::event_based_hold), or clears it with `None`.
    pub fn set_or_clear_event_based_hold(mut self, value: Option<bool>) -> Self {
        self.event_based_hold = value;
        self
    }
    /// Sets [`generation`](Self::generation).
    pub fn set_generation(mut self, value: impl Into<i64>) -> Self {
        self.generation = Some(value.into());
        self
    }
    /// Sets [`generation`](Self::generation), or clears it with `None`.
    pub fn set_or_clear_generation(mut self, value: Option<i64>) -> Self {
        self.generation = value;
        self
    }
    /// Sets [`hard_delete_time`](Self::hard_delete_time).
    pub fn set_hard_delete_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.hard_delete_time = Some(value.into());
        self
    }
    /// Sets [`hard_delete_time`](Self::hard_delete_time), or clears it with `None`.
    pub fn set_or_clear_hard_delete_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.hard_delete_time = value;
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
    /// Sets [`kms_key_name`](Self::kms_key_name).
    pub fn set_kms_key_name(mut self, value: impl Into<String>) -> Self {
        self.kms_key_name = Some(value.into());
        self
    }
    /// Sets [`kms_key_name`](Self::kms_key_name), or clears it with `None`.
    pub fn set_or_clear_kms_key_name(mut self, value: Option<String>) -> Self {
        self.kms_key_name = value;
        self
    }
    /// Sets [`md5_hash`](Self::md5_hash).
    pub fn set_md5_hash(mut self, value: impl Into<String>) -> Self {
        self.md5_hash = Some(value.into());
        self
    }
    /// Sets [`md5_hash`](Self::md5_hash), or clears it with `None`.
    pub fn set_or_clear_md5_hash(mut self, value: Option<String>) -> Self {
        self.md5_hash = value;
        self
    }
    /// Sets [`media_link`](Self::media_link).
    pub fn set_media_link(mut self, value: impl Into<String>) -> Self {
        self.media_link = Some(value.into());
        self
    }
    /// Sets [`media_link`](Self::media_link), or clears it with `None`.
    pub fn set_or_clear_media_link(mut self, value: Option<String>) -> Self {
        self.media_link = value;
        self
    }
    /// Sets [`metadata`](Self::metadata).
    pub fn set_metadata<I, K, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
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
    pub fn set_or_clear_metadata(mut self, value: Option<BTreeMap<String, String>>) -> Self {
        self.metadata = value;
        self
    }
    /// Sets [`metageneration`](Self::metageneration).
    pub fn set_metageneration(mut self, value: impl Into<i64>) -> Self {
        self.metageneration = Some(value.into());
        self
    }
    /// Sets [`metageneration`](Self::metageneration), or clears it with `None`.
    pub fn set_or_clear_metageneration(mut self, value: Option<i64>) -> Self {
        self.metageneration = value;
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
    /// Sets [`owner`](Self::owner).
    pub fn set_owner(mut self, value: impl Into<ObjectOwner>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sets [`owner`](Self::owner), or clears it with `None`.
    pub fn set_or_clear_owner(mut self, value: Option<ObjectOwner>) -> Self {
        self.owner = value;
        self
    }
    /// Sets [`restore_token`](Self::restore_token).
    pub fn set_restore_token(mut self, value: impl Into<String>) -> Self {
        self.restore_token = Some(value.into());
        self
    }
    /// Sets [`restore_token`](Self::restore_token), or clears it with `None`.
    pub fn set_or_clear_restore_token(mut self, value: Option<String>) -> Self {
        self.restore_token = value;
        self
    }
    /// Sets [`retention`](Self::retention).
    pub fn set_retention(mut self, value: impl Into<ObjectRetention>) -> Self {
        self.retention = Some(value.into());
        self
    }
    /// Sets [`retention`](Self::retention), or clears it with `None`.
    pub fn set_or_clear_retention(mut self, value: Option<ObjectRetention>) -> Self {
        self.retention = value;
        self
    }
    /// Sets [`retention_expiration_time`](Self::retention_expiration_time).
    pub fn set_retention_expiration_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.retention_expiration_time = Some(value.into());
        self
    }
    /// Sets [`retention_expiration_time`](Self::retention_expiration_time), or clears it with `None`.
    pub fn set_or_clear_retention_expiration_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.retention_expiration_time = value;
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
    /// Sets [`size`](Self::size).
    pub fn set_size(mut self, value: impl Into<u64>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets [`size`](Self::size), or clears it with `None`.
    pub fn set_or_clear_size(mut self, value: Option<u64>) -> Self {
        self.size = value;
        self
    }
    /// Sets [`soft_delete_time`](Self::soft_delete_time).
    pub fn set_soft_delete_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.soft_delete_time = Some(value.into());
        self
    }
    /// Sets [`soft_delete_time`](Self::soft_delete_time), or clears it with `None`.
    pub fn set_or_clear_soft_delete_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.soft_delete_time = value;
        self
    }
    /// Sets [`storage_class`](Self::storage_class).
    pub fn set_storage_class(mut self, value: impl Into<String>) -> Self {
        self.storage_class = Some(value.into());
        self
    }
    /// Sets [`storage_class`](Self::storage_class), or clears it with `None`.
    pub fn set_or_clear_storage_class(mut self, value: Option<String>) -> Self {
        self.storage_class = value;
        self
    }
    /// Sets [`temporary_hold`](Self::temporary_hold).
    pub fn set_temporary_hold(mut self, value: impl Into<bool>) -> Self {
        self.temporary_hold = Some(value.into());
        self
    }
    /// Sets [`temporary_hold`](Self::temporary_hold), or clears it with `None`.
    pub fn set_or_clear_temporary_hold(mut self, value: Option<bool>) -> Self {
        self.temporary_hold = value;
        self
    }
    /// Sets [`time_created`](Self::time_created).
    pub fn set_time_created(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.time_created = Some(value.into());
        self
    }
    /// Sets [`time_created`](Self::time_created), or clears it with `None`.
    pub fn set_or_clear_time_created(mut self, value: Option<rt::Timestamp>) -> Self {
        self.time_created = value;
        self
    }
    /// Sets [`time_deleted`](Self::time_deleted).
    pub fn set_time_deleted(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.time_deleted = Some(value.into());
        self
    }
    /// Sets [`time_deleted`](Self::time_deleted), or clears it with `None`.
    pub fn set_or_clear_time_deleted(mut self, value: Option<rt::Timestamp>) -> Self {
        self.time_deleted = value;
        self
    }
    /// Sets [`time_finalized`](Self::time_finalized).
    pub fn set_time_finalized(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.time_finalized = Some(value.into());
        self
    }
    /// Sets [`time_finalized`](Self::time_finalized), or clears it with `None`.
    pub fn set_or_clear_time_finalized(mut self, value: Option<rt::Timestamp>) -> Self {
        self.time_finalized = value;
        self
    }
    /// Sets [`time_storage_class_updated`](Self::time_storage_class_updated).
    pub fn set_time_storage_class_updated(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.time_storage_class_updated = Some(value.into());
        self
    }
    /// Sets [`time_storage_class_updated`](Self::time_storage_class_updated), or clears it with `None`.
    pub fn set_or_clear_time_storage_class_updated(mut self, value: Option<rt::Timestamp>) -> Self {
        self.time_storage_class_updated = value;
        self
    }
    /// Sets [`updated`](Self::updated).
    pub fn set_updated(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.updated = Some(value.into());
        self
    }
    /// Sets [`updated`](Self::updated), or clears it with `None`.
    pub fn set_or_clear_updated(mut self, value: Option<rt::Timestamp>) -> Self {
        self.updated = value;
        self
    }
}
/// An access-control entry.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ObjectAccessControl {
    /// The name of the bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// The domain associated with the entity, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The email address associated with the entity, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// The ID for the entity, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// HTTP 1.1 Entity tag for the access-control entry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The content generation of the object, if applied to an object.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub generation: Option<i64>,
    /// The ID of the access-control entry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The kind of item this is. For object access control entries, this is always storage#objectAccessControl.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The name of the object, if applied to an object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The project team associated with the entity, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_team: Option<ObjectAccessControlProjectTeam>,
    /// The access permission for the entity.
    ///
    /// Required by `storage.defaultObjectAccessControls.insert`, `storage.objectAccessControls.insert`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The link to this access-control entry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
}
impl ObjectAccessControl {
    /// Sets [`bucket`](Self::bucket).
    pub fn set_bucket(mut self, value: impl Into<String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets [`bucket`](Self::bucket), or clears it with `None`.
    pub fn set_or_clear_bucket(mut self, value: Option<String>) -> Self {
        self.bucket = value;
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
    /// Sets [`email`](Self::email).
    pub fn set_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets [`email`](Self::email), or clears it with `None`.
    pub fn set_or_clear_email(mut self, value: Option<String>) -> Self {
        self.email = value;
        self
    }
    /// Sets [`entity`](Self::entity).
    pub fn set_entity(mut self, value: impl Into<String>) -> Self {
        self.entity = Some(value.into());
        self
    }
    /// Sets [`entity`](Self::entity), or clears it with `None`.
    pub fn set_or_clear_entity(mut self, value: Option<String>) -> Self {
        self.entity = value;
        self
    }
    /// Sets [`entity_id`](Self::entity_id).
    pub fn set_entity_id(mut self, value: impl Into<String>) -> Self {
        self.entity_id = Some(value.into());
        self
    }
    /// Sets [`entity_id`](Self::entity_id), or clears it with `None`.
    pub fn set_or_clear_entity_id(mut self, value: Option<String>) -> Self {
        self.entity_id = value;
        self
    }
    /// Sets [`etag`](Self::etag).
    pub fn set_etag(mut self, value: impl Into<String>) -> Self {
        self.etag = Some(value.into());
        self
    }
    /// Sets [`etag`](Self::etag), or clears it with `None`.
    pub fn set_or_clear_etag(mut self, value: Option<String>) -> Self {
        self.etag = value;
        self
    }
    /// Sets [`generation`](Self::generation).
    pub fn set_generation(mut self, value: impl Into<i64>) -> Self {
        self.generation = Some(value.into());
        self
    }
    /// Sets [`generation`](Self::generation), or clears it with `None`.
    pub fn set_or_clear_generation(mut self, value: Option<i64>) -> Self {
        self.generation = value;
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
    /// Sets [`object`](Self::object).
    pub fn set_object(mut self, value: impl Into<String>) -> Self {
        self.object = Some(value.into());
        self
    }
    /// Sets [`object`](Self::object), or clears it with `None`.
    pub fn set_or_clear_object(mut self, value: Option<String>) -> Self {
        self.object = value;
        self
    }
    /// Sets [`project_team`](Self::project_team).
    pub fn set_project_team(mut self, value: impl Into<ObjectAccessControlProjectTeam>) -> Self {
        self.project_team = Some(value.into());
        self
    }
    /// Sets [`project_team`](Self::project_team), or clears it with `None`.
    pub fn set_or_clear_project_team(
        mut self,
        value: Option<ObjectAccessControlProjectTeam>,
    ) -> Self {
        self.project_team = value;
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
/// The project team associated with the entity, if any.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ObjectAccessControlProjectTeam {
    /// The project number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project_number: Option<String>,
    /// The team.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
}
impl ObjectAccessControlProjectTeam {
    /// Sets [`project_number`](Self::project_number).
    pub fn set_project_number(mut self, value: impl Into<String>) -> Self {
        self.project_number = Some(value.into());
        self
    }
    /// Sets [`project_number`](Self::project_number), or clears it with `None`.
    pub fn set_or_clear_project_number(mut self, value: Option<String>) -> Self {
        self.project_number = value;
        self
    }
    /// Sets [`team`](Self::team).
    pub fn set_team(mut self, value: impl Into<String>) -> Self {
        self.team = Some(value.into());
        self
    }
    /// Sets [`team`](Self::team), or clears it with `None`.
    pub fn set_or_clear_team(mut self, value: Option<String>) -> Self {
        self.team = value;
        self
    }
}
/// An access-control list.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ObjectAccessControls {
    /// The list of items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<ObjectAccessControl>>,
    /// The kind of item this is. For lists of object access control entries, this is always storage#objectAccessControls.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}
impl ObjectAccessControls {
    /// Sets [`items`](Self::items).
    pub fn set_items<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<ObjectAccessControl>,
    {
        self.items = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`items`](Self::items), or clears it with `None`.
    pub fn set_or_clear_items(mut self, value: Option<Vec<ObjectAccessControl>>) -> Self {
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
}
/// User-defined or system-defined object contexts. Each object context is a key-payload pair, where the key provides the identification and the payload holds the associated value and additional metadata.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ObjectContexts {
    /// User-defined object contexts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom: Option<BTreeMap<String, ObjectCustomContextPayload>>,
}
impl ObjectContexts {
    /// Sets [`custom`](Self::custom).
    pub fn set_custom<I, K, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<ObjectCustomContextPayload>,
    {
        self.custom = Some(
            value
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        );
        self
    }
    /// Sets [`custom`](Self::custom), or clears it with `None`.
    pub fn set_or_clear_custom(
        mut self,
        value: Option<BTreeMap<String, ObjectCustomContextPayload>>,
    ) -> Self {
        self.custom = value;
        self
    }
}
/// The payload of a single user-defined object context.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ObjectCustomContextPayload {
    /// The time at which the object context was created in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<rt::Timestamp>,
    /// The type URL of the object context's extended data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extended_data_type_url: Option<String>,
    /// The time at which the object context was last updated in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_time: Option<rt::Timestamp>,
    /// The value of the object context.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
impl ObjectCustomContextPayload {
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
    /// Sets [`extended_data_type_url`](Self::extended_data_type_url).
    pub fn set_extended_data_type_url(mut self, value: impl Into<String>) -> Self {
        self.extended_data_type_url = Some(value.into());
        self
    }
    /// Sets [`extended_data_type_url`](Self::extended_data_type_url), or clears it with `None`.
    pub fn set_or_clear_extended_data_type_url(mut self, value: Option<String>) -> Self {
        self.extended_data_type_url = value;
        self
    }
    /// Sets [`update_time`](Self::update_time).
    pub fn set_update_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.update_time = Some(value.into());
        self
    }
    /// Sets [`update_time`](Self::update_time), or clears it with `None`.
    pub fn set_or_clear_update_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.update_time = value;
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
/// Metadata of customer-supplied encryption key, if the object is encrypted by such a key.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ObjectCustomerEncryption {
    /// The encryption algorithm.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_algorithm: Option<String>,
    /// SHA256 hash value of the encryption key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_sha256: Option<String>,
}
impl ObjectCustomerEncryption {
    /// Sets [`encryption_algorithm`](Self::encryption_algorithm).
    pub fn set_encryption_algorithm(mut self, value: impl Into<String>) -> Self {
        self.encryption_algorithm = Some(value.into());
        self
    }
    /// Sets [`encryption_algorithm`](Self::encryption_algorithm), or clears it with `None`.
    pub fn set_or_clear_encryption_algorithm(mut self, value: Option<String>) -> Self {
        self.encryption_algorithm = value;
        self
    }
    /// Sets [`key_sha256`](Self::key_sha256).
    pub fn set_key_sha256(mut self, value: impl Into<String>) -> Self {
        self.key_sha256 = Some(value.into());
        self
    }
    /// Sets [`key_sha256`](Self::key_sha256), or clears it with `None`.
    pub fn set_or_clear_key_sha256(mut self, value: Option<String>) -> Self {
        self.key_sha256 = value;
        self
    }
}
/// A full representation of an object context.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ObjectFullContext {
    /// The time at which the object context was created. This value is in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<rt::Timestamp>,
    /// The extended data of the object context.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extended_data: Option<BTreeMap<String, serde_json::Value>>,
    /// The key of the object context.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The kind of item this is. For ObjectFullContext, this is always storage#objectFullContext.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The type of the object context.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ObjectFullContextType>,
    /// The time at which the object context was last updated. This value is in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_time: Option<rt::Timestamp>,
    /// The value of the object context.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
impl ObjectFullContext {
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
    /// Sets [`extended_data`](Self::extended_data).
    pub fn set_extended_data<I, K, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<serde_json::Value>,
    {
        self.extended_data = Some(
            value
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        );
        self
    }
    /// Sets [`extended_data`](Self::extended_data), or clears it with `None`.
    pub fn set_or_clear_extended_data(
        mut self,
        value: Option<BTreeMap<String, serde_json::Value>>,
    ) -> Self {
        self.extended_data = value;
        self
    }
    /// Sets [`key`](Self::key).
    pub fn set_key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets [`key`](Self::key), or clears it with `None`.
    pub fn set_or_clear_key(mut self, value: Option<String>) -> Self {
        self.key = value;
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
    /// Sets [`type`](Self::type).
    pub fn set_type(mut self, value: impl Into<ObjectFullContextType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets [`type`](Self::type), or clears it with `None`.
    pub fn set_or_clear_type(mut self, value: Option<ObjectFullContextType>) -> Self {
        self.r#type = value;
        self
    }
    /// Sets [`update_time`](Self::update_time).
    pub fn set_update_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.update_time = Some(value.into());
        self
    }
    /// Sets [`update_time`](Self::update_time), or clears it with `None`.
    pub fn set_or_clear_update_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.update_time = value;
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
/// The type of the object context.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ObjectOwner {
    /// The entity, in the form user-userId.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// The ID for the entity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
}
impl ObjectOwner {
    /// Sets [`entity`](Self::entity).
    pub fn set_entity(mut self, value: impl Into<String>) -> Self {
        self.entity = Some(value.into());
        self
    }
    /// Sets [`entity`](Self::entity), or clears it with `None`.
    pub fn set_or_clear_entity(mut self, value: Option<String>) -> Self {
        self.entity = value;
        self
    }
    /// Sets [`entity_id`](Self::entity_id).
    pub fn set_entity_id(mut self, value: impl Into<String>) -> Self {
        self.entity_id = Some(value.into());
        self
    }
    /// Sets [`entity_id`](Self::entity_id), or clears it with `None`.
    pub fn set_or_clear_entity_id(mut self, value: Option<String>) -> Self {
        self.entity_id = value;
        self
    }
}
/// A collection of object level retention parameters.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ObjectRetention {
    /// The bucket's object retention mode, can only be Unlocked or Locked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// A time in RFC 3339 format until which object retention protects this object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retain_until_time: Option<rt::Timestamp>,
}
impl ObjectRetention {
    /// Sets [`mode`](Self::mode).
    pub fn set_mode(mut self, value: impl Into<String>) -> Self {
        self.mode = Some(value.into());
        self
    }
    /// Sets [`mode`](Self::mode), or clears it with `None`.
    pub fn set_or_clear_mode(mut self, value: Option<String>) -> Self {
        self.mode = value;
        self
    }
    /// Sets [`retain_until_time`](Self::retain_until_time).
    pub fn set_retain_until_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.retain_until_time = Some(value.into());
        self
    }
    /// Sets [`retain_until_time`](Self::retain_until_time), or clears it with `None`.
    pub fn set_or_clear_retain_until_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.retain_until_time = value;
        self
    }
}
/// A list of objects.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Objects {
    /// The list of items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<Object>>,
    /// The kind of item this is. For lists of objects, this is always storage#objects.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The continuation token, used to page through large result sets. Provide this value in a subsequent request to return the next page of results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
    /// The list of prefixes of objects matching-but-not-listed up to and including the requested delimiter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefixes: Option<Vec<String>>,
}
impl Objects {
    /// Sets [`items`](Self::items).
    pub fn set_items<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<Object>,
    {
        self.items = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`items`](Self::items), or clears it with `None`.
    pub fn set_or_clear_items(mut self, value: Option<Vec<Object>>) -> Self {
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
    /// Sets [`prefixes`](Self::prefixes).
    pub fn set_prefixes<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.prefixes = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`prefixes`](Self::prefixes), or clears it with `None`.
    pub fn set_or_clear_prefixes(mut self, value: Option<Vec<String>>) -> Self {
        self.prefixes = value;
        self
    }
}
/// Apply a predefined set of access controls to the destination object.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Policy {
    /// An association between a role, which comes with a set of permissions, and members who may assume that role.
    ///
    /// Required by `storage.buckets.setIamPolicy`, `storage.objects.setIamPolicy`, `storage.managedFolders.setIamPolicy`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bindings: Option<Vec<PolicyBindingsItem>>,
    /// HTTP 1.1  Entity tag for the policy.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Base64>>"
    )]
    pub etag: Option<Vec<u8>>,
    /// The kind of item this is. For policies, this is always storage#policy. This field is ignored on input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The ID of the resource to which this policy belongs. Will be of the form projects/_/buckets/bucket for buckets, projects/_/buckets/bucket/objects/object for objects, and projects/_/buckets/bucket/managedFolders/managedFolder. A specific generation may be specified by appending #generationNumber to the end of the object name, e.g. projects/_/buckets/my-bucket/objects/data.txt#17. The current generation can be denoted with #0. This field is ignored on input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// The IAM policy format version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<i32>,
}
impl Policy {
    /// Sets [`bindings`](Self::bindings).
    pub fn set_bindings<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<PolicyBindingsItem>,
    {
        self.bindings = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`bindings`](Self::bindings), or clears it with `None`.
    pub fn set_or_clear_bindings(mut self, value: Option<Vec<PolicyBindingsItem>>) -> Self {
        self.bindings = value;
        self
    }
    /// Sets [`etag`](Self::etag).
    pub fn set_etag(mut self, value: impl Into<Vec<u8>>) -> Self {
        self.etag = Some(value.into());
        self
    }
    /// Sets [`etag`](Self::etag), or clears it with `None`.
    pub fn set_or_clear_etag(mut self, value: Option<Vec<u8>>) -> Self {
        self.etag = value;
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
    /// Sets [`version`](Self::version).
    pub fn set_version(mut self, value: impl Into<i32>) -> Self {
        self.version = Some(value.into());
        self
    }
    /// Sets [`version`](Self::version), or clears it with `None`.
    pub fn set_or_clear_version(mut self, value: Option<i32>) -> Self {
        self.version = value;
        self
    }
}
/// The `Policy.properties.bindings.items` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct PolicyBindingsItem {
    /// The condition that is associated with this binding. NOTE: an unsatisfied condition will not allow user access via current binding. Different bindings, including their conditions, are examined independently.
    #[serde(skip_serializing_if = "Option::is_none")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}
impl PolicyBindingsItem {
    /// Sets [`condition`](Self::condition).
    pub fn set_condition(mut self, value: impl Into<Expr>) -> Self {
        self.condition = Some(value.into());
        self
    }
    /// Sets [`condition`](Self::condition), or clears it with `None`.
    pub fn set_or_clear_condition(mut self, value: Option<Expr>) -> Self {
        self.condition = value;
        self
    }
    /// Sets [`members`](Self::members).
    pub fn set_members<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.members = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`members`](Self::members), or clears it with `None`.
    pub fn set_or_clear_members(mut self, value: Option<Vec<String>>) -> Self {
        self.members = value;
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
/// A Rapid Cache instance.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct RapidCache {
    /// The cache-level entry admission policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admission_policy: Option<String>,
    /// The name of the bucket containing this cache instance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// The type of Rapid Cache this represents. Valid values include: "rapid-cache" and "rapid-cache-ultra".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cache_type: Option<String>,
    /// The creation time of the cache instance in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<rt::Timestamp>,
    /// The ID of the resource, including the project number, bucket name and rapid cache ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Specifies whether objects are ingested into the cache upon write.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ingest_on_write: Option<bool>,
    /// The kind of item this is. For Rapid Cache, this is always storage#rapidCache.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// True if the cache instance has an active Update long-running operation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pending_update: Option<bool>,
    /// The ID of the Rapid cache instance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rapid_cache_id: Option<String>,
    /// The link to this cache instance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_link: Option<String>,
    /// The current state of the cache instance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The TTL of all cache entries in whole seconds. e.g., "7200s".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl: Option<rt::Duration>,
    /// The modification time of the cache instance metadata in RFC 3339 format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_time: Option<rt::Timestamp>,
    /// The zone in which the cache instance is running. For example, us-central1-a.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
}
impl RapidCache {
    /// Sets [`admission_policy`](Self::admission_policy).
    pub fn set_admission_policy(mut self, value: impl Into<String>) -> Self {
        self.admission_policy = Some(value.into());
        self
    }
    /// Sets [`admission_policy`](Self::admission_policy), or clears it with `None`.
    pub fn set_or_clear_admission_policy(mut self, value: Option<String>) -> Self {
        self.admission_policy = value;
        self
    }
    /// Sets [`bucket`](Self::bucket).
    pub fn set_bucket(mut self, value: impl Into<String>) -> Self {
        self.bucket = Some(value.into());
        self
    }
    /// Sets [`bucket`](Self::bucket), or clears it with `None`.
    pub fn set_or_clear_bucket(mut self, value: Option<String>) -> Self {
        self.bucket = value;
        self
    }
    /// Sets [`cache_type`](Self::cache_type).
    pub fn set_cache_type(mut self, value: impl Into<String>) -> Self {
        self.cache_type = Some(value.into());
        self
    }
    /// Sets [`cache_type`](Self::cache_type), or clears it with `None`.
    pub fn set_or_clear_cache_type(mut self, value: Option<String>) -> Self {
        self.cache_type = value;
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
    /// Sets [`ingest_on_write`](Self::ingest_on_write).
    pub fn set_ingest_on_write(mut self, value: impl Into<bool>) -> Self {
        self.ingest_on_write = Some(value.into());
        self
    }
    /// Sets [`ingest_on_write`](Self::ingest_on_write), or clears it with `None`.
    pub fn set_or_clear_ingest_on_write(mut self, value: Option<bool>) -> Self {
        self.ingest_on_write = value;
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
    /// Sets [`pending_update`](Self::pending_update).
    pub fn set_pending_update(mut self, value: impl Into<bool>) -> Self {
        self.pending_update = Some(value.into());
        self
    }
    /// Sets [`pending_update`](Self::pending_update), or clears it with `None`.
    pub fn set_or_clear_pending_update(mut self, value: Option<bool>) -> Self {
        self.pending_update = value;
        self
    }
    /// Sets [`rapid_cache_id`](Self::rapid_cache_id).
    pub fn set_rapid_cache_id(mut self, value: impl Into<String>) -> Self {
        self.rapid_cache_id = Some(value.into());
        self
    }
    /// Sets [`rapid_cache_id`](Self::rapid_cache_id), or clears it with `None`.
    pub fn set_or_clear_rapid_cache_id(mut self, value: Option<String>) -> Self {
        self.rapid_cache_id = value;
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
    /// Sets [`state`](Self::state).
    pub fn set_state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Sets [`state`](Self::state), or clears it with `None`.
    pub fn set_or_clear_state(mut self, value: Option<String>) -> Self {
        self.state = value;
        self
    }
    /// Sets [`ttl`](Self::ttl).
    pub fn set_ttl(mut self, value: impl Into<rt::Duration>) -> Self {
        self.ttl = Some(value.into());
        self
    }
    /// Sets [`ttl`](Self::ttl), or clears it with `None`.
    pub fn set_or_clear_ttl(mut self, value: Option<rt::Duration>) -> Self {
        self.ttl = value;
        self
    }
    /// Sets [`update_time`](Self::update_time).
    pub fn set_update_time(mut self, value: impl Into<rt::Timestamp>) -> Self {
        self.update_time = Some(value.into());
        self
    }
    /// Sets [`update_time`](Self::update_time), or clears it with `None`.
    pub fn set_or_clear_update_time(mut self, value: Option<rt::Timestamp>) -> Self {
        self.update_time = value;
        self
    }
    /// Sets [`zone`](Self::zone).
    pub fn set_zone(mut self, value: impl Into<String>) -> Self {
        self.zone = Some(value.into());
        self
    }
    /// Sets [`zone`](Self::zone), or clears it with `None`.
    pub fn set_or_clear_zone(mut self, value: Option<String>) -> Self {
        self.zone = value;
        self
    }
}
/// Configuration options for the rapid cache of a managed folder.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct RapidCacheConfig {
    /// A map of rapid cache IDs to the corresponding `RapidCachePolicy` configurations for a managed folder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policies: Option<BTreeMap<String, RapidCachePolicy>>,
}
impl RapidCacheConfig {
    /// Sets [`policies`](Self::policies).
    pub fn set_policies<I, K, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<RapidCachePolicy>,
    {
        self.policies = Some(
            value
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        );
        self
    }
    /// Sets [`policies`](Self::policies), or clears it with `None`.
    pub fn set_or_clear_policies(
        mut self,
        value: Option<BTreeMap<String, RapidCachePolicy>>,
    ) -> Self {
        self.policies = value;
        self
    }
}
/// The rapid cache policy configuration for a managed folder.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct RapidCachePolicy {
    /// The ingest-on-write policy for objects in the managed folder. When set to `enabled`, objects are automatically ingested into the cache when they are written to the managed folder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ingest_on_write: Option<RapidCachePolicyIngestOnWrite>,
    /// The unique identifier of the rapid cache.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rapid_cache_id: Option<String>,
}
impl RapidCachePolicy {
    /// Sets [`ingest_on_write`](Self::ingest_on_write).
    pub fn set_ingest_on_write(mut self, value: impl Into<RapidCachePolicyIngestOnWrite>) -> Self {
        self.ingest_on_write = Some(value.into());
        self
    }
    /// Sets [`ingest_on_write`](Self::ingest_on_write), or clears it with `None`.
    pub fn set_or_clear_ingest_on_write(
        mut self,
        value: Option<RapidCachePolicyIngestOnWrite>,
    ) -> Self {
        self.ingest_on_write = value;
        self
    }
    /// Sets [`rapid_cache_id`](Self::rapid_cache_id).
    pub fn set_rapid_cache_id(mut self, value: impl Into<String>) -> Self {
        self.rapid_cache_id = Some(value.into());
        self
    }
    /// Sets [`rapid_cache_id`](Self::rapid_cache_id), or clears it with `None`.
    pub fn set_or_clear_rapid_cache_id(mut self, value: Option<String>) -> Self {
        self.rapid_cache_id = value;
        self
    }
}
/// The ingest-on-write policy for objects in the managed folder. When set to `enabled`, objects are automatically ingested into the cache when they are written to the managed folder.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
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
        match Self::from(value.as_str()) {
            Self::UnknownValue(_) => Self::UnknownValue(value),
            known => known,
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
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct RapidCaches {
    /// The list of items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<RapidCache>>,
    /// The kind of item this is. For lists of Rapid Caches, this is always storage#rapidCaches.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The continuation token, used to page through large result sets. Provide this value in a subsequent request to return the next page of results.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}
impl RapidCaches {
    /// Sets [`items`](Self::items).
    pub fn set_items<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<RapidCache>,
    {
        self.items = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`items`](Self::items), or clears it with `None`.
    pub fn set_or_clear_items(mut self, value: Option<Vec<RapidCache>>) -> Self {
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
/// A Relocate Bucket request.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct RelocateBucketRequest {
    /// The bucket's new custom placement configuration if relocating to a Custom Dual Region.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_custom_placement_config:
        Option<RelocateBucketRequestDestinationCustomPlacementConfig>,
    /// Resource name of a Cloud KMS key, of the form projects/my-project/locations/global/keyRings/my-kr/cryptoKeys/my-key. If set, is used to encrypt all objects in the destination bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_kms_key_name: Option<String>,
    /// The new location the bucket will be relocated to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination_location: Option<String>,
    /// If true, validate the operation, but do not actually relocate the bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validate_only: Option<bool>,
}
impl RelocateBucketRequest {
    /// Sets [`destination_custom_placement_config`](Self::destination_custom_placement_config).
    pub fn set_destination_custom_placement_config(
        mut self,
        value: impl Into<RelocateBucketRequestDestinationCustomPlacementConfig>,
    ) -> Self {
        self.destination_custom_placement_config = Some(value.into());
        self
    }
    /// Sets [`destination_custom_placement_config`](Self::destination_custom_placement_config), or clears it with `None`.
    pub fn set_or_clear_destination_custom_placement_config(
        mut self,
        value: Option<RelocateBucketRequestDestinationCustomPlacementConfig>,
    ) -> Self {
        self.destination_custom_placement_config = value;
        self
    }
    /// Sets [`destination_kms_key_name`](Self::destination_kms_key_name).
    pub fn set_destination_kms_key_name(mut self, value: impl Into<String>) -> Self {
        self.destination_kms_key_name = Some(value.into());
        self
    }
    /// Sets [`destination_kms_key_name`](Self::destination_kms_key_name), or clears it with `None`.
    pub fn set_or_clear_destination_kms_key_name(mut self, value: Option<String>) -> Self {
        self.destination_kms_key_name = value;
        self
    }
    /// Sets [`destination_location`](Self::destination_location).
    pub fn set_destination_location(mut self, value: impl Into<String>) -> Self {
        self.destination_location = Some(value.into());
        self
    }
    /// Sets [`destination_location`](Self::destination_location), or clears it with `None`.
    pub fn set_or_clear_destination_location(mut self, value: Option<String>) -> Self {
        self.destination_location = value;
        self
    }
    /// Sets [`validate_only`](Self::validate_only).
    pub fn set_validate_only(mut self, value: impl Into<bool>) -> Self {
        self.validate_only = Some(value.into());
        self
    }
    /// Sets [`validate_only`](Self::validate_only), or clears it with `None`.
    pub fn set_or_clear_validate_only(mut self, value: Option<bool>) -> Self {
        self.validate_only = value;
        self
    }
}
/// The bucket's new custom placement configuration if relocating to a Custom Dual Region.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct RelocateBucketRequestDestinationCustomPlacementConfig {
    /// The list of regional locations in which data is placed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_locations: Option<Vec<String>>,
}
impl RelocateBucketRequestDestinationCustomPlacementConfig {
    /// Sets [`data_locations`](Self::data_locations).
    pub fn set_data_locations<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.data_locations = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`data_locations`](Self::data_locations), or clears it with `None`.
    pub fn set_or_clear_data_locations(mut self, value: Option<Vec<String>>) -> Self {
        self.data_locations = value;
        self
    }
}
/// A rewrite response.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct RewriteResponse {
    /// true if the copy is finished; otherwise, false if the copy is in progress. This property is always present in the response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done: Option<bool>,
    /// The kind of item this is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The total size of the object being copied in bytes. This property is always present in the response.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub object_size: Option<i64>,
    /// A resource containing the metadata for the copied-to object. This property is present in the response only when copying completes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource: Option<Object>,
    /// A token to use in subsequent requests to continue copying data. This token is present in the response only when there is more data to copy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rewrite_token: Option<String>,
    /// The total bytes written so far, which can be used to provide a waiting user with a progress indicator. This property is always present in the response.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "rt::internal::serde::As::<Option<rt::internal::serde::Int64>>"
    )]
    pub total_bytes_rewritten: Option<i64>,
}
impl RewriteResponse {
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
    /// Sets [`object_size`](Self::object_size).
    pub fn set_object_size(mut self, value: impl Into<i64>) -> Self {
        self.object_size = Some(value.into());
        self
    }
    /// Sets [`object_size`](Self::object_size), or clears it with `None`.
    pub fn set_or_clear_object_size(mut self, value: Option<i64>) -> Self {
        self.object_size = value;
        self
    }
    /// Sets [`resource`](Self::resource).
    pub fn set_resource(mut self, value: impl Into<Object>) -> Self {
        self.resource = Some(value.into());
        self
    }
    /// Sets [`resource`](Self::resource), or clears it with `None`.
    pub fn set_or_clear_resource(mut self, value: Option<Object>) -> Self {
        self.resource = value;
        self
    }
    /// Sets [`rewrite_token`](Self::rewrite_token).
    pub fn set_rewrite_token(mut self, value: impl Into<String>) -> Self {
        self.rewrite_token = Some(value.into());
        self
    }
    /// Sets [`rewrite_token`](Self::rewrite_token), or clears it with `None`.
    pub fn set_or_clear_rewrite_token(mut self, value: Option<String>) -> Self {
        self.rewrite_token = value;
        self
    }
    /// Sets [`total_bytes_rewritten`](Self::total_bytes_rewritten).
    pub fn set_total_bytes_rewritten(mut self, value: impl Into<i64>) -> Self {
        self.total_bytes_rewritten = Some(value.into());
        self
    }
    /// Sets [`total_bytes_rewritten`](Self::total_bytes_rewritten), or clears it with `None`.
    pub fn set_or_clear_total_bytes_rewritten(mut self, value: Option<i64>) -> Self {
        self.total_bytes_rewritten = value;
        self
    }
}
/// A subscription to receive Google PubSub notifications.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct ServiceAccount {
    /// The ID of the notification.
    #[serde(rename = "email_address", skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// The kind of item this is. For notifications, this is always storage#notification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}
impl ServiceAccount {
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
}
/// A storage.(buckets|objects|managedFolders).testIamPermissions response.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub struct TestIamPermissionsResponse {
    /// The kind of item this is.
    #[serde(skip_serializing_if = "Option::is_none")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
}
impl TestIamPermissionsResponse {
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
    /// Sets [`permissions`](Self::permissions).
    pub fn set_permissions<I, V>(mut self, value: I) -> Self
    where
        I: IntoIterator<Item = V>,
        V: Into<String>,
    {
        self.permissions = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets [`permissions`](Self::permissions), or clears it with `None`.
    pub fn set_or_clear_permissions(mut self, value: Option<Vec<String>>) -> Self {
        self.permissions = value;
        self
    }
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
