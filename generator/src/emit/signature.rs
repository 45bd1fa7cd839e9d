//! The one place that decides what the public functions of a generated crate take: the
//! arguments of method constructors and builder setters, and of struct field setters. The
//! emitter prints these tokens, and `discogen diff` prints the same tokens as text
//! ([`compact`]), so the report's signatures cannot drift from the crate's.

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};
use quote::quote;

use crate::emit::typeref::{ident, rust_type, Within};
use crate::ir::{Field, Param, TypeRef};

/// What a method constructor or builder setter takes for `p`, and the expression that turns
/// the argument (named like the parameter) into the builder field's value, or `None` when
/// the argument is stored as it is. Strings, field masks and API types take anything that
/// converts (a mask its text); a repeated parameter takes any iterator.
pub fn param_argument(p: &Param, scope: Within) -> (TokenStream, Option<TokenStream>) {
    let elem = rust_type(&p.ty, scope);
    let into = matches!(
        p.ty,
        TypeRef::String | TypeRef::Named(_) | TypeRef::FieldMask
    );
    let name = ident(&p.name);
    match (p.repeated, into) {
        (false, true) => (quote!(impl Into<#elem>), Some(quote!(#name.into()))),
        (false, false) => (quote!(#elem), None),
        (true, true) => (
            quote!(impl IntoIterator<Item = impl Into<#elem>>),
            Some(quote!(#name.into_iter().map(Into::into).collect())),
        ),
        (true, false) => (
            quote!(impl IntoIterator<Item = #elem>),
            Some(quote!(#name.into_iter().collect())),
        ),
    }
}

/// The builder field that holds a parameter: a `Vec` for a repeated one.
pub fn param_field_type(p: &Param, scope: Within) -> TokenStream {
    let elem = rust_type(&p.ty, scope);
    if p.repeated {
        quote!(Vec<#elem>)
    } else {
        elem
    }
}

/// A struct field's type: `Option<Box<T>>`, `T`, …
pub fn field_type(f: &Field, scope: Within) -> TokenStream {
    let mut ty = rust_type(&f.ty, scope);
    if f.boxed {
        ty = quote!(Box<#ty>);
    }
    if !f.required {
        ty = quote!(Option<#ty>);
    }
    ty
}

/// What `set_…` takes for a value of type `ty`, and the expression that turns `value` into
/// it: a list any iterator of convertible elements, a map any iterator of convertible pairs,
/// anything else any value that converts.
pub fn setter_argument(ty: &TypeRef, scope: Within) -> (TokenStream, TokenStream) {
    match ty {
        TypeRef::Vec(element) => {
            let element = rust_type(element, scope);
            (
                quote!(impl IntoIterator<Item: Into<#element>>),
                quote!(value.into_iter().map(Into::into).collect()),
            )
        }
        TypeRef::Map(element) => {
            let element = rust_type(element, scope);
            (
                quote!(impl IntoIterator<Item = (impl Into<String>, impl Into<#element>)>),
                quote!(value
                    .into_iter()
                    .map(|(k, v)| (k.into(), v.into()))
                    .collect()),
            )
        }
        other => {
            let ty = rust_type(other, scope);
            (quote!(impl Into<#ty>), quote!(value.into()))
        }
    }
}

/// What `set_or_clear_…` takes: the field's `Option`, without its `Box`.
pub fn clearer_argument(ty: &TypeRef, scope: Within) -> TokenStream {
    let ty = rust_type(ty, scope);
    quote!(Option<#ty>)
}

/// Tokens as one line of Rust the way rustfmt spaces a signature: `impl Into<String>`,
/// `BTreeMap<String, Vec<A>>`, `(String, i64)`.
pub fn compact(tokens: &TokenStream) -> String {
    let mut out = String::new();
    write_compact(tokens.clone(), &mut out);
    out
}

fn write_compact(tokens: TokenStream, out: &mut String) {
    // Whether the last token was a word (identifier or literal) that a following word must
    // be spaced from, and whether the last punctuation joins the next (`::`, `->`).
    let mut after_word = false;
    let mut joint = false;
    for tree in tokens {
        match tree {
            TokenTree::Ident(i) => {
                if after_word {
                    out.push(' ');
                }
                out.push_str(&i.to_string());
                after_word = true;
                joint = false;
            }
            TokenTree::Literal(l) => {
                if after_word {
                    out.push(' ');
                }
                out.push_str(&l.to_string());
                after_word = true;
                joint = false;
            }
            TokenTree::Punct(p) => {
                let c = p.as_char();
                let starts_joint = p.spacing() == Spacing::Joint && !joint;
                match c {
                    ',' => out.push_str(", "),
                    '=' | '+' if !joint => out.push_str(&format!(" {c} ")),
                    '-' if starts_joint => out.push_str(" -"),
                    '>' if joint && out.ends_with('-') => out.push_str("> "),
                    ':' if !joint && p.spacing() == Spacing::Alone => out.push_str(": "),
                    _ => out.push(c),
                }
                // A lifetime (`'a`) is a joint `'` and a word that a next word is spaced from.
                after_word = false;
                joint = p.spacing() == Spacing::Joint;
            }
            TokenTree::Group(g) => {
                let (open, close) = match g.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{ ", " }"),
                    Delimiter::None => ("", ""),
                };
                if after_word && g.delimiter() == Delimiter::Brace {
                    out.push(' ');
                }
                out.push_str(open);
                write_compact(g.stream(), out);
                out.push_str(close);
                after_word = false;
                joint = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_spaces_like_rustfmt() {
        let cases = [
            (quote!(impl Into<String>), "impl Into<String>"),
            (
                quote!(std::collections::BTreeMap<String, Vec<crate::types::A>>),
                "std::collections::BTreeMap<String, Vec<crate::types::A>>",
            ),
            (
                quote!(impl IntoIterator<Item = (impl Into<String>, impl Into<i64>)>),
                "impl IntoIterator<Item = (impl Into<String>, impl Into<i64>)>",
            ),
            (
                quote!(impl IntoIterator<Item: Into<Node>>),
                "impl IntoIterator<Item: Into<Node>>",
            ),
            (quote!(Option<Box<Album>>), "Option<Box<Album>>"),
            (quote!(fn(&'static str) -> u8), "fn(&'static str) -> u8"),
        ];
        for (tokens, text) in cases {
            assert_eq!(compact(&tokens), text);
        }
    }

    #[test]
    fn repeated_and_converting_parameters_take_iterators_and_into() {
        let param = |ty: TypeRef, repeated: bool| Param {
            name: "ids".into(),
            wire_name: "ids".into(),
            ty,
            repeated,
            location: crate::ir::ParamLocation::Query,
            description: None,
            deprecated: false,
            pattern: None,
            default: None,
        };
        let text = |p: &Param| compact(&param_argument(p, Within::TypesModule).0);
        assert_eq!(text(&param(TypeRef::String, false)), "impl Into<String>");
        assert_eq!(text(&param(TypeRef::I32, false)), "i32");
        assert_eq!(
            text(&param(TypeRef::String, true)),
            "impl IntoIterator<Item = impl Into<String>>"
        );
        assert_eq!(
            text(&param(TypeRef::Bool, true)),
            "impl IntoIterator<Item = bool>"
        );
    }
}
