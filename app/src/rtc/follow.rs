//! Feeds the picture under the board to the tracking of its followed shapes: every new frame
//! of the video element (`requestVideoFrameCallback`, so that each tracked frame is the one
//! shown). Nothing is grabbed while no shape follows an object, or while frozen.
//!
//! Where the browser has `Worker` and `VideoFrame`, the tracking runs in the follow worker
//! (`follow_worker`): the page's main thread only wraps the frame shown in a `VideoFrame`
//! and transfers it, one at a time, and draws where the worker says the shapes are. Else it
//! runs here, on the main thread, on the frame's luma plane (`copyTo`) or a canvas grab
//! (`grab`). ARCHITECTURE.md ("Where the tracker runs") gives the reasons and the costs.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlVideoElement, MessageEvent, Worker, WorkerOptions, WorkerType};

use super::follow_worker::{FromWorker, ToWorker};
use super::grab::{Grab, Planes, close, get};
use super::host::Host;
use super::tracking::{Grabbed, Tracking, now, numbers, set};
use crate::follow::{AnchorPart, Placements};
use crate::ids::SessionId;
use crate::whiteboard::{PeerMsg, ShapeId};

/// A frame handed to the worker and not answered after this long (ms) no longer holds the
/// next one back.
const ANSWER_WITHIN_MS: f64 = 1_000.0;

/// Sends messages to the other party (the page's `Host::tell`).
type Tell = Rc<dyn Fn(PeerMsg)>;
/// The page's board with its version, unless it is still the version given (the page's
/// `Host::with_board`).
type BoardSince = Rc<dyn Fn(Option<u64>) -> Option<(u64, crate::whiteboard::Board)>>;

/// A session's followed shapes, and the video they are tracked on.
#[derive(Default)]
struct Page {
    /// The tracking here, on the main thread (no worker, or before one started).
    local: Tracking,
    /// The follow worker, once started; the tracking is there from then on.
    remote: Option<Remote>,
    /// No worker can run here (no `Worker` or `VideoFrame`, or it failed): track here.
    no_worker: bool,
    video: Option<HtmlVideoElement>,
    tell: Option<Tell>,
    board: Option<BoardSince>,
    grab: Option<Grab>,
    /// The plane reader, once looked for (`Some(None)`: the browser has no `VideoFrame`).
    planes: Option<Option<Planes>>,
    /// A plane copy is on its way: later frames are skipped until it is tracked.
    copying: bool,
    /// A drawing began: the next frame goes to the worker even while it is busy with an
    /// earlier one (it is the frame the shape sticks on).
    hold_next: bool,
    /// The media time of the frame on screen, and a count bumped when it changes while the
    /// worker's placements are carried on to it (see `placements`).
    shown: Option<f64>,
    shown_seq: u64,
}

/// A frame handed to the worker: when, and the main-thread time that took (ms), of which
/// wrapping it in a `VideoFrame`.
#[derive(Clone, Copy)]
struct Sent {
    at: f64,
    spent: f64,
    wrap_ms: f64,
    /// Of which `postMessage` itself.
    post_ms: f64,
}

/// The follow worker of a session, as the page sees it.
struct Remote {
    worker: Worker,
    /// The board version it has.
    board: Option<u64>,
    /// Its last answer: whether it wants frames, and where the shapes are.
    wanted: bool,
    version: u64,
    placements: Placements,
    /// The placements of the last two frames answered, with their media times: the motion
    /// carried on to the frame on screen.
    last: Option<(f64, Placements)>,
    before: Option<(f64, Placements)>,
    /// The frame in the worker: when it was handed over and the main-thread time that took.
    sent: Option<Sent>,
    _listeners: [Closure<dyn FnMut(JsValue)>; 2],
}

impl Remote {
    fn post(&self, msg: &ToWorker) -> bool {
        let out = js_sys::Object::new();
        let bytes = js_sys::Uint8Array::from(crate::wire::to_bytes(msg).as_slice());
        set(&out, "m", &bytes);
        self.worker.post_message(&out).is_ok()
    }

    /// Hands the frame `video` shows now to the worker; false when the browser cannot wrap it.
    /// Returns the time spent wrapping it and posting it (ms), when handed over.
    fn post_frame(&self, video: &HtmlVideoElement, t: Option<f64>) -> Option<(f64, f64)> {
        let t0 = now();
        let frame = new_video_frame(video)?;
        let wrap_ms = now() - t0;
        let out = js_sys::Object::new();
        let msg = crate::wire::to_bytes(&ToWorker::Frame { t });
        set(&out, "m", &js_sys::Uint8Array::from(msg.as_slice()));
        set(&out, "frame", &frame);
        let t1 = now();
        let sent = self
            .worker
            .post_message_with_transfer(&out, &js_sys::Array::of1(&frame))
            .is_ok();
        if !sent {
            close(&frame);
        }
        sent.then_some((wrap_ms, now() - t1))
    }

    /// Sends the page's board when the worker does not have it yet: before anything that reads
    /// it there (a frame, a shape to stick: the worker sticks a shape as the board has it when
    /// the frame it is tracking is ready).
    fn send_board(&mut self, board: Option<&BoardSince>) {
        if let Some((version, board)) = board.and_then(|b| b(self.board))
            && self.post(&ToWorker::Board(board))
        {
            self.board = Some(version);
        }
    }

    fn busy(&self) -> bool {
        self.sent.is_some_and(|s| now() - s.at < ANSWER_WITHIN_MS)
    }
}

impl Drop for Remote {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

thread_local! {
    static PAGES: RefCell<HashMap<SessionId, Page>> = RefCell::new(HashMap::new());
}

fn with_page<R>(session: &SessionId, f: impl FnOnce(&mut Page) -> R) -> R {
    PAGES.with(|p| f(p.borrow_mut().entry(session.clone()).or_default()))
}

/// `new VideoFrame(video)` where the browser has it: the frame shown now.
fn new_video_frame(video: &HtmlVideoElement) -> Option<JsValue> {
    let ctor: js_sys::Function = get(&js_sys::global(), "VideoFrame").dyn_into().ok()?;
    js_sys::Reflect::construct(&ctor, &js_sys::Array::of1(video)).ok()
}

/// The worker of `session`, started if it can run and the page is tracking (a video and a
/// way to the other party); what the page's own tracking holds moves to it.
fn remote(session: &SessionId, page: &mut Page) -> Option<()> {
    if page.remote.is_some() {
        return Some(());
    }
    if page.no_worker || page.video.is_none() {
        return None;
    }
    let has = |name| !get(&js_sys::global(), name).is_undefined();
    if !has("Worker") || !has("VideoFrame") {
        page.no_worker = true;
        return None;
    }
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let Ok(worker) = Worker::new_with_options(crate::follow::WORKER_SCRIPT, &options) else {
        page.no_worker = true;
        return None;
    };
    let sid = session.clone();
    let on_message = Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| {
        if let Ok(e) = e.dyn_into::<MessageEvent>() {
            answered(&sid, &e.data());
        }
    });
    let sid = session.clone();
    let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_| failed(&sid));
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let mut remote = Remote {
        worker,
        board: None,
        wanted: false,
        version: page.local.follow.version() + 1,
        placements: Placements::new(),
        last: None,
        before: None,
        sent: None,
        _listeners: [on_message, on_error],
    };
    // The other party's anchors taken so far go along (ours need frames: none yet).
    for msg in std::mem::take(&mut page.local).follow.anchors() {
        remote.wanted |= remote.post(&ToWorker::Peer(msg));
    }
    page.remote = Some(remote);
    Some(())
}

/// The worker answered.
fn answered(session: &SessionId, data: &JsValue) {
    let bytes = js_sys::Uint8Array::new(&get(data, "m")).to_vec();
    let Ok(answer) = crate::wire::from_bytes::<FromWorker>(&bytes) else {
        return;
    };
    let t0 = now();
    let (tell, video, sent) = with_page(session, |page| {
        let Some(remote) = page.remote.as_mut() else {
            return (None, None, None);
        };
        remote.wanted = answer.wanted;
        if answer.version != remote.version {
            remote.version = answer.version;
            remote.placements = answer.placements.into_iter().collect();
        }
        if let Some(t) = answer.t.filter(|_| answer.framed) {
            remote.before = remote.last.take();
            remote.last = Some((t, remote.placements.clone()));
        }
        let sent = if answer.framed {
            remote.sent.take()
        } else {
            None
        };
        (page.tell.clone(), page.video.clone(), sent)
    });
    if let Some(tell) = tell {
        for msg in answer.tell {
            tell(msg);
        }
    }
    let report = get(data, "report");
    if let (
        Some(video),
        Some(Sent {
            at,
            spent,
            wrap_ms,
            post_ms,
        }),
        Some(report),
    ) = (video, sent, report.dyn_ref::<js_sys::Object>())
    {
        // The page's part: wrapping and handing over the frame, and this answer.
        let t1 = now();
        set(report, "wait_ms", &JsValue::from_f64(t1 - at));
        set(report, "main_ms", &JsValue::from_f64(spent + (t1 - t0)));
        set(report, "post_ms", &JsValue::from_f64(spent));
        set(report, "wrap_ms", &JsValue::from_f64(wrap_ms));
        set(report, "message_ms", &JsValue::from_f64(post_ms));
        let work = [[at, at + spent], [t0, t1]]
            .iter()
            .map(|w| numbers(w))
            .collect::<js_sys::Array>();
        set(report, "work", &work);
        write_report(&video, report);
    }
}

/// The worker could not load or broke: the tracking comes back here, and the other party is
/// asked for its anchors again (ours are lost with the worker).
fn failed(session: &SessionId) {
    let (gone, tell) = with_page(session, |page| {
        page.no_worker = true;
        (page.remote.take(), page.tell.clone())
    });
    // Dropped after this callback: its listener is the one running.
    wasm_bindgen_futures::spawn_local(async move { drop(gone) });
    leptos::logging::warn!("the follow worker failed: tracking on the page");
    if let Some(tell) = tell {
        tell(PeerMsg::WantAnchors);
    }
}

/// Sends `msg` to the worker of `session` if it runs (starting it if it can), else runs
/// `here` on the page's own tracking.
fn to_tracking(session: &SessionId, msg: ToWorker, here: impl FnOnce(&mut Tracking)) {
    with_page(session, |page| {
        if remote(session, page).is_some()
            && let Some(r) = page.remote.as_mut()
            && {
                r.send_board(page.board.as_ref());
                r.post(&msg)
            }
        {
            r.wanted = true;
        } else {
            here(&mut page.local);
        }
    });
}

/// Frame intervals the motion is carried on at most: the answers of a phone's worker come up
/// to three frames after their frame (the ones between are skipped while it is busy).
const AHEAD_AT_MOST: f64 = 4.0;
/// A shape that moved further than this between two frames (frame points) jumped (it was
/// found, or found again) rather than moved: it is not carried on.
const MOTION_AT_MOST: f64 = 0.06;
/// Frames further apart than this (s) say nothing about the motion now.
const MOTION_WITHIN_S: f64 = 0.25;

/// What to draw for the followed shapes of `session` now.
///
/// The worker answers a moment after the frame it tracked is shown, often after the next
/// one is: a shape on its object in the last two frames answered is carried on at the same
/// pace to the frame on screen, until the worker's answer for that frame replaces it.
pub fn placements(session: &SessionId) -> Placements {
    placed(session).0
}

/// The placements now, and the media time of the frame they are for.
fn placed(session: &SessionId) -> (Placements, Option<f64>) {
    PAGES.with(|p| {
        p.borrow()
            .get(session)
            .map(|page| match &page.remote {
                Some(r) => carried_on(r, page.shown),
                None => (page.local.follow.placements(), page.local.last_t),
            })
            .unwrap_or_default()
    })
}

fn carried_on(r: &Remote, shown: Option<f64>) -> (Placements, Option<f64>) {
    use crate::follow::Placement::On;
    let mut out = r.placements.clone();
    let answered = r.last.as_ref().map(|(t, _)| *t);
    let (Some(shown), Some((t1, last)), Some((t0, before))) = (shown, &r.last, &r.before) else {
        return (out, answered);
    };
    let (step, ahead) = (t1 - t0, shown - t1);
    if step <= 0.0 || step > MOTION_WITHIN_S || ahead <= 0.0 || ahead > MOTION_WITHIN_S {
        return (out, answered);
    }
    let k = (ahead / step).min(AHEAD_AT_MOST);
    let mut carried = false;
    for (id, p) in out.iter_mut() {
        if let (On(now), Some(On(w1)), Some(On(w0))) = (*p, last.get(id), before.get(id))
            && now == *w1
            && w1.moved_from(w0) <= MOTION_AT_MOST
        {
            *p = On(w1.ahead(w0, k));
            carried = true;
        }
    }
    (out, if carried { Some(shown) } else { answered })
}

/// Bumped whenever a followed shape moved (for repainting), or the frame on screen changed
/// while shapes are carried on to it.
pub fn version(session: &SessionId) -> u64 {
    PAGES.with(|p| {
        p.borrow()
            .get(session)
            .map_or(0, |page| match &page.remote {
                Some(r) => r.version.wrapping_add(page.shown_seq),
                None => page.local.follow.version(),
            })
    })
}

/// What to draw for the followed shapes now, and, for tests, the same as JSON: the media
/// time of the frame the placements are for (tracked, or carried on to it), and each shape's
/// warp (`null` while it is looked for).
pub fn placements_painted(session: &SessionId) -> (Placements, Option<String>) {
    let (placements, t) = placed(session);
    let json = (!placements.is_empty())
        .then(|| painted(&placements, t))
        .flatten();
    (placements, json)
}

fn painted(placements: &Placements, t: Option<f64>) -> Option<String> {
    use crate::follow::Placement;
    let shapes = js_sys::Object::new();
    for (id, p) in placements {
        let value = match p {
            Placement::On(w) | Placement::Lost(w) => numbers(&w.matrix()),
            Placement::Looking => JsValue::NULL,
        };
        set(&shapes, &id.0.to_string(), &value);
    }
    let out = js_sys::Object::new();
    set(&out, "t", &t.map_or(JsValue::NULL, JsValue::from_f64));
    set(&out, "shapes", &shapes);
    js_sys::JSON::stringify(&out).ok()?.as_string()
}

/// The console begins a drawing that will follow the object under it: the frame shown
/// next is kept, for [`stick`] (the picture may move while the pointer does).
pub fn hold(session: &SessionId) {
    to_tracking(session, ToWorker::Hold, Tracking::hold);
    with_page(session, |page| page.hold_next = page.remote.is_some());
}

/// The drawing begun with [`hold`] will not follow anything (cancelled, or frozen).
pub fn release(session: &SessionId) {
    to_tracking(session, ToWorker::Release, Tracking::release);
}

/// The console drew shape `id`: it follows the object under it, from the frame kept when
/// its drawing began ([`hold`]) or else the next frame shown, and the customer's page gets
/// its anchor. Nothing happens when the picture there has no texture to follow (the shape
/// stays where it was drawn).
pub fn stick(session: &SessionId, id: ShapeId) {
    to_tracking(session, ToWorker::Stick(id), |t| t.stick(id));
}

/// Forwards a message about followed shapes from the other party.
pub fn peer(host: &impl Host, session: &SessionId, msg: &PeerMsg) {
    if let Some(part) = AnchorPart::of(msg) {
        to_tracking(session, ToWorker::Peer(msg.clone()), |t| {
            t.follow.take(part);
        });
    } else if *msg == PeerMsg::WantAnchors {
        let here = with_page(session, |page| match &page.remote {
            Some(r) => {
                r.post(&ToWorker::Peer(PeerMsg::WantAnchors));
                Vec::new()
            }
            None => page.local.follow.anchors(),
        });
        for msg in here {
            host.tell(msg);
        }
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
            page.tell = None;
            page.board = None;
            page.grab = None;
            page.planes = None;
            page.copying = false;
            page.local.release();
            // A worker that follows nothing goes; one that does keeps its shapes for the
            // next video of the session.
            if page.remote.as_ref().is_some_and(|r| !r.wanted) {
                page.remote = None;
            } else if let Some(r) = page.remote.as_mut() {
                r.post(&ToWorker::Release);
                r.sent = None;
            }
        });
    }
}

/// Tracks the followed shapes of `session` on every new frame of `video` (the picture the
/// board is drawn over).
pub fn start(host: impl Host, session: SessionId, video: HtmlVideoElement) -> Follower {
    let (teller, boards) = (host.clone(), host.clone());
    with_page(&session, |page| {
        page.video = Some(video.clone());
        page.tell = Some(Rc::new(move |msg| teller.tell(msg)));
        page.board = Some(Rc::new(move |had| {
            let version = boards.board_version();
            (had != Some(version)).then(|| (version, boards.with_board(|b| b.clone())))
        }));
        // Anchors that came before the video: on to the worker, if one can run.
        if !page.local.follow.is_idle() {
            remote(&session, page);
        }
    });
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
        let t = get(&meta, "mediaTime").as_f64();
        with_page(&sid, |page| {
            page.shown = t;
            if page.remote.as_ref().is_some_and(|r| r.last.is_some()) {
                page.shown_seq += 1;
            }
        });
        if !host.frozen() && !to_worker(&sid, &el, t) {
            track(&host, &sid, &el, t);
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

/// One frame, to the worker if it runs (the board first, when it changed): false when the
/// page tracks it itself.
fn to_worker(session: &SessionId, video: &HtmlVideoElement, t: Option<f64>) -> bool {
    with_page(session, |page| {
        let Some(remote) = page.remote.as_mut() else {
            return false;
        };
        let held = std::mem::take(&mut page.hold_next);
        if !remote.wanted || (remote.busy() && !held) {
            return true;
        }
        let t0 = now();
        remote.send_board(page.board.as_ref());
        if let Some((wrap_ms, post_ms)) = remote.post_frame(video, t) {
            remote.sent = Some(Sent {
                at: t0,
                spent: now() - t0,
                wrap_ms,
                post_ms,
            });
        }
        true
    })
}

/// One frame on the page: grab it (the plane copy, or the canvas at once), then track it.
fn track(host: &impl Host, session: &SessionId, video: &HtmlVideoElement, t: Option<f64>) {
    let wanted = with_page(session, |page| !page.copying && page.local.wanted());
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
        with_page(session, |page| {
            if page.grab.is_none() {
                page.grab = super::grab::Grab::new();
            }
            let Page { local, grab, .. } = page;
            let (luma, size) = grab.as_mut()?.frame(video)?;
            let ms = now() - t0;
            let grabbed = here(t, None, ms, ms, vec![[t0, t0 + ms]]);
            Some(track_grey(host, local, video, luma, size, grabbed))
        })
        .into_iter()
        .flatten()
        .for_each(|msg| host.tell(msg));
        return;
    };
    let spent = now() - t0;
    let (host, session, video) = (host.clone(), session.clone(), video.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let layout = wasm_bindgen_futures::JsFuture::from(copy.done.clone()).await;
        close(&copy.frame);
        let t1 = now();
        let outgoing = with_page(&session, |page| {
            page.copying = false;
            let Page { local, planes, .. } = page;
            let (luma, size) = planes
                .as_mut()?
                .as_mut()?
                .finish(&copy, layout.as_ref().ok()?)?;
            let t2 = now();
            let work = vec![[t0, t0 + spent], [t1, t2]];
            let grabbed = here(t, Some(copy.timestamp), spent + (t2 - t1), t2 - t0, work);
            Some(track_grey(&host, local, &video, luma, size, grabbed))
        });
        for msg in outgoing.into_iter().flatten() {
            host.tell(msg);
        }
    });
}

/// A frame grabbed on the page.
fn here(
    t: Option<f64>,
    timestamp: Option<f64>,
    ms: f64,
    wait_ms: f64,
    work: Vec<[f64; 2]>,
) -> Grabbed {
    Grabbed {
        t,
        timestamp,
        ms,
        wait_ms,
        main_ms: ms,
        work,
        worker: false,
    }
}

/// Tracks a grey frame on the page; returns the messages for the other party.
fn track_grey(
    host: &impl Host,
    local: &mut Tracking,
    video: &HtmlVideoElement,
    luma: &[u8],
    size: (u32, u32),
    mut grabbed: Grabbed,
) -> Vec<PeerMsg> {
    let start = now();
    let mut work = std::mem::take(&mut grabbed.work);
    let (msgs, report) = host.with_board(|b| local.frame(b, luma, size, grabbed));
    // The tracking's own main-thread interval, after the grab's.
    work.push([start, now()]);
    let work: js_sys::Array = work.iter().map(|w| numbers(w)).collect();
    set(&report, "work", &work);
    write_report(video, &report);
    msgs
}

/// Leaves a frame's report on the element (for tests and diagnostics).
fn write_report(video: &HtmlVideoElement, report: &js_sys::Object) {
    if let Some(text) = js_sys::JSON::stringify(report)
        .ok()
        .and_then(|s| s.as_string())
    {
        let _ = video.set_attribute("data-follow", &text);
    }
}

/// `video.requestVideoFrameCallback(cb)`; false where the browser lacks it (the drawings
/// then stay where they were drawn).
fn request_video_frame(video: &HtmlVideoElement, cb: &Closure<dyn FnMut(f64, JsValue)>) -> bool {
    let f = js_sys::Reflect::get(video, &JsValue::from_str("requestVideoFrameCallback"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    f.is_some_and(|f| f.call1(video, cb.as_ref()).is_ok())
}
