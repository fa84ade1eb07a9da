//! Pyramidal Lucas–Kanade point tracking (Bouguet's scheme) with an offset-invariant data term.
//!
//! Per point and level, the template window is sampled once (bilinear, constant weights because the
//! whole window shares one sub-pixel offset) together with its Scharr gradients; the gradients are
//! made zero-mean, which makes the solution invariant to a brightness offset between the frames.
//! Each iteration then samples the current frame's window and accumulates `Σ e ∇T` in eight
//! independent lanes so that the loop vectorises without fast-math.

use crate::image::{Level, Pyramid};

/// Lucas–Kanade settings.
#[derive(Clone, Copy, Debug)]
pub struct LkParams {
    /// Window radius: the window is `(2 r + 1)²` (7 → 15×15, 10 → 21×21).
    pub radius: usize,
    /// Iteration cap per level.
    pub max_iters: u32,
    /// Stop when the update is shorter than this (level px).
    pub eps: f32,
    /// Reject points whose normalised gradient matrix has a smaller minimum eigenvalue
    /// (grey levels² per px², averaged over the window).
    pub min_eig: f32,
}

impl Default for LkParams {
    fn default() -> Self {
        Self {
            radius: 7,
            max_iters: 20,
            eps: 0.01,
            min_eig: 0.05,
        }
    }
}

const LANES: usize = 8;

/// Reusable LK solver (scratch buffers kept between calls).
#[derive(Clone, Debug, Default)]
pub struct Lk {
    /// Template row stride (window width rounded up to a multiple of [`LANES`]).
    stride: usize,
    radius: usize,
    patch: Vec<f32>,
    tpl: Vec<f32>,
    gx: Vec<f32>,
    gy: Vec<f32>,
    /// Row buffers (horizontally interpolated rows) and per-column accumulators.
    h0: Vec<f32>,
    h1: Vec<f32>,
    acc0: Vec<f32>,
    acc1: Vec<f32>,
    acc2: Vec<f32>,
    /// Gauss–Newton iterations and solved windows since creation (for profiling).
    pub iterations: u64,
    pub windows: u64,
}

/// Border (px) a pyramid needs for windows of radius `radius` around any in-image point.
pub fn required_border(radius: usize) -> usize {
    (2 * radius + 1).next_multiple_of(LANES) - radius + 2
}

impl Lk {
    pub fn new() -> Self {
        Self::default()
    }

    fn ensure(&mut self, radius: usize) {
        if self.radius == radius && !self.tpl.is_empty() {
            return;
        }
        let n = 2 * radius + 1;
        self.radius = radius;
        self.stride = n.next_multiple_of(LANES);
        let len = self.stride * n;
        for v in [&mut self.tpl, &mut self.gx, &mut self.gy] {
            v.clear();
            v.resize(len, 0.0);
        }
        self.patch.clear();
        self.patch.resize((n + 2) * (n + 2), 0.0);
        let w = self.stride.max(n + 2);
        for v in [
            &mut self.h0,
            &mut self.h1,
            &mut self.acc0,
            &mut self.acc1,
            &mut self.acc2,
        ] {
            v.clear();
            v.resize(w, 0.0);
        }
    }

    /// Track `p` (level-0 px in `prev`) into `cur`, starting from the level-0 guess `guess`.
    /// Returns the level-0 position in `cur`, or `None` if the point was lost (window left the
    /// image, flat texture, or divergence). Both pyramids must have the same shape and a border of
    /// at least [`required_border`].
    pub fn track(
        &mut self,
        prev: &Pyramid,
        cur: &Pyramid,
        p: [f32; 2],
        guess: [f32; 2],
        par: &LkParams,
    ) -> Option<[f32; 2]> {
        self.track_levels(prev, cur, p, guess, usize::MAX, par)
    }

    /// Like [`Lk::track`] using only the finest `levels` pyramid levels (for a good guess, e.g. the
    /// backward pass of a forward–backward check).
    pub fn track_levels(
        &mut self,
        prev: &Pyramid,
        cur: &Pyramid,
        p: [f32; 2],
        guess: [f32; 2],
        levels: usize,
        par: &LkParams,
    ) -> Option<[f32; 2]> {
        self.ensure(par.radius);
        let nl = prev.len().min(cur.len()).min(levels.max(1));
        if nl == 0 {
            return None;
        }
        let top = nl - 1;
        let sc = 1.0 / (1u32 << top) as f32;
        let mut q = [guess[0] * sc, guess[1] * sc];
        for l in (0..nl).rev() {
            let s = 1.0 / (1u32 << l) as f32;
            let (pi, ci) = (prev.level(l)?, cur.level(l)?);
            let pl = [p[0] * s, p[1] * s];
            let g = self.prepare(pi, pl)?;
            if g.min_eig < par.min_eig {
                return None;
            }
            q = self.iterate(ci, q, &g, par)?;
            if l > 0 {
                q = [q[0] * 2.0, q[1] * 2.0];
            }
        }
        Some(q)
    }

    /// Sample the template window around `p` and its zero-mean gradients; returns `G⁻¹`.
    fn prepare(&mut self, img: &Level, p: [f32; 2]) -> Option<Gram> {
        let r = self.radius as isize;
        let n = 2 * self.radius + 1;
        let m = n + 2;
        let (fx, fy) = (p[0].floor(), p[1].floor());
        let (ix, iy) = (fx as isize, fy as isize);
        let (ax, ay) = (p[0] - fx, p[1] - fy);
        if !img.box_inside(ix - r - 1, iy - r - 1, ix + r + 2, iy + r + 2) {
            return None;
        }
        let st = img.stride;
        let base = img.index(ix - r - 1, iy - r - 1);
        let block = img.data.get(base..base + m * st + m + 1)?;
        let (mut h0, mut h1) = (&mut self.h0[..m], &mut self.h1[..m]);
        lerp_row(&block[..m + 1], ax, &mut *h0);
        for (j, out) in self.patch.chunks_exact_mut(m).enumerate() {
            let o = (j + 1) * st;
            lerp_row(&block[o..o + m + 1], ax, &mut *h1);
            for ((d, &a), &b) in out.iter_mut().zip(h0.iter()).zip(h1.iter()) {
                *d = a + ay * (b - a);
            }
            std::mem::swap(&mut h0, &mut h1);
        }
        Some(self.finish_template())
    }

    /// Template gradients (Scharr on the sampled patch), made zero-mean; returns the inverse Gram matrix.
    fn finish_template(&mut self) -> Gram {
        let n = 2 * self.radius + 1;
        let m = n + 2;
        let s = self.stride;
        for j in 0..n {
            let (u, c, d) = (
                &self.patch[j * m..(j + 1) * m],
                &self.patch[(j + 1) * m..(j + 2) * m],
                &self.patch[(j + 2) * m..(j + 3) * m],
            );
            let (t, gx, gy) = (
                &mut self.tpl[j * s..j * s + n],
                &mut self.gx[j * s..j * s + n],
                &mut self.gy[j * s..j * s + n],
            );
            t.copy_from_slice(&c[1..n + 1]);
            let (ul, um, ur) = (&u[..n], &u[1..n + 1], &u[2..n + 2]);
            let (cl, cr) = (&c[..n], &c[2..n + 2]);
            let (dl, dm, dr) = (&d[..n], &d[1..n + 1], &d[2..n + 2]);
            for ((((((o, &a), &b), &e), &f), &p), &q) in gx
                .iter_mut()
                .zip(ul)
                .zip(ur)
                .zip(dl)
                .zip(dr)
                .zip(cl)
                .zip(cr)
            {
                *o = (3.0 * ((b - a) + (f - e)) + 10.0 * (q - p)) * (1.0 / 32.0);
            }
            for ((((((o, &a), &b), &e), &f), &p), &q) in gy
                .iter_mut()
                .zip(ul)
                .zip(ur)
                .zip(dl)
                .zip(dr)
                .zip(um)
                .zip(dm)
            {
                *o = (3.0 * ((e - a) + (f - b)) + 10.0 * (q - p)) * (1.0 / 32.0);
            }
        }
        // Column sums (vectorisable: no reduction inside a row); the padding columns are zero.
        let (sx, sy) = (&mut self.acc0[..s], &mut self.acc1[..s]);
        sx.fill(0.0);
        sy.fill(0.0);
        for (rx, ry) in self.gx.chunks_exact(s).zip(self.gy.chunks_exact(s)) {
            for (((ax, ay), &x), &y) in sx.iter_mut().zip(sy.iter_mut()).zip(rx).zip(ry) {
                *ax += x;
                *ay += y;
            }
        }
        let inv_n = 1.0 / (n * n) as f32;
        let mx = sx.iter().sum::<f32>() * inv_n;
        let my = sy.iter().sum::<f32>() * inv_n;
        for (rx, ry) in self.gx.chunks_exact_mut(s).zip(self.gy.chunks_exact_mut(s)) {
            for (x, y) in rx[..n].iter_mut().zip(ry[..n].iter_mut()) {
                *x -= mx;
                *y -= my;
            }
        }
        let (sa, sb, sc) = (
            &mut self.acc0[..s],
            &mut self.acc1[..s],
            &mut self.acc2[..s],
        );
        sa.fill(0.0);
        sb.fill(0.0);
        sc.fill(0.0);
        for (rx, ry) in self.gx.chunks_exact(s).zip(self.gy.chunks_exact(s)) {
            for ((((a, b), c), &x), &y) in sa
                .iter_mut()
                .zip(sb.iter_mut())
                .zip(sc.iter_mut())
                .zip(rx)
                .zip(ry)
            {
                *a += x * x;
                *b += x * y;
                *c += y * y;
            }
        }
        let a: f32 = sa.iter().sum();
        let b: f32 = sb.iter().sum();
        let c: f32 = sc.iter().sum();
        let det = a * c - b * b;
        let h = 0.5 * (a - c);
        let min_eig = (0.5 * (a + c) - (h * h + b * b).sqrt()) * inv_n;
        let id = if det > 0.0 && det.is_finite() {
            1.0 / det
        } else {
            0.0
        };
        let min_eig = if id > 0.0 { min_eig } else { 0.0 };
        Gram {
            ia: c * id,
            ib: -b * id,
            ic: a * id,
            min_eig,
        }
    }

    /// Like [`Lk::track`], but the template is taken from `reference` around `p` through the linear
    /// map `lin` (row-major 2×2, current-frame offsets → reference offsets), so a rotated / scaled
    /// view of the reference can be tracked. Uses the finest `levels` levels (slow path: per-sample
    /// interpolation; meant for re-acquisition, not for every frame). Also returns the normalised
    /// cross-correlation of the template and the tracked window (for verification).
    #[allow(clippy::too_many_arguments)]
    pub fn track_warped(
        &mut self,
        reference: &Pyramid,
        cur: &Pyramid,
        p: [f32; 2],
        lin: [f32; 4],
        guess: [f32; 2],
        levels: usize,
        par: &LkParams,
    ) -> Option<([f32; 2], f32)> {
        self.ensure(par.radius);
        let nl = reference.len().min(cur.len()).min(levels.max(1));
        let top = nl - 1;
        let sc = 1.0 / (1u32 << top) as f32;
        let mut q = [guess[0] * sc, guess[1] * sc];
        let r = self.radius as f32 + 1.0;
        let m = 2 * self.radius + 3;
        for l in (0..nl).rev() {
            let s = 1.0 / (1u32 << l) as f32;
            let (ri, ci) = (reference.level(l)?, cur.level(l)?);
            let pl = [p[0] * s, p[1] * s];
            for (j, out) in self.patch.chunks_exact_mut(m).enumerate() {
                let v = j as f32 - r;
                for (k, o) in out.iter_mut().enumerate() {
                    let u = k as f32 - r;
                    *o = sample(
                        ri,
                        pl[0] + lin[0] * u + lin[1] * v,
                        pl[1] + lin[2] * u + lin[3] * v,
                    );
                }
            }
            let g = self.finish_template();
            if g.min_eig < par.min_eig {
                return None;
            }
            // Lighting may have changed since the reference was taken: contrast-normalised
            // iterations (the window's gain is re-estimated at every step).
            q = self.iterate_normalized(ci, q, &g, par)?;
            if l > 0 {
                q = [q[0] * 2.0, q[1] * 2.0];
            }
        }
        let c = self.moments(cur.level(0)?, q)?.ncc();
        Some((q, c))
    }

    /// Second moments of the prepared template and of `img`'s window around `q`.
    fn moments(&mut self, img: &Level, q: [f32; 2]) -> Option<Moments> {
        let r = self.radius as isize;
        let n = 2 * self.radius + 1;
        let (fx, fy) = (q[0].floor(), q[1].floor());
        let (ix, iy) = (fx as isize, fy as isize);
        if !img.box_inside(ix - r, iy - r, ix + r + 1, iy + r + 1) {
            return None;
        }
        let (ax, ay) = (q[0] - fx, q[1] - fy);
        let st = img.stride;
        let base = img.index(ix - r, iy - r);
        let block = img.data.get(base..base + n * st + n + 1)?;
        let (mut h0, mut h1) = (&mut self.h0[..n], &mut self.h1[..n]);
        let (mut s_t, mut s_j, mut stt, mut sjj, mut stj) =
            (0.0f64, 0.0f64, 0.0f64, 0.0f64, 0.0f64);
        lerp_row(&block[..n + 1], ax, &mut *h0);
        for (j, t) in self.tpl.chunks_exact(self.stride).enumerate() {
            let o = (j + 1) * st;
            lerp_row(&block[o..o + n + 1], ax, &mut *h1);
            for ((&a, &b), &tv) in h0.iter().zip(h1.iter()).zip(&t[..n]) {
                let jv = (a + ay * (b - a)) as f64;
                let tv = tv as f64;
                s_t += tv;
                s_j += jv;
                stt += tv * tv;
                sjj += jv * jv;
                stj += tv * jv;
            }
            std::mem::swap(&mut h0, &mut h1);
        }
        let k = (n * n) as f64;
        Some(Moments {
            vt: (stt - s_t * s_t / k) / k,
            vj: (sjj - s_j * s_j / k) / k,
            cov: (stj - s_t * s_j / k) / k,
        })
    }

    /// Gauss–Newton iterations for the translation of the prepared template into `img`.
    fn iterate(
        &mut self,
        img: &Level,
        mut q: [f32; 2],
        g: &Gram,
        par: &LkParams,
    ) -> Option<[f32; 2]> {
        let r = self.radius as isize;
        let n = 2 * self.radius + 1;
        let s = self.stride;
        let st = img.stride;
        let eps2 = par.eps * par.eps;
        self.windows += 1;
        let Self {
            tpl,
            gx,
            gy,
            h0,
            h1,
            acc0,
            acc1,
            iterations,
            ..
        } = self;
        let (mut h0, mut h1, bxs, bys) =
            (&mut h0[..s], &mut h1[..s], &mut acc0[..s], &mut acc1[..s]);
        for _ in 0..par.max_iters.max(1) {
            *iterations += 1;
            if !(q[0].is_finite() && q[1].is_finite()) {
                return None;
            }
            let (fx, fy) = (q[0].floor(), q[1].floor());
            let (ix, iy) = (fx as isize, fy as isize);
            if !img.box_inside(ix - r, iy - r, ix - r + s as isize, iy + r + 1) {
                return None;
            }
            let (ax, ay) = (q[0] - fx, q[1] - fy);
            let base = img.index(ix - r, iy - r);
            let block = img.data.get(base..base + n * st + s + 1)?;
            bxs.fill(0.0);
            bys.fill(0.0);
            lerp_row(&block[..s + 1], ax, &mut *h0);
            for (j, ((t, x), y)) in tpl
                .chunks_exact(s)
                .zip(gx.chunks_exact(s))
                .zip(gy.chunks_exact(s))
                .enumerate()
            {
                let o = (j + 1) * st;
                lerp_row(&block[o..o + s + 1], ax, &mut *h1);
                for ((((((bx, by), &a), &b), &tt), &x), &y) in bxs
                    .iter_mut()
                    .zip(bys.iter_mut())
                    .zip(h0.iter())
                    .zip(h1.iter())
                    .zip(t)
                    .zip(x)
                    .zip(y)
                {
                    let e = tt - (a + ay * (b - a));
                    *bx += e * x;
                    *by += e * y;
                }
                std::mem::swap(&mut h0, &mut h1);
            }
            let bx: f32 = bxs.iter().sum();
            let by: f32 = bys.iter().sum();
            let dx = g.ia * bx + g.ib * by;
            let dy = g.ib * bx + g.ic * by;
            q = [q[0] + dx, q[1] + dy];
            if dx * dx + dy * dy < eps2 {
                break;
            }
        }
        Some(q)
    }
}

impl Lk {
    /// Like `iterate`, but the window is normalised to the template's contrast at every step
    /// (`J' = (J − mean J) · σ_T / σ_J`), so a gain change between template and frame does not
    /// bias the result. Scalar slow path (re-acquisition and drift correction only).
    fn iterate_normalized(
        &mut self,
        img: &Level,
        mut q: [f32; 2],
        g: &Gram,
        par: &LkParams,
    ) -> Option<[f32; 2]> {
        let r = self.radius as isize;
        let n = 2 * self.radius + 1;
        let s = self.stride;
        let st = img.stride;
        let nn = (n * n) as f64;
        let (mut s_t, mut stt, mut tgx, mut tgy) = (0.0f64, 0.0f64, 0.0f64, 0.0f64);
        for ((t, x), y) in self
            .tpl
            .chunks_exact(s)
            .zip(self.gx.chunks_exact(s))
            .zip(self.gy.chunks_exact(s))
        {
            for ((&t, &x), &y) in t[..n].iter().zip(&x[..n]).zip(&y[..n]) {
                let t = t as f64;
                s_t += t;
                stt += t * t;
                tgx += t * x as f64;
                tgy += t * y as f64;
            }
        }
        let sd_t = (stt - s_t * s_t / nn).max(0.0).sqrt();
        let eps2 = par.eps * par.eps;
        self.windows += 1;
        for _ in 0..par.max_iters.max(1) {
            self.iterations += 1;
            if !(q[0].is_finite() && q[1].is_finite()) {
                return None;
            }
            let (fx, fy) = (q[0].floor(), q[1].floor());
            let (ix, iy) = (fx as isize, fy as isize);
            if !img.box_inside(ix - r, iy - r, ix + r + 1, iy + r + 1) {
                return None;
            }
            let (ax, ay) = (q[0] - fx, q[1] - fy);
            let base = img.index(ix - r, iy - r);
            let block = img.data.get(base..base + n * st + n + 1)?;
            let (mut h0, mut h1) = (&mut self.h0[..n], &mut self.h1[..n]);
            let (mut s_j, mut sjj, mut jgx, mut jgy) = (0.0f64, 0.0f64, 0.0f64, 0.0f64);
            lerp_row(&block[..n + 1], ax, &mut *h0);
            for (j, (x, y)) in self
                .gx
                .chunks_exact(s)
                .zip(self.gy.chunks_exact(s))
                .enumerate()
            {
                let o = (j + 1) * st;
                lerp_row(&block[o..o + n + 1], ax, &mut *h1);
                for (((&a, &b), &x), &y) in h0.iter().zip(h1.iter()).zip(&x[..n]).zip(&y[..n]) {
                    let jv = (a + ay * (b - a)) as f64;
                    s_j += jv;
                    sjj += jv * jv;
                    jgx += jv * x as f64;
                    jgy += jv * y as f64;
                }
                std::mem::swap(&mut h0, &mut h1);
            }
            let sd_j = (sjj - s_j * s_j / nn).max(0.0).sqrt();
            if sd_j < 1e-3 {
                return None;
            }
            // The gradients are zero-mean, so the means of T and J drop out.
            let k = sd_t / sd_j;
            let bx = (tgx - k * jgx) as f32;
            let by = (tgy - k * jgy) as f32;
            let dx = g.ia * bx + g.ib * by;
            let dy = g.ib * bx + g.ic * by;
            q = [q[0] + dx, q[1] + dy];
            if dx * dx + dy * dy < eps2 {
                break;
            }
        }
        Some(q)
    }
}

/// `out[i] = row[i] + a (row[i + 1] − row[i])` for `i < out.len()`; `row` has one more element.
#[inline]
fn lerp_row(row: &[f32], a: f32, out: &mut [f32]) {
    let n = out.len();
    let (x0, x1) = (&row[..n], &row[1..n + 1]);
    for ((o, &p), &q) in out.iter_mut().zip(x0).zip(x1) {
        *o = p + a * (q - p);
    }
}

/// Bilinear sample with clamping to the padded area.
fn sample(img: &Level, x: f32, y: f32) -> f32 {
    let (fx, fy) = (x.floor(), y.floor());
    let (ix, iy) = (fx as isize, fy as isize);
    let (ax, ay) = (x - fx, y - fy);
    let a = img.get(ix, iy) * (1.0 - ax) + img.get(ix + 1, iy) * ax;
    let b = img.get(ix, iy + 1) * (1.0 - ax) + img.get(ix + 1, iy + 1) * ax;
    a * (1.0 - ay) + b * ay
}

/// Variances of template and window and their covariance.
#[derive(Clone, Copy, Debug)]
struct Moments {
    vt: f64,
    vj: f64,
    cov: f64,
}

impl Moments {
    /// Zero-mean normalised cross-correlation.
    fn ncc(&self) -> f32 {
        if self.vt <= 1e-9 || self.vj <= 1e-9 {
            0.0
        } else {
            (self.cov / (self.vt * self.vj).sqrt()) as f32
        }
    }
}

/// Inverse of the template's gradient (Gram) matrix, plus its normalised minimum eigenvalue.
#[derive(Clone, Copy, Debug)]
struct Gram {
    ia: f32,
    ib: f32,
    ic: f32,
    min_eig: f32,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::image::GrayFrame;
    use crate::rng::Rng;

    /// Smooth random texture sampled at a sub-pixel shift (band-limited sum of sinusoids).
    fn texture(w: usize, h: usize, dx: f32, dy: f32, gain: f32, offset: f32) -> Vec<u8> {
        let mut rng = Rng::new(5);
        let waves: Vec<(f32, f32, f32, f32)> = (0..24)
            .map(|_| {
                let ang = rng.range(0.0, std::f64::consts::TAU) as f32;
                let f = rng.range(0.03, 0.2) as f32;
                (
                    f * ang.cos(),
                    f * ang.sin(),
                    rng.range(0.0, 6.3) as f32,
                    rng.range(4.0, 14.0) as f32,
                )
            })
            .collect();
        let mut out = vec![0u8; w * h];
        for y in 0..h {
            for x in 0..w {
                let (sx, sy) = (x as f32 - dx, y as f32 - dy);
                let mut v = 128.0;
                for &(kx, ky, ph, a) in &waves {
                    v += a * (kx * sx + ky * sy + ph).sin();
                }
                out[y * w + x] = (v * gain + offset).round().clamp(0.0, 255.0) as u8;
            }
        }
        out
    }

    fn run(dx: f32, dy: f32, gain: f32, offset: f32, radius: usize) -> f32 {
        let (w, h) = (160, 120);
        let a = texture(w, h, 0.0, 0.0, 1.0, 0.0);
        let b = texture(w, h, dx, dy, gain, offset);
        let (Some(fa), Some(fb)) = (GrayFrame::new(w, h, &a), GrayFrame::new(w, h, &b)) else {
            panic!()
        };
        let border = required_border(radius);
        let (mut pa, mut pb) = (Pyramid::new(), Pyramid::new());
        pa.build(&fa, 3, border);
        pb.build(&fb, 3, border);
        let mut lk = Lk::new();
        let par = LkParams {
            radius,
            ..LkParams::default()
        };
        let mut worst = 0.0f32;
        for p in [[80.0f32, 60.0], [50.3, 40.7], [110.0, 85.5], [30.0, 90.0]] {
            let Some(q) = lk.track(&pa, &pb, p, p, &par) else {
                panic!("lost {p:?}")
            };
            let e = (q[0] - p[0] - dx).hypot(q[1] - p[1] - dy);
            worst = worst.max(e);
        }
        worst
    }

    #[test]
    fn recovers_subpixel_translation() {
        for (dx, dy) in [
            (3.0f32, -2.0f32),
            (0.37, -0.21),
            (2.6, 1.45),
            (-7.3, 4.8),
            (12.2, -9.6),
        ] {
            // 21×21 window: within 0.05 px (the residual is the bias of bilinear interpolation).
            let e = run(dx, dy, 1.0, 0.0, 10);
            assert!(e < 0.05, "shift ({dx},{dy}) error {e}");
            // 15×15 window: fewer samples, a little more bias.
            let e = run(dx, dy, 1.0, 0.0, 7);
            assert!(e < 0.1, "15x15: shift ({dx},{dy}) error {e}");
        }
    }

    #[test]
    fn warped_tracking_handles_gain_and_offset() {
        let (w, h) = (160, 120);
        let a = texture(w, h, 0.0, 0.0, 1.0, 0.0);
        let b = texture(w, h, 2.3, -1.7, 0.6, 30.0);
        let (Some(fa), Some(fb)) = (GrayFrame::new(w, h, &a), GrayFrame::new(w, h, &b)) else {
            panic!()
        };
        let (mut pa, mut pb) = (Pyramid::new(), Pyramid::new());
        pa.build(&fa, 2, required_border(7));
        pb.build(&fb, 2, required_border(7));
        let mut lk = Lk::new();
        let par = LkParams::default();
        for p in [[50.3f32, 40.7], [80.0, 60.0]] {
            let guess = [p[0] + 1.0, p[1] - 1.0];
            let id = [1.0, 0.0, 0.0, 1.0];
            let Some((q, ncc)) = lk.track_warped(&pa, &pb, p, id, guess, 2, &par) else {
                panic!("lost")
            };
            let e = (q[0] - p[0] - 2.3).hypot(q[1] - p[1] + 1.7);
            // A 40 % contrast drop: within 0.15 px (the bilinear bias alone is ≈ 0.05 px here and
            // the quantisation noise grows with the lower contrast) ...
            assert!(e < 0.15, "error {e}");
            assert!(ncc > 0.95, "ncc {ncc}");
            // ... whereas the frame-to-frame path, which only absorbs an offset, is far off.
            let Some(q2) = lk.track(&pa, &pb, p, guess, &par) else {
                panic!("lost")
            };
            assert!((q2[0] - p[0] - 2.3).hypot(q2[1] - p[1] + 1.7) > 0.3);
        }
    }

    #[test]
    fn brightness_offset_does_not_bias() {
        let e = run(1.3, -0.8, 1.0, 25.0, 10);
        assert!(e < 0.05, "error {e}");
    }
}
