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
