//! The `client_secret.json` Google's console gives for an OAuth client of type "Desktop app".

use std::fmt;
use std::path::Path;

use serde_json::Value;

use crate::auth::AuthError;

/// An OAuth client of type "Desktop app": its id, secret and Google's endpoints, as the
/// `client_secret.json` file downloaded from the Google Cloud console holds them
/// (`{"installed": {"client_id", "client_secret", "auth_uri", "token_uri", …}}`).
///
/// For installed apps the secret is not treated as secret by Google (it ships inside every
/// copy of the app), but it is still kept out of `Debug` and error messages.
#[derive(Clone)]
pub struct ClientSecret {
    pub(super) client_id: String,
    pub(super) client_secret: String,
    pub(super) auth_uri: String,
    pub(super) token_uri: String,
    pub(super) revoke_uri: String,
}

/// Google's endpoints, for files that leave them out.
const GOOGLE_AUTH_URI: &str = "https://accounts.google.com/o/oauth2/auth";
const GOOGLE_TOKEN_URI: &str = "https://oauth2.googleapis.com/token";

impl ClientSecret {
    /// Reads a `client_secret.json` file.
    pub fn from_file(path: impl AsRef<Path>) -> Result<Self, AuthError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path)
            .map_err(|e| AuthError::with_source(format!("cannot read {}", path.display()), e))?;
        Self::from_json(&text).map_err(|e| AuthError::new(format!("{}: {e}", path.display())))
    }

    /// Parses the text of a `client_secret.json` file. An error names the JSON path of what
    /// is missing or of the wrong type.
    pub fn from_json(text: &str) -> Result<Self, AuthError> {
        let root: Value = serde_json::from_str(text).map_err(|e| {
            AuthError::new(format!(
                "not JSON (line {}, column {})",
                e.line(),
                e.column()
            ))
        })?;
        let installed = root.get("installed").ok_or_else(|| {
            let why = if root.get("web").is_some() {
                "`installed` expected: this is a \"Web application\" client; create an OAuth \
                 client of type \"Desktop app\""
            } else {
                "`installed` expected: the client_secret.json of an OAuth client of type \
                 \"Desktop app\""
            };
            AuthError::new(why)
        })?;
        let field = |name: &str, default: Option<&str>| -> Result<String, AuthError> {
            match (installed.get(name), default) {
                (Some(Value::String(s)), _) if !s.is_empty() => Ok(s.clone()),
                (None, Some(default)) => Ok(default.to_owned()),
                _ => Err(AuthError::new(format!(
                    "`installed.{name}`: a non-empty string expected"
                ))),
            }
        };
        let token_uri = field("token_uri", Some(GOOGLE_TOKEN_URI))?;
        Ok(ClientSecret {
            client_id: field("client_id", None)?,
            client_secret: field("client_secret", None)?,
            auth_uri: field("auth_uri", Some(GOOGLE_AUTH_URI))?,
            revoke_uri: revoke_uri_beside(&token_uri),
            token_uri,
        })
    }

    /// The client id.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    /// Where the user consents (`auth_uri`).
    pub fn auth_uri(&self) -> &str {
        &self.auth_uri
    }

    /// Where codes and refresh tokens are traded for access tokens (`token_uri`).
    pub fn token_uri(&self) -> &str {
        &self.token_uri
    }
}

/// The file names no revocation endpoint; Google's sits beside its token endpoint
/// (`https://oauth2.googleapis.com/revoke`, "OAuth 2.0 for iOS & Desktop Apps", "Revoking a
/// token"), and so does the emulator's.
fn revoke_uri_beside(token_uri: &str) -> String {
    match token_uri.strip_suffix("/token") {
        Some(base) => format!("{base}/revoke"),
        None => "https://oauth2.googleapis.com/revoke".to_owned(),
    }
}

impl fmt::Debug for ClientSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientSecret")
            .field("client_id", &self.client_id)
            .field("client_secret", &"<redacted>")
            .field("auth_uri", &self.auth_uri)
            .field("token_uri", &self.token_uri)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"{"installed":{"client_id":"123.apps.googleusercontent.com",
        "project_id":"demo","auth_uri":"https://accounts.google.com/o/oauth2/auth",
        "token_uri":"https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url":"https://www.googleapis.com/oauth2/v1/certs",
        "client_secret":"GOCSPX-abc","redirect_uris":["http://localhost"]}}"#;

    #[test]
    fn reads_the_console_download() {
        let secret = ClientSecret::from_json(FILE).unwrap();
        assert_eq!(secret.client_id(), "123.apps.googleusercontent.com");
        assert_eq!(secret.revoke_uri, "https://oauth2.googleapis.com/revoke");
        assert!(!format!("{secret:?}").contains("GOCSPX"));
    }

    #[test]
    fn errors_name_the_json_path() {
        let e = ClientSecret::from_json(r#"{"installed":{"client_id":"x","client_secret":3}}"#)
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "`installed.client_secret`: a non-empty string expected"
        );
        let e = ClientSecret::from_json(r#"{"web":{}}"#).unwrap_err();
        assert!(e.to_string().contains("Web application"), "{e}");
        let e = ClientSecret::from_json("{").unwrap_err();
        assert!(e.to_string().starts_with("not JSON"), "{e}");
    }
}
