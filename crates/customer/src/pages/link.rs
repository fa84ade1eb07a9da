//! `/j/<token>`: a customer opened an invite link. The page posts its form as soon as it runs
//! in a browser (link previewers that fetch the page do not use it up); without JavaScript
//! the Continue button does the same. The server sends the browser on to the session, or
//! back here with the error.

use leptos::prelude::*;

use app::components::ui::{ErrorLine, PublicHeader};
use app::error::AppError;
use app::i18n::use_i18n;
use app::invite::api::RedeemLink;
use app::t;
use app::uri::{form_action, percent_encode};
use leptos::server_fn::ServerFn;

/// The link landing page.
#[component]
pub fn LinkPage(
    token: String,
    /// Why the link was refused.
    error: Option<AppError>,
) -> impl IntoView {
    let i18n = use_i18n();
    let form = NodeRef::<leptos::html::Form>::new();
    let refused = error.is_some();
    // Once, and only when the page came without an error (no loop on a refused link).
    Effect::new(move |done: Option<bool>| {
        if done != Some(true)
            && !refused
            && let Some(form) = form.get()
        {
            let _ = form.request_submit();
        }
        true
    });
    let error = Signal::derive(move || error.clone());
    let action = form_action(RedeemLink::PATH, &format!("/j/{}", percent_encode(&token)));
    view! {
        <PublicHeader />
        <main class="card-page">
            <section class="card">
                <h1>{t!(i18n, "link-page-title")}</h1>
                <Show when=move || error.get().is_none()>
                    <p role="status">{t!(i18n, "link-page-opening")}</p>
                </Show>
                <ErrorLine error />
                <form method="post" action=action node_ref=form>
                    <input type="hidden" name="token" value=token />
                    <button class="button" type="submit">
                        {t!(i18n, "link-page-continue")}
                    </button>
                </form>
                <p class="card-page__aside"><a href="/pin">{t!(i18n, "link-page-use-pin")}</a></p>
            </section>
        </main>
    }
}
