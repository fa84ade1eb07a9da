//! Sightline's annotation tracker: keeps a technician's circle on the part when the customer's
//! phone moves. Pure Rust, no dependencies, no browser APIs; built for native and for
//! `wasm32-unknown-unknown` (+simd128).
//!
//! # Use
//!
//! ```
//! use tracker::{Config, GrayFrame, RectF, Tracker, Transform};
//! use tracker::synth::{Synth, Variant, HEIGHT, WIDTH};
//!
//! // Any 8-bit grayscale frames will do; here two views of the synthetic test scene.
//! let scene = Synth::new(Variant::Plain, 1, 1);
//! let (mut a, mut b) = (Vec::new(), Vec::new());
//! scene.render_view(&Transform::IDENTITY, 1, &mut a);
//! let moved = Transform::similarity(1.02, 0.03, 7.0, -4.0);
//! scene.render_view(&moved, 2, &mut b);
//!
//! let mut tracker = Tracker::new(Config::default());
//! let f0 = GrayFrame::new(WIDTH, HEIGHT, &a).expect("640×480 bytes");
//! assert!(tracker.add(1, RectF::new(270.0, 200.0, 100.0, 80.0), &f0));
//! let f1 = GrayFrame::new(WIDTH, HEIGHT, &b).expect("640×480 bytes");
//! for t in tracker.track(&f1) {
//!     // `t.transform` maps the frame the annotation was drawn on to this frame.
//!     let c = t.transform.apply([320.0, 240.0]);
//!     let truth = moved.apply([320.0, 240.0]);
//!     assert!(t.visible && (c[0] - truth[0]).hypot(c[1] - truth[1]) < 0.5);
//! }
//! ```
//!
//! # Pipeline (per [`Tracker::track`] call)
//!
//! 1. [`image::Pyramid`]: 3-level Gaussian pyramid of the new frame (5-tap binomial, f32, padded
//!    borders). The previous frame's pyramid is kept and swapped, never rebuilt.
//! 2. [`lk::Lk`]: pyramidal Lucas–Kanade (15×15 window by default, 3 levels) for every point of
//!    every annotation, starting from a constant-velocity prediction, then a forward–backward
//!    check (backward pass on the 2 finest levels). Template gradients are made zero-mean, so a
//!    brightness offset between frames does not bias the result.
//! 3. [`geom::Ransac`]: MSAC fit of a similarity (or affine, [`Config::model`]) from the points'
//!    reference positions to their current positions, least-squares refinement on the inliers.
//!    Hypotheses are scored with a weight that grows with a point's age, so points freshly
//!    detected on an occluder cannot outvote the established ones.
//! 4. Re-detection ([`corners::CornerDetector`], Shi–Tomasi) inside the current estimate of the
//!    region when fewer than 70 % of the points survive; new points get their reference position
//!    through the inverse transform.
//! 5. Drift correction every 10 frames: reference corners are tracked straight from the reference
//!    frame (template warped by the current transform, contrast-normalised) into the current
//!    frame; the refit transform replaces the frame-to-frame one and the tracked points are
//!    re-referenced, so errors do not accumulate.
//! 6. Visibility: an annotation is visible while at least half of its rectangle is inside the
//!    frame. When the fit fails, or less than a quarter is inside, it is lost; while lost, every
//!    frame (configurable) the whole frame's keypoints are described ([`describe`], oriented
//!    256-bit binary tests) and matched against the reference region's; a similarity from the
//!    matches is confirmed by tracking the reference corners into the frame with the warped
//!    template (NCC-gated), and the annotation comes back with that transform.
//!
//! Steady state allocates nothing per frame ([`Tracker::track_ref`]; [`Tracker::track`] returns
//! a fresh `Vec`). Inner loops run over contiguous `f32` rows with per-column accumulators, so
//! LLVM vectorises them natively and for wasm simd128 without fast-math.
//!
//! [`synth`] generates the deterministic benchmark sequences with ground truth (plain and hard:
//! motion blur, lighting ramp, occluder, leaving and re-entering the picture); see the
//! `gen_sequence` and `report` examples and `benches/track.rs`.

pub mod corners;
pub mod describe;
pub mod geom;
pub mod image;
pub mod lk;
pub mod rng;
pub mod score;
pub mod synth;
pub mod tracker;

pub use geom::{Model, RectF, Transform};
pub use image::GrayFrame;
pub use tracker::{Config, Stats, Track, Tracker};
