//! Schemas and the types `lower` makes of them: structs and their fields, enums and their
//! values, aliases.

use std::collections::BTreeMap;

use std::collections::BTreeSet;

use discogen::ir::{Enum, Field, Gate, Struct, TypeDef, TypeKind};

use super::{deprecation_change, describe, text_change, Ctx};
use crate::diff::report::{Change, Class, Group, Kind, RustItem};
use crate::diff::rust;

/// An inline type (an enum or object defined inside a property or parameter) that appeared
/// or went: it belongs to the change of the property or parameter that holds it.
pub struct InlineType {
    /// Model path of the property or parameter holding it.
    owner_key: String,
    added: bool,
    group: Group,
    location: String,
    item: String,
}

pub fn compare_types(cx: &mut Ctx) {
    let old: BTreeMap<&str, &TypeDef> = cx
        .old
        .api
        .types
        .iter()
        .map(|d| (d.origin.as_str(), d))
        .collect();
    let new: BTreeMap<&str, &TypeDef> = cx
        .new
        .api
        .types
        .iter()
        .map(|d| (d.origin.as_str(), d))
        .collect();
    for (origin, od) in &old {
        if let Some(nd) = new.get(origin) {
            compare_def(cx, (origin, od), (origin, nd));
        }
    }
    // A type that moved in the document but kept its Rust name (an inline enum that became
    // a schema of the same name, say) is the same Rust type: compare it as one.
    let new_only: Vec<(&str, &TypeDef)> = new
        .iter()
        .filter(|(origin, _)| !old.contains_key(*origin))
        .map(|(o, d)| (*o, *d))
        .collect();
    let mut paired = Vec::new();
    for (origin, od) in old.iter().filter(|(origin, _)| !new.contains_key(*origin)) {
        match new_only.iter().find(|(_, nd)| nd.name == od.name) {
            Some(&(new_origin, nd)) => {
                paired.push(new_origin);
                compare_def(cx, (origin, od), (new_origin, nd));
            }
            None => added_or_removed(cx, origin, od, false),
        }
    }
    for (origin, nd) in new_only {
        if !paired.contains(&origin) {
            added_or_removed(cx, origin, nd, true);
        }
    }
}

/// Whether the origin is a top-level schema rather than a type made for a property or a
/// parameter.
fn is_schema(origin: &str) -> bool {
    !origin.contains('.')
}

/// Where changes of a type are listed, and how its location reads:
/// `Album`, `MediaTypeFilter.mediaTypes[]`, `Labels.*`, `albums.list parameter view`.
fn place(origin: &str) -> (Group, String) {
    let tokens: Vec<&str> = origin.split('.').collect();
    if matches!(tokens.first(), Some(&"resources") | Some(&"methods")) {
        // resources.a.resources.b.methods.m.parameters.p
        let mut resource = Vec::new();
        let mut rest = String::new();
        let mut i = 0;
        while i + 1 < tokens.len() {
            match tokens[i] {
                "resources" => resource.push(tokens[i + 1]),
                "methods" => rest.push_str(tokens[i + 1]),
                "parameters" => rest.push_str(&format!(" parameter {}", tokens[i + 1])),
                _ => {}
            }
            i += 2;
        }
        let path = resource.join(".");
        let location = if path.is_empty() {
            rest
        } else {
            format!("{path}.{rest}")
        };
        return (Group::resource(&path), location);
    }
    let mut location = tokens[0].to_string();
    let mut i = 1;
    while i < tokens.len() {
        match tokens[i] {
            "properties" if i + 1 < tokens.len() => {
                location.push('.');
                location.push_str(tokens[i + 1]);
                i += 1;
            }
            "items" => location.push_str("[]"),
            "additionalProperties" => location.push_str(".*"),
            other => {
                location.push('.');
                location.push_str(other);
            }
        }
        i += 1;
    }
    (Group::schema(tokens[0]), location)
}

/// Model path of the property or parameter an inline type was made for.
fn owner_key(origin: &str) -> String {
    let mut key = origin;
    loop {
        if let Some(k) = key.strip_suffix(".items") {
            key = k;
        } else if let Some(k) = key.strip_suffix(".additionalProperties") {
            key = k;
        } else {
            break;
        }
    }
    if key.starts_with("resources.") || key.starts_with("methods.") {
        key.to_string()
    } else {
        format!("schemas.{key}")
    }
}

fn added_or_removed(cx: &mut Ctx, origin: &str, def: &TypeDef, added: bool) {
    let (group, location) = place(origin);
    let item = rust::type_def(def);
    if !is_schema(origin) {
        cx.inline_types.push(InlineType {
            owner_key: owner_key(origin),
            added,
            group,
            location,
            item,
        });
        return;
    }
    let change = if added {
        Change::new(
            Class::Compatible,
            Kind::SchemaAdded,
            group,
            location,
            "schema added",
        )
        .rust(RustItem::added(item))
        .key(format!("schemas.{origin}"))
    } else {
        Change::new(
            Class::Breaking,
            Kind::SchemaRemoved,
            group,
            location,
            "schema removed",
        )
        .rust(RustItem::removed(item))
        .key(format!("schemas.{origin}"))
    };
    cx.push(change);
}

/// Adds each inline type to the change of its property or parameter (or of the schema,
/// method or resource that brought it), or reports it on its own when none changed.
pub fn attach_inline_types(mut changes: Vec<Change>, inline: Vec<InlineType>) -> Vec<Change> {
    for t in inline {
        let item = if t.added {
            RustItem::added(&t.item)
        } else {
            RustItem::removed(&t.item)
        };
        // The property or parameter itself, else the nearest enclosing element that was
        // added or removed (a new schema, method or resource brings its inline types along).
        let owner = key_and_parents(&t.owner_key)
            .find_map(|key| changes.iter().position(|c| c.key.as_deref() == Some(key)));
        if let Some(i) = owner {
            changes[i].rust.push(item);
            continue;
        }
        let change = if t.added {
            Change::new(
                Class::Compatible,
                Kind::SchemaAdded,
                t.group,
                t.location,
                "type added",
            )
        } else {
            Change::new(
                Class::Breaking,
                Kind::SchemaRemoved,
                t.group,
                t.location,
                "type removed",
            )
        };
        changes.push(change.rust(item));
    }
    changes
}

/// `a.b.c`, `a.b`, `a`.
fn key_and_parents(key: &str) -> impl Iterator<Item = &str> {
    std::iter::successors(Some(key), |k| k.rfind('.').map(|i| &k[..i]))
}

fn compare_def(cx: &mut Ctx, (old_origin, od): (&str, &TypeDef), (origin, nd): (&str, &TypeDef)) {
    let (group, location) = place(origin);
    if od.name != nd.name {
        cx.push(
            Change::new(
                Class::Breaking,
                Kind::RustNameChanged,
                group.clone(),
                &location,
                "the type has another Rust name",
            )
            .values(&od.name, &nd.name)
            .rust_all(RustItem::changed(rust::type_def(od), rust::type_def(nd))),
        );
    }
    gate_change(cx, &group, &location, od, nd);
    if is_schema(old_origin) && is_schema(origin) {
        // An inline type's docs and deprecation are its property's, reported there.
        cx.changes.extend(deprecation_change(
            group.clone(),
            &location,
            od.deprecated,
            nd.deprecated,
            None,
        ));
        cx.changes.extend(text_change(
            group.clone(),
            &location,
            "description",
            od.description.as_ref(),
            nd.description.as_ref(),
        ));
    }
    match (&od.kind, &nd.kind) {
        (TypeKind::Struct(a), TypeKind::Struct(b)) => {
            compare_struct(cx, &group, &location, (old_origin, od, a), (origin, nd, b))
        }
        (TypeKind::Enum(a), TypeKind::Enum(b)) => {
            compare_enum(cx, &group, &location, (od, a), (nd, b))
        }
        (TypeKind::Alias(a), TypeKind::Alias(b)) => {
            if cx.normalize(a) != *b {
                cx.push(
                    Change::new(
                        Class::Breaking,
                        Kind::SchemaTypeChanged,
                        group,
                        location,
                        "the type it names changed",
                    )
                    .values(rust::ty(a), rust::ty(b))
                    .rust_all(RustItem::changed(rust::type_def(od), rust::type_def(nd))),
                );
            }
        }
        _ => cx.push(
            Change::new(
                Class::Breaking,
                Kind::SchemaTypeChanged,
                group,
                location,
                "became another kind of type",
            )
            .values(rust::type_def(od), rust::type_def(nd))
            .rust_all(RustItem::changed(rust::type_def(od), rust::type_def(nd))),
        ),
    }
}

/// The cargo features that compile a type: `None` for every build (no feature needed).
fn enabling(gate: &Gate) -> Option<BTreeSet<&str>> {
    match gate {
        Gate::Always => None,
        // `full` enables every resource feature.
        Gate::AnyOf(features) => Some(
            features
                .iter()
                .map(String::as_str)
                .chain(["full"])
                .collect(),
        ),
        Gate::Full => Some(BTreeSet::from(["full"])),
    }
}

/// A feature that compiled the type and no longer does breaks builds with only that feature;
/// one more feature that compiles it is compatible.
fn gate_change(cx: &mut Ctx, group: &Group, location: &str, od: &TypeDef, nd: &TypeDef) {
    let (old, new) = (enabling(&od.gate), enabling(&nd.gate));
    let (narrowed, widened) = match (&old, &new) {
        (None, None) => return,
        (None, Some(_)) => (true, false),
        (Some(_), None) => (false, true),
        (Some(old), Some(new)) => (!old.is_subset(new), !new.is_subset(old)),
    };
    let show = |set: &Option<BTreeSet<&str>>| match set {
        None => "every build".to_string(),
        Some(features) => features.iter().copied().collect::<Vec<_>>().join(", "),
    };
    let item = || RustItem::changed(rust::type_def(od), rust::type_def(nd));
    if narrowed {
        cx.push(
            Change::new(
                Class::Breaking,
                Kind::TypeFeaturesNarrowed,
                group.clone(),
                location,
                "fewer cargo features compile the type",
            )
            .values(show(&old), show(&new))
            .rust_all(item()),
        );
    } else if widened {
        cx.push(
            Change::new(
                Class::Compatible,
                Kind::TypeFeaturesWidened,
                group.clone(),
                location,
                "more cargo features compile the type",
            )
            .values(show(&old), show(&new))
            .rust_all(item()),
        );
    }
}

fn compare_struct(
    cx: &mut Ctx,
    group: &Group,
    location: &str,
    (old_origin, od, a): (&str, &TypeDef, &Struct),
    (origin, nd, b): (&str, &TypeDef, &Struct),
) {
    let key = |wire: &str| format!("schemas.{origin}.properties.{wire}");
    let old_type = |wire: &str| {
        let key = format!("schemas.{old_origin}.properties.{wire}");
        cx.old_schemas
            .get(&key)
            .map(|s| describe(s))
            .unwrap_or_default()
    };
    let new_type = |wire: &str| {
        cx.new_schemas
            .get(&key(wire))
            .map(|s| describe(s))
            .unwrap_or_default()
    };
    // Structs are `non_exhaustive` and built with `Default` and setters: a new field, even
    // one that is not an `Option`, breaks nobody.
    let added_message = |required: bool| {
        if required {
            "required property added (not an `Option`; `Default` fills it)"
        } else {
            "property added"
        }
    };
    let mut out = Vec::new();
    for of in &a.fields {
        let loc = format!("{location}.{}", of.wire_name);
        let old_ty = old_type(&of.wire_name);
        let Some(nf) = b.fields.iter().find(|f| f.wire_name == of.wire_name) else {
            out.push(
                Change::new(
                    Class::Breaking,
                    Kind::PropertyRemoved,
                    group.clone(),
                    loc,
                    "property removed",
                )
                .old_value(old_ty)
                .rust(RustItem::removed(rust::field(&od.name, of)))
                .rust_all(
                    rust::setters(&od.name, of)
                        .into_iter()
                        .map(RustItem::removed),
                )
                .key(key(&of.wire_name)),
            );
            continue;
        };
        let new_ty = new_type(&nf.wire_name);
        out.extend(compare_field(
            cx,
            group,
            &loc,
            (od, of, &old_ty),
            (nd, nf, &new_ty),
            key(&of.wire_name),
        ));
    }
    for nf in &b.fields {
        if a.fields.iter().any(|f| f.wire_name == nf.wire_name) {
            continue;
        }
        out.push(
            Change::new(
                Class::Compatible,
                Kind::PropertyAdded,
                group.clone(),
                format!("{location}.{}", nf.wire_name),
                added_message(nf.required),
            )
            .new_value(new_type(&nf.wire_name))
            .rust(RustItem::added(rust::field(&nd.name, nf)))
            .rust_all(rust::setters(&nd.name, nf).into_iter().map(RustItem::added))
            .key(key(&nf.wire_name)),
        );
    }
    let loc = format!("{location}.*");
    let map_key = format!("schemas.{origin}.additionalProperties");
    match (&a.additional, &b.additional) {
        (None, Some(extra)) => out.push(
            Change::new(
                Class::Compatible,
                Kind::PropertyAdded,
                group.clone(),
                loc,
                format!("{} (additionalProperties)", added_message(false)),
            )
            .rust(RustItem::added(rust::additional(
                &nd.name,
                &extra.name,
                &extra.ty,
            )))
            .rust(RustItem::added(rust::additional_setter(
                &nd.name,
                &extra.setter,
                &extra.ty,
            )))
            .key(map_key),
        ),
        (Some(extra), None) => out.push(
            Change::new(
                Class::Breaking,
                Kind::PropertyRemoved,
                group.clone(),
                loc,
                "additionalProperties removed",
            )
            .rust(RustItem::removed(rust::additional(
                &od.name,
                &extra.name,
                &extra.ty,
            )))
            .rust(RustItem::removed(rust::additional_setter(
                &od.name,
                &extra.setter,
                &extra.ty,
            )))
            .key(map_key),
        ),
        (Some(x), Some(y)) => {
            let before = rust::additional(&od.name, &x.name, &cx.normalize(&x.ty));
            if let Some(item) =
                RustItem::changed(before, rust::additional(&nd.name, &y.name, &y.ty))
            {
                out.push(
                    Change::new(
                        Class::Breaking,
                        Kind::PropertyTypeChanged,
                        group.clone(),
                        loc,
                        "type of additionalProperties changed",
                    )
                    .values(rust::ty(&x.ty), rust::ty(&y.ty))
                    .rust(item)
                    .key(map_key),
                );
            }
        }
        (None, None) => {}
    }
    cx.changes.extend(out);
}

fn compare_field(
    cx: &Ctx,
    group: &Group,
    loc: &str,
    (od, of, old_ty): (&TypeDef, &Field, &str),
    (nd, nf, new_ty): (&TypeDef, &Field, &str),
    key: String,
) -> Vec<Change> {
    let g = || group.clone();
    let mut out = Vec::new();
    // The field and its setters, paired by role: a setter that comes or goes (an `Option`
    // gained or lost) is added or removed.
    let changed = || {
        let old_setters = rust::setters(&od.name, of);
        let new_setters = rust::setters(&nd.name, nf);
        let mut items: Vec<RustItem> =
            RustItem::changed(rust::field(&od.name, of), rust::field(&nd.name, nf))
                .into_iter()
                .collect();
        for i in 0..old_setters.len().max(new_setters.len()) {
            match (old_setters.get(i), new_setters.get(i)) {
                (Some(before), Some(after)) => {
                    items.extend(RustItem::changed(before.clone(), after.clone()))
                }
                (Some(before), None) => items.push(RustItem::removed(before.clone())),
                (None, Some(after)) => items.push(RustItem::added(after.clone())),
                (None, None) => {}
            }
        }
        items
    };
    if of.name != nf.name {
        out.push(
            Change::new(
                Class::Breaking,
                Kind::RustNameChanged,
                g(),
                loc,
                "the field has another Rust name",
            )
            .rust_all(changed()),
        );
    }
    let normalized = Field {
        ty: cx.normalize(&of.ty),
        ..of.clone()
    };
    let same_type = normalized.ty == nf.ty && normalized.boxed == nf.boxed;
    if same_type && of.required != nf.required {
        let (kind, message) = if nf.required {
            (
                Kind::PropertyMadeRequired,
                "made required: no longer an `Option`",
            )
        } else {
            (Kind::PropertyMadeOptional, "made optional: now an `Option`")
        };
        out.push(
            Change::new(Class::Breaking, kind, g(), loc, message)
                .rust_all(changed())
                .key(&key),
        );
    } else if rust::field_ty(&normalized) != rust::field_ty(nf) {
        let (before, after) = if old_ty == new_ty {
            (rust::field_ty(of), rust::field_ty(nf))
        } else {
            (old_ty.to_string(), new_ty.to_string())
        };
        out.push(
            Change::new(
                Class::Breaking,
                Kind::PropertyTypeChanged,
                g(),
                loc,
                "type changed",
            )
            .values(before, after)
            .rust_all(changed())
            .key(&key),
        );
    } else if old_ty != new_ty {
        out.push(
            Change::new(
                Class::Compatible,
                Kind::PropertyTypeChanged,
                g(),
                loc,
                format!(
                    "format changed; the Rust type stays `{}`",
                    rust::field_ty(nf)
                ),
            )
            .values(old_ty, new_ty)
            .key(&key),
        );
    }
    if of.read_only != nf.read_only {
        let message = if nf.read_only {
            "now output only"
        } else {
            "no longer output only"
        };
        out.push(Change::new(
            Class::Documentation,
            Kind::PropertyReadOnlyChanged,
            g(),
            loc,
            message,
        ));
    }
    if of.required_by != nf.required_by {
        let show = |v: &[String]| {
            if v.is_empty() {
                "none".to_string()
            } else {
                v.join(", ")
            }
        };
        out.push(
            Change::new(
                Class::Compatible,
                Kind::PropertyRequiredByChanged,
                g(),
                loc,
                "methods whose requests must set it changed",
            )
            .values(show(&of.required_by), show(&nf.required_by)),
        );
    }
    out.extend(deprecation_change(
        g(),
        loc,
        of.deprecated,
        nf.deprecated,
        None,
    ));
    out.extend(text_change(
        g(),
        loc,
        "description",
        of.description.as_ref(),
        nf.description.as_ref(),
    ));
    out
}

fn compare_enum(
    cx: &mut Ctx,
    group: &Group,
    location: &str,
    (od, a): (&TypeDef, &Enum),
    (nd, b): (&TypeDef, &Enum),
) {
    let mut out = Vec::new();
    for ov in &a.variants {
        let loc = format!("{location} value {}", ov.wire_value);
        let Some(nv) = b.variants.iter().find(|v| v.wire_value == ov.wire_value) else {
            out.push(
                Change::new(
                    Class::Breaking,
                    Kind::EnumValueRemoved,
                    group.clone(),
                    loc,
                    "enum value removed",
                )
                .rust(RustItem::removed(rust::variant(&od.name, ov))),
            );
            continue;
        };
        if ov.name != nv.name {
            out.push(
                Change::new(
                    Class::Breaking,
                    Kind::RustNameChanged,
                    group.clone(),
                    &loc,
                    "the variant has another Rust name",
                )
                .rust_all(RustItem::changed(
                    rust::variant(&od.name, ov),
                    rust::variant(&nd.name, nv),
                )),
            );
        }
        out.extend(deprecation_change(
            group.clone(),
            &loc,
            ov.deprecated,
            nv.deprecated,
            None,
        ));
        out.extend(text_change(
            group.clone(),
            &loc,
            "description",
            ov.description.as_ref(),
            nv.description.as_ref(),
        ));
    }
    for nv in &b.variants {
        if !a.variants.iter().any(|v| v.wire_value == nv.wire_value) {
            out.push(
                Change::new(
                    Class::Compatible,
                    Kind::EnumValueAdded,
                    group.clone(),
                    format!("{location} value {}", nv.wire_value),
                    "enum value added",
                )
                .rust(RustItem::added(rust::variant(&nd.name, nv))),
            );
        }
    }
    if a.unknown_variant != b.unknown_variant {
        out.push(
            Change::new(
                Class::Breaking,
                Kind::RustNameChanged,
                group.clone(),
                location,
                "the catch-all variant has another name",
            )
            .rust_all(RustItem::changed(
                format!("{}::{}(String)", od.name, a.unknown_variant),
                format!("{}::{}(String)", nd.name, b.unknown_variant),
            )),
        );
    }
    cx.changes.extend(out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_read_like_the_document() {
        assert_eq!(place("Album").1, "Album");
        assert_eq!(
            place("MediaTypeFilter.properties.mediaTypes.items").1,
            "MediaTypeFilter.mediaTypes[]"
        );
        assert_eq!(
            place("A.properties.items.additionalProperties").1,
            "A.items.*"
        );
        let (group, location) = place("resources.albums.resources.x.methods.list.parameters.view");
        assert_eq!(group, Group::resource("albums.x"));
        assert_eq!(location, "albums.x.list parameter view");
        assert_eq!(place("methods.get.parameters.view").1, "get parameter view");
    }

    #[test]
    fn inline_types_belong_to_their_property() {
        assert_eq!(
            owner_key("MediaTypeFilter.properties.mediaTypes.items"),
            "schemas.MediaTypeFilter.properties.mediaTypes"
        );
        assert_eq!(
            owner_key("resources.albums.methods.list.parameters.view"),
            "resources.albums.methods.list.parameters.view"
        );
    }
}
