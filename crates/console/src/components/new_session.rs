//! The "New session" dialog: customer details, then a PIN or a link, then live status.

use leptos::prelude::*;

use crate::components::session_panel::{ConsoleMedia, start_session};
use crate::components::ui::close_on_escape;
use app::components::ui::ErrorLine;
use app::error::AppError;
use app::i18n::{Arg, use_i18n};
use app::ids::SessionId;
use app::live::use_feed;
use app::permission::Permission;
use app::session::api::{CreateSession, EmailInvite, IssueInvite, SmsInvite};
use app::session::{InviteMethod, IssuedInvite, MAX_CUSTOMER_NAME, MAX_FIELD, SessionState};
use app::sms::SmsStatus;
use app::t;

/// Formats PIN digits for reading aloud: "123 456".
pub fn spaced_pin(pin: &str) -> String {
    if pin.len() == 6 {
        format!("{} {}", &pin[..3], &pin[3..])
    } else {
        pin.to_owned()
    }
}

/// The dialog. `on_close` is called when it is dismissed; `on_started` with the session
/// the technician started from it.
#[component]
pub fn NewSessionDialog(
    media: ConsoleMedia,
    /// The organisation and the technician, as the invite email names them.
    #[prop(into)]
    org_name: String,
    #[prop(into)] technician: String,
    #[prop(into)] on_close: Callback<()>,
    #[prop(into)] on_started: Callback<SessionId>,
) -> impl IntoView {
    let i18n = use_i18n();
    close_on_escape(on_close);
    let who = StoredValue::new((org_name, technician));
    let feed = use_feed();
    let name = RwSignal::new(String::new());
    let field1 = RwSignal::new(String::new());
    let field2 = RwSignal::new(String::new());
    let perms = app::permission::use_perms();
    let first_tab = [Tab::Pin, Tab::Link, Tab::Email, Tab::Sms]
        .into_iter()
        .find(|t| perms.has(t.permission()))
        .unwrap_or(Tab::Pin);
    let tab = RwSignal::new(first_tab);
    let email = RwSignal::new(String::new());
    let emailed = RwSignal::new(None::<String>);
    let phone = RwSignal::new(String::new());
    // The text message sent: the masked number and its delivery status.
    let texted = RwSignal::new(None::<(String, SmsStatus)>);
    // What to do with the next link: email it from the server, or open the mail app.
    let after_link = RwSignal::new(None::<AfterLink>);
    let pin = RwSignal::new(None::<IssuedInvite>);
    let link = RwSignal::new(None::<IssuedInvite>);
    let copied = RwSignal::new(None::<bool>);
    let session = RwSignal::new(None::<SessionId>);
    let error = RwSignal::new(None::<AppError>);
    let first_field = NodeRef::<leptos::html::Input>::new();
    // A modal moves focus into itself (autofocus is not honoured for inserted elements).
    Effect::new(move |_| {
        if let Some(input) = first_field.get() {
            let _ = input.focus();
        }
    });

    let create = ServerAction::<CreateSession>::new();
    let issue = ServerAction::<IssueInvite>::new();
    let send_email = ServerAction::<EmailInvite>::new();
    let send_sms = ServerAction::<SmsInvite>::new();
    let pending = Signal::derive(move || {
        create.pending().get()
            || issue.pending().get()
            || send_email.pending().get()
            || send_sms.pending().get()
    });

    let take = move |result: Option<Result<IssuedInvite, AppError>>| match result {
        Some(Ok(invite)) => {
            error.set(None);
            session.set(Some(invite.session.clone()));
            match invite.method {
                InviteMethod::Pin => pin.set(Some(invite)),
                InviteMethod::Link => {
                    let url = invite.secret.clone();
                    let minutes = (invite.expires_at - invite.issued_at) / 60_000;
                    let session_id = invite.session.clone();
                    link.set(Some(invite));
                    match after_link.get_untracked() {
                        Some(AfterLink::Send(address)) => {
                            after_link.set(None);
                            send_email.dispatch(EmailInvite {
                                session: session_id,
                                address,
                            });
                        }
                        Some(AfterLink::Text(number)) => {
                            after_link.set(None);
                            send_sms.dispatch(SmsInvite {
                                session: session_id,
                                phone: number,
                            });
                        }
                        Some(AfterLink::OwnApp(address)) => {
                            after_link.set(None);
                            let (org, technician) = who.get_value();
                            let mail = app::invite::invite_email(
                                |k, a| i18n.t_with(k, a),
                                &org,
                                &technician,
                                &url,
                                minutes,
                            );
                            open_mail_app(&app::invite::mailto(
                                &address,
                                &mail.subject,
                                &mail.text,
                            ));
                        }
                        None => copy_link(url, copied),
                    }
                }
            }
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    };
    Effect::new(move |_| take(create.value().get()));
    Effect::new(move |_| take(issue.value().get()));
    Effect::new(move |_| match send_email.value().get() {
        Some(Ok(invite)) => {
            error.set(None);
            emailed.set(Some(email.get_untracked().trim().to_owned()));
            link.set(Some(invite));
        }
        Some(Err(e)) => {
            emailed.set(None);
            error.set(Some(e));
        }
        None => {}
    });

    let request = move |method: InviteMethod| {
        if pending.get_untracked() {
            return;
        }
        match session.get_untracked() {
            Some(id) => {
                issue.dispatch(IssueInvite {
                    session: id,
                    method,
                });
            }
            None => {
                create.dispatch(CreateSession {
                    customer_name: name.get_untracked(),
                    field1: field1.get_untracked(),
                    field2: field2.get_untracked(),
                    method,
                });
            }
        }
    };

    Effect::new(move |_| match send_sms.value().get() {
        Some(Ok(sent)) => {
            error.set(None);
            texted.set(Some((sent.to, sent.status)));
            link.set(Some(sent.invite));
        }
        Some(Err(e)) => {
            texted.set(None);
            error.set(Some(e));
        }
        None => {}
    });
    // Delivery reports reach the server; ask it every two seconds until the message is
    // delivered or failed.
    #[cfg(feature = "hydrate")]
    {
        let poll = StoredValue::new_local(None::<gloo_timers::callback::Interval>);
        Effect::new(move |_| {
            let waiting = texted.with(|t| matches!(t, Some((_, SmsStatus::Sent))));
            if !waiting {
                poll.set_value(None);
                return;
            }
            if poll.with_value(Option::is_some) {
                return;
            }
            poll.set_value(Some(gloo_timers::callback::Interval::new(
                2_000,
                move || {
                    let Some(id) = session.get_untracked() else {
                        return;
                    };
                    leptos::task::spawn_local(async move {
                        if let Ok(Some(status)) = app::session::api::sms_status(id).await {
                            texted.update(|t| {
                                if let Some((_, s)) = t
                                    && *s != status
                                {
                                    *s = status;
                                }
                            });
                        }
                    });
                },
            )));
        });
        on_cleanup(move || poll.set_value(None));
    }
    // Email and text-message tabs: a link first (a new one, or a new session), then deliver
    // it as `after` says; nothing is asked for when what was typed (`field`) is not usable.
    let link_then = move |after: Option<AfterLink>, field: &str| {
        if pending.get_untracked() {
            return;
        }
        let Some(after) = after else {
            error.set(Some(AppError::InvalidInput {
                field: field.into(),
            }));
            return;
        };
        after_link.set(Some(after));
        request(InviteMethod::Link);
    };
    let email_link = move |then: fn(String) -> AfterLink| {
        let address = email.get_untracked().trim().to_owned();
        link_then((!address.is_empty()).then(|| then(address)), "email");
    };
    let text_link = move || {
        let number = app::sms::e164(&phone.get_untracked());
        link_then(number.map(AfterLink::Text), "phone");
    };
    // The link last issued, under the tab that delivered it (to copy, should delivery fail).
    let link_under = move |under: Tab| {
        move || {
            (tab.get() == under).then(|| link.get()).flatten().map(|inv| view! {
                <input class="invite-link" type="text" readonly=true prop:value=inv.secret.clone() aria-label=t!(i18n, "a11y-link") />
            })
        }
    };
    let state = Memo::new(move |_| {
        session
            .get()
            .and_then(|id| feed.session(&id))
            .map(|s| s.state)
    });
    let start = move |_| {
        if let Some(id) = session.get_untracked() {
            start_session(feed, media, id.clone());
            on_started.run(id);
        }
    };
    let expires = move |inv: &IssuedInvite| {
        let minutes = ((inv.expires_at - inv.issued_at) as f64 / 60_000.0).round();
        i18n.t_with("invite-valid-for", &[("count", Arg::Num(minutes))])
    };
    let details_locked = move || session.get().is_some();

    view! {
        <div class="dialog-backdrop">
            <div
                class="dialog"
                role="dialog"
                aria-modal="true"
                aria-labelledby="new-session-title"
            >
                <header class="dialog__header">
                    <h2 id="new-session-title">{t!(i18n, "new-session-title")}</h2>
                    <button class="button button--quiet" on:click=move |_| on_close.run(()) aria-label=t!(i18n, "a11y-close-dialog")>
                        {t!(i18n, "dialog-close")}
                    </button>
                </header>
                <div class="dialog__body">
                    <label class="field">
                        <span>{t!(i18n, "new-session-customer-name")}</span>
                        <input
                            type="text"
                            maxlength=MAX_CUSTOMER_NAME
                            placeholder=t!(i18n, "session-default-customer-name")
                            bind:value=name
                            prop:disabled=details_locked
                            node_ref=first_field
                        />
                    </label>
                    <label class="field">
                        <span>{crate::components::ui::field_label(i18n, 0)}</span>
                        <input type="text" maxlength=MAX_FIELD bind:value=field1 prop:disabled=details_locked />
                    </label>
                    <label class="field">
                        <span>{crate::components::ui::field_label(i18n, 1)}</span>
                        <input type="text" maxlength=MAX_FIELD bind:value=field2 prop:disabled=details_locked />
                    </label>

                    <div class="tabs" role="tablist" aria-label=t!(i18n, "new-session-method")>
                        <MethodTab method=Tab::Pin current=tab>
                            {t!(i18n, "new-session-tab-pin")}
                        </MethodTab>
                        <MethodTab method=Tab::Link current=tab>
                            {t!(i18n, "new-session-tab-link")}
                        </MethodTab>
                        <MethodTab method=Tab::Email current=tab>
                            {t!(i18n, "new-session-tab-email")}
                        </MethodTab>
                        <MethodTab method=Tab::Sms current=tab>
                            {t!(i18n, "new-session-tab-sms")}
                        </MethodTab>
                    </div>

                    <div class="tab-panel" role="tabpanel" id="panel-pin" aria-labelledby="tab-pin" hidden=move || tab.get() != Tab::Pin>
                        <Show
                            when=move || pin.get().is_some()
                            fallback=move || view! {
                                <button class="button button--primary" prop:disabled=pending on:click=move |_| request(InviteMethod::Pin)>
                                    {t!(i18n, "new-session-create-pin")}
                                </button>
                            }
                        >
                            {move || pin.get().map(|inv| view! {
                                <p class="invite-pin" aria-label=t!(i18n, "a11y-pin")>{spaced_pin(&inv.secret)}</p>
                                <p class="invite-hint">{t!(i18n, "new-session-pin-hint")} " " {expires(&inv)}</p>
                            })}
                        </Show>
                    </div>

                    <div class="tab-panel" role="tabpanel" id="panel-link" aria-labelledby="tab-link" hidden=move || tab.get() != Tab::Link>
                        <button class="button button--primary" prop:disabled=pending on:click=move |_| request(InviteMethod::Link)>
                            {t!(i18n, "new-session-copy-link")}
                        </button>
                        {move || link.get().map(|inv| view! {
                            <input class="invite-link" type="text" readonly=true prop:value=inv.secret.clone() aria-label=t!(i18n, "a11y-link") />
                            <p class="invite-hint" aria-live="polite">
                                {move || match copied.get() {
                                    Some(true) => i18n.t("new-session-link-copied"),
                                    Some(false) => i18n.t("new-session-link-copy-failed"),
                                    None => String::new(),
                                }}
                                " " {expires(&inv)}
                            </p>
                            {inv.qr_svg.clone().map(|svg| view! {
                                <figure class="invite-qr">
                                    <div class="invite-qr__code" role="img" aria-label=t!(i18n, "new-session-qr") inner_html=svg></div>
                                    <figcaption class="invite-hint">{t!(i18n, "new-session-qr-hint")}</figcaption>
                                </figure>
                            })}
                        })}
                    </div>

                    <div class="tab-panel" role="tabpanel" id="panel-email" aria-labelledby="tab-email" hidden=move || tab.get() != Tab::Email>
                        <label class="field">
                            <span>{t!(i18n, "new-session-email-address")}</span>
                            <input type="email" autocomplete="off" maxlength="254" bind:value=email />
                        </label>
                        <div class="button-row">
                            <button class="button button--primary" prop:disabled=pending on:click=move |_| email_link(AfterLink::Send)>
                                {t!(i18n, "new-session-email-send")}
                            </button>
                            <button class="button" prop:disabled=pending on:click=move |_| email_link(AfterLink::OwnApp)>
                                {t!(i18n, "new-session-email-own-app")}
                            </button>
                        </div>
                        <p class="invite-hint" role="status">
                            {move || emailed.get().map(|a| i18n.t_with("new-session-email-sent", &[("address", Arg::Str(a))]))}
                        </p>
                        {link_under(Tab::Email)}
                    </div>

                    <div class="tab-panel" role="tabpanel" id="panel-sms" aria-labelledby="tab-sms" hidden=move || tab.get() != Tab::Sms>
                        <label class="field">
                            <span>{t!(i18n, "new-session-sms-phone")}</span>
                            <input type="tel" autocomplete="off" maxlength="24" placeholder="+" bind:value=phone />
                        </label>
                        <button class="button button--primary" prop:disabled=pending on:click=move |_| text_link()>
                            {t!(i18n, "new-session-sms-send")}
                        </button>
                        <p class="invite-hint" role="status" data-sms=move || texted.get().map(|(_, s)| s.as_str())>
                            {move || texted.get().map(|(to, s)| i18n.t_with(s.key(), &[("to", Arg::Str(to))]))}
                        </p>
                        {link_under(Tab::Sms)}
                    </div>

                    <ErrorLine error=error />

                    <Show when=move || session.get().is_some()>
                        <div class="dialog__status" role="status" data-state=move || state.get().map(SessionState::family)>
                            {move || match state.get() {
                                Some(SessionState::Waiting) => i18n.t("session-customer-connected"),
                                Some(SessionState::Connecting) | None => i18n.t("session-waiting-for-customer"),
                                Some(s) => i18n.t(s.key()),
                            }}
                        </div>
                    </Show>
                </div>
                <footer class="dialog__footer">
                    <button class="button button--primary" prop:disabled=move || state.get() != Some(SessionState::Waiting) on:click=start>
                        {t!(i18n, "session-action-start")}
                    </button>
                </footer>
            </div>
        </div>
    }
    .into_any()
}

/// The dialog's tabs: how the customer gets the invite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tab {
    Pin,
    Link,
    Email,
    Sms,
}

impl Tab {
    /// The permission that shows this tab (the server checks it again).
    fn permission(self) -> Permission {
        match self {
            Tab::Pin => Permission::InvitePin,
            Tab::Link => Permission::InviteLink,
            Tab::Email => Permission::InviteEmail,
            Tab::Sms => Permission::InviteSms,
        }
    }
}

/// What the Email tab does with the link it asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
enum AfterLink {
    /// Email it from the server to this address.
    Send(String),
    /// Open the technician's mail app with a message to this address.
    OwnApp(String),
    /// Text it to this number.
    Text(String),
}

/// Opens the person's own mail client (a `mailto:` URL).
fn open_mail_app(url: &str) {
    #[cfg(feature = "hydrate")]
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_href(url);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = url;
}

/// One tab of the connection-method tab list.
#[component]
fn MethodTab(method: Tab, current: RwSignal<Tab>, children: Children) -> impl IntoView {
    let (tab, panel) = match method {
        Tab::Pin => ("tab-pin", "panel-pin"),
        Tab::Link => ("tab-link", "panel-link"),
        Tab::Email => ("tab-email", "panel-email"),
        Tab::Sms => ("tab-sms", "panel-sms"),
    };
    // A method the group may not use has no tab.
    app::permission::use_perms()
        .has(method.permission())
        .then(|| {
            view! {
                <button
                    role="tab"
                    id=tab
                    aria-controls=panel
                    aria-selected=move || (current.get() == method).to_string()
                    on:click=move |_| current.set(method)
                >
                    {children()}
                </button>
            }
        })
}

fn copy_link(url: String, copied: RwSignal<Option<bool>>) {
    #[cfg(feature = "hydrate")]
    leptos::task::spawn_local(async move {
        copied.set(Some(app::browser::copy_text(&url).await));
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = (url, copied);
}
