//! Printing [`TypeRef`]s as Rust types and serde adapters.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::TypeRef;

/// Where a type is printed from: the `types` module names its own types bare.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Within {
    TypesModule,
    Elsewhere,
}

pub fn ident(name: &str) -> syn::Ident {
    match name.strip_prefix("r#") {
        Some(raw) => format_ident!("r#{}", raw),
        None => format_ident!("{}", name),
    }
}

fn rt(scope: Within) -> TokenStream {
    match scope {
        Within::TypesModule => quote!(rt),
        Within::Elsewhere => quote!(crate::rt),
    }
}

pub fn rust_type(ty: &TypeRef, scope: Within) -> TokenStream {
    let rt = rt(scope);
    match ty {
        TypeRef::String => quote!(String),
        TypeRef::Bool => quote!(bool),
        TypeRef::I32 => quote!(i32),
        TypeRef::U32 => quote!(u32),
        TypeRef::I64 => quote!(i64),
        TypeRef::U64 => quote!(u64),
        TypeRef::F32 => quote!(f32),
        TypeRef::F64 => quote!(f64),
        TypeRef::Bytes => quote!(Vec<u8>),
        TypeRef::Timestamp => quote!(#rt::wkt::Timestamp),
        TypeRef::Date => quote!(#rt::wkt::Date),
        TypeRef::Duration => quote!(#rt::wkt::Duration),
        TypeRef::FieldMask => quote!(#rt::wkt::FieldMask),
        TypeRef::Any => quote!(serde_json::Value),
        TypeRef::Named(name) => {
            let name = ident(name);
            match scope {
                Within::TypesModule => quote!(#name),
                Within::Elsewhere => quote!(crate::types::#name),
            }
        }
        TypeRef::Vec(inner) => {
            let inner = rust_type(inner, scope);
            quote!(Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = rust_type(inner, scope);
            match scope {
                Within::TypesModule => quote!(BTreeMap<String, #inner>),
                Within::Elsewhere => quote!(std::collections::BTreeMap<String, #inner>),
            }
        }
    }
}

/// The serde_with adapter of a value's type (`Vec<rt::internal::serde::Int64>` for a list of
/// int64 strings): the wire encoding of int64, uint64, bytes and non-finite floats, through
/// any containers. Only for types that [`TypeRef::needs_adapter`].
pub fn adapter(ty: &TypeRef) -> TokenStream {
    let serde = quote!(rt::internal::serde);
    match ty {
        TypeRef::I64 => quote!(#serde::Int64),
        TypeRef::U64 => quote!(#serde::UInt64),
        TypeRef::Bytes => quote!(#serde::Base64),
        TypeRef::F64 => quote!(#serde::Float64),
        TypeRef::F32 => quote!(#serde::Float32),
        TypeRef::Vec(inner) => {
            let inner = adapter(inner);
            quote!(Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = adapter(inner);
            quote!(BTreeMap<#serde::Same, #inner>)
        }
        _ => quote!(#serde::Same),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adapters_compose_through_containers() {
        let ty = TypeRef::Map(Box::new(TypeRef::Vec(Box::new(TypeRef::I64))));
        assert_eq!(
            adapter(&ty).to_string(),
            "BTreeMap < rt :: internal :: serde :: Same , Vec < rt :: internal :: serde :: Int64 > >"
        );
        assert_eq!(
            rust_type(&ty, Within::Elsewhere).to_string(),
            "std :: collections :: BTreeMap < String , Vec < i64 > >"
        );
    }

    #[test]
    fn raw_identifiers_survive() {
        assert_eq!(ident("r#type").to_string(), "r#type");
        assert_eq!(ident("album").to_string(), "album");
    }
}
