//! A client-side rate limit (`ClientBuilder::rate_limit`, `rt::retry::RateLimit`) on a clock that
//! moves only by the waits the client asks for: 50 calls from two clients sharing a limit of
//! 10 a second go out over at least 4.9 s, and no second holds more than 10.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use google_storage_v1 as storage;
use storage::rt::http::{Request, Response, Transport, TransportError};
use storage::rt::retry::RateLimit;
use storage::rt::testing::{ManualClock, MockReply, MockTransport};
use storage::rt::BoxFuture;

/// The mock, noting on the manual clock when each request went.
#[derive(Clone)]
struct Timed {
    mock: MockTransport,
    clock: ManualClock,
    sent: Arc<Mutex<Vec<Duration>>>,
}

impl Transport for Timed {
    fn send(&self, request: Request) -> BoxFuture<'static, Result<Response, TransportError>> {
        self.sent.lock().unwrap().push(self.clock.elapsed());
        self.mock.send(request)
    }
}

fn client(transport: &Timed, limit: &RateLimit) -> storage::Client {
    let clock = transport.clock.clone();
    storage::Client::builder()
        .transport(transport.clone())
        .token_provider(storage::rt::auth::StaticToken::new("t"))
        .rate_limit(limit.clone())
        .sleeper(move |d: Duration| -> BoxFuture<'static, ()> {
            clock.advance(d);
            Box::pin(async {})
        })
        .build()
        .unwrap()
}

#[tokio::test]
async fn fifty_calls_under_ten_a_second_take_five_seconds_and_never_burst() {
    let clock = ManualClock::new();
    let transport = Timed {
        mock: MockTransport::new(),
        clock: clock.clone(),
        sent: Arc::default(),
    };
    let mut answers = transport.mock.on_any();
    for _ in 0..50 {
        answers = answers.reply(MockReply::json(200, serde_json::json!({"name": "b"})));
    }
    let limit = RateLimit::with_clock(10, Duration::from_secs(1), &clock).unwrap();
    let (a, b) = (client(&transport, &limit), client(&transport, &limit));
    let calls = (0..50).map(|n| {
        let client = if n % 2 == 0 { a.clone() } else { b.clone() };
        async move { client.buckets().get("b").send().await }
    });
    for result in futures_util::future::join_all(calls).await {
        result.unwrap();
    }

    let mut sent = transport.sent.lock().unwrap().clone();
    sent.sort();
    assert_eq!(sent.len(), 50);
    assert!(
        sent[49] - sent[0] >= Duration::from_millis(4900),
        "spread over {:?}",
        sent[49] - sent[0]
    );
    for (i, start) in sent.iter().enumerate() {
        let within_a_second = sent[i..]
            .iter()
            .take_while(|t| **t < *start + Duration::from_secs(1))
            .count();
        assert!(
            within_a_second <= 10,
            "{within_a_second} requests in the second from {start:?}"
        );
    }
}

#[test]
fn a_limit_that_cannot_be_kept_is_refused() {
    for (requests, interval) in [(0, Duration::from_secs(1)), (10, Duration::ZERO)] {
        let err = RateLimit::new(requests, interval).unwrap_err();
        assert!(
            err.to_string().contains("cannot be kept"),
            "{requests} per {interval:?}: {err}"
        );
    }
}
