//! Requests that no generated method describes, built by hand-written code and sent through
//! the client's engine all the same.

use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use url::Url;

use super::retry_loop::retry_loop;
use super::{Accept, Attempt, AttemptError, Engine, Payload, Prepared, Read, Repeat, Token};
use crate::http::{Body, Headers, Method, Request, Response};
use crate::media::Download;
use crate::retry::RetryPolicy;
use crate::{BoxFuture, Error};

/// A request that no generated method describes (an upload protocol's, a URL the API handed
/// out), made with [`Engine::request`], sent through the client: its transport (a test's
/// mock included), headers (user agent, API key, quota project), rate limit, tracing, and
/// retry policy.
///
/// [`send`](Self::send) makes the attempts itself. A protocol whose attempts do more than
/// send this one request (a body streamed from a reader, a session asked where it stands)
/// runs them with [`retry_loop`](Self::retry_loop) and sends each with
/// [`send_once`](Self::send_once):
///
/// ```no_run
/// # async fn example(engine: &discogen_runtime::engine::Engine) -> discogen_runtime::Result<()> {
/// use discogen_runtime::http::Method;
///
/// let request = engine
///     .request(Method::Post, "v1/uploads")
///     .header("x-goog-upload-protocol", "raw")
///     .scopes(&["https://www.googleapis.com/auth/photoslibrary.appendonly"])
///     .idempotent(true);
/// // Each attempt sends a body made anew, as a stream read from a file would be.
/// let response = request
///     .retry_loop(&mut &request, |request, attempt| {
///         Box::pin(request.send_once(attempt, "bytes"))
///     })
///     .await?;
/// println!("{}", response.status);
/// # Ok(())
/// # }
/// ```
///
/// A status other than 2xx is [`Error::Api`], with the server's error decoded; on success
/// the response comes back with its body unread.
#[must_use = "a request does nothing until it is sent"]
pub struct RawRequest {
    engine: Engine,
    method: Method,
    url: Result<String, String>,
    headers: Headers,
    /// The first header that could not be set: the request fails with it when sent.
    invalid: Option<String>,
    body: Bytes,
    token: Token,
    idempotent: bool,
    timeout: Option<Duration>,
    policy: Option<RetryPolicy>,
    transfer: bool,
}

impl RawRequest {
    pub(super) fn new(engine: Engine, method: Method, url: &str) -> Self {
        let url = resolve(engine.root_url(), url);
        RawRequest {
            timeout: engine.timeout(),
            engine,
            method,
            url,
            headers: Headers::new(),
            invalid: None,
            body: Bytes::new(),
            token: Token::None,
            idempotent: method.is_idempotent(),
            policy: None,
            transfer: false,
        }
    }

    /// Sets a header. A name or value that cannot go on the wire makes the request fail with
    /// [`Error::InvalidArgument`] when sent, before anything is sent.
    pub fn header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.set_header(name, value.into(), false);
        self
    }

    /// Like [`header`](Self::header), for a value that must never be shown (a credential):
    /// it stays out of `Debug`, logs and a mock transport's records.
    pub fn sensitive_header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.set_header(name, value.into(), true);
        self
    }

    fn set_header(&mut self, name: &str, value: String, sensitive: bool) {
        let set = if sensitive {
            self.headers.insert_sensitive(name, value)
        } else {
            self.headers.insert(name, value)
        };
        if let (Err(err), None) = (set, &self.invalid) {
            self.invalid = Some(err.to_string());
        }
    }

    /// The body that [`send`](Self::send) and [`send_once`](Self::send_once) send.
    pub fn body(mut self, body: impl Into<Bytes>) -> Self {
        self.body = body.into();
        self
    }

    /// Sends the client's access token for any of `scopes` (the client's token provider
    /// decides which token that is). Without it, the request carries no token.
    pub fn scopes(mut self, scopes: &'static [&'static str]) -> Self {
        self.token = Token::For(scopes);
        self
    }

    /// Whether repeating the request is harmless once it may have reached the server; by
    /// default, what the HTTP method says (GET, PUT, DELETE).
    pub fn idempotent(mut self, idempotent: bool) -> Self {
        self.idempotent = idempotent;
        self
    }

    /// The limit of one attempt (`None`: none), instead of the client's.
    pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
        self.timeout = timeout;
        self
    }

    /// The retry policy, instead of the client's.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.policy = Some(policy);
        self
    }

    /// Says that an attempt moves media, which takes as long as the bytes need: the policy's
    /// time then stops new attempts, never one under way, and only the
    /// [`timeout`](Self::timeout) bounds an attempt.
    pub fn transfer(mut self) -> Self {
        self.transfer = true;
        self
    }

    /// The URL the request goes to.
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref().ok()
    }

    /// Sends the request, attempted again as the retry policy allows.
    pub async fn send(self) -> Result<Response, Error> {
        self.retry_loop(&mut &self, |this, attempt| {
            Box::pin(this.send_once(attempt, this.body.clone()))
        })
        .await
    }

    /// Sends the request for media to read (a URL the API handed out for a file's bytes), as
    /// a [`Download`] whose body is unread: attempted as [`send`](Self::send) is until the
    /// response headers arrive, and, when the body is then written with
    /// [`Download::write_to`] or [`Download::write_to_file`], asked for again from where it
    /// broke (`Range`) if it is cut, and checked against what the server announced.
    pub async fn download(self) -> Result<Download, Error> {
        let prepared = self.prepared()?;
        let response = prepared.send(Read::Head).await?;
        Ok(Download::from_response(response).resumable(prepared))
    }

    /// This request as one the media protocols can repeat.
    fn prepared(self) -> Result<Prepared, Error> {
        self.check()?;
        let repeat = self.repeat();
        let body = match (self.body.is_empty(), self.method) {
            (true, Method::Get | Method::Delete) => None,
            _ => Some(Payload::Bytes(self.body)),
        };
        Ok(Prepared {
            engine: self.engine,
            method_id: None,
            method: self.method,
            url: self.url.unwrap_or_default(),
            url_template: &[],
            headers: self.headers,
            body,
            accept: Accept::Success,
            repeat,
        })
    }

    fn repeat(&self) -> Repeat {
        Repeat {
            policy: self
                .policy
                .clone()
                .unwrap_or_else(|| self.engine.retry_policy().clone()),
            idempotent: self.idempotent,
            token: self.token,
            timeout: self.timeout,
            transfer: self.transfer,
        }
    }

    /// The request's URL, or the error that the URL or a header makes it fail with.
    fn check(&self) -> Result<&str, Error> {
        let url = self
            .url
            .as_ref()
            .map_err(|why| Error::InvalidArgument(format!("{} request: {why}", self.method)))?;
        if let Some(invalid) = &self.invalid {
            return Err(Error::InvalidArgument(invalid.clone()));
        }
        Ok(url)
    }

    /// Makes attempts of `work` under this request's policy, as the client makes those of
    /// its own calls: until one succeeds, one fails in a way not worth repeating (or with an
    /// error that is not the runtime's), or the policy is used up, which is
    /// [`Error::RetriesExhausted`]. A 401 is tried again once with a new token.
    ///
    /// Each attempt is `work(state, attempt)`, a boxed future: what the attempts share (this
    /// request, an offset, an input) is `state`, which each is handed in turn.
    pub async fn retry_loop<S, T, E, F>(&self, state: &mut S, work: F) -> Result<T, E>
    where
        S: Send + ?Sized,
        T: Send,
        F: for<'a> FnMut(&'a mut S, &'a Attempt) -> BoxFuture<'a, Result<T, E>> + Send,
        E: AttemptError + Send,
    {
        retry_loop(&self.engine, &self.repeat(), state, work).await
    }

    /// Sends the request once, with `body` (bytes, or a stream such as a file being read),
    /// within the attempt's [`timeout`](Attempt::timeout).
    pub async fn send_once(
        &self,
        attempt: &Attempt,
        body: impl Into<Body>,
    ) -> Result<Response, Error> {
        let url = self.check()?;
        let mut request = Request::new(self.method, url).with_body(body);
        request.headers = self.headers.clone();
        self.engine
            .send_once(request, self.token, Accept::Success, attempt, Read::Head)
            .await
    }
}

/// `url` as an absolute `http` or `https` URL, relative ones joined to `root`; or why not.
fn resolve(root: &str, url: &str) -> Result<String, String> {
    let joined = Url::parse(url).or_else(|_| Url::parse(root).and_then(|root| root.join(url)));
    match joined {
        Ok(url) if matches!(url.scheme(), "http" | "https") => Ok(url.into()),
        Ok(_) => Err("the URL must use http or https".into()),
        Err(_) => Err("the URL is not a URL".into()),
    }
}

impl fmt::Debug for RawRequest {
    // Only the URL's origin: a URL the API handed out may grant access to whoever holds it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let origin = self
            .url
            .as_ref()
            .ok()
            .and_then(|u| Url::parse(u).ok())
            .map(|u| u.origin().ascii_serialization());
        f.debug_struct("RawRequest")
            .field("method", &self.method)
            .field("origin", &origin)
            .field("headers", &self.headers)
            .field("body_len", &self.body.len())
            .field("authorized", &matches!(self.token, Token::For(_)))
            .field("idempotent", &self.idempotent)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::resolve;

    #[test]
    fn urls_are_absolute_or_relative_to_the_root() {
        let root = "https://photoslibrary.googleapis.com/";
        assert_eq!(
            resolve(root, "v1/uploads").unwrap(),
            "https://photoslibrary.googleapis.com/v1/uploads"
        );
        assert_eq!(
            resolve(root, "https://lh3.googleusercontent.com/x=d").unwrap(),
            "https://lh3.googleusercontent.com/x=d"
        );
        assert!(resolve(root, "ftp://example.com/a").is_err());
        assert!(resolve("not a root", "relative").is_err());
    }
}
