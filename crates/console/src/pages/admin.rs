//! `/admin`: the admin centre (administrators only; the server checks every call again):
//! users, technician groups with their permissions and settings, self-service channels, the
//! organisation's settings, reports and the audit log.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

use app::admin::api::{
    AdminDeleteGroup, AdminInviteUser, AdminResetTwoFactor, AdminSaveGroup, AdminSaveOrgSettings,
    AdminUpdateUser, admin_audit, admin_groups, admin_org_settings, admin_report, admin_users,
};
use app::admin::{GroupForm, GroupSummary, MAX_NAME, MAX_TERMS, OrgSettings, UserSummary};
use app::auth::api::current_user;
use app::auth::{Me, UserRole};
use app::channel::api::{AdminDeleteChannel, AdminSaveChannel, admin_channels};
use app::channel::{Channel, ChannelSummary};
use app::components::ui::{ErrorLine, LangSelect, action_error};
use app::i18n::use_i18n;
use app::permission::{Permission, Permissions};
use app::t;

/// The admin centre page.
#[component]
pub fn AdminPage() -> impl IntoView {
    let me = Resource::new_blocking(|| (), |_| current_user());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match me.await {
                    Ok(Some(me)) if me.role.is_admin() && !me.must_set_up_two_factor => {
                        view! { <AdminCentre me /> }.into_any()
                    }
                    Ok(Some(_)) => view! { <Redirect path="/console" /> }.into_any(),
                    _ => view! { <Redirect path="/signin" /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tab {
    Users,
    Groups,
    Channels,
    Organisation,
    Reports,
    Audit,
}

#[component]
fn AdminCentre(me: Me) -> impl IntoView {
    let i18n = use_i18n();
    let tab = RwSignal::new(Tab::Users);
    // Bumped after every change: the lists are read again.
    let changed = RwSignal::new(0u32);
    // The admin centre's data is loaded in the browser only (local resources: the server
    // renders the frame, the browser fills it in), which keeps hydration simple.
    let groups = LocalResource::new(move || {
        changed.track();
        admin_groups()
    });
    let tab_button = move |which: Tab, name: &'static str, label: Signal<String>| {
        view! {
            <button role="tab" data-tab=name aria-selected=move || (tab.get() == which).to_string()
                on:click=move |_| tab.set(which)>{label}</button>
        }
    };
    view! {
        <Title text=t!(i18n, "admin-title") />
        <div class="admin">
            <header class="console__bar">
                <span class="brand">{t!(i18n, "brand-name")}</span>
                <span class="console__org">{me.org_name.clone()}</span>
                <h1 class="admin__title">{t!(i18n, "admin-title")}</h1>
                <LangSelect />
                <a class="button button--quiet" href="/console" rel="external">{t!(i18n, "admin-back-to-console")}</a>
            </header>
            <div class="tabs" role="tablist" aria-label=t!(i18n, "admin-title")>
                {tab_button(Tab::Users, "users", Signal::derive(move || i18n.t("admin-tab-users")))}
                {tab_button(Tab::Groups, "groups", Signal::derive(move || i18n.t("admin-tab-groups")))}
                {tab_button(Tab::Channels, "channels", Signal::derive(move || i18n.t("admin-tab-channels")))}
                {tab_button(Tab::Organisation, "organisation", Signal::derive(move || i18n.t("admin-tab-organisation")))}
                {tab_button(Tab::Reports, "reports", Signal::derive(move || i18n.t("admin-tab-reports")))}
                {tab_button(Tab::Audit, "audit", Signal::derive(move || i18n.t("admin-tab-audit")))}
            </div>
            <main class="admin__main">
                <Transition>
                    {move || {
                        let me = me.clone();
                        // Read before the await, so that a change of tab re-renders.
                        let which = tab.get();
                        Suspend::new(async move {
                        let groups = groups.await.unwrap_or_default();
                        match which {
                            Tab::Users => view! { <UsersTab me=me.clone() groups /> }.into_any(),
                            Tab::Groups => view! { <GroupsTab groups changed /> }.into_any(),
                            Tab::Channels => view! { <ChannelsTab groups changed /> }.into_any(),
                            Tab::Organisation => view! { <OrganisationTab /> }.into_any(),
                            Tab::Reports => view! { <ReportsTab groups /> }.into_any(),
                            Tab::Audit => view! { <AuditTab /> }.into_any(),
                        }
                    })}}
                </Transition>
            </main>
        </div>
    }
}

/// The group `<option>`s, with `current` selected.
fn group_options(groups: &[GroupSummary], current: Option<&str>) -> impl IntoView + use<> {
    groups
        .iter()
        .map(|g| {
            let selected = current == Some(g.id.as_str());
            view! { <option value=g.id.clone() selected=selected>{g.name.clone()}</option> }
        })
        .collect_view()
}

#[component]
fn UsersTab(me: Me, groups: Vec<GroupSummary>) -> impl IntoView {
    let i18n = use_i18n();
    // Bumped after a change to users (the group list stays as it is).
    let changed = RwSignal::new(0u32);
    let users = LocalResource::new(move || {
        changed.track();
        admin_users()
    });
    let invite = ServerAction::<AdminInviteUser>::new();
    let invite_error = action_error(invite.value());
    Effect::new(move |_| {
        if matches!(invite.value().get(), Some(Ok(_))) {
            changed.update(|n| *n += 1);
        }
    });
    let invited_link = move || {
        invite
            .value()
            .get()
            .and_then(Result::ok)
            .map(|inv| inv.link)
    };
    let is_master = me.role == UserRole::MasterAdmin;
    let first_group = groups.first().map(|g| g.id.clone());
    let groups_for_rows = StoredValue::new(groups.clone());
    view! {
        <section class="admin__section" aria-labelledby="admin-users-title">
            <h2 id="admin-users-title">{t!(i18n, "admin-tab-users")}</h2>
            // The whole table is rendered once the users are there: a suspense boundary
            // inside <tbody> does not survive the HTML parser (hydration would fail).
            <Transition>
                {move || {
                    let me = me.clone();
                    Suspend::new(async move {
                        let rows = users.await.unwrap_or_default().into_iter().map(|u| view! {
                            <UserRow user=u groups=groups_for_rows.get_value() me=me.clone() changed />
                        }).collect_view();
                        view! {
                            <table class="admin__table" data-admin="users">
                                <thead>
                                    <tr>
                                        <th scope="col">{t!(i18n, "field-name")}</th>
                                        <th scope="col">{t!(i18n, "field-email")}</th>
                                        <th scope="col">{t!(i18n, "admin-user-role")}</th>
                                        <th scope="col">{t!(i18n, "admin-user-group")}</th>
                                        <th scope="col">{t!(i18n, "admin-user-status")}</th>
                                        <th scope="col">{t!(i18n, "two-factor-title")}</th>
                                        <th scope="col"><span class="visually-hidden">{t!(i18n, "admin-actions")}</span></th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        }
                    })
                }}
            </Transition>

            <h3>{t!(i18n, "admin-invite-title")}</h3>
            <ActionForm action=invite attr:class="admin__form" attr:data-admin="invite">
                <label class="field">
                    <span>{t!(i18n, "field-name")}</span>
                    <input name="name" type="text" maxlength="80" required=true />
                </label>
                <label class="field">
                    <span>{t!(i18n, "field-email")}</span>
                    <input name="email" type="email" required=true />
                </label>
                <label class="field">
                    <span>{t!(i18n, "admin-user-role")}</span>
                    <select name="role">
                        <option value=UserRole::Technician.as_str()>{t!(i18n, "role-technician")}</option>
                        {is_master.then(|| view! {
                            <option value=UserRole::Admin.as_str()>{t!(i18n, "role-admin")}</option>
                        })}
                    </select>
                </label>
                <label class="field">
                    <span>{t!(i18n, "admin-user-group")}</span>
                    <select name="group">{group_options(&groups, first_group.as_deref())}</select>
                </label>
                <ErrorLine error=invite_error />
                <button class="button button--primary" type="submit" prop:disabled=move || invite.pending().get()>
                    {t!(i18n, "admin-invite-submit")}
                </button>
            </ActionForm>
            {move || invited_link().map(|link| match link {
                Some(link) => view! {
                    <p class="admin__notice" role="status">
                        {t!(i18n, "admin-invite-link")}" "<code data-admin="invite-link">{link}</code>
                    </p>
                }.into_any(),
                None => view! {
                    <p class="admin__notice" role="status">{t!(i18n, "admin-invite-emailed")}</p>
                }.into_any(),
            })}
        </section>
    }
}

#[component]
fn UserRow(
    user: UserSummary,
    groups: Vec<GroupSummary>,
    me: Me,
    changed: RwSignal<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let update = ServerAction::<AdminUpdateUser>::new();
    let reset = ServerAction::<AdminResetTwoFactor>::new();
    let error = Signal::derive(move || {
        action_error(update.value())
            .get()
            .or_else(|| action_error(reset.value()).get())
    });
    Effect::new(move |_| {
        if matches!(update.value().get(), Some(Ok(())))
            || matches!(reset.value().get(), Some(Ok(())))
        {
            changed.update(|n| *n += 1);
        }
    });
    let role = RwSignal::new(user.role.as_str().to_owned());
    let group = RwSignal::new(user.group.clone().unwrap_or_default());
    let active = RwSignal::new(user.active);
    let id = StoredValue::new(user.id.clone());
    let save = move |_| {
        update.dispatch(AdminUpdateUser {
            user: id.get_value(),
            role: role.get_untracked(),
            group: group.get_untracked(),
            active: active.get_untracked(),
        });
    };
    let master = user.role == UserRole::MasterAdmin;
    let may_edit_admins = me.role == UserRole::MasterAdmin;
    let (was_active, invited) = (user.active, user.invited);
    let status = move || {
        if !was_active {
            i18n.t("admin-status-deactivated")
        } else if invited {
            i18n.t("admin-status-invited")
        } else {
            i18n.t("admin-status-active")
        }
    };
    let two_factor = user.two_factor;
    view! {
        <tr data-user=user.email.clone()>
            <td>{user.name.clone()}</td>
            <td>{user.email.clone()}</td>
            <td>
                {if master {
                    view! { <span>{t!(i18n, "role-master-admin")}</span> }.into_any()
                } else {
                    view! {
                        <select aria-label=t!(i18n, "admin-user-role") data-field="role"
                            prop:disabled=!may_edit_admins && user.role.is_admin()
                            on:change=move |ev| role.set(event_target_value(&ev))>
                            <option value="technician" selected=user.role == UserRole::Technician>{t!(i18n, "role-technician")}</option>
                            <option value="admin" selected=user.role == UserRole::Admin prop:disabled=!may_edit_admins>{t!(i18n, "role-admin")}</option>
                        </select>
                    }.into_any()
                }}
            </td>
            <td>
                <select aria-label=t!(i18n, "admin-user-group") data-field="group"
                    on:change=move |ev| group.set(event_target_value(&ev))>
                    {group_options(&groups, user.group.as_deref())}
                </select>
            </td>
            <td>
                <span data-field="status">{status}</span>
                {(!master && user.id != me.user).then(|| view! {
                    <label class="admin__check">
                        <input type="checkbox" data-field="active" prop:checked=active
                            on:change=move |ev| active.set(event_target_checked(&ev)) />
                        {t!(i18n, "admin-user-active")}
                    </label>
                })}
            </td>
            <td>
                {move || if two_factor { i18n.t("admin-two-factor-on") } else { i18n.t("admin-two-factor-off") }}
                {two_factor.then(|| view! {
                    <button class="button button--quiet" data-action="reset-two-factor"
                        on:click=move |_| { reset.dispatch(AdminResetTwoFactor { user: id.get_value() }); }>
                        {t!(i18n, "admin-two-factor-reset")}
                    </button>
                })}
            </td>
            <td>
                <button class="button" data-action="save-user" prop:disabled=move || update.pending().get() on:click=save>
                    {t!(i18n, "admin-save")}
                </button>
                <ErrorLine error />
            </td>
        </tr>
    }
}

#[component]
fn GroupsTab(groups: Vec<GroupSummary>, changed: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let blank = GroupSummary {
        id: String::new(),
        name: String::new(),
        perms: Permissions::all(),
        form: GroupForm::default(),
        members: 0,
    };
    view! {
        <section class="admin__section" aria-labelledby="admin-groups-title">
            <h2 id="admin-groups-title">{t!(i18n, "admin-tab-groups")}</h2>
            {groups.into_iter().map(|g| view! { <GroupCard group=g changed /> }).collect_view()}
            <h3>{t!(i18n, "admin-group-new")}</h3>
            <GroupCard group=blank changed />
        </section>
    }
}

/// The translation key of a permission.
pub fn permission_key(p: Permission) -> &'static str {
    match p {
        Permission::StartSessions => "perm-start-sessions",
        Permission::PrivateSessions => "perm-private-sessions",
        Permission::InvitePin => "perm-invite-pin",
        Permission::InviteLink => "perm-invite-link",
        Permission::InviteSms => "perm-invite-sms",
        Permission::InviteEmail => "perm-invite-email",
        Permission::Transfer => "perm-transfer",
        Permission::Hold => "perm-hold",
        Permission::Chat => "perm-chat",
        Permission::PushUrl => "perm-push-url",
        Permission::Whiteboard => "perm-whiteboard",
        Permission::Freeze => "perm-freeze",
        Permission::Snapshot => "perm-snapshot",
        Permission::Record => "perm-record",
        Permission::InlineEdit => "perm-inline-edit",
    }
}

#[component]
fn GroupCard(group: GroupSummary, changed: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let save = ServerAction::<AdminSaveGroup>::new();
    let delete = ServerAction::<AdminDeleteGroup>::new();
    let error = Signal::derive(move || {
        action_error(save.value())
            .get()
            .or_else(|| action_error(delete.value()).get())
    });
    let saved = RwSignal::new(false);
    Effect::new(move |_| {
        if matches!(save.value().get(), Some(Ok(_))) || matches!(delete.value().get(), Some(Ok(())))
        {
            saved.set(true);
            changed.update(|n| *n += 1);
        }
    });
    let is_new = group.id.is_empty();
    let id = StoredValue::new(group.id.clone());
    let name = RwSignal::new(group.name.clone());
    let perms = RwSignal::new(group.perms);
    let form = RwSignal::new(group.form);
    let on_save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save.dispatch(AdminSaveGroup {
            id: id.get_value(),
            name: name.get_untracked(),
            perms: perms.get_untracked().to_stored(),
            form: form.get_untracked(),
        });
    };
    let number = move |name: &'static str,
                       label: Signal<String>,
                       get: fn(&GroupForm) -> u32,
                       set: fn(&mut GroupForm, u32)| {
        view! {
            <label class="field field--number">
                <span>{label}</span>
                <input type="number" min="1" data-setting=name prop:value=move || get(&form.get()).to_string()
                    on:change=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<u32>() {
                            form.update(|f| set(f, v));
                        }
                    } />
            </label>
        }
    };
    view! {
        <form class="admin__card" data-group=group.name.clone() on:submit=on_save>
            <label class="field">
                <span>{t!(i18n, "admin-group-name")}</span>
                <input type="text" data-field="group-name" maxlength=MAX_NAME required=true bind:value=name />
            </label>
            {(!is_new).then(|| view! {
                <p class="field__hint">{move || i18n.t_with("admin-group-members", &[("count", app::i18n::Arg::Num(f64::from(group.members)))])}</p>
            })}
            <fieldset class="admin__perms">
                <legend>{t!(i18n, "admin-group-permissions")}</legend>
                {Permission::ALL.into_iter().map(|p| view! {
                    <label class="admin__check">
                        <input type="checkbox" data-perm=p.as_str() prop:checked=move || perms.get().has(p)
                            on:change=move |ev| perms.update(|s| *s = s.with(p, event_target_checked(&ev))) />
                        {move || i18n.t(permission_key(p))}
                    </label>
                }).collect_view()}
            </fieldset>
            <fieldset class="admin__settings">
                <legend>{t!(i18n, "admin-group-settings")}</legend>
                {number("connecting", Signal::derive(move || i18n.t("admin-setting-connecting")), |f| f.connecting_minutes, |f, v| f.connecting_minutes = v)}
                {number("inactivity", Signal::derive(move || i18n.t("admin-setting-inactivity")), |f| f.inactivity_minutes, |f, v| f.inactivity_minutes = v)}
                {number("max-active", Signal::derive(move || i18n.t("admin-setting-max-active")), |f| f.max_active, |f, v| f.max_active = v)}
                {number("auto-away", Signal::derive(move || i18n.t("admin-setting-auto-away")), |f| f.auto_away_minutes, |f, v| f.auto_away_minutes = v)}
                {number("busy", Signal::derive(move || i18n.t("admin-setting-busy")), |f| f.busy_threshold, |f, v| f.busy_threshold = v)}
                <label class="admin__check">
                    <input type="checkbox" data-setting="auto-start" prop:checked=move || form.get().auto_start
                        on:change=move |ev| form.update(|f| f.auto_start = event_target_checked(&ev)) />
                    {t!(i18n, "admin-setting-auto-start")}
                </label>
            </fieldset>
            <ErrorLine error />
            <Show when=move || saved.get()>
                <p class="admin__notice" role="status">{t!(i18n, "admin-saved")}</p>
            </Show>
            <button class="button button--primary" type="submit" data-action="save-group" prop:disabled=move || save.pending().get()>
                {move || if is_new { i18n.t("admin-group-create") } else { i18n.t("admin-save") }}
            </button>
            {(!is_new && group.members == 0).then(|| view! {
                <button class="button button--danger" type="button" data-action="delete-group"
                    on:click=move |_| { delete.dispatch(AdminDeleteGroup { id: id.get_value() }); }>
                    {t!(i18n, "admin-group-delete")}
                </button>
            })}
        </form>
    }
}

#[component]
fn ChannelsTab(groups: Vec<GroupSummary>, changed: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let channels = LocalResource::new(move || {
        changed.track();
        admin_channels()
    });
    let groups = StoredValue::new(groups);
    let blank = ChannelSummary {
        channel: Channel {
            enabled: true,
            ..Channel::default()
        },
        group_name: None,
        waiting: 0,
        link: String::new(),
    };
    view! {
        <section class="admin__section" aria-labelledby="admin-channels-title">
            <h2 id="admin-channels-title">{t!(i18n, "admin-tab-channels")}</h2>
            <p class="field__hint">{t!(i18n, "admin-channels-intro")}</p>
            <Transition>
                {move || Suspend::new(async move {
                    match channels.await {
                        Ok(list) => list
                            .into_iter()
                            .map(|c| view! { <ChannelCard summary=c groups=groups.get_value() changed /> })
                            .collect_view()
                            .into_any(),
                        Err(e) => view! { <ErrorLine error=Signal::derive(move || Some(e.clone())) /> }.into_any(),
                    }
                })}
            </Transition>
            <h3>{t!(i18n, "admin-channel-new")}</h3>
            <ChannelCard summary=blank groups=groups.get_value() changed />
        </section>
    }
}

#[component]
fn ChannelCard(
    summary: ChannelSummary,
    groups: Vec<GroupSummary>,
    changed: RwSignal<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let save = ServerAction::<AdminSaveChannel>::new();
    let delete = ServerAction::<AdminDeleteChannel>::new();
    let error = Signal::derive(move || {
        action_error(save.value())
            .get()
            .or_else(|| action_error(delete.value()).get())
    });
    Effect::new(move |_| {
        if matches!(save.value().get(), Some(Ok(_))) || matches!(delete.value().get(), Some(Ok(())))
        {
            changed.update(|n| *n += 1);
        }
    });
    let c = summary.channel.clone();
    let is_new = c.id.is_empty();
    let id = StoredValue::new(c.id.clone());
    let name = RwSignal::new(c.name.clone());
    let slug = RwSignal::new(c.slug.clone());
    let group = RwSignal::new(c.group.clone().unwrap_or_default());
    let enabled = RwSignal::new(c.enabled);
    let on_save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save.dispatch(AdminSaveChannel {
            channel: Channel {
                id: id.get_value(),
                slug: slug.get_untracked(),
                name: name.get_untracked(),
                group: Some(group.get_untracked()),
                enabled: enabled.get_untracked(),
            },
        });
    };
    let current = c.group.clone();
    view! {
        <form class="admin__card" data-channel=c.slug.clone() on:submit=on_save>
            <label class="field">
                <span>{t!(i18n, "admin-channel-name")}</span>
                <input type="text" data-field="channel-name" maxlength=app::channel::MAX_NAME required=true bind:value=name />
            </label>
            <label class="field">
                <span>{t!(i18n, "admin-channel-slug")}</span>
                <input type="text" data-field="channel-slug" maxlength="40" required=true bind:value=slug />
            </label>
            <label class="field">
                <span>{t!(i18n, "admin-channel-group")}</span>
                <select data-field="channel-group" on:change=move |ev| group.set(event_target_value(&ev))>
                    <option value="" selected=current.is_none()>{t!(i18n, "admin-channel-whole-org")}</option>
                    {group_options(&groups, current.as_deref())}
                </select>
            </label>
            <label class="admin__check">
                <input type="checkbox" data-field="channel-enabled" prop:checked=move || enabled.get()
                    on:change=move |ev| enabled.set(event_target_checked(&ev)) />
                {t!(i18n, "admin-channel-enabled")}
            </label>
            {(!is_new).then(|| {
                let link = summary.link.clone();
                let waiting = summary.waiting;
                view! {
                    <p class="field__hint">
                        <a class="admin__channel-link" href=link.clone() rel="external" target="_blank">{link.clone()}</a>
                        " "
                        {move || i18n.t_with("admin-channel-waiting", &[("count", app::i18n::Arg::Num(f64::from(waiting)))])}
                    </p>
                }
            })}
            <ErrorLine error />
            <button class="button button--primary" type="submit" data-action="save-channel" prop:disabled=move || save.pending().get()>
                {move || if is_new { i18n.t("admin-channel-create") } else { i18n.t("admin-save") }}
            </button>
            {(!is_new).then(|| view! {
                <button class="button button--danger" type="button" data-action="delete-channel"
                    on:click=move |_| { delete.dispatch(AdminDeleteChannel { id: id.get_value() }); }>
                    {t!(i18n, "admin-channel-delete")}
                </button>
            })}
        </form>
    }
}

#[component]
fn OrganisationTab() -> impl IntoView {
    let i18n = use_i18n();
    let settings = LocalResource::new(admin_org_settings);
    let replies_open = RwSignal::new(false);
    view! {
        <section class="admin__section" aria-labelledby="admin-org-title">
            <h2 id="admin-org-title">{t!(i18n, "admin-tab-organisation")}</h2>
            <p>
                <button class="button" type="button" on:click=move |_| replies_open.set(true)>
                    {t!(i18n, "admin-org-shared-replies")}
                </button>
            </p>
            <Show when=move || replies_open.get()>
                <crate::components::replies::RepliesDialog shared=true on_close=move |_| replies_open.set(false) />
            </Show>
            <Transition>
                {move || Suspend::new(async move {
                    match settings.await {
                        Ok(s) => {
                            let logo = s.logo.clone();
                            view! { <OrgForm settings=s /> <LogoSetting logo /> }.into_any()
                        }
                        Err(e) => view! { <ErrorLine error=Signal::derive(move || Some(e.clone())) /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// The organisation's logo on its customers' pages: shown, replaced by a chosen PNG file
/// (uploaded at once), or removed.
#[component]
fn LogoSetting(logo: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let current = RwSignal::new(logo);
    let refused = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let on_file = move |ev: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let Some(file) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .and_then(|input| input.files())
                .and_then(|files| files.get(0))
            else {
                return;
            };
            busy.set(true);
            leptos::task::spawn_local(async move {
                match crate::rtc::upload_logo(&file).await {
                    Some(url) => {
                        refused.set(false);
                        current.set(Some(url));
                    }
                    None => refused.set(true),
                }
                busy.set(false);
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = ev;
    };
    let remove = move |_| {
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(async move {
            if crate::rtc::remove_logo().await {
                current.set(None);
            }
        });
    };
    view! {
        <div class="admin__card" data-admin="logo">
            <label class="field">
                <span>{t!(i18n, "admin-logo")}</span>
                <input type="file" accept="image/png" data-field="logo" prop:disabled=move || busy.get() on:change=on_file />
            </label>
            <Show when=move || refused.get()>
                <p class="error-line" role="alert">{t!(i18n, "admin-logo-refused")}</p>
            </Show>
            {move || current.get().map(|src| view! {
                <img class="admin__logo" src=src alt=t!(i18n, "admin-logo-current") />
                <button class="button button--danger" type="button" on:click=remove>{t!(i18n, "admin-logo-remove")}</button>
            })}
        </div>
    }
}

#[component]
fn OrgForm(settings: OrgSettings) -> impl IntoView {
    let i18n = use_i18n();
    let save = ServerAction::<AdminSaveOrgSettings>::new();
    let error = action_error(save.value());
    let name = RwSignal::new(settings.name);
    let terms = RwSignal::new(settings.terms);
    let field1 = RwSignal::new(settings.field_names[0].clone());
    let field2 = RwSignal::new(settings.field_names[1].clone());
    let require = RwSignal::new(settings.require_two_factor);
    let survey = RwSignal::new(settings.survey);
    let questions = RwSignal::new(settings.survey_questions.join("\n"));
    let survey_url = RwSignal::new(settings.survey_url);
    let email_template = RwSignal::new(settings.email_template);
    let email_subject = RwSignal::new(settings.email_subject);
    let own_accent = RwSignal::new(!settings.accent.is_empty());
    let accent = RwSignal::new(if settings.accent.is_empty() {
        "#0b5cab".to_owned()
    } else {
        settings.accent
    });
    let sms_template = RwSignal::new(settings.sms_template);
    // What a customer would get, with this organisation's name and made-up details.
    let preview = move |template: RwSignal<String>| {
        move || {
            let t = template.get();
            (!t.is_empty()).then(|| {
                app::invite::fill_template(
                    &t,
                    &name.get(),
                    &i18n.t("admin-template-sample-technician"),
                    "https://support.example/j/x7Kq2m",
                    60,
                )
            })
        }
    };
    let on_save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save.dispatch(AdminSaveOrgSettings {
            settings: OrgSettings {
                name: name.get_untracked(),
                terms: terms.get_untracked(),
                field_names: [field1.get_untracked(), field2.get_untracked()],
                require_two_factor: require.get_untracked(),
                survey: survey.get_untracked(),
                survey_questions: vec![questions.get_untracked()],
                survey_url: survey_url.get_untracked(),
                email_template: email_template.get_untracked(),
                email_subject: email_subject.get_untracked(),
                sms_template: sms_template.get_untracked(),
                accent: if own_accent.get_untracked() {
                    accent.get_untracked()
                } else {
                    String::new()
                },
                logo: None,
            },
        });
    };
    view! {
        <form class="admin__card" data-admin="organisation" on:submit=on_save>
            <label class="field">
                <span>{t!(i18n, "admin-org-name")}</span>
                <input type="text" data-field="org-name" maxlength="120" required=true bind:value=name />
            </label>
            <label class="field">
                <span>{t!(i18n, "admin-org-terms")}</span>
                <textarea data-field="terms" rows="8" maxlength=MAX_TERMS bind:value=terms></textarea>
            </label>
            <small class="field__hint">{t!(i18n, "admin-org-terms-hint")}</small>
            <label class="field">
                <span>{t!(i18n, "admin-org-field-1")}</span>
                <input type="text" data-field="field1" maxlength=MAX_NAME placeholder=t!(i18n, "new-session-field-1") bind:value=field1 />
            </label>
            <label class="field">
                <span>{t!(i18n, "admin-org-field-2")}</span>
                <input type="text" data-field="field2" maxlength=MAX_NAME placeholder=t!(i18n, "new-session-field-2") bind:value=field2 />
            </label>
            <label class="admin__check">
                <input type="checkbox" data-field="require-two-factor" bind:checked=require />
                {t!(i18n, "admin-org-require-two-factor")}
            </label>
            <label class="admin__check">
                <input type="checkbox" data-field="own-accent" bind:checked=own_accent />
                {t!(i18n, "admin-org-own-accent")}
            </label>
            <label class="field field--colour">
                <span>{t!(i18n, "admin-org-accent")}</span>
                <input type="color" data-field="accent" prop:disabled=move || !own_accent.get() bind:value=accent />
            </label>
            <label class="field">
                <span>{t!(i18n, "admin-org-email-subject")}</span>
                <input type="text" data-field="email-subject" maxlength=app::invite::MAX_SUBJECT bind:value=email_subject />
            </label>
            <label class="field">
                <span>{t!(i18n, "admin-org-email-template")}</span>
                <textarea data-field="email-template" rows="5" maxlength=app::invite::MAX_TEMPLATE bind:value=email_template></textarea>
            </label>
            <label class="field">
                <span>{t!(i18n, "admin-org-sms-template")}</span>
                <textarea data-field="sms-template" rows="3" maxlength=app::invite::MAX_TEMPLATE bind:value=sms_template></textarea>
            </label>
            <small class="field__hint">{t!(i18n, "admin-org-template-hint")}</small>
            {move || preview(email_template)().map(|text| view! {
                <figure class="admin__preview" data-preview="email">
                    <figcaption>{t!(i18n, "admin-org-email-preview")}</figcaption>
                    <pre>{text}</pre>
                </figure>
            })}
            {move || preview(sms_template)().map(|text| view! {
                <figure class="admin__preview" data-preview="sms">
                    <figcaption>{t!(i18n, "admin-org-sms-preview")}</figcaption>
                    <pre>{text}</pre>
                </figure>
            })}
            <label class="admin__check">
                <input type="checkbox" data-field="survey" bind:checked=survey />
                {t!(i18n, "admin-org-survey")}
            </label>
            <label class="field">
                <span>{t!(i18n, "admin-org-survey-questions")}</span>
                <textarea data-field="survey-questions" rows="3"
                    placeholder=t!(i18n, "survey-default-question") bind:value=questions></textarea>
            </label>
            <label class="field">
                <span>{t!(i18n, "admin-org-survey-url")}</span>
                <input type="url" data-field="survey-url" maxlength="2000" placeholder="https://" bind:value=survey_url />
            </label>
            <ErrorLine error />
            <Show when=move || matches!(save.value().get(), Some(Ok(())))>
                <p class="admin__notice" role="status">{t!(i18n, "admin-saved")}</p>
            </Show>
            <button class="button button--primary" type="submit" data-action="save-org" prop:disabled=move || save.pending().get()>
                {t!(i18n, "admin-save")}
            </button>
        </form>
    }
}

/// `m:ss` or `h:mm:ss` of a number of seconds.
fn duration(secs: i64) -> String {
    app::live::format_elapsed(secs.saturating_mul(1000))
}

#[component]
fn ReportsTab(groups: Vec<GroupSummary>) -> impl IntoView {
    use app::uri::percent_encode as enc;
    let i18n = use_i18n();
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let group = RwSignal::new(String::new());
    // The filters of the report shown (set by Show).
    let asked = RwSignal::new((String::new(), String::new(), String::new()));
    let report = LocalResource::new(move || {
        let (from, to, group) = asked.get();
        admin_report(from, to, group)
    });
    let csv_href = move || {
        let (f, t, g) = asked.get();
        format!(
            "/admin/reports.csv?from={}&to={}&group={}",
            enc(&f),
            enc(&t),
            enc(&g)
        )
    };
    let show = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        asked.set((
            from.get_untracked(),
            to.get_untracked(),
            group.get_untracked(),
        ));
    };
    view! {
        <section class="admin__section" aria-labelledby="admin-reports-title">
            <h2 id="admin-reports-title">{t!(i18n, "admin-tab-reports")}</h2>
            <form class="admin__form" data-admin="report-filter" on:submit=show>
                <label class="field">
                    <span>{t!(i18n, "report-from")}</span>
                    <input type="date" bind:value=from />
                </label>
                <label class="field">
                    <span>{t!(i18n, "report-to")}</span>
                    <input type="date" bind:value=to />
                </label>
                <label class="field">
                    <span>{t!(i18n, "admin-user-group")}</span>
                    <select on:change=move |ev| group.set(event_target_value(&ev))>
                        <option value="">{t!(i18n, "report-all-groups")}</option>
                        {group_options(&groups, None)}
                    </select>
                </label>
                <button class="button button--primary" type="submit">{t!(i18n, "report-show")}</button>
                <a class="button" href=csv_href download="sightline-sessions.csv" rel="external">{t!(i18n, "report-export-csv")}</a>
            </form>
            <Transition>
                {move || Suspend::new(async move {
                    match report.await {
                        Ok(r) => view! { <ReportView report=r /> }.into_any(),
                        Err(e) => view! { <ErrorLine error=Signal::derive(move || Some(e.clone())) /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn ReportView(report: app::report::Report) -> impl IntoView {
    let i18n = use_i18n();
    let most = report
        .days
        .iter()
        .map(|d| d.sessions)
        .max()
        .unwrap_or(1)
        .max(1);
    let total = report.rows.len();
    view! {
        <p role="status" data-report="total">
            {move || i18n.t_with("report-total", &[("count", app::i18n::Arg::Num(total as f64))])}
        </p>
        <h3>{t!(i18n, "report-per-technician")}</h3>
        <table class="admin__table" data-report="technicians">
            <thead><tr>
                <th scope="col">{t!(i18n, "role-technician")}</th>
                <th scope="col">{t!(i18n, "report-sessions")}</th>
                <th scope="col">{t!(i18n, "report-avg-waiting")}</th>
                <th scope="col">{t!(i18n, "report-active")}</th>
                <th scope="col">{t!(i18n, "report-hold")}</th>
                <th scope="col">{t!(i18n, "report-survey")}</th>
            </tr></thead>
            <tbody>
                {report.technicians.into_iter().map(|l| view! {
                    <tr>
                        <th scope="row">{l.technician.clone()}</th>
                        <td>{l.sessions}</td>
                        <td>{duration(l.avg_waiting_secs)}</td>
                        <td>{duration(l.active_secs)}</td>
                        <td>{duration(l.hold_secs)}</td>
                        <td>{l.survey_average().unwrap_or_default()}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        {(!report.questions.is_empty()).then(|| view! {
            <h3>{t!(i18n, "report-per-question")}</h3>
            <table class="admin__table" data-report="questions">
                <thead><tr>
                    <th scope="col">{t!(i18n, "report-question")}</th>
                    <th scope="col">{t!(i18n, "report-answers")}</th>
                    <th scope="col">{t!(i18n, "report-average")}</th>
                </tr></thead>
                <tbody>
                    {report.questions.iter().map(|q| {
                        let question = q.question.clone();
                        view! {
                            <tr>
                                <th scope="row">{move || if question.is_empty() { i18n.t("survey-default-question") } else { question.clone() }}</th>
                                <td>{q.answers}</td>
                                <td>{q.average().unwrap_or_default()}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        })}
        <h3>{t!(i18n, "report-per-day")}</h3>
        <table class="admin__table report-days" data-report="days">
            <thead><tr>
                <th scope="col">{t!(i18n, "report-day")}</th>
                <th scope="col">{t!(i18n, "report-sessions")}</th>
            </tr></thead>
            <tbody>
                {report.days.into_iter().map(|d| {
                    let width = format!("width: {}%", u64::from(d.sessions) * 100 / u64::from(most));
                    view! {
                        <tr>
                            <th scope="row">{d.day}</th>
                            <td><span class="report-days__bar" style=width></span>" "{d.sessions}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        <h3>{t!(i18n, "report-outcomes")}</h3>
        <table class="admin__table" data-report="outcomes">
            <tbody>
                {report.outcomes.into_iter().map(|(state, n)| {
                    let key = app::session::SessionState::parse(&state, Some("active"))
                        .map_or("session-state-unknown", |s| s.key());
                    view! { <tr><th scope="row">{move || i18n.t(key)}</th><td>{n}</td></tr> }
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// The translation key of an audit line's kind (`audit-<kind>`; unknown kinds as they are).
pub fn audit_key(kind: &str) -> String {
    format!("audit-{kind}")
}

#[component]
fn AuditTab() -> impl IntoView {
    use app::uri::percent_encode as enc;
    let i18n = use_i18n();
    let search = RwSignal::new(String::new());
    let asked = RwSignal::new(String::new());
    let lines = LocalResource::new(move || admin_audit(asked.get()));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        asked.set(search.get_untracked());
    };
    view! {
        <section class="admin__section" aria-labelledby="admin-audit-title">
            <h2 id="admin-audit-title">{t!(i18n, "admin-tab-audit")}</h2>
            <form class="admin__form" role="search" on:submit=submit>
                <label class="field">
                    <span>{t!(i18n, "audit-search")}</span>
                    <input type="search" bind:value=search />
                </label>
                <button class="button button--primary" type="submit">{t!(i18n, "audit-search-submit")}</button>
                <a class="button" href=move || format!("/admin/audit.csv?search={}", enc(&asked.get()))
                    download="sightline-audit.csv" rel="external">{t!(i18n, "report-export-csv")}</a>
            </form>
            <Transition>
                {move || Suspend::new(async move {
                    let rows = lines.await.unwrap_or_default().into_iter().map(|l| {
                        let key = audit_key(&l.kind);
                        view! {
                            <tr data-kind=l.kind.clone()>
                                <td>{app::report::timestamp(l.at)}</td>
                                <td>{l.actor}</td>
                                <td>{move || i18n.t(&key)}</td>
                                <td>{l.subject}</td>
                                <td>{l.detail}</td>
                            </tr>
                        }
                    }).collect_view();
                    view! {
                        <table class="admin__table" data-admin="audit">
                            <thead><tr>
                                <th scope="col">{t!(i18n, "audit-time")}</th>
                                <th scope="col">{t!(i18n, "audit-actor")}</th>
                                <th scope="col">{t!(i18n, "audit-kind")}</th>
                                <th scope="col">{t!(i18n, "audit-subject")}</th>
                                <th scope="col">{t!(i18n, "audit-detail")}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    }
                })}
            </Transition>
        </section>
    }
}
