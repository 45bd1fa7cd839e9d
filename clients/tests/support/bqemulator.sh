#!/usr/bin/env bash
# The BigQuery emulator (PyPI `bqemulator` 1.4.0) for clients/tests/bigquery_emulator.rs,
# run offline: installed once into a private venv, then started in the foreground.
#
#   bash clients/tests/support/bqemulator.sh PORT        # REST on 127.0.0.1:PORT
#   bash clients/tests/support/bqemulator.sh 0           # REST on a random free port (see the
#                                                        # '"event": "rest.listen"' log line)
#   bash clients/tests/support/bqemulator.sh --install   # only install (what .ci/run does)
#
# Ready when GET http://127.0.0.1:PORT/readyz answers 200. REST is under
# /bigquery/v2/projects/{projectId}/..., uploads under /upload/bigquery/v2/...; no auth is
# checked and any project id works. gRPC (Storage Read/Write API) gets a random free port, so
# several emulators can run at once.
#
# Why the pins: at start bqemulator runs `INSTALL spatial; LOAD spatial` and refuses to start
# without it, and INSTALL downloads DuckDB's spatial extension. The PyPI wheel
# duckdb-extension-spatial==1.5.5 ships the official signed extension, which loads only into
# duckdb 1.5.5 (unpinned, pip picks a duckdb for which no such wheel exists). It is installed
# once into a private DuckDB home (HOME of the emulator only; DuckDB looks in
# $HOME/.duckdb/extensions), so bqemulator's own INSTALL finds it and needs no network.
# numpy is needed at start but not declared by bqemulator. Its best-effort attempt to install
# the avro extension is turned off (BQEMU_ENABLE_FORMAT_EXTENSIONS=false).
#
# Env: BQ_VENV (default: $TMPDIR or /tmp, then discogen-bqemulator-1.4.0), BQ_DUCKDB_HOME
# (default $BQ_VENV/duckdb-home), PYTHON (default python3), BQEMU_* (any bqemulator setting).
set -euo pipefail

usage="usage: bqemulator.sh PORT (0 = a random free port) | bqemulator.sh --install"
ARG="${1:?$usage}"
BQ_VENV="${BQ_VENV:-${TMPDIR:-/tmp}/discogen-bqemulator-1.4.0}"
BQ_DUCKDB_HOME="${BQ_DUCKDB_HOME:-$BQ_VENV/duckdb-home}"
PYTHON="${PYTHON:-python3}"
PINS=(bqemulator==1.4.0 duckdb==1.5.5 duckdb-extension-spatial==1.5.5 numpy==2.4.6)
SPATIAL_DONE="$BQ_DUCKDB_HOME/.spatial-1.5.5-installed"

installed() {
    [ -f "$SPATIAL_DONE" ] && "$BQ_VENV/bin/python" - 2>/dev/null <<'PY'
import sys
from importlib.metadata import version
want = {"bqemulator": "1.4.0", "duckdb": "1.5.5", "duckdb-extension-spatial": "1.5.5", "numpy": "2.4.6"}
sys.exit(any(version(name) != v for name, v in want.items()))
PY
}

install() {
    # 1. The venv with the pinned packages (the only step that needs PyPI).
    echo "bqemulator.sh: installing ${PINS[*]} into $BQ_VENV" >&2
    "$PYTHON" -m venv "$BQ_VENV"
    "$BQ_VENV/bin/pip" install --quiet --disable-pip-version-check "${PINS[@]}" >&2
    # 2. The wheel's spatial extension into the private DuckDB home; no network.
    mkdir -p "$BQ_DUCKDB_HOME"
    HOME="$BQ_DUCKDB_HOME" "$BQ_VENV/bin/python" - <<'PY'
import os, duckdb, duckdb_extension_spatial
src = os.path.join(os.path.dirname(duckdb_extension_spatial.__file__),
                   "extensions", "v" + duckdb.__version__, "spatial.duckdb_extension")
con = duckdb.connect()
con.execute(f"INSTALL '{src}'")
con.execute("LOAD spatial")
PY
    touch "$SPATIAL_DONE"
}

# Once, under a lock: tests start several emulators at the same time.
if ! installed; then
    mkdir -p "$(dirname "$BQ_VENV")"
    exec 9>"$BQ_VENV.lock"
    flock 9
    installed || install
    exec 9>&-
fi
[ "$ARG" = "--install" ] && exit 0

# 3. Run in the foreground: exec, so the caller's child is the server and a signal stops it.
export HOME="$BQ_DUCKDB_HOME"
export BQEMU_ENABLE_FORMAT_EXTENSIONS="${BQEMU_ENABLE_FORMAT_EXTENSIONS:-false}"
exec "$BQ_VENV/bin/bqemulator" start \
    --rest-host 127.0.0.1 --rest-port "$ARG" \
    --grpc-host 127.0.0.1 --grpc-port 0 \
    --ephemeral
