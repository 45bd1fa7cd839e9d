//! Project automation: `cargo xtask <command>`.

mod codegen;

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
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Codegen { check } => codegen::codegen(check),
        Command::Generate { document, out } => codegen::render(&document)
            .and_then(|files| codegen::write_crate(&out, &files).map(|()| files.len()))
            .map(|n| println!("wrote {n} files to {}", out.display())),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
