//! `/c/<slug>`: a self-service channel. The customer gives their name and what the problem
//! is, and joins the channel's queue (the customer page takes over from there). A plain
//! HTML form, posted by the browser with or without JavaScript.

use leptos::prelude::*;

use app::channel::api::JoinChannel;
use app::channel::{MAX_PROBLEM, PublicChannel};
use app::components::ui::{ErrorLine, PublicHeader};
use app::error::AppError;
use app::i18n::use_i18n;
use app::session::MAX_CUSTOMER_NAME;
use app::t;
use app::uri::{form_action, percent_encode};
use leptos::server_fn::ServerFn;

/// The public page of a channel: its form, or why it cannot be joined.
#[component]
pub fn ChannelPage(
    slug: String,
    channel: Result<PublicChannel, AppError>,
    /// Why the last join was refused.
    error: Option<AppError>,
) -> impl IntoView {
    let i18n = use_i18n();
    match channel {
        Ok(channel) => view! { <ChannelForm slug channel error /> }.into_any(),
        Err(e) => view! {
            <PublicHeader />
            <main class="card-page">
                <section class="card">
                    <h1>{t!(i18n, "channel-page-title")}</h1>
                    <ErrorLine error=Signal::derive(move || Some(e.clone())) />
                    <p><a href="/pin">{t!(i18n, "customer-enter-pin")}</a></p>
                </section>
            </main>
        }
        .into_any(),
    }
}

#[component]
fn ChannelForm(slug: String, channel: PublicChannel, error: Option<AppError>) -> impl IntoView {
    let i18n = use_i18n();
    let error = Signal::derive(move || error.clone());
    let brand = app::admin::accent_style(channel.accent.as_deref());
    let action = form_action(JoinChannel::PATH, &format!("/c/{}", percent_encode(&slug)));
    view! {
        <PublicHeader org_name=channel.org_name.clone() logo=channel.logo.clone() />
        <main class="card-page" style=brand>
            <section class="card channel-card">
                <h1>{channel.name.clone()}</h1>
                <p>{move || i18n.t_with("channel-page-intro", &[("org", app::i18n::Arg::Str(channel.org_name.clone()))])}</p>
                <form class="channel-form" method="post" action=action>
                    <input type="hidden" name="slug" value=slug />
                    <label class="field">
                        <span>{t!(i18n, "channel-your-name")}</span>
                        <input name="name" type="text" autocomplete="name" maxlength=MAX_CUSTOMER_NAME required=true autofocus=true />
                    </label>
                    <label class="field">
                        <span>{t!(i18n, "channel-problem")}</span>
                        <textarea name="problem" rows="4" maxlength=MAX_PROBLEM></textarea>
                    </label>
                    <ErrorLine error />
                    <button class="button button--primary" type="submit">
                        {t!(i18n, "channel-join")}
                    </button>
                </form>
            </section>
        </main>
    }
}
