//! The HTML pages and the two browser bundles that hydrate them.
//!
//! The customer's pages (`crates/customer`) are rendered here: each request looks up what its
//! page needs, then renders the whole page at once with the customer bundle's shell, which
//! writes that data into the document for the browser. The console's pages
//! (`crates/console`) go through Leptos's router integration (`serve.rs`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use futures::StreamExt;
use leptos::config::LeptosOptions;
use leptos::nonce::Nonce;
use leptos::prelude::*;
use leptos::server_fn::error::ServerFnUrlError;
use leptos_integration_utils::PinnedStream;

use app::auth::Landing;
use app::error::AppError;
use app::ssr_ctx::Ctx;
use customer::{Page, Route};

/// The browser bundles: the customer's, the part of it loaded on demand, and the
/// console's, each in its own folder of the site (`<site>/customer`, `<site>/board`,
/// `<site>/console`), as cargo-leptos builds them.
#[derive(Clone, Debug)]
pub struct Bundles {
    /// The customer's pages.
    pub customer: LeptosOptions,
    /// The customer's drawing layer, loaded on demand (`crates/customer-board`).
    pub board: LeptosOptions,
    /// The script on the customer's session page that loads it.
    pub board_loader: std::sync::Arc<str>,
    /// The follow worker's script, which loads it too (`app::rtc::follow_worker`).
    pub follow_worker: std::sync::Arc<str>,
    /// The technicians' and administrators' pages.
    pub console: LeptosOptions,
}

impl Bundles {
    /// The bundles under `site`; `hashed` when their file names carry content hashes (a
    /// release build, whose hash files lie beside the executable).
    pub fn new(site: &Path, hashed: bool) -> Bundles {
        let options = |name: &str| {
            let root = site.join(name).to_string_lossy().into_owned();
            LeptosOptions::builder()
                .output_name(name)
                .site_root(root.as_str())
                .site_pkg_dir("pkg")
                .hash_files(hashed)
                .hash_file(std::sync::Arc::from(format!("{name}.hash.txt")))
                .build()
        };
        let board = options("board");
        Bundles {
            customer: options("customer"),
            board_loader: board_loader(&board).into(),
            follow_worker: follow_worker(&board).into(),
            board,
            console: options("console"),
        }
    }

    /// Whether the release build's hash files are beside the executable.
    pub fn hash_files_present() -> bool {
        std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(|dir| dir.join("customer.hash.txt")))
            .is_some_and(|p| p.is_file())
    }

    /// The folders the bundles' files are served from (`/pkg/<name>`).
    pub fn pkg_dirs(&self) -> Vec<PathBuf> {
        [&self.customer, &self.board, &self.console]
            .into_iter()
            .map(|o| Path::new(o.site_root.as_ref()).join(o.site_pkg_dir.as_ref()))
            .collect()
    }
}

/// A function on `window` that imports the customer's on-demand bundle and resolves to
/// its module, initialised (`crates/customer/src/board.rs` calls it): the file names are
/// the build's, with their content hashes in a release build.
fn board_loader(options: &LeptosOptions) -> String {
    let js = app::site::bundle_file(options, "js");
    let wasm = app::site::bundle_file(options, "wasm");
    format!(
        "let board;window.sightlineBoard=()=>board??=import('{js}')\
         .then(m=>m.default({{module_or_path:'{wasm}'}}).then(()=>m));"
    )
}

/// The follow worker's script: it keeps the page's first messages until the on-demand
/// bundle is loaded, then hands them and every later one to its `follow_worker`.
fn follow_worker(options: &LeptosOptions) -> String {
    let js = app::site::bundle_file(options, "js");
    let wasm = app::site::bundle_file(options, "wasm");
    format!(
        "const early=[];self.onmessage=e=>early.push(e);\
         import('{js}').then(m=>m.default({{module_or_path:'{wasm}'}}).then(()=>{{\
         m.follow_worker();for(const e of early)self.onmessage(e);}}));"
    )
}

/// What the follow worker may do: load its bundle from here and compile it, nothing else.
const WORKER_POLICY: &str =
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";

/// `GET /follow-worker.js`: the follow worker's script (see [`follow_worker`]).
pub async fn follow_worker_script(bundles: web::Data<Bundles>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/javascript; charset=utf-8")
        // It names the build's files: asked again on every start.
        .insert_header((header::CACHE_CONTROL, "no-cache"))
        .insert_header((header::CONTENT_SECURITY_POLICY, WORKER_POLICY))
        .body(bundles.follow_worker.to_string())
}

/// `GET` of a customer's page (`/`, `/pin`, `/j/<token>`, `/c/<slug>`, `/s`) and of any path
/// nobody serves (404).
pub async fn customer(
    req: HttpRequest,
    ctx: web::Data<Ctx>,
    bundles: web::Data<Bundles>,
) -> HttpResponse {
    let route = Route::of(req.path());
    if req.path() == "/" {
        match app::auth::api::landing(&ctx, &req).await {
            Ok(Landing::Setup) => return redirect("/setup"),
            Ok(Landing::Console) => return redirect("/console"),
            Ok(Landing::Pin) => {}
            Err(e) => tracing::warn!(error = ?e, "landing"),
        }
    }
    let page = match route {
        Route::Pin => Page::Pin { error: None },
        Route::Link(token) => Page::Link { token, error: None },
        Route::Channel(slug) => Page::Channel {
            channel: app::channel::api::public_channel(&ctx, &slug).await,
            slug,
            error: None,
        },
        Route::Session => Page::Session {
            info: app::invite::api::customer_info(&ctx, &req).await,
            error: None,
        },
        Route::NotFound => Page::NotFound,
    };
    let page = match form_error(&req, &page) {
        Some(e) => page.with_error(e),
        None => page,
    };
    let status = if page == Page::NotFound {
        StatusCode::NOT_FOUND
    } else {
        StatusCode::OK
    };
    let options = bundles.customer.clone();
    let loader = bundles.board_loader.to_string();
    let nonce = Nonce::new();
    let policy = app::site::page_policy(&nonce);
    let html = render(&req, nonce, move || customer::shell(options, loader, page)).await;
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::CONTENT_SECURITY_POLICY, policy))
        .body(html)
}

/// A customer's form posts to a server function, which sends the browser back with the
/// refusal in the address (`__path`, `__err`): the refusal of this page's form, if any.
fn form_error(req: &HttpRequest, page: &Page) -> Option<AppError> {
    let query = web::Query::<HashMap<String, String>>::from_query(req.query_string()).ok()?;
    let (path, err) = (query.get("__path")?, query.get("__err")?);
    (Some(path.as_str()) == page.form_path()).then(|| ServerFnUrlError::<AppError>::decode_err(err))
}

fn redirect(to: &'static str) -> HttpResponse {
    HttpResponse::Found()
        .insert_header((header::LOCATION, to))
        .finish()
}

/// Renders a page that waits for nothing (its data was looked up before) to one string,
/// with the scripts hydration expects after it; its inline scripts carry `nonce`.
async fn render<IV: IntoView + 'static>(
    req: &HttpRequest,
    nonce: Nonce,
    app: impl FnOnce() -> IV + Send + 'static,
) -> String {
    let request = leptos_actix::Request::new(req);
    let (owner, stream) = leptos_integration_utils::build_response(
        app,
        move || {
            provide_context(request);
            provide_context(nonce);
        },
        |app, chunks, _| {
            Box::pin(async move {
                Box::pin(app.to_html_stream_in_order().chain(chunks())) as PinnedStream<String>
            })
        },
        false,
    );
    let html = stream.await.collect::<Vec<String>>().await.concat();
    owner.unset_with_forced_cleanup();
    html
}
