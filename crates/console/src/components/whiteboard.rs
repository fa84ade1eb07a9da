//! The whiteboard over the picture: the console's drawing layer, which the technician draws
//! on with the tools of the toolbar (`board_bar`). The customer's page shows the board with
//! the code it loads on demand (`crates/customer/src/board.rs`).

use leptos::ev::PointerEvent;
use leptos::html;
use leptos::prelude::*;

use app::i18n::use_i18n;
use app::ids::SessionId;
use app::t;
use app::whiteboard::{Fit, History, Op, Shape, ShapeId, Style, Tool, View};

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
    /// What this person drew, to undo and redo.
    pub history: StoredValue<History>,
    /// Bumped when the history changed (for the Undo and Redo buttons).
    pub history_tick: RwSignal<u64>,
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

    /// Changes the history; the op to send, if any.
    pub fn record(&self, f: impl FnOnce(&mut History) -> Option<Op>) -> Option<Op> {
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
    app::whiteboard::new_shape_id(app::live::random_f64())
}

#[cfg(feature = "hydrate")]
/// Whether a shape drawn now follows the object under it: "stick to object" is on and the
/// picture live.
fn sticks(feed: app::live::Feed, tools: Tools, session: &SessionId) -> bool {
    let live = untrack(|| feed.session(session)).is_some_and(|s| s.frozen.is_none());
    tools.stick.get_untracked() && live
}

/// Shape `id` was just drawn: when it [`sticks`], it follows the object under it from the
/// frame its drawing began on.
fn finished(feed: app::live::Feed, tools: Tools, session: &SessionId, id: ShapeId) {
    tools.record(|h| {
        h.drew(id);
        None
    });
    #[cfg(feature = "hydrate")]
    match sticks(feed, tools, session) {
        true => app::rtc::follow::stick(session, id),
        false => app::rtc::follow::release(session),
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (feed, session, id);
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
    /// Set to the number of followed shapes whose object is lost.
    #[prop(default = None)]
    lost: Option<RwSignal<usize>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let feed = app::live::use_feed();
    let sid = StoredValue::new(session);
    let canvas = NodeRef::<html::Canvas>::new();
    let still = NodeRef::<html::Img>::new();
    let view = StoredValue::new(None::<View>);
    // The shape being drawn: its ID and the shape as it started.
    let drawing = StoredValue::new(None::<(ShapeId, Shape)>);
    let still_url = move || feed.still(&sid.get_value());

    #[cfg(feature = "hydrate")]
    {
        use app::rtc::host::FeedHost;
        use app::rtc::overlay::{Overlay, Parts};
        let overlay = StoredValue::new_local(None::<Overlay>);
        Effect::new(move |_| {
            if let (Some(video), Some(canvas), Some(still)) =
                (video.get(), canvas.get(), still.get())
            {
                let parts = Parts {
                    video,
                    canvas,
                    still,
                };
                let session = sid.get_value();
                let host = FeedHost {
                    feed,
                    session: session.clone(),
                    lost,
                };
                let fit = move || fit.try_get_untracked().unwrap_or(Fit::Contain);
                let on_view = move |v: View| view.set_value(Some(v));
                overlay.set_value(Some(app::rtc::overlay::start(
                    host, session, parts, fit, on_view,
                )));
            }
        });
        on_cleanup(move || overlay.set_value(None));
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (video, fit, lost);

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
            // Keep the frame shown now: the shape sticks where it is drawn, though the
            // picture moves on while the pointer does.
            #[cfg(feature = "hydrate")]
            if sticks(feed, tools, &session) {
                app::rtc::follow::hold(&session);
            }
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
