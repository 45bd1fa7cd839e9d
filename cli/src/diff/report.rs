//! What a diff reports: the serialized shape of `--format json`, also used by the other
//! renderers.
//!
//! The JSON shape is stable: fields are only ever added, and `format` is bumped when one is
//! renamed or removed. `docs/diff.md` describes it for readers who do not read Rust.

use serde::Serialize;

/// Version of the JSON shape, printed as `format`.
pub const FORMAT_VERSION: u32 = 1;

/// The whole output of one `discogen diff` run (`--format json`).
///
/// ```json
/// { "format": 1, "reports": [ ... ], "notes": [ ... ] }
/// ```
#[derive(Debug, Serialize)]
pub struct Output {
    /// [`FORMAT_VERSION`].
    pub format: u32,
    /// One report per compared pair of documents (one unless run without arguments).
    pub reports: Vec<Report>,
    /// Documents that could not be paired (new or deleted since `HEAD`), one sentence each.
    pub notes: Vec<String>,
}

/// The changes between two revisions of one document.
#[derive(Debug, Serialize)]
pub struct Report {
    pub old: Side,
    pub new: Side,
    pub summary: Summary,
    /// Every change, documentation-only ones included (`--verbose` only affects text and
    /// Markdown), grouped: service first, then resources in tree order, then schemas by name.
    pub changes: Vec<Change>,
}

/// One of the two documents.
#[derive(Debug, Serialize)]
pub struct Side {
    /// Where it was read: a path, or `REV:path` for a git revision.
    pub source: String,
    /// The document's `id` (`photoslibrary:v1`).
    pub id: String,
    /// The document's `revision` (`20240626`), if it has one.
    pub revision: Option<String>,
    /// Cargo package name of the generated crate.
    pub crate_name: String,
    /// Written by hand from Google's reference pages (the key `x-discogen-reconstructed`),
    /// not a document Google published.
    pub reconstructed: bool,
}

impl Side {
    /// `source`, marked when the document is a reconstruction.
    pub fn label(&self) -> String {
        if self.reconstructed {
            format!("{} (reconstructed by hand, not Google's)", self.source)
        } else {
            self.source.clone()
        }
    }
}

/// Counts and the suggested version bump.
#[derive(Debug, Serialize)]
pub struct Summary {
    pub breaking: usize,
    pub compatible: usize,
    pub documentation: usize,
    /// Distinct Rust items of the generated crate added, removed and changed.
    pub rust_items: RustCounts,
    /// The bump the changes call for.
    pub semver: Semver,
}

#[derive(Debug, Default, Serialize)]
pub struct RustCounts {
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
}

/// The suggested version bump: `bump` for a crate at 1.0 or later, `pre_1_0` for a 0.x crate
/// (where Cargo treats the minor number as the major one).
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Semver {
    pub bump: Bump,
    pub pre_1_0: Bump,
}

/// `major`, `minor`, `patch` or `none`.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Bump {
    None,
    Patch,
    Minor,
    Major,
}

impl Bump {
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }
}

/// How a change affects users of the generated crate: `breaking`, `compatible` or
/// `documentation`. Ordered from least to most severe.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    /// Only documentation (descriptions, titles) differs.
    Documentation,
    /// Code written against the old crate still compiles and works.
    Compatible,
    /// Some code written against the old crate stops compiling or stops working.
    Breaking,
}

impl Class {
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Breaking => "breaking",
            Class::Compatible => "compatible",
            Class::Documentation => "documentation",
        }
    }
}

/// One change.
///
/// ```json
/// {
///   "class": "breaking",
///   "kind": "parameter_removed",
///   "group": { "kind": "resource", "name": "albums" },
///   "location": "albums.get parameter shareToken",
///   "message": "optional query parameter removed",
///   "old": "string",
///   "new": null,
///   "rust": [ { "change": "removed", "before": "albums::Get::share_token(share_token: impl Into<String>)", "after": null } ]
/// }
/// ```
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub class: Class,
    pub kind: Kind,
    pub group: Group,
    /// The element that changed, in the document's own names: `albums.get`,
    /// `albums.get parameter shareToken`, `Album.mediaItemsCount`,
    /// `MediaTypeFilter.mediaTypes[] value PHOTO`, `scope https://…`, `rootUrl`.
    pub location: String,
    /// What happened, in a few words.
    pub message: String,
    /// The value before, where one value changed (`GET`, `string (int64)`), else `null`.
    pub old: Option<String>,
    /// The value after, likewise.
    pub new: Option<String>,
    /// The effect on the generated crate; empty when no Rust item changes.
    pub rust: Vec<RustItem>,
    /// Model path (`schemas.Album.properties.x`) used to attach inline types to the change
    /// that made them; not serialized.
    #[serde(skip)]
    pub key: Option<String>,
}

impl Change {
    pub fn new(
        class: Class,
        kind: Kind,
        group: Group,
        location: impl Into<String>,
        message: impl Into<String>,
    ) -> Change {
        Change {
            class,
            kind,
            group,
            location: location.into(),
            message: message.into(),
            old: None,
            new: None,
            rust: Vec::new(),
            key: None,
        }
    }

    pub fn values(mut self, old: impl Into<String>, new: impl Into<String>) -> Change {
        self.old = Some(old.into());
        self.new = Some(new.into());
        self
    }

    pub fn old_value(mut self, old: impl Into<String>) -> Change {
        self.old = Some(old.into());
        self
    }

    pub fn new_value(mut self, new: impl Into<String>) -> Change {
        self.new = Some(new.into());
        self
    }

    pub fn rust(mut self, item: RustItem) -> Change {
        self.rust.push(item);
        self
    }

    pub fn rust_all(mut self, items: impl IntoIterator<Item = RustItem>) -> Change {
        self.rust.extend(items);
        self
    }

    pub fn key(mut self, key: impl Into<String>) -> Change {
        self.key = Some(key.into());
        self
    }
}

/// Where a change is listed: `service` (name `""`), a `resource` by its dotted path
/// (`albums`, `projects.locations`; `""` for the document's top-level methods), or a
/// `schema` by its name (inline types are listed under the schema that contains them).
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Group {
    pub kind: GroupKind,
    pub name: String,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    Service,
    Resource,
    Schema,
}

impl Group {
    pub fn service() -> Group {
        Group {
            kind: GroupKind::Service,
            name: String::new(),
        }
    }

    pub fn resource(path: &str) -> Group {
        Group {
            kind: GroupKind::Resource,
            name: path.to_string(),
        }
    }

    pub fn schema(name: &str) -> Group {
        Group {
            kind: GroupKind::Schema,
            name: name.to_string(),
        }
    }

    /// A heading for the group: `Service`, `Resource albums`, `Schema Album`.
    pub fn title(&self) -> String {
        match (self.kind, self.name.as_str()) {
            (GroupKind::Service, _) => "Service".into(),
            (GroupKind::Resource, "") => "Top-level methods".into(),
            (GroupKind::Resource, name) => format!("Resource {name}"),
            (GroupKind::Schema, name) => format!("Schema {name}"),
        }
    }
}

/// A Rust item of the generated crate, as a one-line signature (`Album::media_items_count:
/// Option<i64>`, `albums::Albums::get(album_id: impl Into<String>) -> albums::Get`).
/// `before` is `null` for an added item, `after` for a removed one.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct RustItem {
    /// `added`, `removed` or `changed`.
    pub change: RustChange,
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum RustChange {
    Added,
    Removed,
    Changed,
}

impl RustItem {
    pub fn added(item: impl Into<String>) -> RustItem {
        RustItem {
            change: RustChange::Added,
            before: None,
            after: Some(item.into()),
        }
    }

    pub fn removed(item: impl Into<String>) -> RustItem {
        RustItem {
            change: RustChange::Removed,
            before: Some(item.into()),
            after: None,
        }
    }

    /// The item as it was and as it is, either side possibly absent: added, removed,
    /// changed, or nothing.
    pub fn between(before: Option<String>, after: Option<String>) -> Option<RustItem> {
        match (before, after) {
            (Some(before), Some(after)) => RustItem::changed(before, after),
            (Some(before), None) => Some(RustItem::removed(before)),
            (None, Some(after)) => Some(RustItem::added(after)),
            (None, None) => None,
        }
    }

    /// A changed item, or nothing when both sides print the same.
    pub fn changed(before: impl Into<String>, after: impl Into<String>) -> Option<RustItem> {
        let (before, after) = (before.into(), after.into());
        (before != after).then_some(RustItem {
            change: RustChange::Changed,
            before: Some(before),
            after: Some(after),
        })
    }
}

macro_rules! kinds {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// What changed. Serialized in `snake_case`; the class noted with each kind is the one
        /// it usually has (some depend on the details, as noted).
        #[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[serde(rename_all = "snake_case")]
        pub enum Kind {
            $($(#[$doc])* $variant,)*
        }

        impl Kind {
            /// Every kind, in declaration order.
            #[cfg(test)]
            pub const ALL: &'static [Kind] = &[$(Kind::$variant,)*];

            #[cfg(test)]
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Kind::$variant => $name,)*
                }
            }
        }
    };
}

kinds! {
    /// Breaking: `name` or `version` changed, so the crate has another name.
    CrateRenamed = "crate_renamed",
    /// Compatible: the base URL the client calls changed.
    RootUrlChanged = "root_url_changed",
    /// Compatible.
    ServicePathChanged = "service_path_changed",
    /// Compatible.
    BatchPathChanged = "batch_path_changed",
    /// Compatible.
    MtlsRootUrlChanged = "mtls_root_url_changed",
    /// Compatible: a new `scopes::` constant.
    ScopeAdded = "scope_added",
    /// Breaking: a `scopes::` constant is gone.
    ScopeRemoved = "scope_removed",
    /// Compatible: a new resource handle and accessor.
    ResourceAdded = "resource_added",
    /// Breaking.
    ResourceRemoved = "resource_removed",
    /// Compatible: a new constructor and request builder.
    MethodAdded = "method_added",
    /// Breaking.
    MethodRemoved = "method_removed",
    /// Breaking: the call means something else (and the runtime's retry rules differ).
    HttpMethodChanged = "http_method_changed",
    /// Compatible: the same builder now calls the new path.
    PathChanged = "path_changed",
    /// Breaking: the constructor's `request` argument appeared, went or changed type.
    RequestChanged = "request_changed",
    /// Breaking: `send()` returns another type.
    ResponseChanged = "response_changed",
    /// Compatible: one more scope authorizes the method.
    MethodScopeAdded = "method_scope_added",
    /// Breaking: a caller authorized only by this scope is refused.
    MethodScopeRemoved = "method_scope_removed",
    /// Compatible.
    MediaUploadAdded = "media_upload_added",
    /// Breaking.
    MediaUploadRemoved = "media_upload_removed",
    /// Compatible: accepted types, size limit or protocols changed (breaking when the
    /// builder loses `upload`).
    MediaUploadChanged = "media_upload_changed",
    /// Compatible.
    MediaDownloadAdded = "media_download_added",
    /// Breaking.
    MediaDownloadRemoved = "media_download_removed",
    /// Compatible: the builder gains `pages()` and `items()`.
    PaginationAdded = "pagination_added",
    /// Breaking: `pages()` and `items()` are gone.
    PaginationRemoved = "pagination_removed",
    /// Breaking when the item type changes, compatible otherwise.
    PaginationChanged = "pagination_changed",
    /// Compatible: the builder gains `poller()` (the method starts long-running work).
    PollerAdded = "poller_added",
    /// Breaking: `poller()` is gone.
    PollerRemoved = "poller_removed",
    /// Breaking: `poller()` yields another type.
    PollerChanged = "poller_changed",
    /// Breaking when required (a new constructor argument), compatible when optional (a
    /// new setter).
    ParameterAdded = "parameter_added",
    /// Breaking.
    ParameterRemoved = "parameter_removed",
    /// Breaking when the Rust type changes, compatible when only the format does.
    ParameterTypeChanged = "parameter_type_changed",
    /// Breaking: a setter becomes a constructor argument.
    ParameterMadeRequired = "parameter_made_required",
    /// Breaking: a constructor argument becomes a setter.
    ParameterMadeOptional = "parameter_made_optional",
    /// Breaking: the argument becomes a list.
    ParameterMadeRepeated = "parameter_made_repeated",
    /// Breaking: the argument stops being a list.
    ParameterMadeSingle = "parameter_made_single",
    /// Compatible: sent in the path instead of the query, or the reverse.
    ParameterLocationChanged = "parameter_location_changed",
    /// Breaking: the constructor takes its arguments in another order.
    ParameterOrderChanged = "parameter_order_changed",
    /// Compatible: path arguments are checked against another pattern.
    ParameterPatternChanged = "parameter_pattern_changed",
    /// Documentation: the server default is only mentioned in docs.
    ParameterDefaultChanged = "parameter_default_changed",
    /// Compatible: a new type (a schema, or an inline type no other change accounts for).
    SchemaAdded = "schema_added",
    /// Breaking.
    SchemaRemoved = "schema_removed",
    /// Breaking: a struct became an enum or alias, or an alias points elsewhere.
    SchemaTypeChanged = "schema_type_changed",
    /// Breaking for types a request can contain (struct literals must name every field),
    /// compatible for types only found in responses. See `docs/diff.md`.
    PropertyAdded = "property_added",
    /// Breaking.
    PropertyRemoved = "property_removed",
    /// Breaking when the Rust type changes, compatible when only the format does.
    PropertyTypeChanged = "property_type_changed",
    /// Breaking: `Option<T>` became `T`.
    PropertyMadeRequired = "property_made_required",
    /// Breaking: `T` became `Option<T>`.
    PropertyMadeOptional = "property_made_optional",
    /// Documentation: only the field's docs say so.
    PropertyReadOnlyChanged = "property_read_only_changed",
    /// Compatible: the methods whose requests must set the field changed.
    PropertyRequiredByChanged = "property_required_by_changed",
    /// Compatible: generated enums keep unknown values, so code that handles
    /// the catch-all variant keeps working.
    EnumValueAdded = "enum_value_added",
    /// Breaking.
    EnumValueRemoved = "enum_value_removed",
    /// Breaking: the wire name is the same but the generator names the Rust item differently.
    RustNameChanged = "rust_name_changed",
    /// Breaking: in an API with a cargo feature per resource, a feature that compiled the
    /// type no longer does (its resource no longer reaches it), so a build with only that
    /// feature loses the type.
    TypeFeaturesNarrowed = "type_features_narrowed",
    /// Compatible: one more cargo feature compiles the type.
    TypeFeaturesWidened = "type_features_widened",
    /// Compatible: marked deprecated.
    Deprecated = "deprecated",
    /// Compatible: no longer deprecated.
    Undeprecated = "undeprecated",
    /// Documentation: a description, title or documentation link changed.
    DescriptionChanged = "description_changed",
}
