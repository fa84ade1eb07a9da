#!/usr/bin/env bash
# Sightline developer entry point.
#   scripts/dev.sh run    set up what is missing, build the release, run on the embedded SQLite
#   scripts/dev.sh test   set up what is missing, then run every check and test
#   scripts/dev.sh bench  print the page-load and journey figures (5 runs), the tracking
#                         cost with the customer's CPU 4x slower, the tracker's error per
#                         synthetic sequence natively and in Chromium, and the latency of
#                         every action with 1,000 live sessions
#   scripts/dev.sh fuzz   fuzz every decoder and parser for 10 minutes (FUZZ_SECONDS)
# Every step installs only what is missing, so a second run skips straight to the work.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$ROOT/end2end/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
LEPTOS_VERSION=0.3.5

step() { printf '\n==> %s\n' "$*"; }

need_root_apt() {
  # $1: command to look for, $2: Debian package
  if ! command -v "$1" >/dev/null 2>&1; then
    step "installing $2 (Debian)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
  fi
}

setup_rust() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! cargo leptos --version 2>/dev/null | grep -q " $LEPTOS_VERSION"; then
    # Its own release profile (fat LTO, one codegen unit) takes 18 minutes on two cores;
    # opt-level 1 without LTO builds in about 10, and the tool only orchestrates the build.
    step "installing cargo-leptos $LEPTOS_VERSION (about 10 minutes the first time)"
    CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_OPT_LEVEL=1 \
      CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
      cargo install cargo-leptos --version "$LEPTOS_VERSION" --locked --features no_downloads
  fi
  local want
  want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    step "installing wasm-bindgen-cli $want (the version in Cargo.lock)"
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

setup_node() {
  # binaryen (wasm-opt 132; Debian's 108 breaks Leptos bundles) and Playwright.
  if [ ! -f end2end/node_modules/.stamp ] || [ end2end/package-lock.json -nt end2end/node_modules/.stamp ]; then
    step "installing end2end npm packages"
    (cd end2end && npm ci --no-audit --no-fund --loglevel=error)
    touch end2end/node_modules/.stamp
  fi
}

# Everything the release build reads, hashed: the build is skipped when it is unchanged.
inputs_hash() {
  find Cargo.toml Cargo.lock .cargo app server crates style public -type f \
    -not -path '*/node_modules/*' -not -name '*.orig' -print0 |
    sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
}

build_release() {
  local stamp=target/site/.inputs hash
  hash=$(inputs_hash)
  if [ -x target/release/sightline ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ]; then
    step "the release build is up to date (nothing changed since it was built)"
    return
  fi
  step "building the release (server + browser bundles, precompressed)"
  cargo leptos build --release --precompress
  echo "$hash" >"$stamp"
}

cmd_run() {
  setup_rust
  setup_node
  build_release
  step "starting Sightline on the embedded SQLite database (data/sightline.db)"
  exec target/release/sightline serve
}

cmd_test() {
  setup_rust
  setup_node
  need_root_apt chromium chromium
  need_root_apt ip iproute2
  need_root_apt ffprobe ffmpeg
  # The real-network tests: a router namespace, delay and loss in user space, ping.
  need_root_apt python3 python3
  need_root_apt ping iputils-ping

  step "formatting"
  cargo fmt --all -- --check
  step "unit and server integration tests"
  cargo test --release --workspace
  step "clippy (server build and browser build)"
  cargo clippy --release --workspace --all-targets -- -D warnings
  cargo clippy --release -p app -p customer -p customer-board -p console --features hydrate \
    --target wasm32-unknown-unknown -- -D warnings

  build_release
  write_cameras
  step "end-to-end tests in Chromium, inside a private network namespace"
  unshare --net bash -c "$ISOLATED_NET && cd end2end && npx playwright test"

  # Every benchmark once, so that one a change breaks fails here; no figure is asserted.
  step "benchmarks, once each (smoke run)"
  cargo test --release -q -p tracker -p server --benches
  SEQUENCE=plain sh crates/tracker-web/bench/sequences.sh target/track-sequences
  unshare --net bash -c "$ISOLATED_NET && cd end2end && RUNS=1 node bench/customer-journey.mjs"
}

# A network namespace of our own: loopback, plus a veth pair that leads nowhere so that
# Chromium sees a network (navigator.onLine is true and the page gets real offline/online
# events when a test takes a context offline). Nothing can leave the namespace.
ISOLATED_NET='ip link set lo up && ip link add sl0 type veth peer name sl1 && ip addr add 10.203.0.1/30 dev sl0 && ip link set sl0 up && ip link set sl1 up'

# The generated scenes the tracking tests use as the customer's camera, unless written.
write_cameras() {
  if [ ! -f target/e2e-camera/camera.y4m ] || [ ! -f target/e2e-camera/camera-hard.y4m ]; then
    step "writing the moving scenes the tracking tests use as the customer's camera"
    cargo run --release -q -p tracker --example camera -- target/e2e-camera
  fi
}

cmd_bench() {
  setup_node
  [ -x target/release/sightline ] || { setup_rust; build_release; }
  step "page-load and journey figures (release build, 5 runs, private network namespace)"
  unshare --net bash -c "$ISOLATED_NET && cd end2end && node bench/customer-journey.mjs"
  step "tracking on both pages with the customer's CPU 4x slower, as on a phone (follow.spec.ts)"
  write_cameras
  unshare --net bash -c "$ISOLATED_NET && cd end2end && FOLLOW_CUSTOMER_CPU=4 npx playwright test --project=chromium tests/follow.spec.ts"
  setup_rust
  step "the tracker's error on every synthetic sequence, natively and in Chromium"
  cargo run --release -q -p tracker --example report
  sh crates/tracker-web/bench/sequences.sh target/track-sequences
  step "latency of every action with 1,000 live sessions (server/benches/latency.rs)"
  cargo test --release -q -p server --bench latency -- --bench
}

cmd_fuzz() {
  setup_rust
  step "fuzzing decoders and parsers for ${FUZZ_SECONDS:-600} s per target (app/tests/fuzz.rs)"
  FUZZ_SECONDS=${FUZZ_SECONDS:-600} cargo test --release -q -p app --features ssr --test fuzz -- --nocapture --test-threads 6
}

case "${1:-}" in
  run) cmd_run ;;
  test) cmd_test ;;
  bench) cmd_bench ;;
  fuzz) cmd_fuzz ;;
  *) echo "usage: $0 run|test|bench|fuzz" >&2; exit 2 ;;
esac
