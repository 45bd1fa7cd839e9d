//! Bad input never panics: every value of a fixture document, replaced by a value of another
//! shape, either still generates or gives an error — and an error that names where.

use discogen::{generate, Options};
use serde_json::Value;

/// Every JSON pointer of `value`, root excluded.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let p = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                pointers(v, p, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let p = format!("{at}/{i}");
                out.push(p.clone());
                pointers(v, p, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_value_replaced_by_a_wrong_shape_is_handled() {
    let original: Value =
        serde_json::from_str(include_str!("fixtures/features.json")).expect("fixture is JSON");
    let mut all = Vec::new();
    pointers(&original, String::new(), &mut all);
    assert!(
        all.len() > 100,
        "the fixture is big enough to mean something"
    );
    let replacements = [
        Value::Null,
        Value::from(7),
        Value::from("x"),
        Value::Array(vec![]),
        serde_json::json!({"$ref": "Nowhere"}),
    ];
    let mut errors = 0;
    for pointer in &all {
        for replacement in &replacements {
            let mut doc = original.clone();
            *doc.pointer_mut(pointer)
                .expect("pointer from the same document") = replacement.clone();
            let json = doc.to_string();
            let result = std::panic::catch_unwind(|| generate(&json, &Options::default()));
            match result {
                Err(_) => panic!("generate panicked with {pointer} = {replacement}"),
                Ok(Err(e)) => {
                    errors += 1;
                    let message = e.to_string();
                    assert!(!message.is_empty(), "{pointer}");
                }
                Ok(Ok(_)) => {}
            }
        }
    }
    assert!(errors > 0, "some replacements must be refused");
}

/// A small valid document with `edit` applied, as JSON.
fn document(edit: impl FnOnce(&mut Value)) -> String {
    let mut doc = serde_json::json!({
        "kind": "discovery#restDescription",
        "name": "demo", "version": "v1",
        "rootUrl": "https://demo.googleapis.com/", "servicePath": "demo/v1/",
        "basePath": "/demo/v1/", "batchPath": "batch",
        "schemas": {"Thing": {"id": "Thing", "type": "object",
                              "properties": {"name": {"type": "string"}}}},
        "resources": {"things": {"methods": {
            "get": {"id": "demo.things.get", "path": "things/{name}", "httpMethod": "GET",
                    "parameters": {"name": {"type": "string", "location": "path",
                                            "required": true}},
                    "parameterOrder": ["name"], "response": {"$ref": "Thing"}},
            "insert": {"id": "demo.things.insert", "path": "things", "httpMethod": "POST",
                       "request": {"$ref": "Thing"}, "response": {"$ref": "Thing"},
                       "supportsMediaUpload": true,
                       "mediaUpload": {"accept": ["*/*"], "protocols": {
                           "simple": {"multipart": true, "path": "/upload/demo/v1/things"},
                           "resumable": {"multipart": true,
                                         "path": "/resumable/upload/demo/v1/things"}}}}}}}
    });
    edit(&mut doc);
    doc.to_string()
}

fn refused(json: &str) -> String {
    match generate(json, &Options::default()) {
        Ok(_) => panic!("accepted: {json}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn the_base_document_is_accepted() {
    generate(&document(|_| {}), &Options::default()).expect("valid");
}

#[test]
fn a_schema_that_is_only_a_reference_to_itself_is_refused() {
    let err = refused(&document(|d| {
        d["schemas"]["Loop"] = serde_json::json!({"$ref": "Loop"});
    }));
    assert!(err.contains("schemas.Loop.$ref"), "{err}");
    let err = refused(&document(|d| {
        d["schemas"]["A"] = serde_json::json!({"$ref": "B"});
        d["schemas"]["B"] =
            serde_json::json!({"type": "object", "additionalProperties": {"$ref": "A"}});
    }));
    assert!(
        err.contains("schemas.A.$ref") && err.contains("A → B → A"),
        "{err}"
    );
}

#[test]
fn a_root_url_that_is_not_an_https_url_is_refused() {
    for bad in [
        "demo.googleapis.com",
        "https://demo.googleapis.com",
        "ftp://demo/",
        "http://evil.example/",
        "https://u@demo/",
    ] {
        let err = refused(&document(|d| d["rootUrl"] = bad.into()));
        assert!(err.contains("at rootUrl"), "{bad}: {err}");
    }
    let err = refused(&document(|d| d["mtlsRootUrl"] = "not a url".into()));
    assert!(err.contains("at mtlsRootUrl"), "{err}");
}

#[test]
fn paths_that_are_urls_are_refused() {
    type SetPath = fn(&mut Value, &str);
    let cases: [(&str, SetPath); 5] = [
        ("servicePath", |d, v| d["servicePath"] = v.into()),
        ("basePath", |d, v| d["basePath"] = v.into()),
        ("batchPath", |d, v| d["batchPath"] = v.into()),
        ("resources.things.methods.get.path", |d, v| {
            d["resources"]["things"]["methods"]["get"]["path"] = v.into()
        }),
        (
            "resources.things.methods.insert.mediaUpload.protocols.simple.path",
            |d, v| {
                d["resources"]["things"]["methods"]["insert"]["mediaUpload"]["protocols"]
                    ["simple"]["path"] = v.into()
            },
        ),
    ];
    for (at, set) in cases {
        for url in [
            "https://evil.example/x/",
            "//evil.example/x/",
            "http:evil.example/",
        ] {
            let err = refused(&document(|d| set(d, url)));
            assert!(err.contains(&format!("at {at}:")), "{at} = {url}: {err}");
        }
    }
}

#[test]
fn documents_google_publishes_with_unusual_shapes_generate() {
    // integrations.v1, identitytoolkit.v1: inline request and response schemas.
    let json = document(|d| {
        let any_map = serde_json::json!({"type": "object",
            "additionalProperties": {"type": "any", "description": "Properties of the object."}});
        let method = &mut d["resources"]["things"]["methods"]["insert"];
        method["request"] = any_map.clone();
        method["response"] = any_map;
        // discoveryengine.v1: a repeated query parameter that is a map of `any`.
        method["parameters"] = serde_json::json!({"extensions": {"type": "object",
            "location": "query", "repeated": true,
            "additionalProperties": {"type": "any"}}});
    });
    let files = generate(&json, &Options::default()).expect("generates");
    let things = files
        .iter()
        .find(|f| f.path.ends_with("things.rs"))
        .expect("things module");
    assert!(
        things.contents.contains("Sent as JSON text."),
        "{}",
        things.contents
    );
    // The directory list is not an API.
    let err = refused(r#"{"kind":"discovery#directoryList","discoveryVersion":"v1","items":[]}"#);
    assert!(
        err.contains("at kind") && err.contains("directory list"),
        "{err}"
    );
}
