//! Which fields, and which entries of map fields, a struct sends as JSON `null`.

use std::fmt;

/// The fields of a generated struct marked to go as `null` while they are `None`, and the
/// entries of its map fields marked to go as `null`: what `set_or_clear_x(None)` and
/// `set_or_clear_x_entry(key, None)` record (kept in the struct's
/// [`UnknownFields`](crate::UnknownFields)), and what the struct's writer reads. With PATCH
/// semantics a `null` clears a field on the server, and a `null` entry deletes a map key.
/// Decoding never marks anything.
#[derive(Clone, Default, PartialEq, Eq)]
pub(crate) struct NullMarks(Vec<Null>);

#[derive(Clone, Debug, PartialEq, Eq)]
enum Null {
    Field(&'static str),
    Entry(&'static str, String),
}

impl NullMarks {
    /// Marks the field `wire_name` to be sent as `null` while it is `None` (`null: true`), or
    /// takes the mark away.
    pub(crate) fn mark(&mut self, wire_name: &'static str, null: bool) {
        self.set(Null::Field(wire_name), null);
    }

    /// Marks the entry `key` of the map field `wire_name` to be sent as `null` while the map
    /// lacks it, or takes the mark away.
    pub(crate) fn mark_entry(&mut self, wire_name: &'static str, key: &str, null: bool) {
        self.set(Null::Entry(wire_name, key.to_owned()), null);
    }

    fn set(&mut self, null: Null, marked: bool) {
        if marked {
            if !self.0.contains(&null) {
                self.0.push(null);
            }
        } else {
            self.0.retain(|n| *n != null);
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether the field `wire_name` is marked.
    pub(crate) fn is_marked(&self, wire_name: &str) -> bool {
        self.0
            .iter()
            .any(|n| matches!(n, Null::Field(f) if *f == wire_name))
    }

    /// The marked entries of the map field `wire_name`.
    pub(crate) fn entries<'a>(&'a self, wire_name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0.iter().filter_map(move |n| match n {
            Null::Entry(f, key) if *f == wire_name => Some(key.as_str()),
            _ => None,
        })
    }
}

impl fmt::Debug for NullMarks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut list = f.debug_list();
        for null in &self.0 {
            match null {
                Null::Field(name) => list.entry(name),
                Null::Entry(name, key) => list.entry(&format_args!("{name}[{key:?}]")),
            };
        }
        list.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_come_and_go() {
        let mut nulls = NullMarks::default();
        nulls.mark("a", true);
        nulls.mark("a", true);
        nulls.mark_entry("m", "k", true);
        assert!(nulls.is_marked("a") && !nulls.is_marked("m"));
        assert_eq!(nulls.entries("m").collect::<Vec<_>>(), ["k"]);
        assert_eq!(format!("{nulls:?}"), r#"["a", m["k"]]"#);
        nulls.mark("a", false);
        nulls.mark_entry("m", "k", false);
        assert!(nulls.is_empty());
    }
}
