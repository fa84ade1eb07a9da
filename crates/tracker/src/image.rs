//! Grayscale frames and the Gaussian image pyramid.

/// Grey from RGBA (what a canvas's `getImageData` gives) with the BT.601 weights in 8-bit
/// fixed point (what OpenCV's `RGBA2GRAY` computes, to a rounding difference). Replaces the
/// contents of `gray`.
pub fn rgba_to_gray(rgba: &[u8], gray: &mut Vec<u8>) {
    gray.clear();
    gray.extend(rgba.chunks_exact(4).map(|p| {
        let y = 77 * u32::from(p[0]) + 150 * u32::from(p[1]) + 29 * u32::from(p[2]) + 128;
        (y >> 8) as u8
    }));
}

/// A video frame's luma plane as it comes from the decoder or camera (`VideoFrame.copyTo`):
/// `width` × `height` samples, rows `stride` bytes apart; limited range (16–235, as most
/// video is) unless `full_range`.
#[derive(Clone, Copy, Debug)]
pub struct LumaPlane<'a> {
    pub data: &'a [u8],
    pub stride: usize,
    pub width: usize,
    pub height: usize,
    pub full_range: bool,
}

/// Grey at `out` size from a luma plane, without a colour conversion: each output pixel is
/// the mean of the plane's samples under it (area averaging, so a 2:1 reduction averages
/// 2×2 blocks), stretched to full range as a canvas would show it. Replaces the contents of
/// `gray`; leaves it empty when the plane is smaller than its size says or `out` is larger
/// than the plane.
pub fn luma_to_gray(plane: LumaPlane<'_>, out: (usize, usize), gray: &mut Vec<u8>) {
    gray.clear();
    let LumaPlane {
        data,
        stride,
        width,
        height,
        full_range,
    } = plane;
    let (ow, oh) = out;
    let fits = width > 0
        && height > 0
        && stride >= width
        && data.len() >= stride * (height - 1) + width
        && (1..=width).contains(&ow)
        && (1..=height).contains(&oh);
    if !fits {
        return;
    }
    // Limited to full range: (y − 16) · 255 / 219, clamped, as a look-up table.
    let mut range = [0u8; 256];
    for (v, r) in range.iter_mut().enumerate() {
        *r = if full_range {
            v as u8
        } else {
            ((v as i32 - 16) * 255 + 109).div_euclid(219).clamp(0, 255) as u8
        };
    }
    let spans = |n: usize, of: usize| -> Vec<(usize, usize)> {
        (0..n)
            .map(|i| (i * of / n, ((i + 1) * of / n).max(i * of / n + 1)))
            .collect()
    };
    let (xs, ys) = (spans(ow, width), spans(oh, height));
    gray.reserve(ow * oh);
    if (ow, oh) == (width, height) {
        for y in 0..height {
            gray.extend(
                data[y * stride..y * stride + width]
                    .iter()
                    .map(|&v| range[v as usize]),
            );
        }
        return;
    }
    let mut sums = vec![0u32; ow];
    for &(y0, y1) in &ys {
        sums.iter_mut().for_each(|s| *s = 0);
        for y in y0..y1 {
            let row = &data[y * stride..y * stride + width];
            for (s, &(x0, x1)) in sums.iter_mut().zip(&xs) {
                *s += row[x0..x1].iter().map(|&v| u32::from(v)).sum::<u32>();
            }
        }
        for (s, &(x0, x1)) in sums.iter().zip(&xs) {
            let n = ((x1 - x0) * (y1 - y0)) as u32;
            gray.push(range[((s + n / 2) / n) as usize]);
        }
    }
}

/// A borrowed 8-bit grayscale frame, rows packed (`stride == width`).
#[derive(Clone, Copy, Debug)]
pub struct GrayFrame<'a> {
    width: usize,
    height: usize,
    data: &'a [u8],
}

impl<'a> GrayFrame<'a> {
    /// `None` unless `data.len() == width * height` and both sides are at least 8 px.
    pub fn new(width: usize, height: usize, data: &'a [u8]) -> Option<Self> {
        (width >= 8 && height >= 8 && width.checked_mul(height)? == data.len()).then_some(Self {
            width,
            height,
            data,
        })
    }

    pub fn width(&self) -> usize {
        self.width
    }

    pub fn height(&self) -> usize {
        self.height
    }

    pub fn data(&self) -> &'a [u8] {
        self.data
    }
}

/// One pyramid level: `f32` pixels with a replicated border of `border` px on every side, so that
/// windows near the image edge can be read without per-pixel bounds checks.
#[derive(Clone, Debug, Default)]
pub struct Level {
    pub width: usize,
    pub height: usize,
    pub border: usize,
    pub stride: usize,
    pub data: Vec<f32>,
}

impl Level {
    /// Index of pixel `(x, y)`; `x` and `y` may be negative down to `-border`.
    #[inline]
    pub fn index(&self, x: isize, y: isize) -> usize {
        let b = self.border as isize;
        ((y + b) as usize) * self.stride + (x + b) as usize
    }

    /// Pixel value with clamping to the padded area (slow path, for tests and rare lookups).
    pub fn get(&self, x: isize, y: isize) -> f32 {
        let b = self.border as isize;
        let x = x.clamp(-b, self.width as isize - 1 + b);
        let y = y.clamp(-b, self.height as isize - 1 + b);
        self.data[self.index(x, y)]
    }

    /// Whether the integer box `[x0, x1] × [y0, y1]` lies inside the padded area.
    #[inline]
    pub fn box_inside(&self, x0: isize, y0: isize, x1: isize, y1: isize) -> bool {
        let b = self.border as isize;
        x0 >= -b && y0 >= -b && x1 < self.width as isize + b && y1 < self.height as isize + b
    }

    fn resize(&mut self, width: usize, height: usize, border: usize) {
        self.width = width;
        self.height = height;
        self.border = border;
        self.stride = width + 2 * border;
        self.data.clear();
        self.data.resize(self.stride * (height + 2 * border), 0.0);
    }

    /// Replicate edge pixels into the border.
    fn fill_border(&mut self) {
        let (w, h, b, s) = (self.width, self.height, self.border, self.stride);
        for y in b..b + h {
            let row = &mut self.data[y * s..(y + 1) * s];
            let (l, r) = (row[b], row[b + w - 1]);
            row[..b].fill(l);
            row[b + w..].fill(r);
        }
        let (top, rest) = self.data.split_at_mut(b * s);
        let first = &rest[..s];
        for row in top.chunks_exact_mut(s) {
            row.copy_from_slice(first);
        }
        let last_start = (b + h - 1) * s;
        let (upper, bottom) = self.data.split_at_mut((b + h) * s);
        let last = &upper[last_start..last_start + s];
        for row in bottom.chunks_exact_mut(s) {
            row.copy_from_slice(last);
        }
    }
}

/// Gaussian pyramid (5-tap binomial filter, 2× decimation). Level `l` pixel `(i, j)` sits at level-0
/// coordinates `(2^l i, 2^l j)`. Buffers are kept across [`Pyramid::build`] calls.
#[derive(Clone, Debug, Default)]
pub struct Pyramid {
    levels: Vec<Level>,
    tmp: Vec<f32>,
}

impl Pyramid {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn levels(&self) -> &[Level] {
        &self.levels
    }

    pub fn level(&self, l: usize) -> Option<&Level> {
        self.levels.get(l)
    }

    pub fn len(&self) -> usize {
        self.levels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.levels.is_empty()
    }

    /// (Re)build from `frame` with `n_levels` levels (≥ 1) and `border` px of padding (≥ 2).
    pub fn build(&mut self, frame: &GrayFrame, n_levels: usize, border: usize) {
        let n_levels = n_levels.max(1);
        let border = border.max(2);
        self.levels.resize_with(n_levels, Level::default);
        let (mut w, mut h) = (frame.width(), frame.height());
        for (l, lev) in self.levels.iter_mut().enumerate() {
            if l > 0 {
                w = w.div_ceil(2);
                h = h.div_ceil(2);
            }
            if lev.width != w || lev.height != h || lev.border != border {
                lev.resize(w, h, border);
            }
        }
        // Level 0: u8 -> f32.
        {
            let lev = &mut self.levels[0];
            let (b, s, w) = (lev.border, lev.stride, lev.width);
            for (dst, src) in lev.data[b * s..]
                .chunks_exact_mut(s)
                .zip(frame.data().chunks_exact(w))
            {
                for (d, &v) in dst[b..b + w].iter_mut().zip(src) {
                    *d = v as f32;
                }
            }
            lev.fill_border();
        }
        for l in 1..n_levels {
            let (lo, hi) = self.levels.split_at_mut(l);
            downsample(&lo[l - 1], &mut hi[0], &mut self.tmp);
            hi[0].fill_border();
        }
    }
}

/// `dst = decimate(binomial5(src))`; `src` borders must be filled.
fn downsample(src: &Level, dst: &mut Level, tmp: &mut Vec<f32>) {
    let (sb, ss) = (src.border, src.stride);
    // Columns -2 ..= 2*dst.width + 1 of the source are read.
    let n = 2 * dst.width + 4;
    tmp.clear();
    tmp.resize(n, 0.0);
    let x0 = sb - 2;
    let (db, ds) = (dst.border, dst.stride);
    for y in 0..dst.height {
        let sy = sb + 2 * y; // padded row index of source row 2y
        let r = |k: usize| &src.data[(sy + k - 2) * ss + x0..(sy + k - 2) * ss + x0 + n];
        let (r0, r1, r2, r3, r4) = (r(0), r(1), r(2), r(3), r(4));
        for ((((((t, &a), &b), &c), &d), &e), _) in tmp
            .iter_mut()
            .zip(r0)
            .zip(r1)
            .zip(r2)
            .zip(r3)
            .zip(r4)
            .zip(0..n)
        {
            *t = (a + e) + 4.0 * (b + d) + 6.0 * c;
        }
        let out = &mut dst.data[(db + y) * ds + db..(db + y) * ds + db + dst.width];
        for (o, t) in out.iter_mut().zip(tmp.windows(5).step_by(2)) {
            *o = ((t[0] + t[4]) + 4.0 * (t[1] + t[3]) + 6.0 * t[2]) * (1.0 / 256.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luma_planes_become_full_range_grey_at_the_tracking_size() {
        // 4×2 limited-range samples in rows of 6 bytes (padding 9s), reduced 2:1.
        let data = [
            16, 16, 235, 235, 9, 9, 16, 16, 235, 235, 9, 9, 126, 126, 126, 126,
        ];
        let plane = |full_range| LumaPlane {
            data: &data,
            stride: 6,
            width: 4,
            height: 2,
            full_range,
        };
        let mut gray = Vec::new();
        luma_to_gray(plane(false), (2, 1), &mut gray);
        assert_eq!(gray, [0, 255]);
        luma_to_gray(plane(true), (2, 1), &mut gray);
        assert_eq!(gray, [16, 235]);
        // Same size: rows copied without their padding, stretched.
        luma_to_gray(plane(false), (4, 2), &mut gray);
        assert_eq!(gray, [0, 0, 255, 255, 0, 0, 255, 255]);
        // 3 wide from 4: spans [0,1), [1,2), [2,4).
        luma_to_gray(plane(true), (3, 1), &mut gray);
        assert_eq!(gray, [16, 16, 235]);
        // Mid-grey stays mid-grey: (126 − 16) · 255 / 219 ≈ 128.
        let grey = LumaPlane {
            data: &data[12..],
            stride: 4,
            width: 4,
            height: 1,
            full_range: false,
        };
        luma_to_gray(grey, (1, 1), &mut gray);
        assert_eq!(gray, [128]);
    }

    #[test]
    fn a_plane_shorter_than_its_size_gives_nothing() {
        let data = [0u8; 10];
        let plane = LumaPlane {
            data: &data,
            stride: 4,
            width: 4,
            height: 3,
            full_range: true,
        };
        let mut gray = vec![1];
        luma_to_gray(plane, (2, 2), &mut gray);
        assert!(gray.is_empty());
        let plane = LumaPlane { height: 2, ..plane };
        luma_to_gray(plane, (5, 1), &mut gray);
        assert!(gray.is_empty(), "no enlarging");
        luma_to_gray(plane, (2, 1), &mut gray);
        assert_eq!(gray.len(), 2);
    }

    fn naive_down(img: &[f32], w: usize, h: usize) -> (Vec<f32>, usize, usize) {
        let k = [1.0f32, 4.0, 6.0, 4.0, 1.0];
        let (ow, oh) = (w.div_ceil(2), h.div_ceil(2));
        let mut out = vec![0.0; ow * oh];
        for y in 0..oh {
            for x in 0..ow {
                let mut s = 0.0;
                for (j, kj) in k.iter().enumerate() {
                    for (i, ki) in k.iter().enumerate() {
                        let sx =
                            (2 * x as isize + i as isize - 2).clamp(0, w as isize - 1) as usize;
                        let sy =
                            (2 * y as isize + j as isize - 2).clamp(0, h as isize - 1) as usize;
                        s += kj * ki * img[sy * w + sx];
                    }
                }
                out[y * ow + x] = s / 256.0;
            }
        }
        (out, ow, oh)
    }

    #[test]
    fn pyramid_matches_naive_reference() {
        let (w, h) = (23usize, 17usize);
        let data: Vec<u8> = (0..w * h)
            .map(|i| ((i * 37 + (i / w) * 11) % 251) as u8)
            .collect();
        let Some(f) = GrayFrame::new(w, h, &data) else {
            panic!("frame")
        };
        let mut p = Pyramid::new();
        p.build(&f, 3, 4);
        let l0: Vec<f32> = data.iter().map(|&v| v as f32).collect();
        let (l1, w1, h1) = naive_down(&l0, w, h);
        let (l2, w2, h2) = naive_down(&l1, w1, h1);
        for (lev, want, ww, hh) in [(1, &l1, w1, h1), (2, &l2, w2, h2)] {
            let Some(got) = p.level(lev) else {
                panic!("level")
            };
            assert_eq!((got.width, got.height), (ww, hh));
            for y in 0..hh {
                for x in 0..ww {
                    let g = got.get(x as isize, y as isize);
                    let e = want[y * ww + x];
                    assert!((g - e).abs() < 1e-3, "level {lev} ({x},{y}) {g} vs {e}");
                }
            }
            // Border replicates the edge.
            assert_eq!(got.get(-2, -3), got.get(0, 0));
            assert_eq!(got.get(ww as isize + 1, 1), got.get(ww as isize - 1, 1));
        }
        // Level 0 is the frame.
        let Some(l) = p.level(0) else {
            panic!("level 0")
        };
        assert_eq!(l.get(5, 7), data[7 * w + 5] as f32);
    }

    #[test]
    fn pyramid_preserves_constant_and_linear_ramps() {
        let (w, h) = (40usize, 30usize);
        let data: Vec<u8> = (0..w * h).map(|i| (2 * (i % w) + 10) as u8).collect();
        let Some(f) = GrayFrame::new(w, h, &data) else {
            panic!("frame")
        };
        let mut p = Pyramid::new();
        p.build(&f, 3, 3);
        let Some(l1) = p.level(1) else { panic!() };
        // Interior: value at level-1 x equals ramp at level-0 2x.
        for x in 2..w / 2 - 2 {
            let v = l1.get(x as isize, 5);
            assert!((v - (4 * x + 10) as f32).abs() < 1e-3);
        }
    }
}
