//! `/pin` (and `/` for visitors): the customer types the 6-digit PIN. A plain HTML form,
//! posted by the browser with or without JavaScript: the server sends it on to the session,
//! or back here with the error.

use leptos::prelude::*;

use app::components::ui::{ErrorLine, PublicHeader};
use app::error::AppError;
use app::i18n::use_i18n;
use app::invite::api::RedeemPin;
use app::t;
use app::uri::form_action;
use leptos::server_fn::ServerFn;

/// The public PIN page.
#[component]
pub fn PinPage(
    /// Why the last PIN was refused.
    error: Option<AppError>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PublicHeader />
        <main class="card-page">
            <section class="card pin-card">
                <h1>{t!(i18n, "pin-page-title")}</h1>
                <p>{t!(i18n, "pin-page-intro")}</p>
                <form class="pin-form" method="post" action=form_action(RedeemPin::PATH, "/pin")>
                    <label class="field">
                        <span>{t!(i18n, "pin-label")}</span>
                        <input
                            class="pin-form__input"
                            name="pin"
                            type="text"
                            inputmode="numeric"
                            autocomplete="one-time-code"
                            pattern="[0-9 ]{6,7}"
                            maxlength="7"
                            required=true
                            autofocus=true
                        />
                    </label>
                    <ErrorLine error=Signal::derive(move || error.clone()) />
                    <button class="button button--primary" type="submit">
                        {t!(i18n, "pin-submit")}
                    </button>
                </form>
            </section>
            <p class="card-page__aside">
                <a href="/signin">{t!(i18n, "pin-page-technician-sign-in")}</a>
            </p>
        </main>
    }
}
