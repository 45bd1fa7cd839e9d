//! Many calls of one API in one HTTP request: Google's batch format, `multipart/mixed` with
//! one `application/http` part per call, sent to the document's `batchPath`.

use std::fmt;
use std::time::SystemTime;

use crate::call::{Call, Decoder};
use crate::engine::{
    never_sent, retry_loop, Accept, Attempt, AttemptError, Engine, Payload, Prepared, Read, Repeat,
    Token,
};
use crate::error::{ApiError, DecodeError};
use crate::http::{Headers, Method, StatusCode};
use crate::request::{prepare, set, Alt, CallParts};
use crate::retry::parse_retry_after;
use crate::{trace, BoxFuture, Error};

mod wire;

use wire::{Answer, PartRequest};

/// The most calls Google's batch endpoints take in one request.
pub const DEFAULT_MAX_CALLS: usize = 100;

/// Calls of one API collected to go out as one HTTP request: `client.batch()`.
///
/// Each [`add`](Self::add) returns a [`BatchEntry`] that later takes that call's own typed
/// result from the [`BatchResults`], whatever order the server answered in:
///
/// ```no_run
/// # use discogen_runtime::{batch::Batch, Call};
/// # async fn two<T: std::fmt::Debug>(mut batch: Batch, get: Call<T>, delete: Call<()>) -> discogen_runtime::Result<()> {
/// // `batch` is `client.batch()`; `get` and `delete` are e.g.
/// // `client.objects().get("bucket", "a.txt").into_call()` and a `delete` of the same API.
/// let first = batch.add(get);
/// let second = batch.add(delete);
/// let mut results = batch.send().await?;
/// let object = results.take(first)?; // a `T`, e.g. `types::Object`
/// results.take(second)?; // `()`
/// println!("{object:?}");
/// # Ok(())
/// # }
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
    engine: Engine,
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
    pub fn new(engine: Engine) -> Self {
        Batch {
            engine,
            calls: Vec::new(),
            id: format!("{:016x}", fastrand::u64(..)),
            max_calls: DEFAULT_MAX_CALLS,
        }
    }

    /// Adds a call; its result is taken with the returned entry.
    pub fn add<T>(&mut self, call: Call<T>) -> BatchEntry<T> {
        let (engine, mut parts, decode) = call.into_parts();
        if engine.api_id() != self.engine.api_id() && parts.failure.is_none() {
            parts.failure = Some(Error::InvalidArgument(format!(
                "{}: a batch of {} takes only calls of that API",
                parts.method.id,
                self.engine.api_id()
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
        let span = trace::batch_span(self.engine.api(), self.calls.len());
        trace::in_call_span(span, self.run())
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
        let engine = self.engine;
        let scopes = self.calls[0].method.scopes;
        let mut idempotent = Vec::with_capacity(self.calls.len());
        let mut parts = Vec::with_capacity(self.calls.len());
        for call in self.calls {
            idempotent.push(call.idempotent());
            let prepared = prepare(&engine, call, Alt::Json)?;
            parts.push(PartRequest::from_prepared(
                &prepared,
                &engine.settings().headers,
            ));
        }
        let all_idempotent = idempotent.iter().all(|i| *i);
        let mut template = Prepared {
            method_id: None,
            method: Method::Post,
            url: format!("{}{}", engine.root_url(), engine.api().batch_path),
            url_template: &[],
            headers: Headers::new(),
            body: None,
            accept: Accept::Success,
            repeat: Repeat::new(&engine, true, Token::For(scopes)),
            engine,
        };
        set(
            &mut template.headers,
            "content-type",
            format!("multipart/mixed; boundary=batch_{}", self.id),
        );
        let calls = parts.len();
        let mut rounds = Rounds {
            template: &template,
            boundary: format!("batch_{}", self.id),
            id: &self.id,
            parts,
            idempotent,
            all_idempotent,
            slots: (0..calls).map(|_| Slot::Unanswered).collect(),
            round: (0..calls).collect(),
            first: true,
        };
        // Each attempt sends the calls still waiting for an answer as one batch: all of them
        // first, then those answered with a transient failure, when each may be repeated.
        let sent = retry_loop(
            &template.engine,
            &template.repeat,
            &mut rounds,
            |rounds, attempt| Box::pin(rounds.attempt(attempt)),
        )
        .await;
        match sent {
            Ok(()) => {}
            // Nothing was answered: the batch fails as a whole.
            Err(Round::Failed(err) | Round::Sent(err)) if rounds.first => return Err(err),
            // A later round that failed leaves its calls the answers they had.
            Err(_) => {}
        }
        let slots = rounds.slots;
        Ok(BatchResults {
            batch: self.id,
            slots,
        })
    }
}

/// The rounds of one batch: what its attempts share.
struct Rounds<'a> {
    template: &'a Prepared,
    boundary: String,
    id: &'a str,
    parts: Vec<PartRequest>,
    /// Whether each call may be repeated.
    idempotent: Vec<bool>,
    all_idempotent: bool,
    slots: Vec<Slot>,
    /// The calls the next batch sends.
    round: Vec<usize>,
    /// Whether no batch has been answered yet.
    first: bool,
}

impl Rounds<'_> {
    /// Sends this round's calls as one batch and files the answers; the calls answered with
    /// a transient failure are the next round's.
    async fn attempt(&mut self, attempt: &Attempt) -> Result<(), Round> {
        let mut request = self.template.clone();
        request.body = Some(Payload::Bytes(wire::encode(
            &self.boundary,
            self.id,
            self.round.iter().map(|&i| &self.parts[i]),
        )));
        let answer = match request.send_once(attempt, Read::Whole).await {
            Ok(answer) => answer,
            // The batch is one POST: repeated as a whole only when every call in it may be,
            // or when it never reached the server.
            Err(err) if self.first && !self.all_idempotent && !never_sent(&err) => {
                return Err(Round::Failed(err))
            }
            Err(err) => return Err(Round::Sent(err)),
        };
        self.first = false;
        let content_type = answer.headers.get("content-type").unwrap_or("").to_owned();
        let body = answer
            .body
            .bytes()
            .await
            .map_err(|e| Round::Sent(Error::Transport(e)))?;
        match wire::decode(&content_type, &body) {
            Ok(answers) => {
                for mut answer in answers {
                    // Numbered within this round's batch: back to the call's own place.
                    if let Some(&call) = self.round.get(answer.index) {
                        answer.index = call;
                        self.slots[call] = Slot::Answered(answer);
                    }
                }
            }
            Err(why) => {
                let err = DecodeError {
                    status: answer.status,
                    path: String::new(),
                    message: format!("the batch response could not be read: {why}"),
                    excerpt: crate::error::excerpt(&body, 0),
                };
                for &call in &self.round {
                    self.slots[call] = Slot::Unreadable(err.clone());
                }
                return Ok(());
            }
        }
        let mut transient: Vec<(usize, Error)> = self
            .round
            .iter()
            .filter(|&&call| self.idempotent[call])
            .filter_map(|&call| match &self.slots[call] {
                Slot::Answered(answer) if !answer.status.is_success() => {
                    let err = answer.error();
                    err.is_retryable().then_some((call, err))
                }
                _ => None,
            })
            .collect();
        if transient.is_empty() {
            return Ok(());
        }
        self.round = transient.iter().map(|(call, _)| *call).collect();
        let (_, reason) = transient.swap_remove(0);
        Err(Round::Parts(reason))
    }
}

/// Why a round of a batch did not settle every call.
enum Round {
    /// The batch request failed; the retry loop judges whether to send it again.
    Sent(Error),
    /// The batch request failed and may not be repeated.
    Failed(Error),
    /// Calls were answered with a transient failure (the first one's error): they go again.
    Parts(Error),
}

impl AttemptError for Round {
    fn runtime_error(&self) -> Option<&Error> {
        match self {
            Round::Sent(err) | Round::Parts(err) => Some(err),
            Round::Failed(_) => None,
        }
    }

    fn map_runtime_error(self, replace: impl FnOnce(Error) -> Error) -> Self {
        match self {
            Round::Sent(err) => Round::Sent(replace(err)),
            Round::Parts(err) => Round::Parts(replace(err)),
            failed => failed,
        }
    }
}

impl fmt::Debug for Batch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let methods: Vec<&str> = self.calls.iter().map(|c| c.method.id).collect();
        f.debug_struct("Batch")
            .field("api", &self.engine.api_id())
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
