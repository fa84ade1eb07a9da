//! One WebRTC call: an `RTCPeerConnection` with trickle ICE over the feed.
//!
//! A call is *live* when it carries media. A call prepared while the session waits for
//! Start connects (ICE, DTLS, the data channel) with no track on any sender, so nothing
//! leaves the device; Start then only puts the tracks on (`go_live`), which shows the
//! first frame at the console within a frame or two instead of after a whole handshake.
//!
//! The customer's side owns the camera and makes every offer; it restarts ICE when the
//! connection fails (or stays disconnected for 3 seconds), renegotiating the same call.
//! A restart needs the server to carry the new offer: while the page's own link is down it
//! waits, and the page restarts a call that is still down once it is welcomed back.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::{GetUntracked, GetValue};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    MediaStream, MediaStreamTrack, RtcBundlePolicy, RtcConfiguration, RtcDataChannel,
    RtcDataChannelInit, RtcDataChannelState, RtcIceCandidateInit, RtcIceConnectionState,
    RtcIceServer, RtcPeerConnection, RtcPeerConnectionIceEvent, RtcRtpSender, RtcRtpTransceiver,
    RtcRtpTransceiverDirection, RtcRtpTransceiverInit, RtcSdpType, RtcSessionDescriptionInit,
    RtcTrackEvent,
};

use crate::ids::SessionId;
use crate::live::{Feed, Link};
use crate::protocol::{ClientMsg, ClientReport, Role, RtcSignal};
use crate::session::SeatId;

/// How long a disconnected ICE connection may stay so before the customer restarts it.
const DISCONNECTED_GRACE_MS: u32 = 3_000;
/// Within one link to the server, ICE restarts at least this far apart: the page's
/// effects and ICE events may ask for one several times, and two offers in flight
/// confuse both sides.
const RESTART_SPACING_MS: f64 = 3_000.0;

/// A JavaScript event callback kept alive by its owner.
type EventHandler = Closure<dyn FnMut(web_sys::Event)>;

/// A call with the other party of one session.
pub struct Call {
    /// The call's number, chosen by the customer's page.
    pub id: u32,
    /// Which side of the call this page is.
    role: Role,
    pc: RtcPeerConnection,
    session: SessionId,
    feed: Feed,
    remote_set: Cell<bool>,
    pending_ice: RefCell<Vec<RtcIceCandidateInit>>,
    remote: Rc<RefCell<Option<MediaStream>>>,
    /// The console window this call was prepared with before Start (customer), if it was.
    pub prepared_for: Option<SeatId>,
    /// Whether the call carries media (see the module's documentation).
    live: Cell<bool>,
    /// Whether the customer's page said the camera started (once per call).
    camera_reported: Cell<bool>,
    /// The senders and the tracks they carry while live (customer: camera and
    /// microphone; technician: the microphone, once it is open).
    video: RefCell<Option<(RtcRtpSender, MediaStreamTrack)>>,
    audio: RefCell<Option<(RtcRtpSender, Option<MediaStreamTrack>)>>,
    video_paused: Cell<bool>,
    /// The last ICE restart: in which welcome of the page's link, and when (ms).
    restarted: Cell<(u32, f64)>,
    /// The welcome of the page's link in which the call began.
    created_in: u32,
    _on_ice: Closure<dyn FnMut(RtcPeerConnectionIceEvent)>,
    _on_track: Closure<dyn FnMut(RtcTrackEvent)>,
    on_state: RefCell<Option<EventHandler>>,
    /// The whiteboard's channel (negotiated: both sides create it with the same number).
    board: RtcDataChannel,
    _on_board: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_board_open: Closure<dyn FnMut()>,
}

impl Call {
    /// A new peer connection using the feed's ICE servers; `prepared_for` (the console
    /// window it is prepared with) makes a call that stays silent until `go_live`.
    pub fn new(
        feed: Feed,
        session: SessionId,
        id: u32,
        role: Role,
        prepared_for: Option<SeatId>,
    ) -> Result<Rc<Call>, JsValue> {
        let config = RtcConfiguration::new();
        // One transport for audio, video and data: a third of the candidates to check.
        config.set_bundle_policy(RtcBundlePolicy::MaxBundle);
        let servers = js_sys::Array::new();
        for s in feed.ice_servers.get_untracked() {
            let server = RtcIceServer::new();
            let urls = js_sys::Array::new();
            for u in &s.urls {
                urls.push(&JsValue::from_str(u));
            }
            server.set_urls(&urls);
            if let Some(u) = &s.username {
                server.set_username(u);
            }
            if let Some(c) = &s.credential {
                server.set_credential(c);
            }
            servers.push(&server);
        }
        config.set_ice_servers(&servers);
        let pc = RtcPeerConnection::new_with_configuration(&config)?;

        let ice_session = session.clone();
        let on_ice = Closure::<dyn FnMut(RtcPeerConnectionIceEvent)>::new(
            move |ev: RtcPeerConnectionIceEvent| {
                if let Some(c) = ev.candidate() {
                    feed.send(ClientMsg::Rtc {
                        session: ice_session.clone(),
                        sig: RtcSignal::Ice {
                            call: id,
                            candidate: c.candidate(),
                            sdp_mid: c.sdp_mid(),
                            sdp_m_line_index: c.sdp_m_line_index(),
                        },
                    });
                }
            },
        );
        pc.set_onicecandidate(Some(on_ice.as_ref().unchecked_ref()));

        let remote: Rc<RefCell<Option<MediaStream>>> = Rc::default();
        let slot = remote.clone();
        let on_track = Closure::<dyn FnMut(RtcTrackEvent)>::new(move |ev: RtcTrackEvent| {
            let stream = ev
                .streams()
                .get(0)
                .dyn_into::<MediaStream>()
                .ok()
                .or_else(|| {
                    // A track without a stream: collect tracks into our own stream.
                    let s = slot.borrow().clone().or_else(|| MediaStream::new().ok())?;
                    s.add_track(&ev.track());
                    Some(s)
                });
            *slot.borrow_mut() = stream;
            feed.media_changed();
        });
        pc.set_ontrack(Some(on_track.as_ref().unchecked_ref()));

        // Board ops and stills, peer to peer: reliable and in order. Negotiated, so both
        // sides make the same channel without waiting for an announcement.
        let init = RtcDataChannelInit::new();
        init.set_negotiated(true);
        init.set_id(0);
        init.set_ordered(true);
        let board = pc.create_data_channel_with_data_channel_dict("board", &init);
        board.set_binary_type(web_sys::RtcDataChannelType::Arraybuffer);
        let board_session = session.clone();
        let on_board =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                let data = ev.data();
                if !data.is_instance_of::<js_sys::ArrayBuffer>() {
                    return;
                }
                let bytes = js_sys::Uint8Array::new(&data).to_vec();
                match crate::wire::from_bytes::<crate::whiteboard::PeerMsg>(&bytes) {
                    Ok(msg) if msg.allowed_from(role.other()) => {
                        feed.peer(board_session.clone(), msg);
                    }
                    _ => leptos::logging::warn!("unexpected message on the board channel"),
                }
            });
        board.set_onmessage(Some(on_board.as_ref().unchecked_ref()));
        // A new channel: a new connection, or the other page reloaded. Ask for the anchors of
        // the shapes that follow objects (ours may be missing, or theirs).
        let open_session = session.clone();
        let on_board_open = Closure::<dyn FnMut()>::new(move || {
            feed.tell_other_party(
                &open_session,
                crate::whiteboard::PeerMsg::WantAnchors,
                false,
            );
        });
        board.set_onopen(Some(on_board_open.as_ref().unchecked_ref()));

        let call = Rc::new(Call {
            id,
            role,
            pc,
            session,
            feed,
            remote_set: Cell::new(false),
            pending_ice: RefCell::new(vec![]),
            remote,
            live: Cell::new(prepared_for.is_none()),
            prepared_for,
            camera_reported: Cell::new(false),
            video: RefCell::new(None),
            audio: RefCell::new(None),
            video_paused: Cell::new(false),
            restarted: Cell::new((0, f64::NEG_INFINITY)),
            created_in: feed.welcomes.get_value(),
            _on_ice: on_ice,
            _on_track: on_track,
            on_state: RefCell::new(None),
            board,
            _on_board: on_board,
            _on_board_open: on_board_open,
        });
        call.watch_ice(role);
        Ok(call)
    }

    /// Reports media loss and recovery for the log (while live); the customer restarts ICE
    /// when needed.
    fn watch_ice(self: &Rc<Self>, role: Role) {
        let weak = Rc::downgrade(self);
        let lost = Rc::new(Cell::new(false));
        let on_state = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            let Some(call) = weak.upgrade() else { return };
            let live = call.live.get();
            match call.pc.ice_connection_state() {
                RtcIceConnectionState::Connected | RtcIceConnectionState::Completed => {
                    call.report_camera_started();
                    if lost.replace(false) {
                        call.feed.report(&call.session, ClientReport::MediaBack);
                    }
                }
                RtcIceConnectionState::Failed => {
                    if live && !lost.replace(true) {
                        call.feed.report(&call.session, ClientReport::MediaLost);
                    }
                    if role == Role::Customer {
                        call.restart_if_down();
                    }
                }
                RtcIceConnectionState::Disconnected => {
                    if live && !lost.replace(true) {
                        call.feed.report(&call.session, ClientReport::MediaLost);
                    }
                    if role == Role::Customer {
                        let weak = Rc::downgrade(&call);
                        gloo_timers::callback::Timeout::new(DISCONNECTED_GRACE_MS, move || {
                            if let Some(call) = weak.upgrade() {
                                call.restart_if_down();
                            }
                        })
                        .forget();
                    }
                }
                _ => {}
            }
        });
        self.pc
            .set_oniceconnectionstatechange(Some(on_state.as_ref().unchecked_ref()));
        *self.on_state.borrow_mut() = Some(on_state);
    }

    /// Customer: says once that the camera reaches the technician (live and connected);
    /// nothing on the technician's side.
    fn report_camera_started(&self) {
        let connected = matches!(
            self.pc.ice_connection_state(),
            RtcIceConnectionState::Connected | RtcIceConnectionState::Completed
        );
        let customer = self.role == Role::Customer;
        if customer && self.live.get() && connected && !self.camera_reported.replace(true) {
            self.feed.report(&self.session, ClientReport::CameraStarted);
        }
    }

    /// Whether the call carries media.
    pub fn is_live(&self) -> bool {
        self.live.get()
    }

    /// Start came, and this call runs the session's media: puts the microphone and (the
    /// customer's, unless paused) the camera on their senders. No renegotiation.
    pub fn go_live(&self) {
        if self.live.replace(true) {
            return;
        }
        self.put_tracks_on();
        self.report_camera_started();
    }

    /// Puts the kept tracks on their senders: the microphone, and the camera unless paused.
    fn put_tracks_on(&self) {
        if let Some((sender, track)) = self.audio.borrow().as_ref() {
            replace_track(sender, track.as_ref());
        }
        self.set_video_paused(self.video_paused.get());
    }

    /// Customer, welcomed back after the page's link dropped: restarts ICE once, even if
    /// the media still looks up. A link that dropped may have been a new network (another
    /// address, the old path dead, which ICE would notice only seconds later); a restart
    /// gathers the new candidates, and the media stays on the old path until a new one
    /// is chosen.
    pub fn relinked(self: &Rc<Self>) {
        let epoch = self.feed.welcomes.get_value();
        if self.created_in == epoch || self.restarted.get().0 == epoch {
            self.restart_if_down();
        } else if self.feed.link.get_untracked() == Link::Open {
            self.restarted.set((epoch, js_sys::Date::now()));
            self.restart();
        }
    }

    /// Customer: restarts ICE when the media is down and the server can carry the offer
    /// (an offer queued on a dead link would reach the technician late, after another).
    pub fn restart_if_down(self: &Rc<Self>) {
        let down = matches!(
            self.pc.ice_connection_state(),
            RtcIceConnectionState::Disconnected | RtcIceConnectionState::Failed
        );
        if !down || self.feed.link.get_untracked() != Link::Open {
            return;
        }
        let (epoch, now) = (self.feed.welcomes.get_value(), js_sys::Date::now());
        let (last_epoch, last_at) = self.restarted.get();
        if last_epoch != epoch || now - last_at >= RESTART_SPACING_MS {
            self.restarted.set((epoch, now));
            self.restart();
        }
    }

    /// Customer: restarts ICE on this call and sends the new offer.
    fn restart(self: &Rc<Self>) {
        let call = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Ok(restart) = js_sys::Reflect::get(&call.pc, &"restartIce".into())
                && let Ok(f) = restart.dyn_into::<js_sys::Function>()
            {
                let _ = f.call0(&call.pc);
            }
            if let Err(e) = call.make_offer().await {
                leptos::logging::warn!("ICE restart failed: {e:?}");
            }
        });
    }

    /// The stream received from the other party, once a track arrived.
    pub fn remote_stream(&self) -> Option<MediaStream> {
        self.remote.borrow().clone()
    }

    /// Customer: a sending transceiver per track of `stream`, carrying the track only
    /// once the call is live.
    fn add_stream(&self, stream: &MediaStream) {
        let streams = js_sys::Array::of1(stream);
        for track in stream.get_tracks().iter() {
            let Ok(track) = track.dyn_into::<MediaStreamTrack>() else {
                continue;
            };
            let init = RtcRtpTransceiverInit::new();
            init.set_direction(RtcRtpTransceiverDirection::Sendrecv);
            init.set_streams(&streams);
            let sender = self
                .pc
                .add_transceiver_with_str_and_init(&track.kind(), &init)
                .sender();
            if track.kind() == "video" {
                // Support needs detail (labels, serial numbers, LEDs): under load the
                // encoder should drop frames, not resolution.
                let _ = js_sys::Reflect::set(&track, &"contentHint".into(), &"detail".into());
                *self.video.borrow_mut() = Some((sender, track));
            } else {
                *self.audio.borrow_mut() = Some((sender, Some(track)));
            }
        }
        if self.live.get() {
            self.put_tracks_on();
        }
    }

    /// Technician: sends this console's microphone on the call (none: silence), without
    /// renegotiating: the answer made the audio transceiver send-and-receive. A call that is
    /// not live keeps the track for `go_live`: the microphone may be open for another
    /// session, and a customer still waiting must not hear it.
    pub fn set_microphone(&self, stream: Option<&MediaStream>) {
        let track = stream.and_then(|s| {
            s.get_audio_tracks()
                .iter()
                .find_map(|t| t.dyn_into::<MediaStreamTrack>().ok())
        });
        if let Some((sender, current)) = self.audio.borrow_mut().as_mut() {
            let same = match (current.as_ref(), track.as_ref()) {
                (Some(a), Some(b)) => a.id() == b.id(),
                (None, None) => true,
                _ => false,
            };
            if !same {
                if self.live.get() {
                    replace_track(sender, track.as_ref());
                }
                *current = track;
            }
        }
    }

    /// Customer: stops (or resumes) sending the camera without renegotiating (hold, pause,
    /// page in the background).
    pub fn set_video_paused(&self, paused: bool) {
        self.video_paused.set(paused);
        if let Some((sender, track)) = self.video.borrow().as_ref() {
            replace_track(sender, (self.live.get() && !paused).then_some(track));
        }
    }

    /// Customer: sends another camera's track on the same sender (no renegotiation);
    /// resolves once the sender uses it, so the old camera can then be released.
    pub async fn set_video_track(&self, track: &MediaStreamTrack) {
        let _ = js_sys::Reflect::set(track, &"contentHint".into(), &"detail".into());
        let promise = match self.video.borrow_mut().as_mut() {
            Some((sender, current)) => {
                *current = track.clone();
                (self.live.get() && !self.video_paused.get())
                    .then(|| sender.replace_track(Some(track)))
            }
            None => None,
        };
        if let Some(p) = promise
            && let Err(e) = JsFuture::from(p).await
        {
            leptos::logging::warn!("replaceTrack failed: {e:?}");
        }
    }

    fn send(&self, sig: RtcSignal) {
        self.feed.send(ClientMsg::Rtc {
            session: self.session.clone(),
            sig,
        });
    }

    /// Customer: sends `stream` and makes the offer.
    pub async fn offer(&self, stream: &MediaStream) -> Result<(), JsValue> {
        self.add_stream(stream);
        self.make_offer().await
    }

    async fn make_offer(&self) -> Result<(), JsValue> {
        let offer = JsFuture::from(self.pc.create_offer()).await?;
        let sdp = self.set_local(RtcSdpType::Offer, &offer).await?;
        self.send(RtcSignal::Offer { call: self.id, sdp });
        Ok(())
    }

    /// Technician: takes the customer's offer and answers, sending `local`'s microphone;
    /// on an existing call this is a renegotiation (ICE restart). The audio transceiver
    /// answers send-and-receive even without a microphone, so one opened later (at
    /// Start, after a prepared call) goes on without renegotiating.
    pub async fn answer(
        &self,
        offer_sdp: &str,
        local: Option<&MediaStream>,
    ) -> Result<(), JsValue> {
        self.set_remote(RtcSdpType::Offer, offer_sdp).await?;
        if self.audio.borrow().is_none() {
            let audio = self.pc.get_transceivers().iter().find_map(|t| {
                let t = t.dyn_into::<RtcRtpTransceiver>().ok()?;
                (t.receiver().track().kind() == "audio").then_some(t)
            });
            if let Some(t) = audio {
                t.set_direction(RtcRtpTransceiverDirection::Sendrecv);
                *self.audio.borrow_mut() = Some((t.sender(), None));
            }
        }
        if local.is_some() {
            self.set_microphone(local);
        }
        let answer = JsFuture::from(self.pc.create_answer()).await?;
        let sdp = self.set_local(RtcSdpType::Answer, &answer).await?;
        self.send(RtcSignal::Answer { call: self.id, sdp });
        Ok(())
    }

    /// Customer: takes the technician's answer.
    pub async fn accept_answer(&self, sdp: &str) -> Result<(), JsValue> {
        self.set_remote(RtcSdpType::Answer, sdp).await
    }

    /// Applies a description we created; returns its SDP for the other side.
    async fn set_local(&self, kind: RtcSdpType, created: &JsValue) -> Result<String, JsValue> {
        let sdp = sdp_of(created)?;
        let desc = RtcSessionDescriptionInit::new(kind);
        desc.set_sdp(&sdp);
        JsFuture::from(self.pc.set_local_description(&desc)).await?;
        Ok(sdp)
    }

    /// Applies the other side's description, then the candidates that waited for it.
    async fn set_remote(&self, kind: RtcSdpType, sdp: &str) -> Result<(), JsValue> {
        let desc = RtcSessionDescriptionInit::new(kind);
        desc.set_sdp(sdp);
        JsFuture::from(self.pc.set_remote_description(&desc)).await?;
        self.remote_set.set(true);
        let pending = std::mem::take(&mut *self.pending_ice.borrow_mut());
        for init in &pending {
            self.apply_ice(init);
        }
        Ok(())
    }

    /// Adds a remote ICE candidate (held back until the remote description is set).
    pub fn add_ice(&self, candidate: &str, sdp_mid: Option<&str>, sdp_m_line_index: Option<u16>) {
        let init = RtcIceCandidateInit::new(candidate);
        init.set_sdp_mid(sdp_mid);
        init.set_sdp_m_line_index(sdp_m_line_index);
        if self.remote_set.get() {
            self.apply_ice(&init);
        } else {
            self.pending_ice.borrow_mut().push(init);
        }
    }

    fn apply_ice(&self, init: &RtcIceCandidateInit) {
        let promise = self
            .pc
            .add_ice_candidate_with_opt_rtc_ice_candidate_init(Some(init));
        wasm_bindgen_futures::spawn_local(async move {
            if let Err(e) = JsFuture::from(promise).await {
                leptos::logging::warn!("ICE candidate refused: {e:?}");
            }
        });
    }

    /// The connection's statistics report (a promise of an `RTCStatsReport`).
    pub fn stats(&self) -> js_sys::Promise {
        self.pc.get_stats()
    }

    /// Sends a message (its binary form) over the board channel; false when it is not open.
    pub fn send_peer(&self, bytes: &[u8]) -> bool {
        self.board.ready_state() == RtcDataChannelState::Open
            && self.board.send_with_u8_array(bytes).is_ok()
    }

    /// Closes the connection.
    pub fn close(&self) {
        self.pc.set_oniceconnectionstatechange(None);
        self.board.set_onmessage(None);
        self.board.set_onopen(None);
        self.board.close();
        self.pc.close();
    }
}

fn replace_track(sender: &RtcRtpSender, track: Option<&MediaStreamTrack>) {
    let promise = sender.replace_track(track);
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = JsFuture::from(promise).await {
            leptos::logging::warn!("replaceTrack failed: {e:?}");
        }
    });
}

fn sdp_of(desc: &JsValue) -> Result<String, JsValue> {
    js_sys::Reflect::get(desc, &JsValue::from_str("sdp"))?
        .as_string()
        .ok_or_else(|| JsValue::from_str("description without SDP"))
}
