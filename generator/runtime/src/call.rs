//! One request in the making: what generated methods fill in, and what users may adjust.

use std::fmt::{self, Display};
use std::time::Duration;

use super::{Media, MediaUpload, MethodInfo, RetryPolicy};

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

/// A request assembled by a generated method and executed by [`Core`](super::Core).
///
/// Values are recorded as given; validation and encoding happen when the call is executed,
/// so every problem surfaces as an [`Error`](super::Error) from `send`.
pub struct Call {
    pub(crate) method: &'static MethodInfo,
    pub(crate) options: CallOptions,
    pub(crate) path_args: Vec<String>,
    pub(crate) query: Vec<(&'static str, String)>,
    pub(crate) body: Body,
    pub(crate) media: Option<(&'static MediaUpload, Media)>,
    /// Whether `media` goes through the resumable protocol.
    pub(crate) resumable: bool,
    /// The first check that failed while the call was built; sent instead of the request.
    pub(crate) failure: Option<super::Error>,
}

impl Call {
    /// Starts a call of `method` with the builder's options.
    pub fn new(method: &'static MethodInfo, options: CallOptions) -> Self {
        Call {
            method,
            options,
            path_args: Vec::new(),
            query: Vec::new(),
            body: Body::None,
            media: None,
            resumable: false,
            failure: None,
        }
    }

    /// Records the outcome of a check of the request (a limit of the API): the first failure
    /// is what the call's future resolves to, before anything is sent.
    pub fn check(&mut self, outcome: Result<(), super::Error>) {
        if let (Err(err), None) = (outcome, &self.failure) {
            self.failure = Some(err);
        }
    }

    /// Supplies the next path parameter, in the order of the method's `PathPart::Param`s.
    pub fn path_arg(&mut self, value: &dyn Display) {
        self.path_args.push(value.to_string());
    }

    /// Adds a query parameter; call repeatedly with one name for a repeated parameter.
    pub fn query(&mut self, name: &'static str, value: &dyn Display) {
        self.query.push((name, value.to_string()));
    }

    /// Sets the JSON request body. A serialization failure is kept and reported when the
    /// call is executed.
    pub fn json_body<T: ::serde::Serialize + ?Sized>(&mut self, body: &T) {
        self.body = Body::Json(serde_json::to_vec(body));
    }

    /// Attaches media to upload. The call then goes to the upload endpoint `upload.path`,
    /// as `uploadType=multipart` when a JSON body is also set (and the method allows it),
    /// else as `uploadType=media`.
    pub fn media_upload(&mut self, upload: &'static MediaUpload, media: Media) {
        self.media = Some((upload, media));
        self.resumable = false;
    }

    /// Attaches media to upload with the resumable protocol: a request to
    /// `upload.resumable_path` (`uploadType=resumable`, the JSON body if any as metadata)
    /// opens a session, then the media goes in chunks ([`Media::chunk_size`]), resuming from
    /// the server's offset after a transient failure.
    pub fn resumable_upload(&mut self, upload: &'static MediaUpload, media: Media) {
        self.media = Some((upload, media));
        self.resumable = true;
    }

    /// The method being called.
    pub fn method(&self) -> &'static MethodInfo {
        self.method
    }
}

impl fmt::Debug for Call {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("method", &self.method.id)
            .field("path_args", &self.path_args)
            .field("query", &self.query)
            .field("options", &self.options)
            .field("media", &self.media.as_ref().map(|(_, m)| m))
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::method::HttpMethod;
    use crate::Error;

    static METHOD: MethodInfo = MethodInfo {
        id: "test.things.get",
        http_method: HttpMethod::Get,
        path: &[],
        scopes: &[],
    };

    #[test]
    fn the_first_failed_check_is_kept() {
        let mut call = Call::new(&METHOD, CallOptions::default());
        call.check(Ok(()));
        assert!(call.failure.is_none());
        call.check(Err(Error::InvalidArgument("first".into())));
        call.check(Ok(()));
        call.check(Err(Error::InvalidArgument("second".into())));
        match call.failure {
            Some(Error::InvalidArgument(message)) => assert_eq!(message, "first"),
            other => panic!("expected the first failure, got {other:?}"),
        }
    }
}
