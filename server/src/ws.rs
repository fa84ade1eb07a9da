//! `/ws`: upgrade (identity from the cookie, origin checked) and the per-connection loop
//! (hello handshake, heartbeat, frame size limit, message rate limit, writer queue).
//! Frames are binary (postcard, what the browsers send) or text (JSON, for tests and tools);
//! a connection's replies take the form of its `hello` (`app::wire`).

use std::time::{Duration, Instant};

use actix_web::{HttpRequest, HttpResponse, web};
use actix_ws::{AggregatedMessage, CloseCode, CloseReason};
use serde::Deserialize;
use tokio::sync::mpsc;

use app::auth::server::{auth_token_hash, me_from_request, usable};
use app::error::AppError;
use app::invite::server::customer_from_request;
use app::protocol::{ClientMsg, MAX_FRAME_BYTES, PROTOCOL_VERSION, Role, ServerMsg};
use app::secret;
use app::ssr_ctx::{Ctx, Heartbeat};

use crate::hub::{ConnId, HubCmd, HubHandle, Principal};

/// Outgoing queue per connection; a client this far behind is dropped by the hub.
const OUT_QUEUE: usize = 256;
/// Time allowed for the first message.
const HELLO_TIMEOUT: Duration = Duration::from_secs(10);
/// Messages a client may send per window.
const RATE_LIMIT: u32 = 200;
/// The window of `RATE_LIMIT`.
const RATE_WINDOW: Duration = Duration::from_secs(10);

/// Query of `/ws`.
#[derive(Debug, Deserialize)]
pub struct WsQuery {
    role: Role,
}

/// Upgrades a request to a websocket for a technician or a customer.
pub async fn upgrade(
    req: HttpRequest,
    body: web::Payload,
    query: web::Query<WsQuery>,
    ctx: web::Data<Ctx>,
    hub: web::Data<HubHandle>,
) -> actix_web::Result<HttpResponse> {
    if crate::cross_site::from_another_site(&req, &ctx.settings.public_url) {
        tracing::warn!("websocket from a foreign origin refused");
        return Ok(HttpResponse::Forbidden().finish());
    }
    let (who, token_hash) = match query.role {
        Role::Technician => match me_from_request(&ctx, &req).await.map(|m| m.map(usable)) {
            Ok(Some(Ok(me))) => (Principal::Technician(me), auth_token_hash(&ctx, &req)),
            // The organisation requires a second factor this person has not set up yet.
            Ok(Some(Err(_))) => return Ok(HttpResponse::Forbidden().finish()),
            Ok(None) => return Ok(HttpResponse::Unauthorized().finish()),
            Err(_) => return Ok(HttpResponse::InternalServerError().finish()),
        },
        Role::Customer => match customer_from_request(&ctx, &req).await {
            Ok(Some((session, org))) => (Principal::Customer { session, org }, None),
            Ok(None) => return Ok(HttpResponse::Unauthorized().finish()),
            Err(_) => return Ok(HttpResponse::InternalServerError().finish()),
        },
    };
    let (response, session, stream) = actix_ws::handle(&req, body)?;
    let stream = stream
        .max_frame_size(MAX_FRAME_BYTES)
        .aggregate_continuations()
        .max_continuation_size(MAX_FRAME_BYTES);
    actix_web::rt::spawn(connection(
        hub.get_ref().clone(),
        who,
        token_hash,
        ctx.settings.heartbeat,
        session,
        stream,
    ));
    Ok(response)
}

fn close(code: CloseCode, description: &str) -> Option<CloseReason> {
    Some(CloseReason {
        code,
        description: Some(description.to_owned()),
    })
}

/// The form a connection speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Codec {
    /// Binary frames, postcard (the browsers).
    Binary,
    /// Text frames, JSON (tests and tools).
    Json,
}

impl Codec {
    /// The client message in a frame, the form it came in, or `None` for frames that carry
    /// none (ping, pong, close).
    fn decode(frame: &AggregatedMessage) -> Option<(Result<ClientMsg, String>, Codec)> {
        match frame {
            AggregatedMessage::Binary(bytes) => Some((
                app::wire::from_bytes(bytes).map_err(|e| e.to_string()),
                Codec::Binary,
            )),
            AggregatedMessage::Text(text) => Some((
                serde_json::from_str(text).map_err(|e| e.to_string()),
                Codec::Json,
            )),
            _ => None,
        }
    }
}

async fn send(session: &mut actix_ws::Session, codec: Codec, msg: &ServerMsg) -> bool {
    match codec {
        Codec::Binary => session.binary(app::wire::to_bytes(msg)).await.is_ok(),
        Codec::Json => match serde_json::to_string(msg) {
            Ok(text) => session.text(text).await.is_ok(),
            Err(e) => {
                tracing::error!(error = %e, "cannot encode server message");
                false
            }
        },
    }
}

/// Waits for the first frame, checks it is a hello of our version, and returns the tab's
/// resume token (the one it sent back, or a new one) and the form the connection speaks.
async fn handshake(
    session: &mut actix_ws::Session,
    stream: &mut actix_ws::AggregatedMessageStream,
) -> Result<(String, Codec), Option<CloseReason>> {
    let first = match tokio::time::timeout(HELLO_TIMEOUT, stream.recv()).await {
        Ok(Some(Ok(frame))) => frame,
        Ok(_) => return Err(close(CloseCode::Policy, "expected hello")),
        Err(_) => return Err(close(CloseCode::Policy, "no hello")),
    };
    let Some((msg, codec)) = Codec::decode(&first) else {
        return Err(close(CloseCode::Policy, "expected hello"));
    };
    match msg {
        Ok(ClientMsg::Hello { version, resume }) if version == PROTOCOL_VERSION => Ok((
            resume
                .filter(|r| secret::is_token(r))
                .unwrap_or_else(secret::token),
            codec,
        )),
        Ok(ClientMsg::Hello { version, .. }) => {
            tracing::info!(version, "client speaks another protocol version");
            let bye = ServerMsg::Goodbye {
                error: AppError::VersionMismatch,
            };
            send(session, codec, &bye).await;
            Err(close(CloseCode::Normal, "version mismatch"))
        }
        _ => Err(close(CloseCode::Policy, "expected hello")),
    }
}

async fn connection(
    hub: HubHandle,
    who: Principal,
    token_hash: Option<String>,
    heartbeat: Heartbeat,
    mut session: actix_ws::Session,
    mut stream: actix_ws::AggregatedMessageStream,
) {
    let conn = ConnId::next();
    let (resume, codec) = match handshake(&mut session, &mut stream).await {
        Ok(hello) => hello,
        Err(reason) => {
            tracing::info!(conn = conn.0, ?reason, "websocket closed during handshake");
            let _ = session.close(reason).await;
            return;
        }
    };
    let (out, mut queue) = mpsc::channel(OUT_QUEUE);
    hub.send(HubCmd::Join {
        conn,
        who,
        seat: (secret::seat_of(&resume), resume),
        auth_token_hash: token_hash,
        out,
    })
    .await;

    // Silence is checked twice per ping, so a dead link is noticed soon after the limit.
    let mut check = tokio::time::interval(heartbeat.every / 2);
    check.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    check.tick().await;
    let mut checks = 0u32;
    let mut last_heard = Instant::now();
    let mut window_start = Instant::now();
    let mut in_window = 0u32;
    let reason = loop {
        tokio::select! {
            frame = stream.recv() => match frame {
                Some(Ok(frame @ (AggregatedMessage::Text(_) | AggregatedMessage::Binary(_)))) => {
                    last_heard = Instant::now();
                    if window_start.elapsed() > RATE_WINDOW {
                        window_start = Instant::now();
                        in_window = 0;
                    }
                    in_window += 1;
                    if in_window > RATE_LIMIT {
                        tracing::warn!(conn = conn.0, "client exceeded the message rate; closing");
                        break close(CloseCode::Policy, "too many messages");
                    }
                    match Codec::decode(&frame).map(|(msg, _)| msg) {
                        Some(Ok(ClientMsg::Pong | ClientMsg::Hello { .. })) | None => {}
                        Some(Ok(msg)) => hub.send(HubCmd::Msg { conn, msg }).await,
                        Some(Err(e)) => {
                            tracing::warn!(conn = conn.0, error = %e, "malformed message; closing");
                            break close(CloseCode::Policy, "malformed message");
                        }
                    }
                }
                Some(Ok(AggregatedMessage::Ping(bytes))) => {
                    last_heard = Instant::now();
                    if session.pong(&bytes).await.is_err() {
                        break None;
                    }
                }
                Some(Ok(AggregatedMessage::Pong(_))) => last_heard = Instant::now(),
                Some(Ok(AggregatedMessage::Close(_))) | None => break None,
                Some(Err(e)) => {
                    tracing::warn!(conn = conn.0, error = %e, "websocket protocol error; closing");
                    break close(CloseCode::Policy, "protocol error");
                }
            },
            msg = queue.recv() => match msg {
                Some(msg @ ServerMsg::Goodbye { .. }) => {
                    send(&mut session, codec, &msg).await;
                    break close(CloseCode::Normal, "goodbye");
                }
                Some(msg) => {
                    if !send(&mut session, codec, &msg).await {
                        break None;
                    }
                }
                // The hub let go of this connection (too slow, or replaced).
                None => break close(CloseCode::Away, "dropped"),
            },
            _ = check.tick() => {
                if last_heard.elapsed() > heartbeat.silence {
                    tracing::info!(conn = conn.0, "heartbeat timeout");
                    break None;
                }
                checks = checks.wrapping_add(1);
                if checks.is_multiple_of(2) {
                    // The ping frame is answered by the browser's network stack; the message
                    // tells the page the server is still there.
                    if session.ping(b"").await.is_err()
                        || !send(&mut session, codec, &ServerMsg::Ping).await
                    {
                        break None;
                    }
                }
            }
        }
    };
    hub.send(HubCmd::Leave { conn }).await;
    let _ = session.close(reason).await;
}
