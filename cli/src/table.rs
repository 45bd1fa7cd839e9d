//! Plain-text tables in Markdown's pipe syntax: readable in a terminal and pasted as is into
//! a note or a pull request.

use std::fmt::Write;

/// A Markdown table with aligned columns; numbers right-aligned.
pub fn markdown_table(lines: &[Vec<String>]) -> String {
    let columns = lines.iter().map(Vec::len).max().unwrap_or(0);
    let width: Vec<usize> = (0..columns)
        .map(|c| {
            lines
                .iter()
                .map(|l| l.get(c).map_or(0, String::len))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let numeric = |c: usize| {
        lines.iter().skip(1).all(|l| {
            l.get(c).is_none_or(|v| {
                v.is_empty() || v == "-" || v.starts_with(|ch: char| ch.is_ascii_digit())
            })
        })
    };
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        out.push('|');
        for (c, w) in width.iter().enumerate() {
            let cell = line.get(c).map_or("", String::as_str);
            if c > 0 && numeric(c) {
                let _ = write!(out, " {cell:>w$} |");
            } else {
                let _ = write!(out, " {cell:<w$} |");
            }
        }
        out.push('\n');
        if i == 0 {
            out.push('|');
            for (c, w) in width.iter().enumerate() {
                let dashes = "-".repeat(*w);
                if c > 0 && numeric(c) {
                    let _ = write!(out, "{dashes}-:|");
                } else {
                    let _ = write!(out, "-{dashes}-|");
                }
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn columns_align_and_numeric_columns_go_right() {
        let rows = vec![
            vec!["document".to_string(), "methods".to_string()],
            vec!["tasks.v1".to_string(), "14".to_string()],
            vec!["x".to_string(), "-".to_string()],
        ];
        assert_eq!(
            super::markdown_table(&rows),
            "| document | methods |\n\
             |----------|--------:|\n\
             | tasks.v1 |      14 |\n\
             | x        |       - |\n"
        );
    }
}
