//! Keeps the board's canvas (and the frozen still) exactly over the video element and
//! repaints the board when it or the geometry changed: checked once per animation frame.
//!
//! The loop here (and the tracking in `follow`) reads its page through a [`Host`].

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlImageElement, HtmlVideoElement};

use super::host::Host;
use crate::follow::Placement;
use crate::ids::SessionId;
use crate::whiteboard::{Fit, View};

/// What decides the picture: positions, sizes, the board's version.
#[derive(Clone, Copy, PartialEq)]
struct Geometry {
    left: i32,
    top: i32,
    width: i32,
    height: i32,
    frame: (u32, u32),
    dpr: f64,
    fit: Fit,
    version: u64,
    /// The followed shapes' version (they move with the object).
    follow: u64,
}

/// The per-frame callback, kept in a cell it can reach to schedule itself again.
type FrameCallback = Rc<RefCell<Option<Closure<dyn FnMut()>>>>;

/// The running loop (and the tracking of the shapes that follow objects); stops when
/// dropped.
pub struct Overlay {
    stop: Rc<Cell<bool>>,
    _follower: super::follow::Follower,
}

impl Drop for Overlay {
    fn drop(&mut self) {
        self.stop.set(true);
    }
}

/// The elements the overlay keeps in place.
pub struct Parts {
    /// The live picture.
    pub video: HtmlVideoElement,
    /// The board.
    pub canvas: HtmlCanvasElement,
    /// The frozen picture (shown while frozen).
    pub still: HtmlImageElement,
}

/// Starts the loop. `fit` says how the video fills its element; `on_view` receives the view
/// of the canvas after each change (for pointer input).
pub fn start(
    host: impl Host,
    session: SessionId,
    parts: Parts,
    fit: impl Fn() -> Fit + 'static,
    on_view: impl Fn(View) + 'static,
) -> Overlay {
    let stop = Rc::new(Cell::new(false));
    let follower = super::follow::start(host.clone(), session.clone(), parts.video.clone());
    let ctx: Option<CanvasRenderingContext2d> = parts
        .canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into().ok());
    let last = Cell::new(None::<Geometry>);
    let frame_cb: FrameCallback = Rc::default();
    let again = frame_cb.clone();
    let stopped = stop.clone();
    *frame_cb.borrow_mut() = Some(Closure::new(move || {
        if stopped.get() {
            // Break the cycle so the closure is freed.
            again.borrow_mut().take();
            return;
        }
        if let Some(ctx) = &ctx {
            let g = geometry(&host, &session, &parts, fit());
            if last.get() != Some(g) {
                last.set(Some(g));
                let view = place(&parts, g);
                paint(&host, &session, &parts.canvas, ctx, view, g);
                on_view(view);
            }
        }
        if let Some(cb) = again.borrow().as_ref() {
            request_frame(cb);
        }
    }));
    if let Some(cb) = frame_cb.borrow().as_ref() {
        request_frame(cb);
    }
    Overlay {
        stop,
        _follower: follower,
    }
}

fn request_frame(cb: &Closure<dyn FnMut()>) {
    if let Some(w) = web_sys::window() {
        let _ = w.request_animation_frame(cb.as_ref().unchecked_ref());
    }
}

fn geometry(host: &impl Host, session: &SessionId, parts: &Parts, fit: Fit) -> Geometry {
    let v = &parts.video;
    // While frozen, the still (the customer's full-resolution frame) is the picture.
    let still = &parts.still;
    let frame = if !still.hidden() && still.complete() && still.natural_width() > 0 {
        (still.natural_width(), still.natural_height())
    } else {
        (v.video_width(), v.video_height())
    };
    Geometry {
        left: v.offset_left(),
        top: v.offset_top(),
        width: v.client_width(),
        height: v.client_height(),
        frame,
        dpr: web_sys::window().map_or(1.0, |w| w.device_pixel_ratio()),
        fit,
        version: host.board_version(),
        follow: super::follow::version(session),
    }
}

/// Puts the canvas and the still over the video's box; returns the canvas's view.
fn place(parts: &Parts, g: Geometry) -> View {
    let style = format!(
        "left:{}px;top:{}px;width:{}px;height:{}px;",
        g.left, g.top, g.width, g.height
    );
    let _ = parts.canvas.set_attribute("style", &style);
    let fit_css = match g.fit {
        Fit::Contain => "contain",
        Fit::Fill => "fill",
        Fit::Cover => "cover",
    };
    let _ = parts
        .still
        .set_attribute("style", &format!("{style}object-fit:{fit_css};"));
    let (w, h) = (g.width.max(0) as f64, g.height.max(0) as f64);
    parts.canvas.set_width((w * g.dpr).round() as u32);
    parts.canvas.set_height((h * g.dpr).round() as u32);
    View::new(
        (g.frame.0 as f32, g.frame.1 as f32),
        (w as f32, h as f32),
        g.fit,
    )
}

fn paint(
    host: &impl Host,
    session: &SessionId,
    canvas: &HtmlCanvasElement,
    ctx: &CanvasRenderingContext2d,
    view: View,
    g: Geometry,
) {
    ctx.clear_rect(
        0.0,
        0.0,
        f64::from(canvas.width()),
        f64::from(canvas.height()),
    );
    let (placements, painted) = super::follow::placements_painted(session);
    let shown = host.with_board(|b| {
        super::paint::board(ctx, b, &view, g.dpr, &placements);
        b.visible()
            .filter(|i| placements.get(&i.id) != Some(&Placement::Looking))
            .count()
    });
    let lost = placements
        .values()
        .filter(|p| matches!(p, Placement::Lost(_)))
        .count();
    host.follow_lost(lost);
    // For tests and assistive tools: what is drawn, how much of it is lost, and on which
    // frame size.
    let _ = canvas.set_attribute("data-shapes", &shown.to_string());
    let _ = canvas.set_attribute("data-lost", &lost.to_string());
    let _ = canvas.set_attribute("data-frame", &format!("{}x{}", g.frame.0, g.frame.1));
    if let Some(painted) = painted {
        let _ = canvas.set_attribute("data-painted", &painted);
    }
}
