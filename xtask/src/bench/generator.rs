//! `cargo xtask bench --only generator`: the generator's speed per pass and document of the
//! corpus (run it in release mode, see the README), and the same document scaled 2× and 4×
//! to show that no pass grows faster than the document.

use std::fs;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use discogen::model::Document;

use crate::corpus::stem;
use discogen_cli::table::markdown_table;

/// Best-of-`runs` wall time of `f`.
fn best_of<T>(runs: u32, mut f: impl FnMut() -> Result<T>) -> Result<(Duration, T)> {
    let mut best: Option<(Duration, T)> = None;
    for _ in 0..runs {
        let started = Instant::now();
        let value = f()?;
        let elapsed = started.elapsed();
        if best.as_ref().is_none_or(|(b, _)| elapsed < *b) {
            best = Some((elapsed, value));
        }
    }
    best.context("at least one run")
}

/// Best-of-`runs` times of lowering `doc` and of emitting what that gives.
fn lower_and_emit(doc: &Document, runs: u32) -> Result<(Duration, Duration)> {
    let (lower, api) = best_of(runs, || Ok(discogen::lower::lower(doc)?))?;
    let options = discogen::Options::default();
    let (emit, _) = best_of(runs, || Ok(discogen::emit::emit(&api, &options)?))?;
    Ok((lower, emit))
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn ratio(a: Duration, b: Duration) -> String {
    format!("{:.2}×", a.as_secs_f64() / b.as_secs_f64().max(1e-9))
}

/// The passes of the generator per document (parse → lower → emit, the last
/// including prettyplease), as times and as ratios to the parse of the same document (the
/// baseline: one serde pass over the JSON, which any generator needs); then the largest
/// document scaled 2× and 4× (every schema and resource copied under new names), whose
/// lower and emit times should grow 2× and 4× if no pass is quadratic.
pub fn bench(documents: &[PathBuf], runs: u32) -> Result<()> {
    if cfg!(debug_assertions) {
        println!(
            "note: this is a debug build; measure with `cargo run --release -p xtask -- bench --only generator`"
        );
    }
    let mut lines = vec![[
        "document",
        "bytes",
        "parse (baseline)",
        "lower",
        "emit",
        "total",
        "total / parse",
    ]
    .map(String::from)
    .to_vec()];
    let mut sum = Duration::ZERO;
    let mut largest: Option<(usize, Document)> = None;
    for path in documents {
        let json =
            fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let (parse, doc) = best_of(runs, || Ok(Document::parse(&json)?))?;
        let (lower, emit) = lower_and_emit(&doc, runs)?;
        let total = parse + lower + emit;
        sum += total;
        lines.push(vec![
            stem(path),
            json.len().to_string(),
            ms(parse),
            ms(lower),
            ms(emit),
            ms(total),
            ratio(total, parse),
        ]);
        if largest.as_ref().is_none_or(|(size, _)| json.len() > *size) {
            largest = Some((json.len(), doc));
        }
    }
    lines.push(vec![
        format!("total ({})", documents.len()),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        ms(sum),
        String::new(),
    ]);
    print!("{}", markdown_table(&lines));

    let Some((_, doc)) = largest else {
        return Ok(());
    };
    println!(
        "\nScaling `{}` (baseline: the document as it is):\n",
        doc.name
    );
    let mut lines = vec![[
        "scale",
        "schemas",
        "methods",
        "lower",
        "emit",
        "lower + emit",
        "ratio to 1×",
    ]
    .map(String::from)
    .to_vec()];
    let mut baseline = None;
    for factor in [1, 2, 4] {
        let scaled = scale(&doc, factor);
        let (lower, emit) = lower_and_emit(&scaled, runs)?;
        let both = lower + emit;
        let base = *baseline.get_or_insert(both);
        lines.push(vec![
            format!("{factor}×"),
            scaled.schemas.len().to_string(),
            scaled.all_methods().len().to_string(),
            ms(lower),
            ms(emit),
            ms(both),
            ratio(both, base),
        ]);
    }
    print!("{}", markdown_table(&lines));
    Ok(())
}

/// `doc` with every schema and top-level resource (and method) present `factor` times under
/// distinct names, references rewritten to stay within each copy.
fn scale(doc: &Document, factor: usize) -> Document {
    use discogen::model::{Resource, Schema};
    use std::collections::BTreeMap;

    fn rename_refs(schema: &mut Schema, suffix: &str) {
        if let Some(r) = &mut schema.reference {
            r.push_str(suffix);
        }
        for p in schema.properties.values_mut() {
            rename_refs(p, suffix);
        }
        if let Some(items) = &mut schema.items {
            rename_refs(items, suffix);
        }
        if let Some(ap) = &mut schema.additional_properties {
            rename_refs(ap, suffix);
        }
    }
    fn rename_resource(resource: &mut Resource, suffix: &str) {
        for m in resource.methods.values_mut() {
            m.id.push_str(suffix);
            for r in [&mut m.request, &mut m.response].into_iter().flatten() {
                rename_refs(r, suffix);
            }
            for p in m.parameters.values_mut() {
                rename_refs(p, suffix);
            }
        }
        for child in resource.resources.values_mut() {
            rename_resource(child, suffix);
        }
    }

    let mut out = doc.clone();
    for copy in 1..factor {
        let suffix = format!("Copy{copy}");
        let schemas: BTreeMap<String, Schema> = doc
            .schemas
            .iter()
            .map(|(name, schema)| {
                let mut schema = schema.clone();
                rename_refs(&mut schema, &suffix);
                (format!("{name}{suffix}"), schema)
            })
            .collect();
        out.schemas.extend(schemas);
        for (name, resource) in &doc.resources {
            let mut resource = resource.clone();
            rename_resource(&mut resource, &suffix);
            out.resources.insert(format!("{name}{suffix}"), resource);
        }
    }
    out
}
