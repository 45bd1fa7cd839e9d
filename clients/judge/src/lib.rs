//! Google's Python client as the judge of a generated client.
//!
//! `clients/tests/data/judge/reference.py` records, for every method of a document, the
//! request google-api-python-client builds from hard argument values (a [`Vector`]).
//! `cargo xtask judge` generates a test that makes the same call through the generated
//! client on the mock transport; this crate reads the vectors, turns their JSON arguments
//! into the client's argument types ([`args`]), and compares the two requests
//! ([`judge()`]), as the judge's README describes: the HTTP method, the path as sent
//! (percent-encoding included, hex case aside), the decoded query as a multiset, and the
//! JSON body. A difference is named by its [`Kind`]; [`expected`] holds the differences
//! the project knows of, each with its reason, and [`verdict`] fails on any other.

pub mod args;
mod compare;
pub mod expected;

pub use compare::{judge, Difference, Kind, Outcome};
pub use expected::{verdict, Expected};

use serde::Deserialize;
use serde_json::{Map, Value};

/// One recorded call: the arguments, and what Google's client made of them.
#[derive(Debug, Clone, Deserialize)]
pub struct Vector {
    /// The method id (`storage.objects.get`).
    pub id: String,
    /// The arguments by wire name, as JSON (int64 values as decimal strings).
    pub params: Map<String, Value>,
    /// The request body passed, if any.
    pub body: Option<Value>,
    /// The request Google's client built, unless it refused the arguments.
    pub request: Option<Reference>,
    /// Why Google's client refused the arguments.
    pub error: Option<String>,
}

/// The request Google's client built.
#[derive(Debug, Clone, Deserialize)]
pub struct Reference {
    pub method: String,
    /// The absolute URI, query included.
    pub uri: String,
    pub body: Option<Value>,
}

/// The vectors of a `.jsonl` file, one per line; a line that is not a vector is a panic
/// naming it (the file is the project's own, made by its script).
pub fn vectors(jsonl: &str) -> Vec<Vector> {
    jsonl
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| {
            serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("line {} is not a vector: {e}", n + 1))
        })
        .collect()
}
