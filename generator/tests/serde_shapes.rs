//! The `Serialize`/`Deserialize` the generator writes for structs, on a fixture of every
//! shape (`fixtures/shapes.json`, generated into `fixtures/crates/shapes`): what a server's
//! JSON becomes, and what goes back on the wire.

use google_shapes_v1::types::{Formats, Tree, Widget, WidgetColor, WidgetPartsItemKind};
use serde_json::{json, Value};

fn round_trip<T: serde::Serialize + serde::de::DeserializeOwned>(input: Value) -> (T, Value) {
    let typed: T = serde_json::from_value(input.clone()).expect("decodes");
    let from_text: T = serde_json::from_str(&input.to_string()).expect("decodes from text");
    let back = serde_json::to_value(&typed).expect("encodes");
    assert_eq!(serde_json::to_value(&from_text).unwrap(), back);
    (typed, back)
}

#[test]
fn every_format_reads_its_wire_encoding_and_writes_it_back() {
    let wire = json!({
        "count": "-9007199254740993",
        "total": "18446744073709551615",
        "small": -5,
        "unsigned": 7,
        "ratio": "NaN",
        "half": 0.5,
        "data": "aGk=",
        "at": "2024-06-26T10:00:00Z",
        "day": "2024-06-26",
        "wait": "3.500s",
        "mask": "a,b.c",
        "flag": true,
        "anything": {"free": [1, "form"]},
        "counts": ["1", "2"],
        "sizes": {"a": "10"},
        "nested": {"k": ["AA==", "AQ=="]}
    });
    let (formats, back): (Formats, Value) = round_trip(wire.clone());
    assert_eq!(formats.count, Some(-9_007_199_254_740_993));
    assert_eq!(formats.total, Some(u64::MAX));
    assert!(formats.ratio.unwrap().is_nan());
    assert_eq!(formats.data.as_deref(), Some(&b"hi"[..]));
    assert_eq!(formats.counts, Some(vec![1, 2]));
    assert_eq!(
        formats.nested.as_ref().unwrap()["k"],
        vec![vec![0], vec![1]]
    );
    assert_eq!(back, wire);
}

#[test]
fn numbers_given_as_numbers_are_written_back_as_strings() {
    let (formats, back): (Formats, Value) = round_trip(json!({"count": 12, "counts": [3]}));
    assert_eq!(formats.count, Some(12));
    assert_eq!(back, json!({"count": "12", "counts": ["3"]}));
}

#[test]
fn unset_fields_are_left_out_and_unknown_keys_are_kept() {
    let (formats, back): (Formats, Value) =
        round_trip(json!({"flag": false, "addedLater": {"x": 1}, "small": null}));
    let mut expected = Formats::default().set_flag(false);
    expected
        .unknown_fields
        .insert("addedLater", json!({"x": 1}));
    assert_eq!(formats, expected);
    // `small`, a known field received as `null`, reads as `None` and is left out.
    assert_eq!(back, json!({"flag": false, "addedLater": {"x": 1}}));
}

#[test]
fn inline_objects_enums_and_extra_properties() {
    let wire = json!({
        "name": "w",
        "color": "TEAL",
        "size": {"width": 3, "height": 4},
        "parts": [{"kind": "BOLT", "count": "2"}, {"kind": "RIVET"}],
        "extra": {"note": "n", "weight": "70", "depth": "5"}
    });
    let (widget, back): (Widget, Value) = round_trip(wire.clone());
    let parts = widget.parts.as_ref().unwrap();
    assert_eq!(parts[0].kind, Some(WidgetPartsItemKind::Bolt));
    // A value the document does not list survives the round trip.
    assert_eq!(parts[1].kind.as_ref().unwrap().as_str(), "RIVET");
    assert_eq!(widget.color, Some(WidgetColor::from("TEAL")));
    assert_eq!(widget.color.as_ref().map(WidgetColor::as_str), Some("TEAL"));
    let extra = widget.extra.as_ref().unwrap();
    assert_eq!(extra.note.as_deref(), Some("n"));
    assert_eq!(extra.additional_properties["weight"], 70);
    assert_eq!(extra.additional_properties["depth"], 5);
    assert_eq!(back, wire);
}

#[test]
fn recursive_types_nest() {
    let wire = json!({
        "parent": {"children": [{"byName": {"leaf": {}}}]},
        "children": []
    });
    let (tree, back): (Tree, Value) = round_trip(wire.clone());
    let parent = tree.parent.as_ref().unwrap();
    assert!(
        parent.children.as_ref().unwrap()[0]
            .by_name
            .as_ref()
            .unwrap()["leaf"]
            == Tree::default()
    );
    assert_eq!(back, wire);
}

#[test]
fn bad_json_is_an_error_that_names_what_was_expected() {
    let err = serde_json::from_value::<Formats>(json!({"count": "twelve"})).unwrap_err();
    assert!(err.to_string().contains("64-bit integer"), "{err}");
    let err = serde_json::from_value::<Widget>(json!({"size": [3, 4]})).unwrap_err();
    assert!(
        err.to_string().contains("expected struct WidgetSize"),
        "{err}"
    );
    let err = serde_json::from_str::<Widget>(r#"{"name": "a", "name": "b"}"#).unwrap_err();
    assert!(
        err.to_string().starts_with("duplicate field `name`"),
        "{err}"
    );
}
