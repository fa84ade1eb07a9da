//! The tracker's face for JavaScript: frames come in as RGBA bytes (what a canvas's
//! `getImageData` gives, or a `VideoFrame` copied as RGBA), results go out as plain numbers.
//!
//! ```text
//! const t = new WebTracker(640, 480);
//! t.add(1, x, y, w, h, rgbaOfFirstFrame);          // the annotation's rectangle, in px
//! const r = t.track(rgbaOfNextFrame);               // [id, m0..m5, confidence, visible] per annotation
//! ```
//! `m` maps the frame the annotation was drawn on to the current frame:
//! `x' = m0·x + m1·y + m2`, `y' = m3·x + m4·y + m5`.

use tracker::{Config, GrayFrame, RectF, Tracker};
use wasm_bindgen::prelude::wasm_bindgen;

/// Numbers per annotation in [`WebTracker::track`]'s answer.
pub const STRIDE: usize = 9;

pub use tracker::image::rgba_to_gray;

/// A tracker for frames of one size.
#[wasm_bindgen]
pub struct WebTracker {
    width: usize,
    height: usize,
    gray: Vec<u8>,
    tracker: Tracker,
    out: Vec<f64>,
}

#[wasm_bindgen]
impl WebTracker {
    /// A tracker for `width`×`height` frames with the default configuration.
    #[wasm_bindgen(constructor)]
    pub fn new(width: usize, height: usize) -> WebTracker {
        WebTracker {
            width,
            height,
            gray: Vec::with_capacity(width * height),
            tracker: Tracker::new(Config::default()),
            out: Vec::new(),
        }
    }

    /// Starts tracking annotation `id` drawn over the rectangle (px) of this frame; false when
    /// the frame has the wrong size or the region has too little texture.
    pub fn add(&mut self, id: u32, x: f32, y: f32, w: f32, h: f32, rgba: &[u8]) -> bool {
        rgba_to_gray(rgba, &mut self.gray);
        match GrayFrame::new(self.width, self.height, &self.gray) {
            Some(frame) => self.tracker.add(id, RectF::new(x, y, w, h), &frame),
            None => false,
        }
    }

    /// Stops tracking annotation `id`.
    pub fn remove(&mut self, id: u32) -> bool {
        self.tracker.remove(id)
    }

    /// Tracks every annotation into this frame: `STRIDE` numbers each (id, the six transform
    /// coefficients, confidence, visible 0/1). Empty when the frame has the wrong size.
    pub fn track(&mut self, rgba: &[u8]) -> Vec<f64> {
        self.load(rgba);
        self.step()
    }

    /// The first half of [`WebTracker::track`], timed apart by the benchmark: takes the
    /// frame (grey conversion).
    pub fn load(&mut self, rgba: &[u8]) {
        rgba_to_gray(rgba, &mut self.gray);
    }

    /// The second half: tracks into the frame given to [`WebTracker::load`].
    pub fn step(&mut self) -> Vec<f64> {
        self.out.clear();
        if let Some(frame) = GrayFrame::new(self.width, self.height, &self.gray) {
            for t in self.tracker.track_ref(&frame) {
                self.out.push(f64::from(t.id));
                self.out.extend(t.transform.m);
                self.out.push(f64::from(t.confidence));
                self.out.push(if t.visible { 1.0 } else { 0.0 });
            }
        }
        self.out.clone()
    }

    /// Points tracked in the last frame, and re-detections run in it.
    pub fn last_stats(&self) -> Vec<u32> {
        let s = self.tracker.stats();
        vec![s.points as u32, s.redetections as u32]
    }
}

#[wasm_bindgen]
extern "C" {
    /// `performance.now()`: milliseconds, in a page or a worker.
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
}

/// Every synthetic sequence (`tracker::synth`; only the one named `only`, unless empty),
/// generated here and tracked with three annotations and with one, scored against its ground
/// truth as `examples/report.rs` scores it natively: the table's header and one markdown
/// line per run (`bench/sequences.sh`).
#[wasm_bindgen]
pub fn score_sequences(only: &str) -> Vec<String> {
    use tracker::score::{Row, run_once, synth_case};
    use tracker::synth::{Synth, Variant};
    let mut lines = vec![Row::HEADER.to_owned()];
    let wanted = Variant::ALL
        .into_iter()
        .filter(|v| only.is_empty() || v.name() == only);
    for variant in wanted {
        let s = Synth::standard(variant);
        let frames = s.render_all();
        for (n, label) in [(3, "3 ann"), (1, "1 ann")] {
            let case = synth_case(&s, &frames, n, Config::default(), label);
            lines.push(run_once(&case, &performance_now).markdown());
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use tracker::Transform;
    use tracker::synth::{HEIGHT, Synth, Variant, WIDTH};

    fn rgba(gray: &[u8]) -> Vec<u8> {
        gray.iter().flat_map(|&g| [g, g, g, 255]).collect()
    }

    #[test]
    fn grey_of_grey_is_itself_and_weights_follow_bt601() {
        let mut g = vec![];
        rgba_to_gray(
            &[0, 0, 0, 255, 255, 255, 255, 255, 100, 100, 100, 0],
            &mut g,
        );
        assert_eq!(g, [0, 255, 100]);
        rgba_to_gray(&[255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255], &mut g);
        assert_eq!(g, [77, 149, 29]);
    }

    #[test]
    fn tracks_a_moved_view_through_rgba() {
        let scene = Synth::new(Variant::Plain, 1, 1);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        scene.render_view(&Transform::IDENTITY, 1, &mut a);
        let moved = Transform::similarity(1.02, 0.03, 7.0, -4.0);
        scene.render_view(&moved, 2, &mut b);
        let mut t = WebTracker::new(WIDTH, HEIGHT);
        assert!(t.add(7, 270.0, 200.0, 100.0, 80.0, &rgba(&a)));
        let r = t.track(&rgba(&b));
        assert_eq!(r.len(), STRIDE);
        assert_eq!(r[0], 7.0);
        let (x, y) = (320.0, 240.0);
        let got = (r[1] * x + r[2] * y + r[3], r[4] * x + r[5] * y + r[6]);
        let want = moved.apply64([x, y]);
        assert!(
            (got.0 - want[0]).hypot(got.1 - want[1]) < 0.5,
            "{got:?} {want:?}"
        );
        assert_eq!(r[8], 1.0);
        assert!(t.track(&[0; 16]).is_empty());
    }
}
