//! Request and response headers, as the runtime's own type.

use std::fmt;

/// HTTP headers: case-insensitive names (kept in lower case), text values, in order.
///
/// A value inserted with [`insert_sensitive`](Self::insert_sensitive) (the `Authorization`
/// header, an API key) is never shown by `Debug` and is marked sensitive for the transport,
/// which keeps it out of HTTP/2 header compression tables.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Headers {
    entries: Vec<Entry>,
}

#[derive(Clone, PartialEq, Eq)]
struct Entry {
    name: String,
    value: String,
    sensitive: bool,
}

/// A header name or value that cannot go on the wire.
///
/// The message names the header but never repeats the value, which may be a credential.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidHeader(String);

impl Headers {
    /// No headers.
    pub fn new() -> Self {
        Headers::default()
    }

    /// The first value of `name` (any case).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|e| e.name.eq_ignore_ascii_case(name))
            .map(|e| e.value.as_str())
    }

    /// Every value of `name` (any case), in order.
    pub fn get_all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.entries
            .iter()
            .filter(move |e| e.name.eq_ignore_ascii_case(name))
            .map(|e| e.value.as_str())
    }

    /// Whether `name` (any case) is present.
    pub fn contains(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// Whether `name` (any case) is present with a value marked sensitive.
    pub fn is_sensitive(&self, name: &str) -> bool {
        self.entries
            .iter()
            .any(|e| e.sensitive && e.name.eq_ignore_ascii_case(name))
    }

    /// Sets `name` to `value`, replacing any value it had.
    pub fn insert(&mut self, name: &str, value: impl Into<String>) -> Result<(), InvalidHeader> {
        self.set(name, value.into(), false, true)
    }

    /// Like [`insert`](Self::insert), for a value that must never be shown: a token or a key.
    pub fn insert_sensitive(
        &mut self,
        name: &str,
        value: impl Into<String>,
    ) -> Result<(), InvalidHeader> {
        self.set(name, value.into(), true, true)
    }

    /// Adds a value of `name`, keeping the ones it has.
    pub fn append(&mut self, name: &str, value: impl Into<String>) -> Result<(), InvalidHeader> {
        self.set(name, value.into(), false, false)
    }

    /// Removes every value of `name` (any case).
    pub fn remove(&mut self, name: &str) {
        self.entries.retain(|e| !e.name.eq_ignore_ascii_case(name));
    }

    /// Every header as `(name, value)`, names in lower case, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.entries
            .iter()
            .map(|e| (e.name.as_str(), e.value.as_str()))
    }

    /// Every header as `(name, value, sensitive)`: what a transport sends.
    pub fn iter_with_sensitivity(&self) -> impl Iterator<Item = (&str, &str, bool)> {
        self.entries
            .iter()
            .map(|e| (e.name.as_str(), e.value.as_str(), e.sensitive))
    }

    /// How many values there are.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Adds every header of `other`, replacing those of the same names.
    pub fn extend_from(&mut self, other: &Headers) {
        for entry in &other.entries {
            self.remove(&entry.name);
        }
        self.entries.extend(other.entries.iter().cloned());
    }

    fn set(
        &mut self,
        name: &str,
        value: String,
        sensitive: bool,
        replace: bool,
    ) -> Result<(), InvalidHeader> {
        if name.is_empty() || !name.bytes().all(is_token_byte) {
            return Err(InvalidHeader(format!("invalid header name {name:?}")));
        }
        if value.bytes().any(|b| (b < b' ' && b != b'\t') || b == 0x7f) {
            return Err(InvalidHeader(format!(
                "header `{name}` has an invalid value"
            )));
        }
        if replace {
            self.remove(name);
        }
        self.entries.push(Entry {
            name: name.to_ascii_lowercase(),
            value,
            sensitive,
        });
        Ok(())
    }
}

/// `tchar` of RFC 9110.
fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

impl fmt::Debug for Headers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for e in &self.entries {
            let value: &dyn fmt::Debug = if e.sensitive { &"<redacted>" } else { &e.value };
            map.entry(&e.name, value);
        }
        map.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_case_insensitive_and_insert_replaces() {
        let mut h = Headers::new();
        h.insert("Content-Type", "a/b").unwrap();
        h.append("X-Many", "1").unwrap();
        h.append("x-many", "2").unwrap();
        h.insert("content-type", "c/d").unwrap();
        assert_eq!(h.get("CONTENT-TYPE"), Some("c/d"));
        assert_eq!(h.get_all("X-MANY").collect::<Vec<_>>(), ["1", "2"]);
        assert_eq!(
            h.iter().collect::<Vec<_>>(),
            [("x-many", "1"), ("x-many", "2"), ("content-type", "c/d")]
        );
        h.remove("X-Many");
        assert_eq!(h.len(), 1);
    }

    #[test]
    fn bad_names_and_values_are_refused_without_echoing_the_value() {
        let mut h = Headers::new();
        assert!(h.insert("", "x").is_err());
        assert!(h.insert("bad name", "x").is_err());
        let err = h.insert("x-key", "secret\r\nx: y").unwrap_err();
        assert!(!err.to_string().contains("secret"), "{err}");
        assert!(h.insert("x-ok", "tab\tand ümlaut").is_ok());
    }

    #[test]
    fn sensitive_values_stay_out_of_debug() {
        let mut h = Headers::new();
        h.insert_sensitive("Authorization", "Bearer ya29.secret")
            .unwrap();
        h.insert("x-plain", "shown").unwrap();
        let shown = format!("{h:?}");
        assert!(!shown.contains("ya29"), "{shown}");
        assert!(shown.contains("<redacted>") && shown.contains("shown"));
        assert!(h.is_sensitive("authorization"));
        assert_eq!(h.get("authorization"), Some("Bearer ya29.secret"));
    }
}
