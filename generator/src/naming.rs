//! Rust names for wire names.
//!
//! Every identifier the generator prints is decided here, once, so the emitter never has to
//! guess: case conversion goes through `heck`, keywords become raw identifiers (or get a
//! suffix where Rust forbids a raw identifier), and [`resolve`] decides collision-free names
//! for a whole scope at once.

use std::collections::{BTreeMap, BTreeSet};

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

/// Names a request builder must not take: the prelude names that a resource module's code
/// uses unqualified (its fields' and setters' types). Every other name is the method's own,
/// so Storage's `objects.copy` is `objects::Copy` and Gmail's `drafts.send` `drafts::Send`.
pub const RESERVED_BUILDER_NAMES: &[&str] = &[
    "Box",
    "Into",
    "IntoIterator",
    "Option",
    "Result",
    "String",
    "Vec",
];

/// The suffix a builder takes when its method's name is reserved (`result` → `ResultBuilder`):
/// a builder is not a schema, and says what it is.
pub const RESERVED_BUILDER_SUFFIX: &str = "Builder";

/// Whether `name` is a plain (not raw) Rust identifier that names no keyword: what a
/// hand-written module may be called.
pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
        && !RAW_KEYWORDS.contains(&name)
        && !NON_RAW_KEYWORDS.contains(&name)
}

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

/// The word an identifier escapes, for names derived from it (`set_type` of `r#type`,
/// `set_self` of `self_`).
pub fn bare_word(ident: &str) -> &str {
    let ident = unraw(ident);
    match ident.strip_suffix('_') {
        Some(word) if NON_RAW_KEYWORDS.contains(&word) => word,
        _ => ident,
    }
}

/// Strips the `r#` of a raw identifier: file names and derived names use the bare word.
pub fn unraw(ident: &str) -> &str {
    ident.strip_prefix("r#").unwrap_or(ident)
}

/// Decides every name of one scope (a module's types, a struct's fields, …) at once, so
/// that no name depends on the order in which items are met, and adding an item never
/// renames an item it does not collide with.
///
/// Items whose wanted names differ keep them. Items that want the same name (compared
/// without `r#`) form a group: the one with the smallest key keeps the name, the others take
/// numeric suffixes in key order (`name2`, `name3`, …, or `name_2` for snake case). A suffix
/// never takes a name that any item of the scope wants, or a reserved one, so the outcome
/// depends only on the colliding items. Callers put their preference first in the key (an
/// exact spelling before a converted one, a schema before an inline type).
pub fn resolve<K: Ord>(
    reserved: &[&str],
    wanted: impl IntoIterator<Item = (K, String)>,
) -> BTreeMap<K, String> {
    let mut groups: BTreeMap<String, Vec<(K, String)>> = BTreeMap::new();
    for (key, name) in wanted {
        groups
            .entry(unraw(&name).to_string())
            .or_default()
            .push((key, name));
    }
    let mut taken: BTreeSet<String> = reserved.iter().map(|s| s.to_string()).collect();
    taken.extend(groups.keys().cloned());
    let mut names = BTreeMap::new();
    for (bare, mut members) in groups {
        members.sort_by(|a, b| a.0.cmp(&b.0));
        let mut members = members.into_iter();
        if !reserved.contains(&bare.as_str()) {
            if let Some((key, name)) = members.next() {
                names.insert(key, name);
            }
        }
        let mut suffixes = suffixed(&bare);
        for (key, _) in members {
            let free = suffixes
                .by_ref()
                .find(|candidate| taken.insert(candidate.clone()))
                .expect("an unbounded range always yields a free name");
            names.insert(key, free);
        }
    }
    names
}

/// `name2`, `name3`, … for a type or variant name; `name_2`, `name_3`, … for snake case.
fn suffixed(bare: &str) -> impl Iterator<Item = String> + '_ {
    let separator = if bare.starts_with(|c: char| c.is_ascii_uppercase()) {
        ""
    } else {
        "_"
    };
    (2u32..).map(move |n| format!("{bare}{separator}{n}"))
}

/// `wanted`, or the first of its suffixed forms ([`resolve`]'s) that `free` accepts: for a
/// name handed out one at a time, where a whole scope cannot be resolved at once.
pub fn first_free(wanted: &str, mut free: impl FnMut(&str) -> bool) -> String {
    if free(wanted) {
        return wanted.to_string();
    }
    suffixed(unraw(wanted))
        .find(|candidate| free(candidate))
        .expect("an unbounded range always yields a free name")
}

/// The name a type wants: its natural name, unless that would shadow a prelude name
/// (`Error` → `ErrorSchema`).
pub fn type_name(natural: String) -> String {
    if RESERVED_TYPE_NAMES.contains(&natural.as_str()) {
        format!("{natural}{RESERVED_TYPE_SUFFIX}")
    } else {
        natural
    }
}

/// The name of a method's request builder: its natural name, unless that would shadow a
/// name its module's code uses (`Result` → `ResultBuilder`).
pub fn builder_name(natural: String) -> String {
    if RESERVED_BUILDER_NAMES.contains(&natural.as_str()) {
        format!("{natural}{RESERVED_BUILDER_SUFFIX}")
    } else {
        natural
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builders_keep_their_names_but_where_the_module_needs_the_prelude_one() {
        assert_eq!(builder_name("Copy".into()), "Copy");
        assert_eq!(builder_name("Send".into()), "Send");
        assert_eq!(builder_name("Clone".into()), "Clone");
        assert_eq!(builder_name("Result".into()), "ResultBuilder");
        assert_eq!(builder_name("Option".into()), "OptionBuilder");
    }

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
        assert_eq!(bare_word("r#type"), "type");
        assert_eq!(bare_word("self_"), "self");
        assert_eq!(bare_word("end_date_"), "end_date_");
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

    fn names(reserved: &[&str], wanted: &[(&str, &str)]) -> Vec<(String, String)> {
        resolve(
            reserved,
            wanted.iter().map(|(k, n)| (k.to_string(), n.to_string())),
        )
        .into_iter()
        .collect()
    }

    fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        expected
            .iter()
            .map(|(k, n)| (k.to_string(), n.to_string()))
            .collect()
    }

    #[test]
    fn collisions_resolve_by_key_not_by_order() {
        let wanted = [("b", "end_date"), ("a", "end_date"), ("c", "end_date")];
        let expected = pairs(&[("a", "end_date"), ("b", "end_date_2"), ("c", "end_date_3")]);
        assert_eq!(names(&[], &wanted), expected);
        let mut reversed = wanted;
        reversed.reverse();
        assert_eq!(names(&[], &reversed), expected);
        assert_eq!(
            names(&[], &[("1", "r#type"), ("2", "r#type")]),
            pairs(&[("1", "r#type"), ("2", "type_2")])
        );
        assert_eq!(
            names(&["send"], &[("1", "send")]),
            pairs(&[("1", "send_2")])
        );
    }

    #[test]
    fn an_added_item_renames_only_what_it_collides_with() {
        let before = names(&[], &[("a", "Album"), ("b", "Album"), ("c", "Photo")]);
        // `Album2` is wanted by a newcomer: the suffix of `b` moves on, since no suffix may
        // take a name an item wants; `Photo` and `Album` stay.
        let after = names(
            &[],
            &[
                ("a", "Album"),
                ("b", "Album"),
                ("c", "Photo"),
                ("d", "Video"),
            ],
        );
        assert_eq!(before, after[..3]);
        assert_eq!(after[3], ("d".to_string(), "Video".to_string()));
        let taken = names(&[], &[("a", "Album"), ("b", "Album"), ("z", "Album2")]);
        assert_eq!(
            taken,
            pairs(&[("a", "Album"), ("b", "Album3"), ("z", "Album2")])
        );
    }

    #[test]
    fn reserved_type_names_take_a_suffix() {
        assert_eq!(type_name("Error".into()), "ErrorSchema");
        assert_eq!(type_name("Album".into()), "Album");
    }
}
