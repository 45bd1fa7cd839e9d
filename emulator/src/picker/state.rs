//! Picking sessions as the emulator holds them, their life cycle on the emulator's clock, and
//! the snapshot tests inspect.
//!
//! A session is open for picking until its polling deadline (what `pollingConfig.timeoutIn`
//! counts down to) and readable until its `expireTime`, "the time when access to this session
//! (and its picked media items) will expire"
//! (<https://developers.google.com/photos/picker/reference/rest/v1/sessions>). The guide says
//! a session "remains active until either the user has successfully selected media items, or
//! the session times out" (<https://developers.google.com/photos/picker/guides/sessions>).
//! Sessions live in memory only: like resumable uploads, they do not survive a restart.

use std::time::{Duration, SystemTime};

use crate::ids;

/// The documented default and ceiling of `pickingConfig.maxItemCount`
/// (<https://developers.google.com/photos/picker/reference/rest/v1/sessions#PickingConfig>).
pub(crate) const MAX_ITEM_COUNT: u64 = 2000;

/// How the emulator runs sessions; every number here is the emulator's choice, since no page
/// states one (see the README).
#[derive(Clone, Debug)]
pub(crate) struct PickerConfig {
    pub(crate) poll_interval: Duration,
    pub(crate) polling_timeout: Duration,
    pub(crate) lifetime: Duration,
    pub(crate) max_open_sessions: usize,
}

/// Where a session is in its life, at some instant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Status {
    /// Waiting for the user to pick.
    Open,
    /// Not picked before the polling deadline: the user can no longer pick.
    TimedOut,
    /// The user pressed Done.
    Picked,
    /// Past `expireTime`: it still exists (so `sessions.get` answers PERMISSION_DENIED, not
    /// NOT_FOUND) but nothing can be read from it.
    Expired,
}

#[derive(Clone, Debug)]
pub(crate) struct SessionRec {
    pub(crate) id: String,
    pub(crate) request_id: Option<String>,
    /// `pickingConfig` as the client sent it: `None` when absent, `Some(None)` when present
    /// without `maxItemCount`; a count above the ceiling is stored coerced.
    pub(crate) picking_config: Option<Option<u64>>,
    pub(crate) create_time: SystemTime,
    pub(crate) polling_deadline: SystemTime,
    pub(crate) expire_time: SystemTime,
    pub(crate) picked: Option<Vec<String>>,
}

impl SessionRec {
    pub(crate) fn status(&self, now: SystemTime) -> Status {
        if now >= self.expire_time {
            Status::Expired
        } else if self.picked.is_some() {
            Status::Picked
        } else if now >= self.polling_deadline {
            Status::TimedOut
        } else {
            Status::Open
        }
    }

    /// How many items the user may pick: the count sent, else the default (0 is proto3's
    /// "not set").
    pub(crate) fn limit(&self) -> u64 {
        match self.picking_config {
            Some(Some(n)) if n > 0 => n,
            _ => MAX_ITEM_COUNT,
        }
    }

    /// What `timeoutIn` says at `now`: the time left before the polling deadline, never
    /// negative.
    pub(crate) fn timeout_in(&self, now: SystemTime) -> Duration {
        self.polling_deadline
            .duration_since(now)
            .unwrap_or(Duration::ZERO)
    }
}

/// Every session not deleted, in creation order.
#[derive(Debug)]
pub(crate) struct Sessions {
    /// Mixed into session ids so that a restarted emulator (whose counter starts again) never
    /// hands out an id a client may still hold from before.
    seed: [u8; 32],
    counter: u64,
    pub(crate) list: Vec<SessionRec>,
}

impl Sessions {
    pub(crate) fn new() -> Sessions {
        let seed = format!("{:?}{:?}", SystemTime::now(), std::process::id());
        Sessions {
            seed: ids::sha256(seed.as_bytes()),
            counter: 0,
            list: Vec::new(),
        }
    }

    /// A new session id in the UUID form (version 4, 8-4-4-4-12 hex) Google's look like.
    pub(crate) fn next_id(&mut self) -> String {
        self.counter += 1;
        let d = ids::digest(&[&self.seed, b"picker-session", &self.counter.to_be_bytes()]);
        let mut b: [u8; 16] = [0; 16];
        b.copy_from_slice(&d[..16]);
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        let h = ids::hex(&b);
        format!(
            "{}-{}-{}-{}-{}",
            &h[..8],
            &h[8..12],
            &h[12..16],
            &h[16..20],
            &h[20..]
        )
    }

    pub(crate) fn get(&self, id: &str) -> Option<&SessionRec> {
        self.list.iter().find(|s| s.id == id)
    }

    pub(crate) fn get_mut(&mut self, id: &str) -> Option<&mut SessionRec> {
        self.list.iter_mut().find(|s| s.id == id)
    }

    /// Sessions that count against the per-user cap: neither deleted nor expired.
    pub(crate) fn live(&self, now: SystemTime) -> usize {
        self.list.iter().filter(|s| now < s.expire_time).count()
    }
}

/// A snapshot of one picking session, for tests ([`crate::Emulator::picker_sessions`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PickerSessionState {
    /// The session id.
    pub id: String,
    /// The `pickerUri` handed to the client.
    pub picker_uri: String,
    /// The `requestId` it was created with, if any.
    pub request_id: Option<String>,
    /// How many items the user may pick (the `maxItemCount` sent, else 2000).
    pub max_item_count: u64,
    /// Whether the user has finished picking.
    pub media_items_set: bool,
    /// The picked media item ids, in pick order (empty until picked).
    pub media_item_ids: Vec<String>,
    /// When it was created, on the emulator's clock.
    pub create_time: SystemTime,
    /// When `timeoutIn` reaches zero: after it the user can no longer pick.
    pub polling_deadline: SystemTime,
    /// Its `expireTime`: after it `sessions.get` answers 403 PERMISSION_DENIED.
    pub expire_time: SystemTime,
}

impl PickerSessionState {
    pub(crate) fn new(rec: &SessionRec, picker_uri: String) -> PickerSessionState {
        PickerSessionState {
            id: rec.id.clone(),
            picker_uri,
            request_id: rec.request_id.clone(),
            max_item_count: rec.limit(),
            media_items_set: rec.picked.is_some(),
            media_item_ids: rec.picked.clone().unwrap_or_default(),
            create_time: rec.create_time,
            polling_deadline: rec.polling_deadline,
            expire_time: rec.expire_time,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_uuid_v4_shaped_and_distinct() {
        let mut s = Sessions::new();
        let a = s.next_id();
        let b = s.next_id();
        assert_ne!(a, b);
        let parts: Vec<&str> = a.split('-').collect();
        assert_eq!(
            parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
            vec![8, 4, 4, 4, 12]
        );
        assert!(parts[2].starts_with('4'));
        assert!(a.chars().all(|c| c == '-' || c.is_ascii_hexdigit()));
    }

    #[test]
    fn status_follows_the_clock() {
        let t0 = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
        let mut rec = SessionRec {
            id: "x".into(),
            request_id: None,
            picking_config: None,
            create_time: t0,
            polling_deadline: t0 + Duration::from_secs(10),
            expire_time: t0 + Duration::from_secs(20),
            picked: None,
        };
        assert_eq!(rec.status(t0), Status::Open);
        assert_eq!(rec.timeout_in(t0), Duration::from_secs(10));
        assert_eq!(rec.status(t0 + Duration::from_secs(10)), Status::TimedOut);
        assert_eq!(rec.timeout_in(t0 + Duration::from_secs(15)), Duration::ZERO);
        assert_eq!(rec.status(t0 + Duration::from_secs(20)), Status::Expired);
        rec.picked = Some(vec![]);
        assert_eq!(rec.status(t0 + Duration::from_secs(15)), Status::Picked);
        assert_eq!(rec.limit(), MAX_ITEM_COUNT);
        rec.picking_config = Some(Some(0));
        assert_eq!(rec.limit(), MAX_ITEM_COUNT);
        rec.picking_config = Some(Some(3));
        assert_eq!(rec.limit(), 3);
    }
}
