//! Rust names for wire names.
//!
//! Every identifier the generator prints is decided here, once, so the emitter never has to
//! guess: case conversion goes through `heck`, keywords become raw identifiers (or get a
//! suffix where Rust forbids a raw identifier), and [`Namespace`] hands out collision-free
//! names in a deterministic order.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Keywords that can be written as raw identifiers (`r#type`).
const RAW_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "union", "unsafe", "unsized",
    "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers; they get a trailing underscore instead.
const NON_RAW_KEYWORDS: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Type names a generated type must not take: they would shadow the prelude (or names the
/// generated crate exports at its root) for anyone who glob-imports the types module.
pub const RESERVED_TYPE_NAMES: &[&str] = &[
    "AsMut",
    "AsRef",
    "BTreeMap",
    "Box",
    "Clone",
    "Copy",
    "Client",
    "Default",
    "Drop",
    "Eq",
    "Err",
    "Error",
    "Extend",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "Into",
    "IntoIterator",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Send",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToOwned",
    "ToString",
    "Unpin",
    "Vec",
];

/// The suffix a type takes when its natural name is reserved (`Error` → `ErrorSchema`).
pub const RESERVED_TYPE_SUFFIX: &str = "Schema";

/// `snake_case` identifier for a field, method, parameter or module.
pub fn snake(wire: &str) -> String {
    let mut name = sanitize(wire).to_snake_case();
    if name.is_empty() {
        name.push_str("value");
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    escape_keyword(name)
}

/// `UpperCamelCase` identifier for a type or enum variant.
pub fn camel(wire: &str) -> String {
    let mut name = sanitize(wire).to_upper_camel_case();
    if name.is_empty() {
        name.push_str("Empty");
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    escape_keyword(name)
}

/// Replaces every character that cannot appear in an identifier by a word break, keeping
/// letters and digits (non-ASCII letters are dropped: identifiers stay ASCII).
fn sanitize(wire: &str) -> String {
    // `+` and `-` often carry meaning in enum values (`+1`, `-1`): spell them out so
    // `PLUS_ONE`-style values stay distinct.
    let mut out = String::with_capacity(wire.len());
    for c in wire.chars() {
        match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' => out.push(c),
            '+' if out.is_empty() => out.push_str("plus_"),
            '-' if out.is_empty() => out.push_str("minus_"),
            _ => out.push('_'),
        }
    }
    out
}

fn escape_keyword(name: String) -> String {
    if NON_RAW_KEYWORDS.contains(&name.as_str()) {
        format!("{name}_")
    } else if RAW_KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

/// Strips the `r#` of a raw identifier: file names and derived names use the bare word.
pub fn unraw(ident: &str) -> &str {
    ident.strip_prefix("r#").unwrap_or(ident)
}

/// Hands out unique names within one scope (a module's types, a struct's fields, …).
///
/// Callers claim names in a deterministic order; a name already taken gets the first free
/// numeric suffix (`name2`, `name3`, …, or `name_2` for snake case).
#[derive(Debug, Default, Clone)]
pub struct Namespace {
    taken: BTreeSet<String>,
}

impl Namespace {
    pub fn new() -> Self {
        Self::default()
    }

    /// Marks names as used without handing them out (generated helpers, prelude names).
    pub fn reserve<'a>(&mut self, names: impl IntoIterator<Item = &'a str>) {
        self.taken.extend(names.into_iter().map(str::to_string));
    }

    pub fn is_taken(&self, name: &str) -> bool {
        self.taken.contains(unraw(name))
    }

    /// Claims `wanted`, or the first free variant of it.
    pub fn claim(&mut self, wanted: &str) -> String {
        let bare = unraw(wanted);
        if self.taken.insert(bare.to_string()) {
            return wanted.to_string();
        }
        let separator = if bare.starts_with(|c: char| c.is_ascii_uppercase()) {
            ""
        } else {
            "_"
        };
        (2..)
            .map(|n| format!("{bare}{separator}{n}"))
            .find(|candidate| self.taken.insert(candidate.clone()))
            .expect("an unbounded range always yields a free name")
    }

    /// Claims a type name, steering clear of reserved prelude names first.
    pub fn claim_type(&mut self, wanted: &str) -> String {
        if RESERVED_TYPE_NAMES.contains(&wanted) {
            self.claim(&format!("{wanted}{RESERVED_TYPE_SUFFIX}"))
        } else {
            self.claim(wanted)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_fields_and_keywords() {
        assert_eq!(snake("mediaItemsCount"), "media_items_count");
        assert_eq!(snake("type"), "r#type");
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("end-date"), "end_date");
        assert_eq!(snake("endDate.year"), "end_date_year");
        assert_eq!(snake("$.xgafv"), "xgafv");
        assert_eq!(snake("3d"), "_3d");
        assert_eq!(snake(""), "value");
        assert_eq!(snake("move"), "r#move");
    }

    #[test]
    fn camel_case_types_and_variants() {
        assert_eq!(camel("ALL_MEDIA"), "AllMedia");
        assert_eq!(camel("mediaItems"), "MediaItems");
        assert_eq!(camel("image/jpeg"), "ImageJpeg");
        assert_eq!(camel("1080p"), "V1080p");
        assert_eq!(camel("-1"), "Minus1");
        assert_eq!(camel("+1"), "Plus1");
        assert_eq!(camel("Self"), "Self_");
        assert_eq!(camel(""), "Empty");
    }

    #[test]
    fn namespace_resolves_collisions_deterministically() {
        let mut ns = Namespace::new();
        assert_eq!(ns.claim("end_date"), "end_date");
        assert_eq!(ns.claim("end_date"), "end_date_2");
        assert_eq!(ns.claim("end_date"), "end_date_3");
        assert_eq!(ns.claim("r#type"), "r#type");
        assert_eq!(ns.claim("r#type"), "type_2");
        let mut types = Namespace::new();
        assert_eq!(types.claim_type("Error"), "ErrorSchema");
        assert_eq!(types.claim_type("ErrorSchema"), "ErrorSchema2");
        assert_eq!(types.claim_type("Album"), "Album");
        assert_eq!(types.claim_type("Album"), "Album2");
    }
}
