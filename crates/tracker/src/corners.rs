//! Shi–Tomasi ("good features to track") corner detection restricted to a region of interest.

use crate::image::Level;

/// Corner detector settings.
#[derive(Clone, Copy, Debug)]
pub struct CornerParams {
    /// Keep at most this many corners (strongest first).
    pub max_corners: usize,
    /// Reject corners weaker than `quality × strongest response in the region`.
    pub quality: f32,
    /// Absolute floor on the response (min eigenvalue of the 3×3-summed structure tensor,
    /// gradients in grey levels per pixel): keeps sensor noise in flat areas out.
    pub min_response: f32,
    /// Minimum distance between corners (and to `existing` points), px.
    pub min_distance: f32,
}

impl Default for CornerParams {
    fn default() -> Self {
        Self {
            max_corners: 100,
            quality: 0.01,
            min_response: 20.0,
            min_distance: 7.0,
        }
    }
}

/// Reusable detector (all scratch buffers are kept between calls).
#[derive(Clone, Debug, Default)]
pub struct CornerDetector {
    gxx: Vec<f32>,
    gxy: Vec<f32>,
    gyy: Vec<f32>,
    resp: Vec<f32>,
    rowsum: Vec<f32>,
    cand: Vec<(f32, u32)>,
    grid: Vec<u32>,
    grid_pts: Vec<[f32; 2]>,
    next: Vec<u32>,
}

/// Bucket grid geometry for the minimum-distance test.
struct Grid {
    ox: f32,
    oy: f32,
    md: f32,
    cw: usize,
    ch: usize,
}

impl Grid {
    fn cell(&self, q: [f32; 2]) -> Option<(usize, usize)> {
        let cx = ((q[0] - self.ox) / self.md).floor();
        let cy = ((q[1] - self.oy) / self.md).floor();
        (cx >= 0.0 && cy >= 0.0 && (cx as usize) < self.cw && (cy as usize) < self.ch)
            .then_some((cx as usize, cy as usize))
    }

    fn insert(&self, q: [f32; 2], grid: &mut [u32], pts: &mut Vec<[f32; 2]>, next: &mut Vec<u32>) {
        if let Some((cx, cy)) = self.cell(q) {
            let id = pts.len() as u32;
            pts.push(q);
            next.push(grid[cy * self.cw + cx]);
            grid[cy * self.cw + cx] = id;
        }
    }
}

impl CornerDetector {
    pub fn new() -> Self {
        Self::default()
    }

    /// Detect corners with pixel positions in `[x0, x1] × [y0, y1]` (level pixel coordinates,
    /// clipped to the image) that are at least `min_distance` from each other and from `existing`.
    /// Appends to `out` (strongest first) and returns how many were added.
    #[allow(clippy::too_many_arguments)]
    pub fn detect(
        &mut self,
        img: &Level,
        x0: isize,
        y0: isize,
        x1: isize,
        y1: isize,
        p: &CornerParams,
        existing: &[[f32; 2]],
        out: &mut Vec<[f32; 2]>,
    ) -> usize {
        let x0 = x0.max(1);
        let y0 = y0.max(1);
        let x1 = x1.min(img.width as isize - 2);
        let y1 = y1.min(img.height as isize - 2);
        if x1 - x0 < 2 || y1 - y0 < 2 || p.max_corners == 0 {
            return 0;
        }
        // Structure tensor products on the ROI grown by 1 (for the 3×3 box sum).
        let (gw, gh) = ((x1 - x0 + 3) as usize, (y1 - y0 + 3) as usize);
        for v in [&mut self.gxx, &mut self.gxy, &mut self.gyy] {
            v.clear();
            v.resize(gw * gh, 0.0);
        }
        let s = img.stride;
        for gy_ in 0..gh {
            let y = y0 - 1 + gy_ as isize;
            let c = img.index(x0 - 1, y);
            // Sobel needs one more pixel each side: rows y-1..y+1, columns x0-2 ..= x1+2.
            let (u, m, d) = (
                &img.data[c - s - 1..c - s + gw + 1],
                &img.data[c - 1..c + gw + 1],
                &img.data[c + s - 1..c + s + gw + 1],
            );
            let row = gy_ * gw;
            let (oxx, oxy, oyy) = (
                &mut self.gxx[row..row + gw],
                &mut self.gxy[row..row + gw],
                &mut self.gyy[row..row + gw],
            );
            for i in 0..gw {
                let gx = ((u[i + 2] - u[i]) + 2.0 * (m[i + 2] - m[i]) + (d[i + 2] - d[i])) * 0.125;
                let gy =
                    ((d[i] - u[i]) + 2.0 * (d[i + 1] - u[i + 1]) + (d[i + 2] - u[i + 2])) * 0.125;
                oxx[i] = gx * gx;
                oxy[i] = gx * gy;
                oyy[i] = gy * gy;
            }
        }
        // 3×3 box sums -> min eigenvalue, on the ROI.
        let (rw, rh) = (gw - 2, gh - 2);
        self.resp.clear();
        self.resp.resize(rw * rh, 0.0);
        self.rowsum.clear();
        self.rowsum.resize(3 * gw, 0.0);
        let mut maxr = 0.0f32;
        for y in 0..rh {
            // Vertical 3-sums of the three products for row y (+1 in grid coords).
            let (sa, rest) = self.rowsum.split_at_mut(gw);
            let (sb, sc) = rest.split_at_mut(gw);
            for (k, (buf, sum)) in [
                (&self.gxx, &mut *sa),
                (&self.gxy, &mut *sb),
                (&self.gyy, &mut *sc),
            ]
            .into_iter()
            .enumerate()
            {
                let _ = k;
                let (r0, r1, r2) = (
                    &buf[y * gw..(y + 1) * gw],
                    &buf[(y + 1) * gw..(y + 2) * gw],
                    &buf[(y + 2) * gw..(y + 3) * gw],
                );
                for (((o, a), b), c) in sum.iter_mut().zip(r0).zip(r1).zip(r2) {
                    *o = a + b + c;
                }
            }
            let out = &mut self.resp[y * rw..(y + 1) * rw];
            for (i, o) in out.iter_mut().enumerate() {
                let a = sa[i] + sa[i + 1] + sa[i + 2];
                let b = sb[i] + sb[i + 1] + sb[i + 2];
                let c = sc[i] + sc[i + 1] + sc[i + 2];
                let h = 0.5 * (a - c);
                let e = 0.5 * (a + c) - (h * h + b * b).sqrt();
                *o = e;
                maxr = maxr.max(e);
            }
        }
        let thr = (maxr * p.quality).max(p.min_response);
        // 3×3 non-maximum suppression (ROI border pixels are skipped).
        self.cand.clear();
        for y in 1..rh.saturating_sub(1) {
            let (up, mid, dn) = (
                &self.resp[(y - 1) * rw..y * rw],
                &self.resp[y * rw..(y + 1) * rw],
                &self.resp[(y + 1) * rw..(y + 2) * rw],
            );
            for x in 1..rw - 1 {
                let v = mid[x];
                if v >= thr
                    && v > mid[x - 1]
                    && v >= mid[x + 1]
                    && v > up[x - 1]
                    && v > up[x]
                    && v > up[x + 1]
                    && v >= dn[x - 1]
                    && v >= dn[x]
                    && v >= dn[x + 1]
                {
                    self.cand.push((v, (y * rw + x) as u32));
                }
            }
        }
        self.cand
            .sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        // Minimum distance with a uniform grid of buckets (cell = min_distance).
        let md = p.min_distance.max(1.0);
        let md2 = md * md;
        let (ox, oy) = ((x0 as f32) - md, (y0 as f32) - md);
        let cw = ((rw as f32 + 2.0 * md) / md).ceil() as usize + 1;
        let ch = ((rh as f32 + 2.0 * md) / md).ceil() as usize + 1;
        self.grid.clear();
        self.grid.resize(cw * ch, u32::MAX);
        self.grid_pts.clear();
        self.next.clear();
        let geo = Grid { ox, oy, md, cw, ch };
        for &q in existing {
            geo.insert(q, &mut self.grid, &mut self.grid_pts, &mut self.next);
        }
        let start = out.len();
        for &(_, idx) in &self.cand {
            if out.len() - start >= p.max_corners {
                break;
            }
            let q = [
                (x0 + (idx as usize % rw) as isize) as f32,
                (y0 + (idx as usize / rw) as isize) as f32,
            ];
            let Some((cx, cy)) = geo.cell(q) else {
                continue;
            };
            let mut ok = true;
            'outer: for yy in cy.saturating_sub(1)..(cy + 2).min(ch) {
                for xx in cx.saturating_sub(1)..(cx + 2).min(cw) {
                    let mut id = self.grid[yy * cw + xx];
                    while id != u32::MAX {
                        let e = self.grid_pts[id as usize];
                        let (dx, dy) = (e[0] - q[0], e[1] - q[1]);
                        if dx * dx + dy * dy < md2 {
                            ok = false;
                            break 'outer;
                        }
                        id = self.next[id as usize];
                    }
                }
            }
            if ok {
                geo.insert(q, &mut self.grid, &mut self.grid_pts, &mut self.next);
                out.push(q);
            }
        }
        out.len() - start
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::image::{GrayFrame, Pyramid};

    #[test]
    fn finds_checkerboard_corners() {
        // 5×4 squares of 16 px, offset by 20 px: inner corners at (20 + 16 i, 20 + 16 j).
        let (w, h) = (120usize, 104usize);
        let mut data = vec![128u8; w * h];
        for y in 20..20 + 64 {
            for x in 20..20 + 80 {
                let c = ((x - 20) / 16 + (y - 20) / 16) % 2;
                data[y * w + x] = if c == 0 { 40 } else { 210 };
            }
        }
        let Some(f) = GrayFrame::new(w, h, &data) else {
            panic!()
        };
        let mut pyr = Pyramid::new();
        pyr.build(&f, 1, 4);
        let Some(l0) = pyr.level(0) else { panic!() };
        let mut det = CornerDetector::new();
        let mut out = Vec::new();
        let p = CornerParams {
            max_corners: 100,
            quality: 0.1,
            min_response: 10.0,
            min_distance: 5.0,
        };
        det.detect(l0, 0, 0, w as isize, h as isize, &p, &[], &mut out);
        // All 4×3 inner corners found (within 1 px; a corner sits between pixels).
        for j in 1..4 {
            for i in 1..5 {
                let (cx, cy) = ((20 + 16 * i) as f32 - 0.5, (20 + 16 * j) as f32 - 0.5);
                let found = out
                    .iter()
                    .any(|q| (q[0] - cx).abs() <= 1.0 && (q[1] - cy).abs() <= 1.0);
                assert!(found, "corner ({cx},{cy}) missing in {out:?}");
            }
        }
        // Restricting the region restricts the result; existing points are avoided.
        let mut sub = Vec::new();
        det.detect(l0, 30, 30, 60, 60, &p, &[[36.0, 36.0]], &mut sub);
        assert!(!sub.is_empty());
        for q in &sub {
            assert!(q[0] >= 30.0 && q[0] <= 60.0 && q[1] >= 30.0 && q[1] <= 60.0);
            assert!((q[0] - 36.0).hypot(q[1] - 36.0) >= 5.0);
        }
        // Flat image: nothing.
        let flat = vec![90u8; w * h];
        let Some(f) = GrayFrame::new(w, h, &flat) else {
            panic!()
        };
        pyr.build(&f, 1, 4);
        let Some(l0) = pyr.level(0) else { panic!() };
        let mut none = Vec::new();
        assert_eq!(det.detect(l0, 0, 0, 119, 103, &p, &[], &mut none), 0);
    }
}
