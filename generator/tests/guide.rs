//! The README and the guide in `docs/`: every page of the guide is compiled as a doctest
//! (`src/lib.rs` includes it), and every relative link of the Markdown files points at a
//! file of the repository.

use std::path::{Path, PathBuf};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn guide_pages() -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = std::fs::read_dir(workspace().join("docs/guide"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    pages.sort();
    pages
}

#[test]
fn every_guide_page_is_compiled_as_a_doctest() {
    let lib = std::fs::read_to_string(workspace().join("generator/src/lib.rs")).unwrap();
    let pages = guide_pages();
    assert!(pages.len() >= 10, "{pages:?}");
    for page in pages {
        let name = page.file_name().unwrap().to_str().unwrap();
        assert!(
            lib.contains(&format!("= \"{name}\"")),
            "docs/guide/{name} is not in src/lib.rs's guide_pages!, so its examples are not compiled"
        );
    }
}

/// The targets of `[text](target)` links in `markdown` that are relative paths, without
/// their `#fragment`.
fn relative_links(markdown: &str) -> Vec<String> {
    let mut links = Vec::new();
    let mut in_code = false;
    for line in markdown.lines() {
        if line.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        for (i, _) in line.match_indices("](") {
            let rest = &line[i + 2..];
            let Some(end) = rest.find(')') else { continue };
            let target = &rest[..end];
            let path = target.split('#').next().unwrap_or_default();
            let external = target.contains("://") || target.starts_with("mailto:");
            if !external && !path.is_empty() && !path.starts_with('/') {
                links.push(path.to_string());
            }
        }
    }
    links
}

#[test]
fn the_readme_and_the_guide_link_only_to_files_that_exist() {
    let mut files = vec![workspace().join("README.md")];
    files.extend(guide_pages());
    let mut broken = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let dir = file.parent().unwrap();
        for link in relative_links(&text) {
            if !dir.join(&link).exists() {
                broken.push(format!("{}: {link}", file.display()));
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}
