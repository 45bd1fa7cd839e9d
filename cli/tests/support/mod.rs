//! Shared by the diff test and the semver judge: running `discogen`, and one synthetic
//! pair of documents per change kind the diff knows.
// Each test binary uses its own part of this module.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{json, Value};

pub fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// `discogen diff ARGS`.
pub fn diff(args: &[&str]) -> Run {
    let mut all = vec!["diff"];
    all.extend_from_slice(args);
    run_discogen(&all)
}

/// `discogen ARGS`, from the workspace root.
pub fn run_discogen(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_discogen"))
        .args(args)
        .current_dir(workspace())
        .env_remove("CLICOLOR_FORCE")
        .output()
        .expect("the discogen binary runs");
    Run {
        code: out.status.code().expect("exited, not killed"),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// Writes a document where the run can read it and returns its path.
pub fn write_doc(doc: &Value) -> String {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("diff");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!(
        "{}-{}.json",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::write(&path, serde_json::to_string_pretty(doc).unwrap()).unwrap();
    path.to_str().unwrap().to_string()
}

pub fn base() -> Value {
    serde_json::from_str(&std::fs::read_to_string(data("diff-base.json")).unwrap()).unwrap()
}

/// The JSON report of `old` → `new`.
pub fn report(old: &Value, new: &Value) -> Value {
    let run = diff(&[&write_doc(old), &write_doc(new), "--format", "json"]);
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    let output: Value = serde_json::from_str(&run.stdout).unwrap();
    output["reports"][0].clone()
}

/// `(kind, class, location)` of every change, sorted.
pub fn triples(report: &Value) -> Vec<(String, String, String)> {
    let mut out: Vec<_> = report["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let s = |k: &str| c[k].as_str().unwrap().to_string();
            (s("kind"), s("class"), s("location"))
        })
        .collect();
    out.sort();
    out
}

/// One change kind: how to get from the base document to the old and new sides, and the
/// changes expected, exactly.
pub struct Case {
    pub name: &'static str,
    pub old: fn(&mut Value),
    pub new: fn(&mut Value),
    pub expect: &'static [(&'static str, &'static str, &'static str)],
}

/// `Album` as an AIP-151 operation (`done`, `error`, and a `name` that `albums.get` reads it
/// again by), so every method answering it waits.
fn long_running(d: &mut Value) {
    *prop(d, "Album", "name") = json!({"type": "string"});
    *prop(d, "Album", "done") = json!({"type": "boolean"});
    *prop(d, "Album", "error") =
        json!({"type": "object", "properties": {"code": {"type": "integer"}}});
}

pub fn same(_: &mut Value) {}

/// Makes the document big enough for a cargo feature per resource
/// (`discogen::lower::FEATURE_THRESHOLD` methods and more), with a resource of its own.
pub fn big(d: &mut Value) {
    let methods: serde_json::Map<String, Value> = (0..=discogen::lower::FEATURE_THRESHOLD)
        .map(|i| {
            let method = json!({"id": format!("demo.filler.m{i}"), "path": format!("v1/filler/{i}"),
                "httpMethod": "GET"});
            (format!("m{i}"), method)
        })
        .collect();
    d["resources"]["filler"] = json!({ "methods": methods });
}

pub fn method<'a>(d: &'a mut Value, resource: &str, name: &str) -> &'a mut Value {
    &mut d["resources"][resource]["methods"][name]
}

pub fn param<'a>(d: &'a mut Value, resource: &str, name: &str, p: &str) -> &'a mut Value {
    &mut method(d, resource, name)["parameters"][p]
}

pub fn prop<'a>(d: &'a mut Value, schema: &str, p: &str) -> &'a mut Value {
    &mut d["schemas"][schema]["properties"][p]
}

pub fn remove(v: &mut Value, key: &str) {
    v.as_object_mut().unwrap().remove(key);
}

pub const B: &str = "breaking";
pub const C: &str = "compatible";
pub const D: &str = "documentation";
pub const READONLY: &str = "https://www.googleapis.com/auth/demo.readonly";

pub fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "a big API's type that one resource stops reaching, and another starts",
            old: big,
            new: |d| {
                big(d);
                method(d, "media", "upload")["response"] = json!({"$ref": "Stats"});
                method(d, "media", "download")["response"] = json!({"$ref": "Stats"});
            },
            // `media` no longer compiles `Album` (and its inline enum); `albums` still does.
            expect: &[
                ("response_changed", B, "media.download"),
                ("response_changed", B, "media.upload"),
                ("type_features_narrowed", B, "Album"),
                ("type_features_narrowed", B, "Album.kind"),
                ("type_features_widened", C, "Stats"),
            ],
        },
        Case {
            name: "version changed renames the crate",
            old: same,
            new: |d| d["version"] = json!("v2"),
            expect: &[("crate_renamed", B, "name, version")],
        },
        Case {
            name: "rootUrl",
            old: same,
            new: |d| d["rootUrl"] = json!("https://demo2.googleapis.com/"),
            expect: &[("root_url_changed", C, "rootUrl")],
        },
        Case {
            name: "servicePath",
            old: same,
            new: |d| d["servicePath"] = json!("demo/"),
            expect: &[("service_path_changed", C, "servicePath")],
        },
        Case {
            name: "batchPath",
            old: same,
            new: |d| d["batchPath"] = json!("batch/demo"),
            expect: &[("batch_path_changed", C, "batchPath")],
        },
        Case {
            name: "mtlsRootUrl",
            old: same,
            new: |d| remove(d, "mtlsRootUrl"),
            expect: &[("mtls_root_url_changed", C, "mtlsRootUrl")],
        },
        Case {
            name: "scope added to the API",
            old: same,
            new: |d| {
                d["auth"]["oauth2"]["scopes"]["https://www.googleapis.com/auth/demo.share"] =
                    json!({"description": "Share"})
            },
            expect: &[(
                "scope_added",
                C,
                "scope https://www.googleapis.com/auth/demo.share",
            )],
        },
        Case {
            name: "scope removed from the API",
            old: same,
            new: |d| remove(&mut d["auth"]["oauth2"]["scopes"], READONLY),
            expect: &[(
                "scope_removed",
                B,
                "scope https://www.googleapis.com/auth/demo.readonly",
            )],
        },
        Case {
            name: "resource added",
            old: |d| remove(&mut d["resources"], "media"),
            new: same,
            expect: &[("resource_added", C, "media")],
        },
        Case {
            name: "resource removed",
            old: same,
            new: |d| remove(&mut d["resources"], "media"),
            expect: &[("resource_removed", B, "media")],
        },
        Case {
            name: "nested resource removed",
            old: same,
            new: |d| remove(&mut d["resources"]["albums"], "resources"),
            expect: &[("resource_removed", B, "albums.photos")],
        },
        Case {
            name: "method added",
            old: |d| remove(&mut d["resources"]["albums"]["methods"], "stats"),
            new: same,
            expect: &[("method_added", C, "albums.stats")],
        },
        Case {
            name: "method removed",
            old: same,
            new: |d| remove(&mut d["resources"]["albums"]["methods"], "stats"),
            expect: &[("method_removed", B, "albums.stats")],
        },
        Case {
            name: "HTTP method changed",
            old: same,
            new: |d| method(d, "albums", "get")["httpMethod"] = json!("POST"),
            expect: &[("http_method_changed", B, "albums.get")],
        },
        Case {
            name: "path changed",
            old: same,
            new: |d| method(d, "albums", "list")["path"] = json!("v1/albums:list"),
            expect: &[("path_changed", C, "albums.list")],
        },
        Case {
            name: "request type changed",
            old: same,
            new: |d| method(d, "albums", "create")["request"] = json!({"$ref": "Album"}),
            expect: &[("request_changed", B, "albums.create")],
        },
        Case {
            name: "request added",
            old: same,
            new: |d| method(d, "albums", "stats")["request"] = json!({"$ref": "Album"}),
            expect: &[("request_changed", B, "albums.stats")],
        },
        Case {
            name: "response type changed",
            old: same,
            new: |d| method(d, "albums", "create")["response"] = json!({"$ref": "Stats"}),
            expect: &[("response_changed", B, "albums.create")],
        },
        Case {
            name: "scope of a method added",
            old: same,
            new: |d| {
                method(d, "albums", "create")["scopes"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!(READONLY))
            },
            expect: &[(
                "method_scope_added",
                C,
                "albums.create scope https://www.googleapis.com/auth/demo.readonly",
            )],
        },
        Case {
            name: "scope of a method removed",
            old: same,
            new: |d| {
                method(d, "albums", "get")["scopes"]
                    .as_array_mut()
                    .unwrap()
                    .truncate(1)
            },
            expect: &[(
                "method_scope_removed",
                B,
                "albums.get scope https://www.googleapis.com/auth/demo.readonly",
            )],
        },
        Case {
            name: "media upload added",
            old: |d| remove(method(d, "media", "upload"), "supportsMediaUpload"),
            new: same,
            expect: &[("media_upload_added", C, "media.upload")],
        },
        Case {
            name: "media upload removed",
            old: same,
            new: |d| remove(method(d, "media", "upload"), "supportsMediaUpload"),
            expect: &[("media_upload_removed", B, "media.upload")],
        },
        Case {
            name: "media upload limit changed",
            old: same,
            new: |d| method(d, "media", "upload")["mediaUpload"]["maxSize"] = json!("20MB"),
            expect: &[("media_upload_changed", C, "media.upload")],
        },
        Case {
            name: "media download added",
            old: |d| remove(method(d, "media", "download"), "supportsMediaDownload"),
            new: same,
            expect: &[("media_download_added", C, "media.download")],
        },
        Case {
            name: "media download removed",
            old: same,
            new: |d| remove(method(d, "media", "download"), "supportsMediaDownload"),
            expect: &[("media_download_removed", B, "media.download")],
        },
        Case {
            name: "pagination added with its page token",
            old: |d| remove(&mut method(d, "albums", "list")["parameters"], "pageToken"),
            new: same,
            expect: &[
                ("pagination_added", C, "albums.list"),
                ("parameter_added", C, "albums.list parameter pageToken"),
            ],
        },
        Case {
            name: "pagination removed with its page token",
            old: same,
            new: |d| remove(&mut method(d, "albums", "list")["parameters"], "pageToken"),
            expect: &[
                ("pagination_removed", B, "albums.list"),
                ("parameter_removed", B, "albums.list parameter pageToken"),
            ],
        },
        Case {
            name: "pagination item type changed",
            old: same,
            new: |d| prop(d, "ListAlbumsResponse", "albums")["items"] = json!({"$ref": "Stats"}),
            expect: &[
                ("pagination_changed", B, "albums.list"),
                ("property_type_changed", B, "ListAlbumsResponse.albums"),
            ],
        },
        Case {
            name: "poller added: the answer became an operation (AIP-151 done and error)",
            old: same,
            new: long_running,
            expect: &[
                ("poller_added", C, "albums.create"),
                ("poller_added", C, "albums.get"),
                ("poller_added", C, "albums.photos.get"),
                ("poller_added", C, "media.download"),
                ("poller_added", C, "media.upload"),
                ("property_added", C, "Album.done"),
                ("property_added", C, "Album.error"),
                ("property_added", C, "Album.name"),
            ],
        },
        Case {
            name: "poller removed",
            old: long_running,
            new: same,
            expect: &[
                ("poller_removed", B, "albums.create"),
                ("poller_removed", B, "albums.get"),
                ("poller_removed", B, "albums.photos.get"),
                ("poller_removed", B, "media.download"),
                ("poller_removed", B, "media.upload"),
                ("property_removed", B, "Album.done"),
                ("property_removed", B, "Album.error"),
                ("property_removed", B, "Album.name"),
            ],
        },
        Case {
            name: "poller yields another type: the description names the operation's response",
            old: long_running,
            new: |d| {
                long_running(d);
                method(d, "albums", "create")["description"] =
                    json!("Creates an album. The response field type is `Stats`.");
            },
            expect: &[
                ("description_changed", D, "albums.create"),
                ("poller_changed", B, "albums.create"),
            ],
        },
        Case {
            name: "optional parameter added",
            old: same,
            new: |d| {
                *param(d, "albums", "get", "language") =
                    json!({"type": "string", "location": "query"})
            },
            expect: &[("parameter_added", C, "albums.get parameter language")],
        },
        Case {
            name: "required parameter added",
            old: same,
            new: |d| {
                *param(d, "albums", "get", "version") =
                    json!({"type": "string", "location": "query", "required": true})
            },
            expect: &[("parameter_added", B, "albums.get parameter version")],
        },
        Case {
            name: "parameter removed",
            old: same,
            new: |d| remove(&mut method(d, "albums", "get")["parameters"], "shareToken"),
            expect: &[("parameter_removed", B, "albums.get parameter shareToken")],
        },
        Case {
            name: "parameter type changed",
            old: same,
            new: |d| {
                let p = param(d, "albums", "get", "shareToken");
                p["type"] = json!("integer");
                p["format"] = json!("int32");
            },
            expect: &[(
                "parameter_type_changed",
                B,
                "albums.get parameter shareToken",
            )],
        },
        Case {
            name: "parameter format changed, Rust type kept",
            old: same,
            new: |d| remove(param(d, "albums", "list", "pageSize"), "format"),
            expect: &[(
                "parameter_type_changed",
                C,
                "albums.list parameter pageSize",
            )],
        },
        Case {
            name: "parameter made required",
            old: same,
            new: |d| param(d, "albums", "get", "shareToken")["required"] = json!(true),
            expect: &[(
                "parameter_made_required",
                B,
                "albums.get parameter shareToken",
            )],
        },
        Case {
            name: "parameter made optional",
            old: same,
            new: |d| {
                remove(param(d, "albums", "stats", "period"), "required");
                method(d, "albums", "stats")["parameterOrder"] = json!(["albumId"]);
            },
            expect: &[(
                "parameter_made_optional",
                B,
                "albums.stats parameter period",
            )],
        },
        Case {
            name: "parameter made repeated",
            old: same,
            new: |d| param(d, "albums", "get", "shareToken")["repeated"] = json!(true),
            expect: &[(
                "parameter_made_repeated",
                B,
                "albums.get parameter shareToken",
            )],
        },
        Case {
            name: "parameter no longer repeated",
            old: same,
            new: |d| remove(param(d, "albums", "list", "ids"), "repeated"),
            expect: &[("parameter_made_single", B, "albums.list parameter ids")],
        },
        Case {
            name: "parameter moved from the query to the path",
            old: same,
            new: |d| {
                param(d, "albums", "stats", "period")["location"] = json!("path");
                method(d, "albums", "stats")["path"] = json!("v1/albums/{+albumId}/{period}:stats");
            },
            expect: &[
                (
                    "parameter_location_changed",
                    C,
                    "albums.stats parameter period",
                ),
                ("path_changed", C, "albums.stats"),
            ],
        },
        Case {
            name: "constructor arguments reordered",
            old: same,
            new: |d| {
                d["resources"]["albums"]["resources"]["photos"]["methods"]["get"]
                    ["parameterOrder"] = json!(["photoId", "albumId"])
            },
            expect: &[("parameter_order_changed", B, "albums.photos.get")],
        },
        Case {
            name: "parameter pattern changed",
            old: same,
            new: |d| param(d, "albums", "get", "albumId")["pattern"] = json!("^albums/[^/]+$"),
            expect: &[(
                "parameter_pattern_changed",
                C,
                "albums.get parameter albumId",
            )],
        },
        Case {
            name: "parameter default changed",
            old: same,
            new: |d| param(d, "albums", "list", "pageSize")["default"] = json!("50"),
            expect: &[(
                "parameter_default_changed",
                D,
                "albums.list parameter pageSize",
            )],
        },
        Case {
            name: "enum value of a parameter added",
            old: same,
            new: |d| param(d, "albums", "get", "view")["enum"] = json!(["BASIC", "FULL", "NONE"]),
            expect: &[(
                "enum_value_added",
                C,
                "albums.get parameter view value NONE",
            )],
        },
        Case {
            name: "schema added",
            old: same,
            new: |d| {
                d["schemas"]["Comment"] =
                    json!({"type": "object", "properties": {"text": {"type": "string"}}})
            },
            expect: &[("schema_added", C, "Comment")],
        },
        Case {
            name: "schema removed",
            old: same,
            new: |d| remove(&mut d["schemas"], "Tags"),
            expect: &[("schema_removed", B, "Tags")],
        },
        Case {
            name: "struct schema removed",
            old: |d| {
                d["schemas"]["Unused"] =
                    json!({"type": "object", "properties": {"a": {"type": "string"}}})
            },
            new: same,
            expect: &[("schema_removed", B, "Unused")],
        },
        Case {
            name: "alias points to another type",
            old: same,
            new: |d| d["schemas"]["Tags"]["items"] = json!({"type": "integer"}),
            expect: &[("schema_type_changed", B, "Tags")],
        },
        Case {
            name: "struct became a plain string",
            old: same,
            new: |d| {
                d["schemas"]["Stats"] =
                    json!({"type": "string", "description": "Only ever part of a response."})
            },
            expect: &[("schema_type_changed", B, "Stats")],
        },
        Case {
            name: "inline enum replaces a schema of the same name",
            old: |d| {
                d["schemas"]["AlbumKind"] = json!({
                    "type": "string",
                    "enum": ["PHOTO", "VIDEO"],
                    "enumDescriptions": ["A photo.", "A video."]
                });
                *prop(d, "Album", "kind") = json!({"$ref": "AlbumKind"});
            },
            new: same,
            // The same Rust type: only the document's wording changed.
            expect: &[("property_type_changed", C, "Album.kind")],
        },
        Case {
            name: "schema of the same name replaces an inline enum",
            old: same,
            new: |d| {
                d["schemas"]["AlbumKind"] = json!({
                    "type": "string",
                    "enum": ["PHOTO", "VIDEO"],
                    "enumDescriptions": ["A photo.", "A video."]
                });
                *prop(d, "Album", "kind") = json!({"$ref": "AlbumKind"});
            },
            expect: &[("property_type_changed", C, "Album.kind")],
        },
        Case {
            name: "property added to a response-only type",
            old: same,
            new: |d| *prop(d, "Stats", "likes") = json!({"type": "integer"}),
            expect: &[("property_added", C, "Stats.likes")],
        },
        Case {
            name: "property added to a type requests contain",
            old: same,
            new: |d| *prop(d, "Album", "cover") = json!({"type": "string"}),
            expect: &[("property_added", C, "Album.cover")],
        },
        Case {
            name: "required property added to a type requests contain",
            old: same,
            new: |d| *prop(d, "Album", "day") = json!({"type": "string", "required": true}),
            expect: &[("property_added", C, "Album.day")],
        },
        Case {
            name: "property removed",
            old: same,
            new: |d| remove(&mut d["schemas"]["Album"]["properties"], "title"),
            expect: &[("property_removed", B, "Album.title")],
        },
        Case {
            name: "property type changed",
            old: same,
            new: |d| prop(d, "Album", "count")["format"] = json!("int32"),
            expect: &[("property_type_changed", B, "Album.count")],
        },
        Case {
            name: "property format changed, Rust type kept",
            old: same,
            new: |d| prop(d, "Album", "created")["format"] = json!("date-time"),
            expect: &[("property_type_changed", C, "Album.created")],
        },
        Case {
            name: "map values changed type",
            old: same,
            new: |d| {
                prop(d, "Album", "labels")["additionalProperties"] = json!({"type": "integer"})
            },
            expect: &[("property_type_changed", B, "Album.labels")],
        },
        Case {
            name: "property made required",
            old: same,
            new: |d| prop(d, "Album", "title")["required"] = json!(true),
            expect: &[("property_made_required", B, "Album.title")],
        },
        Case {
            name: "property made optional",
            old: same,
            new: |d| remove(prop(d, "Stats", "views"), "required"),
            expect: &[("property_made_optional", B, "Stats.views")],
        },
        Case {
            name: "property now output only",
            old: same,
            new: |d| prop(d, "Album", "id")["readOnly"] = json!(true),
            expect: &[("property_read_only_changed", D, "Album.id")],
        },
        Case {
            name: "property required by a method",
            old: same,
            new: |d| {
                prop(d, "Album", "title")["annotations"] =
                    json!({"required": ["demo.albums.create"]})
            },
            expect: &[("property_required_by_changed", C, "Album.title")],
        },
        Case {
            name: "enum value added",
            old: same,
            new: |d| prop(d, "Album", "kind")["enum"] = json!(["PHOTO", "VIDEO", "ALBUM"]),
            expect: &[("enum_value_added", C, "Album.kind value ALBUM")],
        },
        Case {
            name: "enum value removed",
            old: same,
            new: |d| prop(d, "Album", "kind")["enum"] = json!(["PHOTO"]),
            expect: &[("enum_value_removed", B, "Album.kind value VIDEO")],
        },
        Case {
            name: "a new schema takes an inline type's Rust name",
            old: same,
            new: |d| {
                d["schemas"]["AlbumKind"] =
                    json!({"type": "object", "properties": {"a": {"type": "string"}}})
            },
            expect: &[
                ("rust_name_changed", B, "Album.kind"),
                ("schema_added", C, "AlbumKind"),
            ],
        },
        Case {
            name: "method deprecated",
            old: same,
            new: |d| method(d, "albums", "get")["deprecated"] = json!(true),
            expect: &[("deprecated", C, "albums.get")],
        },
        Case {
            name: "parameter no longer deprecated",
            old: same,
            new: |d| remove(param(d, "albums", "get", "shareToken"), "deprecated"),
            expect: &[("undeprecated", C, "albums.get parameter shareToken")],
        },
        Case {
            name: "method description changed",
            old: same,
            new: |d| method(d, "albums", "get")["description"] = json!("Returns one album."),
            expect: &[("description_changed", D, "albums.get")],
        },
        Case {
            name: "whitespace of a description is no change",
            old: same,
            new: |d| method(d, "albums", "get")["description"] = json!("Returns\n  an album. "),
            expect: &[],
        },
        Case {
            name: "schema description changed",
            old: same,
            new: |d| d["schemas"]["Album"]["description"] = json!("A set of photos."),
            expect: &[("description_changed", D, "Album")],
        },
    ]
}
