//! Schemas to Rust types.
//!
//! Type names are decided for the whole document at once ([`crate::naming::resolve`]), so
//! that no name depends on the order in which types are met. Lowering runs twice: the first
//! pass records the name every type wants (a schema its own; an inline object or enum
//! `{Owner}{Property}`, from the name its owner wants), the names are resolved together, and
//! the second pass hands them out. In a collision a top-level schema keeps its natural name
//! over an inline type, an inline type of a schema over one of a method; otherwise the place
//! in the document decides.
//!
//! Parameters of the same name with the same inline enum (Storage's `projection`, taken by
//! fifteen methods) share one type, named after the parameter (`Projection`): the first
//! pass counts the uses of each such enum, and the plan names those used more than once.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::error::Error;
use crate::ir::{
    AdditionalProperties, Enum, Field, Gate, Struct, TypeDef, TypeKind, TypeRef, Variant,
};
use crate::model::Schema;
use crate::naming::{bare_word, camel, first_free, resolve, snake, type_name};

/// Where a type comes from, as the key of its name: the kind of place first (top-level
/// schema, inside a schema, inside a method), then the place, then which definition of that
/// place (a place defines at most one type; the count only keeps keys unique regardless).
type TypeKey = (u8, String, usize);

/// The names of a document's types: wanted while recording, decided once resolved.
enum Names {
    /// What each type wants, and the provisional names handed out meanwhile: unique, so the
    /// first pass can look types up by name, but never used for anything else.
    Recording {
        wanted: Vec<(TypeKey, String)>,
        given: HashSet<String>,
    },
    Planned(BTreeMap<TypeKey, String>),
}

/// Every type name of a document, decided together; see the module docs.
pub struct NamePlan {
    names: BTreeMap<TypeKey, String>,
    shared: HashMap<SharedKey, SharedEnum>,
}

/// An inline enum of a parameter: the parameter's wire name and its values, in order.
type SharedKey = (String, Vec<String>);

/// What the uses of one parameter enum have in common.
#[derive(Clone, Debug, Default)]
struct SharedEnum {
    uses: usize,
    /// The enum's description, while every use gives the same one.
    description: Option<Option<String>>,
    /// Each value's description, while every use gives the same one.
    variant_descriptions: Vec<Option<Option<String>>>,
    /// Where the first pass met it: the names it would have had alone.
    places: Vec<TypeKey>,
    /// The name of its type, once defined in this pass.
    name: Option<String>,
}

impl SharedEnum {
    fn add_use(&mut self, schema: &Schema) {
        let first = self.uses == 0;
        self.uses += 1;
        let descriptions: Vec<Option<String>> = (0..schema.enum_.len())
            .map(|i| {
                schema
                    .enum_descriptions
                    .get(i)
                    .filter(|d| !d.is_empty())
                    .cloned()
            })
            .collect();
        if first {
            self.description = Some(schema.description.clone());
            self.variant_descriptions = descriptions.into_iter().map(Some).collect();
            return;
        }
        if self.description.as_ref() != Some(&schema.description) {
            self.description = None;
        }
        for (mine, theirs) in self.variant_descriptions.iter_mut().zip(descriptions) {
            if mine.as_ref() != Some(&theirs) {
                *mine = None;
            }
        }
    }
}

/// Builds the `types` module: owns the type names and the list of definitions.
pub struct TypeSpace {
    names: Names,
    /// Inline enums of parameters that several methods share (see the module docs).
    shared: HashMap<SharedKey, SharedEnum>,
    /// How many types each place has defined so far (see [`TypeKey`]).
    defined_at: HashMap<(u8, String), usize>,
    /// Schema wire name → Rust type name.
    schema_names: BTreeMap<String, String>,
    pub defs: Vec<TypeDef>,
    /// Rust type name → position in `defs`, so that looking a type up never scans the list
    /// (documents have thousands of types).
    index: HashMap<String, usize>,
}

fn schema_key(wire: &str) -> TypeKey {
    (0, wire.to_string(), 0)
}

/// The tier of the names of shared enums: after the places of the document, so that a
/// schema or an inline type keeps its name over them.
const SHARED_TIER: u8 = 3;

/// The name key of the enum that the parameters named `wire` with `values` share.
fn shared_key(wire: &str, values: &[String]) -> TypeKey {
    (
        SHARED_TIER,
        format!("{wire}\u{0}{}", values.join("\u{0}")),
        0,
    )
}

fn group_uses(shared: &HashMap<SharedKey, SharedEnum>, key: &SharedKey) -> usize {
    shared.get(key).map_or(1, |g| g.uses)
}

/// An enum's values, each once, in order.
fn dedup_values(schema: &Schema) -> Vec<String> {
    let mut seen = HashSet::new();
    schema
        .enum_
        .iter()
        .filter(|v| seen.insert(v.as_str()))
        .cloned()
        .collect()
}

/// The name a top-level schema wants.
fn schema_wants(wire: &str) -> String {
    type_name(camel(wire))
}

impl TypeSpace {
    /// The first pass: records the name every type wants; only [`TypeSpace::into_plan`] is
    /// meant to be used from it.
    pub fn recording(schemas: &BTreeMap<String, Schema>) -> Self {
        let wanted: Vec<(TypeKey, String)> = schemas
            .keys()
            .map(|wire| (schema_key(wire), schema_wants(wire)))
            .collect();
        let provisional = resolve(&[], wanted.clone());
        let given = provisional.values().cloned().collect();
        let schema_names = provisional
            .into_iter()
            .map(|((_, wire, _), name)| (wire, name))
            .collect();
        Self::with(
            Names::Recording { wanted, given },
            HashMap::new(),
            schema_names,
        )
    }

    /// The second pass: every type takes the name the plan decided.
    pub fn planned(schemas: &BTreeMap<String, Schema>, plan: NamePlan) -> Self {
        let schema_names = schemas
            .keys()
            .map(|wire| {
                let name = plan.names.get(&schema_key(wire)).cloned();
                (wire.clone(), name.unwrap_or_else(|| schema_wants(wire)))
            })
            .collect();
        Self::with(Names::Planned(plan.names), plan.shared, schema_names)
    }

    fn with(
        names: Names,
        shared: HashMap<SharedKey, SharedEnum>,
        schema_names: BTreeMap<String, String>,
    ) -> Self {
        TypeSpace {
            names,
            shared,
            defined_at: HashMap::new(),
            schema_names,
            defs: Vec::new(),
            index: HashMap::new(),
        }
    }

    /// Decides the names recorded by a first pass.
    pub fn into_plan(self) -> NamePlan {
        let shared: HashMap<SharedKey, SharedEnum> = self
            .shared
            .into_iter()
            .filter(|(_, group)| group.uses > 1)
            .map(|(key, group)| {
                let group = SharedEnum {
                    name: None,
                    ..group
                };
                (key, group)
            })
            .collect();
        let names = match self.names {
            Names::Recording { mut wanted, .. } => {
                // A shared enum takes the name of its parameter, instead of one per use; an
                // enum met once keeps the name of its place.
                let kept: HashSet<TypeKey> = shared
                    .keys()
                    .map(|key| shared_key(&key.0, &key.1))
                    .collect();
                let replaced: HashSet<&TypeKey> =
                    shared.values().flat_map(|group| &group.places).collect();
                wanted.retain(|(key, _)| {
                    !replaced.contains(key) && (key.0 != SHARED_TIER || kept.contains(key))
                });
                resolve(&[], wanted)
            }
            Names::Planned(plan) => plan,
        };
        NamePlan { names, shared }
    }

    /// The type of a parameter's inline enum: one for all the parameters of the same name
    /// and values that the plan found (see the module docs), else one of its own.
    pub fn parameter_enum(
        &mut self,
        at: &str,
        hint: &str,
        wire_name: &str,
        schema: &Schema,
    ) -> Result<TypeRef, Error> {
        let key: SharedKey = (wire_name.to_string(), dedup_values(schema));
        match &mut self.names {
            Names::Recording { wanted, .. } => {
                if !self.shared.contains_key(&key) {
                    // Recorded as a shared place too, in case the plan keeps it as one.
                    wanted.push((shared_key(&key.0, &key.1), type_name(camel(wire_name))));
                }
                let defined = self.define(at, hint, schema)?;
                let place = match &self.names {
                    Names::Recording { wanted, .. } => wanted.last().map(|(key, _)| key.clone()),
                    Names::Planned(_) => None,
                };
                let group = self.shared.entry(key).or_default();
                group.add_use(schema);
                group.places.extend(place);
                Ok(defined)
            }
            Names::Planned(plan) => {
                let Some(group) = self.shared.get(&key) else {
                    return self.define(at, hint, schema);
                };
                if let Some(name) = &group.name {
                    return Ok(TypeRef::Named(name.clone()));
                }
                let name = plan
                    .get(&shared_key(&key.0, &key.1))
                    .cloned()
                    .unwrap_or_else(|| type_name(camel(wire_name)));
                let mut values = lower_enum(schema);
                // A value's description is kept where every use gives the same one.
                for variant in &mut values.variants {
                    let agreed = schema
                        .enum_
                        .iter()
                        .position(|v| *v == variant.wire_value)
                        .and_then(|i| group.variant_descriptions.get(i).cloned().flatten());
                    variant.description = agreed.flatten();
                }
                let description = match &group.description {
                    Some(agreed) => agreed.clone(),
                    None => Some(format!(
                        "The values of the `{wire_name}` parameter of {} methods.",
                        group.uses
                    )),
                };
                let group_name = name.clone();
                if let Some(group) = self.shared.get_mut(&key) {
                    group.name = Some(group_name);
                }
                self.push(TypeDef {
                    name: name.clone(),
                    origin: format!("{at} (and {} more)", group_uses(&self.shared, &key) - 1),
                    description,
                    deprecated: schema.deprecated == Some(true),
                    kind: TypeKind::Enum(values),
                    gate: Gate::Always,
                });
                Ok(TypeRef::Named(name))
            }
        }
    }

    /// The name of the type an inline schema at `at` defines.
    fn name_inline(&mut self, at: &str, wanted: &str) -> String {
        let tier = if at.starts_with("schemas.") { 1 } else { 2 };
        let place = (tier, at.to_string());
        let nth = self.defined_at.entry(place.clone()).or_default();
        let key = (place.0, place.1, *nth);
        *nth += 1;
        match &mut self.names {
            Names::Recording { wanted: all, given } => {
                all.push((key, wanted.to_string()));
                first_free(wanted, |name| given.insert(name.to_string()))
            }
            // Both passes lower the same document the same way, so the plan knows every
            // place; should one be missing, its type still gets a name no other type has.
            Names::Planned(plan) => match plan.get(&key) {
                Some(name) => name.clone(),
                None => {
                    let taken: HashSet<String> = plan.values().cloned().collect();
                    first_free(wanted, |name| !taken.contains(name))
                }
            },
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
            let kind = self.kind_of(&at, &schema_wants(wire), schema)?;
            self.push(TypeDef {
                name,
                origin: wire.clone(),
                description: schema.description.clone(),
                deprecated: schema.deprecated == Some(true),
                kind,
                gate: Gate::Always,
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
        let wanted = type_name(hint.to_string());
        let name = self.name_inline(at, &wanted);
        // Nested types are named after the name this one wants, not the one it gets, so
        // what they want never depends on how a collision was resolved.
        let kind = self.kind_of(at, &wanted, schema)?;
        self.push(TypeDef {
            name: name.clone(),
            origin: at.strip_prefix("schemas.").unwrap_or(at).to_string(),
            description: schema.description.clone(),
            deprecated: schema.deprecated == Some(true),
            kind,
            gate: Gate::Always,
        });
        Ok(TypeRef::Named(name))
    }

    /// `wanted` is the name the type wants, which its nested types are named after.
    fn kind_of(&mut self, at: &str, wanted: &str, schema: &Schema) -> Result<TypeKind, Error> {
        if !schema.enum_.is_empty() {
            return Ok(TypeKind::Enum(lower_enum(schema)));
        }
        let is_object =
            matches!(schema.type_.as_deref(), Some("object") | None) && schema.reference.is_none();
        if !is_object || (schema.properties.is_empty() && schema.additional_properties.is_some()) {
            // Not a struct: an alias for whatever the schema is used as in place.
            let target = self.type_of(at, &format!("{wanted}Value"), schema)?;
            return Ok(TypeKind::Alias(target));
        }
        self.lower_struct(at, wanted, schema).map(TypeKind::Struct)
    }

    fn lower_struct(&mut self, at: &str, owner: &str, schema: &Schema) -> Result<Struct, Error> {
        let names = field_names(schema);
        let mut fields = Vec::new();
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
            let required = property.required == Some(true) && !is_enum;
            fields.push(Field {
                name: names[&FieldKey::Property(wire.clone())].clone(),
                // Decided below, once every field is known.
                setter: String::new(),
                clearer: None,
                entry_setter: None,
                wire_name: wire.clone(),
                ty,
                required,
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
        let mut additional = match &schema.additional_properties {
            Some(values) => {
                let ap_at = format!("{at}.additionalProperties");
                let ty = self.type_of(&ap_at, &format!("{owner}Value"), values)?;
                Some(AdditionalProperties {
                    name: names[&FieldKey::Additional].clone(),
                    setter: String::new(),
                    ty,
                })
            }
            None => None,
        };
        name_setters(&mut fields, additional.as_mut());
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

/// A field of a struct: a property, or the map of properties the schema does not name.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum FieldKey {
    Property(String),
    Additional,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum SetterKind {
    Set,
    SetOrClear,
    Entry,
}

/// The Rust names of a struct's fields, decided as one scope. Properties whose wire name is
/// already the Rust name come first in a collision, so `foo_bar` keeps `foo_bar` over
/// `fooBar`.
fn field_names(schema: &Schema) -> BTreeMap<FieldKey, String> {
    let mut wanted: Vec<((bool, FieldKey), String)> = schema
        .properties
        .keys()
        .map(|wire| {
            let name = snake(wire);
            ((name != *wire, FieldKey::Property(wire.clone())), name)
        })
        .collect();
    if schema.additional_properties.is_some() {
        wanted.push(((true, FieldKey::Additional), "additional_properties".into()));
    }
    resolve(&[crate::ir::UNKNOWN_FIELDS], wanted)
        .into_iter()
        .map(|((_, key), name)| (key, name))
        .collect()
}

/// Names the setters of a struct's fields (`set_title`, `set_or_clear_title` for a field
/// that may be absent, and `set_or_clear_labels_entry` for an optional map), as one scope of
/// their own: the struct's methods.
fn name_setters(fields: &mut [Field], additional: Option<&mut AdditionalProperties>) {
    let mut wanted = Vec::new();
    for field in fields.iter() {
        let key = FieldKey::Property(field.wire_name.clone());
        let bare = bare_word(&field.name);
        wanted.push(((SetterKind::Set, key.clone()), format!("set_{bare}")));
        if !field.required {
            wanted.push((
                (SetterKind::SetOrClear, key.clone()),
                format!("set_or_clear_{bare}"),
            ));
            if matches!(field.ty, TypeRef::Map(_)) {
                wanted.push((
                    (SetterKind::Entry, key),
                    format!("set_or_clear_{bare}_entry"),
                ));
            }
        }
    }
    if let Some(additional) = &additional {
        let set = format!("set_{}", bare_word(&additional.name));
        wanted.push(((SetterKind::Set, FieldKey::Additional), set));
    }
    let names = resolve(&[], wanted);
    for field in fields.iter_mut() {
        let key = FieldKey::Property(field.wire_name.clone());
        field.setter = names[&(SetterKind::Set, key.clone())].clone();
        field.clearer = names.get(&(SetterKind::SetOrClear, key.clone())).cloned();
        field.entry_setter = names.get(&(SetterKind::Entry, key)).cloned();
    }
    if let Some(additional) = additional {
        additional.setter = names[&(SetterKind::Set, FieldKey::Additional)].clone();
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
    let mut seen = std::collections::BTreeSet::new();
    // A value listed twice is one variant: two would make unreachable match arms.
    let values: Vec<(usize, &String)> = schema
        .enum_
        .iter()
        .enumerate()
        .filter(|(_, wire)| seen.insert(wire.as_str()))
        .collect();
    // The catch-all keeps its name; variants that collide are ordered by wire value.
    let mut wanted = vec![((0, String::new()), "UnknownValue".to_string())];
    wanted.extend(
        values
            .iter()
            .map(|(_, wire)| ((1, (*wire).clone()), camel(wire))),
    );
    let names = resolve(&[], wanted);
    let variants = values
        .iter()
        .map(|&(i, wire)| Variant {
            name: names[&(1, wire.clone())].clone(),
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
        unknown_variant: names[&(0, String::new())].clone(),
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
        let mut recording = TypeSpace::recording(&schemas);
        recording.add_schemas(&schemas).unwrap();
        let mut space = TypeSpace::planned(&schemas, recording.into_plan());
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
