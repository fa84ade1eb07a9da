#!/bin/sh
# The tracker's error on every synthetic sequence (crates/tracker/src/synth.rs) in Chromium:
# the WASM build of crates/tracker-web generates each sequence in the page, tracks it and
# scores it against its ground truth with the same code as the native report
# (`cargo run -p tracker --release --example report`), and prints the same table.
# usage: [SEQUENCE=plain] sh crates/tracker-web/bench/sequences.sh [WORKDIR=/tmp/track-sequences]
set -eu
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
WORK=${1:-/tmp/track-sequences}
. "$ROOT/crates/tracker-web/bench/build.sh"
build_tracker_web "$WORK/web/sightline"
cp "$ROOT/crates/tracker-web/bench/sequences.html" "$WORK/web/"
NODE_PATH="$ROOT/end2end/node_modules" node "$ROOT/crates/tracker-web/bench/sequences.mjs" "$WORK/web"
