//! The README's Getting started, run as a new user would: in an empty folder outside the
//! repository, with nothing but the `discogen` binary and a Discovery document, its
//! commands generate the Drive crate, make a project that depends on it, put the README's
//! program in it, and build it.
//!
//! The project's dependencies come from crates.io, as a user's would; it builds in a target
//! folder of its own (`target/fresh-projects/`, shared with the publishing test).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The README's Getting started section.
fn getting_started() -> String {
    let readme = std::fs::read_to_string(workspace().join("README.md")).unwrap();
    readme
        .split("\n## Getting started\n")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("a Getting started section")
        .to_string()
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The first code block of `lang` after the line that starts with `after`.
fn block_after<'a>(section: &'a str, after: &str, lang: &str) -> &'a str {
    let rest = section
        .split_once(&format!("\n{after}"))
        .unwrap_or_else(|| panic!("`{after}` in Getting started"))
        .1;
    let fence = format!("```{lang}\n");
    let start = rest
        .find(&fence)
        .unwrap_or_else(|| panic!("a {lang} block after `{after}`"));
    let body = &rest[start + fence.len()..];
    &body[..body.find("```").expect("a closed block")]
}

/// Runs `script` with `sh -e` in `dir`, the `discogen` binary on the `PATH`.
fn run_script(script: &str, dir: &Path, target: &Path) {
    let binary_dir = Path::new(env!("CARGO_BIN_EXE_discogen")).parent().unwrap();
    let path = std::env::join_paths(std::iter::once(binary_dir.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let out = Command::new("sh")
        .args(["-e", "-c", script])
        .current_dir(dir)
        .env("PATH", path)
        .env("CARGO_TARGET_DIR", target)
        .output()
        .expect("sh runs");
    assert!(
        out.status.success(),
        "{script}\nfailed ({}):\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_readmes_getting_started_builds_from_an_empty_folder() {
    let section = getting_started();
    let generate = block_after(&section, "**Generate**", "sh")
        .lines()
        .next()
        .expect("the first generate command");
    assert_eq!(
        generate,
        "discogen generate drive.v3.json --out google-drive-v3"
    );
    let depend = block_after(&section, "**Depend on it and make a call:**", "sh");
    let program = block_after(&section, "**Depend on it and make a call:**", "rust,no_run");

    let folder =
        std::env::temp_dir().join(format!("discogen-getting-started-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::copy(
        workspace().join("generator/tests/corpus/drive.v3.json"),
        folder.join("drive.v3.json"),
    )
    .unwrap();
    let target = workspace().join("target/fresh-projects");

    run_script(generate, &folder, &target);
    // The project the README makes, then its program; `cd` in the README's commands moves
    // into it, so the program's path is found from what they created.
    run_script(depend, &folder, &target);
    let project = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.join("Cargo.toml").is_file() && p.join("src/main.rs").is_file())
        .expect("the README's commands made a project");
    std::fs::write(project.join("src/main.rs"), program).unwrap();
    run_script("cargo build", &project, &target);

    let name = project.file_name().unwrap();
    assert!(target.join("debug").join(name).is_file());
    let lock = std::fs::read_to_string(project.join("Cargo.lock")).unwrap();
    for package in ["google-drive-v3", "discogen-runtime"] {
        let entry = lock
            .split("[[package]]")
            .find(|p| p.contains(&format!("name = \"{package}\"")))
            .unwrap_or_else(|| panic!("{package} in Cargo.lock:\n{lock}"));
        assert!(
            !entry.contains("source = "),
            "{package} is the folder beside the project, not a registry's:\n{entry}"
        );
    }
    let _ = std::fs::remove_dir_all(&folder);
}
