//! Languages: `POST /lang`, the language selector's form when JavaScript is off (sets the
//! language cookie and goes back to the page it came from, same site only), and
//! `GET /i18n/<audience>/<lang>`, a language's messages for a bundle that switches to it.

use std::time::Duration;

use actix_web::cookie::Cookie;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use app::i18n::{Audience, LANG_COOKIE, Lang};
use app::ssr_ctx::Ctx;

/// The form.
#[derive(Debug, Deserialize)]
pub struct LangForm {
    lang: String,
}

/// The path of a same-site referrer, or `/`.
fn back_path(req: &HttpRequest) -> String {
    let host = req.connection_info().host().to_owned();
    req.headers()
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|r| r.split_once("://"))
        .and_then(|(_, rest)| rest.strip_prefix(host.as_str()))
        .filter(|path| path.starts_with('/') && !path.starts_with("//"))
        .unwrap_or("/")
        .to_owned()
}

/// Sets the language and redirects back.
pub async fn post(
    req: HttpRequest,
    form: web::Form<LangForm>,
    ctx: web::Data<Ctx>,
) -> HttpResponse {
    let mut res = HttpResponse::SeeOther();
    res.insert_header((header::LOCATION, back_path(&req)));
    if let Some(lang) = Lang::from_tag(&form.lang) {
        let mut cookie: Cookie<'static> = ctx.cookie(
            LANG_COOKIE,
            lang.code().to_owned(),
            Duration::from_secs(365 * 24 * 3600),
        );
        // The browser's own code sets this cookie too, so it must be readable there.
        cookie.set_http_only(false);
        res.cookie(cookie);
    }
    res.finish()
}

/// `GET /i18n/{audience}/{lang}`: the messages of an audience's pages in a language, as the
/// pages carry them (`app::i18n::page_messages`). Unknown audiences and languages are 404.
pub async fn messages(path: web::Path<(String, String)>) -> HttpResponse {
    let (audience, tag) = path.into_inner();
    let lang = Lang::from_tag(&tag).filter(|l| l.code() == tag);
    match (Audience::parse(&audience), lang) {
        (Some(audience), Some(lang)) => HttpResponse::Ok()
            .content_type("text/plain; charset=utf-8")
            .insert_header((header::CACHE_CONTROL, "no-cache"))
            .body(app::i18n::page_messages(lang, audience)),
        _ => HttpResponse::NotFound().finish(),
    }
}
