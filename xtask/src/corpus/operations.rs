//! How many methods of a document answer with a long-running operation, and how many of
//! those get `poller()`: the coverage of `discogen::lower`'s operations rule.

use discogen::ir::{Api, TypeRef};

#[derive(Debug, Default, Clone)]
pub struct Operations {
    /// Methods answering with an operation type (`done`, or a `status` with `DONE`).
    pub answering: usize,
    /// Of those, methods with `poller()`.
    pub with_poller: usize,
    /// `method id \t operation type` of the others.
    pub without_poller: Vec<String>,
}

pub fn count(api: &Api) -> Operations {
    let shapes = discogen::lower::operation_shapes(&api.types);
    let mut out = Operations::default();
    for m in api.root.all_methods() {
        let Some(TypeRef::Named(answer)) = &m.response else {
            continue;
        };
        if !shapes.contains_key(answer) {
            continue;
        }
        out.answering += 1;
        if m.poller.is_some() {
            out.with_poller += 1;
        } else {
            out.without_poller.push(format!("{}\t{answer}", m.id));
        }
    }
    out
}
