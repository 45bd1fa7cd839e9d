//! The loopback redirect of the installed-app flow: a one-shot HTTP listener on
//! `127.0.0.1` that the browser is sent back to with the authorization code
//! ("OAuth 2.0 for iOS & Desktop Apps", "Loopback IP address";
//! <https://developers.google.com/identity/protocols/oauth2/native-app>).

use std::time::Duration;

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};

use crate::auth::{AuthError, AuthErrorKind};

/// What the authorization server sent the browser back with.
pub(super) struct Answer {
    pub(super) code: String,
    /// The granted scopes, when the server says (Google does, space-separated).
    pub(super) scope: Option<String>,
}

pub(super) struct Loopback {
    listener: TcpListener,
    redirect_uri: String,
}

/// A request head larger than this is not a browser coming back from consent.
const HEAD_LIMIT: usize = 16 * 1024;

impl Loopback {
    pub(super) async fn bind() -> Result<Self, AuthError> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await.map_err(|e| {
            AuthError::with_source("cannot listen on 127.0.0.1 for the sign-in redirect", e)
        })?;
        let port = listener
            .local_addr()
            .map_err(|e| AuthError::with_source("cannot read the redirect listener's port", e))?
            .port();
        Ok(Loopback {
            listener,
            redirect_uri: format!("http://127.0.0.1:{port}/"),
        })
    }

    pub(super) fn redirect_uri(&self) -> &str {
        &self.redirect_uri
    }

    /// Waits for the redirect that carries `state`, answering the browser with a page that
    /// says how sign-in ended. Requests without `state` (a favicon) or with another one (not
    /// from this sign-in) are answered and ignored.
    pub(super) async fn wait(&self, state: &str, timeout: Duration) -> Result<Answer, AuthError> {
        let waited = tokio::time::timeout(timeout, async {
            loop {
                let Ok((mut stream, _)) = self.listener.accept().await else {
                    continue;
                };
                let Some(target) = read_target(&mut stream).await else {
                    respond(&mut stream, 400, "Bad request.").await;
                    continue;
                };
                let params: Vec<(String, String)> = url::form_urlencoded::parse(
                    target
                        .split_once('?')
                        .map(|(_, q)| q)
                        .unwrap_or("")
                        .as_bytes(),
                )
                .into_owned()
                .collect();
                let get = |name: &str| {
                    params
                        .iter()
                        .find(|(k, _)| k == name)
                        .map(|(_, v)| v.clone())
                };
                if get("state").as_deref() != Some(state) {
                    respond(&mut stream, 404, "Not a sign-in of this app.").await;
                    continue;
                }
                if let Some(error) = get("error") {
                    respond(
                        &mut stream,
                        200,
                        "Sign-in was cancelled. You can close this tab.",
                    )
                    .await;
                    return Err(refusal(&error));
                }
                let Some(code) = get("code") else {
                    respond(&mut stream, 400, "The sign-in answer has no code.").await;
                    return Err(AuthError::new("the authorization server sent no code"));
                };
                respond(
                    &mut stream,
                    200,
                    "Signed in. You can close this tab and go back to the app.",
                )
                .await;
                return Ok(Answer {
                    code,
                    scope: get("scope"),
                });
            }
        })
        .await;
        waited.unwrap_or_else(|_| {
            Err(AuthError::new(format!(
                "nobody signed in within {} s",
                timeout.as_secs()
            )))
        })
    }
}

/// The error for `?error=…` on the redirect (RFC 6749 §4.1.2.1).
fn refusal(error: &str) -> AuthError {
    if error == "access_denied" {
        AuthError::new("the user declined to sign in (access_denied)")
            .with_kind(AuthErrorKind::Declined)
    } else {
        // Only the error code: it is the server's word, never a secret of ours.
        let code: String = error
            .chars()
            .filter(|c| c.is_ascii_graphic())
            .take(64)
            .collect();
        AuthError::new(format!(
            "the authorization server refused the sign-in: {code}"
        ))
    }
}

/// The request target of the first request on `stream`.
async fn read_target(stream: &mut TcpStream) -> Option<String> {
    let mut head = Vec::with_capacity(1024);
    let mut chunk = [0u8; 2048];
    loop {
        let n = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut chunk))
            .await
            .ok()?
            .ok()?;
        if n == 0 {
            return None;
        }
        head.extend_from_slice(&chunk[..n]);
        let mut headers = [httparse::EMPTY_HEADER; 64];
        let mut request = httparse::Request::new(&mut headers);
        match request.parse(&head) {
            Ok(httparse::Status::Complete(_)) => {
                return (request.method == Some("GET"))
                    .then(|| request.path.map(str::to_owned))
                    .flatten();
            }
            Ok(httparse::Status::Partial) if head.len() < HEAD_LIMIT => {}
            _ => return None,
        }
    }
}

async fn respond(stream: &mut TcpStream, status: u16, message: &str) {
    let reason = match status {
        200 => "OK",
        400 => "Bad Request",
        _ => "Not Found",
    };
    let body = format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Sign-in</title></head>\
         <body style=\"font-family:sans-serif;margin:3em\"><p id=\"sign-in-result\">{message}</p>\
         </body></html>"
    );
    let answer = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8\r\n\
         Content-Length: {}\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(answer.as_bytes()).await;
    let _ = stream.shutdown().await;
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn get(uri: &str, path: &str) -> String {
        let port = uri.trim_end_matches('/').rsplit(':').next().unwrap();
        let mut stream = TcpStream::connect(("127.0.0.1", port.parse::<u16>().unwrap()))
            .await
            .unwrap();
        stream
            .write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes())
            .await
            .unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).await.unwrap();
        answer
    }

    #[tokio::test]
    async fn takes_the_code_of_its_own_state_only() {
        let loopback = Loopback::bind().await.unwrap();
        let uri = loopback.redirect_uri().to_owned();
        let browser = tokio::spawn(async move {
            let favicon = get(&uri, "/favicon.ico").await;
            let forged = get(&uri, "/?state=other&code=forged").await;
            let real = get(&uri, "/?state=s1&code=4%2F0abc&scope=a%20b").await;
            (favicon, forged, real)
        });
        let answer = loopback.wait("s1", Duration::from_secs(10)).await.unwrap();
        assert_eq!(answer.code, "4/0abc");
        assert_eq!(answer.scope.as_deref(), Some("a b"));
        let (favicon, forged, real) = browser.await.unwrap();
        assert!(favicon.starts_with("HTTP/1.1 404"), "{favicon}");
        assert!(forged.starts_with("HTTP/1.1 404"), "{forged}");
        assert!(
            real.starts_with("HTTP/1.1 200") && real.contains("Signed in"),
            "{real}"
        );
    }

    #[tokio::test]
    async fn a_cancelled_consent_is_declined() {
        let loopback = Loopback::bind().await.unwrap();
        let uri = loopback.redirect_uri().to_owned();
        tokio::spawn(async move { get(&uri, "/?state=s&error=access_denied").await });
        let err = loopback
            .wait("s", Duration::from_secs(10))
            .await
            .err()
            .unwrap();
        assert_eq!(err.kind(), &AuthErrorKind::Declined);
    }
}
