//! The technician's whiteboard toolbar: tools, colour, width, stick to object, undo, redo,
//! erase all, freeze, snapshot.

use leptos::prelude::*;

use crate::components::whiteboard::Tools;
use app::i18n::use_i18n;
use app::ids::SessionId;
use app::t;
use app::whiteboard::{COLORS, History, Op, Tool, WIDTHS};

/// The Fluent key naming a tool.
pub fn tool_key(tool: Tool) -> &'static str {
    match tool {
        Tool::Pen => "board-tool-pen",
        Tool::Highlighter => "board-tool-highlighter",
        Tool::Arrow => "board-tool-arrow",
        Tool::Numbered => "board-tool-numbered",
        Tool::Rect => "board-tool-rect",
        Tool::Ellipse => "board-tool-ellipse",
        Tool::Text => "board-tool-text",
    }
}

/// The Fluent keys naming the toolbar's colours, in the order of `COLORS`.
pub const COLOR_KEYS: [&str; 6] = [
    "board-color-red",
    "board-color-yellow",
    "board-color-green",
    "board-color-blue",
    "board-color-white",
    "board-color-black",
];

/// The Fluent keys naming the toolbar's widths, in the order of `WIDTHS`.
pub const WIDTH_KEYS: [&str; 3] = [
    "board-width-thin",
    "board-width-medium",
    "board-width-thick",
];

/// The technician's toolbar.
#[component]
pub fn BoardBar(
    session: SessionId,
    tools: Tools,
    /// Whether the picture is frozen (tracked).
    #[prop(into)]
    frozen: Signal<bool>,
    on_snapshot: Callback<()>,
    /// Snapshot in progress, or its outcome (`Some(true)` kept, `Some(false)` failed).
    #[prop(into)]
    snapshot_state: Signal<Option<bool>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let feed = app::live::use_feed();
    let perms = app::permission::use_perms();
    let may = move |p: app::permission::Permission| perms.has(p);
    let sid = StoredValue::new(session);
    let can_undo = Memo::new(move |_| {
        tools.history_tick.track();
        tools.history.with_value(History::can_undo)
    });
    let can_redo = Memo::new(move |_| {
        tools.history_tick.track();
        tools.history.with_value(History::can_redo)
    });
    let nothing_drawn = Memo::new(move |_| {
        feed.board_tick.track();
        feed.with_board(&sid.get_value(), |b| b.visible().next().is_none())
    });
    let apply = move |op: Option<Op>| {
        if let Some(op) = op {
            feed.draw(&sid.get_value(), op);
        }
    };
    let undo = move |_| apply(tools.record(History::undo));
    let redo = move |_| apply(tools.record(History::redo));
    let erase = move |_| {
        let op = feed.with_board(&sid.get_value(), |b| tools.record(|h| h.erase_all(b)));
        apply(op);
    };
    let freeze = move |_| {
        feed.send(app::protocol::ClientMsg::Freeze {
            session: sid.get_value(),
            on: !frozen.get_untracked(),
        });
    };

    view! {
        <div class="board-bar" role="toolbar" aria-label=t!(i18n, "board-tools")>
            <Show when=move || may(app::permission::Permission::Whiteboard)>
            <div class="board-bar__group" role="group" aria-label=t!(i18n, "board-tool")>
                {app::whiteboard::Tool::ALL.into_iter().map(|tool| view! {
                    <button class="button board-bar__tool" data-tool=tool.name()
                        aria-pressed=move || (tools.tool.get() == tool).to_string()
                        on:click=move |_| tools.tool.set(tool)>
                        {move || i18n.t(tool_key(tool))}
                    </button>
                }).collect_view()}
            </div>
            <Show when=move || tools.tool.get() == Tool::Text>
                <input class="board-bar__label" type="text" maxlength=board::MAX_TEXT
                    aria-label=t!(i18n, "board-label") placeholder=t!(i18n, "board-label-hint")
                    bind:value=tools.label />
            </Show>
            <div class="board-bar__group" role="group" aria-label=t!(i18n, "board-color")>
                {COLORS.into_iter().zip(COLOR_KEYS).map(|(color, key)| view! {
                    <button class="board-bar__swatch" style=format!("--swatch:#{color:06x}")
                        aria-label=move || i18n.t(key)
                        aria-pressed=move || (tools.color.get() == color).to_string()
                        on:click=move |_| tools.color.set(color)></button>
                }).collect_view()}
            </div>
            <div class="board-bar__group" role="group" aria-label=t!(i18n, "board-width")>
                {WIDTHS.into_iter().zip(WIDTH_KEYS).map(|(width, key)| view! {
                    <button class="button" aria-pressed=move || (tools.width.get() == width).to_string()
                        on:click=move |_| tools.width.set(width)>{move || i18n.t(key)}</button>
                }).collect_view()}
            </div>
            <div class="board-bar__group" role="group" aria-label=t!(i18n, "board-follow")>
                <button class="button" data-stick aria-pressed=move || tools.stick.get().to_string()
                    title=t!(i18n, "board-stick-hint")
                    on:click=move |_| tools.stick.update(|on| *on = !*on)>{t!(i18n, "board-stick")}</button>
            </div>
            <div class="board-bar__group" role="group" aria-label=t!(i18n, "board-edit")>
                <button class="button" prop:disabled=move || !can_undo.get() on:click=undo>{t!(i18n, "board-undo")}</button>
                <button class="button" prop:disabled=move || !can_redo.get() on:click=redo>{t!(i18n, "board-redo")}</button>
                <button class="button" prop:disabled=move || nothing_drawn.get() on:click=erase>{t!(i18n, "board-erase-all")}</button>
            </div>
            </Show>
            <div class="board-bar__group" role="group" aria-label=t!(i18n, "board-picture")>
                <Show when=move || may(app::permission::Permission::Freeze)>
                    <button class="button" aria-pressed=move || frozen.get().to_string() on:click=freeze>
                        {move || if frozen.get() { i18n.t("board-unfreeze") } else { i18n.t("board-freeze") }}
                    </button>
                </Show>
                <Show when=move || may(app::permission::Permission::Snapshot)>
                    <button class="button" on:click=move |_| on_snapshot.run(())>{t!(i18n, "board-snapshot")}</button>
                </Show>
                <span role="status" class="board-bar__status">{move || match snapshot_state.get() {
                    Some(true) => Some(i18n.t("board-snapshot-kept")),
                    Some(false) => Some(i18n.t("board-snapshot-failed")),
                    None => None,
                }}</span>
            </div>
        </div>
    }
}
