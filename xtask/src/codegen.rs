//! `cargo xtask codegen`: `discovery/*.json` → the checked-in crates.
//!
//! Each document maps to one output folder. The crates are only what the generator writes:
//! what a document does not say about its API is the generator's data (`generator/apis/`),
//! or for a fixture API, `generator/tests/fixtures/apis/<stem>.json`.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use discogen::{generate, GeneratedFile, RuntimeDependency};

/// Documents that have a checked-in crate, and where it lives.
pub const TARGETS: &[(&str, &str)] = &[
    ("discovery/photoslibrary.v1.json", "generated"),
    ("discovery/photospicker.v1.json", "picker"),
    // Clients of the wire tests in `clients/tests/`.
    ("generator/tests/corpus/drive.v3.json", "clients/drive-v3"),
    (
        "generator/tests/corpus/storage.v1.json",
        "clients/storage-v1",
    ),
    (
        "generator/tests/corpus/bigquery.v2.json",
        "clients/bigquery-v2",
    ),
];

/// Fixture documents of the generator's own tests: each generates into `crates/<stem>/`
/// beside it, a workspace member, so `cargo test` and clippy compile what every fixture
/// prints and this freshness check shows any change to it as a diff.
const FIXTURES: &str = "generator/tests/fixtures";

/// Every document with a checked-in crate, and that crate's folder: [`TARGETS`], then the
/// fixtures in name order.
fn targets(root: &Path) -> Result<Vec<(String, String)>> {
    let mut targets: Vec<(String, String)> = TARGETS
        .iter()
        .map(|(document, out)| (document.to_string(), out.to_string()))
        .collect();
    for document in crate::corpus::documents(&root.join(FIXTURES), &[])? {
        let stem = crate::corpus::stem(&document);
        targets.push((
            format!("{FIXTURES}/{stem}.json"),
            format!("{FIXTURES}/crates/{stem}"),
        ));
    }
    Ok(targets)
}

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the workspace")
        .to_path_buf()
}

/// The runtime crate of this repository.
pub fn runtime_dir() -> PathBuf {
    workspace_root().join("runtime")
}

/// A dependency on this repository's runtime from a crate in `out`: a relative path where
/// one exists (inside the repository, so the checked-in crates move with it), else absolute.
pub fn local_runtime(out: &Path) -> Result<RuntimeDependency> {
    let out = std::path::absolute(out).with_context(|| format!("resolving {}", out.display()))?;
    let runtime = runtime_dir();
    let path = if out.starts_with(workspace_root()) {
        pathdiff::diff_paths(&runtime, &out).unwrap_or(runtime)
    } else {
        runtime
    };
    Ok(RuntimeDependency {
        path: Some(path.to_string_lossy().replace('\\', "/")),
        ..RuntimeDependency::default()
    })
}

/// What a document generates, with the runtime dependency `runtime`, and the API data of
/// `api_data` when given.
pub fn render(
    document: &Path,
    runtime: RuntimeDependency,
    api_data: Option<&Path>,
) -> Result<Vec<GeneratedFile>> {
    let json =
        fs::read_to_string(document).with_context(|| format!("reading {}", document.display()))?;
    let overlay = match api_data {
        Some(data) => Some(discogen::Overlay::read(data)?),
        None => None,
    };
    let options = discogen::Options {
        overlay,
        runtime,
        ..discogen::Options::default()
    };
    let mut files = generate(&json, &options)
        .with_context(|| format!("generating from {}", document.display()))?;
    rustfmt(&mut files)?;
    Ok(files)
}

/// The API data of a fixture document, `apis/<stem>.json` beside it, when it has one.
fn fixture_api_data(root: &Path, document: &str) -> Option<PathBuf> {
    let stem = document
        .strip_prefix(&format!("{FIXTURES}/"))?
        .strip_suffix(".json")?;
    let data = root
        .join(FIXTURES)
        .join("apis")
        .join(format!("{stem}.json"));
    data.is_file().then_some(data)
}

/// Brings the generator's prettyplease output to the workspace's rustfmt style, so checked-in
/// crates stay clean under `cargo fmt --check` (rust-analyzer's sourcegen does the same).
fn rustfmt(files: &mut [GeneratedFile]) -> Result<()> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    for file in files
        .iter_mut()
        .filter(|f| f.path.extension().is_some_and(|e| e == "rs"))
    {
        let mut child = Command::new("rustfmt")
            .args(["--edition", "2021", "--emit", "stdout", "--quiet"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .context("running rustfmt (install it with `rustup component add rustfmt`)")?;
        child
            .stdin
            .take()
            .context("rustfmt's stdin")?
            .write_all(file.contents.as_bytes())?;
        let output = child.wait_with_output()?;
        if !output.status.success() {
            bail!(
                "rustfmt failed on {}: {}",
                file.path.display(),
                String::from_utf8_lossy(&output.stderr)
            );
        }
        file.contents = String::from_utf8(output.stdout).context("rustfmt output is UTF-8")?;
    }
    Ok(())
}

pub fn codegen(check: bool) -> Result<()> {
    let root = workspace_root();
    let mut all_stale = Vec::new();
    for (document, out) in targets(&root)? {
        let out_dir = root.join(&out);
        let api_data = fixture_api_data(&root, &document);
        let files = render(
            &root.join(&document),
            local_runtime(&out_dir)?,
            api_data.as_deref(),
        )?;
        if check {
            for file in discogen::output::stale_files(&out_dir, &files)? {
                all_stale.push(format!("{out}/{file}"));
            }
        } else {
            discogen::output::write_crate(&out_dir, &files)?;
            println!("{document} -> {out}/ ({} files)", files.len());
        }
    }
    if !all_stale.is_empty() {
        bail!(
            "generated code is stale; run `cargo xtask codegen`:\n  {}",
            all_stale.join("\n  ")
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    /// A stale `generated/` fails `cargo test`, as it fails CI.
    #[test]
    fn generated_crates_are_fresh() {
        if let Err(e) = super::codegen(true) {
            panic!("{e:#}");
        }
    }
}
