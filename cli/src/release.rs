//! `discogen release`: the next version of a generated crate, and its CHANGELOG entry,
//! from the diff between the document of its current version and the new document.
//!
//! The bump is the diff's verdict (`breaking` → major, `compatible` → minor, documentation
//! only → patch), under Cargo's rules for 0.x: there the left-most non-zero part is the
//! major one, so a breaking change of 0.3.1 gives 0.4.0, an addition 0.3.2, and in 0.0.x
//! every change moves the patch number. Unlike google-apis-rs, which bumps the major
//! version on every regeneration, a crate moves only as far as its API did, and as far as
//! its runtime did: a crate re-exports the runtime as `rt`, so generating it against a new
//! runtime series (`--runtime-was 0.3` when this generator writes `0.4`) is a breaking
//! release whatever the documents say.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use semver::Version;

use crate::diff::{self, Bump};

/// `discogen release OLD NEW --version V [--changelog FILE]`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The document the crate's current version was generated from (a path, or `REV:path`).
    old: String,
    /// The new document.
    new: String,
    /// The crate's current version, e.g. `0.1.0`.
    #[arg(long = "version", value_name = "VERSION")]
    current: String,
    /// Prepend the entry to this CHANGELOG (created if missing) instead of printing it.
    #[arg(long, value_name = "FILE")]
    changelog: Option<PathBuf>,
    /// The runtime series the current version depends on (its `discogen-runtime`
    /// requirement, e.g. `0.3`). When it is not the series this generator writes, the
    /// release is breaking.
    #[arg(long, value_name = "SERIES")]
    runtime_was: Option<String>,
}

/// How the runtime moves from the current version to the next, when it does.
fn runtime_move(was: Option<&str>) -> Option<(String, &'static str)> {
    let was = was?.trim().trim_start_matches(['^', '=']);
    (was != discogen::RUNTIME_VERSION).then(|| (was.to_string(), discogen::RUNTIME_VERSION))
}

/// Which part of `current` a change of class `bump` moves, under Cargo's rules: in 0.x the
/// left-most non-zero part plays the major part.
fn part_to_bump(current: &Version, bump: Bump) -> Bump {
    match (current.major, current.minor, bump) {
        (0, 0, _) => Bump::Patch,
        (0, _, Bump::Major) => Bump::Minor,
        (0, _, Bump::Minor) => Bump::Patch,
        (_, _, bump) => bump,
    }
}

/// The version after `current` for a change of class `bump`, under Cargo's rules.
pub fn next_version(current: &Version, bump: Bump) -> Version {
    let mut next = Version::new(current.major, current.minor, current.patch);
    match part_to_bump(current, bump) {
        Bump::Major => {
            next.major += 1;
            next.minor = 0;
            next.patch = 0;
        }
        Bump::Minor => {
            next.minor += 1;
            next.patch = 0;
        }
        Bump::Patch | Bump::None => next.patch += 1,
    }
    next
}

pub fn run(args: Args) -> Result<()> {
    let current = Version::parse(&args.current)
        .with_context(|| format!("--version {:?} is not a semantic version", args.current))?;
    let report = diff::report_between(&args.old, &args.new)?;
    let runtime = runtime_move(args.runtime_was.as_deref());
    if report.changes.is_empty() && runtime.is_none() {
        bail!(
            "no change between the documents: {} stays at {current}",
            report.new.crate_name
        );
    }
    // A documentation change still ships new docs: at least a patch. A new runtime series
    // changes everything the crate re-exports as `rt`.
    let mut bump = report.summary.semver.bump.max(Bump::Patch);
    if runtime.is_some() {
        bump = Bump::Major;
    }
    let next = next_version(&current, bump);
    let revision = report.new.revision.as_deref().unwrap_or("unknown");
    // The diff's headings, each one level below the entry's own.
    let body: String = diff::markdown(&report)
        .lines()
        .map(|line| {
            let heading = if line.starts_with('#') { "#" } else { "" };
            format!("{heading}{line}\n")
        })
        .collect();
    let runtime_note = match &runtime {
        Some((was, now)) => format!(
            "The runtime moves from `discogen-runtime` {was} to {now}, a breaking release of \
             what the crate re-exports as `rt` (its `Error`, auth, retry and value types); \
             see the runtime's changes before upgrading.\n\n"
        ),
        None => String::new(),
    };
    let entry = format!(
        "## {next}: `{}` revision {revision}\n\n{current} → {next}, a {} version number \
         bump (the diff's verdict: {}{}).\n\n{runtime_note}{body}\n",
        report.new.id,
        part_to_bump(&current, bump).as_str(),
        report.summary.semver.bump.as_str(),
        if runtime.is_some() {
            "; the runtime's: major"
        } else {
            ""
        },
    );
    println!("{} {current} -> {next}", report.new.crate_name);
    match args.changelog {
        None => print!("\n{entry}"),
        Some(path) => {
            let before = std::fs::read_to_string(&path).unwrap_or_default();
            let (title, rest) = match before.strip_prefix("# Changelog\n") {
                Some(rest) => ("# Changelog\n", rest.trim_start_matches('\n')),
                None => ("# Changelog\n", before.as_str()),
            };
            std::fs::write(&path, format!("{title}\n{entry}\n{rest}"))
                .with_context(|| format!("writing {}", path.display()))?;
            println!("wrote the entry to {}", path.display());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn next(current: &str, bump: Bump) -> String {
        next_version(&Version::parse(current).unwrap(), bump).to_string()
    }

    #[test]
    fn only_another_runtime_series_moves_the_runtime() {
        assert_eq!(runtime_move(None), None);
        assert_eq!(runtime_move(Some(discogen::RUNTIME_VERSION)), None);
        let caret = format!("^{}", discogen::RUNTIME_VERSION);
        assert_eq!(runtime_move(Some(&caret)), None);
        assert_eq!(
            runtime_move(Some("0.3")),
            Some(("0.3".to_string(), discogen::RUNTIME_VERSION))
        );
    }

    #[test]
    fn cargo_rules_for_1_x_and_0_x() {
        assert_eq!(next("1.4.2", Bump::Major), "2.0.0");
        assert_eq!(next("1.4.2", Bump::Minor), "1.5.0");
        assert_eq!(next("1.4.2", Bump::Patch), "1.4.3");
        assert_eq!(next("0.3.1", Bump::Major), "0.4.0");
        assert_eq!(next("0.3.1", Bump::Minor), "0.3.2");
        assert_eq!(next("0.3.1", Bump::Patch), "0.3.2");
        assert_eq!(next("0.0.7", Bump::Major), "0.0.8");
        assert_eq!(next("1.0.0-beta.2", Bump::Minor), "1.1.0");
    }
}
