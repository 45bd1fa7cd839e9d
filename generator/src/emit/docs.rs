//! Document descriptions as rustdoc.
//!
//! Descriptions are written for Google's HTML docs, not for rustdoc: square brackets read as
//! intra-doc links, indented lines and fences become doctests, `<foo>` reads as an HTML tag
//! and bare URLs are not links. This module makes any description safe Markdown.
//!
//! Google's descriptions link to its own pages by path (`[about](/drive/api/about)`), which
//! only works on the site that serves them. [`Docs`] knows the site from the document's
//! `documentationLink` and makes those links absolute, so they work on docs.rs too.

use proc_macro2::TokenStream;
use quote::quote;

/// How the descriptions of one document become rustdoc.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Docs {
    /// `https://developers.google.com`: the scheme and host that paths in links are relative
    /// to, when the document says.
    origin: Option<String>,
}

impl Docs {
    /// For the descriptions of a document with this `documentationLink`.
    pub fn new(documentation_link: Option<&str>) -> Docs {
        Docs {
            origin: documentation_link.and_then(origin),
        }
    }

    /// `#[doc = "…"]` attributes, one per line, for a description.
    pub fn attrs(&self, text: &str) -> TokenStream {
        attrs_of(self.sanitize(text))
    }

    /// Doc attributes for an optional description followed by extra paragraphs.
    pub fn with(&self, description: Option<&str>, extra: &[String]) -> TokenStream {
        self.attrs(&joined(description, extra))
    }

    /// Safe Markdown lines for a description.
    pub fn sanitize(&self, text: &str) -> Vec<String> {
        sanitize_with(text, self.origin.as_deref())
    }
}

/// `https://host` of an `http` or `https` URL, or `None` for anything else, so that no link
/// is made from a document link that is not a web address.
fn origin(link: &str) -> Option<String> {
    let (scheme, rest) = link.split_once("://")?;
    if !(scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http")) {
        return None;
    }
    let host = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    // A host with credentials (`user@`) or characters no host has is no place to send readers.
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':');
    (!host.is_empty() && host.chars().all(plain)).then(|| format!("{scheme}://{host}"))
}

/// `#[doc = "…"]` attributes, one per line, for text the generator wrote (no link in it is
/// relative to a site).
pub fn doc_attrs(text: &str) -> TokenStream {
    attrs_of(sanitize(text))
}

/// `#[doc = "…"]` attributes for Markdown the generator wrote that must reach rustdoc as it
/// is: a doctest, whose fence and hidden `# ` lines sanitizing would change.
pub fn verbatim_attrs(markdown: &str) -> TokenStream {
    attrs_of(markdown.lines().map(String::from).collect())
}

fn attrs_of(lines: Vec<String>) -> TokenStream {
    let lines = lines.iter().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });
    quote! { #( #[doc = #lines] )* }
}

/// Doc attributes for an optional description followed by extra paragraphs, for text the
/// generator wrote.
pub fn doc_with(description: Option<&str>, extra: &[String]) -> TokenStream {
    doc_attrs(&joined(description, extra))
}

fn joined(description: Option<&str>, extra: &[String]) -> String {
    let mut text = description.unwrap_or("").trim().to_string();
    for paragraph in extra.iter().filter(|p| !p.is_empty()) {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(paragraph);
    }
    text
}

/// Safe Markdown lines for text the generator wrote.
pub fn sanitize(text: &str) -> Vec<String> {
    sanitize_with(text, None)
}

/// Safe Markdown lines; links to paths (`/x`, `//host/x`) are resolved against `origin`.
fn sanitize_with(text: &str, origin: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    let mut in_list = false;
    for raw in text.trim().lines() {
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") {
            // Whatever the fence claimed to be, it is not Rust to compile.
            out.push(if in_fence {
                "```".into()
            } else {
                "```text".into()
            });
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.to_string());
            continue;
        }
        // A plain line right after a list item would continue it lazily (and clippy's
        // `doc_lazy_continuation` objects): the documents mean a new paragraph.
        let item = is_list_item(trimmed);
        if in_list && !item && !trimmed.is_empty() {
            out.push(String::new());
        }
        in_list = item;
        // Leading indentation would make an indented code block: a doctest.
        out.push(escape_inline(trimmed, origin));
    }
    if in_fence {
        out.push("```".into());
    }
    out
}

/// `- x`, `* x`, `+ x`, `1. x`, `1) x`: a Markdown list item.
fn is_list_item(line: &str) -> bool {
    if ["- ", "* ", "+ "].iter().any(|m| line.starts_with(m)) {
        return true;
    }
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    (1..=9).contains(&digits)
        && (line[digits..].starts_with(". ") || line[digits..].starts_with(") "))
}

/// Escapes link and HTML syntax outside inline code spans, and wraps bare URLs. Markdown
/// links to absolute URLs (and the generator's own `crate::` links) stay links, and so do
/// links to paths when there is an `origin` to resolve them against.
fn escape_inline(line: &str, origin: Option<&str>) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut rest = line;
    while !rest.is_empty() {
        if let Some((text, target, len)) = markdown_link(rest, origin) {
            out.push('[');
            out.push_str(&escape_inline(text, origin));
            out.push_str("](");
            out.push_str(&target);
            out.push(')');
            rest = &rest[len..];
            continue;
        }
        // Copy code spans untouched: rustdoc shows them literally.
        if let Some(after) = rest.strip_prefix('`') {
            if let Some(end) = after.find('`') {
                out.push('`');
                out.push_str(&after[..=end]);
                rest = &after[end + 1..];
                continue;
            }
        }
        if rest.starts_with("http://") || rest.starts_with("https://") {
            let end = rest
                .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '`' | ')' | ']'))
                .unwrap_or(rest.len());
            let url = rest[..end].trim_end_matches(['.', ',', ';', ':', '\'']);
            out.push('<');
            out.push_str(url);
            out.push('>');
            rest = &rest[url.len()..];
            continue;
        }
        let c = rest.chars().next().expect("rest is not empty");
        match c {
            '[' | ']' | '<' | '>' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// `[text](target)` at the start of `s`, with a target rustdoc can follow: `(text, target,
/// length)`. A target that is a path (`/x`) or a network path (`//host/x`) is resolved
/// against `origin` as a browser would; without one it is not followable.
fn markdown_link<'a>(s: &'a str, origin: Option<&str>) -> Option<(&'a str, String, usize)> {
    let inner = s.strip_prefix('[')?;
    let mut depth = 0usize;
    let mut in_code = false;
    let close = inner.char_indices().find_map(|(i, c)| {
        match c {
            '`' => in_code = !in_code,
            '[' if !in_code => depth += 1,
            ']' if !in_code && depth == 0 => return Some(i),
            ']' if !in_code => depth -= 1,
            _ => {}
        }
        None
    })?;
    let text = &inner[..close];
    let after = inner[close + 1..].strip_prefix('(')?;
    let end = after.find(')')?;
    let target = &after[..end];
    let resolved = if ["https://", "http://", "crate::"]
        .iter()
        .any(|p| target.starts_with(p))
    {
        target.to_string()
    } else if let Some(host_and_path) = target.strip_prefix("//") {
        let (scheme, _) = origin?.split_once("://")?;
        format!("{scheme}://{host_and_path}")
    } else if target.starts_with('/') {
        format!("{}{target}", origin?)
    } else {
        return None;
    };
    (!text.is_empty() && !target.contains(char::is_whitespace)).then_some((
        text,
        resolved,
        1 + close + 2 + end + 1,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_links_html_and_wraps_urls() {
        assert_eq!(
            sanitize("See [Album] or <b>x</b> at https://photos.google.com/x."),
            ["See \\[Album\\] or \\<b\\>x\\</b\\> at <https://photos.google.com/x>."]
        );
    }

    #[test]
    fn links_to_absolute_urls_stay_links_and_others_are_text() {
        assert_eq!(
            sanitize("See [the guide](https://cloud.google.com/x) or [`Foo`](crate::types::Foo)."),
            ["See [the guide](https://cloud.google.com/x) or [`Foo`](crate::types::Foo)."]
        );
        assert_eq!(
            sanitize("[a [b]](https://x.dev/) and [rel](/docs/y) and [x] (https://z.dev)"),
            ["[a \\[b\\]](https://x.dev/) and \\[rel\\](/docs/y) and \\[x\\] (<https://z.dev>)"]
        );
    }

    #[test]
    fn links_to_paths_resolve_against_the_documentation_site() {
        let drive = Docs::new(Some("https://developers.google.com/workspace/drive/"));
        assert_eq!(
            drive.sanitize(
                "Use the [`about`](/workspace/drive/api/reference/rest/v3/about) resource."
            ),
            ["Use the [`about`](https://developers.google.com/workspace/drive/api/reference/rest/v3/about) resource."]
        );
        // A network path keeps the site's scheme; absolute links are left as they are.
        assert_eq!(
            drive.sanitize("[a](//cloud.google.com/x) [b](http://example.com/y)"),
            ["[a](https://cloud.google.com/x) [b](http://example.com/y)"]
        );
        // Not links: text stays escaped, and relative paths without `/` are not guessed at.
        assert_eq!(
            drive.sanitize("[x] and [y](guides/z) and [](/empty) and `[c](/code)`"),
            ["\\[x\\] and \\[y\\](guides/z) and \\[\\](/empty) and `[c](/code)`"]
        );
    }

    #[test]
    fn without_a_web_documentation_link_paths_stay_text() {
        for docs in [
            Docs::default(),
            Docs::new(Some("ftp://example.com/docs")),
            Docs::new(Some("https://user@example.com/")),
            Docs::new(Some("developers.google.com/drive")),
        ] {
            assert_eq!(
                docs.sanitize("[about](/drive/about) or [p](//x.dev/p)"),
                ["\\[about\\](/drive/about) or \\[p\\](//x.dev/p)"],
                "{docs:?}"
            );
        }
        assert_eq!(
            Docs::new(Some("http://localhost:8080/docs?x#y")).sanitize("[a](/b)"),
            ["[a](http://localhost:8080/b)"]
        );
    }

    #[test]
    fn leaves_code_spans_alone() {
        assert_eq!(sanitize("Use `a[0] <b>` here"), ["Use `a[0] <b>` here"]);
    }

    #[test]
    fn indented_text_and_fences_never_become_doctests() {
        assert_eq!(
            sanitize("Example:\n\n    let x = 1;\n```\nfn main() {}\n```"),
            [
                "Example:",
                "",
                "let x = 1;",
                "```text",
                "fn main() {}",
                "```"
            ]
        );
        assert_eq!(sanitize("```js\nunclosed"), ["```text", "unclosed", "```"]);
    }

    #[test]
    fn text_after_a_list_is_its_own_paragraph() {
        assert_eq!(
            sanitize("Values:\n- \"a\" - first\n2. second\nImportant: more.\n\nEnd."),
            [
                "Values:",
                "- \"a\" - first",
                "2. second",
                "",
                "Important: more.",
                "",
                "End."
            ]
        );
    }
}
