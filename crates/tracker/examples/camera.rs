//! Write the fake cameras of the browser tests: the plain and the hard sequence with each
//! frame's number stamped in its bottom rows (`Synth::stamp`), and their ground truth.
//!
//! `cargo run -p tracker --release --example camera -- OUTDIR`
//!
//! Writes `OUTDIR/camera.y4m` (for `--use-file-for-fake-video-capture`) and
//! `OUTDIR/camera_gt.json` (per frame: transform frame 0 → k, anchors, corners), and the same
//! for the hard sequence as `camera-hard` (its object leaves the picture and comes back).

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use tracker::synth::{HEIGHT, Synth, Variant, WIDTH};

fn main() -> std::io::Result<()> {
    let out = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".into()));
    std::fs::create_dir_all(&out)?;
    // The hard one first: `camera.y4m`'s presence says both are complete.
    write(&out, Variant::Hard, "camera-hard")?;
    write(&out, Variant::Plain, "camera")
}

/// Writes `OUTDIR/NAME.y4m` and `OUTDIR/NAME_gt.json`.
fn write(out: &Path, variant: Variant, name: &str) -> std::io::Result<()> {
    let synth = Synth::standard(variant);
    let mut frames = synth.render_all();
    for (k, f) in frames.chunks_exact_mut(WIDTH * HEIGHT).enumerate() {
        Synth::stamp(k, f);
    }
    // Ground truth first: the y4m's presence says both are complete.
    std::fs::write(out.join(format!("{name}_gt.json")), synth.gt_json())?;
    let part = out.join(format!("{name}.y4m.part"));
    let mut y4m = BufWriter::new(File::create(&part)?);
    synth.write_y4m(&frames, &mut y4m)?;
    y4m.flush()?;
    drop(y4m);
    std::fs::rename(&part, out.join(format!("{name}.y4m")))?;
    println!(
        "{} frames 640x480 ({}) -> {}/{name}.y4m, {name}_gt.json",
        synth.n_frames,
        variant.name(),
        out.display()
    );
    Ok(())
}
