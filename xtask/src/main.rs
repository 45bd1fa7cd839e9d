//! This repository's chores: `cargo xtask <command>`. What a user of discogen runs
//! (`generate`, `diff`, `release`) is the `discogen` binary (`cli/`); the chores call the
//! same library code.

mod bench;
mod codegen;
mod corpus;
mod doc_check;
mod judge;
mod package;

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
    /// Generate every Discovery document of a folder into a scratch workspace and check them.
    Corpus(corpus::Args),
    /// Fail if the rendered docs (`cargo doc`) show an item of the runtime's hidden
    /// `internal` module.
    DocCheck(doc_check::Args),
    /// Judge every method of four documents against Google's Python client: the requests
    /// the generated builders send on the mock transport, compared with its recorded ones.
    Judge(judge::Args),
    /// Package the runtime, the generator, the CLI and standalone copies of the generated
    /// clients (`cargo package`), or publish the runtime and clients to a registry.
    Package(package::Args),
    /// Benchmark the generated client against google-apis-rs' (see BENCHMARKS.md).
    Bench(bench::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Codegen { check } => codegen::codegen(check),
        Command::Corpus(args) => corpus::run(args),
        Command::Bench(args) => bench::run(args),
        Command::Package(args) => package::run(args),
        Command::DocCheck(args) => doc_check::run(args),
        Command::Judge(args) => judge::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
