//! The properties of a JSON object that its schema does not name, kept so that they go back
//! to the server unchanged.

use std::fmt;

use serde_json::{Map, Value};

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
/// A key that names one of the struct's own fields is not written: the field is. Empty, it
/// holds no allocation.
#[derive(Clone, Default)]
pub struct UnknownFields(Option<Box<Map<String, Value>>>);

impl UnknownFields {
    /// No properties.
    pub fn new() -> Self {
        UnknownFields(None)
    }

    /// The value of the property `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.as_ref()?.get(name)
    }

    /// Sets the property `name`, returning its previous value. `Value::Null` sends `null`.
    pub fn insert(&mut self, name: impl Into<String>, value: impl Into<Value>) -> Option<Value> {
        self.0
            .get_or_insert_with(Default::default)
            .insert(name.into(), value.into())
    }

    /// Removes the property `name`, returning its value.
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        let map = self.0.as_mut()?;
        let value = map.remove(name);
        if map.is_empty() {
            self.0 = None;
        }
        value
    }

    /// Every property, in the order they were read or inserted.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.0
            .iter()
            .flat_map(|map| map.iter().map(|(k, v)| (k.as_str(), v)))
    }

    /// How many properties there are.
    pub fn len(&self) -> usize {
        self.0.as_ref().map_or(0, |map| map.len())
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Removes every property.
    pub fn clear(&mut self) {
        self.0 = None;
    }
}

/// Equal when they hold the same properties with the same values, whatever their order.
impl PartialEq for UnknownFields {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl fmt::Debug for UnknownFields {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
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
        assert!(a.0.is_none(), "emptied, it lets its map go");
        assert_eq!(a, UnknownFields::new());
    }
}
