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
//! With `--google` the same program talks to Google, with an OAuth 2.0 access token from the
//! environment (`PHOTOS_ACCESS_TOKEN`, or the variable `--token-env` names).

// Each example compiles this module as its own and uses part of it.
#![allow(dead_code)]

pub mod files;

use std::future::Future;
use std::process::ExitCode;

use google_photos::library::rt::auth::StaticToken;
use google_photos::library::Client;

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

/// How to reach the API: the command-line options every example takes.
#[derive(clap::Args, Debug, Clone)]
pub struct Connection {
    /// Root URL of the API when not talking to Google: a running photos-emulator.
    #[arg(long, default_value = EMULATOR_URL)]
    pub base_url: String,
    /// Talk to Google's servers instead of the emulator; needs an access token in the
    /// environment (see --token-env).
    #[arg(long)]
    pub google: bool,
    /// Environment variable holding the OAuth 2.0 access token.
    #[arg(long, default_value = "PHOTOS_ACCESS_TOKEN")]
    pub token_env: String,
}

/// Help text about tokens, for the examples' `--help`.
pub const AUTH_HELP: &str = "\
Authentication:
  Against photos-emulator (the default) any token works; the example sends the one in the
  environment variable --token-env names, or one that carries the three current scopes.
  With --google it needs an OAuth 2.0 access token in that variable. Google grants only
  photoslibrary.appendonly, photoslibrary.readonly.appcreateddata and
  photoslibrary.edit.appcreateddata since 2025-03-31, and the API takes no service
  accounts: get a token for an OAuth client of type \"Desktop app\" (the
  oauth_installed_app example shows the flow, with a token cache on disk). The token is
  sent only in the Authorization header.";

impl Connection {
    /// A client for the chosen server.
    pub fn client(&self) -> anyhow::Result<Client> {
        let token = token(self.google, &self.token_env, EMULATOR_TOKEN)?;
        let mut builder = Client::builder().token_provider(StaticToken::new(token));
        if !self.google {
            builder = builder.base_url(&self.base_url);
        }
        Ok(builder.build()?)
    }

    /// Where the requests go, for messages.
    pub fn describe(&self) -> &str {
        if self.google {
            "Google Photos"
        } else {
            &self.base_url
        }
    }
}

/// The token to send: from `$token_env`, required with `--google`, else `emulator`.
fn token(google: bool, token_env: &str, emulator: &str) -> anyhow::Result<String> {
    match std::env::var(token_env) {
        Ok(token) => Ok(token),
        Err(_) if google => {
            anyhow::bail!("--google needs an OAuth 2.0 access token in ${token_env} (see --help)")
        }
        Err(_) => Ok(emulator.to_string()),
    }
}

/// How to reach the Picker API: the command-line options of the Picker examples.
#[derive(clap::Args, Debug, Clone)]
pub struct PickerConnection {
    /// Root URL of the Picker API when not talking to Google: a running photos-emulator's
    /// `picker` URL.
    #[arg(long, default_value = PICKER_EMULATOR_URL)]
    pub base_url: String,
    /// Talk to Google's servers instead of the emulator; needs an access token in the
    /// environment (see --token-env).
    #[arg(long)]
    pub google: bool,
    /// Environment variable holding the OAuth 2.0 access token.
    #[arg(long, default_value = "PHOTOS_ACCESS_TOKEN")]
    pub token_env: String,
}

impl PickerConnection {
    /// A Picker client for the chosen server.
    pub fn client(&self) -> anyhow::Result<google_photos::picker::Client> {
        let token = token(self.google, &self.token_env, PICKER_EMULATOR_TOKEN)?;
        let mut builder =
            google_photos::picker::Client::builder().token_provider(StaticToken::new(token));
        if !self.google {
            builder = builder.base_url(&self.base_url);
        }
        Ok(builder.build()?)
    }
}

/// Runs an example's `run` and turns its outcome into the exit code: `Ok(code)` as it is, an
/// error as `error: …` on stderr and exit code 1.
pub async fn exit_code(run: impl Future<Output = anyhow::Result<ExitCode>>) -> ExitCode {
    match run.await {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {}", report(&err));
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
