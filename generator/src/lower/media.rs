//! Media uploads of a method (`mediaUpload`): its endpoints, accepted types and size limit.

use crate::error::Error;
use crate::ir::{MediaUpload, PathSegment};
use crate::lower::path::parse_template;
use crate::model;

pub fn has_media_upload(method: &model::Method) -> bool {
    method.supports_media_upload == Some(true) && method.media_upload.is_some()
}

/// The upload endpoints of a method. Each takes the method's own path arguments, in the
/// same order (the runtime fills both from one list), so an endpoint with other variables is
/// an error.
pub fn lower_media_upload(
    at: &str,
    m: &model::MediaUpload,
    info_static: String,
    method_path: &[PathSegment],
    has_body: bool,
) -> Result<MediaUpload, Error> {
    let max_size = match &m.max_size {
        Some(text) => Some(parse_size(text).ok_or_else(|| Error::Invalid {
            path: format!("{at}.mediaUpload.maxSize"),
            message: format!("expected a size such as `5120GB`; found `{text}`"),
        })?),
        None => None,
    };
    let variables = |segments: &[PathSegment]| -> Vec<String> {
        segments
            .iter()
            .filter_map(|s| match s {
                PathSegment::Variable { wire_name, .. } => Some(wire_name.clone()),
                PathSegment::Literal(_) => None,
            })
            .collect()
    };
    let endpoint = |kind: &str, protocol: &Option<model::MediaProtocol>| {
        let Some(protocol) = protocol else {
            return Ok(None);
        };
        let endpoint_at = format!("{at}.mediaUpload.protocols.{kind}.path");
        let pattern_of = |name: &str| {
            method_path
                .iter()
                .find_map(|s| match s {
                    PathSegment::Variable {
                        wire_name, pattern, ..
                    } if wire_name == name => Some(pattern.clone()),
                    _ => None,
                })
                .ok_or_else(|| Error::Invalid {
                    path: endpoint_at.clone(),
                    message: format!("`{{{name}}}` is not a variable of the method's path"),
                })
        };
        let segments = parse_template(&endpoint_at, &protocol.path, pattern_of)?;
        if variables(&segments) != variables(method_path) {
            return Err(Error::Invalid {
                path: endpoint_at,
                message: "expected the variables of the method's path, in the same order".into(),
            });
        }
        Ok(Some((segments, protocol.multipart == Some(true))))
    };
    let simple = endpoint("simple", &m.protocols.simple)?;
    let resumable = endpoint("resumable", &m.protocols.resumable)?;
    if simple.is_none() && resumable.is_none() {
        return Err(Error::Invalid {
            path: format!("{at}.mediaUpload.protocols"),
            message: "expected a `simple` or `resumable` protocol".into(),
        });
    }
    // Metadata goes with the media when every protocol the document offers takes it.
    let with_metadata = has_body
        && [&simple, &resumable]
            .into_iter()
            .flatten()
            .all(|(_, multipart)| *multipart);
    // Google's clients open resumable sessions where simple uploads go,
    // `{rootUrl}upload/{servicePath}{path}` with `uploadType=resumable`, not at the
    // document's `/resumable/upload/…` path, which servers need not answer (fake-gcs-server
    // does not). That is the simple protocol's path where the document has one (always so
    // in the documents Google publishes), else the method's own path, which the runtime
    // resolves under that same upload base.
    let simple_path = simple.map(|(segments, _)| segments);
    let resumable_path =
        resumable.map(|_| simple_path.clone().unwrap_or_else(|| method_path.to_vec()));
    // `*/*` among the patterns accepts anything: no check to run or to document.
    let accept = if m.accept.iter().any(|a| a == "*/*") {
        Vec::new()
    } else {
        m.accept.clone()
    };
    Ok(MediaUpload {
        info_static,
        accept,
        max_size,
        simple_path,
        resumable_path,
        with_metadata,
    })
}

/// `5120GB`, `10MB`, `512`: Discovery writes sizes in binary units.
fn parse_size(text: &str) -> Option<u64> {
    let text = text.trim();
    let digits_end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let number: u64 = text[..digits_end].parse().ok()?;
    let multiplier: u64 = match text[digits_end..].trim().to_ascii_uppercase().as_str() {
        "" | "B" => 1,
        "KB" => 1 << 10,
        "MB" => 1 << 20,
        "GB" => 1 << 30,
        "TB" => 1 << 40,
        _ => return None,
    };
    number.checked_mul(multiplier)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_in_binary_units() {
        assert_eq!(parse_size("5120GB"), Some(5120 << 30));
        assert_eq!(parse_size("10MB"), Some(10 << 20));
        assert_eq!(parse_size("512"), Some(512));
        assert_eq!(parse_size("lots"), None);
        assert_eq!(parse_size("99999999999TB"), None);
    }

    #[test]
    fn upload_endpoints_must_take_the_methods_path_variables() {
        let doc = |upload_path: &str| {
            format!(
                r#"{{"name":"x","version":"v1","rootUrl":"https://x/","servicePath":"",
                  "schemas":{{"A":{{"type":"object"}}}},
                  "methods":{{"put":{{"id":"x.put","path":"a/{{id}}","httpMethod":"POST",
                    "parameters":{{"id":{{"type":"string","location":"path","required":true}}}},
                    "request":{{"$ref":"A"}},"supportsMediaUpload":true,
                    "mediaUpload":{{"accept":["*/*"],"maxSize":"2KB","protocols":{{
                      "simple":{{"multipart":true,"path":"{upload_path}"}}}}}}}}}}}}"#
            )
        };
        let api =
            crate::lower::lower(&crate::model::Document::parse(&doc("/upload/a/{id}")).unwrap())
                .unwrap();
        let upload = api.root.methods[0].media_upload.as_ref().unwrap();
        assert_eq!(upload.max_size, Some(2048));
        assert!(upload.with_metadata);
        assert!(upload.resumable_path.is_none());
        assert_eq!(upload.info_static, "PUT_UPLOAD");
        for bad in ["/upload/a/{other}", "/upload/a", "/upload/{id}/{id}"] {
            let err = crate::lower::lower(&crate::model::Document::parse(&doc(bad)).unwrap())
                .unwrap_err()
                .to_string();
            assert!(
                err.contains("mediaUpload.protocols.simple.path"),
                "{bad}: {err}"
            );
        }
    }
}
