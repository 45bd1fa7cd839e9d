//! `cargo xtask package`: the crates a user gets from a registry, packaged as `cargo
//! package` checks them, and with `--registry NAME` published there.
//!
//! The runtime, the generator, the CLI, the two generated Photos clients and the Photos crate
//! on top of them are packaged from the workspace as they are: a generated crate holds only
//! what the generator wrote, so what ships is what the tests compiled. Beside them, a crate
//! generated from a corpus document as `discogen generate` writes any other is packaged from
//! a scratch workspace, `target/package-workspace/`, with a copy of the runtime.
//!
//! Publishing to a registry other than crates.io (`--registry NAME`, as the publishing test
//! does) stages the same files in `target/publish-workspace/`: a dependency of one of these
//! crates on another must then name that registry, which cargo would otherwise look up on
//! crates.io, so the staged manifests say `registry = "NAME"` for them, and leave out the
//! dev-dependencies, which a published crate does not carry.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};
use discogen_cli::generate::{generate_crate, PackageArgs};

use crate::codegen::{runtime_dir, workspace_root};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Publish the runtime, the Photos clients and the Photos crate to this registry of the
    /// cargo configuration (`[registries.NAME]`, or `CARGO_REGISTRIES_NAME_INDEX`) instead
    /// of only packaging them. The generator and CLI are published with
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

/// What a user of the Photos APIs gets, in the order they depend on each other.
const PHOTOS: &[&str] = &[
    "discogen-runtime",
    "google-photoslibrary-v1",
    "google-photospicker-v1",
    "google-photos",
];

/// The document of the crate packaged as `discogen generate` writes any other, and its
/// folder in the scratch workspace.
const STANDALONE: (&str, &str) = ("examples/build-script/tasks.v1.json", "tasks");

const RUNTIME_FOLDER: &str = "discogen-runtime";

pub fn run(args: Args) -> Result<()> {
    let root = workspace_root();
    forget_packaged_sources()?;
    forget_packaged_builds(&root.join("target"))?;
    let mut flags = vec![];
    if args.no_verify {
        flags.push("--no-verify");
    }
    if args.allow_dirty {
        flags.push("--allow-dirty");
    }
    let packages: Vec<&str> = PHOTOS.iter().flat_map(|p| ["-p", p]).collect();
    if let Some(registry) = &args.registry {
        println!(
            "== cargo publish --registry {registry}: {}",
            PHOTOS.join(", ")
        );
        let staged = root.join("target/publish-workspace");
        stage_for_registry(&root, &staged, registry)?;
        // The staged workspace is build output, ignored by git: always "dirty".
        if !args.allow_dirty {
            flags.push("--allow-dirty");
        }
        let publish = ["publish", "--workspace", "--registry", registry];
        return cargo(&staged, &publish, &flags);
    }
    println!("== cargo package: the runtime, the generator, the CLI, the Photos crates");
    let tools = ["-p", "discogen", "-p", "discogen-cli"];
    let package = [&["package", "--locked"][..], &packages, &tools].concat();
    cargo(&root, &package, &flags)?;
    let scratch = root.join("target/package-workspace");
    write_scratch_workspace(&root, &scratch)?;
    println!("== cargo package: a crate as `discogen generate` writes it, standalone");
    // The scratch workspace is build output, ignored by git: always "dirty".
    let mut scratch_flags = flags.clone();
    scratch_flags.push("--allow-dirty");
    cargo(&scratch, &["package", "--workspace"], &scratch_flags)
}

/// The folders of [`PHOTOS`], in the workspace.
const PHOTOS_FOLDERS: &[&str] = &["runtime", "generated", "picker", "photos"];

/// Copies the Photos crates to `staged`, their dependencies on each other taken from
/// `registry`, without dev-dependencies, in a workspace of their own.
fn stage_for_registry(root: &Path, staged: &Path, registry: &str) -> Result<()> {
    if staged.exists() {
        std::fs::remove_dir_all(staged)?;
    }
    for folder in PHOTOS_FOLDERS {
        let to = staged.join(folder);
        copy_tree(&root.join(folder), &to)?;
        let manifest = to.join("Cargo.toml");
        let text = std::fs::read_to_string(&manifest)?;
        let mut doc: toml_edit::DocumentMut = text
            .parse()
            .with_context(|| format!("parsing {}", manifest.display()))?;
        doc.remove("dev-dependencies");
        if let Some(dependencies) = doc
            .get_mut("dependencies")
            .and_then(|d| d.as_table_like_mut())
        {
            for (name, dependency) in dependencies.iter_mut() {
                let ours = PHOTOS.contains(&name.get());
                if let (true, Some(table)) = (ours, dependency.as_table_like_mut()) {
                    table.insert("registry", toml_edit::value(registry));
                }
            }
        }
        std::fs::write(&manifest, doc.to_string())?;
    }
    let members: Vec<String> = PHOTOS_FOLDERS.iter().map(|f| format!("{f:?}")).collect();
    std::fs::write(
        staged.join("Cargo.toml"),
        format!(
            "# Written by `cargo xtask package --registry {registry}`: the crates as published \
             there.\n[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )?;
    std::fs::copy(root.join("Cargo.lock"), staged.join("Cargo.lock"))?;
    Ok(())
}

fn write_scratch_workspace(root: &Path, scratch: &Path) -> Result<()> {
    let runtime = scratch.join(RUNTIME_FOLDER);
    copy_tree(&runtime_dir(), &runtime)?;
    let package = PackageArgs {
        runtime_path: Some(runtime.clone()),
        ..PackageArgs::default()
    };
    let (document, folder) = STANDALONE;
    let generated = generate_crate(&root.join(document), &scratch.join(folder), None, &package)
        .with_context(|| format!("generating {document}"))?;
    println!(
        "{} {} <- {document}",
        generated.crate_name, generated.version
    );
    std::fs::write(
        scratch.join("Cargo.toml"),
        format!(
            "# Written by `cargo xtask package`: a crate as a registry serves it.\n\
             [workspace]\nresolver = \"2\"\nmembers = [{RUNTIME_FOLDER:?}, {folder:?}]\n"
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
