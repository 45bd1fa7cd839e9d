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
use crate::generate::Options;
use crate::ir::{Api, Resource};

pub use manifest::{RuntimeDependency, RUNTIME_VERSION};

/// One file of the generated crate, relative to its root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: PathBuf,
    pub contents: String,
}

/// Prints an already lowered API; the extras' own files are [`crate::generate`]'s to add.
pub fn emit(
    api: &Api,
    options: &Options,
    extra_modules: &[String],
) -> Result<Vec<GeneratedFile>, Error> {
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
    files.push(rust_file(
        "src/lib.rs",
        crate_root::lib_rs(api, extra_modules),
    )?);
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
