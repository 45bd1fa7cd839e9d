//! `sessions.create`, `sessions.get`, `sessions.delete`, and picking itself (what the user's
//! Done does, shared by the picker page, the HTTP hook and [`crate::Emulator::pick`]).
//!
//! Rules, with their sources (all under developers.google.com/photos/picker/):
//! - `create` takes a `PickingSession` of which only `pickingConfig` is input; the others are
//!   "Output only" and ignored (`reference/rest/v1/sessions`). `maxItemCount` is an int64
//!   (a JSON string, a number accepted too as proto3 JSON does): unset means 2000, more is
//!   coerced to 2000, negative is INVALID_ARGUMENT (`reference/rest/v1/sessions#PickingConfig`).
//! - `requestId` "must have the format of a UUID (version 4) string" of 32 hex digits in
//!   8-4-4-4-12 groups (`reference/rest/v1/sessions/create`); the emulator checks that shape.
//!   The page says nothing about repeating one; the emulator follows Google's general rule for
//!   request ids (<https://google.aip.dev/155>): the same id again, while its session is
//!   neither deleted nor expired, answers that session instead of creating another.
//! - "If the client application creates too many sessions per user, a RESOURCE_EXHAUSTED
//!   error is returned" (`reference/rest/v1/sessions/create`); the emulator counts sessions
//!   neither deleted nor expired against a configurable cap.
//! - `get`: "If the specified session does not exist …, a NOT_FOUND error is returned. If the
//!   session exists but access to the session has expired, a PERMISSION_DENIED error is
//!   returned" (`reference/rest/v1/sessions/get`).
//! - `delete`: NOT_FOUND if the session does not exist; "An empty response indicates
//!   successful deletion" (`reference/rest/v1/sessions/delete`).
//! - `pollingConfig` "is only populated if media items have not yet been picked"
//!   (`reference/rest/v1/sessions`); `timeoutIn` is "the length of time after which the client
//!   should stop polling", so it shrinks with the clock and stays at `0s` once reached.
//! - "Once a user taps the Done button to complete a picking session, the pickerUri will no
//!   longer work" (`reference/rest/v1/sessions/create`): a session is picked at most once.
//!
//! `mediaItemsSet` is omitted while false, as proto3 JSON omits default values (the
//! convention of the rest of the emulator); clients must read a missing value as false.

use std::time::{Duration, SystemTime};

use axum::body::Body;
use axum::http::{Response, StatusCode};
use serde::Deserialize;
use serde_json::{json, Map, Value};

use crate::clock::{format_proto_duration, format_proto_timestamp};
use crate::errors::{json_response, ApiError, Code};
use crate::server::{Req, Shared};

use super::state::{SessionRec, Status, MAX_ITEM_COUNT};

// Output-only fields are declared so that a client sending a session back as it got it is
// accepted; only their presence is tolerated, their values are ignored.
#[allow(dead_code)]
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct PickingSessionIn {
    id: Option<Value>,
    picker_uri: Option<Value>,
    polling_config: Option<Value>,
    expire_time: Option<Value>,
    picking_config: Option<PickingConfigIn>,
    media_items_set: Option<Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct PickingConfigIn {
    max_item_count: Option<Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct PickRequest {
    #[serde(default)]
    pub(crate) media_item_ids: Vec<String>,
}

pub(crate) fn not_found() -> ApiError {
    ApiError::not_found("Requested entity was not found.")
}

pub(crate) fn expired() -> ApiError {
    ApiError::denied("Access to this picking session has expired.")
}

/// The session's `pickerUri`.
pub(crate) fn picker_uri(shared: &Shared, id: &str) -> String {
    format!("{}picker/pick/{id}", shared.base_url)
}

/// An int64 as proto3 JSON accepts it: a string of digits or a JSON integer.
fn int64(v: &Value, name: &str) -> Result<i64, ApiError> {
    let bad = || {
        ApiError::invalid(format!(
            "Invalid value at '{name}' ({v}): expected an int64."
        ))
    };
    match v {
        Value::String(s) => s.trim().parse().map_err(|_| bad()),
        Value::Number(n) => n.as_i64().ok_or_else(bad),
        _ => Err(bad()),
    }
}

fn is_uuid_shaped(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
        && groups
            .iter()
            .all(|g| g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The PickingSession resource as `get` shows it at `now`.
pub(crate) fn session_json(shared: &Shared, rec: &SessionRec, now: SystemTime) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), json!(rec.id));
    m.insert("pickerUri".into(), json!(picker_uri(shared, &rec.id)));
    if rec.picked.is_none() {
        m.insert(
            "pollingConfig".into(),
            json!({
                "pollInterval": format_proto_duration(shared.config.picker.poll_interval),
                "timeoutIn": format_proto_duration(rec.timeout_in(now)),
            }),
        );
    }
    m.insert(
        "expireTime".into(),
        json!(format_proto_timestamp(rec.expire_time)),
    );
    if let Some(max) = rec.picking_config {
        let mut cfg = Map::new();
        if let Some(n) = max.filter(|&n| n > 0) {
            cfg.insert("maxItemCount".into(), json!(n.to_string()));
        }
        m.insert("pickingConfig".into(), Value::Object(cfg));
    }
    if rec.picked.is_some() {
        m.insert("mediaItemsSet".into(), json!(true));
    }
    Value::Object(m)
}

pub(crate) fn create(shared: &Shared, req: &Req) -> Result<Response<Body>, ApiError> {
    let body: PickingSessionIn = req.json()?;
    let picking_config = match body.picking_config {
        None => None,
        Some(PickingConfigIn {
            max_item_count: None,
        }) => Some(None),
        Some(PickingConfigIn {
            max_item_count: Some(v),
        }) => {
            let n = int64(&v, "pickingConfig.maxItemCount")?;
            if n < 0 {
                return Err(ApiError::invalid(format!(
                    "pickingConfig.maxItemCount must not be negative, got {n}."
                )));
            }
            Some(Some((n as u64).min(MAX_ITEM_COUNT)))
        }
    };
    let request_id = req.param("requestId").filter(|r| !r.is_empty());
    if let Some(r) = request_id {
        if !is_uuid_shaped(r) {
            return Err(ApiError::invalid(format!(
                "requestId must be a UUID of 32 hexadecimal digits in the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, got {r:?}."
            )));
        }
    }
    let cfg = &shared.config.picker;
    let now = shared.clock.now();
    let mut sessions = shared.picker();
    if let Some(r) = request_id {
        if let Some(rec) = sessions
            .list
            .iter()
            .find(|s| s.request_id.as_deref() == Some(r) && now < s.expire_time)
        {
            return Ok(json_response(
                StatusCode::OK,
                &session_json(shared, rec, now),
            ));
        }
    }
    if sessions.live(now) >= cfg.max_open_sessions {
        return Err(ApiError::new(
            Code::ResourceExhausted,
            format!(
                "Too many picking sessions for this user (at most {} may be open); delete finished sessions with sessions.delete.",
                cfg.max_open_sessions
            ),
        ));
    }
    let id = sessions.next_id();
    let rec = SessionRec {
        id,
        request_id: request_id.map(str::to_owned),
        picking_config,
        create_time: now,
        polling_deadline: later(now, cfg.polling_timeout.min(cfg.lifetime)),
        expire_time: later(now, cfg.lifetime),
        picked: None,
    };
    let body = session_json(shared, &rec, now);
    sessions.list.push(rec);
    Ok(json_response(StatusCode::OK, &body))
}

/// `now + d`, saturating: a configured lifetime of `Duration::MAX` means "never", not a panic.
fn later(now: SystemTime, d: Duration) -> SystemTime {
    now.checked_add(d)
        .or_else(|| now.checked_add(Duration::from_secs(u64::from(u32::MAX))))
        .unwrap_or(now)
}

pub(crate) fn get(shared: &Shared, id: &str) -> Result<Response<Body>, ApiError> {
    let now = shared.clock.now();
    let sessions = shared.picker();
    let rec = sessions.get(id).ok_or_else(not_found)?;
    if rec.status(now) == Status::Expired {
        return Err(expired());
    }
    Ok(json_response(
        StatusCode::OK,
        &session_json(shared, rec, now),
    ))
}

pub(crate) fn delete(shared: &Shared, id: &str) -> Result<Response<Body>, ApiError> {
    let mut sessions = shared.picker();
    let before = sessions.list.len();
    sessions.list.retain(|s| s.id != id);
    if sessions.list.len() == before {
        return Err(not_found());
    }
    Ok(json_response(StatusCode::OK, &json!({})))
}

/// The user's Done: records `ids`, in order, as the session's picked items.
///
/// Errors: NOT_FOUND (no such session), PERMISSION_DENIED (expired), FAILED_PRECONDITION
/// (already picked, or timed out), INVALID_ARGUMENT (no ids, a repeated or unknown id, or
/// more than the session's `maxItemCount`).
pub(crate) fn pick(shared: &Shared, session_id: &str, ids: &[String]) -> Result<(), ApiError> {
    if ids.is_empty() {
        return Err(ApiError::invalid("Select at least one item."));
    }
    for (i, id) in ids.iter().enumerate() {
        if ids[..i].contains(id) {
            return Err(ApiError::invalid(format!(
                "The item {id} was selected more than once."
            )));
        }
    }
    {
        // Any item of the library may be picked, whoever created it: that is how an app gets
        // the user's other photos since 2025-03-31.
        let store = shared.lock();
        if let Some(missing) = ids.iter().find(|id| store.item(id).is_none()) {
            return Err(ApiError::invalid(format!(
                "There is no media item {missing} in the library."
            )));
        }
    }
    let now = shared.clock.now();
    let mut sessions = shared.picker();
    let rec = sessions.get_mut(session_id).ok_or_else(not_found)?;
    match rec.status(now) {
        Status::Expired => return Err(expired()),
        Status::Picked => {
            return Err(ApiError::new(
                Code::FailedPrecondition,
                "The user has already finished picking for this session; create a new session to pick more.",
            ))
        }
        Status::TimedOut => {
            return Err(ApiError::new(
                Code::FailedPrecondition,
                "This picking session timed out before the user finished picking.",
            ))
        }
        Status::Open => {}
    }
    let limit = rec.limit();
    if ids.len() as u64 > limit {
        return Err(ApiError::invalid(format!(
            "You can select up to {limit} item{}; {} were selected.",
            if limit == 1 { "" } else { "s" },
            ids.len()
        )));
    }
    rec.picked = Some(ids.to_vec());
    Ok(())
}

/// `POST /picker/_emulator/sessions/{id}:pick` with `{"mediaItemIds": […]}`: the page's Done
/// without a browser. Answers the session as `get` would.
pub(crate) fn pick_hook(shared: &Shared, req: &Req, id: &str) -> Result<Response<Body>, ApiError> {
    let body: PickRequest = req.json()?;
    pick(shared, id, &body.media_item_ids)?;
    get(shared, id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_id_shape() {
        assert!(is_uuid_shaped("123e4567-e89b-42d3-a456-426614174000"));
        assert!(is_uuid_shaped("123E4567-E89B-42D3-A456-426614174000"));
        assert!(!is_uuid_shaped("123e4567e89b42d3a456426614174000"));
        assert!(!is_uuid_shaped("123e4567-e89b-42d3-a456-42661417400g"));
        assert!(!is_uuid_shaped("123e4567-e89b-42d3-a456-4266141740000"));
        assert!(!is_uuid_shaped(""));
    }

    #[test]
    fn huge_lifetimes_saturate() {
        let now = SystemTime::now();
        assert!(later(now, Duration::MAX) > now);
        assert_eq!(
            later(now, Duration::from_secs(5)),
            now + Duration::from_secs(5)
        );
    }

    #[test]
    fn int64_forms() {
        assert_eq!(int64(&json!("5"), "x").unwrap(), 5);
        assert_eq!(int64(&json!(5), "x").unwrap(), 5);
        assert_eq!(int64(&json!("-1"), "x").unwrap(), -1);
        assert!(int64(&json!("five"), "x").is_err());
        assert!(int64(&json!(1.5), "x").is_err());
        assert!(int64(&json!(null), "x").is_err());
    }
}
