//! How long every action waits, measured from outside as the browsers see it, while many
//! other sessions are live: act → `done` (hold, resume), chat → the writer's echo,
//! signalling relay customer → technician, and a signed-in `GET /console` on a kept-alive
//! connection.
//!
//! `cargo bench -p server --bench latency` runs the full size (1,000 live sessions, 300
//! rounds; `SESSIONS` and `ROUNDS` override). Under `cargo test --benches` (the test
//! command's smoke run) it runs small and only checks that every answer came.
//! The background load runs on a thread of its own, so that its clients do not delay the
//! measuring client: each background customer sends a chat message every `CHAT_EVERY_MS`
//! (default 10 s) and reads what comes back. They belong to other organisations, 20
//! each, as on a server that many organisations share.

#![allow(clippy::unwrap_used, clippy::expect_used)] // benchmark code: a panic is a failure

#[path = "../tests/support/mod.rs"]
mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use app::auth::UserRole;
use app::auth::server::{AccountInput, OrgChoice, create_account};
use app::chat::{ChatBody, ChatId};
use app::ids::CmdId;
use app::protocol::{ClientMsg, Intent, Role, RtcSignal, ServerMsg};
use app::session::SessionState;
use app::ssr_ctx::Clock;
use support::{Browser, Remote, Ws, new_session, setup_org, sign_in, start, waiting_customer};

/// The least time between two rounds of measurement.
const ROUND_PACE: Duration = Duration::from_millis(120);

/// Background sessions per organisation.
const PER_ORG: u64 = 20;

fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    // The server's log, when asked for (`LOG=1`).
    if std::env::var_os("LOG").is_some() {
        tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .init();
    }
    let sessions = env_or("SESSIONS", if full { 1000 } else { 20 });
    let rounds = env_or("ROUNDS", if full { 300 } else { 20 });
    let chat_every = Duration::from_millis(env_or("CHAT_EVERY_MS", 10_000));
    actix_web::rt::System::new().block_on(run(sessions, rounds, chat_every));
}

/// Milliseconds, sorted: p50 / p99 / max.
struct Figures(Vec<f64>);

impl Figures {
    fn add(&mut self, since: Instant) {
        self.0.push(since.elapsed().as_secs_f64() * 1000.0);
    }

    fn print(&mut self, what: &str) {
        self.0.sort_by(f64::total_cmp);
        let at = |q: f64| self.0[((self.0.len() - 1) as f64 * q).round() as usize];
        println!(
            "{what:<28} n={:<5} p50 {:>7.2} ms   p99 {:>7.2} ms   max {:>7.2} ms",
            self.0.len(),
            at(0.5),
            at(0.99),
            at(1.0)
        );
    }
}

/// Reads until `pick` accepts a message (other messages are dropped), within 10 s.
async fn wait_for(ws: &mut Ws, what: &str, pick: impl Fn(&ServerMsg) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        match ws.next_any().await {
            Some(msg) if pick(&msg) => return,
            Some(_) => continue,
            None => panic!("socket closed waiting for {what}"),
        }
    }
    panic!("no {what} within 10 s");
}

async fn run(sessions: u64, rounds: u64, chat_every: Duration) {
    let srv = start().await;
    let mut tech = setup_org(&srv, "tess@acme.test").await;
    // The other sessions belong to other organisations, as on a shared server, 20 each:
    // the measured console's queue holds only its own.
    let mut others = Vec::new();
    for n in 0..sessions.div_ceil(PER_ORG) {
        let email = format!("tech{n}@org{n}.test");
        let input = AccountInput {
            name: format!("Tech {n}"),
            email: email.clone(),
            password: support::PASSWORD.into(),
            role: UserRole::Technician,
        };
        let org = OrgChoice::New(format!("Org {n}"));
        create_account(&srv.ctx.db, org, input, srv.clock.now_ms())
            .await
            .unwrap();
        others.push(sign_in(&srv, &email).await);
    }

    // The other sessions: waiting customers on a thread of their own.
    let stop = Arc::new(AtomicBool::new(false));
    let sent = Arc::new(AtomicU64::new(0));
    // The hub runs on this thread's runtime: wait without blocking it.
    let (ready_tx, ready_rx) = tokio::sync::oneshot::channel();
    let background = {
        let (remote, stop, sent) = (Remote(srv.base.clone()), stop.clone(), sent.clone());
        std::thread::spawn(move || {
            actix_web::rt::System::new().block_on(background_load(
                remote, others, sessions, chat_every, stop, sent, ready_tx,
            ))
        })
    };
    let opened = Instant::now();
    tokio::time::timeout(Duration::from_secs(600), ready_rx)
        .await
        .expect("background sessions up within 10 minutes")
        .expect("background sessions opened");
    println!(
        "{sessions} live sessions opened in {:.1} s",
        opened.elapsed().as_secs_f64()
    );

    // The measured session: a technician and a customer in an active call.
    let mut console = tech.ws_binary(&srv, Role::Technician).await.unwrap();
    console.hello().await;
    let invite = new_session(&srv, &mut tech, "pin").await;
    let mut page = waiting_customer(&srv, &invite).await;
    let id = invite.session.clone();
    console.backlog.clear();
    console.act(1, &id, Intent::Start).await;
    wait_for(
        &mut console,
        "start",
        |m| matches!(m, ServerMsg::Done { id } if *id == CmdId(1)),
    )
    .await;
    wait_for(
        &mut page,
        "active",
        |m| matches!(m, ServerMsg::Session { session } if session.state == SessionState::Active),
    )
    .await;

    let (mut act, mut chat, mut relay, mut render) = (
        Figures(vec![]),
        Figures(vec![]),
        Figures(vec![]),
        Figures(vec![]),
    );
    let http = awc::Client::new();
    let mut cmd = 10;
    for round in 0..rounds {
        // Two messages per socket per round: paced under the server's per-socket rate
        // limit (200 in 10 s), as a browser is.
        let pace = actix_web::rt::time::sleep(ROUND_PACE);
        for intent in [Intent::Hold, Intent::Start] {
            cmd += 1;
            let t = Instant::now();
            console.act(cmd, &id, intent).await;
            let want = CmdId(cmd);
            wait_for(
                &mut console,
                "done",
                |m| matches!(m, ServerMsg::Done { id } if *id == want),
            )
            .await;
            act.add(t);
        }

        let chat_id = ChatId(format!("bench{round:08}"));
        let t = Instant::now();
        page.send(&ClientMsg::Chat {
            id: CmdId(round + 1000),
            session: id.clone(),
            chat: chat_id.clone(),
            body: ChatBody::Text {
                text: "the router blinks".into(),
            },
        })
        .await;
        wait_for(
            &mut page,
            "chat echo",
            |m| matches!(m, ServerMsg::Chat { message, .. } if message.id == chat_id),
        )
        .await;
        chat.add(t);

        let candidate = format!("candidate:{round} 1 udp 1 127.0.0.1 9 typ host");
        let t = Instant::now();
        page.send(&ClientMsg::Rtc {
            session: id.clone(),
            sig: RtcSignal::Ice {
                call: 1,
                candidate: candidate.clone(),
                sdp_mid: None,
                sdp_m_line_index: Some(0),
            },
        })
        .await;
        wait_for(&mut console, "relayed candidate", |m| {
            matches!(m, ServerMsg::Rtc { sig: RtcSignal::Ice { candidate: c, .. }, .. } if *c == candidate)
        })
        .await;
        relay.add(t);

        let t = Instant::now();
        let mut res = http
            .get(format!("{}/console", srv.base))
            .insert_header(("Cookie", tech.cookie_header()))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200);
        res.body().limit(1 << 22).await.unwrap();
        render.add(t);
        pace.await;
    }

    stop.store(true, Ordering::SeqCst);
    background.join().expect("background load ends");
    println!(
        "{sessions} live sessions, {rounds} rounds, {} background chat messages",
        sent.load(Ordering::SeqCst)
    );
    act.print("act -> done");
    chat.print("chat -> echo");
    relay.print("relay customer -> console");
    render.print("GET /console (keep-alive)");
}

/// Opens `sessions` waiting customers, reports ready, then keeps each chatting every
/// `every` until `stop`.
async fn background_load(
    remote: Remote,
    mut techs: Vec<Browser>,
    sessions: u64,
    every: Duration,
    stop: Arc<AtomicBool>,
    sent: Arc<AtomicU64>,
    ready: tokio::sync::oneshot::Sender<()>,
) {
    let mut pages = Vec::new();
    for n in 0..sessions {
        let tech = &mut techs[(n / PER_ORG) as usize];
        let invite = new_session(&remote, tech, "pin").await;
        pages.push((
            invite.session.clone(),
            waiting_customer(&remote, &invite).await,
        ));
    }
    let _ = ready.send(());
    let tasks: Vec<_> = pages
        .into_iter()
        .enumerate()
        .map(|(n, (id, mut page))| {
            let (stop, sent) = (stop.clone(), sent.clone());
            actix_web::rt::spawn(async move {
                // Spread the first messages over the interval.
                let offset = every.mul_f64(n as f64 / sessions.max(1) as f64);
                actix_web::rt::time::sleep(offset).await;
                let mut k = 0u64;
                while !stop.load(Ordering::SeqCst) && k < 100_000 {
                    k += 1;
                    page.chat(
                        k + 10,
                        &id,
                        &format!("bg{n:06}x{k:08}"),
                        support::text("hello"),
                    )
                    .await;
                    let _ = page.answer(k + 10).await;
                    page.backlog.clear();
                    sent.fetch_add(1, Ordering::SeqCst);
                    let until = Instant::now() + every;
                    while Instant::now() < until && !stop.load(Ordering::SeqCst) {
                        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
                    }
                }
            })
        })
        .collect();
    for t in tasks {
        let _ = t.await;
    }
}
