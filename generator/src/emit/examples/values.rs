//! The values in the examples: an argument of every parameter type, a request body with one
//! field set, placeholders that the parameters' patterns accept, and a content type for
//! uploads.

use heck::{ToKebabCase, ToShoutySnakeCase};
use proc_macro2::TokenStream;
use quote::quote;

use super::Examples;
use crate::emit::typeref::ident;
use crate::ir::{Field, Param, ParamLocation, TypeKind, TypeRef};

impl Examples<'_> {
    /// A value of `p`'s argument type. `uses_types` is set where it names the crate's
    /// `types`.
    pub(super) fn param_value(&self, p: &Param, uses_types: &mut bool) -> TokenStream {
        let one = match (&p.ty, p.location) {
            (TypeRef::String, ParamLocation::Path) => {
                let sample = path_sample(p);
                quote!(#sample)
            }
            // Numbers go to arguments of their own type, except through an alias, whose
            // argument is an `impl Into<…>`.
            (ty, _) => self.value(
                ty,
                &p.wire_name,
                !p.repeated && matches!(ty, TypeRef::Named(_) | TypeRef::FieldMask),
                uses_types,
            ),
        };
        if p.repeated {
            quote!([#one])
        } else {
            one
        }
    }

    /// A value of type `ty` (named by `name` in placeholders). `into`: where it goes to an
    /// `impl Into<…>` argument, whose numbers need a suffix to be typed.
    fn value(&self, ty: &TypeRef, name: &str, into: bool, uses_types: &mut bool) -> TokenStream {
        let lib = &self.lib;
        let number = |plain: TokenStream, typed: TokenStream| if into { typed } else { plain };
        match ty {
            TypeRef::String => {
                let placeholder = name.to_shouty_snake_case();
                quote!(#placeholder)
            }
            TypeRef::Bool => quote!(true),
            TypeRef::I32 => number(quote!(1), quote!(1i32)),
            TypeRef::U32 => number(quote!(1), quote!(1u32)),
            TypeRef::I64 => number(quote!(1), quote!(1i64)),
            TypeRef::U64 => number(quote!(1), quote!(1u64)),
            TypeRef::F32 => number(quote!(1.0), quote!(1.0f32)),
            TypeRef::F64 => number(quote!(1.0), quote!(1.0f64)),
            TypeRef::Bytes => quote!(b"BYTES".to_vec()),
            TypeRef::Timestamp => quote!(#lib::rt::wkt::Timestamp::now()),
            TypeRef::Date => {
                quote!(#lib::rt::wkt::Date::from_ymd(2024, 1, 31).expect("a valid date"))
            }
            TypeRef::Duration => quote!(#lib::rt::wkt::Duration::from_secs(60)),
            // A mask converts from its text wherever an argument takes `impl Into<FieldMask>`.
            TypeRef::FieldMask if into => quote!("*"),
            TypeRef::FieldMask => quote!(#lib::rt::wkt::FieldMask::new(["*"])),
            TypeRef::Any => quote!(serde_json::json!({})),
            TypeRef::Vec(inner) => {
                let one = self.value(inner, name, into, uses_types);
                quote!([#one])
            }
            TypeRef::Map(inner) => {
                let one = self.value(inner, name, into, uses_types);
                quote!([("KEY", #one)])
            }
            TypeRef::Named(type_name) => self.named_value(type_name, name, into, uses_types),
        }
    }

    /// A value of the type `type_name` defines: its alias's target, a variant of an enum
    /// that means something (not its `UNSPECIFIED` one), else the `Default` of a struct.
    fn named_value(
        &self,
        type_name: &str,
        name: &str,
        into: bool,
        uses_types: &mut bool,
    ) -> TokenStream {
        let kind = self.types.get(type_name).map(|t| &t.kind);
        if let Some(TypeKind::Alias(target)) = kind {
            return self.value(target, name, into, uses_types);
        }
        *uses_types = true;
        let ty = ident(type_name);
        let Some(TypeKind::Enum(e)) = kind else {
            return quote!(types::#ty::default());
        };
        let variant = e
            .variants
            .iter()
            .find(|v| !v.deprecated && !v.wire_value.ends_with("UNSPECIFIED"))
            .or(e.variants.first());
        match variant {
            Some(v) => {
                let variant = ident(&v.name);
                quote!(types::#ty::#variant)
            }
            None => quote!(types::#ty::from(#name)),
        }
    }

    /// A request body: `types::T::default()` with one setter, where `T` has a field to set.
    pub(super) fn body_value(
        &self,
        ty: &TypeRef,
        method_id: &str,
        uses_types: &mut bool,
    ) -> TokenStream {
        let TypeRef::Named(name) = ty else {
            return match ty {
                TypeRef::Any => quote!(serde_json::json!({})),
                _ => quote!(Default::default()),
            };
        };
        *uses_types = true;
        let setter = self.setter(name, method_id, true, uses_types);
        let name = ident(name);
        quote!(types::#name::default() #setter)
    }

    /// `.set_x(value)` for a field of the struct `name` a request would set: one the method
    /// requires, else a plain one (a string, number, flag or enum) that the server does not
    /// set itself, `title` or `displayName` first, else (with `nested`) the first struct
    /// field, given a value the same way. `None` for a type with no such field.
    fn setter(
        &self,
        name: &str,
        method_id: &str,
        nested: bool,
        uses_types: &mut bool,
    ) -> Option<TokenStream> {
        let Some(TypeKind::Struct(s)) = self.types.get(name).map(|t| &t.kind) else {
            return None;
        };
        // Google's descriptions say "Output only" of what the server sets, also where the
        // schema does not mark the field read-only.
        let writable = |f: &&Field| {
            !f.read_only
                && !f.deprecated
                && !f
                    .description
                    .as_deref()
                    .is_some_and(|d| d.to_ascii_lowercase().contains("output only"))
        };
        let plain = |f: &&Field| writable(f) && self.simple(&f.ty);
        let field = s
            .fields
            .iter()
            .filter(plain)
            .find(|f| f.required_by.iter().any(|m| m == method_id))
            // What a reader sets first on a new object, where it has one.
            .or_else(|| {
                s.fields
                    .iter()
                    .filter(plain)
                    .find(|f| f.wire_name == "title" || f.wire_name == "displayName")
            })
            .or_else(|| s.fields.iter().find(plain));
        if let Some(f) = field {
            let value = self.value(&f.ty, &f.wire_name, true, uses_types);
            let setter = ident(&f.setter);
            return Some(quote!(.#setter(#value)));
        }
        if !nested {
            return None;
        }
        s.fields.iter().filter(writable).find_map(|f| {
            let TypeRef::Named(inner) = &f.ty else {
                return None;
            };
            let inner_setter = self.setter(inner, method_id, false, uses_types)?;
            let (setter, inner) = (ident(&f.setter), ident(inner));
            Some(quote!(.#setter(types::#inner::default() #inner_setter)))
        })
    }

    /// Whether a value of `ty` reads as plain data in an example: a string, number, flag or
    /// enum, or a list of them.
    fn simple(&self, ty: &TypeRef) -> bool {
        match ty {
            TypeRef::F32 | TypeRef::F64 => true,
            TypeRef::Vec(inner) => self.simple(inner),
            TypeRef::Named(name) => match self.types.get(name.as_str()).map(|t| &t.kind) {
                Some(TypeKind::Enum(_)) => true,
                Some(TypeKind::Alias(target)) => self.simple(target),
                _ => false,
            },
            _ => string_flag_or_integer(ty),
        }
    }
}

pub(super) fn string_flag_or_integer(ty: &TypeRef) -> bool {
    matches!(
        ty,
        TypeRef::String | TypeRef::Bool | TypeRef::I32 | TypeRef::U32 | TypeRef::I64 | TypeRef::U64
    )
}

/// A placeholder for a path parameter that its `pattern` accepts, so that the example's
/// call would pass the runtime's check of the value: the pattern's own shape
/// (`projects/PROJECT/locations/LOCATION`) when it is literal segments and `[^/]+`, else
/// the parameter's name in capitals (`ALBUM_ID`) or in lower case (`album-id`), whichever
/// the pattern accepts; the capitals when none of them is.
fn path_sample(p: &Param) -> String {
    let upper = p.wire_name.to_shouty_snake_case();
    let Some(pattern) = &p.pattern else {
        return upper;
    };
    let Ok(regex) = regex_lite::Regex::new(pattern) else {
        return upper;
    };
    let candidates = [
        shaped(pattern),
        Some(upper.clone()),
        Some(p.wire_name.to_kebab_case()),
        Some(p.wire_name.clone()),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|c| regex.is_match(c))
        .unwrap_or(upper)
}

/// `projects/PROJECT/locations/LOCATION` for `^projects/[^/]+/locations/[^/]+$`: each
/// `[^/]+` (or `.*`) named after the collection before it, in the singular. `None` for a
/// pattern of another shape.
fn shaped(pattern: &str) -> Option<String> {
    // `[^/]+` holds a `/` of its own: name it before splitting at the separators.
    const ANY: &str = "\u{0}";
    let inner = pattern.strip_prefix('^')?.strip_suffix('$')?;
    let inner = inner.replace("[^/]+", ANY);
    let mut out: Vec<String> = Vec::new();
    for segment in inner.split('/') {
        if segment == ANY || segment == ".*" || segment == ".+" {
            let collection = out.last().map(String::as_str).unwrap_or("id");
            out.push(singular(collection).to_shouty_snake_case());
        } else if !segment.is_empty()
            && segment
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
        {
            out.push(segment.to_string());
        } else {
            return None;
        }
    }
    Some(out.join("/"))
}

/// `project` for `projects`, `policy` for `policies`: enough English for placeholders.
fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if let Some(stem) = word.strip_suffix("sses") {
        return format!("{stem}ss");
    }
    word.strip_suffix('s').unwrap_or(word).to_string()
}

/// A content type the method accepts: the first it names outright, else a common type of
/// the first family it accepts (`image/*` → `image/png`), else bytes.
pub(super) fn content_type(accept: &[String]) -> String {
    if let Some(exact) = accept.iter().find(|a| !a.contains('*')) {
        return exact.clone();
    }
    let family = accept.iter().find_map(|a| a.strip_suffix("/*"));
    match family {
        Some("image") => "image/png",
        Some("video") => "video/mp4",
        Some("audio") => "audio/mpeg",
        Some("text") => "text/plain",
        Some("message") => "message/rfc822",
        _ => "application/octet-stream",
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_values_follow_the_pattern_where_the_name_would_not() {
        let param = |pattern: Option<&str>| Param {
            name: "instance".into(),
            wire_name: "instance".into(),
            location: ParamLocation::Path,
            ty: TypeRef::String,
            repeated: false,
            description: None,
            deprecated: false,
            pattern: pattern.map(String::from),
            default: None,
        };
        assert_eq!(path_sample(&param(None)), "INSTANCE");
        assert_eq!(
            path_sample(&param(Some("^policies/[^/]+/addresses/.*$"))),
            "policies/POLICY/addresses/ADDRESS"
        );
        // Compute's names are lower case.
        assert_eq!(
            path_sample(&param(Some("[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?"))),
            "instance"
        );
        // Nothing fits: the name, for the reader.
        assert_eq!(path_sample(&param(Some("^[0-9]+$"))), "INSTANCE");
    }

    #[test]
    fn media_types_come_from_what_the_method_accepts() {
        let accept =
            |types: &[&str]| content_type(&types.iter().map(|t| t.to_string()).collect::<Vec<_>>());
        assert_eq!(accept(&["image/*", "application/pdf"]), "application/pdf");
        assert_eq!(accept(&["message/*"]), "message/rfc822");
        assert_eq!(accept(&["*/*"]), "application/octet-stream");
        assert_eq!(accept(&[]), "application/octet-stream");
    }
}
