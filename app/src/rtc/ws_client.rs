//! The page's websocket: connects, says hello, applies what the server pushes, sends what
//! the page queues, answers pings, and reconnects with backoff when the link drops.

use std::collections::VecDeque;

use futures::channel::mpsc::{UnboundedReceiver, unbounded};
use futures::{SinkExt, StreamExt, stream};
use gloo_net::websocket::Message;
use gloo_net::websocket::futures::WebSocket;
use gloo_timers::future::{IntervalStream, TimeoutFuture};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{now_ms, ws_url};
use crate::live::{Feed, Link};
use crate::protocol::{ClientMsg, PING_INTERVAL_SECS, PROTOCOL_VERSION, Role, ServerMsg};

const FIRST_BACKOFF_MS: u32 = 500;
const MAX_BACKOFF_MS: u32 = 10_000;

/// Connects the feed to the server as `role` (once per page).
pub fn connect(feed: Feed, role: Role) {
    if feed.is_attached() {
        return;
    }
    let (tx, rx) = unbounded();
    feed.attach(tx);
    spawn_local(run(feed, role, rx));
}

enum Ev {
    In(Result<Message, gloo_net::websocket::WebSocketError>),
    Closed,
    Out(ClientMsg),
    Tick,
}

enum End {
    /// The link dropped; reconnect.
    Lost { welcomed: bool },
    /// The server said goodbye; stay away.
    Goodbye,
}

async fn run(feed: Feed, role: Role, mut outbox: UnboundedReceiver<ClientMsg>) {
    let mut backoff = FIRST_BACKOFF_MS;
    // Messages that could not be written when the link dropped; sent first after reconnect.
    let mut retry: VecDeque<ClientMsg> = VecDeque::new();
    loop {
        feed.link.set(Link::Connecting);
        if let Ok(ws) = WebSocket::open(&ws_url(role)) {
            match session(feed, ws, &mut outbox, &mut retry).await {
                End::Goodbye => return,
                End::Lost { welcomed: true } => backoff = FIRST_BACKOFF_MS,
                End::Lost { welcomed: false } => {}
            }
        }
        feed.link.set(Link::Lost);
        TimeoutFuture::new(backoff).await;
        backoff = (backoff * 2).min(MAX_BACKOFF_MS);
    }
}

fn encode(msg: &ClientMsg) -> Message {
    Message::Text(serde_json::to_string(msg).unwrap_or_default())
}

async fn session(
    feed: Feed,
    ws: WebSocket,
    outbox: &mut UnboundedReceiver<ClientMsg>,
    retry: &mut VecDeque<ClientMsg>,
) -> End {
    let (mut sink, source) = ws.split();
    let hello = ClientMsg::Hello {
        version: PROTOCOL_VERSION,
    };
    if sink.send(encode(&hello)).await.is_err() {
        return End::Lost { welcomed: false };
    }
    while let Some(msg) = retry.pop_front() {
        if sink.send(encode(&msg)).await.is_err() {
            retry.push_front(msg);
            return End::Lost { welcomed: false };
        }
    }
    let incoming = source
        .map(Ev::In)
        .chain(stream::once(futures::future::ready(Ev::Closed)));
    let outgoing = outbox.by_ref().map(Ev::Out);
    let ticks = IntervalStream::new(2_000).map(|_| Ev::Tick);
    let mut events = Box::pin(stream::select(incoming, stream::select(outgoing, ticks)));
    let mut welcomed = false;
    let mut last_heard = now_ms();
    let silence_limit = (3 * PING_INTERVAL_SECS * 1000) as i64;
    while let Some(ev) = events.next().await {
        match ev {
            Ev::In(Ok(Message::Text(text))) => {
                last_heard = now_ms();
                match serde_json::from_str::<ServerMsg>(&text) {
                    Ok(ServerMsg::Ping) => {
                        if sink.send(encode(&ClientMsg::Pong)).await.is_err() {
                            return End::Lost { welcomed };
                        }
                    }
                    Ok(msg) => {
                        welcomed |= matches!(msg, ServerMsg::Welcome { .. });
                        if !feed.apply(msg, now_ms()) {
                            return End::Goodbye;
                        }
                    }
                    Err(e) => leptos::logging::warn!("unreadable server message: {e}"),
                }
            }
            Ev::In(Ok(Message::Bytes(_))) => {}
            Ev::In(Err(_)) | Ev::Closed => return End::Lost { welcomed },
            Ev::Out(msg) => {
                if sink.send(encode(&msg)).await.is_err() {
                    retry.push_back(msg);
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
