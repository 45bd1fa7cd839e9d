//! The pipeline in one call: parse the document, lower it with what the generator knows of
//! the API, apply that knowledge (notes, limits), and print the crate.

use crate::emit::{emit, GeneratedFile, RuntimeDependency};
use crate::error::Error;
use crate::ir::Api;
use crate::model::Document;
use crate::overlay::Overlay;

/// How to generate a crate: what the generator's data does not know about the API, and how
/// the crate finds its runtime.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Facts to add to what the document describes (notes, request limits, operations), for
    /// an API the generator has no data of its own for ([`crate::apis`], which is used when
    /// this is `None`; giving both is an error). Read from a file with
    /// [`Overlay::read`](crate::Overlay::read).
    pub overlay: Option<crate::overlay::Overlay>,
    /// How the crate depends on the runtime crate.
    pub runtime: RuntimeDependency,
    /// The crate's version; `0.1.0` when `None` (`discogen release` computes the next one).
    pub crate_version: Option<String>,
    /// The `repository` of the crate's package metadata, where its source is kept.
    pub repository: Option<String>,
}

/// Parses, lowers and prints a Discovery document, with `options`' overlay.
pub fn generate(document_json: &str, options: &Options) -> Result<Vec<GeneratedFile>, Error> {
    emit(&lower(document_json, options)?, options)
}

/// Parses and lowers a Discovery document with `options`' overlay: every name
/// and type decided, ready for [`emit`] (for a caller that needs the crate's name or counts
/// before printing it).
pub fn lower(document_json: &str, options: &Options) -> Result<Api, Error> {
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
    let mut api = crate::lower::lower_with_facts(&doc, &facts)?;
    crate::lower::apply_overlay(&mut api, &facts)?;
    Ok(api)
}
