//! Deterministic synthetic test sequences with ground truth.
//!
//! A 1600×1200 textured scene (value-noise shading, ~1800 random rectangles and ellipses, a few
//! distinct high-contrast "objects", fine grain, light anti-alias blur) is filmed by a 640×480
//! camera moving by translation, rotation and scale: `frame(x) = scene(A_k⁻¹ x)` with
//! `A_k = s R(θ) (x − c_scene) + c_frame + t`, plus sensor noise (σ = 1.5 grey levels).
//! The trajectory of the plain variant is the one of the shared OpenCV.js benchmark
//! (`shared/bench/track-anchor`), so the motion is comparable (the texture is generated differently).
//!
//! [`Variant::Hard`] adds motion blur (the exposure integrates the camera path), a lighting change
//! (gain / offset ramps), an occluder (an "arm" sweeping over the upper half of region 0) and a
//! fast pan that takes regions 0 and 2 out of the picture for about a second and brings them back.
//!
//! [`Variant::QuarterTurn`] turns the picture by 90°, [`Variant::FastPan`] pans fast with motion
//! blur, [`Variant::Depth`] foreshortens the scene as a plane turning in depth does.
//!
//! Ground truth: `H_k` = frame 0 → frame k, the anchor (centre) and corners of each annotation
//! region, whether the region is in view (≥ 50 % of it inside the frame), and how much of it the
//! occluder covers.

use crate::geom::{RectF, Transform};
use crate::rng::Rng;
use crate::tracker::in_view_fraction;
use std::fmt::Write as _;
use std::io::{self, Write};

/// Frame size of the generated sequences.
pub const WIDTH: usize = 640;
pub const HEIGHT: usize = 480;
const SW: usize = 1600;
const SH: usize = 1200;

/// Which sequence to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// Smooth camera motion only.
    Plain,
    /// Motion blur, lighting change, occluder, leaving and re-entering the picture.
    Hard,
    /// The phone given a quarter turn: the picture turns by 90° in frames 100–130 (≈ 1 s) and
    /// stays turned.
    QuarterTurn,
    /// Fast pans back and forth (up to ≈ 24 px per frame) with the motion blur they cause.
    FastPan,
    /// The object turned in depth: seen more and more from the side, foreshortened across to
    /// cos 55° ≈ 0.57 of its width and back (an affine map, as a distant plane shows it).
    Depth,
}

impl Variant {
    /// Every sequence.
    pub const ALL: [Variant; 5] = [
        Variant::Plain,
        Variant::Hard,
        Variant::QuarterTurn,
        Variant::FastPan,
        Variant::Depth,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Variant::Plain => "plain",
            Variant::Hard => "hard",
            Variant::QuarterTurn => "quarter-turn",
            Variant::FastPan => "fast-pan",
            Variant::Depth => "depth",
        }
    }
}

/// Ground truth of one frame.
#[derive(Clone, Debug)]
pub struct FrameTruth {
    /// Frame 0 → this frame.
    pub h: Transform,
    /// Per region: ≥ 50 % of it inside the frame.
    pub in_view: Vec<bool>,
    /// Per region: fraction covered by the occluder.
    pub occluded: Vec<f32>,
    pub gain: f32,
    pub offset: f32,
    /// Longest blur streak in the frame, px.
    pub blur_px: f32,
}

/// A generated sequence: renders frames on demand, knows the ground truth.
pub struct Synth {
    pub variant: Variant,
    pub n_frames: usize,
    /// Annotation regions in frame 0.
    pub regions: Vec<RectF>,
    scene: Vec<f32>,
    seed: u64,
}

/// Rows at the bottom of a stamped frame that carry its number ([`Synth::stamp`]).
pub const STAMP_ROWS: usize = 16;
/// Blocks of the stamp: 9 bits of the frame number (0..512) and a parity bit.
pub const STAMP_BITS: usize = 10;
const STAMP_MASK: usize = (1 << (STAMP_BITS - 1)) - 1;

/// Reads a stamp back from the mean brightness of each block (any scale, any brightness
/// mapping that keeps black below white); `None` when the parity does not match.
pub fn read_stamp(blocks: &[f32; STAMP_BITS]) -> Option<usize> {
    let (lo, hi) = blocks
        .iter()
        .fold((f32::MAX, f32::MIN), |(lo, hi), &v| (lo.min(v), hi.max(v)));
    let mid = if hi - lo < 64.0 {
        128.0
    } else {
        (lo + hi) / 2.0
    };
    let bits: Vec<bool> = blocks.iter().map(|&v| v > mid).collect();
    let k = (0..STAMP_BITS - 1).fold(0, |k, i| k | (usize::from(bits[i]) << i));
    let parity = (k & STAMP_MASK).count_ones() & 1 == 1;
    (parity == bits[STAMP_BITS - 1]).then_some(k)
}

/// Seed of [`Synth::standard`].
pub const STANDARD_SEED: u64 = 0x5eed_2024;

/// Annotation regions (frame-0 px): centre, upper left, lower right.
pub const REGIONS: [RectF; 3] = [
    RectF::new(270.0, 200.0, 100.0, 80.0),
    RectF::new(120.0, 90.0, 110.0, 90.0),
    RectF::new(420.0, 300.0, 110.0, 90.0),
];

#[derive(Clone, Copy, Debug)]
struct Cam {
    tx: f64,
    ty: f64,
    th: f64,
    s: f64,
    /// Foreshortening across the scene's x axis (1: seen face on).
    sq: f64,
}

impl Synth {
    /// Build the scene (≈0.3 s). Same seed and variant → bit-identical frames.
    pub fn new(variant: Variant, n_frames: usize, seed: u64) -> Self {
        Self {
            variant,
            n_frames,
            regions: REGIONS.to_vec(),
            scene: make_scene(seed),
            seed,
        }
    }

    /// The default benchmark sequences: 301 frames (0..=300).
    pub fn standard(variant: Variant) -> Self {
        Self::new(variant, 301, STANDARD_SEED)
    }

    /// Seed of the scene and noise.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    fn cam(&self, t: f64) -> Cam {
        let tt = 300.0;
        let pi2 = std::f64::consts::TAU;
        let mut tx = 60.0 * (pi2 * 2.0 * t / tt).sin() + 25.0 * (pi2 * 5.0 * t / tt + 1.3).sin();
        let mut ty =
            40.0 * (pi2 * 1.5 * t / tt + 0.5).sin() + 15.0 * (pi2 * 4.0 * t / tt + 2.1).sin();
        let mut th = (10.0f64).to_radians() * (pi2 * t / tt).sin();
        let s = 1.0 + 0.15 * (pi2 * t / tt + 1.0).sin() - 0.15 * (1.0f64).sin();
        let mut sq = 1.0;
        match self.variant {
            Variant::QuarterTurn => th += std::f64::consts::FRAC_PI_2 * ramp(t, 100.0, 130.0),
            Variant::FastPan => {
                let w = bump(t, 40.0, 60.0, 240.0, 260.0);
                tx += w * 150.0 * (pi2 * t / 40.0).sin();
                ty += w * 40.0 * (pi2 * t / 60.0).sin();
            }
            Variant::Depth => {
                let phi = (55.0f64).to_radians() * bump(t, 40.0, 130.0, 170.0, 260.0);
                sq = phi.cos();
            }
            Variant::Plain | Variant::Hard => {}
        }
        if self.variant == Variant::Hard {
            // Fast pan to the right and back (regions 0 and 2 leave the picture).
            tx += 420.0 * bump(t, 185.0, 215.0, 240.0, 280.0);
            // Hand shake (blurrier frames) in 40..100.
            let w = bump(t, 40.0, 50.0, 90.0, 100.0);
            tx += w * 6.0 * (t * 1.9).sin();
            ty += w * 5.0 * (t * 2.3 + 0.4).cos();
        }
        Cam { tx, ty, th, s, sq }
    }

    /// `A(t)`: scene px → frame px.
    fn a(&self, t: f64) -> Transform {
        let c = self.cam(t);
        let (cs, cf) = (
            [SW as f64 / 2.0, SH as f64 / 2.0],
            [WIDTH as f64 / 2.0, HEIGHT as f64 / 2.0],
        );
        let (co, si) = (c.th.cos() * c.s, c.th.sin() * c.s);
        // s R(θ) diag(sq, 1): the scene foreshortened across, turned, scaled.
        let (a, b, d, e) = (co * c.sq, -si, si * c.sq, co);
        Transform {
            m: [
                a,
                b,
                cf[0] + c.tx - (a * cs[0] + b * cs[1]),
                d,
                e,
                cf[1] + c.ty - (d * cs[0] + e * cs[1]),
            ],
        }
    }

    /// Ground-truth transform frame 0 → frame `k`.
    pub fn h(&self, k: usize) -> Transform {
        let a0i = self.a(0.0).inverse().unwrap_or_default();
        self.a(k as f64).compose(&a0i)
    }

    fn lighting(&self, k: usize) -> (f32, f32) {
        if self.variant != Variant::Hard {
            return (1.0, 0.0);
        }
        let t = k as f64;
        let g = 1.0 - 0.4 * ramp(t, 70.0, 130.0) + 0.45 * ramp(t, 200.0, 260.0);
        let o = 30.0 * ramp(t, 70.0, 130.0) - 40.0 * ramp(t, 200.0, 260.0);
        (g as f32, o as f32)
    }

    /// Occluder rectangle (frame px) in frame `k`, if any: a 70×90 "hand" sweeping right to left
    /// over the upper part of region 0 in frames 110..=170 (at most ≈ 40 % of it covered).
    fn occluder(&self, k: usize) -> Option<RectF> {
        if self.variant != Variant::Hard || !(110..=170).contains(&k) {
            return None;
        }
        let r = self.regions[0];
        let c = self.h(k).apply(r.center());
        let dx = 180.0 - (k as f32 - 110.0) * 3.7;
        Some(RectF::new(
            c[0] + dx - 35.0,
            c[1] - 0.5 * r.h - 55.0,
            70.0,
            90.0,
        ))
    }

    /// Ground truth of frame `k`.
    pub fn truth(&self, k: usize) -> FrameTruth {
        let h = self.h(k);
        let occ = self.occluder(k);
        let (gain, offset) = self.lighting(k);
        let in_view = self
            .regions
            .iter()
            .map(|r| in_view_fraction(&h, r, WIDTH as f32, HEIGHT as f32) >= 0.5)
            .collect();
        let occluded = self
            .regions
            .iter()
            .map(|r| match occ {
                None => 0.0,
                Some(o) => {
                    let mut n = 0;
                    for j in 0..10 {
                        for i in 0..10 {
                            let p = [
                                r.x + r.w * (i as f32 + 0.5) / 10.0,
                                r.y + r.h * (j as f32 + 0.5) / 10.0,
                            ];
                            if o.contains(h.apply(p)) {
                                n += 1;
                            }
                        }
                    }
                    n as f32 / 100.0
                }
            })
            .collect();
        FrameTruth {
            h,
            in_view,
            occluded,
            gain,
            offset,
            blur_px: self.blur_len(k) as f32,
        }
    }

    /// Anchor (region centre) of region `r` in frame `k`.
    pub fn anchor(&self, k: usize, r: usize) -> [f32; 2] {
        self.h(k).apply(self.regions[r].center())
    }

    fn exposure(&self) -> f64 {
        match self.variant {
            Variant::Hard | Variant::FastPan => 0.6,
            _ => 0.0,
        }
    }

    /// Longest motion of a frame corner during the exposure, px.
    fn blur_len(&self, k: usize) -> f64 {
        let e = self.exposure();
        if e <= 0.0 {
            return 0.0;
        }
        let (a, b) = (self.a(k as f64 - e / 2.0), self.a(k as f64 + e / 2.0));
        // Where a scene point seen at `p` at the start of the exposure is at its end.
        let d = b.compose(&a.inverse().unwrap_or_default());
        let mut m: f64 = 0.0;
        for p in [[0.0, 0.0], [639.0, 0.0], [0.0, 479.0], [639.0, 479.0]] {
            let q = d.apply64(p);
            m = m.max((q[0] - p[0]).hypot(q[1] - p[1]));
        }
        m
    }

    /// Render frame `k` into `out` (resized to 640×480).
    pub fn render(&self, k: usize, out: &mut Vec<u8>) {
        out.clear();
        out.resize(WIDTH * HEIGHT, 0);
        let mut acc = vec![0.0f32; WIDTH * HEIGHT];
        let blur = self.blur_len(k);
        let n = if blur > 0.5 {
            (blur.ceil() as usize + 1).clamp(2, 16)
        } else {
            1
        };
        let e = self.exposure();
        for i in 0..n {
            let t = if n == 1 {
                k as f64
            } else {
                k as f64 + e * (i as f64 / (n - 1) as f64 - 0.5)
            };
            let ai = self.a(t).inverse().unwrap_or_default();
            self.sample_into(&ai, &mut acc);
        }
        let (gain, offset) = self.lighting(k);
        let occ = self.occluder(k);
        let mut noise = Rng::new(self.seed ^ (k as u64).wrapping_mul(0x9e37_79b9) ^ 0xabcd);
        let inv_n = 1.0 / n as f32;
        // Sum of four 16-bit uniforms (Irwin–Hall): mean 2·65535, variance 4·65536²/12.
        let noise_scale = 1.5 * 3f32.sqrt() / 65536.0;
        for (y, (orow, arow)) in out
            .chunks_exact_mut(WIDTH)
            .zip(acc.chunks_exact(WIDTH))
            .enumerate()
        {
            for (x, (o, &a)) in orow.iter_mut().zip(arow).enumerate() {
                let mut v = a * inv_n * gain + offset;
                if let Some(oc) = occ
                    && oc.contains([x as f32, y as f32])
                {
                    // Hand: dark, striped, moves rigidly with the occluder.
                    let u = x as f32 - oc.x;
                    let w = y as f32 - oc.y;
                    v = 70.0 + 25.0 * (u * 0.35).sin() + 15.0 * (w * 0.21 + u * 0.1).cos();
                }
                let r = noise.next_u64();
                let sum = (r & 0xffff) + ((r >> 16) & 0xffff) + ((r >> 32) & 0xffff) + (r >> 48);
                v += (sum as f32 - 2.0 * 65535.0) * noise_scale;
                // Round half up (values are positive after the clamp).
                *o = (v.clamp(16.0, 235.0) + 0.5) as u8;
            }
        }
    }

    /// Render the scene as seen through an arbitrary camera: `h` maps frame-0 px to the wanted
    /// frame's px (no blur, lighting or occluder; sensor noise seeded by `noise_seed`).
    pub fn render_view(&self, h: &Transform, noise_seed: u64, out: &mut Vec<u8>) {
        out.clear();
        out.resize(WIDTH * HEIGHT, 0);
        let mut acc = vec![0.0f32; WIDTH * HEIGHT];
        let a = h.compose(&self.a(0.0));
        self.sample_into(&a.inverse().unwrap_or_default(), &mut acc);
        let mut noise = Rng::new(noise_seed);
        for (o, &v) in out.iter_mut().zip(&acc) {
            let g = (noise.next_f64() + noise.next_f64() + noise.next_f64() - 1.5) * 2.0;
            *o = (v + 1.5 * g as f32).clamp(16.0, 235.0).round() as u8;
        }
    }

    /// Accumulate `scene(ai · x)` (bilinear, mid-grey outside the scene) into `acc`.
    fn sample_into(&self, ai: &Transform, acc: &mut [f32]) {
        let m = ai.m;
        for (y, row) in acc.chunks_exact_mut(WIDTH).enumerate() {
            let yf = y as f64;
            let (mut sx, mut sy) = (m[1] * yf + m[2], m[4] * yf + m[5]);
            for a in row.iter_mut() {
                // Truncation is floor for the non-negative coordinates that are sampled.
                let v = if sx >= 0.0 && sy >= 0.0 && sx < (SW - 1) as f64 && sy < (SH - 1) as f64 {
                    let (ix, iy) = (sx as usize, sy as usize);
                    let (ax, ay) = ((sx - ix as f64) as f32, (sy - iy as f64) as f32);
                    let i = iy * SW + ix;
                    let (p, q, r, s) = (
                        self.scene[i],
                        self.scene[i + 1],
                        self.scene[i + SW],
                        self.scene[i + SW + 1],
                    );
                    (p * (1.0 - ax) + q * ax) * (1.0 - ay) + (r * (1.0 - ax) + s * ax) * ay
                } else {
                    128.0
                };
                *a += v;
                sx += m[0];
                sy += m[3];
            }
        }
    }

    /// Render all frames into one contiguous buffer (`n_frames × 640 × 480` bytes).
    pub fn render_all(&self) -> Vec<u8> {
        let mut all = Vec::with_capacity(self.n_frames * WIDTH * HEIGHT);
        let mut f = Vec::new();
        for k in 0..self.n_frames {
            self.render(k, &mut f);
            all.extend_from_slice(&f);
        }
        all
    }

    /// Writes frame number `k` into the bottom [`STAMP_ROWS`] rows of a frame, so a test that
    /// only sees the picture (a browser showing it as a camera) knows which frame it shows:
    /// [`STAMP_BITS`] blocks side by side, block `i` white when bit `i` of `k` is set (the
    /// last one is the parity of the others), black otherwise. See [`read_stamp`].
    pub fn stamp(k: usize, frame: &mut [u8]) {
        let block = WIDTH / STAMP_BITS;
        let parity = (k & STAMP_MASK).count_ones() as usize & 1;
        for y in HEIGHT - STAMP_ROWS..HEIGHT {
            for (x, px) in frame[y * WIDTH..(y + 1) * WIDTH].iter_mut().enumerate() {
                let bit = (x / block).min(STAMP_BITS - 1);
                let on = if bit == STAMP_BITS - 1 {
                    parity == 1
                } else {
                    (k >> bit) & 1 == 1
                };
                *px = if on { 235 } else { 16 };
            }
        }
    }

    /// Write YUV4MPEG2 (4:2:0, mid-grey chroma) — usable as Chromium's fake camera.
    pub fn write_y4m<W: Write>(&self, frames: &[u8], w: &mut W) -> io::Result<()> {
        writeln!(w, "YUV4MPEG2 W{WIDTH} H{HEIGHT} F30:1 Ip A1:1 C420jpeg")?;
        let chroma = vec![128u8; WIDTH * HEIGHT / 2];
        for f in frames.chunks_exact(WIDTH * HEIGHT) {
            w.write_all(b"FRAME\n")?;
            w.write_all(f)?;
            w.write_all(&chroma)?;
        }
        Ok(())
    }

    /// Ground truth as JSON.
    pub fn gt_json(&self) -> String {
        let mut s = String::new();
        let _ = write!(
            s,
            "{{\"variant\":\"{}\",\"width\":{WIDTH},\"height\":{HEIGHT},\"fps\":30,\"nframes\":{},\"seed\":{},",
            self.variant.name(),
            self.n_frames,
            self.seed
        );
        s.push_str("\"note\":\"H maps frame-0 px to frame-k px (pixel centres at integers); anchors = region centres, corners clockwise from top-left; in_view = at least half of the region inside the frame\",\"regions\":[");
        for (i, r) in self.regions.iter().enumerate() {
            let _ = write!(
                s,
                "{}[{},{},{},{}]",
                if i > 0 { "," } else { "" },
                r.x,
                r.y,
                r.w,
                r.h
            );
        }
        s.push_str("],\"frames\":[\n");
        for k in 0..self.n_frames {
            let t = self.truth(k);
            let m = t.h.m;
            let _ = write!(
                s,
                "{{\"k\":{k},\"H\":[{:.6},{:.6},{:.4},{:.6},{:.6},{:.4}],\"anchors\":[",
                m[0], m[1], m[2], m[3], m[4], m[5]
            );
            for (i, r) in self.regions.iter().enumerate() {
                let a = t.h.apply(r.center());
                let _ = write!(
                    s,
                    "{}[{:.3},{:.3}]",
                    if i > 0 { "," } else { "" },
                    a[0],
                    a[1]
                );
            }
            s.push_str("],\"corners\":[");
            for (i, r) in self.regions.iter().enumerate() {
                s.push_str(if i > 0 { ",[" } else { "[" });
                for (j, c) in r.corners().iter().enumerate() {
                    let a = t.h.apply(*c);
                    let _ = write!(
                        s,
                        "{}[{:.3},{:.3}]",
                        if j > 0 { "," } else { "" },
                        a[0],
                        a[1]
                    );
                }
                s.push(']');
            }
            let _ = writeln!(
                s,
                "],\"in_view\":{:?},\"occluded\":{:?},\"gain\":{:.4},\"offset\":{:.3},\"blur_px\":{:.2}}}{}",
                t.in_view,
                t.occluded,
                t.gain,
                t.offset,
                t.blur_px,
                if k + 1 < self.n_frames { "," } else { "" }
            );
        }
        s.push_str("]}\n");
        s
    }
}

/// 0 before `a`, smooth rise to 1 at `b`, 1 until `c`, smooth fall to 0 at `d`.
fn bump(t: f64, a: f64, b: f64, c: f64, d: f64) -> f64 {
    ramp(t, a, b) - ramp(t, c, d)
}

/// Smoothstep from 0 at `a` to 1 at `b`.
fn ramp(t: f64, a: f64, b: f64) -> f64 {
    let x = ((t - a) / (b - a)).clamp(0.0, 1.0);
    x * x * (3.0 - 2.0 * x)
}

fn make_scene(seed: u64) -> Vec<f32> {
    let mut rng = Rng::new(seed);
    let mut sc = vec![0.0f32; SW * SH];
    // Value-noise octaves: smooth shading and large low-contrast structures.
    for (cell, amp) in [(160usize, 40.0f32), (64, 25.0), (24, 14.0)] {
        let gw = SW / cell + 3;
        let gh = SH / cell + 3;
        let g: Vec<f32> = (0..gw * gh).map(|_| rng.range(-1.0, 1.0) as f32).collect();
        for y in 0..SH {
            let fy = y as f32 / cell as f32;
            let iy = fy as usize;
            let ty = fy - iy as f32;
            let sy = ty * ty * (3.0 - 2.0 * ty);
            for x in 0..SW {
                let fx = x as f32 / cell as f32;
                let ix = fx as usize;
                let tx = fx - ix as f32;
                let sx = tx * tx * (3.0 - 2.0 * tx);
                let (a, b) = (g[iy * gw + ix], g[iy * gw + ix + 1]);
                let (c, d) = (g[(iy + 1) * gw + ix], g[(iy + 1) * gw + ix + 1]);
                sc[y * SW + x] +=
                    amp * ((a * (1.0 - sx) + b * sx) * (1.0 - sy) + (c * (1.0 - sx) + d * sx) * sy);
            }
        }
    }
    // Random shapes: rotated rectangles (corners) and ellipses with random grey levels.
    for _ in 0..1800 {
        let (cx, cy) = (
            rng.range(0.0, SW as f64) as f32,
            rng.range(0.0, SH as f64) as f32,
        );
        let rx = 3.0 + (rng.next_f64().powi(2) * 45.0) as f32;
        let ry = 3.0 + (rng.next_f64().powi(2) * 45.0) as f32;
        let ang = rng.range(0.0, std::f64::consts::PI) as f32;
        let val = rng.range(-70.0, 70.0) as f32;
        let rect = rng.next_f64() < 0.55;
        let blend = rng.range(0.6, 1.0) as f32;
        paint(&mut sc, cx, cy, rx, ry, ang, |u, v| {
            let inside = if rect {
                u.abs() <= 1.0 && v.abs() <= 1.0
            } else {
                u * u + v * v <= 1.0
            };
            inside.then_some((val, blend))
        });
    }
    // A few distinct objects: checkered discs, bar codes, rings.
    for k in 0..14 {
        let (cx, cy) = (
            rng.range(100.0, SW as f64 - 100.0) as f32,
            rng.range(100.0, SH as f64 - 100.0) as f32,
        );
        let r = rng.range(25.0, 60.0) as f32;
        let ang = rng.range(0.0, std::f64::consts::PI) as f32;
        let kind = k % 3;
        paint(&mut sc, cx, cy, r, r, ang, move |u, v| {
            let d2 = u * u + v * v;
            match kind {
                0 if d2 <= 1.0 => {
                    let c = ((u * 4.0).floor() as i32 + (v * 4.0).floor() as i32) & 1;
                    Some((if c == 0 { -75.0 } else { 75.0 }, 1.0))
                }
                1 if u.abs() <= 1.0 && v.abs() <= 0.6 => {
                    let c = ((u * 9.0 + (u * 23.0).sin()).floor() as i32) & 1;
                    Some((if c == 0 { -80.0 } else { 60.0 }, 1.0))
                }
                2 if d2 <= 1.0 => {
                    let c = ((d2.sqrt() * 5.0).floor() as i32) & 1;
                    Some((
                        if c == 0 { 70.0 } else { -60.0 } + 20.0 * (v * 6.0).sin(),
                        1.0,
                    ))
                }
                _ => None,
            }
        });
    }
    // Fine grain.
    for v in sc.iter_mut() {
        *v += 6.0 * rng.gauss() as f32;
    }
    // 3×3 box blur (anti-alias for the down-scaled views).
    let mut tmp = vec![0.0f32; SW * SH];
    for y in 0..SH {
        for x in 0..SW {
            let (l, r) = (x.saturating_sub(1), (x + 1).min(SW - 1));
            tmp[y * SW + x] = (sc[y * SW + l] + sc[y * SW + x] + sc[y * SW + r]) / 3.0;
        }
    }
    for y in 0..SH {
        let (u, d) = (y.saturating_sub(1), (y + 1).min(SH - 1));
        for x in 0..SW {
            sc[y * SW + x] = (tmp[u * SW + x] + tmp[y * SW + x] + tmp[d * SW + x]) / 3.0;
        }
    }
    // Normalise to 20..230 with robust (0.5 % / 99.5 %) limits.
    let mut sample: Vec<f32> = sc.iter().step_by(97).copied().collect();
    sample.sort_by(|a, b| a.total_cmp(b));
    let lo = sample[sample.len() / 200];
    let hi = sample[sample.len() - 1 - sample.len() / 200];
    let k = 210.0 / (hi - lo).max(1e-3);
    for v in sc.iter_mut() {
        *v = (20.0 + (*v - lo) * k).clamp(20.0, 230.0);
    }
    sc
}

/// Paint a shape: `f(u, v)` gets normalised rotated coordinates and returns (value, blend).
fn paint(
    sc: &mut [f32],
    cx: f32,
    cy: f32,
    rx: f32,
    ry: f32,
    ang: f32,
    f: impl Fn(f32, f32) -> Option<(f32, f32)>,
) {
    let (sa, ca) = ang.sin_cos();
    let rr = (rx.max(ry) * 1.5).ceil();
    let y0 = (cy - rr).floor().max(0.0) as usize;
    let y1 = ((cy + rr).ceil() as usize).min(SH);
    let x0 = (cx - rr).floor().max(0.0) as usize;
    let x1 = ((cx + rr).ceil() as usize).min(SW);
    for y in y0..y1 {
        for x in x0..x1 {
            let (dx, dy) = (x as f32 - cx, y as f32 - cy);
            let (u, v) = ((ca * dx + sa * dy) / rx, (-sa * dx + ca * dy) / ry);
            if let Some((val, blend)) = f(u, v) {
                let p = &mut sc[y * SW + x];
                *p = *p * (1.0 - blend) + val * blend;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_read_back_and_bad_ones_are_refused() {
        let mut f = vec![100u8; WIDTH * HEIGHT];
        let means = |f: &[u8]| {
            let block = WIDTH / STAMP_BITS;
            let mut m = [0f32; STAMP_BITS];
            for (i, v) in m.iter_mut().enumerate() {
                let (y, x) = (HEIGHT - STAMP_ROWS / 2, i * block + block / 2);
                *v = f32::from(f[y * WIDTH + x]);
            }
            m
        };
        for k in [0, 1, 2, 150, 300, 511] {
            Synth::stamp(k, &mut f);
            assert_eq!(read_stamp(&means(&f)), Some(k));
        }
        // Brightness mapped (limited to full range) and one bit flipped.
        Synth::stamp(37, &mut f);
        let mut m = means(&f).map(|v| (v - 16.0) * 1.164);
        assert_eq!(read_stamp(&m), Some(37));
        m[3] = 255.0 - m[3];
        assert_eq!(read_stamp(&m), None);
        // Only the bottom rows are touched.
        assert_eq!(f[(HEIGHT - STAMP_ROWS - 1) * WIDTH], 100);
    }

    #[test]
    fn deterministic_and_ground_truth_consistent() {
        let s = Synth::new(Variant::Hard, 301, 1);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        s.render(5, &mut a);
        s.render(5, &mut b);
        assert_eq!(a, b);
        // H_0 is the identity.
        let h0 = s.h(0);
        for (x, y) in h0.m.iter().zip(Transform::IDENTITY.m.iter()) {
            assert!((x - y).abs() < 1e-9);
        }
        // Regions 0 and 2 leave the picture during the pan and come back; region 1 stays.
        let t = s.truth(225);
        assert_eq!(t.in_view, vec![false, true, false]);
        let t = s.truth(290);
        assert_eq!(t.in_view, vec![true, true, true]);
        // The occluder covers part of region 0 around frame 140.
        let t = s.truth(150);
        assert!(
            t.occluded[0] > 0.1 && t.occluded[0] < 0.5,
            "{:?}",
            t.occluded
        );
        assert_eq!(t.occluded[2], 0.0);
    }
}
