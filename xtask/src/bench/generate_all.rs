//! `cargo xtask bench --only generate-all --documents DIR`: `discogen generate --all` as the
//! binary runs it (the same library function), against a baseline that any generator pays:
//! reading and parsing the same documents into `serde_json::Value`, on the same threads.
//! Run it in release mode.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use discogen_cli::generate::{documents, generate_all, PackageArgs};
use discogen_cli::table::markdown_table;
use indicatif::ProgressBar;
use rayon::prelude::*;

pub fn bench(dir: &Path, out: &Path) -> Result<()> {
    if cfg!(debug_assertions) {
        println!(
            "note: this is a debug build; measure with \
             `cargo run --release -p xtask -- bench --only generate-all --documents DIR`"
        );
    }
    let documents = documents(dir)?;
    let threads = rayon::current_num_threads();

    let started = Instant::now();
    let parsed: Vec<bool> = documents
        .par_iter()
        .map(|path| {
            std::fs::read_to_string(path)
                .ok()
                .and_then(|json| serde_json::from_str::<serde_json::Value>(&json).ok())
                .is_some()
        })
        .collect();
    let parse = started.elapsed();
    if parsed.iter().any(|ok| !ok) {
        bail!("a document of {} is not JSON", dir.display());
    }

    let _ = std::fs::remove_dir_all(out);
    let package = PackageArgs::default();
    let timed = |label: &str| -> Result<(String, Duration, usize, usize)> {
        let started = Instant::now();
        let outcomes = generate_all(&documents, out, &package, None, &ProgressBar::hidden())?;
        let elapsed = started.elapsed();
        let (mut written, mut unchanged) = (0, 0);
        for (stem, result, _) in &outcomes {
            match result {
                Ok(generated) => {
                    written += generated.written.changed;
                    unchanged += generated.written.unchanged;
                }
                Err(e) => bail!("{stem}: {e:#}"),
            }
        }
        Ok((label.to_string(), elapsed, written, unchanged))
    };
    let fresh = timed("generate --all, into an empty folder")?;
    let again = timed("generate --all again, nothing changed")?;

    let secs = |d: Duration| format!("{:.1} s", d.as_secs_f64());
    let ratio = |d: Duration| format!("{:.1}×", d.as_secs_f64() / parse.as_secs_f64());
    let mut rows = vec![[
        "run",
        "time",
        "files written",
        "files unchanged",
        "ratio to parse",
    ]
    .map(String::from)
    .to_vec()];
    rows.push(vec![
        "read + parse into serde_json::Value (baseline)".into(),
        secs(parse),
        "-".into(),
        "-".into(),
        "1.0×".into(),
    ]);
    for (label, time, written, unchanged) in [fresh, again] {
        rows.push(vec![
            label,
            secs(time),
            written.to_string(),
            unchanged.to_string(),
            ratio(time),
        ]);
    }
    println!(
        "{} documents of {}, {threads} threads:\n",
        documents.len(),
        dir.display()
    );
    print!("{}", markdown_table(&rows));
    Ok(())
}
