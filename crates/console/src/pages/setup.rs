//! `/setup`: first run on an empty database — creates the organisation and its first
//! administrator (who is also a technician).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

use crate::components::ui::NewPasswordFields;
use app::auth::Landing;
use app::auth::api::{Setup, get_landing};
use app::components::ui::{ErrorLine, PublicHeader, action_error};
use app::i18n::use_i18n;
use app::t;

/// The first-run setup page.
#[component]
pub fn SetupPage() -> impl IntoView {
    let i18n = use_i18n();
    let target = Resource::new_blocking(|| (), |_| get_landing());
    let setup = ServerAction::<Setup>::new();
    let error = action_error(setup.value());
    let form = move || {
        view! {
            <Title text=t!(i18n, "setup-title") />
            <PublicHeader />
            <main class="card-page">
                <section class="card">
                    <h1>{t!(i18n, "setup-title")}</h1>
                    <p>{t!(i18n, "setup-intro")}</p>
                    <ActionForm action=setup>
                        <label class="field">
                            <span>{t!(i18n, "setup-org-name")}</span>
                            <input name="org_name" type="text" maxlength="120" required=true autofocus=true />
                        </label>
                        <label class="field">
                            <span>{t!(i18n, "setup-admin-name")}</span>
                            <input name="name" type="text" maxlength="80" autocomplete="name" required=true />
                        </label>
                        <label class="field">
                            <span>{t!(i18n, "field-email")}</span>
                            <input name="email" type="email" autocomplete="username" required=true />
                        </label>
                        <NewPasswordFields />
                        <ErrorLine error />
                        <button class="button button--primary" type="submit" prop:disabled=move || setup.pending().get()>
                            {t!(i18n, "setup-submit")}
                        </button>
                    </ActionForm>
                </section>
            </main>
        }
    };
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match target.await {
                    Ok(Landing::Setup) => form().into_any(),
                    _ => view! { <Redirect path="/signin" /> }.into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}
