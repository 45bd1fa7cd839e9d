//! Signing the user in on the first run, through their browser, and reusing the sign-in
//! on later runs: `--client-secret client_secret.json` (an OAuth client of type "Desktop
//! app"; photos-emulator writes one for itself with `--client-secret-out`).
//!
//! Every example asks for the same scopes, so one sign-in (one token cache) serves them
//! all; each *requires* only the ones it uses, and the user may untick the others.

use std::path::PathBuf;
use std::sync::Arc;

use google_photos::library::rt::auth::{AuthError, AuthErrorKind, ClientSecret, InstalledApp};
use google_photos::library::scopes::{
    PHOTOSLIBRARY_APPENDONLY, PHOTOSLIBRARY_EDIT_APPCREATEDDATA,
    PHOTOSLIBRARY_READONLY_APPCREATEDDATA,
};
use google_photos::picker::scopes::PHOTOSPICKER_MEDIAITEMS_READONLY;

/// What a Photos app asks for since 2025-03-31: the three Library scopes Google still grants
/// and the Picker's.
pub const PHOTOS_APP_SCOPES: [&str; 4] = [
    PHOTOSLIBRARY_APPENDONLY,
    PHOTOSLIBRARY_READONLY_APPCREATEDDATA,
    PHOTOSLIBRARY_EDIT_APPCREATEDDATA,
    PHOTOSPICKER_MEDIAITEMS_READONLY,
];

/// The command-line options of signing in.
#[derive(clap::Args, Debug, Clone)]
pub struct SignIn {
    /// The OAuth client (type "Desktop app") to sign the user in with, as downloaded from
    /// the Google Cloud console; the first run opens the consent page in the browser.
    #[arg(long, value_name = "FILE")]
    pub client_secret: Option<PathBuf>,
    /// Where the sign-in is kept between runs (created readable by you only); default:
    /// google-photos-examples/token.json in your configuration folder.
    #[arg(long, value_name = "FILE", requires = "client_secret")]
    pub token_cache: Option<PathBuf>,
    /// Print the sign-in link (a `sign-in:` line on stdout) without opening a browser.
    #[arg(long, requires = "client_secret")]
    pub no_browser: bool,
}

impl SignIn {
    /// The signed-in user, when `--client-secret` was given: from the token cache, or
    /// through the browser. `needs` are the scopes the program cannot work without;
    /// `emulator` is the emulator's URL when the program talks to one, whose sign-in the
    /// file must then name too.
    pub async fn user(
        &self,
        needs: &[&str],
        emulator: Option<&str>,
    ) -> anyhow::Result<Option<Arc<InstalledApp>>> {
        let Some(path) = &self.client_secret else {
            return Ok(None);
        };
        let secret = ClientSecret::from_file(path)?;
        if let Some(emulator) = emulator {
            // Google's sign-in for the emulator's API would send a real user's token to a
            // local test server, and the emulator would not know it: never mix the two.
            let origin = |url: &str| url.split('/').take(3).collect::<Vec<_>>().join("/");
            anyhow::ensure!(
                origin(secret.token_uri()) == origin(emulator),
                "{} signs in at {}, not at the emulator {emulator}: use the emulator's \
                 client_secret.json (photos-emulator --client-secret-out FILE), or --google",
                path.display(),
                origin(secret.token_uri()),
            );
        }
        let optional = PHOTOS_APP_SCOPES.iter().filter(|s| !needs.contains(s));
        let mut builder = InstalledApp::builder(secret)
            .scopes(needs.iter().copied())
            .optional_scopes(optional.copied())
            .token_cache(self.token_cache.clone().unwrap_or_else(default_token_cache))
            .open_browser(!self.no_browser);
        if self.no_browser {
            // One line a person (or a test) can read the link from, like `link:` of pick_photos.
            builder = builder.show_link(|link| println!("sign-in: {link}"));
        }
        Ok(Some(Arc::new(builder.sign_in().await?)))
    }
}

fn default_token_cache() -> PathBuf {
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".config")))
        .unwrap_or_else(|| PathBuf::from("."));
    config.join("google-photos-examples").join("token.json")
}

/// What to tell the user about a failed sign-in, when `err` is one: the next step.
pub fn advice(err: &anyhow::Error) -> Option<String> {
    let auth = err.chain().find_map(|e| e.downcast_ref::<AuthError>())?;
    match auth.kind() {
        AuthErrorKind::SignInAgain => Some(
            "your sign-in was revoked or has expired, and was forgotten: run the program \
             again to sign in"
                .into(),
        ),
        AuthErrorKind::ScopesNotGranted(scopes) => Some(format!(
            "this program cannot work without {}: run it again and leave {} ticked on the \
             consent page",
            scopes.join(", "),
            if scopes.len() == 1 { "it" } else { "them" }
        )),
        AuthErrorKind::Declined => Some("sign-in was cancelled; nothing was done".into()),
        _ => None,
    }
}
