//! The follow worker: a dedicated module worker (`/follow-worker.js`, which loads the
//! customer's drawing-layer bundle, `crates/customer-board`, and calls [`run`]) that grabs
//! and tracks the frames the page hands it, so that neither costs the page's main thread
//! more than `new VideoFrame(video)` and a message. The page (`follow`) sends the board
//! whenever it changed, the drawing's steps, the other party's anchors and one frame at a
//! time (a `VideoFrame`, transferred); the worker answers every message with where the
//! followed shapes are and what to tell the other party.

use std::cell::RefCell;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use super::grab::{FrameGrab, Planes, close, get};
use super::tracking::{Grabbed, Tracking, now, set};
use crate::follow::{AnchorPart, Placement};
use crate::whiteboard::{Board, PeerMsg, ShapeId};

/// What the page tells the worker (postcard in `m`; a frame's `VideoFrame` in `frame`).
#[derive(Debug, Serialize, Deserialize)]
pub enum ToWorker {
    /// The board, whenever it changed (sent before the next frame).
    Board(Board),
    /// A drawing that may follow the object under it began (see `Tracking::hold`).
    Hold,
    /// That drawing will not follow anything.
    Release,
    /// That drawing ended as this shape.
    Stick(ShapeId),
    /// A message about followed shapes from the other party.
    Peer(PeerMsg),
    /// The frame beside this message, with the video's media time for it.
    Frame { t: Option<f64> },
}

/// The worker's answer to every message (postcard in `m`; a frame's report in `report`).
#[derive(Debug, Serialize, Deserialize)]
pub struct FromWorker {
    /// Whether frames are wanted (see `Tracking::wanted`).
    pub wanted: bool,
    /// Bumped whenever a followed shape moved.
    pub version: u64,
    /// What to draw for the followed shapes now.
    pub placements: Vec<(ShapeId, Placement)>,
    /// Messages for the other party.
    pub tell: Vec<PeerMsg>,
    /// The answer to a frame: the page may send the next one.
    pub framed: bool,
    /// The video's media time of that frame (where the placements are for).
    pub t: Option<f64>,
}

/// The worker's state: its copy of the board, the tracking, the grabbers.
struct Worker {
    board: Board,
    tracking: Tracking,
    /// The plane reader, once looked for.
    planes: Option<Option<Planes>>,
    /// The canvas fallback, once looked for.
    grab: Option<Option<FrameGrab>>,
}

/// Runs the worker: takes the page's messages from now on.
pub fn run() {
    let state = Rc::new(RefCell::new(Worker {
        board: Board::new(),
        tracking: Tracking::default(),
        planes: None,
        grab: None,
    }));
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let data = e.data();
        let frame = get(&data, "frame");
        let bytes = js_sys::Uint8Array::new(&get(&data, "m")).to_vec();
        match crate::wire::from_bytes::<ToWorker>(&bytes) {
            Ok(msg) => handle(&state, msg, frame),
            Err(_) => close(&frame),
        }
    });
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as its page wants it.
    on_message.forget();
}

fn handle(state: &Rc<RefCell<Worker>>, msg: ToWorker, frame: JsValue) {
    let mut tell = Vec::new();
    {
        let mut w = state.borrow_mut();
        match msg {
            ToWorker::Board(board) => w.board = board,
            ToWorker::Hold => w.tracking.hold(),
            ToWorker::Release => w.tracking.release(),
            ToWorker::Stick(id) => w.tracking.stick(id),
            ToWorker::Peer(msg) => {
                if let Some(part) = AnchorPart::of(&msg) {
                    w.tracking.follow.take(part);
                } else if msg == PeerMsg::WantAnchors {
                    tell = w.tracking.follow.anchors();
                }
            }
            ToWorker::Frame { t } => {
                drop(w);
                return track(state, frame, t);
            }
        }
    }
    close(&frame);
    answer(&state.borrow(), tell, None, None);
}

/// Grabs `frame` (its plane, else a canvas), tracks it, answers.
fn track(state: &Rc<RefCell<Worker>>, frame: JsValue, t: Option<f64>) {
    let t0 = now();
    let copy = {
        let mut w = state.borrow_mut();
        w.planes
            .get_or_insert_with(Planes::new)
            .as_mut()
            .and_then(|p| p.copy(&frame))
    };
    let Some(copy) = copy else {
        // Not readable from its plane: through the canvas, at once.
        let mut w = state.borrow_mut();
        let Worker {
            board,
            tracking,
            grab,
            ..
        } = &mut *w;
        let grey = grab.get_or_insert_with(FrameGrab::new).as_mut();
        let grey = grey.and_then(|g| g.frame(&frame));
        close(&frame);
        let (tell, report) = track_grey(board, tracking, grey, t, None, t0);
        answer(&w, tell, Some(t), report);
        return;
    };
    let state = state.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let layout = wasm_bindgen_futures::JsFuture::from(copy.done.clone()).await;
        close(&copy.frame);
        let mut w = state.borrow_mut();
        let Worker {
            board,
            tracking,
            planes,
            ..
        } = &mut *w;
        let grey = planes
            .as_mut()
            .and_then(|p| p.as_mut())
            .zip(layout.ok())
            .and_then(|(p, layout)| p.finish(&copy, &layout));
        let (tell, report) = track_grey(board, tracking, grey, t, Some(copy.timestamp), t0);
        answer(&w, tell, Some(t), report);
    });
}

/// Tracks a frame's grey, if it was read (the grab began at `t0`); the page adds its own
/// costs to the report.
fn track_grey(
    board: &Board,
    tracking: &mut Tracking,
    grey: Option<(&[u8], (u32, u32))>,
    t: Option<f64>,
    timestamp: Option<f64>,
    t0: f64,
) -> (Vec<PeerMsg>, Option<js_sys::Object>) {
    let Some((luma, size)) = grey else {
        return (Vec::new(), None);
    };
    let ms = now() - t0;
    let grabbed = Grabbed {
        t,
        timestamp,
        ms,
        wait_ms: ms,
        main_ms: 0.0,
        work: Vec::new(),
        worker: true,
    };
    let (tell, report) = tracking.frame(board, luma, size, grabbed);
    (tell, Some(report))
}

/// Answers a message; `frame` is the media time of the frame it was, for a frame.
fn answer(
    w: &Worker,
    tell: Vec<PeerMsg>,
    frame: Option<Option<f64>>,
    report: Option<js_sys::Object>,
) {
    let msg = FromWorker {
        wanted: w.tracking.wanted(),
        version: w.tracking.follow.version(),
        placements: w.tracking.follow.placements().into_iter().collect(),
        tell,
        framed: frame.is_some(),
        t: frame.flatten(),
    };
    let out = js_sys::Object::new();
    let bytes = js_sys::Uint8Array::from(crate::wire::to_bytes(&msg).as_slice());
    set(&out, "m", &bytes);
    if let Some(report) = report {
        set(&out, "report", &report);
    }
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let _ = scope.post_message(&out);
}
