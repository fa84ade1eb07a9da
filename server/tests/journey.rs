//! Server integration tests: the real server on 127.0.0.1:0 with a temporary SQLite
//! database, driven over HTTP (server functions) and websockets as the browser does.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod support;

use support::*;

use std::sync::Arc;
use std::time::Duration;

use actix_web::web;
use awc::ws::Message;
use futures::SinkExt;

use app::auth::UserRole;
use app::auth::server::{AccountInput, OrgChoice, create_account};
use app::chat::{ChatAuthor, ChatBody, ChatId};
use app::error::AppError;
use app::ids::{CmdId, SessionId, UserId};
use app::presence::Presence;
use app::protocol::{
    ClientMsg, ClientReport, Intent, PROTOCOL_VERSION, Participant, Role, RtcSignal, ServerMsg,
};
use app::session::repo as sessions;
use app::session::{IssuedInvite, Live, SeatId, SessionState, SessionView};
use app::snapshot::SnapshotInfo;
use app::ssr_ctx::Clock;
use app::throttle::Policy;
use app::whiteboard::{Board, Op, P, PeerMsg, Shape, ShapeId, Style};

#[actix_web::test]
async fn full_journey_by_pin_and_by_link() {
    let srv = start().await;
    let mut tech = setup_org(&srv, "tess@acme.test").await;

    // A second setup is refused: there is an organisation now.
    let again = Browser::default()
        .call::<()>(
            &srv,
            "setup",
            &[
                ("org_name", "X"),
                ("name", "X"),
                ("email", "x@x.test"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(again, Err(AppError::SetupDone));

    let mut console = tech.ws(&srv, Role::Technician).await.unwrap();
    assert!(matches!(
        console.hello().await,
        Participant::Technician { .. }
    ));
    assert!(
        matches!(console.expect().await, ServerMsg::Sessions { sessions } if sessions.is_empty())
    );

    for method in ["pin", "link"] {
        let invite = new_session(&srv, &mut tech, method).await;
        let id = invite.session.clone();
        console.until_state(&id, SessionState::Connecting).await;

        // The customer redeems the PIN or link and opens the session page.
        let mut customer = Browser::default();
        match method {
            "pin" => {
                assert_eq!(invite.secret.len(), 6);
                customer.redeem_pin(&srv, &invite.secret).await.unwrap();
            }
            _ => {
                assert!(invite.secret.starts_with(&srv.base), "{}", invite.secret);
                customer
                    .redeem_link(&srv, token_of(&invite.secret))
                    .await
                    .unwrap();
            }
        }
        let info: app::invite::CustomerInfo =
            customer.call(&srv, "get_customer_info", &[]).await.unwrap();
        assert_eq!(
            (info.session.clone(), info.state),
            (id.clone(), SessionState::Connecting)
        );
        assert_eq!(info.org_name, "Acme Support");

        let mut page = customer.ws_binary(&srv, Role::Customer).await.unwrap();
        assert_eq!(
            page.hello().await,
            Participant::Customer {
                session: id.clone()
            }
        );
        match page.expect().await {
            ServerMsg::Session { session } => {
                assert_eq!(session.state, SessionState::Connecting);
                assert!(
                    session.fields.iter().all(String::is_empty),
                    "customers never see custom fields"
                );
            }
            other => panic!("{other:?}"),
        }

        // Start before the customer accepted the terms is refused.
        assert_eq!(
            console.ask(1, &id, Intent::Start).await,
            Err(AppError::NotAllowedNow)
        );

        page.report(1, &id, ClientReport::MediaGranted).await;
        assert_eq!(page.ask(1, &id, Intent::AcceptTerms).await, Ok(()));
        console.until_state(&id, SessionState::Waiting).await;

        // No signalling is relayed before Start.
        page.signal(
            &id,
            RtcSignal::Offer {
                call: 1,
                sdp: "early".into(),
            },
        )
        .await;
        // The hub has handled it once it answers the next message of the same socket (two
        // sockets' messages reach it in no particular order).
        page.chat_log(&id).await;

        assert_eq!(console.ask(2, &id, Intent::Start).await, Ok(()));
        page.until_state(&id, SessionState::Active).await;

        // Signalling is relayed unchanged, stamped with the sender's role.
        let offer = RtcSignal::Offer {
            call: 1,
            sdp: "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\n".into(),
        };
        page.signal(&id, offer.clone()).await;
        loop {
            match console.expect().await {
                ServerMsg::Rtc { session, from, sig } => {
                    assert_eq!(
                        (session, from, sig),
                        (id.clone(), Role::Customer, offer.clone())
                    );
                    break;
                }
                ServerMsg::Session { .. } | ServerMsg::Done { .. } => continue,
                other => panic!("{other:?}"),
            }
        }
        let answer = RtcSignal::Answer {
            call: 1,
            sdp: "v=0 answer".into(),
        };
        console.signal(&id, answer.clone()).await;
        assert_eq!(
            page.expect().await,
            ServerMsg::Rtc {
                session: id.clone(),
                from: Role::Technician,
                sig: answer
            }
        );

        assert_eq!(console.ask(3, &id, Intent::End).await, Ok(()));
        page.until_state(&id, SessionState::ClosedByTechnician)
            .await;

        // The session log has the whole story, in order.
        let log = sessions::events(&srv.ctx.db, &id).await.unwrap();
        let kinds: Vec<_> = log.iter().map(|e| e.kind.as_str()).collect();
        let issued = if method == "pin" {
            "pin-issued"
        } else {
            "link-issued"
        };
        assert_eq!(
            kinds,
            [
                "created",
                issued,
                "customer-opened",
                "media-granted",
                "transition",
                "transition",
                "transition"
            ]
        );
        let transitions: Vec<_> = log
            .iter()
            .filter(|e| e.kind == "transition")
            .map(|e| (e.from.clone().unwrap(), e.to.clone().unwrap()))
            .collect();
        assert_eq!(
            transitions,
            [
                ("connecting".into(), "waiting".into()),
                ("waiting".into(), "active".into()),
                ("active".into(), "closed_by_technician".into())
            ]
        );
        // A closed session refuses further acts.
        assert_eq!(
            page.ask(2, &id, Intent::End).await,
            Err(AppError::NotAllowedNow)
        );
    }
}

#[actix_web::test]
async fn customer_can_leave_while_waiting() {
    let srv = start().await;
    let mut tech = setup_org(&srv, "tess@acme.test").await;
    let mut console = tech.ws(&srv, Role::Technician).await.unwrap();
    console.hello().await;
    let invite = new_session(&srv, &mut tech, "pin").await;
    let id = invite.session.clone();
    let mut page = waiting_customer(&srv, &invite).await;
    assert_eq!(page.ask(2, &id, Intent::End).await, Ok(()));
    console
        .until_state(&id, SessionState::ClosedByWaitingCustomer)
        .await;

    // Dismiss removes it from the technician's list, and only closed sessions can go.
    console.act(9, &id, Intent::Dismiss).await;
    loop {
        match console.expect().await {
            ServerMsg::Removed { session } => {
                assert_eq!(session, id);
                break;
            }
            ServerMsg::Refused { error, .. } => panic!("{error:?}"),
            _ => continue,
        }
    }
}

#[actix_web::test]
async fn pins_and_links_are_single_use_and_expire() {
    let srv = start().await;
    let mut tech = setup_org(&srv, "tess@acme.test").await;

    // Wrong PIN.
    let mut stranger = Browser::default();
    assert_eq!(
        stranger.redeem_pin(&srv, "000000").await,
        Err(AppError::PinInvalid)
    );
    assert_eq!(
        stranger.redeem_pin(&srv, "12ab").await,
        Err(AppError::PinInvalid)
    );

    // Used PIN (a PIN has no QR code: it is read out or typed).
    let invite = new_session(&srv, &mut tech, "pin").await;
    assert_eq!(invite.qr_svg, None);
    let mut first = Browser::default();
    first.redeem_pin(&srv, &invite.secret).await.unwrap();
    // The same device may open it again (a reload); another may not.
    first.redeem_pin(&srv, &invite.secret).await.unwrap();
    assert_eq!(
        Browser::default().redeem_pin(&srv, &invite.secret).await,
        Err(AppError::PinUsed)
    );

    // Expired PIN: ten minutes by default.
    let invite = new_session(&srv, &mut tech, "pin").await;
    srv.clock.advance(Duration::from_secs(10 * 60 + 1));
    assert_eq!(
        Browser::default().redeem_pin(&srv, &invite.secret).await,
        Err(AppError::PinExpired)
    );

    // Reused link.
    let invite = new_session(&srv, &mut tech, "link").await;
    // It comes with its QR code (an inline SVG element; the browser test scans it).
    let qr = invite.qr_svg.as_deref().unwrap_or_default();
    assert!(qr.starts_with("<svg") && qr.ends_with("</svg>") && qr.contains("<path"));
    let token = token_of(&invite.secret).to_owned();
    let mut phone = Browser::default();
    phone.redeem_link(&srv, &token).await.unwrap();
    phone.redeem_link(&srv, &token).await.unwrap();
    assert_eq!(
        Browser::default().redeem_link(&srv, &token).await,
        Err(AppError::LinkUsed)
    );
    // A forged or truncated token.
    assert_eq!(
        Browser::default().redeem_link(&srv, &token[..40]).await,
        Err(AppError::LinkInvalid)
    );

    // Expired link.
    let invite = new_session(&srv, &mut tech, "link").await;
    srv.clock.advance(Duration::from_secs(11 * 60));
    assert_eq!(
        Browser::default()
            .redeem_link(&srv, token_of(&invite.secret))
            .await,
        Err(AppError::LinkExpired)
    );

    // A PIN of a session the technician already ended.
    let invite = new_session(&srv, &mut tech, "pin").await;
    let mut console = tech.ws(&srv, Role::Technician).await.unwrap();
    console.hello().await;
    assert_eq!(console.ask(1, &invite.session, Intent::End).await, Ok(()));
    assert_eq!(
        Browser::default().redeem_pin(&srv, &invite.secret).await,
        Err(AppError::SessionClosed)
    );
}

/// A wrong PIN sent with `X-Forwarded-For: forwarded`: the refusal.
async fn guess_pin_via(srv: &TestServer, forwarded: &str) -> AppError {
    let mut res = awc::Client::new()
        .post(format!("{}/fn/redeem_pin", srv.base))
        .insert_header(("X-Forwarded-For", forwarded))
        .send_form(&[("pin", "000000")])
        .await
        .unwrap();
    let status = res.status();
    let body = res.body().await.unwrap();
    let error: AppError = serde_json::from_slice(&body).unwrap();
    // A refusal is a client error with its own status, never 500.
    assert_eq!(status.as_u16(), error.http_status(), "{error:?}");
    assert!(status.is_client_error(), "{status} {error:?}");
    if matches!(error, AppError::RateLimited { .. }) {
        assert!(res.headers().contains_key("retry-after"));
    }
    error
}

/// Behind trusted proxies the throttle counts the address the last of them saw: a client
/// that writes its own `X-Forwarded-For` entries gets no more PIN guesses, and one that
/// steps through its IPv6 /64 is one client; another client behind the proxy is not held
/// up; without trusted proxies the header means nothing.
#[actix_web::test]
async fn forged_forwarded_for_gets_no_more_pin_guesses() {
    let policy = Policy {
        free: 2,
        base_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(1),
        block_after: Some(3),
        window: Duration::from_secs(900),
    };
    let limited = |e: &AppError| matches!(e, AppError::RateLimited { .. });
    // The test connects from 127.0.0.1, which plays the proxy: it appends what it saw.
    let srv = start_with_args(policy, &["--trusted-proxies", "127.0.0.1, 10.0.0.0/8"]).await;
    let mut seen = vec![];
    for i in 0..6 {
        seen.push(guess_pin_via(&srv, &format!("203.0.113.{i}, 198.51.100.7, 10.1.1.1")).await);
    }
    assert!(
        seen[..3].iter().all(|e| *e == AppError::PinInvalid),
        "{seen:?}"
    );
    assert!(seen[3..].iter().all(limited), "{seen:?}");
    assert_eq!(
        guess_pin_via(&srv, "198.51.100.8").await,
        AppError::PinInvalid
    );
    let mut seen = vec![];
    for i in 0..5 {
        seen.push(guess_pin_via(&srv, &format!("2001:db8:1:2::{i:x}")).await);
    }
    assert!(
        seen[3..].iter().all(limited),
        "one /64 is one client: {seen:?}"
    );
    assert_eq!(
        guess_pin_via(&srv, "2001:db8:1:3::1").await,
        AppError::PinInvalid
    );

    // Without trusted proxies everyone here is the peer, 127.0.0.1, whatever they write.
    let srv = start_with(policy).await;
    let mut seen = vec![];
    for i in 0..5 {
        seen.push(guess_pin_via(&srv, &format!("198.51.100.{i}")).await);
    }
    assert!(seen[3..].iter().all(limited), "{seen:?}");
}

/// PIN attempts from every address together are budgeted (beyond it, one a second for
/// everyone, and the administrators are told); every throttle's counters survive a restart.
#[actix_web::test]
async fn the_pin_budget_of_all_addresses_and_the_throttles_survive_a_restart() {
    let tune = |s: &mut app::ssr_ctx::Settings| {
        s.pin_policy = Policy {
            free: 2,
            base_delay: Duration::from_millis(1),
            max_delay: Duration::from_millis(1),
            block_after: Some(3),
            window: Duration::from_secs(900),
        };
        s.pin_budget = app::throttle::BudgetPolicy {
            free: 6,
            window: Duration::from_secs(900),
            interval: Duration::from_secs(1),
        };
    };
    let args = ["--trusted-proxies", "127.0.0.1"];
    let srv = start_tuned(&args, &tune).await;
    let mut tech = setup_org(&srv, "tess@acme.test").await;
    let limited = |e: &AppError| matches!(e, AppError::RateLimited { .. });
    let alerts = |srv: &TestServer| {
        let db = srv.ctx.db.clone();
        async move {
            let (n,): (i64,) =
                sqlx::query_as("SELECT COUNT(*) FROM audit WHERE kind = 'pin-guessing'")
                    .fetch_one(&db)
                    .await
                    .unwrap();
            n
        }
    };

    // One address: three guesses, then refused (its refusals spend no budget).
    for _ in 0..3 {
        assert_eq!(
            guess_pin_via(&srv, "198.51.100.1").await,
            AppError::PinInvalid
        );
    }
    assert!(limited(&guess_pin_via(&srv, "198.51.100.1").await));
    // Three more addresses fill the budget of six; the next is let through and the
    // administrators are told; then one a second for everyone.
    for i in 2..=4 {
        assert_eq!(
            guess_pin_via(&srv, &format!("198.51.100.{i}")).await,
            AppError::PinInvalid
        );
    }
    assert_eq!(alerts(&srv).await, 0);
    assert_eq!(
        guess_pin_via(&srv, "198.51.100.5").await,
        AppError::PinInvalid
    );
    assert_eq!(alerts(&srv).await, 1);
    assert!(limited(&guess_pin_via(&srv, "198.51.100.6").await));
    srv.clock.advance(Duration::from_secs(1));
    assert_eq!(
        guess_pin_via(&srv, "198.51.100.6").await,
        AppError::PinInvalid
    );
    assert!(limited(&guess_pin_via(&srv, "198.51.100.7").await));
    // Links are not PINs: they still open at once.
    let invite = new_session(&srv, &mut tech, "link").await;
    let mut customer = Browser::default();
    assert_eq!(
        customer.redeem_link(&srv, token_of(&invite.secret)).await,
        Ok(())
    );

    // The counters reach the database within a few seconds, and a restart reads them back.
    let db = srv.ctx.db.clone();
    let mut kept = 0;
    for _ in 0..50 {
        let (n,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM throttle_counts WHERE (throttle = 'pin-all' AND count = 8) \
             OR (throttle = 'invite-ip' AND key = '198.51.100.1' AND count = 3)",
        )
        .fetch_one(&db)
        .await
        .unwrap();
        kept = n;
        if kept == 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(kept, 2, "the PIN budget and the blocked address are kept");
    srv.clock.advance(Duration::from_secs(1));
    let srv = srv.restart_tuned(&args, &tune).await;
    assert!(
        limited(&guess_pin_via(&srv, "198.51.100.1").await),
        "the blocked address is still blocked"
    );
    // Still over the budget: one a second.
    assert_eq!(
        guess_pin_via(&srv, "198.51.100.8").await,
        AppError::PinInvalid
    );
    assert!(limited(&guess_pin_via(&srv, "198.51.100.9").await));
}

#[actix_web::test]
async fn wrong_pins_are_slowed_then_refused() {
    // Production's shape (some free, then slowed, then refused), with short delays.
    let srv = start_with(Policy {
        free: 3,
        base_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(2),
        block_after: Some(6),
        window: Duration::from_secs(900),
    })
    .await;
    let mut guesser = Browser::default();
    let mut results = vec![];
    for i in 0..8 {
        results.push(
            guesser
                .redeem_pin(&srv, &format!("{:06}", 111_111 * (i % 9)))
                .await,
        );
    }
    // The test policy: 6 attempts let through (3 of them slowed), then refused.
    assert!(
        results[..6].iter().all(|r| *r == Err(AppError::PinInvalid)),
        "{results:?}"
    );
    assert!(
        results[6..].iter().all(|r| matches!(r, Err(AppError::RateLimited { retry_after_secs }) if *retry_after_secs > 800)),
        "{results:?}"
    );
    // After the window, the address may try again.
    srv.clock.advance(Duration::from_secs(15 * 60));
    assert_eq!(
        guesser.redeem_pin(&srv, "123456").await,
        Err(AppError::PinInvalid)
    );
}

#[actix_web::test]
async fn sign_in_errors_and_sign_out() {
    let srv = start().await;
    setup_org(&srv, "tess@acme.test").await;
    let mut b = Browser::default();
    assert_eq!(
        b.call::<()>(
            &srv,
            "sign_in",
            &[("email", "tess@acme.test"), ("password", "wrong password")]
        )
        .await,
        Err(AppError::BadCredentials)
    );
    assert_eq!(
        b.call::<()>(
            &srv,
            "sign_in",
            &[("email", "nobody@acme.test"), ("password", PASSWORD)]
        )
        .await,
        Err(AppError::BadCredentials)
    );
    // Email is case-insensitive.
    let mut tech = Browser::default();
    tech.call::<()>(
        &srv,
        "sign_in",
        &[("email", " Tess@ACME.test "), ("password", PASSWORD)],
    )
    .await
    .unwrap();
    let me: Option<app::auth::Me> = tech.call(&srv, "current_user", &[]).await.unwrap();
    assert_eq!(me.map(|m| m.role), Some(UserRole::MasterAdmin));

    // Signing out closes the console's websocket and ends the sign-in.
    let mut console = tech.ws(&srv, Role::Technician).await.unwrap();
    console.hello().await;
    let cookie_before = tech.clone();
    tech.call::<()>(&srv, "sign_out", &[]).await.unwrap();
    loop {
        match console.next().await {
            Some(ServerMsg::Goodbye { error }) => {
                assert_eq!(error, AppError::Unauthenticated);
                break;
            }
            Some(_) => continue,
            None => panic!("closed without goodbye"),
        }
    }
    let me: Option<app::auth::Me> = cookie_before
        .clone()
        .call(&srv, "current_user", &[])
        .await
        .unwrap();
    assert_eq!(me, None, "the old cookie no longer signs in");
    assert_eq!(
        cookie_before.ws(&srv, Role::Technician).await.err(),
        Some(401)
    );
    assert_eq!(
        cookie_before
            .clone()
            .call::<IssuedInvite>(
                &srv,
                "create_session",
                &[
                    ("customer_name", ""),
                    ("field1", ""),
                    ("field2", ""),
                    ("method", "pin")
                ]
            )
            .await,
        Err(AppError::Unauthenticated)
    );
}

/// Eve, a signed-in technician of a second organisation on the same installation.
async fn other_org_technician(srv: &TestServer) -> Browser {
    let input = AccountInput {
        name: "Eve".into(),
        email: "eve@other.test".into(),
        password: PASSWORD.into(),
        role: UserRole::Technician,
    };
    create_account(
        &srv.ctx.db,
        OrgChoice::New("Other Org".into()),
        input,
        srv.clock.now_ms(),
    )
    .await
    .unwrap();
    sign_in(srv, "eve@other.test").await
}

#[actix_web::test]
async fn another_organisation_cannot_touch_a_session() {
    let srv = start().await;
    let mut tess = setup_org(&srv, "tess@acme.test").await;
    let mut eve = other_org_technician(&srv).await;

    let invite = new_session(&srv, &mut tess, "pin").await;
    let id = invite.session.clone();
    let mut page = waiting_customer(&srv, &invite).await;

    // Eve cannot see, start, end, or signal into it, nor issue invites for it.
    let mut evil = eve.ws(&srv, Role::Technician).await.unwrap();
    evil.hello().await;
    match evil.expect().await {
        ServerMsg::Sessions { sessions } => assert!(sessions.is_empty()),
        other => panic!("{other:?}"),
    }
    for (n, act) in [(1, Intent::Start), (2, Intent::End), (3, Intent::Dismiss)] {
        evil.act(n, &id, act).await;
        assert_eq!(evil.answer(n).await, Err(AppError::NotFound));
    }
    assert_eq!(
        eve.call::<IssuedInvite>(
            &srv,
            "issue_invite",
            &[("session", id.as_str()), ("method", "pin")]
        )
        .await,
        Err(AppError::NotFound)
    );

    // Tess starts; Eve's signalling for the session goes nowhere.
    let mut console = tess.ws(&srv, Role::Technician).await.unwrap();
    console.hello().await;
    console.act(1, &id, Intent::Start).await;
    console.answer(1).await.unwrap();
    evil.signal(
        &id,
        RtcSignal::Answer {
            call: 1,
            sdp: "forged".into(),
        },
    )
    .await;
    page.until_state(&id, SessionState::Active).await;
    // The next thing the customer receives is Tess's real answer, not Eve's.
    console
        .signal(
            &id,
            RtcSignal::Answer {
                call: 1,
                sdp: "real".into(),
            },
        )
        .await;
    assert_eq!(
        page.expect().await,
        ServerMsg::Rtc {
            session: id.clone(),
            from: Role::Technician,
            sig: RtcSignal::Answer {
                call: 1,
                sdp: "real".into()
            }
        }
    );

    // A customer of another session cannot act on this one either.
    let other = new_session(&srv, &mut tess, "pin").await;
    let mut other_customer = Browser::default();
    other_customer
        .redeem_pin(&srv, &other.secret)
        .await
        .unwrap();
    let mut other_page = other_customer.ws(&srv, Role::Customer).await.unwrap();
    other_page.hello().await;
    assert_eq!(
        other_page.ask(5, &id, Intent::End).await,
        Err(AppError::NotFound)
    );
}

#[actix_web::test]
async fn websocket_rules() {
    let srv = start().await;
    let tech = setup_org(&srv, "tess@acme.test").await;

    // No cookie, no socket.
    assert_eq!(
        Browser::default().ws(&srv, Role::Technician).await.err(),
        Some(401)
    );
    assert_eq!(
        Browser::default().ws(&srv, Role::Customer).await.err(),
        Some(401)
    );

    // A foreign page may not open a socket with the technician's cookie.
    let url = format!("{}/ws?role=technician", srv.base.replace("http", "ws"));
    let foreign = awc::Client::new()
        .ws(url)
        .origin("https://evil.example")
        .set_header("Cookie", tech.cookie_header())
        .connect()
        .await;
    assert!(
        matches!(foreign, Err(awc::error::WsClientError::InvalidResponseStatus(s)) if s == 403)
    );

    // Another protocol version gets a goodbye.
    let mut ws = tech.ws(&srv, Role::Technician).await.unwrap();
    ws.send(&ClientMsg::Hello {
        version: PROTOCOL_VERSION + 1,
        resume: None,
    })
    .await;
    assert_eq!(
        ws.next().await,
        Some(ServerMsg::Goodbye {
            error: AppError::VersionMismatch
        })
    );

    // Anything but hello first closes the socket.
    let mut ws = tech.ws(&srv, Role::Technician).await.unwrap();
    ws.send(&ClientMsg::Pong).await;
    assert_eq!(ws.next().await, None);

    // A malformed message closes the socket.
    let mut ws = tech.ws(&srv, Role::Technician).await.unwrap();
    ws.hello().await;
    ws.send_raw(r#"{"t":"act","id":1}"#).await;
    let mut closed = false;
    for _ in 0..5 {
        if ws.next().await.is_none() {
            closed = true;
            break;
        }
    }
    assert!(closed);

    // So does a malformed binary one, and a binary hello gets binary answers.
    let mut ws = tech.ws_binary(&srv, Role::Technician).await.unwrap();
    let (me, _, _) = ws.hello_with(None).await;
    assert!(matches!(me, Participant::Technician { .. }));
    ws.framed
        .send(Message::Binary(vec![0xff, 0x01].into()))
        .await
        .unwrap();
    let mut closed = false;
    for _ in 0..5 {
        if ws.next().await.is_none() {
            closed = true;
            break;
        }
    }
    assert!(closed, "a malformed binary frame closes the socket");

    // An oversized frame closes the socket.
    let mut ws = tech.ws(&srv, Role::Technician).await.unwrap();
    ws.hello().await;
    let huge = format!(
        r#"{{"t":"report","session":"X","event":"{}"}}"#,
        "x".repeat(70_000)
    );
    ws.send_raw(&huge).await;
    let mut closed = false;
    for _ in 0..5 {
        if ws.next().await.is_none() {
            closed = true;
            break;
        }
    }
    assert!(closed);
}

/// A second technician of the first organisation, signed in.
async fn colleague(srv: &TestServer, name: &str, email: &str) -> Browser {
    let org = app::auth::repo::single_org(&srv.ctx.db)
        .await
        .unwrap()
        .unwrap();
    let input = AccountInput {
        name: name.into(),
        email: email.into(),
        password: PASSWORD.into(),
        role: UserRole::Technician,
    };
    create_account(
        &srv.ctx.db,
        OrgChoice::Existing(org),
        input,
        srv.clock.now_ms(),
    )
    .await
    .unwrap();
    sign_in(srv, email).await
}

/// A session whose customer has accepted the terms: (invite, customer page).
async fn waiting_session(
    srv: &TestServer,
    tech: &mut Browser,
    console: &mut Ws,
) -> (IssuedInvite, Ws) {
    let invite = new_session(srv, tech, "pin").await;
    console
        .until_state(&invite.session, SessionState::Connecting)
        .await;
    let page = waiting_customer(srv, &invite).await;
    console
        .until_state(&invite.session, SessionState::Waiting)
        .await;
    (invite, page)
}

#[actix_web::test]
async fn hold_resume_and_the_active_session_limit() {
    let srv = start().await;
    let mut tech = setup_org(&srv, "tess@acme.test").await;
    let mut console = tech.ws(&srv, Role::Technician).await.unwrap();
    console.hello().await;
    let (a, mut page_a) = waiting_session(&srv, &mut tech, &mut console).await;
    let (b, _page_b) = waiting_session(&srv, &mut tech, &mut console).await;

    assert_eq!(console.ask(1, &a.session, Intent::Start).await, Ok(()));
    // One active session by default: B cannot start while A runs.
    assert_eq!(
        console.ask(2, &b.session, Intent::Start).await,
        Err(AppError::ActiveLimit { max: 1 })
    );

    // Hold pauses A (the customer's page is told); held sessions do not count.
    assert_eq!(console.ask(3, &a.session, Intent::Hold).await, Ok(()));
    page_a.until_state(&a.session, SessionState::OnHold).await;
    assert_eq!(console.ask(4, &b.session, Intent::Start).await, Ok(()));
    // Now A cannot resume until B ends.
    assert_eq!(
        console.ask(5, &a.session, Intent::Start).await,
        Err(AppError::ActiveLimit { max: 1 })
    );
    assert_eq!(console.ask(6, &b.session, Intent::End).await, Ok(()));
    assert_eq!(console.ask(7, &a.session, Intent::Start).await, Ok(()));
    page_a.until_state(&a.session, SessionState::Active).await;
    // Hold is only for active sessions.
    assert_eq!(
        console.ask(8, &b.session, Intent::Hold).await,
        Err(AppError::NotAllowedNow)
    );

    // A higher group limit allows two at once.
    let me = console.user();
    app::group::repo::set_max_active_for_user(&srv.ctx.db, &me, 2)
        .await
        .unwrap();
    let mut tech2 = tech.clone();
    let mut console2 = tech2.ws(&srv, Role::Technician).await.unwrap();
    console2.hello().await;
    let (c, _page_c) = waiting_session(&srv, &mut tech2, &mut console2).await;
    assert_eq!(
        console2.ask(1, &c.session, Intent::Start).await,
        Ok(()),
        "the new limit applies from the next console"
    );
    // The first console, opened before the change, still has the old limit in its view of
    // things, but the server decides: a third session is refused at 2.
    let (d, _page_d) = waiting_session(&srv, &mut tech2, &mut console2).await;
    assert_eq!(
        console2.ask(2, &d.session, Intent::Start).await,
        Err(AppError::ActiveLimit { max: 2 })
    );
}

/// The signalling a browser pushed for `session`: who sent it, and what.
async fn next_signal(ws: &mut Ws, session: &SessionId) -> (Role, RtcSignal) {
    ws.first("signalling", |m| match m {
        ServerMsg::Rtc {
            session: s,
            from,
            sig,
        } if s == *session => Some((from, sig)),
        _ => None,
    })
    .await
}

#[actix_web::test]
async fn the_owner_prepares_the_call_while_the_customer_waits() {
    let srv = start().await;
    let mut tess = setup_org(&srv, "tess@acme.test").await;
    let tom = colleague(&srv, "Tom Tech", "tom@acme.test").await;
    let mut tab_a = tess.ws(&srv, Role::Technician).await.unwrap();
    let seat_a = tab_a.hello_with(None).await.1;
    let mut tab_b = tess.ws(&srv, Role::Technician).await.unwrap();
    let seat_b = tab_b.hello_with(None).await.1;
    let mut toms = tom.ws(&srv, Role::Technician).await.unwrap();
    let toms_seat = toms.hello_with(None).await.1;
    let (invite, mut page) = waiting_session(&srv, &mut tess, &mut tab_a).await;
    let id = invite.session.clone();
    let prepare = |seat: &SeatId| RtcSignal::Prepare { seat: seat.clone() };

    // Only the owner may prepare, and only for the tab it sends from.
    toms.signal(&id, prepare(&toms_seat)).await;
    assert_eq!(
        toms.ask(1, &id, Intent::Hold).await,
        Err(AppError::Forbidden),
        "Tom's socket has been handled"
    );
    tab_a.signal(&id, prepare(&seat_b)).await;
    tab_a.signal(&id, prepare(&seat_a)).await;
    assert_eq!(
        next_signal(&mut page, &id).await,
        (
            Role::Technician,
            RtcSignal::Prepare {
                seat: seat_a.clone()
            }
        )
    );

    // The prepared call's signalling goes between the customer and that tab only.
    let offer = RtcSignal::Offer {
        call: 5,
        sdp: "v=0 prepared".into(),
    };
    page.signal(&id, offer.clone()).await;
    assert_eq!(next_signal(&mut tab_a, &id).await, (Role::Customer, offer));
    let answer = RtcSignal::Answer {
        call: 5,
        sdp: "v=0 answer".into(),
    };
    tab_b
        .signal(
            &id,
            RtcSignal::Answer {
                call: 5,
                sdp: "from the other tab".into(),
            },
        )
        .await;
    tab_a.signal(&id, answer.clone()).await;
    assert_eq!(
        next_signal(&mut page, &id).await,
        (Role::Technician, answer)
    );

    // Start from that tab makes it the media seat: the call goes on with it, and nobody
    // prepares any more.
    assert_eq!(tab_a.ask(2, &id, Intent::Start).await, Ok(()));
    let live = page.until(&id, |v| v.state == SessionState::Active).await;
    assert_eq!(live.media_seat, Some(seat_a.clone()));
    tab_a.signal(&id, prepare(&seat_a)).await;
    let ice = RtcSignal::Ice {
        call: 5,
        candidate: "candidate:1 1 udp 1 10.0.0.1 9 typ host".into(),
        sdp_mid: Some("0".into()),
        sdp_m_line_index: Some(0),
    };
    tab_a.signal(&id, ice.clone()).await;
    assert_eq!(next_signal(&mut page, &id).await, (Role::Technician, ice));
}

#[actix_web::test]
async fn transfer_accept_and_take_back() {
    let srv = start().await;
    let mut tess = setup_org(&srv, "tess@acme.test").await;
    let tom = colleague(&srv, "Tom Tech", "tom@acme.test").await;
    let mut sender = tess.ws(&srv, Role::Technician).await.unwrap();
    sender.hello().await;
    let mut receiver = tom.ws(&srv, Role::Technician).await.unwrap();
    receiver.hello().await;
    let tom_id = receiver.user();
    let (invite, mut page) = waiting_session(&srv, &mut tess, &mut sender).await;
    let id = invite.session.clone();
    assert_eq!(sender.ask(1, &id, Intent::Start).await, Ok(()));
    let sender_seat = sender
        .until(&id, |v| v.state == SessionState::Active)
        .await
        .media_seat;

    // Transfer with a note: the sender sees it pending, the receiver gets it (Incoming).
    let note = "needs the printer expert".to_owned();
    sender
        .act(
            2,
            &id,
            Intent::Transfer {
                to: tom_id.clone(),
                note: note.clone(),
            },
        )
        .await;
    assert_eq!(sender.answer(2).await, Ok(()));
    let incoming = receiver
        .until(&id, |v| v.state == SessionState::Transferring)
        .await;
    let t = incoming.transfer.clone().unwrap();
    assert_eq!(
        (t.to.clone(), t.note.clone(), t.from_name.clone()),
        (tom_id.clone(), note.clone(), "Tess Tech".into())
    );
    page.until_state(&id, SessionState::Transferring).await;
    // Media stays with the sender until the receiver accepts.
    assert_eq!(incoming.media_seat, sender_seat);

    // The sender takes it back: Active again, and the receiver loses it.
    assert_eq!(sender.ask(3, &id, Intent::TakeBack).await, Ok(()));
    sender
        .until(&id, |v| {
            v.state == SessionState::Active && v.transfer.is_none()
        })
        .await;
    loop {
        match receiver.expect().await {
            ServerMsg::Removed { session } if session == id => break,
            _ => continue,
        }
    }

    // Transfer again; this time the receiver's Start takes it over.
    sender
        .act(
            4,
            &id,
            Intent::Transfer {
                to: tom_id.clone(),
                note: String::new(),
            },
        )
        .await;
    assert_eq!(sender.answer(4).await, Ok(()));
    receiver
        .until(&id, |v| v.state == SessionState::Transferring)
        .await;
    // Nobody but the receiver may accept, and the sender cannot "start" it.
    assert_eq!(
        sender.ask(5, &id, Intent::Start).await,
        Err(AppError::NotAllowedNow)
    );
    assert_eq!(receiver.ask(1, &id, Intent::Start).await, Ok(()));
    let taken = receiver
        .until(&id, |v| v.state == SessionState::Active)
        .await;
    assert_eq!(taken.owner, Some(tom_id));
    assert_ne!(
        taken.media_seat, sender_seat,
        "the media moves to the receiver's console"
    );
    loop {
        match sender.expect().await {
            ServerMsg::Removed { session } if session == id => break,
            _ => continue,
        }
    }
    // The customer's page learns the new media seat, and its signalling now reaches Tom.
    page.until(&id, |v| v.media_seat == taken.media_seat).await;
    let offer = RtcSignal::Offer {
        call: 2,
        sdp: "v=0 to tom".into(),
    };
    page.signal(&id, offer.clone()).await;
    loop {
        match receiver.expect().await {
            ServerMsg::Rtc { sig, from, .. } => {
                assert_eq!((sig, from), (offer.clone(), Role::Customer));
                break;
            }
            _ => continue,
        }
    }
    // The transfers are in the log.
    let log = sessions::events(&srv.ctx.db, &id).await.unwrap();
    let transfers: Vec<_> = log
        .iter()
        .filter(|e| e.to.as_deref() == Some("transferring"))
        .map(|e| e.detail.clone().unwrap_or_default())
        .collect();
    assert_eq!(transfers, [note, String::new()]);
}

#[actix_web::test]
async fn transfers_go_only_to_online_colleagues() {
    let srv = start().await;
    let mut tess = setup_org(&srv, "tess@acme.test").await;
    let tom = colleague(&srv, "Tom Tech", "tom@acme.test").await;
    let mut sender = tess.ws(&srv, Role::Technician).await.unwrap();
    sender.hello().await;
    let (invite, _page) = waiting_session(&srv, &mut tess, &mut sender).await;
    let id = invite.session.clone();
    let tom_id = {
        let me: Option<app::auth::Me> = tom.clone().call(&srv, "current_user", &[]).await.unwrap();
        me.unwrap().user
    };
    // Tom has no console open: Offline.
    sender
        .act(
            1,
            &id,
            Intent::Transfer {
                to: tom_id.clone(),
                note: String::new(),
            },
        )
        .await;
    assert_eq!(sender.answer(1).await, Err(AppError::NotAvailable));
    // Tom opens the console but sets himself Away.
    let mut receiver = tom.ws(&srv, Role::Technician).await.unwrap();
    receiver.hello().await;
    assert_eq!(sender.presence_of("Tom Tech").await, Presence::Online);
    receiver
        .send(&ClientMsg::Presence {
            away: true,
            idle: false,
        })
        .await;
    assert_eq!(sender.presence_of("Tom Tech").await, Presence::Away);
    sender
        .act(
            2,
            &id,
            Intent::Transfer {
                to: tom_id.clone(),
                note: String::new(),
            },
        )
        .await;
    assert_eq!(sender.answer(2).await, Err(AppError::NotAvailable));
    // Back Online: the transfer goes through. Not to oneself, though.
    receiver
        .send(&ClientMsg::Presence {
            away: false,
            idle: false,
        })
        .await;
    assert_eq!(sender.presence_of("Tom Tech").await, Presence::Online);
    let tess_id = sender.user();
    sender
        .act(
            3,
            &id,
            Intent::Transfer {
                to: tess_id,
                note: String::new(),
            },
        )
        .await;
    assert!(matches!(
        sender.answer(3).await,
        Err(AppError::InvalidInput { .. })
    ));
    sender
        .act(
            4,
            &id,
            Intent::Transfer {
                to: tom_id,
                note: "x".repeat(501),
            },
        )
        .await;
    assert!(matches!(
        sender.answer(4).await,
        Err(AppError::InvalidInput { .. })
    ));
}

#[actix_web::test]
async fn timeouts_and_reconnection_follow_the_clock() {
    // No grace is needed: only sessions restored at start wait for their parties.
    let srv = start().await;
    let mut tech = setup_org(&srv, "tess@acme.test").await;
    let mut console = tech.ws(&srv, Role::Technician).await.unwrap();
    console.hello().await;

    // Nobody joins: timed out after the group's 30 minutes.
    let unjoined = new_session(&srv, &mut tech, "pin").await;
    console
        .until_state(&unjoined.session, SessionState::Connecting)
        .await;
    srv.clock.advance(Duration::from_secs(30 * 60));
    console
        .until_state(&unjoined.session, SessionState::TimedOut)
        .await;
    let log = sessions::events(&srv.ctx.db, &unjoined.session)
        .await
        .unwrap();
    assert_eq!(
        log.last().and_then(|e| e.detail.clone()).as_deref(),
        Some("connecting")
    );

    // A call whose customer drops: Reconnecting at once, Offline after 5 minutes, and back
    // to Active when the customer returns.
    let (invite, page) = waiting_session(&srv, &mut tech, &mut console).await;
    let id = invite.session.clone();
    assert_eq!(console.ask(1, &id, Intent::Start).await, Ok(()));
    console.until_state(&id, SessionState::Active).await;
    drop(page);
    console
        .until_state(
            &id,
            SessionState::Reconnecting {
                back_to: Live::Active,
            },
        )
        .await;
    srv.clock.advance(Duration::from_secs(5 * 60));
    console
        .until_state(
            &id,
            SessionState::Offline {
                back_to: Live::Active,
            },
        )
        .await;
    let mut back = Browser::default();
    // The customer's cookie came from redeeming; a new device cannot come back with the PIN.
    assert_eq!(
        back.redeem_pin(&srv, &invite.secret).await,
        Err(AppError::PinUsed)
    );
    let customer = waiting_customer_cookie(&srv, &id).await;
    let mut page = customer.ws(&srv, Role::Customer).await.unwrap();
    page.hello().await;
    console.until_state(&id, SessionState::Active).await;

    // Waiting too long: timed out after the inactivity timeout (60 minutes).
    let (waiting, _p) = waiting_session(&srv, &mut tech, &mut console).await;
    srv.clock.advance(Duration::from_secs(60 * 60));
    console
        .until_state(&waiting.session, SessionState::TimedOut)
        .await;
    // An active call with both sides connected is not inactive.
    assert_eq!(
        sessions::get(&srv.ctx.db, &id)
            .await
            .unwrap()
            .unwrap()
            .state,
        SessionState::Active
    );
    // Timed-out sessions stay listed until dismissed.
    assert_eq!(
        console.ask(9, &waiting.session, Intent::Dismiss).await,
        Ok(())
    );
}

/// A browser holding the customer cookie of session `id` (minted directly: the test plays
/// the customer's own device coming back after a network loss).
async fn waiting_customer_cookie(srv: &TestServer, id: &SessionId) -> Browser {
    let row = sessions::get(&srv.ctx.db, id).await.unwrap().unwrap();
    let token = app::secret::token();
    app::invite::repo::insert_access(
        &srv.ctx.db,
        &app::secret::hash_token(&token),
        id,
        &row.org,
        srv.clock.now_ms(),
    )
    .await
    .unwrap();
    Browser {
        cookies: vec![(app::invite::CUSTOMER_COOKIE.to_owned(), token)],
    }
}

#[actix_web::test]
async fn reports_are_stored_once_and_pushed_to_the_log() {
    let srv = start().await;
    let mut tech = setup_org(&srv, "tess@acme.test").await;
    let mut console = tech.ws(&srv, Role::Technician).await.unwrap();
    console.hello().await;
    let (invite, mut page) = waiting_session(&srv, &mut tech, &mut console).await;
    let id = invite.session.clone();
    // A report resent after a reconnect (same id, same seat) is stored once.
    let resume = page.resume();
    page.report(42, &id, ClientReport::PageHidden).await;
    assert_eq!(page.answer(42).await, Ok(()));
    let customer = waiting_customer_cookie(&srv, &id).await;
    let mut again = customer.ws(&srv, Role::Customer).await.unwrap();
    again.hello_with(Some(resume)).await;
    again.report(42, &id, ClientReport::PageHidden).await;
    assert_eq!(again.answer(42).await, Ok(()));
    again.report(43, &id, ClientReport::PageVisible).await;
    assert_eq!(again.answer(43).await, Ok(()));
    let kinds: Vec<_> = sessions::events(&srv.ctx.db, &id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .filter(|k| k.starts_with("page-"))
        .collect();
    assert_eq!(kinds, ["page-hidden", "page-visible"]);
    // The console got the lines live.
    let mut pushed = vec![];
    while pushed.len() < 2 {
        if let Some(ServerMsg::Log { session, entry }) = console.next_any().await
            && session == id
            && entry.kind.starts_with("page-")
        {
            pushed.push(entry.kind);
        }
    }
    assert_eq!(pushed, ["page-hidden", "page-visible"]);
    // The log panel's server function returns them too, with the technician's name.
    let log: Vec<app::session::LogEntry> = tech
        .call(&srv, "get_session_log", &[("session", id.as_str())])
        .await
        .unwrap();
    assert!(log.iter().any(|e| e.kind == "page-hidden"));
    assert!(log.iter().any(
        |e| matches!(&e.actor, app::session::LogActor::Technician { name } if name == "Tess Tech")
    ));
}

#[actix_web::test]
async fn a_restart_keeps_sessions_states_and_the_media_seat() {
    let srv = start().await;
    let mut tech = setup_org(&srv, "tess@acme.test").await;
    let mut console = tech.ws(&srv, Role::Technician).await.unwrap();
    let (_, seat, resume) = console.hello_with(None).await;
    let (invite, _page) = waiting_session(&srv, &mut tech, &mut console).await;
    let id = invite.session.clone();
    assert_eq!(console.ask(1, &id, Intent::Start).await, Ok(()));
    let held = new_session(&srv, &mut tech, "link").await;

    let srv = srv.restart().await;
    // The console comes back with its resume token: same seat, same sessions, same states.
    let mut console = tech.ws(&srv, Role::Technician).await.unwrap();
    let (_, seat_again, _) = console.hello_with(Some(resume)).await;
    assert_eq!(seat_again, seat);
    match console.expect().await {
        ServerMsg::Sessions { sessions } => {
            let state_of = |sid: &SessionId| {
                sessions
                    .iter()
                    .find(|s| s.id == *sid)
                    .map(|s| (s.state, s.media_seat.clone()))
            };
            assert_eq!(
                state_of(&id),
                Some((SessionState::Active, Some(seat.clone())))
            );
            assert_eq!(
                state_of(&held.session).map(|s| s.0),
                Some(SessionState::Connecting)
            );
        }
        other => panic!("{other:?}"),
    }
    // Within the start-up grace the missing customer does not count yet …
    let customer = waiting_customer_cookie(&srv, &id).await;
    let mut page = customer.ws(&srv, Role::Customer).await.unwrap();
    page.hello().await;
    page.until_state(&id, SessionState::Active).await;
    // … and signalling still reaches the same console window.
    page.signal(
        &id,
        RtcSignal::Offer {
            call: 9,
            sdp: "after restart".into(),
        },
    )
    .await;
    loop {
        match console.expect().await {
            ServerMsg::Rtc {
                sig: RtcSignal::Offer { call, .. },
                ..
            } => {
                assert_eq!(call, 9);
                break;
            }
            _ => continue,
        }
    }
}

#[actix_web::test]
async fn another_organisation_cannot_read_log_history_or_notes() {
    let srv = start().await;
    let mut tess = setup_org(&srv, "tess@acme.test").await;
    let mut eve = other_org_technician(&srv).await;
    let invite = new_session(&srv, &mut tess, "pin").await;
    let sid = invite.session.as_str();
    for (f, args) in [
        ("get_session_log", vec![("session", sid)]),
        ("get_history", vec![("session", sid)]),
        ("save_note", vec![("session", sid), ("note", "mine now")]),
    ] {
        let r = eve.call::<serde_json::Value>(&srv, f, &args).await;
        assert_eq!(r.err(), Some(AppError::NotFound), "{f}");
    }
    // Tess can write and read her note; History lists earlier sessions of the same device.
    tess.call::<()>(
        &srv,
        "save_note",
        &[("session", sid), ("note", "Router model X2")],
    )
    .await
    .unwrap();
    let mut customer = Browser::default();
    customer.redeem_pin(&srv, &invite.secret).await.unwrap();
    customer
        .call::<()>(
            &srv,
            "register_device",
            &[("device", "device-abcdef0123456789")],
        )
        .await
        .unwrap();
    let second = new_session(&srv, &mut tess, "pin").await;
    let mut same_device = Browser::default();
    same_device.redeem_pin(&srv, &second.secret).await.unwrap();
    same_device
        .call::<()>(
            &srv,
            "register_device",
            &[("device", "device-abcdef0123456789")],
        )
        .await
        .unwrap();
    let (note, items): (String, Vec<app::session::HistoryItem>) = tess
        .call(&srv, "get_history", &[("session", second.session.as_str())])
        .await
        .unwrap();
    assert_eq!(note, "");
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].id, invite.session);
    assert_eq!(items[0].note, "Router model X2");
    assert!(items[0].log.iter().any(|e| e.kind == "note-edited"));
    // A malformed device identifier is refused.
    assert!(matches!(
        same_device
            .call::<()>(&srv, "register_device", &[("device", "x")])
            .await,
        Err(AppError::InvalidInput { .. })
    ));
}

#[actix_web::test]
async fn chat_reaches_both_sides_once_and_is_kept_in_the_log() {
    let srv = start().await;
    let mut tech = setup_org(&srv, "tess@acme.test").await;
    let mut console = tech.ws(&srv, Role::Technician).await.unwrap();
    console.hello().await;
    let (invite, mut page) = waiting_session(&srv, &mut tech, &mut console).await;
    let id = invite.session.clone();

    // The customer writes: stored, pushed to the console and echoed to the writer.
    let resume = page.resume();
    assert_eq!(
        page.ask_chat(1, &id, "cust00000001", text("  The router blinks red "))
            .await,
        Ok(())
    );
    let got = console.chat_message(&id).await;
    assert_eq!(got.id, ChatId("cust00000001".into()));
    assert_eq!(got.from, ChatAuthor::Customer);
    assert_eq!(got.body, text("The router blinks red"));
    assert_eq!(page.chat_message(&id).await.id, got.id);

    // The technician answers with text and a link; the customer gets both.
    assert_eq!(
        console
            .ask_chat(1, &id, "tech00000001", text("Unplug it for 10 s"))
            .await,
        Ok(())
    );
    let link = ChatBody::Url {
        url: "https://example.com/router-manual".into(),
    };
    assert_eq!(
        console.ask_chat(2, &id, "tech00000002", link.clone()).await,
        Ok(())
    );
    let first = page.chat_message(&id).await;
    assert_eq!(
        first.from,
        ChatAuthor::Technician {
            name: "Tess Tech".into()
        }
    );
    assert_eq!(page.chat_message(&id).await.body, link);

    // A resend after a reconnect (same message ID) is stored once and answered with the
    // stored copy.
    let customer = waiting_customer_cookie(&srv, &id).await;
    let mut again = customer.ws(&srv, Role::Customer).await.unwrap();
    again.hello_with(Some(resume)).await;
    assert_eq!(
        again
            .ask_chat(9, &id, "cust00000001", text("The router blinks red"))
            .await,
        Ok(())
    );
    let log = again.chat_log(&id).await;
    let ids: Vec<_> = log.iter().map(|m| m.id.0.as_str()).collect();
    assert_eq!(ids, ["cust00000001", "tech00000001", "tech00000002"]);
    assert_eq!(log[0].at, got.at, "the stored copy, not a new one");

    // Refusals: customers do not push links, links must be http(s), text must not be
    // empty, IDs must have their shape.
    let bad = |field: &str| {
        Err(AppError::InvalidInput {
            field: field.into(),
        })
    };
    assert_eq!(
        again.ask_chat(10, &id, "cust00000002", link.clone()).await,
        Err(AppError::Forbidden)
    );
    let script = ChatBody::Url {
        url: "javascript:alert(1)".into(),
    };
    assert_eq!(
        console.ask_chat(3, &id, "tech00000003", script).await,
        bad("chat-url")
    );
    assert_eq!(
        console.ask_chat(4, &id, "tech00000004", text("   ")).await,
        bad("chat-text")
    );
    assert_eq!(
        console
            .ask_chat(5, &id, "no spaces allowed", text("hi"))
            .await,
        bad("chat-id")
    );

    // Another organisation's technician can neither write nor read.
    let eve = other_org_technician(&srv).await;
    let mut eve_console = eve.ws(&srv, Role::Technician).await.unwrap();
    eve_console.hello().await;
    assert_eq!(
        eve_console
            .ask_chat(1, &id, "eve000000001", text("hello"))
            .await,
        Err(AppError::NotFound)
    );
    eve_console
        .send(&ClientMsg::ChatSync {
            session: id.clone(),
        })
        .await;
    // Nothing comes back but the answer to a later command.
    assert_eq!(
        eve_console.ask(2, &id, Intent::End).await,
        Err(AppError::NotFound)
    );
    assert!(
        eve_console
            .backlog
            .iter()
            .all(|m| !matches!(m, ServerMsg::ChatLog { .. }))
    );

    // The messages are session-log lines.
    let kinds: Vec<_> = sessions::events(&srv.ctx.db, &id)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.kind == "chat" || e.kind == "url")
        .map(|e| (e.kind, e.detail.unwrap_or_default()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("chat".to_owned(), "The router blinks red".to_owned()),
            ("chat".to_owned(), "Unplug it for 10 s".to_owned()),
            (
                "url".to_owned(),
                "https://example.com/router-manual".to_owned()
            ),
        ]
    );

    // After the end nothing new is written, but a late resend is still acknowledged.
    assert_eq!(console.ask(6, &id, Intent::End).await, Ok(()));
    assert_eq!(
        console.ask_chat(7, &id, "tech00000005", text("bye")).await,
        Err(AppError::SessionClosed)
    );
    assert_eq!(
        console
            .ask_chat(8, &id, "tech00000001", text("Unplug it for 10 s"))
            .await,
        Ok(())
    );
}

#[actix_web::test]
async fn predefined_replies_are_private_and_travel_as_xml() {
    use app::reply::{Reply, ReplyDraft, ReplyKind};
    use serde_json::json;
    let srv = start().await;
    let mut tess = setup_org(&srv, "tess@acme.test").await;
    let mut bob = colleague(&srv, "Bob", "bob@acme.test").await;
    let greeting: Reply = tess
        .call_json(
            &srv,
            "save_reply",
            json!({"id": null, "draft": {"kind": "text", "title": " Greeting ", "body": "Good morning!"}}),
        )
        .await
        .unwrap();
    assert_eq!(greeting.draft.title, "Greeting");
    let manual: Reply = tess
        .call_json(
            &srv,
            "save_reply",
            json!({"id": null, "draft": {"kind": "url", "title": "Manual", "body": "https://example.com/m?a=1&b=2"}}),
        )
        .await
        .unwrap();
    // A link must be http(s).
    let bad: Result<Reply, _> = tess
        .call_json(
            &srv,
            "save_reply",
            json!({"id": null, "draft": {"kind": "url", "title": "x", "body": "javascript:alert(1)"}}),
        )
        .await;
    assert_eq!(
        bad,
        Err(AppError::InvalidInput {
            field: "reply-body".into()
        })
    );

    // A colleague neither sees, changes nor deletes them.
    let theirs: Vec<Reply> = bob.call(&srv, "list_replies", &[]).await.unwrap();
    assert!(theirs.is_empty());
    let edit: Result<Reply, _> = bob
        .call_json(
            &srv,
            "save_reply",
            json!({"id": greeting.id, "draft": {"kind": "text", "title": "Mine", "body": "now"}}),
        )
        .await;
    assert_eq!(edit, Err(AppError::NotFound));
    let delete: Result<(), _> = bob
        .call(&srv, "delete_reply", &[("id", &greeting.id)])
        .await;
    assert_eq!(delete, Err(AppError::NotFound));
    let anonymous = Browser { cookies: vec![] };
    assert_eq!(anonymous.get(&srv, "/replies.xml").await.0, 401);

    // Export, then import into the colleague's list: the same replies, in order.
    let (status, xml) = tess.get(&srv, "/replies.xml").await;
    assert_eq!(status, 200);
    assert!(xml.contains("urn:sightline:replies:1") && xml.contains("a=1&amp;b=2"));
    let added: usize = bob
        .call_json(&srv, "import_replies", json!({ "xml": xml }))
        .await
        .unwrap();
    assert_eq!(added, 2);
    let imported: Vec<ReplyDraft> = bob
        .call::<Vec<Reply>>(&srv, "list_replies", &[])
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.draft)
        .collect();
    assert_eq!(imported, [greeting.draft.clone(), manual.draft.clone()]);
    assert_eq!(imported[1].kind, ReplyKind::Url);
    // A bad file changes nothing.
    let refused: Result<usize, _> = bob
        .call_json(
            &srv,
            "import_replies",
            json!({ "xml": "<replies><script/></replies>" }),
        )
        .await;
    assert_eq!(
        refused,
        Err(AppError::InvalidInput {
            field: "replies-file".into()
        })
    );
    let still: Vec<Reply> = bob.call(&srv, "list_replies", &[]).await.unwrap();
    assert_eq!(still.len(), 2);
    // The owner deletes one.
    let ok: Result<(), _> = tess.call(&srv, "delete_reply", &[("id", &manual.id)]).await;
    assert_eq!(ok, Ok(()));
    let left: Vec<Reply> = tess.call(&srv, "list_replies", &[]).await.unwrap();
    assert_eq!(left, [greeting]);
}

#[actix_web::test]
async fn the_customer_camera_status_reaches_the_console_and_the_log() {
    use app::session::CameraStatus;
    let srv = start().await;
    let mut tech = setup_org(&srv, "tess@acme.test").await;
    let mut console = tech.ws(&srv, Role::Technician).await.unwrap();
    console.hello().await;
    let (invite, mut page) = waiting_session(&srv, &mut tech, &mut console).await;
    let id = invite.session.clone();
    assert_eq!(console.ask(1, &id, Intent::Start).await, Ok(()));
    console.until_state(&id, SessionState::Active).await;
    let camera = |status| ClientMsg::Camera {
        session: id.clone(),
        status,
    };
    // Pause, background, back: each change reaches the console; only the customer's own
    // pause and resume are log lines (background is reported by the page separately).
    for status in [
        CameraStatus::Paused,
        CameraStatus::On,
        CameraStatus::Background,
        CameraStatus::On,
    ] {
        page.send(&camera(status)).await;
        console.until(&id, |v| v.camera == status).await;
    }
    // The same status again changes nothing; a technician cannot set it.
    page.send(&camera(CameraStatus::On)).await;
    console.send(&camera(CameraStatus::Paused)).await;
    assert_eq!(console.ask(2, &id, Intent::Hold).await, Ok(()));
    let view = console
        .until(&id, |v| v.state == SessionState::OnHold)
        .await;
    assert_eq!(view.camera, CameraStatus::On);
    let kinds: Vec<_> = sessions::events(&srv.ctx.db, &id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .filter(|k| k.starts_with("camera-"))
        .collect();
    assert_eq!(kinds, ["camera-paused", "camera-resumed"]);
}

// ----- whiteboard, freeze, snapshots ----------------------------------------------------

impl Browser {
    /// A POST of raw bytes: status and body.
    async fn post_bytes(
        &self,
        srv: &TestServer,
        path: &str,
        mime: &str,
        body: Vec<u8>,
    ) -> (u16, Vec<u8>) {
        self.send_bytes(srv, awc::http::Method::POST, path, mime, body)
            .await
    }

    /// A request with raw bytes: status and body.
    async fn send_bytes(
        &self,
        srv: &TestServer,
        method: awc::http::Method,
        path: &str,
        mime: &str,
        body: Vec<u8>,
    ) -> (u16, Vec<u8>) {
        let mut res = awc::Client::new()
            .request(method, format!("{}{path}", srv.base))
            .insert_header(("Cookie", self.cookie_header()))
            .insert_header(("Content-Type", mime))
            .send_body(body)
            .await
            .unwrap();
        let bytes = res.body().limit(16 * 1024 * 1024).await.unwrap();
        (res.status().as_u16(), bytes.to_vec())
    }

    /// A GET: status and raw body.
    async fn get_bytes(&self, srv: &TestServer, path: &str) -> (u16, Vec<u8>) {
        let mut res = awc::Client::new()
            .get(format!("{}{path}", srv.base))
            .insert_header(("Cookie", self.cookie_header()))
            .send()
            .await
            .unwrap();
        let bytes = res.body().limit(16 * 1024 * 1024).await.unwrap();
        (res.status().as_u16(), bytes.to_vec())
    }
}

impl Ws {
    /// The next relayed peer message for `session`.
    async fn peer_msg(&mut self, session: &SessionId) -> PeerMsg {
        self.first("peer message", |m| match m {
            ServerMsg::Peer { session: s, msg } if s == *session => Some(msg),
            _ => None,
        })
        .await
    }

    /// The whole board of `session`, asked for.
    async fn board(&mut self, session: &SessionId) -> Board {
        self.send(&ClientMsg::BoardSync {
            session: session.clone(),
        })
        .await;
        self.first("board", |m| match m {
            ServerMsg::Board { session: s, board } if s == *session => Some(board),
            _ => None,
        })
        .await
    }
}

fn arrow_shape() -> Shape {
    Shape::Arrow {
        from: P::new(0.2, 0.2),
        to: P::new(0.6, 0.4),
    }
}

fn arrow_op(id: u64) -> Op {
    Op::Add {
        id: ShapeId(id),
        shape: arrow_shape(),
        style: Style::DEFAULT,
    }
}

#[actix_web::test]
async fn the_board_is_kept_relayed_on_request_and_drawn_only_by_the_lead_console() {
    let srv = start().await;
    let mut tech = setup_org(&srv, "tess@acme.test").await;
    let mut console = tech.ws(&srv, Role::Technician).await.unwrap();
    console.hello().await;
    let (invite, mut page) = waiting_session(&srv, &mut tech, &mut console).await;
    let id = invite.session.clone();
    assert_eq!(console.ask(1, &id, Intent::Start).await, Ok(()));
    console.until_state(&id, SessionState::Active).await;
    let peer = |msg: PeerMsg, relay: bool| ClientMsg::Peer {
        session: id.clone(),
        msg,
        relay,
    };
    let freeze = |on: bool| ClientMsg::Freeze {
        session: id.clone(),
        on,
    };

    // Over the data channel (relay false): kept by the server, not passed on.
    console
        .send(&peer(
            PeerMsg::Ops {
                ops: vec![arrow_op(1)],
            },
            false,
        ))
        .await;
    // The data channel is closed (relay true): kept and passed to the customer.
    console
        .send(&peer(
            PeerMsg::Ops {
                ops: vec![arrow_op(2)],
            },
            true,
        ))
        .await;
    assert_eq!(
        page.peer_msg(&id).await,
        PeerMsg::Ops {
            ops: vec![arrow_op(2)]
        }
    );
    // A late or reloaded page gets everything.
    assert_eq!(
        page.board(&id).await.visible_ids(),
        [ShapeId(1), ShapeId(2)]
    );
    assert_eq!(
        console.board(&id).await.visible_ids(),
        [ShapeId(1), ShapeId(2)]
    );

    // The customer cannot draw; a bad op changes nothing.
    page.send(&peer(
        PeerMsg::Ops {
            ops: vec![arrow_op(3)],
        },
        true,
    ))
    .await;
    let outside = Op::Add {
        id: ShapeId(4),
        shape: Shape::Arrow {
            from: P::new(0.2, 0.2),
            to: P::new(1.6, 0.4),
        },
        style: Style::DEFAULT,
    };
    console
        .send(&peer(PeerMsg::Ops { ops: vec![outside] }, false))
        .await;
    // Another organisation's technician and a second console of the same technician (not
    // the one running the media) cannot either.
    let eve = other_org_technician(&srv).await;
    let mut eve_ws = eve.ws(&srv, Role::Technician).await.unwrap();
    eve_ws.hello().await;
    eve_ws
        .send(&peer(
            PeerMsg::Ops {
                ops: vec![arrow_op(5)],
            },
            true,
        ))
        .await;
    let mut second = tech.ws(&srv, Role::Technician).await.unwrap();
    second.hello().await;
    second
        .send(&peer(
            PeerMsg::Ops {
                ops: vec![arrow_op(6)],
            },
            true,
        ))
        .await;
    // Nor read it.
    eve_ws
        .send(&ClientMsg::BoardSync {
            session: id.clone(),
        })
        .await;
    assert_eq!(
        page.board(&id).await.visible_ids(),
        [ShapeId(1), ShapeId(2)]
    );

    // Freeze: only the lead console; the customer's still goes to it, logged both ways.
    page.send(&freeze(true)).await;
    second.send(&freeze(true)).await;
    console.send(&freeze(true)).await;
    let n = console
        .until(&id, |v| v.frozen.is_some())
        .await
        .frozen
        .unwrap();
    assert_eq!(
        page.until(&id, |v| v.frozen.is_some()).await.frozen,
        Some(n)
    );
    let still: Vec<u8> = (0..50_000u32).map(|i| (i % 256) as u8).collect();
    for part in app::whiteboard::still_parts(n, &still) {
        page.send(&peer(part, true)).await;
    }
    let mut assembly = app::whiteboard::Assembly::default();
    let mut whole = None;
    while whole.is_none() {
        if let PeerMsg::Still {
            freeze,
            part,
            parts,
            data,
        } = console.peer_msg(&id).await
        {
            let max = app::whiteboard::MAX_STILL_BYTES;
            whole = assembly.take(u64::from(freeze), part, parts, &data, max);
        }
    }
    assert_eq!(whole.unwrap(), still);

    // Anchors of shapes that follow an object go either way when relayed (here customer →
    // console, whole); a request for them too; one with impossible geometry is dropped.
    let size = (640, 480);
    let frame: Vec<u8> = (0..640 * 480u32).map(|i| (i * 31 % 251) as u8).collect();
    let region = app::follow::region_of(&arrow_shape(), size);
    let anchor = app::follow::Anchor::cut(&frame, size, region).unwrap();
    for m in anchor.messages(ShapeId(1)) {
        page.send(&peer(m, true)).await;
    }
    let mut follow = app::follow::Follow::new();
    let mut adopted = false;
    while !adopted {
        let m = console.peer_msg(&id).await;
        adopted = app::follow::AnchorPart::of(&m).is_some_and(|p| follow.take(p));
    }
    assert!(follow.follows(ShapeId(1)));
    let mut bad = anchor.messages(ShapeId(2)).remove(0);
    if let PeerMsg::Anchor { crop, .. } = &mut bad {
        crop[2] = 700;
    }
    console.send(&peer(bad, true)).await;
    console.send(&peer(PeerMsg::WantAnchors, true)).await;
    assert_eq!(page.peer_msg(&id).await, PeerMsg::WantAnchors);
    // A technician cannot send a still; the customer cannot ask for one.
    console
        .send(&peer(app::whiteboard::still_parts(n, b"x").remove(0), true))
        .await;
    console.send(&freeze(false)).await;
    console.until(&id, |v| v.frozen.is_none()).await;
    // Holding ends a freeze; the board outlives it but not the session.
    console.send(&freeze(true)).await;
    console.until(&id, |v| v.frozen.is_some()).await;
    assert_eq!(console.ask(2, &id, Intent::Hold).await, Ok(()));
    let held = console
        .until(&id, |v| v.state == SessionState::OnHold)
        .await;
    assert_eq!(held.frozen, None);
    let kinds: Vec<_> = sessions::events(&srv.ctx.db, &id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .filter(|k| k.contains("frozen"))
        .collect();
    assert_eq!(kinds, ["frozen", "unfrozen", "frozen"]);
    assert_eq!(console.board(&id).await.visible_ids().len(), 2);
    assert_eq!(console.ask(3, &id, Intent::End).await, Ok(()));
    console
        .until_state(&id, SessionState::ClosedByTechnician)
        .await;
    assert!(console.board(&id).await.items.is_empty());
}

/// A PNG header of `w`×`h` (enough for the server's checks) and some bytes.
fn png(w: u32, h: u32) -> Vec<u8> {
    let mut v = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
    v.extend(13u32.to_be_bytes());
    v.extend(b"IHDR");
    v.extend(w.to_be_bytes());
    v.extend(h.to_be_bytes());
    v.extend([8, 6, 0, 0, 0, 0, 0, 0, 0]);
    v.extend(b"IEND pretend");
    v
}

#[actix_web::test]
async fn snapshots_are_kept_with_the_session_for_its_technician_only() {
    let srv = start().await;
    let mut tech = setup_org(&srv, "tess@acme.test").await;
    let mut console = tech.ws(&srv, Role::Technician).await.unwrap();
    console.hello().await;
    let (invite, _page) = waiting_session(&srv, &mut tech, &mut console).await;
    let id = invite.session.clone();
    let path = format!("/sessions/{id}/snapshots");
    // Not before the session is active.
    assert_eq!(
        tech.post_bytes(&srv, &path, "image/png", png(64, 48))
            .await
            .0,
        403
    );
    assert_eq!(console.ask(1, &id, Intent::Start).await, Ok(()));
    console.until_state(&id, SessionState::Active).await;

    let (status, body) = tech.post_bytes(&srv, &path, "image/png", png(64, 48)).await;
    assert_eq!(status, 201);
    let info: SnapshotInfo = serde_json::from_slice(&body).unwrap();
    assert_eq!((info.width, info.height), (64, 48));
    // Not a PNG, wrong type, too big a side: refused.
    assert_eq!(
        tech.post_bytes(&srv, &path, "image/png", b"GIF89a...".to_vec())
            .await
            .0,
        422
    );
    assert_eq!(
        tech.post_bytes(&srv, &path, "image/jpeg", png(64, 48))
            .await
            .0,
        422
    );
    assert_eq!(
        tech.post_bytes(&srv, &path, "image/png", png(9000, 10))
            .await
            .0,
        422
    );
    // Strangers: anonymous, another organisation, a colleague who does not own it.
    let anonymous = Browser::default();
    assert_eq!(
        anonymous
            .post_bytes(&srv, &path, "image/png", png(8, 8))
            .await
            .0,
        401
    );
    let tom = colleague(&srv, "Tom", "tom@acme.test").await;
    assert_eq!(
        tom.post_bytes(&srv, &path, "image/png", png(8, 8)).await.0,
        403
    );
    let eve = other_org_technician(&srv).await;
    assert_eq!(
        eve.post_bytes(&srv, &path, "image/png", png(8, 8)).await.0,
        404
    );

    // The file, for the organisation only.
    assert_eq!(tech.get_bytes(&srv, &info.url()).await, (200, png(64, 48)));
    assert_eq!(anonymous.get_bytes(&srv, &info.url()).await.0, 401);
    assert_eq!(eve.get_bytes(&srv, &info.url()).await.0, 404);
    assert_eq!(tech.get_bytes(&srv, "/snapshots/nope.png").await.0, 404);

    // Listed for the session, and logged once.
    let list: Vec<SnapshotInfo> = tech
        .call(&srv, "list_snapshots", &[("session", id.as_str())])
        .await
        .unwrap();
    assert_eq!(list, [info]);
    let other: Result<Vec<SnapshotInfo>, _> = eve
        .clone()
        .call(&srv, "list_snapshots", &[("session", id.as_str())])
        .await;
    assert_eq!(other, Err(AppError::NotFound));
    let kinds: Vec<_> = sessions::events(&srv.ctx.db, &id)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.kind == "snapshot")
        .collect();
    assert_eq!(kinds.len(), 1);
}

/// The code an authenticator app shows now (the server's clock) for `secret`.
fn app_code(srv: &TestServer, secret: &str) -> String {
    let now = u64::try_from(srv.ctx.now_ms() / 1000).unwrap();
    app::two_factor::server::code_at(secret, now).unwrap()
}

/// A six-digit code that is not `code`.
fn wrong(code: &str) -> String {
    code.chars()
        .map(|c| {
            if c == '9' {
                '0'
            } else {
                char::from(c as u8 + 1)
            }
        })
        .collect()
}

#[actix_web::test]
async fn two_factor_sign_in_with_app_codes_and_recovery_codes() {
    use app::two_factor::{Enrolment, Status};
    let srv = start().await;
    let email = "tess@acme.test";
    let mut tech = setup_org(&srv, email).await;
    let status = |b: &Browser| {
        let mut b = b.clone();
        let srv = &srv;
        async move {
            b.call::<Status>(srv, "two_factor_status", &[])
                .await
                .unwrap()
        }
    };
    assert!(!status(&tech).await.enabled);
    // Not signed in: nothing.
    assert_eq!(
        Browser::default()
            .call::<Enrolment>(&srv, "two_factor_begin", &[])
            .await,
        Err(AppError::Unauthenticated)
    );

    // Set-up: the key in the QR code's URI; turned on only with a right code.
    let e: Enrolment = tech.call(&srv, "two_factor_begin", &[]).await.unwrap();
    let secret = e.secret.replace(' ', "");
    assert_eq!(secret.len(), 32);
    assert!(e.uri.starts_with(&format!(
        "otpauth://totp/Sightline%3Atess%40acme.test?secret={secret}&issuer=Sightline"
    )));
    assert!(e.qr_svg.starts_with("<svg"));
    let right = app_code(&srv, &secret);
    assert_eq!(
        tech.call::<Vec<String>>(&srv, "two_factor_confirm", &[("code", &wrong(&right))])
            .await,
        Err(AppError::CodeInvalid)
    );
    let recovery: Vec<String> = tech
        .call(&srv, "two_factor_confirm", &[("code", &right)])
        .await
        .unwrap();
    assert_eq!(recovery.len(), 10);
    assert!(
        recovery
            .iter()
            .all(|c| c.len() == 11 && c.as_bytes()[5] == b'-')
    );
    assert_eq!(
        status(&tech).await,
        Status {
            enabled: true,
            recovery_left: 10
        }
    );
    // A second set-up while on is refused.
    assert_eq!(
        tech.call::<Enrolment>(&srv, "two_factor_begin", &[]).await,
        Err(AppError::NotAllowedNow)
    );

    // Signing in: the password alone opens the code step, not a sign-in.
    let mut phone = Browser::default();
    phone
        .call::<()>(&srv, "sign_in", &[("email", email), ("password", PASSWORD)])
        .await
        .unwrap();
    assert!(phone.cookie_header().contains("sl_2fa="));
    assert!(!phone.cookie_header().contains("sl_auth="));
    let me: Option<app::auth::Me> = phone.call(&srv, "current_user", &[]).await.unwrap();
    assert!(me.is_none());
    // The code that turned it on is not accepted again (same time step); the next one is.
    assert_eq!(
        phone
            .call::<()>(&srv, "sign_in_code", &[("code", &right)])
            .await,
        Err(AppError::CodeInvalid)
    );
    srv.clock.advance(Duration::from_secs(30));
    let next = app_code(&srv, &secret);
    phone
        .call::<()>(&srv, "sign_in_code", &[("code", &next)])
        .await
        .unwrap();
    assert!(phone.cookie_header().contains("sl_auth="));
    let me: Option<app::auth::Me> = phone.call(&srv, "current_user", &[]).await.unwrap();
    assert_eq!(me.map(|m| m.email).as_deref(), Some(email));
    // The pending sign-in is over once used.
    assert_eq!(
        phone
            .call::<()>(&srv, "sign_in_code", &[("code", &next)])
            .await,
        Err(AppError::SecondFactorExpired)
    );

    // A recovery code signs in once (any case, with or without its dash).
    let mut laptop = sign_in(&srv, email).await;
    laptop
        .call::<()>(
            &srv,
            "sign_in_code",
            &[("code", &recovery[0].to_lowercase().replace('-', ""))],
        )
        .await
        .unwrap();
    assert!(laptop.cookie_header().contains("sl_auth="));
    let mut again = sign_in(&srv, email).await;
    assert_eq!(
        again
            .call::<()>(&srv, "sign_in_code", &[("code", &recovery[0])])
            .await,
        Err(AppError::CodeInvalid)
    );
    // Five wrong codes end the pending sign-in: the password is needed again.
    for _ in 0..4 {
        assert_eq!(
            again
                .call::<()>(&srv, "sign_in_code", &[("code", "12345")])
                .await,
            Err(AppError::CodeInvalid)
        );
    }
    srv.clock.advance(Duration::from_secs(30));
    let now = app_code(&srv, &secret);
    assert_eq!(
        again
            .call::<()>(&srv, "sign_in_code", &[("code", &now)])
            .await,
        Err(AppError::SecondFactorExpired)
    );
    // And it expires after five minutes.
    let mut slow = sign_in(&srv, email).await;
    srv.clock.advance(Duration::from_secs(301));
    let now = app_code(&srv, &secret);
    assert_eq!(
        slow.call::<()>(&srv, "sign_in_code", &[("code", &now)])
            .await,
        Err(AppError::SecondFactorExpired)
    );
    assert_eq!(status(&tech).await.recovery_left, 9);

    // Turning it off needs a code.
    assert_eq!(
        tech.call::<()>(&srv, "two_factor_disable", &[("code", &wrong(&now))])
            .await,
        Err(AppError::CodeInvalid)
    );
    tech.call::<()>(&srv, "two_factor_disable", &[("code", &now)])
        .await
        .unwrap();
    assert!(!status(&tech).await.enabled);
    let plain = sign_in(&srv, email).await;
    assert!(plain.cookie_header().contains("sl_auth="));

    // Everything is in the audit log; no code or secret is.
    let kinds = app::audit::kinds_for(&srv.ctx.db, &me_of(&srv, &plain).await)
        .await
        .unwrap();
    for k in [
        "two-factor-code-failed",
        "two-factor-on",
        "sign-in-password",
        "sign-in-code-failed",
        "sign-in",
        "two-factor-off",
    ] {
        assert!(kinds.iter().any(|x| x == k), "{k} missing from {kinds:?}");
    }
    let details: Vec<Option<String>> = sqlx::query_scalar("SELECT detail FROM audit")
        .fetch_all(&srv.ctx.db)
        .await
        .unwrap();
    assert!(
        details
            .iter()
            .flatten()
            .all(|d| !d.contains(&secret) && !recovery.iter().any(|c| d.contains(c.as_str())))
    );
}

/// The user a browser is signed in as.
async fn me_of(srv: &TestServer, b: &Browser) -> UserId {
    let me: Option<app::auth::Me> = b.clone().call(srv, "current_user", &[]).await.unwrap();
    me.unwrap().user
}

/// Asks the server to email an invite for `session` to `address`.
async fn email_invite(
    srv: &TestServer,
    b: &Browser,
    session: &str,
    address: &str,
) -> Result<IssuedInvite, AppError> {
    b.clone()
        .call(
            srv,
            "email_invite",
            &[("session", session), ("address", address)],
        )
        .await
}

#[actix_web::test]
async fn email_invites_need_an_address_an_smtp_server_and_the_owner() {
    // Without an SMTP server the technician is told to use their own mail app.
    let srv = start().await;
    let mut tech = setup_org(&srv, "tess@acme.test").await;
    let id = new_session(&srv, &mut tech, "link")
        .await
        .session
        .to_string();
    assert_eq!(
        email_invite(&srv, &tech, &id, "ada@example.com").await,
        Err(AppError::EmailUnavailable)
    );

    // With one that does not answer: the link is issued and shown, the failure logged.
    let srv = start_with_args(
        LENIENT,
        &[
            "--smtp-host",
            "127.0.0.1",
            "--smtp-port",
            "9",
            "--smtp-tls",
            "none",
        ],
    )
    .await;
    let mut tech = setup_org(&srv, "tess@acme.test").await;
    let session = new_session(&srv, &mut tech, "link").await.session;
    let id = session.to_string();
    assert_eq!(
        email_invite(&srv, &tech, &id, "not an address").await,
        Err(AppError::InvalidInput {
            field: "email".into()
        })
    );
    assert_eq!(
        email_invite(&srv, &tech, &id, "ada@example.com").await,
        Err(AppError::EmailFailed)
    );
    let failed: Vec<_> = sessions::events(&srv.ctx.db, &session)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.kind == "email-failed")
        .map(|e| e.detail)
        .collect();
    assert_eq!(failed, [Some("ada@example.com".to_owned())]);
    // Nobody else can: another organisation's technician, or anonymous.
    let eve = other_org_technician(&srv).await;
    assert_eq!(
        email_invite(&srv, &eve, &id, "ada@example.com").await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        email_invite(&srv, &Browser::default(), &id, "ada@example.com").await,
        Err(AppError::Unauthenticated)
    );
}

/// What the gateway simulator received: the basic-auth header and the form.
type Received = Arc<std::sync::Mutex<Vec<(String, Vec<(String, String)>)>>>;

/// A gateway that speaks the Twilio-style API on loopback and records every message.
async fn sms_gateway() -> (String, Received) {
    let received: Received = Arc::default();
    let seen = received.clone();
    let server = actix_web::HttpServer::new(move || {
        let seen = seen.clone();
        actix_web::App::new().route(
            "/2010-04-01/Accounts/{account}/Messages.json",
            web::post().to(
                move |req: actix_web::HttpRequest, form: web::Form<Vec<(String, String)>>| {
                    let seen = seen.clone();
                    async move {
                        let auth = req
                            .headers()
                            .get("authorization")
                            .and_then(|v| v.to_str().ok())
                            .unwrap_or_default()
                            .to_owned();
                        let n = {
                            let mut v = seen.lock().unwrap();
                            v.push((auth, form.into_inner()));
                            v.len()
                        };
                        actix_web::HttpResponse::Created().json(
                            serde_json::json!({ "sid": format!("SM{n:04}"), "status": "queued" }),
                        )
                    }
                },
            ),
        )
    })
    .workers(1)
    .bind(("127.0.0.1", 0))
    .unwrap();
    let addr = server.addrs()[0];
    actix_web::rt::spawn(server.run());
    (format!("http://{addr}"), received)
}

/// Posts a delivery report to the server, signed with `token`.
async fn sms_report(srv: &TestServer, sid: &str, status: &str, token: &str) -> u16 {
    let url = format!("{}{}", srv.base, app::sms::STATUS_HOOK);
    let params: Vec<(String, String)> = [
        ("MessageSid", sid),
        ("MessageStatus", status),
        ("AccountSid", "AC0001"),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect();
    let signature = app::sms::gateway::signature(token, &url, &params);
    awc::Client::new()
        .post(url)
        .insert_header(("X-Twilio-Signature", signature))
        .send_form(&params)
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[actix_web::test]
async fn sms_invites_through_the_gateway_with_signed_delivery_reports() {
    use app::sms::{SmsStatus, TextedInvite};
    let (gateway, received) = sms_gateway().await;
    let srv = start_with_args(
        LENIENT,
        &[
            "--sms-url",
            &gateway,
            "--sms-account",
            "AC0001",
            "--sms-from",
            "+15005550006",
        ],
    )
    .await;
    let mut tech = setup_org(&srv, "tess@acme.test").await;
    let session = new_session(&srv, &mut tech, "link").await.session;
    let id = session.to_string();
    let text = |b: &Browser, phone: &str| {
        let (mut b, phone, id) = (b.clone(), phone.to_owned(), id.clone());
        let srv = &srv;
        async move {
            b.call::<TextedInvite>(srv, "sms_invite", &[("session", &id), ("phone", &phone)])
                .await
        }
    };
    assert_eq!(
        text(&tech, "333 123 4567").await,
        Err(AppError::InvalidInput {
            field: "phone".into()
        })
    );
    let sent = text(&tech, "+39 333 123 4567").await.unwrap();
    assert_eq!(sent.to, "+39••••••••67");
    assert_eq!(sent.status, SmsStatus::Sent);
    // The gateway got the message: our account, the number, the sender, the link, where to
    // report.
    let (auth, form) = received.lock().unwrap()[0].clone();
    use base64::Engine;
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("AC0001:{SMS_TOKEN}"));
    assert_eq!(auth, format!("Basic {basic}"));
    let field = |k: &str| form.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    assert_eq!(field("To").as_deref(), Some("+393331234567"));
    assert_eq!(field("From").as_deref(), Some("+15005550006"));
    assert!(field("Body").unwrap().contains(&sent.invite.secret));
    assert_eq!(
        field("StatusCallback"),
        Some(format!("{}{}", srv.base, app::sms::STATUS_HOOK))
    );

    // Reports: a forged one is refused; a signed one updates the status and the log, once.
    let status = |b: &Browser| {
        let (mut b, id) = (b.clone(), id.clone());
        let srv = &srv;
        async move {
            b.call::<Option<SmsStatus>>(srv, "sms_status", &[("session", &id)])
                .await
        }
    };
    assert_eq!(status(&tech).await, Ok(Some(SmsStatus::Sent)));
    assert_eq!(sms_report(&srv, "SM0001", "delivered", "forged").await, 403);
    assert_eq!(status(&tech).await, Ok(Some(SmsStatus::Sent)));
    assert_eq!(sms_report(&srv, "SM0001", "sent", SMS_TOKEN).await, 204);
    assert_eq!(
        sms_report(&srv, "SM0001", "delivered", SMS_TOKEN).await,
        204
    );
    assert_eq!(
        sms_report(&srv, "SM0001", "delivered", SMS_TOKEN).await,
        204
    );
    assert_eq!(status(&tech).await, Ok(Some(SmsStatus::Delivered)));
    let lines: Vec<_> = sessions::events(&srv.ctx.db, &session)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.kind.starts_with("sms-"))
        .map(|e| (e.kind, e.detail))
        .collect();
    let masked = Some("+39••••••••67".to_owned());
    assert_eq!(
        lines,
        [
            ("sms-sent".to_owned(), masked.clone()),
            ("sms-delivered".to_owned(), masked)
        ]
    );
    // Nobody else reads it or sends one for this session.
    let eve = other_org_technician(&srv).await;
    assert_eq!(status(&eve).await, Err(AppError::NotFound));
    assert_eq!(text(&eve, "+393331234567").await, Err(AppError::NotFound));
    assert_eq!(received.lock().unwrap().len(), 1);

    // The organisation's own text: the template, filled in.
    let mut settings: app::admin::OrgSettings =
        tech.call(&srv, "admin_org_settings", &[]).await.unwrap();
    settings.sms_template = "{org}: {technician} sends {link} ({minutes} min)".into();
    let saved: Result<(), AppError> = tech
        .call_json(
            &srv,
            "admin_save_org_settings",
            serde_json::json!({ "settings": settings }),
        )
        .await;
    assert_eq!(saved, Ok(()));
    let again = text(&tech, "+393331234567").await.unwrap();
    let (_, form) = received.lock().unwrap()[1].clone();
    let body = form
        .iter()
        .find(|(n, _)| n == "Body")
        .map(|(_, v)| v.clone());
    assert_eq!(
        body,
        Some(format!(
            "Acme Support: Tess Tech sends {} (10 min)",
            again.invite.secret
        ))
    );
}

// ----- the admin centre and the authorisation matrix ----------------------------------------

/// Who asks, in the authorisation matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Who {
    /// Tess, who set the organisation up.
    Master,
    /// Ada, an administrator Tess invited.
    Admin,
    /// Tom, a technician of the default group, owner of the session under test.
    Tech,
    /// Gil, a technician of the "Restricted" group (everything but transfer).
    OtherGroup,
    /// Eve, master administrator of another organisation on the same installation.
    OtherOrg,
    /// The customer of Tom's session (customer cookie).
    Customer,
    /// Nobody signed in.
    Anonymous,
}

const EVERYONE: [Who; 7] = [
    Who::Master,
    Who::Admin,
    Who::Tech,
    Who::OtherGroup,
    Who::OtherOrg,
    Who::Customer,
    Who::Anonymous,
];

/// The people of the matrix and what they act on.
struct Cast {
    browsers: std::collections::HashMap<Who, Browser>,
    default_group: String,
    restricted_group: String,
    tom: UserId,
}

impl Cast {
    fn b(&self, who: Who) -> Browser {
        self.browsers[&who].clone()
    }
}

/// Invites a user through the admin centre (no SMTP here: the link comes back) and lets
/// them set their password through it; returns them signed in.
async fn invited(
    srv: &TestServer,
    admin: &Browser,
    name: &str,
    email: &str,
    role: &str,
    group: &str,
) -> Browser {
    let inv: app::admin::api::Invited = admin
        .clone()
        .call(
            srv,
            "admin_invite_user",
            &[
                ("name", name),
                ("email", email),
                ("role", role),
                ("group", group),
            ],
        )
        .await
        .unwrap();
    let link = inv.link.expect("no SMTP: the link is shown to the admin");
    // Not usable for signing in before the password is set.
    let mut b = Browser::default();
    assert_eq!(
        b.call::<()>(srv, "sign_in", &[("email", email), ("password", "")])
            .await,
        Err(AppError::BadCredentials)
    );
    let token = token_of(&link).to_owned();
    assert_eq!(
        b.call::<()>(
            srv,
            "set_password_with_link",
            &[
                ("token", &token),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD)
            ],
        )
        .await,
        Ok(())
    );
    // A link works once.
    assert_eq!(
        b.call::<()>(
            srv,
            "set_password_with_link",
            &[
                ("token", &token),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD)
            ],
        )
        .await,
        Err(AppError::PasswordLinkInvalid)
    );
    sign_in(srv, email).await
}

fn all_but(p: app::permission::Permission) -> String {
    app::permission::Permissions::all()
        .with(p, false)
        .to_stored()
}

async fn save_group(
    srv: &TestServer,
    b: &Browser,
    id: &str,
    name: &str,
    perms: &str,
) -> Result<String, AppError> {
    b.clone()
        .call_json(
            srv,
            "admin_save_group",
            serde_json::json!({
                "id": id, "name": name, "perms": perms,
                "form": app::admin::GroupForm::default(),
            }),
        )
        .await
}

/// Tess (master), Ada (admin), Tom (technician) in the default group, Gil in "Restricted",
/// Eve in another organisation.
async fn cast(srv: &TestServer) -> Cast {
    let tess = setup_org(srv, "tess@acme.test").await;
    let groups: Vec<app::admin::GroupSummary> =
        tess.clone().call(srv, "admin_groups", &[]).await.unwrap();
    assert_eq!(groups.len(), 1);
    let default_group = groups[0].id.clone();
    let restricted_group = save_group(
        srv,
        &tess,
        "",
        "Restricted",
        &all_but(app::permission::Permission::Transfer),
    )
    .await
    .unwrap();
    let ada = invited(srv, &tess, "Ada", "ada@acme.test", "admin", &default_group).await;
    let tom = invited(
        srv,
        &tess,
        "Tom",
        "tom@acme.test",
        "technician",
        &default_group,
    )
    .await;
    let gil = invited(
        srv,
        &ada,
        "Gil",
        "gil@acme.test",
        "technician",
        &restricted_group,
    )
    .await;
    let input = AccountInput {
        name: "Eve".into(),
        email: "eve@other.test".into(),
        password: PASSWORD.into(),
        role: UserRole::MasterAdmin,
    };
    create_account(
        &srv.ctx.db,
        OrgChoice::New("Other Org".into()),
        input,
        srv.clock.now_ms(),
    )
    .await
    .unwrap();
    let eve = sign_in(srv, "eve@other.test").await;
    let tom_id = me_of(srv, &tom).await;
    let browsers = [
        (Who::Master, tess),
        (Who::Admin, ada),
        (Who::Tech, tom),
        (Who::OtherGroup, gil),
        (Who::OtherOrg, eve),
        (Who::Anonymous, Browser::default()),
    ]
    .into_iter()
    .collect();
    Cast {
        browsers,
        default_group,
        restricted_group,
        tom: tom_id,
    }
}

/// Asserts that the audit log has lines of each of `kinds` about `user`.
async fn assert_audited(srv: &TestServer, user: &UserId, kinds: &[&str]) {
    let logged = app::audit::kinds_for(&srv.ctx.db, user).await.unwrap();
    for kind in kinds {
        assert!(logged.iter().any(|k| k == kind), "{kind} not in {logged:?}");
    }
}

/// Tries to create a session by `method` (`pin` or `link`) as `b`.
async fn try_new_session(srv: &TestServer, b: &mut Browser, method: &str) -> Result<(), AppError> {
    b.call::<IssuedInvite>(
        srv,
        "create_session",
        &[
            ("customer_name", ""),
            ("field1", ""),
            ("field2", ""),
            ("method", method),
        ],
    )
    .await
    .map(|_| ())
}

/// An HTTP route of the matrix.
#[derive(Clone, Copy, Debug)]
enum Route {
    AdminUsers,
    AdminGroups,
    AdminOrgSettings,
    AdminSaveOrgSettings,
    AdminSaveGroup,
    AdminInviteAdmin,
    AdminUpdateUser,
    AdminResetTwoFactor,
    CreateSession,
    SessionLog,
    History,
    TwoFactorStatus,
    RepliesXml,
    AdminChannels,
    AdminSaveChannel,
}

const ROUTES: [Route; 15] = [
    Route::AdminUsers,
    Route::AdminGroups,
    Route::AdminOrgSettings,
    Route::AdminSaveOrgSettings,
    Route::AdminSaveGroup,
    Route::AdminInviteAdmin,
    Route::AdminUpdateUser,
    Route::AdminResetTwoFactor,
    Route::CreateSession,
    Route::SessionLog,
    Route::History,
    Route::TwoFactorStatus,
    Route::RepliesXml,
    Route::AdminChannels,
    Route::AdminSaveChannel,
];

/// What `who` must get from `route` (Tom's session is the subject of session routes).
fn expected(route: Route, who: Who) -> Result<(), AppError> {
    use Who::*;
    let signed_in = !matches!(who, Customer | Anonymous);
    if !signed_in {
        return Err(AppError::Unauthenticated);
    }
    let admin_of_acme = matches!(who, Master | Admin);
    match route {
        // Eve administers her own organisation: she sees and changes only hers.
        Route::AdminUsers | Route::AdminGroups | Route::AdminOrgSettings | Route::AdminChannels => {
            if admin_of_acme || who == OtherOrg {
                Ok(())
            } else {
                Err(AppError::Forbidden)
            }
        }
        Route::AdminSaveOrgSettings => {
            if admin_of_acme || who == OtherOrg {
                Ok(())
            } else {
                Err(AppError::Forbidden)
            }
        }
        Route::AdminSaveGroup
        | Route::AdminUpdateUser
        | Route::AdminResetTwoFactor
        | Route::AdminSaveChannel => match who {
            Master | Admin => Ok(()),
            OtherOrg => Err(AppError::NotFound),
            _ => Err(AppError::Forbidden),
        },
        // Only the master makes administrators; Eve cannot put anyone into Acme's group.
        Route::AdminInviteAdmin => match who {
            Master => Ok(()),
            Admin => Err(AppError::MasterAdminOnly),
            OtherOrg => Err(AppError::InvalidInput {
                field: "group".into(),
            }),
            _ => Err(AppError::Forbidden),
        },
        Route::CreateSession | Route::TwoFactorStatus | Route::RepliesXml => Ok(()),
        Route::SessionLog | Route::History => match who {
            Tech => Ok(()),
            OtherOrg => Err(AppError::NotFound),
            _ => Err(AppError::Forbidden),
        },
    }
}

/// Calls `route` as `b`; Ok when it succeeded.
async fn call_route(
    srv: &TestServer,
    cast: &Cast,
    who: Who,
    route: Route,
    session: &SessionId,
) -> Result<(), AppError> {
    let mut b = cast.b(who);
    let drop_value = |r: Result<serde_json::Value, AppError>| r.map(|_| ());
    match route {
        Route::AdminUsers => drop_value(b.call(srv, "admin_users", &[]).await),
        Route::AdminGroups => drop_value(b.call(srv, "admin_groups", &[]).await),
        Route::AdminOrgSettings => drop_value(b.call(srv, "admin_org_settings", &[]).await),
        Route::AdminSaveOrgSettings => {
            // Saves what is there (each caller's own organisation).
            let current: Result<app::admin::OrgSettings, AppError> =
                b.call(srv, "admin_org_settings", &[]).await;
            let settings = current.unwrap_or_else(|_| app::admin::OrgSettings {
                name: "Taken over".into(),
                ..Default::default()
            });
            drop_value(
                b.call_json(
                    srv,
                    "admin_save_org_settings",
                    serde_json::json!({ "settings": settings }),
                )
                .await,
            )
        }
        Route::AdminSaveGroup => drop_value(
            save_group(
                srv,
                &b,
                &cast.restricted_group,
                "Restricted",
                &all_but(app::permission::Permission::Transfer),
            )
            .await
            .map(serde_json::Value::String),
        ),
        Route::AdminInviteAdmin => {
            let email = format!("new-admin-{who:?}@acme.test").to_lowercase();
            drop_value(
                b.call(
                    srv,
                    "admin_invite_user",
                    &[
                        ("name", "New"),
                        ("email", &email),
                        ("role", "admin"),
                        ("group", &cast.default_group),
                    ],
                )
                .await,
            )
        }
        Route::AdminUpdateUser => drop_value(
            b.call_json(
                srv,
                "admin_update_user",
                serde_json::json!({
                    "user": cast.tom, "role": "technician",
                    "group": cast.default_group, "active": true,
                }),
            )
            .await,
        ),
        Route::AdminResetTwoFactor => drop_value(
            b.call(
                srv,
                "admin_reset_two_factor",
                &[("user", cast.tom.as_str())],
            )
            .await,
        ),
        Route::CreateSession => drop_value(
            b.call(
                srv,
                "create_session",
                &[
                    ("customer_name", "Matrix"),
                    ("field1", ""),
                    ("field2", ""),
                    ("method", "link"),
                ],
            )
            .await,
        ),
        Route::SessionLog => drop_value(
            b.call(srv, "get_session_log", &[("session", session.as_str())])
                .await,
        ),
        Route::History => drop_value(
            b.call(srv, "get_history", &[("session", session.as_str())])
                .await,
        ),
        Route::TwoFactorStatus => drop_value(b.call(srv, "two_factor_status", &[]).await),
        Route::AdminChannels => drop_value(b.call(srv, "admin_channels", &[]).await),
        Route::AdminSaveChannel => {
            // Acme's channel, unchanged.
            let (id,): (String,) = sqlx::query_as("SELECT id FROM channels WHERE slug = 'matrix'")
                .fetch_one(&srv.ctx.db)
                .await
                .unwrap();
            let channel = app::channel::Channel {
                id,
                slug: "matrix".into(),
                name: "Matrix".into(),
                group: None,
                enabled: true,
            };
            save_channel(srv, &b, &channel).await.map(|_| ())
        }
        Route::RepliesXml => match b.get(srv, "/replies.xml").await.0 {
            200 => Ok(()),
            401 => Err(AppError::Unauthenticated),
            403 => Err(AppError::Forbidden),
            other => panic!("/replies.xml answered {other}"),
        },
    }
}

/// A websocket message of the matrix, sent to Tom's active session.
#[derive(Clone, Copy, Debug)]
enum WsCase {
    Edit,
    ChatText,
    ChatUrl,
    Hold,
}

fn ws_expected(case: WsCase, who: Who) -> Result<(), AppError> {
    use Who::*;
    match (who, case) {
        (Tech, _) => Ok(()),
        (Customer, WsCase::ChatText) => Ok(()),
        (Customer, WsCase::Hold) => Err(AppError::NotAllowedNow),
        (Customer, _) => Err(AppError::Forbidden),
        (OtherOrg, _) => Err(AppError::NotFound),
        _ => Err(AppError::Forbidden),
    }
}

async fn ws_send(ws: &mut Ws, id: u64, session: &SessionId, case: WsCase) -> Result<(), AppError> {
    match case {
        WsCase::Edit => {
            ws.ask(
                id,
                session,
                Intent::Edit {
                    customer_name: "Ada".into(),
                    fields: ["ticket 42".into(), String::new()],
                },
            )
            .await
        }
        WsCase::Hold => ws.ask(id, session, Intent::Hold).await,
        WsCase::ChatText | WsCase::ChatUrl => {
            let body = match case {
                WsCase::ChatText => text("hello"),
                _ => ChatBody::Url {
                    url: "https://example.com/manual".into(),
                },
            };
            ws.send(&ClientMsg::Chat {
                id: CmdId(id),
                session: session.clone(),
                chat: ChatId(format!("matrixchat{id:010}")),
                body,
            })
            .await;
            ws.answer(id).await
        }
    }
}

#[actix_web::test]
async fn authorisation_matrix_of_routes_and_websocket_messages() {
    let srv = start().await;
    let mut cast = cast(&srv).await;

    // Tom's session, active, with its customer.
    let mut tom = cast.b(Who::Tech);
    let mut console = tom.ws(&srv, Role::Technician).await.unwrap();
    console.hello().await;
    let invite = new_session(&srv, &mut tom, "pin").await;
    let session = invite.session.clone();
    let mut customer = Browser::default();
    customer.redeem_pin(&srv, &invite.secret).await.unwrap();
    let mut page = customer.ws(&srv, Role::Customer).await.unwrap();
    page.hello().await;
    assert_eq!(page.ask(1, &session, Intent::AcceptTerms).await, Ok(()));
    assert_eq!(console.ask(1, &session, Intent::Start).await, Ok(()));
    console.until_state(&session, SessionState::Active).await;
    cast.browsers.insert(Who::Customer, customer);

    let matrix_channel = app::channel::Channel {
        id: String::new(),
        slug: "matrix".into(),
        name: "Matrix".into(),
        group: None,
        enabled: true,
    };
    save_channel(&srv, &cast.b(Who::Master), &matrix_channel)
        .await
        .unwrap();

    // Every HTTP route × everyone.
    let mut checked = 0;
    for route in ROUTES {
        for who in EVERYONE {
            let got = call_route(&srv, &cast, who, route, &session).await;
            assert_eq!(got, expected(route, who), "{route:?} as {who:?}");
            checked += 1;
        }
    }
    assert_eq!(checked, ROUTES.len() * EVERYONE.len());
    // Eve's calls touched only her organisation.
    let acme = srv.ctx.db.clone();
    let acme_name: (String,) =
        sqlx::query_as("SELECT name FROM organisations WHERE name = 'Acme Support'")
            .fetch_one(&acme)
            .await
            .unwrap();
    assert_eq!(acme_name.0, "Acme Support");

    // Every websocket message × everyone who can open one.
    assert_eq!(
        Browser::default().ws(&srv, Role::Technician).await.err(),
        Some(401)
    );
    let mut sockets = vec![];
    for who in [Who::Master, Who::Admin, Who::OtherGroup, Who::OtherOrg] {
        let mut ws = cast.b(who).ws(&srv, Role::Technician).await.unwrap();
        ws.hello().await;
        sockets.push((who, ws));
    }
    sockets.push((Who::Customer, page));
    sockets.push((Who::Tech, console));
    let mut id = 100;
    for case in [
        WsCase::Edit,
        WsCase::ChatText,
        WsCase::ChatUrl,
        WsCase::Hold,
    ] {
        for (who, ws) in sockets.iter_mut() {
            id += 1;
            let got = ws_send(ws, id, &session, case).await;
            assert_eq!(got, ws_expected(case, *who), "{case:?} as {who:?}");
        }
    }
    // Recording and freezing are the media console's: from anyone else nothing happens.
    let (_, console) = sockets.pop().unwrap();
    let mut console = console;
    assert_eq!(console.ask(500, &session, Intent::Start).await, Ok(()));
    for (_, ws) in sockets.iter_mut() {
        ws.send(&ClientMsg::Recording {
            session: session.clone(),
            on: true,
        })
        .await;
        ws.send(&ClientMsg::Freeze {
            session: session.clone(),
            on: true,
        })
        .await;
    }
    // Tom's own request comes after the others' (one hub, in order).
    console
        .send(&ClientMsg::Recording {
            session: session.clone(),
            on: true,
        })
        .await;
    console.until(&session, |v| v.recording).await;
    let log: Vec<app::session::LogEntry> = tom
        .call(&srv, "get_session_log", &[("session", session.as_str())])
        .await
        .unwrap();
    let count = |kind: &str| log.iter().filter(|e| e.kind == kind).count();
    assert_eq!(count("recording-started"), 1);
    assert_eq!(count("frozen"), 0);
}

#[actix_web::test]
async fn group_permissions_are_enforced_on_the_server_and_change_live() {
    use app::permission::Permission;
    let srv = start().await;
    let cast = cast(&srv).await;
    let tess = cast.b(Who::Master);
    let mut gil = cast.b(Who::OtherGroup);
    let mut console = gil.ws(&srv, Role::Technician).await.unwrap();
    console.hello().await;
    // Tom is online, so a transfer to him would be possible but for the permission.
    let mut tom_console = cast.b(Who::Tech).ws(&srv, Role::Technician).await.unwrap();
    tom_console.hello().await;
    let (invite, _page) = waiting_session(&srv, &mut gil, &mut console).await;
    let s = invite.session.clone();
    assert_eq!(console.ask(1, &s, Intent::Start).await, Ok(()));
    console.until_state(&s, SessionState::Active).await;
    // The console hides the button; a forged message is refused all the same.
    assert_eq!(
        console
            .ask(
                2,
                &s,
                Intent::Transfer {
                    to: cast.tom.clone(),
                    note: "please".into(),
                },
            )
            .await,
        Err(AppError::NotPermitted)
    );
    // Gil's own view of himself says so too.
    let me: Option<app::auth::Me> = gil.call(&srv, "current_user", &[]).await.unwrap();
    let perms = me.unwrap().perms;
    assert!(!perms.has(Permission::Transfer) && perms.has(Permission::Hold));

    // The administrator takes Hold away: the open console is refused at once.
    save_group(
        &srv,
        &tess,
        &cast.restricted_group,
        "Restricted",
        &app::permission::Permissions::none()
            .with(Permission::StartSessions, true)
            .with(Permission::PrivateSessions, true)
            .with(Permission::InviteLink, true)
            .to_stored(),
    )
    .await
    .unwrap();
    // The hub reads accounts again on the notice; a round trip through it orders us after.
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(
        console.ask(3, &s, Intent::Hold).await,
        Err(AppError::NotPermitted)
    );
    console
        .send(&ClientMsg::Chat {
            id: CmdId(4),
            session: s.clone(),
            chat: ChatId("permchat0000000000001".into()),
            body: text("hi"),
        })
        .await;
    assert_eq!(console.answer(4).await, Err(AppError::NotPermitted));
    assert_eq!(
        try_new_session(&srv, &mut gil, "pin").await,
        Err(AppError::NotPermitted)
    );
    assert!(try_new_session(&srv, &mut gil, "link").await.is_ok());
    // Without "private sessions" a technician only picks up channel customers.
    save_group(
        &srv,
        &tess,
        &cast.restricted_group,
        "Restricted",
        &app::permission::Permissions::none()
            .with(Permission::StartSessions, true)
            .with(Permission::InviteLink, true)
            .to_stored(),
    )
    .await
    .unwrap();
    assert_eq!(
        try_new_session(&srv, &mut gil, "link").await,
        Err(AppError::NotPermitted)
    );
    let gil_me: Option<app::auth::Me> = gil.call(&srv, "current_user", &[]).await.unwrap();
    assert!(app::channel::may_serve(
        &gil_me.unwrap(),
        Some(cast.restricted_group.as_str())
    ));
    let (status, _) = gil
        .post_bytes(
            &srv,
            &format!("/sessions/{s}/snapshots"),
            "image/png",
            png(8, 8),
        )
        .await;
    assert_eq!(status, 403, "no snapshot permission");

    // Hold comes back.
    save_group(
        &srv,
        &tess,
        &cast.restricted_group,
        "Restricted",
        &all_but(Permission::Transfer),
    )
    .await
    .unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(console.ask(5, &s, Intent::Hold).await, Ok(()));

    // Deactivated: the console is closed and the cookie stops working.
    let gil_id = me_of(&srv, &gil).await;
    let done: Result<(), AppError> = tess
        .clone()
        .call_json(
            &srv,
            "admin_update_user",
            serde_json::json!({
                "user": gil_id, "role": "technician",
                "group": cast.restricted_group, "active": false,
            }),
        )
        .await;
    assert_eq!(done, Ok(()));
    let mut closed = false;
    for _ in 0..40 {
        match console.next_any().await {
            None | Some(ServerMsg::Goodbye { .. }) => {
                closed = true;
                break;
            }
            Some(_) => continue,
        }
    }
    assert!(closed, "the deactivated technician's console is closed");
    assert_eq!(
        gil.call::<Option<app::auth::Me>>(&srv, "current_user", &[])
            .await,
        Ok(None)
    );
    assert_eq!(gil.ws(&srv, Role::Technician).await.err(), Some(401));
    assert_audited(
        &srv,
        &gil_id,
        &["user-invited", "password-set", "user-deactivated"],
    )
    .await;
}

#[actix_web::test]
async fn administrators_cannot_overreach_and_two_factor_can_be_required() {
    let srv = start().await;
    let cast = cast(&srv).await;
    let tess = cast.b(Who::Master);
    let ada = cast.b(Who::Admin);
    let tess_id = me_of(&srv, &tess).await;
    let ada_id = me_of(&srv, &ada).await;
    let update = |b: &Browser, user: &UserId, role: &str, active: bool| {
        let b = b.clone();
        let body = serde_json::json!({
            "user": user, "role": role, "group": cast.default_group, "active": active,
        });
        let srv = &srv;
        async move {
            let mut b = b;
            b.call_json::<()>(srv, "admin_update_user", body).await
        }
    };
    // Ada cannot touch the master, promote Tom, or deactivate herself; Tess can do all but
    // demote herself.
    assert_eq!(
        update(&ada, &tess_id, "admin", true).await,
        Err(AppError::MasterAdminOnly)
    );
    assert_eq!(
        update(&ada, &cast.tom, "admin", true).await,
        Err(AppError::MasterAdminOnly)
    );
    assert!(update(&ada, &ada_id, "admin", false).await.is_err());
    assert_eq!(
        update(&tess, &tess_id, "technician", true).await,
        Err(AppError::MasterAdminOnly)
    );
    assert_eq!(update(&tess, &cast.tom, "admin", true).await, Ok(()));
    let tom_me: Option<app::auth::Me> = cast
        .b(Who::Tech)
        .call(&srv, "current_user", &[])
        .await
        .unwrap();
    assert_eq!(tom_me.unwrap().role, UserRole::Admin);
    assert_eq!(update(&tess, &cast.tom, "technician", true).await, Ok(()));
    // A group with members cannot be deleted; an empty one can.
    assert_eq!(
        ada.clone()
            .call::<()>(&srv, "admin_delete_group", &[("id", &cast.default_group)])
            .await,
        Err(AppError::GroupInUse)
    );
    let spare = save_group(&srv, &ada, "", "Spare", "chat").await.unwrap();
    assert_eq!(
        ada.clone()
            .call::<()>(&srv, "admin_delete_group", &[("id", &spare)])
            .await,
        Ok(())
    );

    // Terms and field names reach the customer and the console.
    let mut settings: app::admin::OrgSettings = ada
        .clone()
        .call(&srv, "admin_org_settings", &[])
        .await
        .unwrap();
    settings.terms = "Be kind to the camera.".into();
    settings.field_names = ["Ticket".into(), String::new()];
    let save = |settings: &app::admin::OrgSettings| {
        let mut b = ada.clone();
        let body = serde_json::json!({ "settings": settings });
        let srv = &srv;
        async move {
            b.call_json::<()>(srv, "admin_save_org_settings", body)
                .await
        }
    };
    assert_eq!(save(&settings).await, Ok(()));
    let mut tom = cast.b(Who::Tech);
    let invite = new_session(&srv, &mut tom, "pin").await;
    let mut customer = Browser::default();
    customer.redeem_pin(&srv, &invite.secret).await.unwrap();
    let info: app::invite::CustomerInfo =
        customer.call(&srv, "get_customer_info", &[]).await.unwrap();
    assert_eq!(info.terms.as_deref(), Some("Be kind to the camera."));
    let me: Option<app::auth::Me> = tom.call(&srv, "current_user", &[]).await.unwrap();
    assert_eq!(me.unwrap().field_names[0].as_deref(), Some("Ticket"));

    // Two-factor required: only by someone who uses it (nobody locks themselves out).
    settings.require_two_factor = true;
    assert_eq!(save(&settings).await, Err(AppError::TwoFactorRequired));
    let mut ada_b = ada.clone();
    let enrol: app::two_factor::Enrolment =
        ada_b.call(&srv, "two_factor_begin", &[]).await.unwrap();
    let ada_secret = enrol.secret.replace(' ', "");
    let _: Vec<String> = ada_b
        .call(
            &srv,
            "two_factor_confirm",
            &[("code", &app_code(&srv, &ada_secret))],
        )
        .await
        .unwrap();
    assert_eq!(save(&settings).await, Ok(()));
    // Tom may now only set it up; his console cannot connect.
    let me: Option<app::auth::Me> = tom.call(&srv, "current_user", &[]).await.unwrap();
    assert!(me.unwrap().must_set_up_two_factor);
    assert_eq!(
        try_new_session(&srv, &mut tom, "pin").await,
        Err(AppError::TwoFactorRequired)
    );
    assert_eq!(tom.ws(&srv, Role::Technician).await.err(), Some(403));
    assert_eq!(tom.get(&srv, "/replies.xml").await.0, 403);
    // The master administrator too, for the admin centre.
    assert_eq!(
        tess.clone()
            .call::<Vec<app::admin::UserSummary>>(&srv, "admin_users", &[])
            .await
            .map(|_| ()),
        Err(AppError::TwoFactorRequired)
    );
    // Tom sets it up; then he works again, and cannot turn it off himself.
    let enrol: app::two_factor::Enrolment = tom.call(&srv, "two_factor_begin", &[]).await.unwrap();
    let secret = enrol.secret.replace(' ', "");
    let codes: Vec<String> = tom
        .call(
            &srv,
            "two_factor_confirm",
            &[("code", &app_code(&srv, &secret))],
        )
        .await
        .unwrap();
    assert_eq!(codes.len(), 10);
    let me: Option<app::auth::Me> = tom.call(&srv, "current_user", &[]).await.unwrap();
    assert!(!me.unwrap().must_set_up_two_factor);
    assert!(tom.ws(&srv, Role::Technician).await.is_ok());
    srv.clock.advance(Duration::from_secs(30));
    assert_eq!(
        tom.call::<()>(
            &srv,
            "two_factor_disable",
            &[("code", &app_code(&srv, &secret))]
        )
        .await,
        Err(AppError::TwoFactorRequired)
    );
    // The requirement goes (Eve's organisation never had it); an administrator resets
    // Tom's second factor (he lost his phone).
    settings.require_two_factor = false;
    assert_eq!(save(&settings).await, Ok(()));
    assert_eq!(
        ada.clone()
            .call::<()>(
                &srv,
                "admin_reset_two_factor",
                &[("user", cast.tom.as_str())]
            )
            .await,
        Ok(())
    );
    let status: app::two_factor::Status = tom.call(&srv, "two_factor_status", &[]).await.unwrap();
    assert!(!status.enabled);
    assert_audited(
        &srv,
        &cast.tom,
        &["two-factor-on", "two-factor-reset", "user-role-changed"],
    )
    .await;
}

#[actix_web::test]
async fn shared_replies_are_kept_by_administrators_and_offered_to_every_technician() {
    use app::reply::Reply;
    let srv = start().await;
    let cast = cast(&srv).await;
    let draft = serde_json::json!({
        "id": null,
        "draft": { "kind": "url", "title": "Manual", "body": "https://example.com/manual" },
    });
    // A technician cannot add one; an administrator can.
    let refused: Result<Reply, AppError> = cast
        .b(Who::Tech)
        .call_json(&srv, "admin_save_shared_reply", draft.clone())
        .await;
    assert_eq!(refused, Err(AppError::Forbidden));
    let shared: Reply = cast
        .b(Who::Admin)
        .call_json(&srv, "admin_save_shared_reply", draft)
        .await
        .unwrap();
    assert!(shared.shared);
    // Every technician of the organisation gets it with their own; nobody else.
    let mut tom = cast.b(Who::Tech);
    let _: Reply = tom
        .call_json(
            &srv,
            "save_reply",
            serde_json::json!({
                "id": null,
                "draft": { "kind": "text", "title": "Hello", "body": "Hello!" },
            }),
        )
        .await
        .unwrap();
    let list: Vec<Reply> = tom.call(&srv, "list_replies", &[]).await.unwrap();
    let titles: Vec<_> = list
        .iter()
        .map(|r| (r.draft.title.as_str(), r.shared))
        .collect();
    assert_eq!(titles, [("Hello", false), ("Manual", true)]);
    let eve: Vec<Reply> = cast
        .b(Who::OtherOrg)
        .call(&srv, "list_replies", &[])
        .await
        .unwrap();
    assert!(eve.is_empty());
    // Tom's own deletions and exports do not touch it; Eve cannot delete it.
    assert_eq!(
        tom.call::<()>(&srv, "delete_reply", &[("id", &shared.id)])
            .await,
        Err(AppError::NotFound)
    );
    assert!(!tom.get(&srv, "/replies.xml").await.1.contains("Manual"));
    assert_eq!(
        cast.b(Who::OtherOrg)
            .call::<()>(&srv, "admin_delete_shared_reply", &[("id", &shared.id)])
            .await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        cast.b(Who::Master)
            .call::<()>(&srv, "admin_delete_shared_reply", &[("id", &shared.id)])
            .await,
        Ok(())
    );
    let list: Vec<Reply> = tom.call(&srv, "list_replies", &[]).await.unwrap();
    assert_eq!(list.len(), 1);
}

/// Saves a channel as `b` (an empty `id` makes a new one).
async fn save_channel(
    srv: &TestServer,
    b: &Browser,
    channel: &app::channel::Channel,
) -> Result<String, AppError> {
    b.clone()
        .call_json(
            srv,
            "admin_save_channel",
            serde_json::json!({ "channel": channel }),
        )
        .await
}

/// A customer joins the channel `slug` from a fresh browser.
async fn join_channel(
    srv: &TestServer,
    slug: &str,
    name: &str,
    problem: &str,
) -> (Browser, Result<(), AppError>) {
    let mut b = Browser::default();
    let r = b
        .call(
            srv,
            "join_channel",
            &[("slug", slug), ("name", name), ("problem", problem)],
        )
        .await;
    (b, r)
}

/// The whole list a console gets when it (re)connects.
async fn fresh_list(srv: &TestServer, b: &Browser) -> Vec<SessionView> {
    let mut ws = b.ws(srv, Role::Technician).await.unwrap();
    ws.hello().await;
    ws.first("session list", |m| match m {
        ServerMsg::Sessions { sessions } => Some(sessions),
        _ => None,
    })
    .await
}

#[actix_web::test]
async fn self_service_channels_queue_customers_for_the_group_until_picked_up() {
    use app::channel::Channel;
    let srv = start().await;
    let cast = cast(&srv).await;
    let tess = cast.b(Who::Master);
    let printers = Channel {
        id: String::new(),
        slug: "Printers".into(),
        name: "Printer help".into(),
        group: Some(cast.default_group.clone()),
        enabled: true,
    };
    // Only the organisation's administrators keep channels; slugs are unique and checked.
    assert_eq!(
        save_channel(&srv, &cast.b(Who::Tech), &printers).await,
        Err(AppError::Forbidden)
    );
    let id = save_channel(&srv, &tess, &printers).await.unwrap();
    let printers = Channel {
        id: id.clone(),
        slug: "printers".into(),
        ..printers
    };
    let eve = cast.b(Who::OtherOrg);
    assert_eq!(
        save_channel(
            &srv,
            &eve,
            &Channel {
                group: None,
                ..printers.clone()
            }
        )
        .await,
        Err(AppError::NotFound),
        "another organisation's channel"
    );
    let eves = Channel {
        id: String::new(),
        group: None,
        ..printers.clone()
    };
    assert_eq!(
        save_channel(&srv, &eve, &eves).await,
        Err(AppError::SlugTaken)
    );
    assert_eq!(
        save_channel(
            &srv,
            &eve,
            &Channel {
                slug: "eve-help".into(),
                group: Some(cast.default_group.clone()),
                ..eves.clone()
            }
        )
        .await,
        Err(AppError::InvalidInput {
            field: "group".into()
        }),
        "another organisation's group"
    );
    assert!(matches!(
        save_channel(
            &srv,
            &tess,
            &Channel {
                id: String::new(),
                slug: "-x".into(),
                ..printers.clone()
            }
        )
        .await,
        Err(AppError::InvalidInput { .. })
    ));
    let listed: Vec<app::channel::ChannelSummary> = tess
        .clone()
        .call(&srv, "admin_channels", &[])
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    assert!(
        listed[0].link.ends_with("/c/printers"),
        "{}",
        listed[0].link
    );
    let eves_list: Vec<app::channel::ChannelSummary> =
        eve.clone().call(&srv, "admin_channels", &[]).await.unwrap();
    assert!(eves_list.is_empty());

    // The public page.
    let info: app::channel::PublicChannel = Browser::default()
        .call(&srv, "channel_info", &[("slug", "printers")])
        .await
        .unwrap();
    assert_eq!(
        (info.org_name.as_str(), info.name.as_str()),
        ("Acme Support", "Printer help")
    );
    assert_eq!(
        Browser::default()
            .call::<app::channel::PublicChannel>(&srv, "channel_info", &[("slug", "nothing")])
            .await,
        Err(AppError::ChannelClosed)
    );

    // Tom and Ada (the default group) see the customer; Gil (another group) and Eve do not.
    let mut tom_console = cast.b(Who::Tech).ws(&srv, Role::Technician).await.unwrap();
    tom_console.hello().await;
    let mut ada_console = cast.b(Who::Admin).ws(&srv, Role::Technician).await.unwrap();
    ada_console.hello().await;
    let mut gil_console = cast
        .b(Who::OtherGroup)
        .ws(&srv, Role::Technician)
        .await
        .unwrap();
    gil_console.hello().await;
    let mut eve_console = eve.ws(&srv, Role::Technician).await.unwrap();
    eve_console.hello().await;
    let (mut carla, joined) = join_channel(&srv, "printers", " Carla ", "The printer jams").await;
    assert_eq!(joined, Ok(()));
    assert!(carla.cookie_header().contains("sl_cust="));
    let queued = tom_console
        .first("the channel session", |m| match m {
            ServerMsg::Session { session } => Some(session),
            _ => None,
        })
        .await;
    let session = queued.id.clone();
    assert_eq!(queued.owner, None);
    assert_eq!(queued.channel.as_deref(), Some("Printer help"));
    assert_eq!(
        (queued.customer_name.as_str(), queued.problem.as_str()),
        ("Carla", "The printer jams")
    );
    assert_eq!(queued.state, SessionState::Connecting);
    let mut page = carla.ws(&srv, Role::Customer).await.unwrap();
    page.hello().await;
    assert_eq!(page.ask(1, &session, Intent::AcceptTerms).await, Ok(()));
    tom_console
        .until_state(&session, SessionState::Waiting)
        .await;
    ada_console
        .until_state(&session, SessionState::Waiting)
        .await;
    for b in [cast.b(Who::Tech), cast.b(Who::Admin)] {
        assert!(fresh_list(&srv, &b).await.iter().any(|s| s.id == session));
    }
    for b in [cast.b(Who::OtherGroup), eve.clone()] {
        assert!(!fresh_list(&srv, &b).await.iter().any(|s| s.id == session));
    }
    // The same browser joining again goes back to its session instead of queueing twice.
    assert_eq!(
        carla
            .call::<()>(
                &srv,
                "join_channel",
                &[("slug", "printers"), ("name", "Carla"), ("problem", "")]
            )
            .await,
        Ok(())
    );
    assert_eq!(
        sessions::waiting_in_channel(&srv.ctx.db, &id)
            .await
            .unwrap(),
        1
    );
    // Who may look in and pick it up.
    assert_eq!(
        cast.b(Who::OtherGroup)
            .call::<Vec<app::session::LogEntry>>(
                &srv,
                "get_session_log",
                &[("session", session.as_str())]
            )
            .await
            .err(),
        Some(AppError::Forbidden)
    );
    let log: Vec<app::session::LogEntry> = cast
        .b(Who::Tech)
        .call(&srv, "get_session_log", &[("session", session.as_str())])
        .await
        .unwrap();
    assert!(log.iter().any(|e| e.kind == "channel-joined"
        && e.detail.as_deref() == Some("Printer help")
        && e.actor == app::session::LogActor::Customer));
    assert_eq!(
        gil_console.ask(2, &session, Intent::Start).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        eve_console.ask(2, &session, Intent::Start).await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        tom_console.ask(3, &session, Intent::Hold).await,
        Err(AppError::Forbidden),
        "nothing but picking up before it is picked up"
    );
    // Tom picks it up: his from now on, gone from Ada's queue; Ada is too late.
    assert_eq!(tom_console.ask(4, &session, Intent::Start).await, Ok(()));
    let mine = tom_console
        .until(&session, |v| v.state == SessionState::Active)
        .await;
    assert_eq!(mine.owner, Some(cast.tom.clone()));
    ada_console
        .first("removal", |m| match m {
            ServerMsg::Removed { session: s } if s == session => Some(()),
            _ => None,
        })
        .await;
    assert_eq!(
        ada_console.ask(5, &session, Intent::Start).await,
        Err(AppError::PickedUp)
    );
    let row = sessions::get(&srv.ctx.db, &session).await.unwrap().unwrap();
    assert_eq!(row.owner, Some(cast.tom.clone()));
    assert!(
        !fresh_list(&srv, &cast.b(Who::Admin))
            .await
            .iter()
            .any(|s| s.id == session)
    );
    let log: Vec<app::session::LogEntry> = cast
        .b(Who::Tech)
        .call(&srv, "get_session_log", &[("session", session.as_str())])
        .await
        .unwrap();
    assert!(log.iter().any(|e| e.kind == "transition"
        && e.to.as_deref() == Some("active")
        && e.detail.as_deref() == Some("Printer help")));

    // A customer who leaves before anyone picks them up leaves no trace in the queue.
    let (dora, joined) = join_channel(&srv, "printers", "Dora", "").await;
    assert_eq!(joined, Ok(()));
    let dora_session = ada_console
        .first("Dora's session", |m| match m {
            ServerMsg::Session { session } if session.customer_name == "Dora" => Some(session.id),
            _ => None,
        })
        .await;
    let mut dora_page = dora.ws(&srv, Role::Customer).await.unwrap();
    dora_page.hello().await;
    assert_eq!(
        dora_page.ask(1, &dora_session, Intent::AcceptTerms).await,
        Ok(())
    );
    assert_eq!(dora_page.ask(2, &dora_session, Intent::End).await, Ok(()));
    ada_console
        .first("Dora's removal", |m| match m {
            ServerMsg::Removed { session: s } if s == dora_session => Some(()),
            _ => None,
        })
        .await;
    assert!(
        !fresh_list(&srv, &cast.b(Who::Admin))
            .await
            .iter()
            .any(|s| s.id == dora_session)
    );
    assert_eq!(
        sessions::waiting_in_channel(&srv.ctx.db, &id)
            .await
            .unwrap(),
        0
    );

    // A switched-off channel takes nobody; a group that serves a channel stays.
    save_channel(
        &srv,
        &tess,
        &Channel {
            enabled: false,
            ..printers.clone()
        },
    )
    .await
    .unwrap();
    assert_eq!(
        join_channel(&srv, "printers", "Eli", "").await.1,
        Err(AppError::ChannelClosed)
    );
    let blank_group = save_group(&srv, &tess, "", "Night shift", "start-sessions")
        .await
        .unwrap();
    save_channel(
        &srv,
        &tess,
        &Channel {
            group: Some(blank_group.clone()),
            ..printers.clone()
        },
    )
    .await
    .unwrap();
    assert_eq!(
        tess.clone()
            .call::<()>(&srv, "admin_delete_group", &[("id", blank_group.as_str())])
            .await,
        Err(AppError::GroupInUse)
    );
    // Deleting frees the link.
    assert_eq!(
        tess.clone()
            .call::<()>(&srv, "admin_delete_channel", &[("id", id.as_str())])
            .await,
        Ok(())
    );
    assert_eq!(
        tess.clone()
            .call::<()>(&srv, "admin_delete_group", &[("id", blank_group.as_str())])
            .await,
        Ok(())
    );
    assert!(
        save_channel(&srv, &eve, &eves).await.is_ok(),
        "the slug is free again"
    );
    assert_eq!(
        join_channel(&srv, "printers", "Fay", "").await.1,
        Ok(()),
        "now Eve's"
    );
    let tess_id = me_of(&srv, &tess).await;
    assert_audited(&srv, &tess_id, &["channel-saved", "channel-deleted"]).await;
}

#[actix_web::test]
async fn channel_joins_are_throttled_and_a_channel_holds_a_bounded_queue() {
    use app::channel::{Channel, MAX_WAITING};
    let srv = start_with(Policy {
        free: 2,
        base_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(2),
        block_after: Some(4),
        window: Duration::from_secs(900),
    })
    .await;
    let tess = setup_org(&srv, "tess@acme.test").await;
    let channel = Channel {
        id: String::new(),
        slug: "help".into(),
        name: "Help".into(),
        group: None,
        enabled: true,
    };
    save_channel(&srv, &tess, &channel).await.unwrap();
    let mut results = vec![];
    for i in 0..6 {
        results.push(join_channel(&srv, "help", &format!("C{i}"), "").await.1);
    }
    assert!(results[..4].iter().all(Result::is_ok), "{results:?}");
    assert!(
        results[4..]
            .iter()
            .all(|r| matches!(r, Err(AppError::RateLimited { .. }))),
        "{results:?}"
    );
    let open: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sessions")
        .fetch_one(&srv.ctx.db)
        .await
        .unwrap();
    assert_eq!(open.0, 4, "a refused join makes no session");

    // The queue is bounded whoever asks (the throttle's window has passed).
    srv.clock.advance(Duration::from_secs(15 * 60));
    let mut joined = 4;
    let mut refused = None;
    for i in 0..(MAX_WAITING + 5) {
        srv.clock.advance(Duration::from_secs(15 * 60));
        match join_channel(&srv, "help", &format!("D{i}"), "").await.1 {
            Ok(()) => joined += 1,
            Err(e) => {
                refused = Some(e);
                break;
            }
        }
    }
    assert_eq!(refused, Some(AppError::ChannelBusy));
    assert_eq!(joined, MAX_WAITING);
}

#[actix_web::test]
async fn migrations_from_version_7_keep_every_row_and_the_foreign_keys() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("old.db").display());
    let db = app::db::connect(&url, 1).await.unwrap();
    app::db::migrate_up_to(&db, 7).await.unwrap();
    for sql in [
        "INSERT INTO organisations (id, name, created_at) VALUES ('o', 'Old Org', 1)",
        "INSERT INTO users (id, org_id, email, name, password_hash, role, created_at) \
         VALUES ('u', 'o', 'u@old.test', 'Una', 'x', 'admin', 1)",
        "INSERT INTO sessions (id, org_id, owner_id, customer_name, state, state_since, \
         created_at, last_activity_at, note) \
         VALUES ('S', 'o', 'u', 'Carl', 'timed_out', 5, 2, 5, 'kept note')",
        "INSERT INTO session_events (session_id, at, actor, kind) VALUES ('S', 2, 'system', 'created')",
        "INSERT INTO invites (id, org_id, session_id, kind, secret, status, created_at, expires_at) \
         VALUES ('i', 'o', 'S', 'link', 'h', 'used', 2, 3)",
        "INSERT INTO customer_access (token_hash, session_id, org_id, created_at) VALUES ('t', 'S', 'o', 2)",
        "INSERT INTO survey_answers (session_id, org_id, score, at) VALUES ('S', 'o', 4, 6)",
        "INSERT INTO tech_groups (id, org_id, name, created_at, permissions) \
         VALUES ('g1', 'o', 'Starters', 1, 'start-sessions,chat')",
        "INSERT INTO tech_groups (id, org_id, name, created_at, permissions) \
         VALUES ('g2', 'o', 'Chatters', 1, 'chat')",
    ] {
        sqlx::query(sql).execute(&db).await.unwrap();
    }
    app::db::migrate(&db).await.unwrap();

    let row = sessions::get(&db, &SessionId("S".into()))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.owner, Some(UserId("u".into())));
    assert_eq!(
        (
            row.customer_name.as_str(),
            row.state,
            row.channel,
            row.problem.as_str()
        ),
        ("Carl", SessionState::TimedOut, None, "")
    );
    let (note,): (String,) = sqlx::query_as("SELECT note FROM sessions WHERE id = 'S'")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(note, "kept note");
    // Later migrations: every score kept; who could start sessions still creates their own.
    let (scores,): (String,) = sqlx::query_as("SELECT scores FROM survey_answers")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(scores, "4");
    let perms: Vec<(String,)> =
        sqlx::query_as("SELECT permissions FROM tech_groups WHERE id IN ('g1', 'g2') ORDER BY id")
            .fetch_all(&db)
            .await
            .unwrap();
    assert_eq!(
        perms,
        [
            ("start-sessions,chat,private-sessions".to_owned(),),
            ("chat".to_owned(),)
        ]
    );
    // The children still point at the rebuilt table, and the keys are still enforced.
    assert!(
        sqlx::query("DELETE FROM sessions WHERE id = 'S'")
            .execute(&db)
            .await
            .is_err()
    );
    assert!(
        sqlx::query("INSERT INTO session_events (session_id, at, actor, kind) VALUES ('nope', 1, 'system', 'x')")
            .execute(&db)
            .await
            .is_err()
    );
    let (problems,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM pragma_foreign_key_check")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(problems, 0);
    // A session has an owner or a channel.
    assert!(
        sqlx::query(
            "INSERT INTO sessions (id, org_id, customer_name, state, state_since, created_at) \
             VALUES ('N', 'o', 'Nobody', 'connecting', 1, 1)"
        )
        .execute(&db)
        .await
        .is_err()
    );
}

#[actix_web::test]
async fn the_logo_is_set_by_administrators_and_shown_to_customers() {
    use awc::http::Method;
    let srv = start().await;
    let cast = cast(&srv).await;
    let tess = cast.b(Who::Master);
    let logo = png(320, 80);
    let put = |b: Browser, mime: &'static str, body: Vec<u8>| {
        let srv = &srv;
        async move {
            b.send_bytes(srv, Method::PUT, "/admin/logo", mime, body)
                .await
        }
    };
    // Only administrators, only PNG files within the limits.
    assert_eq!(
        put(cast.b(Who::Tech), "image/png", logo.clone()).await.0,
        403
    );
    assert_eq!(
        put(Browser::default(), "image/png", logo.clone()).await.0,
        401
    );
    assert_eq!(
        put(tess.clone(), "image/svg+xml", logo.clone()).await.0,
        422
    );
    assert_eq!(
        put(tess.clone(), "image/png", b"<svg/>".to_vec()).await.0,
        422
    );
    assert_eq!(put(tess.clone(), "image/png", png(2000, 10)).await.0, 422);
    let mut huge = png(100, 100);
    huge.resize(app::admin::MAX_LOGO_BYTES + 1, 0);
    assert_eq!(put(tess.clone(), "image/png", huge).await.0, 413);
    let (status, body) = put(tess.clone(), "image/png", logo.clone()).await;
    assert_eq!(status, 200);
    let url: String = serde_json::from_slice(&body).unwrap();
    assert!(
        url.starts_with("/logo/") && url.contains(".png?v="),
        "{url}"
    );

    // Anyone may fetch it; customers' pages and channel pages point at it.
    assert_eq!(
        Browser::default().get_bytes(&srv, &url).await,
        (200, logo.clone())
    );
    let settings: app::admin::OrgSettings = tess
        .clone()
        .call(&srv, "admin_org_settings", &[])
        .await
        .unwrap();
    assert_eq!(settings.logo.as_deref(), Some(url.as_str()));
    let mut tom = cast.b(Who::Tech);
    let invite = new_session(&srv, &mut tom, "pin").await;
    let mut customer = Browser::default();
    customer.redeem_pin(&srv, &invite.secret).await.unwrap();
    let info: app::invite::CustomerInfo =
        customer.call(&srv, "get_customer_info", &[]).await.unwrap();
    assert_eq!(info.logo.as_deref(), Some(url.as_str()));
    save_channel(
        &srv,
        &tess,
        &app::channel::Channel {
            id: String::new(),
            slug: "brand".into(),
            name: "Brand".into(),
            group: None,
            enabled: true,
        },
    )
    .await
    .unwrap();
    let public: app::channel::PublicChannel = Browser::default()
        .call(&srv, "channel_info", &[("slug", "brand")])
        .await
        .unwrap();
    assert_eq!(public.logo.as_deref(), Some(url.as_str()));
    // Saving the settings does not touch it; another organisation has none.
    tess.clone()
        .call_json::<serde_json::Value>(
            &srv,
            "admin_save_org_settings",
            serde_json::json!({ "settings": app::admin::OrgSettings { logo: None, ..settings } }),
        )
        .await
        .unwrap();
    assert_eq!(Browser::default().get_bytes(&srv, &url).await.0, 200);
    let eves: app::admin::OrgSettings = cast
        .b(Who::OtherOrg)
        .call(&srv, "admin_org_settings", &[])
        .await
        .unwrap();
    assert_eq!(eves.logo, None);
    assert_eq!(
        cast.b(Who::OtherOrg)
            .send_bytes(&srv, Method::DELETE, "/admin/logo", "text/plain", vec![])
            .await
            .0,
        404,
        "Eve has no logo to remove, and cannot remove Acme's"
    );

    // Removed.
    let delete = tess
        .send_bytes(&srv, Method::DELETE, "/admin/logo", "text/plain", vec![])
        .await;
    assert_eq!(delete.0, 204);
    assert_eq!(Browser::default().get_bytes(&srv, &url).await.0, 404);
    let info: app::invite::CustomerInfo =
        customer.call(&srv, "get_customer_info", &[]).await.unwrap();
    assert_eq!(info.logo, None);
    let tess_id = me_of(&srv, &tess).await;
    assert_audited(&srv, &tess_id, &["logo-changed"]).await;
}

#[actix_web::test]
async fn surveys_of_several_questions_or_a_page_of_the_organisations_own() {
    use app::admin::{CustomerSurvey, OrgSettings};
    let srv = start().await;
    let mut tess = setup_org(&srv, "tess@acme.test").await;
    let settings: OrgSettings = tess.call(&srv, "admin_org_settings", &[]).await.unwrap();
    let save = |b: &Browser, s: OrgSettings| {
        let b = b.clone();
        let srv = &srv;
        async move {
            b.clone()
                .call_json::<serde_json::Value>(
                    srv,
                    "admin_save_org_settings",
                    serde_json::json!({ "settings": s }),
                )
                .await
                .map(|_| ())
        }
    };
    save(
        &tess,
        OrgSettings {
            survey: true,
            survey_questions: vec!["Fixed?\nQuick?".into()],
            ..settings.clone()
        },
    )
    .await
    .unwrap();
    let mut console = tess.ws(&srv, Role::Technician).await.unwrap();
    console.hello().await;
    let invite = new_session(&srv, &mut tess, "pin").await;
    let mut customer = Browser::default();
    customer.redeem_pin(&srv, &invite.secret).await.unwrap();
    let info: app::invite::CustomerInfo =
        customer.call(&srv, "get_customer_info", &[]).await.unwrap();
    assert_eq!(
        info.survey,
        Some(CustomerSurvey::Questions(vec![
            "Fixed?".into(),
            "Quick?".into()
        ]))
    );
    let answer = |b: &Browser, scores: &'static str| {
        let mut b = b.clone();
        let srv = &srv;
        async move {
            b.call::<()>(
                srv,
                "submit_survey",
                &[("scores", scores), ("comment", "Thanks")],
            )
            .await
        }
    };
    assert_eq!(
        answer(&customer, "4 5").await,
        Err(AppError::NotAllowedNow),
        "not before the session ends"
    );
    assert_eq!(console.ask(1, &invite.session, Intent::End).await, Ok(()));
    assert_eq!(
        answer(&customer, "4").await,
        Err(AppError::InvalidInput {
            field: "score".into()
        })
    );
    assert_eq!(
        answer(&customer, "4 9").await,
        Err(AppError::InvalidInput {
            field: "score".into()
        })
    );
    assert_eq!(answer(&customer, "4 2").await, Ok(()));
    assert_eq!(
        answer(&customer, "1 1").await,
        Ok(()),
        "a second answer is ignored"
    );
    let report: app::report::Report = tess
        .call(
            &srv,
            "admin_report",
            &[("from", ""), ("to", ""), ("group", "")],
        )
        .await
        .unwrap();
    assert_eq!(report.rows.len(), 1);
    assert_eq!(report.rows[0].scores, [4, 2]);
    assert_eq!(
        report
            .questions
            .iter()
            .map(|q| (q.question.as_str(), q.average()))
            .collect::<Vec<_>>(),
        [
            ("Fixed?", Some("4.0".to_owned())),
            ("Quick?", Some("2.0".to_owned()))
        ]
    );
    assert_eq!(
        report.technicians[0].survey_average().as_deref(),
        Some("4.0")
    );
    let (status, csv) = tess.get_bytes(&srv, "/admin/reports.csv").await;
    assert_eq!(status, 200);
    let csv = String::from_utf8(csv).unwrap();
    assert!(
        csv.lines().nth(1).unwrap().ends_with(",4,Thanks,4 2"),
        "{csv}"
    );

    // The organisation's own survey page instead: offered, and nothing is stored here.
    assert!(matches!(
        save(
            &tess,
            OrgSettings {
                survey: true,
                survey_url: "javascript:alert(1)".into(),
                ..settings.clone()
            }
        )
        .await,
        Err(AppError::InvalidInput { .. })
    ));
    save(
        &tess,
        OrgSettings {
            survey: true,
            survey_url: "https://survey.example/acme".into(),
            ..settings.clone()
        },
    )
    .await
    .unwrap();
    let invite = new_session(&srv, &mut tess, "pin").await;
    let mut other = Browser::default();
    other.redeem_pin(&srv, &invite.secret).await.unwrap();
    let info: app::invite::CustomerInfo = other.call(&srv, "get_customer_info", &[]).await.unwrap();
    assert_eq!(
        info.survey,
        Some(CustomerSurvey::Link("https://survey.example/acme".into()))
    );
    assert_eq!(console.ask(2, &invite.session, Intent::End).await, Ok(()));
    assert_eq!(answer(&other, "5").await, Err(AppError::NotAllowedNow));
}

#[actix_web::test]
async fn a_technician_sends_a_bounded_number_of_texts() {
    use app::sms::TextedInvite;
    let (gateway, received) = sms_gateway().await;
    let srv = start_with_args(
        Policy {
            free: 2,
            base_delay: Duration::from_millis(1),
            max_delay: Duration::from_millis(2),
            block_after: Some(3),
            window: Duration::from_secs(3600),
        },
        &[
            "--sms-url",
            &gateway,
            "--sms-account",
            "AC0001",
            "--sms-from",
            "+15005550006",
        ],
    )
    .await;
    let mut tech = setup_org(&srv, "tess@acme.test").await;
    let mut colleague = colleague(&srv, "Cole", "cole@acme.test").await;
    let text = |b: &Browser, session: SessionId| {
        let mut b = b.clone();
        let srv = &srv;
        async move {
            b.call::<TextedInvite>(
                srv,
                "sms_invite",
                &[("session", session.as_str()), ("phone", "+393331234567")],
            )
            .await
            .map(|_| ())
        }
    };
    let mut results = vec![];
    for _ in 0..5 {
        let session = new_session(&srv, &mut tech, "link").await.session;
        results.push(text(&tech, session).await);
    }
    assert!(results[..3].iter().all(Result::is_ok), "{results:?}");
    assert!(
        results[3..]
            .iter()
            .all(|r| matches!(r, Err(AppError::RateLimited { .. }))),
        "{results:?}"
    );
    assert_eq!(
        received.lock().unwrap().len(),
        3,
        "refused texts are not sent"
    );
    // The limit is per technician.
    let session = new_session(&srv, &mut colleague, "link").await.session;
    assert_eq!(text(&colleague, session).await, Ok(()));
    // An hour later, Tess may send again.
    srv.clock.advance(Duration::from_secs(3600));
    let session = new_session(&srv, &mut tech, "link").await.session;
    assert_eq!(text(&tech, session).await, Ok(()));
    assert_eq!(received.lock().unwrap().len(), 5);
}

/// A GET that does not follow redirects: status, `Location`, body.
async fn fetch_page(
    srv: &TestServer,
    path: &str,
    cookie: &str,
    accept_language: &str,
) -> (u16, String, String) {
    let mut res = awc::Client::builder()
        .disable_redirects()
        .finish()
        .get(format!("{}{path}", srv.base))
        .insert_header(("Cookie", cookie))
        .insert_header(("Accept-Language", accept_language))
        .send()
        .await
        .unwrap();
    let location = res
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let body = res.body().limit(1 << 20).await.unwrap();
    (
        res.status().as_u16(),
        location,
        String::from_utf8_lossy(&body).into_owned(),
    )
}

/// The page a customer's document carries for its bundle (`<script id="sl-page">`).
fn page_data(html: &str) -> customer::Page {
    app::wire::from_text(script_text(html, "sl-page")).expect("page data decodes")
}

/// The messages a page carries for its bundle.
fn page_messages(html: &str) -> app::i18n::PageMessages {
    app::wire::from_text(script_text(html, "sl-i18n")).expect("page messages decode")
}

/// The text of the element with `id` in a page.
fn script_text<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html.find(&format!("id=\"{id}\"")).expect("the element");
    let text = &html[start..];
    let text = &text[text.find('>').unwrap() + 1..];
    &text[..text.find('<').unwrap()]
}

/// The site root sends each visitor where they belong; a customer's page is rendered in the
/// negotiated language with what it needs written into it, and only the customer's messages;
/// a console page gets the console's; unknown paths are 404; a bundle switching language
/// gets the other language's messages.
#[actix_web::test]
async fn pages_carry_their_data_and_their_audience_messages_only() {
    let srv = start().await;
    // An empty installation starts with the setup.
    let (status, location, _) = fetch_page(&srv, "/", "", "en").await;
    assert_eq!((status, location.as_str()), (302, "/setup"));
    let mut tech = setup_org(&srv, "pages@example.com").await;
    let (status, location, _) = fetch_page(&srv, "/", &tech.cookie_header(), "en").await;
    assert_eq!((status, location.as_str()), (302, "/console"));

    // A visitor at the root sees the PIN page, here in Italian, with the customer's messages.
    let (status, _, html) = fetch_page(&srv, "/", "", "it-IT,it;q=0.9").await;
    assert_eq!(status, 200);
    assert!(html.contains("<html lang=\"it\""), "{html}");
    assert!(
        html.contains("Partecipa a una sessione"),
        "rendered in Italian"
    );
    let messages = page_messages(&html);
    assert_eq!(messages.lang.code(), "it");
    assert!(messages.get("pin-page-intro").is_some());
    for other in ["admin-tab-users", "console-title", "invite-email-intro"] {
        assert!(
            messages.get(other).is_none(),
            "the customer's page carries {other}"
        );
    }
    assert_eq!(page_data(&html), customer::Page::Pin { error: None });
    assert!(html.contains("/pkg/customer") && !html.contains("/pkg/console"));

    // A console page carries the console's and the admin centre's, not the customer's.
    let (status, _, html) = fetch_page(&srv, "/signin", "", "en").await;
    assert_eq!(status, 200);
    let messages = page_messages(&html);
    assert!(messages.get("sign-in-submit").is_some() && messages.get("admin-tab-users").is_some());
    assert!(
        messages.get("pin-page-intro").is_none() && messages.get("invite-email-intro").is_none()
    );
    assert!(html.contains("/pkg/console") && html.contains("/pkg/customer.css"));

    // The session page carries the session it shows.
    let invite = new_session(&srv, &mut tech, "pin").await;
    let mut customer = Browser::default();
    customer.redeem_pin(&srv, &invite.secret).await.unwrap();
    let (status, _, html) = fetch_page(&srv, "/s", &customer.cookie_header(), "en").await;
    assert_eq!(status, 200);
    match page_data(&html) {
        customer::Page::Session { info: Ok(info), .. } => assert_eq!(info.session, invite.session),
        other => panic!("{other:?}"),
    }
    let (status, _, html) = fetch_page(&srv, "/s", "", "en").await;
    assert_eq!(status, 200);
    assert_eq!(
        page_data(&html),
        customer::Page::Session {
            info: Err(AppError::NotJoined),
            error: None,
        },
        "without the cookie: why not"
    );

    // Unknown paths are 404, with the not-found page.
    let (status, _, html) = fetch_page(&srv, "/no/such/page", "", "en").await;
    assert_eq!(status, 404);
    assert!(html.contains("Page not found"));

    // A customer page switching to German fetches German.
    let (status, text) = Browser::default().get(&srv, "/i18n/customer/de").await;
    assert_eq!(status, 200);
    let v: app::i18n::PageMessages = app::wire::from_text(&text).unwrap();
    assert_eq!(v.lang.code(), "de");
    assert!(v.get("pin-page-title").is_some());
    assert!(v.get("admin-tab-users").is_none());
    assert!(v.languages.len() >= 5);
    for path in [
        "/i18n/admin/de",
        "/i18n/customer/xx",
        "/i18n/customer/de-AT",
    ] {
        assert_eq!(Browser::default().get(&srv, path).await.0, 404, "{path}");
    }
}
