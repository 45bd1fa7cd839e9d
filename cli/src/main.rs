//! `discogen`: Rust client crates from Google API Discovery documents.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use discogen_cli::{diff, generate, release};

#[derive(Parser)]
#[command(
    name = "discogen",
    version,
    about = "Rust client crates from Google API Discovery documents",
    long_about = "Rust client crates from Google API Discovery documents.\n\n\
        A Discovery document describes a Google REST API; every API publishes one at\n\
        https://<api>.googleapis.com/$discovery/rest?version=<version>, for example\n\
        https://tasks.googleapis.com/$discovery/rest?version=v1. `discogen generate` turns it\n\
        into a crate that depends on the runtime `discogen-runtime` by version.",
    after_help = "Getting started:\n  \
        discogen generate drive.v3.json --out google-drive-v3\n  \
        cargo add --path ../google-drive-v3       # in your project, beside it\n\n\
        Then, in Rust: `let client = google_drive_v3::Client::new(StaticToken::new(token))?;`\n\
        and `client.files().list().page_size(10).send().await?`; `cargo doc --open` shows\n\
        an example on every method."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate a client crate from a Discovery document (or every document of a folder).
    Generate(generate::Args),
    /// What changed between two revisions of a Discovery document, and what it breaks in
    /// the generated crate.
    Diff(diff::Args),
    /// The next version of a generated crate and its CHANGELOG entry, from the diff between
    /// the document of its current version and the new one.
    Release(release::Args),
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Generate(args) => generate::run(args),
        Command::Release(args) => release::run(args),
        // Exit codes of its own: 1 for `--fail-on`, 2 for bad input.
        Command::Diff(args) => return diff::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
