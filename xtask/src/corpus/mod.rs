//! `cargo xtask corpus [DIR]`: generates every Discovery document of a folder into a scratch
//! workspace and checks that each crate compiles without a warning (and, with `--clippy`,
//! passes `clippy -D warnings`).
//!
//! The scratch workspace is `target/corpus/`: its own `[workspace]` (so `cargo test
//! --workspace` of the project never builds a corpus crate), seeded with the project's
//! `Cargo.lock` and sharing the project's target directory, so the runtime's dependencies
//! are compiled once for both. Every crate is checked on its own, after a crate with only the
//! runtime's dependencies has warmed the target directory, so the check time of a crate is
//! the time of that crate alone.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use discogen::model::Document;

use crate::codegen::workspace_root;
use discogen::output::{write_crate, write_if_changed};
use discogen_cli::table::markdown_table;

mod features;
mod operations;
mod paging;

/// Arguments of `cargo xtask corpus`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Folder of Discovery documents (`*.json`); the project's corpus by default.
    dir: Option<PathBuf>,
    /// Only these documents, by file name without `.json` (comma separated), e.g.
    /// `drive.v3,storage.v1`.
    #[arg(long, value_delimiter = ',')]
    only: Vec<String>,
    /// Also run `cargo clippy -- -D warnings` on every crate.
    #[arg(long)]
    clippy: bool,
    /// Also build each crate's docs with `RUSTDOCFLAGS="-D warnings"` (broken links,
    /// malformed Markdown from a description).
    #[arg(long)]
    doc: bool,
    /// Generate only; do not compile.
    #[arg(long)]
    no_check: bool,
    /// For documents big enough to have a cargo feature per resource, also check feature
    /// combinations: `sample` (no default features, all features, five single features
    /// spread over the list) or `every` (each feature on its own).
    #[arg(long, value_enum)]
    features: Option<features::Matrix>,
}

/// The corpus that ships with the project.
pub const DEFAULT_DIR: &str = "generator/tests/corpus";

/// Name of the crate that holds only the runtime's dependencies.
const WARM_CRATE: &str = "corpus-deps";

pub fn run(args: Args) -> Result<()> {
    let root = workspace_root();
    let dir = args.dir.clone().unwrap_or_else(|| root.join(DEFAULT_DIR));
    let documents = documents(&dir, &args.only)?;
    println!(
        "== cargo xtask corpus: {} document(s) of {}",
        documents.len(),
        dir.display()
    );
    let scratch = root.join("target").join("corpus");
    fs::create_dir_all(&scratch)?;

    let mut rows = Vec::new();
    for path in &documents {
        rows.push(generate_one(path, &scratch));
    }
    let members: Vec<String> = rows.iter().filter_map(|r| r.crate_name.clone()).collect();
    write_workspace(&root, &scratch, &members, &rows)?;

    if !args.no_check && !members.is_empty() {
        println!("== warming the runtime's dependencies ({WARM_CRATE})");
        let warm = cargo(&root, &scratch, "check", WARM_CRATE)?;
        if !warm.ok {
            bail!(
                "checking the runtime's dependencies failed:\n{}",
                warm.output
            );
        }
        for row in rows.iter_mut() {
            let Some(name) = row.crate_name.clone() else {
                continue;
            };
            println!("== cargo check -p {name}");
            touch(&scratch.join(&name).join("src/lib.rs"))?;
            let check = cargo(&root, &scratch, "check", &name)?;
            row.check = Some(check.elapsed);
            row.note_problems("check", &check);
            if args.clippy && check.ok {
                println!("== cargo clippy -p {name}");
                let clippy = cargo(&root, &scratch, "clippy", &name)?;
                row.clippy = Some(clippy.elapsed);
                row.note_problems("clippy", &clippy);
            }
            if args.doc && check.ok {
                println!("== cargo doc -p {name}");
                let doc = cargo(&root, &scratch, "doc", &name)?;
                row.note_problems("doc", &doc);
            }
            if let (Some(matrix), true) = (args.features, check.ok) {
                features::check(&root, &scratch, row, &name, matrix)?;
            }
        }
    }

    print!("{}", table(&rows, args.clippy));
    print_paging(&scratch, &rows)?;
    print_operations(&scratch, &rows)?;
    print_request_ids(&rows);
    let failed: Vec<&Row> = rows.iter().filter(|r| !r.problems.is_empty()).collect();
    for row in &failed {
        eprintln!("\n---- {} ----", row.document);
        for p in &row.problems {
            eprintln!("{p}");
        }
    }
    if !failed.is_empty() {
        bail!(
            "{} of {} documents failed: {}",
            failed.len(),
            rows.len(),
            failed
                .iter()
                .map(|r| r.document.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    println!(
        "{} documents generated{}",
        rows.len(),
        if args.no_check {
            ""
        } else if args.clippy && args.doc {
            ", compiled without warnings, passed clippy and documented without warnings"
        } else if args.clippy {
            ", compiled without warnings and passed clippy"
        } else {
            " and compiled without warnings"
        }
    );
    Ok(())
}

/// The corpus-wide poller coverage; the methods answering with an operation but without
/// `poller()` go to a file.
/// How many methods send a request id of their own (`discogen::lower`'s `request_id` rule).
fn print_request_ids(rows: &[Row]) {
    let methods: usize = rows.iter().map(|r| r.request_ids).sum();
    let documents = rows.iter().filter(|r| r.request_ids > 0).count();
    println!("methods made safe to repeat by a request id: {methods}, in {documents} documents");
}

fn print_operations(scratch: &Path, rows: &[Row]) -> Result<()> {
    let answering: usize = rows.iter().map(|r| r.operations.answering).sum();
    let with_poller: usize = rows.iter().map(|r| r.operations.with_poller).sum();
    let list = scratch.join("operations-without-poller.txt");
    let mut without = String::new();
    for r in rows {
        for line in &r.operations.without_poller {
            writeln!(without, "{}\t{line}", r.document)?;
        }
    }
    fs::write(&list, without)?;
    if answering > 0 {
        println!(
            "methods answering with an operation: {answering}; with poller(): {with_poller} \
             ({:.2}%); the others are listed in {}",
            100.0 * with_poller as f64 / answering as f64,
            list.display()
        );
    }
    Ok(())
}

/// The corpus-wide paging coverage; the paged methods without `items()` go to a file.
fn print_paging(scratch: &Path, rows: &[Row]) -> Result<()> {
    let paged: usize = rows.iter().map(|r| r.paging.paged).sum();
    let with_items: usize = rows.iter().map(|r| r.paging.with_items).sum();
    let list = scratch.join("paged-without-items.txt");
    let mut without = String::new();
    for r in rows {
        for id in &r.paging.without_items {
            writeln!(without, "{}\t{id}", r.document)?;
        }
    }
    fs::write(&list, without)?;
    let mut by_token = std::collections::BTreeMap::<&str, usize>::new();
    for (token, n) in rows.iter().flat_map(|r| &r.paging.by_token) {
        *by_token.entry(token).or_default() += n;
    }
    if paged > 0 {
        let by_token: Vec<String> = by_token
            .iter()
            .map(|(token, n)| format!("{n} on `{token}`"))
            .collect();
        println!(
            "paginated methods (pages()): {paged} ({}); with items(): {with_items} ({:.2}%); \
             the others are listed in {}",
            by_token.join(", "),
            100.0 * with_items as f64 / paged as f64,
            list.display()
        );
    }
    Ok(())
}

/// The `*.json` files of `dir` in name order, restricted to `only` when given.
pub fn documents(dir: &Path, only: &[String]) -> Result<Vec<PathBuf>> {
    let mut found = discogen_cli::generate::documents(dir)?;
    if !only.is_empty() {
        for wanted in only {
            if !found.iter().any(|p| stem(p) == *wanted) {
                bail!("no document {wanted}.json in {}", dir.display());
            }
        }
        found.retain(|p| only.iter().any(|w| *w == stem(p)));
    }
    if found.is_empty() {
        bail!("no *.json documents in {}", dir.display());
    }
    Ok(found)
}

pub fn stem(path: &Path) -> String {
    path.file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_suffix(".json"))
        .unwrap_or_default()
        .to_string()
}

/// One line of the table.
struct Row {
    document: String,
    crate_name: Option<String>,
    schemas: usize,
    methods: usize,
    paging: paging::Paging,
    operations: operations::Operations,
    /// Methods that fill a request id of their own.
    request_ids: usize,
    lines: usize,
    generation: Duration,
    check: Option<Duration>,
    clippy: Option<Duration>,
    /// The crate's cargo features, one per top-level resource of a big API.
    features: Vec<String>,
    problems: Vec<String>,
}

impl Row {
    fn note_problems(&mut self, what: &str, outcome: &Outcome) {
        if !outcome.ok {
            self.problems
                .push(format!("cargo {what} failed:\n{}", outcome.output));
        } else if outcome.warnings > 0 {
            self.problems.push(format!(
                "cargo {what}: {} warning(s):\n{}",
                outcome.warnings, outcome.output
            ));
        }
    }
}

fn generate_one(path: &Path, scratch: &Path) -> Row {
    let document = stem(path);
    let mut row = Row {
        document: document.clone(),
        crate_name: None,
        schemas: 0,
        methods: 0,
        paging: paging::Paging::default(),
        operations: operations::Operations::default(),
        request_ids: 0,
        lines: 0,
        generation: Duration::ZERO,
        check: None,
        clippy: None,
        features: Vec::new(),
        problems: Vec::new(),
    };
    println!("== generating {document}");
    let json = match fs::read_to_string(path) {
        Ok(json) => json,
        Err(e) => {
            row.problems
                .push(format!("reading {}: {e}", path.display()));
            return row;
        }
    };
    // What `discogen::generate` does (the corpus has no extras or overlays), in its steps, so
    // the document is parsed and lowered once for the crate, its folder and the counts.
    let started = Instant::now();
    let lowered = Document::parse(&json).and_then(|doc| {
        let api = discogen::lower::lower(&doc)?;
        Ok((doc, api))
    });
    let (doc, api) = match lowered {
        Ok(lowered) => lowered,
        Err(e) => {
            row.generation = started.elapsed();
            row.problems.push(format!("generation failed: {e}"));
            return row;
        }
    };
    let parsed = started.elapsed();
    // The runtime path depends on the crate's folder, which is named after the crate.
    let options = match crate::codegen::local_runtime(&scratch.join(&api.crate_name)) {
        Ok(runtime) => discogen::Options {
            runtime,
            ..Default::default()
        },
        Err(e) => {
            row.problems.push(format!("locating the runtime: {e:#}"));
            return row;
        }
    };
    let started = Instant::now();
    let generated = discogen::emit::emit(&api, &options);
    row.generation = parsed + started.elapsed();
    let files = match generated {
        Ok(files) => files,
        Err(e) => {
            row.problems.push(format!("generation failed: {e}"));
            return row;
        }
    };
    row.schemas = doc.schemas.len();
    row.methods = doc.all_methods().len();
    row.paging = paging::count(&api);
    row.operations = operations::count(&api);
    row.request_ids = api
        .root
        .all_methods()
        .iter()
        .filter(|m| m.request_id.is_some())
        .count();
    row.features = api.features.clone();
    row.crate_name = Some(api.crate_name.clone());
    row.lines = files
        .iter()
        .filter(|f| f.path.extension().is_some_and(|e| e == "rs"))
        .map(|f| f.contents.lines().count())
        .sum();
    let Some(name) = &row.crate_name else {
        return row;
    };
    if let Err(e) = write_crate(&scratch.join(name), &files) {
        row.problems.push(format!("writing the crate: {e:#}"));
        row.crate_name = None;
    }
    row
}

/// Writes the manifest of a scratch workspace of its own (`chore` names the command that
/// writes it) with `members`, and seeds its lock file with the project's.
pub fn scratch_workspace(root: &Path, scratch: &Path, chore: &str, members: &[&str]) -> Result<()> {
    let mut manifest = format!(
        "# Written by `cargo xtask {chore}`: a workspace of its own, apart from the project's.\n\
         [workspace]\nresolver = \"2\"\nmembers = [\n",
    );
    for m in members {
        writeln!(manifest, "    {m:?},")?;
    }
    // The project's profile, so that dependencies built for it are reused here.
    manifest.push_str("]\n\n[profile.dev.package.\"*\"]\ndebug = false\n");
    write_if_changed(&scratch.join("Cargo.toml"), &manifest)?;
    let lock = scratch.join("Cargo.lock");
    if !lock.exists() {
        // Same dependency versions as the project: shared build artifacts, no surprises.
        fs::copy(root.join("Cargo.lock"), &lock).context("seeding Cargo.lock")?;
    }
    Ok(())
}

/// Writes the scratch workspace manifest, the lock file seed and the warm-up crate.
fn write_workspace(root: &Path, scratch: &Path, members: &[String], rows: &[Row]) -> Result<()> {
    let members: Vec<&str> = std::iter::once(WARM_CRATE)
        .chain(members.iter().map(String::as_str))
        .collect();
    scratch_workspace(root, scratch, "corpus", &members)?;
    // The warm-up crate: the manifest of a generated crate under another name, no code.
    if let Some(first) = rows.iter().find_map(|r| r.crate_name.as_ref()) {
        let generated = fs::read_to_string(scratch.join(first).join("Cargo.toml"))?;
        let manifest: String = generated
            .lines()
            .map(|l| {
                if l.starts_with("name = ") {
                    format!("name = \"{WARM_CRATE}\"\n")
                } else {
                    format!("{l}\n")
                }
            })
            .collect();
        let dir = scratch.join(WARM_CRATE);
        fs::create_dir_all(dir.join("src"))?;
        write_if_changed(&dir.join("Cargo.toml"), &manifest)?;
        write_if_changed(
            &dir.join("src/lib.rs"),
            "//! Only the runtime's dependencies, compiled once before the corpus crates.\n",
        )?;
    }
    Ok(())
}

/// Makes cargo recheck a crate whose files did not change, so every check is timed in full.
fn touch(path: &Path) -> Result<()> {
    let contents = fs::read(path)?;
    fs::write(path, contents)?;
    Ok(())
}

struct Outcome {
    ok: bool,
    warnings: usize,
    elapsed: Duration,
    output: String,
}

/// Runs `cargo check`, `cargo clippy -- -D warnings` or `cargo doc` (warnings denied) on one
/// package of the scratch
/// workspace. A warning or error line in the output counts: dependencies never print any
/// (cargo caps their lints), so every such line is about the corpus crate.
fn cargo(root: &Path, scratch: &Path, subcommand: &str, package: &str) -> Result<Outcome> {
    cargo_with(root, scratch, subcommand, package, &[])
}

/// [`cargo`] with more arguments (`--features …`) before the lint flags.
fn cargo_with(
    root: &Path,
    scratch: &Path,
    subcommand: &str,
    package: &str,
    extra: &[String],
) -> Result<Outcome> {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command
        .current_dir(scratch)
        .arg(subcommand)
        .args(["--quiet", "--package", package, "--target-dir"])
        .arg(root.join("target"))
        .args(extra)
        .env("CARGO_TERM_COLOR", "never")
        // Incremental caches would make a recheck of an unchanged crate look cheap.
        .env("CARGO_INCREMENTAL", "0");
    if subcommand == "clippy" {
        command.args(["--", "-D", "warnings"]);
    }
    if subcommand == "doc" {
        command.arg("--no-deps").env("RUSTDOCFLAGS", "-D warnings");
    }
    let started = Instant::now();
    let output = command
        .output()
        .with_context(|| format!("running cargo {subcommand}"))?;
    let elapsed = started.elapsed();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let warnings = text
        .lines()
        .filter(|l| l.starts_with("warning") || l.starts_with("error"))
        .count();
    Ok(Outcome {
        ok: output.status.success(),
        warnings,
        elapsed,
        output: text,
    })
}

fn secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

fn table(rows: &[Row], clippy: bool) -> String {
    let mut header = vec![
        "document",
        "schemas",
        "methods",
        "paged",
        "items()",
        "generated lines",
        "generation",
        "check",
    ];
    if clippy {
        header.push("clippy");
    }
    header.push("result");
    let mut lines: Vec<Vec<String>> = vec![header.iter().map(|s| s.to_string()).collect()];
    let mut total = (0, 0, 0, Duration::ZERO, Duration::ZERO, Duration::ZERO);
    for r in rows {
        let mut line = vec![
            r.document.clone(),
            r.schemas.to_string(),
            r.methods.to_string(),
            r.paging.paged.to_string(),
            r.paging.with_items.to_string(),
            r.lines.to_string(),
            secs(r.generation),
            r.check.map(secs).unwrap_or_else(|| "-".into()),
        ];
        if clippy {
            line.push(r.clippy.map(secs).unwrap_or_else(|| "-".into()));
        }
        line.push(
            if r.problems.is_empty() {
                "ok"
            } else {
                "FAILED"
            }
            .into(),
        );
        lines.push(line);
        total.0 += r.schemas;
        total.1 += r.methods;
        total.2 += r.lines;
        total.3 += r.generation;
        total.4 += r.check.unwrap_or_default();
        total.5 += r.clippy.unwrap_or_default();
    }
    let mut line = vec![
        format!("total ({})", rows.len()),
        total.0.to_string(),
        total.1.to_string(),
        rows.iter()
            .map(|r| r.paging.paged)
            .sum::<usize>()
            .to_string(),
        rows.iter()
            .map(|r| r.paging.with_items)
            .sum::<usize>()
            .to_string(),
        total.2.to_string(),
        secs(total.3),
        secs(total.4),
    ];
    if clippy {
        line.push(secs(total.5));
    }
    line.push(String::new());
    lines.push(line);
    markdown_table(&lines)
}
