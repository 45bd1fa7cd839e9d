//! `discogen release`, run as the built binary: the next version of a generated crate
//! from the diff's verdict under Cargo's rules, and the CHANGELOG entry it writes. The
//! verdicts themselves are checked against cargo-semver-checks by `semver_judge.rs`.

mod support;

use serde_json::{json, Value};

use support::*;

fn photos_pair() -> (String, String) {
    let path = |name: &str| data(name).to_str().unwrap().to_string();
    (
        path("photoslibrary.v1.20181004.json"),
        path("photoslibrary.v1.json"),
    )
}

fn release(old: &str, new: &str, version: &str) -> Run {
    run_discogen(&["release", old, new, "--version", version])
}

#[test]
fn the_photos_revisions_of_2018_and_2024_are_a_breaking_release() {
    let (old, new) = photos_pair();
    let run = release(&old, &new, "0.1.0");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let first = run.stdout.lines().next().unwrap();
    assert_eq!(first, "google-photoslibrary-v1 0.1.0 -> 0.2.0");
    assert!(run
        .stdout
        .contains("## 0.2.0: `photoslibrary:v1` revision 20240626"));
    assert!(run.stdout.contains("(the diff's verdict: major)"));
    // The diff's own headings sit below the entry's.
    assert!(run
        .stdout
        .contains("\n### `photoslibrary:v1`: 20181004 → 20240626\n"));
    assert!(
        run.stdout.contains("\n#### Breaking changes\n"),
        "{}",
        run.stdout
    );
    // After 1.0, the same change is a major release (google-apis-rs' crate is at 7.0.0).
    let run = release(&old, &new, "7.0.0");
    assert_eq!(
        run.stdout.lines().next().unwrap(),
        "google-photoslibrary-v1 7.0.0 -> 8.0.0"
    );
}

#[test]
fn a_new_runtime_series_is_a_breaking_release_even_of_the_same_document() {
    let (_, new) = photos_pair();
    // Without the runtime's series, the same document is no release at all.
    let run = release(&new, &new, "0.1.0");
    assert_ne!(run.code, 0);
    assert!(
        run.stderr.contains("no change between the documents"),
        "{}",
        run.stderr
    );
    // From a crate generated against runtime 0.3, this generator's 0.4 breaks what it
    // re-exports as `rt`.
    let run = run_discogen(&[
        "release",
        &new,
        &new,
        "--version",
        "0.1.0",
        "--runtime-was",
        "0.3",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout.lines().next().unwrap(),
        "google-photoslibrary-v1 0.1.0 -> 0.2.0"
    );
    assert!(
        run.stdout
            .contains("(the diff's verdict: none; the runtime's: major)"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("The runtime moves from `discogen-runtime` 0.3 to 0.4"),
        "{}",
        run.stdout
    );
    // The series the generator writes is no move.
    let run = run_discogen(&[
        "release",
        &new,
        &new,
        "--version",
        "0.1.0",
        "--runtime-was",
        "0.4",
    ]);
    assert_ne!(run.code, 0);
}

#[test]
fn an_additive_change_is_a_minor_release_and_the_entry_goes_into_the_changelog() {
    let base: Value =
        serde_json::from_str(&std::fs::read_to_string(data("diff-base.json")).unwrap()).unwrap();
    let mut added = base.clone();
    added["resources"]["albums"]["methods"]["list"]["parameters"]["filter"] = json!({
        "type": "string", "location": "query",
        "description": "Only albums matching this."
    });
    let (old, new) = (write_doc(&base), write_doc(&added));
    let run = release(&old, &new, "1.2.3");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .lines()
            .next()
            .unwrap()
            .ends_with(" 1.2.3 -> 1.3.0"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("(the diff's verdict: minor)"),
        "{}",
        run.stdout
    );
    // In 0.x an addition moves the patch number.
    let run = release(&old, &new, "0.3.1");
    assert!(
        run.stdout
            .lines()
            .next()
            .unwrap()
            .ends_with(" 0.3.1 -> 0.3.2"),
        "{}",
        run.stdout
    );

    let changelog = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("CHANGELOG-{}.md", std::process::id()));
    std::fs::write(&changelog, "# Changelog\n\n## 1.2.3: earlier\n").unwrap();
    let run = run_discogen(&[
        "release",
        &old,
        &new,
        "--version",
        "1.2.3",
        "--changelog",
        changelog.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = std::fs::read_to_string(&changelog).unwrap();
    assert!(text.starts_with("# Changelog\n\n## 1.3.0: "), "{text}");
    assert!(text.contains("albums.list parameter filter"), "{text}");
    assert!(
        text.trim_end().ends_with("## 1.2.3: earlier"),
        "the older entries follow: {text}"
    );
}

#[test]
fn equal_documents_need_no_release_and_a_bad_version_is_refused() {
    let (old, _) = photos_pair();
    let run = release(&old, &old, "0.1.0");
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("no change between the documents"),
        "{}",
        run.stderr
    );
    let (old, new) = photos_pair();
    let run = release(&old, &new, "one");
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("not a semantic version"),
        "{}",
        run.stderr
    );
}
