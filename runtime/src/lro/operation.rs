//! What the generator found about an operation type, and what an operation as read says:
//! whether it is done, whether it failed, and which method reads it again with which
//! arguments.

use ::serde::de::DeserializeOwned;
use serde_json::Value;

use crate::api::{MethodInfo, PathPart};
use crate::call::decode_json;
use crate::path::{link_path, match_segments, param_value_fits};
use crate::Error;

/// How an operation says it is finished. For generated code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OperationShape {
    /// AIP-151 (`google.longrunning.Operation`): `done` is true, then `error` (a
    /// `google.rpc.Status`) or `response` holds the outcome.
    Done,
    /// `status` equals `done_value` (Compute's `DONE`, Cloud DNS's `done`); an `error`
    /// (`errors[]`, or a `google.rpc.Status`) says it failed.
    Status {
        /// The value of `status` once the work is over.
        done_value: &'static str,
    },
    /// The string at the field path `state` equals `done_value`; the field at the path
    /// `error` is set when the work failed (BigQuery's jobs: `status.state` is `DONE`,
    /// `status.errorResult` the failure). From the API's data, not its document.
    Field {
        /// Property names from the operation down to the state.
        state: &'static [&'static str],
        /// The state once the work is over.
        done_value: &'static str,
        /// Property names from the operation down to its error.
        error: &'static [&'static str],
    },
}

/// What the generator found about one operation type: its shape, and the methods that read
/// an operation of it again, in the order they are tried. For generated code.
#[derive(Debug)]
pub struct Polling {
    /// How the operation says it is finished.
    pub shape: OperationShape,
    /// Methods answering with the operation that take it by its name or link: waiting reads
    /// first, then plain reads.
    pub routes: &'static [&'static MethodInfo],
    /// When not empty, the one route's arguments are fields of the operation: parameter
    /// name and the property names down to its value, path parameters first in the path's
    /// order, then query parameters (sent when the operation has them).
    pub arguments: &'static [(&'static str, &'static [&'static str])],
}

#[derive(Debug, PartialEq, Eq)]
pub(super) enum Progress {
    Running,
    Succeeded,
    Failed,
}

/// Where `operation` keeps its error.
pub(super) fn error_of(shape: OperationShape, operation: &Value) -> Option<&Value> {
    match shape {
        OperationShape::Field { error, .. } => at(operation, error),
        OperationShape::Done | OperationShape::Status { .. } => operation.get("error"),
    }
}

pub(super) fn progress(shape: OperationShape, operation: &Value) -> Progress {
    let error = error_of(shape, operation);
    let (over, failed) = match shape {
        OperationShape::Done => (
            operation.get("done").and_then(Value::as_bool) == Some(true),
            has_error(error),
        ),
        OperationShape::Status { done_value } => (
            operation.get("status").and_then(Value::as_str) == Some(done_value),
            has_error(error),
        ),
        // Any non-empty object: BigQuery's `errorResult` has a reason and no code.
        OperationShape::Field {
            state, done_value, ..
        } => (
            at(operation, state).and_then(Value::as_str) == Some(done_value),
            error.is_some_and(|e| e.as_object().is_some_and(|o| !o.is_empty())),
        ),
    };
    if !over {
        Progress::Running
    } else if failed {
        Progress::Failed
    } else {
        Progress::Succeeded
    }
}

/// The value at `path` (property names) in `value`.
fn at<'v>(value: &'v Value, path: &[&str]) -> Option<&'v Value> {
    path.iter().try_fold(value, |v, key| v.get(key))
}

/// The path arguments and the query of `route` from the fields of `operation` that
/// `arguments` names (see [`Polling::arguments`]). A missing path argument is an error: the
/// operation cannot be read again without it.
#[allow(clippy::type_complexity)]
pub(super) fn arguments(
    route: &MethodInfo,
    arguments: &'static [(&'static str, &'static [&'static str])],
    operation: &Value,
) -> Result<(Vec<String>, Vec<(&'static str, String)>), Error> {
    let text = |path: &[&str]| match at(operation, path)? {
        Value::String(s) => Some(s.clone()),
        Value::Null => None,
        other => Some(other.to_string()),
    };
    let is_path = |name: &str| {
        route
            .path
            .iter()
            .any(|p| matches!(p, PathPart::Param { name: n, .. } if *n == name))
    };
    let (mut path_args, mut query) = (Vec::new(), Vec::new());
    for (name, path) in arguments {
        match (text(path), is_path(name)) {
            (Some(value), true) => path_args.push(value),
            (Some(value), false) => query.push((*name, value)),
            (None, true) => {
                return Err(Error::InvalidArgument(format!(
                    "the operation has no `{}`, which {} needs to read it again",
                    path.join("."),
                    route.id
                )))
            }
            (None, false) => {}
        }
    }
    Ok((path_args, query))
}

/// An `error` that says something: a `google.rpc.Status` with a non-zero code, or a list of
/// errors that is not empty. (`{"code": 0}` is OK in `google.rpc`.)
fn has_error(error: Option<&Value>) -> bool {
    match error {
        Some(Value::Object(map)) => {
            let code = map.get("code").and_then(Value::as_i64).unwrap_or(0);
            let errors = map
                .get("errors")
                .and_then(Value::as_array)
                .is_some_and(|e| !e.is_empty());
            code != 0 || errors || (map.contains_key("message") && !map.contains_key("code"))
        }
        _ => false,
    }
}

/// `value` as `T`, through its text: a failure then names the JSON path of the value that did
/// not fit, as every decoding error of the runtime does.
pub(super) fn decode_value<T: DeserializeOwned>(value: &Value) -> Result<T, Error> {
    let body = value.to_string();
    decode_json(crate::http::StatusCode::OK, body.as_bytes())
}

/// The operation's `response`, without the `@type` that names its message.
pub(super) fn decode_response<T: DeserializeOwned>(operation: &Value) -> Result<T, Error> {
    let mut response = operation.get("response").cloned().unwrap_or(Value::Null);
    if let Value::Object(map) = &mut response {
        map.remove("@type");
    }
    decode_value(&response)
}

pub(super) fn describe(operation: &Value) -> String {
    match operation.get("name").and_then(Value::as_str) {
        Some(name) => format!("`{name}`"),
        None => "(it has no name)".into(),
    }
}

/// The first route that reads `operation`, with its path arguments.
pub(super) fn find_route(
    routes: &'static [&'static MethodInfo],
    operation: &Value,
) -> Option<(&'static MethodInfo, Vec<String>)> {
    let text = |field: &str| operation.get(field).and_then(Value::as_str);
    if let Some(link) = text("selfLink") {
        let path = link_path(link);
        if let Some(found) = routes
            .iter()
            .find_map(|r| match_segments(r.path, &path).map(|a| (*r, a)))
        {
            return Some(found);
        }
    }
    let name = text("name")?;
    let segments: Vec<String> = name.split('/').map(str::to_owned).collect();
    if let Some(found) = routes
        .iter()
        .find_map(|r| match_segments(r.path, &segments).map(|a| (*r, a)))
    {
        return Some(found);
    }
    routes.iter().find_map(|r| {
        let mut params = r.path.iter().filter_map(|p| match *p {
            PathPart::Param {
                name,
                reserved,
                pattern,
            } => Some((name, reserved, pattern)),
            PathPart::Literal(_) => None,
        });
        let (param, reserved, pattern) = params.next()?;
        let single = params.next().is_none();
        (single && param_value_fits(param, name, reserved, pattern))
            .then(|| (*r, vec![name.to_owned()]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::Method;

    const fn param(name: &'static str) -> PathPart {
        PathPart::Param {
            name,
            reserved: false,
            pattern: None,
        }
    }

    static ZONE_WAIT: MethodInfo = MethodInfo {
        id: "compute.zoneOperations.wait",
        http_method: Method::Post,
        path: &[
            PathPart::Literal("projects/"),
            param("project"),
            PathPart::Literal("/zones/"),
            param("zone"),
            PathPart::Literal("/operations/"),
            param("operation"),
            PathPart::Literal("/wait"),
        ],
        scopes: &[],
        media_upload: None,
        media_download: false,
    };

    static GLOBAL_GET: MethodInfo = MethodInfo {
        id: "compute.globalOperations.get",
        http_method: Method::Get,
        path: &[
            PathPart::Literal("projects/"),
            param("project"),
            PathPart::Literal("/global/operations/"),
            param("operation"),
        ],
        scopes: &[],
        media_upload: None,
        media_download: false,
    };

    static APPS_GET: MethodInfo = MethodInfo {
        id: "appengine.apps.operations.get",
        http_method: Method::Get,
        path: &[
            PathPart::Literal("v1/apps/"),
            param("appsId"),
            PathPart::Literal("/operations/"),
            param("operationsId"),
        ],
        scopes: &[],
        media_upload: None,
        media_download: false,
    };

    static NAMED_GET: MethodInfo = MethodInfo {
        id: "run.projects.locations.operations.get",
        http_method: Method::Get,
        path: &[
            PathPart::Literal("v2/"),
            PathPart::Param {
                name: "name",
                reserved: true,
                pattern: Some("^projects/[^/]+/locations/[^/]+/operations/[^/]+$"),
            },
        ],
        scopes: &[],
        media_upload: None,
        media_download: false,
    };

    static ROUTES: &[&MethodInfo] = &[&ZONE_WAIT, &GLOBAL_GET, &APPS_GET, &NAMED_GET];

    fn route(operation: Value) -> Option<(&'static str, Vec<String>)> {
        find_route(ROUTES, &operation).map(|(m, a)| (m.id, a))
    }

    #[test]
    fn a_self_link_picks_the_route_whose_path_ends_it() {
        let zonal = serde_json::json!({
            "name": "operation-1",
            "selfLink": "https://compute.googleapis.com/compute/v1/projects/p/zones/us-central1-a/operations/operation-1"
        });
        assert_eq!(
            route(zonal),
            Some((
                "compute.zoneOperations.wait",
                vec!["p".into(), "us-central1-a".into(), "operation-1".into()]
            ))
        );
        let global = serde_json::json!({
            "name": "operation-2",
            "selfLink": "https://compute.googleapis.com/compute/v1/projects/p%20q/global/operations/operation-2?x=1"
        });
        assert_eq!(
            route(global),
            Some((
                "compute.globalOperations.get",
                vec!["p q".into(), "operation-2".into()]
            ))
        );
    }

    #[test]
    fn a_name_picks_a_template_it_ends_or_a_single_parameter_it_fits() {
        let app = serde_json::json!({"name": "apps/my-app/operations/abc"});
        assert_eq!(
            route(app),
            Some((
                "appengine.apps.operations.get",
                vec!["my-app".into(), "abc".into()]
            ))
        );
        let aip = serde_json::json!({"name": "projects/p/locations/l/operations/o"});
        assert_eq!(
            route(aip),
            Some((
                "run.projects.locations.operations.get",
                vec!["projects/p/locations/l/operations/o".into()]
            ))
        );
        assert_eq!(route(serde_json::json!({"name": "operations/o"})), None);
        assert_eq!(route(serde_json::json!({"done": false})), None);
    }

    #[test]
    fn progress_follows_the_shape() {
        let done = OperationShape::Done;
        let status = OperationShape::Status { done_value: "DONE" };
        let op = |v: Value| v;
        assert_eq!(
            progress(done, &op(serde_json::json!({}))),
            Progress::Running
        );
        assert_eq!(
            progress(done, &op(serde_json::json!({"done": true}))),
            Progress::Succeeded
        );
        assert_eq!(
            progress(
                done,
                &op(serde_json::json!({"done": true, "error": {"code": 0}}))
            ),
            Progress::Succeeded
        );
        assert_eq!(
            progress(
                done,
                &op(serde_json::json!({"done": true, "error": {"code": 5, "message": "gone"}}))
            ),
            Progress::Failed
        );
        assert_eq!(
            progress(status, &op(serde_json::json!({"status": "RUNNING"}))),
            Progress::Running
        );
        assert_eq!(
            progress(
                status,
                &op(serde_json::json!({"status": "DONE", "error": {"errors": []}}))
            ),
            Progress::Succeeded
        );
        assert_eq!(
            progress(
                status,
                &op(serde_json::json!({"status": "DONE", "error": {"errors": [{"code": "X"}]}}))
            ),
            Progress::Failed
        );
    }
}
