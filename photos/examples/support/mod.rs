//! What the example programs share: where their requests go and how they authenticate.
//! Each example declares it as its module `support`.
//!
//! Every example talks to a local [photos-emulator](../photos_emulator/index.html) by
//! default, so it runs without a Google account:
//!
//! ```sh
//! cargo run -p photos-emulator -- --port 8080 &
//! cargo run -p google-photos --example list_library
//! ```
//!
//! With `--client-secret client_secret.json` the program signs the user in on its first run
//! (module `sign_in`), against the emulator or, with `--google`, against Google; without it,
//! it sends an OAuth 2.0 access token from the environment (`PHOTOS_ACCESS_TOKEN`, or the
//! variable `--token-env` names).

// Each example compiles this module as its own and uses part of it.
#![allow(dead_code)]

pub mod files;
pub mod sign_in;

use std::future::Future;
use std::process::ExitCode;
use std::sync::Arc;

use google_photos::library::rt::auth::{StaticToken, TokenProvider};
use google_photos::library::rt::ClientBuilder;
use google_photos::library::Client;
use sign_in::SignIn;

/// Where photos-emulator listens when started with `--port 8080`.
pub const EMULATOR_URL: &str = "http://127.0.0.1:8080/";

/// The token sent to the emulator when the environment has none: one that carries the three
/// scopes Google still grants, so it also passes the emulator's `--strict-scopes` check.
pub const EMULATOR_TOKEN: &str = "scopes:photoslibrary.appendonly,\
    photoslibrary.readonly.appcreateddata,photoslibrary.edit.appcreateddata";

/// Where photos-emulator serves the Picker API when started with `--port 8080`: under
/// `picker/` of the same server (its second stdout line, `picker <url>`).
pub const PICKER_EMULATOR_URL: &str = "http://127.0.0.1:8080/picker/";

/// The token sent to the emulator's Picker when the environment has none: one that carries
/// the Picker's scope, so it also passes `--strict-scopes`.
pub const PICKER_EMULATOR_TOKEN: &str = "scopes:photospicker.mediaitems.readonly";

/// How to reach the Library API: the command-line options every example takes.
#[derive(clap::Args, Debug, Clone)]
pub struct Connection {
    /// Root URL of the API when not talking to Google: a running photos-emulator.
    #[arg(long, default_value = EMULATOR_URL)]
    pub base_url: String,
    #[command(flatten)]
    pub access: Access,
}

/// How to reach the Picker API: the command-line options of the Picker examples.
#[derive(clap::Args, Debug, Clone)]
pub struct PickerConnection {
    /// Root URL of the Picker API when not talking to Google: a running photos-emulator's
    /// `picker` URL.
    #[arg(long, default_value = PICKER_EMULATOR_URL)]
    pub base_url: String,
    #[command(flatten)]
    pub access: Access,
}

/// Which servers and whose credentials: the options both APIs' examples share.
#[derive(clap::Args, Debug, Clone)]
pub struct Access {
    /// Talk to Google's servers instead of the emulator, sign-in included: needs
    /// --client-secret, or an access token in the environment (see --token-env).
    #[arg(long)]
    pub google: bool,
    /// Talk to the emulator at --base-url, sign-in included (the default).
    #[arg(long, conflicts_with = "google")]
    pub emulator: bool,
    /// Environment variable holding the OAuth 2.0 access token (without --client-secret).
    #[arg(long, default_value = "PHOTOS_ACCESS_TOKEN")]
    pub token_env: String,
    #[command(flatten)]
    pub sign_in: SignIn,
}

/// Help text about tokens, for the examples' `--help`.
pub const AUTH_HELP: &str = "\
Authentication:
  With --client-secret FILE (the client_secret.json of an OAuth client of type \"Desktop
  app\"), the first run signs you in through your browser and later runs reuse the sign-in
  kept in --token-cache. photos-emulator writes a client_secret.json of its own with
  --client-secret-out FILE. Google grants only photoslibrary.appendonly,
  photoslibrary.readonly.appcreateddata and photoslibrary.edit.appcreateddata (and the
  Picker's photospicker.mediaitems.readonly) since 2025-03-31, and the APIs take no
  service accounts.
  Without --client-secret the example sends the access token in the environment variable
  --token-env names (required with --google); against photos-emulator, without one, a
  token that carries the current scopes. A token is sent only in the Authorization header.";

impl Access {
    /// A client from `builder` for the chosen server (`base_url` unless `--google`), for a
    /// program that needs `needs` (scopes): the signed-in user's, else a fixed token from
    /// `$token_env` (required with `--google`), else `emulator_token`.
    async fn client<C>(
        &self,
        builder: ClientBuilder<C>,
        base_url: &str,
        needs: &[&str],
        emulator_token: &str,
    ) -> anyhow::Result<C> {
        let server = (!self.google).then_some(base_url);
        let provider: Arc<dyn TokenProvider> = match self.sign_in.user(needs, server).await? {
            Some(user) => user,
            None => Arc::new(StaticToken::new(token(
                self.google,
                &self.token_env,
                emulator_token,
            )?)),
        };
        let mut builder = builder.token_provider(provider);
        if let Some(base_url) = server {
            builder = builder.base_url(base_url);
        }
        Ok(builder.build()?)
    }
}

impl Connection {
    /// A client for the chosen server, for a program that needs `needs` (scopes).
    pub async fn client(&self, needs: &[&str]) -> anyhow::Result<Client> {
        let builder = Client::builder();
        self.access
            .client(builder, &self.base_url, needs, EMULATOR_TOKEN)
            .await
    }

    /// Where the requests go, for messages.
    pub fn describe(&self) -> &str {
        if self.access.google {
            "Google Photos"
        } else {
            &self.base_url
        }
    }
}

impl PickerConnection {
    /// A Picker client for the chosen server, for a program that needs `needs` (scopes).
    pub async fn client(&self, needs: &[&str]) -> anyhow::Result<google_photos::picker::Client> {
        let builder = google_photos::picker::Client::builder();
        self.access
            .client(builder, &self.base_url, needs, PICKER_EMULATOR_TOKEN)
            .await
    }
}

/// The token to send: from `$token_env`, required with `--google`, else `emulator`.
fn token(google: bool, token_env: &str, emulator: &str) -> anyhow::Result<String> {
    match std::env::var(token_env) {
        Ok(token) => Ok(token),
        Err(_) if google => anyhow::bail!(
            "--google needs --client-secret, or an OAuth 2.0 access token in ${token_env} \
             (see --help)"
        ),
        Err(_) => Ok(emulator.to_string()),
    }
}

/// Runs an example's `run` and turns its outcome into the exit code: `Ok(code)` as it is, an
/// error as `error: …` on stderr and exit code 1.
pub async fn exit_code(run: impl Future<Output = anyhow::Result<ExitCode>>) -> ExitCode {
    match run.await {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {}", report(&err));
            if let Some(advice) = sign_in::advice(&err) {
                eprintln!("{advice}");
            }
            ExitCode::FAILURE
        }
    }
}

/// `err` and its causes on one line, skipping a cause whose text the line already holds: the
/// runtime's errors print their source's message in their own, so `{:#}` would say it twice.
pub fn report(err: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if line.contains(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
    }
    line
}
