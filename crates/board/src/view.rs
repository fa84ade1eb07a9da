//! Where frame coordinates land on a screen box, and back.

use crate::P;

/// How the picture fills its box.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fit {
    /// Whole picture, aspect ratio kept, centred (CSS `object-fit: contain`).
    Contain,
    /// Fills the box, aspect ratio ignored (`object-fit: fill`). A zoomed or actual-size
    /// picture is a box of the zoomed size filled this way.
    Fill,
    /// Fills the box, aspect ratio kept, cropped (`object-fit: cover`).
    Cover,
}

/// A turn of the shown picture, clockwise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Quarter {
    /// Upright.
    #[default]
    R0,
    /// A quarter turn clockwise.
    R90,
    /// Upside down.
    R180,
    /// A quarter turn anticlockwise.
    R270,
}

impl Quarter {
    /// From an angle in degrees (multiples of 90; anything else rounds to the nearest).
    pub fn from_degrees(deg: i32) -> Quarter {
        match ((deg as f32 / 90.0).round() as i32).rem_euclid(4) {
            1 => Quarter::R90,
            2 => Quarter::R180,
            3 => Quarter::R270,
            _ => Quarter::R0,
        }
    }

    fn swaps_sides(self) -> bool {
        matches!(self, Quarter::R90 | Quarter::R270)
    }

    /// A frame point turned with the picture (still 0..1 in the turned picture).
    fn turn(self, p: P) -> P {
        match self {
            Quarter::R0 => p,
            Quarter::R90 => P::new(1.0 - p.y, p.x),
            Quarter::R180 => P::new(1.0 - p.x, 1.0 - p.y),
            Quarter::R270 => P::new(p.y, 1.0 - p.x),
        }
    }

    /// The inverse of [`Quarter::turn`].
    fn unturn(self, p: P) -> P {
        match self {
            Quarter::R0 => p,
            Quarter::R90 => P::new(p.y, 1.0 - p.x),
            Quarter::R180 => P::new(1.0 - p.x, 1.0 - p.y),
            Quarter::R270 => P::new(1.0 - p.y, p.x),
        }
    }
}

/// A frame of `frame` pixels shown in a box of `size` CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    /// The video frame's width and height in pixels (as the camera delivers it).
    pub frame: (f32, f32),
    /// The box's width and height.
    pub size: (f32, f32),
    /// How the picture fills the box.
    pub fit: Fit,
    /// How the picture is turned in the box.
    pub turn: Quarter,
}

impl View {
    /// An upright view.
    pub fn new(frame: (f32, f32), size: (f32, f32), fit: Fit) -> View {
        View {
            frame,
            size,
            fit,
            turn: Quarter::R0,
        }
    }

    /// The same view turned.
    pub fn turned(self, turn: Quarter) -> View {
        View { turn, ..self }
    }

    /// Whether both sizes are known and non-zero.
    pub fn is_ready(&self) -> bool {
        let ok = |v: f32| v.is_finite() && v > 0.0;
        ok(self.frame.0) && ok(self.frame.1) && ok(self.size.0) && ok(self.size.1)
    }

    /// Where the turned picture lies in the box: left, top, width, height.
    pub fn picture_rect(&self) -> (f32, f32, f32, f32) {
        let (fw, fh) = if self.turn.swaps_sides() {
            (self.frame.1, self.frame.0)
        } else {
            self.frame
        };
        let (bw, bh) = self.size;
        let (w, h) = match self.fit {
            Fit::Fill => (bw, bh),
            Fit::Contain | Fit::Cover => {
                let (sx, sy) = (bw / fw, bh / fh);
                let s = if self.fit == Fit::Contain {
                    sx.min(sy)
                } else {
                    sx.max(sy)
                };
                (fw * s, fh * s)
            }
        };
        ((bw - w) / 2.0, (bh - h) / 2.0, w, h)
    }

    /// Box coordinates of a frame point.
    pub fn to_screen(&self, p: P) -> (f32, f32) {
        let (left, top, w, h) = self.picture_rect();
        let t = self.turn.turn(p);
        (left + t.x * w, top + t.y * h)
    }

    /// The frame point under box coordinates, or `None` outside the shown picture.
    pub fn to_frame(&self, x: f32, y: f32) -> Option<P> {
        let (left, top, w, h) = self.picture_rect();
        if w <= 0.0 || h <= 0.0 {
            return None;
        }
        let p = self.turn.unturn(P::new((x - left) / w, (y - top) / h));
        // Half a pixel of slack at the edges.
        let slack = 0.5 / w.min(h);
        let inside = |v: f32| (-slack..=1.0 + slack).contains(&v);
        (inside(p.x) && inside(p.y)).then(|| p.clamped())
    }

    /// Box pixels per unit of frame height (for stroke widths and text sizes).
    pub fn height_scale(&self) -> f32 {
        let (_, _, w, h) = self.picture_rect();
        if self.turn.swaps_sides() { w } else { h }
    }
}
