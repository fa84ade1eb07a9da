//! The browser's edge: websocket, camera and microphone, WebRTC (browser build only).
//!
//! Everything here talks to `web-sys`; the rest of the app sees signals in `live::Feed`.
//! Calls are kept per session in a thread-local registry (the browser is single-threaded).
//! The customer always makes the offer (it owns the camera); the technician answers.

pub mod follow;
pub mod follow_worker;
pub mod grab;
pub mod host;
pub mod media;
pub mod overlay;
pub mod paint;
pub mod peer;
pub mod still;
pub mod tracking;
pub mod ws_client;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use leptos::prelude::{GetUntracked, WithUntracked};
use leptos::task::spawn_local;
use web_sys::{HtmlVideoElement, MediaStream};

use crate::ids::SessionId;
use crate::live::Feed;
use crate::protocol::{Role, RtcSignal};
use crate::session::SeatId;
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

/// The call of `session` on this page, if any.
pub fn call(session: &SessionId) -> Option<Rc<Call>> {
    CALLS.with(|c| c.borrow().get(session).cloned())
}

/// Ends the call of `session`, if any.
pub fn end_call(feed: Feed, session: &SessionId) {
    if let Some(call) = CALLS.with(|c| c.borrow_mut().remove(session)) {
        call.close();
        feed.media_changed();
    }
}

fn new_call_id() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

/// Customer: Start came. A call prepared with the console that now runs the media goes
/// live; any other prepared call is replaced by a new live one (Start came from another
/// window); a live call restarts ICE when the page's link came back (`Call::relinked`).
pub fn start_customer_call(feed: Feed, session: SessionId) {
    if let Some(call) = call(&session) {
        let seat = feed.sessions.with_untracked(|l| {
            l.iter()
                .find(|s| s.id == session)
                .and_then(|s| s.media_seat.clone())
        });
        if call.is_live() {
            call.relinked();
            return;
        }
        if call.prepared_for.is_some() && call.prepared_for == seat {
            call.go_live();
            call.relinked();
            feed.media_changed();
            return;
        }
        end_call(feed, &session);
    }
    new_customer_call(feed, session, None);
}

/// Customer, while waiting for Start: connects a call with the console window `seat`
/// that sends nothing until Start (replacing an earlier prepared one).
pub fn prepare_customer_call(feed: Feed, session: SessionId, seat: SeatId) {
    if call(&session).is_some_and(|c| c.is_live()) {
        return;
    }
    end_call(feed, &session);
    new_customer_call(feed, session, Some(seat));
}

fn new_customer_call(feed: Feed, session: SessionId, prepared_for: Option<SeatId>) {
    let Some(stream) = local_stream() else {
        leptos::logging::warn!("no local media to send");
        return;
    };
    match Call::new(
        feed,
        session.clone(),
        new_call_id(),
        Role::Customer,
        prepared_for,
    ) {
        Ok(call) => {
            CALLS.with(|c| c.borrow_mut().insert(session, call.clone()));
            feed.media_changed();
            spawn_local(async move {
                if let Err(e) = call.offer(&stream).await {
                    leptos::logging::warn!("offer failed: {e:?}");
                }
            });
        }
        Err(e) => leptos::logging::warn!("cannot create peer connection: {e:?}"),
    }
}

/// Customer: replaces the call with a new one (another console took the media over).
pub fn restart_customer_call(feed: Feed, session: SessionId) {
    end_call(feed, &session);
    new_customer_call(feed, session, None);
}

/// Customer: pauses or resumes the camera on the running call (hold, pause, background).
pub fn set_camera_paused(session: &SessionId, paused: bool) {
    if let Some(call) = call(session) {
        call.set_video_paused(paused);
    }
}

/// Technician: asks the customer's page for a new call with this console.
pub fn request_offer(feed: Feed, session: &SessionId) {
    feed.send(crate::protocol::ClientMsg::Rtc {
        session: session.clone(),
        sig: RtcSignal::RequestOffer,
    });
}

/// Technician: asks the page of a customer waiting for Start to prepare a call with this
/// console window.
pub fn prepare_call(feed: Feed, session: &SessionId) {
    if let Some(seat) = feed.seat.get_untracked() {
        feed.send(crate::protocol::ClientMsg::Rtc {
            session: session.clone(),
            sig: RtcSignal::Prepare { seat },
        });
    }
}

/// Technician: the call of `session` carries media now (this console runs it), with
/// this console's microphone once it is open.
pub fn go_live(session: &SessionId) {
    if let Some(call) = call(session) {
        call.set_microphone(local_stream().as_ref());
        call.go_live();
    }
}

/// Handles signalling from the other party.
pub fn on_signal(feed: Feed, session: SessionId, from: Role, sig: RtcSignal) {
    let current = call(&session);
    match (from, sig) {
        (Role::Customer, RtcSignal::Offer { call: id, sdp }) => {
            // The same call renegotiates (ICE restart); a new one replaces it (the customer
            // reloaded, or this console took the media over).
            let (call, local) = match current.filter(|c| c.id == id) {
                Some(c) => (c, None),
                None => {
                    end_call(feed, &session);
                    // Before Start, a prepared call: silent until this console runs it.
                    let prepared = feed
                        .session(&session)
                        .filter(|s| !s.state.has_media())
                        .and_then(|_| feed.seat.get_untracked());
                    match Call::new(feed, session.clone(), id, Role::Technician, prepared) {
                        Ok(c) => {
                            CALLS.with(|m| m.borrow_mut().insert(session, c.clone()));
                            feed.media_changed();
                            // The microphone may be open for another session's call: a
                            // prepared call gets it only when this console runs it.
                            let local = c.is_live().then(local_stream).flatten();
                            (c, local)
                        }
                        Err(e) => {
                            leptos::logging::warn!("cannot create peer connection: {e:?}");
                            return;
                        }
                    }
                }
            };
            spawn_local(async move {
                if let Err(e) = call.answer(&sdp, local.as_ref()).await {
                    leptos::logging::warn!("answer failed: {e:?}");
                }
            });
        }
        (Role::Technician, RtcSignal::Answer { call: id, sdp }) => {
            if let Some(call) = current.filter(|c| c.id == id) {
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
                call: id,
                candidate,
                sdp_mid,
                sdp_m_line_index,
            },
        ) => {
            if let Some(call) = current.filter(|c| c.id == id) {
                call.add_ice(&candidate, sdp_mid.as_deref(), sdp_m_line_index);
            }
        }
        (Role::Technician, RtcSignal::RequestOffer) => restart_customer_call(feed, session),
        (Role::Technician, RtcSignal::Prepare { seat }) => {
            let waiting = feed
                .session(&session)
                .is_some_and(|s| s.state == crate::session::SessionState::Waiting);
            if waiting {
                prepare_customer_call(feed, session, seat);
            }
        }
        (from, sig) => leptos::logging::warn!("unexpected signal {sig:?} from {from:?}"),
    }
}

/// Sends a message to the other party over the call's data channel; false when there is
/// no call or the channel is not open.
pub fn send_peer(session: &SessionId, msg: &crate::whiteboard::PeerMsg) -> bool {
    let Some(call) = call(session) else {
        return false;
    };
    call.send_peer(&crate::wire::to_bytes(msg))
}

/// Technician: the sessions with a call in this tab.
pub fn calls() -> Vec<SessionId> {
    CALLS.with(|c| c.borrow().keys().cloned().collect())
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

/// The local camera track, if any.
pub fn local_video_track() -> Option<web_sys::MediaStreamTrack> {
    local_stream()?
        .get_video_tracks()
        .iter()
        .find_map(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::MediaStreamTrack>(t).ok())
}

/// Technician: a sample of the received video's counters and the round-trip time.
pub async fn stats_sample(session: &SessionId) -> Option<crate::quality::Sample> {
    use wasm_bindgen::JsCast;
    let call = call(session)?;
    let report = wasm_bindgen_futures::JsFuture::from(call.stats())
        .await
        .ok()?;
    let report: js_sys::Map = report.unchecked_into();
    let mut sample = crate::quality::Sample {
        at_ms: js_sys::Date::now(),
        ..Default::default()
    };
    let num = |s: &wasm_bindgen::JsValue, k: &str| {
        js_sys::Reflect::get(s, &k.into())
            .ok()
            .and_then(|v| v.as_f64())
    };
    let text = |s: &wasm_bindgen::JsValue, k: &str| {
        js_sys::Reflect::get(s, &k.into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    report.for_each(&mut |s, _| match text(&s, "type").as_str() {
        "inbound-rtp" if text(&s, "kind") == "video" => {
            sample.bytes += num(&s, "bytesReceived").unwrap_or(0.0);
            sample.packets += num(&s, "packetsReceived").unwrap_or(0.0);
            sample.lost += num(&s, "packetsLost").unwrap_or(0.0);
            sample.frames += num(&s, "framesDecoded").unwrap_or(0.0);
            sample.size = (
                num(&s, "frameWidth").unwrap_or(0.0) as u32,
                num(&s, "frameHeight").unwrap_or(0.0) as u32,
            );
        }
        "candidate-pair" if text(&s, "state") == "succeeded" && sample.rtt_s.is_none() => {
            sample.rtt_s = num(&s, "currentRoundTripTime");
        }
        _ => {}
    });
    Some(sample)
}

/// Technician: the customer's stream of `session` and this console's microphone, for the
/// recorder's audio mix.
pub fn call_streams(session: &SessionId) -> Vec<MediaStream> {
    let mut v: Vec<MediaStream> = call(session)
        .and_then(|c| c.remote_stream())
        .into_iter()
        .collect();
    v.extend(local_stream());
    v
}
