//! `Debug` of generated structs: the struct's name and its JSON, as the API exchanges it.
//!
//! One generic function here instead of a derived `fmt` per struct: a derived `Debug` is a
//! function of every field for rustc to type-check and borrow-check in each crate, which for
//! an API of thousands of structs is seconds of every build. The JSON is also what a user
//! debugging a call wants to see: unset fields left out, explicit `null`s and properties the
//! schema does not name included.

use std::fmt;

use serde::Serialize;

use super::Struct;

/// Writes `Name {"field":value,…}`, or with `{:#?}` the JSON indented.
pub fn debug_struct<T: Struct + Serialize>(value: &T, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let json = if f.alternate() {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    match json {
        Ok(json) => write!(f, "{} {json}", T::NAME),
        Err(err) => write!(f, "{} (not writable as JSON: {err})", T::NAME),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::internal::serde::{serialize_struct, WriteFields};
    use crate::UnknownFields;

    #[derive(Default)]
    struct Album {
        title: Option<String>,
        count: Option<i32>,
        tags: Option<BTreeMap<String, String>>,
        unknown: UnknownFields,
    }

    impl Struct for Album {
        const NAME: &'static str = "Album";
        const FIELDS: &'static [&'static str] = &["count", "tags", "title"];
        const KEEPS_OTHERS: bool = true;

        fn read_field<'de, A: serde::de::MapAccess<'de>>(
            &mut self,
            _: usize,
            _: &mut A,
        ) -> Result<(), A::Error> {
            unreachable!("only written here")
        }

        fn write_fields<'a, W: WriteFields<'a>>(&'a self, out: &mut W) {
            out.extras(&self.unknown);
            out.optional("count", &self.count);
            out.optional_map("tags", &self.tags);
            out.optional("title", &self.title);
        }
    }

    impl Serialize for Album {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serialize_struct(self, serializer)
        }
    }

    impl fmt::Debug for Album {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            debug_struct(self, f)
        }
    }

    #[test]
    fn the_name_and_the_json_unset_fields_left_out() {
        let mut album = Album {
            title: Some("Trip".into()),
            ..Album::default()
        };
        album.unknown.mark_null("count", true);
        album
            .unknown
            .insert("coverPhotoBaseUrl", serde_json::json!("https://x/y"));
        assert_eq!(
            format!("{album:?}"),
            r#"Album {"count":null,"title":"Trip","coverPhotoBaseUrl":"https://x/y"}"#
        );
        assert_eq!(format!("{:#?}", Album::default()), "Album {}");
    }
}
