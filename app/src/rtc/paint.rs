//! Draws a board on a 2D canvas (the live overlay, the snapshot, the recording).

use wasm_bindgen::JsValue;
use web_sys::CanvasRenderingContext2d;

use crate::follow::{Placement, Placements, Warp};
use crate::whiteboard::{Board, Item, P, Shape, View, arrow_head};

/// Opacity of the highlighter.
const HIGHLIGHTER_ALPHA: f64 = 0.35;
/// The highlighter is this many times broader than the pen.
const HIGHLIGHTER_WIDTH: f64 = 4.0;
/// Text height in stroke widths.
const TEXT_SIZE: f64 = 4.0;
/// Opacity of a followed shape whose object is lost (it is also dashed).
const LOST_ALPHA: f64 = 0.5;

/// Sides of the polygon an ellipse becomes when it follows an object (an affine map of an
/// ellipse is an ellipse, but not one `ctx.ellipse` draws without a transform).
const ELLIPSE_SIDES: usize = 72;

/// Paints every visible shape of `board` as `view` shows the frame, on a canvas whose
/// pixels are `scale` times the view's units (device pixels per CSS pixel). Shapes in
/// `placements` follow an object: drawn through their warp, faded and dashed while their
/// object is lost, not at all while looked for.
pub fn board(
    ctx: &CanvasRenderingContext2d,
    board: &Board,
    view: &View,
    scale: f64,
    placements: &Placements,
) {
    if !view.is_ready() {
        return;
    }
    ctx.save();
    let _ = ctx.scale(scale, scale);
    ctx.set_line_cap("round");
    ctx.set_line_join("round");
    for item in board.visible() {
        let (warp, lost) = match placements.get(&item.id) {
            None => (None, false),
            Some(Placement::On(w)) => (Some(w), false),
            Some(Placement::Lost(w)) => (Some(w), true),
            Some(Placement::Looking) => continue,
        };
        shape(ctx, item, &Place { view, warp, lost });
    }
    ctx.restore();
}

/// Where frame points are painted: through the shape's warp, then the view; and whether
/// the shape's object is lost.
struct Place<'a> {
    view: &'a View,
    warp: Option<&'a Warp>,
    lost: bool,
}

fn at(place: &Place, p: P) -> (f64, f64) {
    let p = place.warp.map_or(p, |w| w.apply(p));
    let (x, y) = place.view.to_screen(p);
    (f64::from(x), f64::from(y))
}

fn shape(ctx: &CanvasRenderingContext2d, item: &Item, view: &Place) {
    let color = item.style.css_color();
    let width = (f64::from(item.style.width) * f64::from(view.view.height_scale())).max(1.0);
    ctx.set_stroke_style_str(&color);
    ctx.set_fill_style_str(&color);
    ctx.set_line_width(width);
    let alpha = if view.lost { LOST_ALPHA } else { 1.0 };
    ctx.set_global_alpha(alpha);
    // Dashed while lost (and solid again after it: the dash outlives one shape).
    if view.lost {
        let dash: js_sys::Array = [2.0 * width; 2]
            .map(JsValue::from_f64)
            .into_iter()
            .collect();
        let _ = ctx.set_line_dash(&dash);
    }
    match &item.shape {
        Shape::Pen { points } => polyline(ctx, view, points),
        Shape::Highlighter { points } => {
            ctx.set_global_alpha(alpha * HIGHLIGHTER_ALPHA);
            ctx.set_line_width(width * HIGHLIGHTER_WIDTH);
            polyline(ctx, view, points);
        }
        Shape::Arrow { from, to } => arrow(ctx, at(view, *from), at(view, *to), width),
        Shape::Numbered { from, to, n } => {
            let (a, b) = (at(view, *from), at(view, *to));
            arrow(ctx, a, b, width);
            badge(ctx, a, width, *n, &color);
        }
        Shape::Rect { a, b } => {
            // Four corners: a followed rectangle may turn.
            let corners = [*a, P::new(b.x, a.y), *b, P::new(a.x, b.y), *a];
            polyline(ctx, view, &corners);
        }
        Shape::Ellipse { a, b } if view.warp.is_some() => {
            let (c, r) = (
                P::new((a.x + b.x) / 2.0, (a.y + b.y) / 2.0),
                ((b.x - a.x) / 2.0, (b.y - a.y) / 2.0),
            );
            let points: Vec<P> = (0..=ELLIPSE_SIDES)
                .map(|i| {
                    let t = std::f32::consts::TAU * i as f32 / ELLIPSE_SIDES as f32;
                    P::new(c.x + r.0 * t.cos(), c.y + r.1 * t.sin())
                })
                .collect();
            polyline(ctx, view, &points);
        }
        Shape::Ellipse { a, b } => {
            let (a, b) = (at(view, *a), at(view, *b));
            ctx.begin_path();
            let _ = ctx.ellipse(
                (a.0 + b.0) / 2.0,
                (a.1 + b.1) / 2.0,
                ((b.0 - a.0) / 2.0).abs(),
                ((b.1 - a.1) / 2.0).abs(),
                0.0,
                0.0,
                std::f64::consts::TAU,
            );
            ctx.stroke();
        }
        Shape::Text { at: p, text } => {
            let (x, y) = at(view, *p);
            let size = (width * TEXT_SIZE).max(10.0);
            ctx.set_font(&format!("700 {size}px system-ui, sans-serif"));
            ctx.set_text_baseline("top");
            // A dark outline keeps the label readable on any picture.
            ctx.set_stroke_style_str("rgba(0,0,0,0.6)");
            ctx.set_line_width(size / 6.0);
            let _ = ctx.stroke_text(text, x, y);
            let _ = ctx.fill_text(text, x, y);
        }
    }
    if view.lost {
        let _ = ctx.set_line_dash(&js_sys::Array::new());
    }
}

fn polyline(ctx: &CanvasRenderingContext2d, view: &Place, points: &[P]) {
    let Some(first) = points.first() else { return };
    ctx.begin_path();
    let (x, y) = at(view, *first);
    ctx.move_to(x, y);
    if points.len() == 1 {
        // A dot.
        ctx.line_to(x + 0.01, y);
    }
    for p in &points[1..] {
        let (x, y) = at(view, *p);
        ctx.line_to(x, y);
    }
    ctx.stroke();
}

fn arrow(ctx: &CanvasRenderingContext2d, from: (f64, f64), to: (f64, f64), width: f64) {
    ctx.begin_path();
    ctx.move_to(from.0, from.1);
    ctx.line_to(to.0, to.1);
    if let Some([a, b]) = arrow_head(from, to, (width * 4.0).max(10.0)) {
        ctx.move_to(a.0, a.1);
        ctx.line_to(to.0, to.1);
        ctx.line_to(b.0, b.1);
    }
    ctx.stroke();
}

fn badge(ctx: &CanvasRenderingContext2d, at: (f64, f64), width: f64, n: u16, color: &str) {
    let r = (width * 3.0).max(10.0);
    ctx.begin_path();
    let _ = ctx.arc(at.0, at.1, r, 0.0, std::f64::consts::TAU);
    ctx.set_fill_style_str(color);
    ctx.fill();
    ctx.set_fill_style_str("#fff");
    ctx.set_font(&format!("700 {}px system-ui, sans-serif", r * 1.2));
    ctx.set_text_align("center");
    ctx.set_text_baseline("middle");
    let _ = ctx.fill_text(&n.to_string(), at.0, at.1 + r * 0.05);
    ctx.set_text_align("start");
}
