//! Cargo features for big APIs: one per top-level resource, so that a user of one resource
//! compiles that resource and the types it reaches, nothing else.
//!
//! An API with more than [`FEATURE_THRESHOLD`] methods gets them (Compute Engine has about
//! 800; Photos 19, Drive 60). Each top-level resource is gated by its feature (the resource's
//! wire name in kebab case: `globalOperations` → `global-operations`), and each type by the
//! features of the resources whose methods reach it, through parameters, bodies, responses
//! and fields ([`Gate::AnyOf`]). A type that a top-level method or every feature reaches is
//! always compiled; one that no method reaches, only with `full`. `full` enables every
//! feature and is the default, so the default build is the whole API, and a crate whose API
//! grows past the threshold in a later revision changes nothing for its users.

use std::collections::{BTreeMap, BTreeSet};

use heck::ToKebabCase;

use crate::ir::{Api, Gate, Method, TypeDef, TypeKind, TypeRef};
use crate::naming::{resolve, unraw};

/// An API with more methods than this gets a cargo feature per top-level resource.
pub const FEATURE_THRESHOLD: usize = 250;

/// Feature names a resource cannot take: the crate's own features.
const RESERVED_FEATURES: &[&str] = &[
    "default",
    "full",
    "webpki-roots",
    "google-cloud-auth",
    "yup-oauth2",
    "installed-app",
    "testing",
    "unstable-reqwest",
    "opentelemetry",
];

/// Gives a big API its features: the resources' and the types' gates.
pub fn assign_features(api: &mut Api) {
    if api.root.all_methods().len() <= FEATURE_THRESHOLD || api.root.children.is_empty() {
        return;
    }
    let names = resolve(
        RESERVED_FEATURES,
        api.root
            .children
            .iter()
            .map(|r| (r.wire_name.clone(), unraw(&r.wire_name).to_kebab_case())),
    );
    let defs: BTreeMap<&str, &TypeDef> = api.types.iter().map(|d| (d.name.as_str(), d)).collect();
    let mut users: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut always = BTreeSet::new();
    for m in &api.root.methods {
        reach(&defs, method_types(m), &mut always);
    }
    for child in &mut api.root.children {
        let feature = names[&child.wire_name].clone();
        let mut reached = BTreeSet::new();
        for m in child.all_methods() {
            reach(&defs, method_types(m), &mut reached);
        }
        for name in reached {
            users.entry(name).or_default().insert(feature.clone());
        }
        child.feature = Some(feature);
    }
    let all: BTreeSet<String> = names.values().cloned().collect();
    for def in &mut api.types {
        def.gate = match users.get(&def.name) {
            _ if always.contains(&def.name) => Gate::Always,
            Some(features) if *features == all => Gate::Always,
            Some(features) => Gate::AnyOf(features.iter().cloned().collect()),
            None => Gate::Full,
        };
    }
    api.features = all.into_iter().collect();
}

/// The types a method names itself: parameters, body, response.
fn method_types(m: &Method) -> Vec<TypeRef> {
    let params = m.required_params.iter().chain(&m.optional_params);
    params
        .map(|p| p.ty.clone())
        .chain(m.request.iter().map(|b| b.ty.clone()))
        .chain(m.response.iter().cloned())
        .chain(
            m.poller
                .iter()
                .filter_map(|p| p.response.clone().map(TypeRef::Named)),
        )
        .collect()
}

/// Adds to `reached` every named type `start` leads to, through fields and aliases.
fn reach(defs: &BTreeMap<&str, &TypeDef>, start: Vec<TypeRef>, reached: &mut BTreeSet<String>) {
    let mut todo = start;
    while let Some(ty) = todo.pop() {
        match ty {
            TypeRef::Vec(inner) | TypeRef::Map(inner) => todo.push(*inner),
            TypeRef::Named(name) => {
                if !reached.insert(name.clone()) {
                    continue;
                }
                match defs.get(name.as_str()).map(|d| &d.kind) {
                    Some(TypeKind::Struct(s)) => {
                        todo.extend(s.fields.iter().map(|f| f.ty.clone()));
                        todo.extend(s.additional.iter().map(|a| a.ty.clone()));
                    }
                    Some(TypeKind::Alias(target)) => todo.push(target.clone()),
                    Some(TypeKind::Enum(_)) | None => {}
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::ir::{Gate, TypeKind};

    /// A document with `resources` top-level resources of `per` methods each, sharing a
    /// `Shared` schema; resource `r0` alone uses `Only0`; `Unused` is used by nothing.
    fn big(resources: usize, per: usize) -> crate::ir::Api {
        let mut res = serde_json::Map::new();
        for r in 0..resources {
            let mut methods = serde_json::Map::new();
            for m in 0..per {
                let response = if r == 0 && m == 0 { "Only0" } else { "Shared" };
                methods.insert(
                    format!("m{m}"),
                    serde_json::json!({"id": format!("x.r{r}.m{m}"), "path": format!("r{r}/m{m}"),
                        "httpMethod": "GET", "response": {"$ref": response}}),
                );
            }
            res.insert(format!("r{r}"), serde_json::json!({ "methods": methods }));
        }
        res.insert(
            "globalOperations".into(),
            serde_json::json!({"methods": {"get": {"id": "x.g.get", "path": "g",
                "httpMethod": "GET", "response": {"$ref": "Shared"}}}}),
        );
        let doc = serde_json::json!({"name": "x", "version": "v1", "rootUrl": "https://x/",
            "servicePath": "", "resources": res,
            "schemas": {
                "Shared": {"id": "Shared", "type": "object", "properties": {
                    "inner": {"type": "object", "properties": {"a": {"type": "string"}}}}},
                "Only0": {"id": "Only0", "type": "object", "properties": {
                    "kind": {"type": "string", "enum": ["A", "B"]}}},
                "Unused": {"id": "Unused", "type": "object", "properties": {}}}});
        let doc = crate::model::Document::parse(&doc.to_string()).unwrap();
        crate::lower::lower(&doc).unwrap()
    }

    fn gate(api: &crate::ir::Api, name: &str) -> Gate {
        api.types
            .iter()
            .find(|t| t.name == name)
            .unwrap()
            .gate
            .clone()
    }

    #[test]
    fn a_small_api_has_no_features() {
        let api = big(2, 10);
        assert!(api.features.is_empty());
        assert!(api.types.iter().all(|t| t.gate == Gate::Always));
        assert!(api.root.children.iter().all(|r| r.feature.is_none()));
    }

    #[test]
    fn a_big_api_gates_resources_and_the_types_they_reach() {
        let api = big(3, 90);
        assert_eq!(api.features, ["global-operations", "r0", "r1", "r2"]);
        let features: Vec<Option<&str>> = api
            .root
            .children
            .iter()
            .map(|r| r.feature.as_deref())
            .collect();
        assert_eq!(
            features,
            [
                Some("global-operations"),
                Some("r0"),
                Some("r1"),
                Some("r2")
            ]
        );
        // Used by every resource: always there.
        assert_eq!(gate(&api, "Shared"), Gate::Always);
        assert_eq!(gate(&api, "SharedInner"), Gate::Always);
        // Used by `r0` alone, with the enum inside it.
        assert_eq!(gate(&api, "Only0"), Gate::AnyOf(vec!["r0".into()]));
        assert_eq!(gate(&api, "Only0Kind"), Gate::AnyOf(vec!["r0".into()]));
        assert!(matches!(
            api.types
                .iter()
                .find(|t| t.name == "Only0Kind")
                .unwrap()
                .kind,
            TypeKind::Enum(_)
        ));
        assert_eq!(gate(&api, "Unused"), Gate::Full);
    }
}
