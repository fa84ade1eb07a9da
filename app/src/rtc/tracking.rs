//! The tracking of one session's followed shapes on tracking frames, wherever it runs: in
//! the follow worker (`follow_worker`), or on the page itself where there is no worker
//! (`follow`). It keeps to the board, sticks the shapes just drawn (on the frame kept when
//! their drawing began), and reports each frame for tests and diagnostics.

use std::collections::HashMap;

use wasm_bindgen::JsValue;

use crate::follow::{DrawnOn, Follow};
use crate::whiteboard::{Board, PeerMsg, Shape, ShapeId};

/// A session's followed shapes and what their drawing needs between frames.
#[derive(Default)]
pub struct Tracking {
    pub follow: Follow,
    /// Shapes just drawn, to stick on the next frame (or on `held`).
    pending: Vec<ShapeId>,
    /// A drawing began: frames are wanted even while no shape follows, and the first one
    /// is kept in `held`, so that the shape sticks where it was drawn.
    holding: bool,
    held: Option<Held>,
    /// For each of our shapes, the media time and the fingerprint (see `frame`) of the frame
    /// it was stuck on, and its region's centre there (frame point): diagnostics, tests.
    stuck_at: HashMap<ShapeId, [f64; 4]>,
    /// The media time of the last frame tracked.
    pub last_t: Option<f64>,
}

/// The frame shown when a drawing began.
struct Held {
    luma: Vec<u8>,
    size: (u32, u32),
    /// Its media time and fingerprint.
    t: Option<f64>,
    sum: f64,
}

/// Where a frame came from and what it cost, for the report.
pub struct Grabbed {
    /// The frame's media time (the video element's, from its frame callback).
    pub t: Option<f64>,
    /// The frame's timestamp (µs) when read from its plane.
    pub timestamp: Option<f64>,
    /// Time spent on the grab (ms), on the thread that tracks.
    pub ms: f64,
    /// From the frame callback to the grey being ready (ms), where known here.
    pub wait_ms: f64,
    /// Main-thread time spent on this frame (ms).
    pub main_ms: f64,
    /// When the main thread worked on it (`performance.now()` ms, start and end): tests tell
    /// from these whether a long task was the tracking's.
    pub work: Vec<[f64; 2]>,
    /// Tracked in the follow worker.
    pub worker: bool,
}

impl Tracking {
    /// Whether frames are needed: a shape follows, one was just drawn, or a drawing began.
    pub fn wanted(&self) -> bool {
        !self.follow.is_idle() || !self.pending.is_empty() || self.holding
    }

    /// A drawing that may follow the object under it began: keep the next frame.
    pub fn hold(&mut self) {
        self.holding = true;
        self.held = None;
    }

    /// The drawing begun will not follow anything.
    pub fn release(&mut self) {
        self.holding = false;
        self.held = None;
    }

    /// Shape `id` was drawn: stick it on the next frame.
    pub fn stick(&mut self, id: ShapeId) {
        self.pending.push(id);
    }

    /// Keeps to `board`, tracks the frame (`luma`, `size`), sticks the shapes just drawn.
    /// Returns the messages for the other party and the frame's report: its media time,
    /// timestamp and fingerprint, the costs, each followed shape's warp, the frame each of
    /// ours was stuck on.
    pub fn frame(
        &mut self,
        board: &Board,
        luma: &[u8],
        size: (u32, u32),
        grabbed: Grabbed,
    ) -> (Vec<PeerMsg>, js_sys::Object) {
        let t = grabbed.t;
        self.last_t = t;
        // A drawing ended (even one undone since): the frame kept for it is let go below.
        let ended = !self.pending.is_empty();
        self.follow.sync(board);
        let pending: Vec<(ShapeId, Shape)> = self
            .pending
            .drain(..)
            .filter_map(|id| {
                board
                    .get(id)
                    .filter(|i| !i.hidden)
                    .map(|i| (id, i.shape.clone()))
            })
            .collect();
        let t1 = now();
        self.follow.frame(luma, size);
        let t2 = now();
        // Which picture this was: the sum of its luma (and, from a plane, its timestamp). The
        // element may hand a later frame to a later reader in the same animation frame; a test
        // compares its own grab with this.
        let sum = luma.iter().map(|&v| u64::from(v)).sum::<u64>() as f64;
        // The frame kept when the drawing began (unless the picture changed size since).
        let held = if ended {
            self.holding = false;
            self.held.take().filter(|h| h.size == size)
        } else {
            None
        };
        if self.holding && self.held.is_none() {
            self.held = Some(Held {
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
        let mut outgoing = Vec::new();
        for (id, shape) in pending {
            if let Some(msgs) = self.follow.stick(id, &shape, on_luma, on_size, on) {
                outgoing.extend(msgs);
                let [x, y] = crate::follow::region_of(&shape, on_size).center();
                let centre = [
                    f64::from(x) / f64::from(on_size.0),
                    f64::from(y) / f64::from(on_size.1),
                ];
                self.stuck_at
                    .insert(id, [on_t.unwrap_or(0.0), on_sum, centre[0], centre[1]]);
            }
        }
        let t3 = now();
        let report = self.report(&grabbed, sum, size, t2 - t1, t3 - t1);
        (outgoing, report)
    }

    /// The report of a frame, as a JavaScript object (written by the browser's JSON, so the
    /// bundle carries no JSON writer of its own).
    fn report(
        &self,
        grabbed: &Grabbed,
        sum: f64,
        size: (u32, u32),
        track_ms: f64,
        spent_ms: f64,
    ) -> js_sys::Object {
        let shapes = js_sys::Object::new();
        for (id, w) in self.follow.warps() {
            let value = w.map_or(JsValue::NULL, |w| numbers(&w.matrix()));
            set(&shapes, &id.0.to_string(), &value);
        }
        let stuck = js_sys::Object::new();
        for (id, at) in &self.stuck_at {
            set(&stuck, &id.0.to_string(), &numbers(at));
        }
        let report = js_sys::Object::new();
        let opt = |v: Option<f64>| v.map_or(JsValue::NULL, JsValue::from_f64);
        set(&report, "t", &opt(grabbed.t));
        set(&report, "sum", &JsValue::from_f64(sum));
        set(&report, "ts", &opt(grabbed.timestamp));
        set(&report, "worker", &JsValue::from_bool(grabbed.worker));
        set(&report, "grab_ms", &JsValue::from_f64(grabbed.ms));
        set(&report, "wait_ms", &JsValue::from_f64(grabbed.wait_ms));
        set(&report, "track_ms", &JsValue::from_f64(track_ms));
        // On the page, the tracking (and sticking) is main-thread time too.
        let main_ms = grabbed.main_ms + if grabbed.worker { 0.0 } else { spent_ms };
        set(&report, "main_ms", &JsValue::from_f64(main_ms));
        let work: js_sys::Array = grabbed.work.iter().map(|w| numbers(w)).collect();
        set(&report, "work", &work);
        set(
            &report,
            "size",
            &numbers(&[f64::from(size.0), f64::from(size.1)]),
        );
        set(&report, "shapes", &shapes);
        set(&report, "stuck", &stuck);
        report
    }
}

/// `performance.now()` of the page or the worker (ms; 0 where there is none).
pub fn now() -> f64 {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("performance"))
        .ok()
        .and_then(|p| {
            let now = js_sys::Reflect::get(&p, &JsValue::from_str("now")).ok()?;
            let now: js_sys::Function = wasm_bindgen::JsCast::dyn_into(now).ok()?;
            now.call0(&p).ok()?.as_f64()
        })
        .unwrap_or(0.0)
}

/// Sets `object[key] = value`.
pub fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), value);
}

/// `values` as a JavaScript array of numbers.
pub fn numbers(values: &[f64]) -> JsValue {
    values
        .iter()
        .map(|&v| JsValue::from_f64(v))
        .collect::<js_sys::Array>()
        .into()
}
