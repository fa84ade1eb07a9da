//! The drawing layer of one session, as the page's bundle drives it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::{HtmlCanvasElement, HtmlImageElement, HtmlVideoElement};

use app::ids::SessionId;
use app::rtc::host::Host;
use app::rtc::overlay::{Overlay, Parts};
use app::whiteboard::{Board, Fit, PeerMsg};

/// What the page handed over: the board, whether the picture is frozen, and the way to the
/// other party.
struct State {
    board: RefCell<Board>,
    version: Cell<u64>,
    frozen: Cell<bool>,
    /// Takes a `PeerMsg` in the wire's binary form (a `Uint8Array`).
    send: js_sys::Function,
    /// Takes the number of followed shapes whose object is lost, when it changes.
    lost: js_sys::Function,
    told_lost: Cell<usize>,
}

#[derive(Clone)]
struct Local(Rc<State>);

impl Host for Local {
    fn with_board<R>(&self, f: impl FnOnce(&Board) -> R) -> R {
        f(&self.0.board.borrow())
    }

    fn board_version(&self) -> u64 {
        self.0.version.get()
    }

    fn frozen(&self) -> bool {
        self.0.frozen.get()
    }

    fn tell(&self, msg: PeerMsg) {
        let bytes = js_sys::Uint8Array::from(app::wire::to_bytes(&msg).as_slice());
        let _ = self.0.send.call1(&JsValue::NULL, &bytes);
    }

    fn follow_lost(&self, shapes: usize) {
        if self.0.told_lost.replace(shapes) != shapes {
            let _ = self
                .0
                .lost
                .call1(&JsValue::NULL, &JsValue::from_f64(shapes as f64));
        }
    }
}

/// The running layer; `free()` from JavaScript stops it.
#[wasm_bindgen]
pub struct Layer {
    host: Local,
    session: SessionId,
    _overlay: Overlay,
}

/// Starts the layer of `session` over `video`: the board on `canvas`, the frozen picture
/// in `still`; `send` takes the messages for the other party (anchors), `lost` the number
/// of followed shapes whose object is lost whenever it changes.
#[wasm_bindgen]
pub fn start(
    session: String,
    video: HtmlVideoElement,
    canvas: HtmlCanvasElement,
    still: HtmlImageElement,
    send: js_sys::Function,
    lost: js_sys::Function,
) -> Layer {
    let session = SessionId(session);
    let host = Local(Rc::new(State {
        board: RefCell::new(Board::new()),
        version: Cell::new(0),
        frozen: Cell::new(false),
        send,
        lost,
        told_lost: Cell::new(0),
    }));
    let parts = Parts {
        video,
        canvas,
        still,
    };
    // The customer's picture is shown whole (`object-fit: contain`), and nobody draws here.
    let overlay = app::rtc::overlay::start(
        host.clone(),
        session.clone(),
        parts,
        || Fit::Contain,
        |_| {},
    );
    Layer {
        host,
        session,
        _overlay: overlay,
    }
}

#[wasm_bindgen]
impl Layer {
    /// The whole board, in the wire's binary form (the page sends it whenever it changed).
    pub fn board(&self, bytes: &[u8]) {
        if let Ok(board) = app::wire::from_bytes::<Board>(bytes) {
            *self.host.0.board.borrow_mut() = board;
            self.host.0.version.set(self.host.0.version.get() + 1);
        }
    }

    /// Whether the picture is frozen.
    pub fn frozen(&self, on: bool) {
        self.host.0.frozen.set(on);
    }

    /// A message about followed shapes from the other party (`PeerMsg::Anchor`,
    /// `PeerMsg::WantAnchors`), in the wire's binary form.
    pub fn peer(&self, bytes: &[u8]) {
        if let Ok(msg) = app::wire::from_bytes::<PeerMsg>(bytes) {
            app::rtc::follow::peer(&self.host, &self.session, &msg);
        }
    }
}

/// Runs the follow worker (`/follow-worker.js` calls it, in a dedicated worker).
#[wasm_bindgen]
pub fn follow_worker() {
    app::rtc::follow_worker::run();
}
