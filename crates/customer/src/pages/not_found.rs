//! Anything else: 404 (the server sets the status).

use leptos::prelude::*;

use app::components::ui::PublicHeader;
use app::i18n::use_i18n;
use app::t;

/// The 404 page.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PublicHeader />
        <main class="card-page">
            <section class="card">
                <h1>{t!(i18n, "not-found-title")}</h1>
                <p><a href="/">{t!(i18n, "not-found-home")}</a></p>
            </section>
        </main>
    }
}
