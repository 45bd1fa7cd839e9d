//! The intermediate representation: what the generated crate contains, with every naming
//! and typing decision already made.
//!
//! [`crate::lower`] builds it from a [`crate::model::Document`]; the emitters only print it.
//! Wire names are kept next to Rust names so serde attributes and requests use the former.

/// A whole API, ready to print.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    /// Cargo package name, e.g. `google-photoslibrary-v1`.
    pub crate_name: String,
    /// The document's `id`, e.g. `photoslibrary:v1`.
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    pub documentation_link: Option<String>,
    pub revision: Option<String>,
    pub root_url: String,
    pub mtls_root_url: Option<String>,
    pub service_path: String,
    pub batch_path: Option<String>,
    pub scopes: Vec<Scope>,
    /// Every generated type, in the order they are printed.
    pub types: Vec<TypeDef>,
    /// Response types that are pages of a paginated method, each listed once.
    pub pages: Vec<PageType>,
    /// The resource tree; the root holds the document's top-level methods.
    pub root: Resource,
    /// Markdown paragraphs for the crate docs, from an overlay.
    pub notes: Vec<String>,
    /// Cargo features of a big API, one per top-level resource, sorted; empty for an API
    /// small enough to compile whole (see `lower::features`).
    pub features: Vec<String>,
    /// Operation types that methods' `poller()` waits on (see `lower::operations`).
    pub operations: Vec<OperationType>,
    /// The least wait before a retry after an HTTP status, in seconds, from an overlay.
    pub min_retry_waits: Vec<(u16, u64)>,
}

/// A type of long-running operation, and how the runtime reads one again.
#[derive(Debug, Clone, PartialEq)]
pub struct OperationType {
    /// Rust name of the type (`Operation`).
    pub type_name: String,
    /// Name of its `static` in the crate's `polling` module (`OPERATION`).
    pub static_name: String,
    pub shape: OperationShape,
    /// The methods that read one again, in the order the runtime tries them.
    pub routes: Vec<PollRoute>,
    /// Where the arguments of the (one) route are in the operation, when the API's data says
    /// (see [`crate::overlay::ReadAgain`]): parameter wire name → field path of wire names.
    /// Empty: the runtime finds a route from the operation's `selfLink` or `name`.
    pub arguments: Vec<(String, Vec<String>)>,
    /// Where its static is compiled: with the resources whose methods poll it.
    pub gate: Gate,
}

/// How an operation says it is finished (the runtime's `OperationShape`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OperationShape {
    /// `done: true` (AIP-151).
    Done,
    /// `status` has this value (Compute's `DONE`).
    Status { done_value: String },
    /// The string at field path `state` has this value; the field at path `error` is set
    /// when the work failed. From the API's data (BigQuery's jobs), not the document.
    Field {
        state: Vec<String>,
        done_value: String,
        error: Vec<String>,
    },
}

/// A method that reads an operation again, described for the runtime on its own: its
/// module may be left out by the cargo features when the methods that poll are not.
#[derive(Debug, Clone, PartialEq)]
pub struct PollRoute {
    pub id: String,
    pub http_method: HttpMethod,
    pub path: Vec<PathSegment>,
    pub scopes: Vec<String>,
}

/// A method's `poller()`.
#[derive(Debug, Clone, PartialEq)]
pub struct Poller {
    /// The static of its [`OperationType`].
    pub operation: String,
    /// The type of [`Api::types`] (its Rust name) the operation's `response` holds, when the
    /// document says; else the result is the finished operation.
    pub response: Option<String>,
}

/// Which cargo features a type is compiled with.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Gate {
    /// Always: the API has no features, or a top-level method or every feature uses it.
    #[default]
    Always,
    /// With any of these features: those of the resources whose methods use it.
    AnyOf(Vec<String>),
    /// Only with `full`: no method uses it.
    Full,
}

/// A response type that implements the runtime's `Page` trait.
#[derive(Debug, Clone, PartialEq)]
pub struct PageType {
    pub page_type: String,
    /// Rust name of the next-page token field (`nextPageToken` or `pageToken`).
    pub next_token_field: String,
    /// Whether that field is an `Option`.
    pub next_token_optional: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scope {
    /// Rust constant name, e.g. `PHOTOSLIBRARY_READONLY`.
    pub const_name: String,
    pub url: String,
    pub description: Option<String>,
    /// Markdown paragraphs added to the docs, from an overlay.
    pub notes: Vec<String>,
}

/// A scope a method accepts, and the constant of [`Api::scopes`] that names it (`None` when
/// the document lists the scope on the method but does not declare it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodScope {
    pub url: String,
    pub const_name: Option<String>,
}

/// A named Rust type in the `types` module.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    pub name: String,
    /// Where the type comes from in the document (`Album`, `MediaTypeFilter.mediaTypes`).
    pub origin: String,
    pub description: Option<String>,
    pub deprecated: bool,
    pub kind: TypeKind,
    /// The cargo features it is compiled with.
    pub gate: Gate,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    Struct(Struct),
    Enum(Enum),
    /// A schema that is not an object (`type: array`, a map, a plain string…).
    Alias(TypeRef),
}

/// The field of every struct that keeps the properties its schema does not name and which
/// fields go as `null` (`rt::UnknownFields`); no property takes its name.
pub const UNKNOWN_FIELDS: &str = "unknown_fields";

#[derive(Debug, Clone, PartialEq)]
pub struct Struct {
    pub fields: Vec<Field>,
    /// Set when the object also allows arbitrary extra keys (`additionalProperties` beside
    /// `properties`): they are collected into a flattened map field.
    pub additional: Option<AdditionalProperties>,
}

/// The flattened map of the properties a schema does not name.
#[derive(Debug, Clone, PartialEq)]
pub struct AdditionalProperties {
    /// Rust name of the field.
    pub name: String,
    /// Its setter (`set_additional_properties`).
    pub setter: String,
    /// The type of each value.
    pub ty: TypeRef,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: String,
    /// The chainable setter that stores a value (`set_title`).
    pub setter: String,
    /// The setter that takes an `Option` (`set_or_clear_title`), for a field that is one.
    pub clearer: Option<String>,
    /// The setter of one entry of an optional map field (`set_or_clear_labels_entry`), whose
    /// `None` deletes the entry on the server.
    pub entry_setter: Option<String>,
    pub wire_name: String,
    pub ty: TypeRef,
    /// Required fields are not wrapped in `Option`.
    pub required: bool,
    /// Boxed because the field's type contains its owner (recursion).
    pub boxed: bool,
    pub description: Option<String>,
    pub read_only: bool,
    pub deprecated: bool,
    /// Methods whose requests must set this field (`annotations.required`).
    pub required_by: Vec<String>,
}

/// A string enum that keeps values the document does not list.
#[derive(Debug, Clone, PartialEq)]
pub struct Enum {
    pub variants: Vec<Variant>,
    /// Name of the catch-all variant that carries unlisted values.
    pub unknown_variant: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    pub name: String,
    pub wire_value: String,
    pub description: Option<String>,
    pub deprecated: bool,
}

/// The Rust type of a value.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeRef {
    String,
    Bool,
    I32,
    U32,
    /// Carried as a JSON string on the wire.
    I64,
    /// Carried as a JSON string on the wire.
    U64,
    F32,
    F64,
    /// Base64 on the wire.
    Bytes,
    Timestamp,
    Date,
    Duration,
    FieldMask,
    /// Any JSON value.
    Any,
    /// A type from [`Api::types`], by its Rust name.
    Named(String),
    Vec(Box<TypeRef>),
    Map(Box<TypeRef>),
}

impl TypeRef {
    /// Whether serde needs an adapter (`rt::serde::As`) somewhere inside this type: JSON
    /// strings for 64-bit integers, base64 for bytes and `"NaN"`/`"Infinity"` for floats are
    /// not serde's defaults.
    pub fn needs_adapter(&self) -> bool {
        match self {
            TypeRef::I64 | TypeRef::U64 | TypeRef::Bytes | TypeRef::F32 | TypeRef::F64 => true,
            TypeRef::Vec(inner) | TypeRef::Map(inner) => inner.needs_adapter(),
            _ => false,
        }
    }
}

/// A resource: a Rust module with a handle struct and one request builder per method.
#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    /// Wire name (`albums`); empty for the root.
    pub wire_name: String,
    /// Module name (`albums`); empty for the root.
    pub module: String,
    /// Accessor on the parent (`albums()`).
    pub accessor: String,
    /// Handle struct (`Albums`); `Client` for the root.
    pub handle: String,
    /// The cargo feature that compiles it, for a top-level resource of a big API.
    pub feature: Option<String>,
    pub deprecated: bool,
    pub methods: Vec<Method>,
    pub children: Vec<Resource>,
}

impl Resource {
    /// Every method of this resource and of the resources below it, depth first.
    pub fn all_methods(&self) -> Vec<&Method> {
        fn walk<'a>(resource: &'a Resource, out: &mut Vec<&'a Method>) {
            out.extend(&resource.methods);
            for child in &resource.children {
                walk(child, out);
            }
        }
        let mut out = Vec::new();
        walk(self, &mut out);
        out
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Method {
    /// Method id (`photoslibrary.albums.get`).
    pub id: String,
    /// Wire name (`get`).
    pub wire_name: String,
    /// Constructor on the resource handle (`get`).
    pub fn_name: String,
    /// Request builder struct (`Get`).
    pub builder: String,
    /// Name of the `static` describing the method (`GET`).
    pub info_static: String,
    pub http_method: HttpMethod,
    pub path: Vec<PathSegment>,
    /// Arguments of the constructor, in order: path parameters (by `parameterOrder`), other
    /// required parameters, then the request body.
    pub required_params: Vec<Param>,
    /// Builder setters.
    pub optional_params: Vec<Param>,
    pub request: Option<Body>,
    /// `None` when the method answers with no body.
    pub response: Option<TypeRef>,
    pub scopes: Vec<MethodScope>,
    pub description: Option<String>,
    pub deprecated: bool,
    pub pagination: Option<Pagination>,
    pub media_upload: Option<MediaUpload>,
    pub media_download: bool,
    /// Markdown paragraphs added to the docs, from an overlay.
    pub notes: Vec<String>,
    /// Checked by `send` before anything is sent, from an overlay.
    pub limits: Vec<Limit>,
    /// Set when the method answers with a long-running operation it can wait on.
    pub poller: Option<Poller>,
    /// Wire name of the query parameter that makes the request safe to repeat (see
    /// `lower::request_id`): filled with a UUID when the caller leaves it empty.
    pub request_id: Option<String>,
}

/// A limit on a request value that the API enforces but the document does not state.
#[derive(Debug, Clone, PartialEq)]
pub struct Limit {
    /// How the value is named in messages and docs: `mediaItemIds`,
    /// `newMediaItems[].description`.
    pub display: String,
    /// The associated constant of the request builder that states it:
    /// `NEW_MEDIA_ITEMS_DESCRIPTION_MAX_LENGTH`.
    pub const_name: String,
    /// The way from the builder to the value; the first step names a builder field.
    pub steps: Vec<LimitStep>,
    pub rule: LimitRule,
}

/// One step from a value to the next.
#[derive(Debug, Clone, PartialEq)]
pub enum LimitStep {
    /// A field (Rust name); `optional` when it is an `Option`, which is skipped when `None`.
    Field { name: String, optional: bool },
    /// Every element of a `Vec`.
    Each,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitRule {
    /// Most elements of a `Vec`.
    MaxItems(u64),
    /// Most `char`s of a `String`.
    MaxLength(u64),
    /// Largest integer; `wide` when the value is already an `i64`.
    Maximum { value: i64, wide: bool },
    /// Smallest integer.
    Minimum { value: i64, wide: bool },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpMethod {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

impl HttpMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Post => "POST",
            HttpMethod::Put => "PUT",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Delete => "DELETE",
        }
    }
}

/// One piece of a path template.
#[derive(Debug, Clone, PartialEq)]
pub enum PathSegment {
    Literal(String),
    /// A `{name}` (simple) or `{+name}` (reserved) expansion.
    Variable {
        wire_name: String,
        reserved: bool,
        pattern: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    /// Rust name of the argument, setter and builder field.
    pub name: String,
    pub wire_name: String,
    pub location: ParamLocation,
    /// Element type; see `repeated`.
    pub ty: TypeRef,
    pub repeated: bool,
    pub description: Option<String>,
    pub deprecated: bool,
    pub pattern: Option<String>,
    pub default: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    Path,
    Query,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    /// Argument and builder field name (`request`).
    pub name: String,
    pub ty: TypeRef,
}

/// How to walk a paginated method (see `lower::pagination` for the rules).
#[derive(Debug, Clone, PartialEq)]
pub struct Pagination {
    pub token: PageToken,
    /// Wire name of the response field with the next page's token (`nextPageToken`, or
    /// BigQuery's `pageToken`).
    pub response_token: String,
    /// The response type (the page); one of [`Api::pages`].
    pub page_type: String,
    /// The field holding the page's items, when one can be named (`items()`).
    pub items: Option<PageItems>,
}

/// Where a request carries the token of the page it asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum PageToken {
    /// A query parameter: the builder field's Rust name, and whether it is an `Option`
    /// (a required token is a constructor argument).
    Query { field: String, optional: bool },
    /// A field of the request body: the builder's body field, and the token's field in it.
    Body {
        body: String,
        field: String,
        optional: bool,
    },
}

/// The response field that `items()` flattens.
#[derive(Debug, Clone, PartialEq)]
pub struct PageItems {
    /// Rust name of the field.
    pub field: String,
    pub wire_name: String,
    /// Whether the field is an `Option`.
    pub optional: bool,
    /// Element type; for a map, the value type.
    pub item_type: TypeRef,
    /// The field is a map (Compute's `aggregatedList`): items are `(key, value)` pairs.
    pub keyed: bool,
}

/// How a method takes media (`mediaUpload`): the builder gets `upload` (simple protocol,
/// when the document has one) and `upload_resumable` (resumable protocol).
#[derive(Debug, Clone, PartialEq)]
pub struct MediaUpload {
    /// Name of the `static` describing the upload endpoints (`CREATE_UPLOAD`).
    pub info_static: String,
    /// Accepted MIME type patterns (`image/*`); empty accepts anything.
    pub accept: Vec<String>,
    pub max_size: Option<u64>,
    /// Endpoint of the simple protocol (`/upload/drive/v3/files`), if the document has one.
    pub simple_path: Option<Vec<PathSegment>>,
    /// Where the resumable protocol opens its session, if the document offers it: the
    /// simple protocol's path (`/upload/drive/v3/files`), or else the method's own path
    /// resolved under `{rootUrl}upload/{servicePath}`, as Google's clients do; never the
    /// document's `/resumable/upload/…` path.
    pub resumable_path: Option<Vec<PathSegment>>,
    /// Whether the request body travels with the media as JSON metadata (the first part of a
    /// `multipart/related` body, or the body that starts a resumable session). When the
    /// method has a body but the protocol takes no metadata, uploads send the media alone.
    pub with_metadata: bool,
}
