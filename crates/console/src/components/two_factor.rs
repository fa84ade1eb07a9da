//! Two-factor sign-in in the preferences: its state, setting it up (QR code or key, then a
//! code), the recovery codes once, and turning it off with a code.

use leptos::prelude::*;

use app::components::ui::ErrorLine;
use app::i18n::{Arg, use_i18n};
use app::t;
use app::two_factor::Enrolment;
use app::two_factor::api::{TwoFactorBegin, TwoFactorConfirm, TwoFactorDisable, two_factor_status};

/// The section (inside the preferences form: its buttons do not submit it).
#[component]
pub fn TwoFactorSettings() -> impl IntoView {
    let i18n = use_i18n();
    let tick = RwSignal::new(0u32);
    let status = Resource::new(move || tick.get(), |_| two_factor_status());
    let begin = ServerAction::<TwoFactorBegin>::new();
    let confirm = ServerAction::<TwoFactorConfirm>::new();
    let disable = ServerAction::<TwoFactorDisable>::new();
    let code = RwSignal::new(String::new());
    let enrolment = RwSignal::new(None::<Enrolment>);
    let recovery = RwSignal::new(None::<Vec<String>>);
    let error = RwSignal::new(None);
    Effect::new(move |_| match begin.value().get() {
        Some(Ok(e)) => {
            error.set(None);
            enrolment.set(Some(e));
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    Effect::new(move |_| match confirm.value().get() {
        Some(Ok(codes)) => {
            error.set(None);
            enrolment.set(None);
            code.set(String::new());
            recovery.set(Some(codes));
            tick.update(|n| *n += 1);
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    Effect::new(move |_| match disable.value().get() {
        Some(Ok(())) => {
            error.set(None);
            code.set(String::new());
            recovery.set(None);
            tick.update(|n| *n += 1);
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    let code_field = move |label: &'static str| {
        view! {
            <label class="field">
                <span>{move || i18n.t(label)}</span>
                <input type="text" autocomplete="one-time-code" spellcheck="false" maxlength="16"
                    bind:value=code />
            </label>
        }
    };

    view! {
        <fieldset class="two-factor">
            <legend>{t!(i18n, "two-factor-title")}</legend>
            <Suspense>
                {move || status.get().and_then(Result::ok).map(|s| {
                    if s.enabled {
                        view! {
                            <p role="status">{move || i18n.t_with("two-factor-on", &[("count", Arg::Num(f64::from(s.recovery_left)))])}</p>
                            <p class="hint">{t!(i18n, "two-factor-turn-off-hint")}</p>
                            {code_field("two-factor-code-field")}
                            <button class="button" type="button" prop:disabled=move || disable.pending().get()
                                on:click=move |_| { disable.dispatch(TwoFactorDisable { code: code.get_untracked() }); }>
                                {t!(i18n, "two-factor-turn-off")}
                            </button>
                        }.into_any()
                    } else {
                        view! {
                            <p role="status">{t!(i18n, "two-factor-off")}</p>
                            <Show when=move || enrolment.with(Option::is_none)>
                                <button class="button" type="button" prop:disabled=move || begin.pending().get()
                                    on:click=move |_| { begin.dispatch(TwoFactorBegin {}); }>
                                    {t!(i18n, "two-factor-set-up")}
                                </button>
                            </Show>
                        }.into_any()
                    }
                })}
            </Suspense>
            {move || enrolment.get().map(|e| view! {
                <p class="hint">{t!(i18n, "two-factor-scan")}</p>
                <div class="two-factor__qr" role="img" aria-label=t!(i18n, "two-factor-qr") inner_html=e.qr_svg></div>
                <p>{t!(i18n, "two-factor-key")} ": " <code class="two-factor__key" data-uri=e.uri>{e.secret}</code></p>
                {code_field("two-factor-code-field")}
                <button class="button button--primary" type="button" prop:disabled=move || confirm.pending().get()
                    on:click=move |_| { confirm.dispatch(TwoFactorConfirm { code: code.get_untracked() }); }>
                    {t!(i18n, "two-factor-confirm")}
                </button>
            })}
            {move || recovery.get().map(|codes| view! {
                <section class="two-factor__recovery" aria-labelledby="recovery-title">
                    <h3 id="recovery-title">{t!(i18n, "two-factor-recovery-title")}</h3>
                    <p class="hint">{t!(i18n, "two-factor-recovery-hint")}</p>
                    <ul class="two-factor__codes">
                        {codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}
                    </ul>
                </section>
            })}
            <ErrorLine error=error />
        </fieldset>
    }
}
