//! Resources and methods to request builders.

use std::collections::BTreeMap;

use crate::error::Error;
use crate::ir::{
    Body, HttpMethod, Method, MethodScope, Param, ParamLocation, PathSegment, Resource, TypeKind,
    TypeRef,
};
use crate::lower::media::{has_media_upload, lower_media_upload};
use crate::lower::pagination::{pagination, MethodContext};
use crate::lower::path::parse_template;
use crate::lower::types::{is_page_token, TypeSpace};
use crate::model;
use crate::naming::{builder_name, camel, resolve, snake};

/// Names a resource module may not take at the crate root: the crate's own modules.
pub const ROOT_MODULES: &[&str] = &["rt", "types", "scopes", "methods", "polling"];

/// The names a request builder keeps for itself (`CallBuilder`'s methods, `send`, …):
/// parameter setters, named like the parameter's field, must not take them. The runtime
/// this generator writes for exports the same list (`BUILDER_NAMES`, a test compares them);
/// a copy, because the generator is published without the runtime's sources.
const BUILDER_NAMES: &[&str] = &[
    // CallBuilder's methods.
    "options",
    "fields",
    "quota_user",
    "pretty_print",
    "param",
    "header",
    "timeout",
    "retry_policy",
    "idempotent",
    // What gives up or sends a call.
    "into_call",
    "send",
    "pages",
    "items",
    "upload",
    "upload_resumable",
    "download",
    "poller",
    // The builder's fields besides its parameters.
    "engine",
    "opts",
];

#[cfg(test)]
mod runtime_names {
    mod runtime {
        include!("../../../runtime/src/internal/reserved.rs");
    }

    #[test]
    fn the_reserved_names_are_the_runtimes() {
        assert_eq!(super::BUILDER_NAMES, runtime::BUILDER_NAMES);
    }
}

/// Crates the generated code names by path (`serde::Serialize`, `futures_util::Stream`):
/// a module of the same name would shadow them.
const CRATE_NAMES: &[&str] = &[
    "std",
    "engine",
    "alloc",
    "serde",
    "serde_json",
    "futures_util",
];

/// Functions of `Client` besides the API's: top-level methods and resources must not take them.
const CLIENT_FNS: &[&str] = &["new", "builder", "batch"];

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
    let names = ResourceScopes::new(at.is_empty(), &handle, methods, resources);
    let mut lowered = Vec::new();
    for (name, method) in methods {
        let method_at = format!("{at}methods.{name}");
        let key = (METHOD, name.clone());
        let names = MethodNames {
            fn_name: names.fns[&key].clone(),
            builder: names.types[&key].clone(),
            info_static: names.statics[&key].clone(),
            upload_static: names.statics.get(&(UPLOAD, name.clone())).cloned(),
        };
        lowered.push(lower_method(
            space, &method_at, &wire_name, name, method, names,
        )?);
    }
    let mut children = Vec::new();
    for (name, child) in resources {
        let key = (RESOURCE, name.clone());
        let child_names = ResourceNames {
            wire_name: name.clone(),
            module: names.modules[name].clone(),
            accessor: names.fns[&key].clone(),
            handle: camel(name),
        };
        children.push(lower_resource(
            space,
            &format!("{at}resources.{name}."),
            child_names,
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
        feature: None,
        deprecated,
        methods: lowered,
        children,
    })
}

/// What a name in a resource's scopes belongs to; earlier kinds win a collision.
const HANDLE: u8 = 0;
const METHOD: u8 = 1;
const UPLOAD: u8 = 2;
const RESOURCE: u8 = 3;

/// The names one resource hands out, each scope decided at once (see
/// [`crate::naming::resolve`]): keyed by what they belong to and its wire name.
struct ResourceScopes {
    /// Constructors and child accessors share the handle's `impl`.
    fns: BTreeMap<(u8, String), String>,
    /// Builders and the handle share the module.
    types: BTreeMap<(u8, String), String>,
    /// The `static`s describing methods and their uploads.
    statics: BTreeMap<(u8, String), String>,
    /// Child modules, by the child's wire name.
    modules: BTreeMap<String, String>,
}

impl ResourceScopes {
    fn new(
        is_root: bool,
        handle: &str,
        methods: &BTreeMap<String, model::Method>,
        resources: &BTreeMap<String, model::Resource>,
    ) -> Self {
        let fn_reserved: &[&str] = if is_root { CLIENT_FNS } else { &[] };
        let fns = resolve(
            fn_reserved,
            methods
                .keys()
                .map(|name| ((METHOD, name.clone()), snake(name)))
                .chain(
                    resources
                        .keys()
                        .map(|name| ((RESOURCE, name.clone()), snake(name))),
                ),
        );
        let types = resolve(
            &[],
            std::iter::once(((HANDLE, String::new()), handle.to_string())).chain(
                methods
                    .keys()
                    .map(|name| ((METHOD, name.clone()), builder_name(camel(name)))),
            ),
        );
        let info = |name: &str| snake(name).trim_start_matches("r#").to_uppercase();
        let statics = resolve(
            &[],
            methods
                .keys()
                .map(|name| ((METHOD, name.clone()), info(name)))
                .chain(
                    methods
                        .iter()
                        .filter(|(_, method)| has_media_upload(method))
                        .map(|(name, _)| {
                            ((UPLOAD, name.clone()), format!("{}_UPLOAD", info(name)))
                        }),
                ),
        );
        let mut module_reserved: Vec<&str> = CRATE_NAMES.to_vec();
        if is_root {
            module_reserved.extend(ROOT_MODULES);
        }
        let modules = resolve(
            &module_reserved,
            resources.keys().map(|name| (name.clone(), snake(name))),
        );
        ResourceScopes {
            fns,
            types,
            statics,
            modules,
        }
    }
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

    // The body and the parameters share the builder's fields and setters.
    let body_key = (0u8, String::new());
    let field_names = resolve(
        BUILDER_NAMES,
        method
            .request
            .iter()
            .map(|_| (body_key.clone(), "request".to_string()))
            .chain(
                method
                    .parameters
                    .keys()
                    .map(|wire| ((1, wire.clone()), snake(wire))),
            ),
    );
    let param_name = |wire: &str| field_names[&(1, wire.to_string())].clone();
    // Inline body schemas (rare: a map of `any`) get types named after the builder.
    let hint = format!("{}{builder}", resource_hint(at));
    let request = match &method.request {
        Some(r) => Some(Body {
            name: field_names[&body_key].clone(),
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
        required_params.push(lower_param(space, at, &builder, name, p, param_name(name))?);
    }
    let mut optional_params = Vec::new();
    for (name, p) in &method.parameters {
        if !ordered.contains(&name.as_str()) {
            optional_params.push(lower_param(space, at, &builder, name, p, param_name(name))?);
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
    let request_id = super::request_id::find(required_params.iter().chain(&optional_params));
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
        // Named once the API's scopes are: see `lower::name_method_scopes`.
        scopes: method
            .scopes
            .iter()
            .map(|url| MethodScope {
                url: url.clone(),
                const_name: None,
            })
            .collect(),
        description: method.description.clone(),
        deprecated: method.deprecated == Some(true),
        pagination,
        media_upload,
        media_download: method.supports_media_download == Some(true),
        notes: Vec::new(),
        limits: Vec::new(),
        poller: None,
        request_id,
    })
}

fn lower_param(
    space: &mut TypeSpace,
    at: &str,
    builder: &str,
    wire_name: &str,
    p: &model::Parameter,
    name: String,
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
    } else if !p.enum_.is_empty() && p.reference.is_none() && p.type_.as_deref() == Some("string") {
        space.parameter_enum(&param_at, &hint, wire_name, p)?
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
        name,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_call_builder_method_is_reserved() {
        // The runtime's trait, read from its source: a method added there without being
        // listed would be shadowed by a parameter setter of the same name.
        let source = include_str!("../../../runtime/src/request/options.rs");
        let file = syn::parse_file(source).unwrap();
        let methods: Vec<String> = file
            .items
            .iter()
            .find_map(|item| match item {
                syn::Item::Trait(t) if t.ident == "CallBuilder" => Some(t),
                _ => None,
            })
            .expect("request/options.rs defines CallBuilder")
            .items
            .iter()
            .filter_map(|item| match item {
                syn::TraitItem::Fn(f) => Some(f.sig.ident.to_string()),
                _ => None,
            })
            .collect();
        assert!(methods.len() >= 9, "{methods:?}");
        for method in &methods {
            assert!(BUILDER_NAMES.contains(&method.as_str()), "{method}");
        }
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
            assert!(!BUILDER_NAMES.contains(name), "{wire} → {name}");
        }
        assert!(params.iter().any(|(w, _)| *w == "a.b"), "{params:?}");

        // And the whole crate prints as valid Rust.
        crate::emit::emit(&api, &crate::Options::default()).unwrap();
    }
    /// Every Rust name of an API, keyed by where it comes from.
    fn all_names(api: &crate::ir::Api) -> std::collections::BTreeMap<String, String> {
        fn resource(r: &Resource, at: &str, out: &mut std::collections::BTreeMap<String, String>) {
            out.insert(format!("{at} module"), r.module.clone());
            out.insert(format!("{at} accessor"), r.accessor.clone());
            for m in &r.methods {
                out.insert(format!("{} fn", m.id), m.fn_name.clone());
                out.insert(format!("{} builder", m.id), m.builder.clone());
                out.insert(format!("{} static", m.id), m.info_static.clone());
                for p in m.required_params.iter().chain(&m.optional_params) {
                    out.insert(format!("{} {}", m.id, p.wire_name), p.name.clone());
                }
            }
            for child in &r.children {
                resource(child, &format!("{at}.{}", child.wire_name), out);
            }
        }
        let mut out = std::collections::BTreeMap::new();
        for t in &api.types {
            out.insert(t.origin.clone(), t.name.clone());
            match &t.kind {
                TypeKind::Struct(s) => {
                    for f in &s.fields {
                        out.insert(format!("{}.{}", t.origin, f.wire_name), f.name.clone());
                        out.insert(
                            format!("{}.{} set", t.origin, f.wire_name),
                            f.setter.clone(),
                        );
                    }
                }
                TypeKind::Enum(e) => {
                    for v in &e.variants {
                        out.insert(format!("{} = {}", t.origin, v.wire_value), v.name.clone());
                    }
                }
                TypeKind::Alias(_) => {}
            }
        }
        for scope in &api.scopes {
            out.insert(scope.url.clone(), scope.const_name.clone());
        }
        resource(&api.root, "", &mut out);
        out
    }

    fn lowered(doc: &serde_json::Value) -> crate::ir::Api {
        let doc = crate::model::Document::parse(&doc.to_string()).unwrap();
        crate::lower::lower(&doc).unwrap()
    }

    #[test]
    fn adding_items_renames_nothing_they_do_not_collide_with() {
        let mut doc: serde_json::Value = serde_json::from_str(COLLIDING).unwrap();
        doc["schemas"]["Foo"]["properties"]["kind"] =
            serde_json::json!({"type": "string", "enum": ["image/jpeg", "IMAGE_JPEG", "B"]});
        let before = all_names(&lowered(&doc));
        let mut grown = doc.clone();
        // A schema, properties, an inline type, a value, a method, a parameter, a resource:
        // none of them wants a name an item above has.
        grown["schemas"]["Bar"] = serde_json::json!({"type": "object",
            "properties": {"x": {"type": "object", "properties": {"y": {"type": "string"}}}}});
        grown["schemas"]["Foo"]["properties"]["zeta"] = serde_json::json!({"type": "string"});
        grown["schemas"]["Foo"]["properties"]["kind"]["enum"] =
            serde_json::json!(["A", "image/jpeg", "IMAGE_JPEG", "B", "C"]);
        grown["resources"]["serde"]["methods"]["list"] = serde_json::json!(
            {"id": "x.serde.list", "path": "l", "httpMethod": "GET",
             "parameters": {"view": {"type": "string", "location": "query", "enum": ["X"]}}});
        grown["methods"]["builder"]["parameters"]["zz"] =
            serde_json::json!({"type": "string", "location": "query"});
        grown["resources"]["zebras"] = serde_json::json!({"methods": {}});
        let after = all_names(&lowered(&grown));
        for (place, name) in &before {
            assert_eq!(after.get(place), Some(name), "{place}");
        }
        assert!(after.len() > before.len() + 8, "{after:?}");
    }

    #[test]
    fn names_do_not_depend_on_the_order_values_are_listed() {
        let variants = |values: serde_json::Value| {
            let mut doc: serde_json::Value = serde_json::from_str(COLLIDING).unwrap();
            doc["schemas"]["Foo"]["properties"]["kind"] =
                serde_json::json!({"type": "string", "enum": values});
            all_names(&lowered(&doc))
                .into_iter()
                .filter(|(place, _)| place.starts_with("Foo.properties.kind ="))
                .collect::<Vec<_>>()
        };
        let listed = variants(serde_json::json!(["image/jpeg", "IMAGE_JPEG"]));
        assert_eq!(
            listed,
            [
                (
                    "Foo.properties.kind = IMAGE_JPEG".to_string(),
                    "ImageJpeg".to_string()
                ),
                (
                    "Foo.properties.kind = image/jpeg".to_string(),
                    "ImageJpeg2".to_string()
                )
            ]
        );
        assert_eq!(
            variants(serde_json::json!(["IMAGE_JPEG", "image/jpeg"])),
            listed
        );
    }
}
