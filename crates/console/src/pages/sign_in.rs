//! `/signin`: technicians and administrators sign in (works without JavaScript too).

use leptos::prelude::*;
use leptos_meta::Title;

use app::auth::api::SignIn;
use app::components::ui::{ErrorLine, PublicHeader, action_error};
use app::i18n::use_i18n;
use app::t;

/// The sign-in page.
#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let sign_in = ServerAction::<SignIn>::new();
    let error = action_error(sign_in.value());
    view! {
        <Title text=t!(i18n, "sign-in-title") />
        <PublicHeader />
        <main class="card-page">
            <section class="card">
                <h1>{t!(i18n, "sign-in-title")}</h1>
                <ActionForm action=sign_in>
                    <label class="field">
                        <span>{t!(i18n, "field-email")}</span>
                        <input name="email" type="email" autocomplete="username" required=true autofocus=true />
                    </label>
                    <label class="field">
                        <span>{t!(i18n, "field-password")}</span>
                        <input name="password" type="password" autocomplete="current-password" required=true />
                    </label>
                    <ErrorLine error />
                    <button class="button button--primary" type="submit" prop:disabled=move || sign_in.pending().get()>
                        {t!(i18n, "sign-in-submit")}
                    </button>
                </ActionForm>
            </section>
            <p class="card-page__aside"><a href="/pin" rel="external">{t!(i18n, "sign-in-customer-link")}</a></p>
        </main>
    }
}
