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
        credentials::Builder::default()
            .with_scopes(scopes)
            .build_access_token_credentials()
            .map(Self::from_credentials)
            .map_err(|e| {
                AuthError::with_source("could not load application default credentials", e)
            })
    }

    /// A service account, from the parsed JSON of its key file.
    pub fn service_account<I, S>(key: serde_json::Value, scopes: I) -> Result<Self, AuthError>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        install_crypto_provider();
        credentials::service_account::Builder::new(key)
            .with_access_specifier(credentials::service_account::AccessSpecifier::from_scopes(
                scopes,
            ))
            .build_access_token_credentials()
            .map(Self::from_credentials)
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
        credentials::user_account::Builder::new(credentials)
            .with_scopes(scopes)
            .build_access_token_credentials()
            .map(Self::from_credentials)
            .map_err(|e| AuthError::with_source("could not use the authorized-user credentials", e))
    }

    /// Credentials built by other means with `google-cloud-auth`.
    pub fn from_credentials(credentials: AccessTokenCredentials) -> Self {
        GoogleCloudAuth { credentials }
    }
}

impl fmt::Debug for GoogleCloudAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("GoogleCloudAuth { .. }")
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
}
