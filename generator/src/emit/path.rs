//! Path templates as the runtime's `PathPart` tables and as the readable `{+name}` form.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::PathSegment;

/// `crate::rt::internal::PathPart` expressions for a `static` path table.
pub fn path_parts(segments: &[PathSegment]) -> Vec<TokenStream> {
    segments
        .iter()
        .map(|s| match s {
            PathSegment::Literal(l) => quote!(crate::rt::internal::PathPart::Literal(#l)),
            PathSegment::Variable {
                wire_name,
                reserved,
                pattern,
            } => {
                let pattern = match pattern {
                    Some(p) => quote!(Some(#p)),
                    None => quote!(None),
                };
                quote!(crate::rt::internal::PathPart::Param { name: #wire_name, reserved: #reserved, pattern: #pattern })
            }
        })
        .collect()
}

/// The template as the document writes it (`v1/albums/{+albumId}`), for docs.
pub fn template(segments: &[PathSegment]) -> String {
    segments
        .iter()
        .map(|s| match s {
            PathSegment::Literal(l) => l.clone(),
            PathSegment::Variable {
                wire_name,
                reserved,
                ..
            } => format!("{{{}{wire_name}}}", if *reserved { "+" } else { "" }),
        })
        .collect()
}
