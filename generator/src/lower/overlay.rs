//! Applies an [`Overlay`] to a lowered API: notes on the crate, scopes and methods, and
//! limits resolved from wire names to the builder fields and types that hold the values.

use crate::error::Error;
use crate::ir::{Api, Limit, LimitRule, LimitStep, Method, Resource, TypeDef, TypeKind, TypeRef};
use crate::overlay::{LimitSpec, Overlay};

/// Adds the overlay's notes and limits to `api`. Fails when the overlay names a scope,
/// method, parameter or field the document does not have, or a rule that does not fit the
/// value's type.
pub fn apply_overlay(api: &mut Api, overlay: &Overlay) -> Result<(), Error> {
    if let Some(note) = non_empty(&overlay.note) {
        api.notes.push(note);
    }
    for (url, scope_overlay) in &overlay.scopes {
        let scope = api
            .scopes
            .iter_mut()
            .find(|s| s.url == *url)
            .ok_or_else(|| invalid(format!("scopes.{url}"), "the document has no such scope"))?;
        if let Some(note) = non_empty(&scope_overlay.note) {
            scope.notes.push(note);
        }
    }
    let withdrawn: Vec<&str> = overlay
        .scopes
        .iter()
        .filter(|(_, s)| s.withdrawn)
        .map(|(url, _)| url.as_str())
        .collect();
    if !withdrawn.is_empty() {
        for_each_method(&mut api.root, &mut |method| {
            // Stable: the document's order is kept among the scopes that still work.
            method
                .scopes
                .sort_by_key(|scope| withdrawn.contains(&scope.url.as_str()));
        });
    }
    if let Some(retry) = &overlay.retry {
        for (i, wait) in retry.minimum_waits.iter().enumerate() {
            if !(400..=599).contains(&wait.status) {
                return Err(invalid(
                    format!("retry.minimumWaits[{i}].status"),
                    format!(
                        "expected an HTTP error status (400 to 599), got {}",
                        wait.status
                    ),
                ));
            }
            api.min_retry_waits.push((wait.status, wait.seconds));
        }
    }
    let Api { types, root, .. } = api;
    for (id, method_overlay) in &overlay.methods {
        let method = find_method(root, id)
            .ok_or_else(|| invalid(format!("methods.{id}"), "the document has no such method"))?;
        if let Some(note) = non_empty(&method_overlay.note) {
            method.notes.push(note);
        }
        for (i, spec) in method_overlay.limits.iter().enumerate() {
            let at = format!("methods.{id}.limits[{i}]");
            let limits = lower_limit(types, method, spec, &at)?;
            method.limits.extend(limits);
        }
    }
    Ok(())
}

fn non_empty(note: &Option<String>) -> Option<String> {
    note.as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
}

fn invalid(path: String, message: impl Into<String>) -> Error {
    Error::Overlay {
        path,
        message: message.into(),
    }
}

fn for_each_method(resource: &mut Resource, f: &mut impl FnMut(&mut Method)) {
    resource.methods.iter_mut().for_each(&mut *f);
    for child in &mut resource.children {
        for_each_method(child, f);
    }
}

fn find_method<'a>(resource: &'a mut Resource, id: &str) -> Option<&'a mut Method> {
    if let Some(i) = resource.methods.iter().position(|m| m.id == id) {
        return resource.methods.get_mut(i);
    }
    resource
        .children
        .iter_mut()
        .find_map(|child| find_method(child, id))
}

/// The value's path from the builder and its type, then one [`Limit`] per rule.
fn lower_limit(
    types: &[TypeDef],
    method: &Method,
    spec: &LimitSpec,
    at: &str,
) -> Result<Vec<Limit>, Error> {
    let (display, steps, ty) = match (&spec.param, &spec.field) {
        (Some(wire), None) => {
            let required = method.required_params.iter().map(|p| (p, true));
            let optional = method.optional_params.iter().map(|p| (p, false));
            let (param, required) = required
                .chain(optional)
                .find(|(p, _)| p.wire_name == *wire)
                .ok_or_else(|| {
                    invalid(
                        format!("{at}.param"),
                        format!("the method has no parameter `{wire}`"),
                    )
                })?;
            let ty = if param.repeated {
                TypeRef::Vec(Box::new(param.ty.clone()))
            } else {
                param.ty.clone()
            };
            let step = LimitStep::Field {
                name: param.name.clone(),
                optional: !required && !param.repeated,
            };
            (wire.clone(), vec![step], ty)
        }
        (None, Some(path)) => {
            let body = method
                .request
                .as_ref()
                .ok_or_else(|| invalid(format!("{at}.field"), "the method has no request body"))?;
            let mut steps = vec![LimitStep::Field {
                name: body.name.clone(),
                optional: false,
            }];
            let mut ty = body.ty.clone();
            let mut walked = String::new();
            for segment in path.split('.') {
                let (wire, each) = match segment.strip_suffix("[]") {
                    Some(wire) => (wire, true),
                    None => (segment, false),
                };
                let fields = match &resolve(types, &ty) {
                    TypeRef::Named(name) => match &find_type(types, name).map(|d| &d.kind) {
                        Some(TypeKind::Struct(s)) => Some(&s.fields),
                        _ => None,
                    },
                    _ => None,
                };
                let field = fields
                    .and_then(|fields| fields.iter().find(|f| f.wire_name == wire))
                    .ok_or_else(|| {
                        invalid(
                            format!("{at}.field"),
                            format!("`{walked}` has no field `{wire}`"),
                        )
                    })?;
                steps.push(LimitStep::Field {
                    name: field.name.clone(),
                    optional: !field.required,
                });
                ty = field.ty.clone();
                if !walked.is_empty() {
                    walked.push('.');
                }
                walked.push_str(segment);
                if each {
                    let TypeRef::Vec(item) = resolve(types, &ty) else {
                        return Err(invalid(
                            format!("{at}.field"),
                            format!("`{wire}` is not an array, so `[]` does not apply"),
                        ));
                    };
                    steps.push(LimitStep::Each);
                    ty = *item;
                }
            }
            (path.clone(), steps, ty)
        }
        _ => {
            return Err(invalid(
                at.to_string(),
                "give exactly one of `param` and `field`",
            ))
        }
    };

    let ty = resolve(types, &ty);
    let mut rules = Vec::new();
    let mismatch = |rule: &str, wanted: &str| {
        invalid(
            format!("{at}.{rule}"),
            format!("`{display}` is not {wanted}"),
        )
    };
    if let Some(n) = spec.max_items {
        if !matches!(ty, TypeRef::Vec(_)) {
            return Err(mismatch("maxItems", "an array or repeated parameter"));
        }
        rules.push(LimitRule::MaxItems(n));
    }
    if let Some(n) = spec.max_length {
        if ty != TypeRef::String {
            return Err(mismatch("maxLength", "a string"));
        }
        rules.push(LimitRule::MaxLength(n));
    }
    let integer = |rule: &str| match ty {
        TypeRef::I32 | TypeRef::U32 => Ok(false),
        TypeRef::I64 => Ok(true),
        _ => Err(mismatch(rule, "a 32-bit or signed 64-bit integer")),
    };
    if let Some(value) = spec.minimum {
        let wide = integer("minimum")?;
        rules.push(LimitRule::Minimum { value, wide });
    }
    if let Some(value) = spec.maximum {
        let wide = integer("maximum")?;
        rules.push(LimitRule::Maximum { value, wide });
    }
    if rules.is_empty() {
        return Err(invalid(
            at.to_string(),
            "no rule: give maxItems, maxLength, minimum or maximum",
        ));
    }
    Ok(rules
        .into_iter()
        .map(|rule| Limit {
            const_name: limit_const_name(&display, rule),
            display: display.clone(),
            steps: steps.clone(),
            rule,
        })
        .collect())
}

/// `newMediaItems[].description` with at most 999 characters →
/// `NEW_MEDIA_ITEMS_DESCRIPTION_MAX_LENGTH`: the value's words, then the rule's.
fn limit_const_name(display: &str, rule: LimitRule) -> String {
    let value = display.replace("[]", "").replace('.', "_");
    let rule = match rule {
        LimitRule::MaxItems(_) => "MAX_ITEMS",
        LimitRule::MaxLength(_) => "MAX_LENGTH",
        LimitRule::Maximum { .. } => "MAXIMUM",
        LimitRule::Minimum { .. } => "MINIMUM",
    };
    format!(
        "{}_{rule}",
        heck::ToShoutySnakeCase::to_shouty_snake_case(value.as_str())
    )
}

fn find_type<'a>(types: &'a [TypeDef], name: &str) -> Option<&'a TypeDef> {
    types.iter().find(|d| d.name == name)
}

/// Follows named aliases (`type: array` schemas and the like) to the type they stand for.
fn resolve(types: &[TypeDef], ty: &TypeRef) -> TypeRef {
    let mut ty = ty.clone();
    // Bounded: alias cycles are impossible after lowering, but a bad input must not hang.
    for _ in 0..32 {
        let TypeRef::Named(name) = &ty else { break };
        match find_type(types, name).map(|d| &d.kind) {
            Some(TypeKind::Alias(target)) => ty = target.clone(),
            _ => break,
        }
    }
    ty
}
