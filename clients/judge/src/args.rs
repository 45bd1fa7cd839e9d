//! The arguments of a vector in the types of the client's constructors and setters. The
//! generated harness picks the function by the parameter's type; a value of the wrong shape
//! is a panic naming it, since the vectors are the project's own.

use std::fmt::Debug;
use std::str::FromStr;

use serde::de::DeserializeOwned;
use serde_json::Value;

/// A string argument.
pub fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => panic!("expected a string argument, got {other}"),
    }
}

/// An argument of a type that reads its own JSON form: numbers, flags, enums, dates, field
/// masks, request bodies.
pub fn de<T: DeserializeOwned>(value: &Value) -> T {
    serde_json::from_value(value.clone())
        .unwrap_or_else(|e| panic!("argument {value} does not fit its type: {e}"))
}

/// A 64-bit integer, given as a decimal string (its JSON form in Google's APIs) or a number.
pub fn big<T: FromStr<Err: Debug>>(value: &Value) -> T {
    let digits = match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        other => panic!("expected an integer argument, got {other}"),
    };
    digits
        .parse()
        .unwrap_or_else(|e| panic!("argument {digits} is not an integer of its type: {e:?}"))
}

/// A repeated argument: each element through `element`.
pub fn list<T>(value: &Value, element: impl Fn(&Value) -> T) -> Vec<T> {
    match value {
        Value::Array(items) => items.iter().map(element).collect(),
        one => vec![element(one)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_take_their_argument_types() {
        assert_eq!(text(&json!("a/b c")), "a/b c");
        assert_eq!(
            big::<i64>(&json!("9007199254740993")),
            9_007_199_254_740_993
        );
        assert_eq!(big::<u64>(&json!("18446744073709551615")), u64::MAX);
        assert_eq!(de::<i32>(&json!(7)), 7);
        assert_eq!(list(&json!(["1", "2"]), big::<i64>), [1, 2]);
    }
}
