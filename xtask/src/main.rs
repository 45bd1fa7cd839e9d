//! Project automation: `cargo xtask <command>`.

mod bench;
mod codegen;
mod corpus;
mod diff;
mod release;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "cargo xtask", about = "Project automation for discogen")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate the checked-in crates (`generated/`) from `discovery/`.
    Codegen {
        /// Change nothing; fail and name each stale file if `generated/` is out of date.
        #[arg(long)]
        check: bool,
    },
    /// Generate a standalone crate for any Discovery document.
    Generate {
        /// The Discovery document (JSON).
        document: PathBuf,
        /// Output folder of the crate.
        #[arg(long)]
        out: PathBuf,
        /// Path of the runtime crate as the generated `Cargo.toml` should write it (relative
        /// to the output folder, or absolute); by default, this repository's runtime.
        #[arg(long, conflicts_with = "runtime_version_only")]
        runtime_path: Option<String>,
        /// Depend on the runtime by version only (as published), without a path.
        #[arg(long)]
        runtime_version_only: bool,
        /// Version requirement of the runtime; by default the one this generator writes for.
        #[arg(long)]
        runtime_version: Option<String>,
    },
    /// Generate every Discovery document of a folder into a scratch workspace and check them.
    Corpus(corpus::Args),
    /// What changed between two revisions of a Discovery document, and what it breaks.
    Diff {
        #[command(flatten)]
        args: diff::Args,
    },
    /// The next version of a generated crate and its CHANGELOG entry, from the diff between
    /// the document of its current version and the new one.
    Release(release::Args),
    /// Benchmark the generated client against google-apis-rs' (see BENCHMARKS.md).
    Bench(bench::Args),
}

/// How a crate generated into `out` names the runtime, from the `generate` flags.
fn runtime_dependency(
    out: &std::path::Path,
    path: Option<String>,
    version_only: bool,
    version: Option<String>,
) -> anyhow::Result<discogen::RuntimeDependency> {
    let mut runtime = if version_only {
        discogen::RuntimeDependency::default()
    } else if let Some(path) = path {
        discogen::RuntimeDependency {
            path: Some(path),
            ..Default::default()
        }
    } else {
        codegen::local_runtime(out)?
    };
    if let Some(version) = version {
        runtime.version = version;
    }
    Ok(runtime)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Codegen { check } => codegen::codegen(check),
        Command::Generate {
            document,
            out,
            runtime_path,
            runtime_version_only,
            runtime_version,
        } => runtime_dependency(&out, runtime_path, runtime_version_only, runtime_version)
            .and_then(|runtime| codegen::render(&document, runtime))
            .and_then(|files| codegen::write_crate(&out, &files).map(|()| files.len()))
            .map(|n| println!("wrote {n} files to {}", out.display())),
        Command::Corpus(args) => corpus::run(args),
        Command::Bench(args) => bench::run(args),
        Command::Release(args) => release::run(args),
        // Exit codes of its own: 1 for `--fail-on`, 2 for bad input.
        Command::Diff { args } => return diff::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
