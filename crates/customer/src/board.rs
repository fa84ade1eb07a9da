//! The board over the customer's picture. Most customers never see a drawing, so the code
//! that paints it, keeps the frozen still in place and tracks the shapes that follow
//! objects (`crates/customer-board`, with the tracker) is a bundle of its own, loaded the
//! first time the board has a shape, the picture freezes or an anchor arrives. Until then
//! this page keeps the board as before (ops, whole boards, stills) and holds the anchors
//! back; once loaded, it hands the board over whenever it changes.

use leptos::html;
use leptos::prelude::*;

use app::i18n::use_i18n;
use app::ids::SessionId;
use app::t;

/// The board and the frozen picture over `video`.
#[component]
pub fn Board(session: SessionId, video: NodeRef<html::Video>) -> impl IntoView {
    let i18n = use_i18n();
    let feed = app::live::use_feed();
    let sid = StoredValue::new(session);
    let canvas = NodeRef::<html::Canvas>::new();
    let still = NodeRef::<html::Img>::new();
    let still_url = move || feed.still(&sid.get_value());
    // Followed shapes whose object is lost (the layer tells): the customer is asked to show
    // it again, as the technician is told.
    let lost = RwSignal::new(0usize);
    #[cfg(feature = "hydrate")]
    on_demand::run(feed, sid.get_value(), video, canvas, still, lost);
    #[cfg(not(feature = "hydrate"))]
    let _ = video;
    let lost_notice = move || lost.get() > 0 && still_url().is_none();
    view! {
        <img class="board-still" node_ref=still src=still_url prop:hidden=move || still_url().is_none()
            alt=t!(i18n, "board-frozen-picture") />
        <canvas class="board" node_ref=canvas data-editable="false" aria-label=t!(i18n, "board-title")></canvas>
        <p class="follow-lost" role="status" data-lost=move || lost.get()>
            <Show when=lost_notice>{t!(i18n, "follow-lost-customer")}</Show>
        </p>
    }
}

#[cfg(feature = "hydrate")]
mod on_demand {
    use std::cell::RefCell;
    use std::rc::Rc;

    use leptos::html;
    use leptos::prelude::*;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{HtmlCanvasElement, HtmlImageElement, HtmlVideoElement};

    use app::ids::SessionId;
    use app::live::Feed;
    use app::whiteboard::PeerMsg;

    #[wasm_bindgen]
    extern "C" {
        /// The on-demand bundle, as its JavaScript module (`crates/customer-board`).
        type Module;
        #[wasm_bindgen(method)]
        fn start(
            this: &Module,
            session: &str,
            video: &HtmlVideoElement,
            canvas: &HtmlCanvasElement,
            still: &HtmlImageElement,
            send: &js_sys::Function,
            lost: &js_sys::Function,
        ) -> Layer;

        /// Its running drawing layer.
        type Layer;
        #[wasm_bindgen(method)]
        fn board(this: &Layer, bytes: &[u8]);
        #[wasm_bindgen(method)]
        fn frozen(this: &Layer, on: bool);
        #[wasm_bindgen(method)]
        fn peer(this: &Layer, bytes: &[u8]);
        #[wasm_bindgen(method)]
        fn free(this: &Layer);
    }

    /// The function the page's shell defines to import the on-demand bundle (see
    /// `server/src/pages.rs`): returns a promise of the initialised module.
    const LOADER: &str = "sightlineBoard";

    /// Where the on-demand bundle stands on this page.
    #[derive(Default)]
    struct OnDemand {
        loading: bool,
        module: Option<Module>,
        layer: Option<Layer>,
        /// Messages about followed shapes that came before the layer ran, in order.
        held: Vec<Vec<u8>>,
        /// Hands the layer's messages on to the other party (kept alive with the page).
        send: Option<Closure<dyn Fn(js_sys::Uint8Array)>>,
        /// Takes the layer's count of lost shapes (kept alive with the page).
        lost: Option<Closure<dyn Fn(f64)>>,
    }

    thread_local! {
        static STATE: RefCell<OnDemand> = RefCell::new(OnDemand::default());
    }

    /// Wires the board of `session` to the on-demand bundle: loads it when first needed,
    /// starts its layer over the elements while they are on the page, and feeds it.
    pub fn run(
        feed: Feed,
        session: SessionId,
        video: NodeRef<html::Video>,
        canvas: NodeRef<html::Canvas>,
        still: NodeRef<html::Img>,
        lost: RwSignal<usize>,
    ) {
        // The handler outlives this component (the feed keeps it): it holds no reactive value
        // that unmounting disposes, but `needed`, which it only tries to set.
        let mine = session.clone();
        let sid = StoredValue::new(session);
        let loaded = RwSignal::new(STATE.with(|s| s.borrow().module.is_some()));
        let needed = RwSignal::new(false);
        // Bumped when a layer starts (it then gets the board at once).
        let started = RwSignal::new(0u64);
        feed.on_follow(Rc::new(move |_, session, msg: &PeerMsg| {
            if *session != mine {
                return;
            }
            let bytes = app::wire::to_bytes(msg);
            let layer = STATE.with(|s| {
                let s = s.borrow();
                s.layer.as_ref().map(|l| l.peer(&bytes)).is_some()
            });
            if layer {
                return;
            }
            // Before the bundle was asked for, nobody here has anchors to send again: a
            // request for them is answered by nothing, and only an anchor makes it load.
            let asked = STATE.with(|s| {
                let s = s.borrow();
                s.loading || s.module.is_some()
            });
            if asked || *msg != PeerMsg::WantAnchors {
                STATE.with(|s| s.borrow_mut().held.push(bytes));
                needed.try_set(true);
            }
        }));
        let frozen = move || {
            feed.session(&sid.get_value())
                .is_some_and(|s| s.frozen.is_some())
        };
        // Needed once the board has a shape or the picture freezes (or an anchor came, perhaps
        // while this component was not on the page).
        Effect::new(move |_| {
            feed.board_tick.track();
            let drawn = feed.with_board(&sid.get_value(), |b| b.visible().next().is_some());
            let held = STATE.with(|s| !s.borrow().held.is_empty());
            if drawn || frozen() || needed.get() || held {
                load(loaded);
            }
        });
        // The layer runs while the elements are on the page and the bundle is loaded.
        Effect::new(move |_| {
            let (Some(video), Some(canvas), Some(still)) = (video.get(), canvas.get(), still.get())
            else {
                return;
            };
            if !loaded.get() {
                return;
            }
            if start_layer(feed, &sid.get_value(), &video, &canvas, &still, lost) {
                started.update(|n| *n += 1);
            }
        });
        on_cleanup(stop_layer);
        // Whenever the board changes, or the picture freezes or thaws, the layer gets it.
        Effect::new(move |_| {
            feed.board_tick.track();
            started.track();
            let on = frozen();
            if !loaded.get() {
                return;
            }
            let bytes = feed.with_board(&sid.get_value(), app::wire::to_bytes);
            STATE.with(|s| {
                if let Some(layer) = &s.borrow().layer {
                    layer.board(&bytes);
                    layer.frozen(on);
                }
            });
        });
    }

    /// Imports the on-demand bundle, once; `loaded` turns true when it is ready.
    fn load(loaded: RwSignal<bool>) {
        let first = STATE.with(|s| {
            let mut s = s.borrow_mut();
            let first = !s.loading && s.module.is_none();
            s.loading = true;
            first
        });
        if !first {
            return;
        }
        leptos::task::spawn_local(async move {
            let module = import().await;
            let ok = module.is_some();
            STATE.with(|s| {
                let mut s = s.borrow_mut();
                s.module = module;
                s.loading = false;
            });
            match ok {
                true => {
                    loaded.try_set(true);
                }
                false => leptos::logging::warn!("the drawing layer could not be loaded"),
            }
        });
    }

    async fn import() -> Option<Module> {
        let window = web_sys::window()?;
        let loader = js_sys::Reflect::get(&window, &JsValue::from_str(LOADER)).ok()?;
        let promise = loader
            .dyn_into::<js_sys::Function>()
            .ok()?
            .call0(&JsValue::NULL)
            .ok()?;
        let module = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise))
            .await
            .ok()?;
        Some(module.unchecked_into())
    }

    /// Starts the layer over the elements unless one runs; whether it started.
    fn start_layer(
        feed: Feed,
        session: &SessionId,
        video: &HtmlVideoElement,
        canvas: &HtmlCanvasElement,
        still: &HtmlImageElement,
        lost: RwSignal<usize>,
    ) -> bool {
        let started = STATE.with(|s| {
            let mut s = s.borrow_mut();
            if s.layer.is_some() {
                return false;
            }
            if s.send.is_none() {
                let to = session.clone();
                s.send = Some(Closure::new(move |bytes: js_sys::Uint8Array| {
                    if let Ok(msg) = app::wire::from_bytes::<PeerMsg>(&bytes.to_vec()) {
                        feed.tell_other_party(&to, msg, false);
                    }
                }));
            }
            // The layer outlives a component that is unmounted: it only tries to set.
            let told = Closure::new(move |n: f64| {
                lost.try_set(n as usize);
            });
            let told = s.lost.insert(told).as_ref().clone();
            let (Some(module), Some(send)) = (&s.module, &s.send) else {
                return false;
            };
            let layer = module.start(
                &session.0,
                video,
                canvas,
                still,
                send.as_ref().unchecked_ref(),
                told.unchecked_ref(),
            );
            s.layer = Some(layer);
            true
        });
        // What came before it ran, in order (the board itself follows in the feeding effect).
        let held = STATE.with(|s| std::mem::take(&mut s.borrow_mut().held));
        STATE.with(|s| {
            if let Some(layer) = &s.borrow().layer {
                for bytes in &held {
                    layer.peer(bytes);
                }
            }
        });
        started
    }

    fn stop_layer() {
        if let Some(layer) = STATE.with(|s| s.borrow_mut().layer.take()) {
            layer.free();
        }
    }
}
