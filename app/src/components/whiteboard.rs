//! The whiteboard over the picture: the drawing layer (both sides; the technician draws on
//! it) and the technician's toolbar (tools, colour, width, undo, redo, erase all, freeze,
//! snapshot).

use leptos::ev::PointerEvent;
use leptos::html;
use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::ids::SessionId;
use crate::t;
use crate::whiteboard::{COLORS, Fit, History, Op, Shape, ShapeId, Style, Tool, View, WIDTHS};

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

/// The technician's choice of tool, colour and width, and their undo history; shared by the
/// toolbar and the drawing layer.
#[derive(Clone, Copy)]
pub struct Tools {
    /// The tool.
    pub tool: RwSignal<Tool>,
    /// Colour, `0xRRGGBB`.
    pub color: RwSignal<u32>,
    /// Stroke width (fraction of the frame's height).
    pub width: RwSignal<f32>,
    /// The text a click with the text tool places.
    pub label: RwSignal<String>,
    /// New shapes drawn on the live picture follow the object under them.
    pub stick: RwSignal<bool>,
    history: StoredValue<History>,
    /// Bumped when the history changed (for the Undo and Redo buttons).
    history_tick: RwSignal<u64>,
}

impl Tools {
    /// Pen, red, medium.
    pub fn new() -> Tools {
        Tools {
            tool: RwSignal::new(Tool::Pen),
            color: RwSignal::new(Style::DEFAULT.color),
            width: RwSignal::new(Style::DEFAULT.width),
            label: RwSignal::new(String::new()),
            stick: RwSignal::new(true),
            history: StoredValue::new(History::new()),
            history_tick: RwSignal::new(0),
        }
    }

    fn style(&self) -> Style {
        Style {
            color: self.color.get_untracked(),
            width: self.width.get_untracked(),
        }
    }

    fn record(&self, f: impl FnOnce(&mut History) -> Option<Op>) -> Option<Op> {
        let op = self.history.try_update_value(f).flatten();
        self.history_tick.update(|n| *n += 1);
        op
    }
}

impl Default for Tools {
    fn default() -> Tools {
        Tools::new()
    }
}

/// A fresh shape ID.
fn new_id() -> ShapeId {
    crate::whiteboard::new_shape_id(crate::live::random_f64())
}

/// Shape `id` was just drawn: with "stick to object" on and the picture live, it follows
/// the object under it.
fn finished(feed: crate::live::Feed, tools: Tools, session: &SessionId, id: ShapeId) {
    tools.record(|h| {
        h.drew(id);
        None
    });
    let live = untrack(|| feed.session(session)).is_some_and(|s| s.frozen.is_none());
    if tools.stick.get_untracked() && live {
        #[cfg(feature = "hydrate")]
        crate::rtc::follow::stick(session, id);
    }
}

/// The drawing layer over `video`: the board's canvas and, while frozen, the still. With
/// `tools` the person draws on it (the technician's console running the media).
#[component]
pub fn BoardLayer(
    session: SessionId,
    video: NodeRef<html::Video>,
    #[prop(into)] fit: Signal<Fit>,
    /// The technician's drawing tools; without them the layer only shows the board.
    #[prop(default = None)]
    tools: Option<Tools>,
) -> impl IntoView {
    let i18n = use_i18n();
    let feed = crate::live::use_feed();
    let sid = StoredValue::new(session);
    let canvas = NodeRef::<html::Canvas>::new();
    let still = NodeRef::<html::Img>::new();
    let view = StoredValue::new(None::<View>);
    // The shape being drawn: its ID and the shape as it started.
    let drawing = StoredValue::new(None::<(ShapeId, Shape)>);
    let still_url = move || feed.still(&sid.get_value());

    #[cfg(feature = "hydrate")]
    {
        let overlay = StoredValue::new_local(None::<crate::rtc::overlay::Overlay>);
        Effect::new(move |_| {
            if let (Some(video), Some(canvas), Some(still)) =
                (video.get(), canvas.get(), still.get())
            {
                let parts = crate::rtc::overlay::Parts {
                    video,
                    canvas,
                    still,
                };
                let on_view = move |v: View| view.set_value(Some(v));
                overlay.set_value(Some(crate::rtc::overlay::start(
                    feed,
                    sid.get_value(),
                    parts,
                    fit,
                    on_view,
                )));
            }
        });
        on_cleanup(move || overlay.set_value(None));
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (video, fit);

    let frame_point = move |ev: &PointerEvent| {
        let v = view.get_value()?;
        v.to_frame(ev.offset_x() as f32, ev.offset_y() as f32)
    };
    let down = move |ev: PointerEvent| {
        let Some(tools) = tools else { return };
        let Some(p) = frame_point(&ev) else { return };
        ev.prevent_default();
        let session = sid.get_value();
        let tool = tools.tool.get_untracked();
        let id = new_id();
        let n = feed.with_board(&session, |b| b.next_number());
        let style = tools.style();
        if tool == Tool::Text {
            let text = tools.label.get_untracked().trim().to_owned();
            let shape = Shape::start(Tool::Text, p, n, &text);
            if !text.is_empty() && feed.draw(&session, Op::Add { id, shape, style }) {
                finished(feed, tools, &session, id);
            }
            return;
        }
        let shape = Shape::start(tool, p, n, "");
        if feed.draw(
            &session,
            Op::Add {
                id,
                shape: shape.clone(),
                style,
            },
        ) {
            drawing.set_value(Some((id, shape)));
            #[cfg(feature = "hydrate")]
            if let Some(c) = canvas.get_untracked() {
                let _ = c.set_pointer_capture(ev.pointer_id());
            }
        }
    };
    let moved = move |ev: PointerEvent| {
        let Some((id, start)) = drawing.get_value() else {
            return;
        };
        let Some(p) = frame_point(&ev) else { return };
        let session = sid.get_value();
        let op = if start.tool().is_freehand() {
            let len = feed.with_board(&session, |b| {
                b.get(id)
                    .and_then(|i| i.shape.points().map(<[_]>::len))
                    .unwrap_or(0)
            });
            Op::Extend {
                id,
                from: len as u32,
                points: vec![p],
            }
        } else {
            Op::Reshape {
                id,
                shape: start.dragged(p),
            }
        };
        feed.draw(&session, op);
    };
    let up = move |_: PointerEvent| {
        if let (Some(tools), Some((id, _))) = (tools, drawing.get_value()) {
            drawing.set_value(None);
            finished(feed, tools, &sid.get_value(), id);
        }
    };

    view! {
        <img class="board-still" node_ref=still src=still_url prop:hidden=move || still_url().is_none()
            alt=t!(i18n, "board-frozen-picture") />
        <canvas
            class="board"
            node_ref=canvas
            data-editable=tools.is_some().to_string()
            data-tool=move || tools.map(|t| t.tool.get().name())
            aria-label=t!(i18n, "board-title")
            on:pointerdown=down
            on:pointermove=moved
            on:pointerup=up
            on:pointercancel=up
        ></canvas>
    }
}

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
    let feed = crate::live::use_feed();
    let perms = crate::permission::use_perms();
    let may = move |p: crate::permission::Permission| perms.has(p);
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
        feed.send(crate::protocol::ClientMsg::Freeze {
            session: sid.get_value(),
            on: !frozen.get_untracked(),
        });
    };

    view! {
        <div class="board-bar" role="toolbar" aria-label=t!(i18n, "board-tools")>
            <Show when=move || may(crate::permission::Permission::Whiteboard)>
            <div class="board-bar__group" role="group" aria-label=t!(i18n, "board-tool")>
                {crate::whiteboard::Tool::ALL.into_iter().map(|tool| view! {
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
                <Show when=move || may(crate::permission::Permission::Freeze)>
                    <button class="button" aria-pressed=move || frozen.get().to_string() on:click=freeze>
                        {move || if frozen.get() { i18n.t("board-unfreeze") } else { i18n.t("board-freeze") }}
                    </button>
                </Show>
                <Show when=move || may(crate::permission::Permission::Snapshot)>
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
