//! Anything else: 404.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::ui::PublicHeader;
use crate::i18n::use_i18n;
use crate::t;

/// The 404 page.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_actix::ResponseOptions>() {
        res.set_status(actix_web::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=t!(i18n, "not-found-title") />
        <PublicHeader />
        <main class="card-page">
            <section class="card">
                <h1>{t!(i18n, "not-found-title")}</h1>
                <p><a href="/">{t!(i18n, "not-found-home")}</a></p>
            </section>
        </main>
    }
}
