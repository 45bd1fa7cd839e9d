//! `cargo xtask package`: the crates a user gets from a registry, packaged as `cargo
//! package` checks them, and with `--registry NAME` published there.
//!
//! The runtime, the generator and the CLI are packaged from the workspace. The Photos
//! clients cannot be: their checked-in crates declare hand-written modules with `#[path]`s
//! outside the package (README, "Hand-written code beside generated code"). So they are
//! generated again as standalone crates (extras copied in, the runtime by version) into a
//! scratch workspace, `target/package-workspace/`, beside a copy of the runtime and one
//! crate generated from a corpus document, and packaged or published from there, runtime
//! first.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};
use discogen_cli::generate::{generate_crate, PackageArgs};

use crate::codegen::{runtime_dir, workspace_root};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Publish the runtime and the generated clients to this registry of the cargo
    /// configuration (`[registries.NAME]`, or `CARGO_REGISTRIES_NAME_INDEX`) instead of
    /// only packaging them. The generator and CLI are published with
    /// `cargo publish -p discogen -p discogen-cli`.
    #[arg(long, value_name = "NAME")]
    registry: Option<String>,
    /// Skip the build of each packaged crate (`cargo package --no-verify`).
    #[arg(long)]
    no_verify: bool,
    /// Package the workspace's crates with uncommitted changes (`--allow-dirty`).
    #[arg(long)]
    allow_dirty: bool,
}

/// The documents whose standalone crates are packaged, and their folders in the scratch
/// workspace: the two Photos clients and one crate as `discogen generate` writes any other.
const CLIENTS: &[(&str, &str)] = &[
    ("discovery/photoslibrary.v1.json", "photoslibrary"),
    ("discovery/photospicker.v1.json", "photospicker"),
    ("examples/build-script/tasks.v1.json", "tasks"),
];

const RUNTIME_FOLDER: &str = "discogen-runtime";

pub fn run(args: Args) -> Result<()> {
    let root = workspace_root();
    forget_packaged_sources()?;
    forget_packaged_builds(&root.join("target"))?;
    let mut flags = vec![];
    if args.no_verify {
        flags.push("--no-verify");
    }
    if args.registry.is_none() {
        println!("== cargo package: the runtime, the generator and the CLI");
        let mut workspace_flags = flags.clone();
        if args.allow_dirty {
            workspace_flags.push("--allow-dirty");
        }
        let crates = [
            "-p",
            "discogen-runtime",
            "-p",
            "discogen",
            "-p",
            "discogen-cli",
        ];
        cargo(
            &root,
            &[&["package", "--locked"][..], &crates].concat(),
            &workspace_flags,
        )?;
    }
    let scratch = root.join("target/package-workspace");
    write_scratch_workspace(&root, &scratch, args.registry.as_deref())?;
    // The scratch workspace is build output, ignored by git: always "dirty".
    flags.push("--allow-dirty");
    match &args.registry {
        None => {
            println!("== cargo package: the runtime and the generated clients, standalone");
            cargo(&scratch, &["package", "--workspace"], &flags)
        }
        Some(registry) => {
            println!("== cargo publish --registry {registry}: the runtime, then the clients");
            let publish = ["publish", "--workspace", "--registry", registry];
            cargo(&scratch, &publish, &flags)
        }
    }
}

fn write_scratch_workspace(root: &Path, scratch: &Path, registry: Option<&str>) -> Result<()> {
    let runtime = scratch.join(RUNTIME_FOLDER);
    copy_tree(&runtime_dir(), &runtime)?;
    let package = PackageArgs {
        runtime_path: Some(runtime.clone()),
        runtime_registry: registry.map(str::to_string),
        ..PackageArgs::default()
    };
    let mut members = vec![RUNTIME_FOLDER.to_string()];
    for (document, folder) in CLIENTS {
        let generated = generate_crate(&root.join(document), &scratch.join(folder), &package)
            .with_context(|| format!("generating {document}"))?;
        println!(
            "{} {} <- {document}",
            generated.crate_name, generated.version
        );
        members.push(folder.to_string());
    }
    let list: Vec<String> = members.iter().map(|m| format!("{m:?}")).collect();
    std::fs::write(
        scratch.join("Cargo.toml"),
        format!(
            "# Written by `cargo xtask package`: the crates as a registry serves them.\n\
             [workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            list.join(", ")
        ),
    )?;
    // The project's dependency versions, so packaging builds what the tests built.
    std::fs::copy(root.join("Cargo.lock"), scratch.join("Cargo.lock"))?;
    Ok(())
}

/// Removes what cargo unpacked from an earlier run's packages. `cargo package` verifies a
/// crate against the others it packages through a registry in a folder of the target
/// directory, and unpacks them under `$CARGO_HOME/registry/src/-<hash>/` (a registry with no
/// host); the hash depends only on that folder, and cargo does not unpack a version it finds
/// there again. So a second run at the same version would build the first run's sources.
fn forget_packaged_sources() -> Result<()> {
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")));
    let Some(sources) = cargo_home.map(|home| home.join("registry/src")) else {
        return Ok(());
    };
    let Ok(registries) = std::fs::read_dir(&sources) else {
        return Ok(());
    };
    for registry in registries {
        let registry = registry?.path();
        let local = registry
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('-'));
        if !local {
            continue;
        }
        for unpacked in std::fs::read_dir(&registry)? {
            let unpacked = unpacked?.path();
            let ours = unpacked
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("discogen") || n.starts_with("google-"));
            if ours && unpacked.is_dir() {
                std::fs::remove_dir_all(&unpacked)
                    .with_context(|| format!("removing {}", unpacked.display()))?;
            }
        }
    }
    Ok(())
}

/// Removes the build fingerprints of our crates from the shared target folder. Cargo takes
/// a registry's crate for immutable, so a build of `discogen 0.1.0` from the verify registry
/// counts as fresh whatever that version holds now; without its fingerprint it is built
/// again. (Path builds of the same crates lose theirs too, and are rebuilt once.)
fn forget_packaged_builds(target: &Path) -> Result<()> {
    let fingerprints = target.join("debug/.fingerprint");
    let Ok(entries) = std::fs::read_dir(&fingerprints) else {
        return Ok(());
    };
    for entry in entries {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        // `discogen-<hash>`, `discogen-runtime-<hash>`, `google-photoslibrary-v1-<hash>`…
        let package = name.rsplit_once('-').map_or(name, |(package, _)| package);
        let ours = package == "discogen"
            || package == "discogen-runtime"
            || package == "discogen-cli"
            || package.starts_with("google-");
        if ours && path.is_dir() {
            std::fs::remove_dir_all(&path)
                .with_context(|| format!("removing {}", path.display()))?;
        }
    }
    Ok(())
}

/// Copies the runtime's sources (build output left out) to `to`, replacing what was there.
fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    if to.exists() {
        std::fs::remove_dir_all(to)?;
    }
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let path = entry?.path();
        let name = path.file_name().context("a named entry")?;
        if name == "target" {
            continue;
        }
        let target: PathBuf = to.join(name);
        if path.is_dir() {
            copy_tree(&path, &target)?;
        } else {
            std::fs::copy(&path, &target)?;
        }
    }
    Ok(())
}

/// Runs cargo in `dir` with the workspace's target folder, so packaging reuses what the
/// build already compiled.
fn cargo(dir: &Path, args: &[&str], more: &[&str]) -> Result<()> {
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(args)
        .args(more)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", workspace_root().join("target"))
        // A packaged crate is built as a workspace of its own, without this workspace's
        // `debug = false` for dependencies; the same setting here keeps those builds as
        // cheap, and lets them reuse what the workspace built with the same features.
        .env("CARGO_PROFILE_DEV_DEBUG", "false")
        .status()
        .with_context(|| format!("running cargo {}", args.join(" ")))?;
    if !status.success() {
        bail!(
            "cargo {} failed in {} ({status})",
            args.join(" "),
            dir.display()
        );
    }
    Ok(())
}
