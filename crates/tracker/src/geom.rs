//! Geometry: rectangles, 2×3 transforms, least-squares and RANSAC fits of similarity / affine models.

use crate::rng::Rng;

/// Axis-aligned rectangle in frame pixels (pixel centres at integer coordinates).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RectF {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl RectF {
    pub const fn new(x: f32, y: f32, w: f32, h: f32) -> Self {
        Self { x, y, w, h }
    }

    /// Centre point `[x, y]`.
    pub fn center(&self) -> [f32; 2] {
        [self.x + 0.5 * self.w, self.y + 0.5 * self.h]
    }

    /// The four corners, clockwise from top-left.
    pub fn corners(&self) -> [[f32; 2]; 4] {
        let (x0, y0, x1, y1) = (self.x, self.y, self.x + self.w, self.y + self.h);
        [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]
    }

    /// The rectangle grown by `m` on every side.
    pub fn expand(&self, m: f32) -> Self {
        Self::new(self.x - m, self.y - m, self.w + 2.0 * m, self.h + 2.0 * m)
    }

    pub fn contains(&self, p: [f32; 2]) -> bool {
        p[0] >= self.x && p[1] >= self.y && p[0] <= self.x + self.w && p[1] <= self.y + self.h
    }
}

/// Which transform family to fit per annotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Model {
    /// Rotation + uniform scale + translation (4 degrees of freedom).
    Similarity,
    /// General affine map (6 degrees of freedom).
    Affine,
}

impl Model {
    /// Points in a minimal sample.
    pub fn min_points(self) -> usize {
        match self {
            Model::Similarity => 2,
            Model::Affine => 3,
        }
    }
}

/// A 2×3 affine transform: `x' = m[0] x + m[1] y + m[2]`, `y' = m[3] x + m[4] y + m[5]`.
/// A similarity has `m[0] == m[4]` and `m[1] == -m[3]`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Transform {
    pub m: [f64; 6],
}

impl Default for Transform {
    fn default() -> Self {
        Self::IDENTITY
    }
}

impl Transform {
    pub const IDENTITY: Transform = Transform {
        m: [1.0, 0.0, 0.0, 0.0, 1.0, 0.0],
    };

    /// Similarity `x' = s R(theta) x + t` (theta in radians, counter-clockwise in image axes
    /// with y pointing down, i.e. clockwise on screen).
    pub fn similarity(scale: f64, theta: f64, tx: f64, ty: f64) -> Self {
        let (s, c) = theta.sin_cos();
        Self {
            m: [scale * c, -scale * s, tx, scale * s, scale * c, ty],
        }
    }

    pub fn translation(tx: f64, ty: f64) -> Self {
        Self {
            m: [1.0, 0.0, tx, 0.0, 1.0, ty],
        }
    }

    pub fn apply(&self, p: [f32; 2]) -> [f32; 2] {
        let q = self.apply64([p[0] as f64, p[1] as f64]);
        [q[0] as f32, q[1] as f32]
    }

    pub fn apply64(&self, p: [f64; 2]) -> [f64; 2] {
        let m = &self.m;
        [
            m[0] * p[0] + m[1] * p[1] + m[2],
            m[3] * p[0] + m[4] * p[1] + m[5],
        ]
    }

    /// `self ∘ other` (apply `other` first).
    pub fn compose(&self, other: &Transform) -> Transform {
        let a = &self.m;
        let b = &other.m;
        Transform {
            m: [
                a[0] * b[0] + a[1] * b[3],
                a[0] * b[1] + a[1] * b[4],
                a[0] * b[2] + a[1] * b[5] + a[2],
                a[3] * b[0] + a[4] * b[3],
                a[3] * b[1] + a[4] * b[4],
                a[3] * b[2] + a[4] * b[5] + a[5],
            ],
        }
    }

    pub fn det(&self) -> f64 {
        self.m[0] * self.m[4] - self.m[1] * self.m[3]
    }

    pub fn inverse(&self) -> Option<Transform> {
        let [a, b, c, d, e, f] = self.m;
        let det = a * e - b * d;
        if det.abs() < 1e-12 || !det.is_finite() {
            return None;
        }
        let i = 1.0 / det;
        Some(Transform {
            m: [
                e * i,
                -b * i,
                (b * f - c * e) * i,
                -d * i,
                a * i,
                (c * d - a * f) * i,
            ],
        })
    }

    /// Mean linear scale factor, `sqrt(|det|)`.
    pub fn scale(&self) -> f64 {
        self.det().abs().sqrt()
    }

    /// Rotation angle in radians (of the similarity part).
    pub fn rotation(&self) -> f64 {
        (self.m[3] - self.m[1]).atan2(self.m[0] + self.m[4])
    }

    pub fn is_finite(&self) -> bool {
        self.m.iter().all(|v| v.is_finite())
    }
}

/// Least-squares fit of `model` mapping `src[i] -> dst[i]` for the indices in `idx`.
/// Returns `None` when degenerate (too few or coincident points).
pub fn fit_ls(model: Model, src: &[[f32; 2]], dst: &[[f32; 2]], idx: &[u32]) -> Option<Transform> {
    let n = idx.len();
    if n < model.min_points() {
        return None;
    }
    let (mut msx, mut msy, mut mdx, mut mdy) = (0.0f64, 0.0f64, 0.0f64, 0.0f64);
    for &i in idx {
        let (s, d) = (src.get(i as usize)?, dst.get(i as usize)?);
        msx += s[0] as f64;
        msy += s[1] as f64;
        mdx += d[0] as f64;
        mdy += d[1] as f64;
    }
    let inv_n = 1.0 / n as f64;
    let (msx, msy, mdx, mdy) = (msx * inv_n, msy * inv_n, mdx * inv_n, mdy * inv_n);
    // Centred second moments.
    let (mut sxx, mut sxy, mut syy) = (0.0f64, 0.0f64, 0.0f64);
    let (mut xu, mut yu, mut xv, mut yv) = (0.0f64, 0.0f64, 0.0f64, 0.0f64);
    for &i in idx {
        let (s, d) = (src[i as usize], dst[i as usize]);
        let (x, y) = (s[0] as f64 - msx, s[1] as f64 - msy);
        let (u, v) = (d[0] as f64 - mdx, d[1] as f64 - mdy);
        sxx += x * x;
        sxy += x * y;
        syy += y * y;
        xu += x * u;
        yu += y * u;
        xv += x * v;
        yv += y * v;
    }
    let (a, b, c, d) = match model {
        Model::Similarity => {
            let ss = sxx + syy;
            if ss < 1e-9 {
                return None;
            }
            let p = (xu + yv) / ss; // s cos
            let q = (xv - yu) / ss; // s sin
            (p, -q, q, p)
        }
        Model::Affine => {
            let det = sxx * syy - sxy * sxy;
            if det.abs() < 1e-9 * (sxx + syy).max(1.0).powi(2) {
                return None;
            }
            let inv = 1.0 / det;
            // [sxx sxy; sxy syy] [a; b] = [xu; yu]
            let a = (syy * xu - sxy * yu) * inv;
            let b = (sxx * yu - sxy * xu) * inv;
            let c = (syy * xv - sxy * yv) * inv;
            let d = (sxx * yv - sxy * xv) * inv;
            (a, b, c, d)
        }
    };
    let t = Transform {
        m: [
            a,
            b,
            mdx - (a * msx + b * msy),
            c,
            d,
            mdy - (c * msx + d * msy),
        ],
    };
    t.is_finite().then_some(t)
}

/// RANSAC parameters.
#[derive(Clone, Copy, Debug)]
pub struct RansacParams {
    pub model: Model,
    /// Inlier threshold on the reprojection error, px.
    pub threshold: f32,
    /// Upper bound on hypotheses.
    pub max_iters: u32,
    /// Desired probability of drawing one all-inlier sample (adaptive stop).
    pub confidence: f64,
}

/// Outcome of a robust fit.
#[derive(Clone, Copy, Debug)]
pub struct FitResult {
    pub transform: Transform,
    pub inliers: usize,
    /// Root-mean-square residual of the inliers, px.
    pub rms: f32,
}

/// Reusable RANSAC state (scratch buffers, generator).
#[derive(Clone, Debug)]
pub struct Ransac {
    rng: Rng,
    idx: Vec<u32>,
}

impl Ransac {
    pub fn new(seed: u64) -> Self {
        Self {
            rng: Rng::new(seed),
            idx: Vec::new(),
        }
    }

    /// Robust fit: MSAC hypotheses from minimal samples, then least-squares refinement on the inliers
    /// (twice). `inlier` is resized to `src.len()` and marks the final inliers.
    pub fn fit(
        &mut self,
        p: &RansacParams,
        src: &[[f32; 2]],
        dst: &[[f32; 2]],
        inlier: &mut Vec<bool>,
    ) -> Option<FitResult> {
        self.fit_weighted(p, src, dst, None, inlier)
    }

    /// Like [`Ransac::fit`], with a per-correspondence weight in the hypothesis score (e.g. to let
    /// long-tracked points outvote freshly detected ones).
    pub fn fit_weighted(
        &mut self,
        p: &RansacParams,
        src: &[[f32; 2]],
        dst: &[[f32; 2]],
        weights: Option<&[f32]>,
        inlier: &mut Vec<bool>,
    ) -> Option<FitResult> {
        let n = src.len().min(dst.len());
        inlier.clear();
        inlier.resize(n, false);
        let k = p.model.min_points();
        if n < k {
            return None;
        }
        let thr2 = (p.threshold * p.threshold) as f64;
        let mut best: Option<(Transform, f64, usize)> = None;
        let mut iters = p.max_iters.max(1) as u64;
        let mut it = 0u64;
        let mut sample = [0u32; 3];
        while it < iters {
            it += 1;
            // Distinct random indices.
            let mut m = 0;
            let mut guard = 0;
            while m < k && guard < 100 {
                guard += 1;
                let c = self.rng.below(n) as u32;
                if !sample[..m].contains(&c) {
                    sample[m] = c;
                    m += 1;
                }
            }
            if m < k {
                continue;
            }
            // Reject samples whose source points nearly coincide.
            let (a, b) = (src[sample[0] as usize], src[sample[1] as usize]);
            if (a[0] - b[0]).abs() + (a[1] - b[1]).abs() < 2.0 {
                continue;
            }
            let Some(t) = fit_ls(p.model, src, dst, &sample[..k]) else {
                continue;
            };
            let (cost, cnt) = score(&t, src, dst, weights, thr2);
            if best.as_ref().is_none_or(|b| cost < b.1) {
                best = Some((t, cost, cnt));
                // Adaptive number of iterations.
                let w = cnt as f64 / n as f64;
                let pk = w.powi(k as i32);
                if pk > 0.999_999 {
                    iters = it;
                } else if pk > 0.0 {
                    let need = ((1.0 - p.confidence).ln() / (1.0 - pk).ln()).ceil();
                    if need.is_finite() && need >= 0.0 {
                        iters = iters.min((need as u64).max(it));
                    }
                }
            }
        }
        let (mut t, _, _) = best?;
        // Least-squares refinement on the inliers (two rounds: inliers may change).
        for _ in 0..2 {
            self.collect_inliers(&t, src, dst, thr2);
            if self.idx.len() < k {
                break;
            }
            if let Some(r) = fit_ls(p.model, src, dst, &self.idx) {
                t = r;
            }
        }
        self.collect_inliers(&t, src, dst, thr2);
        if self.idx.len() < k {
            return None;
        }
        let mut se = 0.0f64;
        for &i in &self.idx {
            inlier[i as usize] = true;
            se += residual2(&t, src[i as usize], dst[i as usize]);
        }
        Some(FitResult {
            transform: t,
            inliers: self.idx.len(),
            rms: (se / self.idx.len() as f64).sqrt() as f32,
        })
    }

    fn collect_inliers(&mut self, t: &Transform, src: &[[f32; 2]], dst: &[[f32; 2]], thr2: f64) {
        self.idx.clear();
        for (i, (s, d)) in src.iter().zip(dst).enumerate() {
            if residual2(t, *s, *d) < thr2 {
                self.idx.push(i as u32);
            }
        }
    }
}

#[inline]
fn residual2(t: &Transform, s: [f32; 2], d: [f32; 2]) -> f64 {
    let q = t.apply64([s[0] as f64, s[1] as f64]);
    let (dx, dy) = (q[0] - d[0] as f64, q[1] - d[1] as f64);
    dx * dx + dy * dy
}

fn score(
    t: &Transform,
    src: &[[f32; 2]],
    dst: &[[f32; 2]],
    weights: Option<&[f32]>,
    thr2: f64,
) -> (f64, usize) {
    let mut cost = 0.0;
    let mut cnt = 0;
    for (i, (s, d)) in src.iter().zip(dst).enumerate() {
        let r = residual2(t, *s, *d);
        let w = weights.and_then(|w| w.get(i)).map_or(1.0, |&w| w as f64);
        if r < thr2 {
            cnt += 1;
            cost += w * r;
        } else {
            cost += w * thr2;
        }
    }
    (cost, cnt)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compose_inverse_roundtrip() {
        let t = Transform::similarity(1.3, 0.4, 12.0, -7.0);
        let Some(i) = t.inverse() else {
            panic!("invertible")
        };
        let id = t.compose(&i);
        for (a, b) in id.m.iter().zip(Transform::IDENTITY.m.iter()) {
            assert!((a - b).abs() < 1e-12);
        }
        assert!((t.scale() - 1.3).abs() < 1e-12);
        assert!((t.rotation() - 0.4).abs() < 1e-12);
    }

    fn ransac_recovers(model: Model, truth: Transform) {
        let mut rng = Rng::new(99);
        let n = 100;
        let mut src = Vec::new();
        let mut dst = Vec::new();
        for i in 0..n {
            let p = [rng.range(0.0, 200.0) as f32, rng.range(0.0, 150.0) as f32];
            let q = truth.apply(p);
            if i % 10 < 3 {
                // 30 % outliers: displaced far away.
                dst.push([
                    q[0] + rng.range(8.0, 60.0) as f32,
                    q[1] - rng.range(8.0, 60.0) as f32,
                ]);
            } else {
                dst.push([
                    q[0] + 0.1 * rng.gauss() as f32,
                    q[1] + 0.1 * rng.gauss() as f32,
                ]);
            }
            src.push(p);
        }
        let mut r = Ransac::new(1);
        let mut mask = Vec::new();
        let params = RansacParams {
            model,
            threshold: 2.0,
            max_iters: 200,
            confidence: 0.999,
        };
        let Some(fit) = r.fit(&params, &src, &dst, &mut mask) else {
            panic!("fit failed")
        };
        assert_eq!(fit.inliers, 70, "inliers");
        for (i, &m) in mask.iter().enumerate() {
            assert_eq!(m, i % 10 >= 3);
        }
        // Compare mapped points over the region.
        for p in [[0.0f32, 0.0], [200.0, 0.0], [0.0, 150.0], [200.0, 150.0]] {
            let (a, b) = (fit.transform.apply(p), truth.apply(p));
            let e = ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt();
            assert!(e < 0.1, "{model:?} err {e}");
        }
    }

    #[test]
    fn ransac_similarity_with_outliers() {
        ransac_recovers(
            Model::Similarity,
            Transform::similarity(0.9, 0.2, 30.5, -12.25),
        );
    }

    #[test]
    fn ransac_affine_with_outliers() {
        let t = Transform {
            m: [1.05, 0.1, 4.0, -0.05, 0.92, 7.5],
        };
        ransac_recovers(Model::Affine, t);
    }
}
