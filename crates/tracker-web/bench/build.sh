# Sourced by the benchmarks: builds crates/tracker-web for the browser (release, wasm SIMD, its
# own target dir for the other flags) and writes its wasm-bindgen module to $1.
build_tracker_web() {
  export PATH="$HOME/.cargo/bin:$PATH"
  RUSTFLAGS="-C target-feature=+simd128" cargo build --manifest-path "$ROOT/Cargo.toml" \
    --release --target wasm32-unknown-unknown -p tracker-web --target-dir "$ROOT/target/tracker-wasm"
  mkdir -p "$1"
  wasm-bindgen --target web --no-typescript --out-dir "$1" \
    "$ROOT/target/tracker-wasm/wasm32-unknown-unknown/release/tracker_web.wasm"
  ls -l "$1"
}
