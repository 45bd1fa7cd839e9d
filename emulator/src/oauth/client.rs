//! The OAuth client the emulator knows, and the `client_secret.json` Google lets its owner
//! download.
//!
//! A "Desktop app" client is what "OAuth 2.0 for iOS & Desktop Apps"
//! (<https://developers.google.com/identity/protocols/oauth2/native-app>, "Create
//! authorization credentials") has a desktop app register; the console offers its id and
//! secret as a JSON file with an `installed` object (`client_id`, `project_id`, `auth_uri`,
//! `token_uri`, `auth_provider_x509_cert_url`, `client_secret`, `redirect_uris`), the file
//! Google's client libraries read. Installed apps "cannot keep secrets", so the secret is not
//! confidential, yet the token endpoint still wants it. Here the two URIs point at the
//! emulator, and the secret is fresh on each start unless one is given.

use serde_json::json;

use super::random::Random;
use super::{AUTH_PATH, CERTS_PATH, REVOKE_PATH, TOKEN_PATH};

/// The client id of the default client.
pub const DEFAULT_OAUTH_CLIENT_ID: &str = "emulator-desktop.apps.googleusercontent.com";

/// The app name the default client's consent screen shows.
pub const DEFAULT_OAUTH_APP_NAME: &str = "Photos Emulator Demo";

/// The `project_id` of the emulator's `client_secret.json`.
const PROJECT_ID: &str = "photos-emulator";

/// An OAuth client of type "Desktop app". Its `Debug` leaves the secret out.
#[derive(Clone, PartialEq, Eq)]
pub struct OAuthClient {
    /// The client id, `….apps.googleusercontent.com` for Google's clients.
    pub client_id: String,
    /// The client secret (`GOCSPX-…` for Google's clients).
    pub client_secret: String,
    /// The app name the consent screen shows.
    pub app_name: String,
}

impl std::fmt::Debug for OAuthClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuthClient")
            .field("client_id", &self.client_id)
            .field("client_secret", &"<redacted>")
            .field("app_name", &self.app_name)
            .finish()
    }
}

impl OAuthClient {
    /// The default client, with a secret of Google's shape made up for this start.
    pub(crate) fn generated(random: &Random) -> OAuthClient {
        OAuthClient {
            client_id: DEFAULT_OAUTH_CLIENT_ID.to_owned(),
            client_secret: format!("GOCSPX-emulator-{}", random.token(18)),
            app_name: DEFAULT_OAUTH_APP_NAME.to_owned(),
        }
    }
}

/// The emulator's OAuth endpoints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OAuthUrls {
    /// The authorization endpoint, `http://127.0.0.1:PORT/o/oauth2/v2/auth` (Google's is
    /// `https://accounts.google.com/o/oauth2/v2/auth`).
    pub authorization: String,
    /// The token endpoint, `http://127.0.0.1:PORT/token` (Google's is
    /// `https://oauth2.googleapis.com/token`).
    pub token: String,
    /// The revocation endpoint, `http://127.0.0.1:PORT/revoke` (Google's is
    /// `https://oauth2.googleapis.com/revoke`).
    pub revoke: String,
}

impl OAuthUrls {
    pub(crate) fn new(base_url: &str) -> OAuthUrls {
        let base = base_url.trim_end_matches('/');
        OAuthUrls {
            authorization: format!("{base}{AUTH_PATH}"),
            token: format!("{base}{TOKEN_PATH}"),
            revoke: format!("{base}{REVOKE_PATH}"),
        }
    }
}

/// The `client_secret.json` of `client`, pointing at the emulator at `base_url`.
pub(crate) fn secret_json(client: &OAuthClient, base_url: &str) -> String {
    let urls = OAuthUrls::new(base_url);
    let doc = json!({
        "installed": {
            "client_id": client.client_id,
            "project_id": PROJECT_ID,
            "auth_uri": urls.authorization,
            "token_uri": urls.token,
            "auth_provider_x509_cert_url": format!("{}{CERTS_PATH}", base_url.trim_end_matches('/')),
            "client_secret": client.client_secret,
            "redirect_uris": ["http://localhost"],
        }
    });
    // Pretty, as the console's download is meant to be read and kept.
    serde_json::to_string_pretty(&doc).unwrap_or_else(|_| doc.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_json_has_google_fields() {
        let c = OAuthClient::generated(&Random::new());
        assert!(c.client_secret.starts_with("GOCSPX-emulator-"));
        assert!(!format!("{c:?}").contains(&c.client_secret));
        let v: serde_json::Value =
            serde_json::from_str(&secret_json(&c, "http://127.0.0.1:9/")).unwrap();
        let i = &v["installed"];
        assert_eq!(i["client_id"], DEFAULT_OAUTH_CLIENT_ID);
        assert_eq!(i["auth_uri"], "http://127.0.0.1:9/o/oauth2/v2/auth");
        assert_eq!(i["token_uri"], "http://127.0.0.1:9/token");
        assert_eq!(i["redirect_uris"], json!(["http://localhost"]));
        assert_eq!(i["client_secret"], c.client_secret.as_str());
    }
}
