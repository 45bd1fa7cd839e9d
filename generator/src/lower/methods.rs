//! Resources and methods to request builders.

use std::collections::BTreeMap;

use crate::error::Error;
use crate::ir::{
    Body, HttpMethod, MediaUpload, Method, Param, ParamLocation, PathSegment, Resource, TypeKind,
    TypeRef,
};
use crate::lower::pagination::{pagination, MethodContext};
use crate::lower::path::parse_template;
use crate::lower::types::{is_page_token, TypeSpace};
use crate::model;
use crate::naming::{camel, snake, Namespace};

/// Names a resource module may not take at the crate root: the crate's own modules.
pub const ROOT_MODULES: &[&str] = &["rt", "types", "scopes", "methods", "extras"];

/// Builder fields every request builder has besides its parameters, and the builder's own
/// methods, which parameter setters (named like the parameter's field) must not take.
const BUILDER_FIELDS: &[&str] = &[
    "core",
    "opts",
    "send",
    "pages",
    "items",
    "upload",
    "upload_resumable",
    "download",
    "options",
];

/// Crates the generated code names by path (`serde::Serialize`, `futures_util::Stream`):
/// a module of the same name would shadow them.
const CRATE_NAMES: &[&str] = &[
    "std",
    "core",
    "alloc",
    "serde",
    "serde_json",
    "futures_util",
];

/// Functions of `Client` besides the API's: top-level methods and resources must not take them.
const CLIENT_FNS: &[&str] = &["new", "builder"];

/// The names a resource gets from its parent.
pub struct ResourceNames {
    pub wire_name: String,
    pub module: String,
    pub accessor: String,
    pub handle: String,
}

/// The names a method gets from its resource.
struct MethodNames {
    fn_name: String,
    builder: String,
    info_static: String,
    upload_static: Option<String>,
}

pub fn lower_resource(
    space: &mut TypeSpace,
    at: &str,
    names: ResourceNames,
    methods: &BTreeMap<String, model::Method>,
    resources: &BTreeMap<String, model::Resource>,
    deprecated: bool,
) -> Result<Resource, Error> {
    let ResourceNames {
        wire_name,
        module,
        accessor,
        handle,
    } = names;
    // Builders and the handle share the module's type namespace.
    let mut type_names = Namespace::new();
    type_names.claim(&handle);
    let mut statics = Namespace::new();
    // Constructors and child accessors share the handle's `impl` namespace.
    let mut fns = Namespace::new();
    if at.is_empty() {
        fns.reserve(CLIENT_FNS.iter().copied());
    }
    let mut lowered = Vec::new();
    for (name, method) in methods {
        let method_at = format!("{at}methods.{name}");
        let fn_name = fns.claim(&snake(name));
        let builder = type_names.claim_type(&camel(name));
        let info_static = statics.claim(&snake(name).trim_start_matches("r#").to_uppercase());
        let upload_static =
            has_media_upload(method).then(|| statics.claim(&format!("{info_static}_UPLOAD")));
        let names = MethodNames {
            fn_name,
            builder,
            info_static,
            upload_static,
        };
        lowered.push(lower_method(
            space, &method_at, &wire_name, name, method, names,
        )?);
    }
    let mut modules = Namespace::new();
    modules.reserve(CRATE_NAMES.iter().copied());
    if at.is_empty() {
        modules.reserve(ROOT_MODULES.iter().copied());
    }
    let mut children = Vec::new();
    for (name, child) in resources {
        let child_module = modules.claim(&snake(name));
        let names = ResourceNames {
            wire_name: name.clone(),
            module: child_module,
            accessor: fns.claim(&snake(name)),
            handle: camel(name),
        };
        children.push(lower_resource(
            space,
            &format!("{at}resources.{name}."),
            names,
            &child.methods,
            &child.resources,
            child.deprecated == Some(true),
        )?);
    }
    Ok(Resource {
        wire_name,
        module,
        accessor,
        handle,
        deprecated,
        methods: lowered,
        children,
    })
}

fn lower_method(
    space: &mut TypeSpace,
    at: &str,
    resource: &str,
    wire_name: &str,
    method: &model::Method,
    names: MethodNames,
) -> Result<Method, Error> {
    let MethodNames {
        fn_name,
        builder,
        info_static,
        upload_static,
    } = names;
    let http_method = match method.http_method.to_ascii_uppercase().as_str() {
        "GET" => HttpMethod::Get,
        "POST" => HttpMethod::Post,
        "PUT" => HttpMethod::Put,
        "PATCH" => HttpMethod::Patch,
        "DELETE" => HttpMethod::Delete,
        other => {
            return Err(Error::Invalid {
                path: format!("{at}.httpMethod"),
                message: format!("expected GET, POST, PUT, PATCH or DELETE; found `{other}`"),
            })
        }
    };
    let path = parse_template(&format!("{at}.path"), &method.path, |name| {
        match method.parameters.get(name) {
            Some(p) if p.location.as_deref() == Some("path") => Ok(p.pattern.clone()),
            _ => Err(Error::Invalid {
                path: format!("{at}.path"),
                message: format!("`{{{name}}}` is not a path parameter of the method"),
            }),
        }
    })?;

    let mut field_names = Namespace::new();
    field_names.reserve(BUILDER_FIELDS.iter().copied());
    // Inline body schemas (rare: a map of `any`) get types named after the builder.
    let hint = format!("{}{builder}", resource_hint(at));
    let request = match &method.request {
        Some(r) => Some(Body {
            name: field_names.claim("request"),
            ty: space.type_of(&format!("{at}.request"), &format!("{hint}Request"), r)?,
        }),
        None => None,
    };
    let response = match &method.response {
        Some(r) => Some(space.type_of(&format!("{at}.response"), &format!("{hint}Response"), r)?),
        None => None,
    };

    // Constructor arguments follow `parameterOrder`, then any other required parameter.
    let mut ordered: Vec<&str> = Vec::new();
    for name in &method.parameter_order {
        if !method.parameters.contains_key(name) {
            return Err(Error::Invalid {
                path: format!("{at}.parameterOrder"),
                message: format!("`{name}` is not a parameter of the method"),
            });
        }
        ordered.push(name);
    }
    for (name, p) in &method.parameters {
        let is_required = p.required == Some(true) || p.location.as_deref() == Some("path");
        if is_required && !ordered.contains(&name.as_str()) {
            ordered.push(name);
        }
    }
    let mut required_params = Vec::new();
    for name in &ordered {
        let p = &method.parameters[*name];
        required_params.push(lower_param(space, at, &builder, name, p, &mut field_names)?);
    }
    let mut optional_params = Vec::new();
    for (name, p) in &method.parameters {
        if !ordered.contains(&name.as_str()) {
            optional_params.push(lower_param(space, at, &builder, name, p, &mut field_names)?);
        }
    }
    for segment in &path {
        if let PathSegment::Variable { wire_name, .. } = segment {
            if !required_params.iter().any(|p| &p.wire_name == wire_name) {
                return Err(Error::Invalid {
                    path: format!("{at}.parameters.{wire_name}"),
                    message: "path parameters must be required".into(),
                });
            }
        }
    }

    let context = MethodContext {
        resource,
        method: wire_name,
    };
    let pagination = pagination(
        space,
        &context,
        &required_params,
        &optional_params,
        request.as_ref(),
        response.as_ref(),
    );
    let media_upload = match (&method.media_upload, upload_static) {
        (Some(m), Some(info_static)) => Some(lower_media_upload(
            at,
            m,
            info_static,
            &path,
            request.is_some(),
        )?),
        _ => None,
    };
    Ok(Method {
        id: method.id.clone(),
        wire_name: wire_name.to_string(),
        fn_name,
        builder,
        info_static,
        http_method,
        path,
        required_params,
        optional_params,
        request,
        response,
        scopes: method.scopes.clone(),
        description: method.description.clone(),
        deprecated: method.deprecated == Some(true),
        pagination,
        media_upload,
        media_download: method.supports_media_download == Some(true),
        notes: Vec::new(),
        limits: Vec::new(),
    })
}

fn lower_param(
    space: &mut TypeSpace,
    at: &str,
    builder: &str,
    wire_name: &str,
    p: &model::Parameter,
    field_names: &mut Namespace,
) -> Result<Param, Error> {
    let param_at = format!("{at}.parameters.{wire_name}");
    let location = match p.location.as_deref() {
        Some("path") => ParamLocation::Path,
        Some("query") => ParamLocation::Query,
        other => {
            return Err(Error::Invalid {
                path: format!("{param_at}.location"),
                message: format!("expected `path` or `query`; found {other:?}"),
            })
        }
    };
    let hint = format!("{}{builder}{}", resource_hint(at), camel(wire_name));
    // A parameter of a structured type (an object, a map, `any`; a few documents have one)
    // has no URL form of its own: it takes a JSON value and sends it as JSON text.
    let structured = p.enum_.is_empty()
        && p.reference.is_none()
        && matches!(p.type_.as_deref(), Some("object" | "array" | "any"));
    let mut ty = if structured {
        TypeRef::Any
    } else if is_page_token(wire_name, p) {
        TypeRef::String
    } else {
        space.type_of(&param_at, &hint, p)?
    };
    if is_struct(space, &ty) {
        ty = TypeRef::Any;
    }
    let mut description = p.description.clone();
    if ty == TypeRef::Any {
        if location == ParamLocation::Path {
            return Err(Error::Invalid {
                path: format!("{param_at}.type"),
                message: "expected a scalar type for a path parameter".into(),
            });
        }
        let note = "Sent as JSON text.";
        description = Some(match description {
            Some(d) if !d.trim().is_empty() => format!("{}\n\n{note}", d.trim_end()),
            _ => note.to_string(),
        });
    }
    Ok(Param {
        name: field_names.claim(&snake(wire_name)),
        wire_name: wire_name.to_string(),
        location,
        ty,
        repeated: p.repeated == Some(true),
        description,
        deprecated: p.deprecated == Some(true),
        pattern: p.pattern.clone(),
        default: p.default.clone(),
    })
}

/// `resources.albums.resources.x.methods.get` → `AlbumsX`, so parameter enums of different
/// resources get different names.
fn resource_hint(at: &str) -> String {
    at.split('.')
        .collect::<Vec<_>>()
        .windows(2)
        .filter(|w| w[0] == "resources")
        .map(|w| camel(w[1]))
        .collect()
}

fn is_struct(space: &TypeSpace, ty: &TypeRef) -> bool {
    let TypeRef::Named(name) = ty else {
        return false;
    };
    space
        .def(name)
        .is_some_and(|d| matches!(d.kind, TypeKind::Struct(_)))
}

fn has_media_upload(method: &model::Method) -> bool {
    method.supports_media_upload == Some(true) && method.media_upload.is_some()
}

/// The upload endpoints of a method. Each takes the method's own path arguments, in the
/// same order (the runtime fills both from one list), so an endpoint with other variables is
/// an error.
fn lower_media_upload(
    at: &str,
    m: &model::MediaUpload,
    info_static: String,
    method_path: &[PathSegment],
    has_body: bool,
) -> Result<MediaUpload, Error> {
    let max_size = match &m.max_size {
        Some(text) => Some(parse_size(text).ok_or_else(|| Error::Invalid {
            path: format!("{at}.mediaUpload.maxSize"),
            message: format!("expected a size such as `5120GB`; found `{text}`"),
        })?),
        None => None,
    };
    let variables = |segments: &[PathSegment]| -> Vec<String> {
        segments
            .iter()
            .filter_map(|s| match s {
                PathSegment::Variable { wire_name, .. } => Some(wire_name.clone()),
                PathSegment::Literal(_) => None,
            })
            .collect()
    };
    let endpoint = |kind: &str, protocol: &Option<model::MediaProtocol>| {
        let Some(protocol) = protocol else {
            return Ok(None);
        };
        let endpoint_at = format!("{at}.mediaUpload.protocols.{kind}.path");
        let pattern_of = |name: &str| {
            method_path
                .iter()
                .find_map(|s| match s {
                    PathSegment::Variable {
                        wire_name, pattern, ..
                    } if wire_name == name => Some(pattern.clone()),
                    _ => None,
                })
                .ok_or_else(|| Error::Invalid {
                    path: endpoint_at.clone(),
                    message: format!("`{{{name}}}` is not a variable of the method's path"),
                })
        };
        let segments = parse_template(&endpoint_at, &protocol.path, pattern_of)?;
        if variables(&segments) != variables(method_path) {
            return Err(Error::Invalid {
                path: endpoint_at,
                message: "expected the variables of the method's path, in the same order".into(),
            });
        }
        Ok(Some((segments, protocol.multipart == Some(true))))
    };
    let simple = endpoint("simple", &m.protocols.simple)?;
    let resumable = endpoint("resumable", &m.protocols.resumable)?;
    if simple.is_none() && resumable.is_none() {
        return Err(Error::Invalid {
            path: format!("{at}.mediaUpload.protocols"),
            message: "expected a `simple` or `resumable` protocol".into(),
        });
    }
    // Metadata goes with the media when every protocol the document offers takes it.
    let with_metadata = has_body
        && [&simple, &resumable]
            .into_iter()
            .flatten()
            .all(|(_, multipart)| *multipart);
    // Google's clients open resumable sessions where simple uploads go,
    // `{rootUrl}upload/{servicePath}{path}` with `uploadType=resumable`, not at the
    // document's `/resumable/upload/…` path, which servers need not answer (fake-gcs-server
    // does not). That is the simple protocol's path where the document has one (always so
    // in the documents Google publishes), else the method's own path, which the runtime
    // resolves under that same upload base.
    let simple_path = simple.map(|(segments, _)| segments);
    let resumable_path =
        resumable.map(|_| simple_path.clone().unwrap_or_else(|| method_path.to_vec()));
    Ok(MediaUpload {
        info_static,
        accept: m.accept.clone(),
        max_size,
        simple_path,
        resumable_path,
        with_metadata,
    })
}

/// `5120GB`, `10MB`, `512`: Discovery writes sizes in binary units.
fn parse_size(text: &str) -> Option<u64> {
    let text = text.trim();
    let digits_end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let number: u64 = text[..digits_end].parse().ok()?;
    let multiplier: u64 = match text[digits_end..].trim().to_ascii_uppercase().as_str() {
        "" | "B" => 1,
        "KB" => 1 << 10,
        "MB" => 1 << 20,
        "GB" => 1 << 30,
        "TB" => 1 << 40,
        _ => return None,
    };
    number.checked_mul(multiplier)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_in_binary_units() {
        assert_eq!(parse_size("5120GB"), Some(5120 << 30));
        assert_eq!(parse_size("10MB"), Some(10 << 20));
        assert_eq!(parse_size("512"), Some(512));
        assert_eq!(parse_size("lots"), None);
        assert_eq!(parse_size("99999999999TB"), None);
    }

    #[test]
    fn resource_hint_names_the_resource_path() {
        assert_eq!(resource_hint("resources.albums.methods.get"), "Albums");
        assert_eq!(
            resource_hint("resources.projects.resources.locations.methods.get"),
            "ProjectsLocations"
        );
        assert_eq!(resource_hint("methods.get"), "");
    }

    /// A document whose wire names collide once made Rust names, or clash with names the
    /// generated code needs: every Rust name still comes out distinct, and serde keeps the
    /// wire name.
    const COLLIDING: &str = r#"{"name":"x","version":"v1","rootUrl":"https://x/","servicePath":"",
      "schemas":{
        "Foo":{"type":"object","properties":{"type":{"type":"string"},"r#type":{"type":"string"},
               "a-b":{"type":"string"},"a_b":{"type":"string"},"aB":{"type":"string"}}},
        "foo":{"type":"object","properties":{"self":{"type":"string"}}},
        "Option":{"type":"object"},"OptionSchema":{"type":"object"},"Result":{"type":"object"}},
      "methods":{
        "new":{"id":"x.new","path":"new","httpMethod":"GET"},
        "builder":{"id":"x.builder","path":"b","httpMethod":"GET",
          "parameters":{"send":{"type":"string","location":"query"},
                        "a.b":{"type":"string","location":"query"},
                        "a_b":{"type":"string","location":"query"},
                        "upload":{"type":"string","location":"query"}}}},
      "resources":{
        "serde":{"methods":{"get":{"id":"x.serde.get","path":"s","httpMethod":"GET"},
                            "Get":{"id":"x.serde.Get","path":"s2","httpMethod":"GET"}}},
        "types":{"methods":{"match":{"id":"x.types.match","path":"t","httpMethod":"GET"}}},
        "Types":{"methods":{"continue":{"id":"x.Types.continue","path":"t2","httpMethod":"GET"}}}}}"#;

    fn assert_distinct<'a>(what: &str, names: impl IntoIterator<Item = &'a str>) {
        let mut seen = std::collections::BTreeSet::new();
        for name in names {
            assert!(
                seen.insert(crate::naming::unraw(name)),
                "{what}: `{name}` twice"
            );
        }
    }

    #[test]
    fn colliding_wire_names_get_distinct_rust_names() {
        let doc = crate::model::Document::parse(COLLIDING).unwrap();
        let api = crate::lower::lower(&doc).unwrap();
        let types: Vec<&str> = api.types.iter().map(|t| t.name.as_str()).collect();
        assert_distinct("types", types.iter().copied());
        assert!(
            !types.contains(&"Option") && !types.contains(&"Result"),
            "{types:?}"
        );
        for t in &api.types {
            if let TypeKind::Struct(s) = &t.kind {
                assert_distinct(&t.name, s.fields.iter().map(|f| f.name.as_str()));
            }
        }
        let foo = api.types.iter().find(|t| t.origin == "Foo").unwrap();
        let TypeKind::Struct(foo) = &foo.kind else {
            panic!("Foo is a struct")
        };
        let wire: Vec<(&str, &str)> = foo
            .fields
            .iter()
            .map(|f| (f.wire_name.as_str(), f.name.as_str()))
            .collect();
        assert!(wire.contains(&("type", "r#type")), "{wire:?}");
        assert!(wire.contains(&("a_b", "a_b")), "{wire:?}");

        // Root: top-level methods keep clear of `Client::new`/`builder`; modules of the
        // crate's own modules and of crates the code names by path.
        let root_fns: Vec<&str> = api
            .root
            .methods
            .iter()
            .map(|m| m.fn_name.as_str())
            .chain(api.root.children.iter().map(|c| c.accessor.as_str()))
            .collect();
        assert_distinct("root functions", root_fns.iter().copied());
        assert!(
            !root_fns.contains(&"new") && !root_fns.contains(&"builder"),
            "{root_fns:?}"
        );
        let modules: Vec<&str> = api
            .root
            .children
            .iter()
            .map(|c| c.module.as_str())
            .collect();
        assert_distinct("modules", modules.iter().copied());
        for reserved in ["serde", "types"] {
            assert!(!modules.contains(&reserved), "{modules:?}");
        }
        let serde = api
            .root
            .children
            .iter()
            .find(|c| c.wire_name == "serde")
            .unwrap();
        assert_distinct("builders", serde.methods.iter().map(|m| m.builder.as_str()));
        assert_distinct(
            "statics",
            serde.methods.iter().map(|m| m.info_static.as_str()),
        );

        // Setters keep clear of the builder's own methods; dotted names still map.
        let builder = api
            .root
            .methods
            .iter()
            .find(|m| m.wire_name == "builder")
            .unwrap();
        let params: Vec<(&str, &str)> = builder
            .optional_params
            .iter()
            .map(|p| (p.wire_name.as_str(), p.name.as_str()))
            .collect();
        assert_distinct("setters", params.iter().map(|(_, n)| *n));
        for (wire, name) in &params {
            assert!(!BUILDER_FIELDS.contains(name), "{wire} → {name}");
        }
        assert!(params.iter().any(|(w, _)| *w == "a.b"), "{params:?}");

        // And the whole crate prints as valid Rust.
        crate::emit::emit(&api, &crate::Options::default()).unwrap();
    }

    #[test]
    fn upload_endpoints_must_take_the_methods_path_variables() {
        let doc = |upload_path: &str| {
            format!(
                r#"{{"name":"x","version":"v1","rootUrl":"https://x/","servicePath":"",
                  "schemas":{{"A":{{"type":"object"}}}},
                  "methods":{{"put":{{"id":"x.put","path":"a/{{id}}","httpMethod":"POST",
                    "parameters":{{"id":{{"type":"string","location":"path","required":true}}}},
                    "request":{{"$ref":"A"}},"supportsMediaUpload":true,
                    "mediaUpload":{{"accept":["*/*"],"maxSize":"2KB","protocols":{{
                      "simple":{{"multipart":true,"path":"{upload_path}"}}}}}}}}}}}}"#
            )
        };
        let api =
            crate::lower::lower(&crate::model::Document::parse(&doc("/upload/a/{id}")).unwrap())
                .unwrap();
        let upload = api.root.methods[0].media_upload.as_ref().unwrap();
        assert_eq!(upload.max_size, Some(2048));
        assert!(upload.with_metadata);
        assert!(upload.resumable_path.is_none());
        assert_eq!(upload.info_static, "PUT_UPLOAD");
        for bad in ["/upload/a/{other}", "/upload/a", "/upload/{id}/{id}"] {
            let err = crate::lower::lower(&crate::model::Document::parse(&doc(bad)).unwrap())
                .unwrap_err()
                .to_string();
            assert!(
                err.contains("mediaUpload.protocols.simple.path"),
                "{bad}: {err}"
            );
        }
    }
}
