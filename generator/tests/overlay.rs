//! The overlay (`discogen::overlay`): notes and limits added to what a document generates,
//! and clear errors when it names something the document does not have.

use discogen::{generate, Error, Options, Overlay};

const FIXTURE: &str = include_str!("fixtures/features.json");

fn generate_with(overlay: &str) -> Result<Vec<discogen::GeneratedFile>, Error> {
    let options = Options {
        overlay: Some(Overlay::parse(overlay)?),
        ..Options::default()
    };
    generate(FIXTURE, &options)
}

fn file(files: &[discogen::GeneratedFile], path: &str) -> String {
    files
        .iter()
        .find(|f| f.path.to_string_lossy() == path)
        .unwrap_or_else(|| panic!("{path} generated"))
        .contents
        .clone()
}

#[test]
fn limits_become_checks_in_send_and_notes_become_docs() {
    let files = generate_with(
        r#"{
          "note": "A crate note.",
          "methods": {
            "fixture.nodes.list": {
              "note": "Withdrawn in 2025.",
              "limits": [{"param": "tags", "maxItems": 5}, {"param": "parent", "maxLength": 20}]
            },
            "fixture.nodes.search": {"limits": [{"field": "query", "maxLength": 100}]}
          }
        }"#,
    )
    .unwrap();
    let nodes = file(&files, "src/nodes.rs");
    assert!(nodes.contains("Withdrawn in 2025."), "{nodes}");
    assert!(nodes.contains("- `tags`: at most 5 items"));
    // rustfmt may wrap the checks; compare without whitespace.
    let code: String = nodes.split_whitespace().collect();
    assert!(code.contains(
        "call.check(crate::rt::internal::limits::max_items(&LIST,\"tags\",value.len(),5)"
    ));
    assert!(code
        .contains("call.check(crate::rt::internal::limits::max_length(&LIST,\"parent\",value,20)"));
    assert!(file(&files, "src/lib.rs").contains("A crate note."));
    // Without an overlay, nothing changes.
    let plain = generate(FIXTURE, &Options::default()).unwrap();
    assert!(!file(&plain, "src/nodes.rs").contains("rt::limits"));
}

#[test]
fn unknown_names_and_mismatched_rules_are_errors() {
    let cases = [
        (r#"{"methods": {"fixture.nope": {}}}"#, "no such method"),
        (
            r#"{"scopes": {"https://example.com/x": {"note": "n"}}}"#,
            "no such scope",
        ),
        (
            r#"{"methods": {"fixture.nodes.list": {"limits": [{"param": "nope", "maxItems": 1}]}}}"#,
            "no parameter `nope`",
        ),
        (
            r#"{"methods": {"fixture.nodes.search": {"limits": [{"field": "nope", "maxLength": 1}]}}}"#,
            "no field `nope`",
        ),
        (
            r#"{"methods": {"fixture.nodes.search": {"limits": [{"field": "query[]", "maxLength": 1}]}}}"#,
            "not an array",
        ),
        (
            r#"{"methods": {"fixture.nodes.list": {"limits": [{"param": "parent", "maxItems": 1}]}}}"#,
            "is not an array",
        ),
        (
            r#"{"methods": {"fixture.nodes.list": {"limits": [{"param": "parent"}]}}}"#,
            "no rule",
        ),
        (
            r#"{"methods": {"fixture.nodes.list": {"limits": [{"param": "parent", "field": "x", "maxLength": 1}]}}}"#,
            "exactly one",
        ),
        (
            r#"{"methods": {"fixture.ping": {"limits": [{"field": "x", "maxLength": 1}]}}}"#,
            "no request body",
        ),
        (r#"{"mehtods": {}}"#, "unknown field"),
        (
            r#"{"retry": {"minimumWaits": [{"status": 200, "seconds": 1}]}}"#,
            "expected an HTTP error status (400 to 599), got 200",
        ),
    ];
    for (overlay, needle) in cases {
        let err = generate_with(overlay)
            .err()
            .unwrap_or_else(|| panic!("{overlay} fails"));
        assert!(matches!(err, Error::Overlay { .. }), "{overlay}: {err:?}");
        assert!(err.to_string().contains(needle), "{overlay}: {err}");
    }
}

#[test]
fn withdrawn_scopes_are_listed_last() {
    // `fixture.nodes.get` lists `fixture` then `fixture.readonly`; token providers ask for a
    // method's first scope, so a withdrawn one must not stay first.
    let static_of = |files: &[discogen::GeneratedFile]| {
        let nodes = file(files, "src/nodes.rs");
        let start = nodes.find("static GET").expect("GET static");
        nodes[start..start + nodes[start..].find("};").unwrap()].to_string()
    };
    let plain = static_of(&generate(FIXTURE, &Options::default()).unwrap());
    let auth = plain.find("auth/fixture\"").unwrap();
    let readonly = plain.find("auth/fixture.readonly\"").unwrap();
    assert!(auth < readonly, "{plain}");
    let files = generate_with(
        r#"{"scopes": {"https://www.googleapis.com/auth/fixture": {"withdrawn": true}}}"#,
    )
    .unwrap();
    let reordered = static_of(&files);
    let auth = reordered.find("auth/fixture\"").unwrap();
    let readonly = reordered.find("auth/fixture.readonly\"").unwrap();
    assert!(readonly < auth, "{reordered}");
}

/// `Node` as long-running work by the overlay alone: done when `type` is `LEAF`, failed when
/// `payload` is set, read again with `nodes.get` by `owner.self`.
const NODE_OPERATION: &str = r#"{"operations": {"Node": {
    "source": "a page",
    "state": "type", "doneValue": "LEAF", "error": "payload",
    "readAgain": {"method": "fixture.nodes.get", "arguments": {"name": "owner.self", "view": "type"}}
}}}"#;

#[test]
fn an_operation_by_the_overlay_gives_its_methods_a_poller() {
    let files = generate_with(NODE_OPERATION).unwrap();
    let polling: String = file(&files, "src/polling.rs").split_whitespace().collect();
    assert!(
        polling.contains(
            r#"shape:crate::rt::internal::OperationShape::Field{state:&["type"],done_value:"LEAF",error:&["payload"],}"#
        ),
        "{polling}"
    );
    assert!(
        polling.contains(r#"arguments:&[("name",&["owner","self"]),("view",&["type"])]"#),
        "{polling}"
    );
    let nodes = file(&files, "src/nodes.rs");
    // Every method answering `Node`: `get` and `attach`.
    assert_eq!(nodes.matches("pub fn poller(self)").count(), 2, "{nodes}");
}

#[test]
fn an_operation_that_does_not_fit_the_document_is_an_error_naming_it() {
    let with = |from: &str, to: &str| NODE_OPERATION.replace(from, to);
    let cases = [
        (
            with(r#""Node": {"#, r#""Nope": {"#),
            "operations.Nope",
            "no object schema `Nope`",
        ),
        (
            with(r#""state": "type""#, r#""state": "owner.nope""#),
            "operations.Node.state",
            "no field `owner.nope`",
        ),
        (
            with(r#""state": "type""#, r#""state": "size""#),
            "operations.Node.state",
            "not a string field",
        ),
        (
            with("fixture.nodes.get", "fixture.ping"),
            "operations.Node.readAgain.method",
            "no method `fixture.ping` answering `Node`",
        ),
        (
            with(r#""name": "owner.self", "#, ""),
            "operations.Node.readAgain.arguments",
            "takes the path parameter `name`",
        ),
        (
            with(r#""view": "type""#, r#""nope": "type""#),
            "operations.Node.readAgain.arguments.nope",
            "has no parameter `nope`",
        ),
    ];
    for (overlay, path, message) in cases {
        match generate_with(&overlay) {
            Err(Error::Overlay {
                path: p,
                message: m,
            }) => {
                assert_eq!(p, path, "{overlay}");
                assert!(m.contains(message), "{overlay}: {m}");
            }
            other => panic!("{overlay}: {other:?}"),
        }
    }
}

/// The generator's data on an API reaches every revision of its document: entries about
/// methods a revision does not have (the 2018 Photos Library document has no
/// `albums.batchAddMediaItems`) are left out of that revision, the others applied.
#[test]
fn the_apis_data_fits_an_older_revision_of_its_document() {
    let old = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../cli/tests/data/photoslibrary.v1.20181004.json"
    ))
    .unwrap();
    let files = generate(&old, &Options::default()).expect("the 2018 revision generates");
    let lib = file(&files, "src/lib.rs");
    assert!(lib.contains("2025 changes"), "the crate note is applied");
    assert!(lib.contains("min_retry_waits: &[(429, std::time::Duration::from_secs(30))]"));
    let albums = file(&files, "src/albums.rs");
    assert!(
        albums.contains("max_length"),
        "the title limit of albums.create is applied"
    );
    assert!(!albums.contains("batch_add_media_items"));
}
