//! The runtime's sources that this binary carries (see `build.rs`), and the copy of them
//! that `discogen generate` writes beside the crates it generates: until `discogen-runtime`
//! is on a registry, a crate that depends on it by version does not build, one that depends
//! on this copy by path does.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use discogen::output::{write_crate, Written};
use discogen::GeneratedFile;

/// `(path in the runtime's folder, contents)`, empty when this binary was built from a
/// package rather than from a clone of the repository.
static SOURCES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/runtime_sources.rs"));

/// Whether this binary carries the runtime's sources.
pub fn is_carried() -> bool {
    !SOURCES.is_empty()
}

/// The folder of the copy in `parent`: named by the runtime's series, so that crates
/// generated for another series keep theirs.
pub fn folder(parent: &Path) -> PathBuf {
    parent.join(format!("discogen-runtime-{}", discogen::RUNTIME_VERSION))
}

/// The version of the carried runtime, from its manifest.
pub fn version() -> Option<&'static str> {
    let (_, manifest) = SOURCES.iter().find(|(path, _)| *path == "Cargo.toml")?;
    manifest.lines().find_map(|line| {
        let value = line
            .strip_prefix("version")?
            .trim_start()
            .strip_prefix('=')?;
        Some(value.trim().trim_matches('"'))
    })
}

/// Fails when `dir` exists and is not a copy of the runtime: it is not ours to rewrite.
pub fn check_folder(dir: &Path) -> Result<()> {
    let Ok(manifest) = std::fs::read_to_string(dir.join("Cargo.toml")) else {
        if dir.exists() && std::fs::read_dir(dir)?.next().is_some() {
            bail!(
                "{} exists and is not a copy of discogen-runtime; move it, or give \
                 --runtime-path or --runtime-by-version",
                dir.display()
            );
        }
        return Ok(());
    };
    if !manifest
        .lines()
        .any(|line| line.trim() == "name = \"discogen-runtime\"")
    {
        bail!(
            "{} holds another crate, not a copy of discogen-runtime; move it, or give \
             --runtime-path or --runtime-by-version",
            dir.display()
        );
    }
    Ok(())
}

/// Writes the carried runtime into `dir` (see [`folder`]), rewriting only files that
/// changed and removing the ones it no longer has.
pub fn write(dir: &Path) -> Result<Written> {
    if !is_carried() {
        bail!("this discogen carries no runtime (it was built from a package)");
    }
    check_folder(dir)?;
    let files: Vec<GeneratedFile> = SOURCES
        .iter()
        .map(|(path, contents)| GeneratedFile {
            path: PathBuf::from(path),
            contents: (*contents).to_string(),
        })
        .collect();
    write_crate(dir, &files).with_context(|| format!("writing the runtime to {}", dir.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_carried_runtime_is_of_the_series_the_generator_writes_for() {
        assert!(
            is_carried(),
            "built from the repository, the binary carries the runtime"
        );
        let version = version().expect("the carried manifest has a version");
        assert!(
            version.starts_with(&format!("{}.", discogen::RUNTIME_VERSION)),
            "carried {version}, generating for {}",
            discogen::RUNTIME_VERSION
        );
        assert!(SOURCES.iter().any(|(path, _)| *path == "src/lib.rs"));
    }
}
