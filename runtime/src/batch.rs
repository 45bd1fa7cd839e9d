//! Many calls of one API in one HTTP request: Google's batch format, `multipart/mixed` with
//! one `application/http` part per call, sent to the document's `batchPath`.

use std::fmt;
use std::time::SystemTime;

use crate::call::{Call, CallParts, Decoder};
use crate::error::{ApiError, DecodeError};
use crate::http::{Body, Headers, Method, Request, StatusCode};
use crate::request::prepare;
use crate::retry::parse_retry_after;
use crate::{BoxFuture, Core, Error};

mod wire;

use wire::{Answer, PartRequest};

/// The most calls Google's batch endpoints take in one request.
pub const DEFAULT_MAX_CALLS: usize = 100;

/// Calls of one API collected to go out as one HTTP request: `client.batch()`.
///
/// Each [`add`](Self::add) returns a [`BatchEntry`] that later takes that call's own typed
/// result from the [`BatchResults`], whatever order the server answered in:
///
/// ```ignore
/// let mut batch = client.batch();
/// let first = batch.add(client.objects().get("bucket", "a.txt").into_call());
/// let second = batch.add(client.objects().delete("bucket", "b.txt").into_call());
/// let mut results = batch.send().await?;
/// let object = results.take(first)?;   // storage::types::Object
/// results.take(second)?;               // ()
/// ```
///
/// The token is sent once, on the outer request; each call keeps its own headers, path,
/// query and JSON body. A call can fail on its own (its [`Error::Api`] comes from
/// [`BatchResults::take`]) while the others succeed. Media uploads and downloads cannot be
/// batched: a [`Call`] given to a batch never carries media, since `upload()` and
/// `download()` send theirs at once.
///
/// A batch is one POST: it is retried after a transient failure only when every call in it
/// is safe to repeat. Calls answered inside it with a transient failure (429, 5xx, a 403
/// rate limit) go again in a new batch of their own, when each is safe to repeat, under the
/// client's retry policy; each keeps its entry and gets its last answer.
pub struct Batch {
    core: Core,
    calls: Vec<CallParts>,
    id: String,
    max_calls: usize,
}

/// The handle of one call in a [`Batch`], which takes its result from [`BatchResults`].
#[must_use = "the entry is needed to take the call's result"]
pub struct BatchEntry<T> {
    batch: String,
    index: usize,
    decode: Decoder<T>,
}

impl<T> fmt::Debug for BatchEntry<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BatchEntry")
            .field("batch", &self.batch)
            .field("index", &self.index)
            .finish()
    }
}

impl Batch {
    /// An empty batch for the API of `core`. For generated code: use `client.batch()`.
    #[doc(hidden)]
    pub fn new(core: Core) -> Self {
        Batch {
            core,
            calls: Vec::new(),
            id: format!("{:016x}", fastrand::u64(..)),
            max_calls: DEFAULT_MAX_CALLS,
        }
    }

    /// Adds a call; its result is taken with the returned entry.
    pub fn add<T>(&mut self, call: Call<T>) -> BatchEntry<T> {
        let (core, mut parts, decode) = call.into_parts();
        if core.api().id != self.core.api().id && parts.failure.is_none() {
            parts.failure = Some(Error::InvalidArgument(format!(
                "{}: a batch of {} takes only calls of that API",
                parts.method.id,
                self.core.api().id
            )));
        }
        self.calls.push(parts);
        BatchEntry {
            batch: self.id.clone(),
            index: self.calls.len() - 1,
            decode,
        }
    }

    /// The number of calls added.
    pub fn len(&self) -> usize {
        self.calls.len()
    }

    /// Whether no call was added.
    pub fn is_empty(&self) -> bool {
        self.calls.is_empty()
    }

    /// Changes the most calls the batch may hold (100 by default, the limit of most Google
    /// APIs; some document a lower one). More calls are refused by [`send`](Self::send).
    pub fn max_calls(mut self, max: usize) -> Self {
        self.max_calls = max;
        self
    }

    /// Sends every call in one request. Fails as a whole when nothing could be sent or the
    /// batch request itself was refused; otherwise each call's outcome waits in the results.
    ///
    /// Refused before sending, with [`Error::InvalidArgument`]: an empty batch, more calls
    /// than [`max_calls`](Self::max_calls), and any call whose own checks fail (a bad path
    /// argument, a call of another API).
    pub fn send(self) -> BoxFuture<'static, Result<BatchResults, Error>> {
        Box::pin(self.run())
    }

    async fn run(self) -> Result<BatchResults, Error> {
        if self.calls.is_empty() {
            return Err(Error::InvalidArgument(
                "a batch needs at least one call".into(),
            ));
        }
        if self.calls.len() > self.max_calls {
            return Err(Error::InvalidArgument(format!(
                "a batch takes at most {} calls, this one has {}",
                self.max_calls,
                self.calls.len()
            )));
        }
        let core = self.core;
        let scopes = self.calls[0].method.scopes;
        let mut idempotent = Vec::with_capacity(self.calls.len());
        let mut parts = Vec::with_capacity(self.calls.len());
        for call in self.calls {
            let prepared = prepare(&core.inner, call, "json")?;
            idempotent.push(prepared.idempotent);
            parts.push(PartRequest::from_prepared(&prepared, &core.inner.headers));
        }
        let sending = Sending {
            core: &core,
            url: format!("{}{}", core.root_url(), core.api().batch_path),
            boundary: format!("batch_{}", self.id),
            id: &self.id,
            scopes,
        };
        // The batch is one POST: repeated as a whole only when every call in it may be.
        let mut whole = core.retrier(idempotent.iter().all(|i| *i), scopes);
        // Calls answered with a transient failure go again in a batch of their own, if each
        // may be repeated (so that batch may be too), under the same policy, from the same
        // start.
        let mut again = core.retrier(true, scopes);
        let mut slots: Vec<Slot> = (0..parts.len()).map(|_| Slot::Unanswered).collect();
        let mut round: Vec<usize> = (0..parts.len()).collect();
        let mut first = true;
        loop {
            let retry = if first { &mut whole } else { &mut again };
            let sent = sending.send(round.iter().map(|&i| &parts[i]), retry).await;
            let (status, content_type, body) = match sent {
                Ok(answer) => answer,
                Err(err) if first => return Err(err),
                // A later batch that failed leaves its calls the answers they had.
                Err(_) => break,
            };
            first = false;
            match wire::decode(content_type.as_deref().unwrap_or(""), &body) {
                Ok(answers) => {
                    for mut answer in answers {
                        // Numbered within this round's batch: back to the call's own place.
                        if let Some(&call) = round.get(answer.index) {
                            answer.index = call;
                            slots[call] = Slot::Answered(answer);
                        }
                    }
                }
                Err(why) => {
                    let err = DecodeError {
                        status,
                        path: String::new(),
                        message: format!("the batch response could not be read: {why}"),
                        excerpt: crate::error::excerpt(&body, 0),
                    };
                    for &call in &round {
                        slots[call] = Slot::Unreadable(err.clone());
                    }
                    break;
                }
            }
            let transient: Vec<(usize, Error)> = round
                .iter()
                .filter(|&&call| idempotent[call])
                .filter_map(|&call| match &slots[call] {
                    Slot::Answered(answer) if !answer.status.is_success() => {
                        let err = answer.error();
                        err.is_retryable().then_some((call, err))
                    }
                    _ => None,
                })
                .collect();
            let Some((_, reason)) = transient.first() else {
                break;
            };
            if !again.again(reason).await {
                break;
            }
            round = transient.iter().map(|(call, _)| *call).collect();
        }
        Ok(BatchResults {
            batch: self.id,
            slots,
        })
    }
}

/// What every request of one batch shares.
struct Sending<'a> {
    core: &'a Core,
    url: String,
    boundary: String,
    id: &'a str,
    scopes: &'static [&'static str],
}

impl Sending<'_> {
    /// Sends `parts` as one batch request, repeated by `retry` after a transient failure;
    /// the answer's status, content type and body.
    async fn send<'p>(
        &self,
        parts: impl ExactSizeIterator<Item = &'p PartRequest>,
        retry: &mut crate::internal::Retrier,
    ) -> Result<(StatusCode, Option<String>, bytes::Bytes), Error> {
        let body = wire::encode(&self.boundary, self.id, parts);
        loop {
            let mut headers = Headers::new();
            crate::request::set(
                &mut headers,
                "content-type",
                format!("multipart/mixed; boundary={}", self.boundary),
            );
            let request = Request {
                method: Method::Post,
                url: self.url.clone(),
                headers,
                body: Body::from(body.clone()),
                method_id: None,
            };
            let core = self.core;
            let attempt = async {
                let response = core.send_raw(request, self.scopes, core.timeout()).await?;
                let content_type = response.headers.get("content-type").map(str::to_owned);
                let status = response.status;
                let body = response.body.bytes().await.map_err(Error::Transport)?;
                Ok::<_, Error>((status, content_type, body))
            };
            match attempt.await {
                Ok(answer) => return Ok(answer),
                Err(err) if retry.again(&err).await => continue,
                Err(err) => return Err(err),
            }
        }
    }
}

impl fmt::Debug for Batch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let methods: Vec<&str> = self.calls.iter().map(|c| c.method.id).collect();
        f.debug_struct("Batch")
            .field("api", &self.core.api().id)
            .field("calls", &methods)
            .field("max_calls", &self.max_calls)
            .finish_non_exhaustive()
    }
}

/// Where one call of a sent batch stands.
enum Slot {
    Answered(Answer),
    /// The server sent no part for it, or its result was taken.
    Unanswered,
    /// The body was not a batch response.
    Unreadable(DecodeError),
}

impl Answer {
    /// A part's failure as the error its call gets.
    fn error(&self) -> Error {
        let retry_after = self
            .headers
            .get("retry-after")
            .and_then(|v| parse_retry_after(v, SystemTime::now()));
        Error::Api(Box::new(ApiError::from_response(
            self.status,
            retry_after,
            self.body.clone(),
        )))
    }
}

/// The answers to a sent [`Batch`]: each call's result, taken with its [`BatchEntry`].
pub struct BatchResults {
    batch: String,
    slots: Vec<Slot>,
}

impl BatchResults {
    /// The result of the call that `entry` was returned for: its response, or its own error
    /// ([`Error::Api`] with the part's status and body). A call the server did not answer, or
    /// an answer that cannot be read, is [`Error::Decode`].
    pub fn take<T>(&mut self, entry: BatchEntry<T>) -> Result<T, Error> {
        if entry.batch != self.batch {
            return Err(Error::InvalidArgument(
                "the batch entry belongs to another batch".into(),
            ));
        }
        let answer = match self.slots.get_mut(entry.index) {
            Some(Slot::Unreadable(err)) => return Err(Error::Decode(Box::new(err.clone()))),
            Some(slot) => match std::mem::replace(slot, Slot::Unanswered) {
                Slot::Answered(answer) => Some(answer),
                _ => None,
            },
            None => None,
        };
        let Some(answer) = answer else {
            return Err(Error::Decode(Box::new(DecodeError {
                status: StatusCode::OK,
                path: String::new(),
                message: format!(
                    "the batch response has no answer for call {} (Content-ID <response-{}+{}>), \
                     or it was taken already",
                    entry.index + 1,
                    self.batch,
                    entry.index + 1
                ),
                excerpt: String::new(),
            })));
        };
        if !answer.status.is_success() {
            return Err(answer.error());
        }
        (entry.decode)(answer.status, &answer.body)
    }
}

impl fmt::Debug for BatchResults {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let statuses: Vec<String> = self
            .slots
            .iter()
            .map(|slot| match slot {
                Slot::Answered(a) => a.status.as_u16().to_string(),
                Slot::Unanswered => "-".into(),
                Slot::Unreadable(_) => "unreadable".into(),
            })
            .collect();
        f.debug_struct("BatchResults")
            .field("statuses", &statuses)
            .finish()
    }
}
