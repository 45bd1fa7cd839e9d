//! Printing: [`crate::ir::Api`] → the files of a crate.
//!
//! Every Rust file is built as tokens, parsed into a `syn::File` and printed by
//! `prettyplease`, so the output is formatted and byte-identical for the same input.

mod crate_root;
mod docs;
mod features;
mod limits;
mod manifest;
mod media;
mod pagination;
mod path;
mod resources;
mod typeref;
mod types;

use std::path::PathBuf;

use proc_macro2::TokenStream;

use crate::error::Error;
use crate::ir::{Api, Resource};
use crate::model::Document;

pub use manifest::{RuntimeDependency, RUNTIME_VERSION};

/// One file of the generated crate, relative to its root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: PathBuf,
    pub contents: String,
}

/// Hand-written Rust modules to ship inside a generated crate, kept apart from what the
/// document describes (`src/NAME.rs`, declared as `pub mod NAME` at the crate root).
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub extras: Vec<(String, String)>,
    /// Markdown appended to the generated crate's README.
    pub readme_notes: Option<String>,
    /// Notes and request limits to add to what the document describes.
    pub overlay: Option<crate::overlay::Overlay>,
    /// How the crate depends on the runtime crate.
    pub runtime: RuntimeDependency,
    /// Lines for the crate's `[dependencies]` that the extras need.
    pub extra_dependencies: Option<String>,
}

/// Parses, lowers and prints a Discovery document.
pub fn generate(document_json: &str, options: &Options) -> Result<Vec<GeneratedFile>, Error> {
    let doc = Document::parse(document_json)?;
    let extras: Vec<String> = options
        .extras
        .iter()
        .map(|(name, _)| name.clone())
        .collect();
    let mut api = crate::lower::lower_with_extras(&doc, &extras)?;
    if let Some(overlay) = &options.overlay {
        crate::lower::apply_overlay(&mut api, overlay)?;
    }
    emit(&api, options)
}

/// Prints an already lowered API.
pub fn emit(api: &Api, options: &Options) -> Result<Vec<GeneratedFile>, Error> {
    let mut files = vec![
        GeneratedFile {
            path: "Cargo.toml".into(),
            contents: manifest::cargo_toml(
                api,
                &options.runtime,
                options.extra_dependencies.as_deref(),
            ),
        },
        GeneratedFile {
            path: "README.md".into(),
            contents: manifest::readme(api, options.readme_notes.as_deref()),
        },
    ];
    let extras: Vec<String> = options
        .extras
        .iter()
        .map(|(name, _)| name.clone())
        .collect();
    files.push(rust_file("src/lib.rs", crate_root::lib_rs(api, &extras))?);
    files.push(rust_file("src/types.rs", types::types_module(api))?);
    if !api.root.methods.is_empty() {
        let builders = resources::builders(&api.root);
        let tokens = quote::quote! {
            //! Builders of the API's top-level methods.
            #builders
        };
        files.push(rust_file("src/methods.rs", tokens)?);
    }
    for child in &api.root.children {
        resource_files(child, "src", &mut files)?;
    }
    for (name, source) in &options.extras {
        files.push(GeneratedFile {
            path: format!("src/{name}.rs").into(),
            contents: source.clone(),
        });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

fn resource_files(
    resource: &Resource,
    dir: &str,
    files: &mut Vec<GeneratedFile>,
) -> Result<(), Error> {
    let module = crate::naming::unraw(&resource.module);
    let children: Vec<String> = resource.children.iter().map(|c| c.module.clone()).collect();
    let tokens = resources::resource_module(resource, &children);
    files.push(rust_file(&format!("{dir}/{module}.rs"), tokens)?);
    let child_dir = format!("{dir}/{module}");
    for child in &resource.children {
        resource_files(child, &child_dir, files)?;
    }
    Ok(())
}

fn rust_file(path: &str, tokens: TokenStream) -> Result<GeneratedFile, Error> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| Error::Emit {
        file: path.to_string(),
        message: e.to_string(),
    })?;
    Ok(GeneratedFile {
        path: path.into(),
        contents: prettyplease::unparse(&file),
    })
}
