//! `discogen generate`, run as the built binary: a refused document exits non-zero, names
//! the JSON path of what is wrong, and leaves no crate behind; `--all` writes the others,
//! and a second run writes nothing that did not change.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Generates `doc` into a folder of its own, `generate/<name>/crate`, with `args`.
fn generate(doc: &serde_json::Value, name: &str, args: &[&str]) -> (i32, String, PathBuf) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("generate")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join(format!("{name}.json"));
    std::fs::write(&input, doc.to_string()).unwrap();
    let out_dir = dir.join("crate");
    let out = Command::new(env!("CARGO_BIN_EXE_discogen"))
        .arg("generate")
        .arg(&input)
        .arg("--out")
        .arg(&out_dir)
        .args(args)
        .output()
        .expect("the discogen binary runs");
    (
        out.status.code().expect("exited"),
        String::from_utf8(out.stderr).unwrap(),
        out_dir,
    )
}

/// The runtime's copy beside a crate written to `out`.
fn runtime_copy_beside(out: &Path) -> PathBuf {
    out.parent()
        .unwrap()
        .join(format!("discogen-runtime-{}", discogen::RUNTIME_VERSION))
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
fn a_good_document_writes_a_crate_and_the_runtime_it_depends_on_beside_it() {
    let (code, stderr, out) = generate(&doc("https://demo.googleapis.com/", "things"), "good", &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(out.join("src/lib.rs").exists());
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    assert!(manifest.contains("\nname = \"google-demo-v1\"\nversion = \"0.1.0\"\n"));
    let runtime = runtime_copy_beside(&out);
    let dependency = format!(
        "\ndiscogen-runtime = {{ version = \"{}\", path = \"../discogen-runtime-{}\" }}\n",
        discogen::RUNTIME_VERSION,
        discogen::RUNTIME_VERSION
    );
    assert!(manifest.contains(&dependency), "{manifest}");
    let runtime_manifest = std::fs::read_to_string(runtime.join("Cargo.toml")).unwrap();
    assert!(
        runtime_manifest.contains("\nname = \"discogen-runtime\"\n"),
        "{runtime_manifest}"
    );
    let ours = Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime/src/lib.rs");
    assert_eq!(
        std::fs::read_to_string(runtime.join("src/lib.rs")).unwrap(),
        std::fs::read_to_string(ours).unwrap(),
        "the copy is the runtime this discogen was built with"
    );
}

#[test]
fn by_version_the_crate_depends_on_the_runtime_from_a_registry_and_nothing_is_written_beside() {
    let document = doc("https://demo.googleapis.com/", "things");
    let (code, stderr, out) = generate(&document, "by-version", &["--runtime-by-version"]);
    assert_eq!(code, 0, "{stderr}");
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    // As published: no path, so the folder builds wherever it is copied.
    let runtime = format!("\ndiscogen-runtime = \"{}\"\n", discogen::RUNTIME_VERSION);
    assert!(manifest.contains(&runtime), "{manifest}");
    assert!(!runtime_copy_beside(&out).exists());
}

#[test]
fn a_folder_in_the_way_of_the_runtime_copy_is_left_alone_and_nothing_is_written() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("generate-in-the-way");
    let _ = std::fs::remove_dir_all(&dir);
    let in_the_way = dir.join(format!("discogen-runtime-{}", discogen::RUNTIME_VERSION));
    std::fs::create_dir_all(&in_the_way).unwrap();
    std::fs::write(in_the_way.join("notes.txt"), "mine").unwrap();
    let input = dir.join("demo.json");
    std::fs::write(
        &input,
        doc("https://demo.googleapis.com/", "things").to_string(),
    )
    .unwrap();
    let run = discogen(&[
        "generate".as_ref(),
        input.as_os_str(),
        "--out".as_ref(),
        dir.join("crate").as_os_str(),
    ]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("is not a copy of discogen-runtime"),
        "{}",
        run.stderr
    );
    assert!(!dir.join("crate").exists());
    assert_eq!(
        std::fs::read_to_string(in_the_way.join("notes.txt")).unwrap(),
        "mine"
    );
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn discogen(args: &[&std::ffi::OsStr]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_discogen"))
        .args(args)
        .output()
        .expect("the discogen binary runs");
    Run {
        code: out.status.code().expect("exited"),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// The table row of `stem`, cells trimmed.
fn row(stdout: &str, stem: &str) -> Vec<String> {
    let line = stdout
        .lines()
        .find(|l| l.starts_with(&format!("| {stem} ")))
        .unwrap_or_else(|| panic!("no row for {stem} in:\n{stdout}"));
    line.trim_matches('|')
        .split('|')
        .map(|c| c.trim().to_string())
        .collect()
}

#[test]
fn all_writes_every_good_document_and_names_the_bad_one_with_its_json_path() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("generate-all");
    let _ = std::fs::remove_dir_all(&dir);
    let docs = dir.join("documents");
    std::fs::create_dir_all(&docs).unwrap();
    let mut second = doc("https://other.googleapis.com/", "things");
    second["name"] = "other".into();
    std::fs::write(
        docs.join("demo.v1.json"),
        doc("https://demo.googleapis.com/", "things").to_string(),
    )
    .unwrap();
    std::fs::write(docs.join("other.v1.json"), second.to_string()).unwrap();
    std::fs::write(
        docs.join("broken.v1.json"),
        doc("demo.googleapis.com", "things").to_string(),
    )
    .unwrap();
    std::fs::write(docs.join("notes.txt"), "not a document").unwrap();
    let out = dir.join("crates");
    let args = [
        "generate".as_ref(),
        "--all".as_ref(),
        docs.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ];

    let first = discogen(&args);
    assert_eq!(first.code, 1, "{}", first.stderr);
    assert!(
        first.stderr.contains("broken.v1.json: "),
        "{}",
        first.stderr
    );
    assert!(first.stderr.contains("at rootUrl"), "{}", first.stderr);
    assert!(
        first.stderr.contains("1 of 3 documents failed"),
        "{}",
        first.stderr
    );
    assert!(
        first.stdout.contains("2 of 3 documents generated"),
        "{}",
        first.stdout
    );
    assert_eq!(row(&first.stdout, "broken.v1")[8], "FAILED (below)");
    let demo = row(&first.stdout, "demo.v1");
    assert_eq!(demo[1], "google-demo-v1");
    assert_eq!(demo[2], "1", "one method");
    assert_eq!(demo[8], "ok");
    assert!(out.join("demo.v1/src/lib.rs").exists());
    assert!(out.join("other.v1/src/lib.rs").exists());
    assert!(!out.join("broken.v1").exists());
    // One copy of the runtime for all of them.
    let runtime = format!("discogen-runtime-{}", discogen::RUNTIME_VERSION);
    assert!(out.join(&runtime).join("src/lib.rs").exists());
    let manifest = std::fs::read_to_string(out.join("demo.v1/Cargo.toml")).unwrap();
    assert!(
        manifest.contains(&format!("path = \"../{runtime}\"")),
        "{manifest}"
    );

    // Nothing changed: nothing is written again, so cargo rebuilds nothing.
    let lib = out.join("demo.v1/src/lib.rs");
    let modified = std::fs::metadata(&lib).unwrap().modified().unwrap();
    let again = discogen(&args);
    let demo = row(&again.stdout, "demo.v1");
    assert_eq!(
        (demo[5].as_str(), demo[8].as_str()),
        ("0", "ok"),
        "{}",
        again.stdout
    );
    assert_ne!(demo[6], "0", "every file unchanged");
    assert_eq!(
        std::fs::metadata(&lib).unwrap().modified().unwrap(),
        modified
    );
}

#[test]
fn help_names_each_command_and_the_first_steps() {
    let help = discogen(&["--help".as_ref()]);
    assert_eq!(help.code, 0);
    for expected in [
        "generate",
        "diff",
        "release",
        "Getting started:",
        "discogen generate drive.v3.json --out google-drive-v3",
    ] {
        assert!(
            help.stdout.contains(expected),
            "{expected} in:\n{}",
            help.stdout
        );
    }
    let generate = discogen(&["generate".as_ref(), "--help".as_ref()]);
    for flag in [
        "--all",
        "--out",
        "--runtime-path",
        "--runtime-by-version",
        "--runtime-registry",
        "--crate-version",
    ] {
        assert!(
            generate.stdout.contains(flag),
            "{flag} in:\n{}",
            generate.stdout
        );
    }
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
        let (code, stderr, out) = generate(&document, name, &[]);
        assert_ne!(code, 0, "{name}: {stderr}");
        assert!(stderr.contains(&format!("at {at}")), "{name}: {stderr}");
        assert!(!out.exists(), "{name}: nothing is written");
        assert!(
            !runtime_copy_beside(&out).exists(),
            "{name}: nor the runtime's copy"
        );
    }
}

/// Every `discogen …` line of the README's Getting started is a command the binary accepts
/// (checked with `--help` appended, which clap only reaches when the arguments before it
/// parse), and the `generate` ones are in `discogen generate --help`'s examples.
#[test]
fn the_readme_getting_started_commands_are_the_binarys() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md"))
            .unwrap();
    let section = readme
        .split("\n## Getting started\n")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("a Getting started section");
    let commands: Vec<&str> = section
        .lines()
        .filter_map(|l| l.strip_prefix("discogen "))
        .map(|l| l.split(" #").next().unwrap().trim())
        .collect();
    assert!(commands.len() >= 5, "{commands:?}");
    let generate_help = discogen(&["generate".as_ref(), "--help".as_ref()]).stdout;
    for command in commands {
        let mut args: Vec<&std::ffi::OsStr> =
            command.split_whitespace().map(|a| a.as_ref()).collect();
        args.push("--help".as_ref());
        let run = discogen(&args);
        assert_eq!(run.code, 0, "discogen {command}: {}", run.stderr);
        if command.starts_with("generate ") {
            assert!(
                generate_help.contains(&format!("discogen {command}")),
                "{command} in:\n{generate_help}"
            );
        }
    }
}

/// The generator's data on an API reaches a document given from anywhere: BigQuery's jobs
/// wait (`generator/apis/bigquery.v2.json`), though nothing in the document says they do.
#[test]
fn an_apis_facts_reach_a_document_from_outside_the_repository() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../generator/tests/corpus");
    let bigquery: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(corpus.join("bigquery.v2.json")).unwrap())
            .unwrap();
    let (code, stderr, out) = generate(&bigquery, "bigquery.v2", &[]);
    assert_eq!(code, 0, "{stderr}");
    let polling = std::fs::read_to_string(out.join("src/polling.rs")).unwrap();
    assert!(
        polling.contains(r#"state: &["status", "state"]"#),
        "{polling}"
    );
    assert!(polling.contains(r#"("location", &["jobReference", "location"])"#));
    let jobs = std::fs::read_to_string(out.join("src/jobs.rs")).unwrap();
    assert_eq!(
        jobs.matches("pub fn poller(self)").count(),
        2,
        "insert and get"
    );
}
