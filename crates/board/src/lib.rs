//! Sightline's whiteboard drawing model. Pure Rust (no browser APIs), shared by the
//! technician's console, the customer's page and the server.
//!
//! Drawings live in **frame coordinates**: `x` and `y` from 0 to 1 across the video frame
//! (left to right, top to bottom), whatever size the frame is shown at. [`View`] maps them
//! to a screen box and back (fit, stretch, zoom, rotation).
//!
//! The board changes only through [`Op`]s. Every op is idempotent (applying it twice is
//! applying it once), so an op may arrive over two paths, or again after a reconnect,
//! without harm; a late joiner gets the whole [`Board`]. Undo and redo are ops too
//! ([`History`] turns a user's undo into `Hide`, redo into `Show`), so they travel like
//! drawing does and every side converges.

mod history;
mod view;

pub use history::History;
pub use view::{Fit, Quarter, View};

use serde::{Deserialize, Serialize};

/// Most shapes a board keeps (visible or hidden); beyond it hidden ones are dropped first.
pub const MAX_ITEMS: usize = 1_000;
/// Most points in one pen or highlighter stroke.
pub const MAX_POINTS: usize = 4_000;
/// Most points one `Extend` carries.
pub const MAX_POINTS_PER_OP: usize = 500;
/// Most characters in a text label.
pub const MAX_TEXT: usize = 200;
/// Most shapes one `Hide` or `Show` names.
pub const MAX_IDS_PER_OP: usize = MAX_ITEMS;
/// Thinnest and thickest stroke, as a fraction of the frame's height.
pub const WIDTH_RANGE: (f32, f32) = (0.001, 0.05);
/// Numbered arrows stop counting here.
pub const MAX_NUMBER: u16 = 99;

/// A point of the video frame: 0..1 across its width (`x`) and height (`y`).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct P {
    /// From the left edge (0) to the right edge (1).
    pub x: f32,
    /// From the top edge (0) to the bottom edge (1).
    pub y: f32,
}

impl P {
    /// A point.
    pub const fn new(x: f32, y: f32) -> P {
        P { x, y }
    }

    /// Whether both coordinates are finite and inside the frame.
    pub fn is_inside(self) -> bool {
        (0.0..=1.0).contains(&self.x) && (0.0..=1.0).contains(&self.y)
    }

    /// The nearest point inside the frame.
    pub fn clamped(self) -> P {
        let c = |v: f32| if v.is_nan() { 0.0 } else { v.clamp(0.0, 1.0) };
        P::new(c(self.x), c(self.y))
    }
}

/// Identifies one shape on a board; chosen at random by the page that draws it (below
/// 2⁵³, so JavaScript reads it exactly).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ShapeId(pub u64);

impl ShapeId {
    /// Largest valid ID (2⁵³ − 1).
    pub const MAX: u64 = (1 << 53) - 1;

    /// An ID from 64 random bits.
    pub fn from_random(bits: u64) -> ShapeId {
        ShapeId((bits & ShapeId::MAX).max(1))
    }
}

/// A drawing tool.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tool {
    /// Freehand line.
    Pen,
    /// Broad see-through freehand line.
    Highlighter,
    /// Straight arrow.
    Arrow,
    /// Arrow with a number (1, 2, 3 … in drawing order).
    Numbered,
    /// Rectangle.
    Rect,
    /// Ellipse inside a rectangle.
    Ellipse,
    /// Text label.
    Text,
}

impl Tool {
    /// Every tool, in toolbar order.
    pub const ALL: [Tool; 7] = [
        Tool::Pen,
        Tool::Highlighter,
        Tool::Arrow,
        Tool::Numbered,
        Tool::Rect,
        Tool::Ellipse,
        Tool::Text,
    ];

    /// Stable name (CSS, test hooks, translation keys).
    pub fn name(self) -> &'static str {
        match self {
            Tool::Pen => "pen",
            Tool::Highlighter => "highlighter",
            Tool::Arrow => "arrow",
            Tool::Numbered => "numbered",
            Tool::Rect => "rect",
            Tool::Ellipse => "ellipse",
            Tool::Text => "text",
        }
    }

    /// Whether the tool draws by dragging a line of points (pen, highlighter).
    pub fn is_freehand(self) -> bool {
        matches!(self, Tool::Pen | Tool::Highlighter)
    }
}

/// The geometry of one shape, in frame coordinates.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Shape {
    /// Freehand line through the points.
    Pen { points: Vec<P> },
    /// Broad see-through line through the points.
    Highlighter { points: Vec<P> },
    /// Arrow from `from` to the head at `to`.
    Arrow { from: P, to: P },
    /// Arrow with its number in a circle at its tail.
    Numbered { from: P, to: P, n: u16 },
    /// Rectangle with corners `a` and `b`.
    Rect { a: P, b: P },
    /// Ellipse inside the rectangle with corners `a` and `b`.
    Ellipse { a: P, b: P },
    /// Text whose top-left corner is at `at`.
    Text { at: P, text: String },
}

impl Shape {
    /// A shape of `tool` started at `at` (a text label takes `text`; a numbered arrow `n`).
    pub fn start(tool: Tool, at: P, n: u16, text: &str) -> Shape {
        match tool {
            Tool::Pen => Shape::Pen { points: vec![at] },
            Tool::Highlighter => Shape::Highlighter { points: vec![at] },
            Tool::Arrow => Shape::Arrow { from: at, to: at },
            Tool::Numbered => Shape::Numbered {
                from: at,
                to: at,
                n,
            },
            Tool::Rect => Shape::Rect { a: at, b: at },
            Tool::Ellipse => Shape::Ellipse { a: at, b: at },
            Tool::Text => Shape::Text {
                at,
                text: text.to_owned(),
            },
        }
    }

    /// The tool that draws this shape.
    pub fn tool(&self) -> Tool {
        match self {
            Shape::Pen { .. } => Tool::Pen,
            Shape::Highlighter { .. } => Tool::Highlighter,
            Shape::Arrow { .. } => Tool::Arrow,
            Shape::Numbered { .. } => Tool::Numbered,
            Shape::Rect { .. } => Tool::Rect,
            Shape::Ellipse { .. } => Tool::Ellipse,
            Shape::Text { .. } => Tool::Text,
        }
    }

    /// The same shape dragged to `to` (the end of an arrow, the far corner of a rectangle
    /// or ellipse, the next point of a freehand line, the place of a text label).
    pub fn dragged(&self, to: P) -> Shape {
        let mut s = self.clone();
        match &mut s {
            Shape::Pen { points } | Shape::Highlighter { points } => points.push(to),
            Shape::Arrow { to: end, .. } | Shape::Numbered { to: end, .. } => *end = to,
            Shape::Rect { b, .. } | Shape::Ellipse { b, .. } => *b = to,
            Shape::Text { at, .. } => *at = to,
        }
        s
    }

    /// The freehand points, for pen and highlighter.
    pub fn points(&self) -> Option<&[P]> {
        match self {
            Shape::Pen { points } | Shape::Highlighter { points } => Some(points),
            _ => None,
        }
    }

    /// Every point that defines the shape.
    pub fn anchors(&self) -> Vec<P> {
        match self {
            Shape::Pen { points } | Shape::Highlighter { points } => points.clone(),
            Shape::Arrow { from, to } | Shape::Numbered { from, to, .. } => vec![*from, *to],
            Shape::Rect { a, b } | Shape::Ellipse { a, b } => vec![*a, *b],
            Shape::Text { at, .. } => vec![*at],
        }
    }

    /// The smallest rectangle holding every anchor: (min, max).
    pub fn bounds(&self) -> (P, P) {
        let pts = self.anchors();
        let mut lo = P::new(f32::INFINITY, f32::INFINITY);
        let mut hi = P::new(f32::NEG_INFINITY, f32::NEG_INFINITY);
        for p in pts {
            lo = P::new(lo.x.min(p.x), lo.y.min(p.y));
            hi = P::new(hi.x.max(p.x), hi.y.max(p.y));
        }
        (lo, hi)
    }

    /// Checks a shape received from elsewhere.
    pub fn validate(&self) -> Result<(), OpError> {
        if !self.anchors().iter().all(|p| p.is_inside()) {
            return Err(OpError::OutOfFrame);
        }
        match self {
            Shape::Pen { points } | Shape::Highlighter { points }
                if points.is_empty() || points.len() > MAX_POINTS_PER_OP =>
            {
                return Err(OpError::TooMany);
            }
            Shape::Numbered { n, .. } if *n == 0 || *n > MAX_NUMBER => {
                return Err(OpError::BadNumber);
            }
            Shape::Text { text, .. }
                if text.trim().is_empty()
                    || text.chars().count() > MAX_TEXT
                    || text.chars().any(char::is_control) =>
            {
                return Err(OpError::BadText);
            }
            _ => {}
        }
        Ok(())
    }
}

/// Colour and stroke width of a shape.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Style {
    /// `0xRRGGBB`.
    pub color: u32,
    /// Stroke width (and text size ÷ 4) as a fraction of the frame's height.
    pub width: f32,
}

impl Style {
    /// Red, medium.
    pub const DEFAULT: Style = Style {
        color: 0xE5_3935,
        width: 0.006,
    };

    /// `#rrggbb`, for the canvas.
    pub fn css_color(self) -> String {
        format!("#{:06x}", self.color & 0xFF_FFFF)
    }

    fn validate(self) -> Result<(), OpError> {
        let (lo, hi) = WIDTH_RANGE;
        if self.color > 0xFF_FFFF || !(lo..=hi).contains(&self.width) {
            return Err(OpError::BadStyle);
        }
        Ok(())
    }
}

impl Default for Style {
    fn default() -> Style {
        Style::DEFAULT
    }
}

/// One shape on the board.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// Its ID.
    pub id: ShapeId,
    /// Its geometry.
    pub shape: Shape,
    /// Its colour and width.
    pub style: Style,
    /// Undone or erased (kept so a redo can bring it back).
    pub hidden: bool,
}

/// A change to a board. Applying an op twice has the effect of applying it once.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    /// A new shape (ignored if the ID exists).
    Add {
        id: ShapeId,
        shape: Shape,
        style: Style,
    },
    /// More points of a freehand line: `points` continue it from index `from` (points it
    /// already has are skipped; a gap is refused, see [`OpError::Gap`]).
    Extend {
        id: ShapeId,
        from: u32,
        points: Vec<P>,
    },
    /// The new geometry of a shape being drawn (an arrow's end, a rectangle's corner…).
    Reshape { id: ShapeId, shape: Shape },
    /// These shapes disappear (undo, erase all).
    Hide { ids: Vec<ShapeId> },
    /// These shapes come back (redo).
    Show { ids: Vec<ShapeId> },
}

/// Why an op was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OpError {
    /// A point outside 0..1, or not a number.
    #[error("a point is outside the frame")]
    OutOfFrame,
    /// Too many points, shapes or IDs.
    #[error("too many points, shapes or IDs")]
    TooMany,
    /// A numbered arrow's number is 0 or above [`MAX_NUMBER`].
    #[error("bad arrow number")]
    BadNumber,
    /// Empty, too long, or control characters in a label.
    #[error("bad text label")]
    BadText,
    /// A colour above `0xFFFFFF` or a width outside [`WIDTH_RANGE`].
    #[error("bad colour or width")]
    BadStyle,
    /// `Extend` or `Reshape` of a shape the board does not have.
    #[error("no such shape")]
    Unknown,
    /// `Extend` starting past the end of the line: points are missing (ask for the board).
    #[error("points are missing")]
    Gap,
    /// `Reshape` that changes the kind of a shape, or `Extend` of a shape that is not a line.
    #[error("the op does not fit the shape")]
    Mismatch,
    /// The board holds [`MAX_ITEMS`] visible shapes.
    #[error("the board is full")]
    Full,
}

impl Op {
    /// Checks an op received from elsewhere (bounds only; [`Board::apply`] checks the rest).
    pub fn validate(&self) -> Result<(), OpError> {
        let id_ok = |id: &ShapeId| id.0 != 0 && id.0 <= ShapeId::MAX;
        match self {
            Op::Add { id, shape, style } => {
                if !id_ok(id) {
                    return Err(OpError::Unknown);
                }
                shape.validate()?;
                style.validate()
            }
            Op::Extend { points, .. } => {
                if points.len() > MAX_POINTS_PER_OP {
                    return Err(OpError::TooMany);
                }
                if !points.iter().all(|p| p.is_inside()) {
                    return Err(OpError::OutOfFrame);
                }
                Ok(())
            }
            Op::Reshape { shape, .. } => shape.validate(),
            Op::Hide { ids } | Op::Show { ids } => {
                if ids.len() > MAX_IDS_PER_OP {
                    Err(OpError::TooMany)
                } else {
                    Ok(())
                }
            }
        }
    }
}

/// Every shape drawn in one session, in drawing order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Board {
    /// The shapes, oldest first.
    pub items: Vec<Item>,
}

impl Board {
    /// An empty board.
    pub fn new() -> Board {
        Board::default()
    }

    fn find(&self, id: ShapeId) -> Option<usize> {
        self.items.iter().position(|i| i.id == id)
    }

    /// The shape with this ID.
    pub fn get(&self, id: ShapeId) -> Option<&Item> {
        self.find(id).map(|i| &self.items[i])
    }

    /// The visible shapes, oldest first (drawing order).
    pub fn visible(&self) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(|i| !i.hidden)
    }

    /// IDs of the visible shapes.
    pub fn visible_ids(&self) -> Vec<ShapeId> {
        self.visible().map(|i| i.id).collect()
    }

    /// The number the next numbered arrow gets: one more than the highest visible one
    /// (so undoing arrow 3 gives 3 again, and erasing all starts from 1).
    pub fn next_number(&self) -> u16 {
        self.visible()
            .filter_map(|i| match i.shape {
                Shape::Numbered { n, .. } => Some(n),
                _ => None,
            })
            .max()
            .map_or(1, |n| (n + 1).min(MAX_NUMBER))
    }

    /// Applies an op; `Ok(true)` when the board changed.
    pub fn apply(&mut self, op: &Op) -> Result<bool, OpError> {
        op.validate()?;
        match op {
            Op::Add { id, shape, style } => {
                if self.find(*id).is_some() {
                    return Ok(false);
                }
                if self.items.len() >= MAX_ITEMS {
                    // Make room by forgetting the oldest hidden shape (its redo is lost).
                    let Some(oldest) = self.items.iter().position(|i| i.hidden) else {
                        return Err(OpError::Full);
                    };
                    self.items.remove(oldest);
                }
                self.items.push(Item {
                    id: *id,
                    shape: shape.clone(),
                    style: *style,
                    hidden: false,
                });
                Ok(true)
            }
            Op::Extend { id, from, points } => {
                let i = self.find(*id).ok_or(OpError::Unknown)?;
                let Some(line) = (match &mut self.items[i].shape {
                    Shape::Pen { points } | Shape::Highlighter { points } => Some(points),
                    _ => None,
                }) else {
                    return Err(OpError::Mismatch);
                };
                let from = *from as usize;
                if from > line.len() {
                    return Err(OpError::Gap);
                }
                let skip = line.len() - from;
                let new = points.iter().skip(skip);
                if line.len() + new.len() > MAX_POINTS {
                    return Err(OpError::TooMany);
                }
                let before = line.len();
                line.extend(new);
                Ok(line.len() != before)
            }
            Op::Reshape { id, shape } => {
                let i = self.find(*id).ok_or(OpError::Unknown)?;
                let item = &mut self.items[i];
                if item.shape.tool() != shape.tool() {
                    return Err(OpError::Mismatch);
                }
                if item.shape == *shape {
                    return Ok(false);
                }
                item.shape = shape.clone();
                Ok(true)
            }
            Op::Hide { ids } => Ok(self.set_hidden(ids, true)),
            Op::Show { ids } => Ok(self.set_hidden(ids, false)),
        }
    }

    fn set_hidden(&mut self, ids: &[ShapeId], hidden: bool) -> bool {
        let mut changed = false;
        for item in &mut self.items {
            if item.hidden != hidden && ids.contains(&item.id) {
                item.hidden = hidden;
                changed = true;
            }
        }
        changed
    }

    /// Checks a whole board received from elsewhere.
    pub fn validate(&self) -> Result<(), OpError> {
        if self.items.len() > MAX_ITEMS {
            return Err(OpError::TooMany);
        }
        for item in &self.items {
            item.style.validate()?;
            if item.shape.anchors().len() > MAX_POINTS
                || !item.shape.anchors().iter().all(|p| p.is_inside())
            {
                return Err(OpError::OutOfFrame);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
