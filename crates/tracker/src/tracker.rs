//! The multi-annotation tracker.

use crate::corners::{CornerDetector, CornerParams};
use crate::describe::{Brief, Feature, match_features};
use crate::geom::{FitResult, Model, Ransac, RansacParams, RectF, Transform, fit_ls};
use crate::image::{GrayFrame, Pyramid};
use crate::lk::{Lk, LkParams, required_border};

/// Tracker settings. [`Config::default`] is tuned for 640×480 at 30 fps.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// Pyramid levels (3 = full, ½, ¼ resolution).
    pub levels: usize,
    /// Lucas–Kanade window and stopping rule.
    pub lk: LkParams,
    /// Forward–backward check: drop a point whose round trip misses by more than this (px);
    /// `0` disables the backward pass.
    pub fb_threshold: f32,
    /// Pyramid levels used by the backward pass (it starts from the original point, so the
    /// coarse levels are rarely needed).
    pub fb_levels: usize,
    /// Points tracked per annotation.
    pub max_points: usize,
    /// Re-detect when fewer than `redetect_below × max_points` points survive.
    pub redetect_below: f32,
    /// Corner detection (Shi–Tomasi) settings; `max_corners` is ignored (see `max_points`).
    pub corners: CornerParams,
    /// Points are taken inside the annotation's rectangle grown by this fraction of its size
    /// on each side (and at least `min_margin` px), so small regions still get texture.
    pub region_margin: f32,
    pub min_margin: f32,
    /// Transform family fitted per annotation.
    pub model: Model,
    /// With `model` a similarity: fit an affine map where it explains the points clearly
    /// better (a part turning in depth, seen foreshortened), and the similarity again once it
    /// explains them as well (see [`prefer_affine`]).
    pub affine_when_better: bool,
    /// RANSAC inlier threshold (px) and iteration cap.
    pub ransac_threshold: f32,
    pub ransac_iters: u32,
    /// Fewer inliers than this means the fit failed (annotation lost).
    pub min_inliers: usize,
    /// Largest believable change of scale between two frames (ratio ≥ 1).
    pub max_scale_step: f32,
    /// An annotation is reported visible when at least this fraction of its rectangle is
    /// inside the frame; below half of it, tracking stops and the search takes over.
    pub min_visible_fraction: f32,
    /// Use the last frame-to-frame motion to predict where points go (constant velocity).
    pub predict_motion: bool,
    /// While lost, search for the object every this many frames (1 = every frame).
    pub search_interval: u32,
    /// Query keypoints per search (split over pyramid levels 1 and 2).
    pub search_keypoints: usize,
    /// Descriptor matches that must agree on one similarity for a re-acquisition candidate.
    pub min_search_inliers: usize,
    /// A candidate is confirmed by tracking the reference corners into the frame (LK with the
    /// reference warped by the candidate transform); only corners whose window then correlates
    /// (zero-mean NCC) at least this well count, and at least `min_inliers` of them and 30 % of
    /// those tried must agree on one transform.
    pub min_search_ncc: f32,
    /// Every this many frames (0 = never), correct drift: track up to 32 of the reference corners
    /// straight from the reference frame (warped by the current transform) into the current
    /// frame, refit, and re-reference the tracked points through the corrected transform.
    pub reanchor_interval: u32,
    /// Minimum NCC for a reference corner to take part in the drift correction.
    pub reanchor_ncc: f32,
    /// Seed for RANSAC sampling (runs are deterministic).
    pub seed: u64,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            levels: 3,
            lk: LkParams::default(),
            fb_threshold: 1.0,
            fb_levels: 2,
            max_points: 64,
            redetect_below: 0.7,
            corners: CornerParams {
                max_corners: 0,
                quality: 0.01,
                min_response: 20.0,
                min_distance: 7.0,
            },
            region_margin: 0.25,
            min_margin: 16.0,
            model: Model::Similarity,
            affine_when_better: true,
            ransac_threshold: 2.0,
            ransac_iters: 100,
            min_inliers: 8,
            max_scale_step: 1.2,
            min_visible_fraction: 0.5,
            predict_motion: true,
            search_interval: 1,
            search_keypoints: 400,
            min_search_inliers: 5,
            min_search_ncc: 0.6,
            reanchor_interval: 10,
            reanchor_ncc: 0.8,
            seed: 0x5167_4711,
        }
    }
}

/// Per-annotation result of [`Tracker::track`].
#[derive(Clone, Copy, Debug)]
pub struct Track {
    pub id: u32,
    /// Maps reference-frame px (the frame the annotation was drawn on) to current-frame px.
    /// While the annotation is lost this is the last good estimate.
    pub transform: Transform,
    /// 0 (lost) ..= 1 (many consistent points).
    pub confidence: f32,
    /// Whether to draw the annotation: tracked, and enough of it inside the frame.
    pub visible: bool,
}

/// Counters for profiling / reports.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stats {
    /// Points tracked by LK in the last frame (all annotations).
    pub points: usize,
    /// Re-detections and searches run in the last frame.
    pub redetections: usize,
    pub searches: usize,
    pub recoveries: usize,
    pub reanchors: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Tracking,
    Lost,
}

/// One annotation's state.
#[derive(Clone, Debug)]
struct Annotation {
    id: u32,
    /// Rectangle as drawn (reference px).
    rect: RectF,
    /// Rectangle where points are taken (reference px).
    sel: RectF,
    t: Transform,
    /// Frame-to-frame motion of the last step (for prediction).
    step: Transform,
    state: State,
    /// Reference positions and current positions of the tracked points.
    refs: Vec<[f32; 2]>,
    cur: Vec<[f32; 2]>,
    /// Frames each point has been tracked (saturating).
    age: Vec<u16>,
    /// Reference crop pyramid (for re-anchoring points after a search) and its offset.
    crop: Pyramid,
    crop_origin: [f32; 2],
    /// Corners of the reference (reference px) used to re-anchor.
    anchors: Vec<[f32; 2]>,
    /// Descriptors of the reference region (positions in reference px).
    features: Vec<Feature>,
    confidence: f32,
    visible: bool,
    lost_frames: u32,
    /// Tracked as an affine map now (see [`Config::affine_when_better`]).
    affine: bool,
}

/// Age (frames) from which a point gets full weight in the fit.
const MATURE: u16 = 10;

/// Whether an annotation is tracked as an affine map from now on, given whether it was and
/// the RMS residuals (px) of the similarity (`sim`) and the affine map (`aff`) fitted to the
/// same inliers. The affine map has two more parameters, so it always fits a little better;
/// it takes over only when its residual is clearly lower (a foreshortened part), and hands
/// back once the similarity does nearly as well, with a gap between the two so the choice
/// does not flip from frame to frame.
pub fn prefer_affine(was: bool, sim: f64, aff: f64) -> bool {
    if was {
        sim > 1.2 * aff + 0.05
    } else {
        sim > 1.5 * aff + 0.15
    }
}

/// RMS distance (px) of `t(src[i])` to `dst[i]` over `idx`.
fn rms(t: &Transform, src: &[[f32; 2]], dst: &[[f32; 2]], idx: &[u32]) -> f64 {
    if idx.is_empty() {
        return 0.0;
    }
    let sum: f64 = idx
        .iter()
        .map(|&i| {
            let (p, q) = (t.apply(src[i as usize]), dst[i as usize]);
            f64::from(p[0] - q[0]).powi(2) + f64::from(p[1] - q[1]).powi(2)
        })
        .sum();
    (sum / idx.len() as f64).sqrt()
}

impl Annotation {
    fn clear_points(&mut self) {
        self.refs.clear();
        self.cur.clear();
        self.age.clear();
    }
}

/// Tracks any number of annotations through a stream of grayscale frames.
pub struct Tracker {
    cfg: Config,
    prev: Pyramid,
    cur: Pyramid,
    has_prev: bool,
    size: (usize, usize),
    anns: Vec<Annotation>,
    lk: Lk,
    det: CornerDetector,
    ransac: Ransac,
    brief: Brief,
    // Scratch, reused every frame.
    pts: Vec<[f32; 2]>,
    src: Vec<[f32; 2]>,
    dst: Vec<[f32; 2]>,
    inl: Vec<bool>,
    /// The inliers' indices (scratch for the model choice).
    idx: Vec<u32>,
    weights: Vec<f32>,
    query: Vec<Feature>,
    query_frame: bool,
    matches: Vec<(u32, u32)>,
    frame_no: u64,
    stats: Stats,
    out: Vec<Track>,
}

impl Tracker {
    pub fn new(cfg: Config) -> Self {
        let mut cfg = cfg;
        cfg.levels = cfg.levels.clamp(1, 6);
        cfg.lk.radius = cfg.lk.radius.clamp(2, 30);
        Self {
            cfg,
            prev: Pyramid::new(),
            cur: Pyramid::new(),
            has_prev: false,
            size: (0, 0),
            anns: Vec::new(),
            lk: Lk::new(),
            det: CornerDetector::new(),
            ransac: Ransac::new(cfg.seed),
            brief: Brief::new(15, cfg.seed ^ 0xb1ef),
            pts: Vec::new(),
            src: Vec::new(),
            dst: Vec::new(),
            inl: Vec::new(),
            idx: Vec::new(),
            weights: Vec::new(),
            query: Vec::new(),
            query_frame: false,
            matches: Vec::new(),
            frame_no: 0,
            stats: Stats::default(),
            out: Vec::new(),
        }
    }

    pub fn config(&self) -> &Config {
        &self.cfg
    }

    /// Counters of the last [`Tracker::track`] call.
    pub fn stats(&self) -> Stats {
        self.stats
    }

    /// Ids of the annotations being tracked.
    pub fn ids(&self) -> impl Iterator<Item = u32> + '_ {
        self.anns.iter().map(|a| a.id)
    }

    fn border(&self) -> usize {
        required_border(self.cfg.lk.radius)
    }

    /// Start tracking `region` (frame px) of `frame`, the frame it was drawn on. If annotations
    /// exist and `frame` is not the frame last passed to [`Tracker::track`], they are first
    /// tracked into `frame`. An existing annotation with the same id is replaced. Returns
    /// `false` (and adds nothing) if the region has no trackable texture.
    pub fn add(&mut self, id: u32, region: RectF, frame: &GrayFrame) -> bool {
        self.remove(id);
        let dims = (frame.width(), frame.height());
        let same = self.has_prev && self.size == dims && self.prev_equals(frame);
        if !same {
            if self.has_prev && self.size == dims && !self.anns.is_empty() {
                self.track_into_internal(frame);
            } else {
                let b = self.border();
                self.prev.build(frame, self.cfg.levels, b);
                self.has_prev = true;
                self.size = dims;
                for a in &mut self.anns {
                    a.state = State::Lost;
                    a.clear_points();
                }
            }
        }
        match self.annotation_in_prev(id, region, dims) {
            Some(ann) => {
                self.anns.push(ann);
                true
            }
            None => false,
        }
    }

    /// Start tracking `region` of a frame this tracker was not given: `reference` is the frame
    /// the annotation was drawn on as another party saw it (its camera is ahead of or behind
    /// ours by the network's delay). Only the pixels around the region matter; the rest may be
    /// blank. The annotation starts lost, so the following [`Tracker::track`] calls look for it
    /// (descriptor search, then the reference corners are tracked into the frame) and it
    /// becomes visible where it is found. Returns `false` (and adds nothing) if the region has
    /// no trackable texture. The frames being tracked must have `reference`'s size.
    pub fn add_reference(&mut self, id: u32, region: RectF, reference: &GrayFrame) -> bool {
        self.remove(id);
        let dims = (reference.width(), reference.height());
        let mut scratch = Pyramid::new();
        scratch.build(reference, self.cfg.levels, self.border());
        // The annotation is built from the pyramid in `prev`; lend it the reference's.
        std::mem::swap(&mut self.prev, &mut scratch);
        let ann = self.annotation_in_prev(id, region, dims);
        std::mem::swap(&mut self.prev, &mut scratch);
        let Some(mut ann) = ann else {
            return false;
        };
        ann.state = State::Lost;
        ann.visible = false;
        ann.confidence = 0.0;
        ann.clear_points();
        self.anns.push(ann);
        true
    }

    /// Points tracked for `id` in the last frame (`None` if it is not tracked).
    pub fn points(&self, id: u32) -> Option<usize> {
        self.anns.iter().find(|a| a.id == id).map(|a| a.cur.len())
    }

    /// The annotation for `region` in the frame whose pyramid is `prev` (`None` without texture).
    fn annotation_in_prev(
        &mut self,
        id: u32,
        region: RectF,
        dims: (usize, usize),
    ) -> Option<Annotation> {
        let m = (self.cfg.region_margin * region.w.max(region.h)).max(self.cfg.min_margin);
        let sel = region.expand(m);
        // Points.
        let mut pts = std::mem::take(&mut self.pts);
        pts.clear();
        self.detect_in(
            &Transform::IDENTITY,
            &sel,
            &[],
            self.cfg.max_points,
            true,
            &mut pts,
        );
        if pts.len() < self.cfg.min_inliers {
            self.pts = pts;
            return None;
        }
        // Reference crop (for re-anchoring after re-acquisition).
        let cm = 4.0 * (self.cfg.lk.radius as f32 + 3.0);
        let crop_rect = sel.expand(cm);
        let x0 = crop_rect.x.floor().max(0.0) as usize;
        let y0 = crop_rect.y.floor().max(0.0) as usize;
        let x1 = ((crop_rect.x + crop_rect.w).ceil() as usize).min(dims.0);
        let y1 = ((crop_rect.y + crop_rect.h).ceil() as usize).min(dims.1);
        let mut crop = Pyramid::new();
        let mut crop_origin = [0.0, 0.0];
        if x1 > x0 + 8 && y1 > y0 + 8 {
            let mut buf = Vec::with_capacity((x1 - x0) * (y1 - y0));
            if let Some(l0) = self.prev.level(0) {
                for y in y0..y1 {
                    for x in x0..x1 {
                        buf.push(l0.get(x as isize, y as isize).round().clamp(0.0, 255.0) as u8);
                    }
                }
            }
            if let Some(f) = GrayFrame::new(x1 - x0, y1 - y0, &buf) {
                crop.build(&f, 2, self.border());
                crop_origin = [x0 as f32, y0 as f32];
            }
        }
        // Descriptors of the region at levels 1 and 2.
        let mut features = Vec::new();
        self.describe_region(&sel, &mut features);
        let ann = Annotation {
            id,
            rect: region,
            sel,
            t: Transform::IDENTITY,
            step: Transform::IDENTITY,
            state: State::Tracking,
            refs: pts.clone(),
            cur: pts.clone(),
            age: vec![MATURE; pts.len()],
            crop,
            crop_origin,
            anchors: pts.clone(),
            features,
            confidence: 1.0,
            visible: true,
            lost_frames: 0,
            affine: false,
        };
        self.pts = pts;
        Some(ann)
    }

    /// Stop tracking `id`. Returns whether it existed.
    pub fn remove(&mut self, id: u32) -> bool {
        let n = self.anns.len();
        self.anns.retain(|a| a.id != id);
        n != self.anns.len()
    }

    /// Track all annotations into `frame`.
    pub fn track(&mut self, frame: &GrayFrame) -> Vec<Track> {
        self.track_into_internal(frame);
        self.out.clone()
    }

    /// Like [`Tracker::track`] without allocating: the results stay in the tracker.
    pub fn track_ref(&mut self, frame: &GrayFrame) -> &[Track] {
        self.track_into_internal(frame);
        &self.out
    }

    fn prev_equals(&self, frame: &GrayFrame) -> bool {
        let Some(l0) = self.prev.level(0) else {
            return false;
        };
        let (w, b, s) = (l0.width, l0.border, l0.stride);
        frame
            .data()
            .chunks_exact(w)
            .zip(l0.data[b * s..].chunks_exact(s))
            .all(|(a, r)| a.iter().zip(&r[b..b + w]).all(|(&x, &y)| x as f32 == y))
    }

    fn track_into_internal(&mut self, frame: &GrayFrame) {
        self.stats = Stats::default();
        self.frame_no += 1;
        self.query_frame = false;
        let dims = (frame.width(), frame.height());
        let b = self.border();
        self.cur.build(frame, self.cfg.levels, b);
        if !self.has_prev || dims != self.size {
            // New stream geometry: nothing can be tracked across it.
            for a in &mut self.anns {
                a.state = State::Lost;
                a.clear_points();
            }
            self.size = dims;
        }
        let mut anns = std::mem::take(&mut self.anns);
        for a in &mut anns {
            match a.state {
                State::Tracking if self.has_prev => self.track_annotation(a),
                _ => {
                    a.state = State::Lost;
                    a.lost_frames += 1;
                    let interval = self.cfg.search_interval.max(1);
                    if a.lost_frames.is_multiple_of(interval) {
                        self.search(a);
                    }
                }
            }
            if a.state == State::Lost {
                a.visible = false;
                a.confidence = 0.0;
            }
        }
        self.anns = anns;
        std::mem::swap(&mut self.prev, &mut self.cur);
        self.has_prev = true;
        self.out.clear();
        self.out.extend(self.anns.iter().map(|a| Track {
            id: a.id,
            transform: a.t,
            confidence: a.confidence,
            visible: a.visible,
        }));
    }

    /// Frame-to-frame LK of the annotation's points, robust fit, re-detection.
    fn track_annotation(&mut self, a: &mut Annotation) {
        let cfg = self.cfg;
        let (w, h) = (self.size.0 as f32, self.size.1 as f32);
        // Initial guesses.
        let pred = if cfg.predict_motion {
            a.step
        } else {
            Transform::IDENTITY
        };
        self.stats.points += a.cur.len();
        let mut keep = 0;
        for i in 0..a.cur.len() {
            let p = a.cur[i];
            let g = pred.apply(p);
            let Some(q) = self.lk.track(&self.prev, &self.cur, p, g, &cfg.lk) else {
                continue;
            };
            if !(q[0] >= 0.0 && q[1] >= 0.0 && q[0] <= w - 1.0 && q[1] <= h - 1.0) {
                continue;
            }
            if cfg.fb_threshold > 0.0 {
                let Some(back) =
                    self.lk
                        .track_levels(&self.cur, &self.prev, q, p, cfg.fb_levels, &cfg.lk)
                else {
                    continue;
                };
                let (dx, dy) = (back[0] - p[0], back[1] - p[1]);
                if dx * dx + dy * dy > cfg.fb_threshold * cfg.fb_threshold {
                    continue;
                }
            }
            a.refs[keep] = a.refs[i];
            a.cur[keep] = q;
            a.age[keep] = a.age[i].saturating_add(1);
            keep += 1;
        }
        a.refs.truncate(keep);
        a.cur.truncate(keep);
        a.age.truncate(keep);
        // Long-tracked points outvote fresh ones (a fresh detection may sit on an occluder).
        self.weights.clear();
        self.weights.extend(
            a.age
                .iter()
                .map(|&g| 0.1 + 0.9 * (g.min(MATURE) as f32 / MATURE as f32)),
        );
        let choose = cfg.affine_when_better && cfg.model == Model::Similarity;
        let params = RansacParams {
            model: if choose { Model::Affine } else { cfg.model },
            threshold: cfg.ransac_threshold,
            max_iters: cfg.ransac_iters,
            confidence: 0.995,
        };
        let fit =
            self.ransac
                .fit_weighted(&params, &a.refs, &a.cur, Some(&self.weights), &mut self.inl);
        // The similarity, unless the affine map explains the inliers clearly better.
        let fit = match fit {
            Some(f) if choose => {
                let mut idx = std::mem::take(&mut self.idx);
                idx.clear();
                idx.extend((0..self.inl.len() as u32).filter(|&i| self.inl[i as usize]));
                let sim = fit_ls(Model::Similarity, &a.refs, &a.cur, &idx);
                let chosen = sim.filter(|sim| {
                    let (rs, ra) = (
                        rms(sim, &a.refs, &a.cur, &idx),
                        rms(&f.transform, &a.refs, &a.cur, &idx),
                    );
                    a.affine = prefer_affine(a.affine, rs, ra);
                    !a.affine
                });
                self.idx = idx;
                Some(FitResult {
                    transform: chosen.unwrap_or(f.transform),
                    ..f
                })
            }
            other => other,
        };
        let ok = fit.filter(|f| {
            let ratio = f.transform.scale() / a.t.scale().max(1e-9);
            let step = cfg.max_scale_step.max(1.0) as f64;
            f.inliers >= cfg.min_inliers && ratio < step && ratio > 1.0 / step
        });
        let Some(fit) = ok else {
            a.state = State::Lost;
            a.lost_frames = 0;
            a.clear_points();
            return;
        };
        let tracked = a.cur.len();
        // Drop outliers.
        let mut k = 0;
        for i in 0..a.cur.len() {
            if self.inl[i] {
                a.refs[k] = a.refs[i];
                a.cur[k] = a.cur[i];
                a.age[k] = a.age[i];
                k += 1;
            }
        }
        a.refs.truncate(k);
        a.cur.truncate(k);
        a.age.truncate(k);
        let old = a.t;
        a.t = fit.transform;
        a.step = match old.inverse() {
            Some(inv) => a.t.compose(&inv),
            None => Transform::IDENTITY,
        };
        let frac = in_view_fraction(&a.t, &a.rect, w, h);
        if frac < 0.5 * cfg.min_visible_fraction {
            // Mostly outside: the few points left at the border are not worth trusting; the
            // search brings the annotation back when the object returns.
            a.state = State::Lost;
            a.lost_frames = 0;
            a.clear_points();
            return;
        }
        a.visible = frac >= cfg.min_visible_fraction;
        a.confidence = confidence(fit.inliers, tracked, cfg.max_points);
        if cfg.reanchor_interval > 0
            && a.visible
            && (self.frame_no + a.id as u64).is_multiple_of(cfg.reanchor_interval as u64)
        {
            self.reanchor(a);
        }
        // Re-detection inside the current estimated region.
        if (a.cur.len() as f32) < cfg.redetect_below * cfg.max_points as f32 {
            let need = cfg.max_points - a.cur.len();
            let mut pts = std::mem::take(&mut self.pts);
            pts.clear();
            let t = a.t;
            let sel = a.sel;
            self.detect_in(&t, &sel, &a.cur, need, false, &mut pts);
            if let Some(inv) = t.inverse() {
                for &q in &pts {
                    a.refs.push(inv.apply(q));
                    a.cur.push(q);
                    a.age.push(0);
                }
            }
            self.pts = pts;
            self.stats.redetections += 1;
        }
    }

    /// Drift correction against the reference frame (see [`Config::reanchor_interval`]).
    fn reanchor(&mut self, a: &mut Annotation) {
        let (w, h) = (self.size.0 as f32, self.size.1 as f32);
        let t = a.t;
        let Some(inv) = t.inverse() else { return };
        let lin = [
            inv.m[0] as f32,
            inv.m[1] as f32,
            inv.m[3] as f32,
            inv.m[4] as f32,
        ];
        let r = self.cfg.lk.radius as f32;
        let o = a.crop_origin;
        self.src.clear();
        self.dst.clear();
        let step = a.anchors.len().div_ceil(32).max(1);
        let start = (self.frame_no as usize / self.cfg.reanchor_interval.max(1) as usize) % step;
        for &p in a.anchors.iter().skip(start).step_by(step) {
            let g = t.apply(p);
            if !(g[0] >= r && g[1] >= r && g[0] <= w - 1.0 - r && g[1] <= h - 1.0 - r) {
                continue;
            }
            let pc = [p[0] - o[0], p[1] - o[1]];
            let Some((q, ncc)) =
                self.lk
                    .track_warped(&a.crop, &self.cur, pc, lin, g, 2, &self.cfg.lk)
            else {
                continue;
            };
            if ncc >= self.cfg.reanchor_ncc && (q[0] - g[0]).hypot(q[1] - g[1]) < 3.0 {
                self.src.push(p);
                self.dst.push(q);
            }
        }
        let n = self.src.len();
        if n < self.cfg.min_inliers {
            return;
        }
        let params = RansacParams {
            model: if a.affine {
                Model::Affine
            } else {
                self.cfg.model
            },
            threshold: 1.0,
            max_iters: self.cfg.ransac_iters,
            confidence: 0.995,
        };
        let Some(fine) = self
            .ransac
            .fit(&params, &self.src, &self.dst, &mut self.inl)
        else {
            return;
        };
        if fine.inliers < self.cfg.min_inliers.max(n / 2) {
            return;
        }
        let c = a.rect.center();
        let (p1, p2) = (fine.transform.apply(c), t.apply(c));
        if (p1[0] - p2[0]).hypot(p1[1] - p2[1]) > 3.0 {
            return;
        }
        let Some(fi) = fine.transform.inverse() else {
            return;
        };
        a.t = fine.transform;
        for (rp, cp) in a.refs.iter_mut().zip(&a.cur) {
            *rp = fi.apply(*cp);
        }
        self.stats.reanchors += 1;
    }

    /// Detect up to `n` corners in level 0 of `prev` (if `in_prev`) or `cur`, inside the image of
    /// `sel` (reference px) under `t`, away from `existing` (current px).
    fn detect_in(
        &mut self,
        t: &Transform,
        sel: &RectF,
        existing: &[[f32; 2]],
        n: usize,
        in_prev: bool,
        out: &mut Vec<[f32; 2]>,
    ) {
        let pyr = if in_prev { &self.prev } else { &self.cur };
        let Some(l0) = pyr.level(0) else { return };
        let Some(inv) = t.inverse() else { return };
        let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        for c in sel.corners() {
            let q = t.apply(c);
            x0 = x0.min(q[0]);
            y0 = y0.min(q[1]);
            x1 = x1.max(q[0]);
            y1 = y1.max(q[1]);
        }
        // Keep LK windows away from the image edge at level 0.
        let m = 2.0;
        let (w, h) = (l0.width as f32, l0.height as f32);
        let (x0, y0) = (x0.max(m), y0.max(m));
        let (x1, y1) = (x1.min(w - 1.0 - m), y1.min(h - 1.0 - m));
        if !(x1 > x0 + 4.0 && y1 > y0 + 4.0) {
            return;
        }
        let mut p = self.cfg.corners;
        // Over-detect a little: candidates outside the rotated region are dropped below.
        p.max_corners = n + n / 2 + 4;
        let start = out.len();
        self.det.detect(
            l0,
            x0.ceil() as isize,
            y0.ceil() as isize,
            x1.floor() as isize,
            y1.floor() as isize,
            &p,
            existing,
            out,
        );
        let mut k = start;
        for i in start..out.len() {
            let q = out[i];
            if sel.contains(inv.apply(q)) && k - start < n {
                out[k] = q;
                k += 1;
            }
        }
        out.truncate(k);
    }

    /// Descriptors for the region `sel` in the previous (= reference) frame at levels 1 and 2.
    fn describe_region(&mut self, sel: &RectF, out: &mut Vec<Feature>) {
        let mut pts = std::mem::take(&mut self.pts);
        for l in 1..self.prev.len().min(3) {
            let Some(img) = self.prev.level(l) else { break };
            let s = (1u32 << l) as f32;
            pts.clear();
            let p = CornerParams {
                max_corners: 80,
                quality: 0.01,
                min_response: self.cfg.corners.min_response * 0.5,
                min_distance: 2.5,
            };
            self.det.detect(
                img,
                (sel.x / s).ceil() as isize,
                (sel.y / s).ceil() as isize,
                ((sel.x + sel.w) / s).floor() as isize,
                ((sel.y + sel.h) / s).floor() as isize,
                &p,
                &[],
                &mut pts,
            );
            for q in &pts {
                if let Some(d) = self.brief.describe(img, q[0] as isize, q[1] as isize) {
                    out.push(Feature {
                        pos: [q[0] * s, q[1] * s],
                        level: l as u8,
                        desc: d,
                    });
                }
            }
        }
        self.pts = pts;
    }

    /// Keypoints + descriptors of the whole current frame (levels 1 and 2), once per frame.
    fn ensure_query(&mut self) {
        if self.query_frame {
            return;
        }
        self.query_frame = true;
        self.query.clear();
        let mut pts = std::mem::take(&mut self.pts);
        for l in 1..self.cur.len().min(3) {
            let Some(img) = self.cur.level(l) else { break };
            let s = (1u32 << l) as f32;
            pts.clear();
            let share = if l == 1 { 0.7 } else { 0.3 };
            let p = CornerParams {
                max_corners: (self.cfg.search_keypoints as f32 * share) as usize,
                quality: 0.01,
                min_response: self.cfg.corners.min_response * 0.5,
                min_distance: 2.5,
            };
            let r = self.brief.radius() as isize;
            self.det.detect(
                img,
                r,
                r,
                img.width as isize - 1 - r,
                img.height as isize - 1 - r,
                &p,
                &[],
                &mut pts,
            );
            for q in &pts {
                if let Some(d) = self.brief.describe(img, q[0] as isize, q[1] as isize) {
                    self.query.push(Feature {
                        pos: [q[0] * s, q[1] * s],
                        level: l as u8,
                        desc: d,
                    });
                }
            }
        }
        self.pts = pts;
    }

    /// Look for a lost annotation in the current frame: descriptor matches → RANSAC similarity →
    /// re-anchor reference corners with warped LK → final fit.
    fn search(&mut self, a: &mut Annotation) {
        self.stats.searches += 1;
        if a.features.len() < self.cfg.min_search_inliers {
            return;
        }
        self.ensure_query();
        let mut matches = std::mem::take(&mut self.matches);
        match_features(&a.features, &self.query, 64, 0.85, &mut matches);
        self.src.clear();
        self.dst.clear();
        for &(i, j) in &matches {
            self.src.push(a.features[i as usize].pos);
            self.dst.push(self.query[j as usize].pos);
        }
        self.matches = matches;
        let params = RansacParams {
            model: Model::Similarity,
            threshold: 6.0,
            max_iters: 300,
            confidence: 0.999,
        };
        let Some(coarse) = self
            .ransac
            .fit(&params, &self.src, &self.dst, &mut self.inl)
        else {
            return;
        };
        let s = coarse.transform.scale();
        if coarse.inliers < self.cfg.min_search_inliers || !(0.3..3.5).contains(&s) {
            return;
        }
        let (w, h) = (self.size.0 as f32, self.size.1 as f32);
        if in_view_fraction(&coarse.transform, &a.rect, w, h) < self.cfg.min_visible_fraction {
            return;
        }
        // Re-anchor: track the reference corners from the reference crop into this frame.
        let t0 = coarse.transform;
        let Some(inv) = t0.inverse() else { return };
        let lin = [
            inv.m[0] as f32,
            inv.m[1] as f32,
            inv.m[3] as f32,
            inv.m[4] as f32,
        ];
        self.src.clear();
        self.dst.clear();
        let o = a.crop_origin;
        for &p in &a.anchors {
            let g = t0.apply(p);
            if !(g[0] >= 0.0 && g[1] >= 0.0 && g[0] <= w - 1.0 && g[1] <= h - 1.0) {
                continue;
            }
            let pc = [p[0] - o[0], p[1] - o[1]];
            let Some((q, ncc)) =
                self.lk
                    .track_warped(&a.crop, &self.cur, pc, lin, g, 2, &self.cfg.lk)
            else {
                continue;
            };
            if ncc >= self.cfg.min_search_ncc
                && q[0] >= 0.0
                && q[1] >= 0.0
                && q[0] <= w - 1.0
                && q[1] <= h - 1.0
            {
                self.src.push(p);
                self.dst.push(q);
            }
        }
        let params = RansacParams {
            model: self.cfg.model,
            threshold: self.cfg.ransac_threshold,
            max_iters: self.cfg.ransac_iters,
            confidence: 0.995,
        };
        let Some(fine) = self
            .ransac
            .fit(&params, &self.src, &self.dst, &mut self.inl)
        else {
            return;
        };
        if fine.inliers < self.cfg.min_inliers.max(self.src.len() * 3 / 10) {
            return;
        }
        let dt = fine.transform.compose(&inv);
        // The refined fit must agree with the descriptor fit (a few px across the region).
        let c = a.rect.center();
        let (p1, p2) = (fine.transform.apply(c), t0.apply(c));
        if (p1[0] - p2[0]).hypot(p1[1] - p2[1]) > 8.0 || (dt.scale() - 1.0).abs() > 0.1 {
            return;
        }
        a.t = fine.transform;
        a.step = Transform::IDENTITY;
        a.state = State::Tracking;
        a.clear_points();
        for (i, (&p, &q)) in self.src.iter().zip(&self.dst).enumerate() {
            if self.inl[i] {
                a.refs.push(p);
                a.cur.push(q);
                a.age.push(MATURE);
            }
        }
        a.visible = in_view_fraction(&a.t, &a.rect, w, h) >= self.cfg.min_visible_fraction;
        a.confidence = confidence(fine.inliers, self.src.len(), self.cfg.max_points);
        a.lost_frames = 0;
        self.stats.recoveries += 1;
    }
}

/// Confidence from the inlier count and ratio.
fn confidence(inliers: usize, tracked: usize, max_points: usize) -> f32 {
    if tracked == 0 {
        return 0.0;
    }
    let count = (inliers as f32 / (0.5 * max_points.max(1) as f32)).min(1.0);
    let ratio = inliers as f32 / tracked as f32;
    count * ratio
}

/// Fraction (sampled on an 8×8 grid) of `rect` that `t` maps inside a `w`×`h` frame.
pub fn in_view_fraction(t: &Transform, rect: &RectF, w: f32, h: f32) -> f32 {
    let mut inside = 0;
    for j in 0..8 {
        for i in 0..8 {
            let p = [
                rect.x + rect.w * (i as f32 + 0.5) / 8.0,
                rect.y + rect.h * (j as f32 + 0.5) / 8.0,
            ];
            let q = t.apply(p);
            if q[0] >= -0.5 && q[1] >= -0.5 && q[0] <= w - 0.5 && q[1] <= h - 0.5 {
                inside += 1;
            }
        }
    }
    inside as f32 / 64.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synth::{HEIGHT, Synth, Variant, WIDTH};

    fn err(t: &Transform, truth: &Transform, p: [f32; 2]) -> f32 {
        let (a, b) = (t.apply(p), truth.apply(p));
        (a[0] - b[0]).hypot(a[1] - b[1])
    }

    #[test]
    fn follows_translation_rotation_scale() {
        // First 90 frames of the plain sequence: up to ±60 px translation, ~5° rotation, ~9 % scale.
        let s = Synth::new(Variant::Plain, 90, 7);
        let mut f = Vec::new();
        s.render(0, &mut f);
        let Some(f0) = GrayFrame::new(WIDTH, HEIGHT, &f) else {
            panic!()
        };
        let mut t = Tracker::new(Config::default());
        for (i, r) in s.regions.iter().enumerate() {
            assert!(t.add(i as u32, *r, &f0));
        }
        assert_eq!(t.ids().count(), 3);
        let mut worst = 0.0f32;
        for k in 1..s.n_frames {
            s.render(k, &mut f);
            let Some(fk) = GrayFrame::new(WIDTH, HEIGHT, &f) else {
                panic!()
            };
            let h = s.h(k);
            for tr in t.track(&fk) {
                assert!(tr.visible, "frame {k} id {}", tr.id);
                assert!(tr.confidence > 0.3);
                let r = s.regions[tr.id as usize];
                for p in std::iter::once(r.center()).chain(r.corners()) {
                    worst = worst.max(err(&tr.transform, &h, p));
                }
            }
        }
        assert!(worst < 1.0, "worst anchor/corner error {worst} px");
        let truth = s.h(s.n_frames - 1);
        assert!(
            (truth.rotation().to_degrees()).abs() > 3.0,
            "the test should rotate"
        );
        // Removing works.
        assert!(t.remove(1));
        assert!(!t.remove(1));
        assert_eq!(t.ids().count(), 2);
    }

    /// The worst corner error (px) of region 0 over frames 1..`n` of `variant`, in view.
    fn worst_corner(variant: Variant, n: usize, cfg: Config) -> f32 {
        let s = Synth::standard(variant);
        let mut f = Vec::new();
        s.render(0, &mut f);
        let Some(f0) = GrayFrame::new(WIDTH, HEIGHT, &f) else {
            panic!()
        };
        let mut t = Tracker::new(cfg);
        let r = s.regions[0];
        assert!(t.add(0, r, &f0));
        let mut worst = 0.0f32;
        for k in 1..n {
            s.render(k, &mut f);
            let Some(fk) = GrayFrame::new(WIDTH, HEIGHT, &f) else {
                panic!()
            };
            let h = s.h(k);
            for tr in t.track(&fk) {
                assert!(tr.visible, "{} frame {k}", variant.name());
                for p in r.corners() {
                    worst = worst.max(err(&tr.transform, &h, p));
                }
            }
        }
        worst
    }

    #[test]
    fn a_part_turning_in_depth_stays_covered() {
        // Foreshortened to 0.57 of its width by frame 130: a similarity cannot follow its
        // corners; the affine map, taken where it fits clearly better, does.
        let similarity = Config {
            affine_when_better: false,
            ..Config::default()
        };
        let drift = worst_corner(Variant::Depth, 150, similarity);
        assert!(drift > 8.0, "a similarity covers it: {drift} px");
        let worst = worst_corner(Variant::Depth, 150, Config::default());
        assert!(worst < 1.0, "worst corner error {worst} px");
    }

    #[test]
    fn a_quarter_turn_and_a_fast_blurred_pan_are_followed() {
        let worst = worst_corner(Variant::QuarterTurn, 160, Config::default());
        assert!(worst < 3.0, "quarter turn: worst corner error {worst} px");
        let worst = worst_corner(Variant::FastPan, 160, Config::default());
        assert!(worst < 3.0, "fast pan: worst corner error {worst} px");
    }

    #[test]
    fn the_affine_map_takes_over_only_when_clearly_better_and_hands_back() {
        // Both about as good: stay with the similarity.
        assert!(!prefer_affine(false, 0.3, 0.25));
        // Clearly better: take the affine map; nearly as good again: hand back.
        assert!(prefer_affine(false, 1.2, 0.4));
        assert!(prefer_affine(true, 0.6, 0.4));
        assert!(!prefer_affine(true, 0.45, 0.4));
    }

    #[test]
    fn lost_when_out_of_view_and_recovered_on_return() {
        let s = Synth::new(Variant::Plain, 1, 11);
        let region = RectF::new(420.0, 300.0, 110.0, 90.0);
        let mut f = Vec::new();
        let mut first = Vec::new();
        s.render_view(&Transform::IDENTITY, 1, &mut first);
        let Some(f0) = GrayFrame::new(WIDTH, HEIGHT, &first) else {
            panic!()
        };
        let mut t = Tracker::new(Config::default());
        assert!(t.add(5, region, &f0));
        // Pan right 10 px/frame until the region is far out, hold, pan back; a little rotation
        // and zoom on the way back so the recovered transform is not the lost one.
        let mut x = 0.0f64;
        let mut path = Vec::new();
        for _ in 0..30 {
            x += 10.0;
            path.push(Transform::translation(x, 0.0));
        }
        for _ in 0..10 {
            path.push(Transform::translation(x, 0.0));
        }
        for i in 0..30 {
            x -= 10.0;
            let a = 0.002 * i as f64;
            let z = 1.0 + 0.002 * i as f64;
            let c = region.center();
            // Rotate/zoom about the region centre, then translate.
            let rz = Transform::translation(c[0] as f64, c[1] as f64)
                .compose(&Transform::similarity(z, a, 0.0, 0.0))
                .compose(&Transform::translation(-c[0] as f64, -c[1] as f64));
            path.push(Transform::translation(x, 0.0).compose(&rz));
        }
        let (mut hidden, mut back) = (0, None);
        for (k, h) in path.iter().enumerate() {
            s.render_view(h, 100 + k as u64, &mut f);
            let Some(fk) = GrayFrame::new(WIDTH, HEIGHT, &f) else {
                panic!()
            };
            let tr = t.track(&fk)[0];
            let frac = in_view_fraction(h, &region, WIDTH as f32, HEIGHT as f32);
            if frac < 0.3 {
                assert!(!tr.visible, "frame {k}: out of view but visible");
                hidden += 1;
            }
            if tr.visible {
                let e = err(&tr.transform, h, region.center());
                assert!(e < 1.0, "frame {k}: error {e} px");
                if hidden > 0 && back.is_none() {
                    back = Some(k);
                }
            }
        }
        assert!(hidden >= 10, "hidden {hidden} frames");
        let Some(back) = back else {
            panic!("never recovered")
        };
        // Recovered as soon as it is back in view (≥ 50 % inside the frame from frame 53 on).
        assert!(back <= 55, "recovered at frame {back}");
        assert!(!t.track_ref(&f0).is_empty());
    }

    #[test]
    fn a_reference_from_another_party_is_found_in_our_frames() {
        // The other party drew on a frame of its own (identity view) that we never had; we
        // are a few frames further (the network's delay), and only a crop around the region
        // arrived, the rest blank.
        let s = Synth::new(Variant::Plain, 1, 21);
        let region = RectF::new(250.0, 180.0, 120.0, 100.0);
        let mut full = Vec::new();
        s.render_view(&Transform::IDENTITY, 1, &mut full);
        let crop = region.expand(0.25 * 120.0 + 64.0);
        let mut reference = vec![128u8; WIDTH * HEIGHT];
        for y in 0..HEIGHT {
            for x in 0..WIDTH {
                if crop.contains([x as f32, y as f32]) {
                    reference[y * WIDTH + x] = full[y * WIDTH + x];
                }
            }
        }
        let Some(r) = GrayFrame::new(WIDTH, HEIGHT, &reference) else {
            panic!()
        };
        let mut t = Tracker::new(Config::default());
        let view = |k: usize| {
            let k = k as f64;
            Transform::similarity(1.0 + 0.004 * k, 0.003 * k, 4.0 * k, -2.5 * k)
        };
        let mut f = Vec::new();
        for k in 0..3 {
            s.render_view(&view(k), 10 + k as u64, &mut f);
            let Some(fk) = GrayFrame::new(WIDTH, HEIGHT, &f) else {
                panic!()
            };
            t.track(&fk);
        }
        assert!(t.add_reference(9, region, &r));
        assert_eq!(t.points(9), Some(0));
        let mut first = None;
        for k in 3..40 {
            let h = view(k);
            s.render_view(&h, 10 + k as u64, &mut f);
            let Some(fk) = GrayFrame::new(WIDTH, HEIGHT, &f) else {
                panic!()
            };
            let tr = t.track(&fk)[0];
            if tr.visible {
                first.get_or_insert(k);
                for p in std::iter::once(region.center()).chain(region.corners()) {
                    let e = err(&tr.transform, &h, p);
                    assert!(e < 1.0, "frame {k}: error {e} px");
                }
            } else {
                assert!(first.is_none(), "frame {k}: lost again");
            }
        }
        assert_eq!(first, Some(3), "found in the first frame after it arrived");
        assert!(t.points(9).is_some_and(|n| n >= 8));
        // A region without texture is refused.
        let blank = vec![90u8; WIDTH * HEIGHT];
        let Some(b) = GrayFrame::new(WIDTH, HEIGHT, &blank) else {
            panic!()
        };
        assert!(!t.add_reference(10, region, &b));
        assert_eq!(t.points(10), None);
    }

    #[test]
    fn add_on_a_later_frame_tracks_existing_annotations_first() {
        let s = Synth::new(Variant::Plain, 1, 3);
        let mut f = Vec::new();
        let mut t = Tracker::new(Config::default());
        s.render_view(&Transform::IDENTITY, 1, &mut f);
        let Some(f0) = GrayFrame::new(WIDTH, HEIGHT, &f) else {
            panic!()
        };
        assert!(t.add(1, RectF::new(100.0, 100.0, 100.0, 100.0), &f0));
        // A frame the tracker has not seen, shifted by (6, -4).
        let h = Transform::translation(6.0, -4.0);
        let mut g = Vec::new();
        s.render_view(&h, 2, &mut g);
        let Some(f1) = GrayFrame::new(WIDTH, HEIGHT, &g) else {
            panic!()
        };
        assert!(t.add(2, RectF::new(300.0, 200.0, 100.0, 100.0), &f1));
        let tr = t.track(&f1);
        let a = tr.iter().find(|x| x.id == 1).map(|x| x.transform);
        let b = tr.iter().find(|x| x.id == 2).map(|x| x.transform);
        let (Some(a), Some(b)) = (a, b) else { panic!() };
        assert!(err(&a, &h, [150.0, 150.0]) < 0.5);
        assert!(err(&b, &Transform::IDENTITY, [350.0, 250.0]) < 0.5);
        // A flat region cannot be tracked.
        let flat = vec![100u8; WIDTH * HEIGHT];
        let Some(ff) = GrayFrame::new(WIDTH, HEIGHT, &flat) else {
            panic!()
        };
        let mut t2 = Tracker::new(Config::default());
        assert!(!t2.add(1, RectF::new(10.0, 10.0, 50.0, 50.0), &ff));
    }
}
