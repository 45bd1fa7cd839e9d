//! Serde adapters for how Google APIs put values into JSON.
//!
//! 64-bit integers travel as JSON strings (JavaScript numbers lose precision past 2^53) and
//! byte fields as base64 strings. The marker types here are [`serde_with`] adapters, so a
//! value of any shape composes them: a generated struct reads an `Option<Vec<i64>>` field
//! with `read_as::<Option<Vec<Int64>>, _, _>` and writes it with
//! `WriteFields::optional_as::<Vec<Int64>, _>` (see `structs`, which reads and writes every
//! generated struct); hand-written types can use `#[serde(with = "As::<…>")]`.
//!
//! Parsing is lenient (numbers or strings, either base64 alphabet) and writing is canonical,
//! so a value read from the server is always written back in the form the server expects.

use std::fmt;

use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine as _;
use serde::de::{Error as _, Visitor};
use serde::{Deserializer, Serializer};
pub use serde_with::{As, DeserializeAs, Same, SerializeAs};

mod debug;
mod nulls;
mod structs;
pub use debug::debug_struct;
pub(crate) use nulls::NullMarks;
pub use structs::{
    deserialize_struct, read, read_as, read_other, read_other_as, read_unknown, serialize_struct,
    set_entry, skip, Struct, WriteFields,
};

/// `i64` written as a JSON string, read from a string or a number.
#[derive(Clone, Copy, Debug)]
pub struct Int64;

/// `u64` written as a JSON string, read from a string or a number.
#[derive(Clone, Copy, Debug)]
pub struct UInt64;

/// `Vec<u8>` written as standard base64 with padding, read from the standard or URL-safe
/// alphabet, padded or not.
#[derive(Clone, Copy, Debug)]
pub struct Base64;

/// `f64` that also accepts the strings `"NaN"`, `"Infinity"` and `"-Infinity"` (and numeric
/// strings), and writes non-finite values as those strings instead of JSON `null`.
#[derive(Clone, Copy, Debug)]
pub struct Float64;

/// `f32` counterpart of [`Float64`].
#[derive(Clone, Copy, Debug)]
pub struct Float32;

// --- integers ---------------------------------------------------------------------------------

/// Reads an integer given as JSON number or string, converted through `i128` so one visitor
/// serves both signed and unsigned targets.
struct IntVisitor(&'static str);

impl Visitor<'_> for IntVisitor {
    type Value = i128;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} as a string or number", self.0)
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<i128, E> {
        Ok(v.into())
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<i128, E> {
        Ok(v.into())
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<i128, E> {
        // Only exact integers, e.g. `1e3`; anything else would silently lose information.
        if v.fract() == 0.0 && v.abs() < 1.8e19 {
            Ok(v as i128)
        } else {
            Err(E::custom(format_args!("expected {}, found {v}", self.0)))
        }
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<i128, E> {
        v.trim()
            .parse()
            .map_err(|_| E::custom(format_args!("expected {}, found {v:?}", self.0)))
    }
}

impl SerializeAs<i64> for Int64 {
    fn serialize_as<S: Serializer>(value: &i64, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(value)
    }
}

impl<'de> DeserializeAs<'de, i64> for Int64 {
    fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<i64, D::Error> {
        let v = deserializer.deserialize_any(IntVisitor("a 64-bit integer"))?;
        i64::try_from(v).map_err(|_| D::Error::custom(format_args!("{v} is out of range for i64")))
    }
}

impl SerializeAs<u64> for UInt64 {
    fn serialize_as<S: Serializer>(value: &u64, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(value)
    }
}

impl<'de> DeserializeAs<'de, u64> for UInt64 {
    fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
        let v = deserializer.deserialize_any(IntVisitor("an unsigned 64-bit integer"))?;
        u64::try_from(v).map_err(|_| D::Error::custom(format_args!("{v} is out of range for u64")))
    }
}

// --- floats -----------------------------------------------------------------------------------

struct FloatVisitor;

impl Visitor<'_> for FloatVisitor {
    type Value = f64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number, or \"NaN\", \"Infinity\" or \"-Infinity\"")
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<f64, E> {
        Ok(v)
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<f64, E> {
        Ok(v as f64)
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<f64, E> {
        Ok(v as f64)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<f64, E> {
        match v {
            "NaN" => Ok(f64::NAN),
            "Infinity" => Ok(f64::INFINITY),
            "-Infinity" => Ok(f64::NEG_INFINITY),
            _ => v
                .trim()
                .parse()
                .map_err(|_| E::custom(format_args!("expected a number, found {v:?}"))),
        }
    }
}

fn serialize_float<S: Serializer>(value: f64, serializer: S) -> Result<S::Ok, S::Error> {
    if value.is_nan() {
        serializer.serialize_str("NaN")
    } else if value.is_infinite() && value > 0.0 {
        serializer.serialize_str("Infinity")
    } else if value.is_infinite() {
        serializer.serialize_str("-Infinity")
    } else {
        serializer.serialize_f64(value)
    }
}

impl SerializeAs<f64> for Float64 {
    fn serialize_as<S: Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_float(*value, serializer)
    }
}

impl<'de> DeserializeAs<'de, f64> for Float64 {
    fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<f64, D::Error> {
        deserializer.deserialize_any(FloatVisitor)
    }
}

impl SerializeAs<f32> for Float32 {
    fn serialize_as<S: Serializer>(value: &f32, serializer: S) -> Result<S::Ok, S::Error> {
        if value.is_finite() {
            serializer.serialize_f32(*value)
        } else {
            serialize_float(f64::from(*value), serializer)
        }
    }
}

impl<'de> DeserializeAs<'de, f32> for Float32 {
    fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<f32, D::Error> {
        deserializer.deserialize_any(FloatVisitor).map(|v| v as f32)
    }
}

// --- base64 -----------------------------------------------------------------------------------

const LENIENT: GeneralPurposeConfig = GeneralPurposeConfig::new()
    .with_encode_padding(true)
    .with_decode_padding_mode(DecodePaddingMode::Indifferent);
const STANDARD: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::STANDARD, LENIENT);
const URL_SAFE: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::URL_SAFE, LENIENT);

/// Encodes bytes the way Google APIs expect in JSON: standard alphabet, padded.
pub fn encode_base64(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

/// Decodes base64 in either alphabet, with or without padding, ignoring ASCII whitespace.
pub fn decode_base64(text: &str) -> Result<Vec<u8>, base64::DecodeError> {
    let cleaned;
    let mut text = text;
    if text.bytes().any(|b| b.is_ascii_whitespace()) {
        cleaned = text
            .chars()
            .filter(|c| !c.is_ascii_whitespace())
            .collect::<String>();
        text = &cleaned;
    }
    if text.bytes().any(|b| b == b'-' || b == b'_') {
        URL_SAFE.decode(text)
    } else {
        STANDARD.decode(text)
    }
}

impl<T: AsRef<[u8]>> SerializeAs<T> for Base64 {
    fn serialize_as<S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&encode_base64(value.as_ref()))
    }
}

impl<'de> DeserializeAs<'de, Vec<u8>> for Base64 {
    fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Vec<u8>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a base64 string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Vec<u8>, E> {
                decode_base64(v).map_err(|e| E::custom(format_args!("invalid base64: {e}")))
            }
        }
        deserializer.deserialize_str(V)
    }
}

// --- string enums -----------------------------------------------------------------------------

/// Deserializes a string enum (generated enums call this; they serialize `self.as_str()`
/// themselves) through its `From<&str>`/`From<String>` conversions, so unknown
/// values reach the enum's catch-all variant instead of failing. Borrowed input avoids an
/// allocation for known variants.
///
/// The text is read by one visitor for every enum, and only the conversion is the enum's:
/// a program that reads eighty enums compiles the deserializer's string path once, not
/// eighty times.
pub fn deserialize_enum<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: for<'a> From<&'a str> + From<String>,
{
    Ok(match deserializer.deserialize_str(TextVisitor)? {
        std::borrow::Cow::Borrowed(text) => T::from(text),
        std::borrow::Cow::Owned(text) => T::from(text),
    })
}

/// A string, borrowed from the input where it can be.
struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = std::borrow::Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Borrowed(v))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Owned(v.to_owned()))
    }

    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Owned(v))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Serialize};
    use serde_json::json;

    #[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Sample {
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "super::As::<Option<super::Int64>>"
        )]
        size: Option<i64>,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "super::As::<Option<Vec<super::UInt64>>>"
        )]
        counts: Option<Vec<u64>>,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "super::As::<Option<BTreeMap<super::Same, super::Int64>>>"
        )]
        by_name: Option<BTreeMap<String, i64>>,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "super::As::<Option<super::Base64>>"
        )]
        data: Option<Vec<u8>>,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "super::As::<Option<Vec<super::Base64>>>"
        )]
        chunks: Option<Vec<Vec<u8>>>,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "super::As::<Option<super::Float64>>"
        )]
        score: Option<f64>,
    }

    #[test]
    fn int64_writes_strings_and_reads_both() {
        let s: Sample = serde_json::from_value(json!({
            "size": 9007199254740993_i64,
            "counts": ["18446744073709551615", 7],
            "byName": {"a": "-9223372036854775808", "b": 1},
        }))
        .unwrap();
        assert_eq!(s.size, Some(9_007_199_254_740_993));
        assert_eq!(s.counts, Some(vec![u64::MAX, 7]));
        assert_eq!(s.by_name.as_ref().unwrap()["a"], i64::MIN);
        let back = serde_json::to_value(&s).unwrap();
        assert_eq!(
            back,
            json!({
                "size": "9007199254740993",
                "counts": ["18446744073709551615", "7"],
                "byName": {"a": "-9223372036854775808", "b": "1"},
            })
        );
        assert_eq!(serde_json::from_value::<Sample>(back).unwrap(), s);
    }

    #[test]
    fn int64_rejects_out_of_range_and_fractions() {
        for bad in [
            json!({"size": "9223372036854775808"}),
            json!({"size": 1.5}),
            json!({"size": "twelve"}),
            json!({"size": true}),
            json!({"counts": [-1]}),
            json!({"counts": ["-1"]}),
        ] {
            assert!(
                serde_json::from_value::<Sample>(bad.clone()).is_err(),
                "{bad}"
            );
        }
        let s: Sample = serde_json::from_value(json!({"size": 1e3})).unwrap();
        assert_eq!(s.size, Some(1000));
        assert_eq!(
            serde_json::from_value::<Sample>(json!({"size": null})).unwrap(),
            Sample::default()
        );
    }

    #[test]
    fn base64_accepts_both_alphabets_with_or_without_padding() {
        let bytes = vec![0xfb, 0xff, 0xfe, 0x01];
        for text in ["+//+AQ==", "+//+AQ", "-__-AQ==", "-__-AQ", "+//+\nAQ=="] {
            let s: Sample = serde_json::from_value(json!({ "data": text })).unwrap();
            assert_eq!(s.data.as_deref(), Some(&bytes[..]), "{text}");
        }
        let s = Sample {
            data: Some(bytes.clone()),
            chunks: Some(vec![vec![], b"hi".to_vec()]),
            ..Sample::default()
        };
        let v = serde_json::to_value(&s).unwrap();
        assert_eq!(v, json!({"data": "+//+AQ==", "chunks": ["", "aGk="]}));
        assert_eq!(serde_json::from_value::<Sample>(v).unwrap(), s);
        assert!(serde_json::from_value::<Sample>(json!({"data": "@@@"})).is_err());
        assert!(serde_json::from_value::<Sample>(json!({"data": "+/-_"})).is_err());
    }

    #[test]
    fn float64_handles_non_finite_strings() {
        let s: Sample = serde_json::from_value(json!({"score": "NaN"})).unwrap();
        assert!(s.score.unwrap().is_nan());
        let s: Sample = serde_json::from_value(json!({"score": "-Infinity"})).unwrap();
        assert_eq!(s.score, Some(f64::NEG_INFINITY));
        assert_eq!(
            serde_json::to_value(&s).unwrap(),
            json!({"score": "-Infinity"})
        );
        let s: Sample = serde_json::from_value(json!({"score": 2})).unwrap();
        assert_eq!(serde_json::to_value(&s).unwrap(), json!({"score": 2.0}));
    }

    #[derive(Debug, PartialEq)]
    enum Color {
        Red,
        Other(String),
    }
    impl From<&str> for Color {
        fn from(v: &str) -> Self {
            match v {
                "RED" => Color::Red,
                _ => Color::Other(v.to_owned()),
            }
        }
    }
    impl From<String> for Color {
        fn from(v: String) -> Self {
            match v.as_str() {
                "RED" => Color::Red,
                _ => Color::Other(v),
            }
        }
    }
    impl Color {
        fn as_str(&self) -> &str {
            match self {
                Color::Red => "RED",
                Color::Other(v) => v,
            }
        }
    }
    impl Serialize for Color {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }
    impl<'de> Deserialize<'de> for Color {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            super::deserialize_enum(d)
        }
    }

    #[test]
    fn enums_keep_unknown_values() {
        let v: Vec<Color> = serde_json::from_str(r#"["RED","PUCE"]"#).unwrap();
        assert_eq!(v, [Color::Red, Color::Other("PUCE".into())]);
        assert_eq!(serde_json::to_string(&v).unwrap(), r#"["RED","PUCE"]"#);
        let v: Color = serde_json::from_value(json!("RED")).unwrap();
        assert_eq!(v, Color::Red);
        assert!(serde_json::from_str::<Color>("3").is_err());
    }
}
