//! Schemas that are only another name for themselves.
//!
//! A schema that is only a `$ref` (or an array or map) becomes a type alias. Rust cannot
//! expand an alias that contains itself (`pub type Loop = Loop;`, `type A = Vec<B>; type B =
//! A;`), and such a schema describes no value anyway, so the document is refused, naming the
//! schema and the loop.

use std::collections::HashMap;

use crate::error::Error;
use crate::ir::{TypeDef, TypeKind, TypeRef};

/// Fails on the first alias (in definition order) that reaches itself through aliases only.
pub fn check_alias_cycles(defs: &[TypeDef]) -> Result<(), Error> {
    let aliases: HashMap<&str, (&TypeRef, &str)> = defs
        .iter()
        .filter_map(|d| match &d.kind {
            TypeKind::Alias(target) => Some((d.name.as_str(), (target, d.origin.as_str()))),
            _ => None,
        })
        .collect();
    for def in defs {
        let TypeKind::Alias(target) = &def.kind else {
            continue;
        };
        let mut chain = vec![def.origin.as_str()];
        let mut next = named_in(target);
        // Each alias names at most one other type, so the walk is a path; its length is
        // bounded by the number of aliases.
        while let Some(name) = next {
            let Some((target, origin)) = aliases.get(name) else {
                break;
            };
            chain.push(origin);
            if name == def.name {
                return Err(Error::Invalid {
                    path: format!("schemas.{}.$ref", def.origin),
                    message: format!(
                        "the schema is only a reference to itself ({}); it describes no value",
                        chain.join(" → ")
                    ),
                });
            }
            if chain.len() > aliases.len() + 1 {
                // A loop that does not come back to `def`: reported when its own member
                // comes up.
                break;
            }
            next = named_in(target);
        }
    }
    Ok(())
}

/// The named type an alias expands to, looking through lists and maps.
fn named_in(ty: &TypeRef) -> Option<&str> {
    match ty {
        TypeRef::Named(name) => Some(name),
        TypeRef::Vec(inner) | TypeRef::Map(inner) => named_in(inner),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Document;

    fn lower(schemas: &str) -> Result<crate::ir::Api, crate::Error> {
        let json = format!(
            r#"{{"name":"x","version":"v1","rootUrl":"https://x/","servicePath":"",
                "schemas":{schemas}}}"#
        );
        crate::lower::lower(&Document::parse(&json)?)
    }

    #[test]
    fn a_schema_that_is_only_itself_is_refused() {
        let err = lower(r#"{"Loop":{"$ref":"Loop"}}"#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("at schemas.Loop.$ref"), "{err}");
        assert!(err.contains("Loop → Loop"), "{err}");
        let err = lower(r#"{"A":{"$ref":"B"},"B":{"type":"array","items":{"$ref":"A"}}}"#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("at schemas.A.$ref"), "{err}");
        assert!(err.contains("A → B → A"), "{err}");
    }

    #[test]
    fn aliases_of_structs_and_recursive_structs_are_fine() {
        lower(
            r#"{"A":{"$ref":"B"},"B":{"type":"object","properties":{"a":{"$ref":"A"}}},
                "C":{"type":"array","items":{"$ref":"B"}}}"#,
        )
        .unwrap();
    }
}
