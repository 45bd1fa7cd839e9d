//! A Google Tasks client generated at build time: `build.rs` runs
//! `discogen::Builder::new("tasks.v1.json").generate_into_out_dir()`, and the client is
//! this crate's root, so `Client`, `types` and `tasklists()` are its own items.

include!(concat!(env!("OUT_DIR"), "/tasks.v1/lib.rs"));
