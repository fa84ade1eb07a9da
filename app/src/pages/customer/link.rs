//! `/j/<token>`: a customer opened an invite link. The page redeems the token as soon as it
//! runs in a browser (link previewers that fetch the page do not use it up); without
//! JavaScript a Continue button does the same.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::components::ui::{ErrorLine, PublicHeader, action_error};
use crate::i18n::use_i18n;
use crate::invite::api::RedeemLink;
use crate::t;

/// The link landing page.
#[component]
pub fn LinkPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let redeem = ServerAction::<RedeemLink>::new();
    let error = action_error(redeem.value());
    Effect::new(move |done: Option<bool>| {
        if done != Some(true) {
            redeem.dispatch(RedeemLink { token: token() });
        }
        true
    });
    view! {
        <Title text=t!(i18n, "link-page-title") />
        <PublicHeader />
        <main class="card-page">
            <section class="card">
                <h1>{t!(i18n, "link-page-title")}</h1>
                <Show when=move || error.get().is_none()>
                    <p role="status">{t!(i18n, "link-page-opening")}</p>
                </Show>
                <ErrorLine error />
                <ActionForm action=redeem>
                    <input type="hidden" name="token" value=token />
                    <button class="button" type="submit" prop:disabled=move || redeem.pending().get()>
                        {t!(i18n, "link-page-continue")}
                    </button>
                </ActionForm>
                <p class="card-page__aside"><a href="/pin">{t!(i18n, "link-page-use-pin")}</a></p>
            </section>
        </main>
    }
}
