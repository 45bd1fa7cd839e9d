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
/// is safe to repeat. Calls that fail inside a successful batch are not retried.
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
        let mut idempotent = true;
        let mut parts = Vec::with_capacity(self.calls.len());
        for call in self.calls {
            let prepared = prepare(&core.inner, call, "json")?;
            idempotent &= prepared.idempotent;
            parts.push(PartRequest::from_prepared(&prepared, &core.inner.headers));
        }
        let boundary = format!("batch_{}", self.id);
        let body = wire::encode(&boundary, &self.id, &parts);
        let url = format!("{}{}", core.root_url(), core.api().batch_path);
        let mut retry = core.retrier(idempotent, scopes);
        let response = loop {
            let mut headers = Headers::new();
            crate::request::set(
                &mut headers,
                "content-type",
                format!("multipart/mixed; boundary={boundary}"),
            );
            let request = Request {
                method: Method::Post,
                url: url.clone(),
                headers,
                body: Body::from(body.clone()),
                method_id: None,
            };
            let attempt = async {
                let response = core.send_raw(request, scopes, core.timeout()).await?;
                let content_type = response.headers.get("content-type").map(str::to_owned);
                let status = response.status;
                let body = response.body.bytes().await.map_err(Error::Transport)?;
                Ok::<_, Error>((status, content_type, body))
            };
            match attempt.await {
                Ok(answer) => break answer,
                Err(err) if retry.again(&err).await => continue,
                Err(err) => return Err(err),
            }
        };
        let (status, content_type, body) = response;
        let answers =
            wire::decode(content_type.as_deref().unwrap_or(""), &body).map_err(|why| DecodeError {
                status,
                path: String::new(),
                message: format!("the batch response could not be read: {why}"),
                excerpt: crate::error::excerpt(&body, 0),
            });
        let results = match answers {
            Ok(answers) => {
                let mut slots: Vec<Option<Answer>> = (0..parts.len()).map(|_| None).collect();
                for answer in answers {
                    if let Some(slot) = slots.get_mut(answer.index) {
                        *slot = Some(answer);
                    }
                }
                Outcome::Parts(slots)
            }
            Err(err) => Outcome::Unreadable(err),
        };
        Ok(BatchResults {
            batch: self.id,
            results,
        })
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

enum Outcome {
    /// The part of each call, by its place in the batch; `None` when the server sent none.
    Parts(Vec<Option<Answer>>),
    /// The body was not a batch response: every call gets this error.
    Unreadable(DecodeError),
}

/// The answers to a sent [`Batch`]: each call's result, taken with its [`BatchEntry`].
pub struct BatchResults {
    batch: String,
    results: Outcome,
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
        let answer = match &mut self.results {
            Outcome::Unreadable(err) => return Err(Error::Decode(Box::new(err.clone()))),
            Outcome::Parts(slots) => slots.get_mut(entry.index).and_then(Option::take),
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
            let retry_after = answer
                .headers
                .get("retry-after")
                .and_then(|v| parse_retry_after(v, SystemTime::now()));
            return Err(Error::Api(Box::new(ApiError::from_response(
                answer.status,
                retry_after,
                answer.body,
            ))));
        }
        (entry.decode)(answer.status, &answer.body)
    }
}

impl fmt::Debug for BatchResults {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = f.debug_struct("BatchResults");
        match &self.results {
            Outcome::Parts(slots) => {
                let statuses: Vec<Option<u16>> = slots
                    .iter()
                    .map(|a| a.as_ref().map(|a| a.status.as_u16()))
                    .collect();
                s.field("statuses", &statuses)
            }
            Outcome::Unreadable(err) => s.field("unreadable", &err.message),
        }
        .finish()
    }
}
