//! Oriented binary descriptors (BRIEF-style, 256 intensity comparisons inside a disc, steered by the
//! intensity-centroid orientation) used to find a lost object again anywhere in the frame.

use crate::image::Level;
use crate::rng::Rng;

/// A keypoint with its descriptor.
#[derive(Clone, Copy, Debug)]
pub struct Feature {
    /// Position in level-0 px.
    pub pos: [f32; 2],
    /// Pyramid level it was described at.
    pub level: u8,
    pub desc: [u64; 4],
}

/// Number of binary tests per descriptor.
pub const BITS: usize = 256;

/// The comparison pattern (generated deterministically once).
#[derive(Clone, Debug)]
pub struct Brief {
    radius: i32,
    pairs: Vec<[f32; 4]>,
    /// Half-width of the disc for each row offset `-radius..=radius`.
    half: Vec<i32>,
}

impl Brief {
    /// Pattern of radius `radius` (level px).
    pub fn new(radius: i32, seed: u64) -> Self {
        let mut rng = Rng::new(seed);
        let rr = (radius - 1) as f64;
        let sigma = 0.45 * radius as f64;
        let pt = |rng: &mut Rng| loop {
            let (x, y) = (rng.gauss() * sigma, rng.gauss() * sigma);
            if x * x + y * y <= rr * rr {
                return [x as f32, y as f32];
            }
        };
        let pairs = (0..BITS)
            .map(|_| {
                let a = pt(&mut rng);
                let mut b = pt(&mut rng);
                while (a[0] - b[0]).abs() + (a[1] - b[1]).abs() < 2.0 {
                    b = pt(&mut rng);
                }
                [a[0], a[1], b[0], b[1]]
            })
            .collect();
        let half = (-radius..=radius)
            .map(|v| (((radius * radius - v * v) as f32).sqrt()).floor() as i32)
            .collect();
        Self {
            radius,
            pairs,
            half,
        }
    }

    pub fn radius(&self) -> i32 {
        self.radius
    }

    /// Descriptor at integer level position `(x, y)`; `None` if the disc leaves the image.
    pub fn describe(&self, img: &Level, x: isize, y: isize) -> Option<[u64; 4]> {
        let r = self.radius as isize;
        if x - r < 0 || y - r < 0 || x + r >= img.width as isize || y + r >= img.height as isize {
            return None;
        }
        // Intensity centroid orientation.
        let (mut m10, mut m01) = (0.0f32, 0.0f32);
        for (v, &hw) in (-r..=r).zip(&self.half) {
            let i0 = img.index(x - hw as isize, y + v);
            let row = &img.data[i0..i0 + 2 * hw as usize + 1];
            let mut s = 0.0f32;
            let mut sx = 0.0f32;
            for (u, &p) in (-hw..=hw).zip(row) {
                s += p;
                sx += u as f32 * p;
            }
            m10 += sx;
            m01 += v as f32 * s;
        }
        let ang = m01.atan2(m10);
        let (sn, cs) = ang.sin_cos();
        let mut d = [0u64; 4];
        for (k, pr) in self.pairs.iter().enumerate() {
            let at = |px: f32, py: f32| {
                let u = (cs * px - sn * py).round() as isize;
                let v = (sn * px + cs * py).round() as isize;
                img.data[img.index(x + u, y + v)]
            };
            if at(pr[0], pr[1]) < at(pr[2], pr[3]) {
                d[k >> 6] |= 1u64 << (k & 63);
            }
        }
        Some(d)
    }
}

#[inline]
pub fn hamming(a: &[u64; 4], b: &[u64; 4]) -> u32 {
    (a[0] ^ b[0]).count_ones()
        + (a[1] ^ b[1]).count_ones()
        + (a[2] ^ b[2]).count_ones()
        + (a[3] ^ b[3]).count_ones()
}

/// For each feature of `refs`, the best match in `query` passing the distance and ratio tests;
/// pushes `(ref index, query index)` pairs into `out`.
pub fn match_features(
    refs: &[Feature],
    query: &[Feature],
    max_dist: u32,
    ratio: f32,
    out: &mut Vec<(u32, u32)>,
) {
    out.clear();
    for (i, r) in refs.iter().enumerate() {
        let (mut b1, mut b2, mut bi) = (u32::MAX, u32::MAX, 0usize);
        for (j, q) in query.iter().enumerate() {
            let d = hamming(&r.desc, &q.desc);
            if d < b1 {
                b2 = b1;
                b1 = d;
                bi = j;
            } else if d < b2 {
                b2 = d;
            }
        }
        if b1 <= max_dist && (b1 as f32) < ratio * b2 as f32 {
            out.push((i as u32, bi as u32));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::image::{GrayFrame, Pyramid};

    #[test]
    fn descriptor_is_rotation_tolerant() {
        // A blob pattern and the same pattern rotated by 90° about the centre.
        let n = 81usize;
        let img = |rot: bool| -> Vec<u8> {
            let mut v = vec![0u8; n * n];
            for y in 0..n {
                for x in 0..n {
                    let (mut u, mut w) = (x as f32 - 40.0, y as f32 - 40.0);
                    if rot {
                        (u, w) = (w, -u);
                    }
                    let val = 120.0
                        + 50.0 * (0.21 * u + 0.05 * w * w / 10.0).sin()
                        + 40.0 * (0.17 * w - 0.3).cos()
                        + 30.0 * ((u + 8.0) * 0.11).sin() * (w * 0.07).cos();
                    v[y * n + x] = val.clamp(0.0, 255.0) as u8;
                }
            }
            v
        };
        let (a, b) = (img(false), img(true));
        let (Some(fa), Some(fb)) = (GrayFrame::new(n, n, &a), GrayFrame::new(n, n, &b)) else {
            panic!()
        };
        let (mut pa, mut pb) = (Pyramid::new(), Pyramid::new());
        pa.build(&fa, 1, 4);
        pb.build(&fb, 1, 4);
        let br = Brief::new(15, 3);
        let (Some(la), Some(lb)) = (pa.level(0), pb.level(0)) else {
            panic!()
        };
        let (Some(da), Some(db)) = (br.describe(la, 40, 40), br.describe(lb, 40, 40)) else {
            panic!()
        };
        let Some(dc) = br.describe(la, 30, 45) else {
            panic!()
        };
        assert!(hamming(&da, &db) < 40, "rotated: {}", hamming(&da, &db));
        assert!(hamming(&da, &dc) > 60, "other place: {}", hamming(&da, &dc));
    }
}
