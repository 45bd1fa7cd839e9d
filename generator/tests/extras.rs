//! Extras: hand-written modules shipped beside what a document generates. Their module names
//! are reserved, so a resource of the same name cannot take them.

use discogen::{generate, Options};

#[test]
fn a_resource_named_like_an_extra_gets_another_module() {
    let json = r#"{"name":"demo","version":"v1","rootUrl":"https://demo.googleapis.com/",
        "servicePath":"","resources":{"uploads":{"methods":{
            "list":{"id":"demo.uploads.list","path":"uploads","httpMethod":"GET"}}}}}"#;
    let options = Options {
        extras: vec![("uploads".into(), "//! Hand-written uploads.\n".into())],
        ..Options::default()
    };
    let files = generate(json, &options).expect("generates");
    let paths: Vec<String> = files
        .iter()
        .map(|f| f.path.to_string_lossy().into_owned())
        .collect();
    assert!(paths.contains(&"src/uploads.rs".to_string()), "{paths:?}");
    assert!(paths.contains(&"src/uploads_2.rs".to_string()), "{paths:?}");
    let extra = files
        .iter()
        .find(|f| f.path.to_string_lossy() == "src/uploads.rs")
        .unwrap();
    assert_eq!(extra.contents, "//! Hand-written uploads.\n");
    let lib = files
        .iter()
        .find(|f| f.path.to_string_lossy() == "src/lib.rs")
        .unwrap();
    assert!(
        lib.contents.contains("pub mod uploads_2;"),
        "{}",
        lib.contents
    );
    // Without the extra, the resource keeps its natural name.
    let plain = generate(json, &Options::default()).expect("generates");
    assert!(plain
        .iter()
        .any(|f| f.path.to_string_lossy() == "src/uploads.rs"));
}
