//! `/pin` (and `/` for visitors): the customer types the 6-digit PIN. A plain HTML form that
//! works before (or without) the WebAssembly.

use leptos::prelude::*;

use app::components::ui::{ErrorLine, PublicHeader, action_error};
use app::i18n::use_i18n;
use app::invite::api::RedeemPin;
use app::t;

/// The public PIN page.
#[component]
pub fn PinPage() -> impl IntoView {
    let i18n = use_i18n();
    let redeem = ServerAction::<RedeemPin>::new();
    let error = action_error(redeem.value());
    view! {
        <PublicHeader />
        <main class="card-page">
            <section class="card pin-card">
                <h1>{t!(i18n, "pin-page-title")}</h1>
                <p>{t!(i18n, "pin-page-intro")}</p>
                <ActionForm action=redeem attr:class="pin-form">
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
                    <ErrorLine error />
                    <button class="button button--primary" type="submit" prop:disabled=move || redeem.pending().get()>
                        {t!(i18n, "pin-submit")}
                    </button>
                </ActionForm>
            </section>
            <p class="card-page__aside">
                <a href="/signin">{t!(i18n, "pin-page-technician-sign-in")}</a>
            </p>
        </main>
    }
}
