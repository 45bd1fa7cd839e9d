//! Persistence under a data directory: `state.json` (albums, items, upload tokens, the
//! library secret and the clock offset) and one file per distinct byte content under
//! `blobs/`, named by its SHA-256. Every write goes to a temporary file first and is renamed
//! into place, so a crash leaves either the old or the new state, never half of one.

use std::collections::HashMap;
use std::io;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::ids;
use crate::state::Store;

const VERSION: u32 = 1;

#[derive(Serialize)]
struct SavedRef<'a> {
    version: u32,
    clock_offset: Duration,
    store: &'a Store,
}

#[derive(Deserialize)]
struct Saved {
    version: u32,
    clock_offset: Duration,
    store: Store,
}

fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)
}

pub(crate) fn save(dir: &Path, store: &Store, clock_offset: Duration) -> io::Result<()> {
    let blobs = dir.join("blobs");
    std::fs::create_dir_all(&blobs)?;
    let contents = store
        .items
        .iter()
        .map(|i| (&i.sha256, &i.bytes))
        .chain(store.tokens.iter().map(|t| (&t.sha256, &t.bytes)));
    for (sha, bytes) in contents {
        let path = blobs.join(sha);
        if !path.exists() {
            write_atomic(&path, bytes)?;
        }
    }
    let json = serde_json::to_vec_pretty(&SavedRef {
        version: VERSION,
        clock_offset,
        store,
    })
    .map_err(io::Error::other)?;
    write_atomic(&dir.join("state.json"), &json)
}

/// The saved state, or `None` when the directory holds none yet.
pub(crate) fn load(dir: &Path) -> io::Result<Option<(Store, Duration)>> {
    let path = dir.join("state.json");
    let json = match std::fs::read(&path) {
        Ok(j) => j,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let bad = |m: String| io::Error::new(io::ErrorKind::InvalidData, m);
    let saved: Saved = serde_json::from_slice(&json).map_err(|e| {
        bad(format!(
            "{}: not an emulator state file: {e}",
            path.display()
        ))
    })?;
    if saved.version != VERSION {
        return Err(bad(format!(
            "{}: state version {} is not the supported {VERSION}",
            path.display(),
            saved.version
        )));
    }
    let mut store = saved.store;
    let mut cache: HashMap<String, Arc<Vec<u8>>> = HashMap::new();
    let mut blob = |sha: &str| -> io::Result<Arc<Vec<u8>>> {
        if let Some(b) = cache.get(sha) {
            return Ok(b.clone());
        }
        let p = dir.join("blobs").join(sha);
        let bytes = std::fs::read(&p)
            .map_err(|e| bad(format!("{}: missing media bytes: {e}", p.display())))?;
        if ids::hex(&ids::sha256(&bytes)) != sha {
            return Err(bad(format!(
                "{}: bytes do not match their hash",
                p.display()
            )));
        }
        let bytes = Arc::new(bytes);
        cache.insert(sha.to_owned(), bytes.clone());
        Ok(bytes)
    };
    for item in &mut store.items {
        item.bytes = blob(&item.sha256)?;
    }
    for token in &mut store.tokens {
        token.bytes = blob(&token.sha256)?;
    }
    Ok(Some((store, saved.clock_offset)))
}
