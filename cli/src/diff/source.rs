//! Where the two documents come from: a file, or `REV:path` read from git.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{anyhow, bail, Context, Result};
use discogen::ir::Api;
use discogen::model::Document;

/// One side of a diff, as given on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    /// `git show REV:PATH`, run in `dir` (the current directory when `None`).
    Git {
        rev: String,
        path: String,
        dir: Option<PathBuf>,
    },
}

impl Source {
    /// A path if one exists by that name, else `REV:path` when the argument has a colon,
    /// else a path (which will fail to read).
    pub fn parse(arg: &str) -> Source {
        if Path::new(arg).exists() {
            return Source::File(arg.into());
        }
        match arg.split_once(':') {
            Some((rev, path)) if !rev.is_empty() && !path.is_empty() => Source::Git {
                rev: rev.to_string(),
                path: path.to_string(),
                dir: None,
            },
            _ => Source::File(arg.into()),
        }
    }

    pub fn label(&self) -> String {
        match self {
            Source::File(path) => {
                // Relative to the current folder where that is shorter.
                let cwd = std::env::current_dir().unwrap_or_default();
                path.strip_prefix(&cwd)
                    .unwrap_or(path)
                    .display()
                    .to_string()
            }
            Source::Git { rev, path, .. } => format!("{rev}:{path}"),
        }
    }

    fn read(&self) -> Result<String> {
        match self {
            Source::File(path) => fs::read_to_string(path)
                .with_context(|| format!("cannot read `{}`", path.display())),
            Source::Git { rev, path, dir } => git_show(rev, path, dir.as_deref()),
        }
    }
}

/// A parsed and lowered document.
pub struct Loaded {
    pub source: String,
    /// The document carries the top-level key [`RECONSTRUCTED_KEY`]: written by hand from
    /// Google's reference pages, not published by Google.
    pub reconstructed: bool,
    pub doc: Document,
    pub api: Api,
}

/// The top-level key that marks a document reconstructed by hand (Google's never carry it),
/// so that the diff to Google's own document says which side is which.
pub const RECONSTRUCTED_KEY: &str = "x-discogen-reconstructed";

/// Reads, parses and lowers a document; every failure is a one-line error.
pub fn load(source: &Source) -> Result<Loaded> {
    let label = source.label();
    let json = source.read()?;
    let reconstructed = serde_json::from_str::<serde_json::Value>(&json)
        .is_ok_and(|value| value.get(RECONSTRUCTED_KEY).is_some());
    // The generator reports bad input as errors; should it panic on some input instead,
    // report that as an error too rather than a backtrace.
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let lowered = std::panic::catch_unwind(|| {
        let doc = Document::parse(&json)?;
        let api = discogen::lower::lower(&doc)?;
        Ok::<_, discogen::Error>((doc, api))
    });
    std::panic::set_hook(previous_hook);
    match lowered {
        Ok(Ok((doc, api))) => Ok(Loaded {
            source: label,
            reconstructed,
            doc,
            api,
        }),
        Ok(Err(e)) => bail!("`{label}` is not a usable Discovery document: {e}"),
        Err(panic) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "unknown panic".into());
            bail!("the generator failed on `{label}` (a generator bug): {message}")
        }
    }
}

fn git(dir: Option<&Path>, args: &[&str]) -> Result<std::process::Output> {
    let mut command = Command::new("git");
    if let Some(dir) = dir {
        command.current_dir(dir);
    }
    command
        .args(args)
        .output()
        .map_err(|e| anyhow!("cannot run git: {e}"))
}

fn first_line(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("git failed")
        .to_string()
}

fn git_show(rev: &str, path: &str, dir: Option<&Path>) -> Result<String> {
    if rev.starts_with('-') {
        bail!("`{rev}` is not a git revision");
    }
    let spec = format!("{rev}:{path}");
    let out = git(dir, &["show", &spec])?;
    if !out.status.success() {
        bail!("cannot read `{spec}` from git: {}", first_line(&out.stderr));
    }
    String::from_utf8(out.stdout).map_err(|_| anyhow!("`{spec}` is not UTF-8 text"))
}

/// What to compare when no document is named.
pub struct Pairs {
    /// `(old, new)` sources.
    pub pairs: Vec<(Source, Source)>,
    /// One sentence per document found on one side only.
    pub notes: Vec<String>,
}

/// Each `discovery/*.json` of the working tree against `HEAD`, plus a note for each
/// document that is only on one side.
pub fn discovery_pairs(root: &Path) -> Result<Pairs> {
    let dir = root.join("discovery");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .with_context(|| format!("cannot list `{}`", dir.display()))?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    let listed = git(
        Some(root),
        &["ls-tree", "--name-only", "HEAD", "discovery/"],
    )?;
    if !listed.status.success() {
        bail!(
            "cannot list `discovery/` at HEAD: {}",
            first_line(&listed.stderr)
        );
    }
    let at_head: Vec<String> = String::from_utf8_lossy(&listed.stdout)
        .lines()
        .filter_map(|l| l.strip_prefix("discovery/"))
        .filter(|n| n.ends_with(".json"))
        .map(str::to_string)
        .collect();
    let mut pairs = Vec::new();
    let mut notes = Vec::new();
    for name in &names {
        let path = format!("discovery/{name}");
        if at_head.contains(name) {
            pairs.push((
                Source::Git {
                    rev: "HEAD".into(),
                    path: path.clone(),
                    dir: Some(root.to_path_buf()),
                },
                Source::File(root.join(&path)),
            ));
        } else {
            notes.push(format!(
                "{path} is new since HEAD: nothing to compare it with"
            ));
        }
    }
    for name in at_head.iter().filter(|n| !names.contains(n)) {
        notes.push(format!("discovery/{name} was deleted since HEAD"));
    }
    Ok(Pairs { pairs, notes })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_are_paths_or_revisions() {
        assert_eq!(
            Source::parse("HEAD~3:discovery/x.json"),
            Source::Git {
                rev: "HEAD~3".into(),
                path: "discovery/x.json".into(),
                dir: None
            }
        );
        assert_eq!(
            Source::parse("no/such/file.json"),
            Source::File("no/such/file.json".into())
        );
        // An existing file wins over the `REV:path` reading.
        assert_eq!(
            Source::parse("Cargo.toml"),
            Source::File("Cargo.toml".into())
        );
        assert_eq!(Source::parse(":x"), Source::File(":x".into()));
    }
}
