//! `discogen generate`, run as the built binary: a refused document exits non-zero, names
//! the JSON path of what is wrong, and leaves no crate behind.

use std::path::Path;
use std::process::Command;

fn generate(doc: &serde_json::Value, name: &str) -> (i32, String, std::path::PathBuf) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("generate");
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join(format!("{name}.json"));
    std::fs::write(&input, doc.to_string()).unwrap();
    let out_dir = dir.join(format!("{name}-crate"));
    let _ = std::fs::remove_dir_all(&out_dir);
    let out = Command::new(env!("CARGO_BIN_EXE_discogen"))
        .arg("generate")
        .arg(&input)
        .arg("--out")
        .arg(&out_dir)
        .output()
        .expect("the discogen binary runs");
    (
        out.status.code().expect("exited"),
        String::from_utf8(out.stderr).unwrap(),
        out_dir,
    )
}

fn doc(root_url: &str, path: &str) -> serde_json::Value {
    serde_json::json!({
        "kind": "discovery#restDescription", "name": "demo", "version": "v1",
        "rootUrl": root_url, "servicePath": "demo/v1/",
        "resources": {"things": {"methods": {
            "list": {"id": "demo.things.list", "path": path, "httpMethod": "GET"}}}}
    })
}

#[test]
fn a_good_document_writes_a_crate() {
    let (code, stderr, out) = generate(&doc("https://demo.googleapis.com/", "things"), "good");
    assert_eq!(code, 0, "{stderr}");
    assert!(out.join("Cargo.toml").exists() && out.join("src/lib.rs").exists());
}

#[test]
fn refused_documents_write_nothing() {
    let cases = [
        ("root", doc("demo.googleapis.com", "things"), "rootUrl"),
        (
            "path",
            doc("https://demo.googleapis.com/", "https://evil.example/x"),
            "resources.things.methods.list.path",
        ),
        (
            "loop",
            {
                let mut d = doc("https://demo.googleapis.com/", "things");
                d["schemas"] = serde_json::json!({"Loop": {"$ref": "Loop"}});
                d
            },
            "schemas.Loop.$ref",
        ),
        (
            "directory",
            serde_json::json!({"kind": "discovery#directoryList", "items": []}),
            "kind",
        ),
    ];
    for (name, document, at) in cases {
        let (code, stderr, out) = generate(&document, name);
        assert_ne!(code, 0, "{name}: {stderr}");
        assert!(stderr.contains(&format!("at {at}")), "{name}: {stderr}");
        assert!(!out.exists(), "{name}: nothing is written");
    }
}
