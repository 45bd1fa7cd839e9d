//! `discogen diff`: what changed between two revisions of a Discovery document, and what
//! it breaks in the generated crate.
//!
//! Both documents go through the generator's own [`discogen::model`] and
//! [`discogen::lower`], so the diff sees the Rust names and types the emitter prints.
//! See `docs/diff.md` for the classes, the output formats and the exit codes.

mod compare;
mod render;
mod report;

pub use report::{Bump, Report};
mod rust;
mod source;

use std::collections::BTreeSet;
use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use clap::ValueEnum;

use report::{Class, Output, RustChange, RustCounts, Semver, Side, Summary};
use source::{Loaded, Source};

/// Exit code when `--fail-on` is hit.
const EXIT_THRESHOLD: u8 = 1;
/// Exit code for bad input: unreadable file, not a Discovery document, unknown revision.
const EXIT_BAD_INPUT: u8 = 2;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Exit codes: 0 the report was printed; 1 --fail-on was hit; \
    2 bad input (unreadable file, not a Discovery document, unknown git revision).\n\
    Classes, formats and the JSON shape: docs/diff.md in discogen's repository."
)]
pub struct Args {
    /// The old document: a path, or `REV:path` read from git (`HEAD~3:discovery/x.json`).
    /// Without OLD and NEW, each `discovery/*.json` of the current folder's git work tree
    /// is compared against `HEAD`.
    #[arg(requires = "new")]
    old: Option<String>,
    /// The new document, likewise.
    new: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Also list documentation-only changes (descriptions) in text and Markdown.
    #[arg(long, short)]
    verbose: bool,
    /// Exit with code 1 when there is a change of this class or a more severe one.
    #[arg(long, value_enum, value_name = "CLASS")]
    fail_on: Option<Threshold>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Markdown,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Threshold {
    Breaking,
    Compatible,
    Documentation,
}

impl Threshold {
    fn class(self) -> Class {
        match self {
            Threshold::Breaking => Class::Breaking,
            Threshold::Compatible => Class::Compatible,
            Threshold::Documentation => Class::Documentation,
        }
    }
}

pub fn run(args: Args) -> ExitCode {
    let output = match collect(&args) {
        Ok(output) => output,
        Err(e) => {
            let message = format!("{e:#}").replace('\n', " ");
            eprintln!("error: {message}");
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    let written = match args.format {
        Format::Json => write_plain(&render::json::render(&output)),
        Format::Markdown => {
            let mut text: Vec<String> = output
                .reports
                .iter()
                .map(|r| render::markdown::render(r, args.verbose))
                .collect();
            text.extend(output.notes.iter().map(|n| format!("_{n}_\n")));
            write_plain(&text.join("\n"))
        }
        Format::Text => {
            let mut text: Vec<String> = output
                .reports
                .iter()
                .map(|r| render::text::render(r, args.verbose))
                .collect();
            text.extend(output.notes.iter().map(|n| format!("note: {n}\n")));
            let mut stdout = anstream::stdout();
            stdout
                .write_all(text.join("\n").as_bytes())
                .and_then(|()| stdout.flush())
        }
    };
    // A closed pipe (`| head`) is the reader's choice, not an error.
    if let Err(e) = written.or_else(|e| match e.kind() {
        std::io::ErrorKind::BrokenPipe => Ok(()),
        _ => Err(e),
    }) {
        eprintln!("error: cannot write the report: {e}");
        return ExitCode::from(EXIT_BAD_INPUT);
    }
    let worst = output
        .reports
        .iter()
        .flat_map(|r| &r.changes)
        .map(|c| c.class)
        .max();
    match (args.fail_on, worst) {
        (Some(threshold), Some(worst)) if worst >= threshold.class() => {
            ExitCode::from(EXIT_THRESHOLD)
        }
        _ => ExitCode::SUCCESS,
    }
}

fn write_plain(text: &str) -> std::io::Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()
}

fn collect(args: &Args) -> Result<Output> {
    let (pairs, notes) = match (&args.old, &args.new) {
        (Some(old), Some(new)) => (vec![(Source::parse(old), Source::parse(new))], Vec::new()),
        _ => {
            let found = source::discovery_pairs(&std::env::current_dir()?)?;
            (found.pairs, found.notes)
        }
    };
    let mut reports = Vec::new();
    for (old, new) in pairs {
        let (old, new) = (source::load(&old)?, source::load(&new)?);
        reports.push(report(&old, &new));
    }
    Ok(Output {
        format: report::FORMAT_VERSION,
        reports,
        notes,
    })
}

fn side(loaded: &Loaded) -> Side {
    Side {
        source: loaded.source.clone(),
        id: loaded.api.id.clone(),
        revision: loaded.api.revision.clone(),
        crate_name: loaded.api.crate_name.clone(),
        reconstructed: loaded.reconstructed,
    }
}

/// The report between two documents named as on the command line (a path or `REV:path`).
pub fn report_between(old: &str, new: &str) -> Result<Report> {
    let (old, new) = (
        source::load(&Source::parse(old))?,
        source::load(&Source::parse(new))?,
    );
    Ok(report(&old, &new))
}

/// `report` in Markdown, documentation changes included.
pub fn markdown(report: &Report) -> String {
    render::markdown::render(report, true)
}

fn report(old: &Loaded, new: &Loaded) -> Report {
    let changes = compare::compare(old, new);
    let count = |class| changes.iter().filter(|c| c.class == class).count();
    let (breaking, compatible, documentation) = (
        count(Class::Breaking),
        count(Class::Compatible),
        count(Class::Documentation),
    );
    let items: BTreeSet<_> = changes.iter().flat_map(|c| &c.rust).collect();
    let mut rust_items = RustCounts::default();
    for item in items {
        match item.change {
            RustChange::Added => rust_items.added += 1,
            RustChange::Removed => rust_items.removed += 1,
            RustChange::Changed => rust_items.changed += 1,
        }
    }
    Report {
        old: side(old),
        new: side(new),
        summary: Summary {
            breaking,
            compatible,
            documentation,
            rust_items,
            semver: semver(changes.iter().map(|c| c.class).max()),
        },
        changes,
    }
}

/// Breaking → major, compatible → minor, documentation → patch; a 0.x crate moves each
/// down one place (Cargo reads `0.y` as the major part).
fn semver(worst: Option<Class>) -> Semver {
    let bump = match worst {
        Some(Class::Breaking) => Bump::Major,
        Some(Class::Compatible) => Bump::Minor,
        Some(Class::Documentation) => Bump::Patch,
        None => Bump::None,
    };
    let pre_1_0 = match bump {
        Bump::Major => Bump::Minor,
        Bump::Minor | Bump::Patch => Bump::Patch,
        Bump::None => Bump::None,
    };
    Semver { bump, pre_1_0 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use report::Kind;

    #[test]
    fn bumps_follow_the_worst_class() {
        assert_eq!(
            semver(Some(Class::Breaking)),
            Semver {
                bump: Bump::Major,
                pre_1_0: Bump::Minor
            }
        );
        assert_eq!(
            semver(Some(Class::Compatible)),
            Semver {
                bump: Bump::Minor,
                pre_1_0: Bump::Patch
            }
        );
        assert_eq!(
            semver(Some(Class::Documentation)),
            Semver {
                bump: Bump::Patch,
                pre_1_0: Bump::Patch
            }
        );
        assert_eq!(
            semver(None),
            Semver {
                bump: Bump::None,
                pre_1_0: Bump::None
            }
        );
    }

    #[test]
    fn kind_names_match_their_json() {
        for kind in Kind::ALL {
            let json = serde_json::to_value(kind).unwrap();
            assert_eq!(json, serde_json::Value::from(kind.as_str()));
        }
    }
}
