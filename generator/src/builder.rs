//! Generation from a build script: a crate ships a Discovery document and includes the
//! client generated from it at build time.
//!
//! ```no_run
//! // build.rs
//! fn main() -> Result<(), discogen::BuildError> {
//!     discogen::Builder::new("tasks.v1.json").generate_into_out_dir()?;
//!     Ok(())
//! }
//! ```
//!
//! ```ignore
//! // src/lib.rs (or src/main.rs): the client is the crate's root
//! include!(concat!(env!("OUT_DIR"), "/tasks.v1/lib.rs"));
//! ```
//!
//! The generated code names its items from the crate root (`crate::types::Task`), so it is
//! included at the root of a crate, not inside a module. The including crate depends on
//! what a generated crate's `Cargo.toml` lists: `discogen-runtime`, `serde`, `serde_json`
//! and `futures-util`. Items behind a cargo feature (each resource of a big API) compile
//! when the including crate has a feature of that name.

use std::path::{Path, PathBuf};

use crate::emit::emit;
use crate::error::Error;
use crate::generate::{lower, Options};
use crate::output::{document_stem, read, write_if_changed};
use crate::overlay::Overlay;

/// Generates a client from a Discovery document into a build script's `OUT_DIR`.
#[derive(Debug, Clone)]
pub struct Builder {
    document: PathBuf,
    api_data: Option<PathBuf>,
    out_dir: Option<PathBuf>,
}

/// Why [`Builder::generate_into_out_dir`] failed: the document and what is wrong with it.
///
/// Its `Debug` is its message, so a build script that returns it, or unwraps it, prints the
/// document's path and the JSON path of the problem as cargo's build error.
#[derive(thiserror::Error)]
#[error("{}: {error}", document.display())]
pub struct BuildError {
    pub document: PathBuf,
    #[source]
    pub error: Error,
}

impl std::fmt::Debug for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self, f)
    }
}

impl Builder {
    /// The document, relative to the build script's package (as `build.rs` runs) or
    /// absolute.
    pub fn new(document: impl Into<PathBuf>) -> Self {
        Builder {
            document: document.into(),
            api_data: None,
            out_dir: None,
        }
    }

    /// What the document does not say about its API (notes, request limits, operations), as
    /// a file in the format of the generator's own data ([`crate::apis`]), for an API the
    /// generator has no data of its own for.
    pub fn api_data(mut self, file: impl Into<PathBuf>) -> Self {
        self.api_data = Some(file.into());
        self
    }

    /// Writes somewhere other than `$OUT_DIR` (for tests and tools).
    pub fn out_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.out_dir = Some(dir.into());
        self
    }

    /// Generates the client into `$OUT_DIR/<document stem>/` (`tasks.v1.json` →
    /// `tasks.v1/lib.rs` and its modules beside it) and returns the path of that `lib.rs`,
    /// the file to `include!`. Cargo is told to run the build script again when the document
    /// or the API data file changes. Nothing is written when the document is refused.
    pub fn generate_into_out_dir(self) -> Result<PathBuf, BuildError> {
        let fail = |error| BuildError {
            document: self.document.clone(),
            error,
        };
        let out_dir = match &self.out_dir {
            Some(dir) => dir.clone(),
            None => std::env::var_os("OUT_DIR")
                .map(PathBuf::from)
                .ok_or_else(|| {
                    fail(Error::Io {
                        path: "$OUT_DIR".into(),
                        message: "not set: generate_into_out_dir runs in a build script \
                                  (or give a folder with Builder::out_dir)"
                            .into(),
                    })
                })?,
        };
        if self.out_dir.is_none() {
            println!("cargo::rerun-if-changed={}", self.document.display());
            if let Some(data) = &self.api_data {
                println!("cargo::rerun-if-changed={}", data.display());
            }
        }
        let json = read(&self.document).map_err(fail)?;
        let overlay = match &self.api_data {
            Some(data) => Some(Overlay::read(data).map_err(fail)?),
            None => None,
        };
        let options = Options {
            overlay,
            ..Options::default()
        };
        let mut api = lower(&json, &options).map_err(fail)?;
        // The client's docs and examples name the crate that includes it.
        if let Ok(package) = std::env::var("CARGO_PKG_NAME") {
            api.crate_name = package;
        }
        let files = emit(&api, &options).map_err(fail)?;
        let stem = document_stem(&self.document).map_err(fail)?;
        let dir = out_dir.join(stem);
        for file in &files {
            let Ok(source) = file.path.strip_prefix("src") else {
                continue; // Cargo.toml and README.md belong to a crate of its own
            };
            let contents = if source == Path::new("lib.rs") {
                includable(&file.contents).map_err(fail)?
            } else {
                file.contents.clone()
            };
            write_if_changed(&dir.join(source), &contents).map_err(fail)?;
        }
        Ok(dir.join("lib.rs"))
    }
}

/// A crate root that `include!` accepts: its inner attributes and crate docs (`#![…]`,
/// `//!`), which only a file that is itself a crate root may carry, left out.
fn includable(lib_rs: &str) -> Result<String, Error> {
    let mut file = syn::parse_file(lib_rs).map_err(|e| Error::Emit {
        file: "src/lib.rs".into(),
        message: e.to_string(),
    })?;
    file.attrs.clear();
    Ok(prettyplease::unparse(&file))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_included_root_has_no_inner_attributes_and_keeps_its_items() {
        let root = "//! Crate docs.\n#![forbid(unsafe_code)]\n\n/// A module.\npub mod types;\n";
        let included = includable(root).unwrap();
        assert_eq!(included, "/// A module.\npub mod types;\n");
    }
}
