//! Why no access token could be had.

use std::fmt;

/// What a program can do about an [`AuthError`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum AuthErrorKind {
    /// The saved sign-in no longer works: the authorization server refused the refresh
    /// token (`invalid_grant`: revoked by the user, expired, or older than an app in
    /// "Testing" mode may keep one). Sign the user in again.
    SignInAgain,
    /// The user declined to sign in (Cancel on the consent page, `access_denied`).
    Declined,
    /// The user signed in but did not grant these scopes (granular consent): the calls that
    /// need them cannot be made with this sign-in.
    ScopesNotGranted(Vec<String>),
    /// Any other failure: a credentials file that does not parse, an unreachable token
    /// endpoint, a refused client.
    Other,
}

/// A failure to obtain an access token.
#[derive(Debug)]
pub struct AuthError {
    kind: AuthErrorKind,
    message: String,
    transient: bool,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl AuthError {
    /// An error with a message. Must not contain the credential itself.
    pub fn new(message: impl Into<String>) -> Self {
        AuthError {
            kind: AuthErrorKind::Other,
            message: message.into(),
            transient: false,
            source: None,
        }
    }

    /// Wraps an underlying error from a credentials library.
    pub fn with_source(
        message: impl Into<String>,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        AuthError {
            source: Some(source.into()),
            ..AuthError::new(message)
        }
    }

    /// Says what kind of failure this is (by default [`AuthErrorKind::Other`]).
    pub fn with_kind(mut self, kind: AuthErrorKind) -> Self {
        self.kind = kind;
        self
    }

    /// Marks the error as temporary (e.g. the token endpoint was unreachable), making the
    /// call retryable.
    pub fn transient(mut self, transient: bool) -> Self {
        self.transient = transient;
        self
    }

    /// Whether trying again later may succeed.
    pub fn is_transient(&self) -> bool {
        self.transient
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> &AuthErrorKind {
        &self.kind
    }

    /// Whether the user has to sign in again ([`AuthErrorKind::SignInAgain`]).
    pub fn is_sign_in_again(&self) -> bool {
        self.kind == AuthErrorKind::SignInAgain
    }

    /// The scopes the user did not grant ([`AuthErrorKind::ScopesNotGranted`]), else empty.
    pub fn scopes_not_granted(&self) -> &[String] {
        match &self.kind {
            AuthErrorKind::ScopesNotGranted(scopes) => scopes,
            _ => &[],
        }
    }
}

impl fmt::Display for AuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(source) = &self.source {
            write!(f, ": {source}")?;
        }
        Ok(())
    }
}

impl std::error::Error for AuthError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}
