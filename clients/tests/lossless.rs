//! Nothing lost on the way back: properties a client's revision does not know survive a read
//! and a write, and a request can say `null` (clear a field, delete a map entry), on real
//! schemas: Cloud Storage's `Object`, Drive's `File` (both generated from the corpus) and
//! Compute Engine's `Instance` (`generator/tests/fixtures/compute_instance.json`, the part of
//! compute.v1 that reaches it).
//!
//! The wire tests run through the mock transport. fake-gcs-server, the real storage server
//! of `storage_fake_gcs.rs`, does not implement `null` deletion (it stores `""` for a metadata
//! key sent as `null`), so what a PATCH sends is asserted on the recorded request instead.

use google_compute_v1 as compute;
use google_drive_v3 as drive;
use google_storage_v1 as storage;
use serde_json::{json, Value};
use storage::rt::http::Method;
use storage::rt::testing::{MockReply, MockTransport};

/// Unknown properties of every JSON shape, nested ones included.
fn every_shape() -> Value {
    json!({
        "zzNew": {"a": [1, 2, {"b": null}]},
        "zzText": "x", "zzInt": -3, "zzFloat": 1.5, "zzBig": 18446744073709551615_u64,
        "zzTrue": true, "zzFalse": false, "zzNull": null,
        "zzList": [1, "2", [], {}, null], "zzEmpty": {}
    })
}

/// `known` with every shape of unknown property added at its top level.
fn with_unknown(mut known: Value) -> Value {
    let extra = every_shape();
    let object = known.as_object_mut().expect("an object");
    for (key, value) in extra.as_object().expect("an object") {
        object.insert(key.clone(), value.clone());
    }
    known
}

/// Decodes `sent` into `T` and encodes it again: the same JSON must come out.
fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(sent: &Value) -> T {
    let decoded: T = serde_json::from_value(sent.clone()).expect("decodes");
    let again = serde_json::to_value(&decoded).expect("encodes");
    assert_eq!(&again, sent, "what went in came out");
    // And through text, as a client reads and writes it.
    let text = serde_json::to_string(sent).expect("text");
    let decoded_text: T = serde_json::from_str(&text).expect("decodes from text");
    let again: Value =
        serde_json::from_slice(&serde_json::to_vec(&decoded_text).expect("encodes")).unwrap();
    assert_eq!(&again, sent, "and through text");
    decoded
}

#[test]
fn storage_object_keeps_unknown_properties_of_every_shape() {
    let sent = with_unknown(json!({
        "name": "n", "bucket": "b", "size": "12", "metadata": {"k": "v"},
        "retention": {"mode": "Locked", "zzInner": [true]},
        "owner": {"entity": "user-1", "zzDeep": {"x": null}}
    }));
    let object: storage::types::Object = round_trip(&sent);
    assert_eq!(object.name.as_deref(), Some("n"));
    assert_eq!(object.size, Some(12));
    assert_eq!(object.unknown_fields.len(), 10);
    assert_eq!(
        object.unknown_fields.get("zzNew"),
        Some(&json!({"a": [1, 2, {"b": null}]}))
    );
    let owner = object.owner.as_ref().expect("owner");
    assert_eq!(
        owner.unknown_fields.get("zzDeep"),
        Some(&json!({"x": null}))
    );
    // The example of the issue: nothing of `zzNew` is lost.
    let minimal = json!({"name": "n", "zzNew": {"a": [1, 2, {"b": null}]}});
    let _: storage::types::Object = round_trip(&minimal);
}

#[test]
fn drive_file_keeps_unknown_properties_of_every_shape() {
    let sent = with_unknown(json!({
        "id": "f1", "name": "a.txt", "size": "3", "parents": ["p"],
        "capabilities": {"canEdit": true, "zzCanFly": false},
        "properties": {"k": "v"}
    }));
    let file: drive::types::File = round_trip(&sent);
    assert_eq!(file.id.as_deref(), Some("f1"));
    assert_eq!(file.unknown_fields.len(), 10);
    let capabilities = file.capabilities.as_ref().expect("capabilities");
    assert_eq!(
        capabilities.unknown_fields.get("zzCanFly"),
        Some(&json!(false))
    );
}

#[test]
fn compute_instance_keeps_unknown_properties_of_every_shape() {
    let sent = with_unknown(json!({
        "name": "vm-1", "id": "1234567890123456789", "labels": {"env": "test"},
        "scheduling": {"preemptible": false, "zzNewPolicy": {"k": [1.25]}},
        "networkInterfaces": [{"name": "nic0", "zzQueue": 4}],
        "metadata": {"fingerprint": "abc=", "items": [{"key": "k", "value": "v", "zzTtl": "1s"}]}
    }));
    let instance: compute::types::Instance = round_trip(&sent);
    assert_eq!(instance.id, Some(1_234_567_890_123_456_789));
    let scheduling = instance.scheduling.as_ref().expect("scheduling");
    assert_eq!(
        scheduling.unknown_fields.get("zzNewPolicy"),
        Some(&json!({"k": [1.25]}))
    );
    let nic = &instance.network_interfaces.as_ref().expect("nics")[0];
    assert_eq!(nic.unknown_fields.get("zzQueue"), Some(&json!(4)));
}

#[test]
fn unknown_properties_are_readable_settable_shown_and_compared() {
    let mut object = storage::types::Object::default().set_name("n");
    assert!(object.unknown_fields.is_empty());
    object
        .unknown_fields
        .insert("newFeature", json!({"on": true}));
    assert_eq!(
        serde_json::to_value(&object).unwrap(),
        json!({"name": "n", "newFeature": {"on": true}})
    );
    let shown = format!("{object:?}");
    assert!(shown.contains("newFeature"), "{shown}");
    let plain = storage::types::Object::default().set_name("n");
    assert_ne!(object, plain, "equality includes the unknown properties");
    object.unknown_fields.remove("newFeature");
    assert_eq!(object, plain);
}

fn storage_client(mock: &MockTransport) -> storage::Client {
    storage::Client::builder()
        .transport(mock.clone())
        .token_provider(storage::rt::auth::StaticToken::new("t"))
        .build()
        .expect("client builds")
}

/// An object as a newer revision of the API answers it: fields this client's revision knows,
/// and some it does not, at the top and nested.
fn newer_object() -> Value {
    json!({
        "kind": "storage#object", "bucket": "b", "name": "a.txt", "generation": "17",
        "contentType": "text/plain", "metadata": {"k": "v"},
        "zzRetentionPlus": {"until": "2030-01-01T00:00:00Z", "tags": ["legal", null]},
        "owner": {"entity": "user-1", "zzEntityKind": 3},
        "zzChecksums": [{"algo": "crc64", "value": "AAAA"}]
    })
}

#[tokio::test]
async fn a_read_modify_write_sends_back_what_it_read_with_one_change() {
    let mock = MockTransport::new();
    mock.on("storage.objects.get")
        .reply(MockReply::json(200, newer_object()));
    mock.on("storage.objects.update")
        .reply(MockReply::json(200, newer_object()));
    let client = storage_client(&mock);
    let object = client.objects().get("b", "a.txt").send().await.unwrap();
    let changed = object.set_content_type("text/markdown");
    client
        .objects()
        .update("b", "a.txt", changed)
        .send()
        .await
        .unwrap();

    let requests = mock.requests();
    let sent = &requests[1];
    assert_eq!(sent.method, Method::Put);
    let mut expected = newer_object();
    expected["contentType"] = json!("text/markdown");
    assert_eq!(sent.json(), Some(expected));
}

#[tokio::test]
async fn a_compute_read_modify_write_keeps_what_the_client_does_not_know() {
    let newer = json!({
        "name": "vm-1", "machineType": "zones/z/machineTypes/e2-small",
        "labels": {"env": "test"}, "zzNewBlock": {"x": [1, 2]},
        "scheduling": {"automaticRestart": true, "zzMaintenanceWindow": "sun"}
    });
    let mock = MockTransport::new();
    mock.on("compute.instances.get")
        .reply(MockReply::json(200, newer.clone()));
    mock.on("compute.instances.update").reply(MockReply::json(
        200,
        json!({"name": "op-1", "status": "DONE"}),
    ));
    let client = compute::Client::builder()
        .transport(mock.clone())
        .build()
        .unwrap();
    let instance = client
        .instances()
        .get("my-project", "us-east1-b", "vm-1")
        .send()
        .await
        .unwrap();
    let changed = instance.set_or_clear_labels_entry("team", Some("infra".into()));
    client
        .instances()
        .update("my-project", "us-east1-b", "vm-1", changed)
        .send()
        .await
        .unwrap();
    let mut expected = newer;
    expected["labels"]["team"] = json!("infra");
    assert_eq!(mock.requests()[1].json(), Some(expected));
}

#[tokio::test]
async fn patch_sends_null_to_clear_a_field_a_nested_object_and_a_metadata_key() {
    let mock = MockTransport::new();
    for _ in 0..3 {
        mock.on("storage.objects.patch")
            .reply(MockReply::json(200, json!({"name": "a.txt"})));
    }
    let client = storage_client(&mock);
    let patch = |object| client.objects().patch("b", "a.txt", object).send();

    // A field cleared.
    patch(storage::types::Object::default().set_or_clear_content_type(None))
        .await
        .unwrap();
    // A nested object cleared, beside a value that is set.
    patch(
        storage::types::Object::default()
            .set_or_clear_retention(None)
            .set_cache_control("no-cache"),
    )
    .await
    .unwrap();
    // A custom metadata key deleted, another set.
    patch(
        storage::types::Object::default()
            .set_or_clear_metadata_entry("obsolete", None)
            .set_or_clear_metadata_entry("kept", Some("yes".into())),
    )
    .await
    .unwrap();

    let bodies: Vec<Value> = mock
        .requests()
        .iter()
        .map(|r| {
            assert_eq!(r.method, Method::Patch);
            r.json().expect("a JSON body")
        })
        .collect();
    assert_eq!(
        bodies,
        [
            json!({"contentType": null}),
            json!({"cacheControl": "no-cache", "retention": null}),
            json!({"metadata": {"kept": "yes", "obsolete": null}}),
        ]
    );
}

#[test]
fn a_value_set_again_is_sent_instead_of_null_and_plain_none_is_left_out() {
    let object = storage::types::Object::default()
        .set_or_clear_content_type(None)
        .set_or_clear_content_type(Some("a/b".into()));
    assert_eq!(
        serde_json::to_value(&object).unwrap(),
        json!({"contentType": "a/b"})
    );
    // Assigning `None` leaves the field out: nothing marks it.
    let mut object = storage::types::Object::default().set_content_type("a/b");
    object.content_type = None;
    assert_eq!(serde_json::to_value(&object).unwrap(), json!({}));
    // A decoded `null` is read as `None` and not sent back.
    let read: storage::types::Object =
        serde_json::from_value(json!({"contentType": null, "name": "n"})).unwrap();
    assert_eq!(serde_json::to_value(&read).unwrap(), json!({"name": "n"}));
}
