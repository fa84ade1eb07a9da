//! Feeds the picture under the board to [`crate::follow::Follow`]: every new frame of the
//! video element (`requestVideoFrameCallback`, so the drawing moves with the frame it
//! belongs to), scaled to the tracking size and turned grey, is tracked on the main thread
//! before the frame is painted (a worker would show the drawing a frame late; see
//! ARCHITECTURE.md for the costs). Nothing is grabbed while no shape follows an object, or
//! while frozen.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, ContextAttributes2d, HtmlCanvasElement, HtmlVideoElement};

use super::host::Host;
use crate::follow::{AnchorPart, Follow, Warps, track_size};
use crate::ids::SessionId;
use crate::whiteboard::{PeerMsg, ShapeId};

/// A session's followed shapes, and the video they are tracked on.
#[derive(Default)]
struct Page {
    follow: Follow,
    video: Option<HtmlVideoElement>,
    grab: Option<Grab>,
    /// Shapes just drawn, to stick on the next frame.
    pending: Vec<ShapeId>,
    /// For each of our shapes, the media time and the fingerprint (see `track`) of the frame
    /// it was stuck on, and its region's centre there (frame point): diagnostics, tests.
    stuck_at: HashMap<ShapeId, [f64; 4]>,
}

thread_local! {
    static PAGES: RefCell<HashMap<SessionId, Page>> = RefCell::new(HashMap::new());
}

fn with_page<R>(session: &SessionId, f: impl FnOnce(&mut Page) -> R) -> R {
    PAGES.with(|p| f(p.borrow_mut().entry(session.clone()).or_default()))
}

/// Turns video frames into tracking frames: scaled on a canvas, read back, grey.
struct Grab {
    canvas: HtmlCanvasElement,
    ctx: CanvasRenderingContext2d,
    luma: Vec<u8>,
    size: (u32, u32),
}

impl Grab {
    fn new() -> Option<Grab> {
        let document = web_sys::window()?.document()?;
        let canvas: HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
        let attrs = ContextAttributes2d::new();
        // Read back every frame: keep the canvas in memory, not on the GPU.
        attrs.set_will_read_frequently(true);
        let ctx = canvas
            .get_context_with_context_options("2d", &attrs)
            .ok()??
            .dyn_into()
            .ok()?;
        Some(Grab {
            canvas,
            ctx,
            luma: Vec::new(),
            size: (0, 0),
        })
    }

    /// The frame `video` shows now, or `None` before it has one.
    fn frame(&mut self, video: &HtmlVideoElement) -> Option<(&[u8], (u32, u32))> {
        let size = track_size(video.video_width(), video.video_height())?;
        if size != self.size {
            self.canvas.set_width(size.0);
            self.canvas.set_height(size.1);
            self.size = size;
        }
        let (w, h) = (f64::from(size.0), f64::from(size.1));
        self.ctx
            .draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, w, h)
            .ok()?;
        let data = self.ctx.get_image_data(0.0, 0.0, w, h).ok()?.data();
        tracker::image::rgba_to_gray(&data, &mut self.luma);
        Some((&self.luma, size))
    }
}

/// What to draw for the followed shapes of `session` now.
pub fn warps(session: &SessionId) -> Warps {
    PAGES.with(|p| {
        p.borrow()
            .get(session)
            .map(|page| page.follow.warps())
            .unwrap_or_default()
    })
}

/// Bumped whenever a followed shape moved (for repainting).
pub fn version(session: &SessionId) -> u64 {
    PAGES.with(|p| {
        p.borrow()
            .get(session)
            .map_or(0, |page| page.follow.version())
    })
}

/// The console drew shape `id`: it follows the object under it from the next frame shown,
/// and the customer's page gets its anchor (see `track`). Nothing happens when the
/// picture there has no texture to follow (the shape stays where it was drawn).
pub fn stick(session: &SessionId, id: ShapeId) {
    with_page(session, |page| page.pending.push(id));
}

/// A part of the other party's anchor arrived.
pub fn take(session: &SessionId, part: AnchorPart) {
    with_page(session, |page| page.follow.take(part));
}

/// The other party asked for our anchors.
pub fn send_anchors(host: &impl Host, session: &SessionId) {
    let msgs = with_page(session, |page| page.follow.anchors());
    for msg in msgs {
        host.tell(msg);
    }
}

/// The per-frame callback, kept in a cell it can reach to schedule itself again.
type FrameCallback = Rc<RefCell<Option<Closure<dyn FnMut(f64, JsValue)>>>>;

/// Tracking on a video element; stops when dropped.
pub struct Follower {
    stop: Rc<Cell<bool>>,
    session: SessionId,
}

impl Drop for Follower {
    fn drop(&mut self) {
        self.stop.set(true);
        with_page(&self.session, |page| {
            page.video = None;
            page.grab = None;
        });
    }
}

/// Tracks the followed shapes of `session` on every new frame of `video` (the picture the
/// board is drawn over).
pub fn start(host: impl Host, session: SessionId, video: HtmlVideoElement) -> Follower {
    with_page(&session, |page| page.video = Some(video.clone()));
    let stop = Rc::new(Cell::new(false));
    let frame_cb: FrameCallback = Rc::default();
    let again = frame_cb.clone();
    let stopped = stop.clone();
    let sid = session.clone();
    let el = video.clone();
    *frame_cb.borrow_mut() = Some(Closure::new(move |_now: f64, meta: JsValue| {
        if stopped.get() {
            again.borrow_mut().take();
            return;
        }
        if !host.frozen() {
            track(&host, &sid, &el, &meta);
        }
        if let Some(cb) = again.borrow().as_ref() {
            request_video_frame(&el, cb);
        }
    }));
    if let Some(cb) = frame_cb.borrow().as_ref() {
        request_video_frame(&video, cb);
    }
    Follower { stop, session }
}

/// One frame: keep to the board, grab, track, stick the shapes just drawn; leave the
/// outcome on the element (for tests and diagnostics: the frame's media time and
/// fingerprint, the time spent, each followed shape's warp, the frame each of ours was stuck
/// on).
fn track(host: &impl Host, session: &SessionId, video: &HtmlVideoElement, meta: &JsValue) {
    let perf = web_sys::window().and_then(|w| w.performance());
    let now = || perf.as_ref().map_or(0.0, |p| p.now());
    let t = js_sys::Reflect::get(meta, &JsValue::from_str("mediaTime"))
        .ok()
        .and_then(|v| v.as_f64());
    let mut outgoing = Vec::new();
    let report = with_page(session, |page| {
        let pending: Vec<(ShapeId, crate::whiteboard::Shape)> = host.with_board(|b| {
            page.follow.sync(b);
            page.pending
                .drain(..)
                .filter_map(|id| {
                    b.get(id)
                        .filter(|i| !i.hidden)
                        .map(|i| (id, i.shape.clone()))
                })
                .collect()
        });
        if page.follow.is_idle() && pending.is_empty() {
            return None;
        }
        if page.grab.is_none() {
            page.grab = Grab::new();
        }
        let grab = page.grab.as_mut()?;
        let t0 = now();
        let (luma, size) = grab.frame(video)?;
        let t1 = now();
        page.follow.frame(luma, size);
        let t2 = now();
        // Which picture this was: the sum of its luma. The element may hand a later frame to a
        // later reader in the same animation frame; a test compares its own grab with this.
        let sum = luma.iter().map(|&v| u64::from(v)).sum::<u64>() as f64;
        for (id, shape) in pending {
            if let Some(msgs) = page.follow.stick(id, &shape, luma, size) {
                outgoing.extend(msgs);
                let [x, y] = crate::follow::region_of(&shape, size).center();
                let centre = [
                    f64::from(x) / f64::from(size.0),
                    f64::from(y) / f64::from(size.1),
                ];
                page.stuck_at
                    .insert(id, [t.unwrap_or(0.0), sum, centre[0], centre[1]]);
            }
        }
        // Built as a JavaScript object and written by the browser's JSON, so the page
        // carries no JSON writer of its own.
        let shapes = js_sys::Object::new();
        for (id, w) in page.follow.warps() {
            let value = w.map_or(JsValue::NULL, |w| numbers(&w.matrix()));
            set(&shapes, &id.0.to_string(), &value);
        }
        let stuck = js_sys::Object::new();
        for (id, at) in &page.stuck_at {
            set(&stuck, &id.0.to_string(), &numbers(at));
        }
        let report = js_sys::Object::new();
        set(&report, "t", &t.map_or(JsValue::NULL, JsValue::from_f64));
        set(&report, "sum", &JsValue::from_f64(sum));
        set(&report, "grab_ms", &JsValue::from_f64(t1 - t0));
        set(&report, "track_ms", &JsValue::from_f64(t2 - t1));
        set(
            &report,
            "size",
            &numbers(&[f64::from(size.0), f64::from(size.1)]),
        );
        set(&report, "shapes", &shapes);
        set(&report, "stuck", &stuck);
        js_sys::JSON::stringify(&report).ok()?.as_string()
    });
    for msg in outgoing {
        host.tell(msg);
    }
    if let Some(report) = report {
        let _ = video.set_attribute("data-follow", &report);
    }
}

fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), value);
}

fn numbers(values: &[f64]) -> JsValue {
    values
        .iter()
        .map(|&v| JsValue::from_f64(v))
        .collect::<js_sys::Array>()
        .into()
}

/// `video.requestVideoFrameCallback(cb)`; false where the browser lacks it (the drawings
/// then stay where they were drawn).
fn request_video_frame(video: &HtmlVideoElement, cb: &Closure<dyn FnMut(f64, JsValue)>) -> bool {
    let f = js_sys::Reflect::get(video, &JsValue::from_str("requestVideoFrameCallback"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    f.is_some_and(|f| f.call1(video, cb.as_ref()).is_ok())
}

/// Forwards a message about followed shapes from the other party.
pub fn peer(host: &impl Host, session: &SessionId, msg: &PeerMsg) {
    if let Some(part) = AnchorPart::of(msg) {
        take(session, part);
    } else if *msg == PeerMsg::WantAnchors {
        send_anchors(host, session);
    }
}
