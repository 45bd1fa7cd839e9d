//! What the generator knows about an API beyond its Discovery document: one file per API in
//! `generator/apis/`, named by the document's `name` and `version` (`bigquery.v2.json`),
//! in the format of [`crate::overlay`], every entry naming the page it comes from
//! (`source`). The files are compiled into the generator, so every way of generating
//! (`cargo xtask codegen`, `discogen generate`, [`crate::Builder`]) applies them to a
//! document of that name and version, wherever the document was downloaded from. Nothing
//! else in the generator knows which API it is reading.

use crate::error::Error;
use crate::model::Document;
use crate::overlay::Overlay;

/// The files, by `name.version`. `every_file_is_listed` keeps this list and the folder equal.
const FILES: &[(&str, &str)] = &[
    ("bigquery.v2", include_str!("../apis/bigquery.v2.json")),
    (
        "photoslibrary.v1",
        include_str!("../apis/photoslibrary.v1.json"),
    ),
    (
        "photospicker.v1",
        include_str!("../apis/photospicker.v1.json"),
    ),
];

/// The facts kept for the API of document `name` and `version`; empty for an API without a
/// file.
pub fn facts(name: &str, version: &str) -> Result<Overlay, Error> {
    let key = format!("{name}.{version}");
    let Some((_, text)) = FILES.iter().find(|(api, _)| *api == key) else {
        return Ok(Overlay::default());
    };
    let at = |path: &str| format!("generator/apis/{key}.json at {path}");
    let overlay = Overlay::parse(text).map_err(|err| match err {
        Error::Overlay { path, message } => Error::Overlay {
            path: at(&path),
            message,
        },
        other => other,
    })?;
    match unsourced(&overlay).first() {
        Some(path) => Err(Error::Overlay {
            path: at(path),
            message: "expected `source`: the page the facts come from".into(),
        }),
        None => Ok(overlay),
    }
}

/// The facts kept for the API of `doc` that this revision of its document can take: an entry
/// about a method, scope or schema the document does not have (an older or newer revision
/// of the API than the data was written for) is left out, since it says nothing about this
/// revision. An entry about one it has must fit it, or generating fails naming the entry.
pub fn facts_for(doc: &Document) -> Result<Overlay, Error> {
    let mut facts = facts(&doc.name, &doc.version)?;
    let methods: std::collections::BTreeSet<&str> = doc
        .all_methods()
        .iter()
        .map(|(_, _, m)| m.id.as_str())
        .collect();
    facts.methods.retain(|id, _| methods.contains(id.as_str()));
    let scopes = doc.auth.as_ref().and_then(|a| a.oauth2.as_ref());
    facts
        .scopes
        .retain(|url, _| scopes.is_some_and(|s| s.scopes.contains_key(url)));
    facts
        .operations
        .retain(|schema, _| doc.schemas.contains_key(schema));
    Ok(facts)
}

/// The entries that carry facts but no page they come from.
fn unsourced(overlay: &Overlay) -> Vec<String> {
    let missing = |source: &Option<String>| source.as_deref().is_none_or(|s| s.trim().is_empty());
    let mut out = Vec::new();
    if overlay.note.is_some() && missing(&overlay.source) {
        out.push(".".to_string());
    }
    let entries = [
        overlay
            .scopes
            .iter()
            .map(|(k, v)| (format!("scopes.{k}"), &v.source))
            .collect::<Vec<_>>(),
        overlay
            .methods
            .iter()
            .map(|(k, v)| (format!("methods.{k}"), &v.source))
            .collect(),
        overlay
            .operations
            .iter()
            .map(|(k, v)| (format!("operations.{k}"), &v.source))
            .collect(),
        overlay
            .retry
            .iter()
            .map(|r| ("retry".to_string(), &r.source))
            .collect(),
    ];
    out.extend(
        entries
            .into_iter()
            .flatten()
            .filter(|(_, source)| missing(source))
            .map(|(path, _)| path),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_is_listed_and_reads() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("apis");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter_map(|n| n.strip_suffix(".json").map(str::to_owned))
            .collect();
        on_disk.sort();
        let listed: Vec<&str> = FILES.iter().map(|(api, _)| *api).collect();
        assert_eq!(
            on_disk, listed,
            "FILES lists generator/apis/*.json in name order"
        );
        for api in listed {
            let (name, version) = api.split_once('.').unwrap();
            facts(name, version).unwrap_or_else(|e| panic!("{api}: {e}"));
        }
    }

    #[test]
    fn an_api_without_a_file_has_no_facts() {
        assert_eq!(facts("nosuch", "v9").unwrap(), Overlay::default());
    }

    #[test]
    fn a_fact_without_its_page_is_refused() {
        let overlay = Overlay::parse(r#"{"methods": {"a.b.c": {"note": "x"}}}"#).unwrap();
        assert_eq!(unsourced(&overlay), ["methods.a.b.c"]);
        let overlay = Overlay::parse(r#"{"note": "x", "source": " "}"#).unwrap();
        assert_eq!(unsourced(&overlay), ["."]);
    }
}
