//! A document's hand-written additions, read from the folder beside it:
//! `x.v1.json` → `x.v1.extras/`, holding Rust modules (`name.rs`, or a folder with its
//! `mod.rs`), `README.md` (notes for the crate's README), `dependencies.toml` (lines for
//! `[dependencies]` the modules need), `features.json` (modules compiled only with a cargo
//! feature of their name) and `overlay.json` (see [`crate::overlay`]: facts about an API the
//! generator has no data of its own for, [`crate::apis`]). Other files are ignored. The same convention serves the command line, `build.rs` generation and this
//! repository's own crates.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::generate::{ExtraFile, Options};

/// `x.v1.json` → `x.v1.extras`: where the additions to a document live.
pub fn extras_dir(document: &Path) -> Result<PathBuf, Error> {
    Ok(document.with_file_name(format!("{}.extras", document_stem(document)?)))
}

/// `x.v1.json` → `x.v1`: the name the document's extras and generated files go by.
pub fn document_stem(document: &Path) -> Result<&str, Error> {
    document
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_suffix(".json"))
        .ok_or_else(|| Error::Io {
            path: document.display().to_string(),
            message: "expected a document whose file name ends in `.json`".into(),
        })
}

/// The options a document's extras folder describes; the defaults when it has none.
pub fn load(document: &Path) -> Result<Options, Error> {
    let dir = extras_dir(document)?;
    let mut options = Options::default();
    if !dir.is_dir() {
        return Ok(options);
    }
    for path in sorted_entries(&dir)? {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if path.is_dir() || name.ends_with(".rs") {
            extra_files(&dir, &path, &mut options.extras)?;
        } else if name == "README.md" {
            options.readme_notes = Some(read(&path)?);
        } else if name == "dependencies.toml" {
            options.extra_dependencies = Some(read(&path)?);
        } else if name == "features.json" {
            options.optional_extras = optional_extras(&path)?;
        } else if name == "overlay.json" {
            options.overlay = Some(crate::Overlay::parse(&read(&path)?)?);
        }
    }
    Ok(options)
}

pub(crate) fn read(path: &Path) -> Result<String, Error> {
    fs::read_to_string(path).map_err(|e| Error::io(path, e))
}

/// `features.json`: `{"optional_modules": {"uploads": "description", ...}}`.
fn optional_extras(path: &Path) -> Result<BTreeMap<String, String>, Error> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Features {
        optional_modules: BTreeMap<String, String>,
    }
    let text = read(path)?;
    let mut de = serde_json::Deserializer::from_str(&text);
    let features: Features =
        serde_path_to_error::deserialize(&mut de).map_err(|e| Error::Extra {
            path: format!("{} at {}", path.display(), e.path()),
            message: e.inner().to_string(),
        })?;
    Ok(features.optional_modules)
}

/// The paths in `dir`, in name order, so that what is generated does not depend on the
/// file system's order.
fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut entries = fs::read_dir(dir)
        .and_then(|entries| {
            entries
                .map(|e| e.map(|e| e.path()))
                .collect::<Result<Vec<_>, _>>()
        })
        .map_err(|e| Error::io(dir, e))?;
    entries.sort();
    Ok(entries)
}

/// The `.rs` files at `path` (a file, or a folder module's tree), relative to the extras'
/// folder `root`, in path order.
fn extra_files(root: &Path, path: &Path, extras: &mut Vec<ExtraFile>) -> Result<(), Error> {
    if path.is_dir() {
        for entry in sorted_entries(path)? {
            extra_files(root, &entry, extras)?;
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        let relative = path.strip_prefix(root).unwrap_or(path);
        extras.push(ExtraFile::new(relative, read(path)?));
    }
    Ok(())
}
