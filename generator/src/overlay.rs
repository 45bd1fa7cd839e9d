//! A small hand-kept overlay on a Discovery document: facts the document does not state but
//! the generated crate should know, such as request limits the API enforces and notes on
//! methods or scopes whose behaviour changed. It never edits the document; it adds to what
//! is generated from it.
//!
//! ```json
//! {
//!   "note": "Markdown added to the crate docs.",
//!   "scopes": { "https://www.googleapis.com/auth/x": { "note": "Withdrawn in 2025." } },
//!   "methods": {
//!     "x.items.batchGet": {
//!       "note": "Markdown added to the method's docs.",
//!       "limits": [
//!         { "param": "ids", "maxItems": 50 },
//!         { "field": "items[].description", "maxLength": 999 },
//!         { "param": "pageSize", "minimum": 1, "maximum": 100 }
//!       ]
//!     }
//!   }
//! }
//! ```
//!
//! A limit names a query or path parameter by its wire name (`param`), or a field of the
//! request body by a dotted path of wire names where `[]` steps into every element of an
//! array (`field`). Generated `send` methods check limits before anything is sent.
//!
//! `operations` names schemas whose objects are long-running work that the document does
//! not describe as such, by the schema's id, and says how one is read (see
//! [`OperationOverlay`]); the methods that answer with one get `poller()`:
//!
//! ```json
//! {
//!   "operations": {
//!     "Job": {
//!       "source": "https://cloud.google.com/bigquery/docs/reference/v2/jobs",
//!       "state": "status.state",
//!       "doneValue": "DONE",
//!       "error": "status.errorResult",
//!       "readAgain": {
//!         "method": "bigquery.jobs.get",
//!         "arguments": {"projectId": "jobReference.projectId", "jobId": "jobReference.jobId"}
//!       }
//!     }
//!   }
//! }
//! ```
//!
//! Each entry may name the page its facts come from (`source`); the generator's own data
//! ([`crate::apis`]) must.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::error::Error;

/// The parsed overlay file.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Overlay {
    /// Free text for whoever edits the file; ignored.
    #[serde(rename = "$comment", default)]
    pub comment: Option<String>,
    /// Markdown added to the crate docs.
    #[serde(default)]
    pub note: Option<String>,
    /// The page the crate note comes from.
    #[serde(default)]
    pub source: Option<String>,
    /// By scope URL.
    #[serde(default)]
    pub scopes: BTreeMap<String, ScopeOverlay>,
    /// By method id (`photoslibrary.albums.share`).
    #[serde(default)]
    pub methods: BTreeMap<String, MethodOverlay>,
    /// By the id of a schema of the document (`Job`).
    #[serde(default)]
    pub operations: BTreeMap<String, OperationOverlay>,
    /// How the API asks to be retried.
    #[serde(default)]
    pub retry: Option<RetryOverlay>,
}

/// Waits the API documents before retrying.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RetryOverlay {
    /// The page these facts come from.
    #[serde(default)]
    pub source: Option<String>,
    /// The least wait after an HTTP status (`{"status": 429, "seconds": 30}`), unless the
    /// answer asks for its own (`Retry-After`).
    #[serde(default)]
    pub minimum_waits: Vec<MinimumWait>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MinimumWait {
    pub status: u16,
    pub seconds: u64,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScopeOverlay {
    /// The page these facts come from.
    #[serde(default)]
    pub source: Option<String>,
    /// Markdown added to the scope constant's docs.
    #[serde(default)]
    pub note: Option<String>,
    /// The provider no longer grants this scope: methods list it last, so a token provider
    /// that asks for a method's first scope asks for one that still works.
    #[serde(default)]
    pub withdrawn: bool,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MethodOverlay {
    /// The page these facts come from.
    #[serde(default)]
    pub source: Option<String>,
    /// Markdown added to the method's docs.
    #[serde(default)]
    pub note: Option<String>,
    /// Checked before a request is sent.
    #[serde(default)]
    pub limits: Vec<LimitSpec>,
}

/// Long-running work the document does not describe as such: an object that says in one of
/// its fields how far the work is, and is read again by a method whose arguments are other
/// fields of it. Field paths are dotted wire names (`status.errorResult`).
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OperationOverlay {
    /// The page these facts come from.
    #[serde(default)]
    pub source: Option<String>,
    /// The string field that says how far the work is (`status.state`).
    pub state: String,
    /// Its value once the work is over, successfully or not (`DONE`).
    pub done_value: String,
    /// The field that is set when finished work failed (`status.errorResult`).
    pub error: String,
    pub read_again: ReadAgain,
}

/// The method that reads an operation again, and where each of its arguments is found in
/// the operation: every path parameter, and any query parameters (sent when present).
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReadAgain {
    /// Method id (`bigquery.jobs.get`).
    pub method: String,
    /// Parameter wire name → dotted field path in the operation.
    pub arguments: BTreeMap<String, String>,
}

/// One limit as written in the file: a target and one or more rules.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LimitSpec {
    /// A parameter's wire name.
    #[serde(default)]
    pub param: Option<String>,
    /// A path into the request body, e.g. `newMediaItems[].description`.
    #[serde(default)]
    pub field: Option<String>,
    /// Most elements an array (or repeated parameter) may have.
    #[serde(default)]
    pub max_items: Option<u64>,
    /// Most characters (Unicode scalar values) a string may have.
    #[serde(default)]
    pub max_length: Option<u64>,
    /// Largest value of an integer.
    #[serde(default)]
    pub maximum: Option<i64>,
    /// Smallest value of an integer.
    #[serde(default)]
    pub minimum: Option<i64>,
}

impl Overlay {
    /// Reads and parses the file at `path` (see [`parse`](Self::parse)); an error names the
    /// file and the JSON path of the problem.
    pub fn read(path: &std::path::Path) -> Result<Overlay, Error> {
        let text = crate::output::read(path)?;
        Overlay::parse(&text).map_err(|err| match err {
            Error::Overlay { path: at, message } => Error::Overlay {
                path: format!("{} at {at}", path.display()),
                message,
            },
            other => other,
        })
    }

    /// Parses an overlay file; unknown keys are errors so that typos do not pass silently.
    pub fn parse(json: &str) -> Result<Overlay, Error> {
        let mut de = serde_json::Deserializer::from_str(json);
        let overlay: Overlay =
            serde_path_to_error::deserialize(&mut de).map_err(|e| Error::Overlay {
                path: e.path().to_string(),
                message: e.inner().to_string(),
            })?;
        de.end().map_err(|e| Error::Overlay {
            path: ".".into(),
            message: e.to_string(),
        })?;
        Ok(overlay)
    }
}
