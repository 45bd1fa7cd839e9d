//! cargo-semver-checks as an independent judge of `discogen diff`: for every synthetic
//! pair of the diff's test (one per change kind it knows) and the real Photos Library pair
//! (2018 and 2024), both crates are generated, documented as rustdoc JSON, and compared by
//! cargo-semver-checks, once with the crates' default features and once with all of them.
//! The test fails where the two verdicts disagree on a major bump, unless the diff's
//! breaking changes are all of kinds cargo-semver-checks cannot see, as listed, with a
//! reason each, in `docs/diff.md`.
//!
//! It needs `cargo-semver-checks` on the `PATH` (`cargo install --locked
//! cargo-semver-checks`; `.ci/run` installs it). Without it, the test says so loudly and
//! passes, except with `CI` set, where it fails. The generated crates are built in
//! `target/semver-judge/` (its own target directory, so the dependencies are checked once and
//! kept for the next run); `SEMVER_JUDGE_VERBOSE=1` prints every verdict.

mod support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use support::{base, cases, data, run_discogen, workspace, write_doc};

/// One pair of documents to judge.
struct Pair {
    name: String,
    old: Value,
    new: Value,
}

fn pairs() -> Vec<Pair> {
    let mut out: Vec<Pair> = cases()
        .into_iter()
        .map(|case| {
            let (mut old, mut new) = (base(), base());
            (case.old)(&mut old);
            (case.new)(&mut new);
            Pair {
                name: case.name.to_string(),
                old,
                new,
            }
        })
        .collect();
    let read = |name: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(data(name)).unwrap()).unwrap()
    };
    out.push(Pair {
        name: "Photos Library, 2018 → 2024".into(),
        old: read("photoslibrary.v1.20181004.json"),
        new: read("photoslibrary.v1.json"),
    });
    out
}

/// What the diff says of a pair: its bump, and the kinds of its breaking changes.
struct DiffVerdict {
    bump: String,
    breaking_kinds: BTreeSet<String>,
}

fn diff_verdict(old: &str, new: &str) -> DiffVerdict {
    let run = run_discogen(&["diff", old, new, "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let output: Value = serde_json::from_str(&run.stdout).unwrap();
    let report = &output["reports"][0];
    DiffVerdict {
        bump: report["summary"]["semver"]["bump"]
            .as_str()
            .unwrap()
            .to_string(),
        breaking_kinds: report["changes"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["class"] == "breaking")
            .map(|c| c["kind"].as_str().unwrap().to_string())
            .collect(),
    }
}

/// The kinds `docs/diff.md` lists under "What cargo-semver-checks cannot see": table rows
/// that start with a kind in backticks, each with its reason.
fn unseen_kinds() -> BTreeSet<String> {
    let docs = std::fs::read_to_string(workspace().join("docs/diff.md")).unwrap();
    let section = docs
        .split("## What cargo-semver-checks cannot see")
        .nth(1)
        .expect("docs/diff.md has the section");
    let section = section.split("\n## ").next().unwrap();
    let kinds: BTreeSet<String> = section
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("| `")?;
            let (kind, rest) = rest.split_once('`')?;
            let reason = rest.trim_start_matches(" |").trim().trim_end_matches('|');
            assert!(!reason.trim().is_empty(), "`{kind}` needs a reason");
            Some(kind.to_string())
        })
        .collect();
    assert!(!kinds.is_empty(), "the section lists no kind");
    kinds
}

fn semver_checks_installed() -> bool {
    Command::new("cargo")
        .args(["semver-checks", "--version"])
        .output()
        .is_ok_and(|out| out.status.success())
}

/// Generates the crate of `doc` into `dir`, as package `package`: the two sides of a pair
/// share a name (cargo-semver-checks matches items by path), the pairs of one side differ.
fn generate(doc: &str, dir: &Path, package: &str) {
    let _ = std::fs::remove_dir_all(dir);
    let runtime = workspace().join("runtime");
    let run = run_discogen(&[
        "generate",
        doc,
        "--out",
        dir.to_str().unwrap(),
        "--runtime-path",
        runtime.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let manifest = dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let (before, after) = text.split_once("\nname = \"").unwrap();
    let (_, after) = after.split_once('"').unwrap();
    std::fs::write(&manifest, format!("{before}\nname = \"{package}\"{after}")).unwrap();
}

/// Writes a workspace of `members` in `dir` and documents it as rustdoc JSON (with the
/// default features, or all of them), which lands in `target/doc/<crate>.json`; moves those
/// files to `dir/rustdoc/` (`dir/rustdoc-all-features/`).
fn rustdoc_json(dir: &Path, members: &[String], target: &Path, features: Features) -> PathBuf {
    let list: Vec<String> = members.iter().map(|m| format!("{m:?}")).collect();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[workspace]\nmembers = [{}]\nresolver = \"2\"\n",
            list.join(", ")
        ),
    )
    .unwrap();
    // The project's lock file: the same dependency versions as the workspace, downloaded.
    std::fs::copy(workspace().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let doc_dir = target.join("doc");
    let _ = std::fs::remove_dir_all(&doc_dir);
    let mut doc = Command::new("cargo");
    doc.args(["doc", "--workspace", "--no-deps", "--quiet"]);
    if features == Features::All {
        doc.arg("--all-features");
    }
    let out = doc
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        // Rustdoc's JSON output is unstable; cargo-semver-checks asks for it the same way.
        .env("RUSTC_BOOTSTRAP", "1")
        .env("RUSTDOCFLAGS", "-Z unstable-options --output-format json")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo doc in {}: {}",
        dir.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let json = dir.join(match features {
        Features::Default => "rustdoc",
        Features::All => "rustdoc-all-features",
    });
    let _ = std::fs::remove_dir_all(&json);
    std::fs::create_dir_all(&json).unwrap();
    for entry in std::fs::read_dir(&doc_dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            std::fs::rename(&path, json.join(path.file_name().unwrap())).unwrap();
        }
    }
    json
}

/// Which features the crates are documented (and so judged) with: removing an item, a derive
/// or a trait impl must show as breaking in both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Features {
    Default,
    All,
}

/// cargo-semver-checks' verdict: `major`, `minor` or `none` (no update required).
fn semver_checks(old: &Path, new: &Path) -> (String, String) {
    let out = Command::new("cargo")
        .args(["semver-checks", "--color", "never", "--baseline-rustdoc"])
        .arg(old)
        .arg("--current-rustdoc")
        .arg(new)
        // The strictest release: every lint that fires shows in the verdict.
        .args(["--release-type", "patch"])
        .output()
        .expect("cargo semver-checks runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let verdict = if text.contains("semver requires new major version") {
        "major"
    } else if text.contains("semver requires new minor version") {
        "minor"
    } else if out.status.success() {
        "none"
    } else {
        panic!("cargo semver-checks failed: {text}")
    };
    (verdict.to_string(), text)
}

#[test]
fn cargo_semver_checks_agrees_with_the_diff() {
    if !semver_checks_installed() {
        let message = "cargo-semver-checks is not installed (cargo install --locked \
                       cargo-semver-checks): the semver judge did not run";
        assert!(std::env::var_os("CI").is_none(), "{message}");
        eprintln!("\n*** {message} ***\n");
        return;
    }
    let unseen = unseen_kinds();
    let root = workspace().join("target/semver-judge");
    let target = root.join("target");
    let pairs = pairs();
    let mut members = Vec::new();
    let mut verdicts = Vec::new();
    for (i, pair) in pairs.iter().enumerate() {
        let member = format!("pair-{i:02}");
        let (old, new) = (write_doc(&pair.old), write_doc(&pair.new));
        verdicts.push(diff_verdict(&old, &new));
        generate(&old, &root.join("old").join(&member), &member);
        generate(&new, &root.join("new").join(&member), &member);
        members.push(member);
    }
    let verbose = std::env::var_os("SEMVER_JUDGE_VERBOSE").is_some();
    let mut failures = Vec::new();
    let mut seen_unseen = BTreeSet::new();
    for features in [Features::Default, Features::All] {
        let old_json = rustdoc_json(&root.join("old"), &members, &target, features);
        let new_json = rustdoc_json(&root.join("new"), &members, &target, features);
        for ((pair, member), diff) in pairs.iter().zip(&members).zip(&verdicts) {
            let file = format!("{}.json", member.replace('-', "_"));
            let (judge, text) = semver_checks(&old_json.join(&file), &new_json.join(&file));
            let diff_major = diff.bump == "major";
            let judge_major = judge == "major";
            let all_unseen = diff.breaking_kinds.iter().all(|k| unseen.contains(k));
            if verbose {
                eprintln!(
                    "{:<60} {features:?} features: diff {:<5} cargo-semver-checks {:<5} {:?}",
                    pair.name, diff.bump, judge, diff.breaking_kinds
                );
            }
            if diff_major && !judge_major {
                seen_unseen.extend(diff.breaking_kinds.iter().cloned());
            }
            let failure = if judge_major && !diff_major {
                Some("cargo-semver-checks requires a major bump, the diff does not")
            } else if diff_major && !judge_major && !all_unseen {
                Some(
                    "the diff requires a major bump, cargo-semver-checks does not, and not all \
                 its breaking kinds are listed in docs/diff.md as unseen",
                )
            } else {
                None
            };
            if let Some(failure) = failure {
                failures.push(format!(
                "{} ({member}, {features:?} features): {failure}\n  diff: {} {:?}\n  cargo-semver-checks: {judge}\n{text}",
                pair.name, diff.bump, diff.breaking_kinds
            ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    // Every kind on the list must earn its place: a pair shows it unseen.
    let stale: Vec<&String> = unseen.difference(&seen_unseen).collect();
    assert!(
        stale.is_empty(),
        "docs/diff.md lists kinds as unseen by cargo-semver-checks that no pair shows so: {stale:?}"
    );
}
