//! Console preferences dialog and the presence selector.

use leptos::prelude::*;

use crate::components::ui::close_on_escape;
use app::components::ui::ErrorLine;
use app::i18n::use_i18n;
use app::live::use_feed;
use app::prefs::api::SavePrefs;
use app::prefs::{ConsolePrefs, Theme};
use app::presence::Presence;
use app::protocol::ClientMsg;
use app::t;

/// The console's own presence: chosen by hand, and idle (set by the console's idle timer).
#[derive(Clone, Copy)]
pub struct PresenceState {
    /// Away chosen by hand.
    pub away: RwSignal<bool>,
    /// No input for the group's auto-away time.
    pub idle: RwSignal<bool>,
}

impl PresenceState {
    /// Fresh state: Online, not idle.
    pub fn new() -> Self {
        Self {
            away: RwSignal::new(false),
            idle: RwSignal::new(false),
        }
    }
}

impl Default for PresenceState {
    fn default() -> Self {
        Self::new()
    }
}

/// Online / Away selector, showing Busy when the server says so.
#[component]
pub fn PresenceSelect(state: PresenceState) -> impl IntoView {
    let i18n = use_i18n();
    let feed = use_feed();
    let shown = Memo::new(move |_| {
        let me = feed.me_user();
        feed.team.with(|t| {
            t.iter()
                .find(|m| Some(&m.user) == me.as_ref())
                .map(|m| m.presence)
        })
    });
    let on_change = move |ev: leptos::ev::Event| {
        let away = event_target_value(&ev) == "away";
        state.away.set(away);
        feed.send(ClientMsg::Presence {
            away,
            idle: state.idle.get_untracked(),
        });
    };
    view! {
        <label class="presence-select">
            <span class="visually-hidden">{t!(i18n, "presence-label")}</span>
            <select on:change=on_change>
                <option value="online" selected=move || !state.away.get()>{t!(i18n, "presence-online")}</option>
                <option value="away" selected=move || state.away.get()>{t!(i18n, "presence-away")}</option>
            </select>
        </label>
        <span class="presence-badge" role="status" data-presence=move || shown.get().map(|p| format!("{p:?}").to_lowercase())>
            {move || shown.get().filter(|p| *p == Presence::Busy || state.idle.get()).map(|p| i18n.t(p.key()))}
        </span>
    }
}

/// The preferences dialog; edits a copy and saves it.
#[component]
pub fn PrefsDialog(
    prefs: RwSignal<ConsolePrefs>,
    #[prop(into)] on_close: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    close_on_escape(on_close);
    let draft = RwSignal::new(prefs.get_untracked());
    let save = ServerAction::<SavePrefs>::new();
    let error = Signal::derive(move || save.value().get().and_then(Result::err));
    Effect::new(move |_| {
        if let Some(Ok(())) = save.value().get() {
            prefs.set(draft.get_untracked());
            on_close.run(());
        }
    });
    let check = move |key: &'static str,
                      get: fn(&ConsolePrefs) -> bool,
                      set: fn(&mut ConsolePrefs, bool)| {
        view! {
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || draft.with(get)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        draft.update(|p| set(p, on));
                    }
                />
                <span>{move || i18n.t(key)}</span>
            </label>
        }
    };
    view! {
        <div class="dialog-backdrop">
            <form
                class="dialog"
                role="dialog"
                aria-modal="true"
                aria-labelledby="prefs-title"
                on:submit=move |ev| {
                    ev.prevent_default();
                    save.dispatch(SavePrefs { prefs: draft.get_untracked() });
                }
            >
                <header class="dialog__header">
                    <h2 id="prefs-title">{t!(i18n, "prefs-title")}</h2>
                </header>
                <div class="dialog__body">
                    <fieldset>
                        <legend>{t!(i18n, "prefs-sounds")}</legend>
                        {check("prefs-sound-new-session", |p| p.sound_new_session, |p, v| p.sound_new_session = v)}
                        {check("prefs-sound-customer-left", |p| p.sound_customer_left, |p, v| p.sound_customer_left = v)}
                        {check("prefs-sound-network-lost", |p| p.sound_network_lost, |p, v| p.sound_network_lost = v)}
                        {check("prefs-sound-chat", |p| p.sound_chat, |p, v| p.sound_chat = v)}
                    </fieldset>
                    <fieldset>
                        <legend>{t!(i18n, "prefs-behaviour")}</legend>
                        {check("prefs-confirm-end", |p| p.confirm_end, |p, v| p.confirm_end = v)}
                        {check("prefs-confirm-sign-out", |p| p.confirm_sign_out, |p, v| p.confirm_sign_out = v)}
                        {check("prefs-auto-start", |p| p.auto_start_incoming, |p, v| p.auto_start_incoming = v)}
                    </fieldset>
                    <label class="field">
                        <span>{t!(i18n, "prefs-theme")}</span>
                        <select on:change=move |ev| {
                            let v = event_target_value(&ev);
                            let theme = Theme::ALL.into_iter().find(|t| t.attr().unwrap_or("system") == v).unwrap_or_default();
                            draft.update(|p| p.theme = theme);
                        }>
                            {Theme::ALL.into_iter().map(|th| view! {
                                <option value=th.attr().unwrap_or("system") selected=move || draft.with(|p| p.theme == th)>
                                    {move || i18n.t(th.key())}
                                </option>
                            }).collect_view()}
                        </select>
                    </label>
                    <ErrorLine error />
                    <crate::components::two_factor::TwoFactorSettings />
                </div>
                <footer class="dialog__footer">
                    <button class="button" type="button" on:click=move |_| on_close.run(())>{t!(i18n, "action-cancel")}</button>
                    <button class="button button--primary" type="submit">{t!(i18n, "action-save")}</button>
                </footer>
            </form>
        </div>
    }
    .into_any()
}
