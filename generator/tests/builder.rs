//! `discogen::Builder`, as a build script uses it: the client's files land in a folder named
//! after the document, with a root that `include!` accepts; a refused document writes
//! nothing and its error names the document and the JSON path.

use std::path::{Path, PathBuf};

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("builder")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn document(dir: &Path, schemas: serde_json::Value) -> PathBuf {
    let doc = serde_json::json!({
        "kind": "discovery#restDescription", "name": "demo", "version": "v1",
        "rootUrl": "https://demo.googleapis.com/", "servicePath": "demo/v1/",
        "schemas": schemas,
        "resources": {"things": {"methods": {
            "get": {"id": "demo.things.get", "path": "things/{name}", "httpMethod": "GET",
                    "parameters": {"name": {"type": "string", "location": "path", "required": true}},
                    "parameterOrder": ["name"], "response": {"$ref": "Thing"}}}}}
    });
    let path = dir.join("demo.v1.json");
    std::fs::write(&path, doc.to_string()).unwrap();
    path
}

#[test]
fn writes_an_includable_client_named_after_the_document() {
    let dir = scratch("good");
    let doc = document(
        &dir,
        serde_json::json!({"Thing": {"id": "Thing", "type": "object"}}),
    );
    let out = dir.join("out");
    let root = discogen::Builder::new(&doc)
        .out_dir(&out)
        .generate_into_out_dir()
        .unwrap();
    assert_eq!(root, out.join("demo.v1/lib.rs"));
    let lib = std::fs::read_to_string(&root).unwrap();
    // `include!` refuses inner attributes and crate docs.
    assert!(!lib.contains("#!["), "{lib}");
    assert!(!lib.contains("//!"), "{lib}");
    assert!(
        lib.contains("pub mod things;") && lib.contains("pub mod types;"),
        "{lib}"
    );
    assert!(out.join("demo.v1/things.rs").exists());
    assert!(out.join("demo.v1/types.rs").exists());
    // Only sources: a manifest in OUT_DIR would mean nothing to the including crate.
    assert!(!out.join("demo.v1/Cargo.toml").exists());
}

#[test]
fn a_refused_document_writes_nothing_and_names_itself_and_the_json_path() {
    let dir = scratch("bad");
    let doc = document(
        &dir,
        serde_json::json!({"Thing": {"id": "Thing", "type": "object",
            "properties": {"other": {"$ref": "Nowhere"}}}}),
    );
    let out = dir.join("out");
    let error = discogen::Builder::new(&doc)
        .out_dir(&out)
        .generate_into_out_dir()
        .unwrap_err();
    // What a build script that returns the error prints (`Error: {error:?}`).
    let printed = format!("{error:?}");
    assert_eq!(
        printed,
        format!(
            "{}: schemas.Thing.properties.other.$ref refers to schema `Nowhere`, which the \
             document does not define",
            doc.display()
        )
    );
    assert!(!out.exists());
}

#[test]
fn outside_a_build_script_without_a_folder_it_says_what_is_missing() {
    // Cargo sets OUT_DIR only for build scripts, never for tests.
    assert!(std::env::var_os("OUT_DIR").is_none());
    let error = discogen::Builder::new("demo.v1.json")
        .generate_into_out_dir()
        .unwrap_err();
    assert!(error.to_string().contains("$OUT_DIR"), "{error}");
}
