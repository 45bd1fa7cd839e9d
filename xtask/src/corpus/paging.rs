//! How many methods of a document page, and how many of those get `items()`: the coverage
//! of the items rule of `discogen::lower` (its `pagination` module), counted per document
//! and over a whole corpus.

use std::collections::BTreeMap;

use discogen::ir::Api;

#[derive(Debug, Default, Clone)]
pub struct Paging {
    /// Methods with `pages()`.
    pub paged: usize,
    /// Of those, methods with `items()` too.
    pub with_items: usize,
    /// Ids of the paged methods without `items()`.
    pub without_items: Vec<String>,
    /// Paged methods by the wire name of the response's token (`nextPageToken`,
    /// `pageToken`).
    pub by_token: BTreeMap<String, usize>,
}

pub fn count(api: &Api) -> Paging {
    let mut out = Paging::default();
    for m in api.root.all_methods() {
        let Some(p) = &m.pagination else { continue };
        out.paged += 1;
        *out.by_token.entry(p.response_token.clone()).or_default() += 1;
        if p.items.is_some() {
            out.with_items += 1;
        } else {
            out.without_items.push(m.id.clone());
        }
    }
    out
}
