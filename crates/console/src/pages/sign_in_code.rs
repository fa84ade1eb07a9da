//! `/signin/code`: the second step of signing in with two-factor sign-in (works without
//! JavaScript too).

use leptos::prelude::*;
use leptos_meta::Title;

use app::components::ui::{ErrorLine, PublicHeader, action_error};
use app::i18n::use_i18n;
use app::t;
use app::two_factor::api::SignInCode;

/// The code page.
#[component]
pub fn SignInCodePage() -> impl IntoView {
    let i18n = use_i18n();
    let submit = ServerAction::<SignInCode>::new();
    let error = action_error(submit.value());
    view! {
        <Title text=t!(i18n, "two-factor-code-title") />
        <PublicHeader />
        <main class="card-page">
            <section class="card">
                <h1>{t!(i18n, "two-factor-code-title")}</h1>
                <p class="hint">{t!(i18n, "two-factor-code-hint")}</p>
                <ActionForm action=submit>
                    <label class="field">
                        <span>{t!(i18n, "two-factor-code-field")}</span>
                        <input name="code" type="text" autocomplete="one-time-code" autocapitalize="characters"
                            spellcheck="false" maxlength="16" required=true autofocus=true />
                    </label>
                    <ErrorLine error />
                    <button class="button button--primary" type="submit" prop:disabled=move || submit.pending().get()>
                        {t!(i18n, "two-factor-code-submit")}
                    </button>
                </ActionForm>
            </section>
            <p class="card-page__aside"><a href="/signin">{t!(i18n, "two-factor-start-again")}</a></p>
        </main>
    }
}
