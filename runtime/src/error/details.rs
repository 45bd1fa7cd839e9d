//! The `google.rpc` error details a Google error body may carry (`error.details`), decoded
//! by their `@type`; any other detail is kept as sent.

use std::collections::BTreeMap;
use std::time::Duration;

use ::serde::Deserialize;

use crate::error::lenient;

/// One entry of `error.details`, decoded according to its `@type`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ErrorDetail {
    /// `google.rpc.ErrorInfo`: a machine-readable reason.
    ErrorInfo(ErrorInfo),
    /// `google.rpc.RetryInfo`: when to retry.
    RetryInfo(RetryInfo),
    /// `google.rpc.BadRequest`: which request fields were wrong.
    BadRequest(BadRequest),
    /// `google.rpc.QuotaFailure`: which quota was exceeded.
    QuotaFailure(QuotaFailure),
    /// Any other detail, as sent.
    Other(serde_json::Value),
}

impl ErrorDetail {
    pub(crate) fn from_json(value: serde_json::Value) -> Self {
        let type_url = value.get("@type").and_then(|t| t.as_str()).unwrap_or("");
        let name = type_url.rsplit('/').next().unwrap_or("");
        let decoded = match name {
            "google.rpc.ErrorInfo" => serde_json::from_value(value.clone()).map(Self::ErrorInfo),
            "google.rpc.RetryInfo" => serde_json::from_value(value.clone()).map(Self::RetryInfo),
            "google.rpc.BadRequest" => serde_json::from_value(value.clone()).map(Self::BadRequest),
            "google.rpc.QuotaFailure" => {
                serde_json::from_value(value.clone()).map(Self::QuotaFailure)
            }
            _ => return Self::Other(value),
        };
        decoded.unwrap_or(Self::Other(value))
    }
}

/// `google.rpc.ErrorInfo`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct ErrorInfo {
    /// e.g. `RATE_LIMIT_EXCEEDED`.
    pub reason: String,
    /// e.g. `googleapis.com`.
    pub domain: String,
    /// Additional structured context.
    pub metadata: BTreeMap<String, String>,
}

/// `google.rpc.RetryInfo`.
#[derive(Debug, Clone, Default, Deserialize)]
#[non_exhaustive]
pub struct RetryInfo {
    /// How long to wait before retrying.
    #[serde(
        default,
        rename = "retryDelay",
        deserialize_with = "deserialize_retry_delay"
    )]
    pub retry_delay: Option<Duration>,
}

fn deserialize_retry_delay<'de, D: ::serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<Duration>, D::Error> {
    let v: Option<crate::wkt::Duration> = lenient(d)?;
    Ok(v.and_then(|v| Duration::try_from(v).ok()))
}

/// `google.rpc.BadRequest`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct BadRequest {
    /// The offending fields.
    #[serde(rename = "fieldViolations")]
    pub field_violations: Vec<FieldViolation>,
}

/// One entry of `google.rpc.BadRequest.fieldViolations`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct FieldViolation {
    /// Path of the field, e.g. `album.title`.
    pub field: String,
    /// What is wrong with it.
    pub description: String,
    /// Machine-readable reason, when given.
    pub reason: Option<String>,
}

/// `google.rpc.QuotaFailure`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct QuotaFailure {
    /// The exceeded quotas.
    pub violations: Vec<QuotaViolation>,
}

/// One entry of `google.rpc.QuotaFailure.violations`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct QuotaViolation {
    /// What the quota applies to, e.g. `project:123`.
    pub subject: String,
    /// Which quota was exceeded.
    pub description: String,
}
