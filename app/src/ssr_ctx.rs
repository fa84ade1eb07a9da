//! Server-side context shared by server functions, the websocket and REST handlers.
//!
//! One `Ctx` per process, registered as actix `web::Data`; server functions reach it with
//! `use_ctx()` (never a global).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use actix_web::cookie::{Cookie, SameSite};
use actix_web::{HttpRequest, web};
use leptos::prelude::*;

use crate::db::Db;
use crate::error::AppError;
use crate::ids::SessionId;
use crate::throttle::{Budget, BudgetPolicy, Decision, Policy, Throttle};

/// Wall-clock time, injectable so tests can move it.
pub trait Clock: Send + Sync + 'static {
    /// Milliseconds since the Unix epoch.
    fn now_ms(&self) -> i64;
}

/// The real clock.
#[derive(Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64)
    }
}

/// Something a request changed that the live hub must know about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HubNotice {
    /// A session was created or its data changed outside the hub; push it to its viewers.
    SessionChanged(SessionId),
    /// A request handler wrote to a session's log; push the new lines.
    LogChanged(SessionId),
    /// A sign-in session ended; close the connections it opened.
    SignedOut { token_hash: String },
    /// An administrator changed users or groups of an organisation: read its technicians'
    /// roles, permissions and group settings again; close the connections of deactivated ones.
    AccountsChanged { org: crate::ids::OrgId },
}

/// The live hub as the request handlers see it: fire-and-forget notices.
pub trait HubNotify: Send + Sync + 'static {
    /// Queues a notice for the hub.
    fn notify(&self, notice: HubNotice);
}

/// Settings the request handlers need (the server's configuration, digested).
#[derive(Clone, Debug)]
pub struct Settings {
    /// Base URL customers reach the server at, without trailing slash.
    pub public_url: String,
    /// How long an unused PIN or link stays valid.
    pub invite_ttl: Duration,
    /// How long a technician stays signed in.
    pub sign_in_ttl: Duration,
    /// Mark cookies `Secure` (the public URL is https).
    pub secure_cookies: bool,
    /// The proxies whose `X-Forwarded-For` is believed (see `client_addr`); none: the
    /// connection's peer is the client.
    pub proxies: crate::client_addr::Proxies,
    /// Throttle of wrong PINs per address.
    pub pin_policy: Policy,
    /// PIN attempts from every address together.
    pub pin_budget: BudgetPolicy,
    /// The keys that seal secrets at rest (`server/src/keys.rs` reads them; a fresh key
    /// that lives as long as the process otherwise).
    pub secrets: crate::secret_box::Keyring,
    /// Throttle of sign-ins per address.
    pub sign_in_ip_policy: Policy,
    /// Throttle of failed sign-ins per account.
    pub sign_in_account_policy: Policy,
    /// Throttle of self-service channel joins per address.
    pub channel_policy: Policy,
    /// Throttle of emails and text messages a technician sends.
    pub send_policy: Policy,
    /// Sending email from the server (`None`: only "send through my own mail client").
    pub smtp: Option<crate::mail::Smtp>,
    /// Sending text messages (`None`: no SMS invites).
    pub sms: Option<crate::sms::gateway::TwilioLike>,
    /// How often the server pings each websocket, and after how much silence it gives
    /// one up.
    pub heartbeat: Heartbeat,
}

/// The websocket heartbeat (see `crate::protocol::PING_INTERVAL_MS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Heartbeat {
    /// Between pings.
    pub every: Duration,
    /// Silence that ends a connection.
    pub silence: Duration,
}

impl Heartbeat {
    /// What browsers expect.
    pub const DEFAULT: Heartbeat = Heartbeat {
        every: Duration::from_millis(crate::protocol::PING_INTERVAL_MS),
        silence: Duration::from_millis(crate::protocol::SERVER_SILENCE_MS),
    };
}

impl Settings {
    /// Defaults for a server reachable at `public_url`.
    pub fn new(public_url: &str) -> Self {
        let public_url = public_url.trim_end_matches('/').to_owned();
        Self {
            secure_cookies: public_url.starts_with("https://"),
            public_url,
            invite_ttl: Duration::from_secs(10 * 60),
            sign_in_ttl: Duration::from_secs(7 * 24 * 3600),
            proxies: crate::client_addr::Proxies::NONE,
            pin_policy: Policy::PIN_PER_IP,
            pin_budget: BudgetPolicy::PIN_ALL,
            secrets: crate::secret_box::Keyring::new(
                crate::secret_box::SecretKey::generate(),
                vec![],
            ),
            sign_in_ip_policy: Policy::SIGN_IN_PER_IP,
            sign_in_account_policy: Policy::SIGN_IN_PER_ACCOUNT,
            channel_policy: Policy::CHANNEL_PER_IP,
            send_policy: Policy::SENDS_PER_USER,
            smtp: None,
            sms: None,
            heartbeat: Heartbeat::DEFAULT,
        }
    }
}

/// Attempt throttles of this process.
#[derive(Debug)]
pub struct Throttles {
    /// Wrong PINs / links per address.
    pub invite_ip: Mutex<Throttle>,
    /// Sign-ins per address.
    pub sign_in_ip: Mutex<Throttle>,
    /// Failed sign-ins per account.
    pub sign_in_account: Mutex<Throttle>,
    /// Channel joins per address.
    pub channel_ip: Mutex<Throttle>,
    /// Emails and text messages per technician.
    pub sends_user: Mutex<Throttle>,
    /// PIN attempts from every address together.
    pub pin_all: Mutex<Budget>,
}

const THROTTLE_KEYS: usize = 100_000;

impl Throttles {
    /// Throttles with the policies from `settings`.
    pub fn new(settings: &Settings) -> Self {
        Self {
            invite_ip: Mutex::new(Throttle::new(settings.pin_policy, THROTTLE_KEYS)),
            sign_in_ip: Mutex::new(Throttle::new(settings.sign_in_ip_policy, THROTTLE_KEYS)),
            sign_in_account: Mutex::new(Throttle::new(
                settings.sign_in_account_policy,
                THROTTLE_KEYS,
            )),
            channel_ip: Mutex::new(Throttle::new(settings.channel_policy, THROTTLE_KEYS)),
            sends_user: Mutex::new(Throttle::new(settings.send_policy, THROTTLE_KEYS)),
            pin_all: Mutex::new(Budget::new(settings.pin_budget)),
        }
    }

    /// The per-key throttles by the names they are kept under.
    fn named(&self) -> [(&'static str, &Mutex<Throttle>); 5] {
        [
            ("invite-ip", &self.invite_ip),
            ("sign-in-ip", &self.sign_in_ip),
            ("sign-in-account", &self.sign_in_account),
            ("channel-ip", &self.channel_ip),
            ("sends-user", &self.sends_user),
        ]
    }
}

/// The name the installation's PIN budget is kept under.
const PIN_BUDGET: &str = "pin-all";

/// Everything a request handler needs.
pub struct Ctx {
    /// The database.
    pub db: Db,
    /// The live hub.
    pub hub: Arc<dyn HubNotify>,
    /// The clock.
    pub clock: Arc<dyn Clock>,
    /// Settings.
    pub settings: Settings,
    /// Attempt throttles.
    pub throttles: Throttles,
}

impl Ctx {
    /// Builds the context.
    pub fn new(db: Db, hub: Arc<dyn HubNotify>, clock: Arc<dyn Clock>, settings: Settings) -> Self {
        let throttles = Throttles::new(&settings);
        Self {
            db,
            hub,
            clock,
            settings,
            throttles,
        }
    }

    /// Now, in Unix milliseconds.
    pub fn now_ms(&self) -> i64 {
        self.clock.now_ms()
    }

    /// Now as a duration since the epoch, for the throttles.
    pub fn now(&self) -> Duration {
        Duration::from_millis(self.now_ms().max(0) as u64)
    }

    /// Counts an attempt in `throttle` and waits or refuses as it says.
    pub async fn throttle(&self, decisions: &[Decision]) -> Result<(), AppError> {
        match crate::throttle::strictest(decisions) {
            Decision::Allow => Ok(()),
            Decision::Delay(d) => {
                tokio::time::sleep(d).await;
                Ok(())
            }
            Decision::Refuse(d) => Err(AppError::RateLimited {
                retry_after_secs: d.as_secs().max(1),
            }),
        }
    }

    /// One more email or text message from `user`: slowed, then refused, past the policy.
    pub async fn throttle_send(&self, user: &crate::ids::UserId) -> Result<(), AppError> {
        let decision = self
            .throttles
            .sends_user
            .lock()
            .map_err(|_| AppError::Internal)?
            .attempt(user.as_str(), self.now());
        self.throttle(&[decision]).await
    }

    /// One more sign-in attempt (a password or a code) from `ip_key` for `account_key`:
    /// slowed or refused by the per-address and per-account throttles.
    pub async fn throttle_sign_in(&self, ip_key: &str, account_key: &str) -> Result<(), AppError> {
        let now = self.now();
        let decisions = [
            self.throttles
                .sign_in_ip
                .lock()
                .map_err(|_| AppError::Internal)?
                .attempt(ip_key, now),
            self.throttles
                .sign_in_account
                .lock()
                .map_err(|_| AppError::Internal)?
                .attempt(account_key, now),
        ];
        self.throttle(&decisions).await
    }

    /// Takes up the throttles' counters kept in the database (at start-up).
    pub async fn restore_throttles(&self) -> Result<(), sqlx::Error> {
        let rows = crate::throttle::store::load(&self.db, self.now_ms()).await?;
        let named = self.throttles.named();
        for (name, key, count, last) in rows {
            if name == PIN_BUDGET {
                if let Ok(mut budget) = self.throttles.pin_all.lock() {
                    budget.restore(count, last);
                }
            } else if let Some((_, throttle)) = named.iter().find(|(n, _)| *n == name)
                && let Ok(mut t) = throttle.lock()
            {
                t.restore(&key, count, last);
            }
        }
        Ok(())
    }

    /// Writes what changed in the throttles to the database (in the background, every
    /// second: no request waits for it). A crash forgets at most the last second.
    pub async fn keep_throttles(&self) -> Result<(), sqlx::Error> {
        for (name, throttle) in self.throttles.named() {
            let changed = throttle
                .lock()
                .map(|mut t| t.take_changed())
                .unwrap_or_default();
            for (key, entry) in changed {
                crate::throttle::store::save(&self.db, name, &key, entry).await?;
            }
        }
        let budget = self
            .throttles
            .pin_all
            .lock()
            .ok()
            .and_then(|mut b| b.take_changed());
        if let Some(state) = budget {
            crate::throttle::store::save(&self.db, PIN_BUDGET, "", Some(state)).await?;
        }
        Ok(())
    }

    /// The address a request came from, as the throttles count it: the peer, or behind
    /// trusted proxies the rightmost address they did not add themselves; IPv6 by /64.
    pub fn client_ip(&self, req: &HttpRequest) -> String {
        let forwarded: Vec<&str> = req
            .headers()
            .get_all("x-forwarded-for")
            .filter_map(|v| v.to_str().ok())
            .collect();
        let peer = req.peer_addr().map(|a| a.ip());
        crate::client_addr::client(peer, &forwarded, &self.settings.proxies)
            .map_or_else(|| "unknown".to_owned(), crate::client_addr::throttle_key)
    }

    /// The name the cookie `base` has on this server: with the `__Host-` prefix over https,
    /// so that no other host (a sibling subdomain) and no page over plain http can set or
    /// replace it.
    pub fn cookie_name(&self, base: &'static str) -> std::borrow::Cow<'static, str> {
        if self.settings.secure_cookies {
            format!("__Host-{base}").into()
        } else {
            base.into()
        }
    }

    /// The cookie `base` of a request, by its name on this server (`cookie_name`).
    pub fn request_cookie(
        &self,
        req: &actix_web::HttpRequest,
        base: &'static str,
    ) -> Option<Cookie<'static>> {
        req.cookie(&self.cookie_name(base))
    }

    /// A cookie with the project's attributes: HttpOnly, SameSite=Lax, path /, Secure (and
    /// the `__Host-` prefix) on https, no Domain.
    pub fn cookie(&self, name: &'static str, value: String, max_age: Duration) -> Cookie<'static> {
        Cookie::build(self.cookie_name(name), value)
            .path("/")
            .http_only(true)
            .same_site(SameSite::Lax)
            .secure(self.settings.secure_cookies)
            .max_age(actix_web::cookie::time::Duration::seconds(
                max_age.as_secs() as i64,
            ))
            .finish()
    }

    /// A cookie that deletes `name`.
    pub fn expired_cookie(&self, name: &'static str) -> Cookie<'static> {
        let mut c = self.cookie(name, String::new(), Duration::ZERO);
        c.make_removal();
        c
    }
}

/// The process context, inside a server function.
pub async fn use_ctx() -> Result<web::Data<Ctx>, AppError> {
    leptos_actix::extract::<web::Data<Ctx>>()
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "server context missing");
            AppError::Internal
        })
}

/// The HTTP request, inside a server function.
pub async fn use_request() -> Result<HttpRequest, AppError> {
    leptos_actix::extract::<HttpRequest>().await.map_err(|e| {
        tracing::error!(error = %e, "request missing");
        AppError::Internal
    })
}

/// The language of the current server function's request (cookie, then `Accept-Language`).
pub async fn request_lang() -> Result<crate::i18n::Lang, AppError> {
    let req = use_request().await?;
    Ok(crate::i18n::Lang::for_request(
        req.cookie(crate::i18n::LANG_COOKIE)
            .as_ref()
            .map(|c| c.value()),
        req.headers()
            .get("accept-language")
            .and_then(|v| v.to_str().ok()),
    ))
}

/// Adds a `Set-Cookie` header to the response of the current server function.
pub fn set_cookie(cookie: Cookie<'static>) {
    if let Some(res) = use_context::<leptos_actix::ResponseOptions>()
        && let Ok(value) = actix_web::http::header::HeaderValue::from_str(&cookie.to_string())
    {
        res.append_header(actix_web::http::header::SET_COOKIE, value);
    }
}
