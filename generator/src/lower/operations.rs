//! Which methods start long-running work, and how the runtime waits for it (`poller()`).
//!
//! The rule, from the document alone:
//!
//! 1. **An operation type** is an object schema that says when it is finished, in one of two
//!    ways: a boolean `done` beside `error` or `response` (AIP-151's
//!    `google.longrunning.Operation`), or a `status` enum with a value `DONE` in any case
//!    (Compute's, Cloud SQL's and Cloud DNS's operations).
//! 2. **Its routes** are the methods that read one again: they answer with the type, take no
//!    request body, no required query parameter and at least one path parameter, and are a
//!    GET, or a POST whose path is a GET route's path plus text (`…/wait`, `…:wait`: reads that
//!    wait on the server, tried before plain reads). The runtime picks among them by the
//!    operation's own `selfLink` or `name` (see the runtime's `lro` module).
//! 3. **A method gets `poller()`** when it answers with an operation type that has a route.
//! 4. **Its result** is the finished operation, unless the method's description says which
//!    schema the operation's `response` holds ("The response field type is `Backup`", "the
//!    `response` field contains a `Review`"): then that type.
//!
//! What a document does not say comes from the API's data ([`crate::apis`], its
//! `operations`): a schema named there is an operation type whatever its fields, finished
//! when a field of it has a value, and read again by the method named there with arguments
//! taken from its fields (BigQuery's `Job`, read by `jobs.get` from its `jobReference`).
//! Rule 3 then gives `poller()` to every method that answers with it.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use heck::ToShoutySnakeCase;
use regex_lite::Regex;

use crate::error::Error;
use crate::ir::{
    Api, Gate, HttpMethod, Method, OperationShape, OperationType, ParamLocation, PathSegment,
    PollRoute, Poller, Resource, TypeDef, TypeKind, TypeRef,
};
use crate::overlay::OperationOverlay;

/// Finds the operation types and their routes, and gives each method that answers with one
/// its poller. Runs before cargo features are assigned, which then count the poller's result
/// type as one the method uses.
/// `facts` are the API's data on operations, by schema id; one that does not fit the
/// document is an error naming it.
pub fn assign_pollers(
    api: &mut Api,
    facts: &BTreeMap<String, OperationOverlay>,
) -> Result<(), Error> {
    let methods = api.root.all_methods();
    let mut operations = Vec::new();
    for (schema, fact) in facts {
        operations.push(from_facts(&api.types, &methods, schema, fact)?);
    }
    for def in &api.types {
        if operations.iter().any(|o| o.type_name == def.name) {
            continue;
        }
        let Some(shape) = shape(def, &api.types) else {
            continue;
        };
        let routes = routes(&methods, def);
        if routes.is_empty() {
            continue;
        }
        operations.push(OperationType {
            type_name: def.name.clone(),
            static_name: def.name.to_shouty_snake_case(),
            shape,
            routes,
            arguments: Vec::new(),
            gate: Gate::Always,
        });
    }
    operations.sort_by(|a, b| a.type_name.cmp(&b.type_name));
    let by_origin: BTreeMap<&str, &TypeDef> =
        api.types.iter().map(|d| (d.origin.as_str(), d)).collect();
    let mut decisions = BTreeMap::new();
    for m in methods {
        let Some(TypeRef::Named(answer)) = &m.response else {
            continue;
        };
        let Some(operation) = operations.iter().find(|o| &o.type_name == answer) else {
            continue;
        };
        let response = (operation.shape == OperationShape::Done)
            .then(|| described_response(m.description.as_deref()?, &by_origin))
            .flatten();
        decisions.insert(
            m.id.clone(),
            Poller {
                operation: operation.static_name.clone(),
                response,
            },
        );
    }
    set_pollers(&mut api.root, &mut decisions);
    api.operations = operations;
    Ok(())
}

/// The operation type that `fact` describes for the schema `schema`.
fn from_facts(
    types: &[TypeDef],
    methods: &[&Method],
    schema: &str,
    fact: &OperationOverlay,
) -> Result<OperationType, Error> {
    let at = |rest: &str| format!("operations.{schema}{rest}");
    let invalid = |path: String, message: String| Error::Overlay { path, message };
    let def = types
        .iter()
        .find(|d| d.origin == schema && matches!(d.kind, TypeKind::Struct(_)))
        .ok_or_else(|| {
            invalid(
                at(""),
                format!("the document has no object schema `{schema}`"),
            )
        })?;
    let field_path = |key: &str, dotted: &str, want_text: bool| {
        let path: Vec<String> = dotted.split('.').map(str::to_owned).collect();
        match field_type(types, def, &path) {
            Some(ty) if !want_text || is_text(types, &ty) => Ok(path),
            Some(_) => Err(invalid(
                at(key),
                format!("`{dotted}` is not a string field"),
            )),
            None => Err(invalid(
                at(key),
                format!("`{schema}` has no field `{dotted}`"),
            )),
        }
    };
    let state = field_path(".state", &fact.state, true)?;
    let error = field_path(".error", &fact.error, false)?;
    let read = &fact.read_again;
    let method = methods
        .iter()
        .find(|m| m.id == read.method)
        .filter(|m| m.response == Some(TypeRef::Named(def.name.clone())))
        .ok_or_else(|| {
            invalid(
                at(".readAgain.method"),
                format!(
                    "the document has no method `{}` answering `{schema}`",
                    read.method
                ),
            )
        })?;
    let params: Vec<_> = method
        .required_params
        .iter()
        .chain(&method.optional_params)
        .collect();
    for p in params.iter().filter(|p| p.location == ParamLocation::Path) {
        if !read.arguments.contains_key(&p.wire_name) {
            return Err(invalid(
                at(".readAgain.arguments"),
                format!(
                    "`{}` takes the path parameter `{}`",
                    read.method, p.wire_name
                ),
            ));
        }
    }
    // Path parameters in the order of the route's path, then query parameters by name.
    let mut arguments = Vec::new();
    for (name, dotted) in &read.arguments {
        let key = format!(".readAgain.arguments.{name}");
        let param = params
            .iter()
            .find(|p| &p.wire_name == name)
            .ok_or_else(|| {
                invalid(
                    at(&key),
                    format!("`{}` has no parameter `{name}`", read.method),
                )
            })?;
        let path = field_path(&key, dotted, true)?;
        let place = match param.location {
            ParamLocation::Path => path_position(&method.path, name),
            ParamLocation::Query => usize::MAX,
        };
        arguments.push((place, name.clone(), path));
    }
    arguments.sort();
    Ok(OperationType {
        type_name: def.name.clone(),
        static_name: def.name.to_shouty_snake_case(),
        shape: OperationShape::Field {
            state,
            done_value: fact.done_value.clone(),
            error,
        },
        routes: vec![poll_route(method)],
        arguments: arguments
            .into_iter()
            .map(|(_, name, path)| (name, path))
            .collect(),
        gate: Gate::Always,
    })
}

/// The type of the field at `path` (wire names) in `def`, through nested objects.
fn field_type(types: &[TypeDef], def: &TypeDef, path: &[String]) -> Option<TypeRef> {
    let (first, rest) = path.split_first()?;
    let TypeKind::Struct(s) = &def.kind else {
        return None;
    };
    let field = s.fields.iter().find(|f| &f.wire_name == first)?;
    if rest.is_empty() {
        return Some(field.ty.clone());
    }
    let TypeRef::Named(next) = &field.ty else {
        return None;
    };
    field_type(types, types.iter().find(|d| &d.name == next)?, rest)
}

/// A string, or an enum of strings.
fn is_text(types: &[TypeDef], ty: &TypeRef) -> bool {
    match ty {
        TypeRef::String => true,
        TypeRef::Named(name) => types
            .iter()
            .any(|d| &d.name == name && matches!(d.kind, TypeKind::Enum(_))),
        _ => false,
    }
}

/// Where the path parameter `name` stands among the variables of `path`.
fn path_position(path: &[PathSegment], name: &str) -> usize {
    path.iter()
        .filter_map(|s| match s {
            PathSegment::Variable { wire_name, .. } => Some(wire_name),
            PathSegment::Literal(_) => None,
        })
        .position(|w| w == name)
        .unwrap_or(usize::MAX)
}

/// Every type that is an operation type by rule 1, by Rust name, routes or not.
pub fn operation_shapes(types: &[TypeDef]) -> BTreeMap<String, OperationShape> {
    types
        .iter()
        .filter_map(|def| shape(def, types).map(|s| (def.name.clone(), s)))
        .collect()
}

/// Gives each operation type the gate of the resources whose methods poll it: its static is
/// compiled only where something reads it (always, when a top-level method does). Runs after
/// cargo features are assigned.
pub fn gate_operations(api: &mut Api) {
    if api.features.is_empty() {
        return;
    }
    fn polls<'a>(mut methods: impl Iterator<Item = &'a Method>, name: &str) -> bool {
        methods.any(|m| m.poller.as_ref().is_some_and(|p| p.operation == name))
    }
    for operation in &mut api.operations {
        let name = operation.static_name.as_str();
        if polls(api.root.methods.iter(), name) {
            continue;
        }
        let features: BTreeSet<String> = api
            .root
            .children
            .iter()
            .filter(|child| polls(child.all_methods().into_iter(), name))
            .filter_map(|child| child.feature.clone())
            .collect();
        // Even when every feature polls it: with none enabled, an ungated static would be
        // unused (a warning in the user's build).
        operation.gate = Gate::AnyOf(features.into_iter().collect());
    }
}

fn set_pollers(resource: &mut Resource, decisions: &mut BTreeMap<String, Poller>) {
    for m in &mut resource.methods {
        m.poller = decisions.remove(&m.id);
    }
    for child in &mut resource.children {
        set_pollers(child, decisions);
    }
}

/// How a type says it is finished, if it is an operation type.
fn shape(def: &TypeDef, types: &[TypeDef]) -> Option<OperationShape> {
    let TypeKind::Struct(s) = &def.kind else {
        return None;
    };
    let field = |wire: &str| s.fields.iter().find(|f| f.wire_name == wire);
    if field("done").is_some_and(|f| f.ty == TypeRef::Bool)
        && (field("error").is_some() || field("response").is_some())
    {
        return Some(OperationShape::Done);
    }
    let TypeRef::Named(status) = &field("status")?.ty else {
        return None;
    };
    let TypeKind::Enum(values) = &types.iter().find(|d| &d.name == status)?.kind else {
        return None;
    };
    let done = values
        .variants
        .iter()
        .find(|v| v.wire_value.eq_ignore_ascii_case("done"))?;
    Some(OperationShape::Status {
        done_value: done.wire_value.clone(),
    })
}

/// The methods that read an operation of type `def` again: waiting reads, then plain reads.
/// A route has a path parameter, and must be one the runtime can fill from the operation:
/// every parameter from the end of its `selfLink` or `name`, or its one parameter from the
/// `name`.
fn routes(methods: &[&Method], def: &TypeDef) -> Vec<PollRoute> {
    let type_name = def.name.as_str();
    let has = |wire: &str| match &def.kind {
        TypeKind::Struct(s) => s.fields.iter().any(|f| f.wire_name == wire),
        _ => false,
    };
    let (self_link, name) = (has("selfLink"), has("name"));
    let fillable = |m: &Method| {
        let params: Vec<bool> = m
            .path
            .iter()
            .filter_map(|s| match s {
                PathSegment::Variable { reserved, .. } => Some(*reserved),
                PathSegment::Literal(_) => None,
            })
            .collect();
        let all_simple = params.iter().all(|reserved| !reserved);
        !params.is_empty() && (((self_link || name) && all_simple) || (name && params.len() == 1))
    };
    let reads: Vec<&Method> = methods
        .iter()
        .copied()
        .filter(|m| {
            m.response == Some(TypeRef::Named(type_name.to_owned()))
                && m.request.is_none()
                && m.required_params
                    .iter()
                    .all(|p| p.location == ParamLocation::Path)
                && fillable(m)
        })
        .collect();
    let gets: Vec<&Method> = reads
        .iter()
        .copied()
        .filter(|m| m.http_method == HttpMethod::Get)
        .collect();
    let waits = reads.iter().copied().filter(|m| {
        m.http_method == HttpMethod::Post
            && gets.iter().any(|get| extends_with_text(&m.path, &get.path))
    });
    waits.chain(gets.iter().copied()).map(poll_route).collect()
}

/// `m` described as a route, apart from its resource module (see [`PollRoute`]).
fn poll_route(m: &Method) -> PollRoute {
    PollRoute {
        id: m.id.clone(),
        http_method: m.http_method,
        path: m.path.clone(),
        scopes: m.scopes.iter().map(|s| s.url.clone()).collect(),
    }
}

/// `path` is `base` followed by literal text only.
fn extends_with_text(path: &[PathSegment], base: &[PathSegment]) -> bool {
    if path.len() < base.len() || path.is_empty() {
        return false;
    }
    // A literal at the join may have been merged: `…/{operation}` + `/wait` can be one
    // trailing literal, or `…/operations/` + text.
    let shared = base.len();
    let (head, tail) = path.split_at(shared);
    let last = shared - 1;
    let head_matches = head[..last] == base[..last]
        && match (&head[last], &base[last]) {
            (PathSegment::Literal(a), PathSegment::Literal(b)) => a.starts_with(b.as_str()),
            (a, b) => a == b,
        };
    let text_follows = tail.iter().all(|s| matches!(s, PathSegment::Literal(_)))
        && (!tail.is_empty() || head[last] != base[last]);
    head_matches && text_follows
}

/// The schema a method's description says the operation's `response` holds, if it names
/// one of the document's schemas.
fn described_response(description: &str, by_origin: &BTreeMap<&str, &TypeDef>) -> Option<String> {
    static SENTENCE: OnceLock<Regex> = OnceLock::new();
    let sentence = SENTENCE.get_or_init(|| {
        Regex::new(
            r"(?i)\bresponse`?\]?(?:\[[^\]]*\])?`?\s+field\s+(?:type\s+is|contains|will\s+contain|will\s+be)\s+(?:an?\s+)?\[?`?([A-Za-z_][A-Za-z0-9_.]*)",
        )
        .expect("the pattern is valid")
    });
    let named = sentence.captures(description)?.get(1)?.as_str();
    let schema = named.trim_end_matches('.').rsplit('.').next()?;
    let def = by_origin.get(schema)?;
    matches!(def.kind, TypeKind::Struct(_)).then(|| def.name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lower::lower;
    use crate::model::Document;

    fn api(path: &str) -> Api {
        let text = std::fs::read_to_string(path).unwrap();
        let doc: Document = serde_json::from_str(&text).unwrap();
        lower(&doc).unwrap()
    }

    fn method<'a>(api: &'a Api, id: &str) -> &'a Method {
        api.root
            .all_methods()
            .into_iter()
            .find(|m| m.id == id)
            .unwrap_or_else(|| panic!("no method {id}"))
    }

    fn route_ids(api: &Api, type_name: &str) -> Vec<String> {
        api.operations
            .iter()
            .find(|o| o.type_name == type_name)
            .map(|o| o.routes.iter().map(|r| r.id.clone()).collect())
            .unwrap_or_default()
    }

    fn poller(api: &Api, id: &str) -> Option<(String, Option<String>)> {
        method(api, id)
            .poller
            .as_ref()
            .map(|p| (p.operation.clone(), p.response.clone()))
    }

    const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/");
    const SHAPES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/operations/");

    #[test]
    fn compute_waits_on_zone_region_and_global_operations() {
        let api = api(&format!("{CORPUS}compute.v1.json"));
        let operation = api.operations.iter().find(|o| o.type_name == "Operation");
        assert_eq!(
            operation.map(|o| o.shape.clone()),
            Some(OperationShape::Status {
                done_value: "DONE".into()
            })
        );
        assert_eq!(
            route_ids(&api, "Operation"),
            [
                "compute.globalOperations.wait",
                "compute.regionOperations.wait",
                "compute.zoneOperations.wait",
                "compute.globalOperations.get",
                "compute.globalOrganizationOperations.get",
                "compute.regionOperations.get",
                "compute.zoneOperations.get",
            ]
        );
        assert_eq!(
            poller(&api, "compute.instances.insert"),
            Some(("OPERATION".into(), None))
        );
        // Reading an operation again is itself a way to wait on one, by its name.
        assert!(poller(&api, "compute.zoneOperations.get").is_some());
        assert_eq!(poller(&api, "compute.instances.get"), None);
    }

    #[test]
    fn aip_operations_of_run_firestore_and_storage() {
        // Run's `operations.wait` takes a request body: only reads without one are routes.
        let run = api(&format!("{CORPUS}run.v1.json"));
        assert_eq!(
            route_ids(&run, "GoogleLongrunningOperation"),
            ["run.projects.locations.operations.get"]
        );
        let firestore = api(&format!("{CORPUS}firestore.v1.json"));
        assert_eq!(
            route_ids(&firestore, "GoogleLongrunningOperation"),
            ["firestore.projects.databases.operations.get"]
        );
        assert_eq!(
            poller(&firestore, "firestore.projects.databases.exportDocuments"),
            Some(("GOOGLE_LONGRUNNING_OPERATION".into(), None))
        );
        let storage = api(&format!("{CORPUS}storage.v1.json"));
        assert_eq!(
            route_ids(&storage, "GoogleLongrunningOperation"),
            ["storage.buckets.operations.get"]
        );
        assert!(poller(&storage, "storage.objects.bulkRestore").is_some());
        assert_eq!(
            storage.operations[0].shape,
            OperationShape::Done,
            "storage's operation is AIP-151's"
        );
    }

    #[test]
    fn shapes_of_other_documents() {
        // Trimmed from google-api-python-client 2.202.0's documents: each keeps the operation
        // schema, its read methods and one method that starts work (see the folder's README).
        let container = api(&format!("{SHAPES}container.v1.json"));
        assert_eq!(
            route_ids(&container, "Operation"),
            [
                "container.projects.locations.operations.get",
                "container.projects.zones.operations.get"
            ]
        );
        assert_eq!(
            container.operations[0].shape,
            OperationShape::Status {
                done_value: "DONE".into()
            }
        );
        let sql = api(&format!("{SHAPES}sqladmin.v1.json"));
        assert_eq!(route_ids(&sql, "Operation"), ["sql.operations.get"]);
        assert!(poller(&sql, "sql.instances.restart").is_some());
        let appengine = api(&format!("{SHAPES}appengine.v1.json"));
        assert_eq!(
            route_ids(&appengine, "Operation"),
            ["appengine.apps.operations.get"]
        );
        // Cloud DNS's operation says `status: done`, but has neither a name nor a link that
        // would say which operation to read again: no poller.
        let dns = api(&format!("{SHAPES}dns.v1.json"));
        assert!(dns.operations.is_empty());
        assert_eq!(poller(&dns, "dns.managedZones.patch"), None);
        let spanner = api(&format!("{SHAPES}spanner.v1.json"));
        assert_eq!(
            poller(&spanner, "spanner.projects.instances.create"),
            Some(("OPERATION".into(), Some("Instance".into())))
        );
        // Reading the operation again says nothing of its response: the operation is the result.
        assert_eq!(
            poller(&spanner, "spanner.projects.instances.operations.get"),
            Some(("OPERATION".into(), None))
        );
    }

    #[test]
    fn a_described_response_must_be_a_schema() {
        let def = TypeDef {
            name: "Backup".into(),
            origin: "Backup".into(),
            description: None,
            deprecated: false,
            kind: TypeKind::Struct(crate::ir::Struct {
                fields: Vec::new(),
                additional: None,
            }),
            gate: Gate::Always,
        };
        let by_origin = BTreeMap::from([("Backup", &def)]);
        let found = |text: &str| described_response(text, &by_origin);
        let backup = Some("Backup".to_string());
        assert_eq!(
            found("The response field type is Backup, if successful."),
            backup
        );
        assert_eq!(
            found("The [response][google.longrunning.Operation.response] field type is Backup."),
            backup
        );
        assert_eq!(
            found("the `response` field contains a `Backup` and"),
            backup
        );
        assert_eq!(
            found("The response field type is google.protobuf.Empty."),
            None
        );
        assert_eq!(found("Returns a Backup."), None);
    }
}
