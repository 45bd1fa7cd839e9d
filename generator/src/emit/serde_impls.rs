//! `Serialize` and `Deserialize` of a generated struct, written out instead of derived.
//!
//! The runtime's shared visitor does the work (`rt::internal::serde::Struct`); a struct only
//! lists its wire names and reads or writes each field. serde's derive would instead expand
//! a field enum, three key visitors, a sequence visitor and an adapter wrapper per field for
//! every schema, which for a big API is most of what rustc has to compile.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::emit::typeref::{adapter, ident};
use crate::ir::{AdditionalProperties, Field, Struct, TypeRef};

/// `cfg` (the struct's features, if any) goes on each of the three `impl`s.
pub fn struct_serde(name: &syn::Ident, s: &Struct, cfg: &Option<TokenStream>) -> TokenStream {
    let struct_impl = struct_impl(name, s);
    quote! {
        #cfg
        #struct_impl

        #cfg
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                rt::internal::serde::deserialize_struct(deserializer)
            }
        }

        #cfg
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                rt::internal::serde::serialize_struct(self, serializer)
            }
        }
    }
}

/// The `rt::internal::serde::Struct` impl: the wire names, and how to read and write each
/// field.
fn struct_impl(name: &syn::Ident, s: &Struct) -> TokenStream {
    // `FIELDS` and the indices of `read_field` follow the byte order of the wire names, so
    // that they do not depend on the order of the document's properties.
    let mut sorted: Vec<&Field> = s.fields.iter().collect();
    sorted.sort_by(|a, b| a.wire_name.cmp(&b.wire_name));
    let wire_names = sorted.iter().map(|f| &f.wire_name);
    let rust_name = name.to_string();
    let read_field = read_field(&sorted);
    let read_other = read_other(s.additional.as_ref());
    let write_fields = write_fields(s);
    // Hidden: the impl of a hidden trait would show in the type's docs, naming internals.
    quote! {
        #[doc(hidden)]
        impl rt::internal::serde::Struct for #name {
            const NAME: &'static str = #rust_name;
            const FIELDS: &'static [&'static str] = &[#(#wire_names),*];
            const KEEPS_OTHERS: bool = true;

            #read_field

            #read_other

            #write_fields
        }
    }
}

/// `read_field`, given the fields in the order of `FIELDS`. Each arm is one call that fills
/// the field in place (see the runtime's `read`), so there is no `?` per field to check.
fn read_field(sorted: &[&Field]) -> TokenStream {
    let body = if sorted.is_empty() {
        quote! {
            let _ = index;
            rt::internal::serde::skip(map)
        }
    } else {
        let arms = sorted.iter().enumerate().map(|(index, f)| {
            let index = Literal::usize_unsuffixed(index);
            let read = read_field_value(f);
            quote!(#index => #read,)
        });
        quote! {
            match index {
                #(#arms)*
                // Not reached: the runtime only passes indices of `FIELDS`.
                _ => rt::internal::serde::skip(map),
            }
        }
    };
    quote! {
        fn read_field<'de, A: serde::de::MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> Result<(), A::Error> {
            #body
        }
    }
}

/// `read_other`: a key the schema does not name goes to the struct's map of other properties
/// (`additionalProperties`) where it has one, else to its unknown fields.
fn read_other(additional: Option<&AdditionalProperties>) -> TokenStream {
    let read = match additional {
        Some(additional) => {
            let field = ident(&additional.name);
            if additional.ty.needs_adapter() {
                let with = adapter(&additional.ty);
                quote!(rt::internal::serde::read_other_as::<#with, _, _>(map, key, &mut self.#field))
            } else {
                quote!(rt::internal::serde::read_other(map, key, &mut self.#field))
            }
        }
        None => {
            let field = ident(crate::ir::UNKNOWN_FIELDS);
            quote!(rt::internal::serde::read_unknown(map, key, &mut self.#field))
        }
    };
    quote! {
        fn read_other<'de, A: serde::de::MapAccess<'de>>(
            &mut self,
            key: String,
            map: &mut A,
        ) -> Result<(), A::Error> {
            #read
        }
    }
}

/// The serde_with adapter of field `f`'s value (boxed like the value), if it needs one.
fn value_adapter(f: &Field) -> Option<TokenStream> {
    f.ty.needs_adapter().then(|| {
        let with = adapter(&f.ty);
        if f.boxed {
            quote!(Box<#with>)
        } else {
            with
        }
    })
}

/// The call that reads field `f`'s value from `map` into the field.
fn read_field_value(f: &Field) -> TokenStream {
    let field = ident(&f.name);
    match value_adapter(f) {
        None => quote!(rt::internal::serde::read(map, &mut self.#field)),
        Some(with) if f.required => {
            quote!(rt::internal::serde::read_as::<#with, _, _>(map, &mut self.#field))
        }
        Some(with) => {
            quote!(rt::internal::serde::read_as::<Option<#with>, _, _>(map, &mut self.#field))
        }
    }
}

/// `write_fields`: fields in declaration order, then the other properties. The runtime's
/// writer leaves `None` out (what Google APIs expect) and keeps the first error, so a field
/// is one call without a `?`.
fn write_fields(s: &Struct) -> TokenStream {
    let writes = s.fields.iter().map(write_field);
    let others = s.additional.as_ref().map(|a| {
        let field = ident(&a.name);
        if a.ty.needs_adapter() {
            let with = adapter(&a.ty);
            quote!(out.others_as::<#with, _>(&self.#field);)
        } else {
            quote!(out.others(&self.#field);)
        }
    });
    let unknown = ident(crate::ir::UNKNOWN_FIELDS);
    quote! {
        fn write_fields<'a, W: rt::internal::serde::WriteFields<'a>>(&'a self, out: &mut W) {
            out.extras(&self.#unknown);
            #(#writes)*
            #others
        }
    }
}

fn write_field(f: &Field) -> TokenStream {
    let field = ident(&f.name);
    let wire = &f.wire_name;
    // An optional map is written with the entries marked `null` by its entry setter.
    if let (TypeRef::Map(value), Some(_)) = (&f.ty, &f.entry_setter) {
        return if value.needs_adapter() {
            let with = adapter(value);
            quote!(out.optional_map_as::<#with, _>(#wire, &self.#field);)
        } else {
            quote!(out.optional_map(#wire, &self.#field);)
        };
    }
    match (f.required, value_adapter(f)) {
        (true, None) => quote!(out.field(#wire, &self.#field);),
        (true, Some(with)) => quote!(out.field_as::<#with, _>(#wire, &self.#field);),
        (false, None) => quote!(out.optional(#wire, &self.#field);),
        (false, Some(with)) => quote!(out.optional_as::<#with, _>(#wire, &self.#field);),
    }
}
