//! The pipeline in one call: parse the document, lower it (reserving the extras' module
//! names), apply the overlay, and print the crate with its extras.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

use crate::emit::{emit, GeneratedFile, RuntimeDependency};
use crate::error::Error;
use crate::ir::Api;
use crate::model::Document;
use crate::overlay::Overlay;

/// One hand-written source file shipped inside a generated crate, kept apart from what the
/// document describes. `path` is relative to the crate's `src/`: `limits.rs` is the module
/// `limits`; `uploads/mod.rs` with `uploads/sending.rs` is the module `uploads` and its
/// submodule. Each top-level module is declared `pub mod NAME` at the crate root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtraFile {
    pub path: PathBuf,
    pub contents: String,
}

impl ExtraFile {
    pub fn new(path: impl Into<PathBuf>, contents: impl Into<String>) -> Self {
        ExtraFile {
            path: path.into(),
            contents: contents.into(),
        }
    }

    /// Whether this is the file that declares the top-level module `module` and holds its
    /// docs: `module.rs` or `module/mod.rs`.
    pub(crate) fn is_module_root(&self, module: &str) -> bool {
        self.path == Path::new(&format!("{module}.rs"))
            || self.path == Path::new(module).join("mod.rs")
    }
}

/// What to add to what the document describes, and how the crate finds its runtime.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub extras: Vec<ExtraFile>,
    /// Markdown appended to the generated crate's README.
    pub readme_notes: Option<String>,
    /// Facts to add to what the document describes (notes, request limits, operations), for
    /// an API the generator has no data of its own for ([`crate::apis`], which is used when
    /// this is `None`; giving both is an error).
    pub overlay: Option<crate::overlay::Overlay>,
    /// How the crate depends on the runtime crate.
    pub runtime: RuntimeDependency,
    /// Lines for the crate's `[dependencies]` that the extras need.
    pub extra_dependencies: Option<String>,
    /// Extra modules compiled only with the cargo feature of their name, each on by
    /// default, with the feature's description for `Cargo.toml`. A program that only makes
    /// calls turns them off (`default-features = false`) and does not compile them.
    pub optional_extras: BTreeMap<String, String>,
    /// Where the extras are, relative to the crate's `src/` (`/`-separated), when the crate
    /// is written where that path stays valid: the crate root then declares each extra
    /// module with `#[path]` to its hand-written file, so the file itself is what compiles,
    /// lints and tests, and nothing is copied. `None` copies the extras into the crate,
    /// which then stands alone (for a crate written elsewhere, packaged or published).
    pub extras_in_place: Option<String>,
    /// The crate's version; `0.1.0` when `None` (`discogen release` computes the next one).
    pub crate_version: Option<String>,
    /// The `repository` of the crate's package metadata, where its source is kept.
    pub repository: Option<String>,
}

impl Options {
    /// The top-level modules the extras make, in order, checked: every path is a relative
    /// `.rs` path without `..`, and a folder module has its `mod.rs`.
    pub fn extra_modules(&self) -> Result<Vec<String>, Error> {
        let mut modules = BTreeSet::new();
        let mut folders = BTreeSet::new();
        for extra in &self.extras {
            let invalid = |message: &str| Error::Extra {
                path: extra.path.display().to_string(),
                message: message.into(),
            };
            let parts = normal_components(&extra.path).ok_or_else(|| {
                invalid("expected a relative path inside `src/` without `..` or `.`")
            })?;
            if extra.path.extension().is_none_or(|e| e != "rs") {
                return Err(invalid("expected a Rust source file (`.rs`)"));
            }
            let top = match parts.as_slice() {
                [file] => file.trim_end_matches(".rs").to_string(),
                [folder, ..] => {
                    folders.insert(folder.clone());
                    folder.clone()
                }
                [] => return Err(invalid("expected a file name")),
            };
            if !crate::naming::is_identifier(&top) || top == "lib" {
                return Err(invalid(
                    "expected a module name that is a plain Rust identifier other than `lib`",
                ));
            }
            modules.insert(top);
        }
        for folder in folders {
            let declared = self.extras.iter().any(|e| e.is_module_root(&folder));
            if !declared {
                return Err(Error::Extra {
                    path: format!("{folder}/"),
                    message: format!("a folder module needs `{folder}/mod.rs` or `{folder}.rs`"),
                });
            }
        }
        for name in self.optional_extras.keys() {
            if !modules.contains(name) {
                return Err(Error::Extra {
                    path: name.clone(),
                    message: "an optional extra must be one of the extra modules".into(),
                });
            }
        }
        Ok(modules.into_iter().collect())
    }

    /// The `#[path]` of the extra module `module` from the crate's `src/`, when the extras
    /// are compiled in place.
    pub(crate) fn extra_module_path(&self, module: &str) -> Option<String> {
        let dir = self.extras_in_place.as_deref()?;
        let root = self.extras.iter().find(|e| e.is_module_root(module))?;
        let relative = root
            .path
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        Some(format!("{}/{relative}", dir.trim_end_matches('/')))
    }

    /// The features of the optional extras, checked against the API's own features (and
    /// `full`): a name both would use is refused rather than merged.
    pub(crate) fn extra_features(
        &self,
        api_features: &[String],
    ) -> Result<Vec<(&str, &str)>, Error> {
        self.optional_extras
            .iter()
            .map(|(name, description)| {
                if name == "default" || name == "full" || api_features.contains(name) {
                    return Err(Error::Extra {
                        path: name.clone(),
                        message: format!("the feature `{name}` is taken by the API itself"),
                    });
                }
                Ok((name.as_str(), description.as_str()))
            })
            .collect()
    }
}

fn normal_components(path: &Path) -> Option<Vec<String>> {
    path.components()
        .map(|c| match c {
            Component::Normal(part) => part.to_str().map(str::to_string),
            _ => None,
        })
        .collect()
}

/// Parses, lowers and prints a Discovery document, with `options`' extras and overlay.
pub fn generate(document_json: &str, options: &Options) -> Result<Vec<GeneratedFile>, Error> {
    emit(&lower(document_json, options)?, options)
}

/// Parses and lowers a Discovery document with `options`' extras and overlay: every name
/// and type decided, ready for [`emit`] (for a caller that needs the crate's name or counts
/// before printing it).
pub fn lower(document_json: &str, options: &Options) -> Result<Api, Error> {
    let extra_modules = options.extra_modules()?;
    let doc = Document::parse(document_json)?;
    let facts = match &options.overlay {
        None => crate::apis::facts_for(&doc)?,
        Some(overlay) if crate::apis::facts(&doc.name, &doc.version)? == Overlay::default() => {
            overlay.clone()
        }
        // Two places for one API's facts would drift apart.
        Some(_) => {
            return Err(Error::Overlay {
                path: "(overlay)".into(),
                message: format!(
                    "the generator keeps the facts of {}.{} in generator/apis/{0}.{1}.json; \
                     add to that file instead of giving an overlay",
                    doc.name, doc.version
                ),
            })
        }
    };
    let mut api = crate::lower::lower_with_extras(&doc, &extra_modules, &facts)?;
    crate::lower::apply_overlay(&mut api, &facts)?;
    Ok(api)
}
