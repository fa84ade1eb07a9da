//! The browser's edge: websocket, camera and microphone, WebRTC (browser build only).
//!
//! Everything here talks to `web-sys`; the rest of the app sees signals in `live::Feed`.
//! Calls are kept per session in a thread-local registry (the browser is single-threaded).
//! The customer always makes the offer (it owns the camera); the technician answers.

pub mod media;
pub mod peer;
pub mod ws_client;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use leptos::task::spawn_local;
use web_sys::{HtmlVideoElement, MediaStream};

use crate::ids::SessionId;
use crate::live::Feed;
use crate::protocol::{Role, RtcSignal};
use peer::Call;

thread_local! {
    static CALLS: RefCell<HashMap<SessionId, Rc<Call>>> = RefCell::new(HashMap::new());
    static LOCAL: RefCell<Option<MediaStream>> = const { RefCell::new(None) };
}

/// The local media of this page (customer: camera + microphone; technician: microphone).
pub fn local_stream() -> Option<MediaStream> {
    LOCAL.with(|l| l.borrow().clone())
}

/// Replaces the local media, stopping the previous tracks.
pub fn set_local_stream(feed: Feed, stream: Option<MediaStream>) {
    let old = LOCAL.with(|l| l.replace(stream));
    if let Some(old) = old {
        media::stop(&old);
    }
    feed.media_changed();
}

/// Whether a call runs for `session` on this page.
pub fn has_call(session: &SessionId) -> bool {
    CALLS.with(|c| c.borrow().contains_key(session))
}

fn call(session: &SessionId) -> Option<Rc<Call>> {
    CALLS.with(|c| c.borrow().get(session).cloned())
}

/// Ends the call of `session`, if any.
pub fn end_call(feed: Feed, session: &SessionId) {
    if let Some(call) = CALLS.with(|c| c.borrow_mut().remove(session)) {
        call.close();
        feed.media_changed();
    }
}

/// Customer: starts the call (creates the offer) with the local camera and microphone.
pub fn start_customer_call(feed: Feed, session: SessionId) {
    if has_call(&session) {
        return;
    }
    let Some(stream) = local_stream() else {
        leptos::logging::warn!("no local media to send");
        return;
    };
    match Call::new(feed, session.clone()) {
        Ok(call) => {
            CALLS.with(|c| c.borrow_mut().insert(session, call.clone()));
            spawn_local(async move {
                if let Err(e) = call.offer(&stream).await {
                    leptos::logging::warn!("offer failed: {e:?}");
                }
            });
        }
        Err(e) => leptos::logging::warn!("cannot create peer connection: {e:?}"),
    }
}

/// Handles signalling from the other party.
pub fn on_signal(feed: Feed, session: SessionId, from: Role, sig: RtcSignal) {
    match (from, sig) {
        (Role::Customer, RtcSignal::Offer { sdp }) => {
            // A new offer replaces any previous call (the customer reloaded the page).
            end_call(feed, &session);
            let call = match Call::new(feed, session.clone()) {
                Ok(c) => c,
                Err(e) => {
                    leptos::logging::warn!("cannot create peer connection: {e:?}");
                    return;
                }
            };
            CALLS.with(|c| c.borrow_mut().insert(session, call.clone()));
            spawn_local(async move {
                if let Err(e) = call.answer(&sdp, local_stream().as_ref()).await {
                    leptos::logging::warn!("answer failed: {e:?}");
                }
            });
        }
        (Role::Technician, RtcSignal::Answer { sdp }) => {
            if let Some(call) = call(&session) {
                spawn_local(async move {
                    if let Err(e) = call.accept_answer(&sdp).await {
                        leptos::logging::warn!("remote answer refused: {e:?}");
                    }
                });
            }
        }
        (
            _,
            RtcSignal::Ice {
                candidate,
                sdp_mid,
                sdp_m_line_index,
            },
        ) => {
            if let Some(call) = call(&session) {
                call.add_ice(&candidate, sdp_mid.as_deref(), sdp_m_line_index);
            }
        }
        (from, sig) => leptos::logging::warn!("unexpected signal {sig:?} from {from:?}"),
    }
}

/// Shows the remote stream of `session` in `video` (technician), if it has arrived.
pub fn attach_remote(session: &SessionId, video: &HtmlVideoElement) {
    let stream = call(session).and_then(|c| c.remote_stream());
    attach(video, stream.as_ref());
}

/// Shows the local stream in `video` (customer preview).
pub fn attach_local(video: &HtmlVideoElement) {
    attach(video, local_stream().as_ref());
}

fn attach(video: &HtmlVideoElement, stream: Option<&MediaStream>) {
    let current = video.src_object();
    let same = match (&current, stream) {
        (Some(a), Some(b)) => a.id() == b.id(),
        (None, None) => true,
        _ => false,
    };
    if !same {
        video.set_src_object(stream);
        if stream.is_some() {
            let _ = video.play();
        }
    }
}

/// Enables or disables the local microphone.
pub fn set_microphone_enabled(enabled: bool) {
    if let Some(stream) = local_stream() {
        for track in stream.get_audio_tracks().iter() {
            if let Ok(track) = wasm_bindgen::JsCast::dyn_into::<web_sys::MediaStreamTrack>(track) {
                track.set_enabled(enabled);
            }
        }
    }
}
