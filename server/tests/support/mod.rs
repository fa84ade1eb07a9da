//! What the server tests and the server benchmarks share: the real server on 127.0.0.1:0
//! with a temporary SQLite database, and clients that speak HTTP and websockets as the
//! browsers do.

#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)] // test code: a panic is a failed test
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use actix_web::web;
use awc::ws::{Frame, Message};
use futures::{SinkExt, StreamExt};
use serde::de::DeserializeOwned;

use app::chat::{ChatBody, ChatId, ChatMessage};
use app::error::AppError;
use app::ids::{CmdId, SessionId, UserId};
use app::presence::Presence;
use app::protocol::{
    ClientMsg, ClientReport, Intent, PROTOCOL_VERSION, Participant, Role, ServerMsg,
};
use app::session::{IssuedInvite, SeatId, SessionState, SessionView};
use app::ssr_ctx::{Clock, Ctx, Settings};
use app::throttle::Policy;
use server::config::Cli;

pub const PASSWORD: &str = "correct horse battery";

/// A clock the test moves by hand.
pub struct ManualClock(pub AtomicI64);

impl Clock for ManualClock {
    fn now_ms(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}

impl ManualClock {
    pub fn advance(&self, d: Duration) {
        self.0.fetch_add(d.as_millis() as i64, Ordering::SeqCst);
    }
}

pub struct TestServer {
    pub base: String,
    pub clock: Arc<ManualClock>,
    pub ctx: web::Data<Ctx>,
    pub handle: actix_web::dev::ServerHandle,
    pub dir: Arc<tempfile::TempDir>,
}

/// A throttle that never gets in the way of a test that is about something else.
pub const LENIENT: Policy = Policy {
    free: 1000,
    base_delay: Duration::from_millis(1),
    max_delay: Duration::from_millis(1),
    block_after: None,
    window: Duration::from_secs(900),
};

pub async fn start() -> TestServer {
    start_with(LENIENT).await
}

pub async fn start_with(pin_policy: Policy) -> TestServer {
    start_with_args(pin_policy, &[]).await
}

/// A server with more command-line settings.
pub async fn start_with_args(pin_policy: Policy, args: &[&str]) -> TestServer {
    let dir = Arc::new(tempfile::tempdir().unwrap());
    let clock = Arc::new(ManualClock(AtomicI64::new(1_800_000_000_000)));
    launch(dir, clock, pin_policy, args, &|_| {}).await
}

/// A server whose settings `tune` adjusts after the tests' defaults.
pub async fn start_tuned(args: &[&str], tune: &dyn Fn(&mut Settings)) -> TestServer {
    let dir = Arc::new(tempfile::tempdir().unwrap());
    let clock = Arc::new(ManualClock(AtomicI64::new(1_800_000_000_000)));
    launch(dir, clock, LENIENT, args, tune).await
}

/// Starts a server on `dir`'s database with `clock` (a restart reuses both).
pub async fn launch(
    dir: Arc<tempfile::TempDir>,
    clock: Arc<ManualClock>,
    pin_policy: Policy,
    args: &[&str],
    tune: &dyn Fn(&mut Settings),
) -> TestServer {
    let db = dir.path().join("test.db");
    let database_url = format!("sqlite://{}", db.display());
    let mut all = vec![
        "sightline",
        "--bind",
        "127.0.0.1:0",
        "--workers",
        "2",
        "--database-url",
        &database_url,
    ];
    all.extend_from_slice(args);
    let cli = <Cli as clap::Parser>::try_parse_from(all).unwrap();
    let running = server::serve::start(&cli.config, clock.clone(), |s| {
        s.pin_policy = pin_policy;
        s.channel_policy = pin_policy;
        s.send_policy = pin_policy;
        // Same shape as production, with delays short enough for a test.
        s.sign_in_account_policy.base_delay = Duration::from_millis(1);
        s.sign_in_account_policy.max_delay = Duration::from_millis(2);
        // The gateway's token comes from the environment in production.
        if let Some(g) = s.sms.as_mut() {
            g.token = SMS_TOKEN.into();
        }
        // Test clients read their sockets only when a test waits on them, so the server must
        // not give up an idle one after the browsers' short silence.
        s.heartbeat = app::ssr_ctx::Heartbeat {
            every: Duration::from_secs(5),
            silence: Duration::from_secs(60),
        };
        tune(s);
    })
    .await
    .unwrap();
    let base = format!("http://{}", running.addr);
    let ctx = running.ctx.clone();
    let handle = running.server.handle();
    actix_web::rt::spawn(running.server);
    TestServer {
        base,
        clock,
        ctx,
        handle,
        dir,
    }
}

/// Where a client finds the server: the test's own, or another thread's copy of its URL.
pub trait Site {
    fn base(&self) -> &str;
}

impl Site for TestServer {
    fn base(&self) -> &str {
        &self.base
    }
}

/// A server's base URL, for clients on another thread than the one that runs it.
#[derive(Clone)]
pub struct Remote(pub String);

impl Site for Remote {
    fn base(&self) -> &str {
        &self.0
    }
}

impl TestServer {
    /// Stops this server (its connections drop, as in a crash) and starts another on the
    /// same database and clock (on a new port).
    pub async fn restart(self) -> TestServer {
        self.handle.stop(false).await;
        launch(self.dir.clone(), self.clock.clone(), LENIENT, &[], &|_| {}).await
    }

    /// `restart`, with these arguments and settings.
    pub async fn restart_tuned(self, args: &[&str], tune: &dyn Fn(&mut Settings)) -> TestServer {
        self.handle.stop(false).await;
        launch(self.dir.clone(), self.clock.clone(), LENIENT, args, tune).await
    }
}

/// A browser-like HTTP client with a cookie jar of one site.
#[derive(Clone, Default)]
pub struct Browser {
    pub cookies: Vec<(String, String)>,
}

impl Browser {
    pub fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub fn keep_cookies(&mut self, res: &awc::ClientResponse<impl futures::Stream + Unpin>) {
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
    /// Calls a server function that takes JSON.
    pub async fn call_json<T: DeserializeOwned>(
        &mut self,
        srv: &impl Site,
        name: &str,
        body: serde_json::Value,
    ) -> Result<T, AppError> {
        let mut res = awc::Client::new()
            .post(format!("{}/fn/{name}", srv.base()))
            .insert_header(("Cookie", self.cookie_header()))
            .send_json(&body)
            .await
            .unwrap();
        let bytes = res.body().await.unwrap();
        if res.status().is_success() {
            Ok(serde_json::from_slice(&bytes).unwrap())
        } else {
            Err(serde_json::from_slice(&bytes).unwrap())
        }
    }

    /// A plain GET: status and body.
    pub async fn get(&self, srv: &impl Site, path: &str) -> (u16, String) {
        let mut res = awc::Client::new()
            .get(format!("{}{path}", srv.base()))
            .insert_header(("Cookie", self.cookie_header()))
            .send()
            .await
            .unwrap();
        let body = res.body().await.unwrap();
        (
            res.status().as_u16(),
            String::from_utf8_lossy(&body).into_owned(),
        )
    }

    pub async fn call<T: DeserializeOwned>(
        &mut self,
        srv: &impl Site,
        name: &str,
        form: &[(&str, &str)],
    ) -> Result<T, AppError> {
        let mut res = awc::Client::new()
            .post(format!("{}/fn/{name}", srv.base()))
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

    pub async fn redeem_pin(&mut self, srv: &impl Site, pin: &str) -> Result<(), AppError> {
        self.call(srv, "redeem_pin", &[("pin", pin)]).await
    }

    pub async fn redeem_link(&mut self, srv: &impl Site, token: &str) -> Result<(), AppError> {
        self.call(srv, "redeem_link", &[("token", token)]).await
    }

    pub async fn ws(&self, srv: &impl Site, role: Role) -> Result<Ws, u16> {
        self.ws_in(srv, role, false).await
    }

    /// A websocket speaking the binary form, as the browsers do.
    pub async fn ws_binary(&self, srv: &impl Site, role: Role) -> Result<Ws, u16> {
        self.ws_in(srv, role, true).await
    }

    pub async fn ws_in(&self, srv: &impl Site, role: Role, binary: bool) -> Result<Ws, u16> {
        let url = format!(
            "{}/ws?role={}",
            srv.base().replace("http", "ws"),
            role.as_str()
        );
        match awc::Client::new()
            .ws(url)
            .origin(srv.base())
            .set_header("Cookie", self.cookie_header())
            .max_frame_size(1 << 20)
            .connect()
            .await
        {
            Ok((_, framed)) => Ok(Ws {
                framed,
                binary,
                welcome: None,
                backlog: Default::default(),
            }),
            Err(awc::error::WsClientError::InvalidResponseStatus(s)) => Err(s.as_u16()),
            Err(e) => panic!("websocket: {e}"),
        }
    }
}

pub struct Ws {
    pub framed: actix_codec::Framed<awc::BoxedSocket, awc::ws::Codec>,
    /// Speaks binary frames (postcard), as browsers do, rather than JSON text.
    pub binary: bool,
    /// What the welcome said: who we are, our seat, our resume token.
    pub welcome: Option<(Participant, SeatId, String)>,
    /// Messages read while looking for an answer, kept for the next reads.
    pub backlog: std::collections::VecDeque<ServerMsg>,
}

impl Ws {
    pub async fn send(&mut self, msg: &ClientMsg) {
        let frame = if self.binary {
            Message::Binary(app::wire::to_bytes(msg).into())
        } else {
            Message::Text(serde_json::to_string(msg).unwrap().into())
        };
        self.framed.send(frame).await.unwrap();
    }

    /// Sends WebRTC signalling for the other party of `session`.
    pub async fn signal(&mut self, session: &SessionId, sig: app::protocol::RtcSignal) {
        self.send(&ClientMsg::Rtc {
            session: session.clone(),
            sig,
        })
        .await;
    }

    pub async fn report(&mut self, id: u64, session: &SessionId, event: ClientReport) {
        self.send(&ClientMsg::Report {
            id: CmdId(id),
            session: session.clone(),
            event,
        })
        .await;
    }

    pub async fn send_raw(&mut self, text: &str) {
        self.framed
            .send(Message::Text(text.to_owned().into()))
            .await
            .unwrap();
    }

    /// The next server message other than Ping, Log and Team, or None when the socket closed.
    pub async fn next(&mut self) -> Option<ServerMsg> {
        if let Some(msg) = self.backlog.pop_front() {
            return Some(msg);
        }
        loop {
            match self.next_any().await? {
                ServerMsg::Ping | ServerMsg::Log { .. } | ServerMsg::Team { .. } => continue,
                msg => return Some(msg),
            }
        }
    }

    /// The next server message other than Ping (answered with Pong, as browsers do).
    pub async fn next_any(&mut self) -> Option<ServerMsg> {
        loop {
            let frame = tokio::time::timeout(Duration::from_secs(10), self.framed.next())
                .await
                .expect("no message within 10 s")?;
            let msg: ServerMsg = match frame.ok()? {
                Frame::Text(bytes) => {
                    assert!(!self.binary, "a text frame on a binary connection");
                    serde_json::from_slice(&bytes).unwrap()
                }
                Frame::Binary(bytes) => {
                    assert!(self.binary, "a binary frame on a text connection");
                    app::wire::from_bytes(&bytes).unwrap()
                }
                Frame::Close(_) => return None,
                _ => continue,
            };
            match msg {
                ServerMsg::Ping => self.send(&ClientMsg::Pong).await,
                msg => return Some(msg),
            }
        }
    }

    /// The presence of `name` in the next team list that has them.
    pub async fn presence_of(&mut self, name: &str) -> Presence {
        for _ in 0..30 {
            if let Some(ServerMsg::Team { members }) = self.next_any().await
                && let Some(m) = members.iter().find(|m| m.name == name)
            {
                return m.presence;
            }
        }
        panic!("no team list with {name}");
    }

    /// Waits for the view of `id` that satisfies `pred`, returning it.
    pub async fn until(
        &mut self,
        id: &SessionId,
        pred: impl Fn(&SessionView) -> bool,
    ) -> SessionView {
        for _ in 0..40 {
            if let ServerMsg::Session { session } = self.expect().await
                && session.id == *id
                && pred(&session)
            {
                return session;
            }
        }
        panic!("{id} never reached the expected view");
    }

    pub async fn expect(&mut self) -> ServerMsg {
        self.next().await.expect("socket closed")
    }

    /// Waits for the view of `id` in `state`, skipping other updates.
    pub async fn until_state(&mut self, id: &SessionId, state: SessionState) {
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

    pub async fn hello(&mut self) -> Participant {
        self.hello_with(None).await.0
    }

    pub async fn hello_with(&mut self, resume: Option<String>) -> (Participant, SeatId, String) {
        self.send(&ClientMsg::Hello {
            version: PROTOCOL_VERSION,
            resume,
        })
        .await;
        match self.expect().await {
            ServerMsg::Welcome {
                me, seat, resume, ..
            } => {
                self.welcome = Some((me.clone(), seat.clone(), resume.clone()));
                (me, seat, resume)
            }
            other => panic!("expected welcome, got {other:?}"),
        }
    }

    /// The technician this console belongs to (after hello).
    pub fn user(&self) -> UserId {
        match &self.welcome {
            Some((Participant::Technician { user, .. }, _, _)) => user.clone(),
            other => panic!("not a technician's console: {other:?}"),
        }
    }

    /// This tab's resume token (after hello).
    pub fn resume(&self) -> String {
        self.welcome
            .as_ref()
            .map(|w| w.2.clone())
            .expect("hello first")
    }

    pub async fn act(&mut self, id: u64, session: &SessionId, act: Intent) {
        self.send(&ClientMsg::Act {
            id: CmdId(id),
            session: session.clone(),
            act,
        })
        .await;
    }

    /// Sends command `id` and waits for its answer.
    pub async fn ask(&mut self, id: u64, session: &SessionId, act: Intent) -> Result<(), AppError> {
        self.act(id, session, act).await;
        self.answer(id).await
    }

    /// Waits for the answer to command `id`, reading past any number of other messages
    /// (dropped: a busy session's chat, every tab's echoes).
    pub async fn reply(&mut self, id: u64) -> Result<(), AppError> {
        loop {
            match self.next_any().await.expect("socket open") {
                ServerMsg::Done { id: got } if got == CmdId(id) => return Ok(()),
                ServerMsg::Refused { id: got, error } if got == CmdId(id) => return Err(error),
                _ => {}
            }
        }
    }

    /// Waits for the answer to command `id`; other messages stay for the next reads.
    pub async fn answer(&mut self, id: u64) -> Result<(), AppError> {
        let mut skipped = vec![];
        let mut result = None;
        for _ in 0..20 {
            match self.expect().await {
                ServerMsg::Done { id: got } if got == CmdId(id) => {
                    result = Some(Ok(()));
                    break;
                }
                ServerMsg::Refused { id: got, error } if got == CmdId(id) => {
                    result = Some(Err(error));
                    break;
                }
                other => skipped.push(other),
            }
        }
        for msg in skipped.into_iter().rev() {
            self.backlog.push_front(msg);
        }
        result.unwrap_or_else(|| panic!("no answer to command {id}"))
    }
}

/// Creates the first organisation through the setup page's server function, signed in.
pub async fn setup_org(srv: &impl Site, email: &str) -> Browser {
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

pub async fn sign_in(srv: &impl Site, email: &str) -> Browser {
    let mut b = Browser::default();
    b.call::<()>(srv, "sign_in", &[("email", email), ("password", PASSWORD)])
        .await
        .unwrap();
    b
}

pub async fn new_session(srv: &impl Site, tech: &mut Browser, method: &str) -> IssuedInvite {
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
pub async fn waiting_customer(srv: &impl Site, invite: &IssuedInvite) -> Ws {
    customer_waiting(srv, invite).await.1
}

/// The same, with the customer's browser (its cookie), to open the page again later.
pub async fn customer_waiting(srv: &impl Site, invite: &IssuedInvite) -> (Browser, Ws) {
    let mut customer = Browser::default();
    customer.redeem_pin(srv, &invite.secret).await.unwrap();
    // The customer's page speaks the binary form, as the browser does.
    let mut page = customer.ws_binary(srv, Role::Customer).await.unwrap();
    page.hello().await;
    assert_eq!(
        page.ask(1, &invite.session, Intent::AcceptTerms).await,
        Ok(())
    );
    (customer, page)
}

pub fn token_of(link: &str) -> &str {
    link.rsplit('/').next().unwrap()
}

impl Ws {
    pub async fn chat(&mut self, id: u64, session: &SessionId, chat: &str, body: ChatBody) {
        self.send(&ClientMsg::Chat {
            id: CmdId(id),
            session: session.clone(),
            chat: ChatId(chat.into()),
            body,
        })
        .await;
    }

    /// Sends chat command `id` and waits for its answer.
    pub async fn ask_chat(
        &mut self,
        id: u64,
        session: &SessionId,
        chat: &str,
        body: ChatBody,
    ) -> Result<(), AppError> {
        self.chat(id, session, chat, body).await;
        self.answer(id).await
    }

    /// The first pushed message for which `pick` gives something.
    pub async fn first<T>(&mut self, what: &str, pick: impl Fn(ServerMsg) -> Option<T>) -> T {
        for _ in 0..20 {
            if let Some(found) = pick(self.expect().await) {
                return found;
            }
        }
        panic!("no {what}");
    }

    /// The next chat message pushed for `session`.
    pub async fn chat_message(&mut self, session: &SessionId) -> ChatMessage {
        self.first("chat message", |m| match m {
            ServerMsg::Chat {
                session: s,
                message,
            } if s == *session => Some(message),
            _ => None,
        })
        .await
    }

    /// The whole chat of `session`, asked for.
    pub async fn chat_log(&mut self, session: &SessionId) -> Vec<ChatMessage> {
        self.send(&ClientMsg::ChatSync {
            session: session.clone(),
        })
        .await;
        self.first("chat log", |m| match m {
            ServerMsg::ChatLog {
                session: s,
                messages,
            } if s == *session => Some(messages),
            _ => None,
        })
        .await
    }
}

pub fn text(t: &str) -> ChatBody {
    ChatBody::Text { text: t.into() }
}

/// The text-message gateway's token in tests.
pub const SMS_TOKEN: &str = "test-sms-token";
