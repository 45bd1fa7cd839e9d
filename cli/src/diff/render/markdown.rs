//! Markdown for a pull request or a CHANGELOG: summary, then one section per class, each
//! grouped by service, resource and schema.

use std::fmt::Write;

use super::{bump, counts, revisions, shown, values};
use crate::diff::report::{Class, Report, RustChange};

pub fn render(report: &Report, verbose: bool) -> String {
    let mut out = String::new();
    let s = &report.summary;
    let _ = writeln!(out, "## `{}`: {}\n", report.new.id, revisions(report));
    let _ = writeln!(
        out,
        "Compared `{}` with `{}`.\n",
        report.old.source, report.new.source
    );
    let mut reconstructed: Vec<&str> = [&report.old, &report.new]
        .into_iter()
        .filter(|s| s.reconstructed)
        .map(|s| s.source.as_str())
        .collect();
    // One sentence for a document compared with itself.
    reconstructed.dedup();
    for source in reconstructed {
        let _ = writeln!(
            out,
            "`{source}` is reconstructed by hand from Google's reference pages, not published by Google.\n"
        );
    }
    let r = &s.rust_items;
    let _ = writeln!(
        out,
        "**Suggested version bump: {}.** Changes: {}. Rust items: {} added, {} removed, {} changed.",
        bump(report),
        counts(report),
        r.added,
        r.removed,
        r.changed
    );
    if report.changes.is_empty() {
        let _ = writeln!(out, "\nNo changes.");
    }
    for (class, heading) in [
        (Class::Breaking, "Breaking changes"),
        (Class::Compatible, "Compatible changes"),
        (Class::Documentation, "Documentation changes"),
    ] {
        let changes: Vec<_> = shown(report, verbose)
            .filter(|c| c.class == class)
            .collect();
        if changes.is_empty() {
            if class == Class::Documentation && s.documentation > 0 {
                let _ = writeln!(
                    out,
                    "\n{} documentation-only changes not listed (`--verbose` lists them).",
                    s.documentation
                );
            }
            continue;
        }
        let _ = writeln!(out, "\n### {heading}");
        let mut group = None;
        for change in changes {
            if group != Some(&change.group) {
                group = Some(&change.group);
                let _ = writeln!(out, "\n#### {}\n", change.group.title());
            }
            let shown_values = if change.class == Class::Documentation {
                String::new()
            } else {
                values(change, true)
            };
            let _ = writeln!(
                out,
                "- `{}`: {}{}",
                change.location, change.message, shown_values
            );
            for item in &change.rust {
                let line = match (item.change, &item.before, &item.after) {
                    (RustChange::Changed, Some(b), Some(a)) => format!("changed `{b}` → `{a}`"),
                    (_, _, Some(a)) => format!("added `{a}`"),
                    (_, Some(b), _) => format!("removed `{b}`"),
                    _ => continue,
                };
                let _ = writeln!(out, "  - {line}");
            }
        }
    }
    out
}
