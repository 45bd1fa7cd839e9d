//! Path templates (RFC 6570 level 2, as Discovery uses them) split into segments.

use crate::error::Error;
use crate::ir::PathSegment;

/// Splits `v1/albums/{+albumId}:share` into literal and variable segments. `pattern_of`
/// returns the document's `pattern` for a variable, and errors if it is no path parameter.
pub fn parse_template(
    at: &str,
    template: &str,
    mut pattern_of: impl FnMut(&str) -> Result<Option<String>, Error>,
) -> Result<Vec<PathSegment>, Error> {
    let mut segments = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            segments.push(PathSegment::Literal(rest[..open].to_string()));
        }
        let close = rest[open..].find('}').ok_or_else(|| Error::Invalid {
            path: at.to_string(),
            message: format!("unclosed `{{` in path template `{template}`"),
        })? + open;
        let expression = &rest[open + 1..close];
        let (reserved, name) = match expression.strip_prefix('+') {
            Some(name) => (true, name),
            None => (false, expression),
        };
        let valid = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-');
        if !valid {
            return Err(Error::Invalid {
                path: at.to_string(),
                message: format!(
                    "unsupported expression `{{{expression}}}` in path template `{template}`"
                ),
            });
        }
        segments.push(PathSegment::Variable {
            wire_name: name.to_string(),
            reserved,
            pattern: pattern_of(name)?,
        });
        rest = &rest[close + 1..];
    }
    if rest.contains('}') {
        return Err(Error::Invalid {
            path: at.to_string(),
            message: format!("unmatched `}}` in path template `{template}`"),
        });
    }
    if !rest.is_empty() {
        segments.push(PathSegment::Literal(rest.to_string()));
    }
    Ok(segments)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(template: &str) -> Result<Vec<PathSegment>, Error> {
        parse_template("test", template, |name| Ok(Some(format!("^{name}$"))))
    }

    fn var(name: &str, reserved: bool) -> PathSegment {
        PathSegment::Variable {
            wire_name: name.into(),
            reserved,
            pattern: Some(format!("^{name}$")),
        }
    }

    #[test]
    fn splits_literals_and_variables() {
        assert_eq!(
            parse("v1/albums/{+albumId}:addEnrichment").unwrap(),
            vec![
                PathSegment::Literal("v1/albums/".into()),
                var("albumId", true),
                PathSegment::Literal(":addEnrichment".into()),
            ]
        );
        assert_eq!(
            parse("b/{bucket}/o/{object}").unwrap(),
            vec![
                PathSegment::Literal("b/".into()),
                var("bucket", false),
                PathSegment::Literal("/o/".into()),
                var("object", false),
            ]
        );
        assert_eq!(
            parse("v1/albums").unwrap(),
            vec![PathSegment::Literal("v1/albums".into())]
        );
    }

    #[test]
    fn rejects_malformed_templates() {
        assert!(parse("v1/{albumId").is_err());
        assert!(parse("v1/albumId}").is_err());
        assert!(parse("v1/{}").is_err());
        assert!(parse("v1/{?query}").is_err());
        let err = parse_template("methods.get.path", "v1/{x}", |_| {
            Err(Error::Invalid {
                path: "methods.get.parameters".into(),
                message: "no such parameter".into(),
            })
        });
        assert!(err.is_err());
    }
}
