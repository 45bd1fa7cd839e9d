//! The hand-written runtime (`generator/runtime/*.rs`), shipped verbatim as `src/rt/`.

/// `(file name, contents)` of every runtime file, sorted by name.
pub const RUNTIME_FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/runtime_files.rs"));
