//! Why no access token could be had.

use std::fmt;

/// A failure to obtain an access token.
#[derive(Debug)]
pub struct AuthError {
    message: String,
    transient: bool,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl AuthError {
    /// An error with a message. Must not contain the credential itself.
    pub fn new(message: impl Into<String>) -> Self {
        AuthError {
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
            message: message.into(),
            transient: false,
            source: Some(source.into()),
        }
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
