//! A faithful model of a Discovery document (`discovery#restDescription`).
//!
//! Field names mirror the JSON so that a reader of the Discovery format can find each key
//! here. Nothing is interpreted at this layer: naming and typing decisions belong to
//! [`crate::ir`]. Maps are `BTreeMap`s so that everything downstream iterates in a stable
//! order regardless of how the document was written.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::error::Error;

/// The whole document.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", default)]
pub struct Document {
    pub kind: Option<String>,
    pub discovery_version: Option<String>,
    pub id: Option<String>,
    pub name: String,
    pub version: String,
    pub revision: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub documentation_link: Option<String>,
    pub canonical_name: Option<String>,
    pub owner_domain: Option<String>,
    pub owner_name: Option<String>,
    pub protocol: Option<String>,
    pub root_url: String,
    pub mtls_root_url: Option<String>,
    pub service_path: String,
    pub base_path: Option<String>,
    pub base_url: Option<String>,
    pub batch_path: Option<String>,
    pub version_module: Option<bool>,
    pub fully_encode_reserved_expansion: Option<bool>,
    pub features: Vec<String>,
    pub labels: Vec<String>,
    pub parameters: BTreeMap<String, Parameter>,
    pub auth: Option<Auth>,
    pub schemas: BTreeMap<String, Schema>,
    pub resources: BTreeMap<String, Resource>,
    pub methods: BTreeMap<String, Method>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default)]
pub struct Auth {
    pub oauth2: Option<OAuth2>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default)]
pub struct OAuth2 {
    pub scopes: BTreeMap<String, ScopeInfo>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default)]
pub struct ScopeInfo {
    pub description: Option<String>,
}

/// A JSON Schema as Discovery uses it: either a `$ref` or an inline type.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", default)]
pub struct Schema {
    pub id: Option<String>,
    #[serde(rename = "$ref")]
    pub reference: Option<String>,
    #[serde(rename = "type")]
    pub type_: Option<String>,
    pub format: Option<String>,
    pub description: Option<String>,
    pub properties: BTreeMap<String, Schema>,
    pub items: Option<Box<Schema>>,
    pub additional_properties: Option<Box<Schema>>,
    #[serde(rename = "enum")]
    pub enum_: Vec<String>,
    pub enum_descriptions: Vec<String>,
    pub enum_deprecated: Vec<bool>,
    pub default: Option<String>,
    pub pattern: Option<String>,
    pub minimum: Option<String>,
    pub maximum: Option<String>,
    pub required: Option<bool>,
    pub repeated: Option<bool>,
    pub read_only: Option<bool>,
    pub deprecated: Option<bool>,
    pub annotations: Option<Annotations>,
    /// Only meaningful on parameters: `path` or `query`.
    pub location: Option<String>,
}

/// Parameters are schemas with a `location`; Discovery does not distinguish them further.
pub type Parameter = Schema;

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default)]
pub struct Annotations {
    /// Method ids for which the property is required in a request.
    pub required: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default)]
pub struct Resource {
    pub methods: BTreeMap<String, Method>,
    pub resources: BTreeMap<String, Resource>,
    pub deprecated: Option<bool>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", default)]
pub struct Method {
    pub id: String,
    pub path: String,
    pub flat_path: Option<String>,
    pub http_method: String,
    pub description: Option<String>,
    pub parameters: BTreeMap<String, Parameter>,
    pub parameter_order: Vec<String>,
    /// Almost always a `$ref`; a few documents write an inline schema (a map of `any`).
    pub request: Option<Schema>,
    pub response: Option<Schema>,
    pub scopes: Vec<String>,
    pub supports_media_upload: Option<bool>,
    pub media_upload: Option<MediaUpload>,
    pub supports_media_download: Option<bool>,
    pub use_media_download_service: Option<bool>,
    pub supports_subscription: Option<bool>,
    pub deprecated: Option<bool>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase", default)]
pub struct MediaUpload {
    pub accept: Vec<String>,
    pub max_size: Option<String>,
    pub protocols: MediaProtocols,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default)]
pub struct MediaProtocols {
    pub simple: Option<MediaProtocol>,
    pub resumable: Option<MediaProtocol>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default)]
pub struct MediaProtocol {
    pub multipart: Option<bool>,
    pub path: String,
}

impl Document {
    /// Parses a document, reporting the JSON path of the first value that does not fit.
    pub fn parse(json: &str) -> Result<Document, Error> {
        if !json.trim_start().starts_with('{') {
            return Err(Error::Malformed {
                path: "(document root)".into(),
                message: "expected a JSON object (a Discovery `restDescription`)".into(),
            });
        }
        let de = &mut serde_json::Deserializer::from_str(json);
        let doc: Document = serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            let message = e.into_inner().to_string();
            Error::Malformed {
                path: if path == "." {
                    "(document root)".into()
                } else {
                    path
                },
                message,
            }
        })?;
        match doc.kind.as_deref() {
            None | Some("discovery#restDescription") => {}
            Some("discovery#directoryList") => {
                return Err(Error::Malformed {
                    path: "kind".into(),
                    message: "this is the Discovery directory list (`discovery#directoryList`), \
                              not an API description: generate from one of the documents it \
                              lists (`discovery#restDescription`)"
                        .into(),
                })
            }
            Some(other) => {
                return Err(Error::Malformed {
                    path: "kind".into(),
                    message: format!("expected `discovery#restDescription`; found `{other}`"),
                })
            }
        }
        for (key, value) in [
            ("name", &doc.name),
            ("version", &doc.version),
            ("rootUrl", &doc.root_url),
        ] {
            if value.is_empty() {
                return Err(Error::Malformed {
                    path: key.into(),
                    message: "expected a non-empty string".into(),
                });
            }
        }
        doc.check_references()?;
        Ok(doc)
    }

    /// Every method of the document, top-level and nested, with the resource path that
    /// leads to it (e.g. `["albums"]`), in a stable order.
    pub fn all_methods(&self) -> Vec<(Vec<String>, &str, &Method)> {
        fn walk<'a>(
            prefix: &mut Vec<String>,
            methods: &'a BTreeMap<String, Method>,
            resources: &'a BTreeMap<String, Resource>,
            out: &mut Vec<(Vec<String>, &'a str, &'a Method)>,
        ) {
            for (name, m) in methods {
                out.push((prefix.clone(), name.as_str(), m));
            }
            for (name, r) in resources {
                prefix.push(name.clone());
                walk(prefix, &r.methods, &r.resources, out);
                prefix.pop();
            }
        }
        let mut out = Vec::new();
        walk(&mut Vec::new(), &self.methods, &self.resources, &mut out);
        out
    }

    /// Fails on the first `$ref` that names no schema, naming where it was found.
    fn check_references(&self) -> Result<(), Error> {
        for (name, schema) in &self.schemas {
            self.check_schema(&format!("schemas.{name}"), schema)?;
        }
        for (resource_path, name, method) in self.all_methods() {
            let mut at = String::new();
            for r in &resource_path {
                at.push_str(&format!("resources.{r}."));
            }
            at.push_str(&format!("methods.{name}"));
            for (dir, r) in [("request", &method.request), ("response", &method.response)] {
                if let Some(r) = r {
                    self.check_schema(&format!("{at}.{dir}"), r)?;
                }
            }
            for (pname, p) in &method.parameters {
                self.check_schema(&format!("{at}.parameters.{pname}"), p)?;
            }
        }
        Ok(())
    }

    fn check_schema(&self, at: &str, schema: &Schema) -> Result<(), Error> {
        if let Some(r) = &schema.reference {
            self.check_ref(&format!("{at}.$ref"), r)?;
        }
        for (name, p) in &schema.properties {
            self.check_schema(&format!("{at}.properties.{name}"), p)?;
        }
        if let Some(items) = &schema.items {
            self.check_schema(&format!("{at}.items"), items)?;
        }
        if let Some(ap) = &schema.additional_properties {
            self.check_schema(&format!("{at}.additionalProperties"), ap)?;
        }
        Ok(())
    }

    fn check_ref(&self, at: &str, target: &str) -> Result<(), Error> {
        if self.schemas.contains_key(target) {
            Ok(())
        } else {
            Err(Error::DanglingRef {
                path: at.to_string(),
                target: target.to_string(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_json_path_of_wrong_type() {
        let json = r#"{"name":"x","version":"v1","rootUrl":"r","servicePath":"",
            "resources":{"albums":{"methods":{"get":{"id":"x.albums.get","path":"p",
            "httpMethod":"GET","parameters":{"albumId":{"type":5}}}}}}}"#;
        let err = Document::parse(json).unwrap_err().to_string();
        assert!(
            err.contains("resources.albums.methods.get.parameters.albumId.type"),
            "{err}"
        );
        assert!(err.contains("expected a string"), "{err}");
    }

    #[test]
    fn reports_dangling_reference_with_both_ends() {
        let json = r#"{"name":"x","version":"v1","rootUrl":"r","servicePath":"",
            "schemas":{"A":{"type":"object","properties":{"b":{"$ref":"Missing"}}}}}"#;
        let err = Document::parse(json).unwrap_err().to_string();
        assert!(err.contains("schemas.A.properties.b.$ref"), "{err}");
        assert!(err.contains("Missing"), "{err}");
    }

    #[test]
    fn the_directory_list_is_not_an_api() {
        let json = r#"{"kind":"discovery#directoryList","discoveryVersion":"v1",
            "items":[{"kind":"discovery#directoryItem","id":"abusiveexperiencereport:v1"}]}"#;
        let err = Document::parse(json).unwrap_err().to_string();
        assert!(err.contains("at kind"), "{err}");
        assert!(err.contains("directory list"), "{err}");
        let json = r#"{"kind":"discovery#somethingElse","name":"x","version":"v1","rootUrl":"r"}"#;
        let err = Document::parse(json).unwrap_err().to_string();
        assert!(
            err.contains("expected `discovery#restDescription`"),
            "{err}"
        );
    }

    #[test]
    fn tolerates_unknown_keys_and_rejects_non_json() {
        let json = r#"{"name":"x","version":"v1","rootUrl":"r","servicePath":"","fancy":{"a":1}}"#;
        assert_eq!(Document::parse(json).unwrap().name, "x");
        assert!(Document::parse("not json").is_err());
        assert!(Document::parse("[]").is_err());
    }
}
