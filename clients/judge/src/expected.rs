//! The differences the project knows of (`clients/tests/data/judge/differences.json`), each
//! with its reason, and the verdict on a run against them.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde::Deserialize;

use crate::Difference;

/// The known differences.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    #[serde(rename = "$comment", default)]
    pub comment: Option<String>,
    /// Why the two clients differ, by kind name: for every method that differs so.
    #[serde(default)]
    pub reasons: BTreeMap<String, String>,
    /// Why one method differs, for a kind with no reason of its own.
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
    /// The kinds each method differs by, by method id; a method not listed differs in
    /// nothing.
    pub methods: BTreeMap<String, BTreeSet<String>>,
}

impl Expected {
    pub fn parse(json: &str) -> Expected {
        serde_json::from_str(json).unwrap_or_else(|e| panic!("differences.json: {e}"))
    }
}

/// Compares a run (method id and its differences, for the methods judged) with what is
/// expected. `Ok` is the summary line; `Err` lists every method whose differences are not
/// the expected ones, and every kind listed without a reason.
pub fn verdict(
    api: &str,
    results: &[(String, Vec<Difference>)],
    expected: &Expected,
) -> Result<String, String> {
    let mut wrong = String::new();
    let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for (id, differences) in results {
        let found: BTreeSet<&'static str> = differences.iter().map(|d| d.kind.name()).collect();
        let listed = expected.methods.get(id).cloned().unwrap_or_default();
        if !found.iter().copied().eq(listed.iter().map(String::as_str)) {
            let _ = writeln!(wrong, "{id}: differs by {found:?}, expected {listed:?}");
            for d in differences {
                let _ = writeln!(wrong, "    {d}");
            }
        }
        for kind in &listed {
            if !expected.reasons.contains_key(kind) && !expected.notes.contains_key(id) {
                let _ = writeln!(wrong, "{id}: `{kind}` is listed with no reason");
            }
        }
        for kind in found {
            *by_kind.entry(kind).or_default() += 1;
        }
    }
    if !wrong.is_empty() {
        return Err(format!(
            "{api}: the requests differ from Google's client other than as \
             clients/tests/data/judge/differences.json says:\n{wrong}"
        ));
    }
    let equal = results.iter().filter(|(_, d)| d.is_empty()).count();
    let kinds: Vec<String> = by_kind.iter().map(|(k, n)| format!("{k} {n}")).collect();
    Ok(format!(
        "{api}: {equal} of {} methods equal to Google's client{}",
        results.len(),
        if kinds.is_empty() {
            String::new()
        } else {
            format!("; the others differ as known: {}", kinds.join(", "))
        }
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Kind;

    fn difference(kind: Kind) -> Difference {
        Difference {
            kind,
            ours: "a".into(),
            theirs: "b".into(),
        }
    }

    const EXPECTED: &str = r#"{
        "reasons": {"query-alt": "Google's client sends no alt without a response."},
        "notes": {"x.a.noted": "explained here"},
        "methods": {"x.a.del": ["query-alt"], "x.a.noted": ["path"], "x.a.bare": ["body"]}
    }"#;

    #[test]
    fn known_differences_pass_with_a_count() {
        let expected = Expected::parse(EXPECTED);
        let results = vec![
            ("x.a.get".to_string(), vec![]),
            ("x.a.del".to_string(), vec![difference(Kind::QueryAlt)]),
            ("x.a.noted".to_string(), vec![difference(Kind::Path)]),
        ];
        assert_eq!(
            verdict("x.v1", &results, &expected).unwrap(),
            "x.v1: 1 of 3 methods equal to Google's client; the others differ as known: \
             path 1, query-alt 1"
        );
    }

    #[test]
    fn new_missing_and_unexplained_differences_fail() {
        let expected = Expected::parse(EXPECTED);
        let results = vec![
            ("x.a.get".to_string(), vec![difference(Kind::Body)]),
            ("x.a.del".to_string(), vec![]),
            ("x.a.bare".to_string(), vec![difference(Kind::Body)]),
        ];
        let err = verdict("x.v1", &results, &expected).unwrap_err();
        assert!(
            err.contains("x.a.get: differs by {\"body\"}, expected {}"),
            "{err}"
        );
        assert!(
            err.contains("x.a.del: differs by {}, expected {\"query-alt\"}"),
            "{err}"
        );
        assert!(
            err.contains("x.a.bare: `body` is listed with no reason"),
            "{err}"
        );
    }
}
