//! The console's side of the browser edge (browser build only): recording, snapshots, alert
//! tones, the organisation's logo upload. Calls, media and the websocket are `app::rtc`,
//! shared with the customer's page.

pub mod recorder;
pub mod snapshot;
pub mod sound;

use std::cell::RefCell;
use std::collections::HashMap;

use web_sys::HtmlVideoElement;

use app::ids::SessionId;
use app::live::Feed;
use app::rtc::call_streams;

thread_local! {
    static RECORDINGS: RefCell<HashMap<SessionId, recorder::Recording>> = RefCell::new(HashMap::new());
}

/// Technician: starts recording what the stage shows of `session` (the video, or the
/// frozen still, with the drawings), with both voices.
pub fn start_recording(
    feed: Feed,
    session: &SessionId,
    video: &HtmlVideoElement,
) -> Result<(), wasm_bindgen::JsValue> {
    if RECORDINGS.with(|r| r.borrow().contains_key(session)) {
        return Ok(());
    }
    let source = video.clone();
    let sid = session.clone();
    let paint: recorder::Painter = Box::new(move |ctx, w, h| {
        let still = feed.still(&sid).and_then(|_| {
            let doc = web_sys::window()?.document()?;
            let img = doc.query_selector(".stage .board-still").ok().flatten()?;
            wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlImageElement>(img).ok()
        });
        let _ = match still.filter(|s| s.complete() && s.natural_width() > 0) {
            Some(img) => ctx.draw_image_with_html_image_element_and_dw_and_dh(&img, 0.0, 0.0, w, h),
            None => ctx.draw_image_with_html_video_element_and_dw_and_dh(&source, 0.0, 0.0, w, h),
        };
        let view = app::whiteboard::View::new(
            (w as f32, h as f32),
            (w as f32, h as f32),
            app::whiteboard::Fit::Fill,
        );
        let placements = app::rtc::follow::placements(&sid);
        feed.with_board(&sid, |b| {
            app::rtc::paint::board(ctx, b, &view, 1.0, &placements)
        });
    });
    let rec = recorder::start(video, paint, &call_streams(session))?;
    RECORDINGS.with(|r| r.borrow_mut().insert(session.clone(), rec));
    Ok(())
}

/// Technician: stops recording `session` and offers the file as a download.
pub async fn stop_recording(
    session: &SessionId,
    file_name: &str,
) -> Result<(), wasm_bindgen::JsValue> {
    let Some(rec) = RECORDINGS.with(|r| r.borrow_mut().remove(session)) else {
        return Ok(());
    };
    let blob = rec.stop().await?;
    recorder::download(&blob, file_name)
}

/// Uploads a logo file (browser); gives its new address, or `None` when it was refused.
pub async fn upload_logo(file: &wasm_bindgen::JsValue) -> Option<String> {
    let sent = app::browser::send("PUT", "/admin/logo", Some("image/png"), Some(file)).await;
    match sent {
        Ok((200, url)) => serde_json::from_str(&url).ok(),
        _ => None,
    }
}

/// Removes the logo (browser); whether it is gone.
pub async fn remove_logo() -> bool {
    matches!(
        app::browser::send("DELETE", "/admin/logo", None, None).await,
        Ok((204, _))
    )
}
