//! Embeds every `runtime/*.rs` file, so a runtime file added by hand cannot be forgotten by
//! the generator.

use std::fs;
use std::path::Path;

fn main() {
    let dir =
        Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo")).join("runtime");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("generator/runtime exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".rs"))
        .collect();
    names.sort();
    let mut out = String::from("&[\n");
    for name in &names {
        let path = dir.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        out.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push(']');
    let out_dir = std::env::var("OUT_DIR").expect("set by cargo");
    fs::write(Path::new(&out_dir).join("runtime_files.rs"), out).expect("OUT_DIR is writable");
}
