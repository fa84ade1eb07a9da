//! Building and starting the HTTP server (used by `main` and by the integration tests).

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use actix_web::middleware::{Compress, DefaultHeaders};
use actix_web::{App, HttpServer, web};
use leptos_actix::{LeptosRoutes, generate_route_list};

use app::ssr_ctx::{Clock, Ctx, Settings};

use crate::config::Config;
use crate::error::ServerError;
use crate::hub;
use crate::pages::Bundles;
use crate::rest::assets::SiteFiles;

/// A running server.
pub struct Running {
    /// Where it listens.
    pub addr: SocketAddr,
    /// The base URL in customer links.
    pub public_url: String,
    /// The server future; await it to run until stopped.
    pub server: actix_web::dev::Server,
    /// The shared context (tests read the database through it).
    pub ctx: web::Data<Ctx>,
}

/// Opens the database, applies migrations, starts the hub and binds the HTTP server.
/// `tune` may adjust the settings (tests shorten throttles).
pub async fn start(
    config: &Config,
    clock: Arc<dyn Clock>,
    tune: impl FnOnce(&mut Settings),
) -> Result<Running, ServerError> {
    let db = app::db::connect(&config.database_url, 8).await?;
    app::db::migrate(&db).await?;
    // Secrets at rest: sealed with a key outside the database; those a version before
    // sealing stored as they are are sealed now.
    let secrets = crate::keys::keyring(config)?;
    let sealed = app::two_factor::server::seal_stored(&db, &secrets, &secrets, true).await?;
    if sealed > 0 {
        tracing::info!(sealed, "stored secrets sealed");
    }
    let ice_servers = config
        .ice_servers()
        .map_err(|e| ServerError::Config(format!("ice servers: {e}")))?;

    // Bind first: with port 0 the public URL must name the port actually chosen.
    let listener = std::net::TcpListener::bind(config.bind)?;
    let addr = listener.local_addr()?;
    let public_url = config
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{addr}"));
    let mut settings = Settings::new(&public_url);
    settings.invite_ttl = Duration::from_secs(config.invite_ttl_secs);
    settings.proxies = config
        .proxies()
        .map_err(|e| ServerError::Config(e.to_string()))?;
    settings.secrets = secrets;
    settings.smtp = config.smtp();
    settings.sms = config.sms();
    if let Some(sms) = &settings.sms {
        tracing::info!(gateway = %sms.base_url, "text messages through a gateway");
    }
    if let Some(smtp) = &settings.smtp {
        tracing::info!(host = %smtp.host, port = smtp.port, tls = ?smtp.tls, "email through SMTP");
    }
    tune(&mut settings);

    let (hub_handle, inbox) = hub::channel();
    let ctx = web::Data::new(Ctx::new(db, Arc::new(hub_handle.clone()), clock, settings));
    // The throttles' counters survive a restart: read back, then kept every second.
    ctx.restore_throttles().await?;
    let keeper = ctx.clone();
    actix_web::rt::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(1));
        loop {
            tick.tick().await;
            if let Err(e) = keeper.keep_throttles().await {
                tracing::warn!(error = %e, "cannot keep the throttles' counters");
            }
        }
    });
    hub::spawn(ctx.clone(), inbox, ice_servers).await?;

    let hashed = Bundles::hash_files_present();
    let bundles = Bundles::new(&config.site_root, hashed);
    let site = web::Data::new(SiteFiles {
        root: config.site_root.join("customer"),
        pkg: bundles.pkg_dirs(),
        hashed,
    });
    let bundles = web::Data::new(bundles);
    let hub_data = web::Data::new(hub_handle);

    let app_ctx = ctx.clone();
    let mut server = HttpServer::new(move || {
        let console_routes = generate_route_list(console::App);
        let console = bundles.console.clone();
        let customer_css = console::stylesheet_href(&bundles.customer);
        App::new()
            .app_data(app_ctx.clone())
            .app_data(hub_data.clone())
            .app_data(site.clone())
            .app_data(bundles.clone())
            .app_data(web::Data::new(console.clone()))
            // A request the extractors cannot read is `invalid-input`, without the parser's
            // message.
            .app_data(
                web::FormConfig::default()
                    .limit(16 * 1024)
                    .error_handler(|e, _| crate::refusals::unreadable(e)),
            )
            .app_data(
                web::QueryConfig::default().error_handler(|e, _| crate::refusals::unreadable(e)),
            )
            .app_data(
                web::JsonConfig::default().error_handler(|e, _| crate::refusals::unreadable(e)),
            )
            .app_data(
                web::PathConfig::default().error_handler(|e, _| crate::refusals::unreadable(e)),
            )
            .wrap(Compress::default())
            .wrap(actix_web::middleware::from_fn(crate::cross_site::refuse))
            .wrap(security_headers())
            .route("/api/v1/health", web::get().to(crate::rest::health::get))
            .route("/ws", web::get().to(crate::ws::upgrade))
            .route("/lang", web::post().to(crate::rest::lang::post))
            .route(
                "/i18n/{audience}/{lang}",
                web::get().to(crate::rest::lang::messages),
            )
            .route("/replies.xml", web::get().to(crate::rest::replies::export))
            .route(
                "/admin/reports.csv",
                web::get().to(crate::rest::reports::report),
            )
            .route(
                "/admin/audit.csv",
                web::get().to(crate::rest::reports::audit),
            )
            .route(
                app::sms::STATUS_HOOK,
                web::post().to(crate::rest::sms::status),
            )
            .service(
                web::resource("/sessions/{id}/snapshots")
                    .app_data(web::PayloadConfig::new(app::snapshot::MAX_SNAPSHOT_BYTES))
                    .route(web::post().to(crate::rest::snapshots::upload)),
            )
            .route(
                "/snapshots/{name}",
                web::get().to(crate::rest::snapshots::file),
            )
            .service(
                web::resource("/admin/logo")
                    .app_data(web::PayloadConfig::new(app::admin::MAX_LOGO_BYTES))
                    .route(web::put().to(crate::rest::logo::put))
                    .route(web::delete().to(crate::rest::logo::delete)),
            )
            .route("/logo/{name}", web::get().to(crate::rest::logo::file))
            .route("/pkg/{name}", web::get().to(crate::rest::assets::pkg))
            .route(
                app::follow::WORKER_SCRIPT,
                web::get().to(crate::pages::follow_worker_script),
            )
            .route("/favicon.svg", web::get().to(favicon))
            .service(
                web::resource("/fn/{tail:.*}")
                    .wrap(actix_web::middleware::from_fn(crate::refusals::status))
                    .route(leptos_actix::handle_server_fns()),
            )
            .leptos_routes(console_routes, move || {
                console::shell(console.clone(), customer_css.clone())
            })
            .route("/", web::get().to(crate::pages::customer))
            .route("/pin", web::get().to(crate::pages::customer))
            .route("/j/{token}", web::get().to(crate::pages::customer))
            .route("/c/{slug}", web::get().to(crate::pages::customer))
            .route("/s", web::get().to(crate::pages::customer))
            .default_service(web::get().to(crate::pages::customer))
    })
    .shutdown_timeout(5)
    // Small writes (a websocket frame, a response) go out at once: with Nagle's algorithm
    // each waited for the peer's delayed acknowledgement, about 40 ms.
    .tcp_nodelay(true);
    if let Some(n) = config.workers {
        server = server.workers(n.max(1));
    }
    let server = server.listen(listener)?;
    Ok(Running {
        addr,
        public_url,
        server: server.run(),
        ctx,
    })
}

async fn favicon(
    req: actix_web::HttpRequest,
    site: web::Data<SiteFiles>,
) -> actix_web::HttpResponse {
    crate::rest::assets::public(req, web::Path::from("favicon.svg".to_owned()), site).await
}

fn security_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("X-Frame-Options", "DENY"))
        // Pages set their own policy (`app::site::page_policy`, with their nonce); this is
        // every other response's.
        .add(("Content-Security-Policy", app::site::RESOURCE_POLICY))
        // A link's token is in its address: no Referer ever carries it. Forms without
        // JavaScript say where to return instead (`back`, `crate::refusals`).
        .add(("Referrer-Policy", "no-referrer"))
        .add((
            "Permissions-Policy",
            "camera=(self), microphone=(self), geolocation=()",
        ))
}
