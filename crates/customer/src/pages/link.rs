//! `/j/<token>`: a customer opened an invite link. The page redeems the token as soon as it
//! runs in a browser (link previewers that fetch the page do not use it up); without
//! JavaScript a Continue button does the same.

use leptos::prelude::*;

use app::components::ui::{ErrorLine, PublicHeader, action_error};
use app::i18n::use_i18n;
use app::invite::api::RedeemLink;
use app::t;

/// The link landing page.
#[component]
pub fn LinkPage(token: String) -> impl IntoView {
    let i18n = use_i18n();
    let token = StoredValue::new(token);
    let redeem = ServerAction::<RedeemLink>::new();
    let error = action_error(redeem.value());
    Effect::new(move |done: Option<bool>| {
        if done != Some(true) {
            redeem.dispatch(RedeemLink {
                token: token.get_value(),
            });
        }
        true
    });
    view! {
        <PublicHeader />
        <main class="card-page">
            <section class="card">
                <h1>{t!(i18n, "link-page-title")}</h1>
                <Show when=move || error.get().is_none()>
                    <p role="status">{t!(i18n, "link-page-opening")}</p>
                </Show>
                <ErrorLine error />
                <ActionForm action=redeem>
                    <input type="hidden" name="token" value=token.get_value() />
                    <button class="button" type="submit" prop:disabled=move || redeem.pending().get()>
                        {t!(i18n, "link-page-continue")}
                    </button>
                </ActionForm>
                <p class="card-page__aside"><a href="/pin">{t!(i18n, "link-page-use-pin")}</a></p>
            </section>
        </main>
    }
}
