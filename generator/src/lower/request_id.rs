//! Which parameter makes a request safe to repeat: a request id the server recognises a
//! repeated request by (AIP-155). The rule, from the document alone: a string query
//! parameter named `requestId` whose description asks for a UUID and says what the server
//! does with a repeated request ("retry", "ignore", "duplicate", "idempotent", "same ID",
//! "already been completed"). The generated call fills it, when the caller leaves it empty,
//! with a UUID v4 made once per call and sent on every attempt, so the call is retried like
//! a read (see the runtime's `Call::request_id`).

use std::sync::OnceLock;

use regex_lite::Regex;

use crate::ir::{Param, ParamLocation, TypeRef};

/// The wire name of the request-id parameter among `params`, if there is one.
pub fn find<'a>(params: impl IntoIterator<Item = &'a Param>) -> Option<String> {
    params
        .into_iter()
        .find(|p| is_request_id(p))
        .map(|p| p.wire_name.clone())
}

fn is_request_id(p: &Param) -> bool {
    static REPEATED: OnceLock<Regex> = OnceLock::new();
    let repeated = REPEATED.get_or_init(|| {
        Regex::new(
            r"(?i)idempoten|\bretr(y|ies|ied|ying)\b|\bignor|duplicate|same (request )?id|already (been )?(completed|processed)",
        )
        .expect("the pattern is valid")
    });
    let description = p.description.as_deref().unwrap_or("");
    p.wire_name == "requestId"
        && p.location == ParamLocation::Query
        && p.ty == TypeRef::String
        && !p.repeated
        && description.to_ascii_lowercase().contains("uuid")
        && repeated.is_match(description)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn param(name: &str, description: &str) -> Param {
        Param {
            name: "request_id".into(),
            wire_name: name.into(),
            location: ParamLocation::Query,
            ty: TypeRef::String,
            repeated: false,
            description: Some(description.into()),
            deprecated: false,
            pattern: None,
            default: None,
        }
    }

    #[test]
    fn a_uuid_the_server_recognises_repeats_by() {
        // Compute Engine's, word for word.
        let compute =
            "An optional request ID to identify requests. Specify a unique request ID so \
            that if you must retry your request, the server will know to ignore the request if it \
            has already been completed. The request ID must be a valid UUID with the exception \
            that zero UUID is not supported (00000000-0000-0000-0000-000000000000).";
        assert_eq!(
            find([&param("requestId", compute)]).as_deref(),
            Some("requestId")
        );
        // Database Migration Service's.
        let dms = "Optional. A unique ID used to identify the request. If the server receives two \
            requests with the same ID, then the second request is ignored. It is recommended to \
            always set this value to a UUID.";
        assert!(find([&param("requestId", dms)]).is_some());
    }

    #[test]
    fn other_request_ids_are_left_alone() {
        // The Photos Picker's: a UUID, but for the limited-input device flow, not repeats.
        let picker = "Optional. A client-provided unique identifier for this request. This ID is \
            used to enable the streamlined picking experience for applications using the OAuth \
            2.0 flow for limited-input devices. This ID must have the format of a UUID (version 4) \
            string.";
        assert_eq!(find([&param("requestId", picker)]), None);
        // Repeats recognised, but no UUID asked for: the caller's id may have to follow rules
        // a UUID breaks.
        let no_uuid = "Specify a unique request ID so that if you must retry your request, the \
            server will know to ignore the request if it has already been completed.";
        assert_eq!(find([&param("requestId", no_uuid)]), None);
        let compute_like = "retry ... UUID";
        assert_eq!(find([&param("creationRequestId", compute_like)]), None);
    }
}
