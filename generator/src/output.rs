//! Writing a generated crate to disk: only files whose contents changed are written, so
//! cargo rebuilds nothing that did not change, and files the generator no longer writes are
//! removed.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::emit::GeneratedFile;
use crate::error::Error;

/// What writing one crate did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Written {
    /// Files created or changed.
    pub changed: usize,
    /// Files that already held what the generator printed.
    pub unchanged: usize,
    /// Files removed because the generator no longer prints them.
    pub removed: usize,
}

/// The text of the file at `path`.
pub fn read(path: &Path) -> Result<String, Error> {
    fs::read_to_string(path).map_err(|e| Error::io(path, e))
}

/// `x.v1.json` → `x.v1`: the name a document's generated files go by.
pub fn document_stem(document: &Path) -> Result<&str, Error> {
    document
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_suffix(".json"))
        .ok_or_else(|| Error::Io {
            path: document.display().to_string(),
            message: "expected a document whose file name ends in `.json`".into(),
        })
}

/// Writes `files` into `out`, removing the files there that the generator no longer writes
/// (build output in `out/target` excepted).
pub fn write_crate(out: &Path, files: &[GeneratedFile]) -> Result<Written, Error> {
    let mut written = Written::default();
    let wanted: BTreeSet<&Path> = files.iter().map(|f| f.path.as_path()).collect();
    for existing in list_files(out)? {
        if !wanted.contains(existing.as_path()) {
            let path = out.join(&existing);
            fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
            written.removed += 1;
        }
    }
    for file in files {
        if write_if_changed(&out.join(&file.path), &file.contents)? {
            written.changed += 1;
        } else {
            written.unchanged += 1;
        }
    }
    Ok(written)
}

/// Writes `contents` unless the file already holds them, so an unchanged file keeps its
/// timestamp; says whether it wrote.
pub fn write_if_changed(path: &Path, contents: &str) -> Result<bool, Error> {
    if fs::read(path).ok().as_deref() == Some(contents.as_bytes()) {
        return Ok(false);
    }
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    fs::write(path, contents).map_err(|e| Error::io(path, e))?;
    Ok(true)
}

/// The files of `out` that differ from `files`, each with why: changed, missing or not
/// generated.
pub fn stale_files(out: &Path, files: &[GeneratedFile]) -> Result<Vec<String>, Error> {
    let mut stale = Vec::new();
    let wanted: BTreeSet<&Path> = files.iter().map(|f| f.path.as_path()).collect();
    for file in files {
        match fs::read(out.join(&file.path)) {
            Ok(existing) if existing == file.contents.as_bytes() => {}
            Ok(_) => stale.push(format!("{} (differs)", file.path.display())),
            Err(_) => stale.push(format!("{} (missing)", file.path.display())),
        }
    }
    for existing in list_files(out)? {
        if !wanted.contains(existing.as_path()) {
            stale.push(format!("{} (not generated)", existing.display()));
        }
    }
    Ok(stale)
}

/// Relative paths of the files under `dir`, sorted, build output (`target/`) excluded.
fn list_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Error> {
        let entries = fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
        for entry in entries {
            let path = entry.map_err(|e| Error::io(dir, e))?.path();
            let relative = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
            if relative == Path::new("target") {
                continue;
            }
            if path.is_dir() {
                walk(root, &path, out)?;
            } else {
                out.push(relative);
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    if dir.exists() {
        walk(dir, dir, &mut out)?;
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, contents: &str) -> GeneratedFile {
        GeneratedFile {
            path: path.into(),
            contents: contents.into(),
        }
    }

    #[test]
    fn writes_only_what_changed_and_removes_what_is_no_longer_generated() {
        let dir = std::env::temp_dir().join(format!("discogen-output-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let first = [
            file("Cargo.toml", "a"),
            file("src/lib.rs", "b"),
            file("src/x.rs", "c"),
        ];
        assert_eq!(
            write_crate(&dir, &first).unwrap(),
            Written {
                changed: 3,
                unchanged: 0,
                removed: 0
            }
        );
        fs::create_dir_all(dir.join("target")).unwrap();
        fs::write(dir.join("target/kept"), "build output").unwrap();
        let second = [file("Cargo.toml", "a"), file("src/lib.rs", "B")];
        assert_eq!(
            stale_files(&dir, &second).unwrap(),
            ["src/lib.rs (differs)", "src/x.rs (not generated)"]
        );
        assert_eq!(
            write_crate(&dir, &second).unwrap(),
            Written {
                changed: 1,
                unchanged: 1,
                removed: 1
            }
        );
        assert_eq!(fs::read_to_string(dir.join("src/lib.rs")).unwrap(), "B");
        assert!(!dir.join("src/x.rs").exists());
        assert!(dir.join("target/kept").exists());
        assert!(stale_files(&dir, &second).unwrap().is_empty());
        fs::remove_dir_all(&dir).unwrap();
    }
}
