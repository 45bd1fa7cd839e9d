//! Resources, methods and their parameters.

use std::collections::BTreeSet;

use discogen::emit::path_template;
use discogen::ir::{
    MediaUpload, Method, PageToken, Pagination, Param, ParamLocation, Resource, TypeRef,
};

use super::{deprecation_change, describe, method_at, text_change, Ctx};
use crate::diff::report::{Change, Class, Group, Kind, RustItem};
use crate::diff::rust::{self, Place};

pub fn compare_tree(cx: &mut Ctx) {
    let (old, new) = (&cx.old.api.root, &cx.new.api.root);
    compare_resource(cx, old, new, &Place::root(), &Place::root(), &[]);
}

fn compare_resource(
    cx: &mut Ctx,
    old: &Resource,
    new: &Resource,
    op: &Place,
    np: &Place,
    path: &[String],
) {
    for om in &old.methods {
        match new.methods.iter().find(|m| m.wire_name == om.wire_name) {
            Some(nm) => compare_method(cx, om, nm, op, np, path),
            None => cx.push(
                Change::new(
                    Class::Breaking,
                    Kind::MethodRemoved,
                    Group::resource(&op.wire),
                    op.method_location(&om.wire_name),
                    "method removed",
                )
                .old_value(endpoint(om))
                .rust(RustItem::removed(rust::constructor(op, om)))
                .key(method_at(path, &om.wire_name)),
            ),
        }
    }
    for nm in &new.methods {
        if !old.methods.iter().any(|m| m.wire_name == nm.wire_name) {
            cx.push(
                Change::new(
                    Class::Compatible,
                    Kind::MethodAdded,
                    Group::resource(&np.wire),
                    np.method_location(&nm.wire_name),
                    "method added",
                )
                .new_value(endpoint(nm))
                .rust(RustItem::added(rust::constructor(np, nm)))
                .key(method_at(path, &nm.wire_name)),
            );
        }
    }
    for oc in &old.children {
        let ocp = op.child(oc);
        match new.children.iter().find(|c| c.wire_name == oc.wire_name) {
            Some(nc) => {
                let ncp = np.child(nc);
                let group = Group::resource(&ncp.wire);
                let (before, after) = (rust::accessor(op, &ocp, oc), rust::accessor(np, &ncp, nc));
                if let Some(item) = RustItem::changed(&before, &after) {
                    cx.push(
                        Change::new(
                            Class::Breaking,
                            Kind::RustNameChanged,
                            group.clone(),
                            &ncp.wire,
                            "the resource's module, handle or accessor has another name",
                        )
                        .rust(item),
                    );
                }
                let deprecated = RustItem::changed(
                    deprecated_attr(oc.deprecated, &before),
                    deprecated_attr(nc.deprecated, &after),
                );
                if let Some(c) =
                    deprecation_change(group, &ncp.wire, oc.deprecated, nc.deprecated, deprecated)
                {
                    cx.push(c);
                }
                let mut child_path = path.to_vec();
                child_path.push(oc.wire_name.clone());
                compare_resource(cx, oc, nc, &ocp, &ncp, &child_path);
            }
            None => cx.push(
                Change::new(
                    Class::Breaking,
                    Kind::ResourceRemoved,
                    Group::resource(&ocp.wire),
                    &ocp.wire,
                    format!("resource removed{}", contents(oc)),
                )
                .rust(RustItem::removed(rust::accessor(op, &ocp, oc)))
                .key(resource_at(path, &oc.wire_name)),
            ),
        }
    }
    for nc in &new.children {
        if !old.children.iter().any(|c| c.wire_name == nc.wire_name) {
            let ncp = np.child(nc);
            cx.push(
                Change::new(
                    Class::Compatible,
                    Kind::ResourceAdded,
                    Group::resource(&ncp.wire),
                    &ncp.wire,
                    format!("resource added{}", contents(nc)),
                )
                .rust(RustItem::added(rust::accessor(np, &ncp, nc)))
                .key(resource_at(path, &nc.wire_name)),
            );
        }
    }
}

/// `resources.a.resources.b`: the model path of a child resource.
fn resource_at(path: &[String], name: &str) -> String {
    let mut at: String = path.iter().map(|r| format!("resources.{r}.")).collect();
    at.push_str("resources.");
    at.push_str(name);
    at
}

/// ` with methods a, b and resources c` for a resource reported as a whole.
fn contents(r: &Resource) -> String {
    let mut parts = Vec::new();
    if !r.methods.is_empty() {
        let names: Vec<&str> = r.methods.iter().map(|m| m.wire_name.as_str()).collect();
        parts.push(format!("methods {}", names.join(", ")));
    }
    if !r.children.is_empty() {
        let names: Vec<&str> = r.children.iter().map(|c| c.wire_name.as_str()).collect();
        parts.push(format!("resources {}", names.join(", ")));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" (with {})", parts.join(" and "))
    }
}

fn deprecated_attr(deprecated: bool, item: &str) -> String {
    if deprecated {
        format!("#[deprecated] {item}")
    } else {
        item.to_string()
    }
}

/// `GET v1/albums/{+albumId}`.
fn endpoint(m: &Method) -> String {
    format!("{} {}", m.http_method.as_str(), path_template(&m.path))
}

fn compare_method(cx: &mut Ctx, om: &Method, nm: &Method, op: &Place, np: &Place, path: &[String]) {
    let group = || Group::resource(&np.wire);
    let location = np.method_location(&nm.wire_name);
    let at = method_at(path, &nm.wire_name);
    let (old_ctor, new_ctor) = (rust::constructor(op, om), rust::constructor(np, nm));
    let ctor_changed = || RustItem::changed(&old_ctor, &new_ctor);
    let mut out = Vec::new();

    if om.fn_name != nm.fn_name || om.builder != nm.builder {
        out.push(
            Change::new(
                Class::Breaking,
                Kind::RustNameChanged,
                group(),
                &location,
                "the method's constructor or request builder has another name",
            )
            .rust_all(ctor_changed()),
        );
    }
    if om.http_method != nm.http_method {
        out.push(
            Change::new(
                Class::Breaking,
                Kind::HttpMethodChanged,
                group(),
                &location,
                "HTTP method changed",
            )
            .values(om.http_method.as_str(), nm.http_method.as_str()),
        );
    }
    if path_template(&om.path) != path_template(&nm.path) {
        out.push(
            Change::new(
                Class::Compatible,
                Kind::PathChanged,
                group(),
                &location,
                "path changed",
            )
            .values(path_template(&om.path), path_template(&nm.path)),
        );
    }
    let old_request = om.request.as_ref().map(|b| cx.normalize(&b.ty));
    let new_request = nm.request.as_ref().map(|b| b.ty.clone());
    if old_request != new_request {
        let message = match (&old_request, &new_request) {
            (None, _) => "request body added",
            (_, None) => "request body removed",
            _ => "request body type changed",
        };
        let show = |t: Option<&discogen::ir::Body>| {
            t.map_or_else(|| "none".to_string(), |b| rust::ty(&b.ty))
        };
        out.push(
            Change::new(
                Class::Breaking,
                Kind::RequestChanged,
                group(),
                &location,
                message,
            )
            .values(show(om.request.as_ref()), show(nm.request.as_ref()))
            .rust_all(ctor_changed()),
        );
    }
    let old_response = om.response.as_ref().map(|t| cx.normalize(t));
    if old_response != nm.response {
        let show = |t: Option<&discogen::ir::TypeRef>| t.map_or_else(|| "none".into(), rust::ty);
        out.push(
            Change::new(
                Class::Breaking,
                Kind::ResponseChanged,
                group(),
                &location,
                "response type changed",
            )
            .values(show(om.response.as_ref()), show(nm.response.as_ref()))
            .rust_all(RustItem::changed(rust::send(op, om), rust::send(np, nm))),
        );
    }
    let old_scopes: BTreeSet<&String> = om.scopes.iter().map(|s| &s.url).collect();
    let new_scopes: BTreeSet<&String> = nm.scopes.iter().map(|s| &s.url).collect();
    for s in old_scopes.difference(&new_scopes) {
        out.push(Change::new(
            Class::Breaking,
            Kind::MethodScopeRemoved,
            group(),
            format!("{location} scope {s}"),
            "scope removed: callers authorized only by it are refused",
        ));
    }
    for s in new_scopes.difference(&old_scopes) {
        out.push(Change::new(
            Class::Compatible,
            Kind::MethodScopeAdded,
            group(),
            format!("{location} scope {s}"),
            "scope added",
        ));
    }
    media(&mut out, group(), &location, (om, op), (nm, np));
    pagination(cx, &mut out, group(), &location, (om, op), (nm, np));
    poller(cx, &mut out, group(), &location, (om, op), (nm, np));
    let deprecated = RustItem::changed(
        deprecated_attr(om.deprecated, &old_ctor),
        deprecated_attr(nm.deprecated, &new_ctor),
    );
    out.extend(deprecation_change(
        group(),
        &location,
        om.deprecated,
        nm.deprecated,
        deprecated,
    ));
    out.extend(text_change(
        group(),
        &location,
        "description",
        om.description.as_ref(),
        nm.description.as_ref(),
    ));
    cx.changes.extend(out);
    parameters(cx, &at, &location, (om, op), (nm, np));
}

fn media(
    out: &mut Vec<Change>,
    group: Group,
    location: &str,
    (om, op): (&Method, &Place),
    (nm, np): (&Method, &Place),
) {
    // The emitter gives a builder `upload` when the method has a simple-upload endpoint.
    let upload_fn = |m: &Method, p: &Place| {
        m.media_upload
            .as_ref()
            .and_then(|u| u.simple_path.as_ref())
            .map(|_| rust::upload(p, m))
    };
    let (old_fn, new_fn) = (upload_fn(om, op), upload_fn(nm, np));
    match (&om.media_upload, &nm.media_upload) {
        (None, Some(u)) => out.push(
            Change::new(
                Class::Compatible,
                Kind::MediaUploadAdded,
                group.clone(),
                location,
                "media upload supported",
            )
            .new_value(upload(u))
            .rust_all(new_fn.map(RustItem::added)),
        ),
        (Some(u), None) => out.push(
            Change::new(
                Class::Breaking,
                Kind::MediaUploadRemoved,
                group.clone(),
                location,
                "media upload no longer supported",
            )
            .old_value(upload(u))
            .rust_all(old_fn.map(RustItem::removed)),
        ),
        (Some(a), Some(b)) if upload(a) != upload(b) => {
            let (class, rust) = match (old_fn, new_fn) {
                (Some(f), None) => (Class::Breaking, Some(RustItem::removed(f))),
                (None, Some(f)) => (Class::Compatible, Some(RustItem::added(f))),
                _ => (Class::Compatible, None),
            };
            out.push(
                Change::new(
                    class,
                    Kind::MediaUploadChanged,
                    group.clone(),
                    location,
                    "media upload changed",
                )
                .values(upload(a), upload(b))
                .rust_all(rust),
            )
        }
        _ => {}
    }
    match (om.media_download, nm.media_download) {
        (false, true) => out.push(
            Change::new(
                Class::Compatible,
                Kind::MediaDownloadAdded,
                group,
                location,
                "media download supported",
            )
            .rust(RustItem::added(rust::download(np, nm))),
        ),
        (true, false) => out.push(
            Change::new(
                Class::Breaking,
                Kind::MediaDownloadRemoved,
                group,
                location,
                "media download no longer supported",
            )
            .rust(RustItem::removed(rust::download(op, om))),
        ),
        _ => {}
    }
}

/// `accept image/*; max 10485760 bytes; simple /upload/…; resumable /resumable/…; with metadata`.
fn upload(u: &MediaUpload) -> String {
    let mut parts = Vec::new();
    if !u.accept.is_empty() {
        parts.push(format!("accept {}", u.accept.join(", ")));
    }
    if let Some(max) = u.max_size {
        parts.push(format!("max {max} bytes"));
    }
    if let Some(p) = &u.simple_path {
        parts.push(format!("simple {}", path_template(p)));
    }
    if let Some(p) = &u.resumable_path {
        parts.push(format!("resumable {}", path_template(p)));
    }
    if u.with_metadata {
        parts.push("with metadata".into());
    }
    parts.join("; ")
}

/// `poller()`: gained (compatible), lost or yielding another type (breaking).
fn poller(
    cx: &Ctx,
    out: &mut Vec<Change>,
    group: Group,
    location: &str,
    (om, op): (&Method, &Place),
    (nm, np): (&Method, &Place),
) {
    // What `until_done()` yields: the operation's typed `response`, else the operation.
    let yields = |m: &Method| -> Option<TypeRef> {
        let poller = m.poller.as_ref()?;
        match &poller.response {
            Some(name) => Some(TypeRef::Named(name.clone())),
            None => m.response.clone(),
        }
    };
    let signature = |place: &Place, m: &Method| yields(m).map(|t| rust::poller(place, m, &t));
    let (change, kind, text) = match (yields(om), yields(nm)) {
        (None, Some(_)) => (
            Class::Compatible,
            Kind::PollerAdded,
            "now waits on long-running work",
        ),
        (Some(_), None) => (Class::Breaking, Kind::PollerRemoved, "poller() is gone"),
        (Some(a), Some(b)) if cx.normalize(&a) != b => (
            Class::Breaking,
            Kind::PollerChanged,
            "poller() yields another type",
        ),
        _ => return,
    };
    out.push(
        Change::new(change, kind, group, location, text)
            .rust_all(RustItem::between(signature(op, om), signature(np, nm))),
    );
}

fn pagination(
    cx: &Ctx,
    out: &mut Vec<Change>,
    group: Group,
    location: &str,
    (om, op): (&Method, &Place),
    (nm, np): (&Method, &Place),
) {
    let items_of = |place: &Place, m: &Method, p: &Pagination| {
        p.items.as_ref().map(|items| rust::items(place, m, items))
    };
    match (&om.pagination, &nm.pagination) {
        (None, Some(p)) => {
            let mut change = Change::new(
                Class::Compatible,
                Kind::PaginationAdded,
                group,
                location,
                "now paginated",
            )
            .rust(RustItem::added(rust::pages(np, nm, &p.page_type)));
            if let Some(items) = items_of(np, nm, p) {
                change = change.rust(RustItem::added(items));
            }
            out.push(change);
        }
        (Some(p), None) => {
            let mut change = Change::new(
                Class::Breaking,
                Kind::PaginationRemoved,
                group,
                location,
                "no longer paginated",
            )
            .rust(RustItem::removed(rust::pages(op, om, &p.page_type)));
            if let Some(items) = items_of(op, om, p) {
                change = change.rust(RustItem::removed(items));
            }
            out.push(change);
        }
        (Some(a), Some(b)) => {
            let token = |p: &Pagination| match &p.token {
                PageToken::Query { .. } => "page token in the query",
                PageToken::Body { .. } => "page token in the request body",
            };
            let show = |p: &Pagination| match &p.items {
                Some(items) => format!("items in `{}`, {}", items.wire_name, token(p)),
                None => format!("no items(), {}", token(p)),
            };
            // `items()` going away, or yielding another type, breaks callers; items read
            // from another field of the same type, or a moved token, do not.
            let class = match (&a.items, &b.items) {
                (Some(x), Some(y))
                    if cx.normalize(&x.item_type) != y.item_type || x.keyed != y.keyed =>
                {
                    Some(Class::Breaking)
                }
                (Some(_), None) => Some(Class::Breaking),
                (None, Some(_)) => Some(Class::Compatible),
                (Some(x), Some(y)) if x.wire_name != y.wire_name => Some(Class::Compatible),
                _ if token(a) != token(b) => Some(Class::Compatible),
                _ => None,
            };
            if let Some(class) = class {
                let change = Change::new(
                    class,
                    Kind::PaginationChanged,
                    group,
                    location,
                    "pagination changed",
                )
                .values(show(a), show(b))
                .rust_all(RustItem::between(items_of(op, om, a), items_of(np, nm, b)));
                out.push(change);
            }
        }
        (None, None) => {}
    }
}

/// Parameters of a method, each with whether it is a constructor argument.
fn params(m: &Method) -> Vec<(&Param, bool)> {
    let required = m.required_params.iter().map(|p| (p, true));
    required
        .chain(m.optional_params.iter().map(|p| (p, false)))
        .collect()
}

fn parameters(
    cx: &mut Ctx,
    at: &str,
    location: &str,
    (om, op): (&Method, &Place),
    (nm, np): (&Method, &Place),
) {
    let group = || Group::resource(&np.wire);
    let (old_ctor, new_ctor) = (rust::constructor(op, om), rust::constructor(np, nm));
    let ctor_changed = || RustItem::changed(&old_ctor, &new_ctor);
    let model_type = |side: &std::collections::BTreeMap<String, &discogen::model::Method>,
                      wire: &str| {
        side.get(at)
            .and_then(|m| m.parameters.get(wire))
            .map(describe)
            .unwrap_or_default()
    };
    let old_params = params(om);
    let new_params = params(nm);
    let mut out = Vec::new();
    for &(o, o_req) in &old_params {
        let loc = format!("{location} parameter {}", o.wire_name);
        let key = format!("{at}.parameters.{}", o.wire_name);
        let old_ty = model_type(&cx.old_methods, &o.wire_name);
        let Some(&(n, n_req)) = new_params.iter().find(|(p, _)| p.wire_name == o.wire_name) else {
            let rust = if o_req {
                ctor_changed()
            } else {
                Some(RustItem::removed(rust::setter(op, om, o)))
            };
            out.push(
                Change::new(
                    Class::Breaking,
                    Kind::ParameterRemoved,
                    group(),
                    loc,
                    format!("{} parameter removed", param_kind(o, o_req)),
                )
                .old_value(old_ty)
                .rust_all(rust)
                .key(key),
            );
            continue;
        };
        let new_ty = model_type(&cx.new_methods, &n.wire_name);
        let setter_change = || RustItem::changed(rust::setter(op, om, o), rust::setter(np, nm, n));
        // What the parameter's Rust items became, for changes that alter them.
        let rust_effect = || -> Vec<RustItem> {
            match (o_req, n_req) {
                (true, true) => ctor_changed().into_iter().collect(),
                (false, false) => setter_change().into_iter().collect(),
                (true, false) => ctor_changed()
                    .into_iter()
                    .chain([RustItem::added(rust::setter(np, nm, n))])
                    .collect(),
                (false, true) => ctor_changed()
                    .into_iter()
                    .chain([RustItem::removed(rust::setter(op, om, o))])
                    .collect(),
            }
        };
        if !o_req && !n_req && o.name != n.name {
            out.push(
                Change::new(
                    Class::Breaking,
                    Kind::RustNameChanged,
                    group(),
                    &loc,
                    "the parameter's setter has another name",
                )
                .rust_all(setter_change()),
            );
        }
        if o_req != n_req {
            let (kind, message) = if n_req {
                (
                    Kind::ParameterMadeRequired,
                    "parameter made required: now a constructor argument",
                )
            } else {
                (
                    Kind::ParameterMadeOptional,
                    "parameter made optional: now a builder setter",
                )
            };
            out.push(
                Change::new(Class::Breaking, kind, group(), &loc, message).rust_all(rust_effect()),
            );
        }
        if o.repeated != n.repeated {
            let (kind, message) = if n.repeated {
                (Kind::ParameterMadeRepeated, "parameter made repeated")
            } else {
                (Kind::ParameterMadeSingle, "parameter no longer repeated")
            };
            out.push(
                Change::new(Class::Breaking, kind, group(), &loc, message).rust_all(rust_effect()),
            );
        }
        if cx.normalize(&o.ty) != n.ty {
            out.push(
                Change::new(
                    Class::Breaking,
                    Kind::ParameterTypeChanged,
                    group(),
                    &loc,
                    format!("type changed ({} → {})", rust::ty(&o.ty), rust::ty(&n.ty)),
                )
                .values(&old_ty, &new_ty)
                .rust_all(rust_effect())
                .key(&key),
            );
        } else if old_ty != new_ty {
            out.push(
                Change::new(
                    Class::Compatible,
                    Kind::ParameterTypeChanged,
                    group(),
                    &loc,
                    format!("format changed; the Rust type stays `{}`", rust::ty(&n.ty)),
                )
                .values(&old_ty, &new_ty)
                .key(&key),
            );
        }
        if o.location != n.location {
            let show = |l: ParamLocation| match l {
                ParamLocation::Path => "path",
                ParamLocation::Query => "query",
            };
            out.push(
                Change::new(
                    Class::Compatible,
                    Kind::ParameterLocationChanged,
                    group(),
                    &loc,
                    "sent elsewhere in the request",
                )
                .values(show(o.location), show(n.location)),
            );
        }
        if o.pattern != n.pattern {
            let show = |p: &Option<String>| p.clone().unwrap_or_else(|| "none".into());
            out.push(
                Change::new(
                    Class::Compatible,
                    Kind::ParameterPatternChanged,
                    group(),
                    &loc,
                    "pattern changed",
                )
                .values(show(&o.pattern), show(&n.pattern)),
            );
        }
        if o.default != n.default {
            let show = |p: &Option<String>| p.clone().unwrap_or_else(|| "none".into());
            out.push(
                Change::new(
                    Class::Documentation,
                    Kind::ParameterDefaultChanged,
                    group(),
                    &loc,
                    "server default changed",
                )
                .values(show(&o.default), show(&n.default)),
            );
        }
        out.extend(deprecation_change(
            group(),
            &loc,
            o.deprecated,
            n.deprecated,
            None,
        ));
        out.extend(text_change(
            group(),
            &loc,
            "description",
            o.description.as_ref(),
            n.description.as_ref(),
        ));
    }
    for &(n, n_req) in &new_params {
        if old_params.iter().any(|(p, _)| p.wire_name == n.wire_name) {
            continue;
        }
        let (class, rust) = if n_req {
            (Class::Breaking, ctor_changed())
        } else {
            (
                Class::Compatible,
                Some(RustItem::added(rust::setter(np, nm, n))),
            )
        };
        out.push(
            Change::new(
                class,
                Kind::ParameterAdded,
                group(),
                format!("{location} parameter {}", n.wire_name),
                format!("{} parameter added", param_kind(n, n_req)),
            )
            .new_value(model_type(&cx.new_methods, &n.wire_name))
            .rust_all(rust)
            .key(format!("{at}.parameters.{}", n.wire_name)),
        );
    }
    // Constructor arguments present on both sides, in order.
    let both_required = |params: &[(&Param, bool)], other: &[(&Param, bool)]| -> Vec<String> {
        params
            .iter()
            .filter(|(p, req)| {
                *req && other
                    .iter()
                    .any(|(q, q_req)| *q_req && q.wire_name == p.wire_name)
            })
            .map(|(p, _)| p.wire_name.clone())
            .collect()
    };
    let old_order = both_required(&old_params, &new_params);
    let new_order = both_required(&new_params, &old_params);
    if old_order != new_order {
        out.push(
            Change::new(
                Class::Breaking,
                Kind::ParameterOrderChanged,
                group(),
                location,
                "constructor arguments reordered",
            )
            .values(old_order.join(", "), new_order.join(", "))
            .rust_all(ctor_changed()),
        );
    }
    cx.changes.extend(out);
}

/// `required path`, `optional query`.
fn param_kind(p: &Param, required: bool) -> String {
    let location = match p.location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
    };
    let required = if required { "required" } else { "optional" };
    format!("{required} {location}")
}
