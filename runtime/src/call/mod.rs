//! One request of an API method, complete and not yet sent: [`Call`].

use std::fmt;

use ::serde::de::DeserializeOwned;

use crate::api::MethodInfo;
use crate::engine::Engine;
use crate::error::decode_error;
use crate::http::{Method, StatusCode};
use crate::media::{Download, Media};
use crate::protocol::{self, Answer};
use crate::request::{CallBuilder, CallOptions, CallParts, JsonBody, MediaPart, UploadProtocol};
use crate::trace;

pub(crate) mod setup;
use crate::response::Response;
use crate::{BoxFuture, Error, ResponseFuture};

/// How a call's answer becomes `T`.
pub(crate) type Decoder<T> = fn(StatusCode, &[u8]) -> Result<T, Error>;

/// One request of an API method, complete and not yet sent: what a request builder's
/// `into_call()` gives up, and what its `send()`, `upload()`, `upload_resumable()` and
/// `download()` send.
///
/// `T` is what the method answers (`()` for a method without a response body). A call keeps
/// its client, so it can be sent on its own, later or elsewhere; its per-call settings can
/// still be changed through [`CallBuilder`]. [`response`](Self::response) sends it and keeps
/// the status and headers beside the decoded body.
///
/// ```no_run
/// # async fn example<T: Send + 'static>(call: discogen_runtime::Call<T>) -> discogen_runtime::Result<()> {
/// use std::time::Duration;
/// use discogen_runtime::CallBuilder;
///
/// // `call` is e.g. `client.objects().get("my-bucket", "a.txt").into_call()`.
/// println!("sending {}", call.method_id()); // `storage.objects.get`
/// let response = call.timeout(Duration::from_secs(5)).response().await?;
/// println!("{:?}", response.headers().get("etag"));
/// let object: T = response.into_body();
/// # Ok(())
/// # }
/// ```
///
/// Values are recorded as given; validation and encoding happen when the call is sent, so
/// every problem surfaces as an [`Error`] from the future, before anything goes on the wire.
pub struct Call<T> {
    engine: Engine,
    pub(crate) parts: CallParts,
    decode: Decoder<T>,
}

impl<T> Call<T> {
    pub(crate) fn with_decoder(
        engine: Engine,
        method: &'static MethodInfo,
        options: CallOptions,
        decode: Decoder<T>,
    ) -> Self {
        Call {
            engine,
            parts: CallParts::new(method, options),
            decode,
        }
    }

    /// The call's engine, parts and decoder, for a batch.
    pub(crate) fn into_parts(self) -> (Engine, CallParts, Decoder<T>) {
        (self.engine, self.parts, self.decode)
    }

    /// The same call, answering with the JSON value of the response instead of `T`.
    pub(crate) fn with_json_decoder(self) -> Call<serde_json::Value> {
        Call {
            engine: self.engine,
            parts: self.parts,
            decode: decode_json::<serde_json::Value>,
        }
    }

    /// The Discovery id of the method, e.g. `storage.objects.get`.
    pub fn method_id(&self) -> &'static str {
        self.parts.method.id
    }

    /// The HTTP method the call is sent with (uploads included).
    pub fn http_method(&self) -> Method {
        self.parts.method.http_method
    }

    /// The engine the call goes through.
    pub(crate) fn engine(&self) -> &Engine {
        &self.engine
    }

    /// Sends the call and decodes the answer.
    pub fn send(self) -> ResponseFuture<T>
    where
        T: Send + 'static,
    {
        let decode = self.decode;
        let answer = answer(self.engine, self.parts);
        Box::pin(async move {
            let answer = answer.await?;
            decode(answer.status, &answer.body)
        })
    }

    /// Sends the call and returns the whole [`Response`]: the status and headers (an `ETag`,
    /// `X-Goog-Generation`, a request id) beside the decoded body.
    pub fn response(self) -> ResponseFuture<Response<T>>
    where
        T: Send + 'static,
    {
        let decode = self.decode;
        let answer = answer(self.engine, self.parts);
        Box::pin(async move {
            let answer = answer.await?;
            let body = decode(answer.status, &answer.body)?;
            Ok(Response::from_parts(answer.status, answer.headers, body))
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
        self.with_media(media, UploadProtocol::OneRequest).send()
    }

    /// Sends the call with `media` as its content through the resumable protocol: a request
    /// with `uploadType=resumable` (the JSON body as metadata) opens a session, then the media
    /// goes in chunks ([`Media::chunk_size`]), resuming from the server's offset after a
    /// transient failure. Refused like [`upload`](Self::upload).
    pub fn upload_resumable(self, media: Media) -> ResponseFuture<T>
    where
        T: Send + 'static,
    {
        self.with_media(media, UploadProtocol::Resumable).send()
    }

    /// Sends the call with `alt=media` and returns the content instead of the method's
    /// JSON answer, unread. A method whose document does not say `supportsMediaDownload` is
    /// [`Error::InvalidArgument`], before anything is sent.
    pub fn download(mut self) -> ResponseFuture<Download> {
        let info = self.parts.method;
        if !info.media_download {
            self.parts.check(Err(Error::InvalidArgument(format!(
                "{}: the method has no media download",
                info.id
            ))));
        }
        let span = trace::call_span(self.engine.api(), info);
        trace::in_call_span(span, async move {
            protocol::download(&self.engine, self.parts).await
        })
    }

    fn with_media(mut self, media: Media, protocol: UploadProtocol) -> Self {
        let info = self.parts.method;
        match info.media_upload {
            Some(upload) => {
                // The document's `mediaUpload` says whether metadata may travel with media;
                // when it may not, the body is left out rather than refused.
                if !upload.multipart {
                    self.parts.body = JsonBody::None;
                }
                self.parts.media = Some(MediaPart {
                    upload,
                    media,
                    protocol,
                });
            }
            None => self.parts.check(Err(Error::InvalidArgument(format!(
                "{}: the method takes no media",
                info.id
            )))),
        }
        self
    }
}

/// Sends the call in its span: how [`Call::send`] and [`Call::response`] begin.
fn answer(engine: Engine, parts: CallParts) -> BoxFuture<'static, Result<Answer, Error>> {
    let span = trace::call_span(engine.api(), parts.method);
    protocol::send(engine, parts, span)
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
            .field("media", &parts.media.as_ref().map(|part| &part.media))
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
    use super::setup::{call_without_response, Setup};
    use super::*;
    use crate::api::ApiInfo;
    use crate::ClientBuilder;

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

    fn engine() -> Engine {
        ClientBuilder::new(&API, |engine| engine).build().unwrap()
    }

    #[test]
    fn the_first_failed_check_is_kept() {
        let mut call = call_without_response(engine(), &METHOD, CallOptions::default());
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
        let call = call_without_response(engine(), &METHOD, CallOptions::default());
        let err = call.upload(Media::new(&b"x"[..], "a/b")).await.unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid argument: test.things.get: the method takes no media"
        );
        let call = call_without_response(engine(), &METHOD, CallOptions::default());
        let err = call.download().await.unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid argument: test.things.get: the method has no media download"
        );
    }
}
