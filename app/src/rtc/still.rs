//! The frozen picture: the customer's page takes a still of its camera at full resolution
//! and sends it (JPEG, in parts); both sides show the same bytes, hence the same pixels.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement,
};

use crate::ids::SessionId;
use crate::live::Feed;
use crate::whiteboard::still_parts;

/// JPEG quality of the still.
const QUALITY: f64 = 0.92;

thread_local! {
    /// Customer: the last still sent, to send again on request.
    static LAST: RefCell<Option<(SessionId, u32, Vec<u8>)>> = const { RefCell::new(None) };
}

fn js_err(e: &str) -> JsValue {
    JsValue::from_str(e)
}

/// A canvas of `w`×`h` and its 2D context.
pub fn canvas(w: u32, h: u32) -> Result<(HtmlCanvasElement, CanvasRenderingContext2d), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| js_err("no document"))?;
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width(w);
    canvas.set_height(h);
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| js_err("no 2d context"))?
        .dyn_into()?;
    Ok((canvas, ctx))
}

/// The canvas's picture encoded as `mime` (`image/png`, `image/jpeg`).
pub async fn encode(
    canvas: &HtmlCanvasElement,
    mime: &str,
    quality: f64,
) -> Result<Vec<u8>, JsValue> {
    let done = js_sys::Promise::new(&mut |resolve, reject| {
        let refuse = reject.clone();
        let cb = wasm_bindgen::closure::Closure::once_into_js(move |blob: JsValue| {
            if blob.is_null() {
                let _ = refuse.call1(&JsValue::NULL, &js_err("encoding failed"));
            } else {
                let _ = resolve.call1(&JsValue::NULL, &blob);
            }
        });
        if canvas
            .to_blob_with_type_and_encoder_options(
                cb.unchecked_ref(),
                mime,
                &JsValue::from_f64(quality),
            )
            .is_err()
        {
            let _ = reject.call1(&JsValue::NULL, &js_err("toBlob failed"));
        }
    });
    let blob: Blob = JsFuture::from(done).await?.dyn_into()?;
    let buffer = JsFuture::from(blob.array_buffer()).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// A still of what `video` plays, at the video's own resolution, as a JPEG.
pub async fn capture(video: &HtmlVideoElement) -> Result<Vec<u8>, JsValue> {
    let (w, h) = (video.video_width(), video.video_height());
    if w == 0 || h == 0 {
        return Err(js_err("no picture yet"));
    }
    let (canvas, ctx) = canvas(w, h)?;
    ctx.draw_image_with_html_video_element_and_dw_and_dh(
        video,
        0.0,
        0.0,
        f64::from(w),
        f64::from(h),
    )?;
    encode(&canvas, "image/jpeg", QUALITY).await
}

/// Customer: shows `bytes` as the frozen picture and sends it to the technician.
pub fn send(feed: Feed, session: &SessionId, freeze: u32, bytes: Vec<u8>) {
    feed.show_still(session, freeze, &bytes);
    for msg in still_parts(freeze, &bytes) {
        feed.tell_other_party(session, msg, false);
    }
    LAST.with(|l| *l.borrow_mut() = Some((session.clone(), freeze, bytes)));
}

/// Customer: sends the still of `freeze` again (a console that reloaded asks).
pub fn resend(feed: Feed, session: &SessionId, freeze: u32) {
    let parts = LAST.with(|l| {
        l.borrow()
            .as_ref()
            .filter(|(s, n, _)| s == session && *n == freeze)
            .map(|(_, _, bytes)| still_parts(freeze, bytes))
    });
    for msg in parts.unwrap_or_default() {
        feed.tell_other_party(session, msg, false);
    }
}

/// Whether this page already has the still of `freeze` (customer: it took it).
pub fn has(session: &SessionId, freeze: u32) -> bool {
    LAST.with(|l| {
        l.borrow()
            .as_ref()
            .is_some_and(|(s, n, _)| s == session && *n == freeze)
    })
}

/// An object URL for a JPEG.
pub fn object_url(bytes: &[u8]) -> Option<String> {
    let parts = js_sys::Array::new();
    parts.push(&js_sys::Uint8Array::from(bytes));
    let bag = BlobPropertyBag::new();
    bag.set_type("image/jpeg");
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &bag).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Frees an object URL.
pub fn revoke(url: &str) {
    let _ = web_sys::Url::revoke_object_url(url);
}
