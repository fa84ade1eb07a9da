//! Drawings that stay on the object: a shape drawn on the live picture follows the part it
//! was drawn around when the customer's camera moves (the `tracker` crate, pure Rust).
//!
//! Both pages track, each on the frames it shows, so that each screen draws the shape on the
//! frame under it: the customer's page on its camera, the console on the video it receives
//! (which is the same picture, a network delay later). The page that drew the shape sends
//! the other an [`Anchor`]: the region, and the picture around it as the drawing page saw
//! it. The other page cannot know which of its own frames that was (its camera is ahead by
//! the delay), so its tracker looks for the region in its frames (descriptor search, then
//! the reference corners are tracked into the frame) and follows it from there. Either page
//! can ask the other for its anchors again (a reload, a new connection).
//!
//! Everything here is pure; `rtc::follow` feeds it frames from the video element.

use std::collections::HashMap;

use tracker::{Config, GrayFrame, RectF, Tracker, Transform};

use crate::whiteboard::{Assembly, Board, P, PeerMsg, Shape, ShapeId, split};

/// Where the follow worker's script is served (the page's tracking runs there:
/// `rtc::follow_worker`).
pub const WORKER_SCRIPT: &str = "/follow-worker.js";

/// The longer side of the frames the tracker sees, in px (the video is scaled to it, so
/// both pages track in the same pixels).
pub const TRACK_SIDE: u32 = 640;
/// Picture kept around a region in its anchor, in px beyond the tracker's own margin.
pub const CROP_MARGIN: f32 = 64.0;
/// Largest anchor picture, in bytes (one byte per pixel).
pub const MAX_CROP_BYTES: usize = (TRACK_SIDE * TRACK_SIDE) as usize;
/// Smallest side of a followed region, in px (an arrow along a line still covers a patch
/// of the object).
pub const MIN_REGION: f32 = 48.0;

/// The size of the tracking frame for a video of `w`×`h`: the longer side [`TRACK_SIDE`].
pub fn track_size(w: u32, h: u32) -> Option<(u32, u32)> {
    if w == 0 || h == 0 {
        return None;
    }
    let s = f64::from(TRACK_SIDE) / f64::from(w.max(h));
    let side = |v: u32| ((f64::from(v) * s).round() as u32).max(1);
    Some((side(w), side(h)))
}

/// Whether an anchor's geometry is sound: a frame of at most twice [`TRACK_SIDE`], a region
/// inside it, a crop inside it of at most [`MAX_CROP_BYTES`].
pub fn anchor_fits(frame: [u16; 2], region: [f32; 4], crop: [u16; 4]) -> bool {
    let (fw, fh) = (u32::from(frame[0]), u32::from(frame[1]));
    let [x, y, w, h] = region;
    let [cx, cy, cw, ch] = crop.map(u32::from);
    fw > 0
        && fh > 0
        && fw <= 2 * TRACK_SIDE
        && fh <= 2 * TRACK_SIDE
        && region.iter().all(|v| v.is_finite())
        && x >= 0.0
        && y >= 0.0
        && w > 0.0
        && h > 0.0
        && x + w <= fw as f32
        && y + h <= fh as f32
        && cw > 0
        && ch > 0
        && cx + cw <= fw
        && cy + ch <= fh
        && (cw * ch) as usize <= MAX_CROP_BYTES
}

/// Where a followed shape's points go now: an affine map of frame points (0..1) to frame
/// points.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Warp {
    m: [f64; 6],
}

impl Warp {
    /// Points stay where they are.
    pub const IDENTITY: Warp = Warp {
        m: [1.0, 0.0, 0.0, 0.0, 1.0, 0.0],
    };

    /// The map of frame points for `t`, a map of the pixels of a `from` frame to the pixels
    /// of a `to` frame.
    pub fn from_px(t: &Transform, from: (u32, u32), to: (u32, u32)) -> Warp {
        let (fw, fh) = (f64::from(from.0), f64::from(from.1));
        let (tw, th) = (f64::from(to.0.max(1)), f64::from(to.1.max(1)));
        let m = t.m;
        Warp {
            m: [
                m[0] * fw / tw,
                m[1] * fh / tw,
                m[2] / tw,
                m[3] * fw / th,
                m[4] * fh / th,
                m[5] / th,
            ],
        }
    }

    /// Its coefficients: `x' = m0·x + m1·y + m2`, `y' = m3·x + m4·y + m5`.
    pub fn matrix(&self) -> [f64; 6] {
        self.m
    }

    /// Where this warp will be `k` frame intervals on, when it moved from `before` in the
    /// last one: each coefficient carried on at the same pace (the motion of a camera held
    /// by hand changes little within a frame or two).
    pub fn ahead(&self, before: &Warp, k: f64) -> Warp {
        let mut m = self.m;
        for (v, b) in m.iter_mut().zip(before.m) {
            *v += (*v - b) * k;
        }
        Warp { m }
    }

    /// How far the frame's corners and centre moved from `before` to this warp, at most
    /// (frame points).
    pub fn moved_from(&self, before: &Warp) -> f64 {
        [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0), (0.5, 0.5)]
            .into_iter()
            .map(|(x, y)| {
                let (a, b) = (&self.m, &before.m);
                let dx = (a[0] - b[0]) * x + (a[1] - b[1]) * y + (a[2] - b[2]);
                let dy = (a[3] - b[3]) * x + (a[4] - b[4]) * y + (a[5] - b[5]);
                dx.hypot(dy)
            })
            .fold(0.0, f64::max)
    }

    /// Where `p` goes.
    pub fn apply(&self, p: P) -> P {
        let (x, y) = (f64::from(p.x), f64::from(p.y));
        let m = &self.m;
        P::new(
            (m[0] * x + m[1] * y + m[2]) as f32,
            (m[3] * x + m[4] * y + m[5]) as f32,
        )
    }
}

/// Where the tracker sees the shapes that follow objects in the last frame: a warp for each
/// one it sees, `None` for one it does not (out of view, covered, or not found yet).
pub type Warps = HashMap<ShapeId, Option<Warp>>;

/// Frames a followed shape may go unseen before it shows as lost: a short miss (a blurred
/// frame, a hand passing) keeps it where it was last seen instead of blinking.
pub const LOST_AFTER: u32 = 6;
/// Frames a shape is looked for from a picture (the other party's anchor, or the frame its
/// drawing began on) before it shows as lost.
pub const LOOK_FOR: u32 = 30;

/// How a followed shape is drawn now.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Placement {
    /// On its object, through this warp.
    On(Warp),
    /// Being looked for (the other party's shape, not found yet): not drawn.
    Looking,
    /// Lost: drawn as lost, through this warp (where it was last seen, or where it was drawn),
    /// until it is found again.
    Lost(Warp),
}

/// What to draw for the shapes that follow objects; shapes not in here are drawn where they
/// were drawn.
pub type Placements = HashMap<ShapeId, Placement>;

/// The frame a shape was drawn on, for [`Follow::stick`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DrawnOn {
    /// The frame the tracker was given last, or the next one.
    Last,
    /// An earlier frame.
    Earlier,
}

/// The pixels of `shape` to follow in a `size` frame: its bounds, at least [`MIN_REGION`]
/// wide and high, inside the frame.
pub fn region_of(shape: &Shape, size: (u32, u32)) -> RectF {
    let (w, h) = (size.0 as f32, size.1 as f32);
    let (lo, hi) = shape.bounds();
    let (mut x0, mut y0) = (lo.x.clamp(0.0, 1.0) * w, lo.y.clamp(0.0, 1.0) * h);
    let (mut x1, mut y1) = (hi.x.clamp(0.0, 1.0) * w, hi.y.clamp(0.0, 1.0) * h);
    let grow = |a: &mut f32, b: &mut f32, limit: f32| {
        let need = MIN_REGION.min(limit) - (*b - *a);
        if need > 0.0 {
            *a -= need / 2.0;
            *b += need / 2.0;
        }
        // Slide back inside the frame.
        let shift = (-*a).max(0.0) - (*b - limit).max(0.0);
        *a = (*a + shift).max(0.0);
        *b = (*b + shift).min(limit);
    };
    grow(&mut x0, &mut x1, w);
    grow(&mut y0, &mut y1, h);
    RectF::new(x0, y0, x1 - x0, y1 - y0)
}

/// A followed region and the picture around it, as the page that drew it saw it.
#[derive(Clone, Debug, PartialEq)]
pub struct Anchor {
    /// That page's tracking frame (width, height).
    pub frame: (u32, u32),
    /// The region, in that frame's pixels.
    pub region: RectF,
    /// Where the picture lies in the frame: x, y, width, height.
    pub crop: [u32; 4],
    /// The picture's luma, row by row.
    pub luma: Vec<u8>,
}

impl Anchor {
    /// Cuts the anchor of `region` out of a frame (`luma`, `size`).
    pub fn cut(luma: &[u8], size: (u32, u32), region: RectF) -> Option<Anchor> {
        let (w, h) = size;
        if luma.len() != (w as usize) * (h as usize) {
            return None;
        }
        let cfg = Config::default();
        let m = (cfg.region_margin * region.w.max(region.h)).max(cfg.min_margin) + CROP_MARGIN;
        let r = region.expand(m);
        let x0 = r.x.floor().clamp(0.0, w as f32) as u32;
        let y0 = r.y.floor().clamp(0.0, h as f32) as u32;
        let x1 = (r.x + r.w).ceil().clamp(0.0, w as f32) as u32;
        let y1 = (r.y + r.h).ceil().clamp(0.0, h as f32) as u32;
        if x1 <= x0 || y1 <= y0 {
            return None;
        }
        let mut crop = Vec::with_capacity(((x1 - x0) * (y1 - y0)) as usize);
        for y in y0..y1 {
            let row = (y * w) as usize;
            crop.extend_from_slice(&luma[row + x0 as usize..row + x1 as usize]);
        }
        let anchor = Anchor {
            frame: size,
            region,
            crop: [x0, y0, x1 - x0, y1 - y0],
            luma: crop,
        };
        anchor.fits().then_some(anchor)
    }

    fn fits(&self) -> bool {
        let frame = [self.frame.0, self.frame.1].map(|v| u16::try_from(v).unwrap_or(0));
        let crop = self.crop.map(|v| u16::try_from(v).unwrap_or(0));
        let r = &self.region;
        anchor_fits(frame, [r.x, r.y, r.w, r.h], crop)
            && self.luma.len() == (self.crop[2] * self.crop[3]) as usize
    }

    /// The whole reference frame: the picture in its place, mid-grey elsewhere.
    pub fn reference(&self) -> Vec<u8> {
        let (w, h) = (self.frame.0 as usize, self.frame.1 as usize);
        let mut out = vec![128u8; w * h];
        let [x0, y0, cw, _] = self.crop.map(|v| v as usize);
        for (row, line) in self.luma.chunks_exact(cw.max(1)).enumerate() {
            let at = (y0 + row) * w + x0;
            out[at..at + cw].copy_from_slice(line);
        }
        out
    }

    /// The messages that carry this anchor of shape `id`.
    pub fn messages(&self, id: ShapeId) -> Vec<PeerMsg> {
        let frame = [self.frame.0, self.frame.1].map(|v| u16::try_from(v).unwrap_or(0));
        let crop = self.crop.map(|v| u16::try_from(v).unwrap_or(0));
        let r = &self.region;
        split(&self.luma)
            .into_iter()
            .map(|(part, parts, data)| PeerMsg::Anchor {
                id,
                frame,
                region: [r.x, r.y, r.w, r.h],
                crop,
                part,
                parts,
                data,
            })
            .collect()
    }
}

/// One part of an anchor, as it arrived.
pub struct AnchorPart<'a> {
    pub id: ShapeId,
    pub frame: [u16; 2],
    pub region: [f32; 4],
    pub crop: [u16; 4],
    pub part: u16,
    pub parts: u16,
    pub data: &'a str,
}

impl<'a> AnchorPart<'a> {
    /// The anchor part `msg` carries, if it is one.
    pub fn of(msg: &'a PeerMsg) -> Option<AnchorPart<'a>> {
        match msg {
            PeerMsg::Anchor {
                id,
                frame,
                region,
                crop,
                part,
                parts,
                data,
            } => Some(AnchorPart {
                id: *id,
                frame: *frame,
                region: *region,
                crop: *crop,
                part: *part,
                parts: *parts,
                data,
            }),
            _ => None,
        }
    }

    /// Whether the part is sound: the anchor's geometry, the part's number and size.
    pub fn fits(&self) -> bool {
        use crate::whiteboard::{MAX_ANCHOR_PARTS, STILL_PART_BYTES};
        anchor_fits(self.frame, self.region, self.crop)
            && self.parts > 0
            && self.parts <= MAX_ANCHOR_PARTS
            && self.part < self.parts
            && self.data.len() <= STILL_PART_BYTES.div_ceil(3) * 4
    }
}

/// A shape that follows an object.
struct Followed {
    /// Its number in the tracker.
    tid: u32,
    anchor: Anchor,
    /// In the tracker (not while undone or erased).
    tracking: bool,
    /// Where it is: its warp and whether it is in view; `None` until found.
    place: Option<(Warp, bool)>,
    /// Drawn on this page (shown where it was drawn while it is looked for).
    own: bool,
    /// Frames tracked since it was last seen (or since it was looked for).
    missed: u32,
}

impl Followed {
    /// How it is drawn now.
    fn placement(&self) -> Placement {
        if !self.tracking {
            return Placement::Looking;
        }
        match self.place {
            Some((w, true)) => Placement::On(w),
            Some((w, false)) if self.missed < LOST_AFTER => Placement::On(w),
            Some((w, false)) => Placement::Lost(w),
            None if self.missed < LOOK_FOR && self.own => Placement::On(Warp::IDENTITY),
            None if self.missed < LOOK_FOR => Placement::Looking,
            None => Placement::Lost(Warp::IDENTITY),
        }
    }
}

/// The shapes of one session that follow objects, and their tracker.
pub struct Follow {
    tracker: Tracker,
    shapes: HashMap<ShapeId, Followed>,
    incoming: HashMap<ShapeId, Assembly>,
    next_tid: u32,
    version: u64,
}

impl Default for Follow {
    fn default() -> Follow {
        Follow::new()
    }
}

impl Follow {
    /// Nothing followed yet.
    pub fn new() -> Follow {
        Follow {
            tracker: Tracker::new(Config::default()),
            shapes: HashMap::new(),
            incoming: HashMap::new(),
            next_tid: 1,
            version: 0,
        }
    }

    /// Whether frames need tracking (some shape is followed and shown).
    pub fn is_idle(&self) -> bool {
        !self.shapes.values().any(|f| f.tracking)
    }

    /// Bumped whenever a warp changed.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Whether `id` follows an object.
    pub fn follows(&self, id: ShapeId) -> bool {
        self.shapes.contains_key(&id)
    }

    /// Points tracked for `id` in the last frame.
    pub fn points(&self, id: ShapeId) -> Option<usize> {
        let f = self.shapes.get(&id)?;
        self.tracker.points(f.tid)
    }

    fn new_tid(&mut self) -> u32 {
        let tid = self.next_tid;
        self.next_tid = self.next_tid.wrapping_add(1).max(1);
        tid
    }

    /// Shape `id`, drawn on our frame `luma` (`size`), starts following the object under
    /// it. Returns the messages that tell the other party, or `None` when there is nothing to
    /// follow there (no texture) — the shape then stays where it was drawn.
    ///
    /// A frame [`DrawnOn::Earlier`] than the tracker's last (the drawing began on it while the
    /// picture moved on) is not tracked from: the shape is looked for from that picture in
    /// the next frames, as the other party looks for its anchor, and shown where it was drawn
    /// meanwhile.
    pub fn stick(
        &mut self,
        id: ShapeId,
        shape: &Shape,
        luma: &[u8],
        size: (u32, u32),
        on: DrawnOn,
    ) -> Option<Vec<PeerMsg>> {
        let earlier = on == DrawnOn::Earlier;
        let region = region_of(shape, size);
        let anchor = Anchor::cut(luma, size, region)?;
        let frame = GrayFrame::new(size.0 as usize, size.1 as usize, luma)?;
        let tid = self.new_tid();
        let added = if earlier {
            self.tracker.add_reference(tid, region, &frame)
        } else {
            self.tracker.add(tid, region, &frame)
        };
        if !added {
            return None;
        }
        let msgs = anchor.messages(id);
        self.shapes.insert(
            id,
            Followed {
                tid,
                anchor,
                tracking: true,
                place: (!earlier).then_some((Warp::IDENTITY, true)),
                own: true,
                missed: 0,
            },
        );
        self.version += 1;
        Some(msgs)
    }

    /// Takes a part of the other party's anchor; adopts the anchor once whole. Returns
    /// whether an anchor was adopted.
    pub fn take(&mut self, p: AnchorPart) -> bool {
        if self.shapes.contains_key(&p.id) || !anchor_fits(p.frame, p.region, p.crop) {
            return false;
        }
        let [x, y, w, h] = p.region;
        let crop = p.crop.map(u32::from);
        let size = (crop[2] * crop[3]) as usize;
        // One key per picture, so parts of another version of it start over.
        let key = crop.iter().fold(u64::from(p.frame[0]), |k, &v| {
            k.wrapping_mul(65_537).wrapping_add(u64::from(v))
        });
        let whole = self
            .incoming
            .entry(p.id)
            .or_default()
            .take(key, p.part, p.parts, p.data, size);
        let Some(luma) = whole else {
            return false;
        };
        self.incoming.remove(&p.id);
        if luma.len() != size {
            return false;
        }
        let anchor = Anchor {
            frame: (u32::from(p.frame[0]), u32::from(p.frame[1])),
            region: RectF::new(x, y, w, h),
            crop,
            luma,
        };
        self.adopt(p.id, anchor)
    }

    /// Follows shape `id` from the other party's anchor: looked for in the next frames.
    pub fn adopt(&mut self, id: ShapeId, anchor: Anchor) -> bool {
        if self.shapes.contains_key(&id) || !anchor.fits() {
            return false;
        }
        let tid = self.new_tid();
        let mut f = Followed {
            tid,
            anchor,
            tracking: false,
            place: None,
            own: false,
            missed: 0,
        };
        if !self.look_for(&mut f) {
            return false;
        }
        self.shapes.insert(id, f);
        self.version += 1;
        true
    }

    /// Puts `f` in the tracker, to be found from its anchor.
    fn look_for(&mut self, f: &mut Followed) -> bool {
        let reference = f.anchor.reference();
        let (w, h) = (f.anchor.frame.0 as usize, f.anchor.frame.1 as usize);
        let Some(frame) = GrayFrame::new(w, h, &reference) else {
            return false;
        };
        f.tracking = self.tracker.add_reference(f.tid, f.anchor.region, &frame);
        f.place = None;
        f.missed = 0;
        f.tracking
    }

    /// Keeps to the board: a shape undone or erased stops being tracked; one that comes
    /// back is looked for again; one the board no longer has is forgotten.
    pub fn sync(&mut self, board: &Board) {
        let mut shapes = std::mem::take(&mut self.shapes);
        shapes.retain(|id, f| match board.get(*id) {
            None => {
                self.tracker.remove(f.tid);
                false
            }
            Some(item) => {
                if item.hidden && f.tracking {
                    self.tracker.remove(f.tid);
                    f.tracking = false;
                    f.place = None;
                    self.version += 1;
                } else if !item.hidden && !f.tracking {
                    self.look_for(f);
                    self.version += 1;
                }
                true
            }
        });
        self.shapes = shapes;
    }

    /// Tracks the next frame (`luma`, `size`: a tracking frame, see [`track_size`]).
    pub fn frame(&mut self, luma: &[u8], size: (u32, u32)) {
        if self.is_idle() {
            return;
        }
        let Some(frame) = GrayFrame::new(size.0 as usize, size.1 as usize, luma) else {
            return;
        };
        let tracks = self.tracker.track_ref(&frame);
        let mut changed = false;
        for f in self.shapes.values_mut().filter(|f| f.tracking) {
            let Some(tr) = tracks.iter().find(|t| t.id == f.tid) else {
                continue;
            };
            let before = f.placement();
            f.missed = if tr.visible {
                0
            } else {
                f.missed.saturating_add(1)
            };
            // Not found yet: stays unplaced.
            if f.place.is_some() || tr.visible {
                let place = Some((
                    Warp::from_px(&tr.transform, f.anchor.frame, size),
                    tr.visible,
                ));
                changed |= place != f.place;
                f.place = place;
            }
            changed |= f.placement() != before;
        }
        if changed {
            self.version += 1;
        }
    }

    /// Where the tracker saw each followed shape in the last frame.
    pub fn warps(&self) -> Warps {
        self.shapes
            .iter()
            .map(|(id, f)| {
                let warp = f.place.filter(|(_, shown)| *shown).map(|(w, _)| w);
                (*id, warp)
            })
            .collect()
    }

    /// What to draw now for the followed shapes.
    pub fn placements(&self) -> Placements {
        self.shapes
            .iter()
            .map(|(id, f)| (*id, f.placement()))
            .collect()
    }

    /// How many followed shapes are lost now.
    pub fn lost(&self) -> usize {
        self.shapes
            .values()
            .filter(|f| matches!(f.placement(), Placement::Lost(_)))
            .count()
    }

    /// The messages that carry every anchor (for the other party, on request).
    pub fn anchors(&self) -> Vec<PeerMsg> {
        self.shapes
            .iter()
            .flat_map(|(id, f)| f.anchor.messages(*id))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::whiteboard::{Op, Style};
    use tracker::synth::{HEIGHT, Synth, Variant, WIDTH};

    const SIZE: (u32, u32) = (WIDTH as u32, HEIGHT as u32);

    fn near(a: P, b: P, px: f32) -> bool {
        ((a.x - b.x) * SIZE.0 as f32).hypot((a.y - b.y) * SIZE.1 as f32) < px
    }

    #[test]
    fn a_warp_ahead_carries_on_its_motion() {
        let before = Warp {
            m: [1.0, 0.0, 0.10, 0.0, 1.0, 0.20],
        };
        let now = Warp {
            m: [1.0, 0.0, 0.12, 0.0, 1.0, 0.19],
        };
        let next = now.ahead(&before, 1.0).apply(P::new(0.5, 0.5));
        assert!(
            (next.x - 0.64).abs() < 1e-6 && (next.y - 0.68).abs() < 1e-6,
            "{next:?}"
        );
        // Half a frame on, half the step; none on, where it is.
        let half = now.ahead(&before, 0.5).apply(P::new(0.0, 0.0));
        assert!(
            (half.x - 0.13).abs() < 1e-6 && (half.y - 0.185).abs() < 1e-6,
            "{half:?}"
        );
        assert_eq!(now.ahead(&before, 0.0), now);
        // The centre moved by (0.02, -0.01): that is the most any corner moved.
        assert!((now.moved_from(&before) - 0.02f64.hypot(0.01)).abs() < 1e-9);
    }

    #[test]
    fn tracking_frames_have_the_longer_side_fixed() {
        assert_eq!(track_size(640, 480), Some((640, 480)));
        assert_eq!(track_size(1280, 720), Some((640, 360)));
        assert_eq!(track_size(720, 1280), Some((360, 640)));
        assert_eq!(track_size(320, 240), Some((640, 480)));
        assert_eq!(track_size(0, 480), None);
    }

    #[test]
    fn warps_map_frame_points_through_pixel_transforms() {
        // Pixels of a 640×480 frame, shifted by (64, -48) and halved into a 320×240 frame.
        let t = Transform::similarity(0.5, 0.0, 32.0, -24.0);
        let w = Warp::from_px(&t, (640, 480), (320, 240));
        let p = w.apply(P::new(0.5, 0.5));
        assert!(
            (p.x - 0.6).abs() < 1e-6 && (p.y - 0.4).abs() < 1e-6,
            "{p:?}"
        );
        assert_eq!(
            Warp::from_px(&Transform::IDENTITY, (640, 480), (640, 480)),
            Warp::IDENTITY
        );
    }

    #[test]
    fn regions_cover_the_shape_and_a_patch_around_thin_ones() {
        let rect = Shape::Rect {
            a: P::new(0.25, 0.25),
            b: P::new(0.5, 0.75),
        };
        assert_eq!(
            region_of(&rect, SIZE),
            RectF::new(160.0, 120.0, 160.0, 240.0)
        );
        // A horizontal arrow at the top edge: 48 px high, inside the frame.
        let arrow = Shape::Arrow {
            from: P::new(0.1, 0.0),
            to: P::new(0.3, 0.0),
        };
        let r = region_of(&arrow, SIZE);
        assert_eq!((r.y, r.h), (0.0, MIN_REGION));
        assert!((r.w - 128.0).abs() < 1e-3);
        // A text label's point in the corner.
        let text = Shape::Text {
            at: P::new(1.0, 1.0),
            text: "x".into(),
        };
        let r = region_of(&text, SIZE);
        assert_eq!(r, RectF::new(592.0, 432.0, 48.0, 48.0));
    }

    #[test]
    fn anchors_are_checked_and_survive_the_trip_in_parts() {
        let frame: Vec<u8> = (0..WIDTH * HEIGHT).map(|i| (i * 31 % 251) as u8).collect();
        let region = RectF::new(200.0, 150.0, 200.0, 150.0);
        let Some(a) = Anchor::cut(&frame, SIZE, region) else {
            panic!("no anchor")
        };
        // Margin 50 + 64 around the region, clipped to the frame.
        assert_eq!(a.crop, [86, 36, 428, 378]);
        let reference = a.reference();
        assert_eq!(reference[150 * WIDTH + 200], frame[150 * WIDTH + 200]);
        assert_eq!(reference[0], 128);
        let msgs = a.messages(ShapeId(5));
        assert_eq!(msgs.len(), 5);
        let mut f = Follow::new();
        let mut adopted = false;
        for m in msgs.iter().rev() {
            assert!(m.validate());
            let json = serde_json::to_string(m).unwrap_or_default();
            assert!(json.len() < crate::protocol::MAX_FRAME_BYTES);
            let Some(part) = AnchorPart::of(m) else {
                panic!("not an anchor")
            };
            adopted |= f.take(part);
        }
        assert!(adopted && f.follows(ShapeId(5)));
        assert_eq!(f.anchors(), msgs, "sent again as it came");
        // Not found in any frame yet: not drawn, then lost once looked for long enough.
        assert_eq!(f.warps().get(&ShapeId(5)), Some(&None));
        assert_eq!(f.placements().get(&ShapeId(5)), Some(&Placement::Looking));
        let blank = vec![0u8; WIDTH * HEIGHT];
        for _ in 0..LOOK_FOR {
            f.frame(&blank, SIZE);
        }
        assert_eq!(
            f.placements().get(&ShapeId(5)),
            Some(&Placement::Lost(Warp::IDENTITY))
        );
        assert_eq!(f.lost(), 1);
        // Geometry out of bounds is refused.
        assert!(!anchor_fits(
            [640, 480],
            [600.0, 10.0, 50.0, 10.0],
            [0, 0, 10, 10]
        ));
        assert!(!anchor_fits(
            [640, 480],
            [0.0, 0.0, 10.0, 10.0],
            [0, 0, 641, 10]
        ));
        assert!(!anchor_fits(
            [2000, 480],
            [0.0, 0.0, 10.0, 10.0],
            [0, 0, 10, 10]
        ));
        assert!(!anchor_fits(
            [640, 480],
            [f32::NAN, 0.0, 10.0, 10.0],
            [0, 0, 10, 10]
        ));
        assert!(anchor_fits(
            [640, 480],
            [0.0, 0.0, 10.0, 10.0],
            [0, 0, 10, 10]
        ));
    }

    /// The console draws an ellipse on frame 10 of the moving sequence; the customer's page,
    /// three frames ahead, gets the anchor and finds the ellipse; both then show it on the
    /// object (against the sequence's ground truth) frame after frame; undo hides it on both.
    #[test]
    fn both_parties_keep_the_shape_on_the_object() {
        let s = Synth::new(Variant::Plain, 60, 3);
        let render = |k: usize| {
            let mut f = Vec::new();
            s.render(k, &mut f);
            f
        };
        let (lo, hi) = (P::new(0.4, 0.4), P::new(0.55, 0.6));
        let shape = Shape::Ellipse { a: lo, b: hi };
        let centre = P::new(0.475, 0.5);
        let id = ShapeId(77);
        let mut board = Board::new();
        let add = Op::Add {
            id,
            shape: shape.clone(),
            style: Style::DEFAULT,
        };
        assert!(board.apply(&add).unwrap_or(false));
        // Truth: where the centre drawn on frame `k0` is on frame `k`.
        let truth = |k0: usize, k: usize| {
            let px = [centre.x * SIZE.0 as f32, centre.y * SIZE.1 as f32];
            let h0 = s.h(k0).inverse().unwrap_or(Transform::IDENTITY);
            let q = s.h(k).compose(&h0).apply(px);
            P::new(q[0] / SIZE.0 as f32, q[1] / SIZE.1 as f32)
        };
        let (mut console, mut customer) = (Follow::new(), Follow::new());
        for k in 0..10 {
            console.frame(&render(k), SIZE);
        }
        let msgs = console
            .stick(id, &shape, &render(10), SIZE, DrawnOn::Last)
            .unwrap_or_default();
        assert!(!msgs.is_empty() && console.follows(id));
        for k in 0..13 {
            customer.frame(&render(k), SIZE);
        }
        for part in msgs.iter().filter_map(AnchorPart::of) {
            customer.take(part);
        }
        assert!(customer.follows(id));
        let mut worst = 0.0f32;
        for k in 11..40 {
            console.frame(&render(k), SIZE);
            // The customer is three frames ahead.
            customer.frame(&render(k + 3), SIZE);
            for (f, at) in [(&console, k), (&customer, k + 3)] {
                let Some(Some(w)) = f.warps().get(&id).copied() else {
                    panic!("frame {at}: not shown");
                };
                let (got, want) = (w.apply(centre), truth(10, at));
                assert!(near(got, want, 1.0), "frame {at}: {got:?} vs {want:?}");
                let e = ((got.x - want.x) * 640.0).hypot((got.y - want.y) * 480.0);
                worst = worst.max(e);
            }
        }
        assert!(worst > 0.0);
        // Undo: hidden on both, no longer tracked; redo: looked for again and found.
        assert!(board.apply(&Op::Hide { ids: vec![id] }).unwrap_or(false));
        for f in [&mut console, &mut customer] {
            f.sync(&board);
            assert!(f.is_idle());
            assert_eq!(f.warps().get(&id), Some(&None));
        }
        assert!(board.apply(&Op::Show { ids: vec![id] }).unwrap_or(false));
        customer.sync(&board);
        customer.frame(&render(45), SIZE);
        let Some(Some(w)) = customer.warps().get(&id).copied() else {
            panic!("not found again");
        };
        assert!(near(w.apply(centre), truth(10, 45), 1.0));
        // Erased from the board for good (a new board): forgotten.
        customer.sync(&Board::new());
        assert!(!customer.follows(id) && customer.warps().is_empty());
    }

    /// Region 0 of the hard sequence leaves the picture in its fast pan (frames ≈ 200–270) and
    /// comes back: the shape drawn around it shows as lost meanwhile (not silently gone), drawn
    /// where it was last seen, and is on the object again once it is back.
    #[test]
    fn a_shape_whose_object_leaves_shows_as_lost_and_comes_back() {
        let s = Synth::standard(Variant::Hard);
        let render = |k: usize| {
            let mut f = Vec::new();
            s.render(k, &mut f);
            f
        };
        let r = tracker::synth::REGIONS[0];
        let (w, h) = (SIZE.0 as f32, SIZE.1 as f32);
        let shape = Shape::Rect {
            a: P::new(r.x / w, r.y / h),
            b: P::new((r.x + r.w) / w, (r.y + r.h) / h),
        };
        let id = ShapeId(9);
        let mut f = Follow::new();
        assert!(
            f.stick(id, &shape, &render(0), SIZE, DrawnOn::Last)
                .is_some()
        );
        let (mut lost_in, mut back_in) = (None, None);
        for k in 1..s.n_frames {
            let version = f.version();
            f.frame(&render(k), SIZE);
            let truth = s.truth(k);
            match f.placements().get(&id).copied() {
                Some(Placement::Lost(_)) => {
                    assert_eq!(f.lost(), 1);
                    // Lost only once the object is gone for a while (or covered by the hand).
                    assert!(k > 180, "frame {k}: lost while in view");
                    if lost_in.is_none() {
                        assert_ne!(f.version(), version, "frame {k}: no repaint when lost");
                    }
                    lost_in.get_or_insert(k);
                }
                Some(Placement::On(warp)) => {
                    assert_eq!(f.lost(), 0);
                    if lost_in.is_some() && back_in.is_none() && truth.in_view[0] {
                        back_in = Some(k);
                    }
                    if back_in.is_some() && f.warps().get(&id) == Some(&Some(warp)) {
                        let c = r.center();
                        let want = s.h(k).apply(c);
                        let got = warp.apply(P::new(c[0] / w, c[1] / h));
                        assert!(
                            near(got, P::new(want[0] / w, want[1] / h), 3.0),
                            "frame {k}: {got:?} vs {want:?}"
                        );
                    }
                }
                other => panic!("frame {k}: {other:?}"),
            }
        }
        let lost_in = lost_in.unwrap_or(0);
        assert!((190..240).contains(&lost_in), "lost in frame {lost_in}");
        let back_in = back_in.unwrap_or(0);
        assert!((250..300).contains(&back_in), "back in frame {back_in}");
    }

    /// A shape drawn while the picture moves sticks to where its drawing began: stuck on
    /// that frame though the tracker has seen later ones, it is shown where it was drawn
    /// while looked for, then on the object.
    #[test]
    fn a_shape_sticks_to_the_frame_its_drawing_began_on() {
        let s = Synth::new(Variant::Plain, 80, 3);
        let render = |k: usize| {
            let mut f = Vec::new();
            s.render(k, &mut f);
            f
        };
        let id = ShapeId(3);
        let shape = Shape::Ellipse {
            a: P::new(0.4, 0.4),
            b: P::new(0.55, 0.6),
        };
        let centre = P::new(0.475, 0.5);
        let mut f = Follow::new();
        for k in 0..10 {
            f.frame(&render(k), SIZE);
        }
        // Drawn from frame 10 on; released on frame 30.
        let msgs = f.stick(id, &shape, &render(10), SIZE, DrawnOn::Earlier);
        assert!(msgs.is_some_and(|m| !m.is_empty()));
        assert_eq!(
            f.placements().get(&id),
            Some(&Placement::On(Warp::IDENTITY))
        );
        assert_eq!(f.warps().get(&id), Some(&None), "not seen yet");
        let px = [centre.x * SIZE.0 as f32, centre.y * SIZE.1 as f32];
        let h10 = s.h(10).inverse().unwrap_or(Transform::IDENTITY);
        let mut found = None;
        for k in 30..60 {
            f.frame(&render(k), SIZE);
            let Some(Some(w)) = f.warps().get(&id).copied() else {
                continue;
            };
            found.get_or_insert(k);
            let q = s.h(k).compose(&h10).apply(px);
            let want = P::new(q[0] / SIZE.0 as f32, q[1] / SIZE.1 as f32);
            assert!(near(w.apply(centre), want, 1.5), "frame {k}");
            assert_eq!(f.placements().get(&id), Some(&Placement::On(w)));
        }
        assert!(found.is_some_and(|k| k < 34), "found in frame {found:?}");
        // The object moved between the frames: sticking on the last one would be off.
        let q = s.h(30).compose(&h10).apply(px);
        assert!(((q[0] - px[0]).hypot(q[1] - px[1])) > 8.0);
    }

    /// The phone is given a quarter turn: its camera's frames turn from landscape to portrait
    /// (the picture turned by 90° in them). The shape is found again in the turned frames and
    /// sits on its object there.
    #[test]
    fn a_shape_is_found_again_after_a_quarter_turn_of_the_phone() {
        let s = Synth::new(Variant::Plain, 60, 5);
        let render = |k: usize| {
            let mut f = Vec::new();
            s.render(k, &mut f);
            f
        };
        // Turned clockwise: landscape px (x, y) is portrait px (h − 1 − y, x).
        let (w, h) = (WIDTH, HEIGHT);
        let turned = |k: usize| {
            let f = render(k);
            let mut out = vec![0u8; w * h];
            for y in 0..w {
                for x in 0..h {
                    out[y * h + x] = f[(h - 1 - x) * w + y];
                }
            }
            out
        };
        let r = tracker::synth::REGIONS[0];
        let (fw, fh) = (w as f32, h as f32);
        let shape = Shape::Rect {
            a: P::new(r.x / fw, r.y / fh),
            b: P::new((r.x + r.w) / fw, (r.y + r.h) / fh),
        };
        let id = ShapeId(4);
        let mut f = Follow::new();
        assert!(
            f.stick(id, &shape, &render(0), SIZE, DrawnOn::Last)
                .is_some()
        );
        for k in 1..10 {
            f.frame(&render(k), SIZE);
        }
        let portrait = (h as u32, w as u32);
        let mut found = None;
        for k in 10..40 {
            f.frame(&turned(k), portrait);
            let Some(Some(warp)) = f.warps().get(&id).copied() else {
                continue;
            };
            found.get_or_insert(k);
            let c = s.h(k).apply(r.center());
            let want = P::new((fh - 1.0 - c[1]) / fh, c[0] / fw);
            let got = warp.apply(P::new(r.center()[0] / fw, r.center()[1] / fh));
            let e = ((got.x - want.x) * fh).hypot((got.y - want.y) * fw);
            assert!(e < 2.0, "frame {k}: {e} px off");
        }
        assert!(found.is_some_and(|k| k < 14), "found in frame {found:?}");
    }

    #[test]
    fn nothing_to_follow_on_a_blank_picture() {
        let blank = vec![120u8; WIDTH * HEIGHT];
        let shape = Shape::Rect {
            a: P::new(0.2, 0.2),
            b: P::new(0.4, 0.4),
        };
        let mut f = Follow::new();
        assert!(
            f.stick(ShapeId(1), &shape, &blank, SIZE, DrawnOn::Last)
                .is_none()
        );
        assert!(f.is_idle() && !f.follows(ShapeId(1)));
    }
}
