//! Scoring the tracker against the ground truth of a sequence: the same code natively
//! (`examples/report.rs`) and in a browser (`crates/tracker-web`, `score_sequences`), so the
//! figures of both compare.

use crate::synth::{HEIGHT, Synth, WIDTH};
use crate::{Config, GrayFrame, RectF, Tracker, Transform};

/// A sequence, its annotations and what to score.
pub struct Case<'a> {
    pub name: String,
    pub frames: &'a [u8],
    pub w: usize,
    pub h: usize,
    /// Annotation regions on frame 0.
    pub regions: Vec<RectF>,
    /// Scored points (frame-0 px), with the region each belongs to and whether it is a corner
    /// of the region (else its centre, the anchor).
    pub points: Vec<(usize, [f32; 2], bool)>,
    /// Ground truth: per frame, H (frame 0 -> k) and per-region in-view flags.
    pub truth: Vec<(Transform, Vec<bool>)>,
    pub cfg: Config,
}

pub struct Row {
    pub name: String,
    pub frames: usize,
    pub scored: usize,
    pub mean: f64,
    pub max: f64,
    /// Error of the region's corners: whether the shape still covers its part.
    pub corner_mean: f64,
    pub corner_max: f64,
    pub missed: usize,
    pub false_vis: usize,
    pub med_ms: f64,
    p95_ms: f64,
    pub mean_ms: f64,
    pub points: f64,
}

impl Row {
    /// The header of [`Row::markdown`]'s table.
    pub const HEADER: &'static str = "| sequence | frames | scored | mean err px | max err px | corners mean | corners max | missed vis | false vis | ms/frame median | p95 | mean | fps | points |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";

    /// One line of the table.
    pub fn markdown(&self) -> String {
        format!(
            "| {} | {} | {} | {:.3} | {:.3} | {:.2} | {:.2} | {} | {} | {:.3} | {:.3} | {:.3} | {:.0} | {:.0} |",
            self.name,
            self.frames,
            self.scored,
            self.mean,
            self.max,
            self.corner_mean,
            self.corner_max,
            self.missed,
            self.false_vis,
            self.med_ms,
            self.p95_ms,
            self.mean_ms,
            1e3 / self.mean_ms,
            self.points
        )
    }
}

/// Tracks the case's sequence once with a fresh tracker and scores it against the ground
/// truth; `clock` gives milliseconds (`Instant` natively, `performance.now()` in a browser).
pub fn run_once(c: &Case, clock: &dyn Fn() -> f64) -> Row {
    let n = c.frames.len() / (c.w * c.h);
    let frame = |k: usize| GrayFrame::new(c.w, c.h, &c.frames[k * c.w * c.h..(k + 1) * c.w * c.h]);
    let mut t = Tracker::new(c.cfg);
    let Some(f0) = frame(0) else {
        panic!("bad frame")
    };
    for (i, r) in c.regions.iter().enumerate() {
        assert!(t.add(i as u32, *r, &f0), "region {i} has no texture");
    }
    let mut times = Vec::with_capacity(n);
    let (mut sum, mut cnt, mut max) = (0.0f64, 0usize, 0.0f64);
    let (mut csum, mut ccnt, mut cmax) = (0.0f64, 0usize, 0.0f64);
    let (mut missed, mut false_vis) = (0, 0);
    let mut pts = 0usize;
    for k in 1..n {
        let Some(f) = frame(k) else {
            panic!("bad frame")
        };
        let t0 = clock();
        let tracks = t.track_ref(&f);
        times.push(clock() - t0);
        let (h, in_view) = &c.truth[k];
        for (ri, tr) in tracks.iter().enumerate() {
            let truly = in_view[ri];
            if truly && !tr.visible {
                missed += 1;
            }
            if !truly && tr.visible {
                false_vis += 1;
            }
            if truly && tr.visible {
                for (pr, p, corner) in &c.points {
                    if *pr != ri {
                        continue;
                    }
                    let (a, b) = (tr.transform.apply(*p), h.apply(*p));
                    let e = ((a[0] - b[0]) as f64).hypot((a[1] - b[1]) as f64);
                    if *corner {
                        csum += e;
                        ccnt += 1;
                        cmax = cmax.max(e);
                    } else {
                        sum += e;
                        cnt += 1;
                        max = max.max(e);
                    }
                }
            }
        }
        pts += t.stats().points;
    }
    let mut s = times.clone();
    s.sort_by(|a, b| a.total_cmp(b));
    let q = |f: f64| s[((s.len() as f64 - 1.0) * f).round() as usize];
    Row {
        name: c.name.clone(),
        frames: n,
        scored: cnt,
        mean: if cnt > 0 { sum / cnt as f64 } else { f64::NAN },
        max,
        corner_mean: if ccnt > 0 {
            csum / ccnt as f64
        } else {
            f64::NAN
        },
        corner_max: cmax,
        missed,
        false_vis,
        med_ms: q(0.5),
        p95_ms: q(0.95),
        mean_ms: times.iter().sum::<f64>() / times.len() as f64,
        points: pts as f64 / (n - 1) as f64,
    }
}

/// The case of sequence `s` (its frames rendered in `frames`) with its first `n_regions`
/// regions annotated on frame 0, their centres and corners scored.
pub fn synth_case<'a>(
    s: &Synth,
    frames: &'a [u8],
    n_regions: usize,
    cfg: Config,
    label: &str,
) -> Case<'a> {
    let regions: Vec<RectF> = s.regions[..n_regions].to_vec();
    let points = regions
        .iter()
        .enumerate()
        .flat_map(|(i, r)| {
            let corners = r.corners().map(|c| (i, c, true));
            std::iter::once((i, r.center(), false)).chain(corners)
        })
        .collect();
    let truth = (0..s.n_frames)
        .map(|k| {
            let t = s.truth(k);
            (t.h, t.in_view[..n_regions].to_vec())
        })
        .collect();
    Case {
        name: format!("{} {label}", s.variant.name()),
        frames,
        w: WIDTH,
        h: HEIGHT,
        regions,
        points,
        truth,
        cfg,
    }
}
