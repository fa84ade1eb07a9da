//! The whiteboard and the frozen picture between the two parties of a session.
//!
//! The drawing model is the `board` crate (pure Rust). The technician's console draws:
//! every change is a `board::Op`, sent peer to peer over the call's `RTCDataChannel` when
//! it is open and always to the server, which keeps the session's whole board (for a page
//! that reconnects or joins late) and relays the op to the customer only when the data
//! channel was not open (`relay`). The customer's page sends the frozen picture (a still
//! of its camera at full resolution) the same two ways, in parts.

mod live;

use serde::{Deserialize, Serialize};

pub use board::{Board, Fit, History, Item, Op, P, Shape, ShapeId, Style, Tool, View};

/// Raw bytes in one part of a still (base64 makes it 4/3 larger; a part must fit in one
/// websocket frame, `protocol::MAX_FRAME_BYTES`).
pub const STILL_PART_BYTES: usize = 36 * 1024;
/// Largest still accepted, in bytes (a 4K JPEG is well below).
pub const MAX_STILL_BYTES: usize = 8 * 1024 * 1024;
/// Most parts of one still.
pub const MAX_STILL_PARTS: u16 = MAX_STILL_BYTES.div_ceil(STILL_PART_BYTES) as u16;

/// Colours offered by the toolbar (`0xRRGGBB`): red, yellow, green, blue, white, black.
pub const COLORS: [u32; 6] = [
    0xE5_3935, 0xFD_D835, 0x43_A047, 0x1E_88E5, 0xFF_FFFF, 0x21_2121,
];
/// Stroke widths offered by the toolbar (fractions of the frame's height): thin, medium,
/// thick.
pub const WIDTHS: [f32; 3] = [0.003, 0.006, 0.012];

/// A message between the two parties of a session (over the data channel, or relayed by
/// the server).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PeerMsg {
    /// Technician → customer: changes to the board, in order (one at a time over the data
    /// channel; gathered for up to [`BATCH_MS`] towards the server).
    Ops { ops: Vec<Op> },
    /// Customer → technician: part `part` of `parts` of the still of freeze number
    /// `freeze` (a JPEG, base64).
    Still {
        freeze: u32,
        part: u16,
        parts: u16,
        data: String,
    },
    /// Technician → customer: please send the still of freeze `freeze` again (a console
    /// that reloaded while frozen).
    WantStill { freeze: u32 },
    /// Either way: shape `id` follows the object under it; part `part` of `parts` of the
    /// picture around it, as the sender saw it when it was drawn (see [`crate::follow`]).
    Anchor {
        id: ShapeId,
        /// The sender's tracking frame: width, height.
        frame: [u16; 2],
        /// The region to follow, in that frame's pixels: x, y, width, height.
        region: [f32; 4],
        /// Where the picture's crop lies in that frame: x, y, width, height.
        crop: [u16; 4],
        part: u16,
        parts: u16,
        /// The crop's luma, row by row, base64.
        data: String,
    },
    /// Either way: please send the anchors of the shapes that follow objects (a page that
    /// (re)connected).
    WantAnchors,
}

impl PeerMsg {
    /// Whether a party in `role` may send this message.
    pub fn allowed_from(&self, role: crate::protocol::Role) -> bool {
        use crate::protocol::Role;
        match self {
            PeerMsg::Ops { .. } | PeerMsg::WantStill { .. } => role == Role::Technician,
            PeerMsg::Still { .. } => role == Role::Customer,
            PeerMsg::Anchor { .. } | PeerMsg::WantAnchors => true,
        }
    }

    /// Checks bounds of a message received from elsewhere.
    pub fn validate(&self) -> bool {
        match self {
            PeerMsg::Ops { ops } => {
                ops.len() <= MAX_BATCH && ops.iter().all(|op| op.validate().is_ok())
            }
            PeerMsg::Still {
                part, parts, data, ..
            } => {
                *parts > 0
                    && *parts <= MAX_STILL_PARTS
                    && part < parts
                    && data.len() <= STILL_PART_BYTES.div_ceil(3) * 4
            }
            PeerMsg::Anchor { .. } => crate::follow::AnchorPart::of(self).is_some_and(|p| p.fits()),
            PeerMsg::WantStill { .. } | PeerMsg::WantAnchors => true,
        }
    }
}

/// Most parts of one anchor's picture.
pub const MAX_ANCHOR_PARTS: u16 = crate::follow::MAX_CROP_BYTES.div_ceil(STILL_PART_BYTES) as u16;

/// How long board ops wait to be sent to the server together (the data channel gets each at
/// once): a stroke sends a handful of messages per second, not one per pointer move.
pub const BATCH_MS: u32 = 100;
/// Most ops in one message.
pub const MAX_BATCH: usize = 24;

/// Adds `op` to a batch waiting to be sent, merging it into the last op when both continue
/// the same shape (points of one line; the newest geometry of one shape).
pub fn gather(batch: &mut Vec<Op>, op: Op) {
    match (batch.last_mut(), op) {
        (
            Some(Op::Extend {
                id: last,
                from: first,
                points,
            }),
            Op::Extend {
                id,
                from,
                points: more,
            },
        ) if *last == id
            && from as usize == *first as usize + points.len()
            && points.len() + more.len() <= board::MAX_POINTS_PER_OP =>
        {
            points.extend(more);
        }
        (Some(Op::Reshape { id: last, shape }), Op::Reshape { id, shape: newer })
            if *last == id =>
        {
            *shape = newer;
        }
        (_, op) => batch.push(op),
    }
}

/// Splits `bytes` into numbered parts of at most [`STILL_PART_BYTES`] (base64): `(part,
/// parts, data)`.
pub fn split(bytes: &[u8]) -> Vec<(u16, u16, String)> {
    use base64::Engine;
    let parts = bytes.len().div_ceil(STILL_PART_BYTES).max(1) as u16;
    let mut out: Vec<(u16, u16, String)> = bytes
        .chunks(STILL_PART_BYTES)
        .enumerate()
        .map(|(i, c)| {
            let data = base64::engine::general_purpose::STANDARD.encode(c);
            (i as u16, parts, data)
        })
        .collect();
    if out.is_empty() {
        out.push((0, 1, String::new()));
    }
    out
}

/// Splits a still into messages.
pub fn still_parts(freeze: u32, bytes: &[u8]) -> Vec<PeerMsg> {
    split(bytes)
        .into_iter()
        .map(|(part, parts, data)| PeerMsg::Still {
            freeze,
            part,
            parts,
            data,
        })
        .collect()
}

/// Puts something sent in parts (a still, an anchor's picture) back together, in any order,
/// repeats ignored.
#[derive(Clone, Debug, Default)]
pub struct Assembly {
    key: u64,
    parts: Vec<Option<Vec<u8>>>,
}

impl Assembly {
    /// Takes one part of the thing `key`; returns the whole once every part arrived (and it
    /// is at most `max_bytes`). A part of another `key` starts over (only the latest
    /// matters).
    pub fn take(
        &mut self,
        key: u64,
        part: u16,
        parts: u16,
        data: &str,
        max_bytes: usize,
    ) -> Option<Vec<u8>> {
        use base64::Engine;
        if parts == 0 || part >= parts || usize::from(parts) > max_bytes.div_ceil(STILL_PART_BYTES)
        {
            return None;
        }
        if self.key != key || self.parts.len() != usize::from(parts) {
            self.key = key;
            self.parts = vec![None; usize::from(parts)];
        }
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(data)
            .ok()?;
        self.parts[usize::from(part)] = Some(bytes);
        if self.parts.iter().any(Option::is_none) {
            return None;
        }
        let whole: Vec<u8> = self.parts.iter().flatten().flatten().copied().collect();
        self.parts.clear();
        (whole.len() <= max_bytes).then_some(whole)
    }
}

/// The two barbs of an arrow head at `to` (screen coordinates), `len` long, 28° off the
/// shaft; `None` when the arrow has no length.
pub fn arrow_head(from: (f64, f64), to: (f64, f64), len: f64) -> Option<[(f64, f64); 2]> {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let d = dx.hypot(dy);
    if d < 1e-6 {
        return None;
    }
    let (ux, uy) = (dx / d, dy / d);
    let a = 28f64.to_radians();
    let (s, c) = a.sin_cos();
    let barb = |sign: f64| {
        // Rotate the reversed direction by ±a.
        let (rx, ry) = (-ux, -uy);
        let x = rx * c - sign * ry * s;
        let y = sign * rx * s + ry * c;
        (to.0 + x * len, to.1 + y * len)
    };
    Some([barb(1.0), barb(-1.0)])
}

/// A shape ID from a random number in [0, 1).
pub fn new_shape_id(random: f64) -> ShapeId {
    ShapeId::from_random((random * ShapeId::MAX as f64) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::Role;

    #[test]
    fn stills_round_trip_in_any_order_and_across_freezes() {
        let bytes: Vec<u8> = (0..100_000u32).map(|i| (i * 7 % 251) as u8).collect();
        let msgs = still_parts(3, &bytes);
        assert_eq!(msgs.len(), 3);
        let mut asm = Assembly::default();
        let max = MAX_STILL_BYTES;
        // A stale part of an earlier freeze first, then the parts backwards with a repeat.
        assert!(asm.take(2, 0, 2, "AAAA", max).is_none());
        let mut got = None;
        for m in msgs.iter().rev().chain(msgs.iter().take(1)) {
            let PeerMsg::Still {
                freeze,
                part,
                parts,
                data,
            } = m
            else {
                panic!("not a still part");
            };
            assert!(m.validate());
            // Every message fits in one websocket frame.
            assert!(serde_json::to_string(m).unwrap().len() < crate::protocol::MAX_FRAME_BYTES);
            if let Some(whole) = asm.take(u64::from(*freeze), *part, *parts, data, max) {
                got = Some(whole);
            }
        }
        assert_eq!(got.as_deref(), Some(&bytes[..]));
        assert!(
            asm.take(3, 5, 3, "AAAA", max).is_none(),
            "part beyond the count"
        );
        assert!(asm.take(3, 0, 1, "not base64!", max).is_none());
        // More parts than the largest thing can have, or a whole that is too large.
        assert!(asm.take(4, 0, 3, "AAAA", 10).is_none());
        assert!(asm.take(4, 0, 1, "AAAAAAAA", 5).is_none());
        assert_eq!(asm.take(4, 0, 1, "AAAAAAAA", 6), Some(vec![0; 6]));
    }

    #[test]
    fn batches_merge_strokes_and_keep_everything_else_in_order() {
        let id = ShapeId(1);
        let ext = |from: u32, x: f32| Op::Extend {
            id,
            from,
            points: vec![P::new(x, 0.5)],
        };
        let shape = |x: f32| Shape::Rect {
            a: P::new(0.1, 0.1),
            b: P::new(x, x),
        };
        let mut batch = vec![];
        let pen = Op::Add {
            id,
            shape: Shape::Pen {
                points: vec![P::new(0.0, 0.5)],
            },
            style: Style::DEFAULT,
        };
        gather(&mut batch, pen.clone());
        for (i, x) in [0.1, 0.2, 0.3].into_iter().enumerate() {
            gather(&mut batch, ext(i as u32 + 1, x));
        }
        let rect = ShapeId(2);
        for x in [0.4, 0.5] {
            gather(
                &mut batch,
                Op::Reshape {
                    id: rect,
                    shape: shape(x),
                },
            );
        }
        gather(&mut batch, Op::Hide { ids: vec![id] });
        assert_eq!(batch.len(), 4);
        // The merged batch gives the same board as every op one by one.
        let mut one_by_one = Board::new();
        let mut merged = Board::new();
        for b in [&mut one_by_one, &mut merged] {
            b.apply(&Op::Add {
                id: rect,
                shape: shape(0.2),
                style: Style::DEFAULT,
            })
            .unwrap();
        }
        for op in [pen, ext(1, 0.1), ext(2, 0.2), ext(3, 0.3)] {
            one_by_one.apply(&op).unwrap();
        }
        one_by_one
            .apply(&Op::Reshape {
                id: rect,
                shape: shape(0.5),
            })
            .unwrap();
        one_by_one.apply(&Op::Hide { ids: vec![id] }).unwrap();
        for op in &batch {
            merged.apply(op).unwrap();
        }
        assert_eq!(merged, one_by_one);
        let msg = PeerMsg::Ops { ops: batch };
        assert!(msg.validate());
        assert!(
            !PeerMsg::Ops {
                ops: vec![Op::Hide { ids: vec![] }; MAX_BATCH + 1]
            }
            .validate()
        );
    }

    #[test]
    fn who_may_send_what() {
        let op = PeerMsg::Ops {
            ops: vec![Op::Hide { ids: vec![] }],
        };
        assert!(op.allowed_from(Role::Technician) && !op.allowed_from(Role::Customer));
        let still = still_parts(1, b"jpeg").remove(0);
        assert!(still.allowed_from(Role::Customer) && !still.allowed_from(Role::Technician));
        let too_many = PeerMsg::Still {
            freeze: 1,
            part: 0,
            parts: MAX_STILL_PARTS + 1,
            data: String::new(),
        };
        assert!(!too_many.validate());
    }

    #[test]
    fn arrow_heads_point_back_along_the_shaft() {
        let [a, b] = arrow_head((0.0, 0.0), (100.0, 0.0), 10.0).unwrap();
        assert!(a.0 < 100.0 && b.0 < 100.0);
        assert!((a.1 + b.1).abs() < 1e-9 && a.1.abs() > 4.0);
        assert!(arrow_head((5.0, 5.0), (5.0, 5.0), 10.0).is_none());
    }

    #[test]
    fn shape_ids_are_exact_in_javascript() {
        for r in [0.0, 0.5, 0.999_999] {
            let id = new_shape_id(r);
            assert!(id.0 >= 1 && id.0 <= ShapeId::MAX);
        }
    }
}
