//! `/password/:token`: a new user (invited by an administrator) chooses their password
//! through the link they were sent. Works without JavaScript (a plain form).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::components::ui::NewPasswordFields;
use app::admin::api::SetPasswordWithLink;
use app::components::ui::{ErrorLine, PublicHeader, action_error};
use app::i18n::use_i18n;
use app::t;

/// The set-password page.
#[component]
pub fn SetPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let action = ServerAction::<SetPasswordWithLink>::new();
    let error = action_error(action.value());
    let done = move || matches!(action.value().get(), Some(Ok(())));
    view! {
        <Title text=t!(i18n, "set-password-title") />
        <PublicHeader />
        <main class="card-page">
            <section class="card">
                <h1>{t!(i18n, "set-password-title")}</h1>
                <Show
                    when=done
                    fallback=move || view! {
                        <p>{t!(i18n, "set-password-intro")}</p>
                        <ActionForm action=action>
                            <input type="hidden" name="token" prop:value=token />
                            <NewPasswordFields />
                            <ErrorLine error />
                            <button class="button button--primary" type="submit" prop:disabled=move || action.pending().get()>
                                {t!(i18n, "set-password-submit")}
                            </button>
                        </ActionForm>
                    }
                >
                    <p role="status">{t!(i18n, "set-password-done")}</p>
                    <a class="button button--primary" href="/signin" rel="external">{t!(i18n, "sign-in-submit")}</a>
                </Show>
            </section>
        </main>
    }
}
