//! Well-known value types used by Google APIs: timestamps, dates, durations and field masks.
//!
//! Each type serializes to the JSON string form the APIs use, and its `Display` gives the same
//! text, which is what goes into query parameters.

/// A value could not be parsed from its string form.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid {what} {input:?}: {reason}")]
pub struct ParseError {
    what: &'static str,
    input: String,
    reason: &'static str,
}

impl ParseError {
    pub(crate) fn new(what: &'static str, input: &str, reason: &'static str) -> Self {
        // The input is echoed back for context, so keep it short.
        let input = match input.char_indices().nth(64) {
            Some((cut, _)) => format!("{}…", &input[..cut]),
            None => input.to_owned(),
        };
        ParseError {
            what,
            input,
            reason,
        }
    }
}

/// Serde support shared by every type here: JSON string in, JSON string out.
macro_rules! string_serde {
    ($ty:ty, $expecting:literal) => {
        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                struct V;
                impl ::serde::de::Visitor<'_> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_str<E: ::serde::de::Error>(self, v: &str) -> Result<$ty, E> {
                        v.parse().map_err(E::custom)
                    }
                }
                deserializer.deserialize_str(V)
            }
        }
    };
}

mod date;
mod duration;
mod field_mask;
mod timestamp;

pub use date::Date;
pub use duration::Duration;
pub use field_mask::FieldMask;
pub use timestamp::Timestamp;
