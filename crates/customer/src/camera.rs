//! The customer's camera controls (browser build only): the flashlight, and switching
//! between the device's cameras on a running call.

use app::ids::SessionId;
use app::live::Feed;
use app::rtc::{call, local_stream, local_video_track};

/// Customer: whether the camera has a flashlight this page can switch.
pub fn torch_supported() -> bool {
    let Some(track) = local_video_track() else {
        return false;
    };
    let get = js_sys::Reflect::get(&track, &"getCapabilities".into())
        .ok()
        .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok());
    get.and_then(|f| f.call0(&track).ok())
        .and_then(|caps| js_sys::Reflect::get(&caps, &"torch".into()).ok())
        .is_some_and(|t| t.is_truthy())
}

/// Customer: switches the flashlight.
pub async fn set_torch(on: bool) -> bool {
    let Some(track) = local_video_track() else {
        return false;
    };
    let json = format!(r#"{{"advanced":[{{"torch":{on}}}]}}"#);
    let Ok(constraints) = js_sys::JSON::parse(&json) else {
        return false;
    };
    match track
        .apply_constraints_with_constraints(&wasm_bindgen::JsCast::unchecked_into(constraints))
    {
        Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
        Err(_) => false,
    }
}

/// Customer: the device IDs of the cameras, once the person allowed camera access.
pub async fn cameras() -> Vec<String> {
    let Some(devices) = web_sys::window().and_then(|w| w.navigator().media_devices().ok()) else {
        return vec![];
    };
    let Ok(promise) = devices.enumerate_devices() else {
        return vec![];
    };
    let Ok(list) = wasm_bindgen_futures::JsFuture::from(promise).await else {
        return vec![];
    };
    let field = |d: &wasm_bindgen::JsValue, name: &str| {
        js_sys::Reflect::get(d, &name.into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    js_sys::Array::from(&list)
        .iter()
        .filter(|d| field(d, "kind") == "videoinput")
        .map(|d| field(&d, "deviceId"))
        .filter(|id| !id.is_empty())
        .collect()
}

/// Customer: moves to the next camera (front ⇄ back): opens it, sends it on the running call
/// with `replaceTrack` (no new offer), shows it in the preview, and releases the old one.
pub async fn switch_camera(
    feed: Feed,
    session: &SessionId,
) -> Result<(), app::rtc::media::MediaError> {
    let cams = cameras().await;
    let current = local_video_track()
        .map(|t| {
            js_sys::Reflect::get(&t.get_settings(), &"deviceId".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default()
        })
        .unwrap_or_default();
    let Some(next) = crate::journey::next_camera(&cams, &current) else {
        return Err(app::rtc::media::MediaError::NoDevice);
    };
    let fresh = app::rtc::media::camera(&next).await?;
    let Some(track) = fresh
        .get_video_tracks()
        .iter()
        .find_map(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::MediaStreamTrack>(t).ok())
    else {
        return Err(app::rtc::media::MediaError::NoDevice);
    };
    let old = local_video_track();
    if let Some(call) = call(session) {
        call.set_video_track(&track).await;
    }
    if let Some(stream) = local_stream() {
        if let Some(old) = &old {
            stream.remove_track(old);
        }
        stream.add_track(&track);
    }
    if let Some(old) = old {
        old.stop();
    }
    feed.media_changed();
    Ok(())
}
