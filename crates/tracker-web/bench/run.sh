#!/bin/sh
# Chromium benchmark of Sightline's tracker against OpenCV.js, interleaved in one invocation, on
# the track-anchor harness (../shared/bench/track-anchor): it copies the harness to a work dir,
# adds our page and WASM as the configuration `sightline-640`, and runs it with `640-affine2d`.
# usage: sh crates/tracker-web/bench/run.sh [HARNESS=../shared/bench/track-anchor] [WORKDIR=/tmp/track-sightline] [RUNS=5]
set -eu
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
HARNESS=$(cd "${1:-$ROOT/../shared/bench/track-anchor}" && pwd)
WORK=${2:-/tmp/track-sightline}
RUNS=${3:-5}
. "$ROOT/crates/tracker-web/bench/build.sh"
build_tracker_web "$WORK/web/sightline"
mkdir -p "$WORK/tmp"

cp "$HARNESS"/*.mjs "$HARNESS/package.json" "$WORK/"
cp "$HARNESS"/web/* "$WORK/web/"
cp "$ROOT"/crates/tracker-web/bench/bench-sightline.* "$WORK/web/"
cd "$WORK"
chmod -R u+w .
# Our configuration, next to the harness's own.
node -e '
const fs = require("fs");
const f = "run-bench.mjs";
let s = fs.readFileSync(f, "utf8");
const line = "  { name: \"sightline-640\", y4m: \"/moving.y4m\", page: \"bench-sightline.html\", api: \"benchSightline\", optIn: true },\n";
if (!s.includes("sightline-640")) s = s.replace("].filter((c) =>", line + "].filter((c) =>");
fs.writeFileSync(f, s);
'
export TMPDIR="$WORK/tmp"
[ -d node_modules/@techstark ] || npm install --no-audit --no-fund
{ [ -f moving.y4m ] && [ -f gt.json ]; } || node gen-sequence.mjs . 301
node run-bench.mjs "$RUNS" results.json "640-affine2d,sightline-640"
node summarize.mjs results.json
