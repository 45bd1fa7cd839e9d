//! Bad input never panics: every value of a fixture document, replaced by a value of another
//! shape, either still generates or gives an error — and an error that names where.

use discogen::{generate, Options};
use serde_json::Value;

/// Every JSON pointer of `value`, root excluded.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let p = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                pointers(v, p, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let p = format!("{at}/{i}");
                out.push(p.clone());
                pointers(v, p, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_value_replaced_by_a_wrong_shape_is_handled() {
    let original: Value =
        serde_json::from_str(include_str!("fixtures/features.json")).expect("fixture is JSON");
    let mut all = Vec::new();
    pointers(&original, String::new(), &mut all);
    assert!(
        all.len() > 100,
        "the fixture is big enough to mean something"
    );
    let replacements = [
        Value::Null,
        Value::from(7),
        Value::from("x"),
        Value::Array(vec![]),
        serde_json::json!({"$ref": "Nowhere"}),
    ];
    let mut errors = 0;
    for pointer in &all {
        for replacement in &replacements {
            let mut doc = original.clone();
            *doc.pointer_mut(pointer)
                .expect("pointer from the same document") = replacement.clone();
            let json = doc.to_string();
            let result = std::panic::catch_unwind(|| generate(&json, &Options::default()));
            match result {
                Err(_) => panic!("generate panicked with {pointer} = {replacement}"),
                Ok(Err(e)) => {
                    errors += 1;
                    let message = e.to_string();
                    assert!(!message.is_empty(), "{pointer}");
                }
                Ok(Ok(_)) => {}
            }
        }
    }
    assert!(errors > 0, "some replacements must be refused");
}
