//! Small widgets of the console's pages: password fields, dialogs that close on Escape, the
//! organisation's names for the custom fields.

use leptos::prelude::*;

use app::i18n::use_i18n;
use app::t;

/// A new password and its repetition (form fields `password` and `password_confirm`), with
/// the length hint: the first-run setup and the set-password page.
#[component]
pub fn NewPasswordFields() -> impl IntoView {
    let i18n = use_i18n();
    let min = app::auth::MIN_PASSWORD_LEN;
    view! {
        <label class="field">
            <span>{t!(i18n, "field-password")}</span>
            <input name="password" type="password" autocomplete="new-password" minlength=min required=true aria-describedby="password-hint" />
        </label>
        <small id="password-hint" class="field__hint">{move || i18n.t_with("field-password-hint", &[("count", app::i18n::Arg::Num(min as f64))])}</small>
        <label class="field">
            <span>{t!(i18n, "field-password-confirm")}</span>
            <input name="password_confirm" type="password" autocomplete="new-password" required=true />
        </label>
    }
}

/// `KeyboardEvent.key` of the Escape key.
const ESCAPE_KEY: &str = "Escape"; // i18n-exempt: a key name, not text

/// Closes a modal dialog on Escape, wherever the focus is (a button that disappears after a
/// click leaves the focus on the page, not in the dialog). Call it in the dialog's body: the
/// listener goes away with the dialog.
pub fn close_on_escape(on_close: Callback<()>) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == ESCAPE_KEY {
            on_close.run(());
        }
    });
    on_cleanup(move || handle.remove());
}

/// The label of custom field `index` (0 or 1): the organisation's name for it, from the
/// console's context, or the translated default.
pub fn field_label(i18n: app::i18n::I18n, index: usize) -> String {
    let custom = use_context::<app::auth::Me>()
        .and_then(|me| me.field_names.get(index).cloned().flatten())
        .filter(|n| !n.is_empty());
    custom.unwrap_or_else(|| {
        if index == 0 {
            i18n.t("new-session-field-1")
        } else {
            i18n.t("new-session-field-2")
        }
    })
}
