//! The page's websocket: connects, says hello (with this tab's resume token), applies what
//! the server pushes, sends what the page queues, and reconnects with backoff. The server
//! pings every 500 ms (the browser answers its ping frames itself); two seconds without a
//! word from it, or a dial that has not opened in three, and the page dials again. When the
//! browser reports it went offline the socket is dropped at once, and when it comes back
//! online the reconnect starts at once.

use std::collections::VecDeque;

use futures::channel::mpsc::{UnboundedReceiver, UnboundedSender, unbounded};
use futures::{SinkExt, StreamExt, future, stream};
use gloo_net::websocket::Message;
use gloo_net::websocket::futures::WebSocket;
use gloo_timers::future::{IntervalStream, TimeoutFuture};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{now_ms, ws_url};
use crate::live::{Feed, Link};
use crate::protocol::{CLIENT_SILENCE_MS, ClientMsg, PROTOCOL_VERSION, Role, ServerMsg};

const FIRST_BACKOFF_MS: u32 = 250;
/// Short, because a phone whose link came back should be in the call again within
/// seconds; each wait is spread by up to half again so that the pages of a restarted
/// server do not all dial at once.
const MAX_BACKOFF_MS: u32 = 2_000;
/// A connection that has not opened by then is given up (a dead link does not answer,
/// and the browser would wait a long time for it).
const CONNECT_TIMEOUT_MS: u32 = 3_000;
/// After the browser reported going offline, how long to wait for its `online` event
/// before dialling anyway.
const OFFLINE_RETRY_MS: u32 = 30_000;

/// What the browser says about the network.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Net {
    Offline,
    Online,
}

/// Connects the feed to the server as `role` (once per page).
pub fn connect(feed: Feed, role: Role) {
    if feed.is_attached() {
        return;
    }
    let (tx, rx) = unbounded();
    feed.attach(tx);
    let (net_tx, net_rx) = unbounded();
    watch_network(net_tx);
    spawn_local(run(feed, role, rx, net_rx));
}

fn watch_network(tx: UnboundedSender<Net>) {
    for (name, net) in [("offline", Net::Offline), ("online", Net::Online)] {
        let tx = tx.clone();
        // Listens for the page's whole life.
        let _ = window_event_listener_untyped(name, move |_| {
            let _ = tx.unbounded_send(net);
        });
    }
}

fn resume_key(role: Role) -> String {
    format!("sl_resume_{}", role.as_str())
}

fn stored_resume(role: Role) -> Option<String> {
    web_sys::window()?
        .session_storage()
        .ok()??
        .get_item(&resume_key(role))
        .ok()?
}

fn store_resume(role: Role, token: &str) {
    if let Some(storage) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = storage.set_item(&resume_key(role), token);
    }
}

enum Ev {
    In(Result<Message, gloo_net::websocket::WebSocketError>),
    Closed,
    Out(ClientMsg),
    Net(Net),
    Tick,
}

enum End {
    /// The link dropped; reconnect.
    Lost { welcomed: bool },
    /// The browser went offline; wait for it to come back.
    Offline,
    /// The server said goodbye; stay away.
    Goodbye,
}

async fn run(
    feed: Feed,
    role: Role,
    mut outbox: UnboundedReceiver<ClientMsg>,
    mut net: UnboundedReceiver<Net>,
) {
    let mut backoff = FIRST_BACKOFF_MS;
    // Messages that could not be written when the link dropped; sent first after reconnect.
    let mut retry: VecDeque<ClientMsg> = VecDeque::new();
    loop {
        feed.link.set(Link::Connecting);
        let end = match WebSocket::open(&ws_url(role)) {
            Ok(ws) => session(feed, role, ws, &mut outbox, &mut net, &mut retry).await,
            Err(_) => End::Lost { welcomed: false },
        };
        feed.link.set(Link::Lost);
        let wait = match end {
            End::Goodbye => return,
            End::Lost { welcomed: true } => {
                backoff = FIRST_BACKOFF_MS;
                backoff
            }
            End::Lost { welcomed: false } => backoff,
            // The browser said it has no network: dial again when it says it is back, or
            // after a while anyway (`navigator.onLine` is not always right, e.g. a server on
            // the same machine is reachable without any network).
            End::Offline => OFFLINE_RETRY_MS,
        };
        // Wait, or until the browser says it is online again.
        let spread = (js_sys::Math::random() * f64::from(wait / 2)) as u32;
        if wait_online(&mut net, wait + spread).await {
            backoff = FIRST_BACKOFF_MS;
        } else {
            backoff = (backoff * 2).min(MAX_BACKOFF_MS);
        }
    }
}

/// Waits up to `ms` for the browser's `online` event; true if it came.
async fn wait_online(net: &mut UnboundedReceiver<Net>, ms: u32) -> bool {
    let wait = TimeoutFuture::new(ms);
    let online = async {
        while let Some(n) = net.next().await {
            if n == Net::Online {
                return;
            }
        }
        future::pending::<()>().await;
    };
    futures::pin_mut!(online);
    matches!(future::select(wait, online).await, future::Either::Right(_))
}

/// Browsers speak the binary form (`crate::wire`).
fn encode(msg: &ClientMsg) -> Message {
    Message::Bytes(crate::wire::to_bytes(msg))
}

async fn session(
    feed: Feed,
    role: Role,
    ws: WebSocket,
    outbox: &mut UnboundedReceiver<ClientMsg>,
    net: &mut UnboundedReceiver<Net>,
    retry: &mut VecDeque<ClientMsg>,
) -> End {
    let (mut sink, source) = ws.split();
    let hello = ClientMsg::Hello {
        version: PROTOCOL_VERSION,
        resume: stored_resume(role),
    };
    // The hello goes out once the socket is open.
    let opened = sink.send(encode(&hello));
    futures::pin_mut!(opened);
    match future::select(opened, TimeoutFuture::new(CONNECT_TIMEOUT_MS)).await {
        future::Either::Left((Ok(()), _)) => {}
        _ => return End::Lost { welcomed: false },
    }
    while let Some(msg) = retry.pop_front() {
        if sink.send(encode(&msg)).await.is_err() {
            retry.push_front(msg);
            return End::Lost { welcomed: false };
        }
    }
    let incoming = source
        .map(Ev::In)
        .chain(stream::once(future::ready(Ev::Closed)));
    let outgoing = outbox.by_ref().map(Ev::Out);
    let network = net.by_ref().map(Ev::Net);
    let ticks = IntervalStream::new(250).map(|_| Ev::Tick);
    let mut events = Box::pin(stream::select(
        stream::select(incoming, network),
        stream::select(outgoing, ticks),
    ));
    let mut welcomed = false;
    let mut last_heard = now_ms();
    let silence_limit = CLIENT_SILENCE_MS as i64;
    while let Some(ev) = events.next().await {
        match ev {
            Ev::In(Ok(Message::Bytes(bytes))) => {
                last_heard = now_ms();
                match crate::wire::from_bytes::<ServerMsg>(&bytes) {
                    // The browser answers the ping frame that came with it.
                    Ok(ServerMsg::Ping) => {}
                    Ok(msg) => {
                        let welcome = matches!(msg, ServerMsg::Welcome { .. });
                        if let ServerMsg::Welcome { resume, .. } = &msg {
                            store_resume(role, resume);
                        }
                        if !feed.apply(msg, now_ms()) {
                            return End::Goodbye;
                        }
                        if welcome {
                            welcomed = true;
                            // Reports and chat messages the server may not have stored yet:
                            // it stores each once.
                            for report in feed.unacked() {
                                if sink.send(encode(&report)).await.is_err() {
                                    return End::Lost { welcomed };
                                }
                            }
                        }
                    }
                    Err(e) => leptos::logging::warn!("unreadable server message: {e}"),
                }
            }
            Ev::In(Ok(Message::Text(_))) => {}
            Ev::In(Err(_)) | Ev::Closed => return End::Lost { welcomed },
            Ev::Net(Net::Offline) => return End::Offline,
            Ev::Net(Net::Online) => {}
            Ev::Out(msg) => {
                // Reports and chat are resent from the unacknowledged list after a reconnect.
                let resent = matches!(msg, ClientMsg::Report { .. } | ClientMsg::Chat { .. });
                if sink.send(encode(&msg)).await.is_err() {
                    if !resent {
                        retry.push_back(msg);
                    }
                    return End::Lost { welcomed };
                }
            }
            Ev::Tick => {
                if now_ms() - last_heard > silence_limit {
                    return End::Lost { welcomed };
                }
            }
        }
    }
    End::Lost { welcomed }
}
