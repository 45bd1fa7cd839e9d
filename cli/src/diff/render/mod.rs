//! The three output formats of a report.

pub mod json;
pub mod markdown;
pub mod text;

use super::report::{Change, Class, Kind, Report};

/// What the text and Markdown renderers show: documentation-only changes only when verbose.
pub fn shown(report: &Report, verbose: bool) -> impl Iterator<Item = &Change> {
    report
        .changes
        .iter()
        .filter(move |c| verbose || c.class != Class::Documentation)
}

/// `(GET → POST)`, `(was string)`, `(string)`, or nothing; long values are shortened to one
/// line.
pub fn values(change: &Change, code: bool) -> String {
    let show = |v: &str| {
        let one_line = v.split_whitespace().collect::<Vec<_>>().join(" ");
        let short = if one_line.chars().count() > 60 {
            format!("{}…", one_line.chars().take(59).collect::<String>())
        } else {
            one_line
        };
        if code {
            format!("`{}`", short.replace('`', "'"))
        } else {
            short
        }
    };
    match (change.old.as_deref(), change.new.as_deref()) {
        (Some(a), Some(b)) if change.kind == Kind::DescriptionChanged => {
            let (a, b) = from_first_difference(a, b);
            format!(" ({} → {})", show(&a), show(&b))
        }
        (Some(a), Some(b)) => format!(" ({} → {})", show(a), show(b)),
        (Some(a), None) if !a.is_empty() => format!(" (was {})", show(a)),
        (None, Some(b)) if !b.is_empty() => format!(" ({})", show(b)),
        _ => String::new(),
    }
}

/// `6 breaking, 40 compatible, 3 documentation`.
pub fn counts(report: &Report) -> String {
    let s = &report.summary;
    format!(
        "{} breaking, {} compatible, {} documentation",
        s.breaking, s.compatible, s.documentation
    )
}

/// `20181004 → 20240626`, or the sources when the revisions say nothing.
pub fn revisions(report: &Report) -> String {
    match (&report.old.revision, &report.new.revision) {
        (Some(a), Some(b)) if a != b => format!("{a} → {b}"),
        (Some(a), Some(_)) => format!("revision {a} on both sides"),
        _ => format!("{} → {}", report.old.source, report.new.source),
    }
}

/// `major (minor for a 0.x crate)`.
pub fn bump(report: &Report) -> String {
    let s = &report.summary.semver;
    if s.bump == s.pre_1_0 {
        s.bump.as_str().to_string()
    } else {
        format!(
            "{} ({} for a 0.x crate)",
            s.bump.as_str(),
            s.pre_1_0.as_str()
        )
    }
}

/// Both texts on one line, from a little before the first place they differ, so a long
/// description shows what changed rather than the start both share.
fn from_first_difference(a: &str, b: &str) -> (String, String) {
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let (a, b): (Vec<char>, Vec<char>) =
        (one_line(a).chars().collect(), one_line(b).chars().collect());
    let same = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let start = same.saturating_sub(20);
    let cut = |s: &[char]| {
        let rest: String = s[start.min(s.len())..].iter().collect();
        if start > 0 {
            format!("…{rest}")
        } else {
            rest
        }
    };
    (cut(&a), cut(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_show_where_they_differ() {
        let a = "A long shared beginning that goes on and on. Then the old end.";
        let b = "A long shared beginning that goes on and on. Then the new end.";
        assert_eq!(
            from_first_difference(a, b),
            (
                "…on and on. Then the old end.".to_string(),
                "…on and on. Then the new end.".to_string()
            )
        );
        assert_eq!(
            from_first_difference("x", "y"),
            ("x".to_string(), "y".to_string())
        );
    }
}
