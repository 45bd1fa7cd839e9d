//! Request and response headers, as the runtime's own type.

use std::fmt;

use reqwest::header::{Entry, HeaderMap, HeaderName, HeaderValue};

/// HTTP headers: case-insensitive names (kept in lower case) and text values.
///
/// A value inserted with [`insert_sensitive`](Self::insert_sensitive) (the `Authorization`
/// header, an API key) is never shown by `Debug` and is marked sensitive for the transport,
/// which keeps it out of HTTP/2 header compression tables.
///
/// The storage is the HTTP library's own header map, kept private: cloning headers copies no
/// value and handing them to the default transport copies nothing, which is most of what a
/// request costs a client besides the network.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Headers {
    map: HeaderMap,
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

    /// The first value of `name` (any case); `None` also for a value that is not UTF-8.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.map.get(name).and_then(text)
    }

    /// Every value of `name` (any case), in order; values that are not UTF-8 are left out.
    pub fn get_all<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a str> + 'a {
        self.map.get_all(name).into_iter().filter_map(text)
    }

    /// Whether `name` (any case) is present.
    pub fn contains(&self, name: &str) -> bool {
        self.map.contains_key(name)
    }

    /// Whether `name` (any case) is present with a value marked sensitive.
    pub fn is_sensitive(&self, name: &str) -> bool {
        self.map
            .get_all(name)
            .into_iter()
            .any(HeaderValue::is_sensitive)
    }

    /// Sets `name` to `value`, replacing any value it had.
    pub fn insert(&mut self, name: &str, value: impl Into<String>) -> Result<(), InvalidHeader> {
        let (name, value) = checked(name, &value.into(), false)?;
        self.map.insert(name, value);
        Ok(())
    }

    /// Like [`insert`](Self::insert), for a value that must never be shown: a token or a key.
    pub fn insert_sensitive(
        &mut self,
        name: &str,
        value: impl Into<String>,
    ) -> Result<(), InvalidHeader> {
        let (name, value) = checked(name, &value.into(), true)?;
        self.map.insert(name, value);
        Ok(())
    }

    /// Adds a value of `name`, keeping the ones it has.
    pub fn append(&mut self, name: &str, value: impl Into<String>) -> Result<(), InvalidHeader> {
        let (name, value) = checked(name, &value.into(), false)?;
        self.map.append(name, value);
        Ok(())
    }

    /// Removes every value of `name` (any case).
    pub fn remove(&mut self, name: &str) {
        self.map.remove(name);
    }

    /// Every header as `(name, value)`, names in lower case, the values of one name together
    /// and in order; values that are not UTF-8 are left out.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.map
            .iter()
            .filter_map(|(name, value)| Some((name.as_str(), text(value)?)))
    }

    /// Every header as `(name, value, sensitive)`: what a transport sends.
    pub fn iter_with_sensitivity(&self) -> impl Iterator<Item = (&str, &str, bool)> {
        self.map
            .iter()
            .filter_map(|(name, value)| Some((name.as_str(), text(value)?, value.is_sensitive())))
    }

    /// How many values there are.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Adds every header of `other`, replacing those of the same names.
    pub fn extend_from(&mut self, other: &Headers) {
        for name in other.map.keys() {
            self.map.remove(name);
        }
        for (name, value) in &other.map {
            self.map.append(name.clone(), value.clone());
        }
    }

    /// Adds the headers of `defaults` whose names are not set here: the request's own win.
    pub(crate) fn add_defaults(&mut self, defaults: &Headers) {
        if self.map.is_empty() {
            // A request of no headers of its own (most GETs): the defaults whole.
            self.map = defaults.map.clone();
            return;
        }
        for name in defaults.map.keys() {
            if let Entry::Vacant(slot) = self.map.entry(name) {
                let mut values = defaults.map.get_all(name).iter();
                if let Some(first) = values.next() {
                    let mut set = slot.insert_entry(first.clone());
                    for value in values {
                        set.append(value.clone());
                    }
                }
            }
        }
    }

    /// Sets `Authorization` to a value made (and marked sensitive) once per token.
    pub(crate) fn set_authorization(&mut self, value: HeaderValue) {
        self.map.insert(reqwest::header::AUTHORIZATION, value);
    }

    /// The headers as the default transport's library holds them.
    pub(crate) fn into_map(self) -> HeaderMap {
        self.map
    }

    /// Headers that arrived through the default transport's library.
    pub(crate) fn from_map(map: HeaderMap) -> Self {
        Headers { map }
    }
}

/// `value` as a header value marked sensitive, or `None` when it cannot be one.
pub(crate) fn sensitive_value(value: &str) -> Option<HeaderValue> {
    let mut value = HeaderValue::from_str(value).ok()?;
    value.set_sensitive(true);
    Some(value)
}

fn text(value: &HeaderValue) -> Option<&str> {
    std::str::from_utf8(value.as_bytes()).ok()
}

fn checked(
    name: &str,
    value: &str,
    sensitive: bool,
) -> Result<(HeaderName, HeaderValue), InvalidHeader> {
    let name = HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| InvalidHeader(format!("invalid header name {name:?}")))?;
    let mut value = HeaderValue::from_str(value)
        .map_err(|_| InvalidHeader(format!("header `{name}` has an invalid value")))?;
    value.set_sensitive(sensitive);
    Ok((name, value))
}

impl fmt::Debug for Headers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for (name, value) in &self.map {
            let shown = match text(value) {
                _ if value.is_sensitive() => "<redacted>",
                Some(text) => text,
                None => "<not text>",
            };
            map.entry(&name.as_str(), &shown);
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
        let mut all: Vec<_> = h.iter().collect();
        all.sort();
        assert_eq!(
            all,
            [("content-type", "c/d"), ("x-many", "1"), ("x-many", "2")]
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
        h.insert("x-ok", "tab\tand ümlaut").unwrap();
        assert_eq!(h.get("x-ok"), Some("tab\tand ümlaut"));
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

    #[test]
    fn extending_replaces_names_and_keeps_every_value() {
        let mut base = Headers::new();
        base.insert("user-agent", "a").unwrap();
        base.insert("x-keep", "k").unwrap();
        let mut call = Headers::new();
        call.append("user-agent", "b").unwrap();
        call.append("user-agent", "c").unwrap();
        base.extend_from(&call);
        assert_eq!(base.get_all("user-agent").collect::<Vec<_>>(), ["b", "c"]);
        assert_eq!(base.get("x-keep"), Some("k"));
    }
}
