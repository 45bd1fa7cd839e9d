//! The token endpoint's grants, through the `oauth2` crate, and the revocation endpoint, all
//! over the runtime's own transport.

use std::time::Duration;

use oauth2::basic::{BasicClient, BasicErrorResponse, BasicErrorResponseType};
use oauth2::{
    AsyncHttpClient, AuthType, AuthUrl, AuthorizationCode, ClientId, EndpointNotSet, EndpointSet,
    HttpRequest, HttpResponse, PkceCodeVerifier, RedirectUrl, RefreshToken, RequestTokenError,
    TokenResponse as _, TokenUrl,
};

use super::ClientSecret;
use crate::auth::{AuthError, AuthErrorKind};
use crate::http::{Headers, Method, Request, ReqwestTransport, Transport as _, TransportError};
use crate::BoxFuture;

/// An OAuth client with its authorization and token endpoints set. Revocation is sent by
/// hand ([`revoke`]): the crate's refuses a revocation URL that is not HTTPS, and the
/// emulator's is plain HTTP on 127.0.0.1.
pub(super) type OAuthClient =
    BasicClient<EndpointSet, EndpointNotSet, EndpointNotSet, EndpointNotSet, EndpointSet>;

pub(super) fn oauth_client(secret: &ClientSecret) -> Result<OAuthClient, AuthError> {
    let url = |what: &str, e: url::ParseError| AuthError::new(format!("the {what} URL: {e}"));
    Ok(BasicClient::new(ClientId::new(secret.client_id.clone()))
        .set_client_secret(oauth2::ClientSecret::new(secret.client_secret.clone()))
        .set_auth_uri(AuthUrl::new(secret.auth_uri.clone()).map_err(|e| url("auth_uri", e))?)
        .set_token_uri(TokenUrl::new(secret.token_uri.clone()).map_err(|e| url("token_uri", e))?)
        // Google's guide sends the client's credentials as form fields, not HTTP Basic.
        .set_auth_type(AuthType::RequestBody))
}

pub(super) fn redirect_url(uri: &str) -> Result<RedirectUrl, AuthError> {
    RedirectUrl::new(uri.to_owned())
        .map_err(|e| AuthError::new(format!("the redirect URI {uri:?}: {e}")))
}

/// What the token endpoint gave.
pub(super) struct Tokens {
    pub(super) access_token: String,
    pub(super) refresh_token: Option<String>,
    pub(super) expires_in: Option<Duration>,
    /// The granted scopes, when the answer lists them.
    pub(super) scopes: Option<Vec<String>>,
}

/// The `oauth2` crate's HTTP client: the runtime's transport, so TLS and proxies are those
/// of every other request, and no second HTTP library is built in.
pub(super) struct TokenHttp {
    transport: ReqwestTransport,
}

impl TokenHttp {
    pub(super) fn new() -> Result<Self, AuthError> {
        let transport = ReqwestTransport::new()
            .map_err(|e| AuthError::with_source("cannot build the HTTP client", e))?;
        Ok(TokenHttp { transport })
    }
}

impl<'c> AsyncHttpClient<'c> for TokenHttp {
    type Error = TransportError;
    type Future = BoxFuture<'c, Result<HttpResponse, TransportError>>;

    fn call(&'c self, request: HttpRequest) -> Self::Future {
        Box::pin(async move {
            let (head, body) = request.into_parts();
            let method = if head.method == oauth2::http::Method::GET {
                Method::Get
            } else {
                Method::Post
            };
            let mut ours = Request::new(method, head.uri.to_string()).with_body(body);
            for (name, value) in &head.headers {
                if let Ok(value) = value.to_str() {
                    let _ = ours.headers.append(name.as_str(), value);
                }
            }
            let response = self.transport.send(ours).await?;
            let status = response.status.as_u16();
            let headers: Headers = response.headers;
            let body = response.body.bytes().await?;
            let mut answer = oauth2::http::Response::builder().status(status);
            for (name, value) in headers.iter() {
                answer = answer.header(name, value);
            }
            answer.body(body.to_vec()).map_err(|e| {
                TransportError::new(
                    crate::http::TransportErrorKind::Invalid,
                    format!("the token endpoint's answer: {e}"),
                )
            })
        })
    }
}

/// Trades the authorization code (with its PKCE verifier) for tokens.
pub(super) async fn exchange_code(
    client: &OAuthClient,
    http: &TokenHttp,
    code: String,
    verifier: PkceCodeVerifier,
    redirect_uri: &RedirectUrl,
) -> Result<Tokens, AuthError> {
    client
        .exchange_code(AuthorizationCode::new(code))
        .set_pkce_verifier(verifier)
        .set_redirect_uri(std::borrow::Cow::Borrowed(redirect_uri))
        .request_async(http)
        .await
        .map(tokens)
        .map_err(|e| token_error(e, "exchanging the authorization code", false))
}

/// A new access token for a refresh token. A refused refresh token is
/// [`AuthErrorKind::SignInAgain`].
pub(super) async fn refresh(
    client: &OAuthClient,
    http: &TokenHttp,
    refresh_token: &str,
) -> Result<Tokens, AuthError> {
    let refresh_token = RefreshToken::new(refresh_token.to_owned());
    client
        .exchange_refresh_token(&refresh_token)
        .request_async(http)
        .await
        .map(tokens)
        .map_err(|e| token_error(e, "refreshing the access token", true))
}

/// Revokes the grant (Google revokes every token of a grant when one is revoked): a form
/// POST of `token` to the revocation endpoint (RFC 7009 §2.1), answered 200.
pub(super) async fn revoke(
    revoke_uri: &str,
    http: &TokenHttp,
    refresh_token: &str,
) -> Result<(), AuthError> {
    let body = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("token", refresh_token)
        .finish();
    let mut request = Request::new(Method::Post, revoke_uri).with_body(body);
    let _ = request
        .headers
        .insert("content-type", "application/x-www-form-urlencoded");
    let response = http.transport.send(request).await.map_err(|e| {
        let transient = e.is_retryable();
        AuthError::with_source("revoking the sign-in", e).transient(transient)
    })?;
    if response.status.is_success() {
        return Ok(());
    }
    // The answer names the error (`invalid_token`); it holds no token of ours.
    let status = response.status.as_u16();
    let answer = response.body.bytes().await.unwrap_or_default();
    let error = serde_json::from_slice::<serde_json::Value>(&answer)
        .ok()
        .and_then(|v| v.get("error")?.as_str().map(str::to_owned))
        .unwrap_or_default();
    Err(AuthError::new(format!(
        "revoking the sign-in: the server answered {status} {error}"
    )))
}

fn tokens(answer: oauth2::basic::BasicTokenResponse) -> Tokens {
    Tokens {
        access_token: answer.access_token().secret().clone(),
        refresh_token: answer.refresh_token().map(|t| t.secret().clone()),
        expires_in: answer.expires_in(),
        scopes: answer
            .scopes()
            .map(|scopes| scopes.iter().map(|s| s.to_string()).collect()),
    }
}

/// An error a program can act on, without the response body: a body that did not parse may
/// hold a token.
fn token_error(
    error: RequestTokenError<TransportError, BasicErrorResponse>,
    doing: &str,
    refreshing: bool,
) -> AuthError {
    match error {
        RequestTokenError::ServerResponse(answer) => {
            let mut message = format!(
                "{doing}: the authorization server answered {}",
                answer.error()
            );
            if let Some(description) = answer.error_description() {
                message.push_str(&format!(" ({description})"));
            }
            let sign_in_again =
                refreshing && *answer.error() == BasicErrorResponseType::InvalidGrant;
            if sign_in_again {
                message.push_str("; the saved sign-in is no longer valid: sign in again");
                AuthError::new(message).with_kind(AuthErrorKind::SignInAgain)
            } else {
                AuthError::new(message)
            }
        }
        RequestTokenError::Request(e) => {
            let transient = e.is_retryable();
            AuthError::with_source(doing.to_owned(), e).transient(transient)
        }
        RequestTokenError::Parse(e, _body) => AuthError::new(format!(
            "{doing}: the authorization server's answer did not parse at `{}`",
            e.path()
        )),
        RequestTokenError::Other(why) => AuthError::new(format!("{doing}: {why}")),
    }
}
