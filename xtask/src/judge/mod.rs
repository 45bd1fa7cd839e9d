//! `cargo xtask judge`: every method of `storage.v1`, `drive.v3`, `bigquery.v2` and
//! `compute.v1` called through its generated builder, on the mock transport, with the
//! arguments Google's Python client was given in `clients/tests/data/judge/` (made by the
//! `reference.py` there), and the requests compared with the ones it built (the crate
//! `client-judge`).
//!
//! The scratch workspace `target/judge/` holds each document's crate, generated as
//! `discogen generate` writes it, and a harness crate whose test per document is generated
//! here from the same IR (`harness.rs`): a `match` from method id to the builder call with
//! each argument read from the vector. Like `cargo xtask corpus`, it has its own
//! `[workspace]`, a copy of the project's lock file, and the project's target directory.
//!
//! `--features a,b` judges, in an API with a cargo feature per resource, only the methods of
//! those resources (CI's sample of compute.v1); the others are judged in full.

mod harness;

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;

use anyhow::{bail, Context, Result};
use discogen::output::{write_crate, write_if_changed};

use crate::codegen::{local_runtime, workspace_root};

/// The documents judged, from the corpus.
pub const DOCUMENTS: &[&str] = &["storage.v1", "drive.v3", "bigquery.v2", "compute.v1"];

/// Where the vectors, their script and the known differences are.
const DATA: &str = "clients/tests/data/judge";

/// Arguments of `cargo xtask judge`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Only these documents (comma separated), e.g. `storage.v1,drive.v3`.
    #[arg(long, value_delimiter = ',')]
    only: Vec<String>,
    /// In an API with a cargo feature per resource, judge only the methods of these
    /// features (comma separated), e.g. `instances,reservation-slots`.
    #[arg(long, value_delimiter = ',')]
    features: Vec<String>,
}

pub fn run(args: Args) -> Result<()> {
    let root = workspace_root();
    for only in &args.only {
        if !DOCUMENTS.contains(&only.as_str()) {
            bail!(
                "`{only}` is not judged; the documents are {}",
                DOCUMENTS.join(", ")
            );
        }
    }
    let documents: Vec<&str> = DOCUMENTS
        .iter()
        .copied()
        .filter(|d| args.only.is_empty() || args.only.iter().any(|o| o == d))
        .collect();
    let scratch = root.join("target").join("judge");
    let harness_dir = scratch.join(harness::CRATE);
    fs::create_dir_all(harness_dir.join("tests"))?;
    let mut dependencies = String::new();
    for stem in &documents {
        let json = fs::read_to_string(root.join(format!("generator/tests/corpus/{stem}.json")))?;
        let api = discogen::generate::lower(&json, &discogen::Options::default())
            .with_context(|| format!("lowering {stem}"))?;
        let crate_dir = scratch.join(&api.crate_name);
        let options = discogen::Options {
            runtime: local_runtime(&crate_dir)?,
            ..Default::default()
        };
        write_crate(&crate_dir, &discogen::emit::emit(&api, &options)?)?;
        let test = harness::test_file(&api, stem, &args.features, &root.join(DATA))?;
        write_if_changed(&harness_dir.join(format!("tests/{stem}.rs")), &test.source)?;
        let features = if api.features.is_empty() {
            String::new()
        } else {
            format!(", default-features = false, features = {:?}", test.features)
        };
        writeln!(
            dependencies,
            "{} = {{ path = {:?}{features} }}",
            api.crate_name,
            crate_dir.display().to_string()
        )?;
    }
    write_workspace(&root, &scratch, &documents, &dependencies)?;
    println!(
        "== cargo test in {} ({})",
        scratch.display(),
        documents.join(", ")
    );
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .current_dir(&scratch)
        .args(["test", "--package", harness::CRATE, "--target-dir"])
        .arg(root.join("target"))
        .args(["--", "--nocapture", "--test-threads", "1"])
        .env("RUST_BACKTRACE", "0")
        .status()
        .context("running cargo test")?;
    if !status.success() {
        bail!("the requests differ from Google's client (above)");
    }
    Ok(())
}

/// The scratch workspace's manifest, its lock file seed and the harness crate's manifest.
fn write_workspace(root: &Path, scratch: &Path, documents: &[&str], deps: &str) -> Result<()> {
    crate::corpus::scratch_workspace(root, scratch, "judge", &[harness::CRATE])?;
    let judge = root.join("clients/judge");
    let runtime = crate::codegen::runtime_dir();
    let mut manifest = format!(
        "# Written by `cargo xtask judge`.\n[package]\nname = \"{}\"\nversion = \"0.1.0\"\n\
         edition = \"2021\"\npublish = false\nautotests = false\n\n[dependencies]\n\
         client-judge = {{ path = {:?} }}\n\
         discogen-runtime = {{ path = {:?}, features = [\"testing\"] }}\n\
         serde_json = \"1\"\n\
         tokio = {{ version = \"1\", features = [\"macros\", \"rt\"] }}\n",
        harness::CRATE,
        judge.display().to_string(),
        runtime.display().to_string(),
    );
    manifest.push_str(deps);
    for stem in documents {
        let name = stem.replace('.', "_");
        writeln!(
            manifest,
            "\n[[test]]\nname = {name:?}\npath = \"tests/{stem}.rs\""
        )?;
    }
    let dir = scratch.join(harness::CRATE);
    write_if_changed(&dir.join("Cargo.toml"), &manifest)?;
    write_if_changed(
        &dir.join("src/lib.rs"),
        "//! The tests of `cargo xtask judge`, one per document (`tests/`).\n",
    )?;
    Ok(())
}
