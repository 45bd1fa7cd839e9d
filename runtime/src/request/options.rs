//! The settings every call accepts besides its method's parameters: what a user adjusts
//! through [`CallBuilder`], on any request builder.

use std::fmt::{self, Display};
use std::time::Duration;

use crate::retry::RetryPolicy;

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
/// ```
/// use std::time::Duration;
/// use discogen_runtime::CallBuilder;
///
/// // Any request builder, e.g. `client.albums().get("id")`, or a `Call`.
/// fn quick<B: CallBuilder>(builder: B) -> B {
///     builder.fields("id,title").timeout(Duration::from_secs(5))
/// }
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
    /// sent, with [`Error::InvalidArgument`](crate::Error::InvalidArgument).
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
