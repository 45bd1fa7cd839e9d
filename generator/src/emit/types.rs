//! The `types` module: one Rust type per schema and inline object or enum.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::docs::{doc_attrs, Docs};
use crate::emit::features;
use crate::emit::pagination;
use crate::emit::serde_impls;
use crate::emit::signature::{clearer_argument, field_type, setter_argument};
use crate::emit::typeref::{ident, rust_type, Within};
use crate::ir::{Api, Enum, Field, Gate, Struct, TypeDef, TypeKind, TypeRef};
use crate::naming::unraw;

pub fn types_module(api: &Api, docs: &Docs) -> TokenStream {
    let header = format!(
        " Request and response types of the {}, one per schema of the Discovery document.",
        api.title
    );
    // With features, the types that use an import may all be compiled out.
    let gated = (!api.features.is_empty()).then(|| quote!(#[allow(unused_imports)]));
    let uses_map = api.types.iter().any(|d| mentions_map(&d.kind));
    let map_import = uses_map.then(|| {
        quote!(
            #gated
            use std::collections::BTreeMap;
        )
    });
    let defs = api.types.iter().map(|def| type_def(def, docs));
    let gates: std::collections::HashMap<&str, &Gate> = api
        .types
        .iter()
        .map(|d| (d.name.as_str(), &d.gate))
        .collect();
    let pages = api.pages.iter().map(|page| {
        let cfg = gates
            .get(page.page_type.as_str())
            .and_then(|g| features::cfg(g));
        let page_impl = pagination::page_impl(page);
        quote!(#cfg #page_impl)
    });
    let rt_import =
        (!api.pages.is_empty() || api.types.iter().any(|d| mentions_rt(&d.kind))).then(|| {
            quote!(
                #gated
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
        TypeKind::Alias(ty) => has_rt(ty),
        // Their `Serialize` and `Deserialize` go through the runtime.
        TypeKind::Struct(_) | TypeKind::Enum(_) => true,
    }
}

fn type_def(def: &TypeDef, docs: &Docs) -> TokenStream {
    let mut notes = Vec::new();
    if def.description.is_none() {
        notes.push(format!("The `{}` schema.", def.origin));
    }
    if def.deprecated {
        notes.push("**Deprecated** by the API.".to_string());
    }
    notes.extend(features::note(&def.gate));
    let type_docs = docs.with(def.description.as_deref(), &notes);
    let name = ident(&def.name);
    let cfg = features::cfg(&def.gate);
    match &def.kind {
        TypeKind::Struct(s) => struct_def(&type_docs, &cfg, &name, s, docs),
        TypeKind::Enum(e) => enum_def(&type_docs, &cfg, &name, e, docs),
        TypeKind::Alias(target) => {
            let target = rust_type(target, Within::TypesModule);
            quote! { #type_docs #cfg pub type #name = #target; }
        }
    }
}

/// `cfg` (the type's features, if any) goes on every item: the type and its `impl`s.
fn struct_def(
    docs: &TokenStream,
    cfg: &Option<TokenStream>,
    name: &syn::Ident,
    s: &Struct,
    descriptions: &Docs,
) -> TokenStream {
    let fields = s.fields.iter().map(|f| field(f, descriptions));
    let additional = s.additional.as_ref().map(|a| {
        let field_name = ident(&a.name);
        let rust = rust_type(&a.ty, Within::TypesModule);
        quote! {
            /// Properties the schema does not name.
            pub #field_name: BTreeMap<String, #rust>,
        }
    });
    let unknown_doc = if s.additional.is_none() {
        " Properties the schema does not name, as received; sent back after the fields. Also \
         how to send a property this revision does not know."
    } else {
        // They go to `additional`; this keeps what a user inserts, and the null marks.
        " Properties to send besides the fields and the other properties (those received go \
         to the map of other properties)."
    };
    let unknown = ident(crate::ir::UNKNOWN_FIELDS);
    let setters = s.fields.iter().flat_map(field_setters);
    let additional_setter = s.additional.as_ref().map(|a| {
        let setter = FieldSetter {
            field: &a.name,
            wire_name: "",
            ty: &TypeRef::Map(Box::new(a.ty.clone())),
            optional: false,
            boxed: false,
        };
        setter.set(&a.setter)
    });
    let setters: Vec<TokenStream> = setters.chain(additional_setter).collect();
    let impl_block = (!setters.is_empty()).then(|| {
        quote! {
            #cfg
            impl #name {
                #(#setters)*
            }
        }
    });
    let serde = serde_impls::struct_serde(name, s, cfg);
    // `non_exhaustive`: a property added in a later revision must not break code that
    // builds the struct, so it is built with `Default` and the setters, never a literal.
    // `Debug` is the runtime's (the struct's JSON), not a derived function of every field.
    quote! {
        #docs
        #cfg
        #[derive(Clone, Default, PartialEq)]
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
            #additional
            #[doc = #unknown_doc]
            pub #unknown: rt::UnknownFields,
        }
        #impl_block
        #serde

        // Inline: the JSON writer it calls is compiled only into programs that print one.
        #cfg
        impl std::fmt::Debug for #name {
            #[inline]
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                rt::internal::serde::debug_struct(self, f)
            }
        }
    }
}

/// A field as its setters see it.
struct FieldSetter<'a> {
    field: &'a str,
    wire_name: &'a str,
    ty: &'a TypeRef,
    optional: bool,
    boxed: bool,
}

fn field_setters(f: &Field) -> Vec<TokenStream> {
    let setter = FieldSetter {
        field: &f.name,
        wire_name: &f.wire_name,
        ty: &f.ty,
        optional: !f.required,
        boxed: f.boxed,
    };
    let mut out = vec![setter.set(&f.setter)];
    out.extend(
        f.clearer
            .as_deref()
            .map(|clearer| setter.set_or_clear(clearer)),
    );
    if let (Some(entry), TypeRef::Map(value)) = (&f.entry_setter, &f.ty) {
        out.push(setter.set_or_clear_entry(entry, value));
    }
    out
}

impl FieldSetter<'_> {
    /// `set_title("Holidays")`: stores a value, converting what converts into the field's
    /// type; lists and maps take any iterator of convertible elements.
    fn set(&self, setter: &str) -> TokenStream {
        let field = ident(self.field);
        let setter = ident(setter);
        // Intra-doc links name a raw identifier without its `r#`.
        let doc = format!(" Sets [`{0}`](Self::{0}).", unraw(self.field));
        let (param, value) = setter_argument(self.ty, Within::TypesModule);
        let value = if self.boxed {
            quote!(Box::new(#value))
        } else {
            value
        };
        let value = if self.optional {
            quote!(Some(#value))
        } else {
            value
        };
        quote! {
            #[doc = #doc]
            #[inline]
            pub fn #setter(mut self, value: #param) -> Self {
                self.#field = #value;
                self
            }
        }
    }

    /// `set_or_clear_title(None)`: stores the `Option` as it is, and with `None` marks the
    /// field to be sent as `null`.
    fn set_or_clear(&self, setter: &str) -> TokenStream {
        let field = ident(self.field);
        let setter = ident(setter);
        let unknown = ident(crate::ir::UNKNOWN_FIELDS);
        let wire = self.wire_name;
        let doc = format!(
            " Sets [`{0}`](Self::{0}), or with `None` clears it and marks it to be sent as \
             `null` while it stays `None`, which in a PATCH clears it on the server.",
            unraw(self.field)
        );
        let param = clearer_argument(self.ty, Within::TypesModule);
        let value = if self.boxed {
            quote!(value.map(Box::new))
        } else {
            quote!(value)
        };
        quote! {
            #[doc = #doc]
            #[inline]
            pub fn #setter(mut self, value: #param) -> Self {
                self.#unknown.mark_null(#wire, value.is_none());
                self.#field = #value;
                self
            }
        }
    }

    /// `set_or_clear_labels_entry("k", None)`: one entry of an optional map; `None` removes
    /// it and sends it as `null`, which deletes it on the server.
    fn set_or_clear_entry(&self, setter: &str, value: &TypeRef) -> TokenStream {
        let field = ident(self.field);
        let setter = ident(setter);
        let unknown = ident(crate::ir::UNKNOWN_FIELDS);
        let wire = self.wire_name;
        let doc = format!(
            " Sets the entry `key` of [`{0}`](Self::{0}), or with `None` removes it and sends \
             it as `null` (`{{\"{wire}\": {{\"key\": null}}}}`), which deletes the entry on the \
             server.",
            unraw(self.field)
        );
        let value = rust_type(value, Within::TypesModule);
        quote! {
            #[doc = #doc]
            #[inline]
            pub fn #setter(mut self, key: impl Into<String>, value: Option<#value>) -> Self {
                rt::internal::serde::set_entry(&mut self.#field, &mut self.#unknown, #wire, key.into(), value);
                self
            }
        }
    }
}

fn field(f: &Field, docs: &Docs) -> TokenStream {
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
    let field_docs = docs.with(f.description.as_deref(), &notes);
    let name = ident(&f.name);
    let ty = field_type(f, Within::TypesModule);
    quote! {
        #field_docs
        pub #name: #ty,
    }
}

fn enum_def(
    docs: &TokenStream,
    cfg: &Option<TokenStream>,
    name: &syn::Ident,
    e: &Enum,
    type_docs: &Docs,
) -> TokenStream {
    let unknown = ident(&e.unknown_variant);
    let variants = e.variants.iter().map(|v| {
        let mut notes = Vec::new();
        if v.description.is_none() {
            notes.push(format!("`{}`", v.wire_value));
        }
        if v.deprecated {
            notes.push("**Deprecated** by the API.".to_string());
        }
        let docs = type_docs.with(v.description.as_deref(), &notes);
        let variant = ident(&v.name);
        quote!(#docs #variant,)
    });
    let to_wire = e.variants.iter().map(|v| {
        let variant = ident(&v.name);
        let wire = &v.wire_value;
        quote!(Self::#variant => #wire,)
    });
    let from_wire = e.variants.iter().map(|v| {
        let variant = ident(&v.name);
        let wire = &v.wire_value;
        quote!(#wire => Self::#variant,)
    });
    let unknown_doc = doc_attrs(
        "A value this version of the crate does not know; kept as sent so it survives a round trip.",
    );
    // `#[inline]` on the conversions, as on the struct setters: a non-generic function is
    // compiled into the client crate whether or not anything calls it; inline, only into the
    // programs that do, which in an API of a thousand types is most of the debug build.
    quote! {
        #docs
        #cfg
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            #unknown_doc
            #unknown(String),
        }

        #cfg
        impl #name {
            /// The value as it appears on the wire.
            #[inline]
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_wire)*
                    Self::#unknown(value) => value,
                }
            }
        }

        #cfg
        impl From<&str> for #name {
            #[inline]
            fn from(value: &str) -> Self {
                match value {
                    #(#from_wire)*
                    other => Self::#unknown(other.to_string()),
                }
            }
        }

        #cfg
        impl From<String> for #name {
            #[inline]
            fn from(value: String) -> Self {
                // One match of the wire values, `From<&str>`'s; an unknown value keeps its
                // `String` instead of a copy.
                match Self::from(value.as_str()) {
                    Self::#unknown(_) => Self::#unknown(value),
                    known => known,
                }
            }
        }

        #cfg
        impl std::fmt::Display for #name {
            #[inline]
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        #cfg
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        #cfg
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                rt::internal::serde::deserialize_enum(deserializer)
            }
        }
    }
}
