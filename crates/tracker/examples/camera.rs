//! Write the fake camera of the browser tests: the plain sequence with each frame's number
//! stamped in its bottom rows (`Synth::stamp`), and its ground truth.
//!
//! `cargo run -p tracker --release --example camera -- OUTDIR`
//!
//! Writes `OUTDIR/camera.y4m` (for `--use-file-for-fake-video-capture`) and
//! `OUTDIR/camera_gt.json` (per frame: transform frame 0 → k, anchors, corners).

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use tracker::synth::{HEIGHT, Synth, Variant, WIDTH};

fn main() -> std::io::Result<()> {
    let out = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| ".".into()));
    std::fs::create_dir_all(&out)?;
    let synth = Synth::standard(Variant::Plain);
    let mut frames = synth.render_all();
    for (k, f) in frames.chunks_exact_mut(WIDTH * HEIGHT).enumerate() {
        Synth::stamp(k, f);
    }
    // Ground truth first: the y4m's presence says both are complete.
    std::fs::write(out.join("camera_gt.json"), synth.gt_json())?;
    let part = out.join("camera.y4m.part");
    let mut y4m = BufWriter::new(File::create(&part)?);
    synth.write_y4m(&frames, &mut y4m)?;
    y4m.flush()?;
    drop(y4m);
    std::fs::rename(&part, out.join("camera.y4m"))?;
    println!(
        "{} frames 640x480 -> {}/camera.y4m, camera_gt.json",
        synth.n_frames,
        out.display()
    );
    Ok(())
}
