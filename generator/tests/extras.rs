//! Extras: hand-written modules shipped beside what a document generates. Their module names
//! are reserved, so a resource of the same name cannot take them.

use discogen::{generate, ExtraFile, Options};

#[test]
fn a_resource_named_like_an_extra_gets_another_module() {
    let json = r#"{"name":"demo","version":"v1","rootUrl":"https://demo.googleapis.com/",
        "servicePath":"","resources":{"uploads":{"methods":{
            "list":{"id":"demo.uploads.list","path":"uploads","httpMethod":"GET"}}}}}"#;
    let options = Options {
        extras: vec![ExtraFile::new("uploads.rs", "//! Hand-written uploads.\n")],
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

const EMPTY_API: &str = r#"{"name":"demo","version":"v1","rootUrl":"https://demo.googleapis.com/",
    "servicePath":""}"#;

#[test]
fn a_folder_of_modules_is_one_extra_module() {
    let options = Options {
        extras: vec![
            ExtraFile::new("uploads/mod.rs", "//! Uploads.\nmod sending;\n"),
            ExtraFile::new("uploads/sending.rs", "//! The protocols.\n"),
        ],
        ..Options::default()
    };
    let files = generate(EMPTY_API, &options).expect("generates");
    let find = |path: &str| files.iter().find(|f| f.path.to_string_lossy() == path);
    assert_eq!(
        find("src/uploads/sending.rs").map(|f| f.contents.as_str()),
        Some("//! The protocols.\n")
    );
    assert!(find("src/uploads/mod.rs").is_some());
    let lib = &find("src/lib.rs").expect("lib.rs").contents;
    assert_eq!(lib.matches("pub mod uploads;").count(), 1, "{lib}");
}

#[test]
fn extra_paths_that_name_no_module_of_their_own_are_refused() {
    let refused = |path: &str, needle: &str| {
        let options = Options {
            extras: vec![ExtraFile::new(path, "")],
            ..Options::default()
        };
        let err = generate(EMPTY_API, &options).expect_err(path).to_string();
        assert!(err.contains(needle), "{path}: {err}");
    };
    refused("../escape.rs", "without `..`");
    refused("/abs.rs", "relative path");
    refused("notes.txt", "Rust source file");
    refused("lib.rs", "other than `lib`");
    refused("type.rs", "plain Rust identifier");
    refused("uploads/sending.rs", "needs `uploads/mod.rs`");
}
