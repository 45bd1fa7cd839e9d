//! `cargo xtask diff`, run as the built binary: one synthetic pair of documents per change
//! kind (asserting its class and location), the real Photos Library revisions of 2018 and
//! 2024, the output formats and the exit codes.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{json, Value};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn xtask(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("diff")
        .args(args)
        .current_dir(workspace())
        .env_remove("CLICOLOR_FORCE")
        .output()
        .expect("the xtask binary runs");
    Run {
        code: out.status.code().expect("exited, not killed"),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// Writes a document where the run can read it and returns its path.
fn write_doc(doc: &Value) -> String {
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

fn base() -> Value {
    serde_json::from_str(&std::fs::read_to_string(data("diff-base.json")).unwrap()).unwrap()
}

/// The JSON report of `old` → `new`.
fn report(old: &Value, new: &Value) -> Value {
    let run = xtask(&[&write_doc(old), &write_doc(new), "--format", "json"]);
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    let output: Value = serde_json::from_str(&run.stdout).unwrap();
    output["reports"][0].clone()
}

/// `(kind, class, location)` of every change, sorted.
fn triples(report: &Value) -> Vec<(String, String, String)> {
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
struct Case {
    name: &'static str,
    old: fn(&mut Value),
    new: fn(&mut Value),
    expect: &'static [(&'static str, &'static str, &'static str)],
}

fn same(_: &mut Value) {}

fn method<'a>(d: &'a mut Value, resource: &str, name: &str) -> &'a mut Value {
    &mut d["resources"][resource]["methods"][name]
}

fn param<'a>(d: &'a mut Value, resource: &str, name: &str, p: &str) -> &'a mut Value {
    &mut method(d, resource, name)["parameters"][p]
}

fn prop<'a>(d: &'a mut Value, schema: &str, p: &str) -> &'a mut Value {
    &mut d["schemas"][schema]["properties"][p]
}

fn remove(v: &mut Value, key: &str) {
    v.as_object_mut().unwrap().remove(key);
}

const B: &str = "breaking";
const C: &str = "compatible";
const D: &str = "documentation";
const READONLY: &str = "https://www.googleapis.com/auth/demo.readonly";

fn cases() -> Vec<Case> {
    vec![
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
            expect: &[("property_added", B, "Album.cover")],
        },
        Case {
            name: "required property added to a response-only type",
            old: same,
            new: |d| *prop(d, "Stats", "day") = json!({"type": "string", "required": true}),
            expect: &[("property_added", B, "Stats.day")],
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

#[test]
fn every_change_kind_has_its_class() {
    let mut failures = Vec::new();
    for case in cases() {
        let (mut old, mut new) = (base(), base());
        (case.old)(&mut old);
        (case.new)(&mut new);
        let got = triples(&report(&old, &new));
        let mut want: Vec<(String, String, String)> = case
            .expect
            .iter()
            .map(|(k, c, l)| (k.to_string(), c.to_string(), l.to_string()))
            .collect();
        want.sort();
        if got != want {
            failures.push(format!("{}:\n  want {want:?}\n  got  {got:?}", case.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The kinds `report.rs` declares, read from its source.
fn declared_kinds() -> Vec<String> {
    let source =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/diff/report.rs"))
            .unwrap();
    let kinds: Vec<String> = source
        .lines()
        .filter_map(|l| {
            let (_, rest) = l.trim().split_once(" = \"")?;
            Some(rest.strip_suffix("\",")?.to_string())
        })
        .collect();
    assert!(kinds.len() > 40, "found only {kinds:?}");
    kinds
}

#[test]
fn every_kind_has_a_synthetic_case_and_is_documented() {
    let covered: Vec<&str> = cases()
        .iter()
        .flat_map(|c| c.expect.iter().map(|(k, _, _)| *k))
        .collect();
    let docs = std::fs::read_to_string(workspace().join("docs/diff.md")).unwrap();
    for kind in declared_kinds() {
        assert!(covered.contains(&kind.as_str()), "no case for `{kind}`");
        assert!(
            docs.contains(&format!("`{kind}`")),
            "docs/diff.md does not list `{kind}`"
        );
    }
}

#[test]
fn no_change_between_equal_documents() {
    let r = report(&base(), &base());
    assert_eq!(r["changes"], json!([]));
    assert_eq!(
        r["summary"]["semver"],
        json!({"bump": "none", "pre_1_0": "none"})
    );
}

#[test]
fn changes_carry_their_rust_items() {
    let mut new = base();
    *prop(&mut new, "Stats", "likes") = json!({"type": "string", "format": "int64"});
    *param(&mut new, "albums", "get", "version") =
        json!({"type": "string", "location": "query", "required": true});
    remove(
        &mut method(&mut new, "albums", "get")["parameters"],
        "shareToken",
    );
    let r = report(&base(), &new);
    let rust = |location: &str| -> Value {
        r["changes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["location"] == location)
            .unwrap_or_else(|| panic!("no change at {location}"))["rust"]
            .clone()
    };
    assert_eq!(
        rust("Stats.likes"),
        json!([{"change": "added", "before": null, "after": "Stats::likes: Option<i64>"}])
    );
    assert_eq!(
        rust("albums.get parameter shareToken"),
        json!([{
            "change": "removed",
            "before": "albums::Get::share_token(share_token: impl Into<String>)",
            "after": null
        }])
    );
    assert_eq!(
        rust("albums.get parameter version"),
        json!([{
            "change": "changed",
            "before": "albums::Albums::get(album_id: impl Into<String>) -> albums::Get",
            "after": "albums::Albums::get(album_id: impl Into<String>, version: impl Into<String>) -> albums::Get"
        }])
    );
    assert_eq!(
        r["summary"]["rust_items"],
        json!({"added": 1, "removed": 1, "changed": 1})
    );
    assert_eq!(
        r["summary"]["semver"],
        json!({"bump": "major", "pre_1_0": "minor"})
    );
}

#[test]
fn method_level_changes_carry_their_rust_items() {
    let mut new = base();
    remove(method(&mut new, "media", "upload"), "supportsMediaUpload");
    remove(
        method(&mut new, "media", "download"),
        "supportsMediaDownload",
    );
    method(&mut new, "albums", "get")["deprecated"] = json!(true);
    remove(&mut new["resources"]["albums"], "resources");
    let r = report(&base(), &new);
    let rust = |kind: &str| -> Value {
        r["changes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["kind"] == kind)
            .unwrap_or_else(|| panic!("no {kind}"))["rust"]
            .clone()
    };
    let removed = |item: &str| json!([{"change": "removed", "before": item, "after": null}]);
    assert_eq!(
        rust("media_upload_removed"),
        removed("media::Upload::upload(media: rt::Media) -> Result<Album, Error>")
    );
    assert_eq!(
        rust("media_download_removed"),
        removed("media::Download::download() -> Result<rt::Download, Error>")
    );
    assert_eq!(
        rust("resource_removed"),
        removed("albums::Albums::photos() -> albums::photos::Photos")
    );
    assert_eq!(
        rust("deprecated")[0]["after"],
        "#[deprecated] albums::Albums::get(album_id: impl Into<String>) -> albums::Get"
    );
}

#[test]
fn semver_follows_the_worst_class() {
    let bump = |new: &Value| report(&base(), new)["summary"]["semver"].clone();
    let mut compatible = base();
    *prop(&mut compatible, "Stats", "likes") = json!({"type": "integer"});
    assert_eq!(
        bump(&compatible),
        json!({"bump": "minor", "pre_1_0": "patch"})
    );
    let mut docs = base();
    docs["schemas"]["Album"]["description"] = json!("Photos.");
    assert_eq!(bump(&docs), json!({"bump": "patch", "pre_1_0": "patch"}));
}

// The real Photos Library API, October 2018 → June 2024.

const PHOTOS_2018: &str = "photoslibrary.v1.20181004.json";
const PHOTOS_2024: &str = "photoslibrary.v1.json";

fn photos(extra: &[&str]) -> Run {
    let (old, new) = (data(PHOTOS_2018), data(PHOTOS_2024));
    let mut args = vec![old.to_str().unwrap(), new.to_str().unwrap()];
    args.extend_from_slice(extra);
    xtask(&args)
}

fn photos_json() -> Value {
    let run = photos(&["--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let output: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(output["format"], 1);
    output["reports"][0].clone()
}

#[test]
fn photos_2018_to_2024() {
    let r = photos_json();
    let got = triples(&r);
    let has = |kind: &str, class: &str, location: &str| {
        assert!(
            got.contains(&(kind.into(), class.into(), location.into())),
            "missing {kind} {class} {location}"
        );
    };
    for m in [
        "albums.batchAddMediaItems",
        "albums.batchRemoveMediaItems",
        "albums.patch",
        "albums.unshare",
        "mediaItems.batchGet",
        "mediaItems.patch",
        "sharedAlbums.leave",
    ] {
        has("method_added", C, m);
    }
    assert_eq!(got.iter().filter(|t| t.0 == "method_added").count(), 7);
    has("parameter_removed", B, "albums.get parameter shareToken");
    has("parameter_removed", B, "sharedAlbums.get parameter albumId");
    for scope in [
        "photoslibrary",
        "photoslibrary.readonly",
        "photoslibrary.readonly.appcreateddata",
    ] {
        has(
            "method_scope_removed",
            B,
            &format!("sharedAlbums.get scope https://www.googleapis.com/auth/{scope}"),
        );
    }
    for schema in [
        "BatchAddMediaItemsToAlbumRequest",
        "BatchAddMediaItemsToAlbumResponse",
        "BatchGetMediaItemsResponse",
        "BatchRemoveMediaItemsFromAlbumRequest",
        "BatchRemoveMediaItemsFromAlbumResponse",
        "FeatureFilter",
        "LeaveSharedAlbumRequest",
        "LeaveSharedAlbumResponse",
        "MediaItemResult",
        "UnshareAlbumRequest",
        "UnshareAlbumResponse",
    ] {
        has("schema_added", C, schema);
    }
    assert_eq!(got.iter().filter(|t| t.0 == "schema_added").count(), 11);
    has(
        "scope_added",
        C,
        "scope https://www.googleapis.com/auth/photoslibrary.edit.appcreateddata",
    );
    has(
        "enum_value_added",
        C,
        "ContentFilter.includedContentCategories[] value ARTS",
    );
    has("property_added", B, "Filters.featureFilter");
    // Nothing was removed from a schema or the resource tree.
    assert!(!got.iter().any(|t| t.0.ends_with("_removed")
        && !t.0.starts_with("parameter")
        && !t.0.starts_with("method_scope")));
    let summary = &r["summary"];
    assert_eq!(
        summary["semver"],
        json!({"bump": "major", "pre_1_0": "minor"})
    );
    let count = |class: &str| got.iter().filter(|t| t.1 == class).count();
    assert_eq!(summary["breaking"], count(B));
    assert_eq!(summary["compatible"], count(C));
    assert_eq!(summary["documentation"], count(D));
    assert!(count(D) > 0);
    // The new schema's inline enum comes with it rather than on its own.
    let feature_filter = r["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["location"] == "FeatureFilter")
        .unwrap();
    assert_eq!(
        feature_filter["rust"],
        json!([
            {"change": "added", "before": null, "after": "struct FeatureFilter"},
            {"change": "added", "before": null, "after": "enum FeatureFilterIncludedFeaturesItem"}
        ])
    );
}

#[test]
fn photos_as_text() {
    let run = photos(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = &run.stdout;
    assert!(
        !out.contains('\x1b'),
        "no colour when stdout is not a terminal"
    );
    let first: Vec<&str> = out.lines().take(6).collect();
    assert_eq!(first[0], "photoslibrary:v1: 20181004 → 20240626");
    assert!(
        first[3].contains(" breaking, ") && first[3].contains("--verbose"),
        "{}",
        first[3]
    );
    assert!(first[4].starts_with("Rust items: "), "{}", first[4]);
    assert_eq!(
        first[5],
        "Suggested version bump: major (minor for a 0.x crate)"
    );
    for line in [
        "Resource albums",
        "Resource sharedAlbums",
        "Schema FeatureFilter",
        "  breaking       albums.get parameter shareToken: optional query parameter removed (was string)",
        "                 - albums::Get::share_token(share_token: impl Into<String>)",
        "  compatible     albums.patch: method added (PATCH v1/albums/{+id})",
        "                 + albums::Albums::patch(id: impl Into<String>, request: Album) -> albums::Patch",
    ] {
        assert!(out.lines().any(|l| l == line), "missing line {line:?} in\n{out}");
    }
    // Resources before schemas, and each group once.
    let albums = out.find("\nResource albums\n").unwrap();
    let schema = out.find("\nSchema ").unwrap();
    assert!(albums < schema);
    assert_eq!(out.matches("\nResource albums\n").count(), 1);
    // Documentation changes only with --verbose.
    assert!(!out.contains("documentation  "));
    let verbose = photos(&["--verbose"]).stdout;
    assert!(verbose.contains("  documentation  albums.get: description changed"));
}

#[test]
fn photos_as_markdown() {
    let run = photos(&["--format", "markdown"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = &run.stdout;
    assert!(
        md.starts_with("## `photoslibrary:v1`: 20181004 → 20240626\n"),
        "{md}"
    );
    assert!(md.contains("**Suggested version bump: major (minor for a 0.x crate).**"));
    let breaking = md.find("\n### Breaking changes\n").unwrap();
    let compatible = md.find("\n### Compatible changes\n").unwrap();
    assert!(breaking < compatible);
    let shares = md
        .find(
            "- `albums.get parameter shareToken`: optional query parameter removed (was `string`)",
        )
        .unwrap();
    assert!(breaking < shares && shares < compatible);
    assert!(md.contains("  - removed `albums::Get::share_token(share_token: impl Into<String>)`"));
    assert!(md.contains("- `sharedAlbums.leave`: method added"));
    assert!(!md.contains("### Documentation changes"));
    assert!(md.contains("documentation-only changes not listed"));
    let verbose = photos(&["--format", "markdown", "--verbose"]).stdout;
    assert!(verbose.contains("\n### Documentation changes\n"));
}

#[test]
fn fail_on_sets_the_exit_code() {
    assert_eq!(photos(&["--fail-on", "breaking"]).code, 1);
    assert_eq!(photos(&["--fail-on", "compatible"]).code, 1);
    let mut compatible = base();
    *prop(&mut compatible, "Stats", "likes") = json!({"type": "integer"});
    let (old, new) = (write_doc(&base()), write_doc(&compatible));
    assert_eq!(xtask(&[&old, &new, "--fail-on", "breaking"]).code, 0);
    assert_eq!(xtask(&[&old, &new, "--fail-on", "compatible"]).code, 1);
    assert_eq!(xtask(&[&old, &new]).code, 0);
    assert_eq!(xtask(&[&old, &old, "--fail-on", "documentation"]).code, 0);
}

/// Bad input: one line on stderr, exit code 2, nothing on stdout.
fn assert_bad_input(args: &[&str], expected: &str) {
    let run = xtask(args);
    assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.starts_with("error: "), "{}", run.stderr);
    assert!(run.stderr.contains(expected), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
}

#[test]
fn bad_input_is_one_line_and_exit_code_2() {
    let good = data(PHOTOS_2024);
    let good = good.to_str().unwrap();
    let not_json = write_doc(&json!("just a string"));
    assert_bad_input(&[&not_json, good], "not a usable Discovery document");
    let cargo_toml = workspace().join("Cargo.toml");
    assert_bad_input(
        &[cargo_toml.to_str().unwrap(), good],
        "expected a JSON object",
    );
    let wrong_shape =
        write_doc(&json!({"name": "x", "version": "v1", "rootUrl": "r", "resources": 5}));
    assert_bad_input(&[good, &wrong_shape], "resources");
    let dangling = write_doc(&json!({
        "name": "x", "version": "v1", "rootUrl": "r",
        "schemas": {"A": {"type": "object", "properties": {"b": {"$ref": "Missing"}}}}
    }));
    assert_bad_input(&[good, &dangling], "Missing");
    assert_bad_input(
        &["no/such/file.json", good],
        "cannot read `no/such/file.json`",
    );
    assert_bad_input(
        &["no-such-revision-xyz:discovery/photoslibrary.v1.json", good],
        "no-such-revision-xyz",
    );
    assert_bad_input(
        &["HEAD:discovery/no-such-document.json", good],
        "no-such-document.json",
    );
}

#[test]
fn reads_a_side_from_git() {
    let run = xtask(&[
        "HEAD:discovery/photoslibrary.v1.json",
        "discovery/photoslibrary.v1.json",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let output: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        output["reports"][0]["old"]["source"],
        "HEAD:discovery/photoslibrary.v1.json"
    );
    assert_eq!(output["reports"][0]["old"]["id"], "photoslibrary:v1");
}

#[test]
fn without_arguments_compares_discovery_with_head() {
    let run = xtask(&["--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let output: Value = serde_json::from_str(&run.stdout).unwrap();
    let reports = output["reports"].as_array().unwrap();
    assert!(!reports.is_empty());
    for r in reports {
        let old = r["old"]["source"].as_str().unwrap();
        let new = r["new"]["source"].as_str().unwrap();
        assert_eq!(old, format!("HEAD:{new}"));
    }
}
