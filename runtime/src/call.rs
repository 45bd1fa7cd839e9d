//! One request in the making: what generated methods fill in, and what users may adjust.

use std::fmt::{self, Display};
use std::time::Duration;

use ::serde::de::DeserializeOwned;

use super::error::decode_error;
use super::http::{Method, StatusCode};
use super::{Core, Download, Error, Media, MediaUpload, MethodInfo, ResponseFuture, RetryPolicy};

/// Per-call settings shared by every request builder; reached through [`CallBuilder`].
#[derive(Clone, Default)]
pub struct CallOptions {
    pub(crate) params: Vec<(String, String)>,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) retry: Option<RetryPolicy>,
    pub(crate) idempotent: Option<bool>,
}

impl CallOptions {
    fn set_param(&mut self, name: String, value: String) {
        match self.params.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => self.params.push((name, value)),
        }
    }
}

impl fmt::Debug for CallOptions {
    // Header values may hold credentials a user chose to pass; show only their names.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<&str> = self.headers.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("CallOptions")
            .field("params", &self.params)
            .field("headers", &headers)
            .field("timeout", &self.timeout)
            .field("retry", &self.retry)
            .field("idempotent", &self.idempotent)
            .finish()
    }
}

/// Settings every request builder accepts, in addition to the method's own parameters.
///
/// ```ignore
/// let album = client.albums().get("id")
///     .fields("id,title")
///     .timeout(Duration::from_secs(5))
///     .send().await?;
/// ```
pub trait CallBuilder: Sized {
    /// The builder's options; the only method a request builder implements.
    fn options(&mut self) -> &mut CallOptions;

    /// Restricts the response to these fields (standard parameter `fields`), e.g.
    /// `"albums(id,title),nextPageToken"`.
    fn fields(mut self, fields: impl Into<String>) -> Self {
        self.options().set_param("fields".into(), fields.into());
        self
    }

    /// Attributes quota to this user (standard parameter `quotaUser`, at most 40 characters).
    fn quota_user(mut self, user: impl Into<String>) -> Self {
        self.options().set_param("quotaUser".into(), user.into());
        self
    }

    /// Asks for an indented response (standard parameter `prettyPrint`).
    fn pretty_print(mut self, pretty: bool) -> Self {
        self.options()
            .set_param("prettyPrint".into(), pretty.to_string());
        self
    }

    /// Sets any query parameter by its wire name, e.g. `$.xgafv` or one this crate does not
    /// know yet; a later call with the same name replaces the value.
    ///
    /// Parameters that would carry credentials in the URL (`access_token`, `oauth_token`,
    /// `key`) or change the response format (`alt`, `callback`) are refused when the call is
    /// sent, with [`Error::InvalidArgument`](super::Error::InvalidArgument).
    fn param(mut self, name: impl Into<String>, value: impl Display) -> Self {
        self.options().set_param(name.into(), value.to_string());
        self
    }

    /// Adds a request header, e.g. `x-goog-user-project`. Values are never logged.
    fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options().headers.push((name.into(), value.into()));
        self
    }

    /// Limits each attempt of this call to `timeout`, overriding the client's setting.
    fn timeout(mut self, timeout: Duration) -> Self {
        self.options().timeout = Some(timeout);
        self
    }

    /// Uses `policy` for this call instead of the client's.
    fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.options().retry = Some(policy);
        self
    }

    /// Declares whether repeating this call is harmless, overriding the default derived from
    /// the HTTP method (GET, PUT, DELETE: yes; POST, PATCH: no). Only idempotent calls are
    /// retried after they may have reached the server.
    fn idempotent(mut self, idempotent: bool) -> Self {
        self.options().idempotent = Some(idempotent);
        self
    }
}

pub(crate) enum Body {
    None,
    Json(Result<Vec<u8>, serde_json::Error>),
}

/// What a call is made of, whatever it answers: the part of [`Call`] that is not generic.
pub(crate) struct CallParts {
    pub(crate) method: &'static MethodInfo,
    pub(crate) options: CallOptions,
    pub(crate) path_args: Vec<String>,
    pub(crate) query: Vec<(&'static str, String)>,
    pub(crate) body: Body,
    pub(crate) media: Option<(&'static MediaUpload, Media)>,
    /// Whether `media` goes through the resumable protocol.
    pub(crate) resumable: bool,
    /// The first check that failed while the call was built; sent instead of the request.
    pub(crate) failure: Option<Error>,
}

/// How a call's answer becomes `T`.
pub(crate) type Decoder<T> = fn(StatusCode, &[u8]) -> Result<T, Error>;

/// One request of an API method, complete and not yet sent: what a request builder's
/// `into_call()` gives up, and what its `send()`, `upload()`, `upload_resumable()` and
/// `download()` send.
///
/// `T` is what the method answers (`()` for a method without a response body). A call keeps
/// its client, so it can be sent on its own, later or elsewhere; its per-call settings can
/// still be changed through [`CallBuilder`].
///
/// ```ignore
/// let call = client.objects().get("my-bucket", "a.txt").into_call();
/// assert_eq!(call.method_id(), "storage.objects.get");
/// let object = call.timeout(Duration::from_secs(5)).send().await?;
/// ```
///
/// Values are recorded as given; validation and encoding happen when the call is sent, so
/// every problem surfaces as an [`Error`] from the future, before anything goes on the wire.
pub struct Call<T> {
    core: Core,
    pub(crate) parts: CallParts,
    decode: Decoder<T>,
}

impl<T: DeserializeOwned> Call<T> {
    /// Starts a call of `method` through `core` with the builder's options, for a method
    /// that answers with JSON. For generated code.
    #[doc(hidden)]
    pub fn new(core: Core, method: &'static MethodInfo, options: CallOptions) -> Self {
        Call::with_decoder(core, method, options, decode_json::<T>)
    }
}

impl Call<()> {
    /// Starts a call of `method` that answers with no body (whatever comes back is read and
    /// dropped). For generated code.
    #[doc(hidden)]
    pub fn without_response(core: Core, method: &'static MethodInfo, options: CallOptions) -> Self {
        Call::with_decoder(core, method, options, |_, _| Ok(()))
    }
}

impl<T> Call<T> {
    pub(crate) fn with_decoder(
        core: Core,
        method: &'static MethodInfo,
        options: CallOptions,
        decode: Decoder<T>,
    ) -> Self {
        Call {
            core,
            parts: CallParts {
                method,
                options,
                path_args: Vec::new(),
                query: Vec::new(),
                body: Body::None,
                media: None,
                resumable: false,
                failure: None,
            },
            decode,
        }
    }

    /// The call's client, parts and decoder, for a batch.
    pub(crate) fn into_parts(self) -> (Core, CallParts, Decoder<T>) {
        (self.core, self.parts, self.decode)
    }

    /// The same call, answering with the JSON value of the response instead of `T`.
    pub(crate) fn with_json_decoder(self) -> Call<serde_json::Value> {
        Call {
            core: self.core,
            parts: self.parts,
            decode: decode_json::<serde_json::Value>,
        }
    }

    /// Records the outcome of a check of the request (a limit of the API): the first failure
    /// is what the call resolves to, before anything is sent. For generated code.
    #[doc(hidden)]
    pub fn check(&mut self, outcome: Result<(), Error>) {
        if let (Err(err), None) = (outcome, &self.parts.failure) {
            self.parts.failure = Some(err);
        }
    }

    /// Adds the request id that makes the call safe to repeat (AIP-155): `value`, or else a
    /// UUID v4 made now, so every attempt of this call sends the same one; the call is then
    /// retried like a read, unless the caller said otherwise (`CallBuilder::idempotent`).
    /// For generated code.
    #[doc(hidden)]
    pub fn request_id(&mut self, name: &'static str, value: Option<&str>) {
        let id = value.map_or_else(|| uuid::Uuid::new_v4().to_string(), str::to_owned);
        self.parts.query.push((name, id));
        self.parts.options.idempotent.get_or_insert(true);
    }

    /// Supplies the next path parameter, in the order of the method's `PathPart::Param`s.
    /// For generated code.
    #[doc(hidden)]
    pub fn path_arg(&mut self, value: &dyn Display) {
        self.parts.path_args.push(value.to_string());
    }

    /// Adds a query parameter; call repeatedly with one name for a repeated parameter. For
    /// generated code.
    #[doc(hidden)]
    pub fn query(&mut self, name: &'static str, value: &dyn Display) {
        self.parts.query.push((name, value.to_string()));
    }

    /// Sets the JSON request body. A serialization failure is kept and reported when the
    /// call is sent. For generated code.
    #[doc(hidden)]
    pub fn json_body<B: ::serde::Serialize + ?Sized>(&mut self, body: &B) {
        self.parts.body = Body::Json(serde_json::to_vec(body));
    }

    /// The Discovery id of the method, e.g. `storage.objects.get`.
    pub fn method_id(&self) -> &'static str {
        self.parts.method.id
    }

    /// The HTTP method the call is sent with (uploads included).
    pub fn http_method(&self) -> Method {
        self.parts.method.http_method
    }

    /// The client the call goes through.
    #[doc(hidden)]
    pub fn core(&self) -> &Core {
        &self.core
    }

    /// Sends the call and decodes the answer.
    pub fn send(self) -> ResponseFuture<T>
    where
        T: Send + 'static,
    {
        let decode = self.decode;
        let response = self.core.execute_buffered(self.parts);
        Box::pin(async move {
            let (status, body) = response.await?;
            decode(status, &body)
        })
    }

    /// Sends the call with `media` as its content, in one request to the method's upload
    /// endpoint: `uploadType=multipart` with the JSON body as metadata when the method takes
    /// metadata with media, else `uploadType=media` (any JSON body is then not sent).
    ///
    /// A method without `mediaUpload` in its document, or media its document refuses
    /// (`accept`, `maxSize`), is [`Error::InvalidArgument`], before anything is sent.
    pub fn upload(self, media: Media) -> ResponseFuture<T>
    where
        T: Send + 'static,
    {
        self.with_media(media, false).send()
    }

    /// Sends the call with `media` as its content through the resumable protocol: a request
    /// with `uploadType=resumable` (the JSON body as metadata) opens a session, then the media
    /// goes in chunks ([`Media::chunk_size`]), resuming from the server's offset after a
    /// transient failure. Refused like [`upload`](Self::upload).
    pub fn upload_resumable(self, media: Media) -> ResponseFuture<T>
    where
        T: Send + 'static,
    {
        self.with_media(media, true).send()
    }

    /// Sends the call with `alt=media` and returns the content instead of the method's
    /// JSON answer, unread. A method whose document does not say `supportsMediaDownload` is
    /// [`Error::InvalidArgument`], before anything is sent.
    pub fn download(mut self) -> ResponseFuture<Download> {
        let info = self.parts.method;
        if !info.media_download {
            self.check(Err(Error::InvalidArgument(format!(
                "{}: the method has no media download",
                info.id
            ))));
        }
        self.core.execute_download(self.parts)
    }

    fn with_media(mut self, media: Media, resumable: bool) -> Self {
        let info = self.parts.method;
        match info.media_upload {
            Some(upload) => {
                // The document's `mediaUpload` says whether metadata may travel with media;
                // when it may not, the body is left out rather than refused.
                if !upload.multipart {
                    self.parts.body = Body::None;
                }
                self.parts.media = Some((upload, media));
                self.parts.resumable = resumable;
            }
            None => self.check(Err(Error::InvalidArgument(format!(
                "{}: the method takes no media",
                info.id
            )))),
        }
        self
    }
}

impl<T> CallBuilder for Call<T> {
    fn options(&mut self) -> &mut CallOptions {
        &mut self.parts.options
    }
}

impl<T> fmt::Debug for Call<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts = &self.parts;
        f.debug_struct("Call")
            .field("method", &parts.method.id)
            .field("path_args", &parts.path_args)
            .field("query", &parts.query)
            .field("options", &parts.options)
            .field("media", &parts.media.as_ref().map(|(_, m)| m))
            .finish_non_exhaustive()
    }
}

/// The only generic step of a call: decoding `T`. The failure path is shared. An empty body
/// decodes as `{}`.
pub(crate) fn decode_json<T: DeserializeOwned>(
    status: StatusCode,
    body: &[u8],
) -> Result<T, Error> {
    let body = if body.iter().all(u8::is_ascii_whitespace) {
        &b"{}"[..]
    } else {
        body
    };
    // `T` is decoded once, by serde_json alone: where it failed is found from the error's
    // position in the text (`json_path`), not by decoding again through a path-tracking
    // wrapper, which would compile every response type's `Deserialize` a second time.
    serde_json::from_slice(body).map_err(|err| decode_error(status, body, &err))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ApiInfo, ClientBuilder};

    static API: ApiInfo = ApiInfo {
        id: "test:v1",
        crate_name: "test",
        crate_version: "0.0.0",
        root_url: "https://test.googleapis.com/",
        service_path: "",
        batch_path: "batch",
        min_retry_waits: &[],
    };

    static METHOD: MethodInfo = MethodInfo {
        id: "test.things.get",
        http_method: Method::Get,
        path: &[],
        scopes: &[],
        media_upload: None,
        media_download: false,
    };

    fn core() -> Core {
        ClientBuilder::<Core>::new(&API).build().unwrap()
    }

    #[test]
    fn the_first_failed_check_is_kept() {
        let mut call = Call::<()>::without_response(core(), &METHOD, CallOptions::default());
        call.check(Ok(()));
        assert!(call.parts.failure.is_none());
        call.check(Err(Error::InvalidArgument("first".into())));
        call.check(Ok(()));
        call.check(Err(Error::InvalidArgument("second".into())));
        match call.parts.failure {
            Some(Error::InvalidArgument(message)) => assert_eq!(message, "first"),
            other => panic!("expected the first failure, got {other:?}"),
        }
    }

    #[tokio::test]
    async fn media_on_a_method_without_media_is_refused_before_sending() {
        let call = Call::<()>::without_response(core(), &METHOD, CallOptions::default());
        let err = call.upload(Media::new(&b"x"[..], "a/b")).await.unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid argument: test.things.get: the method takes no media"
        );
        let call = Call::<()>::without_response(core(), &METHOD, CallOptions::default());
        let err = call.download().await.unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid argument: test.things.get: the method has no media download"
        );
    }
}
