//! `discogen generate`: a standalone crate from one Discovery document, or from every
//! document of a folder at once.
//!
//! A crate depends on the runtime through a copy of it that this binary carries, written
//! once beside the output (`discogen-runtime-0.4/`), so that it builds before the runtime is
//! on a registry; `--runtime-by-version` makes it depend on the runtime by version instead,
//! from crates.io or `--runtime-registry`, so the folder publishes on its own. What the document does not say about its API
//! comes from the generator's data, or from a file of the same format (`--api-data`) for an
//! API it has no data of its own for. The output is printed by `prettyplease` and
//! written only where a file changed; `cargo fmt` brings it to rustfmt's style if it joins
//! a workspace that checks formatting.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use discogen::output::{write_crate, Written};
use discogen::{Options, RuntimeDependency};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::carried_runtime;
use crate::table::markdown_table;

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  \
    discogen generate drive.v3.json --out google-drive-v3\n  \
    discogen generate drive.v3.json --out google-drive-v3 --runtime-by-version\n  \
    discogen generate --all documents/ --out crates/")]
pub struct Args {
    // The help text as an attribute: rustdoc would take the URL in a doc comment for a
    // link to make.
    #[arg(
        required_unless_present = "all",
        conflicts_with = "all",
        help = "The Discovery document (JSON), e.g. one saved from \
                https://tasks.googleapis.com/$discovery/rest?version=v1"
    )]
    document: Option<PathBuf>,
    /// Generate every `*.json` document of this folder, each into `OUT/<file stem>/`
    /// (`tasks.v1.json` → `OUT/tasks.v1/`). A document that fails is reported and the
    /// others are still written.
    #[arg(long, value_name = "DIR")]
    all: Option<PathBuf>,
    /// The crate's folder (one document), or the folder that receives one folder per
    /// document (`--all`). Created if missing; files the generator no longer writes are
    /// removed from it.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// What the document does not say about its API (notes, request limits, long-running
    /// operations), in the format of the generator's data (`generator/apis/`), for an API the
    /// generator has none of its own for. One document only.
    #[arg(long, value_name = "FILE", conflicts_with = "all")]
    api_data: Option<PathBuf>,
    #[command(flatten)]
    package: PackageArgs,
    /// Threads for `--all` (by default one per core).
    #[arg(long, value_name = "N")]
    jobs: Option<usize>,
}

/// How the generated crates are packaged.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct PackageArgs {
    /// The runtime crate `discogen-runtime` at this path (a checkout's `runtime`, relative
    /// to the current folder) instead of the copy this discogen writes beside the output.
    #[arg(long, value_name = "PATH", conflicts_with_all = ["runtime_by_version", "runtime_registry", "runtime_version"])]
    pub runtime_path: Option<PathBuf>,
    /// Depend on `discogen-runtime` by version, from crates.io (or `--runtime-registry`),
    /// instead of the copy this discogen writes beside the output: for a crate to publish.
    #[arg(long)]
    pub runtime_by_version: bool,
    /// The registry of your cargo configuration that serves the runtime, instead of
    /// crates.io (implies --runtime-by-version).
    #[arg(long, value_name = "NAME")]
    pub runtime_registry: Option<String>,
    /// The runtime's version requirement (implies --runtime-by-version) [default: the one
    /// this generator writes for]
    #[arg(long, value_name = "REQ")]
    pub runtime_version: Option<String>,
    /// The crate's version [default: 0.1.0]; `discogen release` computes the next one.
    #[arg(long, value_name = "VERSION")]
    pub crate_version: Option<String>,
    /// The `repository` URL of the crate's package metadata.
    #[arg(long, value_name = "URL")]
    pub repository: Option<String>,
}

impl PackageArgs {
    /// Whether crates depend on the copy of the runtime this binary carries: unless told
    /// otherwise, when it carries one.
    fn uses_carried_runtime(&self) -> bool {
        self.runtime_path.is_none()
            && !self.runtime_by_version
            && self.runtime_registry.is_none()
            && self.runtime_version.is_none()
            && carried_runtime::is_carried()
    }

    /// The copy of the carried runtime that crates written into `parent` use, if they use
    /// one, and the arguments to generate them with (that copy as their runtime path).
    /// Fails, before anything is written, when the copy's folder holds something else.
    pub fn with_carried_runtime(&self, parent: &Path) -> Result<(PackageArgs, Option<PathBuf>)> {
        if !self.uses_carried_runtime() {
            return Ok((self.clone(), None));
        }
        let dir = carried_runtime::folder(parent);
        carried_runtime::check_folder(&dir)?;
        let package = PackageArgs {
            runtime_path: Some(dir.clone()),
            ..self.clone()
        };
        Ok((package, Some(dir)))
    }

    /// The runtime dependency of a crate written to `crate_dir`: a given path is made
    /// relative to that folder, so the crate still builds when both move together.
    fn runtime_for(&self, crate_dir: &Path) -> Result<RuntimeDependency> {
        let mut runtime = RuntimeDependency {
            registry: self.runtime_registry.clone(),
            ..RuntimeDependency::default()
        };
        if let Some(version) = &self.runtime_version {
            runtime.version = version.clone();
        }
        if let Some(path) = &self.runtime_path {
            let runtime_dir = std::path::absolute(path)?;
            let crate_dir = std::path::absolute(crate_dir)?;
            let relative = pathdiff::diff_paths(&runtime_dir, &crate_dir).unwrap_or(runtime_dir);
            runtime.path = Some(relative.to_string_lossy().replace('\\', "/"));
        }
        Ok(runtime)
    }
}

/// What one document gave.
pub struct Generated {
    pub crate_name: String,
    pub version: String,
    pub methods: usize,
    pub types: usize,
    pub lines: usize,
    pub written: Written,
}

/// Generates the crate of `document` into `out`, with the API data of `api_data` when given,
/// packaged as `package` says. Nothing is written when the document is refused.
pub fn generate_crate(
    document: &Path,
    out: &Path,
    api_data: Option<&Path>,
    package: &PackageArgs,
) -> Result<Generated> {
    let json = std::fs::read_to_string(document)
        .with_context(|| format!("reading {}", document.display()))?;
    let mut options = Options::default();
    if let Some(data) = api_data {
        options.overlay = Some(discogen::Overlay::read(data)?);
    }
    options.runtime = package.runtime_for(out)?;
    options.crate_version = package.crate_version.clone();
    options.repository = package.repository.clone();
    let api = discogen::generate::lower(&json, &options)?;
    let files = discogen::emit::emit(&api, &options)?;
    let written = write_crate(out, &files)?;
    Ok(Generated {
        crate_name: api.crate_name.clone(),
        version: options
            .crate_version
            .unwrap_or_else(|| discogen::emit::FIRST_VERSION.into()),
        methods: api.root.all_methods().len(),
        types: api.types.len(),
        lines: files
            .iter()
            .filter(|f| f.path.extension().is_some_and(|e| e == "rs"))
            .map(|f| f.contents.lines().count())
            .sum(),
        written,
    })
}

pub fn run(args: Args) -> Result<()> {
    match (&args.document, &args.all) {
        (Some(document), None) => {
            let parent = args.out.parent().unwrap_or(Path::new(""));
            let (package, runtime_copy) = args.package.with_carried_runtime(parent)?;
            let generated = generate_crate(document, &args.out, args.api_data.as_deref(), &package)
                .with_context(|| format!("{} was not generated", document.display()))?;
            // After the crate, so that a refused document writes nothing.
            if let Some(dir) = runtime_copy {
                write_carried_runtime(&dir)?;
            }
            println!(
                "{} {} -> {} ({} methods, {} types; files: {})",
                generated.crate_name,
                generated.version,
                args.out.display(),
                generated.methods,
                generated.types,
                describe(&generated.written)
            );
            Ok(())
        }
        (None, Some(dir)) => run_all(dir, &args),
        _ => unreachable!("clap requires exactly one of DOCUMENT and --all"),
    }
}

fn write_carried_runtime(dir: &Path) -> Result<()> {
    let written = carried_runtime::write(dir)?;
    println!(
        "discogen-runtime {} -> {} (the copy this discogen carries; files: {})",
        carried_runtime::version().unwrap_or("?"),
        dir.display(),
        describe(&written)
    );
    Ok(())
}

fn describe(written: &Written) -> String {
    let mut parts = vec![
        format!("{} written", written.changed),
        format!("{} unchanged", written.unchanged),
    ];
    if written.removed > 0 {
        parts.push(format!("{} removed", written.removed));
    }
    parts.join(", ")
}

/// The `*.json` files of `dir`, in name order.
pub fn documents(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut documents: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    documents.retain(|p| p.is_file() && p.extension().is_some_and(|e| e == "json"));
    documents.sort();
    Ok(documents)
}

fn run_all(dir: &Path, args: &Args) -> Result<()> {
    let documents = documents(dir)?;
    if documents.is_empty() {
        bail!("{} holds no `*.json` document", dir.display());
    }
    let started = Instant::now();
    // Hidden when stderr is not a terminal, so logs and tests see only the table.
    let progress = ProgressBar::new(documents.len() as u64).with_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} documents, {elapsed} {msg}")
            .expect("a valid progress template"),
    );
    let (package, runtime_copy) = args.package.with_carried_runtime(&args.out)?;
    let outcomes = generate_all(&documents, &args.out, &package, args.jobs, &progress)?;
    progress.finish_and_clear();
    if let Some(dir) = runtime_copy.filter(|_| outcomes.iter().any(|(_, r, _)| r.is_ok())) {
        write_carried_runtime(&dir)?;
    }
    print!("{}", summary(&outcomes));
    let failed: Vec<&Outcome> = outcomes.iter().filter(|(_, r, _)| r.is_err()).collect();
    println!(
        "{} of {} documents generated into {} in {:.1} s",
        outcomes.len() - failed.len(),
        outcomes.len(),
        args.out.display(),
        started.elapsed().as_secs_f64()
    );
    if failed.is_empty() {
        return Ok(());
    }
    for (stem, result, _) in &failed {
        if let Err(e) = result {
            eprintln!("{stem}.json: {e:#}");
        }
    }
    bail!("{} of {} documents failed", failed.len(), outcomes.len())
}

/// What `generate --all` did with one document: its file stem, what it gave, how long.
pub type Outcome = (String, Result<Generated>, Duration);

/// Generates each of `documents` into `out/<file stem>/`, on `jobs` threads (by default one
/// per core), in document order; `progress` moves once per document.
pub fn generate_all(
    documents: &[PathBuf],
    out: &Path,
    package: &PackageArgs,
    jobs: Option<usize>,
    progress: &ProgressBar,
) -> Result<Vec<Outcome>> {
    let generate_one = |document: &PathBuf| {
        let stem = document
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let began = Instant::now();
        let result = generate_crate(document, &out.join(&stem), None, package);
        progress.set_message(stem.clone());
        progress.inc(1);
        (stem, result, began.elapsed())
    };
    Ok(match jobs {
        Some(jobs) => rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build()?
            .install(|| documents.par_iter().map(generate_one).collect()),
        None => documents.par_iter().map(generate_one).collect(),
    })
}

/// One row per document, then the totals.
fn summary(outcomes: &[Outcome]) -> String {
    let mut rows = vec![[
        "document",
        "crate",
        "methods",
        "types",
        "lines",
        "written",
        "unchanged",
        "time",
        "status",
    ]
    .map(String::from)
    .to_vec()];
    let mut total = (0, 0, 0, 0, 0);
    for (stem, result, time) in outcomes {
        let time = format!("{:.2} s", time.as_secs_f64());
        rows.push(match result {
            Ok(g) => {
                total.0 += g.methods;
                total.1 += g.types;
                total.2 += g.lines;
                total.3 += g.written.changed;
                total.4 += g.written.unchanged;
                vec![
                    stem.clone(),
                    g.crate_name.clone(),
                    g.methods.to_string(),
                    g.types.to_string(),
                    g.lines.to_string(),
                    g.written.changed.to_string(),
                    g.written.unchanged.to_string(),
                    time,
                    "ok".into(),
                ]
            }
            Err(_) => vec![
                stem.clone(),
                "-".into(),
                "-".into(),
                "-".into(),
                "-".into(),
                "-".into(),
                "-".into(),
                time,
                "FAILED (below)".into(),
            ],
        });
    }
    rows.push(vec![
        format!("total ({})", outcomes.len()),
        String::new(),
        total.0.to_string(),
        total.1.to_string(),
        total.2.to_string(),
        total.3.to_string(),
        total.4.to_string(),
        String::new(),
        String::new(),
    ]);
    markdown_table(&rows)
}
