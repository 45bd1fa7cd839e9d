//! Human text: summary first, then changes grouped by service, resource and schema.
//!
//! Styled with ANSI escapes; `anstream` strips them when stdout is not a terminal (or when
//! `NO_COLOR` is set).

use std::fmt::Write;

use anstyle::{AnsiColor, Style};

use super::{bump, counts, revisions, shown, values};
use crate::diff::report::{Class, Report};

const BOLD: Style = Style::new().bold();
const RED: Style = AnsiColor::Red.on_default();
const GREEN: Style = AnsiColor::Green.on_default();
const DIM: Style = Style::new().dimmed();

fn class_style(class: Class) -> Style {
    match class {
        Class::Breaking => RED.bold(),
        Class::Compatible => GREEN,
        Class::Documentation => AnsiColor::Cyan.on_default(),
    }
}

pub fn render(report: &Report, verbose: bool) -> String {
    let mut out = String::new();
    let s = &report.summary;
    let _ = writeln!(
        out,
        "{BOLD}{}{BOLD:#}: {}",
        report.new.id,
        revisions(report)
    );
    let _ = writeln!(out, "{DIM}  old: {}{DIM:#}", report.old.label());
    let _ = writeln!(out, "{DIM}  new: {}{DIM:#}", report.new.label());
    let total = s.breaking + s.compatible + s.documentation;
    let hidden = if !verbose && s.documentation > 0 {
        " (documentation changes hidden; --verbose shows them)"
    } else {
        ""
    };
    let _ = writeln!(out, "{total} changes: {}{hidden}", counts(report));
    let r = &s.rust_items;
    let _ = writeln!(
        out,
        "Rust items: {} added, {} removed, {} changed",
        r.added, r.removed, r.changed
    );
    let _ = writeln!(
        out,
        "Suggested version bump: {BOLD}{}{BOLD:#}",
        bump(report)
    );

    let mut group = None;
    for change in shown(report, verbose) {
        if group != Some(&change.group) {
            group = Some(&change.group);
            let _ = writeln!(out, "\n{BOLD}{}{BOLD:#}", change.group.title());
        }
        let style = class_style(change.class);
        let _ = writeln!(
            out,
            "  {style}{:<13}{style:#}  {}: {}{}",
            change.class.as_str(),
            change.location,
            change.message,
            values(change, false)
        );
        for item in &change.rust {
            if let Some(before) = &item.before {
                let _ = writeln!(out, "{:17}{RED}- {before}{RED:#}", "");
            }
            if let Some(after) = &item.after {
                let _ = writeln!(out, "{:17}{GREEN}+ {after}{GREEN:#}", "");
            }
        }
    }
    if report.changes.is_empty() {
        let _ = writeln!(out, "\nNo changes.");
    }
    out
}
