//! Server integration tests: the real server on 127.0.0.1:0 with a temporary SQLite
//! database, driven over HTTP (server functions) and websockets as the browser does.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use actix_web::web;
use awc::ws::{Frame, Message};
use futures::{SinkExt, StreamExt};
use serde::de::DeserializeOwned;

use app::auth::UserRole;
use app::auth::server::{AccountInput, OrgChoice, create_account};
use app::error::AppError;
use app::ids::{CmdId, SessionId};
use app::protocol::{
    ClientMsg, ClientReport, Intent, PROTOCOL_VERSION, Participant, Role, RtcSignal, ServerMsg,
};
use app::session::repo as sessions;
use app::session::{IssuedInvite, SessionState};
use app::ssr_ctx::{Clock, Ctx};
use app::throttle::Policy;
use server::config::Cli;

const PASSWORD: &str = "correct horse battery";

/// A clock the test moves by hand.
struct ManualClock(AtomicI64);

impl Clock for ManualClock {
    fn now_ms(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}

impl ManualClock {
    fn advance(&self, d: Duration) {
        self.0.fetch_add(d.as_millis() as i64, Ordering::SeqCst);
    }
}

struct TestServer {
    base: String,
    clock: Arc<ManualClock>,
    ctx: web::Data<Ctx>,
    _dir: tempfile::TempDir,
}

/// A throttle that never gets in the way of a test that is about something else.
const LENIENT: Policy = Policy {
    free: 1000,
    base_delay: Duration::from_millis(1),
    max_delay: Duration::from_millis(1),
    block_after: None,
    window: Duration::from_secs(900),
};

async fn start() -> TestServer {
    start_with(LENIENT).await
}

async fn start_with(pin_policy: Policy) -> TestServer {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("test.db");
    let cli = <Cli as clap::Parser>::try_parse_from([
        "sightline",
        "--bind",
        "127.0.0.1:0",
        "--workers",
        "2",
        "--database-url",
        &format!("sqlite://{}", db.display()),
    ])
    .unwrap();
    let clock = Arc::new(ManualClock(AtomicI64::new(1_800_000_000_000)));
    let running = server::serve::start(&cli.config, clock.clone(), |s| {
        s.pin_policy = pin_policy;
        // Same shape as production, with delays short enough for a test.
        s.sign_in_account_policy.base_delay = Duration::from_millis(1);
        s.sign_in_account_policy.max_delay = Duration::from_millis(2);
    })
    .await
    .unwrap();
    let base = format!("http://{}", running.addr);
    let ctx = running.ctx.clone();
    actix_web::rt::spawn(running.server);
    TestServer {
        base,
        clock,
        ctx,
        _dir: dir,
    }
}

/// A browser-like HTTP client with a cookie jar of one site.
#[derive(Clone, Default)]
struct Browser {
    cookies: Vec<(String, String)>,
}

impl Browser {
    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn keep_cookies(&mut self, res: &awc::ClientResponse<impl futures::Stream + Unpin>) {
        let Ok(cookies) = res.cookies() else { return };
        for c in cookies.iter() {
            self.cookies.retain(|(k, _)| k != c.name());
            if !c.value().is_empty() {
                self.cookies
                    .push((c.name().to_owned(), c.value().to_owned()));
            }
        }
    }

    /// Calls a server function like the browser's WASM does (form-encoded, JSON back).
    async fn call<T: DeserializeOwned>(
        &mut self,
        srv: &TestServer,
        name: &str,
        form: &[(&str, &str)],
    ) -> Result<T, AppError> {
        let mut res = awc::Client::new()
            .post(format!("{}/fn/{name}", srv.base))
            .insert_header(("Cookie", self.cookie_header()))
            .send_form(&form)
            .await
            .unwrap();
        self.keep_cookies(&res);
        let body = res.body().await.unwrap();
        if res.status().is_success() {
            Ok(serde_json::from_slice(&body)
                .unwrap_or_else(|e| panic!("{name}: {e}: {}", String::from_utf8_lossy(&body))))
        } else {
            Err(serde_json::from_slice(&body).unwrap_or_else(|e| {
                panic!(
                    "{name}: {} {e}: {}",
                    res.status(),
                    String::from_utf8_lossy(&body)
                )
            }))
        }
    }

    async fn redeem_pin(&mut self, srv: &TestServer, pin: &str) -> Result<(), AppError> {
        self.call(srv, "redeem_pin", &[("pin", pin)]).await
    }

    async fn redeem_link(&mut self, srv: &TestServer, token: &str) -> Result<(), AppError> {
        self.call(srv, "redeem_link", &[("token", token)]).await
    }

    async fn ws(&self, srv: &TestServer, role: Role) -> Result<Ws, u16> {
        let url = format!(
            "{}/ws?role={}",
            srv.base.replace("http", "ws"),
            role.as_str()
        );
        match awc::Client::new()
            .ws(url)
            .origin(srv.base.as_str())
            .set_header("Cookie", self.cookie_header())
            .max_frame_size(1 << 20)
            .connect()
            .await
        {
            Ok((_, framed)) => Ok(Ws { framed }),
            Err(awc::error::WsClientError::InvalidResponseStatus(s)) => Err(s.as_u16()),
            Err(e) => panic!("websocket: {e}"),
        }
    }
}

struct Ws {
    framed: actix_codec::Framed<awc::BoxedSocket, awc::ws::Codec>,
}

impl Ws {
    async fn send(&mut self, msg: &ClientMsg) {
        let text = serde_json::to_string(msg).unwrap();
        self.framed.send(Message::Text(text.into())).await.unwrap();
    }

    async fn send_raw(&mut self, text: &str) {
        self.framed
            .send(Message::Text(text.to_owned().into()))
            .await
            .unwrap();
    }

    /// The next server message other than Ping, or None when the socket closed.
    async fn next(&mut self) -> Option<ServerMsg> {
        loop {
            let frame = tokio::time::timeout(Duration::from_secs(10), self.framed.next())
                .await
                .expect("no message within 10 s")?;
            match frame.ok()? {
                Frame::Text(bytes) => match serde_json::from_slice(&bytes).unwrap() {
                    ServerMsg::Ping => continue,
                    msg => return Some(msg),
                },
                Frame::Close(_) => return None,
                _ => continue,
            }
        }
    }

    async fn expect(&mut self) -> ServerMsg {
        self.next().await.expect("socket closed")
    }

    /// Waits for the view of `id` in `state`, skipping other updates.
    async fn until_state(&mut self, id: &SessionId, state: SessionState) {
        for _ in 0..20 {
            if let ServerMsg::Session { session } = self.expect().await
                && session.id == *id
                && session.state == state
            {
                return;
            }
        }
        panic!("{id} never reached {state:?}");
    }

    async fn hello(&mut self) -> Participant {
        self.send(&ClientMsg::Hello {
            version: PROTOCOL_VERSION,
        })
        .await;
        match self.expect().await {
            ServerMsg::Welcome { me, .. } => me,
            other => panic!("expected welcome, got {other:?}"),
        }
    }

    async fn act(&mut self, id: u64, session: &SessionId, act: Intent) {
        self.send(&ClientMsg::Act {
            id: CmdId(id),
            session: session.clone(),
            act,
        })
        .await;
    }

    /// Waits for the answer to command `id`.
    async fn answer(&mut self, id: u64) -> Result<(), AppError> {
        for _ in 0..20 {
            match self.expect().await {
                ServerMsg::Done { id: got } if got == CmdId(id) => return Ok(()),
                ServerMsg::Refused { id: got, error } if got == CmdId(id) => return Err(error),
                _ => continue,
            }
        }
        panic!("no answer to command {id}");
    }
}

/// Creates the first organisation through the setup page's server function, signed in.
async fn setup_org(srv: &TestServer, email: &str) -> Browser {
    let mut tech = Browser::default();
    tech.call::<()>(
        srv,
        "setup",
        &[
            ("org_name", "Acme Support"),
            ("name", "Tess Tech"),
            ("email", email),
            ("password", PASSWORD),
            ("password_confirm", PASSWORD),
        ],
    )
    .await
    .unwrap();
    assert!(tech.cookie_header().contains("sl_auth="), "setup signs in");
    tech
}

async fn sign_in(srv: &TestServer, email: &str) -> Browser {
    let mut b = Browser::default();
    b.call::<()>(srv, "sign_in", &[("email", email), ("password", PASSWORD)])
        .await
        .unwrap();
    b
}

async fn new_session(srv: &TestServer, tech: &mut Browser, method: &str) -> IssuedInvite {
    tech.call(
        srv,
        "create_session",
        &[
            ("customer_name", "Ada"),
            ("field1", "ticket 42"),
            ("field2", ""),
            ("method", method),
        ],
    )
    .await
    .unwrap()
}

/// A customer who redeemed the PIN, opened the page and accepted the terms (now Waiting).
async fn waiting_customer(srv: &TestServer, invite: &IssuedInvite) -> Ws {
    let mut customer = Browser::default();
    customer.redeem_pin(srv, &invite.secret).await.unwrap();
    let mut page = customer.ws(srv, Role::Customer).await.unwrap();
    page.hello().await;
    page.act(1, &invite.session, Intent::AcceptTerms).await;
    assert_eq!(page.answer(1).await, Ok(()));
    page
}

fn token_of(link: &str) -> &str {
    link.rsplit('/').next().unwrap()
}

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

        let mut page = customer.ws(&srv, Role::Customer).await.unwrap();
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
        console.act(1, &id, Intent::Start).await;
        assert_eq!(console.answer(1).await, Err(AppError::NotAllowedNow));

        page.send(&ClientMsg::Report {
            session: id.clone(),
            event: ClientReport::MediaGranted,
        })
        .await;
        page.act(1, &id, Intent::AcceptTerms).await;
        assert_eq!(page.answer(1).await, Ok(()));
        console.until_state(&id, SessionState::Waiting).await;

        // No signalling is relayed before Start.
        page.send(&ClientMsg::Rtc {
            session: id.clone(),
            sig: RtcSignal::Offer {
                sdp: "early".into(),
            },
        })
        .await;

        console.act(2, &id, Intent::Start).await;
        assert_eq!(console.answer(2).await, Ok(()));
        page.until_state(&id, SessionState::Active).await;

        // Signalling is relayed unchanged, stamped with the sender's role.
        let offer = RtcSignal::Offer {
            sdp: "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\n".into(),
        };
        page.send(&ClientMsg::Rtc {
            session: id.clone(),
            sig: offer.clone(),
        })
        .await;
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
            sdp: "v=0 answer".into(),
        };
        console
            .send(&ClientMsg::Rtc {
                session: id.clone(),
                sig: answer.clone(),
            })
            .await;
        assert_eq!(
            page.expect().await,
            ServerMsg::Rtc {
                session: id.clone(),
                from: Role::Technician,
                sig: answer
            }
        );

        console.act(3, &id, Intent::End).await;
        assert_eq!(console.answer(3).await, Ok(()));
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
        page.act(2, &id, Intent::End).await;
        assert_eq!(page.answer(2).await, Err(AppError::NotAllowedNow));
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
    page.act(2, &id, Intent::End).await;
    assert_eq!(page.answer(2).await, Ok(()));
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

    // Used PIN.
    let invite = new_session(&srv, &mut tech, "pin").await;
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
    console.act(1, &invite.session, Intent::End).await;
    assert_eq!(console.answer(1).await, Ok(()));
    assert_eq!(
        Browser::default().redeem_pin(&srv, &invite.secret).await,
        Err(AppError::SessionClosed)
    );
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
    assert_eq!(me.map(|m| m.role), Some(UserRole::Admin));

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

#[actix_web::test]
async fn another_organisation_cannot_touch_a_session() {
    let srv = start().await;
    let mut tess = setup_org(&srv, "tess@acme.test").await;
    // A second organisation on the same installation.
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
    let mut eve = sign_in(&srv, "eve@other.test").await;

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
    evil.send(&ClientMsg::Rtc {
        session: id.clone(),
        sig: RtcSignal::Answer {
            sdp: "forged".into(),
        },
    })
    .await;
    page.until_state(&id, SessionState::Active).await;
    // The next thing the customer receives is Tess's real answer, not Eve's.
    console
        .send(&ClientMsg::Rtc {
            session: id.clone(),
            sig: RtcSignal::Answer { sdp: "real".into() },
        })
        .await;
    assert_eq!(
        page.expect().await,
        ServerMsg::Rtc {
            session: id.clone(),
            from: Role::Technician,
            sig: RtcSignal::Answer { sdp: "real".into() }
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
    other_page.act(5, &id, Intent::End).await;
    assert_eq!(other_page.answer(5).await, Err(AppError::NotFound));
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
