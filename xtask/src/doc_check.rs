//! `cargo xtask doc-check`: fails when an item of the runtime's hidden `internal` module
//! shows up in the rendered docs (`cargo doc` output).
//!
//! A page of its own is easy to spot (a path through `internal/`). A hidden type named in a
//! public signature is not: rustdoc prints it as a bare name, without a link and without
//! its path. So the check takes the names `internal` exports (its `pub use` leaves, and the
//! types of the modules it re-exports) from the runtime's sources, and looks for them in the
//! signatures of every rendered page, once the linked names (visible items) are taken out.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use crate::codegen::{runtime_dir, workspace_root};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The rendered docs [default: target/doc].
    #[arg(value_name = "DIR")]
    doc_dir: Option<PathBuf>,
}

pub fn run(args: Args) -> Result<()> {
    let doc_dir = args
        .doc_dir
        .unwrap_or_else(|| workspace_root().join("target/doc"));
    let names = internal_names(&runtime_dir().join("src"))?;
    let mut findings = Vec::new();
    let mut pages = 0;
    for page in pages_under(&doc_dir)?
        .into_iter()
        .filter(|page| shows_the_runtime(&doc_dir, page))
    {
        pages += 1;
        let html = std::fs::read_to_string(&page)
            .with_context(|| format!("reading {}", page.display()))?;
        let relative = page.strip_prefix(&doc_dir).unwrap_or(&page);
        for finding in check_page(relative, &html, &names) {
            findings.push(finding);
        }
    }
    if pages == 0 {
        bail!(
            "no rendered page under {} (run cargo doc first)",
            doc_dir.display()
        );
    }
    if !findings.is_empty() {
        bail!(
            "{} place(s) in the rendered docs show the runtime's hidden `internal` items:\n  {}",
            findings.len(),
            findings.join("\n  ")
        );
    }
    println!(
        "{pages} rendered pages under {}: no `internal` item ({} names checked)",
        doc_dir.display(),
        names.len()
    );
    Ok(())
}

/// What `pub mod internal` of the runtime's `lib.rs` exports: the leaves of its `pub use`
/// (types by name; a module re-exported whole adds the types its files declare).
pub fn internal_names(src: &Path) -> Result<BTreeSet<String>> {
    let internal = src.join("internal");
    let module = std::fs::read_to_string(internal.join("mod.rs"))
        .context("the runtime declares its `internal` module in src/internal/mod.rs")?;
    let mut names: BTreeSet<String> = module_types(&internal, "mod")?.into_iter().collect();
    for line in module.lines().map(str::trim) {
        if let Some(name) = line.strip_prefix("pub mod ") {
            names.extend(module_types(&internal, name.trim_end_matches(';'))?);
            continue;
        }
        let Some(path) = line.strip_prefix("pub use ") else {
            continue;
        };
        let path = path.trim_end_matches(';');
        let leaves: Vec<&str> = match path.split_once('{') {
            Some((_, list)) => list
                .trim_end_matches('}')
                .split(',')
                .map(str::trim)
                .collect(),
            None => vec![path.rsplit("::").next().unwrap_or(path)],
        };
        // Functions (`call`, `pages`) render no page of their own; types and traits do.
        names.extend(
            leaves
                .into_iter()
                .filter(|leaf| leaf.starts_with(char::is_uppercase))
                .map(str::to_string),
        );
    }
    Ok(names)
}

/// The `pub struct`, `enum`, `trait` and `type` names of the module `name` (`name.rs`, or
/// the files of `name/`).
fn module_types(src: &Path, name: &str) -> Result<Vec<String>> {
    let folder = src.join(name);
    let files: Vec<PathBuf> = if folder.is_dir() {
        std::fs::read_dir(&folder)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?
    } else {
        vec![src.join(format!("{name}.rs"))]
    };
    let mut types = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file)
            .with_context(|| format!("reading {}", file.display()))?;
        for line in text.lines() {
            for keyword in ["pub struct ", "pub enum ", "pub trait ", "pub type "] {
                if let Some(rest) = line.strip_prefix(keyword) {
                    let name: String = rest
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    types.push(name);
                }
            }
        }
    }
    Ok(types)
}

/// Whether `page` belongs to the runtime's docs or to a crate that re-exports the runtime
/// (a generated client): other crates may have items of the same names.
fn shows_the_runtime(doc_dir: &Path, page: &Path) -> bool {
    let Some(krate) = page
        .strip_prefix(doc_dir)
        .ok()
        .and_then(|p| p.components().next())
    else {
        return false;
    };
    let krate = krate.as_os_str();
    krate == "discogen_runtime"
        || std::fs::read_to_string(doc_dir.join(krate).join("index.html"))
            .is_ok_and(|index| index.contains("id=\"reexport.rt\""))
}

/// The HTML pages of the rendered docs, the source view (`src/`) left out: it shows the
/// code, hidden items included, by design.
fn pages_under(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut pages = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry?.path();
            if path.is_dir() {
                if path
                    .file_name()
                    .is_some_and(|n| n != "src" && n != "static.files")
                {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "html") {
                pages.push(path);
            }
        }
    }
    pages.sort();
    Ok(pages)
}

/// Where `html` (the page at `relative`) shows an internal item: a page of one, or one of
/// `names` as a bare word in a signature (item declarations, code headers, struct fields).
pub fn check_page(relative: &Path, html: &str, names: &BTreeSet<String>) -> Vec<String> {
    let mut findings = Vec::new();
    if relative.components().any(|c| c.as_os_str() == "internal") {
        findings.push(format!(
            "{}: a page of an internal item",
            relative.display()
        ));
    }
    // The page's own item (`struct.Core.html` declares `Core`) is visible by definition,
    // and so are an enum's variants (a generated `ValueType` may well have `Int64`).
    let own = relative
        .file_stem()
        .and_then(|s| s.to_str())
        .and_then(|s| s.split_once('.'))
        .map(|(_, name)| name);
    let variants: BTreeSet<&str> = html
        .split("id=\"variant.")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    for signature in signatures(html) {
        let text = without_links_and_tags(signature);
        for word in text.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
            if names.contains(word) && Some(word) != own && !variants.contains(word) {
                findings.push(format!(
                    "{}: `{word}` in `{}`",
                    relative.display(),
                    decode(text.trim())
                ));
            }
        }
    }
    findings
}

/// The HTML of each signature on a page: code headers (functions, impls), item
/// declarations, and struct fields.
fn signatures(html: &str) -> Vec<&str> {
    let kinds = [
        ("<h4 class=\"code-header\">", "</h4>"),
        ("<h3 class=\"code-header\">", "</h3>"),
        ("<pre class=\"rust item-decl\">", "</pre>"),
        ("class=\"structfield section-header\">", "</span>"),
    ];
    let mut out = Vec::new();
    for (open, close) in kinds {
        let mut rest = html;
        while let Some(start) = rest.find(open) {
            let after = &rest[start + open.len()..];
            let end = after.find(close).unwrap_or(after.len());
            out.push(&after[..end]);
            rest = &after[end..];
        }
    }
    out
}

/// The text of `html` without the contents of its links (names of visible items) and
/// without tags.
fn without_links_and_tags(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        let tag = &rest[start..];
        let end = tag.find('>').map_or(tag.len(), |e| e + 1);
        if tag.starts_with("<a ") {
            // Skip to the link's end: its text names an item that has a page.
            rest = tag.find("</a>").map_or("", |e| &tag[e + 4..]);
        } else {
            rest = &tag[end..];
        }
    }
    text.push_str(rest);
    text
}

fn decode(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> BTreeSet<String> {
        ["Core", "MethodInfo"].map(String::from).into()
    }

    #[test]
    fn a_bare_hidden_type_in_a_signature_is_found() {
        // As rustdoc renders `pub fn new(core: internal::Core)` of a visible struct.
        let html = r##"<h4 class="code-header">pub fn <a href="#method.new" class="fn">new</a>(core: Core) -&gt; Self</h4>"##;
        assert_eq!(
            check_page(Path::new("x/struct.Get.html"), html, &names()),
            ["x/struct.Get.html: `Core` in `pub fn (core: Core) -> Self`"]
        );
        let field = r##"<span id="structfield.core" class="structfield section-header"><a href="#structfield.core" class="anchor field">§</a><code>core: Core</code></span>"##;
        assert_eq!(check_page(Path::new("p.html"), field, &names()).len(), 1);
    }

    #[test]
    fn linked_names_prose_and_other_words_are_not() {
        let html = r##"<h4 class="code-header">pub fn <a class="fn">client</a>(&amp;self) -&gt; <a class="struct" href="struct.Core.html">Core</a></h4>
            <p>The Core of the matter is <code>MethodInfo</code> in prose.</p>
            <pre class="rust item-decl"><code>pub struct CoreSettings { /* private fields */ }</code></pre>"##;
        assert!(check_page(Path::new("p.html"), html, &names()).is_empty());
    }

    #[test]
    fn a_page_under_internal_is_found() {
        let found = check_page(Path::new("rt/internal/struct.Core.html"), "", &names());
        assert_eq!(
            found,
            ["rt/internal/struct.Core.html: a page of an internal item"]
        );
    }

    #[test]
    fn the_runtime_exports_these_internal_names() {
        let names = internal_names(&runtime_dir().join("src")).unwrap();
        for expected in [
            "ApiInfo",
            "MethodInfo",
            "PathPart",
            "Setup",
            "Polling",
            "Struct",
            "Int64",
        ] {
            assert!(names.contains(expected), "{expected} in {names:?}");
        }
        assert!(
            !names.contains("Client") && !names.contains("Error"),
            "{names:?}"
        );
    }

    #[test]
    fn an_enum_variant_of_the_same_name_is_the_pages_own() {
        let names: BTreeSet<String> = ["Int64"].map(String::from).into();
        let html = r##"<pre class="rust item-decl"><code>pub enum ValueType {
    Bool,
    Int64,
}</code></pre><section id="variant.Int64" class="variant"><h3 class="code-header">Int64</h3></section>"##;
        let page = Path::new("m/types/enum.ValueType.html");
        assert!(check_page(page, html, &names).is_empty());
        // Elsewhere, the bare name is still found.
        let header = r##"<h4 class="code-header">pub fn f(x: Int64)</h4>"##;
        assert_eq!(check_page(page, header, &names).len(), 1);
    }
}
