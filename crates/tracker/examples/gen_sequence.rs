//! Write the synthetic benchmark sequences with ground truth.
//!
//! `cargo run -p tracker --release --example gen_sequence -- OUTDIR [NFRAMES]`
//!
//! For each variant (`plain`, `hard`): `<variant>.gray` (NFRAMES concatenated 640×480 8-bit
//! frames), `<variant>.y4m` (4:2:0, mid-grey chroma; Chromium's fake camera accepts it) and
//! `<variant>_gt.json` (per frame: transform frame 0 → k, anchors, corners, in-view flags).

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use tracker::synth::{STANDARD_SEED, Synth, Variant};

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(args.next().unwrap_or_else(|| ".".into()));
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(301);
    std::fs::create_dir_all(&out)?;
    for variant in [Variant::Plain, Variant::Hard] {
        let synth = Synth::new(variant, n, STANDARD_SEED);
        let frames = synth.render_all();
        let name = variant.name();
        File::create(out.join(format!("{name}.gray")))?.write_all(&frames)?;
        let mut y4m = BufWriter::new(File::create(out.join(format!("{name}.y4m")))?);
        synth.write_y4m(&frames, &mut y4m)?;
        y4m.flush()?;
        std::fs::write(out.join(format!("{name}_gt.json")), synth.gt_json())?;
        println!(
            "{name}: {n} frames 640x480 -> {}/{name}.{{gray,y4m}}, {name}_gt.json",
            out.display()
        );
    }
    Ok(())
}
