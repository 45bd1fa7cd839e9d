//! What a 403 or 429 means, by Google's reasons (Drive's "Resolve errors" guide): a rate
//! limit (`rateLimitExceeded`, `userRateLimitExceeded`) is retried with backoff like a 429;
//! a spent quota (`quotaExceeded`, `dailyLimitExceeded`) is never retried and says so
//! (`is_quota_exhausted`); any other 403 is a refusal, not retried either.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use google_storage_v1 as storage;
use serde_json::json;
use storage::rt::testing::{MockReply, MockTransport};
use storage::rt::BoxFuture;

type Waits = Arc<Mutex<Vec<Duration>>>;

fn client(mock: &MockTransport, waits: &Waits) -> storage::Client {
    let waits = waits.clone();
    storage::Client::builder()
        .transport(mock.clone())
        .token_provider(storage::rt::auth::StaticToken::new("t"))
        .sleeper(move |d: Duration| -> BoxFuture<'static, ()> {
            waits.lock().unwrap().push(d);
            Box::pin(async {})
        })
        .build()
        .unwrap()
}

fn limited(status: u16, reason: &str) -> MockReply {
    MockReply::json(
        status,
        json!({"error": {"code": status, "message": reason,
                         "errors": [{"domain": "usageLimits", "reason": reason}]}}),
    )
}

#[tokio::test]
async fn a_403_rate_limit_is_retried_with_backoff() {
    for reason in ["rateLimitExceeded", "userRateLimitExceeded"] {
        let (mock, waits) = (MockTransport::new(), Waits::default());
        mock.on("storage.buckets.get")
            .reply(limited(403, reason))
            .reply(MockReply::json(200, json!({"name": "b"})));
        let bucket = client(&mock, &waits)
            .buckets()
            .get("b")
            .send()
            .await
            .unwrap();
        assert_eq!(bucket.name.as_deref(), Some("b"));
        assert_eq!(mock.requests().len(), 2, "{reason}");
        let waits = waits.lock().unwrap();
        assert_eq!(waits.len(), 1);
        assert!(waits[0] <= Duration::from_secs(1), "{reason}: {waits:?}");
    }
}

#[tokio::test]
async fn a_spent_quota_is_not_retried_and_says_so() {
    for (status, reason) in [
        (403, "quotaExceeded"),
        (403, "dailyLimitExceeded"),
        (429, "quotaExceeded"),
    ] {
        let (mock, waits) = (MockTransport::new(), Waits::default());
        mock.on("storage.buckets.get")
            .reply(limited(status, reason));
        let err = client(&mock, &waits)
            .buckets()
            .get("b")
            .send()
            .await
            .unwrap_err();
        assert!(err.is_quota_exhausted(), "{status} {reason}: {err:?}");
        assert!(
            !err.is_rate_limited() && !err.is_retryable(),
            "{status} {reason}"
        );
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(mock.requests().len(), 1, "{status} {reason}: not retried");
        assert!(waits.lock().unwrap().is_empty());
    }
}

#[tokio::test]
async fn other_403s_are_refusals() {
    let (mock, waits) = (MockTransport::new(), Waits::default());
    mock.on("storage.buckets.get")
        .reply(limited(403, "forbidden"));
    let err = client(&mock, &waits)
        .buckets()
        .get("b")
        .send()
        .await
        .unwrap_err();
    assert!(err.is_permission_denied());
    assert!(!err.is_rate_limited() && !err.is_quota_exhausted() && !err.is_retryable());
    assert_eq!(mock.requests().len(), 1);
}
