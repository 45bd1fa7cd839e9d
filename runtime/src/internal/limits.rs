//! Checks of limits an API documents but its Discovery document does not state (an overlay
//! adds them to generated methods). Non-generic, so each check in a generated `send` is one
//! call rather than its own copy of the message formatting.

use super::MethodInfo;
use crate::Error;

fn refuse(method: &MethodInfo, what: &str, found: impl std::fmt::Display, rule: &str) -> Error {
    Error::InvalidArgument(format!(
        "{}: `{what}` {found}; the API allows {rule}",
        method.id
    ))
}

/// At most `max` elements.
pub fn max_items(method: &MethodInfo, what: &str, found: usize, max: u64) -> Result<(), Error> {
    if found as u64 > max {
        return Err(refuse(
            method,
            what,
            format_args!("has {found} items"),
            &format!("at most {max}"),
        ));
    }
    Ok(())
}

/// At most `max` characters (not bytes).
pub fn max_length(method: &MethodInfo, what: &str, value: &str, max: u64) -> Result<(), Error> {
    let found = value.chars().count();
    if found as u64 > max {
        return Err(refuse(
            method,
            what,
            format_args!("has {found} characters"),
            &format!("at most {max}"),
        ));
    }
    Ok(())
}

/// A number no larger than `max`.
pub fn maximum(method: &MethodInfo, what: &str, found: i64, max: i64) -> Result<(), Error> {
    if found > max {
        return Err(refuse(
            method,
            what,
            format_args!("is {found}"),
            &format!("at most {max}"),
        ));
    }
    Ok(())
}

/// A number no smaller than `min`.
pub fn minimum(method: &MethodInfo, what: &str, found: i64, min: i64) -> Result<(), Error> {
    if found < min {
        return Err(refuse(
            method,
            what,
            format_args!("is {found}"),
            &format!("at least {min}"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::Method;

    static METHOD: MethodInfo = MethodInfo {
        id: "test.items.batch",
        http_method: Method::Post,
        path: &[],
        scopes: &[],
        media_upload: None,
        media_download: false,
    };

    fn message(result: Result<(), Error>) -> String {
        match result {
            Err(Error::InvalidArgument(m)) => m,
            other => panic!("expected an invalid argument, got {other:?}"),
        }
    }

    #[test]
    fn limits_allow_the_bound_and_refuse_beyond_it() {
        assert!(max_items(&METHOD, "ids", 50, 50).is_ok());
        assert_eq!(
            message(max_items(&METHOD, "ids", 51, 50)),
            "test.items.batch: `ids` has 51 items; the API allows at most 50"
        );
        assert!(max_length(&METHOD, "title", &"é".repeat(500), 500).is_ok());
        assert_eq!(
            message(max_length(&METHOD, "title", &"é".repeat(501), 500)),
            "test.items.batch: `title` has 501 characters; the API allows at most 500"
        );
        assert!(maximum(&METHOD, "pageSize", 100, 100).is_ok());
        assert_eq!(
            message(maximum(&METHOD, "pageSize", 101, 100)),
            "test.items.batch: `pageSize` is 101; the API allows at most 100"
        );
        assert!(minimum(&METHOD, "pageSize", 0, 0).is_ok());
        assert_eq!(
            message(minimum(&METHOD, "pageSize", -1, 0)),
            "test.items.batch: `pageSize` is -1; the API allows at least 0"
        );
    }
}
