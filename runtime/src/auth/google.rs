//! [`TokenProvider`] backed by Google's `google-cloud-auth` crate (cargo feature
//! `google-cloud-auth`).

use std::fmt;

use google_cloud_auth::credentials::{self, AccessTokenCredentials, CredentialsProvider};

use super::{AccessToken, AuthError, TokenProvider};
use crate::http::install_crypto_provider;
use crate::BoxFuture;

/// Tokens from `google-cloud-auth`: application default credentials, service-account keys
/// or authorized-user refresh tokens.
///
/// ```no_run
/// # fn client<C>(builder: discogen_runtime::ClientBuilder<C>) -> discogen_runtime::Result<C> {
/// use discogen_runtime::auth::GoogleCloudAuth;
///
/// let auth = GoogleCloudAuth::application_default([
///     "https://www.googleapis.com/auth/cloud-platform",
/// ])?;
/// let client = builder.token_provider(auth).build()?; // e.g. a generated `Client::builder()`
/// # Ok(client)
/// # }
/// ```
///
/// The scopes are fixed when the credentials are built. `google-cloud-auth` caches tokens
/// and refreshes them before they expire, in the background.
#[derive(Clone)]
pub struct GoogleCloudAuth {
    credentials: AccessTokenCredentials,
    /// The `quota_project_id` of the credentials file, when it has one.
    quota_project: Option<String>,
}

impl GoogleCloudAuth {
    /// Application default credentials: `GOOGLE_APPLICATION_CREDENTIALS`, then the gcloud
    /// user credentials file, then the metadata server.
    pub fn application_default<I, S>(scopes: I) -> Result<Self, AuthError>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        install_crypto_provider();
        let auth = credentials::Builder::default()
            .with_scopes(scopes)
            .build_access_token_credentials()
            .map(Self::from_credentials)
            .map_err(|e| {
                AuthError::with_source("could not load application default credentials", e)
            })?;
        Ok(auth.with_quota_project(adc_file().as_ref()))
    }

    /// A service account, from the parsed JSON of its key file.
    pub fn service_account<I, S>(key: serde_json::Value, scopes: I) -> Result<Self, AuthError>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        install_crypto_provider();
        let quota_project = quota_project_of(&key);
        credentials::service_account::Builder::new(key)
            .with_access_specifier(credentials::service_account::AccessSpecifier::from_scopes(
                scopes,
            ))
            .build_access_token_credentials()
            .map(|auth| Self::from_credentials(auth).with_quota_project(quota_project))
            .map_err(|e| AuthError::with_source("could not use the service account key", e))
    }

    /// A user's refresh token, from the parsed JSON of an `authorized_user` credentials
    /// file (as written by `gcloud auth application-default login`).
    pub fn authorized_user<I, S>(
        credentials: serde_json::Value,
        scopes: I,
    ) -> Result<Self, AuthError>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        install_crypto_provider();
        let quota_project = quota_project_of(&credentials);
        credentials::user_account::Builder::new(credentials)
            .with_scopes(scopes)
            .build_access_token_credentials()
            .map(|auth| Self::from_credentials(auth).with_quota_project(quota_project))
            .map_err(|e| AuthError::with_source("could not use the authorized-user credentials", e))
    }

    /// Credentials built by other means with `google-cloud-auth`. They name no quota project
    /// unless [`with_quota_project`](Self::with_quota_project) gives one.
    pub fn from_credentials(credentials: AccessTokenCredentials) -> Self {
        GoogleCloudAuth {
            credentials,
            quota_project: None,
        }
    }

    /// The project these credentials bill quota to, as a credentials file's
    /// `quota_project_id` would (see [`TokenProvider::quota_project`]).
    pub fn with_quota_project<S: Into<String>>(mut self, project: Option<S>) -> Self {
        self.quota_project = project.map(Into::into).filter(|p| !p.trim().is_empty());
        self
    }
}

/// The `quota_project_id` of a credentials file's JSON.
fn quota_project_of(json: &serde_json::Value) -> Option<String> {
    json.get("quota_project_id")?.as_str().map(str::to_owned)
}

/// The quota project of the application default credentials' file, where
/// `google-cloud-auth` finds it: `GOOGLE_APPLICATION_CREDENTIALS`, else gcloud's
/// `application_default_credentials.json` (`$HOME/.config/gcloud/`, `%APPDATA%\gcloud\` on
/// Windows). None for credentials from the metadata server, or a file without one.
fn adc_file() -> Option<String> {
    let path = match std::env::var_os("GOOGLE_APPLICATION_CREDENTIALS") {
        Some(path) if !path.is_empty() => std::path::PathBuf::from(path),
        _ => {
            let config = if cfg!(windows) {
                std::path::PathBuf::from(std::env::var_os("APPDATA")?)
            } else {
                std::path::PathBuf::from(std::env::var_os("HOME")?).join(".config")
            };
            config
                .join("gcloud")
                .join("application_default_credentials.json")
        }
    };
    let text = std::fs::read(path).ok()?;
    quota_project_of(&serde_json::from_slice(&text).ok()?)
}

impl fmt::Debug for GoogleCloudAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GoogleCloudAuth")
            .field("quota_project", &self.quota_project)
            .finish_non_exhaustive()
    }
}

impl TokenProvider for GoogleCloudAuth {
    fn token<'a>(&'a self, _: &'a [&'static str]) -> BoxFuture<'a, Result<AccessToken, AuthError>> {
        Box::pin(async move {
            match self.credentials.access_token().await {
                Ok(token) => Ok(AccessToken::new(token.token)),
                Err(e) => {
                    let transient = e.is_transient();
                    Err(
                        AuthError::with_source("google-cloud-auth could not provide a token", e)
                            .transient(transient),
                    )
                }
            }
        })
    }

    fn universe_domain(&self) -> BoxFuture<'_, Option<String>> {
        Box::pin(CredentialsProvider::universe_domain(&self.credentials))
    }

    fn quota_project(&self) -> Option<String> {
        self.quota_project.clone()
    }
}
