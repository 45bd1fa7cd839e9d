//! `#[cfg(feature = …)]` for the resources and types of a big API (see `lower::features`),
//! and the sentence that says so in their docs.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::Gate;

/// The attribute that compiles an item only with its features, if it has any.
pub fn cfg(gate: &Gate) -> Option<TokenStream> {
    match gate {
        Gate::Always => None,
        Gate::AnyOf(features) if features.len() == 1 => Some(feature_cfg(&features[0])),
        Gate::AnyOf(features) => Some(quote!(#[cfg(any(#(feature = #features),*))])),
        Gate::Full => Some(feature_cfg("full")),
    }
}

/// `#[cfg(feature = "name")]`.
pub fn feature_cfg(feature: &str) -> TokenStream {
    quote!(#[cfg(feature = #feature)])
}

/// The docs' note on what compiles an item, if anything but the crate does.
pub fn note(gate: &Gate) -> Option<String> {
    match gate {
        Gate::Always => None,
        Gate::AnyOf(features) if features.len() == 1 => Some(feature_note(&features[0])),
        Gate::AnyOf(features) => {
            let list: Vec<String> = features.iter().map(|f| format!("`{f}`")).collect();
            Some(format!(
                "Needs one of the cargo features {}, the resources that use it.",
                list.join(", ")
            ))
        }
        Gate::Full => {
            Some("Needs the cargo feature `full`: no method of the API uses it.".to_string())
        }
    }
}

/// "Needs the cargo feature `name`."
pub fn feature_note(feature: &str) -> String {
    format!("Needs the cargo feature `{feature}`.")
}

/// The note on an optional extra module: its feature is on by default.
pub fn feature_note_of_extra(feature: &str) -> String {
    format!("Needs the cargo feature `{feature}` (a default feature).")
}

/// An optional extra module's source with the feature note at the end of its `//!` docs
/// (or as its docs, if it has none), where the generated modules carry theirs.
pub fn with_feature_note(source: &str, feature: &str) -> String {
    let note = feature_note_of_extra(feature);
    if source.contains(&note) {
        return source.to_string();
    }
    let docs_end = source
        .lines()
        .take_while(|l| l.trim_start().starts_with("//!"))
        .map(|l| l.len() + 1)
        .sum::<usize>()
        .min(source.len());
    let (docs, rest) = source.split_at(docs_end);
    if docs.is_empty() {
        format!("//! {note}\n\n{rest}")
    } else {
        format!("{}\n//!\n//! {note}\n{rest}", docs.trim_end_matches('\n'))
    }
}
