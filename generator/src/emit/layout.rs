//! The last touch on printed code: what `prettyplease` leaves for a person to do.
//!
//! prettyplease puts items on consecutive lines and keeps every doc line as long as the
//! document's description. Careful hand-written code separates items with a blank line and
//! wraps its docs at 100 columns, and rustfmt (which the checked-in crates also go through)
//! does neither, so this pass does both. It works on lines of already formatted code, where
//! the only line-spanning text is comments: string literals print with their newlines
//! escaped.

/// Widest doc line, as rustfmt's `comment_width` would have it.
const MAX_WIDTH: usize = 100;

/// `source` with blank lines between items and doc comments wrapped.
pub fn layout(source: &str) -> String {
    let lines: Vec<&str> = source.lines().collect();
    let mut out = String::with_capacity(source.len() + source.len() / 8);
    let mut in_fence = false;
    for (i, line) in lines.iter().enumerate() {
        if i > 0 && separates(lines[i - 1], line) {
            out.push('\n');
        }
        match split_doc(line) {
            Some((indent, marker, text)) => {
                if text.trim_start().starts_with("```") {
                    in_fence = !in_fence;
                }
                if in_fence || line.chars().count() <= MAX_WIDTH || !wrappable(text) {
                    out.push_str(line);
                    out.push('\n');
                } else {
                    for wrapped in wrap(indent, marker, text) {
                        out.push_str(&wrapped);
                        out.push('\n');
                    }
                }
            }
            None => {
                in_fence = false;
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// Keywords that start an item, after its docs and attributes.
const ITEM_STARTS: &[&str] = &[
    "///",
    "#[",
    "pub ",
    "pub(",
    "fn ",
    "async fn ",
    "impl ",
    "impl<",
    "struct ",
    "enum ",
    "mod ",
    "const ",
    "static ",
    "type ",
    "trait ",
    "use ",
    "unsafe ",
    "extern ",
    "macro_rules!",
];

/// Whether a blank line belongs between `previous` and `next`.
fn separates(previous: &str, next: &str) -> bool {
    let (before, after) = (previous.trim_start(), next.trim_start());
    if before.is_empty() || after.is_empty() {
        return false;
    }
    let indent = |l: &str| l.len() - l.trim_start().len();
    // The crate's or module's own docs and attributes stand apart from its first item.
    if before.starts_with("//!") || before.starts_with("#![") {
        return !(after.starts_with("//!") || after.starts_with("#!["));
    }
    if before.starts_with("//") || indent(previous) != indent(next) {
        return false;
    }
    let ended = before.ends_with('}') || before.ends_with(';');
    if !ended || !ITEM_STARTS.iter().any(|s| after.starts_with(s)) {
        return false;
    }
    // Runs of one-line declarations (`use …;`, `pub mod …;`) read as one group.
    !(one_line_declaration(before) && one_line_declaration(after))
}

fn one_line_declaration(line: &str) -> bool {
    let line = line.strip_prefix("pub ").unwrap_or(line);
    (line.starts_with("use ") || line.starts_with("mod ")) && line.ends_with(';')
}

/// `(indent, "///" or "//!", text after the marker)` of a doc comment line.
fn split_doc(line: &str) -> Option<(&str, &str, &str)> {
    let trimmed = line.trim_start();
    let indent = &line[..line.len() - trimmed.len()];
    ["///", "//!"]
        .into_iter()
        .find(|m| trimmed.starts_with(m) && !trimmed.starts_with("////"))
        .map(|marker| (indent, marker, &trimmed[marker.len()..]))
}

/// Table rows and headings keep their line; everything else is a paragraph or list item.
fn wrappable(text: &str) -> bool {
    let text = text.trim_start();
    !(text.starts_with('|') || text.starts_with('#'))
}

/// `text` as doc lines of at most [`MAX_WIDTH`] columns where the words allow; a list item's
/// continuation lines are indented under its text, so they stay in the item.
fn wrap(indent: &str, marker: &str, text: &str) -> Vec<String> {
    let content = text.strip_prefix(' ').unwrap_or(text);
    let lead = content.len() - content.trim_start().len();
    // A list item's marker belongs to its first line: the text after it is what wraps.
    let hang = lead + list_marker_width(content.trim_start());
    let first_prefix = format!("{indent}{marker} {}", &content[..hang]);
    let next_prefix = format!("{indent}{marker} {}", " ".repeat(hang));
    let mut lines: Vec<Vec<&str>> = vec![Vec::new()];
    let mut width = first_prefix.chars().count();
    for word in words(&content[hang..]) {
        let current = lines.last_mut().expect("there is always a line");
        let added = word.chars().count() + usize::from(!current.is_empty());
        if !current.is_empty() && width + added > MAX_WIDTH {
            // A word that would read as Markdown syntax at the start of a line (`-`, `1.`,
            // `#`, `>`) takes the word before it along.
            let carried = if starts_block(word) && current.len() > 1 {
                current.pop()
            } else {
                None
            };
            let mut line: Vec<&str> = carried.into_iter().collect();
            line.push(word);
            width = next_prefix.chars().count()
                + line.iter().map(|w| w.chars().count()).sum::<usize>()
                + line.len()
                - 1;
            lines.push(line);
        } else {
            current.push(word);
            width += added;
        }
    }
    lines
        .into_iter()
        .enumerate()
        .map(|(i, words)| {
            let prefix = if i == 0 { &first_prefix } else { &next_prefix };
            format!("{prefix}{}", words.join(" "))
        })
        .collect()
}

/// Width of a list item's marker with its space (`- `, `12. `), or 0.
fn list_marker_width(text: &str) -> usize {
    if ["- ", "* ", "+ "].iter().any(|m| text.starts_with(m)) {
        return 2;
    }
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if (1..=9).contains(&digits)
        && (text[digits..].starts_with(". ") || text[digits..].starts_with(") "))
    {
        digits + 2
    } else {
        0
    }
}

/// Whether `word` at the start of a line would begin a list, heading, quote or rule.
fn starts_block(word: &str) -> bool {
    matches!(word, "-" | "*" | "+" | ">" | "=" | "|")
        || word.starts_with('#')
        || word.starts_with('>')
        || list_marker_width(&format!("{word} ")) > 0
}

/// The words of `text`, a code span (`` `a b` ``) counting as one word.
fn words(text: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = None;
    let mut in_code = false;
    for (i, c) in text.char_indices() {
        match c {
            '`' => {
                in_code = !in_code;
                start.get_or_insert(i);
            }
            ' ' if !in_code => {
                if let Some(s) = start.take() {
                    words.push(&text[s..i]);
                }
            }
            _ => {
                start.get_or_insert(i);
            }
        }
    }
    if let Some(s) = start {
        words.push(&text[s..]);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_separated_and_one_line_declarations_grouped() {
        let source = "//! Docs.\nuse a;\nuse b;\npub mod c;\n/// A.\npub struct A {\n    x: u8,\n}\nimpl A {\n    fn f() {\n        let y = 1;\n        g();\n    }\n    fn h() {}\n}\n";
        assert_eq!(
            layout(source),
            "//! Docs.\n\nuse a;\nuse b;\npub mod c;\n\n/// A.\npub struct A {\n    x: u8,\n}\n\nimpl A {\n    fn f() {\n        let y = 1;\n        g();\n    }\n\n    fn h() {}\n}\n"
        );
    }

    #[test]
    fn long_docs_wrap_at_100_columns_keeping_code_spans_and_lists_whole() {
        let long = format!(
            "    /// - {} `a code span that must stay whole` end",
            "word ".repeat(17).trim_end()
        );
        let wrapped = layout(&long);
        let lines: Vec<&str> = wrapped.lines().collect();
        assert_eq!(lines.len(), 2, "{wrapped}");
        assert!(
            lines.iter().all(|l| l.chars().count() <= MAX_WIDTH),
            "{wrapped}"
        );
        assert!(lines[1].starts_with("    ///   `a code span"), "{wrapped}");
        assert_eq!(
            wrapped
                .split_whitespace()
                .filter(|w| *w != "///")
                .collect::<Vec<_>>(),
            long.split_whitespace()
                .filter(|w| *w != "///")
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_line_never_starts_with_markdown_syntax_and_long_urls_run_over() {
        let text = format!("/// {} - b", "a".repeat(94));
        let wrapped = layout(&text);
        assert!(
            wrapped.lines().all(|l| !l.starts_with("/// -")),
            "{wrapped}"
        );
        let url = format!("/// see <https://example.com/{}>", "x".repeat(120));
        assert_eq!(layout(&url).lines().count(), 2);
        assert!(layout(&url)
            .lines()
            .nth(1)
            .unwrap()
            .starts_with("/// <https"));
    }

    #[test]
    fn a_list_marker_stays_with_its_first_word() {
        let link = format!("[`{0}`](crate::scopes::{0})", "S".repeat(60));
        let wrapped = layout(&format!("    /// - {link}"));
        assert_eq!(wrapped, format!("    /// - {link}\n"));
    }

    #[test]
    fn fences_tables_and_headings_keep_their_lines() {
        let long = "x ".repeat(60);
        let source = format!("/// ```text\n/// {long}\n/// ```\n/// | {long} |\n/// # {long}\n");
        assert_eq!(layout(&source), source);
    }
}
