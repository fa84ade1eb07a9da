//! Snapshot: the picture (the frozen still, or the live video) with the drawings, as a PNG
//! at the picture's own resolution; downloaded and kept on the server with the session.

use wasm_bindgen::JsValue;
use web_sys::{HtmlImageElement, HtmlVideoElement};

use app::ids::SessionId;
use app::live::Feed;
use app::snapshot::SnapshotInfo;
use app::whiteboard::{Fit, View};

/// Paints the picture and the board of `session` at full size and encodes it as PNG.
pub async fn take(
    feed: Feed,
    session: &SessionId,
    video: &HtmlVideoElement,
    still: Option<&HtmlImageElement>,
) -> Result<Vec<u8>, JsValue> {
    let still = still.filter(|s| !s.hidden() && s.complete() && s.natural_width() > 0);
    let (w, h) = match still {
        Some(s) => (s.natural_width(), s.natural_height()),
        None => (video.video_width(), video.video_height()),
    };
    if w == 0 || h == 0 {
        return Err(JsValue::from_str("no picture yet"));
    }
    let (canvas, ctx) = app::rtc::still::canvas(w, h)?;
    let (fw, fh) = (f64::from(w), f64::from(h));
    match still {
        Some(s) => ctx.draw_image_with_html_image_element_and_dw_and_dh(s, 0.0, 0.0, fw, fh)?,
        None => ctx.draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, fw, fh)?,
    }
    let view = View::new((w as f32, h as f32), (w as f32, h as f32), Fit::Fill);
    let placements = app::rtc::follow::placements(session);
    feed.with_board(session, |b| {
        app::rtc::paint::board(&ctx, b, &view, 1.0, &placements)
    });
    app::rtc::still::encode(&canvas, "image/png", 1.0).await
}

/// Offers the PNG as a download.
pub fn download(png: &[u8], name: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::new();
    parts.push(&js_sys::Uint8Array::from(png));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type("image/png");
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &bag)?;
    super::recorder::download(&blob, name)
}

/// Keeps the PNG with the session on the server.
pub async fn upload(session: &SessionId, png: &[u8]) -> Result<SnapshotInfo, JsValue> {
    let body = js_sys::Uint8Array::from(png);
    let url = format!("/sessions/{session}/snapshots");
    let (status, text) = app::browser::send("POST", &url, Some("image/png"), Some(&body)).await?;
    if !(200..300).contains(&status) {
        return Err(JsValue::from_str(&format!("upload refused: {status}")));
    }
    serde_json::from_str(&text).map_err(|e| JsValue::from_str(&e.to_string()))
}
