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
use app::protocol::{ClientMsg, Intent, MAX_FRAME_BYTES, Role};
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
