#!/usr/bin/env bash
# Build time of one program that uses the Photos Library, Drive and Cloud Storage clients,
# at two revisions of this repository, in one run (so the ratio compares like with like).
#
#   bench/scripts/three-clients.sh BEFORE [AFTER]      # AFTER defaults to HEAD; RUNS=3
#
# Each side is a git worktree of its revision under target/three-clients/ with a program
# crate beside it and a target directory of its own. A warm-up build compiles everything;
# each timed build then follows `cargo clean -p` of the three client crates, the runtime
# crate (where the revision has one) and the program, so every other dependency stays warm.
# CARGO_INCREMENTAL=0, as for dependencies from a registry. Prints the median per side and
# profile, and after/before.
set -euo pipefail
before=${1:?usage: three-clients.sh BEFORE [AFTER]}
after=${2:-HEAD}
runs=${RUNS:-3}
root=$(git rev-parse --show-toplevel)
work=$root/target/three-clients
mkdir -p "$work"
export CARGO_INCREMENTAL=0 CARGO_TERM_COLOR=never

setup() { # side rev
    local side=$1 rev=$2 tree=$work/$1-tree program=$work/$1-program
    git -C "$root" worktree remove --force "$tree" 2>/dev/null || true
    git -C "$root" worktree add --quiet --detach "$tree" "$rev"
    mkdir -p "$program/src"
    cat > "$program/Cargo.toml" <<TOML
[package]
name = "three-clients"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

[dependencies]
google-photoslibrary-v1 = { path = "$tree/generated" }
google-drive-v3 = { path = "$tree/generator/tests/clients/drive-v3" }
google-storage-v1 = { path = "$tree/generator/tests/clients/storage-v1" }
tokio = { version = "1", features = ["macros", "rt"] }

[profile.dev.package."*"]
debug = false
TOML
    cp "$tree/Cargo.lock" "$program/Cargo.lock"
    cat > "$program/src/main.rs" <<'RUST'
use google_drive_v3 as drive;
use google_photoslibrary_v1 as photos;
use google_storage_v1 as storage;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let base = std::env::args().nth(1).unwrap_or_else(|| "http://127.0.0.1:9/".into());
    let p = photos::Client::builder()
        .base_url(&base)
        .token_provider(photos::rt::auth::StaticToken::new("t"))
        .build()
        .unwrap();
    let d = drive::Client::builder()
        .base_url(&base)
        .token_provider(drive::rt::auth::StaticToken::new("t"))
        .build()
        .unwrap();
    let s = storage::Client::builder()
        .base_url(&base)
        .token_provider(storage::rt::auth::StaticToken::new("t"))
        .build()
        .unwrap();
    let albums = p.albums().list().page_size(5).send().await.map(|r| r.albums);
    let file = d.files().get("x").send().await.map(|f| f.name);
    let objects = s.objects().list("b").send().await.map(|o| o.items);
    println!("{} {} {}", albums.is_ok(), file.is_ok(), objects.is_ok());
}
RUST
}

packages() { # side
    local list="-p google-photoslibrary-v1 -p google-drive-v3 -p google-storage-v1 -p three-clients"
    # The runtime's folder: `runtime/` from 7fc0036 on, `generator/runtime/` before.
    if [ -d "$work/$1-tree/runtime/src" ] || [ -d "$work/$1-tree/generator/runtime/src" ]; then
        list="$list -p discogen-runtime"
    fi
    echo "$list"
}

timed_build() { # side profile-flag
    local program=$work/$1-program target=$work/$1-target
    # shellcheck disable=SC2046
    cargo clean --quiet --manifest-path "$program/Cargo.toml" --target-dir "$target" $2 $(packages "$1")
    local start end
    start=$(date +%s.%N)
    cargo build --quiet --manifest-path "$program/Cargo.toml" --target-dir "$target" $2
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

setup before "$before"
setup after "$after"
echo "warming up (everything but the measured crates is built once per side)"
for side in before after; do
    for flag in "" "--release"; do
        cargo build --quiet --manifest-path "$work/$side-program/Cargo.toml" \
            --target-dir "$work/$side-target" $flag
    done
done
printf '| profile | before (%s) | after (%s) | after / before |\n|---|---:|---:|---:|\n' \
    "$(git -C "$root" rev-parse --short "$before")" "$(git -C "$root" rev-parse --short "$after")"
for flag in "" "--release"; do
    b=(); a=()
    for _ in $(seq "$runs"); do
        b+=("$(timed_build before "$flag")")
        a+=("$(timed_build after "$flag")")
    done
    mb=$(printf '%s\n' "${b[@]}" | median)
    ma=$(printf '%s\n' "${a[@]}" | median)
    printf '| %s | %.1f s | %.1f s | %.2f× |\n' "${flag:-debug}" "$mb" "$ma" "$(echo "$ma / $mb" | bc -l)"
done
for side in before after; do git -C "$root" worktree remove --force "$work/$side-tree"; done
