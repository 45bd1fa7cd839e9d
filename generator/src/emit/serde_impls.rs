//! `Serialize` and `Deserialize` of a generated struct, written out instead of derived.
//!
//! The runtime's shared visitor does the work (`rt::internal::serde::Struct`); a struct only
//! lists its wire names and reads or writes each field. serde's derive would instead expand
//! a field enum, three key visitors, a sequence visitor and an adapter wrapper per field for
//! every schema, which for a big API is most of what rustc has to compile.

use proc_macro2::{Literal, TokenStream};
use quote::{quote, ToTokens};

use crate::emit::typeref::{adapter, ident};
use crate::ir::{Field, Struct};

/// `cfg` (the struct's features, if any) goes on each of the three `impl`s.
pub fn struct_serde(name: &syn::Ident, s: &Struct, cfg: &Option<TokenStream>) -> TokenStream {
    let (fields, deserialize) = deserialize(name, s);
    let serialize = serialize(name, s);
    quote! {
        #cfg
        #fields
        #cfg
        #deserialize
        #cfg
        #serialize
    }
}

/// The `rt::internal::serde::Struct` impl and the `Deserialize` impl.
fn deserialize(name: &syn::Ident, s: &Struct) -> (TokenStream, TokenStream) {
    // The runtime finds a key by binary search, so the list and the indices follow byte order.
    let mut sorted: Vec<&Field> = s.fields.iter().collect();
    sorted.sort_by(|a, b| a.wire_name.cmp(&b.wire_name));
    let wire_names = sorted.iter().map(|f| &f.wire_name);
    let read_field = if sorted.is_empty() {
        quote! {
            let _ = index;
            map.next_value::<serde::de::IgnoredAny>().map(drop)
        }
    } else {
        let arms = sorted.iter().enumerate().map(|(index, f)| {
            let index = Literal::usize_unsuffixed(index);
            let field = ident(&f.name);
            let value = read_value(f);
            quote!(#index => self.#field = #value,)
        });
        quote! {
            match index {
                #(#arms)*
                // Not reached: the runtime only passes indices of `FIELDS`.
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
            Ok(())
        }
    };
    let others = s.additional.as_ref().map(|a| {
        let field = ident(&a.name);
        let value = if a.ty.needs_adapter() {
            let with = adapter(&a.ty);
            quote!(rt::internal::serde::next_value_as::<#with, _, _>(map)?)
        } else {
            quote!(map.next_value()?)
        };
        let read_other = quote! {
            fn read_other<'de, A: serde::de::MapAccess<'de>>(
                &mut self,
                key: String,
                map: &mut A,
            ) -> Result<(), A::Error> {
                self.#field.insert(key, #value);
                Ok(())
            }
        };
        (
            quote!(
                const KEEPS_OTHERS: bool = true;
            ),
            read_other,
        )
    });
    let (keeps_others, read_other) = others.unzip();
    let rust_name = name.to_string();
    let fields = quote! {
        impl rt::internal::serde::Struct for #name {
            const NAME: &'static str = #rust_name;
            const FIELDS: &'static [&'static str] = &[#(#wire_names),*];
            #keeps_others

            fn read_field<'de, A: serde::de::MapAccess<'de>>(
                &mut self,
                index: usize,
                map: &mut A,
            ) -> Result<(), A::Error> {
                #read_field
            }

            #read_other
        }
    };
    let deserialize = quote! {
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                rt::internal::serde::deserialize_struct(deserializer)
            }
        }
    };
    (fields, deserialize)
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

/// The expression that reads field `f`'s value from `map`.
fn read_value(f: &Field) -> TokenStream {
    match value_adapter(f) {
        None => quote!(map.next_value()?),
        Some(with) if f.required => {
            quote!(rt::internal::serde::next_value_as::<#with, _, _>(map)?)
        }
        Some(with) => {
            quote!(rt::internal::serde::next_value_as::<Option<#with>, _, _>(map)?)
        }
    }
}

/// Fields in declaration order; `None` is left out, which is what Google APIs expect.
fn serialize(name: &syn::Ident, s: &Struct) -> TokenStream {
    let optional: Vec<TokenStream> = s
        .fields
        .iter()
        .filter(|f| !f.required)
        .map(|f| {
            let field = ident(&f.name);
            quote!(self.#field.is_some())
        })
        .collect();
    let required = s.fields.iter().filter(|f| f.required).count();
    let mut len = Vec::new();
    if !optional.is_empty() {
        len.push(quote!(rt::internal::serde::count_set(&[#(#optional),*])));
    }
    if required > 0 {
        len.push(Literal::usize_unsuffixed(required).into_token_stream());
    }
    if let Some(a) = &s.additional {
        let field = ident(&a.name);
        len.push(quote!(self.#field.len()));
    }
    let body = if len.is_empty() {
        quote!(rt::internal::serde::StructWriter::new(serializer, 0)?.end())
    } else {
        let writes = s.fields.iter().map(write_field);
        let others = s.additional.as_ref().map(|a| {
            let field = ident(&a.name);
            if a.ty.needs_adapter() {
                let with = adapter(&a.ty);
                quote!(out.others_as::<#with, _>(&self.#field)?;)
            } else {
                quote!(out.others(&self.#field)?;)
            }
        });
        quote! {
            let len = #(#len)+*;
            let mut out = rt::internal::serde::StructWriter::new(serializer, len)?;
            #(#writes)*
            #others
            out.end()
        }
    };
    quote! {
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                #body
            }
        }
    }
}

fn write_field(f: &Field) -> TokenStream {
    let field = ident(&f.name);
    let wire = &f.wire_name;
    match (f.required, value_adapter(f)) {
        (true, None) => quote!(out.field(#wire, &self.#field)?;),
        (true, Some(with)) => quote!(out.field_as::<#with, _>(#wire, &self.#field)?;),
        (false, None) => quote!(out.optional(#wire, &self.#field)?;),
        (false, Some(with)) => quote!(out.optional_as::<#with, _>(#wire, &self.#field)?;),
    }
}
