//! Feeds the picture under the board to [`crate::follow::Follow`]: every new frame of the
//! video element (`requestVideoFrameCallback`, so the drawing moves with the frame it
//! belongs to), scaled to the tracking size and turned grey, is tracked on the main thread
//! (a worker would show the drawing a frame late; see ARCHITECTURE.md for the costs).
//!
//! The grey comes straight from the frame's luma plane where the browser has `VideoFrame`
//! (`copyTo`: no colour conversion, no canvas, the copy itself off the main thread), and
//! from a canvas (`drawImage` + `getImageData`) where it has not, or for a frame that is not
//! YUV. Nothing is grabbed while no shape follows an object, or while frozen.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, ContextAttributes2d, HtmlCanvasElement, HtmlVideoElement};

use super::host::Host;
use crate::follow::{AnchorPart, DrawnOn, Follow, Placements, track_size};
use crate::ids::SessionId;
use crate::whiteboard::{PeerMsg, ShapeId};

/// A session's followed shapes, and the video they are tracked on.
#[derive(Default)]
struct Page {
    follow: Follow,
    video: Option<HtmlVideoElement>,
    grab: Option<Grab>,
    /// The plane reader, once looked for (`Some(None)`: the browser has no `VideoFrame`).
    planes: Option<Option<Planes>>,
    /// A plane copy is on its way: later frames are skipped until it is tracked.
    copying: bool,
    /// Shapes just drawn, to stick on the next frame (or on `held`).
    pending: Vec<ShapeId>,
    /// A drawing began: frames are grabbed even while no shape follows, and the first one
    /// is kept in `held`, so that the shape sticks where it was drawn.
    holding: bool,
    held: Option<Held>,
    /// For each of our shapes, the media time and the fingerprint (see `track`) of the frame
    /// it was stuck on, and its region's centre there (frame point): diagnostics, tests.
    stuck_at: HashMap<ShapeId, [f64; 4]>,
}

/// The frame shown when a drawing began.
struct Held {
    luma: Vec<u8>,
    size: (u32, u32),
    /// Its media time and fingerprint (see `track_grey`).
    t: Option<f64>,
    sum: f64,
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

/// Reads the luma plane of video frames (`new VideoFrame(video)`, `copyTo`), through
/// JavaScript's reflection: `web-sys` has `VideoFrame` only behind its unstable APIs.
struct Planes {
    video_frame: js_sys::Function,
    buf: js_sys::Uint8Array,
    plane: Vec<u8>,
    luma: Vec<u8>,
}

/// A frame whose luma is being copied: the frame (closed once read) and what to read.
struct PlaneCopy {
    frame: JsValue,
    done: js_sys::Promise,
    width: usize,
    height: usize,
    full_range: bool,
    /// The frame's timestamp (µs): which picture this was.
    timestamp: f64,
}

impl Planes {
    /// `None` where the browser has no `VideoFrame`.
    fn new() -> Option<Planes> {
        let global = js_sys::global();
        let video_frame = js_sys::Reflect::get(&global, &JsValue::from_str("VideoFrame"))
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?;
        Some(Planes {
            video_frame,
            buf: js_sys::Uint8Array::new_with_length(0),
            plane: Vec::new(),
            luma: Vec::new(),
        })
    }

    /// Starts copying the frame `video` shows now; `None` when it has none, or one this
    /// cannot read (not YUV, non-square pixels, turned): the canvas grabs it instead.
    fn start(&mut self, video: &HtmlVideoElement) -> Option<PlaneCopy> {
        let frame =
            js_sys::Reflect::construct(&self.video_frame, &js_sys::Array::of1(video)).ok()?;
        let copy = self.copy(&frame);
        if copy.is_none() {
            close(&frame);
        }
        copy
    }

    fn copy(&mut self, frame: &JsValue) -> Option<PlaneCopy> {
        let format = get(frame, "format").as_string()?;
        let yuv = ["I420", "I420A", "I422", "I444", "NV12"].contains(&format.as_str());
        let rect = get(frame, "visibleRect");
        let (width, height) = (
            num(&rect, "width")? as usize,
            num(&rect, "height")? as usize,
        );
        let display = (num(frame, "displayWidth")?, num(frame, "displayHeight")?);
        let turned = num(frame, "rotation").is_some_and(|r| r != 0.0);
        let small = width < 8 || height < 8;
        if !yuv || turned || small || display != (width as f64, height as f64) {
            return None;
        }
        let call = |name: &str, args: &js_sys::Array| {
            js_sys::Reflect::get(frame, &JsValue::from_str(name))
                .ok()?
                .dyn_into::<js_sys::Function>()
                .ok()?
                .apply(frame, args)
                .ok()
        };
        let bytes = call("allocationSize", &js_sys::Array::new())?.as_f64()? as u32;
        if self.buf.length() < bytes {
            self.buf = js_sys::Uint8Array::new_with_length(bytes);
        }
        let done = call("copyTo", &js_sys::Array::of1(&self.buf))?
            .dyn_into::<js_sys::Promise>()
            .ok()?;
        let full_range = js_sys::Reflect::get(&get(frame, "colorSpace"), &"fullRange".into())
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        Some(PlaneCopy {
            frame: frame.clone(),
            done,
            width,
            height,
            full_range,
            timestamp: num(frame, "timestamp").unwrap_or(0.0),
        })
    }

    /// The copied frame as grey at the tracking size; `layout` is what `copyTo` resolved to.
    fn finish(&mut self, copy: &PlaneCopy, layout: &JsValue) -> Option<(&[u8], (u32, u32))> {
        let first = js_sys::Reflect::get(layout, &JsValue::from_f64(0.0)).ok()?;
        let (offset, stride) = (
            num(&first, "offset")? as u32,
            num(&first, "stride")? as usize,
        );
        let len = u32::try_from(stride * (copy.height - 1) + copy.width).ok()?;
        let end = offset
            .checked_add(len)
            .filter(|&end| end <= self.buf.length())?;
        self.plane.resize(len as usize, 0);
        self.buf.subarray(offset, end).copy_to(&mut self.plane);
        let size = track_size(copy.width as u32, copy.height as u32)?;
        let plane = tracker::image::LumaPlane {
            data: &self.plane,
            stride,
            width: copy.width,
            height: copy.height,
            full_range: copy.full_range,
        };
        let out = (size.0 as usize, size.1 as usize);
        tracker::image::luma_to_gray(plane, out, &mut self.luma);
        (!self.luma.is_empty()).then_some((&self.luma, size))
    }
}

fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn num(object: &JsValue, key: &str) -> Option<f64> {
    get(object, key).as_f64()
}

fn close(frame: &JsValue) {
    if let Ok(f) = js_sys::Reflect::get(frame, &JsValue::from_str("close"))
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = f.call0(frame);
    }
}

/// What to draw for the followed shapes of `session` now.
pub fn placements(session: &SessionId) -> Placements {
    PAGES.with(|p| {
        p.borrow()
            .get(session)
            .map(|page| page.follow.placements())
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

/// The console begins a drawing that will follow the object under it: the frame shown
/// next is kept, for [`stick`] (the picture may move while the pointer does).
pub fn hold(session: &SessionId) {
    with_page(session, |page| {
        page.holding = true;
        page.held = None;
    });
}

/// The drawing begun with [`hold`] will not follow anything (cancelled, or frozen).
pub fn release(session: &SessionId) {
    with_page(session, |page| {
        page.holding = false;
        page.held = None;
    });
}

/// The console drew shape `id`: it follows the object under it, from the frame kept when
/// its drawing began ([`hold`]) or else the next frame shown, and the customer's page gets
/// its anchor (see `track`). Nothing happens when the picture there has no texture to
/// follow (the shape stays where it was drawn).
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
            page.planes = None;
            page.copying = false;
            page.holding = false;
            page.held = None;
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

/// Where a frame's grey comes from, and what it cost the main thread.
struct Grabbed {
    /// Main-thread time (ms) spent on the grab.
    ms: f64,
    /// From the frame callback to the grey being ready (ms): the plane copy's wait.
    wait_ms: f64,
    /// The frame's timestamp (µs) when read from its plane.
    timestamp: Option<f64>,
    /// When the main thread worked on the grab (`performance.now()` ms, start and end):
    /// tests tell from these whether a long task was the tracking's.
    work: Vec<[f64; 2]>,
}

/// One frame: grab it (the plane copy, or the canvas at once), then track it.
fn track(host: &impl Host, session: &SessionId, video: &HtmlVideoElement, meta: &JsValue) {
    let t = js_sys::Reflect::get(meta, &JsValue::from_str("mediaTime"))
        .ok()
        .and_then(|v| v.as_f64());
    let wanted = host.with_board(|b| {
        with_page(session, |page| {
            page.follow.sync(b);
            !page.copying && (!page.follow.is_idle() || !page.pending.is_empty() || page.holding)
        })
    });
    if !wanted {
        // Idle, or still copying an earlier frame: that one is tracked, this one skipped.
        return;
    }
    let t0 = now();
    let started = with_page(session, |page| {
        let copy = page
            .planes
            .get_or_insert_with(Planes::new)
            .as_mut()?
            .start(video)?;
        page.copying = true;
        Some(copy)
    });
    let Some(copy) = started else {
        // The canvas, at once.
        let size = with_page(session, |page| {
            if page.grab.is_none() {
                page.grab = Grab::new();
            }
            Some(page.grab.as_mut()?.frame(video)?.1)
        });
        if let Some(size) = size {
            let ms = now() - t0;
            let grabbed = Grabbed {
                ms,
                wait_ms: ms,
                timestamp: None,
                work: vec![[t0, t0 + ms]],
            };
            track_lent(host, session, video, t, size, grabbed, canvas_grey);
        }
        return;
    };
    let spent = now() - t0;
    let (host, session, video) = (host.clone(), session.clone(), video.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let layout = wasm_bindgen_futures::JsFuture::from(copy.done.clone()).await;
        let t1 = now();
        let size = with_page(&session, |page| {
            page.copying = false;
            let planes = page.planes.as_mut()?.as_mut()?;
            Some(planes.finish(&copy, layout.as_ref().ok()?)?.1)
        });
        close(&copy.frame);
        if let Some(size) = size {
            let t2 = now();
            let grabbed = Grabbed {
                ms: spent + (t2 - t1),
                wait_ms: t2 - t0,
                timestamp: Some(copy.timestamp),
                work: vec![[t0, t0 + spent], [t1, t2]],
            };
            track_lent(&host, &session, &video, t, size, grabbed, plane_grey);
        }
    });
}

/// The grey the canvas grab left in its buffer.
fn canvas_grey(page: &mut Page) -> Option<&mut Vec<u8>> {
    page.grab.as_mut().map(|g| &mut g.luma)
}

/// The grey the plane reader left in its buffer.
fn plane_grey(page: &mut Page) -> Option<&mut Vec<u8>> {
    page.planes.as_mut()?.as_mut().map(|p| &mut p.luma)
}

/// Tracks the grey a grabber left in `buffer`, lent out of the page meanwhile (tracking
/// reaches the page again) and handed back for the next frame.
fn track_lent(
    host: &impl Host,
    session: &SessionId,
    video: &HtmlVideoElement,
    t: Option<f64>,
    size: (u32, u32),
    grabbed: Grabbed,
    buffer: fn(&mut Page) -> Option<&mut Vec<u8>>,
) {
    let Some(luma) = with_page(session, |page| buffer(page).map(std::mem::take)) else {
        return;
    };
    track_grey(host, session, video, t, &luma, size, grabbed);
    with_page(session, |page| {
        if let Some(b) = buffer(page) {
            *b = luma;
        }
    });
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Keep to the board, track the frame, stick the shapes just drawn; leave the outcome on
/// the element (for tests and diagnostics: the frame's media time, timestamp and
/// fingerprint, the time spent, each followed shape's warp, the frame each of ours was
/// stuck on).
fn track_grey(
    host: &impl Host,
    session: &SessionId,
    video: &HtmlVideoElement,
    t: Option<f64>,
    luma: &[u8],
    size: (u32, u32),
    grabbed: Grabbed,
) {
    let mut outgoing = Vec::new();
    let report = with_page(session, |page| {
        // A drawing ended (even one undone since): the frame kept for it is let go below.
        let ended = !page.pending.is_empty();
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
        let t1 = now();
        page.follow.frame(luma, size);
        let t2 = now();
        // Which picture this was: the sum of its luma (and, from a plane, its timestamp). The
        // element may hand a later frame to a later reader in the same animation frame; a test
        // compares its own grab with this.
        let sum = luma.iter().map(|&v| u64::from(v)).sum::<u64>() as f64;
        // The frame kept when the drawing began (unless the picture changed size since).
        let held = if ended {
            page.holding = false;
            page.held.take().filter(|h| h.size == size)
        } else {
            None
        };
        if page.holding && page.held.is_none() {
            page.held = Some(Held {
                luma: luma.to_vec(),
                size,
                t,
                sum,
            });
        }
        // Stuck on the kept frame, or else on this one.
        let (on, on_luma, on_size, on_t, on_sum) = match &held {
            Some(h) => (DrawnOn::Earlier, &h.luma[..], h.size, h.t, h.sum),
            None => (DrawnOn::Last, luma, size, t, sum),
        };
        for (id, shape) in pending {
            if let Some(msgs) = page.follow.stick(id, &shape, on_luma, on_size, on) {
                outgoing.extend(msgs);
                let [x, y] = crate::follow::region_of(&shape, on_size).center();
                let centre = [
                    f64::from(x) / f64::from(on_size.0),
                    f64::from(y) / f64::from(on_size.1),
                ];
                page.stuck_at
                    .insert(id, [on_t.unwrap_or(0.0), on_sum, centre[0], centre[1]]);
            }
        }
        let t3 = now();
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
        let ts = grabbed.timestamp.map_or(JsValue::NULL, JsValue::from_f64);
        set(&report, "ts", &ts);
        set(&report, "grab_ms", &JsValue::from_f64(grabbed.ms));
        set(&report, "wait_ms", &JsValue::from_f64(grabbed.wait_ms));
        set(&report, "track_ms", &JsValue::from_f64(t2 - t1));
        let work: js_sys::Array = grabbed
            .work
            .iter()
            .chain(std::iter::once(&[t1, t3]))
            .map(|w| numbers(w))
            .collect();
        set(&report, "work", &work);
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
