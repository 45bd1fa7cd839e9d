//! Schemas to Rust types.
//!
//! Top-level schemas claim their names first (sorted by wire name), so a schema keeps its
//! natural name whatever inline types other schemas spawn; inline objects and enums then
//! take `{Owner}{Property}` names as they are met: schemas in wire-name order, then method
//! parameters and bodies resource by resource, each in wire-name order.

use std::collections::{BTreeMap, HashMap};

use crate::error::Error;
use crate::ir::{Enum, Field, Struct, TypeDef, TypeKind, TypeRef, Variant};
use crate::model::Schema;
use crate::naming::{camel, snake, Namespace};

/// Builds the `types` module: owns the type namespace and the list of definitions.
pub struct TypeSpace {
    names: Namespace,
    /// Schema wire name → Rust type name.
    schema_names: BTreeMap<String, String>,
    pub defs: Vec<TypeDef>,
    /// Rust type name → position in `defs`, so that looking a type up never scans the list
    /// (documents have thousands of types).
    index: HashMap<String, usize>,
}

impl TypeSpace {
    /// Claims a name for every top-level schema, before any type is built.
    pub fn new(schemas: &BTreeMap<String, Schema>) -> Self {
        let mut names = Namespace::new();
        let schema_names = schemas
            .keys()
            .map(|wire| (wire.clone(), names.claim_type(&camel(wire))))
            .collect();
        TypeSpace {
            names,
            schema_names,
            defs: Vec::new(),
            index: HashMap::new(),
        }
    }

    fn push(&mut self, def: TypeDef) {
        self.index.insert(def.name.clone(), self.defs.len());
        self.defs.push(def);
    }

    /// A type defined so far, by its Rust name.
    pub fn def(&self, name: &str) -> Option<&TypeDef> {
        self.index.get(name).map(|&i| &self.defs[i])
    }

    pub fn schema_name(&self, wire: &str) -> Option<&str> {
        self.schema_names.get(wire).map(String::as_str)
    }

    /// Lowers every top-level schema.
    pub fn add_schemas(&mut self, schemas: &BTreeMap<String, Schema>) -> Result<(), Error> {
        for (wire, schema) in schemas {
            let name = self.schema_names[wire].clone();
            let at = format!("schemas.{wire}");
            let kind = self.kind_of(&at, &name, schema)?;
            self.push(TypeDef {
                name,
                origin: wire.clone(),
                description: schema.description.clone(),
                deprecated: schema.deprecated == Some(true),
                kind,
            });
        }
        Ok(())
    }

    /// The Rust type for a schema used in place (a property, an array item, a parameter),
    /// defining a new named type when the schema is an inline object or enum. `hint` is the
    /// name such a type wants.
    pub fn type_of(&mut self, at: &str, hint: &str, schema: &Schema) -> Result<TypeRef, Error> {
        if let Some(reference) = &schema.reference {
            return match self.schema_names.get(reference) {
                Some(name) => Ok(TypeRef::Named(name.clone())),
                None => Err(Error::DanglingRef {
                    path: format!("{at}.$ref"),
                    target: reference.clone(),
                }),
            };
        }
        let format = schema.format.as_deref();
        Ok(match schema.type_.as_deref() {
            Some("any") => TypeRef::Any,
            Some("boolean") => TypeRef::Bool,
            Some("string") if !schema.enum_.is_empty() => self.define(at, hint, schema)?,
            Some("string") => match format {
                Some("int64") => TypeRef::I64,
                Some("uint64") => TypeRef::U64,
                Some("byte") => TypeRef::Bytes,
                Some("date-time") | Some("google-datetime") => TypeRef::Timestamp,
                Some("date") => TypeRef::Date,
                Some("google-duration") => TypeRef::Duration,
                Some("google-fieldmask") => TypeRef::FieldMask,
                _ => TypeRef::String,
            },
            Some("integer") => match format {
                Some("uint32") => TypeRef::U32,
                Some("int64") => TypeRef::I64,
                Some("uint64") => TypeRef::U64,
                _ => TypeRef::I32,
            },
            Some("number") => match format {
                Some("float") => TypeRef::F32,
                _ => TypeRef::F64,
            },
            Some("array") => match &schema.items {
                Some(items) => {
                    let item = self.type_of(&format!("{at}.items"), &format!("{hint}Item"), items)?;
                    TypeRef::Vec(Box::new(item))
                }
                None => TypeRef::Vec(Box::new(TypeRef::Any)),
            },
            Some("object") | None if !schema.properties.is_empty() => {
                self.define(at, hint, schema)?
            }
            Some("object") | None => match &schema.additional_properties {
                Some(values) => {
                    let at = format!("{at}.additionalProperties");
                    TypeRef::Map(Box::new(self.type_of(&at, &format!("{hint}Value"), values)?))
                }
                // An object the document says nothing about: keep whatever arrives.
                None => TypeRef::Any,
            },
            Some(other) => {
                return Err(Error::Invalid {
                    path: format!("{at}.type"),
                    message: format!(
                        "expected one of any, array, boolean, integer, number, object, string; found `{other}`"
                    ),
                })
            }
        })
    }

    /// Defines a named type for an inline object or enum and returns a reference to it.
    fn define(&mut self, at: &str, hint: &str, schema: &Schema) -> Result<TypeRef, Error> {
        let name = self.names.claim_type(hint);
        let kind = self.kind_of(at, &name, schema)?;
        self.push(TypeDef {
            name: name.clone(),
            origin: at.strip_prefix("schemas.").unwrap_or(at).to_string(),
            description: schema.description.clone(),
            deprecated: schema.deprecated == Some(true),
            kind,
        });
        Ok(TypeRef::Named(name))
    }

    fn kind_of(&mut self, at: &str, name: &str, schema: &Schema) -> Result<TypeKind, Error> {
        if !schema.enum_.is_empty() {
            return Ok(TypeKind::Enum(lower_enum(schema)));
        }
        let is_object =
            matches!(schema.type_.as_deref(), Some("object") | None) && schema.reference.is_none();
        if !is_object || (schema.properties.is_empty() && schema.additional_properties.is_some()) {
            // Not a struct: an alias for whatever the schema is used as in place.
            let target = self.type_of(at, &format!("{name}Value"), schema)?;
            return Ok(TypeKind::Alias(target));
        }
        self.lower_struct(at, name, schema).map(TypeKind::Struct)
    }

    fn lower_struct(&mut self, at: &str, owner: &str, schema: &Schema) -> Result<Struct, Error> {
        let mut field_names = Namespace::new();
        let mut fields = Vec::new();
        // Exact matches claim first so `fooBar` keeps `foo_bar` over a later `foo_bar`.
        let mut order: Vec<&String> = schema.properties.keys().collect();
        order.sort_by_key(|wire| (snake(wire) != **wire, (*wire).clone()));
        let mut claimed = BTreeMap::new();
        for wire in order {
            claimed.insert(wire.clone(), field_names.claim(&snake(wire)));
        }
        for (wire, property) in &schema.properties {
            let prop_at = format!("{at}.properties.{wire}");
            let hint = format!("{owner}{}", camel(wire));
            // Even where a document calls a page token `byte` (businessprofileperformance.v1):
            // decoding and re-encoding base64 need not give the same text.
            let ty = if is_page_token(wire, property) {
                TypeRef::String
            } else {
                self.type_of(&prop_at, &hint, property)?
            };
            let is_enum = self.is_enum(&ty);
            fields.push(Field {
                name: claimed[wire].clone(),
                wire_name: wire.clone(),
                ty,
                required: property.required == Some(true) && !is_enum,
                boxed: false,
                description: property.description.clone(),
                read_only: property.read_only == Some(true),
                deprecated: property.deprecated == Some(true),
                required_by: property
                    .annotations
                    .as_ref()
                    .map(|a| a.required.clone())
                    .unwrap_or_default(),
            });
        }
        let additional = match &schema.additional_properties {
            Some(values) => {
                let ap_at = format!("{at}.additionalProperties");
                let ty = self.type_of(&ap_at, &format!("{owner}Value"), values)?;
                Some((field_names.claim("additional_properties"), ty))
            }
            None => None,
        };
        Ok(Struct { fields, additional })
    }

    fn is_enum(&self, ty: &TypeRef) -> bool {
        let TypeRef::Named(name) = ty else {
            return false;
        };
        self.def(name)
            .is_some_and(|d| matches!(d.kind, TypeKind::Enum(_)))
    }
}

/// A page token (`pageToken`, `nextPageToken`) of type string, whatever its format: it goes
/// back to the server verbatim, so it stays the text it arrives as.
pub fn is_page_token(wire: &str, schema: &Schema) -> bool {
    matches!(wire, "pageToken" | "nextPageToken")
        && schema.type_.as_deref() == Some("string")
        && schema.enum_.is_empty()
}

fn lower_enum(schema: &Schema) -> Enum {
    let mut names = Namespace::new();
    let unknown_variant = names.claim("UnknownValue");
    let mut seen = std::collections::BTreeSet::new();
    let variants = schema
        .enum_
        .iter()
        .enumerate()
        // A value listed twice is one variant: two would make unreachable match arms.
        .filter(|(_, wire)| seen.insert(wire.as_str()))
        .map(|(i, wire)| Variant {
            name: names.claim(&camel(wire)),
            wire_value: wire.clone(),
            description: schema
                .enum_descriptions
                .get(i)
                .filter(|d| !d.is_empty())
                .cloned(),
            deprecated: schema.enum_deprecated.get(i).copied().unwrap_or(false),
        })
        .collect();
    Enum {
        variants,
        unknown_variant,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(json: &str) -> Schema {
        serde_json::from_str(json).unwrap()
    }

    fn space(schemas: &str) -> TypeSpace {
        let schemas: BTreeMap<String, Schema> = serde_json::from_str(schemas).unwrap();
        let mut space = TypeSpace::new(&schemas);
        space.add_schemas(&schemas).unwrap();
        space
    }

    #[test]
    fn maps_formats_to_rust_types() {
        let mut s = space("{}");
        let cases = [
            (r#"{"type":"integer","format":"int32"}"#, TypeRef::I32),
            (r#"{"type":"integer","format":"uint32"}"#, TypeRef::U32),
            (r#"{"type":"string","format":"int64"}"#, TypeRef::I64),
            (r#"{"type":"string","format":"uint64"}"#, TypeRef::U64),
            (r#"{"type":"number","format":"double"}"#, TypeRef::F64),
            (r#"{"type":"number","format":"float"}"#, TypeRef::F32),
            (r#"{"type":"string","format":"byte"}"#, TypeRef::Bytes),
            (
                r#"{"type":"string","format":"google-datetime"}"#,
                TypeRef::Timestamp,
            ),
            (
                r#"{"type":"string","format":"date-time"}"#,
                TypeRef::Timestamp,
            ),
            (r#"{"type":"string","format":"date"}"#, TypeRef::Date),
            (
                r#"{"type":"string","format":"google-duration"}"#,
                TypeRef::Duration,
            ),
            (
                r#"{"type":"string","format":"google-fieldmask"}"#,
                TypeRef::FieldMask,
            ),
            (r#"{"type":"any"}"#, TypeRef::Any),
            (r#"{"type":"boolean"}"#, TypeRef::Bool),
            (r#"{"type":"string"}"#, TypeRef::String),
            (
                r#"{"type":"object","additionalProperties":{"type":"string","format":"int64"}}"#,
                TypeRef::Map(Box::new(TypeRef::I64)),
            ),
            (
                r#"{"type":"array","items":{"type":"string"}}"#,
                TypeRef::Vec(Box::new(TypeRef::String)),
            ),
        ];
        for (json, expected) in cases {
            assert_eq!(
                s.type_of("t", "T", &schema(json)).unwrap(),
                expected,
                "{json}"
            );
        }
    }

    #[test]
    fn rejects_unknown_type_with_its_path() {
        let mut s = space("{}");
        let err = s
            .type_of(
                "schemas.A.properties.b",
                "B",
                &schema(r#"{"type":"strin"}"#),
            )
            .unwrap_err()
            .to_string();
        assert!(err.contains("schemas.A.properties.b.type"), "{err}");
        assert!(err.contains("strin"), "{err}");
    }

    #[test]
    fn inline_types_and_reserved_names() {
        let s = space(
            r#"{
              "Error": {"type":"object","properties":{"code":{"type":"integer"}}},
              "Filter": {"type":"object","properties":{
                 "kinds":{"type":"array","items":{"type":"string","enum":["A","UNKNOWN_VALUE"]}},
                 "owner":{"type":"object","properties":{"type":{"type":"string"}}}}}
            }"#,
        );
        let names: Vec<&str> = s.defs.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(
            names,
            ["ErrorSchema", "FilterKindsItem", "FilterOwner", "Filter"]
        );
        let TypeKind::Enum(e) = &s.defs[1].kind else {
            panic!("not an enum")
        };
        assert_eq!(e.unknown_variant, "UnknownValue");
        assert_eq!(e.variants[1].name, "UnknownValue2");
        let TypeKind::Struct(owner) = &s.defs[2].kind else {
            panic!("not a struct")
        };
        assert_eq!(owner.fields[0].name, "r#type");
        assert_eq!(owner.fields[0].wire_name, "type");
    }

    #[test]
    fn a_value_listed_twice_is_one_variant() {
        let s = space(
            r#"{"E": {"type":"string","enum":["A","B","A"],"enumDescriptions":["a","b","again"]}}"#,
        );
        let TypeKind::Enum(e) = &s.defs[0].kind else {
            panic!("not an enum")
        };
        let wires: Vec<&str> = e.variants.iter().map(|v| v.wire_value.as_str()).collect();
        assert_eq!(wires, ["A", "B"]);
        assert_eq!(e.variants[0].description.as_deref(), Some("a"));
    }

    #[test]
    fn colliding_field_names_stay_distinct() {
        let s = space(
            r#"{"A": {"type":"object","properties":{
                "end_date":{"type":"string"},"endDate":{"type":"string"},"end-date":{"type":"string"}}}}"#,
        );
        let TypeKind::Struct(a) = &s.defs[0].kind else {
            panic!("not a struct")
        };
        let names: Vec<(&str, &str)> = a
            .fields
            .iter()
            .map(|f| (f.wire_name.as_str(), f.name.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("end-date", "end_date_2"),
                ("endDate", "end_date_3"),
                ("end_date", "end_date")
            ]
        );
    }
}
