//! The `types` module: one Rust type per schema and inline object or enum.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::docs::{doc_attrs, doc_with};
use crate::emit::pagination;
use crate::emit::typeref::{adapter, ident, rust_type, Scope};
use crate::ir::{Api, Enum, Field, Struct, TypeDef, TypeKind, TypeRef};
use crate::naming::unraw;

pub fn types_module(api: &Api) -> TokenStream {
    let header = format!(
        " Request and response types of the {}, one per schema of the Discovery document.",
        api.title
    );
    let uses_map = api.types.iter().any(|d| mentions_map(&d.kind));
    let map_import = uses_map.then(|| {
        quote!(
            use std::collections::BTreeMap;
        )
    });
    let defs = api.types.iter().map(type_def);
    let pages = api.pages.iter().map(pagination::page_impl);
    let rt_import =
        (!api.pages.is_empty() || api.types.iter().any(|d| mentions_rt(&d.kind))).then(|| {
            quote!(
                use crate::rt;
            )
        });
    quote! {
        #![doc = #header]
        #map_import
        #rt_import
        #(#defs)*
        #(#pages)*
    }
}

fn mentions_map(kind: &TypeKind) -> bool {
    fn has_map(ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Map(_) => true,
            TypeRef::Vec(inner) => has_map(inner),
            _ => false,
        }
    }
    match kind {
        TypeKind::Struct(s) => s.fields.iter().any(|f| has_map(&f.ty)) || s.additional.is_some(),
        TypeKind::Alias(ty) => has_map(ty),
        TypeKind::Enum(_) => false,
    }
}

/// Whether the definition names something of the runtime (`rt::`), so the module imports it.
fn mentions_rt(kind: &TypeKind) -> bool {
    fn has_rt(ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Timestamp | TypeRef::Date | TypeRef::Duration | TypeRef::FieldMask => true,
            TypeRef::Vec(inner) | TypeRef::Map(inner) => has_rt(inner),
            other => other.needs_adapter(),
        }
    }
    match kind {
        TypeKind::Struct(s) => {
            s.fields.iter().any(|f| has_rt(&f.ty))
                || s.additional.as_ref().is_some_and(|(_, ty)| has_rt(ty))
        }
        TypeKind::Alias(ty) => has_rt(ty),
        // The enum's `Deserialize` goes through the runtime.
        TypeKind::Enum(_) => true,
    }
}

fn type_def(def: &TypeDef) -> TokenStream {
    let mut notes = Vec::new();
    if def.description.is_none() {
        notes.push(format!("The `{}` schema.", def.origin));
    }
    if def.deprecated {
        notes.push("**Deprecated** by the API.".to_string());
    }
    let docs = doc_with(def.description.as_deref(), &notes);
    let name = ident(&def.name);
    match &def.kind {
        TypeKind::Struct(s) => struct_def(&docs, &name, s),
        TypeKind::Enum(e) => enum_def(&docs, &name, e),
        TypeKind::Alias(target) => {
            let target = rust_type(target, Scope::TypesModule);
            quote! { #docs pub type #name = #target; }
        }
    }
}

fn struct_def(docs: &TokenStream, name: &syn::Ident, s: &Struct) -> TokenStream {
    let fields = s.fields.iter().map(field);
    let additional = s.additional.as_ref().map(|(field_name, ty)| {
        let field_name = ident(field_name);
        let rust = rust_type(ty, Scope::TypesModule);
        // The extra keys carry the same wire encodings (int64 strings, base64) as fields do.
        let with = ty.needs_adapter().then(|| {
            let map = TypeRef::Map(Box::new(ty.clone()));
            let with = format!(
                "rt::internal::serde::As::<{}>",
                adapter(&map, Scope::TypesModule)
            )
            .replace(' ', "");
            quote!(, with = #with)
        });
        quote! {
            /// Properties the schema does not name.
            #[serde(flatten #with)]
            pub #field_name: BTreeMap<String, #rust>,
        }
    });
    quote! {
        #docs
        #[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
        pub struct #name {
            #(#fields)*
            #additional
        }
    }
}

fn field(f: &Field) -> TokenStream {
    let mut notes = Vec::new();
    if f.read_only {
        notes.push("Output only: set by the server.".to_string());
    }
    if f.deprecated {
        notes.push("**Deprecated** by the API.".to_string());
    }
    if !f.required_by.is_empty() {
        let methods: Vec<String> = f.required_by.iter().map(|m| format!("`{m}`")).collect();
        notes.push(format!("Required by {}.", methods.join(", ")));
    }
    let docs = doc_with(f.description.as_deref(), &notes);
    let name = ident(&f.name);
    let mut ty = rust_type(&f.ty, Scope::TypesModule);
    let mut adapted = adapter(&f.ty, Scope::TypesModule);
    if f.boxed {
        ty = quote!(Box<#ty>);
        adapted = quote!(Box<#adapted>);
    }
    let mut attrs = Vec::new();
    if unraw(&f.name) != f.wire_name {
        let wire = &f.wire_name;
        attrs.push(quote!(rename = #wire));
    }
    attrs.push(quote!(default));
    if !f.required {
        ty = quote!(Option<#ty>);
        adapted = quote!(Option<#adapted>);
        attrs.push(quote!(skip_serializing_if = "Option::is_none"));
    }
    if f.ty.needs_adapter() {
        let with = format!("rt::internal::serde::As::<{adapted}>").replace(' ', "");
        attrs.push(quote!(with = #with));
    }
    quote! {
        #docs
        #[serde(#(#attrs),*)]
        pub #name: #ty,
    }
}

fn enum_def(docs: &TokenStream, name: &syn::Ident, e: &Enum) -> TokenStream {
    let unknown = ident(&e.unknown_variant);
    let variants = e.variants.iter().map(|v| {
        let mut notes = Vec::new();
        if v.description.is_none() {
            notes.push(format!("`{}`", v.wire_value));
        }
        if v.deprecated {
            notes.push("**Deprecated** by the API.".to_string());
        }
        let docs = doc_with(v.description.as_deref(), &notes);
        let variant = ident(&v.name);
        quote!(#docs #variant,)
    });
    let to_wire = e.variants.iter().map(|v| {
        let variant = ident(&v.name);
        let wire = &v.wire_value;
        quote!(Self::#variant => #wire,)
    });
    let from_wire: Vec<TokenStream> = e
        .variants
        .iter()
        .map(|v| {
            let variant = ident(&v.name);
            let wire = &v.wire_value;
            quote!(#wire => Self::#variant,)
        })
        .collect();
    let unknown_doc = doc_attrs(
        "A value this version of the crate does not know; kept as sent so it survives a round trip.",
    );
    quote! {
        #docs
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        pub enum #name {
            #(#variants)*
            #unknown_doc
            #unknown(String),
        }

        impl #name {
            /// The value as it appears on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_wire)*
                    Self::#unknown(value) => value,
                }
            }
        }

        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #(#from_wire)*
                    other => Self::#unknown(other.to_string()),
                }
            }
        }

        impl From<String> for #name {
            fn from(value: String) -> Self {
                match value.as_str() {
                    #(#from_wire)*
                    _ => Self::#unknown(value),
                }
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                rt::internal::serde::deserialize_enum(deserializer)
            }
        }
    }
}
