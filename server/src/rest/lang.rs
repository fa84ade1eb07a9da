//! Languages: `POST /lang`, the language selector's form when JavaScript is off (sets the
//! language cookie and goes back to the page it names, on this site only), and
//! `GET /i18n/<audience>/<lang>`, a language's messages for a bundle that switches to it.

use std::time::Duration;

use actix_web::cookie::Cookie;
use actix_web::http::header;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use app::i18n::{Audience, LANG_COOKIE, Lang};
use app::ssr_ctx::Ctx;

/// The form: the language, and the page it was on (browsers send no `Referer` here).
#[derive(Debug, Deserialize)]
pub struct LangForm {
    lang: String,
    back: Option<String>,
}

/// Sets the language and redirects back.
pub async fn post(form: web::Form<LangForm>, ctx: web::Data<Ctx>) -> HttpResponse {
    let back = form.back.as_deref().and_then(app::site::local_path);
    let mut res = HttpResponse::SeeOther();
    res.insert_header((header::LOCATION, back.unwrap_or("/")));
    if let Some(lang) = Lang::from_tag(&form.lang) {
        let mut cookie: Cookie<'static> = ctx.cookie(
            LANG_COOKIE,
            lang.code().to_owned(),
            Duration::from_secs(365 * 24 * 3600),
        );
        // The browser's own code sets this cookie too, so it must be readable there, and
        // under the name it knows (a preference, no prefix).
        cookie.set_http_only(false);
        cookie.set_name(LANG_COOKIE);
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
