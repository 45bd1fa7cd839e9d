//! `Serialize` and `Deserialize` of generated structs, shared instead of derived.
//!
//! serde's derive writes, for every struct, a field-name enum with three visitors, a
//! sequence visitor that JSON never uses, and a wrapper type per adapted field. For an API of
//! a thousand schemas that is most of what the compiler reads and most of the machine code it
//! emits. Here one visitor reads every struct and one writer writes it: a generated struct
//! names its wire fields and says how to read and write each one ([`Struct`]), each field in
//! one call, nothing else.
//!
//! The behaviour is the derive's with `#[serde(default)]`: missing fields keep their
//! defaults, `null` clears an `Option`, and a key given twice is an error rather than a silent
//! choice between the two values. Keys the schema does not name are kept: in the struct's
//! map of other properties when its schema has `additionalProperties`, else in its
//! [`UnknownFields`], written back after the fields. A field marked there (by its
//! `set_or_clear_x(None)`) is written as `null` while it is `None`.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeSeed, Error as _, IgnoredAny, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_with::de::DeserializeAsWrap;
use serde_with::ser::SerializeAsWrap;
use serde_with::{DeserializeAs, SerializeAs};

use super::NullMarks;
use crate::UnknownFields;

/// A generated struct as the shared visitor sees it.
pub trait Struct: Default {
    /// The Rust name, for messages such as "expected struct Album".
    const NAME: &'static str;

    /// Wire names of the fields, in byte order (the generator's choice; any order works).
    /// [`read_field`](Self::read_field) gets an index into this list.
    const FIELDS: &'static [&'static str];

    /// Whether keys that are not fields go to [`read_other`](Self::read_other) instead of
    /// being skipped.
    const KEEPS_OTHERS: bool = false;

    /// Reads the value of the field `FIELDS[index]` into `self`.
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error>;

    /// Hands the writer the struct's [`UnknownFields`] ([`WriteFields::extras`]), then writes
    /// the fields, in declaration order, and any other properties. Called twice by
    /// [`serialize_struct`]: once to count what is set, once to write it.
    fn write_fields<'a, W: WriteFields<'a>>(&'a self, out: &mut W);

    /// Reads the value of a key that is not a field (only called when `KEEPS_OTHERS`): into
    /// the struct's map of other properties, or its unknown fields ([`read_unknown`]).
    fn read_other<'de, A: MapAccess<'de>>(
        &mut self,
        key: String,
        map: &mut A,
    ) -> Result<(), A::Error> {
        let _ = key;
        skip(map)
    }
}

/// `Serialize::serialize` of every generated struct: a map of its wire names in which `None`
/// fields are left out, as the API expects of fields it should not change (unless marked to
/// go as `null`), then its unknown properties. The length is counted first (by
/// [`Struct::write_fields`] too), since formats that write the length first need it exact.
pub fn serialize_struct<T: Struct, S: Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut count = CountFields {
        count: 0,
        nulls: None,
        unknown: None,
    };
    value.write_fields(&mut count);
    let unknown = count.unknown;
    let unknown_count = unknown.map_or(0, |u| written_unknown(u, T::FIELDS).count());
    let mut out = StructWriter {
        map: serializer.serialize_map(Some(count.count + unknown_count))?,
        error: None,
        nulls: None,
    };
    value.write_fields(&mut out);
    if let Some(unknown) = unknown {
        for (key, value) in written_unknown(unknown, T::FIELDS) {
            out.entry(key, value);
        }
    }
    match out.error {
        Some(error) => Err(error),
        None => out.map.end(),
    }
}

/// The unknown properties that are written: those that do not name one of `fields` (an
/// unknown property of a field's name is not written: the field is).
fn written_unknown<'a>(
    unknown: &'a UnknownFields,
    fields: &'static [&'static str],
) -> impl Iterator<Item = (&'a str, &'a serde_json::Value)> {
    unknown.iter().filter(move |(key, _)| !fields.contains(key))
}

/// `Deserialize::deserialize` of every generated struct.
pub fn deserialize_struct<'de, T: Struct, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(StructVisitor(PhantomData))
}

// The readers below fill a field in place and return the outcome, so that a generated
// `read_field` arm is one call: no `?` and no assignment per field for rustc to type-check
// and borrow-check, which for an API of thousands of fields is seconds of build time.

/// Reads the next value into `slot`.
#[inline]
pub fn read<'de, T, A>(map: &mut A, slot: &mut T) -> Result<(), A::Error>
where
    T: Deserialize<'de>,
    A: MapAccess<'de>,
{
    *slot = map.next_value()?;
    Ok(())
}

/// Reads the next value into `slot` through a serde_with adapter (`Int64` for an int64
/// string, …).
#[inline]
pub fn read_as<'de, U, T, A>(map: &mut A, slot: &mut T) -> Result<(), A::Error>
where
    U: DeserializeAs<'de, T>,
    A: MapAccess<'de>,
{
    *slot = map.next_value::<DeserializeAsWrap<T, U>>()?.into_inner();
    Ok(())
}

/// Reads the value of the property `key`, which the schema does not name, into `others`.
#[inline]
pub fn read_other<'de, V, A>(
    map: &mut A,
    key: String,
    others: &mut BTreeMap<String, V>,
) -> Result<(), A::Error>
where
    V: Deserialize<'de>,
    A: MapAccess<'de>,
{
    others.insert(key, map.next_value()?);
    Ok(())
}

/// [`read_other`] through a serde_with adapter.
#[inline]
pub fn read_other_as<'de, U, V, A>(
    map: &mut A,
    key: String,
    others: &mut BTreeMap<String, V>,
) -> Result<(), A::Error>
where
    U: DeserializeAs<'de, V>,
    A: MapAccess<'de>,
{
    others.insert(
        key,
        map.next_value::<DeserializeAsWrap<V, U>>()?.into_inner(),
    );
    Ok(())
}

/// Reads the value of the property `key`, which the schema does not name, into `unknown`, as
/// JSON: a generated struct's `read_other`.
#[inline]
pub fn read_unknown<'de, A: MapAccess<'de>>(
    map: &mut A,
    key: String,
    unknown: &mut UnknownFields,
) -> Result<(), A::Error> {
    unknown.insert(key, map.next_value::<serde_json::Value>()?);
    Ok(())
}

/// What a generated `set_or_clear_x_entry` does: `Some` sets the entry `key` of the map field
/// `wire_name` (creating the map), `None` removes it and marks it to be written as `null`.
#[inline]
pub fn set_entry<V>(
    map: &mut Option<BTreeMap<String, V>>,
    unknown: &mut UnknownFields,
    wire_name: &'static str,
    key: String,
    value: Option<V>,
) {
    unknown.mark_null_entry(wire_name, &key, value.is_none());
    match value {
        Some(value) => {
            map.get_or_insert_with(BTreeMap::new).insert(key, value);
        }
        None => {
            if let Some(map) = map {
                map.remove(&key);
            }
        }
    }
}

/// Skips the next value.
#[inline]
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(drop)
}

struct StructVisitor<T>(PhantomData<T>);

impl<'de, T: Struct> Visitor<'de> for StructVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut out = T::default();
        read_entries(
            &mut map,
            T::FIELDS,
            T::KEEPS_OTHERS,
            &mut |key, map| match key {
                Key::Field(index) => out.read_field(index, map),
                Key::Other(key) => out.read_other(key, map),
                Key::Skipped => skip(map),
            },
        )?;
        Ok(out)
    }
}

/// Reads the value of one key into the struct being built.
type ReadEntry<'de, 'r, A> =
    dyn FnMut(Key, &mut A) -> Result<(), <A as MapAccess<'de>>::Error> + 'r;

/// The loop over an object's keys, compiled once per map type rather than once per struct:
/// the struct is reached through `read`.
fn read_entries<'de, A: MapAccess<'de>>(
    map: &mut A,
    fields: &'static [&'static str],
    keep_others: bool,
    read: &mut ReadEntry<'de, '_, A>,
) -> Result<(), A::Error> {
    let mut seen = Seen::new(fields.len());
    let seed = KeySeed {
        fields,
        keep_others,
    };
    while let Some(key) = map.next_key_seed(seed)? {
        if let Key::Field(index) = key {
            if !seen.first_time(index) {
                return Err(A::Error::duplicate_field(fields[index]));
            }
        }
        read(key, map)?;
    }
    Ok(())
}

/// Which fields were read already; a bit set for the usual struct, a list past 128 fields.
enum Seen {
    Bits(u128),
    List(Vec<bool>),
}

impl Seen {
    fn new(fields: usize) -> Self {
        if fields <= 128 {
            Seen::Bits(0)
        } else {
            Seen::List(vec![false; fields])
        }
    }

    /// Marks `index` read, answering whether it was not before.
    fn first_time(&mut self, index: usize) -> bool {
        match self {
            Seen::Bits(bits) => {
                let bit = 1u128 << index;
                let first = *bits & bit == 0;
                *bits |= bit;
                first
            }
            Seen::List(list) => !std::mem::replace(&mut list[index], true),
        }
    }
}

enum Key {
    Field(usize),
    Other(String),
    Skipped,
}

/// Finds a key among the fields without allocating; not generic over the struct, so one
/// copy serves them all.
#[derive(Clone, Copy)]
struct KeySeed {
    fields: &'static [&'static str],
    keep_others: bool,
}

impl KeySeed {
    fn key(self, name: &str) -> Key {
        // A scan, as the derive's `match` on the name compiles to: a field of another length
        // is passed over on its length alone, so the bytes are compared about once per key.
        // A binary search compares bytes at every step and measured 1.3× the derive's
        // decoding time.
        match self.fields.iter().position(|field| *field == name) {
            Some(index) => Key::Field(index),
            None if self.keep_others => Key::Other(name.to_owned()),
            None => Key::Skipped,
        }
    }
}

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for KeySeed {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<Key, E> {
        Ok(self.key(name))
    }

    fn visit_bytes<E: serde::de::Error>(self, name: &[u8]) -> Result<Key, E> {
        match std::str::from_utf8(name) {
            Ok(name) => Ok(self.key(name)),
            Err(_) => Err(E::invalid_value(
                serde::de::Unexpected::Bytes(name),
                &"a UTF-8 field name",
            )),
        }
    }
}

/// What [`Struct::write_fields`] writes to: the fields of a struct, each in one call that
/// returns nothing, so that a generated struct's `write_fields` is a list of calls without a
/// `?` (what rustc spends its time on when an API has thousands of fields). A write that
/// fails is kept by the writer, which writes nothing after it.
pub trait WriteFields<'a> {
    /// The struct's unknown properties and null marks; the first call of every
    /// `write_fields`.
    fn extras(&mut self, extras: &'a UnknownFields);

    /// A field that is always written.
    fn field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T);

    /// A field written through a serde_with adapter.
    fn field_as<U: SerializeAs<T>, T: ?Sized>(&mut self, name: &'static str, value: &T);

    /// An optional field, written only when set.
    fn optional<T: Serialize>(&mut self, name: &'static str, value: &Option<T>);

    /// An optional field written through a serde_with adapter, only when set.
    fn optional_as<U: SerializeAs<T>, T>(&mut self, name: &'static str, value: &Option<T>);

    /// An optional map field, written when set or when entries of it are marked `null`
    /// (which are written too).
    fn optional_map<V: Serialize>(
        &mut self,
        name: &'static str,
        value: &Option<BTreeMap<String, V>>,
    );

    /// An optional map field whose values go through a serde_with adapter.
    fn optional_map_as<U: SerializeAs<V>, V>(
        &mut self,
        name: &'static str,
        value: &Option<BTreeMap<String, V>>,
    );

    /// The properties the schema does not name, after the fields.
    fn others<V: Serialize>(&mut self, others: &BTreeMap<String, V>);

    /// The properties the schema does not name, through a serde_with adapter.
    fn others_as<U: SerializeAs<V>, V>(&mut self, others: &BTreeMap<String, V>);
}

/// Counts the entries a struct's fields will write, and keeps its unknown properties for the
/// writer to count and write after them.
struct CountFields<'a> {
    count: usize,
    nulls: Option<&'a NullMarks>,
    unknown: Option<&'a UnknownFields>,
}

impl CountFields<'_> {
    // Without marks (nearly every struct) a `None` field costs one branch, no lookup.
    #[inline]
    fn optional_field(&mut self, name: &str, set: bool) {
        self.count += usize::from(set || self.nulls.is_some_and(|n| n.is_marked(name)));
    }

    fn map_field<V>(&mut self, name: &str, value: &Option<BTreeMap<String, V>>) {
        let has_entries = self.nulls.is_some_and(|n| n.entries(name).next().is_some());
        self.optional_field(name, value.is_some() || has_entries);
    }
}

impl<'a> WriteFields<'a> for CountFields<'a> {
    fn extras(&mut self, extras: &'a UnknownFields) {
        self.nulls = extras.nulls();
        self.unknown = (!extras.is_empty()).then_some(extras);
    }

    fn field<T: Serialize + ?Sized>(&mut self, _: &'static str, _: &T) {
        self.count += 1;
    }

    fn field_as<U: SerializeAs<T>, T: ?Sized>(&mut self, _: &'static str, _: &T) {
        self.count += 1;
    }

    fn optional<T: Serialize>(&mut self, name: &'static str, value: &Option<T>) {
        self.optional_field(name, value.is_some());
    }

    fn optional_as<U: SerializeAs<T>, T>(&mut self, name: &'static str, value: &Option<T>) {
        self.optional_field(name, value.is_some());
    }

    fn optional_map<V: Serialize>(
        &mut self,
        name: &'static str,
        value: &Option<BTreeMap<String, V>>,
    ) {
        self.map_field(name, value);
    }

    fn optional_map_as<U: SerializeAs<V>, V>(
        &mut self,
        name: &'static str,
        value: &Option<BTreeMap<String, V>>,
    ) {
        self.map_field(name, value);
    }

    fn others<V: Serialize>(&mut self, others: &BTreeMap<String, V>) {
        self.count += others.len();
    }

    fn others_as<U: SerializeAs<V>, V>(&mut self, others: &BTreeMap<String, V>) {
        self.count += others.len();
    }
}

/// Writes the entries into a serializer's map, keeping the first error.
struct StructWriter<'a, M: SerializeMap> {
    map: M,
    error: Option<M::Error>,
    nulls: Option<&'a NullMarks>,
}

impl<M: SerializeMap> StructWriter<'_, M> {
    #[inline]
    fn is_null(&self, name: &str) -> bool {
        self.nulls.is_some_and(|n| n.is_marked(name))
    }

    fn entry<K: Serialize + ?Sized, T: Serialize + ?Sized>(&mut self, key: &K, value: &T) {
        if self.error.is_none() {
            if let Err(error) = self.map.serialize_entry(key, value) {
                self.error = Some(error);
            }
        }
    }
}

impl<M: SerializeMap> StructWriter<'_, M> {
    fn map_field<V, W: WriteValue<V>>(
        &mut self,
        name: &'static str,
        value: &Option<BTreeMap<String, V>>,
    ) {
        let marks = self.nulls;
        let nulls: Vec<&str> = marks
            .into_iter()
            .flat_map(|n| n.entries(name))
            .filter(|key| value.as_ref().is_none_or(|map| !map.contains_key(*key)))
            .collect();
        match value {
            None if nulls.is_empty() => {
                if self.is_null(name) {
                    self.entry(name, &());
                }
            }
            _ => {
                let map = MapWithNulls::<V, W> {
                    map: value.as_ref(),
                    nulls: &nulls,
                    write: PhantomData,
                };
                self.entry(name, &map);
            }
        }
    }
}

/// How a map field's values are written: as they are, or through a serde_with adapter.
trait WriteValue<V> {
    fn entry<M: SerializeMap>(out: &mut M, key: &str, value: &V) -> Result<(), M::Error>;
}

struct Plain;

impl<V: Serialize> WriteValue<V> for Plain {
    fn entry<M: SerializeMap>(out: &mut M, key: &str, value: &V) -> Result<(), M::Error> {
        out.serialize_entry(key, value)
    }
}

struct Adapted<U>(PhantomData<U>);

impl<U: SerializeAs<V>, V> WriteValue<V> for Adapted<U> {
    fn entry<M: SerializeMap>(out: &mut M, key: &str, value: &V) -> Result<(), M::Error> {
        out.serialize_entry(key, &SerializeAsWrap::<V, U>::new(value))
    }
}

/// A map field's entries, then its entries marked `null`.
struct MapWithNulls<'a, V, W> {
    map: Option<&'a BTreeMap<String, V>>,
    nulls: &'a [&'a str],
    write: PhantomData<W>,
}

impl<V, W: WriteValue<V>> Serialize for MapWithNulls<'_, V, W> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let len = self.map.map_or(0, BTreeMap::len) + self.nulls.len();
        let mut out = serializer.serialize_map(Some(len))?;
        for (key, value) in self.map.into_iter().flatten() {
            W::entry(&mut out, key, value)?;
        }
        for key in self.nulls {
            out.serialize_entry(key, &())?;
        }
        out.end()
    }
}

impl<'a, M: SerializeMap> WriteFields<'a> for StructWriter<'a, M> {
    fn extras(&mut self, extras: &'a UnknownFields) {
        self.nulls = extras.nulls();
    }

    fn field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        self.entry(name, value);
    }

    fn field_as<U: SerializeAs<T>, T: ?Sized>(&mut self, name: &'static str, value: &T) {
        self.entry(name, &SerializeAsWrap::<T, U>::new(value));
    }

    fn optional<T: Serialize>(&mut self, name: &'static str, value: &Option<T>) {
        match value {
            Some(value) => self.field(name, value),
            None if self.is_null(name) => self.entry(name, &()),
            None => {}
        }
    }

    fn optional_as<U: SerializeAs<T>, T>(&mut self, name: &'static str, value: &Option<T>) {
        match value {
            Some(value) => self.field_as::<U, T>(name, value),
            None if self.is_null(name) => self.entry(name, &()),
            None => {}
        }
    }

    fn optional_map<V: Serialize>(
        &mut self,
        name: &'static str,
        value: &Option<BTreeMap<String, V>>,
    ) {
        self.map_field::<V, Plain>(name, value);
    }

    fn optional_map_as<U: SerializeAs<V>, V>(
        &mut self,
        name: &'static str,
        value: &Option<BTreeMap<String, V>>,
    ) {
        self.map_field::<V, Adapted<U>>(name, value);
    }

    fn others<V: Serialize>(&mut self, others: &BTreeMap<String, V>) {
        for (key, value) in others {
            self.entry(key, value);
        }
    }

    fn others_as<U: SerializeAs<V>, V>(&mut self, others: &BTreeMap<String, V>) {
        for (key, value) in others {
            self.entry(key, &SerializeAsWrap::<V, U>::new(value));
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use serde_test::{assert_ser_tokens, Token};

    use super::*;
    use crate::internal::serde::{Int64, Same};

    /// Shaped as the generator writes a struct with an int64 field, a required field and a map
    /// of the properties its schema does not name.
    #[derive(Debug, Default, PartialEq)]
    struct Photo {
        size: Option<i64>,
        title: Option<String>,
        width: u32,
        others: BTreeMap<String, i64>,
    }

    impl Struct for Photo {
        const NAME: &'static str = "Photo";
        const FIELDS: &'static [&'static str] = &["size", "title", "width"];
        const KEEPS_OTHERS: bool = true;

        fn read_field<'de, A: MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> Result<(), A::Error> {
            match index {
                0 => read_as::<Option<Int64>, _, _>(map, &mut self.size),
                1 => read(map, &mut self.title),
                2 => read(map, &mut self.width),
                _ => skip(map),
            }
        }

        fn read_other<'de, A: MapAccess<'de>>(
            &mut self,
            key: String,
            map: &mut A,
        ) -> Result<(), A::Error> {
            read_other_as::<Int64, _, _>(map, key, &mut self.others)
        }

        fn write_fields<'a, W: WriteFields<'a>>(&'a self, out: &mut W) {
            out.optional_as::<Int64, _>("size", &self.size);
            out.optional("title", &self.title);
            out.field("width", &self.width);
            out.others_as::<Int64, _>(&self.others);
        }
    }

    impl<'de> serde::Deserialize<'de> for Photo {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize_struct(deserializer)
        }
    }

    impl Serialize for Photo {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serialize_struct(self, serializer)
        }
    }

    /// A struct without extra properties: unknown keys are skipped.
    #[derive(Debug, Default, PartialEq)]
    struct Plain {
        id: Option<String>,
    }

    impl Struct for Plain {
        const NAME: &'static str = "Plain";
        const FIELDS: &'static [&'static str] = &["id"];

        fn read_field<'de, A: MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> Result<(), A::Error> {
            match index {
                0 => read(map, &mut self.id),
                _ => skip(map),
            }
        }

        fn write_fields<'a, W: WriteFields<'a>>(&'a self, out: &mut W) {
            out.optional("id", &self.id);
        }
    }

    impl<'de> serde::Deserialize<'de> for Plain {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize_struct(deserializer)
        }
    }

    fn photo(json: &str) -> Result<Photo, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_fields_adapters_and_other_properties() {
        let read =
            photo(r#"{"width": 640, "size": "12", "title": "Dune", "extra": "7", "more": 8}"#);
        assert_eq!(
            read.unwrap(),
            Photo {
                size: Some(12),
                title: Some("Dune".into()),
                width: 640,
                others: BTreeMap::from([("extra".into(), 7), ("more".into(), 8)]),
            }
        );
    }

    #[test]
    fn missing_fields_keep_defaults_and_null_clears_an_option() {
        assert_eq!(photo(r#"{"title": null}"#).unwrap(), Photo::default());
        assert_eq!(photo("{}").unwrap(), Photo::default());
    }

    #[test]
    fn unknown_keys_are_skipped_whatever_their_value() {
        let plain: Plain =
            serde_json::from_str(r#"{"new": {"deep": [1, {"x": null}]}, "id": "a", "z": 1}"#)
                .unwrap();
        assert_eq!(
            plain,
            Plain {
                id: Some("a".into())
            }
        );
    }

    #[test]
    fn a_key_given_twice_is_an_error() {
        let err = photo(r#"{"title": "a", "title": "b"}"#).unwrap_err();
        assert!(err.starts_with("duplicate field `title`"), "{err}");
        // Also when the first value was null: the second would otherwise win unnoticed.
        let err = photo(r#"{"size": null, "size": "3"}"#).unwrap_err();
        assert!(err.starts_with("duplicate field `size`"), "{err}");
    }

    #[test]
    fn wrong_shapes_name_the_struct_and_the_field() {
        let err = photo(r#"["Dune"]"#).unwrap_err();
        assert!(
            err.starts_with("invalid type: sequence, expected struct Photo"),
            "{err}"
        );
        let err = photo(r#"{"width": "wide"}"#).unwrap_err();
        assert!(
            err.starts_with("invalid type: string \"wide\", expected u32"),
            "{err}"
        );
        let err = photo(r#"{"size": "1.5"}"#).unwrap_err();
        assert!(err.contains("64-bit integer"), "{err}");
    }

    #[test]
    fn keys_with_escapes_are_found_too() {
        // An escaped key cannot be borrowed from the input; it is still looked up.
        assert_eq!(
            photo(r#"{"t\u0069tle": "x"}"#).unwrap().title.as_deref(),
            Some("x")
        );
    }

    #[test]
    fn reads_from_a_json_value_as_well_as_from_text() {
        let value = json!({"size": 5, "title": "v", "k": "1"});
        let read: Photo = serde_json::from_value(value).unwrap();
        assert_eq!(read.size, Some(5));
        assert_eq!(read.others["k"], 1);
    }

    #[test]
    fn writes_set_fields_in_order_with_an_exact_length() {
        let photo = Photo {
            size: Some(3),
            title: None,
            width: 10,
            others: BTreeMap::from([("x".into(), 1)]),
        };
        assert_ser_tokens(
            &photo,
            &[
                Token::Map { len: Some(3) },
                Token::Str("size"),
                Token::Str("3"),
                Token::Str("width"),
                Token::U32(10),
                Token::Str("x"),
                Token::Str("1"),
                Token::MapEnd,
            ],
        );
        assert_eq!(
            serde_json::to_string(&Photo::default()).unwrap(),
            r#"{"width":0}"#
        );
    }

    /// Shaped as the generator writes a struct without `additionalProperties`: unknown
    /// properties kept (with the null marks), a map field of int64 values.
    #[derive(Debug, Default, PartialEq)]
    struct Kept {
        id: Option<String>,
        labels: Option<BTreeMap<String, i64>>,
        unknown_fields: UnknownFields,
    }

    impl Struct for Kept {
        const NAME: &'static str = "Kept";
        const FIELDS: &'static [&'static str] = &["id", "labels"];
        const KEEPS_OTHERS: bool = true;

        fn read_field<'de, A: MapAccess<'de>>(
            &mut self,
            index: usize,
            map: &mut A,
        ) -> Result<(), A::Error> {
            match index {
                0 => read(map, &mut self.id),
                1 => read_as::<Option<BTreeMap<Same, Int64>>, _, _>(map, &mut self.labels),
                _ => skip(map),
            }
        }

        fn read_other<'de, A: MapAccess<'de>>(
            &mut self,
            key: String,
            map: &mut A,
        ) -> Result<(), A::Error> {
            read_unknown(map, key, &mut self.unknown_fields)
        }

        fn write_fields<'a, W: WriteFields<'a>>(&'a self, out: &mut W) {
            out.extras(&self.unknown_fields);
            out.optional("id", &self.id);
            out.optional_map_as::<Int64, _>("labels", &self.labels);
        }
    }

    impl<'de> serde::Deserialize<'de> for Kept {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize_struct(deserializer)
        }
    }

    impl Serialize for Kept {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serialize_struct(self, serializer)
        }
    }

    #[test]
    fn unknown_properties_of_every_shape_go_back_unchanged() {
        let sent = json!({
            "id": "a",
            "zzNew": {"a": [1, 2, {"b": null}]},
            "text": "x", "int": -3, "float": 1.5, "big": 18446744073709551615_u64,
            "yes": true, "nothing": null, "list": [1, "2", [], {}], "empty": {}
        });
        let kept: Kept = serde_json::from_value(sent.clone()).unwrap();
        assert_eq!(kept.id.as_deref(), Some("a"));
        assert_eq!(kept.unknown_fields.len(), 9);
        assert_eq!(kept.unknown_fields.get("nothing"), Some(&json!(null)));
        assert_eq!(serde_json::to_value(&kept).unwrap(), sent);
        // The same from text, whose numbers and escapes take other paths.
        let text = r#"{"id":"a","zzNew":{"a":[1,2,{"b":null}]},"n":1e300,"e":"\u00e9"}"#;
        let kept: Kept = serde_json::from_str(text).unwrap();
        assert_eq!(kept.unknown_fields.get("e"), Some(&json!("é")));
    }

    #[test]
    fn a_struct_without_unknown_properties_holds_no_allocation() {
        let kept: Kept = serde_json::from_str(r#"{"id": "a", "labels": {"x": "1"}}"#).unwrap();
        assert!(kept.unknown_fields.is_empty());
        assert_eq!(format!("{:?}", kept.unknown_fields), "{}");
        assert_eq!(
            std::mem::size_of::<UnknownFields>(),
            std::mem::size_of::<usize>()
        );
    }

    #[test]
    fn an_unknown_property_named_like_a_field_is_not_written() {
        let mut kept = Kept {
            id: Some("field".into()),
            ..Kept::default()
        };
        kept.unknown_fields.insert("id", "unknown");
        kept.unknown_fields.insert("other", 1);
        assert_ser_tokens(
            &kept,
            &[
                Token::Map { len: Some(2) },
                Token::Str("id"),
                Token::Str("field"),
                Token::Str("other"),
                Token::U64(1),
                Token::MapEnd,
            ],
        );
    }

    #[test]
    fn marked_fields_and_entries_are_written_as_null() {
        let mut kept = Kept::default();
        kept.unknown_fields.mark_null("id", true);
        assert_eq!(serde_json::to_string(&kept).unwrap(), r#"{"id":null}"#);
        // A value set again wins over the mark.
        kept.id = Some("x".into());
        assert_eq!(serde_json::to_string(&kept).unwrap(), r#"{"id":"x"}"#);

        let mut kept = Kept::default();
        set_entry(
            &mut kept.labels,
            &mut kept.unknown_fields,
            "labels",
            "a".into(),
            Some(1),
        );
        set_entry(
            &mut kept.labels,
            &mut kept.unknown_fields,
            "labels",
            "gone".into(),
            None,
        );
        assert_ser_tokens(
            &kept,
            &[
                Token::Map { len: Some(1) },
                Token::Str("labels"),
                Token::Map { len: Some(2) },
                Token::Str("a"),
                Token::Str("1"),
                Token::Str("gone"),
                Token::Unit,
                Token::MapEnd,
                Token::MapEnd,
            ],
        );
        // Only the deletion: the map itself was never set.
        let mut kept = Kept::default();
        set_entry(
            &mut kept.labels,
            &mut kept.unknown_fields,
            "labels",
            "k".into(),
            None,
        );
        assert_eq!(kept.labels, None);
        assert_eq!(
            serde_json::to_string(&kept).unwrap(),
            r#"{"labels":{"k":null}}"#
        );
        // Set again, the entry is a value, not a null.
        set_entry(
            &mut kept.labels,
            &mut kept.unknown_fields,
            "labels",
            "k".into(),
            Some(2),
        );
        assert_eq!(
            serde_json::to_string(&kept).unwrap(),
            r#"{"labels":{"k":"2"}}"#
        );
        // Reading marks nothing.
        let read: Kept = serde_json::from_str(r#"{"id": null, "labels": {"k": "3"}}"#).unwrap();
        assert_eq!(read.unknown_fields, UnknownFields::default());
        assert_eq!(
            serde_json::to_string(&read).unwrap(),
            r#"{"labels":{"k":"3"}}"#
        );
    }

    #[test]
    fn past_128_fields_duplicates_are_still_found() {
        let mut seen = Seen::new(200);
        assert!(seen.first_time(150));
        assert!(!seen.first_time(150));
        assert!(seen.first_time(127));
        let mut seen = Seen::new(128);
        assert!(seen.first_time(127));
        assert!(!seen.first_time(127));
        assert!(seen.first_time(0));
    }

    /// A value that cannot be written, as a user's own `Serialize` might be.
    struct Unwritable;

    impl Serialize for Unwritable {
        fn serialize<S: Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
            Err(serde::ser::Error::custom("cannot write this"))
        }
    }

    #[test]
    fn the_first_write_error_stops_the_struct_and_is_returned() {
        #[derive(Default)]
        struct Mixed;
        impl Struct for Mixed {
            const NAME: &'static str = "Mixed";
            const FIELDS: &'static [&'static str] = &[];
            fn read_field<'de, A: MapAccess<'de>>(
                &mut self,
                _: usize,
                map: &mut A,
            ) -> Result<(), A::Error> {
                skip(map)
            }
            fn write_fields<'a, W: WriteFields<'a>>(&'a self, out: &mut W) {
                out.field("before", &1);
                out.field("bad", &Unwritable);
                out.optional("after", &Some(2));
            }
        }
        let mut written = Vec::new();
        let error =
            serialize_struct(&Mixed, &mut serde_json::Serializer::new(&mut written)).unwrap_err();
        assert_eq!(error.to_string(), "cannot write this");
        // Nothing after the failing field reached the output, not even the map's end.
        assert_eq!(String::from_utf8(written).unwrap(), r#"{"before":1,"bad":"#);
    }
}
