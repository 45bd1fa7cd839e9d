//! The diff itself: two lowered documents → a list of classified [`Change`]s.
//!
//! Elements are matched by their wire names (resources, methods, parameters, properties,
//! enum values, scopes) and types by where they come from in the document
//! ([`TypeDef::origin`]), so a Rust name the generator hands out differently is reported as
//! a rename rather than as a removal and an addition. Classes follow the Rust items the
//! emitter prints for the IR; `docs/diff.md` lists the rules.

mod resources;
mod types;

use std::collections::BTreeMap;

use discogen::ir::{TypeDef, TypeRef};
use discogen::model::{self, Schema};

use super::report::{Change, Class, Group, Kind, RustItem};
use super::source::Loaded;

/// Every change from `old` to `new`, grouped (service, resources, schemas) and in document
/// order within a group.
pub fn compare(old: &Loaded, new: &Loaded) -> Vec<Change> {
    let mut cx = Ctx::new(old, new);
    service(&mut cx);
    resources::compare_tree(&mut cx);
    types::compare_types(&mut cx);
    let mut changes = types::attach_inline_types(cx.changes, cx.inline_types);
    changes.sort_by(|a, b| a.group.cmp(&b.group));
    changes
}

/// Both sides, with the indexes the comparisons need.
pub(crate) struct Ctx<'a> {
    pub old: &'a Loaded,
    pub new: &'a Loaded,
    /// Old Rust type name → new one, for types whose origin kept but whose name changed.
    renames: BTreeMap<String, String>,
    /// Schemas of each document by model path (`schemas.Album.properties.id`).
    pub old_schemas: BTreeMap<String, &'a Schema>,
    pub new_schemas: BTreeMap<String, &'a Schema>,
    /// Methods of each document by model path (`resources.albums.methods.get`).
    pub old_methods: BTreeMap<String, &'a model::Method>,
    pub new_methods: BTreeMap<String, &'a model::Method>,
    pub changes: Vec<Change>,
    /// Inline types added or removed, attached to the change of their property or
    /// parameter at the end when there is one.
    pub inline_types: Vec<types::InlineType>,
}

impl<'a> Ctx<'a> {
    fn new(old: &'a Loaded, new: &'a Loaded) -> Ctx<'a> {
        let new_by_origin: BTreeMap<&str, &TypeDef> = new
            .api
            .types
            .iter()
            .map(|d| (d.origin.as_str(), d))
            .collect();
        let renames = old
            .api
            .types
            .iter()
            .filter_map(|d| {
                let renamed = new_by_origin.get(d.origin.as_str())?;
                (renamed.name != d.name).then(|| (d.name.clone(), renamed.name.clone()))
            })
            .collect();
        Ctx {
            old,
            new,
            renames,
            old_schemas: schema_index(&old.doc),
            new_schemas: schema_index(&new.doc),
            old_methods: method_index(&old.doc),
            new_methods: method_index(&new.doc),
            changes: Vec::new(),
            inline_types: Vec::new(),
        }
    }

    pub fn push(&mut self, change: Change) {
        self.changes.push(change);
    }

    /// An old type in the new side's names, so a renamed type compares equal to itself (the
    /// rename is reported once, where the type is defined).
    pub fn normalize(&self, t: &TypeRef) -> TypeRef {
        match t {
            TypeRef::Named(name) => TypeRef::Named(self.renames.get(name).unwrap_or(name).clone()),
            TypeRef::Vec(inner) => TypeRef::Vec(Box::new(self.normalize(inner))),
            TypeRef::Map(inner) => TypeRef::Map(Box::new(self.normalize(inner))),
            other => other.clone(),
        }
    }
}

/// Every schema of the document, nested ones included, by the path `lower` gives them.
fn schema_index(doc: &model::Document) -> BTreeMap<String, &Schema> {
    fn walk<'a>(at: String, s: &'a Schema, out: &mut BTreeMap<String, &'a Schema>) {
        for (name, p) in &s.properties {
            walk(format!("{at}.properties.{name}"), p, out);
        }
        if let Some(items) = &s.items {
            walk(format!("{at}.items"), items, out);
        }
        if let Some(ap) = &s.additional_properties {
            walk(format!("{at}.additionalProperties"), ap, out);
        }
        out.insert(at, s);
    }
    let mut out = BTreeMap::new();
    for (name, s) in &doc.schemas {
        walk(format!("schemas.{name}"), s, &mut out);
    }
    out
}

fn method_index(doc: &model::Document) -> BTreeMap<String, &model::Method> {
    doc.all_methods()
        .into_iter()
        .map(|(resources, name, m)| (method_at(&resources, name), m))
        .collect()
}

/// `resources.albums.methods.get`, the path `lower` uses in errors and type origins.
fn method_at(resources: &[String], name: &str) -> String {
    let mut at: String = resources
        .iter()
        .map(|r| format!("resources.{r}."))
        .collect();
    at.push_str("methods.");
    at.push_str(name);
    at
}

/// A schema's type as the document states it: `string (int64)`, `array of Album`, …
/// Enum values and object properties are left out: they are compared on their own.
pub fn describe(s: &Schema) -> String {
    if let Some(r) = &s.reference {
        return r.clone();
    }
    let base = match s.type_.as_deref() {
        Some("array") => {
            return match &s.items {
                Some(items) => format!("array of {}", describe(items)),
                None => "array".into(),
            }
        }
        Some("object") | None if s.properties.is_empty() => match &s.additional_properties {
            Some(values) => return format!("map of {}", describe(values)),
            None if s.type_.is_none() => "any".to_string(),
            None => "object".to_string(),
        },
        Some(t) => t.to_string(),
        None => "object".to_string(),
    };
    let base = if s.enum_.is_empty() {
        base
    } else {
        format!("{base} enum")
    };
    match &s.format {
        Some(f) => format!("{base} ({f})"),
        None => base,
    }
}

/// Changes of the document as a whole: crate name, endpoints, scopes, descriptions.
fn service(cx: &mut Ctx) {
    let (o, n) = (&cx.old.api, &cx.new.api);
    let g = Group::service;
    let mut out = Vec::new();
    if o.crate_name != n.crate_name {
        out.push(
            Change::new(
                Class::Breaking,
                Kind::CrateRenamed,
                g(),
                "name, version",
                "the document's name or version changed, so the crate has another name",
            )
            .values(&o.crate_name, &n.crate_name)
            .rust_all(RustItem::changed(&o.crate_name, &n.crate_name)),
        );
    }
    let endpoints = [
        (
            Kind::RootUrlChanged,
            "rootUrl",
            "root_url",
            Some(&o.root_url),
            Some(&n.root_url),
        ),
        (
            Kind::ServicePathChanged,
            "servicePath",
            "service_path",
            Some(&o.service_path),
            Some(&n.service_path),
        ),
        (
            Kind::BatchPathChanged,
            "batchPath",
            "batch_path",
            o.batch_path.as_ref(),
            n.batch_path.as_ref(),
        ),
        (
            Kind::MtlsRootUrlChanged,
            "mtlsRootUrl",
            "mtls_root_url",
            o.mtls_root_url.as_ref(),
            n.mtls_root_url.as_ref(),
        ),
    ];
    for (kind, wire, field, before, after) in endpoints {
        if before == after {
            continue;
        }
        let message = match (before, after) {
            (None, _) => "set",
            (_, None) => "removed",
            _ => "changed",
        };
        // The emitter prints "" where the document says nothing.
        let rust = |v: Option<&String>| format!("API.{field}: {:?}", v.map_or("", |v| v.as_str()));
        let mut change = Change::new(Class::Compatible, kind, g(), wire, message)
            .rust_all(RustItem::changed(rust(before), rust(after)));
        change.old = before.cloned();
        change.new = after.cloned();
        out.push(change);
    }
    for (what, before, after) in [
        ("title", Some(&o.title), Some(&n.title)),
        (
            "description",
            o.description.as_ref(),
            n.description.as_ref(),
        ),
        (
            "documentationLink",
            o.documentation_link.as_ref(),
            n.documentation_link.as_ref(),
        ),
    ] {
        if let Some(c) = text_change(g(), what, what, before, after) {
            out.push(c);
        }
    }

    let old_scopes: BTreeMap<&str, _> = o.scopes.iter().map(|s| (s.url.as_str(), s)).collect();
    let new_scopes: BTreeMap<&str, _> = n.scopes.iter().map(|s| (s.url.as_str(), s)).collect();
    for (url, s) in &old_scopes {
        let location = format!("scope {url}");
        match new_scopes.get(url) {
            None => out.push(
                Change::new(
                    Class::Breaking,
                    Kind::ScopeRemoved,
                    g(),
                    location,
                    "OAuth scope removed",
                )
                .rust(RustItem::removed(super::rust::scope(s))),
            ),
            Some(ns) => {
                if ns.const_name != s.const_name {
                    out.push(
                        Change::new(
                            Class::Breaking,
                            Kind::RustNameChanged,
                            g(),
                            location.clone(),
                            "the scope's constant has another name",
                        )
                        .rust_all(RustItem::changed(
                            super::rust::scope(s),
                            super::rust::scope(ns),
                        )),
                    );
                }
                if let Some(c) = text_change(
                    g(),
                    &location,
                    "description",
                    s.description.as_ref(),
                    ns.description.as_ref(),
                ) {
                    out.push(c);
                }
            }
        }
    }
    for (url, s) in &new_scopes {
        if !old_scopes.contains_key(url) {
            out.push(
                Change::new(
                    Class::Compatible,
                    Kind::ScopeAdded,
                    g(),
                    format!("scope {url}"),
                    "OAuth scope added",
                )
                .rust(RustItem::added(super::rust::scope(s))),
            );
        }
    }
    cx.changes.extend(out);
}

/// A documentation-only change of a text (`description`, `title`…), if it changed.
pub fn text_change(
    group: Group,
    location: &str,
    what: &str,
    before: Option<&String>,
    after: Option<&String>,
) -> Option<Change> {
    // Line breaks and indentation are not worth a report.
    let norm = |s: Option<&String>| {
        s.map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default()
    };
    if norm(before) == norm(after) {
        return None;
    }
    let message = match (before.is_some(), after.is_some()) {
        (false, _) => format!("{what} added"),
        (_, false) => format!("{what} removed"),
        _ => format!("{what} changed"),
    };
    Some(
        Change::new(
            Class::Documentation,
            Kind::DescriptionChanged,
            group,
            location,
            message,
        )
        .values(norm(before), norm(after)),
    )
}

/// `Deprecated` or `Undeprecated`, if the flag changed.
pub fn deprecation_change(
    group: Group,
    location: &str,
    before: bool,
    after: bool,
    rust: Option<RustItem>,
) -> Option<Change> {
    let (kind, message) = match (before, after) {
        (false, true) => (Kind::Deprecated, "deprecated"),
        (true, false) => (Kind::Undeprecated, "no longer deprecated"),
        _ => return None,
    };
    Some(Change::new(Class::Compatible, kind, group, location, message).rust_all(rust))
}
