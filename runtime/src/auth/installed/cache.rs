//! The sign-in kept on disk between runs, readable by its owner only.
//!
//! The file holds a refresh token, which is as good as the user's consent: it is created
//! with mode `0600` in a folder created with mode `0700` (on Unix), written to a temporary
//! file beside it and renamed, so a crash never leaves half a file and no other user can
//! read it at any moment.

use std::fmt;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::auth::AuthError;

/// One user's grant to one OAuth client.
#[derive(Clone, Serialize, Deserialize)]
pub(super) struct Grant {
    pub(super) client_id: String,
    pub(super) refresh_token: String,
    pub(super) access_token: String,
    /// Seconds since the Unix epoch.
    pub(super) expires_at: u64,
    /// The access token's lifetime in seconds, as the token endpoint gave it (0: unknown).
    #[serde(default)]
    pub(super) lifetime: u64,
    /// The scopes the user granted, as full URLs.
    pub(super) scopes: Vec<String>,
}

impl Grant {
    pub(super) fn expires_at(&self) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(self.expires_at)
    }

    pub(super) fn set_expiry(&mut self, expires_in: Option<Duration>) {
        // Without `expires_in` the token's life is unknown: treat it as spent at once, so the
        // next call refreshes instead of sending a token that may have died.
        let at = SystemTime::now() + expires_in.unwrap_or_default();
        self.expires_at = at
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        self.lifetime = expires_in.unwrap_or_default().as_secs();
    }

    /// How long before expiry to refresh: `usual`, or a quarter of a shorter lifetime, so a
    /// token that lives a minute is not refreshed at every call.
    pub(super) fn refresh_margin(&self, usual: Duration) -> Duration {
        match self.lifetime {
            0 => usual,
            secs => usual.min(Duration::from_secs(secs) / 4),
        }
    }

    pub(super) fn has_all(&self, scopes: &[String]) -> bool {
        scopes.iter().all(|s| self.scopes.contains(s))
    }
}

impl fmt::Debug for Grant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Grant")
            .field("client_id", &self.client_id)
            .field("refresh_token", &"<redacted>")
            .field("access_token", &"<redacted>")
            .field("expires_at", &self.expires_at)
            .field("scopes", &self.scopes)
            .finish()
    }
}

/// Where the grant is kept.
#[derive(Clone, Debug)]
pub(super) struct TokenFile {
    path: PathBuf,
}

impl TokenFile {
    pub(super) fn new(path: PathBuf) -> Self {
        TokenFile { path }
    }

    pub(super) fn path(&self) -> &Path {
        &self.path
    }

    /// The grant saved for `client_id`. A missing file, a file of another client, or one
    /// that does not parse (cut short, edited by hand) all mean "not signed in": the user
    /// signs in again and the file is replaced.
    pub(super) fn load(&self, client_id: &str) -> Option<Grant> {
        let text = std::fs::read(&self.path).ok()?;
        match serde_json::from_slice::<Grant>(&text) {
            Ok(grant) if grant.client_id == client_id => Some(grant),
            Ok(_) => None,
            Err(e) => {
                tracing::warn!(
                    path = %self.path.display(),
                    error = %e,
                    "ignoring a token cache that does not parse"
                );
                None
            }
        }
    }

    pub(super) fn store(&self, grant: &Grant) -> Result<(), AuthError> {
        let fail = |e: std::io::Error| {
            AuthError::with_source(
                format!("cannot write the token cache {}", self.path.display()),
                e,
            )
        };
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            create_private_dir(dir).map_err(fail)?;
        }
        let json = serde_json::to_vec_pretty(grant).map_err(|e| fail(e.into()))?;
        let mut name = self.path.file_name().unwrap_or_default().to_owned();
        name.push(format!(".{}.tmp", std::process::id()));
        let temporary = self.path.with_file_name(name);
        let written = (|| {
            let mut file = create_private_file(&temporary)?;
            file.write_all(&json)?;
            file.sync_all()?;
            std::fs::rename(&temporary, &self.path)
        })();
        if written.is_err() {
            let _ = std::fs::remove_file(&temporary);
        }
        written.map_err(fail)
    }

    pub(super) fn remove(&self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(unix)]
fn create_private_file(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
}

#[cfg(not(unix))]
fn create_private_file(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::create(path)
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt as _;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grant(client: &str) -> Grant {
        Grant {
            client_id: client.into(),
            refresh_token: "1//refresh".into(),
            access_token: "ya29.access".into(),
            expires_at: 1,
            lifetime: 0,
            scopes: vec!["https://www.googleapis.com/auth/a".into()],
        }
    }

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "discogen-token-cache-{name}-{}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn round_trips_for_its_client_only() {
        let dir = scratch("round-trip");
        let file = TokenFile::new(dir.join("nested").join("token.json"));
        assert!(file.load("client").is_none());
        file.store(&grant("client")).unwrap();
        assert_eq!(file.load("client").unwrap().refresh_token, "1//refresh");
        assert!(file.load("another client").is_none());
        std::fs::write(file.path(), "{\"client_id\":").unwrap();
        assert!(file.load("client").is_none(), "a cut file is no sign-in");
        file.remove();
        assert!(!file.path().exists());
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn only_its_owner_can_read_it() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = scratch("mode");
        let file = TokenFile::new(dir.join("cache").join("token.json"));
        file.store(&grant("client")).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(file.path()), 0o600);
        assert_eq!(mode(&dir.join("cache")), 0o700);
        assert!(!format!("{:?}", grant("client")).contains("ya29"));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
