//! Snapshots of what the generator prints for small fixture documents. A change to the
//! output shows up as a reviewable diff (`cargo insta review`).

use discogen::{generate, Options};

fn snapshot_fixture(name: &str, json: &str) {
    let files = generate(json, &Options::default()).expect("fixture generates");
    for file in files {
        let path = file.path.to_string_lossy().replace('\\', "/");
        insta::assert_snapshot!(
            format!("{name}__{}", path.replace('/', "__")),
            file.contents
        );
    }
}

#[test]
fn features_fixture() {
    snapshot_fixture("features", include_str!("fixtures/features.json"));
}

#[test]
fn paging_fixture() {
    snapshot_fixture("paging", include_str!("fixtures/paging.json"));
}

#[test]
fn output_is_deterministic() {
    let json = include_str!("fixtures/features.json");
    let first = generate(json, &Options::default()).unwrap();
    let second = generate(json, &Options::default()).unwrap();
    assert_eq!(first, second);
}
