//! `cargo xtask bench --only compute`: Compute Engine v1, the biggest document of the corpus,
//! through our client and its peers, in `bench/compute/` (a workspace of its own):
//!
//! - `cargo check` of the client crate alone, ours with every resource against google-apis-rs'
//!   `google-compute1` 6.0.0, with rustc's peak memory;
//! - a debug build of the client crate plus a program calling ten methods across ten
//!   resources (`compute-ours-ten`, `compute-apis-ten`): google-apis-rs compiles its generic
//!   method bodies in the caller, so the crate alone would flatter it;
//! - a debug build of the client crate plus a program calling `instances.get` and
//!   `projects.get`, ours with only the `instances` and `projects` features against
//!   google-cloud-rust's `google-cloud-compute-v1` 4.1.0 with its default features, which are
//!   exactly those two (`compute-ours-two`, `compute-cloud-two`).
//!
//! Dependencies are warm: each timed build follows `cargo clean -p` of the client crate and
//! the program only (our runtime crate counts as a dependency, like `google-apis-common` and
//! google-cloud-rust's `gax` do for theirs). The programs are compiled, not run.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use super::{cargo_in, median, Row};
use crate::codegen;

/// One timed build: which crates to clean, what to run.
struct Build {
    label: &'static str,
    clean: &'static [&'static str],
    command: &'static [&'static str],
}

const OURS_CHECK: Build = Build {
    label: "ours",
    clean: &["google-compute-v1"],
    command: &["check", "-p", "google-compute-v1"],
};
const APIS_CHECK: Build = Build {
    label: "google-compute1",
    clean: &["google-compute1"],
    command: &["check", "-p", "google-compute1"],
};
const OURS_TEN: Build = Build {
    label: "ours",
    clean: &["google-compute-v1", "compute-ours-ten"],
    command: &["build", "-p", "compute-ours-ten"],
};
const APIS_TEN: Build = Build {
    label: "google-compute1",
    clean: &["google-compute1", "compute-apis-ten"],
    command: &["build", "-p", "compute-apis-ten"],
};
const OURS_TWO: Build = Build {
    label: "ours",
    clean: &["google-compute-v1", "compute-ours-two"],
    command: &["build", "-p", "compute-ours-two"],
};
const CLOUD_TWO: Build = Build {
    label: "google-cloud-compute-v1",
    clean: &["google-cloud-compute-v1", "compute-cloud-two"],
    command: &["build", "-p", "compute-cloud-two"],
};

/// The time of a build and the peak resident memory of its biggest process (rustc).
struct Sample {
    elapsed: Duration,
    peak_kib: u64,
}

struct Workspace {
    dir: PathBuf,
    cargo: PathBuf,
}

pub fn rows(root: &Path, cargo: &Path, runs: usize) -> Result<Vec<Row>> {
    let ws = Workspace {
        dir: root.join("bench/compute"),
        cargo: cargo.to_path_buf(),
    };
    ws.generate(root)?;
    println!("== compute: warming the dependency cache");
    for build in [
        &OURS_CHECK,
        &APIS_CHECK,
        &OURS_TEN,
        &APIS_TEN,
        &OURS_TWO,
        &CLOUD_TWO,
    ] {
        ws.run(build.command)?;
    }
    let mut rows = Vec::new();
    let cases = [
        (
            "compute.v1 `cargo check` of the client crate, every resource (theirs: google-compute1 6.0.0)",
            &OURS_CHECK,
            &APIS_CHECK,
        ),
        (
            "compute.v1 debug build, client crate + 10 calls over 10 resources (theirs: google-compute1 6.0.0)",
            &OURS_TEN,
            &APIS_TEN,
        ),
        (
            "compute.v1 debug build, features instances + projects, client crate + 2 calls (theirs: google-cloud-compute-v1 4.1.0, defaults)",
            &OURS_TWO,
            &CLOUD_TWO,
        ),
    ];
    for (measure, ours, theirs) in cases {
        let mut samples: [Vec<Sample>; 2] = [Vec::new(), Vec::new()];
        for run in 0..runs {
            let order = if run % 2 == 0 { [0, 1] } else { [1, 0] };
            for i in order {
                let build = [ours, theirs][i];
                let sample = ws.timed(build)?;
                println!(
                    "   {} {:<24} run {}/{runs}: {:.2} s, peak {} MiB",
                    build.command.join(" "),
                    build.label,
                    run + 1,
                    sample.elapsed.as_secs_f64(),
                    sample.peak_kib / 1024
                );
                samples[i].push(sample);
            }
        }
        let secs = |s: &[Sample]| median(s.iter().map(|s| s.elapsed.as_secs_f64()));
        let peak = |s: &[Sample]| s.iter().map(|s| s.peak_kib).max().unwrap_or(0) as f64 / 1024.0;
        let (o, t) = (secs(&samples[0]), secs(&samples[1]));
        rows.push(Row::new(measure, format!("{o:.2} s"), format!("{t:.2} s"), o / t).target(0.5));
        let (o, t) = (peak(&samples[0]), peak(&samples[1]));
        rows.push(Row::new(
            "peak rustc memory of the above".to_string(),
            format!("{o:.0} MiB"),
            format!("{t:.0} MiB"),
            o / t,
        ));
    }
    Ok(rows)
}

impl Workspace {
    /// Our compute.v1 crate, generated by this repository's generator into the workspace's
    /// target directory (where its manifest expects it).
    fn generate(&self, root: &Path) -> Result<()> {
        let document = root.join("generator/tests/corpus/compute.v1.json");
        let out = self.dir.join("target/generated/google-compute-v1");
        fs::create_dir_all(&out)?;
        let runtime = codegen::local_runtime(&out)?;
        let files = codegen::render(&document, runtime, None)?;
        discogen::output::write_crate(&out, &files)?;
        Ok(())
    }

    fn run(&self, args: &[&str]) -> Result<()> {
        let status = cargo_in(&self.cargo, &self.dir, args)
            .arg("--quiet")
            .status()
            .with_context(|| format!("running cargo {}", args.join(" ")))?;
        if !status.success() {
            bail!("`cargo {}` in bench/compute failed", args.join(" "));
        }
        Ok(())
    }

    /// Cleans the build's crates, then runs it under GNU time for its peak memory (the
    /// largest of cargo and the processes it waited for, i.e. rustc).
    fn timed(&self, build: &Build) -> Result<Sample> {
        let mut clean = vec!["clean"];
        for package in build.clean {
            clean.extend(["-p", package]);
        }
        self.run(&clean)?;
        let mut command = Command::new("/usr/bin/time");
        command
            .args(["-f", "peak-kib=%M"])
            .arg(&self.cargo)
            .args(build.command)
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", self.dir.join("target"))
            .env("CARGO_INCREMENTAL", "0");
        let start = Instant::now();
        let output = command
            .output()
            .context("running cargo under /usr/bin/time (Debian's `time` package)")?;
        let elapsed = start.elapsed();
        let log = String::from_utf8_lossy(&output.stderr);
        if !output.status.success() {
            bail!("`cargo {}` failed:\n{log}", build.command.join(" "));
        }
        let compiled: Vec<&str> = log
            .lines()
            .filter_map(|l| {
                let l = l.trim();
                l.strip_prefix("Compiling ")
                    .or_else(|| l.strip_prefix("Checking "))
            })
            .filter_map(|l| l.split_whitespace().next())
            .filter(|name| !build.clean.contains(name))
            .collect();
        if !compiled.is_empty() {
            bail!(
                "the dependency cache was not warm: `cargo {}` also compiled {}; run again",
                build.command.join(" "),
                compiled.join(", ")
            );
        }
        let peak_kib = log
            .lines()
            .find_map(|l| l.strip_prefix("peak-kib="))
            .and_then(|v| v.trim().parse().ok())
            .context("no peak memory in GNU time's output")?;
        Ok(Sample { elapsed, peak_kib })
    }
}
