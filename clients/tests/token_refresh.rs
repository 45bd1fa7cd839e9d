//! One token refresh for many calls: 100 calls in flight at once, through one client, with a
//! cached token that is about to expire, ask the provider once; the other 99 wait for that
//! refresh and use its token. (The runtime's cache holds one async lock per scope set.)

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use google_storage_v1 as storage;
use storage::rt::auth::{AccessToken, AuthError, TokenProvider};
use storage::rt::testing::{MockReply, MockTransport};
use storage::rt::BoxFuture;

/// The first token expires within the runtime's refresh margin; later ones live an hour.
/// Each refresh takes a while, so that concurrent calls overlap it.
struct SlowRefresh {
    refreshes: AtomicUsize,
}

impl TokenProvider for SlowRefresh {
    fn token<'a>(&'a self, _: &'a [&'static str]) -> BoxFuture<'a, Result<AccessToken, AuthError>> {
        let n = self.refreshes.fetch_add(1, Ordering::SeqCst);
        let lifetime = if n == 0 {
            Duration::from_secs(30)
        } else {
            Duration::from_secs(3600)
        };
        Box::pin(async move {
            tokio::time::sleep(Duration::from_millis(50)).await;
            Ok(AccessToken::new(format!("token-{n}")).with_expiry(SystemTime::now() + lifetime))
        })
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_hundred_concurrent_calls_with_an_expiring_token_refresh_it_once() {
    let mock = MockTransport::new();
    let mut answers = mock.on_any();
    for _ in 0..101 {
        answers = answers.reply(MockReply::json(200, serde_json::json!({"name": "b"})));
    }
    let provider = Arc::new(SlowRefresh {
        refreshes: AtomicUsize::new(0),
    });
    let client = storage::Client::builder()
        .transport(mock.clone())
        .token_provider(provider.clone())
        .build()
        .unwrap();
    client.buckets().get("b").send().await.unwrap();
    assert_eq!(
        provider.refreshes.load(Ordering::SeqCst),
        1,
        "the first token"
    );

    let calls = (0..100).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.buckets().get("b").send().await })
    });
    for call in futures_util::future::join_all(calls).await {
        call.unwrap().unwrap();
    }

    assert_eq!(
        provider.refreshes.load(Ordering::SeqCst),
        2,
        "one refresh for the 100 calls"
    );
    assert_eq!(mock.requests().len(), 101);
    assert!(mock.requests().iter().all(|r| r.is_authorized()));
}
