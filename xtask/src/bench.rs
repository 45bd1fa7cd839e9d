//! `cargo xtask bench`: the generated Photos Library client side by side with google-apis-rs'
//! `google-photoslibrary1` (crates.io), in one run. See `BENCHMARKS.md`.
//!
//! Everything it builds lives in `bench/`, a cargo workspace of its own (excluded from the
//! project's, so `cargo test` never compiles google-apis-rs) with its own target directory,
//! `bench/target/`:
//! - `calls-ours` / `calls-theirs`: each of the 19 API methods called once, through one
//!   client or the other. Their compilation is timed from a warm dependency cache (only the
//!   client crate and the binary are cleaned), in debug and in release, and their stripped
//!   release sizes compared; both are run against `mock-server` to show that all 19 calls
//!   succeed.
//! - `bench-suite`: each crate's serde cost, timed in turns (`serde_interleaved`), a
//!   criterion bench of discogen's own generation time, and `overhead`, which times
//!   sequential `mediaItems.get` calls against a local server through our client, a
//!   hand-written reqwest loop and theirs.
//!
//! - `generator`: discogen's own passes over the corpus documents (`bench/generator.rs`).
//! - `compute` (`bench/compute/`, a workspace of its own): Compute Engine v1 against
//!   google-apis-rs' `google-compute1` and google-cloud-rust's `google-cloud-compute-v1`,
//!   see `bench/compute.rs`.
//!
//! Each figure is printed as a ratio with the medians behind it, as a Markdown table that is
//! also written to `bench/target/bench-report.md`.

use std::fmt::Write as _;
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::codegen::workspace_root;

mod compute;
mod generate_all;
mod generator;

/// Arguments of `cargo xtask bench`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Fewer repetitions (1 timed build per crate and profile, short criterion runs, 5
    /// request samples): a smoke run, minutes instead of a quarter of an hour.
    #[arg(long)]
    quick: bool,
    /// Timed builds per crate and profile; the median counts [default: 5, or 1 with --quick].
    #[arg(long)]
    runs: Option<usize>,
    /// Batches of sequential calls per client in the request-overhead benchmark; the median
    /// counts [default: 21, or 5 with --quick].
    #[arg(long)]
    samples: Option<usize>,
    /// The folder of documents for `generate-all` [default: the corpus of the tests].
    #[arg(long, value_name = "DIR")]
    documents: Option<PathBuf>,
    /// Only these parts (comma separated); all by default.
    #[arg(long, value_delimiter = ',', value_enum)]
    only: Vec<Part>,
}

/// The parts of the benchmark, in the order they run.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    /// Compile time (debug and release), release binary size, and a run of both programs.
    Compile,
    /// Generated source size.
    Lines,
    /// Criterion: decoding and encoding with each crate's types.
    Serde,
    /// Criterion: discogen's generation time for the Photos Library document.
    Codegen,
    /// Sequential `mediaItems.get` calls against a local server.
    Overhead,
    /// A 1 GiB Cloud Storage download written to a file (`write_to_file`, checked against
    /// `x-goog-hash`) from fake-gcs-server, against a plain reqwest streaming GET to a file
    /// (`bench/suite/src/bin/transfer.rs`): peak memory and time, each in its own process.
    Download,
    /// A 1 GiB file uploaded to fake-gcs-server through the Cloud Storage client's resumable
    /// protocol (`Media::from_file`), against a plain reqwest streaming POST of the file
    /// (`bench/suite/src/bin/transfer.rs`): peak memory and time, each in its own process.
    ResumableUpload,
    /// 5,000 `albums.list` calls, 64 in flight, through one client against photos-emulator,
    /// against a hand-written reqwest loop (`bench/suite/src/bin/load.rs`): errors, p50 and
    /// p99 latency, peak memory; each side in processes of its own, in turns.
    Load,
    /// Compute Engine v1 against google-compute1 and google-cloud-compute-v1
    /// (`bench/compute/`, see `bench/compute.rs`).
    Compute,
    /// Memory and throughput of 1 GiB uploads through the Photos client's `uploads` module
    /// against a plain reqwest POST (`bench/suite/benches/photos_upload.rs`, release build;
    /// 256 MiB and one round with --quick); it prints its own lines.
    Uploads,
    /// discogen's passes (parse, lower, emit) per document of the corpus, and the largest
    /// scaled 2× and 4× (see `bench/generator.rs`); its own table, best of `--runs`.
    Generator,
    /// `discogen generate --all` over a folder of documents (`--documents`, e.g. the 610 of
    /// docs/corpus.md), written fresh and then again unchanged, against parsing the same
    /// documents into `serde_json::Value`, on every core (see `bench/generate_all.rs`).
    GenerateAll,
}

/// Which way the transfer program moves its bytes.
#[derive(Clone, Copy)]
enum Direction {
    Download,
    Upload,
}

/// Calls per batch in the request-overhead benchmark, as the issue asks.
const CALLS: u32 = 1000;

/// One side of the comparison.
struct Side {
    label: &'static str,
    /// The client crates: cleaned before each timed build.
    clients: &'static [&'static str],
    /// The program calling all 19 methods.
    bin: &'static str,
    /// Features of the program, as `cargo build --features` takes them.
    features: Option<&'static str>,
}

/// Our program as it is written: it makes calls only, through the generated client alone
/// (google-photoslibrary1 has no uploads or downloads either).
const OURS: Side = Side {
    label: "ours",
    clients: &["google-photoslibrary-v1"],
    bin: "calls-ours",
    features: None,
};
/// The same program with the hand-written google-photos crate compiled in, default features
/// (uploads, downloads, the Picker client and the picking flow): what a Photos app builds.
const OURS_DEFAULT: Side = Side {
    label: "ours+photos",
    clients: &[
        "google-photoslibrary-v1",
        "google-photospicker-v1",
        "google-photos",
    ],
    features: Some("with-google-photos"),
    ..OURS
};
const THEIRS: Side = Side {
    label: "theirs",
    clients: &["google-photoslibrary1"],
    bin: "calls-theirs",
    features: None,
};

/// The first number of the line `RESULT <name> <number> …` that a benchmark program printed.
fn result_line(stdout: &str, name: &str) -> Result<f64> {
    stdout
        .lines()
        .filter_map(|l| l.strip_prefix("RESULT "))
        .find_map(|l| {
            let mut fields = l.split_whitespace();
            (fields.next() == Some(name))
                .then(|| fields.next()?.parse::<f64>().ok())
                .flatten()
        })
        .with_context(|| format!("no result for {name} in:\n{stdout}"))
}

/// A row of the report.
struct Row {
    measure: String,
    ours: String,
    theirs: String,
    ratio: f64,
    /// The ratio must be at most this, if the issue sets a target.
    target: Option<f64>,
}

impl Row {
    fn new(measure: impl Into<String>, ours: String, theirs: String, ratio: f64) -> Row {
        Row {
            measure: measure.into(),
            ours,
            theirs,
            ratio,
            target: None,
        }
    }

    fn target(mut self, at_most: f64) -> Row {
        self.target = Some(at_most);
        self
    }
}

pub fn run(args: Args) -> Result<()> {
    let root = workspace_root();
    let bench = Bench {
        dir: root.join("bench"),
        root,
        cargo: std::env::var_os("CARGO").map_or_else(|| "cargo".into(), PathBuf::from),
    };
    if !bench.dir.join("Cargo.toml").is_file() {
        bail!("{} is missing", bench.dir.join("Cargo.toml").display());
    }
    let wants = |part: Part| args.only.is_empty() || args.only.contains(&part);
    let runs = args.runs.unwrap_or(if args.quick { 1 } else { 5 }).max(1);
    let samples = args
        .samples
        .unwrap_or(if args.quick { 5 } else { 21 })
        .max(1);
    let load_before = load_average();
    let started = Instant::now();

    let mut rows = Vec::new();
    let mut notes = Vec::new();
    if wants(Part::Compile) {
        rows.extend(bench.compile(runs)?);
        notes.push(bench.smoke()?);
    }
    if wants(Part::Lines) {
        rows.extend(bench.lines()?);
    }
    if wants(Part::Serde) {
        rows.extend(bench.serde_rows(if args.quick { 5 } else { 40 })?);
    }
    if wants(Part::Codegen) {
        bench.criterion(&["codegen"], args.quick)?;
        let (row, note) = bench.codegen_row()?;
        rows.push(row);
        notes.push(note);
    }
    if wants(Part::Overhead) {
        rows.extend(bench.overhead(samples)?);
    }
    if wants(Part::Load) {
        rows.extend(bench.load(runs)?);
    }
    if wants(Part::Download) {
        rows.extend(bench.transfer(Direction::Download)?);
    }
    if wants(Part::ResumableUpload) {
        rows.extend(bench.transfer(Direction::Upload)?);
    }
    if wants(Part::Compute) {
        rows.extend(compute::rows(&bench.root, &bench.cargo, runs)?);
    }
    if wants(Part::Uploads) {
        let mut cargo_args = vec![
            "bench",
            "--quiet",
            "-p",
            "bench-suite",
            "--bench",
            "photos_upload",
        ];
        if args.quick {
            cargo_args.extend(["--", "--size-mib", "256", "--rounds", "1"]);
        }
        bench.run_cargo(&cargo_args)?;
    }
    if wants(Part::Generator) {
        let corpus = bench.root.join(crate::corpus::DEFAULT_DIR);
        generator::bench(&crate::corpus::documents(&corpus, &[])?, runs as u32)?;
    }
    if wants(Part::GenerateAll) {
        let dir =
            (args.documents.clone()).unwrap_or_else(|| bench.root.join(crate::corpus::DEFAULT_DIR));
        generate_all::bench(&dir, &bench.root.join("target/bench-generate-all"))?;
    }

    let report = report(
        &rows,
        &notes,
        &machine(&load_before, started.elapsed()),
        runs,
        samples,
    );
    println!("\n{report}");
    let path = bench.dir.join("target/bench-report.md");
    // A run of `--only compute` builds nothing in `bench/target/`.
    fs::create_dir_all(bench.dir.join("target"))?;
    fs::write(&path, &report).with_context(|| format!("writing {}", path.display()))?;
    println!("(also written to {})", path.display());
    Ok(())
}

struct Bench {
    root: PathBuf,
    /// `bench/`, the benchmarks' own workspace.
    dir: PathBuf,
    cargo: PathBuf,
}

impl Bench {
    fn cargo(&self, args: &[&str]) -> Command {
        cargo_in(&self.cargo, &self.dir, args)
    }

    fn run_cargo(&self, args: &[&str]) -> Result<()> {
        let status = self
            .cargo(args)
            .status()
            .with_context(|| format!("running cargo {}", args.join(" ")))?;
        if !status.success() {
            bail!("`cargo {}` in bench/ failed ({status})", args.join(" "));
        }
        Ok(())
    }

    fn build_args(side: &Side, release: bool) -> Vec<&'static str> {
        let mut args = vec!["build", "--quiet", "-p", side.bin];
        if let Some(features) = side.features {
            args.extend(["--features", features]);
        }
        if release {
            args.push("--release");
        }
        args
    }

    /// Times clean builds of the client crate plus its program, dependencies already built.
    fn compile(&self, runs: usize) -> Result<Vec<Row>> {
        let mut rows = Vec::new();
        let sides = [&OURS, &OURS_DEFAULT, &THEIRS];
        for release in [false, true] {
            let profile = if release { "release" } else { "debug" };
            println!("== compile time, {profile}: warming the dependency cache");
            for side in sides {
                self.run_cargo(&Self::build_args(side, release))?;
            }
            let mut times: [Vec<Duration>; 3] = Default::default();
            for run in 0..runs {
                // Rotate who goes first, so that drifting load hits every side alike.
                for k in 0..sides.len() {
                    let i = (run + k) % sides.len();
                    let side = sides[i];
                    let mut clean = vec!["clean", "--quiet", "-p", side.bin];
                    for client in side.clients {
                        clean.extend(["-p", client]);
                    }
                    if release {
                        clean.push("--release");
                    }
                    self.run_cargo(&clean)?;
                    let elapsed = self.timed_build(side, release)?;
                    println!(
                        "   {profile} {:<11} run {}/{runs}: {:.2} s",
                        side.label,
                        run + 1,
                        elapsed.as_secs_f64()
                    );
                    times[i].push(elapsed);
                }
            }
            let [ours, ours_default, theirs] =
                times.map(|t| median(t.iter().map(Duration::as_secs_f64)));
            rows.push(
                Row::new(
                    format!("compile time, {profile} (client crate + 19-call program, deps warm)"),
                    format!("{ours:.2} s"),
                    format!("{theirs:.2} s"),
                    ours / theirs,
                )
                .target(0.5),
            );
            rows.push(Row::new(
                format!(
                    "compile time, {profile}, with google-photos (+ uploads, downloads, \
                     Picker client, picking)"
                ),
                format!("{ours_default:.2} s"),
                format!("{theirs:.2} s"),
                ours_default / theirs,
            ));
        }
        // The release build of each program is the last one built: `OURS` without
        // google-photos, which a program that does not use it leaves out of its binary anyway.
        self.run_cargo(&Self::build_args(&OURS, true))?;
        let size = |side: &Side| -> Result<u64> {
            let path = self.dir.join("target/release").join(side.bin);
            Ok(fs::metadata(&path)
                .with_context(|| format!("reading {}", path.display()))?
                .len())
        };
        let (ours, theirs) = (size(&OURS)?, size(&THEIRS)?);
        rows.push(
            Row::new(
                "binary size, release, stripped (19-call program)",
                format!("{:.2} MiB", mib(ours)),
                format!("{:.2} MiB", mib(theirs)),
                ours as f64 / theirs as f64,
            )
            .target(1.0),
        );
        Ok(rows)
    }

    /// Builds `side`'s program after its client crate was cleaned, and checks that nothing
    /// else was compiled: a dependency rebuilt (say, after an environment change that one of
    /// their build scripts watches) would inflate the figure.
    fn timed_build(&self, side: &Side, release: bool) -> Result<Duration> {
        let mut args = Self::build_args(side, release);
        args.retain(|a| *a != "--quiet");
        let start = Instant::now();
        let output = self
            .cargo(&args)
            .output()
            .with_context(|| format!("running cargo {}", args.join(" ")))?;
        let elapsed = start.elapsed();
        let log = String::from_utf8_lossy(&output.stderr);
        if !output.status.success() {
            bail!("`cargo {}` in bench/ failed:\n{log}", args.join(" "));
        }
        let extra: Vec<&str> = log
            .lines()
            .filter_map(|l| l.trim().strip_prefix("Compiling "))
            .filter_map(|l| l.split_whitespace().next())
            .filter(|name| !side.clients.contains(name) && *name != side.bin)
            .collect();
        if !extra.is_empty() {
            bail!(
                "the dependency cache was not warm: `cargo {}` also compiled {}; run again",
                args.join(" "),
                extra.join(", ")
            );
        }
        Ok(elapsed)
    }

    /// Runs both release programs against the mock server: every one of the 19 calls must
    /// succeed through either client, or the compile-time comparison means little.
    fn smoke(&self) -> Result<String> {
        println!("== both programs against the mock server");
        self.run_cargo(&[
            "build",
            "--quiet",
            "--release",
            "-p",
            "bench-support",
            "--bin",
            "mock-server",
        ])?;
        let mut server = Command::new(self.dir.join("target/release/mock-server"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .context("starting mock-server")?;
        let mut first_line = String::new();
        let read = server
            .stdout
            .take()
            .map(|out| BufReader::new(out).read_line(&mut first_line));
        let base_url = first_line.trim().to_owned();
        let outcome = (|| -> Result<()> {
            if !matches!(read, Some(Ok(n)) if n > 0) || !base_url.starts_with("http://") {
                bail!("mock-server printed no base URL");
            }
            for side in [&OURS, &THEIRS] {
                let output = Command::new(self.dir.join("target/release").join(side.bin))
                    .arg(&base_url)
                    .output()
                    .with_context(|| format!("running {}", side.bin))?;
                let stdout = String::from_utf8_lossy(&output.stdout);
                let ok = stdout.lines().filter(|l| l.starts_with("ok ")).count();
                if !output.status.success() || ok != 19 {
                    bail!("{}: {ok} of 19 calls succeeded:\n{stdout}", side.bin);
                }
            }
            Ok(())
        })();
        // Closing its stdin stops the server.
        drop(server.stdin.take());
        server.wait().context("waiting for mock-server")?;
        outcome?;
        Ok(
            "Both 19-call programs ran against the local mock server: 19 of 19 calls succeeded \
            through each client."
                .to_owned(),
        )
    }

    /// Source size: ours is `generated/src` plus the runtime crate (`runtime/src`);
    /// theirs is the crate's `src` plus its runtime crate, `google-apis-common`.
    fn lines(&self) -> Result<Vec<Row>> {
        println!("== generated source size");
        let ours_dir = self.root.join("generated/src");
        let ours_api = count_lines(&ours_dir, None)?;
        let ours_rt = count_lines(&self.root.join("runtime/src"), None)?;
        let theirs_api = count_lines(&self.registry_src("google-photoslibrary1")?, None)?;
        let theirs_rt = count_lines(&self.registry_src("google-apis-common")?, None)?;
        let row = |what: &str, ours: Lines, theirs: Lines, code: bool| {
            let (o, t) = if code {
                (ours.code, theirs.code)
            } else {
                (ours.all, theirs.all)
            };
            Row::new(what, o.to_string(), t.to_string(), o as f64 / t as f64)
        };
        Ok(vec![
            row(
                "source lines, API code (the client crates alone)",
                ours_api,
                theirs_api,
                false,
            ),
            row(
                "source lines without docs, comments, blanks (same)",
                ours_api,
                theirs_api,
                true,
            ),
            row(
                "source lines incl. runtime (+ discogen-runtime; + google-apis-common)",
                ours_api + ours_rt,
                theirs_api + theirs_rt,
                false,
            ),
            row(
                "source lines incl. runtime, without docs, comments, blanks",
                ours_api + ours_rt,
                theirs_api + theirs_rt,
                true,
            ),
        ])
    }

    /// The `src/` folder of a crates.io dependency of the bench workspace.
    fn registry_src(&self, package: &str) -> Result<PathBuf> {
        let output = self
            .cargo(&["metadata", "--format-version", "1"])
            .stderr(Stdio::inherit())
            .output()
            .context("running cargo metadata")?;
        if !output.status.success() {
            bail!("cargo metadata failed in bench/");
        }
        let metadata: serde_json::Value =
            serde_json::from_slice(&output.stdout).context("reading cargo metadata")?;
        let manifest = metadata["packages"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|p| p["name"] == package)
            .and_then(|p| p["manifest_path"].as_str())
            .with_context(|| format!("{package} is not a dependency of bench/"))?;
        Ok(Path::new(manifest).with_file_name("src"))
    }

    fn criterion(&self, targets: &[&str], quick: bool) -> Result<()> {
        println!("== criterion: {}", targets.join(", "));
        let mut args = vec!["bench", "--quiet", "-p", "bench-suite"];
        for target in targets {
            args.extend(["--bench", target]);
        }
        if quick {
            args.extend(["--", "--warm-up-time", "1", "--measurement-time", "2"]);
        }
        self.run_cargo(&args)
    }

    /// The median of a criterion benchmark's samples, in nanoseconds per iteration.
    fn criterion_median(&self, group: &str, function: &str) -> Result<f64> {
        let path = self
            .dir
            .join("target/criterion")
            .join(group)
            .join(function)
            .join("new/estimates.json");
        let text =
            fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        let estimates: serde_json::Value = serde_json::from_str(&text)?;
        estimates["median"]["point_estimate"]
            .as_f64()
            .with_context(|| format!("no median in {}", path.display()))
    }

    /// Builds and runs one of bench-suite's programs (release), returning what it printed.
    fn suite_program(&self, bin: &str, args: &[&str]) -> Result<String> {
        self.run_cargo(&[
            "build",
            "--quiet",
            "--release",
            "-p",
            "bench-suite",
            "--bin",
            bin,
        ])?;
        let output = Command::new(self.dir.join("target/release").join(bin))
            .args(args)
            .stderr(Stdio::inherit())
            .output()
            .with_context(|| format!("running {bin}"))?;
        if !output.status.success() {
            bail!("the benchmark program {bin} failed");
        }
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    }

    /// The serde cases timed in turns (`serde_interleaved`): the fastest of `rounds` batches
    /// of each, ours against theirs.
    fn serde_rows(&self, rounds: usize) -> Result<Vec<Row>> {
        println!("== serde: {rounds} interleaved rounds");
        let stdout = self.suite_program("serde_interleaved", &["--rounds", &rounds.to_string()])?;
        let fastest = |case: &str| result_line(&stdout, case);
        let mut rows = Vec::new();
        for (group, what) in [
            ("decode", "decode 100-item ListMediaItemsResponse"),
            ("encode", "encode 50-item BatchCreateMediaItemsRequest"),
        ] {
            for (suffix, how) in [("", "types"), ("_client_path", "as each client does")] {
                let ours = fastest(&format!("{group}/ours{suffix}"))?;
                let theirs = fastest(&format!("{group}/theirs{suffix}"))?;
                rows.push(
                    Row::new(
                        format!("{what} ({how}; fastest of {rounds} interleaved rounds)"),
                        format_ns(ours),
                        format_ns(theirs),
                        ours / theirs,
                    )
                    .target(1.0),
                );
            }
        }
        Ok(rows)
    }

    fn codegen_row(&self) -> Result<(Row, String)> {
        let group = "codegen_photoslibrary";
        let generate = self.criterion_median(group, "discogen_generate")?;
        let parse = self.criterion_median(group, "serde_json_value")?;
        let row = Row::new(
            "code generation, photoslibrary (discogen::generate, release; \
             theirs column: serde_json::Value parse of the same document)",
            format_ns(generate),
            format_ns(parse),
            generate / parse,
        );
        let verdict = if generate < 50e6 { "met" } else { "MISSED" };
        let note = format!(
            "Code generation for photoslibrary takes {} in release mode (median; target < 50 ms: \
             {verdict}), {:.0}× the time of merely parsing the document into a \
             `serde_json::Value`. `cargo xtask codegen` adds a `rustfmt` pass per file on top.",
            format_ns(generate),
            generate / parse
        );
        Ok((row, note))
    }

    /// Two turns of each side of the transfer program; the larger memory, the faster time.
    fn transfer(&self, direction: Direction) -> Result<Vec<Row>> {
        let (name, what, ours_how, time_note) = match direction {
            Direction::Download => (
                "download",
                "1 GiB download into a file",
                "write_to_file",
                "ours with crc32c and md5 checks",
            ),
            Direction::Upload => (
                "upload",
                "1 GiB file uploaded",
                "upload_resumable of Media::from_file",
                "ours through a resumable session",
            ),
        };
        println!("== {name}: {what}, fake-gcs-server, two turns per side");
        let stdout =
            self.suite_program("transfer", &["--direction", name, "--size-mib", "1024"])?;
        // `RESULT <name> <ns> <peak KiB> <bytes>`, twice per name.
        let turns = |name: &str| -> Vec<(f64, f64)> {
            stdout
                .lines()
                .filter_map(|l| l.strip_prefix(&format!("RESULT {name} ")))
                .filter_map(|l| {
                    let mut v = l.split_whitespace().filter_map(|n| n.parse::<f64>().ok());
                    Some((v.next()?, v.next()?))
                })
                .collect()
        };
        let (ours, plain) = (turns("ours"), turns("plain"));
        if ours.is_empty() || plain.is_empty() {
            bail!("no {name} results in:\n{stdout}");
        }
        let fastest = |t: &[(f64, f64)]| t.iter().map(|x| x.0).fold(f64::INFINITY, f64::min);
        let peak = |t: &[(f64, f64)]| t.iter().map(|x| x.1).fold(0.0, f64::max);
        let mib = |kib: f64| format!("{:.1} MiB", kib / 1024.0);
        Ok(vec![
            Row::new(
                format!("{what}: peak memory, ours ({ours_how}) vs plain reqwest (theirs column)"),
                mib(peak(&ours)),
                mib(peak(&plain)),
                peak(&ours) / peak(&plain),
            ),
            Row::new(
                format!("{what}: time (fastest turn), {time_note}"),
                format_ns(fastest(&ours)),
                format_ns(fastest(&plain)),
                fastest(&ours) / fastest(&plain),
            ),
        ])
    }

    /// `runs` turns of each side of the load program; the median of each figure.
    fn load(&self, runs: usize) -> Result<Vec<Row>> {
        println!("== load: 5000 albums.list calls, 64 in flight, {runs} turns per side");
        // p50 ns, p99 ns, errors, peak KiB, total ns, per turn.
        let mut figures: [Vec<[f64; 5]>; 2] = [Vec::new(), Vec::new()];
        for _ in 0..runs.max(1) {
            for (side, name) in ["ours", "hand"].into_iter().enumerate() {
                let stdout = self.suite_program("load", &["--only", name])?;
                let line = stdout
                    .lines()
                    .find_map(|l| l.strip_prefix(&format!("RESULT {name} ")))
                    .with_context(|| format!("no result for {name} in:\n{stdout}"))?;
                let values: Vec<f64> = line
                    .split_whitespace()
                    .filter_map(|v| v.parse().ok())
                    .collect();
                let values: [f64; 5] = values
                    .try_into()
                    .map_err(|_| anyhow::anyhow!("a load result of five numbers: {line}"))?;
                figures[side].push(values);
            }
        }
        let median = |side: usize, at: usize| {
            let mut v: Vec<f64> = figures[side].iter().map(|f| f[at]).collect();
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        };
        let errors = |side: usize| figures[side].iter().map(|f| f[2]).sum::<f64>();
        let what = "5000 albums.list, 64 in flight, photos-emulator";
        let mib = |kib: f64| format!("{:.1} MiB", kib / 1024.0);
        Ok(vec![
            Row::new(
                format!("{what}: p50 latency, ours vs hand-written reqwest loop (theirs column)"),
                format_ns(median(0, 0)),
                format_ns(median(1, 0)),
                median(0, 0) / median(1, 0),
            ),
            Row::new(
                format!("{what}: p99 latency, ours vs hand-written reqwest loop"),
                format_ns(median(0, 1)),
                format_ns(median(1, 1)),
                median(0, 1) / median(1, 1),
            ),
            Row::new(
                format!("{what}: all 5000 calls, ours vs hand-written reqwest loop"),
                format_ns(median(0, 4)),
                format_ns(median(1, 4)),
                median(0, 4) / median(1, 4),
            ),
            Row::new(
                format!("{what}: peak memory of the process (the emulator's included)"),
                mib(median(0, 3)),
                mib(median(1, 3)),
                median(0, 3) / median(1, 3),
            ),
            Row::new(
                format!("{what}: failed calls, all turns"),
                format!("{}", errors(0)),
                format!("{}", errors(1)),
                if errors(1) == 0.0 {
                    1.0 + errors(0)
                } else {
                    errors(0) / errors(1)
                },
            ),
        ])
    }

    fn overhead(&self, samples: usize) -> Result<Vec<Row>> {
        println!("== request overhead: {samples} × {CALLS} sequential mediaItems.get calls");
        let calls = CALLS.to_string();
        let samples = samples.to_string();
        let stdout = self.suite_program("overhead", &["--calls", &calls, "--samples", &samples])?;
        let result = |name: &str| result_line(&stdout, name);
        let (ours, hand, theirs) = (result("ours")?, result("hand")?, result("theirs")?);
        let traced = result("ours_traced")?;
        let instructions = self.overhead_instructions()?;
        Ok(instructions.into_iter().chain(vec![
            Row::new(
                format!("{CALLS} sequential mediaItems.get, local server: ours vs hand-written reqwest loop (theirs column)"),
                format_ns(ours),
                format_ns(hand),
                ours / hand,
            )
            .target(1.05),
            Row::new(
                format!("{CALLS} sequential mediaItems.get, local server: ours vs google-photoslibrary1"),
                format_ns(ours),
                format_ns(theirs),
                ours / theirs,
            ),
            Row::new(
                format!("{CALLS} sequential mediaItems.get, local server: ours under a subscriber with the OpenTelemetry layer vs the hand-written loop"),
                format_ns(traced),
                format_ns(hand),
                traced / hand,
            ),
        ]).collect())
    }

    /// The request overhead in instructions, which callgrind counts the same way run after
    /// run, where wall time on this 2-core machine moves by ±5 % between runs: each client's
    /// instructions a call, client and in-process server together (as the timed batches),
    /// from the difference between a run of 501 calls (`--calls 400` and its warm-up) and one
    /// of 6 (`--calls 4`): the program's set-up cancels out. `None` without valgrind.
    fn overhead_instructions(&self) -> Result<Option<Row>> {
        if Command::new("valgrind").arg("--version").output().is_err() {
            println!("(valgrind not found: no instruction count of the request overhead)");
            return Ok(None);
        }
        let program = self.dir.join("target/release/overhead");
        let count = |only: &str, calls: u32| -> Result<f64> {
            let output = Command::new("valgrind")
                .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
                .arg(&program)
                .args([
                    "--only",
                    only,
                    "--calls",
                    &calls.to_string(),
                    "--samples",
                    "1",
                ])
                .output()
                .context("running the overhead program under callgrind")?;
            let stderr = String::from_utf8_lossy(&output.stderr);
            stderr
                .lines()
                .find_map(|l| l.split("Collected : ").nth(1))
                .and_then(|n| n.trim().parse::<f64>().ok())
                .with_context(|| format!("no instruction count from callgrind:\n{stderr}"))
        };
        // The program warms up with a quarter of the calls (plus one), then times one batch.
        let made = |calls: u32| f64::from(calls + calls / 4 + 1);
        let per_call = |only: &str| -> Result<f64> {
            let (long, short) = (count(only, 400)?, count(only, 4)?);
            Ok((long - short) / (made(400) - made(4)))
        };
        let (ours, hand) = (per_call("ours")?, per_call("hand")?);
        Ok(Some(
            Row::new(
                "one mediaItems.get, local server, instructions (callgrind; client and server): ours vs hand-written reqwest loop",
                format!("{:.1} k", ours / 1000.0),
                format!("{:.1} k", hand / 1000.0),
                ours / hand,
            )
            .target(1.05),
        ))
    }
}

/// Line counts of a folder's `.rs` files.
#[derive(Clone, Copy, Default)]
struct Lines {
    all: usize,
    /// Without doc comments, other comments and blank lines.
    code: usize,
}

impl std::ops::Add for Lines {
    type Output = Lines;
    fn add(self, other: Lines) -> Lines {
        Lines {
            all: self.all + other.all,
            code: self.code + other.code,
        }
    }
}

/// Counts the lines of every `.rs` file under `dir` but `tests.rs` files, skipping the folder
/// `skip`.
fn count_lines(dir: &Path, skip: Option<&Path>) -> Result<Lines> {
    let mut total = Lines::default();
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        if Some(path.as_path()) == skip {
            continue;
        }
        if path.is_dir() {
            total = total + count_lines(&path, skip)?;
        } else if path.extension().is_some_and(|e| e == "rs")
            // Compiled only for the crate's own tests, never into a user's build.
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            let text = fs::read_to_string(&path)?;
            for line in text.lines() {
                total.all += 1;
                let line = line.trim();
                if !line.is_empty() && !line.starts_with("//") && !line.starts_with("#[doc") {
                    total.code += 1;
                }
            }
        }
    }
    Ok(total)
}

/// `cargo ARGS` in a benchmark workspace `dir`, with its own target directory (`dir/target`)
/// and no incremental compilation (as for a dependency from crates.io, which is never built
/// incrementally).
fn cargo_in(cargo: &Path, dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(cargo);
    command
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env("CARGO_INCREMENTAL", "0");
    command
}

fn median(values: impl Iterator<Item = f64>) -> f64 {
    let mut values: Vec<f64> = values.collect();
    values.sort_by(f64::total_cmp);
    let n = values.len();
    match n {
        0 => f64::NAN,
        _ if n % 2 == 1 => values[n / 2],
        _ => (values[n / 2 - 1] + values[n / 2]) / 2.0,
    }
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn format_ns(ns: f64) -> String {
    if ns >= 1e9 {
        format!("{:.2} s", ns / 1e9)
    } else if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

fn load_average() -> String {
    fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| {
            let fields: Vec<&str> = l.split_whitespace().take(3).collect();
            (fields.len() == 3).then(|| fields.join(" "))
        })
        .unwrap_or_else(|| "unknown".to_owned())
}

/// Where the figures come from: cores, CPU, compiler and how busy the machine was.
fn machine(load_before: &str, took: Duration) -> String {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let cpu = fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, model)| model.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let rustc = Command::new("rustc")
        .arg("-V")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_else(|| "rustc (unknown version)".to_owned());
    format!(
        "{cores} cores ({cpu}), {rustc}; load average {load_before} before, {} after; \
         the run took {:.1} min",
        load_average(),
        took.as_secs_f64() / 60.0
    )
}

fn report(rows: &[Row], notes: &[String], machine: &str, runs: usize, samples: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "| measure | ours (median) | theirs (median) | ours / theirs | target | |"
    );
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---|");
    for row in rows {
        let (target, verdict) = match row.target {
            Some(t) if row.ratio <= t => (format!("≤ {t:.2}×"), "met"),
            Some(t) => (format!("≤ {t:.2}×"), "**missed**"),
            None => (String::new(), ""),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {:.2}× | {target} | {verdict} |",
            row.measure, row.ours, row.theirs, row.ratio
        );
    }
    let _ = writeln!(out);
    for note in notes {
        let _ = writeln!(out, "{note}");
    }
    let _ = writeln!(
        out,
        "\nMedians of {runs} timed build(s) per crate and profile, of criterion's samples, and of \
         {samples} batch(es) of {CALLS} calls per client.\nMachine: {machine}."
    );
    out
}
