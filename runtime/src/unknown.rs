//! What a generated struct carries besides its fields: the properties of its JSON object that
//! its schema does not name, kept so that they go back to the server unchanged, and which of
//! its fields it sends as `null`.

use std::fmt;

use serde_json::{Map, Value};

use crate::internal::serde::NullMarks;

/// The properties of an object that the struct's schema, in the revision its crate was
/// generated from, does not name: kept when the struct is read, written back after its
/// fields when it is sent.
///
/// Every generated struct has one, as its public field `unknown_fields`. A program built
/// against an older revision can so read an object, change a field and send it back with a
/// full replace (`update`) without erasing what a newer revision added. It is also how to send
/// a property this revision does not know yet:
///
/// ```
/// # use discogen_runtime::UnknownFields;
/// # use serde_json::json;
/// let mut unknown = UnknownFields::new();
/// unknown.insert("newProperty", json!({"enabled": true}));
/// assert_eq!(unknown.get("newProperty"), Some(&json!({"enabled": true})));
/// ```
///
/// A key that names one of the struct's own fields is not written: the field is. Values are
/// `serde_json::Value`s, so a number beyond what an `f64` holds (`1e400`) cannot be kept:
/// reading it fails, with the path of the property.
///
/// It also records which of the struct's fields go as `null` (`set_or_clear_x(None)`), so
/// that a struct carries one extra field, which holds no allocation until an unknown
/// property arrives or a field is marked. Equality compares both; `Debug` shows both.
#[derive(Clone, Default)]
pub struct UnknownFields(Option<Box<Extras>>);

#[derive(Clone, Default)]
struct Extras {
    properties: Map<String, Value>,
    nulls: NullMarks,
}

impl UnknownFields {
    /// No properties.
    pub fn new() -> Self {
        UnknownFields(None)
    }

    /// The value of the property `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.as_ref()?.properties.get(name)
    }

    /// Sets the property `name`, returning its previous value. `Value::Null` sends `null`.
    pub fn insert(&mut self, name: impl Into<String>, value: impl Into<Value>) -> Option<Value> {
        self.extras().properties.insert(name.into(), value.into())
    }

    /// Removes the property `name`, returning its value.
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        let value = self.0.as_mut()?.properties.remove(name);
        self.tidy();
        value
    }

    /// Every property, in the order of their names.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.0
            .iter()
            .flat_map(|extras| extras.properties.iter().map(|(k, v)| (k.as_str(), v)))
    }

    /// How many properties there are.
    pub fn len(&self) -> usize {
        self.0.as_ref().map_or(0, |extras| extras.properties.len())
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Removes every property (the null marks of the fields stay).
    pub fn clear(&mut self) {
        if let Some(extras) = &mut self.0 {
            extras.properties.clear();
        }
        self.tidy();
    }

    /// Marks the field `wire_name` to be sent as `null` while it is `None`, or takes the mark
    /// away: what a generated `set_or_clear_x` does.
    #[doc(hidden)]
    pub fn mark_null(&mut self, wire_name: &'static str, null: bool) {
        if null || self.0.is_some() {
            self.extras().nulls.mark(wire_name, null);
            self.tidy();
        }
    }

    /// Marks the entry `key` of the map field `wire_name` to be sent as `null`, or takes the
    /// mark away: what a generated `set_or_clear_x_entry` does.
    #[doc(hidden)]
    pub fn mark_null_entry(&mut self, wire_name: &'static str, key: &str, null: bool) {
        if null || self.0.is_some() {
            self.extras().nulls.mark_entry(wire_name, key, null);
            self.tidy();
        }
    }

    /// The marks, when there are any.
    pub(crate) fn nulls(&self) -> Option<&NullMarks> {
        self.0
            .as_ref()
            .map(|extras| &extras.nulls)
            .filter(|nulls| !nulls.is_empty())
    }

    fn extras(&mut self) -> &mut Extras {
        self.0.get_or_insert_with(Default::default)
    }

    /// Lets the allocation go once nothing is left in it.
    fn tidy(&mut self) {
        if self
            .0
            .as_ref()
            .is_some_and(|e| e.properties.is_empty() && e.nulls.is_empty())
        {
            self.0 = None;
        }
    }
}

/// Equal when they hold the same properties with the same values, whatever their order, and
/// the same null marks.
impl PartialEq for UnknownFields {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len()
            && self.iter().all(|(k, v)| other.get(k) == Some(v))
            && self.nulls() == other.nulls()
    }
}

impl fmt::Debug for UnknownFields {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.nulls() {
            None => f.debug_map().entries(self.iter()).finish(),
            Some(nulls) => f
                .debug_struct("UnknownFields")
                .field("properties", &DebugMap(self))
                .field("sent_as_null", nulls)
                .finish(),
        }
    }
}

struct DebugMap<'a>(&'a UnknownFields);

impl fmt::Debug for DebugMap<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.0.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn empty_holds_nothing_and_equality_ignores_order() {
        let mut a = UnknownFields::new();
        assert!(a.is_empty() && a.0.is_none());
        a.insert("x", 1);
        a.insert("y", json!([null]));
        let mut b = UnknownFields::new();
        b.insert("y", json!([null]));
        b.insert("x", 1);
        assert_eq!(a, b);
        b.insert("x", 2);
        assert_ne!(a, b);
        assert_eq!(format!("{a:?}"), r#"{"x": Number(1), "y": Array [Null]}"#);
        a.remove("x");
        a.remove("y");
        assert!(a.0.is_none(), "emptied, it lets its allocation go");
        assert_eq!(a, UnknownFields::new());
    }

    #[test]
    fn null_marks_count_in_equality_and_debug_and_come_and_go() {
        let mut a = UnknownFields::new();
        a.mark_null("contentType", false);
        assert!(
            a.0.is_none(),
            "taking away a mark that is not there allocates nothing"
        );
        a.mark_null("contentType", true);
        a.mark_null_entry("metadata", "k", true);
        assert!(a.is_empty(), "marks are not properties");
        assert_ne!(a, UnknownFields::new());
        assert_eq!(
            format!("{a:?}"),
            r#"UnknownFields { properties: {}, sent_as_null: ["contentType", metadata["k"]] }"#
        );
        a.mark_null("contentType", false);
        a.mark_null_entry("metadata", "k", false);
        assert!(a.0.is_none());
    }
}
