//! How a long-running operation failed, or outlasted the time allowed.

use std::fmt;
use std::time::Duration;

use ::serde::Deserialize;

use super::details::ErrorDetail;
use super::lenient::{lenient, lenient_vec};

/// A long-running operation that finished with an error.
///
/// AIP-151 operations carry a `google.rpc.Status` (`code`, `message`, `details`); Compute-style
/// operations a list of errors (`error.errors[]`) and the HTTP status the failure would have
/// had (`httpErrorStatusCode`). Both are read into this one type.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct OperationError {
    /// The operation's `name`.
    pub name: Option<String>,
    /// `error.code`: a `google.rpc.Code` number (5 is `NOT_FOUND`).
    pub code: Option<i64>,
    /// `error.message`, else the first of `errors[]`, else `httpErrorMessage`.
    pub message: String,
    /// `error.details`, decoded where the type is known.
    pub details: Vec<ErrorDetail>,
    /// `error.errors[]` of a Compute-style operation.
    pub errors: Vec<OperationErrorItem>,
    /// `httpErrorStatusCode` of a Compute-style operation.
    pub http_status: Option<u16>,
    /// The operation as last read.
    pub operation: serde_json::Value,
}

/// One entry of a Compute-style operation's `error.errors`, or the one error of a BigQuery-style
/// operation (`status.errorResult`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct OperationErrorItem {
    /// e.g. `RESOURCE_ALREADY_EXISTS`.
    #[serde(deserialize_with = "lenient")]
    pub code: Option<String>,
    /// A short error code of BigQuery-style errors (`invalidQuery`, `notFound`).
    #[serde(deserialize_with = "lenient")]
    pub reason: Option<String>,
    /// The field or resource concerned.
    #[serde(deserialize_with = "lenient")]
    pub location: Option<String>,
    /// Human-readable description.
    #[serde(deserialize_with = "lenient")]
    pub message: Option<String>,
}

/// An operation's `error`, either shape, read as leniently as an error body.
#[derive(Default, Deserialize)]
struct OperationErrorBody {
    #[serde(default, deserialize_with = "lenient")]
    code: Option<i64>,
    #[serde(default, deserialize_with = "lenient")]
    message: Option<String>,
    #[serde(default, deserialize_with = "lenient_vec")]
    details: Vec<serde_json::Value>,
    #[serde(default, deserialize_with = "lenient_vec")]
    errors: Vec<OperationErrorItem>,
    #[serde(default, deserialize_with = "lenient")]
    reason: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    location: Option<String>,
}

impl OperationError {
    /// The failure of `operation`, whose error (a `google.rpc.Status`, a Compute-style
    /// `{errors: [...]}`, or a single error with `reason`, `message` and `location`, such as
    /// BigQuery's `errorResult`) is `error`.
    pub(crate) fn from_operation(
        operation: serde_json::Value,
        error: Option<serde_json::Value>,
    ) -> Self {
        let field = |key: &str| operation.get(key);
        let mut body: OperationErrorBody = error
            .and_then(|e| OperationErrorBody::deserialize(e).ok())
            .unwrap_or_default();
        if body.errors.is_empty() && (body.reason.is_some() || body.location.is_some()) {
            body.errors.push(OperationErrorItem {
                code: None,
                reason: body.reason.take(),
                location: body.location.take(),
                message: body.message.clone(),
            });
        }
        let text = |key: &str| field(key)?.as_str().map(str::to_owned);
        let message = body
            .message
            .or_else(|| body.errors.iter().find_map(|e| e.message.clone()))
            .or_else(|| text("httpErrorMessage"))
            .unwrap_or_else(|| "the operation failed".into());
        OperationError {
            name: text("name"),
            code: body.code,
            message,
            details: body
                .details
                .into_iter()
                .map(ErrorDetail::from_json)
                .collect(),
            errors: body.errors,
            http_status: field("httpErrorStatusCode")
                .and_then(serde_json::Value::as_u64)
                .and_then(|s| u16::try_from(s).ok()),
            operation,
        }
    }

    /// The name of [`code`](Self::code) (`NOT_FOUND`), or the first error's code of a
    /// Compute-style operation.
    pub fn code_name(&self) -> Option<&str> {
        const CODES: [&str; 17] = [
            "OK",
            "CANCELLED",
            "UNKNOWN",
            "INVALID_ARGUMENT",
            "DEADLINE_EXCEEDED",
            "NOT_FOUND",
            "ALREADY_EXISTS",
            "PERMISSION_DENIED",
            "RESOURCE_EXHAUSTED",
            "FAILED_PRECONDITION",
            "ABORTED",
            "OUT_OF_RANGE",
            "UNIMPLEMENTED",
            "INTERNAL",
            "UNAVAILABLE",
            "DATA_LOSS",
            "UNAUTHENTICATED",
        ];
        match self.code {
            Some(code) => usize::try_from(code)
                .ok()
                .and_then(|c| CODES.get(c).copied()),
            None => self.errors.iter().find_map(|e| e.code.as_deref()),
        }
    }
}

impl fmt::Display for OperationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("operation ")?;
        if let Some(name) = &self.name {
            write!(f, "`{name}` ")?;
        }
        f.write_str("failed")?;
        if let Some(code) = self.code_name() {
            write!(f, " with {code}")?;
        }
        write!(f, ": {}", self.message)?;
        for item in self.errors.iter().skip(1) {
            if let Some(message) = &item.message {
                write!(f, "; {message}")?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for OperationError {}

/// A long-running operation that outlasted the polling policy's time.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct OperationTimeout {
    /// The operation's `name`: wait on it again with the API's read method for operations.
    pub name: Option<String>,
    /// How long it was waited on.
    pub waited: Duration,
    /// The operation as last read.
    pub operation: serde_json::Value,
}

impl fmt::Display for OperationTimeout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.name {
            Some(name) => write!(f, "operation `{name}`")?,
            None => f.write_str("an operation without a name")?,
        }
        write!(
            f,
            " was still running after {:?} of polling; it may still finish",
            self.waited
        )
    }
}

impl std::error::Error for OperationTimeout {}
