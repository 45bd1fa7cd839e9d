// The generator keeps a copy of this list (`generator/src/lower/methods.rs`, whose test
// includes this file and compares), so it holds nothing but the list.

/// The names a generated request builder may not give a parameter setter: the methods of
/// [`CallBuilder`](crate::CallBuilder), the methods that send a call (`send`, `upload`, …) and
/// the builder's own fields. A parameter named like one of them gets a numbered setter
/// (`timeout_2`), so the runtime's method is never shadowed.
pub const BUILDER_NAMES: &[&str] = &[
    // CallBuilder's methods.
    "options",
    "fields",
    "quota_user",
    "pretty_print",
    "param",
    "header",
    "timeout",
    "retry_policy",
    "idempotent",
    // What gives up or sends a call.
    "into_call",
    "send",
    "pages",
    "items",
    "upload",
    "upload_resumable",
    "download",
    "poller",
    // The builder's fields besides its parameters.
    "engine",
    "opts",
];
