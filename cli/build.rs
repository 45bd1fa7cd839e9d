//! Carries the runtime's sources into the `discogen` binary when it is built from a clone of
//! the repository (`cargo install --path cli`), so that `discogen generate` can write them
//! beside the crates it generates and those build before the runtime is on a registry.
//! Built from a package (a registry's copy of this crate, which has no `../runtime`), the
//! binary carries none, and the crates it writes depend on the runtime by version.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What a crate depending on the runtime by path needs of it: the manifest, its README
/// (which the manifest names), the build script and the library's sources.
const TOP_FILES: [&str; 3] = ["Cargo.toml", "README.md", "build.rs"];

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap());
    let runtime = manifest_dir.join("../runtime");
    let mut files = Vec::new();
    if runtime.join("Cargo.toml").is_file() {
        println!("cargo:rerun-if-changed={}", runtime.display());
        for name in TOP_FILES {
            files.push(PathBuf::from(name));
        }
        rust_files(&runtime, Path::new("src"), &mut files);
        files.sort();
    }
    let mut out = String::from("&[\n");
    for file in &files {
        let absolute = runtime.join(file).canonicalize().unwrap();
        // Forward slashes in the listed path, whatever the host: it becomes a path of the
        // written copy.
        let listed = file.to_string_lossy().replace('\\', "/");
        writeln!(out, "    ({listed:?}, include_str!({absolute:?})),").unwrap();
    }
    out.push(']');
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("runtime_sources.rs");
    std::fs::write(dest, out).unwrap();
}

/// The `*.rs` files under `root/dir`, as paths relative to `root`.
fn rust_files(root: &Path, dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(root.join(dir)).unwrap() {
        let entry = entry.unwrap();
        let relative = dir.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            rust_files(root, &relative, files);
        } else if relative.extension().is_some_and(|e| e == "rs") {
            files.push(relative);
        }
    }
}
