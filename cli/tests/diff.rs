//! `discogen diff`, run as the built binary: one synthetic pair of documents per change
//! kind (asserting its class and location), the real Photos Library revisions of 2018 and
//! 2024, the output formats and the exit codes.

mod support;

use std::path::Path;

use serde_json::{json, Value};

use support::*;

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
        json!([
            {"change": "added", "before": null, "after": "Stats::likes: Option<i64>"},
            {"change": "added", "before": null, "after": "Stats::set_likes(impl Into<i64>)"},
            {"change": "added", "before": null, "after": "Stats::set_or_clear_likes(Option<i64>)"}
        ])
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
        json!({"added": 3, "removed": 1, "changed": 1})
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
        removed("media::Upload::upload(media: rt::media::Media) -> Result<Album, Error>")
    );
    assert_eq!(
        rust("media_download_removed"),
        removed("media::Download::download() -> Result<rt::media::Download, Error>")
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
    diff(&args)
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
    has("property_added", C, "Filters.featureFilter");
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
    assert_eq!(diff(&[&old, &new, "--fail-on", "breaking"]).code, 0);
    assert_eq!(diff(&[&old, &new, "--fail-on", "compatible"]).code, 1);
    assert_eq!(diff(&[&old, &new]).code, 0);
    assert_eq!(diff(&[&old, &old, "--fail-on", "documentation"]).code, 0);
}

/// Bad input: one line on stderr, exit code 2, nothing on stdout.
fn assert_bad_input(args: &[&str], expected: &str) {
    let run = diff(args);
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
    let run = diff(&[
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
    let run = diff(&["--format", "json"]);
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

/// The Picker's document is reconstructed by hand; the diff against Google's own (here: the
/// same document without the marker, at a later revision) says which side is which.
#[test]
fn a_reconstructed_document_is_named_as_such() {
    let reconstructed = workspace().join("discovery/photospicker.v1.json");
    let mut published: Value =
        serde_json::from_str(&std::fs::read_to_string(&reconstructed).unwrap()).unwrap();
    assert!(published["x-discogen-reconstructed"].is_string());
    published
        .as_object_mut()
        .unwrap()
        .remove("x-discogen-reconstructed");
    published["revision"] = json!("20261101");
    let published = write_doc(&published);
    // Run from the workspace root, which the label is relative to.
    let old = "discovery/photospicker.v1.json";
    let text = diff(&[old, &published]);
    assert_eq!(text.code, 0, "{}", text.stderr);
    let lines: Vec<&str> = text.stdout.lines().take(3).collect();
    assert_eq!(lines[0], "photospicker:v1: 20250725 → 20261101");
    assert_eq!(
        lines[1],
        format!("  old: {old} (reconstructed by hand, not Google's)")
    );
    assert!(
        lines[2].starts_with("  new: ") && !lines[2].contains("reconstructed"),
        "{}",
        lines[2]
    );
    let json: Value =
        serde_json::from_str(&diff(&[old, &published, "--format", "json"]).stdout).unwrap();
    assert_eq!(json["reports"][0]["old"]["reconstructed"], true);
    assert_eq!(json["reports"][0]["new"]["reconstructed"], false);
}
