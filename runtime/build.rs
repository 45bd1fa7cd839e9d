//! Finds the version of the rustc building this crate for the `x-goog-api-client` header
//! (`gl-rust/1.88.0`), the way Google's other client libraries report their language.

use std::process::Command;

fn main() {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    // `rustc 1.88.0 (6b00bc388 2025-06-23)` → `1.88.0`; a rustc that answers otherwise is
    // reported as `unknown` rather than failing the build over a header.
    let version = Command::new(rustc)
        .arg("--version")
        .output()
        .ok()
        .and_then(|out| String::from_utf8(out.stdout).ok())
        .and_then(|text| text.split_whitespace().nth(1).map(str::to_owned))
        .filter(|v| {
            v.chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-".contains(c))
        })
        .unwrap_or_else(|| "unknown".to_owned());
    println!("cargo:rustc-env=DISCOGEN_RUSTC_VERSION={version}");
    println!("cargo:rerun-if-env-changed=RUSTC");
}
