//! `kill -9` of the real server binary in the middle of work: during a burst of chat from
//! both sides, and during a storm of transitions across many sessions. After a restart on
//! the same database every acknowledged message is stored once and shown on both sides,
//! the session log has no gap, and every session is in a state the machine allows with a
//! log that leads to it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

mod support;

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use app::ids::{CmdId, SessionId};
use app::protocol::{ClientMsg, Intent, Role, ServerMsg};
use app::session::SessionState;
use app::session::repo as sessions;
use support::*;

/// The server as its own process, on a fixed port and database.
struct Process {
    child: Child,
    site: Remote,
}

impl Process {
    /// Starts the binary and waits (at most 30 s) until it answers.
    async fn start(db: &Path, port: u16) -> Process {
        let child = Command::new(env!("CARGO_BIN_EXE_sightline"))
            .args([
                "--bind",
                &format!("127.0.0.1:{port}"),
                "--database-url",
                &format!("sqlite://{}", db.display()),
                "--log",
                "warn",
                "serve",
            ])
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        // Owned at once: dropped (killed and waited for) if it never comes up.
        let process = Process {
            child,
            site: Remote(format!("http://127.0.0.1:{port}")),
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let up = awc::Client::new()
                .get(format!("{}/api/v1/health", process.site.0))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success());
            if up {
                return process;
            }
            assert!(Instant::now() < deadline, "the server did not start");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// SIGKILL: no shutdown, nothing flushed by the server itself.
    fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A database and a port the server runs on, started again after each kill.
struct Install {
    _dir: tempfile::TempDir,
    db: PathBuf,
    port: u16,
}

impl Install {
    fn new() -> Install {
        let dir = tempfile::tempdir().unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        Install {
            db: dir.path().join("crash.db"),
            _dir: dir,
            port,
        }
    }

    async fn start(&self) -> Process {
        Process::start(&self.db, self.port).await
    }

    /// The database, read beside the server.
    async fn pool(&self) -> app::db::Db {
        app::db::connect(&format!("sqlite://{}", self.db.display()), 1)
            .await
            .unwrap()
    }
}

/// A new install, running, with its first technician's console open.
async fn first_run() -> (Install, Process, Browser, Ws) {
    let install = Install::new();
    let server = install.start().await;
    let tech = setup_org(&server.site, "tess@acme.test").await;
    let mut console = tech
        .ws_binary(&server.site, Role::Technician)
        .await
        .unwrap();
    console.hello().await;
    (install, server, tech, console)
}

/// Reads what is left on a socket the server dropped (a binary one, as the browsers
/// speak): the commands answered `done`.
async fn acknowledged(ws: &mut Ws) -> HashSet<CmdId> {
    let mut done = HashSet::new();
    while let Ok(Some(Ok(frame))) = tokio::time::timeout(
        Duration::from_secs(5),
        futures::StreamExt::next(&mut ws.framed),
    )
    .await
    {
        if let awc::ws::Frame::Binary(bytes) = frame
            && let Ok(ServerMsg::Done { id }) = app::wire::from_bytes::<ServerMsg>(&bytes)
        {
            done.insert(id);
        }
    }
    done
}

/// Sends `side`'s `k`-th chat message of the burst as command `cmd`.
async fn say(ws: &mut Ws, cmd: u64, id: &SessionId, side: &str, k: u64) {
    let body = match side {
        "cust" => "from the customer",
        _ => "from the technician",
    };
    ws.chat(cmd, id, &format!("{side}{k:08}"), text(body)).await;
}

#[actix_web::test]
async fn acknowledged_chat_survives_kill_9_once_and_in_order() {
    let (install, server, mut tech, mut console) = first_run().await;
    let site = server.site.clone();
    let invite = new_session(&site, &mut tech, "pin").await;
    let id = invite.session.clone();
    let (customer, mut page) = customer_waiting(&site, &invite).await;
    assert_eq!(console.ask(1, &id, Intent::Start).await, Ok(()));
    let (page_resume, console_resume) = (page.resume(), console.resume());

    // A burst from both sides, sent without waiting; the server dies in the middle of it.
    let burst = 150u64;
    for k in 0..burst {
        say(&mut page, 100 + k, &id, "cust", k).await;
        say(&mut console, 100 + k, &id, "tech", k).await;
        if k == burst / 2 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    server.kill();
    let page_done = acknowledged(&mut page).await;
    let console_done = acknowledged(&mut console).await;
    println!(
        "kill -9 during a burst of {} messages: {} acknowledged",
        2 * burst,
        page_done.len() + console_done.len()
    );
    assert!(
        !page_done.is_empty() || !console_done.is_empty(),
        "some messages were acknowledged before the kill"
    );

    // Back up: both sides reconnect with their seats and resend what was not acknowledged,
    // as the browsers do.
    let server = install.start().await;
    let site = server.site.clone();
    let mut page = customer.ws_binary(&site, Role::Customer).await.unwrap();
    page.hello_with(Some(page_resume)).await;
    let mut console = tech.ws_binary(&site, Role::Technician).await.unwrap();
    console.hello_with(Some(console_resume)).await;
    for k in 0..burst {
        if !page_done.contains(&CmdId(100 + k)) {
            say(&mut page, 1000 + k, &id, "cust", k).await;
            assert_eq!(page.reply(1000 + k).await, Ok(()));
        }
        if !console_done.contains(&CmdId(100 + k)) {
            say(&mut console, 1000 + k, &id, "tech", k).await;
            assert_eq!(console.reply(1000 + k).await, Ok(()));
        }
    }

    // Every message once, the same on both sides, each side's in the order written.
    let on_page = page.chat_log(&id).await;
    let on_console = console.chat_log(&id).await;
    let ids =
        |log: &[app::chat::ChatMessage]| log.iter().map(|m| m.id.0.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&on_page), ids(&on_console));
    let all = ids(&on_page);
    let unique: BTreeSet<_> = all.iter().cloned().collect();
    assert_eq!(all.len(), unique.len(), "no message twice");
    assert_eq!(all.len() as u64, 2 * burst, "every message stored");
    for side in ["cust", "tech"] {
        let mine: Vec<_> = all.iter().filter(|i| i.starts_with(side)).collect();
        let acked: Vec<_> = mine
            .iter()
            .filter(|i| {
                let k: u64 = i[4..].parse().unwrap();
                let done = if side == "cust" {
                    &page_done
                } else {
                    &console_done
                };
                done.contains(&CmdId(100 + k))
            })
            .collect();
        let mut sorted = acked.clone();
        sorted.sort();
        assert_eq!(
            acked, sorted,
            "{side}: acknowledged messages kept their order"
        );
    }

    // The session log: the whole story, one chat entry per message, nothing lost.
    let pool = install.pool().await;
    let log = sessions::events(&pool, &id).await.unwrap();
    let chats = log.iter().filter(|e| e.kind == "chat").count();
    assert_eq!(chats as u64, 2 * burst);
    let kinds: Vec<_> = log
        .iter()
        .map(|e| e.kind.as_str())
        .filter(|k| *k != "chat")
        .collect();
    assert!(kinds.starts_with(&["created", "pin-issued"]), "{kinds:?}");
    let row = sessions::get(&pool, &id).await.unwrap().unwrap();
    assert_eq!(row.state, SessionState::Active);
    server.kill();
}

/// Each transition event starts where the one before it ended, and the last ends in the
/// session's state.
fn log_leads_to_state(log: &[sessions::EventRow], state: SessionState) -> Result<(), String> {
    let mut at: Option<&str> = None;
    for e in log.iter().filter(|e| e.to.is_some()) {
        if let (Some(before), Some(from)) = (at, e.from.as_deref())
            && before != from
        {
            return Err(format!("{} → {:?} after {before}", from, e.to));
        }
        at = e.to.as_deref();
    }
    match at {
        Some(last) if last == state.as_str() => Ok(()),
        other => Err(format!(
            "the log ends in {other:?}, the session is {}",
            state.as_str()
        )),
    }
}

#[actix_web::test]
async fn kill_9_in_a_transition_storm_leaves_every_session_consistent() {
    let (install, server, mut tech, mut console) = first_run().await;
    let site = server.site.clone();
    let mut ids: Vec<SessionId> = Vec::new();
    let mut pages = Vec::new();
    for _ in 0..24 {
        let invite = new_session(&site, &mut tech, "pin").await;
        pages.push(waiting_customer(&site, &invite).await);
        ids.push(invite.session);
    }

    // Start, hold, start again, end, dismiss: many commands over many sessions in flight
    // at once; the server dies in the middle.
    let plan = [
        Intent::Start,
        Intent::Hold,
        Intent::Start,
        Intent::Hold,
        Intent::End,
        Intent::Dismiss,
    ];
    let mut cmd = 10;
    for act in plan.clone() {
        for id in &ids {
            cmd += 1;
            console
                .send(&ClientMsg::Act {
                    id: CmdId(cmd),
                    session: id.clone(),
                    act: act.clone(),
                })
                .await;
        }
    }
    tokio::time::sleep(Duration::from_millis(5)).await;
    server.kill();
    let done = acknowledged(&mut console).await;
    println!(
        "kill -9 during {} transitions: {} acknowledged",
        cmd - 10,
        done.len()
    );

    // Back up: every session is in a state the machine allows, its log leads to it, and
    // the machine goes on from there.
    let server = install.start().await;
    let pool = install.pool().await;
    for id in &ids {
        let row = sessions::get(&pool, id).await.unwrap().unwrap();
        assert!(
            SessionState::parse(row.state.as_str(), None).is_some(),
            "{id}: {:?}",
            row.state
        );
        let log = sessions::events(&pool, id).await.unwrap();
        if let Err(e) = log_leads_to_state(&log, row.state) {
            panic!("{id}: {e}");
        }
    }
    // An End that was acknowledged holds.
    let n = ids.len() as u64;
    let end_phase = plan.iter().position(|a| *a == Intent::End).unwrap() as u64;
    for (i, id) in ids.iter().enumerate() {
        if done.contains(&CmdId(10 + end_phase * n + i as u64 + 1)) {
            let row = sessions::get(&pool, id).await.unwrap().unwrap();
            assert!(row.state.is_closed(), "{id}: ended, then {:?}", row.state);
        }
    }
    let mut console = tech
        .ws_binary(&server.site, Role::Technician)
        .await
        .unwrap();
    console.hello().await;
    let mut ended = 0;
    for (n, id) in ids.iter().enumerate() {
        let row = sessions::get(&pool, id).await.unwrap().unwrap();
        if !row.state.is_closed() {
            console.act(500 + n as u64, id, Intent::End).await;
            assert_eq!(console.reply(500 + n as u64).await, Ok(()), "{id}");
            ended += 1;
        }
    }
    println!("{ended} sessions still open after the restart, ended cleanly");
    drop(pages);
    server.kill();
}
