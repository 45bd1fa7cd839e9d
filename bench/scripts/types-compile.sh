#!/usr/bin/env bash
# What a change to the generated types costs in compile time, at two revisions of this
# repository, in one run (so the ratio compares like with like):
#   - the Photos Library crate (`generated/`), built in debug and in release;
#   - `cargo check` of the Compute Engine v1 crate, generated from the corpus document by
#     each revision's own generator (the biggest document of the corpus: 900+ types).
#
#   bench/scripts/types-compile.sh BEFORE [AFTER]      # AFTER defaults to HEAD; RUNS=3
#
# Each side is a git worktree under target/types-compile/ with a workspace of its own that
# holds both crates, and its own target directory. A warm-up build compiles every dependency;
# each timed build follows `cargo clean -p` of the measured crate only (the runtime crate and
# everything else stay warm). CARGO_INCREMENTAL=0, as for dependencies from a registry.
# Prints the median per side and measure, and after/before, plus each crate's line count.
set -euo pipefail
before=${1:?usage: types-compile.sh BEFORE [AFTER]}
after=${2:-HEAD}
runs=${RUNS:-3}
root=$(git rev-parse --show-toplevel)
work=$root/target/types-compile
mkdir -p "$work"
export CARGO_INCREMENTAL=0 CARGO_TERM_COLOR=never

setup() { # side rev
    local side=$1 rev=$2 tree=$work/$1-tree ws=$work/$1-ws
    git -C "$root" worktree remove --force "$tree" 2>/dev/null || true
    git -C "$root" worktree add --quiet --detach "$tree" "$rev"
    rm -rf "$ws" && mkdir -p "$ws"
    # Standalone crates (extras copied in): `discogen generate` from the CLI crate on,
    # `xtask generate` before it.
    local generator=(-p xtask -- generate)
    [ -f "$tree/cli/Cargo.toml" ] && generator=(-p discogen-cli --bin discogen -- generate)
    # The runtime's folder: `runtime/` from 7fc0036 on, `generator/runtime/` before.
    local runtime=$tree/runtime
    [ -d "$runtime/src" ] || runtime=$tree/generator/runtime
    for doc in generator/tests/corpus/compute.v1.json:compute discovery/photoslibrary.v1.json:photos; do
        cargo run --quiet --manifest-path "$tree/Cargo.toml" --target-dir "$work/xtask-target" \
            "${generator[@]}" "$tree/${doc%%:*}" --out "$ws/${doc##*:}" \
            --runtime-path "$runtime" >/dev/null
    done
    printf '[workspace]\nmembers = ["photos", "compute"]\nresolver = "2"\n' > "$ws/Cargo.toml"
    cp "$tree/Cargo.lock" "$ws/Cargo.lock"
}

timed() { # side command package [flag]
    local ws=$work/$1-ws target=$work/$1-target
    cargo clean --quiet --manifest-path "$ws/Cargo.toml" --target-dir "$target" ${4:-} -p "$3"
    local start end
    start=$(date +%s.%N)
    cargo "$2" --quiet --manifest-path "$ws/Cargo.toml" --target-dir "$target" ${4:-} -p "$3"
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

setup before "$before"
setup after "$after"
echo "warming up (everything but the measured crates is built once per side)"
for side in before after; do
    ws=$work/$side-ws
    cargo build --quiet --manifest-path "$ws/Cargo.toml" --target-dir "$work/$side-target" -p google-photoslibrary-v1
    cargo build --quiet --manifest-path "$ws/Cargo.toml" --target-dir "$work/$side-target" --release -p google-photoslibrary-v1
    cargo check --quiet --manifest-path "$ws/Cargo.toml" --target-dir "$work/$side-target" -p google-compute-v1
done
printf '| measure | before (%s) | after (%s) | after / before |\n|---|---:|---:|---:|\n' \
    "$(git -C "$root" rev-parse --short "$before")" "$(git -C "$root" rev-parse --short "$after")"
measure() { # label command package [flag]
    local b=() a=()
    for _ in $(seq "$runs"); do
        b+=("$(timed before "$2" "$3" "${4:-}")")
        a+=("$(timed after "$2" "$3" "${4:-}")")
    done
    local mb ma
    mb=$(printf '%s\n' "${b[@]}" | median)
    ma=$(printf '%s\n' "${a[@]}" | median)
    printf '| %s | %.2f s | %.2f s | %.2f× |\n' "$1" "$mb" "$ma" "$(echo "$ma / $mb" | bc -l)"
}
measure "Photos crate, cargo build (debug)" build google-photoslibrary-v1
measure "Photos crate, cargo build --release" build google-photoslibrary-v1 --release
measure "compute.v1 crate, cargo check" check google-compute-v1
lines() { find "$1" -name '*.rs' -exec cat {} + | wc -l; }
printf '| lines, Photos crate | %s | %s | |\n' "$(lines "$work/before-ws/photos/src")" "$(lines "$work/after-ws/photos/src")"
printf '| lines, compute.v1 crate | %s | %s | |\n' "$(lines "$work/before-ws/compute/src")" "$(lines "$work/after-ws/compute/src")"
for side in before after; do git -C "$root" worktree remove --force "$work/$side-tree"; done
