//! Hostile input on `/ws`: every kind of malformed frame closes the sender's socket with a
//! reason (or, for well-formed commands on what is not theirs, refuses the command), while a
//! well-behaved technician and customer in a live session on the same server go on
//! unaffected.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod support;

use std::time::Duration;

use awc::ws::{CloseCode, Frame, Message};
use futures::{SinkExt, StreamExt};

use app::error::AppError;
use app::ids::{CmdId, SessionId};
use app::protocol::{ClientMsg, Intent, MAX_FRAME_BYTES, Role, ServerMsg};
use app::session::SessionState;
use support::*;

/// Reads frames until the server closes the socket; its close code and reason.
async fn closed(ws: &mut Ws) -> (CloseCode, String) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let frame = tokio::time::timeout_at(deadline, ws.framed.next())
            .await
            .expect("the server closes the socket within 10 s");
        match frame {
            Some(Ok(Frame::Close(Some(reason)))) => {
                return (reason.code, reason.description.unwrap_or_default());
            }
            Some(Ok(Frame::Close(None))) | None | Some(Err(_)) => {
                return (CloseCode::Abnormal, String::new());
            }
            Some(Ok(_)) => continue,
        }
    }
}

/// The live pair still works: the customer's chat is echoed and reaches the console.
async fn still_fine(console: &mut Ws, page: &mut Ws, id: &SessionId, n: u64) {
    let chat = format!("fine{n:08}");
    assert_eq!(
        page.ask_chat(100 + n, id, &chat, text("still here")).await,
        Ok(())
    );
    let got = console.chat_message(id).await;
    assert_eq!(got.id.0, chat);
}

#[actix_web::test]
async fn malformed_frames_close_only_the_sender() {
    let srv = start().await;
    let mut tech = setup_org(&srv, "tess@acme.test").await;
    let mut console = tech.ws(&srv, Role::Technician).await.unwrap();
    console.hello().await;
    let invite = new_session(&srv, &mut tech, "pin").await;
    console
        .until_state(&invite.session, SessionState::Connecting)
        .await;
    let mut page = waiting_customer(&srv, &invite).await;
    let id = invite.session.clone();
    assert_eq!(console.ask(1, &id, Intent::Start).await, Ok(()));
    page.until_state(&id, SessionState::Active).await;

    // The attacker is another session's customer, with a cookie of their own.
    let other = new_session(&srv, &mut tech, "pin").await;
    let mut attacker = Browser::default();
    attacker.redeem_pin(&srv, &other.secret).await.unwrap();

    let deep = format!("{}{}", "[".repeat(30_000), "]".repeat(30_000));
    let huge_number = format!(
        r#"{{"act":{{"id":1{},"session":"{}","act":"start"}}}}"#,
        "0".repeat(400),
        id.0
    );
    let oversized = format!(r#"{{"pong":"{}"}}"#, "x".repeat(MAX_FRAME_BYTES + 1));
    let cases: Vec<(&str, Message, &str)> = vec![
        (
            "invalid JSON",
            Message::Text("{not json".into()),
            "malformed message",
        ),
        (
            "unknown tag",
            Message::Text(r#"{"launch_missiles":{}}"#.into()),
            "malformed message",
        ),
        (
            "deep nesting",
            Message::Text(deep.into()),
            "malformed message",
        ),
        (
            "huge number",
            Message::Text(huge_number.into()),
            "malformed message",
        ),
        (
            "oversized frame",
            Message::Text(oversized.into()),
            "protocol error",
        ),
        (
            "binary garbage",
            Message::Binary(vec![0xff; 64].into()),
            "malformed message",
        ),
        (
            "a binary frame that is no message",
            Message::Binary(vec![b'{', 0xc3, 0x28, b'}'].into()),
            "malformed message",
        ),
    ];
    for (n, (what, frame, reason)) in cases.into_iter().enumerate() {
        let mut ws = attacker.ws(&srv, Role::Customer).await.unwrap();
        ws.hello().await;
        ws.framed.send(frame).await.unwrap();
        let (code, said) = closed(&mut ws).await;
        assert_eq!((code, said.as_str()), (CloseCode::Policy, reason), "{what}");
        still_fine(&mut console, &mut page, &id, n as u64).await;
    }

    // Anything but a hello first.
    let mut ws = attacker.ws(&srv, Role::Customer).await.unwrap();
    ws.send_raw("{not json").await;
    assert_eq!(
        closed(&mut ws).await,
        (CloseCode::Policy, "expected hello".into())
    );

    // A flood, each frame valid.
    let mut ws = attacker.ws(&srv, Role::Customer).await.unwrap();
    ws.hello().await;
    for _ in 0..250 {
        if ws
            .framed
            .send(Message::Text(r#""pong""#.into()))
            .await
            .is_err()
        {
            break;
        }
    }
    assert_eq!(
        closed(&mut ws).await,
        (CloseCode::Policy, "too many messages".into())
    );
    still_fine(&mut console, &mut page, &id, 50).await;

    // Well-formed commands on another session: refused, the socket stays.
    let mut ws = attacker.ws(&srv, Role::Customer).await.unwrap();
    ws.hello().await;
    for (n, act) in [Intent::End, Intent::AcceptTerms, Intent::Hold]
        .into_iter()
        .enumerate()
    {
        let refused = ws.ask(n as u64 + 1, &id, act.clone()).await;
        assert!(
            matches!(refused, Err(AppError::NotFound | AppError::Forbidden)),
            "{act:?}: {refused:?}"
        );
    }
    ws.send(&ClientMsg::Chat {
        id: CmdId(9),
        session: id.clone(),
        chat: app::chat::ChatId("evil00000001".into()),
        body: text("not yours"),
    })
    .await;
    assert!(matches!(
        ws.answer(9).await,
        Err(AppError::NotFound | AppError::Forbidden)
    ));
    // Nothing of it reached the session.
    still_fine(&mut console, &mut page, &id, 60).await;
    let log = page.chat_log(&id).await;
    assert!(log.iter().all(|m| m.id.0 != "evil00000001"));
    assert!(log.iter().any(|m| m.id.0 == "fine00000060"));
    // And the session is still live for its technician.
    assert_eq!(console.ask(70, &id, Intent::Hold).await, Ok(()));
}

#[actix_web::test]
async fn one_customer_cookie_gets_a_few_sockets_and_a_bounded_number_of_writes() {
    let srv = start().await;
    let mut tech = setup_org(&srv, "tess@acme.test").await;
    let mut console = tech.ws(&srv, Role::Technician).await.unwrap();
    console.hello().await;
    let invite = new_session(&srv, &mut tech, "pin").await;
    let mut customer = Browser::default();
    customer.redeem_pin(&srv, &invite.secret).await.unwrap();
    let id = invite.session.clone();

    // Six sockets on one cookie: the two oldest are closed, the four newest work.
    let mut sockets = Vec::new();
    for _ in 0..6 {
        let mut ws = customer.ws(&srv, Role::Customer).await.unwrap();
        ws.hello().await;
        sockets.push(ws);
    }
    for ws in &mut sockets[..2] {
        assert_eq!(closed(ws).await, (CloseCode::Away, "dropped".into()));
    }
    let mut live: Vec<Ws> = sockets.split_off(2);
    for (n, ws) in live.iter_mut().enumerate() {
        let chat = format!("tab{n:09}");
        assert_eq!(ws.ask_chat(1, &id, &chat, text("hello")).await, Ok(()));
    }

    // A flood of chat spread over the four sockets, each under its own rate limit: 300
    // stored a minute for the session (4 are stored above), the rest refused.
    let (mut stored, mut refused) = (4, 0);
    for k in 0..320u64 {
        let ws = &mut live[(k % 4) as usize];
        ws.chat(100 + k, &id, &format!("flood{k:07}"), text("spam"))
            .await;
        match ws.reply(100 + k).await {
            Ok(()) => stored += 1,
            Err(AppError::RateLimited { .. }) => refused += 1,
            Err(e) => panic!("{e:?}"),
        }
    }
    assert_eq!((stored, refused), (300, 24));
    let (rows,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM session_events WHERE session_id = $1 AND kind IN ('chat', 'url')",
    )
    .bind(id.0.as_str())
    .fetch_one(&srv.ctx.db)
    .await
    .unwrap();
    assert_eq!(rows, 300);

    // Another session is not slowed by it: its chat is stored and relayed at once.
    let other = new_session(&srv, &mut tech, "pin").await;
    let mut page = waiting_customer(&srv, &other).await;
    assert_eq!(
        page.ask_chat(1, &other.session, "cust00000001", text("my turn"))
            .await,
        Ok(())
    );
}

/// Every message a browser can send, aimed at `victim` (ids from 1000 up).
fn every_message(victim: &SessionId, colleague: &app::ids::UserId) -> Vec<ClientMsg> {
    use app::protocol::{ClientReport, RtcSignal};
    use app::session::CameraStatus;
    use app::whiteboard::{Op, P, PeerMsg, Shape, ShapeId, Style, Tool};
    let s = || victim.clone();
    let mut all: Vec<ClientMsg> = [
        Intent::AcceptTerms,
        Intent::Start,
        Intent::Hold,
        Intent::Transfer {
            to: colleague.clone(),
            note: "mine now".into(),
        },
        Intent::TakeBack,
        Intent::End,
        Intent::Dismiss,
    ]
    .into_iter()
    .enumerate()
    .map(|(n, act)| ClientMsg::Act {
        id: CmdId(1000 + n as u64),
        session: s(),
        act,
    })
    .collect();
    all.extend([
        ClientMsg::Report {
            id: CmdId(1100),
            session: s(),
            event: ClientReport::MediaGranted,
        },
        ClientMsg::Chat {
            id: CmdId(1101),
            session: s(),
            chat: app::chat::ChatId("evil00000002".into()),
            body: text("not yours"),
        },
        ClientMsg::Rtc {
            session: s(),
            sig: RtcSignal::Offer {
                call: 9,
                sdp: "v=0 evil".into(),
            },
        },
        ClientMsg::ChatSync { session: s() },
        ClientMsg::Camera {
            session: s(),
            status: CameraStatus::Paused,
        },
        ClientMsg::Recording {
            session: s(),
            on: true,
        },
        ClientMsg::Peer {
            session: s(),
            msg: PeerMsg::Ops {
                ops: vec![Op::Add {
                    id: ShapeId(77),
                    shape: Shape::start(Tool::Arrow, P { x: 0.5, y: 0.5 }, 1, ""),
                    style: Style::default(),
                }],
            },
            relay: true,
        },
        ClientMsg::BoardSync { session: s() },
        ClientMsg::Freeze {
            session: s(),
            on: true,
        },
        ClientMsg::Presence {
            away: true,
            idle: true,
        },
    ]);
    all
}

/// Reads `ws` until `until` says stop (within 10 s), returning what came before.
async fn read_until(ws: &mut Ws, until: impl Fn(&ServerMsg) -> bool) -> Vec<ServerMsg> {
    let mut seen = Vec::new();
    loop {
        let msg = ws.next_any().await.expect("socket open");
        if until(&msg) {
            return seen;
        }
        seen.push(msg);
    }
}

#[actix_web::test]
async fn no_message_of_another_organisation_or_session_touches_a_session() {
    use app::auth::UserRole;
    use app::auth::server::{AccountInput, OrgChoice, create_account};
    use app::ssr_ctx::Clock;
    let srv = start().await;
    let mut tech = setup_org(&srv, "tess@acme.test").await;
    let mut console = tech.ws_binary(&srv, Role::Technician).await.unwrap();
    console.hello().await;
    let colleague = console.user();
    let invite = new_session(&srv, &mut tech, "pin").await;
    let id = invite.session.clone();
    let mut page = waiting_customer(&srv, &invite).await;
    assert_eq!(console.ask(1, &id, Intent::Start).await, Ok(()));
    page.until_state(&id, SessionState::Active).await;

    // The intruders: a technician of another organisation, another session's customer.
    create_account(
        &srv.ctx.db,
        OrgChoice::New("Other Org".into()),
        AccountInput {
            name: "Eve".into(),
            email: "eve@other.test".into(),
            password: PASSWORD.into(),
            role: UserRole::MasterAdmin,
        },
        srv.clock.now_ms(),
    )
    .await
    .unwrap();
    let eve = sign_in(&srv, "eve@other.test").await;
    let mut eve_ws = eve.ws(&srv, Role::Technician).await.unwrap();
    eve_ws.hello().await;
    let other = new_session(&srv, &mut tech, "pin").await;
    let mut mallory = Browser::default();
    mallory.redeem_pin(&srv, &other.secret).await.unwrap();
    let mut mallory_ws = mallory.ws(&srv, Role::Customer).await.unwrap();
    mallory_ws.hello().await;

    for (who, ws) in [
        ("another organisation", &mut eve_ws),
        ("another session's customer", &mut mallory_ws),
    ] {
        let messages = every_message(&id, &colleague);
        for msg in &messages {
            ws.send(msg).await;
        }
        // A last command, answered: the hub has handled everything before it.
        ws.act(1999, &id, Intent::End).await;
        let answers = read_until(ws, |m| matches!(m, ServerMsg::Refused { id, .. } | ServerMsg::Done { id } if *id == CmdId(1999))).await;
        for answer in &answers {
            match answer {
                ServerMsg::Refused { error, .. } => assert!(
                    matches!(
                        error,
                        AppError::NotFound | AppError::Forbidden | AppError::NotJoined
                    ),
                    "{who}: {answer:?}"
                ),
                ServerMsg::Done { .. } => {
                    panic!("{who}: a command on another's session was done: {answer:?}")
                }
                ServerMsg::ChatLog { session, .. }
                | ServerMsg::Board { session, .. }
                | ServerMsg::Peer { session, .. }
                | ServerMsg::Chat { session, .. } => {
                    assert_ne!(*session, id, "{who} read the session: {answer:?}")
                }
                ServerMsg::Session { session } => assert_ne!(session.id, id, "{who}: {answer:?}"),
                ServerMsg::Rtc { session, .. } | ServerMsg::Log { session, .. } => {
                    assert_ne!(*session, id, "{who}: {answer:?}")
                }
                _ => {}
            }
        }
        let refused = answers
            .iter()
            .filter(|m| matches!(m, ServerMsg::Refused { .. }))
            .count();
        assert_eq!(
            refused, 9,
            "{who}: every command and chat answered with a refusal: {answers:?}"
        );
    }

    // Nothing of it reached the session: the next thing either side sees is the
    // customer's own chat.
    assert_eq!(
        page.ask_chat(1, &id, "cust00000009", text("still mine"))
            .await,
        Ok(())
    );
    let page_saw: Vec<ServerMsg> = page.backlog.drain(..).collect();
    assert!(
        page_saw.iter().all(
            |m| matches!(m, ServerMsg::Chat { message, .. } if message.id.0 == "cust00000009")
        ),
        "the customer saw: {page_saw:?}"
    );
    let before = read_until(
        &mut console,
        |m| matches!(m, ServerMsg::Chat { message, .. } if message.id.0 == "cust00000009"),
    )
    .await;
    // (Its other sessions may change meanwhile; the customer's chat is logged.)
    let touched: Vec<_> = before
        .iter()
        .filter(|m| match m {
            ServerMsg::Session { session } => session.id == id,
            ServerMsg::Log { session, entry } => {
                *session == id && entry.detail.as_deref() != Some("still mine")
            }
            ServerMsg::Rtc { session, .. }
            | ServerMsg::Peer { session, .. }
            | ServerMsg::Board { session, .. }
            | ServerMsg::Chat { session, .. }
            | ServerMsg::ChatLog { session, .. } => *session == id,
            _ => false,
        })
        .collect();
    assert!(touched.is_empty(), "the technician saw: {touched:?}");
    let log = page.chat_log(&id).await;
    assert_eq!(log.len(), 1, "{log:?}");
    // And the session is as it was.
    assert_eq!(console.ask(2, &id, Intent::Hold).await, Ok(()));
}
